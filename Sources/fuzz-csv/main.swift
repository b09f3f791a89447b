// Fuzz target: one CSV file: as a canonical table (hosts, sessions, visitors, pins) or a form export per input (scripts/fuzz csv RUNS).
import FuzzDriver
import Foundation
import Import

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    ReaderProbes.csv(bytes.map { Data(bytes: $0, count: count) } ?? Data())
    return 0
}

FuzzDriver.main(testOneInput)
