#!/usr/bin/env python3
"""Plays the week's aftermath on a plan folder, as a team would, for scripts/check-outputs.

Usage: scripts/fill-week.py PLAN_DIR ATTENDANCE_OUT ANSWERS_OUT [--seed N]

- ATTENDANCE_OUT: PLAN_DIR/attendance.csv filled in and saved as Excel does in a Belgian locale
  (Windows-1252, ';', CRLF), with 'oui', 'x', 'Ja' for about four visits in five, empty or 'non'
  for the others;
- ANSWERS_OUT: an evaluation form's export (one row per answer: time, name, e-mail, the host
  visited, two scores, a comment that names its author), as Microsoft Forms writes it (UTF-8).
Synthetic and deterministic for a seed. Prints the ids of nobody.
"""
import argparse
import csv
import random

parser = argparse.ArgumentParser()
parser.add_argument("plan_dir")
parser.add_argument("attendance_out")
parser.add_argument("answers_out")
parser.add_argument("--seed", type=int, default=3)
args = parser.parse_args()
rng = random.Random(args.seed)

with open(f"{args.plan_dir}/attendance.csv", encoding="utf-8-sig", newline="") as f:
    rows = list(csv.reader(f, delimiter=";"))
header, body = rows[0], rows[1:]
present = header.index("present")
came = []
for row in body:
    yes = rng.random() < 0.8
    row[present] = rng.choice(["oui", "x", "Ja", "OUI"]) if yes else rng.choice(["", "non"])
    if yes:
        came.append(row)
with open(args.attendance_out, "w", encoding="cp1252", errors="replace", newline="") as f:
    csv.writer(f, delimiter=";", lineterminator="\r\n").writerows([header] + body)

with open(f"{args.plan_dir}/input/visitors.csv", encoding="utf-8-sig", newline="") as f:
    visitors = {v["visitor_id"]: v for v in csv.DictReader(f)}
answers = [["ID", "Heure de début", "Nom", "Adresse e-mail", "Structure visitée", "Satisfaction (1 à 5)",
            "Utilité pour mon travail (1 à 5)", "Commentaires"]]
for n, row in enumerate(rng.sample(came, min(len(came), 60)), start=1):
    v = visitors[row[header.index("visitor_id")]]
    comment = rng.choice(["Très instructif, merci à l'équipe.", "Goed ontvangen, boeiend gesprek.",
                          f"{v['first_name']} a beaucoup appris.", "Trop court à mon goût.", ""])
    answers.append([str(n), f"2025-11-1{n % 7} 1{n % 9}:00", f"{v['first_name']} {v['last_name']}", v["email"],
                    row[header.index("host")], str(rng.randint(2, 5)), str(rng.randint(1, 5)), comment])
with open(args.answers_out, "w", encoding="utf-8-sig", newline="") as f:
    csv.writer(f, delimiter=",", lineterminator="\r\n").writerows(answers)
