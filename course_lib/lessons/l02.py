"""Exercises of notebook 02, "Three data types"."""

from __future__ import annotations

from functools import cache

from .. import catalog, datasets
from ..core.exercises import (
    ChooseExercise,
    ClassifyExercise,
    FrameExercise,
    NumberExercise,
    Option,
    ____,
    texts,
)
from ..core.i18n import percent
from ..datatypes import events_per_customer, flatten_json_events

__all__ = ["q1", "q2", "q3", "q4", "q5", "____"]

S, SEMI, U = "structured", "semi_structured", "unstructured"


class SortDataTypes(ClassifyExercise):
    id = "02.q5"
    items = [
        Option("receipt", "Ett köp i kassasystemet: datum, butik, belopp",
               "A purchase in the till system: date, store, amount"),
        Option("voice", "Ett inspelat samtal till kundtjänst", "A recorded call to customer service"),
        Option("click_json", "En klickhändelse i JSON från webbutiken",
               "A click event in JSON from the web shop"),
        Option("age", "Kundens ålder i CRM-systemet", "The customer's age in the CRM"),
        Option("instagram", "En bild som en kund lägger upp på Instagram",
               "A photo a customer posts on Instagram"),
        Option("email", "Ett e-postmeddelande där en kund klagar på en försenad leverans",
               "An e-mail in which a customer complains about a late delivery"),
        Option("app_log", "En loggrad från appen med tid, skärm och enhet",
               "A log line from the app with time, screen and device"),
        Option("opens", "Antal öppnade nyhetsbrev per kund", "Number of newsletters opened per customer"),
    ]
    expected = {"receipt": S, "voice": U, "click_json": SEMI, "age": S, "instagram": U,
                "email": U, "app_log": SEMI, "opens": S}
    hints = [
        texts(sv="Fråga dig: finns kolumnerna redan (strukturerad), har datan en form men du måste "
              "välja kolumner själv (semistrukturerad), eller måste innehållet tolkas först "
              "(ostrukturerad)?",
              en="Ask yourself: do the columns exist already (structured), does the data have a "
              "shape but you must choose the columns yourself (semi-structured), or must the "
              "content be interpreted first (unstructured)?"),
        texts(sv="Tre är strukturerade, två semistrukturerade och tre ostrukturerade. Ljud räknas "
              "som ostrukturerat, precis som text och bilder.",
              en="Three are structured, two semi-structured and three unstructured. Sound counts "
              "as unstructured, just like text and images."),
    ]
    solution_text = texts(
        sv="**Strukturerad:** köpet i kassasystemet, åldern i CRM och antalet öppnade "
        "nyhetsbrev (färdiga kolumner, kopplade till ett ID). **Semistrukturerad:** "
        "klickhändelsen i JSON och apploggen (en form, men du väljer kolumnerna). "
        "**Ostrukturerad:** samtalet, Instagrambilden och e-postmeddelandet (måste tolkas innan du kan "
        "räkna).",
        en="**Structured:** the purchase in the till system, the age in the CRM and the "
        "newsletters opened (ready columns tied to an ID). **Semi-structured:** the click event "
        "in JSON and the app log (a shape, but you choose the columns). **Unstructured:** the "
        "call, the Instagram photo and the e-mail (must be interpreted before you can count).",
    )

    @property
    def groups(self):
        return [Option(t.key, t.name_sv, t.name_en) for t in catalog.data_types()]


CUSTOMER = "C0002930"


class OrdersOfOneCustomer(NumberExercise):
    id = "02.q1"
    var = "answer_1"
    hints = [
        texts(sv="Tabellen `counts` har en rad per kundnummer och en kolumn per sorts händelse.",
              en="The table `counts` has one row per customer number and one column per kind of "
              "event."),
        texts(sv=f"Leta upp raden `{CUSTOMER}` och läs av kolumnen `\"Order Completed\"`.",
              en=f"Find the row `{CUSTOMER}` and read the column `\"Order Completed\"`."),
        texts(sv=f"I kod: `counts.loc[\"{CUSTOMER}\", \"Order Completed\"]`.",
              en=f"In code: `counts.loc[\"{CUSTOMER}\", \"Order Completed\"]`."),
    ]

    @property
    def solution_text(self):
        n = int(self.expected())
        code = f"```python\nanswer_1 = counts.loc[\"{CUSTOMER}\", \"Order Completed\"]\n```"
        return texts(
            sv=f"Kund {CUSTOMER} har slutfört **{n}** köp i webbutiken under november och "
            f"december.\n\n{code}",
            en=f"Customer {CUSTOMER} completed **{n}** purchases in the web shop in November and "
            f"December.\n\n{code}",
        )

    @staticmethod
    def expected():
        return _orders_of(datasets.load())


@cache
def _orders_of(world) -> int:
    """The answer of 02.q1, counted once per world (a class report checks it for every
    student)."""
    return int(events_per_customer(world.events).loc[CUSTOMER, "Order Completed"])


