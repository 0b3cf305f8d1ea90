"""Pagination against a server that generates pages on the fly."""

from __future__ import annotations

import asyncio
import gc
import logging
import tracemalloc
from typing import Any

import orjson
import pytest
from aiohttp import web

from kazinex_planner.models import Project

from .conftest import ClientFn, ServeFn, example


class Listing:
    """``GET /projects``: ``total`` generated projects, ``proj_000000`` upwards."""

    def __init__(self, total: int, *, delay: float = 0.0) -> None:
        self.total = total
        self.delay = delay
        self.pages: list[int] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self.template = example("Project")
        #: page -> (offset shift, reported total) to simulate rows moving mid-iteration.
        self.drift: dict[int, tuple[int, int]] = {}

    def item(self, index: int) -> dict[str, Any]:
        return {**self.template, "id": f"proj_{index:06d}", "name": f"Project {index}"}

    async def handle(self, request: web.Request) -> web.Response:
        page = int(request.query.get("page", "1"))
        per_page = int(request.query.get("per_page", "50"))
        self.pages.append(page)
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            if self.delay:
                await asyncio.sleep(self.delay)
            shift, total = self.drift.get(page, (0, self.total))
            start = (page - 1) * per_page - shift
            stop = min(start + per_page, total)
            body = {
                "data": [self.item(i) for i in range(max(0, start), stop)],
                "meta": {"total": total, "page": page, "per_page": per_page},
            }
            return web.Response(body=orjson.dumps(body), content_type="application/json")
        finally:
            self.in_flight -= 1


async def test_await_gives_the_first_page(serve: ServeFn, make_client: ClientFn) -> None:
    listing = Listing(120)
    planner = make_client(await serve(listing.handle))
    page = await planner.projects.list(per_page=50)
    assert [p.id for p in page.data][:2] == ["proj_000000", "proj_000001"]
    assert len(page) == 50
    assert (page.meta.total, page.meta.page, page.meta.per_page) == (120, 1, 50)
    assert page.meta.page_count == 3
    assert page.has_next
    assert listing.pages == [1]


async def test_async_for_over_10000_items_keeps_memory_flat(
    serve: ServeFn, make_client: ClientFn
) -> None:
    listing = Listing(10_000)
    planner = make_client(await serve(listing.handle))
    # What holding every item would cost: one decoded page, times the page count.
    gc.collect()
    tracemalloc.start()
    try:
        base, _ = tracemalloc.get_traced_memory()
        first = await planner.projects.list(per_page=200)
        one_page, _ = tracemalloc.get_traced_memory()
        all_items_estimate = (one_page - base) * 50
        del first
        gc.collect()
        tracemalloc.reset_peak()
        start, _ = tracemalloc.get_traced_memory()
        count = 0
        last_id = ""
        async for project in planner.projects.list(per_page=200):
            assert isinstance(project, Project)
            assert project.id > last_id
            last_id = project.id
            count += 1
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 10_000
    assert listing.pages == [1, *range(1, 51)]
    growth = peak - start
    assert growth < all_items_estimate / 5, (growth, all_items_estimate)


async def test_pages_yields_every_page_in_order(serve: ServeFn, make_client: ClientFn) -> None:
    listing = Listing(450)
    planner = make_client(await serve(listing.handle))
    pages = [page async for page in planner.projects.list(per_page=200).pages()]
    assert [p.meta.page for p in pages] == [1, 2, 3]
    assert [len(p) for p in pages] == [200, 200, 50]


async def test_collect_stops_fetching_at_max_items(serve: ServeFn, make_client: ClientFn) -> None:
    listing = Listing(10_000)
    planner = make_client(await serve(listing.handle))
    items = await planner.projects.list(per_page=100).collect(max_items=250)
    assert [p.id for p in items] == [f"proj_{i:06d}" for i in range(250)]
    assert listing.pages == [1, 2, 3]
    assert await planner.projects.list(per_page=100).collect(max_items=0) == []
    assert listing.pages == [1, 2, 3]


async def test_collect_without_a_bound_gets_everything(
    serve: ServeFn, make_client: ClientFn
) -> None:
    planner = make_client(await serve(Listing(130).handle))
    assert len(await planner.projects.list(per_page=50).collect()) == 130


async def test_prefetch_fetches_concurrently_and_yields_each_item_once_in_order(
    serve: ServeFn, make_client: ClientFn
) -> None:
    listing = Listing(2_000, delay=0.01)
    planner = make_client(await serve(listing.handle))
    ids = [p.id async for p in planner.projects.list(per_page=100, prefetch=4)]
    assert ids == [f"proj_{i:06d}" for i in range(2_000)]
    assert sorted(listing.pages) == list(range(1, 21))
    assert listing.max_in_flight >= 2
    assert listing.max_in_flight <= 4


async def test_prefetch_stopped_early_cancels_the_pages_in_flight(
    serve: ServeFn, make_client: ClientFn
) -> None:
    listing = Listing(2_000, delay=0.01)
    planner = make_client(await serve(listing.handle))
    items = await planner.projects.list(per_page=100, prefetch=4).collect(max_items=150)
    assert len(items) == 150
    assert len(listing.pages) <= 6  # page 1, then at most a window of 4 (+1 racing)
    await asyncio.sleep(0.05)
    tasks = [
        t
        for t in asyncio.all_tasks()
        if getattr(t.get_coro(), "__qualname__", "").endswith("<locals>.fetch")
    ]
    assert tasks == []


@pytest.mark.parametrize("prefetch", [0, 3])
async def test_duplicates_across_pages_are_dropped_and_a_changed_total_logged(
    serve: ServeFn, make_client: ClientFn, caplog: pytest.LogCaptureFixture, prefetch: int
) -> None:
    listing = Listing(300)
    # Two rows were inserted before page 2 was read: its first two items repeat page 1's
    # last two, and the total grew.
    listing.drift = {page: (2, 302) for page in (2, 3, 4)}
    planner = make_client(await serve(listing.handle))
    with caplog.at_level(logging.INFO, logger="kazinex_planner"):
        ids = [p.id async for p in planner.projects.list(per_page=100, prefetch=prefetch)]
    assert len(ids) == len(set(ids))
    # Every row once, including the two the grown total added (a fourth page).
    assert ids == [f"proj_{i:06d}" for i in range(302)]
    assert any("total changed" in r.getMessage() for r in caplog.records)
