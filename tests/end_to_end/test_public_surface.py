"""Request options, raw responses and ``with_options`` against the emulator (issue 11)."""

from __future__ import annotations

import asyncio
import inspect
import time
from collections.abc import AsyncIterator

import pytest

from kazinex_planner import PlannerClient, RawResponse, errors
from kazinex_planner._generated.models import Project, ProjectList
from kazinex_planner._generated.operations import OPERATIONS
from kazinex_planner.emulator import Emulator

OPTIONS = ("extra_headers", "extra_query", "timeout", "max_retries", "max_wait", "lane")


@pytest.fixture
async def emu() -> AsyncIterator[Emulator]:
    async with Emulator(plan="unlimited") as emulator:
        yield emulator


@pytest.fixture
async def planner(emu: Emulator) -> AsyncIterator[PlannerClient]:
    async with PlannerClient(emu.issue_key(), base_url=emu.base_url, plan="business") as client:
        yield client


def _kw_only(func: object) -> set[str]:
    params = inspect.signature(func).parameters.values()  # type: ignore[arg-type]
    return {p.name for p in params if p.kind is inspect.Parameter.KEYWORD_ONLY}


def test_every_operation_has_a_raw_twin_that_takes_the_options() -> None:
    planner = PlannerClient("kzk_test_x", base_url="http://127.0.0.1:9/planner/v1")
    assert OPERATIONS
    for op in OPERATIONS:
        group = getattr(planner, op.tag)
        method = getattr(group, op.method_name)
        raw = getattr(group.with_raw_response, op.method_name)
        assert inspect.iscoroutinefunction(raw), op.operation_id
        for func in (method, raw):
            missing = set(OPTIONS) - _kw_only(func)
            assert not missing, f"{op.operation_id} lacks {missing}"
        plain = inspect.signature(method).parameters
        twin = inspect.signature(raw).parameters
        assert set(plain) - {"prefetch"} == set(twin), op.operation_id
        assert inspect.signature(raw).return_annotation.startswith("RawResponse["), op
    assert not planner.closed


async def test_raw_response_carries_the_wire_and_parses_once(
    planner: PlannerClient, emu: Emulator
) -> None:
    raw = await planner.projects.with_raw_response.create(name="Raw", code="RAW")
    assert isinstance(raw, RawResponse)
    assert raw.status == 201
    assert raw.request_id
    assert raw.request_id == raw.headers["X-Request-Id"]
    assert raw.attempts == 1
    assert raw.elapsed > 0
    assert raw.rate_limit.day_remaining < raw.rate_limit.day_limit
    assert raw.json()["name"] == "Raw"
    assert raw.content.startswith(b"{")
    project = raw.parse()
    assert isinstance(project, Project)
    assert project.name == "Raw"
    assert raw.parse() is project  # cached
    assert "201" in repr(raw)

    page = await planner.projects.with_raw_response.list(per_page=1)
    listing = page.parse()
    assert isinstance(listing, ProjectList)
    assert listing.meta.per_page == 1
    gone = await planner.projects.with_raw_response.delete(project.id)
    assert gone.status == 204
    assert gone.parse() is None
    assert gone.content == b""


@pytest.mark.parametrize(
    ("headers", "needle"),
    [
        ({"Authorization": "Bearer other"}, "Authorization"),
        ({"idempotency-key": "k"}, "idempotency_key="),
        ({"Content-Type": "text/plain"}, "Content-Type"),
        ({"X-Bad": "a\r\nInjected: 1"}, "line break"),
    ],
)
async def test_sdk_owned_headers_are_refused_before_any_request(
    planner: PlannerClient, emu: Emulator, headers: dict[str, str], needle: str
) -> None:
    served = sum(emu.state.requests_served.values())
    with pytest.raises(errors.ConfigurationError, match=needle):
        await planner.projects.create(name="x", extra_headers=headers)
    with pytest.raises(errors.ConfigurationError, match=needle):
        planner.with_options(extra_headers=headers)
    assert sum(emu.state.requests_served.values()) == served


async def test_extra_query_may_not_repeat_a_parameter(planner: PlannerClient) -> None:
    with pytest.raises(errors.ConfigurationError, match="per_page"):
        await planner.projects.list(per_page=5, extra_query={"per_page": 7})


async def test_with_options_shares_the_session_and_limiter(planner: PlannerClient) -> None:
    await planner.projects.list()
    fast = planner.with_options(timeout=5, max_wait=0.5, lane="bulk", max_retries=1)
    assert fast.limiter is planner.limiter
    await fast.projects.create(name="via derived")
    assert fast._transport._session is planner._transport._session
    await fast.close()
    assert fast.closed
    assert not planner.closed
    page = await planner.projects.list()  # the shared session is still open
    assert page.meta.total >= 1
    with pytest.raises(errors.ClientClosedError):
        await fast.projects.list()


async def test_closing_the_parent_closes_derived_clients(emu: Emulator) -> None:
    parent = PlannerClient(emu.issue_key(), base_url=emu.base_url, plan="business")
    child = parent.with_options(max_wait=1)
    await child.projects.list()
    await parent.close()
    assert child.closed
    with pytest.raises(errors.ClientClosedError):
        await child.projects.list()


