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
from ..patterns import cached_build, compile_pattern, compile_tail

from .affiliation import JOINING_WORDS, told_fouled
from .context import Context
from .cues import cued, cued_words
from .lexicon import PhraseMatcher, alternation, inflections, load, words_of
from .minutes import MinuteMention
from .numbers import value
from .people import NameMention, role_noun_pattern
from .scorelines import SCORELINE
from .text import Sentence
from .unclaimed import GOAL_NOUN_OPENING, SCORE_STATE, TEAM_SCORED, Unclaimed, unclaimed


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
    more_minutes: tuple = ()         # "twice, in the 10th and 86th minutes": the later goals' minutes
    lead: str = ""                   # "The winner, ..., was ...: ... Rice headed in": the goal named
                                     # before the telling, its running-score cues when the clause has none


@lru_cache(maxsize=None)
def _patterns() -> dict:
    # built in ~8 ms, loaded from the start-up cache in ~1
    return cached_build("goal-patterns", _build_patterns, (PhraseMatcher,))


def _build_patterns() -> dict:
    ev = load("events")
    flags = regex.IGNORECASE
    return {
        # ("Demir's strike partner": a noun in a compound, not the verb)
        "strong": PhraseMatcher(_verbs(ev["goal_verbs"], ev) | set(ev["goal_verb_forms"]), not_followed_by=ev["goal_noun_compounds"]),
        # "edge" is mostly a noun ("the edge of the box"): only its verb forms
        # ("bringing down Odegaard on the counter" is a foul, whatever object follows)
        "weak": PhraseMatcher(_verbs(ev["weak_verbs"], ev) | set(ev["weak_verb_forms"]), not_followed_by=("down",)),
        # ("earned a second booking", "a second yellow": not a second goal)
        "object": PhraseMatcher(ev["goal_objects"], not_followed_by=("booking", "yellow", "caution", "card", "bookable", "half", "leg")),
        # "strike partner", "goal line": compounds that are not goals
        "noun": PhraseMatcher(ev["goal_nouns"], not_followed_by=ev["goal_noun_compounds"]),
        "negative": PhraseMatcher(ev["not_a_goal"]),
        "own_goal": PhraseMatcher(ev["own_goal"]),
        "penalty": PhraseMatcher(ev["penalty"], not_followed_by=("area", "box")),    # places, not kicks
        "header": PhraseMatcher(ev["header"]),
        "assist_noun": compile_pattern(r"'s?\s+(?:\S+\s+){0,2}?" + alternation(ev["assist_nouns"]), flags),
        "assist_noun_bare": compile_pattern(r"\s+(?:low\s+|high\s+|deep\s+|whipped\s+|curling\s+)?"
                                          + alternation([a for a in ev["assist_nouns"] if a not in ("header", "ball", "assist", "chip")]), flags),
        "assist_phrase": compile_tail(alternation(ev["assist_phrases"]) + r"\s+(?:[a-z-]+\s+){0,2}$", flags),
    }


_NOT_AGENT_BEFORE = compile_tail(r"(?:\boff|\bpast|\binside|\boutside|\bbeyond|\bover|\baround|\bbeat|\bbeating|\bagainst|\bfrom|\bto|\bwith|\bfor|\bof|\bby|\bunder|\bsaved|\bthrough|\bfouled|\babove|\bahead\s+of|\bbehind|\bbetween|\brounding|\bround|\brounded|\blobbed|\bchipped|\bnutmegged|\bbeaten|\bbeats|\boutjumping|\boutjumped|\bdespite|\bfouling|\btripped|\btripping|\breplaced|\breplacing|\bbehind|\bturning|\bturned|\bleaving|\bwrong-footing|\bwrong-footed|\bevading|\bholding\s+off|\bshrugging\s+off)\s+(?:[a-z-]+\s+){0,2}$")
def _verbs(phrases: list[str], ev: dict) -> set[str]:
    return {form for phrase in phrases for form in inflections(phrase, ev["irregular_verbs"])}


# "for X to tuck home": the name between "for" and "to" is the agent.
_AGENT_TO = compile_pattern(r"\s+to\s")
_DETERMINER = compile_pattern(r"\b(?:a|an|his|her|their|its|whose)\s+(?:(?!(?:was|were|is|are|had|has|been|then|and|to)\s)[\w-]+\s+){0,3}$", regex.I)
# "Kaoru Mitoma's glancing header": an -ing word after a possessive describes the noun
_POSSESSIVE_BEFORE = compile_pattern(r"\p{L}'s?\s+$")
_FRAME_OWNER = compile_pattern(r"\b(?:into|of|in|past|at|towards|on|behind|from|onto|meet|met|meeting|following)\s+(?:a\s+|an\s+)?$", regex.I)
_MADE_BY = compile_pattern(r"\b(?:created|set\s+up|provided|assisted|laid\s+on|teed\s+up|made)\b", regex.I)
_WHEN_NAME = compile_pattern(r"\b(?:when|as|after|with|through)\s+(?:(?:substitute|striker|defender|midfielder|forward|winger|captain)\s+)?(?=\p{Lu})")
# A clause telling a card, a save, a miss or a foul keeps its minute to itself.
_OTHER_EVENT = cued(compile_pattern(r"\b(?:sent\s+off|booked|red\s+card|yellow\s+card|dismissed|saved|missed|hit(?:s|ting)?\s+the\s+(?:post|bar|crossbar|woodwork)|denied|disallowed|ruled\s+out|substitut\w+|replaced|injur\w+|brought\s+down|fouled|tripped|felled)\b", regex.I),
                    "sent", "booked", "card", "dismissed", "saved", "missed", "hit", "denied", "disallowed", "ruled", "substitut", "replaced", "injur",
                    "brought", "fouled", "tripped", "felled")
_WINNER = compile_pattern(r"\b(?:the|a|an|late|dramatic|decisive)\s+(?:[\w-]+\s+){0,2}(?:winner|winning\s+goal|decisive\s+goal)\b", regex.I)
# "X scored ... as Rangers secured their place": the side whose win the sentence goes on to tell
_AS_TEAM = compile_pattern(r"\b(?:as|while|when|and)\s+$", regex.I)
# The subject side let a goal in: the scorer told next plays for the other side.
_PEGGED_BACK = compile_pattern(r"\b(?:(?:was|were|got|get|are|is)\s+(?:\w+\s+)?(?:pegged|pulled|reeled)\s+back|(?:was|were)\s+(?:\w+\s+)?(?:caught\s+out|undone|punished|breached|stunned|rocked|hit\s+on\s+the\s+counter)|conceded|let\s+in|shipped)\b", regex.I)
_TEAM_LOST = compile_pattern(r"\s+(?:\w+\s+)?(?:lost|lose|loses|were\s+beaten|was\s+beaten|fell\s+to|slumped|crashed|suffered|went\s+down|were\s+knocked|were\s+eliminated|bowed\s+out)\b", regex.I)
_CONTRAST = compile_pattern(r"\b(?:but|however|only\s+(?:for|to)|though|although|yet|despite|whereas|while)\b", regex.I)
# A name after one of these words is a verb's object, not a subject joined by "and".
_OBJECT_BEFORE = compile_pattern(r"\b(?:[a-z]+(?:ed|s)|by|to|for|with|from|on|off|past|against|inside|beyond|behind|around|through)\s+$")
# "when Brandt fouled Kent and Tavernier dispatched the penalty": Brandt gave it away.
# "cut the ball back to Ugarte", "squared for Salah", "slipped in Isak"
_PASS_VERBS = r"cut|pulled|squared|crossed|played|slipped|laid|knocked|nodded|passed|fed|teed|set|rolled|threaded|clipped|chipped"
_PASSED_TO = compile_pattern(r"\s+(?:" + _PASS_VERBS + r")"
                           r"\s+(?:(?!to\s|for\s)[a-z-]+\s+){0,4}?(?:to|for|in|into\s+the\s+path\s+of)\s+(?=\p{Lu})", regex.I)
# the same pass read back from the name it reached: "cut the ball back for | Isco"
# ("picked out | Mitoma": passes whose object is the player reached)
_PASSED_TO_BEFORE = compile_pattern(r"\b(?:(?:" + _PASS_VERBS + r")"
                                    r"\s+(?:(?!to\s|for\s)[a-z-]+\s+){0,4}?(?:to|for|into\s+the\s+path\s+of)"
                                    r"|picked\s+out|found|teed\s+up|set\s+up|played\s+in|slipped\s+in|played\s+through|sent\s+through|put\s+through)\s+$", regex.I)
# "Longman whipped a teasing ball in from the right and Moore ... planted a header": a delivery
_DELIVERS_AFTER = compile_pattern(r"\s+(?:whipped|swung|curled|floated|lofted|clipped|hooked|sent|delivered|crossed|fired|drilled)\s+(?:in\s+)?(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,2}?(?:ball|cross|corner|free-kick|delivery|centre)\b", regex.I)
_FOULED = compile_pattern(r"\s+(?:fouled|tripped|brought\s+down|handled|conceded|was|were|had|clipped|upended|felled)\b", regex.I)
_SHOOTOUT_NARRATION = cued(compile_pattern(r"shoot[\s-]?out|sudden\s+death|kicked\s+first|spot[\s-]?kicks|penalty\s+kicks", regex.I),
                           "shoot", "sudden", "kicked", "spot", "penalty")
_TO_SHOOTOUT = compile_pattern(r"(?:to|into|towards|for|force[ds]?|forcing|send(?:ing|s)?|sent|take|took|taking|heading\s+to)\s+(?:the\s+(?:game|match|final|tie)\s+(?:in)?to\s+)?(?:a\s+|the\s+)?(?:penalty\s+)?shoot[\s-]?out|won\s+(?:the\s+)?(?:\w+\s+)?(?:on|in)\s+(?:a\s+)?(?:penalt|shoot)|\d\s?-\s?\d\s+(?:in\s+(?:a|the)\s+)?(?:penalty\s+)?shoot", regex.I)
_DECISIVE_KICK = compile_pattern(r"\b(?:decisive|winning|clinching|deciding|final|last)\s+(?:spot[\s-]?kick|penalty|kick)\b", regex.I)
_KICK_TALK = compile_pattern(r"\b(?:kick|kicks|spot|penalt\w*|shoot[\s-]?out|sudden\s+death|wrong\s+way)\b", regex.I)
_IN_A_PLACE = compile_pattern(r"\s+the\s+(?:box|area|penalty\s+area|six-yard\s+box|centre\s+circle|middle|air|midfield|(?:opposition|opponents')\s+half)\b", regex.I)
_BALL_IN = cued_words(compile_pattern(r"\b(?:[a-z]{3,12}(?:ed|s|ing)|bent|struck|hit|slid|swept|drove|stuck|put|(?<=\bto\s)[a-z]{3,12})\s+(?:it|the\s+ball)\s+(?:(?:low|high|first\s+time)\s+)?(?:in|home|into\s+the\s+(?:net|(?:(?:far|near|bottom|top|opposite|other|left|right|left-hand|right-hand)\s+){0,2}corner|roof)|over\s+the\s+line"
                                      # "bent it over the wall and inside Friedel's right-hand post"
                                      r"|(?:over\s+the\s+wall\s+and\s+)?inside\s+(?:the|[\p{L}'-]+'s?)\s+(?:(?:near|far|left|right|left-hand|right-hand)\s+)?post)\b", regex.I),
                      "it", "ball")
# "headed Aaron Cresswell's free-kick into the bottom corner", "volleyed the cross home": a
# finish of a delivery, told by where it went
_DELIVERY_IN = cued_words(compile_pattern(
    r"\b(?:headed|nodded|volleyed|steered|glanced|flicked|prodded|poked|side-footed|guided|turned|swept|fired|drilled|lashed|stabbed)\s+"
    r"(?:(?:the|a|an|his|her|[\p{L}'-]+'s?)\s+)?(?:[\p{L}'-]+\s+){0,2}?(?:free-kick|cross|corner|pass|centre|delivery|cut-back|knock-down|lay-off)\s+"
    r"(?:home|in|into\s+the\s+(?:net|(?:(?:far|near|bottom|top|opposite|other|left|right|left-hand|right-hand)\s+){0,2}corner|roof))\b", regex.I),
    "cross", "corner", "kick", "pass", "centre", "delivery", "back", "down", "off")
