"""The export stands on the public surface (issue 11): a static check of its source.

* no private attribute of another object (``planner._transport``), only ``self._x``;
* no import of the SDK's private layers (``_core``, ``_client``, ``_generated``) beyond
  the leaves and the annotations listed in ``ALLOWED_PRIVATE_IMPORTS``;
* no request paths built by hand (no path literals, no ``quote_path``);
* no prefetch loop of its own: tasks are started only by ``_tasks.py`` (running units
  side by side); pages are read ahead by the list methods' pagers.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from kazinex_planner import PlannerClient
from kazinex_planner._generated.operations import OPERATIONS
from kazinex_planner.export._units import PROJECTS_KIND, kinds_for, normalize_include

EXPORT = Path(__file__).resolve().parents[2] / "kazinex_planner" / "export"
SOURCES = sorted(EXPORT.glob("*.py"))
#: The manifest records which spec wrote it; the digest has no other home (h10b owns it).
#: The leaves (``_logging``, ``_version``) import nothing from the package. The client
#: and ``RawResponse`` are the public ones, named for annotations at their home: the
#: root package imports ``PlannerClient``, which imports the export (issue 13 layers).
ALLOWED_PRIVATE_IMPORTS = {
    ("_manifest.py", "_generated.operations"),
    ("_manifest.py", "_version"),
    ("_api.py", "_logging"),
    ("_runner.py", "_logging"),
    ("_api.py", "_base_client"),
    ("_fetch.py", "_base_client"),
    ("_fetch.py", "_core._raw"),
}


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_no_private_access_across_objects(path: Path) -> None:
    offenders = [
        f"line {node.lineno}: {ast.unparse(node)}"
        for node in ast.walk(_tree(path))
        if isinstance(node, ast.Attribute)
        and node.attr.startswith("_")
        and not node.attr.startswith("__")
        and not (isinstance(node.value, ast.Name) and node.value.id in {"self", "cls"})
    ]
    assert not offenders


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_no_private_layers_imported(path: Path) -> None:
    offenders = []
    for node in ast.walk(_tree(path)):
        if isinstance(node, ast.ImportFrom) and node.level >= 2 and node.module:
            first = node.module.split(".")[0]
            if first.startswith("_") and (path.name, node.module) not in ALLOWED_PRIVATE_IMPORTS:
                offenders.append(f"line {node.lineno}: from {'.' * node.level}{node.module}")
    assert not offenders


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_no_path_templating(path: Path) -> None:
    tree = _tree(path)
    # Documentation may show paths; code may not build them.
    docstrings = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Expr)}
    strings = [
        n.value
        for n in ast.walk(tree)
        if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docstrings
    ]
    assert not [s for s in strings if "/projects" in s or "{project_id}" in s]
    names = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    names |= {a.name for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) for a in n.names}
    assert not names & {"quote_path", "operation_path", "OPERATIONS", "Request", "send"}


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_no_second_prefetch_loop(path: Path) -> None:
    if path.name == "_tasks.py":
        return
    spawned = [
        ast.unparse(n.func)
        for n in ast.walk(_tree(path))
        if isinstance(n, ast.Call)
        and isinstance(n.func, ast.Attribute)
        and n.func.attr in {"ensure_future", "create_task", "Semaphore", "gather"}
    ]
    assert not spawned


def test_every_kind_names_a_generated_method_of_its_operation() -> None:
    planner = PlannerClient("kzk_test_x", base_url="http://127.0.0.1:9/v1")
    by_id = {op.operation_id: op for op in OPERATIONS}
    for kind in (
        PROJECTS_KIND,
        *kinds_for(
            normalize_include(
                [
                    "quality",
                    "activities",
                    "schedules",
                    "baselines",
                    "resources",
                    "assignments",
                    "loading",
                ]
            )
        ),
    ):
        op = by_id[kind.operation_id]
        assert (kind.group, kind.method) == (op.tag, op.method_name), kind.name
        assert callable(getattr(getattr(planner, kind.group).with_raw_response, kind.method))
