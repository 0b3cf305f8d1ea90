"""The base of every generated resource class: encode the call, send it, decode the answer."""

from __future__ import annotations

import enum
import time
from collections.abc import Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, TypeVar, overload
from urllib.parse import quote

import cattrs
import orjson

from .._converter import converter, format_datetime, structure
from ..errors import APITimeoutError, PlannerError, ResponseValidationError
from ._http import HttpTransport, Lane, Request, Response, new_idempotency_key
from ._pagination import AsyncPager, Page, PageInfo
from ._upload import MultipartBody, ProgressCallback, UploadSource, source_name

if TYPE_CHECKING:
    from .._unset import UnsetType

T = TypeVar("T")
ItemT = TypeVar("ItemT")

__all__ = [
    "BaseResource",
    "ProgressCallback",
    "UploadIntegrityError",
    "UploadSource",
    "encode_query",
    "quote_path",
]


class UploadIntegrityError(PlannerError):
    """The server's sha256 of an upload differs from the bytes we streamed."""


def quote_path(value: str) -> str:
    """Quote one path segment; ``/`` and ``..`` can never escape into another route."""
    if not isinstance(value, str) or not value:
        raise ValueError(f"path parameters must be non-empty strings, got {value!r}")
    if value in {".", ".."}:
        raise ValueError(f"{value!r} is not a valid id")
    return quote(value, safe="")


def _query_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (int, float, str)):
        return str(value)
    raise TypeError(f"cannot send {type(value).__name__} as a query parameter")


def encode_query(params: Mapping[str, Any] | None) -> dict[str, str]:
    """Drop ``None`` (the API's default applies) and spell values as the API expects."""
    return {k: _query_value(v) for k, v in (params or {}).items() if v is not None}


def _error_paths(exc: Exception) -> str:
    if isinstance(exc, cattrs.ClassValidationError):
        return "; ".join(cattrs.transform_error(exc, path="$")[:5])
    return str(exc)


class BaseResource:
    """Shared plumbing; the generated subclasses add one method per operation."""

    def __init__(self, transport: HttpTransport) -> None:
        self._transport = transport

    def _decode(self, response: Response, response_type: type[T]) -> T:
        try:
            return structure(orjson.loads(response.body), response_type)
        except (
            orjson.JSONDecodeError,
            cattrs.BaseValidationError,
            ValueError,
            TypeError,
            KeyError,
        ) as exc:
            raise ResponseValidationError(
                f"response to {response.url.path} does not match {response_type.__name__}: "
                f"{_error_paths(exc)}",
                body=response.body,
                status=response.status,
                request_id=response.request_id,
            ) from None  # the decoder's own exception quotes values, which may be secrets

    @overload
    async def _request(
        self,
        operation_id: str,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = ...,
        json: Any = ...,
        response_type: type[T],
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
        max_retries: int | None = ...,
        lane: Lane = ...,
    ) -> T: ...

    @overload
    async def _request(
        self,
        operation_id: str,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = ...,
        json: Any = ...,
        response_type: None,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
        max_retries: int | None = ...,
        lane: Lane = ...,
    ) -> None: ...

    async def _request(
        self,
        operation_id: str,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        response_type: type[T] | None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        lane: Lane = "interactive",
    ) -> T | None:
        headers: dict[str, str] = {}
        body = None
        if json is not None:
            payload = orjson.dumps(converter.unstructure(json))
            headers["Content-Type"] = "application/json"

            def body() -> bytes:
                return payload

        if method == "POST" and idempotency_key is None:
            # One key per logical call, reused by every retry: the server replays instead
            # of creating twice.
            idempotency_key = new_idempotency_key()
        response = await self._transport.send(
            Request(
                operation_id=operation_id,
                method=method,
                path=path,
                params=encode_query(params),
                headers=headers,
                body=body,
                # GET and DELETE are idempotent; our PATCH bodies assign absolute values
                # (no increments), so replaying one is safe too; POSTs carry a key.
                replayable=method in {"GET", "DELETE", "PATCH"} or idempotency_key is not None,
                idempotency_key=idempotency_key,
                timeout=timeout,
                max_retries=max_retries,
                lane=lane,
            )
        )
        if response_type is None:
            return None
        return self._decode(response, response_type)

    def _paginate(
        self,
        operation_id: str,
        path: str,
        *,
        params: Mapping[str, Any],
        list_type: type[Any],
        item_type: type[ItemT],
        timeout: float | None = None,
        max_retries: int | None = None,
        prefetch: int = 0,
    ) -> AsyncPager[ItemT]:
        base = dict(params)
        start = base.pop("page", None) or 1

        async def fetch(page: int, lane: str) -> Page[ItemT]:
            listing = await self._request(
                operation_id,
                "GET",
                path,
                params={**base, "page": page},
                response_type=list_type,
                timeout=timeout,
                max_retries=max_retries,
                lane="bulk" if lane == "bulk" else "interactive",
            )
            meta = listing.meta
            return Page(
                data=list(listing.data),
                meta=PageInfo(total=meta.total, page=meta.page, per_page=meta.per_page),
            )

        return AsyncPager(fetch, start_page=int(start), prefetch=prefetch)

    async def _validate_upload(self, source: UploadSource, *, timeout: float) -> None:
        """Check a file locally before it costs a request; resources override this.

        CPU-heavy checks belong in a worker thread, finished within ``timeout`` seconds.
        """

    async def _upload(
        self,
        operation_id: str,
        path: str,
        *,
        file: UploadSource,
        fields: Mapping[str, str | UnsetType | None],
        response_type: type[T],
        on_progress: ProgressCallback | None = None,
        validate: bool = True,
        idempotency_key: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> T:
        if validate:
            # The check counts against the call's timeout: the request gets what is left.
            budget = timeout or self._transport.options.timeout
            started = time.monotonic()
            await self._validate_upload(file, timeout=budget)
            timeout = budget - (time.monotonic() - started)
            if timeout <= 0:
                raise APITimeoutError(
                    f"the call's timeout ({budget:g} s) ran out while checking the file"
                )
        multipart = MultipartBody(
            file,
            fields={k: v for k, v in fields.items() if isinstance(v, str)},
            filename=source_name(file),
            on_progress=on_progress,
        )
        headers = {"Content-Type": multipart.content_type}
        if multipart.content_length is not None:
            headers["Content-Length"] = str(multipart.content_length)
        try:
            response = await self._transport.send(
                Request(
                    operation_id=operation_id,
                    method="POST",
                    path=path,
                    headers=headers,
                    body=multipart.iter_body,
                    replayable=multipart.replayable,
                    idempotency_key=idempotency_key or new_idempotency_key(),
                    timeout=timeout,
                    max_retries=max_retries if multipart.replayable else 0,
                )
            )
        finally:
            multipart.close()  # a cancelled or failed upload leaves no file open
        result = self._decode(response, response_type)
        server_sha = getattr(result, "sha256", None)
        if (
            isinstance(server_sha, str)
            and multipart.stats.sha256
            and server_sha != multipart.stats.sha256
        ):
            raise UploadIntegrityError(
                f"upload corrupted in transit: sent sha256 {multipart.stats.sha256}, "
                f"server received {server_sha}"
            )
        return result
