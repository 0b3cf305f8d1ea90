"""The logic network behind a synthetic schedule, scheduled by the critical path method.

Realistic dates and floats need a real schedule: activities with durations in working
hours, links with lags and leads, a forward pass for early dates, a backward pass for late
dates (honouring a "finish on or before" constraint, which is where negative float comes
from) and a calendar to turn working hours into dates.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

__all__ = ["HOURS_PER_DAY", "Network", "WorkClock"]

HOURS_PER_DAY = 8

Link = tuple[int, str, int]  # (predecessor index, P6 link type, lag in hours)


class WorkClock:
    """Working hours since the project start -> "yyyy-mm-dd hh:mm" (Mon-Fri, 08:00-16:00)."""

    def __init__(self, start: date) -> None:
        self.start = start - timedelta(days=start.weekday())  # the Monday of that week
        self._days: dict[int, str] = {}
        self._texts: dict[int, str] = {}

    def __call__(self, hours: int, *, finish: bool = False) -> str:
        key = hours * 2 + finish
        text = self._texts.get(key)
        if text is None:
            text = self._texts[key] = self._format(hours, finish)
        return text

    def _format(self, hours: int, finish: bool) -> str:
        day, hour = divmod(hours, HOURS_PER_DAY)
        if finish and hour == 0 and day > 0:
            # A finish at the end of a working day reads 16:00, not 08:00 the next day.
            day, hour = day - 1, HOURS_PER_DAY
        text = self._days.get(day)
        if text is None:
            weeks, weekday = divmod(day, 5)
            text = (self.start + timedelta(days=weeks * 7 + weekday)).isoformat()
            self._days[day] = text
        return f"{text} {8 + hour:02d}:00"


class Network:
    """One project's activities and links, with early/late dates in working hours."""

    def __init__(self, rng: random.Random, n: int) -> None:
        self.n = n
        kinds = rng.choices(
            ("TT_Task", "TT_Rsrc", "TT_LOE", "TT_Mile", "TT_FinMile"), (80, 10, 4, 3, 3), k=n
        )
        kinds[0] = "TT_Mile"
        if n > 1:
            kinds[-1] = "TT_FinMile"
        self.kind = kinds
        self.dur = [
            0
            if kind in ("TT_Mile", "TT_FinMile")
            else HOURS_PER_DAY * rng.choice((1, 2, 3, 5, 5, 10, 10, 15, 20))
            for kind in kinds
        ]
        self.preds: list[list[Link]] = [[] for _ in range(n)]
        #: Constraints by activity index: (P6 constraint type, working hour of the date).
        self.constraints: dict[int, tuple[str, int]] = {}
        self.open_starts: set[int] = set()
        self.open_finishes: set[int] = set()
        self.es: list[int] = []
        self.lf: list[int] = []
        self.finish = 0
        self.data_date = 0
        self._link(rng)
        self._schedule(rng)

    def _link(self, rng: random.Random) -> None:
        n = self.n
        # A few open ends on purpose: no predecessor (open start) or no successor (open finish).
        if n > 10:
            opens = max(1, n // 200)
            self.open_starts = set(rng.sample(range(2, n - 1), opens))
            self.open_finishes = set(rng.sample(range(1, n - 1), opens))
        has_successor = [False] * n
        # Predecessors come from a window of earlier activities whose width grows with the
        # project, so that the network has parallel paths ~50 activities deep at any size.
        window = max(2, n // 25)
        for i in range(1, n - 1 if n > 1 else 1):
            if i in self.open_starts:
                continue
            low = max(0, i - window)
            count = 1 if rng.random() < 0.7 else 2
            chosen = {rng.randrange(low, i) for _ in range(count)}
            for p in sorted(chosen):
                if p in self.open_finishes:
                    continue
                r = rng.random()
                kind = (
                    "PR_FS"
                    if r < 0.85
                    else "PR_SS"
                    if r < 0.93
                    else "PR_FF"
                    if r < 0.99
                    else "PR_SF"
                )
                r = rng.random()
                lag = 0
                if r < 0.08:
                    lag = HOURS_PER_DAY * rng.randint(1, 5)
                elif r < 0.10:
                    lag = -HOURS_PER_DAY * rng.randint(1, 2)  # a lead
                self.preds[i].append((p, kind, lag))
                has_successor[p] = True
        if n > 1:
            # Everything else without a successor drives the finish milestone.
            self.preds[n - 1] = [
                (i, "PR_FS", 0)
                for i in range(n - 1)
                if not has_successor[i] and i not in self.open_finishes
            ]

    def _schedule(self, rng: random.Random) -> None:
        n, dur, preds = self.n, self.dur, self.preds
        es = [0] * n
        for i in range(n):
            start = 0
            for p, kind, lag in preds[i]:
                if kind == "PR_FS":
                    t = es[p] + dur[p] + lag
                elif kind == "PR_SS":
                    t = es[p] + lag
                elif kind == "PR_FF":
                    t = es[p] + dur[p] + lag - dur[i]
                else:
                    t = es[p] + lag - dur[i]
                start = max(start, t)
            es[i] = start
        finish = max(es[i] + dur[i] for i in range(n))
        if n > 20:
            # A hard constraint, and a "finish on or before" two days earlier than the logic
            # allows: negative float on that activity and on the path that drives it.
            hard = rng.randrange(n // 4, n // 2)
            self.constraints[hard] = ("CS_MSO", es[hard])
            tight = rng.randrange(n // 2, n - 2)
            self.constraints[tight] = ("CS_MEOB", es[tight] + dur[tight] - 2 * HOURS_PER_DAY)
        lf = [finish] * n
        for i in range(n - 1, -1, -1):
            constraint = self.constraints.get(i)
            if constraint is not None and constraint[0] == "CS_MEOB":
                lf[i] = min(lf[i], constraint[1])
            ls = lf[i] - dur[i]
            for p, kind, lag in preds[i]:
                if kind == "PR_FS":
                    t = ls - lag
                elif kind == "PR_SS":
                    t = ls - lag + dur[p]
                elif kind == "PR_FF":
                    t = lf[i] - lag
                else:
                    t = lf[i] - lag + dur[p]
                lf[p] = min(lf[p], t)
        self.es, self.lf, self.finish = es, lf, finish
        # Progress up to a data date between 25 % and 45 % of the way, on a day boundary.
        share = 25 + rng.randrange(20)
        self.data_date = finish * share // 100 // HOURS_PER_DAY * HOURS_PER_DAY
