"""Fuzz the embedded emulator with Schemathesis against ``openapi/planner.yaml``.

Why a script rather than a bare CLI call: the emulator has to be running (on the unlimited
plan so the fuzzer is never throttled) on a free loopback port, the fuzzer needs a fresh
key, and the fixture's ids must reach it. Explicit OpenAPI ``links`` in the spec let the
stateful phase chain created resources, but activities, resources, quality checks and
baselines only exist once a real schedule file has been processed, which no generated
upload ever is. So a fixture project is built from a real schedule first
(``schemathesis_fixture.py``) and its ids are offered as Schemathesis dictionaries (drawn
for most generated values, the rest stay random) for the operations that read them.
Destructive operations and uploads get throw-away records of their own.

Usage::

    python scripts/schemathesis_emulator.py [--seed N] [--seeds K] [--max-examples M]
                                            [extra schemathesis run options]

Runs every check (``-c all``) in every phase, once per seed (``K`` consecutive seeds from
``N``), each on a fresh emulator and fixture; exits non-zero when any run failed, and
always stops the emulator. The default seed rotates: ``SCHEMATHESIS_SEED`` when set, else
derived from the git commit, else from the UTC date; it is printed before each run, and
``--seed N`` replays a run. Needs ``pip install -e . schemathesis==4.32.5``.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Coroutine, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from schemathesis_fixture import build_fixture, fixture_file

from kazinex_planner.emulator import Emulator

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "openapi" / "planner.yaml"
CONFIG = ROOT / "schemathesis.toml"

#: Fixed options: no example database carried between runs (a seed replays a run), all
#: checks, all phases. Extra command-line arguments are appended after these.
RUN_OPTIONS: tuple[str, ...] = (
    "--checks",
    "all",
    "--phases",
    "examples,coverage,fuzzing,stateful",
    "--generation-database",
    "none",
    "--workers",
    "1",
    "--request-timeout",
    "30",
    "--no-color",
)
DEFAULT_MAX_EXAMPLES = 30
#: Share of generated values replaced by a fixture id, per parameter: with two bound
#: parameters, about 80% of requests name an existing pair.
SEEDED_PROBABILITY = 0.9
#: Operations and the fixture dictionaries their parameters draw from. Reads and
#: non-destructive writes use the fixture project; uploads, new baselines and schedule
#: deletes use a scratch project. Deleting a project, baseline, webhook or user is left to
#: the stateful phase, which deletes what it has just created: a dictionary value replaces
#: the id a link supplies, and an id deleted earlier in the run would then answer 404 to
#: a "just created" resource (ST302, a false failure).
_PROJECT = {"path.project_id": "project"}
_REVISION = {**_PROJECT, "query.schedule_id": "schedule"}
SEEDED_BINDINGS: dict[str, dict[str, str]] = {
    "getProject": _PROJECT,
    "updateProject": _PROJECT,
    "uploadSchedule": {"path.project_id": "scratch_project"},
    "listSchedules": _PROJECT,
    "getSchedule": {**_PROJECT, "path.schedule_id": "schedule"},
    "deleteSchedule": {
        "path.project_id": "scratch_project",
        "path.schedule_id": "scratch_schedule",
    },
    "listActivities": {**_REVISION, "query.wbs_code": "wbs_code"},
    "getActivity": {**_PROJECT, "path.activity_id": "activity"},
    "updateActivity": {**_PROJECT, "path.activity_id": "activity"},
    "batchUpdateActivities": {**_PROJECT, "body.updates[*].id": "activity"},
    "listBaselines": _PROJECT,
    # The fixture revision is a baseline already (a second is 409): mark scratch ones.
    "markBaseline": {
        "path.project_id": "scratch_project",
        "body.schedule_id": "scratch_schedule",
    },
    "getBaseline": {**_PROJECT, "path.baseline_id": "baseline"},
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
    "getUser": {"path.user_id": "user"},
    "updateUser": {"path.user_id": "user"},
    "getWebhook": {"path.webhook_id": "webhook"},
    "updateWebhook": {"path.webhook_id": "webhook"},
    "sendWebhookTest": {"path.webhook_id": "webhook"},
    "listWebhookDeliveries": {"path.webhook_id": "webhook"},
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
def running_emulator() -> Iterator[tuple[BackgroundLoop, str, str]]:
    """An empty emulator on a free 127.0.0.1 port: ``(loop, base_url, read-write admin
    key)``; the loop serves it and runs the fixture builder."""
    background = BackgroundLoop()
    emulator = Emulator(plan="unlimited", host="127.0.0.1", port=0)

    async def start() -> str:
        await emulator.start()
        return emulator.issue_key(scope="read_write", role="admin")

    try:
        key = background.run(start())
        yield background, emulator.base_url, key
    finally:
        try:
            background.run(emulator.stop())
        finally:
            background.close()


def default_seed() -> tuple[int, str]:
    """The rotating seed and where it came from (see the module docstring)."""
    if os.environ.get("SCHEMATHESIS_SEED"):
        return int(os.environ["SCHEMATHESIS_SEED"]), "SCHEMATHESIS_SEED"
    try:
        head = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
        return int(head[:8], 16), f"commit {head[:12]}"
    except (OSError, subprocess.CalledProcessError, ValueError):
        today = datetime.datetime.now(datetime.UTC).date()
        return int(today.strftime("%Y%m%d")), f"date {today}"


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


def run_once(seed: int, max_examples: int, extra: Sequence[str]) -> int:
    """One Schemathesis run on a fresh emulator and fixture; its exit code."""
    with running_emulator() as (background, base_url, key), fixture_file() as schedule:
        print(f"Fixture schedule: {schedule} ({schedule.stat().st_size:,} bytes)", flush=True)
        ids = background.run(build_fixture(base_url, key, schedule), timeout=900)
        counts = ", ".join(f"{name} {len(values)}" for name, values in ids.items())
        print(f"Fixture ids: {counts}", flush=True)
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
                "--seed",
                str(seed),
                "--max-examples",
                str(max_examples),
                *extra,
            ]
            env = {
                **os.environ,
                "NO_PROXY": "127.0.0.1,localhost",
                "no_proxy": "127.0.0.1",
                # A repeated Idempotency-Key gets a fresh one (see schemathesis_hooks.py).
                "SCHEMATHESIS_HOOKS": "schemathesis_hooks",
                "PYTHONPATH": os.pathsep.join(
                    filter(
                        None, [str(Path(__file__).resolve().parent), os.environ.get("PYTHONPATH")]
                    )
                ),
            }
            return subprocess.run(command, cwd=tmp, env=env, check=False).returncode


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--seed", type=int, help="first seed (default: rotating, printed)")
    parser.add_argument("--seeds", type=int, default=1, help="consecutive seeds to run")
    parser.add_argument("--max-examples", type=int, default=DEFAULT_MAX_EXAMPLES)
    options, extra = parser.parse_known_args(argv)
    if options.seed is None:
        first, origin = default_seed()
    else:
        first, origin = options.seed, "--seed"
    failed: list[int] = []
    for seed in range(first, first + options.seeds):
        print(
            f"Schemathesis seed {seed} (from {origin}); replay: "
            f"python scripts/schemathesis_emulator.py --seed {seed} "
            f"--max-examples {options.max_examples}",
            flush=True,
        )
        if run_once(seed, options.max_examples, extra) != 0:
            failed.append(seed)
    if failed:
        print(f"Schemathesis failed for seed(s): {', '.join(map(str, failed))}", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
