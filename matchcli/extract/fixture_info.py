"""Which competition, which stage, where: named in the opening of a report, not in its asides.

A competition named before a team noun ("the Serie A side", "the Bundesliga leaders") describes a
team; "into the last 16", "will face X in the final" name a stage still to come.
"""
from __future__ import annotations

from functools import lru_cache

import regex
from ..patterns import cached_build, compile_pattern

from .context import Context
from .lexicon import PhraseMatcher, alternation, load
from .sides import OTHER_MATCH
from .teams import gazetteer
from .tokens import key

OPENING_SENTENCES = 8


@lru_cache(maxsize=None)
def _lexicon():
    # built in ~4 ms (teams.json parsed again for its leagues), loaded from the start-up cache in ~0.5
    return cached_build("fixture-lexicon", _build_lexicon, (PhraseMatcher,))


def _build_lexicon():
    data = load("competitions")
    names: dict[str, str] = {}
    for canonical, aliases in data["competitions"].items():
        for alias in (canonical, *aliases):
            names[key(alias)] = canonical
    for league, info in load("teams").get("leagues", {}).items():
        names.setdefault(key(league), league)
        for alias in info.get("aliases", []):
            names.setdefault(key(alias), league)
    venue_nouns = "|".join(data["venue_nouns"])
    venue = compile_pattern(
        rf"\b(?:at|in)\s+(?P<v>{alternation(data['venues'], word_bounded=False)}|(?:the\s+)?\p{{Lu}}[\p{{L}}'.-]+(?:\s\p{{Lu}}[\p{{L}}'.-]+){{0,3}}\s(?:{venue_nouns}))(?!\w)"
    )
    stages = alternation(data["stages"], word_bounded=False)
    # A stage word is looked for before the lookbehind, which costs ten times as much at each word.
    stage = compile_pattern(
        rf"\b(?={stages})(?<!into\s(?:the\s)?|reach\s(?:the\s)?(?:\p{{Lu}}[\w-]*\s){{0,3}}|reached\s(?:the\s)?(?:\p{{Lu}}[\w-]*\s){{0,3}}|next\s|face\s[\w\s]{{0,30}}in\s(?:the\s)?|(?:place|berth|spot)\s+in\s+the\s+(?:[\w-]+\s+){{0,3}})\b(?P<s>{stages})"
        r"(?:[\s,]+(?P<leg>(?:first|second)[\s-]+leg))?\b"
        r"(?![\s-]+(?:whistle|kick|minutes?|seconds|day|third|ball|score|stages?|stretch|touch|word|result|round\s+of\s+fixtures|say))",
        regex.I,
    )
    return PhraseMatcher(names), names, venue, stage


_TEAM_NOUN = compile_pattern(r"\s+(?:side|club|team|outfit|giants|champions|leaders|strugglers|newcomers|holders|title|winners|runners-up|high-flyers|rivals)\b", regex.I)


def competition(ctx: Context) -> str | None:
    matcher, names, _, _ = _lexicon()
    for sentence in _opening(ctx):
        for m in matcher.finditer(sentence.text):
            if not m.group()[:1].isupper() or _TEAM_NOUN.match(sentence.text, m.end()):
                continue        # "championship hopes", "the Serie A side"
            return names.get(key(m.group()))
    return None


def stage(ctx: Context) -> str | None:
    *_, pattern = _lexicon()
    for sentence in _opening(ctx):
        m = pattern.search(sentence.text)
        if m:
            found = m.group("s").lower()
            return f"{found}, {m.group('leg').lower()}" if m.group("leg") else found
    return None


def venue(ctx: Context) -> str | None:
    _, _, pattern, _ = _lexicon()
    teams = gazetteer().index
    for sentence in _opening(ctx):
        for m in pattern.finditer(sentence.text):
            place = m.group("v")
            if key(place) not in teams:        # "at Dortmund" names a team's town, not a ground
                return place
    return None


def _opening(ctx: Context):
    count = 0
    for sentence in ctx.sentences:
        if sentence.start >= ctx.events_end or count >= OPENING_SENTENCES:
            break
        if sentence.has(OTHER_MATCH) or ctx.about_other_match(sentence):
            continue
        count += 1
        yield sentence
