"""Benchmark of the schedule-file reader: throughput and peak memory, plus peer ratios.

Usage (from the repository root)::

    python benchmarks/bench_schedule_files.py [--size-mb 500] [--xer PATH] [--repeat 3]
    python benchmarks/bench_schedule_files.py --peers [--xer PATH]

The default run times ``inspect_schedule`` and ``read_schedule`` on a real 3 MB P6 export
(``../shared/schedules/xer/pyp6xer__SP10_COST_LOADED.xer``) and on a synthetic XER of
``--size-mb`` MB written to a temporary folder with ``iter_generate_xer``. Each measurement
runs in a fresh child process so that its peak RSS (``ru_maxrss``) belongs to that one
operation; a child that only imports the package gives the interpreter's baseline.

``--peers`` times whichever pure-Python XER parser is importable as ``xerparser`` (PyP6XER
exposes ``xerparser.reader.Reader``, the ``xerparser`` package exposes ``xerparser.Xer``;
both use the same module name, so each lives in its own virtualenv) on the 3 MB file and
prints its time next to ours and the ratio. "Not installed" is reported, not an error.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_XER = ROOT.parent / "shared" / "schedules" / "xer" / "pyp6xer__SP10_COST_LOADED.xer"
#: Bytes per activity of the generated files (measured: ~690), to hit a requested size.
BYTES_PER_ACTIVITY = 690
ACTIVITIES_PER_PROJECT = 5_000

try:
    import kazinex_planner.schedule_files as sf
except ImportError:  # run from a checkout without installing the package
    sys.path.insert(0, str(ROOT))
    import kazinex_planner.schedule_files as sf


def _peak_rss_mb() -> float:
    """This process's peak resident set size in MB.

    Linux's ``ru_maxrss`` survives ``exec`` (a child started by a big parent inherits the
    parent's peak), so ``VmHWM`` from /proc is used where it exists.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kB on Linux, bytes on macOS
    return peak / (1 << 20) if sys.platform == "darwin" else peak / 1024


def _child(operation: str, path: str) -> None:
    """Run one operation in this (fresh) process and print its measurements as JSON."""
    start = time.perf_counter()
    activities = 0
    if operation == "inspect":
        activities = sf.inspect_schedule(path).activity_count
    elif operation == "read":
        activities = len(sf.read_schedule(path).activities)
    elapsed = time.perf_counter() - start
    print(json.dumps({"seconds": elapsed, "activities": activities, "rss_mb": _peak_rss_mb()}))


def _measure(operation: str, path: Path, repeat: int) -> dict[str, Any]:
    runs = []
    for _ in range(repeat):
        out = subprocess.run(
            [sys.executable, __file__, "--child", operation, str(path)],
            check=True,
            capture_output=True,
            text=True,
            env={
                **os.environ,
                "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
            },
        )
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    best: dict[str, Any] = min(runs, key=lambda r: r["seconds"])
    best["rss_mb"] = max(r["rss_mb"] for r in runs)
    return best


