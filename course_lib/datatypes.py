"""The lesson's three data types, as things a marketer can do with Fjällgården's data.

- **Structured**: a table where every row has an ID, so we can count per customer
  (:func:`crm_table`, :func:`events_per_customer`).
- **Semi-structured**: JSON events with a shape, where we must decide what becomes a column
  (:func:`flatten_json_events` returns the table *and* the decisions it made).
- **Unstructured**: text and images that must be interpreted before they can be counted
  (:func:`score_tone` with word lists in ``data/tone_lexicon.toml``, :func:`dominant_colours`).

>>> tokenize("Supernöjd med kängorna, inte dåliga alls!")
['supernöjd', 'med', 'kängorna', 'inte', 'dåliga', 'alls']
>>> score_tone("Supernöjd med kängorna, inte dåliga alls!", "sv").words
('supernöjd', 'inte dåliga')
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache

import numpy as np
import pandas as pd

from .core.errors import CourseError
from .core.i18n import messages
from .core.paths import data_dir

__all__ = [
    "crm_table", "events_per_customer", "flatten_json_events", "link_anonymous_to_customer",
    "swedish_time", "tokenize", "tone_lexicon", "score_tone", "tone_table", "tone_accuracy",
    "tone_misses", "tone_confusion", "tone_word_counts", "tone_words_chart", "decode_png",
    "colour_name", "dominant_colours", "palette_strip", "ad_palettes", "palettes_picture", "ctr_per_colour",
]

msg = messages(
    {
        "not_a_table": {
            "sv": "Här behövs en tabell (en pandas DataFrame), men du gav {kind}.",
            "en": "A table (a pandas DataFrame) is needed here, but you gave {kind}.",
        },
        "no_events": {
            "sv": "Här behövs en lista med händelser (JSON-objekt), till exempel "
            "`datasets.load_events()`.",
            "en": "A list of events (JSON objects) is needed here, for example "
            "`datasets.load_events()`.",
        },
        "missing_field": {
            "sv": "Händelserna saknar fältet `{field}`. Varje händelse enligt Segment Spec har "
            "`type`, `timestamp` och `anonymousId` eller `userId`.",
            "en": "The events lack the field `{field}`. Every event under Segment Spec has "
            "`type`, `timestamp` and `anonymousId` or `userId`.",
        },
        "unknown_language": {
            "sv": "Ordlistan finns på svenska och engelska: välj \"sv\" eller \"en\", inte {language!r}.",
            "en": "The word lists exist in Swedish and English: choose \"sv\" or \"en\", not {language!r}.",
        },
        "not_text": {
            "sv": "Tonläget går bara att bedöma för text, inte för {kind}.",
            "en": "Tone can only be judged for text, not for {kind}.",
        },
        "bad_k": {
            "sv": "Antalet färger måste vara ett heltal från 1 till 10, inte {k!r}.",
            "en": "The number of colours must be a whole number from 1 to 10, not {k!r}.",
        },
        "not_png": {
            "sv": "Det här går inte att läsa som en PNG-bild.",
            "en": "This cannot be read as a PNG image.",
        },
        # -- the decisions made when flattening JSON events
        "d_columns": {
            "sv": "**Vilka fält blir kolumner?** `pd.json_normalize` gav {found} kolumner. Vi "
            "behåller {kept}: allt under `properties` (det som spårningsplanen bestämde) och "
            "från `context` sessionen, enheten, sidan och kampanjen. Bort: {dropped}.",
            "en": "**Which fields become columns?** `pd.json_normalize` gave {found} columns. We "
            "keep {kept}: everything under `properties` (what the tracking plan decided) and, "
            "from `context`, the session, device, page and campaign. Dropped: {dropped}.",
        },
        "d_traits": {
            "sv": "**Personuppgifter i händelserna:** {n} identify-anrop bär e-post, namn och "
            "registreringsdag. De hör hemma i CRM-systemet, kopplade via kundnumret, så vi tar "
            "inte med dem i händelsetabellen (uppgiftsminimering).",
            "en": "**Personal data in the events:** {n} identify calls carry e-mail, name and "
            "sign-up date. They belong in the CRM, linked by the customer number, so we leave "
            "them out of the event table (data minimisation).",
        },
        "d_user_id": {
            "sv": "**anonymousId eller userId?** Varje händelse har webbläsarens anonymousId, "
            "men bara {before} av {rows} har ett kundnummer (userId). När ett identify-anrop "
            "kopplar en anonymousId till en kund ger vi alla händelser med den anonymousId "
            "samma kundnummer. Nu har {after} rader ett kundnummer.",
            "en": "**anonymousId or userId?** Every event has the browser's anonymousId, but "
            "only {before} of {rows} have a customer number (userId). When an identify call "
            "links an anonymousId to a customer, we give every event with that anonymousId the "
            "same customer number. Now {after} rows have a customer number.",
        },
        "d_missing": {
            "sv": "**Egenskaper som saknas:** bara {n_revenue} händelser (köpen) har `revenue`; "
            "de andra får ett tomt värde, inte 0, så att ett snittordervärde inte dras ned. "
            "`category` saknas på {n_category} rader (sidvisningar och identify).",
            "en": "**Missing properties:** only {n_revenue} events (the purchases) have "
            "`revenue`; the others get an empty value, not 0, so an average order value is not "
            "dragged down. `category` is missing on {n_category} rows (page views and identify).",
        },
        "d_lists": {
            "sv": "**Listor:** inget behållet fält innehåller en lista här. Om ett gjorde det "
            "(till exempel flera produkter i ett köp) skrivs listan som text, åtskild med "
            "semikolon, så att en rad fortfarande är en händelse.",
            "en": "**Lists:** no kept field holds a list here. If one did (several products in "
            "one purchase, say), the list is written as text separated by semicolons, so one "
            "row is still one event.",
        },
        "d_lists_found": {
            "sv": "**Listor:** {columns} innehåller listor. Vi skriver dem som text, åtskild "
            "med semikolon, så att en rad fortfarande är en händelse.",
            "en": "**Lists:** {columns} hold lists. We write them as text separated by "
            "semicolons, so one row is still one event.",
        },
        "d_time": {
            "sv": "**Tidsstämplar som text:** `\"{example}\"` är text i UTC (bokstaven Z). Vi "
            "gör om den till datum och tid och räknar om till svensk tid, så att kvällsköp "
            "hamnar på rätt timme: {converted}.",
            "en": "**Timestamps as text:** `\"{example}\"` is text in UTC (the letter Z). We "
            "turn it into a date and time and convert it to Swedish time, so evening purchases "
            "land on the right hour: {converted}.",
        },
        # -- headings of tables and pictures
        "words_title": {
            "sv": "Orden som bar tonläget (de {top} vanligaste)",
            "en": "The words that carried the tone (the {top} most common)",
        },
        "words_x": {"sv": "Antal texter", "en": "Number of texts"},
        "positive": {"sv": "positivt ord", "en": "positive word"},
        "negative": {"sv": "negativt ord", "en": "negative word"},
        "words_alt": {
            "sv": "de {top} vanligaste värdeladdade orden: i hur många texter varje ord finns, {positive} "
                  "positiva (blå) och {negative} negativa (orange, randiga)",
            "en": "the {top} most common tone words: in how many texts each word appears, "
                  "{positive} positive (blue) and {negative} negative (orange, striped)",
        },
        "words_texts": {"sv": "{n} texter", "en": "{n} texts"},
        "palette_alt": {
            "sv": "{n} annonsbilder, var och en med en remsa av sina {k} uträknade huvudfärger",
            "en": "{n} ad images, each with a strip of its {k} computed main colours",
        },
        "palette_most": {"sv": "vanligaste huvudfärgen är {colour} ({count} av {n})",
                         "en": "the most common main colour is {colour} ({count} of {n})"},
        "palette_title": {
            "sv": "Annonsbilderna och de färger som räknades fram",
            "en": "The ad images and the colours computed from them",
        },
    },
    __name__,
)

TONES = ("positiv", "neutral", "negativ")  # the world's own labels (a Swedish CRM's values)
CRM_COLUMNS = ["first_name", "city", "age", "main_interest", "orders_12m", "revenue_12m",
               "consent_email"]
FUNNEL = ["page", "identify", "Product Viewed", "Product Added", "Checkout Started",
          "Order Completed"]


def _require_table(frame, columns=()) -> pd.DataFrame:
    if not isinstance(frame, pd.DataFrame):
        raise CourseError(msg("not_a_table", kind=type(frame).__name__))
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        from .segments.rules import column_error

        raise column_error(missing[0], frame.columns)
    return frame


# ------------------------------------------------------------------------ structured data
def crm_table(customers: pd.DataFrame, columns: list[str] | None = None) -> pd.DataFrame:
    """A few columns of the customer register, one row per customer ID."""
    columns = list(columns or CRM_COLUMNS)
    _require_table(customers, ["customer_id", *columns])
    return customers.set_index("customer_id")[columns]


def events_per_customer(events: pd.DataFrame) -> pd.DataFrame:
    """How many times each identified customer did each thing: one row per user_id.

    Track calls count by their event name ("Order Completed"); page and identify calls by
    their type. Anonymous rows (no user_id) are left out: there is no one to count them for.
    """
    _require_table(events, ["user_id", "type", "event"])
    known = events[events["user_id"].notna()]
    name = known["event"].astype("string").fillna(known["type"].astype("string"))
    counts = pd.crosstab(known["user_id"].astype("string"), name)
    order = [c for c in FUNNEL if c in counts.columns] + sorted(set(counts.columns) - set(FUNNEL))
    counts = counts[order]
    counts.index.name, counts.columns.name = "user_id", None
    return counts


# ------------------------------------------------------------------- semi-structured data
# The context fields a marketer counts on; everything under "properties" is kept as well.
CONTEXT_COLUMNS = {
    "messageId": "message_id", "timestamp": "timestamp", "type": "type", "event": "event",
    "anonymousId": "anonymous_id", "userId": "user_id", "context.sessionId": "session_id",
    "context.device.type": "device", "context.page.path": "page_path",
    "context.campaign.source": "utm_source", "context.campaign.medium": "utm_medium",
    "context.campaign.name": "utm_campaign",
}
# Properties that repeat a context field (page calls send the path twice).
DUPLICATE_PROPERTIES = {"properties.path", "properties.url"}


@dataclass(frozen=True)
class Decision:
    """One choice made while turning JSON into a table: a key and the explanation."""

    key: str
    text: str

    def __str__(self) -> str:
        return self.text


class Decisions(list):
    """The decisions of a flattening, shown as a numbered list in a notebook."""

    def _repr_markdown_(self) -> str:
        return "\n".join(f"{i}. {d.text}" for i, d in enumerate(self, start=1))

    def keys(self) -> list[str]:
        return [d.key for d in self]


def flatten_json_events(calls: list[dict]) -> tuple[pd.DataFrame, Decisions]:
    """Segment-style JSON events -> (one row per event, the decisions made on the way).

    The world's own loader (:func:`course_lib.world.files.flatten_events`) walks the calls by
    hand for speed; this is the route a marketer takes with ``pd.json_normalize``, with every
    choice written down.
    """
    if not isinstance(calls, list) or not all(isinstance(c, dict) for c in calls) or not calls:
        raise CourseError(msg("no_events"))
    wide = pd.json_normalize(calls)
    for field in ("type", "timestamp"):
        if field not in wide:
            raise CourseError(msg("missing_field", field=field))
    props = [c for c in wide.columns if c.startswith("properties.") and c not in DUPLICATE_PROPERTIES]
    keep = {c: n for c, n in CONTEXT_COLUMNS.items() if c in wide.columns}
    keep.update({c: c.removeprefix("properties.") for c in props})
    flat = wide[list(keep)].rename(columns=keep)
    for column in ("anonymous_id", "user_id"):  # Segment requires one of the two, not both
        if column not in flat:
            flat[column] = pd.NA
    decisions = Decisions()
    dropped = [c for c in wide.columns if c not in keep]
    decisions.append(Decision("columns", msg(
        "d_columns", found=wide.shape[1], kept=len(keep),
        dropped=", ".join(f"`{c}`" for c in dropped) or "–")))

    identify = wide["type"].eq("identify") & wide.filter(like="traits.").notna().any(axis=1)
    decisions.append(Decision("traits", msg("d_traits", n=int(identify.sum()))))

    before = int(flat["user_id"].notna().sum())
    flat["user_id"] = link_anonymous_to_customer(flat)
    decisions.append(Decision("user_id", msg(
        "d_user_id", before=before, rows=len(flat), after=int(flat["user_id"].notna().sum()))))

    decisions.append(Decision("missing", msg(
        "d_missing", n_revenue=_count(flat, "revenue"),
        n_category=len(flat) - _count(flat, "category"))))

    lists = [c for c in flat.columns if flat[c].map(lambda v: isinstance(v, list)).any()]
    for col in lists:  # one row stays one event: the items become one text
        flat[col] = flat[col].map(lambda v: "; ".join(map(str, v)) if isinstance(v, list) else v)
    decisions.append(Decision("lists", msg("d_lists_found", columns=", ".join(lists))
                              if lists else msg("d_lists")))

    example = str(flat["timestamp"].iloc[0])
    flat["timestamp"] = swedish_time(flat["timestamp"])
    decisions.append(Decision("timestamps", msg(
        "d_time", example=example, converted=flat["timestamp"].iloc[0].strftime("%Y-%m-%d %H:%M:%S"))))
    return flat, decisions


def _count(frame: pd.DataFrame, column: str) -> int:
    return int(frame[column].notna().sum()) if column in frame else 0


def link_anonymous_to_customer(flat: pd.DataFrame) -> pd.Series:
    """userId for every event whose browser (anonymousId) was ever identified as a customer.

    A browser identified as two different customers (a shared computer) is left as it was:
    guessing would mix two people's data.
    """
    known = flat.dropna(subset=["user_id"]).groupby("anonymous_id")["user_id"].agg(["nunique", "first"])
    single = known.loc[known["nunique"] == 1, "first"]
    linked = flat["anonymous_id"].map(single).astype("string")
    return flat["user_id"].astype("string").fillna(linked)


def swedish_time(timestamps: pd.Series) -> pd.Series:
    """ISO text in UTC ("2025-11-01T01:02:57.000Z") -> Swedish local time, without zone."""
    parsed = pd.to_datetime(timestamps, utc=True, format="ISO8601")
    return parsed.dt.tz_convert("Europe/Stockholm").dt.tz_localize(None)


# ------------------------------------------------------------------- unstructured: text
WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")  # letters of any alphabet, å/ä/ö included


def tokenize(text: str) -> list[str]:
    """Lower-case words of a text. ``\\w`` knows å, ä and ö, unlike ``[a-z]``."""
    return WORD.findall(str(text).lower().replace("’", "'"))


@cache
def tone_lexicon() -> dict[str, dict[str, frozenset[str]]]:
    """The word lists of ``data/tone_lexicon.toml``: {language: {positive, negative, negations}}."""
    raw = tomllib.loads((data_dir() / "tone_lexicon.toml").read_text(encoding="utf-8"))
    return {lang: {kind: frozenset(w.lower() for w in words) for kind, words in lists.items()}
            for lang, lists in raw.items()}


@dataclass(frozen=True)
class ToneResult:
    """A text's tone: the score, the label and the words that carried it (negated ones included)."""

    score: int
    tone: str
    words: tuple[str, ...]


