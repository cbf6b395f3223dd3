"""The `reportgen` command's entry point, and the one place that handles Ctrl-C and SIGTERM.

SIGTERM is turned into an interrupt before anything heavy is imported, and Ctrl-C or SIGTERM at any
moment, in any command (even while the CLI is still importing), ends here: with its own exit code
and one line, never with a traceback or Click's bare "Aborted!". The CLI lets interrupts through.
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import os
import signal
import sys

from reportgen.errors import Terminated, interrupt_code, received_interrupt, record_interrupt
from reportgen.platform import ignore_broken_pipes, signal_main_thread

INTERRUPTED = "interrupted: each output is either the earlier file or a complete new one"


def _on_sigterm(signum: int, frame: object) -> None:
    raise record_interrupt(Terminated())


def _on_sigint(signum: int, frame: object) -> None:
    raise record_interrupt(KeyboardInterrupt())


def _quiet_streams() -> None:
    """Flush stdout and stderr; a closed or full one is pointed at /dev/null, so that Python's own
    flush at exit cannot print 'Exception ignored ... BrokenPipeError' (`reportgen build | head -1`)."""
    for stream in (sys.stdout, sys.stderr):
        if stream is None:  # started with the stream closed (>&-): nothing to flush
            continue
        try:
            stream.flush()
        except (OSError, ValueError):
            try:
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, stream.fileno())
                os.close(devnull)
            except (OSError, ValueError):
                pass


def _fill_closed_descriptors() -> None:
    """Started with stdin, stdout or stderr closed (`>&-`), the next file we open would take its
    number and receive our messages: park /dev/null there first, as daemons do."""
    for fd, name, mode in ((0, "stdin", "r"), (1, "stdout", "w"), (2, "stderr", "w")):
        try:
            os.fstat(fd)
        except OSError:
            with contextlib.suppress(OSError):
                if os.open(os.devnull, os.O_RDWR) == fd and getattr(sys, name) is None:
                    setattr(sys, name, open(fd, mode, closefd=False))  # noqa: SIM115


def _early_drawing_helper() -> None:
    """`reportgen build` of one event that will draw charts forks its drawing helper before the
    session is imported, so matplotlib loads there while the pipeline loads here."""
    early_chart_helper(sys.argv[1:])


def early_chart_helper(argv: list[str]) -> None:
    """Fork the chart helper now when `reportgen ARGV` is a build that the session would give one
    (`session.wants_chart_helper`), reading ARGV with the CLI's own parser (`cli.parse_build`)."""
    if not argv or argv[0] != "build":  # nothing but a build can want it: spare the CLI's import
        return
    from reportgen.cli import parse_build

    options = parse_build(argv)
    if options is None:
        return
    from pathlib import Path

    from reportgen.session.session import wants_chart_helper

    if wants_chart_helper(options, Path.cwd()):
        from reportgen.pipeline.drawing import start_early

        start_early()


def _unraisable(unraisable: object) -> None:
    """A signal that lands while Python runs a finalizer (a ZipFile's __del__, say) raises where
    no exception can go: Python would print it as "Exception ignored" and carry on building. Send
    the signal again instead, so it ends the command at the next line, as any other would."""
    exc = getattr(unraisable, "exc_value", None)
    if isinstance(exc, KeyboardInterrupt):
        import threading

        # from another thread, a moment later: a signal sent from here would be handled (and
        # raised) inside this hook, where it would be ignored again
        number = signal.SIGTERM if isinstance(exc, Terminated) else signal.SIGINT
        again = threading.Timer(0.01, signal_main_thread, (number,))
        again.daemon = True
        again.start()
        return
    sys.__unraisablehook__(unraisable)  # type: ignore[arg-type]


#: Objects allocated between two collections of the youngest generation (Python's default: 700).
#: Importing the libraries a build needs allocates a few million objects and almost no garbage
#: cycles; at the default, the collector ran over them about 2,000 times, 35 ms of the build
#: process's 0.39 s of imports and as much again in the drawing helper (forked from it, it keeps
#: the setting). The older generations keep their defaults, so cycles are still collected.
YOUNG_COLLECTION_AFTER = 50_000


def _fewer_collections() -> None:
    threshold = gc.get_threshold()
    if threshold[0]:  # 0: collection turned off by whoever runs us (left as it is)
        gc.set_threshold(max(threshold[0], YOUNG_COLLECTION_AFTER), *threshold[1:])


def run() -> None:
    _fewer_collections()
    _fill_closed_descriptors()
    sys.unraisablehook = _unraisable
    signal.signal(signal.SIGTERM, _on_sigterm)
    signal.signal(signal.SIGINT, _on_sigint)
    ignore_broken_pipes()  # a closed pipe is an error we handle, not death
    try:
        _run()
    finally:
        output = sys.modules.get("reportgen.commit.output")  # imported only by commands that write
        if output is not None:
            output.discard_leftovers()
        _quiet_streams()


def main() -> None:
    """The `reportgen` command: `run()`, then a quick exit.

    Python's own exit frees every module and object one by one, about 0.1 s after a build (an
    eighth of a cold one) for a process that is about to end anyway. Everything of a normal exit
    that has an effect is done first, in its order: other threads joined (and the threading
    module's exit hooks, which stop process pools), atexit handlers run (multiprocessing's
    children, weakref finalizers, logging), the streams flushed. `run()` itself exits as usual, so
    a caller in the same process (a test) gets SystemExit.
    """
    try:
        run()
        code: int | str | None = 0
    except SystemExit as done:
        code = done.code
    import threading  # imported here: `reportgen --version` does without it

    shutdown = getattr(threading, "_shutdown", None)
    if (
        not callable(shutdown)
        or not callable(getattr(atexit, "_run_exitfuncs", None))
        or sys.getprofile() is not None  # `python -m cProfile` writes its figures after we return
        or sys.gettrace() is not None  # a debugger or coverage tool
    ):
        sys.exit(code)  # the usual exit
    try:
        shutdown()
        atexit._run_exitfuncs()
    except BaseException:  # a Ctrl-C now still ends the process, with the code it had
        pass
    if isinstance(code, str):  # sys.exit("message"): printed, exit status 1, as Python does
        with contextlib.suppress(OSError, ValueError, AttributeError):
            print(code, file=sys.stderr)
        code = 1
    _quiet_streams()
    os._exit(code if isinstance(code, int) else 0)


def _cwd_exists() -> bool:
    """Whether the current folder still exists (`mkdir d; cd d; rmdir ../d`): when it does not,
    the command goes straight to the CLI, which says so (exit 5)."""
    try:
        os.getcwd()
    except OSError:
        return False
    return True


def _run() -> None:
    try:
        if _cwd_exists():
            _early_drawing_helper()
        import click

        from reportgen.cli import main

        try:
            main.main(standalone_mode=False)
        except click.exceptions.Abort as exc:
            raise (
                exc.__cause__
                if isinstance(exc.__cause__, KeyboardInterrupt)
                else received_interrupt() or KeyboardInterrupt()
            ) from None
        except click.ClickException as exc:
            exc.show()
            sys.exit(exc.exit_code)
    except KeyboardInterrupt as exc:
        with contextlib.suppress(OSError, ValueError):
            sys.stderr.write(INTERRUPTED + "\n")
        sys.exit(interrupt_code(exc))
    sys.exit(0)
