"""Exercises of notebook 06, "From three factors to five segments"."""

from __future__ import annotations

from .. import datasets
from ..core.exercises import (
    AnswerFormError,
    CheckExercise,
    ChooseExercise,
    ClassifyExercise,
    NumberExercise,
    Option,
    ____,
    texts,
)
from ..core.i18n import messages
from ..segments import Base, Rule, Segment, where

__all__ = ["q1", "q2", "q3", "q4", "q5", "____"]

msg = messages(
    {
        "not_segment": {
            "sv": "Svara med ett segment, till exempel `Segment(\"Namn\", where(\"age\").between(25, 40))`.",
            "en": "Answer with a segment, for example `Segment(\"Name\", where(\"age\").between(25, 40))`.",
        },
        "outside": {
            "sv": "{count} av segmentets {size} medlemmar uppfyller inte kravet: {what}.",
            "en": "{count} of the segment's {size} members do not meet the requirement: {what}.",
        },
        "too_small": {
            "sv": "Alla medlemmar stämmer, men segmentet har bara {size}. Det behöver minst 100.",
            "en": "Every member fits, but the segment has only {size}. It needs at least 100.",
        },
        "w_age": {"sv": "25–40 år", "en": "aged 25–40"},
        "w_urban": {"sv": "bor i ett storstadsområde", "en": "lives in a metropolitan area"},
        "w_outdoor": {"sv": "friluftsintresse", "en": "outdoor interest"},
        "well_done": {
            "sv": "{size} kunder, alla inom kraven och tillräckligt många för Meta och Google.",
            "en": "{size} customers, all within the requirements and enough for Meta and Google.",
        },
    },
    __name__,
)

METRO = "storstadsområde"
OUTDOOR = ["vandring", "camping", "klättring", "paddling", "skidåkning"]


def _customers():
    return datasets.load().customers


# ---------------------------------------------------------------- q1: read a size


class MetroSize(NumberExercise):
    id = "06.q1"
    var = "answer_1"
    hints = [
        texts(sv="Segmentet har två villkor som båda ska gälla: ett på åldern och ett på ortstypen.",
              en="The segment has two conditions that must both hold: one on age and one on the "
              "type of place."),
        texts(sv="Ändra åldersgränserna i provcellen och koppla på ett villkor på `urban_rural` med "
              "`&`. Båda ändarna räknas, så 25 och 40 år är med.",
              en="Change the age limits in the trial cell and add a condition on `urban_rural` "
              "with `&`. Both ends count, so 25 and 40 are included."),
        texts(sv="`where(\"age\").between(25, 40) & where(\"urban_rural\").is_in([\"storstadsområde\"])`. "
              "Kör cellen och skriv antalet i `answer_1`.",
              en="`where(\"age\").between(25, 40) & where(\"urban_rural\").is_in([\"storstadsområde\"])`. "
              "Run the cell and write the number in `answer_1`."),
    ]

    @property
    def solution_text(self):
        n = self.expected()
        return texts(
            sv="```python\ntrial = Segment(\"25–40 i storstan\", where(\"age\").between(25, 40)\n"
            "                & where(\"urban_rural\").is_in([\"storstadsområde\"]))\n"
            f"evaluate(customers, [trial]).sizes\n```\n\nSegmentet har **{n}** kunder.",
            en="```python\ntrial = Segment(\"25–40 in the cities\", where(\"age\").between(25, 40)\n"
            "                & where(\"urban_rural\").is_in([\"storstadsområde\"]))\n"
            f"evaluate(customers, [trial]).sizes\n```\n\nThe segment has **{n}** customers.",
        )

    @staticmethod
    def expected():
        c = _customers()
        return int((c["age"].between(25, 40) & (c["urban_rural"] == METRO)).sum())


# ---------------------------------------------------------------- q2: build to a spec


SOLUTION_2 = (
    'Segment("Urbana friluftsmänniskor 25–40",\n'
    '                   where("age").between(25, 40)\n'
    '                   & where("urban_rural").is_in(["storstadsområde"])\n'
    '                   & where("main_interest").is_in(['
    + ", ".join(f'"{interest}"' for interest in OUTDOOR) + "]))"
)


class _Solution(Segment):
    """The model answer; its repr is the code a learner would write (for the answer key)."""

    def __repr__(self) -> str:
        return SOLUTION_2


