"""`extract`: the whole path from an article's text to its attributed quotes.

text -> paragraphs -> quote spans -> quote-aware sentences (only where quotes are) -> kinds and
groups -> attribution -> statements carried on -> reported speech -> fragments of one sentence -> canonical
speakers. Each stage is a pure function of the stages before it.
"""

from __future__ import annotations

import signal
import sys
from collections import defaultdict, deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from typing import Any

from .attribution import attribute_quotes
from .continuations import join_continued_quotes, join_fragments
from .cuewords import cue_positions, holds_cue
from .errors import ExtractionLimitError, OptionError, QuotesError
from .kinds import classify_quotes, is_headline, unspoken_terms, unvoiced_fragments
from .marks import QUOTE_CHARACTERS, find_quote_spans
from .model import KINDS, Article, Kind, Quote, QuoteSpan
from .reported import add_reported
from .sentences import split_paragraphs, split_sentences
from .speakers import resolve_speakers
from .tokens import SharedTokens

__all__ = ["extract", "extract_articles", "check_kinds", "Extracted"]

_CHUNK_ARTICLES = 64  # articles sent to a worker at once: large enough to hide the cost of pickling
_CHUNKS_AHEAD = 4  # chunks in flight per worker: keeps workers busy while memory stays bounded
_PR_SET_PDEATHSIG = 1  # prctl option: the signal a process gets when its parent ends (Linux)
# The work guard (see `extract`). News has a quotation mark every hundred characters or so and a
# quote every few hundred; a long transcript of one-word answers, one quote in thirty. Short texts
# are never refused: the guard only starts past thousands of marks or quotes.
_STRUCTURE_ALLOWED = 20_000
_CHARACTERS_PER_MARK = 4
_QUOTES_ALLOWED = 5_000
_CHARACTERS_PER_QUOTE = 25


def extract(text: str, kinds: Iterable[Kind] = KINDS) -> list[Quote]:
    """Return every quote of `text`, in order, with kinds, groups and exact offsets.

    Odd text is data: unpaired marks become unclosed quotes or are ignored, and an article without
    quotes gives an empty list. `text[q.start:q.end] == q.text` for every quote.

    Args:
        kinds: the kinds to return (`KINDS`: direct, mixed, indirect, scare). Without `indirect`,
            reported speech is not looked for at all, which saves its time.

    Raises:
        ExtractionLimitError: the text holds a line break or a quotation mark every few characters,
            or a quote every few words, over thousands of them: no prose does, and its cost per
            character would be many times news's. The limit counts work, not time.
    """
    if not isinstance(text, str):
        raise TypeError(f"extract() takes the article text as a str, not {type(text).__name__}")
    wanted = check_kinds(kinds)
    _check_structure(text)
    paragraphs = split_paragraphs(text)
    spans = find_quote_spans(text, paragraphs)
    if len(spans) > _QUOTES_ALLOWED and len(spans) * _CHARACTERS_PER_QUOTE > len(text):
        raise ExtractionLimitError(f"{len(spans):,} quotes in {len(text):,} characters, more than one in "
                                   f"{_CHARACTERS_PER_QUOTE}: not prose, not extracted")
    by_paragraph: dict[int, list[QuoteSpan]] = defaultdict(list)
    for span in spans:
        by_paragraph[span.paragraph].append(span)
    sentences = {index: split_sentences(text, paragraphs[index], held) for index, held in by_paragraph.items()}
    headline = bool(spans) and is_headline(text, paragraphs)
    quotes = classify_quotes(text, paragraphs, spans, sentences, headline=headline)
    shared: SharedTokens = {}  # sentence tokens, read by attribution and again by reported speech
    quotes = join_continued_quotes(attribute_quotes(text, paragraphs, quotes, sentences, shared=shared))
    if "indirect" in wanted:
        cues = cue_positions(text)
        for paragraph in paragraphs:  # reported speech needs the sentences of paragraphs without quotes too
            if paragraph.index not in sentences and holds_cue(cues, paragraph.start, paragraph.end):
                sentences[paragraph.index] = split_sentences(text, paragraph)
        quotes = add_reported(text, quotes, sentences, cues, shared=shared)
    quotes = resolve_speakers(text, unspoken_terms(join_fragments(quotes)), headline_end=paragraphs[0].end if headline else 0)
    quotes = unvoiced_fragments(text, quotes)
    return quotes if len(wanted) == len(KINDS) else [quote for quote in quotes if quote.kind in wanted]


def check_kinds(kinds: Iterable[str]) -> frozenset[Kind]:
    """The kinds asked for, checked: an unknown kind raises `OptionError` naming the known ones."""
    wanted = frozenset([kinds] if isinstance(kinds, str) else kinds)
    unknown = sorted(wanted - set(KINDS))
    if unknown or not wanted:
        problem = f"unknown quote kind {unknown[0]!r}" if unknown else "no quote kind asked for"
        raise OptionError(f"{problem}; the kinds are {', '.join(KINDS)}")
    return wanted  # type: ignore[return-value]


