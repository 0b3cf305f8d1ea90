"""The Lua script behind :class:`RedisBackend`, and its argument and reply formats.

One script does every operation on a key's state so that each is atomic and costs
one round trip: it refills, folds in what responses said since the last call
(calibration, 429 penalties), and then, for an acquire, takes one token from both
windows or says how long to wait. The arithmetic is :mod:`._windows`, line for line;
the property tests drive both with the same sequences and compare.

State: one hash per API key, ``ml`` (minute limit), ``tk`` (fractional tokens),
``ts`` (when ``tk`` was last refilled), ``dl`` / ``dr`` (day limit / remaining),
``dra`` (when the day counter resets), ``fs`` (1 when the last calibration came from
the server). Times are Unix seconds from Redis ``TIME``, so processes on hosts with
skewed clocks agree on one clock; the day rolls over at 00:00 UTC of that clock. The
hash expires a little after its day counter resets (every write refreshes it), so no
key outlives its use. Floats are stored with 17 significant digits (exact round trip);
the reply is a list of such numeric strings, never an error string.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

import attrs

if TYPE_CHECKING:
    from ._headers import ServerRateLimit

__all__ = ["SCRIPT", "SCRIPT_SHA1", "Penalty", "Reading", "encode_args", "parse_reply"]

SCRIPT: Final = r"""
local key = KEYS[1]
local function num(i) local v = ARGV[i]; if v == '' then return nil end; return tonumber(v) end
local now = num(1)
if now == nil then
  local t = redis.call('TIME')
  now = tonumber(t[1]) + tonumber(t[2]) / 1000000
end
local plan_minute, plan_day = num(2), num(3)
local take = ARGV[4] == '1'
local minute_reserve, day_reserve, headroom = num(5), num(6), num(21)
local EPS, DAY, STALE_DAY = 1e-9, 86400, 43200
local function midnight_after(t) return (math.floor(t / DAY) + 1) * DAY end

local s = redis.call('HMGET', key, 'ml', 'tk', 'ts', 'dl', 'dr', 'dra', 'fs', 'hu')
local ml, tk, ts, dl, dr, dra, fs =
  tonumber(s[1]), tonumber(s[2]), tonumber(s[3]), tonumber(s[4]),
  tonumber(s[5]), tonumber(s[6]), tonumber(s[7])
if not (ml and tk and ts and dl and dr and dra and fs) or ml <= 0 or dl <= 0 then
  ml, tk, ts, dl, dr, dra, fs = plan_minute, plan_minute, now, plan_day, plan_day,
    midnight_after(now), 0
end
-- hu: the end of the longest minute-window hold a 429 asked for (Redis time).
local hu = tonumber(s[8]) or -1e18

local function refill()
  local elapsed = now - ts
  if elapsed > 0 then
    tk = math.min(ml, tk + elapsed * (ml / 60.0))
    ts = now
  end
  if now >= dra then
    dr, dra, fs = dl, midnight_after(now), 0
  end
end

refill()

-- calibrate: ARGV[7] = '1', then limit, remaining, reset (minute), limit, remaining,
-- reset (day), and the observation's age in seconds.
if ARGV[7] == '1' then
  local s_ml, s_mr, s_mreset = num(8), num(9), num(10)
  local s_dl, s_dr, s_dreset, age = num(11), num(12), num(13), num(14) or 0
  local applied = false
  if s_ml and s_ml ~= ml then
    local used = ml - tk
    ml = s_ml
    tk = math.min(s_ml, s_ml - used)
    applied = true
  end
  if s_dl and s_dl ~= dl then
    local used = dl - dr
    dl = s_dl
    dr = math.max(0, s_dl - used)
    applied = true
  end
  if s_mr then
    local rate = ml / 60.0
    local st = s_mr
    if s_mreset ~= nil then
      if s_mreset <= 1.0 / rate then
        st = s_mr + 1.0 - s_mreset * rate
      elseif s_mr == 0 then
        st = 1.0 - s_mreset * rate
      end
    end
    if age > 0 then st = math.min(ml, st + age * rate) end
    tk = math.min(tk, st)
    applied = true
  end
  if s_dr then
    local stale = s_dreset ~= nil and (now - age + s_dreset) < dra - STALE_DAY
    if not stale then
      dr = math.min(dr, s_dr)
      applied = true
    end
  end
  if applied then fs = 1 end
end

-- penalties: ARGV[15..16] minute (present, retry_after), ARGV[17..18] day, each with
-- its age in ARGV[19] and ARGV[20].
-- Each penalty first refunds the refused request's token (the server counted none),
-- and the longest minute hold seen wins, as in _windows.penalize.
local function refund()
  tk = math.min(ml, tk + 1.0)
  dr = math.min(dl, dr + 1)
end
local function apply_hold()
  local held = hu - now
  if held > 0 then tk = math.min(tk, 1.0 - held * (ml / 60.0)) end
