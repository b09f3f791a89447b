/// A small valid canonical week (the command tests' small-week), which the CSV probe completes with the
/// table it is given, so that every row check and every check across files runs on fuzzed input.
enum SampleWeek {
    static let event = """
        name: Probe week
        timezone: Europe/Brussels
        max_choices: 3
        travel:
          speed_kmh: 12
        """

    static let hosts = """
        host_id,name,organization,sector,lat,lon,languages,accessible,contact_email,max_visitors_per_day
        H1,Maison médicale Les Tilleuls,,maison médicale,50.8550,4.3350,fr,yes,contact1@example.org,
        H2,Wijkgezondheidscentrum De Linde,,wijkgezondheidscentrum,50.8620,4.3290,nl;fr,no,contact2@example.org,3
        H3,CPAS Exemple,,CPAS,,,fr,yes,,

        """

    static let sessions = """
        session_id,host_id,kind,date,start,end,capacity,min_visitors,languages,cancelled
        S1,H1,visit,2025-11-04,09:30,11:00,2,,,
        S2,H2,visit,2025-11-04,14:00,15:30,3,,,no
        S3,H3,immersion,2025-11-05,09:00,16:30,1,,,
        S4,H2,visit,2025-11-06,10:00,11:30,4,2,,yes

        """

    static let visitors = """
        visitor_id,first_name,last_name,email,organization,sector,language,languages,max_visits,choices,available,needs_access,open_to_suggestions,registered_at,cancelled,group,priority
        V1,Alice,Exemple,alice@example.org,CPAS Exemple,CPAS,fr,fr,2,H1;H2,,no,no,2025-10-01T10:00:00+02:00,,,
        V2,Bart,Voorbeeld,bart@example.org,,CAW,nl,nl;fr,2,H2;S1,2025-11-04,no,yes,2025-10-02T10:00:00+02:00,,G1,yes
        V3,Chloé,Essai,chloe@example.org,,maison médicale,fr,fr,1,H3;H1,2025-11-05 am;2025-11-05 pm,no,no,,,G1,
        V4,Dirk,Proef,dirk@example.org,,CGG,en,nl;en,1,H2,2025-11-06 09:00-12:00,no,no,,yes,,

        """

    static let pins = """
        visitor_id,session_id,host_id,pin,note
        V1,S1,,yes,asked by phone
        V2,,H3,no,

        """
}
