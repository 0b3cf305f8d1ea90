# generated from openapi/planner.yaml — do not edit (run `python -m codegen`)
# spec sha256: 1715851c6ba5db4fe292c091fa8402e955f8eee7af1dabe64e50ccd7824a8c75

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any, Literal

import attrs

from kazinex_planner._enum_compat import _unknown_member
from kazinex_planner._model import PlannerModel
from kazinex_planner._unset import UNSET, UnsetType


@attrs.frozen(kw_only=True)
class PageMeta(PlannerModel):
    """Pagination metadata returned beside `data` by every list operation. Pages are 1-based; an out-of-range page returns an empty `data` array (not an error) with the real `total`."""

    total: int
    """Total number of items matching the filters, across all pages."""
    page: int
    """The 1-based page number returned."""
    per_page: int
    """The page size used (the `per_page` query value, default 50, maximum 200)."""


class ErrorType(StrEnum):
    """Machine-readable error type; each maps to one HTTP status: `invalid_request` 400, `unauthenticated` 401, `insufficient_scope` 403 (a read-only key attempted a write), `forbidden` 403 (the key's user lacks the role, e.g. non-admin on /users), `not_found` 404, `conflict` 409, `payload_too_large` 413, `unsupported_media_type` 415, `validation_failed` 422, `rate_limited` 429, `internal` 500, `unavailable` 503. New types may be added; clients should fall back on the HTTP status."""

    invalid_request = "invalid_request"
    unauthenticated = "unauthenticated"
    insufficient_scope = "insufficient_scope"
    forbidden = "forbidden"
    not_found = "not_found"
    conflict = "conflict"
    payload_too_large = "payload_too_large"
    unsupported_media_type = "unsupported_media_type"
    validation_failed = "validation_failed"
    rate_limited = "rate_limited"
    internal = "internal"
    unavailable = "unavailable"

    @classmethod
    def _missing_(cls, value: object) -> ErrorType | None:
        """Keep values the server added after this SDK was generated (open enum)."""
        return _unknown_member(cls, value)


@attrs.frozen(kw_only=True)
class ErrorDetail(PlannerModel):
    """One specific problem behind an error, usually tied to a request field."""

    field: str | None
    """Dotted path of the offending input (`updates[3].percent_complete`, a query parameter name, or `file`); for 429 it names the exhausted window, `minute` or `day`; null when the problem is not tied to one field."""
    issue: str
    """Human-readable description of the problem with that field."""


@attrs.frozen(kw_only=True)
class ErrorBody(PlannerModel):
    """The error itself: a stable `type` to branch on, a human message, the request id to quote to support and optional per-field details."""

    type: ErrorType
    """Machine-readable error type."""
    message: str
    """Human-readable summary; wording may change, do not parse it."""
    request_id: str
    """Id of the request (`req_` prefix); identical to the `X-Request-Id` header."""
    details: list[ErrorDetail]
    """Per-field problems; empty when there is nothing more specific."""


@attrs.frozen(kw_only=True)
class Error(PlannerModel):
    """Error envelope returned with every 4xx and 5xx status."""

    error: ErrorBody
    """The error details."""


class ScheduleFormat(StrEnum):
    """Detected file format of an uploaded schedule: `xer` (Primavera P6 XER, `.xer`), `mspdi` (Microsoft Project XML, `.xml`), `pmxml` (Primavera P6 XML, `.xml` with an `APIBusinessObjects` root). Binary `.mpp` files are not accepted by the API (export MSPDI XML from Project instead)."""

    xer = "xer"
    mspdi = "mspdi"
    pmxml = "pmxml"

    @classmethod
    def _missing_(cls, value: object) -> ScheduleFormat | None:
        """Keep values the server added after this SDK was generated (open enum)."""
        return _unknown_member(cls, value)


class ScheduleStatus(StrEnum):
    """Processing state of an uploaded schedule revision: `processing` right after upload, then `ready` (parsed; activities, resources and quality are available) or `failed` (see `error`)."""

    processing = "processing"
    ready = "ready"
    failed = "failed"

    @classmethod
    def _missing_(cls, value: object) -> ScheduleStatus | None:
        """Keep values the server added after this SDK was generated (open enum)."""
        return _unknown_member(cls, value)


class ScheduleRole(StrEnum):
    """Role of a schedule revision in its project. At most one revision is `current` (the newest `ready` upload becomes current automatically; the previous current becomes `archived`) and at most one is the primary `baseline`. `none` marks revisions that are processing, failed or unassigned."""

    current = "current"
    baseline = "baseline"
    archived = "archived"
    none = "none"

    @classmethod
    def _missing_(cls, value: object) -> ScheduleRole | None:
        """Keep values the server added after this SDK was generated (open enum)."""
        return _unknown_member(cls, value)


class ActivityType(StrEnum):
    """Activity type (P6 `TT_Task`, `TT_Rsrc`, `TT_LOE`, `TT_Mile`, `TT_FinMile`, `TT_WBS`; MSPDI tasks map to `task`, milestones to `finish_milestone` unless they have no predecessors)."""

    task = "task"
    resource_dependent = "resource_dependent"
    level_of_effort = "level_of_effort"
    start_milestone = "start_milestone"
    finish_milestone = "finish_milestone"
    wbs_summary = "wbs_summary"

    @classmethod
    def _missing_(cls, value: object) -> ActivityType | None:
        """Keep values the server added after this SDK was generated (open enum)."""
        return _unknown_member(cls, value)


class ActivityStatus(StrEnum):
    """Progress status, derived from actual dates: no actual start = `not_started`, actual start without actual finish = `in_progress`, actual finish = `completed`."""

    not_started = "not_started"
    in_progress = "in_progress"
    completed = "completed"

    @classmethod
    def _missing_(cls, value: object) -> ActivityStatus | None:
        """Keep values the server added after this SDK was generated (open enum)."""
        return _unknown_member(cls, value)


class PercentCompleteType(StrEnum):
    """How percent complete is measured (P6 percent complete type)."""

    physical = "physical"
    duration = "duration"
    units = "units"

    @classmethod
    def _missing_(cls, value: object) -> PercentCompleteType | None:
        """Keep values the server added after this SDK was generated (open enum)."""
        return _unknown_member(cls, value)


