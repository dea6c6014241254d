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
