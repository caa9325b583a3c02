"""The capstone data plan: validation, save and load, export round-trip, picture, form."""

import base64
import json
import re

import pytest

import course_lib
from course_lib import dataplan as dp
from course_lib.core.errors import CourseError
from course_lib.lessons.l09 import q4
from course_lib.widgets.dataplan import plan_form


def _evil_plan():
    return dp.DataPlan(
        "<script>alert('org')</script> & Co",
        factors=["age"],
        stages={"loyalty": dp.StagePlan(data_points=["Ålder"], storage="CRM <b>",
                                         segment="<img src=x onerror=alert(1)>",
                                         message="Köp *nu* | [klicka](javascript:alert(1))")},
    )


# ------------------------------------------------------------------ round trip
def test_save_then_load_gives_the_same_plan():
    plan = dp.example_plan()
    path = dp.save_plan(plan)
    assert path.name == "dataplan.json"
    loaded = dp.load_plan()
    assert loaded.notice is None and loaded.plan == plan
    assert json.loads(path.read_text(encoding="utf-8"))["stages"]["purchase"]["sources"] == [
        "first_party", "third_party"]


def test_dict_round_trip_and_names_become_keys():
    plan = dp.DataPlan(" Fjällgården  AB ", factors=["Ålder", "interests", "City"],
                       stages={"Köp": {"data_points": ["Konsumtion och köpbeteende"],
                                       "sources": ["Förstahandsdata"], "storage": "CRM"}})
    assert plan.organisation == "Fjällgården AB"
    assert plan.factors == ("age", "interests", "city")
    assert plan.stages["purchase"].data_points == ("purchase_behaviour",)
    assert plan.stages["purchase"].sources == ("first_party",)
    assert list(plan.stages) == list(dp.STAGES)
    assert dp.DataPlan.from_dict(plan.to_dict()) == plan


def test_export_contains_the_plan_in_both_formats():
    plan = dp.example_plan()
    paths = dp.export_plan(plan)
    assert {p.name for p in paths.values()} == {"dataplan.md", "dataplan.html", "dataplan.png"}
    assert all(p.parent == dp.plan_path().parent and p.stat().st_size > 0 for p in paths.values())
    markdown = paths["markdown"].read_text(encoding="utf-8")
    page = paths["html"].read_text(encoding="utf-8")
    for text in (plan.organisation, "Medvetenhet", "Lojalitet", "Förstahandsdata",
                 "Intressen", "Klubbmedlemmar som inte handlat på ett år"):
        assert text in markdown and text in page, text
    for stage in plan.stages.values():
        for value in (stage.collection, stage.segment, stage.message):
            assert value in page
    assert "![" in markdown and "(dataplan.png)" in markdown


def test_html_is_self_contained_with_the_picture_embedded():
    page = dp.plan_to_html(dp.example_plan(), "en")
    assert page.startswith("<!DOCTYPE html>") and '<html lang="en">' in page
    match = re.search(r'src="data:image/png;base64,([A-Za-z0-9+/=]+)"', page)
    assert match and base64.b64decode(match.group(1)).startswith(b"\x89PNG")
    assert not re.search(r'(src|href)="https?:', page)
    assert "Data plan for Fjällgården" in page and "Awareness" in page


def test_learner_text_is_escaped_no_html_injection():
    plan = _evil_plan()
    page = dp.plan_to_html(plan, picture=False)
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "<img src=x" not in page and "<b>" not in page
    markdown = dp.plan_to_markdown(plan)
    assert "<script>" not in markdown and "<img" not in markdown
    assert "&lt;script&gt;" in markdown
    assert "[klicka](javascript" not in markdown and "\\*nu\\*" in markdown and "\\|" in markdown
    dp.save_plan(plan)
    assert dp.load_plan().plan == plan  # escaping is for documents only; the plan keeps its text


def test_markdown_and_html_follow_the_language():
    plan = dp.example_plan("en")
    assert plan.stages["loyalty"].message.startswith("Your points")
    assert "Köp" in dp.plan_to_markdown(plan, "sv") and "Purchase" in dp.plan_to_markdown(plan, "en")
    course_lib.set_language("en")
    assert "# Data plan for Fjällgården" in dp.plan_to_markdown(plan)
    assert plan._repr_markdown_().startswith("### Data plan for Fjällgården\n")
    assert "##### Loyalty" in plan._repr_markdown_()


