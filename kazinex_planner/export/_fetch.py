"""The export's requests, made only through the client's public methods.

Every request is a generated method called the way any user can call it: single objects
through ``with_raw_response`` (the body is kept as the server sent it), lists through
the method's ``AsyncPager`` and its ``raw_pages()`` (the pager's own prefetch window),
all with ``lane="bulk"`` (interactive calls on the same client go first), more retries
than an interactive call (a page that fails four times in a row should not throw away
an hour's work) and an ``on_attempt`` hook that counts every HTTP attempt, retries
included, so the export reports the requests it really used.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .._base_client import BaseClient
    from .._core._raw import RawResponse
    from ._units import UnitKind

__all__ = ["EXPORT_MAX_RETRIES", "Fetcher"]

#: Retries per request. At a 15% failure rate the chance that one request fails 9
#: times in a row is 4e-8, so even a million-page export almost never stops on noise.
EXPORT_MAX_RETRIES = 8


class Fetcher:
    """Calls the client's methods for the export; :attr:`attempts` counts HTTP attempts."""

    def __init__(self, planner: BaseClient, *, max_retries: int = EXPORT_MAX_RETRIES) -> None:
        self._planner = planner
        self._max_retries = max_retries
        self.attempts = 0
        self.calls = 0

    @property
    def retries(self) -> int:
        return self.attempts - self.calls

    def _count(self) -> None:
        self.attempts += 1

    def _options(self) -> dict[str, Any]:
        return {"lane": "bulk", "max_retries": self._max_retries, "on_attempt": self._count}

    async def one(self, group: str, method: str, *args: str, **params: Any) -> tuple[Any, int]:
        """One call of ``planner.<group>.with_raw_response.<method>``: ``(JSON body,
        attempts)``. A list method called this way returns one page."""
        raw_methods = getattr(self._planner, group).with_raw_response
        self.calls += 1
        raw: RawResponse[Any] = await getattr(raw_methods, method)(
            *args, **params, **self._options()
        )
        return raw.json(), raw.attempts

    async def call(self, kind: UnitKind, project_id: str | None, **params: Any) -> tuple[Any, int]:
        """:meth:`one` for a unit kind (the project id is its positional argument)."""
        args = () if project_id is None else (project_id,)
        return await self.one(kind.group, kind.method, *args, **params)

    async def pages(
        self, kind: UnitKind, project_id: str | None, *, prefetch: int, **params: Any
    ) -> AsyncGenerator[tuple[Any, int], None]:
        """Every page of a list kind through its pager (``prefetch`` pages in flight):
        ``(JSON body, attempts)`` per page, in order."""
        args = () if project_id is None else (project_id,)
        pager = getattr(getattr(self._planner, kind.group), kind.method)(
            *args, **params, prefetch=prefetch, **self._options()
        )
        async for raw in pager.raw_pages():
            self.calls += 1
            yield raw.json(), raw.attempts
