"""Exit codes and one-line errors: what a pipeline script relies on."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from kazinex_planner.cli import _export
from kazinex_planner.cli._app import cli
from kazinex_planner.cli._export_progress import ExportBars
from kazinex_planner.export import UnitDone

from .conftest import LiveEmulator, start_emulator


@pytest.fixture
def seeded(monkeypatch: pytest.MonkeyPatch) -> Iterator[LiveEmulator]:
    """An emulator with the demo project (a processed schedule) to export."""
    for name in ("KAZINEX_API_KEY", "KAZINEX_BASE_URL", "KAZINEX_PLAN", "KAZINEX_LOG"):
        monkeypatch.delenv(name, raising=False)
    yield from start_emulator(plan="unlimited", seed=True)


def _small_quota(live: LiveEmulator, per_day: int) -> str:
    return live.emulator.issue_key(plan=("enterprise", 1000, per_day))


def test_usage_errors_exit_2_naming_the_flag(live: LiveEmulator) -> None:
    result = live.invoke("projects", "list", "--plan", "enterprise:10")
    assert result.exit_code == 2
    assert "--plan" in result.output
    assert "enterprise:PER_MINUTE:PER_DAY" in result.output
    missing = CliRunner().invoke(cli, ["projects", "list"], env={"KAZINEX_API_KEY": ""})
    assert missing.exit_code == 2
    assert "--api-key" in missing.output
    bad_env = live.invoke("projects", "list", env={"KAZINEX_PLAN": "premium"})
    assert bad_env.exit_code == 2
    assert "KAZINEX_PLAN" in bad_env.output


def test_the_plan_flag_reaches_the_client(live: LiveEmulator) -> None:
    result = live.invoke("projects", "list", "--plan", "enterprise:600:50000", "-v")
    assert result.exit_code == 0, result.output
    assert live.key not in result.output


def test_verbose_logs_requests_on_stderr_without_the_key(live: LiveEmulator) -> None:
    import logging

    result = live.invoke("projects", "list", "-vv", "--json")
    assert result.exit_code == 0, result.output
    assert "DEBUG kazinex_planner" in result.stderr
    assert live.key not in result.output
    assert result.stdout.strip() == ""  # no projects; logs never reach stdout
    quiet = live.invoke("projects", "list", "--json")
    assert quiet.stderr == ""  # the next command is quiet again
    assert logging.getLogger("kazinex_planner").level == logging.NOTSET


def test_api_errors_are_one_line_and_verbose_shows_the_traceback(live: LiveEmulator) -> None:
    plain = live.invoke("projects", "get", "prj_missing")
    assert plain.exit_code == 1
    assert plain.stderr.count("\n") == 1
    assert plain.stderr.startswith("NotFoundError 404 ")
    verbose = live.invoke("projects", "get", "prj_missing", "--verbose")
    assert verbose.exit_code == 1
    assert "Traceback" in verbose.stderr
    assert live.key not in verbose.output


def test_read_only_key_is_refused_with_type_status_and_request_id(live: LiveEmulator) -> None:
    key = live.emulator.issue_key(scope="read_only")
    result = live.invoke("projects", "create", "--name", "x", env={"KAZINEX_API_KEY": key})
    assert result.exit_code == 1
    first = result.stderr.splitlines()[0]
    assert first.startswith("PermissionDeniedError 403 req_")
    assert key not in result.output


def test_export_refused_by_quota_exits_3_in_cli_words(seeded: LiveEmulator, tmp_path: Path) -> None:
    key = _small_quota(seeded, 12)
    result = seeded.invoke("export", "--out", str(tmp_path / "out"), env={"KAZINEX_API_KEY": key})
    assert result.exit_code == 3, result.output
    assert "export refused" in result.stderr
    assert "--allow-partial" in result.stderr
    assert "allow_partial" not in result.output
    assert not (tmp_path / "out").exists()


def test_partial_export_exits_4_and_a_rerun_finishes(seeded: LiveEmulator, tmp_path: Path) -> None:
    key = _small_quota(seeded, 10)
    out = tmp_path / "out"
    result = seeded.invoke(
        "export", "--out", str(out), "--allow-partial", env={"KAZINEX_API_KEY": key}
    )
    assert result.exit_code == 4, result.output
    assert "rerun the same command after the reset" in result.stderr
    rerun = seeded.invoke("export", "--out", str(out))
    assert rerun.exit_code == 0, rerun.output
    assert json.loads((out / "manifest.json").read_text())["status"] == "complete"


def test_interrupted_export_exits_130_saying_what_was_kept(
    seeded: LiveEmulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class StopAfterTwoUnits(ExportBars):
        def __call__(self, event: Any) -> None:
            super().__call__(event)
            if isinstance(event, UnitDone) and self.committed == 2:
                raise KeyboardInterrupt

    monkeypatch.setattr(_export, "ExportBars", StopAfterTwoUnits)
    out = tmp_path / "out"
    result = seeded.invoke("export", "--out", str(out))
    assert result.exit_code == 130
    assert "interrupted: 2 completed files are kept" in result.stderr
    assert "rerun the same command to resume" in result.stderr
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["status"] == "interrupted"
    assert len(manifest["units"]) == 2
    monkeypatch.undo()
    resumed = seeded.invoke("export", "--out", str(out))
    assert resumed.exit_code == 0, resumed.output


def test_no_resume_leaves_no_empty_project_folders(seeded: LiveEmulator, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert seeded.invoke("export", "--out", str(out)).exit_code == 0
    old = [p for p in out.iterdir() if p.is_dir()]
    assert old
    assert seeded.invoke("projects", "delete", old[0].name).exit_code == 0
    other = seeded.json("projects", "create", "--name", "Another")
    again = seeded.invoke("export", "--out", str(out), "--no-resume")
    assert again.exit_code == 0, again.output
    folders = sorted(p.name for p in out.iterdir() if p.is_dir())
    assert folders == [other["id"]]


def test_emulator_on_a_taken_port_is_one_line(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(cli, ["emulator", "--port", str(port)])
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        f"port {port} on 127.0.0.1 is already in use; pick another with --port or use "
        "--port 0 for a free one"
    )


def test_emulator_plan_uses_the_same_syntax() -> None:
    result = CliRunner().invoke(cli, ["emulator", "--plan", "enterprise:x:1"])
    assert result.exit_code == 2
    assert "enterprise:PER_MINUTE:PER_DAY" in result.output


def test_emulator_json_banner_serves_and_stops_on_ctrl_c() -> None:
    import signal
    import subprocess
    import sys

    process = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from kazinex_planner.cli import run; run()",
            "emulator",
            "--port",
            "0",
            "--json",
            "--plan",
            "enterprise:600:5000",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        banner = json.loads(process.stdout.readline())
        assert banner["base_url"].startswith("http://127.0.0.1:")
        env = {"KAZINEX_API_KEY": banner["read_only_key"], "KAZINEX_BASE_URL": banner["base_url"]}
        listed = CliRunner().invoke(cli, ["projects", "list", "--json"], env=env)
        assert listed.exit_code == 0, listed.output
        refused = CliRunner().invoke(cli, ["projects", "create", "--name", "x"], env=env)
        assert refused.exit_code == 1
        assert refused.stderr.startswith("PermissionDeniedError 403")
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0
    assert "emulator stopped" in err
    assert "Traceback" not in err
