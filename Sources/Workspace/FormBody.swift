import Foundation
import HTTPTypes
import Hummingbird

/// The fields of a form a browser sent: `application/x-www-form-urlencoded`, or
/// `multipart/form-data` with its files. Read up to the upload limit (413 past it); the form's
/// token is checked before anything is done with it (403 without it).
struct FormBody {
    /// A file sent with the form: its name as the browser gave it, and its bytes.
    struct File {
        let name: String
        let data: Data
    }

    private(set) var fields: [String: [String]] = [:]
    private(set) var files: [File] = []

    /// The first value of `name`, or nil.
    subscript(_ name: String) -> String? { fields[name]?.first }

    /// Reads the body of `request` and checks its form token against `secrets`.
    static func read(_ request: Request, context: WorkspaceContext, secrets: WorkspaceSecrets) async throws -> FormBody {
        let buffer = try await request.body.collect(upTo: context.maxUploadSize)
        let data = Data(buffer.readableBytesView)
        let type = request.headers[.contentType] ?? ""
        var form = FormBody()
        if type.lowercased().hasPrefix("multipart/form-data") {
            guard let boundary = Self.boundary(type) else { throw HTTPError(.badRequest) }
            form.readMultipart(data, boundary: boundary)
        } else {
            form.readURLEncoded(String(decoding: data, as: UTF8.self))
        }
        guard WorkspaceSecrets.same(form["csrf"] ?? request.headers[HTTPField.Name("X-CSRF-Token")!], secrets.forms) else {
            throw HTTPError(.forbidden)
        }
        return form
    }

    /// `a=1&b=two+words`.
    mutating func readURLEncoded(_ text: String) {
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode = { (s: Substring) in (String(s).replacingOccurrences(of: "+", with: " ").removingPercentEncoding) ?? "" }
            fields[decode(parts[0]), default: []].append(parts.count > 1 ? decode(parts[1]) : "")
        }
    }

    /// The parts between `--boundary` lines: a field, or a file when its disposition has a filename.
    mutating func readMultipart(_ data: Data, boundary: String) {
        let bytes = [UInt8](data), delimiter = Array("--\(boundary)".utf8), blank = Array("\r\n\r\n".utf8)
        var starts: [Int] = []
        var i = 0
        while let found = Self.find(delimiter, in: bytes, from: i) {
            starts.append(found)
            i = found + delimiter.count
        }
        for (index, start) in starts.enumerated() where index + 1 < starts.count {
            var partStart = start + delimiter.count
            if partStart + 1 < bytes.count, bytes[partStart] == 13, bytes[partStart + 1] == 10 { partStart += 2 }
            var partEnd = starts[index + 1]
            if partEnd >= 2, bytes[partEnd - 2] == 13, bytes[partEnd - 1] == 10 { partEnd -= 2 }
            guard partStart < partEnd, let split = Self.find(blank, in: bytes, from: partStart), split < partEnd else { continue }
            let head = String(decoding: bytes[partStart..<split], as: UTF8.self)
            let body = Data(bytes[(split + blank.count)..<partEnd])
            guard let disposition = head.split(separator: "\r\n").first(where: { $0.lowercased().hasPrefix("content-disposition:") }),
                  let name = Self.parameter("name", in: String(disposition)) else { continue }
            if let fileName = Self.parameter("filename", in: String(disposition)) {
                if !fileName.isEmpty { files.append(File(name: fileName, data: body)) }
            } else {
                fields[name, default: []].append(String(decoding: body, as: UTF8.self))
            }
        }
    }

    /// The boundary of a multipart content type.
    static func boundary(_ type: String) -> String? {
        guard let value = parameter("boundary", in: type), !value.isEmpty, value.count <= 200 else { return nil }
        return value
    }

    /// The value of parameter `key` in a header value (`; key="value"` or `; key=value`).
    static func parameter(_ key: String, in header: String) -> String? {
        for piece in header.split(separator: ";").dropFirst() {
            let parts = piece.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces).lowercased() == key else { continue }
            var value = parts[1].trimmingCharacters(in: .whitespaces)
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            return value
        }
        return nil
    }

    /// The first place of `needle` in `haystack` at or after `from`.
    static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, from <= haystack.count - needle.count else { return nil }
        var i = from
        let first = needle[0], last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first, haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}
