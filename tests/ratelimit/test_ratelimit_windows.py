"""The sans-I/O window arithmetic, driven with exact times (no clock, no loop)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from kazinex_planner.ratelimit import ServerRateLimit, parse_rate_limit_headers
from kazinex_planner.ratelimit._estimate import estimate_seconds
from kazinex_planner.ratelimit._windows import _TokenWindows, next_utc_midnight

NOON = datetime(2025, 3, 10, 12, 0, tzinfo=UTC)


def windows(per_minute: int = 120, per_day: int = 10_000, at: datetime = NOON) -> _TokenWindows:
    return _TokenWindows(per_minute=per_minute, per_day=per_day, now_monotonic=0.0, now_utc=at)


def take(w: _TokenWindows, t: float, start: datetime = NOON) -> float:
    return w.try_take(t, start + timedelta(seconds=t))


def test_full_bucket_allows_a_burst_of_the_whole_minute() -> None:
    w = windows(per_minute=120)
    assert [take(w, 0.0) for _ in range(120)] == [0.0] * 120
    # The 121st must wait exactly one refill interval: 60 / 120 = 0.5 s.
    assert take(w, 0.0) == pytest.approx(0.5)


def test_refill_is_continuous_at_limit_per_60_seconds() -> None:
    w = windows(per_minute=120)
    for _ in range(120):
        take(w, 0.0)
    assert take(w, 0.25) == pytest.approx(0.25)  # half a token refilled
    assert take(w, 0.5) == 0.0
    assert take(w, 0.5) == pytest.approx(0.5)
    # After the burst, exactly one grant per 0.5 s for as long as demand lasts.
    granted = [t / 100 for t in range(51, 1051) if take(w, t / 100) == 0.0]
    assert granted == pytest.approx([1.0 + 0.5 * i for i in range(20)])


def test_bucket_never_holds_more_than_the_minute_limit() -> None:
    w = windows(per_minute=60)
    state = w.state(3600.0, NOON + timedelta(hours=1))
    assert state.tokens == 60.0
    assert state.minute_remaining == 60
    assert state.minute_reset == 0.0


def test_day_counter_resets_at_midnight_utc() -> None:
    start = datetime(2025, 3, 10, 23, 59, 30, tzinfo=UTC)
    w = windows(per_minute=600, per_day=5, at=start)
    assert [take(w, 0.0, start) for _ in range(5)] == [0.0] * 5
    assert take(w, 0.0, start) == pytest.approx(30.0)  # seconds until 00:00 UTC
    assert take(w, 29.999, start) == pytest.approx(0.001)
    assert take(w, 30.0, start) == 0.0
    state = w.state(30.0, start + timedelta(seconds=30))
    assert state.day_remaining == 4
    assert state.day_reset_at == datetime(2025, 3, 12, tzinfo=UTC)


def test_next_utc_midnight_uses_the_utc_date_of_an_aware_time() -> None:
    plus_two = datetime(2025, 3, 11, 1, 0, tzinfo=UTC).astimezone(timezone(timedelta(hours=2)))
    assert next_utc_midnight(plus_two) == datetime(2025, 3, 12, tzinfo=UTC)
    assert next_utc_midnight(datetime(2025, 3, 11, tzinfo=UTC)) == datetime(2025, 3, 12, tzinfo=UTC)


def test_a_day_refusal_does_not_consume_a_minute_token() -> None:
    w = windows(per_minute=10, per_day=3)
    for _ in range(3):
        assert take(w, 0.0) == 0.0
    for _ in range(50):
        assert take(w, 0.0) > 0.0
    state = w.state(0.0, NOON)
    assert state.tokens == 7.0
    assert state.day_remaining == 0


def test_a_minute_refusal_does_not_consume_a_day_token() -> None:
    w = windows(per_minute=2, per_day=100)
    assert take(w, 0.0) == 0.0
    assert take(w, 0.0) == 0.0
    for _ in range(50):
        assert take(w, 1.0) > 0.0
    assert w.state(1.0, NOON).day_remaining == 98


def test_calibration_keeps_the_lower_remaining_of_both_sides() -> None:
    w = windows(per_minute=120, per_day=10_000)
    for _ in range(10):
        take(w, 0.0)
    # The server has seen fewer of our requests (in flight): ours is lower, keep ours.
    w.calibrate(ServerRateLimit(minute_remaining=115, day_remaining=9_995), 0.0, NOON)
    state = w.state(0.0, NOON)
    assert (state.minute_remaining, state.day_remaining) == (110, 9_990)
    assert state.from_server is True
    # Another process shares the key: the server's is lower, adopt it.
    w.calibrate(ServerRateLimit(minute_remaining=40, day_remaining=2_000), 0.0, NOON)
    state = w.state(0.0, NOON)
    assert (state.minute_remaining, state.day_remaining) == (40, 2_000)


def test_calibration_uses_the_reset_as_the_next_tokens_fill() -> None:
    w = windows(per_minute=120)
    for _ in range(120):
        take(w, 0.0)
    w.calibrate(ServerRateLimit(minute_remaining=0, minute_reset=0.4), 0.0, NOON)
    # The server's next token frees in 0.4 s, ours in 0.5 s: ours is lower.
    assert w.state(0.0, NOON).minute_reset == pytest.approx(0.5)
    w2 = windows(per_minute=120)
    for _ in range(119):
        take(w2, 0.0)
    w2.calibrate(ServerRateLimit(minute_remaining=0, minute_reset=0.3), 0.0, NOON)
    assert w2.state(0.0, NOON).tokens == pytest.approx(0.4)
    # A reset longer than one interval with nothing left is a hold (a debt).
    w2.calibrate(ServerRateLimit(minute_remaining=0, minute_reset=5.0), 0.0, NOON)
    assert take(w2, 4.99) > 0.0
    assert take(w2, 5.0) == 0.0
    # A long reset with tokens remaining is a rounded value: trust the whole tokens only.
    w3 = windows(per_minute=600)
    w3.calibrate(ServerRateLimit(minute_remaining=300, minute_reset=1.0), 0.0, NOON)
    assert w3.state(0.0, NOON).tokens == 300.0


def test_server_limits_are_adopted_keeping_what_was_used() -> None:
    w = windows(per_minute=120, per_day=10_000)
    for _ in range(20):
        take(w, 0.0)
    w.calibrate(ServerRateLimit(minute_limit=600, day_limit=100_000), 0.0, NOON)
    state = w.state(0.0, NOON)
    assert (state.minute_limit, state.minute_remaining) == (600, 580)
    assert (state.day_limit, state.day_remaining) == (100_000, 99_980)
    assert take(w, 0.0) == 0.0
    assert state.rate == 10.0


def test_day_remaining_from_before_midnight_is_ignored_after_our_reset() -> None:
    start = datetime(2025, 3, 10, 23, 59, 59, tzinfo=UTC)
    w = windows(per_day=100, at=start)
    after = start + timedelta(seconds=2)
    w.state(2.0, after)  # our day has reset
    # A response answered at 23:59:59.5 on the server: its day resets in 0.5 s.
    w.calibrate(ServerRateLimit(day_remaining=3, day_reset=0.5), 2.0, after)
    assert w.state(2.0, after).day_remaining == 100
    # The same figure for the current day is honoured.
    w.calibrate(ServerRateLimit(day_remaining=3, day_reset=86_000.0), 2.0, after)
    assert w.state(2.0, after).day_remaining == 3


def test_penalize_minute_holds_the_bucket_for_retry_after() -> None:
    w = windows(per_minute=120)
    w.penalize("minute", 10.0, 0.0, NOON)
    assert take(w, 0.0) == pytest.approx(10.0)
    assert take(w, 9.9) > 0.0
    assert take(w, 10.0) == 0.0
    assert take(w, 10.0) == pytest.approx(0.5)


def test_penalize_day_empties_the_day_until_retry_after_or_midnight() -> None:
    w = windows(per_day=1_000)
    w.penalize("day", 120.0, 0.0, NOON)
    assert take(w, 0.0) == pytest.approx(120.0)
    assert take(w, 120.0) == 0.0
    assert w.state(120.0, NOON + timedelta(seconds=120)).day_remaining == 999
    w2 = windows(per_day=1_000)
    w2.penalize("day", None, 0.0, NOON)
    assert take(w2, 0.0) == pytest.approx(12 * 3600.0)


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (
            {
                "X-RateLimit-Limit": "120",
                "x-ratelimit-remaining": " 7 ",
                "X-RATELIMIT-RESET": "0.25",
                "X-RateLimit-Day-Limit": "10000",
                "X-RateLimit-Day-Remaining": "9000",
                "X-RateLimit-Day-Reset": "3600",
            },
            ServerRateLimit(120, 7, 0.25, 10_000, 9_000, 3600.0),
        ),
        (
            {
                "X-RateLimit-Limit": "0",
                "X-RateLimit-Remaining": "-1",
                "X-RateLimit-Reset": "nan",
                "X-RateLimit-Day-Limit": "1e4",
                "X-RateLimit-Day-Remaining": "9" * 40,
                "X-RateLimit-Day-Reset": "-5",
            },
            ServerRateLimit(),
        ),
        ({"Authorization": "Bearer secret", "X-RateLimit-Remaining": "٣"}, ServerRateLimit()),
        ({"X-RateLimit-Remaining": "3", "X-RateLimit-Reset": "soon"}, ServerRateLimit(None, 3)),
    ],
)
def test_headers_are_parsed_field_by_field(
    headers: dict[str, str], expected: ServerRateLimit
) -> None:
    parsed = parse_rate_limit_headers(headers)
    assert parsed == expected
    assert parsed.is_empty is (expected == ServerRateLimit())


def test_aiohttp_headers_parse_like_a_dict_and_repeats_are_remembered() -> None:
    """The per-response fast paths (aiohttp's case-insensitive headers, the remembered
    last result, the shared empty value) give the same answers as a fresh parse."""
    from multidict import CIMultiDict, CIMultiDictProxy

    from kazinex_planner.ratelimit._headers import EMPTY

    def proxy(**values: str) -> CIMultiDictProxy[str]:
        return CIMultiDictProxy(CIMultiDict({"Content-Type": "application/json", **values}))

    assert parse_rate_limit_headers(proxy()) is EMPTY
    assert parse_rate_limit_headers({"Server": "x"}) is EMPTY
    # Unusable values are as good as none: the limiter's quick exit tests identity.
    assert parse_rate_limit_headers(proxy(**{"X-RateLimit-Limit": "0"})) is EMPTY
    first = parse_rate_limit_headers(
        proxy(**{"x-ratelimit-limit": "120", "X-RATELIMIT-REMAINING": "7"})
    )
    assert first == ServerRateLimit(120, 7)
    again = parse_rate_limit_headers(
        proxy(**{"X-RateLimit-Limit": "120", "X-RateLimit-Remaining": "7"})
    )
    assert again == first
    # One changed value is parsed anew, never served from the remembered answer.
    changed = parse_rate_limit_headers(
        proxy(**{"X-RateLimit-Limit": "120", "X-RateLimit-Remaining": "6"})
    )
    assert changed == ServerRateLimit(120, 6)
    moved_limit = parse_rate_limit_headers(
        proxy(**{"X-RateLimit-Limit": "60", "X-RateLimit-Remaining": "6"})
    )
    assert moved_limit == ServerRateLimit(60, 6)
    garbled = parse_rate_limit_headers(
        proxy(**{"X-RateLimit-Limit": "60", "X-RateLimit-Remaining": "-6"})
    )
    assert garbled == ServerRateLimit(60, None)
    assert (
        parse_rate_limit_headers({"X-RateLimit-Limit": "120", "X-RateLimit-Remaining": "7"})
        == first
    )


def test_estimate_counts_the_burst_then_the_rate() -> None:
    w = windows(per_minute=60, per_day=100_000)
    state = w.state(0.0, NOON)
    assert estimate_seconds(state, 0) == 0.0
    assert estimate_seconds(state, 60) == 0.0
    assert estimate_seconds(state, 80) == pytest.approx(20.0)


def test_estimate_waits_for_day_resets_when_the_day_budget_is_short() -> None:
    w = windows(per_minute=120, per_day=10_000)  # noon: 12 h to the reset
    state = w.state(0.0, NOON)
    # 10,000 today (finishes long before midnight), 10,000 tomorrow, 5,000 the day after.
    day_chunk = (10_000 - 120) / 2.0
    expected = 12 * 3600.0 + 86_400.0 + (5_000 - 120) / 2.0
    assert estimate_seconds(state, 25_000) == pytest.approx(expected)
    assert estimate_seconds(state, 10_000) == pytest.approx(day_chunk)
    # Many days: the steady-state shortcut must agree with day-by-day arithmetic.
    assert estimate_seconds(state, 1_000_000) == pytest.approx(
        12 * 3600.0 + 98 * 86_400.0 + day_chunk
    )


def test_a_429_refunds_the_refused_requests_token_but_keeps_the_longest_hold() -> None:
    w = windows(per_minute=120, per_day=1_000)
    assert take(w, 0.0) == 0.0
    w.penalize("minute", 0.0, 0.0, NOON)  # refused, no hold: the token comes back
    state = w.state(0.0, NOON)
    assert (state.tokens, state.day_remaining) == (120.0, 1_000)
    for _ in range(3):
        assert take(w, 0.0) == 0.0
    w.penalize("minute", 10.0, 0.0, NOON)
    w.penalize("minute", None, 0.0, NOON)  # a shorter hold does not shorten the first
    w.penalize("minute", 1.0, 0.0, NOON)
    assert take(w, 9.9) > 0.0
    assert take(w, 10.0) == 0.0
    assert w.state(10.0, NOON).day_remaining == 1_000 - 1
