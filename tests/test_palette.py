"""The palette stays apart for the common colour-vision deficiencies and in greyscale.

Colour vision is simulated with Machado, Oliveira & Fernandes (2009), "A physiologically-based
model for simulation of color vision deficiency", IEEE TVCG 15(6), at severity 1.0 (the
strongest form: protanopia, deuteranopia, tritanopia), on linear RGB. Distances are CIE76 ΔE
in CIE L*a*b* (D65).
"""

import itertools

import numpy as np
import pytest

from course_lib.core import plotting
from course_lib.core.plotting import HATCHES, PAIR, PALETTE

MACHADO_2009 = {
    "protanopia": [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216],
                   [-0.003882, -0.048116, 1.051998]],
    "deuteranopia": [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413],
                     [-0.011820, 0.042940, 0.968881]],
    "tritanopia": [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602],
                   [0.004733, 0.691367, 0.303900]],
}
# Thresholds. ΔE 2.3 is the commonly cited just-noticeable difference for large flat patches
# (Sharma, Digital Color Imaging Handbook, 2003). Bars, markers and lines in a chart are small
# and seen on a projector, so we ask for about six times that between any two colours that
# share a chart, for every deficiency.
MIN_DELTA_E = 14
# Greyscale (a photocopy, a projector washing out colour): two colours told apart by colour
# alone must differ by a fifth of the black-to-white lightness range. Series beyond two
# (segments) carry hatches as well, so for them only the hatches must differ.
MIN_LIGHTNESS_STEP = 20


def _linear(hex_colour):
    c = np.array([int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)]) / 255
    return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


def _lab(linear_rgb):
    xyz = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722],
                    [0.0193, 0.1192, 0.9505]]) @ np.clip(linear_rgb, 0, 1)
    t = xyz / np.array([0.95047, 1.0, 1.08883])
    f = np.where(t > (6 / 29) ** 3, np.cbrt(t), t / (3 * (6 / 29) ** 2) + 4 / 29)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def lab(hex_colour, deficiency=None):
    rgb = _linear(hex_colour)
    if deficiency:
        rgb = np.array(MACHADO_2009[deficiency]) @ rgb
    return _lab(rgb)


def delta_e(a, b, deficiency=None):
    return float(np.linalg.norm(lab(a, deficiency) - lab(b, deficiency)))


def _groups():
    """The colours that appear side by side in one chart (tests/test_alt_text.py draws them)."""
    from course_lib.course_map import CATEGORY_COLOURS, GDPR_EDGE
    from course_lib.dataplan import STAGE_COLOURS
    from course_lib.sources import FLOW_COLOURS, SOURCE_TYPE_COLOURS

    return {
        "segments (up to five, plot_profiles)": PALETTE[:5],
        "tone words (positive, negative)": PAIR,
        "course map categories": tuple(CATEGORY_COLOURS.values()),
        "course map GDPR frames": (GDPR_EDGE["special"], GDPR_EDGE["sensitive"]),
        "source types": tuple(SOURCE_TYPE_COLOURS.values()),
        "flows": tuple(FLOW_COLOURS.values()),
        "data plan stages": tuple(STAGE_COLOURS.values()),
    }


def test_the_groups_use_only_the_palette():
    for name, colours in _groups().items():
        assert set(colours) <= set(PALETTE), name


@pytest.mark.parametrize("deficiency", [None, *MACHADO_2009])
def test_colours_side_by_side_stay_apart(deficiency):
    smallest = min(
        (delta_e(a, b, deficiency), name, a, b)
        for name, colours in _groups().items()
        for a, b in itertools.combinations(colours, 2)
    )
    print(f"smallest ΔE ({deficiency or 'normal vision'}): {smallest[0]:.1f} "
          f"in {smallest[1]}: {smallest[2]} vs {smallest[3]}")
    assert smallest[0] >= MIN_DELTA_E, smallest


def test_pairs_told_apart_by_colour_alone_survive_greyscale():
    pairs = {"tone words": PAIR, "identity map ours/theirs": (plotting.BLUE, plotting.ORANGE)}
    for name, (a, b) in pairs.items():
        step = abs(lab(a)[0] - lab(b)[0])
        print(f"lightness step {name}: {step:.1f}")
        assert step >= MIN_LIGHTNESS_STEP, name


def test_series_beyond_two_carry_distinct_hatches():
    lightness = sorted(lab(c)[0] for c in PALETTE[:5])
    print(f"smallest lightness step between segment colours: {min(np.diff(lightness)):.1f}"
          " (hatches carry them)")
    assert len(set(HATCHES[:5])) == 5


def test_text_colours_of_our_html_reach_4_5_to_1():
    """WCAG 1.4.3: the few coloured texts we write ourselves (tone words, cards, the site)."""
    from course_lib.core.plotting import BLUE, MUTED, ORANGE, shade

    def luminance(hex_colour):
        return float(np.array([0.2126, 0.7152, 0.0722]) @ _linear(hex_colour))

    for colour in (BLUE, shade(ORANGE, 0.4), MUTED, "#555555"):
        ratio = (1.05) / (luminance(colour) + 0.05)
        assert ratio >= 4.5, (colour, ratio)
