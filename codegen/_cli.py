"""The generator's command line: regenerate, or ``--check`` for drift (printing a diff)."""

from __future__ import annotations

import argparse
import difflib
import subprocess
import sys
from pathlib import Path

from ._decoders import render_decoders
from ._models import generate_models
from ._operations import walk
from ._resources import render_resources
from ._spec import GENERATED_DIR, ROOT, SPEC_PATH, header, load_spec
from ._tables import render_events, render_operations


def _run(args: list[str], source: str, filename: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "ruff", *args, "--stdin-filename", filename, "-"],
        input=source,
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"ruff {args[0]} failed on generated {filename}:\n{done.stderr}")
    return done.stdout


def _ruff(source: str, filename: str) -> str:
    """Format like the rest of the project so generated files pass ``ruff format --check``."""
    fixed = _run(["check", "--fix-only", "--select", "F401,I"], source, filename)
    return _run(["format"], fixed, filename)


_INIT = '''"""Code generated from openapi/planner.yaml. Hand-written code never lives here.

Importing the package hands the models' decoders to the converter, so no model class
exists before the converter knows its decoder (the converter never imports this package).
"""

from kazinex_planner._converter import use_decoders

from .decoders import DECODERS

use_decoders(DECODERS)
'''


def build(spec_path: Path = SPEC_PATH) -> dict[Path, str]:
    """Every generated file, keyed by its path, rendered in memory."""
    spec, text, digest = load_spec(spec_path)
    models = generate_models(text, digest)
    operations = walk(spec)
    files: dict[str, str] = {
        "__init__.py": header(digest) + _INIT,
        "models.py": models,
        "decoders.py": render_decoders(models, digest),
        "operations.py": render_operations(digest, operations),
        "events.py": render_events(spec, digest),
    }
    files.update(render_resources(spec, digest, operations, models))
    out: dict[Path, str] = {}
    for rel, source in files.items():
        path = GENERATED_DIR / rel
        out[path] = _ruff(source, str(path.relative_to(ROOT)))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail with a diff if files are stale")
    parser.add_argument("--spec", type=Path, default=SPEC_PATH, help="the spec to generate from")
    args = parser.parse_args(argv)
    wanted = build(args.spec)
    existing = {p for p in GENERATED_DIR.rglob("*.py")} if GENERATED_DIR.exists() else set()
    stale = sorted(existing - set(wanted))
    if args.check:
        drift = False
        for path, source in sorted(wanted.items()):
            current = path.read_text(encoding="utf-8") if path.exists() else ""
            if current != source:
                drift = True
                rel = str(path.relative_to(ROOT))
                sys.stdout.writelines(
                    difflib.unified_diff(
                        current.splitlines(True),
                        source.splitlines(True),
                        f"{rel} (committed)",
                        f"{rel} (from the spec)",
                    )
                )
        for path in stale:
            drift = True
            print(f"{path.relative_to(ROOT)}: not generated from the spec any more; delete it")
        if drift:
            print("\ngenerated code is stale: run `python -m codegen`", file=sys.stderr)
            return 1
        print(f"generated code is up to date ({len(wanted)} files)")
        return 0
    for path, source in wanted.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists() or path.read_text(encoding="utf-8") != source:
            path.write_text(source, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}")
    for path in stale:
        path.unlink()
        print(f"removed {path.relative_to(ROOT)}")
    return 0
