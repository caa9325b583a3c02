"""Unstructured data: reviews and chats in Swedish and English, and small ad images.

Texts are built from templates with varied word choices, drawn column-wise, so they are
deterministic and every text keeps the words that carry its tone (``tone_words``): that is
what a sentiment model, or a marketer with a highlighter, would look for.
"""

from __future__ import annotations

import struct
import zlib

import numpy as np
import pandas as pd

from .draw import category, text
from .orders import CATEGORY_NAMES

TONES = ["positiv", "neutral", "negativ"]
LANGUAGES = ["sv", "en"]
CATEGORY_EN = ["rain gear", "hiking boots", "running shoes", "bike gear", "skis and boots",
               "tent and camping gear", "climbing gear", "fishing gear", "kayak gear",
               "hunting gear", "training clothes", "outdoor clothes", "workwear"]
# (clause, the words that carry the tone) per language and tone
CLAUSES = {
    ("sv", 0): [("är supernöjd, sitter perfekt.", "supernöjd; perfekt"),
                ("rekommenderar varmt, grym kvalitet.", "rekommenderar varmt; grym"),
                ("älskar dem, håller tätt i ösregn.", "älskar; håller tätt")],
    ("sv", 1): [("det fungerar som väntat.", "som väntat"),
                ("helt okej för priset.", "helt okej"),
                ("inget speciellt, gör sitt jobb.", "inget speciellt")],
    ("sv", 2): [("är besviken, gick sönder efter en vecka.", "besviken; gick sönder"),
                ("är missnöjd, fel storlek och krånglig retur.", "missnöjd; krånglig"),
                ("det läckte direkt, usel kvalitet.", "läckte; usel")],
    ("en", 0): [("I love them, a perfect fit.", "love; perfect"),
                ("highly recommended, great quality.", "highly recommended; great"),
                ("really happy, they stay dry in a downpour.", "really happy; stay dry")],
    ("en", 1): [("it works as expected.", "as expected"),
                ("fine for the price.", "fine"),
                ("nothing special, does the job.", "nothing special")],
    ("en", 2): [("I'm disappointed, it broke after a week.", "disappointed; broke"),
                ("very unhappy, wrong size and an awkward return.", "unhappy; awkward"),
                ("it leaked at once, terrible quality.", "leaked; terrible")],
}
TOPICS = ["leverans", "retur", "storlek", "reklamation", "produktfråga"]
CHAT_TEXT = {
    "sv": ["Var är mitt paket?", "Hur returnerar jag en vara?", "Vilken storlek ska jag välja?",
           "Min jacka har gått sönder.", "Är tältet bra för fjällen?"],
    "en": ["Where is my parcel?", "How do I return an item?", "Which size should I choose?",
           "My jacket has broken.", "Is the tent good for the mountains?"],
}
CHAT_TONE = {
    ("sv", 0): ["Tack så mycket, ni är toppen!", "Superbra service, tack!"],
    ("sv", 1): ["Tack för svaret.", "Okej, jag väntar."],
    ("sv", 2): ["Det här är helt oacceptabelt!", "Jag är riktigt irriterad nu."],
    ("en", 0): ["Thanks a lot, you are brilliant!", "Great service, thank you!"],
    ("en", 1): ["Thanks for the answer.", "OK, I will wait."],
    ("en", 2): ["This is completely unacceptable!", "I am really annoyed now."],
}
AGENT = {
    "sv": ["Jag kollar spårningen åt dig direkt.", "Du returnerar gratis inom 60 dagar.",
           "Titta gärna i vår storleksguide.", "Skicka en bild så ordnar vi en reklamation.",
           "Ja, det klarar fjällväder bra."],
    "en": ["I will check the tracking for you right away.", "Returns are free within 60 days.",
           "Please have a look at our size guide.", "Send a photo and we will sort out a claim.",
           "Yes, it copes well with mountain weather."],
}


