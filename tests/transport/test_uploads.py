"""Streaming multipart uploads: lengths, progress, one-shot streams, memory, integrity."""

from __future__ import annotations

import gc
import hashlib
import io
import tracemalloc
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp import web

from kazinex_planner._core._resource import UploadIntegrityError

from .conftest import ClientFn, RecordingClock, ServeFn, example

CONTENT = b"ERMHDR\t19.12\n" + bytes(range(256)) * 4000  # ~1 MB, several 256 KiB chunks


class UploadServer:
    """Reads the multipart body chunk by chunk and answers with what it received."""

    def __init__(self) -> None:
        self.seen: list[dict[str, object]] = []
        self.lie_about_sha = False

    async def handle(self, request: web.Request) -> web.Response:
        digest = hashlib.sha256()
        size = 0
        fields: dict[str, str] = {}
        filename = None
        reader = await request.multipart()
        async for part in reader:
            if part.name == "file":  # type: ignore[union-attr]
                filename = part.filename  # type: ignore[union-attr]
                while chunk := await part.read_chunk(64 * 1024):  # type: ignore[union-attr]
                    digest.update(chunk)
                    size += len(chunk)
            else:
                fields[part.name or ""] = await part.text()  # type: ignore[union-attr]
        self.seen.append(
            {
                "content_length": request.headers.get("Content-Length"),
                "transfer_encoding": request.headers.get("Transfer-Encoding"),
                "idempotency_key": request.headers.get("Idempotency-Key"),
                "size": size,
                "fields": fields,
                "filename": filename,
            }
        )
        sha = "0" * 64 if self.lie_about_sha else digest.hexdigest()
        return web.json_response(
            {**example("Schedule"), "sha256": sha, "size_bytes": size, "status": "processing"},
            status=202,
        )


def _body_length(server: UploadServer) -> int:
    length = server.seen[-1]["content_length"]
    assert isinstance(length, str)
    return int(length)


@pytest.mark.parametrize("kind", ["bytes", "path", "file"])
async def test_replayable_sources_send_content_length(
    serve: ServeFn, make_client: ClientFn, tmp_path: Path, kind: str
) -> None:
    upload = UploadServer()
    planner = make_client(await serve(upload.handle))
    path = tmp_path / "update.xer"
    path.write_bytes(CONTENT)
    progress: list[tuple[int, int | None]] = []
    with path.open("rb") as handle:
        source = {"bytes": CONTENT, "path": path, "file": handle}[kind]
        schedule = await planner.schedules.upload(
            "proj_1",
            source,  # type: ignore[arg-type]
            label="Update 05",
            on_progress=lambda sent, total: progress.append((sent, total)),
            validate=False,
        )
    seen = upload.seen[-1]
    assert seen["size"] == len(CONTENT)
    assert seen["transfer_encoding"] is None
    assert _body_length(upload) > len(CONTENT)  # the file plus the multipart framing
    assert seen["fields"] == {"label": "Update 05"}
    assert seen["filename"] == ("update.xer" if kind != "bytes" else "schedule")
    assert schedule.sha256 == hashlib.sha256(CONTENT).hexdigest()
    assert progress[0] == (0, len(CONTENT))
    assert progress[-1] == (len(CONTENT), len(CONTENT))  # 100%
    assert [sent for sent, _ in progress] == sorted(sent for sent, _ in progress)


async def test_seekable_file_is_sent_from_its_current_position(
    serve: ServeFn, make_client: ClientFn
) -> None:
    upload = UploadServer()
    planner = make_client(await serve(upload.handle))
    handle = io.BytesIO(b"JUNK" + CONTENT)
    handle.seek(4)
    schedule = await planner.schedules.upload("proj_1", handle, validate=False)
    assert schedule.sha256 == hashlib.sha256(CONTENT).hexdigest()


async def test_async_progress_callback_is_awaited(serve: ServeFn, make_client: ClientFn) -> None:
    upload = UploadServer()
    planner = make_client(await serve(upload.handle))
    progress: list[int] = []

    async def on_progress(sent: int, total: int | None) -> None:
        progress.append(sent)

    await planner.schedules.upload("proj_1", CONTENT, on_progress=on_progress, validate=False)
    assert progress[-1] == len(CONTENT)


async def test_async_iterator_streams_without_content_length(
    serve: ServeFn, make_client: ClientFn
) -> None:
    upload = UploadServer()
    planner = make_client(await serve(upload.handle))
    progress: list[tuple[int, int | None]] = []

    async def chunks() -> AsyncIterator[bytes]:
        for i in range(0, len(CONTENT), 100_000):
            yield CONTENT[i : i + 100_000]

    schedule = await planner.schedules.upload(
        "proj_1",
        chunks(),
        on_progress=lambda sent, total: progress.append((sent, total)),
        validate=False,
    )
    seen = upload.seen[-1]
    assert seen["content_length"] is None
    assert seen["transfer_encoding"] == "chunked"
    assert seen["size"] == len(CONTENT)
    assert schedule.sha256 == hashlib.sha256(CONTENT).hexdigest()
    assert progress[-1] == (len(CONTENT), None)  # total unknown, bytes still counted


def _small(tmp_path: Path) -> Path:
    path = tmp_path / "small.xer"
    path.write_bytes(CONTENT)
    return path


async def test_50_mb_upload_streams_in_small_memory(
    serve: ServeFn, make_client: ClientFn, tmp_path: Path
) -> None:
    size = 50 * 1024 * 1024
    path = tmp_path / "big.xer"
    with path.open("wb") as handle:
        block = bytes(range(256)) * 4096  # 1 MiB
        for _ in range(50):
            handle.write(block)
    upload = UploadServer()
    planner = make_client(await serve(upload.handle))
    # Warm up with a small path upload first: the first one pays ~6 MB of one-time costs
    # (the worker-thread pool, lazily imported modules) that have nothing to do with size.
    await planner.schedules.upload("proj_1", _small(tmp_path), validate=False)
    gc.collect()
    tracemalloc.start()
    try:
        start, _ = tracemalloc.get_traced_memory()
        schedule = await planner.schedules.upload("proj_1", path, validate=False)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert upload.seen[-1]["size"] == size
    assert schedule.size_bytes == size
    # Holding the file would be 50 MB; streaming measures about 1.2 MB here.
    assert peak - start < 10 * 1024 * 1024, peak - start


async def test_sha256_mismatch_raises_upload_integrity_error(
    serve: ServeFn, make_client: ClientFn
) -> None:
    upload = UploadServer()
    upload.lie_about_sha = True
    planner = make_client(await serve(upload.handle))
    with pytest.raises(UploadIntegrityError, match="sha256"):
        await planner.schedules.upload("proj_1", CONTENT, validate=False)


async def test_replayable_upload_is_retried_whole_with_the_same_key(
    serve: ServeFn, make_client: ClientFn
) -> None:
    upload = UploadServer()
    failures = [503]

    async def flaky(request: web.Request) -> web.Response:
        if failures:
            await request.read()
            return web.json_response({"error": {"message": "busy"}}, status=failures.pop())
        return await upload.handle(request)

    calls: list[str | None] = []

    async def first_hit(request: web.Request) -> web.Response:
        calls.append(request.headers.get("Idempotency-Key"))
        return await flaky(request)

    planner = make_client(await serve(first_hit), clock=RecordingClock())
    schedule = await planner.schedules.upload("proj_1", CONTENT, validate=False)
    assert len(calls) == 2
    assert calls[0] == calls[1]
    assert upload.seen[-1]["size"] == len(CONTENT)
    assert schedule.sha256 == hashlib.sha256(CONTENT).hexdigest()
