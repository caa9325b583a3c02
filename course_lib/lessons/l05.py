"""Exercises of notebook 05, "Data sources and the data ecosystem"."""

from __future__ import annotations

from .. import catalog, sources
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

__all__ = ["q1", "q2", "q3", "q4", "q5", "____"]

msg = messages(
    {
        "not_inventory": {
            "sv": "Svara med inventeringen som `add_source` gav dig, till exempel `answer_5 = mine`, "
            "eller med `my_inventory()` om du använde formuläret.",
            "en": "Answer with the inventory that `add_source` gave you, for example "
            "`answer_5 = mine`, or with `my_inventory()` if you used the form.",
        },
        "nothing_added": {
            "sv": "Inventeringen har ingen ny källa än. Lägg till lojalitetsappen med "
            "`add_source` eller formuläret.",
            "en": "The inventory has no new source yet. Add the loyalty app with `add_source` "
            "or the form.",
        },
        "missing": {
            "sv": "Din källa \"{name}\" saknar: {missing}.",
            "en": "Your source \"{name}\" is missing: {missing}.",
        },
        "need_first_party": {
            "sv": "rätt typ av källa (appen är er egen)",
            "en": "the right source type (the app is your own)",
        },
        "need_storage": {"sv": "var den lagras", "en": "where it is stored"},
        "need_collected": {"sv": "hur den samlas in", "en": "how it is collected"},
        "need_flow": {"sv": "minst ett system den skickas till", "en": "at least one system it is sent to"},
        "done": {
            "sv": "\"{name}\" finns nu både i inventeringen och på kartan.",
            "en": "\"{name}\" is now both in the inventory and on the map.",
        },
    },
    __name__,
)


def _type_options() -> list[Option]:
    return [Option(t.key, t.name_sv, t.name_en) for t in catalog.source_types()]


class WhichParty(ClassifyExercise):
    id = "05.q1"
    var = "answer_1"
    items = [
        Option("crm_purchases", "Köphistorik i CRM-systemet", "Purchase history in the CRM"),
        Option("google_search", "Sökord i Google", "Search words on Google"),
        Option("facebook_interests", "Intressen på Facebook", "Interests on Facebook"),
        Option("weather", "Väderprognos per stad", "Weather forecast per city"),
        Option("newsletter_clicks", "Klick i vårt nyhetsbrev", "Clicks in our newsletter"),
        Option("lifestyle", "Köpta livsstilsdata", "Purchased lifestyle data"),
        Option("survey", "Svar i vår kundenkät", "Answers in our customer survey"),
    ]
    expected = {
        "crm_purchases": "first_party", "google_search": "second_party",
        "facebook_interests": "second_party", "weather": "third_party",
        "newsletter_clicks": "first_party", "lifestyle": "third_party", "survey": "first_party",
    }
    hints = [
        texts(sv="Fråga dig vem som samlade in datan. Vi själva, plattformen där vi annonserar, "
              "eller någon helt annan?",
              en="Ask yourself: who collected the data? We ourselves, the platform we advertise "
              "on, or someone else entirely?"),
        texts(sv="Sökord och intressen vet bara plattformarna om sina användare: det är data vi "
              "lånar när vi annonserar.",
              en="Search words and interests are known only to the platforms about their users: "
              "it is data we borrow when we advertise."),
    ]
    solution_text = texts(
        sv="Förstahandsdata samlar vi in själva: köphistoriken, klicken i nyhetsbrevet och "
        "kundenkäten. Andrahandsdata är plattformarnas: sökord i Google och intressen på "
        "Facebook. Tredjepartsdata kommer från någon annan: vädret och de köpta livsstilsdatan.\n\n"
        "```python\nanswer_1 = {\n    \"Köphistorik i CRM-systemet\": \"Förstahandsdata\",\n"
        "    \"Sökord i Google\": \"Andrahandsdata\",\n"
        "    \"Intressen på Facebook\": \"Andrahandsdata\",\n"
        "    \"Väderprognos per stad\": \"Tredjepartsdata\",\n"
        "    \"Klick i vårt nyhetsbrev\": \"Förstahandsdata\",\n"
        "    \"Köpta livsstilsdata\": \"Tredjepartsdata\",\n"
        "    \"Svar i vår kundenkät\": \"Förstahandsdata\",\n}\n```",
        en="First-party data we collect ourselves: the purchase history, the newsletter clicks "
        "and the customer survey. Second-party data belongs to the platforms: search words on "
        "Google and interests on Facebook. Third-party data comes from someone else: the weather "
        "and the purchased lifestyle data.\n\n"
        "```python\nanswer_1 = {\n    \"Purchase history in the CRM\": \"First-party data\",\n"
        "    \"Search words on Google\": \"Second-party data\",\n"
        "    \"Interests on Facebook\": \"Second-party data\",\n"
        "    \"Weather forecast per city\": \"Third-party data\",\n"
        "    \"Clicks in our newsletter\": \"First-party data\",\n"
        "    \"Purchased lifestyle data\": \"Third-party data\",\n"
        "    \"Answers in our customer survey\": \"First-party data\",\n}\n```",
    )

    @property
    def groups(self):
        return _type_options()


