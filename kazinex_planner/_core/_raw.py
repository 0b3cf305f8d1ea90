"""``RawResponse[T]``: the HTTP response of one call, with its decoded model on demand.

What ``planner.<group>.with_raw_response.<method>(...)`` returns. The body is kept as the
server sent it (``content``); ``json()`` and ``parse()`` decode it at most once each, so
a caller that only needs the bytes (a passthrough, an export) never pays for a model.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import orjson

from ..errors import ResponseValidationError

if TYPE_CHECKING:
    from multidict import CIMultiDictProxy

    from ..ratelimit import RateLimitSnapshot
    from ._records import Response

T = TypeVar("T")

__all__ = ["RawResponse"]

_UNPARSED: Any = object()


class RawResponse(Generic[T]):
    """One call's response: status, headers, rate-limit state, bytes, and ``parse() -> T``.

    ``elapsed`` is the whole call in seconds (limiter waits and retries included);
    ``attempts`` counts the HTTP attempts it took; ``rate_limit`` is the limiter's
    snapshot right after this response.
    """

    __slots__ = ("_json", "_parsed", "_parser", "_response", "elapsed", "rate_limit")

    def __init__(
        self,
        response: Response,
        *,
        parser: Callable[[Response], T],
        rate_limit: RateLimitSnapshot,
        elapsed: float,
    ) -> None:
        self._response = response
        self._parser = parser
        self._parsed: T = _UNPARSED
        self._json: Any = _UNPARSED
        self.rate_limit = rate_limit
        self.elapsed = elapsed

    @property
    def status(self) -> int:
        return self._response.status

    @property
    def headers(self) -> CIMultiDictProxy[str]:
        return self._response.headers

    @property
    def request_id(self) -> str | None:
        return self._response.request_id

    @property
    def attempts(self) -> int:
        return self._response.attempts

    @property
    def url(self) -> str:
        return str(self._response.url)

    @property
    def content(self) -> bytes:
        """The body exactly as received."""
        return self._response.body

    def json(self) -> Any:
        """The body as JSON values (decoded once); ``None`` for an empty body."""
        if self._json is _UNPARSED:
            body = self._response.body
            if not body:
                self._json = None
            else:
                try:
                    self._json = orjson.loads(body)
                except orjson.JSONDecodeError as exc:
                    raise ResponseValidationError(
                        f"response to {self._response.url.path} is not JSON: {exc}",
                        body=body,
                        status=self.status,
                        request_id=self.request_id,
                    ) from exc
        return self._json

    def parse(self) -> T:
        """The typed result the plain method returns (decoded once, then cached)."""
        if self._parsed is _UNPARSED:
            self._parsed = self._parser(self._response)
        return self._parsed

    def __repr__(self) -> str:
        return (
            f"<RawResponse [{self.status}] {self._response.url.path} "
            f"request_id={self.request_id!r} attempts={self.attempts} "
            f"bytes={len(self._response.body)}>"
        )
