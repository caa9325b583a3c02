"""Names, e-mail addresses and Swedish mobile numbers, built column-wise (never per person)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

WOMEN = ["Anna", "Eva", "Maria", "Karin", "Sara", "Kristina", "Lena", "Emma", "Kerstin",
         "Ingrid", "Sofia", "Linnéa", "Elin", "Ida", "Johanna", "Malin", "Hanna", "Julia",
         "Ebba", "Maja", "Astrid", "Elsa", "Alice", "Wilma", "Freja", "Agnes", "Saga", "Klara",
         "Amira", "Fatima"]
MEN = ["Lars", "Mikael", "Anders", "Johan", "Erik", "Per", "Karl", "Peter", "Thomas", "Daniel",
       "Fredrik", "Hans", "Jan", "Oscar", "Alexander", "William", "Lucas", "Liam", "Hugo",
       "Elias", "Nils", "Olle", "Axel", "Ahmed", "Mohammed", "Ali", "Viktor", "Gustav", "Björn",
       "Sven"]
FIRST_NAMES = WOMEN + MEN
LAST_NAMES = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson",
              "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson",
              "Bengtsson", "Jönsson", "Lindberg", "Jakobsson", "Magnusson", "Lindström",
              "Olofsson", "Lindqvist", "Lindgren", "Berg", "Axelsson", "Bergström", "Lundberg",
              "Lind", "Lundgren", "Mattsson", "Åberg", "Öberg", "Holm", "Nyström", "Hassan",
              "Virtanen", "Nguyen", "Yilmaz", "Korhonen", "Ibrahim"]
# The e-mail providers Swedes use, with rough shares.
EMAIL_DOMAINS = {"gmail.com": 0.36, "hotmail.com": 0.15, "outlook.com": 0.10, "icloud.com": 0.10,
                 "telia.com": 0.08, "live.se": 0.06, "yahoo.se": 0.04, "bredband.net": 0.04,
                 "comhem.se": 0.04, "proton.me": 0.03}
MOBILE_PREFIXES = ["70", "72", "73", "76"]


def ascii_name(name: str) -> str:
    """What a name becomes in an e-mail address: Linnéa -> linnea, Åberg -> aberg."""
    table = str.maketrans("åäöéüÅÄÖÉÜ", "aaoeuAAOEU")
    return name.translate(table).lower()


def first_names(rng: np.random.Generator, gender_codes: np.ndarray) -> np.ndarray:
    """Index into FIRST_NAMES; gender code 0 = woman, 1 = man, 2 = another/unspecified."""
    n = len(gender_codes)
    woman = rng.integers(0, len(WOMEN), n)
    man = len(WOMEN) + rng.integers(0, len(MEN), n)
    either = rng.integers(0, len(FIRST_NAMES), n)
    return np.where(gender_codes == 0, woman, np.where(gender_codes == 1, man, either))


def _take(labels: list[str], index: np.ndarray) -> pa.Array:
    return pa.array(np.asarray(labels, dtype=object)[index], type=pa.string())


def emails(rng: np.random.Generator, first: np.ndarray, last: np.ndarray,
           birth_year: np.ndarray) -> pd.Series:
    """Unique private addresses in the usual Swedish patterns, a few with stray capitals."""
    n = len(first)
    f = _take([ascii_name(x) for x in FIRST_NAMES], first)
    s = _take([ascii_name(x) for x in LAST_NAMES], last)
    initial = pc.utf8_slice_codeunits(f, 0, 1)
    digits = pa.array(rng.integers(1, 99, n).astype(str).astype(object))
    year = pa.array((birth_year % 100).astype(str).astype(object))
    pattern = rng.choice(5, n, p=[0.35, 0.15, 0.15, 0.2, 0.15])
    local = pc.case_when(
        pc.make_struct(*[pa.array(pattern == k) for k in range(4)]),
        pc.binary_join_element_wise(f, s, "."),
        pc.binary_join_element_wise(f, s, ""),
        pc.binary_join_element_wise(initial, s, "."),
        pc.binary_join_element_wise(f, s, digits, "."),
        pc.binary_join_element_wise(f, year, ""),
    )
    domains = list(EMAIL_DOMAINS)
    share = np.array(list(EMAIL_DOMAINS.values()))
    domain = _take(domains, rng.choice(len(domains), n, p=share / share.sum()))
    local = pd.Series(local, dtype="string[pyarrow]")
    domain = pd.Series(domain, dtype="string[pyarrow]")
    address = local + "@" + domain
    serial = pd.Series(np.arange(n).astype(str), dtype="string[pyarrow]")
    while address.duplicated().any():  # rare: give the later namesake a number
        dup = address.duplicated().to_numpy()
        local = local.where(~dup, local + serial)
        address = local + "@" + domain
    # People type their address as they like; the identity module normalises it.
    capital = rng.random(n) < 0.04
    address = address.where(~capital, address.str.capitalize())
    return address.astype("string[pyarrow]")


def phones(rng: np.random.Generator, n: int, missing_share: float = 0.08) -> pd.Series:
    """Unique Swedish mobile numbers written the ways customers write them; some left empty."""
    number = rng.choice(len(MOBILE_PREFIXES) * 10_000_000, n, replace=False)
    prefix = pd.Series(np.asarray(MOBILE_PREFIXES, dtype=object)[number // 10_000_000],
                       dtype="string[pyarrow]")
    rest = pd.Series((number % 10_000_000).astype(str), dtype="string[pyarrow]").str.zfill(7)
    a, b, c = rest.str.slice(0, 3), rest.str.slice(3, 5), rest.str.slice(5, 7)
    local = "0" + prefix + "-" + a + " " + b + " " + c
    plus = "+46 " + prefix + " " + a + " " + b + " " + c
    bare = "0" + prefix + rest
    style = rng.choice(3, n, p=[0.8, 0.1, 0.1])
    text = local.where(style == 0, plus.where(style == 1, bare))
    return text.where(rng.random(n) >= missing_share).astype("string[pyarrow]")
