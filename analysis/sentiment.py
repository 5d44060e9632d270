"""Tone of quotes: TextBlob polarity and subjectivity, a label, and averages per speaker or article.

Polarity runs from -1 (negative) to 1 (positive), subjectivity from 0 (factual) to 1 (opinion), as
TextBlob's pattern analyser gives them for the quote text (it works offline with its bundled lexicon).
The label is `negative` below -0.05, `positive` above 0.05 and `neutral` between: the lexicon scores
most plain statements exactly 0, and a small margin keeps near-zero scores neutral.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache, partial
from pathlib import Path
from statistics import fmean
from typing import TYPE_CHECKING, Any, Callable, Literal

from quotes.deferred import submodule
from quotes.errors import OptionError
from quotes.lexicons import load_mapping

from .corpusnames import renamed_entries
from .patternscore import PatternLexicon, pattern_score
from .utterances import Utterance, check_group_by, utterances

if TYPE_CHECKING:
    import pandas

__all__ = ["score", "label", "tone", "with_tone", "utterance_tone", "ToneTally", "NEGATIVE_BELOW", "POSITIVE_ABOVE", "TONE_COLUMNS",
           "SPEAKER_TONE_COLUMNS"]

NEGATIVE_BELOW = -0.05
POSITIVE_ABOVE = 0.05
Label = Literal["negative", "neutral", "positive"]

# The per-quote columns tone adds to quotes.csv, after `rule`.
TONE_COLUMNS = ("polarity", "subjectivity", "tone")
# The columns of tone.csv (after any grouping columns).
SPEAKER_TONE_COLUMNS = ("speaker", "quotes", "mean_polarity", "median_polarity", "mean_subjectivity",
                        "negative_share", "neutral_share", "positive_share")


_SCORES_KEPT = 1 << 12
_SOURCE_KEY = "@source_sha256"  # the entry of lexicons/textblob_sentiment.txt naming the XML it was derived from
# Characters that may belong to an emoticon (":-)", "<3", "(!)") or an emoji, which TextBlob also scores.
_EMOTICON_CHARACTERS = re.compile(r"[:;=<>()^*\[\]{}|\\/~\U0001F000-\U0001FFFF\u2600-\u27BF]")
_PIECE = re.compile(r"[\w'’*-]+")
_SPLIT = re.compile(r"['’*-]")
# What the loaded copy of TextBlob's lexicon answers with dict's own methods (see `_plain_copy`).
_DICT_METHODS = ("__contains__", "__getitem__", "__iter__", "__len__", "get", "keys", "items", "values")


@cache
def _textblob_sentiment() -> Any:
    """TextBlob's pattern sentiment analyser, its lexicon not read yet (it reads the file on the first
    lookup). Loaded without TextBlob's package `__init__`, which imports all of NLTK (see
    `quotes.deferred`): the analyser itself needs only the standard library."""
    return getattr(submodule("textblob.en", ("textblob",)), "sentiment", None)


@cache
def _analyser() -> Callable[[str], tuple[float, float]]:
    """TextBlob's pattern sentiment function: the one `TextBlob(text).sentiment` calls.

    Called directly, it skips building a named-tuple class on every quote (a third of the cost). It
    runs on a plain copy of the analyser (`_plain_copy`): the same lexicon and the same code, so the
    same scores, without the lazy-loading wrapper around each of its dictionary lookups.
    """
    pattern_sentiment = _textblob_sentiment()
    if not callable(pattern_sentiment):  # a TextBlob that moved it: go through the public API
        from textblob import TextBlob

        return lambda text: tuple(TextBlob(text).sentiment)  # type: ignore[return-value]
    return _plain_copy(pattern_sentiment)


def _plain_copy(analyser: Any) -> Any:
    """TextBlob's analyser is a lazily loaded dict: every `word in lexicon` and `lexicon[word]` of
    its scoring goes through a Python-level wrapper that checks whether the file is loaded yet (a
    fifth of its time per quote). The copy is loaded once and answers with dict's own methods."""
    if not isinstance(analyser, dict):
        return analyser
    len(analyser)  # loads the lexicon file

    # (a class made by a call, not a class statement: this module is compiled, and mypyc builds no
    # class inside a function)
    loaded: Any = type("Loaded", (type(analyser),), {name: getattr(dict, name) for name in _DICT_METHODS})
    plain = loaded.__new__(loaded)
    plain.__dict__.update({key: value for key, value in vars(analyser).items() if not hasattr(dict, key)})
    dict.update(plain, dict.items(analyser))
    return plain


