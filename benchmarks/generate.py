#!/usr/bin/env python3
"""Generate realistic *synthetic* po-plan input folders (canonical format).

ALL DATA PRODUCED BY THIS SCRIPT IS SYNTHETIC. Organisation names are
invented ("Maison médicale Les Tilleuls", "Wijkgezondheidscentrum De Linde"),
people are random combinations of common first and last names, e-mail
addresses use reserved example domains (example.org, mail.example, ...) and
phone numbers are random. Only public geography is real: Brussels communes,
their postcodes, approximate commune centres and street names. Any
resemblance to a real organisation or person is accidental.

Usage:
    python3 benchmarks/generate.py --profile {grand-bain,bassin,region,region-hard,stress} \
        --seed 1 --out DIR

Output: DIR/event.yaml, hosts.csv, sessions.csv, visitors.csv as pinned by
the contract (shared/spec/contract.md). Deterministic for a given profile,
seed and options (Python 3.11, standard library only; no set iteration, no
hash-dependent ordering).
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import math
import os
import random
import sys
import unicodedata

# ----------------------------------------------------------------------------
# Geography (public facts; centres approximate, street names real streets of
# the commune; the postcode is the commune's).
# ----------------------------------------------------------------------------

# name_fr: (name_nl, population weight, [(postcode, lat, lon, [(street_fr, street_nl), ...])])
COMMUNES: dict[str, tuple[str, float, list]] = {
    "Anderlecht": ("Anderlecht", 122, [("1070", 50.8365, 4.3080, [
        ("Chaussée de Mons", "Bergensesteenweg"), ("Rue Wayez", "Wayezstraat"),
        ("Boulevard Sylvain Dupuis", "Sylvain Dupuislaan"), ("Rue de Fiennes", "Fiennesstraat"),
        ("Avenue Clemenceau", "Clemenceaulaan"), ("Rue Van Lint", "Van Lintstraat"),
        ("Place de la Vaillance", "Dapperheidsplein"), ("Rue Eloy", "Eloystraat")])]),
    "Auderghem": ("Oudergem", 34, [("1160", 50.8165, 4.4275, [
        ("Boulevard du Souverain", "Vorstlaan"), ("Chaussée de Wavre", "Waversesteenweg"),
        ("Avenue de Beaulieu", "Beaulieulaan"), ("Rue du Villageois", "Dorpelingenstraat"),
        ("Avenue Jean Van Horenbeeck", "Jean Van Horenbeecklaan"),
        ("Avenue de la Houlette", "Herderstaflaan")])]),
    "Berchem-Sainte-Agathe": ("Sint-Agatha-Berchem", 25, [("1082", 50.8645, 4.2930, [
        ("Rue de Grand-Bigard", "Groot-Bijgaardenstraat"), ("Avenue du Roi Albert", "Koning Albertlaan"),
        ("Chaussée de Gand", "Gentsesteenweg"), ("Rue des Alcyons", "IJsvogelsstraat"),
        ("Rue Openveld", "Openveldstraat")])]),
    "Bruxelles": ("Brussel", 190, [
        ("1000", 50.8466, 4.3528, [
            ("Rue Haute", "Hoogstraat"), ("Rue Blaes", "Blaesstraat"),
            ("Boulevard Anspach", "Anspachlaan"), ("Rue des Tanneurs", "Huidevettersstraat"),
            ("Rue de Flandre", "Vlaamsesteenweg"), ("Rue de Laeken", "Lakensestraat"),
            ("Rue du Marché au Charbon", "Kolenmarkt"), ("Boulevard de l'Abattoir", "Slachthuislaan")]),
        ("1020", 50.8780, 4.3530, [
            ("Boulevard Émile Bockstael", "Emile Bockstaellaan"), ("Rue Marie-Christine", "Maria-Christinastraat"),
            ("Avenue de la Reine", "Koninginnelaan"), ("Rue Fransman", "Fransmanstraat")]),
        ("1120", 50.8930, 4.3870, [
            ("Rue de Beyseghem", "Beizegemstraat"), ("Avenue des Croix de Guerre", "Oorlogskruisenlaan"),
            ("Rue François Vekemans", "François Vekemansstraat")]),
        ("1130", 50.8890, 4.4190, [
            ("Rue de Cortenbach", "Cortenbachstraat"), ("Rue Arthur Maes", "Arthur Maesstraat")])]),
    "Etterbeek": ("Etterbeek", 48, [("1040", 50.8330, 4.3890, [
        ("Avenue d'Auderghem", "Oudergemlaan"), ("Rue des Champs", "Veldstraat"),
        ("Chaussée de Wavre", "Waversesteenweg"), ("Avenue de la Chasse", "Jachtlaan"),
        ("Rue Général Leman", "Generaal Lemanstraat"), ("Avenue des Casernes", "Kazernenlaan"),
        ("Rue Philippe Baucq", "Philippe Baucqstraat")])]),
    "Evere": ("Evere", 43, [("1140", 50.8710, 4.4010, [
        ("Chaussée de Louvain", "Leuvensesteenweg"), ("Rue de Genève", "Genèvestraat"),
        ("Avenue Henri Conscience", "Henri Consciencelaan"), ("Square Hoedemaekers", "Hoedemaekerssquare"),
        ("Rue Édouard Stuckens", "Edouard Stuckensstraat")])]),
    "Forest": ("Vorst", 56, [("1190", 50.8110, 4.3200, [
        ("Chaussée de Neerstalle", "Neerstalsesteenweg"), ("Avenue Van Volxem", "Van Volxemlaan"),
        ("Chaussée de Bruxelles", "Brusselsesteenweg"), ("Avenue du Roi", "Koningslaan"),
        ("Place Saint-Denis", "Sint-Denijsplein"), ("Avenue Besme", "Besmelaan")])]),
    "Ganshoren": ("Ganshoren", 25, [("1083", 50.8710, 4.3080, [
        ("Avenue de Villegas", "De Villegaslaan"), ("Avenue Charles-Quint", "Keizer Karellaan"),
        ("Place Guido Gezelle", "Guido Gezelleplein"), ("Avenue Van Overbeke", "Van Overbekelaan"),
        ("Drève de Rivieren", "Rivierendreef")])]),
    "Ixelles": ("Elsene", 87, [("1050", 50.8280, 4.3720, [
        ("Chaussée d'Ixelles", "Elsensesteenweg"), ("Chaussée de Boondael", "Boondaalsesteenweg"),
        ("Rue Malibran", "Malibranstraat"), ("Avenue de la Couronne", "Kroonlaan"),
        ("Rue Gray", "Graystraat"), ("Rue du Trône", "Troonstraat"),
        ("Rue de la Croix", "Kruisstraat"), ("Rue Sans Souci", "Sans Soucistraat")])]),
    "Jette": ("Jette", 53, [("1090", 50.8790, 4.3250, [
        ("Rue Léon Theodor", "Léon Theodorstraat"), ("Boulevard de Smet de Naeyer", "De Smet de Naeyerlaan"),
        ("Rue Jules Lahaye", "Jules Lahayestraat"), ("Avenue de Laerbeek", "Laarbeeklaan"),
        ("Place Cardinal Mercier", "Kardinaal Mercierplein"), ("Rue Ferdinand Lenoir", "Ferdinand Lenoirstraat")])]),
    "Koekelberg": ("Koekelberg", 22, [("1081", 50.8620, 4.3290, [
        ("Rue Herkoliers", "Herkoliersstraat"), ("Avenue du Panthéon", "Pantheonlaan"),
        ("Place Simonis", "Simonisplein"), ("Rue Émile Sergijsels", "Emile Sergijselsstraat"),
        ("Avenue de la Liberté", "Vrijheidslaan")])]),
    "Molenbeek-Saint-Jean": ("Sint-Jans-Molenbeek", 98, [("1080", 50.8550, 4.3270, [
        ("Chaussée de Gand", "Gentsesteenweg"), ("Rue de Ribaucourt", "Ribaucourtstraat"),
        ("Boulevard Edmond Machtens", "Edmond Machtenslaan"), ("Rue Vandenpeereboom", "Vandenpeereboomstraat"),
        ("Rue Comte de Flandre", "Graaf van Vlaanderenstraat"), ("Place Communale", "Gemeenteplein"),
        ("Rue de l'Intendant", "Intendantstraat")])]),
    "Saint-Gilles": ("Sint-Gillis", 50, [("1060", 50.8290, 4.3450, [
        ("Chaussée de Waterloo", "Waterloosesteenweg"), ("Avenue Jean Volders", "Jean Volderslaan"),
        ("Rue Théodore Verhaegen", "Theodoor Verhaegenstraat"), ("Chaussée de Forest", "Vorstsesteenweg"),
        ("Parvis de la Trinité", "Drievuldigheidsvoorplein"), ("Rue de la Victoire", "Overwinningsstraat"),
        ("Rue Émile Feron", "Emile Feronstraat")])]),
    "Saint-Josse-ten-Noode": ("Sint-Joost-ten-Node", 27, [("1210", 50.8530, 4.3730, [
        ("Chaussée de Louvain", "Leuvensesteenweg"), ("Rue Verte", "Groenstraat"),
        ("Avenue de l'Astronomie", "Sterrenkundelaan"), ("Rue des Deux Églises", "Tweekerkenstraat"),
        ("Rue Saint-François", "Sint-Franciscusstraat"), ("Place Saint-Josse", "Sint-Joostplein")])]),
    "Schaerbeek": ("Schaarbeek", 133, [("1030", 50.8670, 4.3770, [
        ("Chaussée de Haecht", "Haachtsesteenweg"), ("Rue Royale Sainte-Marie", "Koninklijke Sint-Mariastraat"),
        ("Avenue Louis Bertrand", "Louis Bertrandlaan"), ("Rue Josaphat", "Josafatstraat"),
        ("Place Colignon", "Colignonplein"), ("Rue de Brabant", "Brabantstraat"),
        ("Boulevard Lambermont", "Lambermontlaan"), ("Avenue Rogier", "Rogierlaan")])]),
    "Uccle": ("Ukkel", 84, [("1180", 50.8010, 4.3370, [
        ("Chaussée d'Alsemberg", "Alsembergsesteenweg"), ("Rue Xavier De Bue", "Xavier De Buestraat"),
        ("Avenue Brugmann", "Brugmannlaan"), ("Rue Vanderkindere", "Vanderkinderestraat"),
        ("Avenue De Fré", "De Frélaan"), ("Rue de Stalle", "Stallestraat"),
        ("Chaussée de Saint-Job", "Sint-Jobsesteenweg")])]),
    "Watermael-Boitsfort": ("Watermaal-Bosvoorde", 25, [("1170", 50.7990, 4.4130, [
        ("Place Keym", "Keymplein"), ("Rue du Loutrier", "Otterstraat"),
        ("Chaussée de La Hulpe", "Terhulpsesteenweg"), ("Avenue Léopold Wiener", "Léopold Wienerlaan"),
        ("Place Gilson", "Gilsonplein"), ("Rue des Trois Tilleuls", "Drie Lindenstraat")])]),
    "Woluwe-Saint-Lambert": ("Sint-Lambrechts-Woluwe", 58, [("1200", 50.8460, 4.4280, [
        ("Avenue Georges Henri", "Georges Henrilaan"), ("Rue Voot", "Vootstraat"),
        ("Avenue Paul Hymans", "Paul Hymanslaan"), ("Rue Saint-Lambert", "Sint-Lambertusstraat"),
        ("Avenue Hippocrate", "Hippocrateslaan"), ("Chaussée de Roodebeek", "Roodebeeksteenweg"),
        ("Boulevard de la Woluwe", "Woluwelaan")])]),
    "Woluwe-Saint-Pierre": ("Sint-Pieters-Woluwe", 42, [("1150", 50.8300, 4.4330, [
        ("Avenue de Tervueren", "Tervurenlaan"), ("Rue au Bois", "Bosstraat"),
        ("Avenue Charles Thielemans", "Charles Thielemanslaan"), ("Place Dumon", "Dumonplein"),
        ("Avenue Orban", "Orbanlaan"), ("Avenue Jules de Trooz", "Jules de Troozlaan")])]),
}

# The five bassins d'aide et de soins / zorgzones. The grouping follows the
# usual north-west / north-east / centre / south / south-east split of the
# 19 communes; it is an approximation good enough for synthetic data.
BASSINS: dict[str, list[str]] = {
    "Nord-Ouest": ["Berchem-Sainte-Agathe", "Ganshoren", "Jette", "Koekelberg", "Molenbeek-Saint-Jean"],
    "Nord-Est": ["Evere", "Saint-Josse-ten-Noode", "Schaerbeek"],
    "Centre": ["Bruxelles"],
    "Sud": ["Anderlecht", "Forest", "Saint-Gilles", "Uccle"],
    "Sud-Est": ["Auderghem", "Etterbeek", "Ixelles", "Watermael-Boitsfort",
                "Woluwe-Saint-Lambert", "Woluwe-Saint-Pierre"],
}

WEEK = [dt.date(2025, 11, 3) + dt.timedelta(days=i) for i in range(5)]  # Mon..Fri
REG_OPEN = dt.datetime(2025, 10, 6, 9, 0)
REG_CLOSE = dt.datetime(2025, 10, 31, 23, 0)
DST_END = dt.datetime(2025, 10, 26, 3, 0)  # Europe/Brussels: CEST (+02:00) before, CET (+01:00) after

# ----------------------------------------------------------------------------
# Sectors of Brussels social and health services. Names are invented: a
# template plus an invented word ("Les Tilleuls", "De Linde").
# lang: weights of (fr-led, nl-led, bicommunal) organisations.
# ----------------------------------------------------------------------------

SECTORS = [
    dict(key="mm", fr="maison médicale", nl="wijkgezondheidscentrum", w=14, lang=(66, 30, 4), imm=0.30,
         tfr=["Maison médicale {F}", "Maison de santé {F}"], tnl=["Wijkgezondheidscentrum {N}", "Gezondheidshuis {N}"],
         dfr="Équipe pluridisciplinaire de première ligne (médecins, infirmier·ères, kinés, accueil) au forfait.",
         dnl="Multidisciplinaire eerstelijnspraktijk (huisartsen, verpleegkundigen, kinés, onthaal) met forfait."),
    dict(key="cpas", fr="CPAS", nl="OCMW", w=8, lang=(55, 15, 30), imm=0.20,
         tfr=["Antenne sociale {F}", "Service social de quartier {F}"], tnl=["Sociaal Huis {N}"],
         dfr="Permanences sociales, aide financière, accompagnement vers l'emploi et le logement.",
         dnl="Sociale permanenties, financiële hulp, begeleiding naar werk en huisvesting."),
    dict(key="ssm", fr="santé mentale", nl="geestelijke gezondheidszorg", w=9, lang=(70, 28, 2), imm=0.20,
         tfr=["Service de santé mentale {F}", "Centre de guidance {F}"], tnl=["Centrum Geestelijke Gezondheidszorg {N}"],
         dfr="Consultations psychologiques, psychiatriques et sociales ; travail en réseau avec la première ligne.",
         dnl="Psychologische en psychiatrische begeleiding; samenwerking met de eerste lijn."),
    dict(key="caw", fr="CAW", nl="CAW", w=4, lang=(0, 100, 0), imm=0.30,
         tfr=[], tnl=["Welzijnspunt {N}", "Onthaalpunt {N}"],
         dfr="", dnl="Onthaal, info en begeleiding bij alle welzijnsvragen; ook voor wie dakloos is."),
    dict(key="hvhk", fr="Huis van het Kind", nl="Huis van het Kind", w=4, lang=(0, 100, 0), imm=0.15,
         tfr=[], tnl=["Huis van het Kind {N}"],
         dfr="", dnl="Opvoedingsondersteuning, consultaties voor jonge kinderen en ontmoeting voor ouders."),
    dict(key="mr", fr="maison de repos", nl="woonzorgcentrum", w=8, lang=(60, 30, 10), imm=0.35,
         tfr=["Résidence {F}", "Maison de repos {F}"], tnl=["Woonzorgcentrum {N}"],
         dfr="Maison de repos et de soins : vie quotidienne des résident·es, animation, soins et accueil des familles.",
         dnl="Woonzorgcentrum: dagelijks leven van de bewoners, animatie, zorg en contact met familie."),
    dict(key="aad", fr="aide à domicile", nl="thuiszorg", w=6, lang=(60, 35, 5), imm=0.35,
         tfr=["Service d'aide à domicile {F}", "Aide et soins à domicile {F}"], tnl=["Thuiszorgdienst {N}"],
         dfr="Aides familiales et aides ménagères au domicile des personnes âgées ou malades.",
         dnl="Gezinszorg en poetshulp bij ouderen en zieken thuis."),
    dict(key="cpf", fr="planning familial", nl="seksuele gezondheid", w=5, lang=(88, 8, 4), imm=0.15,
         tfr=["Centre de planning familial {F}"], tnl=["Centrum voor seksuele gezondheid {N}"],
         dfr="Consultations médicales, psychologiques, sociales et juridiques ; animations EVRAS.",
         dnl="Medische, psychologische en juridische consultaties; relationele en seksuele vorming."),
    dict(key="ldc", fr="lokaal dienstencentrum", nl="lokaal dienstencentrum", w=5, lang=(0, 100, 0), imm=0.25,
         tfr=[], tnl=["Lokaal dienstencentrum {N}"],
         dfr="", dnl="Ontmoeting, activiteiten en dienstverlening voor buurtbewoners en senioren."),
    dict(key="ml", fr="mission locale", nl="werk", w=4, lang=(85, 10, 5), imm=0.20,
         tfr=["Mission locale {F}", "Maison de l'emploi {F}"], tnl=["Werkwinkel {N}"],
         dfr="Accompagnement des chercheur·euses d'emploi : orientation, formation, insertion socioprofessionnelle.",
         dnl="Begeleiding van werkzoekenden: oriëntatie, opleiding en toeleiding naar werk."),
    dict(key="log", fr="logement", nl="wonen", w=5, lang=(65, 30, 5), imm=0.15,
         tfr=["Agence immobilière sociale {F}", "Habitat solidaire {F}"], tnl=["Sociaal verhuurkantoor {N}", "Woonbegeleiding {N}"],
         dfr="Gestion de logements à loyer modéré et accompagnement des locataires.",
         dnl="Betaalbare huurwoningen en begeleiding van huurders."),
    dict(key="ass", fr="assuétudes", nl="verslavingszorg", w=4, lang=(70, 25, 5), imm=0.30,
         tfr=["Espace {F}", "Réseau assuétudes {F}"], tnl=["Drughulp {N}", "Dagcentrum {N}"],
         dfr="Accueil à bas seuil, réduction des risques et accompagnement des usager·ères de drogues.",
         dnl="Laagdrempelig onthaal, schadebeperking en begeleiding van druggebruikers."),
    dict(key="hop", fr="hôpital", nl="ziekenhuis", w=4, lang=(40, 20, 40), imm=0.30,
         tfr=["Service social de la Clinique {F}", "Hôpital {F}"], tnl=["Sociale dienst Ziekenhuis {N}"],
         dfr="Service social hospitalier : préparation des sorties, liens avec le domicile et la première ligne.",
         dnl="Sociale dienst van het ziekenhuis: ontslagvoorbereiding en samenwerking met de eerste lijn."),
    dict(key="sda", fr="sans-abrisme", nl="thuislozenzorg", w=4, lang=(60, 25, 15), imm=0.40,
         tfr=["Maison d'accueil {F}", "Centre de jour {F}"], tnl=["Onthaalhuis {N}", "Inloopcentrum {N}"],
         dfr="Accueil de jour et hébergement pour personnes sans abri ; douches, repas, permanences sociales.",
         dnl="Dagopvang en onthaal voor daklozen; douches, maaltijden, sociale permanentie."),
    dict(key="pe", fr="petite enfance", nl="kinderopvang", w=4, lang=(60, 40, 0), imm=0.20,
         tfr=["Crèche {F}", "Consultation pour enfants {F}"], tnl=["Kinderdagverblijf {N}"],
         dfr="Accueil des tout-petits et soutien à la parentalité.",
         dnl="Opvang van baby's en peuters, ondersteuning van ouders."),
    dict(key="hand", fr="handicap", nl="handicap", w=3, lang=(60, 35, 5), imm=0.35,
         tfr=["Centre de jour {F}", "Service d'accompagnement {F}"], tnl=["Dagcentrum {N}"],
         dfr="Activités de jour et accompagnement d'adultes en situation de handicap.",
         dnl="Dagbesteding en begeleiding van volwassenen met een beperking."),
    dict(key="casg", fr="CASG", nl="algemeen welzijnswerk", w=3, lang=(100, 0, 0), imm=0.20,
         tfr=["Centre d'action sociale globale {F}"], tnl=[],
         dfr="Service social généraliste : accueil, accompagnement individuel et actions collectives.", dnl=""),
    dict(key="pall", fr="soins palliatifs", nl="palliatieve zorg", w=2, lang=(60, 30, 10), imm=0.25,
         tfr=["Équipe de soutien palliatif {F}"], tnl=["Palliatieve thuiszorg {N}"],
         dfr="Soutien aux soignant·es et aux familles pour les soins palliatifs à domicile.",
         dnl="Ondersteuning van zorgverleners en families bij palliatieve zorg thuis."),
    dict(key="quart", fr="cohésion sociale", nl="buurtwerk", w=4, lang=(65, 35, 0), imm=0.20,
         tfr=["Maison de quartier {F}"], tnl=["Buurthuis {N}"],
         dfr="Lieu de rencontre du quartier : école des devoirs, cours de français, activités pour les familles.",
         dnl="Ontmoetingsplek in de buurt: huiswerkbegeleiding, Nederlandse les, gezinsactiviteiten."),
]

FR_WORDS = ["Les Tilleuls", "Les Glycines", "Le Sureau", "Les Coquelicots", "La Boussole", "L'Escale",
            "Le Tournesol", "Les Peupliers", "La Passerelle", "L'Olivier", "Les Hirondelles", "Le Cerisier",
            "La Source", "Le Platane", "Les Lilas", "L'Horizon", "La Clairière", "Le Vieux Moulin",
            "Les Acacias", "Le Phare", "La Marelle", "Les Érables", "Le Colibri", "L'Arc-en-ciel",
            "Le Chardon", "Les Mésanges", "La Fontaine", "Le Bouleau", "Les Jonquilles", "La Rose des vents",
            "Le Sablier", "Les Myosotis", "Le Figuier", "La Ruche", "Le Cèdre", "Les Saules",
            "L'Étoile du Nord", "Le Carrefour", "La Parenthèse", "Le Mimosa", "Les Trois Ponts",
            "La Vigne", "Le Lierre", "Les Pervenches", "Le Fil rouge", "La Clef des champs",
            "Le Jardin", "La Maison bleue", "Le Trèfle", "La Roseraie", "Les Charmes", "Le Roseau",
            "La Forge", "L'Ancre", "Le Nid", "La Mouette", "Le Hêtre", "Les Bruyères", "L'Atelier",
            "Le Moulin à vent", "La Volière", "Les Coteaux", "Le Ruisseau", "La Verrière", "Les Pommiers",
            "Le Belvédère", "La Girouette", "Les Iris", "Le Tamaris", "La Luciole", "Les Alizés"]
NL_WORDS = ["De Linde", "De Wilg", "Het Kompas", "De Brug", "De Vlier", "De Horizon", "De Zonnebloem",
            "Het Anker", "De Klaproos", "De Populier", "Het Baken", "De Vuurtoren", "De Meander",
            "De Notelaar", "De Esdoorn", "De Kastanje", "De Berk", "De Regenboog", "De Zwaluw",
            "Het Klaverblad", "De Eik", "De Molen", "De Vlinder", "Het Veer", "De Bron", "De Boomgaard",
            "De Kring", "Het Nest", "De Lente", "De Sleutel", "De Overzet", "Het Pleintje", "De Waaier",
            "De Ster", "De Kreek", "De Poort", "De Wending", "De Haven", "De Ceder", "De Hazelaar",
            "De Tuin", "Het Veld", "De Beuk", "De Klimop", "De Lijster", "Het Riet", "De Vonk", "De Kade",
            "De Toren", "De Boei", "Het Schip", "De Meidoorn", "De Mol", "De Wissel", "Het Spoor",
            "De Appelaar", "De Uil", "De Reiger", "De Driesprong", "Het Zeil"]

SITE_SUFFIX_FR = ["Antenne Nord", "Antenne Sud", "Antenne Est", "Antenne Ouest", "Antenne Centre"]
SITE_SUFFIX_NL = ["Antenne Noord", "Antenne Zuid", "Antenne Oost", "Antenne West", "Antenne Centrum"]

GENERIC_DESC_FR = [
    "Présentation du service, rencontre de l'équipe et échange sur les pratiques.",
    "Découverte de notre travail de première ligne ; questions bienvenues.",
    "Visite des locaux, présentation des missions, temps d'échange autour d'un café.",
    "Rencontre avec l'équipe, partage de situations (anonymisées) et des collaborations possibles.",
]
GENERIC_DESC_NL = [
    "Kennismaking met de werking en het team.",
    "Rondleiding, voorstelling van de opdrachten en tijd voor vragen.",
    "Meelopen met het team tijdens een gewone werkdag.",
    "Uitwisseling over samenwerking, doorverwijzing en goede praktijken.",
]
GENERIC_DESC_EN = "Visits can also be given in English; please mention it when you register."

# ----------------------------------------------------------------------------
# People. Common first / last names of people living and working in Brussels,
# combined at random: nobody real is described.
# ----------------------------------------------------------------------------

ORIGINS = {
    # key: (weight, male firsts, female firsts, lasts)
    "befr": (27, ["Thomas", "Nicolas", "Julien", "Olivier", "François", "Antoine", "Maxime", "Benoît", "Rémi",
                  "Quentin", "Arnaud", "Damien", "Pierre", "Luc", "Xavier"],
             ["Marie", "Sophie", "Julie", "Camille", "Nathalie", "Isabelle", "Aurélie", "Céline", "Zoé", "Manon",
              "Noémie", "Valérie", "Charlotte", "Élise", "Hélène", "Margaux"],
             ["Dubois", "Lambert", "Dupont", "Martin", "Lefèvre", "Simon", "Laurent", "Leclercq", "Dumont",
              "Renard", "Delhaye", "Michaux", "Thiry", "Marchal", "Bertrand", "Collard", "François", "Jacquet",
              "Lemaire", "Denis", "Hubert", "Goffin", "Charlier", "Gilson", "Dethier"]),
    "fl": (18, ["Jan", "Koen", "Pieter", "Bart", "Wouter", "Jens", "Stijn", "Tom", "Joris", "Ruben", "Lukas",
                "Bram", "Dries"],
           ["Lien", "Nele", "Annelies", "Sarah", "Eline", "Katrien", "Hanne", "Lotte", "An", "Femke", "Sofie",
            "Leen", "Marieke", "Jolien"],
           ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters",
            "De Smet", "Van den Broeck", "Vermeulen", "Pauwels", "Coppens", "Verhoeven", "De Backer",
            "Van Damme", "Hermans", "Lambrechts", "Vandenberghe", "De Clercq", "Aerts"]),
    "magh": (20, ["Mohamed", "Youssef", "Rachid", "Karim", "Mehdi", "Hamza", "Bilal", "Ayoub", "Anas", "Saïd",
                  "Nordine"],
             ["Fatima", "Samira", "Nadia", "Amina", "Khadija", "Yasmina", "Souad", "Imane", "Salma", "Leïla",
              "Houda", "Sara"],
             ["Amrani", "El Khattabi", "Benali", "Bouzid", "Azzouzi", "Ben Ahmed", "El Idrissi", "Tahiri",
              "Chaoui", "Belkacem", "Ouali", "Haddou", "Mansouri", "Bakkali", "Zerrouki"]),
    "tr": (7, ["Mehmet", "Emre", "Burak", "Murat", "Yusuf", "Ahmet", "Kerem"],
           ["Elif", "Ayşe", "Zeynep", "Merve", "Esra", "Büşra", "Hatice"],
           ["Yılmaz", "Yilmaz", "Kaya", "Demir", "Şahin", "Çelik", "Aydın", "Öztürk", "Arslan", "Doğan", "Koç"]),
    "cd": (8, ["Jean-Paul", "Patrick", "Christian", "Serge", "Didier", "Joël", "Fiston", "Cédric"],
           ["Grâce", "Esther", "Christelle", "Josiane", "Rebecca", "Divine", "Sandrine", "Ruth"],
           ["Mukendi", "Kabasele", "Tshibangu", "Ilunga", "Mbuyi", "Kalonji", "Lukusa", "Nsimba", "Mputu",
            "Kanza", "Mbala", "Lumbala"]),
    "pl": (5, ["Piotr", "Tomasz", "Krzysztof", "Paweł", "Marek", "Łukasz"],
           ["Agnieszka", "Katarzyna", "Magdalena", "Joanna", "Małgorzata", "Anna"],
           ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński", "Szymański"]),
    "ro": (5, ["Andrei", "Mihai", "Alexandru", "Ionuț", "Florin", "Radu"],
           ["Ioana", "Elena", "Andreea", "Maria", "Raluca", "Cristina"],
           ["Popescu", "Ionescu", "Constantin", "Dumitru", "Stan", "Popa", "Munteanu", "Georgescu"]),
    "sud": (6, ["Marco", "Luca", "Carlos", "Javier", "João", "Diego"],
            ["Giulia", "Laura", "Ana", "Carmen", "Sofia", "Inês"],
            ["Rossi", "Russo", "Esposito", "García", "Fernández", "Ferreira", "Silva", "Martins", "López"]),
}

ROLES_FR = ["assistant·e social·e", "assistant·e social·e", "infirmier·ère", "infirmier·ère", "médecin généraliste",
            "psychologue", "éducateur·rice", "kinésithérapeute", "accueillant·e", "coordinateur·rice",
            "aide familial·e", "travailleur·se de rue", "directeur·rice", "médiateur·rice interculturel·le",
            "logopède", "stagiaire", "infirmière", "assistante sociale", "éducateur"]
ROLES_NL = ["maatschappelijk werker", "maatschappelijk werker", "verpleegkundige", "huisarts", "psycholoog",
            "opvoeder", "kinesitherapeut", "onthaalmedewerker", "coördinator", "gezinszorger",
            "straathoekwerker", "directeur", "brugfiguur", "ergotherapeut", "stagiair", "buurtwerker"]
ROLES_EN = ["social worker", "nurse", "project officer", "community health worker"]

VISITOR_ORGS_FR = ["École des devoirs {F}", "Ligue d'entraide {F}", "Cabinet de groupe {F}", "Association de quartier {F}",
                   "Réseau santé {F}", "Pharmacie {F}", "Centre PMS {F}", "Haute école {F}", "Service de prévention {F}",
                   "Centre culturel {F}", "Épicerie sociale {F}"]
VISITOR_ORGS_FIXED_FR = ["Infirmière indépendante", "Kinésithérapeute indépendant", "Indépendant·e", "Étudiant·e"]
VISITOR_ORGS_NL = ["Buurtwerk {N}", "Groepspraktijk {N}", "Hogeschool {N}", "CLB {N}", "Vzw {N}", "Jeugdhuis {N}"]
VISITOR_ORGS_FIXED_NL = ["Zelfstandig verpleegkundige", "Zelfstandige", "Student"]
VISITOR_EXTRA_SECTORS = ["enseignement", "police de proximité", "pharmacie", "jeunesse", "onderwijs", "jeugdwerk",
                         "culture", "CENTRE DE JOUR", "infirmier indépendant"]

EMAIL_DOMAINS = ["example.org", "example.org", "mail.example", "example.net", "example.com", "asbl.example",
                 "vzw.example"]

# ----------------------------------------------------------------------------
# Profiles
# ----------------------------------------------------------------------------

# Knobs of an instance's shape, one line each; a profile overrides some. The defaults are the shape
# `bassin` and `region` have always had (the same files for a seed as before the knobs existed).
KNOBS = dict(
    zipf=0.9,  # popularity: the host of rank r in its bassin draws 1/r^zipf (steeper: more people on the same hosts)
    favourites_divisor=16,  # favourites ranked first in each bassin: max(3, its hosts // this)
    immersion=1.0,  # multiplies each sector's share of immersions (kijkstages) among its sessions
    immersion_forms=(35, 25, 40),  # weights of an immersion's form: morning, afternoon, whole day
    visit_lengths=(25, 30, 30, 15),  # weights of a visit's length: 60, 90, 120, 150 minutes
    day_weights=None,  # weights of a session's day Mon..Fri (None: uniform; peaked: more sessions overlap in time)
    choice_counts=(2, 6, 10, 17, 20, 35, 6, 4),  # weights of how many entries a visitor lists: 0, 1, ..., 7
    open_to_suggestions=0.33,  # share of visitors with choices open to suggestions (without choices: 0.8)
    free_all_week=0.55,  # share of visitors giving no availability (free all week; the others name 1-4 days)
)

PROFILES = {
    # name: hosts, sessions, visitors, default bassin (None = whole region), event name, knobs
    "grand-bain": dict(hosts=45, sessions=112, visitors=170, bassin="Sud-Est", zipf=1.3,
                       event="Le Grand Bain"),
    "bassin": dict(hosts=120, sessions=300, visitors=600, bassin="Sud",
                   event="Portes Ouvertes — bassin Sud (benchmark)"),
    "region": dict(hosts=600, sessions=1500, visitors=3000, bassin=None,
                   event="Portes Ouvertes et kijkstages — Région de Bruxelles-Capitale (benchmark)"),
    # the region, harder but still realistic: steeper popularity and fewer favourites, more and
    # longer immersions and visits, sessions crowded mid-week, more people open to suggestions and
    # free all week
    "region-hard": dict(hosts=600, sessions=1500, visitors=3000, bassin=None,
                        event="Portes Ouvertes et kijkstages — Région de Bruxelles-Capitale (benchmark, hard)",
                        zipf=1.15, favourites_divisor=24, immersion=1.6, immersion_forms=(25, 20, 55),
                        visit_lengths=(15, 25, 35, 25), day_weights=(2, 4, 5, 4, 2),
                        open_to_suggestions=0.5, free_all_week=0.65),
    # the size a whole region with every bassin's services could reach: the region's shape, scaled
    "stress": dict(hosts=1500, sessions=4000, visitors=10000, bassin=None,
                   event="Portes Ouvertes et kijkstages — Région de Bruxelles-Capitale (benchmark, stress)"),
}


def knobs_of(profile: dict) -> dict:
    """The profile's knobs: KNOBS with the profile's overrides."""
    return {k: profile.get(k, v) for k, v in KNOBS.items()}


# ----------------------------------------------------------------------------
# Helpers
# ----------------------------------------------------------------------------

def wchoice(rng: random.Random, items, weights):
    return rng.choices(items, weights=weights, k=1)[0]


def ascii_fold(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def fold_key(s: str) -> str:
    """The contract's text comparison: fold case and diacritics, trim, collapse white space."""
    return " ".join(ascii_fold(s).casefold().split())


