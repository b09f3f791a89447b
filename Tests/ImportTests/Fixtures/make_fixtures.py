#!/usr/bin/env python3
"""Writes the form-export fixtures of ImportTests: all data is invented (names, @example.org e-mails).

    pip install openpyxl          # only needed to regenerate the fixtures, not to run the tests
    python3 Tests/ImportTests/Fixtures/make_fixtures.py

It writes three folders next to this script, each a SOURCE for `po-plan import`:

- forms-cp1252/   CSV saved by Excel in a Belgian locale: Windows-1252, ';'-separated, French and Dutch
                  headers, no event.yaml.
- forms-utf8/     CSV in UTF-8 with a byte-order mark, ',' separated, quoted line breaks; hosts type their
                  sessions in one cell; visitors tick a column per half-day; an event.yaml.
- forms-xlsx/     one workbook written by openpyxl with a sheet per table (inline strings, numbers, dates and
                  times as serial numbers, booleans, empty cells, a formula without a saved value); the hosts'
                  and sessions' sheets are then rewritten with a shared string table, as Excel, LibreOffice
                  and Google Sheets save them.

Every folder has deliberate mistakes; ImportTests asserts their messages and counts the rows.
"""
import datetime as dt
import os
import re
import shutil
import zipfile

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))


def write_csv(path, rows, delimiter, encoding, bom=False):
    """Writes rows with RFC 4180 quoting (a field is quoted when it holds the delimiter, a quote or a line break)."""
    def field(value):
        text = "" if value is None else str(value)
        if any(c in text for c in (delimiter, '"', "\n", "\r")):
            return '"' + text.replace('"', '""') + '"'
        return text
    text = "".join(delimiter.join(field(v) for v in row) + "\r\n" for row in rows)
    data = text.encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    with open(path, "wb") as handle:
        handle.write(data)


def fresh(name):
    folder = os.path.join(HERE, name)
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    return folder


