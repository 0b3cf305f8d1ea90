"""Blocking clients for scripts, notebooks and task runners.

``from kazinex_planner.sync import PlannerClient`` gives the async client's groups,
methods and parameters as blocking calls, all running on one event loop that the client
owns in a daemon thread (no event loop to create, and it works inside Jupyter)::

    from kazinex_planner.sync import PlannerClient

    with PlannerClient() as planner:
        for activity in planner.activities.list(project_id, critical=True):
            print(activity.code, activity.total_float_hours)

:class:`Emulator` runs the embedded emulator the same way.
"""

from .._bridge import LoopThreadError, SyncPager
from ._client import PlannerClient
from ._emulator import Emulator
from ._resources import SyncQuality, SyncSchedules

__all__ = [
    "Emulator",
    "LoopThreadError",
    "PlannerClient",
    "SyncPager",
    "SyncQuality",
    "SyncSchedules",
]
