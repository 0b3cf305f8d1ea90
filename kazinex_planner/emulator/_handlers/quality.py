"""Quality: the report, the per-check results (filterable), one check with affected ids."""

from __future__ import annotations

import re

from aiohttp import web

from .._context import Route, json_response, state_of
from .._errors import ApiError
from .._records import QualityResult
from .._serialize import check_json, page_json, quality_json
from .._validation import paginate, pagination, query_enum, query_str

__all__ = ["ROUTES"]

VERDICTS = ("pass", "warning", "fail", "not_applicable")
CATEGORIES = (
    "logic",
    "duration",
    "critical_path",
    "constraints",
    "resources",
    "progress",
    "best_practice",
    "configuration",
)
SCHEDULE_ID = r"^sch_[0-9A-Za-z]+$"
_SLUG = re.compile(r"^[a-z]+(-[a-z]+)*$")


def _report(request: web.Request) -> QualityResult:
    state = state_of(request)
    project = state.project(request.match_info["project_id"])
    schedule_id = query_str(request, "schedule_id", pattern=SCHEDULE_ID)
    schedule = state.readable_schedule(project, schedule_id)
    report = state.quality.get(schedule.id)
    if report is None:
        report = QualityResult(project_id=project.id, schedule_id=schedule.id)
        state.quality[schedule.id] = report
    return report


async def get_report(request: web.Request) -> web.StreamResponse:
    report = _report(request)
    if report.status != "complete":
        pending = QualityResult(project_id=report.project_id, schedule_id=report.schedule_id)
        return json_response(quality_json(pending))
    return json_response(quality_json(report))


async def list_checks(request: web.Request) -> web.StreamResponse:
    verdict = query_enum(request, "verdict", VERDICTS)
    category = query_enum(request, "category", CATEGORIES)
    page, per_page = pagination(request)
    report = _report(request)
    checks = report.checks if report.status == "complete" else []
    items = [
        c
        for c in checks
        if (verdict is None or c.verdict == verdict)
        and (category is None or c.category == category)
    ]
    data = [check_json(c) for c in paginate(items, page, per_page)]
    return json_response(page_json(data, len(items), page, per_page))


async def get_check(request: web.Request) -> web.StreamResponse:
    check_id = request.match_info["check_id"]
    page, per_page = pagination(request)
    report = _report(request)
    if not _SLUG.match(check_id):
        raise ApiError.not_found("quality check", check_id)
    if report.status != "complete":
        raise ApiError.conflict(
            "The quality report is still pending; retry when it is complete.",
            "schedule_id",
            "quality report pending",
        )
    check = next((c for c in report.checks if c.id == check_id), None)
    if check is None:
        raise ApiError.not_found("quality check", check_id)
    ids = paginate(check.affected_activity_ids, page, per_page)
    return json_response(
        {
            **check_json(check),
            "description": check.description,
            "affected_activity_ids": ids,
            "meta": {"total": check.affected_count, "page": page, "per_page": per_page},
        }
    )


ROUTES: tuple[Route, ...] = (
    ("GET", "/projects/{project_id}/quality", get_report),
    ("GET", "/projects/{project_id}/quality/checks", list_checks),
    ("GET", "/projects/{project_id}/quality/checks/{check_id}", get_check),
)
