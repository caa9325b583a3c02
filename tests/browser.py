"""Shared by the real-browser tests: Debian's Chromium driven by Playwright, on loopback only.

Without Chromium the tests are skipped with a message saying how to install it; with
COURSE_REQUIRE_BROWSER=1 (set by .ci/run) a missing browser fails instead.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("COURSE_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
INSTALL_ADVICE = ("Chromium is not installed, so the real-browser test is skipped. "
                  "Install it with: sudo apt-get install chromium")
# Without the background-networking flags Chromium keeps trying to reach Google's hosts.
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def require_chromium() -> str:
    if not Path(CHROMIUM).exists():
        skip_or_fail(INSTALL_ADVICE)
    return CHROMIUM


def skip_or_fail(message: str) -> None:
    """Skip on a learner's machine; in CI (COURSE_REQUIRE_BROWSER=1) a skip is a failure."""
    if os.environ.get("COURSE_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{message} (COURSE_REQUIRE_BROWSER=1)")
    pytest.skip(message)


def free_port() -> int:
    """A free loopback port (Jupyter silently moves to the next one when a port is taken)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(url: str, server: subprocess.Popen, log: Path, seconds: float = 90,
                  any_answer: bool = False) -> None:
    """Poll ``url`` until it answers (with ``any_answer``, an HTTP error counts: the server is
    listening); fail with the server's log if it stops or never answers."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"The server stopped: {log.read_text(errors='replace')[-2000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except urllib.error.HTTPError:
            if any_answer:
                return
            time.sleep(0.3)
        except OSError:
            time.sleep(0.3)
    pytest.fail(f"No answer from {url} in {seconds} s: {log.read_text(errors='replace')[-2000:]}")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@contextmanager
