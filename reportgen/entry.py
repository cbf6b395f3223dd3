"""The `reportgen` command's entry point: signals first, then the CLI.

SIGTERM is turned into an interrupt before anything heavy is imported, and Ctrl-C or SIGTERM at any
moment (even while the CLI is still importing) ends with its own exit code and one line, never
with a traceback or Click's bare "Aborted!".
"""

from __future__ import annotations

import signal
import sys


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised like Ctrl-C so that a build cleans up its staging folder."""


def _on_sigterm(signum: int, frame: object) -> None:
    raise Terminated()


def run() -> None:
    signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        import click

        from .cli import main

        try:
            main.main(standalone_mode=False)
        except click.exceptions.Abort as exc:
            raise (
                exc.__cause__ if isinstance(exc.__cause__, KeyboardInterrupt) else KeyboardInterrupt()
            ) from None
        except click.ClickException as exc:
            exc.show()
            sys.exit(exc.exit_code)
    except KeyboardInterrupt as exc:
        print("interrupted: each output is either the earlier file or a complete new one", file=sys.stderr)
        sys.exit(143 if isinstance(exc, Terminated) else 130)
    sys.exit(0)
