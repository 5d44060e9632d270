"""Acronyms: the initials of an organisation's name, and whether an article spells one out.

A corpus merges "SEC" into "Securities and Exchange Commission" only when some article links the two
(`analysis.corpusnames`): initials alone are no evidence. On the 21 MB corpus, "BBC" matched one
"Bank of British Columbia" and "UPS" the "U.S. Postal Service"; no article quoting those names used
the acronym, while every right merge (CFTC, FDA, London Stock Exchange's LSE) had one that did.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from .lexicons import load_lexicon
from .model import Quote

__all__ = ["acronym_key", "initials", "quoted_acronyms", "spelled_acronyms"]

ACRONYM_LETTERS = (2, 6)
_PATTERNS_KEPT = 4096  # organisations' initials remembered: a corpus's frequent ones
# An acronym as news writes it, a word of its own: "SEC", "S.E.C.", "S&P", "S and P" (not "BBCs").
# (The first capital is matched before the look-behind checks the character before it: the engine
# then skips to capitals instead of trying every character; the same matches in 2/5 of the time.)
_WRITTEN = re.compile(r"[A-Z](?<![\w.&][A-Z])(?:\.?(?:[A-Z]\.?){1,5}|(?:\s*&\s*[A-Z]|\s+and\s+[A-Z])+)(?![\w&])")
_JOINERS = re.compile(r"\s*(?:&|\band\b)\s*|[.\s]")


@lru_cache(maxsize=_PATTERNS_KEPT)
def initials(name: str) -> tuple[str, ...]:
    """The acronyms a name's initials spell, minor words skipped: "Securities and Exchange Commission"
    -> ("SEC",); with a trailing company form, with and without it: "Standard and Poor's Corp" ->
    ("SPC", "SP"), "Federal Deposit Insurance Corp" -> ("FDIC", "FDI"). Empty unless every counted
    word is capitalised, none is in capitals throughout, and there are two to six letters."""
    minor = load_lexicon("minor_words")
    words = [word for word in name.split() if word.lower() not in minor and word[:1].isalpha()]
    letters = "".join(word[0] for word in words)
    if not letters.isupper() or any(word.isupper() for word in words):
        return ()  # (not "NCNB Corp": a word that is an acronym itself spells no initial)
    found = [letters]
    if words and words[-1].lower().rstrip(".") in load_lexicon("company_forms"):
        found = [letters, letters[:-1]] if len(words) > 2 else []  # ("Brunswick Corp" has no initials)
    return tuple(each for each in found if ACRONYM_LETTERS[0] <= len(each) <= ACRONYM_LETTERS[1])


def acronym_key(name: str) -> str:
    """"S.E.C." -> "SEC", "S and P" and "S&P" -> "SP": the letters of a name written as an acronym,
    or "" when it is not one (lower case letters, digits, too few or too many letters)."""
    letters = _JOINERS.sub("", name)
    return letters if letters.isalpha() and letters.isupper() and \
        ACRONYM_LETTERS[0] <= len(letters) <= ACRONYM_LETTERS[1] else ""


def quoted_acronyms(text: str, quotes: Sequence[Quote]) -> set[tuple[str, str]]:
    """`spelled_acronyms` of the organisations an article quotes: the evidence a run collects."""
    return spelled_acronyms(text, {quote.speaker for quote in quotes if quote.speaker and quote.speaker_type == "organization"})


def spelled_acronyms(text: str, names: Iterable[str]) -> set[tuple[str, str]]:
    """(acronym, name) for each organisation name whose acronym the text also uses, as a word of its
    own ("SEC", "S.E.C.", "S&P", "S and P"): the article's evidence that the two are one. The text's
    acronyms are read once, in one pass, and only when some name has initials."""
    spelled = [(letters, name) for name in names for letters in initials(name)]
    if not spelled:
        return set()
    written = {acronym_key(each) for each in set(_WRITTEN.findall(text))}  # (each spelling once)
    return {(letters, name) for letters, name in spelled if letters in written}
