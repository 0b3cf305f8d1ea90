"""A live emulator for CLI tests: the CLI runs its own event loop, so the emulator
serves from a loop in a background thread, on 127.0.0.1, and the tests talk to it
only through the command line (``KAZINEX_API_KEY`` / ``KAZINEX_BASE_URL``)."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Coroutine, Iterator
from pathlib import Path
from typing import Any, TypeVar

import attrs
import pytest
from click.testing import CliRunner, Result

from kazinex_planner.cli._app import cli
from kazinex_planner.emulator import Emulator
from kazinex_planner.schedule_files import generate_xer

T = TypeVar("T")


class BackgroundLoop:
    """An event loop in a thread, so synchronous CLI calls can reach the emulator."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self._thread.start()

    def run(self, coro: Coroutine[Any, Any, T]) -> T:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(60)

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(10)
        self.loop.close()


@attrs.frozen
class LiveEmulator:
    emulator: Emulator
    background: BackgroundLoop
    base_url: str
    key: str

    def invoke(self, *args: str, env: dict[str, str] | None = None) -> Result:
        """Run the CLI with only the two variables a fresh shell would have."""
        environment = {"KAZINEX_API_KEY": self.key, "KAZINEX_BASE_URL": self.base_url}
        environment.update(env or {})
        return CliRunner().invoke(cli, list(args), env=environment, catch_exceptions=False)

    def json(self, *args: str) -> Any:
        result = self.invoke(*args, "--json")
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)

    def lines(self, *args: str) -> list[Any]:
        result = self.invoke(*args, "--json")
        assert result.exit_code == 0, result.output
        return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def start_emulator(**options: Any) -> Iterator[LiveEmulator]:
    background = BackgroundLoop()
    emulator = Emulator(**options)
    try:
        background.run(emulator.start())
        key = emulator.issue_key(scope="read_write", role="admin")
        yield LiveEmulator(emulator, background, emulator.base_url, key)
    finally:
        background.run(emulator.stop())
        background.close()


@pytest.fixture
def live(monkeypatch: pytest.MonkeyPatch) -> Iterator[LiveEmulator]:
    """A fresh emulator (unlimited plan); KAZINEX_* from the outside are cleared."""
    for name in ("KAZINEX_API_KEY", "KAZINEX_BASE_URL", "KAZINEX_PLAN", "KAZINEX_LOG"):
        monkeypatch.delenv(name, raising=False)
    yield from start_emulator(plan="unlimited")


@pytest.fixture
def xer_file(tmp_path: Path) -> Path:
    path = tmp_path / "sample.xer"
    path.write_bytes(generate_xer(projects=1, activities_per_project=40, seed=7))
    return path
