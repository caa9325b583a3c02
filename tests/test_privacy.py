"""The GDPR audit: every rule fires when it should and stays quiet when it should not."""

import pandas as pd
import pytest

import course_lib
from course_lib import privacy
from course_lib.core.errors import CourseError
from course_lib.lessons.l07 import q5, q6
from course_lib.widgets.privacy import audit_widget


def row(data, purpose="Skicka nyhetsbrevet", legal_basis="consent", **more):
    return {"data": data, "purpose": purpose, "legal_basis": legal_basis, **more}


def codes(plan):
    return [(f.level, f.code) for f in privacy.audit_plan(plan)]


def test_the_law_as_data():
    assert [p.article for p in privacy.principles()][:3] == ["5.1 a", "5.1 b", "5.1 c"]
    assert [b.key for b in privacy.legal_bases()] == [
        "consent", "contract", "legal_obligation", "vital_interests", "public_task",
        "legitimate_interests"]
    assert len(privacy.special_categories()) == 8
    assert privacy.legal_basis("Samtycke").key == privacy.legal_basis("consent").key == "consent"
    assert privacy.legal_basis("vi äger datan") is None


def test_an_ordinary_item_with_purpose_and_basis_is_ok():
    assert codes([row("email")]) == [("ok", "ok")]
    assert codes([row("Ålder", legal_basis="Intresseavvägning (berättigat intresse)")]) == [("ok", "ok")]


def test_special_category_is_forbidden_without_an_exception():
    assert codes([row("political_opinion")]) == [("forbidden", "special_category")]
    assert codes([row("political_opinion", exception="explicit_consent")]) == [
        ("caution", "special_with_exception")]


def test_free_text_that_reveals_health_is_a_special_category():
    assert codes([row("Allergier hos kunden")])[0] == ("forbidden", "special_category")
    assert "Hälsa" in privacy.audit_plan([row("Allergier hos kunden")])[0].message
    assert codes([row("Skostorlek")]) == [("ok", "not_in_catalogue")]
    assert codes([row("Favoritfärg", gdpr="special")])[0] == ("forbidden", "special_category")


def test_sensitive_in_practice_is_caution_not_a_problem():
    findings = privacy.audit_plan([row("income")])
    assert [(f.level, f.code, f.problem) for f in findings] == [("caution", "sensitive", False)]
    assert codes([row("age")]) == [("ok", "ok")]


def test_personnummer_has_extra_protection_and_is_not_needed():
    findings = privacy.audit_plan([row("personnummer", legal_basis="contract")])
    assert [(f.level, f.code) for f in findings] == [("not_needed", "personnummer")]
    assert "svensk lag" in findings[0].message


def test_data_minimisation_no_purpose_or_a_vague_one():
    assert codes([row("gender", purpose="")]) == [("not_needed", "no_purpose")]
    assert codes([row("gender", purpose="Bra att ha")]) == [("not_needed", "vague_purpose")]
    assert codes([row("gender", purpose="Just in case")]) == [("not_needed", "vague_purpose")]
    assert codes([row("gender", purpose="Anpassa storlekstabellen i nyhetsbrevet")]) == [("ok", "ok")]


def test_missing_or_invalid_legal_basis():
    assert codes([row("phone", legal_basis="")]) == [("needs_basis", "no_basis")]
    assert codes([row("phone", legal_basis=None)]) == [("needs_basis", "no_basis")]
    findings = privacy.audit_plan([row("phone", legal_basis="Vi har köpt listan")])
    assert [(f.level, f.code) for f in findings] == [("needs_basis", "unknown_basis")]
    assert "Vi har köpt listan" in findings[0].message and "Samtycke" in findings[0].message


def test_retention_without_limit_is_caution():
    assert codes([row("email", retention="Tills vidare")]) == [("caution", "no_retention")]
    assert codes([row("email", retention="24 månader")]) == [("ok", "ok")]


def test_findings_most_serious_first_per_item():
    findings = privacy.audit_plan([row("political_opinion", purpose="", legal_basis="")])
    assert [f.level for f in findings] == ["forbidden", "needs_basis", "not_needed"]


@pytest.mark.parametrize("language,word", [("sv", "särskild kategori"), ("en", "special category")])
def test_messages_follow_the_language(language, word):
    course_lib.set_language(language)
    finding = privacy.audit_plan([row("political_opinion")])[0]
    assert word in finding.message
    assert finding.data == ("Politisk åsikt" if language == "sv" else "Political opinion")
    assert privacy.level_name("forbidden") == ("⛔ Inte tillåtet" if language == "sv" else "⛔ Not allowed")


