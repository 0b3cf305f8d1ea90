"""Plans: the published ones, enterprise validation and name parsing."""

from __future__ import annotations

import pytest

from kazinex_planner.errors import ConfigurationError
from kazinex_planner.ratelimit import Plan


def test_published_plans_match_the_contract() -> None:
    assert (Plan.PROFESSIONAL.name, Plan.PROFESSIONAL.per_minute, Plan.PROFESSIONAL.per_day) == (
        "professional",
        120,
        10_000,
    )
    assert (Plan.BUSINESS.name, Plan.BUSINESS.per_minute, Plan.BUSINESS.per_day) == (
        "business",
        600,
        100_000,
    )
    assert Plan.BUSINESS.per_second == 10.0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("professional", Plan.PROFESSIONAL),
        ("PROFESSIONAL", Plan.PROFESSIONAL),
        (" Business ", Plan.BUSINESS),
    ],
)
def test_parse_accepts_names_in_any_case(text: str, expected: Plan) -> None:
    assert Plan.parse(text) is expected


def test_parse_passes_plans_through() -> None:
    custom = Plan.enterprise(per_minute=1_000, per_day=1_000_000)
    assert Plan.parse(custom) is custom
    assert custom.name == "enterprise"


def test_unknown_name_lists_the_valid_ones() -> None:
    with pytest.raises(ConfigurationError, match="'professional', 'business'") as info:
        Plan.parse("premium")
    assert "premium" in str(info.value)
    assert isinstance(info.value, ValueError)


def test_enterprise_by_name_asks_for_its_limits() -> None:
    with pytest.raises(ConfigurationError, match="enterprise:PER_MINUTE:PER_DAY"):
        Plan.parse("Enterprise")


@pytest.mark.parametrize(
    "text", ["enterprise:3000:1000000", " Enterprise : 3000 : 1000000 ", "ENTERPRISE:3000:1000000"]
)
def test_enterprise_text_carries_its_limits(text: str) -> None:
    plan = Plan.parse(text)
    assert plan == Plan.enterprise(per_minute=3000, per_day=1_000_000)
    assert Plan.parse(str(plan)) == plan


@pytest.mark.parametrize(
    "text",
    [
        "enterprise:3000",
        "enterprise:3000:",
        "enterprise:0:10",
        "enterprise:1.5:10",
        "enterprise:-1:10",
        "enterprise:10:10:10",
        "enterprise:\u00b2:10",
    ],
)
def test_malformed_enterprise_text_is_refused_with_the_syntax(text: str) -> None:
    with pytest.raises(ConfigurationError, match="enterprise:PER_MINUTE:PER_DAY"):
        Plan.parse(text)


def test_published_plans_print_as_their_names() -> None:
    assert str(Plan.BUSINESS) == "business"
    assert Plan.parse(str(Plan.PROFESSIONAL)) is Plan.PROFESSIONAL


def test_kazinex_plan_uses_the_same_syntax(monkeypatch: pytest.MonkeyPatch) -> None:
    from kazinex_planner._core._config import resolve_plan

    monkeypatch.setenv("KAZINEX_PLAN", "enterprise:900:90000")
    assert resolve_plan(None) == Plan.enterprise(per_minute=900, per_day=90_000)
    assert resolve_plan("business") is Plan.BUSINESS
    monkeypatch.setenv("KAZINEX_PLAN", "")
    assert resolve_plan(None) is Plan.PROFESSIONAL
    monkeypatch.setenv("KAZINEX_PLAN", "enterprise")
    with pytest.raises(ConfigurationError, match=r"^KAZINEX_PLAN: enterprise limits"):
        resolve_plan(None)


def test_parse_rejects_other_types() -> None:
    with pytest.raises(ConfigurationError, match="plan must be"):
        Plan.parse(120)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("per_minute", "per_day", "field"),
    [(0, 10, "per_minute"), (10, -1, "per_day"), (True, 10, "per_minute"), (1.5, 10, "per_minute")],
)
def test_enterprise_limits_must_be_positive_ints(
    per_minute: object, per_day: object, field: str
) -> None:
    with pytest.raises(ConfigurationError, match=f"{field} must be a positive integer"):
        Plan.enterprise(per_minute=per_minute, per_day=per_day)  # type: ignore[arg-type]


def test_plans_are_frozen_values() -> None:
    assert Plan.enterprise(per_minute=60, per_day=100) == Plan("enterprise", 60, 100)
    with pytest.raises(AttributeError):
        Plan.PROFESSIONAL.per_minute = 1  # type: ignore[misc]


@pytest.mark.parametrize(("per_minute", "expected"), [(1, 10), (120, 20), (600, 100), (6_000, 100)])
def test_connection_limit_follows_the_rate_within_bounds(per_minute: int, expected: int) -> None:
    assert Plan.enterprise(per_minute=per_minute, per_day=10).connection_limit == expected
