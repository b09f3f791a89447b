import Scheduling

/// Dates and times written out per language, with names spelled here so output never depends on
/// the machine's locale data.
enum LocalizedDateText {
    /// The full date: "mardi 4 novembre 2025", "dinsdag 4 november 2025", "Tuesday 4 November 2025".
    static func date(_ date: LocalDate, in language: OutputLanguage) -> String {
        let weekday = weekdays(language)[date.isoWeekday - 1]
        let month = months(language)[date.month - 1]
        let day = language == .french && date.day == 1 ? "1er" : String(date.day)
        return "\(weekday) \(day) \(month) \(date.year)"
    }

    /// The full date starting with a capital, for headings: "Mardi 4 novembre 2025".
    static func dateTitle(_ date: LocalDate, in language: OutputLanguage) -> String {
        let text = self.date(date, in: language)
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    /// One time of day: "9h30" / "9h", "9.30 uur", "9:30".
    static func time(_ time: TimeOfDay, in language: OutputLanguage) -> String {
        clock(time, in: language) + (language == .dutch ? " uur" : "")
    }

    /// A span of time: "9h30–11h30", "9.30–11.30 uur", "9:30–11:30".
    static func timeRange(from start: TimeOfDay, to end: TimeOfDay, in language: OutputLanguage) -> String {
        clock(start, in: language) + "\u{2013}" + clock(end, in: language) + (language == .dutch ? " uur" : "")
    }

    private static func clock(_ time: TimeOfDay, in language: OutputLanguage) -> String {
        let minute = time.minute < 10 ? "0\(time.minute)" : "\(time.minute)"
        switch language {
        case .french: return time.minute == 0 ? "\(time.hour)h" : "\(time.hour)h\(minute)"
        case .dutch: return "\(time.hour).\(minute)"
        case .english: return "\(time.hour):\(minute)"
        }
    }

    private static func weekdays(_ language: OutputLanguage) -> [String] {
        switch language {
        case .french: return ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
        case .dutch: return ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
        case .english: return ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        }
    }

    private static func months(_ language: OutputLanguage) -> [String] {
        switch language {
        case .french:
            return ["janvier", "février", "mars", "avril", "mai", "juin",
                    "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
        case .dutch:
            return ["januari", "februari", "maart", "april", "mei", "juni",
                    "juli", "augustus", "september", "oktober", "november", "december"]
        case .english:
            return ["January", "February", "March", "April", "May", "June",
                    "July", "August", "September", "October", "November", "December"]
        }
    }
}