def score(text: str) -> tuple[float, float]:
    """(polarity -1..1, subjectivity 0..1) of `text`, equal to `TextBlob(text).sentiment`.

    TextBlob scores only words of its lexicon (and emoticons); a quote holding none scores (0.0, 0.0),
    which is returned without running the analyser: most factual quotes, at a fraction of the cost.
    """
    if not _may_score(text):
        return 0.0, 0.0
    return _scored(text)


@lru_cache(maxsize=_SCORES_KEPT)
def _scored(text: str) -> tuple[float, float]:
    """The analyser's score, remembered: a corpus repeats quotes (one in ten in news, wire copy)."""
    lexicon = _pattern_lexicon()
    polarity, subjectivity = _analyser()(text) if lexicon is None else pattern_score(text, lexicon)
    return float(polarity), float(subjectivity)


@cache
def _pattern_lexicon() -> PatternLexicon | None:
    """TextBlob's lexicon and tokenizer data for `pattern_score`, which gives the same scores at a
    fraction of the time (see `analysis.patternscore`); None for a TextBlob laid out otherwise."""
    text_module = submodule("textblob._text", ("textblob",))
    try:
        scores, modifiers = _word_scores()
        faces, contractions = getattr(text_module, "EMOTICONS"), getattr(text_module, "replacements")
        punctuation: str = getattr(text_module, "PUNCTUATION")
        return PatternLexicon(
            scores=scores,
            modifiers=modifiers,
            negations=frozenset(getattr(_textblob_sentiment(), "negations")),
            contractions=tuple(contractions.items()),
            contraction_words=frozenset(contractions),
            punctuation=punctuation,
            edge_marks=frozenset(punctuation.replace(".", "")),
            trailing_marks=frozenset(punctuation),
            abbreviations=frozenset(getattr(text_module, "ABBREVIATIONS")),
            emoticons=tuple((polarity, frozenset(face.lower() for face in each)) for (_, polarity), each in faces.items()),
            spaced_emoticon=getattr(text_module, "RE_EMOTICONS"),
        )
    except (AttributeError, TypeError, ValueError):
        return None


@cache
def _word_scores() -> tuple[dict[str, tuple[float, float, float]], frozenset[str]]:
    """Each lexicon word's (polarity, subjectivity, intensity) averaged over its senses, and the words
    with an adverb sense. Read from `lexicons/textblob_sentiment.txt` while the installed TextBlob's
    lexicon file is the one that table was derived from (a millisecond, against fifty for TextBlob's
    XML); from TextBlob's analyser otherwise."""
    analyser: Any = _textblob_sentiment()
    table = load_mapping("textblob_sentiment")
    if getattr(analyser, "_confidence", None) is None and table.get(_SOURCE_KEY) == _source_digest(analyser):
        scores: dict[str, tuple[float, float, float]] = {}
        modifiers = set()
        for word, value in table.items():
            if word != _SOURCE_KEY:
                polarity, subjectivity, intensity, modifier = value.split()
                scores[word] = (float(polarity), float(subjectivity), float(intensity))
                if modifier == "1":
                    modifiers.add(word)
        return scores, frozenset(modifiers)
    return analyser_scores(_analyser())


def analyser_scores(analyser: Any) -> tuple[dict[str, tuple[float, float, float]], frozenset[str]]:
    """`_word_scores` as TextBlob's loaded analyser gives them (and as `tools/derive_sentiment_scores.py`
    writes them down)."""
    return ({word: tuple(entry[None]) for word, entry in analyser.items() if None in entry},
            frozenset(word for word, entry in analyser.items() if any(pos in entry for pos in analyser.modifiers)))


def _source_digest(analyser: Any) -> str | None:
    """The SHA-256 of the lexicon file TextBlob's analyser would read, None when there is none."""
    try:
        return hashlib.sha256(Path(getattr(analyser, "_path")).read_bytes()).hexdigest()
    except (AttributeError, TypeError, OSError):
        return None


