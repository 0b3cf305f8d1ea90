# generated from openapi/planner.yaml — do not edit (run `python -m codegen`)
# spec sha256: 1715851c6ba5db4fe292c091fa8402e955f8eee7af1dabe64e50ccd7824a8c75
"""Straight-line decoders, one per model: the happy path of every response.

Each decoder checks and converts its fields inline, by the converter's rules (strict
primitives, ints accepted as floats, open enums, RFC 3339 timestamps with an offset,
unknown keys ignored, absent optional fields left at their defaults), and writes the
frozen model's slots through their descriptors: its ``__init__`` only assigns, and
going around it is several times cheaper. Errors carry no field path:
``kazinex_planner._converter.structure`` re-runs the detailed cattrs converter to name
the bad field.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import Any, TypeVar, cast

from kazinex_planner._converter import parse_timestamp as _timestamp
from kazinex_planner._unset import UNSET

from .models import (
    Activity,
    ActivityBatchResult,
    ActivityBatchUpdate,
    ActivityBatchUpdateItem,
    ActivityLink,
    ActivityList,
    ActivityStatus,
    ActivityType,
    ActivityUpdate,
    Baseline,
    BaselineCreate,
    BaselineList,
    BaselineMarkedEvent,
    CheckSeverity,
    CheckUnit,
    CheckVerdict,
    ConstraintType,
    DeliveryStatus,
    DurationType,
    Error,
    ErrorBody,
    ErrorDetail,
    ErrorType,
    LoadingBucket,
    LoadingInterval,
    PageMeta,
    PercentCompleteType,
    PingData,
    PingEvent,
    Project,
    ProjectCreate,
    ProjectList,
    ProjectSort,
    ProjectUpdate,
    QualityCategory,
    QualityCategoryId,
    QualityCheckDetail,
    QualityCheckList,
    QualityCheckResult,
    QualityCompleteEvent,
    QualityGrade,
    QualityReport,
    QualityStatus,
    QualitySummary,
    RelationshipType,
    Resource,
    ResourceAssignment,
    ResourceAssignmentList,
    ResourceList,
    ResourceLoading,
    ResourceType,
    Schedule,
    ScheduleFailedEvent,
    ScheduleFormat,
    ScheduleList,
    ScheduleProcessedEvent,
    ScheduleRole,
    ScheduleStatus,
    ScheduleUpload,
    ScheduleUploadedEvent,
    User,
    UserInvite,
    UserList,
    UserRole,
    UserStatus,
    UserUpdate,
    Webhook,
    WebhookCreate,
    WebhookDelivery,
    WebhookDeliveryList,
    WebhookEventType,
    WebhookList,
    WebhookUpdate,
    WebhookWithSecret,
)

E = TypeVar("E", bound=Enum)
_new = object.__new__


def _slot(cls: type, name: str) -> Callable[[object, object], None]:
    return cast("Callable[[object, object], None]", cls.__dict__[name].__set__)


def _enum(cls: type[E], value: object) -> E:
    """The value map missed: a member built in Python, or a value this SDK does not know."""
    if isinstance(value, cls):
        return value
    if type(value) is not str:
        raise TypeError(f"expected a {cls.__name__} string, got {type(value).__name__}")
    return cls(value)  # open enums keep unknown values (``_missing_``)


_ErrorType_members = cast("dict[str, ErrorType]", ErrorType._value2member_map_)
_ScheduleFormat_members = cast("dict[str, ScheduleFormat]", ScheduleFormat._value2member_map_)
_ScheduleStatus_members = cast("dict[str, ScheduleStatus]", ScheduleStatus._value2member_map_)
_ScheduleRole_members = cast("dict[str, ScheduleRole]", ScheduleRole._value2member_map_)
_ActivityType_members = cast("dict[str, ActivityType]", ActivityType._value2member_map_)
_ActivityStatus_members = cast("dict[str, ActivityStatus]", ActivityStatus._value2member_map_)
_PercentCompleteType_members = cast(
    "dict[str, PercentCompleteType]", PercentCompleteType._value2member_map_
)
_DurationType_members = cast("dict[str, DurationType]", DurationType._value2member_map_)
_ConstraintType_members = cast("dict[str, ConstraintType]", ConstraintType._value2member_map_)
_RelationshipType_members = cast("dict[str, RelationshipType]", RelationshipType._value2member_map_)
_QualityStatus_members = cast("dict[str, QualityStatus]", QualityStatus._value2member_map_)
_QualityGrade_members = cast("dict[str, QualityGrade]", QualityGrade._value2member_map_)
_QualityCategoryId_members = cast(
    "dict[str, QualityCategoryId]", QualityCategoryId._value2member_map_
)
_CheckVerdict_members = cast("dict[str, CheckVerdict]", CheckVerdict._value2member_map_)
_CheckSeverity_members = cast("dict[str, CheckSeverity]", CheckSeverity._value2member_map_)
_CheckUnit_members = cast("dict[str, CheckUnit]", CheckUnit._value2member_map_)
_ResourceType_members = cast("dict[str, ResourceType]", ResourceType._value2member_map_)
_LoadingInterval_members = cast("dict[str, LoadingInterval]", LoadingInterval._value2member_map_)
_UserRole_members = cast("dict[str, UserRole]", UserRole._value2member_map_)
_UserStatus_members = cast("dict[str, UserStatus]", UserStatus._value2member_map_)
_WebhookEventType_members = cast("dict[str, WebhookEventType]", WebhookEventType._value2member_map_)
_DeliveryStatus_members = cast("dict[str, DeliveryStatus]", DeliveryStatus._value2member_map_)
_ProjectSort_members = cast("dict[str, ProjectSort]", ProjectSort._value2member_map_)


def _item_WebhookEventType(value: object) -> WebhookEventType:
    member = _WebhookEventType_members.get(value) if type(value) is str else None
    return member if member is not None else _enum(WebhookEventType, value)


def _item_str(value: object) -> str:
    if type(value) is not str:
        raise TypeError(f"expected str, got {type(value).__name__}")
    return value


_PageMeta_total = _slot(PageMeta, "total")
_PageMeta_page = _slot(PageMeta, "page")
_PageMeta_per_page = _slot(PageMeta, "per_page")


def decode_page_meta(data: object) -> PageMeta:
    v: Any
    if type(data) is not dict:
        raise TypeError(f"PageMeta: expected an object, got {type(data).__name__}")
    o = _new(PageMeta)
    v = data["total"]
    if type(v) is not int:
        raise TypeError(f"PageMeta.total: expected int, got {type(v).__name__}")
    _PageMeta_total(o, v)
    v = data["page"]
    if type(v) is not int:
        raise TypeError(f"PageMeta.page: expected int, got {type(v).__name__}")
    _PageMeta_page(o, v)
    v = data["per_page"]
    if type(v) is not int:
        raise TypeError(f"PageMeta.per_page: expected int, got {type(v).__name__}")
    _PageMeta_per_page(o, v)
    return o


_ErrorDetail_field = _slot(ErrorDetail, "field")
_ErrorDetail_issue = _slot(ErrorDetail, "issue")


def decode_error_detail(data: object) -> ErrorDetail:
    v: Any
    if type(data) is not dict:
        raise TypeError(f"ErrorDetail: expected an object, got {type(data).__name__}")
    o = _new(ErrorDetail)
    v = data["field"]
    if v is not None and type(v) is not str:
        raise TypeError(f"ErrorDetail.field: expected str, got {type(v).__name__}")
    _ErrorDetail_field(o, v)
    v = data["issue"]
    if type(v) is not str:
        raise TypeError(f"ErrorDetail.issue: expected str, got {type(v).__name__}")
    _ErrorDetail_issue(o, v)
    return o


_ErrorBody_type = _slot(ErrorBody, "type")
_ErrorBody_message = _slot(ErrorBody, "message")
_ErrorBody_request_id = _slot(ErrorBody, "request_id")
_ErrorBody_details = _slot(ErrorBody, "details")


def decode_error_body(data: object) -> ErrorBody:
    v: Any
    m: Enum | None
    if type(data) is not dict:
        raise TypeError(f"ErrorBody: expected an object, got {type(data).__name__}")
    o = _new(ErrorBody)
    v = data["type"]
    m = _ErrorType_members.get(v) if type(v) is str else None
    v = m if m is not None else _enum(ErrorType, v)
    _ErrorBody_type(o, v)
    v = data["message"]
    if type(v) is not str:
        raise TypeError(f"ErrorBody.message: expected str, got {type(v).__name__}")
    _ErrorBody_message(o, v)
    v = data["request_id"]
    if type(v) is not str:
        raise TypeError(f"ErrorBody.request_id: expected str, got {type(v).__name__}")
    _ErrorBody_request_id(o, v)
    v = data["details"]
    if type(v) is not list:
        raise TypeError(f"ErrorBody.details: expected an array, got {type(v).__name__}")
    v = [decode_error_detail(x) for x in v]
    _ErrorBody_details(o, v)
    return o


_Error_error = _slot(Error, "error")


def decode_error(data: object) -> Error:
    v: Any
    if type(data) is not dict:
        raise TypeError(f"Error: expected an object, got {type(data).__name__}")
    o = _new(Error)
    v = data["error"]
    v = decode_error_body(v)
    _Error_error(o, v)
    return o


_Project_id = _slot(Project, "id")
_Project_name = _slot(Project, "name")
_Project_code = _slot(Project, "code")
_Project_description = _slot(Project, "description")
_Project_created_at = _slot(Project, "created_at")
_Project_updated_at = _slot(Project, "updated_at")
_Project_schedule_count = _slot(Project, "schedule_count")
_Project_current_schedule_id = _slot(Project, "current_schedule_id")
_Project_baseline_schedule_id = _slot(Project, "baseline_schedule_id")
_Project_data_date = _slot(Project, "data_date")
_Project_activity_count = _slot(Project, "activity_count")
_Project_quality_score = _slot(Project, "quality_score")
_Project_quality_grade = _slot(Project, "quality_grade")


def decode_project(data: object) -> Project:
    v: Any
    m: Enum | None
    if type(data) is not dict:
        raise TypeError(f"Project: expected an object, got {type(data).__name__}")
    o = _new(Project)
    v = data["id"]
    if type(v) is not str:
        raise TypeError(f"Project.id: expected str, got {type(v).__name__}")
    _Project_id(o, v)
    v = data["name"]
    if type(v) is not str:
        raise TypeError(f"Project.name: expected str, got {type(v).__name__}")
    _Project_name(o, v)
    v = data["code"]
    if v is not None and type(v) is not str:
        raise TypeError(f"Project.code: expected str, got {type(v).__name__}")
    _Project_code(o, v)
    v = data["description"]
    if v is not None and type(v) is not str:
        raise TypeError(f"Project.description: expected str, got {type(v).__name__}")
    _Project_description(o, v)
    v = data["created_at"]
    v = _timestamp(v)
    _Project_created_at(o, v)
    v = data["updated_at"]
    v = _timestamp(v)
    _Project_updated_at(o, v)
    v = data["schedule_count"]
    if type(v) is not int:
        raise TypeError(f"Project.schedule_count: expected int, got {type(v).__name__}")
    _Project_schedule_count(o, v)
    v = data["current_schedule_id"]
    if v is not None and type(v) is not str:
        raise TypeError(f"Project.current_schedule_id: expected str, got {type(v).__name__}")
    _Project_current_schedule_id(o, v)
    v = data["baseline_schedule_id"]
    if v is not None and type(v) is not str:
        raise TypeError(f"Project.baseline_schedule_id: expected str, got {type(v).__name__}")
    _Project_baseline_schedule_id(o, v)
    v = data["data_date"]
    if v is not None:
        v = _timestamp(v)
    _Project_data_date(o, v)
    v = data["activity_count"]
    if type(v) is not int:
        raise TypeError(f"Project.activity_count: expected int, got {type(v).__name__}")
    _Project_activity_count(o, v)
    v = data["quality_score"]
    if v is not None and type(v) is not float:
        if type(v) is not int:
            raise TypeError(f"Project.quality_score: expected a number, got {type(v).__name__}")
        v = float(v)
    _Project_quality_score(o, v)
    v = data["quality_grade"]
    if v is not None:
        m = _QualityGrade_members.get(v) if type(v) is str else None
        v = m if m is not None else _enum(QualityGrade, v)
    _Project_quality_grade(o, v)
    return o


_ProjectCreate_name = _slot(ProjectCreate, "name")
_ProjectCreate_code = _slot(ProjectCreate, "code")
_ProjectCreate_description = _slot(ProjectCreate, "description")


def decode_project_create(data: object) -> ProjectCreate:
    v: Any
    if type(data) is not dict:
        raise TypeError(f"ProjectCreate: expected an object, got {type(data).__name__}")
    o = _new(ProjectCreate)
    v = data["name"]
    if type(v) is not str:
        raise TypeError(f"ProjectCreate.name: expected str, got {type(v).__name__}")
    _ProjectCreate_name(o, v)
    if "code" in data:
        v = data["code"]
        if v is not None and type(v) is not str:
            raise TypeError(f"ProjectCreate.code: expected str, got {type(v).__name__}")
        _ProjectCreate_code(o, v)
    else:
        _ProjectCreate_code(o, None)
    if "description" in data:
        v = data["description"]
        if v is not None and type(v) is not str:
            raise TypeError(f"ProjectCreate.description: expected str, got {type(v).__name__}")
        _ProjectCreate_description(o, v)
    else:
        _ProjectCreate_description(o, None)
    return o


_ProjectUpdate_name = _slot(ProjectUpdate, "name")
_ProjectUpdate_code = _slot(ProjectUpdate, "code")
_ProjectUpdate_description = _slot(ProjectUpdate, "description")


def decode_project_update(data: object) -> ProjectUpdate:
    v: Any
    if type(data) is not dict:
        raise TypeError(f"ProjectUpdate: expected an object, got {type(data).__name__}")
    o = _new(ProjectUpdate)
    if "name" in data:
        v = data["name"]
        if type(v) is not str:
            raise TypeError(f"ProjectUpdate.name: expected str, got {type(v).__name__}")
        _ProjectUpdate_name(o, v)
    else:
        _ProjectUpdate_name(o, UNSET)
    if "code" in data:
        v = data["code"]
        if v is not None and type(v) is not str:
            raise TypeError(f"ProjectUpdate.code: expected str, got {type(v).__name__}")
        _ProjectUpdate_code(o, v)
    else:
        _ProjectUpdate_code(o, UNSET)
    if "description" in data:
        v = data["description"]
        if v is not None and type(v) is not str:
            raise TypeError(f"ProjectUpdate.description: expected str, got {type(v).__name__}")
        _ProjectUpdate_description(o, v)
    else:
        _ProjectUpdate_description(o, UNSET)
    return o


_ProjectList_data = _slot(ProjectList, "data")
_ProjectList_meta = _slot(ProjectList, "meta")


def decode_project_list(data: object) -> ProjectList:
    v: Any
    if type(data) is not dict:
        raise TypeError(f"ProjectList: expected an object, got {type(data).__name__}")
    o = _new(ProjectList)
    v = data["data"]
    if type(v) is not list:
        raise TypeError(f"ProjectList.data: expected an array, got {type(v).__name__}")
    v = [decode_project(x) for x in v]
    _ProjectList_data(o, v)
    v = data["meta"]
    v = decode_page_meta(v)
    _ProjectList_meta(o, v)
    return o


_Schedule_id = _slot(Schedule, "id")
_Schedule_project_id = _slot(Schedule, "project_id")
_Schedule_revision = _slot(Schedule, "revision")
_Schedule_label = _slot(Schedule, "label")
_Schedule_file_name = _slot(Schedule, "file_name")
_Schedule_format = _slot(Schedule, "format")
_Schedule_size_bytes = _slot(Schedule, "size_bytes")
_Schedule_sha256 = _slot(Schedule, "sha256")
_Schedule_status = _slot(Schedule, "status")
_Schedule_error = _slot(Schedule, "error")
_Schedule_role = _slot(Schedule, "role")
_Schedule_data_date = _slot(Schedule, "data_date")
_Schedule_activity_count = _slot(Schedule, "activity_count")
_Schedule_relationship_count = _slot(Schedule, "relationship_count")
_Schedule_uploaded_at = _slot(Schedule, "uploaded_at")
_Schedule_processed_at = _slot(Schedule, "processed_at")


def decode_schedule(data: object) -> Schedule:
    v: Any
    m: Enum | None
    if type(data) is not dict:
        raise TypeError(f"Schedule: expected an object, got {type(data).__name__}")
    o = _new(Schedule)
    v = data["id"]
    if type(v) is not str:
        raise TypeError(f"Schedule.id: expected str, got {type(v).__name__}")
    _Schedule_id(o, v)
    v = data["project_id"]
    if type(v) is not str:
        raise TypeError(f"Schedule.project_id: expected str, got {type(v).__name__}")
    _Schedule_project_id(o, v)
    v = data["revision"]
    if type(v) is not int:
        raise TypeError(f"Schedule.revision: expected int, got {type(v).__name__}")
    _Schedule_revision(o, v)
    v = data["label"]
    if v is not None and type(v) is not str:
        raise TypeError(f"Schedule.label: expected str, got {type(v).__name__}")
    _Schedule_label(o, v)
    v = data["file_name"]
    if type(v) is not str:
        raise TypeError(f"Schedule.file_name: expected str, got {type(v).__name__}")
    _Schedule_file_name(o, v)
    v = data["format"]
    m = _ScheduleFormat_members.get(v) if type(v) is str else None
    v = m if m is not None else _enum(ScheduleFormat, v)
    _Schedule_format(o, v)
    v = data["size_bytes"]
    if type(v) is not int:
        raise TypeError(f"Schedule.size_bytes: expected int, got {type(v).__name__}")
    _Schedule_size_bytes(o, v)
    v = data["sha256"]
    if type(v) is not str:
        raise TypeError(f"Schedule.sha256: expected str, got {type(v).__name__}")
    _Schedule_sha256(o, v)
    v = data["status"]
    m = _ScheduleStatus_members.get(v) if type(v) is str else None
    v = m if m is not None else _enum(ScheduleStatus, v)
    _Schedule_status(o, v)
    v = data["error"]
    if v is not None and type(v) is not str:
        raise TypeError(f"Schedule.error: expected str, got {type(v).__name__}")
    _Schedule_error(o, v)
    v = data["role"]
    m = _ScheduleRole_members.get(v) if type(v) is str else None
    v = m if m is not None else _enum(ScheduleRole, v)
    _Schedule_role(o, v)
    v = data["data_date"]
    if v is not None:
        v = _timestamp(v)
    _Schedule_data_date(o, v)
    v = data["activity_count"]
    if v is not None and type(v) is not int:
        raise TypeError(f"Schedule.activity_count: expected int, got {type(v).__name__}")
    _Schedule_activity_count(o, v)
    v = data["relationship_count"]
    if v is not None and type(v) is not int:
        raise TypeError(f"Schedule.relationship_count: expected int, got {type(v).__name__}")
    _Schedule_relationship_count(o, v)
    v = data["uploaded_at"]
    v = _timestamp(v)
    _Schedule_uploaded_at(o, v)
    v = data["processed_at"]
    if v is not None:
        v = _timestamp(v)
    _Schedule_processed_at(o, v)
    return o


_ScheduleUpload_file = _slot(ScheduleUpload, "file")
_ScheduleUpload_label = _slot(ScheduleUpload, "label")


def decode_schedule_upload(data: object) -> ScheduleUpload:
    v: Any
    if type(data) is not dict:
        raise TypeError(f"ScheduleUpload: expected an object, got {type(data).__name__}")
    o = _new(ScheduleUpload)
    v = data["file"]
    _ScheduleUpload_file(o, v)
    if "label" in data:
        v = data["label"]
        if v is not None and type(v) is not str:
            raise TypeError(f"ScheduleUpload.label: expected str, got {type(v).__name__}")
        _ScheduleUpload_label(o, v)
    else:
        _ScheduleUpload_label(o, None)
    return o


_ScheduleList_data = _slot(ScheduleList, "data")
_ScheduleList_meta = _slot(ScheduleList, "meta")


def decode_schedule_list(data: object) -> ScheduleList:
    v: Any
    if type(data) is not dict:
        raise TypeError(f"ScheduleList: expected an object, got {type(data).__name__}")
    o = _new(ScheduleList)
    v = data["data"]
    if type(v) is not list:
        raise TypeError(f"ScheduleList.data: expected an array, got {type(v).__name__}")
    v = [decode_schedule(x) for x in v]
    _ScheduleList_data(o, v)
    v = data["meta"]
    v = decode_page_meta(v)
    _ScheduleList_meta(o, v)
    return o


_ActivityLink_activity_id = _slot(ActivityLink, "activity_id")
_ActivityLink_code = _slot(ActivityLink, "code")
_ActivityLink_type = _slot(ActivityLink, "type")
_ActivityLink_lag_hours = _slot(ActivityLink, "lag_hours")
_ActivityLink_is_external = _slot(ActivityLink, "is_external")


def decode_activity_link(data: object) -> ActivityLink:
    v: Any
    m: Enum | None
    if type(data) is not dict:
        raise TypeError(f"ActivityLink: expected an object, got {type(data).__name__}")
    o = _new(ActivityLink)
    v = data["activity_id"]
    if type(v) is not str:
        raise TypeError(f"ActivityLink.activity_id: expected str, got {type(v).__name__}")
    _ActivityLink_activity_id(o, v)
    v = data["code"]
    if type(v) is not str:
        raise TypeError(f"ActivityLink.code: expected str, got {type(v).__name__}")
    _ActivityLink_code(o, v)
    v = data["type"]
    m = _RelationshipType_members.get(v) if type(v) is str else None
    v = m if m is not None else _enum(RelationshipType, v)
    _ActivityLink_type(o, v)
    v = data["lag_hours"]
    if type(v) is not float:
        if type(v) is not int:
            raise TypeError(f"ActivityLink.lag_hours: expected a number, got {type(v).__name__}")
        v = float(v)
    _ActivityLink_lag_hours(o, v)
    v = data["is_external"]
    if type(v) is not bool:
        raise TypeError(f"ActivityLink.is_external: expected bool, got {type(v).__name__}")
    _ActivityLink_is_external(o, v)
    return o


_Activity_id = _slot(Activity, "id")
_Activity_project_id = _slot(Activity, "project_id")
_Activity_schedule_id = _slot(Activity, "schedule_id")
_Activity_code = _slot(Activity, "code")
_Activity_name = _slot(Activity, "name")
_Activity_type = _slot(Activity, "type")
_Activity_status = _slot(Activity, "status")
_Activity_wbs_code = _slot(Activity, "wbs_code")
_Activity_wbs_name = _slot(Activity, "wbs_name")
_Activity_calendar_name = _slot(Activity, "calendar_name")
_Activity_original_duration_hours = _slot(Activity, "original_duration_hours")
_Activity_remaining_duration_hours = _slot(Activity, "remaining_duration_hours")
_Activity_planned_start = _slot(Activity, "planned_start")
_Activity_planned_finish = _slot(Activity, "planned_finish")
_Activity_actual_start = _slot(Activity, "actual_start")
_Activity_actual_finish = _slot(Activity, "actual_finish")
_Activity_early_start = _slot(Activity, "early_start")
_Activity_early_finish = _slot(Activity, "early_finish")
_Activity_late_start = _slot(Activity, "late_start")
_Activity_late_finish = _slot(Activity, "late_finish")
_Activity_baseline_start = _slot(Activity, "baseline_start")
_Activity_baseline_finish = _slot(Activity, "baseline_finish")
_Activity_total_float_hours = _slot(Activity, "total_float_hours")
_Activity_free_float_hours = _slot(Activity, "free_float_hours")
_Activity_percent_complete = _slot(Activity, "percent_complete")
_Activity_percent_complete_type = _slot(Activity, "percent_complete_type")
_Activity_duration_type = _slot(Activity, "duration_type")
_Activity_constraint_type = _slot(Activity, "constraint_type")
_Activity_constraint_date = _slot(Activity, "constraint_date")
_Activity_is_critical = _slot(Activity, "is_critical")
_Activity_predecessors = _slot(Activity, "predecessors")
_Activity_successors = _slot(Activity, "successors")
_Activity_notes = _slot(Activity, "notes")
_Activity_updated_at = _slot(Activity, "updated_at")


def decode_activity(data: object) -> Activity:
    v: Any
    m: Enum | None
    if type(data) is not dict:
        raise TypeError(f"Activity: expected an object, got {type(data).__name__}")
    o = _new(Activity)
    v = data["id"]
    if type(v) is not str:
        raise TypeError(f"Activity.id: expected str, got {type(v).__name__}")
    _Activity_id(o, v)
    v = data["project_id"]
    if type(v) is not str:
        raise TypeError(f"Activity.project_id: expected str, got {type(v).__name__}")
    _Activity_project_id(o, v)
    v = data["schedule_id"]
    if type(v) is not str:
        raise TypeError(f"Activity.schedule_id: expected str, got {type(v).__name__}")
    _Activity_schedule_id(o, v)
    v = data["code"]
    if type(v) is not str:
        raise TypeError(f"Activity.code: expected str, got {type(v).__name__}")
    _Activity_code(o, v)
    v = data["name"]
    if type(v) is not str:
        raise TypeError(f"Activity.name: expected str, got {type(v).__name__}")
    _Activity_name(o, v)
    v = data["type"]
    m = _ActivityType_members.get(v) if type(v) is str else None
    v = m if m is not None else _enum(ActivityType, v)
    _Activity_type(o, v)
    v = data["status"]
    m = _ActivityStatus_members.get(v) if type(v) is str else None
    v = m if m is not None else _enum(ActivityStatus, v)
    _Activity_status(o, v)
    v = data["wbs_code"]
    if v is not None and type(v) is not str:
        raise TypeError(f"Activity.wbs_code: expected str, got {type(v).__name__}")
    _Activity_wbs_code(o, v)
    v = data["wbs_name"]
    if v is not None and type(v) is not str:
        raise TypeError(f"Activity.wbs_name: expected str, got {type(v).__name__}")
    _Activity_wbs_name(o, v)
    v = data["calendar_name"]
    if v is not None and type(v) is not str:
        raise TypeError(f"Activity.calendar_name: expected str, got {type(v).__name__}")
    _Activity_calendar_name(o, v)
    v = data["original_duration_hours"]
    if type(v) is not float:
        if type(v) is not int:
            raise TypeError(
                f"Activity.original_duration_hours: expected a number, got {type(v).__name__}"
            )
        v = float(v)
    _Activity_original_duration_hours(o, v)
    v = data["remaining_duration_hours"]
    if type(v) is not float:
        if type(v) is not int:
            raise TypeError(
                f"Activity.remaining_duration_hours: expected a number, got {type(v).__name__}"
            )
        v = float(v)
    _Activity_remaining_duration_hours(o, v)
    v = data["planned_start"]
    v = _timestamp(v)
    _Activity_planned_start(o, v)
    v = data["planned_finish"]
    v = _timestamp(v)
    _Activity_planned_finish(o, v)
    v = data["actual_start"]
    if v is not None:
        v = _timestamp(v)
    _Activity_actual_start(o, v)
    v = data["actual_finish"]
    if v is not None:
        v = _timestamp(v)
    _Activity_actual_finish(o, v)
    v = data["early_start"]
    if v is not None:
        v = _timestamp(v)
    _Activity_early_start(o, v)
    v = data["early_finish"]
    if v is not None:
        v = _timestamp(v)
    _Activity_early_finish(o, v)
    v = data["late_start"]
    if v is not None:
        v = _timestamp(v)
    _Activity_late_start(o, v)
    v = data["late_finish"]
    if v is not None:
        v = _timestamp(v)
    _Activity_late_finish(o, v)
    v = data["baseline_start"]
    if v is not None:
        v = _timestamp(v)
    _Activity_baseline_start(o, v)
    v = data["baseline_finish"]
    if v is not None:
        v = _timestamp(v)
    _Activity_baseline_finish(o, v)
    v = data["total_float_hours"]
    if v is not None and type(v) is not float:
        if type(v) is not int:
            raise TypeError(
                f"Activity.total_float_hours: expected a number, got {type(v).__name__}"
            )
        v = float(v)
    _Activity_total_float_hours(o, v)
    v = data["free_float_hours"]
    if v is not None and type(v) is not float:
        if type(v) is not int:
            raise TypeError(f"Activity.free_float_hours: expected a number, got {type(v).__name__}")
        v = float(v)
    _Activity_free_float_hours(o, v)
    v = data["percent_complete"]
    if type(v) is not float:
        if type(v) is not int:
            raise TypeError(f"Activity.percent_complete: expected a number, got {type(v).__name__}")
        v = float(v)
    _Activity_percent_complete(o, v)
    v = data["percent_complete_type"]
    m = _PercentCompleteType_members.get(v) if type(v) is str else None
    v = m if m is not None else _enum(PercentCompleteType, v)
    _Activity_percent_complete_type(o, v)
    v = data["duration_type"]
    m = _DurationType_members.get(v) if type(v) is str else None
    v = m if m is not None else _enum(DurationType, v)
    _Activity_duration_type(o, v)
    v = data["constraint_type"]
    m = _ConstraintType_members.get(v) if type(v) is str else None
    v = m if m is not None else _enum(ConstraintType, v)
    _Activity_constraint_type(o, v)
    v = data["constraint_date"]
    if v is not None:
        v = _timestamp(v)
    _Activity_constraint_date(o, v)
    v = data["is_critical"]
    if type(v) is not bool:
        raise TypeError(f"Activity.is_critical: expected bool, got {type(v).__name__}")
    _Activity_is_critical(o, v)
    v = data["predecessors"]
    if type(v) is not list:
        raise TypeError(f"Activity.predecessors: expected an array, got {type(v).__name__}")
    v = [decode_activity_link(x) for x in v]
    _Activity_predecessors(o, v)
    v = data["successors"]
    if type(v) is not list:
        raise TypeError(f"Activity.successors: expected an array, got {type(v).__name__}")
    v = [decode_activity_link(x) for x in v]
    _Activity_successors(o, v)
    v = data["notes"]
    if v is not None and type(v) is not str:
        raise TypeError(f"Activity.notes: expected str, got {type(v).__name__}")
    _Activity_notes(o, v)
    v = data["updated_at"]
    v = _timestamp(v)
    _Activity_updated_at(o, v)
    return o


_ActivityList_data = _slot(ActivityList, "data")
_ActivityList_meta = _slot(ActivityList, "meta")


def decode_activity_list(data: object) -> ActivityList:
    v: Any
    if type(data) is not dict:
        raise TypeError(f"ActivityList: expected an object, got {type(data).__name__}")
    o = _new(ActivityList)
    v = data["data"]
    if type(v) is not list:
        raise TypeError(f"ActivityList.data: expected an array, got {type(v).__name__}")
    v = [decode_activity(x) for x in v]
    _ActivityList_data(o, v)
    v = data["meta"]
    v = decode_page_meta(v)
    _ActivityList_meta(o, v)
    return o


_ActivityUpdate_name = _slot(ActivityUpdate, "name")
_ActivityUpdate_percent_complete = _slot(ActivityUpdate, "percent_complete")
_ActivityUpdate_actual_start = _slot(ActivityUpdate, "actual_start")
_ActivityUpdate_actual_finish = _slot(ActivityUpdate, "actual_finish")
_ActivityUpdate_remaining_duration_hours = _slot(ActivityUpdate, "remaining_duration_hours")
_ActivityUpdate_notes = _slot(ActivityUpdate, "notes")


def decode_activity_update(data: object) -> ActivityUpdate:
    v: Any
    if type(data) is not dict:
        raise TypeError(f"ActivityUpdate: expected an object, got {type(data).__name__}")
    o = _new(ActivityUpdate)
    if "name" in data:
        v = data["name"]
        if type(v) is not str:
            raise TypeError(f"ActivityUpdate.name: expected str, got {type(v).__name__}")
        _ActivityUpdate_name(o, v)
    else:
        _ActivityUpdate_name(o, UNSET)
    if "percent_complete" in data:
        v = data["percent_complete"]
        if type(v) is not float:
            if type(v) is not int:
                raise TypeError(
                    f"ActivityUpdate.percent_complete: expected a number, got {type(v).__name__}"
                )
            v = float(v)
        _ActivityUpdate_percent_complete(o, v)
    else:
        _ActivityUpdate_percent_complete(o, UNSET)
    if "actual_start" in data:
        v = data["actual_start"]
        if v is not None:
            v = _timestamp(v)
        _ActivityUpdate_actual_start(o, v)
    else:
        _ActivityUpdate_actual_start(o, UNSET)
    if "actual_finish" in data:
        v = data["actual_finish"]
        if v is not None:
            v = _timestamp(v)
        _ActivityUpdate_actual_finish(o, v)
    else:
        _ActivityUpdate_actual_finish(o, UNSET)
    if "remaining_duration_hours" in data:
        v = data["remaining_duration_hours"]
        if type(v) is not float:
            if type(v) is not int:
                raise TypeError(
                    f"ActivityUpdate.remaining_duration_hours: expected a number, got {type(v).__name__}"
                )
            v = float(v)
        _ActivityUpdate_remaining_duration_hours(o, v)
    else:
        _ActivityUpdate_remaining_duration_hours(o, UNSET)
    if "notes" in data:
        v = data["notes"]
        if v is not None and type(v) is not str:
            raise TypeError(f"ActivityUpdate.notes: expected str, got {type(v).__name__}")
        _ActivityUpdate_notes(o, v)
    else:
        _ActivityUpdate_notes(o, UNSET)
    return o


_ActivityBatchUpdateItem_id = _slot(ActivityBatchUpdateItem, "id")
_ActivityBatchUpdateItem_name = _slot(ActivityBatchUpdateItem, "name")
_ActivityBatchUpdateItem_percent_complete = _slot(ActivityBatchUpdateItem, "percent_complete")
_ActivityBatchUpdateItem_actual_start = _slot(ActivityBatchUpdateItem, "actual_start")
_ActivityBatchUpdateItem_actual_finish = _slot(ActivityBatchUpdateItem, "actual_finish")
_ActivityBatchUpdateItem_remaining_duration_hours = _slot(
    ActivityBatchUpdateItem, "remaining_duration_hours"
)
_ActivityBatchUpdateItem_notes = _slot(ActivityBatchUpdateItem, "notes")


def decode_activity_batch_update_item(data: object) -> ActivityBatchUpdateItem:
    v: Any
    if type(data) is not dict:
        raise TypeError(f"ActivityBatchUpdateItem: expected an object, got {type(data).__name__}")
    o = _new(ActivityBatchUpdateItem)
    v = data["id"]
    if type(v) is not str:
        raise TypeError(f"ActivityBatchUpdateItem.id: expected str, got {type(v).__name__}")
    _ActivityBatchUpdateItem_id(o, v)
    if "name" in data:
        v = data["name"]
        if type(v) is not str:
            raise TypeError(f"ActivityBatchUpdateItem.name: expected str, got {type(v).__name__}")
        _ActivityBatchUpdateItem_name(o, v)
    else:
        _ActivityBatchUpdateItem_name(o, UNSET)
    if "percent_complete" in data:
        v = data["percent_complete"]
        if type(v) is not float:
            if type(v) is not int:
                raise TypeError(
                    f"ActivityBatchUpdateItem.percent_complete: expected a number, got {type(v).__name__}"
                )
            v = float(v)
        _ActivityBatchUpdateItem_percent_complete(o, v)
    else:
        _ActivityBatchUpdateItem_percent_complete(o, UNSET)
    if "actual_start" in data:
        v = data["actual_start"]
        if v is not None:
            v = _timestamp(v)
        _ActivityBatchUpdateItem_actual_start(o, v)
    else:
        _ActivityBatchUpdateItem_actual_start(o, UNSET)
    if "actual_finish" in data:
        v = data["actual_finish"]
        if v is not None:
            v = _timestamp(v)
        _ActivityBatchUpdateItem_actual_finish(o, v)
    else:
        _ActivityBatchUpdateItem_actual_finish(o, UNSET)
    if "remaining_duration_hours" in data:
        v = data["remaining_duration_hours"]
        if type(v) is not float:
            if type(v) is not int:
                raise TypeError(
                    f"ActivityBatchUpdateItem.remaining_duration_hours: expected a number, got {type(v).__name__}"
                )
            v = float(v)
        _ActivityBatchUpdateItem_remaining_duration_hours(o, v)
    else:
        _ActivityBatchUpdateItem_remaining_duration_hours(o, UNSET)
    if "notes" in data:
        v = data["notes"]
        if v is not None and type(v) is not str:
            raise TypeError(f"ActivityBatchUpdateItem.notes: expected str, got {type(v).__name__}")
        _ActivityBatchUpdateItem_notes(o, v)
    else:
        _ActivityBatchUpdateItem_notes(o, UNSET)
    return o


_ActivityBatchUpdate_updates = _slot(ActivityBatchUpdate, "updates")


def decode_activity_batch_update(data: object) -> ActivityBatchUpdate:
    v: Any
    if type(data) is not dict:
        raise TypeError(f"ActivityBatchUpdate: expected an object, got {type(data).__name__}")
    o = _new(ActivityBatchUpdate)
    v = data["updates"]
    if type(v) is not list:
        raise TypeError(f"ActivityBatchUpdate.updates: expected an array, got {type(v).__name__}")
    v = [decode_activity_batch_update_item(x) for x in v]
    _ActivityBatchUpdate_updates(o, v)
    return o


_ActivityBatchResult_data = _slot(ActivityBatchResult, "data")


def decode_activity_batch_result(data: object) -> ActivityBatchResult:
    v: Any
    if type(data) is not dict:
        raise TypeError(f"ActivityBatchResult: expected an object, got {type(data).__name__}")
    o = _new(ActivityBatchResult)
    v = data["data"]
    if type(v) is not list:
        raise TypeError(f"ActivityBatchResult.data: expected an array, got {type(v).__name__}")
    v = [decode_activity(x) for x in v]
    _ActivityBatchResult_data(o, v)
    return o


_Baseline_id = _slot(Baseline, "id")
_Baseline_project_id = _slot(Baseline, "project_id")
_Baseline_schedule_id = _slot(Baseline, "schedule_id")
_Baseline_label = _slot(Baseline, "label")
_Baseline_is_primary = _slot(Baseline, "is_primary")
_Baseline_marked_at = _slot(Baseline, "marked_at")
_Baseline_marked_by = _slot(Baseline, "marked_by")


def decode_baseline(data: object) -> Baseline:
    v: Any
    if type(data) is not dict:
        raise TypeError(f"Baseline: expected an object, got {type(data).__name__}")
    o = _new(Baseline)
    v = data["id"]
    if type(v) is not str:
        raise TypeError(f"Baseline.id: expected str, got {type(v).__name__}")
    _Baseline_id(o, v)
    v = data["project_id"]
    if type(v) is not str:
        raise TypeError(f"Baseline.project_id: expected str, got {type(v).__name__}")
    _Baseline_project_id(o, v)
    v = data["schedule_id"]
    if type(v) is not str:
        raise TypeError(f"Baseline.schedule_id: expected str, got {type(v).__name__}")
    _Baseline_schedule_id(o, v)
    v = data["label"]
    if v is not None and type(v) is not str:
        raise TypeError(f"Baseline.label: expected str, got {type(v).__name__}")
    _Baseline_label(o, v)
    v = data["is_primary"]
    if type(v) is not bool:
        raise TypeError(f"Baseline.is_primary: expected bool, got {type(v).__name__}")
    _Baseline_is_primary(o, v)
    v = data["marked_at"]
    v = _timestamp(v)
    _Baseline_marked_at(o, v)
    v = data["marked_by"]
    if type(v) is not str:
        raise TypeError(f"Baseline.marked_by: expected str, got {type(v).__name__}")
    _Baseline_marked_by(o, v)
    return o


_BaselineCreate_schedule_id = _slot(BaselineCreate, "schedule_id")
_BaselineCreate_label = _slot(BaselineCreate, "label")
_BaselineCreate_primary = _slot(BaselineCreate, "primary")


def decode_baseline_create(data: object) -> BaselineCreate:
    v: Any
    if type(data) is not dict:
        raise TypeError(f"BaselineCreate: expected an object, got {type(data).__name__}")
    o = _new(BaselineCreate)
    v = data["schedule_id"]
    if type(v) is not str:
        raise TypeError(f"BaselineCreate.schedule_id: expected str, got {type(v).__name__}")
    _BaselineCreate_schedule_id(o, v)
    if "label" in data:
        v = data["label"]
        if v is not None and type(v) is not str:
            raise TypeError(f"BaselineCreate.label: expected str, got {type(v).__name__}")
        _BaselineCreate_label(o, v)
    else:
        _BaselineCreate_label(o, None)
    if "primary" in data:
        v = data["primary"]
        if type(v) is not bool:
            raise TypeError(f"BaselineCreate.primary: expected bool, got {type(v).__name__}")
        _BaselineCreate_primary(o, v)
    else:
        _BaselineCreate_primary(o, True)
    return o


_BaselineList_data = _slot(BaselineList, "data")
_BaselineList_meta = _slot(BaselineList, "meta")


def decode_baseline_list(data: object) -> BaselineList:
    v: Any
    if type(data) is not dict:
        raise TypeError(f"BaselineList: expected an object, got {type(data).__name__}")
    o = _new(BaselineList)
    v = data["data"]
    if type(v) is not list:
        raise TypeError(f"BaselineList.data: expected an array, got {type(v).__name__}")
    v = [decode_baseline(x) for x in v]
    _BaselineList_data(o, v)
    v = data["meta"]
    v = decode_page_meta(v)
    _BaselineList_meta(o, v)
    return o


_QualityCategory_id = _slot(QualityCategory, "id")
_QualityCategory_name = _slot(QualityCategory, "name")
_QualityCategory_weight = _slot(QualityCategory, "weight")
_QualityCategory_score = _slot(QualityCategory, "score")
_QualityCategory_passed = _slot(QualityCategory, "passed")
_QualityCategory_warnings = _slot(QualityCategory, "warnings")
_QualityCategory_failed = _slot(QualityCategory, "failed")
_QualityCategory_not_applicable = _slot(QualityCategory, "not_applicable")


def decode_quality_category(data: object) -> QualityCategory:
    v: Any
    m: Enum | None
    if type(data) is not dict:
        raise TypeError(f"QualityCategory: expected an object, got {type(data).__name__}")
    o = _new(QualityCategory)
    v = data["id"]
    m = _QualityCategoryId_members.get(v) if type(v) is str else None
    v = m if m is not None else _enum(QualityCategoryId, v)
    _QualityCategory_id(o, v)
    v = data["name"]
    if type(v) is not str:
        raise TypeError(f"QualityCategory.name: expected str, got {type(v).__name__}")
    _QualityCategory_name(o, v)
    v = data["weight"]
    if type(v) is not float:
        if type(v) is not int:
            raise TypeError(f"QualityCategory.weight: expected a number, got {type(v).__name__}")
        v = float(v)
    _QualityCategory_weight(o, v)
    v = data["score"]
    if v is not None and type(v) is not float:
        if type(v) is not int:
            raise TypeError(f"QualityCategory.score: expected a number, got {type(v).__name__}")
        v = float(v)
    _QualityCategory_score(o, v)
    v = data["passed"]
    if type(v) is not int:
        raise TypeError(f"QualityCategory.passed: expected int, got {type(v).__name__}")
    _QualityCategory_passed(o, v)
    v = data["warnings"]
    if type(v) is not int:
        raise TypeError(f"QualityCategory.warnings: expected int, got {type(v).__name__}")
    _QualityCategory_warnings(o, v)
    v = data["failed"]
    if type(v) is not int:
        raise TypeError(f"QualityCategory.failed: expected int, got {type(v).__name__}")
    _QualityCategory_failed(o, v)
    v = data["not_applicable"]
    if type(v) is not int:
        raise TypeError(f"QualityCategory.not_applicable: expected int, got {type(v).__name__}")
    _QualityCategory_not_applicable(o, v)
    return o


_QualityReport_project_id = _slot(QualityReport, "project_id")
_QualityReport_schedule_id = _slot(QualityReport, "schedule_id")
_QualityReport_status = _slot(QualityReport, "status")
_QualityReport_score = _slot(QualityReport, "score")
_QualityReport_grade = _slot(QualityReport, "grade")
_QualityReport_categories = _slot(QualityReport, "categories")
_QualityReport_completed_at = _slot(QualityReport, "completed_at")


def decode_quality_report(data: object) -> QualityReport:
    v: Any
    m: Enum | None
    if type(data) is not dict:
        raise TypeError(f"QualityReport: expected an object, got {type(data).__name__}")
    o = _new(QualityReport)
    v = data["project_id"]
    if type(v) is not str:
        raise TypeError(f"QualityReport.project_id: expected str, got {type(v).__name__}")
    _QualityReport_project_id(o, v)
    v = data["schedule_id"]
    if type(v) is not str:
        raise TypeError(f"QualityReport.schedule_id: expected str, got {type(v).__name__}")
    _QualityReport_schedule_id(o, v)
    v = data["status"]
    m = _QualityStatus_members.get(v) if type(v) is str else None
    v = m if m is not None else _enum(QualityStatus, v)
    _QualityReport_status(o, v)
    v = data["score"]
    if v is not None and type(v) is not float:
        if type(v) is not int:
            raise TypeError(f"QualityReport.score: expected a number, got {type(v).__name__}")
        v = float(v)
    _QualityReport_score(o, v)
    v = data["grade"]
    if v is not None:
        m = _QualityGrade_members.get(v) if type(v) is str else None
        v = m if m is not None else _enum(QualityGrade, v)
    _QualityReport_grade(o, v)
    v = data["categories"]
    if type(v) is not list:
        raise TypeError(f"QualityReport.categories: expected an array, got {type(v).__name__}")
    v = [decode_quality_category(x) for x in v]
    _QualityReport_categories(o, v)
    v = data["completed_at"]
    if v is not None:
        v = _timestamp(v)
    _QualityReport_completed_at(o, v)
    return o


_QualityCheckResult_id = _slot(QualityCheckResult, "id")
_QualityCheckResult_name = _slot(QualityCheckResult, "name")
_QualityCheckResult_category = _slot(QualityCheckResult, "category")
_QualityCheckResult_severity = _slot(QualityCheckResult, "severity")
_QualityCheckResult_verdict = _slot(QualityCheckResult, "verdict")
_QualityCheckResult_score = _slot(QualityCheckResult, "score")
_QualityCheckResult_weight = _slot(QualityCheckResult, "weight")
_QualityCheckResult_value = _slot(QualityCheckResult, "value")
_QualityCheckResult_threshold = _slot(QualityCheckResult, "threshold")
_QualityCheckResult_unit = _slot(QualityCheckResult, "unit")
_QualityCheckResult_affected_count = _slot(QualityCheckResult, "affected_count")


def decode_quality_check_result(data: object) -> QualityCheckResult:
    v: Any
    m: Enum | None
    if type(data) is not dict:
        raise TypeError(f"QualityCheckResult: expected an object, got {type(data).__name__}")
    o = _new(QualityCheckResult)
    v = data["id"]
    if type(v) is not str:
        raise TypeError(f"QualityCheckResult.id: expected str, got {type(v).__name__}")
    _QualityCheckResult_id(o, v)
    v = data["name"]
    if type(v) is not str:
        raise TypeError(f"QualityCheckResult.name: expected str, got {type(v).__name__}")
    _QualityCheckResult_name(o, v)
    v = data["category"]
    m = _QualityCategoryId_members.get(v) if type(v) is str else None
    v = m if m is not None else _enum(QualityCategoryId, v)
    _QualityCheckResult_category(o, v)
    v = data["severity"]
    m = _CheckSeverity_members.get(v) if type(v) is str else None
    v = m if m is not None else _enum(CheckSeverity, v)
    _QualityCheckResult_severity(o, v)
    v = data["verdict"]
    m = _CheckVerdict_members.get(v) if type(v) is str else None
    v = m if m is not None else _enum(CheckVerdict, v)
    _QualityCheckResult_verdict(o, v)
    v = data["score"]
    if v is not None and type(v) is not float:
        if type(v) is not int:
            raise TypeError(f"QualityCheckResult.score: expected a number, got {type(v).__name__}")
        v = float(v)
    _QualityCheckResult_score(o, v)
    v = data["weight"]
    if type(v) is not float:
        if type(v) is not int:
            raise TypeError(f"QualityCheckResult.weight: expected a number, got {type(v).__name__}")
        v = float(v)
    _QualityCheckResult_weight(o, v)
    v = data["value"]
    if v is not None and type(v) is not float:
        if type(v) is not int:
            raise TypeError(f"QualityCheckResult.value: expected a number, got {type(v).__name__}")
        v = float(v)
    _QualityCheckResult_value(o, v)
    v = data["threshold"]
    if v is not None and type(v) is not float:
        if type(v) is not int:
            raise TypeError(
                f"QualityCheckResult.threshold: expected a number, got {type(v).__name__}"
            )
        v = float(v)
    _QualityCheckResult_threshold(o, v)
    v = data["unit"]
    m = _CheckUnit_members.get(v) if type(v) is str else None
    v = m if m is not None else _enum(CheckUnit, v)
    _QualityCheckResult_unit(o, v)
    v = data["affected_count"]
    if type(v) is not int:
        raise TypeError(f"QualityCheckResult.affected_count: expected int, got {type(v).__name__}")
    _QualityCheckResult_affected_count(o, v)
    return o


_QualityCheckList_data = _slot(QualityCheckList, "data")
_QualityCheckList_meta = _slot(QualityCheckList, "meta")


def decode_quality_check_list(data: object) -> QualityCheckList:
    v: Any
    if type(data) is not dict:
        raise TypeError(f"QualityCheckList: expected an object, got {type(data).__name__}")
    o = _new(QualityCheckList)
    v = data["data"]
    if type(v) is not list:
        raise TypeError(f"QualityCheckList.data: expected an array, got {type(v).__name__}")
    v = [decode_quality_check_result(x) for x in v]
    _QualityCheckList_data(o, v)
    v = data["meta"]
    v = decode_page_meta(v)
    _QualityCheckList_meta(o, v)
    return o


_QualityCheckDetail_id = _slot(QualityCheckDetail, "id")
_QualityCheckDetail_name = _slot(QualityCheckDetail, "name")
_QualityCheckDetail_category = _slot(QualityCheckDetail, "category")
_QualityCheckDetail_severity = _slot(QualityCheckDetail, "severity")
_QualityCheckDetail_verdict = _slot(QualityCheckDetail, "verdict")
_QualityCheckDetail_score = _slot(QualityCheckDetail, "score")
_QualityCheckDetail_weight = _slot(QualityCheckDetail, "weight")
_QualityCheckDetail_value = _slot(QualityCheckDetail, "value")
_QualityCheckDetail_threshold = _slot(QualityCheckDetail, "threshold")
_QualityCheckDetail_unit = _slot(QualityCheckDetail, "unit")
_QualityCheckDetail_affected_count = _slot(QualityCheckDetail, "affected_count")
_QualityCheckDetail_description = _slot(QualityCheckDetail, "description")
_QualityCheckDetail_affected_activity_ids = _slot(QualityCheckDetail, "affected_activity_ids")
_QualityCheckDetail_meta = _slot(QualityCheckDetail, "meta")


def decode_quality_check_detail(data: object) -> QualityCheckDetail:
    v: Any
    m: Enum | None
    if type(data) is not dict:
        raise TypeError(f"QualityCheckDetail: expected an object, got {type(data).__name__}")
    o = _new(QualityCheckDetail)
    v = data["id"]
    if type(v) is not str:
        raise TypeError(f"QualityCheckDetail.id: expected str, got {type(v).__name__}")
    _QualityCheckDetail_id(o, v)
    v = data["name"]
    if type(v) is not str:
        raise TypeError(f"QualityCheckDetail.name: expected str, got {type(v).__name__}")
    _QualityCheckDetail_name(o, v)
    v = data["category"]
    m = _QualityCategoryId_members.get(v) if type(v) is str else None
    v = m if m is not None else _enum(QualityCategoryId, v)
    _QualityCheckDetail_category(o, v)
    v = data["severity"]
    m = _CheckSeverity_members.get(v) if type(v) is str else None
    v = m if m is not None else _enum(CheckSeverity, v)
    _QualityCheckDetail_severity(o, v)
    v = data["verdict"]
    m = _CheckVerdict_members.get(v) if type(v) is str else None
    v = m if m is not None else _enum(CheckVerdict, v)
    _QualityCheckDetail_verdict(o, v)
    v = data["score"]
    if v is not None and type(v) is not float:
        if type(v) is not int:
            raise TypeError(f"QualityCheckDetail.score: expected a number, got {type(v).__name__}")
        v = float(v)
    _QualityCheckDetail_score(o, v)
    v = data["weight"]
    if type(v) is not float:
        if type(v) is not int:
            raise TypeError(f"QualityCheckDetail.weight: expected a number, got {type(v).__name__}")
        v = float(v)
    _QualityCheckDetail_weight(o, v)
    v = data["value"]
    if v is not None and type(v) is not float:
        if type(v) is not int:
            raise TypeError(f"QualityCheckDetail.value: expected a number, got {type(v).__name__}")
        v = float(v)
    _QualityCheckDetail_value(o, v)
    v = data["threshold"]
    if v is not None and type(v) is not float:
        if type(v) is not int:
            raise TypeError(
                f"QualityCheckDetail.threshold: expected a number, got {type(v).__name__}"
            )
        v = float(v)
    _QualityCheckDetail_threshold(o, v)
    v = data["unit"]
    m = _CheckUnit_members.get(v) if type(v) is str else None
    v = m if m is not None else _enum(CheckUnit, v)
    _QualityCheckDetail_unit(o, v)
    v = data["affected_count"]
    if type(v) is not int:
        raise TypeError(f"QualityCheckDetail.affected_count: expected int, got {type(v).__name__}")
    _QualityCheckDetail_affected_count(o, v)
    v = data["description"]
    if type(v) is not str:
        raise TypeError(f"QualityCheckDetail.description: expected str, got {type(v).__name__}")
    _QualityCheckDetail_description(o, v)
    v = data["affected_activity_ids"]
    if type(v) is not list:
        raise TypeError(
            f"QualityCheckDetail.affected_activity_ids: expected an array, got {type(v).__name__}"
        )
    v = [_item_str(x) for x in v]
    _QualityCheckDetail_affected_activity_ids(o, v)
    v = data["meta"]
    v = decode_page_meta(v)
    _QualityCheckDetail_meta(o, v)
    return o


_Resource_id = _slot(Resource, "id")
_Resource_code = _slot(Resource, "code")
_Resource_name = _slot(Resource, "name")
_Resource_type = _slot(Resource, "type")
_Resource_unit_of_measure = _slot(Resource, "unit_of_measure")
_Resource_max_units_per_hour = _slot(Resource, "max_units_per_hour")
_Resource_cost_per_unit = _slot(Resource, "cost_per_unit")


def decode_resource(data: object) -> Resource:
    v: Any
    m: Enum | None
    if type(data) is not dict:
        raise TypeError(f"Resource: expected an object, got {type(data).__name__}")
    o = _new(Resource)
    v = data["id"]
    if type(v) is not str:
        raise TypeError(f"Resource.id: expected str, got {type(v).__name__}")
    _Resource_id(o, v)
    v = data["code"]
    if type(v) is not str:
        raise TypeError(f"Resource.code: expected str, got {type(v).__name__}")
    _Resource_code(o, v)
    v = data["name"]
    if type(v) is not str:
        raise TypeError(f"Resource.name: expected str, got {type(v).__name__}")
    _Resource_name(o, v)
    v = data["type"]
    m = _ResourceType_members.get(v) if type(v) is str else None
    v = m if m is not None else _enum(ResourceType, v)
    _Resource_type(o, v)
    v = data["unit_of_measure"]
    if v is not None and type(v) is not str:
        raise TypeError(f"Resource.unit_of_measure: expected str, got {type(v).__name__}")
    _Resource_unit_of_measure(o, v)
    v = data["max_units_per_hour"]
    if v is not None and type(v) is not float:
        if type(v) is not int:
            raise TypeError(
                f"Resource.max_units_per_hour: expected a number, got {type(v).__name__}"
            )
        v = float(v)
    _Resource_max_units_per_hour(o, v)
    v = data["cost_per_unit"]
    if v is not None and type(v) is not float:
        if type(v) is not int:
            raise TypeError(f"Resource.cost_per_unit: expected a number, got {type(v).__name__}")
        v = float(v)
    _Resource_cost_per_unit(o, v)
    return o


_ResourceList_data = _slot(ResourceList, "data")
_ResourceList_meta = _slot(ResourceList, "meta")


def decode_resource_list(data: object) -> ResourceList:
    v: Any
    if type(data) is not dict:
        raise TypeError(f"ResourceList: expected an object, got {type(data).__name__}")
    o = _new(ResourceList)
    v = data["data"]
    if type(v) is not list:
        raise TypeError(f"ResourceList.data: expected an array, got {type(v).__name__}")
    v = [decode_resource(x) for x in v]
    _ResourceList_data(o, v)
    v = data["meta"]
    v = decode_page_meta(v)
    _ResourceList_meta(o, v)
    return o


_ResourceAssignment_id = _slot(ResourceAssignment, "id")
_ResourceAssignment_schedule_id = _slot(ResourceAssignment, "schedule_id")
_ResourceAssignment_activity_id = _slot(ResourceAssignment, "activity_id")
_ResourceAssignment_resource_id = _slot(ResourceAssignment, "resource_id")
_ResourceAssignment_budgeted_units = _slot(ResourceAssignment, "budgeted_units")
_ResourceAssignment_actual_units = _slot(ResourceAssignment, "actual_units")
_ResourceAssignment_remaining_units = _slot(ResourceAssignment, "remaining_units")
_ResourceAssignment_budgeted_cost = _slot(ResourceAssignment, "budgeted_cost")
_ResourceAssignment_actual_cost = _slot(ResourceAssignment, "actual_cost")
_ResourceAssignment_start = _slot(ResourceAssignment, "start")
_ResourceAssignment_finish = _slot(ResourceAssignment, "finish")


def decode_resource_assignment(data: object) -> ResourceAssignment:
    v: Any
    if type(data) is not dict:
        raise TypeError(f"ResourceAssignment: expected an object, got {type(data).__name__}")
    o = _new(ResourceAssignment)
    v = data["id"]
    if type(v) is not str:
        raise TypeError(f"ResourceAssignment.id: expected str, got {type(v).__name__}")
    _ResourceAssignment_id(o, v)
    v = data["schedule_id"]
    if type(v) is not str:
        raise TypeError(f"ResourceAssignment.schedule_id: expected str, got {type(v).__name__}")
    _ResourceAssignment_schedule_id(o, v)
    v = data["activity_id"]
    if type(v) is not str:
        raise TypeError(f"ResourceAssignment.activity_id: expected str, got {type(v).__name__}")
    _ResourceAssignment_activity_id(o, v)
    v = data["resource_id"]
    if type(v) is not str:
        raise TypeError(f"ResourceAssignment.resource_id: expected str, got {type(v).__name__}")
    _ResourceAssignment_resource_id(o, v)
    v = data["budgeted_units"]
    if type(v) is not float:
        if type(v) is not int:
            raise TypeError(
                f"ResourceAssignment.budgeted_units: expected a number, got {type(v).__name__}"
            )
        v = float(v)
    _ResourceAssignment_budgeted_units(o, v)
    v = data["actual_units"]
    if type(v) is not float:
        if type(v) is not int:
            raise TypeError(
                f"ResourceAssignment.actual_units: expected a number, got {type(v).__name__}"
            )
        v = float(v)
    _ResourceAssignment_actual_units(o, v)
    v = data["remaining_units"]
    if type(v) is not float:
        if type(v) is not int:
            raise TypeError(
                f"ResourceAssignment.remaining_units: expected a number, got {type(v).__name__}"
            )
        v = float(v)
    _ResourceAssignment_remaining_units(o, v)
    v = data["budgeted_cost"]
    if v is not None and type(v) is not float:
        if type(v) is not int:
            raise TypeError(
                f"ResourceAssignment.budgeted_cost: expected a number, got {type(v).__name__}"
            )
        v = float(v)
    _ResourceAssignment_budgeted_cost(o, v)
    v = data["actual_cost"]
    if v is not None and type(v) is not float:
        if type(v) is not int:
            raise TypeError(
                f"ResourceAssignment.actual_cost: expected a number, got {type(v).__name__}"
            )
        v = float(v)
    _ResourceAssignment_actual_cost(o, v)
    v = data["start"]
    v = _timestamp(v)
    _ResourceAssignment_start(o, v)
    v = data["finish"]
    v = _timestamp(v)
    _ResourceAssignment_finish(o, v)
    return o


_ResourceAssignmentList_data = _slot(ResourceAssignmentList, "data")
_ResourceAssignmentList_meta = _slot(ResourceAssignmentList, "meta")


def decode_resource_assignment_list(data: object) -> ResourceAssignmentList:
    v: Any
    if type(data) is not dict:
        raise TypeError(f"ResourceAssignmentList: expected an object, got {type(data).__name__}")
    o = _new(ResourceAssignmentList)
    v = data["data"]
    if type(v) is not list:
        raise TypeError(f"ResourceAssignmentList.data: expected an array, got {type(v).__name__}")
    v = [decode_resource_assignment(x) for x in v]
    _ResourceAssignmentList_data(o, v)
    v = data["meta"]
    v = decode_page_meta(v)
    _ResourceAssignmentList_meta(o, v)
    return o


_LoadingBucket_start = _slot(LoadingBucket, "start")
_LoadingBucket_end = _slot(LoadingBucket, "end")
_LoadingBucket_planned_units = _slot(LoadingBucket, "planned_units")
_LoadingBucket_actual_units = _slot(LoadingBucket, "actual_units")
_LoadingBucket_remaining_units = _slot(LoadingBucket, "remaining_units")


def decode_loading_bucket(data: object) -> LoadingBucket:
    v: Any
    if type(data) is not dict:
        raise TypeError(f"LoadingBucket: expected an object, got {type(data).__name__}")
    o = _new(LoadingBucket)
    v = data["start"]
    v = _timestamp(v)
    _LoadingBucket_start(o, v)
    v = data["end"]
    v = _timestamp(v)
    _LoadingBucket_end(o, v)
    v = data["planned_units"]
    if type(v) is not float:
        if type(v) is not int:
            raise TypeError(
                f"LoadingBucket.planned_units: expected a number, got {type(v).__name__}"
            )
        v = float(v)
    _LoadingBucket_planned_units(o, v)
    v = data["actual_units"]
    if type(v) is not float:
        if type(v) is not int:
            raise TypeError(
                f"LoadingBucket.actual_units: expected a number, got {type(v).__name__}"
            )
        v = float(v)
    _LoadingBucket_actual_units(o, v)
    v = data["remaining_units"]
    if type(v) is not float:
        if type(v) is not int:
            raise TypeError(
                f"LoadingBucket.remaining_units: expected a number, got {type(v).__name__}"
            )
        v = float(v)
    _LoadingBucket_remaining_units(o, v)
    return o


_ResourceLoading_resource_id = _slot(ResourceLoading, "resource_id")
_ResourceLoading_schedule_id = _slot(ResourceLoading, "schedule_id")
_ResourceLoading_interval = _slot(ResourceLoading, "interval")
_ResourceLoading_start = _slot(ResourceLoading, "start")
_ResourceLoading_end = _slot(ResourceLoading, "end")
_ResourceLoading_unit = _slot(ResourceLoading, "unit")
_ResourceLoading_buckets = _slot(ResourceLoading, "buckets")


def decode_resource_loading(data: object) -> ResourceLoading:
    v: Any
    m: Enum | None
    if type(data) is not dict:
        raise TypeError(f"ResourceLoading: expected an object, got {type(data).__name__}")
    o = _new(ResourceLoading)
    v = data["resource_id"]
    if v is not None and type(v) is not str:
        raise TypeError(f"ResourceLoading.resource_id: expected str, got {type(v).__name__}")
    _ResourceLoading_resource_id(o, v)
    v = data["schedule_id"]
    if type(v) is not str:
        raise TypeError(f"ResourceLoading.schedule_id: expected str, got {type(v).__name__}")
    _ResourceLoading_schedule_id(o, v)
    v = data["interval"]
    m = _LoadingInterval_members.get(v) if type(v) is str else None
    v = m if m is not None else _enum(LoadingInterval, v)
    _ResourceLoading_interval(o, v)
    v = data["start"]
    v = _timestamp(v)
    _ResourceLoading_start(o, v)
    v = data["end"]
    v = _timestamp(v)
    _ResourceLoading_end(o, v)
    v = data["unit"]
    if type(v) is not str:
        raise TypeError(f"ResourceLoading.unit: expected str, got {type(v).__name__}")
    _ResourceLoading_unit(o, v)
    v = data["buckets"]
    if type(v) is not list:
        raise TypeError(f"ResourceLoading.buckets: expected an array, got {type(v).__name__}")
    v = [decode_loading_bucket(x) for x in v]
    _ResourceLoading_buckets(o, v)
    return o


_User_id = _slot(User, "id")
_User_email = _slot(User, "email")
_User_name = _slot(User, "name")
_User_role = _slot(User, "role")
_User_status = _slot(User, "status")
_User_created_at = _slot(User, "created_at")
_User_last_active_at = _slot(User, "last_active_at")


def decode_user(data: object) -> User:
    v: Any
    m: Enum | None
    if type(data) is not dict:
        raise TypeError(f"User: expected an object, got {type(data).__name__}")
    o = _new(User)
    v = data["id"]
    if type(v) is not str:
        raise TypeError(f"User.id: expected str, got {type(v).__name__}")
    _User_id(o, v)
    v = data["email"]
    if type(v) is not str:
        raise TypeError(f"User.email: expected str, got {type(v).__name__}")
    _User_email(o, v)
    v = data["name"]
    if v is not None and type(v) is not str:
        raise TypeError(f"User.name: expected str, got {type(v).__name__}")
    _User_name(o, v)
    v = data["role"]
    m = _UserRole_members.get(v) if type(v) is str else None
    v = m if m is not None else _enum(UserRole, v)
    _User_role(o, v)
    v = data["status"]
    m = _UserStatus_members.get(v) if type(v) is str else None
    v = m if m is not None else _enum(UserStatus, v)
    _User_status(o, v)
    v = data["created_at"]
    v = _timestamp(v)
    _User_created_at(o, v)
    v = data["last_active_at"]
    if v is not None:
        v = _timestamp(v)
    _User_last_active_at(o, v)
    return o


_UserList_data = _slot(UserList, "data")
_UserList_meta = _slot(UserList, "meta")


def decode_user_list(data: object) -> UserList:
    v: Any
    if type(data) is not dict:
        raise TypeError(f"UserList: expected an object, got {type(data).__name__}")
    o = _new(UserList)
    v = data["data"]
    if type(v) is not list:
        raise TypeError(f"UserList.data: expected an array, got {type(v).__name__}")
    v = [decode_user(x) for x in v]
    _UserList_data(o, v)
    v = data["meta"]
    v = decode_page_meta(v)
    _UserList_meta(o, v)
    return o


_UserInvite_email = _slot(UserInvite, "email")
_UserInvite_role = _slot(UserInvite, "role")
_UserInvite_name = _slot(UserInvite, "name")


def decode_user_invite(data: object) -> UserInvite:
    v: Any
    m: Enum | None
    if type(data) is not dict:
        raise TypeError(f"UserInvite: expected an object, got {type(data).__name__}")
    o = _new(UserInvite)
    v = data["email"]
    if type(v) is not str:
        raise TypeError(f"UserInvite.email: expected str, got {type(v).__name__}")
    _UserInvite_email(o, v)
    v = data["role"]
    m = _UserRole_members.get(v) if type(v) is str else None
    v = m if m is not None else _enum(UserRole, v)
    _UserInvite_role(o, v)
    if "name" in data:
        v = data["name"]
        if v is not None and type(v) is not str:
            raise TypeError(f"UserInvite.name: expected str, got {type(v).__name__}")
        _UserInvite_name(o, v)
    else:
        _UserInvite_name(o, None)
    return o


_UserUpdate_role = _slot(UserUpdate, "role")
_UserUpdate_name = _slot(UserUpdate, "name")


def decode_user_update(data: object) -> UserUpdate:
    v: Any
    m: Enum | None
    if type(data) is not dict:
        raise TypeError(f"UserUpdate: expected an object, got {type(data).__name__}")
    o = _new(UserUpdate)
    if "role" in data:
        v = data["role"]
        m = _UserRole_members.get(v) if type(v) is str else None
        v = m if m is not None else _enum(UserRole, v)
        _UserUpdate_role(o, v)
    else:
        _UserUpdate_role(o, UNSET)
    if "name" in data:
        v = data["name"]
        if v is not None and type(v) is not str:
            raise TypeError(f"UserUpdate.name: expected str, got {type(v).__name__}")
        _UserUpdate_name(o, v)
    else:
        _UserUpdate_name(o, UNSET)
    return o


_Webhook_id = _slot(Webhook, "id")
_Webhook_url = _slot(Webhook, "url")
_Webhook_events = _slot(Webhook, "events")
_Webhook_description = _slot(Webhook, "description")
_Webhook_active = _slot(Webhook, "active")
_Webhook_created_at = _slot(Webhook, "created_at")
_Webhook_updated_at = _slot(Webhook, "updated_at")


def decode_webhook(data: object) -> Webhook:
    v: Any
    if type(data) is not dict:
        raise TypeError(f"Webhook: expected an object, got {type(data).__name__}")
    o = _new(Webhook)
    v = data["id"]
    if type(v) is not str:
        raise TypeError(f"Webhook.id: expected str, got {type(v).__name__}")
    _Webhook_id(o, v)
    v = data["url"]
    if type(v) is not str:
        raise TypeError(f"Webhook.url: expected str, got {type(v).__name__}")
    _Webhook_url(o, v)
    v = data["events"]
    if type(v) is not list:
        raise TypeError(f"Webhook.events: expected an array, got {type(v).__name__}")
    v = [_item_WebhookEventType(x) for x in v]
    _Webhook_events(o, v)
    v = data["description"]
    if v is not None and type(v) is not str:
        raise TypeError(f"Webhook.description: expected str, got {type(v).__name__}")
    _Webhook_description(o, v)
    v = data["active"]
    if type(v) is not bool:
        raise TypeError(f"Webhook.active: expected bool, got {type(v).__name__}")
    _Webhook_active(o, v)
    v = data["created_at"]
    v = _timestamp(v)
    _Webhook_created_at(o, v)
    v = data["updated_at"]
    v = _timestamp(v)
    _Webhook_updated_at(o, v)
    return o


_WebhookWithSecret_id = _slot(WebhookWithSecret, "id")
_WebhookWithSecret_url = _slot(WebhookWithSecret, "url")
_WebhookWithSecret_events = _slot(WebhookWithSecret, "events")
_WebhookWithSecret_description = _slot(WebhookWithSecret, "description")
_WebhookWithSecret_active = _slot(WebhookWithSecret, "active")
_WebhookWithSecret_created_at = _slot(WebhookWithSecret, "created_at")
_WebhookWithSecret_updated_at = _slot(WebhookWithSecret, "updated_at")
_WebhookWithSecret_secret = _slot(WebhookWithSecret, "secret")


def decode_webhook_with_secret(data: object) -> WebhookWithSecret:
    v: Any
    if type(data) is not dict:
        raise TypeError(f"WebhookWithSecret: expected an object, got {type(data).__name__}")
    o = _new(WebhookWithSecret)
    v = data["id"]
    if type(v) is not str:
        raise TypeError(f"WebhookWithSecret.id: expected str, got {type(v).__name__}")
    _WebhookWithSecret_id(o, v)
    v = data["url"]
    if type(v) is not str:
        raise TypeError(f"WebhookWithSecret.url: expected str, got {type(v).__name__}")
    _WebhookWithSecret_url(o, v)
    v = data["events"]
    if type(v) is not list:
        raise TypeError(f"WebhookWithSecret.events: expected an array, got {type(v).__name__}")
    v = [_item_WebhookEventType(x) for x in v]
    _WebhookWithSecret_events(o, v)
    v = data["description"]
    if v is not None and type(v) is not str:
        raise TypeError(f"WebhookWithSecret.description: expected str, got {type(v).__name__}")
    _WebhookWithSecret_description(o, v)
    v = data["active"]
    if type(v) is not bool:
        raise TypeError(f"WebhookWithSecret.active: expected bool, got {type(v).__name__}")
    _WebhookWithSecret_active(o, v)
    v = data["created_at"]
    v = _timestamp(v)
    _WebhookWithSecret_created_at(o, v)
    v = data["updated_at"]
    v = _timestamp(v)
    _WebhookWithSecret_updated_at(o, v)
    v = data["secret"]
    if type(v) is not str:
        raise TypeError(f"WebhookWithSecret.secret: expected str, got {type(v).__name__}")
    _WebhookWithSecret_secret(o, v)
    return o


_WebhookCreate_url = _slot(WebhookCreate, "url")
_WebhookCreate_events = _slot(WebhookCreate, "events")
_WebhookCreate_description = _slot(WebhookCreate, "description")


def decode_webhook_create(data: object) -> WebhookCreate:
    v: Any
    if type(data) is not dict:
        raise TypeError(f"WebhookCreate: expected an object, got {type(data).__name__}")
    o = _new(WebhookCreate)
    v = data["url"]
    if type(v) is not str:
        raise TypeError(f"WebhookCreate.url: expected str, got {type(v).__name__}")
    _WebhookCreate_url(o, v)
    v = data["events"]
    if type(v) is not list:
        raise TypeError(f"WebhookCreate.events: expected an array, got {type(v).__name__}")
    v = [_item_WebhookEventType(x) for x in v]
    _WebhookCreate_events(o, v)
    if "description" in data:
        v = data["description"]
        if v is not None and type(v) is not str:
            raise TypeError(f"WebhookCreate.description: expected str, got {type(v).__name__}")
        _WebhookCreate_description(o, v)
    else:
        _WebhookCreate_description(o, None)
    return o


_WebhookUpdate_url = _slot(WebhookUpdate, "url")
_WebhookUpdate_events = _slot(WebhookUpdate, "events")
_WebhookUpdate_description = _slot(WebhookUpdate, "description")
_WebhookUpdate_active = _slot(WebhookUpdate, "active")


def decode_webhook_update(data: object) -> WebhookUpdate:
    v: Any
    if type(data) is not dict:
        raise TypeError(f"WebhookUpdate: expected an object, got {type(data).__name__}")
    o = _new(WebhookUpdate)
    if "url" in data:
        v = data["url"]
        if type(v) is not str:
            raise TypeError(f"WebhookUpdate.url: expected str, got {type(v).__name__}")
        _WebhookUpdate_url(o, v)
    else:
        _WebhookUpdate_url(o, UNSET)
    if "events" in data:
        v = data["events"]
        if type(v) is not list:
            raise TypeError(f"WebhookUpdate.events: expected an array, got {type(v).__name__}")
        v = [_item_WebhookEventType(x) for x in v]
        _WebhookUpdate_events(o, v)
    else:
        _WebhookUpdate_events(o, UNSET)
    if "description" in data:
        v = data["description"]
        if v is not None and type(v) is not str:
            raise TypeError(f"WebhookUpdate.description: expected str, got {type(v).__name__}")
        _WebhookUpdate_description(o, v)
    else:
        _WebhookUpdate_description(o, UNSET)
    if "active" in data:
        v = data["active"]
        if type(v) is not bool:
            raise TypeError(f"WebhookUpdate.active: expected bool, got {type(v).__name__}")
        _WebhookUpdate_active(o, v)
    else:
        _WebhookUpdate_active(o, UNSET)
    return o


_WebhookList_data = _slot(WebhookList, "data")
_WebhookList_meta = _slot(WebhookList, "meta")


def decode_webhook_list(data: object) -> WebhookList:
    v: Any
    if type(data) is not dict:
        raise TypeError(f"WebhookList: expected an object, got {type(data).__name__}")
    o = _new(WebhookList)
    v = data["data"]
    if type(v) is not list:
        raise TypeError(f"WebhookList.data: expected an array, got {type(v).__name__}")
    v = [decode_webhook(x) for x in v]
    _WebhookList_data(o, v)
    v = data["meta"]
    v = decode_page_meta(v)
    _WebhookList_meta(o, v)
    return o


_WebhookDelivery_id = _slot(WebhookDelivery, "id")
_WebhookDelivery_webhook_id = _slot(WebhookDelivery, "webhook_id")
_WebhookDelivery_event_id = _slot(WebhookDelivery, "event_id")
_WebhookDelivery_event_type = _slot(WebhookDelivery, "event_type")
_WebhookDelivery_status = _slot(WebhookDelivery, "status")
_WebhookDelivery_status_code = _slot(WebhookDelivery, "status_code")
_WebhookDelivery_duration_ms = _slot(WebhookDelivery, "duration_ms")
_WebhookDelivery_attempt = _slot(WebhookDelivery, "attempt")
_WebhookDelivery_error = _slot(WebhookDelivery, "error")
_WebhookDelivery_delivered_at = _slot(WebhookDelivery, "delivered_at")
_WebhookDelivery_next_attempt_at = _slot(WebhookDelivery, "next_attempt_at")


def decode_webhook_delivery(data: object) -> WebhookDelivery:
    v: Any
    m: Enum | None
    if type(data) is not dict:
        raise TypeError(f"WebhookDelivery: expected an object, got {type(data).__name__}")
    o = _new(WebhookDelivery)
    v = data["id"]
    if type(v) is not str:
        raise TypeError(f"WebhookDelivery.id: expected str, got {type(v).__name__}")
    _WebhookDelivery_id(o, v)
    v = data["webhook_id"]
    if type(v) is not str:
        raise TypeError(f"WebhookDelivery.webhook_id: expected str, got {type(v).__name__}")
    _WebhookDelivery_webhook_id(o, v)
    v = data["event_id"]
    if type(v) is not str:
        raise TypeError(f"WebhookDelivery.event_id: expected str, got {type(v).__name__}")
    _WebhookDelivery_event_id(o, v)
    v = data["event_type"]
    m = _WebhookEventType_members.get(v) if type(v) is str else None
    v = m if m is not None else _enum(WebhookEventType, v)
    _WebhookDelivery_event_type(o, v)
    v = data["status"]
    m = _DeliveryStatus_members.get(v) if type(v) is str else None
    v = m if m is not None else _enum(DeliveryStatus, v)
    _WebhookDelivery_status(o, v)
    v = data["status_code"]
    if v is not None and type(v) is not int:
        raise TypeError(f"WebhookDelivery.status_code: expected int, got {type(v).__name__}")
    _WebhookDelivery_status_code(o, v)
    v = data["duration_ms"]
    if v is not None and type(v) is not int:
        raise TypeError(f"WebhookDelivery.duration_ms: expected int, got {type(v).__name__}")
    _WebhookDelivery_duration_ms(o, v)
    v = data["attempt"]
    if type(v) is not int:
        raise TypeError(f"WebhookDelivery.attempt: expected int, got {type(v).__name__}")
    _WebhookDelivery_attempt(o, v)
    v = data["error"]
    if v is not None and type(v) is not str:
        raise TypeError(f"WebhookDelivery.error: expected str, got {type(v).__name__}")
    _WebhookDelivery_error(o, v)
    v = data["delivered_at"]
    if v is not None:
        v = _timestamp(v)
    _WebhookDelivery_delivered_at(o, v)
    v = data["next_attempt_at"]
    if v is not None:
        v = _timestamp(v)
    _WebhookDelivery_next_attempt_at(o, v)
    return o


_WebhookDeliveryList_data = _slot(WebhookDeliveryList, "data")
_WebhookDeliveryList_meta = _slot(WebhookDeliveryList, "meta")


def decode_webhook_delivery_list(data: object) -> WebhookDeliveryList:
    v: Any
    if type(data) is not dict:
        raise TypeError(f"WebhookDeliveryList: expected an object, got {type(data).__name__}")
    o = _new(WebhookDeliveryList)
    v = data["data"]
    if type(v) is not list:
        raise TypeError(f"WebhookDeliveryList.data: expected an array, got {type(v).__name__}")
    v = [decode_webhook_delivery(x) for x in v]
    _WebhookDeliveryList_data(o, v)
    v = data["meta"]
    v = decode_page_meta(v)
    _WebhookDeliveryList_meta(o, v)
    return o


_QualitySummary_schedule_id = _slot(QualitySummary, "schedule_id")
_QualitySummary_score = _slot(QualitySummary, "score")
_QualitySummary_grade = _slot(QualitySummary, "grade")
_QualitySummary_completed_at = _slot(QualitySummary, "completed_at")


def decode_quality_summary(data: object) -> QualitySummary:
    v: Any
    m: Enum | None
    if type(data) is not dict:
        raise TypeError(f"QualitySummary: expected an object, got {type(data).__name__}")
    o = _new(QualitySummary)
    v = data["schedule_id"]
    if type(v) is not str:
        raise TypeError(f"QualitySummary.schedule_id: expected str, got {type(v).__name__}")
    _QualitySummary_schedule_id(o, v)
    v = data["score"]
    if type(v) is not float:
        if type(v) is not int:
            raise TypeError(f"QualitySummary.score: expected a number, got {type(v).__name__}")
        v = float(v)
    _QualitySummary_score(o, v)
    v = data["grade"]
    m = _QualityGrade_members.get(v) if type(v) is str else None
    v = m if m is not None else _enum(QualityGrade, v)
    _QualitySummary_grade(o, v)
    v = data["completed_at"]
    v = _timestamp(v)
    _QualitySummary_completed_at(o, v)
    return o


_PingData_webhook_id = _slot(PingData, "webhook_id")
_PingData_message = _slot(PingData, "message")


def decode_ping_data(data: object) -> PingData:
    v: Any
    if type(data) is not dict:
        raise TypeError(f"PingData: expected an object, got {type(data).__name__}")
    o = _new(PingData)
    v = data["webhook_id"]
    if type(v) is not str:
        raise TypeError(f"PingData.webhook_id: expected str, got {type(v).__name__}")
    _PingData_webhook_id(o, v)
    v = data["message"]
    if type(v) is not str:
        raise TypeError(f"PingData.message: expected str, got {type(v).__name__}")
    _PingData_message(o, v)
    return o


_ScheduleUploadedEvent_id = _slot(ScheduleUploadedEvent, "id")
_ScheduleUploadedEvent_type = _slot(ScheduleUploadedEvent, "type")
_ScheduleUploadedEvent_created_at = _slot(ScheduleUploadedEvent, "created_at")
_ScheduleUploadedEvent_project_id = _slot(ScheduleUploadedEvent, "project_id")
_ScheduleUploadedEvent_data = _slot(ScheduleUploadedEvent, "data")


def decode_schedule_uploaded_event(data: object) -> ScheduleUploadedEvent:
    v: Any
    if type(data) is not dict:
        raise TypeError(f"ScheduleUploadedEvent: expected an object, got {type(data).__name__}")
    o = _new(ScheduleUploadedEvent)
    v = data["id"]
    if type(v) is not str:
        raise TypeError(f"ScheduleUploadedEvent.id: expected str, got {type(v).__name__}")
    _ScheduleUploadedEvent_id(o, v)
    v = data["type"]
    if v not in ("schedule.uploaded",):
        raise ValueError(f"ScheduleUploadedEvent.type: {v!r} is not ('schedule.uploaded',)")
    _ScheduleUploadedEvent_type(o, v)
    v = data["created_at"]
    v = _timestamp(v)
    _ScheduleUploadedEvent_created_at(o, v)
    v = data["project_id"]
    if type(v) is not str:
        raise TypeError(f"ScheduleUploadedEvent.project_id: expected str, got {type(v).__name__}")
    _ScheduleUploadedEvent_project_id(o, v)
    v = data["data"]
    v = decode_schedule(v)
    _ScheduleUploadedEvent_data(o, v)
    return o


_ScheduleProcessedEvent_id = _slot(ScheduleProcessedEvent, "id")
_ScheduleProcessedEvent_type = _slot(ScheduleProcessedEvent, "type")
_ScheduleProcessedEvent_created_at = _slot(ScheduleProcessedEvent, "created_at")
_ScheduleProcessedEvent_project_id = _slot(ScheduleProcessedEvent, "project_id")
_ScheduleProcessedEvent_data = _slot(ScheduleProcessedEvent, "data")


def decode_schedule_processed_event(data: object) -> ScheduleProcessedEvent:
    v: Any
    if type(data) is not dict:
        raise TypeError(f"ScheduleProcessedEvent: expected an object, got {type(data).__name__}")
    o = _new(ScheduleProcessedEvent)
    v = data["id"]
    if type(v) is not str:
        raise TypeError(f"ScheduleProcessedEvent.id: expected str, got {type(v).__name__}")
    _ScheduleProcessedEvent_id(o, v)
    v = data["type"]
    if v not in ("schedule.processed",):
        raise ValueError(f"ScheduleProcessedEvent.type: {v!r} is not ('schedule.processed',)")
    _ScheduleProcessedEvent_type(o, v)
    v = data["created_at"]
    v = _timestamp(v)
    _ScheduleProcessedEvent_created_at(o, v)
    v = data["project_id"]
    if type(v) is not str:
        raise TypeError(f"ScheduleProcessedEvent.project_id: expected str, got {type(v).__name__}")
    _ScheduleProcessedEvent_project_id(o, v)
    v = data["data"]
    v = decode_schedule(v)
    _ScheduleProcessedEvent_data(o, v)
    return o


_ScheduleFailedEvent_id = _slot(ScheduleFailedEvent, "id")
_ScheduleFailedEvent_type = _slot(ScheduleFailedEvent, "type")
_ScheduleFailedEvent_created_at = _slot(ScheduleFailedEvent, "created_at")
_ScheduleFailedEvent_project_id = _slot(ScheduleFailedEvent, "project_id")
_ScheduleFailedEvent_data = _slot(ScheduleFailedEvent, "data")


def decode_schedule_failed_event(data: object) -> ScheduleFailedEvent:
    v: Any
    if type(data) is not dict:
        raise TypeError(f"ScheduleFailedEvent: expected an object, got {type(data).__name__}")
    o = _new(ScheduleFailedEvent)
    v = data["id"]
    if type(v) is not str:
        raise TypeError(f"ScheduleFailedEvent.id: expected str, got {type(v).__name__}")
    _ScheduleFailedEvent_id(o, v)
    v = data["type"]
    if v not in ("schedule.failed",):
        raise ValueError(f"ScheduleFailedEvent.type: {v!r} is not ('schedule.failed',)")
    _ScheduleFailedEvent_type(o, v)
    v = data["created_at"]
    v = _timestamp(v)
    _ScheduleFailedEvent_created_at(o, v)
    v = data["project_id"]
    if type(v) is not str:
        raise TypeError(f"ScheduleFailedEvent.project_id: expected str, got {type(v).__name__}")
    _ScheduleFailedEvent_project_id(o, v)
    v = data["data"]
    v = decode_schedule(v)
    _ScheduleFailedEvent_data(o, v)
    return o


_BaselineMarkedEvent_id = _slot(BaselineMarkedEvent, "id")
_BaselineMarkedEvent_type = _slot(BaselineMarkedEvent, "type")
_BaselineMarkedEvent_created_at = _slot(BaselineMarkedEvent, "created_at")
_BaselineMarkedEvent_project_id = _slot(BaselineMarkedEvent, "project_id")
_BaselineMarkedEvent_data = _slot(BaselineMarkedEvent, "data")


def decode_baseline_marked_event(data: object) -> BaselineMarkedEvent:
    v: Any
    if type(data) is not dict:
        raise TypeError(f"BaselineMarkedEvent: expected an object, got {type(data).__name__}")
    o = _new(BaselineMarkedEvent)
    v = data["id"]
    if type(v) is not str:
        raise TypeError(f"BaselineMarkedEvent.id: expected str, got {type(v).__name__}")
    _BaselineMarkedEvent_id(o, v)
    v = data["type"]
    if v not in ("baseline.marked",):
        raise ValueError(f"BaselineMarkedEvent.type: {v!r} is not ('baseline.marked',)")
    _BaselineMarkedEvent_type(o, v)
    v = data["created_at"]
    v = _timestamp(v)
    _BaselineMarkedEvent_created_at(o, v)
    v = data["project_id"]
    if type(v) is not str:
        raise TypeError(f"BaselineMarkedEvent.project_id: expected str, got {type(v).__name__}")
    _BaselineMarkedEvent_project_id(o, v)
    v = data["data"]
    v = decode_baseline(v)
    _BaselineMarkedEvent_data(o, v)
    return o


_QualityCompleteEvent_id = _slot(QualityCompleteEvent, "id")
_QualityCompleteEvent_type = _slot(QualityCompleteEvent, "type")
_QualityCompleteEvent_created_at = _slot(QualityCompleteEvent, "created_at")
_QualityCompleteEvent_project_id = _slot(QualityCompleteEvent, "project_id")
_QualityCompleteEvent_data = _slot(QualityCompleteEvent, "data")


def decode_quality_complete_event(data: object) -> QualityCompleteEvent:
    v: Any
    if type(data) is not dict:
        raise TypeError(f"QualityCompleteEvent: expected an object, got {type(data).__name__}")
    o = _new(QualityCompleteEvent)
    v = data["id"]
    if type(v) is not str:
        raise TypeError(f"QualityCompleteEvent.id: expected str, got {type(v).__name__}")
    _QualityCompleteEvent_id(o, v)
    v = data["type"]
    if v not in ("quality.complete",):
        raise ValueError(f"QualityCompleteEvent.type: {v!r} is not ('quality.complete',)")
    _QualityCompleteEvent_type(o, v)
    v = data["created_at"]
    v = _timestamp(v)
    _QualityCompleteEvent_created_at(o, v)
    v = data["project_id"]
    if type(v) is not str:
        raise TypeError(f"QualityCompleteEvent.project_id: expected str, got {type(v).__name__}")
    _QualityCompleteEvent_project_id(o, v)
    v = data["data"]
    v = decode_quality_summary(v)
    _QualityCompleteEvent_data(o, v)
    return o


_PingEvent_id = _slot(PingEvent, "id")
_PingEvent_type = _slot(PingEvent, "type")
_PingEvent_created_at = _slot(PingEvent, "created_at")
_PingEvent_project_id = _slot(PingEvent, "project_id")
_PingEvent_data = _slot(PingEvent, "data")


def decode_ping_event(data: object) -> PingEvent:
    v: Any
    if type(data) is not dict:
        raise TypeError(f"PingEvent: expected an object, got {type(data).__name__}")
    o = _new(PingEvent)
    v = data["id"]
    if type(v) is not str:
        raise TypeError(f"PingEvent.id: expected str, got {type(v).__name__}")
    _PingEvent_id(o, v)
    v = data["type"]
    if v not in ("ping",):
        raise ValueError(f"PingEvent.type: {v!r} is not ('ping',)")
    _PingEvent_type(o, v)
    v = data["created_at"]
    v = _timestamp(v)
    _PingEvent_created_at(o, v)
    v = data["project_id"]
    if v is not None and type(v) is not str:
        raise TypeError(f"PingEvent.project_id: expected str, got {type(v).__name__}")
    _PingEvent_project_id(o, v)
    v = data["data"]
    v = decode_ping_data(v)
    _PingEvent_data(o, v)
    return o


#: Model class → its decoder; ``_converter.structure`` looks models up here.
DECODERS: dict[type[Any], Callable[[object], Any]] = {
    PageMeta: decode_page_meta,
    ErrorDetail: decode_error_detail,
    ErrorBody: decode_error_body,
    Error: decode_error,
    Project: decode_project,
    ProjectCreate: decode_project_create,
    ProjectUpdate: decode_project_update,
    ProjectList: decode_project_list,
    Schedule: decode_schedule,
    ScheduleUpload: decode_schedule_upload,
    ScheduleList: decode_schedule_list,
    ActivityLink: decode_activity_link,
    Activity: decode_activity,
    ActivityList: decode_activity_list,
    ActivityUpdate: decode_activity_update,
    ActivityBatchUpdateItem: decode_activity_batch_update_item,
    ActivityBatchUpdate: decode_activity_batch_update,
    ActivityBatchResult: decode_activity_batch_result,
    Baseline: decode_baseline,
    BaselineCreate: decode_baseline_create,
    BaselineList: decode_baseline_list,
    QualityCategory: decode_quality_category,
    QualityReport: decode_quality_report,
    QualityCheckResult: decode_quality_check_result,
    QualityCheckList: decode_quality_check_list,
    QualityCheckDetail: decode_quality_check_detail,
    Resource: decode_resource,
    ResourceList: decode_resource_list,
    ResourceAssignment: decode_resource_assignment,
    ResourceAssignmentList: decode_resource_assignment_list,
    LoadingBucket: decode_loading_bucket,
    ResourceLoading: decode_resource_loading,
    User: decode_user,
    UserList: decode_user_list,
    UserInvite: decode_user_invite,
    UserUpdate: decode_user_update,
    Webhook: decode_webhook,
    WebhookWithSecret: decode_webhook_with_secret,
    WebhookCreate: decode_webhook_create,
    WebhookUpdate: decode_webhook_update,
    WebhookList: decode_webhook_list,
    WebhookDelivery: decode_webhook_delivery,
    WebhookDeliveryList: decode_webhook_delivery_list,
    QualitySummary: decode_quality_summary,
    PingData: decode_ping_data,
    ScheduleUploadedEvent: decode_schedule_uploaded_event,
    ScheduleProcessedEvent: decode_schedule_processed_event,
    ScheduleFailedEvent: decode_schedule_failed_event,
    BaselineMarkedEvent: decode_baseline_marked_event,
    QualityCompleteEvent: decode_quality_complete_event,
    PingEvent: decode_ping_event,
}
