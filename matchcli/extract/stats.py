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

from ..models import StatPair, Stats
from .context import Context
from .numbers import CARDINAL, value

_NUM = rf"(?P<n>\d{{1,3}}(?:\.\d{{1,2}})?|{CARDINAL}|none|no)"
_LINE = regex.compile(
    r"^(?P<label>expected\s+goals(?:\s*\(xg\))?|xg|shots\s+on\s+target|on\s+target|shots|total\s+shots|attempts|possession|ball\s+possession)"
    r"\s*[:\-]?\s*(?P<a>\d{1,3}(?:\.\d{1,2})?)\s*%?\s*(?:-|v|vs|:|to)\s*(?P<b>\d{1,3}(?:\.\d{1,2})?)\s*%?",
    regex.I,
)
_XG_CONTEXT = regex.compile(r"\bxg\b|expected\s+goals", regex.I)
_DECIMAL = regex.compile(r"(?<![\d.])(\d{1,2}\.\d{1,2})(?![\d.])")
_POSSESSION = regex.compile(r"(?<![\d.])(\d{1,2}(?:\.\d)?)\s?(?:%|per\s?cent|percent)", regex.I)
_POSSESSION_CONTEXT = regex.compile(r"possession|of\s+the\s+ball", regex.I)
_ON_TARGET = regex.compile(rf"(?<![\w.]){_NUM}\s+(?:apiece\s+|each\s+)?(?:of\s+(?:which|them)\s+(?:were|was)\s+|shots?\s+|efforts?\s+|attempts?\s+)?on\s+target", regex.I)
_SHOTS = regex.compile(rf"(?<![\w.]){_NUM}\s+(?:\w+\s+)?(?:shots|attempts|efforts)(?!\s+on\s+target)(?:\s+(?:at|on)\s+goal)?", regex.I)
_PAIR = regex.compile(
    r"(?<![\d.])(?P<a>\d{1,2})\s?-\s?(?P<b>\d{1,2})\s+(?:in\s+terms\s+of\s+|on\s+)?(?P<kind>(?:shots|attempts|efforts)(?:\s+on\s+target)?)"
    r"|\bout-?sh[oa]t\w*\s+(?:[\w'.-]+\s+){0,3}?(?P<a2>\d{1,2})\s?-\s?(?P<b2>\d{1,2})",
    regex.I,
)
_EACH = regex.compile(r"\b(?:apiece|each)\b|\beach\s+side\b|\bboth\s+(?:sides|teams)\b", regex.I)
_THEY = regex.compile(r"\b(?:they|their|them)\b", regex.I)
# "... to United's 15", "compared with Spain's 13", "Spain had 13": the same stat, other side
_CARRY = regex.compile(rf"(?:\bto|\bagainst|\bcompared\s+(?:to|with)|\bversus|\bwhile|\bwhereas|\band)\s+(?P<team>[^,;.]{{0,30}}?)(?:'s?\s+|\s+(?:had|managed|mustered|took|attempted|registered)\s+){_NUM}(?!\s*(?:%|\.\d))", regex.I)


