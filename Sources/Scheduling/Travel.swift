import Foundation

/// A point on Earth in WGS84 decimal degrees.
public struct Coordinates: Hashable, Sendable {
    public var latitude: Double
    public var longitude: Double

    public init?(latitude: Double, longitude: Double) {
        guard (-90...90).contains(latitude), (-180...180).contains(longitude) else { return nil }
        self.latitude = latitude
        self.longitude = longitude
    }

    /// Great-circle distance in kilometres on a sphere of radius 6371 km (haversine).
    public func distanceKm(to other: Coordinates) -> Double {
        let r = 6371.0
        let φ1 = latitude * .pi / 180, φ2 = other.latitude * .pi / 180
        let dφ = φ2 - φ1
        let dλ = (other.longitude - longitude) * .pi / 180
        let a = sin(dφ / 2) * sin(dφ / 2) + cos(φ1) * cos(φ2) * sin(dλ / 2) * sin(dλ / 2)
        return 2 * r * asin(min(1, sqrt(a)))
    }
}

/// How long it takes to go from one host to another.
public struct TravelPolicy: Hashable, Sendable {
    /// Average door-to-door speed in the city (public transport, bike, walk).
    public var speedKmh: Double
    /// Minutes added to every trip: leaving, waiting, finding the door.
    public var overheadMinutes: Double
    /// Minutes assumed when either host has no coordinates.
    public var defaultMinutes: Int

    public init(speedKmh: Double = 12, overheadMinutes: Double = 10, defaultMinutes: Int = 30) {
        self.speedKmh = speedKmh
        self.overheadMinutes = overheadMinutes
        self.defaultMinutes = defaultMinutes
    }

    /// The most minutes a trip is counted: a week, more than any gap between two sessions of a day.
    public static let unreachable = 7 * 24 * 60

    /// Minutes needed between two hosts: `ceil(overhead + 60·d/speed)`, or the default without coordinates.
    public func minutes(from a: Coordinates?, to b: Coordinates?) -> Int {
        guard let a, let b else { return defaultMinutes }
        // Input is checked against sane ranges; this keeps any speed or overhead from trapping on the
        // conversion (a week is more than any gap between two sessions of one day).
        let minutes = (overheadMinutes + 60 * a.distanceKm(to: b) / speedKmh).rounded(.up)
        guard minutes.isFinite else { return minutes.isNaN ? defaultMinutes : Self.unreachable }
        return Int(min(max(minutes, 0), Double(Self.unreachable)))
    }
}
