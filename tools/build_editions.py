"""Editions of the workbook that need no Jupyter: offline slides and a static reading site.

    python tools/build_editions.py slides   # build/slides/{sv,en}/*.slides.html (reveal.js)
    python tools/build_editions.py html     # build/html/index.html and {sv,en}/*.html

Both are made from the committed, executed notebooks. Slides load reveal.js, require.js
and jQuery from build/slides/node_modules (installed by `make slides` with npm),
never from a CDN: nbconvert's defaults would, and offline Reveal would never start. The
reading site needs no scripts at all. Code is left out of both: marketers read the prose
and the pictures. What only works with a kernel (exercise checks, "run the cell", widgets)
is reworded or described by tools/static_notebook.py, and tools/html_fixes.py makes the
HTML say its language and title, name its table columns and keep its headings in order
(WCAG 2.1 AA; tests/test_accessibility_browser.py runs axe-core over every page).
"""

from __future__ import annotations

import argparse
import html
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
from nbconvert import HTMLExporter, SlidesExporter
from traitlets.config import Config

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
from html_fixes import fix_page  # noqa: E402
from static_notebook import static_notebook  # noqa: E402

NOTEBOOKS = ROOT / "notebooks"
TEMPLATES = ROOT / "tools" / "slides"
LANGUAGES = {"sv": "Svenska", "en": "English"}

INDEX_TEXT = {
    "sv": ("Data är guld – arbetsboken", "Läs arbetsboken utan Jupyter. Vill du köra koden och "
           "använda reglagen öppnar du notebookarna i JupyterLab med <code>make lab</code>."),
    "en": ("Data is gold – the workbook", "Read the workbook without Jupyter. To run the code and "
           "use the controls, open the notebooks in JupyterLab with <code>make lab</code>."),
}
SLIDES_TEXT = {"sv": "Bildspel", "en": "Slides"}
ACCESSIBILITY = {"sv": ("Tillgänglighet", "tillganglighet.html"),
                 "en": ("Accessibility", "accessibility.html")}
PAGE_TITLE = {"html": "{title} – Data är guld", "slides": "{title} – {slides} – Data är guld"}
# 1280×720 is the projector; the slide is laid out at exactly that size.
SLIDE_SIZE = ("1280", "720")
# The versions nbconvert's reveal template is written for; installed from the npm registry.
REVEAL_PACKAGES = ["reveal.js@4.0.2", "requirejs@2.3.8", "jquery@2.2.4"]


def install_reveal(out: Path) -> Path:
    """Put reveal.js and friends in out/node_modules once (npm), so slides never need a CDN."""
    modules = out / "node_modules"
    if (modules / "reveal.js" / "dist" / "reveal.js").exists():
        return modules
    npm = shutil.which("npm")
    if npm is None:
        raise SystemExit("Slides need Node.js and npm to fetch reveal.js once: "
                         "install Node.js (e.g. apt-get install npm) and run make slides again.")
    out.mkdir(parents=True, exist_ok=True)
    subprocess.run([npm, "install", "--no-save", "--no-audit", "--no-fund", "--prefix", str(out),
                    *REVEAL_PACKAGES], check=True, capture_output=True)
    return modules


def _config(extra: dict | None = None) -> Config:
    config = Config()
    config.TemplateExporter.exclude_input = True
    config.TemplateExporter.exclude_input_prompt = True
    config.TemplateExporter.exclude_output_prompt = True
    config.TemplateExporter.extra_template_basedirs = [str(TEMPLATES)]
    config.HTMLExporter.exclude_anchor_links = True  # a "¶" link per heading says nothing
    for key, value in (extra or {}).items():
        section, name = key.split(".")
        setattr(config[section], name, value)
    return config


def _notebooks(language: str) -> list[Path]:
    return sorted((NOTEBOOKS / language).glob("[0-9][0-9]-*.ipynb"))


def _relink(body: str, suffix: str) -> str:
    """Links between notebooks point to the matching page of this edition."""
    return re.sub(r'href="([0-9]{2}-[^"#]+)\.ipynb', lambda m: f'href="{m.group(1)}{suffix}', body)


def _lesson_title(nb) -> str:
    """The lesson's title, from the notebook's first heading."""
    first = nb.cells[0].source if nb.cells else ""
    return first.splitlines()[0].lstrip("# ").strip() if first.strip() else ""


def export_page(exporter, path: Path, language: str, edition: str) -> str:
    """One notebook as one page of the edition, accessible and titled after its lesson."""
    nb = nbformat.read(path, as_version=4)
    title = _lesson_title(nb)
    nb.metadata["title"] = title
    body, _ = exporter.from_notebook_node(static_notebook(nb, language, slides=edition == "slides"))
    full_title = PAGE_TITLE[edition].format(title=title, slides=SLIDES_TEXT[language].lower())
    return fix_page(body, language, full_title)


