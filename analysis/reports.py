"""The CSV reports: written atomically, safe to open in a spreadsheet.

Every report goes to a temporary file in the output folder and is renamed into place only when the
whole run is complete, so a crash or Ctrl-C never leaves a half-written report (the previous run's
stay intact). Text cells that begin with `=`, `+`, `-`, `@`, a tab or a carriage return are prefixed
with `'`, the usual guard against spreadsheet formula injection; numbers, and text that is just a
number, stay as they are.
"""

from __future__ import annotations

import csv
import errno
import os
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from types import MappingProxyType
from typing import IO, TYPE_CHECKING, Any

from quotes.acronyms import quoted_acronyms
from quotes.errors import OptionError, ReportWriteError
from quotes.model import Quote
from quotes.frames import QUOTE_COLUMNS, input_column, quote_records

from .counts import SPEAKER_COLUMNS, UTTERANCE_KINDS, VERB_COLUMNS, FrequencyTally, article_counts
from .cells import neutralise, row_cells
from .corpusnames import NAME_MAP_COLUMNS, merge_map
from .namegender import NAME_GENDER_COLUMNS, name_gender
from .sentiment import SPEAKER_TONE_COLUMNS, TONE_COLUMNS, ToneTally, label, score, utterance_tone
from .charts import ChartProcess
from .overview import overview_page
from .pages import article_page, page_name
from .utterances import check_group_by, utterances_of_rows

if TYPE_CHECKING:
    import pandas

    from quotes.pipeline import Extracted

__all__ = ["neutralise", "AtomicFile", "AtomicCsv", "ReportWriter", "Reports", "write_reports", "ARTICLE_COLUMNS", "REPORTS"]

REPORTS = ("quotes.csv", "frequency.csv", "tone.csv", "verbs.csv", "articles.csv", "speaker_names.csv")
PAGES = ("index.html",)  # the front page for people who would rather look; article views go in articles/
_VIEWS = "articles"
ARTICLE_COLUMNS = ("article_id", "source", "status", "reason", "encoding", "characters", "quotes", *UTTERANCE_KINDS,
                   "quote_parts", "speakers", "top_speaker", "unattributed_share", "unnamed_share", "mean_polarity",
                   "mean_subjectivity")
_SUMMARY_ROWS = 5
# Columns the reports compute: an input field of that name is kept as input_<name>.
_COMPUTED = frozenset(QUOTE_COLUMNS) | frozenset(TONE_COLUMNS) | frozenset(ARTICLE_COLUMNS)
_ARTICLE_ONLY = frozenset(ARTICLE_COLUMNS) - frozenset(QUOTE_COLUMNS) - frozenset(TONE_COLUMNS)
_REPORT_MODE = 0o666  # before the umask, as a file any program writes (mkstemp alone gives 0600)


