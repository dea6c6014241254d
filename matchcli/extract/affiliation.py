"""Which side each player is on, learnt from how the report names them together with a team:
"Dortmund's Adeyemi", "Dortmund forward Karim Adeyemi", "Adeyemi (Dortmund)", and, for a
player named just before, "the Dortmund defender" or "the Argentine"."""
from __future__ import annotations

from functools import lru_cache

import regex
from ..patterns import compile_pattern, compile_tail

from .context import Context
from .cues import cued
from .lexicon import alternation
from .people import role_noun_pattern

_GAP_TO_NAME = compile_pattern(r"(?:'s?)?\s+(?:(?:[a-z][\w-]*|\p{Lu}[\w-]*)\s+){0,3}")
_GROUP = compile_pattern(r"(?:duo|pair|trio|substitutes|subs|defenders|midfielders|forwards|strikers|players|pairing)\s", regex.I)
_LIST_GAP = compile_pattern(r"\s*(?:,|and|&)\s*")
# Words that join clauses: a team word before one describes no player after it
JOINING_WORDS = r"and|or|but|as|when|while|then"
_JOINING = compile_pattern(r"\s(?:" + JOINING_WORDS + r")\s", regex.I)
_PAREN_AFTER = compile_pattern(r"\s*\(\s*$")


# "Messi led Argentina to ...", "Kane fired Bayern ahead": a player carrying his own side.
_CARRIED = compile_pattern(r"\s+(?:\w+\s+)?(?:led|leads|inspired|inspires|helped|helps|guided|guides|fired|fires|propelled|propels|carried|carries|powered|powers|sent|sends|put|puts|gave|gives|earned|earns|rescued|rescues|handed|hands)\s+(?:(?:ten|10|nine|9)-man\s+)?$", regex.I)


# "Woltemade's late header sinks Spurs", "X stuns Arsenal": the player beat that side
_SINKS = compile_pattern(r"(?:'s?\s+(?:[\w-]+\s+){0,3}?)?\s*(?:sinks|sank|downs|downed|stuns|stunned|beats|edges\s+past|sees\s+off|saw\s+off|knocks\s+out|dumps|dumped|breaks|broke|haunts|haunted|punishes|punished)\s+$", regex.I)


def _learn_demonyms(ctx: Context) -> None:
    """Between national teams, "Uruguayan defender Nicolas Varela" and "the Argentine Messi"
    name the player's side."""
    for side in (ctx.home, ctx.away):
        if side is None or side.entry.kind != "nation" or not side.entry.demonyms:
            continue
        # (not "two Danish midfielders and Kramaric": a joining word ends the phrase)
        pattern = compile_pattern(alternation(side.entry.demonyms) + r"\s+(?:(?!(?:" + JOINING_WORDS + r")\s)[a-z][\w-]*\s+){0,2}(?=\p{Lu})")
        for m in pattern.finditer(ctx.folded):
            named = ctx.names_in(m.end(), m.end() + 1)
            if named:
                ctx.roster.vote(named[0].surface, side.role, 1.5)


_OF_TEAM = compile_pattern(r"\s+of\s+(?:the\s+)?")


@lru_cache(maxsize=None)
def _venue_role_pattern() -> regex.Pattern:
    return compile_pattern(r"\b(?P<where>home|host|hosts'|visiting|away|visitors')\s+(?:[a-z][\w-]*\s+)?"
                         + role_noun_pattern() + r"\s+(?=\p{Lu})", regex.I)


def _learn_venue_roles(ctx: Context) -> None:
    """"home defender Kane Wilson", "the visiting goalkeeper X": the side by where it plays."""
    for m in _venue_role_pattern().finditer(ctx.folded):
        named = ctx.names_in(m.end(), m.end() + 1)
        if named:
            side = "home" if m.group("where").lower().startswith(("home", "host")) else "away"
            ctx.roster.vote(named[0].surface, side, 1.5)


