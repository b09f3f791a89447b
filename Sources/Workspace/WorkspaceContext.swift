import Hummingbird

/// The request context of the workspace: Hummingbird's, with the upload limit.
public struct WorkspaceContext: RequestContext {
    public var coreContext: CoreRequestContextStorage

    /// The largest request body read: 16 MiB, room for a bassin's exports; a larger upload gets 413.
    public static let uploadLimit = 16 * 1024 * 1024

    public var maxUploadSize: Int { Self.uploadLimit }

    public init(source: Source) {
        coreContext = .init(source: source)
    }
}
