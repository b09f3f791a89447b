/// The sectors that social-health services in Brussels name in French, Dutch or English, each with one
/// canonical name for all its spellings, so that a French-speaking CPAS and a Dutch-speaking OCMW count
/// as one sector and `mix` counts real mixes only. A sector not in the list is kept as written.
enum SectorVocabulary {
    /// Canonical name → spellings (folded), in the three languages and as abbreviated.
    static let sectors: [(name: String, spellings: [String])] = [
        ("CPAS / OCMW", ["cpas", "ocmw", "cpas ocmw", "ocmw cpas", "centre public d action sociale",
                         "openbaar centrum voor maatschappelijk welzijn", "public centre for social welfare"]),
        ("maison médicale / wijkgezondheidscentrum", ["maison medicale", "maisons medicales", "mm",
            "wijkgezondheidscentrum", "wijkgezondheidscentra", "wgc", "community health centre", "medical house"]),
        ("santé mentale / geestelijke gezondheidszorg", ["sante mentale", "service de sante mentale", "ssm",
            "centre de sante mentale", "geestelijke gezondheidszorg", "geestelijke gezondheid", "ggz",
            "centrum geestelijke gezondheidszorg", "centrum voor geestelijke gezondheidszorg", "cgg",
            "mental health", "psychiatrie", "psychiatry"]),
        ("maison de repos / woonzorgcentrum", ["maison de repos", "maison de repos et de soins", "mr", "mrs",
            "mr mrs", "woonzorgcentrum", "wzc", "rusthuis", "rust en verzorgingstehuis", "rvt", "nursing home"]),
        ("aide et soins à domicile / thuiszorg", ["soins a domicile", "aide a domicile", "aide et soins a domicile",
            "aide aux familles", "thuiszorg", "thuisverpleging", "gezinszorg", "home care"]),
        ("hôpital / ziekenhuis", ["hopital", "hopitaux", "ziekenhuis", "hospital", "clinique", "kliniek"]),
        ("centre de jour / dagcentrum", ["centre de jour", "dagcentrum", "dagverzorgingscentrum", "day centre"]),
        ("planning familial / centrum voor gezinsplanning", ["planning familial", "centre de planning familial",
            "gezinsplanning", "centrum voor gezinsplanning", "family planning"]),
        ("action sociale globale / algemeen welzijnswerk", ["action sociale globale", "casg", "caw",
            "centrum algemeen welzijnswerk", "algemeen welzijnswerk", "welzijnswerk"]),
        ("sans-abrisme / thuislozenzorg", ["sans abri", "sans abrisme", "aide aux sans abri", "thuislozenzorg",
            "daklozenzorg", "daklozenhulp", "homelessness"]),
        ("assuétudes / verslavingszorg", ["assuetudes", "toxicomanie", "verslavingszorg", "drughulpverlening",
            "addiction", "addictions"]),
        ("handicap / personen met een handicap", ["handicap", "personnes handicapees", "personen met een handicap",
            "gehandicaptenzorg", "disability"]),
        ("médecine générale / huisartsgeneeskunde", ["medecine generale", "medecin generaliste", "huisarts",
            "huisartsgeneeskunde", "general practice"]),
        ("pharmacie / apotheek", ["pharmacie", "apotheek", "pharmacy"]),
    ]

    /// Folded spelling → canonical name.
    private static let canonicalNames: [String: String] = {
        var table: [String: String] = [:]
        for (name, spellings) in sectors {
            table[FormText.fold(name)] = name
            for spelling in spellings { table[spelling] = name }
        }
        return table
    }()

    /// The canonical name of a sector as written; nil when it is not one of the list.
    static func canonical(_ text: String) -> String? { canonicalNames[FormText.fold(text)] }
}
