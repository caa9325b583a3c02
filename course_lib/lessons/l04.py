"""Exercises of notebook 04, "Categories of personal data".

Every right answer is computed from the catalogue or the data dictionary, so the exercises
cannot drift away from what the notebook shows.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Mapping
from functools import cache

from .. import catalog, choices, glossary
from ..core.errors import CourseError
from ..core.exercises import (
    _MISSING,
    AnswerFormError,
    CheckExercise,
    ChooseExercise,
    ClassifyExercise,
    Feedback,
    Option,
    ____,
    texts,
)
from ..core.i18n import get_language, messages, pick

__all__ = ["q1", "q2", "q3", "q4", "q5", "____"]

msg = messages(
    {
        "form": {
            "sv": "Svara med en ordbok där varje faktor får en motivering, till exempel "
            "`{example}`.",
            "en": "Answer with a dictionary that gives each factor a reason, for example "
            "`{example}`.",
        },
        "why": {"sv": "varför den spelar roll", "en": "why it matters"},
        "special": {
            "sv": "”{name}” är en särskild kategori enligt artikel 9 i GDPR. Den får inte "
            "användas i vanlig marknadsföring, hur väl den än skulle förutsäga köp. Byt ut den.",
            "en": "“{name}” is a special category under Article 9 of the GDPR. It must not be "
            "used in ordinary marketing, however well it might predict purchases. Replace it.",
        },
        "same_for_all": {
            "sv": "Alla Fjällgårdens kunder har samma värde för ”{name}” ({value}), så den "
            "faktorn kan inte dela in dem i olika målgrupper. Välj en som skiljer kunderna åt.",
            "en": "All of Fjällgården's customers have the same value for “{name}” ({value}), so "
            "that factor cannot split them into different audiences. Choose one that tells "
            "customers apart.",
        },
        "reason_unrelated": {
            "sv": "Motiveringen till ”{name}” säger inget om just den faktorn. Skriv vad med "
            "”{name}” som gör att kunderna behöver olika regnkläder eller olika budskap, till "
            "exempel {example}.",
            "en": "The reason for “{name}” says nothing about that factor. Write what about "
            "“{name}” makes customers need different rain gear or different messages, for "
            "example {example}.",
        },
        "reason_bare": {
            "sv": "Motiveringen till ”{name}” upprepar bara namnet. Varför spelar faktorn roll för "
            "höstens regnklädeskampanj?",
            "en": "The reason for “{name}” only repeats its name. Why does the factor matter for "
            "the autumn rain-gear campaign?",
        },
        "sensitive": {
            "sv": "Tänk på att ”{name}” är integritetskänslig: använd den varsamt, och räkna med "
            "att annonsplattformarna begränsar hur den får användas.",
            "en": "Keep in mind that “{name}” is privacy-sensitive: use it with care, and "
            "expect the ad platforms to restrict how it may be used.",
        },
        "saved": {
            "sv": "Ditt val är sparat: {names}. Notebook 06 börjar med de här tre faktorerna.",
            "en": "Your choice is saved: {names}. Notebook 06 starts from these three factors.",
        },
        "not_saved": {
            "sv": "Ditt val kunde inte sparas ({reason}), så notebook 06 börjar med standardvalet.",
            "en": "Your choice could not be saved ({reason}), so notebook 06 starts from the "
            "default.",
        },
        "teacher": {
            "sv": "Datorn kan bara se att varje motivering handlar om sin faktor. Om den håller "
            "avgör du, en kurskamrat eller läraren.",
            "en": "The computer can only see that each reason is about its factor. Whether it "
            "holds up is for you, a classmate or the teacher to judge.",
        },
    },
    __name__,
)


def _options(keys) -> list[Option]:
    return [Option(k, catalog.data_point(k).name_sv, catalog.data_point(k).name_en) for k in keys]


def _named(entry) -> Option:
    """An option for a catalogue entry that also accepts the glossary's wordings of it."""
    return Option(entry.key, entry.name_sv, entry.name_en, glossary.wordings_for(entry.key))


