"""A customer base too big for memory, written to Parquet piece by piece.

:func:`write_customers_parquet` builds the customers (with their purchase summaries) in chunks
of ``CHUNK`` and appends each chunk to one Parquet file, so 10 million customers need the
memory of one chunk, not of 10 million. Each chunk has its own seed, derived from the world's
seed and the chunk's number, so the same ``n`` and ``seed`` give the same file every time.
E-mail addresses and phone numbers are unique within a chunk; across chunks a few may repeat,
as they do in a real CRM.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

CHUNK = 500_000  # customers per piece: well under 1 GB of working memory while one is built
ROW_GROUP = 100_000  # rows DuckDB reads at a time per thread: small enough to keep scans lean


def _chunk_rng(seed: int, number: int) -> np.random.Generator:
    return np.random.default_rng(np.random.SeedSequence(int(seed), spawn_key=(number,)))


def _ids(first: int, count: int, total: int) -> pd.Series:
    """C0000001 … numbered across the whole file (seven digits, more only past 9,999,999)."""
    from .draw import text
    from .names import fixed_width_text

    numbers = np.arange(first + 1, first + count + 1)
    if total >= 10_000_000:
        return text(pd.Series(numbers.astype(str)).str.zfill(7).radd("C"))
    return fixed_width_text("C", numbers, 7)


def customers_chunk(number: int, count: int, total: int, seed: int, weather) -> pd.DataFrame:
    """Chunk ``number`` of the base: ``count`` customers with their orders summarised."""
    from . import customers, orders

    rng = _chunk_rng(seed, number)
    crm = customers.make_customers(rng, count)
    crm["customer_id"] = _ids(number * CHUNK, count, total)
    order_table, lines = orders.make_orders(rng, crm, weather)
    return orders.summarise(crm, order_table, lines)


def write_customers_parquet(n_customers: int, path, seed: int = 2025, progress: bool | None = None
                            ) -> Path:
    """Write ``n_customers`` synthetic customers to one Parquet file at ``path``, in chunks.

    The columns are those of ``generate(n).customers``. Returns the path.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    from . import _in_notebook, check_size_and_seed, msg, weather

    check_size_and_seed(n_customers, seed)
    n = int(n_customers)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    shared_weather = weather.make_weather(_chunk_rng(seed, 2**31))  # one climate for every chunk
    chunks = range((n + CHUNK - 1) // CHUNK)
    show = _in_notebook() if progress is None else progress
    if show:
        from tqdm.auto import tqdm

        chunks = tqdm(chunks, desc=msg("step"))
    temporary = path.with_name(f".{path.name}.partial")
    writer = None
    try:
        for number in chunks:
            count = min(CHUNK, n - number * CHUNK)
            frame = customers_chunk(number, count, n, seed, shared_weather)
            table = pa.Table.from_pandas(frame, preserve_index=False,
                                         schema=None if writer is None else writer.schema)
            if writer is None:
                writer = pq.ParquetWriter(temporary, table.schema, compression="zstd")
            writer.write_table(table, row_group_size=ROW_GROUP)
            del frame, table
        writer.close()
        temporary.replace(path)  # whole or not at all: a reader never sees half a file
    except BaseException:
        if writer is not None:
            writer.close()
        temporary.unlink(missing_ok=True)
        raise
    return path