class BuildToSpec(CheckExercise):
    id = "06.q2"
    var = "answer_2"
    hints = [
        texts(sv="Du behöver tre villkor ihopkopplade med `&`: ett på `age`, ett på `urban_rural` "
              "och ett på `main_interest`.",
              en="You need three conditions joined with `&`: one on `age`, one on `urban_rural` "
              "and one on `main_interest`."),
        texts(sv="`where(\"main_interest\").is_in([\"vandring\", \"camping\", \"klättring\", "
              "\"paddling\", \"skidåkning\"])`",
              en="`where(\"main_interest\").is_in([\"vandring\", \"camping\", \"klättring\", "
              "\"paddling\", \"skidåkning\"])`"),
    ]
    solution_text = texts(
        sv=f"```python\nanswer_2 = {SOLUTION_2}\n```\n\n"
        "Tre villkor, alla måste gälla. Segmentet får 112 kunder.",
        en=f"```python\nanswer_2 = {SOLUTION_2}\n```\n\n"
        "Three conditions, all must hold. The segment gets 112 customers.",
    )

    def judge(self, answer):
        if isinstance(answer, Segment):
            answer = answer.rule
        if not isinstance(answer, Rule):
            raise AnswerFormError(msg("not_segment"))
        c = _customers()
        members = Base(c).mask(answer)  # a CourseError (unknown column) shows as feedback
        size = int(members.sum())
        checks = [
            ("w_age", c["age"].between(25, 40).to_numpy()),
            ("w_urban", (c["urban_rural"] == METRO).to_numpy()),
            ("w_outdoor", c["main_interest"].isin(OUTDOOR).to_numpy()),
        ]
        for key, fits in checks:
            outside = int((members & ~fits).sum())
            if outside:
                return False, msg("outside", count=outside, size=size, what=msg(key))
        if size < 100:
            return False, msg("too_small", size=size)
        return True, msg("well_done", size=size)

    def evaluate(self, answer):
        from ..core.errors import CourseError

        try:
            return super().evaluate(answer)
        except CourseError as error:
            raise AnswerFormError(str(error)) from error

    def solution_answer(self):
        return _Solution("Urbana friluftsmänniskor 25–40", where("age").between(25, 40)
                         & where("urban_rural").is_in([METRO])
                         & where("main_interest").is_in(OUTDOOR))

    def wrong_answer(self):
        return Segment("Alla 25–40 i storstan",
                       where("age").between(25, 40) & where("urban_rural").is_in([METRO]))


# ---------------------------------------------------------------- q3: a message per segment


class Messages(ClassifyExercise):
    id = "06.q3"
    items = [
        Option("yoga", "”Kvällsyoga och löparträff på Södermalm: gratis för medlemmar”",
               "“Evening yoga and a running meet-up in Södermalm: free for members”"),
        Option("fjall", "”Packlistan för fjällveckan: kängor, tält och råd i butiken i Åre”",
               "“The packing list for your mountain week: boots, tents and advice in our Åre "
               "store”"),
        Option("hunt", "”Inför älgjakten: beställ i dag, fri frakt hem till dig”",
               "“Before the elk hunt: order today, free delivery to your door”"),
        Option("easy", "”Skonsamma löparskor och cykelservice: håll igång i din takt”",
               "“Gentle running shoes and bike servicing: keep going at your own pace”"),
        Option("first", "”Ditt första tält? Nybörjarpaket för paddling och camping, "
               "studentpris”",
               "“Your first tent? Starter kits for paddling and camping, student price”"),
    ]
    groups = [
        # The segments' names in the notebook's code are Swedish; English readers get both.
        Option("young_metro", "Unga och aktiva i storstan",
               "Unga och aktiva i storstan (young and active in the cities)"),
        Option("mountain", "Fjällvandrare 35+", "Fjällvandrare 35+ (mountain hikers 35+)"),
        Option("rural", "Fiske och jakt på landsbygden",
               "Fiske och jakt på landsbygden (fishing and hunting in the countryside)"),
        Option("towns", "Motionärer 35+ i större städer",
               "Motionärer 35+ i större städer (exercisers 35+ in larger towns)"),
        Option("adventure", "Unga äventyrare", "Unga äventyrare (young adventurers)"),
    ]
    expected = {"yoga": "young_metro", "fjall": "mountain", "hunt": "rural", "easy": "towns",
                "first": "adventure"}
    hints = [
        texts(sv="Läs vilka tre faktorer varje segment bygger på: ålder, ortstyp och "
              "huvudintresse. Vilket budskap passar just den kombinationen?",
              en="Read which three factors each segment is built on: age, type of place and "
              "main interest. Which message fits that combination?"),
        texts(sv="Fri frakt hem betyder mest för den som bor långt från en butik.",
              en="Free delivery matters most to someone who lives far from a store."),
    ]
    solution_text = texts(
        sv="Yoga och löpning på Södermalm → unga i storstan; fjällpackning → fjällvandrare 35+; "
        "älgjakt med hemleverans → landsbygden; skonsam träning → motionärer 35+; "
        "nybörjarpaket till studentpris → unga äventyrare.",
        en="Yoga and running in Södermalm → young city dwellers; mountain packing list → "
        "mountain hikers 35+; elk hunt with home delivery → the countryside; gentle exercise → "
        "exercisers 35+; starter kits at student price → young adventurers.",
    )