def test_gaps_and_gdpr_notes():
    assert dp.plan_gaps(dp.example_plan()) == []
    plan = dp.DataPlan("Fjällgården", factors=["political_opinion", "income"])
    gaps = dp.plan_gaps(plan)
    assert "Du har valt 2 av tre faktorer att segmentera på." in gaps
    assert "Lojalitet: var lagras datan?" in gaps and len(gaps) == 1 + 3 * 4
    notes = dp.gdpr_notes(plan, "en")
    assert "Political opinion is a special category" in notes[0] and "Income" in notes[1]
    exported = dp.plan_to_markdown(plan)
    assert "## Att tänka på" in exported and "## Det här saknas än" in exported


def test_storage_places_split_on_commas_outside_parentheses():
    stage = dp.StagePlan(storage="Annonsplattformen (Meta, Google); crm-system, CRM-system ,")
    assert stage.storage_places() == ["Annonsplattformen (Meta, Google)", "Crm-system"]


# ------------------------------------------------------------------ broken files
def test_corrupt_file_is_set_aside_and_learner_told():
    path = dp.plan_path()
    path.write_text('{"organisation": "Fjällg', encoding="utf-8")
    loaded = dp.load_plan()
    assert loaded.plan is None
    assert "dataplan.broken-1.json" in loaded.notice and "gick inte att läsa" in loaded.notice
    assert not path.exists()
    assert (path.parent / "dataplan.broken-1.json").read_text(encoding="utf-8").startswith("{")


def test_file_that_no_longer_validates_is_set_aside_too():
    data = dp.example_plan().to_dict()
    data["factors"] = ["shoe_size"]
    dp.plan_path().write_text(json.dumps(data), encoding="utf-8")
    course_lib.set_language("en")
    loaded = dp.load_plan()
    assert loaded.plan is None and "could not be read" in loaded.notice


def test_corrupt_file_form_starts_empty_and_says_so():
    dp.plan_path().write_bytes(b"\xff\xfe not json")
    form = plan_form()
    assert form.organisation.value == ""
    assert "dataplan.broken-1.json" in form.status_text()


# ------------------------------------------------------------------ validation
@pytest.mark.parametrize("language,expected", [
    ("sv", "Dataplanen saknar namnet på organisationen."),
    ("en", "The data plan has no organisation name."),
])
def test_empty_organisation(language, expected):
    course_lib.set_language(language)
    for name in ("", "   ", None):
        with pytest.raises(CourseError) as caught:
            dp.DataPlan(name)
        assert caught.value.message == expected and "Fjällgården" in caught.value.hint


@pytest.mark.parametrize("language,words", [
    ("sv", ("finns inte bland kursens datapunkter", "Välj bland: Ålder, Kön")),
    ("en", ("is not one of the course's data points", "Choose from: Age, Gender")),
])
def test_unknown_data_point(language, words):
    course_lib.set_language(language)
    with pytest.raises(CourseError) as caught:
        dp.DataPlan("Fjällgården", stages={"awareness": {"data_points": ["skostorlek"]}})
    assert '"skostorlek"' in caught.value.message and words[0] in caught.value.message
    assert caught.value.hint.startswith(words[1])


@pytest.mark.parametrize("language,words", [
    ("sv", ("är ingen av kursens källtyper", "Förstahandsdata, Andrahandsdata, Tredjepartsdata")),
    ("en", ("is not one of the course's source types", "First-party data, Second-party data")),
])
def test_unknown_source_type(language, words):
    course_lib.set_language(language)
    with pytest.raises(CourseError) as caught:
        dp.StagePlan(sources=["fjärdehandsdata"])
    assert words[0] in caught.value.message and words[1] in caught.value.hint


def test_other_validation_messages():
    with pytest.raises(CourseError, match="högst tre"):
        dp.DataPlan("X", factors=["age", "gender", "city", "country"])
    with pytest.raises(CourseError, match="inget steg i kundresan"):
        dp.DataPlan("X", stages={"efterköp": {}})
    with pytest.raises(CourseError, match="ska innehålla text"):
        dp.StagePlan(segment=42)
    with pytest.raises(CourseError, match="för långt"):
        dp.StagePlan(message="x" * 400)
    with pytest.raises(CourseError, match="inte ut som en dataplan"):
        dp.DataPlan.from_dict(["not", "a", "plan"])
    course_lib.set_language("en")
    with pytest.raises(CourseError, match="at most three"):
        dp.DataPlan("X", factors=["age", "gender", "city", "country"])