def cp1252_folder():
    """Excel's 'CSV (séparateur : point-virgule)' in a Belgian locale."""
    folder = fresh("forms-cp1252")
    write_csv(os.path.join(folder, "structures.csv"), [
        ["Nom de la structure", "Secteur", "Adresse", "Code postal", "Commune", "Langues", "Accessible PMR",
         "Personne de contact", "E-mail de contact", "Téléphone", "Site web"],
        ["Maison médicale Le Noyer", "maison médicale", "Rue du Noyer 12", "1050", "Ixelles", "Français", "Oui",
         "Hélène Lefèvre", "helene.lefevre@example.org", "02 123 45 67", "noyer.example.org"],
        ["Maison médicale Les Tilleuls", "maison médicale", "Avenue des Tilleuls 3", "1040", "Etterbeek", "FR/NL",
         "Non", "Bruno Célis", "bruno.celis@example.org", "", ""],
        ["Service de santé mentale La Passerelle", "santé mentale", "Rue Malibran 7", "1050", "Ixelles",
         "Français, English", "oui", "Inès Faure", "ines.faure@example.org", "", ""],
        ["Sociaal Huis Het Zeil", "OCMW", "Bosstraat 16", "1150", "Sint-Pieters-Woluwe", "Nederlands", "ja",
         "Lien Coppens", "lien.coppens@example.org", "", ""],
        ["", "", "", "", "", "", "", "", "", "", ""],
        ["Centre de jour Soleil", "personnes âgées", "Rue du Midi 40", "1000", "Bruxelles", "bilingue", "x",
         "Noël Dumont", "noel.dumont@example.org", "", ""],
        # Mistake: a language nobody can read.
        ["Huis van het Kind Zonnebloem", "Huis van het Kind", "Kerkstraat 5", "1080", "Molenbeek", "Klingon", "nee",
         "Ann Claes", "ann.claes@example.org", "", ""],
    ], ";", "cp1252")
    write_csv(os.path.join(folder, "momenten.csv"), [
        ["Organisatie", "Datum", "Beginuur", "Einduur", "Plaatsen", "Soort", "Talen"],
        ["Maison médicale Le Noyer", "mardi 4 novembre", "9h30", "11h", "4 places", "Visite", ""],
        ["maison medicale les tilleuls", "04/11/2025", "14h", "16h", "6", "visite", ""],
        ["La Passerelle", "di 4 nov.", "9u30", "12u", "3", "bezoek", ""],
        ["Sociaal Huis Het Zeil", "5-11-25", "09.30", "11.30", "5", "immersion", ""],
        ["Centre de jour Soleil", "jeudi 6 novembre", "9:30", "16:30", "2", "kijkstage", "FR/NL"],
        ["Huis van het Kind Zonnebloem", "6/11", "14h", "15h30", "4", "", ""],
        # Mistakes: a weekday that does not match, a host name that could be two hosts, a capacity in words.
        ["Maison médicale Le Noyer", "mercredi 4 novembre", "14h", "16h", "4", "", ""],
        ["Maison médicale", "5/11/2025", "10h", "11h", "3", "", ""],
        ["Sociaal Huis Het Zeil", "5/11/2025", "14u", "16u", "beaucoup", "", ""],
    ], ";", "cp1252")
    write_csv(os.path.join(folder, "inscriptions.csv"), [
        ["Horodateur", "Prénom", "Nom", "Adresse e-mail", "Fonction", "Organisation", "Secteur", "Langue de contact",
         "Langues", "Nombre de visites souhaitées", "Choix 1", "Choix 2", "Choix 3", "Disponibilités",
         "Besoin d'un accès PMR", "Ouvert à d'autres propositions", "Remarques"],
        ["26/10/2025 18:44:15", "Françoise", "Dubois", "francoise.dubois@example.org", "assistante sociale",
         "CPAS d'Ixelles", "social", "Français", "Français", "2", "Maison medicale le noyer",
         "Service de santé mentale La Passerelle", "", "mardi 4/11 matin; mercredi 5/11 après-midi", "Non", "Oui", ""],
        ["27/10/2025 09:02:00", "Jan", "Peeters", "jan.peeters@example.org", "verpleegkundige", "Wijkgezondheidscentrum",
         "santé", "Nederlands", "FR/NL", "1", "Sociaal Huis Het Zeil", "Centre de jour Soleil – jeudi 6/11 9h30", "",
         "di 4/11 voormiddag; do 6/11", "nee", "ja", ""],
        ["27/10/2025 11:30:00", "Zoë", "Martin", "zoe.martin@example.org", "éducatrice", "", "", "English",
         "English, français", "", "Huis van het Kind Zonnebloem", "Maison médicale Les Tilleuls", "", "", "oui", "",
         "Arrivée après 9h"],
        # Mistakes: a name that could be two hosts; a half-day nobody offers; a yes/no that is neither.
        ["28/10/2025 08:15:00", "Rémi", "Lambert", "remi.lambert@example.org", "", "", "", "", "Français", "",
         "Maison médicale", "", "", "", "", "", ""],
        ["28/10/2025 10:00:00", "Aïcha", "Benali", "aicha.benali@example.org", "", "", "", "", "Français", "",
         "Centre de jour Soleil", "", "", "lundi 10/11 soir", "", "", ""],
        ["28/10/2025 12:00:00", "Elke", "Janssens", "elke.janssens@example.org", "", "", "", "", "Nederlands", "",
         "Sociaal Huis Het Zeil", "", "", "", "peut-être", "", ""],
        ["29/10/2025 14:00:00", "Céline", "Roux", "celine.roux@example.org", "", "", "", "", "Français", "",
         "Maison médicale Le Noyeer", "", "", "", "", "", ""],
        ["29/10/2025 15:00:00", "Théo", "Simon", "theo.simon@example.org", "", "", "", "", "Frans en Nederlands", "",
         "H002", "", "", "", "", "", ""],
    ], ";", "cp1252")