class DurationType(StrEnum):
    """Duration type: the first four are the P6 values; `fixed_duration` and `fixed_work` come from MSPDI (Microsoft Project `Fixed Duration` / `Fixed Work`; `Fixed Units` maps to `fixed_units`)."""

    fixed_duration_and_units = "fixed_duration_and_units"
    fixed_duration_and_units_per_time = "fixed_duration_and_units_per_time"
    fixed_units = "fixed_units"
    fixed_units_per_time = "fixed_units_per_time"
    fixed_duration = "fixed_duration"
    fixed_work = "fixed_work"

    @classmethod
    def _missing_(cls, value: object) -> DurationType | None:
        """Keep values the server added after this SDK was generated (open enum)."""
        return _unknown_member(cls, value)


class ConstraintType(StrEnum):
    """Primary scheduling constraint. `as_soon_as_possible` means no constraint. The hard constraints counted by the `hard-constraints` and `constraint-percent` checks are `must_start_on`, `must_finish_on`, `mandatory_start` and `mandatory_finish`. MSPDI SNET/SNLT/FNET/FNLT map to `start_on_or_after`/`start_on_or_before`/`finish_on_or_after`/`finish_on_or_before`."""

    as_soon_as_possible = "as_soon_as_possible"
    as_late_as_possible = "as_late_as_possible"
    start_on = "start_on"
    start_on_or_after = "start_on_or_after"
    start_on_or_before = "start_on_or_before"
    finish_on = "finish_on"
    finish_on_or_after = "finish_on_or_after"
    finish_on_or_before = "finish_on_or_before"
    must_start_on = "must_start_on"
    must_finish_on = "must_finish_on"
    mandatory_start = "mandatory_start"
    mandatory_finish = "mandatory_finish"

    @classmethod
    def _missing_(cls, value: object) -> ConstraintType | None:
        """Keep values the server added after this SDK was generated (open enum)."""
        return _unknown_member(cls, value)


class RelationshipType(StrEnum):
    """Logic relationship type: finish-to-start (default), start-to-start, finish-to-finish, start-to-finish. Upper case as in P6 and the Kazinex app."""

    fs = "FS"
    ss = "SS"
    ff = "FF"
    sf = "SF"

    @classmethod
    def _missing_(cls, value: object) -> RelationshipType | None:
        """Keep values the server added after this SDK was generated (open enum)."""
        return _unknown_member(cls, value)


class QualityStatus(StrEnum):
    """State of a quality report: `pending` while the schedule is processing or the checks are running, `complete` once every check has a verdict (the `quality.complete` webhook fires then)."""

    pending = "pending"
    complete = "complete"

    @classmethod
    def _missing_(cls, value: object) -> QualityStatus | None:
        """Keep values the server added after this SDK was generated (open enum)."""
        return _unknown_member(cls, value)


class QualityGrade(StrEnum):
    """Grade derived from the overall score: >= 90 `excellent`, >= 70 `good`, >= 50 `fair`, >= 30 `poor`, otherwise `critical`. (The app's tutorial mentions letter grades A+..F; the API uses these labels, which the quality overview and scoring pages define with exact bands.)"""

    excellent = "excellent"
    good = "good"
    fair = "fair"
    poor = "poor"
    critical = "critical"

    @classmethod
    def _missing_(cls, value: object) -> QualityGrade | None:
        """Keep values the server added after this SDK was generated (open enum)."""
        return _unknown_member(cls, value)


class QualityCategoryId(StrEnum):
    """Quality check category. Default category weights: logic 20, duration 15, critical_path 15, constraints 10, resources 10, progress 10, best_practice 2.5, configuration 1 (the app's Regional category is not exposed by the API)."""

    logic = "logic"
    duration = "duration"
    critical_path = "critical_path"
    constraints = "constraints"
    resources = "resources"
    progress = "progress"
    best_practice = "best_practice"
    configuration = "configuration"

    @classmethod
    def _missing_(cls, value: object) -> QualityCategoryId | None:
        """Keep values the server added after this SDK was generated (open enum)."""
        return _unknown_member(cls, value)


class CheckVerdict(StrEnum):
    """Outcome of one check. `not_applicable` is an API addition to the app's Pass/Warning/Fail: the schedule data cannot support the check (e.g. `missing-resources` on a file without resources, progress checks on an unstarted schedule); such checks have a null score and are excluded from category and overall scores instead of silently counting as a pass."""

    pass_ = "pass"
    warning = "warning"
    fail = "fail"
    not_applicable = "not_applicable"

    @classmethod
    def _missing_(cls, value: object) -> CheckVerdict | None:
        """Keep values the server added after this SDK was generated (open enum)."""
        return _unknown_member(cls, value)


class CheckSeverity(StrEnum):
    """Severity of a check's findings. The docs use two scales (Critical/Major/Minor/Info on the category pages, Critical/High/Medium/Low in the reference table); the API uses the category-page scale (High maps to major, Medium and Low to minor)."""

    critical = "critical"
    major = "major"
    minor = "minor"
    info = "info"

    @classmethod
    def _missing_(cls, value: object) -> CheckSeverity | None:
        """Keep values the server added after this SDK was generated (open enum)."""
        return _unknown_member(cls, value)


class CheckUnit(StrEnum):
    """Unit of a check's `value` and `threshold`: `percent` (0-100, share of activities or relationships), `count` (number of occurrences), `hours` (working hours), `ratio` (dimensionless, e.g. CPLI or relationships per activity)."""

    percent = "percent"
    count_ = "count"
    hours = "hours"
    ratio = "ratio"

    @classmethod
    def _missing_(cls, value: object) -> CheckUnit | None:
        """Keep values the server added after this SDK was generated (open enum)."""
        return _unknown_member(cls, value)


class ResourceType(StrEnum):
    """Resource type (P6 `RT_Labor`, `RT_Equip`, `RT_Mat`; the app's Labour/Equipment/Material). Labor units are hours; material units are quantities in `unit_of_measure`."""

    labor = "labor"
    nonlabor = "nonlabor"
    material = "material"

    @classmethod
    def _missing_(cls, value: object) -> ResourceType | None:
        """Keep values the server added after this SDK was generated (open enum)."""
        return _unknown_member(cls, value)


