"""Binder, Codespaces and a university JupyterHub start from the same locked versions and the
README's own set-up command."""

import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXPORT = ["export", "--frozen", "--no-dev", "--no-emit-project", "--format", "requirements-txt", "--quiet"]


def test_binder_requirements_are_exactly_the_lock():
    """Regenerated here with uv export: any drift from uv.lock fails (fix: the command in the file)."""
    uv = Path(sys.executable).with_name("uv")
    fresh = subprocess.run([str(uv), *EXPORT], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert (ROOT / ".binder" / "requirements.txt").read_text(encoding="utf-8") == fresh, (
        "Run: .venv/bin/uv " + " ".join(EXPORT) + " > .binder/requirements.txt")


def test_binder_gets_the_learners_packages_not_the_test_tools():
    pinned = (ROOT / ".binder" / "requirements.txt").read_text(encoding="utf-8")
    for package in ("jupyterlab==4.6.", "pandas==", "ipywidgets==", "voila==", "sqlglot==30.31.0"):
        assert package in pinned, package
    for tool in ("pytest==", "nbgrader==", "playwright=="):
        assert tool not in pinned, tool
    post_build = (ROOT / ".binder" / "postBuild").read_text(encoding="utf-8")
    assert "pip install --no-deps -e ." in post_build
    assert (ROOT / ".binder" / "postBuild").stat().st_mode & 0o111  # Binder runs it as a program
    python = (ROOT / ".binder" / "runtime.txt").read_text().strip()
    assert re.fullmatch(r"python-3\.(1[1-9])", python)


def _readme_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```bash\n(.*?)```", readme, re.S)[1]
    return [line.split("#")[0].strip() for line in block.splitlines() if line.strip()]


def test_codespaces_runs_the_readmes_set_up_command_and_opens_jupyterlab():
    config = json.loads((ROOT / ".devcontainer" / "devcontainer.json").read_text(encoding="utf-8"))
    assert config["postAttachCommand"] in _readme_commands() == ["make lab", "make test"]
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    # The set-up alone first (make lab depends on it), so a prebuilt codespace is ready at once.
    assert config["postCreateCommand"] == "make install" and re.search(r"^lab: \$\(STAMP\)", makefile, re.M)
    port = int(re.search(r"^PORT\s*\?=\s*(\d+)", makefile, re.M)[1])
    assert config["forwardPorts"] == [port]
    assert config["portsAttributes"][str(port)]["label"] == "JupyterLab"
    python = re.search(r"python:\d+-(3\.\d+)", config["image"])[1]
    assert tuple(map(int, python.split("."))) >= (3, 11)


def test_readme_says_how_to_launch_elsewhere_and_why_not_colab():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "git-pull?repo=" in readme and "urlpath=lab/tree/" in readme  # nbgitpuller
    assert "mybinder.org" in readme and "Codespaces" in readme
    colab = readme[readme.index("Colab"):]
    assert "not supported" in colab[:3000]
