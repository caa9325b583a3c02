"""Friendly help when a cell needs a name that an earlier cell creates.

A learner reopens a notebook the next day and runs the cell they were at: ``customers`` or
``q1`` does not exist, because the kernel is new. Instead of a NameError traceback they see,
in their language, which name is missing, which section of the notebook creates it and how to
run the cells above (Run → Run All Above Selected Cell); the real traceback stays behind a
"Visa detaljer" / "Show details" toggle. A :class:`~course_lib.core.errors.CourseError` still
shows as one friendly line, through the same handler; every other error keeps its traceback.

It is an IPython extension, loaded in every kernel of the project's environment (pyproject.toml
installs ``tools/ipython_kernel_config.py`` into ``<sys.prefix>/etc/ipython/``), so it works
before a notebook's first cell has run; ``course_lib.start()`` loads it too (idempotent).

The notebook is found from ``__session__`` (JupyterLab sets it), else in the kernel's working
folder by the failing cell's source (nbclient, Voilà). Without it the help has no section.
"""

from __future__ import annotations

import ast
import difflib
import html
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from .i18n import get_language, language_chosen, messages, notebook_language

NAME = __name__
MAX_NOTEBOOKS = 60  # a working folder with more notebooks than this is not searched

msg = messages(
    {
        "above": {
            "sv": "**Den här cellen behöver `{name}`, som skapas längre upp i avsnittet "
            "”{section}”.** Den cellen har inte körts sedan kärnan startade (till exempel efter "
            "en omstart).",
            "en": "**This cell needs `{name}`, which is created further up, in the section "
            "“{section}”.** That cell has not run since the kernel started (after a restart, "
            "for example).",
        },
        "below": {
            "sv": "**Den här cellen behöver `{name}`, som skapas längre ned i avsnittet "
            "”{section}”.** Kör cellerna i det avsnittet först och sedan den här cellen igen.",
            "en": "**This cell needs `{name}`, which is created further down, in the section "
            "“{section}”.** Run the cells of that section first, then this cell again.",
        },
        "somewhere": {
            "sv": "**Den här cellen behöver `{name}`, som inte finns än.** Oftast skapas den av "
            "en cell längre upp som inte har körts sedan kärnan startade (till exempel efter "
            "en omstart).",
            "en": "**This cell needs `{name}`, which does not exist yet.** Usually a cell further "
            "up creates it and has not run since the kernel started (after a restart, for "
            "example).",
        },
        "nowhere": {
            "sv": "**Den här cellen använder `{name}`, men ingen cell i notebooken skapar det "
            "namnet.** Kontrollera stavningen, eller kör först cellen där du själv skapar det.",
            "en": "**This cell uses `{name}`, but no cell in the notebook creates that name.** "
            "Check the spelling, or first run the cell where you create it yourself.",
        },
        "run_above": {
            "sv": "**Kör alla celler ovanför:** välj **Run → Run All Above Selected Cell** i "
            "menyn och kör sedan den här cellen igen.",
            "en": "**Run all the cells above:** choose **Run → Run All Above Selected Cell** in "
            "the menu, then run this cell again.",
        },
        "did_you_mean": {"sv": "Menade du {names}?", "en": "Did you mean {names}?"},
        "or": {"sv": "eller", "en": "or"},
        "placeholder": {
            "sv": "`____` är platshållaren som du byter ut mot ditt svar; den hämtas tillsammans "
            "med uppgifterna.",
            "en": "`____` is the placeholder you replace with your answer; it is fetched together "
            "with the exercises.",
        },
        "details": {"sv": "Visa detaljer", "en": "Show details"},
    },
    __name__,
)


# ------------------------------------------------------------------ reading a notebook


@dataclass(frozen=True)
class CodeCell:
    index: int  # among the notebook's code cells
    source: str
    section: str | None  # the nearest heading above the cell
    cell_id: str | None = None


_HEADING = re.compile(r"^ {0,3}#{1,6}\s+(.+?)\s*#*\s*$")


def heading_text(line: str) -> str | None:
    """The words of a Markdown heading line (``## Segment i *kod*`` → ``Segment i kod``)."""
    found = _HEADING.match(line)
    if not found:
        return None
    text = re.sub(r"<[^>]+>", "", found.group(1))
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"[*_`]+", "", text).strip()
    return text or None


def last_heading(markdown: str) -> str | None:
    """The last heading of a Markdown cell, outside code blocks."""
    found, fenced = None, False
    for line in markdown.splitlines():
        if line.lstrip().startswith("```"):
            fenced = not fenced
        elif not fenced:
            found = heading_text(line) or found
    return found


def code_cells(notebook: dict) -> list[CodeCell]:
    """The notebook's code cells, each with the section (heading) it sits in."""
    cells, section = [], None
    for cell in notebook.get("cells", []):
        source = _text(cell.get("source", ""))
        if cell.get("cell_type") == "markdown":
            section = last_heading(source) or section
        elif cell.get("cell_type") == "code":
            cells.append(CodeCell(len(cells), source, section, cell.get("id")))
    return cells


