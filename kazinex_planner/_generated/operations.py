# generated from openapi/planner.yaml — do not edit (run `python -m codegen`)
# spec sha256: 1715851c6ba5db4fe292c091fa8402e955f8eee7af1dabe64e50ccd7824a8c75
"""Every operation of the spec: the index tests and the emulator walk."""

from __future__ import annotations

from typing import NamedTuple


class Operation(NamedTuple):
    operation_id: str
    tag: str
    method_name: str
    http_method: str
    path: str


SPEC_SHA256 = "1715851c6ba5db4fe292c091fa8402e955f8eee7af1dabe64e50ccd7824a8c75"

OPERATIONS: tuple[Operation, ...] = (
    Operation("listProjects", "projects", "list", "GET", "/projects"),
    Operation("createProject", "projects", "create", "POST", "/projects"),
    Operation("getProject", "projects", "get", "GET", "/projects/{project_id}"),
    Operation("updateProject", "projects", "update", "PATCH", "/projects/{project_id}"),
    Operation("deleteProject", "projects", "delete", "DELETE", "/projects/{project_id}"),
    Operation("listSchedules", "schedules", "list", "GET", "/projects/{project_id}/schedules"),
    Operation("uploadSchedule", "schedules", "upload", "POST", "/projects/{project_id}/schedules"),
    Operation(
        "getSchedule", "schedules", "get", "GET", "/projects/{project_id}/schedules/{schedule_id}"
    ),
    Operation(
        "deleteSchedule",
        "schedules",
        "delete",
        "DELETE",
        "/projects/{project_id}/schedules/{schedule_id}",
    ),
    Operation("listActivities", "activities", "list", "GET", "/projects/{project_id}/activities"),
    Operation(
        "batchUpdateActivities",
        "activities",
        "batch_update",
        "POST",
        "/projects/{project_id}/activities/batch-update",
    ),
    Operation(
        "getActivity", "activities", "get", "GET", "/projects/{project_id}/activities/{activity_id}"
    ),
    Operation(
        "updateActivity",
        "activities",
        "update",
        "PATCH",
        "/projects/{project_id}/activities/{activity_id}",
    ),
    Operation("listBaselines", "baselines", "list", "GET", "/projects/{project_id}/baselines"),
    Operation("markBaseline", "baselines", "mark", "POST", "/projects/{project_id}/baselines"),
    Operation(
        "getBaseline", "baselines", "get", "GET", "/projects/{project_id}/baselines/{baseline_id}"
    ),
    Operation(
        "unmarkBaseline",
        "baselines",
        "unmark",
        "DELETE",
        "/projects/{project_id}/baselines/{baseline_id}",
    ),
    Operation("getQualityReport", "quality", "get_report", "GET", "/projects/{project_id}/quality"),
    Operation(
        "listQualityChecks",
        "quality",
        "list_checks",
        "GET",
        "/projects/{project_id}/quality/checks",
    ),
    Operation(
        "getQualityCheck",
        "quality",
        "get_check",
        "GET",
        "/projects/{project_id}/quality/checks/{check_id}",
    ),
    Operation("listResources", "resources", "list", "GET", "/projects/{project_id}/resources"),
    Operation(
        "listResourceAssignments",
        "resources",
        "list_assignments",
        "GET",
        "/projects/{project_id}/resources/assignments",
    ),
    Operation(
        "getResourceLoading",
        "resources",
        "get_loading",
        "GET",
        "/projects/{project_id}/resources/loading",
    ),
    Operation(
        "getResource", "resources", "get", "GET", "/projects/{project_id}/resources/{resource_id}"
    ),
    Operation("listUsers", "users", "list", "GET", "/users"),
    Operation("inviteUser", "users", "invite", "POST", "/users"),
    Operation("getUser", "users", "get", "GET", "/users/{user_id}"),
    Operation("updateUser", "users", "update", "PATCH", "/users/{user_id}"),
    Operation("removeUser", "users", "remove", "DELETE", "/users/{user_id}"),
    Operation("listWebhooks", "webhooks", "list", "GET", "/webhooks"),
    Operation("createWebhook", "webhooks", "create", "POST", "/webhooks"),
    Operation("getWebhook", "webhooks", "get", "GET", "/webhooks/{webhook_id}"),
    Operation("updateWebhook", "webhooks", "update", "PATCH", "/webhooks/{webhook_id}"),
    Operation("deleteWebhook", "webhooks", "delete", "DELETE", "/webhooks/{webhook_id}"),
    Operation("sendWebhookTest", "webhooks", "send_test", "POST", "/webhooks/{webhook_id}/test"),
    Operation(
        "listWebhookDeliveries",
        "webhooks",
        "list_deliveries",
        "GET",
        "/webhooks/{webhook_id}/deliveries",
    ),
)
