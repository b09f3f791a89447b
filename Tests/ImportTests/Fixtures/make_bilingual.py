#!/usr/bin/env python3
"""Writes the fixture forms-bilingual/: the exports a bilingual Brussels bassin really holds. All data is
invented (names, @example.org e-mails, services).

    pip install openpyxl
    apt-get install -y libreoffice-calc      # soffice, to write the files LibreOffice writes
    python3 Tests/ImportTests/Fixtures/make_bilingual.py

Files (the tests do not need Python or LibreOffice):

- appel-structures.xlsx     the French call to hosts, Microsoft Forms layout (ID, Heure de début, Heure de
                            fin, Adresse de messagerie, Nom, Heure de la dernière modification) with the
                            question 'Nom de votre service'; sectors in French; postcodes, no coordinates.
                            Written by openpyxl.
- oproep gastorganisaties.xlsx  the Dutch call to hosts, Google Forms layout (Tijdstempel, E-mailadres);
                            sectors in Dutch; one host outside the region (1700). Written by LibreOffice
                            from CSV (soffice --convert-to xlsx).
- creneaux.xlsx             sessions, sheet 'Créneaux'; two dates lost their date format and are plain
                            serial numbers (45966 = 2025-11-05, 45967 = 2025-11-06). Written by openpyxl.
- inscriptions-fr.csv       French registrations, Google Forms layout, ranking grid 'Choix [1er choix]',
                            availability by weekday, a colleague question; saved by LibreOffice as
                            ';'-separated Windows-1252 CSV, as Excel does in Belgium.
- inschrijvingen-nl.xlsx    Dutch registrations, Microsoft Forms layout, sheet 'Formulierantwoorden', a
                            ranking question (one cell 'A;B;'), weekdays in Dutch, a colleague question.
                            Written by openpyxl. Anke Claes registered in both forms; the Dutch one is later.
- event.yaml
"""
import datetime as dt
import os
import shutil
import subprocess
import tempfile

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "forms-bilingual")


def workbook(path, sheet, rows, formats=None):
    """An .xlsx written by openpyxl; `formats` maps (row, column) (1-based) to a number format."""
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = sheet
    for row in rows:
        ws.append(row)
    for (r, c), fmt in (formats or {}).items():
        ws.cell(row=r, column=c).number_format = fmt
    book.save(path)


