/// The answers of the team's own evaluation form, stripped of who answered: per answer, the host
/// it is about (when it could be told), a score per score question and a text per free-text
/// question. No name, e-mail or time of answer is kept.
public struct Feedback: Sendable, Equatable {
    /// A question of the form, as its column header says it.
    public struct Question: Sendable, Equatable {
        public var label: String
        /// Whether answers are scores (whole numbers) or free text.
        public var isScore: Bool
        /// The highest score the answers give room for (5 or 10), for score questions.
        public var scale: Int

        public init(label: String, isScore: Bool, scale: Int = 5) {
            self.label = label
            self.isScore = isScore
            self.scale = scale
        }
    }

    /// One answer, anonymous.
    public struct Answer: Sendable, Equatable {
        /// The host the answer is about; nil when the form did not say or it matched no host.
        public var hostID: String?
        /// One value per question of `Feedback.questions`: a score, or nil for a text question or no answer.
        public var scores: [Int?]
        /// One value per question: the text (names and e-mails already removed), or nil.
        public var texts: [String?]

        public init(hostID: String?, scores: [Int?], texts: [String?]) {
            self.hostID = hostID
            self.scores = scores
            self.texts = texts
        }
    }

    public var questions: [Question]
    public var answers: [Answer]

    public init(questions: [Question], answers: [Answer]) {
        self.questions = questions
        self.answers = answers
    }
}