# ------------------------------------------------------------------------------ q1
class SortIntoCategories(ClassifyExercise):
    """Six data points into factual, attitude and behaviour data."""

    id = "04.q1"
    # Chosen so that "Consumption and purchase behaviour" tempts the wrong group.
    POINTS = ("income", "city_district", "purchase_behaviour", "lifestyle", "triggers",
              "psychological_type")
    hints = [
        texts(sv="Faktisk data är sådant som kan stå i ett register. Attityddata formar personens "
              "bild av sig själv. Beteendedata förklarar varför personen agerar.",
              en="Factual data is what could be in a register. Attitude data shapes the person's "
              "image of themselves. Behaviour data explains why the person acts."),
        texts(sv="Lektionens beteendedata är dimensionen Personlighet, inte allt som handlar om "
              "vad vi gör. Köpbeteende hör till den psykografiska dimensionen.",
              en="The lesson's behaviour data is the Personality dimension, not everything about "
              "what we do. Purchase behaviour belongs to the psychographic dimension."),
    ]
    solution_text = texts(
        sv="Inkomst och stadsdel är **faktisk data** (demografisk och geografisk). Konsumtion och "
        "köpbeteende samt livsstil är **attityddata** (psykografisk). Triggers och psykologisk "
        "typ är **beteendedata** (personlighet).",
        en="Income and city district are **factual data** (demographic and geographic). "
        "Consumption and purchase behaviour, and lifestyle, are **attitude data** "
        "(psychographic). Triggers and psychological type are **behaviour data** (personality).",
    )

    @property
    def items(self):
        return _options(self.POINTS)

    @property
    def groups(self):
        return [Option(c.key, c.name_sv, c.name_en) for c in catalog.categories()]

    @property
    def expected(self):
        return {k: catalog.data_point(k).category for k in self.POINTS}


# ------------------------------------------------------------------------------ q2
class CommutingDimension(ChooseExercise):
    """"Commutes by train every day": which dimension?"""

    id = "04.q2"
    var = "answer_2"
    hints = [
        texts(sv="Att pendla varje dag säger något om hur personen rör sig och lever sin vardag.",
              en="Commuting every day says something about how the person moves and lives their "
              "everyday life."),
        texts(sv="Leta upp datapunkten Rörelsemönster på kartan och se vilken dimension den hänger "
              "under.",
              en="Find the data point Movement patterns on the map and see which dimension it "
              "hangs under."),
        texts(sv="Skriv dimensionens namn inom citattecken, till exempel `answer_2 = \"Demografisk\"`, "
              "men med rätt dimension.",
              en="Write the dimension's name in quotes, for example `answer_2 = \"Demographic\"`, "
              "but with the right dimension."),
    ]
    solution_text = texts(
        sv="**Psykografisk.** Att pendla med tåg är ett *rörelsemönster*, och i katalogen hör "
        "rörelsemönster till den psykografiska dimensionen, alltså attityddata: hur personen rör "
        "sig säger något om hur hen lever. **Geografisk** räknas också som rätt, eftersom "
        "lektionen säger att geografisk data även kartlägger hur vi rör oss.\n\n"
        "```python\nanswer_2 = \"Psykografisk\"\n```",
        en="**Psychographic.** Commuting by train is a *movement pattern*, and in the catalogue "
        "movement patterns belong to the psychographic dimension, that is attitude data: how the "
        "person moves says something about how they live. **Geographic** counts as right too, "
        "because the lesson says geographic data also maps how we move.\n\n"
        "```python\nanswer_2 = \"Psychographic\"\n```",
    )
    also_correct = {
        "geographic": texts(
            sv="Lektionen säger att geografisk data också kartlägger hur vi rör oss. I katalogen "
            "står rörelsemönster ändå under den psykografiska dimensionen, eftersom pendlingen "
            "säger något om hur personen lever.",
            en="The lesson says geographic data also maps how we move. The catalogue still puts "
            "movement patterns under the psychographic dimension, because commuting says something "
            "about how the person lives."),
    }

    @property
    def options(self):
        return [_named(d) for d in catalog.dimensions()]

    @property
    def correct(self):
        return {catalog.data_point("movement_patterns").dimension}


# ------------------------------------------------------------------------------ q3
class FoundByTesting(ChooseExercise):
    """Which data points must usually be found by testing content and messages?"""

    id = "04.q3"
    multiple = True
    POINTS = ("age", "lifestyle", "city", "triggers", "housing", "psychological_type")
    # The lesson: psychographic data and personality must be tested for, not read off.
    TESTED = ("psychographic", "personality")
    hints = [
        texts(sv="Lektionen säger att två av dimensionerna är svåra att kartlägga och kräver att "
              "vi testar olika innehåll och budskap.",
              en="The lesson says two of the dimensions are hard to map and require testing "
              "different content and messages."),
        texts(sv="Det är dimensionerna Psykografisk och Personlighet. Tre av datapunkterna hör dit.",
              en="They are the Psychographic and Personality dimensions. Three of the data points "
              "belong there."),
    ]
    solution_text = texts(
        sv="**Livsstil, triggers och psykologisk typ.** Ålder, stad och boende är faktisk data "
        "som kunden kan uppge eller som finns i register. Livsstil (psykografisk) och triggers "
        "och psykologisk typ (personlighet) måste vi oftast testa fram: visa olika budskap och "
        "se vem som reagerar på vad.",
        en="**Lifestyle, triggers and psychological type.** Age, city and housing are factual "
        "data the customer can state or that registers hold. Lifestyle (psychographic) and "
        "triggers and psychological type (personality) usually have to be found by testing: "
        "show different messages and see who responds to what.",
    )

    @property
    def options(self):
        return _options(self.POINTS)

    @property
    def correct(self):
        return {k for k in self.POINTS if catalog.data_point(k).dimension in self.TESTED}


