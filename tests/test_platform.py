"""The portable fallbacks of reportgen/platform.py, each run here on Linux by taking away what
Windows or macOS lacks (the tests of system facilities also run under tests/shims/, see .ci/run)."""

from __future__ import annotations

import errno
import os
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from reportgen import platform
from reportgen.office import compiled, limits
from reportgen.office.limits import RenderTimeout, render_limits
from reportgen.office_pdf import pdf
from reportgen.office_pdf.lok import library


def _without(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Take `name` out of os, as Windows lacks it (already gone under the Windows shim)."""
    if name in vars(os):
        monkeypatch.delattr(os, name)


@pytest.fixture
def windows_open(monkeypatch: pytest.MonkeyPatch) -> None:
    """os.open as on Windows: no O_NOFOLLOW, no O_NONBLOCK."""
    monkeypatch.setattr(platform, "O_NOFOLLOW", 0)
    monkeypatch.setattr(platform, "O_NONBLOCK", 0)


def test_a_link_is_refused_without_o_nofollow(tmp_path: Path, windows_open: None) -> None:
    (tmp_path / "target").write_bytes(b"secret")
    (tmp_path / "link").symlink_to(tmp_path / "target")
    with pytest.raises(OSError) as caught:
        platform.open_file(tmp_path / "link", os.O_RDONLY)
    assert caught.value.errno == errno.ELOOP
    fd = platform.open_file(tmp_path / "link", os.O_RDONLY, follow=True)  # a name the user gave
    with os.fdopen(fd, "rb") as handle:
        assert handle.read() == b"secret"


def test_a_fifo_is_refused_unopened_without_o_nonblock(tmp_path: Path, windows_open: None) -> None:
    os.mkfifo(tmp_path / "fifo")  # opening it would wait for a writer forever
    with pytest.raises(platform.NotRegular) as caught:
        platform.open_file(tmp_path / "fifo", os.O_RDONLY, follow=True)
    assert caught.value.mode & 0o170000 == 0o010000


def test_a_file_swapped_between_look_and_open_is_refused(
    tmp_path: Path, windows_open: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "looked-at").write_bytes(b"a")
    (tmp_path / "opened").write_bytes(b"b")
    looked = os.lstat(tmp_path / "looked-at")
    monkeypatch.setattr(platform.os, "lstat", lambda path: looked)  # the name changed in between
    with pytest.raises(OSError) as caught:
        platform.open_file(tmp_path / "opened", os.O_RDONLY)
    assert caught.value.errno == errno.ELOOP


def test_reading_an_input_fifo_without_o_nonblock_names_it(tmp_path: Path, windows_open: None) -> None:
    from reportgen.errors import DataError
    from reportgen.inputs import read_input

    os.mkfifo(tmp_path / "event.yaml")
    with pytest.raises(DataError) as caught:
        read_input(tmp_path / "event.yaml", 100, DataError, "an event file")
    assert "is a FIFO (named pipe), not an event file; give a regular file" in str(caught.value)


def test_locks_through_msvcrt_where_there_is_no_fcntl(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import fcntl

    def locking(fd: int, mode: int, nbytes: int) -> None:  # Windows' byte-range lock, as flock
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise PermissionError(13, "Permission denied") from None

    fake = type("msvcrt", (), {"LK_NBLCK": 2, "locking": staticmethod(locking)})
    monkeypatch.setattr(platform, "fcntl", None)
    monkeypatch.setattr(platform, "msvcrt", fake)
    path = tmp_path / "lock"
    first = os.open(path, os.O_RDWR | os.O_CREAT)
    second = os.open(path, os.O_RDWR)
    try:
        assert platform.try_lock(first)
        assert not platform.try_lock(second)
        os.close(first)
        assert platform.try_lock(second)
    finally:
        os.close(second)


def test_a_hard_link_never_follows_a_link_where_os_link_cannot_say_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(platform.os, "supports_follow_symlinks", set())
    (tmp_path / "file").write_bytes(b"x")
    platform.hard_link(tmp_path / "file", tmp_path / "backup")
    assert os.path.samefile(tmp_path / "file", tmp_path / "backup")
    (tmp_path / "link").symlink_to(tmp_path / "file")
    with pytest.raises(OSError):
        platform.hard_link(tmp_path / "link", tmp_path / "backup2")


def test_the_compiled_cache_works_without_user_ids(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    _without(monkeypatch, "getuid")
    folder = compiled.cache_folder()
    assert folder == tmp_path / "reportgen" / "compiled"


def test_a_memory_bomb_is_stopped_where_rlimit_as_does_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """macOS accepts RLIMIT_AS and ignores it; Windows has none: the watchdog measures."""
    monkeypatch.setattr(platform, "resource", None)
    grown: list[str] = []
    with pytest.raises(MemoryError), render_limits(memory=64 * 2**20):
        for _ in range(100_000):  # 100 GB if nothing stopped it
            grown.append("x" * 1_000_000)
    assert len(grown) < 100_000
    grown.clear()


def test_the_time_limit_holds_outside_the_main_thread() -> None:
    """A timer signal reaches only the main thread; Dask runs tasks in others."""
    outcome: list[str] = []

    def render() -> None:
        try:
            with render_limits(seconds=0.2):
                for _ in range(10**10):  # minutes if nothing stopped it
                    pass
            outcome.append("finished")
        except RenderTimeout as exc:
            outcome.append(str(exc))

    thread = threading.Thread(target=render)
    thread.start()
    thread.join()
    assert outcome == ["rendering took too long (a loop in a template may be far too large)"]


def test_a_block_within_its_limits_is_untouched() -> None:
    with render_limits(seconds=30):
        total = sum(range(1000))
    assert total == 499500
    assert limits.RENDER_SECONDS == 30.0


def _group_with_a_helper() -> subprocess.Popen[bytes]:
    """A process in a group of its own that has started a helper, both sleeping, once both run."""
    child = (
        "import subprocess, sys, time; "
        "subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)']); "
        "print('up', flush=True); time.sleep(60)"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", child], stdout=subprocess.PIPE, **platform.group_options()
    )
    assert process.stdout is not None and process.stdout.readline() == b"up\n"
    return process


def test_a_process_tree_is_killed_without_process_groups(monkeypatch: pytest.MonkeyPatch) -> None:
    import psutil

    _without(monkeypatch, "killpg")
    process = _group_with_a_helper()
    grandchildren = psutil.Process(process.pid).children(recursive=True)
    assert grandchildren
    platform.kill_group(process.pid)
    process.wait()
    _gone, alive = psutil.wait_procs(grandchildren, timeout=30)
    assert not alive


@pytest.mark.parametrize("groups", [True, False], ids=["process-groups", "psutil-tree"])
def test_end_group_returns_once_the_process_and_its_helpers_are_gone(
    groups: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A killed office's helper (no child of ours) could still write into its folder after the
    process we started had been reaped: the folder's removal waits for the whole group."""
    import psutil

    process = _group_with_a_helper()
    helpers = psutil.Process(process.pid).children(recursive=True)
    assert helpers
    if not groups:
        _without(monkeypatch, "killpg")
    platform.end_group(process, 30)
    assert process.returncode is not None  # reaped
    if groups:  # no member left at all, not even one killed and not yet reaped by its new parent
        with pytest.raises(ProcessLookupError):
            os.killpg(process.pid, 0)
    else:
        assert not [h for h in helpers if h.is_running()]


def test_a_helper_ends_with_its_parent_without_prctl() -> None:
    """The LibreOffice helper's fallback for PR_SET_PDEATHSIG: a thread watches the parent."""
    import psutil

    helper = (
        "import os, time; from reportgen.platform import watch_parent; watch_parent(os.getppid(), 0.05); "
        "print(os.getpid(), flush=True); time.sleep(60)"
    )
    parent = (
        "import subprocess, sys; helper = subprocess.Popen([sys.executable, '-c', sys.argv[1]], "
        "stdout=subprocess.PIPE); print(helper.stdout.readline().decode().strip(), flush=True)"
    )
    run = subprocess.run([sys.executable, "-c", parent, helper], capture_output=True, timeout=60, check=True)
    helper_process = psutil.Process(int(run.stdout))
    for _ in range(600):  # a bound, not a timing: the helper ends within a poll of its parent's end
        if not helper_process.is_running() or helper_process.status() == psutil.STATUS_ZOMBIE:
            break
        threading.Event().wait(0.05)
    assert not helper_process.is_running() or helper_process.status() == psutil.STATUS_ZOMBIE


def test_soffice_is_found_where_installers_put_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    program = tmp_path / "LibreOffice" / "program" / "soffice.exe"
    program.parent.mkdir(parents=True)
    program.write_bytes(b"")
    monkeypatch.delenv("REPORTGEN_SOFFICE", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    monkeypatch.setattr(pdf, "soffice_locations", lambda: [tmp_path / "nowhere" / "soffice", program])
    assert pdf.find_soffice() == str(program)


def test_windows_and_macos_install_places(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(platform, "WINDOWS", True)
    monkeypatch.setenv("ProgramFiles", r"D:\Apps")
    assert Path(r"D:\Apps") / "LibreOffice" / "program" / "soffice.exe" in platform.soffice_locations()
    monkeypatch.setattr(platform, "WINDOWS", False)
    monkeypatch.setattr(platform, "MACOS", True)
    assert Path("/Applications/LibreOffice.app/Contents/MacOS/soffice") in platform.soffice_locations()


def test_lok_library_in_a_macos_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import reportgen.office_pdf.lok as lok

    contents = tmp_path / "LibreOffice.app" / "Contents"
    (contents / "MacOS").mkdir(parents=True)
    (contents / "Frameworks").mkdir()
    (contents / "Frameworks" / "libmergedlo.dylib").write_bytes(b"")
    monkeypatch.setattr(lok, "LIBRARIES", ("libmergedlo.dylib", "libsofficeapp.dylib"))
    assert library(contents / "MacOS") == contents / "MacOS" / ".." / "Frameworks" / "libmergedlo.dylib"


def test_without_fork_pools_spawn_and_no_early_helper(monkeypatch: pytest.MonkeyPatch) -> None:
    from reportgen.pipeline.drawing import Drawer

    _without(monkeypatch, "fork")
    assert platform.pool_start() == "spawn"
    drawer = Drawer()
    drawer.start()
    assert drawer._connections == [] and drawer.take("any") is None
    monkeypatch.setattr(platform, "MACOS", True)
    assert platform.fork_start() is None


def test_no_home(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HOME", raising=False)
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: (_ for _ in ()).throw(RuntimeError("no home"))))
    assert platform.home() is None
    assert platform.user_cache().name.startswith("reportgen-")


#: Names Windows lacks (or macOS does not honour). Only reportgen/platform.py may use them, and
#: code that runs only where it said so: the forked chart helper (fork_start).
POSIX_ONLY = re.compile(
    r"\bos\.(fork|forkpty|register_at_fork|getuid|geteuid|getgid|getpgid|getpgrp|setsid|setpgid|killpg|lockf"
    r"|sched_getaffinity|getloadavg|O_NOFOLLOW|O_NONBLOCK|O_CLOEXEC|O_NOCTTY|O_DIRECTORY|O_BINARY|O_NOINHERIT)\b"
    # the same names reached through getattr, as a fallback written in place would reach them
    r"|\bgetattr\(os, \"(fork|register_at_fork|getuid|geteuid|getpgid|setsid|killpg|sched_getaffinity"
    r"|getloadavg)\""
    r"|\bsignal\.(SIGALRM|SIGPIPE|SIGHUP|SIGCHLD|SIGKILL|SIGUSR1|SIGUSR2|setitimer|getitimer|alarm"
    r"|pthread_sigmask|pthread_kill|sigwait)\b|\bsocket\.(AF_UNIX|SO_PEERCRED)\b|start_new_session|prctl"
    r"|^\s*(import|from) (fcntl|resource|pwd|grp|termios|msvcrt)\b|/proc/|/dev/shm"
)
ALLOWED = {
    "platform.py": None,  # everything
    "pipeline/drawing.py": {"os.fork"},  # the helper forks its sibling: started only where fork_start()
}


def test_no_load_average_where_the_system_has_none(monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows has no os.getloadavg: the load is unknown, and the chart helper assumes a free core."""
    from reportgen.pipeline import drawing

    monkeypatch.delattr(os, "getloadavg", raising=False)
    assert platform.load_average() is None
    assert drawing._idle_core() is True


def test_only_the_platform_module_names_posix_only_facilities() -> None:
    package = Path(platform.__file__).parent
    found = []
    for path in sorted(package.rglob("*.py")):
        name = path.relative_to(package).as_posix()
        allowed = ALLOWED.get(name, set())
        if allowed is None:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]
            for match in POSIX_ONLY.finditer(code):
                if match.group(0).strip() not in allowed:
                    found.append(f"{name}:{number}: {match.group(0).strip()}")
    assert found == []


def test_a_signal_from_another_thread_interrupts_the_main_threads_blocking_call() -> None:
    """A signal raised in a helper thread was that thread's: the main thread slept on, and a
    command carried on after its interrupt (test_interrupts' finalizer case failed once in CI)."""
    code = (
        "import signal, threading, time\n"
        "from reportgen import platform\n"
        "def stop(number, frame):\n"
        "    raise KeyboardInterrupt\n"
        "signal.signal(signal.SIGTERM, stop)\n"
        "threading.Timer(0.05, platform.signal_main_thread, (signal.SIGTERM,)).start()\n"
        "try:\n"
        "    time.sleep(120)\n"
        "    print('slept on')\n"
        "except KeyboardInterrupt:\n"
        "    print('interrupted')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout == "interrupted\n", done.stderr


def test_without_pthread_kill_the_signal_is_raised_for_python_to_handle(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import signal

    number = getattr(signal, "SIGUSR1", signal.SIGINT)
    seen: list[int] = []
    previous = signal.signal(number, lambda n, f: seen.append(n))
    try:
        monkeypatch.delattr(signal, "pthread_kill", raising=False)
        platform.signal_main_thread(number)
    finally:
        signal.signal(number, previous)
    assert seen == [number]


def test_freed_memory_is_given_back_only_where_the_c_library_can(monkeypatch: pytest.MonkeyPatch) -> None:
    import ctypes

    calls: list[int] = []

    class Libc:
        def malloc_trim(self, pad: int) -> int:
            calls.append(pad)
            return 1

    monkeypatch.setattr(ctypes, "CDLL", lambda name: Libc())
    monkeypatch.setattr(sys, "platform", "linux")
    platform.give_back_free_memory()
    assert calls == [0]  # glibc: the free pages go back to the system
    for other in ("win32", "darwin"):  # no malloc_trim to call: nothing is tried
        monkeypatch.setattr(sys, "platform", other)
        platform.give_back_free_memory()
    assert calls == [0]

    class Musl:  # a Linux C library without malloc_trim (Alpine's musl)
        def __getattr__(self, name: str) -> object:
            raise AttributeError(name)

    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(ctypes, "CDLL", lambda name: Musl())
    platform.give_back_free_memory()  # and no error
