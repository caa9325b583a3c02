"""The world on disk: CSV for tables, JSON Lines for events, PNG for ad images.

Written deterministically (fixed float format, sorted JSON keys, "\\n" line ends) so that
regenerating the default world reproduces the committed files byte for byte. ``schema.json``
records each column's type so loading gives back categoricals and real datetimes.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd

from . import TABLES, World
from .events import DEVICES, SITE, USER_AGENTS

JSON_TABLES = {"events": "events.jsonl", "pixel_events": "pixel_events.jsonl"}
TIME_FORMAT = "%Y-%m-%dT%H:%M:%S"


def file_name(table: str) -> str:
    return JSON_TABLES.get(table, f"{table}.csv")


def _schema_of(frame: pd.DataFrame) -> dict:
    out = []  # a list, so the column order survives
    for col, dtype in frame.dtypes.items():
        if isinstance(dtype, pd.CategoricalDtype):
            spec = {"dtype": "category", "categories": [str(c) for c in dtype.categories],
                    "ordered": bool(dtype.ordered)}
        elif isinstance(dtype, pd.StringDtype):
            spec = {"dtype": "string"}
        else:
            spec = {"dtype": str(dtype)}
        out.append({"column": col, **spec})
    return out


def apply_schema(frame: pd.DataFrame, schema: list[dict]) -> pd.DataFrame:
    """Give freshly read columns their types back (categoricals, datetimes, small ints)."""
    out = {}
    for spec in schema:
        col = spec["column"]
        values = frame[col]
        kind = spec["dtype"]
        if kind == "category":
            dtype = pd.CategoricalDtype(spec["categories"], ordered=spec["ordered"])
            out[col] = values.astype("string").astype(dtype)
        elif kind == "string":
            out[col] = values.astype("string[pyarrow]")
        elif kind.startswith("datetime64"):
            out[col] = pd.to_datetime(values).astype(kind)
        elif kind == "bool":
            out[col] = values.map({True: True, False: False, "True": True, "False": False}
                                  ).astype(bool)
        else:
            out[col] = values.astype(kind)
    return pd.DataFrame(out)


def _csv(frame: pd.DataFrame) -> str:
    out = frame.copy()
    for col in out.columns:
        if pd.api.types.is_datetime64_any_dtype(out[col]):
            midnight = (out[col].dropna().dt.normalize() == out[col].dropna()).all()
            out[col] = out[col].dt.strftime("%Y-%m-%d" if midnight else TIME_FORMAT)
    return out.to_csv(index=False, lineterminator="\n", float_format="%.2f")


def _iso(ts) -> str:
    return pd.Timestamp(ts).strftime(TIME_FORMAT) + ".000Z"


def render_events(events: pd.DataFrame, customers: pd.DataFrame | None = None) -> list[dict]:
    """Segment-spec dicts (track / page / identify) for the rows of the compact event table.

    identify calls carry traits (e-mail, name, created) when ``customers`` is given.
    """
    traits = {}
    if customers is not None:
        known = customers[customers["customer_id"].isin(events["user_id"].dropna())]
        for row in known[["customer_id", "email", "first_name", "last_name",
                          "signup_date"]].itertuples(index=False):
            traits[row.customer_id] = {"email": row.email,
                                       "name": f"{row.first_name} {row.last_name}",
                                       "created_at": _iso(row.signup_date)}
    out = []
    for row in events.itertuples(index=False):
        path = row.page_path
        context = {"library": {"name": "analytics.js", "version": "4.1.0"},
                   "page": {"path": path, "url": SITE + path, "title": _title(path)},
                   "userAgent": USER_AGENTS[row.device], "device": {"type": row.device},
                   "sessionId": int(row.session_id)}
        if not pd.isna(row.utm_source):
            campaign = {"source": row.utm_source, "medium": row.utm_medium}
            if not pd.isna(row.utm_campaign):
                campaign["name"] = row.utm_campaign
            context["campaign"] = campaign
        call = {"type": row.type, "anonymousId": row.anonymous_id,
                "messageId": f"evt-{row.event_id:09d}", "timestamp": _iso(row.timestamp),
                "context": context}
        if not pd.isna(row.user_id):
            call["userId"] = row.user_id
        if row.type == "track":
            call["event"] = row.event
            props = {"category": row.product_category}
            if not pd.isna(row.order_id):
                props.update(order_id=row.order_id, revenue=round(float(row.revenue), 2),
                             currency="SEK")
            call["properties"] = props
        elif row.type == "page":
            call["name"] = _title(path)
            call["properties"] = {"path": path, "url": SITE + path}
        elif row.user_id in traits:
            call["traits"] = traits[row.user_id]
        out.append(call)
    return out


def _title(path: str) -> str:
    return "Fjällgården" if path == "/" else f"Fjällgården | {path.rsplit('/', 1)[-1]}"


def flatten_events(calls: list[dict]) -> pd.DataFrame:
    """Segment dicts -> one row per call with the columns a marketer counts on."""
    rows = []
    for c in calls:
        ctx, props = c.get("context", {}), c.get("properties", {})
        camp = ctx.get("campaign", {})
        rows.append({
            "event_id": int(c["messageId"].split("-")[1]),
            "timestamp": c["timestamp"].replace("Z", ""),
            "type": c["type"], "event": c.get("event"), "anonymous_id": c["anonymousId"],
            "user_id": c.get("userId"), "session_id": ctx.get("sessionId"),
            "page_path": ctx.get("page", {}).get("path"),
            "product_category": props.get("category"), "order_id": props.get("order_id"),
            "revenue": props.get("revenue", np.nan), "utm_source": camp.get("source"),
            "utm_medium": camp.get("medium"), "utm_campaign": camp.get("name"),
            "device": ctx.get("device", {}).get("type"),
        })
    return pd.DataFrame(rows)


def render_pixel_events(pixel: pd.DataFrame) -> list[dict]:
    """The pixel's calls in the shape Meta's Conversions API uses (user_data, custom_data)."""
    out = []
    for row in pixel.itertuples(index=False):
        user = {"fbp": row.fbp}
        if not pd.isna(row.fbc):
            user["fbc"] = row.fbc
        if not pd.isna(row.hashed_email):
            user["em"] = row.hashed_email
        custom = {}
        if not pd.isna(row.content_category):
            custom["content_category"] = row.content_category
        if not pd.isna(row.value):
            custom.update(value=round(float(row.value), 2), currency=row.currency)
        out.append({"event_name": row.event_name, "event_id": f"evt-{row.event_id:09d}",
                    "event_time": int(pd.Timestamp(row.event_time).timestamp()),
                    "action_source": "website", "event_source_url": row.event_source_url,
                    "user_data": user, "custom_data": custom})
    return out


def flatten_pixel_events(calls: list[dict]) -> pd.DataFrame:
    rows = []
    for c in calls:
        user, custom = c["user_data"], c["custom_data"]
        rows.append({"event_id": int(c["event_id"].split("-")[1]),
                     "event_time": pd.Timestamp(c["event_time"], unit="s"),
                     "event_name": c["event_name"], "fbp": user["fbp"], "fbc": user.get("fbc"),
                     "hashed_email": user.get("em"),
                     "content_category": custom.get("content_category"),
                     "value": custom.get("value", np.nan), "currency": custom.get("currency"),
                     "event_source_url": c["event_source_url"]})
    return pd.DataFrame(rows)


def _jsonl(calls: list[dict]) -> str:
    return "".join(json.dumps(c, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
                   + "\n" for c in calls)


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def write_world(world: World, folder: Path) -> list[Path]:
    """Write every table, image and the schema to ``folder``; returns the files written."""
    folder = Path(folder)
    (folder / "ad_creatives").mkdir(parents=True, exist_ok=True)
    written, schema = [], {}
    for table in TABLES:
        frame = world.table(table)
        schema[table] = _schema_of(frame)
        if table == "events":
            body = _jsonl(render_events(frame, world.customers))
        elif table == "pixel_events":
            body = _jsonl(render_pixel_events(frame))
        else:
            body = _csv(frame)
        path = folder / file_name(table)
        path.write_text(body, encoding="utf-8", newline="")
        written.append(path)
    for name, data in sorted(world.images.items()):
        (folder / name).write_bytes(data)
        written.append(folder / name)
    path = folder / "schema.json"
    path.write_text(json.dumps(schema, indent=1, sort_keys=True, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    written.append(path)
    return written


def read_table(folder: Path, table: str) -> pd.DataFrame:
    folder = Path(folder)
    schema = json.loads((folder / "schema.json").read_text(encoding="utf-8"))[table]
    if table == "events":
        raw = flatten_events(read_jsonl(folder / "events.jsonl"))
    elif table == "pixel_events":
        raw = flatten_pixel_events(read_jsonl(folder / "pixel_events.jsonl"))
    else:
        raw = pd.read_csv(folder / file_name(table), dtype=str, keep_default_na=False,
                          na_values=[""], encoding="utf-8")
    return apply_schema(raw, schema)


def read_world(folder: Path, name: str) -> World:
    folder = Path(folder)

    def images() -> dict[str, bytes]:
        return {p.relative_to(folder).as_posix(): p.read_bytes()
                for p in sorted((folder / "ad_creatives").glob("*.png"))}

    return World(name, loader=lambda table: read_table(folder, table), images=images)


__all__ = ["DEVICES", "read_world", "write_world", "render_events", "flatten_events"]
