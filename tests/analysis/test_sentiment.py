"""analysis/tone.py: scores equal TextBlob's, labels, and the per-speaker and per-article averages."""

from __future__ import annotations

import pandas
import pytest
from textblob import TextBlob

import analysis
from quotes.errors import ColumnError, OptionError, QuotesError
from analysis.sentiment import NEGATIVE_BELOW, POSITIVE_ABOVE, label, score


@pytest.mark.parametrize("text", ["This is wonderful news", "a terrible day", "It is fine", "", "LEAVE NOW, we will"])
def test_score_equals_textblob(text):
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
        tally.add("k", polarity, 0.0)
    (_, stats), = tally.rows()
    assert stats["median_polarity"] == pytest.approx(0.2)
