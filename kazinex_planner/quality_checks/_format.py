"""A dependency-free plain-text rendering of a report (logs, doctests, plain terminals).

The CLI renders with rich on its own; this exists so the core package can show a report
without any optional dependency.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from kazinex_planner.quality_checks._model import CheckResult, QualityReport


def _number(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "count":
        return f"{value:g}"
    if unit == "%":
        return f"{value:.1f} %"
    return f"{value:.2f}"


def _table(header: Sequence[str], rows: Sequence[Sequence[str]], right: set[int]) -> list[str]:
    widths = [max(len(row[i]) for row in (header, *rows)) for i in range(len(header))]

    def line(cells: Sequence[str]) -> str:
        parts = [
            cell.rjust(widths[i]) if i in right else cell.ljust(widths[i])
            for i, cell in enumerate(cells)
        ]
        return "  ".join(parts).rstrip()

    return [line(header), "  ".join("-" * w for w in widths), *(line(r) for r in rows)]


def _check_row(check: CheckResult) -> list[str]:
    return [
        check.id,
        check.category,
        check.severity,
        check.verdict,
        "-" if check.score is None else f"{check.score:.1f}",
        _number(check.value, check.unit),
        _number(check.threshold, check.unit),
        str(check.affected_count),
    ]


def format_report_table(report: QualityReport) -> str:
    """Render ``report`` as aligned plain text: summary, categories, then checks."""
    overall = "n/a" if report.score is None else f"{report.score:.1f} ({report.grade})"
    lines = [
        f"Quality score: {overall}",
        f"Activities: {report.activity_count}  Relationships: {report.relationship_count}",
        "",
    ]
    category_rows = [
        [
            c.name,
            f"{c.weight:g}",
            "-" if c.score is None else f"{c.score:.1f}",
            str(c.passed),
            str(c.warnings),
            str(c.failed),
            str(c.not_applicable),
        ]
        for c in report.categories
    ]
    lines += _table(
        ("Category", "Weight", "Score", "Pass", "Warn", "Fail", "N/A"),
        category_rows,
        right={1, 2, 3, 4, 5, 6},
    )
    lines.append("")
    lines += _table(
        ("Check", "Category", "Severity", "Verdict", "Score", "Value", "Threshold", "Affected"),
        [_check_row(c) for c in report.checks],
        right={4, 5, 6, 7},
    )
    return "\n".join(lines) + "\n"
