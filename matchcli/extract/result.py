"""The result: final score, half-time, extra time, shootout, first leg and aggregate, read from
scorelines and oriented to home/away by the words around them.

Orientation, strongest first: "A 2-1 B" (names on both sides); "a 2-1 win over B" / "a 2-1 defeat
to B"; "A beat B 2-1"; a sentence whose subject won ("A progressed 3-2 on aggregate") or lost.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import regex
from ..patterns import compile_pattern

from .context import Context, TeamRef
from .cues import cued
from .scorelines import Scoreline, find_scorelines
from .sides import OTHER_MATCH

_WIN_WORDS = (r"win|wins|won|winning|victory|victories|triumph\w*|success|beat|beats|beating|defeated|defeats|defeating|"
              r"thrash\w*|hammer\w*|thump\w*|rout\w*|crush\w*|edge\w*|trounc\w*|stun\w*|progress\w*|advanc\w*|"
              r"clinch\w*|secur\w*|claim\w*|eas\w*|cruis\w*|coast\w*|sink|sank|sunk|overcame|overcome|overturn\w*|dump\w*|"
              r"(?:went|go|goes|are|were|is|was)\s+through|"
              r"knock\w*\s+out|prevail\w*|came\s+from\s+behind\s+to\s+(?:win|beat)|held\s+on|see\s+off|saw\s+off|swept\s+aside")
_LOSS_WORDS = r"lost|lose|loses|losing|defeat|loss|beaten|fell|fall|falls|crashed\s+out|out|eliminated|exit\w*|went\s+down|slump\w*|suffer\w*"
_OVER = compile_pattern(rf"^\s*(?:\w+\s+){{0,3}}?(?:{_WIN_WORDS})\s+(?:over|against|for)\s+$|^\s*(?:\w+\s+){{0,2}}?(?:win|victory|triumph|success)\s+(?:over|against)\s+$", regex.I)
_TO = compile_pattern(r"^\s*(?:\w+\s+){0,3}?(?:defeat|loss|reverse|setback)\s+(?:to|against|at\s+the\s+hands\s+of|by|at)\s+$", regex.I)
_WIN_RE = compile_pattern(rf"\b(?:{_WIN_WORDS})\b", regex.I)
_LOSS_RE = compile_pattern(rf"\b(?:{_LOSS_WORDS})\b", regex.I)
_BEAT_VERB = cued(compile_pattern(r"\b(?:beat|beats|beating|defeated|defeat|defeats|thrashed|hammered|thumped|routed|crushed|edged|edged\s+out|"
                                r"trounced|stunned|overcame|saw\s+off|swept\s+aside|dumped|knocked\s+out|sank|downed|outclassed|eliminated|"
                                r"dispatched|brushed\s+aside|held|drew\s+with|lost\s+to|fell\s+to|"
                                r"(?:were|was)\s+(?:beaten|defeated|thrashed|hammered|edged\s+out|knocked\s+out)|went\s+down)\b", regex.I),
                  "beat", "defeat", "thrashed", "hammered", "thumped", "routed", "crushed", "edged", "trounced", "stunned", "overcame",
                  "saw", "swept", "dumped", "knocked", "sank", "downed", "outclassed", "eliminated", "dispatched", "brushed", "held",
                  "drew", "lost", "fell", "went")
_LOSING_VERB = compile_pattern(r"lost|fell|were|was|went", regex.I)

_ET_DONE = cued(compile_pattern(
    r"\b(?:a\.?e\.?t\.?|after\s+extra[\s-]+time|in\s+extra[\s-]+time|during\s+extra[\s-]+time|extra[\s-]+time\s+(?:winner|goal|strike|header|penalty|period|periods)|"
    r"(?:went|go|going|sent|send|forced|force|took|take|into|to)\s+(?:the\s+(?:game|match|tie)\s+)?(?:in)?to\s+extra[\s-]+time|120\s+minutes|"
    r"first\s+(?:half|period)\s+of\s+extra[\s-]+time|second\s+(?:half|period)\s+of\s+extra[\s-]+time|deep\s+into\s+extra[\s-]+time|"
    r"extra[\s-]+time\s+(?:was|were)\s+(?:needed|required)|needed\s+extra[\s-]+time|through\s+extra[\s-]+time|"
    r"(?:following|after\s+a\s+goalless|at\s+the\s+end\s+of)\s+extra[\s-]+time)\b",
    regex.I,
), "aet", "a.et", "ae.t", "a.e.t", "extra", "120")
_ET_NOT = compile_pattern(r"\b(?:looked|appeared|seemed|ready|about|heading|set|avoid\w*|spar\w*|prevent\w*|without|would|could|threaten\w*|had\s+been|were\s+going|destined|bound|likely)\b[^.]{0,30}$", regex.I)
_STRAIGHT_TO_PENS = compile_pattern(r"straight\s+to\s+(?:penalties|a\s+shoot[\s-]?out|spot[\s-]?kicks)|no\s+extra[\s-]+time", regex.I)


@dataclass
class Pair:
    home: int
    away: int

    def as_tuple(self) -> tuple[int, int]:
        return self.home, self.away


@dataclass
class Result:
    score: Pair | None = None
    score_source: str = ""
    half_time: Pair | None = None
    shootout: Pair | None = None
    aggregate: Pair | None = None
    first_leg: Pair | None = None
    extra_time: bool = False
    winner_role: str | None = None       # who the text says won the tie or match, when it says
    unoriented_shootout: tuple[int, int] | None = None   # "a 3-0 shootout triumph": (won, lost), sides untold


def read_result(ctx: Context, fixture_score: tuple[int, int] | None) -> Result:
    res = Result()
    candidates: dict[str, list[tuple[Pair, float]]] = {k: [] for k in ("result", "aggregate", "shootout", "first_leg", "half_time")}
    res.winner_role = _winner_from_words(ctx)
    level_running: Pair | None = None
    shootout_before = False
    # a first leg told as such ("beat Inter 2-1 in the first leg ... ahead of next week's return
    # match"): its scorelines are this match's result, and there is no aggregate yet
    first_leg_now = bool(_LEG_AHEAD.search(ctx.folded)) and not _AGGREGATE_WORD.search(ctx.folded)
    for idx, sentence in enumerate(ctx.sentences):
        other_match = sentence.has(OTHER_MATCH) and not _FIRST_LEG.search(sentence.text)
        shootout_here = bool(_SHOOTOUT_TALK.search(sentence.text))
        for sl in find_scorelines(sentence.text, sentence.start):
            if sl.kind == "running" and sl.a == sl.b:
                level_running = Pair(sl.a, sl.b)
            if sl.kind in ("running", "result") and sl.a != sl.b and _KICKS.search(sentence.text) and (
                    shootout_before or shootout_here and _SHOOTOUT_TALK.search(sentence.text, 0, sl.start - sentence.start)):
                # "A shoot-out was needed. The score was 3-2 to Liverpool when ...", "In the
                # shootout, X saved twice and Argyle won it 4-2": kicks.
                sl = Scoreline(sl.start, sl.end, sl.a, sl.b, "shootout")
            if sl.kind == "first_leg" and first_leg_now:
                sl = Scoreline(sl.start, sl.end, sl.a, sl.b, "result")
            if sl.kind not in candidates:
                continue
            if other_match and sl.kind == "result" and not _future_aside_only(sentence, sl):
                continue
            if _names_other_team(ctx, sl):
                continue
            pair = _orient(ctx, sentence, sl)
            if pair is None and res.winner_role and sl.kind in ("result", "aggregate", "shootout"):
                pair = _winner_pair(res.winner_role, max(sl.a, sl.b), min(sl.a, sl.b), loser=False)
            if pair is None:
                if sl.kind == "shootout" and res.unoriented_shootout is None:
                    res.unoriented_shootout = (max(sl.a, sl.b), min(sl.a, sl.b))
                continue
            weight = 3.0 if sentence.paragraph <= 1 else 1.0
            if sentence.start >= ctx.events_end:
                weight *= 0.3
            candidates[sl.kind].append((pair, weight))
        shootout_before = shootout_here
    if fixture_score is not None:
        res.score, res.score_source = Pair(*fixture_score), "fixture"
    elif candidates["result"]:
        res.score, res.score_source = _vote(candidates["result"]), "text"
    for kind in ("aggregate", "shootout", "first_leg", "half_time"):
        if candidates[kind]:
            setattr(res, kind, _vote(candidates[kind]))
    if res.score is None and res.shootout is not None and level_running is not None:
        res.score, res.score_source = level_running, "level before the shootout"
    res.extra_time = _extra_time(ctx) or (res.shootout is not None and not _STRAIGHT_TO_PENS.search(ctx.folded))
    return res


_FIRST_LEG = compile_pattern(r"first[\s-]leg", regex.I)
_LEG_AHEAD = compile_pattern(r"\b(?:ahead\s+of|before)\s+(?:the|next\s+\w+'s|\w+'s)\s+(?:return|second)[\s-](?:leg|match|game|meeting)"
                             r"|\b(?:return|second)[\s-](?:leg|match|game)\s+(?:will\s+be|is\s+(?:on|at|in|next|scheduled)|takes\s+place)", regex.I)
_AGGREGATE_WORD = compile_pattern(r"\baggregate\b|\bon\s+away\s+goals\b", regex.I)
_SHOOTOUT_TALK = cued(compile_pattern(r"shoot[\s-]?out|on\s+penalt(?:y|ies)|penalty\s+kicks|spot[\s-]?kicks", regex.I), "shoot", "penalt", "spot")
_KICKS = compile_pattern(r"penalt|kick|spot|shoot|this\s+time", regex.I)
_RESULT_FOR = compile_pattern(r"\b(?:(?P<win>win|victory|triumph|success|joy)|(?P<loss>loss|defeat|humiliation|heartbreak|disappointment|misery|exit))\s+for\s+$", regex.I)
_SUBJECT_WON = compile_pattern(r"\s+(?:\w+\s+){0,2}?(?:won|beat|defeated|thrashed|hammered|routed|crushed|edged|overcame|clinched|claimed|secured|progressed|advanced|(?:went|are|were|go|goes)\s+through"
                               r"|win\s+on\s+(?:away\s+goals|penalties|aggregate)|wins\s+on\s+(?:away\s+goals|penalties|aggregate))\b", regex.I)
_SUBJECT_LOST = compile_pattern(r"\s+(?:\w+\s+){0,2}?(?:lost|were\s+beaten|was\s+beaten|fell\s+to|crashed\s+out|went\s+out|were\s+eliminated|were\s+knocked\s+out|suffered)\b", regex.I)


_OPENS_CLAUSE = compile_pattern(r"[;(]\s*$")


def _winner_from_words(ctx: Context) -> str | None:
    """Who the text says won: "a historic loss for Brazil", "Chile won", "Italy were beaten"."""
    votes: Counter = Counter()
    for sentence in ctx.sentences:
        if sentence.start >= ctx.events_end or sentence.has(OTHER_MATCH) or ctx.about_other_match(sentence):
            continue
        refs = ctx.refs_in(sentence.start, sentence.end)
        for ref in refs:
            m = _RESULT_FOR.search(ctx.folded, max(sentence.start, ref.start - 30), ref.start)
            if m:
                votes[ref.role if m.group("win") else ctx.other(ref.role)] += 1
        # the sentence's subject, or one opening a bracket or clause ("(agg 3-3; Stuttgart win on
        # away goals)")
        subjects = [r for i, r in enumerate(refs) if (i == 0 and r.start - sentence.start < 40) or _OPENS_CLAUSE.search(ctx.folded, max(0, r.start - 3), r.start)]
        for ref in subjects:
            if _SUBJECT_WON.match(ctx.folded, ref.end):
                votes[ref.role] += 1
            elif _SUBJECT_LOST.match(ctx.folded, ref.end):
                votes[ctx.other(ref.role)] += 1
    if not votes:
        return None
    (best, n), *rest = votes.most_common()
    return None if rest and rest[0][1] == n else best


def _names_other_team(ctx: Context, sl: Scoreline) -> bool:
    """'Germany 2-0', '2-0 against Germany' or 'a 3-0 victory over Crystal Palace' where that
    team is not in this match."""
    for s, e in ctx.other_teams:
        if 0 <= sl.start - e <= 3 or 0 <= s - sl.end <= 12 or (0 <= s - sl.end <= 30 and _OVER_GAP.fullmatch(ctx.folded, sl.end, s)):
            return True
    return False


_OVER_GAP = compile_pattern(r"\s+(?:[\w-]+\s+){0,2}?(?:over|against|to|at\s+home\s+to|away\s+to|at|by|with)\s+(?:the\s+)?", regex.I)


def _vote(options: list[tuple[Pair, float]]) -> Pair:
    tally: Counter = Counter()
    first: dict[tuple[int, int], int] = {}
    for i, (pair, weight) in enumerate(options):
        tally[pair.as_tuple()] += weight
        first.setdefault(pair.as_tuple(), i)
    best = max(tally, key=lambda k: (tally[k], -first[k]))
    return Pair(*best)


_RELATIVE_ASIDE = compile_pattern(r",\s*(?:who|which)\b")


def _future_aside_only(sentence, sl: Scoreline) -> bool:
    """"... a 5-4 victory for the hosts, who will face Athletic Club in the semi-finals": the
    other match is a relative clause after this one's scoreline, not what the sentence tells."""
    rel = sl.end - sentence.start
    hits = [m.start() for m in OTHER_MATCH.finditer(sentence.text)]
    aside = _RELATIVE_ASIDE.search(sentence.text, rel)
    return bool(hits) and aside is not None and all(h > aside.start() for h in hits)


