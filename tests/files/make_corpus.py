"""Write the corpus of awkward customer files the loader is tested on (tests/files/corpus/).

    .venv/bin/python tests/files/make_corpus.py

Each file is shaped like a real export (Shopify, Mailchimp, HubSpot, Salesforce, a retail
transactions file, Kaggle's "marketing campaign", Swedish Excel) or like a real mistake (a title
row, duplicate headers, a picture renamed .csv). Every person is invented: "Anna Exempel",
e-mail addresses at example.com and exempel.se, phone numbers from the series 070-174 06 xx that
Swedish authorities set aside for fiction. What each file should give is in expected.toml, which
the tests read. Text files come out byte for byte the same every run.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent / "corpus"

PEOPLE = [  # first, last, city, e-mail
    ("Anna", "Exempel", "Stockholm", "anna.exempel@example.com"),
    ("Bo", "Testsson", "Göteborg", "bo.testsson@exempel.se"),
    ("Cecilia", "Prov", "Malmö", "cecilia.prov@example.com"),
    ("David", "Demo", "Umeå", "david.demo@exempel.se"),
    ("Eva", "Exempelsson", "Växjö", "eva@example.com"),
    ("Fredrik", "Fiktiv", "Luleå", "fredrik.fiktiv@exempel.se"),
]


def phone(n: int, style: str = "sv") -> str:
    """A number from 070-174 06 05..99, kept for fiction by the Swedish telecom authority."""
    local = f"070-174 06 {5 + n:02d}"
    return {"sv": local, "plain": local.replace("-", "").replace(" ", ""),
            "intl": "+46 70 174 06 " + f"{5 + n:02d}"}[style]


def lines(rows: list[list[str]], sep: str, end: str = "\n") -> str:
    return end.join(sep.join(row) for row in rows) + end


# ---------------------------------------------------------------- exports shaped like real ones


def shopify() -> bytes:
    header = ["Customer ID", "First Name", "Last Name", "Email", "Accepts Email Marketing",
              "Default Address Company", "Default Address Address1", "Default Address City",
              "Default Address Province Code", "Default Address Country Code",
              "Default Address Zip", "Default Address Phone", "Phone", "Accepts SMS Marketing",
              "Total Spent", "Total Orders", "Note", "Tax Exempt", "Tags"]
    rows = [header]
    for n, (first, last, city, mail) in enumerate(PEOPLE):
        rows.append([
            f"'{7012345678900 + n}", first, last, mail, "yes" if n % 2 == 0 else "no", "",
            f"Exempelgatan {n + 1}", city, "", "SE", f"'{11122 + 1000 * n}", phone(n, "intl"),
            phone(n, "intl") if n % 3 else "", "no", f"{125.5 * (n + 1):.2f}", str(n + 1),
            "" if n != 2 else '"Ringer hellre än mejlar, säger ""nej"" till SMS"', "no",
            '"vip, nyhetsbrev"' if n % 2 == 0 else "nyhetsbrev"])
    return lines(rows, ",").encode("utf-8")


def mailchimp() -> bytes:
    header = ["Email Address", "First Name", "Last Name", "Address", "Phone Number", "Birthday",
              "MEMBER_RATING", "OPTIN_TIME", "OPTIN_IP", "CONFIRM_TIME", "CONFIRM_IP",
              "LATITUDE", "LONGITUDE", "GMTOFF", "DSTOFF", "TIMEZONE", "CC", "REGION",
              "LAST_CHANGED", "LEID", "EUID", "NOTES", "TAGS"]
    rows = [header]
    for n, (first, last, city, mail) in enumerate(PEOPLE):
        rows.append([
            mail, first, last, f'"Exempelgatan {n + 1}  {city}  {11122 + n}  SE"', phone(n),
            f"0{n + 1}/1{n}", str(2 + n % 4), f"2024-0{n + 1}-1{n} 10:2{n}:11", "",
            f"2024-0{n + 1}-1{n} 10:3{n}:00", "", "", "", "", "", "", "SE", "",
            f"2024-0{n + 2}-01 08:00:00", str(1000 + n), f"abc{n}def", "", '"Kund 2024"'])
    return lines(rows, ",").encode("utf-8")


def salesforce() -> bytes:
    header = ["Contact ID", "First Name", "Last Name", "Email", "Phone", "Mailing City",
              "Mailing Zip/Postal Code", "Mailing Country", "Email Opt Out", "Created Date",
              "Birthdate", "Lead Source"]
    births = ["12/24/1985", "3/5/1990", "7/19/1978", "11/30/2001", "1/2/1969", "6/15/1994"]
    rows = [header]
    for n, (first, last, city, mail) in enumerate(PEOPLE):
        rows.append([f"0035g00000AbCd{n}AAV", first, last, mail, phone(n, "intl"), city,
                     f"{11122 + 1000 * n}", "Sweden", str(n % 2), f"3/{n + 1}/2024",
                     births[n], "Web" if n % 2 else "Event"])
    return lines(rows, ",", "\r\n").encode("utf-8")


def hubspot() -> bytes:
    header = ["Record ID", "First Name", "Last Name", "Email", "Phone Number", "City",
              "Country/Region", "Postal Code", "Create Date", "Lifecycle Stage",
              "Marketing contact status", "Annual Revenue", "GDPR-samtycke"]
    rows = [header]
    for n, (first, last, city, mail) in enumerate(PEOPLE):
        rows.append([str(5100 + n), first, last, mail, phone(n), city, "Sweden",
                     f"{11122 + 1000 * n}", f"2024-03-0{n + 1} 14:0{n}", "lead",
                     "Marketing contact" if n % 2 else "Non-marketing contact",
                     f"{(n + 1) * 1500}", "true" if n % 2 else "false"])
    return lines(rows, ",").encode("utf-8")


def retail() -> bytes:
    """Like the UCI "Online Retail" file: US dates, cancellations as C536379."""
    header = ["InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice",
              "CustomerID", "Country"]
    rows = [header,
            ["536365", "85123A", "WHITE HANGING HEART T-LIGHT HOLDER", "6", "12/1/2010 8:26",
             "2.55", "17850", "United Kingdom"],
            ["536365", "71053", "WHITE METAL LANTERN", "6", "12/1/2010 8:26", "3.39", "17850",
             "United Kingdom"],
            ["536366", "22633", "HAND WARMER UNION JACK", "6", "12/1/2010 8:28", "1.85", "17850",
             "United Kingdom"],
            ["C536379", "D", "Discount", "-1", "12/1/2010 9:41", "27.5", "14527",
             "United Kingdom"],
            ["536380", "22961", "JAM MAKING SET PRINTED", "24", "12/1/2010 9:41", "1.45", "",
             "United Kingdom"],
            ["537226", "22811", '"SET OF 6 T-LIGHTS CACTI "', "6", "12/6/2010 8:34", "2.95",
             "15987", "Sweden"],
            ["C537251", "22744", "MAKE YOUR OWN MONSOON CARD KIT", "-2", "12/6/2010 10:45",
             "2.95", "12748", "United Kingdom"],
            ["538172", "21562", "HAWAIIAN GRASS SKIRT", "12", "12/13/2010 9:02", "1.25",
             "15987", "Sweden"]]
    return lines(rows, ",", "\r\n").encode("utf-8")


def kaggle_campaign() -> bytes:
    """Like Kaggle's "marketing campaign": tab separated, Year_Birth, Dt_Customer, Income."""
    header = ["ID", "Year_Birth", "Education", "Marital_Status", "Income", "Kidhome",
              "Teenhome", "Dt_Customer", "Recency", "MntWines", "NumWebPurchases",
              "AcceptedCmp1", "Complain", "Response"]
    data = [["5524", "1957", "Graduation", "Single", "58138", "0", "0", "04-09-2012", "58",
             "635", "8", "0", "0", "1"],
            ["2174", "1954", "Graduation", "Single", "46344", "1", "1", "08-03-2014", "38",
             "11", "1", "0", "0", "0"],
            ["4141", "1965", "Graduation", "Together", "71613", "0", "0", "21-08-2013", "26",
             "426", "8", "0", "0", "0"],
            ["6182", "1984", "Graduation", "Together", "26646", "1", "0", "10-02-2014", "26",
             "11", "2", "0", "0", "0"],
            ["5324", "1981", "PhD", "Married", "", "1", "0", "19-01-2014", "94", "173", "5",
             "0", "0", "0"],
            ["7446", "1967", "Master", "Together", "62513", "0", "1", "09-09-2013", "16", "520",
             "6", "0", "0", "0"]]
    return lines([header] + data, "\t").encode("utf-8")