class LoadingInterval(StrEnum):
    """Width of resource-loading buckets. Weeks start on Monday 00:00 UTC, months on the 1st, days at 00:00 UTC."""

    day = "day"
    week = "week"
    month = "month"

    @classmethod
    def _missing_(cls, value: object) -> LoadingInterval | None:
        """Keep values the server added after this SDK was generated (open enum)."""
        return _unknown_member(cls, value)


class UserRole(StrEnum):
    """Workspace role: `admin` manages users, keys and webhooks; `editor` can change project data; `viewer` is read-only. An API key never has more rights than its user's role allows."""

    admin = "admin"
    editor = "editor"
    viewer = "viewer"

    @classmethod
    def _missing_(cls, value: object) -> UserRole | None:
        """Keep values the server added after this SDK was generated (open enum)."""
        return _unknown_member(cls, value)


class UserStatus(StrEnum):
    """Membership status: `invited` until the invitation is accepted, then `active`; `disabled` users cannot sign in and their API keys stop working."""

    invited = "invited"
    active = "active"
    disabled = "disabled"

    @classmethod
    def _missing_(cls, value: object) -> UserStatus | None:
        """Keep values the server added after this SDK was generated (open enum)."""
        return _unknown_member(cls, value)


class WebhookEventType(StrEnum):
    """Webhook event types. `schedule.uploaded` fires when an upload is accepted (status processing), `schedule.processed` when it becomes ready, `schedule.failed` when parsing fails, `baseline.marked` when a baseline is marked, `quality.complete` when a quality report completes, and `ping` only from the send-test operation (subscribing to `ping` is allowed but not needed)."""

    schedule_uploaded = "schedule.uploaded"
    schedule_processed = "schedule.processed"
    schedule_failed = "schedule.failed"
    baseline_marked = "baseline.marked"
    quality_complete = "quality.complete"
    ping = "ping"

    @classmethod
    def _missing_(cls, value: object) -> WebhookEventType | None:
        """Keep values the server added after this SDK was generated (open enum)."""
        return _unknown_member(cls, value)


class DeliveryStatus(StrEnum):
    """State of a webhook delivery: `pending` (not yet attempted, or waiting for a retry), `succeeded` (a 2xx within 10 s), `failed` (all retries exhausted)."""

    pending = "pending"
    succeeded = "succeeded"
    failed = "failed"

    @classmethod
    def _missing_(cls, value: object) -> DeliveryStatus | None:
        """Keep values the server added after this SDK was generated (open enum)."""
        return _unknown_member(cls, value)


class ProjectSort(StrEnum):
    """Sort order for project lists: a field name, prefixed with `-` for descending. Ties are broken by id. Projects with no quality score sort last in both directions."""

    name_ = "name"
    field_name = "-name"
    created_at = "created_at"
    field_created_at = "-created_at"
    updated_at = "updated_at"
    field_updated_at = "-updated_at"
    quality_score = "quality_score"
    field_quality_score = "-quality_score"

    @classmethod
    def _missing_(cls, value: object) -> ProjectSort | None:
        """Keep values the server added after this SDK was generated (open enum)."""
        return _unknown_member(cls, value)


@attrs.frozen(kw_only=True)
class Project(PlannerModel):
    """A project: a container for the uploaded revisions of one schedule, its baselines and quality results. Summary fields (`data_date`, `activity_count`, `quality_score`, `quality_grade`) reflect the current schedule and are null/0 until one is ready."""

    id: str
    """Project id (`proj_` prefix)."""
    name: str
    """Project name."""
    code: str | None
    """Short project code (e.g. the P6 project short name); null when not set."""
    description: str | None
    """Free-text description; null when not set."""
    created_at: datetime
    """When the project was created."""
    updated_at: datetime
    """When the project or its current/baseline assignment last changed."""
    schedule_count: int
    """Number of schedule revisions uploaded (all statuses)."""
    current_schedule_id: str | None
    """Id of the revision with role `current`; null before the first ready upload."""
    baseline_schedule_id: str | None
    """Id of the schedule revision marked as primary baseline; null when none."""
    data_date: datetime | None
    """Data date (status date) of the current schedule; null when there is none."""
    activity_count: int
    """Number of activities in the current schedule; 0 when there is none."""
    quality_score: float | None
    """Overall quality score 0-100 of the current schedule; null until its report is complete."""
    quality_grade: QualityGrade | None
    """Grade of `quality_score`; null when the score is null."""


@attrs.frozen(kw_only=True)
class ProjectCreate(PlannerModel):
    """Body for creating an empty project; upload a schedule afterwards. Unknown properties are refused with 422 `validation_failed` naming each one, hence `additionalProperties: false` (without it, generated clients and test tools would assume extra properties are accepted)."""

    name: str
    """Project name."""
    code: str | None = None
    """Optional short project code."""
    description: str | None = None
    """Optional free-text description."""


@attrs.frozen(kw_only=True)
class ProjectUpdate(PlannerModel):
    """Partial update of a project (JSON merge semantics): absent fields are unchanged; at least one field is required. Unknown properties are refused with 422 `validation_failed` naming each one, hence `additionalProperties: false` (without it, generated clients and test tools would assume extra properties are accepted)."""

    name: str | UnsetType = UNSET
    """New project name (cannot be cleared)."""
    code: str | UnsetType | None = UNSET
    """New project code; send null to clear."""
    description: str | UnsetType | None = UNSET
    """New description; send null to clear."""


@attrs.frozen(kw_only=True)
class ProjectList(PlannerModel):
    """A page of projects."""

    data: list[Project]
    """The Project objects on this page, in the requested order."""
    meta: PageMeta
    """Pagination metadata for this list."""


