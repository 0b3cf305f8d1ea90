"""Turning a caller's "source" into one binary stream, and cutting it into whole lines.

The readers accept a path, bytes, or a binary file object, and must never load a 500 MB
file at once when only counting. This module opens the source, reads a head for sniffing
without losing it, and yields line-aligned chunks so that the XER scanners can work with
``bytes.count``/``re`` on large buffers (C speed) instead of one Python call per line.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol, runtime_checkable

from ._errors import ScheduleFileError
from ._limits import DEFAULT_LIMITS, ReadLimits

__all__ = [
    "BOM_UTF8",
    "HEAD_SIZE",
    "BinaryReadable",
    "Input",
    "ScheduleSource",
    "iter_line_chunks",
    "make_input",
    "open_source",
]

BOM_UTF8 = b"\xef\xbb\xbf"
#: How much is read up front to decide the format.
HEAD_SIZE = 64 * 1024
#: Chunk size for streaming: big enough that per-chunk Python overhead is negligible,
#: small enough that a few copies of it stay far below the memory budget.
CHUNK_SIZE = 1 << 20


@runtime_checkable
class BinaryReadable(Protocol):
    """Anything with ``read(size) -> bytes`` (an open file, ``io.BytesIO``, a socket file)."""

    def read(self, size: int = -1, /) -> bytes: ...


ScheduleSource = str | os.PathLike[str] | bytes | bytearray | memoryview | BinaryReadable


class Input:
    """An opened source: reads replay the sniffed head first, then the rest of the stream."""

    def __init__(
        self,
        head: bytes,
        stream: BinaryReadable,
        file_name: str | None,
        limits: ReadLimits = DEFAULT_LIMITS,
    ) -> None:
        self.head = head
        self.file_name = file_name
        self.limits = limits
        self._stream = stream
        self._pending = head
        self._start: int | None = None
        seekable = getattr(stream, "seekable", None)
        if callable(seekable) and seekable():
            try:
                self._start = stream.tell() - len(head)  # type: ignore[attr-defined]
            except (OSError, AttributeError):
                self._start = None

    def read(self, size: int = -1, /) -> bytes:
        """Read like a binary file; the head sniffed earlier comes first."""
        if self._pending:
            if size < 0:
                data = self._pending + _read(self._stream, -1)
                self._pending = b""
                return data
            data = self._pending[:size]
            self._pending = self._pending[size:]
            return data
        return _read(self._stream, size)

    def rewind(self) -> bool:
        """Go back to the start of the source for a second pass; False if it cannot seek."""
        if self._start is None:
            return False
        self._stream.seek(self._start)  # type: ignore[attr-defined]
        self._pending = b""
        return True


def _read(stream: BinaryReadable, size: int) -> bytes:
    data: object = stream.read(size)  # a text-mode file would give str
    if isinstance(data, bytes):
        return data
    if isinstance(data, bytearray | memoryview):
        return bytes(data)
    kind = type(data).__name__
    raise TypeError(f"schedule file objects must be opened in binary mode (read() gave {kind})")


def _file_name_of(obj: object) -> str | None:
    name = getattr(obj, "name", None)
    if isinstance(name, str) and name and not name.startswith("<"):
        return os.path.basename(name)
    return None


@contextmanager
def open_source(source: ScheduleSource, limits: ReadLimits = DEFAULT_LIMITS) -> Iterator[Input]:
    """Open ``source`` and read its head; OS errors (missing file, no permission) propagate.

    A ``str`` is always a path: schedule content is bytes, because its encoding is part of
    what the reader has to work out.
    """
    if isinstance(source, bytes | bytearray | memoryview):
        stream: BinaryReadable = io.BytesIO(source)
        yield make_input(stream, None, limits)
    elif isinstance(source, str | os.PathLike):
        path = os.fspath(source)
        with open(path, "rb") as fh:
            yield make_input(fh, os.path.basename(path), limits)
    elif isinstance(source, BinaryReadable):
        yield make_input(source, _file_name_of(source), limits)
    else:
        raise TypeError(
            f"source must be a path, bytes, or a binary file object, not {type(source).__name__}"
        )


def make_input(
    stream: BinaryReadable, file_name: str | None, limits: ReadLimits = DEFAULT_LIMITS
) -> Input:
    """Read the head of ``stream`` (an empty stream is an error) and wrap both."""
    head = _read(stream, HEAD_SIZE)
    # Short reads (pipes, raw streams) must not make the head too small to sniff.
    while 0 < len(head) < HEAD_SIZE:
        more = _read(stream, HEAD_SIZE - len(head))
        if not more:
            break
        head += more
    if not head:
        raise ScheduleFileError("the file is empty", file_name=file_name)
    return Input(head, stream, file_name, limits)


def iter_line_chunks(read: Input, *, skip: int = 0) -> Iterator[tuple[bytes, int, bool]]:
    """Yield ``(buf, end, last)`` where ``buf[:end]`` holds whole lines, each after a ``\\n``.

    Every chunk starts with the newline that ends the line before it (the first chunk gets
    a synthetic one), so ``b"\\n%R\\t"`` finds every row, even the first of a chunk. The
    last line of the file is yielded even without a trailing newline; ``last`` is true for
    the final chunk. ``skip`` bytes are dropped from the start (a byte-order mark).
    """
    max_line = read.limits.max_line_bytes
    lines = 0  # lines complete in what was yielded: the line being read is lines + 1
    buf = b"\n" + read.read(CHUNK_SIZE)[skip:]
    data = read.read(CHUNK_SIZE)
    while data:
        cut = buf.rfind(b"\n")
        if cut > 0:
            yield buf, cut, False
            lines += buf.count(b"\n", 0, cut)
            buf = buf[cut:] + data
            data = read.read(CHUNK_SIZE)
            continue
        # No line ends in ``buf``: grow it in place until one does (``bytes +=`` would copy
        # the whole line on every chunk), refusing it once it passes the limit.
        grown = bytearray(buf)
        while data and b"\n" not in data:
            grown += data
            _check_line(read, len(grown) - 1, max_line, lines + 1)
            data = read.read(CHUNK_SIZE)
        nl = data.find(b"\n")
        _check_line(read, len(grown) - 1 + max(nl, 0), max_line, lines + 1)
        grown += data
        buf = bytes(grown)
        del grown
        data = read.read(CHUNK_SIZE)
    last = buf.rfind(b"\n")  # the file's last line, maybe without a final newline
    if len(buf) - last - 1 > max_line:
        _check_line(read, len(buf) - last - 1, max_line, lines + buf.count(b"\n"))
    yield buf, len(buf), True


def _check_line(read: Input, length: int, max_line: int, line: int) -> None:
    if length > max_line:
        raise ScheduleFileError(
            f"a line is longer than {max_line} bytes (ReadLimits.max_line_bytes): "
            "this is not a schedule file",
            file_name=read.file_name,
            line=line,
        )