def _text(source) -> str:
    return "".join(source) if isinstance(source, list) else str(source)


def names_created(source: str) -> set[str]:
    """Names a cell creates in the notebook's namespace: assigned, imported, defined."""
    try:
        tree = ast.parse(_as_python(source))
    except (SyntaxError, ValueError):
        return set()
    names, todo = set(), list(tree.body)
    while todo:
        node = todo.pop()
        if isinstance(node, ast.Import | ast.ImportFrom):
            names.update((a.asname or a.name.split(".")[0]) for a in node.names if a.name != "*")
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)  # its body has names of its own
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
        elif not isinstance(node, ast.Lambda | ast.comprehension | ast.ListComp | ast.SetComp
                            | ast.DictComp | ast.GeneratorExp):
            todo.extend(ast.iter_child_nodes(node))
    return names


def _as_python(source: str) -> str:
    """The cell as plain Python: IPython turns ``%magic`` and ``!shell`` lines into calls."""
    try:
        from IPython.core.inputtransformer2 import TransformerManager
    except ImportError:
        return source
    return TransformerManager().transform_cell(source)


def creator(name: str, cells: list[CodeCell]) -> CodeCell | None:
    """The first code cell that creates ``name``."""
    return next((cell for cell in cells if name in names_created(cell.source)), None)


def current_cell(cells: list[CodeCell], cell_id: str | None, source: str | None) -> CodeCell | None:
    """The running cell: by its id (JupyterLab sends it), else by its source if no other has it."""
    by_id = [c for c in cells if cell_id and c.cell_id == cell_id]
    if by_id:
        return by_id[0]
    by_source = [c for c in cells if source is not None and c.source.strip() == source.strip()]
    return by_source[0] if len(by_source) == 1 else None


# ------------------------------------------------------------------ finding the notebook


def read_notebook(path: Path) -> dict | None:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def find_notebook(session: str | None, folder: Path, source: str | None,
                  executed: list[str] = ()) -> Path | None:
    """The notebook this kernel runs, or None if it cannot be told.

    ``session`` is JupyterLab's path of the notebook (relative to the server's root; the kernel
    runs in the notebook's folder). Without it, the notebooks in ``folder`` that hold the
    failing cell's ``source`` are candidates, and the cells ``executed`` so far decide a tie.
    """
    if session and session.endswith(".ipynb"):
        for candidate in (Path(session), Path(folder) / Path(session).name):
            if candidate.is_file():
                return candidate
    if not source or not source.strip():
        return None
    try:
        paths = sorted(Path(folder).glob("*.ipynb"))[:MAX_NOTEBOOKS]
    except OSError:
        return None
    sources = {p: {c.source.strip() for c in code_cells(read_notebook(p) or {})} for p in paths}
    return best_match(sources, source, executed)


def best_match(sources: dict[Path, set[str]], source: str, executed: list[str] = ()) -> Path | None:
    """The one notebook holding ``source`` that holds the most cells run so far."""
    holding = [p for p, cells in sources.items() if source.strip() in cells]
    ran = {s.strip() for s in executed if s and s.strip()}
    scores = {p: len(ran & sources[p]) for p in holding}
    best = [p for p in holding if scores[p] == max(scores.values(), default=0)]
    return best[0] if len(best) == 1 else None


# ------------------------------------------------------------------ what the learner sees


def missing_name(error: BaseException) -> str | None:
    """The name a NameError is about."""
    name = getattr(error, "name", None)
    if isinstance(name, str) and name:
        return name
    found = re.search(r"name '([^']+)' is not defined", str(error))
    return found.group(1) if found else None


def help_markdown(name: str, cells: list[CodeCell] | None, current: CodeCell | None,
                  known: list[str] = (), language: str | None = None) -> str:
    """The help for a missing ``name`` as Markdown. ``cells`` is None if no notebook was found."""
    made_by = creator(name, cells) if cells else None
    below = made_by is not None and current is not None and made_by.index > current.index
    if made_by is not None and made_by.section:
        key = "below" if below else "above"
        parts = [msg(key, language, name=name, section=made_by.section)]
    elif cells and made_by is None:
        parts = [msg("nowhere", language, name=name)]
    else:
        parts = [msg("somewhere", language, name=name)]
    if not below and (made_by is not None or not cells):
        parts.append(msg("run_above", language))
    close = difflib.get_close_matches(name, [k for k in known if k != name], n=2, cutoff=0.8)
    if made_by is None and close:
        names = f" {msg('or', language)} ".join(f"`{c}`" for c in close)
        parts.append(msg("did_you_mean", language, names=names))
    if name == "____":
        parts.append(msg("placeholder", language))
    return "\n\n".join(parts)


