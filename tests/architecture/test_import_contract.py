"""The import contract (``[tool.importlinter]`` in pyproject.toml) holds, and it has teeth.

``nox -s lint`` runs ``lint-imports`` on the tree; these tests run it too, then copy the
package, add one import that breaks a rule, and check that the contract now fails and
names the rule: a contract that passed whatever the code did would prove nothing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("importlinter")
grimp = pytest.importorskip("grimp")

ROOT = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def _lint(cwd: Path) -> subprocess.CompletedProcess[str]:
    # lint-imports puts its working directory first on sys.path: it reads that copy.
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "COLUMNS": "1000"},  # one contract, one line
    )


@pytest.fixture(scope="module")
def copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("tree")
    shutil.copy(ROOT / "pyproject.toml", target / "pyproject.toml")
    shutil.copytree(
        ROOT / "kazinex_planner",
        target / "kazinex_planner",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    return target


def test_the_tree_keeps_the_contract() -> None:
    result = _lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


#: (file, import added at the end, the contract that must break)
INJECTIONS = [
    # a leaf reaching up
    ("_clock.py", "from ._core import _http", "Layers"),
    # the cycle issue 13 removed: the limiter's plan importing the transport's config
    ("ratelimit/_plan.py", "from .._core import _config", "No import cycles"),
    # errors reaching the limiter again (TYPE_CHECKING imports count too)
    (
        "errors.py",
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .ratelimit import Plan",
        "Layers",
    ),
    # the client importing the export package (it sits above the client)
    ("_base_client.py", "from . import export", "Layers"),
    # a lazy import is still an import
    ("_core/_http.py", "def _later() -> None:\n    from .. import emulator", "never imports"),
    ("emulator/_state.py", "from .. import errors", "emulator imports only"),
    ("schedule_files/_source.py", "from .._core import _http", "sans-I/O"),
]


@pytest.mark.parametrize(("path", "line", "contract"), INJECTIONS, ids=[i[0] for i in INJECTIONS])
def test_an_injected_import_breaks_the_contract(
    copy: Path, path: str, line: str, contract: str
) -> None:
    module = copy / "kazinex_planner" / path
    original = module.read_text(encoding="utf-8")
    module.write_text(f"{original}\n{line}\n", encoding="utf-8")
    try:
        result = _lint(copy)
    finally:
        module.write_text(original, encoding="utf-8")
    assert result.returncode == 1, result.stdout + result.stderr
    broken = [line for line in result.stdout.splitlines() if " BROKEN" in line]
    assert any(contract in line for line in broken), result.stdout


def test_only_the_top_imports_the_package_facade() -> None:
    """``kazinex_planner/__init__`` imports every layer, so a module below it that imports
    the facade (``from .. import __version__``) closes a cycle the layers contract cannot
    see (the facade is the container, not a layer)."""
    graph = grimp.build_graph("kazinex_planner", cache_dir=None)
    importers = graph.find_modules_that_directly_import("kazinex_planner")
    assert importers <= {"kazinex_planner.testing.pytest_plugin"}
