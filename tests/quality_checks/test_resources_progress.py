"""Resource and progress checks."""

from __future__ import annotations

from datetime import datetime

import pytest

from ._asserts import assert_check, assert_not_applicable
from ._builder import ScheduleBuilder, check_of, day, ids


class TestMissingResources:
    @staticmethod
    def _loaded(unassigned: int, total: int = 20) -> ScheduleBuilder:
        builder = ScheduleBuilder().resource()
        for i, name in enumerate(ids("A", total)):
            builder.activity(name)
            if i >= unassigned:
                builder.assign(name)
        # Milestones and LOE are exempt even without assignments.
        builder.activity("MS", type="finish_milestone", original_duration_hours=0.0)
        return builder.activity("LOE", type="level_of_effort")

    def test_one_unassigned_in_twenty_passes(self) -> None:
        result = check_of(self._loaded(1).build(), "missing-resources")
        assert_check(result, value=5.0, verdict="pass", score=100.0, affected=["A001"])

    def test_two_unassigned_in_twenty_warns(self) -> None:
        result = check_of(self._loaded(2).build(), "missing-resources")
        assert_check(result, value=10.0, verdict="warning", score=50.0, affected=["A001", "A002"])

    def test_no_assignments_at_all_fails_with_zero(self) -> None:
        result = check_of(self._loaded(3, total=3).build(), "missing-resources")
        assert_check(result, value=100.0, verdict="fail", score=0.0, affected=ids("A", 3))

    def test_schedule_without_resources_is_not_applicable(self) -> None:
        builder = ScheduleBuilder().activities_(ids("A", 3))
        assert_not_applicable(check_of(builder.build(), "missing-resources"))


class TestInvalidProgress:
    def test_consistent_progress_passes(self) -> None:
        builder = ScheduleBuilder()
        builder.activity(
            "DONE",
            status="completed",
            percent_complete=100.0,
            actual_start=day(-5),
            actual_finish=day(-1),
        )
        builder.activity("RUN", status="in_progress", percent_complete=40.0, actual_start=day(-2))
        builder.activity("TODO", percent_complete=0.0).activity("UNKNOWN", percent_complete=None)
        result = check_of(builder.build(), "invalid-progress")
        assert_check(result, value=0, verdict="pass", score=100.0)

    @pytest.mark.parametrize(
        ("fields", "reason"),
        [
            ({"percent_complete": -5.0}, "percent complete outside 0–100"),
            (
                {"percent_complete": 120.0, "actual_finish": day(-1)},
                "percent complete outside 0–100",
            ),
            ({"percent_complete": 100.0}, "100 % complete without an actual finish"),
            (
                {"percent_complete": 80.0, "actual_finish": day(-1)},
                "actual finish with less than 100 % complete",
            ),
            ({"status": "in_progress"}, "in progress without an actual start"),
        ],
    )
    def test_each_rule_flags_one_activity_in_a_hundred(
        self, fields: dict[str, object], reason: str
    ) -> None:
        builder = ScheduleBuilder().activities_(ids("A", 99), percent_complete=0.0)
        builder.activity("BAD", **fields)
        result = check_of(builder.build(), "invalid-progress")
        assert_check(result, value=1, verdict="warning", score=50.0, affected=["BAD"])
        assert reason in result.description

    def test_many_invalid_activities_fail(self) -> None:
        builder = ScheduleBuilder().activity("OK", percent_complete=0.0)
        builder.activity("B1", percent_complete=100.0).activity("B2", status="in_progress")
        result = check_of(builder.build(), "invalid-progress")
        # 2 of 3 activities: 66.7 % against the 1 % limit.
        assert_check(result, value=2, verdict="fail", score=16.5, affected=["B1", "B2"])

    def test_no_activities_is_not_applicable(self) -> None:
        assert_not_applicable(check_of(ScheduleBuilder().build(), "invalid-progress"))