def _check_structure(text: str) -> None:
    """Refuse a text with a line break or a quotation mark every few characters before splitting it:
    every paragraph and mark becomes an object, and a text of nothing else would fill the memory."""
    if len(text) <= _STRUCTURE_ALLOWED:
        return
    count = text.count("\n") + sum(text.count(mark) for mark in QUOTE_CHARACTERS)
    if count > _STRUCTURE_ALLOWED + len(text) // _CHARACTERS_PER_MARK:
        raise ExtractionLimitError(f"{count:,} line breaks and quotation marks in {len(text):,} characters, more "
                                   f"than one in {_CHARACTERS_PER_MARK}: not prose, not extracted")


@dataclass(frozen=True, slots=True)
class Extracted:
    """An article and what extraction made of it: its quotes, or the error that stopped it."""

    article: Article
    quotes: tuple[Quote, ...] = ()
    error: str | None = None


def extract_articles(articles: Iterable[Article], *, jobs: int = 1, executor: Any = None,
                     kinds: Iterable[Kind] = KINDS) -> Iterator[Extracted]:
    """Extract the quotes of a stream of articles, in input order, with `jobs` worker processes.

    Args:
        executor: anything with `submit(fn, arg)` returning a future with `result()`, such as a
            `distributed.Client`: the work then runs there, `jobs` chunks at a time per worker.
        kinds: the kinds of quotes to extract, as for `extract` (checked before any work starts).

    Articles that could not be read pass through with no quotes. Only a bounded number of articles is
    in flight, so memory does not grow with the corpus; the output is the same for any `jobs`.
    """
    wanted = tuple(sorted(check_kinds(kinds)))
    return _extract_stream(articles, jobs, executor, wanted)


def _extract_stream(articles: Iterable[Article], jobs: int, executor: Any, kinds: tuple[Kind, ...]) -> Iterator[Extracted]:
    if executor is not None:
        yield from _extract_with(executor, articles, window=max(1, jobs) * _CHUNKS_AHEAD, kinds=kinds)
        return
    if jobs <= 1:
        for article in articles:
            yield _extract_one(article, kinds)
        return
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_end_with_parent)
    try:
        yield from _extract_with(pool, articles, window=jobs * _CHUNKS_AHEAD, kinds=kinds)
    finally:  # also when the run stops early (an error, Ctrl-C, SIGTERM): no work left queued
        pool.shutdown(wait=True, cancel_futures=True)


def _end_with_parent() -> None:
    """A worker leaves Ctrl-C and SIGTERM to the parent, which stops the pool, and on Linux asks to be
    ended when its parent ends however it ends: no worker outlives a run holding its pipes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's handler, which a fork would inherit
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
        except (OSError, AttributeError):  # no prctl: the pool's shutdown still ends the workers
            pass


def _extract_with(executor: Any, articles: Iterable[Article], *, window: int,
                  kinds: tuple[Kind, ...]) -> Iterator[Extracted]:
    pending: deque[tuple[list[Article], Future[list[tuple[tuple[Quote, ...], str | None]]]]] = deque()
    for chunk in _chunks(articles, _CHUNK_ARTICLES):
        pending.append((chunk, executor.submit(_extract_texts, [article.text for article in chunk], kinds)))
        if len(pending) >= window:
            yield from _finished(*pending.popleft())
    while pending:
        yield from _finished(*pending.popleft())


def _extract_one(article: Article, kinds: tuple[Kind, ...] = KINDS) -> Extracted:
    if article.text is None:
        return Extracted(article)
    quotes, error = _extract_text(article.text, kinds)
    return Extracted(article, quotes, error)


def _extract_texts(texts: list[str | None], kinds: tuple[Kind, ...] = KINDS) -> list[tuple[tuple[Quote, ...], str | None]]:
    return [((), None) if text is None else _extract_text(text, kinds) for text in texts]


def _extract_text(text: str, kinds: tuple[Kind, ...] = KINDS) -> tuple[tuple[Quote, ...], str | None]:
    """Extract, turning a failure into a recorded error: one article never stops a run."""
    try:
        return tuple(extract(text, kinds)), None
    except QuotesError as error:  # the work guard: the reason says what and why
        return (), str(error)
    except Exception as error:  # noqa: BLE001 - reported per article, the run goes on
        return (), f"extraction failed: {type(error).__name__}: {error}"


def _finished(chunk: list[Article], future: Future[list[tuple[tuple[Quote, ...], str | None]]]) -> Iterator[Extracted]:
    for article, (quotes, error) in zip(chunk, future.result()):
        yield Extracted(article, quotes, error)


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while chunk := list(islice(iterator, size)):
        yield chunk