def swedish_cp1252() -> bytes:
    """Swedish Excel on Windows: cp1252, ;, decimal comma, non-breaking thousand spaces."""
    rows = [["Kundnr", "Namn", "Kön", "Ort", "Inkomst", "Köpt för (kr)", "Senaste köp",
             "Samtycke e-post"]]
    for n, (first, last, city, _) in enumerate(PEOPLE):
        rows.append([f"K{n + 1:04d}", f"{first} {last}", "Kvinna" if n % 2 == 0 else "Man",
                     city, f"{28 + n}\u00a0500", f"{1 + n}\u00a0234,{n}0", f"2024-03-{n + 1:02d}",
                     "ja" if n % 3 else "nej"])
    return lines(rows, ";", "\r\n").encode("cp1252")


def swedish_bom() -> bytes:
    rows = [["Kund-ID", "Förnamn", "Ålder", "Postnummer", "Mobilnummer", "Registreringsdatum",
             "Årsinkomst", "Samtycke annonser"]]
    for n, (first, _, _, _) in enumerate(PEOPLE):
        rows.append([str(101 + n), first, str(25 + 7 * n), f"0{n + 1}2 34" if n < 2 else
                     f"{n + 1}12 34", phone(n), f"{10 + n:02d}-0{n + 1}-2023", f"{310 + n} 000",
                     "Ja" if n % 2 else "Nej"])
    return b"\xef\xbb\xbf" + lines(rows, ";", "\r\n").encode("utf-8")


