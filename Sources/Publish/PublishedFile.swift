import Foundation

/// One file of a publication: its path relative to the plan folder and its bytes.
public struct PublishedFile: Sendable, Equatable {
    public let path: String
    public let data: Data

    public init(path: String, data: Data) {
        self.path = path
        self.data = data
    }

    /// A text file, written as UTF-8.
    public init(path: String, text: String) {
        self.init(path: path, data: Data(text.utf8))
    }

    /// The file's text (UTF-8).
    public var text: String { String(decoding: data, as: UTF8.self) }
}
