"""The segment builder: pick up to three factors, shape 4-5 segments, see sizes, overlaps,
profiles and warnings update as you go, then save and export.

The widget is thin: what a control means, what is kept when the factors change and what the
summary says are pure functions in :mod:`course_lib.segments.shaping`; every update is one
call to :func:`course_lib.segments.evaluate`. The sizes are shown first; the profile
pictures are drawn a moment later, off the kernel's main thread, so a slider answers at once.

The customers may also be a Parquet file or folder. Up to ``IN_MEMORY_UP_TO`` customers it is
read into pandas and the builder is the same as for a DataFrame. A bigger base stays in the
file ("warehouse mode"): every update is ``evaluate`` on the Parquet base, DuckDB counts
(sizes and profiles in one scan) while a progress bar shows how far it has come, and the
controls are those the same customers would get in pandas.
"""

from __future__ import annotations

import html
import os
import re
import threading
import time

from ..core import notebook_display
from ..core.accessible import VISUALLY_HIDDEN, Picture, live, named, names_script
from ..core.errors import CourseError
from ..core.i18n import get_language, messages, number, percent
from ..core.plotting import HATCHES, PALETTE
from ..labels import translate
from ..segments import Base, evaluate, warehouse
from ..segments import shaping as sh
from ..segments.evaluate import MAX_FACTORS, MAX_SEGMENTS
from ..segments.export import consent_column_of, export_audience, export_excel
from ..segments.rules import Segment
from ..segments.store import save_segments

# The most rows an Excel sheet holds: why a warehouse-size base is not offered as Excel.
EXCEL_ROWS = 1_048_576
# Pictures are redrawn this long (s) after the last change, unless another change comes first.
PICTURE_DELAY = 0.25
# Up to this many customers a slider updates while dragged; above, when it is let go.
DRAG_UPDATES_UP_TO = 200_000
# Up to this many customers a Parquet file is read into pandas (an update takes about 77 ms at
# a million); a bigger base stays in the file and DuckDB counts each update.
IN_MEMORY_UP_TO = 1_000_000

msg = messages(
    {
        "factor_n": {"sv": "Faktor {n}", "en": "Factor {n}"},
        "no_factor": {"sv": "(ingen)", "en": "(none)"},
        "count": {"sv": "Antal segment", "en": "Number of segments"},
        "undo": {"sv": "Ångra", "en": "Undo"},
        "undo_tip": {"sv": "Ångra den senaste ändringen", "en": "Undo the last change"},
        "undone": {"sv": "Den senaste ändringen är ångrad.", "en": "The last change is undone."},
        "name": {"sv": "Namn", "en": "Name"},
        "name_of": {"sv": "Namn, segment {n}", "en": "Name, segment {n}"},
        "control_of": {"sv": "{label}, segment {n}", "en": "{label}, segment {n}"},
        "chosen": {"sv": "Valt: {values}", "en": "Chosen: {values}"},
        "everyone": {"sv": "inget valt, alltså alla", "en": "nothing chosen, so everyone"},
        "fixed": {
            "sv": "Segment {n} är skrivet i kod och visas som det är: {rule}",
            "en": "Segment {n} is written in code and kept as it is: {rule}",
        },
        "sizes": {"sv": "Segmentens storlek", "en": "Size of the segments"},
        "overlap": {"sv": "Överlapp (antal kunder i båda)", "en": "Overlap (customers in both)"},
        "warnings": {"sv": "Varningar", "en": "Warnings"},
        "no_warnings": {"sv": "Inga varningar.", "en": "No warnings."},
        "profiles": {"sv": "Profiler", "en": "Profiles"},
        "numbers": {"sv": "Visa siffrorna (andel i procent)",
                    "en": "Show the numbers (share in percent)"},
        "save": {"sv": "Spara segmenten", "en": "Save the segments"},
        "export": {"sv": "Exportera segmenten", "en": "Export the segments"},
        "platform": {"sv": "Exportera till", "en": "Export to"},
        "saved": {"sv": "Sparat i {path}.", "en": "Saved to {path}."},
        "consent": {"sv": "Kolumn med samtycke till annonser",
                    "en": "Column with consent to ads"},
        "no_consent_column": {"sv": "(ingen samtyckeskolumn)", "en": "(no consent column)"},
        "counting": {"sv": "Räknar i datalagret", "en": "Counting in the warehouse"},
        "counted": {"sv": "{share} klart", "en": "{share} done"},
        "warehouse": {
            "sv": "Kundbasen har {n} kunder och läses inte in i minnet: DuckDB räknar om "
            "segmenten direkt i Parquet-formatet när du släpper ett reglage.",
            "en": "The customer base has {n} customers and is not read into memory: DuckDB "
            "counts the segments again, straight from the Parquet data, when you let go of a "
            "slider.",
        },
        "no_excel": {
            "sv": "Excel finns inte med här: en Excel-fil rymmer högst {rows} rader. Exportera "
            "till Meta eller Google, som får pseudonymiserade (hashade) kundlistor.",
            "en": "Excel is not offered here: an Excel file holds at most {rows} rows. Export "
            "to Meta or Google, which get pseudonymised (hashed) customer lists.",
        },
        "not_parquet": {
            "sv": "{path} är ingen Parquet-fil. Läs in en CSV- eller Excel-fil med "
            "load_customer_file(...) och ge segmentbyggaren tabellen.",
            "en": "{path} is not a Parquet file. Read a CSV or Excel file with "
            "load_customer_file(...) and give the segment builder the table.",
        },
    },
    __name__,
)


