"""What an export is made of: entities, the unit kinds behind them, and units.

A *unit* is the smallest piece of work that is committed on its own: one entity of one
project written to one file (plus the global ``projects`` file). Units are what the
manifest records, what a resumed export skips, and what progress is reported for, so
everything else in the package speaks in units.

Each kind names the client method that reads it (``planner.activities.list``): the
export builds no paths and sends nothing the public methods could not.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Final, Literal

import attrs

from ..models import (
    Activity,
    Baseline,
    Project,
    QualityCheckResult,
    QualityReport,
    Resource,
    ResourceAssignment,
    ResourceLoading,
    Schedule,
)

__all__ = [
    "DEFAULT_INCLUDE",
    "ENTITIES",
    "FORMATS",
    "KIND_ENTITY",
    "PER_PAGE",
    "PROJECTS_KIND",
    "ExportFormat",
    "Unit",
    "UnitKind",
    "kinds_for",
    "normalize_include",
]

#: The API's maximum page size: fewer, larger pages cost fewer rate-limit tokens.
PER_PAGE: Final = 200

ExportFormat = Literal["jsonl", "csv"]
FORMATS: Final[tuple[ExportFormat, ...]] = ("jsonl", "csv")


@attrs.frozen
class UnitKind:
    """One kind of file an export writes, and the client method that fills it.

    ``group``/``method`` name the method (``planner.<group>.<method>``; its operation is
    ``operation_id``). ``paginated`` kinds are read page by page (their size is known up front from
    ``meta.total``); the others are one object, one request, one record.
    ``needs_schedule`` kinds read a schedule revision, so they are pinned to the
    project's current schedule and skipped for a project that has none.
    """

    name: str
    entity: str
    operation_id: str
    group: str
    method: str
    model: type
    paginated: bool
    needs_schedule: bool


def _kind(
    name: str,
    entity: str,
    operation_id: str,
    method: str,
    model: type,
    *,
    paged: bool,
    pinned: bool,
) -> UnitKind:
    group, _, attr = method.partition(".")
    return UnitKind(name, entity, operation_id, group, attr, model, paged, pinned)


PROJECTS_KIND: Final = _kind(
    "projects", "projects", "listProjects", "projects.list", Project, paged=True, pinned=False
)

_PROJECT_KINDS: Final[tuple[UnitKind, ...]] = (
    _kind("schedules", "schedules", "listSchedules", "schedules.list", Schedule,
          paged=True, pinned=False),
    _kind("activities", "activities", "listActivities", "activities.list", Activity,
          paged=True, pinned=True),
    _kind("baselines", "baselines", "listBaselines", "baselines.list", Baseline,
          paged=True, pinned=False),
    _kind("quality_report", "quality", "getQualityReport", "quality.get_report", QualityReport,
          paged=False, pinned=True),
    _kind("quality_checks", "quality", "listQualityChecks", "quality.list_checks",
          QualityCheckResult, paged=True, pinned=True),
    _kind("resources", "resources", "listResources", "resources.list", Resource,
          paged=True, pinned=True),
    _kind("assignments", "assignments", "listResourceAssignments", "resources.list_assignments",
          ResourceAssignment, paged=True, pinned=True),
    _kind("loading", "loading", "getResourceLoading", "resources.get_loading", ResourceLoading,
          paged=False, pinned=True),
)  # fmt: skip

#: The entity each unit kind belongs to (``quality_report`` → ``quality``).
KIND_ENTITY: Final[dict[str, str]] = {
    kind.name: kind.entity for kind in (PROJECTS_KIND, *_PROJECT_KINDS)
}

#: Every entity ``include`` accepts, in the order files are produced.
ENTITIES: Final[tuple[str, ...]] = (
    "projects",
    "schedules",
    "activities",
    "baselines",
    "quality",
    "resources",
    "assignments",
    "loading",
)
DEFAULT_INCLUDE: Final[tuple[str, ...]] = ENTITIES


def normalize_include(include: Iterable[str] | str) -> tuple[str, ...]:
    """Validate ``include`` and return it deduplicated in canonical order.

    A bare string is refused rather than iterated character by character.
    """
    if isinstance(include, str):
        raise ValueError(
            f"include must be a collection of entity names, not the string {include!r}"
        )
    chosen = list(include)
    unknown = sorted({name for name in chosen if name not in ENTITIES})
    if unknown:
        raise ValueError(
            f"unknown entities in include: {', '.join(map(repr, unknown))}; "
            f"valid ones are {', '.join(ENTITIES)}"
        )
    if not chosen:
        raise ValueError("include must name at least one entity")
    return tuple(name for name in ENTITIES if name in chosen)


def kinds_for(include: Sequence[str]) -> tuple[UnitKind, ...]:
    """The per-project unit kinds that ``include`` selects (``projects`` is global)."""
    return tuple(kind for kind in _PROJECT_KINDS if kind.entity in include)


@attrs.frozen
class Unit:
    """One file of the export: ``kind`` for ``project_id`` (``None``: the global file).

    ``schedule_id`` pins schedule-bound kinds to one revision so that every page (and a
    resumed run) reads the same data even if a new revision becomes current meanwhile.
    """

    kind: UnitKind
    project_id: str | None
    schedule_id: str | None = None

    @property
    def key(self) -> str:
        """The unit's name in the manifest and in progress events: ``proj_x/activities``."""
        return self.kind.name if self.project_id is None else f"{self.project_id}/{self.kind.name}"

    def relpath(self, fmt: ExportFormat) -> str:
        """Where the file goes, relative to the output directory (POSIX separators)."""
        return f"{self.key}.{fmt}"

    def params(self) -> dict[str, str]:
        """Keyword arguments every request of this unit carries (not the page)."""
        return {"schedule_id": self.schedule_id} if self.schedule_id is not None else {}