class AtomicFile:
    """A file written to a temporary file beside it, renamed into place by `commit()`.

    Leaving a `with` block without `commit()` (an exception, Ctrl-C, SIGTERM) removes the temporary
    file and leaves any existing file of that name untouched.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._temporary = ""
        with _output(self.path):
            if self.path.parent.exists() and not self.path.parent.is_dir():
                raise NotADirectoryError(errno.ENOTDIR, "it is a file, not a folder", str(self.path.parent))
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, self._temporary = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp",
                                                       dir=self.path.parent)
            os.fchmod(handle, _REPORT_MODE & ~_umask())  # a report is shared like any file, not private
            self._stream: IO[str] = os.fdopen(handle, "w", encoding="utf-8", errors="replace", newline="")

    @property
    def written(self) -> Path:
        """Where the content is until `commit()` (to read it back once flushed)."""
        return Path(self._temporary)

    def write_text(self, text: str) -> None:
        with _output(self.path):
            self._stream.write(text)

    def flush(self) -> None:
        """Write everything to disk, still under the temporary name."""
        with _output(self.path):
            self._stream.flush()
            os.fsync(self._stream.fileno())
            self._stream.close()

    def commit(self) -> None:
        """Rename the file into place (flushing it first if needed)."""
        if not self._stream.closed:
            self.flush()
        with _output(self.path):
            os.replace(self._temporary, self.path)

    def discard(self) -> None:
        """Remove the temporary file; the file an earlier run wrote stays as it was."""
        stream = getattr(self, "_stream", None)
        if stream is not None and not stream.closed:
            try:
                stream.close()
            except OSError:  # the disk is full: what is left unwritten goes with the file
                pass
        if self._temporary and os.path.exists(self._temporary):
            os.unlink(self._temporary)

    def __enter__(self) -> AtomicFile:
        return self

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        if kind is not None or os.path.exists(self._temporary):
            self.discard()

class AtomicCsv(AtomicFile):
    """A CSV file written row by row to a temporary file, renamed into place by `commit()`.

    Leaving a `with` block without `commit()` (an exception, Ctrl-C) removes the temporary file and
    leaves any existing report untouched.
    """

    def __init__(self, path: Path, columns: Sequence[str]) -> None:
        super().__init__(path)
        self.columns = list(columns)
        with _output(self.path):
            self._writer = csv.writer(self._stream)
            self._writer.writerow([neutralise(column) for column in self.columns])
        self.rows = 0
        self._header = len(self.columns)  # columns in the header written; more may come

    def add_columns(self, columns: Sequence[str]) -> None:
        """Add columns after the others: rows written from now on fill them, rows already written
        leave them empty (the header is rewritten when the file is committed)."""
        self.columns += [column for column in columns if column not in self.columns]

    def write(self, row: Mapping[str, Any]) -> None:
        try:  # not the context manager: this runs for every row of a corpus
            self._writer.writerow(row_cells(row, self.columns))
        except OSError as error:
            raise _write_error(self.path, error) from None
        self.rows += 1

    def write_all(self, rows: Iterable[Mapping[str, Any]]) -> None:
        for row in rows:
            self.write(row)

    def commit(self) -> None:
        """Rename the file into place (flushing it first if needed), with the full header."""
        if not self._stream.closed:
            self.flush()
        if len(self.columns) > self._header:
            with _output(self.path):
                self._rewrite_header()
        super().commit()

    def _rewrite_header(self) -> None:
        """Copy the rows under the full header, the short rows written before a column came padded."""
        handle, temporary = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
        try:
            os.fchmod(handle, _REPORT_MODE & ~_umask())
            with os.fdopen(handle, "w", encoding="utf-8", errors="replace", newline="") as target, \
                    open(self._temporary, encoding="utf-8", newline="") as source:
                rows = csv.reader(source)
                next(rows, None)
                writer = csv.writer(target)
                writer.writerow([neutralise(column) for column in self.columns])
                width = len(self.columns)
                for row in rows:  # (a loop: compiled, a generator argument would be made a list of every row)
                    writer.writerow(row + [""] * (width - len(row)))
                target.flush()
                os.fsync(target.fileno())
        except BaseException:
            os.unlink(temporary)
            raise
        os.replace(temporary, self._temporary)



class ReportWriter:
    """Builds the six reports while a run goes on: quotes.csv and articles.csv stream to disk, the
    per-speaker and per-verb tallies stay in memory (they grow with speakers, not with articles).

    `commit()` writes the tallies and renames every report into place together; leaving the `with`
    block without it leaves the previous reports untouched.
    """

    def __init__(self, out_dir: Path, *, metadata_columns: Sequence[str] = (), group_by: Sequence[str] = (),
                 html_articles: bool = False, tone_paraphrase: bool = False, name_gender: bool = False,
                 index: bool = True) -> None:
        if html_articles and not index:
            raise OptionError("the article views are linked from index.html: ask for both, or for neither")
        self.out_dir = Path(out_dir)
        self.tone_paraphrase = tone_paraphrase
        self.name_gender = name_gender
        self._estimated = NAME_GENDER_COLUMNS if name_gender else ()
        self._pages: dict[str, str] = {}  # article id -> its view, relative to the output folder
        self.metadata_columns = list(dict.fromkeys(input_column(column, _COMPUTED) for column in metadata_columns))
        self.group_by = tuple(input_column(column, _COMPUTED) for column in group_by)
        self._ids: Counter[str] = Counter()
        self._known = set(self.metadata_columns)
        self._names: dict[str, str] = {}  # an input field's name -> its column, remembered
        self._quotes = AtomicCsv(self.out_dir / "quotes.csv", [*QUOTE_COLUMNS, *TONE_COLUMNS, *self._estimated,
                                                               *self.metadata_columns])
        try:  # what is made before a failure here is undone: no `with` block will do it
            self._articles = AtomicCsv(self.out_dir / "articles.csv", [*ARTICLE_COLUMNS, *self.metadata_columns])
            self._views = _Views(self.out_dir / _VIEWS) if html_articles else None
        except BaseException:
            self._quotes.discard()
            if hasattr(self, "_articles"):
                self._articles.discard()
            raise
        self._charts = ChartProcess() if index else None  # loads matplotlib beside the run, for index.html
        self._pending: list[AtomicFile] = []
        self._frequency = FrequencyTally()
        self._tone = ToneTally()
        self.name_genders: Counter[str] = Counter()  # people's utterances by name-based gender, when asked
        self.counts = {"articles": 0, "ok": 0, "empty": 0, "error": 0, "quote_parts": 0, "utterances": 0,
                       "attributed": 0, "unnamed": 0, "direct": 0, "mixed": 0, "indirect": 0, "scare": 0,
                       **{f"{kind} utterances": 0 for kind in UTTERANCE_KINDS}}
        self.failures: list[str] = []
        self.acronyms: Counter[tuple[str, str]] = Counter()  # (acronym, organisation) -> articles using both

    def add(self, extracted: Extracted) -> None:
        """Record one `quotes.pipeline.Extracted`: its quote rows and its line in articles.csv."""
        article = extracted.article
        status, reason = article.status, article.reason
        if extracted.error is not None:
            status, reason = "error", extracted.error
        metadata = self._metadata(article.metadata)
        article_id, note = self._unique(article.article_id)
        if self._views is not None and article.text is not None and extracted.quotes:
            self._pages[article_id] = f"{_VIEWS}/{self._views.write(article_id, article.text, extracted.quotes)}"
        rows = quote_records(article_id, extracted.quotes, tuple(metadata.items()))
        if article.text is not None:
            self.acronyms.update(quoted_acronyms(article.text, extracted.quotes))
        for row, quote in zip(rows, extracted.quotes):
            if quote.kind != "indirect" or self.tone_paraphrase:  # reported speech: the writer's words
                row["polarity"], row["subjectivity"] = score(quote.text)
                row["tone"] = label(row["polarity"])
            self.counts[quote.kind] += 1
        self.add_rows(article_id, rows, source=article.source, status=status, reason=_joined(reason, note),
                      encoding=article.encoding, characters=len(article.text) if article.text is not None else 0,
                      metadata=metadata, prepared=True)

    def add_rows(self, article_id: str, rows: Sequence[dict[str, Any]], *, source: str = "", status: str = "ok",
                 reason: str | None = None, encoding: str | None = None, characters: int | None = None,
                 metadata: Mapping[str, Any] | None = None, prepared: bool = False) -> None:
        """Record one article from its quote rows (quotes.csv columns, tone included).

        An input field named like a computed column is kept as `input_<name>`; a second article
        with the same id is recorded as `<id>#2` (and a third `#3`), with a note, never merged
        (`prepared`: `add` has done both already).
        """
        if not prepared:
            metadata = self._metadata((metadata or {}).items())
            renamed, note = self._unique(article_id)
            if renamed != article_id or any(key in _ARTICLE_ONLY for row in rows[:1] for key in row):
                rows = [{**{input_column(key, _COMPUTED) if key in _ARTICLE_ONLY else key: value
                            for key, value in row.items()}, "article_id": renamed} for row in rows]
            article_id, reason = renamed, _joined(reason, note)
        if self.name_gender:
            for row in rows:
                row["name_gender"], row["name_female_probability"] = name_gender(row.get("speaker"), row.get("speaker_type"))
        self._quotes.write_all(rows)
        items = list(utterances_of_rows(rows, group_by=self.group_by))
        polarities = []
        counts = self.counts
        for utterance in items:
            self._frequency.add(utterance)
            counts[f"{utterance.kind} utterances"] += 1
            if self.name_gender and utterance.speaker_type == "person":
                self.name_genders[name_gender(utterance.speaker)[0] or "unknown"] += 1
            scored = utterance_tone(utterance, paraphrase=self.tone_paraphrase)
            if scored is None:
                continue  # reported speech: the writer's wording, scored only when asked
            polarities.append(scored)
            if utterance.speaker:
                self._tone.add((*utterance.groups, utterance.speaker), *scored)
        counts["articles"] += 1
        counts[status] += 1
        counts["quote_parts"] += len(rows)
        counts["utterances"] += len(items)
        counts["attributed"] += sum(1 for utterance in items if utterance.speaker)
        counts["unnamed"] += sum(1 for utterance in items if utterance.speaker_named is False)
        if status == "error":
            self.failures.append(f"{source or article_id}: {reason}")
        self._articles.write({
            "article_id": article_id, "source": source, "status": status, "reason": reason, "encoding": encoding,
            "characters": characters, "quote_parts": len(rows), **article_counts(items),
            "mean_polarity": round(sum(p for p, _ in polarities) / len(polarities), 4) if polarities else None,
            "mean_subjectivity": round(sum(s for _, s in polarities) / len(polarities), 4) if polarities else None,
            **(metadata or {}),
        })

    def _metadata(self, pairs: Iterable[tuple[str, Any]]) -> dict[str, Any]:
        """An article's fields under the names the reports give them; a field no article had before
        becomes a column of both reports (earlier rows leave it empty)."""
        names = self._names
        metadata = {names.get(key) or names.setdefault(key, input_column(key, _COMPUTED)): value for key, value in pairs}
        new = [key for key in metadata if key not in self._known]
        if new:
            self.metadata_columns += new
            self._known.update(new)
            self._quotes.add_columns(new)
            self._articles.add_columns(new)
        return metadata

    def _unique(self, article_id: str) -> tuple[str, str | None]:
        """The article's id, or `<id>#N` for the Nth article with that id, and the note that says so."""
        self._ids[article_id] += 1
        seen = self._ids[article_id]
        if seen == 1:
            return article_id, None
        return f"{article_id}#{seen}", f"duplicate id {article_id!r}: reported as {article_id}#{seen}"

    def commit(self) -> None:
        """Write the tallies, then rename every report into place.

        Raises:
            ColumnError: a column to group by was in no article; no report is written.
        """
        check_group_by(self.metadata_columns, self.group_by)
        groups = list(self.group_by)
        merged = merge_map(self._frequency.speaker_rows(), self.acronyms)  # "Reagan" -> "Ronald Reagan", across the corpus
        if merged:
            corpus = {speaker: name for speaker, (name, _) in merged.items()}
            self._frequency.rename(corpus)
            self._tone.rename(corpus)
        frequency = AtomicCsv(self.out_dir / "frequency.csv", [*groups, *SPEAKER_COLUMNS, *self._estimated])
        tone = AtomicCsv(self.out_dir / "tone.csv", [*groups, *SPEAKER_TONE_COLUMNS])
        verbs = AtomicCsv(self.out_dir / "verbs.csv", [*groups, *VERB_COLUMNS])
        names = AtomicCsv(self.out_dir / "speaker_names.csv", NAME_MAP_COLUMNS)
        self._pending = [frequency, tone, verbs, names]
        names.write_all(dict(zip(NAME_MAP_COLUMNS, (speaker, *target))) for speaker, target in sorted(merged.items()))
        frequency.write_all({**dict(zip(groups, row.pop("_groups"))), **row, **self._estimate(row)}
                            for row in self._frequency.speaker_rows())
        tone.write_all({**dict(zip(groups, key[:-1])), "speaker": key[-1], **stats} for key, stats in self._tone.rows())
        verbs.write_all({**dict(zip(groups, row.pop("_groups"))), **row} for row in self._frequency.verb_rows())
        reports: list[AtomicFile] = [self._quotes, frequency, tone, verbs, self._articles, names]
        for report in reports:
            report.flush()
        if self._charts is not None:  # the front page, unless the run asked for the CSVs only
            index = AtomicFile(self.out_dir / "index.html")
            self._pending.append(index)
            index.write_text(overview_page(frequency=self._frequency, tone=self._tone, counts=self.counts,
                                           group_by=self.group_by, quotes_csv=self._quotes.written, pages=self._pages,
                                           render=self._charts.render,
                                           corpus_names={speaker: name for speaker, (name, _) in merged.items()}))
            index.flush()
            reports.append(index)
        for report in reports:
            report.commit()
        if self._views is not None:
            self._views.commit()

    def _estimate(self, row: Mapping[str, Any]) -> dict[str, Any]:
        """A frequency row's name-based gender columns, when the run asked for them."""
        if not self.name_gender:
            return {}
        return dict(zip(NAME_GENDER_COLUMNS, name_gender(row["speaker"], row["speaker_type"])))

    def summary(self) -> str:
        """A short table for the console: articles, quotes, attributed share, top speakers and verbs."""
        from tabulate import tabulate  # type: ignore[import-untyped]  # (no stubs in the build)

        counts = self.counts
        share = counts["attributed"] / counts["utterances"] if counts["utterances"] else 0.0
        written = [*REPORTS, *(PAGES if self._charts is not None else ()), *([f"{_VIEWS}/"] if self._views is not None else [])]
        lines = [f"Reports in {self.out_dir}/: {', '.join(written)}", tabulate([
            ["articles", counts["articles"]], ["articles read", counts["ok"]], ["articles empty", counts["empty"]],
            ["articles failed", counts["error"]], ["quotes (utterances)", counts["utterances"]],
            ["quotes attributed", f"{share:.1%}"],
            ["attributed to unnamed sources", f"{counts['unnamed'] / counts['attributed']:.1%}" if counts["attributed"] else "-"],
            ["quotes: direct / mixed / indirect", " / ".join(str(counts[f"{kind} utterances"]) for kind in UTTERANCE_KINDS)],
            ["quote parts: direct / mixed / indirect / scare",
             f"{counts['direct']} / {counts['mixed']} / {counts['indirect']} / {counts['scare']}"],
        ], tablefmt="simple")]
        if self.name_gender and self.name_genders:
            people = sum(self.name_genders.values())
            lines.append(tabulate([[gender, count, f"{count / people:.1%}"] for gender, count in sorted(
                self.name_genders.items(), key=lambda item: -item[1])], headers=[
                "people's quotes by given name (name table)", "quotes", "share"], tablefmt="simple"))
        tone = {key[-1]: stats["mean_polarity"] for key, stats in self._tone.rows()}
        speakers = [[row["speaker"], row["quotes"], row["direct"] + row["mixed"], row["indirect"], row["words"],
                     tone.get(row["speaker"])]
                    for row in sorted(self._frequency.speaker_rows(), key=lambda row: -row["quotes"])[:_SUMMARY_ROWS]]
        if speakers:
            lines.append(tabulate(speakers, headers=["top speakers", "quotes", "quoted", "cited", "words", "mean tone"],
                                  tablefmt="simple"))
        verbs = [[row["verb"], row["quotes"], f"{row['share']:.1%}"]
                 for row in sorted(self._frequency.verb_rows(), key=lambda row: -row["quotes"])[:_SUMMARY_ROWS]]
        if verbs:
            lines.append(tabulate(verbs, headers=["top verbs", "quotes", "share"], tablefmt="simple"))
        return "\n\n".join(lines)

    def __enter__(self) -> ReportWriter:
        return self

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        for report in [self._quotes, self._articles, *self._pending]:
            report.__exit__(kind)
        if self._views is not None and kind is not None:
            self._views.discard()
        if self._charts is not None:
            self._charts.close()


