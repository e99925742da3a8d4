"""The content library: everything the plan can say, as data with its source.

Each module holds entries, not logic: adding a position, a tip or a red flag
means adding an entry with its trigger (``when``) and its ``sources`` (keys of
:data:`clinic.content.sources.SOURCES`). Texts are lazy gettext strings so
``pybabel extract`` finds them and they render in the plan's language.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from clinic.model import PlanRequest

Trigger = Callable[[PlanRequest], bool]


def always(_request: PlanRequest) -> bool:
    """A trigger that always fires."""
    return True


def has(*ids: str) -> Trigger:
    """A trigger that fires when any of ``ids`` is ticked (condition, medicine, effect or site)."""
    return lambda r: r.has(*ids)


@dataclass(frozen=True)
class Entry:
    """One text the plan may print, with the rule that selects it and its sources."""

    id: str
    text: Any
    sources: tuple[str, ...]
    when: Trigger = always
    title: Any = ""
    effect: str = ""  # medication notes: the effect or medicine it answers
    severity: str = ""  # warnings: "danger" or "caution"
