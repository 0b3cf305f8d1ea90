"""A raw aiohttp client for the emulator that validates every response against the spec.

Validation uses openapi-core with only ``openapi/planner.yaml``; requests are presented as
if sent to the production host (``https://api.kazinex.com/planner/v1/...``), so the
spec's server URL and paths apply unchanged. Nothing here uses the SDK.
"""

from __future__ import annotations

import functools
import io
from pathlib import Path
from typing import Any

import aiohttp
import attrs
import orjson
from multidict import CIMultiDict, MultiDict
from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters
from yarl import URL

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi" / "planner.yaml"
PRODUCTION = "https://api.kazinex.com"


@functools.cache
def spec() -> OpenAPI:
    return OpenAPI.from_file_path(str(SPEC_PATH))


@attrs.frozen
class _Request:
    host_url: str
    path: str
    method: str
    body: bytes | None
    content_type: str
    parameters: RequestParameters


@attrs.frozen
class _Response:
    status_code: int
    content_type: str
    headers: CIMultiDict[str]
    data: bytes


@attrs.frozen
class Result:
    status: int
    headers: CIMultiDict[str]
    raw: bytes

    @property
    def json(self) -> Any:
        return orjson.loads(self.raw)

    @property
    def error_type(self) -> str:
        return str(self.json["error"]["type"])


def validate(method: str, url: URL, result: Result) -> None:
    """Raise if ``result`` does not match the spec for ``method url``."""
    request = _Request(
        host_url=PRODUCTION,
        path=url.path,
        method=method.lower(),
        body=None,
        content_type="application/json",
        parameters=RequestParameters(
            query=MultiDict(url.query), header=CIMultiDict(), cookie=MultiDict()
        ),
    )
    content_type = result.headers.get("Content-Type", "").split(";")[0].strip().lower()
    response = _Response(
        status_code=result.status,
        content_type=content_type,
        headers=result.headers,
        data=result.raw,
    )
    spec().validate_response(request, response)  # type: ignore[arg-type]


class Client:
    """Calls ``base_url`` with a bearer key; validates each answer unless told not to."""

    def __init__(self, session: aiohttp.ClientSession, base_url: str, key: str | None) -> None:
        self.session = session
        self.base_url = base_url
        self.key = key

    def with_key(self, key: str | None) -> Client:
        return Client(self.session, self.base_url, key)

    async def call(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        data: Any = None,
        params: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
        validate_spec: bool = True,
    ) -> Result:
        all_headers = dict(headers or {})
        if self.key is not None:
            all_headers["Authorization"] = f"Bearer {self.key}"
        body = orjson.dumps(json) if json is not None else data
        if json is not None:
            all_headers["Content-Type"] = "application/json"
        url = URL(self.base_url + path)
        if params:
            url = url.update_query(params)
        async with self.session.request(method, url, data=body, headers=all_headers) as resp:
            raw = await resp.read()
            result = Result(status=resp.status, headers=CIMultiDict(resp.headers), raw=raw)
        assert result.headers["X-Request-Id"].startswith("req_")
        if validate_spec:
            validate(method, url, result)
        if result.status >= 400:
            assert result.json["error"]["request_id"] == result.headers["X-Request-Id"]
        return result

    async def get(self, path: str, **kw: Any) -> Result:
        return await self.call("GET", path, **kw)

    async def post(self, path: str, **kw: Any) -> Result:
        return await self.call("POST", path, **kw)

    async def patch(self, path: str, **kw: Any) -> Result:
        return await self.call("PATCH", path, **kw)

    async def delete(self, path: str, **kw: Any) -> Result:
        return await self.call("DELETE", path, **kw)

    async def upload(
        self,
        project_id: str,
        content: bytes,
        *,
        file_name: str = "schedule.xer",
        label: str | None = None,
        headers: dict[str, str] | None = None,
        validate_spec: bool = True,
    ) -> Result:
        form = aiohttp.FormData()
        form.add_field(
            "file", io.BytesIO(content), filename=file_name, content_type="application/octet-stream"
        )
        if label is not None:
            form.add_field("label", label)
        return await self.call(
            "POST",
            f"/projects/{project_id}/schedules",
            data=form,
            headers=headers,
            validate_spec=validate_spec,
        )
