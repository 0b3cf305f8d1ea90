"""The sync client against the sync emulator: calls, pagers, errors, threads, loops, close."""

from __future__ import annotations

import asyncio
import socket
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from kazinex_planner import errors
from kazinex_planner.schedule_files import generate_xer
from kazinex_planner.sync import Emulator, LoopThreadError, PlannerClient, SyncPager


def _loop_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("kazinex-planner-sync")]


def test_calls_pagers_and_errors(planner: PlannerClient, project_id: str) -> None:
    project = planner.projects.get(project_id)
    assert project.id == project_id
    pager = planner.activities.list(project_id, per_page=25)
    assert isinstance(pager, SyncPager)
    first = pager.first_page()
    items = list(pager)
    assert len(items) == first.meta.total > 25  # several pages fetched through the bridge
    assert len({a.id for a in items}) == len(items)
    assert [len(p) for p in pager.pages()][:2] == [25, 25]
    assert len(pager.collect(max_items=7)) == 7
    with pytest.raises(errors.NotFoundError) as caught:
        planner.projects.get("prj_does_not_exist")
    assert caught.value.status == 404


def test_breaking_out_of_a_pager_closes_it(planner: PlannerClient, project_id: str) -> None:
    iterator = iter(planner.activities.list(project_id, per_page=10, prefetch=3))
    assert next(iterator).id
    iterator.close()  # what `break` does: the async generator is closed on the loop
    assert planner.projects.get(project_id).id == project_id


def test_sixteen_threads_share_one_loop(planner: PlannerClient, project_id: str) -> None:
    loops: set[int] = set()

    def work(i: int) -> str:
        project = planner.projects.get(project_id)
        loops.add(id(planner.loop))
        return f"{i}:{project.id}"

    with ThreadPoolExecutor(16) as pool:
        results = list(pool.map(work, range(64)))
    assert results == [f"{i}:{project_id}" for i in range(64)]
    assert len(loops) == 1
    assert len(_loop_threads()) == 1


async def test_works_inside_a_running_loop(emulator: Emulator) -> None:
    # What a Jupyter cell does: blocking calls while the caller's loop is running.
    caller_loop = asyncio.get_running_loop()
    with PlannerClient(emulator.issue_key(), base_url=emulator.base_url) as planner:
        assert planner.loop is not caller_loop
        names = [p.name for p in planner.projects.list()]
    assert names
    assert asyncio.get_running_loop() is caller_loop
    await asyncio.sleep(0)  # the caller's loop still runs


def test_close_leaves_no_thread_or_loop(emulator: Emulator) -> None:
    before = set(threading.enumerate())
    planner = PlannerClient(emulator.issue_key(), base_url=emulator.base_url)
    assert len(set(threading.enumerate()) - before) == 1
    planner.projects.list().first_page()
    loop = planner.loop
    planner.close()
    planner.close()  # idempotent
    assert planner.closed
    assert loop.is_closed()
    assert set(threading.enumerate()) - before == set()
    assert planner.async_client.closed
    with pytest.raises(LoopThreadError, match="closed"):
        planner.projects.list().first_page()


def test_blocking_call_from_the_loop_thread_is_refused(
    planner: PlannerClient, project_id: str
) -> None:
    async def nested() -> None:
        planner.projects.get(project_id)

    with pytest.raises(LoopThreadError, match="own loop thread"):
        asyncio.run_coroutine_threadsafe(nested(), planner.loop).result(timeout=30)


def test_upload_waiters_and_export(planner: PlannerClient, tmp_path: Path) -> None:
    project = planner.projects.create(name="Sync upload")
    xer = generate_xer(activities_per_project=40, seed=3)
    schedule = planner.schedules.upload(project.id, xer)
    ready = planner.schedules.wait_until_ready(project.id, schedule.id, poll_interval=0.05)
    assert ready.status == "ready"
    report = planner.quality.wait_until_complete(project.id, poll_interval=0.05)
    assert report.status == "complete"
    out = tmp_path / "export"
    result = planner.export(out, projects=[project.id], include=["activities"])
    assert (out / "manifest.json").is_file()
    lines = (out / project.id / "activities.jsonl").read_text().splitlines()
    assert len(lines) == 40
    assert result is not None


def test_close_from_another_thread_ends_a_call_in_flight() -> None:
    # A loopback server that reads the request and never answers: the call is in flight
    # for as long as we like, and we know exactly when it got there.
    server = socket.create_server(("127.0.0.1", 0))
    arrived = threading.Event()

    def serve() -> None:
        conn, _ = server.accept()
        with conn:
            conn.recv(65536)
            arrived.set()
            while conn.recv(65536):
                pass

    threading.Thread(target=serve, daemon=True).start()
    port = server.getsockname()[1]
    planner = PlannerClient("kzp_test_close", base_url=f"http://127.0.0.1:{port}/planner/v1")
    outcome: list[BaseException] = []

    def call() -> None:
        try:
            planner.projects.list().first_page()
        except BaseException as exc:
            outcome.append(exc)

    worker = threading.Thread(target=call)
    worker.start()
    try:
        assert arrived.wait(30)
        planner.close()
        worker.join(30)
    finally:
        server.close()
    assert not worker.is_alive()
    assert len(outcome) == 1
    assert isinstance(outcome[0], LoopThreadError), outcome
    assert "while this call was in flight" in str(outcome[0])


def test_sync_iteration_fetches_pages_lazily(emulator: Emulator, project_id: str) -> None:
    key = emulator.issue_key()
    with PlannerClient(key, base_url=emulator.base_url) as planner:
        before = emulator.state.request_count(key)
        for _ in planner.activities.list(project_id, per_page=10):
            break  # one item: one page, not more
        assert emulator.state.request_count(key) - before == 1
        before = emulator.state.request_count(key)
        items = list(planner.activities.list(project_id, per_page=50))
        assert emulator.state.request_count(key) - before == -(-len(items) // 50)


def test_with_options_and_raw_responses(planner: PlannerClient, project_id: str) -> None:
    raw = planner.projects.with_raw_response.get(project_id)
    assert raw.status == 200
    assert raw.parse().id == project_id
    bounded = planner.with_options(max_wait=5.0, extra_headers={"X-Example": "1"})
    assert bounded.projects.get(project_id).id == project_id
    assert bounded.loop is planner.loop  # one loop thread, one session, one limiter
    bounded.close()
    assert planner.projects.get(project_id, max_wait=5.0).id == project_id  # parent still open