# "beat Alisson at his near post", "beat the goalkeeper Valles with a crossed shot": the keeper
# beaten, told by how
_BEAT_KEEPER = cued(compile_pattern(r"\bbeat(?:s|ing)?\s+(?:the\s+(?:goalkeeper|keeper)\s+)?(?-i:\p{Lu})[\p{L}'-]+(?:\s(?-i:\p{Lu})[\p{L}'-]+){0,2}\s+"
                               r"(?:at\s+(?:his|her|the)\s+(?:near|far|front)\s+post|with\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:shot|strike|drive|finish|effort|volley|header|curler|chip|lob)"
                               r"|from\s+(?:close\s+range|\w+\s+yards)|low\s+to\s+(?:his|her)\s+(?:left|right))\b", regex.I), "beat")
# "... headed it back across goal and inside the far post to make it 2-2": the score it made
_MADE_IT = cued(compile_pattern(r"\b(?:make|made|making|makes)\s+it\s+\d{1,2}\s?[-–]\s?\d{1,2}\b", regex.I), "mak", "made")
# "whipped a 20th-minute free-kick over the wall and beyond Kelleher", "drove a low shot through
# Pickford's legs", "diverted it past Sels": a shot that got past a named player (the keeper)
# went in, however many words the shot took on the way. Every branch passes a whole "past",
# "beyond", "through", "between" or "over": a clause without one is not scanned word by word.
_SHOT_PAST = cued_words(compile_pattern(r"\b(?:[a-z]{3,12}(?:ed|s)|bent|struck|hit|put|shot|sent|drove|swept|stuck)\s+(?:a|an|his|her|the)\s+(?:[\w-]+\s+){0,2}?(?:shot|effort|strike|free-kick|free\s+kick|drive|volley|finish|curler)"
                             r"\s+(?:[\w-]+\s+){0,5}?(?:past|beyond|through|between|over)\s+(?:the\s+(?:[a-z-]+\s+)?)?(?-i:\p{Lu})"
                             r"|\b[a-z]{3,12}ed\s+(?:it|the\s+ball)\s+(?:past|beyond|through|between)\s+(?-i:\p{Lu})"
                             # "to turn Grealish's cross past Areola": a finisher's touch on a delivery
                             r"|\b(?:turn|steer|glance|prod|poke|sweep|flick|divert|nod|head|volley|side-foot|tap|stab|bundle)(?:ed|s|ing)?\s+"
                             r"(?:(?:(?-i:\p{Lu})[\p{L}-]+\s+){0,2}(?-i:\p{Lu})[\p{L}'-]+'s?\s+|the\s+|a\s+|his\s+|her\s+)(?:[\w-]+\s+){0,2}?(?:cross|ball|centre|delivery|corner|free-kick|knockdown|cut-back)"
                             r"\s+(?:[\w-]+\s+){0,3}?(?:past|beyond)\s+(?-i:\p{Lu})", regex.I),
                        "past", "beyond", "through", "between", "over")
_PREPOSITION_BEFORE = compile_pattern(r"\b(?:by|to|for|with|from|on|off|past|against|of|inside|beyond|between|behind|around|over|under)\s+$", regex.I)
_ARRIVAL = cued(compile_pattern(r"\b(?:the|a|their|his|her|(?<![\p{L}-])(?P<owner>(?-i:\p{Lu})[\p{L}-]++)'s?)\s+(?:[\w-]+\s+)?(?:goal|opener|second|third|fourth|fifth|equali[sz]er|leveller|winner|breakthrough|blow|reward|response|reply|header|strike|volley|finish)\s+(?:arrived|came|followed)\b", regex.I), "arrived", "came", "followed")
_INTO_OWN = compile_pattern(r"(?:into|past)\s", regex.I)
# A clause about other seasons or matches: its goals are not this match's
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december")
_HISTORY = cued(compile_pattern(r"\b(?:last|previous)\s+(?:season|year|campaign|term)|\byears?\s+ago\b|\bin\s+(?:the\s+)?(?:19|20)\d\d\b(?![-–/]\d)"
                           r"|\b(?:19|20)\d\d\s+(?:World\s+Cup|European\s+Championship|Euros?|final|Copa|season)|\breverse\s+fixture"
                           # "who scored a hat-trick against San Marino in March"
                           r"|\b(?:in|last)\s+(?-i:January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)",
                           regex.I), "last", "previous", "ago", "19", "20", "reverse", *_MONTHS)
# "Dovbyk, who also found the net in this fixture last season, volleyed ...", "McTominay, named
# Serie A's player of the season last term, gave Napoli the lead": the aside closes
_IN_WHO_ASIDE = compile_pattern(r",\s*(?:who|named|voted|crowned|signed|already|having)\s[^,]*$", regex.I)
# an aside opening with the player's booking: "Ferreira, booked in the 31st minute ..., levelled"
_BOOKED_ASIDE = compile_pattern(r"(?<=,\s{0,3})(?:booked|cautioned)\b", regex.I)
# "Agbadou was booked for a foul on Semenyo, and the Ghana international had the last laugh"
_CARDED_AFTER = compile_pattern(r"\s+(?:was|were)\s+(?:\w+\s+)?(?:booked|cautioned|sent\s+off|shown|dismissed)\b", regex.I)
_BACK_TO_NOW = compile_pattern(r"\b(?:then|but|now|this\s+time|here|tonight|today|on\s+\w+day)\b", regex.I)
_AND_SUBJECT = compile_pattern(r"(?:,\s*|\s)and\s+$", regex.I)
# "chipped a pass over the defence", "whipped in a cross": a delivery, not a finish
_PASS_OBJECT = compile_pattern(r"\s+(?:(?:a|an|his|her)\s+(?:[\w-]+\s+)?(?:pass|cross|through[\s-]ball|ball\s+(?:across|into\s+the\s+(?:box|area|path))\b)|the\s+corner)\b(?!\s+(?:into|in|home|past))", regex.I)
_DETERMINED_BEFORE = compile_pattern(r"\b(?:a|an|the)\s+(?:[a-z-]+\s+)?$", regex.I)
# "curled in a cross", "whipped in a free-kick": a delivery, however the verb ends
_DELIVERY_VERB = compile_pattern(r"(?:curl|whip|swung|swing|float|hook|loop|clip|fire|drill|lift|sent|send|deliver|pump|chip)\w*\s+in$", regex.I)
def _set_piece_delivered(ctx: Context, sentence: Sentence, clause: str, c_start: int, rel_end: int) -> bool:
    """"Twine swung in a free-kick, Vyner flicked it on and Armstrong hooked home": a set piece
    another player goes on to finish was delivered, not scored ("curled in a trademark
    free-kick, but ..." was scored)."""
    obj = _SET_PIECE_OBJECT.match(clause, rel_end)
    if not obj:
        return False
    later = ctx.names_in(c_start + obj.end(), sentence.end)
    return any(not _NOT_AGENT_BEFORE.search(ctx.folded[max(sentence.start, n.start - 30):n.start]) for n in later)


# "swung in a free-kick", "whipped in the corner": a set piece delivered, when another finishes it
_SET_PIECE_OBJECT = compile_pattern(r"\s+(?:a|the|his|her)\s+(?:[\w-]+\s+)?(?:free-kick|free\s+kick|corner)\b", regex.I)
_FINISHED_VERB = compile_pattern(r"\b(?:in|home|into|past)$", regex.I)
_WHO = compile_pattern(r",\s*who\s", regex.I)
_WHOSE = compile_pattern(r",\s*who(?:se)?\s+$", regex.I)
# A clause opening with a verb's -ing form ("combining with", "adding a second"), not an
# adjective ("stunning volley")
_PARTICIPLE = compile_pattern(r"\s*[a-z]+ing\s+(?:with|on|in|into|to|a|an|the|his|her|their|past|over|under|beyond|through|from|off|up|down|out|home|it|low|high|coolly|calmly|first\s+time)\b", regex.I)
# A sentence that opens with a player shooting: "Andrea Duarte let fly from 20 yards"
_SHOOTER = compile_pattern(r"(?P<name>\p{Lu}[\p{L}'-]+(?:\s\p{Lu}[\p{L}'-]+){0,3})\s+(?P<verb>let\s+fly|shot|fired|struck|curled|drove|volleyed|hit|unleashed|rifled|lashed)\b")
_HANGING = compile_pattern(r".*\b(?:after|with|following|through|thanks\s+to|courtesy\s+of)\s+$", regex.I | regex.S)
# a goalkeeper scores only into his own net
_KEEPER = compile_pattern(r"\b(?:goalkeeper|keeper|goalie|shot-stopper)\s+$", regex.I)
_DATED = compile_pattern(r"\b\d{1,3}(?:st|nd|rd|th)[\s-]+minute\s+$", regex.I)
_WITH_A = compile_pattern(r"\b(?:with|via|through|thanks\s+to)\s+(?:a|an|his|her|the)\s+(?:[\w-]+\s+){0,2}$", regex.I)
# "scored again", "another goal": a goal not yet told (not "headed LAFC in front again")
_FRESH = cued(compile_pattern(r"\b(?:scor\w*|struck|strikes|netted|nets|found\s+the\s+net|on\s+target)\s+(?:\w+\s+)?again\b"
                       r"|\banother\s+(?:goal|penalty|header|strike|one)\b|\bonce\s+more\b", regex.I), "again", "another", "once")
_PRONOUN = compile_pattern(r"(?<!\w)(?:he|she)(?!\w)", regex.I)
# A noun that may name a miss ("X's header", "a low drive") tells a goal only beside words that
# say the ball went in or the score changed.
_GOAL_CONTEXT = compile_pattern(
    r"\b(?:sent|sends|sending|gave|gives|giving|put|puts|putting|handed|earned|secured|sealed|clinched|won|wins|winning|"
    r"settled|decided|rescued|salvaged|made\s+it|consolation|led\s+through|(?:led|leads|lead|leading)\s+(?:\w+\s+)?(?:thanks\s+to|courtesy\s+of)|proved\s+(?:decisive|enough|the\s+winner)|was\s+enough|flew\s+in|went\s+in|"
    r"found\s+the\s+net|nestled|crept\s+in|squirm\w*|(?:into|in)\s+the\s+(?:net|corner|bottom|top)|levell?ed|equalis\w*|equaliz\w*|"
    r"ahead|in\s+front|the\s+lead|victory|win|scor\w+|netted|deflected\s+in|beat\s+the\s+keeper"
    r"|(?:took|take|taking|sent|send|sending|forced|force|forcing)\s+(?:the\s+(?:tie|game|match)\s+)?(?:in)?to\s+extra[\s-]+time"
    r"|(?:came|coming|come)\s+from\s+behind|looped\s+(?:over|in|into|past|beyond))\b",
    regex.I,
)
# Right after the noun: "Mitoma's glancing header pulled one back", "X's first-time finish, his
# 10th of the season, ...": this noun is the goal (not any noun of a clause that tells one)
_NOUN_TOLD_AS_GOAL = compile_pattern(
    r"[^.;]{0,30}?\b(?:pull\w*\s+(?:one|a\s+goal)\s+back|(?:his|her)\s+(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|\w+teenth|\w+tieth)\s+(?:\w+\s+)?(?:goal\s+)?of\s+the\s+(?:season|campaign|tournament))\b", regex.I)
_INHERENT_GOAL_NOUNS = compile_pattern(r"goal|opener|equali[sz]er|leveller|winner|brace|double|hat-trick|tap-in|consolation", regex.I)
_COUNTS = cued(compile_pattern(r"\b(?:(?P<twice>twice|a\s+brace|a\s+double|(?:first[\s-]+half\s+|second[\s-]+half\s+)?double|brace)|(?P<hat>hat[\s-]?trick)|(?P<n>two|three|four|five)\s+(?:more\s+|further\s+)?goals)\b", regex.I), "twice", "brace", "double", "trick", "goals")
_NTH = cued(compile_pattern(r"\b(?:his|her)\s+(?P<nth>second|third|fourth|fifth)\b(?!\s+(?:half|period|leg|yellow|booking|minute|international|career|league|senior|competitive|professional|goal\s+of\s+the|goal\s+for|of\s+the\s+season))|\bcomplet\w*\s+(?:his|her)\s+(?:\w+\s+)?hat[\s-]?trick", regex.I), "his", "her")


