"""Decoders: one straight-line function per model, written out as source.

The decoders are rendered from the generated models' source (read with ``ast``, so the
generator never imports the package it writes) into ``_generated/decoders.py``. Each
field's annotation picks one rule, and an annotation with no rule stops the generator:
a new kind of field must get a decode rule (and a cattrs one) before it can ship.

The rules are the converter's (``kazinex_planner/_converter.py``), which stays the
reference: a differential test decodes the same data with both. Frozen slotted models
are filled through their slot descriptors instead of ``__init__``; that is only
equivalent while ``__init__`` merely assigns, so any ``attrs.field`` argument beyond
``default``, ``factory``, ``metadata`` and ``repr`` (a validator, a converter...) is
refused here.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

import attrs

from ._spec import header, snake

_PRIMITIVES = {"str", "int", "bool", "float"}
_FIELD_ARGS = {"default", "factory", "metadata", "repr"}


@attrs.frozen
class Kind:
    """What one annotation decodes as: ``tag`` is the rule, the rest its operands."""

    tag: str  # str int bool float datetime date any enum model literal list optional
    name: str = ""
    values: tuple[str, ...] = ()
    inner: Kind | None = None


@attrs.frozen
class Field:
    name: str
    json: str
    kind: Kind
    default: str | None  # source of the value an absent key leaves; None: required


@attrs.frozen
class Model:
    name: str
    fields: tuple[Field, ...]

    @property
    def decoder(self) -> str:
        return f"decode_{snake(self.name)}"


def _union_members(node: ast.expr) -> Iterator[ast.expr]:
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        yield from _union_members(node.left)
        yield from _union_members(node.right)
    else:
        yield node


def _kind(node: ast.expr, enums: set[str], models: set[str], where: str) -> Kind:
    members = [m for m in _union_members(node) if ast.unparse(m) != "UnsetType"]
    nullable = any(isinstance(m, ast.Constant) and m.value is None for m in members)
    rest = [m for m in members if not (isinstance(m, ast.Constant) and m.value is None)]
    if len(rest) != 1:
        raise ValueError(f"{where}: no decode rule for the union {ast.unparse(node)}")
    inner = _single(rest[0], enums, models, where)
    return Kind("optional", inner=inner) if nullable else inner


def _single(node: ast.expr, enums: set[str], models: set[str], where: str) -> Kind:
    text = ast.unparse(node)
    if isinstance(node, ast.Name):
        if text in _PRIMITIVES or text in {"datetime", "date"}:
            return Kind(text)
        if text == "Any":
            return Kind("any")
        if text in enums:
            return Kind("enum", name=text)
        if text in models:
            return Kind("model", name=text)
    if isinstance(node, ast.Subscript):
        base = ast.unparse(node.value)
        if base == "Literal":
            args = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
            values = tuple(
                a.value for a in args if isinstance(a, ast.Constant) and isinstance(a.value, str)
            )
            if len(values) == len(args):
                return Kind("literal", values=values)
        if base == "list":
            inner = _kind(node.slice, enums, models, where)
            if inner.tag in {*_PRIMITIVES, "enum", "model"}:
                return Kind("list", inner=inner)
    raise ValueError(f"{where}: no decode rule for {text}; add one to codegen/_decoders.py")


def _field(stmt: ast.AnnAssign, cls: str, enums: set[str], models: set[str]) -> Field:
    assert isinstance(stmt.target, ast.Name)
    name = stmt.target.id
    where = f"{cls}.{name}"
    json = name
    default: str | None = None
    value = stmt.value
    if isinstance(value, ast.Call) and ast.unparse(value.func) == "attrs.field":
        args = {k.arg: k.value for k in value.keywords}
        extra = set(args) - _FIELD_ARGS
        if extra or value.args:
            raise ValueError(
                f"{where}: attrs.field({', '.join(sorted(map(str, extra)))}) needs __init__, "
                "but decoders write the slots directly"
            )
        if "default" in args:
            default = ast.unparse(args["default"])
        elif "factory" in args:
            factory = args["factory"]
            call = ast.unparse(factory)
            default = f"{call}()" if isinstance(factory, ast.Name) else f"({call})()"
        if "metadata" in args:
            metadata = ast.literal_eval(args["metadata"])
            json = metadata.get("json", name)
    elif value is not None:
        default = ast.unparse(value)
    return Field(name, json, _kind(stmt.annotation, enums, models, where), default)


def _is_model(node: ast.ClassDef) -> bool:
    decorators = [ast.unparse(d) for d in node.decorator_list]
    if not decorators:
        return False
    if decorators not in (["attrs.frozen(kw_only=True)"], ["attrs.frozen"]):
        raise ValueError(
            f"{node.name}: decorated {decorators}; decoders handle plain @attrs.frozen models"
        )
    return True


def read_models(models_source: str) -> tuple[list[str], list[Model]]:
    """The enums and the models of the generated module, in source order."""
    tree = ast.parse(models_source)
    classes = [n for n in tree.body if isinstance(n, ast.ClassDef)]
    enums = [c.name for c in classes if any(ast.unparse(b) == "StrEnum" for b in c.bases)]
    model_nodes = [c for c in classes if _is_model(c)]
    names = {c.name for c in model_nodes}
    models = [
        Model(
            c.name,
            tuple(
                _field(s, c.name, set(enums), names) for s in c.body if isinstance(s, ast.AnnAssign)
            ),
        )
        for c in model_nodes
    ]
    return enums, models


class _Body:
    """The statements of one decoder; ``v`` holds the field being decoded."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def emit(self, indent: int, text: str) -> None:
        self.lines.append("    " * (indent + 1) + text)

    def convert(self, kind: Kind, indent: int, where: str, guard: str = "") -> None:
        """Check ``v`` against ``kind`` and rebind it to the decoded value.

        ``guard`` prefixes the first test (``v is not None and ``), so that a nullable
        primitive is one ``if``, not two nested ones.
        """
        got = "got {type(v).__name__}"
        if kind.tag == "optional":
            assert kind.inner is not None
            if kind.inner.tag in {*_PRIMITIVES, "literal"}:
                self.convert(kind.inner, indent, where, guard="v is not None and ")
            else:
                self.emit(indent, "if v is not None:")
                self.convert(kind.inner, indent + 1, where)
        elif kind.tag in {"str", "int", "bool"}:
            self.emit(indent, f"if {guard}type(v) is not {kind.tag}:")
            self.emit(indent + 1, f'raise TypeError(f"{where}: expected {kind.tag}, {got}")')
        elif kind.tag == "float":
            self.emit(indent, f"if {guard}type(v) is not float:")
            self.emit(indent + 1, "if type(v) is not int:")
            self.emit(indent + 2, f'raise TypeError(f"{where}: expected a number, {got}")')
            self.emit(indent + 1, "v = float(v)")
        elif kind.tag == "datetime":
            self.emit(indent, "v = _timestamp(v)")
        elif kind.tag == "date":
            self.emit(indent, "v = _date(v)")
        elif kind.tag == "enum":
            self.emit(indent, f"m = _{kind.name}_members.get(v) if type(v) is str else None")
            self.emit(indent, f"v = m if m is not None else _enum({kind.name}, v)")
        elif kind.tag == "literal":
            self.emit(indent, f"if {guard}v not in {kind.values!r}:")
            self.emit(indent + 1, f'raise ValueError(f"{where}: {{v!r}} is not {kind.values!r}")')
        elif kind.tag == "model":
            self.emit(indent, f"v = decode_{snake(kind.name)}(v)")
        elif kind.tag == "list":
            assert kind.inner is not None
            self.emit(indent, "if type(v) is not list:")
            self.emit(indent + 1, f'raise TypeError(f"{where}: expected an array, {got}")')
            self.emit(indent, f"v = [{_item_decoder(kind.inner)}(x) for x in v]")
        elif kind.tag != "any":
            raise AssertionError(kind)


