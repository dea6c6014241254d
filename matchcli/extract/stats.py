"""Match statistics the report states: xG, shots, shots on target, possession.

Two forms: stat lines ("Shots: 15-7", "Possession: 55% - 45%", home first) and prose ("an xG of
2.61 from their 15 shots, nine of which were on target, compared to Dortmund's 0.93"). In prose
each figure belongs to the side named last before it in the sentence ("they" and "their" are the
previous sentence's subject); "16 shots to United's 15" and "Spain had 13" carry the stat on to
the other side; "ten shots each" gives both. A figure whose side is not told is left out.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex
from ..patterns import compile_pattern

from ..facts import StatPair, Stats
from .context import Context
from .cues import cued_words
from .numbers import CARDINAL, value

_NUM = rf"(?P<n>\d{{1,3}}(?:\.\d{{1,2}})?|{CARDINAL}|none|no)"
_LINE = compile_pattern(
    r"^(?P<label>expected\s+goals(?:\s*\(xg\))?|xg|shots\s+on\s+target|on\s+target|shots|total\s+shots|attempts|possession|ball\s+possession)"
    r"\s*[:\-|]?\s*(?P<a>\d{1,3}(?:\.\d{1,2})?)\s*%?\s*(?:-|v|vs|:|to|\|)\s*(?P<b>\d{1,3}(?:\.\d{1,2})?)\s*%?",
    regex.I,
)
_HALF_TIME_HEAD = compile_pattern(r"\s*(?:HT|half[\s-]?time|at\s+the\s+break|at\s+half[\s-]?time)\s*[:\-–]", regex.I)
# A stat named before its pair, anywhere in a sentence, a side's name allowed before each figure:
# "shots 13-11", "Possession: Bayer Leverkusen 63% - 37% RB Leipzig", "possession Inter 55% Napoli 45%",
# "Shots: Chelsea 14, Newcastle 11"
_LABELLED = compile_pattern(
    r"(?<![\w-])(?P<label>expected\s+goals(?:\s*\(xg\))?|xg|shots\s+on\s+target|on\s+target|total\s+shots|shots|total\s+attempts|possession|ball\s+possession)"
    r"\s*:?\s*(?:(?:(?-i:\p{Lu})[\p{L}.'-]*\s+){1,3})?(?P<a>\d{1,3}(?:\.\d{1,2})?)\s*%?\s*"
    r"(?:(?:[-–]|v|vs|to)\s*(?:(?:(?-i:\p{Lu})[\p{L}.'-]*\s+){1,3})?|,?\s*(?:(?-i:\p{Lu})[\p{L}.'-]*\s+){1,3})"
    r"(?P<b>\d{1,3}(?:\.\d{1,2})?)\s*%?(?!\s*(?:\d|minutes?|mins))", regex.I)
_XG_CONTEXT = compile_pattern(r"\bxg\b|expected\s+goals", regex.I)
# "a chance worth 0.64 expected goals", "carried an xG value of just 0.04": one shot's xG, not
# the side's
_ONE_CHANCE = compile_pattern(r"\b(?:chance|opportunity|effort|shot|header|attempt|finish|strike|penalty)\s+(?:\w+\s+){0,3}?(?:worth|valued\s+at)\s+(?:just\s+|only\s+)?$"
                              r"|\bxg\s+value\s+of\s+(?:just\s+|only\s+)?$", regex.I)
# "0.87 expected goals (xG) - 0.79 of which came from the penalty": a part of the figure before
_PART_OF_FIGURE = compile_pattern(r"\s+of\s+(?:which|them|those|that)\b", regex.I)
_DECIMAL = compile_pattern(r"(?<![\d.])(\d{1,2}\.\d{1,2})(?!\d|\.\d)")     # a full stop may follow
_POSSESSION = compile_pattern(r"(?<![\d.])(\d{1,2}(?:\.\d)?)\s?(?:%|per\s?cent|percent)", regex.I)
_POSSESSION_CONTEXT = compile_pattern(r"possession|of\s+the\s+ball", regex.I)
_ON_TARGET = compile_pattern(rf"(?<![\w.]){_NUM}\s+(?:apiece\s+|each\s+)?(?:(?:of\s+(?:which|them|ours|theirs)\s+(?:were\s+|was\s+)?|shots?\s+|efforts?\s+|attempts?\s+)?on\s+target"
                        r"|on-target\s+(?:shots|efforts|attempts))", regex.I)
_SHOTS = compile_pattern(rf"(?<![\w.]){_NUM}\s+(?:\w+\s+)?(?:shots|attempts|efforts)(?!\s+on\s+target|\s+(?:in|during)\s+the\s+(?:penalty\s+)?shoot[\s-]?out|\s+from\s+the\s+(?:penalty\s+)?spot)(?:\s+(?:at|on)\s+goal)?", regex.I)
_PAIR = compile_pattern(
    r"(?<![\d.])(?P<a>\d{1,2})\s?-\s?(?P<b>\d{1,2})\s+(?:in\s+terms\s+of\s+|on\s+|(?:edge|advantage|lead|margin)\s+(?:in|on)\s+)?(?P<kind>(?:shots|attempts|efforts)(?:\s+on\s+target)?)"
    r"|\bout-?sh[oa]t\w*\s+(?:[\w'.-]+\s+){0,3}?(?P<a2>\d{1,2})\s?-\s?(?P<b2>\d{1,2})",
    regex.I,
)
# "that figure was 61 per cent in the first half": a figure for part of the match, not the match
_PART_OF_MATCH = compile_pattern(r"\s*+(?:(?:%|per\s?cent|percent)\s*+)?(?:[a-z]+\s++){0,2}?(?:in|during|at|before|after)\s++(?:the\s++)?"
                               r"(?:(?:first|second|opening)[\s-]+(?:half|period|45)|half[\s-]?time|the\s+break|the\s+interval)\b", regex.I)
# The club's own voice ("we had 16", "our 50.2 per cent"): the side its site reports for.
_OF_OURS = compile_pattern(r"[\w.]+\s+of\s+ours\b", regex.I)
_WE = cued_words(compile_pattern(r"\b(?:we|our|ours|us)\b", regex.I), "we", "our", "ours", "us")
_ON_TARGET_FROM = compile_pattern(rf"(?<![\w.]){_NUM}\s+(?:shots?\s+|efforts?\s+|attempts?\s+)?on\s+target\s+(?:from|out\s+of)\s+(?:their\s+|his\s+|its\s+)?"
                             r"(?P<of>\d{1,2})(?!\s*(?:%|\.\d|shots|attempts|efforts))", regex.I)
_FACED = compile_pattern(r"\b(?:fac(?:ed|ing|es?)|conced(?:ed|ing|es?)|allow(?:ed|ing|s)?|gave\s+up|giving\s+up)\s+(?:\w+\s+){0,4}?(?:xg|expected)", regex.I)
_EACH = compile_pattern(r"\b(?:apiece|each)\b|\beach\s+side\b|\bboth\s+(?:sides|teams)\b", regex.I)
_THEY = compile_pattern(r"\b(?:they|their|them)\b", regex.I)
# "... to United's 15", "compared with Spain's 13", "Spain had 13": the same stat, other side
_CARRY = compile_pattern(rf"(?:;|\bto|\bagainst|\bcompared\s+(?:to|with)|\bversus|\bwhile|\bwhereas|\band)\s+(?P<team>[^,;.]{{0,30}}?)(?:'s?\s+|\s+(?:had|managed|mustered|took|attempted|registered)\s+){_NUM}(?!\s*(?:%|\.\d))", regex.I)


_CARRY_FOR = compile_pattern(rf"(?:\bcompared\s+(?:to|with)|\bagainst|\bversus)\s+(?:the\s+)?{_NUM}(?!\s*(?:%|\.\d))\s+(?:for|from|by|of)\s+", regex.I)
# "Nine of City's efforts hit the target": told before the side, read as told after it
_HIT_TARGET = compile_pattern(rf"(?<![\w.]){_NUM}\s+of\s+(?:[\w'.-]+\s+){{0,3}}?(?:efforts|shots|attempts)\s+(?:hit|found|were\s+on|tested)\s+(?:the\s+)?target", regex.I)
# A figure told for the side named right after it.
_FOR_SIDE = compile_pattern(r"[\w.]+%?\s+(?:[a-z-]+\s+){0,3}?for\s+|[\w.]+\s+of\s+(?=(?-i:\p{Lu}))", regex.I)
# The sentence's subject goes on after naming the other side: its figure, not the other's.
_SUBJECT_GOES_ON = compile_pattern(
    r",\s*with\s+$|'s?\s+[\w.]+\s+and\s+$|'s?\s+[\w.%]+\)\s*(?:but|and|yet)\s+(?:\w+\s+){0,3}$|\band\s+(?:also\s+)?(?:held|had|enjoyed|dominated|kept|controlled|registered|managed|mustered|created|"
    r"put|fired|landed|forced|got|(?:finished|ended)\s+with)\s+(?:[\w.%]+\s+)?$", regex.I)


@dataclass
class _Figure:
    pos: int            # absolute offset
    kind: str
    value: float
    both: bool = False
    pair: int = 0       # 1 or 2 for the figures of "8-5 in terms of shots": the subject's first


def find_stats(ctx: Context) -> Stats:
    values: dict[str, dict[str, float]] = {"xg": {}, "shots": {}, "shots_on_target": {}, "possession": {}}
    previous_subject: str | None = None
    we_side = first_person_side(ctx)
    guessed: set[tuple[str, str]] = set()      # (kind, side) values a later telling may correct
    half_time_paragraph = None
    for sentence in ctx.sentences:
        text = sentence.text
        refs = ctx.refs_in(sentence.start, sentence.end)
        if _HALF_TIME_HEAD.match(text):
            half_time_paragraph = sentence.paragraph
        if sentence.paragraph == half_time_paragraph:
            continue        # "HT: Inter 1-0 Napoli. Inter have had 58% of the ball": not the match's
        stat_word = _has_stat_word(text)      # every labelled, line or prose figure names one
        labelled = list(_LABELLED.finditer(text)) if stat_word else []
        if labelled:
            # "Full-time stats: possession Inter 55% Napoli 45%; shots 13-11": home first unless
            # a side is named before each figure
            for m in labelled:
                kind = _line_kind(m.group("label"))
                first = ctx.refs_in(sentence.start + m.start(), sentence.start + m.start("a"))
                home_first = not first or first[-1].role == "home"
                a, b = float(m.group("a")), float(m.group("b"))
                values[kind].setdefault("home", a if home_first else b)
                values[kind].setdefault("away", b if home_first else a)
            continue
        line = _LINE.match(text) if stat_word else None
        if line:
            kind = _line_kind(line.group("label"))
            values[kind].setdefault("home", float(line.group("a")))
            values[kind].setdefault("away", float(line.group("b")))
            continue
        figures = _figures(sentence.start, text) if stat_word else []
        if figures:
            _assign(ctx, sentence, figures, values, guessed, previous_subject, we_side)
        if refs and refs[0].start - sentence.start < 60:
            previous_subject = refs[0].role
    if "home" in values["possession"] and "away" not in values["possession"]:
        values["possession"]["away"] = round(100 - values["possession"]["home"], 1)
    elif "away" in values["possession"] and "home" not in values["possession"]:
        values["possession"]["home"] = round(100 - values["possession"]["away"], 1)
    return Stats(**{k: StatPair(**_ints(k, v)) if v else None for k, v in values.items()})


# Every prose figure is told with one of these words (the xG, possession, on-target, shots and
# "outshot" forms below): most sentences have none, and are passed over with one search.
_STAT_WORD = compile_pattern(r"xg|expected\s+goals|possession|of\s+the\s+ball|target|shots|attempts|efforts|sh[oa]t", regex.I)
# In ASCII text (where IGNORECASE is lower()) a _STAT_WORD match holds one of these: a lookup
# many times quicker than the search, which then runs only where one is there.
_STAT_SUBSTRINGS = ("xg", "goals", "possession", "ball", "target", "attempts", "efforts", "shot", "shat")


def _has_stat_word(text: str) -> bool:
    if text.isascii():
        low = text.lower()
        if not any(w in low for w in _STAT_SUBSTRINGS):
            return False
    return _STAT_WORD.search(text) is not None


def _figures(offset: int, text: str) -> list[_Figure]:
    found: list[_Figure] = []
    if not _has_stat_word(text):
        return found
    if _XG_CONTEXT.search(text):
        found += [_Figure(offset + m.start(), "xg", float(m.group(1))) for m in _DECIMAL.finditer(text)
                  if not _ONE_CHANCE.search(text, max(0, m.start() - 45), m.start()) and not _PART_OF_FIGURE.match(text, m.end())]
    if _POSSESSION_CONTEXT.search(text):
        found += [_Figure(offset + m.start(), "possession", float(m.group(1))) for m in _POSSESSION.finditer(text)]
    on_target = [(m.start(), m.end(), _count(m.group("n"))) for m in _ON_TARGET.finditer(text)]
    on_target += [(m.end() - 1, m.end(), _count(m.group("n"))) for m in _HIT_TARGET.finditer(text)]
    found += [_Figure(offset + s, "shots_on_target", v, both=bool(_EACH.search(text, max(0, s - 25), e + 12))) for s, e, v in on_target if v is not None]
    # "10 shots on target from 17": the 17 are the same side's shots
    found += [_Figure(offset + m.start("of"), "shots", v) for m in _ON_TARGET_FROM.finditer(text)
              if (v := _count(m.group("of"))) is not None]
    for m in _SHOTS.finditer(text):
        if any(s <= m.start() < e for s, e, _ in on_target):
            continue
        v = _count(m.group("n"))
        if v is not None:
            found.append(_Figure(offset + m.start(), "shots", v, both=bool(_EACH.search(text, max(0, m.start() - 25), m.end() + 8))))
    for m in _PAIR.finditer(text):
        kind = "shots_on_target" if "target" in (m.group("kind") or "").lower() else "shots"
        a, b = m.group("a") or m.group("a2"), m.group("b") or m.group("b2")
        found = [f for f in found if f.kind != kind]
        found += [_Figure(offset + m.start(), kind, float(a), pair=1),
                  _Figure(offset + m.start() + 1, kind, float(b), pair=2)]
    found = [f for f in found if not _PART_OF_MATCH.match(text, _figure_end(text, f.pos - offset))]
    found.sort(key=lambda f: f.pos)
    # "seven on target compared with three for the Bees": the stat just told
    _carry(found, offset, _CARRY_FOR.finditer(text), latest=True)
    _carry(found, offset, _CARRY.finditer(text), latest=False)
    found.sort(key=lambda f: f.pos)
    return found


def _figure_end(text: str, pos: int) -> int:
    """Where the number starting at `pos` ends."""
    m = _NUMBER_AT.match(text, pos)
    return m.end() if m else pos


_NUMBER_AT = compile_pattern(r"[\w.]+")


def _carry(found: list[_Figure], offset: int, matches, latest: bool) -> None:
    """A bare number that carries a stat already told in the sentence on to the other side."""
    for m in matches:
        prior = [f for f in found if f.pos < offset + m.start("n")]
        v = _count(m.group("n"))
        if prior and v is not None and not any(f.pos == offset + m.start("n") for f in found):
            # "61% of possession and 18 shots to West Ham's seven": a whole number carries a count
            counts = [f for f in prior if f.kind in ("shots", "shots_on_target")]
            if latest:
                pick = prior[-1]        # "seven on target compared with three for the Bees"
            elif counts and "." not in m.group("n"):
                pick = counts[0]
            else:
                pick = prior[0]
            found.append(_Figure(offset + m.start("n"), pick.kind, v))


def _count(word: str) -> float | None:
    if word.lower() in ("none", "no"):
        return 0.0
    if "." in word:
        return float(word)
    v = value(word)
    return float(v) if v is not None else None


def _ints(kind: str, pair: dict[str, float]) -> dict[str, float]:
    if kind == "xg":
        return pair
    return {side: int(v) if float(v).is_integer() else v for side, v in pair.items()}


def _line_kind(label: str) -> str:
    label = label.lower()
    if "target" in label:
        return "shots_on_target"
    if "xg" in label or "expected" in label:
        return "xg"
    if "possession" in label:
        return "possession"
    return "shots"


def says_we(ctx: Context, sentence) -> bool:
    """The sentence speaks in a club's own voice ("we", "our") outside quotes."""
    return any(not ctx.quoted(sentence.start + m.start()) for m in _WE.finditer(sentence.text))


