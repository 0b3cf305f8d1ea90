"""Client configuration: explicit arguments first, then environment, then defaults."""

from __future__ import annotations

import ipaddress
import os
import platform
from collections.abc import Mapping

import aiohttp
import attrs
from yarl import URL

from .._version import __version__
from ..errors import ConfigurationError
from ..ratelimit._lane import LANES, Lane
from ..ratelimit._plan import Plan

DEFAULT_BASE_URL = "https://api.kazinex.com/planner/v1"
DEFAULT_TIMEOUT = 60.0

ENV_API_KEY = "KAZINEX_API_KEY"
ENV_BASE_URL = "KAZINEX_BASE_URL"
ENV_PLAN = "KAZINEX_PLAN"
#: A Redis URL: the client's limiter shares the key's budget through it (``redis`` extra).
ENV_REDIS_URL = "KAZINEX_REDIS_URL"


def user_agent() -> str:
    return (
        f"kazinex-planner-python/{__version__} "
        f"Python/{platform.python_version()} aiohttp/{aiohttp.__version__}"
    )


def is_loopback_host(host: str | None) -> bool:
    """Only a literal loopback IP or the exact name ``localhost``: no name needing DNS
    (``localhost.``, ``x.localhost``) counts, since its answer is not ours to trust."""
    if not host:
        return False
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def env_setting(name: str) -> str | None:
    """An environment variable, where empty or blank counts as unset (as if not exported)."""
    value = os.environ.get(name)
    return value if value is not None and value.strip() else None


def resolve_api_key(api_key: str | None) -> str:
    """The key to send: refused at construction when it could not be a header value.

    Surrounding whitespace (a copied newline) is dropped; whitespace or control
    characters inside are refused here rather than failing later inside aiohttp.
    The key itself never appears in the error.
    """
    key = api_key if api_key is not None else env_setting(ENV_API_KEY)
    if key is None or not key.strip():
        raise ConfigurationError(
            f"no API key: pass api_key=... or set the {ENV_API_KEY} environment variable"
        )
    key = key.strip()
    if any(c.isspace() for c in key):
        raise ConfigurationError("the API key contains whitespace; check how it was copied")
    if any(not c.isprintable() or not c.isascii() for c in key):
        raise ConfigurationError(
            "the API key contains a control or non-ASCII character; check how it was copied"
        )
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
    raw = base_url if base_url is not None else env_setting(ENV_BASE_URL) or DEFAULT_BASE_URL
    try:
        url = URL(str(raw).strip().rstrip("/"))
    except (ValueError, TypeError):
        raise ConfigurationError("base URL is not a valid URL") from None
    if url.user is not None or url.password is not None:
        # Never echo the URL: the userinfo is the secret.
        raise ConfigurationError(
            "base URL must not carry a user name or password: pass the key (api_key=...), "
            "not a password in the URL"
        )
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


def resolve_redis_url(redis_url: str | None) -> str | None:
    """The Redis URL for a shared limiter: the argument, else ``KAZINEX_REDIS_URL``."""
    raw = redis_url if redis_url is not None else os.environ.get(ENV_REDIS_URL)
    if raw is None or not raw.strip():
        return None
    url = URL(raw.strip())
    if url.scheme not in {"redis", "rediss", "unix"}:
        # Never echo the URL: it may carry a password.
        raise ConfigurationError(
            f"the Redis URL must start with redis://, rediss:// or unix://, not {url.scheme!r}"
        )
    return raw.strip()


@attrs.frozen(kw_only=True)
class RequestOptions:
    """Per-client defaults that a single call may override.

    ``timeout`` bounds one HTTP attempt; ``max_wait`` bounds the time one call may
    queue in the rate limiter (``None``: as long as needed).
    """

    timeout: float = DEFAULT_TIMEOUT
    max_retries: int = 3
    max_wait: float | None = None
    lane: Lane = "interactive"
    extra_headers: Mapping[str, str] = attrs.field(factory=dict)

    def __attrs_post_init__(self) -> None:
        if self.timeout <= 0:
            raise ConfigurationError(f"timeout must be > 0 seconds, got {self.timeout}")
        if self.max_retries < 0:
            raise ConfigurationError(f"max_retries must be >= 0, got {self.max_retries}")
        if self.max_wait is not None and not self.max_wait >= 0:
            raise ConfigurationError(f"max_wait must be >= 0 seconds, got {self.max_wait}")
        if self.lane not in LANES:
            raise ConfigurationError(f"lane must be 'interactive' or 'bulk', got {self.lane!r}")
