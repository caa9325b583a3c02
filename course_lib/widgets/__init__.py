"""Thin widget layer: each widget reads its controls, calls one pure function, shows the result."""
