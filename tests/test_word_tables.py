"""A sentence's or clause's word table read out of its report's (lexicon._Words.within) is the
one built for it: the same words, offsets and casefolded forms, words its edges cut included."""
from __future__ import annotations

import random
from pathlib import Path

from matchcli.extract import lexicon
from matchcli.extract.context import clauses
from matchcli.extract.text import fold, split_sentences

ROOT = Path(__file__).resolve().parent.parent
REPORTS = [fold(p.read_text(encoding="utf-8")) for p in sorted([*ROOT.glob("samples/*.txt"), *ROOT.glob("eval/**/*.txt")])]
REPORTS += ["Die Straße von İstanbul: Müller schoß 2 Tore, ǅoković sah Gelb.", "", "x"]


def _table(words: lexicon._Words) -> tuple:
    return words.starts, words.ends, words.lowered


def test_a_piece_read_out_of_its_report_is_the_piece_built_alone():
    rng = random.Random(5)
    for report in REPORTS:
        whole = lexicon._Words(report)
        pieces = [s.text for s in split_sentences(report)]
        pieces += [report[a:b] for s in split_sentences(report) for a, b in clauses(s)]
        pieces += [report[a:a + rng.randint(0, 40)] for a in rng.sample(range(len(report) + 1), min(100, len(report) + 1))]
        for piece in pieces:
            at = report.find(piece)
            assert _table(lexicon._Words.within(whole, at, piece)) == _table(lexicon._Words(piece)), piece
