"""Goal mentions in prose: who scored, when, for whom, how (penalty, header, own goal), assisted
by whom. One mention per telling; `merge` (in reconcile) counts each goal once.

A goal is told by a verb ("X fired home"), a weak verb with a goal object ("put the hosts
ahead"), or a noun ("X's header", "goals from X and Y"). The scorer is the player the clause
makes the agent: "by X"/"through X" after the verb, else the last player named before it in the
clause, else a pronoun or role ("the striker") resolved to the last player named.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from .context import Context, clauses
from .lexicon import alternation, inflections, load
from .minutes import MinuteMention
from .numbers import value
from .people import NameMention, role_noun_pattern
from .text import Sentence


@dataclass
class GoalMention:
    scorer: str | None
    start: int                       # where the telling starts (for ordering)
    sentence: Sentence
    minute: MinuteMention | None = None
    penalty: bool = False
    own_goal: bool = False
    header: bool = False
    assist: str | None = None
    side: str | None = None          # home | away, when the text says whom it was for
    side_of_player: bool = False     # for own goals: `side` is the scorer's own side
    side_guessed: bool = False       # `side` is only the sentence's subject team
    count: int = 1                   # "twice", "a brace", "a hat-trick"
    nth: int | None = None           # "his second", "completed his hat-trick" (3)
    confidence: float = 0.8
    rule: str = "goal"
    clause: str = ""                 # the clause that told it: running-score cues are read from it
    scorer_start: int = 0
    minute_in_clause: bool = False
    fresh: bool = False              # "scored again", "another": a goal not yet told


@lru_cache(maxsize=None)
def _patterns() -> dict[str, regex.Pattern]:
    ev = load("events")
    flags = regex.IGNORECASE
    return {
        "strong": regex.compile(alternation(_verbs(ev["goal_verbs"], ev) | set(ev["goal_verb_forms"])), flags),
        "weak": regex.compile(alternation(_verbs(ev["weak_verbs"], ev)), flags),
        "object": regex.compile(r"\s+(?:(?:\S+\s+){0,4}?)" + alternation(ev["goal_objects"]), flags),
        "noun": regex.compile(alternation(ev["goal_nouns"]) + r"(?![\s-](?:partner|partnership|line|kick|keeper|difference|mouth|tally|drought|threat|rate|scorer|scoring|record|bound|frame|posts?|area|celebration|machine|involvements?|contributions?))", flags),
        "negative": regex.compile(alternation(ev["not_a_goal"]), flags),
        "own_goal": regex.compile(alternation(ev["own_goal"]), flags),
        "penalty": regex.compile(alternation(ev["penalty"]), flags),
        "header": regex.compile(alternation(ev["header"]), flags),
        "assist_noun": regex.compile(r"'s?\s+(?:\S+\s+){0,2}?" + alternation(ev["assist_nouns"]), flags),
        "assist_phrase": regex.compile(alternation(ev["assist_phrases"]) + r"\s+(?:[a-z-]+\s+){0,2}$", flags),
    }


_NOT_AGENT_BEFORE = regex.compile(r"(?:\boff|\bpast|\bbeyond|\bover|\baround|\bbeat|\bbeating|\bagainst|\bfrom|\bto|\bwith|\bfor|\bof|\bby|\bunder|\bsaved|\bthrough|\bfouled|\band)\s+(?:[a-z-]+\s+){0,2}$")
def _verbs(phrases: list[str], ev: dict) -> set[str]:
    return {form for phrase in phrases for form in inflections(phrase, ev["irregular_verbs"])}


# "for X to tuck home": the name between "for" and "to" is the agent.
_AGENT_TO = regex.compile(r"\s+to\s")
_DETERMINER = regex.compile(r"\b(?:a|an|his|her|their|its|whose)\s+(?:(?!(?:was|were|is|are|had|has|been|then|and)\s)[\w-]+\s+){0,2}$", regex.I)
_FRAME_OWNER = regex.compile(r"\b(?:into|of|in|past|at|towards|on|behind)\s+$", regex.I)
_MADE_BY = regex.compile(r"\b(?:created|set\s+up|provided|assisted|laid\s+on|teed\s+up|made)\b", regex.I)
_WHEN_NAME = regex.compile(r"\b(?:when|as|after|with|through)\s+(?:(?:substitute|striker|defender|midfielder|forward|winger|captain)\s+)?(?=\p{Lu})")
# A clause telling a card, a save or a miss keeps its minute to itself.
_OTHER_EVENT = regex.compile(r"\b(?:sent\s+off|booked|red\s+card|yellow\s+card|dismissed|saved|missed|hit\s+the\s+(?:post|bar|crossbar|woodwork)|denied|disallowed|ruled\s+out|substitut\w+|replaced|injur\w+)\b", regex.I)
_WINNER = regex.compile(r"\b(?:the|a|late|dramatic|decisive)\s+(?:\w+\s+)?(?:winner|winning\s+goal|decisive\s+goal)\b", regex.I)
_CONTRAST = regex.compile(r"\b(?:but|however|only\s+for|though|although|yet|despite|whereas|while)\b", regex.I)
_FRESH = regex.compile(r"\b(?:again|another|once\s+more)\b", regex.I)
_PRONOUN = regex.compile(r"(?<!\w)(?:he|she)(?!\w)", regex.I)
# A noun that may name a miss ("X's header", "a low drive") tells a goal only beside words that
# say the ball went in or the score changed.
_GOAL_CONTEXT = regex.compile(
    r"\b(?:sent|sends|sending|gave|gives|giving|put|puts|putting|handed|earned|secured|sealed|clinched|won|wins|winning|"
    r"settled|decided|rescued|salvaged|made\s+it|proved\s+(?:decisive|enough|the\s+winner)|was\s+enough|flew\s+in|went\s+in|"
    r"found\s+the\s+net|nestled|crept\s+in|squirm\w*|(?:into|in)\s+the\s+(?:net|corner|bottom|top)|levell?ed|equalis\w*|equaliz\w*|"
    r"ahead|in\s+front|the\s+lead|victory|win|scor\w+|netted|deflected\s+in|beat\s+the\s+keeper)\b",
    regex.I,
)
_INHERENT_GOAL_NOUNS = regex.compile(r"goal|opener|equali[sz]er|leveller|winner|brace|double|hat-trick|tap-in|consolation", regex.I)
_COUNTS = regex.compile(r"\b(?:(?P<twice>twice|a\s+brace|a\s+double|(?:first[\s-]+half\s+|second[\s-]+half\s+)?double|brace)|(?P<hat>hat[\s-]?trick)|(?P<n>two|three|four|five)\s+(?:more\s+|further\s+)?goals)\b", regex.I)
_NTH = regex.compile(rf"\b(?:his|her|their|the)\s+(?P<nth>second|third|fourth|fifth)\b(?!\s+(?:half|period|leg|yellow|booking|minute))|\bcomplet\w*\s+(?:his|her)\s+(?:\w+\s+)?hat[\s-]?trick", regex.I)


def find_goal_mentions(ctx: Context) -> list[GoalMention]:
    out: list[GoalMention] = []
    pats = _patterns()
    carried: tuple[int, MinuteMention] | None = None     # (paragraph, minute) left unclaimed
    for sentence in ctx.sentences:
        if sentence.start >= ctx.events_end:
            break
        if ctx.about_other_match(sentence):
            continue
        found_in_sentence: list[GoalMention] = []
        spans = clauses(sentence)
        quiet = [(s, e) for s, e in spans if _OTHER_EVENT.search(ctx.folded, s, e)]
        for c_start, c_end in spans:
            clause = ctx.folded[c_start:c_end]
            negatives = [c_start + m.start() for m in pats["negative"].finditer(clause)]
            for mention in _clause_mentions(ctx, sentence, c_start, c_end, clause, quiet):
                # "would have", "hit the post", "saved": a cue around this telling cancels it
                lo = min(mention.scorer_start, mention.start) - 15
                hi = max(mention.scorer_start, mention.start) + 60
                if not any(lo <= p <= hi for p in negatives):
                    found_in_sentence.append(mention)
        annulled = _ANNULLED.search(sentence.text)
        if annulled:    # "..., only for the goal to be ruled out"
            found_in_sentence = [m for m in found_in_sentence if m.start > sentence.start + annulled.start()]
        found_in_sentence = _dedupe_in_sentence(_unshare_minutes(found_in_sentence))
        # "... goalless until the 68th minute. X hammered the ball past ...": the minute an
        # event-less sentence set up belongs to the goal told next.
        if carried and carried[0] == sentence.paragraph:
            for m in found_in_sentence:
                if m.minute is None:
                    m.minute = carried[1]
        carried = None
        if not found_in_sentence and not any(True for _ in quiet):
            told = [m for m in ctx.minutes_in(sentence.start, sentence.end) if m.minute is not None and not m.bare]
            carried = (sentence.paragraph, told[-1]) if told else None
        out.extend(found_in_sentence)
    _share_sides(ctx, out)
    return out


_ANNULLED = regex.compile(r"\b(?:ruled\s+out|disallowed|chalked\s+off|struck\s+off|flagged\s+(?:for\s+)?offside|(?:goal|it)\s+was\s+(?:cancelled|canceled|overturned)|pulled\s+(?:it|the\s+goal)\s+back)\b", regex.I)


def _unshare_minutes(mentions: list[GoalMention]) -> list[GoalMention]:
    """A minute told in one goal's clause is not also another goal's, borrowed from the
    sentence ("X headed home after 23 minutes before Y scored")."""
    owned = {id(m.minute) for m in mentions if m.minute is not None and m.minute_in_clause}
    for m in mentions:
        if m.minute is not None and not m.minute_in_clause and id(m.minute) in owned:
            m.minute = None
    return mentions


def _share_sides(ctx: Context, mentions: list[GoalMention]) -> None:
    """A goal told as "for Argentina" teaches the scorer's side to his other goals ("Messi
    fired his side ahead")."""
    for m in mentions:
        if m.side and not m.own_goal and m.scorer and not m.side_guessed:
            ctx.roster.vote(m.scorer, m.side, 1.0 if m.side_of_player else 1.5)
    for m in mentions:
        if (m.side is None or m.side_guessed) and m.scorer:
            side = ctx.roster.side(m.scorer)
            if side:
                m.side, m.side_of_player, m.side_guessed = side, True, False


