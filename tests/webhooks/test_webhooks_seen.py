"""InMemorySeenStore: claim/commit/release, expiry and the size bound."""

from __future__ import annotations

import pytest

from kazinex_planner.webhooks import InMemorySeenStore, SeenStore


def test_satisfies_the_protocol() -> None:
    assert isinstance(InMemorySeenStore(), SeenStore)


def test_claim_then_commit() -> None:
    store = InMemorySeenStore()
    assert store.claim("evt_1", now=0, lease=10) == "claimed"
    assert store.claim("evt_1", now=1, lease=10) == "in_flight"
    store.commit("evt_1", now=2, ttl=100)
    assert store.claim("evt_1", now=3, lease=10) == "seen"
    assert store.claim("evt_2", now=3, lease=10) == "claimed"


def test_release_makes_the_id_claimable_again() -> None:
    store = InMemorySeenStore()
    assert store.claim("evt_1", now=0, lease=10) == "claimed"
    store.release("evt_1")
    assert len(store) == 0
    assert store.claim("evt_1", now=1, lease=10) == "claimed"


def test_release_never_forgets_a_committed_id() -> None:
    store = InMemorySeenStore()
    store.commit("evt_1", now=0, ttl=100)
    store.release("evt_1")
    assert store.claim("evt_1", now=1, lease=10) == "seen"
    store.release("evt_unknown")  # no-op


def test_a_lease_expires() -> None:
    store = InMemorySeenStore()
    assert store.claim("evt_1", now=0, lease=10) == "claimed"
    assert store.claim("evt_1", now=9.9, lease=10) == "in_flight"
    assert store.claim("evt_1", now=10, lease=10) == "claimed"


def test_a_committed_id_expires_and_is_dropped() -> None:
    store = InMemorySeenStore()
    store.commit("evt_1", now=0, ttl=100)
    store.commit("evt_2", now=50, ttl=100)
    assert store.claim("evt_1", now=99, lease=1) == "seen"
    assert store.claim("evt_3", now=120, lease=1) == "claimed"
    assert "evt_1" not in store._entries  # dropped from the oldest end
    assert store.claim("evt_1", now=120, lease=1) == "claimed"


def test_size_is_bounded_by_evicting_the_oldest() -> None:
    store = InMemorySeenStore(max_entries=3)
    for n in range(10):
        store.commit(f"evt_{n}", now=0, ttl=1000)
    assert len(store) == 3
    assert store.claim("evt_9", now=1, lease=1) == "seen"
    assert store.claim("evt_0", now=1, lease=1) == "claimed"


@pytest.mark.parametrize("max_entries", [0, -1, True, 1.5])
def test_max_entries_must_be_positive(max_entries: object) -> None:
    with pytest.raises(ValueError, match="max_entries"):
        InMemorySeenStore(max_entries=max_entries)  # type: ignore[arg-type]


@pytest.mark.parametrize("duration", [0, -1, float("inf"), float("nan")])
def test_durations_must_be_positive_and_finite(duration: float) -> None:
    store = InMemorySeenStore()
    with pytest.raises(ValueError, match="lease"):
        store.claim("evt_1", now=0, lease=duration)
    with pytest.raises(ValueError, match="ttl"):
        store.commit("evt_1", now=0, ttl=duration)