# ------------------------------------------------------------------ picture
@pytest.mark.parametrize("language,labels", [
    ("sv", {"Källor", "Insamling", "Lagring", "Segment och budskap", "Dataekosystem: Fjällgården"}),
    ("en", {"Sources", "Collection", "Storage", "Segments and messages", "Data ecosystem: Fjällgården"}),
])
def test_ecosystem_map_has_localized_labels(language, labels):
    from matplotlib.figure import Figure

    fig = dp.ecosystem_map(dp.example_plan(language), language)
    assert isinstance(fig, Figure)
    texts = {t.get_text() for t in fig.axes[0].texts} | {fig.axes[0].get_title()}
    assert labels <= texts
    first_party = "Förstahandsdata" if language == "sv" else "First-party data"
    assert first_party in texts
    assert any(t.startswith(dp.stage_name("loyalty", language).upper()) for t in texts)


def test_ecosystem_map_of_an_almost_empty_plan():
    fig = dp.ecosystem_map(dp.DataPlan("Tomt AB"), "sv")
    assert "(ej ifyllt)" in {t.get_text() for t in fig.axes[0].texts}


# ------------------------------------------------------------------ the form
def test_form_saves_and_comes_back_filled_after_a_restart():
    form = plan_form()
    assert "Ingen sparad plan" in form.status_text()
    form.organisation.value = "Cykelverkstan"
    form.factors.value = ("age", "city", "triggers")
    for stage, controls in form.stage_controls.items():
        controls["data_points"].value = ("purchase_behaviour",)
        controls["sources"].value = ("first_party",)
        controls["collection"].value = "Formulär som sparar i CRM"
        controls["storage"].value = "CRM-system"
        controls["segment"].value = f"Segment för {stage}"
        controls["message"].value = "Välkommen <tillbaka>"
    form.save_button.click()
    assert "Sparat" in form.status_text() and "täcker hela kundresan" in form.status_text()
    assert "dataplan.json" in form.status.value and "<tillbaka>" not in form.status.value

    again = plan_form()  # a new kernel creates the form anew and reads the saved file
    assert again.organisation.value == "Cykelverkstan"
    assert again.factors.value == ("age", "city", "triggers")
    assert again.stage_controls["loyalty"]["storage"].value == "CRM-system"
    assert again.plan == form.plan == dp.load_plan().plan
    assert "Cykelverkstan" in again.status_text()
    assert q4.check(again.plan).correct


def test_form_reports_problems_instead_of_raising():
    form = plan_form()
    form.save_button.click()
    assert "saknar namnet" in form.status_text()
    assert not dp.plan_path().exists()
    assert form.review().status == "invalid"
    form.organisation.value = "Fjällgården"
    assert "Medvetenhet: var lagras datan?" in form.review().message


def test_form_export_writes_files():
    form = plan_form(start_from=dp.example_plan())
    assert form.organisation.value == "Fjällgården"
    form.export_button.click()
    folder = dp.plan_path().parent
    for name in ("dataplan.md", "dataplan.html", "dataplan.png", "dataplan.json"):
        assert (folder / name).exists(), name
    assert "Exporterat" in form.status_text() and "dataplan.html" in form.status_text()
    form.picture_button.click()
    assert bytes(form.picture.value).startswith(b"\x89PNG") and form.picture.layout.display == "block"


def test_saved_plan_wins_over_start_from():
    dp.save_plan(dp.DataPlan("Min förening"))
    assert plan_form(start_from=dp.example_plan()).organisation.value == "Min förening"


def test_form_labels_follow_language():
    course_lib.set_language("en")
    form = plan_form()
    assert form.save_button.description == "Save" and form.export_button.description == "Export"
    assert form.tabs.titles == ("Awareness", "Consideration", "Purchase", "Loyalty", "Test")
    assert form.test_controls["sample_size"].description == "Recipients per group"
    assert form.stage_controls["purchase"]["storage"].description == "Where it is stored"
    assert ("First-party data", "first_party") in form.stage_controls["purchase"]["sources"].options
    assert "Email tool" in form.stage_controls["purchase"]["storage"].options


def test_plan_exercise_judges_coverage():
    assert q4.check(dp.example_plan()).correct
    feedback = q4.feedback_for(dp.DataPlan("Fjällgården"))
    assert feedback.status == "incorrect" and "Medvetenhet, Övervägande, Köp, Lojalitet" in feedback.message
    assert q4.feedback_for({"organisation": ""}).status == "invalid"
    assert "form.plan" in q4.feedback_for("min plan").message


