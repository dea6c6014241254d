"""Loads the data files under matchcli/data once per process."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

import regex


@lru_cache(maxsize=None)
def load(name: str) -> dict:
    """The parsed JSON data file `matchcli/data/<name>.json`."""
    with resources.files("matchcli.data").joinpath(f"{name}.json").open("r", encoding="utf-8") as fh:
        return json.load(fh)


def phrase_pattern(phrase: str) -> str:
    """A literal phrase as a regex fragment: spaces and hyphens between words are interchangeable.

    >>> phrase_pattern("half-time")
    'half[\\\\s-]+time'
    """
    words = regex.split(r"[\s-]+", phrase.strip())
    return r"[\s-]+".join(regex.escape(w) for w in words)


def alternation(phrases, *, word_bounded: bool = True) -> str:
    """One regex alternation of phrases, longest first so the fullest phrase wins."""
    body = "|".join(phrase_pattern(p) for p in sorted(set(phrases), key=len, reverse=True))
    return rf"(?<!\w)(?:{body})(?!\w)" if word_bounded else f"(?:{body})"


_DOUBLES = regex.compile(r"^[^aeiou]*[aeiou][^aeiouwxy]$")


def inflections(verb: str, irregular: dict[str, list[str]] | None = None) -> set[str]:
    """Every form of an English verb phrase's first word: base, -s, -ed, -ing.

    >>> sorted(inflections("net"))
    ['net', 'nets', 'netted', 'netting']
    >>> sorted(inflections("tuck home"))
    ['tuck home', 'tucked home', 'tucking home', 'tucks home']
    >>> sorted(inflections("equalise"))
    ['equalise', 'equalised', 'equalises', 'equalising']
    """
    head, _, rest = verb.partition(" ")
    tail = f" {rest}" if rest else ""
    if irregular and head in irregular:
        forms = {head, *irregular[head]}
    else:
        forms = {head, _third(head), _past(head), _gerund(head)}
    return {f + tail for f in forms}


def _third(w: str) -> str:
    if w.endswith(("s", "sh", "ch", "x", "z")):
        return w + "es"
    if w.endswith("y") and w[-2:-1] not in "aeiou":
        return w[:-1] + "ies"
    return w + "s"


def _stem(w: str) -> str:
    if _DOUBLES.match(w) or (w.endswith("el") and len(w) > 4):
        return w + w[-1]
    return w


def _past(w: str) -> str:
    if w.endswith("e"):
        return w + "d"
    if w.endswith("y") and w[-2:-1] not in "aeiou":
        return w[:-1] + "ied"
    return _stem(w) + "ed"


def _gerund(w: str) -> str:
    if w.endswith("e") and not w.endswith("ee"):
        return w[:-1] + "ing"
    return _stem(w) + "ing"
