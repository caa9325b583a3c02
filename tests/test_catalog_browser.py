"""Notebook 04: the catalogue filters, coverage from the data dictionary, the browser widget and
the three-factor exercise (check, save, widget form)."""

import pytest

import course_lib
from course_lib import browser, catalog, choices
from course_lib.core.errors import CourseError
from course_lib.core.exercise_widgets import UNCHOSEN
from course_lib.lessons.l04 import q4, q5
from course_lib.widgets import catalog_browser as catalog_browser_module
from course_lib.widgets.catalog_browser import catalog_browser


# ------------------------------------------------------------------ filters
def test_no_filter_gives_all_twenty_in_lesson_order():
    assert browser.filter_data_points() == catalog.data_points()


@pytest.mark.parametrize("filters,expected", [
    ({"category": "behaviour"}, ["psychological_type", "triggers"]),
    ({"dimension": "Geografisk"}, ["country", "city", "city_district", "urban_rural"]),
    ({"gdpr": "special"}, ["political_opinion"]),
    ({"category": "attitude", "gdpr": "Privacy-sensitive"}, ["movement_patterns"]),
    ({"source": "third_party", "dimension": "personality"}, ["psychological_type", "triggers"]),
    ({"category": "factual", "dimension": "personality"}, []),
])
def test_filters_combine_and_accept_keys_or_names(filters, expected):
    assert [p.key for p in browser.filter_data_points(**filters)] == expected


def test_source_filter_uses_the_catalogues_typical_sources():
    third = browser.filter_data_points(source="Tredjepartsdata")
    assert all("third_party" in p.sources for p in third)
    assert "age" not in {p.key for p in third}


def test_unknown_filter_value_is_a_friendly_error_in_the_learners_language():
    with pytest.raises(CourseError, match="ingen kategori.*Faktisk data"):
        browser.filter_data_points(category="fakta")
    course_lib.set_language("en")
    with pytest.raises(CourseError, match="not a data point.*Age"):
        browser.where_in_our_data("shoe size")


# ------------------------------------------------------------------ coverage
def test_where_in_our_data_reads_the_data_dictionary():
    found = browser.where_in_our_data("Inkomst")
    assert list(found.columns) == ["Tabell", "Kolumn", "Källtyp", "Beskrivning"]
    assert set(zip(found["Tabell"], found["Kolumn"], strict=True)) == {
        ("customers", "income"), ("third_party_attributes", "household_income_band")}
    assert set(found["Källtyp"]) == {"Förstahandsdata", "Tredjepartsdata"}


def test_coverage_table_counts_columns_per_source_type():
    table = browser.coverage_table("en")
    assert table.shape == (20, 3)
    assert list(table.columns) == [s.name_en for s in catalog.source_types()]
    assert table.loc["Age"].tolist() == [1, 1, 0]
    assert table.loc["Political opinion"].tolist() == [0, 0, 1]
    assert (table.sum(axis=1) > 0).all(), "every data point is somewhere in Fjällgården's data"


def test_only_bought_exercise_matches_its_solution_text():
    assert q4.correct == {"socioeconomic_class", "political_opinion"}


def test_card_shows_question_sources_gdpr_and_our_columns():
    card = browser.card_html("political_opinion", "sv")
    point = catalog.data_point("political_opinion")
    for text in (point.question("sv"), point.examples("sv")[0], "Särskild kategori",
                 "third_party_attributes", "<code>political_opinion</code>", "får inte användas"):
        assert text.replace("(", "").replace(")", "") in card.replace("(", "").replace(")", ""), text
    assert "Ja, i 25 kolumner" in browser.card_html("purchase_behaviour", "sv")


def test_questions_markdown_lists_each_matching_question():
    text = browser.questions_markdown(dimension="personality")
    assert text.count("\n- ") == 1 and catalog.data_point("triggers").question() in text
    assert "Ingen datapunkt" in browser.questions_markdown(category="factual", gdpr="special")


def test_heatmap_is_a_figure_with_labels_in_the_chosen_language():
    fig = browser.coverage_heatmap("en")
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["First-party data", "Second-party data",
                                                            "Third-party data"]
    assert ax.get_yticklabels()[0].get_text() == "Age"


# ------------------------------------------------------------------ browser widget
def test_browser_widget_filters_and_shows_the_card():
    box = catalog_browser()
    assert "20 av 20" in box.count.value and box.points.value == "age"
    assert catalog.data_point("age").question() in box.card.value
    box.filters["category"].value = "behaviour"
    assert [k for _, k in box.points.options] == ["psychological_type", "triggers"]
    assert "2 av 20" in box.count.value and "Psykologisk typ" in box.card.value
    box.points.value = "triggers"
    assert "weather" in box.card.value  # Fjällgården has the weather table as a trigger
    box.filters["gdpr"].value = "special"
    assert box.points.value is None and "Ingen datapunkt" in box.card.value
    box.filters["category"].value = catalog_browser_module.ALL
    assert box.points.value == "political_opinion" and "får inte användas" in box.card.value


def test_browser_widget_keeps_the_chosen_point_when_it_still_matches():
    box = catalog_browser()
    box.points.value = "income"
    box.filters["gdpr"].value = "sensitive"
    assert box.points.value == "income"


