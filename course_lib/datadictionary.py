"""The data dictionary: every column of every table in the world, explained.

For each column: the catalogue data point it represents (or the identifier, or none), its
data type (structured / semi-structured / unstructured), its source type (first-, second- or
third-party) and a description in Swedish and English.

>>> from course_lib.datadictionary import data_dictionary
>>> dd = data_dictionary("en")
>>> dd.loc[dd["column"] == "political_opinion", "gdpr"].iloc[0]
'special'
"""

from __future__ import annotations

import pandas as pd

from .core.i18n import get_language, pick

S, SEMI, U = "structured", "semi_structured", "unstructured"
F, P2, P3 = "first_party", "second_party", "third_party"

# table -> (data type, source type) for columns that do not say otherwise
TABLE_DEFAULTS = {
    "customers": (S, F),
    "orders": (S, F),
    "order_lines": (S, F),
    "events": (SEMI, F),
    "pixel_events": (SEMI, P2),
    "reviews": (U, F),
    "chats": (U, F),
    "ad_creatives": (U, F),
    "platform_users": (S, P2),
    "weather": (S, P3),
    "third_party_attributes": (S, P3),
    "companies": (S, F),
    "contacts": (S, F),
}

# table -> column -> (data point or identifier key or None, sv, en[, data type, source type])
COLUMNS = {
    "customers": {
        "customer_id": ("customer_id", "Kundnummer i CRM-systemet.", "Customer number in the CRM."),
        "first_name": (None, "Förnamn.", "First name."),
        "last_name": (None, "Efternamn.", "Last name."),
        "email": (
            "email",
            "Privat e-postadress som kunden skrev in (kan ha versaler).",
            "Private e-mail address as the customer typed it (may have capitals).",
        ),
        "phone": (
            "phone",
            "Mobilnummer som kunden skrev in; saknas ibland.",
            "Mobile number as the customer typed it; sometimes missing.",
        ),
        "signup_date": (None, "Dag då kunden registrerade sig.", "Day the customer signed up."),
        "consent_email": (
            None,
            "Samtycke till marknadsföring via e-post.",
            "Consent to marketing e-mail.",
        ),
        "consent_ads": (
            None,
            "Samtycke till personanpassade annonser.",
            "Consent to personalised ads.",
        ),
        "age": ("age", "Ålder i år.", "Age in years."),
        "gender": ("gender", "Kön enligt kunden själv.", "Gender as the customer states it."),
        "education": (
            "education",
            "Högsta utbildning enligt SCB:s SUN-nivåer (enkät).",
            "Highest education by Statistics Sweden's SUN levels (survey).",
        ),
        "job": (
            "job",
            "Yrke eller sysselsättning (SSYK i korthet).",
            "Occupation or status (SSYK in brief).",
        ),
        "industry": ("industry", "Bransch där kunden arbetar.", "Industry the customer works in."),
        "income": ("income", "Årsinkomst i kronor (enkät).", "Yearly income in kronor (survey)."),
        "housing": ("housing", "Boendeform.", "Type of housing."),
        "socioeconomic_class": (
            "socioeconomic_class",
            "Socioekonomisk klass, köpt berikning härledd ur yrke och inkomst.",
            "Socio-economic class, purchased enrichment from job and income.",
            S,
            P3,
        ),
        "country": ("country", "Land.", "Country."),
        "city": ("city", "Kommun där kunden bor.", "Municipality where the customer lives."),
        "city_district": (
            "city_district",
            "Stadsdel eller del av kommunen.",
            "City district or part of the municipality.",
        ),
        "skr_group": (
            "urban_rural",
            "SKR:s kommungrupp för kommunen.",
            "SKR municipality group of the municipality.",
        ),
        "urban_rural": (
            "urban_rural",
            "Storstad, större stad eller mindre ort/landsbygd.",
            "Metropolitan, larger town, or small town/countryside.",
        ),
        "home_store": ("purchase_behaviour", "Närmaste butik.", "Nearest store."),
        "interests": (
            "interests",
            "Intressen (ett eller två) från kundenkäten.",
            "Interests (one or two) from the customer survey.",
        ),
        "main_interest": ("interests", "Huvudintresse.", "Main interest."),
        "lifestyle": ("lifestyle", "Livsstil.", "Lifestyle."),
        "budget_or_luxury": (
            "purchase_behaviour",
            "Budget, mellanklass eller lyx.",
            "Budget, mid-range or luxury.",
        ),
        "commuting": ("movement_patterns", "Hur kunden pendlar.", "How the customer commutes."),
        "trips_per_year": ("movement_patterns", "Resor per år.", "Trips per year."),
        "preferred_device": (
            "digital_behaviour",
            "Enhet kunden oftast handlar med.",
            "Device the customer mostly shops on.",
        ),
        "newsletter_opens_12m": (
            "digital_behaviour",
            "Öppnade nyhetsbrev senaste 12 månaderna.",
            "Newsletters opened in the last 12 months.",
        ),
        "social_minutes_per_day": (
            "digital_behaviour",
            "Minuter i sociala medier per dag (enkät).",
            "Minutes on social media per day (survey).",
        ),
        "openness": (
            "psychological_type",
            "Öppenhet (OCEAN), 0-100, från personlighetsquiz.",
            "Openness (OCEAN), 0-100, from a personality quiz.",
        ),
        "conscientiousness": (
            "psychological_type",
            "Samvetsgrannhet (OCEAN), 0-100.",
            "Conscientiousness (OCEAN), 0-100.",
        ),
        "extraversion": (
            "psychological_type",
            "Extraversion (OCEAN), 0-100.",
            "Extraversion (OCEAN), 0-100.",
        ),
        "agreeableness": (
            "psychological_type",
            "Vänlighet (OCEAN), 0-100.",
            "Agreeableness (OCEAN), 0-100.",
        ),
        "neuroticism": (
            "psychological_type",
            "Neuroticism (OCEAN), 0-100.",
            "Neuroticism (OCEAN), 0-100.",
        ),
        "trigger_discount": (
            "triggers",
            "Handlar när det finns rabatt.",
            "Buys when there is a discount.",
        ),
        "trigger_weather": (
            "triggers",
            "Handlar när vädret slår om.",
            "Buys when the weather turns.",
        ),
        "trigger_payday": (
            "triggers",
            "Handlar efter lönen den 25:e.",
            "Buys after payday on the 25th.",
        ),
        "orders_total": ("purchase_behaviour", "Antal ordrar 2024-2025.", "Orders in 2024-2025."),
        "orders_12m": (
            "purchase_behaviour",
            "Antal ordrar senaste 12 månaderna.",
            "Orders in the last 12 months.",
        ),
        "revenue_12m": (
            "purchase_behaviour",
            "Köpbelopp senaste 12 månaderna, kronor.",
            "Spend in the last 12 months, kronor.",
        ),
        "last_order_date": (
            "purchase_behaviour",
            "Dag för senaste order.",
            "Day of the last order.",
        ),
        "main_channel": (
            "purchase_behaviour",
            "Handlar mest på webben eller i butik.",
            "Shops mostly on the web or in a store.",
        ),
        "favourite_category": (
            "purchase_behaviour",
            "Kategori med mest köp.",
            "Category with the most spend.",
        ),
    },
    "orders": {
        "order_id": (None, "Ordernummer.", "Order number."),
        "customer_id": ("customer_id", "Kundnummer.", "Customer number."),
        "order_time": ("purchase_behaviour", "Tidpunkt för ordern.", "Time of the order."),
        "channel": ("purchase_behaviour", "Webb eller butik.", "Web or store."),
        "store": ("purchase_behaviour", "Butik, eller webbutiken.", "Store, or the web shop."),
        "discount_code_used": ("triggers", "Rabattkod användes.", "A discount code was used."),
        "n_items": ("purchase_behaviour", "Antal varor.", "Number of items."),
        "amount_sek": ("purchase_behaviour", "Ordervärde i kronor.", "Order value in kronor."),
    },
    "order_lines": {
        "order_id": (None, "Ordernummer.", "Order number."),
        "line_no": (None, "Radnummer i ordern.", "Line number in the order."),
        "product_category": ("purchase_behaviour", "Produktkategori.", "Product category."),
        "quantity": ("purchase_behaviour", "Antal.", "Quantity."),
        "unit_price_sek": ("purchase_behaviour", "Styckpris i kronor.", "Unit price in kronor."),
        "line_amount_sek": ("purchase_behaviour", "Radbelopp i kronor.", "Line amount in kronor."),
    },
    "events": {
        "event_id": (None, "Händelsens löpnummer (messageId).", "Event serial number (messageId)."),
        "timestamp": ("digital_behaviour", "Tidpunkt.", "Time."),
        "type": (
            "digital_behaviour",
            "Anropstyp: page, track eller identify.",
            "Call type: page, track or identify.",
        ),
        "event": (
            "digital_behaviour",
            "Händelsens namn, t.ex. Order Completed.",
            "Event name, e.g. Order Completed.",
        ),
        "anonymous_id": ("anonymous_id", "Kakans ID innan inloggning.", "Cookie ID before login."),
        "user_id": ("customer_id", "Kundnummer efter inloggning.", "Customer number after login."),
        "session_id": (None, "Besökets nummer.", "Visit number."),
        "page_path": ("digital_behaviour", "Sidans sökväg.", "Page path."),
        "product_category": (
            "interests",
            "Produktkategori som visades eller köptes.",
            "Product category viewed or bought.",
        ),
        "order_id": ("purchase_behaviour", "Ordernummer vid köp.", "Order number on purchase."),
        "revenue": (
            "purchase_behaviour",
            "Ordervärde i kronor vid köp.",
            "Order value in kronor on purchase.",
        ),
        "utm_source": (
            "digital_behaviour",
            "Källa enligt UTM-taggen (google, facebook ...).",
            "Source from the UTM tag (google, facebook ...).",
        ),
        "utm_medium": (
            "digital_behaviour",
            "Medium enligt UTM-taggen (cpc, paid_social, email ...).",
            "Medium from the UTM tag (cpc, paid_social, email ...).",
        ),
        "utm_campaign": (
            "digital_behaviour",
            "Kampanj enligt UTM-taggen.",
            "Campaign from the UTM tag.",
        ),
        "device": ("digital_behaviour", "Enhet.", "Device."),
    },
    "pixel_events": {
        "event_id": (
            None,
            "Samma ID som webbhändelsen (för dubblettkontroll).",
            "Same ID as the web event (for deduplication).",
        ),
        "event_time": ("digital_behaviour", "Tidpunkt.", "Time."),
        "event_name": (
            "digital_behaviour",
            "Pixelhändelse: PageView, ViewContent, AddToCart, Purchase.",
            "Pixel event: PageView, ViewContent, AddToCart, Purchase.",
        ),
        "fbp": ("platform_id", "Plattformens webbläsarkaka.", "The platform's browser cookie."),
        "fbc": (
            "platform_id",
            "Klick-ID när besöket kom från en annons.",
            "Click ID when the visit came from an ad.",
        ),
        "hashed_email": (
            "email",
            "SHA-256 av e-post för inloggade.",
            "SHA-256 of the e-mail for logged-in visitors.",
        ),
        "content_category": ("interests", "Produktkategori.", "Product category."),
        "value": ("purchase_behaviour", "Köpvärde.", "Purchase value."),
        "currency": (None, "Valuta.", "Currency."),
        "event_source_url": ("digital_behaviour", "Sidans adress.", "Page address."),
    },
    "reviews": {
        "review_id": (None, "Recensionens ID.", "Review ID."),
        "order_id": (None, "Ordernummer.", "Order number.", S, F),
        "customer_id": ("customer_id", "Kundnummer.", "Customer number.", S, F),
        "product_category": ("purchase_behaviour", "Produktkategori.", "Product category.", S, F),
        "review_date": (None, "Dag för recensionen.", "Day of the review.", S, F),
        "rating": ("purchase_behaviour", "Betyg 1-5.", "Rating 1-5.", S, F),
        "language": (
            None,
            "Språk (sv/en), tolkat ur texten.",
            "Language (sv/en), read from the text.",
        ),
        "tone": ("psychological_type", "Tonläge tolkat ur texten.", "Tone read from the text."),
        "text": ("purchase_behaviour", "Recensionen i fritext.", "The review as free text."),
        "tone_words": (
            "psychological_type",
            "Orden som bär tonläget.",
            "The words that carry the tone.",
        ),
    },
    "chats": {
        "chat_id": (None, "Chattens ID.", "Chat ID."),
        "customer_id": ("customer_id", "Kundnummer.", "Customer number.", S, F),
        "started_at": (None, "Starttid.", "Start time.", S, F),
        "language": (None, "Språk.", "Language."),
        "topic": ("purchase_behaviour", "Ärende.", "Topic."),
        "tone": ("psychological_type", "Tonläge tolkat ur texten.", "Tone read from the text."),
        "customer_message": (
            "psychological_type",
            "Kundens meddelande.",
            "The customer's message.",
        ),
        "tone_words": (
            "psychological_type",
            "Orden som bär tonläget.",
            "The words that carry the tone.",
        ),
        "agent_reply": (None, "Kundtjänstens svar.", "Customer service's reply."),
    },
    "ad_creatives": {
        "creative_id": (None, "Annonsbildens ID.", "Ad creative ID.", S, F),
        "campaign": (None, "Kampanj.", "Campaign.", S, F),
        "headline_sv": (None, "Rubrik på svenska.", "Headline in Swedish."),
        "headline_en": (None, "Rubrik på engelska.", "Headline in English."),
        "colour_scheme": (None, "Färgschema.", "Colour scheme."),
        "dominant_colour": (None, "Dominerande färg i bilden.", "Dominant colour in the image."),
        "dominant_hex": (None, "Dominerande färg som hex-kod.", "Dominant colour as a hex code."),
        "layout": (None, "Motiv: fjäll eller regn.", "Motif: mountain or rain."),
        "image_file": (None, "PNG-bilden (96 x 96).", "The PNG image (96 x 96)."),
        "impressions": (
            "digital_behaviour",
            "Visningar enligt plattformens rapport.",
            "Impressions from the platform's report.",
            S,
            P2,
        ),
        "clicks": (
            "digital_behaviour",
            "Klick enligt plattformens rapport.",
            "Clicks from the platform's report.",
            S,
            P2,
        ),
    },
    "platform_users": {
        "platform_id": (
            "platform_id",
            "Plattformens eget användar-ID.",
            "The platform's own user ID.",
        ),
        "hashed_email": (
            "email",
            "SHA-256 av normaliserad e-post.",
            "SHA-256 of the normalised e-mail.",
        ),
        "hashed_phone": (
            "phone",
            "SHA-256 av normaliserat telefonnummer.",
            "SHA-256 of the normalised phone number.",
        ),
        "age_group": ("age", "Åldersgrupp.", "Age group."),
        "gender": ("gender", "Kön.", "Gender."),
        "city": ("city", "Ort enligt plattformen.", "Place according to the platform."),
        "interest_1": (
            "interests",
            "Intresse som plattformen har räknat fram.",
            "Interest the platform has inferred.",
        ),
        "interest_2": ("interests", "Ännu ett intresse.", "Another interest."),
        "minutes_per_day": (
            "digital_behaviour",
            "Minuter på plattformen per dag.",
            "Minutes on the platform per day.",
        ),
        "main_device": ("digital_behaviour", "Huvudsaklig enhet.", "Main device."),
        "ad_clicks_30d": (
            "digital_behaviour",
            "Annonsklick senaste 30 dagarna.",
            "Ad clicks in the last 30 days.",
        ),
        "video_views_30d": (
            "digital_behaviour",
            "Videovisningar senaste 30 dagarna.",
            "Video views in the last 30 days.",
        ),
    },
    "weather": {
        "date": (None, "Dag.", "Day."),
        "city": ("city", "Kommun.", "Municipality."),
        "temp_c": ("triggers", "Medeltemperatur, °C.", "Mean temperature, °C."),
        "rain_mm": ("triggers", "Nederbörd, mm.", "Precipitation, mm."),
    },
    "third_party_attributes": {
        "customer_id": (
            "customer_id",
            "Kundnummer som datamäklaren matchade.",
            "Customer number the data broker matched.",
        ),
        "broker": (None, "Datamäklaren (påhittad).", "The data broker (invented)."),
        "lifestyle_segment": (
            "lifestyle",
            "Mäklarens livsstilssegment.",
            "The broker's lifestyle segment.",
        ),
        "household_income_band": (
            "income",
            "Uppskattad hushållsinkomst.",
            "Estimated household income.",
        ),
        "has_children_estimate": (
            "lifestyle",
            "Gissning: barn i hushållet.",
            "Guess: children in the household.",
        ),
        "outdoor_affinity": ("interests", "Friluftsintresse 0-100.", "Outdoor affinity 0-100."),
        "brand_conscious": (
            "purchase_behaviour",
            "Märkesmedvetenhet 0-100.",
            "Brand consciousness 0-100.",
        ),
        "political_opinion": (
            "political_opinion",
            "Gissad politisk åsikt (påhittade partier). Särskild kategori enligt "
            "GDPR art. 9: får inte användas i marknadsföring.",
            "Guessed political opinion (invented parties). Special category "
            "under GDPR Art. 9: must not be used in marketing.",
        ),
        "bought_on": (None, "Dag då uppgifterna köptes.", "Day the data was bought."),
    },
    "companies": {
        "company_id": (None, "Företagets kundnummer.", "Company customer number."),
        "company_name": (None, "Företagsnamn (påhittat).", "Company name (invented)."),
        "org_number": (
            None,
            "Organisationsnummer (påhittat).",
            "Company registration number (invented).",
        ),
        "industry": ("industry", "Bransch.", "Industry."),
        "size_class": (None, "Storlek i anställda.", "Size in employees."),
        "city": ("city", "Kommun.", "Municipality."),
        "customer_since": (None, "Kund sedan.", "Customer since."),
    },
    "contacts": {
        "contact_id": (None, "Kontaktpersonens ID.", "Contact ID."),
        "company_id": (None, "Företaget.", "The company."),
        "first_name": (None, "Förnamn.", "First name."),
        "last_name": (None, "Efternamn.", "Last name."),
        "work_email": ("email", "E-postadress på jobbet.", "Work e-mail."),
        "work_phone": ("phone", "Jobbtelefon.", "Work phone."),
        "role": ("job", "Roll i företaget.", "Role in the company."),
        "seniority": ("job", "Nivå i företaget.", "Seniority."),
        "customer_id": (
            "customer_id",
            "Kundnummer om kontakten också är privatkund.",
            "Customer number if the contact is also a private customer.",
        ),
    },
}

