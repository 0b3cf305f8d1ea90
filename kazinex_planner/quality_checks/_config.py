"""User-tunable settings for the quality engine, validated up front.

The product lets each organisation tune thresholds, weights and which checks run
(Quality Settings). Validation happens when the config is built, not when a schedule is
evaluated, so a bad setting is reported once, naming the key, instead of surfacing as an
odd score later.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, get_args

import attrs

from kazinex_planner.quality_checks._registry import CATEGORIES, CHECKS
from kazinex_planner.schedule_files._records import ActivityType

if TYPE_CHECKING:
    from kazinex_planner.quality_checks._model import CategoryId, CheckDefinition

#: Per-check weights accepted by Quality Settings; a check is excluded by disabling it.
MAX_CHECK_WEIGHT = 10.0
#: Category weights are percentages of the overall score.
MAX_CATEGORY_WEIGHT = 100.0
#: 44 working days of 8 hours: the DCMA high-float and high-duration limit.
DEFAULT_LIMIT_HOURS = 352.0

ALL_ACTIVITY_TYPES: frozenset[str] = frozenset(get_args(ActivityType))
#: WBS summaries are excluded from every check, so listing them changes nothing; every
#: real activity type is allowed until an organisation narrows the list.
DEFAULT_ALLOWED_ACTIVITY_TYPES: frozenset[str] = ALL_ACTIVITY_TYPES - {"wbs_summary"}

_DEFINITIONS: Mapping[str, CheckDefinition] = {c.id: c for c in CHECKS}
_CATEGORY_IDS: frozenset[str] = frozenset(c.id for c in CATEGORIES)
_CONFIG_KEYS = (
    "checks",
    "category_weights",
    "high_float_hours",
    "high_duration_hours",
    "allowed_activity_types",
)
_OVERRIDE_KEYS = ("enabled", "threshold", "weight")


def _number(key: str, value: object) -> float:
    """Coerce a user number, rejecting bools, NaN and infinities with the key's name."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{key} must be a number, got {value!r}")
    number = float(value)
    if not math.isfinite(number):
        raise ValueError(f"{key} must be finite, got {value!r}")
    return number


def _check_threshold(check_id: str, threshold: float) -> None:
    """Thresholds must make sense in the check's unit."""
    unit = _DEFINITIONS[check_id].unit
    key = f"checks[{check_id!r}].threshold"
    if unit == "%" and not 0.0 <= threshold <= 100.0:
        raise ValueError(f"{key} must be a percentage in 0–100, got {threshold!r}")
    if unit == "count" and threshold < 0:
        raise ValueError(f"{key} must be a count ≥ 0, got {threshold!r}")
    if unit in ("ratio", "relationships/activity") and threshold <= 0:
        raise ValueError(f"{key} must be a ratio > 0, got {threshold!r}")


@attrs.frozen(kw_only=True, slots=True)
class CheckOverride:
    """Overrides for one check; ``None`` keeps the registry default."""

    enabled: bool = True
    threshold: float | None = None
    weight: float | None = None


def _freeze_checks(value: Mapping[str, CheckOverride]) -> Mapping[str, CheckOverride]:
    return MappingProxyType(dict(value))


def _freeze_weights(value: Mapping[str, float]) -> Mapping[str, float]:
    return MappingProxyType(dict(value))


