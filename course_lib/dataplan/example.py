"""Fjällgården's own plan, the worked example of notebook 09."""

from __future__ import annotations

from ..core.i18n import pick
from .plan import DataPlan, StagePlan, TestPlan


def example_plan(language: str | None = None) -> DataPlan:
    """Fjällgården's plan: an outdoor retailer with a web shop, six stores and a B2B arm."""
    def s(swedish: str, english: str) -> str:
        return pick({"sv": swedish, "en": english}, language)

    return DataPlan(
        organisation="Fjällgården",
        factors=("interests", "city", "triggers"),
        stages={
            "awareness": StagePlan(
                data_points=("interests", "age", "city"),
                sources=("second_party",),
                collection=s("Annonsplattformens målgruppsdata och UTM-taggade länkar",
                             "The ad platform's audience data and UTM-tagged links"),
                storage=s("Annonsplattformen (Meta och Google); webbanalysverktyg",
                          "Ad platform (Meta and Google); web analytics"),
                segment=s("Fjällvandrare 25–45 år nära våra butiker",
                          "Hikers aged 25–45 near our stores"),
                message=s("Nya lätta tält inför fjällsäsongen", "New light tents for the mountain season"),
            ),
            "consideration": StagePlan(
                data_points=("digital_behaviour", "interests"),
                other_data=s("Vilka produkter besökaren tittar på", "Which products the visitor views"),
                sources=("first_party", "second_party"),
                collection=s("Spårningspixel och händelser i webbutiken",
                             "Tracking pixel and web shop events"),
                storage=s("Annonsplattformen (Meta och Google); datalager",
                          "Ad platform (Meta and Google); data warehouse"),
                segment=s("Har tittat på regnkläder men inte köpt",
                          "Viewed rain gear but did not buy"),
                message=s("Guide: så väljer du regnjacka", "Guide: how to choose a rain jacket"),
            ),
            "purchase": StagePlan(
                data_points=("purchase_behaviour", "city", "triggers"),
                sources=("first_party", "third_party"),
                collection=s("Köp i webbutiken och i butik (kassasystemet), jämfört med "
                             "väderprognosen", "Purchases in the web shop and in store (till system), "
                             "compared with the weather forecast"),
                storage=s("CRM-system; datalager", "CRM; data warehouse"),
                segment=s("Köper regnkläder när det regnar", "Buys rain gear when it rains"),
                message=s("Regn i helgen? Hämta regnjackan i butiken i dag",
                          "Rain this weekend? Pick up your rain jacket in store today"),
            ),
            "loyalty": StagePlan(
                data_points=("purchase_behaviour", "digital_behaviour"),
                other_data=s("Poäng och besök i kundklubbens app", "Points and visits in the club app"),
                sources=("first_party",),
                collection=s("Händelser i appen och klick i nyhetsbrevet",
                             "App events and newsletter clicks"),
                storage=s("CRM-system; e-postverktyg", "CRM; email tool"),
                segment=s("Klubbmedlemmar som inte handlat på ett år",
                          "Club members who have not bought for a year"),
                message=s("Dina poäng räcker till en gratis service av skidorna",
                          "Your points are enough for a free ski service"),
            ),
        },
        # The October test of notebook 08, and what it found.
        test=TestPlan(
            hypothesis=s("Friluftskunder som får ett trygghetsbudskap via e-post köper oftare "
                         "inom en vecka än en kontrollgrupp, eftersom de är ute i alla väder",
                         "Outdoor customers who get a safety message by e-mail order more "
                         "often within a week than a control group, because they are out in "
                         "all weathers"),
            audience=s("Friluftskunder (vandring, fiske, camping, jakt) som samtyckt till e-post",
                       "Outdoor customers (hiking, fishing, camping, hunting) who consented "
                       "to e-mail"),
            metric=s("Köp inom en vecka", "Orders within a week"),
            baseline=1.0, target=1.5, sample_size=7674,
            finding=s("Oktoberkampanjen: +1,29 procentenheter mot kontrollgruppen, men 95 % "
                      "intervall -1,64 till +4,03, så ingen skillnad vi kan lita på än. Testa "
                      "vidare i fler veckor.",
                      "The October campaign: +1.29 percentage points against the control "
                      "group, but a 95% interval of -1.64 to +4.03, so no difference we can "
                      "trust yet. Keep testing for more weeks."),
        ),
    )