def test_browser_widget_speaks_english():
    course_lib.set_language("en")
    box = catalog_browser()
    assert box.filters["category"].description == "Category"
    assert box.filters["category"].options[0] == ("All", catalog_browser_module.ALL)
    assert "Question to ask" in box.card.value


# ------------------------------------------------------------------ three factors
# A reason that is about its factor, as a learner would write it (judged by meaning, not length).
REASONS = {
    "age": "Unga och äldre vill ha olika regnkläder",
    "urban_rural": "I stan pendlar man i regnet varje dag",
    "interests": "Vandrare och löpare behöver olika plagg",
    "triggers": "Skicka erbjudandet när det börjar regna",
    "city": "Kunder nära en butik kan prova plaggen först",
    "lifestyle": "Barnfamiljer behöver regnkläder till hela familjen",
    "movement_patterns": "Den som pendlar på cykel behöver regnbyxor",
    "digital_behaviour": "Den som läser nyhetsbrevet i mobilen nås bäst där",
    "purchase_behaviour": "Den som handlar budget vill ha andra plagg än den som väljer lyx",
    "income": "Inkomsten avgör om kunden har råd med en dyr skaljacka",
    "country": "Landet avgör vilka kunder vi kan leverera till",
}


def _answer(*factors):
    from course_lib import catalog

    return {f: REASONS.get(catalog.key_for(f, catalog.data_points()), "En lång och bra motivering")
            for f in factors}


@pytest.mark.parametrize("factors", [
    ("age", "urban_rural", "interests"), ("Utlösare (triggers)", "Stad", "Livsstil"),
    ("movement_patterns", "digital_behaviour", "purchase_behaviour"),
])
def test_any_three_fitting_factors_with_reasons_are_accepted(factors):
    assert q5.feedback_for(_answer(*factors)).correct


@pytest.mark.parametrize("factors,words", [
    (("age", "political_opinion", "interests"), "särskild kategori"),
    (("age", "country", "interests"), "samma värde för ”Land” (Sverige)"),
    (("age", "interests"), "exakt tre faktorer, inte 2"),
    (("age", "interests", "city", "triggers"), "exakt tre faktorer, inte 4"),
    (("age", "Ålder", "city"), "två gånger"),
    (("age", "shoe size", "city"), "ingen datapunkt"),
])
def test_unfitting_choices_are_rejected_with_a_reason(factors, words):
    answer = {f: "En lång och bra motivering här" for f in factors}
    feedback = q5.feedback_for(answer)
    assert feedback.status == "incorrect" and words in feedback.message


def test_every_factor_needs_a_real_reason():
    answer = _answer("age", "urban_rural", "interests")
    answer["urban_rural"] = "Den här faktorn är mycket viktig för hela kampanjen i höst"
    feedback = q5.feedback_for(answer)
    assert feedback.status == "incorrect"
    assert "Motiveringen till ”Storstad eller landsbygd” säger inget" in feedback.message
    answer["urban_rural"] = "Storstad eller landsbygd"
    assert "upprepar bara namnet" in q5.feedback_for(answer).message


def test_a_list_without_reasons_is_a_form_problem():
    feedback = q5.feedback_for(["age", "urban_rural", "interests"])
    assert feedback.status == "invalid" and '"Ålder": "varför' in feedback.message


def test_sensitive_factors_pass_with_a_caution():
    feedback = q5.feedback_for(_answer("income", "age", "city"))
    assert feedback.correct and "integritetskänslig" in feedback.message


def test_check_saves_only_a_right_choice_for_notebook_06():
    q5.check(_answer("age", "political_opinion", "city"))
    assert not choices.load_three_factors().saved
    feedback = q5.check(_answer("Livsstil", "triggers", "city"))
    assert "sparat: Livsstil, Triggers, Stad" in feedback.message
    saved = choices.load_three_factors()
    assert saved.factors == ("lifestyle", "triggers", "city")
    assert saved.reasons["triggers"] == REASONS["triggers"]


def test_not_attempted_saves_nothing():
    from course_lib.core.exercises import ____

    assert q5.check(____).status == "not_attempted"
    assert not choices.load_three_factors().saved


def test_three_factor_widget_checks_like_code_and_saves():
    box = q5.widget()
    assert [f.value for f in box.factors] == [UNCHOSEN] * 3
    box.check_button.click()
    assert "Inte besvarad" in box.feedback.value
    for dropdown, key in zip(box.factors, ["age", "political_opinion", "interests"], strict=True):
        dropdown.value = key
    for text, key in zip(box.reasons, ["age", "triggers", "interests"], strict=True):
        text.value = REASONS[key]
    box.check_button.click()
    assert "särskild kategori" in box.feedback.value and not choices.load_three_factors().saved
    box.factors[1].value = UNCHOSEN
    box.check_button.click()
    assert "inte 2" in box.feedback.value
    box.factors[1].value = "triggers"
    box.check_button.click()
    assert "Rätt" in box.feedback.value and "sparat" in box.feedback.value
    assert choices.load_three_factors().factors == ("age", "triggers", "interests")
    again = q5.widget()
    assert [f.value for f in again.factors] == ["age", "triggers", "interests"]
    assert again.reasons[1].value == REASONS["triggers"]


def test_three_factor_widget_speaks_english():
    course_lib.set_language("en")
    box = q5.widget()
    assert box.check_button.description == "Check and save"
    assert box.factors[0].description == "Factor 1"
