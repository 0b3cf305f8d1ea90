"""The README's sync example runs as written, against the sync emulator."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from kazinex_planner.sync import Emulator

README = Path(__file__).resolve().parents[2] / "README.md"


def test_which_client_example_runs(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    match = re.search(r"### Which client\?\n.*?```python\n(.*?)```", README.read_text(), re.S)
    assert match, "README has no sync example under 'Which client?'"
    with Emulator(plan="business", seed=True) as emulator:
        monkeypatch.setenv("KAZINEX_API_KEY", emulator.issue_key())
        monkeypatch.setenv("KAZINEX_BASE_URL", emulator.base_url)
        namespace: dict[str, Any] = {}
        exec(compile(match.group(1), "README sync example", "exec"), namespace)
    assert namespace["planner"].closed
    printed = capsys.readouterr().out.splitlines()
    assert printed  # the demo project has critical activities
    assert all(len(line.split()) == 2 for line in printed)
