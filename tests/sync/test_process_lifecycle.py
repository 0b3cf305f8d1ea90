"""Ctrl-C, fork and interpreter exit, each in a subprocess of its own."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

PRELUDE = textwrap.dedent(
    """
    import os, sys, threading, time, warnings
    warnings.simplefilter("error")
    from kazinex_planner.sync import Emulator, LoopThreadError, PlannerClient
    """
)


def _run(code: str, timeout: float = 90) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-X", "dev", "-c", PRELUDE + textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_ctrl_c_cancels_the_call_in_flight() -> None:
    # A real TCP server that reads the request and never answers: the call hangs until
    # Ctrl-C, and the server then sees the client close the connection (the request was
    # cancelled, not left running on the loop).
    code = textwrap.dedent(
        """
        import socket
        server = socket.create_server(("127.0.0.1", 0))
        port = server.getsockname()[1]
        closed = threading.Event()

        def serve():
            conn, _ = server.accept()
            with conn:
                conn.recv(65536)
                while conn.recv(65536):
                    pass
                closed.set()

        threading.Thread(target=serve, daemon=True).start()
        planner = PlannerClient(
            "kzp_test_ctrl_c", base_url=f"http://127.0.0.1:{port}/planner/v1", timeout=300
        )
        print("calling", flush=True)
        started = time.monotonic()
        try:
            planner.projects.list().first_page()
        except KeyboardInterrupt:
            print(f"interrupted after {time.monotonic() - started:.1f}s", flush=True)
        print("server saw close", closed.wait(30), flush=True)
        planner.close()
        server.close()
        print("threads", threading.active_count(), flush=True)
        """
    )
    proc = subprocess.Popen(
        [sys.executable, "-X", "dev", "-c", PRELUDE + code],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "calling"
        # let the request reach the server, then press Ctrl-C
        import time

        time.sleep(1.0)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    lines = out.splitlines()
    assert lines[0].startswith("interrupted after ")
    assert float(lines[0].split()[-1].rstrip("s")) < 60  # not the 300 s timeout
    assert lines[1] == "server saw close True"
    assert lines[2] == "threads 1"
    assert "Traceback" not in err


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork() is POSIX-only")
def test_a_forked_child_gets_a_clear_error() -> None:
    done = _run(
        """
        warnings.simplefilter("ignore", DeprecationWarning)  # fork() with threads, on purpose
        with Emulator() as emu:
            with PlannerClient(emu.issue_key(), base_url=emu.base_url) as planner:
                planner.projects.list().first_page()
                pid = os.fork()
                if pid == 0:
                    try:
                        planner.projects.list().first_page()
                    except LoopThreadError as exc:
                        ok = "after fork()" in str(exc) and "create a new client" in str(exc)
                        os._exit(0 if ok else 2)
                    os._exit(1)
                _, status = os.waitpid(pid, 0)
                print("child", os.waitstatus_to_exitcode(status))
                print("parent", len(planner.projects.list().first_page()))
        """
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["child", "0", "parent", "0"]


def test_an_unclosed_client_is_closed_at_exit() -> None:
    done = _run(
        """
        emu = Emulator()
        emu.start()
        planner = PlannerClient(emu.issue_key(), base_url=emu.base_url)
        planner.projects.list().first_page()
        print("leaving without close()")
        """
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "leaving without close()"
    # -X dev and warnings-as-errors: an unclosed session or loop would be reported here
    assert "Unclosed" not in done.stderr, done.stderr
    assert "ResourceWarning" not in done.stderr, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
