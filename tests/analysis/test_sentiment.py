"""analysis/tone.py: scores equal TextBlob's, labels, and the per-speaker and per-article averages."""

from __future__ import annotations

import pandas
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from textblob import TextBlob

import analysis
import quotes
from quotes.errors import ColumnError, OptionError, QuotesError
from analysis.sentiment import NEGATIVE_BELOW, POSITIVE_ABOVE, label, score


@pytest.mark.parametrize("text", ["This is wonderful news", "a terrible day", "It is fine", "", "LEAVE NOW, we will"])
def test_score_equals_textblob(text):
    assert score(text) == tuple(TextBlob(text).sentiment)


_WORDS = ["good", "bad", "not", "never", "very", "really", "extremely", "!", "(!)", ":)", ":-(", "terrible", "wonderful",
          "great", "no", "is", "a", "the", "plan", "n't", "hardly", "sad", "happy", "damn", "quite", "so", "Great", "BAD",
          "well-known", "it's", "unbelievably", "?", ",", "."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=25))
def test_scores_equal_textblobs_with_negations_modifiers_and_emoticons(words):
    # the analyser runs on a loaded copy of TextBlob's lexicon (no lazy wrapper): same scores
    text = " ".join(words)
    assert score(text) == tuple(TextBlob(text).sentiment)


def test_label_thresholds():
    assert label(NEGATIVE_BELOW - 0.01) == "negative"
    assert label(NEGATIVE_BELOW) == "neutral" and label(0.0) == "neutral" and label(POSITIVE_ABOVE) == "neutral"
    assert label(POSITIVE_ABOVE + 0.01) == "positive"


def test_tone_by_quote_adds_columns_after_rule_without_touching_the_input(frame):
    before = frame.copy()
    scored = analysis.tone(frame, by="quote")
    columns = list(scored.columns)
    assert columns[columns.index("rule") + 1: columns.index("rule") + 4] == ["polarity", "subjectivity", "tone"]
    assert scored.loc[0, "polarity"] == TextBlob("This is wonderful news").sentiment.polarity
    pandas.testing.assert_frame_equal(frame, before)


def test_tone_by_speaker_counts_utterances_and_scores_joined_parts(frame):
    table = analysis.tone(frame).set_index("speaker")
    ann = table.loc["Ann Lee"]
    assert ann["quotes"] == 3  # the two-part quote counts once
    polarities = [score("This is wonderful news")[0], score("and a terrible day, for everyone")[0],
                  score("It is fine")[0]]
    assert ann["mean_polarity"] == pytest.approx(sum(polarities) / 3, abs=1e-4)
    assert ann["median_polarity"] == pytest.approx(sorted(polarities)[1], abs=1e-4)
    expected_labels = [label(polarity) for polarity in polarities]
    assert ann["negative_share"] == pytest.approx(expected_labels.count("negative") / 3, abs=1e-4)
    assert ann["positive_share"] == pytest.approx(expected_labels.count("positive") / 3, abs=1e-4)
    assert "Nobody knows who said this" not in table.index  # unattributed quotes have no speaker row
    assert set(table.index) == {"Ann Lee", "Acme Corp"}


def test_tone_by_article_and_group_by(frame):
    articles = analysis.tone(frame, by="article").set_index("article_id")
    assert articles.loc["a1", "quotes"] == 3 and articles.loc["a2", "quotes"] == 2
    grouped = analysis.tone(frame, group_by=["outlet"])
    assert set(zip(grouped["outlet"], grouped["speaker"])) == {("X", "Ann Lee"), ("X", "Acme Corp"), ("Y", "Ann Lee")}


def test_bad_arguments_are_errors_of_the_family_in_one_line(frame):
    with pytest.raises(OptionError, match=r"^tone\(by='verb'\): expected 'quote', 'speaker' or 'article'$"):
        analysis.tone(frame, by="verb")
    with pytest.raises(ColumnError, match=r"^no such column 'nope' to group by; the columns are 'article_id', ") as error:
        analysis.tone(frame, group_by=["nope"])
    assert isinstance(error.value, QuotesError) and "\n" not in str(error.value)


def test_even_median():
    from analysis.sentiment import ToneTally

    tally = ToneTally()
    for polarity in (-0.5, 0.1, 0.3, 0.9):
        tally.add(("k",), polarity, 0.0)
    (_, stats), = tally.rows()
    assert stats["median_polarity"] == pytest.approx(0.2)


def test_tone_scores_own_words_unless_paraphrase_is_asked():
    text = ('Noem said the terrible plan was a wonderful success. "It is a sad day," Lee said. '
            'Ann Park said the awful plan had been "a great help" to everyone.')
    frame = quotes.extract_frame([text])
    assert sorted(frame["kind"]) == ["direct", "indirect", "indirect", "mixed"]
    own = analysis.tone(frame).set_index("speaker")
    assert "Noem" not in own.index  # only reported speech: the writer's words, no tone of hers
    assert own.loc["Ann Park", "mean_polarity"] == pytest.approx(score("a great help")[0], abs=1e-4)  # her fragment
    assert own.loc["Lee", "mean_polarity"] == pytest.approx(score("It is a sad day,")[0], abs=1e-4)
    every = analysis.tone(frame, paraphrase=True).set_index("speaker")
    assert every.loc["Noem", "mean_polarity"] == pytest.approx(score("the terrible plan was a wonderful success")[0],
                                                               abs=1e-4)
    assert every.loc["Ann Park", "mean_polarity"] == pytest.approx(
        score('the awful plan had been "a great help" to everyone')[0], abs=1e-4)


def test_frequency_counts_each_kind_of_utterance():
    text = ('Noem said the plan would work. "We will win," Noem said. Lee said the plan was "a mess" and '
            '"a disaster" for the city.')
    table = analysis.frequency(quotes.extract_frame([text])).set_index("speaker")
    assert table.loc["Noem", ["quotes", "direct", "mixed", "indirect"]].tolist() == [2, 1, 0, 1]
    assert table.loc["Lee", ["quotes", "direct", "mixed", "indirect"]].tolist() == [1, 0, 0, 1]  # fragments inside
