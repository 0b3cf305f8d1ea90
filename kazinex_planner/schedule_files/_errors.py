"""The one error the schedule readers raise (defined in :mod:`kazinex_planner.errors`).

A caller (the emulator answering an upload, the CLI, a user's script) needs to tell "this
file is not a schedule" from any other failure, and needs enough context to show the user
where the file is wrong without opening it: the file name, the 1-based line and the XER
table. So the error carries those as attributes and repeats them in its message.
"""

from __future__ import annotations

from ..errors import ScheduleFileError

__all__ = ["ScheduleFileError"]
