"""Exercises of notebook 01, "Data everywhere: tracking and tagging"."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from urllib.parse import urlsplit

from .. import datasets
from ..core.errors import CourseError
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
from ..tracking import MESSY_PLAN, PLAN_EXAMPLE, _event_findings, check_tracking_plan
from ..utm import build_utm_link, channel_for, parse_utm, sessions_per_channel

__all__ = ["q1", "q2", "q3", "q4", "q5", "q6", "____"]

msg = messages(
    {
        "plan_form": {
            "sv": "Svara med en ordbok, som spårningsplanen ovan: {example}.",
            "en": "Answer with a dictionary, like the tracking plan above: {example}.",
        },
        "plan_count": {
            "sv": "Planen ska ha {want} händelser, precis som den röriga planen, men din har {got}.",
            "en": "The plan should have {want} events, just like the messy plan, but yours has "
            "{got}.",
        },
        "plan_findings": {
            "sv": "Kontrollen har fortfarande {n} anmärkningar. Den första: {first}",
            "en": "The check still has {n} findings. The first: {first}",
        },
        "plan_no_order": {
            "sv": "Köp heter \"Order Completed\" i Segment-specen; den händelsen saknas.",
            "en": "A purchase is called \"Order Completed\" in the Segment spec; that event is "
            "missing.",
        },
        "link_form": {
            "sv": "Svara med länken som text inom citattecken, till exempel resultatet av "
            "build_utm_link(...).",
            "en": "Answer with the link as text in quotes, for example the result of "
            "build_utm_link(...).",
        },
        "link_page": {
            "sv": "Länken ska leda till {want}, men leder till {got}.",
            "en": "The link should lead to {want}, but leads to {got}.",
        },
        "link_value": {
            "sv": "{name} ska vara {want!r}, men är {got!r}.",
            "en": "{name} should be {want!r}, but is {got!r}.",
        },
        "link_channel": {
            "sv": "Med utm_medium={medium!r} hamnar besöket i kanalen {channel}, inte Email.",
            "en": "With utm_medium={medium!r} the visit ends up in the {channel} channel, not "
            "Email.",
        },
        "nothing": {"sv": "(inget)", "en": "(nothing)"},
    },
    __name__,
)


def _world():
    return datasets.load()


def _channels():
    """Sessions and purchases per channel in the lesson's world: the answer behind 01.q5 and
    01.q6 (a class report checks it once per student and question, so it is counted once)."""
    return _channels_of(_world())


@cache
def _channels_of(world):
    return sessions_per_channel(world.events)


def _channel_options(channels) -> list[Option]:
    return [Option(c, c, c) for c in channels]


class FacebookChannel(ChooseExercise):
    id = "01.q1"
    hints = [
        texts(sv="Är facebook en sökmotor eller ett socialt nätverk? Och är mediet betalt?",
              en="Is facebook a search engine or a social network? And is the medium paid?"),
        texts(sv="GA4 räknar ett medium som börjar med paid som betalt, precis som cpc.",
              en="GA4 counts a medium that begins with paid as paid, just like cpc."),
    ]
    solution_text = texts(
        sv="**Paid Social.** Källan facebook finns på listan över sociala nätverk och mediet "
        "paid_social börjar med *paid*, så besöket är betald trafik från sociala medier. Samma "
        "länk med utm_medium=social hade hamnat i Organic Social.\n\n"
        "```python\nchannel_for(\"facebook\", \"paid_social\")\n```",
        en="**Paid Social.** The source facebook is on the list of social networks and the "
        "medium paid_social begins with *paid*, so the visit is paid social traffic. The same "
        "link with utm_medium=social would have landed in Organic Social.\n\n"
        "```python\nchannel_for(\"facebook\", \"paid_social\")\n```",
    )
    options = _channel_options(["Paid Search", "Paid Social", "Organic Social", "Display",
                                "Unassigned"])

    @property
    def correct(self):
        return {channel_for("facebook", "paid_social")}


# Event names to sort: some follow the Segment spec's rules, some do not.
NAMES = ["Order Completed", "clicked_button", "Köp", "Product Viewed", "Viewed Product 4711",
         "Newsletter Subscribed", "productAdded"]


class GoodOrBadNames(ClassifyExercise):
    id = "01.q2"
    hints = [
        texts(sv="Ett bra namn är två eller fler engelska ord med stor begynnelsebokstav och "
              "mellanslag, och slutar med en handling i dåtid.",
              en="A good name is two or more English words with capital initials and spaces, "
              "ending in an action in the past tense."),
        texts(sv="Tre av namnen följer reglerna.", en="Three of the names follow the rules."),
    ]
    solution_text = texts(
        sv="Följer reglerna: **Order Completed**, **Product Viewed**, **Newsletter Subscribed**. "
        "Bryter mot dem: *clicked_button* (understreck, handlingen först: Button Clicked), *Köp* "
        "(svenska, ingen handling: Order Completed), *Viewed Product 4711* (ett produktnummer i "
        "namnet: Product Viewed med product_id som egenskap) och *productAdded* (inga "
        "mellanslag: Product Added).",
        en="Follow the rules: **Order Completed**, **Product Viewed**, **Newsletter "
        "Subscribed**. Break them: *clicked_button* (underscores, action first: Button "
        "Clicked), *Köp* (Swedish, no action: Order Completed), *Viewed Product 4711* (a product "
        "number in the name: Product Viewed with product_id as a property) and *productAdded* "
        "(no spaces: Product Added).",
    )
    items = [Option(name, name, name) for name in NAMES]
    groups = [Option("good", "Följer reglerna", "Follows the rules"),
              Option("bad", "Bryter mot reglerna", "Breaks the rules")]

    @property
    def expected(self):
        return {name: "bad" if _event_findings(name) else "good" for name in NAMES}


GOOD_PLAN = {
    "Buy Button Clicked": ["button_text"],
    "Order Completed": ["order_id", "revenue", "currency"],
    "Product Viewed": ["product_id", "category"],
    "Newsletter Subscribed": ["list_name"],
}


class FixThePlan(CheckExercise):
    id = "01.q3"
    var = "answer_3"
    hints = [
        texts(sv="Varje händelse heter objekt och handling i dåtid med stor bokstav i varje ord, "
              "varje egenskap skrivs i snake_case, och inget namn byggs av data.",
              en="Every event is named object and past-tense action with a capital on every word, "
              "every property is written in snake_case, and no name is built from data."),
        texts(sv="Kör `check_tracking_plan(draft_plan)` efter varje ändring. Den säger vad som är "
              "kvar och föreslår ofta ett namn.",
              en="Run `check_tracking_plan(draft_plan)` after every change. It says what is left "
              "and often suggests a name."),
        texts(sv="Nyhetsbrevet kan heta \"Newsletter Subscribed\", och det behöver en egenskap, "
              "till exempel \"list_name\". Produktnumret 4711 blir egenskapen \"product_id\".",
              en="The newsletter event can be called \"Newsletter Subscribed\", and it needs a "
              "property, for example \"list_name\". The product number 4711 becomes the "
              "property \"product_id\"."),
    ]
    solution_text = texts(
        sv="Ett svar som klarar kontrollen (andra namn kan också vara rätt):\n\n```python\n"
        "answer_3 = {\n    \"Buy Button Clicked\": [\"button_text\"],\n"
        "    \"Order Completed\": [\"order_id\", \"revenue\", \"currency\"],\n"
        "    \"Product Viewed\": [\"product_id\", \"category\"],\n"
        "    \"Newsletter Subscribed\": [\"list_name\"],\n}\n```",
        en="An answer that passes the check (other names can be right too):\n\n```python\n"
        "answer_3 = {\n    \"Buy Button Clicked\": [\"button_text\"],\n"
        "    \"Order Completed\": [\"order_id\", \"revenue\", \"currency\"],\n"
        "    \"Product Viewed\": [\"product_id\", \"category\"],\n"
        "    \"Newsletter Subscribed\": [\"list_name\"],\n}\n```",
    )

    def judge(self, answer):
        if not isinstance(answer, Mapping):
            raise AnswerFormError(msg("plan_form", example=PLAN_EXAMPLE))
        try:
            findings = check_tracking_plan(answer)
        except CourseError as error:
            raise AnswerFormError(str(error)) from None
        if findings:
            first = findings[0]
            return False, msg("plan_findings", n=len(findings), first=f"{first.event}: "
                              f"{first.problem}")
        if len(answer) != len(MESSY_PLAN):
            return False, msg("plan_count", want=len(MESSY_PLAN), got=len(answer))
        if "Order Completed" not in answer:
            return False, msg("plan_no_order")
        return True, ""

    def solution_answer(self):
        return {event: list(props) for event, props in GOOD_PLAN.items()}

    def wrong_answer(self):
        return {event: list(props) for event, props in MESSY_PLAN.items()}


PAGE = "https://www.fjallgarden.se/kampanj/julklappar_2025"
WANTED = {"utm_source": "newsletter", "utm_campaign": "nyhetsbrev_v51"}


class NewsletterLink(CheckExercise):
    id = "01.q4"
    var = "answer_4"
    hints = [
        texts(sv="Använd `build_utm_link(adress, source, medium, campaign)` eller widgeten ovan.",
              en="Use `build_utm_link(address, source, medium, campaign)` or the widget above."),
        texts(sv="För att GA4 ska sortera besöket som Email ska utm_medium vara email.",
              en="For GA4 to file the visit as Email, utm_medium should be email."),
    ]
    solution_text = texts(
        sv="Bygg länken med funktionen, så blir allt rätt skrivet:\n\n"
        "```python\nanswer_4 = build_utm_link(\n    \"https://www.fjallgarden.se/kampanj/"
        "julklappar_2025\",\n    \"newsletter\", \"email\", \"nyhetsbrev_v51\")\n```\n\n"
        "Länken blir `" + build_utm_link(PAGE, "newsletter", "email", "nyhetsbrev_v51") + "`.",
        en="Build the link with the function, and everything is written correctly:\n\n"
        "```python\nanswer_4 = build_utm_link(\n    \"https://www.fjallgarden.se/kampanj/"
        "julklappar_2025\",\n    \"newsletter\", \"email\", \"nyhetsbrev_v51\")\n```\n\n"
        "The link becomes `" + build_utm_link(PAGE, "newsletter", "email", "nyhetsbrev_v51")
        + "`.",
    )

    def judge(self, answer):
        if not isinstance(answer, str) or "://" not in answer:
            raise AnswerFormError(msg("link_form"))
        try:
            parts, want, tags = urlsplit(answer.strip()), urlsplit(PAGE), parse_utm(answer)
        except (ValueError, CourseError):  # e.g. "http://[" is not a link at all
            raise AnswerFormError(msg("link_form")) from None
        if (parts.netloc.lower(), parts.path.rstrip("/")) != (want.netloc, want.path):
            return False, msg("link_page", want=PAGE, got=f"{parts.netloc}{parts.path}")
        for name, value in WANTED.items():
            if tags.get(name) != value:
                return False, msg("link_value", name=name, want=value,
                                  got=tags.get(name, msg("nothing")))
        channel = channel_for(tags.get("utm_source"), tags.get("utm_medium"),
                              tags.get("utm_campaign"))
        if channel != "Email":
            return False, msg("link_channel", medium=tags.get("utm_medium", ""),
                              channel=channel)
        return True, ""

    def solution_answer(self):
        return build_utm_link(PAGE, "newsletter", "email", "nyhetsbrev_v51")

    def wrong_answer(self):
        return build_utm_link(PAGE, "newsletter", "nyhetsbrev", "nyhetsbrev_v51")


class EmailSessions(NumberExercise):
    id = "01.q5"
    var = "answer_5"
    hints = [
        texts(sv="Titta i tabellen från `sessions_per_channel(world.events)`.",
              en="Look in the table from `sessions_per_channel(world.events)`."),
        texts(sv="Raden heter Email och kolumnen sessions.",
              en="The row is called Email and the column sessions."),
    ]
    solution_text = texts(
        sv="Email-raden i tabellen säger hur många sessioner nyhetsbrevets länkar gav:\n\n"
        "```python\nchannels = sessions_per_channel(world.events)\n"
        "answer_5 = channels.loc[\"Email\", \"sessions\"]\n```",
        en="The Email row of the table says how many sessions the newsletter's links gave:\n\n"
        "```python\nchannels = sessions_per_channel(world.events)\n"
        "answer_5 = channels.loc[\"Email\", \"sessions\"]\n```",
    )

    @staticmethod
    def expected():
        return _channels().loc["Email", "sessions"]


class BestRate(ChooseExercise):
    id = "01.q6"
    optional = True  # the notebook calls it going further (valfri)
    hints = [
        texts(sv="Jämför kolumnen purchase_rate, inte antalet köp.",
              en="Compare the purchase_rate column, not the number of purchases."),
    ]
    solution_text = texts(
        sv="**Email** har flest köp per 100 sessioner. Nyhetsbrevet når bara de som sagt ja till "
        "e-post, alltså kunder som redan känner Fjällgården, så få sessioner ger relativt många "
        "köp. Flest köp räknat i antal kommer ändå från andra kanaler.",
        en="**Email** has the most purchases per 100 sessions. The newsletter reaches only those "
        "who said yes to e-mail, that is customers who already know Fjällgården, so few "
        "sessions give relatively many purchases. The largest number of purchases still comes "
        "from other channels.",
    )

    @property
    def options(self):
        return _channel_options(_channels().index)

    @property
    def correct(self):
        return {_channels()["purchase_rate"].idxmax()}


q1 = FacebookChannel()
q2 = GoodOrBadNames()
q3 = FixThePlan()
q4 = NewsletterLink()
q5 = EmailSessions()
q6 = BestRate()
