"""Optional SQLite persistence of the store (``--db FILE``).

One table of JSON documents, a row per record (per revision for the bulky per-revision
collections), rewritten in one transaction whenever the state changed. That is crude but
obviously correct, and the emulator's data is small. Rate-limit windows and idempotency
records are deliberately not persisted (they are short-lived by definition). Revisions
that were still processing when the emulator stopped are marked failed on load: their
uploaded file was a temporary file and is gone.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

import cattrs
import orjson

from kazinex_planner.schedule_files import ScheduleData

from ._records import (
    Activity,
    ApiKey,
    Assignment,
    Baseline,
    Delivery,
    Event,
    Project,
    QualityResult,
    Resource,
    Schedule,
    User,
    Webhook,
)
from ._state import EmulatorState

__all__ = ["SqliteStore"]

T = TypeVar("T")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    collection TEXT NOT NULL,
    seq INTEGER NOT NULL,
    id TEXT NOT NULL,
    doc TEXT NOT NULL,
    PRIMARY KEY (collection, id)
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


def _converter() -> cattrs.Converter:
    conv = cattrs.Converter()
    conv.register_unstructure_hook(datetime, lambda d: d.isoformat())
    conv.register_structure_hook(datetime, lambda v, _: datetime.fromisoformat(v))
    return conv


Snapshot = tuple[list[tuple[str, int, str, str]], str]


class SqliteStore:
    """Loads a state from, and saves it to, one SQLite file."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._conv = _converter()
        self._lock = threading.Lock()
        with self._connect() as db:
            db.executescript(_SCHEMA)

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.path, isolation_level=None)

    # ------------------------------------------------------------------------ load
    def load(self, state: EmulatorState) -> bool:
        """Fill ``state`` from the file; ``False`` when the file holds nothing yet."""
        with self._connect() as db:
            rows = db.execute(
                "SELECT collection, id, doc FROM documents ORDER BY collection, seq"
            ).fetchall()
            owner = db.execute("SELECT value FROM meta WHERE key = 'owner'").fetchone()
        if not rows:
            return False
        docs: dict[str, list[tuple[str, Any]]] = {}
        for collection, ident, doc in rows:
            docs.setdefault(collection, []).append((ident, orjson.loads(doc)))

        def each(name: str, cls: type[T]) -> list[tuple[str, T]]:
            return [(i, self._conv.structure(d, cls)) for i, d in docs.get(name, [])]

        state.users = dict(each("users", User))
        if owner and owner[0] in state.users:
            state.owner = state.users[owner[0]]
        state.keys = dict(each("keys", ApiKey))
        state.projects = dict(each("projects", Project))
        state.schedules = dict(each("schedules", Schedule))
        state.activities = {i: {a.id: a for a in v} for i, v in each("activities", list[Activity])}
        state.resources = {i: {r.id: r for r in v} for i, v in each("resources", list[Resource])}
        state.assignments = {
            i: {a.id: a for a in v} for i, v in each("assignments", list[Assignment])
        }
        state.schedule_data = dict(each("schedule_data", ScheduleData))
        state.quality = dict(each("quality", QualityResult))
        state.baselines = dict(each("baselines", Baseline))
        state.webhooks = dict(each("webhooks", Webhook))
        state.deliveries = dict(each("deliveries", Delivery))
        state.events = [e for _, e in each("events", Event)]
        now = state.clock.now()
        for schedule in state.schedules.values():
            if schedule.status == "processing":
                schedule.status = "failed"
                schedule.error = "processing was interrupted by an emulator restart"
                schedule.processed_at = now
        return True

    # ------------------------------------------------------------------------ save
    def snapshot(self, state: EmulatorState) -> Snapshot:
        """Serialise ``state`` (on the event loop, where it is consistent)."""
        rows: list[tuple[str, int, str, str]] = []

        def add(collection: str, items: list[tuple[str, Any]]) -> None:
            for seq, (ident, value) in enumerate(items):
                doc = orjson.dumps(self._conv.unstructure(value)).decode("utf-8")
                rows.append((collection, seq, ident, doc))

        add("users", list(state.users.items()))
        add("keys", list(state.keys.items()))
        add("projects", list(state.projects.items()))
        add("schedules", list(state.schedules.items()))
        add("activities", [(i, list(v.values())) for i, v in state.activities.items()])
        add("resources", [(i, list(v.values())) for i, v in state.resources.items()])
        add("assignments", [(i, list(v.values())) for i, v in state.assignments.items()])
        add("schedule_data", list(state.schedule_data.items()))
        add("quality", list(state.quality.items()))
        add("baselines", list(state.baselines.items()))
        add("webhooks", list(state.webhooks.items()))
        add("deliveries", list(state.deliveries.items()))
        add("events", [(e.id, e) for e in state.events])
        return rows, state.owner.id

    def write(self, snapshot: Snapshot) -> None:
        """Replace the file's contents with ``snapshot`` in one transaction (any thread)."""
        rows, owner = snapshot
        with self._lock:
            db = self._connect()
            try:
                db.execute("BEGIN IMMEDIATE")
                db.execute("DELETE FROM documents")
                db.executemany(
                    "INSERT INTO documents (collection, seq, id, doc) VALUES (?, ?, ?, ?)", rows
                )
                db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('owner', ?)", (owner,))
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
            finally:
                db.close()

    def save(self, state: EmulatorState) -> None:
        self.write(self.snapshot(state))


SaveHook = Callable[[EmulatorState], None]
