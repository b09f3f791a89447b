import Foundation

extension Publication {
    /// Compiles every language's templates on a thread of their own, for a command that will
    /// publish to do while it reads and plans.
    ///
    /// The first page in a language compiles that language's templates (about 50 ms each on this
    /// project's machines), and every thread that needs them meanwhile waits: a bassin's
    /// publication began with 50 ms on one core. Planning leaves the second core idle. Compiling
    /// happens once per process whoever starts it, so a publication that comes before this is
    /// done waits for the rest, as before.
    public static func compileTemplatesInBackground() {
        Thread {
            for language in OutputLanguage.allCases { _ = PageLibrary.of(language) }
        }.start()
    }
}
