"""The `quotes` command: a thin layer over the Python API with the same names.

`quotes run` reads articles, extracts and attributes their quotes and writes the reports;
`quotes evaluate` scores the extractor against gold annotations. Errors the user can fix are one
line on stderr, never a traceback. Exit codes: 0 all good, 1 some articles failed (they are listed
in articles.csv), 2 usage error (bad option, missing path, a table without its text column) or
reports that cannot be written, 130 interrupted (Ctrl-C), 141 output pipe closed, 143 terminated.
"""

from __future__ import annotations

import argparse
import gc
import os
import signal
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from . import __version__
from .errors import QuotesError
from .model import KINDS
from .inputs import DEFAULT_MAX_CHARS

__all__ = ["main", "build_parser"]

EXIT_OK, EXIT_ARTICLES_FAILED, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED, EXIT_BROKEN_PIPE, EXIT_TERMINATED = 130, 141, 143
_COLLECTION_THRESHOLDS = (10_000, 50, 100)  # the garbage collector's during a run (see `_fewer_collections`)

_EXIT_CODES = """exit codes:
  0    every article was read and processed
  1    some articles could not be read; they are listed with the reason in articles.csv
  2    usage error (bad option, missing path, a table without its text column), or the
       reports cannot be written (--out is a file or read-only, the disk is full)
  130  interrupted (Ctrl-C), 143 terminated (SIGTERM): no report is half-written, earlier
       reports stay as they were
  141  the output pipe closed early (quotes run | head)"""


class _Terminated(BaseException):
    """SIGTERM, raised in the main thread so every report being written is cleaned up on the way out."""


def _terminate(_signal: int, _frame: object) -> None:
    raise _Terminated


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quotes",
        description="Find the direct quotes in news articles, say who said them, and report on them.",
        epilog=_EXIT_CODES + "\n\nexample:\n  quotes run seeds/ --out reports/",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"quotes {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    _add_run(commands)
    _add_show(commands)
    _add_evaluate(commands)
    return parser


