"""Scoring a record against hand-made gold facts, and checking that gold is well formed.

Gold is a dict in the annotation format of `samples/*.json` (see the README section "Scoring
matchcli on your own reports"). The matching rules are the ones the team's corpus scorer uses,
so a number printed by `matchcli eval` means the same as the scorer's:

- a team name matches when one name's token set contains the other's, after casefolding,
  dropping accents and club words such as "fc" or "the" (`Borussia Dortmund` ~ `Dortmund`);
  a predicted team is placed on the gold side whose name or alias it matches;
- a player matches on token subset or an equal last token (`Samardzic` ~ `Lazar Samardzic`);
- a goal matches on team, player and minute + stoppage (equal, or within 3 when gold marks the
  minute approximate; a gold goal without a minute matches on team and player alone); the
  team+scorer tally is its own matching, so it is never below the full one (the corpus scorer
  can count fewer when a player's goals come out of order: the one place the numbers differ);
- a card matches on player (when gold names one), card type and team; its minute is not scored.

Pure: no I/O, no Typer, no rich. `evaluate()` scores one record; `Evaluation`s add up.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Optional

from .models import Match

# Club-form words that say nothing about which club it is ("AC Milan" is "Milan"). Kept equal to
# the corpus scorer's list: a different list would make the two tools disagree on team matches.
CLUB_WORDS = frozenset({"fc", "afc", "cf", "sc", "ac", "the", "club", "de", "cd", "sv", "vfl", "vfb", "1", "fk", "sk"})

# Letters NFKD does not split into base + accent.
_FOLD = str.maketrans({"ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "ß": "ss", "ı": "i", "đ": "d", "Đ": "d"})

APPROX_TOLERANCE = 3  # minutes either side for a gold minute marked minute_approx

# (stat, largest difference still counted as right): xG is printed to two decimals, possession
# sometimes to one.
STAT_TOLERANCES = (("xg", 0.005), ("shots", 0.0), ("shots_on_target", 0.0), ("possession", 0.5))

# Fact types scored as right/wrong per item, in the order the table shows them.
ACCURACY_KEYS = ("teams", "score", "aggregate", "shootout", "winner", "penalty", "own_goal", "stats")


# --- names and minutes ----------------------------------------------------------------------

def normalise(text: Optional[str]) -> str:
    """Casefolded words without accents or punctuation.

    >>> normalise("Atlético  Madrid!")
    'atletico madrid'
    >>> normalise("Ødegaard")
    'odegaard'
    """
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", text.translate(_FOLD))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def team_tokens(name: Optional[str]) -> frozenset[str]:
    """
    >>> sorted(team_tokens("The Arsenal FC"))
    ['arsenal']
    """
    return frozenset(normalise(name).split()) - CLUB_WORDS


def teams_match(a: Optional[str], b: Optional[str]) -> bool:
    """
    >>> teams_match("Dortmund", "Borussia Dortmund"), teams_match("Manchester City", "Manchester United")
    (True, False)
    """
    ta, tb = team_tokens(a), team_tokens(b)
    return bool(ta and tb) and (ta <= tb or tb <= ta)


def players_match(a: Optional[str], b: Optional[str]) -> bool:
    """
    >>> players_match("Samardzic", "Lazar Samardzic"), players_match("Lazar Samardzic", "Lazar Markovic")
    (True, False)
    """
    pa, pb = normalise(a).split(), normalise(b).split()
    if not pa or not pb:
        return False
    return set(pa) <= set(pb) or set(pb) <= set(pa) or pa[-1] == pb[-1]


def total_minute(minute: Optional[int], stoppage: Optional[int]) -> Optional[int]:
    """90+8 -> 98: minutes are compared as one number."""
    return None if minute is None else minute + (stoppage or 0)


def _side_names(gold: dict, side: str) -> list[str]:
    return [gold[side], *(gold.get(f"{side}_aliases") or [])]


def side_of(name: Optional[str], gold: dict) -> Optional[str]:
    """'home' or 'away': the gold side a predicted team name stands for. A name one side's names
    hold exactly wins ("Coventry City" is the away side even when the home side's aliases hold
    "City"); else the side whose names match it loosely (home first when both do)."""
    tokens = team_tokens(name)
    exact = [side for side in ("home", "away") if tokens and any(tokens == team_tokens(k) for k in _side_names(gold, side))]
    if len(exact) == 1:
        return exact[0]
    for side in ("home", "away"):
        if any(teams_match(name, known) for known in _side_names(gold, side)):
            return side
    return None


def _gold_side(team: Optional[str], gold: dict) -> Optional[str]:
    """Gold names its teams exactly as `home`/`away`, so no fuzzy matching here."""
    return "home" if team == gold["home"] else "away" if team == gold["away"] else None


def _minute_text(minute: Optional[int], stoppage: Optional[int]) -> str:
    if minute is None:
        return "?"
    return f"{minute}+{stoppage}" if stoppage else str(minute)


# --- tallies ---------------------------------------------------------------------------------

@dataclass
class Evaluation:
    """Counts for one or more reports, and what was missed.

    `counts` keys: `<fact>.ok` / `<fact>.total` for the ACCURACY_KEYS; `goals.tp` (team, scorer
    and minute right), `scorers.tp` (team and scorer right), `goals.predicted`, `goals.gold`,
    `cards.tp`, `cards.predicted`, `cards.gold`. `misses` are lines a person can act on.
    """

    counts: Counter = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)

    def __add__(self, other: "Evaluation") -> "Evaluation":
        return Evaluation(self.counts + other.counts, self.misses + other.misses)

    def check(self, fact: str, ok: bool, miss: str = "") -> None:
        self.counts[f"{fact}.ok"] += int(ok)
        self.counts[f"{fact}.total"] += 1
        if not ok and miss:
            self.misses.append(miss)

    def accuracy(self, fact: str) -> Optional[float]:
        """Share of `fact` items right; None when the reports held none to score."""
        total = self.counts[f"{fact}.total"]
        return self.counts[f"{fact}.ok"] / total if total else None

    def prf(self, kind: str) -> tuple[float, float, float]:
        """Precision, recall, F1 for 'goals', 'scorers' (goals on team+scorer) or 'cards'."""
        base = "goals" if kind == "scorers" else kind
        return prf(self.counts[f"{kind}.tp"], self.counts[f"{base}.predicted"], self.counts[f"{base}.gold"])

    @property
    def perfect(self) -> bool:
        return not self.misses


def prf(tp: int, predicted: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall, F1; predicting nothing where gold has nothing is perfect.

    >>> prf(2, 4, 2)
    (0.5, 1.0, 0.6666666666666666)
    >>> prf(0, 0, 0)
    (1.0, 1.0, 1.0)
    """
    precision = tp / predicted if predicted else (0.0 if gold else 1.0)
    recall = tp / gold if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