def _extra_time(ctx: Context) -> bool:
    # "sent off in the 112th minute": no second half runs 16 minutes over, so that is extra time
    if any(m.raw_overflow and m.minute is not None and 106 <= m.minute <= 120 and m.start < ctx.events_end
           for m in ctx.minutes):
        return True
    for sentence in ctx.sentences:
        if sentence.start >= ctx.events_end:
            break
        if sentence.has(OTHER_MATCH) or ctx.about_other_match(sentence):
            continue
        for m in _ET_DONE.finditer(sentence.text):
            if not _ET_NOT.search(sentence.text[max(0, m.start() - 60):m.start()]):
                return True
    return False


# Read once per scoreline and team reference: compiled here rather than looked up in regex's
# cache each time; the gaps are matched in place, not sliced out of the text.
_AFTER_FIXTURE_BRACKET = compile_pattern(r"\s*\(\s*(?:a\.?e\.?t\.?|after\s+extra[\s-]+time)?[\s,;]*$", regex.I)
_IN_FAVOUR_OF = compile_pattern(r"\s+(?:to|for|in\s+favou?r\s+of)\s+")
_HEADLINE_END = compile_pattern(r"\s*[,;)]|\s*$")
_GAP_BEFORE = compile_pattern(r"[\s,:(]{1,3}")
_GAP_AFTER = compile_pattern(r"[\s,:)]{1,3}")


