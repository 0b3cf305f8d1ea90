"""Time-phased resource loading: assignment units spread evenly over their dates.

Buckets are aligned to UTC days, Monday-based weeks or calendar months. An assignment's
budgeted units are spread uniformly over [start, finish); actual units over the part
before the data date and remaining units over the part after it (the whole span when
the schedule has no data date). Working calendars are not applied: the emulator spreads
over elapsed time, which is close enough for histograms and keeps the code obvious.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

import attrs

from ._records import Assignment

__all__ = ["MAX_BUCKETS", "Bucket", "align_down", "bucket_edges", "spread"]

MAX_BUCKETS = 1000


@attrs.define(kw_only=True)
class Bucket:
    start: datetime
    end: datetime
    planned_units: float = 0.0
    actual_units: float = 0.0
    remaining_units: float = 0.0


def align_down(value: datetime, interval: str) -> datetime:
    day = datetime(value.year, value.month, value.day, tzinfo=UTC)
    if interval == "week":
        return day - timedelta(days=day.weekday())
    if interval == "month":
        return day.replace(day=1)
    return day


def _next(value: datetime, interval: str) -> datetime:
    if interval == "day":
        return value + timedelta(days=1)
    if interval == "week":
        return value + timedelta(days=7)
    year, month = (value.year + 1, 1) if value.month == 12 else (value.year, value.month + 1)
    return value.replace(year=year, month=month)


def bucket_edges(start: datetime, end: datetime, interval: str) -> list[datetime] | None:
    """Edges from ``start`` aligned down to the first edge >= ``end`` (None if > 1000)."""
    edges = [align_down(start, interval)]
    while len(edges) < 2 or edges[-1] < end:
        if len(edges) - 1 >= MAX_BUCKETS:
            return None
        edges.append(_next(edges[-1], interval))
    return edges


def _spread(
    buckets: list[Bucket],
    starts: list[datetime],
    lo: datetime,
    hi: datetime,
    units: float,
    field: str,
) -> None:
    if units <= 0:
        return
    if hi <= lo:
        index = bisect.bisect_right(starts, lo) - 1
        if 0 <= index < len(buckets) and lo < buckets[index].end:
            setattr(buckets[index], field, getattr(buckets[index], field) + units)
        return
    total = (hi - lo).total_seconds()
    index = max(0, bisect.bisect_right(starts, lo) - 1)
    while index < len(buckets) and buckets[index].start < hi:
        bucket = buckets[index]
        overlap = (min(hi, bucket.end) - max(lo, bucket.start)).total_seconds()
        if overlap > 0:
            setattr(bucket, field, getattr(bucket, field) + units * overlap / total)
        index += 1


def spread(
    assignments: Iterable[Assignment], edges: list[datetime], data_date: datetime | None
) -> list[Bucket]:
    buckets = [Bucket(start=a, end=b) for a, b in itertools.pairwise(edges)]
    starts = [b.start for b in buckets]
    for asg in assignments:
        _spread(buckets, starts, asg.start, asg.finish, asg.budgeted_units, "planned_units")
        if data_date is None:
            actual_span = (asg.start, asg.finish)
            remaining_span = (asg.start, asg.finish)
        else:
            actual_span = (asg.start, min(asg.finish, data_date))
            remaining_span = (max(asg.start, data_date), asg.finish)
        _spread(buckets, starts, *actual_span, asg.actual_units, "actual_units")
        _spread(buckets, starts, *remaining_span, asg.remaining_units, "remaining_units")
    for bucket in buckets:
        bucket.planned_units = round(bucket.planned_units, 6)
        bucket.actual_units = round(bucket.actual_units, 6)
        bucket.remaining_units = round(bucket.remaining_units, 6)
    return buckets
