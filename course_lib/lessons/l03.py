"""Exercises of notebook 03, "Analytics tools or personal data"."""

from __future__ import annotations

from functools import cache

from .. import datasets, identity
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

__all__ = ["q1", "q2", "q3", "q4", "q5", "q6", "____"]

msg = messages(
    {
        "phone_text": {
            "sv": "Svara med numret som text inom citattecken, till exempel `\"4612345\"`.",
            "en": "Answer with the number as text in quotes, for example `\"4612345\"`.",
        },
        "phone_plus": {
            "sv": "Det där är Googles form (E.164 med plustecken). Meta vill ha bara siffror.",
            "en": "That is Google's form (E.164 with the plus). Meta wants digits only.",
        },
        "phone_symbols": {
            "sv": "Ta bort mellanslag och bindestreck: bara siffror.",
            "en": "Remove spaces and dashes: digits only.",
        },
        "phone_country": {
            "sv": "Landsnumret saknas. Sverige har 46, och nollan före 70 försvinner då.",
            "en": "The country code is missing. Sweden's is 46, and the zero before 70 goes.",
        },
        "phone_zero": {
            "sv": "Nästan: när landsnumret 46 står först ska nollan i riktnumret bort.",
            "en": "Almost: with the country code 46 first, the zero of the area code goes.",
        },
    },
    __name__,
)

PHONE = "070-123 45 67"


class WhatTheReportCanDo(ChooseExercise):
    id = "03.q1"
    multiple = True
    options = [
        Option("sessions_per_channel", "Hur många besök kom från Facebook-annonser i november?",
               "How many visits came from Facebook ads in November?"),
        Option("offer_abandoned", "Skicka ett erbjudande till dem som lämnade en varukorg",
               "Send an offer to the people who abandoned a cart"),
        Option("best_campaign", "Vilken kampanj hade högst konverteringsgrad?",
               "Which campaign had the highest conversion rate?"),
        Option("upload_buyers", "Ladda upp december månads köpare som en kundlista till Meta",
               "Upload December's buyers as a customer list to Meta"),
        Option("busiest_day", "Vilken dag hade flest köp?", "Which day had the most purchases?"),
        Option("top_customer", "Vad heter kunden som handlade mest?",
               "What is the name of the customer who bought the most?"),
    ]
    correct = {"sessions_per_channel", "best_campaign", "busiest_day"}
    hints = [
        texts(sv="Rapportens rader är antal och summor per dag, kanal eller sida. Vilka frågor "
              "besvaras med ett antal?",
              en="The report's rows are counts and sums per day, channel or page. Which "
              "questions are answered with a count?"),
        texts(sv="Tre av frågorna kräver att du vet vilka personerna är. Dem klarar rapporten inte.",
              en="Three of the questions need you to know who the people are. The report cannot "
              "do those."),
    ]
    solution_text = texts(
        sv="Rapporten svarar på **besök per kanal**, **konverteringsgrad per kampanj** och "
        "**köp per dag**: allt är antal. Att skicka ett erbjudande, ladda upp köpare eller ta "
        "reda på ett namn kräver ett ID per person, och det finns inte i rapporten.",
        en="The report answers **visits per channel**, **conversion rate per campaign** and "
        "**purchases per day**: all of them are counts. Sending an offer, uploading buyers or "
        "finding a name needs an ID per person, and the report has none.",
    )


class WherePixelDataLives(ChooseExercise):
    id = "03.q2"
    options = [
        Option("website", "På webbplatsens server", "On the website's server"),
        Option("crm", "I vårt CRM-system", "In our CRM"),
        Option("platform", "På annonsplattformens servrar", "On the ad platform's servers"),
        Option("analytics", "I Google Analytics", "In Google Analytics"),
    ]
    correct = {"platform"}
    hints = [
        texts(sv="Pixeln är ett skript från annonsplattformen. Vart skickar skriptet det den ser?",
              en="The pixel is a script from the ad platform. Where does the script send what "
              "it sees?"),
    ]
    solution_text = texts(
        sv="**På annonsplattformens servrar.** Skriptet körs på vår webbplats, men händelserna "
        "skickas till plattformen och lagras där, under plattformens ID. Vi får aldrig ut "
        "listan över vilka personer den såg. Ansvaret delar vi ändå: för insamlingen och "
        "överföringen är Fjällgården och plattformen gemensamt personuppgiftsansvariga.",
        en="**On the ad platform's servers.** The script runs on our website, but the events "
        "are sent to the platform and stored there, under the platform's ID. We never get the "
        "list of people it saw. We still share the responsibility: for the collection and the "
        "transmission, Fjällgården and the platform are joint controllers.",
    )


