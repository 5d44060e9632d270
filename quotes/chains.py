"""Chains: the runs of capitalised words where names may stand, before anyone reads them.

"US Homeland Security Secretary Kristi Noem", "Department of the Interior": a run of capitalised
words, initials and the small words inside names, cut where a sentence ends inside it ("Monday.
Clinton" is two), joined where one name goes on across a nickname ('Marcia "Cia" Price'), "and"
("Securities and Exchange Commission") or an office's "to the" ("Chief Secretary to the Treasury
Paul Boateng"). `quotes.names` parses each run into a title and a name; `quotes.cast` indexes them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from .lexicons import lexicon_alternation, load_lexicon
from .names import is_initial, is_legal_form
from .titles import organization_of
from .tokens import IN_WORD_MARKS, NICKNAME
from .wordclass import is_describer, is_given_name, is_noun, is_title, is_title_word

__all__ = ["find_chains", "office_domains_end"]

_WORD = re.compile(r"\S+")


def find_chains(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """Capitalised runs, cut where a sentence ends inside one ("Monday. Clinton" is two), and joined
    across "and" when the run after it ends an organisation's name ("Securities and Exchange
    Commission"; "Noem and Bukele" stay two)."""
    chains = _joined_at_office(text, _joined_at_and(text, _joined_at_nickname(text, [(match.start(), match.group())
                                                                                for match in _chain().finditer(text, start, end)])))
    if not any(". " in chain for _, chain in chains):
        return chains
    abbreviations = load_lexicon("abbreviations")
    pieces: list[tuple[int, str]] = []
    for offset, chain in chains:
        piece = 0
        if ". " in chain:
            for word in _WORD.finditer(chain):
                if word.group().endswith(".") and not is_initial(word.group()) \
                        and word.group()[:-1].lower() not in abbreviations and word.end() < len(chain):
                    pieces.append((offset + piece, chain[piece:word.end()]))
                    piece = word.end() + 1
        pieces.append((offset + piece, chain[piece:]))
    return pieces


_CHAIN_WORD_REST = rf"(?:/[A-Z][\w’'&.-]*|[\w’'&.{IN_WORD_MARKS}-]*)"  # a chain word after its capital ("S/P", "A/S", "M/A-Com")


@cache
def _chain() -> re.Pattern[str]:
    """A run of capitalised words, with initials, abbreviated titles and the small words inside names
    (lexicon chain_particles): "US Homeland Security Secretary Kristi Noem", "Sen. Ted Cruz",
    "Charles de Gaulle", "Donald J. Trump", "Department of the Interior"."""
    return re.compile(
        rf"[A-Z](?<![\w.’'][A-Z]){_CHAIN_WORD_REST}"
        rf"(?:[ \t]+(?:[A-Z]{_CHAIN_WORD_REST}|(?:of|for)[ \t]+the(?=[ \t]+[A-Z])"
        rf"|{lexicon_alternation('chain_particles')}-[A-Z][\w’'&.{IN_WORD_MARKS}-]*"  # "Ahmed al-Masri"
        rf"|{lexicon_alternation('chain_particles')}(?=(?:[ \t]+{lexicon_alternation('chain_particles')})?[ \t]+[A-Z])))*"
    )


def _joined_at_nickname(text: str, chains: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """'Marcia "Cia" Price', "Brian 'Head' Welch" are one chain each: a nickname in quotation marks
    between two parts of a name joins them (the name's words leave it out: `quotes.names`)."""
    if len(chains) < 2:
        return chains
    nicknames = [(match.start() - 1, match.end())  # (from the space before the mark)
                 for match in NICKNAME.finditer(text, chains[0][0], chains[-1][0] + len(chains[-1][1]))]
    if not nicknames:
        return chains
    joined: list[tuple[int, str]] = []
    for offset, chain in chains:
        if joined:
            before, previous = joined[-1]
            end = before + len(previous)
            if any(start <= end <= stop and start < offset <= stop + 1 for start, stop in nicknames):
                joined[-1] = (before, text[before:offset + len(chain)])
                continue
        joined.append((offset, chain))
    return joined


def _joined_at_and(text: str, chains: list[tuple[int, str]]) -> list[tuple[int, str]]:
    if len(chains) < 2 or " and " not in text:
        return chains
    return _joined_across(text, chains, " and ", _and_goes_on)


def _and_goes_on(previous: str, chain: str) -> bool:
    """"Securities [and] Exchange Commission", "Eli Lilly [and] Co", "Minister of Energy [and] Mines
    Subroto": the chain after "and" ends a body's name or an office's, and the one before is no
    person's (no given name opens it, unless only a legal form follows)."""
    form_only = all(is_legal_form(word) for word in chain.split())  # "Eli Lilly and [Co]", "Morgan Stanley and [Co Inc]"
    return (chain.rsplit(None, 1)[-1].rstrip(".").lower() in load_lexicon("organization_words") or organization_of(previous, chain)
            or _office_then_holder(previous, chain)) and (form_only or previous.split()[0].lower() not in load_lexicon("given_names"))


def _joined_at_office(text: str, chains: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """"Chief Secretary [to the] Treasury Paul Boateng", "US Ambassador [to the] UN Nikki Haley": a title,
    "to the", a body and its holder's name are one chain (not "Mr Smith to the Treasury")."""
    if len(chains) < 2 or " to the " not in text:
        return chains
    return _joined_across(text, chains, " to the ", lambda previous, chain: is_title_word(previous.rsplit(None, 1)[-1].lower())
                          and len(chain.split()) > 2)


def _joined_across(text: str, chains: list[tuple[int, str]], gap: str, goes_on: Callable[[str, str], bool]) -> list[tuple[int, str]]:
    """The chains with each one that `goes_on` after the one before, across exactly `gap` and no
    sentence's end inside the first, joined to it."""
    joined = [chains[0]]
    for offset, chain in chains[1:]:
        before, previous = joined[-1]
        if text[before + len(previous):offset] == gap and ". " not in previous and goes_on(previous, chain):
            joined[-1] = (before, text[before:offset + len(chain)])
        else:
            joined.append((offset, chain))
    return joined


def _office_then_holder(previous: str, following: str) -> bool:
    """An office of two domains joined by "and" across two chains, and its holder's name after it."""
    words = f"{previous} and {following}".split()
    end = office_domains_end(words)
    return end is not None and end < len(words)


def office_domains_end(words: Sequence[str]) -> int | None:
    """"Minister of Energy [and] Mines Subroto", "Secretary of Trade [and] Industry Jose Concepcion": a
    title, "of", one or two capitalised nouns (the first may be an adjective: "of International Trade"),
    "and", one more, is one office; where its words end (the holder's name may follow), or None (not
    "Secretary of State George Shultz and ...")."""
    joined = next((index for index, word in enumerate(words) if word == "and"), None)
    of = next((index for index, word in enumerate(words[:joined]) if word == "of"), None) if joined else None
    if joined is None or not of or not is_title(words[of - 1].lower()) or not 0 < joined - of - 1 <= 2 or joined + 1 >= len(words):
        return None
    domains = [*words[of + 1:joined], words[joined + 1]]
    return joined + 2 if all(word[:1].isupper() and (is_noun(word.lower()) or (index == 0 and is_describer(word.lower()))) and not is_given_name(word)
                             for index, word in enumerate(domains)) else None  # ("of [International] Trade and Industry")
