"""XER codes and columns mapped to the API's vocabulary, one rule at a time."""

from __future__ import annotations

from datetime import datetime

import pytest

from kazinex_planner.schedule_files import ActivityRecord, read_schedule
from tests.schedule_files._builders import TASK_FIELDS, project, table, task, xer

PRED_FIELDS = ("task_pred_id", "task_id", "pred_task_id", "proj_id", "pred_type", "lag_hr_cnt")


def one(**values: str) -> ActivityRecord:
    values.setdefault("task_id", "1")
    values.setdefault("proj_id", "1")
    data = read_schedule(xer(project(), table("TASK", TASK_FIELDS, task(**values))).encode())
    (activity,) = data.activities
    return activity


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("TT_Task", "task"),
        ("TT_Rsrc", "resource_dependent"),
        ("TT_LOE", "level_of_effort"),
        ("TT_Mile", "start_milestone"),
        ("TT_FinMile", "finish_milestone"),
        ("TT_WBS", "wbs_summary"),
    ],
)
def test_task_types(code: str, expected: str) -> None:
    assert one(task_type=code).type == expected


@pytest.mark.parametrize(
    ("code", "expected"),
    [("TK_NotStart", "not_started"), ("TK_Active", "in_progress"), ("TK_Complete", "completed")],
)
def test_statuses(code: str, expected: str) -> None:
    assert one(status_code=code).status == expected


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("DT_FixedDUR2", "fixed_duration_and_units"),  # Fixed Duration & Units
        ("DT_FixedDrtn", "fixed_duration_and_units_per_time"),  # Fixed Duration & Units/Time
        ("DT_FixedQty", "fixed_units"),  # Fixed Units
        ("DT_FixedRate", "fixed_units_per_time"),  # Fixed Units/Time
    ],
)
def test_duration_types_follow_p6_names(code: str, expected: str) -> None:
    assert one(duration_type=code).duration_type == expected


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("CS_ASAP", "as_soon_as_possible"),
        ("CS_ALAP", "as_late_as_possible"),
        ("CS_MSO", "start_on"),
        ("CS_MSOA", "start_on_or_after"),
        ("CS_MSOB", "start_on_or_before"),
        ("CS_MEO", "finish_on"),
        ("CS_MEOA", "finish_on_or_after"),
        ("CS_MEOB", "finish_on_or_before"),
        ("CS_MANDSTART", "mandatory_start"),
        ("CS_MANDFIN", "mandatory_finish"),
        ("", None),
    ],
)
def test_constraints(code: str, expected: str | None) -> None:
    activity = one(cstr_type=code, cstr_date="2024-05-06 08:00" if code else "")
    assert activity.constraint_type == expected
    assert activity.constraint_date == (datetime(2024, 5, 6, 8) if code else None)


def test_dates_and_durations() -> None:
    a = one(
        target_drtn_hr_cnt="80",
        remain_drtn_hr_cnt="24",
        total_float_hr_cnt="16.5",
        free_float_hr_cnt="0",
        target_start_date="2024-01-08 08:00",
        target_end_date="2024-01-19 17:00",
        act_start_date="2024-01-09 08:00",
        early_start_date="2024-02-01 08:00",
        early_end_date="2024-02-05 17:00",
        late_start_date="2024-02-03 08:00",
        late_end_date="2024-02-07 17:00",
        status_code="TK_Active",
        complete_pct_type="CP_Drtn",
    )
    assert (a.original_duration_hours, a.remaining_duration_hours) == (80.0, 24.0)
    assert (a.total_float_hours, a.free_float_hours) == (16.5, 0.0)
    assert (a.planned_start, a.planned_finish) == (
        datetime(2024, 1, 8, 8),
        datetime(2024, 1, 19, 17),
    )
    assert (a.actual_start, a.actual_finish) == (datetime(2024, 1, 9, 8), None)
    assert (a.early_start, a.early_finish) == (datetime(2024, 2, 1, 8), datetime(2024, 2, 5, 17))
    assert (a.late_start, a.late_finish) == (datetime(2024, 2, 3, 8), datetime(2024, 2, 7, 17))
    assert a.baseline_start is a.baseline_finish is None
    assert a.percent_complete == 70.0  # (80 - 24) / 80