class MetaPhone(CheckExercise):
    id = "03.q3"
    var = "answer_3"
    hints = [
        texts(sv="Meta vill ha bara siffror, med landsnummer först och utan plustecken.",
              en="Meta wants digits only, with the country code first and no plus."),
        texts(sv="Sveriges landsnummer är 46. Nollan i 070 faller bort när landsnumret står först.",
              en="Sweden's country code is 46. The zero in 070 goes when the country code is "
              "first."),
        texts(sv="Skriv numret som text, till exempel `answer_3 = \"4612345\"`, men med hela "
              "numret.",
              en="Write the number as text, for example `answer_3 = \"4612345\"`, but with the "
              "whole number."),
    ]
    solution_text = texts(
        sv="`\"46701234567\"`: bara siffror, landsnumret 46 först, ingen inledande nolla och "
        "inget plustecken. Google vill i stället ha `\"+46701234567\"`.\n\n"
        "```python\nanswer_3 = \"46701234567\"\n```",
        en="`\"46701234567\"`: digits only, the country code 46 first, no leading zero and no "
        "plus. Google wants `\"+46701234567\"` instead.\n\n"
        "```python\nanswer_3 = \"46701234567\"\n```",
    )

    @staticmethod
    def expected() -> str:
        return identity.normalize_phone(PHONE, platform="meta")

    def judge(self, answer: object) -> tuple[bool, str]:
        if isinstance(answer, int) and not isinstance(answer, bool):
            answer = str(answer)
        if not isinstance(answer, str):
            raise AnswerFormError(msg("phone_text"))
        text, want = answer.strip(), self.expected()
        if text == want:
            return True, ""
        if text == identity.normalize_phone(PHONE, platform="google"):
            return False, msg("phone_plus")
        if not text.isdigit():
            return False, msg("phone_symbols")
        if text.startswith("460"):
            return False, msg("phone_zero")
        return False, msg("phone_country")

    def solution_answer(self) -> object:
        return self.expected()

    def wrong_answer(self) -> object:
        return "+46701234567"


class EmailMatchRate(NumberExercise):
    id = "03.q4"
    var = "answer_4"
    abs_tol = 0.005
    hints = [
        texts(sv="Våra e-postadresser och plattformens måste hashas på samma sätt innan de kan "
              "jämföras. Plattformens kolumn är redan hashad.",
              en="Our e-mail addresses and the platform's must be hashed the same way before they "
              "can be compared. The platform's column is hashed already."),
        texts(sv="Hasha först kolumnen `email` i `customers` med `identity.hash_emails`, och ge "
              "sedan båda kolumnerna till `identity.match_rate`. Svaret är en andel mellan 0 och 1.",
              en="First hash the column `email` of `customers` with `identity.hash_emails`, then "
              "give both columns to `identity.match_rate`. The answer is a share between 0 and 1."),
        texts(sv="`identity.match_rate(identity.hash_emails(customers[\"email\"]), "
              "platform_users[\"hashed_email\"])`",
              en="`identity.match_rate(identity.hash_emails(customers[\"email\"]), "
              "platform_users[\"hashed_email\"])`"),
    ]

    @property
    def solution_text(self):
        from ..core.i18n import number

        code = ("```python\nour = identity.hash_emails(customers[\"email\"])\n"
                "answer_4 = identity.match_rate(our, platform_users[\"hashed_email\"])\n```")
        rate = self.expected()
        return texts(
            sv=f"{code}\n\nUngefär {number(rate, 2, 'sv')}: så stor andel av kunderna hittas på "
            "plattformen via e-post.",
            en=f"{code}\n\nAbout {number(rate, 2, 'en')}: the share of customers found on the "
            "platform by e-mail.",
        )

    @staticmethod
    def expected() -> float:
        return _match_rate_of(datasets.load())


