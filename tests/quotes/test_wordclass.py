"""quotes/wordclass.py: word classes derived from the lexicon TextBlob ships."""

from __future__ import annotations

from quotes.lexicons import load_lexicon
from quotes.wordclass import is_describer, is_given_name, is_inflected_verb, is_noun, is_plural, is_present_participle, is_title, is_verb
from tests.conftest import load_tool


def test_verbs_and_nouns_come_from_the_bundled_lexicon():
    assert is_verb("used") and is_verb("granted")
    assert is_noun("family") and is_noun("rally")
    assert not is_verb("family") and not is_noun("used")


def test_a_plural_in_men_is_plural_and_a_role_when_its_singular_is():
    assert is_plural("spokesmen") and is_plural("businessmen") and is_plural("women")
    assert is_title("spokesmen") and is_title("chairmen")
    assert not is_plural("omen") and not is_plural("specimen") and not is_title("women")


def test_inflected_forms_are_told_from_base_forms():
    # a modal takes the base form, so "May said" and "Will described" name someone
    assert all(is_inflected_verb(word) for word in ("said", "says", "told", "described"))
    assert not any(is_inflected_verb(word) for word in ("say", "tell", "describe"))


def test_describers_hold_adjectives_and_gerunds_in_lower_case():
    assert is_describer("strong") and is_describer("european") and is_describer("operating")
    assert not is_describer("said") and not is_describer("family")


def test_the_shipped_classes_match_the_installed_textblob_lexicon():
    # the four tagger_*.txt lexicons are derived from TextBlob's lexicon so that no run parses it;
    # a textblob that changed its lexicon must be noticed, and the lexicons derived again
    tool = load_tool("derive_word_classes")
    derived = tool.word_classes(tool.textblob_lexicon())
    assert set(derived) == set(tool.CLASSES)
    for name, words in derived.items():
        assert load_lexicon(name) == frozenset(words), f"run tools/derive_word_classes.py: {name}.txt is stale"
    assert len(derived["tagger_nouns"]) > 20_000 and "family" in derived["tagger_nouns"]



def test_british_spellings_of_the_american_lexicon_are_known():
    # TextBlob's lexicon is American; the BBC writes "criticised", "organisation", "scrutinising"
    assert is_verb("criticised") and is_inflected_verb("apologised") and is_present_participle("scrutinising")
    assert is_noun("organisation") and is_noun("organization")
    tool = load_tool("derive_word_classes")
    assert [tool.british_spelling(word) for word in ("criticized", "analyzes", "organizations", "size", "prize", "citizen")] == [
        "criticised", "analyses", "organisations", None, None, None]


def test_names_the_tagger_lexicon_mistags_as_nouns_are_given_names_but_its_adjectives_are_not():
    # TextBlob's lexicon tags "Luigi" NNS and "Claudia" NN; "British" and "German" (JJ) are English words
    assert [is_given_name(word) for word in ("Luigi", "Claudia", "Anwar", "British", "German")] == [True, True, True, False, False]
