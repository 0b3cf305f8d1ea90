"""Authentication, scopes and roles: who may call what."""

from __future__ import annotations

import pytest

from kazinex_planner.emulator import Emulator

from ._client import Client
from .conftest import make_project

WRITES = [
    ("POST", "/projects", {"name": "x"}),
    ("PATCH", "/projects/{pid}", {"name": "y"}),
    ("DELETE", "/projects/{pid}", None),
    ("POST", "/webhooks", {"url": "https://h.example.com", "events": ["ping"]}),
    ("POST", "/users", {"email": "a@example.com", "role": "viewer"}),
]


async def test_missing_and_unknown_keys_are_401(api: Client) -> None:
    for key in (None, "kzp_test_doesnotexist"):
        result = await api.with_key(key).get("/projects")
        assert result.status == 401
        assert result.error_type == "unauthenticated"
        assert result.headers["WWW-Authenticate"] == "Bearer"
        assert result.headers["X-RateLimit-Limit"] == "120"  # anonymous professional bucket
    basic = await api.with_key(None).get("/projects", headers={"Authorization": "Basic abc"})
    assert basic.status == 401


@pytest.mark.parametrize(("method", "path", "body"), WRITES)
async def test_read_only_key_cannot_write(
    api: Client, emulator: Emulator, method: str, path: str, body: object
) -> None:
    project = await make_project(api)
    reader = api.with_key(emulator.issue_key(scope="read_only"))
    result = await reader.call(method, path.format(pid=project["id"]), json=body)
    assert result.status == 403
    assert result.error_type == "insufficient_scope"
    assert (await reader.get(f"/projects/{project['id']}")).status == 200


@pytest.mark.parametrize("role", ["editor", "viewer"])
async def test_non_admins_cannot_see_users(api: Client, emulator: Emulator, role: str) -> None:
    client = api.with_key(emulator.issue_key(role=role))
    for method, path in (("GET", "/users"), ("GET", f"/users/{emulator.state.owner.id}")):
        result = await client.call(method, path)
        assert result.status == 403
        assert result.error_type == "forbidden"
    assert (await api.get("/users")).status == 200


async def test_viewer_cannot_write_but_editor_can(api: Client, emulator: Emulator) -> None:
    viewer = api.with_key(emulator.issue_key(role="viewer"))
    editor = api.with_key(emulator.issue_key(role="editor"))
    denied = await viewer.post("/projects", json={"name": "x"})
    assert denied.status == 403
    assert denied.error_type == "forbidden"
    assert (await editor.post("/projects", json={"name": "x"})).status == 201


async def test_removed_users_keys_stop_working(api: Client, emulator: Emulator) -> None:
    editor_key = emulator.issue_key(role="editor")
    editor = api.with_key(editor_key)
    assert (await editor.get("/projects")).status == 200
    user_id = emulator.state.key_record(editor_key).user_id  # type: ignore[union-attr]
    assert (await api.delete(f"/users/{user_id}")).status == 204
    assert (await editor.get("/projects")).status == 401


async def test_keys_look_right_and_are_not_stored(emulator: Emulator) -> None:
    key = emulator.issue_key()
    assert key.startswith("kzp_test_")
    assert len(key) > 30
    assert all(key not in repr(record) for record in emulator.state.keys.values())
    assert key not in emulator.state.keys
