"""Remembering event ids, so that a delivery is acted on once.

Deliveries are at-least-once: the sender retries whenever it does not see a 2xx within
10 s, and an attacker may replay a captured request while its timestamp is still inside
the tolerance window. Both are stopped by remembering event ids — but only ids whose
handling *succeeded*: if a handler fails, the sender's retry must be processed.

That is why the store has three operations instead of one ``seen_before``/``remember``
pair. :meth:`SeenStore.claim` atomically checks and marks an id *in flight*, so two
concurrent deliveries of one event cannot both pass; :meth:`SeenStore.commit` turns the
claim into a remembered id once the handlers succeeded; :meth:`SeenStore.release` drops
the claim when they failed. A claim is a lease: if the process dies without committing
or releasing, the id becomes claimable again when the lease runs out.

The protocol is synchronous because :func:`verify` is, and the in-memory store never
blocks. A store backed by a network service should answer quickly (it is called on the
event loop by :class:`WebhookReceiver`).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Literal, Protocol, TypeAlias, runtime_checkable

__all__ = ["ClaimResult", "InMemorySeenStore", "SeenStore"]

ClaimResult: TypeAlias = Literal["claimed", "seen", "in_flight"]
"""``claimed``: new to the store, now in flight for the caller; ``seen``: committed
before; ``in_flight``: another delivery of the event holds an unexpired claim."""


@runtime_checkable
class SeenStore(Protocol):
    """Where processed event ids are remembered. ``now`` is Unix time in seconds."""

    def claim(self, event_id: str, *, now: float, lease: float) -> ClaimResult:
        """Atomically: report a committed or claimed id, or else claim it for ``lease`` s."""
        ...

    def commit(self, event_id: str, *, now: float, ttl: float) -> None:
        """Remember ``event_id`` as processed until ``now + ttl``."""
        ...

    def release(self, event_id: str) -> None:
        """Drop an uncommitted claim (its handling failed); a committed id stays."""
        ...


class InMemorySeenStore:
    """A per-process :class:`SeenStore` with expiry and a hard bound on its size.

    Entries are kept in insertion order (a commit moves its id to the end). Expired
    entries are dropped lazily from the oldest end on every call, and when more than
    ``max_entries`` ids are held the oldest are evicted, so memory stays bounded even
    under a flood of distinct valid events; the price is that an id evicted early could
    be processed again. Several processes behind one URL need a shared store instead.
    Thread-safe: every operation holds one lock.
    """

    def __init__(self, max_entries: int = 100_000) -> None:
        if isinstance(max_entries, bool) or not isinstance(max_entries, int) or max_entries < 1:
            raise ValueError("max_entries must be a positive integer")
        self._max_entries = max_entries
        # event id -> (committed, expires_at)
        self._entries: OrderedDict[str, tuple[bool, float]] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        """How many ids are held (expired ones not yet dropped included)."""
        return len(self._entries)

    def __repr__(self) -> str:
        return f"InMemorySeenStore(entries={len(self)}, max_entries={self._max_entries})"

    def claim(self, event_id: str, *, now: float, lease: float) -> ClaimResult:
        _check_duration("lease", lease)
        with self._lock:
            self._drop_expired(now)
            entry = self._entries.get(event_id)
            if entry is not None and entry[1] > now:
                return "seen" if entry[0] else "in_flight"
            self._put(event_id, committed=False, expires_at=now + lease)
            return "claimed"

    def commit(self, event_id: str, *, now: float, ttl: float) -> None:
        _check_duration("ttl", ttl)
        with self._lock:
            self._drop_expired(now)
            self._put(event_id, committed=True, expires_at=now + ttl)

    def release(self, event_id: str) -> None:
        with self._lock:
            entry = self._entries.get(event_id)
            if entry is not None and not entry[0]:
                del self._entries[event_id]

    def _put(self, event_id: str, *, committed: bool, expires_at: float) -> None:
        self._entries.pop(event_id, None)
        self._entries[event_id] = (committed, expires_at)
        while len(self._entries) > self._max_entries:
            self._entries.popitem(last=False)

    def _drop_expired(self, now: float) -> None:
        # Amortised O(1): stops at the first live entry. Entries behind it with shorter
        # lifetimes linger until they reach the front, are looked up, or are evicted.
        while self._entries:
            first = next(iter(self._entries))
            if self._entries[first][1] > now:
                return
            del self._entries[first]


def _check_duration(name: str, value: float) -> None:
    if not value > 0 or value == float("inf"):
        raise ValueError(f"{name} must be a positive, finite number of seconds")
