"""publish_pipeline.py: the gates decide the exit status, and a pass publishes everything."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import publish_pipeline
import pytest

from kazinex_planner import PlannerClient
from kazinex_planner.emulator import Emulator
from kazinex_planner.schedule_files import generate_xer

SCRIPT = Path(publish_pipeline.__file__)


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), "--emulator", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=180,
    )


def test_a_good_schedule_is_published_and_exits_0(tmp_path: Path) -> None:
    done = _run("--json", "--workdir", str(tmp_path), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["activities"] == 150
    assert summary["server_score"] == summary["local_score"] >= 50
    assert summary["baseline_id"].startswith("bl_")
    assert summary["progressed"] == publish_pipeline.PROGRESS_BATCH
    assert (tmp_path / "generated.xer").is_file()


def test_the_quality_gate_exits_4(tmp_path: Path) -> None:
    done = _run("--min-score", "99.5", "--workdir", str(tmp_path), cwd=tmp_path)
    assert done.returncode == publish_pipeline.EXIT_GATE_FAILED == 4
    assert "below the gate of 99.5" in done.stderr
    assert "nothing was uploaded" in done.stderr
    assert "uploaded" not in done.stdout


def test_an_invalid_file_exits_3(tmp_path: Path) -> None:
    bad = tmp_path / "update.xer"
    bad.write_text("this is not a schedule\n")
    done = _run(str(bad), cwd=tmp_path)
    assert done.returncode == publish_pipeline.EXIT_INVALID_FILE == 3
    assert "update.xer is not a valid schedule" in done.stderr


async def test_what_the_api_holds_after_a_pass_and_a_failed_gate(tmp_path: Path) -> None:
    path = tmp_path / "plan.xer"
    path.write_bytes(generate_xer(activities_per_project=60, seed=11))
    async with Emulator(plan="business") as emulator:
        state = emulator.state
        key = emulator.issue_key()
        async with PlannerClient(key, base_url=emulator.base_url, plan="business") as planner:
            with pytest.raises(publish_pipeline.GateFailed) as failed:
                await publish_pipeline.publish(
                    planner, path, project_name="Gated", min_score=100.0, say=lambda _: None
                )
            assert failed.value.exit_code == 4
            assert not state.projects  # a failed gate costs no request and uploads nothing
            assert not state.webhooks

            summary = await publish_pipeline.publish(
                planner, path, project_name="Published", min_score=10.0, say=lambda _: None
            )
        assert [p.name for p in state.projects.values()] == ["Published"]
        assert not state.webhooks  # the run's webhook was removed again
        assert [b.id for b in state.baselines.values()] == [summary.baseline_id]
        progressed = [
            a for a in state.activities[summary.schedule_id].values() if a.percent_complete == 10.0
        ]
        assert len(progressed) == summary.progressed == publish_pipeline.PROGRESS_BATCH
