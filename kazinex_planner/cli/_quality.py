"""``quality``: the gate a pipeline runs, plus the API's quality commands.

``quality FILE`` checks a local file (no network); ``quality --project ID`` reads the
server's report of the project's current (or ``--schedule``) revision. Either one fails
the gate with exit 5 when ``--fail-under SCORE`` or ``--fail-on-grade GRADE`` is not
met, listing the failing checks. ``quality report|checks|check`` are the API commands
(built from the operation index); a first argument that is not one of them is a FILE.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs
import click
from rich.table import Table

from ..errors import PlannerError
from ._common import console, print_json
from ._errors import exit_with, planner_errors
from ._options import Settings, network_options, run_command, wait_timeout_option
from ._render import as_data

__all__ = ["EXIT_GATE", "GRADES", "QualityGroup", "gate_command"]

EXIT_GATE = 5
#: Best first; ``--fail-on-grade fair`` fails on fair, poor and critical.
GRADES = ("excellent", "good", "fair", "poor", "critical")
_VERDICT_STYLE = {"pass": "green", "warning": "yellow", "fail": "red", "not_applicable": "dim"}


@attrs.frozen(kw_only=True)
class _Check:
    id: str
    category: str
    verdict: str
    score: float | None
    value: float | None
    unit: str
    threshold: float | None
    affected: int


@attrs.frozen(kw_only=True)
class _Outcome:
    """A report reduced to what the gate and the table need (local or from the API)."""

    title: str
    score: float | None
    grade: str | None
    checks: tuple[_Check, ...]
    data: Any


def _check_of(check: Any) -> _Check:
    """A check result of either engine (local or the API's): same field names."""
    return _Check(
        id=check.id,
        category=str(check.category),
        verdict=str(check.verdict),
        score=check.score,
        value=check.value,
        unit=str(check.unit),
        threshold=check.threshold,
        affected=check.affected_count,
    )


def gate_failures(outcome: _Outcome, fail_under: float | None, fail_on: str | None) -> list[str]:
    """Why the gate fails (empty: it passes)."""
    reasons: list[str] = []
    if fail_under is not None:
        if outcome.score is None:
            reasons.append(f"no score to compare with --fail-under {fail_under:g}")
        elif outcome.score < fail_under:
            reasons.append(f"score {outcome.score:.1f} is below --fail-under {fail_under:g}")
    if fail_on is not None:
        if outcome.grade is None:
            reasons.append(f"no grade to compare with --fail-on-grade {fail_on}")
        elif outcome.grade in GRADES and GRADES.index(outcome.grade) >= GRADES.index(fail_on):
            reasons.append(f"grade {outcome.grade} is {fail_on} or worse (--fail-on-grade)")
    return reasons


def _local(file: Path) -> _Outcome:
    from ..quality_checks import evaluate
    from ..schedule_files import read_schedule

    report = evaluate(read_schedule(file))
    checks = tuple(_check_of(c) for c in report.checks)
    grade = None if report.grade is None else str(report.grade)
    return _Outcome(
        title=f"Quality of {file.name}",
        score=report.score,
        grade=grade,
        checks=checks,
        data=report,
    )


async def _remote(
    settings: Settings, project_id: str, schedule_id: str | None, wait_timeout: float
) -> _Outcome:
    async with settings.client() as planner:
        report = await planner.quality.wait_until_complete(
            project_id, schedule_id, timeout=wait_timeout
        )
        results = [
            c
            async for c in planner.quality.list_checks(
                project_id, schedule_id=report.schedule_id, per_page=200
            )
        ]
    checks = tuple(_check_of(c) for c in results)
    return _Outcome(
        title=f"Quality of project {project_id} (schedule {report.schedule_id})",
        score=report.score,
        grade=None if report.grade is None else str(report.grade),
        checks=checks,
        data={"report": as_data(report), "checks": [as_data(c) for c in results]},
    )


def _print_table(outcome: _Outcome) -> None:
    table = Table(title=outcome.title, title_justify="left")
    for column in ("check", "category", "verdict", "score", "value", "limit", "affected"):
        table.add_column(
            column,
            justify="left" if column in {"check", "category", "verdict"} else "right",
            no_wrap=column == "check",
        )
    for check in outcome.checks:
        style = _VERDICT_STYLE.get(check.verdict, "")
        table.add_row(
            check.id,
            check.category,
            f"[{style}]{check.verdict}[/]",
            "-" if check.score is None else f"{check.score:.1f}",
            "-" if check.value is None else f"{check.value:.4g} {check.unit}",
            "-" if check.threshold is None else f"{check.threshold:g}",
            str(check.affected),
        )
    console.print(table)
    if outcome.score is None:
        console.print("overall: no applicable checks")
    else:
        console.print(
            f"overall score [bold]{outcome.score:.1f}[/] — grade [bold]{outcome.grade}[/]"
        )


def _fail_gate(reasons: Sequence[str], outcome: _Outcome) -> None:
    failing = [c for c in outcome.checks if c.verdict == "fail"]
    listed = ", ".join(f"{c.id} ({'-' if c.score is None else f'{c.score:.0f}'})" for c in failing)
    lines = [f"quality gate failed: {'; '.join(reasons)}"]
    lines.append(f"failing checks: {listed}" if failing else "failing checks: none")
    exit_with(EXIT_GATE, "\n".join(lines))


@click.command(
    "gate",
    help="Check FILE locally, or the server's report of --project, and gate on the result.\n\n"
    "Exit 5 when --fail-under or --fail-on-grade is not met (failing checks listed).",
)
@click.argument(
    "file", required=False, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option("--project", "project_id", metavar="ID", help="Gate on this project's report.")
@click.option(
    "--schedule", "schedule_id", metavar="ID", help="With --project: a revision (default current)."
)
@click.option(
    "--fail-under",
    type=click.FloatRange(0, 100),
    metavar="SCORE",
    help="Fail when the overall score is below SCORE (0-100).",
)
@click.option(
    "--fail-on-grade",
    type=click.Choice(GRADES[1:]),
    help="Fail when the grade is this one or worse.",
)
@wait_timeout_option("With --project: seconds to wait for a pending report.")
@network_options
def gate_command(
    settings: Settings,
    file: Path | None,
    project_id: str | None,
    schedule_id: str | None,
    fail_under: float | None,
    fail_on_grade: str | None,
    wait_timeout: float,
) -> None:
    if (file is None) == (project_id is None):
        raise click.UsageError("give either FILE or --project ID")
    if schedule_id is not None and project_id is None:
        raise click.UsageError("--schedule needs --project")
    if file is not None:
        with planner_errors(settings.verbose > 0):
            try:
                outcome = _local(file)
            except PlannerError as exc:  # not a schedule, unreadable: one line, exit 1
                exit_with(1, f"{type(exc).__name__}: {exc}")
    else:
        assert project_id is not None
        outcome = run_command(
            _remote(settings, project_id, schedule_id, wait_timeout),
            settings,
            interrupted="interrupted: nothing was changed",
        )
    if settings.as_json:
        print_json(outcome.data)
    else:
        _print_table(outcome)
    reasons = gate_failures(outcome, fail_under, fail_on_grade)
    if reasons:
        _fail_gate(reasons, outcome)


class QualityGroup(click.Group):
    """A group whose first argument may be a FILE or an option: then it runs ``gate``."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ctx.help_option_names:
            args = ["gate", *args]
        return super().parse_args(ctx, args)