# Short names a marketer reads in tables, charts and the segment builder, for the columns of
# the customer table that are not named after a catalogue key (those take the catalogue's
# name, e.g. "age" is "Ålder"): column -> (sv, en).
NAMES = {
    "customers": {
        "first_name": ("Förnamn", "First name"),
        "last_name": ("Efternamn", "Last name"),
        "signup_date": ("Registreringsdag", "Sign-up date"),
        "consent_email": ("Samtycke till e-post", "Consent to email"),
        "consent_ads": ("Samtycke till annonser", "Consent to ads"),
        "skr_group": ("SKR:s kommungrupp", "SKR municipality group"),
        "home_store": ("Närmaste butik", "Nearest store"),
        "main_interest": ("Huvudintresse", "Main interest"),
        "budget_or_luxury": ("Budget eller lyx", "Budget or luxury"),
        "commuting": ("Pendling", "Commuting"),
        "trips_per_year": ("Resor per år", "Trips per year"),
        "preferred_device": ("Vanligaste enhet", "Usual device"),
        "newsletter_opens_12m": ("Öppnade nyhetsbrev senaste 12 mån",
                                 "Newsletters opened last 12 months"),
        "social_minutes_per_day": ("Minuter i sociala medier per dag",
                                   "Social media minutes per day"),
        "openness": ("Öppenhet (OCEAN)", "Openness (OCEAN)"),
        "conscientiousness": ("Samvetsgrannhet (OCEAN)", "Conscientiousness (OCEAN)"),
        "extraversion": ("Extraversion (OCEAN)", "Extraversion (OCEAN)"),
        "agreeableness": ("Vänlighet (OCEAN)", "Agreeableness (OCEAN)"),
        "neuroticism": ("Neuroticism (OCEAN)", "Neuroticism (OCEAN)"),
        "trigger_discount": ("Handlar vid rabatt", "Buys on discount"),
        "trigger_weather": ("Handlar när vädret slår om", "Buys when the weather turns"),
        "trigger_payday": ("Handlar efter lönen", "Buys after payday"),
        "orders_total": ("Ordrar 2024–2025", "Orders 2024–2025"),
        "orders_12m": ("Ordrar senaste 12 mån", "Orders last 12 months"),
        "revenue_12m": ("Omsättning senaste 12 mån", "Revenue last 12 months"),
        "last_order_date": ("Senaste order", "Last order"),
        "main_channel": ("Huvudkanal", "Main channel"),
        "favourite_category": ("Favoritkategori", "Favourite category"),
    },
}


