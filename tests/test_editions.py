"""The answer-key edition: every exercise filled in, executed, and every check passes."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
CHECK_CALL = re.compile(r"^q\d+\.check\(", re.MULTILINE)


@pytest.fixture(scope="module")
def answer_key(tmp_path_factory):
    out = tmp_path_factory.mktemp("answer-key")
    subprocess.run([sys.executable, str(ROOT / "tools" / "build_notebooks.py"),
                    "--edition", "answers", "--out", str(out)], check=True, capture_output=True)
    return out


def _notebooks(folder):
    return sorted(folder.glob("*/*.ipynb"))


def test_answer_key_has_every_notebook(answer_key):
    student = sorted(p.relative_to(ROOT / "notebooks") for p in (ROOT / "notebooks").glob("*/*.ipynb"))
    assert [p.relative_to(answer_key) for p in _notebooks(answer_key)] == student


def test_every_check_passes_in_the_answer_key(answer_key):
    checked = 0
    for path in _notebooks(answer_key):
        nb = json.loads(path.read_text(encoding="utf-8"))
        for cell in nb["cells"]:
            source = "".join(cell["source"])
            if cell["cell_type"] != "code":
                continue
            unanswered = [line for line in source.splitlines()
                           if "____" in line and not line.startswith("from ")]
            assert not unanswered, (path.name, source)
            if CHECK_CALL.search(source):
                text = json.dumps(cell["outputs"], ensure_ascii=False)
                assert "✅" in text, (path.name, source, text[:300])
                checked += 1
    from course_lib.lessons import all_exercises

    assert checked >= 2 * len(all_exercises())


def test_answer_key_shows_solutions(answer_key):
    for path in _notebooks(answer_key):
        text = path.read_text(encoding="utf-8")
        assert "# q1.solution()" not in text
