"""A widget said in static HTML: what a reader of the slides or the reading site sees instead.

Widgets need a running kernel, so the static editions cannot show them. The notebook display
(core/notebook_display.py) stores this description beside each widget, under a mime type
JupyterLab ignores (:data:`MIME`); tools/build_editions.py shows it with a caption. It is the
widget's first state: its pictures (with their alt text), its texts and tables, and each
control with its label, its choices and what is chosen.
"""

from __future__ import annotations

import html

from .i18n import messages

MIME = "text/vnd.course.static+html"

msg = messages(
    {
        "button": {"sv": "knapp", "en": "button"},
        "choices": {"sv": "val: {options}", "en": "choices: {options}"},
        "chosen": {"sv": "valt: {value}", "en": "chosen: {value}"},
        "nothing": {"sv": "inget", "en": "nothing"},
        "range": {"sv": "reglage från {low} till {high}, nu {value}",
                  "en": "slider from {low} to {high}, now {value}"},
        "text": {"sv": "textfält", "en": "text box"},
        "checkbox": {"sv": "kryssruta, {state}", "en": "checkbox, {state}"},
        "on": {"sv": "ikryssad", "en": "ticked"},
        "off": {"sv": "inte ikryssad", "en": "not ticked"},
        "picture": {"sv": "Bild", "en": "Picture"},
    },
    __name__,
)

_MAX_OPTIONS = 12  # a long list is cut: the point is what kind of control it is


def _label(widget) -> str:
    return str(getattr(widget, "description", "") or getattr(widget, "tooltip", "") or "").strip()


def _options(widget) -> list[str]:
    labels = [str(o) for o in getattr(widget, "_options_labels", ())]
    return labels[:_MAX_OPTIONS] + (["…"] if len(labels) > _MAX_OPTIONS else [])


def _shown(value) -> str:
    if isinstance(value, tuple | list):
        return ", ".join(str(v) for v in value) or msg("nothing")
    return str(value) if value not in (None, "") else msg("nothing")


def _control(widget) -> str | None:
    """One control in words, or None if it is not a control."""
    import ipywidgets as w

    name = type(widget).__name__
    if isinstance(widget, w.Button):
        return f"{msg('button')}: {widget.description or widget.tooltip or widget.icon}"
    if hasattr(widget, "_options_labels"):  # lists, radio buttons, toggles, selection sliders
        chosen = getattr(widget, "label", None)
        return "; ".join([msg("choices", options=", ".join(_options(widget))),
                          msg("chosen", value=_shown(chosen))])
    if isinstance(widget, w.Checkbox | w.ToggleButton):
        return msg("checkbox", state=msg("on" if widget.value else "off"))
    if hasattr(widget, "min") and hasattr(widget, "max") and hasattr(widget, "value"):
        return msg("range", low=widget.min, high=widget.max, value=_shown(widget.value))
    if isinstance(widget, w.Text | w.Textarea):
        return f"{msg('text')}: {_shown(widget.value)}"
    if name.endswith("Picker"):
        return _shown(widget.value)
    return None


def _picture(widget) -> str:
    import base64

    from .plotting import alt_for_png

    data = bytes(widget.value or b"")
    if not data:
        return ""
    alt = alt_for_png(data) or msg("picture")
    kind = widget.format if widget.format in ("png", "jpeg", "gif") else "png"
    src = f"data:image/{kind};base64,{base64.b64encode(data).decode('ascii')}"
    return f'<img alt="{html.escape(alt)}" src="{src}">'


def describe(widget) -> str:
    """The widget and everything in it as static HTML (no scripts, no form elements).

    A widget may say itself: a callable ``course_static`` attribute returns its description
    (the campaign lab adds an example result to its controls)."""
    import ipywidgets as w

    custom = getattr(widget, "course_static", None)
    if callable(custom):
        return custom()

    if isinstance(widget, w.Image):
        return _picture(widget)
    if isinstance(widget, w.HTML | w.HTMLMath):
        return f"<div>{widget.value}</div>" if widget.value else ""
    if isinstance(widget, w.Label):
        return f"<p>{html.escape(widget.value)}</p>" if widget.value else ""
    if isinstance(widget, w.Box):
        titles = list(getattr(widget, "titles", ()) or ())
        parts = []
        for i, child in enumerate(widget.children):
            inner = describe(child)
            title = titles[i] if i < len(titles) else ""
            if inner and title:
                inner = f"<p><strong>{html.escape(str(title))}</strong></p>{inner}"
            parts.append(inner)
        body = "".join(p for p in parts if p)
        return f"<div>{body}</div>" if body else ""
    said = _control(widget)
    if said is None:
        return ""
    label = _label(widget) if not isinstance(widget, w.Button) else ""
    head = f"<strong>{html.escape(label)}</strong>: " if label else ""
    return f'<p class="course-control">{head}{html.escape(said)}</p>'
