"""Primavera P6 XML (PMXML): best-effort counts and records.

No real PMXML sample is available, so this reader follows the P6 API's element names and
keeps to what is unambiguous. The root is ``APIBusinessObjects``; each ``Project`` nests
its ``WBS``, ``Activity``, ``Relationship`` and ``ResourceAssignment`` elements, while
``Resource``, ``Calendar`` (and in some exports ``Relationship``) are top-level. Elements
inside ``BaselineProject`` describe baselines, not the schedule, and are not counted.
Durations, floats and lags are hours. Percentages are fractions (0.5 = 50 %); a value
above 1 is taken as already in percent. Per-project counts follow the XER rules: records
by ``ProjectObjectId``; calendars are the project's own; resources are those assigned.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Mapping
from typing import TypeVar

from ._records import (
    ActivityRecord,
    ActivityStatus,
    ActivityType,
    AssignmentRecord,
    CalendarRecord,
    PercentCompleteType,
    ProjectRecord,
    ProjectSummary,
    RelationshipRecord,
    RelationshipType,
    ResourceRecord,
    ResourceType,
    ScheduleData,
    ScheduleSummary,
    WbsRecord,
)
from ._source import Input
from ._text import DateParser, Warnings
from ._vocab import (
    PMXML_CONSTRAINTS,
    PMXML_DURATION_TYPES,
    PMXML_PERCENT_TYPES,
    PMXML_RELATIONSHIPS,
    PMXML_RESOURCE_TYPES,
    PMXML_STATUS,
    PMXML_TASK_TYPES,
)
from ._xml import XmlStream, children_text, local_name, split_tag, xml_encoding

__all__ = ["inspect_pmxml", "read_pmxml"]

_T = TypeVar("_T", bound=str)

_ROOT = "APIBusinessObjects"
_RECORDS = frozenset(
    {"WBS", "Activity", "Relationship", "ResourceAssignment", "Resource", "Calendar"}
)
#: ``/V19.12/`` in the namespace; one character class, so the search is linear.
_NS_VERSION = re.compile(r"/V([0-9.]+)/", re.I)
_PERCENT_FIELD = {
    "physical": "PhysicalPercentComplete",
    "duration": "DurationPercentComplete",
    "units": "UnitsPercentComplete",
}


def namespace_version(namespace: str) -> str | None:
    """``19.12`` from ``http://xmlns.oracle.com/Primavera/P6/V19.12/API/BusinessObjects``."""
    m = _NS_VERSION.search(namespace)
    if m is None or not all(part.isdigit() for part in m.group(1).split(".")):
        return None
    return m.group(1)


def _flag(value: str | None) -> bool:
    return (value or "").lower() in ("1", "true", "y", "yes")


class _Walk:
    def __init__(self, inp: Input, keep: bool) -> None:
        self.inp = inp
        self.keep = keep
        self.warnings = Warnings()
        self.date = DateParser(self.warnings)
        self.version: str | None = None
        self.counts: Counter[str] = Counter()
        self.per_project: dict[str, Counter[str]] = {}
        self.assigned: set[tuple[str, str]] = set()
        self.projects: list[dict[str, str]] = []
        self.baseline_records = 0
        self.activity_ids: set[str] = set()
        self.links: list[dict[str, str]] = []
        self.records: dict[str, list[dict[str, str]]] = {t: [] for t in _RECORDS}

    def run(self) -> None:
        stack: list[ET.Element] = []
        stream = XmlStream(self.inp)
        for event, elem in stream:
            if event == "start":
                if not stack:
                    self._root(elem)
                stack.append(elem)
                continue
            stack.pop()
            if not stack:
                break
            parent = stack[-1]
            tag, ptag = local_name(elem.tag), local_name(parent.tag)
            if ptag in ("Project", _ROOT) and tag in _RECORDS:
                self._record(tag, children_text(elem))
                stream.drop(parent, elem)
            elif ptag == "BaselineProject" and tag in _RECORDS:
                self.baseline_records += 1
                stream.drop(parent, elem)
            elif ptag == _ROOT:
                if tag == "Project":
                    self.projects.append(children_text(elem))
                stream.drop(parent, elem)
            elif ptag == "Project" and len(elem):
                # Other collections (notes, codes, UDFs) are not read: free them now, keep
                # only the project's scalar fields for its record.
                stream.drop(parent, elem)

    def _root(self, elem: ET.Element) -> None:
        namespace, _ = split_tag(elem.tag)
        self.version = elem.get("version") or None
        if self.version is None and namespace:
            self.version = namespace_version(namespace)

    def _record(self, tag: str, f: dict[str, str]) -> None:
        self.counts[tag] += 1
        project = f.get("ProjectObjectId") or f.get("SuccessorProjectObjectId") or ""
        if project:
            self.per_project.setdefault(project, Counter())[tag] += 1
        if tag == "Activity":
            self.activity_ids.add(f.get("ObjectId", ""))
        elif tag == "Relationship":
            self.links.append(
                {
                    k: f.get(k, "")
                    for k in ("PredecessorActivityObjectId", "SuccessorActivityObjectId")
                }
            )
        elif tag == "ResourceAssignment":
            self.assigned.add((project, f.get("ResourceObjectId", "")))
        if self.keep:
            self.records[tag].append(f)

    def external_links(self) -> int:
        ids = self.activity_ids
        return sum(
            1
            for link in self.links
            if link["PredecessorActivityObjectId"] not in ids
            or link["SuccessorActivityObjectId"] not in ids
        )

    def result_warnings(self) -> tuple[str, ...]:
        external = self.external_links()
        if external:
            self.warnings.add(
                "{n} relationships reference activities outside the file (external links)",
                external,
            )
        if self.baseline_records:
            self.warnings.add(
                "{n} records inside BaselineProject elements were not read", self.baseline_records
            )
        return self.warnings.result()

    def num(self, f: dict[str, str], key: str) -> float | None:
        text = f.get(key, "")
        if not text:
            return None
        try:
            return float(text)
        except ValueError:
            self.warnings.add(
                f"{{n}} malformed numbers in {key} were ignored (e.g. {{example}})", 1, text
            )
            return None

    def mapped(self, table: Mapping[str, _T], f: dict[str, str], key: str, default: _T) -> _T:
        value = f.get(key, "")
        result = table.get(value)
        if result is None:
            if value:
                self.warnings.add(
                    f"{{n}} records have an unknown {key} {{example}} (read as {default})", 1, value
                )
            return default
        return result


