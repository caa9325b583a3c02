"""Thin widget layer: each widget reads its controls, calls one pure function, shows the result.

``from course_lib.widgets import campaign_lab`` gives the campaign lab's function (the module
of the same name is ``course_lib.widgets.campaign_lab`` in ``sys.modules``). ipywidgets itself
is loaded only when a widget is made.
"""

from .campaign_lab import CampaignLab, campaign_lab

__all__ = ["CampaignLab", "campaign_lab"]