# --- scoring one record ----------------------------------------------------------------------

def evaluate(match: Match, gold: dict) -> Evaluation:
    """Score one record against the gold facts of the same report."""
    ev = Evaluation()
    pred_home = match.home.name if match.home else None
    pred_away = match.away.name if match.away else None
    # Which gold side the record's home team is: pairs in the record are read through it.
    home_side = side_of(pred_home, gold)
    away_side = side_of(pred_away, gold)
    if home_side == "home" or away_side == "away":
        swapped: Optional[bool] = False
    elif home_side == "away" or away_side == "home":
        swapped = True
    else:
        swapped = None  # neither team recognised: the record's pairs cannot be read

    ev.check("teams", {home_side, away_side} == {"home", "away"},
             f"teams: got {pred_home!r} v {pred_away!r}, want {gold['home']!r} v {gold['away']!r}")
    for fact in ("score", "aggregate", "shootout"):
        _score_pair(ev, fact, getattr(match, fact), gold.get(fact), swapped)
    _score_winner(ev, match.winner, gold)
    _score_goals(ev, match, gold)
    _score_cards(ev, match, gold)
    _score_stats(ev, match, gold, swapped=home_side == "away")
    return ev


def _score_pair(ev: Evaluation, fact: str, pred, want: Optional[dict], swapped: Optional[bool]) -> None:
    if pred is None and want is None:
        return  # nothing stated, nothing claimed
    got = None
    if pred is not None and swapped is not None:
        got = {"home": pred.away, "away": pred.home} if swapped else {"home": pred.home, "away": pred.away}
    shown = f"{pred.home}-{pred.away}" if pred is not None else None
    wanted = f"{want['home']}-{want['away']}" if want is not None else None
    ev.check(fact, want is not None and got == want, f"{fact}: got {shown}, want {wanted}")


def _score_winner(ev: Evaluation, winner: Optional[str], gold: dict) -> None:
    want = gold.get("winner")
    if want is None and winner is None:
        return
    want_side = _gold_side(want, gold)
    ok = side_of(winner, gold) == want_side if want_side else winner is None
    ev.check("winner", ok, f"winner: got {winner!r}, want {want!r}")


