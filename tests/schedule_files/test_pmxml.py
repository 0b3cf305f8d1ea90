"""PMXML (P6 XML), best effort: a small hand-written export with two projects."""

from __future__ import annotations

from datetime import datetime

from kazinex_planner.schedule_files import inspect_schedule, read_schedule
from tests.schedule_files._builders import element

NS = "http://xmlns.oracle.com/Primavera/P6/V19.12/API/BusinessObjects"


def build(version_attribute: str = "") -> bytes:
    p1 = "".join(
        [
            "<ObjectId>1</ObjectId><Id>P-ONE</Id><Name>Plant One</Name>",
            "<DataDate>2024-02-01T08:00:00</DataDate>",
            "<PlannedStartDate>2024-01-08T08:00:00</PlannedStartDate>",
            "<ScheduledFinishDate>2024-06-28T17:00:00</ScheduledFinishDate>",
            element("WBS", ObjectId=10, ProjectObjectId=1, Code="1", Name="Civil"),
            element(
                "WBS", ObjectId=11, ProjectObjectId=1, ParentObjectId=10, Code="1.1", Name="Piles"
            ),
            element(
                "Activity",
                ObjectId=100,
                ProjectObjectId=1,
                Id="A100",
                Name="Piling – Zone Ä",
                Type="Task Dependent",
                Status="In Progress",
                WBSObjectId=11,
                CalendarObjectId=5,
                PlannedDuration=80,
                RemainingDuration=40,
                TotalFloat=-8,
                FreeFloat=0,
                PlannedStartDate="2024-01-08T08:00:00",
                ActualStartDate="2024-01-08T08:00:00",
                PercentCompleteType="Physical",
                PhysicalPercentComplete=0.5,
                DurationType="Fixed Duration and Units",
                PrimaryConstraintType="Start On or After",
                PrimaryConstraintDate="2024-01-08T08:00:00",
            ),
            element(
                "Activity",
                ObjectId=101,
                ProjectObjectId=1,
                Id="M1",
                Name="Piles done",
                Type="Finish Milestone",
                Status="Not Started",
                PlannedDuration=0,
                TotalFloat=40,
                PercentComplete=0,
                IsCritical="true",
            ),
            element(
                "Activity",
                ObjectId=102,
                ProjectObjectId=1,
                Id="X",
                Name="Odd",
                Type="Hammock",
                Status="Paused",
            ),
            element(
                "Relationship",
                ObjectId=7,
                PredecessorActivityObjectId=100,
                SuccessorActivityObjectId=101,
                Type="Start to Start",
                Lag=16,
                PredecessorProjectObjectId=1,
                SuccessorProjectObjectId=1,
            ),
            element(
                "ResourceAssignment",
                ObjectId=70,
                ProjectObjectId=1,
                ActivityObjectId=100,
                ResourceObjectId=30,
                PlannedUnits=80,
                ActualUnits=40,
                RemainingUnits=40,
                PlannedCost=4000,
                ActualCost=2000,
                StartDate="2024-01-08T08:00:00",
            ),
        ]
    )
    p2 = (
        "<ObjectId>2</ObjectId><Id>P-TWO</Id><Name>Plant Two</Name>"
        + element(
            "Activity",
            ObjectId=200,
            ProjectObjectId=2,
            Id="B1",
            Name="Other",
            Type="Level of Effort",
            Status="Completed",
            PercentComplete=1,
        )
        + element(
            "Relationship",
            ObjectId=8,
            PredecessorActivityObjectId=999,
            SuccessorActivityObjectId=200,
            Type="Finish to Start",
            SuccessorProjectObjectId=2,
        )
    )
    baseline = (
        "<BaselineProject><ObjectId>9</ObjectId>"
        + element("Activity", ObjectId=900)
        + "</BaselineProject>"
    )
    top = (
        element("Calendar", ObjectId=5, Name="Std 5x8", HoursPerDay=8, Type="Global")
        + element("Calendar", ObjectId=6, Name="P2 cal", HoursPerDay=10, ProjectObjectId=2)
        + element(
            "Resource",
            ObjectId=30,
            Id="CRANE",
            Name="Crane",
            ResourceType="Nonlabor",
            MaxUnitsPerTime=1,
            PricePerUnit=50,
        )
        + element("Resource", ObjectId=31, Id="LAB", Name="Labour", ResourceType="Labor")
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<APIBusinessObjects xmlns="{NS}"{version_attribute}>\n'
        f"{top}<Project>{p1}</Project><Project>{p2}</Project>{baseline}</APIBusinessObjects>\n"
    ).encode()


