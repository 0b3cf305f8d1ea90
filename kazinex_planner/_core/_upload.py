"""Streaming multipart bodies with a known length, progress and a running sha256.

The body is produced chunk by chunk (256 KiB at a time) so a 200 MB schedule is never
held in memory. Because we write the multipart framing ourselves, the total size is
known whenever the file's size is, and ``Content-Length`` is sent instead of chunked
encoding. A source that can be read again (a path, bytes, a seekable file) makes the
request replayable; an async iterator is one-shot and is never retried.

A file the SDK opens (the source is a path) is the SDK's to close, also when the
upload is cancelled at any point: while ``open`` runs in its worker thread (the file
is closed when the thread delivers it), while chunks stream, or after aiohttp stopped
reading the body. :meth:`MultipartBody.close` closes whatever is still open; the
caller runs it in a ``finally``, so no handle is left to the garbage collector.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import inspect
import os
import uuid
from collections.abc import (
    AsyncGenerator,
    AsyncIterable,
    AsyncIterator,
    Awaitable,
    Callable,
    Mapping,
)
from pathlib import Path
from typing import IO, Any, BinaryIO, TypeGuard, Union

import attrs

#: What ``schedules.upload`` accepts as the file.
UploadSource = Union[
    str, "os.PathLike[str]", bytes, bytearray, memoryview, IO[bytes], AsyncIterable[bytes]
]
#: ``on_progress(bytes_sent, total_or_None)``; may be sync or async.
ProgressCallback = Callable[[int, int | None], "Awaitable[None] | None"]

CHUNK = 256 * 1024


def _close_delivered(future: asyncio.Future[BinaryIO | None]) -> None:
    if not future.cancelled() and future.exception() is None:
        handle = future.result()
        if handle is not None:
            handle.close()


async def _open_for_reading(path: str, abandoned: Callable[[], bool]) -> BinaryIO | None:
    """``open(path, "rb")`` in a worker thread, without leaking the file on cancellation.

    Returns ``None`` when the upload was given up before the thread got to run: on a
    busy executor a queued open can start long after its call was cancelled, and a
    file opened then would stay open (however briefly) after the caller saw the call
    end. An open already running when the call is cancelled is closed as it delivers.
    """
    cancelled = False

    def open_unless_abandoned() -> BinaryIO | None:
        if cancelled or abandoned():
            return None
        return open(path, "rb")

    future = asyncio.get_running_loop().run_in_executor(None, open_unless_abandoned)
    try:
        return await asyncio.shield(future)
    except asyncio.CancelledError:
        cancelled = True
        future.add_done_callback(_close_delivered)  # the thread may still open it: close then
        raise


def _is_path(source: object) -> TypeGuard[str | os.PathLike[str]]:
    return isinstance(source, (str, os.PathLike))


def source_name(source: object, default: str = "schedule") -> str:
    if _is_path(source):
        return Path(os.fspath(source)).name
    name = getattr(source, "name", None)
    if isinstance(name, str) and name:
        return Path(name).name
    return default


def source_size(source: object) -> int | None:
    if _is_path(source):
        return Path(os.fspath(source)).stat().st_size
    if isinstance(source, (bytes, bytearray, memoryview)):
        return memoryview(source).nbytes
    stream: Any = source
    if hasattr(stream, "seek") and hasattr(stream, "tell"):
        try:
            if not stream.seekable():
                return None
            here = stream.tell()
            end = stream.seek(0, os.SEEK_END)
            stream.seek(here)
            return int(end - here)
        except (OSError, ValueError, AttributeError):
            return None
    return None


def can_rewind(source: object) -> bool:
    """Whether the source can be read again from its start (bytes, a path, a seekable
    stream): a body built from it can be sent twice and inspected before sending."""
    if _is_path(source) or isinstance(source, (bytes, bytearray, memoryview)):
        return True
    seekable = getattr(source, "seekable", None)
    return bool(seekable and seekable())


@attrs.define
class StreamStats:
    """Filled while the body streams: what was sent and its digest."""

    sent: int = 0
    sha256: str | None = None


class MultipartBody:
    """One multipart/form-data body: text fields first, then the file part."""

    def __init__(
        self,
        source: UploadSource,
        *,
        fields: Mapping[str, str],
        file_field: str = "file",
        filename: str,
        content_type: str = "application/octet-stream",
        on_progress: ProgressCallback | None = None,
    ) -> None:
        self.boundary = f"kzsdk-{uuid.uuid4().hex}"
        self._source = source
        self._on_progress = on_progress
        stream: Any = source
        self._start = stream.tell() if hasattr(stream, "tell") and can_rewind(stream) else None
        parts = bytearray()
        for name, value in fields.items():
            parts += (
                f"--{self.boundary}\r\n"
                f'Content-Disposition: form-data; name="{_quote(name)}"\r\n\r\n'
            ).encode()
            parts += value.encode("utf-8") + b"\r\n"
        parts += (
            f"--{self.boundary}\r\n"
            f'Content-Disposition: form-data; name="{_quote(file_field)}"; '
            f'filename="{_quote(filename)}"\r\n'
            f"Content-Type: {content_type}\r\n\r\n"
        ).encode()
        self._head = bytes(parts)
        self._tail = f"\r\n--{self.boundary}--\r\n".encode()
        self.file_size = source_size(source)
        self.rewindable = can_rewind(source)
        self._consumed = False
        self._open_files: set[BinaryIO] = set()
        self._closed = False
        self.stats = StreamStats()

    def close(self) -> None:
        """Close every file this body opened and has not closed yet (idempotent).

        Final: aiohttp streams the body from its own writer task, which may still be
        opening the file when the call is cancelled and this runs; a file delivered
        after ``close`` is closed at once and the body ends, instead of staying open
        until that task is torn down with its connection.
        """
        self._closed = True
        while self._open_files:
            self._open_files.pop().close()

    @property
    def content_type(self) -> str:
        return f"multipart/form-data; boundary={self.boundary}"

    @property
    def content_length(self) -> int | None:
        if self.file_size is None:
            return None
        return len(self._head) + self.file_size + len(self._tail)

    async def _progress(self, sent: int) -> None:
        if self._on_progress is not None:
            result = self._on_progress(sent, self.file_size)
            if inspect.isawaitable(result):
                await result

    async def _file_chunks(self) -> AsyncGenerator[bytes, None]:
        source: Any = self._source
        if isinstance(source, (bytes, bytearray, memoryview)):
            view = memoryview(source)
            for i in range(0, view.nbytes, CHUNK):
                yield bytes(view[i : i + CHUNK])
        elif _is_path(source):
            # Reads run in a worker thread so a slow disk never stalls the event loop.
            handle = await _open_for_reading(os.fspath(source), lambda: self._closed)
            if handle is None:
                return
            if self._closed:
                handle.close()
                return
            self._open_files.add(handle)
            try:
                while not self._closed and (chunk := await asyncio.to_thread(handle.read, CHUNK)):
                    yield chunk
            finally:
                self._open_files.discard(handle)
                handle.close()
        elif hasattr(source, "read"):
            if self._start is not None:
                source.seek(self._start)
            while True:
                chunk = source.read(CHUNK)
                if inspect.isawaitable(chunk):
                    chunk = await chunk
                if not chunk:
                    break
                yield bytes(chunk)
        elif isinstance(source, AsyncIterable):
            if self._consumed:
                raise RuntimeError("a one-shot upload stream cannot be sent twice")
            self._consumed = True
            async for chunk in source:
                if not isinstance(chunk, (bytes, bytearray, memoryview)):
                    raise TypeError(f"upload stream yielded {type(chunk).__name__}, expected bytes")
                yield bytes(chunk)
        else:
            raise TypeError(f"unsupported upload source {type(source).__name__}")

    async def iter_body(self) -> AsyncIterator[bytes]:
        """The full body; restarts cleanly on each call when the source is replayable."""
        digest = hashlib.sha256()
        self.stats = StreamStats()
        await self._progress(0)
        yield self._head
        # aclosing: when this generator is closed early, the file generator is too (now,
        # not whenever the garbage collector gets to it).
        async with contextlib.aclosing(self._file_chunks()) as chunks:
            async for chunk in chunks:
                digest.update(chunk)
                self.stats.sent += len(chunk)
                yield chunk
                await self._progress(self.stats.sent)
        yield self._tail
        self.stats.sha256 = digest.hexdigest()


def _quote(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")
