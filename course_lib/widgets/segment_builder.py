"""The segment builder: pick up to three factors, shape 4-5 segments, see sizes, overlaps,
profiles and warnings update as you go, then save and export.

Every update calls one pure function, :func:`course_lib.segments.evaluate`; the widget only
turns controls into a list of :class:`~course_lib.segments.Segment` and shows the result.
"""

from __future__ import annotations

import html

import numpy as np

from ..core.errors import CourseError
from ..core.i18n import messages
from ..segments import Base, Segment, column_label, evaluate, everyone, where
from ..segments.export import consent_column_of, export_audience, export_excel
from ..segments.guards import data_point_key
from ..segments.rules import AllOf, Condition
from ..segments.store import save_segments

MAX_FACTORS = 3
MAX_SEGMENTS = 5
MAX_CATEGORIES = 60  # more different values than this is an identifier, not a factor
MAX_DAYS = 730
# Drawing a picture takes ~100 ms whatever the size; above this many customers the pictures
# are redrawn with a button so moving a slider stays under 100 ms.
LIVE_PICTURES_UP_TO = 200_000
# Identifiers and names single out a person; they are never segmentation factors.
IDENTIFIERS = ("customer_id", "email", "phone", "personnummer", "anonymous_id", "platform_id",
               "first_name", "last_name", "förnamn", "efternamn")
DEFAULT_FACTORS = ("age", "urban_rural", "city", "interests", "orders_12m", "last_order_date")

msg = messages(
    {
        "factors": {"sv": "Faktorer (högst 3)", "en": "Factors (at most 3)"},
        "count": {"sv": "Antal segment", "en": "Number of segments"},
        "name": {"sv": "Namn", "en": "Name"},
        "segment_n": {"sv": "Segment {n}", "en": "Segment {n}"},
        "days": {"sv": "{label}: senaste dagar (0 = alla)", "en": "{label}: last days (0 = all)"},
        "save": {"sv": "Spara segmenten", "en": "Save segments"},
        "export": {"sv": "Exportera", "en": "Export"},
        "platform": {"sv": "Exportera till", "en": "Export to"},
        "saved": {"sv": "Sparat i {path}.", "en": "Saved to {path}."},
        "consent": {"sv": "Samtycke till annonser", "en": "Consent to ads"},
        "no_consent_column": {"sv": "(ingen samtyckeskolumn)", "en": "(no consent column)"},
        "sizes": {"sv": "Storlek", "en": "Size"},
        "overlap": {"sv": "Överlapp (antal kunder i båda)", "en": "Overlap (customers in both)"},
        "warnings": {"sv": "Varningar", "en": "Warnings"},
        "no_warnings": {"sv": "Inga varningar.", "en": "No warnings."},
        "too_many_factors": {
            "sv": "Högst tre faktorer: de tre första används.",
            "en": "At most three factors: the first three are used.",
        },
        "fixed": {
            "sv": "Det här segmentet är skrivet i kod: {rule}",
            "en": "This segment is written in code: {rule}",
        },
        "rest": {"sv": "Resten (i inget segment)", "en": "The rest (in no segment)"},
        "profiles": {"sv": "Profiler", "en": "Profiles"},
        "live_pictures": {"sv": "Rita om profilerna direkt", "en": "Redraw profiles at once"},
        "draw": {"sv": "Rita profilerna", "en": "Draw profiles"},
    },
    __name__,
)


def usable_factors(base: Base, mapping=None) -> list[str]:
    """Columns a marketer can segment on: not identifiers, not free text."""
    out = []
    for column in base.customers.columns:
        column = str(column)
        if data_point_key(column, mapping) in IDENTIFIERS or column.lower() in IDENTIFIERS:
            continue
        data = base.column(column)
        if data.kind == "category" and len(data.categories) > MAX_CATEGORIES:
            continue
        out.append(column)
    return out


