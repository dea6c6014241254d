"""matchcli.facts, the extractor's pydantic-free records: the same fields as matchcli.models, and
`dump` writes exactly what the pydantic record would (or takes the pydantic path when unsure)."""
from __future__ import annotations

import glob
import json
import math
import os
import subprocess
import sys
import typing
from enum import Enum
from pathlib import Path

import annotated_types
import jsonschema
import pytest
from pydantic import ValidationError

from matchcli import facts, models
from matchcli.extract import parse_report, read_facts

ROOT = Path(__file__).resolve().parent.parent
REPORTS = sorted(glob.glob(str(ROOT / "samples" / "*.txt")) + glob.glob(str(ROOT / "eval" / "styles" / "*.txt")))
FACT_CLASSES = [c for c in vars(facts).values()
                if isinstance(c, type) and issubclass(c, facts._Fact) and c is not facts._Fact]


def _text(obj) -> str:
    """The bytes `parse --json` writes for a record dict (json.dumps tells 1 from 1.0)."""
    return json.dumps(obj, ensure_ascii=False, indent=2)


def _kind(annotation):
    """A pydantic field annotation in facts' terms."""
    optional = False
    if typing.get_origin(annotation) is typing.Union:
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        optional = len(args) < len(typing.get_args(annotation))
        if sorted(map(str, args)) == sorted(map(str, [int, float])):
            return "num", optional
        (annotation,) = args
    if typing.get_origin(annotation) is list:
        (item,) = typing.get_args(annotation)
        return ("list", _kind(item)[0]), optional
    simple = {str: "str", int: "int", float: "float", bool: "bool"}
    if annotation in simple:
        return simple[annotation], optional
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return annotation, optional
    return getattr(facts, annotation.__name__), optional


@pytest.mark.parametrize("cls", FACT_CLASSES, ids=lambda c: c.__name__)
def test_fields_match_the_models(cls):
    model = getattr(models, cls.__name__)
    assert [f[0] for f in cls.FIELDS] == list(model.model_fields)
    for name, kind, default, optional, ge, le in cls.FIELDS:
        info = model.model_fields[name]
        assert (kind, optional) == _kind(info.annotation), name
        if default is facts.REQUIRED:
            assert info.is_required(), name
        elif default is facts._LIST:
            assert info.default_factory is list, name
        elif isinstance(default, type):
            assert info.default_factory is getattr(models, default.__name__), name
        else:
            assert type(info.default) is type(default) and info.default == default, name
        bounds = {type(m): m for m in info.metadata}
        assert ge == (bounds[annotated_types.Ge].ge if annotated_types.Ge in bounds else None), name
        assert le == (bounds[annotated_types.Le].le if annotated_types.Le in bounds else None), name
    assert set(cls.__slots__) == {f[0] for f in cls.FIELDS}


def test_enums_and_version_are_shared():
    assert models.CardKind is facts.CardKind and models.PenaltyOutcome is facts.PenaltyOutcome
    assert models.SCHEMA_VERSION == facts.SCHEMA_VERSION


@pytest.fixture(scope="module")
def schema():
    return models.json_schema()


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: Path(p).name)
def test_dump_is_the_pydantic_dump_on_every_report(path, schema):
    text = Path(path).read_text(encoding="utf-8")
    try:
        fact = read_facts(text)
    except Exception as exc:  # noqa: BLE001 - the same failure either way
        with pytest.raises(type(exc)):
            parse_report(text)
        return
    model = facts.to_model(fact)
    row = facts._dump(fact)          # the fast path itself, no fallback
    assert _text(row) == _text(model.model_dump(mode="json"))
    assert _text(json.loads(model.model_dump_json())) == _text(row)
    assert model.model_dump_json() == parse_report(text).model_dump_json()
    jsonschema.validate(row, schema)
    assert models.Match.model_validate(row) == model


def _edge_match(**overrides) -> facts.Match:
    ev = facts.Evidence(text="Müller (Bayern München) scored — “late”", start=0, end=40, rule=None)
    values = dict(
        home=facts.Team(name="Bayern München", aliases=["Die Bayern", "FCB"]),
        away=facts.Team(name="Ñublense"),
        score=facts.Score(home=2, away=0), half_time=None, winner="Bayern München",
        goals=[
            facts.Goal(minute=0, team="Bayern München", player="Müller", confidence=1, evidence=ev),
            facts.Goal(minute=200, stoppage=60, approximate=True, confidence=0, score_after=facts.Score(home=2, away=0)),
            facts.Goal(confidence=0.1),
        ],
        cards=[facts.Card(card=facts.CardKind.second_yellow), facts.Card(card="red", player="Đorđević")],
        penalties_missed=[facts.MissedPenalty(outcome=facts.PenaltyOutcome.woodwork)],
        var_reviews=[facts.VarReview(decision="penalty awarded")],
        woodwork=[],
        stats=facts.Stats(xg=facts.StatPair(home=0.1, away=2.0), possession=facts.StatPair(home=1e-7, away=None),
                          shots=facts.StatPair(home=0, away=12)),
        warnings=["", "emoji ⚽ and 中文"],
    )
    values.update(overrides)
    return facts.Match(**values)


