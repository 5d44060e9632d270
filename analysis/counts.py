"""Who is quoted, how often and how much; which speech verbs the writers chose; per article counts.

Counts are of utterances (the parts of one quote count once) and of the words quoted, with a column
per kind, so that being quoted directly (direct), in fragments (mixed) and being cited in reported
speech (indirect) can be compared per speaker. Shares are of all speech utterances and words in the
same grouping, attributed or not, so the speakers' shares add up to the attributed share. Tallies
grow with the number of speakers and verbs, not with the corpus.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any

from quotes.errors import OptionError
from quotes.model import is_named

from .corpusnames import renamed_entries
from .utterances import Utterance, check_group_by, utterances

if TYPE_CHECKING:
    import pandas

__all__ = ["frequency", "FrequencyTally", "SPEAKER_COLUMNS", "VERB_COLUMNS", "ARTICLE_COUNT_COLUMNS", "UTTERANCE_KINDS",
           "SPEAKER_TYPES"]

UTTERANCE_KINDS = ("direct", "mixed", "indirect")
SPEAKER_COLUMNS = ("speaker", "quotes", *UTTERANCE_KINDS, "words", "quote_share", "word_share", "articles",
                   "speaker_type", "named", "titles", "gender")
SPEAKER_TYPES = ("person", "organization", "group", "unknown")
VERB_COLUMNS = ("verb", "quotes", "share", *SPEAKER_TYPES)
ARTICLE_COUNT_COLUMNS = ("quotes", *UTTERANCE_KINDS, "speakers", "top_speaker", "unattributed_share", "unnamed_share")
_MAX_TITLES = 5
_TYPE_SHARE = 0.25  # of a speaker's quotes that must give a type for frequency.csv to say it


@dataclass
class _Speaker:
    quotes: int = 0
    words: int = 0
    articles: int = 0
    kinds: Counter = field(default_factory=Counter)  # utterances quoted directly, mixed, reported
    last_article: str | None = None
    types: Counter = field(default_factory=Counter)
    titles: dict[str, None] = field(default_factory=dict)  # insertion-ordered set
    genders: Counter = field(default_factory=Counter)

    def add(self, other: _Speaker) -> None:
        """Count `other`'s utterances in too (partitions hold whole articles; merged names are one
        name per article)."""
        self.quotes += other.quotes
        self.kinds.update(other.kinds)
        self.words += other.words
        self.articles += other.articles
        self.types.update(other.types)
        self.genders.update(other.genders)
        for title in other.titles:
            if len(self.titles) < _MAX_TITLES:
                self.titles[title] = None


class FrequencyTally:
    """Per-speaker and per-verb counts, built one utterance at a time."""

    def __init__(self) -> None:
        # defaultdicts: a speaker's or verb's counters are built on first sight, not for every utterance
        self._speakers: defaultdict[tuple[Any, ...], _Speaker] = defaultdict(_Speaker)
        self._totals: dict[tuple[Any, ...], list[int]] = {}  # groups -> [utterances, words]
        self._verbs: defaultdict[tuple[Any, ...], Counter] = defaultdict(Counter)

    def add(self, utterance: Utterance) -> None:
        totals = self._totals.setdefault(utterance.groups, [0, 0])
        totals[0] += 1
        totals[1] += utterance.words
        if utterance.verb:
            self._verbs[(*utterance.groups, utterance.verb)][
                utterance.speaker_type or "unknown"] += 1
        if not utterance.speaker:
            return
        speaker = self._speakers[(*utterance.groups, utterance.speaker)]
        speaker.quotes += 1
        speaker.kinds[utterance.kind] += 1
        speaker.words += utterance.words
        if speaker.last_article != utterance.article_id:  # utterances arrive article by article
            speaker.articles += 1
            speaker.last_article = utterance.article_id
        speaker.types[utterance.speaker_type or "unknown"] += 1
        if utterance.speaker_title and len(speaker.titles) < _MAX_TITLES:
            speaker.titles[utterance.speaker_title] = None
        if utterance.speaker_gender:
            speaker.genders[utterance.speaker_gender] += 1

    def merge(self, other: FrequencyTally) -> FrequencyTally:
        """This tally with `other` added in (partitions hold whole articles); returns self."""
        for key, theirs in other._speakers.items():
            self._speakers[key].add(theirs)
        for key, totals in other._totals.items():
            mine_totals = self._totals.setdefault(key, [0, 0])
            mine_totals[0] += totals[0]
            mine_totals[1] += totals[1]
        for key, counts in other._verbs.items():
            self._verbs[key].update(counts)
        return self

    def rename(self, names: Mapping[str, str]) -> None:
        """Count each speaker of `names` under its new name, merged with the speaker of that name if
        any ("Reagan" into "Ronald Reagan"), in place: only the renamed speakers move, nothing is
        copied but the few merged. The verbs and totals stay."""
        self._speakers = defaultdict(_Speaker, renamed_entries(self._speakers, names, _Speaker))

    def speaker_rows(self) -> list[dict[str, Any]]:
        """One row per speaker (keys: the groups, then SPEAKER_COLUMNS), most quoted first."""
        rows = []
        for key, speaker in self._speakers.items():
            groups, name = key[:-1], key[-1]
            total_quotes, total_words = self._totals[groups]
            rows.append({
                "_groups": groups, "speaker": name, "quotes": speaker.quotes,
                **{kind: speaker.kinds[kind] for kind in UTTERANCE_KINDS}, "words": speaker.words,
                "quote_share": round(speaker.quotes / total_quotes, 4),
                "word_share": round(speaker.words / total_words, 4) if total_words else 0.0,
                "articles": speaker.articles, "speaker_type": _speaker_type(speaker.types),
                "named": is_named(name),
                "titles": "; ".join(speaker.titles), "gender": _gender(speaker.genders),
            })
        rows.sort(key=lambda row: (_group_order(row["_groups"]), -row["quotes"], -row["words"], row["speaker"]))
        return rows

    def verb_rows(self) -> list[dict[str, Any]]:
        """One row per speech verb (keys: the groups, then VERB_COLUMNS), most used first."""
        totals: Counter = Counter()
        for key, counts in self._verbs.items():
            totals[key[:-1]] += sum(counts.values())
        rows = []
        for key, counts in self._verbs.items():
            quotes = sum(counts.values())
            rows.append({"_groups": key[:-1], "verb": key[-1], "quotes": quotes,
                         "share": round(quotes / totals[key[:-1]], 4),
                         **{kind: counts.get(kind, 0) for kind in SPEAKER_TYPES}})
        rows.sort(key=lambda row: (_group_order(row["_groups"]), -row["quotes"], row["verb"]))
        return rows


def article_counts(items: Iterable[Utterance]) -> dict[str, Any]:
    """quotes (of each kind), distinct speakers, top speaker, and the shares unattributed (of all
    utterances) and unnamed (of the attributed: "officials", "a spokesman") of one article's utterances."""
    speakers: Counter = Counter()
    kinds: Counter = Counter()
    quotes = unattributed = unnamed = 0
    for utterance in items:
        quotes += 1
        kinds[utterance.kind] += 1
        if utterance.speaker:
            speakers[utterance.speaker] += 1
            unnamed += utterance.speaker_named is False
        else:
            unattributed += 1
    top = speakers.most_common(1)[0][0] if speakers else None
    return {"quotes": quotes, **{kind: kinds[kind] for kind in UTTERANCE_KINDS}, "speakers": len(speakers), "top_speaker": top,
            "unattributed_share": round(unattributed / quotes, 4) if quotes else 0.0,
            "unnamed_share": round(unnamed / (quotes - unattributed), 4) if quotes > unattributed else 0.0}


