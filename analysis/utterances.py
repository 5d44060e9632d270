"""Utterances: the parts of one quote put back together, the unit every count and average uses.

A quote interrupted by "he said", or running over several paragraphs, is several rows of quotes.csv
that share a `group`; counting rows would count that speaker twice. A mixed quote inside reported
speech ("He said the plan was "a disaster"") shares the reported speech's group: one utterance,
whose words are the reported content's (the fragment is inside it). Only speech counts (direct,
mixed and indirect quotes); scare quotes and titles stay in quotes.csv but are not utterances.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from quotes.errors import ColumnError
from quotes.model import is_named

if TYPE_CHECKING:
    import pandas

__all__ = ["Utterance", "utterances", "utterances_of_rows", "count_words", "check_group_by"]

_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


@dataclass(frozen=True, slots=True, init=False)
class Utterance:
    """One utterance of one article. `groups` holds the values of the grouping columns, in order."""

    article_id: str
    group: int
    text: str  # what was said, reported content included
    words: int
    kind: str  # indirect when any part is reported speech, else mixed when any part is, else direct
    own_text: str  # the speaker's own words, in quotation marks (direct and mixed parts): what tone scores
    speaker: str | None
    speaker_type: str | None
    speaker_named: bool | None  # a speaker the text names, or an unnamed one ("officials"); None: no speaker
    speaker_title: str | None
    speaker_gender: str | None
    verb: str | None
    groups: tuple[Any, ...] = ()
    polarity: float | None = None  # the part's own score when the utterance has one part and it was scored
    subjectivity: float | None = None

    def __init__(self, article_id: str, group: int, text: str, words: int, kind: str, own_text: str, speaker: str | None,
                 speaker_type: str | None, speaker_named: bool | None, speaker_title: str | None,
                 speaker_gender: str | None, verb: str | None, groups: tuple[Any, ...] = (),
                 polarity: float | None = None, subjectivity: float | None = None) -> None:
        # (spelled out: compiled by mypyc, see setup.py; the constructor dataclasses writes runs interpreted)
        object.__setattr__(self, "article_id", article_id)
        object.__setattr__(self, "group", group)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "words", words)
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "own_text", own_text)
        object.__setattr__(self, "speaker", speaker)
        object.__setattr__(self, "speaker_type", speaker_type)
        object.__setattr__(self, "speaker_named", speaker_named)
        object.__setattr__(self, "speaker_title", speaker_title)
        object.__setattr__(self, "speaker_gender", speaker_gender)
        object.__setattr__(self, "verb", verb)
        object.__setattr__(self, "groups", groups)
        object.__setattr__(self, "polarity", polarity)
        object.__setattr__(self, "subjectivity", subjectivity)

    @property
    def is_paraphrase(self) -> bool:
        """True for reported speech without any of the speaker's own words ("Noem said the plan failed")."""
        return not self.own_text


def check_group_by(columns: Iterable[Any], group_by: Sequence[str]) -> None:
    """Raise `ColumnError` when a column to group by is not among `columns` (a frame's, or the metadata
    columns of the inputs); the message lists the columns there are."""
    present = [str(column) for column in columns]
    missing = [column for column in group_by if column not in present]
    if missing:
        shown = ", ".join(repr(column) for column in present) or "none (plain text files have no metadata columns)"
        raise ColumnError(f"no such column {missing[0]!r} to group by; the columns are {shown}")


def count_words(text: str) -> int:
    """Words in a quote: runs of letters or digits, with inner apostrophes and hyphens (don't, co-op)."""
    return len(_WORD.findall(text))


def utterances_of_rows(rows: Sequence[Mapping[str, Any]], *, group_by: Sequence[str] = ()) -> Iterator[Utterance]:
    """The utterances of quote rows (dicts with the quotes.csv columns), in order of their first part."""
    parts: dict[tuple[str, int], list[Mapping[str, Any]]] = {}
    for row in rows:
        if row.get("kind") == "scare":
            continue
        parts.setdefault((str(row["article_id"]), int(row["group"])), []).append(row)
    for (article_id, group), members in parts.items():
        first = members[0]
        attributed = next((member for member in members if _present(member.get("speaker"))), first)
        kinds = {member.get("kind") for member in members}
        kind = "indirect" if "indirect" in kinds else "mixed" if "mixed" in kinds else "direct"
        said = [member for member in members if member.get("kind") == "indirect"] or members
        text = " ".join(str(member["text"]) for member in said)
        own = " ".join(str(member["text"]) for member in members if member.get("kind") != "indirect")
        single = len(members) == 1 and _present(first.get("polarity"))
        yield Utterance(
            article_id=article_id, group=group, text=text, words=count_words(text), kind=kind, own_text=own,
            speaker=_value(attributed.get("speaker")), speaker_type=_value(attributed.get("speaker_type")),
            speaker_named=is_named(_value(attributed.get("speaker"))),
            speaker_title=_value(attributed.get("speaker_title")), speaker_gender=_value(attributed.get("speaker_gender")),
            verb=_verb(members), groups=tuple(first.get(column) for column in group_by),
            polarity=float(first["polarity"]) if single else None,
            subjectivity=float(first["subjectivity"]) if single else None,
        )


def utterances(frame: pandas.DataFrame, *, group_by: Sequence[str] = ()) -> Iterator[Utterance]:
    """The utterances of a quotes frame, article by article."""
    if frame.empty:
        return iter(())
    return utterances_of_rows(frame.to_dict("records"), group_by=group_by)


def _verb(members: Sequence[Mapping[str, Any]]) -> str | None:
    for member in members:
        verb = _value(member.get("verb"))
        if verb:
            return verb.lower()
    return None


def _present(value: Any) -> bool:
    return _value(value) is not None


def _value(value: Any) -> Any:
    """None for the empty values of a frame or a CSV (None, NaN, pandas.NA, "")."""
    if value is None or (isinstance(value, float) and value != value) or type(value).__name__ == "NAType":
        return None
    if isinstance(value, str) and not value:
        return None
    return value