def _clause_mentions(ctx: Context, sentence: Sentence, c_start: int, c_end: int, clause: str, quiet) -> list[GoalMention]:
    pats = _patterns()
    mentions: list[GoalMention] = []
    names = ctx.names_in(c_start, c_end)
    # Nouns with a possessor or a from/by agent: "X's header", "goals from X and Y".
    for m in pats["noun"].finditer(clause):
        noun_start = c_start + m.start()
        scorers = _possessor(ctx, names, noun_start) or _from_agents(ctx, clause, c_start, m.end())
        if not scorers:
            continue
        inherent = _INHERENT_GOAL_NOUNS.search(m.group())
        if not inherent and not _GOAL_CONTEXT.search(sentence.text):
            continue
        for scorer in scorers:
            mentions.append(_mention(ctx, sentence, clause, c_start, scorer, noun_start, rule="goal-noun", quiet=quiet))
    # Verbs: strong alone, weak with a goal object; "X turned into his own net" tells a goal too.
    for key_ in ("strong", "weak", "own_goal"):
        for m in pats[key_].finditer(clause):
            if key_ == "weak" and not pats["object"].match(clause, m.end()):
                continue
            verb_start = c_start + m.start()
            if _DETERMINER.search(clause, 0, m.start()):
                continue        # "a sensational strike", "his finish": a noun, told elsewhere
            if any(x.start <= verb_start < x.start + 40 and x.rule == "goal-noun" for x in mentions):
                continue
            scorers = _passive_agent(ctx, clause, c_start, m) or _subject(ctx, sentence, names, verb_start, c_start, strict=True) \
                or _agents_after(ctx, clause, c_start, m.end()) or _subject(ctx, sentence, names, verb_start, c_start)
            for scorer in scorers:
                mentions.append(_mention(ctx, sentence, clause, c_start, scorer, verb_start, rule=f"goal-verb:{m.group().lower()}", quiet=quiet))
            if scorers:
                break
    return mentions