class ExportOrIntegration(ClassifyExercise):
    """Data moves between platforms only by export or integration: sort Fjällgården's flows."""

    id = "05.q4"
    var = "answer_4"
    hints = [
        texts(sv="En export är en fil som någon tar ut och laddar upp. En integration skickar "
              "datan av sig själv, hela tiden.",
              en="An export is a file someone takes out and uploads. An integration sends the "
              "data by itself, all the time."),
        texts(sv="Pixeln är ett skript som skickar varje händelse direkt till Meta.",
              en="The pixel is a script that sends every event straight to Meta."),
    ]
    solution_text = texts(
        sv="Kundlistorna till Meta och Google är **exporter**: någon tar ut e-post och telefon "
        "ur CRM-systemet, hashar dem och laddar upp filen. Pixeln, nyhetsbrevslistan och "
        "väderprognosen är **integrationer**: systemen är kopplade och skickar datan själva.",
        en="The customer lists for Meta and Google are **exports**: someone takes email and "
        "phone out of the CRM, hashes them and uploads the file. The pixel, the newsletter list "
        "and the weather forecast are **integrations**: the systems are connected and send the "
        "data themselves.",
    )

    @staticmethod
    def _flows():
        inv = sources.company_inventory()
        return [f for f in inv.flows if f.kind in ("export", "integration")]

    @property
    def items(self):
        inv = sources.company_inventory()
        return [Option(f"{f.source}->{f.target}",
                       f"{f.what_sv} → {inv.node_name(f.target, 'sv')}",
                       f"{f.what_en} → {inv.node_name(f.target, 'en')}") for f in self._flows()]

    groups = [Option("export", "Export", "Export"),
              Option("integration", "Integration", "Integration")]

    @property
    def expected(self):
        return {f"{f.source}->{f.target}": f.kind for f in self._flows()}


class ConsentSources(ChooseExercise):
    id = "05.q2"
    multiple = True
    hints = [
        texts(sv="Titta i kolumnen **Rättslig grund** i inventeringen ovan.",
              en="Look at the column **Legal basis** in the inventory above."),
        texts(sv="Det är tre källor, och alla tre handlar om spårning eller utskick som kunden "
              "kan säga nej till.",
              en="There are three, and all three are about tracking or mailings the customer can "
              "say no to."),
    ]
    solution_text = texts(
        sv="Webbutikens händelser och appens händelser (spårning kräver samtycke i "
        "cookiebannern respektive appen) och e-postverktyget (samtycke när kunden anmälde sig "
        "till nyhetsbrevet). Köphistoriken bygger på avtal, och de köpta livsstilsdatan på "
        "berättigat intresse.",
        en="The web shop events and the app events (tracking needs consent in the cookie banner "
        "and in the app) and the email tool (consent when the customer signed up for the "
        "newsletter). The purchase history rests on contract, and the purchased lifestyle data "
        "on legitimate interests.",
    )
    _KEYS = ("crm_customers", "web_events", "app_events", "email_engagement", "lifestyle_data",
             "store_tills")

    @property
    def options(self):
        inv = sources.company_inventory()
        return [Option(k, inv.source(k).name_sv, inv.source(k).name_en) for k in self._KEYS]

    @property
    def correct(self):
        inv = sources.company_inventory()
        return {k for k in self._KEYS if "consent" in inv.source(k).legal_basis}


