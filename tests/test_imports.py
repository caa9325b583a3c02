"""The house keeps its floors: core imports no topic, topics import no widget or lesson, and
no module imports one that (directly or through others) imports it back."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "course_lib"


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Every course_lib module this file imports, at the top or inside a function."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("course_lib")}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            if base.startswith("course_lib"):
                found.add(base)
                found |= {f"{base}.{a.name}" for a in node.names}
    return found


MODULES = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
@pytest.fixture(scope="module")
def graph() -> dict[str, set[str]]:
    """Module → the course_lib modules it imports (parsed when a test asks, not when every
    worker collects the tests)."""
    return {name: {m for m in _imports(path) if m in MODULES and m != name}
            for name, path in MODULES.items()}


def floor(module: str) -> str:
    if module.startswith("course_lib.core"):
        return "core"
    if module.startswith("course_lib.widgets"):
        return "widgets"
    if module.startswith("course_lib.lessons"):
        return "lessons"
    # Like the overview, the teacher's class report reads every lesson's exercises.
    if module in ("course_lib", "course_lib.overview", "course_lib.teacher"):
        return "top"
    return "topics"


ALLOWED = {
    "core": {"core"},
    "topics": {"core", "topics"},
    "widgets": {"core", "topics", "widgets"},
    "lessons": {"core", "topics", "widgets", "lessons"},
    "top": {"core", "topics", "widgets", "lessons", "top"},
}


def test_every_import_points_down_or_sideways(graph):
    wrong = sorted((a, b) for a, targets in graph.items() for b in targets
                   if floor(b) not in ALLOWED[floor(a)] and b != "course_lib")
    assert wrong == []


def _reexport(importer: str, imported: str) -> bool:
    """A package's __init__ importing its own parts to re-export them: not a dependency."""
    return MODULES[importer].name == "__init__.py" and imported.startswith(importer + ".")


def test_no_import_circles(graph):
    graph = {name: {m for m in deps if not _reexport(name, m)} for name, deps in graph.items()}
    index, low, stack, on_stack, circles = {}, {}, [], set(), []

    def visit(node):  # Tarjan's strongly connected components
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in graph[node]:
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                circles.append(sorted(component))

    for module in graph:
        if module not in index:
            visit(module)
    assert circles == []
