"""What a check receives and what it returns.

Checks only measure: they return the raw value, the population it was measured on and
the offending activities. Verdicts and scores are decided centrally (``_scoring``), so
every check is judged by the same rules and a threshold override needs no check code.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

import attrs

from kazinex_planner.quality_checks._index import ScheduleIndex

if TYPE_CHECKING:
    from kazinex_planner.schedule_files._records import RelationshipRecord


def _sorted_ids(ids: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(set(ids)))


@attrs.frozen(kw_only=True, slots=True)
class CheckContext:
    """The index plus the settings a check may need (its threshold and the limits)."""

    index: ScheduleIndex
    threshold: float
    high_float_hours: float
    high_duration_hours: float
    allowed_activity_types: frozenset[str]


@attrs.frozen(kw_only=True, slots=True)
class Measurement:
    """A check's raw result.

    ``population`` is how many items (activities, relationships) the value was measured
    over; count checks are scored by their share of it. ``affected`` is stored sorted and
    de-duplicated so results are stable whatever order the file lists things in.
    """

    value: float
    population: int
    affected: tuple[str, ...] = attrs.field(converter=_sorted_ids)
    description: str


@attrs.frozen(slots=True)
class NotApplicable:
    """The schedule holds nothing this check can judge; ``reason`` says why."""

    reason: str


Measure = Callable[[CheckContext], Measurement | NotApplicable]


def percent(part: int, whole: int) -> float:
    """``part`` as a percentage of ``whole`` (callers guarantee ``whole > 0``)."""
    return 100.0 * part / whole


def link_ends(links: Iterable[RelationshipRecord]) -> list[str]:
    """Both activity ids of each link: a bad link concerns the activities at each end."""
    ids: list[str] = []
    for rel in links:
        ids.append(rel.predecessor_id)
        ids.append(rel.successor_id)
    return ids
