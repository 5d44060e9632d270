"""quotes/evaluation.py: matching and scores on gold we write by hand."""

from __future__ import annotations

import json

import pytest

from quotes import evaluate
from quotes.errors import GoldFormatError


def gold_article(text, spans, kind="direct"):
    return {"id": "a", "text": text, "quotes": [
        {"start": start, "end": end, "speaker": None, "speaker_mentions": [], "meta": {"kind": kind}}
        for start, end in spans]}


def rows_by_key(result):
    return {(row["kind"], row["match"]): row for row in result.quotes}


def test_perfect_match_scores_one():
    text = '"We will win," she said.'
    result = evaluate([gold_article(text, [(1, 13)])])
    row = rows_by_key(result)[("all", "exact")]
    assert (row["gold"], row["predicted"], row["matched"], row["precision"], row["recall"]) == (1, 1, 1, 1.0, 1.0)


def test_marks_and_spaces_at_the_edges_do_not_matter():
    text = '"We will win," she said.'
    result = evaluate([gold_article(text, [(0, 14)])])  # gold includes the marks
    assert rows_by_key(result)[("all", "exact")]["matched"] == 1


def test_loose_match_needs_the_overlap():
    text = '"We will win this election," she said.'
    half = evaluate([gold_article(text, [(1, 12)])])  # "We will win" vs the whole quote: < 0.8
    assert rows_by_key(half)[("all", ">=0.8 overlap")]["matched"] == 0
    most = evaluate([gold_article(text, [(1, 24)])])
    assert rows_by_key(most)[("all", ">=0.8 overlap")]["matched"] == 1
    assert rows_by_key(most)[("all", "exact")]["matched"] == 0


def test_scare_quotes_are_not_counted_as_predictions():
    text = 'Officials opened a federal "supermax" prison in Colorado.'
    result = evaluate([gold_article(text, [])])
    assert rows_by_key(result)[("all", "exact")]["predicted"] == 0


def test_speaker_mention_scoring():
    text = '"We will win," Noem said.'
    gold = gold_article(text, [(1, 13)])
    gold["quotes"][0]["speaker_mentions"] = [[15, 19]]
    gold["quotes"][0]["speaker_canonical"] = "Kristi Noem"
    result = evaluate([gold])
    assert result.speakers["mention"][:2] == (1, 1)
    assert result.speakers["canonical"][:2] == (1, 1)
    assert result.speakers["end to end"][:2] == (1, 1)


def test_a_speaker_mention_elsewhere_is_scored_wrong():
    text = 'Noem spoke. "We will win," Lee said.'
    gold = gold_article(text, [(13, 25)])
    gold["quotes"][0]["speaker_mentions"] = [[0, 4]]  # the annotators say Noem; the text's verb says Lee
    gold["quotes"][0]["speaker_canonical"] = "Kristi Noem"
    result = evaluate([gold])
    assert result.speakers["mention"][:2] == (0, 1)
    assert result.speakers["canonical"][:2] == (0, 1)
    assert result.speakers["end to end"][:2] == (0, 1)


def test_bad_gold_is_a_clear_error(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text('{"text": "x", "quotes": [{"start": 5, "end": 2}]}\n', encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r"gold.jsonl:1: quote 0"):
        evaluate(path)
    path.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match="not valid JSON"):
        evaluate(path)
    path.write_text(json.dumps({"quotes": []}) + "\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match="'text'"):
        evaluate(path)


def reported_article(text, records):
    """A gold article of the reported-speech format: (content, kind, speaker mention) records."""
    items = []
    for content, kind, mention in records:
        start = text.index(content)
        items.append({"start": start, "end": start + len(content), "text": content, "kind": kind,
                      "fragments": [[start, start + len(content)]], "speaker": mention,
                      "speaker_mentions": [[text.index(mention), text.index(mention) + len(mention)]], "cue": "said",
                      "cue_spans": []})
    return {"id": "r", "text": text, "reported": items}


def test_reported_speech_gold_is_scored_as_utterances_at_two_overlaps(tmp_path):
    text = ('Noem said the plan would fail within a year. The mayor said it was "a disaster" for the city. '
            '"We will win," Lee said.')
    gold = reported_article(text, [
        ("the plan would fail", "indirect", "Noem"),  # 19 of the 33 characters predicted: 0.58
        ('it was "a disaster" for the city', "mixed", "The mayor"),  # the whole content, the fragment inside
        ("We will win,", "direct", "Lee"),
    ])
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold) + "\n", encoding="utf-8")
    rows = rows_by_key(evaluate(path))
    assert rows[("indirect", ">=0.5 overlap")]["matched"] == 1 and rows[("indirect", ">=0.8 overlap")]["matched"] == 0
    assert rows[("mixed", ">=0.8 overlap")]["matched"] == 1  # the predicted utterance is the indirect quote's hull
    assert rows[("direct", ">=0.8 overlap")]["matched"] == 1
    all_half = rows[("all", ">=0.5 overlap")]
    assert (all_half["gold"], all_half["predicted"], all_half["matched"]) == (3, 3, 3)
    tokens = rows[("all", ">=0.3 token overlap")]
    assert (tokens["gold"], tokens["predicted"], tokens["matched"]) == (3, 3, 3)
    result = evaluate(path)
    assert result.speakers["mention, all"] == (3, 3, 1.0)
    assert result.speakers["mention, indirect"] == (1, 1, 1.0)


def test_reported_gold_mixed_with_quote_gold_is_a_clear_error():
    text = '"We will win," she said.'
    with pytest.raises(GoldFormatError, match="'reported' list"):
        evaluate([reported_article(text, [("We will win,", "direct", "she")]), gold_article(text, [(1, 13)])])


def test_token_overlap_counts_shared_words_over_the_longer_text(tmp_path):
    text = "Noem said the plan would fail within a year or two at the very most."
    # 3 shared words of the 15 predicted: 0.2 < 0.3, unmatched; with the whole content, matched
    for content, matched in (("the plan would", 0), ("the plan would fail within a year or two at the very most", 1)):
        path = tmp_path / "gold.jsonl"
        path.write_text(json.dumps(reported_article(text, [(content, "indirect", "Noem")])) + "\n", encoding="utf-8")
        assert rows_by_key(evaluate(path))[("all", ">=0.3 token overlap")]["matched"] == matched