def _tally(frame: pandas.DataFrame, *, group_by: Sequence[str]) -> FrequencyTally:
    tally = FrequencyTally()
    for utterance in sorted(utterances(frame, group_by=group_by), key=lambda utterance: utterance.article_id):
        tally.add(utterance)
    return tally


def _article_table(frame: pandas.DataFrame, *, group_by: Sequence[str]) -> pandas.DataFrame:
    import pandas

    by_article: dict[tuple[Any, ...], list[Utterance]] = {}
    for utterance in utterances(frame, group_by=group_by):
        by_article.setdefault((*utterance.groups, utterance.article_id), []).append(utterance)
    rows = [{**dict(zip(group_by, key[:-1])), "article_id": key[-1], **article_counts(members)}
            for key, members in by_article.items()]
    return pandas.DataFrame(rows, columns=[*group_by, "article_id", *ARTICLE_COUNT_COLUMNS])


def _speaker_type(types: Counter) -> str:
    """The type most of a speaker's quotes give, of those that say one, when at least `_TYPE_SHARE` of
    them say it: "Microsoft Corp" is an organisation though most of its quotes name it "Microsoft",
    which by itself says nothing; one "he" among 27 quotes of "Yukos said" does not make it a person."""
    known = {kind: count for kind, count in types.items() if kind != "unknown"}
    if not known:
        return "unknown"
    best = max(known, key=lambda kind: known[kind])
    return best if known[best] >= _TYPE_SHARE * sum(types.values()) else "unknown"


