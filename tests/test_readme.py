"""The README's quickstart runs as written, against the emulator (so the README stays true)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from kazinex_planner.emulator import Emulator
from kazinex_planner.schedule_files import generate_xer

README = Path(__file__).resolve().parents[1] / "README.md"


def quickstart() -> str:
    match = re.search(r"## Quickstart\n\n```python\n(.*?)```", README.read_text(), re.S)
    assert match, "README has no quickstart block"
    return match.group(1)


async def test_quickstart_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code = quickstart()
    assert "asyncio.run(main())" in code
    monkeypatch.chdir(tmp_path)
    (tmp_path / "NHCW_UP05.xer").write_bytes(generate_xer(activities_per_project=60, seed=5))
    namespace: dict[str, Any] = {}
    exec(compile(code.replace("asyncio.run(main())", ""), "README quickstart", "exec"), namespace)
    async with Emulator(plan="business") as emulator:
        monkeypatch.setenv("KAZINEX_API_KEY", emulator.issue_key())
        monkeypatch.setenv("KAZINEX_BASE_URL", emulator.base_url)
        await namespace["main"]()
    printed = capsys.readouterr().out.splitlines()
    assert printed[0].startswith("60 ")  # activity count, score, grade
    assert printed[-1].startswith("404 not_found req_")
