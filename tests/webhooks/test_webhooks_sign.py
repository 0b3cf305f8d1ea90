"""sign(): agrees with the contract's HMAC, and round-trips through verify()."""

from __future__ import annotations

import time

import pytest

from kazinex_planner.webhooks import sign, verify

from ._support import NOW, OTHER_SECRET, SECRET, body, reference_signature


def test_headers_match_an_independent_hmac() -> None:
    payload = body()
    assert sign(payload, SECRET, timestamp=NOW) == {
        "X-Kazinex-Event": "quality.complete",
        "X-Kazinex-Delivery": "evt_01HZCJ9K",
        "X-Kazinex-Signature": f"t={NOW},v1={reference_signature(SECRET, NOW, payload)}",
    }


def test_several_secrets_give_several_v1_entries_in_order() -> None:
    payload = body()
    signature = sign(payload, [SECRET, OTHER_SECRET], timestamp=NOW)["X-Kazinex-Signature"]
    assert signature == (
        f"t={NOW},v1={reference_signature(SECRET, NOW, payload)}"
        f",v1={reference_signature(OTHER_SECRET, NOW, payload)}"
    )
    assert verify(
        payload, sign(payload, [SECRET, OTHER_SECRET], timestamp=NOW), OTHER_SECRET, now=NOW
    )


def test_default_timestamp_is_now() -> None:
    payload = body()
    before = int(time.time())
    signature = sign(payload, SECRET)["X-Kazinex-Signature"]
    stamp = int(signature.split(",")[0].removeprefix("t="))
    assert before <= stamp <= int(time.time())
    assert verify(payload, sign(payload, SECRET), SECRET).id == "evt_01HZCJ9K"


def test_a_body_without_an_envelope_gets_only_the_signature() -> None:
    assert set(sign(b"not json", SECRET, timestamp=NOW)) == {"X-Kazinex-Signature"}
    assert set(sign(b'{"id": 1, "type": "ping"}', SECRET, timestamp=NOW)) == {"X-Kazinex-Signature"}


@pytest.mark.parametrize("timestamp", [-1, True])
def test_bad_timestamps_are_refused(timestamp: int) -> None:
    with pytest.raises(ValueError, match="timestamp"):
        sign(body(), SECRET, timestamp=timestamp)


def test_text_is_refused() -> None:
    with pytest.raises(TypeError):
        sign("{}", SECRET)  # type: ignore[arg-type]
