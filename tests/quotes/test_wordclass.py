"""quotes/wordclass.py: word classes read from the lexicon TextBlob ships."""

from __future__ import annotations

from quotes.wordclass import is_inflected_verb, is_noun, is_verb


def test_verbs_and_nouns_come_from_the_bundled_lexicon():
    assert is_verb("used") and is_verb("granted")
    assert is_noun("family") and is_noun("rally")
    assert not is_verb("family") and not is_noun("used")


def test_inflected_forms_are_told_from_base_forms():
    # a modal takes the base form, so "May said" and "Will described" name someone
    assert all(is_inflected_verb(word) for word in ("said", "says", "told", "described"))
    assert not any(is_inflected_verb(word) for word in ("say", "tell", "describe"))
