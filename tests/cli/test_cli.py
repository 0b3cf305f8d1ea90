"""The command line: local files, the demo, argument errors (click's CliRunner, real code)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kazinex_planner.cli._app import cli
from kazinex_planner.schedule_files import generate_xer


@pytest.fixture
def xer_file(tmp_path: Path) -> Path:
    path = tmp_path / "sample.xer"
    path.write_bytes(generate_xer(projects=2, activities_per_project=40, seed=7))
    return path


def test_inspect_json_reports_the_counts(xer_file: Path) -> None:
    result = CliRunner().invoke(cli, ["inspect", str(xer_file), "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    assert summary["format"] == "xer"
    assert summary["project_count"] == 2
    assert summary["activity_count"] == 80


def test_inspect_table(xer_file: Path) -> None:
    result = CliRunner().invoke(cli, ["inspect", str(xer_file)])
    assert result.exit_code == 0, result.output
    assert "80" in result.output


def test_inspect_rejects_a_file_that_is_not_a_schedule(tmp_path: Path) -> None:
    pdf = tmp_path / "drawing.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    result = CliRunner().invoke(cli, ["inspect", str(pdf)])
    assert result.exit_code == 1
    assert "not a schedule" in result.output


def test_quality_json_has_a_score_and_every_check(xer_file: Path) -> None:
    result = CliRunner().invoke(cli, ["quality", str(xer_file), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert 0 <= report["score"] <= 100
    assert report["grade"] in {"excellent", "good", "fair", "poor", "critical"}
    assert {c["id"] for c in report["checks"]} >= {"missing-logic", "negative-float"}


def test_quality_table(xer_file: Path) -> None:
    result = CliRunner().invoke(cli, ["quality", str(xer_file)])
    assert result.exit_code == 0, result.output
    assert "overall score" in result.output


def test_emulator_refuses_a_malformed_error_rate() -> None:
    result = CliRunner().invoke(cli, ["emulator", "--error-rate", "503"])
    assert result.exit_code == 2
    assert "STATUS=RATE" in result.output


def test_demo_runs_the_pipeline_and_prints_the_summary(tmp_path: Path) -> None:
    out = tmp_path / "demo-output"
    result = CliRunner().invoke(cli, ["demo", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "Portfolio published to the emulator" in result.output
    assert "requests used:" in result.output
    assert (out / "manifest.json").is_file()
    for code in ("NHCW", "RSB", "WTP2"):
        assert code in result.output


def test_a_demo_rerun_leaves_only_the_new_projects(tmp_path: Path) -> None:
    out = tmp_path / "demo-output"
    for _ in range(2):
        result = CliRunner().invoke(cli, ["demo", "--out", str(out)])
        assert result.exit_code == 0, result.output
    manifest = json.loads((out / "manifest.json").read_text())
    folders = {p.name for p in out.iterdir() if p.is_dir()}
    assert folders == set(manifest["projects"])
    assert len(folders) == 3


class _BackgroundLoop:
    """An event loop in a thread, so a synchronous CLI call can talk to the emulator."""

    def __init__(self) -> None:
        import asyncio
        import threading

        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self._thread.start()

    def run(self, coro: object) -> object:
        import asyncio

        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(60)  # type: ignore[arg-type]

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(10)
        self.loop.close()


def test_upload_with_progress_and_wait(xer_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kazinex_planner.emulator import Emulator

    background = _BackgroundLoop()
    emulator = Emulator(plan="unlimited")
    try:
        background.run(emulator.start())
        key = emulator.issue_key()
        project = background.run(_create_project(emulator.base_url, key))
        monkeypatch.setenv("KAZINEX_API_KEY", key)
        monkeypatch.setenv("KAZINEX_BASE_URL", emulator.base_url)
        result = CliRunner().invoke(
            cli, ["upload", str(project), str(xer_file), "--label", "CLI", "--wait"]
        )
        assert result.exit_code == 0, result.output
        assert "uploaded sch_" in result.output
        assert "is ready: 80 activities" in result.output
        assert key not in result.output
    finally:
        background.run(emulator.stop())
        background.close()


async def _create_project(base_url: str, key: str) -> str:
    from kazinex_planner import PlannerClient

    async with PlannerClient(key, base_url=base_url) as planner:
        return (await planner.projects.create(name="CLI upload")).id
