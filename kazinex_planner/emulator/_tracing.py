"""Optional SERVER spans for the emulator, so a demo's trace shows both sides of a call.

Used only when ``Emulator(tracer_provider=...)`` is given; OpenTelemetry is imported
then, never otherwise. The incoming W3C ``traceparent`` becomes the span's parent.
Attributes: method, route template, status; never headers, query strings or bodies.
"""

from __future__ import annotations

from typing import Any

from aiohttp import web

from ._context import BASE_PATH, Handler

__all__ = ["server_span_middleware"]


def server_span_middleware(tracer_provider: Any) -> Any:
    """An aiohttp middleware that wraps each request in a SERVER span."""
    from opentelemetry import propagate, trace
    from opentelemetry.trace import SpanKind, Status, StatusCode

    tracer = trace.get_tracer("kazinex_planner.emulator", tracer_provider=tracer_provider)

    @web.middleware
    async def traced(request: web.Request, handler: Handler) -> web.StreamResponse:
        resource = request.match_info.route.resource
        route = resource.canonical if resource is not None else ""
        route = route.removeprefix(BASE_PATH) or "unmatched"
        attributes: dict[str, Any] = {"http.request.method": request.method, "http.route": route}
        with tracer.start_as_current_span(
            f"{request.method} {route}",
            context=propagate.extract(dict(request.headers)),
            kind=SpanKind.SERVER,
            attributes=attributes,
            record_exception=False,
            set_status_on_exception=False,
        ) as span:
            try:
                response = await handler(request)
            except web.HTTPException as exc:
                span.set_attribute("http.response.status_code", exc.status)
                raise
            except BaseException as exc:
                span.set_attribute("error.type", type(exc).__qualname__)
                span.set_status(Status(StatusCode.ERROR))
                raise
            span.set_attribute("http.response.status_code", response.status)
            if response.status >= 500:
                span.set_attribute("error.type", str(response.status))
                span.set_status(Status(StatusCode.ERROR))
            return response

    return traced
