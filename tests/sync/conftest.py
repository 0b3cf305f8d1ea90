"""A sync emulator per module and a sync client per test (both on their own loop threads)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kazinex_planner.sync import Emulator, PlannerClient


@pytest.fixture(scope="module")
def emulator() -> Iterator[Emulator]:
    with Emulator(plan="business", seed=True) as emu:
        yield emu


@pytest.fixture
def planner(emulator: Emulator) -> Iterator[PlannerClient]:
    with PlannerClient(emulator.issue_key(), base_url=emulator.base_url, plan="business") as p:
        yield p


@pytest.fixture
def project_id(planner: PlannerClient) -> str:
    return next(iter(planner.projects.list())).id
