"""Quote extraction on a Dask cluster, for corpora too large for one machine.

The extraction is the same as `quotes.extract_frame`, run on each partition of a Dask DataFrame of
articles (`map_partitions`), so an article never straddles two machines and the quotes of a
partition come out in its order. Install with `pip install 'quotes[dask]'`. The analysis functions
(`analysis.tone`, `analysis.frequency`) accept the resulting frame and compute on the cluster.

    >>> import dask.dataframe as dd
    >>> import quotes.dask
    >>> articles = dd.read_parquet("news/*.parquet")           # doctest: +SKIP
    >>> found = quotes.dask.extract_frame(articles)             # doctest: +SKIP
"""

from __future__ import annotations

from typing import Any

from .errors import InputFormatError, QuotesError
from .frames import QUOTE_COLUMNS, QUOTE_DTYPES
from .frames import extract_frame as _extract_pandas
from .model import KINDS
from .pipeline import check_kinds

__all__ = ["extract_frame", "connect"]


def extract_frame(articles: Any, *, text_col: str = "text", id_col: str = "id", kinds: Any = None) -> Any:
    """Return a Dask DataFrame of quotes (one row per quote part, the quotes.csv columns before tone,
    then the articles' other columns), computed lazily partition by partition.

    Args:
        articles: a Dask DataFrame with a text column; each partition holds whole articles.
        text_col, id_col, kinds: as for `quotes.extract_frame`; without `id_col` the index gives the ids.

    Raises:
        InputFormatError: the frame has no `text_col` column (the message lists those it has).
    """
    _require_dask()
    if text_col not in articles.columns:
        shown = ", ".join(repr(str(column)) for column in articles.columns) or "none"
        raise InputFormatError(f"the Dask DataFrame has no text column {text_col!r}; its columns are {shown}")
    wanted = tuple(check_kinds(KINDS if kinds is None else kinds))
    return articles.map_partitions(_extract_pandas, text_col=text_col, id_col=id_col, kinds=wanted,
                                   meta=_meta(articles, text_col, id_col))


def connect(scheduler: str | None = None, *, workers: int = 2) -> Any:
    """A `distributed.Client` for the scheduler at `scheduler`, or for a new local cluster.

    Raises:
        QuotesError: dask or distributed is not installed, or the scheduler cannot be reached.
    """
    _require_dask()
    from distributed import Client, LocalCluster

    try:
        if scheduler:
            return Client(scheduler, timeout="20s")
        return Client(LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None))
    except (OSError, TimeoutError) as error:
        raise QuotesError(f"cannot reach the Dask scheduler {scheduler!r}: {error}") from None


def _meta(articles: Any, text_col: str, id_col: str) -> Any:
    """An empty frame with the columns and dtypes every partition's quotes will have."""
    import pandas

    meta = pandas.DataFrame({column: pandas.Series(dtype=dtype) for column, dtype in QUOTE_DTYPES.items()})
    for column, dtype in articles.dtypes.items():
        if column not in (text_col, id_col) and column not in QUOTE_COLUMNS:
            meta[column] = pandas.Series(dtype=dtype)
    return meta


def _require_dask() -> None:
    try:
        import dask.dataframe  # noqa: F401
        import distributed  # noqa: F401
    except ImportError:
        raise QuotesError("the Dask engine needs dask and distributed: pip install 'quotes[dask]'") from None