def _progressed(
    pred: dict[str, datetime], succ: dict[str, datetime], link_type: str, lag: float = 0.0
) -> ScheduleBuilder:
    """One link between two progressed activities, plus in-sequence filler links."""
    builder = ScheduleBuilder()
    builder.activity("P", status="completed", **pred).activity("S", status="completed", **succ)
    builder.link("P", "S", link_type, lag)  # type: ignore[arg-type]
    return builder


class TestOutOfSequenceProgress:
    @pytest.mark.parametrize(
        ("link_type", "pred", "succ"),
        [
            ("FS", {"actual_finish": day(-5)}, {"actual_start": day(-6)}),
            ("SS", {"actual_start": day(-5)}, {"actual_start": day(-6)}),
            ("FF", {"actual_finish": day(-5)}, {"actual_finish": day(-6)}),
            ("SF", {"actual_start": day(-5)}, {"actual_finish": day(-6)}),
        ],
    )
    def test_each_link_type_compares_its_own_dates(
        self, link_type: str, pred: dict[str, datetime], succ: dict[str, datetime]
    ) -> None:
        result = check_of(_progressed(pred, succ, link_type).build(), "out-of-sequence-progress")
        assert_check(result, value=1, verdict="fail", score=0.0, affected=["P", "S"])

    def test_work_in_sequence_passes(self) -> None:
        builder = _progressed({"actual_finish": day(-5)}, {"actual_start": day(-5)}, "FS")
        result = check_of(builder.build(), "out-of-sequence-progress")
        assert_check(result, value=0, verdict="pass", score=100.0)

    def test_lags_are_honoured(self) -> None:
        # Predecessor finished Monday 08:00; a 16 h lag is two working days = 2.8 days
        # elapsed, so a successor starting Tuesday broke the sequence.
        pred = {"actual_finish": datetime(2023, 12, 25, 8, 0)}
        early = _progressed(pred, {"actual_start": datetime(2023, 12, 26, 8, 0)}, "FS", 16.0)
        late = _progressed(pred, {"actual_start": datetime(2023, 12, 28, 8, 0)}, "FS", 16.0)
        lead = _progressed(pred, {"actual_start": datetime(2023, 12, 24, 8, 0)}, "FS", -16.0)
        assert check_of(early.build(), "out-of-sequence-progress").value == 1
        assert check_of(late.build(), "out-of-sequence-progress").value == 0
        assert check_of(lead.build(), "out-of-sequence-progress").value == 0

    def test_one_violation_in_a_hundred_tested_links_warns(self) -> None:
        builder = ScheduleBuilder()
        names = ids("A", 100)
        for i, name in enumerate(names):
            builder.activity(
                name, status="completed", actual_start=day(-200 + i), actual_finish=day(-199 + i)
            )
        builder.chain(names)  # 99 links in sequence
        builder.activity(
            "LATE", status="completed", actual_start=day(-300), actual_finish=day(-299)
        )
        builder.link("A100", "LATE")
        result = check_of(builder.build(), "out-of-sequence-progress")
        assert_check(result, value=1, verdict="warning", score=50.0, affected=["A100", "LATE"])

    def test_successor_started_before_an_unfinished_predecessor(self) -> None:
        # FS: the successor started while the predecessor has no actual finish yet.
        builder = ScheduleBuilder()
        builder.activity("P", status="in_progress", actual_start=day(-3))
        builder.activity("S", status="in_progress", actual_start=day(-2))
        builder.link("P", "S", "FS")
        result = check_of(builder.build(), "out-of-sequence-progress")
        assert result.verdict == "fail"
        assert result.affected_activity_ids == ("P", "S")

    def test_links_whose_successor_has_not_progressed_are_not_judged(self) -> None:
        builder = ScheduleBuilder()
        builder.activity("P", status="in_progress", actual_start=day(-3))
        builder.activity("S")
        builder.link("P", "S", "FS")
        assert_not_applicable(check_of(builder.build(), "out-of-sequence-progress"))
