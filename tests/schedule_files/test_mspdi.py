"""MSPDI field mapping: units, codes, outline-based WBS, excluded elements, warnings."""

from __future__ import annotations

from datetime import datetime

import pytest

from kazinex_planner.schedule_files import inspect_schedule, read_schedule
from kazinex_planner.schedule_files._mspdi import iso_duration_hours
from tests.schedule_files._builders import element, mspdi

LINK_TYPES = {0: "FF", 1: "FS", 2: "SF", 3: "SS"}
CONSTRAINTS = {
    0: "as_soon_as_possible",
    1: "as_late_as_possible",
    2: "must_start_on",
    3: "must_finish_on",
    4: "start_on_or_after",
    5: "start_on_or_before",
    6: "finish_on_or_after",
    7: "finish_on_or_before",
}


def link(pred: int, kind: int = 1, lag: int = 0, **extra: str | int) -> str:
    return element("PredecessorLink", PredecessorUID=pred, Type=kind, LinkLag=lag, **extra)


def build() -> bytes:
    tasks = [
        element("Task", UID=0, ID=0, Name="Project summary", OutlineLevel=0, Summary=1),
        element("Task", UID=1, ID=1, Name="Phase 1", OutlineLevel=1, Summary=1, WBS="1"),
        element(
            "Task",
            UID=2,
            ID=2,
            Name="Design",
            OutlineLevel=2,
            Duration="PT40H0M0S",
            RemainingDuration="PT16H30M0S",
            PercentComplete=60,
            Start="2024-01-08T08:00:00",
            Finish="2024-01-12T17:00:00",
            ActualStart="2024-01-08T08:00:00",
            TotalSlack=4800,
            FreeSlack=-2400,
            Critical=0,
            ConstraintType=4,
            ConstraintDate="2024-01-08T08:00:00",
            CalendarUID=-1,
            Type=1,
            Notes="Check the drawings",
        ),
        element("Task", UID=3, ID=3, Name="Sub phase", OutlineLevel=2, Summary=1, WBS="1.2"),
        element(
            "Task",
            UID=4,
            ID=4,
            Name="Build",
            OutlineLevel=3,
            Duration="P1DT4H",
            Critical=1,
            ConstraintType=2,
            Type=2,
            CalendarUID=3,
            PercentComplete=100,
            ActualFinish="2024-02-01T17:00:00",
        ).replace(
            "</Task>",
            link(2, 1, 4800)
            + link(99, 3, -600)
            + link(1, 0, 0)
            + element("Baseline", Number=1, Start="2023-01-01T08:00:00")
            + element(
                "Baseline", Number=0, Start="2024-01-01T08:00:00", Finish="2024-01-31T17:00:00"
            )
            + "</Task>",
        ),
        element("Task", UID=5, ID=5, Name="Null", IsNull=1),
        element(
            "Task",
            UID=6,
            ID=6,
            Name="Handover",
            OutlineLevel=1,
            Milestone=1,
            Duration="PT0H0M0S",
            ConstraintType=9,
        ).replace(
            "</Task>", link(4, 2, 0, CrossProject=1) + link(4, 1, 100, LagFormat=19) + "</Task>"
        ),
    ]
    resources = [
        element("Resource", UID=0, Name="hidden"),
        element(
            "Resource",
            UID=1,
            ID=1,
            Name="Alice",
            Type=1,
            Initials="AL",
            MaxUnits="1.00",
            StandardRate=55.5,
        ),
        element("Resource", UID=2, ID=2, Name="Concrete", Type=0, MaterialLabel="m3"),
        element("Resource", UID=3, ID=3, Name="Budget", Type=2),
        element("Resource", UID=4, ID=4, Name="Odd", Type=7),
    ]
    assignments = [
        element(
            "Assignment",
            UID=1,
            TaskUID=2,
            ResourceUID=1,
            Work="PT40H0M0S",
            ActualWork="PT24H0M0S",
            RemainingWork="PT16H0M0S",
            Cost=2220,
            ActualCost=1332,
            Start="2024-01-08T08:00:00",
            Finish="2024-01-12T17:00:00",
        ),
        element("Assignment", UID=2, TaskUID=4, ResourceUID=-65535),
    ]
    week = "".join(
        element("WeekDay", DayType=d, DayWorking=0 if d in (1, 7) else 1).replace(
            "</WeekDay>",
            "<WorkingTimes>"
            + element("WorkingTime", FromTime="08:00:00", ToTime="12:00:00")
            + element("WorkingTime", FromTime="13:00:00", ToTime="17:00:00")
            + "</WorkingTimes></WeekDay>",
        )
        for d in range(1, 8)
    )
    calendars = element("Calendar", UID=1, Name="Standard").replace(
        "</Calendar>", f"<WeekDays>{week}</WeekDays></Calendar>"
    ) + element("Calendar", UID=3, Name="Night", BaseCalendarUID=1)
    return mspdi(
        "<SaveVersion>14</SaveVersion><Name>plan.xml</Name><Title>Big Plan</Title>"
        "<StartDate>2024-01-08T08:00:00</StartDate><FinishDate>2024-03-01T17:00:00</FinishDate>"
        "<CurrentDate>2024-02-01T08:00:00</CurrentDate><StatusDate>2024-01-31T17:00:00</StatusDate>"
        f"<Calendars>{calendars}</Calendars><Tasks>{''.join(tasks)}</Tasks>"
        f"<Resources>{''.join(resources)}</Resources>"
        f"<Assignments>{''.join(assignments)}</Assignments>"
    )


