"""Cards: bookings, second yellows and red cards, from prose ("X was sent off for a second
bookable offence") and from lists ("Booked: Fowler, Sibierski").

A player gets one card of each colour at most: later tellings of the same card merge, and a
second-yellow telling upgrades a plain "sent off".
"""
from __future__ import annotations

from functools import lru_cache

import regex
from ..patterns import compile_pattern

from ..facts import Card, CardKind
from .affiliation import told_fouled
from .context import Context
from .cues import cued
from .lexicon import PhraseMatcher, load
from .minutes import MinuteMention
from .people import NameMention, role_noun_pattern
from .stats import first_person_side, says_we
from .summary_lines import group_team, list_lines, side_of_block_before
from .teams import gazetteer

_RANK = {CardKind.yellow.value: 0, CardKind.red.value: 1, CardKind.second_yellow.value: 2}
# Sentences that open by carrying on from the one before take its minute, as approximate.
_SEQUEL = compile_pattern(r"^(?:following|after|then|moments later|soon after|from the resulting|in the aftermath)\b", regex.I)
_NOT_A_CARD = compile_pattern(r"\b(?:escaped|escape|avoided|avoid|spared|could have|should have|would have|no card|without a card|lucky not|fortunate not|rescinded|overturned|appeal|accumulation|suspended|suspension|banned|ban)\b", regex.I)
_REDUCED = cued(compile_pattern(r"\b(?:reduced\s+to|down\s+to|left\s+with|(?:played|playing|finished|ended)\s+(?:\w+\s+){0,4}?with)\s+(?:ten|10|nine|9)\s+(?:men|players)\b", regex.I),
                "men", "players")


@lru_cache(maxsize=None)
def _patterns() -> dict[str, regex.Pattern]:
    cards = load("events")["card"]
    return {kind: PhraseMatcher(words) for kind, words in cards.items()}


@lru_cache(maxsize=None)
def _card_cues() -> PhraseMatcher:
    """Every card phrase in one matcher: where it finds none in a sentence, no clause of it
    (its words are the sentence's words) holds one."""
    return PhraseMatcher.union(*_patterns().values())