# ------------------------------------------------------------------------------ q4
class OnlyBought(ChooseExercise):
    """Which data points does Fjällgården hold only from third-party (bought) data?"""

    id = "04.q4"
    var = "answer_4"
    multiple = True
    hints = [
        texts(sv="Titta på värmekartan: leta efter rader där bara kolumnen Tredjepartsdata har en "
              "siffra.",
              en="Look at the heat map: find the rows where only the Third-party data column has "
              "a number."),
        texts(sv="Det är två rader, och en av dem har röd text.",
              en="There are two rows, and one of them has red text."),
    ]
    solution_text = texts(
        sv="**Socioekonomisk klass och politisk åsikt.** Båda kommer bara från köpta uppgifter. "
        "Den politiska åsikten är en särskild kategori och får inte användas alls; att den "
        "ligger i en köpt tabell ändrar inget.\n\n"
        "```python\nanswer_4 = [\"Socioekonomisk klass\", \"Politisk åsikt\"]\n```",
        en="**Socio-economic class and political opinion.** Both come only from bought data. "
        "Political opinion is a special category and must not be used at all; that it sits in a "
        "bought table changes nothing.\n\n"
        "```python\nanswer_4 = [\"Socio-economic class\", \"Political opinion\"]\n```",
    )

    @property
    def options(self):
        return _options(p.key for p in catalog.data_points())

    @property
    def correct(self):
        return set(_only_bought())


@cache
def _only_bought() -> frozenset[str]:
    """The data points our data dictionary has from third parties only (counted once: a class
    report asks for them once per student)."""
    from ..datadictionary import data_dictionary

    sources = data_dictionary().groupby("data_point")["source_type"].agg(set)
    return frozenset(p.key for p in catalog.data_points() if sources.get(p.key) == {"third_party"})