@attrs.frozen(kw_only=True)
class Schedule(PlannerModel):
    """One uploaded schedule file (a revision of the project's schedule). Parsing is asynchronous: the upload returns `processing`; poll this resource or subscribe to `schedule.processed` / `schedule.failed`. Fields derived from the file content are null until the revision is ready."""

    id: str
    """Schedule revision id (`sch_` prefix)."""
    project_id: str
    """Id of the owning project."""
    revision: int
    """Revision number within the project, 1-based, assigned at upload in upload order."""
    label: str | None
    """Label given at upload; null when none was sent."""
    file_name: str
    """Original file name of the upload."""
    format: ScheduleFormat
    """File format, detected from the content synchronously at upload (unrecognised files are rejected with 415, so it is never null)."""
    size_bytes: int
    """File size in bytes (at most 104857600)."""
    sha256: str
    """Lower-case hex SHA-256 of the uploaded bytes, for de-duplication and integrity checks."""
    status: ScheduleStatus
    """Processing status."""
    error: str | None
    """Why processing failed (e.g. the XER has no PROJECT table); null unless status is `failed`."""
    role: ScheduleRole
    """Role of this revision in the project."""
    data_date: datetime | None
    """Data date read from the file; null until ready."""
    activity_count: int | None
    """Number of activities; null until ready."""
    relationship_count: int | None
    """Number of logic relationships; null until ready."""
    uploaded_at: datetime
    """When the upload was accepted."""
    processed_at: datetime | None
    """When processing finished (ready or failed); null while processing."""


@attrs.frozen(kw_only=True)
class ScheduleUpload(PlannerModel):
    """multipart/form-data body of a schedule upload. Unknown form fields are refused with 422 `validation_failed` naming each one, hence `additionalProperties: false` (without it, generated clients and test tools would assume extra properties are accepted)."""

    file: Any
    """The schedule file: Primavera P6 `.xer`, Primavera P6 XML or Microsoft Project XML (MSPDI) `.xml`; at most 100 MB (104857600 bytes). The format is detected from the content, not the extension. An XER holding several projects becomes one revision with the activities of all of them. No `type` is declared: in OpenAPI 3.1 a binary part is described by `contentMediaType` alone (a `type: string` would make strict validators reject raw bytes)."""
    label: str | None = None
    """Optional label for the revision, e.g. `Update 05 - February 2026`."""


@attrs.frozen(kw_only=True)
class ScheduleList(PlannerModel):
    """A page of schedule revisions, newest revision first."""

    data: list[Schedule]
    """The Schedule objects on this page, in the requested order."""
    meta: PageMeta
    """Pagination metadata for this list."""


@attrs.frozen(kw_only=True)
class ActivityLink(PlannerModel):
    """One logic relationship as seen from an activity (in `predecessors`, the other activity is the predecessor; in `successors`, the successor)."""

    activity_id: str
    """Id of the other activity. For external links it belongs to another project and may not be retrievable under this project."""
    code: str
    """Activity code (P6 task_code) of the other activity."""
    type: RelationshipType
    """Relationship type."""
    lag_hours: float
    """Lag in working hours; negative values are leads."""
    is_external: bool
    """True when the other activity is in a different project (P6 external relationship)."""


@attrs.frozen(kw_only=True)
class Activity(PlannerModel):
    """An activity of one schedule revision, with CPM dates as calculated in the file (the API does not reschedule). Durations and float are in working hours; dates are RFC 3339 UTC date-times because P6 dates carry a time of day."""

    id: str
    """Activity id (`act_` prefix); unique across revisions."""
    project_id: str
    """Id of the owning project."""
    schedule_id: str
    """Id of the schedule revision this activity belongs to."""
    code: str
    """Activity code as shown to planners (P6 `task_code`, MSPDI task ID)."""
    name: str
    """Activity name."""
    type: ActivityType
    """Activity type."""
    status: ActivityStatus
    """Progress status."""
    wbs_code: str | None
    """Full WBS code path (e.g. `NHCW.2.1.3`); null when the activity has no WBS."""
    wbs_name: str | None
    """Name of the activity's WBS node; null when the activity has no WBS."""
    calendar_name: str | None
    """Name of the activity calendar; null when the file assigns none."""
    original_duration_hours: float
    """Original (planned) duration in working hours."""
    remaining_duration_hours: float
    """Remaining duration in working hours."""
    planned_start: datetime
    """Planned start."""
    planned_finish: datetime
    """Planned finish."""
    actual_start: datetime | None
    """Actual start; null when not started."""
    actual_finish: datetime | None
    """Actual finish; null when not completed."""
    early_start: datetime | None
    """CPM early start; null for completed activities."""
    early_finish: datetime | None
    """CPM early finish; null for completed activities."""
    late_start: datetime | None
    """CPM late start; null for completed activities."""
    late_finish: datetime | None
    """CPM late finish; null for completed activities."""
    baseline_start: datetime | None
    """Start in the project's primary baseline (matched by activity code); null when there is no baseline or no match."""
    baseline_finish: datetime | None
    """Finish in the project's primary baseline; null when there is no baseline or no match."""
    total_float_hours: float | None
    """Total float in working hours (may be negative); null for completed activities."""
    free_float_hours: float | None
    """Free float in working hours; null for completed activities."""
    percent_complete: float
    """Percent complete, 0-100, of the kind given by `percent_complete_type`."""
    percent_complete_type: PercentCompleteType
    """How percent complete is measured."""
    duration_type: DurationType
    """Duration type."""
    constraint_type: ConstraintType
    """Primary constraint (`as_soon_as_possible` when unconstrained)."""
    constraint_date: datetime | None
    """Date of the primary constraint; null for `as_soon_as_possible`/`as_late_as_possible`."""
    is_critical: bool
    """True when total float <= 0 (the app's definition) or the activity is on the longest path."""
    predecessors: list[ActivityLink]
    """Incoming relationships."""
    successors: list[ActivityLink]
    """Outgoing relationships."""
    notes: str | None
    """Free-text notes (API/app notes, not P6 notebook topics); null when none."""
    updated_at: datetime
    """When the activity was last changed (by upload or by the API)."""


@attrs.frozen(kw_only=True)
class ActivityList(PlannerModel):
    """A page of activities, ordered by code."""

    data: list[Activity]
    """The Activity objects on this page, in the requested order."""
    meta: PageMeta
    """Pagination metadata for this list."""


