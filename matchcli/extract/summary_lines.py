"""List-style lines: line-ups ("Man City: James, Mills (Wright-Phillips 83), ..."), scorer lists
("Goals: Rooney 68, Dunne 75 og", "Lyon 4 (Tolisso 71, Cherki 104)"), and the bare "Williams
72." lines agency and BBC archive reports put under each line-up.

Line-ups teach the roster which side each player is on; scorer lists are goals.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex
from ..patterns import compile_pattern

from .context import Context
from .goals import GoalMention
from .minutes import MinuteMention
from .people import never_a_name
from .text import Sentence

# Possessive runs from a word start: a name cannot backtrack letter by letter.
_NAME = r"(?<![\p{L}'.-])\p{Lu}[\p{L}'.-]*+(?:\s(?:(?:de|da|van|von|der|den|di|dos|del|le|la|el|al|ter|ten|mac)\s)*\p{Lu}[\p{L}'.-]*+){0,3}"
_MIN = r"\d{1,3}(?:st|nd|rd|th)?(?:\s?\+\s?\d{1,2})?'?"
_TAG = r"(?:\s*(?:\(\s*)?(?P<tag>pen|p|pen\.|og|o\.g\.|OG|penalty|own\s+goal)(?:\s*\))?)?"
_ITEM = compile_pattern(
    rf"(?P<name>{_NAME})\s*(?:,?\s+(?P<mins>(?:(?:og|pen)\s+)?{_MIN}(?:\s*(?:pen|p|og|o\.g\.|\(pen\.?\)|\(og\)))?(?:\s*,\s*{_MIN}(?:\s*(?:pen|p|og|o\.g\.|\(pen\.?\)|\(og\)))?)*)"
    rf"|\s*\((?P<paren>(?:(?:og|pen|penalty|own\s+goal)\s+)?{_MIN}(?:,?\s*(?:pen\.?|penalty|p|og|o\.g\.|own\s+goal))?(?:\s*,\s*{_MIN}(?:,?\s*(?:pen\.?|penalty|p|og|o\.g\.))?)*)\))"
)
_MIN_TAG = compile_pattern(rf"(?P<pre>(?:og|own\s+goal|pen|penalty)\s+)?(?P<m>\d{{1,3}})(?:st|nd|rd|th)?(?:\s?\+\s?(?P<s>\d{{1,2}}))?'?,?{_TAG}", regex.I)
_LABEL = compile_pattern(r"^(?:goals?|scorers?|goalscorers?|goal\s*scorers?|scoring)\s*:\s*", regex.I)
# Section headers of agency and box-score copy; a line "TEAM: ..." below one lists that side.
_SECTION = compile_pattern(
    r"^(?:(?P<goals>goals?|scorers?|goalscorers?|goal\s*scorers?|scoring)|(?P<yellow>yellow\s+cards?|booked|bookings|cautions?|cautioned|discipline)"
    r"|(?P<red>red\s+cards?|sent\s+off|sendings?[\s-]off|dismissals?|dismissed))(?:\s*:\s*|\s+(?=(?-i:\p{Lu})))",
    regex.I,
)


@dataclass
class ListLine:
    sentence: Sentence
    kind: str                  # goals | yellow | red
    side: str | None
    body: int                  # offset (in the sentence) where the items start


def list_lines(ctx: Context) -> list[ListLine]:
    """Every line of a scorer or card list, with its side when a team label gives it."""
    cached = ctx.cache.get("list_lines")
    if cached is not None:
        return cached
    out: list[ListLine] = []
    ctx.cache["list_lines"] = out
    section: str | None = None
    previous_end = -1
    for s in ctx.sentences:
        if not s.line_start:
            section = None if s.start - previous_end > 2 else section
        header = _SECTION.match(s.text)
        if header:
            kind = next(k for k in ("goals", "yellow", "red") if header.group(k))
            section = kind
            rest = s.text[header.end():]
            if rest.strip():
                side = _label_side(ctx, s, header.end())
                out.append(ListLine(s, kind, side[0], side[1]))
        elif section and (s.line_start or s.start - previous_end <= 2) and not _is_lineup(s.text) and not _FORMATION.search(s.text):
            # "Booked: Fulham: Djetou. Blackburn: Tugay, Flitcroft.": the next team's label (not
            # the next team's line-up, "Man Utd: Carroll, Gary Neville, ...")
            side, body = _label_side(ctx, s, 0)
            if side is None:
                section = None      # only "TEAM: ..." lines continue a section
            else:
                out.append(ListLine(s, section, side, body))
        elif s.line_start:
            section = None
        previous_end = s.end
    return out


def _label_side(ctx: Context, s: Sentence, rel: int) -> tuple[str | None, int]:
    """'FC Twente: Sato (41)' -> ('away', offset after the colon)."""
    colon = s.text.find(":", rel)
    if 0 <= colon - rel < 40:
        refs = ctx.refs_in(s.start + rel, s.start + colon)
        if refs:
            return refs[0].role, colon + 1
    return None, rel
_FORMATION = compile_pattern(r"\(\d-\d-\d(?:-\d)?\)")
# a list of at least six players, after the line's start, a label's colon or a formation
# ("Newcastle United (4-3-3) Pope; Livramento, ...")
_LINEUP = compile_pattern(r"(?:^|:\s|\d\)\s)(?:[^,\n]{2,40},\s*){5,}[^,\n]{2,40}")


def _is_lineup(text: str) -> bool:
    # the pattern tries every character, and a match holds five commas at least: counted first
    return text.count(",") >= 5 and _LINEUP.search(text) is not None
_BARE_GOALS = compile_pattern(rf"^(?:{_NAME}\s+{_MIN}(?:\s*\(?(?i:pen|og|o\.g)\.?\)?)?(?:\s*,\s*{_MIN}(?:\s*\(?(?i:pen|og|o\.g)\.?\)?)?)*(?:\s*[,;]\s*|\s*\.?\s*$))+")


def _blocks(ctx: Context) -> list[tuple[Sentence, str | None]]:
    """Each line-up line with the side it belongs to: its label, else home first, away second."""
    cached = ctx.cache.get("lineup_blocks")
    if cached is not None:
        return cached
    out: list[tuple[Sentence, str | None]] = []
    ctx.cache["lineup_blocks"] = out
    unlabeled = 0
    for s in ctx.sentences:
        if not _is_lineup(s.text) or s.text.count("(") > s.text.count(",") or _LABEL.match(s.text):
            continue
        colon = s.text.find(":")
        formation = _FORMATION.search(s.text, 0, 60)
        # "Tottenham (4-3-3) Vicario; ...": the name before the formation labels it too
        label_end = colon if colon >= 0 or not formation else formation.start()
        side = None
        if 0 < label_end < 40:
            refs = ctx.refs_in(s.start, s.start + label_end)
            side = refs[0].role if refs else None
        if side is None and colon <= 0:
            side = ("home", "away")[unlabeled] if unlabeled < 2 else None
            unlabeled += 1
        out.append((s, side))
    return out


def learn_lineups(ctx: Context) -> None:
    for sentence, side in _blocks(ctx):
        if side is None:
            continue
        for n in ctx.names_in(sentence.start, sentence.end):
            ctx.roster.vote(n.surface, side, 3.0)


# "Arsenal 2 (Saka 12, Havertz 78)": a team's goals listed after its score
_TEAM_LIST = compile_pattern(r"(?P<n>\d{1,2})\s*\((?P<body>[^()]{3,300})\)")


def find_listed_goals(ctx: Context) -> list[GoalMention]:
    out: list[GoalMention] = []
    blocks = _blocks(ctx)
    listed = {id(line.sentence): line for line in list_lines(ctx)}
    box_side: str | None = None     # inside a match box: whose scorers the lines under it list
    ratings = False                 # past a "Player ratings" heading
    for s in ctx.sentences:
        text = s.text
        if s.line_start:
            box_side = _box_side(ctx, s, box_side)
            # (one scorer a line, as a box lists them; "Watkins 19; Gordon 52, Guimaraes 71"
            # under a fixture line mixes both sides)
            if box_side and _BARE_GOALS.match(text) and len({m.group("name") for m in _ITEM.finditer(text)}) == 1:
                out.extend(_items(ctx, s, 0, len(text), side=box_side))
                continue
        line = listed.get(id(s))
        if line is not None:
            if line.kind == "goals":
                out.extend(_items(ctx, s, line.body, len(text), side=line.side))
            continue
        team_lists = list(_TEAM_LIST.finditer(text))
        if team_lists and s.line_start:
            for m in team_lists:
                refs = [r for r in ctx.refs_in(s.start, s.start + m.start()) if r.end <= s.start + m.start()]
                side = refs[-1].role if refs else None
                out.extend(_items(ctx, s, m.start("body"), m.end("body"), side=side))
            continue
        if s.line_start and _RATINGS_HEADING.search(text):
            ratings = True
        if s.line_start and _BARE_GOALS.match(text) and (blocks or s.paragraph <= 2) and not ratings:
            # under the line-ups, or a scorers line under the headline ("Watkins 19; Gordon 52");
            # not "Dalot 8, De Ligt 7" under "PLAYER RATINGS": marks out of ten
            prior = [side for b, side in blocks if b.start < s.start]
            side = prior[-1] if prior else None
            out.extend(_items(ctx, s, 0, len(text), side=side))
    return out


_RATINGS_HEADING = compile_pattern(r"^[^.\n]{0,40}\bratings\b[^.\n]{0,20}$", regex.I)


def group_team(ctx: Context, s: Sentence, rel: int, rel_end: int) -> str | None:
    """"Balerdi (38th, o.g.), Tolisso (81st) for Lyon; Greenwood (70th) for Marseille": the team
    the group holding `rel` (offsets in the sentence) ends with. Goal and card lists alike."""
    group_end = s.text.find(";", rel, rel_end)
    told = _FOR_TEAM.search(s.text, rel, group_end if group_end != -1 else rel_end)
    if not told:
        return None
    refs = ctx.refs_in(s.start + told.start("team"), s.start + told.end("team"))
    return refs[0].role if refs else None


_FOR_TEAM = compile_pattern(r"\bfor\s+(?P<team>[^;,.()]{2,40}?)\s*(?:[;.]|$)")


def _box_side(ctx: Context, s: Sentence, side: str | None) -> str | None:
    """Wikipedia's match box: "Lens 2–1 Nice" on a line of its own, the home scorers' lines
    ("Thauvin 20'"), a "Report" line, the away scorers' lines. The side the line starts or goes
    on with, None once the box is over."""
    if _BOX_FIXTURE.match(s.text):
        refs = ctx.refs_in(s.start, s.end)
        if len({r.role for r in refs}) == 2:
            return "home"
    if side is None:
        return None
    if _BOX_REPORT.match(s.text):
        return "away"
    return side if _BARE_GOALS.match(s.text) else None


_BOX_FIXTURE = compile_pattern(r"^[^\n\d]{2,60}?\s\d{1,2}\s?[-–]\s?\d{1,2}(?:\s*\([^()\n]{1,30}\))?\s[^\n\d]{2,60}$")
_BOX_REPORT = compile_pattern(r"^(?:match\s+)?report\s*$", regex.I)


def _items(ctx: Context, s: Sentence, rel_start: int, rel_end: int, side: str | None) -> list[GoalMention]:
    out = []
    for item in _ITEM.finditer(s.text, rel_start, rel_end):
        surface = item.group("name").strip()
        item_side = side or group_team(ctx, s, item.end(), rel_end)
        if never_a_name(surface.split()[0]):
            continue        # "Attendance 52,104." under the line-ups
        scorer = ctx.roster.name(surface)
        for mt in _MIN_TAG.finditer(item.group("mins") or item.group("paren") or ""):
            tag = (mt.group("tag") or mt.group("pre") or "").lower().strip()
            own = tag.startswith(("og", "o.g", "own"))
            minute = int(mt.group("m"))
            stoppage = int(mt.group("s")) if mt.group("s") else None
            if minute > 130 or (stoppage or 0) > 30:
                continue        # "Saka 250" is not a minute of a match
            start = s.start + item.start()
            mention = MinuteMention(start, start + len(item.group()), minute, stoppage, raw_overflow=minute > 90 and stoppage is None)
            player_side = ctx.roster.side(surface)
            out.append(GoalMention(
                scorer=scorer, start=start, sentence=s, minute=mention,
                penalty=tag.startswith("p"), own_goal=own,
                side=item_side or player_side, side_of_player=item_side is None and player_side is not None,
                confidence=0.95, rule="goal-list",
            ))
    return out


def side_of_block_before(ctx: Context, pos: int) -> str | None:
    """The side of the last line-up before `pos` (a "Booked:" line belongs to it)."""
    prior = [side for b, side in _blocks(ctx) if b.start < pos]
    return prior[-1] if prior else None
