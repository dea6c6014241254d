"""The record as the extractor builds it: plain objects, no pydantic.

`matchcli.models` is the contract (pydantic models, JSON Schema, validation). Importing pydantic
and building those 14 models costs a one-report `matchcli parse --json` some 60 ms, more than
the parse itself, so the extractor builds these light twins instead: the same class names,
field names, field order and defaults, and the same keyword constructors, without validation.

Two ways out:
- `to_model(fact)` builds the pydantic record from them, passing every field through the
  models' validation exactly as the extractor's keyword calls did before: what `parse_report`
  returns (and what every view and the batch runner use).
- `dump(fact)` is `to_model(fact).model_dump(mode="json")` without pydantic, for `parse --json`
  and `--jsonl`. It checks every value against the field's type and bounds as it goes; anything
  it is not sure pydantic would pass through unchanged (a bool for an int, an out-of-range
  minute, a NaN, a string that is not valid Unicode, ...) sends the whole record down the
  pydantic path instead, so it never writes what `to_model(...).model_dump(mode="json")`
  would not, and an invalid record fails as it did before.

tests/test_facts.py keeps the two in step: the fields here against `models` (names, order,
defaults, kinds, bounds), and `dump` against pydantic on every sample and on edge values.
"""
from __future__ import annotations

import math
from enum import Enum

SCHEMA_VERSION = "1.0.0"


class CardKind(str, Enum):
    yellow = "yellow"
    second_yellow = "second_yellow"
    red = "red"


class PenaltyOutcome(str, Enum):
    saved = "saved"
    missed = "missed"
    woodwork = "woodwork"


REQUIRED = object()  # default marker: the field must be given
_LIST = object()   # default marker: a fresh empty list per record (pydantic's default_factory=list)


class _Fact:
    """Keyword constructor over FIELDS: (name, kind, default, optional, ge, le).

    kind: "str", "int", "float", "num" (int or float), "bool", an Enum class, a _Fact class
    (a nested record; default `_Fact` class itself means "a fresh one"), or ("list", kind).
    REQUIRED as default: the field must be given."""

    __slots__ = ("_given",)
    FIELDS: tuple = ()

    def __init__(self, **values):
        names = self._names
        for name in values:
            if name not in names:
                raise TypeError(f"{type(self).__name__}: unexpected field {name!r}")
        for name, _kind, default, _optional, _ge, _le in self.FIELDS:
            if name in values:
                value = values[name]
            elif default is REQUIRED:
                raise TypeError(f"{type(self).__name__}: field {name!r} is required")
            elif default is _LIST:
                value = []
            elif isinstance(default, type) and issubclass(default, _Fact):
                value = default()
            else:
                value = default
            object.__setattr__(self, name, value)
        object.__setattr__(self, "_given", frozenset(values))

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._names = frozenset(f[0] for f in cls.FIELDS)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(" + ", ".join(f"{f[0]}={getattr(self, f[0])!r}" for f in self.FIELDS) + ")"


def _f(name, kind, default=REQUIRED, optional=False, ge=None, le=None):
    return (name, kind, default, optional, ge, le)


class Evidence(_Fact):
    __slots__ = ("text", "start", "end", "rule")
    FIELDS = (_f("text", "str"), _f("start", "int", ge=0), _f("end", "int", ge=0),
              _f("rule", "str", None, True))


class Score(_Fact):
    __slots__ = ("home", "away")
    FIELDS = (_f("home", "int", ge=0), _f("away", "int", ge=0))


class StatPair(_Fact):
    __slots__ = ("home", "away")
    FIELDS = (_f("home", "num", None, True), _f("away", "num", None, True))


class Team(_Fact):
    __slots__ = ("name", "aliases")
    FIELDS = (_f("name", "str"), _f("aliases", ("list", "str"), _LIST))


_TIMED = (_f("minute", "int", None, True, 0, 200), _f("stoppage", "int", None, True, 0, 60),
          _f("approximate", "bool", False))


class Timed(_Fact):
    __slots__ = ("minute", "stoppage", "approximate")
    FIELDS = _TIMED


class Goal(_Fact):
    __slots__ = ("minute", "stoppage", "approximate", "team", "player", "penalty", "own_goal", "header",
                 "assist", "score_after", "confidence", "evidence")
    FIELDS = _TIMED + (
        _f("team", "str", None, True), _f("player", "str", None, True), _f("penalty", "bool", False),
        _f("own_goal", "bool", False), _f("header", "bool", False), _f("assist", "str", None, True),
        _f("score_after", Score, None, True), _f("confidence", "float", 1.0, ge=0, le=1),
        _f("evidence", Evidence, None, True),
    )


class Card(_Fact):
    __slots__ = ("minute", "stoppage", "approximate", "player", "team", "card", "evidence")
    FIELDS = _TIMED + (_f("player", "str", None, True), _f("team", "str", None, True), _f("card", CardKind),
                       _f("evidence", Evidence, None, True))


class MissedPenalty(_Fact):
    __slots__ = ("minute", "stoppage", "approximate", "player", "team", "outcome", "evidence")
    FIELDS = _TIMED + (_f("player", "str", None, True), _f("team", "str", None, True),
                       _f("outcome", PenaltyOutcome), _f("evidence", Evidence, None, True))


class VarReview(_Fact):
    __slots__ = ("minute", "stoppage", "approximate", "team", "decision", "evidence")
    FIELDS = _TIMED + (_f("team", "str", None, True), _f("decision", "str"), _f("evidence", Evidence, None, True))


