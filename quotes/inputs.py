"""Read articles from what users have: text files, folders of them, CSV/TSV, JSONL, Parquet, stdin.

Articles stream in one at a time, so memory does not grow with the corpus. A file or row that cannot
be read becomes an `Article` with status `error` (or `empty`) and a reason instead of stopping the run:
one bad article never stops a corpus run, and none is silently lost. Problems with the whole input
(a path that does not exist, a table without the text column) raise before anything is processed.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import itertools
import json
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Literal

from .errors import InputDecodeError, InputFormatError, InputNotFoundError, InputTooLargeError
from .model import Article
from .webpages import page_article

__all__ = [
    "InputSource",
    "plan_inputs",
    "read_articles",
    "decode_text",
    "count_articles",
    "shown",
    "TEXT_SUFFIXES",
    "WEB_PAGE_SUFFIXES",
    "TABLE_SUFFIXES",
    "DEFAULT_MAX_CHARS",
]

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".html", ".htm"})
WEB_PAGE_SUFFIXES = frozenset({".html", ".htm"})  # read through the page extractor (quotes.webpages)
TABLE_SUFFIXES = frozenset({".csv", ".tsv", ".jsonl", ".ndjson", ".parquet"})
# Articles longer than this are refused with a message naming the limit: news is rarely over 100 kB,
# and a 5-million-character article still fits the memory a run is allowed (150 MB).
DEFAULT_MAX_CHARS = 5_000_000
_CHUNK_ROWS = 500
_FIELD_LIMIT = 1 << 26  # characters in one CSV field: more than any article a run accepts
_PEEK_BYTES = 4096  # what is looked at to tell JSONL from text in a pipe
_SNIFF_LINES = 1_000  # lines of a JSONL file read for its first object
_BINARY_NUL_SHARE = 0.01  # a text may hold a few stray NUL bytes; a binary file holds many
_BINARY_NUL_MINIMUM = 8
_BINARY_CONTROL_SHARE = 0.10
_SURROGATE = re.compile("[\ud800-\udfff]")
_ESCAPED_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")  # how a JSON line spells one


@dataclass(frozen=True, slots=True)
class InputSource:
    """One file to read (or stdin), and the id it gives its article when it holds a single one."""

    path: Path | None  # None for stdin
    kind: Literal["text", "csv", "tsv", "jsonl", "parquet", "unsupported", "skipped", "sniff"]
    article_id: str
    columns: tuple[str, ...] = ()
    reason: str | None = None  # why a path found in a folder is skipped (kind "skipped")


def plan_inputs(inputs: Sequence[str | os.PathLike[str]], *, text_col: str = "text",
                id_col: str = "id", require_id: bool = False) -> list[InputSource]:
    """Expand folders and check every input before any article is read.

    With `require_id` (an id column the user named), a table without that column is refused too;
    otherwise its rows are numbered `<file>:<line>`.

    Raises:
        InputNotFoundError: a named path does not exist.
        InputFormatError: a table lacks the text column, or the id column it must have (the message
            lists the columns it has).
    """
    sources: list[InputSource] = []
    for given in inputs:
        name = os.fspath(given)
        if name == "-":  # JSONL, or one plain text: told apart as it is read
            sources.append(InputSource(None, "sniff", "stdin"))
            continue
        path = Path(name)
        if not path.exists():
            raise InputNotFoundError(f"{shown(name)}: no such file or folder")
        if path.is_dir():
            sources.extend(_folder_sources(path))
        else:  # a path named by the user may be a pipe: "<(zcat corpus.jsonl.gz)", told apart when read
            kind = _kind_of(path)
            if kind == "unsupported":
                kind = "text" if path.is_file() else "sniff"
            sources.append(InputSource(path, kind, shown(path.name)))
    return [_with_columns(source, text_col, id_col if require_id else None) for source in sources]


def read_articles(sources: Iterable[InputSource], *, text_col: str = "text", id_col: str = "id",
                  max_chars: int = DEFAULT_MAX_CHARS, stdin: IO[bytes] | None = None) -> Iterator[Article]:
    """Yield the articles of planned sources in input order, one at a time."""
    for source in sources:
        if source.kind == "text":
            yield _read_text_file(source, max_chars=max_chars)
        elif source.kind == "sniff":
            yield from _read_pipe(source, text_col=text_col, id_col=id_col, max_chars=max_chars,
                                  stdin=(stdin or sys.stdin.buffer) if source.path is None else None)
        elif source.kind == "skipped":
            yield Article(source.article_id, shown(source.path), None, status="error", reason=source.reason)
        elif source.kind == "unsupported":
            yield Article(source.article_id, str(source.path), None, status="error",
                          reason=f"not a supported input type ({source.path.suffix or 'no extension'}); "  # type: ignore[union-attr]
                          f"supported: {', '.join(sorted(TEXT_SUFFIXES | TABLE_SUFFIXES))}")
        else:
            stream = (stdin or sys.stdin.buffer) if source.path is None else None
            yield from _read_table(source, text_col=text_col, id_col=id_col, max_chars=max_chars, stream=stream)


def count_articles(sources: Iterable[InputSource]) -> int | None:
    """About how many articles the sources hold (a table's lines stand for its rows), or None when a
    pipe or stdin is among them: a total for a progress bar, read at the speed of the disk."""
    total = 0
    for source in sources:
        if source.kind == "sniff" or source.path is None or (source.kind != "text" and not source.path.is_file()):
            if source.kind not in ("skipped", "unsupported"):
                return None
            total += 1
        elif source.kind in ("jsonl", "csv", "tsv"):
            with source.path.open("rb") as stream:
                lines = sum(chunk.count(b"\n") for chunk in iter(lambda: stream.read(1 << 20), b""))
            total += max(1, lines - (source.kind != "jsonl"))
        elif source.kind == "parquet":
            import pyarrow.parquet as parquet

            total += parquet.ParquetFile(source.path).metadata.num_rows
        else:
            total += 1
    return total


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode a text file's bytes; returns (text, encoding used).

    UTF-8 with or without a byte-order mark, UTF-16 with one; invalid UTF-8 falls back to cp1252 when
    that decodes cleanly (old Windows files), otherwise to UTF-8 with replacement characters.

    Raises:
        InputDecodeError: the bytes are binary data, not text (the message says why).
    """
    if data.startswith(codecs.BOM_UTF8):
        text, encoding = data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace"), "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise InputDecodeError("binary file: a UTF-16 byte-order mark followed by undecodable bytes") from None
    else:
        nuls = data.count(0)
        if nuls > _BINARY_NUL_MINIMUM and nuls > _BINARY_NUL_SHARE * len(data):
            raise InputDecodeError(f"binary file: {nuls} NUL bytes in {len(data)}")
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            text, encoding = data.decode("utf-8", errors="replace"), "utf-8 (invalid bytes replaced)"
    unreadable = sum(1 for character in text if character == "\ufffd"
                     or (ord(character) < 32 and character not in "\t\n\r\f\v\x00"))
    if text and unreadable > _BINARY_CONTROL_SHARE * len(text):
        raise InputDecodeError(f"binary file: {unreadable} of {len(text)} characters are not text")
    return text, encoding


def shown(path: str | os.PathLike[str] | None) -> str:
    """A path as text that can be printed and written to a report: bytes that are not UTF-8 in a file
    name (which Python keeps as lone surrogates) shown as U+FFFD."""
    if path is None:
        return "stdin"
    return os.fsencode(path).decode("utf-8", errors="replace")


def _folder_sources(folder: Path) -> list[InputSource]:
    """Regular files under `folder`, recursively, in a stable order. Hidden files and folders are
    skipped without a word; anything else not read (a symbolic link to a folder, which could loop, a
    pipe, a device, a folder that cannot be listed) is listed with the reason."""
    found: list[InputSource] = []
    problems: list[tuple[Path, str]] = []

    def unlisted(error: OSError) -> None:
        problems.append((Path(error.filename), f"folder not read: {_one_line(error)}"))

    for root, folders, files in os.walk(folder, onerror=unlisted):
        here = Path(root)
        for name in [name for name in folders if not name.startswith(".") and (here / name).is_symlink()]:
            problems.append((here / name, "symbolic link to a folder: not followed (link the files, or name it)"))
        folders[:] = sorted(name for name in folders if not name.startswith(".") and not (here / name).is_symlink())
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = here / name
            problem = _not_a_regular_file(path)
            if problem is not None:
                problems.append((path, problem))
            else:
                found.append(InputSource(path, _kind_of(path), shown(path.relative_to(folder).as_posix())))
    found += [InputSource(path, "skipped", shown(path.relative_to(folder).as_posix()) if path.is_relative_to(folder)
                          else shown(path), reason=reason) for path, reason in problems]
    return found


def _not_a_regular_file(path: Path) -> str | None:
    """Why a file found in a folder is not read, or None for a regular file (or a link to one)."""
    try:
        mode = path.stat().st_mode
    except OSError as error:
        return f"cannot read: {_one_line(error)}"  # a dangling link, a loop of links
    if stat.S_ISREG(mode):
        return None
    kind = "a pipe" if stat.S_ISFIFO(mode) else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) \
        else "a socket" if stat.S_ISSOCK(mode) else "not a regular file"
    return f"{kind}: only regular files are read inside folders"


