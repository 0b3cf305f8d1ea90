"""Straight-line decoders for the attrs models: the happy path of every response.

cattrs' generated functions call one hook per field; on a page of activities those
calls were most of the decode time. Here each model gets one function, compiled once,
whose body checks and converts every field inline (``type(v) is str``, an enum lookup
by value, ``None`` tests for nullable fields) and calls out only for timestamps, nested
models and types it does not know (those use the converter's own hooks).

The rules are the converter's rules: strict primitives (``null`` never becomes
``"None"``, ``1`` is not ``True``), ints accepted as floats, open enums, RFC 3339
timestamps with an offset, unknown keys ignored, absent optional fields left at their
defaults. Errors raised here carry no field path: :func:`kazinex_planner._converter.structure`
re-runs the detailed cattrs converter to explain any failure.
"""

from __future__ import annotations

import enum
import types
import typing
from collections.abc import Callable
from datetime import datetime
from typing import Any, Literal

import attrs

from ._unset import UnsetType

Hook = Callable[[Any, Any], Any]
GetHook = Callable[[Any], Hook]

_NONE = type(None)


class _Emitter:
    """Accumulates the source of one decoder and the names its body refers to."""

    def __init__(self, get_hook: GetHook, decoders: dict[type, Callable[[Any], Any]]) -> None:
        self.lines: list[str] = []
        self.names: dict[str, Any] = {"_TypeError": TypeError, "_ValueError": ValueError}
        self._get_hook = get_hook
        self._decoders = decoders

    def name(self, prefix: str, value: Any) -> str:
        key = f"_{prefix}{len(self.names)}"
        self.names[key] = value
        return key

    def emit(self, indent: int, text: str) -> None:
        self.lines.append("    " * indent + text)

    def convert(self, tp: Any, var: str, indent: int) -> None:
        """Emit statements that check ``var`` against ``tp`` and rebind it converted."""
        origin = typing.get_origin(tp)
        args = typing.get_args(tp)
        if origin in (typing.Union, types.UnionType) and len(args) == 2 and _NONE in args:
            inner = args[0] if args[1] is _NONE else args[1]
            if inner is not UnsetType:
                self.emit(indent, f"if {var} is not None:")
                self.convert(inner, var, indent + 1)
                return
        if tp is str or tp is bool or tp is int:
            self.emit(indent, f"if type({var}) is not {tp.__name__}:")
            self.emit(indent + 1, f"raise _TypeError('expected {tp.__name__}')")
        elif tp is float:
            self.emit(indent, f"if type({var}) is not float:")
            self.emit(indent + 1, f"if type({var}) is not int:")
            self.emit(indent + 2, "raise _TypeError('expected float')")
            self.emit(indent + 1, f"{var} = float({var})")
        elif isinstance(tp, type) and issubclass(tp, enum.StrEnum):
            members = self.name("members", tp._value2member_map_)
            fallback = self.name("hook", self._get_hook(tp))
            cls = self.name("enum", tp)
            self.emit(indent, f"_m = {members}.get({var}) if type({var}) is str else None")
            self.emit(indent, f"{var} = _m if _m is not None else {fallback}({var}, {cls})")
        elif origin is Literal:
            allowed = self.name("allowed", frozenset(args))
            self.emit(indent, f"if {var} not in {allowed} or type({var}) is not str:")
            self.emit(indent + 1, "raise _ValueError('unexpected literal')")
        elif origin is list and args and attrs.has(args[0]):
            decoder = self.name("decode", self.decoder_for(args[0]))
            self.emit(indent, f"if type({var}) is not list:")
            self.emit(indent + 1, "raise _TypeError('expected list')")
            self.emit(indent, f"{var} = [{decoder}(_x) for _x in {var}]")
        elif isinstance(tp, type) and attrs.has(tp):
            decoder = self.name("decode", self.decoder_for(tp))
            self.emit(indent, f"{var} = {decoder}({var})")
        elif tp is datetime:
            parse = self.name("fromiso", datetime.fromisoformat)
            self.emit(indent, f"if type({var}) is not str:")
            self.emit(indent + 1, "raise _TypeError('expected an RFC 3339 timestamp')")
            self.emit(indent, f"{var} = {parse}({var})")
            self.emit(indent, f"if {var}.tzinfo is None:")
            self.emit(indent + 1, "raise _ValueError('timestamp without an offset')")
        elif tp is Any:
            return
        else:  # date, dict[str, Any], list[enum], unions with UNSET...: the converter's hook
            hook = self.name("hook", self._get_hook(tp))
            kind = self.name("type", tp)
            self.emit(indent, f"{var} = {hook}({var}, {kind})")

    def decoder_for(self, cls: type) -> Callable[[Any], Any]:
        existing = self._decoders.get(cls)
        if existing is not None:
            return existing
        if cls in _building:  # a recursive model: let the converter's hook handle the cycle
            hook = self._get_hook(cls)
            return lambda value: hook(value, cls)
        return build_decoder(cls, self._get_hook, self._decoders)