def column_name(column: str, language: str | None = None, table: str = "customers") -> str | None:
    """The short name of a column of the world's ``table`` in the learner's language, or None.

    Columns named after a catalogue key have none here: their name is the catalogue's.

    >>> column_name("main_interest", "en"), column_name("age")
    ('Main interest', None)
    """
    names = NAMES.get(table, {}).get(column)
    if names is None:
        return None
    return pick({"sv": names[0], "en": names[1]}, language)


FILES = {
    "ad_creatives/*.png": (
        None,
        U,
        F,
        "Annonsbilder i olika färgscheman.",
        "Ad images in different colour schemes.",
    )
}


def data_dictionary(language: str | None = None) -> pd.DataFrame:
    """One row per column: table, column, data_point, data_type, source_type, gdpr,
    description (in ``language``), description_sv, description_en."""
    from . import catalog

    lang = language or get_language()
    gdpr = {dp.key: dp.gdpr for dp in catalog.data_points()}
    gdpr.update({i.key: i.gdpr for i in catalog.identifiers()})
    rows = []
    for table, columns in COLUMNS.items():
        for column, spec in columns.items():
            key, sv, en = spec[:3]
            dtype, source = spec[3:] if len(spec) == 5 else TABLE_DEFAULTS[table]
            rows.append(
                {
                    "table": table,
                    "column": column,
                    "data_point": key,
                    "data_type": dtype,
                    "source_type": source,
                    "gdpr": gdpr.get(key, "ordinary") if key else None,
                    "description_sv": sv,
                    "description_en": en,
                }
            )
    for pattern, (key, dtype, source, sv, en) in FILES.items():
        rows.append(
            {
                "table": "files",
                "column": pattern,
                "data_point": key,
                "data_type": dtype,
                "source_type": source,
                "gdpr": None,
                "description_sv": sv,
                "description_en": en,
            }
        )
    frame = pd.DataFrame(rows)
    frame.insert(5, "description", frame[f"description_{lang}"])
    return frame
