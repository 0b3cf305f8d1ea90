"""Fuzz the embedded emulator with Schemathesis against ``openapi/planner.yaml``.

Why a script rather than a bare CLI call: the emulator has to be running (seeded, on the
unlimited plan so the fuzzer is never throttled) on a free loopback port, the fuzzer needs
a fresh key, and the seeded ids must reach it. Explicit OpenAPI ``links`` in the spec let
the stateful phase chain created resources, but activities, resources, quality checks and
baselines only exist once a real schedule file has been processed, which no generated
upload ever is; so the seeded project's ids are offered as Schemathesis dictionaries (drawn
for some of the generated values, the rest stay random) for the operations that read
them. Operations that would destroy the fixture (deleting the project or its schedule)
never get those ids.

Usage::

    python scripts/schemathesis_emulator.py [extra schemathesis run options]

Runs every check (``-c all``) in every phase with a fixed seed, exits with the
Schemathesis exit code, and always stops the emulator. Needs ``pip install -e .
schemathesis==4.32.5``.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import urllib.request
from collections.abc import Coroutine, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from kazinex_planner.emulator import Emulator

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "openapi" / "planner.yaml"
CONFIG = ROOT / "schemathesis.toml"

#: Fixed options: reproducible (seed, no example database carried between runs), all
#: checks, all phases. Extra command-line arguments are appended after these.
RUN_OPTIONS: tuple[str, ...] = (
    "--checks",
    "all",
    "--phases",
    "examples,coverage,fuzzing,stateful",
    "--max-examples",
    "30",
    "--seed",
    "20260302",
    "--generation-database",
    "none",
    "--workers",
    "1",
    "--request-timeout",
    "30",
    "--no-color",
)
#: Share of generated values replaced by a seeded id, per parameter (see the docstring).
SEEDED_PROBABILITY = 0.75
#: Operations that read the seeded project; each entry: parameter binding -> dictionary.
_PROJECT = {"path.project_id": "project"}
_REVISION = {**_PROJECT, "query.schedule_id": "schedule"}
SEEDED_BINDINGS: dict[str, dict[str, str]] = {
    "listSchedules": _PROJECT,
    "getSchedule": {**_PROJECT, "path.schedule_id": "schedule"},
    "listActivities": _REVISION,
    "getActivity": {**_PROJECT, "path.activity_id": "activity"},
    "updateActivity": {**_PROJECT, "path.activity_id": "activity"},
    "batchUpdateActivities": {**_PROJECT, "body.updates[*].id": "activity"},
    "listBaselines": _PROJECT,
    "markBaseline": {**_PROJECT, "body.schedule_id": "schedule"},
    "getBaseline": {**_PROJECT, "path.baseline_id": "baseline"},
    "unmarkBaseline": {**_PROJECT, "path.baseline_id": "baseline"},
    "getQualityReport": _REVISION,
    "listQualityChecks": _REVISION,
    "getQualityCheck": {**_REVISION, "path.check_id": "check"},
    "listResources": _REVISION,
    "getResource": {**_REVISION, "path.resource_id": "resource"},
    "listResourceAssignments": {
        **_REVISION,
        "query.resource_id": "resource",
        "query.activity_id": "activity",
    },
    "getResourceLoading": {**_REVISION, "query.resource_id": "resource"},
}

T = TypeVar("T")


class BackgroundLoop:
    """An event loop in a daemon thread: the emulator serves there while the main thread
    waits for the Schemathesis subprocess."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self._thread.start()

    def run(self, coro: Coroutine[Any, Any, T], timeout: float = 120.0) -> T:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(timeout=10)
        self.loop.close()


@contextmanager
def running_emulator() -> Iterator[tuple[str, str]]:
    """A seeded emulator on a free 127.0.0.1 port: ``(base_url, read-write admin key)``."""
    background = BackgroundLoop()
    emulator = Emulator(seed=True, plan="unlimited", host="127.0.0.1", port=0)

    async def start() -> str:
        await emulator.start()
        return emulator.issue_key(scope="read_write", role="admin")

    try:
        key = background.run(start())
        yield emulator.base_url, key
    finally:
        try:
            background.run(emulator.stop())
        finally:
            background.close()