class SegmentBuilder:
    """``SegmentBuilder(customers)``: the interactive builder. Show it by leaving it last in a cell.

    ``customers`` is a DataFrame, or the path of a Parquet file or folder (or a
    ``ParquetBase``); above ``IN_MEMORY_UP_TO`` customers the builder counts in DuckDB
    (``builder.warehouse`` is then True).

    ``builder.segments``, ``builder.result`` and ``builder.factors`` give back what the learner
    built, so the notebook can continue from it.
    """

    def __init__(self, customers, factors=None, segments=None, mapping=None, today=None):
        import ipywidgets as w  # loaded here: importing course_lib stays fast

        self._w = w
        self.language = get_language()
        self.mapping = dict(mapping or {})
        self._base = open_customers(customers, today)
        self.warehouse = isinstance(self._base, warehouse.ParquetBase)
        self._available = sh.usable_factors(self._base, self.mapping)
        self._labels = sh.factor_labels(self._available, self.mapping)
        start = [f for f in dict.fromkeys(factors or []) if f in self._available][:MAX_FACTORS]
        start = start or sh.default_factors(self._base, self._available, self.mapping)
        slots = tuple(start) + (None,) * (MAX_FACTORS - len(start))
        self._specs: dict[str, sh.Factor] = {}  # the controls' factors, as now shown
        self._fixed: set[int] = set()
        self._result = None
        self._updating = False
        self._history = sh.History()
        self._last_key = None  # the control changed last: one drag is one step to undo
        self._painter = _Painter(self._paint, live=notebook_display.in_kernel())

        if segments:
            given = list(segments)[:MAX_SEGMENTS]
            count = len(given)
            spare = sh.default_segments(self._base, None, MAX_SEGMENTS, self.language)
            segments = given + spare[len(given):]
        else:
            count = 4
            first = self._spec(start[0]) if start else None
            segments = sh.default_segments(self._base, first, count, self.language)
        self._state = sh.State(slots, count, tuple(segments))

        options = [(msg("no_factor"), None)] + [(self._labels[c], c) for c in self._available]
        self.factor_pickers = [
            w.Dropdown(options=options, value=slots[i], description=msg("factor_n", n=i + 1),
                       style={"description_width": "initial"}, layout=w.Layout(width="auto"))
            for i in range(MAX_FACTORS)
        ]
        self.count = w.Dropdown(options=list(range(1, MAX_SEGMENTS + 1)), value=count,
                                description=msg("count"), style={"description_width": "initial"},
                                layout=w.Layout(width="auto"))
        # No icons on buttons: their glyph becomes part of the button's accessible name.
        self.undo_button = w.Button(description=msg("undo"), tooltip=msg("undo_tip"),
                                    disabled=True, layout=w.Layout(width="auto"))
        self.names = [w.Text(description=msg("name_of", n=i + 1), continuous_update=False,
                             layout=w.Layout(width="auto"))
                      for i in range(MAX_SEGMENTS)]
        for name in self.names:
            name.add_class("cl-cell")
        self.controls: list[dict[str, object]] = [{} for _ in range(MAX_SEGMENTS)]
        self._chosen: list[dict[str, object]] = [{} for _ in range(MAX_SEGMENTS)]
        self._notes = [w.HTML(layout=w.Layout(grid_column="1 / -1", display="none"))
                       for _ in range(MAX_SEGMENTS)]
        self.grid = w.VBox()
        self.grid.add_class("cl-grid")
        self.summary_html = w.HTML()
        self.summary_html.add_class("cl-summary")
        # Saved, undone, exported or a slip: said aloud without moving the focus (core/accessible).
        self.status = live(w.HTML())
        self.overlap_html = w.HTML()
        self.warnings_html = live(w.HTML())
        self._picture = Picture()  # an Image with its alt text (core/accessible.py)
        self.profile_image, self.alt_html = self._picture.image, self._picture.alt
        picture = self._picture.box
        # A checkbox, not an Accordion: ipywidgets' accordion header cannot be reached by Tab.
        self.numbers_html = w.HTML(layout=w.Layout(display="none"))
        self.show_numbers = w.Checkbox(description=msg("numbers"), indent=False,
                                       layout=w.Layout(width="auto"))
        self.show_numbers.observe(self._on_numbers, "value")
        self.numbers = w.VBox([self.show_numbers, self.numbers_html],
                              layout=w.Layout(max_width="100%"))
        self.save_button = w.Button(description=msg("save"), layout=w.Layout(width="auto"))
        platforms = [("Meta", "meta"), ("Google", "google")]
        if not self.warehouse:  # an Excel sheet cannot hold a base this big
            platforms.append(("Excel", "excel"))
        self.platform = w.Dropdown(options=platforms,
                                   description=msg("platform"), layout=w.Layout(width="auto"),
                                   style={"description_width": "initial"})
        # Shown only while DuckDB counts: the bar, named for screen readers, and the share in
        # words beside it.
        self.progress = w.IntProgress(value=0, min=0, max=100, description=msg("counting"),
                                      style={"description_width": "initial"})
        self.progress_text = w.HTML()
        self.progress_box = w.HBox([self.progress, self.progress_text],
                                   layout=w.Layout(display="none", align_items="center"))
        notes = []
        if self.warehouse:
            notes = [msg("warehouse", n=number(self._base.n)),
                     msg("no_excel", rows=number(EXCEL_ROWS))]
        self.mode_note = w.HTML("".join(f"<p>{html.escape(n)}</p>" for n in notes))
        self.consent_picker = w.Dropdown(options=self._consent_options(),
                                         description=msg("consent"),
                                         style={"description_width": "initial"},
                                         layout=w.Layout(width="auto"))
        self.export_button = w.Button(description=msg("export"), layout=w.Layout(width="auto"))

        self._show(self._state, refresh=False)
        for picker in self.factor_pickers:
            picker.observe(self._on_factor, "value")
        self.count.observe(self._on_change, "value")
        for name in self.names:
            name.observe(self._on_change, "value")
        self.undo_button.on_click(self._on_undo)
        self.save_button.on_click(self._on_save)
        self.export_button.on_click(self._on_export)

        row = w.Layout(flex_flow="row wrap", align_items="center", grid_gap="4px 16px")
        aside = w.VBox([self.undo_button, self.progress_box, self.status],
                       layout=w.Layout(flex="1 1 10em", align_items="flex-start"))
        sticky = w.HBox([self.summary_html, aside],
                        layout=w.Layout(flex_flow="row wrap", align_items="flex-end",
                                        grid_gap="4px 16px"))
        sticky.add_class("cl-sticky")
        self.widget = w.VBox(
            [
                w.HTML(_STYLE),
                w.HBox([*self.factor_pickers, self.count], layout=row),
                sticky,
                self.grid,
                _heading(msg("warnings")), self.warnings_html,
                _heading(msg("overlap")), self.overlap_html,
                _heading(msg("profiles")),
                w.HBox([picture, self.numbers], layout=row),
                w.HBox([self.save_button, self.platform, self.consent_picker, self.export_button],
                       layout=row),
                self.mode_note,
            ]
        )
        self.widget.add_class("cl-builder")
        named(self.widget)
        self.refresh(pictures=False)
        self._painter.now(self._result)  # the first pictures at once, for the first look

    # -------------------------------------------------------------- what the notebook reads
    @property
    def factors(self) -> list[str]:
        return [f for f in self._state.factors if f]

    @property
    def segments(self) -> list[Segment]:
        return list(self._state.segments[: self._state.count])

    @property
    def result(self):
        return self._result

    @property
    def profile_alt(self) -> str:
        """The profile pictures in words (their alt text), made from the data."""
        return html.unescape(re.sub(r"<[^>]+>", "", self.alt_html.value))

    def _ipython_display_(self):
        from IPython.display import display

        display(self.widget)
        display(names_script(self.language))

    # -------------------------------------------------------------- controls
    def _spec(self, column: str) -> sh.Factor:
        return sh.factor(self._base, column, self.mapping, self._labels.get(column),
                         self.language)

    def _consent_options(self) -> list[tuple[str, str | None]]:
        """Yes/no columns that could hold consent to ads, the likely one first, by label."""
        found = consent_column_of(self._base, mapping=self.mapping)
        yes_no = [c for c in self._available
                  if self._base.kind(c) == "category" and len(self._base.categories(c)) <= 2]
        ordered = list(dict.fromkeys(([found] if found else []) + yes_no))
        return ([(self._labels.get(c) or sh.column_label(c, self.mapping), c) for c in ordered]
                + [(msg("no_consent_column"), None)])

    def _control(self, i: int, spec: sh.Factor):
        w = self._w
        name = msg("control_of", label=spec.label, n=i + 1)
        if spec.shape == "values":
            control = w.SelectMultiple(options=list(spec.options), description=name,
                                       rows=min(len(spec.options), sh.LIST_ROWS),
                                       layout=w.Layout(width="100%"))
        elif spec.shape == "days":
            control = w.Dropdown(options=list(spec.options), description=name,
                                 layout=w.Layout(width="100%"))
        else:
            control = w.SelectionRangeSlider(
                options=list(spec.options), index=(0, len(spec.options) - 1), description=name,
                continuous_update=not self.warehouse and self._base.n <= DRAG_UPDATES_UP_TO,
                layout=w.Layout(width="100%"))
            control.add_class("cl-stops")
        control.add_class("cl-cell")
        return control

    def _build_rows(self, specs: dict[str, sh.Factor]) -> None:
        """New controls for new factors (the old ones are closed): a header and one row each."""
        w = self._w
        for row in self.controls:
            for control in row.values():
                control.close()
        template = "minmax(11em, 1fr)" + f" minmax(0, {1.4 if len(specs) < 3 else 1.2}fr)" * len(specs)
        header = w.GridBox([_cell(msg("name")), *(_cell(s.label) for s in specs.values())],
                           layout=w.Layout(grid_template_columns=template, grid_gap="0 12px"))
        header.add_class("cl-header")
        rows = [header]
        for i in range(MAX_SEGMENTS):
            self.controls[i] = {c: self._control(i, spec) for c, spec in specs.items()}
            self._chosen[i] = {}
            cells = []
            for column, control in self.controls[i].items():
                control.observe(self._on_change, "value")
                if specs[column].shape == "values" and len(specs[column].options) > sh.LIST_ROWS:
                    chosen = w.HTML()  # a long list scrolls: say in words what is chosen
                    chosen.add_class("cl-chosen")
                    self._chosen[i][column] = chosen
                    cells.append(w.VBox([control, chosen]))
                else:
                    cells.append(control)
            box = w.GridBox([self.names[i], *cells, self._notes[i]],
                            layout=w.Layout(grid_template_columns=template, grid_gap="4px 12px"))
            box.add_class("cl-row")
            rows.append(box)
        self.grid.children = rows
        self._specs = dict(specs)

    def _show(self, state: sh.State, refresh: bool = True) -> None:
        """Set every control from ``state`` (controls are rebuilt only when the factors or
        their stops change), then recompute."""
        columns = [c for c in state.factors if c]
        specs = {}
        for column in columns:
            spec = self._specs.get(column) or self._spec(column)
            specs[column] = sh.widened(spec, sh.needed_values(spec, state.segments))
        self._updating = True
        try:
            for picker, column in zip(self.factor_pickers, state.factors, strict=True):
                picker.value = column
            self.count.value = state.count
            if specs != self._specs or not self.grid.children:
                self._build_rows(specs)
            self._fixed = set()
            for i, segment in enumerate(state.segments):
                self.names[i].value = segment.name
                values = sh.control_values(segment, specs)
                fixed = values is None
                if fixed:
                    self._fixed.add(i)
                    values = {c: sh.no_condition(s) for c, s in specs.items()}
                for column, control in self.controls[i].items():
                    control.value = values[column]
                    control.disabled = fixed
                self._notes[i].value = (html.escape(msg("fixed", n=i + 1, rule=segment.describe(
                    self._label))) if fixed else "")
                self._notes[i].layout.display = None if fixed else "none"
                self._show_chosen(i)
            self._show_count(state.count)
        finally:
            self._updating = False
        self._state = state
        self.undo_button.disabled = not len(self._history)
        if refresh:
            self.refresh()

    def _show_count(self, count: int) -> None:
        for i, row in enumerate(self.grid.children[1:]):
            row.layout.display = None if i < count else "none"

    def _show_chosen(self, i: int) -> None:
        for column, shown in self._chosen[i].items():
            options = dict((v, t) for t, v in self._specs[column].options)
            values = self.controls[i][column].value
            text = ", ".join(options[v] for v in values) if values else msg("everyone")
            shown.value = html.escape(msg("chosen", values=text))

    def _label(self, column: str) -> str:
        return self._labels.get(column) or sh.column_label(column, self.mapping)

    def _read(self) -> sh.State:
        """The state the controls show now."""
        segments = []
        for i, old in enumerate(self._state.segments):
            name = self.names[i].value.strip() or sh.msg("segment_n", n=i + 1)
            if i in self._fixed:
                segments.append(Segment(name, old.rule, old.description))
                continue
            values = {c: control.value for c, control in self.controls[i].items()}
            segments.append(sh.segment_from(name, self._specs, values, old.description))
        return sh.State(self._state.factors, self.count.value, tuple(segments))

    # -------------------------------------------------------------- events
    def _remember(self, key) -> None:
        """Keep the state before a change for undo; a drag of one control is one step."""
        if key is None or key != self._last_key:
            self._history.push(self._state)
        self._last_key = key
        self.undo_button.disabled = False

    def _on_change(self, change=None):
        if self._updating:
            return
        owner = change.get("owner") if change else None
        self._remember(id(owner) if owner is not None else None)
        self._state = self._read()
        if owner is self.count:
            self._show_count(self.count.value)
        for i, row in enumerate(self.controls):
            if owner in row.values():
                self._show_chosen(i)
        self.refresh()

    def _on_factor(self, change):
        if self._updating:
            return
        old = list(self._state.factors)
        slot = self.factor_pickers.index(change["owner"])
        new = list(old)
        new[slot] = change["new"]
        if change["new"] is not None and change["new"] in old:
            new[old.index(change["new"])] = old[slot]  # chosen elsewhere: the two swap places
        self._remember(None)
        kept = sh.keep_factors(self._state.segments, [c for c in old if c],
                               [c for c in new if c])
        self._show(sh.State(tuple(new), self._state.count, tuple(kept)))

    def _on_numbers(self, change):
        self.numbers_html.layout.display = None if change["new"] else "none"

    def _on_undo(self, _button=None):
        state = self._history.undo()
        if state is None:
            return
        self._last_key = None
        self._show(state)
        self.status.value = html.escape(msg("undone"))

    def refresh(self, pictures: bool = True):
        """Recompute with one call to ``evaluate`` and show it: the sizes first, the pictures
        (unless ``pictures`` is False: the caller draws them) a moment later."""
        try:
            self._result = self._evaluate()
        except CourseError as error:  # a learner's slip: say it, never crash the widget
            self.status.value = f"⚠️ {html.escape(str(error))}"
            return
        self.status.value = ""
        self.summary_html.value = summary_html(self._result)
        self.warnings_html.value = warnings_html(self._result)
        self.overlap_html.value = overlap_html(self._result)
        if pictures:
            self._painter.request(self._result)

    def _evaluate(self):
        if not self.warehouse:
            return evaluate(self._base, self.segments, factors=self.factors,
                            mapping=self.mapping)
        self.progress_box.layout.display = None
        self._show_progress(0)
        try:
            with warehouse.progress(self._base.con, self._show_progress):
                return evaluate(self._base, self.segments, factors=self.factors,
                                mapping=self.mapping)
        finally:
            self.progress_box.layout.display = "none"

    def _show_progress(self, done: int) -> None:
        """How far DuckDB has come (0-100), on the bar and in words (any thread)."""
        self.progress.value = done
        self.progress_text.value = progress_html(done)

    def _paint(self, result) -> None:
        """The profile pictures, their alt text and the numbers behind them (any thread)."""
        from ..segments.plots import profile_table, profiles_alt, profiles_figure

        png = profiles_figure(result)
        alt = profiles_alt(result)
        self.numbers_html.value = numbers_html(profile_table(result))
        self._picture.show(png, alt)

    def wait_for_pictures(self, timeout: float = 10.0) -> bool:
        """Wait until the pictures show the latest result (for tests and scripts)."""
        return self._painter.wait(timeout)

    def _on_save(self, _button=None):
        try:
            path = save_segments(self.segments)
        except (CourseError, OSError) as error:
            self.status.value = f"⚠️ {html.escape(str(error))}"
            return
        self.status.value = html.escape(msg("saved", path=path.name))

    def _on_export(self, _button=None):
        try:
            lines = self._export()
        except (CourseError, OSError) as error:
            self.status.value = f"⚠️ {html.escape(str(error))}"
            return
        self.status.value = "<br>".join(html.escape(line) for line in lines)

    def _export(self) -> list[str]:
        consent = self.consent_picker.value
        if self.platform.value == "excel":
            done = export_excel(self._base, self.segments, mapping=self.mapping,
                                consent_column=consent)
            return [done._repr_markdown_()]
        return [
            export_audience(self._base, segment, self.platform.value, mapping=self.mapping,
                            consent_column=consent)._repr_markdown_()
            for segment in self.segments
        ]