def learn_affiliations(ctx: Context) -> None:
    _learn_demonyms(ctx)
    _learn_venue_roles(ctx)
    role = compile_pattern(r"(?:'s\s+)?(?:[\w-]+\s+){0,2}?" + role_noun_pattern(), regex.I)
    for ref in ctx.team_refs:
        following = ctx.names_in(ref.end, ref.end + 60)
        if following:
            n = following[0]
            gap = ctx.folded[ref.end:n.start]
            # "Dortmund's Adeyemi", "Dortmund forward Adeyemi", "Bayern's England striker Kane"
            # (not "two Danish midfielders and Kramaric": a joining word ends the phrase)
            if "\n" not in gap and _GAP_TO_NAME.fullmatch(gap) and not _JOINING.search(gap) \
                    and (gap.startswith("'") or role.match(gap.lstrip()) or gap == " " or _GROUP.match(gap.lstrip())):
                ctx.roster.vote(n.surface, ref.role, 2.0)
                # "PSG substitutes Paredes and Kurzawa": the whole list
                for m in ctx.names_in(n.end, n.end + 80):
                    if not _LIST_GAP.fullmatch(ctx.folded[n.end:m.start]):
                        break
                    ctx.roster.vote(m.surface, ref.role, 2.0)
                    n = m
                continue
        prior = ctx.last_name_before(ref.start, floor=max(0, ref.start - 40))
        if prior is not None and _OF_TEAM.fullmatch(ctx.folded, prior.end, ref.start):
            ctx.roster.vote(prior.surface, ref.role, 2.0)     # "Sam Morsy of Ipswich Town"
            continue
        if prior is not None and _CARRIED.fullmatch(ctx.folded[prior.end:ref.start]):
            ctx.roster.vote(prior.surface, ref.role, 1.0)
            continue
        if prior is not None and _SINKS.fullmatch(ctx.folded[prior.end:ref.start]):
            ctx.roster.vote(prior.surface, ctx.other(ref.role), 1.0)    # "Woltemade's late header sinks Spurs"
            continue
        # "Adeyemi (Dortmund)"
        if _PAREN_AFTER.search(ctx.folded[max(0, ref.start - 3):ref.start]):
            prior = ctx.last_name_before(ref.start, floor=max(0, ref.start - 40))
            if prior is not None:
                ctx.roster.vote(prior.surface, ref.role, 2.0)
                continue
        # "... Bensebaini, with the Dortmund defender inadvertently flicking ...": the last
        # player named before a "the <team> <role>" phrase is that player.
        # (as a subject: not "a lunge on Wood that left the Sydney striker needing treatment",
        # where the phrase is an object and names the one fouled)
        lead = ctx.folded[max(0, ref.start - 4):ref.start].lower()
        if lead.endswith("the ") and role.match(ctx.folded, ref.end + 1) is not None \
                and _in_subject_slot(ctx.folded[max(0, ref.start - 16):ref.start - 4]):
            prior = _last_actor_before(ctx, ref.start, floor=max(0, ref.start - 300))
            if prior is not None:
                ctx.roster.vote(prior.surface, ref.role, 1.0)
    _learn_from_fouls(ctx)
    for ref in ctx.team_refs:
        # "The Robins had trailed to Simms' first-half header": the scorer is the other side's
        behind = _TRAILED_TO.match(ctx.folded, ref.end)
        named = ctx.names_in(behind.end(), behind.end() + 1) if behind else []
        if named:
            ctx.roster.vote(named[0].surface, ctx.other(ref.role), 1.0)


_SUBJECT_SLOT = compile_pattern(r"(?:[.,;:!?\n(]|\b(?:and|but|with|as|when|while|before|after|until|then|where|because|so))$", regex.I)


def _in_subject_slot(before: str) -> bool:
    """The words before a phrase leave it a subject: nothing, a stop, or a joining word."""
    before = before.rstrip()
    return not before or bool(_SUBJECT_SLOT.search(before))
_TRAILED_TO = compile_pattern(r"\s+(?:had\s+)?(?:trailed|fell\s+behind|went\s+behind|were\s+behind)\s+(?:to|through|after)\s+(?:a\s+|an\s+)?(?=\p{Lu})", regex.I)


