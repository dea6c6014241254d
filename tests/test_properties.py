"""Properties that hold for any input, checked with hypothesis on generated text and bytes.

Example counts are modest so the suite stays fast; `--hypothesis-seed` or HYPOTHESIS_PROFILE
can be used locally to search harder.
"""
from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hostile_cases import evidence_problems
from matchcli import Match, parse_report
from matchcli.errors import InputError, MatchcliError
from matchcli.inputs import text_from_bytes
from matchcli.inputs.markup import html_to_text
from matchcli.inputs.normalise import normalise_text
from matchcli.pipeline import record_from_document

FEW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces of match reports, so generated text reaches the extractor's rules instead of being
# rejected as noise at once.
TOKENS = [
    "Arsenal", "Chelsea", "Manchester United", "Real Madrid", "Bayern", "Saka", "Kane", "Müller",
    "Van Dijk", "Alexander-Arnold", "O'Shea", "scored", "equalised", "headed", "penalty", "pen",
    "own goal", "og", "assisted by", "yellow card", "booked", "sent off", "red card", "second yellow",
    "VAR", "disallowed", "offside", "hit the post", "crossbar", "saved", "missed", "2-1", "1-1",
    "0-0", "3–2", "2—1", "(2-1 agg)", "aet", "on penalties", "4-3", "23rd minute", "45+2", "90+8",
    "90'", "67'", "(pen)", "(og)", "minute", "half-time", "xG", "1.4", "possession", "57%", "shots",
    "beat", "drew", "lost", "at", "the", "in", "and", ",", ".", "(", ")", "'", "\n", "\n\n", ":", "-",
]
report_like = st.lists(st.sampled_from(TOKENS), max_size=80).map(" ".join)
any_text = st.one_of(st.text(max_size=400), report_like)


@FEW
@given(any_text)
def test_parse_report_returns_a_match_or_a_matchcli_error(text):
    try:
        match = parse_report(text)
    except MatchcliError:
        return
    assert isinstance(match, Match)
    assert evidence_problems(match, text) == []


@FEW
@given(report_like)
def test_pipeline_never_raises_anything_else(text):
    try:
        doc = text_from_bytes(text.encode("utf-8"), "gen.txt")
        match = record_from_document(doc)
    except MatchcliError:
        return
    assert evidence_problems(match, doc.text) == []


@FEW
@given(st.binary(max_size=600))
def test_any_bytes_become_a_document_or_an_input_error(data):
    try:
        doc = text_from_bytes(data, "gen.bin")
    except InputError as exc:
        assert str(exc).startswith("gen.bin: ") and "\n" not in str(exc)
        return
    assert doc.text.strip()
    assert normalise_text(doc.text) == doc.text


# A text opening with U+0000 would, in UTF-16 LE, begin with the UTF-32 LE byte-order mark
# (FF FE 00 00): ambiguous by design, and no report starts with a NUL.
no_leading_nul = st.text(max_size=400).filter(lambda t: not t.startswith("\x00"))


@FEW
@given(no_leading_nul.map(lambda t: t.encode("utf-8")) | no_leading_nul.map(lambda t: t.encode("utf-16")))
def test_encoded_text_round_trips_to_its_normal_form(data):
    try:
        doc = text_from_bytes(data, "gen.txt", html=False)
    except InputError:
        return
    original = data.decode("utf-16") if data[:2] in (b"\xff\xfe", b"\xfe\xff") else data.decode("utf-8")
    assert doc.text == normalise_text(original.removeprefix("\ufeff"))


@FEW
@given(st.text(max_size=400))
def test_normalise_is_idempotent_and_clean(text):
    once = normalise_text(text)
    assert normalise_text(once) == once
    assert "\r" not in once and "\u200b" not in once and "\u00a0" not in once and "\u2019" not in once


INVISIBLE_OR_CR = set("\r\u00ad\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff")


@FEW
@given(st.text(max_size=400).filter(lambda t: not INVISIBLE_OR_CR & set(t) and unicodedata.is_normalized("NFC", t)))
def test_everything_else_is_one_for_one(text):
    # Only the documented length-changing steps may move offsets; the rest maps char for char.
    assert len(normalise_text(text)) == len(text)


html_like = st.lists(
    st.sampled_from(["<p>", "</p>", "<div>", "</div>", "<script>", "</script>", "<br>", "<!--", "-->",
                     "<nav>", "</nav>", "<a href='x'>", "</a>", "&amp;", "&#8211;", "&nbsp;", "<", ">",
                     "<![", "<?", "Arsenal 2-1", " Saka ", "\n"]) | st.text(max_size=10),
    max_size=60,
).map("".join)


@FEW
@given(html_like | st.text(max_size=300))
def test_html_to_text_never_raises(markup):
    text = html_to_text(markup)
    assert "\x00" not in text and not text.startswith((" ", "\n")) and not text.endswith((" ", "\n"))