def _possessor(ctx: Context, names: list[NameMention], noun_start: int) -> list[NameMention]:
    """'X's header', 'X's 98th-minute penalty', 'a X strike'."""
    for n in reversed(names):
        if n.end > noun_start:
            continue
        between = ctx.folded[n.end:noun_start]
        if _FRAME_OWNER.search(ctx.folded, max(0, n.start - 12), n.start):
            break       # "into Perri's goal": the keeper's goal frame, not a goal he scored
        if regex.fullmatch(r"(?:'s?)?\s+(?:[\w+-]+\s+){0,2}", between) and not regex.search(r"\b(?:and|but|with|for|to|the)\b", between):
            return [n]
        break
    return []


def _from_agents(ctx: Context, clause: str, c_start: int, rel_end: int) -> list[NameMention]:
    """'goals from X and Y', 'an own goal by X'."""
    m = regex.match(r"\s+(?:[\w-]+\s+){0,4}?(?:from|by|courtesy\s+of)\s+(?:(?:substitute|striker|defender|midfielder|forward|winger|captain)\s+)?", clause[rel_end:rel_end + 80])
    if not m or _MADE_BY.search(m.group()):
        return []
    return _name_list_at(ctx, c_start + rel_end + m.end())


def _passive_agent(ctx: Context, clause: str, c_start: int, verb: regex.Match) -> list[NameMention]:
    """'was headed into the net by X': the agent of a passive verb."""
    if not _PASSIVE.search(clause, max(0, verb.start() - 12), verb.start()):
        return []
    m = regex.compile(r"\bby\s+(?=\p{Lu})").search(clause, verb.end(), verb.end() + 80)
    return _name_list_at(ctx, c_start + m.end()) if m else []