def _learn_from_fouls(ctx: Context) -> None:
    """A player fouled by one whose side is known plays for the other side, and the other way
    round ("McKenzie ... was shown a second yellow for hauling back Graham")."""
    for victim in ctx.names:
        if not told_fouled(ctx, victim):
            continue
        sentence_start = ctx.sentence_start(victim.start)
        fouler = _last_actor_before(ctx, victim.start, floor=sentence_start)
        if fouler is None or ctx.roster.name(fouler.surface) in ctx.managers:
            continue
        known_fouler, known_victim = ctx.roster.side(fouler.surface), ctx.roster.side(victim.surface)
        if known_fouler and not known_victim:
            ctx.roster.vote(victim.surface, ctx.other(known_fouler), 0.5)
        elif known_victim and not known_fouler:
            ctx.roster.vote(fouler.surface, ctx.other(known_victim), 0.5)


def _last_actor_before(ctx: Context, pos: int, floor: int):
    """The last player named before pos who is not the one fouled ("McKenzie was booked for a
    late challenge on Turner, and the Ayr centre-back ..." is McKenzie)."""
    prior = ctx.last_name_before(pos, floor=floor)
    while prior is not None and told_fouled(ctx, prior, floor):
        prior = ctx.last_name_before(prior.start, floor=floor)
    return prior


# The words before a fouled player: "a foul on", "tripped", "hauling back"
FOUL_VICTIM_LEAD = compile_tail(r"(?:foul(?:ing)?\s+on|fell(?:ing|ed)|foul(?:ing|ed)|trip(?:ping|ped)|drag(?:ging|ged)|clip(?:ping|ped)|hack(?:ing|ed)|scyth(?:ing|ed)|barg(?:ing|ed)|(?:challenge|tackle|lunge)\s+on|(?:brought|bringing|hauling|hauled|pulling|pulled)\s+(?:down|back)|punch(?:ing|ed)?|kick(?:ing|ed)|elbow(?:ing|ed)|clatter(?:ing|ed)(?:\s+into)?|crash(?:ing|ed)\s+into|catching|caught|stamp(?:ing|ed)\s+on|shov(?:ing|ed)|push(?:ing|ed)|headbutt(?:ing|ed)?)\s+(?:the\s+)?"
                              # ("a wild challenge on Liverpool substitute Sinama-Pongolle")
                              r"(?:(?:\p{Lu}[\p{L}'-]+|substitute|defender|midfielder|striker|forward|winger|captain|full-back|centre-back|goalkeeper|keeper)\s+){0,2}$", regex.I)


def told_fouled(ctx: Context, player, floor: int = 0) -> bool:
    """The player is named as the one fouled ("a foul on X", "tripped X", "a wild challenge on
    Liverpool substitute X"), looking back no further than `floor`."""
    return bool(FOUL_VICTIM_LEAD.search(ctx.folded, max(floor, player.start - 60), player.start))


_MANAGED = compile_pattern(r"'s?\s+(?:[\w-]+\s+)?(?P<noun>men|side|team|charges|troops|hosts|visitors|outfit|players|squad|boys|girls|women|lads|youngsters)\b", regex.I)
_MANAGER_TITLE = compile_tail(r"\b(?:manager|coach|boss|head\s+coach|trainer|gaffer|referee|ref|official|linesman|assistant\s+referee)[,:]?\s+$", regex.I)


_CLUB_TITLE_GAP = compile_pattern(r"(?:'s?)?\s+(?:head\s+|first-team\s+|interim\s+|caretaker\s+)?(?:manager|coach|boss|trainer|gaffer)[,:]?\s+", regex.I)


# Read after every name: compiled once rather than looked up in regex's cache each time.
_OWNER_MARK = compile_pattern(r"'s?\s+")


def find_managers(folded: str, names, roster, team_starts: dict[int, str] | None = None,
                  team_ends: dict[int, str] | None = None) -> dict[str, str | None]:
    """Managers and coaches, by canonical name, with the side when the text tells it:
    "Xabi Alonso's hosts" (home), "Marco Rose's Dortmund", "Hearts head coach Steven Naismith",
    "Simeone's side" (side unknown), "manager Jose Mourinho". `team_starts` and `team_ends` map
    where a side's name starts and ends to its role."""
    found: dict[str, str | None] = {}
    for n in names:
        canonical = roster.name(n.surface)
        owner = _OWNER_MARK.match(folded[n.end:n.end + 4])
        if owner and team_starts and (n.end + owner.end()) in team_starts:
            found[canonical] = found.get(canonical) or team_starts[n.end + owner.end()]
            continue
        m = _MANAGED.match(folded, n.end)
        if m:
            noun = m.group("noun").lower()
            side = "home" if noun == "hosts" else "away" if noun == "visitors" else None
            found[canonical] = found.get(canonical) or side
        elif _MANAGER_TITLE.search(folded, max(0, n.start - 20), n.start):
            # "Hearts head coach Steven Naismith": the club named before the title
            side = next((role for end, role in (team_ends or {}).items()
                         if n.start - 40 <= end < n.start and _CLUB_TITLE_GAP.fullmatch(folded, end, n.start)), None)
            found[canonical] = found.get(canonical) or side
    return found


