"""kazinex-planner: the asyncio-first Python SDK for the Kazinex Planner API."""

from __future__ import annotations

from . import errors
from ._client import PlannerClient
from ._core._events import (
    AttemptFinished,
    AttemptStarted,
    OperationFinished,
    OperationStarted,
    PlannerEvent,
    RetryEvent,
)
from ._core._pagination import AsyncPager, Page, PageInfo
from ._core._raw import RawResponse
from ._unset import UNSET, UnsetType
from ._version import __version__
from .ratelimit import Plan, RateLimiter, RateLimitSnapshot
from .ratelimit._lane import use_lane

__all__ = [
    "UNSET",
    "AsyncPager",
    "AttemptFinished",
    "AttemptStarted",
    "OperationFinished",
    "OperationStarted",
    "Page",
    "PageInfo",
    "Plan",
    "PlannerClient",
    "PlannerEvent",
    "RateLimitSnapshot",
    "RateLimiter",
    "RawResponse",
    "RetryEvent",
    "UnsetType",
    "__version__",
    "errors",
    "use_lane",
]
