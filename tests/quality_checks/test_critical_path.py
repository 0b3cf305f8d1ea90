"""Critical path checks: CPLI and the continuous-chain test."""

from __future__ import annotations

import pytest

from ._asserts import assert_check, assert_not_applicable
from ._builder import ScheduleBuilder, check_of, day, ids


class TestCriticalPathLength:
    """The data date is a Monday; 14 days later is 10 working days = 80 h at 8 h/day."""

    @staticmethod
    def _path(critical_float: float) -> ScheduleBuilder:
        builder = ScheduleBuilder()
        builder.activity("A", total_float_hours=40.0, early_start=day(0), early_finish=day(7))
        builder.activity(
            "C1", total_float_hours=critical_float, early_start=day(0), early_finish=day(7)
        )
        builder.activity(
            "C2", total_float_hours=critical_float, early_start=day(7), early_finish=day(14)
        )
        return builder.link("C1", "C2").link("A", "C2")

    def test_zero_float_path_has_cpli_one(self) -> None:
        result = check_of(self._path(0.0).build(), "critical-path-length")
        assert_check(result, value=1.0, verdict="pass", score=100.0)
        assert "66.7 % of incomplete activities with float are critical" in result.description

    def test_cpli_at_the_threshold_passes(self) -> None:
        result = check_of(self._path(-4.0).build(), "critical-path-length")
        assert_check(result, value=0.95, verdict="pass", score=100.0, affected=["C1", "C2"])

    def test_cpli_in_the_band_warns(self) -> None:
        result = check_of(self._path(-6.0).build(), "critical-path-length")
        # 0.925 in the 0.90–0.95 band: 99 − 49 · 0.025 / 0.05.
        assert_check(result, value=0.925, verdict="warning", score=74.5, affected=["C1", "C2"])

    def test_low_cpli_fails(self) -> None:
        result = check_of(self._path(-16.0).build(), "critical-path-length")
        # 0.8 below the 0.90 floor: 49 · 0.8 / 0.9.
        assert_check(result, value=0.8, verdict="fail", score=43.6, affected=["C1", "C2"])

    def test_without_critical_activities_the_lowest_float_path_is_used(self) -> None:
        builder = ScheduleBuilder()
        builder.activity("A", total_float_hours=80.0, early_finish=day(14))
        builder.activity("B", total_float_hours=120.0, early_finish=day(7))
        result = check_of(builder.build(), "critical-path-length")
        assert_check(result, value=2.0, verdict="pass", score=100.0)

    def test_without_a_data_date_the_earliest_start_is_used(self) -> None:
        builder = ScheduleBuilder(data_date=None)
        builder.activity("C", total_float_hours=-8.0, early_start=day(0), early_finish=day(14))
        result = check_of(builder.build(), "critical-path-length")
        assert_check(result, value=0.9, verdict="warning", score=50.0, affected=["C"])

    def test_twenty_four_hour_calendars_work_every_day(self) -> None:
        builder = ScheduleBuilder().calendar("CAL24", 24.0)
        builder.activity("C", calendar_id="CAL24", total_float_hours=-33.6, early_finish=day(14))
        # 14 days × 24 h = 336 h; (336 − 33.6) / 336 = 0.9.
        result = check_of(builder.build(), "critical-path-length")
        assert result.value == pytest.approx(0.9)

    def test_without_float_data_is_not_applicable(self) -> None:
        builder = ScheduleBuilder().activity("A", total_float_hours=None, early_finish=day(3))
        builder.activity("B", status="completed", total_float_hours=0.0, early_finish=day(3))
        assert_not_applicable(check_of(builder.build(), "critical-path-length"))

    def test_path_finishing_at_the_data_date_is_not_applicable(self) -> None:
        builder = ScheduleBuilder().activity("C", total_float_hours=0.0, early_finish=day(0))
        assert_not_applicable(check_of(builder.build(), "critical-path-length"))


class TestCriticalPathTest:
    @staticmethod
    def _chain(count: int, project: str = "P1", prefix: str = "C") -> ScheduleBuilder:
        return _add_chain(ScheduleBuilder(), count, project, prefix)

    def test_one_continuous_chain_passes(self) -> None:
        builder = self._chain(3).activity("FREE", total_float_hours=80.0)
        result = check_of(builder.build(), "critical-path-test")
        assert_check(result, value=0, verdict="pass", score=100.0)

    def test_each_project_has_its_own_chain(self) -> None:
        builder = self._chain(3)
        _add_chain(builder, 3, "P2", "D")
        result = check_of(builder.build(), "critical-path-test")
        assert_check(result, value=0, verdict="pass", score=100.0)

    def test_one_disconnected_critical_activity_in_a_hundred_warns(self) -> None:
        builder = self._chain(99).activity("ISLAND", total_float_hours=0.0, early_finish=day(1))
        result = check_of(builder.build(), "critical-path-test")
        assert_check(result, value=1, verdict="warning", score=50.0, affected=["ISLAND"])

    def test_critical_branches_and_flagged_activities_off_the_chain_fail(self) -> None:
        builder = self._chain(3)
        builder.activity("BRANCH", total_float_hours=0.0, early_finish=day(2)).link(
            "C001", "BRANCH"
        )
        builder.activity("FLAGGED", total_float_hours=16.0, is_critical=True, early_finish=day(2))
        builder.activity("DONE", status="completed", total_float_hours=0.0, early_finish=day(1))
        result = check_of(builder.build(), "critical-path-test")
        # 2 of 5 critical activities off the chain: 40 % against the 1 % limit.
        assert_check(result, value=2, verdict="fail", score=29.7, affected=["BRANCH", "FLAGGED"])

    def test_fewer_than_two_critical_activities_is_not_applicable(self) -> None:
        builder = ScheduleBuilder().activity("C", total_float_hours=0.0)
        builder.activity("A", total_float_hours=10.0)
        assert_not_applicable(check_of(builder.build(), "critical-path-test"))


def _add_chain(builder: ScheduleBuilder, count: int, project: str, prefix: str) -> ScheduleBuilder:
    """A zero-float finish-to-start chain whose early finishes increase day by day."""
    names = ids(prefix, count)
    for i, name in enumerate(names):
        builder.activity(name, project_id=project, total_float_hours=0.0, early_finish=day(i + 1))
    return builder.chain(names)