NEGATION_REACH = 3  # a negation turns the next tone word around if it comes within 3 words


def score_tone(text: str, language: str | None = None) -> ToneResult:
    """+1 per positive word, -1 per negative word, turned around after a negation.

    ``language`` "sv" or "en" picks one word list; None uses both (for mixed texts).
    """
    if not isinstance(text, str):
        raise CourseError(msg("not_text", kind=type(text).__name__))
    lexicon = tone_lexicon()
    if language is not None and language not in lexicon:
        raise CourseError(msg("unknown_language", language=language))
    lists = [lexicon[language]] if language else list(lexicon.values())
    positive = frozenset().union(*(x["positive"] for x in lists))
    negative = frozenset().union(*(x["negative"] for x in lists))
    negations = frozenset().union(*(x["negations"] for x in lists))
    longest = max(len(w.split()) for w in positive | negative)
    tokens = tokenize(text)
    score, words, negated_at, i = 0, [], None, 0
    while i < len(tokens):
        for size in range(min(longest, len(tokens) - i), 0, -1):  # longest phrase first
            phrase = " ".join(tokens[i:i + size])
            points = 1 if phrase in positive else -1 if phrase in negative else 0
            if points:
                break
        if points:
            if negated_at is not None and i - negated_at <= NEGATION_REACH:
                points, phrase = -points, f"{tokens[negated_at]} {phrase}"
            negated_at = None
            score += points
            words.append(phrase)
            i += size
            continue
        if tokens[i] in negations:
            negated_at = i
        i += 1
    tone = TONES[0] if score > 0 else TONES[2] if score < 0 else TONES[1]
    return ToneResult(score, tone, tuple(words))