def open_customers(customers, today=None):
    """The base the builder works on: a DataFrame (or Base) as it is; a Parquet file or folder
    read into pandas up to ``IN_MEMORY_UP_TO`` customers, else left in the file for DuckDB."""
    if isinstance(customers, Base):
        return customers
    if isinstance(customers, str | os.PathLike) and not warehouse.is_parquet_source(customers):
        raise CourseError(msg("not_parquet", path=str(customers)))
    if warehouse.is_parquet_source(customers) or isinstance(customers, warehouse.ParquetBase):
        base = warehouse.base_of(customers, today)
        if base.n > IN_MEMORY_UP_TO:
            return base
        customers = warehouse.read_into_pandas(base)
        today = today if today is not None else base.today
    return Base(customers, today=today)


def lesson_builder(customers=None):
    """The builder as notebook 06 starts it: the lesson's default factors and five segments
    (what the teacher's presenter view shows)."""
    from ..choices import DEFAULT_FACTORS
    from ..factors import factor_columns, factor_mapping
    from ..segments.lesson import lesson_segments

    if customers is None:
        from .. import datasets

        customers = datasets.load().customers
    columns = list(factor_columns(DEFAULT_FACTORS, customers).values())
    return SegmentBuilder(customers, factors=columns, segments=lesson_segments(),
                          mapping=factor_mapping(DEFAULT_FACTORS, customers))


