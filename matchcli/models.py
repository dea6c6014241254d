"""The record matchcli produces: the JSON contract, as pydantic models.

Field names describe football, not the parser. `SCHEMA_VERSION` follows semver: a new optional
field is a minor bump, a renamed or removed field a major one. `matchcli schema` prints the JSON
Schema generated from these models.
"""
from __future__ import annotations

from typing import Optional, Union

from pydantic import BaseModel, ConfigDict, Field

# The enums and the version live with the extractor's plain records (matchcli.facts), so that
# `parse --json` need not import pydantic; they are the same objects here.
from .facts import SCHEMA_VERSION, CardKind, PenaltyOutcome  # noqa: F401


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=True)


class Evidence(_Model):
    """Where a fact came from: the sentence, and its character offsets into the input text."""

    text: str = Field(description="The sentence (or line) the fact was read from.")
    start: int = Field(ge=0, description="Offset of the first character of `text` in the input.")
    end: int = Field(ge=0, description="Offset one past the last character of `text`.")
    rule: Optional[str] = Field(None, description="Name of the extraction rule that fired.")


class Score(_Model):
    home: int = Field(ge=0)
    away: int = Field(ge=0)


class StatPair(_Model):
    """A statistic for both sides; a side the report does not state is null. Counts are
    integers, xG and possession may have decimals."""

    home: Optional[Union[int, float]] = None
    away: Optional[Union[int, float]] = None


class Team(_Model):
    name: str = Field(description="The fullest name the report uses for the team.")
    aliases: list[str] = Field(default_factory=list, description="Other names the report uses.")


class Timed(_Model):
    """Minute fields shared by every event. `90+8` is minute 90, stoppage 8; extra-time minutes
    stay plain (105, 118). `approximate` is true when the report only gives a vague time."""

    minute: Optional[int] = Field(None, ge=0, le=200)
    stoppage: Optional[int] = Field(None, ge=0, le=60)
    approximate: bool = False


class Goal(Timed):
    team: Optional[str] = Field(None, description="Team credited with the goal (for an own goal: the team that benefits).")
    player: Optional[str] = Field(None, description="Scorer; for an own goal the player who put it in his own net.")
    penalty: bool = False
    own_goal: bool = False
    header: bool = False
    assist: Optional[str] = None
    score_after: Optional[Score] = Field(None, description="Running score after this goal, when the goal order is known.")
    confidence: float = Field(1.0, ge=0, le=1, description="How sure the extractor is of scorer and team.")
    evidence: Optional[Evidence] = None


class Card(Timed):
    player: Optional[str] = None
    team: Optional[str] = None
    card: CardKind
    evidence: Optional[Evidence] = None


class MissedPenalty(Timed):
    player: Optional[str] = None
    team: Optional[str] = None
    outcome: PenaltyOutcome
    evidence: Optional[Evidence] = None


class VarReview(Timed):
    team: Optional[str] = Field(None, description="Team the decision was about, when known.")
    decision: str = Field(description="What the review led to, in a few words (e.g. 'penalty awarded', 'goal disallowed').")
    evidence: Optional[Evidence] = None


class Woodwork(Timed):
    player: Optional[str] = None
    team: Optional[str] = None
    evidence: Optional[Evidence] = None


class Stats(_Model):
    xg: Optional[StatPair] = None
    shots: Optional[StatPair] = None
    shots_on_target: Optional[StatPair] = None
    possession: Optional[StatPair] = Field(None, description="Percent of possession.")


class Match(_Model):
    schema_version: str = SCHEMA_VERSION
    source: Optional[str] = Field(None, description="Path of the input, when read from a file.")
    home: Optional[Team] = None
    away: Optional[Team] = None
    competition: Optional[str] = None
    stage: Optional[str] = None
    venue: Optional[str] = None
    score: Optional[Score] = Field(None, description="Final score of this match incl. extra time, never shootout kicks.")
    half_time: Optional[Score] = None
    after_extra_time: bool = False
    shootout: Optional[Score] = None
    aggregate: Optional[Score] = Field(None, description="Aggregate over both legs, for the second leg of a tie.")
    first_leg: Optional[Score] = Field(None, description="The other leg's score, from this match's home side's view.")
    winner: Optional[str] = Field(None, description="Winner of the tie where there is one, else of the match; null for a draw.")
    goals: list[Goal] = Field(default_factory=list)
    cards: list[Card] = Field(default_factory=list)
    penalties_missed: list[MissedPenalty] = Field(default_factory=list)
    var_reviews: list[VarReview] = Field(default_factory=list)
    woodwork: list[Woodwork] = Field(default_factory=list)
    stats: Stats = Field(default_factory=Stats)
    warnings: list[str] = Field(default_factory=list)


def json_schema() -> dict:
    schema = Match.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://matchcli.invalid/schema/match-{SCHEMA_VERSION}.json"
    return schema
