"""The ``kazinex-planner`` command line (installed with the ``cli`` extra: rich + click)."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Entry point; explains the missing extra instead of failing with an ImportError."""
    try:
        from ._app import cli
    except ModuleNotFoundError as exc:  # pragma: no cover - depends on the environment
        if exc.name in {"click", "rich"}:
            print(
                "the kazinex-planner command needs the cli extra: "
                "pip install 'kazinex-planner[cli]'",
                file=sys.stderr,
            )
            return 2
        raise
    result = cli.main(args=argv, prog_name="kazinex-planner", standalone_mode=False)
    return int(result or 0)


def run() -> None:
    """Console-script wrapper that maps click's exceptions to exit codes."""
    import click

    try:
        raise SystemExit(main())
    except click.exceptions.Abort:
        raise SystemExit(130) from None
    except click.ClickException as exc:
        exc.show()
        raise SystemExit(exc.exit_code) from None