def _kind_of(path: Path) -> Literal["text", "csv", "tsv", "jsonl", "parquet", "unsupported"]:
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    if suffix in (".csv", ".tsv", ".parquet"):
        return suffix[1:]  # type: ignore[return-value]
    return "unsupported"


def _with_columns(source: InputSource, text_col: str, id_col: str | None) -> InputSource:
    """Check that a table has the text column (and the id column, when one is required); remember
    its columns."""
    if source.kind in ("text", "unsupported", "skipped", "sniff") or source.path is None:
        return source
    columns = _table_columns(source)
    listed = ", ".join(repr(column) for column in columns or ()) or "none"
    if columns is not None and text_col not in columns:
        raise InputFormatError(f"{shown(source.path)}: no text column {text_col!r}; its columns are {listed} "
                               f"(choose one with --text-col)")
    if columns is not None and id_col is not None and id_col not in columns:
        raise InputFormatError(f"{shown(source.path)}: no id column {id_col!r}; its columns are {listed} "
                               f"(without --id-col, rows are numbered <file>:<line>)")
    return InputSource(source.path, source.kind, source.article_id, tuple(columns or ()))


def _table_columns(source: InputSource) -> list[str] | None:
    """The columns of a table file, or None when they cannot be known before reading (empty JSONL)."""
    path = source.path
    assert path is not None
    try:
        if source.kind == "parquet":
            import pyarrow.parquet as parquet

            return list(parquet.ParquetFile(path).schema_arrow.names)
        if source.kind == "jsonl":  # the first object's keys; a malformed line becomes its own error row
            if not path.is_file():
                return None  # a pipe is read once: its columns come with its rows
            with path.open("rb") as stream:
                for line in itertools.islice(stream, _SNIFF_LINES):
                    try:
                        record = json.loads(_decode_line(line)[0]) if line.strip() else None
                    except ValueError:
                        continue
                    if isinstance(record, dict):
                        return list(record)
            return None
        with path.open("rb") as raw:
            header = next(_csv_records(raw, delimiter="\t" if source.kind == "tsv" else ","), None)
        return _column_names(header[1]) if header is not None else []
    except (OSError, ValueError) as error:
        raise InputFormatError(f"{path}: cannot read it as {source.kind.upper()} ({_one_line(error)})") from None
    except ImportError:
        raise InputFormatError(f"{path}: reading Parquet needs pyarrow: pip install pyarrow") from None


