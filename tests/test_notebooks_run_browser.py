"""The other Swedish notebooks run in the real JupyterLab without an error, every widget drawn
(see tests/test_notebooks_browser.py, which holds the check; a file of its own so that the two
test workers share the notebooks)."""

from __future__ import annotations

import pytest

from tests.test_notebooks_browser import OTHERS, _id, browser, lab, runs_in_jupyterlab

pytestmark = [pytest.mark.browser, pytest.mark.slow]
NOTEBOOKS = OTHERS
__all__ = ["browser", "lab"]  # the fixtures: one browser and one JupyterLab for this file


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=_id)
def test_every_other_notebook_runs_in_jupyterlab(lab, browser, notebook):
    runs_in_jupyterlab(lab, browser, notebook)
