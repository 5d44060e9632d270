"""What a word is: a verb or a noun (from the lexicon TextBlob ships), a title, a plural.

Attribution needs one fact that capitalisation and our lexicons cannot give: where a noun phrase
such as "Other leaders used particularly blunt words" stops being the speaker and becomes the verb
after it. A full tagger over every sentence would cost more than the whole extraction; one lookup
in the most-likely-tag lexicon, for the few words after a speaker's determiner, costs nothing. The
classes come from the lexicon TextBlob ships, derived once into our lexicons (`tagger_*.txt`), so
nothing is downloaded and nothing parsed at start-up.
Titles, plurals and the nouns that head a speaker's phrase come from our own lexicons; the phrase
grammar and speaker resolution both ask these questions, so each is answered in one place.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import cache, lru_cache
from typing import NamedTuple

from .lexicons import load_lexicon, load_lexicons, load_mapping

__all__ = ["agent_endings", "fold_accents", "is_given_name", "is_verb", "is_noun", "is_describer", "is_adverb_in_ly", "agent_stem", "is_agent_of_verb", "is_bare_epithet", "marks_a_person", "is_inflected_verb", "can_be_verb", "is_present_participle", "participle_stems", "is_title_word", "is_title", "is_abbreviated_title", "is_plural", "is_plural_noun", "is_known_noun",
           "speech_cue", "has_speech_cue", "speech_cue_heads"]


class _Classes(NamedTuple):
    verbs: frozenset[str]  # lower-case words whose most likely tag is a verb (finite or past participle)
    inflected: frozenset[str]  # ... those of them that are inflected (past, participle, third person)
    nouns: frozenset[str]  # lower-case words whose most likely tag is a common noun
    describers: frozenset[str]  # lower-case forms of words, in any case, most likely an adjective or a gerund


@cache
def _classes() -> _Classes:
    """The word classes attribution asks about, as four lexicons derived from TextBlob's (see
    `tools/derive_word_classes.py`): parsing its 94,000 entries at every start cost a third of a
    one-article run."""
    return _Classes(load_lexicon("tagger_verbs"), load_lexicon("tagger_inflected_verbs"),
                    load_lexicon("tagger_nouns"), load_lexicon("tagger_describers"))


def world_given_names() -> frozenset[str]:
    """Given names of many countries (`lexicons/world_given_names.txt`, from nomquamgender) that are
    no English word: "Ngozi", "Chukwuemeka", "Siobhan", "Wei", not "Will", "Rose", "White" or
    "General". Evidence that a capitalised chain names a person, beside `given_names.txt`; a prior,
    never a gate (a chain without one can still be a person)."""
    return load_lexicon("world_given_names")


def is_given_name(word: str) -> bool:
    """A given name of the hand list or of the table of every region, accents folded: "Ronald",
    "Ngozi", "José"."""
    lower = fold_accents(word.lower())
    return lower in load_lexicon("given_names") or lower in world_given_names()


def fold_accents(word: str) -> str:
    """"josé" -> "jose", "jürgen" -> "jurgen": the name lexicons hold names in plain letters, as their
    sources do, and news writes them with their accents ("Andrés Manuel López Obrador")."""
    if word.isascii():
        return word
    return "".join(character for character in unicodedata.normalize("NFKD", word) if not unicodedata.combining(character))


def is_verb(word: str) -> bool:
    """True when `word` (lower case) is most likely a verb: "used", "granted", "delivered"."""
    return word in _classes().verbs


def is_inflected_verb(word: str) -> bool:
    """True when `word` is most likely a past, a participle or a third-person verb ("said", "says",
    "described"): a form that never follows a modal, so "May said" names Theresa May."""
    return word in _classes().inflected


@lru_cache(maxsize=1 << 12)
def can_be_verb(word: str) -> bool:
    """True when `word` is a verb in some use, though most likely a noun: the lexicon knows a past
    of it ("show" and "shows": "showed"; "plan": "planned"; "targets": "targeted"), or it is a verb
    whose past is its base form ("cost", `lexicons/unchanged_pasts.txt`)."""
    if is_verb(word) or word in load_lexicon("unchanged_pasts"):
        return True
    base = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    inflected = _classes().inflected
    return len(base) > 2 and any(form in inflected for form in (
        base + "ed", base + "d", base + base[-1] + "ed", base[:-1] + "ied", word[:-2] + "ed"))


def is_present_participle(word: str) -> bool:
    """"representing", "backing", "chanting", "including": an -ing form of a verb, no noun ("evening",
    "building")."""
    return word.endswith("ing") and len(word) > 5 and not is_noun(word) and any(
        can_be_verb(verb) for verb in participle_stems(word[:-3]))


def participle_stems(stem: str) -> tuple[str, ...]:
    """The verbs an -ing form may come from, its "-ing" cut off: "add", "cit" (cite), "runn" (run)."""
    return (stem, stem + "e") + ((stem[:-1],) if len(stem) > 2 and stem[-1] == stem[-2] else ())


def is_describer(word: str) -> bool:
    """True when `word` (lower case) is most likely an adjective or a gerund: "strong sales",
    "European shares", "operating profits" describe a company's part, they name no company."""
    return word in _classes().describers


@cache
def agent_endings() -> tuple[str, ...]:
    """The endings of nouns for who does something (lexicon agent_endings), as `str.endswith` takes them."""
    return tuple(load_lexicon("agent_endings"))


def agent_stem(word: str) -> str:
    """What comes before a noun's agent ending ("grow" of "grower", "pl" of "plant"), "" without one."""
    ending = next((ending for ending in agent_endings() if word.endswith(ending)), None)
    return word[:-len(ending)] if ending else ""


