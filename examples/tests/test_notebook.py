"""notebook.py runs headless as a script, and its cells run where a loop is already running."""

from __future__ import annotations

import asyncio
import os
import runpy
import subprocess
import sys
import threading
from pathlib import Path

import pytest

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebook.py"
PNG = b"\x89PNG\r\n\x1a\n"


def _assert_plots(out: Path) -> None:
    for name in ("float.png", "quality.png"):
        data = (out / name).read_bytes()
        assert data.startswith(PNG), name
        assert len(data) > 5_000, name  # a drawn figure, not an empty canvas


def test_runs_headless_as_a_script(tmp_path: Path) -> None:
    env = {**os.environ, "NOTEBOOK_OUT": str(tmp_path), "MPLBACKEND": "Agg"}
    env.pop("KAZINEX_API_KEY", None)
    done = subprocess.run(
        [sys.executable, "-W", "error", str(NOTEBOOK)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    assert "overall " in done.stdout
    assert "300 activities" in done.stdout
    _assert_plots(tmp_path)


async def test_cells_run_inside_a_running_loop(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # What Jupyter does: the cells execute while the kernel's event loop is running.
    monkeypatch.setenv("NOTEBOOK_OUT", str(tmp_path))
    monkeypatch.setenv("MPLBACKEND", "Agg")
    monkeypatch.delenv("KAZINEX_API_KEY", raising=False)
    loop = asyncio.get_running_loop()
    before = set(threading.enumerate())
    namespace = runpy.run_path(str(NOTEBOOK), run_name="__notebook__")
    assert asyncio.get_running_loop() is loop
    assert namespace["report"].status == "complete"
    assert namespace["planner"].closed
    _assert_plots(tmp_path)
    assert set(threading.enumerate()) - before == set()  # both loop threads stopped
    import matplotlib.pyplot as plt

    plt.close("all")
