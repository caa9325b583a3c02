"""English names for the Swedish category values of the synthetic world, for English readers.

The data itself stays Swedish, as a Swedish CRM holds it (rules keep comparing with
"hyresrätt"); only what is shown to an English reader is translated.

>>> translate("hyresrätt", "en")
'rented flat'
>>> translate("hyresrätt", "sv")
'hyresrätt'
>>> translate("Göteborg", "en")
'Göteborg'
"""

from __future__ import annotations

from .core.i18n import get_language

# Swedish value -> English. Place names and values that read the same are left out on purpose.
ENGLISH = {
    # gender
    "kvinna": "woman", "man": "man", "annat eller vill ej ange": "other or prefer not to say",
    # urban or rural (SKR's three main groups)
    "storstadsområde": "metropolitan area", "större stad": "larger town",
    "mindre ort och landsbygd": "small town and countryside",
    # main interest
    "vandring": "hiking", "löpning": "running", "cykling": "cycling", "skidåkning": "skiing",
    "klättring": "climbing", "fiske": "fishing", "paddling": "paddling", "camping": "camping",
    "jakt": "hunting", "yoga och träning": "yoga and fitness",
    # housing
    "villa eller radhus (äganderätt)": "house or terraced house (owned)",
    "hyresrätt": "rented flat", "bostadsrätt": "owner-occupied flat (bostadsrätt)",
    "övrigt boende": "other housing",
    # lifestyle
    "aktiv storstadsbo": "active city dweller", "barnfamilj i villa": "family in a house",
    "naturnära landsbygdsliv": "country life close to nature",
    "student med liten budget": "student on a small budget", "aktiv pensionär": "active retiree",
    "prestationsinriktad motionär": "performance-minded athlete",
    "bekväm vardagsmotionär": "easy-going everyday exerciser",
    # budget or luxury, channel, device
    "budget": "budget", "mellanklass": "mid-range", "lyx": "luxury",
    "webb": "web", "butik": "store", "mobil": "mobile", "dator": "computer",
    "surfplatta": "tablet",
    # commuting
    "pendlar inte": "does not commute", "kollektivtrafik": "public transport", "bil": "car",
    "cykel eller gång": "bike or walking",
    # yes / no, as in a learner's own file
    "ja": "yes", "nej": "no",
}


def translate(value, language: str | None = None):
    """``value`` in the reader's language when it is a known Swedish value, else unchanged."""
    if (language or get_language()) != "en" or not isinstance(value, str):
        return value
    return ENGLISH.get(value, value)


def translate_index(frame, language: str | None = None):
    """A copy of a table (DataFrame or Series) with its row labels translated for reading."""
    out = frame.copy()
    out.index = [translate(v, language) for v in out.index]
    out.index.name = frame.index.name
    return out
