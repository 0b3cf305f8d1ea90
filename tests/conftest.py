"""Shared test configuration: where the real schedule files live."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

#: Real XER/MSPDI files live beside the checkout (never copied into the repository).
SHARED_SCHEDULES = Path(__file__).resolve().parents[1].parent / "shared" / "schedules"


def shared_schedules_dir() -> Path:
    """Return ``../shared/schedules``; skip where absent, fail in CI where it must exist."""
    if SHARED_SCHEDULES.is_dir():
        return SHARED_SCHEDULES
    reason = (
        f"real schedule files not found at {SHARED_SCHEDULES} "
        "(they live in ../shared/schedules beside the checkout)"
    )
    if os.environ.get("CI"):
        pytest.fail(reason + " and CI is set: they must be present in CI")
    pytest.skip(reason)


@pytest.fixture
def shared_schedules() -> Path:
    return shared_schedules_dir()


def shared_schedule_files() -> list[Path]:
    """All real schedule files, for parametrisation (empty when the folder is absent)."""
    if not SHARED_SCHEDULES.is_dir():
        return []
    return sorted(p for p in SHARED_SCHEDULES.rglob("*") if p.suffix.lower() in {".xer", ".xml"})
