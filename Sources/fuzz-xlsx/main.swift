// Fuzz target: one .xlsx workbook per input, a whole archive or NUL-separated XML parts the probe packs (scripts/fuzz xlsx RUNS).
import FuzzDriver
import Foundation
import Import

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    WorkbookProbe.read(bytes.map { Data(bytes: $0, count: count) } ?? Data())
    return 0
}

FuzzDriver.main(testOneInput)
