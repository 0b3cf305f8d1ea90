"""``inspect_schedule`` for XER: counts without keeping rows.

Rows are never split into Python lists here. File-level counts come from the walker's
``bytes.count``; the few columns needed per row (project ids for per-project counts,
task ids to spot external links, the project's code and data date) are pulled out of whole
segments by one compiled regular expression per table, so the work per row stays in C.
Memory is bounded by the chunk size plus the task ids, kept as bits (see ``_idset``) to
recognise external links.

Per-project counts (``ProjectSummary``), for files with several projects: activities,
relationships, assignments and WBS nodes are the rows with that ``proj_id`` (a
relationship belongs to its successor's project). Calendars are the project's own
(``CALENDAR.proj_id`` is the project): global and resource calendars belong to the file,
not to a project. Resources are the distinct resources assigned in the project
(``TASKRSRC``), because ``RSRC`` is a global table. The file-level counts are the contract;
these only split them.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from operator import itemgetter

from ._idset import IdSet
from ._records import ProjectSummary, ScheduleSummary
from ._source import Input
from ._text import DateParser, Warnings, decode
from ._xer_walk import walk_xer

__all__ = ["inspect_xer", "row_pattern"]

#: The columns each table contributes to the summary.
_WANTED: dict[str, tuple[str, ...]] = {
    "PROJECT": ("proj_id", "proj_short_name", "last_recalc_date"),
    "PROJWBS": ("proj_id", "proj_node_flag", "wbs_name"),
    "CALENDAR": ("proj_id",),
    "TASK": ("task_id", "proj_id"),
    "TASKPRED": ("task_id", "pred_task_id", "proj_id"),
    "TASKRSRC": ("proj_id", "rsrc_id"),
}


@lru_cache(maxsize=64)
def row_pattern(indices: tuple[int, ...]) -> re.Pattern[bytes]:
    """A pattern matching every ``\\n%R`` row and capturing the columns at ``indices``.

    ``indices`` must be ascending. Trailing columns are optional groups, so a row shorter
    than the field list still matches (its missing values are ``b""``) and ``findall``
    returns exactly one tuple per row. A final empty group makes every match a tuple.
    """
    inner = b""
    prev = -1
    gaps = []
    for index in indices:
        gaps.append(index - prev - 1)
        prev = index
    for gap in reversed(gaps):
        skip = rb"(?:\t[^\t\r\n]*){%d}" % gap if gap else b""
        inner = b"(?:" + skip + rb"\t([^\t\r\n]*)" + inner + b")?"
    return re.compile(rb"\n%R(?=\t)" + inner + b"()")


class _Extractor:
    """The compiled pattern for one table and where each wanted column lands in a match."""

    def __init__(self, fields: list[str], wanted: tuple[str, ...]) -> None:
        present = sorted({fields.index(c) for c in wanted if c in fields})
        self.pattern = row_pattern(tuple(present))
        self.position: dict[str, int | None] = {
            c: (present.index(fields.index(c)) if c in fields else None) for c in wanted
        }


class _InspectVisitor:
    def __init__(self) -> None:
        self.extractors: dict[str, _Extractor] = {}
        self.current: str | None = None
        self.task_ids = IdSet()
        self.task_done = False
        self.tasks_seen = False
        self.deferred_succ: list[bytes] = []
        self.deferred_pred: list[bytes] = []
        self.external = 0
        self.per_project: dict[str, Counter[bytes]] = {t: Counter() for t in _WANTED}
        self.assigned: set[tuple[bytes, bytes]] = set()
        self.roots: dict[bytes, bytes] = {}
        self.projects: list[tuple[bytes, bytes, bytes]] = []

    def wants(self, table: str) -> bool:
        return table in self.extractors

    def table(self, table: str, fields: list[str]) -> None:
        if self.current == "TASK":
            self.task_done = True
        self.current = table
        if table == "TASK":
            self.tasks_seen = True
        wanted = _WANTED.get(table)
        if wanted is not None:
            self.extractors[table] = _Extractor(fields, wanted)
        else:
            self.extractors.pop(table, None)

    def rows(self, table: str, buf: bytes, start: int, end: int) -> None:
        ex = self.extractors[table]
        rows: list[tuple[bytes, ...]] = ex.pattern.findall(buf, start, end)
        pos = ex.position
        proj = pos["proj_id"]
        if proj is not None:
            self.per_project[table].update(map(itemgetter(proj), rows))
        if table == "TASK":
            tid = pos["task_id"]
            if tid is not None:
                self.task_ids.update(list(map(itemgetter(tid), rows)))
        elif table == "TASKPRED":
            self._links(rows, pos["task_id"], pos["pred_task_id"])
        elif table == "TASKRSRC":
            rsrc = pos["rsrc_id"]
            if proj is not None and rsrc is not None:
                self.assigned.update(map(itemgetter(proj, rsrc), rows))
        elif table == "PROJWBS":
            flag, name = pos["proj_node_flag"], pos["wbs_name"]
            if proj is not None and flag is not None and name is not None:
                for row in rows:
                    if row[flag] == b"Y":
                        self.roots.setdefault(row[proj], row[name])
        elif table == "PROJECT":
            code, date = pos["proj_short_name"], pos["last_recalc_date"]
            for row in rows:
                self.projects.append(
                    (
                        row[proj] if proj is not None else b"",
                        row[code] if code is not None else b"",
                        row[date] if date is not None else b"",
                    )
                )

    def _links(self, rows: list[tuple[bytes, ...]], succ: int | None, pred: int | None) -> None:
        if succ is None or pred is None:
            return
        if self.task_done:
            self.external += self.task_ids.count_missing(
                list(map(itemgetter(succ), rows)), list(map(itemgetter(pred), rows))
            )
        else:
            # Links listed before the TASK table: resolve once every task id is known.
            self.deferred_succ.extend(map(itemgetter(succ), rows))
            self.deferred_pred.extend(map(itemgetter(pred), rows))

    def finish(self) -> None:
        self.external += self.task_ids.count_missing(self.deferred_succ, self.deferred_pred)
        self.deferred_succ, self.deferred_pred = [], []


def inspect_xer(inp: Input) -> ScheduleSummary:
    """Count the XER in ``inp`` in one streaming pass."""
    visitor = _InspectVisitor()
    layout = walk_xer(inp, visitor)
    visitor.finish()
    encoding = layout.encoding
    warnings = Warnings()
    dates = DateParser(warnings)
    counts = layout.row_counts
    per = visitor.per_project
    resources_per_project = Counter(p for p, _ in visitor.assigned)
    projects = []
    for pid, code_b, date_b in visitor.projects:
        code = decode(code_b, encoding)
        name = decode(visitor.roots.get(pid, b""), encoding).replace("\x7f", "\n") or code
        projects.append(
            ProjectSummary(
                code=code,
                name=name,
                data_date=dates(decode(date_b, encoding)),
                activity_count=per["TASK"][pid],
                relationship_count=per["TASKPRED"][pid],
                resource_count=resources_per_project[pid],
                assignment_count=per["TASKRSRC"][pid],
                calendar_count=per["CALENDAR"][pid],
                wbs_count=per["PROJWBS"][pid],
            )
        )
    if not visitor.tasks_seen:
        warnings.add("the file has no TASK table: it holds no activities")
    if not projects:
        warnings.add("the file has no PROJECT rows")
    if visitor.external:
        warnings.add(
            "{n} relationships reference activities outside the file (external links)",
            visitor.external,
        )
    return ScheduleSummary(
        format="xer",
        version=layout.version,
        encoding=encoding,
        project_count=len(projects),
        activity_count=counts.get("TASK", 0),
        relationship_count=counts.get("TASKPRED", 0),
        resource_count=counts.get("RSRC", 0),
        assignment_count=counts.get("TASKRSRC", 0),
        calendar_count=counts.get("CALENDAR", 0),
        wbs_count=counts.get("PROJWBS", 0),
        data_date=next((p.data_date for p in projects if p.data_date), None),
        projects=tuple(projects),
        warnings=warnings.result(),
        file_name=inp.file_name,
    )