def _score_goals(ev: Evaluation, match: Match, gold: dict) -> None:
    wanted = list(gold.get("goals") or [])
    preds = match.goals
    pred_sides = [side_of(p.team, gold) for p in preds]

    def same_scorer(g: dict, i: int) -> bool:
        return pred_sides[i] == _gold_side(g["team"], gold) and players_match(preds[i].player, g["scorer"])

    def same_minute(g: dict, i: int) -> bool:
        want = total_minute(g.get("minute"), g.get("stoppage"))
        if want is None:
            return True
        got = total_minute(preds[i].minute, preds[i].stoppage)
        tolerance = APPROX_TOLERANCE if g.get("minute_approx") else 0
        return got is not None and abs(got - want) <= tolerance

    # Two greedy matchings in gold order, each prediction used at most once: on team+scorer, and
    # on team+scorer+minute. (The corpus scorer takes the first from inside the second's scan,
    # which can leave a brace told out of order with fewer scorer matches than full matches.)
    scorer_used: set[int] = set()
    used: set[int] = set()
    for g in wanted:
        i = next((i for i in range(len(preds)) if i not in scorer_used and same_scorer(g, i)), None)
        if i is not None:
            scorer_used.add(i)
            ev.counts["scorers.tp"] += 1
        i = next((i for i in range(len(preds)) if i not in used and same_scorer(g, i) and same_minute(g, i)), None)
        if i is None:
            ev.misses.append(f"goal missed: {g['scorer']} {_minute_text(g.get('minute'), g.get('stoppage'))} ({g['team']})")
            continue
        used.add(i)
        ev.counts["goals.tp"] += 1
        for flag in ("penalty", "own_goal"):
            want, got = bool(g.get(flag)), bool(getattr(preds[i], flag))
            if want or got:
                ev.check(flag, want == got, f"{flag} flag: got {got}, want {want} for {g['scorer']}")
    for i, p in enumerate(preds):
        if i not in used:
            ev.misses.append(f"goal extra/wrong: {p.player} {_minute_text(p.minute, p.stoppage)} ({p.team})")
    ev.counts["goals.predicted"] += len(preds)
    ev.counts["goals.gold"] += len(wanted)


def _score_cards(ev: Evaluation, match: Match, gold: dict) -> None:
    wanted = list(gold.get("cards") or [])
    preds = match.cards
    used: set[int] = set()

    def same_card(c: dict, i: int) -> bool:
        p = preds[i]
        if c.get("player") and not players_match(p.player, c["player"]):
            return False  # an unnamed gold player ("a Celtic defender") matches on team and type
        if p.card != c["card"]:
            return False
        side = _gold_side(c.get("team"), gold)
        return side is None or side_of(p.team, gold) == side

    for c in wanted:
        i = next((i for i in range(len(preds)) if i not in used and same_card(c, i)), None)
        if i is None:
            ev.misses.append(f"card missed: {c.get('player')} {c['card']} ({c.get('team')})")
            continue
        used.add(i)
        ev.counts["cards.tp"] += 1
    for i, p in enumerate(preds):
        if i not in used:
            ev.misses.append(f"card extra/wrong: {p.player} {p.card} ({p.team})")
    ev.counts["cards.predicted"] += len(preds)
    ev.counts["cards.gold"] += len(wanted)


def _score_stats(ev: Evaluation, match: Match, gold: dict, *, swapped: bool) -> None:
    """Only figures gold states are scored: a record may know more than the text annotated."""
    stats = gold.get("stats") or {}
    for name, tolerance in STAT_TOLERANCES:
        pair = getattr(match.stats, name)
        for side in ("home", "away"):
            want = (stats.get(name) or {}).get(side)
            if want is None:
                continue
            pred_side = {"home": "away", "away": "home"}[side] if swapped else side
            got = getattr(pair, pred_side) if pair is not None else None
            ev.check("stats", got is not None and abs(got - want) <= tolerance,
                     f"stat {name}.{side}: got {got}, want {want}")


# --- gold format -----------------------------------------------------------------------------

GOLD_KEYS = frozenset({
    "source", "publisher", "language", "competition", "stage", "home", "away", "home_aliases",
    "away_aliases", "score", "after_extra_time", "shootout", "aggregate", "first_leg", "winner",
    "goals", "goals_complete", "cards", "penalties_missed", "stats", "notes",
})
GOLD_REQUIRED = frozenset({"home", "away", "score", "goals", "goals_complete", "winner"})
GOAL_KEYS = frozenset({"team", "scorer", "minute", "stoppage", "minute_approx", "penalty", "own_goal", "header", "assist"})
CARD_KEYS = frozenset({"team", "player", "card", "minute", "stoppage", "minute_approx"})
MISSED_PENALTY_KEYS = frozenset({"team", "player", "minute", "stoppage", "outcome"})
CARD_KINDS = frozenset({"yellow", "second_yellow", "red"})
PENALTY_OUTCOMES = frozenset({"saved", "missed", "woodwork"})
STAT_KEYS = frozenset(name for name, _ in STAT_TOLERANCES)
PAIRS = ("score", "shootout", "aggregate", "first_leg")