def _item_decoder(kind: Kind) -> str:
    return f"decode_{snake(kind.name)}" if kind.tag == "model" else f"_item_{kind.name or kind.tag}"


def _render_model(model: Model) -> str:
    body = _Body()
    body.emit(0, "if type(data) is not dict:")
    body.emit(
        1, f'raise TypeError(f"{model.name}: expected an object, got {{type(data).__name__}}")'
    )
    body.emit(0, f"o = _new({model.name})")
    for field in model.fields:
        where = f"{model.name}.{field.name}"
        setter = f"_{model.name}_{field.name}"
        if field.default is None:
            body.emit(0, f"v = data[{field.json!r}]")
            body.convert(field.kind, 0, where)
            body.emit(0, f"{setter}(o, v)")
            continue
        body.emit(0, f"if {field.json!r} in data:")
        body.emit(1, f"v = data[{field.json!r}]")
        body.convert(field.kind, 1, where)
        body.emit(1, f"{setter}(o, v)")
        body.emit(0, "else:")
        body.emit(1, f"{setter}(o, {field.default})")
    body.emit(0, "return o")
    slots = "".join(
        f'_{model.name}_{f.name} = _slot({model.name}, "{f.name}")\n' for f in model.fields
    )
    enums = any(_uses_enum(f.kind) for f in model.fields)
    declare = "    v: Any\n" + ("    m: Enum | None\n" if enums else "")
    return (
        f"{slots}\n\n"
        f"def {model.decoder}(data: object) -> {model.name}:\n"
        + declare
        + "\n".join(body.lines)
        + "\n"
    )