class Reports(Mapping[str, Path]):
    """The reports a run wrote: report name -> path, with the console summary and the articles that
    could not be processed (`source: reason`, in input order). The summary is made when first read:
    ranking a corpus's speakers costs time a quiet run need not spend."""

    def __init__(self, paths: Mapping[str, Path], writer: ReportWriter) -> None:
        self.paths = MappingProxyType(dict(paths))
        self.failures = tuple(writer.failures)
        self._writer = writer

    @cached_property
    def summary(self) -> str:
        return self._writer.summary()

    def __getitem__(self, name: str) -> Path:
        return self.paths[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self.paths)

    def __len__(self) -> int:
        return len(self.paths)


def write_reports(data: pandas.DataFrame | Iterable[Extracted], out_dir: str | os.PathLike[str] = "reports", *,
                  group_by: Sequence[str] = (), articles: pandas.DataFrame | None = None,
                  metadata_columns: Sequence[str] | None = None, html_articles: bool = False,
                  tone_paraphrase: bool = False, name_gender: bool = False, index: bool = True) -> Reports:
    """Write the six CSV reports for a quotes frame, or for a stream of extracted articles.

    This is the one road to the reports: `quotes run` calls it with the stream, a notebook with a frame.

    Args:
        data: a quotes frame, as `quotes.extract_frame` returns it (not modified); or the articles
            `quotes.pipeline.extract_articles` yields, consumed one at a time in flat memory.
        group_by: metadata columns to split frequency.csv, tone.csv and verbs.csv by.
        articles: with a frame, optionally every article of the corpus (an `article_id` column, and
            any others): articles without quotes then appear in articles.csv too.
        metadata_columns: with a stream, the metadata columns known before it starts, in order; a
            field an article brings later becomes a column too (`quotes run` gives those its inputs
            declare: CSV headers, the first JSON line).
        html_articles: with a stream, also write a view of every article with quotes in
            `articles/`, linked from index.html (a frame holds no article text to show).
        tone_paraphrase: score reported speech in tone.csv and the articles' mean tone too; by
            default tone is of the speakers' own words (direct and mixed quotes) only, since
            reported speech is the writer's wording.
        name_gender: add a name-based gender estimate (`name_gender`, `name_female_probability`)
            to quotes.csv and frequency.csv, from a shipped table of given names, apart from the
            text's evidence in `speaker_gender` / `gender`.

        index: also write index.html, the front page with charts (default); without it, the CSVs
            only (an index.html already in `out_dir` is left as it was).

    Returns the path of each report (a mapping), with the summary `quotes run` prints.

    Raises:
        ColumnError: a `group_by` column is not in the data (for a stream: in no article; checked
            at the end, and then no report is written).
    """
    out = Path(out_dir)
    if hasattr(data, "columns") and hasattr(data, "to_dict"):
        if html_articles:
            raise OptionError("html_articles needs the articles' text, which a quotes frame does not hold: "
                              "use the stream of extracted articles, or analysis.show(text) for one article")
        check_group_by(data.columns, group_by)
        columns, rows_by_article = _frame_articles(data, articles, paraphrase=tone_paraphrase)  # type: ignore[arg-type]
        statuses = {str(article_id): (status, reason) for article_id, status, reason
                    in data.attrs.get("articles", ())}  # type: ignore[union-attr]
        with ReportWriter(out, metadata_columns=columns, group_by=group_by, tone_paraphrase=tone_paraphrase,
                          name_gender=name_gender, index=index) as writer:
            writer.acronyms.update({(acronym, name): articles for acronym, name, articles
                                    in data.attrs.get("acronyms", ())})  # type: ignore[union-attr]
            for article_id, rows, metadata in rows_by_article:
                status, reason = statuses.get(article_id, ("ok", None))
                writer.add_rows(article_id, rows, metadata=metadata, status=status, reason=reason)
            writer.commit()
    else:
        with ReportWriter(out, metadata_columns=metadata_columns or (), group_by=group_by,
                          html_articles=html_articles, tone_paraphrase=tone_paraphrase,
                          name_gender=name_gender, index=index) as writer:
            for item in data:  # type: ignore[union-attr]
                writer.add(item)
            writer.commit()
    return Reports({name: out / name for name in (*REPORTS, *(PAGES if index else ()))}, writer)


