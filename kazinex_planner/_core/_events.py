"""``PlannerEvent``: everything ``PlannerClient(on_event=...)`` can receive."""

from __future__ import annotations

from typing import TypeAlias

from ._http import RetryEvent
from ._observe import AttemptFinished, AttemptStarted, OperationFinished, OperationStarted

PlannerEvent: TypeAlias = (
    OperationStarted | AttemptStarted | AttemptFinished | RetryEvent | OperationFinished
)

__all__ = [
    "AttemptFinished",
    "AttemptStarted",
    "OperationFinished",
    "OperationStarted",
    "PlannerEvent",
    "RetryEvent",
]
