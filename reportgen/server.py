"""A resident build server: `reportgen server start`, and each `reportgen build` runs in a copy of it.

Why: starting Python and importing what a build needs (pydantic, python-docx, python-pptx, lxml,
Jinja, Babel, matplotlib) takes longer than the build itself when only text changed. The server
imports all of it once and warms its caches by building the bundled event; each `reportgen
build` then forks a copy of it that runs the command as if it had just started, with the
caller's arguments, folder, environment, umask and standard streams (passed over the socket as
file descriptors), so its output, progress bar, files and exit code are the same. Ctrl-C and
SIGTERM given to the caller are passed on to the copy.

Safety: the socket lives in a folder only the user can enter ($XDG_RUNTIME_DIR/reportgen, else
~/.cache/reportgen/run, checked to be the user's own and closed to others), is itself closed to
others, and the server checks each caller's user id (SO_PEERCRED) before reading a word. A caller
whose Python or reportgen files differ from the server's is refused and builds on its own, and
the server stops. The server stops after --idle minutes without a build, and on `server stop`.
Linux only (SO_PEERCRED); elsewhere `reportgen build` simply never finds a server.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import signal
import stat
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportgen.platform import owned_by_me, resident_server_supported, user_cache

if TYPE_CHECKING:
    import socket

# socket, struct and json are imported only where a server's socket is there: every `reportgen
# build` asks whether one is, and most of the time none is.

NAME = "server.sock"
SERVING = False  # True in a copy of the server that runs a build: it never asks a server itself
IDLE_MINUTES = 30.0
_HEADER = 4  # bytes: the length of the JSON message that follows, big-endian
_MAX_MESSAGE = 4 * 1024 * 1024


def run_folder(create: bool = False) -> Path | None:
    """The private folder of the socket, or None when there is no safe one."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    cache = os.environ.get("XDG_CACHE_HOME") or str(user_cache())
    folder = Path(runtime) / "reportgen" if runtime else Path(cache) / "reportgen" / "run"
    try:
        if create:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = os.lstat(folder)
    except OSError:
        return None
    if not stat.S_ISDIR(info.st_mode) or not owned_by_me(info) or info.st_mode & 0o077:
        return None  # someone else's, a link, or open to others: never used
    return folder


def identity() -> str:
    """Who may be served: the same Python, the same reportgen files (edited or reinstalled, they
    change this), so a served build is the build this command would have run itself."""
    import reportgen
    from reportgen.build.stamp import code_fingerprint

    return f"{sys.executable}|{sys.version}|{reportgen.__file__}|{code_fingerprint()}"


def _send(conn: socket.socket, message: dict[str, Any], fds: list[int] | None = None) -> None:
    import json
    import socket

    data = json.dumps(message).encode()
    frame = len(data).to_bytes(_HEADER, "big") + data
    if fds:
        socket.send_fds(conn, [frame], fds)
    else:
        conn.sendall(frame)


def _receive(conn: socket.socket, max_fds: int = 0) -> tuple[dict[str, Any] | None, list[int]]:
    """One message (and the descriptors sent with it); None at the end of the stream."""
    import json
    import socket

    fds: list[int] = []
    if max_fds:
        data, fds, _, _ = socket.recv_fds(conn, _HEADER, max_fds)
    else:
        data = conn.recv(_HEADER)
    while data and len(data) < _HEADER:
        more = conn.recv(_HEADER - len(data))
        if not more:
            break
        data += more
    if len(data) < _HEADER:
        return None, fds
    length = int.from_bytes(data, "big")
    if length > _MAX_MESSAGE:
        return None, fds
    body = b""
    while len(body) < length:
        chunk = conn.recv(min(65536, length - len(body)))
        if not chunk:
            return None, fds
        body += chunk
    try:
        message = json.loads(body)
    except ValueError:
        return None, fds
    return (message if isinstance(message, dict) else None), fds


def _connect() -> socket.socket | None:
    folder = run_folder()
    if folder is None or not (folder / NAME).exists() or not resident_server_supported():
        return None
    import socket

    conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    conn.settimeout(5)
    try:
        conn.connect(str(folder / NAME))
    except OSError:
        conn.close()
        return None
    return conn


# --- the caller's side ---------------------------------------------------------------------------