def build_decoder(
    cls: type,
    get_hook: GetHook,
    decoders: dict[type, Callable[[Any], Any]] | None = None,
) -> Callable[[Any], Any]:
    """Compile the decoder of ``cls`` (and, recursively, of the models it nests)."""
    decoders = {} if decoders is None else decoders
    _building.add(cls)
    try:
        return _build(cls, get_hook, decoders)
    finally:
        _building.discard(cls)


_building: set[type] = set()


def _build(
    cls: type, get_hook: GetHook, decoders: dict[type, Callable[[Any], Any]]
) -> Callable[[Any], Any]:
    hints = typing.get_type_hints(cls)
    emitter = _Emitter(get_hook, decoders)
    emitter.names["_cls"] = cls
    emitter.emit(0, "def decode(d):")
    emitter.emit(1, "if type(d) is not dict:")
    emitter.emit(2, "raise _TypeError('expected an object')")
    direct = _can_bypass_init(cls)
    if direct:
        # Frozen slotted classes set each attribute through object.__setattr__ in their
        # __init__; writing the slots directly is several times cheaper and equivalent
        # for models without validators, converters or __attrs_post_init__.
        emitter.names["_new"] = object.__new__
        emitter.emit(1, "o = _new(_cls)")
    required: list[str] = []
    optional = False
    for field in attrs.fields(cls):
        key = field.metadata.get("json", field.name)
        var = f"f_{field.name}"
        setter = emitter.name("set", getattr(cls, field.name).__set__) if direct else ""
        if field.default is attrs.NOTHING:
            emitter.emit(1, f"{var} = d[{key!r}]")
            emitter.convert(hints[field.name], var, 1)
            if direct:
                emitter.emit(1, f"{setter}(o, {var})")
            else:
                required.append(f"{field.name}={var}")
            continue
        if direct:
            emitter.emit(1, f"if {key!r} in d:")
            emitter.emit(2, f"{var} = d[{key!r}]")
            emitter.convert(hints[field.name], var, 2)
            emitter.emit(1, "else:")
            if isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
                factory = emitter.name("factory", field.default.factory)
                emitter.emit(2, f"{var} = {factory}()")
            else:
                emitter.emit(2, f"{var} = {emitter.name('default', field.default)}")
            emitter.emit(1, f"{setter}(o, {var})")
            continue
        if not optional:
            emitter.emit(1, "kw = {}")
            optional = True
        emitter.emit(1, f"if {key!r} in d:")
        emitter.emit(2, f"{var} = d[{key!r}]")
        emitter.convert(hints[field.name], var, 2)
        emitter.emit(2, f"kw[{field.name!r}] = {var}")
    if direct:
        emitter.emit(1, "return o")
    else:
        call = ", ".join([*required, *(["**kw"] if optional else [])])
        emitter.emit(1, f"return _cls({call})")
    namespace: dict[str, Any] = dict(emitter.names)
    source = "\n".join(emitter.lines)
    exec(compile(source, f"<kazinex_planner decoder {cls.__qualname__}>", "exec"), namespace)
    decoder: Callable[[Any], Any] = namespace["decode"]
    decoders[cls] = decoder
    return decoder


def _can_bypass_init(cls: type) -> bool:
    """Slotted, no validators/converters/on_setattr hooks, no post-init: __init__ only assigns."""
    if "__slots__" not in cls.__dict__ or hasattr(cls, "__attrs_post_init__"):
        return False
    if hasattr(cls, "__attrs_pre_init__"):
        return False
    for field in attrs.fields(cls):
        if field.validator is not None or field.converter is not None:
            return False
        if not hasattr(getattr(cls, field.name, None), "__set__"):
            return False
    return all(field.init for field in attrs.fields(cls))


def make_hook_factory(get_hook: GetHook) -> Callable[[type], Hook]:
    """A cattrs structure-hook factory for attrs classes using :func:`build_decoder`."""
    decoders: dict[type, Callable[[Any], Any]] = {}

    def factory(cls: type) -> Hook:
        decoder = decoders.get(cls) or build_decoder(cls, get_hook, decoders)
        return lambda value, _: decoder(value)

    return factory


__all__ = ["build_decoder", "make_hook_factory"]
