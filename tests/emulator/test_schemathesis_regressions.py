"""Regressions for the emulator bugs Schemathesis found (``scripts/schemathesis_emulator.py``).

Each test sends the raw request the fuzzer sent and checks the answer against the spec:
operation responses through the validating client, and the 405 answers (to methods the
spec does not declare, so no operation exists to validate against) against the spec's
``Error`` schema.
"""

from __future__ import annotations

import functools
from typing import Any

import jsonschema
import pytest
import yaml
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from kazinex_planner.emulator import Emulator
from kazinex_planner.emulator._validation import MAX_PAGE

from ._client import SPEC_PATH, Client, Result
from .conftest import make_project, ready_project

_SPEC_URI = "urn:kazinex-planner:openapi"


@functools.cache
def _error_validator() -> jsonschema.Draft202012Validator:
    document = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    registry: Registry[Any] = Registry().with_resource(
        _SPEC_URI, Resource.from_contents(document, default_specification=DRAFT202012)
    )
    schema = {"$ref": f"{_SPEC_URI}#/components/schemas/Error"}
    return jsonschema.Draft202012Validator(schema, registry=registry)


def _assert_405(result: Result, allow: set[str]) -> None:
    assert result.status == 405, result.raw
    _error_validator().validate(result.json)
    assert result.error_type == "invalid_request"
    assert set(result.headers["Allow"].split(",")) == allow


@pytest.mark.parametrize(
    ("method", "path", "allow"),
    [
        ("TRACE", "/projects", {"GET", "POST"}),
        ("PUT", "/projects/{project}", {"GET", "PATCH", "DELETE"}),
        ("TRACE", "/webhooks", {"GET", "POST"}),
    ],
)
async def test_undeclared_method_is_405_with_allow(
    api: Client, method: str, path: str, allow: set[str]
) -> None:
    """RFC 9110 requires ``Allow`` on a 405; the envelope used to drop aiohttp's header."""
    project = await make_project(api)
    result = await api.call(method, path.format(project=project["id"]), validate_spec=False)
    _assert_405(result, allow)


async def test_literal_segments_do_not_match_id_routes(api: Client) -> None:
    """``GET .../activities/batch-update`` reached getActivity, so a 405 on that path
    advertised ``GET,PATCH,POST``; the spec's path has POST only. Same for the resources'
    ``assignments`` and ``loading`` paths, which are GET only."""
    project = await make_project(api)
    base = f"/projects/{project['id']}"
    for method in ("GET", "PATCH", "OPTIONS"):
        _assert_405(
            await api.call(method, f"{base}/activities/batch-update", validate_spec=False),
            {"POST"},
        )
    for name in ("assignments", "loading"):
        _assert_405(
            await api.call("POST", f"{base}/resources/{name}", validate_spec=False), {"GET"}
        )
    missing = await api.get(f"{base}/activities/act_nothere")
    assert missing.status == 404
    assert missing.error_type == "not_found"


async def test_page_beyond_the_maximum_is_400_not_500(api: Client) -> None:
    """A page past 2**64 made orjson fail while echoing ``meta.page`` (500)."""
    project = await make_project(api)
    path = f"/projects/{project['id']}/schedules"
    last = await api.get(path, params={"page": str(MAX_PAGE)})
    assert last.status == 200
    assert last.json["meta"]["page"] == MAX_PAGE
    assert last.json["data"] == []
    for page in (str(MAX_PAGE + 1), "19028049495371034624"):
        too_far = await api.get(path, params={"page": page})
        assert too_far.status == 400, page
        assert too_far.json["error"]["details"][0]["field"] == "page"


@pytest.mark.parametrize("value", ["+5", " 5", "5_0", "\u0665", "5.0", ""])
async def test_query_integers_are_plain_ascii_digits(api: Client, value: str) -> None:
    """``int()`` accepted ``+5``, `` 5``, ``5_0`` and non-ASCII digits as page sizes."""
    result = await api.get("/projects", params={"per_page": value})
    assert result.status == 400, value
    assert result.json["error"]["details"] == [{"field": "per_page", "issue": "must be an integer"}]


