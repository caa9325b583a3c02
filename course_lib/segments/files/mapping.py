"""Which catalogue data point is each column? A guess from the column names that real Swedish
and English exports use (Shopify, Mailchimp, HubSpot, Salesforce, Kaggle, Swedish Excel), shown
to the learner as a table to confirm before it is used.

Consent columns are mapped to the two consent roles the exports and measures use:
``consent_email`` and ``consent_ads`` (they are no catalogue data points). A consent column
that does not say "ads" is taken as consent to e-mail: uploading people to an ad platform needs
a consent that clearly says so.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from ... import catalog
from ...core.errors import CourseError
from ...core.i18n import get_language, messages, number
from .names import clean

msg = messages(
    {
        "h_column": {"sv": "Kolumn", "en": "Column"},
        "h_point": {"sv": "Föreslagen datapunkt", "en": "Suggested data point"},
        "h_examples": {"sv": "Exempel på värden", "en": "Example values"},
        "consent_email": {"sv": "Samtycke till e-post", "en": "Consent to e-mail"},
        "consent_ads": {"sv": "Samtycke till annonser", "en": "Consent to ads"},
        "birth_year": {"sv": "{name} (födelseår)", "en": "{name} (birth year)"},
        "none": {"sv": "–", "en": "–"},
        "yes": {"sv": "ja", "en": "yes"},
        "no": {"sv": "nej", "en": "no"},
        "no_column": {
            "sv": "Tabellen har ingen kolumn som heter {column!r}.",
            "en": "The table has no column called {column!r}.",
        },
        "age_exists": {
            "sv": "Tabellen har redan en kolumn som heter {name!r}. Välj ett annat namn med "
            "name=\"...\".",
            "en": "The table already has a column called {name!r}. Choose another name with "
            "name=\"...\".",
        },
        "not_years": {
            "sv": "Kolumnen {column!r} innehåller inte årtal (som 1984), så ålder går inte att "
            "räkna ut.",
            "en": "The column {column!r} does not hold years (like 1984), so age cannot be "
            "worked out.",
        },
        "bad_year": {
            "sv": "reference_year ska vara ett årtal, till exempel 2024, inte {value!r}.",
            "en": "reference_year should be a year, for example 2024, not {value!r}.",
        },
    },
    __name__,
)

# Column names (after names.clean) for each catalogue key, as exports write them.
SYNONYMS = {
    "customer_id": ["customer_id", "kund_id", "kundid", "kundnummer", "kundnr", "id",
                    "contact_id", "record_id", "user_id", "member_id", "medlemsnummer",
                    "medlems_id", "medlemsnr"],
    "email": ["email", "e_mail", "epost", "e_post", "mejl", "mail", "e_postadress",
              "email_address", "e_mail_address", "emailadress", "epostadress", "mejladress"],
    "phone": ["phone", "telefon", "telefonnummer", "mobil", "mobilnummer", "tel", "mobile",
              "phone_number", "mobile_phone", "mobile_phone_number", "mobiltelefon", "cell"],
    "age": ["age", "ålder", "alder", "years"],
    "gender": ["gender", "kön", "kon", "sex", "genre"],
    "education": ["education", "utbildning", "utbildningsnivå", "education_level"],
    "job": ["job", "jobb", "yrke", "occupation", "titel", "title", "job_title", "befattning"],
    "industry": ["industry", "bransch", "sektor", "sector"],
    "income": ["income", "inkomst", "lön", "lon", "salary", "årsinkomst", "månadsinkomst",
               "annual_income", "yearly_income", "household_income", "hushållsinkomst"],
    "housing": ["housing", "boende", "boendeform", "bostad", "bostadstyp"],
    "socioeconomic_class": ["socioeconomic_class", "socioekonomisk_klass", "klass"],
    "country": ["country", "land", "country_region", "country_code", "landskod",
                "mailing_country"],
    "city": ["city", "stad", "ort", "postort", "kommun", "town", "mailing_city"],
    "city_district": ["city_district", "stadsdel", "district", "område", "omrade", "postcode",
                      "postnummer", "postnr", "zip", "zip_code", "zipcode", "postal_code",
                      "postkod", "mailing_postal_code"],
    "urban_rural": ["urban_rural", "storstad_landsbygd", "kommungrupp", "ortstyp"],
    "interests": ["interests", "interest", "intressen", "intresse"],
    "purchase_behaviour": ["purchase_behaviour", "köpbeteende", "kopbeteende", "dt_customer",
                           "customer_since", "kund_sedan", "kund_sen", "registreringsdatum",
                           "registration_date", "signup_date", "create_date", "created_at",
                           "first_order_date", "första_köp"],
    "lifestyle": ["lifestyle", "livsstil", "marital_status", "civilstånd", "civilstand",
                  "relationship_status", "familjesituation"],
    "political_opinion": ["political_opinion", "politik", "parti", "politisk_åsikt", "party"],
    "movement_patterns": ["movement_patterns", "rörelsemönster", "pendling", "resvanor"],
    "digital_behaviour": ["digital_behaviour", "digitalt_beteende"],
    "psychological_type": ["psychological_type", "personlighet", "personlighetstyp"],
    "triggers": ["triggers", "trigger", "utlösare"],
}
# Birth year says age too; it is chosen only when no column holds the age itself.
BIRTH_YEARS = ["year_birth", "birth_year", "birthyear", "year_of_birth", "födelseår",
               "fodelsear", "född", "fodd", "yob"]
CONSENT = re.compile(r"samtycke|consent|opt_?in|godkänn|accepts?_(?:\w+_)?marketing|"
                     r"nyhetsbrev|newsletter|gdpr")
NO_CONSENT = re.compile(r"opt(?:ed)?_?out|unsubscri|avregistr|avanmäl|sms")
ADS = re.compile(r"annons|(?:^|_)ads?(?:_|$)|advertis|reklam|retarget|meta|facebook|google")
# Words too common to give a column away on their own ("Order ID" is no customer ID).
WEAK_WORDS = {"id", "title", "titel", "land", "klass", "party", "years", "cell", "mail"}


def suggest_mapping(customers: pd.DataFrame) -> dict[str, str]:
    """A guess at which catalogue data point (or identifier, or consent) each column is.

    >>> import pandas as pd
    >>> suggest_mapping(pd.DataFrame(columns=["Ålder", "Kön", "Ort", "Inkomst (kr)", "Övrigt"]))
    {'Ålder': 'age', 'Kön': 'gender', 'Ort': 'city', 'Inkomst (kr)': 'income'}
    >>> suggest_mapping(pd.DataFrame(columns=["CustomerID", "Year_Birth", "Samtycke annonser"]))
    {'CustomerID': 'customer_id', 'Year_Birth': 'age', 'Samtycke annonser': 'consent_ads'}
    """
    names = {str(column): clean(column) for column in customers.columns}
    found: dict[str, str] = {}

    def take(column: str, key: str | None) -> None:
        if key is not None and column not in found and key not in found.values():
            found[column] = key

    for column, cleaned in names.items():
        if CONSENT.search(cleaned) or NO_CONSENT.search(cleaned):
            take(column, _consent_role(customers, column, cleaned))
    exact = {word: key for key, words in SYNONYMS.items() for word in words}
    for column, cleaned in names.items():  # exact names first: "Email" before "Email Domain"
        take(column, exact.get(cleaned) if column not in found else None)
    for column, cleaned in names.items():
        if cleaned in BIRTH_YEARS:
            take(column, "age")
    for column, cleaned in names.items():  # then one telling word: "Default Address City"
        if column in found or CONSENT.search(cleaned) or NO_CONSENT.search(cleaned):
            continue
        words = [w for w in cleaned.split("_") if w in exact and w not in WEAK_WORDS]
        take(column, exact[words[0]] if words else None)
    return {str(c): found[str(c)] for c in customers.columns if str(c) in found}


def _consent_role(customers: pd.DataFrame, column: str, cleaned: str) -> str | None:
    if NO_CONSENT.search(cleaned) or not _yes_no_like(customers[column]):
        return None  # opt-outs, SMS, and opt-in *times* are not a yes to e-mail or ads
    return "consent_ads" if ADS.search(cleaned) else "consent_email"


def _yes_no_like(values: pd.Series) -> bool:
    if values.empty or pd.api.types.is_bool_dtype(values):
        return True
    if pd.api.types.is_numeric_dtype(values):
        return bool(values.dropna().isin([0, 1]).all())
    return False


def mapping_table(mapping: dict[str, str], frame: pd.DataFrame) -> pd.DataFrame:
    """The mapping as a table to confirm: each column, its suggested data point, examples."""
    rows = []
    for column in frame.columns:
        key = mapping.get(str(column))
        rows.append([str(column), _point_name(key, str(column)), _examples(frame[column])])
    return pd.DataFrame(rows, columns=[msg("h_column"), msg("h_point"), msg("h_examples")])


def _point_name(key: str | None, column: str) -> str:
    if key is None:
        return msg("none")
    if key in ("consent_email", "consent_ads"):
        return msg(key)
    try:
        name = catalog.name_of(key)
    except KeyError:  # the learner wrote a key of their own: show it as written
        return str(key)
    return msg("birth_year", name=name) if key == "age" and clean(column) in BIRTH_YEARS else name


def _examples(values: pd.Series, count: int = 3) -> str:
    shown = []
    for value in values.dropna().unique()[: count * 4]:
        text = _example(value)
        if text and text not in shown:
            shown.append(text)
        if len(shown) == count:
            break
    return "; ".join(shown)  # values may hold commas themselves ("vip, nyhetsbrev")


def _example(value) -> str:
    if isinstance(value, bool | np.bool_):
        return msg("yes") if value else msg("no")
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d" if value == value.normalize() else "%Y-%m-%d %H:%M")
    if isinstance(value, float):
        return number(value, 0 if value.is_integer() else 2, get_language())
    text = str(value)
    return text if len(text) <= 40 else text[:39] + "…"


def add_age_from_birth_year(frame: pd.DataFrame, column: str, reference_year: int,
                            name: str = "age") -> pd.DataFrame:
    """A copy of ``frame`` with a column ``age``: ``reference_year`` minus the birth year.

    The reference year is given, not taken from the clock, so the result is the same next
    year: use the year the data was collected.

    >>> import pandas as pd
    >>> add_age_from_birth_year(pd.DataFrame({"Year_Birth": [1957, 1990]}), "Year_Birth", 2024)
       Year_Birth  age
    0        1957   67
    1        1990   34
    """
    if column not in frame.columns:
        raise CourseError(msg("no_column", column=column))
    if name in frame.columns:
        raise CourseError(msg("age_exists", name=name))
    if isinstance(reference_year, bool) or not isinstance(reference_year, int | float) or not (
            1800 <= reference_year <= 2200):
        raise CourseError(msg("bad_year", value=reference_year))
    years = frame[column]
    if not pd.api.types.is_numeric_dtype(years) or not years.dropna().between(1800, 2200).all():
        raise CourseError(msg("not_years", column=column))
    out = frame.copy()
    out[name] = (int(reference_year) - years).astype("Int64" if years.isna().any() else "int64")
    return out
