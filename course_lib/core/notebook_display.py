"""How a notebook shows the library's pictures: the PNG together with its alt text.

IPython's inline backend turns a matplotlib Figure into a bare PNG, and the sentence the
library made from the data (``fig.course_alt``, see :func:`plotting.finish`) would be lost.
:func:`install` registers a printer on IPython's mime-bundle formatter, which IPython asks
before the per-type formatters and which the inline backend leaves alone when pyplot starts
(it resets only the per-type ones). A figure is shown as::

    data     = {"image/png": <base64 PNG>, "text/plain": <alt text>}
    metadata = {"image/png": {"alt": <alt text>}}

so the alt text is stored in the .ipynb. Who reads it: our nbconvert templates
(``tools/slides/*.j2``) put it on the ``<img>`` of the slides, the reading site and Voilà;
``text/plain`` is what a terminal, nbval and a diff see, instead of ``<Figure size … >``.
JupyterLab 4.6 reads only width, height and unconfined from image metadata, so inside
JupyterLab a screen reader does not hear it (see docs/accessibility.md).

Widgets get a static description beside their live view (core/widget_text.py), for the
editions that have no kernel.
"""

from __future__ import annotations

from .i18n import get_language
from .plotting import alt_text, fallback_alt


def figure_bundle(fig) -> tuple[dict, dict]:
    """The figure as IPython's (data, metadata): a PNG and its alt text."""
    from IPython.core.pylabtools import print_figure

    alt = alt_text(fig) or fallback_alt(fig, get_language())
    # The inline backend's own settings (bbox_inches="tight", the figure's dpi): same PNG.
    png = print_figure(fig, fmt="png", bbox_inches="tight", base64=True)
    return {"image/png": png, "text/plain": alt}, {"image/png": {"alt": alt}}


def figure_html(fig):
    """The figure as an HTML ``<img>`` with its alt text, for pages that render outputs with
    their own templates and drop image metadata (Voilà: the presenter view)."""
    import base64
    import html

    from IPython.display import HTML

    from .plotting import figure_png

    alt = alt_text(fig) or fallback_alt(fig, get_language())
    png = base64.b64encode(figure_png(fig, dpi=100)).decode("ascii")
    return HTML(f'<img alt="{html.escape(alt)}" src="data:image/png;base64,{png}" '
                'style="max-width:100%;height:auto">')


def widget_bundle(widget):
    """A widget's own bundle plus its static description (JupyterLab ignores the extra type)."""
    from .widget_text import MIME, describe

    bundle = widget._repr_mimebundle_()
    data, metadata = bundle if isinstance(bundle, tuple) else (bundle or {}, {})
    try:
        static = describe(widget)
    except Exception:  # the description is a bonus: it must never cost the learner the widget
        static = ""
    if static and data:
        data = {**data, MIME: static}
    return data, metadata


def in_kernel() -> bool:
    """True inside a running Jupyter kernel (a page shows what is displayed; a script has none)."""
    try:
        from IPython import get_ipython
    except ImportError:
        return False
    return getattr(get_ipython(), "kernel", None) is not None


def install(shell=None) -> bool:
    """Show every matplotlib Figure with its alt text from now on; False outside IPython."""
    if shell is None:
        try:
            from IPython import get_ipython
        except ImportError:
            return False
        shell = get_ipython()
    if shell is None or not hasattr(shell, "display_formatter"):
        return False
    # By name, so matplotlib is imported only when a figure is shown.
    bundles = shell.display_formatter.mimebundle_formatter
    bundles.for_type_by_name("matplotlib.figure", "Figure", figure_bundle)
    bundles.for_type_by_name("ipywidgets.widgets.widget", "Widget", widget_bundle)
    return True