def test_counts_follow_the_definitions() -> None:
    s = inspect_schedule(build())
    assert (s.format, s.version, s.encoding, s.project_count) == ("mspdi", "14", "utf-8", 1)
    assert s.activity_count == 3  # not UID 0, not the null task, not the 2 summaries
    assert s.wbs_count == 2
    assert s.relationship_count == 5
    assert s.resource_count == 4  # UID 0 excluded
    assert s.assignment_count == 1  # the unassigned one excluded
    assert s.calendar_count == 2
    assert s.data_date == datetime(2024, 1, 31, 17)  # StatusDate wins over CurrentDate
    (p,) = s.projects
    assert (p.code, p.name, p.activity_count, p.wbs_count) == ("Big Plan", "Big Plan", 3, 2)
    assert "2 relationships reference activities outside the file (external links)" in s.warnings


def test_activity_fields() -> None:
    data = read_schedule(build())
    design, build_, handover = data.activities
    assert [a.id for a in data.activities] == ["2", "4", "6"]
    assert design.original_duration_hours == 40.0
    assert design.remaining_duration_hours == 16.5
    assert design.total_float_hours == 8.0  # 4800 tenths of minutes
    assert design.free_float_hours == -4.0
    assert design.status == "in_progress"
    assert design.percent_complete == 60.0
    assert design.percent_complete_type == "duration"
    assert design.constraint_type == "start_on_or_after"
    assert design.constraint_date == datetime(2024, 1, 8, 8)
    assert design.calendar_id is None  # -1: the project calendar
    assert design.duration_type == "fixed_duration"
    assert design.notes == "Check the drawings"
    assert design.type == "task"
    assert not design.is_critical
    assert (design.wbs_id, build_.wbs_id, handover.wbs_id) == ("1", "3", None)
    assert build_.original_duration_hours == 28.0  # P1DT4H, D = 24 h
    assert build_.status == "completed"
    assert build_.is_critical
    assert build_.constraint_type == "must_start_on"
    assert build_.duration_type == "fixed_work"
    assert build_.calendar_id == "3"
    assert (build_.baseline_start, build_.baseline_finish) == (
        datetime(2024, 1, 1, 8),
        datetime(2024, 1, 31, 17),
    )
    assert design.baseline_start is None
    assert handover.type == "finish_milestone"
    assert handover.constraint_type is None
    assert handover.status == "not_started"
    assert any("ConstraintType '9'" in w for w in data.warnings)
    assert {a.project_id for a in data.activities} == {"Big Plan"} == {data.projects[0].id}


