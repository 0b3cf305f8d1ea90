"""Constraint checks: pass, warning, fail and not-applicable cases."""

from __future__ import annotations

import attrs

from ._asserts import assert_check, assert_not_applicable
from ._builder import ScheduleBuilder, chained, check_of, day, ids


class TestConstraintPercent:
    @staticmethod
    def _constrained(constraints: list[str | None]) -> ScheduleBuilder:
        builder = ScheduleBuilder()
        names = ids("A", 20)
        for name, constraint in zip(names, constraints + [None] * 20, strict=False):
            builder.activity(name, constraint_type=constraint)
        return builder

    def test_asap_is_not_a_constraint(self) -> None:
        builder = self._constrained(["start_on_or_after", "as_soon_as_possible"])
        result = check_of(builder.build(), "constraint-percent")
        assert_check(result, value=5.0, verdict="pass", score=100.0, affected=["A001"])

    def test_two_in_twenty_warns(self) -> None:
        builder = self._constrained(["as_late_as_possible", "finish_on_or_before"])
        result = check_of(builder.build(), "constraint-percent")
        assert_check(result, value=10.0, verdict="warning", score=50.0, affected=["A001", "A002"])

    def test_four_in_twenty_fails(self) -> None:
        builder = self._constrained(["must_start_on", "start_on", "finish_on", "mandatory_finish"])
        result = check_of(builder.build(), "constraint-percent")
        # 20 % against the 10 % failure limit: 49 · 80 / 90.
        assert_check(result, value=20.0, verdict="fail", score=43.6, affected=ids("A", 4))

    def test_no_activities_is_not_applicable(self) -> None:
        assert_not_applicable(check_of(ScheduleBuilder().build(), "constraint-percent"))


class TestDanglingActivities:
    def test_a_linked_network_passes(self) -> None:
        builder = chained(3).activity("EXT").link("OTHER", "EXT", external=True)
        result = check_of(builder.build(), "dangling-activities")
        assert_check(result, value=0, verdict="pass", score=100.0)

    def test_one_isolated_activity_in_a_hundred_warns(self) -> None:
        builder = chained(99).activity("ALONE")
        result = check_of(builder.build(), "dangling-activities")
        assert_check(result, value=1, verdict="warning", score=50.0, affected=["ALONE"])

    def test_one_isolated_activity_in_four_fails(self) -> None:
        builder = chained(3).activity("ALONE")
        result = check_of(builder.build(), "dangling-activities")
        assert_check(result, value=1, verdict="fail", score=37.1, affected=["ALONE"])

    def test_no_activities_is_not_applicable(self) -> None:
        assert_not_applicable(check_of(ScheduleBuilder().build(), "dangling-activities"))


class TestOpenEnded:
    @staticmethod
    def _network(tasks: int, *, start: bool = True, finish: bool = True) -> ScheduleBuilder:
        names = ids("A", tasks)
        if start:
            names = ["START", *names]
        if finish:
            names = [*names, "FINISH"]
        builder = ScheduleBuilder()
        for name in names:
            kind = {"START": "start_milestone", "FINISH": "finish_milestone"}.get(name, "task")
            builder.activity(
                name, type=kind, original_duration_hours=0.0 if kind != "task" else 40.0
            )
        return builder.chain(names)

    def test_project_start_and_finish_milestones_are_allowed(self) -> None:
        result = check_of(self._network(10).build(), "open-ended")
        assert_check(result, value=0, verdict="pass", score=100.0)

    def test_a_task_ending_the_network_warns(self) -> None:
        result = check_of(self._network(99, finish=False).build(), "open-ended")
        assert_check(result, value=1, verdict="warning", score=50.0, affected=["A099"])

    def test_only_one_start_milestone_per_project_is_excused(self) -> None:
        builder = self._network(2)
        builder.activities[0] = attrs.evolve(builder.activities[0], early_start=day(0))
        builder.activity("LATER-START", type="start_milestone", early_start=day(3))
        builder.link("LATER-START", "A002")
        result = check_of(builder.build(), "open-ended")
        # 1 of 5: 20 % against the 1 % limit: 49 · 80 / 99.
        assert_check(result, value=1, verdict="fail", score=39.6, affected=["LATER-START"])

    def test_tasks_at_both_ends_fail(self) -> None:
        result = check_of(self._network(3, start=False, finish=False).build(), "open-ended")
        # 2 of 3: 66.7 % against the 1 % limit: 49 · 33.3 / 99.
        assert_check(result, value=2, verdict="fail", score=16.5, affected=["A001", "A003"])

    def test_no_activities_is_not_applicable(self) -> None:
        assert_not_applicable(check_of(ScheduleBuilder().build(), "open-ended"))


class TestSfRelationships:
    def test_no_sf_links_pass(self) -> None:
        assert_check(
            check_of(chained(5).build(), "sf-relationships"), value=0, verdict="pass", score=100.0
        )

    def test_one_sf_link_in_a_hundred_warns(self) -> None:
        builder = chained(101)
        builder.link("A001", "A003", "SF")
        builder.relationships.pop(0)
        result = check_of(builder.build(), "sf-relationships")
        assert_check(result, value=1, verdict="warning", score=50.0, affected=["A001", "A003"])

    def test_one_sf_link_in_four_fails(self) -> None:
        builder = chained(4).link("A001", "A004", "SF")
        result = check_of(builder.build(), "sf-relationships")
        assert_check(result, value=1, verdict="fail", score=37.1, affected=["A001", "A004"])

    def test_no_links_is_not_applicable(self) -> None:
        assert_not_applicable(check_of(ScheduleBuilder().activity("A").build(), "sf-relationships"))
