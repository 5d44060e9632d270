"""`extract_frame`: quotes as a pandas DataFrame, for notebooks and for the reports.

One row per quote part, in the column order of quotes.csv (`QUOTE_COLUMNS`), then the input's own
columns (outlet, date...) so results can be grouped by them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from .acronyms import quoted_acronyms
from .errors import ExtractionLimitError, InputFormatError
from .model import KINDS, Kind, Quote
from .pipeline import check_kinds, extract

if TYPE_CHECKING:
    import pandas

__all__ = ["extract_frame", "quote_records", "input_column", "QUOTE_COLUMNS", "QUOTE_DTYPES"]

# quotes.csv columns that extraction and attribution fill, in their documented order. The analysis
# package adds `polarity`, `subjectivity` and `tone` after `rule`; the input's metadata comes last.
QUOTE_COLUMNS = (
    "article_id", "quote_id", "group", "start", "end", "text", "kind", "closed", "paragraph",
    "speaker", "mention", "mention_start", "mention_end", "speaker_type", "speaker_named", "speaker_title",
    "speaker_gender", "verb", "rule",
)
_QUOTE_FIELDS = attrgetter(*QUOTE_COLUMNS[1:])  # a quote's values for those columns, read in one call


# The dtype of each quote column, the same for every frame (an empty one too), so that frames from
# different partitions of a corpus line up.
QUOTE_DTYPES = {
    "article_id": object, "quote_id": "int64", "group": "int64", "start": "int64", "end": "int64", "text": object,
    "kind": object, "closed": "bool", "paragraph": "int64", "speaker": object, "mention": object,
    "mention_start": "Int64", "mention_end": "Int64", "speaker_type": object, "speaker_named": "boolean",
    "speaker_title": object,
    "speaker_gender": object, "verb": object, "rule": object,
}


def input_column(name: str, computed: Collection[str] = QUOTE_COLUMNS) -> str:
    """The column an input's field goes to: its own name, or `input_<name>` when a computed column
    has that name (an input's `speaker` or `status` never overwrites ours, and is not lost)."""
    while name in computed:
        name = f"input_{name}"
    return name


def quote_records(article_id: str, quotes: Iterable[Quote],
                  metadata: Sequence[tuple[str, Any]] = ()) -> list[dict[str, Any]]:
    """One dict per quote with the `QUOTE_COLUMNS` keys, then the article's metadata (a field named
    like a quote column kept as `input_<name>`)."""
    records = []
    metadata = [(input_column(key), value) for key, value in metadata]
    for quote in quotes:
        record: dict[str, Any] = {"article_id": article_id}
        record.update(zip(QUOTE_COLUMNS[1:], _QUOTE_FIELDS(quote)))
        record.update(metadata)
        records.append(record)
    return records


def extract_frame(data: str | Sequence[str] | pandas.DataFrame, *, text_col: str = "text",
                  id_col: str = "id", kinds: Iterable[Kind] = KINDS) -> pandas.DataFrame:
    """Return the quotes of one text, a list of texts or a DataFrame of articles, one row per quote.

    Args:
        data: a string, a sequence of strings (ids 0, 1, ...), or a DataFrame with a text column.
        text_col: the DataFrame column holding the article text.
        id_col: the column holding article ids; without it the DataFrame index is used.
        kinds: the kinds of quotes to extract (`quotes.KINDS`: direct, mixed, indirect, scare; all
            by default). Without "indirect", reported speech is not looked for, which is faster.

    Every other DataFrame column is carried into the result after the quote columns (one named like
    a quote column as `input_<name>`). The input is never modified. What became of each article is
    in `frame.attrs["articles"]`: `(article_id, status, reason)` for each, status ok, empty or error
    (a tuple, which pandas can compare when it combines frames), so an article whose text is missing, blank, not a string or refused by the work guard is listed,
    not lost; `analysis.write_reports` puts it in articles.csv. `frame.attrs["acronyms"]` holds
    (acronym, organisation, articles): how many articles that quote the organisation use its
    acronym too, the evidence `write_reports` needs to count "SEC" and "Securities and Exchange
    Commission" as one speaker across articles.

    Raises:
        InputFormatError: the DataFrame has no `text_col` column (the message lists those it has), or
            `data` is none of the types above (bytes: decode them first).
    """
    import pandas

    wanted = tuple(check_kinds(kinds))
    records: list[dict[str, Any]] = []
    metadata_columns: list[str] = []
    statuses: list[tuple[str, str, str | None]] = []
    acronyms: Counter[tuple[str, str]] = Counter()
    for article_id, text, metadata in _articles(data, text_col=text_col, id_col=id_col):
        if not metadata_columns and metadata:
            metadata_columns = [input_column(key) for key, _ in metadata]
        status, reason, found = _extracted(text, wanted)
        statuses.append((article_id, status, reason))
        if found:
            acronyms.update(quoted_acronyms(text, found))
        records.extend(quote_records(article_id, found, metadata))
    frame = pandas.DataFrame.from_records(records, columns=[*QUOTE_COLUMNS, *metadata_columns])
    dtypes: dict[str, Any] = dict(QUOTE_DTYPES)
    if isinstance(data, pandas.DataFrame):  # metadata keeps the input's dtypes, empty results too
        renamed = {input_column(column): column for column in data.columns if column not in (text_col, id_col)}
        dtypes.update({name: data[column].dtype for name, column in renamed.items() if name in frame.columns})
        for name, column in renamed.items():
            if name not in frame.columns:
                frame[name] = pandas.Series(dtype=data[column].dtype)
    frame = frame.astype(dtypes)
    for column, dtype in QUOTE_DTYPES.items():
        if dtype is object:  # a missing value is None everywhere, whichever rows a frame happens to hold
            frame[column] = frame[column].astype(object).where(frame[column].notna(), None)
    frame.attrs["articles"] = tuple(statuses)
    frame.attrs["acronyms"] = tuple((acronym, name, articles) for (acronym, name), articles in sorted(acronyms.items()))
    return frame


def _extracted(text: Any, kinds: tuple[Kind, ...] = KINDS) -> tuple[str, str | None, list[Quote]]:
    """(status, reason, quotes) of one article's text cell."""
    if text is None or (isinstance(text, float) and text != text) or type(text).__name__ == "NAType":
        return "empty", "no text", []
    if not isinstance(text, str):
        return "error", f"the text is a {type(text).__name__}, not a string", []
    if not text.strip():
        return "empty", "only whitespace", []
    try:
        return "ok", None, extract(text, kinds)
    except ExtractionLimitError as error:
        return "error", str(error), []


def _articles(data: Any, *, text_col: str, id_col: str) -> Iterable[tuple[str, Any, list[tuple[str, Any]]]]:
    import pandas

    if isinstance(data, str):
        return [("0", data, [])]
    if isinstance(data, (bytes, bytearray, memoryview, Mapping)):
        kind = "bytes (decode them first)" if not isinstance(data, Mapping) else "a mapping"
        raise InputFormatError(f"extract_frame() takes a str, a sequence of str or a DataFrame, not {kind}")
    if isinstance(data, pandas.DataFrame):
        if text_col not in data.columns:
            shown = ", ".join(repr(str(column)) for column in data.columns) or "none"
            raise InputFormatError(f"the DataFrame has no text column {text_col!r}; its columns are {shown}")
        ids = data[id_col] if id_col in data.columns else data.index
        others = [column for column in data.columns if column not in (text_col, id_col)]
        rows = data[others].to_dict("records") if others else [{} for _ in range(len(data))]
        return ((str(article_id), text, list(row.items()))
                for article_id, text, row in zip(ids, data[text_col], rows))
    if isinstance(data, pandas.Series):
        return ((str(article_id), text, []) for article_id, text in data.items())
    if isinstance(data, Iterable):
        return ((str(number), text, []) for number, text in enumerate(data))
    raise InputFormatError(f"extract_frame() takes a str, a sequence of str or a DataFrame, not {type(data).__name__}")