def _walk(inp: Input, keep: bool) -> _Walk:
    walk = _Walk(inp, keep)
    walk.run()
    return walk


def inspect_pmxml(inp: Input) -> ScheduleSummary:
    """Count a PMXML file without keeping its records."""
    walk = _walk(inp, keep=False)
    c = walk.counts
    resources_per_project = Counter(p for p, _ in walk.assigned)
    projects = []
    for p in walk.projects:
        oid = p.get("ObjectId", "")
        per = walk.per_project.get(oid, Counter())
        projects.append(
            ProjectSummary(
                code=p.get("Id") or oid,
                name=p.get("Name") or p.get("Id") or oid,
                data_date=walk.date(p.get("DataDate", "")),
                activity_count=per["Activity"],
                relationship_count=per["Relationship"],
                resource_count=resources_per_project[oid],
                assignment_count=per["ResourceAssignment"],
                calendar_count=per["Calendar"],
                wbs_count=per["WBS"],
            )
        )
    return ScheduleSummary(
        format="pmxml",
        version=walk.version,
        encoding=xml_encoding(inp.head),
        project_count=len(projects),
        activity_count=c["Activity"],
        relationship_count=c["Relationship"],
        resource_count=c["Resource"],
        assignment_count=c["ResourceAssignment"],
        calendar_count=c["Calendar"],
        wbs_count=c["WBS"],
        data_date=next((p.data_date for p in projects if p.data_date), None),
        projects=tuple(projects),
        warnings=walk.result_warnings(),
        file_name=inp.file_name,
    )


def _percent(walk: _Walk, f: dict[str, str], pct_type: PercentCompleteType | None) -> float | None:
    key = _PERCENT_FIELD.get(pct_type or "", "PercentComplete")
    value = walk.num(f, key)
    if value is None:
        value = walk.num(f, "PercentComplete")
    if value is None:
        return None
    value = value * 100.0 if value <= 1.0 else value
    return min(max(value, 0.0), 100.0)


def _activity(walk: _Walk, f: dict[str, str]) -> ActivityRecord:
    date = walk.date
    atype: ActivityType = walk.mapped(PMXML_TASK_TYPES, f, "Type", "task")
    status: ActivityStatus = walk.mapped(PMXML_STATUS, f, "Status", "not_started")
    pct_type = PMXML_PERCENT_TYPES.get(f.get("PercentCompleteType", ""))
    tf = walk.num(f, "TotalFloat")
    critical = f.get("IsCritical")
    return ActivityRecord(
        id=f.get("ObjectId", ""),
        project_id=f.get("ProjectObjectId", ""),
        code=f.get("Id", ""),
        name=f.get("Name", ""),
        type=atype,
        status=status,
        wbs_id=f.get("WBSObjectId") or None,
        calendar_id=f.get("CalendarObjectId") or None,
        original_duration_hours=walk.num(f, "PlannedDuration"),
        remaining_duration_hours=walk.num(f, "RemainingDuration"),
        total_float_hours=tf,
        free_float_hours=walk.num(f, "FreeFloat"),
        planned_start=date(f.get("PlannedStartDate", "")),
        planned_finish=date(f.get("PlannedFinishDate", "")),
        actual_start=date(f.get("ActualStartDate", "")),
        actual_finish=date(f.get("ActualFinishDate", "")),
        early_start=date(f.get("EarlyStartDate", "")),
        early_finish=date(f.get("EarlyFinishDate", "")),
        late_start=date(f.get("LateStartDate", "")),
        late_finish=date(f.get("LateFinishDate", "")),
        constraint_type=PMXML_CONSTRAINTS.get(f.get("PrimaryConstraintType", "")),
        constraint_date=date(f.get("PrimaryConstraintDate", "")),
        percent_complete=_percent(walk, f, pct_type),
        percent_complete_type=pct_type,
        duration_type=PMXML_DURATION_TYPES.get(f.get("DurationType", "")),
        is_critical=_flag(critical) if critical else (tf is not None and tf <= 0.0),
    )