def _gender(genders: Counter) -> str:
    known = {gender: count for gender, count in genders.items() if gender in ("female", "male")}
    if not known:
        return "unknown"
    return max(known, key=lambda gender: known[gender])


def frequency(frame: pandas.DataFrame, *, by: str = "speaker", group_by: Sequence[str] = ()) -> pandas.DataFrame:
    """How often and how much each speaker is quoted (by="speaker", the columns of frequency.csv), which
    speech verbs introduce the quotes (by="verb", verbs.csv), or per-article counts (by="article").

    Args:
        frame: a quotes frame, as `quotes.extract_frame` returns it.
        group_by: metadata columns (outlet, date...) to split the counts by; they come first.

    The input frame is not modified. A Dask frame (from `quotes.dask.extract_frame`) is tallied on its
    cluster, partition by partition, and the result comes back as a pandas frame.
    """
    import pandas

    from .partitions import is_dask, merge_partitions

    check_group_by(frame.columns, group_by)
    if by not in ("speaker", "verb", "article"):
        raise OptionError(f"frequency(by={by!r}): expected 'speaker', 'verb' or 'article'")
    if by == "article":
        parts = (frame.map_partitions(_article_table, group_by=group_by,
                                      meta=_article_table(frame._meta, group_by=group_by)).compute()
                 if is_dask(frame) else _article_table(frame, group_by=group_by))
        return parts.reset_index(drop=True)
    if is_dask(frame):
        # (a partial of a module function, not a lambda: the cluster pickles it, and a compiled lambda does not pickle)
        tally = merge_partitions(frame, partial(_tally, group_by=group_by), FrequencyTally.merge)
    else:
        tally = _tally(frame, group_by=group_by)
    columns: tuple[str, ...]
    if by == "speaker":
        rows, columns = tally.speaker_rows(), SPEAKER_COLUMNS
    else:
        rows, columns = tally.verb_rows(), VERB_COLUMNS
    records = [{**dict(zip(group_by, row.pop("_groups"))), **row} for row in rows]
    return pandas.DataFrame(records, columns=[*group_by, *columns])


def _group_order(groups: tuple[Any, ...]) -> tuple[tuple[bool, bool, Any], ...]:
    """A sort key for grouping values: an article without the column (None) last, numbers before
    text, so that a column holding both, or gaps, still sorts."""
    return tuple((value is None, not isinstance(value, (int, float)),
                  value if isinstance(value, (int, float)) else "" if value is None else str(value)) for value in groups)