def find_cards(ctx: Context) -> list[Card]:
    found: dict[str, Card] = {}
    order: list[str] = []

    def add(card: Card) -> None:
        k = f"{card.player}|{'red' if card.card != 'yellow' else 'yellow'}"
        old = found.get(k)
        if old is None:
            found[k] = card
            order.append(k)
            return
        if _RANK[card.card] > _RANK[old.card]:
            old.card = card.card
            old.evidence = card.evidence or old.evidence    # the telling that says what it was
        if old.minute is None and card.minute is not None:
            old.minute, old.stoppage, old.approximate = card.minute, card.stoppage, card.approximate
        old.team = old.team or card.team

    pats = _patterns()
    previous_minute = None
    listed = {id(line.sentence): line for line in list_lines(ctx) if line.kind in ("yellow", "red")}
    for sentence in ctx.sentences:
        line = listed.get(id(sentence))
        if line is not None:
            for card in _listed_cards(ctx, line):
                add(card)
            continue
        under = _BOOKED_UNDER_ROW.match(sentence.text)
        prior = ctx.neighbour(sentence, -1) if under else None
        row = _ROW_NAME.match(prior.text) if prior is not None and sentence.line_start else None
        if row:     # "5 Famuyide" then "Booked at 86mins" on a line of its own
            minute = int(under.group("m"))
            add(Card(player=ctx.roster.name(row.group("name")), team=ctx.team_name(_heading_side(ctx, sentence)), card=CardKind.yellow,
                     minute=minute if minute <= 130 else None, evidence=ctx.evidence(sentence, "card-live")))
            continue
        live = _LIVE_BOOKING.match(sentence.text)
        if live:    # "- 19MaksimovicBooked at 77mins" under a team heading
            minute = int(live.group("m"))
            add(Card(player=ctx.roster.name(live.group("name")), team=ctx.team_name(_heading_side(ctx, sentence)), card=CardKind.yellow,
                     minute=minute if minute <= 130 else None, evidence=ctx.evidence(sentence, "card-live")))
            continue
        if sentence.start >= ctx.events_end:
            continue        # prose in a facts section may tell other matches' cards
        sentence_minutes = [m for m in ctx.minutes_in(sentence.start, sentence.end) if m.minute is not None]
        # a sentence with no card phrase has no clause _kind reads a card in
        spans = _card_spans(ctx, sentence, pats) if _card_cues().search(sentence.text) else []
        asides = _booking_asides(ctx, sentence)     # "X, already booked, ...": read once a sentence
        for c_start, c_end in spans:
            clause = ctx.folded[c_start:c_end]
            kind = _kind(clause, sentence.text, pats)
            if kind is None:
                continue
            trigger = min((m.start() for k in ("second_yellow", "red", "yellow") for m in pats[k].finditer(clause)), default=0)
            if _NOT_A_CARD.search(clause, 0, trigger + 15):
                continue
            if kind == CardKind.red and _EARLIER_BOOKING.search(ctx.folded, sentence.start, c_end):
                kind = CardKind.second_yellow   # "The right-back, already on a yellow card, ... was sent off"
            if kind == CardKind.yellow and any(m.start() <= c_start + trigger < m.end() for m, _ in asides):
                continue    # "Canavan, already on a booking, slid in ...": _earlier_bookings tells it
            carded = _carded_players(ctx, c_start, c_end, c_start + trigger) or _subject_told_before(ctx, sentence, c_start, c_start + trigger) \
                or _role_told_before(ctx, sentence, c_start + trigger)
            carded = [p for p in carded if ctx.roster.name(p.surface) not in ctx.managers]    # not a coach or the referee
            if not carded or _ON_THE_TOUCHLINE.search(clause):
                continue    # ("Emery, booked for a prolonged protest on the touchline": a manager's card)
            player = carded[0]
            minute_mention = _card_minute(ctx, sentence, spans, (c_start, c_end), c_start + trigger, kind, sentence_minutes, pats)
            minute, stoppage, approx = ctx.minute_fields(minute_mention, sentence.text)
            if minute is None and previous_minute and _SEQUEL.match(sentence.text):
                minute, stoppage, approx = previous_minute[0], previous_minute[1], True
            if minute is None and not _EARLIER.search(clause):
                # "Then, in the fifth minute of stoppage time, ... Vogt caught the midfielder.
                # The referee ... showed Vogt a second yellow card": the foul's time
                minute, stoppage, approx = _told_just_before(ctx, sentence, carded[0])
            side = _card_side(ctx, sentence, player, kind)
            mate = _TEAM_MATE.search(ctx.folded, c_start + trigger, min(sentence.end, c_start + trigger + 80))
            mates = _named_list(ctx, mate.end(), sentence.end) if mate else []
            for player in carded + mates:
                side = _side(ctx, sentence, player) or (side if player is carded[0] or player in mates else None)
                add(Card(player=ctx.roster.name(player.surface), team=ctx.team_name(side), card=kind,
                         minute=minute, stoppage=stoppage, approximate=approx,
                         evidence=ctx.evidence(sentence, f"card-{kind.value}")))
        for card in _earlier_bookings(ctx, sentence, asides):
            add(card)
        if sentence_minutes:
            previous_minute = ctx.minute_fields(sentence_minutes[-1], sentence.text)[:2]
    cards = [found[k] for k in order]
    _short_handed(ctx, cards)
    teams = {c.player: c.team for c in cards if c.team}
    for card in cards:      # a player's yellow and his second yellow are for one side
        card.team = card.team or teams.get(card.player)
    return cards


def _card_minute(ctx: Context, sentence, spans, clause_span: tuple[int, int], trigger: int, kind: CardKind,
                 sentence_minutes, pats) -> MinuteMention | None:
    """The time of the card told at `trigger`: the nearest in its clause; else in a clause that
    goes on telling this card without naming anyone ("..., to be sent off after a second yellow
    card in the 88th minute"); else the sentence's, but not one that dates another card told
    beside it nor the time of an "already booked" aside (nor any for the aside's own yellow: the
    sentence dates the card that sent him off)."""
    c_start, c_end = clause_span
    clause = ctx.folded[c_start:c_end]
    nearest = lambda m: abs(m.start - trigger)    # noqa: E731
    found = min((m for m in ctx.minutes_in(c_start, c_end) if m.minute is not None), key=nearest, default=None)
    if found is not None:
        return found
    kinds = {(a, b): _kind(ctx.folded[a:b], sentence.text, pats) for a, b in spans if (a, b) != clause_span}
    goes_on = [(a, b) for (a, b), other in kinds.items() if other == kind and not ctx.names_in(a, b)]
    found = min((m for m in sentence_minutes if any(a <= m.start < b for a, b in goes_on)), key=nearest, default=None)
    if found is not None:
        return found
    others = [span for span, other in kinds.items() if other] + _earlier_asides(ctx, sentence)
    pool = [m for m in sentence_minutes if not any(a <= m.start < b for a, b in others)]
    if pool and not (kind == CardKind.yellow and _EARLIER.search(clause)):
        return min(pool, key=nearest)
    return None


