"""The data-plan form: one tab per stage of the customer journey, a tab for a test to run
(notebook 08), Save, Picture and Export.

The form only reads its controls and calls :mod:`course_lib.dataplan`; everything it shows
can be had from Python too (``form.plan``, ``form.review()``). When it is created it reads the
saved plan, so after a kernel restart the form comes back filled in.
"""

from __future__ import annotations

import html

import ipywidgets as w

from .. import catalog, dataplan
from ..core.accessible import Picture, live, named
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
        "test_tab": {"sv": "Test", "en": "Test"},
        "test_intro": {
            "sv": "Ett test att göra (se notebook 08): en hypotes om en målgrupp, vad ni mäter, "
            "hur många mottagare varje grupp behöver, och när testet är gjort, vad det visade. "
            "Allt här är frivilligt.",
            "en": "A test to run (see notebook 08): a hypothesis about an audience, what you "
            "measure, how many recipients each group needs and, once the test is done, what it "
            "found. Everything here is optional.",
        },
        "compute": {"sv": "Räkna ut mottagare per grupp", "en": "Work out recipients per group"},
        "computed": {
            "sv": "Att se {baseline} % bli {target} % kräver {n} mottagare per grupp.",
            "en": "Seeing {baseline}% become {target}% needs {n} recipients per group.",
        },
        "rates_first": {
            "sv": "Fyll först i andelen i dag och andelen att upptäcka.",
            "en": "First fill in today's rate and the rate to detect.",
        },
        "placeholder_hypothesis": {
            "sv": "Om vi skickar … till … så ökar … jämfört med en kontrollgrupp, eftersom …",
            "en": "If we send … to … then … rises compared with a control group, because …",
        },
        "placeholder_finding": {
            "sv": "Till exempel: ingen skillnad vi kan lita på än (+1,3 procentenheter, 95 % "
            "intervall -1,6 till +4,0)",
            "en": "For example: no difference we can trust yet (+1.3 percentage points, 95% "
            "interval -1.6 to +4.0)",
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
        pages.append(self._test_page())
        self.tabs = w.Tab(children=pages, titles=[*(dataplan.stage_name(s) for s in dataplan.STAGES),
                                                  msg("test_tab")])
        self.save_button = w.Button(description=msg("save"), button_style="primary")
        self.picture_button = w.Button(description=msg("picture"))
        self.export_button = w.Button(description=msg("export"))
        self.status = live(w.HTML())  # saved, exported or a slip: read out (core/accessible.py)
        self._picture = Picture(display="none")  # the ecosystem picture, with its alt text
        self.picture = self._picture.image
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
                          self.status, self._picture.box], **kwargs)
        named(self)

    def _test_page(self) -> w.VBox:
        """The test tab: hypothesis, audience, metric, the two rates, recipients per group
        (worked out by a button), and what the test found."""
        label = dataplan.msg
        self.test_controls = {
            "hypothesis": w.Textarea(placeholder=msg("placeholder_hypothesis"), rows=2),
            "audience": w.Text(placeholder=msg("placeholder_segment")),
            "metric": w.Combobox(options=dataplan.metric_suggestions(),
                                 placeholder=msg("placeholder_collection")),
            "baseline": w.BoundedFloatText(min=0, max=99.9, step=0.1),
            "target": w.BoundedFloatText(min=0, max=99.9, step=0.1),
            "sample_size": w.BoundedIntText(min=0, max=10**9),
            "finding": w.Textarea(placeholder=msg("placeholder_finding"), rows=2),
        }
        for name, control in self.test_controls.items():
            control.description = label(f"field_{name}")
            control.style = _STYLE
            control.layout = w.Layout(width="49em" if name not in ("baseline", "target",
                                                                   "sample_size") else "26em")
        self.compute_button = w.Button(description=msg("compute"))
        self.compute_button.on_click(lambda _: self.compute_sample_size())
        controls = list(self.test_controls.values())
        return w.VBox([w.HTML(f"<i>{html.escape(msg('test_intro'))}</i>"), *controls[:5],
                       w.HBox([controls[5], self.compute_button]), controls[6]])

    # -- reading and writing the controls ----------------------------------------------
    @property
    def test_plan(self) -> dataplan.TestPlan:
        """The test tab as a TestPlan (a zero in a number field means not filled in)."""
        values = {name: c.value for name, c in self.test_controls.items()}
        for name in ("baseline", "target", "sample_size"):
            values[name] = values[name] or None
        return dataplan.TestPlan(**values)

    @property
    def plan(self) -> dataplan.DataPlan:
        """The plan as filled in. Raises a CourseError (shown as one friendly line) if invalid."""
        stages = {}
        for stage, controls in self.stage_controls.items():
            stages[stage] = dataplan.StagePlan(**{name: c.value for name, c in controls.items()})
        return dataplan.DataPlan(self.organisation.value, factors=self.factors.value, stages=stages,
                                 test=self.test_plan)

    def fill(self, plan: dataplan.DataPlan) -> None:
        """Put a plan into the controls."""
        self.organisation.value = plan.organisation
        self.factors.value = tuple(plan.factors)
        for stage, controls in self.stage_controls.items():
            for name, value in plan.stages[stage].to_dict().items():
                controls[name].value = tuple(value) if isinstance(value, list) else value
        for name, value in plan.test.to_dict().items():
            self.test_controls[name].value = value if value is not None else (
                "" if name in dataplan.TEST_TEXT_FIELDS else 0)

    def compute_sample_size(self) -> int | None:
        """Fill in recipients per group from the two rates (``campaigns.sample_size``)."""
        from ..core.i18n import number

        try:
            test = self.test_plan
            needed = test.needed()
        except CourseError as error:
            self._problem(error)
            return None
        if needed is None:
            self._show(msg("rates_first"))
            return None
        self.test_controls["sample_size"].value = needed
        self._show(msg("computed", baseline=number(test.baseline, 1),
                       target=number(test.target, 1), n=number(needed)))
        return needed

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
        self._picture.show_figure(dataplan.ecosystem_map(plan), dpi=100)
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
