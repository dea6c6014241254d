"""Match statistics the report states: xG, shots, shots on target, possession.

Two forms: stat lines ("Shots: 15-7", "Possession: 55% - 45%", home first) and prose ("an xG of
2.61 from their 15 shots, nine of which were on target, compared to Dortmund's 0.93"), where each
figure belongs to the side named last before it. A figure whose side is not told is left out.
"""
from __future__ import annotations

import regex

from ..models import StatPair, Stats
from .context import Context
from .numbers import CARDINAL, value

_NUM = rf"(?P<n>\d{{1,3}}(?:\.\d{{1,2}})?|{CARDINAL})"
_LINE = regex.compile(
    r"^(?P<label>expected\s+goals(?:\s*\(xg\))?|xg|shots\s+on\s+target|on\s+target|shots|total\s+shots|attempts|possession|ball\s+possession)"
    r"\s*[:\-]?\s*(?P<a>\d{1,3}(?:\.\d{1,2})?)\s*%?\s*(?:-|v|vs|:|to)\s*(?P<b>\d{1,3}(?:\.\d{1,2})?)\s*%?",
    regex.I,
)
_XG_CONTEXT = regex.compile(r"\bxg\b|expected\s+goals", regex.I)
_DECIMAL = regex.compile(r"(?<![\d.])(\d{1,2}\.\d{1,2})(?![\d.])")
_POSSESSION = regex.compile(r"(?<![\d.])(\d{1,2}(?:\.\d)?)\s?(?:%|per\s?cent|percent)(?:\s+(?:of\s+)?(?:the\s+)?(?:possession|ball))?", regex.I)
_POSSESSION_CONTEXT = regex.compile(r"possession|of\s+the\s+ball", regex.I)
_ON_TARGET = regex.compile(rf"(?<![\w.]){_NUM}\s+(?:of\s+(?:which|them)\s+(?:were|was)\s+|shots?\s+|efforts?\s+|attempts?\s+)?on\s+target", regex.I)
_SHOTS = regex.compile(rf"(?<![\w.]){_NUM}\s+(?:\w+\s+)?(?:shots|attempts|efforts)(?!\s+on\s+target)(?:\s+(?:at|on)\s+goal)?", regex.I)


def find_stats(ctx: Context) -> Stats:
    values: dict[str, dict[str, float]] = {"xg": {}, "shots": {}, "shots_on_target": {}, "possession": {}}
    for sentence in ctx.sentences:
        text = sentence.text
        line = _LINE.match(text)
        if line:
            kind = _line_kind(line.group("label"))
            values[kind].setdefault("home", float(line.group("a")))
            values[kind].setdefault("away", float(line.group("b")))
            continue
        if _XG_CONTEXT.search(text):
            _assign(ctx, sentence, values["xg"], [(m.start(), float(m.group(1))) for m in _DECIMAL.finditer(text)])
        if _POSSESSION_CONTEXT.search(text):
            _assign(ctx, sentence, values["possession"], [(m.start(), float(m.group(1))) for m in _POSSESSION.finditer(text)])
        on_target = [(m.start(), value(m.group("n"))) for m in _ON_TARGET.finditer(text)]
        shots = [(m.start(), value(m.group("n"))) for m in _SHOTS.finditer(text)
                 if not any(m.start() <= s < m.end() for s, _ in on_target)]
        _assign(ctx, sentence, values["shots_on_target"], [(s, float(v)) for s, v in on_target if v is not None])
        _assign(ctx, sentence, values["shots"], [(s, float(v)) for s, v in shots if v is not None])
    if "home" in values["possession"] and "away" not in values["possession"]:
        values["possession"]["away"] = round(100 - values["possession"]["home"], 1)
    elif "away" in values["possession"] and "home" not in values["possession"]:
        values["possession"]["home"] = round(100 - values["possession"]["away"], 1)
    return Stats(**{k: StatPair(**_ints(k, v)) if v else None for k, v in values.items()})


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


def _assign(ctx: Context, sentence, out: dict[str, float], figures: list[tuple[int, float]]) -> None:
    """Give each figure to the side named last before it in the sentence; with two figures and
    one side known, the other figure is the other side's."""
    if not figures:
        return
    refs = ctx.refs_in(sentence.start, sentence.end)
    sides: list[str | None] = []
    for rel, _ in figures:
        before = [r for r in refs if r.end <= sentence.start + rel]
        sides.append(before[-1].role if before else None)
    if len(figures) == 2 and sides.count(None) == 1:
        known = next(s for s in sides if s)
        sides = [s or ctx.other(known) for s in sides]
    if len(figures) == 2 and sides[0] == sides[1] and sides[0] is not None:
        sides[1] = ctx.other(sides[0])
    for (_, v), side in zip(figures, sides):
        if side and side not in out:
            out[side] = v
