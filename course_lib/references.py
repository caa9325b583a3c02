"""The reference register (``data/references.toml``) and the citation markers notebooks use.

A notebook cites a source in prose with a marker, ``[ref:gdpr-art-4]`` or several at once,
``[ref:cjeu-c-210-16, edpb-8-2020]``. The notebook builder numbers the sources in the order a
notebook first cites them, turns each marker into ``[1]`` (a link to the entry) and appends the
numbered source list, "Källor" or "Sources".

>>> text = "Se artikel 4 [ref:gdpr-art-4] och skäl 26 [ref:gdpr-recital-26, gdpr-art-4]."
>>> cited_ids(text)
['gdpr-art-4', 'gdpr-recital-26', 'gdpr-art-4']
>>> numbered, order = number_citations([text], "sv")
>>> numbered[0]
'Se artikel 4 [[1]](#ref-1) och skäl 26 [[2]](#ref-2)[[1]](#ref-1).'
>>> order
['gdpr-art-4', 'gdpr-recital-26']
>>> reference("cjeu-c-210-16").date_text("sv")
'5 juni 2018'
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from .core.i18n import get_language
from .core.paths import data_dir

FILE_NAME = "references.toml"

# [ref:id] or [ref:id1, id2]; ids are lower case letters, digits, dots and dashes.
MARKER = re.compile(r"\[ref:\s*([a-z0-9][a-z0-9.-]*(?:\s*,\s*[a-z0-9][a-z0-9.-]*)*)\s*\]")

MONTHS = {
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
           "september", "oktober", "november", "december"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
}
HEADING = {"sv": "Källor", "en": "Sources"}
SECONDARY = {"sv": "sammanfattning i andra hand", "en": "secondary summary"}


class UnknownReference(KeyError):
    """A marker names an id that is not in the register."""

    def __str__(self) -> str:
        return f"unknown reference id {self.args[0]!r}: add it to data/{FILE_NAME} or fix the marker"


@dataclass(frozen=True)
class Reference:
    id: str
    title_sv: str
    title_en: str
    publisher_sv: str
    publisher_en: str
    date: str  # ISO: YYYY-MM-DD, YYYY-MM or YYYY
    link_sv: str
    link_en: str
    supports: str
    note: str = ""

    def title(self, language: str | None = None) -> str:
        return getattr(self, f"title_{language or get_language()}")

    def publisher(self, language: str | None = None) -> str:
        return getattr(self, f"publisher_{language or get_language()}")

    def link(self, language: str | None = None) -> str:
        return getattr(self, f"link_{language or get_language()}")

    def date_text(self, language: str | None = None) -> str:
        """The date as the language writes it: ``5 juni 2018``, ``November 2020``, ``2025``."""
        lang = language or get_language()
        parts = [int(p) for p in self.date.split("-")]
        if len(parts) == 1:
            return str(parts[0])
        month = MONTHS[lang][parts[1] - 1]
        if len(parts) == 2:
            return f"{month} {parts[0]}"
        return f"{parts[2]} {month} {parts[0]}"

    def entry(self, language: str | None = None) -> str:
        """One line of the source list, in Markdown."""
        lang = language or get_language()
        text = f"{self.title(lang)}. *{self.publisher(lang)}*, {self.date_text(lang)}."
        if self.note == "secondary":
            text += f" ({SECONDARY[lang]})"
        return f"{text} <{self.link(lang)}>"


def _pair(raw: dict, field: str) -> tuple[str, str]:
    if field in raw:
        return raw[field], raw[field]
    return raw[f"{field}_sv"], raw[f"{field}_en"]


@cache
def references() -> dict[str, Reference]:
    """Every entry of the register by id, read once, when first asked for."""
    with open(data_dir() / FILE_NAME, "rb") as handle:
        raw = tomllib.load(handle)["references"]
    found = {}
    for item in raw:
        title = _pair(item, "title")
        publisher = _pair(item, "publisher")
        link = _pair(item, "link")
        ref = Reference(item["id"], *title, *publisher, str(item["date"]), *link,
                        item["supports"], item.get("note", ""))
        if ref.id in found:
            raise ValueError(f"reference id {ref.id!r} appears twice in data/{FILE_NAME}")
        found[ref.id] = ref
    return found


def reference(ref_id: str) -> Reference:
    try:
        return references()[ref_id]
    except KeyError:
        raise UnknownReference(ref_id) from None


def cited_ids(text: str) -> list[str]:
    """Every id a text cites, in order (repeats kept)."""
    return [part.strip() for found in MARKER.finditer(text) for part in found.group(1).split(",")]


def number_citations(texts: Sequence[str], language: str) -> tuple[list[str], list[str]]:
    """Replace every marker by numbered links; the numbers follow the order of first citation.

    Returns the new texts and the ids in number order. An unknown id raises UnknownReference.
    """
    order: list[str] = []
    for text in texts:
        for ref_id in cited_ids(text):
            reference(ref_id)
            if ref_id not in order:
                order.append(ref_id)
    number = {ref_id: i + 1 for i, ref_id in enumerate(order)}

    def link(found: re.Match) -> str:
        ids = [part.strip() for part in found.group(1).split(",")]
        return "".join(f"[[{number[i]}]](#ref-{number[i]})" for i in ids)

    return [MARKER.sub(link, text) for text in texts], order


def source_list(ids: Sequence[str], language: str) -> str:
    """The numbered source list a notebook ends with (empty when it cites nothing)."""
    if not ids:
        return ""
    lines = ['<a id="sources"></a>', f"## {HEADING[language]}", ""]
    lines += [f'{n}. <a id="ref-{n}"></a>{reference(ref_id).entry(language)}'
              for n, ref_id in enumerate(ids, start=1)]
    return "\n".join(lines)
