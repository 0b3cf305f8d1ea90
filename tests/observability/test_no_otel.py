"""Without the ``otel`` extra nothing imports OpenTelemetry; with it, only a client does."""

from __future__ import annotations

import subprocess
import sys
import textwrap

#: Makes ``opentelemetry`` unimportable, as if the extra were not installed.
BLOCK = textwrap.dedent(
    """
    import importlib.abc, sys

    class Block(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name == "opentelemetry" or name.startswith("opentelemetry."):
                raise ModuleNotFoundError(f"No module named {name!r}")
            return None

    sys.meta_path.insert(0, Block())
    """
)

CHECK = textwrap.dedent(
    """
    import asyncio, sys
    import kazinex_planner
    assert not [m for m in sys.modules if m.startswith("opentelemetry")], "imported at import"
    events = []

    async def main():
        async with kazinex_planner.PlannerClient(
            "kzk_test_x", base_url="http://127.0.0.1:9/v1", on_event=events.append
        ) as planner:
            return planner
    planner = asyncio.run(main())
    loaded = sorted(m for m in sys.modules if m.startswith("opentelemetry"))
    print("loaded:", ",".join(loaded) or "none")
    print("telemetry:", planner._telemetry is not None)
    """
)


def run(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_without_the_extra_no_opentelemetry_module_is_imported() -> None:
    out = run(BLOCK + CHECK)
    assert "loaded: none" in out
    assert "telemetry: False" in out


def test_with_the_extra_only_a_client_imports_it() -> None:
    out = run(CHECK)
    assert "loaded: none" not in out
    assert "telemetry: True" in out
