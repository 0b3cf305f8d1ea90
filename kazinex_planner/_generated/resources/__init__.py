# generated from openapi/planner.yaml — do not edit (run `python -m codegen`)
# spec sha256: f0832f62f1fe87963dd8f6992fcef2ff88b7db94c0f8d2d63e6aa3388474e8f8
"""Generated resource classes, one per endpoint group."""

from .activities import ActivitiesResource
from .baselines import BaselinesResource
from .projects import ProjectsResource
from .quality import QualityResource
from .resources import ResourcesResource
from .schedules import SchedulesResource
from .users import UsersResource
from .webhooks import WebhooksResource

__all__ = [
    "ProjectsResource",
    "SchedulesResource",
    "ActivitiesResource",
    "BaselinesResource",
    "QualityResource",
    "ResourcesResource",
    "UsersResource",
    "WebhooksResource",
]