def _add_run(commands: Any) -> None:
    run = commands.add_parser(
        "run", help="extract and attribute quotes, write the CSV reports",
        description="Extract and attribute the quotes of every article and write the CSV reports.",
        epilog=_EXIT_CODES + "\n\nexamples:\n  quotes run\n  quotes run articles/ news.jsonl --out reports/ --jobs 2"
               "\n  quotes run news.parquet --engine dask --scheduler tcp://10.0.0.5:8786",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    run.add_argument("inputs", nargs="*", metavar="INPUT", default=["seeds"],
                     help="article files or folders (.txt/.md), or tables (.csv/.tsv/.jsonl/.parquet); "
                          "'-' reads stdin: JSONL, or one plain text (default: seeds/)")
    run.add_argument("--out", default="reports", metavar="DIR", help="folder for the reports (default: reports/)")
    run.add_argument("--jobs", type=_positive_int, default=None, metavar="N",
                     help="worker processes (default: the cores available)")
    run.add_argument("--text-col", default="text", metavar="NAME", help="text column of tables (default: text)")
    run.add_argument("--id-col", default=None, metavar="NAME",
                     help="id column of tables: a table without it is refused (default: id if present, "
                          "else rows are numbered <file>:<line>)")
    run.add_argument("--max-chars", type=_positive_int, default=None, metavar="N",
                     help=f"refuse articles longer than N characters (default: {DEFAULT_MAX_CHARS:,})")
    run.add_argument("--group-by", action="append", default=[], metavar="COLUMN",
                     help="split frequency.csv, tone.csv and verbs.csv by this metadata column (repeatable)")
    run.add_argument("--engine", choices=("local", "dask"), default="local",
                     help="local processes (default), or a Dask cluster (needs pip install 'quotes[dask]')")
    run.add_argument("--scheduler", metavar="ADDRESS",
                     help="with --engine dask: the scheduler to use, e.g. tcp://10.0.0.5:8786 "
                          "(default: a local cluster of --jobs workers)")
    run.add_argument("--kinds", type=_kinds, default=KINDS, metavar="LIST",
                     help="the kinds of quotes to extract, comma-separated, from direct, mixed, indirect "
                          "(reported speech) and scare (default: all); leaving out indirect is faster")
    run.add_argument("--tone-paraphrase", action="store_true",
                     help="score reported speech in tone.csv too (default: tone is of the speakers' own "
                          "words, direct and mixed quotes, since reported speech is the writer's wording)")
    run.add_argument("--name-gender", action="store_true",
                     help="add a gender estimated from each person's given name, with its probability, to "
                          "quotes.csv and frequency.csv (offline name table; apart from the text's evidence)")
    run.add_argument("--html-articles", action="store_true",
                     help="also write a view of every article with its quotes marked, in DIR/articles/, "
                          "linked from DIR/index.html")
    run.add_argument("--no-index", dest="index", action="store_false",
                     help="write the CSV reports only, not DIR/index.html and its charts (for batch jobs that "
                          "read the CSVs; an index.html already in DIR is left as it was)")
    run.add_argument("--quiet", action="store_true", help="print nothing but errors")
    run.set_defaults(handler=_run)


def _add_show(commands: Any) -> None:
    show = commands.add_parser(
        "show", help="write one article's view: its text with every quote marked by speaker",
        description="Write an HTML view of one article: each quote highlighted and coloured by speaker, the "
                    "mention underlined, speaker, verb, rule and tone on hover or focus.",
        epilog="example:\n  quotes show seeds/noem-el-salvador.txt --out noem.html",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    show.add_argument("file", metavar="FILE", help="a text or HTML file, or '-' for stdin")
    show.add_argument("--out", default=None, metavar="PAGE.html",
                      help="where to write the page (default: the file's name with .html, in this folder)")
    show.set_defaults(handler=_show)


def _add_evaluate(commands: Any) -> None:
    evaluate = commands.add_parser(
        "evaluate", help="score extraction and attribution against gold annotations",
        description="Score quote extraction and attribution against gold annotations (JSONL, one "
                    "article a line, with quote offsets and speaker mentions, or a 'reported' list of "
                    "speech of every kind; see the README).",
        epilog="example:\n  quotes evaluate gold.jsonl --errors 20",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    evaluate.add_argument("gold", metavar="GOLD.jsonl", help="gold articles, one JSON object a line")
    evaluate.add_argument("--errors", type=_non_negative_int, default=0, metavar="N",
                          help="list up to N misses, spurious quotes and wrong speakers, with context")
    evaluate.add_argument("--overlap", type=float, default=0.8, metavar="R",
                          help="character overlap (0..1) that counts as a loose match (default: 0.8)")
    evaluate.set_defaults(handler=_evaluate)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code instead of exiting, so tests call it in-process."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return EXIT_OK if exit_.code in (0, None) else EXIT_USAGE
    if getattr(args, "handler", None) is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    previous = signal.signal(signal.SIGTERM, _terminate) if _in_main_thread() else None
    try:
        return args.handler(args)
    except QuotesError as error:
        print(f"quotes: {error}", file=sys.stderr)
        return EXIT_USAGE
    except ModuleNotFoundError as error:
        if not _is_dependency(error):
            raise
        print(f"quotes: the package {error.name!r} is missing; install the toolkit with its "
              "dependencies: pip install .", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("quotes: interrupted; no report was half-written, earlier reports stay as they were", file=sys.stderr)
        return EXIT_INTERRUPTED
    except _Terminated:
        print("quotes: terminated; no report was half-written, earlier reports stay as they were", file=sys.stderr)
        return EXIT_TERMINATED
    except BrokenPipeError:  # "quotes run | head -1": the reader went away; the reports are written
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so the interpreter's last flush does not fail again
        return EXIT_BROKEN_PIPE
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _is_dependency(error: ModuleNotFoundError) -> bool:
    """A missing third-party package is the user's set-up, one line; a missing module of ours is a bug."""
    top = (error.name or "").partition(".")[0]
    return bool(top) and top not in {"quotes", "analysis"}


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Run the block with the cyclic garbage collector seldom woken, then restore it as it was.

    A run makes millions of short-lived objects (tokens, records, rows) and almost no reference
    cycles, yet the collector's default wakes every 700 allocations: 520 collections and 2% of a
    run on 4,000 articles, against 24 collections and 0.5% here, with the same peak memory. What the
    imports made is frozen out of every collection (and shared untouched by forked workers).
    """
    thresholds = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(*_COLLECTION_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


def _run(args: argparse.Namespace) -> int:
    from analysis import write_reports
    from analysis.utterances import check_group_by

    from .inputs import plan_inputs, read_articles
    from .pipeline import extract_articles

    id_col = args.id_col or "id"
    sources = plan_inputs(args.inputs, text_col=args.text_col, id_col=id_col, require_id=args.id_col is not None)
    metadata_columns = list(dict.fromkeys(
        column for source in sources for column in source.columns if column not in (args.text_col, id_col)))
    if not any(source.kind in ("jsonl", "sniff") for source in sources):  # all columns known: fail before reading
        check_group_by(metadata_columns, args.group_by)
    if args.scheduler and args.engine != "dask":
        raise _usage("--scheduler needs --engine dask")
    _refuse_overwriting_inputs(sources, Path(args.out))
    _refuse_writing_into_inputs(args.inputs, Path(args.out))
    jobs = args.jobs or _cores()
    client = None
    if args.engine == "dask":
        from .dask import connect

        client = connect(args.scheduler, workers=jobs)
        jobs = max(1, len(client.scheduler_info().get("workers", {})))
    articles = read_articles(sources, text_col=args.text_col, id_col=id_col,
                             max_chars=args.max_chars or DEFAULT_MAX_CHARS)
    extracted = extract_articles(articles, jobs=jobs, executor=client, kinds=args.kinds)
    if not args.quiet and sys.stderr.isatty():
        from tqdm import tqdm

        from .inputs import count_articles

        extracted = tqdm(extracted, unit=" articles", file=sys.stderr, total=count_articles(sources))
    try:
        with _fewer_collections():
            reports = write_reports(extracted, args.out, group_by=args.group_by, metadata_columns=metadata_columns,
                                    html_articles=args.html_articles, tone_paraphrase=args.tone_paraphrase,
                                    name_gender=args.name_gender, index=args.index)
    finally:
        if client is not None:
            cluster = client.cluster
            client.close()
            if cluster is not None and args.scheduler is None:
                cluster.close()
    if not args.quiet:
        print(reports.summary)
    for failure in reports.failures[:20]:
        print(f"quotes: {failure}", file=sys.stderr)
    if len(reports.failures) > 20:
        print(f"quotes: ... and {len(reports.failures) - 20} more, listed in {args.out}/articles.csv", file=sys.stderr)
    return EXIT_ARTICLES_FAILED if reports.failures else EXIT_OK


def _show(args: argparse.Namespace) -> int:
    from analysis.pages import article_page

    from .inputs import plan_inputs, read_articles, shown
    from .pipeline import extract

    sources = [] if os.path.isdir(args.file) else plan_inputs([args.file])
    if len(sources) != 1 or sources[0].kind not in ("text", "sniff"):
        raise _usage(f"{args.file}: quotes show takes one text or HTML file, or '-'; for a corpus use "
                     f"quotes run --html-articles")
    article = next(read_articles(sources), None)
    if article is None or article.text is None:
        raise _usage(f"{args.file}: {article.reason if article is not None else 'nothing to read'}")
    out = Path(args.out) if args.out else Path(f"{Path(article.article_id).stem or 'article'}.html")
    page = article_page(article.text, extract(article.text), title=shown(article.article_id))
    try:
        out.write_text(page, encoding="utf-8")
    except OSError as error:
        raise QuotesError(f"cannot write {out}: {error.strerror or error}") from None
    print(out)
    return EXIT_OK


def _evaluate(args: argparse.Namespace) -> int:
    from tabulate import tabulate

    from .evaluation import evaluate

    if not 0 < args.overlap <= 1:
        raise _usage("--overlap must be in (0, 1]")
    result = evaluate(args.gold, overlap=args.overlap, errors=args.errors)
    print(f"{result.articles} articles\n")
    print(tabulate(result.quote_table(), headers=["kind", "match", "gold", "predicted", "matched", "precision",
                                                  "recall", "F1"], tablefmt="simple"))
    print()
    print(tabulate(result.speaker_table(), headers=["speaker measure", "correct", "of", "accuracy"], tablefmt="simple"))
    for case in result.errors:
        detail = f"expected {case.expected!r}, got {case.predicted!r}" if case.problem == "wrong speaker" else ""
        print(f"\n[{case.problem}] {case.article_id} {detail}\n  {case.context}")
    return EXIT_OK


def _refuse_overwriting_inputs(sources: Sequence[Any], out_dir: Path) -> None:
    """Reports never replace an input: `quotes run reports/quotes.csv` must not destroy its own input."""
    from analysis.reports import REPORTS

    targets = {os.path.realpath(out_dir / name) for name in REPORTS}  # realpath: no error on a loop of links
    for source in sources:
        if source.path is not None and source.kind != "skipped" and os.path.realpath(source.path) in targets:
            raise _usage(f"{source.path} is an input and would be overwritten by a report; choose another --out")


def _refuse_writing_into_inputs(inputs: Sequence[str], out_dir: Path) -> None:
    """Reports never go inside a folder being read: the next run would read them as articles."""
    out = os.path.realpath(out_dir)
    for given in inputs:
        if given != "-" and os.path.isdir(given):
            folder = os.path.realpath(given)
            if out == folder or out.startswith(folder.rstrip(os.sep) + os.sep):
                raise _usage(f"--out {str(out_dir)!r} is inside the input folder {given!r}: the next run would read "
                             f"the reports as articles; choose a folder outside it")


def _in_main_thread() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()


def _usage(message: str) -> QuotesError:
    return QuotesError(message)


def _kinds(value: str) -> tuple[str, ...]:
    kinds = tuple(dict.fromkeys(part.strip().lower() for part in value.split(",") if part.strip()))
    unknown = [kind for kind in kinds if kind not in KINDS]
    if unknown or not kinds:
        problem = f"unknown kind {unknown[0]!r}" if unknown else "no kind given"
        raise argparse.ArgumentTypeError(f"{problem}; choose from {', '.join(KINDS)}")
    return kinds


def _positive_int(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {value}")
    return number


def _non_negative_int(value: str) -> int:
    number = int(value)
    if number < 0:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 0, got {value}")
    return number


def _cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)