_PASSIVE = regex.compile(r"\b(?:was|were|is|been|being)\s+(?:\w+\s+)?$", regex.I)


def _agents_after(ctx: Context, clause: str, c_start: int, rel_end: int) -> list[NameMention]:
    """'was headed into the net by X', 'took the lead through X'."""
    window = clause[rel_end:rel_end + 120]
    m = _AGENT_AFTER.search(window)
    if not m:
        return []
    names = _name_list_at(ctx, c_start + rel_end + m.end())
    if names and m.group().lower().startswith("from") and _patterns()["assist_noun"].match(ctx.folded, names[0].end):
        return []       # "a header from X's cross": X provided it
    return names


# "by X", "through substitute X", "courtesy of Real Sociedad midfielder X", "from X's header"
_AGENT_AFTER = regex.compile(
    r"(?:\bby|\bthrough|\bvia|\bcourtesy\s+of|\bthanks\s+to|\bfrom(?=\s+\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)*'s?\s))\s+"
    r"(?:(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:substitute|striker|defender|midfielder|forward|winger|captain|skipper|full-back|centre-back|teenager|veteran)\s+)?(?=\p{Lu})"
)


def _name_list_at(ctx: Context, pos: int) -> list[NameMention]:
    """The name starting at pos, and any joined to it by 'and' or commas ('X, Y and Z')."""
    out: list[NameMention] = []
    for n in ctx.names_in(pos, pos + 200):
        if not out:
            if n.start != pos:
                return []
            out.append(n)
            continue
        gap = ctx.folded[out[-1].end:n.start]
        if regex.fullmatch(r"(?:'s?)?\s*(?:,|and|&|,\s*and)\s*", gap):
            out.append(n)
        else:
            break
    return out