class _Painter:
    """Draws the pictures in a background thread, ``PICTURE_DELAY`` after the last request,
    only for the newest result; without a kernel (tests, scripts) it draws at once."""

    def __init__(self, paint, live: bool):
        self._paint, self.live = paint, live
        self._wanted = None  # (result, due time)
        self._busy = False
        self._done = threading.Condition()
        self._thread = None

    def now(self, result) -> None:
        if result is not None:
            self._paint(result)

    def request(self, result) -> None:
        if not self.live:
            self.now(result)
            return
        with self._done:
            self._wanted = (result, time.monotonic() + PICTURE_DELAY)
            self._done.notify_all()
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="segment-pictures",
                                            daemon=True)
            self._thread.start()

    def _run(self) -> None:
        while True:
            with self._done:
                while self._wanted is None:
                    self._done.wait()
                result, due = self._wanted
                if time.monotonic() < due:
                    self._done.wait(due - time.monotonic())
                    continue
                self._wanted, self._busy = None, True
            try:
                self._paint(result)
            except Exception:  # noqa: BLE001 - a failed picture must never stop the thread
                pass
            with self._done:
                self._busy = False
                self._done.notify_all()

    def wait(self, timeout: float) -> bool:
        with self._done:
            return self._done.wait_for(lambda: self._wanted is None and not self._busy, timeout)