def find_goal_mentions(ctx: Context) -> list[GoalMention]:
    out: list[GoalMention] = []
    pats = _patterns()
    carried: Unclaimed | None = None
    live = _LiveBlog(ctx)
    told_before: list[GoalMention] = []
    shootout_paragraph: int | None = None
    for sentence in ctx.sentences:
        if sentence.start >= ctx.events_end:
            break
        if ctx.about_other_match(sentence):
            continue
        if _SHOOTOUT_NARRATION.search(sentence.text) and not _TO_SHOOTOUT.search(sentence.text):
            shootout_paragraph = sentence.paragraph
        if shootout_paragraph is not None and sentence.paragraph - shootout_paragraph <= 1 \
                and (sentence.paragraph == shootout_paragraph or _KICK_TALK.search(sentence.text)) \
                and not any(m.minute is not None for m in ctx.minutes_in(sentence.start, sentence.end)):
            continue        # kicks in a shootout are not goals ("Ayew scored, but Rushworth ...")
        found_in_sentence: list[GoalMention] = []
        spans = ctx.clauses(sentence)
        quiet = [(s, e) for s, e in spans if _OTHER_EVENT.search(ctx.folded, s, e)]
        history: list[int] | None = None      # where the sentence speaks of another match, read once needed
        for index, (c_start, c_end) in enumerate(spans):
            clause = ctx.folded[c_start:c_end]
            if not _may_tell_goal(clause):
                continue        # no word any telling starts with: _clause_mentions finds nothing
            negatives = [c_start + m.start() for m in pats["negative"].finditer(clause)
                         if not _IN_OFF.search(clause, max(0, m.start() - 12), m.start())]
            negatives += [c_start + m.start() for m in _WOODWORK.finditer(clause)]
            for mention in _clause_mentions(ctx, sentence, c_start, c_end, clause, quiet):
                # "would have", "hit the post", "saved": a cue around this telling cancels it
                lo = min(mention.scorer_start, mention.start) - 50
                hi = max(mention.scorer_start, mention.start) + 60
                if mention.scorer_start < c_start:
                    # a scorer named in an earlier clause ("X, ... pulling off saves, ... as he
                    # struck his spot-kick"): that whole stretch is this telling's context
                    negatives = negatives + [m.start() for m in pats["negative"].finditer(ctx.folded, mention.scorer_start, c_start)]
                keeper = _KEEPER.search(ctx.folded, max(0, mention.scorer_start - 20), mention.scorer_start)
                if history is None:
                    history = [sentence.start + m.start() for m in _HISTORY.finditer(sentence.text)]
                # "who scored a hat-trick against Barcelona last season": told of another match
                # ... or told after a past match is named: "knocked Brazil out of the 2010 World
                # Cup ..., when Sneijder scored twice" (not "last season's ..., then put X ahead")
                past = any(mention.start - 10 <= p <= mention.start + 60 for p in history) or any(
                    mention.start - 120 <= p < mention.start - 10 and not _BACK_TO_NOW.search(ctx.folded, p, mention.start)
                    and not _IN_WHO_ASIDE.search(ctx.folded, max(0, p - 80), p) for p in history)
                # "converted the decisive spot-kick" of a match that went to penalties
                kick = ctx.shootout and (mention.minute is None or not c_start <= mention.minute.start < c_end) and _DECISIVE_KICK.search(ctx.folded, max(c_start, mention.start - 10), c_end)
                near = [p for p in negatives if lo <= p <= hi and not _in_aside_before(ctx, p, mention.start)]
                undone = _undone_next(ctx, c_end, spans[index + 1] if index + 1 < len(spans) else None)
                if not near and not (keeper and not mention.own_goal) and not past and not kick and not undone:
                    found_in_sentence.append(mention)
        annulled = _ANNULLED.search(sentence.text)
        if annulled and _AWARDED_BY_CHECK.search(sentence.text, max(0, annulled.start() - 30), annulled.start()):
            annulled = None     # "a penalty, awarded after a VAR check found that X had handled"
        if annulled:    # "..., only for the goal to be ruled out"
            found_in_sentence = [m for m in found_in_sentence if m.start > sentence.start + annulled.start()]
        # what a manager or player says in quotes ("The winner came from a player who never stops
        # believing") is comment, not the match report
        found_in_sentence = [m for m in found_in_sentence if not ctx.quoted(m.start)]
        found_in_sentence = _dedupe_in_sentence(_unshare_minutes(found_in_sentence))
        live.read(ctx, sentence)
        if not found_in_sentence:
            found_in_sentence = live.named_scorer(ctx, sentence)
        found_in_sentence = [m for m in found_in_sentence if live.apply(m, sentence)]
        # "... goalless until the 68th minute. X hammered the ball past ...": the minute an
        # event-less sentence set up belongs to the goal told next; "United doubled their lead
        # after 57 minutes. ... for Ronaldo, who reacted first to score": so does the side.
        opening = GOAL_NOUN_OPENING.match(sentence.text)
        if opening and len(found_in_sentence) == 1:
            found_in_sentence[0].lead = opening.group()
        # (a side told scoring at the end of one paragraph, the goal told in the next: "... but it
        # was the Victory who went ahead with 13 minutes remaining. || Machach picked out Arzani")
        if carried and (carried.paragraph == sentence.paragraph or carried.scored and carried.paragraph == sentence.paragraph - 1) \
                and found_in_sentence:
            first = found_in_sentence[0]
            first.lead = first.lead or carried.lead
            if first.minute is None:
                first.minute = carried.minute
            if carried.scored and first.side is None and (first.penalty or not carried.penalty_only):
                first.side, first.side_of_player, first.side_guessed = carried.side, False, False
        elif carried and carried.side and carried.minute and carried.paragraph == sentence.paragraph and not found_in_sentence:
            # "On the stroke of half-time the hosts were level. Duarte let fly from 20 yards and
            # his shot ... looped over the keeper": the score changed, and this is who shot.
            shot = _SHOOTER.match(sentence.text)
            if shot:
                shooter = ctx.names_in(sentence.start, sentence.start + shot.end("name"))[:1]
                if shooter:
                    mention = _mention(ctx, sentence, sentence.text, sentence.start, shooter[0],
                                       sentence.start + shot.start("verb"), rule="goal-after-score-change")
                    mention.minute, mention.side, mention.side_guessed = carried.minute, carried.side, True
                    found_in_sentence.append(mention)
        # "The game turned shortly after the hour. Tarkowski ... was shown a second yellow card.
        # Watkins ... sent Pickford the wrong way from the spot": the foul between keeps it waiting
        waiting = carried if (carried and not found_in_sentence and quiet and carried.paragraph == sentence.paragraph
                              and not any(m.minute is not None for m in ctx.minutes_in(sentence.start, sentence.end))) else None
        carried = None
        if not found_in_sentence and (not quiet or quiet[-1][1] < sentence.end):
            # (past a card told first: "X was sent off ..., but it was the Victory who went ahead
            # with 13 minutes remaining.")
            carried = unclaimed(ctx, sentence)
        elif waiting:
            carried = waiting
        if not found_in_sentence and told_before and _TAKEN_BACK.match(sentence.text) and _ANNULLED.search(sentence.text) \
                and told_before[0].sentence.paragraph == sentence.paragraph:
            # "Solanke has the ball in the net! But the flag is up": the next sentence takes it back
            out = [m for m in out if m not in told_before]
        told_before = found_in_sentence
        out.extend(found_in_sentence)
    _share_sides(ctx, out)
    return out


_TAKEN_BACK = compile_pattern(r"(?:but|however|alas|only\s+for)\b", regex.I)


# "Sonia Bompastor's side pulled one back when ...": a side named by its manager, as subject
_MANAGERS_SIDE = compile_pattern(r"^\s*(?-i:\p{Lu})[\p{L}'-]+(?:\s+(?-i:\p{Lu})[\p{L}'-]+){0,2}'s?\s+(?:\w+\s+)?(?:side|men|team|charges|troops|outfit)\s+(?:[a-z]+ly\s+)?$", regex.I)
_TEAM_THEN_VERB = compile_pattern(r"\s+(?:[a-z]+ly\s+|then\s+|soon\s+)?")


class _LiveBlog:
    """Live-blog entries: "71' GOAL! Gladbach 1-1 Freiburg. Doan levels with a curling shot."
    The stamp opening the entry dates the goals told in it, and the score it gives, against the
    one a goal less (told before or, in a blog newest-first, after), says whose goal it was."""

    def __init__(self, ctx: Context) -> None:
        self.paragraph: int | None = None
        self.minute: MinuteMention | None = None
        self.side: str | None = None
        self.score = (0, 0)
        self.goal_entry = False         # the entry is headed "GOAL!"
        self.named = False              # its scorer is already told
        self.scorer: str | None = None  # the scorer a "GOAL!" entry named in brackets
        self.stamps = {sentence.start: stamp for sentence in ctx.sentences if (stamp := self._stamp(ctx, sentence))}
        stamped = {sentence.paragraph for sentence in ctx.sentences if sentence.start in self.stamps}
        self.scores = {(0, 0)} | {score for sentence in ctx.sentences if sentence.paragraph in stamped
                                  for _, score in self._scores(ctx, sentence)}

    @staticmethod
    def _stamp(ctx: Context, sentence: Sentence) -> MinuteMention | None:
        if not sentence.line_start:
            return None
        first = ctx.minutes_in(sentence.start, sentence.start + 8)
        if first and first[0].start == sentence.start and (first[0].bare or first[0].stoppage is not None
                                                           or _STAMP_END.match(ctx.folded, first[0].end)):
            return first[0]     # "71'", "90+3 min:", "44 min:"
        return None

    @staticmethod
    def _scores(ctx: Context, sentence: Sentence):
        """The scorelines between our two sides in a sentence, as (where the second side's name
        ends, (home, away))."""
        refs = ctx.refs_in(sentence.start, sentence.end)
        for m in SCORELINE.finditer(sentence.text):
            left = [r for r in refs if r.end <= sentence.start + m.start()]
            right = [r for r in refs if r.start >= sentence.start + m.end()]
            if not left or not right or left[-1].role == right[0].role:
                continue
            a, b = int(m.group("a")), int(m.group("b"))
            yield right[0].end, ((a, b) if left[-1].role == "home" else (b, a))

    def read(self, ctx: Context, sentence: Sentence) -> None:
        stamp = self.stamps.get(sentence.start)
        if stamp is not None:
            self.paragraph, self.minute, self.side = sentence.paragraph, stamp, None
            self.goal_entry, self.named, self.scorer = bool(_GOAL_HEAD.search(sentence.text, 0, 24)), False, None
        if self.paragraph != sentence.paragraph:
            return
        for _, score in self._scores(ctx, sentence):
            home_scored = (score[0] - 1, score[1]) in self.scores
            away_scored = (score[0], score[1] - 1) in self.scores
            if home_scored != away_scored:
                self.side = "home" if home_scored else "away"
            elif score == (self.score[0] + 1, self.score[1]):
                self.side = "home"
            elif score == (self.score[0], self.score[1] + 1):
                self.side = "away"
            self.score = score

    def named_scorer(self, ctx: Context, sentence: Sentence) -> list[GoalMention]:
        """A "GOAL!" entry names its scorer bare: "Inter 1-0 Napoli. Lautaro Martinez!",
        "Inter 2-1 Napoli (Marcus Thuram).", "Scott McTominay again."."""
        if not self.goal_entry or self.named or self.paragraph != sentence.paragraph:
            return []
        for end, _ in self._scores(ctx, sentence):
            bracket = _BRACKETED_NAME.match(ctx.folded, end)
            if bracket:
                named = ctx.names_in(bracket.start(1), bracket.end(1))
                if named:
                    return self._told(ctx, sentence, named[0])
        bare = _BARE_NAME.fullmatch(sentence.text)
        named = ctx.names_in(sentence.start, sentence.end) if bare else []
        if len(named) == 1:
            return self._told(ctx, sentence, named[0])
        return []

    def _told(self, ctx: Context, sentence: Sentence, name: NameMention) -> list[GoalMention]:
        self.named = True
        mention = _mention(ctx, sentence, sentence.text, sentence.start, name, name.start, rule="live-goal")
        return [mention]

    def apply(self, mention: GoalMention, sentence: Sentence) -> bool:
        """Dates and sides a telling inside an entry; False for one that names another scorer
        after a "GOAL!" entry's bracketed one ("(Van Dijk). Szoboszlai whips in the corner and
        the Liverpool captain thunders a header in": one goal, Van Dijk's)."""
        if self.paragraph != sentence.paragraph:
            return True
        if self.goal_entry and self.scorer and mention.rule != "live-goal" and mention.scorer != self.scorer:
            return False
        if mention.rule == "live-goal":
            self.scorer = mention.scorer
        self.named = True
        if mention.minute is None:
            mention.minute = self.minute
        if (mention.side is None or mention.side_guessed) and self.side and not mention.own_goal:
            # the score the entry gives says whose goal it was, over a guess from the line's
            # first team ("Everton 1-2 Aston Villa (Watkins)")
            mention.side, mention.side_of_player, mention.side_guessed = self.side, False, False
        return True


