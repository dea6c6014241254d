"""Player-name mentions: which capitalised runs are players, one row per phenomenon."""
from __future__ import annotations

import pytest

from matchcli.extract.people import find_names
from matchcli.extract.tokens import tokenize

# text -> the name surfaces expected, in order
NAMES = [
    ("Emre Can headed a second.", ["Emre Can"]),                         # a modal verb as a surname
    ("Alfie May scored on 5 May.", ["Alfie May"]),                        # a month after a day is a date
    ("LONDON, Sept 27 - Bukayo Saka scored.", ["Bukayo Saka"]),           # a dateline's month
    ("Saka scored twice in the WSL and the FA Cup.", ["Saka"]),           # acronyms are no names
    ("A crowd of 412 at Brook Park saw Dan Okafor score.", ["Dan Okafor"]),   # a ground
    ("Centre-back Jake Millard went in goal.", ["Jake Millard"]),         # a role opening the sentence
    ("Frenkie de Jong and Virgil van Dijk scored.", ["Frenkie de Jong", "Virgil van Dijk"]),
    ("Son Heung-min curled in.", ["Son Heung-min"]),
]


@pytest.mark.parametrize("text, expected", NAMES)
def test_names(text, expected):
    assert [n.surface for n in find_names(text, tokenize(text), [])] == expected


def test_a_ground_is_not_a_player():
    """A ground from the gazetteer ("San Siro") is a place, as a demonym or a city is."""
    from matchcli.extract import _demonym_keys

    text = "Bukayo Saka gave the visitors an early lead at San Siro, curling into the far corner."
    assert [n.surface for n in find_names(text, tokenize(text), [], _demonym_keys())] == ["Bukayo Saka"]