def test_wbs_links_resources_assignments_calendars() -> None:
    data = read_schedule(build())
    assert [(w.id, w.code, w.name, w.parent_id) for w in data.wbs] == [
        ("1", "1", "Phase 1", None),
        ("3", "1.2", "Sub phase", "1"),
    ]
    links = [
        (r.predecessor_id, r.successor_id, r.type, r.lag_hours, r.is_external)
        for r in data.relationships
    ]
    assert links == [
        ("2", "4", "FS", 8.0, False),
        ("99", "4", "SS", -1.0, True),
        ("1", "4", "FF", 0.0, False),
        ("4", "6", "SF", 0.0, True),  # CrossProject=1
        ("4", "6", "FS", 0.0, False),  # a percentage lag is not read as hours
    ]
    assert len({r.id for r in data.relationships}) == 5
    assert "1 percentage lags were read as 0 hours" in data.warnings
    res = {r.id: r for r in data.resources}
    assert sorted(res) == ["1", "2", "3", "4"]
    assert (res["1"].code, res["1"].type, res["1"].max_units_per_hour, res["1"].cost_per_unit) == (
        "AL",
        "labor",
        1.0,
        55.5,
    )
    assert (res["2"].type, res["2"].unit_of_measure) == ("material", "m3")
    assert res["3"].type == "nonlabor"
    assert res["4"].type == "labor"
    assert any("unknown Type '7'" in w for w in data.warnings)
    (a,) = data.assignments
    assert (a.activity_id, a.resource_id, a.budgeted_units, a.actual_units, a.remaining_units) == (
        "2",
        "1",
        40.0,
        24.0,
        16.0,
    )
    assert (a.budgeted_cost, a.actual_cost, a.start) == (2220.0, 1332.0, datetime(2024, 1, 8, 8))
    std, night = data.calendars
    assert (std.id, std.name, std.hours_per_day) == ("1", "Standard", 8.0)
    assert night.hours_per_day is None
    (p,) = data.projects
    assert (p.code, p.name, p.planned_start, p.planned_finish) == (
        "Big Plan",
        "Big Plan",
        datetime(2024, 1, 8, 8),
        datetime(2024, 3, 1, 17),
    )


def test_project_code_prefers_the_file_name(tmp_path: object) -> None:
    from pathlib import Path

    path = Path(str(tmp_path)) / "Tower_Update_07.xml"
    path.write_bytes(build())
    s = inspect_schedule(path)
    assert (s.projects[0].code, s.projects[0].name) == ("Tower_Update_07", "Big Plan")
    untitled = mspdi("<Name>site.xml</Name>")
    assert inspect_schedule(untitled).projects[0].code == "site"
    assert inspect_schedule(untitled).projects[0].name == "site.xml"


def test_current_date_when_no_status_date() -> None:
    s = inspect_schedule(mspdi("<CurrentDate>2024-05-06T08:00:00</CurrentDate>"))
    assert s.data_date == datetime(2024, 5, 6, 8)
    assert s.version is None


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("PT8H0M0S", 8.0),
        ("PT0H30M0S", 0.5),
        ("PT1.5H", 1.5),
        ("-PT8H0M0S", -8.0),
        ("P2D", 48.0),
        ("P1W", 168.0),
        ("PT0S", 0.0),
        ("PT36S", 0.01),
        ("", None),
        ("PT", None),
        ("8h", None),
    ],
)
def test_iso_durations(text: str, hours: float | None) -> None:
    assert iso_duration_hours(text) == hours


@pytest.mark.parametrize(("code", "kind"), sorted(LINK_TYPES.items()))
def test_link_types(code: int, kind: str) -> None:
    tasks = element("Task", UID=1, Name="a") + element("Task", UID=2, Name="b").replace(
        "</Task>", link(1, code) + "</Task>"
    )
    (rel,) = read_schedule(mspdi(f"<Tasks>{tasks}</Tasks>")).relationships
    assert rel.type == kind


@pytest.mark.parametrize(("code", "constraint"), sorted(CONSTRAINTS.items()))
def test_constraint_types(code: int, constraint: str) -> None:
    doc = mspdi(f"<Tasks>{element('Task', UID=1, Name='a', ConstraintType=code)}</Tasks>")
    assert read_schedule(doc).activities[0].constraint_type == constraint


def test_large_mspdi_stays_streaming() -> None:
    """Thousands of tasks: counts stay right and every processed element is released."""
    tasks = "".join(
        element("Task", UID=i, Name=f"t{i}", OutlineLevel=1, Duration="PT8H0M0S").replace(
            "</Task>", (link(i - 1) if i > 1 else "") + "</Task>"
        )
        for i in range(1, 5001)
    )
    s = inspect_schedule(mspdi(f"<Tasks>{tasks}</Tasks>"))
    assert (s.activity_count, s.relationship_count, s.warnings) == (5000, 4999, ())