# ---------------------------------------------------------------- q4: too small for Meta

AUDIENCES = {
    "hikers_metro": (Option("hikers_metro", "Vandrare i storstadsområden",
                            "Hikers in metropolitan areas"), "vandring", METRO),
    "anglers_rural": (Option("anglers_rural", "Fiskare på landsbygden",
                             "Anglers in the countryside"), "fiske", "mindre ort och landsbygd"),
    "paddlers_towns": (Option("paddlers_towns", "Paddlare i större städer",
                              "Paddlers in larger towns"), "paddling", "större stad"),
    "runners_towns": (Option("runners_towns", "Löpare i större städer",
                             "Runners in larger towns"), "löpning", "större stad"),
}


class TooSmall(ChooseExercise):
    id = "06.q4"
    hints = [
        texts(sv="Bygg de fyra segmenten med `main_interest` och `urban_rural` och titta på "
              "varningarna, eller läs korstabellen över huvudintresse och ortstyp.",
              en="Build the four segments with `main_interest` and `urban_rural` and look at the "
              "warnings, or read the crosstab of main interest and type of place."),
        texts(sv="Meta och Google vill ha minst 100 personer i en kundlista.",
              en="Meta and Google want at least 100 people in a customer list."),
    ]
    solution_text = texts(
        sv="**Paddlare i större städer** är bara 54 kunder, under plattformarnas gräns på 100. "
        "Slå ihop dem med en närliggande grupp (till exempel alla paddlare, 111) eller nå dem "
        "på annat sätt.",
        en="**Paddlers in larger towns** are only 54 customers, below the platforms' limit of "
        "100. Merge them with a related group (all paddlers, say, 111) or reach them another "
        "way.",
    )

    @property
    def options(self):
        return [option for option, _, _ in AUDIENCES.values()]

    @property
    def correct(self):
        c = _customers()
        return {key for key, (_, interest, place) in AUDIENCES.items()
                if ((c["main_interest"] == interest) & (c["urban_rural"] == place)).sum() < 100}


# ---------------------------------------------------------------- q5: what is true


class TrueStatements(ChooseExercise):
    id = "06.q5"
    var = "answer_5"
    multiple = True
    options = [
        Option("minimum", "En kundlista med färre än 100 personer går inte att använda i Meta "
               "eller Google.",
               "A customer list with fewer than 100 people cannot be used in Meta or Google."),
        Option("broker", "Politisk åsikt får användas om uppgiften är köpt från en datamäklare.",
               "Political opinion may be used if the data was bought from a data broker."),
        Option("overlap", "När två segment överlappar kan samma person få två olika budskap.",
               "When two segments overlap, the same person may get two different messages."),
        Option("hashing", "Hashad e-post betyder att kunden inte behöver ha samtyckt.",
               "A hashed e-mail address means the customer need not have consented."),
        Option("kmeans", "K-means hittar grupper som liknar varandra, men den säger inte vilket "
               "budskap en grupp ska få.",
               "K-means finds groups of similar customers, but it does not say which message a "
               "group should get."),
    ]
    correct = {"minimum", "overlap", "kmeans"}
    hints = [
        texts(sv="Två av påståendena handlar om GDPR. Hashning döljer adressen men ändrar inte "
              "vad du har rätt att göra.",
              en="Two of the statements are about the GDPR. Hashing hides the address but does "
              "not change what you are allowed to do."),
    ]
    solution_text = texts(
        sv="Rätt: **100-gränsen**, **överlapp** och **k-means**. Politisk åsikt är en särskild "
        "kategori enligt GDPR artikel 9 var den än kommer ifrån, och hashning ersätter inte "
        "samtycke: exporten tar bara med kunder som sagt ja till annonser.",
        en="True: **the 100 limit**, **overlap** and **k-means**. Political opinion is a special "
        "category under GDPR Article 9 wherever it comes from, and hashing does not replace "
        "consent: the export only includes customers who said yes to ads.",
    )


q1 = MetroSize()
q2 = BuildToSpec()
q3 = Messages()
q4 = TooSmall()
q5 = TrueStatements()