def make_reviews(rng, orders, lines) -> pd.DataFrame:
    pick = np.flatnonzero(rng.random(len(lines)) < 0.08)
    line = lines.iloc[pick]
    order_pos = pd.Index(orders["order_id"]).get_indexer(line["order_id"])
    k = len(pick)
    tone = rng.choice(3, k, p=[0.6, 0.25, 0.15])
    lang = (rng.random(k) < 0.15).astype(int)
    variant = rng.integers(0, 3, k)  # every (language, tone) has three variants
    clause = np.array([[[CLAUSES[(lg, t)][v][0] for v in range(3)] for t in range(3)]
                       for lg in LANGUAGES], dtype=object)[lang, tone, variant]
    words = np.array([[[CLAUSES[(lg, t)][v][1] for v in range(3)] for t in range(3)]
                      for lg in LANGUAGES], dtype=object)[lang, tone, variant]
    cat = line["product_category"].cat.codes.to_numpy()
    product = np.where(lang == 0, np.array(CATEGORY_NAMES, dtype=object)[cat],
                       np.array(CATEGORY_EN, dtype=object)[cat])
    lead = np.where(lang == 0, "Köpte ", "Bought ")
    joint = np.where(lang == 0, " och ", " and ")
    body = pd.Series(lead) + pd.Series(product) + pd.Series(joint) + pd.Series(clause)
    rating = np.select([tone == 0, tone == 1], [4 + (rng.random(k) < 0.6), 3],
                       1 + (rng.random(k) < 0.4))
    days_after = pd.to_timedelta(rng.integers(3, 30, k), unit="D")
    return pd.DataFrame({
        "review_id": text(pd.Series(np.arange(1, k + 1).astype(str)).str.zfill(6).radd("R")),
        "order_id": text(line["order_id"].to_numpy()),
        "customer_id": text(orders["customer_id"].to_numpy()[order_pos]),
        "product_category": line["product_category"].array,
        "review_date": (orders["order_time"].to_numpy()[order_pos] + days_after).floor("D")
        .astype("datetime64[s]"),
        "rating": rating.astype(np.int8),
        "language": category(lang, LANGUAGES),
        "tone": category(tone, TONES),
        "text": text(body.to_numpy()),
        "tone_words": text(words),
    })


def make_chats(rng, customers) -> pd.DataFrame:
    who = np.flatnonzero(rng.random(len(customers)) < 0.06)
    k = len(who)
    lang = (rng.random(k) < 0.12).astype(int)
    tone = rng.choice(3, k, p=[0.3, 0.45, 0.25])
    topic = rng.choice(len(TOPICS), k, p=[0.3, 0.2, 0.2, 0.15, 0.15])
    tail_v = rng.integers(0, 2, k)
    question = np.array([CHAT_TEXT[lg] for lg in LANGUAGES], dtype=object)[lang, topic]
    tail = np.array([[CHAT_TONE[(lg, t)] for t in range(3)] for lg in LANGUAGES],
                    dtype=object)[lang, tone, tail_v]
    greet = np.where(lang == 0, "Hej! ", "Hi! ")
    start = pd.Timestamp("2025-01-01") + pd.to_timedelta(rng.integers(0, 365 * 86400, k),
                                                         unit="s")
    return pd.DataFrame({
        "chat_id": text(pd.Series(np.arange(1, k + 1).astype(str)).str.zfill(6).radd("CH")),
        "customer_id": text(customers["customer_id"].to_numpy()[who]),
        "started_at": start.astype("datetime64[s]"),
        "language": category(lang, LANGUAGES),
        "topic": category(topic, TOPICS),
        "tone": category(tone, TONES),
        "customer_message": text((pd.Series(greet) + pd.Series(question) + " "
                                  + pd.Series(tail)).to_numpy()),
        "tone_words": text(tail),
        "agent_reply": text(np.array([AGENT[lg] for lg in LANGUAGES], dtype=object)[
            lang, topic]),
    }).sort_values("started_at", kind="stable").reset_index(drop=True)


