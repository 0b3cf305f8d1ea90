"""MS Project XML (MSPDI): counts and records, in one bounded-memory pass.

MSPDI has one project per file: ``Project`` holds scalar settings and the ``Calendars``,
``Tasks``, ``Resources`` and ``Assignments`` collections. Counting rules (shared by
``inspect`` and ``read`` so that they always agree):

* activities: ``Task`` elements except UID 0 (the project summary), null tasks
  (``IsNull=1``) and summary tasks (``Summary=1``);
* WBS: summary tasks except UID 0 (null tasks excluded);
* relationships: every ``PredecessorLink`` element;
* resources: ``Resource`` elements except UID 0; assignments: ``Assignment`` elements
  except those of the "unassigned" resource (``ResourceUID=-65535``); calendars: every
  ``Calendar`` element.

Units: durations are ISO 8601 (``PT8H0M0S``; a ``D`` is 24 h, as ISO defines it), slack and
link lags are tenths of minutes (600 per hour). An activity's WBS is its nearest summary
ancestor by ``OutlineLevel``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import PurePath

from ._records import (
    ActivityRecord,
    ActivityStatus,
    AssignmentRecord,
    CalendarRecord,
    ProjectRecord,
    ProjectSummary,
    RelationshipRecord,
    ResourceRecord,
    ScheduleData,
    ScheduleSummary,
    WbsRecord,
)
from ._source import Input
from ._text import DateParser, Warnings
from ._vocab import (
    MSPDI_CONSTRAINTS,
    MSPDI_DURATION_TYPES,
    MSPDI_RELATIONSHIPS,
    MSPDI_RESOURCE_TYPES,
)
from ._xml import XmlStream, children_text, local_name, xml_encoding

__all__ = ["inspect_mspdi", "iso_duration_hours", "read_mspdi"]

_NS = "{http://schemas.microsoft.com/project}"
_ITEMS = {"Tasks": "Task", "Resources": "Resource", "Assignments": "Assignment"}
_ITEMS["Calendars"] = "Calendar"
_NUM = r"(\d+(?:\.\d*)?|\.\d+)"
_ISO = re.compile(
    rf"^(-)?P(?:{_NUM}Y)?(?:{_NUM}M)?(?:{_NUM}W)?(?:{_NUM}D)?"
    rf"(?:T(?:{_NUM}H)?(?:{_NUM}M)?(?:{_NUM}S)?)?$"
)
_ISO_HOURS = (365 * 24.0, 30 * 24.0, 7 * 24.0, 24.0, 1.0, 1 / 60, 1 / 3600)
#: LagFormat values that express a lag as a percentage of the predecessor's duration.
_PERCENT_LAG_FORMATS = frozenset({"19", "20"})
_UNASSIGNED = "-65535"


def iso_duration_hours(text: str) -> float | None:
    """``PT8H30M0S`` -> 8.5; ``None`` for an empty or malformed value."""
    m = _ISO.match(text.strip())
    if not m or text.strip() in ("P", "PT", "-P", "-PT"):
        return None
    hours = sum(float(v) * k for v, k in zip(m.groups()[1:], _ISO_HOURS, strict=True) if v)
    return -hours if m.group(1) else hours


def _flag(value: str | None) -> bool:
    return value in ("1", "true", "True")


class _Walk:
    """One pass over the document; ``keep`` decides whether records are built."""

    def __init__(self, inp: Input, keep: bool) -> None:
        self.inp = inp
        self.keep = keep
        self.warnings = Warnings()
        self.date = DateParser(self.warnings)
        self.project: dict[str, str] = {}
        self.counts = dict.fromkeys(
            ("task", "wbs", "link", "resource", "assignment", "calendar"), 0
        )
        self.task_uids: set[str] = set()
        self.links: list[tuple[str, str, str, str, str, bool]] = []
        self.outline: list[tuple[int, str]] = []
        self.activities: list[ActivityRecord] = []
        self.wbs: list[WbsRecord] = []
        self.resources: list[ResourceRecord] = []
        self.assignments: list[AssignmentRecord] = []
        self.calendars: list[CalendarRecord] = []
        self._pid: str | None = None

    def run(self) -> None:
        stream = XmlStream(self.inp)
        depth = 0
        root: ET.Element | None = None
        container: ET.Element | None = None
        for event, elem in stream:
            if event == "start":
                depth += 1
                if depth == 1:
                    root = elem
                elif depth == 2:
                    container = elem
                continue
            if depth == 3 and container is not None:
                item = _ITEMS.get(local_name(container.tag))
                if item is not None and local_name(elem.tag) == item:
                    getattr(self, "_" + item.lower())(elem)
                stream.drop(container, elem)
            elif depth == 2 and root is not None:
                if len(elem) == 0:
                    self.project[local_name(elem.tag)] = (elem.text or "").strip()
                stream.drop(root, elem)
                container = None
            depth -= 1

    # -- records ----------------------------------------------------------------------

    def _task(self, elem: ET.Element) -> None:
        f: dict[str, str] = {}
        links: list[dict[str, str]] = []
        baseline: dict[str, str] | None = None
        for child in elem:
            tag = local_name(child.tag)
            if tag == "PredecessorLink":
                links.append(children_text(child))
            elif tag == "Baseline":
                b = children_text(child)
                if b.get("Number", "0") == "0":
                    baseline = b
            else:
                f[tag] = (child.text or "").strip()
        uid = f.get("UID", "")
        self.task_uids.add(uid)
        self.counts["link"] += len(links)
        for link in links:
            self.links.append(
                (
                    link.get("PredecessorUID", ""),
                    uid,
                    link.get("Type", "1"),
                    link.get("LinkLag", ""),
                    link.get("LagFormat", ""),
                    _flag(link.get("CrossProject")),
                )
            )
        if uid == "0" or _flag(f.get("IsNull")):
            return
        try:
            level = int(f.get("OutlineLevel") or "1")
        except ValueError:
            level = 1
        while self.outline and self.outline[-1][0] >= level:
            self.outline.pop()
        parent = self.outline[-1][1] if self.outline else None
        if _flag(f.get("Summary")):
            self.counts["wbs"] += 1
            self.outline.append((level, uid))
            if self.keep:
                self.wbs.append(
                    WbsRecord(
                        id=uid,
                        project_id=self.pid(),
                        code=f.get("WBS") or f.get("OutlineNumber") or uid,
                        name=f.get("Name", ""),
                        parent_id=parent,
                    )
                )
            return
        self.counts["task"] += 1
        if self.keep:
            self.activities.append(self._activity(f, baseline, parent))

    def _activity(
        self, f: dict[str, str], baseline: dict[str, str] | None, wbs: str | None
    ) -> ActivityRecord:
        date, w = self.date, self.warnings
        pct = _number(f.get("PercentComplete"), w, "Task.PercentComplete")
        actual_start, actual_finish = (
            date(f.get("ActualStart", "")),
            date(f.get("ActualFinish", "")),
        )
        status: ActivityStatus
        if actual_finish is not None or (pct is not None and pct >= 100.0):
            status = "completed"
        elif actual_start is not None or (pct is not None and pct > 0.0):
            status = "in_progress"
        else:
            status = "not_started"
        cstr_code = f.get("ConstraintType", "")
        cstr = MSPDI_CONSTRAINTS.get(cstr_code)
        if cstr is None and cstr_code:
            w.add("{n} tasks have an unknown ConstraintType {example} (read as none)", 1, cstr_code)
        dur_code = f.get("Type", "")
        dur_type = MSPDI_DURATION_TYPES.get(dur_code)
        if dur_type is None and dur_code:
            w.add("{n} tasks have an unknown Type {example} (read as none)", 1, dur_code)
        calendar = f.get("CalendarUID", "")
        return ActivityRecord(
            id=f.get("UID", ""),
            project_id=self.pid(),
            code=f.get("ID") or f.get("UID", ""),
            name=f.get("Name", ""),
            type="finish_milestone" if _flag(f.get("Milestone")) else "task",
            status=status,
            wbs_id=wbs,
            calendar_id=calendar if calendar and calendar != "-1" else None,
            original_duration_hours=self._duration(f.get("Duration")),
            remaining_duration_hours=self._duration(f.get("RemainingDuration")),
            total_float_hours=_tenths_of_minutes(f.get("TotalSlack"), w, "Task.TotalSlack"),
            free_float_hours=_tenths_of_minutes(f.get("FreeSlack"), w, "Task.FreeSlack"),
            planned_start=date(f.get("Start", "")),
            planned_finish=date(f.get("Finish", "")),
            actual_start=actual_start,
            actual_finish=actual_finish,
            early_start=date(f.get("EarlyStart", "")),
            early_finish=date(f.get("EarlyFinish", "")),
            late_start=date(f.get("LateStart", "")),
            late_finish=date(f.get("LateFinish", "")),
            baseline_start=date(baseline.get("Start", "")) if baseline else None,
            baseline_finish=date(baseline.get("Finish", "")) if baseline else None,
            constraint_type=cstr,
            constraint_date=date(f.get("ConstraintDate", "")),
            percent_complete=pct,
            percent_complete_type="duration",
            duration_type=dur_type,
            is_critical=_flag(f.get("Critical")),
            notes=f.get("Notes") or None,
        )

    def _duration(self, text: str | None) -> float | None:
        if not text:
            return None
        hours = iso_duration_hours(text)
        if hours is None:
            self.warnings.add("{n} malformed durations were ignored (e.g. {example})", 1, text)
        return hours

    def _resource(self, elem: ET.Element) -> None:
        f = children_text(elem)
        uid = f.get("UID", "")
        if uid == "0":
            return
        self.counts["resource"] += 1
        if not self.keep:
            return
        code = f.get("Type", "1")
        rtype = MSPDI_RESOURCE_TYPES.get(code)
        if rtype is None:
            rtype = "labor"
            self.warnings.add(
                "{n} resources have an unknown Type {example} (read as labor)", 1, code
            )
        w = self.warnings
        self.resources.append(
            ResourceRecord(
                id=uid,
                code=f.get("Initials") or f.get("ID") or uid,
                name=f.get("Name", ""),
                type=rtype,
                unit_of_measure=f.get("MaterialLabel") or None,
                max_units_per_hour=_number(f.get("MaxUnits"), w, "Resource.MaxUnits"),
                cost_per_unit=_number(f.get("StandardRate"), w, "Resource.StandardRate"),
            )
        )

    def _assignment(self, elem: ET.Element) -> None:
        f = {local_name(c.tag): (c.text or "").strip() for c in elem if len(c) == 0}
        if f.get("ResourceUID") == _UNASSIGNED:
            return
        self.counts["assignment"] += 1
        if not self.keep:
            return
        w = self.warnings
        self.assignments.append(
            AssignmentRecord(
                id=f.get("UID", ""),
                activity_id=f.get("TaskUID", ""),
                resource_id=f.get("ResourceUID", ""),
                project_id=self.pid(),
                budgeted_units=self._duration(f.get("Work")),
                actual_units=self._duration(f.get("ActualWork")),
                remaining_units=self._duration(f.get("RemainingWork")),
                budgeted_cost=_number(f.get("Cost"), w, "Assignment.Cost"),
                actual_cost=_number(f.get("ActualCost"), w, "Assignment.ActualCost"),
                start=self.date(f.get("Start", "")),
                finish=self.date(f.get("Finish", "")),
            )
        )

    def _calendar(self, elem: ET.Element) -> None:
        self.counts["calendar"] += 1
        if not self.keep:
            return
        name = uid = ""
        hours: list[float] = []
        for child in elem:
            tag = local_name(child.tag)
            if tag == "UID":
                uid = (child.text or "").strip()
            elif tag == "Name":
                name = (child.text or "").strip()
            elif tag == "WeekDays":
                hours = _weekday_hours(child)
        self.calendars.append(
            CalendarRecord(
                id=uid, name=name, hours_per_day=sum(hours) / len(hours) if hours else None
            )
        )

    # -- results ----------------------------------------------------------------------

    def external_links(self) -> int:
        uids = self.task_uids
        return sum(1 for pred, *_, cross in self.links if cross or pred not in uids)

    def pid(self) -> str:
        """The project id records carry: its code, fixed at first use (``Title`` and
        ``Name`` come before the collections in every MSPDI file)."""
        if self._pid is None:
            self._pid = self.project_code_and_name()[0]
        return self._pid

    def project_code_and_name(self) -> tuple[str, str]:
        title, name = self.project.get("Title", ""), self.project.get("Name", "")
        file_name = self.inp.file_name
        code = (
            PurePath(file_name).stem
            if file_name
            else title or (PurePath(name).stem if name else "") or "project"
        )
        return code, title or name or code

    def data_date(self) -> datetime | None:
        return self.date(self.project.get("StatusDate", "")) or self.date(
            self.project.get("CurrentDate", "")
        )

    def finish_warnings(self) -> tuple[str, ...]:
        external = self.external_links()
        if external:
            self.warnings.add(
                "{n} relationships reference activities outside the file (external links)",
                external,
            )
        percent = sum(1 for *_, lag_format, _ in self.links if lag_format in _PERCENT_LAG_FORMATS)
        if percent:
            self.warnings.add("{n} percentage lags were read as 0 hours", percent)
        return self.warnings.result()


def _weekday_hours(week_days: ET.Element) -> list[float]:
    """Working hours of each working weekday (``DayType`` 1..7) in a ``WeekDays`` element."""
    result = []
    for day in week_days:
        f = {local_name(c.tag): c for c in day}
        day_type = (f["DayType"].text or "").strip() if "DayType" in f else ""
        working = (f["DayWorking"].text or "").strip() if "DayWorking" in f else ""
        if day_type not in {"1", "2", "3", "4", "5", "6", "7"} or not _flag(working):
            continue
        total = 0.0
        times = f.get("WorkingTimes")
        for period in times if times is not None else ():
            p = children_text(period)
            start, end = _clock_hours(p.get("FromTime", "")), _clock_hours(p.get("ToTime", ""))
            if start is not None and end is not None:
                total += end - start if end > start else end + 24.0 - start
        if total > 0:
            result.append(total)
    return result


def _clock_hours(text: str) -> float | None:
    parts = text.split(":")
    try:
        return (
            int(parts[0]) + int(parts[1]) / 60 + (float(parts[2]) / 3600 if len(parts) > 2 else 0)
        )
    except (ValueError, IndexError):
        return None


def _number(text: str | None, warnings: Warnings, what: str) -> float | None:
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        warnings.add(f"{{n}} malformed numbers in {what} were ignored (e.g. {{example}})", 1, text)
        return None


def _tenths_of_minutes(text: str | None, warnings: Warnings, what: str) -> float | None:
    value = _number(text, warnings, what)
    return None if value is None else value / 600.0


def _walk(inp: Input, keep: bool) -> _Walk:
    walk = _Walk(inp, keep)
    walk.run()
    return walk


def inspect_mspdi(inp: Input) -> ScheduleSummary:
    """Count an MSPDI file (one project) without keeping its records."""
    walk = _walk(inp, keep=False)
    code, name = walk.project_code_and_name()
    c = walk.counts
    data_date = walk.data_date()
    project = ProjectSummary(
        code=code,
        name=name,
        data_date=data_date,
        activity_count=c["task"],
        relationship_count=c["link"],
        resource_count=c["resource"],
        assignment_count=c["assignment"],
        calendar_count=c["calendar"],
        wbs_count=c["wbs"],
    )
    return ScheduleSummary(
        format="mspdi",
        version=walk.project.get("SaveVersion") or None,
        encoding=xml_encoding(inp.head),
        project_count=1,
        activity_count=c["task"],
        relationship_count=c["link"],
        resource_count=c["resource"],
        assignment_count=c["assignment"],
        calendar_count=c["calendar"],
        wbs_count=c["wbs"],
        data_date=data_date,
        projects=(project,),
        warnings=walk.finish_warnings(),
        file_name=inp.file_name,
    )


def read_mspdi(inp: Input) -> ScheduleData:
    """Read an MSPDI file into records (one project, identified by its code)."""
    walk = _walk(inp, keep=True)
    code, name = walk.project_code_and_name()
    project = ProjectRecord(
        id=walk.pid(),
        code=code,
        name=name,
        data_date=walk.data_date(),
        planned_start=walk.date(walk.project.get("StartDate", "")),
        planned_finish=walk.date(walk.project.get("FinishDate", "")),
    )
    uids = walk.task_uids
    relationships = []
    seen: dict[str, int] = {}
    for pred, succ, type_code, lag, lag_format, cross in walk.links:
        rtype = MSPDI_RELATIONSHIPS.get(type_code)
        if rtype is None:
            rtype = "FS"
            walk.warnings.add("{n} links have an unknown Type {example} (read as FS)", 1, type_code)
        lag_hours = 0.0
        if lag_format not in _PERCENT_LAG_FORMATS:
            lag_hours = _tenths_of_minutes(lag, walk.warnings, "PredecessorLink.LinkLag") or 0.0
        rid = f"{pred}-{succ}"
        seen[rid] = seen.get(rid, 0) + 1
        if seen[rid] > 1:
            rid = f"{rid}-{seen[rid]}"
        relationships.append(
            RelationshipRecord(
                id=rid,
                predecessor_id=pred,
                successor_id=succ,
                type=rtype,
                lag_hours=lag_hours,
                is_external=cross or pred not in uids,
            )
        )
    return ScheduleData(
        format="mspdi",
        version=walk.project.get("SaveVersion") or None,
        encoding=xml_encoding(inp.head),
        projects=(project,),
        wbs=tuple(walk.wbs),
        calendars=tuple(walk.calendars),
        activities=tuple(walk.activities),
        relationships=tuple(relationships),
        resources=tuple(walk.resources),
        assignments=tuple(walk.assignments),
        warnings=walk.finish_warnings(),
        file_name=inp.file_name,
    )