class FromThirdParties(ChooseExercise):
    """Which of six data points does Fjällgården hold from third-party data (bought or fetched)?"""

    id = "05.q3"
    var = "answer_3"
    multiple = True
    hints = [
        texts(sv="Tredjepartsdata kommer från någon annan än kunden och plattformarna, till exempel "
              "en datamäklare eller en vädertjänst.",
              en="Third-party data comes from someone other than the customer and the platforms, "
              "for example a data broker or a weather service."),
        texts(sv="Läs kolumnen Tredjepartsdata i täckningstabellen för de sex datapunkterna. Ett "
              "streck betyder ingen källa.",
              en="Read the Third-party data column of the coverage table for the six data points. "
              "A dash means no source."),
        texts(sv="Svara med en lista av namn, till exempel `answer_3 = [\"Ålder\", \"Intressen\"]`, "
              "men med de rätta.",
              en="Answer with a list of names, for example `answer_3 = [\"Age\", \"Interests\"]`, "
              "but with the right ones."),
    ]
    solution_text = texts(
        sv="**Inkomst, intressen, politisk åsikt och triggers.** Inkomst, intressen och den "
        "gissade politiska åsikten kommer från de köpta livsstilsdatan, triggers från "
        "vädertjänsten. Ålder och psykologisk typ har Fjällgården bara från egna och "
        "plattformarnas källor. Att den politiska åsikten *finns* betyder inte att den får "
        "användas: den är en känslig personuppgift enligt artikel 9, precis som i notebook 04."
        "\n\n```python\nanswer_3 = [\"Inkomst\", \"Intressen\", \"Politisk åsikt\", \"Triggers\"]\n```",
        en="**Income, interests, political opinion and triggers.** Income, interests and the "
        "guessed political opinion come from the purchased lifestyle data, triggers from the "
        "weather service. Age and psychological type Fjällgården has only from its own and the "
        "platforms' sources. That the political opinion *is there* does not mean it may be used: "
        "it is a special category under Article 9, just as in notebook 04."
        "\n\n```python\nanswer_3 = [\"Income\", \"Interests\", \"Political opinion\", \"Triggers\"]\n```",
    )
    _KEYS = ("age", "income", "interests", "political_opinion", "triggers", "psychological_type")

    @property
    def options(self):
        return [Option(k, catalog.data_point(k).name_sv, catalog.data_point(k).name_en)
                for k in self._KEYS]

    @property
    def correct(self):
        inv = sources.company_inventory()
        bought = {p for s in inv.sources if s.source_type == "third_party" for p in s.data_points}
        return {k for k in self._KEYS if k in bought}