class WhyMoreCustomerNumbers(ChooseExercise):
    id = "02.q2"
    options = [
        Option("invented", "Vi hittade på kundnummer för de anonyma besökarna.",
               "We made up customer numbers for the anonymous visitors."),
        Option("linked", "Ett identify-anrop kopplade webbläsarens anonymousId till en kund, och "
               "vi gav alla händelser med den anonymousId kundens nummer.",
               "An identify call linked the browser's anonymousId to a customer, and we gave "
               "every event with that anonymousId the customer's number."),
        Option("normalize", "`pd.json_normalize` fyller i saknade kundnummer av sig själv.",
               "`pd.json_normalize` fills in missing customer numbers by itself."),
        Option("dropped", "Vi tog bort alla händelser utan kundnummer.",
               "We removed every event without a customer number."),
    ]
    correct = frozenset({"linked"})
    hints = [
        texts(sv="Läs beslut 3 i listan ovan igen.", en="Read decision 3 in the list above again."),
    ]
    solution_text = texts(
        sv="Beslutet om **anonymousId eller userId**: när en besökare loggar in eller handlar "
        "skickar webbutiken ett identify-anrop som kopplar webbläsaren (anonymousId) till "
        "kundnumret. Vi gav sedan även besökarens tidigare, anonyma händelser kundnumret. "
        "`json_normalize` gör inget sådant själv, och inga rader togs bort.",
        en="The decision about **anonymousId or userId**: when a visitor logs in or buys, the "
        "web shop sends an identify call that links the browser (anonymousId) to the customer "
        "number. We then gave the visitor's earlier, anonymous events that number too. "
        "`json_normalize` does nothing of the kind by itself, and no rows were removed.",
    )


@cache
def _flat_events():
    return flatten_json_events(datasets.load_events())[0]


def _by_device(series):
    """Compare counts, not names: value_counts() and groupby().size() name their result differently."""
    series = series.rename(None).rename_axis(None)
    series.index = series.index.astype(str)
    return series.sort_index()


class EventsPerDevice(FrameExercise):
    id = "02.q3"
    var = "answer_3"
    check_order = False
    hints = [
        texts(sv="Kolumnen `device` säger vilken sorts enhet händelsen kom från.",
              en="The column `device` says which kind of device the event came from."),
        texts(sv="Räkna hur många rader i `flat` som har varje värde i kolumnen `device`.",
              en="Count how many rows of `flat` have each value in the column `device`."),
        texts(sv="`flat[\"device\"].value_counts()` räknar hur många rader varje värde har.",
              en="`flat[\"device\"].value_counts()` counts how many rows each value has."),
    ]

    @property
    def solution_text(self):
        shares = _flat_events()["device"].value_counts(normalize=True)
        top, share = str(shares.index[0]), float(shares.iloc[0])
        code = "```python\nanswer_3 = flat[\"device\"].value_counts()\n```"
        return texts(
            sv=f"Räkna raderna per värde i kolumnen `device`. Flest händelser kommer från "
            f"enhetstypen `{top}` ({percent(share, 0, 'sv')}), så det är där kampanjsidorna först måste "
            f"fungera.\n\n{code}",
            en=f"Count the rows per value of the column `device`. Most events come from the "
            f"device type `{top}` ({percent(share, 0, 'en')}), so that is where the campaign pages must work "
            f"first.\n\n{code}",
        )

    def solution_code(self) -> str:
        return 'flat["device"].value_counts()'

    @staticmethod
    def expected():
        return _by_device(_flat_events()["device"].value_counts())

    def evaluate(self, answer):
        import pandas as pd

        if isinstance(answer, pd.Series):
            answer = _by_device(answer)
        return super().evaluate(answer)


class WhyChatsGoWrong(ChooseExercise):
    id = "02.q4"
    options = [
        Option("language", "Chattarna är på engelska och ordlistan är svensk.",
               "The chats are in English and the word list is Swedish."),
        Option("letters", "Ord med å, ä och ö delas upp och känns inte igen.",
               "Words with å, ä and ö are split up and not recognised."),
        Option("topic", "Frågan innehåller värdeladdade ord som inte gäller humöret, som \"bra\" "
               "i en fråga och \"sönder\" om en jacka.",
               "The question holds sentiment words not about the mood, such as \"bra\" (good) in "
               "a question and \"sönder\" (broken) about a jacket."),
        Option("random", "Poängräknaren slumpar när det är jämnt.",
               "The scorer picks at random when it is a tie."),
    ]
    correct = frozenset({"topic"})
    hints = [
        texts(sv="Titta i kolumnen `found_words` för chattarna som blev fel. Handlar orden om hur "
              "kunden mår?",
              en="Look at the column `found_words` for the chats that went wrong. Are the words "
              "about how the customer feels?"),
    ]
    solution_text = texts(
        sv="Ordlistan räknar varje värdeladdat ord, men vet inte **vad** ordet handlar om. \"Är tältet bra "
        "för fjällen?\" är en fråga, inte ett beröm, och \"Min jacka har gått sönder\" beskriver "
        "varan, inte hur kunden mår. Ordlistan hanterar både svenska och engelska och känner igen "
        "å, ä och ö, och räknaren slumpar aldrig.",
        en="The word list counts every sentiment word but does not know **what** the word is about. "
        "\"Är tältet bra för fjällen?\" (is the tent good for the mountains?) is a question, not "
        "praise, and \"Min jacka har gått sönder\" (my jacket has broken) describes the product, "
        "not the customer's mood. The word list handles both Swedish and English and recognises "
        "å, ä and ö, and the scorer never picks at random.",
    )


q1 = OrdersOfOneCustomer()
q2 = WhyMoreCustomerNumbers()
q3 = EventsPerDevice()
q4 = WhyChatsGoWrong()
q5 = SortDataTypes()
