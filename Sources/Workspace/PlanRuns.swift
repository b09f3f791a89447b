import Foundation
import Publish

/// A planning the workspace runs in the background: a plan of the week, or a comparison of variants.
protocol BackgroundPlanning: Sendable {
    /// The language of its lines.
    var language: String { get }
    /// Plans, saying each step; blocking (it solves), so it is run on a thread of its own.
    func run(say: @escaping @Sendable (String) -> Void) -> PlanRuns.Outcome
    /// What is done once it ended (logging a new plan).
    func finished(_ outcome: PlanRuns.Outcome) async
}

/// The planning under way, one at a time: its lines so far and its end, for the plan page and for
/// the browsers that follow it with server-sent events.
public actor PlanRuns {
    /// How a planning ended: a new plan's id, a comparison (an HTML fragment made by Publish), or why there is none.
    enum Outcome: Sendable {
        case planned(String)
        case compared(html: String, adoptable: AdoptableVariant?)
        case failed(String)
    }

    /// What a follower receives: a line, then the end.
    public enum Event: Sendable, Equatable {
        case line(String)
        /// The plan is ready: its id and the line saying so.
        case planned(id: String, line: String)
        case failed(String)
        /// Variants are compared: the line saying so.
        case compared(line: String)
    }

    private var events: [Event] = []
    private var running = false
    private var followers: [UUID: AsyncStream<Event>.Continuation] = [:]
    /// The last comparison of variants, for the variants page.
    public private(set) var comparison: String?
    /// The variant of the last comparison, when it can become the plan of the week.
    private(set) var adoptable: AdoptableVariant?

    /// Takes the adoptable variant (once).
    func takeAdoptable() -> AdoptableVariant? {
        defer { adoptable = nil }
        return adoptable
    }

    public init() {}

    /// Whether a planning is under way.
    public var isRunning: Bool { running }

    /// The events of the last (or current) planning.
    public var history: [Event] { events }

    /// Starts `job` unless one is under way; returns whether it started.
    func start(_ job: some BackgroundPlanning) -> Bool {
        guard !running else { return false }
        running = true
        events = []
        adoptable = nil
        Task.detached {
            // Lines keep their order through one stream; the solve runs on a thread of its own.
            let (lines, sink) = AsyncStream<String>.makeStream()
            let consumer = Task { for await line in lines { await self.publish(.line(line)) } }
            let outcome = await withCheckedContinuation { (done: CheckedContinuation<Outcome, Never>) in
                Thread.detachNewThread {
                    let outcome = job.run { sink.yield($0) }
                    sink.finish()
                    done.resume(returning: outcome)
                }
            }
            await consumer.value
            await job.finished(outcome)
            await self.finish(outcome, language: job.language)
        }
        return true
    }

    /// Waits for the planning under way to end (for tests and for a re-plan made in one request).
    public func waitUntilDone() async {
        for await _ in follow() {}
    }

    /// The events so far, then each new one until the planning ends.
    public func follow() -> AsyncStream<Event> {
        let (stream, continuation) = AsyncStream<Event>.makeStream()
        for event in events { continuation.yield(event) }
        if running {
            let id = UUID()
            followers[id] = continuation
            continuation.onTermination = { _ in Task { await self.drop(id) } }
        } else {
            continuation.finish()
        }
        return stream
    }

    private func drop(_ id: UUID) { followers[id] = nil }

    private func publish(_ event: Event) {
        events.append(event)
        for follower in followers.values { follower.yield(event) }
    }

    private func finish(_ outcome: Outcome, language: String) {
        switch outcome {
        case .planned(let id):
            publish(.planned(id: id, line: WorkspacePages.phrase("wsPlanDone", ["plan": id], language: language)))
        case let .compared(html, variant):
            comparison = html
            adoptable = variant
            publish(.compared(line: WorkspacePages.phrase("wsVariantsDone", language: language)))
        case .failed(let why):
            publish(.failed(why))
        }
        running = false
        for follower in followers.values { follower.finish() }
        followers = [:]
    }
}
