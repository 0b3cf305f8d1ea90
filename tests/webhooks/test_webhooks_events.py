"""parse_event(): every example event in the spec, unknown types, malformed bodies."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import pytest
import yaml

from kazinex_planner.models import PingEvent, QualityCompleteEvent, ScheduleFailedEvent
from kazinex_planner.webhooks import (
    EVENT_MODELS,
    UnknownEvent,
    WebhookPayloadError,
    parse_event,
)

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi" / "planner.yaml"


def _event_examples() -> list[tuple[str, str, dict[str, Any]]]:
    """(schema name, event type, example body) for every ``*Event`` schema in the spec."""
    spec = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    found = []
    for name, schema in spec["components"]["schemas"].items():
        event_type = schema.get("properties", {}).get("type", {}).get("const")
        if not name.endswith("Event") or event_type is None:
            continue
        for example in schema.get("examples", []):
            found.append((name, event_type, example))
    return found


EXAMPLES = _event_examples()


def test_the_spec_has_an_example_for_every_event_model() -> None:
    assert {event_type for _, event_type, _ in EXAMPLES} == set(EVENT_MODELS)
    assert len(EXAMPLES) >= 6


@pytest.mark.parametrize(
    ("schema", "event_type", "example"), EXAMPLES, ids=[e[1] for e in EXAMPLES]
)
def test_spec_examples_parse_into_their_class(
    schema: str, event_type: str, example: dict[str, Any]
) -> None:
    payload = orjson.dumps(example)
    for form in (payload, payload.decode(), example):
        event = parse_event(form)
        assert type(event) is EVENT_MODELS[event_type]
        assert type(event).__name__ == schema
        assert event.type == event_type
        assert event.id == example["id"]
        assert event.project_id == example["project_id"]


def test_typed_payloads_are_structured() -> None:
    by_type = {event_type: example for _, event_type, example in EXAMPLES}
    quality = parse_event(by_type["quality.complete"])
    assert isinstance(quality, QualityCompleteEvent)
    assert quality.data.score == pytest.approx(78.4)
    assert quality.created_at.utcoffset() is not None
    failed = parse_event(by_type["schedule.failed"])
    assert isinstance(failed, ScheduleFailedEvent)
    assert failed.data.error == "The XER file has no PROJECT table."
    ping = parse_event(by_type["ping"])
    assert isinstance(ping, PingEvent)
    assert ping.project_id is None


def test_unknown_keys_are_ignored_on_known_events() -> None:
    example = next(e for _, t, e in EXAMPLES if t == "ping")
    assert isinstance(parse_event({**example, "delivered_via": "v2"}), PingEvent)


def test_unknown_type_becomes_unknown_event() -> None:
    raw = {
        "id": "evt_9",
        "type": "project.archived",
        "created_at": "2026-03-02T08:01:30+01:00",
        "project_id": "proj_1",
        "data": {"archived_by": "usr_1"},
        "extra": True,
    }
    event = parse_event(orjson.dumps(raw))
    assert isinstance(event, UnknownEvent)
    assert (event.id, event.type, event.project_id) == ("evt_9", "project.archived", "proj_1")
    assert event.created_at.utcoffset() is not None
    assert event.data == {"archived_by": "usr_1"}
    assert event.raw == raw


def test_unknown_event_without_project_or_data() -> None:
    event = parse_event(
        {"id": "evt_9", "type": "workspace.renamed", "created_at": "2026-03-02T08:01:30Z"}
    )
    assert isinstance(event, UnknownEvent)
    assert event.project_id is None
    assert event.data == {}


@pytest.mark.parametrize(
    "payload",
    [
        b"",
        b"{",
        b"\xff\xfe",
        b"null",
        b"[]",
        b'"evt_1"',
        b'{"type": "ping"}',
        b'{"id": "", "type": "ping"}',
        b'{"id": 7, "type": "ping"}',
        b'{"id": "evt_1"}',
        b'{"id": "evt_1", "type": null}',
        b'{"id": "evt_1", "type": "new.type"}',
        b'{"id": "evt_1", "type": "new.type", "created_at": "2026-03-02T08:01:30"}',
        b'{"id": "evt_1", "type": "new.type", "created_at": "2026-03-02T08:01:30Z", "data": []}',
        b'{"id": "evt_1", "type": "new.type", "created_at": "2026-03-02T08:01:30Z",'
        b' "project_id": 5}',
        b'{"id": "evt_1", "type": "ping", "created_at": "2026-03-02T08:01:30Z"}',
    ],
)
def test_malformed_bodies(payload: bytes) -> None:
    with pytest.raises(WebhookPayloadError) as info:
        parse_event(payload)
    assert info.value.reason == "malformed_body"
