"""Developer tasks. Plain ``nox`` runs the default set (what CI runs)."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import nox

ROOT = Path(__file__).parent
CONSTRAINTS = ("-c", str(ROOT / "constraints.txt"))
TEST_DEPS = (
    "pytest",
    "pytest-asyncio",
    "hypothesis",
    "openapi-core",
    "openapi-spec-validator",
    "jsonschema",
    "PyYAML",
)
#: The oldest aiohttp we support; aioresponses 0.7.9 only works up to 3.13.
OLDEST_AIOHTTP = "3.13.5"

nox.options.default_venv_backend = "venv"
nox.options.sessions = [
    "lint",
    "typecheck",
    "codegen",
    "spec",
    "tests",
    "tests_aioresponses",
    "examples",
    "schemathesis",
    "build",
]
nox.options.error_on_missing_interpreters = True


@nox.session
def tests(session: nox.Session) -> None:
    """The suite on the newest pinned aiohttp, against real local servers (and Redis),
    with the otel extra and the OpenTelemetry SDK's in-memory exporter and reader."""
    session.install(
        *CONSTRAINTS,
        "-e",
        ".[cli,redis,otel]",
        *TEST_DEPS,
        "opentelemetry-sdk",
        "import-linter",  # tests/architecture breaks the import contract on purpose
    )
    session.run("pytest", "-m", "not aioresponses", *session.posargs)


@nox.session
def tests_aioresponses(session: nox.Session) -> None:
    """Unit tests built on aioresponses, which needs aiohttp <= 3.13 (see ARCHITECTURE.md)."""
    session.install(
        "-e",
        ".",
        f"aiohttp=={OLDEST_AIOHTTP}",
        "aioresponses==0.7.9",
        "pytest==9.2.0",
        "pytest-asyncio==1.5.0",
    )
    session.run("pytest", "-m", "aioresponses", "tests/transport_unit", *session.posargs)


@nox.session
def examples(session: nox.Session) -> None:
    """Run every example in examples/ against the embedded emulator and check its outcomes.

    The examples' own requirements (FastAPI, uvicorn, matplotlib) live only here, so the
    main ``tests`` session never needs them (its testpaths do not include examples/).
    The fleet example's Redis test starts its own redis-server (``.ci/run`` installs it).
    """
    session.install(
        *CONSTRAINTS,
        "-e",
        ".[redis]",
        "-r",
        "examples/requirements.txt",
        "pytest",
        "pytest-asyncio",
        "mypy",
    )
    session.run("mypy", "--strict", "examples")
    session.run("pytest", "examples/tests", *session.posargs, env={"MPLBACKEND": "Agg"})


@nox.session
def lint(session: nox.Session) -> None:
    """Style, and the import contract of ``[tool.importlinter]`` (the layers, no cycles).

    ``lint-imports`` reads the source from the working directory (it imports nothing),
    so the package itself need not be installed here.
    """
    session.install(*CONSTRAINTS, "ruff", "import-linter")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    session.run("lint-imports", "--no-cache")


@nox.session
def typecheck(session: nox.Session) -> None:
    session.install(
        *CONSTRAINTS,
        "-e",
        ".[cli,redis,otel]",  # kazinex_planner/_otel is type-checked against the API
        "opentelemetry-sdk",  # demo --trace (cli/_trace.py) uses the SDK's in-memory exporter
        "mypy",
        "PyYAML",
        "Jinja2",
        "types-PyYAML",
        "datamodel-code-generator",
        "pytest",
        "pytest-asyncio",
        "nox",
    )
    session.run("mypy", "--strict", "kazinex_planner", "codegen", "tests/type_checks")


@nox.session
def codegen(session: nox.Session) -> None:
    """Fail when the generated code is stale (``python -m codegen`` fixes it).

    The package is installed too: the generator's tests import the decoders they render,
    and those import the converter's shared rules (timestamps) from ``kazinex_planner``.
    """
    session.install(
        *CONSTRAINTS,
        "-e",
        ".",
        "datamodel-code-generator",
        "Jinja2",
        "PyYAML",
        "ruff",
        "attrs",
        "pytest",
        "pytest-asyncio",
    )
    session.run("python", "-m", "codegen", "--check")
    session.run("pytest", "-p", "no:kazinex_planner", "--noconftest", "tests/codegen")


@nox.session
def spec(session: nox.Session) -> None:
    """Validate openapi/planner.yaml and its examples."""
    session.install(
        *CONSTRAINTS, "openapi-spec-validator", "jsonschema", "PyYAML", "pytest", "pytest-asyncio"
    )
    session.run("pytest", "tests/spec", *session.posargs)


@nox.session
def build(session: nox.Session) -> None:
    """sdist + wheel, ``twine check``, then install the wheel in a fresh venv and import it."""
    session.install(*CONSTRAINTS, "build", "twine")
    dist = Path(tempfile.mkdtemp(prefix="kzdist-"))
    session.run("python", "-m", "build", "--outdir", str(dist))
    files = sorted(str(p) for p in dist.iterdir())
    session.run("twine", "check", "--strict", *files)
    wheel = next(p for p in files if p.endswith(".whl"))
    venv = dist / "venv"
    session.run("python", "-m", "venv", str(venv))
    py = str(venv / ("Scripts" if os.name == "nt" else "bin") / "python")
    session.run(py, "-m", "pip", "install", "-q", *CONSTRAINTS, wheel, external=True)
    session.run(
        py,
        "-c",
        "import kazinex_planner, kazinex_planner.models as m; "
        "from kazinex_planner import PlannerClient, Plan, errors; "
        "assert m.Project and m.Activity; print('wheel imports OK', kazinex_planner.__version__)",
        external=True,
    )
    shutil.rmtree(dist, ignore_errors=True)


@nox.session
def schemathesis(session: nox.Session) -> None:
    """Fuzz the emulator against openapi/planner.yaml (all checks and phases) with a real
    processed schedule behind the ids; one seed, rotating by commit and printed
    (replay: ``nox -s schemathesis -- --seed N``)."""
    session.install(*CONSTRAINTS, "-e", ".", "schemathesis==4.32.5")
    session.run("python", "scripts/schemathesis_emulator.py", *session.posargs)


@nox.session
def schemathesis_deep(session: nox.Session) -> None:
    """The same, deeper (not in the default set): 5 consecutive seeds x 200 examples."""
    session.install(*CONSTRAINTS, "-e", ".", "schemathesis==4.32.5")
    session.run(
        "python",
        "scripts/schemathesis_emulator.py",
        "--seeds",
        "5",
        "--max-examples",
        "200",
        *session.posargs,
    )


@nox.session
@nox.parametrize("peer", ["PyP6XER", "xerparser", "mpxj jpype1"])
def bench_peers(session: nox.Session, peer: str) -> None:
    """Our reader against one peer parser, each in its own venv (PyP6XER and xerparser both
    install a module named ``xerparser``; MPXJ needs a JVM on the machine)."""
    session.install(*CONSTRAINTS, "-e", ".", *peer.split())
    session.run("python", "benchmarks/bench_schedule_files.py", "--peers", *session.posargs)


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmarks; results go to BENCHMARKS.md (run by hand, not in CI)."""
    session.install(*CONSTRAINTS, "-e", ".[cli,redis]", "pydantic", "PyYAML")
    for script in sorted((ROOT / "benchmarks").glob("bench_*.py")):
        session.run("python", str(script), *session.posargs)