class SegmentBuilder:
    """``SegmentBuilder(customers)``: the interactive builder. Show it by leaving it last in a cell.

    ``builder.segments``, ``builder.result`` and ``builder.factors`` give back what the learner
    built, so the notebook can continue from it.
    """

    def __init__(self, customers, factors=None, segments=None, mapping=None, today=None):
        import ipywidgets as w  # loaded here: importing course_lib stays fast

        self._w = w
        self.mapping = dict(mapping or {})
        self._base = customers if isinstance(customers, Base) else Base(customers, today=today)
        self._available = usable_factors(self._base, self.mapping)
        start = [f for f in (factors or []) if f in self._available][:MAX_FACTORS]
        if not start:
            preferred = [f for f in DEFAULT_FACTORS if f in self._available]
            start = (preferred or self._available)[:MAX_FACTORS]
        self._factors = list(start)
        self._fixed: dict[int, Segment] = {}
        self._result = None
        self._updating = False

        self.factor_picker = w.SelectMultiple(
            options=[(self._label(c), c) for c in self._available],
            value=tuple(self._factors),
            rows=min(8, max(len(self._available), 1)),
            description=msg("factors"),
            style={"description_width": "initial"},
        )
        count = len(segments) if segments else 4
        self.count = w.Dropdown(
            options=list(range(1, MAX_SEGMENTS + 1)), value=min(max(count, 1), MAX_SEGMENTS),
            description=msg("count"), style={"description_width": "initial"},
        )
        self.names = [
            w.Text(value=msg("segment_n", n=i + 1), description=msg("name"))
            for i in range(MAX_SEGMENTS)
        ]
        self.controls: list[dict[str, object]] = [{} for _ in range(MAX_SEGMENTS)]
        self.rows_box = w.VBox()
        self.sizes_html = w.HTML()
        self.overlap_html = w.HTML()
        self.warnings_html = w.HTML()
        self.profile_image = w.Image(format="png")
        self.status = w.HTML()
        self.save_button = w.Button(description=msg("save"), icon="save")
        self.platform = w.Dropdown(
            options=[("Meta", "meta"), ("Google", "google"), ("Excel", "excel")],
            description=msg("platform"),
        )
        self.consent_picker = w.Dropdown(
            options=self._consent_options(), description=msg("consent"),
            style={"description_width": "initial"},
        )
        self.export_button = w.Button(description=msg("export"), icon="download")
        self.live_pictures = w.Checkbox(value=self._base.n <= LIVE_PICTURES_UP_TO,
                                        description=msg("live_pictures"), indent=False)
        self.draw_button = w.Button(description=msg("draw"), icon="bar-chart")

        self._build_rows()
        if segments:
            self._load(segments)
        else:
            self._defaults()
        self.factor_picker.observe(self._on_factors, "value")
        self.count.observe(self._on_change, "value")
        for name in self.names:
            name.observe(self._on_change, "value")
        self.save_button.on_click(self._on_save)
        self.export_button.on_click(self._on_export)
        self.draw_button.on_click(lambda _button: self._draw_profiles())
        self.widget = w.VBox(
            [
                w.HBox([self.factor_picker, self.count]),
                self.rows_box,
                w.HTML(f"<b>{msg('sizes')}</b>"), self.sizes_html,
                w.HTML(f"<b>{msg('overlap')}</b>"), self.overlap_html,
                w.HTML(f"<b>{msg('warnings')}</b>"), self.warnings_html,
                w.HTML(f"<b>{msg('profiles')}</b>"),
                w.HBox([self.live_pictures, self.draw_button]), self.profile_image,
                w.HBox([self.save_button, self.platform, self.consent_picker, self.export_button],
                       layout=w.Layout(flex_flow="row wrap")),
                self.status,
            ]
        )
        self.refresh()

    # -------------------------------------------------------------- what the notebook reads
    @property
    def factors(self) -> list[str]:
        return list(self._factors)

    @property
    def segments(self) -> list[Segment]:
        return [self._segment(i) for i in range(self.count.value)]

    @property
    def result(self):
        return self._result

    def _ipython_display_(self):
        from IPython.display import display

        display(self.widget)

    # -------------------------------------------------------------- controls
    def _consent_options(self) -> list[tuple[str, str | None]]:
        """The file's columns to say which holds consent to ads; the likely one first."""
        columns = [str(c) for c in self._base.customers.columns]
        found = consent_column_of(self._base.customers, mapping=self.mapping)
        ordered = ([found] if found else []) + [c for c in columns if c != found]
        return [(c, c) for c in ordered] + [(msg("no_consent_column"), None)]

    def _label(self, column: str) -> str:
        return column_label(column, self.mapping)

    def _control(self, column: str):
        w, data = self._w, self._base.column(column)
        label = self._label(column)
        style = {"description_width": "initial"}
        if data.kind == "category":
            options = [(str(c), c.item() if hasattr(c, "item") else c) for c in data.categories]
            return w.SelectMultiple(options=options, rows=min(5, len(options)),
                                    description=label, style=style)
        if data.kind == "number":
            values = data.values[data.present]
            low, high = (float(values.min()), float(values.max())) if values.size else (0.0, 1.0)
            if np.all(np.mod(values, 1) == 0):
                return w.IntRangeSlider(min=int(low), max=int(high), value=(int(low), int(high)),
                                        description=label, style=style, continuous_update=True)
            step = (high - low) / 100 or 1.0
            return w.FloatRangeSlider(min=low, max=high, value=(low, high), step=step,
                                      description=label, style=style)
        return w.IntSlider(min=0, max=MAX_DAYS, value=0, description=msg("days", label=label),
                           style=style)

    def _build_rows(self):
        rows = []
        for i in range(MAX_SEGMENTS):
            old = self.controls[i]
            new = {}
            for column in self._factors:
                control = old.get(column) or self._control(column)
                if column not in old:
                    control.observe(self._on_change, "value")
                new[column] = control
            self.controls[i] = new
            box = self._w.HBox([self.names[i], *new.values()],
                               layout=self._w.Layout(flex_flow="row wrap"))  # never wider than the page
            box.layout.display = None if i < self.count.value else "none"
            rows.append(box)
        self.rows_box.children = rows

    def _condition(self, column: str, control):
        data = self._base.column(column)
        if data.kind == "category":
            return where(column).is_in(list(control.value)) if control.value else None
        if data.kind == "number":
            low, high = control.value
            if (low, high) == (control.min, control.max):
                return None  # the full range means "no condition", so missing values stay in
            return where(column).between(low, high)
        return where(column).within_last_days(control.value) if control.value else None

    def _segment(self, i: int) -> Segment:
        name = self.names[i].value.strip() or msg("segment_n", n=i + 1)
        if i in self._fixed:
            return Segment(name, self._fixed[i].rule, self._fixed[i].description)
        conditions = [self._condition(c, ctrl) for c, ctrl in self.controls[i].items()]
        conditions = [c for c in conditions if c is not None]
        if not conditions:
            return Segment(name, everyone())
        return Segment(name, conditions[0] if len(conditions) == 1 else AllOf(tuple(conditions)))

    def _set(self, i: int, condition: Condition) -> bool:
        control = self.controls[i].get(condition.column)
        if control is None:
            return False
        kind = self._base.kind(condition.column)
        if kind == "category" and condition.op == "is_in":
            allowed = {v for _, v in control.options}
            control.value = tuple(v for v in condition.args if v in allowed)
        elif kind == "number" and condition.op in ("between", "at_least", "at_most"):
            low, high = control.min, control.max
            if condition.op == "between":
                low, high = condition.args
            elif condition.op == "at_least":
                low = condition.args[0]
            else:
                high = condition.args[0]
            control.value = (max(control.min, low), min(control.max, high))
        elif kind == "date" and condition.op == "within_last_days":
            control.value = min(condition.args[0], MAX_DAYS)
        else:
            return False
        return True

    def _load(self, segments):
        self._updating = True
        for i, segment in enumerate(list(segments)[:MAX_SEGMENTS]):
            self.names[i].value = segment.name
            rule = segment.rule
            parts = rule.rules if isinstance(rule, AllOf) else (rule,)
            simple = all(isinstance(p, Condition) for p in parts)
            if not (simple and all(self._set(i, p) for p in parts)):
                self._fixed[i] = segment  # kept as written; its controls are switched off
                for control in self.controls[i].values():
                    control.disabled = True
                self.names[i].description = msg("name")
                self.names[i].tooltip = msg("fixed", rule=segment.describe())
        self._updating = False

    def _defaults(self):
        """A starting point: split the base on the first factor, one band per segment."""
        if not self._factors:
            return
        column = self._factors[0]
        data = self._base.column(column)
        self._updating = True
        for i in range(self.count.value):
            control = self.controls[i][column]
            if data.kind == "category":
                counts = np.bincount(data.codes[data.present], minlength=len(data.categories))
                order = [c for _, c in control.options]
                ranked = [order[j] for j in np.argsort(-counts, kind="stable")]
                if i < len(ranked):
                    control.value = (ranked[i],)
            elif data.kind == "number":
                values = data.values[data.present]
                if values.size:
                    q = np.quantile(values, [i / self.count.value, (i + 1) / self.count.value])
                    low, high = q
                    if isinstance(control.min, int):  # whole numbers: 18-33, 34-51, ...
                        last = i == self.count.value - 1
                        low, high = int(q[0]) + (i > 0), int(q[1]) if last else int(q[1])
                    control.value = (max(control.min, low), min(control.max, high))
            else:
                control.value = (30, 90, 180, 365, 730)[i]
        self._updating = False

    # -------------------------------------------------------------- events
    def _on_factors(self, change):
        chosen = list(change["new"])
        note = ""
        if len(chosen) > MAX_FACTORS:
            chosen, note = chosen[:MAX_FACTORS], msg("too_many_factors")
        self._factors = chosen
        self._build_rows()
        self.refresh()
        if note:
            self.status.value = html.escape(note)

    def _on_change(self, _change=None):
        if not self._updating:
            for i, row in enumerate(self.rows_box.children):
                row.layout.display = None if i < self.count.value else "none"
            self.refresh()

    def refresh(self):
        """Recompute with one call to ``evaluate`` and show the result."""
        try:
            self._result = evaluate(self._base, self.segments, factors=self._factors,
                                    mapping=self.mapping)
        except CourseError as error:  # a learner's slip: say it, never crash the widget
            self.status.value = f"⚠️ {html.escape(str(error))}"
            return
        self.status.value = ""
        self.sizes_html.value = sizes_html(self._result)
        self.overlap_html.value = overlap_html(self._result)
        self.warnings_html.value = warnings_html(self._result)
        if self.live_pictures.value:
            self._draw_profiles()

    def _draw_profiles(self):
        from ..core.plotting import figure_png
        from ..segments.plots import plot_profiles

        if self._result is None:
            return
        self.profile_image.value = figure_png(plot_profiles(self._result))

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


