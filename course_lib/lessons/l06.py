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
from ..segments import PLATFORM_MINIMUM, Base, Rule, Segment, where
from ..segments.guards import Reach

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
            "sv": "Alla medlemmar stämmer, men av segmentets {size} har bara {consented} samtyckt "
            "till annonser, och plattformen känner igen ungefär {matched} av dem. Det behövs "
            "minst 100 som plattformen kan matcha. Har du lagt till ett krav som inte fanns i "
            "beställningen?",
            "en": "Every member fits, but of the segment's {size} only {consented} consented to "
            "ads, and the platform recognises about {matched} of them. At least 100 the "
            "platform can match are needed. Did you add a requirement the order did not ask for?",
        },
        "w_urban": {"sv": "bor i ett storstadsområde", "en": "lives in a metropolitan area"},
        "w_outdoor": {"sv": "friluftsintresse", "en": "outdoor interest"},
        "well_done": {
            "sv": "{size} kunder, alla inom beställningen. {consented} har samtyckt till "
            "annonser och plattformen matchar ungefär {matched}: tillräckligt för en kundlista "
            "i Meta och Google.",
            "en": "{size} customers, all within the order. {consented} consented to ads and the "
            "platform matches about {matched}: enough for a customer list in Meta and Google.",
        },
    },
    __name__,
)

METRO = "storstadsområde"
OUTDOOR = ["vandring", "camping", "klättring", "paddling", "skidåkning"]


def _customers():
    return datasets.load().customers


def _reach(members) -> Reach:
    """What a platform could use of these members: consented to ads, then matched."""
    customers = _customers()
    consented = int((members & customers["consent_ads"].to_numpy()).sum())
    return Reach(int(members.sum()), consented, datasets.load().match_rate())


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
    'Segment("Urbana friluftsmänniskor",\n'
    '                   where("urban_rural").is_in(["storstadsområde"])\n'
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
        texts(sv="Beställningen har två krav: var kunden bor och vad hen helst gör. Varje krav "
              "blir ett villkor, och båda måste gälla.",
              en="The order has two requirements: where the customer lives and what they like "
              "doing most. Each requirement becomes a condition, and both must hold."),
        texts(sv="Du behöver två villkor ihopkopplade med `&`: ett på `urban_rural` och ett på "
              "`main_interest`, med de fem friluftsintressena i en lista.",
              en="You need two conditions joined with `&`: one on `urban_rural` and one on "
              "`main_interest`, with the five outdoor interests in a list."),
        texts(sv="`where(\"urban_rural\").is_in([\"storstadsområde\"]) & "
              "where(\"main_interest\").is_in([\"vandring\", \"camping\", \"klättring\", "
              "\"paddling\", \"skidåkning\"])`",
              en="`where(\"urban_rural\").is_in([\"storstadsområde\"]) & "
              "where(\"main_interest\").is_in([\"vandring\", \"camping\", \"klättring\", "
              "\"paddling\", \"skidåkning\"])`"),
    ]
    solution_text = texts(
        sv=f"```python\nanswer_2 = {SOLUTION_2}\n```\n\n"
        "Två villkor, båda måste gälla. Segmentet får 474 kunder; 229 av dem har samtyckt till "
        "annonser och plattformen matchar ungefär två av tre, omkring 150. Med en åldersgräns "
        "25–40 till blir det bara 112 kunder och omkring 34 matchade: för få.",
        en=f"```python\nanswer_2 = {SOLUTION_2}\n```\n\n"
        "Two conditions, both must hold. The segment gets 474 customers; 229 of them consented "
        "to ads and the platform matches about two in three, around 150. With an extra age "
        "limit of 25–40 only 112 customers remain and about 34 are matched: too few.",
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
            ("w_urban", (c["urban_rural"] == METRO).to_numpy()),
            ("w_outdoor", c["main_interest"].isin(OUTDOOR).to_numpy()),
        ]
        for key, fits in checks:
            outside = int((members & ~fits).sum())
            if outside:
                return False, msg("outside", count=outside, size=size, what=msg(key))
        reach = _reach(members)
        shown = {"size": size, "consented": reach.consented, "matched": reach.matched}
        if reach.matched < PLATFORM_MINIMUM:
            return False, msg("too_small", **shown)
        return True, msg("well_done", **shown)

    def evaluate(self, answer):
        from ..core.errors import CourseError

        try:
            return super().evaluate(answer)
        except CourseError as error:
            raise AnswerFormError(str(error)) from error

    def solution_answer(self):
        return _Solution("Urbana friluftsmänniskor", where("urban_rural").is_in([METRO])
                         & where("main_interest").is_in(OUTDOOR))

    def wrong_answer(self):
        return Segment("Urbana friluftsmänniskor 25–40", where("age").between(25, 40)
                       & where("urban_rural").is_in([METRO]) & where("main_interest").is_in(OUTDOOR))


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