def _read_text_file(source: InputSource, *, max_chars: int, stream: IO[bytes] | None = None) -> Article:
    path = source.path
    where = shown(path)
    try:
        if path is not None:
            _check_size(path.stat().st_size, 4 * max_chars, max_chars, unit="bytes")
        with (path.open("rb") if stream is None else contextlib.nullcontext(stream)) as handle:  # type: ignore[union-attr]
            data = handle.read(4 * max_chars + 1)  # bounded: a pipe or a device may say size 0 and never end
        _check_size(len(data), 4 * max_chars, max_chars, unit="bytes or more")
        if not data.strip():
            return Article(source.article_id, where, None, status="empty", reason="empty file", encoding="utf-8")
        text, encoding = decode_text(data)
        if path is not None and path.suffix.lower() in WEB_PAGE_SUFFIXES:  # the article, not the page
            text, metadata = page_article(text)
            if not text:
                return Article(source.article_id, where, None, metadata, "empty", "no article text in the page",
                               encoding)
            return _checked(Article(source.article_id, where, text, metadata, encoding=f"{encoding}, html"), max_chars)
        return _checked(Article(source.article_id, where, text, encoding=encoding), max_chars)
    except OSError as error:
        return Article(source.article_id, where, None, status="error", reason=f"cannot read: {_one_line(error)}")
    except (InputDecodeError, InputTooLargeError) as error:  # this article only: the run goes on
        return Article(source.article_id, where, None, status="error", reason=str(error))


