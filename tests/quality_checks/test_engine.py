"""The engine as a whole: report shape, population rules, robustness and speed."""

from __future__ import annotations

import random
from datetime import UTC

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kazinex_planner.quality_checks import (
    CATEGORIES,
    CHECKS,
    QualityReport,
    evaluate,
    format_report_table,
    grade_for,
)
from kazinex_planner.schedule_files._records import ScheduleData

from ._builder import DATA_DATE, EVALUATED_AT, ScheduleBuilder, chained, day, ids, report_of

EXPECTED_CHECKS = {
    "logic": [
        "missing-logic",
        "leads",
        "lags",
        "negative-lag",
        "fs-relationships",
        "hard-constraints",
        "high-float",
        "negative-float",
    ],
    "duration": [
        "high-duration",
        "zero-duration",
        "milestone-duration",
        "invalid-dates",
        "level-of-effort",
    ],
    "critical_path": ["critical-path-length", "critical-path-test"],
    "constraints": [
        "constraint-percent",
        "dangling-activities",
        "open-ended",
        "sf-relationships",
    ],
    "resources": ["missing-resources"],
    "progress": ["invalid-progress", "out-of-sequence-progress"],
    "best_practice": ["logic-density", "baseline-integrity"],
    "configuration": ["config-activity-type"],
}
PRODUCT_EXAMPLE_WEIGHTS = {
    "missing-logic": 5.0,
    "high-float": 3.0,
    "leads": 3.0,
    "lags": 3.0,
    "negative-lag": 3.0,
    "fs-relationships": 3.0,
    "hard-constraints": 4.0,
    "negative-float": 5.0,
}


class TestRegistry:
    def test_checks_and_categories_are_the_specified_ones_in_order(self) -> None:
        assert [c.id for c in CATEGORIES] == list(EXPECTED_CHECKS)
        assert [c.id for c in CHECKS] == [i for ids_ in EXPECTED_CHECKS.values() for i in ids_]
        for check in CHECKS:
            assert check.id in EXPECTED_CHECKS[check.category]

    def test_weights_follow_the_product_example_and_stay_in_range(self) -> None:
        for check in CHECKS:
            assert 1.0 <= check.weight <= 5.0
            if check.id in PRODUCT_EXAMPLE_WEIGHTS:
                assert check.weight == PRODUCT_EXAMPLE_WEIGHTS[check.id]
        assert {c.id: c.weight for c in CATEGORIES} == {
            "logic": 20.0,
            "duration": 15.0,
            "critical_path": 15.0,
            "constraints": 10.0,
            "resources": 10.0,
            "progress": 10.0,
            "best_practice": 2.5,
            "configuration": 1.0,
        }

    def test_ratio_checks_declare_their_warning_band(self) -> None:
        for check in CHECKS:
            assert (check.rule == "min_ratio") == (check.warning_band is not None)


class TestReport:
    def test_shape_counts_and_stamps(self) -> None:
        builder = chained(5).activity("WBS", type="wbs_summary")
        builder.link("X", "A001", external=True)
        report = report_of(builder.build())
        assert [c.id for c in report.checks] == [c.id for c in CHECKS]
        assert [c.id for c in report.categories] == [c.id for c in CATEGORIES]
        assert report.activity_count == 5  # the WBS summary is not an activity to assess
        assert report.relationship_count == 5  # every link in the file, external included
        assert report.data_date == DATA_DATE
        assert report.evaluated_at == EVALUATED_AT

    def test_default_stamp_is_now_in_utc(self) -> None:
        report = evaluate(chained(2).build())
        assert report.evaluated_at.tzinfo is UTC

    def test_wbs_summaries_are_excluded_from_every_check(self) -> None:
        base = chained(40).build()
        with_summary = chained(40).activity("WBS", type="wbs_summary", total_float_hours=-99.0)
        with_summary.link("WBS", "A010", "SF", -8.0)
        assert _comparable(report_of(with_summary.build())) == _comparable(report_of(base))

    def test_overall_is_normalised_over_categories_that_apply(self) -> None:
        report = report_of(chained(20).build())
        resources = next(c for c in report.categories if c.id == "resources")
        assert resources.score is None  # no resources in the file
        present = [(c.score, c.weight) for c in report.categories if c.score is not None]
        expected = sum(s * w for s, w in present) / sum(w for _, w in present)
        assert report.score is not None
        assert report.score == round(expected, 1)
        assert report.grade == grade_for(report.score)

    def test_a_clean_schedule_is_excellent(self) -> None:
        names = ["START", *ids("A", 38), "FINISH"]
        builder = ScheduleBuilder().resource()
        for i, name in enumerate(names):
            kind = {"START": "start_milestone", "FINISH": "finish_milestone"}.get(name, "task")
            builder.activity(
                name,
                type=kind,
                original_duration_hours=0.0 if kind != "task" else 40.0,
                total_float_hours=0.0,
                early_start=day(i),
                early_finish=day(i + 1),
                baseline_start=day(i),
                baseline_finish=day(i + 1),
            )
            if kind == "task":
                builder.assign(name)
        builder.chain(names)
        for a, b in zip(names, names[2:], strict=False):
            builder.link(a, b)  # density ≈ 1.95 links per activity
        report = report_of(builder.build())
        assert report.score == 100.0, format_report_table(report)
        assert report.grade == "excellent"

    def test_empty_schedule_has_no_score(self) -> None:
        report = report_of(ScheduleBuilder().build())
        assert report.score is None
        assert report.grade is None
        assert all(c.verdict == "not_applicable" for c in report.checks)
        assert all(c.score is None for c in report.categories)

    def test_format_report_table_lists_everything(self) -> None:
        report = report_of(chained(20).build())
        text = format_report_table(report)
        lines = text.splitlines()
        assert lines[0] == f"Quality score: {report.score:.1f} ({report.grade})"
        for check in report.checks:
            row = next(line for line in lines if line.startswith(check.id + " "))
            assert check.verdict in row
        for category in CATEGORIES:
            assert any(line.startswith(category.name) for line in lines)
        assert "Quality score: n/a" in format_report_table(report_of(ScheduleBuilder().build()))