def _generate(folder: Path, size_mb: float) -> Path:
    activities = max(1, int(size_mb * 1e6 / BYTES_PER_ACTIVITY))
    projects = max(1, activities // ACTIVITIES_PER_PROJECT)
    per_project = max(1, activities // projects)
    path = folder / f"generated_{size_mb:g}mb.xer"
    start = time.perf_counter()
    with path.open("wb") as fh:
        for chunk in sf.iter_generate_xer(
            projects=projects, activities_per_project=per_project, seed=1
        ):
            fh.write(chunk)
    took = time.perf_counter() - start
    size = path.stat().st_size / 1e6
    print(
        f"generated {path.name}: {size:.1f} MB, {projects} projects x {per_project} activities "
        f"in {took:.1f} s ({size / took:.1f} MB/s)\n",
        flush=True,
    )
    return path


def run_benchmarks(files: list[Path], repeat: int) -> None:
    baseline = _measure("noop", files[0], 1)["rss_mb"]
    print(f"baseline peak RSS of a process that only imports the package: {baseline:.1f} MB\n")
    print("| file | MB | operation | seconds | MB/s | activities/s | peak RSS MB | over baseline |")
    print("|---|---:|---|---:|---:|---:|---:|---:|")
    for path in files:
        size = path.stat().st_size / 1e6
        big = size > 50
        for operation in ("inspect", "read"):
            r = _measure(operation, path, 1 if big else repeat)
            print(
                f"| {path.name} | {size:.1f} | {operation}_schedule | {r['seconds']:.3f} "
                f"| {size / r['seconds']:.1f} | {r['activities'] / r['seconds']:,.0f} "
                f"| {r['rss_mb']:.1f} | {r['rss_mb'] - baseline:.1f} |",
                flush=True,
            )


def _time(fn: Any, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _peer() -> tuple[str, Any] | None:
    """The peer importable here: PyP6XER's Reader, xerparser's Xer, or MPXJ (Java)."""
    try:
        from xerparser.reader import Reader  # type: ignore[import-not-found]  # PyP6XER

        return "PyP6XER (xerparser.reader.Reader)", lambda p: Reader(str(p))
    except ImportError:
        pass
    try:
        from xerparser import Xer  # type: ignore[import-not-found]  # the xerparser package

        return "xerparser (xerparser.Xer.reader)", lambda p: Xer.reader(str(p))
    except ImportError:
        pass
    try:
        import jpype  # type: ignore[import-not-found]
        import mpxj  # type: ignore[import-not-found]  # noqa: F401  (puts MPXJ's jars on the classpath)
    except ImportError:
        return None
    if not jpype.isJVMStarted():
        jpype.startJVM()
    from org.mpxj.reader import UniversalProjectReader  # type: ignore[import-not-found]

    def read(path: Path) -> Any:
        return UniversalProjectReader().read(str(path))

    read(DEFAULT_XER if DEFAULT_XER.is_file() else Path(__file__))  # warm the JVM's JIT
    return "MPXJ (Java, UniversalProjectReader, warm JVM)", read


def run_peers(path: Path, repeat: int) -> None:
    size = path.stat().st_size / 1e6
    ours_read = _time(lambda: sf.read_schedule(path), repeat)
    ours_inspect = _time(lambda: sf.inspect_schedule(path), repeat)
    print(f"file: {path.name} ({size:.1f} MB), median of {repeat} runs\n")
    print("| parser | seconds | MB/s | peer time / our read | peer time / our inspect |")
    print("|---|---:|---:|---:|---:|")
    print(f"| kazinex read_schedule | {ours_read:.3f} | {size / ours_read:.1f} | | |")
    print(f"| kazinex inspect_schedule | {ours_inspect:.3f} | {size / ours_inspect:.1f} | | |")
    peer = _peer()
    if peer is None:
        print("\nno peer parser installed here (pip install PyP6XER, or xerparser, in this venv)")
        return
    name, parse = peer
    try:
        peer_time = _time(lambda: parse(path), repeat)
    except Exception as exc:  # a peer that cannot read the file is a result, not a crash
        print(f"\n{name} failed on {path.name}: {type(exc).__name__}: {exc}")
        return
    print(
        f"| {name} | {peer_time:.3f} | {size / peer_time:.1f} | {peer_time / ours_read:.1f}x "
        f"| {peer_time / ours_inspect:.1f}x |"
    )
    print(f"\nran peer: {name}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size-mb", type=float, default=500.0, help="size of the generated XER")
    parser.add_argument("--xer", type=Path, default=DEFAULT_XER, help="the real XER to time")
    parser.add_argument("--repeat", type=int, default=3, help="runs per small-file measurement")
    parser.add_argument("--peers", action="store_true", help="time an installed peer parser")
    parser.add_argument("--keep", type=Path, help="write the generated file here and keep it")
    parser.add_argument("--child", nargs=2, metavar=("OPERATION", "PATH"), help=argparse.SUPPRESS)
    args, _unknown = parser.parse_known_args(argv)  # nox passes its posargs to every script
    if args.child:
        _child(*args.child)
        return
    if args.peers:
        if not args.xer.is_file():
            print(f"{args.xer} not found: nothing to compare")
            return
        run_peers(args.xer, args.repeat)
        return
    files = [args.xer] if args.xer.is_file() else []
    if not files:
        print(f"note: {args.xer} not found, timing the generated file only\n")
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        run_benchmarks([*files, _generate(args.keep, args.size_mb)], args.repeat)
        return
    with tempfile.TemporaryDirectory(prefix="kazinex-bench-") as folder:
        run_benchmarks([*files, _generate(Path(folder), args.size_mb)], args.repeat)


if __name__ == "__main__":
    main()
