"""Every operation of the spec, called through its generated method, against a contract server.

The server (``_harness``) is built from ``openapi/planner.yaml`` alone: it checks each
request with an independent validator (openapi-core) and answers the spec's example.
The test builds each call's arguments from the spec too, then asserts the method, path,
query and JSON body the SDK sent, and that the decoded result equals the example.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import pytest
from aiohttp.test_utils import TestServer

from kazinex_planner import PlannerClient, models
from kazinex_planner._converter import converter
from kazinex_planner._generated.operations import OPERATIONS

from ._harness import BASE_PATH, Seen, build_contract_app, load_spec, resolve, schema_example

SPEC = load_spec()
SAMPLE_TIME = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
XER = b"ERMHDR\t19.12\t2026-03-02\tProject\tadmin\n%T\tPROJECT\n%F\tproj_id\n%R\t1\n%E\n"


def snake(name: str) -> str:
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", re.sub(r"[^0-9A-Za-z]+", "_", name)).lower()


def spec_operation(path: str, method: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    item = SPEC["paths"][path]
    op = item[method.lower()]
    params = [resolve(SPEC, p) for p in [*item.get("parameters", []), *op.get("parameters", [])]]
    return op, params


def sample_value(param: dict[str, Any]) -> tuple[Any, str]:
    """A Python argument for a parameter and how it must appear on the wire."""
    schema = resolve(SPEC, param.get("schema", {}))
    ref = param.get("schema", {}).get("$ref")
    for key in ("example",):
        if key in param:
            value = param[key]
            break
    else:
        if "examples" in schema:
            value = schema["examples"][0]
        elif "enum" in schema:
            value = schema["enum"][-1]
        elif schema.get("type") == "boolean":
            value = True
        elif schema.get("type") == "integer":
            value = min(max(2, schema.get("minimum", 2)), schema.get("maximum", 2))
        elif schema.get("format") == "date-time":
            value = "2026-03-02T08:00:00Z"
        elif "pattern" in schema:
            prefix = re.match(r"\^([a-z]+_)", schema["pattern"])
            candidates = [(prefix.group(1) if prefix else "") + "01HZTEST", "missing-logic"]
            value = next(c for c in candidates if re.search(schema["pattern"], c))
        else:
            value = "north"
    if schema.get("format") == "date-time":
        return SAMPLE_TIME, "2026-03-02T08:00:00Z"
    if isinstance(value, bool):
        return value, "true" if value else "false"
    if ref:  # an enum component: pass the generated enum member
        enum_cls = getattr(models, ref.rsplit("/", 1)[1])
        return enum_cls(value), str(value)
    return value, str(value)


def request_body(op: dict[str, Any]) -> tuple[str | None, dict[str, Any]]:
    if "requestBody" not in op:
        return None, {}
    content = resolve(SPEC, op["requestBody"])["content"]
    media = next(iter(content))
    return media, schema_example(SPEC, content[media]["schema"])


@pytest.fixture
async def contract() -> AsyncIterator[tuple[PlannerClient, list[Seen]]]:
    app, seen = build_contract_app(SPEC)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    planner = PlannerClient(
        "kzp_test_contract_key", base_url=str(server.make_url(BASE_PATH)), max_retries=0
    )
    try:
        yield planner, seen
    finally:
        await planner.close()
        await server.close()


def test_every_spec_operation_has_one_generated_method() -> None:
    spec_ops = {
        op["operationId"]
        for item in SPEC["paths"].values()
        for method, op in item.items()
        if method in {"get", "post", "put", "patch", "delete"}
    }
    assert {o.operation_id for o in OPERATIONS} == spec_ops
    assert len(OPERATIONS) == len(spec_ops) >= 35
    planner = PlannerClient("kzp_test_contract_key", base_url="http://127.0.0.1:9")
    try:
        for o in OPERATIONS:
            assert callable(getattr(getattr(planner, o.tag), o.method_name)), o
    finally:
        assert not planner._transport.owns_unclosed_session


EXPECTED_NAMES = {
    "projects": {"list", "create", "get", "update", "delete"},
    "schedules": {"upload", "list", "get", "delete"},
    "activities": {"list", "get", "update", "batch_update"},
    "baselines": {"list", "mark", "get", "unmark"},
    "quality": {"get_report", "list_checks", "get_check"},
    "resources": {"list", "get", "list_assignments", "get_loading"},
    "users": {"list", "invite", "get", "update", "remove"},
    "webhooks": {"create", "list", "get", "update", "delete", "send_test", "list_deliveries"},
}


def test_method_names_are_the_public_surface() -> None:
    names: dict[str, set[str]] = {}
    for o in OPERATIONS:
        names.setdefault(o.tag, set()).add(o.method_name)
    assert names == EXPECTED_NAMES


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda o: o.operation_id)
async def test_operation_round_trip(
    operation: Any, contract: tuple[PlannerClient, list[Seen]]
) -> None:
    planner, seen = contract
    op, params = spec_operation(operation.path, operation.http_method)
    method = getattr(getattr(planner, operation.tag), operation.method_name)
    signature = inspect.signature(method)

    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    expected_path = operation.path
    expected_query: dict[str, str] = {}
    for param in params:
        if param["in"] == "header":
            continue
        value, wire = sample_value(param)
        if param["in"] == "path":
            args.append(value)
            expected_path = expected_path.replace("{" + param["name"] + "}", wire)
        else:
            name = snake(param["name"])
            assert signature.parameters[name].kind is inspect.Parameter.KEYWORD_ONLY, name
            kwargs[name] = value
            expected_query[param["name"]] = wire
    path_names = [p for p in signature.parameters.values() if p.kind is p.POSITIONAL_OR_KEYWORD]
    media, body = request_body(op)
    if media == "application/json":
        schema_name = resolve(SPEC, op["requestBody"])["content"][media]["schema"]["$ref"]
        model = getattr(models, schema_name.rsplit("/", 1)[1])
        structured = converter.structure(body, model)
        for field in body:
            kwargs[field] = getattr(structured, field)
    elif media == "multipart/form-data":
        args.append(XER)
        kwargs["label"] = body.get("label")
        kwargs["validate"] = False
    assert len(path_names) == len(args), "path parameters (and the file) are positional"
    if operation.http_method == "POST":
        kwargs["idempotency_key"] = f"test-{operation.operation_id}"

    result = method(*args, **kwargs)
    result = await result

    assert len(seen) == 1, [s.operation_id for s in seen]
    request = seen[0]
    assert request.errors == [], request.errors  # the independent validator accepted it
    assert request.operation_id == operation.operation_id
    assert request.method == operation.http_method
    assert request.path == BASE_PATH + expected_path
    assert request.query == expected_query
    assert request.headers["Authorization"] == "Bearer kzp_test_contract_key"
    if operation.http_method == "POST":
        assert request.headers["Idempotency-Key"] == f"test-{operation.operation_id}"
    if media == "application/json":
        assert request.headers["Content-Type"] == "application/json"
        assert json.loads(request.body) == body
    elif media == "multipart/form-data":
        assert request.headers["Content-Type"].startswith("multipart/form-data; boundary=")
        assert XER in request.body
        assert int(request.headers["Content-Length"]) == len(request.body)

    code = min(c for c in op["responses"] if str(c).startswith("2"))
    response = resolve(SPEC, op["responses"][code])
    content = (response.get("content") or {}).get("application/json")
    if content is None:
        assert result is None
        return
    example = content.get("example") or schema_example(SPEC, content["schema"])
    if media == "multipart/form-data":
        example = {**example, "sha256": hashlib.sha256(XER).hexdigest()}
    response_model = getattr(models, content["schema"]["$ref"].rsplit("/", 1)[1])
    expected = converter.structure(example, response_model)
    if hasattr(result, "meta") and hasattr(result, "data") and hasattr(expected, "meta"):
        assert list(result.data) == list(expected.data)
        assert result.meta.total == expected.meta.total
    else:
        assert result == expected