def tone_table(texts: pd.DataFrame, text_column: str = "text") -> pd.DataFrame:
    """Each text with the scorer's words, score and tone next to the world's own ``tone`` label."""
    _require_table(texts, [text_column])
    languages = texts["language"] if "language" in texts else pd.Series(None, index=texts.index)
    results = [score_tone(str(t), lang if lang in ("sv", "en") else None)
               for t, lang in zip(texts[text_column], languages, strict=True)]
    out = texts[[c for c in ("language", text_column, "tone") if c in texts]].copy()
    out["found_words"] = ["; ".join(r.words) for r in results]
    out["score"] = [r.score for r in results]
    out["predicted_tone"] = pd.Categorical([r.tone for r in results], categories=TONES)
    return out


def tone_accuracy(table: pd.DataFrame) -> float:
    """Share of texts where the scorer's tone equals the label (0-1)."""
    _require_table(table, ["tone", "predicted_tone"])
    return float((table["tone"].astype(str) == table["predicted_tone"].astype(str)).mean())


def tone_misses(table: pd.DataFrame) -> pd.DataFrame:
    """The texts where the scorer's tone differs from the label: where to read and learn."""
    _require_table(table, ["tone", "predicted_tone"])
    return table[table["tone"].astype(str) != table["predicted_tone"].astype(str)]