end
if ARGV[15] == '1' then
  local rate = ml / 60.0
  local ra, age = num(16), num(19) or 0
  refund()
  local hold
  if ra == nil then hold = 1.0 / rate else hold = math.max(0.0, ra) - age end
  hu = math.max(hu, now + hold)
  apply_hold()
  fs = 1
end
if ARGV[17] == '1' then
  local ra, age = num(18), num(20) or 0
  refund()
  dr = 0
  if ra ~= nil then dra = now - age + math.max(0.0, ra) end
  apply_hold()
  fs = 1
end
refill()

local wait = 0
if take then
  local rate = ml / 60.0
  local m_floor = 1.0 + math.floor(ml * minute_reserve) + headroom * rate
  if tk < m_floor - EPS then wait = (m_floor - tk) / rate end
  if dr < 1 + day_reserve then wait = math.max(wait, math.max(0, dra - now)) end
  if wait <= 0 then
    wait = 0
    tk = tk - 1.0
    dr = dr - 1
  end
end

local function f(x) return string.format('%.17g', x) end
redis.call('HSET', key, 'ml', f(ml), 'tk', f(tk), 'ts', f(ts), 'dl', f(dl), 'dr', f(dr),
  'dra', f(dra), 'fs', f(fs), 'hu', f(hu))
local ttl = math.min(math.max(dra - now, 60) + 120, 3 * DAY)
redis.call('PEXPIRE', key, math.ceil(ttl * 1000))
return {f(wait), f(tk), f(ml), f(dl), f(dr), f(dra), f(now), f(fs)}
"""

SCRIPT_SHA1: Final = hashlib.sha1(SCRIPT.encode()).hexdigest()  # EVALSHA names scripts by SHA-1


@attrs.frozen
class Penalty:
    """A 429 to fold into the next script call: its ``retry_after`` and when it came."""

    retry_after: float | None
    at_monotonic: float


@attrs.frozen
class Reading:
    """What one script call reported: the state after it, on Redis's clock."""

    wait: float
    tokens: float
    minute_limit: int
    day_limit: int
    day_remaining: int
    day_reset_at: float
    redis_now: float
    from_server: bool
    #: The caller's monotonic time when the reply arrived (to extrapolate from).
    at_monotonic: float


def _opt(value: float | None) -> str:
    return "" if value is None else repr(float(value))


def encode_args(
    *,
    now: float | None,
    plan_minute: int,
    plan_day: int,
    take: bool,
    minute_reserve: float,
    day_reserve: int,
    headroom: float,
    observation: tuple[ServerRateLimit, float] | None,
    minute_penalty: Penalty | None,
    day_penalty: Penalty | None,
    now_monotonic: float,
) -> list[str]:
    """The script's ``ARGV``; ages are measured on the caller's monotonic clock."""

    def age(at: float) -> str:
        return repr(max(0.0, now_monotonic - at))

    args = [
        _opt(now),
        str(plan_minute),
        str(plan_day),
        "1" if take else "0",
        repr(float(minute_reserve)),
        str(day_reserve),
    ]
    if observation is None:
        args += ["0", "", "", "", "", "", "", "0"]
    else:
        server, at = observation
        args += [
            "1",
            _opt(server.minute_limit),
            _opt(server.minute_remaining),
            _opt(server.minute_reset),
            _opt(server.day_limit),
            _opt(server.day_remaining),
            _opt(server.day_reset),
            age(at),
        ]
    args += [
        "1" if minute_penalty else "0",
        _opt(minute_penalty.retry_after) if minute_penalty else "",
        "1" if day_penalty else "0",
        _opt(day_penalty.retry_after) if day_penalty else "",
        age(minute_penalty.at_monotonic) if minute_penalty else "0",
        age(day_penalty.at_monotonic) if day_penalty else "0",
        repr(float(headroom)),
    ]
    return args


class _ReplyError(ValueError):
    """The script's reply is not the eight numbers it always returns."""


def parse_reply(reply: object, at_monotonic: float) -> Reading:
    """Check and convert the script's reply (bytes or str, depending on the client)."""
    if not isinstance(reply, Sequence) or isinstance(reply, str | bytes) or len(reply) != 8:
        raise _ReplyError(f"unexpected reply shape from the rate-limit script: {type(reply)!r}")
    try:
        values = [float(item) for item in reply]
    except (TypeError, ValueError) as exc:
        raise _ReplyError("the rate-limit script returned a non-number") from exc
    if not all(math.isfinite(v) for v in values):
        raise _ReplyError("the rate-limit script returned a non-finite number")
    wait, tokens, minute_limit, day_limit, day_remaining, reset_at, now, from_server = values
    return Reading(
        wait=max(0.0, wait),
        tokens=tokens,
        minute_limit=max(1, int(minute_limit)),
        day_limit=max(1, int(day_limit)),
        day_remaining=max(0, int(day_remaining)),
        day_reset_at=reset_at,
        redis_now=now,
        from_server=from_server >= 1.0,
        at_monotonic=at_monotonic,
    )