def _uses_enum(kind: Kind) -> bool:
    if kind.tag == "enum":
        return True
    return kind.tag == "optional" and kind.inner is not None and kind.inner.tag == "enum"


def _items(models: list[Model]) -> list[Kind]:
    """The element kinds of lists not of models, each needing an ``_item_`` decoder."""
    seen: dict[str, Kind] = {}
    for model in models:
        for field in model.fields:
            kind = field.kind.inner if field.kind.tag == "optional" else field.kind
            inner = kind.inner if kind is not None and kind.tag == "list" else None
            if inner is not None and inner.tag != "model":
                seen.setdefault(_item_decoder(inner), inner)
    return [seen[k] for k in sorted(seen)]


def _render_item(kind: Kind) -> str:
    name = _item_decoder(kind)
    if kind.tag == "enum":
        return (
            f"def {name}(value: object) -> {kind.name}:\n"
            f"    member = _{kind.name}_members.get(value) if type(value) is str else None\n"
            f"    return member if member is not None else _enum({kind.name}, value)\n"
        )
    if kind.tag == "float":
        return (
            f"def {name}(value: object) -> float:\n"
            "    if type(value) is float:\n"
            "        return value\n"
            "    if type(value) is int:\n"
            "        return float(value)\n"
            '    raise TypeError(f"expected a number, got {type(value).__name__}")\n'
        )
    return (
        f"def {name}(value: object) -> {kind.tag}:\n"
        f"    if type(value) is not {kind.tag}:\n"
        f'        raise TypeError(f"expected {kind.tag}, got {{type(value).__name__}}")\n'
        "    return value\n"
    )


_PRELUDE = '''\
"""Straight-line decoders, one per model: the happy path of every response.

Each decoder checks and converts its fields inline, by the converter's rules (strict
primitives, ints accepted as floats, open enums, RFC 3339 timestamps with an offset,
unknown keys ignored, absent optional fields left at their defaults), and writes the
frozen model's slots through their descriptors: its ``__init__`` only assigns, and
going around it is several times cheaper. Errors carry no field path:
``kazinex_planner._converter.structure`` re-runs the detailed cattrs converter to name
the bad field.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import Any, TypeVar, cast

from kazinex_planner._converter import parse_date as _date
from kazinex_planner._converter import parse_timestamp as _timestamp
from kazinex_planner._unset import UNSET

from .models import *  # noqa: F403

E = TypeVar("E", bound=Enum)
_new = object.__new__


def _slot(cls: type, name: str) -> Callable[[object, object], None]:
    return cast("Callable[[object, object], None]", cls.__dict__[name].__set__)


def _enum(cls: type[E], value: object) -> E:
    """The value map missed: a member built in Python, or a value this SDK does not know."""
    if isinstance(value, cls):
        return value
    if type(value) is not str:
        raise TypeError(f"expected a {cls.__name__} string, got {type(value).__name__}")
    return cls(value)  # open enums keep unknown values (``_missing_``)
'''


def render_decoders(models_source: str, spec_hash: str) -> str:
    enums, models = read_models(models_source)
    names = sorted({*enums, *(m.name for m in models)})
    prelude = _PRELUDE.replace(
        "from .models import *  # noqa: F403",
        "from .models import (\n" + "".join(f"    {n},\n" for n in names) + ")",
    )
    members = "".join(
        f'_{e}_members = cast("dict[str, {e}]", {e}._value2member_map_)\n' for e in enums
    )
    items = "\n\n".join(_render_item(k) for k in _items(models))
    decoders = "\n\n".join(_render_model(m) for m in models)
    table = "".join(f"    {m.name}: {m.decoder},\n" for m in models)
    return (
        header(spec_hash)
        + prelude
        + "\n\n"
        + members
        + "\n\n"
        + items
        + "\n\n"
        + decoders
        + "\n\n#: Model class → its decoder; ``_converter.structure`` looks models up here.\n"
        + "DECODERS: dict[type[Any], Callable[[object], Any]] = {\n"
        + table
        + "}\n"
    )
