"""Fjällgården's source inventory: complete in both languages, valid keys, friendly additions."""

import json

import pytest
from matplotlib.figure import Figure

import course_lib
from course_lib import catalog, sources
from course_lib.core.errors import CourseError
from course_lib.core.plotting import figure_png
from course_lib.lessons.l05 import q5
from course_lib.widgets.sources import source_form

COMPANY = sources.company_inventory()
LOYALTY = dict(data_points=["purchase_behaviour", "Intressen"], identifiers=["customer_id"],
               collected="Kunden skannar appen i kassan", stored_in="CRM-systemet",
               legal_basis=["Avtal"], flows_to=["email_tool"])


def test_inventory_is_sound():
    assert sources.problems_in(COMPANY) == []


@pytest.mark.parametrize("source", COMPANY.sources, ids=lambda s: s.key)
def test_every_source_has_every_field_in_both_languages(source):
    for field in sources.TEXT_FIELDS:
        for lang in ("sv", "en"):
            assert source.text(field, lang).strip(), (field, lang)
    assert source.data_types and source.data_points and source.stored_in
    assert set(source.data_points) <= {p.key for p in catalog.data_points()}
    assert set(source.identifiers) <= {i.key for i in catalog.identifiers()}
    if source.source_type != "second_party" and source.key != "weather":
        assert source.legal_basis, "only platform data and non-personal data may lack a basis"


def test_every_source_type_of_the_catalogue_is_in_the_inventory():
    assert {s.source_type for s in COMPANY.sources} == {t.key for t in catalog.source_types()}


def test_the_lessons_examples_are_there():
    keys = {s.key for s in COMPANY.sources}
    assert {"crm_customers", "web_events", "meta_audiences", "google_search", "weather",
            "lifestyle_data", "b2b_contacts"} <= keys
    pixel = [f for f in COMPANY.flows if f.source == "web_events" and f.target == "meta"]
    assert pixel and pixel[0].kind == "integration"
    assert {f.target for f in COMPANY.flows_from("crm") if f.kind == "export"} == {"meta", "google_ads"}
    assert COMPANY.source("meta_audiences").stored_in == "meta"
    assert {b.key for b in COMPANY.legal_bases} == {
        "consent", "contract", "legal_obligation", "vital_interests", "public_task",
        "legitimate_interests"}


@pytest.mark.parametrize("language", ["sv", "en"])
def test_inventory_table_in_both_languages(language):
    frame = sources.inventory(language, of=COMPANY)
    assert len(frame) == len(COMPANY.sources)
    first = {"sv": ("Källa", "Var den lagras", "Rättslig grund", "Vem får använda den"),
             "en": ("Source", "Where it is stored", "Legal basis", "Who may use it")}[language]
    assert set(first) <= set(frame.columns)
    assert not frame.isna().any().any()
    brief = sources.inventory(language, of=COMPANY, brief=True)
    assert len(brief.columns) == 4


def test_flows_table():
    frame = sources.flows("en", of=COMPANY)
    assert len(frame) == len(COMPANY.flows)
    assert set(frame["How"]) == {"export", "integration"}


def test_coverage_names_sources_per_type():
    table = sources.coverage(COMPANY, "en")
    assert list(table.columns) == [t.name_en for t in catalog.source_types()]
    assert len(table) == 20
    assert "Weather service" in table.loc["Triggers", "Third-party data"]
    assert table.loc["Political opinion", "First-party data"] == "–"
    assert "Purchased lifestyle data" in table.loc["Political opinion", "Third-party data"]
    assert sources.uncovered(COMPANY) == []


def test_inventory_covers_what_the_data_dictionary_holds():
    """Notebook 04 shows the data dictionary, notebook 05 the inventory: they must agree.

    Every data point a table of Fjällgården's data holds from a source type is covered by a
    source of that type in the inventory (the inventory may know more, e.g. what Meta knows).
    """
    from course_lib.datadictionary import data_dictionary

    dd = data_dictionary().dropna(subset=["data_point"])
    held = dd.groupby("data_point")["source_type"].agg(set)
    covered: dict[str, set] = {}
    for source in COMPANY.sources:
        for point in source.data_points:
            covered.setdefault(point, set()).add(source.source_type)
    for point in catalog.data_points():
        missing = held.get(point.key, set()) - covered.get(point.key, set())
        assert not missing, (point.key, missing)


def test_add_source_returns_a_new_inventory():
    mine = sources.add_source(COMPANY, "Lojalitetsappen", "Förstahandsdata", **LOYALTY)
    assert len(mine) == len(COMPANY) + 1 and len(COMPANY.added) == 0
    new = mine.added[0]
    assert new.key == "my_lojalitetsappen" and new.source_type == "first_party"
    assert new.data_points == ("purchase_behaviour", "interests") and new.stored_in == "crm"
    assert [f.target for f in mine.flows_from(new.key)] == ["email_tool"]
    assert "Lojalitetsappen (ny)" in set(sources.inventory("sv", of=mine)["Källa"])
    assert "Lojalitetsappen" in sources.coverage(mine, "sv").loc["Intressen", "Förstahandsdata"]


