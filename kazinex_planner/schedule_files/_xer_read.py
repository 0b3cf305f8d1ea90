"""``read_schedule`` for XER: every project, WBS node, calendar, activity, link, resource.

The encoding is decided by a first, cheap pass (valid UTF-8 or not), because a cp1252 byte
may sit anywhere in a 500 MB file and every value must be decoded the same way. The second
pass walks the tables: only the tables that feed a record are decoded, only the columns
that feed a field are converted, and each table's column positions are resolved once per
``%F`` line so that a row costs one ``split`` and a record constructor. Missing columns
read as empty values, so old and new P6 versions (and short rows) need no special case.
"""

from __future__ import annotations

import io
from collections.abc import Callable

import attrs

from ._records import (
    ActivityRecord,
    ActivityStatus,
    ActivityType,
    AssignmentRecord,
    CalendarRecord,
    PercentCompleteType,
    ProjectRecord,
    RelationshipRecord,
    ResourceRecord,
    ScheduleData,
    WbsRecord,
)
from ._source import BOM_UTF8, Input, iter_line_chunks, make_input
from ._text import DateParser, Warnings, decode
from ._vocab import (
    XER_CONSTRAINTS,
    XER_DURATION_TYPES,
    XER_PERCENT_TYPES,
    XER_RELATIONSHIPS,
    XER_RESOURCE_TYPES,
    XER_STATUS,
    XER_TASK_TYPES,
)
from ._xer_walk import walk_xer

__all__ = ["read_xer"]

Row = list[str]
Handler = Callable[[Row], None]


def _clamp(value: float) -> float:
    return 0.0 if value < 0.0 else 100.0 if value > 100.0 else value


def _text(value: str) -> str:
    """P6 writes a line break inside a value as DEL (0x7F)."""
    return value.replace("\x7f", "\n") if "\x7f" in value else value


class _Columns:
    """Column positions of one table in a split row (``row[0]`` is ``"%R"``).

    A column the file does not have points at the padding slot past the last field, which
    every row gets, so it reads as ``""``.
    """

    def __init__(self, fields: list[str]) -> None:
        self.index = {name: i + 1 for i, name in enumerate(fields)}
        self.width = len(fields) + 2
        self.missing = len(fields) + 1

    def __call__(self, name: str) -> int:
        return self.index.get(name, self.missing)