def _card_side(ctx: Context, sentence, player: NameMention, kind: CardKind) -> str | None:
    """The side of a card told in prose: the player's, the side the sentence tells of, the team
    heading a line-up row ("CB 29 Finn Jeltsch Yellow card 55'" under "VfB Stuttgart"), or for a
    red the side "reduced to ten men"."""
    side = _side(ctx, sentence, player) or _told_of_side(ctx, sentence)
    if side is None and sentence.line_start and _LINEUP_ROW.match(sentence.text):
        side = _heading_side(ctx, sentence)
    if side is None and kind != CardKind.yellow:
        short = _REDUCED.search(sentence.text)
        if short:     # "The Dons were reduced to ten men when ..."
            side = _side_told_reduced(ctx, sentence, short)
    return side


_COMMA_PREDICATE = compile_pattern(r",\s+(?=(?:was|were|then|later)\s)")
_AND_NAME = compile_pattern(r"\s(?:and|while|whilst|as|with)\s+(?=\p{Lu})")


def _card_spans(ctx: Context, sentence, pats) -> list[tuple[int, int]]:
    """The sentence's clauses, a clause with two cards cut where the second player's telling
    begins: "Lopes was booked in the first half and Bohemians' Flores picked up a yellow on 77
    minutes" is two cards with a minute each."""
    spans = []
    for c_start, c_end in ctx.clauses(sentence):
        triggers = sorted(m.start() for k in ("second_yellow", "red", "yellow") for m in pats[k].finditer(ctx.folded, c_start, c_end))
        cuts = []
        for before, after in zip(triggers, triggers[1:]):
            # "Lopes was booked ... and Bohemians' Flores picked up a yellow"; "Zawadzki, already
            # cautioned in the 38th minute, was shown a second yellow": each telling its own span
            joins = [m.end() for m in _AND_NAME.finditer(ctx.folded, before, after)] or \
                    [m.end() for m in _COMMA_PREDICATE.finditer(ctx.folded, before, after)]
            if joins:
                cuts.append(joins[-1])
        edges = [c_start, *cuts, c_end]
        spans.extend(zip(edges, edges[1:]))
    return spans


def _told_just_before(ctx: Context, sentence, player: NameMention) -> tuple[int | None, int | None, bool]:
    """The minute of the sentence before, in the same paragraph, when it names the same player."""
    prior = ctx.neighbour(sentence, -1)
    if prior is None or prior.paragraph != sentence.paragraph:
        return None, None, False
    name = ctx.roster.name(player.surface)
    if not any(ctx.roster.name(n.surface) == name for n in ctx.names_in(prior.start, prior.end)):
        return None, None, False
    told = [m for m in ctx.minutes_in(prior.start, prior.end) if m.minute is not None]
    if not told:
        return None, None, False
    minute, stoppage, _ = ctx.minute_fields(told[-1], prior.text)
    return minute, stoppage, True


# "Kiwior, booked earlier for a foul on Gakpo, ...", "Tagliafico, who had already been cautioned
# in the first half, ...": the first yellow of a player sent off, told as an aside
_EARLIER_BOOKING = cued(compile_pattern(
    r"(?:already|previously)\s+(?:been\s+)?(?:booked|cautioned|shown\s+a\s+yellow)|(?:booked|cautioned)\s+(?:earlier|previously)"
    r"|already\s+on\s+a\s+(?:yellow|booking|caution)"
    # "Wielenga, who had been cautioned in the first half, received a second yellow"
    r"|(?<=\bhad\s)been\s+(?:booked|cautioned)", regex.I), "already", "previously", "earlier", "been")
