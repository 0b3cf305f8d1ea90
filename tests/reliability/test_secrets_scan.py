"""Scan every string a user can see for the API key and webhook secrets.

A whole session against the emulator at DEBUG log level (create, update, webhook
create, errors), then a scan of: every log record, the reprs of every returned
model and of the client, every exception's ``str``/``repr``/traceback; plus the CLI's
stdout and stderr (with ``KAZINEX_LOG=debug``) against a server that echoes the key in
every error field, and the configuration errors for secrets in the wrong place.
"""

from __future__ import annotations

import asyncio
import logging
import os
import re
import sys
import traceback
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from kazinex_planner import PlannerClient
from kazinex_planner.emulator import Emulator
from kazinex_planner.errors import ConfigurationError, PlannerError
from kazinex_planner.schedule_files import generate_xer

from ._support import LONG_KEY, SHORT_KEY

WHSEC = re.compile(r"whsec_[A-Za-z0-9]{6,}")


def _leaks(texts: list[str], secrets: list[str]) -> list[str]:
    found = []
    for text in texts:
        if WHSEC.search(text):
            found.append(text)
        for secret in secrets:
            if (len(secret) >= 8 and secret in text) or (
                len(secret) < 8
                and re.search(rf"(?<![A-Za-z0-9_-]){re.escape(secret)}(?![A-Za-z0-9_-])", text)
            ):
                found.append(text)
    return found


def _exception_texts(exc: BaseException) -> list[str]:
    return [str(exc), repr(exc), "".join(traceback.format_exception(exc))] + [
        f"{k}={v!r}" for k, v in vars(exc).items()
    ]


async def test_a_full_emulator_session_shows_no_secret(caplog: pytest.LogCaptureFixture) -> None:
    texts: list[str] = []
    async with Emulator(plan="business") as emulator:
        key = emulator.issue_key(scope="read_write", role="admin")
        with caplog.at_level(logging.DEBUG, logger="kazinex_planner"):
            async with PlannerClient(key, base_url=emulator.base_url, plan="business") as p:
                texts.append(repr(p))
                project = await p.projects.create(name="Secrets")
                texts.append(repr(project))
                texts.append(repr(await p.projects.update(project.id, description="x")))
                hook = await p.webhooks.create(
                    url="https://hooks.example.com/kazinex", events=["schedule.processed"]
                )
                assert hook.secret.startswith("whsec_")  # the value is there for the caller
                texts += [repr(hook), str(hook)]
                texts.append(repr(await p.webhooks.get(hook.id)))
                for bad in (p.projects.get("proj_missing"), p.projects.create(name="")):
                    with pytest.raises(PlannerError) as info:
                        await bad
                    texts += _exception_texts(info.value)
                texts.append(repr(p.rate_limit))
        texts += [r.getMessage() for r in caplog.records]
        texts += [str(r.args) for r in caplog.records]
    assert texts
    assert _leaks(texts, [key]) == []


@pytest.fixture
async def echo_server() -> AsyncIterator[TestServer]:
    async def handler(request: web.Request) -> web.StreamResponse:
        key = request.headers.get("Authorization", "").removeprefix("Bearer ")
        body = {
            "error": {
                "type": key,
                "message": f"key {key} revoked",
                "request_id": key,
                "details": [{"field": key, "issue": key}],
            }
        }
        return web.json_response(body, status=401, headers={"X-Request-Id": key})

    app = web.Application(client_max_size=1024**3)
    app.router.add_route("*", "/{tail:.*}", handler)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    yield server
    await server.close()


@pytest.mark.parametrize("key", [LONG_KEY, SHORT_KEY])
async def test_cli_output_shows_no_echoed_key(
    echo_server: TestServer, tmp_path: Path, key: str
) -> None:
    schedule = tmp_path / "plan.xer"
    schedule.write_bytes(generate_xer(activities_per_project=20))
    env = {
        **os.environ,
        "KAZINEX_API_KEY": key,
        "KAZINEX_BASE_URL": str(echo_server.make_url("/planner/v1")),
        "KAZINEX_LOG": "debug",
        "NO_COLOR": "1",
    }
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        "from kazinex_planner.cli import main; raise SystemExit(main())",
        "upload",
        "proj_1",
        str(schedule),
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    stdout, stderr = await asyncio.wait_for(proc.communicate(), 60)
    out = stdout.decode("utf-8", "replace") + stderr.decode("utf-8", "replace")
    assert proc.returncode != 0
    assert "401" in out  # the error was shown, just without the key
    assert _leaks([out], [key]) == []


@pytest.mark.parametrize(
    "url",
    [
        f"https://user:{LONG_KEY}@api.kazinex.com/planner/v1",
        f"https://{LONG_KEY}@api.kazinex.com/planner/v1",
        f"http://admin:{LONG_KEY}@127.0.0.1:8080/planner/v1",
    ],
)
def test_a_secret_in_the_base_url_is_refused_and_not_echoed(url: str) -> None:
    with pytest.raises(ConfigurationError) as info:
        PlannerClient("kzk_other_key_123456", base_url=url)
    assert _leaks(_exception_texts(info.value), [LONG_KEY]) == []


@pytest.mark.parametrize("key", [f"{LONG_KEY}\n\x00", f"kzk_\x1b]0;{LONG_KEY}\x07"])
def test_a_malformed_key_is_refused_and_not_echoed(key: str) -> None:
    with pytest.raises(ConfigurationError) as info:
        PlannerClient(key)
    assert _leaks(_exception_texts(info.value), [LONG_KEY]) == []