def _subject(ctx: Context, sentence: Sentence, names: list[NameMention], verb_start: int, c_start: int, strict: bool = False) -> list[NameMention]:
    """The agent before the verb: the last player named in the clause who is not an object
    ('past X', 'off X') or a provider ('X's cross'); else (unless strict) a pronoun or role."""
    pats = _patterns()
    before = [n for n in names if n.end <= verb_start and ctx.roster.name(n.surface) not in ctx.managers]
    for n in reversed(before):
        lead = ctx.folded[max(c_start, n.start - 30):n.start]
        if _NOT_AGENT_BEFORE.search(lead) and not (lead.rstrip().endswith(" for") and _AGENT_TO.match(ctx.folded, n.end)):
            continue
        if pats["assist_noun"].match(ctx.folded, n.end):
            continue
        subjects = [n]
        # "X and Y struck": both are subjects.
        for m in reversed(before[:before.index(n)]):
            gap = ctx.folded[m.end:subjects[0].start]
            if regex.fullmatch(r"\s*(?:,|and|&|,\s*and)\s*", gap):
                subjects.insert(0, m)
            else:
                break
        return subjects
    if strict:
        return []
    # "he fired home", "the striker slotted in": the last player named before.
    lead = ctx.folded[c_start:verb_start]
    if ctx.refs_in(c_start, verb_start):
        # "Gotham opened the scoring ... when Lynn Williams controlled a cross": the player
        # the team scored through is named in the next clause.
        later = _WHEN_NAME.search(ctx.folded, verb_start, sentence.end)
        if later:
            found = ctx.names_in(later.end(), later.end() + 1)
            return found[:1]
    if not lead.strip() and ctx.folded[verb_start:verb_start + 12].split(" ")[0].lower().endswith("ing") and c_start > sentence.start:
        # "..., before adding a second": a participle clause shares the sentence's subject.
        prior = ctx.names_in(sentence.start, c_start)
        return prior[:1]
    if _PRONOUN.search(lead) or regex.search(role_noun_pattern(), lead, regex.I):
        prior = _antecedent(ctx, sentence, c_start)
        return [prior] if prior else []
    return []


def _antecedent(ctx: Context, sentence: Sentence, c_start: int) -> NameMention | None:
    """Who 'he' or 'the striker' is: the subject (first player named) earlier in this sentence,
    else of the nearest earlier sentence that names one."""
    here = [n for n in ctx.names_in(sentence.start, c_start) if ctx.roster.name(n.surface) not in ctx.managers]
    if here:
        return here[0]
    floor = max(0, sentence.start - 600)
    prior = ctx.last_name_before(sentence.start, floor=floor)
    if prior is None:
        return None
    for s in reversed(ctx.sentences):
        if s.start <= prior.start < s.end:
            names = [n for n in ctx.names_in(s.start, s.end) if ctx.roster.name(n.surface) not in ctx.managers]
            return names[0] if names else prior
    return prior


def _mention(ctx: Context, sentence: Sentence, clause: str, c_start: int, scorer: NameMention, pos: int, rule: str, quiet=()) -> GoalMention:
    pats = _patterns()
    own = bool(pats["own_goal"].search(clause))
    minute, in_clause = _nearest_minute(ctx, sentence, c_start, c_start + len(clause), pos, quiet)
    mention = GoalMention(
        scorer=ctx.roster.name(scorer.surface),
        start=pos,
        sentence=sentence,
        minute=minute,
        minute_in_clause=in_clause,
        scorer_start=scorer.start,
        fresh=bool(_FRESH.search(clause)),
        penalty=bool(pats["penalty"].search(clause)) and not own,
        own_goal=own,
        header=bool(pats["header"].search(clause)),
        rule=rule,
        clause=clause,
    )
    mention.assist = _assist(ctx, sentence, scorer)
    counts = _COUNTS.search(clause)
    if counts:
        if counts.group("hat"):
            mention.count = 3
        elif counts.group("n"):
            mention.count = value(counts.group("n")) or 1
        else:
            mention.count = 2
    nth = _NTH.search(clause)
    if nth:
        mention.nth = value(nth.group("nth")) if nth.group("nth") else 3
        if mention.count == 3 and not nth.group("nth"):
            mention.count = 1
    mention.side, mention.side_of_player, mention.side_guessed = _side_cue(ctx, sentence, c_start, c_start + len(clause), scorer, own)
    return mention


def _nearest_minute(ctx: Context, sentence: Sentence, c_start: int, c_end: int, pos: int, quiet=()) -> tuple[MinuteMention | None, bool]:
    """The minute told nearest the goal in its clause; else in its sentence, but not one told
    in a clause about something else ("X was sent off in the 88th minute, with Y ...")."""
    usable = [m for m in ctx.minutes_in(c_start, c_end) if m.minute is not None or m.relative is not None]
    if usable:
        return min(usable, key=lambda m: abs(m.start - pos)), True
    pool = [m for m in ctx.minutes_in(sentence.start, sentence.end)
            if (m.minute is not None or m.relative is not None) and not any(s <= m.start < e for s, e in quiet)]
    if not pool:
        return None, False
    return min(pool, key=lambda m: abs(m.start - pos)), False