def utf8_folder():
    """UTF-8 with a byte-order mark, ',' separated, quoted line breaks; sessions typed per host."""
    folder = fresh("forms-utf8")
    with open(os.path.join(folder, "event.yaml"), "w", encoding="utf-8") as handle:
        handle.write("name: Portes Ouvertes — essai des formulaires\nbassin: Nord-Ouest\nmax_choices: 3\n")
    write_csv(os.path.join(folder, "structures d'accueil.csv"), [
        ["Nom de la structure", "Langues", "Accessible en chaise roulante", "Description", "Créneaux",
         "Nombre de places", "Type de visite"],
        ["Maison médicale Le Noyer", "Français", "Oui", "Première ligne de soins.\nVisite des locaux et échange.",
         "mardi 4 novembre 2025 9h30-11h\nmercredi 5/11 14h-16h", "4", "visite"],
        ["Sociaal Huis Het Zeil", "Nederlands, Frans", "ja", "Sociale permanenties.",
         "di 4/11 13u-15u; do 6/11 9u30-12u", "5 personen", "bezoek"],
        ["Centre de jour Soleil", "tweetalig", "non", "Accueil de jour \"Soleil\", avec repas.",
         "jeudi 6/11 9h30-16h30", "2", "immersion"],
        # Mistake: hours that do not exist.
        ["Antenne Sud", "Français", "non", "", "vendredi 7/11 25u-26u", "3", ""],
    ], ",", "utf-8", bom=True)
    write_csv(os.path.join(folder, "deelnemers.csv"), [
        ["Voornaam", "Achternaam", "E-mailadres", "Functie", "Organisatie", "Talen", "Contacttaal",
         "Keuze 1", "Keuze 2", "Keuze 3", "di 4/11 voormiddag", "di 4/11 namiddag", "wo 5/11 voormiddag",
         "wo 5/11 namiddag", "Rolstoel", "Opmerkingen"],
        ["Lotte", "Wouters", "lotte.wouters@example.org", "maatschappelijk werker", "OCMW Anderlecht", "Nederlands",
         "Nederlands", "Maison médicale Le Noyer", "Sociaal Huis Het Zeil – di 4/11 13u", "", "x", "x", "", "", "nee",
         "Graag in de voormiddag.\nDank u!"],
        ["Pierre", "Dupont", "pierre.dupont@example.org", "médecin", "Maison médicale Le Noyer", "Français, Nederlands",
         "Français", "Centre de jour Soleil", "sociaal huis het zeil", "", "Oui", "Non", "Oui", "Oui", "non", ""],
        ["Sara", "El Amrani", "sara.elamrani@example.org", "", "", "FR/NL", "", "Le Noyer", "", "", "", "", "", "",
         "", "Geen voorkeur"],
        # Mistakes: a host that does not exist; a box that is neither ticked nor not; the same e-mail twice (warning).
        ["Tom", "Maes", "tom.maes@example.org", "", "", "Nederlands", "", "Huis Nergens", "", "", "", "x", "", "", "",
         ""],
        ["Nadia", "Haddad", "nadia.haddad@example.org", "", "", "Français", "", "Centre de jour Soleil", "", "",
         "misschien", "", "", "", "", ""],
        ["Lotte", "Wouters", "lotte.wouters@example.org", "", "", "Nederlands", "", "Sociaal Huis Het Zeil", "", "",
         "", "", "x", "", "", ""],
    ], ",", "utf-8", bom=True)


