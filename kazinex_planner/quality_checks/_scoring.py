"""Turning raw check values into verdicts and 0–100 scores, and scores into grades.

The product documents only the shape of the mapping (pass = 100, warning 50–99 scaled by
closeness to the threshold, fail 0–49 scaled by how far past it). The exact formulas
below are ours; they are monotone in the raw value and jump by at most one point at a
band edge, so a schedule that improves never loses score.

Percent checks with an upper bound ``t`` (value ``x`` in 0–100):

* ``x ≤ t`` → pass, 100.
* ``t < x ≤ w`` → warning, ``99 − 49·(x − t)/(w − t)``, where the warning limit
  ``w = min(100, t + max(t, 1))``: twice the threshold, but at least one percentage
  point past it so that "any occurrence" checks (``t = 0``) warn up to 1 % of the
  population.
* ``x > w`` → fail, ``49·(100 − x)/(100 − w)``.

Lower-bound percent checks are mirrored (``100 − x`` against ``100 − t``). Count checks
pass while the count is within the threshold and are otherwise scored as their share of
the check's population. Ratio checks with a lower bound ``t`` and warning band ``b`` warn
down to ``f = t − b`` (``99 − 49·(t − v)/b``) and fail below it (``49·v/f``); an optional
ideal maximum ``u`` turns values above ``u`` into warnings scaled over one further ``u``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

    from kazinex_planner.quality_checks._model import Grade, ScoringRule, Verdict

PASS_SCORE = 100.0
WARNING_MAX = 99.0
WARNING_MIN = 50.0
FAIL_MAX = 49.0

#: Lower bounds of the grade bands, best first (API: bands 90/70/50/30).
GRADE_BANDS: tuple[tuple[float, Grade], ...] = (
    (90.0, "excellent"),
    (70.0, "good"),
    (50.0, "fair"),
    (30.0, "poor"),
)


def grade_for(score: float) -> Grade:
    """Grade a 0–100 score; band lower bounds are inclusive."""
    for lower, grade in GRADE_BANDS:
        if score >= lower:
            return grade
    return "critical"


def score_max_percent(value: float, threshold: float) -> tuple[Verdict, float]:
    """Verdict and score for "at most ``threshold`` %" checks (see module docstring)."""
    x = min(max(value, 0.0), 100.0)
    if x <= threshold:
        return "pass", PASS_SCORE
    limit = min(100.0, threshold + max(threshold, 1.0))
    if x <= limit:
        span = (x - threshold) / (limit - threshold)
        return "warning", WARNING_MAX - (WARNING_MAX - WARNING_MIN) * span
    # Here limit < x ≤ 100, so limit < 100 and the division is safe.
    return "fail", FAIL_MAX * (100.0 - x) / (100.0 - limit)


def score_min_percent(value: float, threshold: float) -> tuple[Verdict, float]:
    """Verdict and score for "at least ``threshold`` %" checks: the mirror image."""
    return score_max_percent(100.0 - value, 100.0 - threshold)


def score_max_count(count: float, threshold: float, population: int) -> tuple[Verdict, float]:
    """Verdict and score for "at most ``threshold`` occurrences" checks.

    The verdict is decided on the count itself; the score scales with the count's share
    of the population, so one offender in 10,000 activities costs less than one in ten.
    """
    if count <= threshold:
        return "pass", PASS_SCORE
    size = max(population, 1)
    share = 100.0 * count / size
    share_threshold = min(100.0, 100.0 * threshold / size)
    return score_max_percent(share, share_threshold)


def score_min_ratio(
    value: float, threshold: float, band: float, ideal_max: float | None = None
) -> tuple[Verdict, float]:
    """Verdict and score for "at least ``threshold``" ratios (CPLI, logic density)."""
    if value >= threshold:
        if ideal_max is None:
            return "pass", PASS_SCORE
        upper = max(ideal_max, threshold)
        if value <= upper:
            return "pass", PASS_SCORE
        excess = min(1.0, (value - upper) / upper) if upper > 0 else 1.0
        return "warning", WARNING_MAX - (WARNING_MAX - WARNING_MIN) * excess
    floor = max(0.0, threshold - band)
    if value >= floor and band > 0:
        shortfall = (threshold - value) / (threshold - floor)
        return "warning", WARNING_MAX - (WARNING_MAX - WARNING_MIN) * shortfall
    if floor <= 0:
        return "fail", 0.0
    return "fail", FAIL_MAX * max(value, 0.0) / floor


def judge(
    rule: ScoringRule,
    value: float,
    threshold: float,
    population: int,
    *,
    band: float | None = None,
    ideal_max: float | None = None,
) -> tuple[Verdict, float]:
    """Dispatch to the mapping for ``rule``."""
    if rule == "max_percent":
        return score_max_percent(value, threshold)
    if rule == "min_percent":
        return score_min_percent(value, threshold)
    if rule == "max_count":
        return score_max_count(value, threshold, population)
    return score_min_ratio(value, threshold, band or 0.0, ideal_max)


def weighted_mean(pairs: Iterable[tuple[float, float]]) -> float | None:
    """Σ(score × weight) / Σ weight over ``(score, weight)`` pairs with positive weight.

    This is both the category formula (check scores × check weights) and the overall
    formula (category scores × category weights): dividing by the weights actually
    present is what normalises weights that do not sum to 100 %. ``None`` when nothing
    carries weight, because an empty average has no meaningful value.
    """
    total = 0.0
    weights = 0.0
    for score, weight in pairs:
        if weight > 0:
            total += score * weight
            weights += weight
    if weights == 0:
        return None
    return total / weights


def round_score(score: float) -> float:
    """Scores are published with one decimal."""
    return round(score, 1)
