// Fuzz target: one typed form value: dates, times, hours, languages, yes/no, numbers, availability per input (scripts/fuzz values RUNS).
import FuzzDriver
import Foundation
import Import

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    FormValueProbe.read(bytes.map { Data(bytes: $0, count: count) } ?? Data())
    return 0
}

FuzzDriver.main(testOneInput)