@pytest.mark.parametrize("language,changes,expected", [
    ("sv", {"source_type": "fjärdehandsdata"}, '"fjärdehandsdata" är ingen typ av källa'),
    ("en", {"source_type": "fourth party"}, '"fourth party" is not a source type'),
    ("sv", {"data_points": ["shoe_size"]}, 'Datapunkten "shoe_size" finns inte'),
    ("en", {"data_points": ["age", "shoe_size"]}, 'The data point "shoe_size" is not in the catalogue'),
    ("sv", {"name": "Vädertjänst"}, 'Det finns redan en källa som heter "Vädertjänst"'),
    ("en", {"name": "weather service"}, 'There is already a source called "weather service"'),
    ("sv", {"flows_to": ["TikTok"]}, 'Systemet "TikTok" finns inte i ekosystemet, så inget kan flöda'),
    ("en", {"flows_to": ["TikTok"]}, 'The system "TikTok" is not in the ecosystem, so nothing can flow'),
    ("sv", {"stored_in": "Excel"}, "kan inte lagras där"),
    ("en", {"flow_kind": "email"}, "Data moves only by export or integration"),
    ("sv", {"legal_basis": ["magkänsla"]}, "ingen rättslig grund enligt artikel 6"),
    ("en", {"name": "  "}, "The source needs a name"),
])
def test_add_source_mistakes_are_friendly(language, changes, expected):
    course_lib.set_language(language)
    args = {"name": "Lojalitetsappen", "source_type": "first_party", **LOYALTY, **changes}
    with pytest.raises(CourseError) as caught:
        sources.add_source(COMPANY, **args)
    assert expected in caught.value.message


def test_unknown_key_error_lists_the_choices():
    with pytest.raises(CourseError) as caught:
        sources.add_source(COMPANY, "App", "first_party", data_points="skostorlek")
    assert "age (Ålder)" in caught.value.hint


def test_save_and_load_round_trip():
    assert sources.my_inventory() is COMPANY
    mine = sources.add_source(COMPANY, "Lojalitetsappen", "first_party", **LOYALTY)
    path = sources.save_mine(mine)
    assert path.parent == course_lib.work_dir()
    loaded = sources.my_inventory()
    assert loaded.added == mine.added and loaded.flows == mine.flows
    assert sources.forget_mine().name.startswith("my_sources.reset-")
    assert sources.my_inventory() is COMPANY


def test_a_broken_file_is_set_aside_with_a_notice():
    sources.my_sources_path().write_text("{not json", encoding="utf-8")
    loaded = sources.my_inventory()
    assert loaded.notice and "my_sources.broken-1.json" in loaded.notice
    assert len(loaded) == len(COMPANY)
    assert not sources.my_sources_path().exists()


def test_a_file_with_unknown_keys_is_set_aside():
    path = sources.save_mine(sources.add_source(COMPANY, "App", "first_party", **LOYALTY))
    data = json.loads(path.read_text(encoding="utf-8"))
    data["sources"][0]["data_points"] = ["shoe_size"]
    path.write_text(json.dumps(data), encoding="utf-8")
    assert sources.my_inventory().notice


@pytest.mark.parametrize("language", ["sv", "en"])
def test_map_returns_a_figure(language):
    mine = sources.add_source(COMPANY, "Lojalitetsappen", "first_party", **LOYALTY)
    fig = sources.ecosystem_map(mine, highlight="Lojalitetsappen", language=language)
    assert isinstance(fig, Figure)
    words = " ".join(t.get_text() for t in fig.axes[0].texts)
    assert ("Lagring hos oss" if language == "sv" else "Storage with us") in words
    assert "Lojalitetsappen" in words
    assert figure_png(fig).startswith(b"\x89PNG")


def test_map_layout_keeps_boxes_apart():
    pos = sources.layout(COMPANY)
    for stage in ("storage", "platform"):
        ys = sorted(pos[s.key][1] for s in COMPANY.systems if s.stage == stage)
        assert all(b - a >= 0.099 for a, b in zip(ys, ys[1:], strict=False))
        assert all(0 <= y <= 1 for y in ys)


def test_widget_adds_a_source_to_table_and_map():
    box = source_form()
    start_picture = bytes(box.picture.value)
    assert start_picture.startswith(b"\x89PNG") and "Vädertjänst" in box.table.value
    box.add_button.click()
    assert "behöver ett namn" in box.status.value
    box.fields["name"].value = "Lojalitetsappen"
    box.fields["data_points"].value = ("purchase_behaviour",)
    box.fields["collected"].value = "Kunden skannar appen i kassan"
    box.fields["stored_in"].value = "crm"
    box.fields["flows_to"].value = ("email_tool",)
    box.add_button.click()
    assert "Lojalitetsappen</b> är tillagd" in box.status.value
    assert "Lojalitetsappen (ny)" in box.table.value
    assert bytes(box.picture.value) != start_picture
    assert q5.feedback_for(sources.my_inventory()).correct
    box.add_button.click()
    assert "finns redan" in box.status.value
    box.start_over_button.click()
    assert "Lojalitetsappen" not in box.table.value and sources.my_inventory() is COMPANY


def test_widget_labels_follow_language():
    course_lib.set_language("en")
    box = source_form()
    assert box.add_button.description == "Add the source"
    assert ("First-party data", "first_party") in box.fields["source_type"].options
    box.fields["name"].value = "Loyalty app"
    box.add_button.click()
    assert "is added and saved" in box.status.value


def test_loyalty_exercise_feedback():
    course_lib.set_language("en")
    assert q5.check(COMPANY).status == "incorrect"
    bare = sources.add_source(COMPANY, "Loyalty app", "first_party")
    feedback = q5.check(bare)
    assert "where it is stored" in feedback.message and "at least one system" in feedback.message
    assert q5.check("loyalty app").status == "invalid"
