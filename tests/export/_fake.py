"""A small fake of the Planner API's read endpoints, for export tests.

It serves exactly what an export reads (projects, and per project the eight lists and
single objects), paginated like the real API, on 127.0.0.1. Records are the spec's own
examples with fresh ids, valid for the SDK's models, plus a field the SDK does not know
(``x_future``) so lossless passthrough can be checked. It counts every hit per path and
page, can fail (5xx, dropped connections) at seeded rates, and calls a hook before each
page so that tests can change the list between page fetches (page drift).
"""

from __future__ import annotations

import copy
import math
import random
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from aiohttp import web

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "planner.yaml"

#: Unit kind → (schema name, id prefix). Schedule-bound kinds read the current revision.
LISTS: dict[str, tuple[str, str]] = {
    "schedules": ("Schedule", "sch"),
    "activities": ("Activity", "act"),
    "baselines": ("Baseline", "bl"),
    "quality_checks": ("QualityCheckResult", "chk"),
    "resources": ("Resource", "rsrc"),
    "assignments": ("ResourceAssignment", "asg"),
}
_ROUTES = {
    "schedules": "schedules",
    "activities": "activities",
    "baselines": "baselines",
    "quality/checks": "quality_checks",
    "resources": "resources",
    "resources/assignments": "assignments",
}
_SCHEDULE_BOUND = {"activities", "quality_checks", "resources", "assignments"}

_EXAMPLES: dict[str, dict[str, Any]] = {}


def example(schema: str) -> dict[str, Any]:
    """A deep copy of the spec's example for ``schema``."""
    if not _EXAMPLES:
        spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
        for name, body in spec["components"]["schemas"].items():
            examples = body.get("examples")
            if examples:
                _EXAMPLES[name] = examples[0]
    return copy.deepcopy(_EXAMPLES[schema])


PageHook = Callable[["FakePlanner", str, str, int], None]


