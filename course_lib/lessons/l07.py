"""Exercises of notebook 07, "Ethics and GDPR": principles, legal bases, special categories, audit.

Every answer is derived from the same data the notebook teaches: ``data/gdpr.toml``, the
catalogue, and :func:`course_lib.privacy.audit_plan` for Fjällgården's plan.
"""

from __future__ import annotations

from .. import catalog, glossary, privacy
from ..core.errors import CourseError
from ..core.exercises import (
    AnswerFormError,
    CheckExercise,
    ChooseExercise,
    ClassifyExercise,
    Option,
    ____,
    texts,
)
from ..core.i18n import messages

__all__ = ["q1", "q2", "q3", "q4", "q5", "q6", "____"]

msg = messages(
    {
        "too_small": {
            "sv": "Planen har {count} rader, men frågan vill ha minst tre.",
            "en": "The plan has {count} rows, but the question asks for at least three.",
        },
        "still_problems": {
            "sv": "Granskningen hittar fortfarande något att ändra: {problems}",
            "en": "The audit still finds something to change: {problems}",
        },
        "clean": {
            "sv": "Granskningen hittar inget som måste ändras. {summary}",
            "en": "The audit finds nothing that must change. {summary}",
        },
    },
    __name__,
)


def _option(entry) -> Option:
    return Option(entry.key, entry.name_sv, entry.name_en, glossary.wordings_for(entry.key))


class WhichPrinciple(ChooseExercise):
    id = "07.q1"
    var = "answer_1"
    hints = [
        texts(sv="Frågan är inte om inkomsten är integritetskänslig, utan om Fjällgården behöver "
              "den alls.",
              en="The question is not whether income is privacy-sensitive, but whether "
              "Fjällgården needs it at all."),
        texts(sv="Leta i tabellen efter principen som säger att man bara samlar in det som behövs "
              "för syftet.",
              en="Look in the table for the principle that says you collect only what the "
              "purpose needs."),
        texts(sv="Det är principen i artikel 5.1 c. Skriv dess namn, till exempel "
              "`answer_1 = \"Riktighet\"` men med rätt princip.",
              en="It is the principle in Article 5(1)(c). Write its name, for example "
              "`answer_1 = \"Accuracy\"` but with the right principle."),
    ]
    solution_text = texts(
        sv="**Uppgiftsminimering** (artikel 5.1 c): ”kan bli bra att ha” är inget syfte, så "
        "uppgiften ska inte samlas in. **Ändamålsbegränsning** (artikel 5.1 b) räknas också: "
        "utan ett bestämt ändamål får uppgiften inte samlas in alls.\n\n"
        "```python\nanswer_1 = \"data_minimisation\"\n```",
        en="**Data minimisation** (Article 5(1)(c)): “might come in handy” is no purpose, so the "
        "data should not be collected. **Purpose limitation** (Article 5(1)(b)) counts too: "
        "without a specified purpose the data may not be collected at all.\n\n"
        "```python\nanswer_1 = \"data_minimisation\"\n```",
    )
    correct = frozenset({"data_minimisation"})
    also_correct = {
        "purpose_limitation": texts(
            sv="Ändamålsbegränsningen (artikel 5.1 b) säger nej: ”kan bli bra att ha” är inget "
            "bestämt ändamål. Uppgiftsminimering (5.1 c) säger samma sak från andra hållet: samla "
            "bara in det ändamålet behöver.",
            en="Purpose limitation (Article 5(1)(b)) says no: “might come in handy” is no "
            "specified purpose. Data minimisation (5(1)(c)) says the same from the other side: "
            "collect only what the purpose needs."),
    }

    def wrong_answer(self) -> object:
        return "accuracy"

    @property
    def options(self):
        return [_option(p) for p in privacy.principles()]


# Three everyday situations at Fjällgården, each with one clear legal basis.
SITUATIONS = [
    (Option("newsletter",
            "En besökare kryssar i rutan ”Ja, jag vill ha nyhetsbrevet”",
            "A visitor ticks the box “Yes, I want the newsletter”"), "consent"),
    (Option("delivery",
            "Kundens adress används för att skicka kängorna hen har beställt",
            "The customer's address is used to send the boots they ordered"), "contract"),
    (Option("bookkeeping",
            "Kvittot för ett köp sparas eftersom bokföringen kräver det enligt lag",
            "The receipt for a purchase is kept because the law on bookkeeping requires it"),
     "legal_obligation"),
]