def first_person_side(ctx: Context) -> str | None:
    """A club site's "we" outside quotes: the other side from the one its first such sentence
    names ("Valencia had 18 shots; we had 16"). Read once a report (stats and cards ask)."""
    if "first_person_side" not in ctx.cache:
        ctx.cache["first_person_side"] = _first_person_side(ctx)
    return ctx.cache["first_person_side"]


def _first_person_side(ctx: Context) -> str | None:
    for sentence in ctx.sentences:
        if says_we(ctx, sentence):
            roles = {r.role for r in ctx.refs_in(sentence.start, sentence.end)}
            if len(roles) == 1:
                return ctx.other(roles.pop())
    return None


def _assign(ctx: Context, sentence, figures: list[_Figure], values: dict, guessed: set[tuple[str, str]],
            previous_subject: str | None, we_side: str | None = None) -> None:
    """Each figure goes to the side named last before it; the second of two same-kind figures
    with one side known goes to the other side."""
    refs = ctx.refs_in(sentence.start, sentence.end)
    by_kind: dict[str, list[tuple[_Figure, str | None]]] = {}
    adjacent: set[int] = set()      # figures written right after a side's name ("the visitors' 41.7")
    for f in figures:
        if f.pair and refs:
            by_kind.setdefault(f.kind, []).append((f, refs[0].role if f.pair == 1 else ctx.other(refs[0].role)))
            continue
        before = [r for r in refs if r.end <= f.pos]
        after = [r for r in refs if r.start > f.pos]
        side = before[-1].role if before else None
        if after and _FOR_SIDE.fullmatch(ctx.folded, f.pos, after[0].start):
            side = after[0].role        # "three for the Bees", "0.87 for Thomas Frank's side"
        elif before and refs[0].start - sentence.start < 60 and refs[0] is not before[-1] \
                and _SUBJECT_GOES_ON.search(ctx.folded, before[-1].end, f.pos):
            side = refs[0].role         # "Columbus outshot Cincinnati 17-9 and held 58 percent"
        if side and f.kind == "xg" and _FACED.search(ctx.folded, before[-1].end if before else sentence.start, f.pos):
            side = ctx.other(side)      # "only facing an xG tally of 0.66": the opponents' chances
        if before and f.pos - before[-1].end <= 4:
            adjacent.add(f.pos)
        they = _THEY.search(ctx.folded, before[-1].end if before else sentence.start, f.pos)
        # "we had 16", "six of ours on target"
        we = _WE.search(ctx.folded, before[-1].end if before else sentence.start, f.pos) or _OF_OURS.match(ctx.folded, f.pos)
        if we_side and we and not ctx.quoted(we.start()):
            side = we_side
        if side is None and (they or not before):
            side = previous_subject     # "they", or a sentence naming no side: the one before's subject
        by_kind.setdefault(f.kind, []).append((f, side))
    for kind, items in by_kind.items():
        paired = None       # the figure whose side is only "the other one" of the pair
        if len(items) == 2:
            (f1, s1), (f2, s2) = items
            if s2 and s1 == s2 and f2.pos in adjacent and f1.pos not in adjacent:
                s1, paired = ctx.other(s2), f1
            elif s1 and (s2 is None or s2 == s1):
                s2, paired = ctx.other(s1), f2
            elif s2 and s1 is None:
                s1, paired = ctx.other(s2), f1
            items = [(f1, s1), (f2, s2)]
        for f, side in items:
            targets = ("home", "away") if f.both else (side,) if side else ()
            for t in targets:
                # a figure told for its side outright outranks one given a side only by pairing
                # ("United's 1.8 ... from the 1.5 xG" of another game, then "West Ham's were 1.6")
                if t not in values[kind] or ((kind, t) in guessed and f is not paired):
                    values[kind][t] = f.value
                    guessed.discard((kind, t))
                    if f is paired:
                        guessed.add((kind, t))
