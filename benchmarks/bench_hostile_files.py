"""Benchmark of hostile schedule files: time and peak RSS vs a well-formed file of the same size.

Usage (from the repository root)::

    python benchmarks/bench_hostile_files.py [--size-mb 20] [--shapes NAME,...]

Each adversarial shape of issue 10 (a ``%F`` line of empty columns, one huge line, deeply
nested XML, a record with millions of children, one huge attribute, one huge text, the
``<!DOCTYPE [x][x]...`` prolog) is written at ``--size-mb`` MB next to a well-formed file of
the same size and format (a generated XER, or an MSPDI with as many tasks as fit), and
``inspect_schedule`` and ``read_schedule`` run on each in a fresh child process, so the
peak RSS (``VmHWM``) belongs to that one operation. The table gives seconds and the RSS
grown over the child's baseline, and both as ratios to the well-formed file measured in
the same run: a hostile file should cost no more than a real one.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MB = 1 << 20
MS = b'<Project xmlns="http://schemas.microsoft.com/project">'

_CHILD = r"""
import json, sys, time
import kazinex_planner.schedule_files as sf

def hwm_mb():
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0

path, op = sys.argv[1], sys.argv[2]
base = hwm_mb()
start = time.perf_counter()
outcome = "ok"
try:
    (sf.inspect_schedule if op == "inspect" else sf.read_schedule)(path)
except sf.ScheduleFileError as exc:
    outcome = "ScheduleFileError: " + exc.message.split(":")[0][:60]
print(json.dumps({"seconds": time.perf_counter() - start, "grown_mb": hwm_mb() - base,
                  "outcome": outcome}))
"""


def _fill(prefix: bytes, unit: bytes, suffix: bytes, size: int) -> bytes:
    return prefix + unit * max(1, (size - len(prefix) - len(suffix)) // len(unit)) + suffix


def _xer_ok(size: int) -> bytes:
    sys.path.insert(0, str(ROOT))
    from kazinex_planner.schedule_files import generate_xer

    return generate_xer(projects=1, activities_per_project=max(1, size // 690), seed=1)


def _mspdi_ok(size: int) -> bytes:
    task = b"<Task><UID>1</UID><Name>Pour slab</Name><Duration>PT8H0M0S</Duration></Task>"
    return _fill(MS + b"<Tasks>", task, b"</Tasks></Project>", size)


#: name -> (format of the well-formed twin, builder of the hostile file)
SHAPES: dict[str, tuple[str, Callable[[int], bytes]]] = {
    "%F line of empty columns": (
        "xer",
        lambda n: _fill(b"ERMHDR\t19.12\n%T\tTASK\n%F", b"\t", b"\n%R\t1\n%E\n", n),
    ),
    "one line over 64 MiB": (
        "xer",
        lambda n: b"ERMHDR\t19.12\n%T\tTASK\n%F\tx\n%R\t" + b"x" * max(n, 65 * MB) + b"\n%E\n",
    ),
    "nested XML": ("mspdi", lambda n: _fill(MS + b"<Tasks><Task>", b"<a>", b"", n)),
    "record with many children": (
        "mspdi",
        lambda n: _fill(MS + b"<Tasks><Task>", b"<a/>", b"</Task></Tasks></Project>", n),
    ),
    "one huge attribute": (
        "mspdi",
        lambda n: _fill(MS + b'<Tasks><Task a="', b"x", b'"/></Tasks></Project>', n),
    ),
    "one huge text": (
        "mspdi",
        lambda n: _fill(MS + b"<Tasks><Task><Name>", b"x", b"</Name></Task></Tasks>", n),
    ),
    "DOCTYPE [x] repeated": ("mspdi", lambda n: _fill(b"<!DOCTYPE", b"[x]", b"", n)),
}


def _run(path: Path, op: str) -> dict[str, object]:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path), op],
        check=True,
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mb", type=float, default=20.0)
    parser.add_argument("--shapes", default="", help="comma-separated subset of the shape names")
    args = parser.parse_args()
    size = int(args.size_mb * MB)
    wanted = [s for s in args.shapes.split(",") if s] or list(SHAPES)
    with tempfile.TemporaryDirectory(prefix="bench-hostile-") as tmp:
        folder = Path(tmp)
        twins: dict[str, tuple[Path, dict[str, dict[str, object]]]] = {}
        for fmt, build in (("xer", _xer_ok), ("mspdi", _mspdi_ok)):
            path = folder / f"ok.{fmt}"
            path.write_bytes(build(size))
            twins[fmt] = (path, {op: _run(path, op) for op in ("inspect", "read")})
        print(f"files of {args.size_mb:g} MB (the >64 MiB line is 65 MB); best of 1 run each\n")
        print(
            "| shape | op | outcome | s | RSS grown MB | time vs well-formed | RSS vs well-formed |"
        )
        print("|---|---|---|---:|---:|---:|---:|")
        for fmt, (path, results) in twins.items():
            for op, r in results.items():
                print(
                    f"| well-formed {fmt} ({path.stat().st_size / MB:.0f} MB) | {op} | "
                    f"{r['outcome']} | {r['seconds']:.2f} | {r['grown_mb']:.0f} | 1 | 1 |"
                )
        for name in wanted:
            fmt, build = SHAPES[name]
            path = folder / "hostile.bin"
            path.write_bytes(build(size))
            for op in ("inspect", "read"):
                r = _run(path, op)
                ok = twins[fmt][1][op]
                t_ratio = float(r["seconds"]) / max(float(ok["seconds"]), 1e-6)  # type: ignore[arg-type]
                m_ratio = float(r["grown_mb"]) / max(float(ok["grown_mb"]), 1.0)  # type: ignore[arg-type]
                print(
                    f"| {name} | {op} | {r['outcome']} | {r['seconds']:.2f} | "
                    f"{r['grown_mb']:.0f} | {t_ratio:.2f} | {m_ratio:.2f} |",
                    flush=True,
                )
            path.unlink()


if __name__ == "__main__":
    main()
