"""The real-browser tests' rule: Chromium comes from the Debian package (``apt-get install
chromium``), never from ``playwright install``. Without it a browser test is skipped with that
advice; with COURSE_REQUIRE_BROWSER=1 (CI, see .ci/run) a missing browser is a failure instead.

(Every notebook's Run All in JupyterLab is in tests/test_notebooks_browser.py and
tests/test_notebooks_run_browser.py; notebook 06's slider that changes a size on screen is
checked there, on the same run.)
"""

from __future__ import annotations

import pytest

from tests.browser import INSTALL_ADVICE, skip_or_fail


def test_missing_browser_is_a_skip_for_learners_and_a_failure_in_ci(monkeypatch):
    monkeypatch.delenv("COURSE_REQUIRE_BROWSER", raising=False)
    with pytest.raises(pytest.skip.Exception, match="apt-get install chromium"):
        skip_or_fail(INSTALL_ADVICE)
    monkeypatch.setenv("COURSE_REQUIRE_BROWSER", "1")
    with pytest.raises(pytest.fail.Exception, match="COURSE_REQUIRE_BROWSER=1"):
        skip_or_fail(INSTALL_ADVICE)