def _frame_articles(frame: pandas.DataFrame, articles: pandas.DataFrame | None, *, paraphrase: bool = False
                    ) -> tuple[list[str], Iterator[tuple[str, list[dict[str, Any]], dict[str, Any]]]]:
    """The metadata columns of a quotes frame (and of `articles`), and each article's id, scored
    quote rows and metadata: the articles listed first, in their order, then the others.

    An article is a run of rows with one id and rising `quote_id`: two articles that share an id
    (frames put together) stay two articles.
    """
    import pandas

    from .sentiment import with_tone

    if articles is None and frame.attrs.get("articles"):  # every article extract_frame read, quotes or not
        articles = pandas.DataFrame([article_id for article_id, _, _ in frame.attrs["articles"]],
                                    columns=["article_id"])
    scored = with_tone(frame, paraphrase=paraphrase)
    metadata_columns = [column for column in scored.columns if column not in QUOTE_COLUMNS + TONE_COLUMNS]
    if articles is not None:
        articles = articles.drop_duplicates("article_id")
        metadata_columns += [column for column in articles.columns
                             if column != "article_id" and column not in metadata_columns]
    segments: list[tuple[str, list[dict[str, Any]]]] = []
    for row in scored.to_dict("records"):
        article_id = str(row["article_id"])
        if not segments or segments[-1][0] != article_id or row["quote_id"] <= segments[-1][1][-1]["quote_id"]:
            segments.append((article_id, []))
        segments[-1][1].append(row)
    listed = [str(article_id) for article_id in articles["article_id"]] if articles is not None else []
    extra = articles.set_index(articles["article_id"].astype(str)) if articles is not None else None
    first = dict(reversed(segments))  # each id's first segment
    order = [(article_id, first.get(article_id, [])) for article_id in listed]
    listed_ids = set(listed)
    order += [(article_id, rows) for article_id, rows in segments if article_id not in listed_ids
              or rows is not first.get(article_id)]

    def each() -> Iterator[tuple[str, list[dict[str, Any]], dict[str, Any]]]:
        for article_id, rows in order:
            metadata = {column: rows[0].get(column) for column in metadata_columns} if rows else {}
            if extra is not None and article_id in extra.index and rows is first.get(article_id, rows):
                metadata.update({key: value for key, value in extra.loc[article_id].to_dict().items()
                                 if key != "article_id"})
            yield article_id, rows, metadata

    return metadata_columns, each()


