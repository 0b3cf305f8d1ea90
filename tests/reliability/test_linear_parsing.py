"""Every regular expression (and scanner) over untrusted input runs in linear time.

For each, an adversarial input (the shape that makes a backtracking pattern explode) is
timed at 1,000 and 10,000 units; the ratio must stay near 10 (linear), far from 100
(quadratic) or the exponential blow-up of the old XML prolog pattern. Each time is the
best of several runs of enough repetitions to be measurable; the bound (40) is generous
so that a busy machine does not make it flaky, and no absolute time is asserted.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable

import pytest

from kazinex_planner._logging import redact_text
from kazinex_planner.emulator._validation import _is_email
from kazinex_planner.export._plan import _SAFE_ID
from kazinex_planner.schedule_files import sniff_format
from kazinex_planner.schedule_files._mspdi import iso_duration_hours
from kazinex_planner.schedule_files._pmxml import namespace_version
from kazinex_planner.schedule_files._xer_inspect import row_pattern
from kazinex_planner.schedule_files._xml import declared_encoding
from kazinex_planner.schedule_files._xmlscan import parse_attributes, skip_prolog
from kazinex_planner.webhooks import WebhookVerificationError
from kazinex_planner.webhooks._verify import parse_signature_header

MS = "http://schemas.microsoft.com/project"


def _signature(n: int) -> None:
    with contextlib.suppress(WebhookVerificationError):
        parse_signature_header("t=" + "1" * n + ",v1=" + "a" * n)


CASES: dict[str, Callable[[int], None]] = {
    "sniff: DOCTYPE with [x] repeated, never closed": lambda n: (
        sniff_format(b"<!DOCTYPE" + b"[x]" * n) and None
    ),
    "sniff: DOCTYPE [ never closed": lambda n: sniff_format(b"<!DOCTYPE [" + b"x" * n) and None,
    "sniff: comments and PIs": lambda n: sniff_format(b"<!-- -->" * n + b"<?x") and None,
    "sniff: root tag without >": lambda n: sniff_format(b"<Project" + b" a" * n) and None,
    "sniff: xmlns= without quotes": lambda n: (
        sniff_format(f"<Project {'xmlns=' * n}>".encode()) and None
    ),
    "prolog scanner: whitespace": lambda n: skip_prolog(" " * n + "<") and None,
    "attributes: unterminated quotes": lambda n: parse_attributes(' a="' * n) and None,
    "encoding declaration": lambda n: (
        declared_encoding(b"<?xml " + b'encoding="' + b"encoding=" * n + b"?>") and None
    ),
    "PMXML version in namespace": lambda n: namespace_version("/V" + "1." * n + "x") and None,
    "MSPDI duration": lambda n: iso_duration_hours("PT" + "1" * n + "X") and None,
    "MSPDI duration with dots": lambda n: iso_duration_hours("P" + "1." * n) and None,
    "XER row pattern: one wide row": lambda n: (
        row_pattern((1, 5, 9)).findall(b"\n%R" + b"\tx" * n) and None
    ),
    "XER row pattern: many short rows": lambda n: (
        row_pattern((1, 5, 9)).findall(b"\n%R\t\t" * n) and None
    ),
    "log redaction: name made of 'key'": lambda n: redact_text("key" * n + " ") and None,
    "log redaction: long name, no separator": lambda n: redact_text("a" * (3 * n)) and None,
    "log redaction: separators without values": lambda n: redact_text("token= " * n) and None,
    "emulator email check": lambda n: _is_email("a@" + "." * n + "@") and None,
    "export project id": lambda n: _SAFE_ID.fullmatch("a" * n + "!") and None,
    "webhook signature header": _signature,
}


def _best_time(fn: Callable[[int], None], n: int, reps: int) -> float:
    best = float("inf")
    for _ in range(5):
        started = time.perf_counter()
        for _ in range(reps):
            fn(n)
        best = min(best, time.perf_counter() - started)
    return best


@pytest.mark.parametrize("case", list(CASES))
def test_time_grows_linearly(case: str) -> None:
    fn = CASES[case]
    for n in (10, 100):  # small sizes work too (and warm up caches)
        fn(n)
    reps = 1
    while _best_time(fn, 1_000, reps) < 0.002 and reps < 10_000:
        reps *= 4
    small = _best_time(fn, 1_000, reps)
    large = _best_time(fn, 10_000, reps)
    assert large / small < 40, f"{case}: x10 input took x{large / small:.0f} time"
