"""Run the generator with its pinned tools even where they are not installed.

``python -m codegen`` needs datamodel-code-generator, Jinja2, PyYAML and ruff at the
versions in ``constraints.txt``. When the current interpreter lacks any of them, a
private venv (``.venv-codegen``, git-ignored) is created once with exactly those pins,
and the command re-runs there. Only the standard library is used here, because this
runs before any of those packages can be imported.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv-codegen"
REQUIRED = {
    "datamodel_code_generator": "datamodel-code-generator",
    "jinja2": "Jinja2",
    "yaml": "PyYAML",
    "ruff": "ruff",
    "attrs": "attrs",
}
_GUARD = "KAZINEX_CODEGEN_BOOTSTRAPPED"


def missing() -> list[str]:
    return [pkg for module, pkg in REQUIRED.items() if importlib.util.find_spec(module) is None]


def ensure_tools(argv: list[str]) -> None:
    """Return if the tools are importable; otherwise re-run in the pinned venv and exit."""
    absent = missing()
    if not absent:
        return
    if os.environ.get(_GUARD):
        raise SystemExit(f"codegen: {', '.join(absent)} still missing in {sys.executable}")
    python = VENV / ("Scripts" if os.name == "nt" else "bin") / "python"
    if not python.exists():
        print(
            f"codegen: {', '.join(absent)} not installed here; creating {VENV.name} "
            "with the pinned versions from constraints.txt",
            file=sys.stderr,
        )
        venv.create(VENV, with_pip=True)
    subprocess.run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "-q",
            "-c",
            str(ROOT / "constraints.txt"),
            *REQUIRED.values(),
        ],
        check=True,
    )
    done = subprocess.run(
        [str(python), "-m", "codegen", *argv],
        cwd=ROOT,
        env={**os.environ, _GUARD: "1"},
        check=False,
    )
    raise SystemExit(done.returncode)
