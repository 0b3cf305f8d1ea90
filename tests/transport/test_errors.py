"""Error classification: every documented status becomes its own exception class."""

from __future__ import annotations

import pytest
from aiohttp import web

from kazinex_planner import errors
from kazinex_planner.ratelimit import RateLimitSnapshot

from .conftest import API_KEY, ClientFn, ServeFn, error_body, example

CASES = [
    (400, "invalid_request", errors.BadRequestError),
    (401, "unauthenticated", errors.AuthenticationError),
    (403, "insufficient_scope", errors.PermissionDeniedError),
    (404, "not_found", errors.NotFoundError),
    (409, "conflict", errors.ConflictError),
    (413, "payload_too_large", errors.PayloadTooLargeError),
    (415, "unsupported_media_type", errors.UnsupportedMediaTypeError),
    (422, "validation_failed", errors.UnprocessableEntityError),
    (429, "rate_limited", errors.RateLimitError),
    (500, "internal", errors.InternalServerError),
    (503, "unavailable", errors.InternalServerError),
]


def _status_server(status: int, err_type: str) -> web.Response:
    details = [{"field": "minute" if status == 429 else "name", "issue": "is wrong"}]
    return web.json_response(
        error_body(err_type, f"status {status} happened", request_id="req_E1", details=details),
        status=status,
        headers={
            "X-Request-Id": "req_header",
            "Retry-After": "7",
            "X-RateLimit-Limit": "120",
            "X-RateLimit-Remaining": "17",
            "X-Upstream-Token": "tok_abcdef123456",
            "Set-Cookie": "session=abc123def",
        },
    )


@pytest.mark.parametrize(("status", "err_type", "cls"), CASES)
async def test_each_status_maps_to_its_class(
    serve: ServeFn,
    make_client: ClientFn,
    status: int,
    err_type: str,
    cls: type[errors.APIStatusError],
) -> None:
    async def handler(request: web.Request) -> web.Response:
        return _status_server(status, err_type)

    planner = make_client(await serve(handler), max_retries=0)
    with pytest.raises(errors.APIStatusError) as info:
        await planner.projects.get("proj_1")
    err = info.value
    assert type(err) is cls
    assert err.status == status
    assert err.type == err_type
    assert err.message == f"status {status} happened"
    assert err.request_id == "req_E1"  # the envelope's id wins over the header's
    assert [(d.field, d.issue) for d in err.details] == [
        ("minute" if status == 429 else "name", "is wrong")
    ]
    assert err.headers["X-Request-Id"] == "req_header"
    assert err.headers["X-Upstream-Token"] == "***"
    assert err.headers["Set-Cookie"] == "***"
    assert isinstance(err.rate_limit, RateLimitSnapshot)
    assert err.rate_limit.minute_remaining <= 17  # calibrated from this very response
    assert "[request_id=req_E1]" in str(err)
    if isinstance(err, errors.RateLimitError):
        assert err.retry_after == 7.0
        assert err.window == "minute"


async def test_unknown_4xx_is_the_base_status_error(serve: ServeFn, make_client: ClientFn) -> None:
    async def handler(request: web.Request) -> web.Response:
        return web.json_response(error_body("teapot", "short and stout"), status=418)

    planner = make_client(await serve(handler))
    with pytest.raises(errors.APIStatusError) as info:
        await planner.projects.get("proj_1")
    assert type(info.value) is errors.APIStatusError
    assert info.value.status == 418


async def test_non_json_error_body(serve: ServeFn, make_client: ClientFn) -> None:
    page = b"<html><body>502 Bad Gateway</body></html>"

    async def handler(request: web.Request) -> web.Response:
        return web.Response(
            body=page, status=502, content_type="text/html", headers={"X-Request-Id": "req_gw"}
        )

    planner = make_client(await serve(handler), max_retries=0)
    with pytest.raises(errors.InternalServerError) as info:
        await planner.projects.get("proj_1")
    err = info.value
    assert err.status == 502
    assert err.type is None
    assert "no error envelope" in err.message
    assert err.request_id == "req_gw"
    assert err.body == page
    assert err.details == ()


async def test_body_not_matching_the_model_keeps_the_raw_body(
    serve: ServeFn, make_client: ClientFn
) -> None:
    project = example("Project")
    project["schedule_count"] = "five"
    del project["name"]
    raw: list[bytes] = []

    async def handler(request: web.Request) -> web.Response:
        response = web.json_response(project, headers={"X-Request-Id": "req_bad"})
        raw.append(response.body)  # type: ignore[arg-type]
        return response

    planner = make_client(await serve(handler))
    with pytest.raises(errors.ResponseValidationError) as info:
        await planner.projects.get("proj_1")
    err = info.value
    assert err.body == raw[0]
    assert err.status == 200
    assert err.request_id == "req_bad"
    assert "Project" in str(err)
    assert "schedule_count" in str(err)


async def test_body_that_is_not_json_is_a_validation_error(
    serve: ServeFn, make_client: ClientFn
) -> None:
    async def handler(request: web.Request) -> web.Response:
        return web.Response(text="not json", content_type="application/json")

    planner = make_client(await serve(handler))
    with pytest.raises(errors.ResponseValidationError) as info:
        await planner.projects.get("proj_1")
    assert info.value.body == b"not json"


async def test_a_server_echoing_the_key_does_not_put_it_in_the_error(
    serve: ServeFn, make_client: ClientFn
) -> None:
    """Servers do echo credentials ("key kzk_... is revoked"); the error must not."""

    async def handler(request: web.Request) -> web.Response:
        echoed = request.headers["Authorization"].removeprefix("Bearer ")
        body = error_body(
            "unauthenticated",
            f"API key {echoed} is revoked",
            details=[{"field": "authorization", "issue": f"{echoed} unknown"}],
        )
        return web.json_response(body, status=401, headers={"X-Echo": echoed})

    planner = make_client(await serve(handler))
    with pytest.raises(errors.AuthenticationError) as info:
        await planner.projects.get("proj_1")
    err = info.value
    for text in (str(err), repr(err), err.message, repr(err.details), repr(err.headers)):
        assert API_KEY not in text
    assert "revoked" in err.message
