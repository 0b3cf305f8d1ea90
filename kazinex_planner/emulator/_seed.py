"""The demo project a ``seed=True`` emulator starts with.

Built from :func:`generate_xer` (never from real customer files) and pushed through the
same upload pipeline as an API upload, so the demo exercises the real reader and the
real quality engine.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from kazinex_planner.schedule_files import generate_xer

from ._ids import new_id
from ._processing import accept_upload
from ._records import Project
from ._state import EmulatorState

__all__ = ["seed_demo"]

DEMO_ACTIVITIES = 120


async def seed_demo(state: EmulatorState) -> Project:
    """Create the demo project with one processed revision and wait until it is ready."""
    content = generate_xer(projects=1, activities_per_project=DEMO_ACTIVITIES, seed=7)
    now = state.clock.now()
    project = Project(
        id=new_id("proj"),
        name="Demo: North Harbour Container Wharf",
        code="NHCW",
        description="Synthetic demo project created by the emulator (seed=True).",
        created_at=now,
        updated_at=now,
    )
    state.projects[project.id] = project
    fd, name = tempfile.mkstemp(prefix="kzp-seed-", suffix=".xer")
    with os.fdopen(fd, "wb") as out:
        out.write(content)
    accept_upload(
        state,
        project,
        path=Path(name),
        file_name="NHCW_demo.xer",
        size=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
        format="xer",
        label="Demo revision",
    )
    await state.wait_idle()
    return project