def serve(folder: Path):
    """A static file server on 127.0.0.1 (a free port), for the duration of a test."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def chromium_browser():
    """Chromium, launched once for many pages (one Playwright per process at a time)."""
    from playwright.sync_api import sync_playwright

    executable = require_chromium()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=ARGS)
        try:
            yield browser
        finally:
            browser.close()


@contextmanager
def chromium_page(viewport=(1280, 900)):
    with chromium_browser() as browser:
        yield browser.new_page(viewport={"width": viewport[0], "height": viewport[1]})


# JupyterLab settings for a quiet, predictable page: no news popup, no update check, no
# autosave (the notebooks are copies anyway), every cell rendered (no virtual scrolling).
LAB_OVERRIDES = {
    "@jupyterlab/apputils-extension:notification": {"fetchNews": "false",
                                                     "checkForUpdates": False},
    "@jupyterlab/docmanager-extension:plugin": {"autosave": False},
    "@jupyterlab/notebook-extension:tracker": {"windowingMode": "none"},
}


_STOPPING: list[subprocess.Popen] = []


def _stop(server: subprocess.Popen) -> None:
    """Ask the server to stop, and go on: it shuts its kernels down by itself (about two
    seconds for Voilà, time the test worker can use). :func:`reap_servers` waits for it."""
    server.terminate()
    _STOPPING.append(server)


def reap_servers() -> None:
    """Wait for every server asked to stop (tests/conftest.py, at the end of the run)."""
    while _STOPPING:
        server = _STOPPING.pop()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def copy_without_outputs(source: Path, target: Path) -> None:
    """A fresh copy, as a learner opens it after "Clear all outputs"."""
    import nbformat

    nb = nbformat.read(source, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    target.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, target)


@contextmanager
def jupyter_lab(home: Path, notebooks: list[Path] = (), *, root: Path | None = None,
                env: dict | None = None):
    """JupyterLab (loopback, no token) on ``root``, or on fresh copies of ``notebooks`` kept in
    their sv/ or en/ folder; settings and work folder under ``home``. Yields its URL. The page
    has the app as ``window.jupyterapp``, so a test can open notebooks without reloading it."""
    if root is None:
        root = home / "notebooks"
        root.mkdir(parents=True, exist_ok=True)
        for source in notebooks:
            copy_without_outputs(source, root / source.parent.name / source.name)
    settings = home / "app-settings"
    settings.mkdir(parents=True, exist_ok=True)
    (settings / "overrides.json").write_text(json.dumps(LAB_OVERRIDES), encoding="utf-8")
    env = {**os.environ, "COURSE_WORK_DIR": str(home / "work"),
           "JUPYTER_CONFIG_DIR": str(home / "config"),
           "JUPYTER_RUNTIME_DIR": str(home / "runtime"),
           "JUPYTER_DATA_DIR": str(home / "data"),  # its notebook secret: tests sign copies
           "JUPYTERLAB_SETTINGS_DIR": str(home / "user-settings"),
           "JUPYTERLAB_WORKSPACES_DIR": str(home / "workspaces"), **(env or {})}
    env.pop("COURSE_LANGUAGE", None)
    env.pop("JPY_SESSION_NAME", None)
    port = free_port()
    command = [sys.executable, "-m", "jupyter", "lab", "--no-browser", f"--port={port}",
               "--ip=127.0.0.1", "--ServerApp.port_retries=0", "--IdentityProvider.token=",
               f"--ServerApp.root_dir={root}", f"--LabApp.app_settings_dir={settings}",
               "--ServerApp.disable_check_xsrf=True",  # loopback only: lets a test end sessions
               "--LabApp.expose_app_in_browser=True"]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        command.append("--allow-root")
    log = home / "jupyter.log"
    with open(log, "wb") as out:
        server = subprocess.Popen(command, env=env, cwd=home, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(f"{url}/api/status", server, log)
        yield url
    finally:
        _stop(server)


@contextmanager
def voila(notebook: Path, env: dict | None = None):
    """Voilà serving ``notebook`` from its folder (so a voila.json there is read)."""
    import sys

    port = free_port()
    env = {**os.environ, "COURSE_WORK_DIR": str(notebook.parent / "work"), **(env or {})}
    env.pop("COURSE_LANGUAGE", None)
    log = notebook.parent / "voila.log"
    with open(log, "wb") as out:
        server = subprocess.Popen(
            [sys.executable, "-m", "voila", notebook.name, "--no-browser", f"--port={port}",
             "--Voila.ip=127.0.0.1"],
            cwd=notebook.parent, env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        # Not the page itself: each request for it starts a kernel and runs the whole notebook.
        wait_until_up(f"{url}/voila/static/", server, log, any_answer=True)
        yield url
    finally:
        _stop(server)


IDLE = ".jp-Notebook-ExecutionIndicator[data-status='idle']:visible"
# True once any code cell is running or has run: "[*]:" or "[1]:".
STARTED = """() => [...document.querySelectorAll('.jp-InputPrompt')]
                     .some(p => /\\[(\\*|\\d+)\\]/.test(p.textContent))"""


def _answer_dialog(page) -> bool:
    """Accept JupyterLab's Select Kernel dialog (a busy machine: it had no kernel list yet and
    asks; Python 3 is preselected), however often it comes. Any other dialog fails the test,
    saying what it said. True if a dialog was answered."""
    answered = False
    dialog = page.locator(".jp-Dialog")
    for _ in range(20):  # (a click before the kernel list has come does nothing: again)
        if not dialog.count():
            break
        text = dialog.first.inner_text()
        if "Select Kernel" not in text:
            pytest.fail(f"JupyterLab shows a dialog: {text[:500]}")
        dialog.first.locator(".jp-mod-accept").click()
        try:
            dialog.first.wait_for(state="detached", timeout=5_000)
        except Exception:  # playwright's TimeoutError: still there, or a new one
            pass
        answered = True
    if dialog.count():
        pytest.fail(f"JupyterLab's dialog stays: {dialog.first.inner_text()[:500]}")
    if answered:
        page.wait_for_selector(IDLE, timeout=90_000)
    return answered


def run_all(page, attempts: int = 4) -> None:
    """Run → Run All Cells, again if the kernel was not attached yet (Run All then only clears
    the cells, although the indicator already says idle) or a dialog came in the way."""
    page.wait_for_selector(IDLE, timeout=90_000)
    for attempt in range(attempts):
        _answer_dialog(page)
        try:
            page.get_by_role("menuitem", name="Run", exact=True).click(timeout=15_000)
            page.click(".lm-Menu-item[data-command='runmenu:run-all']", timeout=15_000)
            page.wait_for_function(STARTED, timeout=20_000)
            return
        except Exception:  # playwright's TimeoutError: a late dialog, or no kernel yet
            if not page.locator(".jp-Dialog").count():  # (Escape would cancel a dialog)
                page.keyboard.press("Escape")  # close the menu if it is open
            if attempt == attempts - 1:
                raise


def accessible_nodes(page, roles=("slider", "listbox", "combobox", "textbox", "checkbox",
                                  "button", "image", "region", "radio")) -> list[dict]:
    """(role, name, focusable) of every node with one of ``roles``, as Chromium computes them
    for assistive technology (the DevTools accessibility tree)."""
    cdp = page.context.new_cdp_session(page)
    try:
        nodes = cdp.send("Accessibility.getFullAXTree")["nodes"]
    finally:
        cdp.detach()
    out = []
    for node in nodes:
        role = node.get("role", {}).get("value")
        if role in roles and not node.get("ignored"):
            props = {p["name"]: p["value"].get("value") for p in node.get("properties", [])}
            out.append({"role": role, "name": node.get("name", {}).get("value", ""),
                        "focusable": bool(props.get("focusable")),
                        "disabled": bool(props.get("disabled"))})
    return out


# Texts a control cuts off: list options (all of them) and a dropdown's chosen option that are
# wider than their box, and buttons whose label does not fit.
CLIPPED = """(root) => {
  const measure = document.createElement('canvas').getContext('2d');
  const out = [];
  root.querySelectorAll('select').forEach((select) => {
    if (!select.offsetParent) return;  // a hidden row
    const style = getComputedStyle(select);
    measure.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    // (a dropdown's arrow sits in its right padding)
    const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const shown = select.multiple ? [...select.options] : [select.options[select.selectedIndex]];
    shown.forEach((o) => { if (o && measure.measureText(o.text).width > room) out.push(o.text); });
  });
  root.querySelectorAll('button').forEach((b) => {
    if (b.offsetParent && b.scrollWidth > b.clientWidth + 1) out.push(b.textContent);
  });
  return out;
}"""


def start_session(url: str, path: str) -> None:
    """Start the notebook's kernel through the server before the page opens it, so JupyterLab
    joins that session instead of asking which kernel to start."""
    body = json.dumps({"path": path, "type": "notebook", "name": path.rsplit("/", 1)[-1],
                       "kernel": {"name": "python3"}}).encode()
    request = urllib.request.Request(f"{url}/api/sessions", data=body, method="POST",
                                     headers={"Content-Type": "application/json"})
    urllib.request.urlopen(request).close()


def end_sessions(url: str) -> None:
    """Shut down every kernel of the server (a test that opens many notebooks frees memory)."""
    with urllib.request.urlopen(f"{url}/api/sessions") as answer:
        sessions = json.load(answer)
    for session in sessions:
        urllib.request.urlopen(urllib.request.Request(f"{url}/api/sessions/{session['id']}",
                                                      method="DELETE")).close()


def wait_until_all_ran(page, code_cells: int, timeout: int = 180) -> None:
    """Until every code cell has its number ([1], [2] …); a Select Kernel dialog that comes
    late (the kernel was not attached when Run All was pressed) is answered and Run All
    pressed again."""
    import time

    done = (f"() => [...document.querySelectorAll('.jp-InputPrompt')].filter("
            f"p => /\\[\\d+\\]/.test(p.textContent)).length >= {code_cells}")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if page.evaluate(done):
            return
        if _answer_dialog(page):
            run_all(page)
        page.wait_for_timeout(500)
    raise AssertionError(f"not every one of the {code_cells} code cells ran within {timeout} s")
