"""The API's models: frozen attrs classes generated from ``openapi/planner.yaml``.

``from kazinex_planner.models import Project, Activity`` is the supported import; the
``_generated`` package behind it is an implementation detail.
"""

from ._generated.models import *  # noqa: F403
