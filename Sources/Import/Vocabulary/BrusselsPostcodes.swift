/// The postcodes of the Brussels-Capital Region (1000–1210), each with its commune's French and Dutch
/// names and the approximate centre of its area, to place a host that gave an address but no coordinates.
///
/// Sources: the postcodes and the communes they belong to are bpost's list of Belgian postcodes; the
/// centres are the communes' published coordinates (Wikipedia / OpenStreetMap place of each commune, and of
/// the sections of the City of Brussels with a postcode of their own: Laeken, Neder-Over-Heembeek, Haren),
/// rounded to three decimals. They were written down from those pages, not surveyed: they place a host
/// within its commune (to about a kilometre), no closer, so travel times computed from them are estimates,
/// and a warning says so.
enum BrusselsPostcodes {
    /// One postcode: its commune (French, Dutch) and the centre of its area.
    struct Area {
        let postcode: String
        let french: String
        let dutch: String
        let latitude: Double
        let longitude: Double
    }

    /// Every postcode of the region with an area of its own.
    static let areas: [Area] = [
        Area(postcode: "1000", french: "Bruxelles", dutch: "Brussel", latitude: 50.847, longitude: 4.352),
        Area(postcode: "1020", french: "Laeken", dutch: "Laken", latitude: 50.878, longitude: 4.352),
        Area(postcode: "1030", french: "Schaerbeek", dutch: "Schaarbeek", latitude: 50.867, longitude: 4.377),
        Area(postcode: "1040", french: "Etterbeek", dutch: "Etterbeek", latitude: 50.836, longitude: 4.387),
        Area(postcode: "1050", french: "Ixelles", dutch: "Elsene", latitude: 50.829, longitude: 4.372),
        Area(postcode: "1060", french: "Saint-Gilles", dutch: "Sint-Gillis", latitude: 50.827, longitude: 4.345),
        Area(postcode: "1070", french: "Anderlecht", dutch: "Anderlecht", latitude: 50.836, longitude: 4.308),
        Area(postcode: "1080", french: "Molenbeek-Saint-Jean", dutch: "Sint-Jans-Molenbeek", latitude: 50.855,
             longitude: 4.330),
        Area(postcode: "1081", french: "Koekelberg", dutch: "Koekelberg", latitude: 50.862, longitude: 4.326),
        Area(postcode: "1082", french: "Berchem-Sainte-Agathe", dutch: "Sint-Agatha-Berchem", latitude: 50.865,
             longitude: 4.295),
        Area(postcode: "1083", french: "Ganshoren", dutch: "Ganshoren", latitude: 50.871, longitude: 4.317),
        Area(postcode: "1090", french: "Jette", dutch: "Jette", latitude: 50.878, longitude: 4.325),
        Area(postcode: "1120", french: "Neder-Over-Heembeek", dutch: "Neder-Over-Heembeek", latitude: 50.896,
             longitude: 4.388),
        Area(postcode: "1130", french: "Haren", dutch: "Haren", latitude: 50.889, longitude: 4.419),
        Area(postcode: "1140", french: "Evere", dutch: "Evere", latitude: 50.870, longitude: 4.402),
        Area(postcode: "1150", french: "Woluwe-Saint-Pierre", dutch: "Sint-Pieters-Woluwe", latitude: 50.830,
             longitude: 4.430),
        Area(postcode: "1160", french: "Auderghem", dutch: "Oudergem", latitude: 50.815, longitude: 4.433),
        Area(postcode: "1170", french: "Watermael-Boitsfort", dutch: "Watermaal-Bosvoorde", latitude: 50.799,
             longitude: 4.415),
        Area(postcode: "1180", french: "Uccle", dutch: "Ukkel", latitude: 50.802, longitude: 4.337),
        Area(postcode: "1190", french: "Forest", dutch: "Vorst", latitude: 50.810, longitude: 4.319),
        Area(postcode: "1200", french: "Woluwe-Saint-Lambert", dutch: "Sint-Lambrechts-Woluwe", latitude: 50.845,
             longitude: 4.427),
        Area(postcode: "1210", french: "Saint-Josse-ten-Noode", dutch: "Sint-Joost-ten-Node", latitude: 50.853,
             longitude: 4.373),
    ]

    /// The area of a postcode.
    static func area(_ postcode: String) -> Area? { areas.first { $0.postcode == postcode } }

    /// The postcode of a host: its postcode cell, else a Brussels postcode written in its address
    /// (`Rue du Noyer 12, 1050 Ixelles`); nil when neither names one of the table.
    static func postcode(postcode: String, address: String) -> String? {
        let written = postcode.filter(\.isASCIIDigit)
        if area(written) != nil { return written }
        guard postcode.isEmpty else { return nil }
        return FormText.words(address).first { $0.count == 4 && area($0) != nil }
    }

    /// Commune names (folded, French and Dutch, with the communes' usual short forms) → postcode, for
    /// telling that `CPAS d'Ixelles` and `OCMW Elsene` are the same commune's.
    static let communeNames: [String: String] = {
        var names: [String: String] = [:]
        for area in areas {
            for name in [area.french, area.dutch] { names[FormText.fold(name)] = area.postcode }
        }
        for (short, postcode) in [("molenbeek", "1080"), ("berchem", "1082"), ("saint josse", "1210"),
                                  ("sint joost", "1210"), ("woluwe saint pierre", "1150"), ("boitsfort", "1170"),
                                  ("bosvoorde", "1170"), ("watermael", "1170"), ("bruxelles ville", "1000"),
                                  ("brussel stad", "1000"), ("ville de bruxelles", "1000"), ("stad brussel", "1000")] {
            names[short] = postcode
        }
        return names
    }()
}
