"""Every operation of the spec through raw HTTP, each response validated against the spec."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from kazinex_planner.emulator import Emulator, ManualClock, _processing

from ._client import Client
from .conftest import make_project, ready_project


async def test_projects_crud_and_listing(api: Client) -> None:
    a = await make_project(api, "Alpha wharf", code="ALP", description="first")
    b = await make_project(api, "Beta bridge")
    assert a["schedule_count"] == 0
    assert a["current_schedule_id"] is None
    assert a["quality_score"] is None
    assert a["activity_count"] == 0

    listed = (await api.get("/projects", params={"sort": "name"})).json
    assert [p["id"] for p in listed["data"]] == [a["id"], b["id"]]
    assert listed["meta"] == {"total": 2, "page": 1, "per_page": 50}
    desc = (await api.get("/projects", params={"sort": "-name"})).json
    assert [p["id"] for p in desc["data"]] == [b["id"], a["id"]]
    found = (await api.get("/projects", params={"q": "alp"})).json
    assert [p["id"] for p in found["data"]] == [a["id"]]
    paged = (await api.get("/projects", params={"per_page": "1", "page": "2", "sort": "name"})).json
    assert [p["id"] for p in paged["data"]] == [b["id"]]
    assert paged["meta"]["total"] == 2
    beyond = (await api.get("/projects", params={"page": "9"})).json
    assert beyond["data"] == []
    assert beyond["meta"]["total"] == 2

    got = await api.get(f"/projects/{a['id']}")
    assert got.status == 200
    assert got.json["code"] == "ALP"
    patched = await api.patch(f"/projects/{a['id']}", json={"code": None, "name": "Alpha 2"})
    assert patched.json["code"] is None
    assert patched.json["name"] == "Alpha 2"
    assert patched.json["description"] == "first"  # absent fields are unchanged

    assert (await api.delete(f"/projects/{a['id']}")).status == 204
    missing = await api.get(f"/projects/{a['id']}")
    assert missing.status == 404
    assert missing.error_type == "not_found"


async def test_bad_input_is_400_or_422_with_details(api: Client) -> None:
    too_many = await api.get("/projects", params={"per_page": "201"})
    assert too_many.status == 400
    assert too_many.json["error"]["details"][0]["field"] == "per_page"
    bad_sort = await api.get("/projects", params={"sort": "colour"})
    assert bad_sort.status == 400
    assert bad_sort.error_type == "invalid_request"
    not_json = await api.post(
        "/projects", data=b"{nope", headers={"Content-Type": "application/json"}
    )
    assert not_json.status == 400
    unknown = await api.post("/projects", json={"name": "x", "colour": "red"})
    assert unknown.status == 422
    assert unknown.error_type == "validation_failed"
    assert {"field": "colour", "issue": "unknown field"} in unknown.json["error"]["details"]
    several = await api.post("/projects", json={"name": "", "code": 5})
    fields = {d["field"] for d in several.json["error"]["details"]}
    assert fields == {"name", "code"}
    empty_patch = await api.patch("/projects/proj_nothere", json={})
    assert empty_patch.status == 404  # the project is looked up first
    project = await make_project(api)
    empty = await api.patch(f"/projects/{project['id']}", json={})
    assert empty.status == 422
    wrong_prefix = await api.get("/projects/sch_abc")
    assert wrong_prefix.status == 404


async def test_schedule_lifecycle(api: Client, emulator: Emulator, small_xer: bytes) -> None:
    project = await make_project(api)
    pid = project["id"]
    no_current = await api.get(f"/projects/{pid}/activities")
    assert no_current.status == 404

    first = await api.upload(pid, small_xer, file_name="rev1.xer", label="Update 01")
    assert first.status == 202
    body = first.json
    assert body["status"] == "processing"
    assert body["role"] == "none"
    assert body["revision"] == 1
    assert body["label"] == "Update 01"
    assert body["file_name"] == "rev1.xer"
    assert body["format"] == "xer"
    assert body["size_bytes"] == len(small_xer)
    busy = await api.delete(f"/projects/{pid}/schedules/{body['id']}")
    assert busy.status == 409
    assert busy.error_type == "conflict"
    await emulator.wait_idle()

    second = (await api.upload(pid, small_xer, file_name="rev2.xer")).json
    await emulator.wait_idle()
    listed = (await api.get(f"/projects/{pid}/schedules")).json
    assert [s["revision"] for s in listed["data"]] == [2, 1]
    assert [s["role"] for s in listed["data"]] == ["current", "archived"]
    ready = (await api.get(f"/projects/{pid}/schedules", params={"status": "ready"})).json
    assert ready["meta"]["total"] == 2
    got = (await api.get(f"/projects/{pid}/schedules/{second['id']}")).json
    assert got["activity_count"] == 40
    assert got["processed_at"] is not None
    project = (await api.get(f"/projects/{pid}")).json
    assert project["current_schedule_id"] == second["id"]
    assert project["schedule_count"] == 2
    assert project["activity_count"] == 40
    assert project["data_date"] is not None

    assert (await api.delete(f"/projects/{pid}/schedules/{second['id']}")).status == 204
    project = (await api.get(f"/projects/{pid}")).json
    assert project["current_schedule_id"] == body["id"]  # the newest remaining ready one
    gone = await api.get(f"/projects/{pid}/schedules/{second['id']}")
    assert gone.status == 404


async def test_activities_list_get_update_batch(
    api: Client, emulator: Emulator, clock: ManualClock, small_xer: bytes
) -> None:
    project, schedule = await ready_project(api, emulator, small_xer)
    pid = project["id"]
    page = (await api.get(f"/projects/{pid}/activities", params={"per_page": "200"})).json
    activities = page["data"]
    assert page["meta"]["total"] == 40 == len(activities)
    assert all(a["schedule_id"] == schedule["id"] for a in activities)
    linked = [a for a in activities if a["predecessors"]]
    assert linked
    assert all(p["activity_id"].startswith("act_") for p in linked[0]["predecessors"])
    ids = {a["id"] for a in activities}
    for a in linked:  # links are symmetric: each predecessor lists us as a successor
        for p in a["predecessors"]:
            if p["activity_id"] in ids:
                pred = next(x for x in activities if x["id"] == p["activity_id"])
                assert a["id"] in {s["activity_id"] for s in pred["successors"]}

    for status in ("not_started", "in_progress", "completed"):
        got = (await api.get(f"/projects/{pid}/activities", params={"status": status})).json
        assert got["meta"]["total"] == sum(1 for a in activities if a["status"] == status)
    crit = (await api.get(f"/projects/{pid}/activities", params={"critical": "true"})).json
    assert crit["meta"]["total"] == sum(1 for a in activities if a["is_critical"])
    code = activities[5]["code"]
    by_q = (await api.get(f"/projects/{pid}/activities", params={"q": code.lower()})).json
    assert code in {a["code"] for a in by_q["data"]}
    wbs = activities[5]["wbs_code"]
    root = wbs.split(".")[0]
    by_wbs = (await api.get(f"/projects/{pid}/activities", params={"wbs_code": root})).json
    assert by_wbs["meta"]["total"] == sum(
        1 for a in activities if a["wbs_code"] and a["wbs_code"].split(".")[0] == root
    )
    bad = await api.get(f"/projects/{pid}/activities", params={"critical": "maybe"})
    assert bad.status == 400

    target = next(a for a in activities if a["status"] == "not_started")
    aid = target["id"]
    assert (await api.get(f"/projects/{pid}/activities/{aid}")).json == target
    await clock.advance(60)
    updated = await api.patch(
        f"/projects/{pid}/activities/{aid}",
        json={"actual_start": "2026-03-01T07:00:00Z", "percent_complete": 10, "notes": "go"},
    )
    assert updated.status == 200
    assert updated.json["status"] == "in_progress"
    assert updated.json["notes"] == "go"
    assert updated.json["name"] == target["name"]  # absent: unchanged
    since = (
        await api.get(
            f"/projects/{pid}/activities", params={"updated_since": "2026-03-02T08:00:30Z"}
        )
    ).json
    assert [a["id"] for a in since["data"]] == [aid]
    cleared = await api.patch(f"/projects/{pid}/activities/{aid}", json={"notes": None})
    assert cleared.json["notes"] is None
    assert cleared.json["status"] == "in_progress"
    invalid = await api.patch(
        f"/projects/{pid}/activities/{aid}",
        json={"percent_complete": 101, "actual_finish": "2026-02-01T00:00:00Z"},
    )
    assert invalid.status == 422
    assert {d["field"] for d in invalid.json["error"]["details"]} == {"percent_complete"}
    before_start = await api.patch(
        f"/projects/{pid}/activities/{aid}", json={"actual_finish": "2026-02-01T00:00:00Z"}
    )
    assert before_start.status == 422

    others = [a["id"] for a in activities if a["id"] != aid][:3]
    batch = await api.post(
        f"/projects/{pid}/activities/batch-update",
        json={"updates": [{"id": i, "notes": f"n{n}"} for n, i in enumerate(others)]},
    )
    assert batch.status == 200
    assert [a["id"] for a in batch.json["data"]] == others
    failing = await api.post(
        f"/projects/{pid}/activities/batch-update",
        json={
            "updates": [
                {"id": others[0], "notes": "should not stick"},
                {"id": others[1], "percent_complete": -1},
                {"id": "act_unknown1", "notes": "x"},
                {"id": others[2]},
            ]
        },
    )
    assert failing.status == 422
    fields = {d["field"] for d in failing.json["error"]["details"]}
    assert fields == {"updates[1].percent_complete", "updates[2].id", "updates[3]"}
    unchanged = (await api.get(f"/projects/{pid}/activities/{others[0]}")).json
    assert unchanged["notes"] == "n0"  # all or nothing
    too_many = await api.post(
        f"/projects/{pid}/activities/batch-update",
        json={"updates": [{"id": others[0], "notes": "x"}] * 101},
    )
    assert too_many.status == 422
    assert (await api.get(f"/projects/{pid}/activities/act_nothere")).status == 404


async def test_baselines(api: Client, emulator: Emulator, small_xer: bytes) -> None:
    project, first = await ready_project(api, emulator, small_xer)
    pid = project["id"]
    second = (await api.upload(pid, small_xer)).json
    not_ready = await api.post(f"/projects/{pid}/baselines", json={"schedule_id": second["id"]})
    assert not_ready.status == 409
    await emulator.wait_idle()

    marked = await api.post(
        f"/projects/{pid}/baselines", json={"schedule_id": first["id"], "label": "Contract"}
    )
    assert marked.status == 201
    baseline = marked.json
    assert baseline["is_primary"] is True
    assert baseline["marked_by"].startswith("usr_")
    project = (await api.get(f"/projects/{pid}")).json
    assert project["baseline_schedule_id"] == first["id"]
    role = (await api.get(f"/projects/{pid}/schedules/{first['id']}")).json["role"]
    assert role == "baseline"
    acts = (await api.get(f"/projects/{pid}/activities")).json["data"]
    assert acts[0]["baseline_start"] is not None  # matched by code in the baseline revision
    assert [e.type for e in emulator.state.events].count("baseline.marked") == 1

    again = await api.post(f"/projects/{pid}/baselines", json={"schedule_id": first["id"]})
    assert again.status == 409
    secondary = await api.post(
        f"/projects/{pid}/baselines", json={"schedule_id": second["id"], "primary": False}
    )
    assert secondary.status == 201
    assert secondary.json["is_primary"] is False
    listed = (await api.get(f"/projects/{pid}/baselines")).json
    assert [b["id"] for b in listed["data"]] == [secondary.json["id"], baseline["id"]]
    assert (await api.get(f"/projects/{pid}/baselines/{baseline['id']}")).json == baseline
    unknown = await api.post(f"/projects/{pid}/baselines", json={"schedule_id": "sch_zzz"})
    assert unknown.status == 422

    assert (await api.delete(f"/projects/{pid}/baselines/{baseline['id']}")).status == 204
    project = (await api.get(f"/projects/{pid}")).json
    assert project["baseline_schedule_id"] is None
    role = (await api.get(f"/projects/{pid}/schedules/{first['id']}")).json["role"]
    assert role == "archived"
    assert (await api.get(f"/projects/{pid}/baselines/{baseline['id']}")).status == 404


async def test_quality(
    api: Client, emulator: Emulator, small_xer: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    project, schedule = await ready_project(api, emulator, small_xer)
    pid = project["id"]
    report = (await api.get(f"/projects/{pid}/quality")).json
    assert report["status"] == "complete"
    assert 0 <= report["score"] <= 100
    assert report["schedule_id"] == schedule["id"]
    assert report["categories"]
    project = (await api.get(f"/projects/{pid}")).json
    assert project["quality_score"] == report["score"]
    assert project["quality_grade"] == report["grade"]

    checks = (await api.get(f"/projects/{pid}/quality/checks", params={"per_page": "200"})).json
    assert checks["meta"]["total"] == len(checks["data"]) > 10
    failing = (await api.get(f"/projects/{pid}/quality/checks", params={"verdict": "fail"})).json
    assert all(c["verdict"] == "fail" for c in failing["data"])
    logic = (await api.get(f"/projects/{pid}/quality/checks", params={"category": "logic"})).json
    assert logic["data"]
    assert all(c["category"] == "logic" for c in logic["data"])

    flagged = max(checks["data"], key=lambda c: c["affected_count"])
    assert flagged["affected_count"] >= 2
    detail = (
        await api.get(f"/projects/{pid}/quality/checks/{flagged['id']}", params={"per_page": "1"})
    ).json
    assert detail["meta"] == {"total": flagged["affected_count"], "page": 1, "per_page": 1}
    assert len(detail["affected_activity_ids"]) == 1
    assert detail["description"]
    aid = detail["affected_activity_ids"][0]
    assert (await api.get(f"/projects/{pid}/activities/{aid}")).status == 200
    assert (await api.get(f"/projects/{pid}/quality/checks/no-such-check")).status == 404

    # An update makes the report pending until the engine (held here) finishes again.
    gate = threading.Event()
    real_evaluate = _processing.evaluate

    def held_evaluate(*args: Any, **kwargs: Any) -> Any:
        gate.wait(10)
        return real_evaluate(*args, **kwargs)

    monkeypatch.setattr(_processing, "evaluate", held_evaluate)
    act = (await api.get(f"/projects/{pid}/activities")).json["data"][0]
    await api.patch(f"/projects/{pid}/activities/{act['id']}", json={"notes": "x"})
    pending = (await api.get(f"/projects/{pid}/quality")).json
    assert pending["status"] == "pending"
    assert pending["score"] is None
    assert pending["categories"] == []
    assert pending["grade"] is None
    assert (await api.get(f"/projects/{pid}")).json["quality_score"] is None
    gate.set()
    await emulator.wait_idle()
    assert (await api.get(f"/projects/{pid}/quality")).json["status"] == "complete"
    assert [e.type for e in emulator.state.events].count("quality.complete") == 2

    processing = (await api.upload(pid, small_xer)).json
    not_ready = await api.get(f"/projects/{pid}/quality", params={"schedule_id": processing["id"]})
    assert not_ready.status == 409
    await emulator.wait_idle()


async def test_resources_assignments_loading(
    api: Client, emulator: Emulator, small_xer: bytes
) -> None:
    project, _ = await ready_project(api, emulator, small_xer)
    pid = project["id"]
    resources = (await api.get(f"/projects/{pid}/resources")).json["data"]
    assert resources
    labor = [r for r in resources if r["type"] == "labor"]
    typed = (await api.get(f"/projects/{pid}/resources", params={"type": "labor"})).json
    assert typed["meta"]["total"] == len(labor)
    rid = resources[0]["id"]
    assert (await api.get(f"/projects/{pid}/resources/{rid}")).json == resources[0]
    assert (await api.get(f"/projects/{pid}/resources/rsrc_missing")).status == 404

    assignments = (
        await api.get(f"/projects/{pid}/resources/assignments", params={"per_page": "200"})
    ).json
    assert assignments["data"]
    one = assignments["data"][0]
    by_res = (
        await api.get(
            f"/projects/{pid}/resources/assignments", params={"resource_id": one["resource_id"]}
        )
    ).json
    assert all(a["resource_id"] == one["resource_id"] for a in by_res["data"])
    by_act = (
        await api.get(
            f"/projects/{pid}/resources/assignments", params={"activity_id": one["activity_id"]}
        )
    ).json
    assert one["id"] in {a["id"] for a in by_act["data"]}
    bad = await api.get(f"/projects/{pid}/resources/assignments", params={"resource_id": "x"})
    assert bad.status == 400

    loading = (
        await api.get(
            f"/projects/{pid}/resources/loading",
            params={"resource_id": one["resource_id"], "interval": "day"},
        )
    ).json
    assert loading["interval"] == "day"
    assert loading["buckets"]
    total_budget = sum(
        a["budgeted_units"] for a in assignments["data"] if a["resource_id"] == one["resource_id"]
    )
    planned = sum(b["planned_units"] for b in loading["buckets"])
    assert abs(planned - total_budget) < 1e-3  # every unit lands in exactly one bucket
    for before, after in zip(loading["buckets"], loading["buckets"][1:], strict=False):
        assert before["end"] == after["start"]
    weekly = (await api.get(f"/projects/{pid}/resources/loading")).json
    assert weekly["interval"] == "week"
    assert weekly["resource_id"] is None
    assert weekly["unit"] == "hours"
    too_many = await api.get(
        f"/projects/{pid}/resources/loading",
        params={"interval": "day", "start": "2020-01-01T00:00:00Z", "end": "2030-01-01T00:00:00Z"},
    )
    assert too_many.status == 400


async def test_users(api: Client, emulator: Emulator) -> None:
    users = (await api.get("/users")).json
    assert users["meta"]["total"] == 1
    assert users["data"][0]["role"] == "admin"
    owner = users["data"][0]
    invited = await api.post("/users", json={"email": "ana@example.com", "role": "editor"})
    assert invited.status == 201
    assert invited.json["status"] == "invited"
    duplicate = await api.post("/users", json={"email": "ANA@example.com", "role": "viewer"})
    assert duplicate.status == 409
    bad = await api.post("/users", json={"email": "not-an-email", "role": "boss"})
    assert bad.status == 422
    assert len(bad.json["error"]["details"]) == 2
    uid = invited.json["id"]
    assert (await api.get(f"/users/{uid}")).json == invited.json
    renamed = await api.patch(f"/users/{uid}", json={"name": "Ana", "role": "viewer"})
    assert renamed.json["name"] == "Ana"
    assert renamed.json["role"] == "viewer"
    editors = (await api.get("/users", params={"role": "viewer"})).json
    assert [u["id"] for u in editors["data"]] == [uid]
    last_admin = await api.patch(f"/users/{owner['id']}", json={"role": "editor"})
    assert last_admin.status == 409
    assert (await api.delete(f"/users/{owner['id']}")).status == 409
    assert (await api.delete(f"/users/{uid}")).status == 204
    assert (await api.get(f"/users/{uid}")).status == 404


async def test_webhook_crud(api: Client) -> None:
    created = await api.post(
        "/webhooks",
        json={"url": "https://hooks.example.com/kz", "events": ["schedule.processed"]},
    )
    assert created.status == 201
    hook = created.json
    assert hook["secret"].startswith("whsec_")
    assert hook["active"] is True
    wid = hook["id"]
    got = (await api.get(f"/webhooks/{wid}")).json
    assert "secret" not in got
    listed = (await api.get("/webhooks")).json
    assert [w["id"] for w in listed["data"]] == [wid]
    assert "secret" not in listed["data"][0]
    updated = await api.patch(
        f"/webhooks/{wid}", json={"active": False, "events": ["ping"], "description": "d"}
    )
    assert updated.json["active"] is False
    assert updated.json["events"] == ["ping"]
    plain_http = await api.post(
        "/webhooks", json={"url": "http://hooks.example.com/kz", "events": ["ping"]}
    )
    assert plain_http.status == 422
    duplicated = await api.post(
        "/webhooks", json={"url": "https://h.example.com", "events": ["ping", "ping"]}
    )
    assert duplicated.status == 422
    bad_event = await api.post(
        "/webhooks", json={"url": "https://h.example.com", "events": ["nope"]}
    )
    assert bad_event.status == 422
    assert bad_event.json["error"]["details"][0]["field"] == "events[0]"
    test = await api.post(f"/webhooks/{wid}/test")
    assert test.status == 202
    assert test.json["status"] == "pending"
    assert test.json["attempt"] == 0
    assert test.json["event_type"] == "ping"
    deliveries = (await api.get(f"/webhooks/{wid}/deliveries")).json
    assert [d["id"] for d in deliveries["data"]] == [test.json["id"]]
    assert (await api.delete(f"/webhooks/{wid}")).status == 204
    assert (await api.get(f"/webhooks/{wid}")).status == 404
    assert (await api.get(f"/webhooks/{wid}/deliveries")).status == 404


async def test_unknown_route_and_method(api: Client) -> None:
    unknown = await api.get("/nothing-here", validate_spec=False)
    assert unknown.status == 404
    assert unknown.error_type == "not_found"
    method = await api.call("PUT", "/projects", validate_spec=False)
    assert method.status == 405
