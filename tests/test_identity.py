"""Identifiers: cleaning, checking and the fast path for mobile numbers agree with libphonenumber."""

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from course_lib import identity
from tests.examples import examples

DIGITS = st.text("0123456789", min_size=0, max_size=12)
SEPARATORS = st.sampled_from(["", " ", "-", "\u00a0", "(", ")", "."])


@st.composite
def phone_numbers(draw):
    start = draw(st.sampled_from(["07", "070", "076", "08", "0", "00", "+46", "+46 7", "+47", "7", ""]))
    parts = [start] + [draw(DIGITS) + draw(SEPARATORS) for _ in range(draw(st.integers(1, 4)))]
    return "".join(parts)


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(phone_numbers(), min_size=1, max_size=30), st.sampled_from(["SE", "NO", "DK"]),
       st.sampled_from(["meta", "google"]))
def test_the_fast_path_for_mobiles_gives_what_libphonenumber_gives(numbers, region, platform):
    values = pd.Series(numbers)
    fast = identity.hash_phones(values, platform, region=region)
    slow = [identity.normalize_phone(v, platform, region=region) for v in numbers]
    expected = [identity.sha256_hex(v) if v else None for v in slow]
    assert [None if pd.isna(v) else v for v in fast] == expected


def test_invisible_characters_and_odd_spaces_are_removed():
    assert identity.clean_text("\u200b anna@exempel.se\u00a0\ufeff") == "anna@exempel.se"
    assert identity.normalize_phone("070\u00a0123\u202f45 67") == "46701234567"


def test_country_names_read_phone_numbers_of_that_country():
    assert identity.country_code("Norge") == "NO" and identity.country_code("se") == "SE"
    assert identity.country_code(None) == "SE" and identity.country_code("Atlantis") == "SE"


def test_junk_is_never_an_e_mail_address():
    for junk in ("n/a", "-", "anna@", "@exempel.se", "anna@@exempel.se", "anna exempel@x.se",
                 "anna@exempel", "anna@exempel.s", "'=1+1'@x.se", "okänd"):
        assert identity.normalize_email(junk) is None, junk
    for good in ("anna.svensson@gmail.com", "Bo+nyhetsbrev@Exempel.SE", "åsa@åäö.se"):
        assert identity.normalize_email(good) == good.lower()
