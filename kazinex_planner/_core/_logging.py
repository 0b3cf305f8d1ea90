"""Logging that cannot leak credentials.

Every SDK logger is made by :func:`get_logger`, which attaches :class:`RedactingFilter`
to that logger, so redaction happens where the record is created (a filter on a parent
logger would not see records propagated from children). The filter is driven by a
name pattern, not a fixed list: any mapping key or ``name=value`` pair whose name
looks like authorization, token, secret, key, signature, cookie or password is masked,
as are bearer tokens, ``whsec_`` secrets and every value registered with
:func:`register_secret` (the client registers its API key). Bodies are never logged
at INFO.
"""

from __future__ import annotations

import logging
import os
import re
import threading
from collections.abc import Mapping
from typing import Any

ROOT_LOGGER = "kazinex_planner"
MASK = "***"

SENSITIVE_NAME = re.compile(
    r"(authori[sz]ation|token|secret|(^|[-_.])key($|[-_.])|api[-_]?key|signature|cookie|passw)",
    re.IGNORECASE,
)
_INLINE = re.compile(
    # A whole name (starting at a name boundary, consumed possessively) that contains one
    # of the words: linear in the text, where ``[...]*word[...]*`` backtracked cubically.
    r"(?P<name>(?<![A-Za-z0-9_.-])"
    r"(?=[A-Za-z0-9_.-]*?(?:authori[sz]ation|token|secret|key|signature|cookie|passw))"
    # The optional quote after the name catches JSON (``"client_secret": "..."``) too.
    r"[A-Za-z0-9_.-]++)(?P<sep>[\"']?\s*+[=:]\s*+)(?P<value>\"[^\"]*\"|'[^']*'|[^\s,;&]+)",
    re.IGNORECASE,
)
_BEARER = re.compile(r"(?i)\bbearer\s+[A-Za-z0-9._~+/=-]+")
_WHSEC = re.compile(r"whsec_[A-Za-z0-9+/=_-]+")

_secrets: set[str] = set()
_secrets_lock = threading.Lock()


def register_secret(value: str) -> None:
    """Mask this exact value wherever it would appear in an SDK log line."""
    if len(value) >= 6:  # masking very short strings would garble ordinary text
        with _secrets_lock:
            _secrets.add(value)


def is_sensitive(name: str) -> bool:
    return bool(SENSITIVE_NAME.search(name))


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """A copy of ``headers`` that is safe to log or keep on an exception."""
    return {k: (MASK if is_sensitive(k) else redact_text(v)) for k, v in headers.items()}


def redact_text(text: str) -> str:
    with _secrets_lock:
        secrets = sorted(_secrets, key=len, reverse=True)
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, MASK)
    text = _BEARER.sub("Bearer " + MASK, text)
    text = _WHSEC.sub("whsec_" + MASK, text)
    return _INLINE.sub(lambda m: f"{m.group('name')}{m.group('sep')}{MASK}", text)


def _redact_value(value: Any) -> Any:
    if isinstance(value, str):
        return redact_text(value)
    if isinstance(value, Mapping):
        return {
            k: (MASK if isinstance(k, str) and is_sensitive(k) else _redact_value(v))
            for k, v in value.items()
        }
    if isinstance(value, (list, tuple)):
        return type(value)(_redact_value(v) for v in value)
    if isinstance(value, (int, float, bool)) or value is None:
        return value
    return redact_text(str(value))


class RedactingFilter(logging.Filter):
    """Rewrites the record in place so that no handler ever sees a secret."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = redact_text(record.msg)
        if isinstance(record.args, Mapping):
            record.args = _redact_value(record.args)
        elif isinstance(record.args, tuple):
            record.args = tuple(_redact_value(a) for a in record.args)
        return True


_FILTER = RedactingFilter()


def get_logger(name: str) -> logging.Logger:
    """An SDK logger (``kazinex_planner.<name>``) with the redaction filter attached."""
    full = name if name.startswith(ROOT_LOGGER) else f"{ROOT_LOGGER}.{name}"
    logger = logging.getLogger(full)
    if _FILTER not in logger.filters:
        logger.addFilter(_FILTER)
    return logger


_configured = False


def configure_from_env() -> None:
    """``KAZINEX_LOG=info|debug`` turns on a stderr handler for the SDK's loggers."""
    global _configured
    level_name = os.environ.get("KAZINEX_LOG", "").strip().upper()
    if _configured or level_name not in {"INFO", "DEBUG"}:
        return
    _configured = True
    root = get_logger(ROOT_LOGGER)
    handler = logging.StreamHandler()
    handler.addFilter(_FILTER)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level_name)
