"""A client that hangs up mid-upload is an ordinary event for the emulator, not a 500."""

from __future__ import annotations

import asyncio
import logging

import aiohttp
import pytest
from yarl import URL

from kazinex_planner.emulator import Emulator


async def test_disconnect_mid_upload_is_logged_at_info_without_a_500(
    caplog: pytest.LogCaptureFixture,
) -> None:
    async with Emulator(plan="business") as emulator:
        key = emulator.issue_key(scope="read_write", role="admin")
        auth = {"Authorization": f"Bearer {key}"}
        async with (
            aiohttp.ClientSession() as session,
            session.post(f"{emulator.base_url}/projects", json={"name": "x"}, headers=auth) as resp,
        ):
            project = (await resp.json())["id"]
        url = URL(emulator.base_url)
        assert url.host is not None
        assert url.port is not None
        head = (
            b'--B\r\nContent-Disposition: form-data; name="file"; filename="a.xer"\r\n'
            b"Content-Type: application/octet-stream\r\n\r\n"
        )
        request = (
            f"POST {url.path}/projects/{project}/schedules HTTP/1.1\r\nHost: x\r\n"
            f"Authorization: Bearer {key}\r\n"
            "Content-Type: multipart/form-data; boundary=B\r\nContent-Length: 10000000\r\n\r\n"
        ).encode()
        with caplog.at_level(logging.INFO, logger="kazinex_planner.emulator"):
            reader, writer = await asyncio.open_connection(url.host, url.port)
            writer.write(request + head + b"ERMHDR\t8.0\t" + b"x" * 100_000)
            await writer.drain()
            await asyncio.sleep(0.2)
            writer.transport.abort()  # hang up mid-body
            await writer.wait_closed()
            for _ in range(100):
                if "client disconnected" in caplog.text:
                    break
                await asyncio.sleep(0.02)
            # The emulator keeps serving.
            async with (
                aiohttp.ClientSession() as session,
                session.get(f"{emulator.base_url}/projects", headers=auth) as resp,
            ):
                assert resp.status == 200
        del reader
    assert "client disconnected before the body was read" in caplog.text
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert errors == []
