"""Public seams of the SDK's observability: group calls under one parent span.

``with call_group("nightly sync"):`` makes every SDK call inside the block (and in
tasks started from it) children of one span named ``nightly sync`` when OpenTelemetry
is on; without it the group costs a context-variable set. ``@grouped(name)`` does the
same for every call of an async function (the export uses it).
"""

from __future__ import annotations

from ._core._events import (
    AttemptFinished,
    AttemptStarted,
    OperationFinished,
    OperationStarted,
    PlannerEvent,
    RetryEvent,
)
from ._core._observe import grouped
from ._core._observe import open_group as call_group

__all__ = [
    "AttemptFinished",
    "AttemptStarted",
    "OperationFinished",
    "OperationStarted",
    "PlannerEvent",
    "RetryEvent",
    "call_group",
    "grouped",
]