class _ReadVisitor:
    TABLES = frozenset(
        {"PROJECT", "PROJWBS", "CALENDAR", "TASK", "TASKPRED", "TASKRSRC", "TASKMEMO"}
        | {"RSRC", "RSRCRATE", "UMEASURE"}
    )

    def __init__(self, encoding: str, warnings: Warnings) -> None:
        self.encoding = encoding
        self.warnings = warnings
        self.date = DateParser(warnings)
        self.handlers: dict[str, tuple[Handler, int]] = {}
        self.current: str | None = None
        self.task_done = False
        self.projects: list[tuple[str, str, str, str, str]] = []
        self.critical: dict[str, tuple[float, bool]] = {}
        self.roots: dict[str, str] = {}
        self.wbs: list[WbsRecord] = []
        self.calendars: list[CalendarRecord] = []
        self.activities: list[ActivityRecord] = []
        self.task_ids: set[str] = set()
        self.relationships: list[RelationshipRecord] = []
        self.deferred_links: list[tuple[str, str, str, str, str]] = []
        self.assignments: list[AssignmentRecord] = []
        self.notes: dict[str, list[str]] = {}
        self.rsrc: list[tuple[str, str, str, str, str]] = []
        self.rates: dict[str, tuple[str, str, str]] = {}
        self.units: dict[str, str] = {}

    # -- walker protocol ---------------------------------------------------------------

    def wants(self, table: str) -> bool:
        return table in self.handlers

    def table(self, table: str, fields: list[str]) -> None:
        if self.current == "TASK":
            self.task_done = True
        self.current = table
        self.handlers.pop(table, None)
        if table in self.TABLES:
            cols = _Columns(fields)
            factory = getattr(self, "_" + table.lower())
            self.handlers[table] = (factory(cols), cols.width)

    def rows(self, table: str, buf: bytes, start: int, end: int) -> None:
        handler, width = self.handlers[table]
        text = decode(buf[start:end], self.encoding)
        if "\r" in text:
            text = text.replace("\r", "")
        pad = [""] * width
        for line in text.split("\n"):
            if not line.startswith("%R\t"):
                continue
            row = line.split("\t")
            if len(row) < width:
                row.extend(pad[len(row) :])
            handler(row)

    # -- converters ----------------------------------------------------------------------

    def num(self, text: str, what: str) -> float | None:
        if not text:
            return None
        try:
            return float(text)
        except ValueError:
            template = f"{{n}} malformed numbers in {what} were ignored (e.g. {{example}})"
            self.warnings.add(template, 1, text)
            return None

    def unknown(self, what: str, value: str, default: str) -> None:
        template = f"{{n}} rows have an unknown {what} {{example}} (read as {default})"
        self.warnings.add(template, 1, value)

    # -- tables ------------------------------------------------------------------------

    def _project(self, c: _Columns) -> Handler:
        i_id, i_code, i_recalc = c("proj_id"), c("proj_short_name"), c("last_recalc_date")
        i_start, i_plan_end, i_scd_end = c("plan_start_date"), c("plan_end_date"), c("scd_end_date")
        i_crit, i_path = c("critical_drtn_hr_cnt"), c("critical_path_type")

        def handle(r: Row) -> None:
            pid = r[i_id]
            self.projects.append(
                (pid, r[i_code], r[i_recalc], r[i_start], r[i_plan_end] or r[i_scd_end])
            )
            threshold = self.num(r[i_crit], "PROJECT.critical_drtn_hr_cnt") or 0.0
            self.critical[pid] = (threshold, r[i_path] == "CT_DrivPath")

        return handle

    def _projwbs(self, c: _Columns) -> Handler:
        i_id, i_proj, i_code, i_name = c("wbs_id"), c("proj_id"), c("wbs_short_name"), c("wbs_name")
        i_parent, i_root = c("parent_wbs_id"), c("proj_node_flag")
        append = self.wbs.append

        def handle(r: Row) -> None:
            root = r[i_root] == "Y"
            name = _text(r[i_name])
            if root:
                self.roots.setdefault(r[i_proj], name)
            append(
                WbsRecord(
                    id=r[i_id],
                    project_id=r[i_proj],
                    code=r[i_code],
                    name=name,
                    # A root's parent is an EPS node, which is never in the file.
                    parent_id=None if root else (r[i_parent] or None),
                    is_project_root=root,
                )
            )

        return handle

    def _calendar(self, c: _Columns) -> Handler:
        i_id, i_name, i_proj, i_day = c("clndr_id"), c("clndr_name"), c("proj_id"), c("day_hr_cnt")
        append = self.calendars.append

        def handle(r: Row) -> None:
            append(
                CalendarRecord(
                    id=r[i_id],
                    name=_text(r[i_name]),
                    hours_per_day=self.num(r[i_day], "CALENDAR.day_hr_cnt"),
                    project_id=r[i_proj] or None,
                )
            )

        return handle

    def _task(self, c: _Columns) -> Handler:
        i_id, i_proj, i_wbs, i_cal = c("task_id"), c("proj_id"), c("wbs_id"), c("clndr_id")
        i_code, i_name = c("task_code"), c("task_name")
        i_type, i_status, i_pct_type = c("task_type"), c("status_code"), c("complete_pct_type")
        i_dur_type, i_phys = c("duration_type"), c("phys_complete_pct")
        i_tf, i_ff = c("total_float_hr_cnt"), c("free_float_hr_cnt")
        i_target, i_remain = c("target_drtn_hr_cnt"), c("remain_drtn_hr_cnt")
        i_act_work, i_rem_work = c("act_work_qty"), c("remain_work_qty")
        i_act_eq, i_rem_eq = c("act_equip_qty"), c("remain_equip_qty")
        i_ps, i_pf = c("target_start_date"), c("target_end_date")
        i_as, i_af = c("act_start_date"), c("act_end_date")
        i_es, i_ef = c("early_start_date"), c("early_end_date")
        i_ls, i_lf = c("late_start_date"), c("late_end_date")
        i_cstr, i_cstr_date = c("cstr_type"), c("cstr_date")
        i_driving = c("driving_path_flag")
        date, num, critical = self.date, self.num, self.critical
        task_types, statuses, pct_types = XER_TASK_TYPES, XER_STATUS, XER_PERCENT_TYPES
        dur_types, constraints = XER_DURATION_TYPES, XER_CONSTRAINTS
        append, add_id = self.activities.append, self.task_ids.add

        def handle(r: Row) -> None:
            code = r[i_type]
            atype: ActivityType | None = task_types.get(code)
            if atype is None:
                atype = "task"
                self.unknown("task_type", code, "task")
            status: ActivityStatus | None = statuses.get(r[i_status])
            if status is None:
                status = "completed" if r[i_af] else "in_progress" if r[i_as] else "not_started"
                self.unknown("status_code", r[i_status], "the actual dates' status")
            pct_code = r[i_pct_type]
            pct_type: PercentCompleteType | None = pct_types.get(pct_code)
            if pct_type is None and pct_code:
                self.unknown("complete_pct_type", pct_code, "duration")
            dur_code = r[i_dur_type]
            dur_type = dur_types.get(dur_code)
            if dur_type is None and dur_code:
                self.unknown("duration_type", dur_code, "none")
            cstr_code = r[i_cstr]
            cstr = constraints.get(cstr_code)
            if cstr is None and cstr_code:
                self.unknown("cstr_type", cstr_code, "no constraint")
            target = num(r[i_target], "TASK.target_drtn_hr_cnt")
            remain = num(r[i_remain], "TASK.remain_drtn_hr_cnt")
            tf = num(r[i_tf], "TASK.total_float_hr_cnt")
            pid = r[i_proj]

            # Percent complete, as P6 shows it for the activity's percent complete type.
            pct: float
            if pct_type == "physical":
                pct = _clamp(num(r[i_phys], "TASK.phys_complete_pct") or 0.0)
            elif status == "completed":
                pct = 100.0
            elif status == "not_started":
                pct = 0.0
            else:
                pct = -1.0
                if pct_type == "units":
                    done = (num(r[i_act_work], "TASK.act_work_qty") or 0.0) + (
                        num(r[i_act_eq], "TASK.act_equip_qty") or 0.0
                    )
                    left = (num(r[i_rem_work], "TASK.remain_work_qty") or 0.0) + (
                        num(r[i_rem_eq], "TASK.remain_equip_qty") or 0.0
                    )
                    if done + left > 0.0:
                        pct = _clamp(done / (done + left) * 100.0)
                if pct < 0.0:
                    if target and remain is not None:
                        pct = _clamp((target - remain) / target * 100.0)
                    else:
                        pct = 0.0

            # P6's default: critical when total float <= the project's threshold (0 h);
            # projects set to "longest path" use the driving path flag instead.
            threshold, longest_path = critical.get(pid, (0.0, False))
            if longest_path or tf is None:
                is_critical = r[i_driving] == "Y"
            else:
                is_critical = tf <= threshold + 1e-9

            tid = r[i_id]
            add_id(tid)
            append(
                ActivityRecord(
                    id=tid,
                    project_id=pid,
                    code=r[i_code],
                    name=_text(r[i_name]),
                    type=atype,
                    status=status,
                    wbs_id=r[i_wbs] or None,
                    calendar_id=r[i_cal] or None,
                    original_duration_hours=target,
                    remaining_duration_hours=remain,
                    total_float_hours=tf,
                    free_float_hours=num(r[i_ff], "TASK.free_float_hr_cnt"),
                    planned_start=date(r[i_ps]),
                    planned_finish=date(r[i_pf]),
                    actual_start=date(r[i_as]),
                    actual_finish=date(r[i_af]),
                    early_start=date(r[i_es]),
                    early_finish=date(r[i_ef]),
                    late_start=date(r[i_ls]),
                    late_finish=date(r[i_lf]),
                    constraint_type=cstr,
                    constraint_date=date(r[i_cstr_date]),
                    percent_complete=pct,
                    percent_complete_type=pct_type,
                    duration_type=dur_type,
                    is_critical=is_critical,
                )
            )

        return handle

    def _taskmemo(self, c: _Columns) -> Handler:
        i_task, i_notes = c("task_id"), c("task_notes")

        def handle(r: Row) -> None:
            text = _text(r[i_notes])
            if text:
                self.notes.setdefault(r[i_task], []).append(text)

        return handle

    def _taskpred(self, c: _Columns) -> Handler:
        i_id, i_succ, i_pred = c("task_pred_id"), c("task_id"), c("pred_task_id")
        i_type, i_lag = c("pred_type"), c("lag_hr_cnt")

        def handle(r: Row) -> None:
            link = (r[i_id], r[i_pred], r[i_succ], r[i_type], r[i_lag])
            if self.task_done:
                self.relationships.append(self._link(*link))
            else:
                # Listed before the TASK table: decide "external" once every task is known.
                self.deferred_links.append(link)

        return handle

    def _link(self, lid: str, pred: str, succ: str, code: str, lag: str) -> RelationshipRecord:
        rtype = XER_RELATIONSHIPS.get(code)
        if rtype is None:
            rtype = "FS"
            self.unknown("pred_type", code, "FS")
        ids = self.task_ids
        return RelationshipRecord(
            id=lid,
            predecessor_id=pred,
            successor_id=succ,
            type=rtype,
            lag_hours=self.num(lag, "TASKPRED.lag_hr_cnt") or 0.0,
            is_external=pred not in ids or succ not in ids,
        )

    def _taskrsrc(self, c: _Columns) -> Handler:
        i_id, i_task, i_proj, i_rsrc = c("taskrsrc_id"), c("task_id"), c("proj_id"), c("rsrc_id")
        i_target, i_reg, i_ot, i_remain = (
            c("target_qty"),
            c("act_reg_qty"),
            c("act_ot_qty"),
            c("remain_qty"),
        )
        i_cost, i_reg_cost, i_ot_cost = c("target_cost"), c("act_reg_cost"), c("act_ot_cost")
        i_as, i_rs, i_ts = c("act_start_date"), c("restart_date"), c("target_start_date")
        i_af, i_rf, i_tf = c("act_end_date"), c("reend_date"), c("target_end_date")
        num, date, append = self.num, self.date, self.assignments.append

        def total(a: str, b: str, what: str) -> float | None:
            x, y = num(a, what), num(b, what)
            return None if x is None and y is None else (x or 0.0) + (y or 0.0)

        def handle(r: Row) -> None:
            append(
                AssignmentRecord(
                    id=r[i_id],
                    activity_id=r[i_task],
                    resource_id=r[i_rsrc],
                    project_id=r[i_proj] or None,
                    budgeted_units=num(r[i_target], "TASKRSRC.target_qty"),
                    actual_units=total(r[i_reg], r[i_ot], "TASKRSRC.act_*_qty"),
                    remaining_units=num(r[i_remain], "TASKRSRC.remain_qty"),
                    budgeted_cost=num(r[i_cost], "TASKRSRC.target_cost"),
                    actual_cost=total(r[i_reg_cost], r[i_ot_cost], "TASKRSRC.act_*_cost"),
                    start=date(r[i_as] or r[i_rs] or r[i_ts]),
                    finish=date(r[i_af] or r[i_rf] or r[i_tf]),
                )
            )

        return handle

    def _rsrc(self, c: _Columns) -> Handler:
        i_id, i_code, i_name = c("rsrc_id"), c("rsrc_short_name"), c("rsrc_name")
        i_type, i_unit = c("rsrc_type"), c("unit_id")

        def handle(r: Row) -> None:
            self.rsrc.append((r[i_id], r[i_code], _text(r[i_name]), r[i_type], r[i_unit]))

        return handle

    def _rsrcrate(self, c: _Columns) -> Handler:
        i_rsrc, i_max, i_cost, i_start = (
            c("rsrc_id"),
            c("max_qty_per_hr"),
            c("cost_per_qty"),
            c("start_date"),
        )

        def handle(r: Row) -> None:
            # Keep the rate in force last (dates are "yyyy-mm-dd hh:mm", so text order works).
            rid = r[i_rsrc]
            seen = self.rates.get(rid)
            if seen is None or r[i_start] >= seen[0]:
                self.rates[rid] = (r[i_start], r[i_max], r[i_cost])

        return handle

    def _umeasure(self, c: _Columns) -> Handler:
        i_id, i_abbrev, i_name = c("unit_id"), c("unit_abbrev"), c("unit_name")

        def handle(r: Row) -> None:
            self.units[r[i_id]] = r[i_abbrev] or r[i_name]

        return handle

    # -- assembly ------------------------------------------------------------------------

    def finish(self) -> tuple[list[ProjectRecord], list[ResourceRecord]]:
        for link in self.deferred_links:
            self.relationships.append(self._link(*link))
        self.deferred_links = []
        if self.notes:
            notes = self.notes
            self.activities = [
                attrs.evolve(a, notes="\n\n".join(notes[a.id])) if a.id in notes else a
                for a in self.activities
            ]
        projects = [
            ProjectRecord(
                id=pid,
                code=code,
                name=self.roots.get(pid) or code,
                data_date=self.date(recalc),
                planned_start=self.date(start),
                planned_finish=self.date(finish),
            )
            for pid, code, recalc, start, finish in self.projects
        ]
        resources = []
        for rid, code, name, rtype_code, unit_id in self.rsrc:
            rtype = XER_RESOURCE_TYPES.get(rtype_code)
            if rtype is None:
                rtype = "labor"
                self.unknown("rsrc_type", rtype_code, "labor")
            _, max_qty, cost = self.rates.get(rid, ("", "", ""))
            resources.append(
                ResourceRecord(
                    id=rid,
                    code=code,
                    name=name,
                    type=rtype,
                    unit_of_measure=self.units.get(unit_id) or None,
                    max_units_per_hour=self.num(max_qty, "RSRCRATE.max_qty_per_hr"),
                    cost_per_unit=self.num(cost, "RSRCRATE.cost_per_qty"),
                )
            )
        return projects, resources