@pytest.mark.parametrize(
    ("values", "pct", "pct_type"),
    [
        (
            {"complete_pct_type": "CP_Phys", "phys_complete_pct": "35", "status_code": "TK_Active"},
            35.0,
            "physical",
        ),
        (
            {
                "complete_pct_type": "CP_Phys",
                "phys_complete_pct": "140",
                "status_code": "TK_Active",
            },
            100.0,
            "physical",
        ),
        (
            {
                "complete_pct_type": "CP_Drtn",
                "target_drtn_hr_cnt": "40",
                "remain_drtn_hr_cnt": "50",
                "status_code": "TK_Active",
            },
            0.0,
            "duration",
        ),
        (
            {
                "complete_pct_type": "CP_Drtn",
                "target_drtn_hr_cnt": "40",
                "remain_drtn_hr_cnt": "40",
                "status_code": "TK_Complete",
            },
            100.0,
            "duration",
        ),
        (
            {
                "complete_pct_type": "CP_Drtn",
                "target_drtn_hr_cnt": "40",
                "remain_drtn_hr_cnt": "10",
                "status_code": "TK_NotStart",
            },
            0.0,
            "duration",
        ),
        (
            {
                "complete_pct_type": "CP_Drtn",
                "target_drtn_hr_cnt": "0",
                "remain_drtn_hr_cnt": "0",
                "status_code": "TK_Active",
            },
            0.0,
            "duration",
        ),
        (
            {
                "complete_pct_type": "CP_Units",
                "target_drtn_hr_cnt": "40",
                "remain_drtn_hr_cnt": "30",
                "status_code": "TK_Active",
            },
            25.0,
            "units",
        ),
        (
            {
                "complete_pct_type": "",
                "target_drtn_hr_cnt": "10",
                "remain_drtn_hr_cnt": "5",
                "status_code": "TK_Active",
            },
            50.0,
            None,
        ),
    ],
)
def test_percent_complete(values: dict[str, str], pct: float, pct_type: str | None) -> None:
    a = one(**values)
    assert a.percent_complete == pct
    assert a.percent_complete_type == pct_type


def test_units_percent_uses_work_quantities() -> None:
    fields = (*TASK_FIELDS, "act_work_qty", "remain_work_qty", "act_equip_qty", "remain_equip_qty")
    row = task(
        task_id="1",
        proj_id="1",
        complete_pct_type="CP_Units",
        status_code="TK_Active",
        target_drtn_hr_cnt="10",
        remain_drtn_hr_cnt="9",
    )
    data = read_schedule(
        xer(project(), table("TASK", fields, [*row, "30", "50", "10", "10"])).encode()
    )
    assert data.activities[0].percent_complete == 40.0  # (30 + 10) / (30 + 50 + 10 + 10)


@pytest.mark.parametrize(
    ("total_float", "driving", "expected"),
    [("0", "N", True), ("-8", "N", True), ("0.5", "Y", False), ("", "Y", True), ("", "N", False)],
)
def test_critical_from_total_float_else_driving_path(
    total_float: str, driving: str, expected: bool
) -> None:
    assert one(total_float_hr_cnt=total_float, driving_path_flag=driving).is_critical is expected


def test_critical_uses_the_project_threshold_and_longest_path_setting() -> None:
    fields = ("proj_id", "proj_short_name", "critical_drtn_hr_cnt", "critical_path_type")
    projects = table(
        "PROJECT", fields, ("1", "TF", "8", "CT_TotFloat"), ("2", "LP", "0", "CT_DrivPath")
    )
    tasks = table(
        "TASK",
        TASK_FIELDS,
        task(task_id="1", proj_id="1", total_float_hr_cnt="8"),
        task(task_id="2", proj_id="1", total_float_hr_cnt="9"),
        task(task_id="3", proj_id="2", total_float_hr_cnt="-40", driving_path_flag="N"),
        task(task_id="4", proj_id="2", total_float_hr_cnt="100", driving_path_flag="Y"),
    )
    data = read_schedule(xer(projects, tasks).encode())
    assert [a.is_critical for a in data.activities] == [True, False, False, True]


@pytest.mark.parametrize(
    ("code", "expected"), [("PR_FS", "FS"), ("PR_SS", "SS"), ("PR_FF", "FF"), ("PR_SF", "SF")]
)
def test_relationship_types(code: str, expected: str) -> None:
    tasks = table(
        "TASK", TASK_FIELDS, task(task_id="1", proj_id="1"), task(task_id="2", proj_id="1")
    )
    links = table("TASKPRED", PRED_FIELDS, ("9", "2", "1", "1", code, "-16"))
    (rel,) = read_schedule(xer(project(), tasks, links).encode()).relationships
    assert (rel.id, rel.predecessor_id, rel.successor_id) == ("9", "1", "2")
    assert (rel.type, rel.lag_hours, rel.is_external) == (expected, -16.0, False)