def delegate(argv: list[str]) -> int | None:
    """Run `reportgen build ARGV...` in the server and return its exit code; None when there is no
    server to run it (or it refused), and the caller builds itself."""
    if os.environ.get("REPORTGEN_SERVER") == "0" or not argv or argv[0] != "build":
        return None
    conn = _connect()
    if conn is None:
        return None
    with conn:
        mask = os.umask(0)
        os.umask(mask)
        request = {"argv": argv, "cwd": os.getcwd(), "env": dict(os.environ), "umask": mask}
        request["identity"] = identity()
        try:
            _send(conn, request, [0, 1, 2])
            reply, _ = _receive(conn)
        except OSError:
            return None
        if reply is None or "pid" not in reply:
            if reply and reply.get("note"):
                print(f"note: {reply['note']}", file=sys.stderr)
            return None
        pid = int(reply["pid"])

        def forward(signum: int, frame: object) -> None:
            with contextlib.suppress(OSError):
                os.kill(pid, signum)

        for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
            signal.signal(signum, forward)
        conn.settimeout(None)
        reply, _ = _receive(conn)  # the forwarding handler returns: the wait resumes (PEP 475)
        if reply is not None and "exit" in reply:
            return int(reply["exit"])
    print("error: the build ended without an exit code (its process was killed)", file=sys.stderr)
    return 1


# --- the server's side ---------------------------------------------------------------------------


def _peer_uid(conn: socket.socket) -> int | None:
    import socket
    import struct

    try:
        _, uid, _ = struct.unpack("3i", conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, 12))
    except (OSError, AttributeError):
        return None
    return int(uid)


def _prewarm() -> None:
    """Import everything a build uses and fill the caches: build the bundled event once."""
    import tempfile

    import reportgen.cli  # noqa: F401 - the command itself
    from reportgen.build.pipeline import build
    from reportgen.build.resources import bundled_events
    from reportgen.build.settings import Settings

    with tempfile.TemporaryDirectory(prefix="reportgen-server-") as folder:
        build(bundled_events()[0], Settings.simple(Path(folder), None, use_cache=False))


def _run_build(conn: socket.socket, request: dict[str, Any], fds: list[int]) -> None:
    """In the forked copy: become the caller's `reportgen build` process, run it, report its code."""
    code = 1
    try:
        for target, fd in zip((0, 1, 2), fds, strict=True):
            os.dup2(fd, target)
            os.close(fd)
        os.chdir(request["cwd"])
        os.environ.clear()
        os.environ.update({str(k): str(v) for k, v in request["env"].items()})
        os.umask(int(request["umask"]))
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        for number, name in ((0, "stdin"), (1, "stdout"), (2, "stderr")):
            mode = "r" if number == 0 else "w"
            stream = open(number, mode, buffering=1 if os.isatty(number) else -1, closefd=False)  # noqa: SIM115
            setattr(sys, name, stream)
        sys.argv = ["reportgen", *request["argv"]]
        from reportgen import cli, entry

        global SERVING
        SERVING = True
        cli.fresh_process()
        atexit._clear()  # the server's exit handlers are not this process's
        _send(conn, {"pid": os.getpid()})
        try:
            entry.run()
            code = 0
        except SystemExit as done:
            code = done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
        atexit._run_exitfuncs()  # what the build registered, as at a normal exit
        with contextlib.suppress(OSError, ValueError):
            sys.stdout.flush()
            sys.stderr.flush()
        with contextlib.suppress(OSError):
            _send(conn, {"exit": code})
    finally:
        os._exit(code)


def _still_ours(path: Path, inode: int) -> bool:
    """Whether `path` is still the socket this server listens on: a removed folder (a cleaned-up
    temporary one, say) or another server's socket in its place means nobody can reach this one."""
    try:
        return os.lstat(path).st_ino == inode
    except OSError:
        return False


def serve(listener: socket.socket, idle_minutes: float) -> None:
    """Answer builds until idle for `idle_minutes`, told to stop, reportgen changes, or the
    socket is no longer reachable at its path."""
    path = Path(listener.getsockname())
    inode = os.lstat(path).st_ino
    try:
        _answer(listener, idle_minutes, path, inode)
    finally:
        if _still_ours(path, inode):  # never another server's
            with contextlib.suppress(OSError):
                path.unlink()
        listener.close()


