"""A notebook made for reading without a kernel: the slides and the reading site start here.

Each function takes an executed notebook and returns a changed copy; nothing touches the
committed notebooks. What changes, and why:

- exercises: the sentences that tell you to replace ``____``, run a cell or press a button are
  left out, and so are the outputs of ``q1.check()``/``hint()``/``solution()``, which only make
  sense in Jupyter; a short note says where to answer;
- widgets: the static description the kernel stored beside each widget
  (course_lib/core/widget_text.py) is shown with a caption, instead of nothing;
- bare Python values as a whole output (``(855, 855)``, ``'segments.json'``, ``['a', 'b']``,
  ``{'utm_source': …}``, a pandas Series) become a list, a table or plain text, or are hidden;
- cells tagged ``jupyter-only`` (how to run a cell, how exercises are checked) are left out;
- for slides, a Markdown cell is split at its ## and ### headings so each part starts a slide.
"""

from __future__ import annotations

import ast
import copy
import html
import re

from course_lib.core.i18n import messages
from course_lib.core.widget_text import MIME as STATIC_MIME

JUPYTER_ONLY = "jupyter-only"
WIDGET_PLACEHOLDERS = ("[Kör cellen för att visa reglagen.]", "[Run the cell to show the controls.]")
EXERCISE_CALL = re.compile(r"^#?\s*q\d+\.(check|hint|solution)\(", re.MULTILINE)
WIDGET_EXERCISE = re.compile(r"^q\d+\.widget\(\)", re.MULTILINE)

msg = messages(
    {
        "exercise_note": {
            "sv": "✏️ Den här uppgiften svarar du på i notebooken i JupyterLab, där svaret rättas "
                  "direkt.",
            "en": "✏️ You answer this exercise in the notebook in JupyterLab, where your answer "
                  "is checked at once.",
        },
        "exercise_caption": {
            "sv": "Uppgiftens reglage som de ser ut innan du svarat. I notebooken i JupyterLab "
                  "väljer du och får svaret rättat.",
            "en": "The exercise's controls as they look before you answer. In the notebook in "
                  "JupyterLab you choose and have your answer checked.",
        },
        "widget_caption": {
            "sv": "Verktyget som det ser ut från början. I notebooken i JupyterLab ändrar du "
                  "reglagen och ser resultatet direkt.",
            "en": "The tool as it looks at first. In the notebook in JupyterLab you change the "
                  "controls and see the result at once.",
        },
        "key": {"sv": "Nyckel", "en": "Key"},
        "value": {"sv": "Värde", "en": "Value"},
        "name": {"sv": "Namn", "en": "Name"},
    },
    "tools.static_notebook",
)

# Sentences that only make sense with a running kernel, in both languages.
INSTRUCTION = re.compile(
    r"____|\bq\d+\.(check|hint|solution|widget)\(|kör (cellen|den)\b|köra cellen|"
    r"\brun (the|a) cell|\brunning the cell|\brun it\b|Shift \+ Enter|Run All|Run →|Kernel →|"
    r"tryck(er)? på \*\*|\bpress \*\*|Ta bort `#`|Remove the `#`|"
    r"i en (ny )?(kod)?cell|in a (new )?(code )?cell|kör resten|run the remaining|run the rest|"
    r"cellen (nedan|ovan)|the cell (below|above)|`answer_\d+",
    re.IGNORECASE,
)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ*`\"”“(])")


def _source(cell) -> str:
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else source


def _instructs(sentence: str) -> bool:
    return bool(INSTRUCTION.search(" ".join(sentence.split())))  # words may wrap onto new lines


def strip_instructions(text: str) -> str:
    """Markdown without the sentences and list items that tell you to run or press something."""
    lines, kept = text.split("\n"), []
    block: list[str] = []

    def flush():
        if not block:
            return
        paragraph = "\n".join(block)
        block.clear()
        if paragraph.lstrip().startswith(("#", "|", "<", "```")):
            kept.append(paragraph)
            return
        sentences = SENTENCE_END.split(paragraph)
        if re.match(r"\s*([-*]|\d+\.)\s", paragraph) and _instructs(sentences[0]):
            return  # a list item about running or checking: the whole item goes
        sentences = [s for s in sentences if not _instructs(s)]
        if sentences:
            kept.append(" ".join(sentences))

    for line in lines:
        starts_item = re.match(r"\s*([-*]|\d+\.)\s", line)
        if not line.strip() or starts_item or line.lstrip().startswith("#"):
            flush()
            if line.lstrip().startswith("#"):
                kept.append(line)
                continue
            if not line.strip():
                kept.append("")
                continue
        block.append(line)
    flush()
    text = "\n".join(kept)
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n")


def _literal(text: str):
    try:
        return ast.literal_eval(text.strip())
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return None


def _list_html(items) -> str:
    return "<ul>" + "".join(f"<li>{html.escape(str(i))}</li>" for i in items) + "</ul>"


def _pairs_html(pairs, head: tuple[str, str]) -> str:
    rows = "".join(f"<tr><th scope=\"row\">{html.escape(str(k))}</th><td>{html.escape(str(v))}</td></tr>"
                   for k, v in pairs)
    return (f"<table><thead><tr><th scope=\"col\">{html.escape(head[0])}</th>"
            f"<th scope=\"col\">{html.escape(head[1])}</th></tr></thead><tbody>{rows}</tbody></table>")