# ---------------------------------------------------------------- Excel workbooks


def workbook_two_sheets() -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    customers = book.active
    customers.title = "Kunder"
    customers.append(["Kundlista från kassan"])
    customers.append([])
    customers.append(["Kundnr", "Namn", "Ort", "Kund sedan", "Senaste köp", "Belopp",
                      "Nyhetsbrev"])
    for n, (first, last, city, _) in enumerate(PEOPLE):
        customers.append([f"K{n + 1:04d}", f"{first} {last}", city, dt.datetime(2020 + n, 1, 15),
                          dt.datetime(2024, 3, n + 1, 9 + n, 30), 1234.5 + n, n % 2 == 0])
    orders = book.create_sheet("Ordrar")
    orders.append(["Ordernr", "Kundnr", "Belopp"])
    orders.append(["O1", "K0001", 99.5])
    return _saved(book)


def workbook_serial_numbers() -> bytes:
    """Dates stored as plain numbers (45292) in date-named columns, as some exports do."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Blad1"
    sheet.append(["Kundnr", "Datum", "OrderDate", "Antal"])
    for n in range(6):
        sheet.append([f"K{n + 1}", 45292 + n, 45292.5 + n, n + 1])
    return _saved(book)


def _saved(book) -> bytes:
    book.properties.created = book.properties.modified = dt.datetime(2024, 3, 1)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


# ---------------------------------------------------------------- awkward shapes


def title_row() -> bytes:
    rows = [["Kundlista Fjällgården, exporterad 2024-03-01"], [""], ["Kundnr", "Namn", "Ort",
                                                                     "Ålder"]]
    rows += [[f"K{n}", f"{p[0]} {p[1]}", p[2], str(30 + n)] for n, p in enumerate(PEOPLE)]
    return lines(rows, ";").encode("utf-8")


def duplicate_headers() -> bytes:
    rows = [["Namn", "E-post", "Namn", "Telefon", "Telefon"]]
    rows += [[p[0], p[3], p[1], phone(n), phone(n, "intl")] for n, p in enumerate(PEOPLE)]
    return lines(rows, ";").encode("utf-8")


def missing_markers() -> bytes:
    ages = ["34", "okänd", "52", "saknas", "vet ej", "-", "41", "N/A"]
    incomes = ["32 000", "–", "41 000", "NULL", "28 500", "?", "#N/A", "39 000"]
    rows = [["Kundnr", "Ålder", "Inkomst", "Kön"]]
    genders = ["Kvinna", "Man", "okänd", "Kvinna", "Man", "", "Kvinna", "None"]
    rows += [[f"K{n}", a, i, g] for n, (a, i, g) in enumerate(zip(ages, incomes, genders,
                                                                    strict=True))]
    return lines(rows, ";").encode("utf-8")


def excel_serials_csv() -> bytes:
    rows = [["Kundnr", "Datum", "Belopp"]] + [[f"K{n}", str(45292 + 30 * n), f"{n},5"]
                                              for n in range(6)]
    return lines(rows, ";").encode("utf-8")


def mixed_orders() -> bytes:
    dates = ["05/03/2024", "25/03/2024", "07/03/2024", "03/26/2024", "11/03/2024"]
    rows = [["Kundnr", "Köpdatum"]] + [[f"K{n}", d] for n, d in enumerate(dates)]
    return lines(rows, ";").encode("utf-8")


def ambiguous_dates() -> bytes:
    dates = ["01/02/2024", "03/04/2024", "05/06/2024", "07/08/2024"]
    rows = [["Kundnr", "Senaste köp"]] + [[f"K{n}", d] for n, d in enumerate(dates)]
    return lines(rows, ";").encode("utf-8")


def quoted_newlines() -> bytes:
    text = ('Kundnr;Kommentar\n'
            'K1;"Ringer hellre än mejlar.\nVill ha katalogen; inte nyhetsbrevet."\n'
            'K2;"Flyttade till Umeå;\nny adress kommer"\n'
            'K3;Inga önskemål\n')
    return text.encode("utf-8")


def trailing_separator() -> bytes:
    rows = [["Kundnr", "Ålder", "Ort", ""]] + [[f"K{n}", str(20 + n), p[2], ""]
                                               for n, p in enumerate(PEOPLE)]
    return lines(rows, ";").encode("utf-8")


def too_many_fields() -> bytes:
    return "Kundnr;Namn;Ort\nK1;Anna;Umeå\nK2;Bo;Luleå\nK3;Cecilia Prov;Malmö;Skåne;SE\n".encode()


def unclosed_quote() -> bytes:
    rows = ["Kundnr;Namn;Ort", 'K1;"Anna Exempel;Umeå'] + [f"K{n};Namn {n};Ort {n}"
                                                          for n in range(2, 8)]
    return ("\n".join(rows) + "\n").encode("utf-8")


def odd_cell_in_numbers() -> bytes:
    ages = ["34", "52", "82 år", "41", "29", "63", "47", "38", "55", "71"]
    rows = [["Kundnr", "Ålder"]] + [[f"K{n}", a] for n, a in enumerate(ages)]
    return lines(rows, ";").encode("utf-8")


def identifiers() -> bytes:
    rows = [["Kundnummer", "Postnr", "Telefon", "Fakturanummer", "Antal"]]
    rows += [[f"{n:06d}", f"0{n}123", phone(n, "plain"), f"{1000 + n}" if n != 3 else "C1003",
              str(n)] for n in range(1, 7)]
    return lines(rows, ";").encode("utf-8")


def blank_rows() -> bytes:
    text = "Kundnr;Ort\nK1;Umeå\n\nK2;Luleå\n;\nK3;Malmö\n\n\n"
    return text.encode("utf-8")


def pipe_separated() -> bytes:
    rows = [["customer_id", "age", "city", "revenue"]]
    rows += [[str(n), str(30 + n), p[2], f"{1234.5 * (n + 1):,.2f}"] for n, p in
             enumerate(PEOPLE)]
    return lines(rows, "|").encode("utf-8")


def utf16_tabs() -> bytes:
    """Excel's "Unicode text": UTF-16 with a byte-order mark, tab separated."""
    rows = [["Namn", "Ort", "Ålder"]] + [[p[0], p[2], str(30 + n)] for n, p in enumerate(PEOPLE)]
    return lines(rows, "\t", "\r\n").encode("utf-16")