@attrs.frozen(kw_only=True)
class ActivityUpdate(PlannerModel):
    """Partial update of an activity (progress and descriptive fields only; dates, logic and durations other than remaining duration come from the uploaded file). Absent fields are unchanged; at least one field is required. `status` is recomputed from the actual dates. Updates apply to the given revision only and do not trigger CPM recalculation; quality results are recomputed asynchronously. Unknown properties are refused with 422 `validation_failed` naming each one, hence `additionalProperties: false` (without it, generated clients and test tools would assume extra properties are accepted)."""

    name: str | UnsetType = UNSET
    """New activity name (cannot be cleared)."""
    percent_complete: float | UnsetType = UNSET
    """New percent complete, 0-100."""
    actual_start: datetime | UnsetType | None = UNSET
    """Actual start; send null to clear (the activity becomes not started)."""
    actual_finish: datetime | UnsetType | None = UNSET
    """Actual finish; send null to clear (the activity is no longer completed). Requires an actual start no later than it."""
    remaining_duration_hours: float | UnsetType = UNSET
    """New remaining duration in working hours."""
    notes: str | UnsetType | None = UNSET
    """Notes; send null to clear."""


@attrs.frozen(kw_only=True)
class ActivityBatchUpdateItem(PlannerModel):
    """One entry of a batch update: the activity id plus the same optional fields as ActivityUpdate (absent = unchanged, null = clear where allowed). Unknown properties are refused with 422 `validation_failed` naming each one, hence `additionalProperties: false` (without it, generated clients and test tools would assume extra properties are accepted)."""

    id: str
    """Id of the activity to update."""
    name: str | UnsetType = UNSET
    """New activity name (cannot be cleared)."""
    percent_complete: float | UnsetType = UNSET
    """New percent complete, 0-100."""
    actual_start: datetime | UnsetType | None = UNSET
    """Actual start; send null to clear (the activity becomes not started)."""
    actual_finish: datetime | UnsetType | None = UNSET
    """Actual finish; send null to clear (the activity is no longer completed). Requires an actual start no later than it."""
    remaining_duration_hours: float | UnsetType = UNSET
    """New remaining duration in working hours."""
    notes: str | UnsetType | None = UNSET
    """Notes; send null to clear."""


@attrs.frozen(kw_only=True)
class ActivityBatchUpdate(PlannerModel):
    """Up to 100 activity updates applied in one transaction: all succeed or none is applied (the 422 error names the failing entries as `updates[i].field`). An activity id may appear only once. Unknown properties are refused with 422 `validation_failed` naming each one, hence `additionalProperties: false` (without it, generated clients and test tools would assume extra properties are accepted)."""

    updates: list[ActivityBatchUpdateItem]
    """The updates, 1 to 100 entries."""


@attrs.frozen(kw_only=True)
class ActivityBatchResult(PlannerModel):
    """Result of a successful batch update: the updated activities, in the order of the request. Not paginated (at most 100 items), so there is no `meta`."""

    data: list[Activity]
    """The updated activities."""


@attrs.frozen(kw_only=True)
class Baseline(PlannerModel):
    """A baseline assignment: a schedule revision of the project marked as reference for comparison and for the `baseline_*` activity dates. At most one baseline per project is primary; marking a new primary demotes the previous one to non-primary."""

    id: str
    """Baseline assignment id (`bl_` prefix)."""
    project_id: str
    """Id of the project."""
    schedule_id: str
    """Id of the schedule revision marked as baseline."""
    label: str | None
    """Label of the baseline; null when none was given."""
    is_primary: bool
    """True for the project's primary baseline (its `baseline_schedule_id`)."""
    marked_at: datetime
    """When the baseline was marked."""
    marked_by: str
    """Id of the user whose API key (or app session) marked the baseline."""


@attrs.frozen(kw_only=True)
class BaselineCreate(PlannerModel):
    """Body for marking a schedule revision as a baseline. The revision must be `ready` (409 otherwise). Unknown properties are refused with 422 `validation_failed` naming each one, hence `additionalProperties: false` (without it, generated clients and test tools would assume extra properties are accepted)."""

    schedule_id: str
    """Id of a ready schedule revision of this project."""
    label: str | None = None
    """Optional label, e.g. `Contract baseline`."""
    primary: bool = True
    """Make this the primary baseline (sets the project's `baseline_schedule_id` and fires `baseline.marked`)."""


@attrs.frozen(kw_only=True)
class BaselineList(PlannerModel):
    """A page of baseline assignments, newest first."""

    data: list[Baseline]
    """The Baseline objects on this page, in the requested order."""
    meta: PageMeta
    """Pagination metadata for this list."""


@attrs.frozen(kw_only=True)
class QualityCategory(PlannerModel):
    """Score and verdict counts of one quality category."""

    id: QualityCategoryId
    """Category id."""
    name: str
    """Display name of the category."""
    weight: float
    """Category weight in percent (default weights: see QualityCategoryId)."""
    score: float | None
    """Weighted mean of the category's applicable check scores, 0-100; null when no check applies."""
    passed: int
    """Number of checks with verdict `pass`."""
    warnings: int
    """Number of checks with verdict `warning`."""
    failed: int
    """Number of checks with verdict `fail`."""
    not_applicable: int
    """Number of checks with verdict `not_applicable` (API addition, so the counts add up to the category's checks)."""


@attrs.frozen(kw_only=True)
class QualityReport(PlannerModel):
    """Quality assessment of one schedule revision (DCMA 14-point / GAO based). Computed automatically when a revision becomes ready and again after activity updates. Scoring (the API's resolution of contradictions in the product docs): each check has a score 0-100 (pass = 100; warning = 50-99 scaled by closeness to the threshold; fail = 0-49 scaled by how far past it). A category score is the mean of its check scores weighted by the check weights. The overall score is the mean of the category scores weighted by the category weights (logic 20, duration 15, critical_path 15, constraints 10, resources 10, progress 10, best_practice 2.5, configuration 1), normalised over the categories present, i.e. divided by the sum of the weights of categories that have at least one applicable check. Checks with verdict `not_applicable` are excluded from every score; a category whose checks are all not applicable has a null score and is left out of the normalisation. Grade bands: >= 90 excellent, >= 70 good, >= 50 fair, >= 30 poor, otherwise critical."""

    project_id: str
    """Id of the project."""
    schedule_id: str
    """Id of the assessed schedule revision."""
    status: QualityStatus
    """Whether the report is complete."""
    score: float | None
    """Overall score 0-100; null while pending."""
    grade: QualityGrade | None
    """Grade of the overall score; null while pending."""
    categories: list[QualityCategory]
    """Per-category results, in the order of QualityCategoryId; empty while pending."""
    completed_at: datetime | None
    """When the report completed; null while pending."""


