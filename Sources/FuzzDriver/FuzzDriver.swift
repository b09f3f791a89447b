import Foundation

/// Runs a fuzz target's `LLVMFuzzerTestOneInput`: under libFuzzer when built with
/// `-sanitize=fuzzer,address -DFUZZING` (`scripts/fuzz`), and otherwise as a plain replayer that feeds it
/// every file named on the command line (folders: every file inside), so the normal build has a harmless
/// main that can still replay a corpus or a crash.
public enum FuzzDriver {
    /// The C signature libFuzzer calls.
    public typealias TestOneInput = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

    /// Runs `test` and exits with its status.
    public static func main(_ test: TestOneInput) -> Never {
        #if FUZZING
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, test))
        #else
        exit(replay(Array(CommandLine.arguments.dropFirst()), test))
        #endif
    }

    /// Feeds `test` every file of `paths`, in name order; prints how many, and returns 1 when a path
    /// cannot be read or nothing was given.
    static func replay(_ paths: [String], _ test: TestOneInput) -> CInt {
        guard !paths.isEmpty else {
            print("usage: \(CommandLine.arguments[0]) FILE|FOLDER…  (replays inputs; scripts/fuzz builds the fuzzer)")
            return 1
        }
        var count = 0
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                print("no file or folder at \(path)")
                return 1
            }
            let files = isFolder.boolValue
                ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().map { path + "/" + $0 }
                : [path]
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                _ = data.withUnsafeBytes { test($0.bindMemory(to: UInt8.self).baseAddress, data.count) }
                count += 1
            }
        }
        print("replayed \(count) inputs")
        return 0
    }
}

#if FUZZING
/// libFuzzer's driver, which parses its options from `argv` and calls `test` on each input.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                         _ test: FuzzDriver.TestOneInput) -> CInt
#endif
