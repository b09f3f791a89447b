/// The words of French, Dutch and English that forms use for weekdays, months, half-days, yes and no,
/// and languages, folded as `FormText.fold` folds them.
enum FormWords {
    /// Weekday names and their abbreviations → ISO weekday (1 is Monday).
    static let weekdays: [String: Int] = words([
        1: "lundi lun maandag ma monday mon",
        2: "mardi mar dinsdag di tuesday tue tues",
        3: "mercredi mer woensdag wo wednesday wed",
        4: "jeudi jeu donderdag do thursday thu thur thurs",
        5: "vendredi ven vrijdag vr friday fri",
        6: "samedi sam zaterdag za saturday sat",
        7: "dimanche dim zondag zo sunday sun",
    ])

    /// Month names and their abbreviations → month number.
    static let months: [String: Int] = words([
        1: "janvier janv jan januari january",
        2: "fevrier fev fevr februari feb february",
        3: "mars maart mrt march",
        4: "avril avr april apr",
        5: "mai mei may",
        6: "juin juni jun june",
        7: "juillet juil juli jul july",
        8: "aout augustus aug august",
        9: "septembre sept sep september",
        10: "octobre oct oktober okt october",
        11: "novembre nov november",
        12: "decembre dec december",
    ])

    /// The English name of an ISO weekday, for messages.
    static func weekdayName(_ weekday: Int) -> String {
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][weekday - 1]
    }

    /// The English name of a month, for messages.
    static func monthName(_ month: Int) -> String {
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December"][month - 1]
    }

    /// Answers that mean yes.
    static let yes: Set<String> = ["oui", "yes", "ja", "true", "vrai", "waar", "1", "x", "o", "y", "j",
                                   "wel", "checked", "coche", "aangevinkt", "disponible", "beschikbaar", "available"]
    /// Answers that mean no.
    static let no: Set<String> = ["non", "no", "nee", "neen", "false", "faux", "onwaar", "0", "n", "niet",
                                  "unchecked", "indisponible", "pas disponible", "niet beschikbaar", "not available"]

    /// Language names in French, Dutch and English (and the codes themselves) → ISO 639-1 codes.
    static let languages: [String: [String]] = {
        var table: [String: [String]] = [:]
        let names: [String: String] = [
            "fr": "fr francais french frans franstalig francophone fra",
            "nl": "nl nederlands neerlandais dutch vlaams flamand flemish nederlandstalig neerlandophone ned nld",
            "en": "en english anglais engels eng",
            "de": "de deutsch allemand duits german",
            "es": "es espagnol spaans spanish espanol",
            "it": "it italien italiaans italian italiano",
            "pt": "pt portugais portugees portuguese",
            "ar": "ar arabe arabisch arabic",
            "tr": "tr turc turks turkish",
            "pl": "pl polonais pools polish",
            "ro": "ro roumain roemeens romanian",
            "ru": "ru russe russisch russian",
            "uk": "uk ukrainien oekraiens ukrainian",
            "sgn": "lsfb vgt",
        ]
        for (code, list) in names where code.count == 2 {
            for word in list.split(separator: " ") { table[String(word)] = [code] }
        }
        for word in ["bilingue", "tweetalig", "bilingual", "fr nl", "nl fr"] { table[word] = ["fr", "nl"] }
        return table
    }()

    /// Words that join two languages (`français et néerlandais`, `Frans en Nederlands`).
    static let conjunctions: Set<String> = ["et", "and", "en", "of", "ou", "or", "plus"]

    /// Turns lines of space-separated words into a word → value table.
    private static func words(_ lines: [Int: String]) -> [String: Int] {
        var table: [String: Int] = [:]
        for (value, list) in lines {
            for word in list.split(separator: " ") { table[String(word)] = value }
        }
        return table
    }
}
