"""Running the emulator as a standalone server (what the CLI's ``emulator`` command calls)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from ._emulator import Emulator
from ._faults import Faults
from ._plans import PlanLike

__all__ = ["serve"]


async def serve(
    host: str = "127.0.0.1",
    port: int = 8080,
    *,
    seed: bool = False,
    db: str | Path | None = None,
    plan: PlanLike = "business",
    faults: Faults | None = None,
) -> None:
    """Serve until cancelled; print the base URL and two fresh keys (the only place keys
    are ever shown: one read-write admin key and one read-only key)."""
    async with Emulator(host=host, port=port, seed=seed, db=db, plan=plan, faults=faults) as emu:
        read_write = emu.issue_key(scope="read_write", role="admin")
        read_only = emu.issue_key(scope="read_only", role="admin")
        print(f"Kazinex Planner emulator listening on {emu.base_url}", flush=True)
        print(f"  read-write admin key: {read_write}", flush=True)
        print(f"  read-only key:        {read_only}", flush=True)
        await asyncio.Event().wait()
