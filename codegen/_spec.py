"""Loading the spec and naming things the way the generated code spells them."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any, cast

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi" / "planner.yaml"
GENERATED_DIR = ROOT / "kazinex_planner" / "_generated"

Spec = dict[str, Any]


def load_spec(path: Path = SPEC_PATH) -> tuple[Spec, str, str]:
    """Return the parsed spec, its text and the sha256 of its bytes."""
    raw = path.read_bytes()
    return cast("Spec", yaml.safe_load(raw)), raw.decode("utf-8"), hashlib.sha256(raw).hexdigest()


def header(spec_hash: str) -> str:
    return (
        "# generated from openapi/planner.yaml — do not edit (run `python -m codegen`)\n"
        f"# spec sha256: {spec_hash}\n"
    )


def snake(name: str) -> str:
    """``listQualityChecks`` → ``list_quality_checks``; ``Idempotency-Key`` → ``idempotency_key``.

    Any run of non-alphanumerics becomes one underscore; case changes start new words.
    """
    name = re.sub(r"[^0-9A-Za-z]+", "_", name)
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    return name.strip("_").lower()


def pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^0-9A-Za-z]+", name) if part)


def singular(noun: str) -> str:
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    if noun.endswith("s"):
        return noun[:-1]
    return noun


def method_name(operation_id: str, tag: str) -> str:
    """The public method name: the operationId without the tag's noun.

    ``listProjects`` under ``projects`` → ``list``; ``getQualityReport`` under
    ``quality`` → ``get_report``; ``sendWebhookTest`` → ``send_test``.
    """
    nouns = {tag, singular(tag)}
    words = [w for w in snake(operation_id).split("_") if w not in nouns]
    if not words:
        raise ValueError(
            f"operationId {operation_id!r} gives an empty method name under tag {tag!r}"
        )
    return "_".join(words)


def resolve(spec: Spec, node: Any) -> Any:
    """Follow a local ``$ref`` (recursively) to the node it names."""
    seen: set[str] = set()
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if not ref.startswith("#/") or ref in seen:
            raise ValueError(f"unsupported or cyclic $ref {ref!r}")
        seen.add(ref)
        target: Any = spec
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def ref_name(node: Any) -> str | None:
    """``{"$ref": "#/components/schemas/Project"}`` → ``Project``."""
    if isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref: str = node["$ref"]
        if ref.startswith("#/components/schemas/"):
            return ref.rsplit("/", 1)[1]
    return None
