"""Exercises of notebook 09, "Your data plan": the customer journey, sources, storage, the plan."""

from __future__ import annotations

from collections.abc import Mapping

from .. import catalog, dataplan
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

__all__ = ["q1", "q2", "q3", "q4", "____"]

msg = messages(
    {
        "plan_type": {
            "sv": "Svara med din plan, till exempel `answer_4 = form.plan`.",
            "en": "Answer with your plan, for example `answer_4 = form.plan`.",
        },
        "plan_covered": {
            "sv": "Planen har data och en lagringsplats i alla fyra stegen av kundresan.",
            "en": "The plan has data and a storage place at all four stages of the customer journey.",
        },
        "plan_not_covered": {
            "sv": "Steg som saknar data eller lagringsplats: {stages}.",
            "en": "Stages that lack data or a storage place: {stages}.",
        },
    },
    __name__,
)


def _stages() -> list[Option]:
    return [Option(key, names["sv"], names["en"]) for key, names in dataplan.STAGE_NAMES.items()]


class JourneyStages(ClassifyExercise):
    id = "09.q1"
    var = "answer_1"
    items = [
        Option("ad", "Ser en annons för vandringskängor i Instagram-flödet",
               "Sees an ad for hiking boots in the Instagram feed"),
        Option("compare", "Jämför två tält och läser recensionerna i webbutiken",
               "Compares two tents and reads their reviews in the web shop"),
        Option("till", "Betalar för en ryggsäck i kassan i butiken i Umeå",
               "Pays for a rucksack at the till in the Umeå store"),
        Option("points", "Får ett e-postmeddelande om att klubbpoängen räcker till en gratis skidservice",
               "Gets an email saying the club points cover a free ski service"),
        Option("guide", "Läser guiden ”Så väljer du regnjacka” efter att ha tittat på tre jackor",
               "Reads the guide 'How to choose a rain jacket' after viewing three jackets"),
        Option("first_time", "Hör talas om Fjällgården för första gången i en podd",
               "Hears about Fjällgården for the first time in a podcast"),
    ]
    expected = {"ad": "awareness", "compare": "consideration", "till": "purchase",
                "points": "loyalty", "guide": "consideration", "first_time": "awareness"}
    hints = [
        texts(sv="Fråga dig för varje exempel: känner personen redan till oss, funderar hen, "
              "köper hen, eller har hen redan köpt?",
              en="Ask yourself for each example: does the person know us yet, are they "
              "thinking it over, buying, or have they already bought?"),
        texts(sv="Två av exemplen hör till medvetenhet och två till övervägande.",
              en="Two of the examples belong to awareness and two to consideration."),
    ]
    solution_text = texts(
        sv="Annonsen och podden väcker **medvetenhet**; tälten och regnjacksguiden hör till "
        "**övervägande**; kassan i Umeå är **köp**; e-postmeddelandet om klubbpoängen gäller **lojalitet**.",
        en="The ad and the podcast create **awareness**; the tents and the rain-jacket guide "
        "belong to **consideration**; the till in Umeå is **purchase**; the email about club "
        "points is about **loyalty**.",
    )

    @property
    def groups(self):
        return _stages()


