"""Best-practice and configuration checks."""

from __future__ import annotations

from kazinex_planner.quality_checks import QualityConfig

from ._asserts import assert_check, assert_not_applicable
from ._builder import ScheduleBuilder, check_of, day, ids


def _dense(links: int, activities: int = 10) -> ScheduleBuilder:
    """``activities`` activities joined by ``links`` internal links (pairs cycle round)."""
    names = ids("A", activities)
    builder = ScheduleBuilder().activities_(names)
    for i in range(links):
        builder.link(names[i % activities], names[(i + 1 + i // activities) % activities])
    return builder.link("X", names[0], external=True)  # external links never count


class TestLogicDensity:
    def test_one_and_a_half_links_per_activity_passes(self) -> None:
        assert_check(
            check_of(_dense(15).build(), "logic-density"), value=1.5, verdict="pass", score=100.0
        )

    def test_two_and_a_half_is_the_top_of_the_healthy_range(self) -> None:
        assert_check(
            check_of(_dense(25).build(), "logic-density"), value=2.5, verdict="pass", score=100.0
        )

    def test_sparse_logic_warns(self) -> None:
        # 1.2 in the 1.0–1.5 band: 99 − 49 · 0.3 / 0.5.
        result = check_of(_dense(12).build(), "logic-density")
        assert_check(result, value=1.2, verdict="warning", score=69.6)

    def test_redundant_logic_warns(self) -> None:
        # 3.0 is 0.5 above 2.5: 99 − 49 · 0.5 / 2.5.
        result = check_of(_dense(30).build(), "logic-density")
        assert_check(result, value=3.0, verdict="warning", score=89.2)

    def test_very_sparse_logic_fails(self) -> None:
        result = check_of(_dense(5).build(), "logic-density")
        assert_check(result, value=0.5, verdict="fail", score=24.5)

    def test_no_activities_is_not_applicable(self) -> None:
        assert_not_applicable(check_of(ScheduleBuilder().build(), "logic-density"))


class TestBaselineIntegrity:
    @staticmethod
    def _baselined(count: int) -> ScheduleBuilder:
        return ScheduleBuilder().activities_(
            ids("A", count), baseline_start=day(0), baseline_finish=day(5)
        )

    def test_complete_baseline_passes_and_milestones_need_one_date(self) -> None:
        builder = self._baselined(3)
        builder.activity("S", type="start_milestone", baseline_start=day(0))
        builder.activity("F", type="finish_milestone", baseline_finish=day(9))
        result = check_of(builder.build(), "baseline-integrity")
        assert_check(result, value=0.0, verdict="pass", score=100.0)

    def test_one_gap_in_a_hundred_warns(self) -> None:
        builder = self._baselined(99).activity("NEW")
        result = check_of(builder.build(), "baseline-integrity")
        assert_check(result, value=1.0, verdict="warning", score=50.0, affected=["NEW"])

    def test_missing_and_reversed_baselines_fail(self) -> None:
        builder = self._baselined(7)
        builder.activity("NO-FINISH", baseline_start=day(0))
        builder.activity("NO-START", baseline_finish=day(3))
        builder.activity("REVERSED", baseline_start=day(5), baseline_finish=day(1))
        result = check_of(builder.build(), "baseline-integrity")
        # 30 % against the 1 % limit: 49 · 70 / 99.
        assert_check(
            result,
            value=30.0,
            verdict="fail",
            score=34.6,
            affected=["NO-FINISH", "NO-START", "REVERSED"],
        )

    def test_no_baseline_is_not_applicable(self) -> None:
        builder = ScheduleBuilder().activities_(ids("A", 3))
        assert_not_applicable(check_of(builder.build(), "baseline-integrity"))


class TestConfigActivityType:
    def test_every_type_is_allowed_by_default(self) -> None:
        builder = ScheduleBuilder().activity("T").activity("R", type="resource_dependent")
        builder.activity("L", type="level_of_effort")
        result = check_of(builder.build(), "config-activity-type")
        assert_check(result, value=0, verdict="pass", score=100.0)

    def test_a_narrowed_allow_list_warns_on_one_in_a_hundred(self) -> None:
        config = QualityConfig(allowed_activity_types=frozenset({"task"}))
        builder = ScheduleBuilder().activities_(ids("A", 99)).activity("L", type="level_of_effort")
        result = check_of(builder.build(), "config-activity-type", config)
        assert_check(result, value=1, verdict="warning", score=50.0, affected=["L"])
        assert "allow-list (task)" in result.description

    def test_a_narrowed_allow_list_fails_on_many(self) -> None:
        config = QualityConfig(allowed_activity_types=frozenset({"task", "finish_milestone"}))
        builder = ScheduleBuilder().activity("T").activity("R", type="resource_dependent")
        result = check_of(builder.build(), "config-activity-type", config)
        # 50 % against the 1 % limit.
        assert_check(result, value=1, verdict="fail", score=24.7, affected=["R"])

    def test_no_activities_is_not_applicable(self) -> None:
        assert_not_applicable(check_of(ScheduleBuilder().build(), "config-activity-type"))
