"""The presenter view's look: large type and high contrast, readable from the back of a lecture
hall, with a switch back to normal size (tools/presenter.py shows it first on the page).

The switch marks itself with the class ``cl-large-on``; the stylesheet applies to the whole page
while such an element exists (CSS ``:has``), so no script is needed.
"""

from __future__ import annotations

from ..core.i18n import messages

msg = messages(
    {
        "size": {"sv": "Textstorlek", "en": "Text size"},
        "normal": {"sv": "Normal", "en": "Normal"},
        "large": {"sv": "Stor", "en": "Large"},
    },
    __name__,
)

LARGE = "cl-large-on"
ON = f"body:has(.{LARGE})"

# Widget text is 13 px by default; 22 px reads from about 15 m on a projected 1280 px page.
# Black on white and thick outlines: a projector washes out greys and thin lines.
STYLE = f"""<style>
.cl-text-size {{ justify-content: flex-end; }}
{ON} {{
  --jp-widgets-font-size: 22px; --jp-widgets-inline-height: 40px;
  --jp-widgets-inline-label-width: 12em; --jp-widgets-inline-width: 100%;
  --jp-content-font-size1: 22px; --jp-ui-font-size1: 22px; --jp-ui-font-size2: 20px;
  --jp-content-font-color0: #000; --jp-content-font-color1: #000; --jp-ui-font-color1: #000;
  --jp-widgets-color: #000; --jp-widgets-label-color: #000; --jp-widgets-readout-color: #000;
  --jp-widgets-input-color: #000; --jp-widgets-input-border-color: #222;
  --jp-widgets-input-border-width: 2px; --jp-layout-color0: #fff; --jp-layout-color1: #fff;
  color: #000; background: #fff;
}}
{ON} .jp-RenderedHTMLCommon, {ON} .widget-html-content, {ON} .jp-RenderedMarkdown p {{
  font-size: 22px; line-height: 1.45; color: #000; }}
{ON} .jp-RenderedHTMLCommon h1 {{ font-size: 46px; }}
{ON} .jp-RenderedHTMLCommon h2 {{ font-size: 36px; }}
{ON} .cl-builder h3.cl-h, {ON} .cl-lab h3.cl-h, {ON} .cl-lab h4 {{ font-size: 26px; }}
{ON} .cl-lab td, {ON} .cl-lab th, {ON} .cl-lab li {{ font-size: 22px; }}
{ON} .cl-lab .widget-radio-box label, {ON} .cl-lab .widget-checkbox label {{ font-size: 22px; }}
{ON} select, {ON} input, {ON} button, {ON} .widget-label, {ON} .widget-readout {{
  font-size: 22px; color: #000; }}
{ON} .widget-select select {{ line-height: 1.5; }}
{ON} input[type="radio"], {ON} input[type="checkbox"] {{ width: 22px; height: 22px; }}
{ON} .noUi-target {{ height: 12px; border: 1px solid #222; }}
{ON} .noUi-handle {{ width: 30px !important; height: 30px !important; top: -10px !important;
  right: -15px !important; border: 2px solid #000; }}
{ON} .cl-builder .cl-sticky {{ border-bottom: 3px solid #000; }}
{ON} .cl-builder .cl-grid .widget-readout {{ min-width: 4.5em; }}
{ON} :focus-visible, {ON} .noUi-handle:focus {{ outline: 4px solid #000 !important;
  outline-offset: 3px; box-shadow: 0 0 0 7px #FFD700 !important; }}
</style>"""


def text_size(large: bool = True):
    """The switch between normal and large type (large to start with), with its stylesheet.

    It sits at the top of the page, in the flow: a fixed position is not kept inside Voilà's
    output areas."""
    import ipywidgets as w

    switch = w.RadioButtons(options=[(msg("normal"), "normal"), (msg("large"), "large")],
                            value="large" if large else "normal", description=msg("size"),
                            orientation="horizontal", style={"description_width": "initial"},
                            layout=w.Layout(width="auto"))
    box = w.HBox([w.HTML(STYLE), switch])
    box.add_class("cl-text-size")

    def show(change=None):
        if switch.value == "large":
            box.add_class(LARGE)
        else:
            box.remove_class(LARGE)

    switch.observe(show, "value")
    show()
    box.switch = switch  # for tests and the notebook
    return box
