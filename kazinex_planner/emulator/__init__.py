"""An embedded, stateful emulator of the Kazinex Planner API.

The demo, the SDK's integration tests and users' own tests run against it: an
``aiohttp.web`` application that implements every operation of ``openapi/planner.yaml``
with the contract's authentication, rate limits, pagination, errors, idempotency,
asynchronous schedule processing (the real schedule reader and quality engine), webhook
events with signed deliveries (to loopback only), fault injection and optional SQLite
persistence::

    async with Emulator(plan="professional") as emu:
        key = emu.issue_key()
        ...  # call emu.base_url with "Authorization: Bearer <key>"
"""

from __future__ import annotations

from .._clock import Clock, ManualClock, SystemClock, VirtualClock
from ._app import create_app
from ._delivery import sign
from ._emulator import Emulator
from ._faults import Faults
from ._plans import PLANS, Plan
from ._serve import serve
from ._state import EmulatorState

#: The emulator's time source is the SDK's :class:`~kazinex_planner.ratelimit.Clock`
#: (one protocol, so one clock can drive a client and an emulator); the old name stays.
EmulatorClock = Clock

__all__ = [
    "PLANS",
    "Emulator",
    "EmulatorClock",
    "EmulatorState",
    "Faults",
    "ManualClock",
    "Plan",
    "SystemClock",
    "VirtualClock",
    "create_app",
    "serve",
    "sign",
]
