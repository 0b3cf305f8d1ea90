"""Plans and their rate limits, as the contract states them.

``enterprise`` limits are negotiated per account, so an enterprise plan is built with
explicit numbers; ``unlimited`` is an emulator-only plan for benchmarks that must not be
throttled by the server they measure.
"""

from __future__ import annotations

import attrs

__all__ = ["PLANS", "Plan", "PlanLike", "resolve_plan"]


@attrs.frozen(kw_only=True)
class Plan:
    """A plan name with its per-minute and per-day request limits."""

    name: str
    per_minute: int = attrs.field(validator=attrs.validators.ge(1))
    per_day: int = attrs.field(validator=attrs.validators.ge(1))


PLANS: dict[str, Plan] = {
    "professional": Plan(name="professional", per_minute=120, per_day=10_000),
    "business": Plan(name="business", per_minute=600, per_day=100_000),
    "unlimited": Plan(name="unlimited", per_minute=1_000_000_000, per_day=1_000_000_000_000),
}

#: A plan name, a :class:`Plan`, or ``("enterprise", per_minute, per_day)``.
PlanLike = str | Plan | tuple[str, int, int]


def resolve_plan(plan: PlanLike) -> Plan:
    """Turn any accepted plan spelling into a :class:`Plan` (``ValueError`` if unknown)."""
    if isinstance(plan, Plan):
        return plan
    if isinstance(plan, tuple):
        name, per_minute, per_day = plan
        return Plan(name=name, per_minute=per_minute, per_day=per_day)
    try:
        return PLANS[plan]
    except KeyError:
        known = ", ".join(sorted(PLANS))
        raise ValueError(
            f"unknown plan {plan!r}: use one of {known} or ('enterprise', per_minute, per_day)"
        ) from None
