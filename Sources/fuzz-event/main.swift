// Fuzz target: one event.yaml per input (scripts/fuzz event RUNS).
import FuzzDriver
import Foundation
import Import

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    ReaderProbes.eventYAML(bytes.map { Data(bytes: $0, count: count) } ?? Data())
    return 0
}

FuzzDriver.main(testOneInput)