@attrs.frozen(kw_only=True)
class QualityCheckResult(PlannerModel):
    """Result of one quality check on one schedule revision. `value` is the measured metric and `threshold` the limit it is compared with, both in `unit`. Default thresholds where the docs disagree: High Duration flags activities whose original duration exceeds 44 working days (352 h at 8 h/day; one page says 14 days) and compares the share of flagged activities with 5 %; Constraint Percentage fails above 5 % of activities with hard constraints (not 'at most 2'); High Float uses 44 working days (352 h). Severities use the critical/major/minor/info scale. Scoring (the API's resolution of contradictions in the product docs): each check has a score 0-100 (pass = 100; warning = 50-99 scaled by closeness to the threshold; fail = 0-49 scaled by how far past it). A category score is the mean of its check scores weighted by the check weights. The overall score is the mean of the category scores weighted by the category weights (logic 20, duration 15, critical_path 15, constraints 10, resources 10, progress 10, best_practice 2.5, configuration 1), normalised over the categories present, i.e. divided by the sum of the weights of categories that have at least one applicable check. Checks with verdict `not_applicable` are excluded from every score; a category whose checks are all not applicable has a null score and is left out of the normalisation. Grade bands: >= 90 excellent, >= 70 good, >= 50 fair, >= 30 poor, otherwise critical."""

    id: str
    """Check id (stable slug). Current ids: missing-logic, dangling-activities, open-ended, leads, lags, negative-lag, fs-relationships, hard-constraints, constraint-percent, high-float, negative-float, high-duration, zero-duration, milestone-duration, invalid-dates, level-of-effort, missing-resources, invalid-progress, out-of-sequence-progress, logic-density, baseline-integrity, critical-path-length, critical-path-test, sf-relationships. More may be added."""
    name: str
    """Display name of the check."""
    category: QualityCategoryId
    """Category the check belongs to."""
    severity: CheckSeverity
    """Severity of the check's findings."""
    verdict: CheckVerdict
    """Outcome of the check."""
    score: float | None
    """Check score 0-100 (pass 100, warning 50-99, fail 0-49); null when not applicable."""
    weight: float
    """Weight of the check within its category (0.5-10)."""
    value: float | None
    """Measured value in `unit`; null when not applicable."""
    threshold: float | None
    """Limit the value is compared with, in `unit`; null when the check has no numeric threshold."""
    unit: CheckUnit
    """Unit of `value` and `threshold`."""
    affected_count: int
    """Number of activities the check flags (0 on pass)."""


@attrs.frozen(kw_only=True)
class QualityCheckList(PlannerModel):
    """A page of check results, ordered by category then check id."""

    data: list[QualityCheckResult]
    """The QualityCheckResult objects on this page, in the requested order."""
    meta: PageMeta
    """Pagination metadata for this list."""


@attrs.frozen(kw_only=True)
class QualityCheckDetail(PlannerModel):
    """One check result with its description and a page of affected activity ids. Fetch the activities themselves with getActivity or listActivities."""

    id: str
    """Check id (stable slug). Current ids: missing-logic, dangling-activities, open-ended, leads, lags, negative-lag, fs-relationships, hard-constraints, constraint-percent, high-float, negative-float, high-duration, zero-duration, milestone-duration, invalid-dates, level-of-effort, missing-resources, invalid-progress, out-of-sequence-progress, logic-density, baseline-integrity, critical-path-length, critical-path-test, sf-relationships. More may be added."""
    name: str
    """Display name of the check."""
    category: QualityCategoryId
    """Category the check belongs to."""
    severity: CheckSeverity
    """Severity of the check's findings."""
    verdict: CheckVerdict
    """Outcome of the check."""
    score: float | None
    """Check score 0-100 (pass 100, warning 50-99, fail 0-49); null when not applicable."""
    weight: float
    """Weight of the check within its category (0.5-10)."""
    value: float | None
    """Measured value in `unit`; null when not applicable."""
    threshold: float | None
    """Limit the value is compared with, in `unit`; null when the check has no numeric threshold."""
    unit: CheckUnit
    """Unit of `value` and `threshold`."""
    affected_count: int
    """Number of activities the check flags (0 on pass)."""
    description: str
    """What the check tests and how to fix findings."""
    affected_activity_ids: list[str]
    """Ids of the affected activities on this page (paginated with `page`/`per_page`; `meta.total` equals `affected_count`)."""
    meta: PageMeta
    """Pagination of `affected_activity_ids`."""


@attrs.frozen(kw_only=True)
class Resource(PlannerModel):
    """A resource of the schedule's resource dictionary. Ids start with `rsrc_` and are stable across revisions of a project (matched by resource code)."""

    id: str
    """Resource id (`rsrc_` prefix)."""
    code: str
    """Resource code (P6 rsrc_short_name)."""
    name: str
    """Resource name."""
    type: ResourceType
    """Resource type."""
    unit_of_measure: str | None
    """Unit of measure for material resources (e.g. `m3`); null for labor/nonlabor (hours)."""
    max_units_per_hour: float | None
    """Maximum units per hour (availability limit); null when not defined."""
    cost_per_unit: float | None
    """Cost per unit in the project currency; null when not defined."""


@attrs.frozen(kw_only=True)
class ResourceList(PlannerModel):
    """A page of resources, ordered by code."""

    data: list[Resource]
    """The Resource objects on this page, in the requested order."""
    meta: PageMeta
    """Pagination metadata for this list."""


@attrs.frozen(kw_only=True)
class ResourceAssignment(PlannerModel):
    """Assignment of a resource to an activity in one schedule revision. Units are hours for labor and nonlabor resources and `unit_of_measure` quantities for material; costs are in the project currency."""

    id: str
    """Assignment id (`asg_` prefix)."""
    schedule_id: str
    """Id of the schedule revision."""
    activity_id: str
    """Id of the activity."""
    resource_id: str
    """Id of the resource."""
    budgeted_units: float
    """Budgeted (planned) units."""
    actual_units: float
    """Actual units to date."""
    remaining_units: float
    """Remaining units."""
    budgeted_cost: float | None
    """Budgeted cost; null when the file has no costs."""
    actual_cost: float | None
    """Actual cost to date; null when the file has no costs."""
    start: datetime
    """Assignment start."""
    finish: datetime
    """Assignment finish."""