def _assist(ctx: Context, sentence: Sentence, scorer: NameMention) -> str | None:
    pats = _patterns()
    for n in ctx.names_in(sentence.start, sentence.end):
        if n.surface == scorer.surface or ctx.roster.name(n.surface) == ctx.roster.name(scorer.surface):
            continue
        if pats["assist_noun"].match(ctx.folded, n.end) and n.start < scorer.start + 200:
            return ctx.roster.name(n.surface)
        lead = ctx.folded[max(sentence.start, n.start - 40):n.start]
        if pats["assist_phrase"].search(lead):
            return ctx.roster.name(n.surface)
    return None


_FOR_TEAM = (r"(?:for|gave|give|gives|giving|put|puts|putting|hand(?:ed|s|ing)?|sen[dt]|sends|sending|fire[ds]?|firing|head(?:ed|s|ing)?|"
             r"earn(?:ed|s|ing)?|help(?:ed|s|ing)?|push(?:ed|es|ing)?|lift(?:ed|s|ing)?|dr[ae]w|draws|drawing|drag(?:ged|s|ging)?|"
             r"br(?:ing|ings|ought|inging)|pull(?:ed|s|ing)?|edg(?:e|ed|es|ing)|nudg(?:e|ed|es|ing)|haul(?:ed|s|ing)?|mov(?:e|ed|es|ing)|"
             r"propel(?:led|s|ling)?|rescu(?:e|ed|es|ing)|power(?:ed|s|ing)?|restor(?:e|ed|es|ing))\s+(?:(?!for\b)[a-z][\w-]*\s+){0,2}$")


def _side_cue(ctx: Context, sentence: Sentence, c_start: int, c_end: int, scorer: NameMention, own: bool) -> tuple[str | None, bool, bool]:
    """Whom the goal was for, from the clause: 'for the visitors', 'put Bayern ahead',
    'Dortmund's X', 'the Serie A side ... through X'. Returns (side, is_scorers_own_side)."""
    refs = ctx.refs_in(c_start, c_end)
    for ref in refs:
        lead = ctx.folded[max(c_start, ref.start - 12):ref.start]
        if regex.search(_FOR_TEAM, lead, regex.I):
            return ref.role, False, False
    for ref in refs:
        # "Dortmund's Adeyemi", "Dortmund forward Adeyemi", "X (Dortmund)"
        gap = ctx.folded[ref.end:scorer.start] if ref.end <= scorer.start else None
        if gap is not None and regex.fullmatch(r"(?:'s?)?\s+(?:[\w-]+\s+){0,2}", gap):
            return ref.role, True, False
    side = ctx.roster.side(scorer.surface)
    if side:
        return side, True, False
    # "the winner", "the decisive goal": the side that won.
    if ctx.winner_hint and _WINNER.search(ctx.folded, c_start, c_end) and not own:
        return ctx.winner_hint, False, False
    # The sentence's subject team: "Atalanta made the ideal start when ... X tucked home",
    # unless a "but" turns to the other side ("Hertha were cruising, but Reuter pulled one back").
    first = ctx.refs_in(sentence.start, sentence.end)
    if first and first[0].start < scorer.start and not own and not _CONTRAST.search(ctx.folded, first[0].end, scorer.start):
        return first[0].role, False, True
    return None, False, False


def _dedupe_in_sentence(mentions: list[GoalMention]) -> list[GoalMention]:
    """One sentence tells one goal by one scorer once, however many cues fired."""
    out: list[GoalMention] = []
    for m in mentions:
        twin = next((x for x in out if x.scorer == m.scorer and (x.minute is m.minute or m.minute is None or x.minute is None)), None)
        if twin is None:
            out.append(m)
            continue
        twin.penalty |= m.penalty
        twin.header |= m.header
        twin.own_goal |= m.own_goal
        twin.assist = twin.assist or m.assist
        twin.minute = twin.minute or m.minute
        twin.side = twin.side or m.side
        twin.count = max(twin.count, m.count)
    return out
