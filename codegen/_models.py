"""Models: datamodel-code-generator with our templates emitting ``@attrs.frozen`` classes.

dmcg has no attrs output; we keep its ``dataclasses.dataclass`` slot and replace the
templates (``templates/models``). Flags and traps are in
``../shared/notes/codegen-feasibility.md`` §1.2: ``output_datetime_class`` is required
for ``date-time`` to become ``datetime``, and TYPE_CHECKING-moved imports must be off
because cattrs evaluates the annotations at runtime.
"""

from __future__ import annotations

import warnings
from pathlib import Path

from ._spec import header

TEMPLATES = Path(__file__).resolve().parent / "templates" / "models"


def generate_models(spec_text: str, spec_hash: str) -> str:
    # Imported lazily: dmcg is slow to import and only the generator needs it.
    from datamodel_code_generator import (
        DatetimeClassType,
        InputFileType,
        PythonVersion,
        generate,
    )
    from datamodel_code_generator._format_types import Formatter
    from datamodel_code_generator.enums import DataModelType

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # dmcg's own deprecation notices are not ours to fix
        out = generate(
            spec_text,
            input_file_type=InputFileType.OpenAPI,
            output_model_type=DataModelType.DataclassesDataclass,
            custom_template_dir=TEMPLATES,
            additional_imports=[
                "attrs",
                "kazinex_planner._enum_compat._unknown_member",
                "kazinex_planner._model.PlannerModel",
                "kazinex_planner._unset.UNSET",
                "kazinex_planner._unset.UnsetType",
            ],
            target_python_version=PythonVersion.PY_311,
            snake_case_field=True,
            strict_nullable=True,
            output_datetime_class=DatetimeClassType.Datetime,
            keyword_only=True,
            use_schema_description=True,
            use_field_description=True,
            disable_timestamp=True,
            formatters=[Formatter.RUFF_CHECK, Formatter.RUFF_FORMAT],
            use_type_checking_imports=False,
            # ``x-secret: true`` marks fields whose value must never reach a repr or log.
            field_extra_keys={"x-secret"},
            custom_file_header=header(spec_hash).rstrip("\n"),
        )
    if not isinstance(out, str):
        raise TypeError(
            f"datamodel-code-generator returned {type(out).__name__}, expected one module"
        )
    return out
