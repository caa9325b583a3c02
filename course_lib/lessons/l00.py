"""Exercises of notebook 00, "Start here": one in code, one with a widget."""

from __future__ import annotations

from .. import catalog
from ..core.exercises import ChooseExercise, NumberExercise, Option, ____, texts

__all__ = ["q1", "q2", "____"]  # ____ too, for notebooks that still import it


class PsychographicCount(NumberExercise):
    id = "00.q1"
    var = "answer_1"
    hints = [
        texts(sv="Varje dimension är en gren på kartan, och varje ruta under en gren är en datapunkt.",
              en="Each dimension is a branch on the map, and each box under a branch is a data point."),
        texts(sv="Hitta grenen **Psykografisk** på kartan ovan och räkna rutorna under den. Det är "
              "fler än fyra och färre än åtta.",
              en="Find the **Psychographic** branch on the map above and count the boxes under it. "
              "It is more than four and fewer than eight."),
        texts(sv="Skriv antalet utan citattecken, till exempel `answer_1 = 3`, men med ditt antal.",
              en="Write the number without quotes, for example `answer_1 = 3`, but with your count."),
    ]
    solution_text = texts(
        sv="Den psykografiska dimensionen har **6** datapunkter: intressen, konsumtion och "
        "köpbeteende, livsstil, politisk åsikt, rörelsemönster och digitalt beteende.\n\n"
        "```python\nanswer_1 = 6\n```",
        en="The psychographic dimension has **6** data points: interests, consumption and "
        "purchase behaviour, lifestyle, political opinion, movement patterns and digital "
        "behaviour.\n\n```python\nanswer_1 = 6\n```",
    )

    @staticmethod
    def expected():
        return sum(dp.dimension == "psychographic" for dp in catalog.data_points())


class InterestsCategory(ChooseExercise):
    id = "00.q2"
    hints = [
        texts(sv="Intressen säger något om hur personen ser på sig själv.",
              en="Interests say something about how the person sees themselves."),
    ]
    solution_text = texts(
        sv="Intressen är **attityddata**: de hör till den psykografiska dimensionen, som formar "
        "personens bild av sig själv.",
        en="Interests are **attitude data**: they belong to the psychographic dimension, which "
        "shapes the person's image of themselves.",
    )

    @property
    def options(self):
        return [Option(c.key, c.name_sv, c.name_en) for c in catalog.categories()]

    @property
    def correct(self):
        return {catalog.data_point("interests").category}


q1 = PsychographicCount()
q2 = InterestsCategory()
