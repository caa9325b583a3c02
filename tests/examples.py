"""How many examples a property test (hypothesis) tries: every one in `make test`, which CI runs;
a fifth (at least 10) in `make test-fast`, which sets COURSE_TESTS_FAST=1 for daily work."""

from __future__ import annotations

import os

FAST = os.environ.get("COURSE_TESTS_FAST") == "1"


def examples(count: int) -> int:
    return max(10, count // 5) if FAST else count
