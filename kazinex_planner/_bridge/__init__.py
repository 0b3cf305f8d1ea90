"""The bridge between blocking callers and the async SDK: one event loop in a daemon thread.

``kazinex_planner.sync`` is built on it. Every blocking call is a coroutine submitted to
that one loop (``asyncio.run_coroutine_threadsafe``), so the client's session and rate
limiter live on one loop for the client's whole life, whatever thread calls and whether
or not the caller's thread already runs a loop (Jupyter).
"""

from ._loop import LoopThread, LoopThreadError
from ._pager import SyncPager
from ._resource import SyncResource

__all__ = ["LoopThread", "LoopThreadError", "SyncPager", "SyncResource"]
