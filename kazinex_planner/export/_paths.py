"""Paths read from a manifest are untrusted: resolve them inside the output folder or refuse.

A manifest is a file on disk that anyone with write access to the folder (or a
copied-in folder) controls. Its unit paths and project ids decide which files an
export hashes, deletes (``resume=False``) and writes; an entry like ``../victim.txt``,
``/etc/passwd`` or ``proj_x/a.jsonl`` where ``proj_x`` is a symlink to elsewhere
must never reach outside the folder. :func:`inside` is the one rule: a relative POSIX
path of ordinary components whose resolved location (symlinks followed) is strictly
inside the resolved output folder.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath, PureWindowsPath

from ..errors import ManifestError

__all__ = ["ManifestError", "check_component", "inside"]


def _refuse(entry: str, manifest: Path | None, why: str) -> ManifestError:
    where = f"{manifest}: " if manifest is not None else ""
    return ManifestError(
        f"{where}manifest entry {entry!r} {why}; the manifest is not trusted with paths "
        "outside the export folder: move it away (or export to a new folder)",
        entry=entry,
    )


def _check_shape(relpath: object, entry: str, manifest: Path | None) -> str:
    if not isinstance(relpath, str) or not relpath:
        raise _refuse(entry, manifest, "has no path")
    if "\x00" in relpath or "\\" in relpath:
        raise _refuse(entry, manifest, "has a NUL or backslash in its path")
    if PurePosixPath(relpath).is_absolute() or PureWindowsPath(relpath).drive:
        raise _refuse(entry, manifest, "has an absolute path")
    if any(part in ("", ".", "..") for part in relpath.split("/")):
        raise _refuse(entry, manifest, "has a path with '..', '.' or an empty component")
    return relpath


def inside(out: Path, relpath: object, *, entry: str, manifest: Path | None = None) -> Path:
    """``out / relpath`` if it stays inside ``out`` once resolved, else :class:`ManifestError`."""
    checked = _check_shape(relpath, entry, manifest)
    root = out.resolve()
    target = (out / checked).resolve()
    if target == root or not target.is_relative_to(root):
        raise _refuse(entry, manifest, "resolves outside the export folder (a symlink?)")
    return out / checked


def check_component(name: object, *, entry: str, manifest: Path | None = None) -> str:
    """A single path component (a project id used as a folder name), or ManifestError."""
    checked = _check_shape(name, entry, manifest)
    if "/" in checked:
        raise _refuse(entry, manifest, "is not a single folder name")
    return checked