def csv_named_xlsx() -> bytes:
    return "Kundnr;Ort\nK1;Umeå\nK2;Luleå\n".encode()


def header_only() -> bytes:
    return "Kundnr;Namn;Ort;Ålder\r\n".encode()


def no_header() -> bytes:
    return b"1;34;5000\n2;45;6200\n3;29;4100\n"


# ---------------------------------------------------------------- not tables at all


PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00"
       b"\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xcf\xc0\xf0\x1f\x00\x05\x00\x01\xff"
       b"\x89\x99=\x1d\x00\x00\x00\x00IEND\xaeB`\x82")
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9"
PDF = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
OLD_EXCEL = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)


def zip_with_csv() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        info = zipfile.ZipInfo("kunder.csv", date_time=(2024, 3, 1, 0, 0, 0))
        archive.writestr(info, "Kundnr;Ort\nK1;Umeå\n")
    return buffer.getvalue()


def binary_junk() -> bytes:
    return bytes((n * 37 + 11) % 256 for n in range(2048))


FILES = {
    "shopify_customers.csv": shopify,
    "mailchimp_audience.csv": mailchimp,
    "salesforce_contacts.csv": salesforce,
    "hubspot_contacts.csv": hubspot,
    "retail_transactions_us_dates.csv": retail,
    "kaggle_marketing_campaign.csv": kaggle_campaign,
    "swedish_excel_cp1252.csv": swedish_cp1252,
    "swedish_bom_crlf.csv": swedish_bom,
    "two_sheets_date_cells.xlsx": workbook_two_sheets,
    "excel_serial_numbers.xlsx": workbook_serial_numbers,
    "title_row_above_header.csv": title_row,
    "duplicate_headers.csv": duplicate_headers,
    "missing_markers.csv": missing_markers,
    "excel_serial_dates.csv": excel_serials_csv,
    "mixed_day_month_orders.csv": mixed_orders,
    "ambiguous_dates.csv": ambiguous_dates,
    "quoted_newlines_two_columns.csv": quoted_newlines,
    "trailing_separator.csv": trailing_separator,
    "too_many_fields.csv": too_many_fields,
    "unclosed_quote.csv": unclosed_quote,
    "odd_cell_in_numbers.csv": odd_cell_in_numbers,
    "identifiers_leading_zeros.csv": identifiers,
    "blank_rows.csv": blank_rows,
    "pipe_separated.csv": pipe_separated,
    "excel_unicode_text_utf16.txt": utf16_tabs,
    "csv_text_named.xlsx": csv_named_xlsx,
    "header_only.csv": header_only,
    "no_header.csv": no_header,
    "empty.csv": lambda: b"",
    "picture_png.csv": lambda: PNG,
    "photo_jpeg.xlsx": lambda: JPEG,
    "document_pdf.csv": lambda: PDF,
    "old_excel.xls": lambda: OLD_EXCEL,
    "archive_zip.csv": zip_with_csv,
    "binary_junk.csv": binary_junk,
}


def main() -> int:
    OUT.mkdir(exist_ok=True)
    for name, make in FILES.items():
        (OUT / name).write_bytes(make())
    print(f"wrote {len(FILES)} files to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