async def test_a_bad_per_call_option_is_a_clear_error(planner: PlannerClient) -> None:
    with pytest.raises(errors.ConfigurationError, match="lane"):
        await planner.projects.list(lane="fast")  # type: ignore[arg-type]
    with pytest.raises(errors.ConfigurationError, match="timeout"):
        await planner.projects.create(name="x", timeout=0)
    with pytest.raises(errors.ConfigurationError, match="max_wait"):
        PlannerClient("kzk_test_x", base_url="http://127.0.0.1:9/v1", max_wait=-1)


async def test_max_wait_refuses_at_once_instead_of_sleeping(emu: Emulator) -> None:
    key = emu.issue_key()
    async with PlannerClient(key, base_url=emu.base_url, plan="professional") as planner:
        # Spend the minute bucket locally so the next token is seconds away.
        for _ in range(planner.limiter.snapshot().minute_limit):
            await planner.limiter.acquire()
        started = time.monotonic()
        with pytest.raises(errors.RateLimitWaitError) as caught:
            await planner.projects.list(max_wait=0.1)
        assert time.monotonic() - started < 0.4  # refused, not slept (a token is 0.5 s away)
        assert caught.value.max_wait == 0.1
        assert caught.value.wait > 0.1


async def test_web_app_gets_rate_limit_wait_errors_within_max_wait() -> None:
    """200 concurrent calls, professional plan, max_wait=1: the unserved fail fast."""
    async with Emulator(plan="professional") as emu:
        key = emu.issue_key(plan="professional")
        async with PlannerClient(
            key, base_url=emu.base_url, plan="professional", max_wait=1
        ) as planner:

            async def call() -> tuple[str, float]:
                started = time.monotonic()
                try:
                    await planner.projects.list(per_page=1)
                except errors.RateLimitWaitError:
                    return "refused", time.monotonic() - started
                return "served", time.monotonic() - started

            results = await asyncio.gather(*(call() for _ in range(200)))
    served = [t for outcome, t in results if outcome == "served"]
    refused = [t for outcome, t in results if outcome == "refused"]
    assert len(served) + len(refused) == 200
    assert len(served) >= 120  # the minute bucket's burst, at least
    assert len(refused) >= 60  # a 2/s refill cannot serve 80 more within 1 s
    # "within ~1 s": generous bound for a loaded machine (without max_wait: ~40 s).
    assert max(refused) < 3.0


async def test_a_client_used_from_a_second_loop_says_so(emu: Emulator) -> None:
    planner = PlannerClient(emu.issue_key(), base_url=emu.base_url, plan="business")
    try:
        await planner.projects.list()

        async def again() -> None:
            await planner.projects.list()

        def other_loop() -> None:
            asyncio.run(again())

        with pytest.raises(errors.EventLoopError, match="one PlannerClient per event loop"):
            await asyncio.to_thread(other_loop)
    finally:
        await planner.close()


async def test_enum_bodies_take_strings_and_members(planner: PlannerClient) -> None:
    hook = await planner.webhooks.create(
        url="https://hooks.example.com/planner", events=["quality.complete", "ping"]
    )
    assert [str(e) for e in hook.events] == ["quality.complete", "ping"]
    from kazinex_planner.models import WebhookEventType

    other = await planner.webhooks.create(
        url="https://hooks.example.com/other", events=[WebhookEventType.schedule_processed]
    )
    assert other.events == [WebhookEventType.schedule_processed]


async def test_emulator_takes_the_sdks_plan_objects() -> None:
    from kazinex_planner import Plan

    async with Emulator(plan=Plan.enterprise(per_minute=30, per_day=500)) as emu:
        key = emu.issue_key()
        business = emu.issue_key(plan=Plan.BUSINESS)
        async with PlannerClient(key, base_url=emu.base_url, plan="unlimited") as planner:
            await planner.projects.list()
            assert (planner.rate_limit.minute_limit, planner.rate_limit.day_limit) == (30, 500)
        async with PlannerClient(business, base_url=emu.base_url, plan=Plan.BUSINESS) as planner:
            await planner.projects.list()
            assert planner.rate_limit.minute_limit == 600


async def test_default_emulator_and_client_agree_on_the_plan(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level("INFO", logger="kazinex_planner")
    async with Emulator() as emu, PlannerClient(emu.issue_key(), base_url=emu.base_url) as planner:
        await planner.projects.list()
        assert planner.rate_limit.source == "server"
        assert planner.plan.name == emu.state.plan.name
    assert not [r for r in caplog.records if "server reports rate limits" in r.getMessage()]


def test_unknown_plan_names_say_which_exist() -> None:
    from kazinex_planner import Plan

    assert Plan.parse("unlimited") is Plan.UNLIMITED
    with pytest.raises(errors.ConfigurationError, match="'professional', 'business'"):
        Plan.parse("gold")


async def test_raw_pages_walk_the_pagers_window_and_reprs_read_well(
    planner: PlannerClient,
) -> None:
    for n in range(5):
        await planner.projects.create(name=f"Paged {n}")
    attempts: list[int] = []
    pager = planner.projects.list(per_page=2, prefetch=3, on_attempt=lambda: attempts.append(1))
    assert repr(pager) == "<AsyncPager listProjects(per_page=2) from page 1, prefetch=3>"
    pages = [raw async for raw in pager.raw_pages()]
    assert [raw.json()["meta"]["page"] for raw in pages] == [1, 2, 3]
    assert all(isinstance(raw, RawResponse) and raw.content for raw in pages)
    assert len(attempts) == 3
    assert sum(len(raw.parse().data) for raw in pages) == 5
    first = await pager
    assert repr(first) == "<Page 1/3: 2 of 5 items, per_page=2>"