def test_counts() -> None:
    s = inspect_schedule(build())
    assert (s.format, s.version, s.encoding) == ("pmxml", "19.12", "utf-8")
    assert s.project_count == 2
    assert (s.activity_count, s.relationship_count, s.resource_count) == (4, 2, 2)
    assert (s.assignment_count, s.calendar_count, s.wbs_count) == (1, 2, 2)
    one, two = s.projects
    assert (one.code, one.name, one.activity_count, one.wbs_count, one.resource_count) == (
        "P-ONE",
        "Plant One",
        3,
        2,
        1,
    )
    assert (two.code, two.activity_count, two.relationship_count, two.calendar_count) == (
        "P-TWO",
        1,
        1,
        1,
    )
    assert s.data_date == datetime(2024, 2, 1, 8)
    assert "1 relationships reference activities outside the file (external links)" in s.warnings
    assert "1 records inside BaselineProject elements were not read" in s.warnings


def test_version_attribute_wins() -> None:
    assert inspect_schedule(build(' version="23.12"')).version == "23.12"


def test_records() -> None:
    data = read_schedule(build())
    piling, milestone, odd, other = data.activities
    assert (piling.id, piling.project_id, piling.code, piling.name) == (
        "100",
        "1",
        "A100",
        "Piling – Zone Ä",
    )
    assert (piling.type, piling.status, piling.wbs_id, piling.calendar_id) == (
        "task",
        "in_progress",
        "11",
        "5",
    )
    assert (piling.original_duration_hours, piling.remaining_duration_hours) == (80.0, 40.0)
    assert (piling.total_float_hours, piling.is_critical) == (-8.0, True)
    assert (piling.percent_complete, piling.percent_complete_type) == (50.0, "physical")
    assert piling.duration_type == "fixed_duration_and_units"
    assert (piling.constraint_type, piling.constraint_date) == (
        "start_on_or_after",
        datetime(2024, 1, 8, 8),
    )
    assert (milestone.type, milestone.is_critical, milestone.percent_complete) == (
        "finish_milestone",
        True,
        0.0,
    )
    assert (odd.type, odd.status) == ("task", "not_started")
    assert any("unknown Type 'Hammock'" in w for w in data.warnings)
    assert (other.type, other.status, other.percent_complete) == (
        "level_of_effort",
        "completed",
        100.0,
    )
    ss, ext = data.relationships
    assert (ss.type, ss.lag_hours, ss.is_external) == ("SS", 16.0, False)
    assert (ext.type, ext.is_external) == ("FS", True)
    assert [(w.id, w.parent_id) for w in data.wbs] == [("10", None), ("11", "10")]
    crane, labour = data.resources
    assert (crane.code, crane.type, crane.max_units_per_hour, crane.cost_per_unit) == (
        "CRANE",
        "nonlabor",
        1.0,
        50.0,
    )
    assert labour.type == "labor"
    (a,) = data.assignments
    assert (a.activity_id, a.resource_id, a.budgeted_units, a.actual_cost) == (
        "100",
        "30",
        80.0,
        2000.0,
    )
    assert [(c.id, c.hours_per_day, c.project_id) for c in data.calendars] == [
        ("5", 8.0, None),
        ("6", 10.0, "2"),
    ]
    assert [(p.id, p.code, p.name) for p in data.projects] == [
        ("1", "P-ONE", "Plant One"),
        ("2", "P-TWO", "Plant Two"),
    ]
    assert data.projects[0].planned_finish == datetime(2024, 6, 28, 17)
