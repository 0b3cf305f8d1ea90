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
#: ``name=value`` / ``"name": "value"`` pairs. Linear on hostile text (servers choose
#: what errors say): a name starts only where a run of name characters starts (the
#: lookbehind), and nothing after it can re-match a name character, so a failed
#: attempt costs one pass over that run. Whether the name is secret-looking is
#: decided afterwards (``_INLINE_NAME``), not by backtracking inside the run.
_INLINE = re.compile(
    r"(?<![A-Za-z0-9_.-])(?P<name>[A-Za-z0-9_.-]+)"
    # The optional quote after the name catches JSON (``"client_secret": "..."``) too.
    r"(?P<sep>[\"']?[ \t]*[=:][ \t]*)(?P<value>\"[^\"]*\"|'[^']*'|[^\s,;&]+)",
)
_INLINE_NAME = re.compile(
    r"authori[sz]ation|token|secret|key|signature|cookie|passw", re.IGNORECASE
)
_BEARER = re.compile(r"(?i)\bbearer\s+[A-Za-z0-9._~+/=-]+")
_WHSEC = re.compile(r"whsec_[A-Za-z0-9+/=_-]+")
_BEARER_BYTES = re.compile(rb"(?i)\bbearer\s+[A-Za-z0-9._~+/=-]+")
_WHSEC_BYTES = re.compile(rb"whsec_[A-Za-z0-9+/=_-]+")

#: Secrets shorter than this are masked only where they stand as a whole token:
#: masking every "abc" inside ordinary words would garble text without hiding more.
_SHORT = 8

_secrets: set[str] = set()
_secrets_lock = threading.Lock()
_patterns: tuple[re.Pattern[str], re.Pattern[bytes]] | None = None


def register_secret(value: str) -> None:
    """Mask this value wherever it would appear in an SDK log line or error.

    Any length: a long secret is masked wherever it occurs, a short one wherever it
    stands as a whole token (not inside a longer run of letters, digits, ``-`` or ``_``).
    """
    global _patterns
    if not value:
        return
    with _secrets_lock:
        if value not in _secrets:
            _secrets.add(value)
            _patterns = None


def _secret_patterns() -> tuple[re.Pattern[str], re.Pattern[bytes]] | None:
    """One alternation over every registered secret (longest first), for str and bytes."""
    global _patterns
    with _secrets_lock:
        if _patterns is None and _secrets:
            alternatives = []
            for secret in sorted(_secrets, key=len, reverse=True):
                escaped = re.escape(secret)
                if len(secret) < _SHORT:
                    escaped = rf"(?<![A-Za-z0-9_-]){escaped}(?![A-Za-z0-9_-])"
                alternatives.append(escaped)
            text = "|".join(alternatives)
            _patterns = (re.compile(text), re.compile(text.encode("utf-8")))
        return _patterns


def redact_bytes(data: bytes) -> bytes:
    """``data`` with every registered secret, bearer token and ``whsec_`` secret masked."""
    patterns = _secret_patterns()
    if patterns is not None:
        data = patterns[1].sub(MASK.encode(), data)
    data = _BEARER_BYTES.sub(b"Bearer " + MASK.encode(), data)
    return _WHSEC_BYTES.sub(b"whsec_" + MASK.encode(), data)


def is_sensitive(name: str) -> bool:
    return bool(SENSITIVE_NAME.search(name))


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """A copy of ``headers`` that is safe to log or keep on an exception."""
    return {k: (MASK if is_sensitive(k) else redact_text(v)) for k, v in headers.items()}


def redact_text(text: str) -> str:
    """``text`` with registered secrets, bearer tokens, ``whsec_`` and ``key=value`` masked."""
    patterns = _secret_patterns()
    if patterns is not None:
        text = patterns[0].sub(MASK, text)
    text = _BEARER.sub("Bearer " + MASK, text)
    text = _WHSEC.sub("whsec_" + MASK, text)
    return _INLINE.sub(_mask_inline, text)


def _mask_inline(match: re.Match[str]) -> str:
    if _INLINE_NAME.search(match.group("name")) is None:
        return match.group(0)
    return f"{match.group('name')}{match.group('sep')}{MASK}"


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
