"""OpenTelemetry SDK fixtures: an in-memory span exporter and metric reader per test.

``opentelemetry-sdk`` is a test dependency only (the ``otel`` extra is the API alone).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

pytest.importorskip("opentelemetry.sdk", reason="needs opentelemetry-sdk (a test dependency)")

from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from ..transport.conftest import _clean_env, make_client, serve  # noqa: F401


class Otel:
    """Providers for a client, and readers for what it emitted."""

    def __init__(self) -> None:
        self.exporter = InMemorySpanExporter()
        self.tracer_provider = TracerProvider()
        self.tracer_provider.add_span_processor(SimpleSpanProcessor(self.exporter))
        self.reader = InMemoryMetricReader()
        self.meter_provider = MeterProvider(metric_readers=[self.reader])

    @property
    def providers(self) -> dict[str, Any]:
        return {"tracer_provider": self.tracer_provider, "meter_provider": self.meter_provider}

    def spans(self) -> list[ReadableSpan]:
        return list(self.exporter.get_finished_spans())

    def named(self, name: str) -> list[ReadableSpan]:
        return [s for s in self.spans() if s.name == name]

    def children(self, parent: ReadableSpan) -> list[ReadableSpan]:
        parent_id = parent.context.span_id if parent.context else None
        found = [s for s in self.spans() if s.parent is not None and s.parent.span_id == parent_id]
        return sorted(found, key=lambda s: s.start_time or 0)

    def points(self, metric_name: str) -> list[Any]:
        data = self.reader.get_metrics_data()
        found: list[Any] = []
        for resource in data.resource_metrics if data else ():
            for scope in resource.scope_metrics:
                for metric in scope.metrics:
                    if metric.name == metric_name:
                        found.extend(metric.data.data_points)
        return found

    def metrics(self) -> dict[str, Any]:
        """Every metric by name: (unit, points)."""
        data = self.reader.get_metrics_data()
        found: dict[str, Any] = {}
        for resource in data.resource_metrics if data else ():
            for scope in resource.scope_metrics:
                for metric in scope.metrics:
                    found[metric.name] = (metric.unit, list(metric.data.data_points))
        return found


@pytest.fixture
def otel() -> Iterator[Otel]:
    state = Otel()
    yield state
    state.tracer_provider.shutdown()
    state.meter_provider.shutdown()