# name: (dominant colour name sv, RGB dominant, RGB second, RGB accent)
SCHEMES = {
    "fjällblå": ("blå", (30, 90, 170), (235, 240, 245), (250, 200, 60)),
    "skogsgrön": ("grön", (40, 110, 60), (20, 50, 30), (240, 230, 200)),
    "solnedgång": ("orange", (240, 130, 40), (120, 40, 60), (255, 220, 120)),
    "snövit": ("vit", (245, 245, 245), (150, 170, 190), (200, 40, 40)),
    "höströd": ("röd", (180, 40, 40), (90, 60, 40), (250, 200, 60)),
    "natt": ("svart", (20, 22, 30), (60, 70, 100), (240, 240, 250)),
}
CAMPAIGNS = ["black_week_2025", "vinteräventyr", "julklappar_2025", "regnkläder_höst"]
HEADLINES = [("Ut i naturen!", "Get outdoors!"), ("Regnet kan komma", "Let the rain come"),
             ("Vintern väntar", "Winter is waiting"), ("Paketera äventyret", "Wrap an adventure")]
SIZE = 96


def ad_image(scheme: str, layout: int) -> np.ndarray:
    """A 96x96 RGB ad: background in the dominant colour, a mountain or rain, a sun."""
    _, bg, second, accent = SCHEMES[scheme]
    y, x = np.mgrid[0:SIZE, 0:SIZE]
    img = np.empty((SIZE, SIZE, 3), np.uint8)
    img[:] = bg
    if layout == 0:  # a mountain
        img[y > 40 + np.abs(x - 48) * 0.9] = second
    else:  # rain stripes
        img[((x + y) % 12 == 0) & (y < 70)] = second
        img[y >= 78] = second
    img[(x - 72) ** 2 + (y - 20) ** 2 < 81] = accent
    return img


def png_bytes(img: np.ndarray) -> bytes:
    """A minimal, deterministic PNG (8-bit RGB, no metadata), written with zlib only."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    h, w, _ = img.shape
    raw = b"".join(b"\x00" + img[row].tobytes() for row in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def make_ad_creatives(rng) -> tuple[pd.DataFrame, dict[str, bytes]]:
    rows, images = [], {}
    for i, (scheme, layout) in enumerate((s, lay) for s in SCHEMES for lay in (0, 1)):
        img = ad_image(scheme, layout)
        colours, counts = np.unique(img.reshape(-1, 3), axis=0, return_counts=True)
        dominant = colours[counts.argmax()]
        file = f"ad_creatives/ad_{i + 1:02d}.png"
        images[file] = png_bytes(img)
        head = HEADLINES[(i + layout) % len(HEADLINES)]
        rows.append({"creative_id": f"AD{i + 1:02d}", "campaign": CAMPAIGNS[i % len(CAMPAIGNS)],
                     "headline_sv": head[0], "headline_en": head[1], "colour_scheme": scheme,
                     "dominant_colour": SCHEMES[scheme][0],
                     "dominant_hex": "#{:02x}{:02x}{:02x}".format(*dominant),
                     "layout": ["fjäll", "regn"][layout], "image_file": file})
    frame = pd.DataFrame(rows)
    impressions = rng.integers(20_000, 120_000, len(frame))
    frame["impressions"] = impressions.astype(np.int32)
    frame["clicks"] = rng.binomial(impressions, rng.uniform(0.004, 0.02, len(frame)))
    frame["clicks"] = frame["clicks"].astype(np.int32)
    for col in ("campaign", "colour_scheme", "dominant_colour", "layout"):
        frame[col] = frame[col].astype("category")
    for col in ("creative_id", "headline_sv", "headline_en", "dominant_hex", "image_file"):
        frame[col] = frame[col].astype("string[pyarrow]")
    return frame, images
