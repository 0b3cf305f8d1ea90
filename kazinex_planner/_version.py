"""The package version, in a module that imports nothing.

Lower layers (the User-Agent in ``_core``, export manifests, the OpenTelemetry scope,
the CLI) need the version; reading it from the package ``__init__`` would make each of
them import the whole public facade, and the facade imports them.
"""

from __future__ import annotations

__all__ = ["__version__"]

__version__ = "0.1.0"
