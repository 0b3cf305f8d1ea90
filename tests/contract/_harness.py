"""A contract server built from the spec alone, and an independent request validator.

For every operation the server records what the SDK sent, validates it with
openapi-core (which reads only ``openapi/planner.yaml``), and answers the spec's own
example for the success response. Nothing here imports the SDK's generated code, so a
generator bug cannot hide itself.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from pathlib import Path
from typing import Any

import attrs
import yaml
from aiohttp import web
from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi" / "planner.yaml"
BASE_PATH = "/planner/v1"  # same path as the production server URL
PRODUCTION_HOST = "https://api.kazinex.com"


def load_spec() -> dict[str, Any]:
    return yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))


def resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"][2:].split("/"):
            target = target[part]
        node = target
    return node


def schema_example(spec: dict[str, Any], schema: Any) -> Any:
    schema = resolve(spec, schema)
    if "examples" in schema:
        return schema["examples"][0]
    if "example" in schema:
        return schema["example"]
    raise KeyError(f"schema without example: {schema}")


def success_example(spec: dict[str, Any], op: dict[str, Any]) -> tuple[int, Any]:
    code = min(c for c in op["responses"] if str(c).startswith("2"))
    response = resolve(spec, op["responses"][code])
    content = (response.get("content") or {}).get("application/json")
    if content is None:
        return int(code), None
    if "example" in content:
        return int(code), content["example"]
    if "examples" in content:
        return int(code), next(iter(content["examples"].values()))["value"]
    return int(code), schema_example(spec, content["schema"])


@attrs.define
class Seen:
    operation_id: str
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes
    errors: list[str]


class _ValidatorRequest:
    """openapi-core's request protocol, pretending to be the production host."""

    def __init__(self, request: web.Request, body: bytes) -> None:
        self.parameters = RequestParameters(
            query=request.query, header=request.headers, cookie=request.cookies
        )
        self._request = request
        self._body = body

    @property
    def host_url(self) -> str:
        return PRODUCTION_HOST

    @property
    def path(self) -> str:
        return self._request.path

    @property
    def method(self) -> str:
        return self._request.method.lower()

    @property
    def body(self) -> bytes:
        return self._body

    @property
    def content_type(self) -> str:
        return self._request.headers.get("Content-Type", "")


@functools.cache
def spec_validator() -> OpenAPI:
    """Parsing the spec takes a while; every test shares one validator."""
    return OpenAPI.from_file_path(str(SPEC_PATH))


def build_contract_app(spec: dict[str, Any]) -> tuple[web.Application, list[Seen]]:
    validator = spec_validator()
    seen: list[Seen] = []
    app = web.Application()
    routes: list[tuple[str, str, dict[str, Any]]] = []
    for path, item in spec["paths"].items():
        for method in ("get", "post", "put", "patch", "delete"):
            if method in item:
                routes.append((path, method, item[method]))
    # Concrete segments before templated ones (as OpenAPI says routing must work).
    routes.sort(key=lambda r: (r[0].count("{"), r[0]))

    def handler_for(op: dict[str, Any]) -> Any:
        status, example = success_example(spec, op)

        async def handler(request: web.Request) -> web.StreamResponse:
            body = await request.read()
            errors: list[str] = []
            try:
                validator.validate_request(_ValidatorRequest(request, body))  # type: ignore[arg-type]
            except Exception as exc:  # the validator's error types vary; record them all
                errors.append(f"{type(exc).__name__}: {exc}; {getattr(exc, '__cause__', '')}")
            seen.append(
                Seen(
                    operation_id=op["operationId"],
                    method=request.method,
                    path=request.path,
                    query=dict(request.query),
                    headers=dict(request.headers),
                    body=body,
                    errors=errors,
                )
            )
            headers = {"X-Request-Id": "req_contract01"}
            if example is None:
                return web.Response(status=status, headers=headers)
            answer = example
            file_part = multipart_file(request.headers.get("Content-Type", ""), body)
            if file_part is not None and isinstance(example, dict) and "sha256" in example:
                # Like the real server: report the digest of the bytes that arrived.
                answer = {**example, "sha256": hashlib.sha256(file_part).hexdigest()}
            return web.json_response(answer, status=status, headers=headers)

        return handler

    for path, method, op in routes:
        aio_path = BASE_PATH + re.sub(r"\{(\w+)\}", r"{\1}", path)
        app.router.add_route(method.upper(), aio_path, handler_for(op))
    return app, seen


def multipart_file(content_type: str, body: bytes) -> bytes | None:
    """The content of the part that has a filename, parsed independently of the SDK."""
    match = re.search(r"boundary=([^;]+)", content_type)
    if not content_type.startswith("multipart/form-data") or match is None:
        return None
    boundary = b"--" + match.group(1).strip('"').encode()
    for part in body.split(boundary):
        head, sep, content = part.partition(b"\r\n\r\n")
        if sep and b"filename=" in head:
            return content.removesuffix(b"\r\n")
    return None


def dumps(value: Any) -> str:
    return json.dumps(value, sort_keys=True)
