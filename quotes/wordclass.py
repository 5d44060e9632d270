"""Which words are verbs, from the lexicon TextBlob ships (Brill's, as bundled with Pattern).

Attribution needs one fact that capitalisation and our lexicons cannot give: where a noun phrase
such as "Other leaders used particularly blunt words" stops being the speaker and becomes the verb
after it. A full tagger over every sentence would cost more than the whole extraction; one lookup
in the most-likely-tag lexicon, for the few words after a speaker's determiner, costs nothing. The
lexicon is read from the installed textblob package (a dependency), so nothing is downloaded.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

__all__ = ["is_verb", "is_noun", "is_inflected_verb"]

_VERB_TAGS = frozenset({"VB", "VBD", "VBN", "VBP", "VBZ"})  # not VBG: "the ruling party", "a leading critic"
_INFLECTED_TAGS = frozenset({"VBD", "VBN", "VBZ"})  # never after a modal: "May said", "Will described"
_NOUN_TAGS = frozenset({"NN", "NNS"})


@cache
def _classes() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Lower-case words whose most likely tag is a verb (finite or past participle), those of them
    that are inflected (past, participle, third person), and those whose most likely tag is a common
    noun. Only the sets are kept, not the whole lexicon."""
    source = files("textblob") / "en" / "en-lexicon.txt"
    try:
        lines = source.read_text("utf-8").splitlines()
    except (FileNotFoundError, OSError):  # an unusual textblob build: attribution still works, a little worse
        return frozenset(), frozenset(), frozenset()
    verbs, inflected, nouns = set(), set(), set()
    for line in lines:
        word, _, rest = line.partition(" ")
        if word.islower():
            tag = rest.split(" ", 1)[0]
            if tag in _VERB_TAGS:
                verbs.add(word)
                if tag in _INFLECTED_TAGS:
                    inflected.add(word)
            elif tag in _NOUN_TAGS:
                nouns.add(word)
    return frozenset(verbs), frozenset(inflected), frozenset(nouns)


def is_verb(word: str) -> bool:
    """True when `word` (lower case) is most likely a verb: "used", "granted", "delivered"."""
    return word in _classes()[0]


def is_inflected_verb(word: str) -> bool:
    """True when `word` is most likely a past, a participle or a third-person verb ("said", "says",
    "described"): a form that never follows a modal, so "May said" names Theresa May."""
    return word in _classes()[1]


def is_noun(word: str) -> bool:
    """True when `word` (lower case) is most likely a common noun: "family", "rally" (not adverbs in -ly)."""
    return word in _classes()[2]
