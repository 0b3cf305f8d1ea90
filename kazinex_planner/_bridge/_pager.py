"""``SyncPager``: an :class:`~kazinex_planner.AsyncPager` iterated from blocking code."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator, Iterator
from typing import Generic, TypeVar

from .._core._pagination import AsyncPager, Page
from ._loop import LoopThread

T = TypeVar("T")
U = TypeVar("U")

__all__ = ["SyncPager"]


class SyncPager(Generic[T]):
    """The result of every list method of the sync client.

    ``for item in pager`` yields every item, fetching pages lazily on the client's loop
    thread (the async pager does the work: lanes, prefetch, drift handling);
    ``pager.first_page()`` is one request; ``pager.pages()`` yields pages;
    ``pager.collect(max_items=...)`` gathers a list. Stopping early (``break``) closes
    the async iteration, cancelling pages still in flight.
    """

    def __init__(self, bridge: LoopThread, pager: AsyncPager[T]) -> None:
        self._bridge = bridge
        self._pager = pager

    def first_page(self) -> Page[T]:
        """The first page (or the ``page=`` one): a single request in the interactive lane."""
        return self._bridge.run(self._pager)

    def __iter__(self) -> Generator[T, None, None]:
        # One loop round trip per page, fetched when the previous page is used up.
        for batch in self._drive(self._pager.item_batches()):
            yield from batch

    def pages(self) -> Iterator[Page[T]]:
        """Yield every page from the starting one, in order."""
        return self._drive(self._pager.pages())

    def collect(self, *, max_items: int | None = None) -> list[T]:
        """Gather items into a list, stopping after ``max_items``."""
        return self._bridge.run(self._pager.collect(max_items=max_items))

    def _drive(self, iterator: AsyncGenerator[U, None]) -> Iterator[U]:
        bridge = self._bridge
        try:
            while True:
                try:
                    yield bridge.run(anext(iterator))
                except StopAsyncIteration:
                    return
        finally:
            # Stopped early (break, an error): close the async generator on its loop,
            # which cancels prefetched pages now rather than at garbage collection.
            if bridge.running:
                bridge.run(iterator.aclose())