def _may_score(text: str) -> bool:
    """False only when no piece of `text` could be a lexicon word or an emoticon (a conservative test)."""
    if _EMOTICON_CHARACTERS.search(text):
        return True
    lexicon = _lexicon_words()
    pieces = set(_PIECE.findall(text.lower().replace("’", "'")))
    if not pieces.isdisjoint(lexicon):
        return True
    return any(not lexicon.isdisjoint(_SPLIT.split(piece)) for piece in pieces if _SPLIT.search(piece))


@cache
def _lexicon_words() -> frozenset[str]:
    lexicon = _pattern_lexicon()
    if lexicon is not None:
        return frozenset(word.lower() for word in lexicon.scores)
    analyser = _analyser()
    return frozenset(key.lower() for key in getattr(analyser, "keys", lambda: ["*"])())


def label(polarity: float) -> Label:
    """negative / neutral / positive, with the thresholds documented in the module docstring."""
    if polarity < NEGATIVE_BELOW:
        return "negative"
    if polarity > POSITIVE_ABOVE:
        return "positive"
    return "neutral"


@dataclass
class _Stats:
    quotes: int = 0
    polarity: float = 0.0
    subjectivity: float = 0.0
    labels: Counter = field(default_factory=Counter)
    histogram: Counter = field(default_factory=Counter)  # polarity rounded to 1e-4 -> count, for the median

    def add(self, other: _Stats) -> None:
        self.quotes += other.quotes
        self.polarity += other.polarity
        self.subjectivity += other.subjectivity
        self.labels.update(other.labels)
        self.histogram.update(other.histogram)


class ToneTally:
    """Per-key tone statistics built one utterance at a time, in memory that grows with the keys only.

    The median is exact to 1e-4: polarities are kept as a histogram, not as a list.
    """

    def __init__(self) -> None:
        self._stats: defaultdict[tuple[Any, ...], _Stats] = defaultdict(_Stats)  # built on a key's first sight

    def add(self, key: tuple[Any, ...], polarity: float, subjectivity: float) -> None:
        stats = self._stats[key]
        stats.quotes += 1
        stats.polarity += polarity
        stats.subjectivity += subjectivity
        stats.labels[label(polarity)] += 1
        stats.histogram[round(polarity, 4)] += 1

    def rename(self, names: Mapping[str, str]) -> None:
        """Key the statistics of each speaker of `names` (the last part of a key: groups, then a
        speaker) under its new name, merged, in place."""
        self._stats = defaultdict(_Stats, renamed_entries(self._stats, names, _Stats))

    def polarities(self, key: tuple[Any, ...]) -> list[float]:
        """Every polarity recorded for `key` (to 1e-4), for a chart of how a speaker's tone spreads."""
        stats = self._stats.get(key)
        return [] if stats is None else [value for value, count in sorted(stats.histogram.items()) for _ in range(count)]

    def merge(self, other: ToneTally) -> ToneTally:
        """This tally with `other` added in (for the partitions of a Dask frame); returns self."""
        for key, theirs in other._stats.items():
            self._stats[key].add(theirs)
        return self

    def rows(self) -> Iterable[tuple[tuple[Any, ...], dict[str, Any]]]:
        """(key, statistics) for every key, most quoted first."""
        for key, stats in sorted(self._stats.items(), key=lambda item: -item[1].quotes):
            yield key, {
                "quotes": stats.quotes,
                "mean_polarity": round(stats.polarity / stats.quotes, 4),
                "median_polarity": round(_median(stats.histogram, stats.quotes), 4),
                "mean_subjectivity": round(stats.subjectivity / stats.quotes, 4),
                "negative_share": round(stats.labels["negative"] / stats.quotes, 4),
                "neutral_share": round(stats.labels["neutral"] / stats.quotes, 4),
                "positive_share": round(stats.labels["positive"] / stats.quotes, 4),
            }