def _relationship(walk: _Walk, f: dict[str, str]) -> RelationshipRecord:
    pred = f.get("PredecessorActivityObjectId", "")
    succ = f.get("SuccessorActivityObjectId", "")
    rtype: RelationshipType = walk.mapped(PMXML_RELATIONSHIPS, f, "Type", "FS")
    return RelationshipRecord(
        id=f.get("ObjectId", ""),
        predecessor_id=pred,
        successor_id=succ,
        type=rtype,
        lag_hours=walk.num(f, "Lag") or 0.0,
        is_external=pred not in walk.activity_ids or succ not in walk.activity_ids,
    )


def _resource(walk: _Walk, f: dict[str, str]) -> ResourceRecord:
    rtype: ResourceType = walk.mapped(PMXML_RESOURCE_TYPES, f, "ResourceType", "labor")
    return ResourceRecord(
        id=f.get("ObjectId", ""),
        code=f.get("Id", ""),
        name=f.get("Name", ""),
        type=rtype,
        max_units_per_hour=walk.num(f, "MaxUnitsPerTime"),
        cost_per_unit=walk.num(f, "PricePerUnit"),
    )


def _assignment(walk: _Walk, f: dict[str, str]) -> AssignmentRecord:
    return AssignmentRecord(
        id=f.get("ObjectId", ""),
        activity_id=f.get("ActivityObjectId", ""),
        resource_id=f.get("ResourceObjectId", ""),
        project_id=f.get("ProjectObjectId") or None,
        budgeted_units=walk.num(f, "PlannedUnits"),
        actual_units=walk.num(f, "ActualUnits"),
        remaining_units=walk.num(f, "RemainingUnits"),
        budgeted_cost=walk.num(f, "PlannedCost"),
        actual_cost=walk.num(f, "ActualCost"),
        start=walk.date(f.get("StartDate", "") or f.get("PlannedStartDate", "")),
        finish=walk.date(f.get("FinishDate", "") or f.get("PlannedFinishDate", "")),
    )


def read_pmxml(inp: Input) -> ScheduleData:
    """Read a PMXML file into records (best effort, see the module docstring)."""
    walk = _walk(inp, keep=True)
    rec = walk.records
    date = walk.date
    projects = tuple(
        ProjectRecord(
            id=p.get("ObjectId", ""),
            code=p.get("Id") or p.get("ObjectId", ""),
            name=p.get("Name") or p.get("Id", ""),
            data_date=date(p.get("DataDate", "")),
            planned_start=date(p.get("PlannedStartDate", "")),
            planned_finish=date(p.get("ScheduledFinishDate", "") or p.get("FinishDate", "")),
        )
        for p in walk.projects
    )
    wbs = tuple(
        WbsRecord(
            id=f.get("ObjectId", ""),
            project_id=f.get("ProjectObjectId", ""),
            code=f.get("Code", ""),
            name=f.get("Name", ""),
            parent_id=f.get("ParentObjectId") or None,
        )
        for f in rec["WBS"]
    )
    calendars = tuple(
        CalendarRecord(
            id=f.get("ObjectId", ""),
            name=f.get("Name", ""),
            hours_per_day=walk.num(f, "HoursPerDay"),
            project_id=f.get("ProjectObjectId") or None,
        )
        for f in rec["Calendar"]
    )
    activities = tuple(_activity(walk, f) for f in rec["Activity"])
    relationships = tuple(_relationship(walk, f) for f in rec["Relationship"])
    resources = tuple(_resource(walk, f) for f in rec["Resource"])
    assignments = tuple(_assignment(walk, f) for f in rec["ResourceAssignment"])
    return ScheduleData(
        format="pmxml",
        version=walk.version,
        encoding=xml_encoding(inp.head),
        projects=projects,
        wbs=wbs,
        calendars=calendars,
        activities=activities,
        relationships=relationships,
        resources=resources,
        assignments=assignments,
        warnings=walk.result_warnings(),
        file_name=inp.file_name,
    )
