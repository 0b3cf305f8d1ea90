"""pytest fixtures: a fresh emulator per test and a ``PlannerClient`` bound to it.

```python
async def test_create(planner):            # needs pytest-asyncio
    project = await planner.projects.create(name="Test")
    assert project.schedule_count == 0
```

``planner_emulator`` is the running :class:`~kazinex_planner.emulator.Emulator` (inspect
``planner_emulator.state`` or issue more keys); ``planner`` uses an admin read-write key
on the emulator's plan. Both are function-scoped: no state leaks between tests.
"""

from __future__ import annotations

import importlib.util
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from kazinex_planner import PlannerClient
    from kazinex_planner.emulator import Emulator

#: Async fixtures need pytest-asyncio; without it the fixtures skip with the reason.
HAS_PYTEST_ASYNCIO: bool = importlib.util.find_spec("pytest_asyncio") is not None

if HAS_PYTEST_ASYNCIO:
    import pytest_asyncio

    @pytest_asyncio.fixture
    async def planner_emulator() -> AsyncIterator[Emulator]:
        """A running emulator on 127.0.0.1, empty, business plan."""
        from kazinex_planner.emulator import Emulator

        async with Emulator(plan="business") as emulator:
            yield emulator

    @pytest_asyncio.fixture
    async def planner(planner_emulator: Emulator) -> AsyncIterator[PlannerClient]:
        """A client with an admin read-write key on ``planner_emulator``."""
        from kazinex_planner import PlannerClient

        key = planner_emulator.issue_key(scope="read_write", role="admin")
        base_url = planner_emulator.base_url
        async with PlannerClient(key, base_url=base_url, plan="business") as client:
            yield client

else:  # pragma: no cover - only without pytest-asyncio

    @pytest.fixture
    def planner_emulator() -> None:
        pytest.skip("the planner_emulator fixture needs pytest-asyncio")

    @pytest.fixture
    def planner() -> None:
        pytest.skip("the planner fixture needs pytest-asyncio")
