"""The engine on every real schedule file in ../shared/schedules (skipped when absent)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from kazinex_planner.quality_checks import evaluate, format_report_table
from kazinex_planner.schedule_files import read_schedule
from tests.conftest import shared_schedule_files

if TYPE_CHECKING:
    from pathlib import Path

FILES = shared_schedule_files()


@pytest.mark.skipif(not FILES, reason="real schedule files not found in ../shared/schedules")
@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_real_file_gets_a_graded_report(path: Path) -> None:
    schedule = read_schedule(path)
    report = evaluate(schedule)
    assert report.score is not None, format_report_table(report)
    assert 0.0 <= report.score <= 100.0
    assert report.grade is not None
    for check in report.checks:
        assert check.affected_count == len(check.affected_activity_ids)
        assert set(check.affected_activity_ids) <= {a.id for a in schedule.activities}