# ---------------------------------------------------------------- q4: big enough for a list

AUDIENCES = {
    "hikers_metro": (Option("hikers_metro", "Vandrare i storstadsområden",
                            "Hikers in metropolitan areas"), ["vandring"], [METRO]),
    "anglers_rural": (Option("anglers_rural", "Fiskare på landsbygden",
                             "Anglers in the countryside"), ["fiske"],
                      ["mindre ort och landsbygd"]),
    "runners_towns": (Option("runners_towns", "Löpare i större städer",
                             "Runners in larger towns"), ["löpning"], ["större stad"]),
    "all_hikers": (Option("all_hikers", "Alla vandrare, var de än bor",
                          "All hikers, wherever they live"), ["vandring"],
                   [METRO, "större stad", "mindre ort och landsbygd"]),
}


class BigEnough(ChooseExercise):
    id = "06.q4"
    hints = [
        texts(sv="Det som räknas är inte hur många som finns i segmentet, utan hur många som har "
              "samtyckt till annonser och som plattformen sedan känner igen.",
              en="What counts is not how many are in the segment, but how many consented to ads "
              "and are then recognised by the platform."),
        texts(sv="Bygg de fyra segmenten med `main_interest` och `urban_rural` och läs "
              "`evaluate(customers, [...]).platform_reach`, eller läs varningarna.",
              en="Build the four segments with `main_interest` and `urban_rural` and read "
              "`evaluate(customers, [...]).platform_reach`, or read the warnings."),
        texts(sv="Ungefär hälften har samtyckt och plattformen matchar ungefär två av tre av dem. "
              "Ett segment behöver alltså drygt 300 medlemmar för att nå 100.",
              en="About half consented and the platform matches about two in three of them. So "
              "a segment needs just over 300 members to reach 100."),
    ]
    solution_text = texts(
        sv="Bara **Alla vandrare** räcker: 625 kunder, varav ungefär 200 som plattformen kan "
        "matcha bland dem som samtyckt. Vandrare i storstadsområden är 255 kunder men bara "
        "omkring 74 matchade, under gränsen på 100. Med en kundbas på 3 000 behöver ett segment "
        "alltså vara ganska brett för att fungera som kundlista; smala segment når du hellre "
        "med e-post till dem som samtyckt till det.",
        en="Only **All hikers** is enough: 625 customers, of whom about 200 the platform can "
        "match among those who consented. Hikers in metropolitan areas are 255 customers but "
        "only about 74 matched, under the limit of 100. With a base of 3,000 a segment must be "
        "fairly broad to work as a customer list; narrow segments are better reached by e-mail "
        "to those who consented to it.",
    )

    @property
    def options(self):
        return [option for option, _, _ in AUDIENCES.values()]

    @property
    def correct(self):
        c = _customers()
        big = set()
        for key, (_, interests, places) in AUDIENCES.items():
            members = (c["main_interest"].isin(interests) & c["urban_rural"].isin(places))
            if _reach(members.to_numpy()).matched >= PLATFORM_MINIMUM:
                big.add(key)
        return big


# ---------------------------------------------------------------- q5: what is true


class TrueStatements(ChooseExercise):
    id = "06.q5"
    var = "answer_5"
    multiple = True
    options = [
        Option("minimum", "För en kundlista räknas de som plattformen kan matcha bland dem som "
               "samtyckt, inte alla i segmentet.",
               "For a customer list, what counts is the people the platform can match among "
               "those who consented, not everyone in the segment."),
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
        sv="Rätt: **de matchade bland dem som samtyckt**, **överlapp** och **k-means**. "
        "Politisk åsikt är en särskild kategori enligt GDPR artikel 9 var den än kommer "
        "ifrån, och hashning ersätter inte "
        "samtycke: exporten tar bara med kunder som sagt ja till annonser.",
        en="True: **the matched among those who consented**, **overlap** and **k-means**. "
        "Political opinion is a special category under GDPR Article 9 wherever it comes "
        "from, and hashing does not replace "
        "consent: the export only includes customers who said yes to ads.",
    )


q1 = MetroSize()
q2 = BuildToSpec()
q3 = Messages()
q4 = BigEnough()
q5 = TrueStatements()
