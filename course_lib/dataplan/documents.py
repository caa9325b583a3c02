"""The plan as documents to take away: Markdown with its picture, and self-contained HTML."""

from __future__ import annotations

import base64
import html
from pathlib import Path

from ..core.errors import CourseError
from ..core.i18n import get_language, pick
from ..core.paths import work_dir
from .picture import ecosystem_alt, ecosystem_png
from .plan import (
    STAGE_COLOURS,
    STAGE_DESCRIPTIONS,
    STAGES,
    DataPlan,
    gdpr_notes,
    msg,
    names_of,
    plan_gaps,
    plan_to_markdown,
    stage_name,
    stage_rows,
    test_rows,
)

EXPORT_STEM = "dataplan"


_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:60rem;margin:2rem auto;
padding:0 1rem;color:#222;line-height:1.45}
h1{margin-bottom:.2rem}img{max-width:100%;height:auto;border:1px solid #ddd}
section.stage{border-left:.5rem solid var(--c);padding:.2rem 1rem;margin:1rem 0;background:#fafafa}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:600}dd{margin:0}
.empty{color:#888;font-style:italic}
""".strip()


def plan_to_html(plan: DataPlan, language: str | None = None, picture: bool = True) -> str:
    """The plan as one self-contained HTML page, with the ecosystem picture embedded as PNG."""
    lang = language or get_language()
    t = lambda key, **kw: msg(key, lang, **kw)  # noqa: E731
    e = html.escape
    empty = t("not_filled")
    title = t("doc_title", organisation=plan.organisation)
    out = ["<!DOCTYPE html>", f'<html lang="{lang}">', "<head>", '<meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f"<title>{e(title)}</title>", f"<style>{_CSS}</style>", "</head>", "<body>",
           f"<h1>{e(title)}</h1>", f"<p>{e(t('doc_intro'))}</p>",
           f"<p><strong>{e(t('field_factors'))}:</strong> "
           f"{e(names_of(plan.factors, lang) or empty)}</p>"]
    if picture:
        png = base64.b64encode(ecosystem_png(plan, lang)).decode("ascii")
        alt = ecosystem_alt(plan, lang)
        out += [f"<h2>{e(t('doc_ecosystem'))}</h2>",
                f'<img alt="{e(alt)}" src="data:image/png;base64,{png}">']
    out.append(f"<h2>{e(t('doc_journey'))}</h2>")
    for key in STAGES:
        out += [f'<section class="stage" style="--c:{STAGE_COLOURS[key]}">',
                f"<h3>{e(stage_name(key, lang))}</h3>",
                f"<p><em>{e(pick(STAGE_DESCRIPTIONS[key], lang))}</em></p>", "<dl>"]
        for label, value in stage_rows(plan.stages[key], lang):
            cls = ' class="empty"' if value == empty else ""
            out.append(f"<dt>{e(label)}</dt><dd{cls}>{e(value)}</dd>")
        out += ["</dl>", "</section>"]
    if plan.test.filled:
        out += [f"<h2>{e(t('doc_test'))}</h2>", "<dl>",
                *(f"<dt>{e(label)}</dt><dd>{e(value)}</dd>"
                  for label, value in test_rows(plan.test, lang)), "</dl>"]
    for heading, items in ((t("doc_notes"), gdpr_notes(plan, lang)),
                           (t("doc_gaps"), plan_gaps(plan, lang))):
        if items:
            out += [f"<h2>{e(heading)}</h2>", "<ul>", *(f"<li>{e(i)}</li>" for i in items), "</ul>"]
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"


def export_plan(plan: DataPlan, folder: Path | None = None) -> dict[str, Path]:
    """Write the plan as Markdown (with the picture beside it) and as self-contained HTML.

    Returns the paths by kind: ``{"markdown": …, "html": …, "picture": …}``.
    """
    if not isinstance(plan, DataPlan):
        raise CourseError(msg("bad_shape"), hint=msg("bad_shape_hint"))
    folder = Path(folder) if folder else work_dir()
    folder.mkdir(parents=True, exist_ok=True)
    paths = {"markdown": folder / f"{EXPORT_STEM}.md", "html": folder / f"{EXPORT_STEM}.html",
             "picture": folder / f"{EXPORT_STEM}.png"}
    paths["picture"].write_bytes(ecosystem_png(plan))
    paths["markdown"].write_text(plan_to_markdown(plan, image=paths["picture"].name), encoding="utf-8")
    paths["html"].write_text(plan_to_html(plan), encoding="utf-8")
    return paths
