"""Schemathesis hooks for the emulator run, loaded through ``SCHEMATHESIS_HOOKS``.

Schemathesis draws header values per test case and repeats them across cases (shrunk
and example values come back). A repeated ``Idempotency-Key`` asks the API to replay
the first response (the contract: the same key and body get the first response for
24 hours; another body gets 409). In the stateful phase that turns "create, then
delete what was created" into "replay a creation whose resource an earlier case
deleted", which the ST302 check reports as a created resource that cannot be found:
the API doing what the contract says. So a key already used in this run is replaced
by a fresh one. A first use keeps the generated value, so the header's validation
(length, characters) is still fuzzed; replays themselves are tested in
``tests/emulator/test_idempotency.py``.
"""

from __future__ import annotations

import uuid
from typing import Any

import schemathesis

_HEADER = "idempotency-key"
_used: set[str] = set()


@schemathesis.hook
def map_headers(context: Any, headers: dict[str, Any] | None) -> dict[str, Any] | None:
    # At generation, so every check sends the case as drawn (a check that drops
    # Authorization still drops it); only the key's value changes.
    if not headers:
        return headers
    for name, value in list(headers.items()):
        if name.lower() != _HEADER or not isinstance(value, str):
            continue
        if value in _used:
            value = f"schemathesis-{uuid.uuid4().hex}"
            headers[name] = value
        _used.add(value)
    return headers
