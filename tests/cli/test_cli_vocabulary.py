"""One vocabulary: no message the CLI shows names a Python argument.

Three nets: every message-like string in the CLI's source; every library message that
can reach the CLI, after the CLI edge's translation (:func:`cli_words`); and the output
of the error paths themselves, run through the command line.
"""

from __future__ import annotations

import ast
import inspect
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

import kazinex_planner
from kazinex_planner import PlannerClient
from kazinex_planner.cli._app import cli
from kazinex_planner.cli._errors import cli_words
from kazinex_planner.export import export
from kazinex_planner.ratelimit import Plan

from .conftest import LiveEmulator

PACKAGE = Path(kazinex_planner.__file__).parent


def _python_names() -> set[str]:
    names: set[str] = set()
    for func in (PlannerClient.__init__, export, Plan.enterprise):
        names |= set(inspect.signature(func).parameters) - {"self", "planner"}
    return names


NAMES = _python_names()
#: ``name=`` for any argument, or a bare multi-word name (``allow_partial``): one-word
#: names (``plan``, ``timeout``) are ordinary English when bare.
PYTHON_SPELLING = re.compile(
    r"\b("
    + "|".join(sorted(NAMES))
    + r")=|\b("
    + "|".join(sorted(n for n in NAMES if "_" in n))
    + r")\b"
)


def _strings(path: Path) -> list[str]:
    """String constants of a module, f-strings joined, docstrings left out."""
    tree = ast.parse(path.read_text())
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            found.append(
                "".join(str(v.value) if isinstance(v, ast.Constant) else "{}" for v in node.values)
            )
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docstrings
        ):
            found.append(node.value)
    return [s for s in found if " " in s.strip()]  # messages, not identifiers


def test_the_names_are_the_ones_users_would_see() -> None:
    assert {"api_key", "base_url", "allow_partial", "resume", "per_minute"} <= NAMES


@pytest.mark.parametrize(
    "module",
    sorted(p.name for p in (PACKAGE / "cli").glob("*.py") if p.name != "_errors.py"),
)
def test_cli_source_messages_use_flags(module: str) -> None:
    bad = [s for s in _strings(PACKAGE / "cli" / module) if PYTHON_SPELLING.search(s)]
    assert bad == []


#: Library modules whose errors the CLI shows (configuration, plans, export).
LIBRARY = [
    "_core/_config.py",
    "ratelimit/_plan.py",
    "ratelimit/_limiter.py",
    "export/_api.py",
    "export/_manifest.py",
    "export/_units.py",
    "export/_errors.py",
]


@pytest.mark.parametrize("module", LIBRARY)
def test_library_messages_are_translated_at_the_cli_edge(module: str) -> None:
    for message in _strings(PACKAGE / module):
        translated = cli_words(message)
        assert not PYTHON_SPELLING.search(translated), (message, translated)


@pytest.mark.parametrize(
    ("python", "flag"),
    [
        ("pass allow_partial=True to export", "pass --allow-partial to export"),
        ("or pass resume=False to start over", "or pass --no-resume to start over"),
        ("no API key: pass api_key=... or set KAZINEX_API_KEY", "no API key: pass --api-key or"),
        ("timeout must be > 0 seconds", "--timeout must be > 0 seconds"),
        ("max_retries must be >= 0, got -1", "--max-retries must be >= 0"),
        ("Plan.enterprise(per_minute=..., per_day=...)", "--plan enterprise:PER_MINUTE:PER_DAY"),
    ],
)
def test_cli_words(python: str, flag: str) -> None:
    assert flag in cli_words(python)


ERROR_PATHS = [
    ["projects", "list", "--plan", "enterprise"],
    ["projects", "list", "--plan", "gold"],
    ["projects", "list", "--timeout", "0"],
    ["projects", "list", "--max-retries", "-1"],
    ["projects", "list", "--base-url", "ftp://x"],
    ["projects", "list", "--redis-url", "ftp://127.0.0.1:1/0"],
    ["projects", "list", "--max-wait", "-1"],
    ["export", "--out", "{tmp}/o", "--include", "nope"],
    ["export", "--out", "{tmp}/o", "--concurrency", "0"],
    ["quality", "--project", "prj_x", "--fail-under", "101"],
    ["activities", "update", "prj_x", "act_x", "--actual-start", "yesterday"],
]


@pytest.mark.parametrize("args", ERROR_PATHS, ids=lambda a: " ".join(a[:3]))
def test_error_paths_speak_in_flags(args: list[str], live: LiveEmulator, tmp_path: Path) -> None:
    result = live.invoke(*[a.replace("{tmp}", str(tmp_path)) for a in args])
    assert result.exit_code != 0
    assert not PYTHON_SPELLING.search(result.output), result.output
    assert "Traceback" not in result.output


def test_missing_key_and_bad_env_speak_in_flags(tmp_path: Path) -> None:
    for env in ({"KAZINEX_API_KEY": ""}, {"KAZINEX_API_KEY": "k" * 20, "KAZINEX_PLAN": "x"}):
        result = CliRunner().invoke(cli, ["projects", "list"], env=env)
        assert result.exit_code == 2
        assert not PYTHON_SPELLING.search(result.output), result.output


def test_export_state_mismatch_names_no_resume(live: LiveEmulator, tmp_path: Path) -> None:
    out = tmp_path / "out"
    live.json("projects", "create", "--name", "A")
    assert live.invoke("export", "--out", str(out), "--include", "projects").exit_code == 0
    other = live.invoke("export", "--out", str(out), "--include", "schedules")
    assert other.exit_code == 2
    assert "--no-resume" in other.output
    assert not PYTHON_SPELLING.search(other.output)