_STAMP_END = compile_pattern(r"\s*[:\-–—]")
_GOAL_HEAD = compile_pattern(r"\bGOAL\b")      # the blog's own shout, capitals only
_BRACKETED_NAME = compile_pattern(r"\s*\(([^()\n]{2,60})\)")
_BARE_NAME = compile_pattern(r"\s*\p{Lu}[\p{L}'. -]{1,60}?(?:\s+again)?\s*[!.]*\s*")


# The goal just told did not count: "..., only for the goal to be ruled out", "VAR pulled it back"
# (not "his effort cancelled out", which is the other side equalising).
# "in off the bar", "in off the inside of the post": the ball went in, the woodwork cue is no miss
_IN_OFF = compile_pattern(r"\bin\s+$", regex.I)
# "rebounded off the left post", "struck the bar": the shot hit the frame and stayed out
_WOODWORK = cued(compile_pattern(r"(?<!\bin\s)\b(?:off|against|onto|struck|hit|hits|rattled|clipped|smacked|thumped|crashed\s+(?:off|against))\s+the\s+"
                                 r"(?:(?:left|right|near|far|underside|inside|outside|top|base|foot|of|the)\s+){0,4}(?:post|bar|crossbar|upright|woodwork|frame)\b", regex.I),
                 "post", "bar", "upright", "woodwork", "frame")
_ANNULLED = cued(compile_pattern(
    r"\b(?:(?:goal|it|effort|strike|header|finish|shot|which)\s+(?:was\s+|to\s+be\s+|being\s+)?(?:later\s+)?"
    r"(?:ruled\s+out|disallowed|chalked\s+off|struck\s+off|(?:cancell?ed|canceled)(?!\s+out)|overturned|flagged\s+(?:for\s+)?offside)"
    r"|VAR\s+(?:\w+\s+){0,3}?(?:ruled\s+out|disallowed|chalked\s+off|pulled\s+it\s+back|overturned|spotted|intervened|found|detected)"
    r"|pulled\s+(?:it|the\s+goal)\s+back|rul(?:e|ed|es|ing)\s+(?:the\s+goal|it|the\s+effort|the\s+strike)\s+out|VAR\s+rules\s+out|(?-i:\bNO\s+GOAL\b)|flag\s+(?:was\s+|is\s+|had\s+)?(?:already\s+)?(?:been\s+)?(?:up|raised))\b",
    regex.I,
), "rul", "disallowed", "chalked", "struck", "cancel", "overturned", "flag", "var", "pulled", "NO")


_AWARDED_BY_CHECK = compile_pattern(r"\b(?:awarded|given|granted|confirmed)\s+(?:\w+\s+){0,2}$", regex.I)


def _unshare_minutes(mentions: list[GoalMention]) -> list[GoalMention]:
    """A minute told in one goal's clause is not also another goal's, borrowed from the
    sentence ("X headed home after 23 minutes before Y scored"), nor the earlier goals' of joint
    scorers."""
    # "Watkins and Rogers put Villa two up inside 27 minutes": one time for joint scorers of one
    # telling dates the last goal of them
    joint: dict[tuple[int, int], list[GoalMention]] = {}
    for m in mentions:
        if m.minute is not None and m.minute_in_clause:
            joint.setdefault((id(m.minute), m.start), []).append(m)
    for group in joint.values():
        if len({m.scorer for m in group}) > 1:
            last = max(group, key=lambda m: m.scorer_start)
            for m in group:
                if m is not last:
                    m.minute = None
    owned = {id(m.minute) for m in mentions if m.minute is not None and m.minute_in_clause}
    for m in mentions:
        if m.minute is not None and not m.minute_in_clause and id(m.minute) in owned:
            m.minute = None
    # A minute borrowed by several tellings belongs to the nearest one.
    borrowed: dict[int, list[GoalMention]] = {}
    for m in mentions:
        if m.minute is not None and not m.minute_in_clause:
            borrowed.setdefault(id(m.minute), []).append(m)
    for group in borrowed.values():
        if len({m.scorer for m in group}) > 1:
            # "just before the hour when Gazdag scored": a time told before a telling is its own
            nearest = min(group, key=lambda m: abs(m.minute.start - m.start) * (0.5 if m.minute.start < m.start else 1.0))
            for m in group:
                if m.scorer != nearest.scorer:
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


@lru_cache(maxsize=None)
def _goal_cues() -> PhraseMatcher:
    """Every goal noun, verb and own-goal phrase in one matcher: a clause where it finds none
    gives the noun, verb and own-goal loops of _clause_mentions nothing to start from."""
    pats = _patterns()
    return PhraseMatcher.union(*(pats[k] for k in ("noun", "strong", "weak", "own_goal")))


def _undone_next(ctx: Context, c_end: int, span: tuple[int, int] | None) -> bool:
    """The next clause opens by taking the shot back: "the winger's penalty was struck firmly
    enough | but too close to Pickford, who parried" (not "| but Nunez missed", nor "| but the
    visitors could not find an equaliser")."""
    return span is not None and bool(_BUT.fullmatch(ctx.folded, c_end, span[0])) and bool(_SHOT_UNDONE.match(ctx.folded, span[0], span[1]))


_BUT = compile_pattern(r"\s*+,?\s*+but\s++", regex.I)
_SHOT_UNDONE = compile_pattern(r"(?:(?:was|went|flew|drifted)\s+)?(?:too\s+close\s+to|straight\s+at|saved|parried|blocked|kept\s+out|wide|over\s+the\s+bar"
                               r"|(?:hit|struck|rattled|clipped)\s+the\s+(?:post|bar|crossbar|woodwork|upright))\b", regex.I)


def _in_aside_before(ctx: Context, pos: int, telling: int) -> bool:
    """A cue inside a "who ..." aside that closes before the telling ("Mariona, who had earlier
    struck the bar from a free-kick, sent the keeper the wrong way"; "Ferreira, booked in the
    31st minute for a foul on Aitken, levelled") is about another moment."""
    if not _IN_WHO_ASIDE.search(ctx.folded, max(0, pos - 80), pos) and not _BOOKED_ASIDE.match(ctx.folded, pos):
        return False
    close = ctx.folded.find(",", pos, telling)
    return close != -1


def _may_tell_goal(clause: str) -> bool:
    """False only when _clause_mentions cannot find a telling in the clause, as most clauses of
    a report cannot: no goal phrase (_goal_cues), no _REGEX_TELLINGS match
    ("and again", _AND_AGAIN, only adds to a telling found in the clause). An ASCII clause
    without one of the whole words in _REGEX_CUES cannot match those patterns (beyond ASCII,
    case-insensitive matching and word edges differ: "İt", "came²")."""
    if _goal_cues().search(clause) is not None:
        return True
    if clause.isascii() and _REGEX_CUES.isdisjoint(words_of(clause)):
        return False
    return any(pattern.search(clause) for pattern in _REGEX_TELLINGS.values())


_REGEX_CUES = frozenset(("it", "ball", "arrived", "came", "followed", "past", "beyond", "through", "between", "beat", "beats", "beating",
                         "cross", "corner", "kick", "pass", "centre", "delivery", "back"))
# Evidence rules of the regex-found tellings whose matched words are too long to name them
_VERB_RULES = {"shot_past": "goal-verb:shot past", "made_it": "goal-verb:made it", "beat_keeper": "goal-verb:beat the keeper",
               "delivery_in": "goal-verb:put the delivery in"}
# The tellings found by a pattern of their own rather than a verb list, by evidence key
_REGEX_TELLINGS = {"ball_in": _BALL_IN, "delivery_in": _DELIVERY_IN, "shot_past": _SHOT_PAST, "made_it": _MADE_IT,
                   "beat_keeper": _BEAT_KEEPER, "arrival": _ARRIVAL}


def _clause_mentions(ctx: Context, sentence: Sentence, c_start: int, c_end: int, clause: str, quiet) -> list[GoalMention]:
    pats = _patterns()
    mentions: list[GoalMention] = []
    names = ctx.names_in(c_start, c_end)
    # Nouns with a possessor or a from/by agent: "X's header", "goals from X and Y".
    for m in pats["noun"].finditer(clause):
        noun_start = c_start + m.start()
        # "Fernandes' 114th-minute spot-kick": a kick dated like that is told because it counted
        inherent = _INHERENT_GOAL_NOUNS.search(m.group()) or _DATED.search(ctx.folded, max(c_start, noun_start - 25), noun_start)
        owner = _possessor(ctx, names, noun_start) or _whose_owner(ctx, sentence, noun_start)
        if owner and _finished_by_another(ctx, pats, c_start, owner[0]):
            continue    # "stooped to head home Leonard's free-kick": Leonard delivered it
        scorers = owner or _from_agents(ctx, clause, c_start, m.end())
        if not scorers and inherent and _WITH_A.search(ctx.folded, max(c_start, noun_start - 30), noun_start):
            # "Joselu forced extra time with a 93rd-minute equaliser": the clause's subject
            scorers = _subject(ctx, sentence, names, noun_start, c_start, strict=True)
        if not scorers:
            continue
        # the words saying it went in stand in this clause, or in the one before when this one
        # hangs on it ("winning 4-3 on aggregate after Samardzic's penalty")
        context = _GOAL_CONTEXT.search(clause) or _NOUN_TOLD_AS_GOAL.match(clause, m.end()) or (
            _HANGING.match(ctx.folded, c_start - 12, c_start + 1) and _GOAL_CONTEXT.search(ctx.folded, sentence.start, c_start))
        if not inherent and not context:
            continue
        for scorer in scorers:
            mentions.append(_mention(ctx, sentence, clause, c_start, scorer, noun_start, rule="goal-noun", quiet=quiet))
    # Verbs: strong alone, weak with a goal object; "X turned into his own net" tells a goal too,
    # and so does any verb putting "it" or "the ball" in ("hooked it in", "slid the ball home").
    for key_ in ("strong", "weak", "own_goal", "ball_in", "delivery_in", "shot_past", "made_it", "beat_keeper", "arrival"):
        found = _REGEX_TELLINGS[key_].finditer(clause) if key_ in _REGEX_TELLINGS else pats[key_].finditer(clause)
        for m in found:
            if key_ == "weak" and not pats["object"].match_within(clause, m.end(), 6) and not _DESCRIBED_GOAL.match(clause, m.end()):
                continue
            verb_start = c_start + m.start()
            if (_PASS_OBJECT.match(clause, m.end()) and (not _FINISHED_VERB.search(m.group()) or _DELIVERY_VERB.match(m.group()))) \
                    or (_DELIVERY_VERB.match(m.group()) and _set_piece_delivered(ctx, sentence, clause, c_start, m.end())):
                continue        # "chipped a pass over the River defence" (not "headed in a cross")
            if clause[m.start() - 1:m.start()] == "-":
                continue        # "hit the side-netting": part of a compound word
            if m.group().lower().endswith(" in") and _IN_A_PLACE.match(clause, m.end()):
                continue        # "as the Brazilian turned in the box": where, not a goal
            if (_DETERMINER.search(clause, 0, m.start()) and not _INTO_OWN.match(m.group())) \
                    or (m.group().split(" ", 1)[0].endswith("ing") and _POSSESSIVE_BEFORE.search(clause, 0, m.start())):
                # "a sensational strike", "his finish": a noun, told elsewhere (but "turned a low
                # cross into his own net" is the verb's object and where it went)
                continue
            if any(x.start <= verb_start < x.start + 40 and x.rule == "goal-noun" for x in mentions):
                continue
            if key_ != "own_goal" and clause[max(0, m.start() - 4):m.start()].lower() == "own ":
                continue        # "the own net": the own-goal phrase tells it
            of_owner = _OF_NAME.match(clause, m.end()) if key_ == "own_goal" else None
            if of_owner:
                # "ended in the own net of Luiz Junior": the one after "of"
                scorers = _name_list_at(ctx, c_start + of_owner.end())[:1]
            elif key_ == "arrival":
                # "The second arrived in the 27th minute and it was Zielinski again"; "the winning
                # goal came ... when the Argentine rose to head in": the role before any name;
                # not a player fouled or an object ("Cucurella was tripped by Tete ... and Palmer
                # stroked the penalty in")
                later = [n for n in ctx.names_in(c_start + m.end(), sentence.end)
                         if not pats["assist_noun"].match(ctx.folded, n.end) and not _PASSER_AFTER.match(ctx.folded, n.end)
                         and ctx.roster.name(n.surface) not in ctx.managers
                         and not _FOULED.match(ctx.folded, n.end) and not _PREPOSITION_BEFORE.search(ctx.folded, max(c_start, n.start - 12), n.start)]
                upto = later[0].start if later else sentence.end
                role = _ROLE_OR_PRONOUN(ctx).search(ctx.folded, c_start + m.end(), upto)
                owner = ctx.names_in(c_start + m.start("owner"), c_start + m.end("owner")) if m.group("owner") else []
                if owner:
                    scorers = owner[:1]     # "Maeda's second arrived six minutes before half-time"
                elif role:
                    prior = _antecedent(ctx, sentence, c_start, _demonym_side(ctx, role.group()))
                    scorers = [prior] if prior else []
                else:
                    # "Leipzig's opener arrived on 38 minutes. Baumgartner received Raum's pass
                    # ... and drove it in": the next sentence's subject
                    scorers = later[:1] or _next_subject(ctx, sentence, pats)
            else:
                scorers = _passive_agent(ctx, clause, c_start, m) or _subject(ctx, sentence, names, verb_start, c_start, strict=True) \
                    or _agents_after(ctx, clause, c_start, m.end()) or _subject(ctx, sentence, names, verb_start, c_start)
            team_subject = [r for r in ctx.refs_in(c_start, verb_start)]
            for scorer in scorers:
                mention = _mention(ctx, sentence, clause, c_start, scorer, verb_start, rule=_VERB_RULES.get(key_) or f"goal-verb:{m.group().lower()}", quiet=quiet)
                if team_subject and scorer.start > verb_start and not mention.own_goal:
                    # "Rangers struck first when Tavernier rolled in": the team told as scoring
                    mention.side, mention.side_of_player, mention.side_guessed = team_subject[-1].role, False, False
                mentions.append(mention)
    # "X scored in the 38th minute and again in the 58th": one more goal by the same scorer
    for again in _AND_AGAIN.finditer(clause):
        pos = c_start + again.end()
        before = [m for m in mentions if m.start < pos and not m.own_goal and m.rule != "goal-again"]
        scorer = next((n for n in names if before and n.start == before[-1].scorer_start), None)
        if scorer and not any(before[-1].start < n.start < pos for n in names if n is not scorer):
            mention = _mention(ctx, sentence, clause, c_start, scorer, pos, rule="goal-again", quiet=quiet)
            mention.fresh = True
            mentions.append(mention)
    return mentions