def _orient(ctx: Context, sentence, sl: Scoreline) -> Pair | None:
    """Home/away orientation of a scoreline, or None when the text does not settle it."""
    a, b = sl.a, sl.b
    if a == b:
        return Pair(a, b)
    hi, lo = max(a, b), min(a, b)
    refs = ctx.refs_in(sentence.start, sentence.end)
    # "Dundee United 2-2 St Mirren (aet, 4-5 on pens)": a bracket after a fixture line keeps its order
    bracket = _AFTER_FIXTURE_BRACKET.search(ctx.folded, max(sentence.start, sl.start - 24), sl.start)
    if bracket and any(r.end == bracket.start() for r in refs):
        return Pair(a, b)
    # "3-2 to Liverpool", "2-1 in favour of the hosts"
    for ref in refs:
        if ref.start >= sl.end and _IN_FAVOUR_OF.fullmatch(ctx.folded, sl.end, ref.start):
            return _winner_pair(ref.role, hi, lo, loser=False)
    # "A 2-1 B"
    left = _adjacent(ctx, refs, sl.start, before=True)
    right = _adjacent(ctx, refs, sl.end, before=False)
    if left and right and left.role != right.role:
        return Pair(a, b) if left.role == "home" else Pair(b, a)
    if left and not right and left.start == sentence.start and _HEADLINE_END.match(ctx.folded[sl.end:sl.end + 2]):
        return Pair(a, b) if left.role == "home" else Pair(b, a)
    # "a 2-1 win over B", "a 2-1 defeat to B"
    for ref in refs:
        if ref.start < sl.end:
            continue
        gap = ctx.folded[sl.end:ref.start]
        if _OVER.match(gap):
            return _winner_pair(ref.role, hi, lo, loser=True)
        if _TO.match(gap):
            return _winner_pair(ref.role, hi, lo, loser=False)
    # "A beat B 2-1": the subject before a beating verb won.
    before_refs = [r for r in refs if r.end <= sl.start]
    verb = None
    for m in _BEAT_VERB.finditer(ctx.folded, sentence.start, sl.start):
        verb = m
    if verb and before_refs:
        subject = next((r for r in reversed(before_refs) if r.end <= verb.start()), None)
        if subject:
            lost = _LOSING_VERB.match(verb.group())
            return _winner_pair(subject.role, hi, lo, loser=bool(lost))
    # The side that opens the scoreline's clause (or a player whose side is known) won or lost:
    # "Rennes 2-2 Nantes (after extra time; Nantes win 5-4 on penalties)".
    marks = [sentence.start + m.end() for m in _CLAUSE_MARK.finditer(sentence.text, 0, sl.start - sentence.start)]
    clause_start = max([sentence.start, *marks])
    in_clause = [r for r in refs if clause_start <= r.start < sl.start]
    subject = in_clause[0] if in_clause else (refs[0] if refs and refs[0].start < sl.start + 80 else None)
    if subject is None:
        for n in ctx.names_in(sentence.start, sl.start):
            side = ctx.roster.side(n.surface)
            if side:
                subject = TeamRef(n.start, n.end, side)
                break
    if subject:
        # "a 2-1 away defeat": the noun after the score says what it was for the subject.
        noun = _RESULT_NOUN.match(ctx.folded, sl.end)
        if noun:
            return _winner_pair(subject.role, hi, lo, loser=bool(noun.group("loss")))
        head = ctx.folded[subject.end:sl.start + 40]
        loss = _LOSS_RE.search(head)
        win = _WIN_RE.search(head)
        if win and (not loss or win.start() < loss.start()):
            return _winner_pair(subject.role, hi, lo, loser=False)
        if loss:
            return _winner_pair(subject.role, hi, lo, loser=True)
    return None


_RESULT_NOUN = compile_pattern(r"\s+(?:(?:home|away|league|cup|aggregate|first-leg|first\s+leg)\s+)?(?:(?P<win>win|victory|triumph|success|thrashing|rout|lead|advantage|cushion)|(?P<loss>defeat|loss|reverse|setback|deficit))\b", regex.I)


_CLAUSE_MARK = compile_pattern(r"[;(]")


def _winner_pair(role: str, hi: int, lo: int, loser: bool) -> Pair:
    home_won = (role == "home") != loser
    return Pair(hi, lo) if home_won else Pair(lo, hi)


def _adjacent(ctx: Context, refs: list[TeamRef], pos: int, before: bool) -> TeamRef | None:
    for ref in refs:
        if before and ref.end <= pos and _GAP_BEFORE.fullmatch(ctx.folded, ref.end, pos):
            return ref
        if not before and ref.start >= pos and _GAP_AFTER.fullmatch(ctx.folded, pos, ref.start):
            return ref
    return None