@cache
def _match_rate_of(world) -> float:
    """The answer of 03.q4, computed once per world (a class report checks it for every
    student)."""
    return identity.match_rate(identity.hash_emails(world.customers["email"]),
                               world.platform_users["hashed_email"])


class CompanyOrPerson(ClassifyExercise):
    id = "03.q6"
    items = [
        Option("org_number", "Organisationsnummer", "Company registration number"),
        Option("work_email", "E-postadress på jobbet (ida.lindqvist@alvel.se)",
               "Work e-mail (ida.lindqvist@alvel.se)"),
        Option("industry", "Bransch", "Industry"),
        Option("role", "Roll (inköpare)", "Role (buyer)"),
        Option("size_class", "Antal anställda", "Number of employees"),
        Option("work_phone", "Direktnummer på jobbet", "Direct work phone"),
    ]
    groups = [
        Option("company", "Data om företaget", "Data about the company"),
        Option("person", "Data om personen", "Data about the person"),
    ]
    expected = {"org_number": "company", "work_email": "person", "industry": "company",
                "role": "person", "size_class": "company", "work_phone": "person"}
    hints = [
        texts(sv="Fråga dig: skulle uppgiften ändras om personen bytte jobb, men företaget blev "
              "kvar?",
              en="Ask yourself: would the value change if the person changed jobs but the "
              "company stayed?"),
    ]
    solution_text = texts(
        sv="**Företaget:** organisationsnummer, bransch och antal anställda. **Personen:** "
        "e-postadress på jobbet, roll och direktnummer. En arbetsadress som ida.lindqvist@alvel.se "
        "pekar ut "
        "en människa, så den är en personuppgift även om den står i ett företagsregister.",
        en="**The company:** registration number, industry and number of employees. **The "
        "person:** work e-mail, role and direct phone. A work address like "
        "ida.lindqvist@alvel.se points out a human being, so it is personal data even when it "
        "sits in a company register.",
    )


class WrongRules(ChooseExercise):
    id = "03.q5"
    optional = True  # the notebook calls it going further (valfri)
    options = [
        Option("plus", "Googles form har ett plustecken, så varje hash blir en helt annan",
               "Google's form has a plus, so every hash is completely different"),
        Option("not_there", "Inga av våra kunder finns på plattformen",
               "None of our customers are on the platform"),
        Option("random", "SHA-256 ger en ny slumpmässig hash varje gång",
               "SHA-256 gives a new random hash every time"),
        Option("missing", "Telefonnumren saknas i vårt CRM-system",
               "The phone numbers are missing in our CRM"),
    ]
    correct = {"plus"}
    hints = [
        texts(sv="Jämför stegen i widgeten: vad skiljer Metas och Googles normaliserade "
              "telefonnummer åt?",
              en="Compare the steps in the widget: what differs between Meta's and Google's "
              "normalised phone number?"),
    ]
    solution_text = texts(
        sv="**Plustecknet.** SHA-256 ger alltid samma hash för samma text, men minsta skillnad "
        "i texten ger en helt annan hash. `+46701234567` och `46701234567` blir två olika "
        "hashar, så ingen enda träff. Därför måste vi normalisera exakt som plattformen gör.",
        en="**The plus.** SHA-256 always gives the same hash for the same text, but the "
        "smallest difference in the text gives a completely different hash. `+46701234567` and "
        "`46701234567` become two different hashes, so not a single match. That is why we must "
        "normalise exactly as the platform does.",
    )


q1 = WhatTheReportCanDo()
q2 = WherePixelDataLives()
q3 = MetaPhone()
q4 = EmailMatchRate()
q5 = WrongRules()
q6 = CompanyOrPerson()