_TO_ASIDE = compile_pattern(r"(?<!\s)\s*+[,–—-]\s*+(?:who\s++)?(?:(?:had|has|was)\s++)?|(?<!\s)\s++(?:had|has|was)\s++", regex.I)
_ASIDE_END = compile_pattern(r"[,;.]|\s(?:and|but|to|when|before)\s")


def _earlier_asides(ctx: Context, sentence) -> list[tuple[int, int]]:
    """Where the sentence tells an earlier booking, up to the end of that aside."""
    return [(m.start(), _aside_end(ctx, m.end(), sentence)) for m in _EARLIER.finditer(ctx.folded, sentence.start, sentence.end)]


def _aside_end(ctx: Context, pos: int, sentence) -> int:
    end = _ASIDE_END.search(ctx.folded, pos, sentence.end)
    return end.start() if end else sentence.end


def _booking_asides(ctx: Context, sentence) -> list[tuple[regex.Match, NameMention]]:
    """Each aside telling a player's earlier booking, with the player it hangs on."""
    out = []
    for m in _EARLIER_BOOKING.finditer(ctx.folded, sentence.start, sentence.end):
        if ctx.quoted(m.start()):
            continue
        owner = ctx.last_name_before(m.start(), floor=sentence.start)
        if owner is not None and ctx.roster.name(owner.surface) not in ctx.managers and _TO_ASIDE.fullmatch(ctx.folded, owner.end, m.start()):
            out.append((m, owner))
    return out


def _earlier_bookings(ctx: Context, sentence, asides) -> list[Card]:
    """The yellow each booking aside tells ("Kiwior, booked earlier for a foul on Gakpo, ...")."""
    cards = []
    for m, owner in asides:
        told = [t for t in ctx.minutes_in(m.end(), _aside_end(ctx, m.end(), sentence)) if t.minute is not None]
        minute, stoppage, approx = ctx.minute_fields(told[0], sentence.text) if told else (None, None, False)
        cards.append(Card(player=ctx.roster.name(owner.surface), team=ctx.team_name(_side(ctx, sentence, owner)), card=CardKind.yellow,
                          minute=minute, stoppage=stoppage, approximate=approx, evidence=ctx.evidence(sentence, "card-yellow")))
    return cards


def _told_of_side(ctx: Context, sentence) -> str | None:
    """The side a card sentence is told of: "Roma's misery was complete when Cristante was sent
    off", or a club site's "he will miss our trip to Newcastle"."""
    refs = ctx.refs_in(sentence.start, sentence.end)
    if refs and refs[0].start - sentence.start <= 3 and _MISERY.match(ctx.folded, refs[0].end):
        return refs[0].role
    return first_person_side(ctx) if says_we(ctx, sentence) else None


_MISERY = compile_pattern(r"'s?\s+(?:\w+\s+)?(?:misery|woes?|agony|night|afternoon|evening|day|problems|troubles|frustration|discipline|indiscipline)\b", regex.I)


def _side_told_reduced(ctx: Context, sentence, reduced: regex.Match) -> str | None:
    """The side a "reduced to ten men" phrase is told of: the team named last before it ("Cincy
    ... while the Crew, who finished with 10 men"), else the first after."""
    at = sentence.start + reduced.start()
    refs = ctx.refs_in(sentence.start, sentence.end)
    before = [r for r in refs if r.end <= at]
    return before[-1].role if before else (refs[0].role if refs else None)


_BOTH_SHORT = compile_pattern(r"\b(?:both\s+sides|both\s+teams)\s+(?:\w+\s+){0,2}?(?:down\s+to|reduced\s+to|with)\s+(?:ten|10)\s+men|\b(?:ten|10)\s+men\s+(?:apiece|each)\b", regex.I)
_NINE = compile_pattern(r"\b(?:nine|9)[\s-]+(?:man|men)\b", regex.I)


def _short_handed(ctx: Context, cards: list[Card]) -> None:
    """Red cards of unknown side go to the side the report calls ten-man (or nine-man) when
    only one side is so called."""
    sides = {r.role for m in _SHORT_HANDED.finditer(ctx.folded) for r in ctx.refs_in(m.start(), m.end() + 40)[:1]}
    for s in ctx.sentences:
        reduced = _REDUCED.search(s.text)
        side = _side_told_reduced(ctx, s, reduced) if reduced else None
        if side:
            sides.add(side)
    if len(sides) != 1 or _BOTH_SHORT.search(ctx.folded):
        return      # (not when "both sides" or "ten men apiece" were reduced)
    side = sides.pop()
    # one man down: a red the side already has is the one; no second red goes to it unless the
    # text says nine men
    sent_off = sum(1 for c in cards if c.team == ctx.team_name(side) and c.card != CardKind.yellow)
    room = (2 if _NINE.search(ctx.folded) else 1) - sent_off
    for card in cards:
        if room > 0 and card.team is None and card.card != CardKind.yellow:
            card.team = ctx.team_name(side)
            room -= 1


