"""Fault injection: the failures a client must survive, on demand and reproducibly.

A seeded RNG decides which requests fail, so a test (or a chaos run of the demo) sees
the same sequence every time. Faults apply after authentication and rate limiting, as
they would behind a real gateway, so injected errors still carry rate-limit headers.
"""

from __future__ import annotations

import random

import attrs

__all__ = ["Faults"]


def _rates(value: dict[int, float]) -> dict[int, float]:
    for status, rate in value.items():
        if not 400 <= status <= 599:
            raise ValueError(f"error rate for {status}: only 4xx/5xx statuses can be injected")
        if not 0.0 <= rate <= 1.0:
            raise ValueError(f"error rate for {status} must be between 0 and 1")
    if sum(value.values()) > 1.0 + 1e-9:
        raise ValueError("error rates must add up to at most 1")
    return dict(value)


@attrs.define(kw_only=True)
class Faults:
    """What to break, and how often.

    ``error_rates`` maps a status to the probability of answering it instead of the
    real response (e.g. ``{503: 0.1}``); ``latency`` (plus up to ``latency_jitter``)
    seconds are added to every request; ``drop_rate`` is the probability of closing the
    connection without a response; ``slow_body_delay`` seconds pass between chunks of
    ``slow_body_chunk`` bytes of each response body. :meth:`force_429` makes the next
    ``n`` requests fail with 429 whatever the real limits say.
    """

    error_rates: dict[int, float] = attrs.field(factory=dict, converter=_rates)
    latency: float = attrs.field(default=0.0, validator=attrs.validators.ge(0.0))
    latency_jitter: float = attrs.field(default=0.0, validator=attrs.validators.ge(0.0))
    drop_rate: float = attrs.field(
        default=0.0, validator=[attrs.validators.ge(0.0), attrs.validators.le(1.0)]
    )
    slow_body_delay: float = attrs.field(default=0.0, validator=attrs.validators.ge(0.0))
    slow_body_chunk: int = attrs.field(default=256, validator=attrs.validators.ge(1))
    seed: int | None = None
    _forced_429: int = attrs.field(default=0, init=False)
    _rng: random.Random = attrs.field(init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        self._rng = random.Random(self.seed)

    def force_429(self, n: int = 1) -> None:
        """Answer the next ``n`` API requests with 429 (``Retry-After: 1``)."""
        if n < 0:
            raise ValueError("n must be >= 0")
        self._forced_429 += n

    @property
    def forced_429_left(self) -> int:
        return self._forced_429

    def take_forced_429(self) -> bool:
        if self._forced_429 > 0:
            self._forced_429 -= 1
            return True
        return False

    def draw_delay(self) -> float:
        if self.latency_jitter:
            return self.latency + self._rng.uniform(0.0, self.latency_jitter)
        return self.latency

    def draw_drop(self) -> bool:
        return self.drop_rate > 0 and self._rng.random() < self.drop_rate

    def draw_error(self) -> int | None:
        """A status to inject for this request, or ``None`` to answer normally."""
        if not self.error_rates:
            return None
        roll = self._rng.random()
        cumulative = 0.0
        for status in sorted(self.error_rates):
            cumulative += self.error_rates[status]
            if roll < cumulative:
                return status
        return None