def soffice(args, cwd):
    subprocess.run(["soffice", "--headless", "--norestore"] + args, cwd=cwd, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def hosts_fr():
    started = dt.datetime(2025, 9, 15, 10, 2, 11)
    rows = [["ID", "Heure de début", "Heure de fin", "Adresse de messagerie", "Nom",
             "Heure de la dernière modification", "Nom de votre service", "Secteur", "Adresse", "Code postal",
             "Langues de la visite", "Accessible PMR"]]
    services = [
        ("Service de santé mentale La Passerelle", "santé mentale", "Rue Malibran 7", 1050, "Français, English", "Oui"),
        ("Maison médicale Le Noyer", "maison médicale", "Rue du Noyer 12", 1040, "Français", "Oui"),
        ("CPAS d'Ixelles", "CPAS", "Chaussée d'Ixelles 1", 1050, "Français", "Non"),
    ]
    for i, (name, sector, address, postcode, languages, access) in enumerate(services):
        begin = started + dt.timedelta(days=i, minutes=3 * i)
        rows.append([i + 1, begin, begin + dt.timedelta(minutes=6), "anonymous", None, None, name, sector, address,
                     postcode, languages, access])
    formats = {(r, c): "dd/mm/yyyy hh:mm:ss" for r in range(2, 5) for c in (2, 3)}
    workbook(os.path.join(OUT, "appel-structures.xlsx"), "Form1", rows, formats)


def hosts_nl(tmp):
    rows = [["Tijdstempel", "E-mailadres", "Naam van uw dienst", "Sector", "Adres", "Postcode", "Talen",
             "Rolstoeltoegankelijk"],
            ["16/09/2025 09:12:40", "mira.devos@example.org", "Wijkgezondheidscentrum De Brug",
             "wijkgezondheidscentrum", "Brugstraat 3", "1080", "Nederlands", "ja"],
            ["16/09/2025 11:40:02", "jonas.wouters@example.org", "OCMW Schaarbeek", "OCMW", "Kerkstraat 20", "1030",
             "Nederlands, Frans", "ja"],
            ["17/09/2025 15:05:51", "eva.maes@example.org", "Huis Zonder Postcode", "thuiszorg", "Dorpsstraat 1",
             "1700", "Nederlands", "nee"]]
    source = os.path.join(tmp, "oproep gastorganisaties.csv")
    with open(source, "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(";".join(row) + "\r\n")
    # 59 = ';', 34 = '"', 76 = UTF-8, 1 = start at line 1; column formats: all text ('2'), so that
    # postcodes and timestamps stay as typed.
    soffice(["--infilter=CSV:59,34,76,1,1/2/2/2/3/2/4/2/5/2/6/2/7/2/8/2", "--convert-to", "xlsx", "--outdir", OUT,
             source], tmp)


def sessions():
    rows = [["Structure", "Date", "Début", "Fin", "Places"],
            ["Service de santé mentale La Passerelle", dt.datetime(2025, 11, 4), "9h30", "11h", 4],
            ["Maison médicale Le Noyer", 45966, "14h", "16h", 4],
            ["CPAS d'Ixelles", dt.datetime(2025, 11, 3), "9h30", "12h", 3],
            ["Wijkgezondheidscentrum De Brug", 45967, "9u30", "11u30", 5],
            ["OCMW Schaarbeek", dt.datetime(2025, 11, 7), "13u", "15u", 4],
            ["Huis Zonder Postcode", dt.datetime(2025, 11, 5), "9u", "12u", 2]]
    formats = {(r, 2): "dd/mm/yyyy" for r in (2, 4, 6, 7)}
    workbook(os.path.join(OUT, "creneaux.xlsx"), "Créneaux", rows, formats)


def registrations_fr(tmp):
    rows = [["Horodateur", "Adresse e-mail", "Prénom", "Nom", "Langues", "Organisation", "Secteur",
             "Choix [1er choix]", "Choix [2e choix]", "Choix [3e choix]", "Disponibilités",
             "Je viens avec un·e collègue (e-mail)"],
            ["20/10/2025 10:00:00", "anke.claes@example.org", "Anke", "Claes", "Français, Nederlands",
             "Maison médicale Le Noyer", "maison médicale", "CPAS d'Ixelles", "Wijkgezondheidscentrum De Brug", "",
             "lundi, mardi matin", ""],
            ["21/10/2025 08:30:12", "sophie.martin@example.org", "Sophie", "Martin", "Français", "SSM La Passerelle",
             "santé mentale", "Maison médicale Le Noyer", "CPAS d'Ixelles", "", "lundi, mercredi, jeudi",
             "pieter.janssens@example.org"],
            ["22/10/2025 17:45:00", "karim.benali@example.org", "Karim", "Benali", "FR", "CPAS Ixelles", "CPAS",
             "OCMW Schaarbeek", "La Passerelle", "", "jeu., vendredi", "nadia.nobody@example.org"]]
    source = os.path.join(tmp, "inscriptions-fr.xlsx")
    workbook(source, "Réponses au formulaire 1", rows)
    # 59 = ';', 34 = '"', 1252 = Windows-1252: what Excel's 'CSV (séparateur : point-virgule)' writes.
    soffice(["--convert-to", "csv:Text - txt - csv (StarCalc):59,34,1252", "--outdir", tmp, source], tmp)
    shutil.copy(os.path.join(tmp, "inscriptions-fr.csv"), os.path.join(OUT, "inscriptions-fr.csv"))


def registrations_nl():
    rows = [["ID", "Begintijd", "Tijd van voltooiing", "E-mail", "Naam", "Tijdstip van laatste wijziging",
             "Voornaam", "Achternaam", "E-mailadres", "Talen", "Organisatie", "Sector",
             "Rangschik de diensten die u wilt bezoeken", "Beschikbaarheid", "Ik kom met een collega (e-mail)"]]
    people = [
        ("Pieter", "Janssens", "pieter.janssens@example.org", "Nederlands, Frans", "OCMW Elsene", "OCMW",
         "Wijkgezondheidscentrum De Brug;Maison médicale Le Noyer;", "maandag;dinsdag namiddag;woensdag",
         "sophie.martin@example.org"),
        ("Anke", "Claes", " Anke.Claes@example.org", "Nederlands, Frans", "Maison médicale Le Noyer",
         "wijkgezondheidscentrum", "OCMW Schaarbeek;Service de santé mentale La Passerelle;", "ma;wo voormiddag;vr",
         None),
        ("Lena", "Peeters", "lena.peeters@example.org", "Nederlands", "Thuiszorg Noord", "thuiszorg",
         "Huis Zonder Postcode;OCMW Schaarbeek;", "donderdag;vrijdag", None),
    ]
    start = dt.datetime(2025, 10, 23, 9, 0, 0)
    for i, person in enumerate(people):
        begin = start + dt.timedelta(days=i, hours=i)
        rows.append([i + 1, begin, begin + dt.timedelta(minutes=5), "anonymous", None, None] + list(person))
    formats = {(r, c): "dd/mm/yyyy hh:mm:ss" for r in range(2, 5) for c in (2, 3)}
    workbook(os.path.join(OUT, "inschrijvingen-nl.xlsx"), "Formulierantwoorden", rows, formats)


def main():
    shutil.rmtree(OUT, ignore_errors=True)
    os.makedirs(OUT)
    with open(os.path.join(OUT, "event.yaml"), "w", encoding="utf-8") as handle:
        handle.write("name: Portes Ouvertes — Babbel No·o·rd (essai)\nbassin: Nord\nmax_choices: 3\n")
    with tempfile.TemporaryDirectory() as tmp:
        hosts_fr()
        hosts_nl(tmp)
        sessions()
        registrations_fr(tmp)
        registrations_nl()


if __name__ == "__main__":
    main()