class WhichLegalBasis(ClassifyExercise):
    id = "07.q2"
    var = "answer_2"
    items = [item for item, _ in SITUATIONS]
    expected = {item.key: basis for item, basis in SITUATIONS}
    hints = [
        texts(sv="Fråga dig i varje fall: vem eller vad gör att Fjällgården får använda uppgiften? "
              "Kunden själv, ett avtal med kunden, eller en lag?",
              en="Ask in each case: who or what allows Fjällgården to use the data? The customer "
              "themselves, a contract with the customer, or a law?"),
        texts(sv="Nyhetsbrevet bygger på att kunden sa ja. Leveransen är en del av köpet.",
              en="The newsletter rests on the customer saying yes. The delivery is part of the "
              "purchase."),
    ]
    solution_text = texts(
        sv="Nyhetsbrevet: **samtycke**. Leveransen: **avtal** (köpet). Kvittot: **rättslig "
        "förpliktelse**.\n\n```python\nanswer_2 = {\"newsletter\": \"consent\", "
        "\"delivery\": \"contract\", \"bookkeeping\": \"legal_obligation\"}\n```",
        en="The newsletter: **consent**. The delivery: **contract** (the purchase). The receipt: "
        "**legal obligation**.\n\n```python\nanswer_2 = {\"newsletter\": \"consent\", "
        "\"delivery\": \"contract\", \"bookkeeping\": \"legal_obligation\"}\n```",
    )

    @property
    def groups(self):
        return [_option(b) for b in privacy.legal_bases()]


# Art. 9 categories mixed with data that only feels sensitive (order: as shown to the learner).
_Q3 = [("special", "health"), ("catalogue", "income"), ("special", "trade_union"),
       ("catalogue", "movement_patterns"), ("catalogue", "personnummer"),
       ("special", "religious_beliefs"), ("catalogue", "age")]


def _q3_entries():
    specials = {c.key: c for c in privacy.special_categories()}
    known = {e.key: e for e in (*catalog.data_points(), *catalog.identifiers())}
    return [(specials[key], "special") if kind == "special" else (known[key], known[key].gdpr)
            for kind, key in _Q3]


class WhichAreSpecial(ChooseExercise):
    id = "07.q3"
    var = "answer_3"
    multiple = True
    hints = [
        texts(sv="Artikel 9 räknar upp åtta särskilda kategorier; tabellen ovan visar dem.",
              en="Article 9 lists eight special categories; the table above shows them."),
        texts(sv="Inkomst, rörelsemönster och personnummer kan kännas känsliga, men ingen av dem "
              "står i artikel 9.",
              en="Income, movement patterns and the personal identity number can feel sensitive, "
              "but none of them is in Article 9."),
    ]
    solution_text = texts(
        sv="**Hälsa, medlemskap i fackförening och religiös eller filosofisk övertygelse** står i "
        "artikel 9. Inkomst, rörelsemönster och personnummer är integritetskänsliga, ålder är "
        "en vanlig personuppgift.",
        en="**Health, trade-union membership and religious or philosophical beliefs** are in "
        "Article 9. Income, movement patterns and the personal identity number are "
        "privacy-sensitive; age is ordinary personal data.",
    )

    @property
    def options(self):
        return [_option(entry) for entry, _ in _q3_entries()]

    @property
    def correct(self):
        return frozenset(entry.key for entry, cls in _q3_entries() if cls == "special")


_Q4 = ["age", "political_opinion", "income", "interests", "movement_patterns",
       "psychological_type"]


class ClassifyDataPoints(ClassifyExercise):
    id = "07.q4"
    var = "answer_4"
    hints = [
        texts(sv="Bara en av de sex är en särskild kategori enligt artikel 9: den som handlar om "
              "vad någon tycker om samhället.",
              en="Only one of the six is a special category under Article 9: the one about what "
              "someone thinks about society."),
        texts(sv="Integritetskänsligt är sådant som kan skada eller diskriminera om det läcker: "
              "pengar, var någon rör sig, vilken personlighet hen har.",
              en="Privacy-sensitive is what can harm or discriminate if it leaks: money, where "
              "someone goes, what personality they have."),
    ]
    solution_text = texts(
        sv="Vanlig personuppgift: ålder, intressen. Integritetskänslig: inkomst, rörelsemönster, "
        "psykologisk typ. Särskild kategori: **politisk åsikt**.",
        en="Ordinary: age, interests. Privacy-sensitive: income, movement patterns, "
        "psychological type. Special category: **political opinion**.",
    )

    @property
    def items(self):
        return [_option(catalog.data_point(k)) for k in _Q4]

    @property
    def groups(self):
        return [_option(c) for c in catalog.gdpr_classes()]

    @property
    def expected(self):
        return {k: catalog.data_point(k).gdpr for k in _Q4}


