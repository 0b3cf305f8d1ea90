"""Walking the spec: one :class:`Operation` per path and method, ready for the template."""

from __future__ import annotations

from typing import Any

import attrs

from ._spec import Spec, method_name, ref_name, resolve, snake

HTTP_METHODS = ("get", "post", "put", "patch", "delete")
TAGS = (
    "projects",
    "schedules",
    "activities",
    "baselines",
    "quality",
    "resources",
    "users",
    "webhooks",
)
IDEMPOTENCY_HEADER = "Idempotency-Key"


@attrs.frozen
class Param:
    name: str  # the wire name
    python_name: str
    location: str  # path | query | header
    required: bool
    annotation: str  # a Python type expression using model names
    description: str


@attrs.frozen
class BodyField:
    python_name: str
    annotation: str
    default: str | None  # None means required
    #: Enum names in the annotation also accept their values as ``Literal`` strings.
    widened: bool = False


@attrs.frozen
class Operation:
    operation_id: str
    tag: str
    method: str  # GET, POST, ...
    path: str
    name: str
    summary: str
    description: str
    path_params: tuple[Param, ...]
    query_params: tuple[Param, ...]
    body_model: str | None  # JSON body schema name
    multipart_model: str | None
    response_model: str | None  # None for 204
    item_model: str | None  # the item type when the response is a paginated list
    idempotent_post: bool
    body_fields: tuple[BodyField, ...] = ()


def _scalar_annotation(schema: dict[str, Any], context: str, spec: Spec) -> str:
    name = ref_name(schema)
    if name:
        target = resolve(spec, schema)
        if "enum" in target:
            # Enum parameters accept the member or its plain string: ``status="completed"``
            # type-checks as well as ``status=ActivityStatus.completed``.
            return f"{name} | Literal[" + ", ".join(repr(v) for v in target["enum"]) + "]"
        return name
    if "enum" in schema:
        return "Literal[" + ", ".join(repr(v) for v in schema["enum"]) + "]"
    kind = schema.get("type")
    if isinstance(kind, list):
        kinds = [k for k in kind if k != "null"]
        kind = kinds[0] if len(kinds) == 1 else None
    if kind == "string":
        fmt = schema.get("format")
        return {"date-time": "datetime", "date": "date"}.get(str(fmt), "str")
    if kind == "integer":
        return "int"
    if kind == "number":
        return "float"
    if kind == "boolean":
        return "bool"
    if kind == "array":
        return f"list[{_scalar_annotation(schema.get('items', {}), context, spec)}]"
    raise ValueError(f"{context}: unsupported parameter schema {schema!r}")


def _params(spec: Spec, path_item: dict[str, Any], op: dict[str, Any]) -> list[dict[str, Any]]:
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in [*path_item.get("parameters", []), *op.get("parameters", [])]:
        param = resolve(spec, raw)
        merged[(param["in"], param["name"])] = param
    return list(merged.values())


def _success(spec: Spec, op: dict[str, Any], op_id: str) -> tuple[str | None, str | None]:
    """The response model and, for paginated lists, the item model."""
    codes = sorted(code for code in op["responses"] if str(code).startswith("2"))
    if not codes:
        raise ValueError(f"{op_id}: no 2xx response")
    response = resolve(spec, op["responses"][codes[0]])
    content = response.get("content") or {}
    if not content:
        return None, None
    schema = content.get("application/json", {}).get("schema")
    model = ref_name(schema)
    if model is None:
        raise ValueError(f"{op_id}: the 2xx JSON schema must be a $ref to a component")
    target = resolve(spec, schema)
    props = target.get("properties", {})
    if set(props) == {"data", "meta"} and ref_name(props["meta"]) == "PageMeta":
        item = ref_name(props["data"].get("items", {}))
        if item is None:
            raise ValueError(f"{op_id}: list items must be a $ref")
        return model, item
    return model, None


def walk(spec: Spec) -> list[Operation]:
    operations: list[Operation] = []
    seen_ids: set[str] = set()
    for path, path_item in spec["paths"].items():
        for method in HTTP_METHODS:
            op = path_item.get(method)
            if op is None:
                continue
            op_id = op.get("operationId")
            tags = op.get("tags") or []
            if not op_id:
                raise ValueError(f"{method.upper()} {path}: missing operationId")
            if op_id in seen_ids:
                raise ValueError(f"duplicate operationId {op_id!r}")
            seen_ids.add(op_id)
            if len(tags) != 1 or tags[0] not in TAGS:
                raise ValueError(f"{op_id}: needs exactly one of the tags {TAGS}, has {tags}")
            tag = tags[0]
            path_params: list[Param] = []
            query_params: list[Param] = []
            idempotent = False
            for param in _params(spec, path_item, op):
                if param["in"] == "header" and param["name"] == IDEMPOTENCY_HEADER:
                    idempotent = True
                    continue
                if param["in"] not in ("path", "query"):
                    raise ValueError(f"{op_id}: unsupported parameter location {param['in']}")
                annotation = _scalar_annotation(
                    param.get("schema", {}), f"{op_id}.{param['name']}", spec
                )
                p = Param(
                    name=param["name"],
                    python_name=snake(param["name"]),
                    location=param["in"],
                    required=bool(param.get("required")) or param["in"] == "path",
                    annotation=annotation,
                    description=" ".join(str(param.get("description", "")).split()),
                )
                (path_params if p.location == "path" else query_params).append(p)
            order = [seg[1:-1] for seg in path.split("/") if seg.startswith("{")]
            path_params.sort(key=lambda p: order.index(p.name))
            body_model = multipart_model = None
            if "requestBody" in op:
                content = resolve(spec, op["requestBody"])["content"]
                if "application/json" in content:
                    body_model = ref_name(content["application/json"]["schema"])
                elif "multipart/form-data" in content:
                    multipart_model = ref_name(content["multipart/form-data"]["schema"])
                if body_model is None and multipart_model is None:
                    raise ValueError(f"{op_id}: request bodies must be a $ref to a component")
            if method == "post" and not idempotent:
                raise ValueError(f"{op_id}: every POST must accept the Idempotency-Key header")
            response_model, item_model = _success(spec, op, op_id)
            operations.append(
                Operation(
                    operation_id=op_id,
                    tag=tag,
                    method=method.upper(),
                    path=path,
                    name=method_name(op_id, tag),
                    summary=" ".join(str(op.get("summary", "")).split()),
                    description=str(op.get("description", "")).strip(),
                    path_params=tuple(path_params),
                    query_params=tuple(query_params),
                    body_model=body_model,
                    multipart_model=multipart_model,
                    response_model=response_model,
                    item_model=item_model,
                    idempotent_post=idempotent,
                )
            )
    return operations