# ------------------------------------------------------------------------------ q5
class ThreeFactors(CheckExercise):
    """The business case: pick the three factors that matter most, justify each, save them."""

    id = "04.q5"
    var = "answer_5"
    hints = [
        texts(sv="Fråga dig vad som gör att en kund behöver andra regnkläder, eller behöver "
              "höra om dem på ett annat sätt, än en annan kund.",
              en="Ask yourself what makes one customer need different rain gear, or need to "
              "hear about it in a different way, than another customer."),
        texts(sv="Välj tre datapunkter som skiljer kunderna åt i Fjällgårdens data, och undvik "
              "särskilda kategorier. Skriv till varje faktor en mening om vad med just den "
              "faktorn som spelar roll för regnkläderna.",
              en="Choose three data points that tell Fjällgården's customers apart, and avoid "
              "special categories. For each factor, write a sentence on what about that very "
              "factor matters for the rain gear."),
        texts(sv="Skriv svaret som en ordbok, till exempel `{\"Ålder\": \"Unga vill ha lätta "
              "jackor\", \"Intressen\": \"…\", \"Triggers\": \"…\"}`.",
              en="Write the answer as a dictionary, for example `{\"Age\": \"The young want light "
              "jackets\", \"Interests\": \"…\", \"Triggers\": \"…\"}`."),
    ]
    # Reasons for the default factors, the ones notebook 06 uses when nothing is saved.
    REASONS = {
        "age": texts(sv="Unga vuxna, barnfamiljer och pensionärer vill ha olika regnkläder och "
                     "nås i olika kanaler",
                     en="Young adults, families and retirees want different rain gear and are "
                     "reached in different channels"),
        "urban_rural": texts(sv="I stan behövs regnkläder för pendling, på landet för arbete och "
                             "friluftsliv",
                             en="In town rain gear is for commuting, in the countryside for work "
                             "and outdoor life"),
        "interests": texts(sv="Vandrare, löpare och fiskare behöver olika plagg och olika budskap",
                           en="Hikers, runners and anglers need different garments and different "
                           "messages"),
    }
    HEAD = texts(sv="Många val är rätt så länge de går att motivera. Ett som håller:",
                 en="Many choices are right as long as they can be justified. One that holds up:")
    TAIL = texts(sv="Triggers är också ett starkt val: skicka erbjudandet när det börjar regna.",
                 en="Triggers are a strong choice too: send the offer when it starts to rain.")

    @property
    def solution_text(self):
        return {lang: f"{self.HEAD[lang]}\n\n```python\nanswer_5 = {{\n"
                + "".join(f'    "{catalog.data_point(k).name(lang)}": "{self.REASONS[k][lang]}",\n'
                          for k in choices.DEFAULT_FACTORS)
                + f"}}\n```\n\n{self.TAIL[lang]}"
                for lang in ("sv", "en")}

    def judge(self, answer) -> tuple[bool, str]:
        pairs = _pairs(answer)
        try:
            keys = choices.validate_factors([factor for factor, _ in pairs])
        except CourseError as problem:
            return False, problem.message
        for key in keys:
            point = catalog.data_point(key)
            if point.gdpr == "special":
                return False, msg("special", name=point.name())
            same = _same_for_all_customers(key)
            if same is not None:
                return False, msg("same_for_all", name=point.name(), value=same)
        for key, (_, reason) in zip(keys, pairs, strict=True):
            problem = _reason_problem(key, reason)
            if problem:
                name = catalog.data_point(key).name()
                term = glossary.for_catalog(key)
                example = ", ".join(f"”{w}”" for w in getattr(term, f"related_{get_language()}")[:3])
                return False, msg(problem, name=name, example=example)
        cautions = [msg("sensitive", name=catalog.data_point(k).name()) for k in keys
                    if catalog.data_point(k).gdpr == "sensitive"]
        return True, " ".join([*cautions, msg("teacher")])

    def check(self, answer: object = _MISSING) -> Feedback:
        """Check, and save a right choice so that notebook 06 starts from it."""
        if answer is _MISSING:
            answer = self._read_variable(inspect.currentframe().f_back.f_globals)
        feedback = super().check(answer)
        if not feedback.correct:
            return feedback
        pairs = _pairs(answer)
        keys = choices.validate_factors([factor for factor, _ in pairs])
        reasons = {key: reason for key, (_, reason) in zip(keys, pairs, strict=True)}
        try:
            choice = choices.save_three_factors(keys, reasons)
        except OSError as error:
            note = msg("not_saved", reason=error.strerror or type(error).__name__)
        else:
            note = msg("saved", names=", ".join(catalog.data_point(k).name() for k in choice.factors))
        return Feedback("correct", feedback.message + "\n\n" + note)

    def widget(self):
        from ..widgets.three_factors import three_factors_widget

        return three_factors_widget(self)

    def solution_answer(self) -> object:
        return {catalog.data_point(k).name(): pick(self.REASONS[k]) for k in choices.DEFAULT_FACTORS}

    def wrong_answer(self) -> object:
        return {"age": "Unga och gamla vill ha olika modeller",
                "political_opinion": "Klimatengagerade kanske köper mer hållbara plagg",
                "interests": "Vandrare och löpare behöver olika plagg"}


def _pairs(answer) -> list[tuple[str, str]]:
    """(factor, reason) pairs from a dict, or from the widget's list of pairs."""
    if isinstance(answer, Mapping):
        return [(str(k), str(v)) for k, v in answer.items()]
    if isinstance(answer, (list, tuple)) and all(
        isinstance(p, (list, tuple)) and len(p) == 2 for p in answer
    ):
        return [(str(k), str(v)) for k, v in answer]
    names = [catalog.data_point(k).name() for k in choices.DEFAULT_FACTORS]
    example = "{" + ", ".join(f'"{n}": "{msg("why")} …"' for n in names[:2]) + ", …}"
    raise AnswerFormError(msg("form", example=example))


def _reason_problem(key: str, reason: object) -> str | None:
    """Why a reason does not hold as a reason for ``key`` ("reason_unrelated" / "reason_bare").

    Judged by meaning, not length: the reason must be about the factor (its name, a synonym or
    a related word from the glossary) and say something beyond the factor's name.
    """
    text = str(reason)
    if not glossary.mentions(text, key):
        return "reason_unrelated"
    rest = " ".join(text.split()).casefold()
    for wording in sorted(glossary.wordings_for(key), key=len, reverse=True):
        rest = rest.replace(wording, " ")
    if not re.search(r"[^\W\d_]{3,}", rest):
        return "reason_bare"
    return None


def _same_for_all_customers(key: str) -> str | None:
    """The one value every customer has for ``key`` (country: Sverige), else None."""
    from .. import datasets
    from ..datadictionary import data_dictionary

    dd = data_dictionary()
    columns = list(dd.loc[(dd["data_point"] == key) & (dd["table"] == "customers"), "column"])
    customers = datasets.load().customers
    if not columns or any(customers[c].nunique() > 1 for c in columns):
        return None
    values = customers[columns[0]].dropna()
    return str(values.iloc[0]) if len(values) else None


q1 = SortIntoCategories()
q2 = CommutingDimension()
q3 = FoundByTesting()
q4 = OnlyBought()
q5 = ThreeFactors()
