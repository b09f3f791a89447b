/// The column headers that forms use for each field, in French, Dutch and English (folded), beside the
/// contract's own names, and how to recognise ranked-choice columns.
enum HeaderVocabulary {
    /// Field → headers, for each table. Besides the contract's fields: hosts' `slots` (sessions typed as
    /// free text), `capacity`, `kind` and `min_visitors` (for those sessions); sessions' `hours` (start and
    /// end in one column).
    static func synonyms(_ kind: TableKind) -> [String: [String]] {
        switch kind {
        case .hosts: hosts
        case .sessions: sessions
        case .visitors: visitors
        }
    }

    private static let hosts: [String: [String]] = [
        "host_id": ["host id", "id structure", "code structure", "id organisatie"],
        "name": ["name", "nom de votre service", "nom de votre structure", "nom de votre organisation",
                 "naam van uw dienst", "naam van uw organisatie", "naam van uw voorziening", "naam van de dienst",
                 "name of your service", "name of your organisation", "nom de la structure", "nom de la structure d accueil", "nom du service", "structure",
                 "structure d accueil", "nom", "naam organisatie", "naam van de organisatie", "naam", "naam dienst",
                 "gastorganisatie", "organisation name", "organization name", "service name", "host"],
        "organization": ["organization", "organisation mere", "pouvoir organisateur", "institution",
                         "inrichtende macht", "moederorganisatie", "parent organisation", "parent organization"],
        "sector": ["sector", "secteur", "type de service", "soort dienst"],
        "address": ["address", "adresse", "adres", "rue", "straat"],
        "postcode": ["postcode", "code postal", "cp"],
        "commune": ["commune", "gemeente", "municipality", "localite"],
        "lat": ["lat", "latitude", "breedtegraad"],
        "lon": ["lon", "lng", "longitude", "lengtegraad"],
        "languages": ["languages", "langues", "langue s", "langues de la visite", "langues de visite", "talen",
                      "taal", "langue", "language", "language s", "taal talen", "talen van het bezoek"],
        "accessible": ["accessible", "accessible pmr", "accessibilite", "accessibilite pmr",
                       "accessible en chaise roulante", "toegankelijk", "rolstoeltoegankelijk",
                       "toegankelijk voor rolstoelen", "wheelchair accessible", "accessibility"],
        "contact_name": ["contact name", "personne de contact", "contact", "contactpersoon", "nom du contact"],
        "contact_email": ["contact email", "e mail", "email", "courriel", "adresse e mail", "e mail de contact",
                          "e mailadres", "emailadres", "mail"],
        "contact_phone": ["contact phone", "telephone", "tel", "gsm", "telefoon", "phone", "telefoonnummer"],
        "description": ["description", "beschrijving", "presentation", "omschrijving", "activites", "activiteiten"],
        "slots": ["slots", "creneaux", "creneaux proposes", "plages", "plages horaires", "horaires", "momenten",
                  "tijdsloten", "sessions", "sessies", "dates et heures", "data en uren"],
        "capacity": ["capacity", "places", "nombre de places", "capacite", "plaatsen", "aantal plaatsen",
                     "capaciteit", "places par visite", "plaatsen per bezoek"],
        "kind": ["kind", "type de visite", "type", "soort bezoek", "soort"],
        "min_visitors": ["min visitors", "minimum", "places minimum", "minimum aantal", "minimum de visiteurs"],
        "max_visitors_per_day": ["max visitors per day", "visiteurs par jour", "maximum de visiteurs par jour",
                                 "maximum par jour", "bezoekers per dag", "maximum aantal bezoekers per dag",
                                 "maximum per dag"],
    ]

    private static let sessions: [String: [String]] = [
        "session_id": ["session id", "id session", "id sessie"],
        "host_id": ["host id", "host", "structure", "structure d accueil", "nom de la structure", "organisation",
                    "gastorganisatie", "organisatie", "naam organisatie", "organisation name", "service", "dienst"],
        "kind": ["kind", "type", "type de visite", "soort", "soort bezoek"],
        "date": ["date", "datum", "jour", "dag", "day"],
        "start": ["start", "debut", "heure de debut", "begin", "beginuur", "starttijd", "start time", "de", "van"],
        "end": ["end", "fin", "heure de fin", "einde", "einduur", "eindtijd", "end time", "a", "tot"],
        "hours": ["hours", "heure", "heures", "horaire", "uur", "uren", "tijdstip", "time", "times"],
        "capacity": ["capacity", "places", "nombre de places", "capacite", "plaatsen", "aantal plaatsen",
                     "capaciteit", "max", "maximum"],
        "min_visitors": ["min visitors", "minimum", "places minimum", "minimum aantal", "minimum de visiteurs"],
        "languages": ["languages", "langues", "langue s", "talen", "taal", "langue", "language"],
        "title": ["title", "titre", "titel", "intitule", "activite", "activiteit", "naam activiteit"],
        "cancelled": ["cancelled", "canceled", "annule", "annulee", "annulation", "geannuleerd", "afgelast"],
    ]