# ---------------------------------------------------------------- HTML the learner sees

_STYLE = f"""<style>
/* Boxes scroll by default in ipywidgets; visible overflow lets the summary stick. */
.cl-builder, .cl-builder .cl-sticky {{ overflow: visible; }}
.jp-OutputArea-output:has(> .cl-builder), .jp-OutputArea-child:has(.cl-builder),
.jp-Cell-outputArea:has(.cl-builder), .jp-Cell-outputWrapper:has(.cl-builder),
.widget-subarea:has(> .cl-builder) {{ overflow: visible; }}
.cl-builder .cl-sticky {{ position: sticky; top: 0; z-index: 10; padding: 4px 0;
  background: var(--jp-layout-color0, #fff); border-bottom: 1px solid #595959; }}
.cl-builder .cl-grid .widget-label {{ {VISUALLY_HIDDEN} }}
.cl-builder .cl-grid .cl-cell, .cl-builder .cl-grid .widget-slider .slider-container {{
  min-width: 0; }}
.cl-builder .cl-grid .widget-readout {{ min-width: 7em; }}
.cl-builder .cl-header .widget-html-content {{ font-weight: bold; }}
.cl-builder .cl-row {{ padding: 6px 0; border-top: 1px solid #e8e8e8; align-items: start; }}
.cl-builder select {{ min-width: 0; }}
.cl-builder select option {{ white-space: normal; }}
.cl-builder .cl-chosen .widget-html-content {{ font-size: 90%; line-height: 1.3; }}
.cl-builder .widget-html-content {{ line-height: 1.35; }}
.cl-builder table {{ border-collapse: collapse; }}
.cl-builder th, .cl-builder td {{ padding: 1px 8px; text-align: right; vertical-align: top; }}
.cl-builder .cl-summary-table th, .cl-builder .cl-summary-table td {{ white-space: nowrap; }}
.cl-builder .cl-summary-table thead th {{ white-space: normal; vertical-align: bottom;
  max-width: 9em; }}
.cl-builder th:first-child, .cl-builder td:first-child {{ text-align: left; }}
.cl-builder .cl-table {{ overflow-x: auto; max-width: 100%; }}
.cl-builder h3.cl-h {{ font-size: 1em; margin: 12px 0 2px; }}
.cl-builder .cl-swatch {{ display: inline-block; width: 1.4em; height: 0.9em; margin-right: 6px;
  vertical-align: -1px; border: 1px solid #222; }}
.cl-builder .cl-bar {{ display: inline-block; height: 0.7em; background: #595959;
  margin-left: 6px; vertical-align: 0; }}
.cl-builder .cl-hidden-caption {{ {VISUALLY_HIDDEN} }}
/* Focus stays visible on every control (WCAG 2.4.7), also on slider handles. */
.cl-builder :focus-visible, .cl-builder .noUi-handle:focus, .cl-builder select:focus,
.cl-builder input:focus, .cl-builder button:focus-visible {{
  outline: 3px solid #0072B2 !important; outline-offset: 2px; }}
</style>"""


