"""Bulk export: every record of a portfolio to files, quota-aware, resumable, exactly once.

``await export(planner, "out/")`` (or ``await planner.export("out/")``) writes
``out/projects.jsonl``, ``out/<project id>/<entity>.jsonl`` for each selected entity and
``out/manifest.json``. See :func:`export` for the guarantees and the options; progress
callbacks receive :data:`ExportEvent` values.

File layout and formats:

* One file per unit: ``projects``, and per project ``schedules``, ``activities``,
  ``baselines``, ``quality_report`` (one record), ``quality_checks``, ``resources``,
  ``assignments``, ``loading`` (one record). Schedule-bound units (activities,
  quality, resources, assignments, loading) read the project's current revision at
  planning time, pinned by id; a project without one gets empty files.
* ``jsonl``: one JSON object per line, as the server sent it (``typed=False``).
* ``csv``: a header of the model's fields in declaration order, then fields the SDK
  does not know (sorted); ``null`` and absent values are empty cells, strings are
  written as is, numbers/booleans as JSON spells them, objects and arrays as JSON text.
"""

from __future__ import annotations

from ._api import default_concurrency, export
from ._errors import ExportQuotaError, ExportStateError
from ._manifest import MANIFEST_NAME
from ._paths import ManifestError
from ._progress import (
    ExportEvent,
    ExportPlanned,
    PageWritten,
    ProgressCallback,
    UnitDone,
    UnitSkipped,
    UnitStarted,
)
from ._report import Estimate, ExportReport, UnitResult
from ._units import DEFAULT_INCLUDE, ENTITIES, FORMATS, ExportFormat

__all__ = [
    "DEFAULT_INCLUDE",
    "ENTITIES",
    "FORMATS",
    "MANIFEST_NAME",
    "Estimate",
    "ExportEvent",
    "ExportFormat",
    "ExportPlanned",
    "ExportQuotaError",
    "ExportReport",
    "ExportStateError",
    "ManifestError",
    "PageWritten",
    "ProgressCallback",
    "UnitDone",
    "UnitResult",
    "UnitSkipped",
    "UnitStarted",
    "default_concurrency",
    "export",
]