# ------------------------------------------------------------------ the test plan (notebook 08)
def test_a_plan_saved_before_test_plans_existed_still_loads(tmp_path):
    old = dp.example_plan().to_dict()
    del old["test"]  # exactly what the workbook wrote before
    assert dp.example_plan().test.filled
    dp.plan_path().parent.mkdir(parents=True, exist_ok=True)
    dp.plan_path().write_text(json.dumps(old), encoding="utf-8")
    loaded = dp.load_plan()
    assert loaded.notice is None and loaded.plan.organisation == "Fjällgården"
    assert loaded.plan.test == dp.TestPlan() and not loaded.plan.test.filled
    assert "Test att göra" not in dp.plan_to_markdown(loaded.plan)
    form = plan_form()
    assert form.organisation.value == "Fjällgården" and form.test_controls["baseline"].value == 0
    assert form.plan == loaded.plan


def test_a_test_plan_round_trips_and_works_out_its_sample_size():
    from course_lib.campaigns import sample_size

    test = dp.TestPlan(hypothesis="Friluftskunder köper oftare efter trygghet",
                       audience="Friluftskunder", metric="Köp inom en vecka",
                       baseline=1, target=1.5, finding="Ingen skillnad vi kan lita på än")
    assert test.needed() == sample_size(0.01, 0.005) == 7674
    test = test.with_sample_size()
    plan = dp.DataPlan("Fjällgården", test=test)
    assert dp.DataPlan.from_dict(plan.to_dict()) == plan
    path = dp.save_plan(plan)
    assert json.loads(path.read_text(encoding="utf-8"))["test"]["sample_size"] == 7674
    assert dp.load_plan().plan.test == test
    markdown, page = dp.plan_to_markdown(plan), dp.plan_to_html(plan, picture=False)
    for text in ("Test att göra", "Friluftskunder köper oftare efter trygghet",
                 "från 1,0 % till 1,5 %", "7\u00a0674", "Ingen skillnad vi kan lita på än"):
        assert text in markdown and text in page, text
    english = dp.plan_to_markdown(plan, "en")
    assert "Test to run" in english and "from 1.0% to 1.5%" in english and "7,674" in english


@pytest.mark.parametrize("fields, words", [
    ({"baseline": 120}, "mellan 0 och 100"),
    ({"baseline": "två"}, "mellan 0 och 100"),
    ({"baseline": 2, "target": 2}, "måste skilja sig"),
    ({"sample_size": -5}, "heltal"),
    ({"hypothesis": "x" * 400}, "för långt"),
])
def test_a_test_plan_with_mistakes_gets_a_friendly_sentence(fields, words):
    with pytest.raises(CourseError, match=words):
        dp.TestPlan(**fields)


def test_the_form_has_a_test_tab_that_works_out_recipients_and_saves():
    form = plan_form()
    assert form.tabs.titles[-1] == "Test"
    form.organisation.value = "Cykelverkstan"
    form.compute_button.click()
    assert "Fyll först i" in form.status_text()
    controls = form.test_controls
    controls["hypothesis"].value = "Pendlare klickar mer på pris efter lönen"
    controls["baseline"].value = 2.0
    controls["target"].value = 3.0
    form.compute_button.click()
    assert controls["sample_size"].value == 3789 and "3\u00a0789" in form.status_text()
    form.save_button.click()
    again = plan_form()
    assert again.test_controls["sample_size"].value == 3789
    assert again.plan.test.hypothesis == "Pendlare klickar mer på pris efter lönen"
    assert "Test att göra" in dp.plan_to_markdown(again.plan)
    controls["target"].value = 2.0  # the same as today's rate: told, not raised
    form.compute_button.click()
    assert "måste skilja sig" in form.status_text()


def test_the_hand_in_summary_says_whether_the_plan_has_a_test():
    from course_lib.classroom import handin

    assert handin.plan_summary(dp.DataPlan("Fjällgården"))["test_plan"] is False
    plan = dp.DataPlan("Fjällgården", test=dp.TestPlan(hypothesis="Regn får fler att klicka"))
    assert handin.plan_summary(plan)["test_plan"] is True
    assert handin.plan_summary(dp.example_plan())["test_plan"] is True  # notebook 08's test