def _heading(text: str):
    import ipywidgets as w

    return w.HTML(f'<h3 class="cl-h">{html.escape(text)}</h3>')


def _cell(text: str):
    import ipywidgets as w

    return w.HTML(html.escape(text))


def _swatch(i: int) -> str:
    """A segment's colour and hatching as in the profile picture (colour is not the only cue)."""
    colour = PALETTE[i % len(PALETTE)]
    pattern = _HATCH_CSS.get(HATCHES[i % len(HATCHES)], "")
    return f'<span class="cl-swatch" style="background:{pattern}{colour}" aria-hidden="true"></span>'


_LINE = "rgba(255,255,255,.9)"
_HATCH_CSS = {
    "//": f"repeating-linear-gradient(135deg,{_LINE} 0 2px,transparent 2px 5px),",
    "\\\\": f"repeating-linear-gradient(45deg,{_LINE} 0 2px,transparent 2px 5px),",
    "..": f"radial-gradient({_LINE} 1px,transparent 1.5px) 0 0/4px 4px,",
    "xx": (f"repeating-linear-gradient(45deg,{_LINE} 0 1px,transparent 1px 5px),"
           f"repeating-linear-gradient(135deg,{_LINE} 0 1px,transparent 1px 5px),"),
    "oo": f"radial-gradient(circle,transparent 1px,{_LINE} 1.5px,transparent 2.5px) 0 0/6px 6px,",
    "--": f"repeating-linear-gradient(0deg,{_LINE} 0 2px,transparent 2px 5px),",
    "++": (f"repeating-linear-gradient(0deg,{_LINE} 0 1px,transparent 1px 5px),"
           f"repeating-linear-gradient(90deg,{_LINE} 0 1px,transparent 1px 5px),"),
}