class Woodwork(_Fact):
    __slots__ = ("minute", "stoppage", "approximate", "player", "team", "evidence")
    FIELDS = _TIMED + (_f("player", "str", None, True), _f("team", "str", None, True),
                       _f("evidence", Evidence, None, True))


class Stats(_Fact):
    __slots__ = ("xg", "shots", "shots_on_target", "possession")
    FIELDS = (_f("xg", StatPair, None, True), _f("shots", StatPair, None, True),
              _f("shots_on_target", StatPair, None, True), _f("possession", StatPair, None, True))


class Match(_Fact):
    __slots__ = ("schema_version", "source", "home", "away", "competition", "stage", "venue", "score",
                 "half_time", "after_extra_time", "shootout", "aggregate", "first_leg", "winner", "goals",
                 "cards", "penalties_missed", "var_reviews", "woodwork", "stats", "warnings")
    FIELDS = (
        _f("schema_version", "str", SCHEMA_VERSION), _f("source", "str", None, True),
        _f("home", Team, None, True), _f("away", Team, None, True),
        _f("competition", "str", None, True), _f("stage", "str", None, True), _f("venue", "str", None, True),
        _f("score", Score, None, True), _f("half_time", Score, None, True), _f("after_extra_time", "bool", False),
        _f("shootout", Score, None, True), _f("aggregate", Score, None, True), _f("first_leg", Score, None, True),
        _f("winner", "str", None, True),
        _f("goals", ("list", Goal), _LIST), _f("cards", ("list", Card), _LIST),
        _f("penalties_missed", ("list", MissedPenalty), _LIST), _f("var_reviews", ("list", VarReview), _LIST),
        _f("woodwork", ("list", Woodwork), _LIST), _f("stats", Stats, Stats), _f("warnings", ("list", "str"), _LIST),
    )


# ---- to pydantic -------------------------------------------------------------------------------

def to_model(fact: _Fact):
    """The pydantic record (matchcli.models) for a fact, validated as the models validate."""
    from pydantic import ValidationError

    from . import models

    if isinstance(fact, _Fact):
        try:
            # The whole tree in one validation: a record is some 150 nested models, each its own
            # call into pydantic when built one by one.
            return getattr(models, type(fact).__name__).model_validate(_set_fields(fact))
        except ValidationError:
            pass    # an invalid record fails record by record, with the error it always gave
    return _to_model(fact, models)


def _set_fields(value):
    """A fact as the plain data `_to_model` would pass to the models: nested facts as dicts of
    the same fields."""
    if isinstance(value, _Fact):
        return {name: _set_fields(current) if isinstance(current, (_Fact, list)) else current
                for name, current in _set_items(value)}
    if type(value) is list:
        return [_set_fields(v) for v in value]
    return value


def _to_model(value, models):
    if isinstance(value, _Fact):
        cls = getattr(models, type(value).__name__)
        return cls(**{name: _to_model(current, models) for name, current in _set_items(value)})
    if type(value) is list:
        return [_to_model(v, models) for v in value]
    return value


def _set_items(fact: _Fact):
    """(name, value) of the fields the extractor gave, or set later (pydantic counts both as
    set); a field left at its default is left to the model's default."""
    given = fact._given
    for name, _kind, default, _optional, _ge, _le in fact.FIELDS:
        current = getattr(fact, name)
        if name in given or not _is_default(current, default):
            yield name, current


def _is_default(value, default) -> bool:
    if default is _LIST:
        return type(value) is list and not value
    if isinstance(default, type):
        return False
    return type(value) is type(default) and value == default


# ---- straight to JSON --------------------------------------------------------------------------

class _Unsure(Exception):
    """A value `dump` does not vouch for; the record takes the pydantic path."""


def dump(fact: _Fact) -> dict:
    """`to_model(fact).model_dump(mode="json")`, without pydantic when every value is plain.
    A pydantic record is dumped as itself."""
    if not isinstance(fact, _Fact):
        return fact.model_dump(mode="json")
    try:
        return _dump(fact)
    except _Unsure:
        return to_model(fact).model_dump(mode="json")


def _dump(fact: _Fact) -> dict:
    out = {}
    for name, kind, _default, optional, ge, le in fact.FIELDS:
        value = getattr(fact, name)
        if value is None:
            if not optional:
                raise _Unsure(name)
            out[name] = None
            continue
        out[name] = _value(value, kind, ge, le)
    return out


def _value(value, kind, ge, le):
    t = type(value)
    if kind == "str":
        if t is not str or not _unicode(value):
            raise _Unsure(kind)
        return value
    if kind == "bool":
        if t is not bool:
            raise _Unsure(kind)
        return value
    if kind == "int":
        if t is not int:
            raise _Unsure(kind)
    elif kind == "float":
        if t is int:
            value = float(value)
        elif t is not float or not math.isfinite(value):
            raise _Unsure(kind)
    elif kind == "num":
        if t is not int and (t is not float or not math.isfinite(value)):
            raise _Unsure(kind)
    elif type(kind) is tuple:
        if t is not list:
            raise _Unsure(kind)
        item = kind[1]
        return [_value(v, item, None, None) for v in value]
    elif isinstance(kind, type) and issubclass(kind, Enum):
        if t is kind:
            return value.value
        if t is str and value in kind._value2member_map_:
            return value
        raise _Unsure(kind)
    else:  # a nested record
        if t is not kind:
            raise _Unsure(kind)
        return _dump(value)
    if (ge is not None and value < ge) or (le is not None and value > le):
        raise _Unsure(kind)
    return value


def _unicode(text: str) -> bool:
    """False for text pydantic would refuse or alter: lone surrogates (from surrogateescape)."""
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
