"""``PlannerEvent``: everything ``PlannerClient(on_event=...)`` can receive."""

from __future__ import annotations

from typing import TypeAlias

from ._observe import AttemptFinished, AttemptStarted, OperationFinished, OperationStarted
from ._records import RetryEvent

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
