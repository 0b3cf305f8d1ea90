"""Approximate conversion between elapsed time and working hours.

The schedule records carry each calendar's hours per day but not its work-week pattern
or holidays, so exact working-time arithmetic is impossible. Checks that must mix dates
with hour-based float or lags (CPLI, lag-adjusted progress sequence) use this model: a
calendar of ``h`` hours per day works five days a week, or seven when it runs around the
clock (24 h), spreading its work evenly over elapsed time.
"""

from __future__ import annotations

from datetime import datetime, timedelta

DEFAULT_HOURS_PER_DAY = 8.0
_SECONDS_PER_DAY = 86_400.0


def _work_days_per_week(hours_per_day: float) -> float:
    return 7.0 if hours_per_day >= 24.0 else 5.0


def working_hours_between(start: datetime, end: datetime, hours_per_day: float) -> float:
    """Working hours in ``[start, end]``; negative when ``end`` precedes ``start``."""
    days = (end - start).total_seconds() / _SECONDS_PER_DAY
    return days * _work_days_per_week(hours_per_day) / 7.0 * hours_per_day


def elapsed_for_working_hours(hours: float, hours_per_day: float) -> timedelta:
    """The elapsed time a span of ``hours`` working hours takes (negative for leads)."""
    if hours_per_day <= 0:
        hours_per_day = DEFAULT_HOURS_PER_DAY
    days = hours / hours_per_day * 7.0 / _work_days_per_week(hours_per_day)
    return timedelta(days=days)