@attrs.frozen(kw_only=True)
class ResourceAssignmentList(PlannerModel):
    """A page of resource assignments."""

    data: list[ResourceAssignment]
    """The ResourceAssignment objects on this page, in the requested order."""
    meta: PageMeta
    """Pagination metadata for this list."""


@attrs.frozen(kw_only=True)
class LoadingBucket(PlannerModel):
    """Resource units in one time bucket [start, end). Assignment units are spread uniformly over the assignment's working time."""

    start: datetime
    """Bucket start (inclusive)."""
    end: datetime
    """Bucket end (exclusive)."""
    planned_units: float
    """Budgeted units falling in the bucket."""
    actual_units: float
    """Actual units falling in the bucket (only before the data date)."""
    remaining_units: float
    """Remaining units falling in the bucket (only after the data date)."""


@attrs.frozen(kw_only=True)
class ResourceLoading(PlannerModel):
    """Time-phased resource loading (the data behind a histogram) for one resource or, when `resource_id` is null, for all labor resources summed in hours."""

    resource_id: str | None
    """Resource the loading is for; null for the labor total."""
    schedule_id: str
    """Schedule revision the loading was computed from."""
    interval: LoadingInterval
    """Bucket width."""
    start: datetime
    """Start of the first bucket (the requested start aligned down to the interval)."""
    end: datetime
    """End of the last bucket."""
    unit: str
    """Unit of the bucket values: `hours` for labor/nonlabor, else the material's unit of measure."""
    buckets: list[LoadingBucket]
    """Consecutive buckets from `start` to `end`."""


@attrs.frozen(kw_only=True)
class User(PlannerModel):
    """A member of the workspace."""

    id: str
    """User id (`usr_` prefix)."""
    email: str
    """Email address (unique in the workspace)."""
    name: str | None
    """Display name; null until the user sets one."""
    role: UserRole
    """Workspace role."""
    status: UserStatus
    """Membership status."""
    created_at: datetime
    """When the user was invited."""
    last_active_at: datetime | None
    """Last sign-in or API call; null if never active."""


@attrs.frozen(kw_only=True)
class UserList(PlannerModel):
    """A page of users, ordered by email."""

    data: list[User]
    """The User objects on this page, in the requested order."""
    meta: PageMeta
    """Pagination metadata for this list."""


@attrs.frozen(kw_only=True)
class UserInvite(PlannerModel):
    """Invitation of a new member; an email with a sign-up link is sent. Unknown properties are refused with 422 `validation_failed` naming each one, hence `additionalProperties: false` (without it, generated clients and test tools would assume extra properties are accepted)."""

    email: str
    """Email address to invite."""
    role: UserRole
    """Role to grant on acceptance."""
    name: str | None = None
    """Optional display name."""


@attrs.frozen(kw_only=True)
class UserUpdate(PlannerModel):
    """Partial update of a user: change the role and/or display name. Absent fields are unchanged. Demoting or removing the last admin is refused with 409. Unknown properties are refused with 422 `validation_failed` naming each one, hence `additionalProperties: false` (without it, generated clients and test tools would assume extra properties are accepted)."""

    role: UserRole | UnsetType = UNSET
    """New role."""
    name: str | UnsetType | None = UNSET
    """New display name; send null to clear."""


@attrs.frozen(kw_only=True)
class Webhook(PlannerModel):
    """A webhook subscription. The signing secret is never returned after creation."""

    id: str
    """Webhook id (`wh_` prefix)."""
    url: str
    """HTTPS endpoint receiving deliveries (at most 2048 characters)."""
    events: list[WebhookEventType]
    """Subscribed event types."""
    description: str | None
    """Free-text description; null when none."""
    active: bool
    """Whether deliveries are sent; inactive webhooks receive nothing (the test still sends)."""
    created_at: datetime
    """When the webhook was created."""
    updated_at: datetime
    """When the webhook was last changed."""


@attrs.frozen(kw_only=True)
class WebhookWithSecret(PlannerModel):
    """A newly created webhook, including its signing secret (shown once)."""

    id: str
    """Webhook id (`wh_` prefix)."""
    url: str
    """HTTPS endpoint receiving deliveries (at most 2048 characters)."""
    events: list[WebhookEventType]
    """Subscribed event types."""
    description: str | None
    """Free-text description; null when none."""
    active: bool
    """Whether deliveries are sent; inactive webhooks receive nothing (the test still sends)."""
    created_at: datetime
    """When the webhook was created."""
    updated_at: datetime
    """When the webhook was last changed."""
    secret: str = attrs.field(repr=lambda _: "'***'", metadata={"secret": True})
    """Signing secret (`whsec_` prefix) for X-Kazinex-Signature. Returned only in the create response: store it now, it cannot be read again."""


@attrs.frozen(kw_only=True)
class WebhookCreate(PlannerModel):
    """Body for creating a webhook. Unknown properties are refused with 422 `validation_failed` naming each one, hence `additionalProperties: false` (without it, generated clients and test tools would assume extra properties are accepted)."""

    url: str
    """HTTPS endpoint, at most 2048 characters; `http://` URLs and private/loopback addresses are refused with 422. (Enforced by the server rather than a `pattern`, so generated URL types keep their validation.)"""
    events: list[WebhookEventType]
    """Event types to subscribe to."""
    description: str | None = None
    """Optional description."""


@attrs.frozen(kw_only=True)
class WebhookUpdate(PlannerModel):
    """Partial update of a webhook; absent fields are unchanged. (The contract lists url, events and active; `description` is added so it can be corrected without re-creating the webhook and rotating its secret.) Unknown properties are refused with 422 `validation_failed` naming each one, hence `additionalProperties: false` (without it, generated clients and test tools would assume extra properties are accepted)."""

    url: str | UnsetType = UNSET
    """New HTTPS endpoint (same rules as at creation)."""
    events: list[WebhookEventType] | UnsetType = UNSET
    """New event subscriptions (replaces the list)."""
    description: str | UnsetType | None = UNSET
    """New description; send null to clear."""
    active: bool | UnsetType = UNSET
    """Pause (false) or resume (true) deliveries."""


