"""Deciding whether two spellings name the same team, and which side of a match a name is.

Reports and users write the same club several ways ("Borussia Dortmund", "Dortmund", "BVB" when
the record lists it as an alias). Views and the tie calculator need one answer to "is this the
home side?", so the rule lives here once.
"""
from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:  # annotations only: pydantic is not needed to import this
    from .models import Match, Team


def normalize(name: str) -> str:
    """Case, accents, punctuation and spacing do not tell teams apart.

    >>> normalize("  Bayern  München ")
    'bayern munchen'
    >>> normalize("Paris Saint-Germain")
    'paris saint germain'
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = "".join(ch if ch.isalnum() else " " for ch in text)
    return " ".join(text.split())


def same_team(a: str, b: str) -> bool:
    """Equal once normalized, or one name is whole words of the other ("Dortmund" in
    "Borussia Dortmund"). Whole words only, so "Inter" never matches "Internacional".

    >>> same_team("Dortmund", "Borussia Dortmund")
    True
    >>> same_team("Inter", "Internacional")
    False
    """
    x, y = normalize(a).split(), normalize(b).split()
    if not x or not y:
        return False
    short, long_ = (x, y) if len(x) <= len(y) else (y, x)
    return any(long_[i:i + len(short)] == short for i in range(len(long_) - len(short) + 1))


def _names(team: Optional[Team]) -> list[str]:
    return [team.name, *team.aliases] if team else []


def side_of(match: Match, name: Optional[str]) -> Optional[str]:
    """'home', 'away', or None when the name fits neither side or fits both."""
    if not name:
        return None
    home = any(same_team(name, n) for n in _names(match.home))
    away = any(same_team(name, n) for n in _names(match.away))
    if home and not away:
        return "home"
    if away and not home:
        return "away"
    # A name that fits both ("Manchester" for City and United) is decided only by an exact match.
    exact = [side for side, team in (("home", match.home), ("away", match.away))
             if team and any(normalize(name) == normalize(n) for n in _names(team))]
    return exact[0] if len(exact) == 1 else None


def team_name(match: Match, side: str) -> str:
    team = match.home if side == "home" else match.away
    return team.name if team else ("home side" if side == "home" else "away side")
