"""Plans: the published per-key quotas a limiter is sized from.

The API publishes two fixed plans and a custom one (see the contract's Rate limits
section). A plan is only the *starting* assumption: the limiter adopts whatever the
server reports in ``X-RateLimit-*`` headers, because the server knows the key's plan
and the caller may have configured the wrong one.
"""

from __future__ import annotations

from typing import ClassVar

import attrs

from ..errors import ConfigurationError

__all__ = ["ENTERPRISE_SYNTAX", "Plan"]

#: How an enterprise plan is written as text (``KAZINEX_PLAN``, ``--plan``).
ENTERPRISE_SYNTAX = "enterprise:PER_MINUTE:PER_DAY"


def _positive_int(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    # bool is an int subclass; Plan(per_minute=True) is a bug, not a limit of 1.
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ConfigurationError(f"{attribute.name} must be a positive integer, got {value!r}")


def _non_empty(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ConfigurationError(f"{attribute.name} must be a non-empty string, got {value!r}")


@attrs.frozen
class Plan:
    """A key's rate limits: ``per_minute`` (token bucket) and ``per_day`` (UTC day)."""

    PROFESSIONAL: ClassVar[Plan]
    BUSINESS: ClassVar[Plan]
    #: The emulator's test-only plan (never a real key's): the limiter does not throttle.
    UNLIMITED: ClassVar[Plan]

    name: str = attrs.field(validator=_non_empty)
    per_minute: int = attrs.field(validator=_positive_int)
    per_day: int = attrs.field(validator=_positive_int)

    @classmethod
    def enterprise(cls, *, per_minute: int, per_day: int) -> Plan:
        """An enterprise plan: both limits are set per account, so both are required."""
        return cls("enterprise", per_minute, per_day)

    @classmethod
    def parse(cls, value: Plan | str) -> Plan:
        """Accept a :class:`Plan` or its text form, in any case and with spaces around.

        The text forms are the published names (``professional``, ``business``) and
        ``enterprise:PER_MINUTE:PER_DAY`` (``enterprise:3000:1000000``); the same syntax
        serves ``KAZINEX_PLAN`` and the command line's ``--plan``. A bare
        ``"enterprise"`` is refused because its limits are per account: guessing them
        would either waste quota or trigger 429s.
        """
        if isinstance(value, Plan):
            return value
        if not isinstance(value, str):
            raise ConfigurationError(f"plan must be a Plan or a plan name, got {value!r}")
        key = value.strip().lower()
        if key in _PUBLISHED:
            return _PUBLISHED[key]
        if key == Plan.UNLIMITED.name:
            return Plan.UNLIMITED
        name, sep, limits = key.partition(":")
        if name.strip() == "enterprise":
            if not sep:
                raise ConfigurationError(
                    f"enterprise limits are set per account: write the plan {value.strip()!r} "
                    f"as {ENTERPRISE_SYNTAX} (e.g. enterprise:3000:1000000)"
                )
            return cls._enterprise_from_text(value, limits)
        valid = ", ".join(repr(name) for name in _PUBLISHED)
        raise ConfigurationError(
            f"unknown plan {value.strip()!r}: valid plans are {valid} or {ENTERPRISE_SYNTAX} "
            "('unlimited' matches the emulator's test-only plan)"
        )

    @classmethod
    def _enterprise_from_text(cls, value: str, limits: str) -> Plan:
        parts = [part.strip() for part in limits.split(":")]
        if len(parts) != 2 or not all(part.isascii() and part.isdigit() for part in parts):
            raise ConfigurationError(
                f"plan {value.strip()!r} is not {ENTERPRISE_SYNTAX}: both limits are "
                "positive whole numbers (e.g. enterprise:3000:1000000)"
            )
        per_minute, per_day = (int(part) for part in parts)
        if per_minute <= 0 or per_day <= 0:
            raise ConfigurationError(
                f"plan {value.strip()!r}: both limits of {ENTERPRISE_SYNTAX} must be positive"
            )
        return cls("enterprise", per_minute, per_day)

    def __str__(self) -> str:
        """The text form :meth:`parse` reads back (``enterprise:3000:1000000``)."""
        if _PUBLISHED.get(self.name) == self:
            return self.name
        return f"{self.name}:{self.per_minute}:{self.per_day}"

    @property
    def per_second(self) -> float:
        """The minute bucket's refill rate, in tokens per second."""
        return self.per_minute / 60.0

    @property
    def connection_limit(self) -> int:
        """A connection-pool size that matches the rate (10 to 100 connections).

        At ``per_minute / 60`` requests a second and sub-second latencies, about a
        tenth of the minute's burst in flight keeps the bucket busy without opening
        sockets the limiter will never let us use.
        """
        return min(100, max(10, self.per_minute // 6))


Plan.PROFESSIONAL = Plan("professional", 120, 10_000)
Plan.BUSINESS = Plan("business", 600, 100_000)
Plan.UNLIMITED = Plan("unlimited", 1_000_000_000, 1_000_000_000_000)

_PUBLISHED: dict[str, Plan] = {
    Plan.PROFESSIONAL.name: Plan.PROFESSIONAL,
    Plan.BUSINESS.name: Plan.BUSINESS,
}