@attrs.frozen(kw_only=True)
class WebhookList(PlannerModel):
    """A page of webhooks, newest first."""

    data: list[Webhook]
    """The Webhook objects on this page, in the requested order."""
    meta: PageMeta
    """Pagination metadata for this list."""


@attrs.frozen(kw_only=True)
class WebhookDelivery(PlannerModel):
    """One delivery of an event to a webhook and its latest attempt. Failed attempts are retried after 1 min, 5 min, 30 min, 2 h and 6 h; after the last retry the delivery is `failed`. Deliveries are kept for 30 days."""

    id: str
    """Delivery id (`dlv_` prefix)."""
    webhook_id: str
    """Id of the webhook."""
    event_id: str
    """Id of the event delivered (the body `id` and the X-Kazinex-Delivery header)."""
    event_type: WebhookEventType
    """Type of the event delivered."""
    status: DeliveryStatus
    """Delivery state."""
    status_code: int | None
    """HTTP status of the latest attempt; null when no response was received (timeout, connection error) or not yet attempted."""
    duration_ms: int | None
    """Duration of the latest attempt in milliseconds; null when not yet attempted."""
    attempt: int
    """Number of the latest attempt (1 = first try, up to 6); 0 when not yet attempted."""
    error: str | None
    """Why the latest attempt failed (e.g. `timeout after 10 s`, `HTTP 500`); null on success or before the first attempt."""
    delivered_at: datetime | None
    """When a 2xx was received; null unless succeeded."""
    next_attempt_at: datetime | None
    """When the next attempt is scheduled; null when succeeded or failed."""


@attrs.frozen(kw_only=True)
class WebhookDeliveryList(PlannerModel):
    """A page of deliveries, newest first."""

    data: list[WebhookDelivery]
    """The WebhookDelivery objects on this page, in the requested order."""
    meta: PageMeta
    """Pagination metadata for this list."""


@attrs.frozen(kw_only=True)
class QualitySummary(PlannerModel):
    """Summary of a completed quality report, sent with `quality.complete`. Fetch the full report with getQualityReport."""

    schedule_id: str
    """Id of the assessed schedule revision."""
    score: float
    """Overall score 0-100."""
    grade: QualityGrade
    """Grade of the score."""
    completed_at: datetime
    """When the report completed."""


@attrs.frozen(kw_only=True)
class PingData(PlannerModel):
    """Payload of a `ping` test event."""

    webhook_id: str
    """Id of the webhook being tested."""
    message: str
    """Fixed greeting text."""


@attrs.frozen(kw_only=True)
class ScheduleUploadedEvent(PlannerModel):
    """Webhook body for `schedule.uploaded`: A schedule file was uploaded and accepted; processing has started."""

    id: str
    """Event id (`evt_` prefix), also sent as X-Kazinex-Delivery; the same on retries, so use it to drop duplicates."""
    type: Literal["schedule.uploaded"]
    """Event type (always this value for this payload; a const, so the generated field is a Literal discriminator)."""
    created_at: datetime
    """When the event occurred."""
    project_id: str
    """Id of the project the event concerns."""
    data: Schedule
    """The accepted upload (status `processing`)."""


@attrs.frozen(kw_only=True)
class ScheduleProcessedEvent(PlannerModel):
    """Webhook body for `schedule.processed`: A schedule revision finished processing and is ready (it is now `current`)."""

    id: str
    """Event id (`evt_` prefix), also sent as X-Kazinex-Delivery; the same on retries, so use it to drop duplicates."""
    type: Literal["schedule.processed"]
    """Event type (always this value for this payload; a const, so the generated field is a Literal discriminator)."""
    created_at: datetime
    """When the event occurred."""
    project_id: str
    """Id of the project the event concerns."""
    data: Schedule
    """The processed revision (status `ready`)."""


@attrs.frozen(kw_only=True)
class ScheduleFailedEvent(PlannerModel):
    """Webhook body for `schedule.failed`: A schedule revision failed to process."""

    id: str
    """Event id (`evt_` prefix), also sent as X-Kazinex-Delivery; the same on retries, so use it to drop duplicates."""
    type: Literal["schedule.failed"]
    """Event type (always this value for this payload; a const, so the generated field is a Literal discriminator)."""
    created_at: datetime
    """When the event occurred."""
    project_id: str
    """Id of the project the event concerns."""
    data: Schedule
    """The failed revision (status `failed`, with `error`)."""


@attrs.frozen(kw_only=True)
class BaselineMarkedEvent(PlannerModel):
    """Webhook body for `baseline.marked`: A schedule revision was marked as (primary or secondary) baseline."""

    id: str
    """Event id (`evt_` prefix), also sent as X-Kazinex-Delivery; the same on retries, so use it to drop duplicates."""
    type: Literal["baseline.marked"]
    """Event type (always this value for this payload; a const, so the generated field is a Literal discriminator)."""
    created_at: datetime
    """When the event occurred."""
    project_id: str
    """Id of the project the event concerns."""
    data: Baseline
    """The baseline assignment created."""


@attrs.frozen(kw_only=True)
class QualityCompleteEvent(PlannerModel):
    """Webhook body for `quality.complete`: A quality report completed."""

    id: str
    """Event id (`evt_` prefix), also sent as X-Kazinex-Delivery; the same on retries, so use it to drop duplicates."""
    type: Literal["quality.complete"]
    """Event type (always this value for this payload; a const, so the generated field is a Literal discriminator)."""
    created_at: datetime
    """When the event occurred."""
    project_id: str
    """Id of the project the event concerns."""
    data: QualitySummary
    """Summary of the completed report."""


@attrs.frozen(kw_only=True)
class PingEvent(PlannerModel):
    """Webhook body for `ping`: Test event sent by sendWebhookTest."""

    id: str
    """Event id (`evt_` prefix), also sent as X-Kazinex-Delivery; the same on retries, so use it to drop duplicates."""
    type: Literal["ping"]
    """Event type (always this value for this payload; a const, so the generated field is a Literal discriminator)."""
    created_at: datetime
    """When the event occurred."""
    project_id: str | None
    """Always null: a ping is not tied to a project."""
    data: PingData
    """Test payload."""