def _named_list(ctx: Context, start: int, end: int) -> list[NameMention]:
    """The players named from `start` on, one after another ("Fulham's Sander Berge and Calvin
    Bassey"), not managers."""
    out: list[NameMention] = []
    for n in ctx.names_in(start, end):
        gap = ctx.folded[out[-1].end if out else start:n.start]
        if (out and not _GROUP_GAP.fullmatch(gap)) or (not out and not _LIST_LEAD.fullmatch(gap)):
            break
        out.append(n)
    return [n for n in out if ctx.roster.name(n.surface) not in ctx.managers]


_LIST_LEAD = compile_pattern(r"(?:(?-i:\p{Lu})[\p{L}.-]*(?:'s?\s+|\s+[a-z-]+\s+))?")
# "Vieira was booked for the challenge, as was his team-mate Hugo Matos"
_TEAM_MATE = compile_pattern(r",?\s*as\s+(?:was|were)\s+(?:his|her|their)?\s*(?:team-?mates?\s+|teammates?\s+|colleague\s+)?(?=\p{Lu})")
_SHORT_HANDED = compile_pattern(r"\b(?:ten|10|nine|9)[\s-]+man\b", regex.I)
# BBC live pages: "- 19MaksimovicBooked at 77mins", "20 Pryce Booked at 71mins" under a line naming the team.
_LIVE_BOOKING = compile_pattern(r"^-?\s*\d{0,2}\s?(?P<name>\p{Lu}[\p{L}'-]+(?:\s\p{Lu}[\p{L}'-]+){0,3})\s?Booked\s+at\s+(?P<m>\d{1,3})\s*mins?")


_BOOKED_UNDER_ROW = compile_pattern(r"^Booked\s+at\s+(?P<m>\d{1,3})\s*mins?\b", regex.I)
_ROW_NAME = compile_pattern(r"^\d{1,2}\s+(?P<name>\p{Lu}[\p{L}'-]+(?:\s\p{Lu}[\p{L}'-]+){0,3})\s*$")
# A line-up row of a match page: "CB 29 Finn Jeltsch Yellow card 55'", "19 Maksimovic"
_LINEUP_ROW = compile_pattern(r"^(?:[A-Z]{2,3}\s+)?\d{1,2}\s+\p{Lu}")


def _heading_side(ctx: Context, sentence) -> str | None:
    for s in reversed(ctx.sentences):
        if s.end > sentence.start:
            continue
        refs = ctx.refs_in(s.start, s.end)
        if refs and s.end - s.start <= refs[0].end - refs[0].start + 2:
            return refs[0].role
    return None


# "Sato (87)", "Ruben Olde (Twente, 67)", "Fowler 35"
_LIST_MINUTE = compile_pattern(r"\s*(?:\((?P<team>[^()\d]{0,40}?)?,?\s*(?P<m>\d{1,3})(?:st|nd|rd|th)?(?:\s?\+\s?(?P<s>\d{1,2}))?'?\)|\s(?P<m2>\d{1,3})(?:\+(?P<s2>\d{1,2}))?'?)")


def _listed_cards(ctx: Context, line) -> list[Card]:
    kind = CardKind.yellow if line.kind == "yellow" else CardKind.red
    out = []
    sentence = line.sentence
    for n in ctx.names_in(sentence.start + line.body, sentence.end):
        # "Maitland-Niles (69th), Tessmann (77th) for Lyon; Kondogbia (52nd) for Marseille"
        side = line.side or group_team(ctx, sentence, n.end - sentence.start, len(sentence.text)) or ctx.roster.side(n.surface)
        minute = stoppage = None
        m = _LIST_MINUTE.match(ctx.folded, n.end)
        if m and int(m.group("m") or m.group("m2")) <= 130:
            minute = int(m.group("m") or m.group("m2"))
            extra = m.group("s") or m.group("s2")
            stoppage = int(extra) if extra and int(extra) <= 30 else None
            if m.group("team"):
                refs = ctx.refs_in(m.start(), m.end())
                side = refs[0].role if refs else side
        side = side or _block_side(ctx, sentence.start)
        out.append(Card(player=ctx.roster.name(n.surface), team=ctx.team_name(side), card=kind,
                        minute=minute, stoppage=stoppage, evidence=ctx.evidence(sentence, "card-list")))
    return out


