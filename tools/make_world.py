"""Regenerate data/world/ (the default synthetic world) byte for byte.

    .venv/bin/python tools/make_world.py
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from course_lib.core.paths import data_dir  # noqa: E402
from course_lib.world import DEFAULT_SEED, generate  # noqa: E402
from course_lib.world.files import write_world  # noqa: E402

DEFAULT_CUSTOMERS = 3000


def main() -> None:
    folder = data_dir() / "world"
    shutil.rmtree(folder, ignore_errors=True)
    files = write_world(generate(DEFAULT_CUSTOMERS, seed=DEFAULT_SEED, progress=False), folder)
    size = sum(f.stat().st_size for f in files)
    print(f"{len(files)} files, {size / 1e6:.1f} MB in {folder}")


if __name__ == "__main__":
    main()
