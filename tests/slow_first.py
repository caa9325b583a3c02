"""Run the slowest test files first, so the two workers finish together.

`make test` shares whole files out between the workers (--dist loadfile), in the order they
were collected, and hands each worker the next file as it finishes. Files that drive a real
browser take tens of seconds each; collected in alphabetical order, one of them could start
last and keep one worker busy while the other sits idle. So: browser files first, then other
slow files and the notebooks (nbval), then the browser files that open the notebooks nbval
executed (tests/executed.py: by then every notebook has been handed out, so they wait at most
for the one the other worker is running), then the quick unit tests to fill the gaps.
"""

from __future__ import annotations


def _weight(item) -> int:
    if item.get_closest_marker("executed"):
        return 2
    if item.get_closest_marker("browser"):
        return 0
    if item.get_closest_marker("slow") or item.nodeid.endswith(".ipynb") or ".ipynb::" in item.nodeid:
        return 1
    return 3


def pytest_collection_modifyitems(items):
    items.sort(key=_weight)  # stable: the order within a group stays as collected
