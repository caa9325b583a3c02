"""Notebook 10, "Going further: your own customer file and the warehouse", has no exercises.

It is optional further study after the capstone. The module exists so that every notebook has
a lesson (``LESSONS``); the progress overview leaves out a notebook without exercises, and the
gradebook gives it no column.
"""

from __future__ import annotations

__all__: list[str] = []
