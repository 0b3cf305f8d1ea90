"""Property tests of the signature-header parser and of verify() on hostile input."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kazinex_planner.webhooks import (
    SignatureHeader,
    WebhookVerificationError,
    parse_signature_header,
    verify,
)

from ._support import NOW, SECRET, body

# No example database: tests must not write into the checkout.
FUZZ = settings(database=None, max_examples=400, deadline=None)

_HEX64 = st.binary(min_size=32, max_size=32).map(bytes.hex)
_TOKENS = st.sampled_from(
    ["t=", "v1=", "v0=", "t=1772438490", "1", "=", ",", "a" * 64, "A" * 64, " ", "", "é", "\x00"]
)
_NEAR_VALID = st.lists(st.one_of(_TOKENS, _HEX64, st.text(max_size=5)), max_size=8).map("".join)
_UNKNOWN_SCHEME = st.from_regex(r"[a-z][a-z0-9_]{0,6}", fullmatch=True).filter(
    lambda s: s not in ("t", "v1")
)


def _parse_or_reject(text: str) -> SignatureHeader | None:
    try:
        return parse_signature_header(text)
    except WebhookVerificationError as exc:
        reason = exc.reason
    assert reason == "malformed_header"
    return None


@FUZZ
@given(st.one_of(st.text(), _NEAR_VALID))
def test_random_text_only_ever_raises_malformed_header(text: str) -> None:
    parsed = _parse_or_reject(text)
    if parsed is not None:  # whatever parses satisfies the header's invariants
        assert parsed.timestamp >= 0
        assert parsed.signatures
        assert all(len(s) == 64 for s in parsed.signatures)


@FUZZ
@given(
    timestamp=st.integers(min_value=0, max_value=10**15 - 1),
    signatures=st.lists(_HEX64, min_size=1, max_size=6),
    extras=st.lists(
        st.tuples(_UNKNOWN_SCHEME, st.text(max_size=10).filter(lambda s: "," not in s)),
        max_size=3,
    ),
    data=st.data(),
)
def test_valid_headers_always_parse(
    timestamp: int,
    signatures: list[str],
    extras: list[tuple[str, str]],
    data: st.DataObject,
) -> None:
    entries = [f"t={timestamp}", *(f"v1={s}" for s in signatures)]
    entries += [f"{name}={value}" for name, value in extras]
    order = data.draw(st.permutations(entries))
    parsed = parse_signature_header(",".join(order))
    assert parsed.timestamp == timestamp
    assert parsed.timestamp_text == str(timestamp)
    assert sorted(parsed.signatures) == sorted(signatures)


@FUZZ
@given(
    headers=st.dictionaries(
        st.sampled_from(
            ["X-Kazinex-Signature", "x-kazinex-signature", "X-Kazinex-Event", "X-Kazinex-Delivery"]
        ),
        st.one_of(st.text(max_size=200), _NEAR_VALID),
    ),
    payload=st.one_of(st.binary(max_size=200), st.just(body())),
)
def test_verify_on_hostile_input_only_raises_verification_errors(
    headers: dict[str, str], payload: bytes
) -> None:
    try:
        verify(payload, headers, SECRET, now=NOW)
    except WebhookVerificationError:
        return
    raise AssertionError("an unsigned delivery was accepted")