def build_slides(out: Path) -> list[Path]:
    """One reveal.js deck per notebook; every script comes from ../node_modules."""
    install_reveal(out)
    prefix = "../node_modules"
    exporter = SlidesExporter(
        config=_config({
            "SlidesExporter.reveal_url_prefix": f"{prefix}/reveal.js",
            "SlidesExporter.reveal_width": SLIDE_SIZE[0],
            "SlidesExporter.reveal_height": SLIDE_SIZE[1],
            "SlidesExporter.reveal_theme": "white",  # "simple" would pull Google Fonts
            "SlidesExporter.require_js_url": f"{prefix}/requirejs/require.js",
            "SlidesExporter.jquery_url": f"{prefix}/jquery/dist/jquery.min.js",
        }),
        template_file=str(TEMPLATES / "offline_reveal.html.j2"),
    )
    written = []
    for language in LANGUAGES:
        folder = out / language
        folder.mkdir(parents=True, exist_ok=True)
        for path in _notebooks(language):
            body = export_page(exporter, path, language, "slides")
            target = folder / f"{path.stem}.slides.html"
            target.write_text(_relink(body, ".slides.html"), encoding="utf-8")
            written.append(target)
    _write_index(out, written, SLIDES_TEXT)
    return written


def build_html(out: Path) -> list[Path]:
    """A static site: every notebook as a page, plus an index in both languages."""
    exporter = HTMLExporter(
        config=_config(), template_name="lab",
        template_file=str(TEMPLATES / "static_page.html.j2"),
    )
    written = []
    for language in LANGUAGES:
        folder = out / language
        folder.mkdir(parents=True, exist_ok=True)
        for path in _notebooks(language):
            body = export_page(exporter, path, language, "html")
            target = folder / f"{path.stem}.html"
            target.write_text(_relink(body, ".html"), encoding="utf-8")
            written.append(target)
    _write_index(out, written, None)
    return written


def _title(page: Path) -> str:
    """The notebook's title, from its first heading."""
    notebook = NOTEBOOKS / page.parent.name / (page.name.split(".")[0] + ".ipynb")
    first = json.loads(notebook.read_text(encoding="utf-8"))["cells"][0]["source"]
    heading = "".join(first).splitlines()[0]
    return heading.lstrip("# ").strip()


STYLE = ("body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;"
         "line-height:1.5;color:#222}li{margin:.4rem 0}a{color:#0057a3}code{color:#222}"
         "table{border-collapse:collapse}th,td{border:1px solid #767676;padding:.2rem .5rem}")
STATEMENTS = {"sv": ROOT / "docs" / "tillganglighet.md", "en": ROOT / "docs" / "accessibility.md"}


def _page(language: str, title: str, body: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="{language}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{html.escape(title)}</title><style>{STYLE}</style></head>"
            f"<body><main>{body}</main></body></html>\n")


def _write_index(out: Path, pages: list[Path], kind: dict | None) -> Path:
    """The contents in both languages: one h1, a section per language with its own lang."""
    sections = []
    for language, label in LANGUAGES.items():
        title, intro = INDEX_TEXT[language]
        if kind:
            title = f"{title}: {kind[language]}"
        items = "\n".join(
            f'<li><a href="{p.relative_to(out).as_posix()}">{html.escape(_title(p))}</a></li>'
            for p in pages if p.parent.name == language
        )
        name, page = ACCESSIBILITY[language]
        sections.append(f'<section lang="{language}"><h2>{html.escape(title)} ({label})</h2>'
                        f"<p>{intro}</p><ol>{items}</ol>"
                        f'<p><a href="{page}">{name}</a></p></section>')
    heading = "Data är guld" + (f" – {kind['sv'].lower()} / {kind['en'].lower()}" if kind else "")
    index = out / "index.html"
    index.write_text(_page("sv", heading, f"<h1>{html.escape(heading)}</h1>" + "\n".join(sections)),
                     encoding="utf-8")
    _write_statements(out)
    return index


def _write_statements(out: Path) -> None:
    """The accessibility statement (docs/) as a page of the edition, in both languages."""
    import mistune

    for language, source in STATEMENTS.items():
        text = source.read_text(encoding="utf-8")
        title = text.splitlines()[0].lstrip("# ").strip()
        body = mistune.html(text)
        body = re.sub(r'href="(tillganglighet|accessibility)\.md"', r'href="\1.html"', body)
        (out / ACCESSIBILITY[language][1]).write_text(_page(language, title, body), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("edition", choices=["slides", "html"])
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    build = build_slides if args.edition == "slides" else build_html
    out = args.out or ROOT / "build" / args.edition
    pages = build(out)
    print(f"{len(pages)} pages in {out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