_STRAIGHT = compile_pattern(r"\b(?:straight|direct)\s+reds?\b", regex.I)


def _kind(clause: str, sentence: str, pats) -> CardKind | None:
    if any(not _NOT_A_CARD.search(clause, max(0, m.start() - 25), m.start()) for m in pats["second_yellow"].finditer(clause)):
        return CardKind.second_yellow   # not "was lucky to escape a second caution"
    if pats["red"].search(clause):
        # (a "straight red" is none, whatever else the sentence tells: "Benedetto and Paredes were
        # shown second yellows, with Kurzawa and Amavi shown straight reds")
        return CardKind.second_yellow if pats["second_yellow"].search(sentence) and not _STRAIGHT.search(clause) else CardKind.red
    if pats["yellow"].search(clause):
        return CardKind.yellow
    return None


def _carded_players(ctx: Context, c_start: int, c_end: int, trigger: int) -> list[NameMention]:
    """Whom the card is for: 'X was booked', 'a red card for X', 'X and Y were sent off'."""
    names = ctx.names_in(c_start, c_end)
    if not any(n.start < trigger for n in names):
        # "Zawadzki, already cautioned in the 38th minute, was shown a second yellow": the
        # aside's owner
        owner = ctx.last_name_before(c_start, floor=max(0, c_start - 4))
        if owner is not None and _ASIDE_OPEN.fullmatch(ctx.folded, owner.end, c_start) and _ASIDE_CARD.match(ctx.folded, c_start):
            return [owner]
    if not any(n.end <= trigger for n in names) and _WHO_BEFORE.search(ctx.folded, max(0, c_start - 8), c_start):
        # "after Konate, who was booked, had felled Yildiz": the relative clause's owner
        owner = ctx.last_name_before(c_start, floor=max(0, c_start - 90))     # (past an aside: "X, a Portugal international signed in January, who ...")
        if owner:
            return [owner]
    after = [n for n in names if n.start > trigger]
    if after and _TO_BEFORE.match(ctx.folded[max(c_start, after[0].start - 12):after[0].start][-12:]):
        return [after[0]]
    names = [n for n in names if ctx.roster.name(n.surface) not in ctx.managers]
    after = [n for n in after if ctx.roster.name(n.surface) not in ctx.managers]
    before = [n for n in names if n.end <= trigger]
    # "the referee showed Vogt a second yellow card": the one it was shown to
    shown = [n for n in before if _SHOWED.search(ctx.folded, max(c_start, n.start - 14), n.start)
             and _CARD_NEXT.fullmatch(ctx.folded, n.end, trigger)]
    if shown:
        return shown[-1:]
    for i in range(len(before) - 1, -1, -1):
        n = before[i]
        if _GIVES_CARDS.match(ctx.folded, n.end):
            continue    # "... and Riley produced a second yellow card": the referee
        if _OBJECT_LEAD.search(ctx.folded, max(c_start, n.start - 20), n.start) \
                and not (ctx.folded.endswith("for ", 0, n.start) and _INFINITIVE_AFTER.match(ctx.folded, n.end)):
            continue    # "fouled Gordon", "tugged Gordon's shirt", "to deny Okafor": not the one carded
                        # (but "time for Kiwior, booked earlier, to be sent off": he is)
        group = [n]
        # "Paredes and Kurzawa, and Marseille duo Amavi and Benedetto, sent off": all of them.
        for m in reversed(before[:i]):
            gap = ctx.folded[m.end:group[0].start]
            if _GROUP_GAP.fullmatch(gap):
                group.insert(0, m)
            else:
                break
        return group
    # "a red card for X", "shown to X"; not "... for hauling back Graham", the one fouled
    return [n for n in after[:1] if not told_fouled(ctx, n, c_start)
            and not _OBJECT_LEAD.search(ctx.folded, max(c_start, n.start - 20), n.start)]


