"""The JSON the views write (`timeline`, `scorers`, `xg`, `tie` with --json): pydantic models,
so each output has a JSON Schema (`view_schema(name)`) as the record has `matchcli schema`."""
from __future__ import annotations

from enum import Enum
from typing import Optional

from pydantic import BaseModel, ConfigDict, Field

from .models import Score, StatPair


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=True)


class EventKind(str, Enum):
    goal = "goal"
    penalty = "penalty"
    own_goal = "own_goal"
    yellow = "yellow"
    second_yellow = "second_yellow"
    red = "red"
    missed_penalty = "missed_penalty"
    var = "var"
    woodwork = "woodwork"
    # Markers: moments of the match, not events of a player.
    half_time = "half_time"
    full_time = "full_time"
    extra_time = "extra_time"
    end_of_extra_time = "end_of_extra_time"
    shootout = "shootout"


class TimelineRow(_Model):
    source: Optional[str] = None
    match: str = Field(description="The match, e.g. 'Atalanta 4-1 Borussia Dortmund'.")
    kind: EventKind
    minute: Optional[int] = None
    stoppage: Optional[int] = None
    approximate: bool = False
    display_minute: str = Field(description="The minute as printed: 5', 45+2', ~59'; empty for markers.")
    player: Optional[str] = None
    team: Optional[str] = None
    detail: Optional[str] = Field(None, description="Assist, header, VAR decision, penalty outcome...")
    score: Optional[Score] = Field(None, description="Running score after a goal; the score at a marker.")
    aggregate: Optional[Score] = Field(None, description="Running aggregate (this match's home side first), second legs only.")
    through: Optional[str] = Field(None, description="Who would go through at this moment, or what would decide a level tie.")


class ScorerRow(_Model):
    player: str
    team: Optional[str] = None
    goals: int = Field(ge=0, description="Goals, penalties included, own goals not.")
    penalties: int = Field(ge=0)
    headers: int = Field(ge=0)
    assists: int = Field(ge=0)
    matches: int = Field(ge=1, description="Matches in which the player scored or assisted.")


class OwnGoalRow(_Model):
    player: Optional[str] = None
    team: Optional[str] = Field(None, description="The player's own team.")
    for_team: Optional[str] = Field(None, description="The team the own goal counted for.")
    minute: str
    match: str
    source: Optional[str] = None


class ScorersReport(_Model):
    scorers: list[ScorerRow]
    own_goals: list[OwnGoalRow]


class XgMatch(_Model):
    source: Optional[str] = None
    home: str
    away: str
    goals: Optional[Score] = None
    xg: Optional[StatPair] = None
    shots: Optional[StatPair] = None
    shots_on_target: Optional[StatPair] = None
    xg_per_shot: Optional[StatPair] = None
    verdict: str = Field(description="Plain-language reading of goals against xG.")


class XgTeamTotal(_Model):
    team: str
    matches: int = Field(ge=1)
    goals_for: int = Field(ge=0)
    goals_against: int = Field(ge=0)
    xg_matches: int = Field(ge=0, description="Matches with xG known for both sides; the xG sums cover only these.")
    xg_for: float = Field(ge=0)
    xg_against: float = Field(ge=0)


class XgReport(_Model):
    matches: list[XgMatch]
    teams: list[XgTeamTotal]


class LegScore(_Model):
    home: str
    away: str
    home_goals: int = Field(ge=0)
    away_goals: int = Field(ge=0)


class TeamPair(_Model):
    team_a: int = Field(ge=0, description="The first leg's home side.")
    team_b: int = Field(ge=0, description="The second leg's home side.")


class DecidedBy(str, Enum):
    aggregate = "aggregate"
    away_goals = "away_goals"
    extra_time = "extra_time"
    away_goals_extra_time = "away_goals_extra_time"
    penalties = "penalties"


class Pending(str, Enum):
    extra_time = "extra_time"
    penalties = "penalties"


class TieReport(_Model):
    team_a: str
    team_b: str
    rules: str
    first_leg: LegScore
    second_leg: LegScore = Field(description="The 90-minute score of the second leg.")
    extra_time: Optional[TeamPair] = Field(None, description="Goals in extra time of the second leg.")
    penalties: Optional[TeamPair] = None
    aggregate: TeamPair
    away_goals: Optional[TeamPair] = Field(None, description="Away goals, when the rules count them.")
    winner: Optional[str] = None
    decided_by: Optional[DecidedBy] = None
    pending: Optional[Pending] = Field(None, description="What decides a tie that is level so far.")
    explanation: str
    warnings: list[str] = Field(default_factory=list)


# What each view's --json writes: a model, or a list of rows of it.
VIEW_SCHEMAS = {
    "timeline": (TimelineRow, True),
    "scorers": (ScorersReport, False),
    "xg": (XgReport, False),
    "tie": (TieReport, False),
}


def view_schema(view: str) -> dict:
    """JSON Schema of a view's --json output (one JSONL line of `timeline` is one row)."""
    model, rows = VIEW_SCHEMAS[view]
    schema = model.model_json_schema()
    if rows:
        defs = schema.pop("$defs", {})
        schema = {"type": "array", "items": schema, **({"$defs": defs} if defs else {})}
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema
