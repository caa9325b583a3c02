"""The teacher's presenter view: the segment builder, the campaign lab and the key pictures,
without code.

    python tools/presenter.py sv        # writes build/presenter/sv/presenter.ipynb
    make present lang=en                # the same, then serves it with Voilà

Voilà runs the notebook and shows only its outputs: prose, pictures and live widgets, so a
teacher can change segments in front of the class. The folder name picks the language.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]

TEXT = {
    "sv": {
        "page_title": "Data är guld – presentation",
        "title": "# Data är guld\n\nTre faktorer, fyra till fem segment – och ansvaret som följer med.",
        "map": "## Kursens karta\n\nTre kategorier, fyra dimensioner och tjugo datapunkter.",
        "builder": "## Bygg segmenten tillsammans\n\nVälj tre faktorer och forma segmenten. "
                   "Storlekar, överlapp och varningar uppdateras direkt.",
        "journey": "## Allt vi gör blir data\n\nEn kunds spår under två månader: annonsklick, "
                   "besök, köp på webben och i butik, och det som pixeln skickar vidare.",
        "ecosystem": "## Dataekosystemet\n\nVarifrån datan kommer, var den lagras och hur den "
                     "flyttas: bara genom export eller integration.",
        "ethics": "## När etiken saknas\n\nCambridge Analytica: ett personlighetstest som "
                  "spred sig till vännernas data.",
        "peeking": "## Testa oss fram\n\nPsykografi och triggers går inte att slå upp. Men tittar "
                   "vi på ett test varje vecka hittar vi vinnare som inte finns.",
        "lab": "## Kör en kampanj tillsammans\n\nVälj målgrupp, kanal och budskap och se "
               "resultatet med sin osäkerhet.",
    },
    "en": {
        "page_title": "Data is gold – presentation",
        "title": "# Data is gold\n\nThree factors, four to five segments – and the responsibility "
                 "that comes with them.",
        "map": "## The course map\n\nThree categories, four dimensions and twenty data points.",
        "builder": "## Build the segments together\n\nPick three factors and shape the segments. "
                   "Sizes, overlaps and warnings update at once.",
        "journey": "## Everything we do becomes data\n\nOne customer's traces over two months: "
                   "ad clicks, visits, purchases online and in store, and what the pixel passes on.",
        "ecosystem": "## The data ecosystem\n\nWhere the data comes from, where it is stored and "
                     "how it moves: only by export or integration.",
        "ethics": "## When ethics is missing\n\nCambridge Analytica: a personality quiz that "
                  "spread to the friends' data.",
        "peeking": "## Test and learn\n\nPsychographics and triggers cannot be looked up. But "
                   "if we look at a test every week, we find winners that do not exist.",
        "lab": "## Run a campaign together\n\nChoose the audience, channel and messages and "
               "see the result with its uncertainty.",
    },
}

# Pictures go through figure_html: Voilà renders outputs with its own template, which drops
# the alt text a PNG output carries in its metadata.
CODE = {
    "start": ("import course_lib\ncourse_lib.start()\n"
              "from course_lib.core.notebook_display import figure_html"),
    "map": "from course_lib.course_map import course_map\nfigure_html(course_map())",
    "journey": (
        "from course_lib import datasets\n"
        "from course_lib.tracking import customer_journey, plot_timeline\n"
        "figure_html(plot_timeline(customer_journey(datasets.load(), \"C0001998\")))"
    ),
    "ecosystem": "from course_lib.sources import ecosystem_map\nfigure_html(ecosystem_map())",
    "ethics": "from course_lib.privacy_plots import quiz_spread\nfigure_html(quiz_spread())",
    # The lesson's five named segments, as notebook 06 starts them.
    "builder": "from course_lib.widgets.segment_builder import lesson_builder\nlesson_builder()",
    # Notebook 08: what peeking does, and the campaign lab without code.
    "peeking": ("from course_lib.campaigns import peek, plot_peeking\n"
                "figure_html(plot_peeking(peek()))"),
    "lab": "from course_lib.widgets import campaign_lab\ncampaign_lab()",
    # Large type and high contrast for a lecture hall, with a switch back to normal.
    "size": "from course_lib.widgets.presenter import text_size\ntext_size()",
}


def presenter_notebook(language: str):
    text = TEXT[language]
    cells = [
        nbformat.v4.new_code_cell(CODE["start"]),
        nbformat.v4.new_code_cell(CODE["size"]),
        nbformat.v4.new_markdown_cell(text["title"]),
        nbformat.v4.new_markdown_cell(text["map"]),
        nbformat.v4.new_code_cell(CODE["map"]),
        nbformat.v4.new_markdown_cell(text["journey"]),
        nbformat.v4.new_code_cell(CODE["journey"]),
        nbformat.v4.new_markdown_cell(text["ecosystem"]),
        nbformat.v4.new_code_cell(CODE["ecosystem"]),
        nbformat.v4.new_markdown_cell(text["builder"]),
        nbformat.v4.new_code_cell(CODE["builder"]),
        nbformat.v4.new_markdown_cell(text["peeking"]),
        nbformat.v4.new_code_cell(CODE["peeking"]),
        nbformat.v4.new_markdown_cell(text["lab"]),
        nbformat.v4.new_code_cell(CODE["lab"]),
        nbformat.v4.new_markdown_cell(text["ethics"]),
        nbformat.v4.new_code_cell(CODE["ethics"]),
    ]
    nb = nbformat.v4.new_notebook(cells=cells)
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.metadata["title"] = text["page_title"]  # the page's <title> in Voilà
    return nb


def voila_config(language: str) -> dict:
    """Voilà reads voila.json from the folder it starts in: the page says its language."""
    return {"HTMLExporter": {"language_code": language}}


def write_presenter(language: str, out: Path | None = None) -> Path:
    folder = (out or ROOT / "build" / "presenter") / language
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "presenter.ipynb"
    nbformat.write(presenter_notebook(language), path)
    (folder / "voila.json").write_text(json.dumps(voila_config(language), indent=1) + "\n",
                                      encoding="utf-8")
    return path


if __name__ == "__main__":
    language = sys.argv[1] if len(sys.argv) > 1 else "sv"
    if language not in TEXT:
        raise SystemExit('Choose "sv" or "en", e.g. make present lang=en')
    print(write_presenter(language).relative_to(ROOT))