def _read_pipe(source: InputSource, *, text_col: str, id_col: str, max_chars: int,
               stdin: IO[bytes] | None = None) -> Iterator[Article]:
    """Stdin, or a pipe or device named on the command line without a telling suffix: JSONL when it
    starts with a JSON object, else one text article. It is read once, as it comes."""
    if stdin is not None:  # not ours to close
        handle: Any = stdin if hasattr(stdin, "peek") else io.BufferedReader(stdin)  # type: ignore[arg-type]
        opened: Any = contextlib.nullcontext(handle)
    else:
        try:
            handle = opened = source.path.open("rb")  # type: ignore[union-attr]
        except OSError as error:
            yield Article(source.article_id, shown(source.path), None, status="error",
                          reason=f"cannot read: {_one_line(error)}")
            return
    with opened:
        if handle.peek(_PEEK_BYTES).lstrip()[:1] == b"{":
            yield from _read_table(InputSource(source.path, "jsonl", source.article_id), text_col=text_col,
                                   id_col=id_col, max_chars=max_chars, stream=handle)
        else:
            yield _read_text_file(source, max_chars=max_chars, stream=handle)


def _read_table(source: InputSource, *, text_col: str, id_col: str, max_chars: int,
                stream: IO[bytes] | None = None) -> Iterator[Article]:
    """Yield one article per row, with the row's other columns as metadata."""
    name = "stdin" if source.path is None else shown(source.path.name)
    where = shown(source.path)
    rows = 0
    try:
        for number, row, encoding, problem in _rows(source, stream):
            rows += 1
            row_where = f"{where}:{number}"
            generated = f"{name}:{number}"
            if problem is not None:
                yield Article(generated, row_where, None, status="error", reason=problem)
                continue
            article_id = row.get(id_col)
            article_id = generated if _is_missing(article_id) else str(article_id)
            metadata = tuple((key, value) for key, value in row.items() if key not in (text_col, id_col))
            text = row.get(text_col)
            if text_col not in row:
                yield Article(article_id, row_where, None, metadata, "error",
                              f"no {text_col!r} field in this record", encoding)
            elif _is_missing(text) or (isinstance(text, str) and not text.strip()):
                yield Article(article_id, row_where, None, metadata, "empty", "empty text", encoding)
            elif not isinstance(text, str):
                yield Article(article_id, row_where, None, metadata, "error",
                              f"{text_col!r} is a {type(text).__name__}, not text", encoding)
            else:
                try:
                    yield _checked(Article(article_id, row_where, text, metadata, encoding=encoding), max_chars)
                except InputTooLargeError as error:  # this row only: the run goes on
                    yield Article(article_id, row_where, None, metadata, "error", str(error), encoding)
    except (OSError, ValueError) as error:
        yield Article(name, where, None, status="error", reason=f"stopped reading: {_one_line(error)}")
        return
    if rows == 0:  # an empty table is listed too: nothing the user gave goes unmentioned
        yield Article(name, where, None, status="empty", reason="no rows")


def _rows(source: InputSource, stream: IO[bytes] | None) -> Iterator[tuple[int, dict[str, Any], str | None, str | None]]:
    """(row number, row, encoding, problem) for every row of a table, streaming (from `stream` when
    given: stdin, or a pipe already opened)."""
    if source.kind == "jsonl":
        yield from _jsonl_rows(source.path if stream is None else None, stream)
    elif source.kind == "parquet":
        import pyarrow.parquet as parquet

        number = 0
        for batch in parquet.ParquetFile(source.path).iter_batches(batch_size=_CHUNK_ROWS):
            for row in batch.to_pylist():
                number += 1
                yield number, row, None, None
    else:
        yield from _csv_rows(source)


def _jsonl_rows(path: Path | None, stream: IO[bytes] | None) -> Iterator[tuple[int, dict[str, Any], str | None, str | None]]:
    handle = path.open("rb") if path is not None else stream
    assert handle is not None
    try:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            text, encoding = _decode_line(line)
            try:
                record = json.loads(text)
            except json.JSONDecodeError as error:
                yield number, {}, encoding, f"line {number} is not valid JSON ({error.msg})"
                continue
            if not isinstance(record, dict):
                yield number, {}, encoding, f"line {number} is a JSON {type(record).__name__}, not an object"
                continue
            if "\\u" in text and _ESCAPED_SURROGATE.search(text):  # the only way text can hold one
                record, replaced = _without_surrogates(record)  # (a pair, an emoji, is no lone one)
                if replaced:
                    encoding = f"{encoding or 'utf-8'} ({replaced} lone surrogates replaced by U+FFFD)"
            yield number, record, encoding, None
    finally:
        if path is not None:
            handle.close()