def test_a_dataframe_plan_works_like_a_list():
    plan = privacy.example_plan()
    assert privacy.audit_plan(pd.DataFrame(plan)) == privacy.audit_plan(plan)
    frame = pd.DataFrame(plan)
    frame.loc[0, "retention"] = float("nan")
    assert privacy.audit_plan(frame)[0].code == "ok"


def test_fjallgarden_plan_is_judged_the_same_in_both_languages():
    sv = privacy.problem_items(privacy.example_plan("sv"))
    en = privacy.problem_items(privacy.example_plan("en"))
    assert sv == en and len(sv) == 6
    verdicts = privacy.verdicts(privacy.example_plan("sv"))
    assert set(verdicts) == set(privacy.LEVELS)  # the plan shows every level once at least
    assert q5.correct == {privacy.example_plan()[i]["id"] for i in sv}


def test_tables_and_summary():
    plan = privacy.example_plan()
    table = privacy.audit_table(plan)
    assert list(table.columns) == ["Uppgift", "Syfte", "GDPR-klass", "Bedömning", "Varför"]
    assert len(table) == len(plan) and table.index[0] == 1
    assert "⛔ Inte tillåtet: 2" in privacy.summary(plan)
    assert len(privacy.plan_frame(plan)) == len(plan)
    classes = privacy.gdpr_classes_frame()
    assert "Politisk åsikt" in classes.loc["Särskild kategori (art. 9)"].iloc[-1]
    assert "Personnummer" in classes.loc["Integritetskänslig"].iloc[-1]
    assert list(privacy.principles_frame().index)[2] == "5.1 c"
    assert len(privacy.principles_frame()) == 7 and len(privacy.legal_bases_frame()) == 6
    assert "Politisk åsikt" in privacy.special_categories_frame().loc["Politiska åsikter"].iloc[-1]


@pytest.mark.parametrize("plan,fragment", [
    ("email", "lista"),
    ({"data": "email"}, "lista"),
    (["email"], "Rad 1"),
    ([{"data": "email", "legal_basis": "consent"}], "”purpose” saknas i rad 1"),
    ([row("email"), {"data": "age", "purpose": "x"}], "”legal_basis” saknas i rad 2"),
    ([row("politcal_opinion")], "”politcal_opinion”"),
    ([row("")], "tom"),
    ([row(["email"])], "text"),
    ([row("email", source="grannen")], "”grannen”"),
    ([row("email", exception="vanligt samtycke")], "”vanligt samtycke”"),
    ([row("Favoritfärg", gdpr="hemlig")], "”hemlig”"),
])
def test_malformed_plans_give_a_friendly_error_naming_the_problem(plan, fragment):
    with pytest.raises(CourseError) as caught:
        privacy.audit_plan(plan)
    assert fragment in caught.value.message


def test_errors_suggest_what_was_meant():
    with pytest.raises(CourseError) as caught:
        privacy.audit_plan([row("politcal_opinion")])
    assert "political_opinion" in caught.value.hint
    with pytest.raises(CourseError) as caught:
        privacy.audit_plan(pd.DataFrame([{"data": "email", "purpose": "x", "legal basis": "consent"}]))
    assert "legal_basis" in caught.value.message and "legal basis" in caught.value.hint
    course_lib.set_language("en")
    with pytest.raises(CourseError, match="is missing"):
        privacy.audit_plan([{"data": "email"}])


def test_empty_plan_has_no_findings():
    assert privacy.audit_plan([]) == []


def test_own_plan_exercise_uses_the_audit():
    q6.assert_check_passed()
    q6.assert_check_failed()
    assert q6.check("email").status == "invalid"
    assert q6.check([row("email")]).status == "incorrect"


def test_audit_widget_follows_the_ticks_and_legal_bases():
    box = audit_widget()
    ids = [item["id"] for item in privacy.example_plan()]
    assert "⛔ Inte tillåtet: 2" in box.summary.value
    for tick, item_id in zip(box.ticks, ids, strict=True):
        tick.value = item_id not in {"politics", "health"}
    assert "Inte tillåtet" not in box.summary.value
    phone = box.bases[ids.index("phone")]
    assert phone.value == ""
    assert "Saknar rättslig grund: 1" in box.summary.value
    phone.value = "consent"
    assert "Saknar rättslig grund" not in box.summary.value
    for tick in box.ticks:
        tick.value = False
    assert "Inget är valt" in box.summary.value and box.table.value == ""
    assert box.bases[ids.index("politics")].value == "Vi har köpt listan"


def test_audit_widget_labels_follow_language():
    course_lib.set_language("en")
    box = audit_widget([row("email"), row("political_opinion")])
    assert [t.description for t in box.ticks] == ["Email address", "Political opinion"]
    assert "Not allowed" in box.table.value
    with pytest.raises(CourseError):
        audit_widget([{"data": "email"}])