def xlsx_folder():
    """One workbook, a sheet per table, as openpyxl (like Excel and LibreOffice) writes it."""
    folder = fresh("forms-xlsx")
    book = openpyxl.Workbook()
    hosts = book.active
    hosts.title = "Structures"
    hosts.append(["Nom de la structure", "Langues", "Accessible PMR", "Latitude", "Longitude"])
    hosts.append(["Maison médicale Le Noyer", "Français", True, 50.8262, 4.3711])
    hosts.append(["Sociaal Huis Het Zeil", "NL", False, 50.8281, 4.4331])
    hosts.append(["Service de santé mentale La Passerelle", "FR + EN", True, None, None])
    hosts.append(["Centre de jour Soleil", "bilingue", None, 50.8466, 4.3528])
    sessions = book.create_sheet("Momenten")
    sessions.append(["Organisatie", "Datum", "Beginuur", "Einduur", "Aantal plaatsen", "Titel"])
    sessions.append(["Maison médicale Le Noyer", dt.date(2025, 11, 4), dt.time(9, 30), dt.time(11, 0), 4,
                     "Visite du matin"])
    sessions.append(["Sociaal Huis Het Zeil", dt.date(2025, 11, 4), dt.time(13, 0), dt.time(15, 0), 5, None])
    sessions.append(["Service de santé mentale La Passerelle", dt.date(2025, 11, 5), dt.time(14, 0), dt.time(16, 0),
                     3, None])
    sessions.append(["Centre de jour Soleil", "jeudi 6 novembre", "9h30", "16u30", 2, "Journée d'immersion"])
    # Mistakes: a day that does not exist (typed as text); a capacity formula whose result was never saved.
    sessions.append(["Maison médicale Le Noyer", "31/11/2025", dt.time(14, 0), dt.time(16, 0), 4, None])
    sessions.append(["Sociaal Huis Het Zeil", dt.date(2025, 11, 6), dt.time(9, 0), dt.time(11, 0), "=2*2", None])
    visitors = book.create_sheet("Inschrijvingen")
    visitors.append(["Tijdstempel", "Voornaam", "Achternaam", "E-mail", "Talen", "Keuze 1", "Keuze 2", "Keuze 3",
                     "Beschikbaarheid", "Aantal bezoeken", "Open voor suggesties"])
    visitors.append([dt.datetime(2025, 10, 20, 9, 15), "Bram", "Vermeulen", "bram.vermeulen@example.org", "Nederlands",
                     "Sociaal Huis Het Zeil", "Centre de jour Soleil", None, "di 4/11 namiddag\ndo 6/11", 2, "ja"])
    visitors.append([dt.datetime(2025, 10, 21, 14, 0), "Julie", "Lejeune", "julie.lejeune@example.org", "Français",
                     "La Passerelle", "Maison médicale Le Noyer – mardi 4/11 9h30", None, None, 1, "non"])
    visitors.append([None, None, None, None, None, None, None, None, None, None, None])
    visitors.append([dt.datetime(2025, 10, 22, 8, 0), "Karim", "Aziz", "karim.aziz@example.org", "FR/NL",
                     "Centre de jour Soleil", None, None, "mercredi 5 novembre", None, None])
    # Mistakes: a host nobody knows; a weekday that does not match the date.
    visitors.append([dt.datetime(2025, 10, 23, 10, 30), "Eva", "Mertens", "eva.mertens@example.org", "Nederlands",
                     "Maison Rose", None, None, None, None, None])
    visitors.append([dt.datetime(2025, 10, 23, 11, 0), "Hugo", "Leroy", "hugo.leroy@example.org", "Français",
                     "Centre de jour Soleil", None, None, "vrijdag 6/11 voormiddag", None, None])
    notes = book.create_sheet("Notes")
    notes.append(["Brouillon: rien à importer ici"])
    path = os.path.join(folder, "portes-ouvertes.xlsx")
    book.save(path)
    shared_strings(path, ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"])


def shared_strings(path, sheets):
    """Rewrites the string cells of some worksheets from inline strings (what openpyxl writes) to a shared
    string table (what Excel, LibreOffice and Google Sheets write), so that the workbook holds both kinds."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    table = []

    def shared(match):
        attributes, text = match.group(1), match.group(2)
        if text not in table:
            table.append(text)
        return '<c%s t="s"><v>%d</v></c>' % (attributes, table.index(text))

    for sheet in sheets:
        xml = parts[sheet].decode("utf-8")
        parts[sheet] = re.sub(r'<c([^>]*?) t="inlineStr"><is>(.*?)</is></c>', shared, xml).encode("utf-8")
    items = "".join("<si>%s</si>" % text for text in table)
    parts["xl/sharedStrings.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>'
        % (len(table), len(table), items)).encode("utf-8")
    types = parts["[Content_Types].xml"].decode("utf-8")
    parts["[Content_Types].xml"] = types.replace("</Types>", '<Override PartName="/xl/sharedStrings.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>').encode("utf-8")
    rels = parts["xl/_rels/workbook.xml.rels"].decode("utf-8")
    parts["xl/_rels/workbook.xml.rels"] = rels.replace("</Relationships>", '<Relationship Id="rIdSST" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
        'Target="sharedStrings.xml"/></Relationships>').encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)


if __name__ == "__main__":
    cp1252_folder()
    utf8_folder()
    xlsx_folder()
    print("wrote forms-cp1252, forms-utf8 and forms-xlsx in", HERE)
