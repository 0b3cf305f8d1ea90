"""A set of record ids that costs about one bit per id when the ids are dense integers.

``inspect_schedule`` must know every activity id to tell an external link from an internal
one, but a Python ``set`` of 700,000 ids costs ~60 MB, more than the whole memory budget
for a 500 MB file. P6 ids are database keys: integers, mostly consecutive. So ids are kept
as bits in 512-byte pages of 4,096 ids each; ids that are not plain integers (or that are
too scattered for pages to pay off) go to an ordinary set instead. Membership is exact.
"""

from __future__ import annotations

import re

__all__ = ["IdSet"]

_NONZERO = re.compile(rb"[^\x00]")

_PAGE_SHIFT = 12  # 4,096 ids per page
_PAGE_BYTES = (1 << _PAGE_SHIFT) // 8
_MASK = (1 << _PAGE_SHIFT) - 1
#: Bytes a set entry costs (object plus hash-table slot), to decide when pages stop paying.
_SET_ENTRY_BYTES = 64


def _as_int(raw: bytes) -> int | None:
    """The id as an integer when that is lossless ("0012" is not 12), else ``None``."""
    if raw.isdigit() and (raw[:1] != b"0" or len(raw) == 1):
        return int(raw)
    return None


def _canonical(ids: list[bytes]) -> bool:
    """True when every id is a plain decimal integer without leading zeros.

    Checked in bulk, in C, so that the common case converts with ``map(int, ids)``. An id
    of "0" fails the test too; that only sends the batch down the slower exact path.
    """
    joined = b"\t" + b"\t".join(ids)
    return (
        not joined.translate(None, b"0123456789\t")
        and b"\t0" not in joined
        and b"\t\t" not in joined
        and not joined.endswith(b"\t")
    )


class IdSet:
    """Exact membership of byte-string ids; compact for dense integer ids."""

    def __init__(self) -> None:
        self._pages: dict[int, bytearray] = {}
        self._other: set[bytes] = set()
        self._added = 0

    def update(self, ids: list[bytes]) -> None:
        pages = self._pages
        if self._other and not pages:
            self._other.update(ids)  # gone sparse: everything lives in the set
            return
        if _canonical(ids):
            get = pages.get
            for n in map(int, ids):
                key = n >> _PAGE_SHIFT
                page = get(key)
                if page is None:
                    page = pages[key] = bytearray(_PAGE_BYTES)
                page[(n & _MASK) >> 3] |= 1 << (n & 7)
        else:
            for raw in ids:
                self._add_one(raw)
        self._added += len(ids)
        if len(pages) * _PAGE_BYTES > max(4 << 20, self._added * _SET_ENTRY_BYTES):
            self._go_sparse()

    def _add_one(self, raw: bytes) -> None:
        n = _as_int(raw)
        if n is None:
            self._other.add(raw)
            return
        page = self._pages.get(n >> _PAGE_SHIFT)
        if page is None:
            page = self._pages[n >> _PAGE_SHIFT] = bytearray(_PAGE_BYTES)
        page[(n & _MASK) >> 3] |= 1 << (n & 7)

    def _go_sparse(self) -> None:
        """Scattered ids: pages would cost more than a set, so move every id to the set."""
        for number, page in self._pages.items():
            base = number << _PAGE_SHIFT
            for m in _NONZERO.finditer(page):
                i, byte = m.start(), page[m.start()]
                for bit in range(8):
                    if byte >> bit & 1:
                        self._other.add(str(base + i * 8 + bit).encode())
        self._pages = {}

    def __contains__(self, raw: object) -> bool:
        if not isinstance(raw, bytes):
            return False
        n = _as_int(raw) if self._pages else None
        if n is None:
            return raw in self._other
        page = self._pages.get(n >> _PAGE_SHIFT)
        if page is not None and page[(n & _MASK) >> 3] >> (n & 7) & 1:
            return True
        return raw in self._other

    def count_missing(self, firsts: list[bytes], seconds: list[bytes]) -> int:
        """How many pairs ``(firsts[i], seconds[i])`` have an id that is not in the set."""
        pages, other = self._pages, self._other
        if not pages:
            return sum(
                1 for a, b in zip(firsts, seconds, strict=True) if a not in other or b not in other
            )
        if not (_canonical(firsts) and _canonical(seconds)):
            return sum(
                1 for a, b in zip(firsts, seconds, strict=True) if a not in self or b not in self
            )
        # Canonical integers are only ever stored as bits while pages are in use.
        get = pages.get
        missing = 0
        for a, b in zip(map(int, firsts), map(int, seconds), strict=True):
            page = get(a >> _PAGE_SHIFT)
            if page is None or not page[(a & _MASK) >> 3] >> (a & 7) & 1:
                missing += 1
                continue
            page = get(b >> _PAGE_SHIFT)
            if page is None or not page[(b & _MASK) >> 3] >> (b & 7) & 1:
                missing += 1
        return missing
