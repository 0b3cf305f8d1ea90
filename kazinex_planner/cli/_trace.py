"""``demo --trace``: record the run's spans in memory and print them as a compact tree.

Needs ``opentelemetry-sdk`` (the in-memory exporter); the SDK itself only needs the API.
Sibling spans with the same name are folded into one line with a count and total time,
so an export of hundreds of pages stays a few lines long.
"""

from __future__ import annotations

import contextlib
from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Any

import click

__all__ = ["TraceRecorder", "render_tree"]


class TraceRecorder:
    """A tracer provider whose finished spans stay in memory."""

    def __init__(self) -> None:
        try:
            from opentelemetry.sdk.trace import TracerProvider
            from opentelemetry.sdk.trace.export import SimpleSpanProcessor
            from opentelemetry.sdk.trace.export.in_memory_span_exporter import (
                InMemorySpanExporter,
            )
        except ImportError:
            raise click.ClickException(
                "--trace needs the OpenTelemetry SDK: pip install 'kazinex-planner[otel]' "
                "opentelemetry-sdk"
            ) from None
        self._exporter = InMemorySpanExporter()
        self.provider = TracerProvider()
        self.provider.add_span_processor(SimpleSpanProcessor(self._exporter))

    @contextlib.contextmanager
    def root(self, name: str) -> Iterator[None]:
        with self.provider.get_tracer("kazinex_planner.cli").start_as_current_span(name):
            yield

    def spans(self) -> list[Any]:
        return list(self._exporter.get_finished_spans())

    def shutdown(self) -> None:
        self.provider.shutdown()


def _seconds(span: Any) -> float:
    return max(0, (span.end_time or 0) - (span.start_time or 0)) / 1e9


def render_tree(spans: Sequence[Any]) -> list[str]:
    """Indented lines: ``name  ×count  total s``, siblings of one name folded together."""
    ids = {s.context.span_id for s in spans}
    children: dict[int | None, list[Any]] = defaultdict(list)
    for span in spans:
        parent = span.parent.span_id if span.parent is not None else None
        children[parent if parent in ids else None].append(span)
    lines: list[str] = []

    def walk(parents: list[Any], depth: int) -> None:
        kids = [k for p in parents for k in children.get(p.context.span_id, [])]
        by_name: dict[str, list[Any]] = defaultdict(list)
        for kid in sorted(kids, key=lambda s: s.start_time or 0):
            by_name[kid.name].append(kid)
        for name, group in by_name.items():
            lines.append(_line(name, group, depth))
            walk(group, depth + 1)

    roots: dict[str, list[Any]] = defaultdict(list)
    for span in sorted(children.get(None, []), key=lambda s: s.start_time or 0):
        roots[span.name].append(span)
    for name, group in roots.items():
        lines.append(_line(name, group, 0))
        walk(group, 1)
    return lines


def _line(name: str, group: list[Any], depth: int) -> str:
    total = sum(_seconds(s) for s in group)
    errors = sum(1 for s in group if s.attributes.get("error.type"))
    count = f" ×{len(group)}" if len(group) > 1 else ""
    failed = f"  {errors} failed" if errors else ""
    waited = sum(float(s.attributes.get("kazinex_planner.rate_limit.wait", 0.0)) for s in group)
    wait = f"  limiter {waited:.3f}s" if waited >= 0.001 else ""
    return f"{'  ' * depth}{name}{count}  {total:.3f}s{wait}{failed}"
