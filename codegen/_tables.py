"""Small generated tables: the operation index and the webhook event map."""

from __future__ import annotations

from ._operations import Operation
from ._spec import Spec, header, ref_name, resolve


def render_operations(spec_hash: str, operations: list[Operation]) -> str:
    rows = "".join(
        "    Operation("
        + ", ".join(f'"{v}"' for v in (op.operation_id, op.tag, op.name, op.method, op.path))
        + "),\n"
        for op in operations
    )
    return (
        header(spec_hash)
        + '"""Every operation of the spec: the index tests and the emulator walk."""\n\n'
        + "from __future__ import annotations\n\n"
        + "from typing import NamedTuple\n\n\n"
        + "class Operation(NamedTuple):\n"
        + "".join(
            f"    {field}: str\n"
            for field in ("operation_id", "tag", "method_name", "http_method", "path")
        )
        + "\n\n"
        + f'SPEC_SHA256 = "{spec_hash}"\n\n'
        + "OPERATIONS: tuple[Operation, ...] = (\n"
        + rows
        + ")\n"
    )


def render_events(spec: Spec, spec_hash: str) -> str:
    """Event type → model, from the spec's 3.1 ``webhooks`` section."""
    entries: list[tuple[str, str]] = []
    for event_type, item in (spec.get("webhooks") or {}).items():
        body = resolve(spec, item["post"]["requestBody"])
        model = ref_name(body["content"]["application/json"]["schema"])
        if model is None:
            raise ValueError(f"webhook {event_type}: the body must be a $ref to a component")
        entries.append((event_type, model))
    if not entries:
        raise ValueError("the spec has no `webhooks` section: event models cannot be generated")
    entries.sort()
    names = sorted({m for _, m in entries})
    return (
        header(spec_hash)
        + '"""Webhook event types and their payload models'
        + ' (the spec\'s ``webhooks`` section)."""\n\n'
        + "from __future__ import annotations\n\n"
        + "from .models import (\n"
        + "".join(f"    {n},\n" for n in names)
        + ")\n\n"
        + "KnownEvent = "
        + " | ".join(names)
        + "\n\n"
        + "EVENT_MODELS: dict[str, type[KnownEvent]] = {\n"
        + "".join(f'    "{t}": {m},\n' for t, m in entries)
        + "}\n"
    )