def help_html(markdown: str, details: str, language: str | None = None) -> str:
    """The help as HTML, with the real traceback behind a "Show details" toggle."""
    from .answers import markdown_to_html

    paragraphs = "".join(f"<p>{markdown_to_html(part)}</p>" for part in markdown.split("\n\n"))
    return (f'<div class="course-notebook-help">{paragraphs}'
            f"<details><summary>{msg('details', language)}</summary>"
            f"<pre>{html.escape(details)}</pre></details></div>")


def plain_text(markdown: str) -> str:
    return markdown.replace("**", "")


_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


def strip_ansi(text: str) -> str:
    return _ANSI.sub("", text)


# ------------------------------------------------------------------ the IPython side


def _learner_tb(tb, namespace: dict):
    """The traceback from the learner's own code on (IPython's frames dropped), or None if
    the error arose in library code (a bug: that keeps its ordinary traceback)."""
    first = None
    while tb is not None:
        if tb.tb_frame.f_globals is namespace and first is None:
            first = tb
        last = tb
        tb = tb.tb_next
    return first if first is not None and last.tb_frame.f_globals is namespace else None


class NotebookHelp:
    """Bound to one shell: remembers the running cell and handles its errors."""

    def __init__(self, shell):
        self.shell = shell
        self.cell_source: str | None = None
        self.cell_id: str | None = None

    def pre_run_cell(self, info) -> None:
        self.cell_source = getattr(info, "raw_cell", None)
        self.cell_id = getattr(info, "cell_id", None)

    def handle(self, shell, etype, evalue, tb, tb_offset=None):
        from .errors import CourseError, show_friendly_error

        if isinstance(evalue, CourseError):
            return show_friendly_error(shell, etype, evalue, tb, tb_offset)
        missing = isinstance(evalue, NameError) and not isinstance(evalue, UnboundLocalError)
        learner_tb = _learner_tb(tb, shell.user_ns) if missing else None
        name = missing_name(evalue) if learner_tb is not None else None
        if name is None:
            shell.showtraceback((etype, evalue, tb), running_compiled_code=True)
            return None
        self.show_help(name, etype, evalue, learner_tb)
        return []

    def show_help(self, name: str, etype, evalue, tb) -> None:
        from IPython.display import display

        stb = self.shell.InteractiveTB.structured_traceback(etype, evalue, tb)
        if hasattr(self.shell, "_last_traceback"):
            self.shell._last_traceback = stb  # ipykernel puts it in the reply (nbclient shows it)
        details = strip_ansi("\n".join(stb))
        path = self.notebook_path()
        cells = code_cells(read_notebook(path) or {}) if path else None
        language = self.language(path)
        current = current_cell(cells, self.cell_id, self.cell_source) if cells else None
        known = [k for k in self.shell.user_ns if not k.startswith("_")]
        known += [n for c in cells or [] for n in names_created(c.source)]
        text = help_markdown(name, cells or None, current, known, language)
        display({"text/html": help_html(text, details, language), "text/plain": plain_text(text)},
                raw=True)

    def notebook_path(self) -> Path | None:
        session = self.shell.user_ns.get("__session__") or os.environ.get("JPY_SESSION_NAME")
        executed = list(self.shell.user_ns.get("In", []))
        try:
            return find_notebook(session, Path.cwd(), self.cell_source, executed)
        except OSError:
            return None

    @staticmethod
    def language(path: Path | None) -> str:
        """The chosen language, or before ``course_lib.start()`` has run the notebook's folder."""
        if language_chosen():
            return get_language()
        return notebook_language(path.parent if path else None)


def install(shell) -> NotebookHelp:
    """Handle NameError and CourseError in ``shell`` (once: a second call changes nothing)."""
    from .errors import CourseError

    helper = getattr(shell, "_course_notebook_help", None)
    if helper is None:
        helper = NotebookHelp(shell)
        shell._course_notebook_help = helper
        shell.events.register("pre_run_cell", helper.pre_run_cell)
    shell.set_custom_exc((CourseError, NameError), helper.handle)
    return helper


def load_ipython_extension(shell) -> None:
    install(shell)


def unload_ipython_extension(shell) -> None:
    helper = getattr(shell, "_course_notebook_help", None)
    if helper is not None:
        shell.events.unregister("pre_run_cell", helper.pre_run_cell)
        del shell._course_notebook_help
    shell.set_custom_exc((), None)


def install_friendly_errors(shell=None) -> None:
    """In IPython, show a CourseError as a short message instead of a traceback, and a missing
    name as help to run the cells above (one handler for both)."""
    if shell is None:
        try:
            from IPython import get_ipython
        except ImportError:  # plain Python: ordinary exceptions are fine
            return
        shell = get_ipython()
    if shell is not None:
        install(shell)
