"""``SyncResource``: the base of the generated blocking resource classes."""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Any, TypeVar

from .._core._pagination import AsyncPager
from ._loop import LoopThread
from ._pager import SyncPager

T = TypeVar("T")

__all__ = ["SyncResource"]


class SyncResource:
    """Wraps one async resource; every method runs its async twin on the loop thread."""

    _async: Any

    def __init__(self, bridge: LoopThread, async_resource: Any) -> None:
        self._bridge = bridge
        self._async = async_resource

    def _call(self, awaitable: Awaitable[T]) -> T:
        return self._bridge.run(awaitable)

    def _pager(self, pager: AsyncPager[T]) -> SyncPager[T]:
        return SyncPager(self._bridge, pager)