def test_unknown_codes_become_defaults_with_warnings() -> None:
    tasks = table(
        "TASK",
        TASK_FIELDS,
        task(
            task_id="1",
            proj_id="1",
            task_type="TT_Hammock",
            status_code="TK_Paused",
            act_start_date="2024-01-02 08:00",
            duration_type="DT_Odd",
            cstr_type="CS_Weird",
            complete_pct_type="CP_Other",
            total_float_hr_cnt="ten",
            target_start_date="soon",
        ),
        task(task_id="2", proj_id="1", task_type="TT_Hammock"),
    )
    links = table("TASKPRED", PRED_FIELDS, ("9", "2", "1", "1", "PR_XX", "0"))
    rsrc = table(
        "RSRC",
        ("rsrc_id", "rsrc_short_name", "rsrc_name", "rsrc_type"),
        ("5", "R", "Robot", "RT_Robot"),
    )
    data = read_schedule(xer(project(), rsrc, tasks, links).encode())
    a, b = data.activities
    assert (a.type, b.type) == ("task", "task")
    assert a.status == "in_progress"  # from the actual start
    assert (a.duration_type, a.constraint_type, a.percent_complete_type) == (None, None, None)
    assert (a.total_float_hours, a.planned_start) == (None, None)
    assert data.relationships[0].type == "FS"
    assert data.resources[0].type == "labor"
    text = "\n".join(data.warnings)
    assert "2 rows have an unknown task_type 'TT_Hammock'" in text
    for fragment in (
        "'TK_Paused'",
        "'DT_Odd'",
        "'CS_Weird'",
        "'CP_Other'",
        "'PR_XX'",
        "'RT_Robot'",
        "malformed numbers in TASK.total_float_hr_cnt",
        "malformed dates",
    ):
        assert fragment in text


def test_resources_rates_units_assignments_notes_and_project_names() -> None:
    tables = [
        table("UMEASURE", ("unit_id", "unit_abbrev", "unit_name"), ("3", "m3", "Cubic metre")),
        project(),
        table(
            "PROJWBS",
            ("wbs_id", "proj_id", "proj_node_flag", "wbs_short_name", "wbs_name", "parent_wbs_id"),
            ("10", "1", "Y", "P1", "Bridge\x7fReplacement", "1"),
            ("11", "1", "N", "A", "Deck", "10"),
        ),
        table(
            "RSRC",
            ("rsrc_id", "rsrc_short_name", "rsrc_name", "rsrc_type", "unit_id"),
            ("5", "CONC", "Concrete", "RT_Mat", "3"),
            ("6", "ENG", "Engineer", "RT_Labor", ""),
        ),
        table(
            "RSRCRATE",
            ("rsrc_rate_id", "rsrc_id", "max_qty_per_hr", "cost_per_qty", "start_date"),
            ("1", "6", "1", "90", "2024-06-01 00:00"),
            ("2", "6", "2", "80", "2024-01-01 00:00"),
        ),
        table("TASK", TASK_FIELDS, task(task_id="1", proj_id="1", wbs_id="11", clndr_id="4")),
        table(
            "TASKMEMO",
            ("memo_id", "task_id", "memo_type_id", "task_notes"),
            ("1", "1", "1", "first"),
            ("2", "1", "2", "second"),
        ),
        table(
            "TASKRSRC",
            (
                "taskrsrc_id",
                "task_id",
                "proj_id",
                "rsrc_id",
                "target_qty",
                "act_reg_qty",
                "act_ot_qty",
                "remain_qty",
                "target_cost",
                "act_reg_cost",
                "act_ot_cost",
                "act_start_date",
                "restart_date",
                "target_start_date",
                "reend_date",
                "target_end_date",
            ),
            (
                "7",
                "1",
                "1",
                "6",
                "40",
                "10",
                "2",
                "28",
                "3600",
                "900",
                "180",
                "",
                "2024-02-01 08:00",
                "2024-01-01 08:00",
                "",
                "2024-01-31 17:00",
            ),
        ),
    ]
    data = read_schedule(xer(*tables).encode())
    concrete, engineer = data.resources
    assert (concrete.code, concrete.type, concrete.unit_of_measure, concrete.cost_per_unit) == (
        "CONC",
        "material",
        "m3",
        None,
    )
    assert (engineer.type, engineer.max_units_per_hour, engineer.cost_per_unit) == (
        "labor",
        1.0,
        90.0,
    )  # latest rate
    (a,) = data.assignments
    assert (a.id, a.activity_id, a.resource_id, a.project_id) == ("7", "1", "6", "1")
    assert (a.budgeted_units, a.actual_units, a.remaining_units) == (40.0, 12.0, 28.0)
    assert (a.budgeted_cost, a.actual_cost) == (3600.0, 1080.0)
    assert (a.start, a.finish) == (datetime(2024, 2, 1, 8), datetime(2024, 1, 31, 17))
    (activity,) = data.activities
    assert (activity.wbs_id, activity.calendar_id, activity.notes) == ("11", "4", "first\n\nsecond")
    (p,) = data.projects
    assert (p.id, p.code, p.name, p.data_date) == (
        "1",
        "P1",
        "Bridge\nReplacement",
        datetime(2024, 3, 1, 8),
    )
    assert p.planned_start == datetime(2024, 1, 1, 8)
    root, deck = data.wbs
    assert (root.is_project_root, root.parent_id, deck.parent_id, deck.code) == (
        True,
        None,
        "10",
        "A",
    )
