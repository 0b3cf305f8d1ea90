"""Recording webhook events and fanning them out to subscribed webhooks.

The event body is built once, exactly as the spec's event schemas describe it, and
stored in ``state.events``; deliveries POST those same bytes, so what a test inspects
is what a receiver verifies.
"""

from __future__ import annotations

from typing import Any

from ._delivery import enqueue
from ._ids import new_id
from ._records import Event
from ._serialize import iso
from ._state import EmulatorState

__all__ = ["emit", "make_event"]


def make_event(
    state: EmulatorState, event_type: str, project_id: str | None, data: dict[str, Any]
) -> Event:
    """Create and record an event without delivering it (``ping`` targets one webhook)."""
    now = state.clock.now()
    event_id = new_id("evt")
    event = Event(
        id=event_id,
        type=event_type,
        created_at=now,
        project_id=project_id,
        body={
            "id": event_id,
            "type": event_type,
            "created_at": iso(now),
            "project_id": project_id,
            "data": data,
        },
    )
    state.events.append(event)
    state.touch()
    return event


def emit(
    state: EmulatorState, event_type: str, project_id: str | None, data: dict[str, Any]
) -> Event:
    """Record an event and deliver it to every active webhook subscribed to its type."""
    event = make_event(state, event_type, project_id, data)
    for webhook in list(state.webhooks.values()):
        if webhook.active and event_type in webhook.events:
            enqueue(state, webhook, event)
    return event