async def test_bad_part_header_is_400_not_500(api: Client) -> None:
    """A control byte (here 0x0E, after raw UTF-8) in a part's Content-Disposition made
    aiohttp's multipart parser raise ``InvalidHeader``, which surfaced as a 500."""
    project = await make_project(api)
    boundary = "kzpboundary"
    body = (
        f"--{boundary}\r\n".encode()
        + b'Content-Disposition: form-data; name="HS\xf1\x9d\x99\x90V4\x0e"\r\n\r\n[]\r\n'
        + f"--{boundary}\r\n".encode()
        + b'Content-Disposition: form-data; name="file"; filename="file"\r\n'
        + b"Content-Type: text/plain\r\n\r\nERMHDR\t19.12\r\n"
        + f"--{boundary}--\r\n".encode()
    )
    result = await api.post(
        f"/projects/{project['id']}/schedules",
        data=body,
        headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
    )
    assert result.status == 400, result.raw
    assert result.error_type == "invalid_request"
    assert "multipart" in result.json["error"]["details"][0]["issue"]


async def test_multipart_without_boundary_is_400(api: Client) -> None:
    project = await make_project(api)
    result = await api.post(
        f"/projects/{project['id']}/schedules",
        data=b"--x\r\n\r\n",
        headers={"Content-Type": "multipart/form-data"},
    )
    assert result.status == 400, result.raw
    assert result.error_type == "invalid_request"


async def test_unknown_form_field_is_422(api: Client) -> None:
    """The spec now declares ``additionalProperties: false`` for ScheduleUpload (and every
    JSON request body), matching what the emulator always did."""
    project = await make_project(api)
    boundary = "kzpboundary"
    body = (
        f"--{boundary}\r\n"
        'Content-Disposition: form-data; name="colour"\r\n\r\nred\r\n'
        f"--{boundary}--\r\n"
    ).encode()
    result = await api.post(
        f"/projects/{project['id']}/schedules",
        data=body,
        headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
    )
    assert result.status == 422
    assert {"field": "colour", "issue": "unknown field"} in result.json["error"]["details"]


async def test_empty_idempotency_key_is_a_documented_400(api: Client) -> None:
    """sendWebhookTest answered 400 for an empty Idempotency-Key, which its spec entry
    did not list; the spec now does (the validating client checks it)."""
    created = await api.post(
        "/webhooks", json={"url": "https://hooks.example.com/kzp", "events": ["ping"]}
    )
    assert created.status == 201
    result = await api.post(f"/webhooks/{created.json['id']}/test", headers={"Idempotency-Key": ""})
    assert result.status == 400
    assert result.json["error"]["details"][0]["field"] == "Idempotency-Key"


async def _loading(api: Client, project: dict[str, Any], **params: str) -> Result:
    return await api.get(f"/projects/{project['id']}/resources/loading", params=params)


async def test_loading_start_after_the_schedule_is_an_empty_range_not_400(
    api: Client, emulator: Emulator, small_xer: bytes
) -> None:
    """``?start=<after the last finish>`` without ``end`` answered 400 "end must not be
    before start": the default ``end`` (the latest finish) collided with the caller's
    ``start``. A default never contradicts the other bound: one empty bucket."""
    project, _ = await ready_project(api, emulator, small_xer)
    full = await _loading(api, project, interval="week")
    assert full.status == 200, full.raw
    assert any(b["planned_units"] for b in full.json["buckets"])
    late = await _loading(api, project, interval="week", start="2999-01-01T00:00:00Z")
    assert late.status == 200, late.raw
    assert [b["planned_units"] for b in late.json["buckets"]] == [0.0]
    assert late.json["start"] <= "2999-01-01T00:00:00Z" < late.json["end"]
    early = await _loading(api, project, interval="day", end="2000-01-01T00:00:00Z")
    assert early.status == 200, early.raw
    assert [b["planned_units"] for b in early.json["buckets"]] == [0.0]


async def test_loading_explicit_inverted_range_is_the_documented_400(
    api: Client, emulator: Emulator, small_xer: bytes
) -> None:
    """Both bounds given with ``end`` before ``start`` stays 400, as the ``end``
    parameter's description says (schemathesis.toml lists the 400 for this operation)."""
    project, _ = await ready_project(api, emulator, small_xer)
    result = await _loading(api, project, start="2018-08-30T16:00:00Z", end="2018-02-22T17:00:00Z")
    assert result.status == 400, result.raw
    assert result.json["error"]["details"] == [
        {"field": "end", "issue": "must not be before start"}
    ]
