"""Typographic normalisation: what the extractor sees after the input layer."""
from __future__ import annotations

import doctest

import pytest

import matchcli.inputs
import matchcli.inputs.decoding
import matchcli.inputs.markup
import matchcli.inputs.normalise
import matchcli.pipeline
from matchcli.inputs.normalise import normalise_text

# (label, input, expected)
CASES = [
    # Length-changing: these must happen before extraction, or evidence offsets would drift.
    ("CRLF to LF", "Arsenal won.\r\nSaka scored.\r\n", "Arsenal won.\nSaka scored.\n"),
    ("lone CR to LF", "one\rtwo", "one\ntwo"),
    ("zero-width space dropped", "Sa\u200bka scored", "Saka scored"),
    ("zero-width joiners dropped", "Ka\u200cne\u200d", "Kane"),
    ("word joiner and stray BOM dropped", "2\u2060-1 \ufeffwin", "2-1 win"),
    ("soft hyphen dropped", "Alexan\u00adder-Arnold", "Alexander-Arnold"),
    ("bidi marks dropped", "\u200fSalah\u200e scored", "Salah scored"),
    ("decomposed accent composed (NFC)", "Mu\u0308ller", "Müller"),
    ("zero-width char between letter and accent", "Mu\u200b\u0308ller", "Müller"),
    # One for one.
    ("no-break space", "90\u00a0minutes", "90 minutes"),
    ("narrow no-break space", "2\u202f-\u202f1", "2 - 1"),
    ("curly apostrophe", "Kane\u2019s goal", "Kane's goal"),
    ("curly double quotes stay (JSON records pass through here)", "\u201cbrilliant\u201d", "\u201cbrilliant\u201d"),
    ("prime as minute mark", "45\u2032 and 90+2\u2032", "45' and 90+2'"),
    ("en dash scoreline", "2\u20131", "2-1"),
    ("em dash scoreline", "2\u20141", "2-1"),
    ("em dash scoreline with spaces", "2 \u2014 1", "2 - 1"),
    ("horizontal bar scoreline", "3\u20150", "3-0"),
    ("minus sign", "\u22121 goal difference", "-1 goal difference"),
    ("non-breaking hyphen in a name", "Alexander\u2011Arnold", "Alexander-Arnold"),
    ("em dash between words stays", "Kane\u2014his tenth\u2014scored", "Kane\u2014his tenth\u2014scored"),
    ("em dash after a word before a digit stays", "Kane \u2014 2 goals", "Kane \u2014 2 goals"),
    ("line separator", "a\u2028b\u2029c", "a\nb\nc"),
    ("form feed and vertical tab", "a\x0cb\x0bc", "a\nb\nc"),
    ("C0 and C1 controls become spaces", "a\x01b\x9dc\x7fd", "a b c d"),
    ("tabs kept", "Saka\t23'", "Saka\t23'"),
    ("plain ASCII untouched", "Arsenal 2-1 Chelsea (Saka 23')", "Arsenal 2-1 Chelsea (Saka 23')"),
]


@pytest.mark.parametrize("label,text,expected", CASES, ids=[c[0] for c in CASES])
def test_normalise(label, text, expected):
    assert normalise_text(text) == expected


@pytest.mark.parametrize("label,text,expected", CASES, ids=[c[0] for c in CASES])
def test_normalise_is_idempotent(label, text, expected):
    assert normalise_text(expected) == expected


@pytest.mark.parametrize(
    "module",
    [matchcli.inputs, matchcli.inputs.decoding, matchcli.inputs.markup, matchcli.inputs.normalise, matchcli.pipeline],
    ids=lambda m: m.__name__,
)
def test_doctests(module):
    result = doctest.testmod(module)
    assert result.attempted > 0 and result.failed == 0
