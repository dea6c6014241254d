"""Text handling: a length-preserving fold for matching, and sentences with offsets.

Every pattern runs on the folded text, which has exactly the input's length, so a match's
offsets are offsets into the original input and evidence can quote the original characters.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex
from ..patterns import compile_pattern

# One character in, one character out: curly quotes, dashes and odd spaces become ASCII.
_FOLD = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
    "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " ", "\u200a": " ", "\u3000": " ",
    "\u200b": " ", "\u200c": " ", "\u200d": " ", "\ufeff": " ", "\t": " ", "\r": " ",
})


def fold(text: str) -> str:
    """
    >>> fold("Samardzic\u2019s 2\u20131 win")
    "Samardzic's 2-1 win"
    """
    folded = text.translate(_FOLD)
    if folded.isascii():
        return folded.replace("^", " ")     # the one ASCII character _SYMBOLS takes ("`" is folded)
    return _SYMBOLS.sub(" ", folded)


# Emoji, flags and other pictographs ("France 🇫🇷 3"): one space each, so offsets hold.
_SYMBOLS = compile_pattern(r"[\p{So}\p{Sk}\p{Co}\p{Cn}\p{Cf}]")


@dataclass(frozen=True)
class Sentence:
    text: str          # folded text of the sentence
    start: int         # offset into the input
    end: int
    paragraph: int     # index of the paragraph (blank-line separated block) it belongs to
    line_start: bool   # begins a line (headlines and list lines do)
    _found: dict = field(default_factory=dict, init=False, compare=False, repr=False)

    def has(self, pattern: regex.Pattern) -> bool:
        """Whether `pattern` occurs in the sentence: searched once however many steps ask (four
        steps ask whether a sentence is about another match)."""
        found = self._found.get(pattern)
        if found is None:
            found = self._found[pattern] = pattern.search(self.text) is not None
        return found

    def span(self, rel_start: int, rel_end: int) -> tuple[int, int]:
        return self.start + rel_start, self.start + rel_end


# A sentence ends at . ! ? (plus closing quotes/brackets) followed by space and a capital,
# digit or quote; or at a line break; or before a ticker's "71' Tolisso heads ..." (not the
# minute of a line-up row's "Yellow card 55'"). Abbreviations and initials are checked in code.
_SENTENCE_END = r"""(?<![.!?])[.!?]+["')\]]*(?=\s+["'(\[]?[\p{Lu}\d])|\n"""
_TICKER_STAMP = r"""(?<=\S)(?<!\b(?:Yellow|Red)\scard)[ \t](?=\d{1,3}(?:\+\d{1,2})?'[ \t]+\p{Lu})"""
_BOUNDARY = compile_pattern(f"{_SENTENCE_END}|{_TICKER_STAMP}")
# The ticker branch, tried at every character, was most of the pattern's time; it needs a minute
# mark before a space ("71' "), which most texts do not hold: they are split without it.
_PROSE_BOUNDARY = compile_pattern(_SENTENCE_END)
_MINUTE_MARK = compile_pattern(r"\d'[ \t]")
_ABBREVIATIONS = frozenset("""mr mrs ms dr st jr sr no vs v ft ht aet pen og min mins att ref
    nr gen col capt jan feb mar apr jun jul aug sep sept oct nov dec inc ltd fc""".split())
_PARAGRAPH_BREAK = compile_pattern(r"\n[ \t\r]*\n")


def split_sentences(folded: str) -> list[Sentence]:
    """Split folded text into sentences with offsets; lines are always boundaries."""
    paragraphs = [0] + [m.end() for m in _PARAGRAPH_BREAK.finditer(folded)]
    sentences: list[Sentence] = []
    start = 0
    boundary = _BOUNDARY if _MINUTE_MARK.search(folded) else _PROSE_BOUNDARY
    for m in boundary.finditer(folded):
        if m.group() != "\n" and _is_abbreviation(folded, m.start()):
            continue
        end = m.end() if m.group() != "\n" else m.start()
        _add(folded, start, end, paragraphs, sentences)
        start = m.end()
    _add(folded, start, len(folded), paragraphs, sentences)
    return sentences


# Real sentences are a few hundred characters; a longer run without a full stop (a page with
# no punctuation, hostile input) is cut at spaces into pieces of at most this size, so every
# later step works on bounded pieces.
MAX_SENTENCE = 1500


def _add(folded: str, start: int, end: int, paragraphs: list[int], out: list[Sentence]) -> None:
    while end - start > MAX_SENTENCE:
        cut = folded.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        _add_one(folded, start, cut, paragraphs, out)
        start = cut
    _add_one(folded, start, end, paragraphs, out)


def _add_one(folded: str, start: int, end: int, paragraphs: list[int], out: list[Sentence]) -> None:
    chunk = folded[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    s = start + lead
    e = s + len(stripped)
    para = _bisect(paragraphs, s)
    previous_end = out[-1].end if out else 0
    line_start = s == 0 or "\n" in folded[previous_end:s]
    out.append(Sentence(stripped, s, e, para, line_start))


def _bisect(starts: list[int], pos: int) -> int:
    lo, hi = 0, len(starts)
    while lo + 1 < hi:
        mid = (lo + hi) // 2
        if starts[mid] <= pos:
            lo = mid
        else:
            hi = mid
    return lo


def _is_abbreviation(folded: str, dot: int) -> bool:
    """True when the full stop at `dot` ends an abbreviation or an initial ("T. Parkes")."""
    if folded[dot] != ".":
        return False
    i = dot
    while i > 0 and folded[i - 1].isalpha():
        i -= 1
    word = folded[i:dot]
    if len(word) == 1 and (word.isupper() or (i > 0 and folded[i - 1] == ".")):
        return True     # "T. Parkes"; the last letter of "a.e.t.", "o.g.", "p.m."
    if not word and _CLUB_ORDINAL.match(folded, max(0, dot - 2)):
        return True     # "beat 1. FSV Mainz 05 2-1": a German club's ordinal, not a sentence end
    return word.lower() in _ABBREVIATIONS


_CLUB_ORDINAL = compile_pattern(r"(?<!\d)\s?\d\.\s+(?:FC|FSV|SC|SV|FFC|CfB|CfR|SSV|VfL|VfB)\b")