def _series_pairs(text: str):
    """The rows of a pandas Series repr (``label    value`` … ``dtype: int64``), or None."""
    lines = [line for line in text.strip().splitlines() if line.strip()]
    if not lines or "dtype:" not in lines[-1]:
        return None, None
    name = re.search(r"Name: ([^,]+),", lines[-1])
    body = lines[:-1]
    title = body[0].strip() if body and len(re.split(r"\s{2,}", body[0].strip())) == 1 else None
    if title:
        body = body[1:]
    pairs = [re.split(r"\s{2,}", line.strip()) for line in body]
    if not pairs or any(len(p) != 2 for p in pairs):
        return None, None
    return pairs, (title or "", name.group(1) if name else "")


def plain_value_html(text: str, language: str) -> str | None:
    """A bare Python value as something a reader can read; "" hides it; None keeps it as is."""
    value = _literal(text)
    if isinstance(value, list | tuple) and value and all(isinstance(v, str) for v in value):
        return _list_html(value)
    if isinstance(value, dict) and value:
        return _pairs_html(value.items(), (msg("key", language), msg("value", language)))
    if isinstance(value, str):
        return f"<p><code>{html.escape(value)}</code></p>"
    if isinstance(value, tuple):
        return ""  # (855, 855): a check for the code's author, nothing to read
    if re.fullmatch(r"[A-Za-z_]\w*\(.*\)", text.strip(), re.DOTALL):
        return ""  # ToneResult(score=2, …): an object's repr
    pairs, head = _series_pairs(text)
    if pairs:
        first, second = head
        return _pairs_html(pairs, (first or msg("name", language), second or msg("value", language)))
    return None


def _stream_line(line: str) -> str | None:
    """A printed line: a tuple or an array of numbers is dropped, a list of words becomes words
    separated by commas."""
    if re.fullmatch(r"\s*\[[\d\s.,-]+\]\s*", line):
        return None  # a numpy array such as [ 30  90 170]
    value = _literal(line) if line.strip()[:1] in "([" else None
    if isinstance(value, tuple):
        return None
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return ", ".join(value)
    return line


def static_outputs(cell, language: str) -> list:
    """The outputs a reader without a kernel should see."""
    source = _source(cell)
    if EXERCISE_CALL.search(source):
        if re.match(r"q\d+\.check\(", source.strip()):
            return [_html_output(f'<p class="course-note">{html.escape(msg("exercise_note", language))}</p>')]
        return []
    caption = cell.get("metadata", {}).get("course", {}).get("caption", {}).get(language)
    if not caption:
        caption = msg("exercise_caption" if WIDGET_EXERCISE.search(source) else "widget_caption", language)
    shown = []
    for output in cell.get("outputs", []):
        data = output.get("data", {})
        if STATIC_MIME in data:
            shown.append(_html_output(widget_figure("".join(data[STATIC_MIME]), caption)))
            continue
        plain = "".join(data.get("text/plain", ""))
        if plain in WIDGET_PLACEHOLDERS:
            continue
        if output.get("output_type") == "stream":
            lines = [_stream_line(line) for line in "".join(output["text"]).split("\n")]
            text = "\n".join(line for line in lines if line is not None)
            if text.strip():
                shown.append({**output, "text": text})
            continue
        if output.get("output_type") == "execute_result" and set(data) == {"text/plain"}:
            readable = plain_value_html(plain, language)
            if readable == "":
                continue
            if readable is not None:
                shown.append(_html_output(readable))
                continue
        shown.append(output)
    return shown


def widget_figure(body: str, caption: str) -> str:
    return (f'<figure class="course-widget"><figcaption>{html.escape(caption)}</figcaption>'
            f'<div class="course-widget-body">{body}</div></figure>')


def _html_output(markup: str) -> dict:
    return {"output_type": "display_data", "data": {"text/html": markup}, "metadata": {}}


def split_on_headings(cell) -> list:
    """A Markdown cell cut before each ## or ### heading (not the first line)."""
    text = _source(cell)
    parts = re.split(r"\n(?=#{2,3} )", text)
    if len(parts) == 1:
        return [cell]
    cells = []
    for i, part in enumerate(parts):
        new = copy.deepcopy(cell)
        new["source"] = part.strip("\n")
        if i:
            new["id"] = f"{cell.get('id', 'cell')}-{i}"
            kind = "slide" if part.startswith("## ") else "subslide"
            new.setdefault("metadata", {})["slideshow"] = {"slide_type": kind}
        cells.append(new)
    return cells


def _drop(cells: list, index: int) -> None:
    """Remove a cell; a slide it started is started by the next cell instead."""
    slide = cells[index].get("metadata", {}).get("slideshow", {}).get("slide_type")
    del cells[index]
    if slide in ("slide", "subslide") and index < len(cells):
        following = cells[index].setdefault("metadata", {}).setdefault("slideshow", {})
        if following.get("slide_type", "-") in ("-", None, "fragment"):
            following["slide_type"] = slide


def static_notebook(nb, language: str, slides: bool = False):
    """A copy of ``nb`` for reading without a kernel (see the module docstring)."""
    nb = copy.deepcopy(nb)
    cells = list(nb["cells"])
    i = 0
    while i < len(cells):
        cell = cells[i]
        if JUPYTER_ONLY in cell.get("metadata", {}).get("tags", []):
            _drop(cells, i)
            continue
        if cell["cell_type"] == "markdown":
            text = strip_instructions(_source(cell))
            if not text.strip():
                _drop(cells, i)
                continue
            cell["source"] = text
            if slides:
                parts = split_on_headings(cell)
                cells[i:i + 1] = parts
                i += len(parts)
                continue
        elif cell["cell_type"] == "code":
            cell["outputs"] = static_outputs(cell, language)
        i += 1
    nb["cells"] = cells
    return nb
