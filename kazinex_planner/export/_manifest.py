"""``manifest.json``: the export's record of what is complete, and the key to resuming.

A unit is complete when its file has been renamed into place *and* the manifest lists
it with the file's sha256; a resumed export trusts exactly that and nothing else (a
file under its final name that the manifest does not list is simply redone). The
manifest is rewritten atomically (temp file, fsync, ``os.replace``), so a crash leaves
either the old or the new version, never half of one.

Rewriting the whole manifest after every unit is O(units²) for a portfolio of
thousands of projects, so :meth:`Manifest.save` may be asked to skip a write that
comes too soon after the last one (``throttle``): the interval adapts to the time the
last write took, keeping manifest I/O near a tenth of the run. A unit committed but
not yet recorded when the process is killed is fetched again on resume, which costs
requests but never loses or duplicates a record.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

import attrs
import orjson

from .._generated.operations import SPEC_SHA256
from .._version import __version__
from ._errors import ExportStateError
from ._paths import check_component, inside
from ._writer import CommittedFile, fsync_dir

__all__ = ["MANIFEST_NAME", "Manifest", "UnitRecord", "utc_now"]

MANIFEST_NAME: Final = "manifest.json"
FORMAT_VERSION: Final = 1


def utc_now() -> str:
    """Now, as RFC 3339 UTC with ``Z`` (the API's own timestamp form)."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@attrs.define(kw_only=True)
class UnitRecord:
    """One completed unit, as stored in the manifest."""

    path: str
    records: int
    sha256: str
    bytes: int
    requests: int
    committed_at: str

    @classmethod
    def of(cls, path: str, facts: CommittedFile, requests: int) -> UnitRecord:
        return cls(
            path=path,
            records=facts.records,
            sha256=facts.sha256,
            bytes=facts.bytes,
            requests=requests,
            committed_at=utc_now(),
        )


@attrs.define(kw_only=True)
class Manifest:
    """The manifest's content; :meth:`save` writes it, :meth:`load` reads it back."""

    options: dict[str, Any]
    started_at: str = attrs.field(factory=utc_now)
    finished_at: str | None = None
    status: str = "running"
    sdk_version: str = __version__
    spec_sha256: str = SPEC_SHA256
    #: The projects this export covers and the schedule revision each is pinned to.
    projects: dict[str, str | None] = attrs.field(factory=dict)
    units: dict[str, UnitRecord] = attrs.field(factory=dict)
    pending: list[str] = attrs.field(factory=list)
    requests_used: int = 0
    runs: list[dict[str, Any]] = attrs.field(factory=list)
    _last_write: float = attrs.field(default=0.0, init=False)
    _write_cost: float = attrs.field(default=0.0, init=False)
    #: Writes run in worker threads; a cancelled caller does not stop its thread, so a
    #: final save may start while a throttled one is still writing the same temp file.
    _write_lock: threading.Lock = attrs.field(
        factory=threading.Lock, init=False, eq=False, repr=False
    )

    def to_json(self) -> dict[str, Any]:
        return {
            "format_version": FORMAT_VERSION,
            "sdk_version": self.sdk_version,
            "spec_sha256": self.spec_sha256,
            "started_at": self.started_at,
            "finished_at": self.finished_at,
            "status": self.status,
            "options": self.options,
            "projects": self.projects,
            "counts": {
                "units_complete": len(self.units),
                "units_pending": len(self.pending),
                "records": sum(u.records for u in self.units.values()),
                "bytes": sum(u.bytes for u in self.units.values()),
            },
            "requests_used": self.requests_used,
            "units": {key: attrs.asdict(self.units[key]) for key in sorted(self.units)},
            "pending": self.pending,
            "runs": self.runs,
        }

    @classmethod
    def load(cls, path: Path) -> Manifest | None:
        """The manifest at ``path``, or ``None`` if there is none; unreadable → error."""
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return None
        try:
            data = orjson.loads(raw)
            if data.get("format_version") != FORMAT_VERSION:
                raise ExportStateError(
                    f"{path} has manifest format {data.get('format_version')!r}; "
                    f"this SDK writes {FORMAT_VERSION}: export to a new directory"
                )
            manifest = cls(
                options=dict(data["options"]),
                started_at=data["started_at"],
                finished_at=data.get("finished_at"),
                status=data.get("status", "running"),
                sdk_version=data.get("sdk_version", ""),
                spec_sha256=data.get("spec_sha256", ""),
                projects=dict(data.get("projects", {})),
                units={k: UnitRecord(**v) for k, v in data.get("units", {}).items()},
                pending=list(data.get("pending", [])),
                requests_used=int(data.get("requests_used", 0)),
                runs=list(data.get("runs", [])),
            )
        except (orjson.JSONDecodeError, KeyError, TypeError, ValueError, AttributeError) as exc:
            if isinstance(exc, ExportStateError):
                raise
            raise ExportStateError(
                f"{path} is not a readable export manifest ({exc}); "
                "move it away or pass resume=False to start over"
            ) from exc
        manifest.check_paths(path)
        return manifest

    def check_paths(self, path: Path) -> None:
        """Refuse (``ManifestError``) any unit path or project id that would leave the folder.

        The manifest is untrusted input: its paths are hashed, deleted on a restart and
        its project ids become folders, so each must resolve inside ``path.parent``.
        """
        out = path.parent
        for key, record in self.units.items():
            inside(out, record.path, entry=f"units[{key!r}].path", manifest=path)
        for project_id in self.projects:
            check_component(project_id, entry=f"projects[{project_id!r}]", manifest=path)
            inside(out, project_id, entry=f"projects[{project_id!r}]", manifest=path)

    def check_options(self, options: Mapping[str, Any], path: Path) -> None:
        """Refuse to resume an export made with other options (it would mix two exports)."""
        if dict(options) == self.options:
            return
        changed = sorted(
            k for k in set(options) | set(self.options) if options.get(k) != self.options.get(k)
        )
        described = "; ".join(
            f"{k}: manifest {self.options.get(k)!r}, now {options.get(k)!r}" for k in changed
        )
        raise ExportStateError(
            f"{path} belongs to an export with other options ({described}); resume it with "
            "the same options, use another directory, or pass resume=False to start over"
        )

    def save(self, path: Path, *, throttle: bool = False) -> bool:
        """Write atomically; with ``throttle`` skip if the last write was too recent.

        Returns whether it wrote. Blocking: call it in a thread from async code.
        """
        with self._write_lock:
            return self._save(path, throttle=throttle)

    def _save(self, path: Path, *, throttle: bool) -> bool:
        now = time.monotonic()
        if throttle and now - self._last_write < max(0.05, self._write_cost * 10):
            return False
        started = time.perf_counter()
        tmp = path.with_name(path.name + ".tmp")
        with tmp.open("wb") as handle:
            handle.write(orjson.dumps(self.to_json(), option=orjson.OPT_INDENT_2))
            handle.write(b"\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
        fsync_dir(path.parent)
        self._write_cost = time.perf_counter() - started
        self._last_write = time.monotonic()
        return True