def _csv_rows(source: InputSource) -> Iterator[tuple[int, dict[str, Any], str | None, str | None]]:
    """Rows of a CSV/TSV file, streamed, each numbered by the file line it starts on (as JSONL rows
    are) and decoded on its own: a file whose encoding changes part way is read right all through,
    each row labelled with its own encoding. A row with more fields than the header, bytes that are
    neither UTF-8 nor cp1252, or a broken quote is listed as an error row."""
    assert source.path is not None
    with source.path.open("rb") as raw:
        records = _csv_records(raw, delimiter="\t" if source.kind == "tsv" else ",")
        header = next(records, None)
        if header is None:
            return
        columns = _column_names(header[1])
        for line, fields, encoding, problem in records:
            if problem is None and len(fields) > len(columns):
                problem = f"malformed row: expected {len(columns)} fields in line {line}, saw {len(fields)}"
            if problem is not None:
                yield line, {}, encoding, problem
            elif fields and fields != [""]:  # a blank line is no row
                yield line, dict(zip(columns, fields + [""] * (len(columns) - len(fields)))), encoding, None


def _csv_records(raw: IO[bytes], *, delimiter: str) -> Iterator[tuple[int, list[str], str, str | None]]:
    """(first line, fields, encoding, problem) of each record of a CSV file read as bytes; a quoted
    field may span lines. The encoding is the record's own (the last of its lines that was not
    UTF-8); after a broken quote nothing more can be read."""
    state: dict[str, Any] = {"line": 0, "encoding": "utf-8", "undecodable": None}

    def lines() -> Iterator[str]:
        for number, line in enumerate(raw, start=1):
            if number == 1 and line.startswith(codecs.BOM_UTF8):
                line = line[len(codecs.BOM_UTF8):]
            text, encoding = _decode_line(line)
            state["line"] = number
            if encoding != "utf-8":
                state["encoding"] = encoding
            if encoding.endswith("replaced)"):
                state["undecodable"] = f"line {number}: bytes that are neither UTF-8 nor cp1252"
            yield text

    csv.field_size_limit(max(csv.field_size_limit(), _FIELD_LIMIT))
    reader = csv.reader(lines(), delimiter=delimiter)
    first = 1
    while True:
        state["encoding"], state["undecodable"] = "utf-8", None
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            yield first, [], state["encoding"], f"malformed row from line {first}: {_one_line(error)}; the rest not read"
            return
        yield first, fields, state["encoding"], state["undecodable"]
        first = state["line"] + 1


def _column_names(header: list[str]) -> list[str]:
    """The header's names, each unique: a repeated name gets .1, .2 (as pandas names them), an empty
    one its position."""
    names: list[str] = []
    for position, name in enumerate(header, start=1):
        name = name or f"column_{position}"
        unique, count = name, 0
        while unique in names:
            count += 1
            unique = f"{name}.{count}"
        names.append(unique)
    return names


def _decode_line(line: bytes) -> tuple[str, str]:
    try:
        return line.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        try:
            return line.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            return line.decode("utf-8", errors="replace"), "utf-8 (invalid bytes replaced)"


def _without_surrogates(row: dict[str, Any]) -> tuple[dict[str, Any], int]:
    """The row with lone surrogates (which JSON's \\ud800 escapes can make, and no file can hold) in
    its keys and text values replaced by U+FFFD, one character for one so offsets stay; and how many."""
    replaced = 0

    def clean(value: Any) -> Any:
        nonlocal replaced
        if type(value) is not str:
            return value
        value, count = _SURROGATE.subn("\ufffd", value)
        replaced += count
        return value

    return {clean(key): clean(value) for key, value in row.items()}, replaced


def _checked(article: Article, max_chars: int) -> Article:
    """The article, or the same marked empty when it holds only whitespace.

    Raises:
        InputTooLargeError: the text is longer than `max_chars`.
    """
    if article.text is not None and not article.text.strip():
        return Article(article.article_id, article.source, None, article.metadata, "empty", "only whitespace",
                       article.encoding)
    if article.text is not None:
        _check_size(len(article.text), max_chars, max_chars, unit="characters")
    return article


def _check_size(size: int, limit: int, max_chars: int, *, unit: str) -> None:
    """Raise `InputTooLargeError` when `size` (in `unit`) is over `limit`, naming the option that raises it."""
    if size > limit:
        raise InputTooLargeError(f"too large: {size:,} {unit}, over the limit of {max_chars:,} characters "
                                 f"(raise it with --max-chars)")


def _is_missing(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and value != value:  # NaN from a table
        return True
    return isinstance(value, str) and not value.strip()


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split()) or type(error).__name__
