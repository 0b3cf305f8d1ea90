"""Every API command through the command line against a live emulator (CliRunner)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kazinex_planner._generated.operations import OPERATIONS
from kazinex_planner.cli._app import cli
from kazinex_planner.cli._operations import COMMAND_NAMES, HAND_WRITTEN, NOT_ON_CLI

from .conftest import LiveEmulator


def _project_with_schedule(live: LiveEmulator, xer_file: Path) -> tuple[str, str]:
    project = live.json("projects", "create", "--name", "CLI walk", "--code", "CW")
    result = live.invoke("schedules", "upload", project["id"], str(xer_file), "--wait")
    assert result.exit_code == 0, result.output
    (schedule,) = live.lines("schedules", "list", project["id"])
    assert schedule["status"] == "ready"
    return project["id"], schedule["id"]


def test_every_operation_is_a_command_or_excluded_with_a_reason() -> None:
    for op in OPERATIONS:
        if op.operation_id in HAND_WRITTEN or op.operation_id in NOT_ON_CLI:
            continue
        group = cli.commands[op.tag]
        name = COMMAND_NAMES.get(op.method_name, op.method_name.replace("_", "-"))
        assert name in group.commands, f"{op.operation_id} has no command"  # type: ignore[attr-defined]
    assert "upload" in cli.commands["schedules"].commands  # type: ignore[attr-defined]


def test_projects_crud(live: LiveEmulator) -> None:
    created = live.json("projects", "create", "--name", "North Harbour", "--code", "NH")
    pid = created["id"]
    assert live.json("projects", "get", pid)["name"] == "North Harbour"
    updated = live.json("projects", "update", pid, "--name", "North Harbour 2")
    assert updated["name"] == "North Harbour 2"
    assert updated["code"] == "NH"
    table = live.invoke("projects", "list")
    assert table.exit_code == 0
    assert pid in table.output
    deleted = live.invoke("projects", "delete", pid)
    assert deleted.exit_code == 0
    assert f"deleted project {pid}" in deleted.output
    gone = live.invoke("projects", "get", pid)
    assert gone.exit_code == 1
    assert gone.stderr.startswith("NotFoundError 404 req_")
    assert len(gone.stderr.strip().splitlines()) == 1
    assert "Traceback" not in gone.output


def test_lists_page_lazily_and_say_what_they_left_out(live: LiveEmulator) -> None:
    for n in range(5):
        live.json("projects", "create", "--name", f"P{n}")
    result = live.invoke("projects", "list", "--limit", "2", "-vv")
    assert result.exit_code == 0
    assert "showing 2 of 5" in result.output
    assert result.stderr.count("GET /projects -> 200") == 1  # one page of 2, no more
    assert len(live.lines("projects", "list", "--limit", "3")) == 3
    assert len(live.lines("projects", "list", "--limit", "0")) == 5


def test_schedules_activities_and_baselines(live: LiveEmulator, xer_file: Path) -> None:
    pid, sid = _project_with_schedule(live, xer_file)
    assert live.json("schedules", "get", pid, sid)["activity_count"] == 40
    activities = live.lines("activities", "list", pid, "--status", "not_started", "--limit", "0")
    assert activities
    assert all(a["status"] == "not_started" for a in activities)
    aid = activities[0]["id"]
    assert live.json("activities", "get", pid, aid)["id"] == aid
    updated = live.json(
        "activities",
        "update",
        pid,
        aid,
        "--percent-complete",
        "25",
        "--actual-start",
        "2024-06-12T08:00:00Z",
        "--notes",
        "started",
    )
    assert updated["percent_complete"] == 25
    assert updated["notes"] == "started"
    baseline = live.json("baselines", "mark", pid, "--schedule-id", sid, "--label", "Contract")
    assert baseline["is_primary"] is True
    assert [b["id"] for b in live.lines("baselines", "list", pid)] == [baseline["id"]]
    assert live.json("baselines", "get", pid, baseline["id"])["label"] == "Contract"
    unmarked = live.invoke("baselines", "unmark", pid, baseline["id"])
    assert unmarked.exit_code == 0
    assert "unmarked baseline" in unmarked.output
    assert live.lines("baselines", "list", pid) == []
    deleted = live.invoke("schedules", "delete", pid, sid)
    assert deleted.exit_code == 0, deleted.output


def test_quality_and_resources(live: LiveEmulator, xer_file: Path) -> None:
    pid, sid = _project_with_schedule(live, xer_file)
    report = live.json("quality", "report", pid)
    assert report["schedule_id"] == sid
    assert report["status"] == "complete"
    checks = live.lines("quality", "checks", pid, "--verdict", "fail")
    assert all(c["verdict"] == "fail" for c in checks)
    table = live.invoke("quality", "checks", pid)
    assert table.exit_code == 0
    assert "missing-logic" in table.output
    assert live.json("quality", "check", pid, "missing-logic")["id"] == "missing-logic"
    resources = live.lines("resources", "list", pid)
    assert resources
    assert live.json("resources", "get", pid, resources[0]["id"])["id"] == resources[0]["id"]
    loading = live.json("resources", "loading", pid, "--interval", "week")
    assert loading["interval"] == "week"
    assert isinstance(live.lines("resources", "assignments", pid), list)


def test_users(live: LiveEmulator) -> None:
    invited = live.json("users", "invite", "--email", "ana@example.com", "--role", "viewer")
    assert invited["status"] == "invited"
    emails = {u["email"] for u in live.lines("users", "list")}
    assert "ana@example.com" in emails
    assert live.json("users", "update", invited["id"], "--role", "editor")["role"] == "editor"
    assert live.json("users", "get", invited["id"])["role"] == "editor"
    removed = live.invoke("users", "remove", invited["id"])
    assert removed.exit_code == 0
    assert "removed user" in removed.output


def test_webhooks(live: LiveEmulator) -> None:
    created = live.json(
        "webhooks",
        "create",
        "--url",
        "http://127.0.0.1:9/hook",
        "--events",
        "quality.complete,schedule.processed",
        "--events",
        "ping",
    )
    assert set(created["events"]) == {"quality.complete", "schedule.processed", "ping"}
    assert created["secret"].startswith("whsec_")
    wid = created["id"]
    assert [w["id"] for w in live.lines("webhooks", "list")] == [wid]
    assert live.json("webhooks", "update", wid, "--no-active")["active"] is False
    assert live.json("webhooks", "update", wid, "--active")["active"] is True
    delivery = live.json("webhooks", "test", wid)
    assert delivery["webhook_id"] == wid
    assert any(d["id"] == delivery["id"] for d in live.lines("webhooks", "deliveries", wid))
    assert live.invoke("webhooks", "delete", wid).exit_code == 0
    assert live.lines("webhooks", "list") == []


def test_a_bad_choice_in_a_list_option_is_a_usage_error(live: LiveEmulator) -> None:
    result = live.invoke("webhooks", "create", "--url", "http://127.0.0.1:9/h", "--events", "nope")
    assert result.exit_code == 2
    assert "'nope' not among" in result.output


@pytest.mark.parametrize("width", [80])
def test_tables_fit_80_columns_without_cutting_ids(
    live: LiveEmulator, xer_file: Path, width: int
) -> None:
    pid, _ = _project_with_schedule(live, xer_file)
    activities = live.lines("activities", "list", pid, "--limit", "5")
    result = live.invoke("activities", "list", pid, "--limit", "5", env={"COLUMNS": str(width)})
    assert result.exit_code == 0
    assert max(len(line) for line in result.output.splitlines()) <= width
    for activity in activities:
        assert activity["id"] in result.output
