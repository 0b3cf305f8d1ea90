"""The base of every generated resource class: encode the call, send it, decode the answer."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, overload
from urllib.parse import quote

import attrs
import cattrs
import orjson

from .._converter import converter, structure
from ..errors import (
    APITimeoutError,
    ConfigurationError,
    ResponseValidationError,
    UploadIntegrityError,
)
from ..ratelimit._lane import Lane, use_lane
from ._http import HttpTransport, Request, Response, new_idempotency_key
from ._observe import grouped
from ._options import check_extra_headers, check_lane, encode_query, merge_query
from ._pagination import AsyncPager, Page, PageInfo
from ._raw import RawResponse
from ._upload import MultipartBody, ProgressCallback, UploadSource, source_name
from ._upload_source import check_upload_source

if TYPE_CHECKING:
    from .._unset import UnsetType

T = TypeVar("T")
ItemT = TypeVar("ItemT")

__all__ = [
    "BaseResource",
    "CallOptions",
    "ProgressCallback",
    "RawResponse",
    "UploadIntegrityError",  # re-exported: its home is kazinex_planner.errors
    "UploadSource",
    "encode_query",
    "quote_path",
]


#: RFC 3986 unreserved characters: a segment made only of them needs no quoting.
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
_NO_HEADERS: Mapping[str, str] = {}
_JSON_HEADERS: Mapping[str, str] = {"Content-Type": "application/json"}


def quote_path(value: str) -> str:
    """Quote one path segment; ``/`` and ``..`` can never escape into another route."""
    if not isinstance(value, str) or not value:
        raise ValueError(f"path parameters must be non-empty strings, got {value!r}")
    if value in {".", ".."}:
        raise ValueError(f"{value!r} is not a valid id")
    if _UNRESERVED.issuperset(value):  # ids are: skip urllib's quoting machinery
        return value
    return quote(value, safe="")


def _error_paths(exc: Exception) -> str:
    if isinstance(exc, cattrs.ClassValidationError):
        return "; ".join(cattrs.transform_error(exc, path="$")[:5])
    return str(exc)


@attrs.frozen(kw_only=True)
class CallOptions:
    """The request options every generated method takes, checked once per call."""

    extra_headers: Mapping[str, str] = attrs.field(factory=dict)
    extra_query: Mapping[str, Any] | None = None
    timeout: float | None = None
    max_retries: int | None = None
    max_wait: float | None = None
    lane: Lane | None = None
    on_attempt: Callable[[], object] | None = None

    @classmethod
    def of(
        cls,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_wait: float | None = None,
        lane: Lane | None = None,
        on_attempt: Callable[[], object] | None = None,
    ) -> CallOptions:
        if (
            extra_headers is None
            and extra_query is None
            and timeout is None
            and max_retries is None
            and max_wait is None
            and lane is None
            and on_attempt is None
        ):
            return _NO_OPTIONS  # the common call: nothing to check or allocate
        if timeout is not None and not timeout > 0:
            raise ConfigurationError(f"timeout must be > 0 seconds, got {timeout!r}")
        if max_retries is not None and (isinstance(max_retries, bool) or max_retries < 0):
            raise ConfigurationError(f"max_retries must be >= 0, got {max_retries!r}")
        if max_wait is not None and not max_wait >= 0:
            raise ConfigurationError(f"max_wait must be >= 0 seconds, got {max_wait!r}")
        return cls(
            extra_headers=check_extra_headers(extra_headers),
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
            max_wait=max_wait,
            lane=check_lane(lane),
            on_attempt=on_attempt,
        )


_NO_OPTIONS = CallOptions()


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

    def _parser(self, response_type: type[T] | None) -> Callable[[Response], Any]:
        if response_type is None:
            return _no_body
        return lambda response: self._decode(response, response_type)

    def _raw(
        self, response: Response, response_type: type[T] | None, started: float
    ) -> RawResponse[Any]:
        return RawResponse(
            response,
            parser=self._parser(response_type),
            rate_limit=self._transport.limiter.snapshot(),
            elapsed=time.perf_counter() - started,
        )

    def _build(
        self,
        operation_id: str,
        method: str,
        path: str,
        params: Mapping[str, Any] | None,
        json: Any,
        idempotency_key: str | None,
        options: CallOptions,
    ) -> Request:
        """The call as the transport's record (synchronous: no coroutine layer of its own)."""
        headers: Mapping[str, str] = _NO_HEADERS
        body = None
        if json is not None:
            payload = orjson.dumps(converter.unstructure(json))
            headers = _JSON_HEADERS

            def body() -> bytes:
                return payload

        if method == "POST" and idempotency_key is None:
            # One key per logical call, reused by every retry: the server replays instead
            # of creating twice.
            idempotency_key = new_idempotency_key()
        query = encode_query(params) if params else _NO_HEADERS
        if options.extra_query:
            query = merge_query(dict(query), options.extra_query)
        return Request(
            operation_id=operation_id,
            method=method,
            path=path,
            params=query,
            headers=headers,
            body=body,
            idempotency_key=idempotency_key,
            timeout=options.timeout,
            max_retries=options.max_retries,
            max_wait=options.max_wait,
            extra_headers=options.extra_headers,
            on_attempt=options.on_attempt,
        )

    async def _send(self, request: Request, lane: Lane | None) -> Response:
        """Send in the call's own lane (set for this call only): raw responses and
        uploads. ``_request``, every typed call's path, inlines it to save a coroutine."""
        if lane is None:
            return await self._transport.send(request)
        with use_lane(lane):  # the call's own lane beats any enclosing block
            return await self._transport.send(request)

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
        options: CallOptions = ...,
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
        options: CallOptions = ...,
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
        options: CallOptions = _NO_OPTIONS,
    ) -> T | None:
        request = self._build(operation_id, method, path, params, json, idempotency_key, options)
        if options.lane is None:  # (``_send`` inlined: this is every typed call's path)
            response = await self._transport.send(request)
        else:
            with use_lane(options.lane):  # the call's own lane beats any enclosing block
                response = await self._transport.send(request)
        if response_type is None:
            return None
        return self._decode(response, response_type)

    @overload
    async def _request_raw(
        self,
        operation_id: str,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = ...,
        json: Any = ...,
        response_type: type[T],
        idempotency_key: str | None = ...,
        options: CallOptions = ...,
    ) -> RawResponse[T]: ...

    @overload
    async def _request_raw(
        self,
        operation_id: str,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = ...,
        json: Any = ...,
        response_type: None,
        idempotency_key: str | None = ...,
        options: CallOptions = ...,
    ) -> RawResponse[None]: ...

    async def _request_raw(
        self,
        operation_id: str,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        response_type: type[T] | None,
        idempotency_key: str | None = None,
        options: CallOptions = _NO_OPTIONS,
    ) -> RawResponse[Any]:
        started = time.perf_counter()
        request = self._build(operation_id, method, path, params, json, idempotency_key, options)
        response = await self._send(request, options.lane)
        return self._raw(response, response_type, started)

    def _paginate(
        self,
        operation_id: str,
        path: str,
        *,
        params: Mapping[str, Any],
        list_type: type[Any],
        item_type: type[ItemT],
        prefetch: int = 0,
        options: CallOptions = _NO_OPTIONS,
    ) -> AsyncPager[ItemT]:
        base = dict(params)
        start = base.pop("page", None) or 1

        # The pager runs its walk in the bulk lane (use_lane); a lane= given to the
        # list method still wins, since the call sets its own lane inside that block.
        async def fetch(page: int) -> Page[ItemT]:
            listing = await self._request(
                operation_id,
                "GET",
                path,
                params={**base, "page": page},
                response_type=list_type,
                options=options,
            )
            meta = listing.meta
            return Page(
                data=list(listing.data),
                meta=PageInfo(total=meta.total, page=meta.page, per_page=meta.per_page),
            )

        async def fetch_raw(page: int) -> RawResponse[Any]:
            return await self._request_raw(
                operation_id,
                "GET",
                path,
                params={**base, "page": page},
                response_type=list_type,
                options=options,
            )

        return AsyncPager(
            fetch,
            start_page=int(start),
            prefetch=prefetch,
            label=f"{operation_id}({_describe(base)})",
            fetch_raw=fetch_raw,
        )

    async def _validate_upload(self, source: UploadSource, *, timeout: float) -> None:
        """Check a file locally before it costs a request; resources override this.

        CPU-heavy checks belong in a worker thread, finished within ``timeout`` seconds.
        """

    @grouped("kazinex_planner upload")
    async def _send_upload(
        self,
        operation_id: str,
        path: str,
        *,
        file: UploadSource,
        fields: Mapping[str, str | UnsetType | None],
        on_progress: ProgressCallback | None,
        validate: bool,
        idempotency_key: str | None,
        options: CallOptions,
    ) -> tuple[Response, MultipartBody]:
        check_upload_source(file)
        timeout = options.timeout
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
        query = merge_query({}, options.extra_query) if options.extra_query else {}
        request = Request(
            operation_id=operation_id,
            method="POST",
            path=path,
            params=query,
            headers=headers,
            body=multipart.iter_body,
            one_shot=not multipart.rewindable,
            idempotency_key=idempotency_key or new_idempotency_key(),
            timeout=timeout,
            max_retries=options.max_retries if multipart.rewindable else 0,
            max_wait=options.max_wait,
            extra_headers=options.extra_headers,
            on_attempt=options.on_attempt,
        )
        try:
            response = await self._send(request, options.lane)
        finally:
            multipart.close()  # a cancelled or failed upload leaves no file open
        return response, multipart

    def _check_upload(self, result: object, multipart: MultipartBody) -> None:
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
        options: CallOptions = _NO_OPTIONS,
    ) -> T:
        # The typed call is the raw one, parsed: one path sends, decodes and checks.
        raw = await self._upload_raw(
            operation_id,
            path,
            file=file,
            fields=fields,
            response_type=response_type,
            on_progress=on_progress,
            validate=validate,
            idempotency_key=idempotency_key,
            options=options,
        )
        return raw.parse()

    async def _upload_raw(
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
        options: CallOptions = _NO_OPTIONS,
    ) -> RawResponse[T]:
        started = time.perf_counter()
        response, multipart = await self._send_upload(
            operation_id,
            path,
            file=file,
            fields=fields,
            on_progress=on_progress,
            validate=validate,
            idempotency_key=idempotency_key,
            options=options,
        )

        raw: RawResponse[T] = RawResponse(
            response,
            parser=lambda resp: self._decode(resp, response_type),
            rate_limit=self._transport.limiter.snapshot(),
            elapsed=time.perf_counter() - started,
        )
        # The integrity check needs the server's sha256: decode now (parse() caches it).
        self._check_upload(raw.parse(), multipart)
        return raw


def _no_body(response: Response) -> None:
    return None


def _describe(params: Mapping[str, Any]) -> str:
    shown = [f"{k}={v!r}" for k, v in params.items() if v is not None]
    return ", ".join(shown)
