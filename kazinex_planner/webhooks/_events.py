"""Event bodies → typed models, with a fallback for event types this SDK predates.

The server may add event types at any time (the webhook subscription list is an open
enum), so an unknown ``type`` is not an error: it becomes an :class:`UnknownEvent` that
keeps the whole body, and a receiver can acknowledge it instead of failing the delivery
forever. A *known* type whose body does not match its schema is an error, though: it
means the payload cannot be trusted to mean what the model says.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, TypeAlias

import attrs
import cattrs
import orjson

from .._converter import converter
from .._generated.events import EVENT_MODELS, KnownEvent
from ._errors import WebhookPayloadError

__all__ = ["EVENT_MODELS", "Event", "KnownEvent", "UnknownEvent", "parse_event"]


@attrs.frozen(kw_only=True)
class UnknownEvent:
    """An event whose ``type`` this SDK version does not model.

    The envelope fields every event shares are typed; ``data`` is the payload as JSON
    and ``raw`` the whole body, so nothing the server sent is lost.
    """

    id: str
    """Event id (``evt_`` prefix); the de-duplication key, the same on every retry."""
    type: str
    """The event type, as sent."""
    created_at: datetime
    """When the event occurred."""
    project_id: str | None
    """The project the event concerns; ``None`` when absent or null."""
    data: dict[str, Any]
    """The event payload, as decoded JSON (``{}`` when the body has none)."""
    raw: dict[str, Any]
    """The whole decoded body."""


Event: TypeAlias = KnownEvent | UnknownEvent
"""Every event :func:`parse_event` can return: a typed model, or :class:`UnknownEvent`."""


def parse_event(payload: bytes | bytearray | memoryview | str | Mapping[str, Any]) -> Event:
    """Decode a webhook body into its model, chosen by ``type`` from ``EVENT_MODELS``.

    Does not verify anything: call :func:`verify` on untrusted input. Raises
    :class:`WebhookPayloadError` for bodies that are not a JSON object, lack a string
    ``id`` or ``type``, or (for a known type) do not match the type's schema.
    """
    raw = _decode(payload)
    event_id = raw.get("id")
    event_type = raw.get("type")
    if not isinstance(event_id, str) or not event_id:
        raise WebhookPayloadError("the body has no string 'id'")
    if not isinstance(event_type, str) or not event_type:
        raise WebhookPayloadError("the body has no string 'type'")
    model = EVENT_MODELS.get(event_type)
    if model is None:
        return _unknown_event(raw, event_id, event_type)
    try:
        return converter.structure(raw, model)
    except (cattrs.BaseValidationError, ValueError, TypeError, KeyError) as exc:
        problems = "; ".join(cattrs.transform_error(exc))
        raise WebhookPayloadError(
            f"the {event_type!r} body does not match its schema: {problems}"
        ) from exc


def _decode(payload: bytes | bytearray | memoryview | str | Mapping[str, Any]) -> dict[str, Any]:
    if isinstance(payload, Mapping):
        raw: Any = dict(payload)
    else:
        try:
            raw = orjson.loads(payload)
        except orjson.JSONDecodeError as exc:
            raise WebhookPayloadError("the body is not valid JSON") from exc
    if not isinstance(raw, dict):
        raise WebhookPayloadError("the body is not a JSON object")
    return raw


def _unknown_event(raw: dict[str, Any], event_id: str, event_type: str) -> UnknownEvent:
    # The envelope is common to every event type, so it is checked as strictly as for a
    # known type; only ``data`` stays untyped.
    try:
        created_at = converter.structure(raw.get("created_at"), datetime)
    except (ValueError, TypeError):
        raise WebhookPayloadError("'created_at' is not an RFC 3339 timestamp") from None
    project_id = raw.get("project_id")
    if project_id is not None and not isinstance(project_id, str):
        raise WebhookPayloadError("'project_id' is neither a string nor null")
    data = raw.get("data", {})
    if not isinstance(data, dict):
        raise WebhookPayloadError("'data' is not a JSON object")
    return UnknownEvent(
        id=event_id,
        type=event_type,
        created_at=created_at,
        project_id=project_id,
        data=data,
        raw=raw,
    )