@attrs.frozen(kw_only=True, slots=True)
class QualityConfig:
    """Settings for one evaluation. The defaults reproduce the product's defaults.

    ``checks`` maps a check id to its overrides; ``category_weights`` maps a category id
    to its weight (percent of the overall score, 0 excludes the category from the
    overall score). ``high_float_hours`` and ``high_duration_hours`` are the per-activity
    limits used by ``high-float`` and ``high-duration`` (the threshold of those checks
    is the share of activities allowed past the limit). ``allowed_activity_types`` is the
    allow-list for ``config-activity-type``.
    """

    checks: Mapping[str, CheckOverride] = attrs.field(
        factory=dict, converter=_freeze_checks, hash=False
    )
    category_weights: Mapping[str, float] = attrs.field(
        factory=dict, converter=_freeze_weights, hash=False
    )
    high_float_hours: float = DEFAULT_LIMIT_HOURS
    high_duration_hours: float = DEFAULT_LIMIT_HOURS
    allowed_activity_types: frozenset[str] = DEFAULT_ALLOWED_ACTIVITY_TYPES

    def __attrs_post_init__(self) -> None:
        for check_id, override in self.checks.items():
            if check_id not in _DEFINITIONS:
                known = ", ".join(_DEFINITIONS)
                raise ValueError(f"unknown check id {check_id!r} in checks; known: {known}")
            if not isinstance(override, CheckOverride):
                raise ValueError(f"checks[{check_id!r}] must be a CheckOverride")
            if not isinstance(override.enabled, bool):
                raise ValueError(f"checks[{check_id!r}].enabled must be a bool")
            if override.threshold is not None:
                threshold = _number(f"checks[{check_id!r}].threshold", override.threshold)
                _check_threshold(check_id, threshold)
            if override.weight is not None:
                weight = _number(f"checks[{check_id!r}].weight", override.weight)
                if not 0.0 < weight <= MAX_CHECK_WEIGHT:
                    raise ValueError(
                        f"checks[{check_id!r}].weight must be in (0, {MAX_CHECK_WEIGHT:g}], "
                        f"got {override.weight!r}; disable the check to exclude it"
                    )
        for category_id, weight in self.category_weights.items():
            if category_id not in _CATEGORY_IDS:
                known = ", ".join(c.id for c in CATEGORIES)
                raise ValueError(
                    f"unknown category id {category_id!r} in category_weights; known: {known}"
                )
            number = _number(f"category_weights[{category_id!r}]", weight)
            if not 0.0 <= number <= MAX_CATEGORY_WEIGHT:
                raise ValueError(
                    f"category_weights[{category_id!r}] must be in 0–{MAX_CATEGORY_WEIGHT:g}, "
                    f"got {weight!r}"
                )
        for key in ("high_float_hours", "high_duration_hours"):
            if _number(key, getattr(self, key)) < 0:
                raise ValueError(f"{key} must be ≥ 0, got {getattr(self, key)!r}")
        if not isinstance(self.allowed_activity_types, frozenset):
            raise ValueError("allowed_activity_types must be a frozenset of activity types")
        unknown = sorted(self.allowed_activity_types - ALL_ACTIVITY_TYPES)
        if unknown:
            raise ValueError(
                f"allowed_activity_types has unknown activity types {unknown}; "
                f"known: {', '.join(sorted(ALL_ACTIVITY_TYPES))}"
            )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> QualityConfig:
        """Build a config from JSON-shaped settings (what the emulator receives).

        Example: ``{"checks": {"lags": {"threshold": 10, "weight": 2}},
        "category_weights": {"logic": 25}}``. Unknown keys are errors, not silently
        ignored, because a misspelt setting would otherwise look applied.
        """
        for key in data:
            if key not in _CONFIG_KEYS:
                raise ValueError(
                    f"unknown quality setting {key!r}; known: {', '.join(_CONFIG_KEYS)}"
                )
        checks: dict[str, CheckOverride] = {}
        raw_checks = data.get("checks", {})
        if not isinstance(raw_checks, Mapping):
            raise ValueError("checks must be an object mapping check ids to settings")
        for check_id, raw in raw_checks.items():
            if not isinstance(raw, Mapping):
                raise ValueError(f"checks[{check_id!r}] must be an object")
            for key in raw:
                if key not in _OVERRIDE_KEYS:
                    raise ValueError(
                        f"checks[{check_id!r}]: unknown setting {key!r}; "
                        f"known: {', '.join(_OVERRIDE_KEYS)}"
                    )
            checks[str(check_id)] = CheckOverride(
                enabled=raw.get("enabled", True),
                threshold=raw.get("threshold"),
                weight=raw.get("weight"),
            )
        raw_weights = data.get("category_weights", {})
        if not isinstance(raw_weights, Mapping):
            raise ValueError("category_weights must be an object mapping category ids to weights")
        kwargs: dict[str, Any] = {"checks": checks, "category_weights": dict(raw_weights)}
        for key in ("high_float_hours", "high_duration_hours"):
            if key in data:
                kwargs[key] = _number(key, data[key])
        if "allowed_activity_types" in data:
            raw_types = data["allowed_activity_types"]
            if isinstance(raw_types, str) or not all(isinstance(t, str) for t in raw_types):
                raise ValueError("allowed_activity_types must be a list of activity types")
            kwargs["allowed_activity_types"] = frozenset(raw_types)
        return cls(**kwargs)

    def is_enabled(self, check_id: str) -> bool:
        override = self.checks.get(check_id)
        return override is None or override.enabled

    def threshold(self, check: CheckDefinition) -> float:
        override = self.checks.get(check.id)
        if override is None or override.threshold is None:
            return check.threshold
        return float(override.threshold)

    def weight(self, check: CheckDefinition) -> float:
        override = self.checks.get(check.id)
        if override is None or override.weight is None:
            return check.weight
        return float(override.weight)

    def category_weight(self, category_id: CategoryId) -> float:
        if category_id in self.category_weights:
            return float(self.category_weights[category_id])
        return next(c.weight for c in CATEGORIES if c.id == category_id)