# "adding a stunning second", "grabbed a late equaliser": a goal object with words before it
_DESCRIBED_GOAL = compile_pattern(r"\s+(?:a|an|his|her|their|the)\s+(?:[a-z-]+\s+){1,2}?(?:second|third|fourth|fifth|goal|opener|equali[sz]er|leveller|winner|consolation)\b", regex.I)
_AND_AGAIN = cued(compile_pattern(r"\band\s+(?:then\s+)?again\s+(?=in|on|after|just|with|late|early|before|deep)\b", regex.I), "again")

# Gaps and lead-ins read once per name or per telling: compiled here, not looked up in
# regex's cache on every call.
_POSSESSIVE_GAP = compile_pattern(r"(?:'s?)?\s+(?:[\w+-]+\s+){0,2}")
_LINK_WORD = compile_pattern(r"\b(?:and|but|with|for|to|the)\b")
_NAME_LIST_GAP = compile_pattern(r"(?:'s?)?\s*(?:,|and|&|,\s*and)\s*")
_SUBJECT_LIST_GAP = compile_pattern(r"(?:\s*\([^()\n]{1,12}\))?\s*(?:,|and|&|,\s*and)\s*")
# "Lacazette's penalty", "a Nikos Vergos penalty": the kick's owner (two patterns: one
# alternation of both backtracks on long capitalised runs)
_OWNER_BEFORE = compile_pattern(r"(?P<owner>\p{Lu}[\p{L}-]+)'s?\s+(?:[\w-]+\s+)?$")
_A_NAME_BEFORE = compile_pattern(r"\b(?:a|an)\s++(?:\p{Lu}[\p{L}-]*+\s++)?(?P<owner>\p{Lu}[\p{L}-]*+)\s++$")


def _owned_by_another(ctx: Context, pos: int, phrase: str, scorer: NameMention) -> bool:
    """An "own goal" noun written after another player's name ("a Hagen own goal")."""
    if not phrase.lower().startswith("own"):
        return False
    prior = ctx.last_name_before(pos, floor=max(0, pos - 40))
    return prior is not None and prior.start != scorer.start and bool(_OWNER_GAP.fullmatch(ctx.folded, prior.end, pos))


_OWNER_GAP = compile_pattern(r"(?:'s?)?\s+")


def _owner_before(text: str) -> regex.Match | None:
    return _OWNER_BEFORE.search(text) or _A_NAME_BEFORE.search(text)
# (not across a joining word: "between two Danish midfielders and Kramaric curled")
_TEAM_BEFORE_PLAYER_GAP = compile_pattern(r"(?:'s?)?\s+(?:(?!(?:" + JOINING_WORDS + r"|before|after)\s)[\w-]+\s+){0,2}", regex.I)


def _finished_by_another(ctx: Context, pats, c_start: int, owner: NameMention) -> bool:
    """A goal verb right before "X's free-kick" ("head home", "volleyed in", "met"): someone
    else finished X's delivery."""
    lo = max(c_start, owner.start - 25)
    return any(v.end() >= owner.start - 6 for key_ in ("strong", "weak") for v in pats[key_].finditer(ctx.folded, lo, owner.start)) \
        or bool(_MET.search(ctx.folded, lo, owner.start))


_MET = compile_pattern(r"\b(?:met|meet|meets|meeting|converted|convert|converts|converting|nodded\s+in|turned\s+in|volleyed\s+in|finished\s+off)\s+$", regex.I)


def _possessor(ctx: Context, names: list[NameMention], noun_start: int) -> list[NameMention]:
    """'X's header', 'X's 98th-minute penalty', 'a X strike'."""
    for n in reversed(names):
        if n.end > noun_start:
            continue
        between = ctx.folded[n.end:noun_start]
        if _FRAME_OWNER.search(ctx.folded, max(0, n.start - 12), n.start):
            break       # "into Perri's goal": the keeper's goal frame; "from Marchal's free-kick": the delivery
        if _POSSESSIVE_GAP.fullmatch(between) and not _LINK_WORD.search(between):
            return [n]
        break
    return []


def _whose_owner(ctx: Context, sentence: Sentence, noun_start: int) -> list[NameMention]:
    """"found Adams, whose low shot squirmed under Dawson": the relative clause's owner."""
    prior = ctx.last_name_before(noun_start, floor=sentence.start)
    return [prior] if prior is not None and _WHOSE_GAP.fullmatch(ctx.folded, prior.end, noun_start) else []


_WHOSE_GAP = compile_pattern(r",\s*whose\s+(?:[\w-]+\s+){0,2}")


_OF_NAME = compile_pattern(r"\s+of\s+(?=\p{Lu})")
_FROM_AGENT = compile_pattern(r"\s+(?:[\w-]+\s+){0,4}?(?:from|by|courtesy\s+of)\s+(?:(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:substitute|striker|defender|midfielder|forward|winger|captain|keeper|goalkeeper|centre-back|full-back)\s+)?")


def _from_agents(ctx: Context, clause: str, c_start: int, rel_end: int) -> list[NameMention]:
    """'goals from X and Y', 'an own goal by X'."""
    of = _OF_NAME.match(clause, rel_end)
    if of:      # "a goal of Ayoze Perez", as translated reports write it
        return _name_list_at(ctx, c_start + of.end())[:1]
    m = _FROM_AGENT.match(clause[rel_end:rel_end + 80])
    if not m or _MADE_BY.search(m.group()):
        return []
    names = _name_list_at(ctx, c_start + rel_end + m.end())
    if names and _patterns()["assist_noun"].match(ctx.folded, names[0].end):
        return []       # "a header from Medeiros' corner": Medeiros provided it
    return names


def _passive_agent(ctx: Context, clause: str, c_start: int, verb: regex.Match) -> list[NameMention]:
    """'was headed into the net by X': the agent of a passive verb."""
    if not _PASSIVE.search(clause, max(0, verb.start() - 12), verb.start()):
        return []
    m = _BY_AGENT.search(clause, verb.end(), verb.end() + 80)
    return _name_list_at(ctx, c_start + m.end()) if m else []


