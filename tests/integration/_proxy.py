"""An independent validating proxy: SDK → proxy → emulator.

Every request and every response that crosses it is checked by openapi-core against
``openapi/planner.yaml`` (and nothing else): the proxy does not import the SDK or the
emulator, so neither can excuse the other. Violations are collected for the test to
assert on.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

import aiohttp
import attrs
from aiohttp import web
from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters
from yarl import URL

from tests.contract._harness import PRODUCTION_HOST, SPEC_PATH

HOP_BY_HOP = {
    "connection",
    "keep-alive",
    "proxy-authenticate",
    "proxy-authorization",
    "te",
    "trailers",
    "transfer-encoding",
    "upgrade",
    "host",
    "content-length",
}


@functools.cache
def validator() -> OpenAPI:
    return OpenAPI.from_file_path(str(SPEC_PATH))


class _Request:
    def __init__(self, method: str, path: str, query: Any, headers: Any, body: bytes) -> None:
        self.parameters = RequestParameters(query=query, header=headers, cookie={})
        self.method = method.lower()
        self.path = path
        self.body = body
        self.content_type = headers.get("Content-Type", "")
        self.host_url = PRODUCTION_HOST


@attrs.frozen
class _Response:
    data: bytes
    status_code: int
    content_type: str
    headers: Mapping[str, str]


@attrs.define
class Violation:
    kind: str  # "request" or "response"
    method: str
    path: str
    status: int | None
    error: str


@attrs.define
class ValidatingProxy:
    upstream: URL  # the emulator's base URL, e.g. http://127.0.0.1:PORT/planner/v1
    violations: list[Violation] = attrs.field(factory=list)
    exchanges: int = 0
    _session: aiohttp.ClientSession | None = None

    def app(self) -> web.Application:
        app = web.Application(client_max_size=200 * 1024 * 1024)
        app.router.add_route("*", "/planner/v1/{tail:.*}", self._handle)
        app.on_cleanup.append(self._close)
        return app

    async def _close(self, _: web.Application) -> None:
        if self._session is not None:
            await self._session.close()

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        if self._session is None:
            self._session = aiohttp.ClientSession(auto_decompress=False)
        body = await request.read()
        spec_request = _Request(request.method, request.path, request.query, request.headers, body)
        try:
            validator().validate_request(spec_request)  # type: ignore[arg-type]
        except Exception as exc:  # openapi-core raises several unrelated types
            self.violations.append(
                Violation("request", request.method, request.path, None, _describe(exc))
            )
        tail = request.match_info["tail"]
        target = URL(str(self.upstream).rstrip("/") + "/" + tail).with_query(request.query)
        headers = {k: v for k, v in request.headers.items() if k.lower() not in HOP_BY_HOP}
        async with self._session.request(
            request.method, target, headers=headers, data=body or None, allow_redirects=False
        ) as upstream:
            data = await upstream.read()
            status = upstream.status
            response_headers = {
                k: v for k, v in upstream.headers.items() if k.lower() not in HOP_BY_HOP
            }
        self.exchanges += 1
        if status != 204 or data:
            spec_response = _Response(
                data=data,
                status_code=status,
                content_type=upstream.headers.get("Content-Type", "").split(";")[0],
                headers=upstream.headers,
            )
        else:
            spec_response = _Response(
                data=b"", status_code=status, content_type="", headers=upstream.headers
            )
        try:
            validator().validate_response(spec_request, spec_response)  # type: ignore[arg-type]
        except Exception as exc:
            self.violations.append(
                Violation("response", request.method, request.path, status, _describe(exc))
            )
        return web.Response(status=status, body=data, headers=response_headers)


def _describe(exc: BaseException) -> str:
    parts = [f"{type(exc).__name__}: {exc}"]
    cause = exc.__cause__
    while cause is not None:
        parts.append(f"{type(cause).__name__}: {cause}")
        schema_errors = getattr(cause, "schema_errors", None)
        if schema_errors:
            parts.extend(str(e.message) for e in list(schema_errors)[:3])
        cause = cause.__cause__
    return " <- ".join(parts)
