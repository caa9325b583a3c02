"""The glossary: complete terms, unambiguous synonyms, no avoided wording anywhere a learner reads,
and exercises that accept every correct wording."""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
import tomllib
from pathlib import Path

import pytest

import course_lib
from course_lib import catalog, glossary, references
from course_lib.core.i18n import REGISTRY

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import build_notebooks  # noqa: E402

_, EVERYTHING = build_notebooks.load_sources()
TERMS = glossary.terms()

# Message tables of modules other branches own; they still use an avoided wording. xfail(strict)
# turns into a failure the day the owner fixes it, so the entry is removed then.
OWNED_ELSEWHERE = {
}


def _prose(text: str) -> str:
    """What a learner reads: no code blocks, no inline code, no link targets."""
    text = re.sub(r"```.*?```", "", text, flags=re.S)
    text = re.sub(r"`[^`\n]*`", "", text)
    return re.sub(r"\]\([^)]*\)", "]", text)


def _hits(text: str, language: str) -> list[str]:
    found = []
    for term in TERMS:
        for pattern in term.avoid(language):
            for match in pattern.finditer(text):
                found.append(f"{match.group(0)!r} (write: {term.use_instead or term.name(language)})")
    return found


# ------------------------------------------------------------------------------ the glossary itself
def test_every_term_is_complete():
    keys = [t.key for t in TERMS]
    assert len(keys) == len(set(keys))
    for term in TERMS:
        for language in ("sv", "en"):
            assert term.name(language).strip(), term.key
            assert term.definition(language).strip(), term.key
        if term.source:
            references.reference(term.source)
        for pattern in (*term.avoid_sv, *term.avoid_en):
            re.compile(pattern)
        if term.avoid_sv or term.avoid_en:
            assert term.use_instead.strip(), f"{term.key}: say what to write instead"


def test_catalogue_links_point_to_real_keys():
    with open(ROOT / "data" / "gdpr.toml", "rb") as handle:
        gdpr = tomllib.load(handle)
    gdpr_keys = {e["key"] for section in ("principles", "legal_bases") for e in gdpr[section]}
    known = gdpr_keys | {e.key for kind in ("data_points", "dimensions", "categories", "source_types",
                                           "data_types", "gdpr_classes", "identifiers")
                         for e in getattr(catalog, kind)()}
    linked = [t.catalog for t in TERMS if t.catalog]
    assert len(linked) == len(set(linked))
    assert set(linked) <= known, set(linked) - known


def test_no_wording_belongs_to_two_terms():
    seen: dict[str, str] = {}
    for term in TERMS:
        for wording in term.wordings():
            assert seen.setdefault(wording, term.key) == term.key, (wording, seen[wording], term.key)


def test_every_data_point_and_dimension_has_a_term_with_related_words():
    for point in catalog.data_points():
        term = glossary.for_catalog(point.key)
        assert term is not None, point.key
        assert term.related_sv and term.related_en, point.key
    for dimension in catalog.dimensions():
        assert glossary.for_catalog(dimension.key) is not None, dimension.key


# ------------------------------------------------------------------------------ no avoided wording
@pytest.mark.parametrize("module", EVERYTHING, ids=[m.NOTEBOOK["number"] for m in EVERYTHING])
@pytest.mark.parametrize("language", ["sv", "en"])
def test_notebook_prose_uses_no_avoided_wording(module, language):
    found = [f"cell {i}: {hit}" for i, cell in enumerate(module.CELLS) if cell.kind == "markdown"
             for hit in _hits(_prose(cell.source(language)), language)]
    assert not found, "\n".join(found)


def _all_message_tables():
    for info in pkgutil.walk_packages(course_lib.__path__, "course_lib."):
        importlib.import_module(info.name)
    return dict(REGISTRY)


TABLES = _all_message_tables()


