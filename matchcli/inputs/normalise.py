"""Typographic clean-up of decoded text, so the extractor sees one spelling of each thing.

Evidence offsets in a record refer to the text *after* this step (it is what `matchcli parse
--show-text` prints), so every change that alters the length of the text happens here, in the
input layer, and never in the extractor:

- line endings: CRLF and lone CR become LF;
- invisible format characters (zero-width space/joiners, word joiner, stray BOMs, soft hyphens,
  bidirectional marks) are dropped: they split words without showing;
- Unicode NFC: a letter followed by a combining accent becomes one precomposed character.

Changes of one character for one character are done here too, so the extractor's patterns need
only the ASCII spelling:

- no-break, narrow, figure, thin and other spaces become a plain space;
- curly single quotes, primes (45′) and acute accents used as apostrophes become `'`; curly
  double quotes stay, because saved JSON records are read through this layer too and a `"`
  inside a JSON string would end it (the extractor's own fold treats them as quotes);
- hyphen-like dashes (hyphen, non-breaking hyphen, figure dash, en dash, minus sign) become `-`
  everywhere; em dashes and horizontal bars only between digits (a scoreline "2—1"), because
  elsewhere they separate clauses and turning them into hyphens would glue the words either side
  into one hyphenated token ("Kane—his tenth" must not read "Kane-his");
- line and paragraph separators, next-line and vertical tab become a newline; other control
  characters become a space.
"""
from __future__ import annotations

import unicodedata

import regex
from ..patterns import compile_pattern

# Dropped outright (length-changing).
_INVISIBLE = (
    "\u00ad"            # soft hyphen
    "\u200b\u200c\u200d"  # zero-width space, non-joiner, joiner
    "\u200e\u200f"      # left-to-right / right-to-left marks
    "\u202a\u202b\u202c\u202d\u202e"  # bidi embeddings and overrides
    "\u2060"            # word joiner
    "\u2066\u2067\u2068\u2069"  # bidi isolates
    "\ufeff"            # a BOM in the middle of text (concatenated files)
)

_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2032\u2035\u00b4\u02bc"
_HYPHENS = "\u2010\u2011\u2012\u2013\u2212\ufe58\ufe63\uff0d"
_NEWLINES = "\u2028\u2029\u0085\x0b\x0c"
_CONTROLS = "".join(chr(c) for c in [*range(0, 9), *range(14, 32), 127, *range(0x80, 0x85), *range(0x86, 0xA0)])

_DROP = str.maketrans({c: None for c in _INVISIBLE})
_ONE_FOR_ONE = str.maketrans(
    {
        **{c: " " for c in _SPACES + _CONTROLS},
        **{c: "'" for c in _SINGLE_QUOTES},
        **{c: "-" for c in _HYPHENS},
        **{c: "\n" for c in _NEWLINES},
    }
)

# An em dash or horizontal bar between digits is a scoreline or a range: "2—1", "2 — 1".
_DIGIT_DASH = compile_pattern(r"(?<=\d[ \t]{0,2})[\u2014\u2015](?=[ \t]{0,2}\d)")


def normalise_text(text: str) -> str:
    """
    >>> normalise_text("Kane\\u2019s penalty made it 2\\u20131 in the 45\\u2032.\\r\\n")
    "Kane's penalty made it 2-1 in the 45'.\\n"
    >>> normalise_text("2\\u20141 \\u2014 a late\\u200b winner")
    '2-1 \\u2014 a late winner'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_DROP)
    # NFC after dropping invisibles (a zero-width char between a letter and its accent would
    # block composition) and before the one-for-one table (NFC maps a few rare characters,
    # e.g. U+1FFD, onto ones the table rewrites).
    text = unicodedata.normalize("NFC", text)
    return _DIGIT_DASH.sub("-", text.translate(_ONE_FOR_ONE))
