"""One speaker across a corpus: "Reagan" is Ronald Reagan, "SEC" the Securities and Exchange Commission.

Within an article, `quotes.speakers` already gives every mention of a person the fullest name that
article has. Across a corpus, an article that only ever says "Reagan" still counts apart from one
that says "Ronald Reagan". At the end of a run, from the speaker tallies alone (memory stays flat),
a surname (a person's, or a lone name of unknown kind) is merged into the one full name of a person (a
given name, then that surname) the corpus gives, and an acronym into the one organisation whose
initials it spells, when an article links the two. Two candidates ("Bill Clinton",
"Hillary Clinton") merge nothing: better two rows than one wrong one. quotes.csv keeps each
article's own name; speaker_names.csv lists what was merged into what.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import Any

from quotes.acronyms import acronym_key, initials
from quotes.lexicons import load_lexicon, load_lexicons
from quotes.wordclass import is_given_name, is_inflected_verb, is_noun

__all__ = ["corpus_names", "merge_map", "renamed_entries", "NAME_MAP_COLUMNS"]

NAME_MAP_COLUMNS = ("speaker", "corpus_speaker", "reason")
_TWO_LETTER_EVIDENCE = 2  # articles that must link a two-letter acronym to its organisation


def corpus_names(speakers: Iterable[tuple[str, str]], acronyms: Mapping[tuple[str, str], int] = MappingProxyType({})
                 ) -> dict[str, tuple[str, str]]:
    """speaker -> (corpus speaker, reason) for the names to merge, from (speaker, type) pairs of the
    whole corpus (each speaker once, with its most frequent type, most quoted first). Reasons:
    `company form`, `surname`, `acronym`.

    Organisations whose names differ only in a company form ("Standard and Poor's", "... Corp") are
    one, under the most quoted name. An acronym merges into the one organisation of those initials that
    `acronyms` links it with: (acronym, name) -> the articles that quote the name and use the acronym
    too (`quotes.acronyms.spelled_acronyms`); initials alone are no evidence. Two letters need two
    such articles: "AM", "BC", "NC" are times and places in one article, "GM" is General Motors in
    109 of the 113 that quote General Motors Corp on the corpus. A lone
    word merges as a surname only when it could be nothing else: not a noun or a past verb ("Baker",
    "Said"), a common given name ("Charles"), a group ("Tory"), nor part of a longer surname
    ("Angeles" of "de Los Angeles").
    """
    speakers = list(speakers)
    merged = _company_forms(speakers)
    people_by_surname: defaultdict[str, set[str]] = defaultdict(set)
    organizations_by_initials: defaultdict[str, set[str]] = defaultdict(set)
    candidates: list[tuple[str, str, str]] = []  # (name, kind, its letters if it is an organisation's acronym)
    for name, kind in speakers:
        words = name.split()
        letters = acronym_key(name) if kind == "organization" else ""
        if len(words) == 1 or letters:
            candidates.append((name, kind, letters))  # (an acronym of several words, "S and P", spells nothing out)
        elif kind == "person" and is_given_name(words[0]) and not any(word[:1].islower() for word in words[1:]):
            people_by_surname[words[-1]].add(name)  # (not "Corning Glass", "for Pennzoil": no given name)
        if kind == "organization" and len(words) > 1 and not letters and name not in merged:
            for each in initials(name):
                organizations_by_initials[each].add(name)
    linked: Counter[tuple[str, str]] = Counter()
    for (letters, name), articles in acronyms.items():
        linked[letters, merged.get(name, (name,))[0]] += articles
    for name, kind, letters in candidates:
        if kind in ("person", "unknown") and _could_be_surname(name) and len(people_by_surname.get(name, ())) == 1:
            merged[name] = (next(iter(people_by_surname[name])), "surname")
        needed = _TWO_LETTER_EVIDENCE if len(letters) == 2 else 1
        targets = {target for target in organizations_by_initials.get(letters, ()) if linked[letters, target] >= needed} \
            if letters else set()
        if len(targets) == 1:  # (one organisation an article spells it as: others of those initials never were)
            merged[name] = (next(iter(targets)), "acronym")
    return merged


def _company_forms(speakers: list[tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """Organisations named alike but for a company form, a British or American spelling or capitals, each to the
    first (the most quoted) of them; a name of unknown kind too ("Texaco" beside "Texaco Inc",
    "Organization for Economic Cooperation and Development" beside "Organisation ...")."""
    first: dict[str, str] = {}
    for name, kind in speakers:
        if kind == "organization":
            first.setdefault(_spelled_alike(_without_company_form(name)), name)
    return {name: (first[base], "company form" if _without_company_form(name) == _without_company_form(first[base]) else "spelling")
            for name, kind in speakers if kind in ("organization", "unknown")
            and (base := _spelled_alike(_without_company_form(name))) in first and first[base] != name}


def _spelled_alike(name: str) -> str:
    """One key for a name's British and American spellings and its capitals: "Organisation",
    "Organization"; "Co-operation"; "GenCorp", "Gencorp" (a wire writes some names both ways)."""
    return name.lower().replace("isation", "ization").replace("o-op", "oop")


def _without_company_form(name: str) -> str:
    """"Standard and Poor's Corp" -> "Standard and Poor's"; "Texaco Inc." -> "Texaco"."""
    words = name.split()
    while len(words) > 1 and words[-1].lower().strip(".,") in load_lexicon("company_forms"):
        words.pop()
    return " ".join(words).rstrip(",")


def _could_be_surname(name: str) -> bool:
    """A lone capitalised word that can only be a surname: "Funaro", "Parry", not "Said", "Baker",
    "Charles", "Tory", "LP" (a verb's bare form may be a surname; its past or a noun not). Adjectives
    are not tested: their table would cost the parent of a `--jobs 2` run 19 MB at its end, for
    "Federal" and "Lucky" (one quote each on the 21 MB corpus)."""
    lower = name.lower()
    return name[:1].isupper() and not name.isupper() and name.replace("'", "").replace("-", "").isalpha() \
        and not (is_noun(lower) or is_inflected_verb(lower)) \
        and lower not in load_lexicons("days", "months", "places", "given_names", "group_words")


def merge_map(rows: Iterable[Mapping[str, object]], acronyms: Mapping[tuple[str, str], int] = MappingProxyType({})
              ) -> dict[str, tuple[str, str]]:
    """`corpus_names` of frequency rows (a speaker may have a row per group: its type is the first's)."""
    seen: dict[str, str] = {}
    for row in rows:
        seen.setdefault(str(row["speaker"]), str(row["speaker_type"]))
    return corpus_names(seen.items(), acronyms)


def renamed_entries(entries: Mapping[tuple[Any, ...], Any], names: Mapping[str, str],
             new: Callable[[], Any]) -> dict[tuple[Any, ...], Any]:
    """`entries` keyed by (groups..., speaker) with the speakers of `names` renamed, in their order:
    an entry keeps its object unless entries merge into its name, which then get a new one, added
    up in order (the same tallies and order whichever name came first)."""
    targets = {(*key[:-1], names[key[-1]]) for key in entries if key[-1] in names}
    result: dict[tuple[Any, ...], Any] = {}
    for key, entry in entries.items():
        renamed = (*key[:-1], names.get(key[-1], key[-1]))
        if renamed in targets:
            result.setdefault(renamed, new()).add(entry)
        else:
            result[renamed] = entry
    return result