class AuditFjallgarden(ChooseExercise):
    id = "07.q5"
    var = "answer_5"
    multiple = True
    hints = [
        texts(sv="Gå igenom raderna en i taget och ställ tre frågor: Är det en särskild kategori? "
              "Finns en riktig rättslig grund? Finns ett riktigt syfte?",
              en="Go through the rows one at a time and ask three questions: Is it a special "
              "category? Is there a real legal basis? Is there a real purpose?"),
        texts(sv="Sex rader måste ändras. Hälsa kan gömma sig bakom andra ord, och ”bra att ha” är "
              "inget syfte.",
              en="Six rows must change. Health can hide behind other words, and “nice to have” is "
              "no purpose."),
        texts(sv="Rörelsemönster med samtycke och ett tydligt syfte är tillåtet, men varsamt. "
              "Personnummer behövs nästan aldrig i marknadsföring.",
              en="Movement patterns with consent and a clear purpose are allowed, with care. A "
              "personal identity number is almost never needed in marketing."),
    ]
    solution_text = texts(
        sv="Inte tillåtet: **politisk åsikt** (artikel 9, och en köpt lista är ingen rättslig "
        "grund) och **skador och sjukdomar** (hälsa, artikel 9). Saknar rättslig grund: "
        "**telefonnummer**. Behövs inte: **inkomst** (”bra att ha”), **personnummer** och "
        "**kön** (inget syfte). Resten får stå kvar; rörelsemönster ska hanteras varsamt.",
        en="Not allowed: **political opinion** (Article 9, and a bought list is no legal basis) "
        "and **injuries and illnesses** (health, Article 9). Needs a legal basis: **phone "
        "number**. Not needed: **income** (“nice to have”), **personal identity number** and "
        "**gender** (no purpose). The rest may stay; movement patterns need care.",
    )

    @property
    def options(self):
        sv, en = privacy.example_plan("sv"), privacy.example_plan("en")
        return [Option(a["id"], f"{n}. {privacy.data_name(a['data'], 'sv')}",
                       f"{n}. {privacy.data_name(b['data'], 'en')}")
                for n, (a, b) in enumerate(zip(sv, en, strict=True), start=1)]

    @property
    def correct(self):
        plan = privacy.example_plan("sv")
        return frozenset(plan[i]["id"] for i in privacy.problem_items(plan))


class YourOwnPlan(CheckExercise):
    """Optional, deeper: write a plan of at least three rows that the audit finds nothing wrong with."""

    id = "07.q6"
    optional = True  # the notebook calls it going further (valfri)
    var = "answer_6"
    hints = [
        texts(sv="Varje rad behöver en uppgift, ett tydligt syfte och en av de sex rättsliga "
              "grunderna. Undvik särskilda kategorier och personnummer.",
              en="Every row needs data, a clear purpose and one of the six legal bases. Avoid "
              "special categories and personal identity numbers."),
        texts(sv="Utgå från raderna som granskningen av Fjällgårdens plan godkände, och ge svaret "
              "som en lista med minst tre ordböcker.",
              en="Start from the rows the audit of Fjällgården's plan approved, and give the answer "
              "as a list of at least three dictionaries."),
        texts(sv="En rad kan se ut så här: `{\"data\": \"email\", \"purpose\": \"Skicka "
              "nyhetsbrevet\", \"legal_basis\": \"consent\"}`.",
              en="A row can look like this: `{\"data\": \"email\", \"purpose\": \"Send the "
              "newsletter\", \"legal_basis\": \"consent\"}`."),
    ]
    solution_text = texts(
        sv="Till exempel tre rader ur Fjällgårdens plan som granskningen godkände:\n\n"
        "```python\nanswer_6 = [\n"
        "    {\"data\": \"email\", \"purpose\": \"Skicka nyhetsbrevet\", \"legal_basis\": \"consent\"},\n"
        "    {\"data\": \"purchase_behaviour\", \"purpose\": \"Dela in kunderna efter vad de köper\",\n"
        "     \"legal_basis\": \"legitimate_interests\"},\n"
        "    {\"data\": \"city\", \"purpose\": \"Bjuda in till kvällar i butiken\",\n"
        "     \"legal_basis\": \"legitimate_interests\"},\n]\n```",
        en="For example three rows of Fjällgården's plan that the audit approved:\n\n"
        "```python\nanswer_6 = [\n"
        "    {\"data\": \"email\", \"purpose\": \"Send the newsletter\", \"legal_basis\": \"consent\"},\n"
        "    {\"data\": \"purchase_behaviour\", \"purpose\": \"Group customers by what they buy\",\n"
        "     \"legal_basis\": \"legitimate_interests\"},\n"
        "    {\"data\": \"city\", \"purpose\": \"Invite customers to store evenings\",\n"
        "     \"legal_basis\": \"legitimate_interests\"},\n]\n```",
    )

    def judge(self, answer: object) -> tuple[bool, str]:
        try:
            findings = privacy.audit_plan(answer)
        except CourseError as problem:
            raise AnswerFormError(str(problem)) from None
        count = len({f.item for f in findings})
        if count < 3:
            return False, msg("too_small", count=count)
        problems = [f for f in findings if f.problem]
        if problems:
            return False, msg("still_problems", problems=" ".join(
                f"{f.item + 1}. {f.message}" for f in problems[:2]))
        return True, msg("clean", summary=privacy.summary(answer))

    def solution_answer(self) -> object:
        plan = privacy.example_plan()
        return [plan[i] for i, level in enumerate(privacy.verdicts(plan)) if level == "ok"][:3]

    def wrong_answer(self) -> object:
        return privacy.example_plan()


q1 = WhichPrinciple()
q2 = WhichLegalBasis()
q3 = WhichAreSpecial()
q4 = ClassifyDataPoints()
q5 = AuditFjallgarden()
q6 = YourOwnPlan()