def is_agent_of_verb(word: str) -> bool:
    """"grower", "user", "operator", "lender": a noun (lower case) for who does what a verb says, its
    stem a verb; "chamber", "newspaper", "foster" have an agent ending and no such verb."""
    stem = agent_stem(word)
    return len(stem) > 2 and is_noun(word) and (can_be_verb(stem) or can_be_verb(stem + "e") or can_be_verb(stem + "ate"))


def is_bare_epithet(word: str) -> bool:
    """"defender", "singer", "comedian": a title word (lower case) for what someone does, which a story
    uses alone for a person it named ("Arsenal's Sol Campbell ... the defender told"); not an office
    ("the senator", "the premier" is whoever holds it: lexicons title_abbreviations, single_offices),
    nor a role held for someone else or an unnamed source's ("the aide", "the official": lexicon
    other_person_roles), nor a plural."""
    return is_title_word(word) and not is_plural(word) and word not in load_lexicons("other_person_roles", "single_offices") \
        and word not in load_mapping("title_abbreviations")


def marks_a_person(word: str) -> bool:
    """"veteran", "Swansea-born" (lower case): a modifier only a person takes (lexicon epithet_nouns,
    a birthplace), so "the veteran lock", "the Swansea-born forward" is someone, whatever the noun."""
    return word in load_lexicon("epithet_nouns") or word.endswith("-born")


def is_adverb_in_ly(word: str) -> bool:
    """"widely", "previously": an adverb in -ly (lower case), not a noun of that spelling, nor "daily",
    "weekly", a kind of publication ("The daily said")."""
    return word.endswith("ly") and not is_noun(word) and word not in load_lexicon("institution_kinds")


def is_noun(word: str) -> bool:
    """True when `word` (lower case) is most likely a common noun: "family", "rally" (not adverbs in -ly);
    British spellings in -ce of the tagger's American nouns in -se as well ("defence", "offence", "licence")."""
    nouns = _classes().nouns
    return word in nouns or (word.endswith("ce") and f"{word[:-2]}se" in nouns)


def is_title_word(word: str) -> bool:
    """True when `word` (lower case) or its singular is a title: "senator", "aides", "spokesmen"."""
    titles = load_lexicon("titles")
    return word in titles or (word.endswith("s") and len(word) > 4 and word[:-1] in titles) or (  # (not "MPs": a group)
        word.endswith("men") and word[:-3] + "man" in titles)


def is_title(word: str) -> bool:
    """`is_title_word`, abbreviated or compound as well: "sen.", "co-anchor", "vice-chairs", "c.e.o."."""
    return is_title_word(word.rstrip(".").rpartition("-")[2]) or (word.count(".") > 1 and is_title_word(word.replace(".", "")))


def is_abbreviated_title(word: str) -> bool:
    """"Del.", "Rep.": a title's short form, capitalised and with its period (lexicon title_abbreviations),
    never the same letters as a name's particle ("Guillermo del Toro")."""
    return word[:1].isupper() and word.endswith(".") and word.rstrip(".").lower() in load_mapping("title_abbreviations")


def is_plural(word: str) -> bool:
    """True when `word` (lower case) names several: a group word ("police", "crowd"), a plural in -s or
    one of a noun in -man ("spokesmen", "women")."""
    return word in load_lexicon("group_words") or (word.endswith("s") and not word.endswith("ss") and len(word) > 3) or (
        word.endswith("men") and len(word) > 4 and is_noun(word[:-3] + "man"))


def is_plural_noun(word: str) -> bool:
    """"lawyers", "workers": the plural in -s of a noun (lower case)."""
    return is_plural(word) and word.endswith("s") and is_noun(word[:-1])


def is_known_noun(word: str) -> bool:
    """True when `word` (lower case) can head a speaker's phrase: a role, an organisation, a document."""
    bare = word.rstrip(".")
    return is_title(word) or bare in load_lexicon("organization_words") or bare in load_lexicon(
        "document_words") or bare in load_lexicon("group_words")


def speech_cue(word: str, following: str | None = None, *, trailing: bool = False) -> int:
    """How many words a speech cue starting at `word` spans: 2 for a two-word speech verb ("went on",
    "shot back", with `following` the next word), 1 for a speech verb ("said", "told"), 0 for none.

    With `trailing`, a verb that reports speech only right after a quote ("smiled", "laughed") counts
    too. Words are lower case. This is the one lexical test of a speech cue: whether a cue word is
    used as a verb in its sentence (not "the claims", not part of a name) is the phrase grammar's
    question (`quotes.speechverbs.is_speech_verb`).
    """
    if following is not None and f"{word} {following}" in load_lexicon("speech_phrases"):
        return 2
    if word in load_lexicon("speech_verbs") or (trailing and word in load_lexicon("trailing_verbs")):
        return 1
    return 0


def has_speech_cue(words: Sequence[str], *, trailing: bool = False, two_word: bool = True) -> bool:
    """True when a speech cue (as `speech_cue` decides) starts at any of `words` (lower case): the same
    test over a run of words, made in one pass (the kinds of quotes ask it of every word near a quote).
    Without `two_word`, only one-word verbs count."""
    verbs = load_lexicons("speech_verbs", "trailing_verbs") if trailing else load_lexicon("speech_verbs")
    if not verbs.isdisjoint(words):
        return True
    return two_word and any(speech_cue(word, following) == 2 for word, following in zip(words, words[1:]))


@cache
def speech_cue_heads() -> frozenset[str]:
    """Every word that can begin a speech cue: a cheap first test before looking closer."""
    return load_lexicon("speech_verbs") | frozenset(phrase.split()[0] for phrase in load_lexicon("speech_phrases"))