_CARRY_FOR = regex.compile(rf"(?:\bcompared\s+(?:to|with)|\bagainst|\bversus)\s+{_NUM}(?!\s*(?:%|\.\d))\s+for\s+", regex.I)
# A figure told for the side named right after it.
_FOR_SIDE = regex.compile(r"[\w.]+%?\s+(?:[a-z-]+\s+){0,3}?for\s+", regex.I)
# The sentence's subject goes on after naming the other side: its figure, not the other's.
_SUBJECT_GOES_ON = regex.compile(
    r",\s*with\s+$|\band\s+(?:also\s+)?(?:held|had|enjoyed|dominated|kept|controlled|registered|managed|mustered|created|"
    r"(?:finished|ended)\s+with)\s+(?:[\w.%]+\s+)?$", regex.I)


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
    for sentence in ctx.sentences:
        text = sentence.text
        refs = ctx.refs_in(sentence.start, sentence.end)
        line = _LINE.match(text)
        if line:
            kind = _line_kind(line.group("label"))
            values[kind].setdefault("home", float(line.group("a")))
            values[kind].setdefault("away", float(line.group("b")))
            continue
        figures = _figures(sentence.start, text)
        if figures:
            _assign(ctx, sentence, figures, values, previous_subject)
        if refs and refs[0].start - sentence.start < 60:
            previous_subject = refs[0].role
    if "home" in values["possession"] and "away" not in values["possession"]:
        values["possession"]["away"] = round(100 - values["possession"]["home"], 1)
    elif "away" in values["possession"] and "home" not in values["possession"]:
        values["possession"]["home"] = round(100 - values["possession"]["away"], 1)
    return Stats(**{k: StatPair(**_ints(k, v)) if v else None for k, v in values.items()})


# Every prose figure is told with one of these words (the xG, possession, on-target, shots and
# "outshot" forms below): most sentences have none, and are passed over with one search.
_STAT_WORD = regex.compile(r"xg|expected\s+goals|possession|of\s+the\s+ball|target|shots|attempts|efforts|sh[oa]t", regex.I)


def _figures(offset: int, text: str) -> list[_Figure]:
    found: list[_Figure] = []
    if not _STAT_WORD.search(text):
        return found
    if _XG_CONTEXT.search(text):
        found += [_Figure(offset + m.start(), "xg", float(m.group(1))) for m in _DECIMAL.finditer(text)]
    if _POSSESSION_CONTEXT.search(text):
        found += [_Figure(offset + m.start(), "possession", float(m.group(1))) for m in _POSSESSION.finditer(text)]
    on_target = [(m.start(), m.end(), _count(m.group("n"))) for m in _ON_TARGET.finditer(text)]
    found += [_Figure(offset + s, "shots_on_target", v, both=bool(_EACH.search(text, e - 20, e + 12))) for s, e, v in on_target if v is not None]
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
    found.sort(key=lambda f: f.pos)
    # "seven on target compared with three for the Bees": the stat just told
    _carry(found, offset, _CARRY_FOR.finditer(text), latest=True)
    _carry(found, offset, _CARRY.finditer(text), latest=False)
    found.sort(key=lambda f: f.pos)
    return found


def _carry(found: list[_Figure], offset: int, matches, latest: bool) -> None:
    """A bare number that carries a stat already told in the sentence on to the other side."""
    for m in matches:
        prior = [f for f in found if f.pos < offset + m.start()]
        v = _count(m.group("n"))
        if prior and v is not None and not any(f.pos == offset + m.start("n") for f in found):
            found.append(_Figure(offset + m.start("n"), prior[-1 if latest else 0].kind, v))


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


def _assign(ctx: Context, sentence, figures: list[_Figure], values: dict, previous_subject: str | None) -> None:
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
        if before and f.pos - before[-1].end <= 4:
            adjacent.add(f.pos)
        they = _THEY.search(ctx.folded, before[-1].end if before else sentence.start, f.pos)
        if side is None and (they or not before):
            side = previous_subject     # "they", or a sentence naming no side: the one before's subject
        by_kind.setdefault(f.kind, []).append((f, side))
    for kind, items in by_kind.items():
        if len(items) == 2:
            (f1, s1), (f2, s2) = items
            if s2 and s1 == s2 and f2.pos in adjacent and f1.pos not in adjacent:
                s1 = ctx.other(s2)
            elif s1 and (s2 is None or s2 == s1):
                s2 = ctx.other(s1)
            elif s2 and s1 is None:
                s1 = ctx.other(s2)
            items = [(f1, s1), (f2, s2)]
        for f, side in items:
            targets = ("home", "away") if f.both else (side,) if side else ()
            for t in targets:
                values[kind].setdefault(t, f.value)
