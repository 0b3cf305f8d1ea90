"""Receiving a schedule upload: multipart, streamed to a temporary file.

The file is never held in memory: chunks go straight to disk while the SHA-256 and the
size are computed. The limit is enforced as the bytes arrive (413 as soon as it is
passed, and the connection is closed rather than drained), and the format is sniffed
from the first 64 KB so a PDF is refused with 415 without reading the rest.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import tempfile
from pathlib import Path

import attrs
from aiohttp import BodyPartReader, MultipartReader, web
from aiohttp.http_exceptions import HttpProcessingError

from kazinex_planner.schedule_files import sniff_format

from ._errors import ApiError

__all__ = ["ReceivedFile", "receive_upload"]

_CHUNK = 256 * 1024
_HEAD = 64 * 1024
_LABEL_MAX = 200
#: Multipart framing allowance when judging a request by its Content-Length alone.
_FRAMING = 64 * 1024


@attrs.frozen(kw_only=True)
class ReceivedFile:
    path: Path
    file_name: str
    size: int
    sha256: str
    format: str
    label: str | None


def _too_large(limit: int) -> ApiError:
    megabytes = limit / (1024 * 1024)
    size = f"{megabytes:g} MB" if megabytes >= 1 else f"{limit} bytes"
    return ApiError(
        413,
        f"Schedule files may not exceed {size}.",
        details=[("file", f"size exceeds {limit} bytes")],
        close=True,
    )


def _not_schedule() -> ApiError:
    return ApiError(
        415,
        "The file is not a supported schedule format.",
        details=[("file", "not XER, PMXML or MSPDI")],
        close=True,
    )


async def receive_upload(request: web.Request, limit: int) -> ReceivedFile:
    """Stream the ``file`` part to disk; read the optional ``label``; validate both."""
    if request.content_type != "multipart/form-data":
        raise ApiError(
            415,
            "Uploads must be multipart/form-data with a `file` part.",
            details=[(None, f"content type {request.content_type or 'missing'}")],
        )
    if request.content_length is not None and request.content_length > limit + _FRAMING:
        raise _too_large(limit)
    try:
        reader = await request.multipart()
    except ValueError as exc:  # no or a bad boundary parameter
        raise _malformed(exc) from None
    received: tuple[Path, str, int, str, str] | None = None
    label: str | None = None
    try:
        while True:
            part = await _next_part(reader)
            if part is None:
                break
            if not isinstance(part, BodyPartReader):
                raise ApiError.validation([(None, "nested multipart bodies are not accepted")])
            if part.name == "file":
                if received is not None:
                    raise ApiError.validation([("file", "only one file may be uploaded")])
                received = await _stream_file(part, limit)
            elif part.name == "label":
                label = await _read_label(part)
            else:
                raise ApiError.validation([(part.name or None, "unknown field")])
    except BaseException:
        if received is not None:
            await asyncio.to_thread(received[0].unlink, missing_ok=True)
        raise
    if received is None:
        raise ApiError.validation([("file", "is required")])
    path, file_name, size, digest, fmt = received
    return ReceivedFile(
        path=path, file_name=file_name, size=size, sha256=digest, format=fmt, label=label
    )


def _malformed(exc: Exception) -> ApiError:
    """400 for a body that is not well-formed multipart (bad framing or part headers)."""
    reason = str(getattr(exc, "message", None) or exc).strip() or type(exc).__name__
    return ApiError.invalid(
        [(None, f"malformed multipart body: {reason.splitlines()[0]}")],
        "The request body is not well-formed multipart/form-data.",
    )


async def _next_part(reader: MultipartReader) -> BodyPartReader | MultipartReader | None:
    """The next part; aiohttp's parse errors (e.g. a raw non-ASCII byte in a part header,
    which RFC 7578 leaves to percent- or RFC 2231-encoding) become a 400, not a 500."""
    try:
        return await reader.next()
    except (HttpProcessingError, ValueError) as exc:
        raise _malformed(exc) from None


async def _read_label(part: BodyPartReader) -> str:
    raw = bytearray()
    while chunk := await part.read_chunk(4096):
        raw += chunk
        if len(raw) > _LABEL_MAX * 4:
            raise ApiError.validation([("label", f"must be at most {_LABEL_MAX} characters")])
    try:
        text = raw.decode(part.get_charset("utf-8"))
    except (UnicodeDecodeError, LookupError):
        raise ApiError.validation([("label", "must be UTF-8 text")]) from None
    if len(text) > _LABEL_MAX:
        raise ApiError.validation([("label", f"must be at most {_LABEL_MAX} characters")])
    return text


async def _stream_file(part: BodyPartReader, limit: int) -> tuple[Path, str, int, str, str]:
    fd, name = tempfile.mkstemp(prefix="kzp-upload-", suffix=".part")
    path = Path(name)
    digest = hashlib.sha256()
    size = 0
    head = bytearray()
    fmt: str | None = None
    try:
        with os.fdopen(fd, "wb") as out:
            while chunk := await part.read_chunk(_CHUNK):
                size += len(chunk)
                if size > limit:
                    raise _too_large(limit)
                digest.update(chunk)
                out.write(chunk)
                if fmt is None:
                    head += chunk[: _HEAD - len(head)]
                    if len(head) >= _HEAD:
                        fmt = await _sniff(bytes(head))
        if fmt is None:
            fmt = await _sniff(bytes(head))
    except BaseException:
        await asyncio.to_thread(path.unlink, missing_ok=True)
        raise
    file_name = os.path.basename(part.filename or "") or "upload"
    return path, file_name, size, digest.hexdigest(), fmt


async def _sniff(head: bytes) -> str:
    # Untrusted bytes are parsed in a worker thread, never on the event loop (the sniff is
    # linear, but the rule keeps one slow parser from ever freezing the server again).
    fmt = await asyncio.to_thread(sniff_format, head)
    if fmt is None:
        raise _not_schedule()
    return fmt
