"""Reading schedule files (P6 XER, MS Project MSPDI XML, P6 PMXML) without I/O frameworks.

``inspect_schedule`` streams a file and counts what it holds (bounded memory, fast);
``read_schedule`` extracts typed records in the API's vocabulary; ``sniff_format`` tells
the format from the first bytes. ``generate_xer`` writes realistic synthetic XER files for
demos, the emulator and benchmarks. Nothing here touches the network or an event loop.
Every input is bounded by :class:`ReadLimits` (line and column counts, XML depth, token
size, elements held), so no file can make a read take unbounded memory or time.
"""

from __future__ import annotations

from ._api import inspect_schedule, read_schedule
from ._errors import ScheduleFileError
from ._generate import generate_xer, iter_generate_xer
from ._limits import ReadLimits
from ._records import (
    HARD_CONSTRAINTS,
    ActivityRecord,
    ActivityStatus,
    ActivityType,
    AssignmentRecord,
    CalendarRecord,
    ConstraintType,
    DurationType,
    PercentCompleteType,
    ProjectRecord,
    ProjectSummary,
    RelationshipRecord,
    RelationshipType,
    ResourceRecord,
    ResourceType,
    ScheduleData,
    ScheduleFormat,
    ScheduleSummary,
    WbsRecord,
)
from ._sniff import sniff_format
from ._source import ScheduleSource

__all__ = [
    "HARD_CONSTRAINTS",
    "ActivityRecord",
    "ActivityStatus",
    "ActivityType",
    "AssignmentRecord",
    "CalendarRecord",
    "ConstraintType",
    "DurationType",
    "PercentCompleteType",
    "ProjectRecord",
    "ProjectSummary",
    "ReadLimits",
    "RelationshipRecord",
    "RelationshipType",
    "ResourceRecord",
    "ResourceType",
    "ScheduleData",
    "ScheduleFileError",
    "ScheduleFormat",
    "ScheduleSource",
    "ScheduleSummary",
    "WbsRecord",
    "generate_xer",
    "inspect_schedule",
    "iter_generate_xer",
    "read_schedule",
    "sniff_format",
]