# "after Botman clipped Schade", "Iredale had handled", "Bensebaini conceded a penalty"
_CONCEDED = compile_pattern(
    r"\s+(?:had\s+|was\s+penali[sz]ed\s+for\s+|was\s+(?:booked|cautioned|sent\s+off|dismissed)\s+for\s+)?"
    r"(?:clipped|fouled|tripped|handled|felled|upended|caught|catches|brought\s+down|pulled\s+down|"
    r"hauled\s+down|bundled\s+over|bringing\s+down|pulling\s+down|hauling\s+down|tripping|fouling|felling|handling|"
    r"tugged|tugging|pulled\s+back|held\s+back|dragged\s+down|shoved|"
    r"conceded\s+(?:a|the)\s+(?:penalty|spot-kick)|gave\s+away\s+(?:a|the)\s+(?:penalty|spot-kick))\b", regex.I)
# "Penalty to Napoli", "Newcastle were awarded a penalty": the side the kick was given to
_AWARDED_TO = compile_pattern(r"(?:penalty|spot-kick)\s+(?:to|for)\s+$", regex.I)
_AWARDED_AFTER = compile_pattern(r"\s+(?:were|was)\s+(?:then\s+)?(?:awarded|given|handed)\s+(?:a|another|the)\s+(?:\w+\s+)?(?:penalty|spot-kick|chance\s+to\s+level)|\s+won\s+a\s+penalty", regex.I)
_PENALTY_WORD = cued(compile_pattern(r"penalty|spot-kick|spot\s+kick|from\s+the\s+spot", regex.I), "penalty", "spot")


def learn_from_penalties(ctx: Context, goals) -> None:
    """Who gave away a penalty plays for the other side than its taker, or than the side the
    text says it was given to ("Penalty to Napoli. Bastoni catches Hojlund's heel")."""
    _learn_from_awards(ctx)
    takers = {g.player.split()[-1]: g.team for g in goals if g.penalty and g.player and g.team and not g.own_goal}
    if not takers:
        return
    for sentence in ctx.sentences:
        if not _PENALTY_WORD.search(sentence.text):
            continue
        named = ctx.names_in(sentence.start, sentence.end)
        teams = {takers[w] for n in named for w in n.surface.split() if w in takers}
        if len(teams) != 1:
            continue
        side = "home" if teams.pop() == ctx.team_name("home") else "away"
        for n in named:
            if _CONCEDED.match(ctx.folded, n.end):
                ctx.roster.vote(n.surface, ctx.other(side), 1.0)


def _learn_from_awards(ctx: Context) -> None:
    for i, sentence in enumerate(ctx.sentences):
        lowered = sentence.text.lower()
        if "penalt" not in lowered and "spot-kick" not in lowered and "chance to level" not in lowered:
            continue
        awarded = None
        for ref in ctx.refs_in(sentence.start, sentence.end):
            if _AWARDED_TO.search(ctx.folded, max(sentence.start, ref.start - 16), ref.start) or _AWARDED_AFTER.match(ctx.folded, ref.end):
                awarded = ref.role
                break
        if awarded is None:
            continue
        # the foul is told in the same sentence or the next one of the paragraph
        following = [s for s in ctx.sentences[i + 1:i + 2] if s.paragraph == sentence.paragraph]
        for told in [sentence, *following]:
            for n in ctx.names_in(told.start, told.end):
                if _CONCEDED.match(ctx.folded, n.end):
                    ctx.roster.vote(n.surface, ctx.other(awarded), 1.0)
