"""Resources: our own small Jinja2 generator, one async class per tag.

Path parameters are positional, everything else keyword-only. JSON request bodies
are flattened into keyword arguments typed exactly like the generated model's fields
(read from the generated models' source with ``ast``, so the generator never imports
the package it generates), which keeps ``planner.projects.create(name=...)`` typed
without a second source of truth.
"""

from __future__ import annotations

import ast
import re
import textwrap
from pathlib import Path
from typing import Any

import attrs
import jinja2

from ._operations import TAGS, BodyField, Operation, Param
from ._spec import Spec, header, pascal

TEMPLATES = Path(__file__).resolve().parent / "templates"
_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_BUILTIN_NAMES = {
    "str",
    "int",
    "float",
    "bool",
    "None",
    "list",
    "dict",
    "bytes",
    "Any",
    "Literal",
    "datetime",
    "date",
    "UnsetType",
    "builtins",
}


def model_fields(models_source: str) -> dict[str, list[tuple[str, str, str | None]]]:
    """Class name → [(field, annotation, default source or None)] from the generated models."""
    classes: dict[str, list[tuple[str, str, str | None]]] = {}
    for node in ast.parse(models_source).body:
        if not isinstance(node, ast.ClassDef):
            continue
        fields: list[tuple[str, str, str | None]] = []
        for stmt in node.body:
            if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
                default: str | None = None
                if stmt.value is not None:
                    default = ast.unparse(stmt.value)
                    call = stmt.value
                    if isinstance(call, ast.Call) and ast.unparse(call.func) == "attrs.field":
                        kw = {k.arg: k.value for k in call.keywords}
                        if "default" in kw:
                            default = ast.unparse(kw["default"])
                        elif "factory" in kw:
                            raise ValueError(
                                f"{node.name}.{stmt.target.id}: factory defaults "
                                "cannot be flattened into keyword arguments"
                            )
                        else:
                            default = None
                fields.append((stmt.target.id, ast.unparse(stmt.annotation), default))
        classes[node.name] = fields
    return classes


def enum_values(models_source: str) -> dict[str, list[str]]:
    """Enum class name → its values, from the generated models' source."""
    enums: dict[str, list[str]] = {}
    for node in ast.parse(models_source).body:
        if not isinstance(node, ast.ClassDef):
            continue
        if not any(ast.unparse(b) in {"StrEnum", "enum.StrEnum"} for b in node.bases):
            continue
        enums[node.name] = [
            stmt.value.value
            for stmt in node.body
            if isinstance(stmt, ast.Assign)
            and isinstance(stmt.value, ast.Constant)
            and isinstance(stmt.value.value, str)
        ]
    return enums


def _widen_enums(annotation: str, enums: dict[str, list[str]]) -> str:
    """``list[WebhookEventType]`` → ``list[WebhookEventType | Literal["...", ...]]``: enum
    parameters take the member or its string, as query parameters already do."""

    def widen(match: re.Match[str]) -> str:
        name = match.group(0)
        if name not in enums:
            return name
        return f"{name} | Literal[" + ", ".join(repr(v) for v in enums[name]) + "]"

    return re.sub(r"(?<![\w.])[A-Z]\w*", widen, annotation)


def _builtins_safe(annotation: str) -> str:
    # A method named ``list`` shadows the builtin inside the class body.
    return re.sub(r"(?<![\w.])list\[", "builtins.list[", annotation)


def _docstring(op: Operation, body_fields: tuple[BodyField, ...]) -> str:
    lines = [op.summary.rstrip(".") + "." if op.summary else op.operation_id]
    if op.description:
        lines += ["", *textwrap.fill(" ".join(op.description.split()), 88).splitlines()]
    described = [p for p in (*op.path_params, *op.query_params) if p.description]
    if described:
        # The spec's parameter rules (defaults, bounds, the 4xx a combination answers)
        # reach the SDK user where they look: the method's docstring.
        lines += ["", "Args:"]
        for param in described:
            lines += textwrap.wrap(
                f"{param.python_name}: {param.description}",
                84,
                initial_indent="    ",
                subsequent_indent="        ",
            )
    if op.item_model:
        lines += [
            "",
            f"Returns an ``AsyncPager[{op.item_model}]``: ``await`` it for the first page,",
            "``async for`` over it for every item (pages are fetched lazily);",
            "``prefetch=N`` keeps up to N pages in flight once the total is known.",
        ]
    lines += ["", f"``{op.method} {op.path}`` (operationId ``{op.operation_id}``)."]
    text = "\n".join(lines).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    return textwrap.indent(text, " " * 8).lstrip()


def _sync_docstring(op: Operation, tag: str) -> str:
    first = op.summary.rstrip(".") + "." if op.summary else op.operation_id
    lines = [first, ""]
    if op.item_model:
        lines += [
            f"Returns a ``SyncPager[{op.item_model}]``: ``for item in ...`` yields every item",
            "(pages are fetched lazily through the client's loop thread); ``.first_page()``",
            "gives the first page and ``.collect(max_items=...)`` a list.",
            "",
        ]
    lines.append(f"Blocking twin of ``planner.{tag}.{op.name}``; same parameters and errors.")
    lines += ["", f"``{op.method} {op.path}`` (operationId ``{op.operation_id}``)."]
    text = "\n".join(lines).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    return textwrap.indent(text, " " * 8).lstrip()