def _answer(listener: socket.socket, idle_minutes: float, path: Path, inode: int) -> None:
    mine = identity()
    started, builds = time.time(), 0
    last = time.monotonic()
    listener.settimeout(1.0)
    while True:
        with contextlib.suppress(ChildProcessError):
            while os.waitpid(-1, os.WNOHANG)[0]:
                pass
        if time.monotonic() - last > idle_minutes * 60 or not _still_ours(path, inode):
            return
        try:
            conn, _ = listener.accept()
        except TimeoutError:
            continue
        with conn:
            if _peer_uid(conn) != os.getuid():
                continue  # never read a word from another user
            conn.settimeout(2)  # one slow caller must not hold up the others
            try:
                request, fds = _receive(conn, max_fds=3)
            except OSError:
                continue
            if request is None or (len(fds) != 3 and "identity" in request):
                for fd in fds:
                    os.close(fd)
                continue
            if request.get("stop") or request.get("status"):
                with contextlib.suppress(OSError):  # a caller that went away stops nothing
                    _send(conn, {"pid": os.getpid(), "started": started, "builds": builds})
                if request.get("stop"):
                    return
                continue
            if request.get("identity") != mine:
                for fd in fds:
                    os.close(fd)
                with contextlib.suppress(OSError):
                    _send(conn, {"note": "reportgen changed since its build server started; the "
                                 "server stopped (reportgen server start starts it again)"})  # fmt: skip
                return
            pid = os.fork()
            if pid == 0:
                listener.close()
                _run_build(conn, request, fds)
            for fd in fds:
                os.close(fd)
            builds += 1
            last = time.monotonic()  # only builds keep the server alive, not questions about it


class NotAnswering(OSError):
    """A server listens at the socket but did not answer in time."""


def ask(what: str, seconds: float = 30.0) -> dict[str, Any] | None:
    """`status` or `stop` the running server; None when none listens. A server that listens but
    does not answer within `seconds` (busy with a slow caller) raises NotAnswering: it is there."""
    conn = _connect()
    if conn is None:
        return None
    with conn:
        conn.settimeout(seconds)
        try:
            _send(conn, {what: True})
            reply, _ = _receive(conn)
        except TimeoutError:
            raise NotAnswering(f"the build server did not answer within {seconds:g} s") from None
        except OSError:
            return None
    return reply


def start(idle_minutes: float = IDLE_MINUTES) -> int:
    """Start the server in the background (warming it takes a second or two); its process id."""
    if not resident_server_supported():
        raise OSError(
            "the build server runs on Linux only (it needs SO_PEERCRED and fork); builds run without it"
        )
    running = ask("status")
    if running is not None:
        return int(running["pid"])
    folder = run_folder(create=True)
    if folder is None:
        raise OSError("no private folder for the build server's socket (XDG_RUNTIME_DIR or ~/.cache)")
    path = folder / NAME
    with contextlib.suppress(FileNotFoundError):
        path.unlink()  # a server that did not stop cleanly: nobody listens there (ask said so)
    ready_read, ready_write = os.pipe()
    first = os.fork()
    if first == 0:  # detach: a new session, then a grandchild that no terminal can reach
        try:
            os.close(ready_read)
            os.setsid()
            if os.fork():
                os._exit(0)
            _daemon(path, idle_minutes, ready_write)
        finally:
            os._exit(0)
    os.close(ready_write)
    os.waitpid(first, 0)
    with os.fdopen(ready_read, "rb") as ready:
        answer = ready.read(64)  # the daemon writes its pid when it answers, or closes on failure
    if not answer:
        log = folder / "server.log"
        raise OSError(f"the build server did not start (see {log})")
    return int(answer)


def _daemon(path: Path, idle_minutes: float, ready: int) -> None:
    os.chdir("/")
    null = os.open(os.devnull, os.O_RDWR)
    log = os.open(path.parent / "server.log", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    for target, fd in ((0, null), (1, log), (2, log)):
        os.dup2(fd, target)
    os.close(null)
    os.close(log)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _prewarm()
    import socket

    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    old = os.umask(0o077)
    try:
        listener.bind(str(path))
    finally:
        os.umask(old)
    listener.listen(64)
    os.write(ready, str(os.getpid()).encode())
    os.close(ready)
    serve(listener, idle_minutes)
