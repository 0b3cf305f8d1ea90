"""IdSet: exact membership whatever the ids look like, compact when they are dense."""

from __future__ import annotations

import random

from kazinex_planner.schedule_files._idset import IdSet


def test_dense_integer_ids() -> None:
    ids = IdSet()
    ids.update([str(n).encode() for n in range(100_000, 150_000, 2)])
    assert b"100000" in ids
    assert b"149998" in ids
    assert b"100001" not in ids
    assert b"99999" not in ids
    assert ids.count_missing([b"100000", b"100002", b"7"], [b"100004", b"100001", b"100000"]) == 2


def test_ids_that_are_not_plain_integers() -> None:
    ids = IdSet()
    ids.update([b"12", b"0012", b"A-7", b"0", b""])
    for present in (b"12", b"0012", b"A-7", b"0", b""):
        assert present in ids
    for absent in (b"012", b"A-8", b"13", b"00"):
        assert absent not in ids
    assert "12" not in ids  # str is never a member
    assert ids.count_missing([b"0012", b"12"], [b"A-7", b"012"]) == 1


def test_scattered_ids_switch_to_a_set_and_stay_exact() -> None:
    rng = random.Random(1)
    members = {str(rng.randrange(10**15)).encode() for _ in range(20_000)}
    ids = IdSet()
    ids.update(sorted(members))
    assert not ids._pages  # gone sparse
    assert all(m in ids for m in members)
    ids.update([b"5"])
    assert b"5" in ids
    assert b"6" not in ids
    others = [str(10**15 + i).encode() for i in range(100)]
    assert ids.count_missing(sorted(members)[:100], others) == 100
    assert ids.count_missing(sorted(members)[:100], sorted(members)[100:200]) == 0
