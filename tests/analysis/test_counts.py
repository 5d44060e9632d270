"""analysis/frequency.py: speakers, verbs and articles, on a frame we can count by hand."""

from __future__ import annotations

import pandas
import pytest

import analysis
from analysis.utterances import count_words
from tests.analysis.conftest import quote_row


def test_speakers_count_utterances_words_shares_and_articles(frame):
    table = analysis.frequency(frame)
    assert list(table["speaker"]) == ["Ann Lee", "Acme Corp"]  # sorted by quotes, then words
    ann = table.set_index("speaker").loc["Ann Lee"]
    words = count_words("This is wonderful news") + count_words("and a terrible day, for everyone") + count_words(
        "It is fine")
    all_words = words + count_words("We have no comment") + count_words("Nobody knows who said this")
    assert ann["quotes"] == 3 and ann["words"] == words and ann["articles"] == 2
    assert ann["quote_share"] == pytest.approx(3 / 5) and ann["word_share"] == pytest.approx(words / all_words, abs=1e-4)
    assert ann["speaker_type"] == "person" and ann["titles"] == "Mayor" and ann["gender"] == "female"
    acme = table.set_index("speaker").loc["Acme Corp"]
    assert acme["speaker_type"] == "organization" and acme["gender"] == "unknown"


def test_a_speakers_type_is_the_one_its_quotes_say_when_most_say_none():
    rows = [quote_row("a1", 0, "We will appeal", speaker="Microsoft Corp", speaker_type="organization"),
            *(quote_row("a1", index, "We disagree", speaker="Microsoft Corp", speaker_type="unknown") for index in (1, 2))]
    table = analysis.frequency(pandas.DataFrame(rows)).set_index("speaker")
    assert table.loc["Microsoft Corp", "speaker_type"] == "organization"
    only_unknown = analysis.frequency(pandas.DataFrame(rows[1:])).set_index("speaker")
    assert only_unknown.loc["Microsoft Corp", "speaker_type"] == "unknown"
    # ... but not one quote in many
    rows += [quote_row("a1", index, "We disagree", speaker="Microsoft Corp", speaker_type="unknown") for index in range(3, 9)]
    table = analysis.frequency(pandas.DataFrame(rows)).set_index("speaker")
    assert table.loc["Microsoft Corp", "speaker_type"] == "unknown"


def test_verbs_overall_and_per_speaker_type(frame):
    verbs = analysis.frequency(frame, by="verb").set_index("verb")
    assert verbs.loc["said", "quotes"] == 2 and verbs.loc["said", "person"] == 2
    assert verbs.loc["wrote", "organization"] == 1 and verbs.loc["claimed", "quotes"] == 1
    assert verbs["share"].sum() == pytest.approx(1.0)


def test_article_counts(frame):
    articles = analysis.frequency(frame, by="article").set_index("article_id")
    assert articles.loc["a1"].to_dict() == {"quotes": 3, "direct": 3, "mixed": 0, "indirect": 0, "speakers": 2,
                                            "top_speaker": "Ann Lee", "unattributed_share": 0.0, "unnamed_share": 0.0}
    assert articles.loc["a2", "unattributed_share"] == 0.5


def test_group_by_metadata(frame):
    table = analysis.frequency(frame, group_by=["outlet"])
    assert list(table.columns[:2]) == ["outlet", "speaker"]
    assert table[(table.outlet == "Y") & (table.speaker == "Ann Lee")]["quote_share"].item() == pytest.approx(0.5)


def test_word_counting():
    assert count_words("Don't stop, co-op members — 42 of them!") == 7


def test_empty_frame_gives_empty_tables():
    import quotes

    empty = quotes.extract_frame("No quotes at all.")
    assert analysis.frequency(empty).empty and analysis.tone(empty).empty
    assert list(analysis.frequency(empty).columns)[:2] == ["speaker", "quotes"]


def test_input_is_not_modified(frame):
    before = frame.copy()
    analysis.frequency(frame, by="verb")
    pandas.testing.assert_frame_equal(frame, before)


def test_named_and_unnamed_sources_are_told_apart():
    import quotes

    text = ('"We will win," Mayor Ann Lee said. Officials said the plan would fail. "No," a spokesman said. '
            'Lee said the plan would work.')
    frame = quotes.extract_frame([text])
    assert list(frame["speaker_named"]) == [True, False, False, True]
    table = analysis.frequency(frame).set_index("speaker")
    assert table.loc["Ann Lee", "named"] and not table.loc["officials", "named"] and not table.loc["spokesman", "named"]
    assert analysis.frequency(frame, by="article").loc[0, "unnamed_share"] == 0.5