def _subject_told_before(ctx: Context, sentence, c_start: int, trigger: int) -> list[NameMention]:
    """A card told with no subject of its own ("... brought down Kuranyi and was shown a second
    yellow", "..., and the Ayr centre-back was shown a second yellow"): the first player of the
    sentence who is not one fouled or tackled on the way."""
    if not _NO_NAME_SUBJECT.search(ctx.folded, max(sentence.start, trigger - 60), trigger) \
            and not _SHOWN_ROLE().search(ctx.folded, max(sentence.start, trigger - 60), trigger):
        return []
    named = [n for n in ctx.names_in(sentence.start, trigger) if ctx.roster.name(n.surface) not in ctx.managers
             and not _OBJECT_LEAD.search(ctx.folded, max(sentence.start, n.start - 20), n.start)]
    return named[:1]


def _role_told_before(ctx: Context, sentence, trigger: int) -> list[NameMention]:
    """A card of a player the sentence names only by a role or nationality ("... the Portuguese
    went in late on Acuna, earned a second booking"): the subject of the nearest sentence
    before that names a player, not one fouled, tackled or played against there ("Rodgers had
    his hands full with Acquah. ... the centre-back was booked")."""
    role = _ROLE_SUBJECT().search(ctx.folded, sentence.start, trigger)
    if role is None or any(not _OBJECT_LEAD.search(ctx.folded, max(sentence.start, n.start - 20), n.start)
                           for n in ctx.names_in(sentence.start, role.start())):
        return []
    prior = ctx.neighbour(sentence, -1)
    for _ in range(2):
        if prior is None or prior.paragraph < sentence.paragraph - 1:
            return []
        named = [n for n in ctx.names_in(prior.start, prior.end) if ctx.roster.name(n.surface) not in ctx.managers
                 and not _OBJECT_LEAD.search(ctx.folded, max(prior.start, n.start - 20), n.start)
                 and not told_fouled(ctx, n, prior.start)]
        if named:
            return named[:1]
        prior = ctx.neighbour(prior, -1)
    return []


@lru_cache(maxsize=None)
def _ROLE_SUBJECT() -> regex.Pattern:
    demonyms = sorted({d for e in gazetteer().by_name.values() for d in e.demonyms}, key=len, reverse=True)
    return compile_pattern(r"\b(?:the\s+(?:[\w-]+\s+){0,2}?(?:" + role_noun_pattern() + "|" + "|".join(map(regex.escape, demonyms))
                           + r")|(?<![\w-])(?:he|she))\b(?!\s+(?:side|team|club|squad|men|defence|fans))", regex.I)


# A predicate with no name of its own before the card: "and was shown a", ", and the Ayr
# centre-back was shown a" (a pronoun's player is left alone: "showed Neymar had punched
# Alvaro, ... and he was shown a red card" is not the first name's card)
_NO_NAME_SUBJECT = compile_pattern(r"(?:^|[,;]|\band|\bbut|\bthen|\bwhen|\bas|\bafter|\bbefore)\s+(?:the\s+(?:[\w-]+\s+){0,2}?(?:defender|centre-back|center-back|full-back|midfielder|striker|forward|winger|keeper|goalkeeper|captain|substitute|player|man|veteran|youngster)\s+)?"
                                   r"(?:had\s+)?(?:was|were|been)\s+(?:\w+\s+){0,2}$", regex.I)
@lru_cache(maxsize=None)
def _SHOWN_ROLE() -> regex.Pattern:
    """ "... and the referee showed the Senegal international a second yellow", "clattered into
    Davies, earning the centre-half a booking", "the referee shows him a straight red card": the
    card of the player the sentence is about."""
    return compile_pattern(r"\b(?:showed|shows|handed|gave|brandished|earning|earned|earns|costing|cost)\s+(?:the\s+(?:[\w-]+\s+){0,2}?(?:" + role_noun_pattern()
                           + r")|him|her)\s+(?:a|his|her)\s+(?:second\s+|straight\s+)?$", regex.I)


_TO_BEFORE = compile_pattern(r"\s*(?:to|for|on|against|shown\s+to)\s+$")
# Between names carded together: "Paredes and Kurzawa, and Marseille duo Amavi", "Koke and
# Benfica's Orkun Kokcu", "Kamara and Brentford captain Nathan Collins", "X and Dutch midfielder Y"
_GROUP_GAP = compile_pattern(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)(?:(?:and\s+)?[\p{L}-]+\s+(?:duo|pair|trio|teammates?)\s+"
                             r"|(?:(?-i:\p{Lu})[\p{L}.'-]*\s){0,2}?(?-i:\p{Lu})[\p{L}.-]*(?:'s?\s+|\s+[a-z-]+\s+)|[a-z-]+\s+)?")