class WhereDataMustBe(ChooseExercise):
    """Using data needs a tool that keeps it tied to the individual's ID (the lesson)."""

    id = "09.q2"
    options = [
        Option("analytics", "I webbanalysverktyget (Google Analytics)",
               "In the web analytics tool (Google Analytics)"),
        Option("crm", "I CRM-systemet, kopplad till varje kunds ID",
               "In the CRM, tied to each customer's ID"),
        Option("meta", "På Metas servrar, via pixeln", "On Meta's servers, via the pixel"),
        Option("report", "I en månadsrapport över försäljningen", "In a monthly sales report"),
    ]
    correct = {"crm"}
    hints = [
        texts(sv="Ett e-postmeddelande går till en person. Vilket verktyg vet vem som köpte vad?",
              en="An email goes to a person. Which tool knows who bought what?"),
        texts(sv="Rapporter visar summor, och pixelns data stannar hos Meta. Var ligger köpen "
              "tillsammans med kundens ID och e-postadress?",
              en="Reports show totals, and the pixel's data stays with Meta. Where are the "
              "purchases kept together with the customer's ID and e-mail address?"),
    ]
    solution_text = texts(
        sv="**I CRM-systemet, kopplad till varje kunds ID.** Analysverktyget och rapporten visar "
        "summor, inte personer, så ingen går att nå. Pixelns data ligger hos Meta och kan "
        "användas för annonser där, men Fjällgården kan inte skicka e-post ur den. Utskicket "
        "får bara gå till kunder som har sagt ja eller som kan tacka nej i varje utskick.",
        en="**In the CRM, tied to each customer's ID.** The analytics tool and the report show "
        "totals, not people, so nobody can be reached. The pixel's data sits with Meta and can "
        "be used for ads there, but Fjällgården cannot email from it. The mailing may only go "
        "to customers who said yes or who can opt out in every message.",
    )


class AppEventSource(ChooseExercise):
    id = "09.q3"
    var = "answer_3"
    hints = [
        texts(sv="Vem äger appen där händelsen uppstår, och vems kund är personen?",
              en="Who owns the app where the event happens, and whose customer is the person?"),
    ]
    solution_text = texts(
        sv="Händelsen kommer från Fjällgårdens egen app och egen kund, så det är "
        "**förstahandsdata**.",
        en="The event comes from Fjällgården's own app and its own customer: that is "
        "**first-party data**.",
    )

    @property
    def options(self):
        return [Option(s.key, s.name_sv, s.name_en) for s in catalog.source_types()]

    correct = {"first_party"}


class PlanCoversJourney(CheckExercise):
    id = "09.q4"
    var = "answer_4"
    hints = [
        texts(sv="En plan täcker kundresan när varje steg har någon data och en plats där den "
              "lagras.",
              en="A plan covers the customer journey when every stage has some data and a place "
              "where it is stored."),
        texts(sv="Gå igenom de fyra flikarna i formuläret och tryck på **Spara**. `form.review()` "
              "visar vad som saknas.",
              en="Go through the four tabs of the form and press **Save**. `form.review()` shows "
              "what is missing."),
        texts(sv="Skriv sedan `answer_4 = form.plan` och kör cellen.",
              en="Then write `answer_4 = form.plan` and run the cell."),
    ]
    solution_text = texts(
        sv="Fjällgårdens exempelplan klarar kontrollen: varje steg har datapunkter och en "
        "lagringsplats, till exempel CRM-system och datalager i köpsteget.\n\n"
        "```python\nanswer_4 = example_plan()\n```",
        en="Fjällgården's example plan passes the check: every stage has data points and a "
        "storage place, for example CRM and data warehouse at the purchase stage.\n\n"
        "```python\nanswer_4 = example_plan()\n```",
    )

    @staticmethod
    def _plan(answer: object) -> dataplan.DataPlan:
        if isinstance(answer, dataplan.DataPlan):
            return answer
        if isinstance(answer, Mapping):
            try:
                return dataplan.DataPlan.from_dict(answer)
            except (CourseError, TypeError, KeyError, AttributeError) as error:
                raise AnswerFormError(str(error)) from None
        raise AnswerFormError(msg("plan_type"))

    def judge(self, answer: object) -> tuple[bool, str]:
        plan = self._plan(answer)
        missing = [dataplan.stage_name(k) for k in dataplan.STAGES
                   if not dataplan.stage_covered(plan.stages[k])]
        if missing:
            return False, msg("plan_not_covered", stages=", ".join(missing))
        return True, msg("plan_covered")

    def solution_answer(self) -> object:
        return dataplan.example_plan().to_dict()

    def wrong_answer(self) -> object:
        data = dataplan.example_plan().to_dict()
        data["stages"]["loyalty"]["storage"] = ""
        return data


q1 = JourneyStages()
q2 = WhereDataMustBe()
q3 = AppEventSource()
q4 = PlanCoversJourney()