def _encoding_pass(inp: Input) -> str:
    """Decide the file's encoding: valid UTF-8 (with or without BOM), else cp1252."""
    has_bom = inp.head.startswith(BOM_UTF8)
    for buf, end, _ in iter_line_chunks(inp, skip=3 if has_bom else 0):
        if not buf.isascii():
            try:
                str(memoryview(buf)[:end], "utf-8")
            except UnicodeDecodeError:
                return "cp1252"
    return "utf-8-sig" if has_bom else "utf-8"


def read_xer(inp: Input) -> ScheduleData:
    """Read every record of the XER in ``inp`` (two passes: encoding, then tables)."""
    if not inp.rewind():
        # A pipe or socket cannot be read twice: hold it in memory (read_schedule keeps
        # every record anyway, so this is the same order of memory).
        inp = make_input(io.BytesIO(inp.read()), inp.file_name, inp.limits)
    encoding = _encoding_pass(inp)
    inp.rewind()
    warnings = Warnings()
    visitor = _ReadVisitor(encoding, warnings)
    layout = walk_xer(inp, visitor, check_encoding=False)
    projects, resources = visitor.finish()
    if "TASK" not in layout.row_counts:
        warnings.add("the file has no TASK table: it holds no activities")
    if not projects:
        warnings.add("the file has no PROJECT rows")
    external = sum(1 for r in visitor.relationships if r.is_external)
    if external:
        warnings.add(
            "{n} relationships reference activities outside the file (external links)", external
        )
    return ScheduleData(
        format="xer",
        version=layout.version,
        encoding=encoding,
        projects=tuple(projects),
        wbs=tuple(visitor.wbs),
        calendars=tuple(visitor.calendars),
        activities=tuple(visitor.activities),
        relationships=tuple(visitor.relationships),
        resources=tuple(resources),
        assignments=tuple(visitor.assignments),
        warnings=warnings.result(),
        file_name=inp.file_name,
    )
