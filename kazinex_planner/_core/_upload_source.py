"""Refuse upload sources that cannot be what the caller meant, before any request.

A ``str`` could be a path or the file's text; a file opened in text mode would be
re-encoded; a directory or a missing path fails only deep inside aiohttp. Each case gets
an :class:`~kazinex_planner.errors.UploadSourceError` that says what to pass instead.
"""

from __future__ import annotations

import io
import os
from collections.abc import AsyncIterable
from pathlib import Path

from ..errors import UploadSourceError

__all__ = ["check_upload_source"]

_ACCEPTED = (
    "a path (pathlib.Path or str), bytes, a file opened in binary mode ('rb') "
    "or an async iterable of bytes"
)
#: Longer than any sensible path: a ``str`` this long is the file's content.
_MAX_PATH_CHARS = 4096


def check_upload_source(source: object) -> None:
    """Raise :class:`UploadSourceError` when ``source`` is not a usable upload."""
    if isinstance(source, (bytes, bytearray, memoryview, AsyncIterable)):
        return
    if isinstance(source, str) and (
        "\n" in source or "\r" in source or len(source) > _MAX_PATH_CHARS
    ):
        raise UploadSourceError(
            "the file argument is a str that looks like file content, not a path: pass "
            "the content as bytes (text.encode()) or the file's pathlib.Path"
        )
    if isinstance(source, (str, os.PathLike)):
        _check_path(Path(os.fspath(source)))
        return
    if isinstance(source, io.TextIOBase) or _text_mode(source):
        raise UploadSourceError(
            f"the file {_name(source)} is open in text mode: open it with 'rb' "
            "(binary) or pass its path"
        )
    if callable(getattr(source, "read", None)):
        return
    raise UploadSourceError(f"cannot upload a {type(source).__name__}: pass {_ACCEPTED}")


def _check_path(path: Path) -> None:
    if path.is_dir():
        raise UploadSourceError(
            f"{str(path)!r} is a directory: pass the path of the schedule file inside it"
        )
    if not path.exists():
        raise UploadSourceError(
            f"no file at {str(path)!r}: check the path (relative paths start at "
            f"{os.getcwd()!r}), or pass the content as bytes"
        )
    if not path.is_file():
        raise UploadSourceError(f"{str(path)!r} is not a regular file: pass a schedule file")


def _text_mode(source: object) -> bool:
    mode = getattr(source, "mode", None)
    return isinstance(mode, str) and "b" not in mode and hasattr(source, "encoding")


def _name(source: object) -> str:
    name = getattr(source, "name", None)
    return repr(name) if isinstance(name, str) else f"({type(source).__name__})"