def tone_confusion(table: pd.DataFrame) -> pd.DataFrame:
    """Labels (rows) against the scorer's tone (columns): where does it go wrong?"""
    _require_table(table, ["tone", "predicted_tone"])
    label = pd.Categorical(table["tone"].astype(str), categories=TONES)
    guess = pd.Categorical(table["predicted_tone"].astype(str), categories=TONES)
    return pd.crosstab(label, guess, rownames=["tone"], colnames=["predicted_tone"], dropna=False)


def tone_word_counts(table: pd.DataFrame) -> pd.DataFrame:
    """How many texts each tone word (or negated phrase) appeared in, with its sign."""
    _require_table(table, ["found_words", "score"])
    words = table["found_words"].str.split("; ").explode()
    words = words[words.astype(bool)]
    counts = words.value_counts().rename_axis("word").rename("texts").to_frame()
    counts["points"] = [score_tone(w).score for w in counts.index]
    return counts


def tone_words_chart(table: pd.DataFrame, top: int = 12):
    """Horizontal bars: the most frequent tone words, blue for positive, striped orange for negative."""
    from .core.plotting import PAIR, finish, style

    plt = style()
    counts = tone_word_counts(table).head(top).iloc[::-1]
    # Blue and orange differ in lightness too; the negative bars are also striped.
    looks = {True: {"facecolor": PAIR[0], "hatch": ""}, False: {"facecolor": PAIR[1], "hatch": "//"}}
    fig, ax = plt.subplots(figsize=(7, 0.35 * len(counts) + 1.2))
    for word, texts, points in zip(counts.index, counts["texts"], counts["points"], strict=True):
        ax.barh(word, texts, edgecolor="white", **looks[points > 0])
    ax.set_xlabel(msg("words_x"))
    ax.set_title(msg("words_title", top=len(counts)))
    handles = [plt.Rectangle((0, 0), 1, 1, edgecolor="white", label=msg(key), **looks[key == "positive"])
               for key in ("positive", "negative")]
    ax.legend(handles=handles, loc="lower right", frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return finish(fig, alt=tone_words_alt(counts.iloc[::-1]))


def tone_words_alt(counts: pd.DataFrame) -> str:
    from .core.i18n import number
    from .core.plotting import alt_sentence, extremes

    positive = int((counts["points"] > 0).sum())
    what = msg("words_alt", top=len(counts), positive=positive, negative=len(counts) - positive)
    show = lambda n: msg("words_texts", n=number(n))  # noqa: E731
    return alt_sentence("bar", what, extremes(counts.index, counts["texts"].tolist(), show, words="common"))


# ----------------------------------------------------------------- unstructured: images
# Reference colours for naming a computed colour, with names as a Swedish CRM holds them.
COLOUR_NAMES = {
    "vit": (245, 245, 245), "svart": (20, 20, 20), "grå": (128, 128, 128),
    "röd": (190, 35, 35), "orange": (240, 135, 35), "gul": (250, 215, 50),
    "grön": (40, 120, 60), "blå": (30, 85, 180), "brun": (120, 75, 40),
    "lila": (120, 60, 160), "rosa": (240, 150, 190),
}


def decode_png(data: bytes) -> np.ndarray:
    """PNG bytes -> an array of pixels (height x width x 3, values 0-255)."""
    import io

    import matplotlib.image as mpimg

    try:
        pixels = mpimg.imread(io.BytesIO(data), format="png")
    except Exception as error:  # any decoding problem is the learner's file, not our bug
        raise CourseError(msg("not_png")) from error
    if pixels.ndim == 2:  # greyscale: the same value in red, green and blue
        pixels = np.stack([pixels] * 3, axis=-1)
    if pixels.dtype != np.uint8:  # matplotlib gives PNG values as 0-1 floats
        pixels = np.round(pixels * 255).astype(np.uint8)
    return pixels[..., :3]


def colour_name(rgb) -> str:
    """The nearest reference colour's name (``"blå"``, ``"röd"``, …)."""
    refs = np.array(list(COLOUR_NAMES.values()), dtype=float)
    distance = ((refs - np.asarray(rgb, dtype=float)) ** 2).sum(axis=1)
    return list(COLOUR_NAMES)[int(distance.argmin())]


def to_hex(rgb) -> str:
    return "#{:02x}{:02x}{:02x}".format(*(int(round(v)) for v in rgb))


def dominant_colours(pixels: np.ndarray, k: int = 3, seed: int = 0, rounds: int = 25) -> pd.DataFrame:
    """The ``k`` main colours of an image by k-means, largest share first.

    Works on the distinct colours weighted by how many pixels have them, so a photo with
    thousands of shades and a flat ad with three both take a moment. Fixed seed: same answer.
    """
    if isinstance(k, bool) or not isinstance(k, int) or not 1 <= k <= 10:
        raise CourseError(msg("bad_k", k=k))
    rgb = np.asarray(pixels)[..., :3].reshape(-1, 3).astype(float)
    colours, counts = np.unique(rgb, axis=0, return_counts=True)
    k = min(k, len(colours))
    rng = np.random.default_rng(seed)
    centres = colours[rng.choice(len(colours), k, replace=False, p=counts / counts.sum())]
    for _ in range(rounds):
        nearest = ((colours[:, None, :] - centres[None]) ** 2).sum(axis=2).argmin(axis=1)
        moved = np.array([np.average(colours[nearest == j], axis=0, weights=counts[nearest == j])
                          if (nearest == j).any() else centres[j] for j in range(k)])
        if np.allclose(moved, centres):
            break
        centres = moved
    nearest = ((colours[:, None, :] - centres[None]) ** 2).sum(axis=2).argmin(axis=1)
    share = np.bincount(nearest, weights=counts, minlength=k) / counts.sum()
    order = np.argsort(-share, kind="stable")
    return pd.DataFrame({
        "hex": [to_hex(centres[j]) for j in order],
        "name": [colour_name(centres[j]) for j in order],
        "share": share[order].round(3),
    })


def ad_palettes(ads: pd.DataFrame, images: dict[str, bytes], k: int = 3) -> pd.DataFrame:
    """Per ad: the computed main colour next to the world's ``dominant_colour`` label."""
    _require_table(ads, ["creative_id", "image_file", "colour_scheme", "dominant_colour"])
    rows = []
    for ad in ads.itertuples(index=False):
        palette = dominant_colours(decode_png(images[ad.image_file]), k=k)
        rows.append({"creative_id": ad.creative_id, "colour_scheme": ad.colour_scheme,
                     "dominant_colour": ad.dominant_colour, "found_colour": palette["name"].iloc[0],
                     "found_hex": palette["hex"].iloc[0], "share": palette["share"].iloc[0],
                     "palette": " ".join(palette["hex"])})
    out = pd.DataFrame(rows).set_index("creative_id")
    out["match"] = out["found_colour"] == out["dominant_colour"].astype(str)
    return out


def palette_strip(palette: pd.DataFrame, width: int, height: int = 14) -> np.ndarray:
    """The computed colours as a strip of pixels, each as wide as its share of the image."""
    edges = np.round(np.cumsum([0, *palette["share"]]) / palette["share"].sum() * width).astype(int)
    strip = np.full((height, width, 3), 255, np.uint8)
    for colour, left, right in zip(palette["hex"], edges[:-1], edges[1:], strict=True):
        strip[:, left:right] = [int(colour[i:i + 2], 16) for i in (1, 3, 5)]
    return strip


def palettes_picture(ads: pd.DataFrame, images: dict[str, bytes], k: int = 3, per_row: int = 6):
    """Every ad image with a strip of its computed colours underneath (widths = shares)."""
    from .core.plotting import LINE, finish, style

    plt = style()
    rows = -(-len(ads) // per_row)
    fig, axes = plt.subplots(rows, per_row, figsize=(1.9 * per_row, 2.3 * rows), squeeze=False)
    for ax in axes.flat:
        ax.set_axis_off()
    found = []
    for ax, ad in zip(axes.flat, ads.itertuples(index=False), strict=False):
        pixels = decode_png(images[ad.image_file])
        gap = np.full((6, pixels.shape[1], 3), 255, np.uint8)
        palette = dominant_colours(pixels, k=k)
        found.append(palette["name"].iloc[0])
        strip = palette_strip(palette, pixels.shape[1])
        ax.imshow(np.vstack([pixels, gap, strip]), interpolation="nearest")
        height, width = pixels.shape[0] + len(gap), pixels.shape[1]
        ax.add_patch(plt.Rectangle((-0.5, height - 0.5), width, len(strip), fill=False,
                                   edgecolor=LINE, lw=0.6))  # white colours stay visible
        ax.set_title(f"{ad.creative_id} · {ad.colour_scheme}", fontsize=9)
    fig.suptitle(msg("palette_title"), fontsize=12)
    fig.tight_layout()
    return finish(fig, alt=palettes_alt(found, k))


def palettes_alt(main_colours: list[str], k: int) -> str:
    from .core.plotting import alt_sentence

    n = len(main_colours)
    details = []
    if n:
        counts = pd.Series(main_colours).value_counts()
        details.append(msg("palette_most", colour=counts.index[0], count=counts.iloc[0], n=n))
    return alt_sentence("images", msg("palette_alt", n=n, k=k), *details)


def ctr_per_colour(ads: pd.DataFrame, by: str = "dominant_colour") -> pd.DataFrame:
    """Ads, impressions, clicks and click-through rate (clicks / impressions, %) per colour."""
    _require_table(ads, [by, "impressions", "clicks"])
    grouped = ads.groupby(by, observed=True).agg(
        ads=("clicks", "size"), impressions=("impressions", "sum"), clicks=("clicks", "sum"))
    grouped["ctr_percent"] = (100 * grouped["clicks"] / grouped["impressions"]).round(2)
    return grouped.sort_values("ctr_percent", ascending=False)