class LoyaltyApp(CheckExercise):
    id = "05.q5"
    var = "answer_5"
    hints = [
        texts(sv="Lojalitetsappen är Fjällgårdens egen app, så datan är förstahandsdata.",
              en="The loyalty app is Fjällgården's own app, so its data is first-party data."),
        texts(sv="En källa är klar när du vet hur den samlas in, var den lagras och vart den "
              "skickas. Bygg vidare på cellen med `add_source` ovan.",
              en="A source is complete when you know how it is collected, where it is stored and "
              "where it is sent. Build on the cell with `add_source` above."),
        texts(sv="Fyll i `stored_in` (till exempel \"CRM-systemet\"), `collected` (en mening om hur "
              "appen samlar in datan) och `flows_to` (till exempel \"E-postverktyget\").",
              en="Fill in `stored_in` (for example \"The CRM\"), `collected` (a sentence on how the "
              "app collects the data) and `flows_to` (for example \"The email tool\")."),
    ]
    solution_text = texts(
        sv="En lojalitetsapp är förstahandsdata som samlas in i appen, lagras hos oss och skickas "
        "vidare med en integration.\n\n```python\nmine = add_source(\n"
        "    company, \"Fjällgården Plus\", \"Förstahandsdata\",\n"
        "    data_types=[\"Strukturerad data\"],\n"
        "    data_points=[\"Konsumtion och köpbeteende\", \"Intressen\"],\n"
        "    identifiers=[\"Kund-ID\", \"Telefonnummer\"],\n"
        "    collected=\"Kunden skannar appen i kassan och får bonus\",\n"
        "    stored_in=\"CRM-systemet\", legal_basis=[\"Avtal\"],\n"
        "    users=\"Marknad och butikerna\",\n"
        "    flows_to=[\"E-postverktyget\"], flow_kind=\"integration\",\n)\n"
        "answer_5 = mine\n```",
        en="A loyalty app is first-party data collected in the app, stored with us and sent on by "
        "an integration.\n\n```python\nmine = add_source(\n"
        "    company, \"Fjällgården Plus\", \"First-party data\",\n"
        "    data_types=[\"Structured data\"],\n"
        "    data_points=[\"Consumption and purchase behaviour\", \"Interests\"],\n"
        "    identifiers=[\"Customer ID\", \"Phone number\"],\n"
        "    collected=\"The customer scans the app at the till and earns bonus\",\n"
        "    stored_in=\"The CRM\", legal_basis=[\"Contract\"],\n"
        "    users=\"Marketing and the stores\",\n"
        "    flows_to=[\"The email tool\"], flow_kind=\"integration\",\n)\n"
        "answer_5 = mine\n```",
    )

    def judge(self, answer: object) -> tuple[bool, str]:
        if not isinstance(answer, sources.Inventory):
            raise AnswerFormError(msg("not_inventory"))
        if not answer.added:
            return False, msg("nothing_added")
        best = None
        for source in answer.added:
            missing = []
            if source.source_type != "first_party":
                missing.append(msg("need_first_party"))
            if not source.stored_in:
                missing.append(msg("need_storage"))
            if not source.text("collected").strip():
                missing.append(msg("need_collected"))
            if not answer.flows_from(source.key):
                missing.append(msg("need_flow"))
            if not missing:
                return True, msg("done", name=source.name())
            if best is None or len(missing) < len(best[1]):
                best = (source, missing)
        source, missing = best
        return False, msg("missing", name=source.name(), missing=", ".join(missing))

    @staticmethod
    def _add(source_type: str) -> sources.Inventory:
        return sources.add_source(
            sources.company_inventory(), "Fjällgården Plus", source_type,
            data_types=["structured"], data_points=["purchase_behaviour", "interests"],
            identifiers=["customer_id", "phone"],
            collected="Kunden skannar appen i kassan och får bonus", stored_in="crm",
            legal_basis=["contract"], users="Marknad och butikerna", flows_to=["email_tool"])

    def solution_answer(self) -> object:
        return self._add("first_party")

    def solution_code(self) -> str:
        return (
            'sources.add_source(sources.company_inventory(), "Fjällgården Plus", "first_party", '
            'data_types=["structured"], data_points=["purchase_behaviour", "interests"], '
            'identifiers=["customer_id", "phone"], '
            'collected="Kunden skannar appen i kassan och får bonus", stored_in="crm", '
            'legal_basis=["contract"], users="Marknad och butikerna", flows_to=["email_tool"])'
        )

    def wrong_answer(self) -> object:
        return self._add("third_party")


q1 = WhichParty()
q2 = ConsentSources()
q3 = FromThirdParties()
q4 = ExportOrIntegration()
q5 = LoyaltyApp()
