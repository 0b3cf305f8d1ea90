"""No log line, at any level, carries a credential; the redaction filter is pattern-driven."""

from __future__ import annotations

import logging

import pytest
from aiohttp import web

from kazinex_planner import errors
from kazinex_planner._logging import (
    MASK,
    RedactingFilter,
    get_logger,
    is_sensitive,
    redact_headers,
    redact_text,
    register_secret,
)

from .conftest import API_KEY, ClientFn, RecordingClock, ServeFn, error_body, example


async def test_a_full_debug_run_never_logs_the_key(
    serve: ServeFn, make_client: ClientFn, caplog: pytest.LogCaptureFixture
) -> None:
    state = {"flaky": 2}

    async def handler(request: web.Request) -> web.StreamResponse:
        tail = request.path.removeprefix("/planner/v1")
        auth = request.headers.get("Authorization", "")
        if tail == "/projects/flaky" and state["flaky"]:
            state["flaky"] -= 1
            return web.json_response(error_body("unavailable", "busy"), status=503)
        if tail == "/projects/moved":
            raise web.HTTPFound("/planner/v1/projects/proj_1")
        if tail == "/projects/denied":
            # A careless server echoing the credential in every place it can.
            return web.json_response(
                error_body("unauthenticated", f"bad credentials: {auth}"),
                status=401,
                headers={"WWW-Authenticate": auth, "X-Debug": f"key={API_KEY}"},
            )
        if tail == "/projects" and request.method == "GET":
            page = int(request.query.get("page", "1"))
            items = [{**example("Project"), "id": f"proj_{page}_{i}"} for i in range(2)]
            return web.json_response(
                {"data": items, "meta": {"total": 6, "page": page, "per_page": 2}}
            )
        return web.json_response(example("Project"))

    planner = make_client(await serve(handler), clock=RecordingClock())
    with caplog.at_level(logging.DEBUG, logger="kazinex_planner"):
        await planner.projects.get("flaky")
        await planner.projects.get("moved")
        with pytest.raises(errors.AuthenticationError) as info:
            await planner.projects.get("denied")
        logging.getLogger("kazinex_planner.test").error("call failed: %s", info.value)
        assert len([p async for p in planner.projects.list(per_page=2, prefetch=2)]) == 6
        await planner.projects.create(name="x")
    messages = [r.getMessage() for r in caplog.records]
    assert any("retrying" in m for m in messages)  # the run did log, at DEBUG and INFO
    assert any("redirect" in m for m in messages)
    assert len(messages) >= 8
    for record in caplog.records:
        assert API_KEY not in record.getMessage()
        assert API_KEY not in str(record.args)
    assert API_KEY not in caplog.text
    assert API_KEY not in str(info.value)


@pytest.mark.parametrize(
    "name",
    [
        "Authorization",
        "Proxy-Authorization",
        "X-Api-Key",
        "api_key",
        "apikey",
        "X-Auth-Token",
        "refresh_token",
        "client-secret",
        "X-Kazinex-Signature",
        "Set-Cookie",
        "Cookie",
        "password",
        "Idempotency-Key",
    ],
)
def test_sensitive_names_are_found_by_pattern(name: str) -> None:
    assert is_sensitive(name)
    assert redact_headers({name: "value-123"}) == {name: MASK}


@pytest.mark.parametrize(
    "name", ["Content-Type", "X-Request-Id", "X-RateLimit-Remaining", "Monkey", "keyboard"]
)
def test_ordinary_names_are_kept(name: str) -> None:
    assert not is_sensitive(name)
    assert redact_headers({name: "value-123"}) == {name: "value-123"}


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Authorization: Bearer abc.DEF-123_x", "abc.DEF-123_x"),
        ("sent bearer eyJhbGciOiJI.eyJzdWIi.sig", "eyJhbGciOiJI"),
        ("signing with whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"),
        ("GET /x?api_key=s3cr3t&page=2", "s3cr3t"),
        ("access_token='tok en'", "tok en"),
        ('{"client_secret": "cs_live_123"}', "cs_live_123"),
        ("cookie=session-abc; Path=/", "session-abc"),
    ],
)
def test_secrets_in_text_are_masked(text: str, secret: str) -> None:
    redacted = redact_text(text)
    assert secret not in redacted
    assert MASK in redacted


def test_ordinary_text_is_untouched() -> None:
    text = "GET /projects?page=2 -> 200 in 0.012s request_id=req_1"
    assert redact_text(text) == text


def test_registered_secrets_are_masked_anywhere() -> None:
    register_secret("kzk_registered_7c1e0a")
    assert redact_text("oops kzk_registered_7c1e0a leaked") == f"oops {MASK} leaked"
    assert redact_text("xkzk_registered_7c1e0ax") == f"x{MASK}x"  # long: even inside a word


def test_a_short_secret_is_masked_as_a_whole_token_only() -> None:
    register_secret("q7Z")  # short: masked wherever it stands alone, not inside words
    assert redact_text("key q7Z was revoked") == f"key {MASK} was revoked"
    assert redact_text('{"field":"q7Z"}') == f'{{"field":"{MASK}"}}'
    assert redact_text("q7Zebra aq7Z q7Z_1") == "q7Zebra aq7Z q7Z_1"


def test_filter_rewrites_message_and_arguments() -> None:
    register_secret("kzk_filter_5a5a5a")
    record = logging.LogRecord(
        "kazinex_planner.x",
        logging.INFO,
        __file__,
        1,
        "headers=%s key kzk_filter_5a5a5a",
        ({"Authorization": "Bearer zzz", "X-Request-Id": "req_1", "nested": ["token=abc"]},),
        None,
    )
    assert RedactingFilter().filter(record)
    message = record.getMessage()
    assert "kzk_filter_5a5a5a" not in message
    assert "zzz" not in message
    assert "abc" not in message
    assert "req_1" in message


def test_filter_handles_a_mapping_argument() -> None:
    record = logging.LogRecord(
        "kazinex_planner.x", logging.INFO, __file__, 1, "%(api_key)s %(page)s", None, None
    )
    record.args = {"api_key": "k-123456", "page": 2}
    RedactingFilter().filter(record)
    assert record.getMessage() == f"{MASK} 2"


def test_every_sdk_logger_carries_the_filter() -> None:
    logger = get_logger("http")
    assert logger.name == "kazinex_planner.http"
    assert any(isinstance(f, RedactingFilter) for f in logger.filters)
    pager = logging.getLogger("kazinex_planner.pagination")
    assert any(isinstance(f, RedactingFilter) for f in pager.filters)