class _Views:
    """The article views of a run, written to a temporary folder beside `folder` and put in its
    place by `commit()`, like the reports: a run that stops leaves the previous views as they were."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        with _output(folder):
            folder.parent.mkdir(parents=True, exist_ok=True)
            self._temporary = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", suffix=".tmp", dir=folder.parent))
            os.chmod(self._temporary, 0o777 & ~_umask())
        self._names: set[str] = set()

    def write(self, article_id: str, text: str, quotes: Sequence[Quote]) -> str:
        """Write one article's view; returns its file name."""
        name = page_name(article_id)
        with _output(self._temporary / name):
            (self._temporary / name).write_text(article_page(text, quotes, title=article_id, back="../index.html"),
                                                encoding="utf-8")
        return name

    def commit(self) -> None:
        with _output(self.folder):
            if self.folder.is_dir() and not self.folder.is_symlink():
                shutil.rmtree(self.folder)
            os.replace(self._temporary, self.folder)

    def discard(self) -> None:
        shutil.rmtree(self._temporary, ignore_errors=True)


@contextmanager
def _output(path: Path) -> Iterator[None]:
    """Turn a failure to write a report into `ReportWriteError`, with the reason in one line."""
    try:
        yield
    except OSError as error:
        raise _write_error(path, error) from None


def _write_error(path: Path, error: OSError) -> ReportWriteError:
    where = error.filename or path
    reason = "the disk is full" if error.errno == errno.ENOSPC else error.strerror or str(error)
    return ReportWriteError(f"cannot write the reports to {where}: {reason} (choose another --out)")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _joined(reason: str | None, note: str | None) -> str | None:
    return reason if note is None else note if reason is None else f"{reason}; {note}"


