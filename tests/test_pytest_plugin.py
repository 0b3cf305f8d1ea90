"""The pytest plugin's fixtures, used exactly as an application's tests would use them."""

from __future__ import annotations

from kazinex_planner import PlannerClient
from kazinex_planner.emulator import Emulator


async def test_planner_fixture_talks_to_the_emulator(
    planner: PlannerClient, planner_emulator: Emulator
) -> None:
    project = await planner.projects.create(name="Plugin test", code="PT")
    page = await planner.projects.list()
    assert [p.id for p in page.data] == [project.id]
    assert project.id in planner_emulator.state.projects
    assert str(planner.base_url) == planner_emulator.base_url


async def test_each_test_gets_a_fresh_emulator(planner: PlannerClient) -> None:
    page = await planner.projects.list()
    assert page.meta.total == 0
