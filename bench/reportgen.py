"""Synthetic match reports: plausible wire-style prose for benchmarks and batch tests.

The benchmarks need hundreds to tens of thousands of reports of a realistic length (500-700
words) and the batch tests need a few dozen that differ from each other. Every report is made
from a seed, so a run is reproducible, and the facts used to write it (teams, score, scorers)
are returned next to the text for anyone who wants to check an extraction against them.

>>> report = generate_report(7)
>>> 500 <= len(report.text.split()) <= 700
True
>>> generate_report(7).text == report.text
True
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

CLUBS = [
    ("Ashford Rovers", "Rovers"), ("Bramley Athletic", "Athletic"), ("Castleton United", "United"),
    ("Dunmore City", "City"), ("Eastwick Wanderers", "Wanderers"), ("Fenwick Albion", "Albion"),
    ("Glenholm Town", "Town"), ("Harrowgate Rangers", "Rangers"), ("Ivybridge Celtic", "Celtic"),
    ("Kingsmere Harriers", "Harriers"), ("Longford Villa", "Villa"), ("Marston Forest", "Forest"),
]
FIRST = ["Luca", "Jonas", "Mateo", "Kofi", "Erik", "Tomas", "Ruben", "Ilya", "Sami", "Owen",
         "Diego", "Henrik", "Yusuf", "Pavel", "Callum", "Andre", "Nico", "Theo", "Marek", "Jamal"]
LAST = ["Hartley", "Okafor", "Lindqvist", "Moreau", "Brennan", "Sato", "Kovac", "Delgado",
        "Whitlock", "Ferreira", "Nowak", "Abara", "Quinlan", "Vasquez", "Holm", "Petrov",
        "Mensah", "Castell", "Drummond", "Iversen"]
COMPETITIONS = ["Premier Division", "League Cup", "Northern Shield", "Championship", "FA Trophy"]
VENUES = ["Riverside Park", "the Old Mill Ground", "Station Road", "the Harbour Stadium", "Elm Lane"]

GOAL_LINES = [
    "{player} put {team} ahead in the {minute}th minute, sweeping a low shot past the keeper.",
    "In the {minute}th minute {player} headed in a corner to score for {team}.",
    "{player} converted a penalty in the {minute}th minute after a clumsy challenge in the box.",
    "{team} scored through {player} on {minute} minutes, a curling effort into the far corner.",
    "{player} finished calmly in the {minute}th minute, set up by {assist}.",
]
CARD_LINES = [
    "{player} of {team} was booked in the {minute}th minute for a late tackle.",
    "The referee showed {player} a yellow card on {minute} minutes for dissent.",
    "{player} was sent off in the {minute}th minute after a second bookable offence.",
]
FILLER = [
    "The opening exchanges were scrappy, with neither side able to keep the ball for long.",
    "Both managers made changes at the break, looking for more control in midfield.",
    "The home crowd grew restless as a string of passes went astray near the halfway line.",
    "Chances were few and far between during a cagey spell either side of the hour mark.",
    "A heavy pitch made quick combinations difficult and slowed the tempo of the game.",
    "The visitors pressed high and forced several errors from the back line.",
    "Wide players on both flanks struggled to deliver crosses of any real quality.",
    "The goalkeeper was busy throughout, claiming high balls and organising his defence.",
    "Substitutes brought fresh legs, and the final quarter opened up considerably.",
    "There was a lengthy stoppage while a player received treatment near the touchline.",
    "The midfield battle was fierce, with tackles flying in from both sides.",
    "A counter attack down the left almost produced a goal, but the final pass was overhit.",
    "Set pieces looked like the most likely source of a breakthrough for long periods.",
    "The manager said afterwards that his side had shown character after a difficult week.",
    "Supporters in the away end kept up their singing through the rain.",
    "A deflected shot looped over the bar, and the resulting corner came to nothing.",
]


@dataclass
class Report:
    text: str
    home: str
    away: str
    score: tuple[int, int]
    scorers: list[tuple[int, str, str]] = field(default_factory=list)


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def generate_report(seed: int, min_words: int = 500, max_words: int = 700) -> Report:
    """One report of min_words..max_words words, the same for the same seed."""
    rng = random.Random(seed)
    (home, home_short), (away, away_short) = rng.sample(CLUBS, 2)
    goals = sorted(rng.sample(range(2, 90), rng.randint(0, 5)))
    scorers = [(minute, rng.choice((home, away)), _name(rng)) for minute in goals]
    score = (sum(t == home for _, t, _ in scorers), sum(t == away for _, t, _ in scorers))
    competition, venue = rng.choice(COMPETITIONS), rng.choice(VENUES)

    lines = [
        f"{home} {score[0]}-{score[1]} {away}",
        "",
        f"{home} and {away} met in the {competition} at {venue} on a cold evening, "
        f"and the match finished {score[0]}-{score[1]}.",
    ]
    for minute, team, player in scorers:
        lines.append(rng.choice(GOAL_LINES).format(player=player, team=team, minute=minute,
                                                   assist=_name(rng)))
        lines.append(rng.choice(FILLER))
    for _ in range(rng.randint(0, 3)):
        lines.append(rng.choice(CARD_LINES).format(player=_name(rng), team=rng.choice((home_short, away_short)),
                                                   minute=rng.randint(5, 90)))
    shots = (rng.randint(4, 20), rng.randint(4, 20))
    possession = rng.randint(35, 65)
    stats = (f"{home_short} had {shots[0]} shots to {shots[1]} and {possession} per cent of possession, "
             f"with an expected goals figure of {rng.uniform(0.3, 3):.1f} against {rng.uniform(0.3, 3):.1f}.")
    # The headline counts towards the length too.
    target = rng.randint(min_words, max_words) - len(lines[0].split())
    limit = max_words - len(lines[0].split())
    body = lines[2:]
    while len(" ".join(body).split()) < target - len(stats.split()):
        body.insert(rng.randint(1, len(body)), rng.choice(FILLER))
    body.append(stats)
    # A long filler sentence can overshoot: drop fillers until the report fits again.
    while len(" ".join(body).split()) > limit:
        body.pop(max(i for i, line in enumerate(body) if line in FILLER))
    text = "\n".join(lines[:2] + ["\n\n".join(body)]) + "\n"
    return Report(text=text, home=home, away=away, score=score, scorers=scorers)


def write_reports(directory: Path, count: int, start: int = 0) -> list[Path]:
    """Write reports seeded start..start+count-1 as NNNNNN.txt; returns their paths, sorted."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for seed in range(start, start + count):
        path = directory / f"{seed:06d}.txt"
        path.write_text(generate_report(seed).text, encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    import sys

    print(generate_report(int(sys.argv[1]) if len(sys.argv) > 1 else 0).text)
