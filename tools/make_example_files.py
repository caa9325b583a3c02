"""Write the example "own customer file" of notebook 10, as a Swedish Excel would export it.

    python tools/make_example_files.py

data/examples/kunder_exempel.csv: 400 customers of the synthetic world, with Swedish column
names, `;` between fields, decimal comma, spaces between thousands, dates as yyyy-mm-dd (as
Excel with Swedish regional settings writes them),
ja/nej, a byte-order mark and Windows line endings. data/examples/kunder_trasig.csv: the
first 30 of them with one typing mistake, to show the load report naming its row and column.
Deterministic: running it twice gives the same bytes.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from course_lib import datasets  # noqa: E402

OUT = ROOT / "data" / "examples"
ROWS = 400
BROKEN_ROWS = 30
BROKEN_AT = 12  # index in the body; Excel shows it as row 13 (the header is row 1)


def _kronor(value: float) -> str:
    whole, ore = divmod(round(value * 100), 100)
    return f"{whole:,}".replace(",", " ") + f",{ore:02d}"


def _lines() -> list[str]:
    customers = datasets.load().customers.head(ROWS)
    rng = np.random.default_rng(6)
    ore = rng.integers(0, 100, len(customers)) / 100  # shops sell at 1 249,50 too
    header = ["Kundnr", "Förnamn", "E-post", "Mobil", "Ålder", "Kön", "Kommun", "Boende",
              "Intresse", "Köpt för (kr)", "Senaste köp", "Samtycke annonser"]
    lines = [";".join(header)]
    for (_, c), extra in zip(customers.iterrows(), ore, strict=True):
        last = "" if pd.isna(c.last_order_date) else c.last_order_date.strftime("%Y-%m-%d")
        spent = _kronor(c.revenue_12m + extra) if c.revenue_12m else "0"
        cells = [c.customer_id.replace("C", "K"), c.first_name, c.email,
                 "" if pd.isna(c.phone) else c.phone, str(c.age),
                 str(c.gender).capitalize(), str(c.city), str(c.housing).capitalize(),
                 str(c.main_interest).capitalize(), spent, last,
                 "ja" if c.consent_ads else "nej"]
        lines.append(";".join(cells))
    return lines


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    lines = _lines()
    good = "\r\n".join(lines) + "\r\n"
    (OUT / "kunder_exempel.csv").write_bytes(b"\xef\xbb\xbf" + good.encode("utf-8"))
    broken = lines[: BROKEN_ROWS + 1]
    cells = broken[BROKEN_AT].split(";")
    cells[4] += " år"  # someone typed "42 år" in the age column
    broken[BROKEN_AT] = ";".join(cells)
    text = "\r\n".join(broken) + "\r\n"
    (OUT / "kunder_trasig.csv").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    print(f"wrote {len(lines) - 1} + {BROKEN_ROWS} rows to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
