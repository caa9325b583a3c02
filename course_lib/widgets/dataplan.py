"""The data-plan form: one tab per stage of the customer journey, Save, Picture and Export.

The form only reads its controls and calls :mod:`course_lib.dataplan`; everything it shows
can be had from Python too (``form.plan``, ``form.review()``). When it is created it reads the
saved plan, so after a kernel restart the form comes back filled in.
"""

from __future__ import annotations

import html

import ipywidgets as w

from .. import catalog, dataplan
from ..core.answers import markdown_to_html
from ..core.errors import CourseError
from ..core.i18n import messages, pick

msg = messages(
    {
        "save": {"sv": "Spara", "en": "Save"},
        "picture": {"sv": "Visa bilden", "en": "Show the picture"},
        "export": {"sv": "Exportera", "en": "Export"},
        "intro": {
            "sv": "Fyll i namnet på din organisation och de tre faktorer du vill segmentera på. "
            "Gå sedan igenom kundresans fyra steg, en flik i taget. Håll ned Ctrl (⌘ på Mac) "
            "för att välja flera datapunkter.",
            "en": "Fill in your organisation's name and the three factors you want to segment "
            "on. Then go through the four stages of the customer journey, one tab at a time. "
            "Hold down Ctrl (⌘ on a Mac) to choose several data points.",
        },
        "loaded": {
            "sv": "Din sparade plan för {organisation} är inläst.",
            "en": "Your saved plan for {organisation} has been loaded.",
        },
        "empty": {
            "sv": "Ingen sparad plan än. Fyll i formuläret och tryck på **Spara**.",
            "en": "No saved plan yet. Fill in the form and press **Save**.",
        },
        "saved": {
            "sv": "✅ **Sparat** i `{file}`. Planen finns kvar när du startar om kärnan.",
            "en": "✅ **Saved** in `{file}`. The plan stays when you restart the kernel.",
        },
        "exported": {
            "sv": "📄 **Exporterat:** {files}. Öppna HTML-filen i webbläsaren; därifrån kan du "
            "också skriva ut den som PDF.",
            "en": "📄 **Exported:** {files}. Open the HTML file in your browser; from there you "
            "can also print it as a PDF.",
        },
        "complete": {
            "sv": "Planen täcker hela kundresan.",
            "en": "The plan covers the whole customer journey.",
        },
        "missing": {"sv": "**Det här saknas än:**", "en": "**Still missing:**"},
        "problem": {"sv": "⚠️ **Något behöver rättas:**", "en": "⚠️ **Something needs fixing:**"},
        "placeholder_collection": {
            "sv": "Välj ett förslag eller skriv eget",
            "en": "Pick a suggestion or write your own",
        },
        "placeholder_storage": {
            "sv": "Till exempel CRM-system; e-postverktyg",
            "en": "For example CRM; email tool",
        },
        "placeholder_segment": {
            "sv": "Vilka vill ni nå i det här steget?",
            "en": "Whom do you want to reach at this stage?",
        },
        "placeholder_message": {
            "sv": "Vad vill ni säga till dem?",
            "en": "What do you want to tell them?",
        },
        "placeholder_other_data": {
            "sv": "Data som inte finns i listan",
            "en": "Data that is not in the list",
        },
    },
    __name__,
)

_STYLE = {"description_width": "17em"}  # whole: "Tre faktorer att segmentera på"
_WIDE = w.Layout(width="49em")


def _data_point_options() -> list[tuple[str, str]]:
    return [(dp.name(), dp.key) for dp in catalog.data_points()]