def _annotation_names(annotation: str) -> set[str]:
    inner = re.sub(r"Literal\[[^\]]*\]", "", annotation)
    return {n for n in _IDENT.findall(inner) if n not in _BUILTIN_NAMES}


def render_resources(
    spec: Spec, spec_hash: str, operations: list[Operation], models_source: str
) -> dict[str, str]:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
    )
    template = env.get_template("resource.py.jinja")
    sync_template = env.get_template("sync_resource.py.jinja")
    fields = model_fields(models_source)
    enums = enum_values(models_source)
    tag_info = {t["name"]: t for t in spec.get("tags", [])}
    files: dict[str, str] = {}
    for tag in TAGS:
        ops = [op for op in operations if op.tag == tag]
        names = [op.name for op in ops]
        if len(set(names)) != len(names):
            raise ValueError(f"tag {tag}: duplicate method names {names}")
        imports: set[str] = set()
        rendered_ops: list[dict[str, Any]] = []
        for op in ops:
            body_fields: tuple[BodyField, ...] = ()
            if op.body_model:
                body_fields = tuple(
                    BodyField(
                        python_name=n,
                        annotation=_builtins_safe(_widen_enums(a, enums)),
                        default=d,
                        widened=_widen_enums(a, enums) != a,
                    )
                    for n, a, d in fields[op.body_model]
                )
                imports.add(op.body_model)
            taken = {p.python_name for p in (*op.path_params, *op.query_params)}
            clash = taken & {f.python_name for f in body_fields}
            if clash:
                raise ValueError(f"{op.operation_id}: body fields clash with parameters: {clash}")
            multipart_fields: list[str] = []
            if op.multipart_model:
                for n, a, d in fields[op.multipart_model]:
                    if n == "file":
                        continue
                    if d is None:
                        raise ValueError(f"{op.operation_id}: multipart field {n} must be optional")
                    body_fields += (
                        BodyField(python_name=n, annotation=_widen_enums(a, enums), default=d),
                    )
                    multipart_fields.append(n)
            for p in (*op.path_params, *op.query_params):
                imports |= _annotation_names(p.annotation)
            for f in body_fields:
                imports |= _annotation_names(f.annotation)
            for model in (op.response_model, op.item_model):
                if model:
                    imports.add(model)
            ret = f"AsyncPager[{op.item_model}]" if op.item_model else op.response_model or "None"
            path_expr = (
                'f"'
                + re.sub(r"\{(\w+)\}", lambda m: "{quote_path(" + m.group(1) + ")}", op.path)
                + '"'
            )
            if "{" not in op.path:
                path_expr = f'"{op.path}"'
            data = attrs.asdict(op, recurse=False)
            data.update(
                body_fields=[attrs.asdict(f) for f in body_fields],
                query_params=[_as_param(p) for p in op.query_params],
                path_params=[_as_param(p) for p in op.path_params],
                multipart_fields=multipart_fields,
                return_annotation=ret,
                docstring=_docstring(op, body_fields),
                sync_return_annotation=(f"SyncPager[{op.item_model}]" if op.item_model else ret),
                sync_docstring=_sync_docstring(op, tag),
                path_expr=path_expr,
            )
            rendered_ops.append(data)
        info = tag_info.get(tag, {})
        files[f"resources/{tag}.py"] = template.render(
            header=header(spec_hash).rstrip("\n"),
            tag=tag,
            tag_title=pascal(tag),
            tag_description=textwrap.fill(" ".join(str(info.get("description", "")).split()), 88),
            class_name=f"{pascal(tag)}Resource",
            operations=rendered_ops,
            model_imports=sorted(imports),
        )
        files[f"sync_resources/{tag}.py"] = sync_template.render(
            header=header(spec_hash).rstrip("\n"),
            tag=tag,
            tag_title=pascal(tag),
            class_name=f"Sync{pascal(tag)}Resource",
            async_class_name=f"{pascal(tag)}Resource",
            operations=rendered_ops,
            model_imports=sorted(imports),
        )
    files["resources/__init__.py"] = (
        header(spec_hash)
        + '"""Generated resource classes, one per endpoint group."""\n\n'
        + "".join(f"from .{t} import {pascal(t)}Resource\n" for t in TAGS)
        + "\n__all__ = [\n"
        + "".join(f'    "{pascal(t)}Resource",\n' for t in TAGS)
        + "]\n"
    )
    files["sync_resources/__init__.py"] = (
        header(spec_hash)
        + '"""Generated blocking resource classes (``kazinex_planner.sync``)."""\n\n'
        + "".join(f"from .{t} import Sync{pascal(t)}Resource\n" for t in TAGS)
        + "\n__all__ = [\n"
        + "".join(f'    "Sync{pascal(t)}Resource",\n' for t in TAGS)
        + "]\n"
    )
    return files


def _as_param(p: Param) -> dict[str, Any]:
    d = attrs.asdict(p)
    d["annotation"] = _builtins_safe(p.annotation)
    return d