EDGES = {
    "plain": {},
    "all defaults": None,
    "big float": {"stats": facts.Stats(xg=facts.StatPair(home=1e300, away=-0.0))},
    "source": {"source": "<stdin>"},
}


@pytest.mark.parametrize("label", EDGES)
def test_dump_on_edge_values(label):
    fact = facts.Match() if EDGES[label] is None else _edge_match(**EDGES[label])
    row = facts._dump(fact)
    assert _text(row) == _text(facts.to_model(fact).model_dump(mode="json"))
    # pydantic's own JSON writes floats its way (1e-7, not 1e-07) but holds the same values
    assert _text(json.loads(facts.to_model(fact).model_dump_json())) == _text(row)


# Values the fast path does not vouch for: `dump` must give what pydantic gives, or fail as it fails.
UNSURE = {
    "bool for a number": lambda: _edge_match(stats=facts.Stats(shots=facts.StatPair(home=True))),
    "float for an int": lambda: _edge_match(score=facts.Score(home=2.0, away=0)),
    "int for a str": lambda: _edge_match(winner=3),
    "minute over 200": lambda: _edge_match(goals=[facts.Goal(minute=201)]),
    "negative offset": lambda: _edge_match(goals=[facts.Goal(evidence=facts.Evidence(text="x", start=-1, end=1))]),
    "NaN confidence": lambda: _edge_match(goals=[facts.Goal(confidence=math.nan)]),
    "infinite xG": lambda: _edge_match(stats=facts.Stats(xg=facts.StatPair(home=math.inf))),
    "unknown card": lambda: _edge_match(cards=[facts.Card(card="orange")]),
    "lone surrogate": lambda: _edge_match(warnings=["bad \udcff byte"]),
    "None for a bool": lambda: _edge_match(after_extra_time=None),
    "tuple for a list": lambda: _edge_match(warnings=("a",)),
}


@pytest.mark.parametrize("label", UNSURE)
def test_dump_falls_back_to_pydantic(label):
    fact = UNSURE[label]()
    with pytest.raises(facts._Unsure):
        facts._dump(fact)
    try:
        expected = facts.to_model(fact).model_dump(mode="json")
    except ValidationError as exc:
        with pytest.raises(ValidationError) as got:
            facts.dump(fact)
        assert str(got.value) == str(exc)
    else:
        assert _text(facts.dump(fact)) == _text(expected)


def test_constructor_refuses_unknown_and_missing_fields():
    with pytest.raises(TypeError):
        facts.Goal(minuet=3)
    with pytest.raises(TypeError):
        facts.Score(home=1)
    assert facts.Team(name="x").aliases is not facts.Team(name="y").aliases
    assert facts.Match().stats is not facts.Match().stats


def test_to_model_sets_the_fields_given_or_changed():
    goal = facts.Goal(minute=3)
    goal.team = "Arsenal"
    model = facts.to_model(goal)
    assert model.model_fields_set == {"minute", "team"}
    assert isinstance(model, models.Goal) and model.team == "Arsenal"


def test_dump_takes_a_pydantic_record_too():
    model = facts.to_model(_edge_match())
    assert facts.dump(model) == model.model_dump(mode="json")


def _modules_after(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys; print(' '.join(sys.modules))"],
                         capture_output=True, text=True, check=True, cwd=ROOT, env=os.environ.copy())
    return set(out.stdout.split())


def test_the_library_and_parse_json_do_not_import_pydantic():
    assert "pydantic.main" not in _modules_after("import matchcli")
    sample = str(ROOT / "samples" / "wire-report.txt")
    for flag in ("--json", "--jsonl"):
        code = ("import sys, contextlib, io\nfrom matchcli.cli import main\n"
                f"sys.argv = ['matchcli', 'parse', {sample!r}, {flag!r}]\n"
                "with contextlib.redirect_stdout(io.StringIO()):\n"
                "    try:\n        main()\n    except SystemExit as e:\n        assert e.code == 0, e.code")
        imported = _modules_after(code)
        assert "pydantic.main" not in imported
        assert "typer" not in imported  # the plain command line is run without Typer (cli.parse.run_plain)
        # needed only for HTML pages, for the data files' location, for a bug's traceback
        assert not imported & {"html.parser", "importlib.resources", "traceback"}
    from matchcli import Match
    assert Match is models.Match
