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


def _bytes_table(labels) -> np.ndarray:
    """Labels -> a (len(labels), width) matrix of their UTF-8 bytes, padded with zero bytes."""
    raw = [str(x).encode() for x in labels]
    table = np.zeros((len(raw), max([1, *map(len, raw)])), dtype=np.uint8)
    for i, b in enumerate(raw):
        table[i, :len(b)] = np.frombuffer(b, dtype=np.uint8)
    return table


def _strings(blocks: list[np.ndarray], valid: np.ndarray | None = None) -> pa.Array:
    """Byte blocks side by side, one row per string, zero bytes dropped -> a large_string array.

    Every piece is padded with zero bytes to a fixed width, so a whole column of strings is
    built in one numpy pass instead of one Python string per row.
    """
    chars = np.concatenate(blocks, axis=1) if len(blocks) > 1 else blocks[0]
    keep = chars != 0
    if valid is not None:
        keep &= valid[:, None]
    offsets = np.zeros(len(chars) + 1, dtype=np.int64)
    np.cumsum(keep.sum(axis=1), out=offsets[1:])
    bitmap = None if valid is None else pa.py_buffer(np.packbits(valid, bitorder="little"))
    return pa.LargeStringArray.from_buffers(
        len(chars), pa.py_buffer(offsets), pa.py_buffer(chars[keep]), bitmap,
        null_count=-1 if valid is None else int((~valid).sum()))


def _series(values: pa.Array) -> pd.Series:
    return pd.Series(values, dtype="string[pyarrow]")


def _later_repeats(codes: np.ndarray) -> np.ndarray:
    """duplicated(keep="first") for codes numbered in order of first appearance."""
    seen = np.maximum.accumulate(codes)
    return np.concatenate([[False], codes[1:] <= seen[:-1]])


def _duplicated(values: pa.Array) -> np.ndarray:
    """pandas' duplicated(keep="first") for a string array."""
    return _later_repeats(pc.dictionary_encode(values).indices.to_numpy(zero_copy_only=False))


def _number_bytes(values: np.ndarray, width: int) -> np.ndarray:
    """Non-negative integers as their decimal digits, right-aligned in zero-padded rows."""
    digits = digit_columns(values, width)
    n_digits = 1 + sum((values >= 10 ** k).astype(int) for k in range(1, width))
    digits[np.arange(width)[None, :] < (width - n_digits)[:, None]] = 0
    return digits


FIRST_ASCII = [ascii_name(x) for x in FIRST_NAMES]
LAST_ASCII = [ascii_name(x) for x in LAST_NAMES]


def emails(rng: np.random.Generator, first: np.ndarray, last: np.ndarray,
           birth_year: np.ndarray) -> pd.Series:
    """Unique private addresses in the usual Swedish patterns, a few with stray capitals.

    Patterns: anna.berg, annaberg, a.berg, anna.berg.12 and anna85.
    """
    n = len(first)
    digits = rng.integers(1, 99, n)
    pattern = rng.choice(5, n, p=[0.35, 0.15, 0.15, 0.2, 0.15])
    domains = list(EMAIL_DOMAINS)
    share = np.array(list(EMAIL_DOMAINS.values()))
    domain = rng.choice(len(domains), n, p=share / share.sum())
    initials = pc.utf8_slice_codeunits(pa.array(FIRST_ASCII), 0, 1).to_pylist()
    numbers = [str(i) for i in range(100)]
    local = [
        _bytes_table(FIRST_ASCII + initials)[first + len(FIRST_ASCII) * (pattern == 2)],
        _bytes_table(["", "."])[((pattern != 1) & (pattern != 4)).astype(np.intp)],
        _bytes_table(LAST_ASCII + numbers)[
            np.where(pattern == 4, len(LAST_ASCII) + birth_year % 100, last)],
        _bytes_table([""] + ["." + x for x in numbers])[np.where(pattern == 3, 1 + digits, 0)],
    ]
    at_domain = _bytes_table(["@" + d for d in domains])[domain]
    address = _strings([*local, at_domain])
    dup = _duplicated(address)
    width = len(str(max(n - 1, 0)))
    while dup.any():  # give the later namesake a number (its row number), until unique
        rows = np.flatnonzero(dup)
        serial = np.zeros((n, width), dtype=np.uint8)
        serial[rows] = _number_bytes(rows, width)
        local.append(serial)
        changed = _strings([block[rows] for block in [*local, at_domain]])
        address = pc.replace_with_mask(address, pa.array(dup), changed)
        if len(rows) > n // 8:
            dup = _duplicated(address)
            continue
        # Unchanged addresses were already unique, so only the changed ones can clash.
        clash = pc.is_in(address, value_set=pc.unique(changed))
        dup = np.zeros(n, dtype=bool)
        dup[clash.to_numpy(zero_copy_only=False)] = _duplicated(address.filter(clash))
    # People type their address as they like; the identity module normalises it.
    capital = rng.random(n) < 0.04
    if capital.any():
        mask = pa.array(capital)
        address = pc.replace_with_mask(address, mask, pc.utf8_capitalize(address.filter(mask)))
    return _series(address)


def digit_columns(values: np.ndarray, width: int) -> np.ndarray:
    """Non-negative integers -> (n, width) ASCII digit bytes, zero-filled on the left."""
    rest = np.array(values, dtype=np.int64)
    digits = np.empty((len(rest), width), dtype=np.uint8)
    for j in range(width - 1, -1, -1):  # division by a scalar is fast in numpy
        rest, digits[:, j] = np.divmod(rest, 10)
    digits += ord("0")
    return digits


def _fixed(text: str, n: int) -> np.ndarray:
    return np.broadcast_to(np.frombuffer(text.encode(), dtype=np.uint8), (n, len(text.encode())))


def fixed_width_text(prefix: str, numbers: np.ndarray, width: int) -> pd.Series:
    """``prefix`` and each number zero-filled to ``width`` digits (numbers below 10**width)."""
    return _series(_strings([_fixed(prefix, len(numbers)), digit_columns(numbers, width)]))


def phones(rng: np.random.Generator, n: int, missing_share: float = 0.08) -> pd.Series:
    """Unique Swedish mobile numbers written the ways customers write them; some left empty.

    Styles: 070-123 45 67 (most), +46 70 123 45 67 and 0701234567.
    """
    number = rng.choice(len(MOBILE_PREFIXES) * 10_000_000, n, replace=False)
    style = rng.choice(3, n, p=[0.8, 0.1, 0.1])
    present = rng.random(n) >= missing_share
    prefix = _bytes_table(MOBILE_PREFIXES)[number // 10_000_000]
    rest = digit_columns(number % 10_000_000, 7)
    a, b, c = rest[:, :3], rest[:, 3:5], rest[:, 5:]
    space = _fixed(" ", n)
    written = [
        [_fixed("0", n), prefix, _fixed("-", n), a, space, b, space, c],
        [_fixed("+46 ", n), prefix, space, a, space, b, space, c],
        [_fixed("0", n), prefix, rest],
    ]
    chars = np.zeros((n, 16), dtype=np.uint8)
    for k, blocks in enumerate(written):
        rows = style == k
        block = np.concatenate([x[rows] for x in blocks], axis=1)
        chars[rows, :block.shape[1]] = block
    return _series(_strings([chars], valid=present))