def check_gold(gold: Any) -> list[str]:
    """Problems that make a gold dict unusable or self-contradictory; [] when it is fine."""
    if not isinstance(gold, dict):
        return ["gold is not a JSON object"]
    problems: list[str] = []
    if unknown := sorted(set(gold) - GOLD_KEYS):
        problems.append(f"unknown keys {unknown}")
    if missing := sorted(GOLD_REQUIRED - set(gold)):
        return problems + [f"missing keys {missing}"]
    home, away = gold["home"], gold["away"]
    if not (isinstance(home, str) and isinstance(away, str) and home and away and home != away):
        return problems + [f"home and away must be two different names, got {home!r} and {away!r}"]
    teams = {home, away}
    for key in PAIRS:
        problems += _pair_problems(gold.get(key), key)
    if gold["winner"] not in teams | {None}:
        problems.append(f"winner {gold['winner']!r} is neither team")
    for key in ("home_aliases", "away_aliases"):
        if not isinstance(gold.get(key, []), list):
            problems.append(f"{key} must be a list")
    problems += _items_problems(gold["goals"], "goal", GOAL_KEYS, teams, optional_team=False)
    problems += _items_problems(gold.get("cards") or [], "card", CARD_KEYS, teams, optional_team=True)
    problems += _items_problems(gold.get("penalties_missed") or [], "missed penalty", MISSED_PENALTY_KEYS,
                                teams, optional_team=True)
    for i, card in enumerate(gold.get("cards") or []):
        if isinstance(card, dict) and card.get("card") not in CARD_KINDS:
            problems.append(f"card {i}: type {card.get('card')!r} is not one of {sorted(CARD_KINDS)}")
    for i, pen in enumerate(gold.get("penalties_missed") or []):
        if isinstance(pen, dict) and pen.get("outcome") not in PENALTY_OUTCOMES:
            problems.append(f"missed penalty {i}: outcome {pen.get('outcome')!r}")
    problems += _stats_problems(gold.get("stats") or {})
    if not problems:
        problems += _consistency_problems(gold)
    return problems


def _pair_problems(value: Any, key: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, dict) or set(value) != {"home", "away"}:
        return [f"{key}: want {{home, away}} or null, got {value!r}"]
    if not all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in value.values()):
        return [f"{key}: goals must be whole numbers >= 0, got {value!r}"]
    return []


def _items_problems(items: Any, label: str, keys: frozenset, teams: set, *, optional_team: bool) -> list[str]:
    if not isinstance(items, list):
        return [f"{label}s must be a list"]
    problems = []
    allowed = teams | {None} if optional_team else teams
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            problems.append(f"{label} {i}: not an object")
            continue
        if differ := sorted(set(item) ^ keys):
            problems.append(f"{label} {i}: keys {differ} differ from the format")
        if item.get("team") not in allowed:
            problems.append(f"{label} {i}: team {item.get('team')!r} is neither team")
        for key in ("minute", "stoppage"):
            value = item.get(key)
            if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
                problems.append(f"{label} {i}: {key} must be a whole number or null, got {value!r}")
        if item.get("stoppage") is not None and item.get("minute") is None:
            problems.append(f"{label} {i}: stoppage without a minute")
    return problems


def _stats_problems(stats: Any) -> list[str]:
    if not isinstance(stats, dict):
        return ["stats must be an object"]
    problems = [f"stats: unknown stat {k!r}" for k in sorted(set(stats) - STAT_KEYS)]
    for key, pair in stats.items():
        if not isinstance(pair, dict) or not set(pair) <= {"home", "away"}:
            problems.append(f"stats.{key}: want {{home, away}}, got {pair!r}")
        elif not all(v is None or isinstance(v, (int, float)) for v in pair.values()):
            problems.append(f"stats.{key}: values must be numbers or null")
    return problems


def _consistency_problems(gold: dict) -> list[str]:
    problems = []
    score = gold.get("score")
    if gold["goals_complete"] and score:
        for side in ("home", "away"):
            listed = sum(1 for g in gold["goals"] if g["team"] == gold[side])
            if listed != score[side]:
                problems.append(f"goals_complete, but {listed} {side} goals listed for a score of {score[side]}")
    aggregate, first_leg = gold.get("aggregate"), gold.get("first_leg")
    if aggregate and first_leg and score:
        if any(first_leg[s] + score[s] != aggregate[s] for s in ("home", "away")):
            problems.append("aggregate is not first_leg + score")
    decided = aggregate or score  # a two-legged tie goes to penalties when the aggregate is level
    if gold.get("shootout") and decided and decided["home"] != decided["away"]:
        problems.append("a shootout after a tie that was not level")
    return problems
