"""verify(): every rejection reason, rotation, the window edges and the seen store."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

import pytest
from multidict import CIMultiDict

from kazinex_planner.errors import PlannerError
from kazinex_planner.models import QualityCompleteEvent
from kazinex_planner.webhooks import (
    InMemorySeenStore,
    UnknownEvent,
    WebhookPayloadError,
    WebhookVerificationError,
    verify,
)

from ._support import NOW, OTHER_SECRET, SECRET, body, headers, reference_signature


def _reject(payload: bytes, hdrs: object, secret: object = SECRET, **kw: object) -> str:
    with pytest.raises(WebhookVerificationError) as info:
        verify(payload, hdrs, secret, now=NOW, **kw)  # type: ignore[arg-type]
    message = str(info.value)
    assert SECRET not in message
    assert OTHER_SECRET not in message
    assert not re.search(r"[0-9a-fA-F]{32}", message), "a signature-like value leaked"
    return info.value.reason


def test_accepts_a_delivery_signed_by_an_independent_hmac() -> None:
    payload = body()
    event = verify(payload, headers(payload), SECRET, now=NOW)
    assert isinstance(event, QualityCompleteEvent)
    assert event.id == "evt_01HZCJ9K"
    assert event.data.score == 78.4


def test_verification_error_is_a_planner_error() -> None:
    assert issubclass(WebhookVerificationError, PlannerError)
    assert issubclass(WebhookPayloadError, WebhookVerificationError)


def test_tampered_body_is_rejected() -> None:
    payload = body()
    hdrs = headers(payload)
    tampered = payload.replace(b"78.4", b"98.4")
    assert tampered != payload
    assert _reject(tampered, hdrs) == "bad_signature"


def test_wrong_secret_is_rejected() -> None:
    payload = body()
    assert _reject(payload, headers(payload), OTHER_SECRET) == "bad_signature"


def test_signature_covers_the_timestamp() -> None:
    payload = body()
    hdrs = headers(payload)
    hdrs["X-Kazinex-Signature"] = hdrs["X-Kazinex-Signature"].replace(f"t={NOW}", f"t={NOW + 1}")
    assert _reject(payload, hdrs) == "bad_signature"


def test_timestamp_is_signed_as_sent_with_leading_zeros() -> None:
    payload = body()
    sig = reference_signature(SECRET, f"0{NOW}", payload)
    hdrs = {"X-Kazinex-Signature": f"t=0{NOW},v1={sig}"}
    assert verify(payload, hdrs, SECRET, now=NOW).id == "evt_01HZCJ9K"


@pytest.mark.parametrize(
    ("offset", "reason"),
    [(301, "stale"), (-301, "future"), (10_000, "stale"), (-10_000, "future")],
)
def test_timestamps_outside_the_window_are_rejected(offset: int, reason: str) -> None:
    payload = body()
    assert _reject(payload, headers(payload, timestamp=NOW - offset)) == reason


@pytest.mark.parametrize("offset", [300, -300, 0])
def test_window_edges_are_accepted(offset: int) -> None:
    payload = body()
    assert verify(payload, headers(payload, timestamp=NOW - offset), SECRET, now=NOW)


def test_custom_tolerance_and_datetime_now() -> None:
    payload = body()
    hdrs = headers(payload, timestamp=NOW - 20)
    at = datetime.fromtimestamp(NOW, UTC).astimezone(timezone(timedelta(hours=5)))
    assert verify(payload, hdrs, SECRET, now=at, tolerance=30)
    with pytest.raises(WebhookVerificationError) as info:
        verify(payload, hdrs, SECRET, now=at, tolerance=10)
    assert info.value.reason == "stale"


def test_naive_now_is_refused() -> None:
    payload = body()
    with pytest.raises(ValueError, match="timezone-aware"):
        verify(payload, headers(payload), SECRET, now=datetime(2026, 3, 2))


def test_decoded_text_is_refused() -> None:
    payload = body()
    with pytest.raises(TypeError, match="raw request body"):
        verify(payload.decode(), headers(payload), SECRET, now=NOW)  # type: ignore[arg-type]


def test_replayed_event_is_rejected_by_the_seen_store() -> None:
    store = InMemorySeenStore()
    payload = body()
    verify(payload, headers(payload), SECRET, now=NOW, seen=store)
    assert len(store) == 1
    # A fresh signature does not help: the event id is what is remembered.
    assert _reject(payload, headers(payload, timestamp=NOW + 60), seen=store) == "replayed"
    assert _reject(payload, headers(payload), seen=store) == "replayed"


def test_seen_ids_outlive_the_replay_window() -> None:
    store = InMemorySeenStore()
    payload = body()
    verify(payload, headers(payload), SECRET, now=NOW, seen=store, seen_ttl=1)
    # seen_ttl is raised to 2 * tolerance: 599 s later the id is still remembered ...
    replay_at = NOW + 599
    with pytest.raises(WebhookVerificationError) as info:
        verify(payload, headers(payload, timestamp=replay_at), SECRET, now=replay_at, seen=store)
    assert info.value.reason == "replayed"
    # ... and 601 s later it has expired.
    late = NOW + 601
    assert verify(payload, headers(payload, timestamp=late), SECRET, now=late, seen=store)


def test_failed_checks_do_not_consume_the_event_id() -> None:
    store = InMemorySeenStore()
    payload = body()
    assert _reject(payload, headers(payload, event_type="ping"), seen=store) == "header_mismatch"
    assert _reject(payload, headers(payload), OTHER_SECRET, seen=store) == "bad_signature"
    assert len(store) == 0
    assert verify(payload, headers(payload), SECRET, now=NOW, seen=store)


def test_rotation_two_secrets_on_the_receiver() -> None:
    payload = body()
    for signer in (SECRET, OTHER_SECRET):
        assert verify(payload, headers(payload, signer), [OTHER_SECRET, SECRET], now=NOW)


def test_rotation_two_v1_entries_from_the_sender() -> None:
    payload = body()
    hdrs = headers(payload, "whsec_retired_secret", SECRET)
    assert hdrs["X-Kazinex-Signature"].count("v1=") == 2
    assert verify(payload, hdrs, SECRET, now=NOW)
    assert verify(payload, headers(payload, SECRET, OTHER_SECRET), (OTHER_SECRET,), now=NOW)
    assert _reject(payload, hdrs, OTHER_SECRET) == "bad_signature"


def test_unknown_schemes_are_ignored() -> None:
    payload = body()
    hdrs = headers(payload)
    hdrs["X-Kazinex-Signature"] = "v0=legacy," + hdrs["X-Kazinex-Signature"] + ",v2=future"
    assert verify(payload, hdrs, SECRET, now=NOW)


def test_header_names_are_case_insensitive() -> None:
    payload = body()
    hdrs = {k.lower(): v for k, v in headers(payload).items()}
    assert verify(payload, hdrs, SECRET, now=NOW)
    shouted = {k.upper(): v for k, v in headers(payload).items()}
    assert verify(payload, shouted, SECRET, now=NOW)


def test_missing_signature_header() -> None:
    payload = body()
    hdrs = headers(payload)
    del hdrs["X-Kazinex-Signature"]
    assert _reject(payload, hdrs) == "missing_header"
    assert _reject(payload, {}) == "missing_header"


def test_event_and_delivery_headers_are_optional() -> None:
    payload = body()
    assert verify(payload, headers(payload, event_type=None, delivery=None), SECRET, now=NOW)


def test_repeated_signature_header_is_malformed() -> None:
    payload = body()
    signature = headers(payload)["X-Kazinex-Signature"]
    multi = CIMultiDict([("X-Kazinex-Signature", signature), ("x-kazinex-signature", signature)])
    assert _reject(payload, multi) == "malformed_header"
    both_cases = {"X-Kazinex-Signature": signature, "x-kazinex-signature": signature}
    assert _reject(payload, both_cases) == "malformed_header"


@pytest.mark.parametrize(
    "value",
    [
        "",
        "garbage",
        "v1={sig}",  # no t
        "t={t}",  # no v1
        "t={t},v0={sig}",  # no v1
        "t={t},t={t},v1={sig}",  # t twice
        "t=-{t},v1={sig}",
        "t={t}.5,v1={sig}",
        "t=,v1={sig}",
        "t=١٢٣,v1={sig}",  # non-ASCII digits
        "t=1234567890123456,v1={sig}",  # absurdly long
        "t={t},v1={upper}",
        "t={t},v1={sig}0",
        "t={t},v1=",
        "t={t},,v1={sig}",
        "t={t}, v1={sig}",
        "t={t},V1={sig}",
        "t={t},v1={sig},",
        "t={t};v1={sig}",
        "t={t},=x,v1={sig}",
        "t={t},v 1=x,v1={sig}",
    ],
)
def test_malformed_signature_headers(value: str) -> None:
    payload = body()
    sig = reference_signature(SECRET, NOW, payload)
    text = value.format(t=NOW, sig=sig, upper=sig.upper())
    assert _reject(payload, {"X-Kazinex-Signature": text}) == "malformed_header"


def test_overlong_signature_header_is_malformed() -> None:
    payload = body()
    sig = reference_signature(SECRET, NOW, payload)
    value = f"t={NOW}," + ",".join([f"v1={sig}"] * 200)
    assert _reject(payload, {"X-Kazinex-Signature": value}) == "malformed_header"


def test_surrounding_whitespace_is_tolerated() -> None:
    payload = body()
    hdrs = headers(payload)
    hdrs["X-Kazinex-Signature"] = f" {hdrs['X-Kazinex-Signature']}\t"
    assert verify(payload, hdrs, SECRET, now=NOW)


def test_event_header_mismatch() -> None:
    payload = body()
    assert _reject(payload, headers(payload, event_type="schedule.failed")) == "header_mismatch"


def test_delivery_header_mismatch() -> None:
    payload = body()
    assert _reject(payload, headers(payload, delivery="evt_OTHER")) == "header_mismatch"


def test_malformed_body_with_a_valid_signature() -> None:
    for payload in (b"not json", b"[1, 2]", b'{"type": "ping"}', b'{"id": "evt_1"}'):
        assert _reject(payload, headers(payload, event_type=None, delivery=None)) == (
            "malformed_body"
        )


def test_known_type_with_a_wrong_schema_is_malformed() -> None:
    payload = body().replace(b'"score":78.4', b'"score":"high"')
    assert b'"high"' in payload
    with pytest.raises(WebhookPayloadError) as info:
        verify(payload, headers(payload), SECRET, now=NOW)
    assert info.value.reason == "malformed_body"
    assert "$.data.score" in str(info.value)


def test_unknown_event_type_verifies_into_unknown_event() -> None:
    payload = body("project.archived", "evt_NEW1")
    event = verify(
        payload,
        headers(payload, event_type="project.archived", delivery="evt_NEW1"),
        SECRET,
        now=NOW,
    )
    assert isinstance(event, UnknownEvent)
    assert event.type == "project.archived"
    assert event.data == {"anything": [1, 2, 3]}
    assert event.raw["project_id"] == "proj_01HZ4G7Q"


@pytest.mark.parametrize("secret", ["", [], [""], ["whsec_ok", ""]])
def test_bad_secret_configuration_is_a_programming_error(secret: object) -> None:
    payload = body()
    with pytest.raises(ValueError, match="secret") as info:
        verify(payload, headers(payload), secret, now=NOW)  # type: ignore[arg-type]
    assert "whsec_ok" not in str(info.value)


def test_negative_tolerance_is_refused() -> None:
    payload = body()
    with pytest.raises(ValueError, match="tolerance"):
        verify(payload, headers(payload), SECRET, now=NOW, tolerance=-1)
