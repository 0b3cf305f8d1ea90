"""Client configuration: explicit arguments first, then environment, then defaults."""

from __future__ import annotations

import ipaddress
import os
import platform

import aiohttp
import attrs
from yarl import URL

from ..errors import ConfigurationError
from ..ratelimit._plan import Plan

DEFAULT_BASE_URL = "https://api.kazinex.com/planner/v1"
DEFAULT_TIMEOUT = 60.0

ENV_API_KEY = "KAZINEX_API_KEY"
ENV_BASE_URL = "KAZINEX_BASE_URL"
ENV_PLAN = "KAZINEX_PLAN"


def sdk_version() -> str:
    from .. import __version__

    return __version__


def user_agent() -> str:
    return (
        f"kazinex-planner-python/{sdk_version()} "
        f"Python/{platform.python_version()} aiohttp/{aiohttp.__version__}"
    )


def is_loopback_host(host: str | None) -> bool:
    if not host:
        return False
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def resolve_api_key(api_key: str | None) -> str:
    key = api_key if api_key is not None else os.environ.get(ENV_API_KEY)
    if key is None or not key.strip():
        raise ConfigurationError(
            f"no API key: pass api_key=... or set the {ENV_API_KEY} environment variable"
        )
    key = key.strip()
    if any(c.isspace() for c in key):
        raise ConfigurationError("the API key contains whitespace; check how it was copied")
    return key


def resolve_plan(plan: Plan | str | None) -> Plan:
    """The explicit plan, else ``KAZINEX_PLAN``, else professional (the smallest).

    The variable uses :meth:`Plan.parse`'s text syntax; a bad value names the variable,
    so the user knows which setting to fix.
    """
    if plan is not None:
        return Plan.parse(plan)
    text = os.environ.get(ENV_PLAN)
    if text is None or not text.strip():
        return Plan.PROFESSIONAL
    try:
        return Plan.parse(text)
    except ConfigurationError as exc:
        raise ConfigurationError(f"{ENV_PLAN}: {exc}") from None


def resolve_base_url(base_url: str | URL | None) -> URL:
    raw = base_url if base_url is not None else os.environ.get(ENV_BASE_URL, DEFAULT_BASE_URL)
    url = URL(str(raw).rstrip("/"))
    if not url.is_absolute() or url.scheme not in {"http", "https"}:
        raise ConfigurationError(f"base URL must be an absolute http(s) URL, got {str(url)!r}")
    if url.scheme != "https" and not is_loopback_host(url.host):
        raise ConfigurationError(
            f"refusing plain-http base URL {str(url)!r}: the API key would travel in clear "
            "text; use https (plain http is allowed only for loopback hosts)"
        )
    if url.query_string or url.fragment:
        raise ConfigurationError("base URL must not carry a query string or fragment")
    return url


@attrs.frozen(kw_only=True)
class RequestOptions:
    """Per-client defaults that a single call may override."""

    timeout: float = DEFAULT_TIMEOUT
    max_retries: int = 3

    def __attrs_post_init__(self) -> None:
        if self.timeout <= 0:
            raise ConfigurationError(f"timeout must be > 0 seconds, got {self.timeout}")
        if self.max_retries < 0:
            raise ConfigurationError(f"max_retries must be >= 0, got {self.max_retries}")
