"""What an export is made of: entities, the unit kinds behind them, and units.

A *unit* is the smallest piece of work that is committed on its own: one entity of one
project written to one file (plus the global ``projects`` file). Units are what the
manifest records, what a resumed export skips, and what progress is reported for, so
everything else in the package speaks in units.

Paths come from the generated operation index rather than string literals, so a change
to the spec that moves a route breaks the export at import time instead of at run time.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Final, Literal

import attrs

from .._core._resource import quote_path
from .._generated.operations import OPERATIONS
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
    "operation_path",
]

#: The API's maximum page size: fewer, larger pages cost fewer rate-limit tokens.
PER_PAGE: Final = 200

ExportFormat = Literal["jsonl", "csv"]
FORMATS: Final[tuple[ExportFormat, ...]] = ("jsonl", "csv")

_PATHS = {op.operation_id: op.path for op in OPERATIONS}


def operation_path(operation_id: str, project_id: str | None) -> str:
    """The quoted request path of ``operation_id``, from the generated operation index."""
    template = _PATHS[operation_id]
    if project_id is None:
        return template
    return template.replace("{project_id}", quote_path(project_id))


@attrs.frozen
class UnitKind:
    """One kind of file an export writes, and the operation that fills it.

    ``paginated`` kinds are read page by page (their size is known up front from
    ``meta.total``); the others are one object, one request, one record.
    ``needs_schedule`` kinds read a schedule revision, so they are pinned to the
    project's current schedule and skipped for a project that has none.
    """

    name: str
    entity: str
    operation_id: str
    model: type
    paginated: bool
    needs_schedule: bool

    def path(self, project_id: str | None) -> str:
        """The request path (already quoted), from the generated operation index."""
        return operation_path(self.operation_id, project_id)


PROJECTS_KIND: Final = UnitKind("projects", "projects", "listProjects", Project, True, False)

_PROJECT_KINDS: Final[tuple[UnitKind, ...]] = (
    UnitKind("schedules", "schedules", "listSchedules", Schedule, True, False),
    UnitKind("activities", "activities", "listActivities", Activity, True, True),
    UnitKind("baselines", "baselines", "listBaselines", Baseline, True, False),
    UnitKind("quality_report", "quality", "getQualityReport", QualityReport, False, True),
    UnitKind("quality_checks", "quality", "listQualityChecks", QualityCheckResult, True, True),
    UnitKind("resources", "resources", "listResources", Resource, True, True),
    UnitKind(
        "assignments", "assignments", "listResourceAssignments", ResourceAssignment, True, True
    ),
    UnitKind("loading", "loading", "getResourceLoading", ResourceLoading, False, True),
)

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

    @property
    def path(self) -> str:
        return self.kind.path(self.project_id)

    def params(self) -> dict[str, str]:
        """Query parameters every request of this unit carries (not the page)."""
        return {"schedule_id": self.schedule_id} if self.schedule_id is not None else {}