def slug(s: str) -> str:
    s = ascii_fold(s).lower()
    out = []
    for c in s:
        if c.isalnum():
            out.append(c)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")


def email_local(first: str, last: str) -> str:
    f = ascii_fold(first).lower().replace(" ", "").replace("'", "")
    l = ascii_fold(last).lower().replace(" ", "").replace("'", "")
    return f"{f}.{l}"


def phone(rng: random.Random) -> str:
    # Brussels landline shape, random digits.
    return f"+32 2 {rng.randint(200, 799)} {rng.randint(10, 99)} {rng.randint(10, 99)}"


def fmt_time(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def female_form(last: str) -> str:
    if last.endswith("ski"):
        return last[:-3] + "ska"
    if last.endswith("cki"):
        return last[:-3] + "cka"
    return last


def person(rng: random.Random, origin: str | None = None) -> tuple[str, str, str]:
    keys = list(ORIGINS)
    if origin is None:
        origin = wchoice(rng, keys, [ORIGINS[k][0] for k in keys])
    _, males, females, lasts = ORIGINS[origin]
    female = rng.random() < 0.62  # the sector employs more women
    first = rng.choice(females if female else males)
    last_origin = origin
    if rng.random() < 0.10:  # mixed families are common in Brussels
        last_origin = wchoice(rng, keys, [ORIGINS[k][0] for k in keys])
    last = rng.choice(ORIGINS[last_origin][3])
    if female:
        last = female_form(last)
    return first, last, origin


BOOL_STYLES = [("yes", "no"), ("oui", "non"), ("ja", "nee"), ("1", "0"), ("true", "false"), ("yes", ""), ("oui", "")]


def fmt_bool(rng: random.Random, value: bool, lang: str = "fr") -> str:
    if lang == "nl":
        weights = [30, 5, 30, 10, 5, 15, 5]
    else:
        weights = [35, 25, 3, 10, 5, 12, 10]
    t, f = wchoice(rng, BOOL_STYLES, weights)
    if not value and rng.random() < 0.15:
        return ""  # blank means no
    return t if value else f


def jitter(rng: random.Random, lat: float, lon: float, metres: float = 350.0) -> tuple[float, float]:
    r = metres * math.sqrt(rng.random())
    a = rng.random() * 2 * math.pi
    dlat = (r * math.cos(a)) / 111_320.0
    dlon = (r * math.sin(a)) / (111_320.0 * math.cos(math.radians(lat)))
    return lat + dlat, lon + dlon


# ----------------------------------------------------------------------------
# Generation
# ----------------------------------------------------------------------------

class Gen:
    def __init__(self, profile: str, seed: int, n_hosts: int, n_sessions: int, n_visitors: int,
                 bassin: str | None, knobs: dict):
        self.rng = random.Random(f"po-plan:{profile}:{seed}")
        self.profile = profile
        self.n_hosts, self.n_sessions, self.n_visitors = n_hosts, n_sessions, n_visitors
        self.bassin = bassin
        self.knobs = knobs
        self.zipf = knobs["zipf"]
        if bassin is None:
            self.communes = list(COMMUNES)
        else:
            self.communes = list(BASSINS[bassin])
        self.bassin_of = {c: b for b, cs in BASSINS.items() for c in cs}
        self.hosts: list[dict] = []
        self.sessions: list[dict] = []
        self.visitors: list[dict] = []
        self.used_names: dict[str, bool] = {}

    # -- hosts ---------------------------------------------------------------
    def pick_commune(self) -> str:
        return wchoice(self.rng, self.communes, [COMMUNES[c][1] for c in self.communes])

    def place(self, commune: str, lang: str) -> dict:
        rng = self.rng
        nl_name, _, areas = COMMUNES[commune]
        postcode, lat, lon, streets = wchoice(rng, areas, [len(a[3]) for a in areas])
        street_fr, street_nl = rng.choice(streets)
        street = street_nl if lang == "nl" else street_fr
        number = rng.randint(1, 260)
        addr = f"{street} {number}"
        if rng.random() < 0.06:
            addr += f" bte {rng.randint(1, 12)}" if lang != "nl" else f" bus {rng.randint(1, 12)}"
        hlat, hlon = jitter(rng, lat, lon)
        commune_label = nl_name if (lang == "nl" and rng.random() < 0.7) else commune
        return dict(address=addr, postcode=postcode, commune=commune_label, commune_key=commune,
                    lat=hlat, lon=hlon)

    def org_name(self, sector: dict, lang: str, commune: str) -> str:
        rng = self.rng
        for attempt in range(400):
            if lang == "nl" and sector["tnl"]:
                name = rng.choice(sector["tnl"]).format(N=rng.choice(NL_WORDS))
            elif sector["tfr"]:
                name = rng.choice(sector["tfr"]).format(F=rng.choice(FR_WORDS))
            else:
                name = rng.choice(sector["tnl"]).format(N=rng.choice(NL_WORDS))
            if attempt >= 200:  # many organisations of this sector: name it after its commune too
                name = f"{name} {COMMUNES[commune][0] if lang == 'nl' else commune}"
            if name not in self.used_names:
                self.used_names[name] = True
                return name
        raise RuntimeError("ran out of invented names")

    def host_languages(self, group: str) -> str:
        rng = self.rng
        if group == "fr":
            return wchoice(rng, ["fr", "fr;nl", "fr;en", "fr;nl;en"], [68, 16, 9, 7])
        if group == "nl":
            return wchoice(rng, ["nl", "nl;fr", "nl;fr;en", "nl;en"], [55, 30, 10, 5])
        return wchoice(rng, ["fr;nl", "nl;fr", "fr;nl;en"], [70, 12, 18])

    def description(self, sector: dict, lang: str, langs: str) -> str:
        rng = self.rng
        if lang == "nl":
            parts = [sector["dnl"] or rng.choice(GENERIC_DESC_NL), rng.choice(GENERIC_DESC_NL)]
        else:
            parts = [sector["dfr"] or rng.choice(GENERIC_DESC_FR), rng.choice(GENERIC_DESC_FR)]
        if "en" in langs.split(";") and rng.random() < 0.5:
            parts.append(GENERIC_DESC_EN)
        if rng.random() < 0.25:
            parts = parts[:1]
        sep = " "
        text = sep.join(parts)
        r = rng.random()
        if r < 0.04:
            text = text + "\n" + ("Accès : sonner à l'interphone « accueil »." if lang != "nl"
                                  else "Toegang: bellen bij \"onthaal\".")
        elif r < 0.10:
            text = text + (' Prévoir une pièce d\'identité ; "chaussures confortables".' if lang != "nl"
                           else ' Graag "comfortabele schoenen", want we wandelen mee.')
        return text

    def make_hosts(self):
        rng = self.rng
        sector_w = [s["w"] for s in SECTORS]
        while len(self.hosts) < self.n_hosts:
            sector = wchoice(rng, SECTORS, sector_w)
            group = wchoice(rng, ["fr", "nl", "bi"], list(sector["lang"]))
            name_lang = "nl" if group == "nl" else ("fr" if group == "fr" else rng.choice(["fr", "fr", "nl"]))
            if name_lang == "nl" and not sector["tnl"]:
                name_lang = "fr"
            if name_lang == "fr" and not sector["tfr"]:
                name_lang = "nl"
            home = self.pick_commune()
            org = self.org_name(sector, name_lang, home)
            n_sites = wchoice(rng, [1, 2, 3], [80, 13, 7])
            n_sites = min(n_sites, self.n_hosts - len(self.hosts))
            suffixes = SITE_SUFFIX_NL if name_lang == "nl" else SITE_SUFFIX_FR
            picked = rng.sample(suffixes, n_sites) if n_sites > 1 else []
            site_names: list[str] = []
            for i in range(n_sites):
                commune = home if (i == 0 or rng.random() < 0.3) else self.pick_commune()
                ll = self.host_languages(group).split(";")
                # the name's language leads the host's language list
                if name_lang in ll:
                    ll.remove(name_lang)
                ll.insert(0, name_lang)
                langs = ";".join(ll)
                lead = name_lang
                if n_sites > 1:
                    suf = picked[i]
                    if rng.random() < 0.25:
                        by_commune = ("Site " if name_lang == "fr" else "Vestiging ") + (
                            COMMUNES[commune][0] if name_lang == "nl" else commune)
                        if f"{org} — {by_commune}" not in site_names:
                            suf = by_commune
                    name = f"{org} — {suf}"
                    site_names.append(name)
                else:
                    name = org
                pl = self.place(commune, lead)
                first, last, _ = person(rng, "fl" if lead == "nl" and rng.random() < 0.8 else None)
                hid = len(self.hosts) + 1
                has_coords = rng.random() >= 0.05
                self.hosts.append(dict(
                    host_id=None, _n=hid, name=name, organization=org,
                    # org column blank for single-site hosts sometimes (default: name)
                    org_blank=(n_sites == 1 and rng.random() < 0.5),
                    sector=sector["nl"] if lead == "nl" else sector["fr"], _sector=sector,
                    address=pl["address"], postcode=pl["postcode"], commune=pl["commune"],
                    _commune=pl["commune_key"],
                    lat=pl["lat"] if has_coords else None, lon=pl["lon"] if has_coords else None,
                    languages=langs,
                    accessible=rng.random() < 0.55,
                    contact_name=f"{first} {last}",
                    contact_email=f"{email_local(first, last)}@{slug(org)[:28].strip('-')}.example",
                    contact_phone=phone(rng),
                    description=self.description(sector, lead, langs),
                    lead=lead,
                ))
        # shuffle so sites of one organisation are not always adjacent, then number
        rng.shuffle(self.hosts)
        for i, h in enumerate(self.hosts):
            h["host_id"] = f"H{i + 1:03d}"

    # -- sessions ------------------------------------------------------------
    def make_sessions(self):
        rng = self.rng
        counts = [1] * len(self.hosts)
        extra = self.n_sessions - len(self.hosts)
        # activity: most hosts open 1-3 slots, some open many
        activity = [rng.paretovariate(1.6) for _ in self.hosts]
        for _ in range(max(0, extra)):
            i = wchoice(rng, range(len(self.hosts)), activity)
            if counts[i] < 8:
                counts[i] += 1
            else:
                counts[rng.randrange(len(self.hosts))] += 1
        raw = []
        visit_starts = [9 * 60, 9 * 60 + 30, 10 * 60, 10 * 60 + 30, 11 * 60, 13 * 60 + 30, 14 * 60, 14 * 60 + 30,
                        15 * 60]
        day_w, forms_w = self.knobs["day_weights"], list(self.knobs["immersion_forms"])
        lengths_w = list(self.knobs["visit_lengths"])
        for h, k in zip(self.hosts, counts):
            busy: dict[dt.date, list[tuple[int, int]]] = {}
            imm_p = min(1.0, h["_sector"]["imm"] * self.knobs["immersion"])
            langs = h["languages"].split(";")
            for _ in range(k):
                for _attempt in range(50):
                    day = rng.choice(WEEK) if day_w is None else wchoice(rng, WEEK, day_w)
                    if rng.random() < imm_p:
                        kind = "immersion"
                        form = wchoice(rng, ["am", "pm", "day"], forms_w)
                        start, end = {"am": (540, 750), "pm": (810, 1020), "day": (540, 990)}[form]
                        cap = wchoice(rng, [1, 2], [65, 35])
                        minv = ""
                    else:
                        kind = "visit"
                        form = "visit"
                        start = rng.choice(visit_starts)
                        dur = wchoice(rng, [60, 90, 120, 150], lengths_w)
                        end = start + dur
                        cap = wchoice(rng, list(range(3, 13)), [6, 8, 10, 12, 14, 10, 10, 8, 5, 8])
                        r = rng.random()
                        minv = "" if r < 0.84 else ("2" if r < 0.93 else ("3" if r < 0.97 else "1"))
                        if minv and int(minv) > cap:
                            minv = ""
                    if any(not (end <= s or start >= e) for s, e in busy.get(day, [])):
                        continue
                    busy.setdefault(day, []).append((start, end))
                    break
                else:
                    continue
                slang = ""
                if len(langs) > 1 and rng.random() < 0.12:
                    slang = rng.choice(langs[:2])
                elif rng.random() < 0.02:
                    slang = h["languages"]
                title_lang = (slang or h["lead"]).split(";")[0]
                if kind == "visit":
                    title = {"nl": "Rondleiding", "en": "Visit"}.get(title_lang, rng.choice(["Visite", "Visite et échange"]))
                else:
                    half = form != "day"
                    if title_lang == "nl":
                        title = "Kijkstage (halve dag)" if half else "Kijkstage (volledige dag)"
                    else:
                        title = "Immersion (demi-journée)" if half else "Immersion (journée)"
                raw.append(dict(host=h, kind=kind, date=day, start=start, end=end, capacity=cap,
                                min_visitors=minv, languages=slang, title=title))
        raw.sort(key=lambda s: (s["date"], s["start"], s["end"], s["host"]["host_id"]))
        for i, s in enumerate(raw):
            s["session_id"] = f"S{i + 1:04d}"
        self.sessions = raw
        self.sessions_of: dict[str, list[dict]] = {}
        for s in raw:
            self.sessions_of.setdefault(s["host"]["host_id"], []).append(s)

    # -- visitors ------------------------------------------------------------
    def visitor_languages(self, origin: str) -> list[str]:
        rng = self.rng
        if origin == "fl":
            opts = (["nl"], ["nl", "fr"], ["nl", "fr", "en"], ["nl", "en"], ["fr", "nl"])
            w = [42, 33, 12, 8, 5]
        else:
            opts = (["fr"], ["fr", "nl"], ["nl"], ["fr", "en"], ["fr", "nl", "en"], ["en", "fr"], ["fr", "ar"],
                    ["en"], ["nl", "fr"])
            w = [56, 15, 5, 11, 5, 2, 3, 1, 2]
        return list(wchoice(rng, opts, w))

    def odd_case(self, s: str) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.25:
            return "  " + s.replace(" ", "  ") + " "
        if r < 0.5:
            return s.upper()
        if r < 0.75:
            return ascii_fold(s)
        return s[:1].upper() + s[1:] + " "

    def registration_times(self) -> list[dt.datetime]:
        rng = self.rng
        span = (REG_CLOSE - REG_OPEN).total_seconds()
        out = []
        for _ in range(self.n_visitors):
            r = rng.random()
            if r < 0.35:  # the rush on the first days
                secs = rng.expovariate(1 / (1.5 * 86400))
            elif r < 0.85:
                secs = rng.random() * span
            else:  # last-minute wave
                secs = span - rng.expovariate(1 / (2 * 86400))
            secs = min(max(secs, 0), span)
            t = REG_OPEN + dt.timedelta(seconds=int(secs))
            if t.hour < 7:  # mostly during the day
                t = t.replace(hour=rng.randint(7, 21))
            out.append(t)
        out.sort()
        return out

    def availability(self) -> str:
        rng = self.rng
        if rng.random() < self.knobs["free_all_week"]:
            return ""
        days = sorted(rng.sample(WEEK, wchoice(rng, [1, 2, 3, 4], [20, 35, 30, 15])))
        parts = []
        for d in days:
            ds = d.isoformat()
            f = wchoice(rng, ["day", "am", "pm", "ampm", "win"], [45, 20, 18, 4, 13])
            if f == "day":
                parts.append(ds)
            elif f == "am":
                parts.append(f"{ds} am")
            elif f == "pm":
                parts.append(f"{ds} pm")
            elif f == "ampm":
                parts.extend([f"{ds} am", f"{ds} pm"])
            else:
                a, b = rng.choice([(510, 720), (540, 900), (780, 1020), (600, 960), (840, 1050)])
                parts.append(f"{ds} {fmt_time(a)}-{fmt_time(b)}")
        return ";".join(parts)

    def make_visitors(self):
        rng = self.rng
        hosts = self.hosts
        n = len(hosts)
        # Zipf-like popularity over a random order of hosts
        # Zipf-like popularity, ranked within each bassin (each bassin has its favourites);
        # the favourites (top ~6% of the ranks) are hosts that open real capacity.
        cap = {h["host_id"]: sum(s["capacity"] for s in self.sessions_of.get(h["host_id"], [])) for h in hosts}
        pop = [0.0] * n
        for b in BASSINS:
            order = [i for i in range(n) if self.bassin_of[hosts[i]["_commune"]] == b]
            if not order:
                continue
            rng.shuffle(order)
            n_fav = max(3, len(order) // self.knobs["favourites_divisor"])
            # ... and mostly bilingual ones, which draw visitors from both sides of the language line
            fav = [i for i in order if 6 <= cap[hosts[i]["host_id"]] <= 20
                   and ("fr" in hosts[i]["languages"] and "nl" in hosts[i]["languages"]
                        or rng.random() < 0.3)][:n_fav]
            fav_set = {i: True for i in fav}
            order = fav + [i for i in order if i not in fav_set]
            for rank, i in enumerate(order):
                pop[i] = 1.0 / (rank + 1) ** self.zipf
        host_orgs = []
        for h in hosts:
            if h["organization"] not in host_orgs:
                host_orgs.append(h["organization"])
        hosts_of_org: dict[str, list[dict]] = {}
        for h in hosts:
            hosts_of_org.setdefault(h["organization"], []).append(h)
        host_bassin = [self.bassin_of[h["_commune"]] for h in hosts]
        host_org_key = [fold_key(h["organization"]) for h in hosts]
        times = self.registration_times()
        used_emails: dict[str, int] = {}
        for vi in range(self.n_visitors):
            first, last, origin = person(rng)
            langs = self.visitor_languages(origin)
            lang_main = langs[0]
            nl_side = lang_main == "nl"
            # organisation and sector
            r = rng.random()
            sector = ""
            if r < 0.20:
                org = rng.choice(host_orgs)
                sec = hosts_of_org[org][0]["_sector"]
                sector = sec["nl"] if nl_side else sec["fr"]
                rr = rng.random()
                if rr < 0.15:
                    org = org.lower()
                elif rr < 0.25:
                    org = "  " + org.replace(" ", "  ") + " "
                elif rr < 0.30:
                    org = ascii_fold(org)
                own_org = org
            elif r < 0.80:
                if nl_side:
                    org = rng.choice(VISITOR_ORGS_NL).format(N=rng.choice(NL_WORDS)) if rng.random() < 0.8 \
                        else rng.choice(VISITOR_ORGS_FIXED_NL)
                else:
                    org = rng.choice(VISITOR_ORGS_FR).format(F=rng.choice(FR_WORDS)) if rng.random() < 0.8 \
                        else rng.choice(VISITOR_ORGS_FIXED_FR)
                own_org = None
            else:
                org = ""
                own_org = None
            if not sector:
                rs = rng.random()
                if rs < 0.22:
                    sector = ""
                elif rs < 0.30:
                    sector = rng.choice(VISITOR_EXTRA_SECTORS)
                else:
                    sec = wchoice(rng, SECTORS, [s["w"] for s in SECTORS])
                    sector = sec["nl"] if nl_side else sec["fr"]
            if sector and rng.random() < 0.12:
                sector = self.odd_case(sector)
            role = ""
            if rng.random() < 0.85:
                role = rng.choice(ROLES_NL if nl_side else (ROLES_EN if lang_main == "en" else ROLES_FR))
            # home bassin (region profile: choices are mostly local)
            if self.bassin is None:
                home_commune = wchoice(rng, list(COMMUNES), [COMMUNES[c][1] for c in COMMUNES])
            else:
                home_commune = self.pick_commune() if rng.random() < 0.85 else rng.choice(list(COMMUNES))
            home_bassin = self.bassin_of[home_commune]
            own_key = fold_key(own_org) if own_org is not None else None
            needs_access = rng.random() < 0.03
            # choices
            n_choices = wchoice(rng, [0, 1, 2, 3, 4, 5, 6, 7], list(self.knobs["choice_counts"]))
            weights = []
            for i, h in enumerate(hosts):
                w = pop[i]
                hl = h["languages"].split(";")
                if not any(l in hl for l in langs):
                    w *= 0.01  # people rarely pick a visit they cannot follow
                if self.bassin is None and host_bassin[i] == home_bassin:
                    w *= 5.0
                if needs_access and not h["accessible"]:
                    w *= 0.3  # they mostly pick places they know to be accessible
                if own_key is not None and host_org_key[i] == own_key:
                    w *= 0.02  # rarely your own organisation
                weights.append(w)
            chosen_hosts: list[int] = []
            avail = list(range(n))
            for c in range(min(n_choices, n)):
                ws = [weights[i] ** (1.25 if c == 0 else 1.0) for i in avail]
                j = wchoice(rng, range(len(avail)), ws)
                chosen_hosts.append(avail.pop(j))
            entries: list[str] = []
            for i in chosen_hosts:
                h = hosts[i]
                ss = self.sessions_of.get(h["host_id"], [])
                if ss and rng.random() < 0.22:
                    entries.append(rng.choice(ss)["session_id"])
                    if len(ss) > 1 and rng.random() < 0.1:
                        entries.append(rng.choice(ss)["session_id"])
                else:
                    entries.append(h["host_id"])
            if entries and rng.random() < 0.05:
                k = rng.randrange(len(entries))
                entries.insert(rng.randrange(k, len(entries)) + 1, entries[k])  # duplicate
            if entries and rng.random() < 0.03:  # host id and one of its sessions
                h0 = entries[0]
                if h0.startswith("H") and self.sessions_of.get(h0):
                    entries.append(rng.choice(self.sessions_of[h0])["session_id"])
            # a few pick their own organisation by mistake
            if own_key is not None and rng.random() < 0.10:
                mine = [h for i, h in enumerate(hosts) if host_org_key[i] == own_key]
                if mine:
                    entries.insert(rng.randrange(len(entries) + 1), rng.choice(mine)["host_id"])
            open_sugg = rng.random() < (self.knobs["open_to_suggestions"] if entries else 0.8)
            mv = wchoice(rng, ["", "1", "2", "3", "0"], [45, 22, 22, 10, 1])
            language = ""
            rl = rng.random()
            if rl < 0.45:
                language = langs[0]
            elif rl < 0.52 and len(langs) > 1:
                language = langs[1]
            local = email_local(first, last)
            dom = rng.choice(EMAIL_DOMAINS)
            em = f"{local}@{dom}"
            if em in used_emails:
                used_emails[em] += 1
                em = f"{local}{used_emails[em]}@{dom}"
            else:
                used_emails[em] = 1
            t = times[vi]
            offset = "+02:00" if t < DST_END else "+01:00"
            self.visitors.append(dict(
                visitor_id=f"V{vi + 1:04d}", first_name=first, last_name=last, email=em,
                phone=phone(rng) if rng.random() < 0.4 else "", role=role, organization=org, sector=sector,
                language=language, languages=";".join(langs), max_visits=mv, choices=";".join(entries),
                available=self.availability(),
                needs_access=fmt_bool(rng, needs_access, lang_main),
                open_to_suggestions=fmt_bool(rng, open_sugg, lang_main),
                registered_at=t.strftime("%Y-%m-%dT%H:%M:%S") + offset,
                commune=home_commune,
            ))

    # -- output --------------------------------------------------------------
    def write(self, out: str, event_name: str):
        os.makedirs(out, exist_ok=True)
        bassin_line = f"bassin: {self.bassin}\n" if self.bassin else "bassin: Région de Bruxelles-Capitale\n"
        with open(os.path.join(out, "event.yaml"), "w", encoding="utf-8", newline="\n") as f:
            f.write("# Synthetic data generated by benchmarks/generate.py "
                    f"(profile {self.profile}); no real organisation or person.\n")
            f.write(f'name: "{event_name}"\n')
            f.write(bassin_line)
            f.write("timezone: Europe/Brussels\n")
            f.write("max_choices: 5\n")
            f.write("default_max_visits: 2\n")
            f.write("travel:\n  speed_kmh: 12\n  overhead_min: 10\n  default_min: 30\n")
            f.write("objective: [coverage, preference, mix]\n")

        def w(name, header, rows):
            with open(os.path.join(out, name), "w", encoding="utf-8", newline="") as f:
                cw = csv.writer(f, delimiter=",", quotechar='"', quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
                cw.writerow(header)
                for r in rows:
                    cw.writerow(r)

        w("hosts.csv",
          ["host_id", "name", "organization", "sector", "address", "postcode", "commune", "lat", "lon",
           "languages", "accessible", "contact_name", "contact_email", "contact_phone", "description"],
          [[h["host_id"], h["name"], "" if h["org_blank"] else h["organization"], h["sector"], h["address"],
            h["postcode"], h["commune"],
            "" if h["lat"] is None else f"{h['lat']:.5f}", "" if h["lon"] is None else f"{h['lon']:.5f}",
            h["languages"], fmt_bool(self.rng, h["accessible"], h["lead"]), h["contact_name"],
            h["contact_email"], h["contact_phone"], h["description"]] for h in self.hosts])
        w("sessions.csv",
          ["session_id", "host_id", "kind", "date", "start", "end", "capacity", "min_visitors", "languages",
           "title"],
          [[s["session_id"], s["host"]["host_id"], "" if (s["kind"] == "visit" and self.rng.random() < 0.1)
            else s["kind"], s["date"].isoformat(), fmt_time(s["start"]), fmt_time(s["end"]), str(s["capacity"]),
            s["min_visitors"], s["languages"], s["title"]] for s in self.sessions])
        vcols = ["visitor_id", "first_name", "last_name", "email", "phone", "role", "organization", "sector",
                 "language", "languages", "max_visits", "choices", "available", "needs_access",
                 "open_to_suggestions", "registered_at", "commune"]
        w("visitors.csv", vcols, [[v[c] for c in vcols] for v in self.visitors])


def main(argv=None):
    ap = argparse.ArgumentParser(description="Generate a synthetic po-plan input folder (canonical format).")
    ap.add_argument("--profile", required=True, choices=sorted(PROFILES))
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True, help="output folder (created)")
    ap.add_argument("--bassin", choices=sorted(BASSINS), help="override the profile's bassin")
    ap.add_argument("--hosts", type=int, help="override the number of hosts")
    ap.add_argument("--sessions", type=int, help="override the number of sessions")
    ap.add_argument("--visitors", type=int, help="override the number of visitors")
    a = ap.parse_args(argv)
    p = PROFILES[a.profile]
    bassin = a.bassin or p["bassin"]
    n_hosts = a.hosts or p["hosts"]
    n_sessions = max(a.sessions or p["sessions"], n_hosts)
    g = Gen(a.profile, a.seed, n_hosts, n_sessions, a.visitors or p["visitors"], bassin, knobs_of(p))
    g.make_hosts()
    g.make_sessions()
    g.make_visitors()
    g.write(a.out, p["event"])
    print(f"{a.out}: {len(g.hosts)} hosts, {len(g.sessions)} sessions, {len(g.visitors)} visitors "
          f"(profile {a.profile}, seed {a.seed}, synthetic)", file=sys.stderr)


if __name__ == "__main__":
    main()
