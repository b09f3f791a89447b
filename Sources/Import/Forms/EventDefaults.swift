/// The event.yaml that an import writes when the source has none: the contract's defaults, with comments
/// that say what the team must still fill in.
enum EventDefaults {
    /// The text of the file, with `name` as the event's name.
    static func text(name: String) -> String {
        """
        # Written by po-plan import because the source had no event.yaml.
        # Put the event's real name below (it is shown in every schedule and roster), and the bassin;
        # the other lines are the contract's defaults: change them if the event has other rules.
        name: "\(name)"
        # bassin: Sud-Est
        timezone: Europe/Brussels
        max_choices: 5            # how many ranked choices of each visitor count
        default_max_visits: 2     # most visits per visitor when the form does not say
        travel:
          speed_kmh: 12
          overhead_min: 10
          default_min: 30         # minutes between two hosts when one has no coordinates
        objective: [coverage, preference, mix]

        """
    }
}
