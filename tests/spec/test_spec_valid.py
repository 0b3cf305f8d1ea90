"""Structural checks of ``openapi/planner.yaml``, the source the code generator reads.

No network: the document is validated with openapi-spec-validator (OpenAPI 3.1) and every example
is validated against its schema with jsonschema (Draft 2020-12), resolving ``$ref`` against the
document itself through a ``referencing`` registry.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import jsonschema
import pytest
import yaml
from openapi_spec_validator import validate
from openapi_spec_validator.validation import OpenAPIV31SpecValidator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

if TYPE_CHECKING:
    from collections.abc import Iterator

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi" / "planner.yaml"
SPEC_URI = "urn:kazinex-planner:openapi"

TAGS = [
    "projects",
    "schedules",
    "activities",
    "baselines",
    "quality",
    "resources",
    "users",
    "webhooks",
]
HTTP_METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
RATE_LIMIT_HEADERS = [
    "X-RateLimit-Limit",
    "X-RateLimit-Remaining",
    "X-RateLimit-Reset",
    "X-RateLimit-Day-Limit",
    "X-RateLimit-Day-Remaining",
    "X-RateLimit-Day-Reset",
]

#: (method, path) -> (tag, operationId): the generator derives method names from these.
EXPECTED_OPERATIONS: dict[tuple[str, str], tuple[str, str]] = {
    ("get", "/projects"): ("projects", "listProjects"),
    ("post", "/projects"): ("projects", "createProject"),
    ("get", "/projects/{project_id}"): ("projects", "getProject"),
    ("patch", "/projects/{project_id}"): ("projects", "updateProject"),
    ("delete", "/projects/{project_id}"): ("projects", "deleteProject"),
    ("post", "/projects/{project_id}/schedules"): ("schedules", "uploadSchedule"),
    ("get", "/projects/{project_id}/schedules"): ("schedules", "listSchedules"),
    ("get", "/projects/{project_id}/schedules/{schedule_id}"): ("schedules", "getSchedule"),
    ("delete", "/projects/{project_id}/schedules/{schedule_id}"): ("schedules", "deleteSchedule"),
    ("get", "/projects/{project_id}/activities"): ("activities", "listActivities"),
    ("get", "/projects/{project_id}/activities/{activity_id}"): ("activities", "getActivity"),
    ("patch", "/projects/{project_id}/activities/{activity_id}"): ("activities", "updateActivity"),
    ("post", "/projects/{project_id}/activities/batch-update"): (
        "activities",
        "batchUpdateActivities",
    ),
    ("get", "/projects/{project_id}/baselines"): ("baselines", "listBaselines"),
    ("post", "/projects/{project_id}/baselines"): ("baselines", "markBaseline"),
    ("get", "/projects/{project_id}/baselines/{baseline_id}"): ("baselines", "getBaseline"),
    ("delete", "/projects/{project_id}/baselines/{baseline_id}"): ("baselines", "unmarkBaseline"),
    ("get", "/projects/{project_id}/quality"): ("quality", "getQualityReport"),
    ("get", "/projects/{project_id}/quality/checks"): ("quality", "listQualityChecks"),
    ("get", "/projects/{project_id}/quality/checks/{check_id}"): ("quality", "getQualityCheck"),
    ("get", "/projects/{project_id}/resources"): ("resources", "listResources"),
    ("get", "/projects/{project_id}/resources/assignments"): (
        "resources",
        "listResourceAssignments",
    ),
    ("get", "/projects/{project_id}/resources/loading"): ("resources", "getResourceLoading"),
    ("get", "/projects/{project_id}/resources/{resource_id}"): ("resources", "getResource"),
    ("get", "/users"): ("users", "listUsers"),
    ("post", "/users"): ("users", "inviteUser"),
    ("get", "/users/{user_id}"): ("users", "getUser"),
    ("patch", "/users/{user_id}"): ("users", "updateUser"),
    ("delete", "/users/{user_id}"): ("users", "removeUser"),
    ("post", "/webhooks"): ("webhooks", "createWebhook"),
    ("get", "/webhooks"): ("webhooks", "listWebhooks"),
    ("get", "/webhooks/{webhook_id}"): ("webhooks", "getWebhook"),
    ("patch", "/webhooks/{webhook_id}"): ("webhooks", "updateWebhook"),
    ("delete", "/webhooks/{webhook_id}"): ("webhooks", "deleteWebhook"),
    ("post", "/webhooks/{webhook_id}/test"): ("webhooks", "sendWebhookTest"),
    ("get", "/webhooks/{webhook_id}/deliveries"): ("webhooks", "listWebhookDeliveries"),
}

WEBHOOK_EVENTS = {
    "schedule.uploaded": "ScheduleUploadedEvent",
    "schedule.processed": "ScheduleProcessedEvent",
    "schedule.failed": "ScheduleFailedEvent",
    "baseline.marked": "BaselineMarkedEvent",
    "quality.complete": "QualityCompleteEvent",
    "ping": "PingEvent",
}

#: Request bodies: only the properties a client must send are required.
REQUEST_SCHEMAS = {
    "ProjectCreate",
    "ProjectUpdate",
    "ScheduleUpload",
    "ActivityUpdate",
    "ActivityBatchUpdate",
    "ActivityBatchUpdateItem",
    "BaselineCreate",
    "UserInvite",
    "UserUpdate",
    "WebhookCreate",
    "WebhookUpdate",
}
UPDATE_SCHEMAS = {"ProjectUpdate", "ActivityUpdate", "UserUpdate", "WebhookUpdate"}

REQUIRED_SCHEMAS = {
    "PageMeta",
    "Error",
    "ErrorBody",
    "ErrorDetail",
    "ErrorType",
    "Project",
    "ProjectCreate",
    "ProjectUpdate",
    "ProjectList",
    "Schedule",
    "ScheduleUpload",
    "ScheduleList",
    "ScheduleFormat",
    "ScheduleStatus",
    "ScheduleRole",
    "Activity",
    "ActivityList",
    "ActivityUpdate",
    "ActivityBatchUpdate",
    "ActivityBatchUpdateItem",
    "ActivityBatchResult",
    "ActivityType",
    "ActivityStatus",
    "PercentCompleteType",
    "DurationType",
    "ConstraintType",
    "RelationshipType",
    "ActivityLink",
    "Baseline",
    "BaselineCreate",
    "BaselineList",
    "QualityReport",
    "QualityStatus",
    "QualityGrade",
    "QualityCategory",
    "QualityCheckResult",
    "QualityCheckList",
    "QualityCheckDetail",
    "CheckVerdict",
    "CheckSeverity",
    "Resource",
    "ResourceList",
    "ResourceType",
    "ResourceAssignment",
    "ResourceAssignmentList",
    "ResourceLoading",
    "LoadingBucket",
    "LoadingInterval",
    "User",
    "UserList",
    "UserInvite",
    "UserUpdate",
    "UserRole",
    "UserStatus",
    "Webhook",
    "WebhookWithSecret",
    "WebhookCreate",
    "WebhookUpdate",
    "WebhookList",
    "WebhookEventType",
    "WebhookDelivery",
    "WebhookDeliveryList",
    "DeliveryStatus",
    *WEBHOOK_EVENTS.values(),
    "QualitySummary",
    "PingData",
}


# ----------------------------------------------------------------------------- fixtures/helpers
@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    with SPEC_PATH.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@pytest.fixture(scope="module")
def schemas(spec: dict[str, Any]) -> dict[str, Any]:
    return spec["components"]["schemas"]


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method in HTTP_METHODS:
                yield method, path, op


def deref(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        ref = node["$ref"]
        assert ref.startswith("#/"), ref
        node = spec
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def pointer(parts: list[str]) -> str:
    return "/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def validator_for(spec: dict[str, Any], location: str) -> jsonschema.Draft202012Validator:
    registry: Registry = Registry().with_resource(
        SPEC_URI, Resource.from_contents(spec, default_specification=DRAFT202012)
    )
    return jsonschema.Draft202012Validator(
        {"$ref": f"{SPEC_URI}#{quote(location, safe='/~')}"},
        registry=registry,
        format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
    )


def collect_examples(spec: dict[str, Any]) -> list[tuple[str, str, Any]]:
    """(label, JSON pointer of the schema, example) for every example in the document."""
    found: list[tuple[str, str, Any]] = []

    def walk(node: Any, parts: list[str]) -> None:
        if isinstance(node, dict):
            in_schemas = len(parts) >= 2 and parts[:2] == ["components", "schemas"]
            if isinstance(node.get("examples"), list) and in_schemas:
                for i, ex in enumerate(node["examples"]):
                    found.append((f"{pointer(parts)}/examples/{i}", pointer(parts), ex))
            if isinstance(node.get("schema"), dict):
                where = pointer([*parts, "schema"])
                if "example" in node:
                    found.append((f"{pointer(parts)}/example", where, node["example"]))
                if isinstance(node.get("examples"), dict):
                    for key, ex in node["examples"].items():
                        found.append((f"{pointer(parts)}/examples/{key}", where, ex["value"]))
            for key, value in node.items():
                if key not in {"example", "examples"}:
                    walk(value, [*parts, key])
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, [*parts, str(i)])

    walk(spec, [])
    return found


# ----------------------------------------------------------------------------- document
def test_openapi_document_is_valid_3_1(spec: dict[str, Any]) -> None:
    assert spec["openapi"] == "3.1.0"
    validate(spec, cls=OpenAPIV31SpecValidator)


def test_info_servers_security(spec: dict[str, Any]) -> None:
    assert spec["info"]["title"] == "Kazinex Planner API"
    assert spec["info"]["version"] == "1.0.0"
    desc = spec["info"]["description"]
    for header in RATE_LIMIT_HEADERS:
        assert f"`{header}`" in desc, header
    for word in ("Idempotency-Key", "Bearer", "per_page", "project_id", "RFC 3339", "hours"):
        assert word in desc, word
    assert spec["servers"] == [
        {"url": "https://api.kazinex.com/planner/v1", "description": "Production"}
    ]
    assert spec["security"] == [{"bearerAuth": []}]
    scheme = spec["components"]["securitySchemes"]["bearerAuth"]
    assert scheme["type"] == "http"
    assert scheme["scheme"] == "bearer"
    assert [t["name"] for t in spec["tags"]] == TAGS


# ----------------------------------------------------------------------------- operations
def test_exact_operations_tags_and_ids(spec: dict[str, Any]) -> None:
    ops = list(operations(spec))
    assert len(ops) == 36
    ids = [op.get("operationId") for _, _, op in ops]
    assert all(ids), "every operation needs an operationId"
    assert len(set(ids)) == len(ids), "operationIds must be unique"
    actual = {(m, p): (op["tags"], op["operationId"]) for m, p, op in ops}
    assert set(actual) == set(EXPECTED_OPERATIONS)
    for key, (tags, op_id) in actual.items():
        tag, expected_id = EXPECTED_OPERATIONS[key]
        assert tags == [tag], key
        assert op_id == expected_id, key
    for _, _, op in ops:
        assert op.get("summary"), op["operationId"]
        assert op.get("description"), op["operationId"]


def test_every_post_takes_idempotency_key(spec: dict[str, Any]) -> None:
    key = spec["components"]["parameters"]["IdempotencyKey"]
    assert key["name"] == "Idempotency-Key"
    assert key["in"] == "header"
    assert not key["required"]
    assert key["schema"]["maxLength"] == 255
    for method, path, op in operations(spec):
        refs = [p.get("$ref") for p in op.get("parameters", [])]
        if method == "post":
            assert "#/components/parameters/IdempotencyKey" in refs, path
            assert "409" in op["responses"], path
        else:
            assert "#/components/parameters/IdempotencyKey" not in refs, (method, path)


def test_error_responses_use_the_error_envelope(spec: dict[str, Any]) -> None:
    for method, path, op in operations(spec):
        codes = set(op["responses"])
        assert {"401", "429", "500", "503"} <= codes, (method, path)
        if "{" in path:
            assert "404" in codes, (method, path)
        if method in {"post", "patch", "delete"} or path.startswith("/users"):
            assert "403" in codes, (method, path)
        for code, resp in op["responses"].items():
            if code[0] in "45":
                assert set(resp) == {"$ref"}, (method, path, code)
                assert resp["$ref"].startswith("#/components/responses/"), (method, path, code)
                target = deref(spec, resp)
                assert target["content"]["application/json"]["schema"] == {
                    "$ref": "#/components/schemas/Error"
                }, (method, path, code)
    upload = spec["paths"]["/projects/{project_id}/schedules"]["post"]
    assert {"413", "415"} <= set(upload["responses"])
    assert "multipart/form-data" in upload["requestBody"]["content"]


def test_success_responses_carry_standard_headers(spec: dict[str, Any]) -> None:
    for method, path, op in operations(spec):
        success = [c for c in op["responses"] if c.startswith("2")]
        assert len(success) == 1, (method, path)
        resp = deref(spec, op["responses"][success[0]])
        assert set(resp["headers"]) >= {"X-Request-Id", *RATE_LIMIT_HEADERS}, (method, path)
        if success[0] == "204":
            assert "content" not in resp, (method, path)
        else:
            schema = resp["content"]["application/json"]["schema"]
            assert set(schema) == {"$ref"}, (method, path)
    for name, resp in spec["components"]["responses"].items():
        assert set(resp["headers"]) >= {"X-Request-Id", *RATE_LIMIT_HEADERS}, name
    assert "Retry-After" in spec["components"]["responses"]["TooManyRequests"]["headers"]


# ----------------------------------------------------------------------------- schemas
def test_required_schemas_present(schemas: dict[str, Any]) -> None:
    missing = REQUIRED_SCHEMAS - set(schemas)
    assert not missing, sorted(missing)
    for name in schemas:
        assert re.fullmatch(r"[A-Z][A-Za-z0-9]*", name), name


def test_object_schemas_are_documented_and_exemplified(schemas: dict[str, Any]) -> None:
    for name, schema in schemas.items():
        assert schema.get("description"), name
        examples = schema.get("examples")
        assert isinstance(examples, list), name
        assert len(examples) == 1, name
        if "enum" in schema:
            assert schema["type"] == "string", name
            continue
        assert schema["type"] == "object", name
        props = schema["properties"]
        for prop, sub in props.items():
            assert re.fullmatch(r"[a-z][a-z0-9_]*", prop), (name, prop)
            assert sub.get("description"), (name, prop)
        assert set(examples[0]) == set(props), (name, "example must show every property")
        if name in UPDATE_SCHEMAS:
            assert "required" not in schema, name
            assert schema.get("minProperties") == 1, name
        elif name not in REQUEST_SCHEMAS:
            assert set(schema.get("required", [])) == set(props), (name, "responses require all")


def test_schema_style_rules(spec: dict[str, Any], schemas: dict[str, Any]) -> None:
    def walk(node: Any, where: str, top: bool) -> None:
        if isinstance(node, dict):
            assert "nullable" not in node, where
            assert "allOf" not in node, where
            assert "oneOf" not in node, where
            if "anyOf" in node:  # only the nullable-$ref pattern
                assert len(node["anyOf"]) == 2, where
                assert node["anyOf"][1] == {"type": "null"}, where
                assert set(node["anyOf"][0]) == {"$ref"}, where
                assert node.get("description"), where
            if not top:
                assert node.get("type") != "object", f"inline object {where}"
                assert "properties" not in node, f"inline object {where}"
                assert "enum" not in node, f"inline enum {where}"
                if "const" in node:  # only the `type` discriminator of webhook events
                    assert where.endswith("Event.type"), where
            for key, value in node.items():
                if key in {"examples", "example"}:
                    continue
                if key == "properties":
                    for prop, sub in value.items():
                        walk(sub, f"{where}.{prop}", False)
                else:
                    walk(value, where, False if key in {"items", "anyOf"} else top)
        elif isinstance(node, list):
            for value in node:
                walk(value, where, top)

    for name, schema in schemas.items():
        walk(schema, name, True)
    for event in WEBHOOK_EVENTS.values():
        # A const (not a one-value enum) so the generated field is a Literal discriminator.
        assert "const" in schemas[event]["properties"]["type"]


def test_pagination_and_list_envelopes(spec: dict[str, Any], schemas: dict[str, Any]) -> None:
    params = spec["components"]["parameters"]
    per_page = params["PerPage"]["schema"]
    assert (per_page["default"], per_page["minimum"], per_page["maximum"]) == (50, 1, 200)
    for name, schema in schemas.items():
        if name.endswith("List"):
            assert set(schema["properties"]) == {"data", "meta"}, name
            assert schema["properties"]["meta"]["$ref"] == "#/components/schemas/PageMeta"
            assert set(schema["properties"]["data"]["items"]) == {"$ref"}, name


# ----------------------------------------------------------------------------- webhooks
def test_webhooks_section(spec: dict[str, Any], schemas: dict[str, Any]) -> None:
    assert set(spec["webhooks"]) == set(WEBHOOK_EVENTS)
    for event, schema_name in WEBHOOK_EVENTS.items():
        op = spec["webhooks"][event]["post"]
        assert "tags" not in op, event
        assert op["operationId"].startswith("on"), event
        params = [deref(spec, p) for p in op["parameters"]]
        headers = {p["name"] for p in params if p["in"] == "header"}
        assert headers == {"X-Kazinex-Event", "X-Kazinex-Delivery", "X-Kazinex-Signature"}, event
        body = op["requestBody"]["content"]["application/json"]["schema"]
        assert body == {"$ref": f"#/components/schemas/{schema_name}"}, event
        assert all(code.startswith("2") for code in op["responses"]), event
        assert schemas[schema_name]["properties"]["type"]["const"] == event
    secret = schemas["WebhookWithSecret"]["properties"]["secret"]
    assert secret["pattern"].startswith("^whsec_")
    assert "secret" not in schemas["Webhook"]["properties"]


# ----------------------------------------------------------------------------- examples
def test_date_time_format_is_checked(spec: dict[str, Any]) -> None:
    assert "date-time" in jsonschema.Draft202012Validator.FORMAT_CHECKER.checkers
    v = validator_for(spec, "/components/schemas/Webhook")
    good = dict(spec["components"]["schemas"]["Webhook"]["examples"][0])
    assert v.is_valid(good)
    assert not v.is_valid({**good, "created_at": "2026-03-02 08:00"})
    assert not v.is_valid({**good, "id": "proj_01HZ4G7Q"})


def test_every_example_validates(spec: dict[str, Any]) -> None:
    examples = collect_examples(spec)
    assert len(examples) >= len(spec["components"]["schemas"])
    failures = []
    for label, location, example in examples:
        errors = sorted(validator_for(spec, location).iter_errors(example), key=str)
        failures.extend(f"{label}: {e.json_path}: {e.message}" for e in errors)
    assert not failures, "\n".join(failures)
