"""The blocking emulator moves a manual clock on its own loop thread."""

from __future__ import annotations

from datetime import timedelta

import pytest

from kazinex_planner.emulator import ManualClock
from kazinex_planner.sync import Emulator


def test_advance_moves_the_manual_clock_from_blocking_code() -> None:
    clock = ManualClock()
    with Emulator(clock=clock) as emulator:
        before = emulator.clock.now()
        emulator.advance(90)
        assert emulator.clock.now() - before == timedelta(seconds=90)


def test_advance_refuses_a_real_clock() -> None:
    with Emulator() as emulator, pytest.raises(TypeError, match="ManualClock"):
        emulator.advance(1)
