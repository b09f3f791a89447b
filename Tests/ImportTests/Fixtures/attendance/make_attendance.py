#!/usr/bin/env python3
"""Writes the attendance and evaluation-form fixtures of ImportTests; all data is invented.

    pip install openpyxl          # only needed to regenerate the fixtures, not to run the tests
    python3 Tests/ImportTests/Fixtures/attendance/make_attendance.py

They belong to the plan of Tests/CommandTests/Fixtures/small-week (V1 at S1 and S4, V2 at S1 and
S2, V3 at S3, V4 at S4), as the team fills in the attendance.csv that po-plan wrote:

- attendance-excel.csv     saved by Excel in a Belgian locale: Windows-1252, ';', CRLF, 'oui', 'x', 'Ja'.
- attendance-mistakes.csv  the same, with one mistake per row for the tests to find at its line and column.
- attendance.xlsx          a workbook: 'X', 'Oui', TRUE (a boolean cell), 1 (a number cell), empty.
- attendance-mistakes.xlsx a workbook with an unknown session and a value that says neither yes nor no.
- answers.csv              an evaluation form's export with respondents' names and e-mails.
"""
import csv
import os

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = ["visitor_id", "name", "session_id", "host", "date", "time", "present"]
ROWS = [
    ["V1", "Alice Exemple", "S1", "Maison médicale Les Tilleuls", "2025-11-04", "09:30-11:00"],
    ["V2", "Bart Voorbeeld", "S1", "Maison médicale Les Tilleuls", "2025-11-04", "09:30-11:00"],
    ["V2", "Bart Voorbeeld", "S2", "Wijkgezondheidscentrum De Linde", "2025-11-04", "14:00-15:30"],
    ["V3", "Chloé Essai", "S3", "CPAS Exemple", "2025-11-05", "09:00-16:30"],
    ["V1", "Alice Exemple", "S4", "Wijkgezondheidscentrum De Linde", "2025-11-06", "10:00-11:30"],
    ["V4", "Dirk Proef", "S4", "Wijkgezondheidscentrum De Linde", "2025-11-06", "10:00-11:30"],
]


def excel_csv(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="cp1252", newline="") as f:
        csv.writer(f, delimiter=";", lineterminator="\r\n").writerows([HEADER] + rows)


def workbook(name, rows):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Présences"
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    book.save(os.path.join(HERE, name))


excel_csv("attendance-excel.csv", [r + [p] for r, p in zip(ROWS, ["oui", "x", "", "Ja", "OUI", "non"])])
excel_csv("attendance-mistakes.csv", [
    ROWS[0] + ["oui"],
    ["V9", "Inconnu Exemple", "S1", "", "", "", "oui"],          # line 3: no such visitor
    ["V2", "Bart Voorbeeld", "S7", "", "", "", "oui"],           # line 4: no such session
    ["V3", "Chloé Essai", "S1", "", "", "", "oui"],              # line 5: not a visit of the plan
    ROWS[0] + ["x"],                                             # line 6: the same visit again
    ROWS[3] + ["peut-être"],                                     # line 7: neither yes nor no
    ["", "Sans Identifiant", "S4", "", "", "", "oui"],           # line 8: no visitor id
])
workbook("attendance.xlsx", [r + [p] for r, p in zip(ROWS, ["X", "Oui", None, True, 1, "nee"])])
workbook("attendance-mistakes.xlsx", [ROWS[0] + ["oui"], ["V2", "Bart Voorbeeld", "S9", "", "", "", "oui"],
                                      ROWS[3] + ["bof"]])

with open(os.path.join(HERE, "answers.csv"), "w", encoding="utf-8-sig", newline="") as f:
    csv.writer(f, delimiter=";", lineterminator="\r\n").writerows([
        ["ID", "Heure de début", "Nom", "Adresse e-mail", "Structure visitée", "Satisfaction (1 à 5)",
         "Utilité pour mon travail (1 à 5)", "Commentaires"],
        ["1", "2025-11-10 10:00", "Alice Exemple", "alice@example.org", "Maison médicale Les Tilleuls", "5", "4",
         "Très riche, merci ! Alice a adoré. Écrivez-moi : alice@example.org"],
        ["2", "2025-11-10 11:00", "Bart Voorbeeld", "bart@example.org", "H2", "4", "3", "Goed ontvangen door het team"],
        ["3", "2025-11-10 11:30", "Chloé Essai", "chloe@example.org", "S3", "3", "", "Une journée entière, bien organisée"],
        ["4", "2025-11-10 12:00", "Zoé Inconnue", "zoe.inconnue@example.org", "Ailleurs", "2", "2",
         "Zoé Inconnue trouvait ça long (zoe.inconnue@example.org)"],
    ])