def _call(base_url: str, key: str, method: str, path: str, body: Any = None) -> Any:
    """One API call (loopback only) returning the decoded JSON body."""
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(base_url + path, data=data, method=method)
    request.add_header("Authorization", f"Bearer {key}")
    if data is not None:
        request.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())


def seeded_ids(base_url: str, key: str) -> dict[str, list[str]]:
    """Ids of the seeded project's data, plus one baseline marked for the fuzzer to read."""
    projects = _call(base_url, key, "GET", "/projects")["data"]
    if len(projects) != 1 or not projects[0]["current_schedule_id"]:
        raise RuntimeError(f"expected one seeded, processed project; got {projects!r}")
    project = projects[0]["id"]
    schedule = projects[0]["current_schedule_id"]
    scoped = f"/projects/{project}"
    activities = _call(base_url, key, "GET", f"{scoped}/activities?per_page=20")["data"]
    resources = _call(base_url, key, "GET", f"{scoped}/resources?per_page=20")["data"]
    checks = _call(base_url, key, "GET", f"{scoped}/quality/checks?per_page=20")["data"]
    baseline = _call(
        base_url,
        key,
        "POST",
        f"{scoped}/baselines",
        {"schedule_id": schedule, "label": "Schemathesis fixture", "primary": False},
    )
    ids = {
        "project": [project],
        "schedule": [schedule],
        "activity": [a["id"] for a in activities],
        "resource": [r["id"] for r in resources],
        "check": [c["id"] for c in checks],
        "baseline": [baseline["id"]],
    }
    empty = [name for name, values in ids.items() if not values]
    if empty:
        raise RuntimeError(f"the seeded project has no {', '.join(empty)}")
    return ids


def _toml_list(values: Sequence[str]) -> str:
    return "[" + ", ".join(json.dumps(v) for v in values) + "]"


def run_config(ids: dict[str, list[str]]) -> str:
    """``schemathesis.toml`` plus this run's seeded-id dictionaries and bindings."""
    lines = [CONFIG.read_text(encoding="utf-8"), "", "# ---- generated for this run ----"]
    for name, values in ids.items():
        lines += [f"[dictionaries.seeded_{name}]", f"values = {_toml_list(values)}", ""]
    for operation_id, bindings in SEEDED_BINDINGS.items():
        lines += ["[[operations]]", f"include-operation-id = {json.dumps(operation_id)}"]
        for parameter, dictionary in bindings.items():
            lines.append(
                f"parameters.{json.dumps(parameter)} = "
                f'{{ dictionary = "seeded_{dictionary}", probability = {SEEDED_PROBABILITY} }}'
            )
        lines.append("")
    return "\n".join(lines)


def schemathesis_command() -> list[str]:
    """The ``schemathesis`` executable of the running interpreter's environment."""
    scripts = Path(sys.executable).parent
    for name in ("schemathesis", "schemathesis.exe"):
        candidate = scripts / name
        if candidate.exists():
            return [str(candidate)]
    found = shutil.which("schemathesis")
    if found is None:
        raise RuntimeError("schemathesis is not installed: pip install schemathesis==4.32.5")
    return [found]


def main(argv: Sequence[str]) -> int:
    with running_emulator() as (base_url, key):
        ids = seeded_ids(base_url, key)
        with tempfile.TemporaryDirectory(prefix="kzp-schemathesis-") as tmp:
            config = Path(tmp) / "schemathesis.toml"
            config.write_text(run_config(ids), encoding="utf-8")
            command = [
                *schemathesis_command(),
                "--config-file",
                str(config),
                "run",
                str(SPEC),
                "--url",
                base_url,
                "--header",
                f"Authorization: Bearer {key}",
                *RUN_OPTIONS,
                *argv,
            ]
            env = {**os.environ, "NO_PROXY": "127.0.0.1,localhost", "no_proxy": "127.0.0.1"}
            return subprocess.run(command, cwd=tmp, env=env, check=False).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
