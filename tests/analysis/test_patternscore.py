"""analysis/patternscore.py: the rewritten scoring gives TextBlob's scores to the last bit."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from textblob import TextBlob

from analysis import sentiment
from analysis.patternscore import pattern_score
from analysis.sentiment import _pattern_lexicon
from quotes.lexicons import load_mapping
from tests.conftest import SEED, load_tool

# Pieces that exercise each step of TextBlob's tokenizer and scoring: contractions, every kind of
# quotation mark, punctuation glued to words, abbreviations and initials, ellipses, paragraph
# breaks, negations and modifiers, exclamation and sarcasm marks, emoticons whole and spaced apart.
_PIECES = ["good", "bad", "not", "never", "no", "very", "really", "extremely", "hardly", "terrible", "wonderful",
           "Great", "BAD", "sad", "happy", "the", "a", "plan", "is", "it", "isn't", "I'd", "we're", "they've",
           "don't", "it's", "Noem's", "n't", "'s", "“good”", "‘bad’", "\"great\"", "'fine'", "good,", "bad.",
           "(good)", "[bad]", "good;", "good:", "good?", "good!", "!", "!!", "?!", "(!)", "( ! )", "(!", "Mr.",
           "U.S.", "e.g.", "etc.", "T.", "Dr.", "St.", "vs.", "good...", "...", "..", "bad..!", "-", "--", "—",
           "$5", "3.5%", "#tag", "@name", ":)", ":-(", ": )", "; )", ":'(", "<3", "xD", ":D", ">:(", "8)", "(:",
           "\n\n", "\n", "\r\n", "\t", "well-known", "so-so", "unbelievably", "amazingly", "really!", "“", "”", "’",
           "'", "\"", "Ms.", "p.m.", "good.\"", "bad!'", "end.)"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30), st.sampled_from([" ", "", "  "]))
def test_scores_equal_textblobs_on_every_step_of_its_tokenizer(pieces, separator):
    text = separator.join(pieces)
    assert pattern_score(text, _pattern_lexicon()) == tuple(TextBlob(text).sentiment), repr(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("ab .,;:!?()'\"“”‘’\n-Dx38<>/o") + ["good ", "not ", "very "]), max_size=60))
def test_scores_equal_textblobs_on_random_characters(characters):
    text = "".join(characters)
    assert pattern_score(text, _pattern_lexicon()) == tuple(TextBlob(text).sentiment), repr(text)


@pytest.mark.parametrize("text", [
    "not\n\ngood", "very good\n\n\nbad", "very vs. good", "very Mr. good", "very e.g. good", "very etc. good",
    "very U.S. good", "good (!) plan", "good ( ! ) plan", "it was good : ) really", "it was bad :'( indeed",
    "not really good", "really not good", "very not good", "not very good", "bad!!", "not a good plan", "not the very best", "good... not bad",
    "isn't good", "I'd say good", "“good,” he said. “Not bad.”", "'very' good", "good.\" Bad.'",
])
def test_scores_equal_textblobs_on_each_rule(text):
    assert pattern_score(text, _pattern_lexicon()) == tuple(TextBlob(text).sentiment)


@pytest.mark.parametrize("paragraph", [p for p in SEED.read_text(encoding="utf-8").split("\n") if p.strip()][:40])
def test_scores_equal_textblobs_on_news(paragraph):
    assert pattern_score(paragraph, _pattern_lexicon()) == tuple(TextBlob(paragraph).sentiment)


def test_negation_modifier_and_exclamation_change_the_score():
    lexicon = _pattern_lexicon()
    good = pattern_score("good", lexicon)
    assert pattern_score("not good", lexicon)[0] == pytest.approx(-0.5 * good[0])
    assert pattern_score("very good", lexicon)[0] > good[0]
    assert pattern_score("good!", lexicon)[0] > good[0]
    assert pattern_score("a plan", lexicon) == (0.0, 0.0)


def test_the_shipped_word_scores_are_the_installed_textblobs():
    # lexicons/textblob_sentiment.txt spares every run TextBlob's XML; it is read only when the
    # installed lexicon file is the one it was derived from, and must then hold the same numbers
    tool = load_tool("derive_sentiment_scores")
    analyser = sentiment._textblob_sentiment()
    assert load_mapping("textblob_sentiment")[tool.SOURCE_KEY] == tool.source_digest(analyser), \
        "TextBlob's lexicon changed: run tools/derive_sentiment_scores.py"
    table = tool.sentiment_table(analyser)
    scores, modifiers = sentiment._word_scores()
    assert scores == {word: values for word, (values, _) in table.items()}
    assert modifiers == {word for word, (_, modifier) in table.items() if modifier}
    assert len(scores) > 2_500 and "very" in modifiers and "good" not in modifiers


def test_another_textblob_lexicon_is_read_from_textblob(monkeypatch):
    # a TextBlob whose lexicon file differs (another version) is scored from its own lexicon
    shipped, loaded, analyser = sentiment._word_scores(), [], sentiment._analyser
    monkeypatch.setattr(sentiment, "_source_digest", lambda analyser: "another lexicon")
    monkeypatch.setattr(sentiment, "_analyser", lambda: loaded.append(True) or analyser())
    sentiment._word_scores.cache_clear()
    try:
        assert sentiment._word_scores() == shipped  # (this TextBlob's own lexicon: the same numbers, read from it)
        assert loaded
    finally:
        sentiment._word_scores.cache_clear()

