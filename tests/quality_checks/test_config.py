"""QualityConfig: overrides take effect, bad settings are rejected by name."""

from __future__ import annotations

import re

import pytest

from kazinex_planner.quality_checks import CHECKS, CheckOverride, QualityConfig

from ._builder import chained, check_of, report_of


def test_defaults_come_from_the_registry() -> None:
    config = QualityConfig()
    for check in CHECKS:
        assert config.is_enabled(check.id)
        assert config.threshold(check) == check.threshold
        assert config.weight(check) == check.weight
    assert config.category_weight("logic") == 20.0
    assert config.category_weight("best_practice") == 2.5


def test_threshold_override_changes_the_verdict() -> None:
    schedule = chained(20).build()  # 10 % missing logic
    assert check_of(schedule, "missing-logic").verdict == "warning"
    config = QualityConfig(checks={"missing-logic": CheckOverride(threshold=10.0)})
    result = check_of(schedule, "missing-logic", config)
    assert (result.verdict, result.threshold) == ("pass", 10.0)


def test_weight_override_is_reported_and_used() -> None:
    schedule = chained(20).build()
    config = QualityConfig(checks={"missing-logic": CheckOverride(weight=10.0)})
    report = report_of(schedule, config)
    assert next(c for c in report.checks if c.id == "missing-logic").weight == 10.0
    logic = [
        (c.score, c.weight) for c in report.checks if c.category == "logic" and c.score is not None
    ]
    expected = sum(s * w for s, w in logic) / sum(w for _, w in logic)
    assert report.categories[0].score == round(expected, 1)


def test_disabled_checks_are_left_out_of_report_and_score() -> None:
    schedule = chained(20).build()
    config = QualityConfig(checks={"missing-logic": CheckOverride(enabled=False)})
    report = report_of(schedule, config)
    assert "missing-logic" not in {c.id for c in report.checks}
    assert report.categories[0].score == 100.0
    default_score = report_of(schedule).categories[0].score
    assert default_score is not None
    assert default_score < 100.0


def test_category_weights_override_the_overall_mix() -> None:
    schedule = chained(20).build()
    only_logic = {c: 0.0 for c in ("duration", "critical_path", "constraints", "progress")}
    only_logic |= {"best_practice": 0.0, "configuration": 0.0, "resources": 0.0}
    report = report_of(schedule, QualityConfig(category_weights=only_logic))
    assert report.score == report.categories[0].score


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"checks": {"missing-logik": CheckOverride()}}, "unknown check id 'missing-logik'"),
        (
            {"checks": {"missing-logic": CheckOverride(threshold=120.0)}},
            "checks['missing-logic'].threshold must be a percentage",
        ),
        (
            {"checks": {"leads": CheckOverride(threshold=-1.0)}},
            "checks['leads'].threshold must be a count",
        ),
        (
            {"checks": {"critical-path-length": CheckOverride(threshold=0.0)}},
            "checks['critical-path-length'].threshold must be a ratio",
        ),
        (
            {"checks": {"lags": CheckOverride(threshold=float("nan"))}},
            "checks['lags'].threshold must be finite",
        ),
        ({"checks": {"lags": CheckOverride(weight=0.0)}}, "checks['lags'].weight must be in"),
        ({"checks": {"lags": CheckOverride(weight=11.0)}}, "checks['lags'].weight must be in"),
        (
            {"checks": {"lags": CheckOverride(enabled="yes")}},  # type: ignore[arg-type]
            "checks['lags'].enabled must be a bool",
        ),
        ({"category_weights": {"regional": 1.5}}, "unknown category id 'regional'"),
        ({"category_weights": {"logic": -1}}, "category_weights['logic'] must be in"),
        ({"category_weights": {"logic": True}}, "category_weights['logic'] must be a number"),
        ({"high_float_hours": -1.0}, "high_float_hours must be"),
        (
            {"allowed_activity_types": frozenset({"task", "summary"})},
            "unknown activity types ['summary']",
        ),
    ],
)
def test_invalid_settings_name_the_key(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        QualityConfig(**kwargs)  # type: ignore[arg-type]


def test_from_dict_builds_the_same_config() -> None:
    config = QualityConfig.from_dict(
        {
            "checks": {"lags": {"threshold": 10, "weight": 2}, "leads": {"enabled": False}},
            "category_weights": {"logic": 25},
            "high_float_hours": 400,
            "allowed_activity_types": ["task", "finish_milestone"],
        }
    )
    assert config.checks["lags"] == CheckOverride(threshold=10, weight=2)
    assert not config.is_enabled("leads")
    assert config.category_weight("logic") == 25.0
    assert config.high_float_hours == 400.0
    assert config.allowed_activity_types == frozenset({"task", "finish_milestone"})


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"thresholds": {}}, "unknown quality setting 'thresholds'"),
        ({"checks": {"lags": {"treshold": 3}}}, "checks['lags']: unknown setting 'treshold'"),
        ({"checks": {"lags": 3}}, "checks['lags'] must be an object"),
        ({"checks": []}, "checks must be an object"),
        ({"checks": {"lags": {"weight": "2"}}}, "checks['lags'].weight must be a number"),
        ({"category_weights": [1]}, "category_weights must be an object"),
        ({"high_duration_hours": "8"}, "high_duration_hours must be a number"),
        ({"allowed_activity_types": "task"}, "allowed_activity_types must be a list"),
    ],
)
def test_from_dict_rejects_bad_settings_by_name(data: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        QualityConfig.from_dict(data)