def _count(value) -> str:
    return "–" if value is None or value != value else number(value)


def summary_html(result) -> str:
    """The compact summary above the segments: size, share, reach on a platform, warnings."""
    frame = sh.summary(result)
    heads = sh.summary_headings()
    columns = ["members", "share", *[c for c in ("consented", "matched") if c in frame],
               "warnings"]
    head = (f'<th scope="col">{html.escape(heads["segment"])}</th>'
            + "".join(f'<th scope="col">{html.escape(heads[c])}</th>' for c in columns))
    body = []
    for i, row in frame.iterrows():
        rest = i == len(frame) - 1
        name = ("" if rest else _swatch(i)) + html.escape(str(row["name"]))
        cells = [_count(row["members"]),
                 percent(row["share"]) + f'<span class="cl-bar" style="width:{row["share"] * 5:.2f}em"'
                 ' aria-hidden="true"></span>']
        cells += [_count(row.get(c)) for c in ("consented", "matched") if c in frame]
        cells.append("" if rest else (f'⚠️ {number(row["warnings"])}' if row["warnings"]
                                      else "0"))
        body.append(f'<tr><th scope="row">{name}</th>'
                    + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    caption = f'<caption class="cl-hidden-caption">{html.escape(msg("sizes"))}</caption>'
    return (f'<table class="cl-summary-table">{caption}<thead><tr>{head}</tr></thead>'
            f'<tbody>{"".join(body)}</tbody></table>')


def progress_html(done: int) -> str:
    """How far the count has come in words, marked up as a progress bar with its name and
    value, so a screen reader has both (ipywidgets' own bar is only a coloured box)."""
    return (f'<span role="progressbar" aria-label="{html.escape(msg("counting"))}" '
            f'aria-valuemin="0" aria-valuemax="100" aria-valuenow="{int(done)}">'
            f'{html.escape(msg("counted", share=percent(done / 100)))}</span>')


def _region(label: str, table: str) -> str:
    """A wide table in a box that scrolls sideways and can be reached with Tab."""
    return (f'<div class="cl-table" role="region" tabindex="0" aria-label="{html.escape(label)}">'
            f"{table}</div>")


def overlap_html(result) -> str:
    names = [html.escape(n) for n in result.names]
    head = '<tr><td></td>' + "".join(f'<th scope="col">{n}</th>' for n in names) + "</tr>"
    body = []
    for i, name in enumerate(names):
        cells = "".join(f"<td>{number(int(v))}</td>" for v in result.overlap.iloc[i])
        body.append(f'<tr><th scope="row">{name}</th>{cells}</tr>')
    return _region(msg("overlap"), f"<table>{head}{''.join(body)}</table>")


def warnings_html(result) -> str:
    if not result.warnings:
        return f"<p>{msg('no_warnings')}</p>"
    icons = {"warning": "⚠️", "note": "ℹ️"}
    items = "".join(
        f"<li>{icons.get(w.level, '')} {html.escape(w.message)}</li>" for w in result.warnings
    )
    return f"<ul>{items}</ul>"


def numbers_html(table) -> str:
    """The numbers behind the profile pictures (``plots.profile_table``), formatted."""
    if table.empty:
        return ""
    head = "".join(f'<th scope="col">{html.escape(str(c))}</th>' for c in
                   [*table.index.names, *table.columns])
    body = []
    for (factor, group), row in table.iterrows():
        cells = "".join(f"<td>{number(v, 1)}</td>" for v in row)
        body.append(f'<tr><th scope="row">{html.escape(str(factor))}</th>'
                    f'<th scope="row">{html.escape(str(translate(group)))}</th>{cells}</tr>')
    return _region(msg("profiles"), f"<table><thead><tr>{head}</tr></thead>"
                   f"<tbody>{''.join(body)}</tbody></table>")