class FakePlanner:
    """State, counters and faults; ``await start()`` gives the base URL."""

    def __init__(
        self,
        *,
        projects: int = 2,
        sizes: dict[str, int] | None = None,
        without_schedule: int = 0,
        seed: int = 0,
    ) -> None:
        self.rng = random.Random(seed)
        self.error_rate = 0.0
        self.drop_rate = 0.0
        self.before_page: PageHook | None = None
        self.hits: Counter[str] = Counter()
        self.page_hits: Counter[tuple[str, int]] = Counter()
        self.log: list[str] = []
        #: Entity data: list pages with per_page > 1 and single objects (not the project
        #: listing or per_page=1 counts, which planning needs).
        self.data_requests = 0
        self.drops = 0
        #: When set, responses carry X-RateLimit-Day-* headers for this daily limit.
        self.day_limit: int | None = None
        self.projects: list[dict[str, Any]] = []
        self.lists: dict[str, dict[str, list[dict[str, Any]]]] = {}
        self.quality: dict[str, dict[str, Any]] = {}
        self.loading: dict[str, dict[str, Any]] = {}
        self._serial = 0
        sizes = sizes or {}
        for p in range(projects + without_schedule):
            self.add_project(p, sizes, with_schedule=p < projects)
        self._runner: web.AppRunner | None = None

    # -- state -----------------------------------------------------------------------

    def new_record(self, kind: str, project_id: str) -> dict[str, Any]:
        schema, prefix = LISTS[kind]
        record = example(schema)
        self._serial += 1
        record["id"] = f"{prefix}_{self._serial:08d}"
        if "project_id" in record:
            record["project_id"] = project_id
        record["x_future"] = {"serial": self._serial, "note": "a field the SDK does not know"}
        return record

    def add_project(self, n: int, sizes: dict[str, int], *, with_schedule: bool) -> None:
        project = example("Project")
        project_id = f"proj_{n:04d}"
        project["id"] = project_id
        project["name"] = f"Project {n}"
        project["x_future"] = n
        if not with_schedule:
            project["current_schedule_id"] = None
        self.projects.append(project)
        self.lists[project_id] = {
            kind: [self.new_record(kind, project_id) for _ in range(sizes.get(kind, 3))]
            for kind in LISTS
        }
        report = example("QualityReport")
        report["project_id"] = project_id
        report["x_future"] = True
        self.quality[project_id] = report
        loading = example("ResourceLoading")
        loading["x_future"] = [1, 2]
        self.loading[project_id] = loading

    def records(self, project_id: str, kind: str) -> list[dict[str, Any]]:
        return self.lists[project_id][kind]

    # -- serving ---------------------------------------------------------------------

    async def start(self) -> str:
        app = web.Application()
        app.router.add_get("/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return f"http://127.0.0.1:{port}"

    async def close(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    @staticmethod
    def _error(status: int, kind: str, message: str) -> web.Response:
        body = {"error": {"type": kind, "message": message, "request_id": "req_x", "details": []}}
        return web.json_response(body, status=status, headers={"X-Request-Id": "req_x"})

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        response = await self._route(request)
        if self.day_limit is not None:
            served = sum(self.hits.values())
            response.headers["X-RateLimit-Day-Limit"] = str(self.day_limit)
            response.headers["X-RateLimit-Day-Remaining"] = str(max(0, self.day_limit - served))
        return response

    async def _route(self, request: web.Request) -> web.StreamResponse:
        path = request.path
        self.hits[path] += 1
        self.log.append(path)
        if self.drop_rate and self.rng.random() < self.drop_rate:
            assert request.transport is not None
            self.drops += 1
            request.transport.abort()
            return web.Response(status=500)
        if self.error_rate and self.rng.random() < self.error_rate:
            return self._error(503, "unavailable", "try again")
        parts = path.strip("/").split("/")
        if parts[0] != "projects":
            return self._error(404, "not_found", "no such route")
        page = int(request.query.get("page", "1"))
        per_page = int(request.query.get("per_page", "50"))
        if per_page > 200 or per_page < 1 or page < 1:
            return self._error(400, "invalid_request", "bad page or per_page")
        self.page_hits[(path, page)] += 1
        if len(parts) == 1:
            return self._list(path, "projects", "", self.projects, page, per_page)
        project_id = parts[1]
        project = next((p for p in self.projects if p["id"] == project_id), None)
        if project is None:
            return self._error(404, "not_found", f"project {project_id} not found")
        rest = "/".join(parts[2:])
        if not rest:
            return web.json_response(project)
        schedule = project["current_schedule_id"]
        bound = rest in {"quality", "resources/loading"} or _ROUTES.get(rest) in _SCHEDULE_BOUND
        if bound and schedule is None:
            return self._error(404, "not_found", "no current schedule")
        if bound and request.query.get("schedule_id") not in (None, schedule):
            return self._error(404, "not_found", "schedule not found")
        if rest == "quality":
            self.data_requests += 1
            return web.json_response(self.quality[project_id])
        if rest == "resources/loading":
            self.data_requests += 1
            return web.json_response(self.loading[project_id])
        kind = _ROUTES.get(rest)
        if kind is None:
            return self._error(404, "not_found", "no such route")
        return self._list(path, kind, project_id, self.lists[project_id][kind], page, per_page)

    def _list(
        self,
        path: str,
        kind: str,
        project_id: str,
        items: list[dict[str, Any]],
        page: int,
        per_page: int,
    ) -> web.Response:
        if self.before_page is not None and per_page > 1:
            self.before_page(self, kind, project_id, page)
        if per_page > 1 and kind != "projects":
            self.data_requests += 1
        start = (page - 1) * per_page
        body = {
            "data": items[start : start + per_page],
            "meta": {"total": len(items), "page": page, "per_page": per_page},
        }
        return web.json_response(body)

    def pages(self, total: int) -> int:
        return math.ceil(total / 200)