# "by X", "by the stretching Sepp van den Berg"
_BY_AGENT = compile_pattern(r"\bby\s+(?:the\s+(?:[a-z-]+\s+)?)?(?=\p{Lu})")
_PASSIVE = compile_pattern(r"\b(?:was|were|is|been|being)\s+(?:\w+\s+)?$", regex.I)


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
_AGENT_AFTER = compile_pattern(
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
        if _NAME_LIST_GAP.fullmatch(gap):
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
        if _new_subject().search(ctx.folded, n.end, verb_start):
            break   # "... back to Ugarte and the Uruguayan midfielder sent": the role is the subject
        if _WAS_FOULED.match(ctx.folded, n.end) and "," in ctx.folded[n.end:verb_start]:
            continue    # "After Gnonto was fouled ..., the Dutchman curled it in" (not "X was
                        # tripped and picked himself up to convert the penalty")
        if _FOULER.match(ctx.folded, n.end) or _PENALISED_AFTER.match(ctx.folded, n.end) \
                or told_fouled(ctx, n, c_start):
            continue    # "after Robinson had tripped Odegaard, sending Leno the wrong way"; "X was
                        # penalised for pulling Y's shirt and the striker sent the keeper the wrong way";
                        # "Ferreira, booked for a foul on Aitken, levelled"
        prev = ctx.last_name_before(n.start, floor=c_start)
        if prev is not None and _VERB_BETWEEN.fullmatch(ctx.folded, prev.end, n.start):
            continue    # "Blackstenius outmuscled Williamson to a long ball and lifted ...": an object
        if _SUFFERED_AFTER.match(ctx.folded, n.end) and ctx.last_name_before(n.start, floor=sentence.start):
            # "X picked up a loose ball after Garner had been caught in possession and drove ...":
            # the sentence's subject drove it
            return [] if strict else _opening_subject(ctx, sentence)
        lead = ctx.folded[max(c_start, n.start - 30):n.start]
        if _NOT_AGENT_BEFORE.search(lead) and not (lead.rstrip().endswith(" for") and _AGENT_TO.match(ctx.folded, n.end)) \
                and not _NEW_CLAUSE_BEFORE.search(lead):
            continue    # (not "Saha stretched for it and Taylor, ..., could only slice it past his own keeper")
        if pats["assist_noun"].match(ctx.folded, n.end) or (
                pats["assist_noun_bare"].match(ctx.folded, n.end) and _DETERMINED_BEFORE.search(ctx.folded, max(c_start, n.start - 20), n.start)):
            continue    # "X's cross", "turned a low Hadj Moussa cross into his own net"
        subjects = [n]
        # "X and Y struck": both are subjects; not "fouled Ryan Kent and Tavernier scored".
        for m in reversed(before[:before.index(n)]):
            gap = ctx.folded[m.end:subjects[0].start]
            if _SUBJECT_LIST_GAP.fullmatch(gap) and not _OBJECT_BEFORE.search(ctx.folded, max(c_start, m.start - 25), m.start):
                subjects.insert(0, m)
            else:
                break
        return subjects
    if strict:
        return []
    # "he fired home", "the striker slotted in": the last player named before.
    lead = ctx.folded[c_start:verb_start]
    # "and Armstrong, on as a substitute, hooked home": the name the aside hangs on
    prior = ctx.last_name_before(verb_start, floor=sentence.start)
    if prior is not None and _ASIDE_TO_VERB.fullmatch(ctx.folded, prior.end, verb_start) \
            and ctx.roster.name(prior.surface) not in ctx.managers \
            and not _NOT_AGENT_BEFORE.search(ctx.folded[max(sentence.start, prior.start - 30):prior.start]):
        return [prior]
    team_subject = ctx.refs_in(c_start, verb_start)
    managers_side = _MANAGERS_SIDE.search(lead)
    if team_subject or managers_side:
        # "Gotham opened the scoring ... when Lynn Williams controlled a cross": the player
        # the team scored through is named in the next clause.
        later = _WHEN_NAME.search(ctx.folded, verb_start, sentence.end) or _COMMA_NAME_ING.search(ctx.folded, verb_start, sentence.end)
        if later:
            found = ctx.names_in(later.end(), later.end() + 1)
            passed = _PASSED_TO.match(ctx.folded, found[0].end) if found else None
            if passed:
                # "... when Garnacho cut the ball back to Ugarte": the one it was passed to
                return ctx.names_in(found[0].end + passed.end(), found[0].end + passed.end() + 1)[:1]
            if found and not _FOULED.match(ctx.folded, found[0].end) and not pats["assist_noun"].match(ctx.folded, found[0].end):
                return found[:1]
        if managers_side or _TEAM_THEN_VERB.fullmatch(ctx.folded, team_subject[-1].end, verb_start):
            return []   # "The Dutch responded before half-time": the team is the subject, no player
    # "X, whose stunning volley soared in", "... out for X, who reacted first to score": the
    # relative clause's owner
    if _WHOSE.search(ctx.folded, max(sentence.start, c_start - 10), c_start):
        owner = [n for n in ctx.names_in(sentence.start, c_start) if n.end >= c_start - 10]
        if owner:
            return owner[-1:]
    participle = c_start > sentence.start and bool(_PARTICIPLE.match(ctx.folded, c_start if lead.strip() else verb_start))
    if participle and not lead.strip():
        # "..., before adding a second": a participle clause shares the sentence's subject.
        return _participle_subject(ctx, sentence, c_start)
    roles = list(_ROLE_OR_PRONOUN(ctx).finditer(lead))
    role = roles[-1] if roles else None
    if role and any(n.start >= c_start + role.end() for n in names if n.end <= verb_start):
        role = None         # "fellow substitute Chukwuemeka": the role describes the name after it
    if role:
        # "the Osasuna forward": a team inside the role phrase, not "inside the Lyon box" before it
        qualifier = ctx.refs_in(c_start + max(0, role.start() - 12), c_start + role.end())
        side = qualifier[-1].role if qualifier else _demonym_side(ctx, role.group())
        # "the ball dropped to Mabille and the striker hooked it in": a role right before the
        # verb names the player just mentioned; "he" the sentence's subject
        nearest = None if _PRONOUN.fullmatch(role.group().strip()) else \
            next((n for n in reversed(names) if n.end <= c_start + role.start() and ctx.roster.name(n.surface) not in ctx.managers
                  and (side is None or ctx.roster.side(n.surface) in (None, side)) and not _WAS_FOULED.match(ctx.folded, n.end)), None)
        if nearest is None and not _PRONOUN.fullmatch(role.group().strip()):
            # "Evander found Orellano at the top of the box, and the Argentine curled ...": the
            # one the ball was played to in the clause before
            nearest = next((n for n in reversed(ctx.names_in(sentence.start, c_start))
                            if _RECEIVER_LEAD.search(ctx.folded, max(sentence.start, n.start - 24), n.start)), None)
        prior = nearest or _antecedent(ctx, sentence, c_start, side)
        return [prior] if prior else []
    if participle:
        # "..., after combining with Chukwuemeka to level the tie": still the sentence's subject
        return _participle_subject(ctx, sentence, c_start)
    if c_start > sentence.start and not lead.strip() and _ELIDED_SUBJECT.search(ctx.folded, max(sentence.start, c_start - 12), c_start):
        # "On 27 minutes the Senegal forward collected the ball, shimmied past Yates ... and bent
        # a shot inside the post": the predicates share the sentence's subject
        return _opening_subject(ctx, sentence)
    if c_start > sentence.start and _AND_THEN_VERB.search(lead):
        # "Then Antonakis, on for 14 minutes and largely anonymous until | that point, rose above
        # Romero ... and headed the free-kick in": the clause broke inside an aside
        return _opening_subject(ctx, sentence)
    return []


# "Tottenham did equalise on 56 minutes, Xavi Simons meeting Porro's low centre ...": the
# player a team's goal came through, told in an absolute clause
_COMMA_NAME_ING = compile_pattern(r",\s+(?=(?-i:\p{Lu})[\p{L}'-]+(?:\s(?-i:\p{Lu})[\p{L}'-]+){0,2}\s+[a-z]+ing\b)")
_ASIDE_TO_VERB = compile_pattern(r",\s*(?:[\w'-]+\s+){0,8}[\w'-]+\s*,\s*(?!(?:and|but|then)\b)(?:[a-z]+\s+){0,3}")
_AND_THEN_VERB = compile_pattern(r"\band\s+(?:then\s+)?$", regex.I)
_ELIDED_SUBJECT = compile_pattern(r"(?:^|[\s,])(?:and|and\s+then|then)\s+$", regex.I)


def _opening_subject(ctx: Context, sentence: Sentence) -> list[NameMention]:
    """The subject the sentence opens with: a player named before any verb's object, or a role
    ("the Senegal forward") standing for the player named before the sentence."""
    first_comma = ctx.folded.find(",", sentence.start, sentence.end)
    head_end = first_comma if first_comma != -1 else sentence.end
    names = [n for n in ctx.names_in(sentence.start, head_end) if ctx.roster.name(n.surface) not in ctx.managers]
    role = _ROLE_OR_PRONOUN(ctx).search(ctx.folded, sentence.start, head_end)
    if role and (not names or role.start() < names[0].start):
        prior = _antecedent(ctx, sentence, sentence.start, _demonym_side(ctx, role.group()))
        return [prior] if prior else []
    if names and not _NOT_AGENT_BEFORE.search(ctx.folded[max(sentence.start, names[0].start - 30):names[0].start]):
        return names[:1]
    return []


def _next_subject(ctx: Context, sentence: Sentence, pats) -> list[NameMention]:
    """The player opening the next sentence of the paragraph; past a provider who opens it
    ("Ogbene's cross was half-cleared, and Parrott drilled it in"), the first player a goal
    verb follows."""
    nxt = ctx.neighbour(sentence, 1)
    if nxt is None or nxt.paragraph != sentence.paragraph:
        return []
    names = [n for n in ctx.names_in(nxt.start, nxt.end) if ctx.roster.name(n.surface) not in ctx.managers]
    if not names or names[0].start - nxt.start > 2:
        return []
    # "Antony beat Cardona on the right and cut the ball back for Isco, who ... curled": the
    # one it was played to
    received = [n for n in names[1:] if _PASSED_TO_BEFORE.search(ctx.folded, max(nxt.start, n.start - 50), n.start)]
    if received:
        return received[:1]
    if _FOULER.match(ctx.folded, names[0].end) or _PENALISED_AFTER.match(ctx.folded, names[0].end):
        return []       # "Tarkowski dragged down Cunha ..., and Fernandes ... rolled it in": its own telling
    if not pats["assist_noun"].match(ctx.folded, names[0].end) and not _DELIVERS_AFTER.match(ctx.folded, names[0].end):
        return names[:1]
    for n in names[1:]:
        if pats["assist_noun"].match(ctx.folded, n.end) or _PREPOSITION_BEFORE.search(ctx.folded, max(nxt.start, n.start - 12), n.start):
            continue
        return [n] if _goal_cues().match_within(ctx.folded, n.end, 2) else []
    return []


def _participle_subject(ctx: Context, sentence: Sentence, c_start: int) -> list[NameMention]:
    """Who a participle clause tells of: the sentence's subject, or the owner of a relative
    clause before it ("... for Gazdag, who controlled it before firing past")."""
    prior = [n for n in ctx.names_in(sentence.start, c_start) if ctx.roster.name(n.surface) not in ctx.managers]
    owners = [n for n in prior if _WHO.match(ctx.folded, n.end)]
    # "X chipped a pass over the defence, and Pedro cushioned it before volleying past": the
    # subject of the clause the participle hangs on
    joined = [n for n in prior if _AND_SUBJECT.search(ctx.folded, max(sentence.start, n.start - 6), n.start)]
    # "Machach picked out Arzani, and the Socceroos winger cut inside before curling": a role
    # taking over as subject after the last name is the player the ball was played to
    if prior and _new_subject_role().search(ctx.folded, prior[-1].end, c_start):
        received = [n for n in prior if _RECEIVER_LEAD.search(ctx.folded, max(sentence.start, n.start - 24), n.start)]
        if received:
            return received[-1:]
    return owners[-1:] or joined[-1:] or prior[:1]


@lru_cache(maxsize=None)
def _new_subject_role() -> regex.Pattern:
    """ "and the Socceroos winger": a role opening a new clause's subject."""
    return compile_pattern(r"\b(?:and|but|then)\s+the\s+(?:[\w-]+\s+){0,2}?(?:" + role_noun_pattern() + r")\b", regex.I)


@lru_cache(maxsize=None)
def _new_subject() -> regex.Pattern:
    """A new subject joined on before the verb: "and the midfielder", "before he"."""
    return compile_pattern(r"\b(?:and|but|before|then|where|as)\s+(?:(?:the|a)\s+(?:[\w-]+\s+){0,2}?(?:" + role_noun_pattern()
                         + r")|he|she)\s+(?:[a-z]+\s+){0,3}$", regex.I)


def _ROLE_OR_PRONOUN(ctx: Context) -> regex.Pattern:
    """'he', 'the striker', 'the Argentine': words that stand for a player named before."""
    cached = ctx.cache.get("role_or_pronoun")
    if cached is None:
        demonyms = tuple(d for side in (ctx.home, ctx.away) if side and side.entry.kind == "nation" for d in side.entry.demonyms)
        if not demonyms and ctx.home and ctx.home.entry.kind != "nation":
            # between clubs "the Argentine" is a player named before, whatever his country
            demonyms = tuple(f"the {d}" for d in _all_demonyms())
        cached = ctx.cache["role_or_pronoun"] = _role_or_pronoun_pattern(demonyms)
    return cached


@lru_cache(maxsize=256)
def _role_or_pronoun_pattern(demonyms: tuple[str, ...]) -> regex.Pattern:
    """Compiled once per set of demonyms: every club match shares one, each pairing of nations its own."""
    body = role_noun_pattern() + (("|" + _demonym_alternation(demonyms)) if demonyms else "")
    return compile_pattern(rf"(?<!\w)(?:he|she)(?!\w)|(?:{body})", regex.I)


def _demonym_alternation(demonyms: tuple[str, ...]) -> str:
    """alternation(demonyms), with "the" read once when every one is "the X" (a club match's
    ~150): `regex` tries each alternative at every character, and each reading "the" first made
    the pattern cost ~0.6 us a character. The same phrases in the same order match the same."""
    if not demonyms or not all(d.startswith("the ") and d[4:5].isalnum() for d in demonyms):
        return alternation(demonyms)
    return rf"(?<!\w)the[\s-]+{alternation([d[4:] for d in demonyms], word_bounded=False)}(?!\w)"


@lru_cache(maxsize=None)
def _all_demonyms() -> tuple[str, ...]:
    from .teams import gazetteer

    return tuple(sorted({d for e in gazetteer().by_name.values() if e.kind == "nation" for d in e.demonyms}))


def _demonym_side(ctx: Context, word: str) -> str | None:
    for side in (ctx.home, ctx.away):
        if side and side.entry.kind == "nation" and word.strip().lower() in (d.lower() for d in side.entry.demonyms):
            return side.role
    return None


_WAS_FOULED = compile_pattern(r"\s+(?:was|were|had\s+been)\s+(?:\w+\s+)?(?:fouled|tripped|brought\s+down|felled|upended|clipped|hacked\s+down|scythed\s+down|taken\s+down|hauled\s+down|pulled\s+down)\b", regex.I)


_FOUL_VERB = r"\s+(?:had\s+)?(?:fouled|tripped|clipped|felled|upended|bundled\s+over|(?:brought|pulled|hauled|dragged)\s+down)\b"
_FOULER = compile_pattern(_FOUL_VERB, regex.I)
# ... also past an aside: "Verstappen, who had been booked a minute earlier ..., brought down"
_FOULER_PAST_ASIDE = compile_pattern(r"(?:\s*,[^,]{0,90},)?" + _FOUL_VERB, regex.I)


_RECEIVER_LEAD = compile_pattern(r"\b(?:found|finds|picked\s+out|picks\s+out|squared\s+(?:it\s+)?for|teed\s+up|set\s+up|released|fed|played\s+in|slipped\s+in|crossed\s+for|cut\s+(?:it\s+|the\s+ball\s+)?back\s+(?:for|to))\s+$", regex.I)


# "Sanchez did well to push away Evanilson's first effort, but the Brazilian tapped in the
# rebound": the keeper who saved is not who the role stands for
# "Konate was penalised for a tug on Haaland, and the Norwegian converted": the offender
_PENALISED_AFTER = compile_pattern(r"\s+(?:was|were)\s+(?:\w+\s+)?(?:penali[sz]ed|punished|adjudged)\b", regex.I)
_BY_BEFORE = compile_pattern(r"\bby\s+$")
_PASSER_AFTER = compile_pattern(r"\s+(?:then\s+)?(?:picked\s+out|found|slipped|played\s+in|squared|crossed|teed\s+up|set\s+up|released|threaded|laid\s+(?:it\s+)?off|pulled\s+(?:it\s+)?back|cut\s+(?:it\s+)?back)\b", regex.I)
_SAVER_AFTER = compile_pattern(r"\s+(?:(?:did\s+well|was\s+(?:quick|alert)|managed|got\s+down)\s+to\s+)?(?:saved?|push(?:ed)?\s+(?:away|out|aside)|parr(?:y|ied)|tip(?:ped)?|palm(?:ed)?|kept?\s+out|den(?:y|ied)|block(?:ed)?)\b", regex.I)
# ("Norgaard out-jumped Okonkwo to head in", "rose above Dunk": the one beaten in the air)
_VERB_BETWEEN = compile_pattern(r"\s+(?:[a-z]+ly\s+)?(?:(?!was\b|had\b)(?:[a-z]+-)?[a-z]{3,}ed|rose\s+(?:above|over)|got\s+(?:in\s+front\s+of|above|ahead\s+of)|beat)\s+")
_NEW_CLAUSE_BEFORE = compile_pattern(r"(?:\band|\bbut|,)\s+$")
_SUFFERED_AFTER = compile_pattern(r"\s+(?:had\s+been|has\s+been|was|were)\s+(?:\w+\s+)?[a-z]+(?:ed|en|ght)\b", regex.I)


def _antecedent(ctx: Context, sentence: Sentence, c_start: int, side: str | None = None) -> NameMention | None:
    """Who 'he' or 'the striker' is: the subject (first player named) earlier in this sentence,
    else of the nearest earlier sentence that names one. 'The Osasuna forward' is not a player
    known to be on the other side."""
    # not a provider ("Cambiaso's cross found David, and the Canadian glanced a header in"),
    # nor a player carded or fouled ("After Gnonto was fouled ..., the Dutchman curled it in")
    def may_be(n: NameMention) -> bool:
        return (ctx.roster.name(n.surface) not in ctx.managers and (side is None or ctx.roster.side(n.surface) in (None, side))
                and not _patterns()["assist_noun"].match(ctx.folded, n.end) and not _CARDED_AFTER.match(ctx.folded, n.end)
                and not _WAS_FOULED.match(ctx.folded, n.end) and not _SAVER_AFTER.match(ctx.folded, n.end)
                and not _PENALISED_AFTER.match(ctx.folded, n.end) and not _FOULER_PAST_ASIDE.match(ctx.folded, n.end)
                and not _in_aside_before(ctx, n.start, c_start))     # ("X, who had been booked for a foul on Almeida, ...")

    here = [n for n in ctx.names_in(sentence.start, c_start) if may_be(n)]
    if here:
        return here[-1] if side else here[0]
    # the nearest earlier sentence with a player who may be this one: its subject, not one told
    # passing ("Engels picked out Tierney's run and the delivery was turned home by Maeda. The
    # Japan international doubled the lead")
    earlier = [n for n in ctx.names_in(max(0, sentence.start - 600), sentence.start) if may_be(n)
               and not _PASSER_AFTER.match(ctx.folded, n.end)]
    if not earlier:
        return None
    holding = ctx.sentence_at(earlier[-1].start)
    same = [n for n in earlier if holding is not None and holding.start <= n.start < holding.end]
    # "... was turned home at the near post by Maeda": the agent of a passive telling
    agents = [n for n in same if _BY_BEFORE.search(ctx.folded, max(0, n.start - 4), n.start)
              and ctx.folded[n.end:n.end + 1] != "'" and _goal_cues().search(ctx.folded, max(0, n.start - 60), n.start)]
    if agents:
        return agents[-1]
    return same[0] if side is None else same[-1]


def _mention(ctx: Context, sentence: Sentence, clause: str, c_start: int, scorer: NameMention, pos: int, rule: str, quiet=()) -> GoalMention:
    pats = _patterns()
    # Flags are read from the comma-bounded stretch that holds this scorer and this telling:
    # "X gave Wanderers the lead, Perrin put through his own net" has one own goal, Perrin's.
    lo, hi = _stretch(clause, min(scorer.start, pos) - c_start, max(scorer.end, pos) - c_start)
    # (not another player's: "Bellamy's opener cancelled out by Hagen own goal")
    own = any(not _owned_by_another(ctx, c_start + m.start(), m.group(), scorer) for m in pats["own_goal"].finditer(clause, lo, hi))
    minute, in_clause = _nearest_minute(ctx, sentence, c_start, c_start + len(clause), pos, quiet, (c_start + lo, c_start + hi),
                                        (scorer.start, scorer.end + 3))
    mention = GoalMention(
        scorer=ctx.roster.name(scorer.surface),
        start=pos,
        sentence=sentence,
        minute=minute,
        minute_in_clause=in_clause,
        scorer_start=scorer.start,
        fresh=_per_clause(ctx, "fresh", c_start, c_start + len(clause), lambda: _FRESH.search(clause)),
        penalty=_penalty_near(clause, max(lo, min(scorer.start, pos) - c_start - 40), min(hi, max(scorer.end, pos) - c_start + 70),
                              scorer.start - c_start) and not own,
        own_goal=own,
        header=_own_flag(pats["header"], clause, lo, hi, scorer.start - c_start),
        rule=rule,
        clause=clause,
    )
    mention.assist = _assist(ctx, sentence, scorer)
    # "X scored twice", "a brace from X": a count by the scorer, not by the next player named
    counts = _COUNTS.search(clause, max(lo, min(scorer.start, pos) - c_start - 20), min(hi, max(scorer.end, pos) - c_start + 30))
    if counts and _HISTORY.search(clause, counts.end(), counts.end() + 60):
        counts = None       # "who scored a hat-trick against Barcelona in last season's league phase"
    if counts:
        if counts.group("hat"):
            mention.count = 3
        elif counts.group("n"):
            mention.count = value(counts.group("n")) or 1
        else:
            mention.count = 2
    if mention.count > 1:
        listed = [m for m in ctx.minutes_in(c_start + lo, c_start + len(clause)) if m.minute is not None and not m.approximate]
        if not listed:
            # "X scored twice as Brentford won, his first in the 12th minute and the second in the
            # 80th": the minutes follow in the rest of the sentence
            listed = [m for m in ctx.minutes_in(scorer.end, sentence.end) if m.minute is not None and not m.approximate]
        if len(listed) == mention.count:
            mention.minute, mention.more_minutes = listed[0], tuple(listed[1:])
    nth = _NTH.search(clause, lo, hi)
    if nth:
        mention.nth = value(nth.group("nth")) if nth.group("nth") else 3
        if mention.count == 3 and not nth.group("nth"):
            mention.count = 1
    mention.side, mention.side_of_player, mention.side_guessed = _side_cue(ctx, sentence, c_start, c_start + len(clause), scorer, own, pos)
    return mention



def _per_clause(ctx: Context, cue: str, c_start: int, c_end: int, find) -> bool:
    """Whether a clause-wide cue is there, looked for once per clause: a long clause may hold
    hundreds of tellings, and each asking again made the work grow with their square."""
    key = (cue, c_start, c_end)
    if key not in ctx.cache:
        ctx.cache[key] = bool(find())
    return ctx.cache[key]

_NOT_THIS_KICK = compile_pattern(r"\b(?:missed|saved|failed|conceded|gave\s+away|giving\s+away|won|awarded|appeals?\s+for|denied|two|both)\s+(?:a\s+|the\s+)?$", regex.I)
# a place, not a kick: "arriving unmarked at the penalty spot to head in"
_AT_THE_SPOT = compile_pattern(r"\b(?:at|around|near|by|beyond|inside|outside)\s+the\s+penalty\s+spot\b", regex.I)


def _penalty_near(clause: str, lo: int, hi: int, scorer_rel: int) -> bool:
    """A penalty word close to this telling that is not about another kick ("two missed
    penalties", "won a penalty")."""
    for m in _patterns()["penalty"].finditer(clause, max(0, lo), max(0, hi)):
        if m.group().lower() in ("penalties", "pens"):
            continue
        owner = _owner_before(clause[max(0, m.start() - 40):m.start()])
        if owner and owner.group("owner") not in clause[max(0, scorer_rel - 2):scorer_rel + 40]:
            continue    # "his strike followed by Lacazette's penalty": Lacazette's kick
        if not _NOT_THIS_KICK.search(clause, max(0, m.start() - 20), m.start()) \
                and not _AT_THE_SPOT.search(clause, max(0, m.start() - 12), m.end() + 6):
            return True
    return False


def _own_flag(pattern, clause: str, lo: int, hi: int, scorer_rel: int) -> bool:
    """A flag word in the stretch that is not another player's ("Kessler's header and a
    Ricci finish": the header is Kessler's)."""
    for m in pattern.finditer(clause, max(0, lo), max(0, hi)):
        owner = _owner_before(clause[max(0, m.start() - 40):m.start()])
        if owner and m.start() - len(owner.group()) != scorer_rel and owner.group("owner") not in clause[max(0, scorer_rel):scorer_rel + 40]:
            continue
        return True
    return False


def _stretch(clause: str, a: int, b: int) -> tuple[int, int]:
    """The part of the clause around [a, b] bounded by commas and by 'and' before another
    capitalised name ("Odegaard converted a penalty and Havertz headed in")."""
    lo = clause.rfind(",", 0, max(0, a)) + 1
    hi = clause.find(",", max(b, 0))
    hi = len(clause) if hi < 0 else hi
    for m in _AND_NAME.finditer(clause, lo, hi):
        if m.end() <= a:
            lo = m.end()
        elif m.start() >= b:
            hi = m.start()
            break
    # "Shaw levelled in the 40th minute and headed the winner in the 71st": one subject, two
    # tellings; each verb keeps the words after its own "and"
    for m in _AND_VERB.finditer(clause, lo, hi):
        if a < m.start() and m.end() <= b:
            lo = m.end()
        elif m.start() >= b:
            hi = m.start()
            break
    return lo, hi


_AND_NAME = compile_pattern(r"\s(?:and|while|as)\s+(?=\p{Lu})")
_AND_VERB = compile_pattern(r"\s(?:and|then)\s+(?:then\s+|later\s+)?(?=[a-z]+ed\b)")


_OTHERS_DATED = compile_pattern(r"\p{Lu}[\p{L}-]+'s?\s+(?=\d{1,3}(?:st|nd|rd|th)[\s-]+minute)")


_BRACKET_OPEN = compile_pattern(r"\s*\(")


def _nearest_minute(ctx: Context, sentence: Sentence, c_start: int, c_end: int, pos: int, quiet=(),
                    stretch: tuple[int, int] | None = None, scorer_span: tuple[int, int] | None = None) -> tuple[MinuteMention | None, bool]:
    """The minute told nearest the goal in its own stretch of the clause, else in the clause;
    else in its sentence, but not one told in a clause about something else ("X was sent off
    in the 88th minute, with Y ...")."""
    # "Beto's 89th-minute header cancelled out Rogers' strike": a minute dating another player's
    # goal is that goal's
    theirs = [d.end() for d in _OTHERS_DATED.finditer(ctx.folded, c_start, c_end)
              if not (scorer_span and scorer_span[0] <= d.start() < scorer_span[1])]
    usable = [m for m in ctx.minutes_in(c_start, c_end) if (m.minute is not None or m.relative is not None)
              and m.start not in theirs]
    if scorer_span:
        # "Tolisso (30th) and Mikautadze (60th) scored": the minute in brackets after the name
        attached = [m for m in usable if _BRACKET_OPEN.fullmatch(ctx.folded, scorer_span[1] - 3, m.start)]
        if attached:
            return attached[0], True
    if stretch:
        own = [m for m in usable if stretch[0] <= m.start < stretch[1]]
        if own:
            return _sharpen(_closest_minute(own, pos), own, usable), True
    if usable:
        return _sharpen(_closest_minute(usable, pos), [], usable), True
    # (a time opening the sentence dates all of it: "Four minutes into the second half Grant,
    # booked for the challenge, clipped Arzani ..., and Vergos sent Redmayne the wrong way")
    pool = [m for m in ctx.minutes_in(sentence.start, sentence.end)
            if (m.minute is not None or m.relative is not None)
            and (m.start - sentence.start <= 3 or not any(s <= m.start < e for s, e in quiet))]
    if not pool:
        return None, False
    return min(pool, key=lambda m: abs(m.start - pos)), False


def _closest_minute(minutes: list[MinuteMention], pos: int) -> MinuteMention:
    """The minute told nearest the goal; but "in stoppage time (90+3)", "shortly before the break,
    in the 43rd minute": an exact minute told right beside the nearest vague one is that one."""
    nearest = min(minutes, key=lambda m: abs(m.start - pos))
    if nearest.approximate:
        beside = [m for m in minutes if not m.approximate and min(abs(m.start - nearest.end), abs(nearest.start - m.end)) <= 20]
        if beside:
            return min(beside, key=lambda m: abs(m.start - pos))
    return nearest


def _sharpen(best: MinuteMention, own: list[MinuteMention], clause: list[MinuteMention]) -> MinuteMention:
    """An exact minute told with a vaguer time for the same moment: "equalised soon after through
    Baena in the 58th minute" (in the telling's own stretch), "midway through the first half,
    finishing ... in the 24th minute" (in the clause, within ten minutes of the vague one)."""
    if best.relative is not None:
        exact = [m for m in own if m.relative is None and not m.approximate and m.minute is not None]
        return exact[0] if exact else best
    if best.approximate and best.minute is not None:
        exact = [m for m in clause if m.relative is None and not m.approximate and m.minute is not None
                 and abs(m.minute - best.minute) <= 10]
        return exact[0] if exact else best
    return best


def _assist(ctx: Context, sentence: Sentence, scorer: NameMention) -> str | None:
    """The provider named nearest this scorer ("Y's cross ... for X", "X ... after a feed from
    Y", "X headed home a Y cross"); with two goals in a sentence, each its own."""
    pats = _patterns()
    found: list[tuple[float, NameMention]] = []
    for n in ctx.names_in(sentence.start, sentence.end):
        if n.surface == scorer.surface or ctx.roster.name(n.surface) == ctx.roster.name(scorer.surface):
            continue
        # the delivery comes before the finish, close by, or is told just after it
        gap = n.start - scorer.end if n.start > scorer.end else (scorer.start - n.end) * 1.5
        close = (n.end <= scorer.start and scorer.start - n.end < 150) or (n.start > scorer.end and n.start - scorer.end < 80)
        if close and pats["assist_noun"].match(ctx.folded, n.end) and not _patterns()["noun"].search(ctx.folded, n.end, n.end + 25):
            found.append((gap, n))
        elif close and _A_BEFORE.search(ctx.folded, max(sentence.start, n.start - 3), n.start) and pats["assist_noun_bare"].match(ctx.folded, n.end):
            found.append((gap, n))
        elif pats["assist_phrase"].search(ctx.folded[max(sentence.start, n.start - 40):n.start]):
            # "... after a feed from Cardoso, and Roque netted": that phrase ends the telling
            # before his
            if n.start > scorer.end or not _NEXT_TELLING.search(ctx.folded, n.end, scorer.start):
                found.append((gap, n))
    if not found:
        return None
    return ctx.roster.name(min(found, key=lambda f: f[0])[1].surface)


_NEXT_TELLING = compile_pattern(r",\s*(?:and|but|while|before)\s|;", regex.I)
_A_BEFORE = compile_pattern(r"\ban?\s+$", regex.I)

_FOR_TEAM = (r"(?<![\w-])(?:for|gave|give|given|gives|giving|put|puts|putting|extend(?:s|ed|ing)?|hand(?:ed|s|ing)?|sen[dt]|sends|sending|fire[ds]?|firing|head(?:ed|s|ing)?|"
             r"earn(?:ed|s|ing)?|help(?:ed|s|ing)?|push(?:ed|es|ing)?|lift(?:ed|s|ing)?|dr[ae]w|draws|drawing|drag(?:ged|s|ging)?|"
             r"br(?:ing|ings|ought|inging)|pull(?:ed|s|ing)?|edg(?:e|ed|es|ing)|nudg(?:e|ed|es|ing)|haul(?:ed|s|ing)?|mov(?:e|ed|es|ing)|"
             r"propel(?:led|s|ling)?|rescu(?:e|ed|es|ing)|power(?:ed|s|ing)?|restor(?:e|ed|es|ing))\s+(?:(?!for\b)[a-z][\w-]*\s+){0,2}$")

_FOR_TEAM_RE = compile_pattern(_FOR_TEAM, regex.I)
# "Di Maria added Argentina's second", "headed Spain's equaliser": the goal is the team's
_SCORED_TEAMS = compile_pattern(r"\b(?:add(?:ed|s|ing)?|scor(?:ed|es|ing)|net(?:ted|s|ting)|grab(?:bed|s|bing)?|bag(?:ged|s|ging)?|got|gets|"
                              r"head(?:ed|s|ing)|fir(?:ed|es|ing)|slot(?:ted|s|ting)|struck|strikes|notch(?:ed|es|ing)|curl(?:ed|s|ing))\s+$", regex.I)
_TEAMS_GOAL = compile_pattern(r"'s?\s+(?:[a-z-]+\s+)?(?:second|third|fourth|fifth|sixth|opener|opening\s+goal|equali[sz]er|leveller|winner|consolation)\b", regex.I)


def _side_cue(ctx: Context, sentence: Sentence, c_start: int, c_end: int, scorer: NameMention, own: bool,
              pos: int | None = None) -> tuple[str | None, bool, bool]:
    """Whom the goal was for, from the clause: 'for the visitors', 'put Bayern ahead',
    'Dortmund's X', 'the Serie A side ... through X'. Returns (side, is_scorers_own_side,
    is_a_guess)."""
    # a scorer named in an earlier clause of the sentence ("Elliott appeared to have won the title
    # for Philadelphia when he struck"): the team cues between him and the telling count too
    same_sentence = sentence.start <= scorer.start < c_start
    refs = ctx.refs_in(scorer.start if same_sentence else c_start, c_end)
    pos = scorer.start if pos is None else pos
    told_for = []
    for ref in refs:
        if not -60 <= ref.start - pos <= 110 and abs(ref.start - scorer.end) > 60:
            continue    # another telling's "restored Spain's advantage", further along
        lead = ctx.folded[max(scorer.start if same_sentence else c_start, ref.start - 30):ref.start]
        if _FOR_TEAM_RE.search(lead) or (_SCORED_TEAMS.search(lead) and _TEAMS_GOAL.match(ctx.folded, ref.end)):
            told_for.append(ref)
    if told_for:
        # "X scored for Argyle and Y equalised for Ipswich": Y's is the one after his name
        best = min(told_for, key=lambda r: (r.start < scorer.start, abs(r.start - pos)))
        return best.role, False, False
    for ref in refs:
        # "Dortmund's Adeyemi", "Dortmund forward Adeyemi", "X (Dortmund)"
        gap = ctx.folded[ref.end:scorer.start] if ref.end <= scorer.start else None
        if gap is not None and _TEAM_BEFORE_PLAYER_GAP.fullmatch(gap):
            return ref.role, True, False
    side = ctx.roster.side(scorer.surface)
    if side:
        return side, True, False
    # "France scored the first goal through ... an own goal by Mandzukic": the side told scoring
    first = ctx.refs_in(sentence.start, sentence.end)
    if first and first[0].start < scorer.start and TEAM_SCORED.match(ctx.folded, first[0].end) \
            and not _CONTRAST.search(ctx.folded, first[0].end, scorer.start):
        return first[0].role, False, False
    # "the winner", "the decisive goal": the side that won.
    if ctx.winner_hint and _per_clause(ctx, "winner", c_start, c_end, lambda: _WINNER.search(ctx.folded, c_start, c_end)) and not own:
        return ctx.winner_hint, False, False
    # "X scored an extra-time winner as Rangers secured their place": the side told next.
    for ref in ctx.refs_in(scorer.end, sentence.end):
        if _AS_TEAM.search(ctx.folded, max(scorer.end, ref.start - 8), ref.start) and not own:
            # "... the only goal as PSG lost their opening two games": the side that lost conceded it
            return (ctx.other(ref.role) if _TEAM_LOST.match(ctx.folded, ref.end) else ref.role), False, True
        break
    # The sentence's subject team: "Atalanta made the ideal start when ... X tucked home",
    # unless a "but" turns to the other side ("Hertha were cruising, but Reuter pulled one back").
    # (not a team naming another player: "Sevilla midfielder Gudelj was booked ... and Oyarzabal
    # sent Nyland the wrong way")
    first = [r for r in ctx.refs_in(sentence.start, sentence.end) if not _describes_a_player(ctx, r, scorer)]
    if first and first[0].start < scorer.start and not own and _PEGGED_BACK.search(ctx.folded, first[0].end, scorer.start):
        return ctx.other(first[0].role), False, True     # "LAFC ... was pegged back when Gazdag scored"
    if first and first[0].start < scorer.start and not own and not _CONTRAST.search(ctx.folded, first[0].end, scorer.start) \
            and not (first[0].start < c_start and _OTHER_EVENT.search(ctx.folded, first[0].end, c_start)):
        # (not across a clause telling a card or a save: "Napoli goalkeeper Meret was sent off for
        # tripping Ronaldo and Pjanic curled in the free-kick")
        return first[0].role, False, True
    return None, False, False


def _describes_a_player(ctx: Context, ref, scorer: NameMention) -> bool:
    """'Sevilla midfielder Gudelj', 'Sevilla's Gudelj', 'two Danish midfielders': the team is
    told of other players."""
    if _PLAYERS_OF_TEAM.match(ctx.folded, ref.end):
        return True
    following = ctx.names_in(ref.end, ref.end + 40)
    return bool(following) and following[0].start != scorer.start \
        and bool(_TEAM_ROLE_GAP().fullmatch(ctx.folded, ref.end, following[0].start))


_PLAYERS_OF_TEAM = compile_pattern(r"\s+(?:midfielders|defenders|forwards|strikers|players|centre-backs|full-backs|wingers|team-?mates|internationals)\b", regex.I)


@lru_cache(maxsize=None)
def _TEAM_ROLE_GAP() -> regex.Pattern:
    return compile_pattern(r"'s?\s+|\s+(?:[\w-]+\s+)?(?:" + role_noun_pattern() + r")\s+", regex.I)


# "Watkins headed Villa in front before converting a second-half penalty": a second goal
_THEN_ANOTHER = compile_pattern(r"\b(?:before|then|later)\s+(?:\w+\s+)?(?:convert|scor|add|net|double|complet|slott|fir|head|curl|tuck|str[ui]k)\w*ing\b", regex.I)


def _dedupe_in_sentence(mentions: list[GoalMention]) -> list[GoalMention]:
    """One sentence tells one goal by one scorer once, however many cues fired."""
    out: list[GoalMention] = []
    for m in mentions:
        twin = next((x for x in out if x.scorer == m.scorer and (x.minute is m.minute or m.minute is None or x.minute is None)
                     and not _THEN_ANOTHER.search(m.sentence.text, x.start - m.sentence.start, m.start - m.sentence.start + 1)), None)
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