    private static let visitors: [String: [String]] = [
        "visitor_id": ["visitor id", "id visiteur", "id deelnemer"],
        "first_name": ["first name", "prenom", "voornaam", "given name"],
        "last_name": ["last name", "nom", "nom de famille", "achternaam", "familienaam", "naam", "surname",
                      "family name"],
        "email": ["email", "e mail", "courriel", "adresse e mail", "adresse email", "e mailadres", "emailadres",
                  "mail", "adresse de courriel"],
        "phone": ["phone", "telephone", "tel", "gsm", "telefoon", "telefoonnummer", "numero de telephone"],
        "role": ["role", "fonction", "functie", "job title", "metier", "beroep", "profession"],
        "organization": ["organization", "organisation", "employeur", "institution", "service", "organisatie",
                         "werkgever", "dienst", "employer", "structure", "votre organisation", "uw organisatie"],
        "sector": ["sector", "secteur", "secteur d activite"],
        "language": ["language", "langue de contact", "langue de correspondance", "contacttaal",
                     "taal voor contact", "correspondentietaal", "preferred language", "langue preferee"],
        "languages": ["languages", "langues", "langue s", "talen", "langues parlees", "langues comprises",
                      "gesproken talen", "spoken languages", "langues de visite"],
        "max_visits": ["max visits", "nombre de visites", "nombre de visites souhaitees", "nombre maximum de visites",
                       "aantal bezoeken", "maximum aantal bezoeken"],
        "choices": ["choices", "choix", "keuzes", "keuze", "voorkeuren", "vos choix", "uw keuzes"],
        "available": ["available", "disponibilites", "disponibilite", "beschikbaarheid", "beschikbaarheden",
                      "availability"],
        "needs_access": ["needs access", "besoin d un acces pmr", "acces pmr", "pmr", "chaise roulante",
                         "mobilite reduite", "rolstoel", "rolstoelgebruiker", "beperkte mobiliteit",
                         "wheelchair", "needs wheelchair access"],
        "open_to_suggestions": ["open to suggestions", "ouvert a d autres propositions", "autres propositions",
                                "ouvert a d autres visites", "open voor suggesties", "open voor andere voorstellen",
                                "andere voorstellen"],
        "colleague": ["colleague", "collegue", "collega"],
        "group": ["group", "groupe", "groep"],
        "cancelled": ["cancelled", "canceled", "withdrawn", "annule", "desinscrit", "desinscription",
                      "geannuleerd", "uitgeschreven", "afgemeld"],
        "priority": ["priority", "prioritaire", "priorite", "prioriteit", "voorrang"],
        "registered_at": ["registered at", "horodateur", "tijdstempel", "timestamp", "heure de fin",
                          "completion time", "voltooiingstijd", "date d inscription", "inschrijvingsdatum"],
    ]

    /// The field of a registration question recognised by its words rather than its whole header: a
    /// ranking question (`Classez les structures que vous aimeriez visiter`, `Rangschik de diensten`) gives
    /// `choices`; a question about a colleague who comes along (`Je viens avec un·e collègue (e-mail)`,
    /// `Ik kom met een collega`) gives `colleague`.
    static func question(_ header: String) -> String? {
        let words = Set(FormText.words(header))
        if !words.isDisjoint(with: rankingWords) { return "choices" }
        if !words.isDisjoint(with: ["collegue", "collegues", "collega", "collegas", "colleague", "colleagues"]) {
            return "colleague"
        }
        return nil
    }

    /// Words (folded) of a ranking question, as Microsoft Forms' `Classement` / `Ranking` asks it.
    static let rankingWords: Set<String> = ["classez", "classer", "classement", "rangschik", "rangschikken",
                                            "rangschikking", "rank", "ranking", "ordonnez"]

    /// Words (folded) that make a header a ranked-choice column.
    static let choiceWords: Set<String> = ["choix", "choice", "keuze", "voorkeur", "preference", "voeu", "wens"]

    /// Ordinal words (folded) → rank.
    static let ordinals: [String: Int] = [
        "premier": 1, "1er": 1, "1e": 1, "1st": 1, "eerste": 1, "first": 1, "1ste": 1,
        "deuxieme": 2, "second": 2, "2e": 2, "2eme": 2, "2nd": 2, "tweede": 2, "2de": 2,
        "troisieme": 3, "3e": 3, "3eme": 3, "3rd": 3, "derde": 3, "third": 3,
        "quatrieme": 4, "4e": 4, "4eme": 4, "4th": 4, "vierde": 4, "fourth": 4,
        "cinquieme": 5, "5e": 5, "5eme": 5, "5th": 5, "vijfde": 5, "fifth": 5,
    ]

    /// The rank of a ranked-choice column (`Choix 1`, `Keuze 2`, `Deuxième choix`, `Vos choix [Choix 3]`).
    static func choiceRank(_ header: String) -> Int? {
        let words = FormText.words(FormText.bracketed(header) ?? header)
        guard words.contains(where: choiceWords.contains), words.count <= 5 else { return nil }
        for word in words {
            if let rank = ordinals[word] { return rank }
            if word.allSatisfy(\.isASCIIDigit), let rank = Int(word), (1...20).contains(rank) { return rank }
            if word.hasPrefix("n"), let rank = Int(word.dropFirst()), (1...20).contains(rank) { return rank }
        }
        return nil
    }
}
