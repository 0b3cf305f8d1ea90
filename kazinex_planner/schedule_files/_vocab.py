"""Each tool's codes, mapped to the API's vocabulary.

One table per field and per format, so that a reviewer can check a mapping against the
tool's documentation in one place. The P6 duration types are the easiest to get wrong:
``DT_FixedDrtn`` is "Fixed Duration and Units/Time" and ``DT_FixedRate`` is "Fixed
Units/Time" (not the other way round, as the code names suggest).
"""

from __future__ import annotations

from typing import Final

from ._records import (
    ActivityStatus,
    ActivityType,
    ConstraintType,
    DurationType,
    PercentCompleteType,
    RelationshipType,
    ResourceType,
)

# --- P6 XER codes --------------------------------------------------------------------

XER_TASK_TYPES: Final[dict[str, ActivityType]] = {
    "TT_Task": "task",
    "TT_Rsrc": "resource_dependent",
    "TT_LOE": "level_of_effort",
    "TT_Mile": "start_milestone",
    "TT_FinMile": "finish_milestone",
    "TT_WBS": "wbs_summary",
}
XER_STATUS: Final[dict[str, ActivityStatus]] = {
    "TK_NotStart": "not_started",
    "TK_Active": "in_progress",
    "TK_Complete": "completed",
}
XER_PERCENT_TYPES: Final[dict[str, PercentCompleteType]] = {
    "CP_Phys": "physical",
    "CP_Drtn": "duration",
    "CP_Units": "units",
}
XER_DURATION_TYPES: Final[dict[str, DurationType]] = {
    "DT_FixedDUR2": "fixed_duration_and_units",  # Fixed Duration & Units
    "DT_FixedDrtn": "fixed_duration_and_units_per_time",  # Fixed Duration & Units/Time
    "DT_FixedQty": "fixed_units",  # Fixed Units
    "DT_FixedRate": "fixed_units_per_time",  # Fixed Units/Time
}
XER_CONSTRAINTS: Final[dict[str, ConstraintType]] = {
    "CS_ASAP": "as_soon_as_possible",
    "CS_ALAP": "as_late_as_possible",
    "CS_MSO": "start_on",
    "CS_MSOA": "start_on_or_after",
    "CS_MSOB": "start_on_or_before",
    "CS_MEO": "finish_on",
    "CS_MEOA": "finish_on_or_after",
    "CS_MEOB": "finish_on_or_before",
    "CS_MANDSTART": "mandatory_start",
    "CS_MANDFIN": "mandatory_finish",
}
XER_RELATIONSHIPS: Final[dict[str, RelationshipType]] = {
    "PR_FS": "FS",
    "PR_SS": "SS",
    "PR_FF": "FF",
    "PR_SF": "SF",
}
XER_RESOURCE_TYPES: Final[dict[str, ResourceType]] = {
    "RT_Labor": "labor",
    "RT_Equip": "nonlabor",
    "RT_Mat": "material",
}

# --- MS Project (MSPDI) codes --------------------------------------------------------

MSPDI_CONSTRAINTS: Final[dict[str, ConstraintType]] = {
    "0": "as_soon_as_possible",
    "1": "as_late_as_possible",
    "2": "must_start_on",
    "3": "must_finish_on",
    "4": "start_on_or_after",
    "5": "start_on_or_before",
    "6": "finish_on_or_after",
    "7": "finish_on_or_before",
}
MSPDI_RELATIONSHIPS: Final[dict[str, RelationshipType]] = {
    "0": "FF",
    "1": "FS",
    "2": "SF",
    "3": "SS",
}
#: Task ``Type``: what MS Project holds fixed when one of duration, units, work changes.
MSPDI_DURATION_TYPES: Final[dict[str, DurationType]] = {
    "0": "fixed_units",
    "1": "fixed_duration",
    "2": "fixed_work",
}
#: Resource ``Type``: 0 material, 1 work (people), 2 cost (a cost-only resource).
MSPDI_RESOURCE_TYPES: Final[dict[str, ResourceType]] = {
    "0": "material",
    "1": "labor",
    "2": "nonlabor",
}

# --- P6 XML (PMXML) labels -----------------------------------------------------------

PMXML_TASK_TYPES: Final[dict[str, ActivityType]] = {
    "Task Dependent": "task",
    "Resource Dependent": "resource_dependent",
    "Level of Effort": "level_of_effort",
    "Start Milestone": "start_milestone",
    "Finish Milestone": "finish_milestone",
    "WBS Summary": "wbs_summary",
}
PMXML_STATUS: Final[dict[str, ActivityStatus]] = {
    "Not Started": "not_started",
    "In Progress": "in_progress",
    "Completed": "completed",
}
PMXML_PERCENT_TYPES: Final[dict[str, PercentCompleteType]] = {
    "Physical": "physical",
    "Duration": "duration",
    "Units": "units",
}
PMXML_DURATION_TYPES: Final[dict[str, DurationType]] = {
    "Fixed Duration and Units": "fixed_duration_and_units",
    "Fixed Duration and Units/Time": "fixed_duration_and_units_per_time",
    "Fixed Units": "fixed_units",
    "Fixed Units/Time": "fixed_units_per_time",
}
PMXML_CONSTRAINTS: Final[dict[str, ConstraintType]] = {
    "As Soon As Possible": "as_soon_as_possible",
    "As Late As Possible": "as_late_as_possible",
    "Start On": "start_on",
    "Start On or After": "start_on_or_after",
    "Start On or Before": "start_on_or_before",
    "Finish On": "finish_on",
    "Finish On or After": "finish_on_or_after",
    "Finish On or Before": "finish_on_or_before",
    "Mandatory Start": "mandatory_start",
    "Mandatory Finish": "mandatory_finish",
}
PMXML_RELATIONSHIPS: Final[dict[str, RelationshipType]] = {
    "Finish to Start": "FS",
    "Start to Start": "SS",
    "Finish to Finish": "FF",
    "Start to Finish": "SF",
}
PMXML_RESOURCE_TYPES: Final[dict[str, ResourceType]] = {
    "Labor": "labor",
    "Nonlabor": "nonlabor",
    "Material": "material",
}
