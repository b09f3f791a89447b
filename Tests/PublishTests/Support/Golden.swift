import Foundation
import Testing

/// Compares text with a golden file in `Golden/`, or rewrites the file when `RECORD_GOLDEN=1`.
enum Golden {
    static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" }

    /// The golden folder in the source tree, found from this file's own path.
    static func url(_ name: String, filePath: String = #filePath) -> URL {
        URL(fileURLWithPath: filePath)
            .deletingLastPathComponent()  // Support
            .deletingLastPathComponent()  // PublishTests
            .appendingPathComponent("Golden")
            .appendingPathComponent(name)
    }

    /// Expects `actual` to equal the golden file byte for byte; on mismatch records a line diff.
    static func expect(_ actual: String, matches name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = self.url(name)
        if recording {
            do {
                try Data(actual.utf8).write(to: url)
            } catch {
                Issue.record("could not record golden file \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let data = try? Data(contentsOf: url), case let expected = String(decoding: data, as: UTF8.self) else {
            Issue.record("golden file \(name) is missing; run with RECORD_GOLDEN=1 to create it",
                         sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            Issue.record("""
                \(name) differs from its golden file (- golden, + actual; RECORD_GOLDEN=1 re-records):
                \(LineDiff.describe(expected: expected, actual: actual))
                """, sourceLocation: sourceLocation)
        }
    }
}

/// A small line diff (longest common subsequence) for readable golden-file failures.
enum LineDiff {
    /// Only the changed lines, each with its line number in the golden (-) or actual (+) text.
    static func describe(expected: String, actual: String) -> String {
        let a = lines(expected), b = lines(actual)
        var lcs = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var out: [String] = []
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                i += 1; j += 1
            } else if j < b.count, i == a.count || lcs[i][j + 1] >= lcs[i + 1][j] {
                out.append("+\(j + 1): \(b[j])"); j += 1
            } else {
                out.append("-\(i + 1): \(a[i])"); i += 1
            }
        }
        return out.joined(separator: "\n")
    }

    /// Lines with CR and trailing-newline differences made visible.
    private static func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.replacingOccurrences(of: "\r", with: "␍") }
    }
}
