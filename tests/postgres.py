"""A real, throw-away PostgreSQL server for the warehouse tests: Debian's own binaries.

One temporary cluster per test session (``initdb`` + ``pg_ctl``) in a folder under the system
temp dir, listening on 127.0.0.1 on a free port, trusted local logins, removed afterwards.
``initdb`` refuses to run as root (CI and containers are root), so there the server runs as the
unprivileged ``nobody`` user via ``subprocess``'s ``user=``/``group=``.

Without the binaries the tests skip with a message saying how to install them; with
COURSE_REQUIRE_POSTGRES=1 (set by .ci/run) a missing server is a failure instead.
"""

from __future__ import annotations

import glob
import grp
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

INSTALL_HINT = ("PostgreSQL's server binaries were not found (looked for initdb and pg_ctl in "
                "COURSE_PG_BIN, /usr/lib/postgresql/*/bin and PATH). On Debian or Ubuntu: "
                "apt-get install postgresql")


@dataclass(frozen=True)
class Server:
    host: str
    port: int
    user: str = "postgres"
    dbname: str = "postgres"

    @property
    def conninfo(self) -> str:
        return f"host={self.host} port={self.port} user={self.user} dbname={self.dbname}"


def skip_or_fail(message: str) -> None:
    """Skip on a learner's machine; in CI (COURSE_REQUIRE_POSTGRES=1) a skip is a failure."""
    if os.environ.get("COURSE_REQUIRE_POSTGRES") == "1":
        pytest.fail(f"{message} (COURSE_REQUIRE_POSTGRES=1)")
    pytest.skip(message)


def find_binaries() -> Path | None:
    """The folder with initdb and pg_ctl: COURSE_PG_BIN, Debian's newest version, or PATH."""
    candidates = [os.environ.get("COURSE_PG_BIN", "")]
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"),
                         key=lambda p: int(Path(p).parent.name) if Path(p).parent.name.isdigit()
                         else 0, reverse=True)
    found = shutil.which("initdb")
    candidates.append(str(Path(found).parent) if found else "")
    for folder in filter(None, candidates):
        if all((Path(folder) / tool).exists() for tool in ("initdb", "pg_ctl", "postgres")):
            return Path(folder)
    return None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _run_as() -> dict:
    """Root may not run PostgreSQL: run it as ``nobody`` then (CI and containers are root)."""
    if os.geteuid() != 0:
        return {}
    user = pwd.getpwnam("nobody")
    group = grp.getgrgid(user.pw_gid).gr_name
    return {"user": user.pw_uid, "group": group, "extra_groups": []}


def _own(folder: Path, identity: dict) -> None:
    if identity:
        os.chown(folder, identity["user"], grp.getgrnam(identity["group"]).gr_gid)


def start(folder: Path, binaries: Path) -> tuple[Server, callable]:
    """initdb + pg_ctl start in ``folder``; returns the server and a function that stops it."""
    identity = _run_as()
    _own(folder, identity)
    data = folder / "data"
    env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8", "TZ": "UTC"}
    run = {"check": True, "capture_output": True, "text": True, "env": env, "cwd": folder,
           **identity}
    subprocess.run([binaries / "initdb", "-D", data, "-U", "postgres", "--auth=trust",
                    "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"], **run)
    port = free_port()
    options = (f"-c listen_addresses=127.0.0.1 -p {port} -k {folder} -c fsync=off "
               "-c synchronous_commit=off -c full_page_writes=off -c TimeZone=UTC")
    subprocess.run([binaries / "pg_ctl", "-D", data, "-o", options, "-l", folder / "server.log",
                    "-w", "-t", "60", "start"], **run)

    def stop() -> None:
        subprocess.run([binaries / "pg_ctl", "-D", data, "-m", "immediate", "-w", "stop"],
                       **{**run, "check": False})

    return Server("127.0.0.1", port), stop


def wait_until_ready(server: Server, seconds: float = 30) -> None:
    import psycopg

    deadline = time.monotonic() + seconds
    while True:
        try:
            with psycopg.connect(server.conninfo, connect_timeout=2):
                return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


@pytest.fixture(scope="session")
def postgres_server():
    """A running PostgreSQL server for this test session (stopped and removed afterwards)."""
    binaries = find_binaries()
    if binaries is None:
        skip_or_fail(INSTALL_HINT)
    # Not pytest's tmp_path: its folders are private to root, and the server runs as nobody.
    folder = Path(tempfile.mkdtemp(prefix="course-postgres-"))
    try:
        server, stop = start(folder, binaries)
    except subprocess.CalledProcessError as error:
        log = folder / "server.log"
        detail = (error.stderr or "") + (log.read_text() if log.exists() else "")
        shutil.rmtree(folder, ignore_errors=True)
        skip_or_fail(f"PostgreSQL could not start: {detail.strip()[-800:]}")
    try:
        wait_until_ready(server)
        yield server
    finally:
        stop()
        shutil.rmtree(folder, ignore_errors=True)
