"""Plans and their rate limits, as the contract states them.

``enterprise`` limits are negotiated per account, so an enterprise plan is built with
explicit numbers; ``unlimited`` is an emulator-only plan for benchmarks that must not be
throttled by the server they measure.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

import attrs

__all__ = ["DEFAULT_PLAN", "PLANS", "Plan", "PlanLike", "PlanShaped", "resolve_plan"]


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


@runtime_checkable
class PlanShaped(Protocol):
    """Anything with a plan's three attributes, such as the SDK's own ``Plan``
    (``Plan.enterprise(per_minute=..., per_day=...)`` included): the emulator accepts it
    without importing the client."""

    @property
    def name(self) -> str: ...
    @property
    def per_minute(self) -> int: ...
    @property
    def per_day(self) -> int: ...


#: A plan name, a :class:`Plan` (the emulator's or the SDK's), or
#: ``("enterprise", per_minute, per_day)``.
PlanLike = str | Plan | PlanShaped | tuple[str, int, int]

#: What ``Emulator()`` and ``PlannerClient()`` both assume when no plan is given.
DEFAULT_PLAN = "professional"


def resolve_plan(plan: PlanLike) -> Plan:
    """Turn any accepted plan spelling into a :class:`Plan` (``ValueError`` if unknown)."""
    if isinstance(plan, Plan):
        return plan
    if isinstance(plan, tuple):
        name, per_minute, per_day = plan
        return Plan(name=name, per_minute=per_minute, per_day=per_day)
    if isinstance(plan, PlanShaped) and not isinstance(plan, str):
        return Plan(name=plan.name, per_minute=plan.per_minute, per_day=plan.per_day)
    if not isinstance(plan, str):
        raise ValueError(
            f"plan must be a plan name, a Plan or (name, per_minute, per_day), got {plan!r}"
        )
    try:
        return PLANS[plan.strip().lower()]
    except KeyError:
        known = ", ".join(sorted(PLANS))
        raise ValueError(
            f"unknown plan {plan!r}: use one of {known} or ('enterprise', per_minute, per_day)"
        ) from None