def _comparable(report: QualityReport) -> tuple[object, ...]:
    return (report.score, report.checks, report.categories, report.activity_count)


activity_types = st.sampled_from(
    [
        "task",
        "resource_dependent",
        "level_of_effort",
        "start_milestone",
        "finish_milestone",
        "wbs_summary",
    ]
)
statuses = st.sampled_from(["not_started", "in_progress", "completed"])
optional_hours = st.none() | st.floats(min_value=-500.0, max_value=2000.0, allow_nan=False)
optional_days = st.none() | st.integers(min_value=-60, max_value=60)


@st.composite
def random_schedules(draw: st.DrawFn) -> ScheduleData:
    count = draw(st.integers(min_value=0, max_value=12))
    builder = ScheduleBuilder(data_date=draw(st.sampled_from([DATA_DATE, None])))
    names = [f"A{i}" for i in range(count)]
    if draw(st.booleans()):
        builder.resource()
    for name in names:
        dates = {
            field: None if (offset := draw(optional_days)) is None else day(offset)
            for field in (
                "actual_start",
                "actual_finish",
                "early_start",
                "early_finish",
                "baseline_start",
                "baseline_finish",
            )
        }
        builder.activity(
            name,
            type=draw(activity_types),
            status=draw(statuses),
            original_duration_hours=draw(optional_hours),
            total_float_hours=draw(optional_hours),
            percent_complete=draw(st.none() | st.floats(min_value=-10, max_value=110)),
            constraint_type=draw(st.sampled_from([None, "as_soon_as_possible", "must_start_on"])),
            is_critical=draw(st.booleans()),
            **dates,
        )
        if draw(st.booleans()):
            builder.assign(name)
    if names:
        for _ in range(draw(st.integers(min_value=0, max_value=20))):
            builder.link(
                draw(st.sampled_from([*names, "EXT"])),
                draw(st.sampled_from(names)),
                draw(st.sampled_from(["FS", "SS", "FF", "SF"])),
                draw(st.sampled_from([0.0, 8.0, -8.0])),
                external=draw(st.booleans()),
            )
    return builder.build()


@settings(max_examples=200, deadline=None)
@given(schedule=random_schedules())
def test_any_small_schedule_gives_a_coherent_report(schedule: ScheduleData) -> None:
    report = report_of(schedule)
    for check in report.checks:
        assert check.affected_count == len(check.affected_activity_ids)
        assert list(check.affected_activity_ids) == sorted(set(check.affected_activity_ids))
        if check.verdict == "not_applicable":
            assert check.score is None
        else:
            assert check.score is not None
            assert 0.0 <= check.score <= 100.0
    for category in report.categories:
        assert category.score is None or 0.0 <= category.score <= 100.0
    if report.score is None:
        assert report.grade is None
    else:
        assert 0.0 <= report.score <= 100.0
        assert report.grade == grade_for(report.score)
    format_report_table(report)


@pytest.mark.slow
def test_a_hundred_thousand_activities_are_evaluated() -> None:
    rng = random.Random(7)
    count = 100_000
    names = [f"A{i:06d}" for i in range(count)]
    builder = ScheduleBuilder().resource()
    for i, name in enumerate(names):
        builder.activity(
            name,
            total_float_hours=float(rng.choice([-8, 0, 0, 40, 400])),
            early_start=day(i // 100),
            early_finish=day(i // 100 + 1),
            status=rng.choice(["not_started", "in_progress", "completed"]),
            actual_start=day(-1),
            actual_finish=day(-1) if rng.random() < 0.3 else None,
        )
        if rng.random() < 0.9:
            builder.assign(name)
    builder.chain(names)
    for _ in range(count // 2):
        a, b = sorted(rng.sample(range(count), 2))
        builder.link(names[a], names[b], rng.choice(["FS", "SS", "FF"]), rng.choice([0.0, 8.0]))
    schedule = builder.build()
    # Speed is measured by the benchmarks, not asserted here; this checks that a schedule
    # of this size is evaluated completely and coherently.
    report = evaluate(schedule)
    assert report.activity_count == count