_EARLIER = compile_pattern(r"\b(?:already|previously|earlier)\b", regex.I)
_ASIDE_OPEN = compile_pattern(r"\s*,\s*")
_ASIDE_CARD = compile_pattern(r"(?:already|previously|earlier)\s+(?:booked|cautioned|shown\s+a\s+yellow)", regex.I)
_SHOWED = compile_pattern(r"\b(?:showed|shows|showing|show|handed|hands|gave|gives|brandished)\s+$", regex.I)
_CARD_NEXT = compile_pattern(r"\s+(?:a|his|her|the)\s+(?:second\s+|straight\s+|first\s+)?", regex.I)
_WHO_BEFORE = compile_pattern(r",\s*who\s+$", regex.I)
_ON_THE_TOUCHLINE = compile_pattern(r"\b(?:on|from|in|into)\s+(?:the|his|her)\s+(?:touchline|technical\s+area|dugout)\b", regex.I)
_GIVES_CARDS = compile_pattern(r"\s+(?:then\s+|duly\s+|promptly\s+|immediately\s+)?(?:produced|flashed|brandished|issued|waved|pulled\s+out|reached\s+for)\b", regex.I)
_INFINITIVE_AFTER = compile_pattern(r"(?:\s*,[^,]{0,60},)?\s+to\s+(?:be|receive|see|pick|collect|get)\b", regex.I)
_OBJECT_LEAD = compile_pattern(r"(?:(?<!\bLate\s)\bon|\bby|\bfor|\bdeny|\bdenying|\bdenied|\bchallenge\s+on|\b[a-z]{3,}(?:ed|ing)\s+into|\b(?:brought|pulled|hauled|held|knocked|took)\s+(?:down|back)|\b(?!was\b|has\b)[a-z]{3,}(?:ed|ing|s))\s+$")


def _side(ctx: Context, sentence, player: NameMention) -> str | None:
    side = ctx.roster.side(player.surface)
    if side:
        return side
    # "dismissed for a foul on Roofe": the victim's opponent.
    for n in ctx.names_in(player.end, sentence.end):
        if told_fouled(ctx, n, player.end):
            victim = ctx.roster.side(n.surface)
            if victim:
                return ctx.other(victim)
            break
    for ref in ctx.refs_in(sentence.start, sentence.end):
        gap = ctx.folded[ref.end:player.start] if ref.end <= player.start else None
        if gap is not None and _TEAM_GAP.fullmatch(gap):
            return ref.role
    # "booked for stopping a Betis break", "... as Mainz pushed for an equaliser": the side the
    # foul stopped is the other one
    for ref in ctx.refs_in(player.end, sentence.end):
        if (_STOPPING.search(ctx.folded, max(player.end, ref.start - 20), ref.start) and _ATTACK_NOUN.match(ctx.folded, ref.end)) \
                or (_AS_BEFORE.search(ctx.folded, max(player.end, ref.start - 5), ref.start) and _ATTACKING.match(ctx.folded, ref.end)):
            return ctx.other(ref.role)
    return None


_STOPPING = compile_pattern(r"\b(?:stopping|halting|breaking\s+up|cutting\s+out|thwarting|stop|halt)\s+(?:a|an|the)\s+$", regex.I)
_ATTACK_NOUN = compile_pattern(r"(?:'s)?\s+(?:break|counter|counter-attack|counterattack|attack|move|breakaway|raid)\b", regex.I)
_AS_BEFORE = compile_pattern(r"\bas\s+$", regex.I)
_ATTACKING = compile_pattern(r"\s+(?:\w+\s+)?(?:pushed|pressed|threatened|broke|attacked|countered|searched|chased|poured|surged|went\s+in\s+search|went\s+looking|looked\s+for)\b", regex.I)


_TEAM_GAP = compile_pattern(r"(?:'s?)?\s+(?:[\w-]+\s+){0,2}")


def _block_side(ctx: Context, pos: int) -> str | None:
    return side_of_block_before(ctx, pos)
