"""Sharded exports: N workers export one portfolio into one folder, none twice.

A project belongs to shard ``int(sha256(project_id)) % count``: stable across runs,
machines and Python versions (``hash()`` is salted per process), independent of
listing order, and needing no coordination. Each shard writes its own projects' files,
its own projects file (``projects.shard-I-of-N``) and its own manifest
(``manifest.shard-I-of-N.json``), so no file has two writers. The shards share the
key's budget through the limiter (a Redis backend when they run in several processes).
"""

from __future__ import annotations

import hashlib

import attrs

from ._units import PROJECTS_KIND, UnitKind

__all__ = ["Shard"]


@attrs.frozen
class Shard:
    """Shard ``index`` (0-based) of ``count``."""

    index: int
    count: int

    @classmethod
    def parse(cls, value: tuple[int, int] | None) -> Shard | None:
        """Check a ``(index, count)`` pair; ``None`` means the whole export."""
        if value is None:
            return None
        try:
            index, count = value
        except (TypeError, ValueError):
            raise ValueError(f"shard must be an (index, count) pair, got {value!r}") from None
        for number in (index, count):
            if isinstance(number, bool) or not isinstance(number, int):
                raise ValueError(f"shard must be a pair of integers, got {value!r}")
        if count < 1 or not 0 <= index < count:
            raise ValueError(f"shard index must be in 0..count-1 with count >= 1, got {value!r}")
        return cls(index, count)

    @property
    def label(self) -> str:
        return f"shard-{self.index}-of-{self.count}"

    @property
    def manifest_name(self) -> str:
        return f"manifest.{self.label}.json"

    @property
    def projects_kind(self) -> UnitKind:
        """This shard's projects file: its own name, so shards never write one file."""
        return attrs.evolve(PROJECTS_KIND, name=f"{PROJECTS_KIND.name}.{self.label}")

    def owns(self, project_id: str) -> bool:
        digest = hashlib.sha256(project_id.encode()).digest()
        return int.from_bytes(digest[:8], "big") % self.count == self.index