def _median(histogram: Counter, count: int) -> float:
    values = sorted(histogram)
    middle = [count // 2] if count % 2 else [count // 2 - 1, count // 2]
    found: list[float] = []
    seen = 0
    for value in values:
        seen += histogram[value]
        while middle and middle[0] < seen:
            found.append(value)
            middle.pop(0)
    return fmean(found)


def tone(frame: pandas.DataFrame, *, by: str = "speaker", group_by: Sequence[str] = (),
         paraphrase: bool = False) -> pandas.DataFrame:
    """Tone of a quotes frame (as `quotes.extract_frame` returns it).

    Args:
        by: "quote" returns the frame with `polarity`, `subjectivity` and `tone` columns added (after
            `rule`; empty for reported speech unless `paraphrase`); "speaker" one row per canonical speaker (the columns of tone.csv); "article" one
            row per article. Speaker and article rows count utterances: the parts of one quote once.
        group_by: metadata columns (outlet, date...) to split the speaker or article rows by.
        paraphrase: also score reported speech (indirect quotes), which is the writer's wording; by
            default the speaker and article rows score the speakers' own words only.

    Only speech counts in the speaker and article rows (direct and mixed quotes; indirect ones with
    `paraphrase`), and only attributed quotes in the speaker rows. The input frame is not modified. A Dask frame (from
    `quotes.dask.extract_frame`) is scored on its cluster: by="quote" then returns a Dask frame, the
    other tables are computed there and returned as pandas frames.
    """
    import pandas

    from .partitions import is_dask, merge_partitions

    if by not in ("quote", "speaker", "article"):
        raise OptionError(f"tone(by={by!r}): expected 'quote', 'speaker' or 'article'")
    check_group_by(frame.columns, group_by)
    if is_dask(frame):
        if by == "quote":
            return frame.map_partitions(with_tone, paraphrase=paraphrase, meta=with_tone(frame._meta))
        # (a partial of a module function, not a lambda: the cluster pickles it, and a compiled lambda does not pickle)
        tally = merge_partitions(frame, partial(_tally, by=by, group_by=group_by, paraphrase=paraphrase), ToneTally.merge)
    else:
        if by == "quote":
            return with_tone(frame, paraphrase=paraphrase)
        tally = _tally(frame, by=by, group_by=group_by, paraphrase=paraphrase)
    name = "speaker" if by == "speaker" else "article_id"
    rows = [{**dict(zip(group_by, key[:-1])), name: key[-1], **stats} for key, stats in tally.rows()]
    return pandas.DataFrame(rows, columns=[*group_by, name, *SPEAKER_TONE_COLUMNS[1:]])


def _tally(frame: pandas.DataFrame, *, by: str, group_by: Sequence[str], paraphrase: bool = False) -> ToneTally:
    tally = ToneTally()
    for utterance in utterances(with_tone(frame, paraphrase=paraphrase), group_by=group_by):
        key_name = utterance.speaker if by == "speaker" else utterance.article_id
        scored = utterance_tone(utterance, paraphrase=paraphrase)
        if key_name is not None and scored is not None:
            tally.add((*utterance.groups, key_name), *scored)
    return tally


def utterance_tone(utterance: Utterance, *, paraphrase: bool = False) -> tuple[float, float] | None:
    """(polarity, subjectivity) of a whole utterance: of the speaker's own words (its direct and mixed
    parts), or None when it has none (reported speech is the writer's wording, not the speaker's).
    With `paraphrase`, reported speech is scored too: its whole content."""
    if utterance.is_paraphrase and not paraphrase:
        return None
    if utterance.polarity is not None and utterance.subjectivity is not None:
        return utterance.polarity, utterance.subjectivity  # one part, already scored
    return score(utterance.text if paraphrase else utterance.own_text)


def with_tone(frame: pandas.DataFrame, *, paraphrase: bool = False) -> pandas.DataFrame:
    """A copy of a quotes frame with `polarity`, `subjectivity` and `tone` after `rule` (kept if present).

    Reported speech (indirect rows) is the writer's wording: it is scored only with `paraphrase`,
    else its tone columns stay empty (and scoring the longest rows of a corpus costs nothing)."""
    if all(column in frame.columns for column in TONE_COLUMNS):
        return frame.copy()
    kinds = frame["kind"] if "kind" in frame.columns and not paraphrase else [None] * len(frame)
    scores = [score(str(text)) if kind != "indirect" else (None, None)
              for text, kind in zip(frame["text"], kinds)] if len(frame) else []
    scored = frame.copy()
    position = list(scored.columns).index("rule") + 1 if "rule" in scored.columns else len(scored.columns)
    scored.insert(position, "polarity", [polarity for polarity, _ in scores])
    scored.insert(position + 1, "subjectivity", [subjectivity for _, subjectivity in scores])
    scored.insert(position + 2, "tone", [None if polarity is None else label(polarity) for polarity, _ in scores])
    return scored
