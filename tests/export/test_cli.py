"""``kazinex-planner export`` through click's CliRunner: files, summary, exit codes."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner

from kazinex_planner.cli._export import EXIT_PARTIAL, EXIT_QUOTA, export_command

from ._fake import FakePlanner

KEY = "cli-test-key-do-not-print"


@pytest.fixture
def served() -> Iterator[tuple[FakePlanner, str]]:
    """The fake API on its own loop in a thread (the CLI runs its own asyncio.run)."""
    fake = FakePlanner(projects=2, sizes={"activities": 250})
    loop = asyncio.new_event_loop()
    ready = threading.Event()
    urls: list[str] = []

    def serve() -> None:
        asyncio.set_event_loop(loop)
        urls.append(loop.run_until_complete(fake.start()))
        ready.set()
        loop.run_forever()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    ready.wait(10)
    yield fake, urls[0]
    asyncio.run_coroutine_threadsafe(fake.close(), loop).result(10)
    loop.call_soon_threadsafe(loop.stop)
    thread.join(10)
    loop.close()


def _invoke(url: str, *args: str) -> tuple[int, str]:
    runner = CliRunner()
    result = runner.invoke(
        export_command,
        list(args),
        env={"KAZINEX_API_KEY": KEY, "KAZINEX_BASE_URL": url, "KAZINEX_PLAN": "business"},
        catch_exceptions=False,
    )
    return result.exit_code, result.output


def test_exports_and_prints_a_summary(served: tuple[FakePlanner, str], tmp_path: Path) -> None:
    _, url = served
    code, output = _invoke(url, "--out", str(tmp_path), "--include", "projects,activities")
    assert code == 0, output
    assert "activities" in output
    assert "500" in output  # 2 x 250 activities in the summary
    assert KEY not in output
    manifest = orjson.loads((tmp_path / "manifest.json").read_bytes())
    assert manifest["status"] == "complete"
    assert len((tmp_path / "proj_0000" / "activities.jsonl").read_bytes().splitlines()) == 250


def test_csv_and_selected_projects(served: tuple[FakePlanner, str], tmp_path: Path) -> None:
    _, url = served
    code, output = _invoke(
        url,
        *("--out", str(tmp_path), "--format", "csv", "--project", "proj_0001"),
        *("--include", "activities", "--concurrency", "2"),
    )
    assert code == 0, output
    assert (tmp_path / "proj_0001" / "activities.csv").exists()
    assert not (tmp_path / "proj_0000").exists()


def test_usage_errors_exit_2(served: tuple[FakePlanner, str], tmp_path: Path) -> None:
    _, url = served
    code, output = _invoke(url, "--out", str(tmp_path), "--include", "activities,widgets")
    assert code == 2
    assert "widgets" in output
    code, _ = _invoke(url, "--out", str(tmp_path), "--format", "xml")
    assert code == 2
    code, _ = _invoke(url, "--include", "activities")  # no --out
    assert code == 2


def test_refused_for_quota_exits_3(served: tuple[FakePlanner, str], tmp_path: Path) -> None:
    fake, url = served
    fake.day_limit = 20  # planning takes 13, the data needs 18
    code, output = _invoke(url, "--out", str(tmp_path))
    assert code == EXIT_QUOTA
    assert "remain" in output
    assert fake.data_requests == 0


def test_partial_exits_4_and_a_rerun_finishes(
    served: tuple[FakePlanner, str], tmp_path: Path
) -> None:
    fake, url = served
    fake.day_limit = 25
    code, output = _invoke(url, "--out", str(tmp_path), "--allow-partial")
    assert code == EXIT_PARTIAL, output
    assert "pending" in output
    fake.day_limit = None  # the day reset
    code, output = _invoke(url, "--out", str(tmp_path))
    assert code == 0, output
    assert orjson.loads((tmp_path / "manifest.json").read_bytes())["status"] == "complete"
