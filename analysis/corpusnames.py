"""One speaker across a corpus: "Reagan" is Ronald Reagan, "SEC" the Securities and Exchange Commission.

Within an article, `quotes.speakers` already gives every mention of a person the fullest name that
article has. Across a corpus, an article that only ever says "Reagan" still counts apart from one
that says "Ronald Reagan". At the end of a run, from the speaker tallies alone (memory stays flat),
a surname (a person's, or a lone name of unknown kind) is merged into the one full name of a person (a
given name, then that surname) the corpus gives, and an acronym into the one organisation whose
initials it spells. Two candidates ("Bill Clinton",
"Hillary Clinton") merge nothing: better two rows than one wrong one. quotes.csv keeps each
article's own name; speaker_names.csv lists what was merged into what.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping
from typing import Any

from quotes.lexicons import load_lexicon, load_lexicons
from quotes.wordclass import is_noun, world_given_names

__all__ = ["corpus_names", "merge_map", "renamed_entries", "NAME_MAP_COLUMNS"]

NAME_MAP_COLUMNS = ("speaker", "corpus_speaker", "reason")
_ACRONYM_LETTERS = (2, 6)


def corpus_names(speakers: Iterable[tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """speaker -> (corpus speaker, reason) for the names to merge, from (speaker, type) pairs of the
    whole corpus (each speaker once, with its most frequent type). Reasons: `surname`, `acronym`."""
    people_by_surname: defaultdict[str, set[str]] = defaultdict(set)
    organizations_by_initials: defaultdict[str, set[str]] = defaultdict(set)
    singles: list[tuple[str, str]] = []
    for name, kind in speakers:
        words = name.split()
        if len(words) == 1:
            singles.append((name, kind))
        elif kind == "person" and _given(words[0]):
            people_by_surname[words[-1]].add(name)  # (not "Corning Glass", "for Pennzoil": no given name)
        elif kind == "organization":
            initials = _initials(words)
            if initials:
                organizations_by_initials[initials].add(name)
    merged: dict[str, tuple[str, str]] = {}
    for name, kind in singles:
        if kind in ("person", "unknown") and name[:1].isupper() and not is_noun(name.lower()) \
                and name.lower() not in load_lexicons("days", "months", "places") \
                and len(people_by_surname.get(name, ())) == 1:  # (not "Airways", "Friday": a noun, a day)
            merged[name] = (next(iter(people_by_surname[name])), "surname")
        acronym = name.replace(".", "")
        if kind == "organization" and acronym.isalpha() and acronym.isupper() and \
                _ACRONYM_LETTERS[0] <= len(acronym) <= _ACRONYM_LETTERS[1] and \
                len(organizations_by_initials.get(acronym, ())) == 1:
            merged[name] = (next(iter(organizations_by_initials[acronym])), "acronym")
    return merged


def _given(word: str) -> bool:
    """A given name of the hand list or of the table of every region: "Ronald", "Ngozi"."""
    lower = word.lower()
    return lower in load_lexicon("given_names") or lower in world_given_names()


def _initials(words: list[str]) -> str:
    """"Securities and Exchange Commission" -> "SEC": the capitals of its words, minor words skipped."""
    minor = load_lexicon("minor_words")
    letters = [word[0] for word in words if word.lower() not in minor and word[:1].isalpha()]
    initials = "".join(letters)
    return initials if initials.isupper() else ""


def merge_map(rows: Iterable[Mapping[str, object]]) -> dict[str, tuple[str, str]]:
    """`corpus_names` of frequency rows (a speaker may have a row per group: its type is the first's)."""
    seen: dict[str, str] = {}
    for row in rows:
        seen.setdefault(str(row["speaker"]), str(row["speaker_type"]))
    return corpus_names(seen.items())


def renamed_entries(entries: Mapping[tuple[Hashable, ...], Any], names: Mapping[str, str],
             new: Callable[[], Any]) -> dict[tuple[Hashable, ...], Any]:
    """`entries` keyed by (groups..., speaker) with the speakers of `names` renamed, in their order:
    an entry keeps its object unless entries merge into its name, which then get a new one, added
    up in order (the same tallies and order whichever name came first)."""
    targets = {(*key[:-1], names[key[-1]]) for key in entries if key[-1] in names}
    result: dict[tuple[Hashable, ...], Any] = {}
    for key, entry in entries.items():
        renamed = (*key[:-1], names.get(key[-1], key[-1]))
        if renamed in targets:
            result.setdefault(renamed, new()).add(entry)
        else:
            result[renamed] = entry
    return result