# ---------------------------------------------------------------- HTML the learner sees


def sizes_html(result) -> str:
    """Inline bars: fast to draw, readable by screen readers as text."""
    from ..core.i18n import percent

    rows = []
    total = max(result.base_size, 1)
    entries = [*zip(result.names, result.counts, strict=True),
               (msg("rest"), int(result.exclusive.iloc[-1]))]
    for name, count in entries:
        share = count / total
        bar = (f'<div style="background:#3b7dd8;height:12px;width:{share * 100:.1f}%;'
               'min-width:1px"></div>')
        rows.append(
            f"<tr><td>{html.escape(str(name))}</td>"
            f'<td style="text-align:right">{count:,}'.replace(",", " ") + "</td>"
            f'<td style="text-align:right">{percent(share)}</td>'
            f'<td style="width:300px">{bar}</td></tr>'
        )
    return "<table>" + "".join(rows) + "</table>"


def overlap_html(result) -> str:
    names = [html.escape(n) for n in result.names]
    head = "<tr><th></th>" + "".join(f"<th>{n}</th>" for n in names) + "</tr>"
    body = []
    for i, name in enumerate(names):
        cells = "".join(
            f'<td style="text-align:right">{int(v):,}</td>'.replace(",", " ")
            for v in result.overlap.iloc[i]
        )
        body.append(f"<tr><th>{name}</th>{cells}</tr>")
    return "<table>" + head + "".join(body) + "</table>"


def warnings_html(result) -> str:
    if not result.warnings:
        return f"<p>{msg('no_warnings')}</p>"
    icons = {"warning": "⚠️", "note": "ℹ️"}
    items = "".join(
        f"<li>{icons.get(w.level, '')} {html.escape(w.message)}</li>" for w in result.warnings
    )
    return f"<ul>{items}</ul>"
