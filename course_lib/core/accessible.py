"""What ipywidgets leaves unnamed, named in the browser: slider handles, readouts and pictures.

ipywidgets ties a control's ``description`` to lists, dropdowns, text fields, checkboxes and
buttons with a ``<label for>``, so those get their accessible name from it. A slider's handles
are ``<div role="slider">`` elements, which a label cannot name, and an ``Image`` has no alt
text. :func:`names_script` is a small script, shown once beside a widget, that gives every
slider handle inside an element with the class ``cl-named`` the name of its own description
(plus "lowest"/"highest" for the two handles of a range), says a selection slider's values
in words (``aria-valuetext``), names a group of radio buttons (and a ``cl-group`` box of
checkboxes, by its heading), makes every ``cl-live`` element a polite live region (a screen
reader reads its new text, e.g. a campaign's result), and gives the picture in a
``cl-picture`` box the text of the hidden ``cl-alt`` element beside it as its alt text. It
watches the page, so controls drawn later (new factors, undo) are named too.

Every notebook shows the script once, from its first cell (``course_lib.start()``); the segment
builder and the campaign lab show it again beside themselves, for pages without that cell.
A widget marks its box with :func:`named` and the area where its answer to a button or a
choice appears (checked, saved, an error) with :func:`live`: WCAG 2.1 AA, 4.1.3 Status messages.
"""

from __future__ import annotations

import json

from .i18n import messages

msg = messages(
    {
        "lowest": {"sv": "lägsta värde", "en": "lowest value"},
        "highest": {"sv": "högsta värde", "en": "highest value"},
        "typed": {"sv": "skriv värdet", "en": "type the value"},
    },
    __name__,
)

# Hidden from the eye, not from a screen reader (WebAIM's "visually hidden" pattern).
VISUALLY_HIDDEN = ("position:absolute!important;width:1px!important;height:1px!important;"
                   "margin:-1px!important;padding:0!important;overflow:hidden!important;"
                   "clip:rect(0 0 0 0)!important;white-space:nowrap!important;border:0!important")

_SCRIPT = """
(() => {
  const words = %(words)s;
  const nameOf = (slider) => {
    const label = slider.querySelector(':scope > label.widget-label');
    return label ? label.textContent.trim() : '';
  };
  const set = (element, attribute, value) => {
    if (value && element.getAttribute(attribute) !== value) element.setAttribute(attribute, value);
  };
  const label = () => {
    document.querySelectorAll('.cl-named .widget-slider').forEach((slider) => {
      const name = nameOf(slider);
      const handles = [...slider.querySelectorAll('.noUi-handle')];
      const readout = slider.querySelector('.widget-readout');
      // A selection slider's readout is "low-high" (or one value) in the learner's format;
      // its handles only know an index, so their values are said from the readout.
      const shown = readout ? readout.textContent.split(/\\s*[-–]\\s*/) : [];
      handles.forEach((handle, i) => {
        set(handle, 'aria-label', handles.length > 1
          ? `${name}, ${i ? words.highest : words.lowest}` : name);
        if (slider.classList.contains('cl-stops') && shown.length === handles.length) {
          set(handle, 'aria-valuetext', shown[i]);
        }
      });
      if (readout && slider.classList.contains('cl-stops')) {
        // Typing into a selection slider's readout changes nothing: no tab stop, no editing.
        if (readout.getAttribute('contenteditable') !== 'false') readout.contentEditable = 'false';
      } else if (readout && readout.isContentEditable) {
        set(readout, 'aria-label', `${name}, ${words.typed}`);
      }
    });
    // Radio buttons and a box of checkboxes are heard as one named group ("Kanal: e-post").
    document.querySelectorAll('.cl-named .widget-radio').forEach((radio) => {
      const box = radio.querySelector(':scope > .widget-radio-box');
      const name = nameOf(radio);
      if (box && name) { set(box, 'role', 'radiogroup'); set(box, 'aria-label', name); }
    });
    document.querySelectorAll('.cl-named .cl-group').forEach((group) => {
      const heading = group.querySelector('h3, h4');
      if (heading) { set(group, 'role', 'group'); set(group, 'aria-label', heading.textContent.trim()); }
    });
    // A result area that changes after a button press: a polite live region, read out whole.
    document.querySelectorAll('.cl-named .cl-live').forEach((region) => {
      set(region, 'role', 'status');
      set(region, 'aria-live', 'polite');
      set(region, 'aria-atomic', 'true');
    });
    document.querySelectorAll('.cl-named .cl-picture').forEach((box) => {
      const picture = box.querySelector('img');
      const alt = box.querySelector('.cl-alt');
      if (picture && alt) set(picture, 'alt', alt.textContent.trim());
    });
  };
  window.__courseNamesWords = words;
  if (window.__courseNames) { window.__courseNames(); return; }
  window.__courseNames = label;
  let queued = false;
  new MutationObserver(() => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => { queued = false; label(); });
  }).observe(document.body, {subtree: true, childList: true, characterData: true,
                             attributes: true, attributeFilter: ['aria-valuenow', 'src', 'contenteditable']});
  label();
})();
"""


class NamesScript:
    """Displayed beside a widget: runs the naming script in JupyterLab and Voilà (they run a
    trusted output's JavaScript). It has no text form, so a notebook file stores no clutter."""

    def __init__(self, language: str | None = None):
        self.language = language

    def _repr_mimebundle_(self, include=None, exclude=None):
        words = {key: msg(key, self.language) for key in ("lowest", "highest", "typed")}
        script = _SCRIPT % {"words": json.dumps(words, ensure_ascii=False)}
        # An empty text form: a notebook file and a terminal show nothing, not a bare repr.
        return {"application/javascript": script, "text/plain": ""}


def names_script(language: str | None = None) -> NamesScript:
    return NamesScript(language)


NAMED, LIVE = "cl-named", "cl-live"


def named(box):
    """``box`` (a widget) with its controls named and its live areas made live by the script."""
    box.add_class(NAMED)
    return box


def live(area):
    """``area`` (an HTML widget inside a :func:`named` box) as a polite live region: a screen
    reader reads its new text without the focus moving there."""
    area.add_class(LIVE)
    return area


class Picture:
    """An ipywidgets Image with alt text. An Image has no alt attribute (and a tooltip breaks
    its view in Voilà): the words sit beside it, hidden from the eye and from screen readers,
    and the naming script makes them the picture's alt text (a ``cl-picture`` box)."""

    def __init__(self, **layout):
        import ipywidgets as w

        self.image = w.Image(format="png", layout=w.Layout(max_width="100%", **layout))
        self.alt = w.HTML()
        self.box = w.VBox([self.image, self.alt], layout=w.Layout(max_width="100%"))
        self.box.add_class("cl-picture")

    def show(self, png: bytes, alt: str) -> None:
        """Show ``png`` (figure_png's bytes), said in words by ``alt``."""
        import html

        self.alt.value = (f'<span class="cl-alt" aria-hidden="true" style="{VISUALLY_HIDDEN}">'
                          f"{html.escape(alt)}</span>")
        self.image.value = png

    def show_figure(self, fig, dpi: int = 80) -> None:
        """Show a matplotlib figure, with the alt text :func:`plotting.finish` gave it."""
        from .i18n import get_language
        from .plotting import alt_text, fallback_alt, figure_png

        self.show(figure_png(fig, dpi), alt_text(fig) or fallback_alt(fig, get_language()))
