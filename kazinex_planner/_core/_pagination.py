"""``AsyncPager``: one object that is awaitable (the first page) and async-iterable (items).

The API paginates by page number and tells the total, so after the first page we know
exactly which pages remain: ``prefetch=N`` keeps up to N of them in flight (through the
limiter's bulk lane, like every pager request) while items are yielded in order.
``raw_pages()`` walks the same pages with the same window but yields each page's
:class:`RawResponse` undecoded (bulk jobs that keep the server's bytes use it).
Memory stays O(prefetch × per_page). Page-number pagination drifts when rows are added
or removed mid-iteration; we drop ids already yielded and log a changed ``total``.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
from collections.abc import (
    AsyncGenerator,
    AsyncIterator,
    Awaitable,
    Callable,
    Generator,
    Iterator,
)
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs

from .._logging import get_logger
from ..errors import ResponseValidationError
from ..ratelimit._lane import use_lane
from ._observe import Group, current_group

if TYPE_CHECKING:
    from ._raw import RawResponse

T = TypeVar("T")
X = TypeVar("X")

logger = get_logger("kazinex_planner.pagination")

__all__ = ["AsyncPager", "Page", "PageInfo"]


@attrs.frozen(kw_only=True)
class PageInfo:
    """``meta`` of a list response."""

    total: int
    page: int
    per_page: int

    @property
    def page_count(self) -> int:
        return max(1, math.ceil(self.total / self.per_page)) if self.per_page > 0 else 1


@attrs.frozen(kw_only=True)
class Page(Generic[T]):
    """One page of a list: its items and ``meta`` (total, page, per_page)."""

    data: list[T]
    meta: PageInfo

    @property
    def has_next(self) -> bool:
        return self.meta.page < self.meta.page_count

    def __iter__(self) -> Iterator[T]:
        return iter(self.data)

    def __len__(self) -> int:
        return len(self.data)

    def __repr__(self) -> str:
        m = self.meta
        return (
            f"<Page {m.page}/{m.page_count}: {len(self.data)} of {m.total} items, "
            f"per_page={m.per_page}>"
        )


#: ``fetch(page_number)`` → that page. Built by the resource layer.
PageFetcher = Callable[[int], Awaitable[Page[T]]]
#: ``fetch_raw(page_number)`` → that page's raw response, not decoded.
RawPageFetcher = Callable[[int], Awaitable["RawResponse[Any]"]]


def _in_bulk(fetch: Callable[[int], Awaitable[X]]) -> Callable[[int], Awaitable[X]]:
    """``fetch`` run in the bulk lane: walking pages is background work.

    Set per fetch (not around the walk) because the walk is an async generator, whose
    context is its consumer's; a prefetched page's task gets its own copy.
    """

    async def bulk(page: int) -> X:
        with use_lane("bulk"):
            return await fetch(page)

    return bulk


class AsyncPager(Generic[T]):
    """The result of every list method.

    ``await pager`` gives the first :class:`Page`; ``async for item in pager`` yields every
    item lazily; ``pager.pages()`` yields pages; ``pager.raw_pages()`` yields each page's
    :class:`RawResponse`; ``await pager.collect(max_items=...)`` gathers a list.
    """

    def __init__(
        self,
        fetch: PageFetcher[T],
        *,
        start_page: int = 1,
        prefetch: int = 0,
        label: str = "",
        fetch_raw: RawPageFetcher | None = None,
    ) -> None:
        if start_page < 1:
            raise ValueError(f"page must be >= 1, got {start_page}")
        if prefetch < 0:
            raise ValueError(f"prefetch must be >= 0, got {prefetch}")
        self._fetch = fetch
        self._fetch_raw = fetch_raw
        self._start = start_page
        self._prefetch = prefetch
        self._label = label

    def __repr__(self) -> str:
        return (
            f"<AsyncPager {self._label or 'list'} from page {self._start}, "
            f"prefetch={self._prefetch}>"
        )

    def __await__(self) -> Generator[Any, None, Page[T]]:
        # Awaiting a pager is one ordinary call: the caller's lane, not bulk.
        return self._fetch(self._start).__await__()

    def __aiter__(self) -> AsyncIterator[T]:
        return self._items()

    async def _items(self) -> AsyncGenerator[T, None]:
        # aclosing: when the caller stops early (collect(max_items=), break), the page
        # generator is closed now, cancelling prefetched requests, not at garbage collection.
        async with contextlib.aclosing(self.item_batches()) as batches:
            async for batch in batches:
                for item in batch:
                    yield item

    async def item_batches(self) -> AsyncGenerator[list[T], None]:
        """Each page's items minus ids already yielded: what ``async for`` flattens.

        For consumers that move items elsewhere a page at a time (the sync pager).
        """
        seen: set[Any] = set()
        async with contextlib.aclosing(self.pages()) as pages:
            async for page in pages:
                batch: list[T] = []
                for item in page.data:
                    key = getattr(item, "id", None)
                    if key is not None:
                        if key in seen:
                            logger.debug("pagination drift: dropped a duplicate id across pages")
                            continue
                        seen.add(key)
                    batch.append(item)
                yield batch

    def pages(self) -> AsyncGenerator[Page[T], None]:
        """Yield every page from the starting one, in order."""
        return self._grouped(self._fetch, _page_info)

    def raw_pages(self) -> AsyncGenerator[RawResponse[Any], None]:
        """Yield every page's raw response (bytes as received), in order, same window."""
        if self._fetch_raw is None:
            raise TypeError("this pager was built without raw page access")
        return self._grouped(self._fetch_raw, _raw_page_info)

    async def _grouped(
        self,
        fetch: Callable[[int], Awaitable[X]],
        info: Callable[[X], tuple[PageInfo, bool]],
    ) -> AsyncGenerator[X, None]:
        """The walk as one group for telemetry (its calls get a common parent span)."""
        group = Group(
            "kazinex_planner pages", {"kazinex_planner.prefetch": self._prefetch}, current_group()
        )
        error: BaseException | None = None
        try:
            async with contextlib.aclosing(self._walk(_in_bulk(group.bind(fetch)), info)) as walk:
                async for page in walk:
                    yield page
        except BaseException as exc:
            error = exc
            raise
        finally:
            group.close(error)

    async def _walk(
        self,
        fetch: Callable[[int], Awaitable[X]],
        info: Callable[[X], tuple[PageInfo, bool]],
    ) -> AsyncGenerator[X, None]:
        first = await fetch(self._start)
        yield first
        meta, _ = info(first)
        total = meta.total
        last = meta.page_count
        number = self._start + 1
        if self._prefetch > 1 and number <= last:
            # The window covers the pages known from the first page's total; pages added
            # meanwhile (a grown total) are read one by one afterwards, as without prefetch.
            grown = last
            async with contextlib.aclosing(self._prefetched(fetch, number, last)) as window:
                async for page in window:
                    meta, empty = info(page)
                    total = self._check_total(total, meta)
                    if empty:
                        return
                    yield page
                    grown = meta.page_count
            number, last = last + 1, grown
        while number <= last:
            page = await fetch(number)
            meta, empty = info(page)
            total = self._check_total(total, meta)
            if empty:
                return  # the list shrank under us: nothing further to read
            yield page
            last = meta.page_count  # follow growth as well as shrinkage
            number += 1

    async def _prefetched(
        self, fetch: Callable[[int], Awaitable[X]], first: int, last: int
    ) -> AsyncGenerator[X, None]:
        window: dict[int, asyncio.Future[X]] = {}
        next_to_start = first
        try:
            for number in range(first, last + 1):
                while next_to_start <= last and len(window) < self._prefetch:
                    window[next_to_start] = asyncio.ensure_future(fetch(next_to_start))
                    next_to_start += 1
                yield await window.pop(number)
        finally:
            for task in window.values():
                task.cancel()
            if window:
                await asyncio.gather(*window.values(), return_exceptions=True)

    @staticmethod
    def _check_total(total: int, meta: PageInfo) -> int:
        if meta.total != total:
            logger.info(
                "list total changed during pagination (%d -> %d); items may shift between pages",
                total,
                meta.total,
            )
        return meta.total

    async def collect(self, *, max_items: int | None = None) -> list[T]:
        """Gather items into a list, stopping after ``max_items`` (no further pages are fetched)."""
        if max_items is not None and max_items < 0:
            raise ValueError(f"max_items must be >= 0, got {max_items}")
        items: list[T] = []
        if max_items == 0:
            return items
        iterator = self._items()
        try:
            async for item in iterator:
                items.append(item)
                if max_items is not None and len(items) >= max_items:
                    break
        finally:
            await iterator.aclose()
        return items


def _page_info(page: Page[Any]) -> tuple[PageInfo, bool]:
    return page.meta, not page.data


def _raw_page_info(raw: RawResponse[Any]) -> tuple[PageInfo, bool]:
    """``meta`` and emptiness of a raw list page, checked just enough to rely on."""
    body = raw.json()
    try:
        data, meta = body["data"], body["meta"]
        info = PageInfo(total=meta["total"], page=meta["page"], per_page=meta["per_page"])
    except (KeyError, TypeError) as exc:
        raise ResponseValidationError(
            f"response to {raw.url} is not a list page (data, meta)", body=raw.content
        ) from exc
    numbers = (info.total, info.page, info.per_page)
    if not isinstance(data, list) or any(
        isinstance(n, bool) or not isinstance(n, int) or n < 0 for n in numbers
    ):
        raise ResponseValidationError(
            f"response to {raw.url} has a malformed data/meta", body=raw.content
        )
    return info, not data