class DataPlanForm(w.VBox):
    """The form. ``form.plan`` is the plan as filled in; ``form.review()`` says what is missing."""

    def __init__(self, start_from: dataplan.DataPlan | None = None, **kwargs):
        label = dataplan.msg
        self.organisation = w.Text(description=label("field_organisation"), style=_STYLE,
                                   layout=_WIDE, placeholder="Fjällgården")
        self.factors = w.SelectMultiple(options=_data_point_options(), rows=6, style=_STYLE,
                                        description=label("field_factors"), layout=_WIDE)
        self.stage_controls: dict[str, dict[str, w.Widget]] = {}
        pages = []
        for stage in dataplan.STAGES:
            controls = {
                "data_points": w.SelectMultiple(options=_data_point_options(), rows=6),
                "other_data": w.Text(placeholder=msg("placeholder_other_data")),
                "sources": w.SelectMultiple(
                    options=[(s.name(), s.key) for s in catalog.source_types()], rows=3),
                "collection": w.Combobox(options=dataplan.collection_suggestions(),
                                         placeholder=msg("placeholder_collection")),
                "storage": w.Combobox(options=dataplan.storage_suggestions(),
                                      placeholder=msg("placeholder_storage")),
                "segment": w.Text(placeholder=msg("placeholder_segment")),
                "message": w.Text(placeholder=msg("placeholder_message")),
            }
            for name, control in controls.items():
                control.description = label(f"field_{name}")
                control.style = _STYLE
                control.layout = w.Layout(width="49em")
            self.stage_controls[stage] = controls
            description = w.HTML(f"<i>{html.escape(pick(dataplan.STAGE_DESCRIPTIONS[stage]))}</i>")
            pages.append(w.VBox([description, *controls.values()]))
        self.tabs = w.Tab(children=pages, titles=[dataplan.stage_name(s) for s in dataplan.STAGES])
        self.save_button = w.Button(description=msg("save"), button_style="primary")
        self.picture_button = w.Button(description=msg("picture"))
        self.export_button = w.Button(description=msg("export"))
        self.status = w.HTML()
        self.picture = w.Image(format="png", layout=w.Layout(max_width="100%", display="none"))
        self.save_button.on_click(lambda _: self.save())
        self.picture_button.on_click(lambda _: self.show_picture())
        self.export_button.on_click(lambda _: self.export())

        loaded = dataplan.load_plan()
        notes = [loaded.notice] if loaded.notice else []
        if loaded.plan is not None:
            self.fill(loaded.plan)
            notes.append(msg("loaded", organisation=loaded.plan.organisation))
        else:
            if start_from is not None:
                self.fill(start_from)
            notes.append(msg("empty"))
        self._show(*notes)
        super().__init__([w.HTML(markdown_to_html(msg("intro"))), self.organisation, self.factors,
                          self.tabs, w.HBox([self.save_button, self.picture_button,
                                             self.export_button]),
                          self.status, self.picture], **kwargs)

    # -- reading and writing the controls ----------------------------------------------
    @property
    def plan(self) -> dataplan.DataPlan:
        """The plan as filled in. Raises a CourseError (shown as one friendly line) if invalid."""
        stages = {}
        for stage, controls in self.stage_controls.items():
            stages[stage] = dataplan.StagePlan(**{name: c.value for name, c in controls.items()})
        return dataplan.DataPlan(self.organisation.value, factors=self.factors.value, stages=stages)

    def fill(self, plan: dataplan.DataPlan) -> None:
        """Put a plan into the controls."""
        self.organisation.value = plan.organisation
        self.factors.value = tuple(plan.factors)
        for stage, controls in self.stage_controls.items():
            for name, value in plan.stages[stage].to_dict().items():
                controls[name].value = tuple(value) if isinstance(value, list) else value

    # -- the buttons -------------------------------------------------------------------
    def _show(self, *parts: str) -> None:
        self.status_parts = [p for p in parts if p]
        self.status.value = markdown_to_html("\n".join(self.status_parts))

    def _problem(self, error: CourseError) -> None:
        self._show(msg("problem") + " " + error.message, error.hint or "")

    def _gaps(self, plan: dataplan.DataPlan) -> str:
        gaps = dataplan.plan_gaps(plan)
        if not gaps:
            return msg("complete")
        return "\n".join([msg("missing"), *(f"• {g}" for g in gaps)])

    def save(self) -> dataplan.DataPlan | None:
        try:
            plan = self.plan
        except CourseError as error:
            self._problem(error)
            return None
        path = dataplan.save_plan(plan)
        self._show(msg("saved", file=f"{path.parent.name}/{path.name}"), self._gaps(plan),
                   *dataplan.gdpr_notes(plan))
        return plan

    def show_picture(self) -> None:
        try:
            plan = self.plan
        except CourseError as error:
            self._problem(error)
            return
        self.picture.value = dataplan.ecosystem_png(plan)
        self.picture.layout.display = "block"

    def export(self) -> dict | None:
        plan = self.save()
        if plan is None:
            return None
        paths = dataplan.export_plan(plan)
        files = ", ".join(f"`{p.parent.name}/{p.name}`" for p in paths.values())
        self._show(*self.status_parts, msg("exported", files=files))
        return paths

    def status_text(self) -> str:
        """What the status line says, as Markdown text."""
        return "\n".join(self.status_parts)

    def review(self):
        """What the plan still lacks, as Markdown. Never raises: problems become feedback."""
        from ..core.exercises import Feedback

        try:
            plan = self.plan
        except CourseError as error:
            return Feedback("invalid", msg("problem") + " " + str(error))
        return Feedback("info", self._gaps(plan).replace("\n", "\n\n"))


def plan_form(start_from: dataplan.DataPlan | None = None) -> DataPlanForm:
    """The data-plan form, filled in with the saved plan (or ``start_from`` if none is saved)."""
    return DataPlanForm(start_from)