@pytest.mark.parametrize("owner", [
    pytest.param(owner, marks=pytest.mark.xfail(strict=True, reason=OWNED_ELSEWHERE[owner]))
    if owner in OWNED_ELSEWHERE else owner
    for owner in sorted(TABLES)
])
def test_library_messages_use_no_avoided_wording(owner):
    found = [f"{key}/{language}: {hit}" for key, texts in TABLES[owner].items()
             for language in ("sv", "en") for hit in _hits(texts[language], language)]
    assert not found, "\n".join(found)


def _texts(value, language):
    if isinstance(value, dict):
        for key, inner in value.items():
            if isinstance(inner, str) and key.endswith(f"_{language}"):
                yield key, inner
            elif isinstance(inner, list) and key.endswith(f"_{language}"):
                yield from ((key, s) for s in inner if isinstance(s, str))
            else:
                yield from _texts(inner, language)
    elif isinstance(value, list):
        for inner in value:
            yield from _texts(inner, language)


@pytest.mark.parametrize("name", sorted(p.name for p in (ROOT / "data").glob("*.toml")
                                        if p.name != "glossary.toml"))
@pytest.mark.parametrize("language", ["sv", "en"])
def test_data_texts_use_no_avoided_wording(name, language):
    with open(ROOT / "data" / name, "rb") as handle:
        data = tomllib.load(handle)
    found = [f"{key}: {hit}" for key, text in _texts(data, language) for hit in _hits(text, language)]
    assert not found, "\n".join(found)


# ------------------------------------------------------------------------------ exercises accept synonyms
@pytest.mark.parametrize("answer", ["Psykografisk", "psykografi", "Psychografisk", "Psychographic",
                                    "psychographics", "  den psykografiska   dimensionen ",
                                    "Geografisk", "geografi", "Geographical", "geographic"])
def test_commuting_dimension_accepts_every_correct_wording(answer):
    from course_lib.lessons.l04 import q2

    assert q2.feedback_for(answer).correct, answer


def test_commuting_dimension_still_refuses_a_wrong_dimension():
    from course_lib.lessons.l04 import q2

    assert q2.feedback_for("Demografisk").status == "incorrect"
    assert q2.feedback_for("Personlighet").status == "incorrect"


@pytest.mark.parametrize("answer", ["Uppgiftsminimering", "dataminimering", "data minimisation",
                                    "Data minimization", "Ändamålsbegränsning", "purpose limitation",
                                    "syftesbegränsning"])
def test_which_principle_accepts_every_correct_wording(answer):
    from course_lib.lessons.l07 import q1

    assert q1.feedback_for(answer).correct, answer


def test_which_principle_explains_the_second_answer_and_refuses_wrong_ones():
    from course_lib.lessons.l07 import q1

    assert "5.1 b" in q1.feedback_for("Ändamålsbegränsning").message
    assert q1.feedback_for("Riktighet").status == "incorrect"


def test_three_factors_accept_synonyms_and_judge_reasons_by_meaning():
    from course_lib.lessons.l04 import q5

    short = {"Ålder": "Unga vill ha annat", "Ortstyp": "Landet behöver tåligare plagg",
             "Utlösare": "Regn säljer"}
    assert q5.feedback_for(short).correct, q5.feedback_for(short).message
    english = {"age": "The young want other styles",
               "urban or rural": "In the countryside people work outdoors",
               "Triggers": "Rain sells rain gear"}
    assert q5.feedback_for(english).correct, q5.feedback_for(english).message
    long_but_empty = {"Ålder": "Den här faktorn är jättebra och kommer att fungera i kampanjen",
                      "Ortstyp": "Landet behöver tåligare plagg", "Utlösare": "Regn säljer"}
    feedback = q5.feedback_for(long_but_empty)
    assert feedback.status == "incorrect" and "Ålder" in feedback.message
    bare = {"Ålder": "Ålder", "Ortstyp": "Landet behöver tåligare plagg", "Utlösare": "Regn säljer"}
    assert q5.feedback_for(bare).status == "incorrect"
