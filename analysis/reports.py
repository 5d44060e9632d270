"""The CSV reports: written atomically, safe to open in a spreadsheet.

Every report goes to a temporary file in the output folder and is renamed into place only when it is
complete, so a crash or Ctrl-C never leaves a half-written report (the previous run's stay intact).
Text cells that begin with `=`, `+`, `-`, `@`, a tab or a carriage return are prefixed with `'`, the
usual guard against spreadsheet formula injection; numbers, and text that is just a number, stay as
they are.
"""

from __future__ import annotations

import csv
import os
import re
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import IO, Any

__all__ = ["neutralise", "AtomicCsv", "write_csv"]

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Text that is only a number ("-3", "+1.5e3") is not a formula and is left alone.
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def neutralise(value: Any) -> Any:
    """Return `value` made safe for a spreadsheet cell: "=1+1" becomes "'=1+1"."""
    if isinstance(value, str) and value.startswith(_FORMULA_START) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


class AtomicCsv:
    """A CSV file written row by row to a temporary file, renamed into place by `commit()`.

    Use as a context manager: leaving the block without `commit()` (an exception, Ctrl-C) removes the
    temporary file and leaves any existing report untouched.
    """

    def __init__(self, path: Path, columns: Sequence[str]) -> None:
        self.path = Path(path)
        self.columns = list(columns)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle, self._temporary = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
        self._stream: IO[str] = os.fdopen(handle, "w", encoding="utf-8", newline="")
        self._writer = csv.writer(self._stream)
        self._writer.writerow(self.columns)
        self.rows = 0

    def write(self, row: Mapping[str, Any]) -> None:
        self._writer.writerow([_cell(row.get(column)) for column in self.columns])
        self.rows += 1

    def write_all(self, rows: Iterable[Mapping[str, Any]]) -> None:
        for row in rows:
            self.write(row)

    def commit(self) -> None:
        """Flush, sync and rename the file into place."""
        self._stream.flush()
        os.fsync(self._stream.fileno())
        self._stream.close()
        os.replace(self._temporary, self.path)

    def discard(self) -> None:
        if not self._stream.closed:
            self._stream.close()
        if os.path.exists(self._temporary):
            os.unlink(self._temporary)

    def __enter__(self) -> AtomicCsv:
        return self

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        if kind is not None or not self._stream.closed:
            self.discard()


def write_csv(path: Path, columns: Sequence[str], rows: Iterable[Mapping[str, Any]]) -> Path:
    """Write a whole report atomically; returns its path."""
    with AtomicCsv(path, columns) as report:
        report.write_all(rows)
        report.commit()
    return Path(path)


def _cell(value: Any) -> Any:
    if value is None or type(value).__name__ == "NAType":
        return ""
    if isinstance(value, float) and value != value:
        return ""
    return neutralise(value)


ARTICLE_COLUMNS = ("article_id", "source", "status", "reason", "encoding", "characters", "quotes", "quote_parts")


class ReportWriter:
    """Streams quotes.csv while a run goes on and writes the other reports at the end.

    Memory holds one article at a time plus the per-article rows; `commit()` renames every report
    into place together, and leaving the `with` block without it leaves the old reports untouched.
    """

    def __init__(self, out_dir: Path, *, metadata_columns: Sequence[str] = ()) -> None:
        from quotes.frames import QUOTE_COLUMNS

        self.out_dir = Path(out_dir)
        self.metadata_columns = [column for column in metadata_columns if column not in QUOTE_COLUMNS]
        self._quote_columns = QUOTE_COLUMNS
        self._quotes = AtomicCsv(self.out_dir / "quotes.csv", [*QUOTE_COLUMNS, *self.metadata_columns])
        self._articles = AtomicCsv(self.out_dir / "articles.csv", [*ARTICLE_COLUMNS, *self.metadata_columns])
        self.counts = {"articles": 0, "ok": 0, "empty": 0, "error": 0, "quote_parts": 0, "direct": 0, "mixed": 0,
                       "scare": 0}
        self.failures: list[str] = []

    def add(self, extracted: Any) -> None:
        """Record one `quotes.pipeline.Extracted`: its quote rows and its line in articles.csv."""
        from quotes.frames import quote_records

        article = extracted.article
        status, reason = article.status, article.reason
        if extracted.error is not None:
            status, reason = "error", extracted.error
        rows = quote_records(article.article_id, extracted.quotes, article.metadata)
        self._quotes.write_all(rows)
        self.counts["articles"] += 1
        self.counts[status] += 1
        self.counts["quote_parts"] += len(rows)
        for quote in extracted.quotes:
            self.counts[quote.kind] += 1
        if status == "error":
            self.failures.append(f"{article.source}: {reason}")
        metadata = dict(article.metadata)
        self._articles.write({
            "article_id": article.article_id, "source": article.source, "status": status, "reason": reason,
            "encoding": article.encoding, "characters": len(article.text) if article.text is not None else 0,
            "quotes": len({quote.group for quote in extracted.quotes if quote.is_speech}),
            "quote_parts": len(extracted.quotes), **metadata,
        })

    def commit(self) -> None:
        self._quotes.commit()
        self._articles.commit()

    def summary(self) -> str:
        from tabulate import tabulate

        counts = self.counts
        rows = [["articles read", counts["ok"]], ["articles empty", counts["empty"]],
                ["articles failed", counts["error"]], ["direct quotes", counts["direct"]],
                ["mixed quotes", counts["mixed"]], ["scare quotes (not speech)", counts["scare"]]]
        return f"Reports in {self.out_dir}/\n" + tabulate(rows, tablefmt="simple")

    def __enter__(self) -> ReportWriter:
        return self

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        self._quotes.__exit__(kind)
        self._articles.__exit__(kind)
