"""Transport unit tests on aioresponses: classification, retries, limiter feedback.

aioresponses 0.7.9 patches ``ClientSession._request`` as it was up to aiohttp 3.13, so
this module runs only in the ``tests_aioresponses`` nox session (aiohttp pinned to the
oldest supported release). Elsewhere it skips; the same behaviour is covered against
real local servers in ``tests/transport``.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest

aioresponses_mod = pytest.importorskip("aioresponses")

from kazinex_planner import PlannerClient, errors  # noqa: E402
from kazinex_planner.ratelimit import Plan, VirtualClock  # noqa: E402

pytestmark = pytest.mark.aioresponses

API_KEY = "kzk_unit_SECRET_0d9e8f7a"
BASE = "https://api.kazinex.test/planner/v1"
PROJECT = {
    "id": "proj_1",
    "name": "North Harbour",
    "code": None,
    "description": None,
    "created_at": "2025-01-14T08:00:00Z",
    "updated_at": "2026-03-03T14:20:00Z",
    "schedule_count": 0,
    "current_schedule_id": None,
    "baseline_schedule_id": None,
    "data_date": None,
    "activity_count": 0,
    "quality_score": None,
    "quality_grade": None,
}
URL_GET = f"{BASE}/projects/proj_1"
URL_POST = f"{BASE}/projects"


class RecordingClock(VirtualClock):
    def __init__(self) -> None:
        super().__init__()
        self.sleeps: list[float] = []

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        await super().sleep(seconds)


def envelope(err_type: str, message: str, details: list[dict[str, Any]] | None = None) -> Any:
    return {
        "error": {
            "type": err_type,
            "message": message,
            "request_id": "req_U1",
            "details": details or [],
        }
    }


@pytest.fixture
def mocked() -> Any:
    with aioresponses_mod.aioresponses() as m:
        yield m


@pytest.fixture
async def clock() -> RecordingClock:
    return RecordingClock()


@pytest.fixture
async def planner(clock: RecordingClock) -> AsyncIterator[PlannerClient]:
    async with PlannerClient(
        api_key=API_KEY,
        base_url=BASE,
        plan=Plan.enterprise(per_minute=60, per_day=1000),
        clock=clock,
    ) as client:
        yield client


def calls(mocked: Any, method: str, url: str) -> list[Any]:
    from yarl import URL

    return list(mocked.requests.get((method, URL(url)), []))


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, errors.BadRequestError),
        (401, errors.AuthenticationError),
        (403, errors.PermissionDeniedError),
        (404, errors.NotFoundError),
        (409, errors.ConflictError),
        (413, errors.PayloadTooLargeError),
        (415, errors.UnsupportedMediaTypeError),
        (422, errors.UnprocessableEntityError),
        (429, errors.RateLimitError),
        (500, errors.InternalServerError),
        (502, errors.InternalServerError),
        (503, errors.InternalServerError),
        (418, errors.APIStatusError),
    ],
)
async def test_status_classification(
    mocked: Any, planner: PlannerClient, status: int, cls: type[errors.APIStatusError]
) -> None:
    mocked.get(
        URL_GET,
        status=status,
        payload=envelope("some_type", "it failed", [{"field": "name", "issue": "bad"}]),
        headers={"X-Request-Id": "req_H"},
    )
    with pytest.raises(errors.APIStatusError) as info:
        await planner.projects.get("proj_1", max_retries=0)
    err = info.value
    assert type(err) is cls
    assert (err.status, err.type, err.message, err.request_id) == (
        status,
        "some_type",
        "it failed",
        "req_U1",
    )
    assert [(d.field, d.issue) for d in err.details] == [("name", "bad")]
    assert err.rate_limit is not None
    assert API_KEY not in str(err)


async def test_authorization_header_is_sent_but_never_kept_on_errors(
    mocked: Any, planner: PlannerClient
) -> None:
    mocked.get(URL_GET, status=401, payload=envelope("unauthenticated", "no"))
    with pytest.raises(errors.AuthenticationError) as info:
        await planner.projects.get("proj_1")
    sent = calls(mocked, "GET", URL_GET)[0].kwargs["headers"]
    assert sent["Authorization"] == f"Bearer {API_KEY}"
    assert API_KEY not in repr(info.value.headers)


async def test_503_503_200_retries_with_backoff(
    mocked: Any, planner: PlannerClient, clock: RecordingClock
) -> None:
    mocked.get(URL_GET, status=503, payload=envelope("unavailable", "busy"))
    mocked.get(URL_GET, status=503, payload=envelope("unavailable", "busy"))
    mocked.get(URL_GET, status=200, payload=PROJECT)
    project = await planner.projects.get("proj_1")
    assert project.id == "proj_1"
    assert len(calls(mocked, "GET", URL_GET)) == 3
    assert len(clock.sleeps) == 2
    assert 0 <= clock.sleeps[0] <= 0.5
    assert 0 <= clock.sleeps[1] <= 1.0


async def test_retry_after_is_honoured(
    mocked: Any, planner: PlannerClient, clock: RecordingClock
) -> None:
    mocked.get(URL_GET, status=503, headers={"Retry-After": "2"}, payload=envelope("u", "x"))
    mocked.get(URL_GET, status=200, payload=PROJECT)
    await planner.projects.get("proj_1")
    assert clock.sleeps == [2.0]
    assert clock.monotonic() >= 2.0


async def test_retry_after_past_the_cap_raises(
    mocked: Any, planner: PlannerClient, clock: RecordingClock
) -> None:
    mocked.get(URL_GET, status=429, headers={"Retry-After": "120"}, payload=envelope("r", "x"))
    with pytest.raises(errors.RateLimitError) as info:
        await planner.projects.get("proj_1")
    assert info.value.retry_after == 120.0
    assert clock.sleeps == []


@pytest.mark.parametrize(("per_call", "expected_calls"), [(None, 4), (0, 1), (1, 2)])
async def test_max_retries(
    mocked: Any, planner: PlannerClient, per_call: int | None, expected_calls: int
) -> None:
    mocked.get(URL_GET, status=500, payload=envelope("internal", "x"), repeat=True)
    with pytest.raises(errors.InternalServerError):
        await planner.projects.get("proj_1", max_retries=per_call)
    assert len(calls(mocked, "GET", URL_GET)) == expected_calls


async def test_connection_error_is_retried_with_the_same_idempotency_key(
    mocked: Any, planner: PlannerClient
) -> None:
    mocked.post(URL_POST, exception=aiohttp.ServerDisconnectedError())
    mocked.post(URL_POST, status=201, payload=PROJECT)
    await planner.projects.create(name="Harbour")
    sent = calls(mocked, "POST", URL_POST)
    assert len(sent) == 2
    keys = [c.kwargs["headers"]["Idempotency-Key"] for c in sent]
    assert keys[0] == keys[1]
    assert keys[0].startswith("kzsdk-")


async def test_connection_errors_exhaust_into_api_connection_error(
    mocked: Any, planner: PlannerClient
) -> None:
    mocked.get(URL_GET, exception=aiohttp.ClientOSError(104, "reset"), repeat=True)
    with pytest.raises(errors.APIConnectionError) as info:
        await planner.projects.get("proj_1", max_retries=2)
    assert not isinstance(info.value, errors.APITimeoutError)
    assert len(calls(mocked, "GET", URL_GET)) == 3


async def test_timeout_becomes_api_timeout_error(mocked: Any, planner: PlannerClient) -> None:
    mocked.get(URL_GET, exception=TimeoutError(), repeat=True)
    with pytest.raises(errors.APITimeoutError):
        await planner.projects.get("proj_1", max_retries=0)


async def test_rate_limit_headers_recalibrate_the_limiter(
    mocked: Any, planner: PlannerClient
) -> None:
    mocked.get(
        URL_GET,
        status=200,
        payload=PROJECT,
        headers={
            "X-RateLimit-Limit": "60",
            "X-RateLimit-Remaining": "3",
            "X-RateLimit-Reset": "1",
            "X-RateLimit-Day-Limit": "1000",
            "X-RateLimit-Day-Remaining": "10",
        },
    )
    await planner.projects.get("proj_1")
    snap = planner.rate_limit
    assert snap.minute_remaining <= 3
    assert snap.day_remaining <= 10
    assert snap.source == "server"


async def test_minute_429_holds_the_next_call(
    mocked: Any, planner: PlannerClient, clock: RecordingClock
) -> None:
    mocked.get(
        URL_GET,
        status=429,
        headers={"Retry-After": "5"},
        payload=envelope("rate_limited", "slow", [{"field": "minute", "issue": "spent"}]),
    )
    mocked.get(URL_GET, status=200, payload=PROJECT, repeat=True)
    await planner.projects.get("proj_1")  # retried after 5 s
    assert clock.monotonic() >= 5.0
    assert len(calls(mocked, "GET", URL_GET)) == 2


async def test_day_429_makes_the_next_call_fail_locally(
    mocked: Any, planner: PlannerClient
) -> None:
    mocked.get(
        URL_GET,
        status=429,
        headers={"Retry-After": "3600"},
        payload=envelope("rate_limited", "day spent", [{"field": "day", "issue": "spent"}]),
    )
    with pytest.raises(errors.RateLimitError) as info:
        await planner.projects.get("proj_1")
    assert info.value.window == "day"
    with pytest.raises(errors.QuotaExhaustedError):
        await planner.projects.get("proj_1")
    assert len(calls(mocked, "GET", URL_GET)) == 1


async def test_validation_error_keeps_the_body(mocked: Any, planner: PlannerClient) -> None:
    mocked.get(URL_GET, status=200, body=b'{"id": 5}', content_type="application/json")
    with pytest.raises(errors.ResponseValidationError) as info:
        await planner.projects.get("proj_1")
    assert info.value.body == b'{"id": 5}'
    assert re.search(r"\$\.id", str(info.value))
