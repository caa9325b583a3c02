"""The reference register and the citations: known ids, every entry cited, law always cited.

A paragraph of notebook prose that names a statute, an article, a court, an authority or a
decision (the LEGAL patterns below) must carry a citation marker, [ref:id], in the same
paragraph. A paragraph is a block of lines between blank lines; headings and code are left out,
and a paragraph that only asks questions cites nothing.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from course_lib import references
from course_lib.references import MARKER, UnknownReference, cited_ids, number_citations

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import build_notebooks  # noqa: E402

CHOSEN, EVERYTHING = build_notebooks.load_sources()
NUMBERS = [m.NOTEBOOK["number"] for m in EVERYTHING]

# Names of law, courts, authorities and decisions, as the workbook writes them.
LEGAL = {
    "sv": [
        r"\bartikel(n|arna)? \d", r"\bart\. ?\d", r"\bskäl \d",
        r"personuppgiftsansvarig", r"gemensamt (personuppgifts)?ansvar",
        r"\bLEK\b", r"lag(en)? om elektronisk kommunikation", r"marknadsföringslag",
        r"dataskyddslag", r"\bIMY\b", r"Integritetsskyddsmyndighet", r"Datainspektionen",
        r"\bEDPB\b", r"dataskyddsstyrelse", r"EU-domstol", r"kammarrätt", r"förvaltningsrätt",
        r"\bICO\b", r"\bFTC\b", r"Cambridge Analytica", r"rättslig(a)? grund", r"\bpseudonym",
        r"känsliga personuppgifter", r"särskild(a)? kategori",
    ],
    "en": [
        r"\bArticles? \d", r"\bArt\. ?\d", r"\brecital \d", r"\bcontrollers?\b",
        r"\bLEK\b", r"Electronic Communications Act", r"Marketing Act", r"Data Protection Act",
        r"\bIMY\b", r"Authority for Privacy Protection", r"Datainspektionen", r"\bEDPB\b",
        r"Data Protection Board", r"Court of Justice", r"\bCJEU\b", r"Court of Appeal",
        r"administrative court", r"\bICO\b", r"\bFTC\b", r"Cambridge Analytica", r"legal bas[ie]s",
        r"\bpseudonym", r"special categor", r"sensitive personal data",
    ],
}
# Cells that only list what a notebook covers carry no claims of their own, nor do the
# reflection prompts that follow "Try it with your own organisation".
GOALS = ("## Vad du lär dig här", "## What you learn here")
PROMPTS = ("Prova med din egen organisation", "Try it with your own organisation")


def _paragraphs(text: str) -> list[str]:
    """Prose paragraphs of a Markdown cell: no headings, code blocks or inline code."""
    text = re.sub(r"```.*?```", "", text, flags=re.S)
    text = re.sub(r"`[^`\n]*`", "", text)
    blocks = re.split(r"\n\s*\n", text)
    found = []
    for block in blocks:
        lines = [line for line in block.splitlines() if not line.lstrip().startswith("#")]
        if "".join(lines).strip():
            found.append("\n".join(lines))
    return found


def _only_questions(paragraph: str) -> bool:
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", MARKER.sub("", paragraph).strip()) if s.strip()]
    return all(s.rstrip().endswith("?") for s in sentences)


def uncited(text: str, language: str) -> list[str]:
    """The paragraphs of ``text`` that name law without citing a source."""
    if text.lstrip().startswith(GOALS):
        return []
    bad = []
    previous = ""
    for paragraph in _paragraphs(text):
        legal = [p for p in LEGAL[language] if re.search(p, paragraph)]
        prompts = any(p in previous for p in PROMPTS)
        if legal and not MARKER.search(paragraph) and not _only_questions(paragraph) and not prompts:
            bad.append(f"{legal[0]!r}: {paragraph[:160]}")
        previous = paragraph
    return bad


def _prose(module, language):
    return [c.source(language) for c in module.CELLS if c.kind == "markdown"]


# ------------------------------------------------------------------------------ the register
def test_register_entries_are_complete_and_unique():
    entries = references.references()
    assert entries
    for ref in entries.values():
        assert re.fullmatch(r"[a-z0-9][a-z0-9.-]*", ref.id), ref.id
        for language in ("sv", "en"):
            assert ref.title(language).strip() and ref.publisher(language).strip(), ref.id
            assert ref.link(language).startswith("https://"), ref.id
            assert ref.date_text(language)
        assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", ref.date), ref.id
        assert ref.supports.strip(), ref.id
        assert ref.note in ("", "secondary"), ref.id


def test_an_unknown_id_fails():
    with pytest.raises(UnknownReference, match="no-such-source"):
        number_citations(["Enligt artikel 6 [ref:no-such-source] behövs en grund."], "sv")
    with pytest.raises(UnknownReference):
        references.reference("no-such-source")


def test_the_builder_refuses_an_unknown_id():
    class Fake:
        NOTEBOOK = {"number": "99", "slug": {"sv": "x", "en": "x"}, "title": {"sv": "X", "en": "X"}}
        CELLS = [build_notebooks.Cell("markdown", "# X\n\nSe [ref:no-such-source].", "# X\n\nSee.")]

    with pytest.raises(UnknownReference):
        build_notebooks.to_notebook(Fake, "sv", [Fake])


@pytest.mark.parametrize("module", EVERYTHING, ids=NUMBERS)
@pytest.mark.parametrize("language", ["sv", "en"])
def test_every_marker_names_a_known_reference(module, language):
    for text in _prose(module, language):
        for ref_id in cited_ids(text):
            references.reference(ref_id)


def test_every_reference_is_cited_by_some_notebook():
    used = {ref_id for m in EVERYTHING for lang in ("sv", "en")
            for text in _prose(m, lang) for ref_id in cited_ids(text)}
    unused = sorted(set(references.references()) - used)
    assert not unused, f"references no notebook cites (cite them or remove them): {unused}"


@pytest.mark.parametrize("module", EVERYTHING, ids=NUMBERS)
def test_both_languages_cite_the_same_sources_in_the_same_order(module):
    orders = [number_citations(_prose(module, lang), lang)[1] for lang in ("sv", "en")]
    assert orders[0] == orders[1]


# ------------------------------------------------------------------------------ law is cited
def test_the_rule_finds_law_without_a_source():
    assert uncited("Enligt artikel 6 behövs en rättslig grund.", "sv")
    assert not uncited("Enligt artikel 6 behövs en rättslig grund [ref:gdpr-art-6].", "sv")
    assert uncited("The advertiser and Meta are joint controllers.", "en")
    assert not uncited("Vilken rättslig grund har ert nyhetsbrev?", "sv")
    assert not uncited("## Artikel 9\n\nText utan juridik.", "sv")
    assert not uncited("Koden `artikel 9` räknas inte.", "sv")
    assert uncited("Första stycket [ref:gdpr-art-6].\n\nIMY har beslutat.", "sv")
    assert not uncited("**Prova med din egen organisation:**\n\n1. Lista era källor. Vilken "
                       "rättslig grund har de?", "sv")


@pytest.mark.parametrize("module", EVERYTHING, ids=NUMBERS)
@pytest.mark.parametrize("language", ["sv", "en"])
def test_prose_that_names_law_cites_a_source(module, language):
    bad = [line for text in _prose(module, language) for line in uncited(text, language)]
    assert not bad, "paragraphs that name law without [ref:…]:\n" + "\n".join(bad)


# ------------------------------------------------------------------------------ what the builder writes
@pytest.mark.parametrize("module", EVERYTHING, ids=NUMBERS)
@pytest.mark.parametrize("language", ["sv", "en"])
def test_built_notebook_numbers_citations_and_ends_with_its_sources(module, language):
    nb = build_notebooks.to_notebook(module, language, EVERYTHING)
    texts = [c.source for c in nb.cells if c.cell_type == "markdown"]
    assert not any(MARKER.search(t) for t in texts), "a marker was left unresolved"
    order = number_citations(_prose(module, language), language)[1]
    heading = references.HEADING[language]
    lists = [t for t in texts if f"## {heading}" in t]
    if not order:
        assert not lists
        return
    assert len(lists) == 1 and texts[-2] == lists[0], "the source list comes last, before the links"
    entries = re.findall(r'^(\d+)\. <a id="ref-(\d+)"></a>', lists[0], flags=re.M)
    assert [int(a) for a, _ in entries] == list(range(1, len(order) + 1))
    used = {int(n) for t in texts[:-2] for n in re.findall(r"\[\[(\d+)\]\]\(#ref-\d+\)", t)}
    assert used == set(range(1, len(order) + 1))


@pytest.mark.parametrize("module", EVERYTHING, ids=NUMBERS)
@pytest.mark.parametrize("language", ["sv", "en"])
def test_time_estimate_stands_under_the_title(module, language):
    nb = build_notebooks.to_notebook(module, language, EVERYTHING)
    minutes = build_notebooks.estimate_minutes(module, language)
    line = build_notebooks.TIME_LINE[language].format(minutes=minutes)
    lines = nb.cells[0].source.splitlines()
    title = next(i for i, text in enumerate(lines) if text.startswith("# "))
    assert lines[title + 1:title + 3] == ["", line]
    assert minutes % 5 == 0 and minutes >= 5


def test_building_twice_gives_the_same_notebook():
    module = EVERYTHING[-2]
    first = build_notebooks.to_notebook(module, "sv", EVERYTHING)
    second = build_notebooks.to_notebook(module, "sv", EVERYTHING)
    assert [c.source for c in first.cells] == [c.source for c in second.cells]
