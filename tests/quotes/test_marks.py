"""quotes/marks.py: marks, apostrophes and pairing."""

from __future__ import annotations

import pytest

from quotes.marks import find_quote_spans
from quotes.sentences import split_paragraphs
from tests.conftest import load_cases


def spans_of(text: str):
    return find_quote_spans(text, split_paragraphs(text))


@pytest.mark.parametrize("case", load_cases("marks.jsonl"), ids=lambda case: case["id"])
def test_marks_golden(case):
    spans = spans_of(case["text"])
    assert [case["text"][span.start:span.end] for span in spans] == case["quotes"]
    if "closed" in case:
        assert [span.closed for span in spans] == case["closed"]


def test_offsets_cover_content_without_marks():
    text = 'He said, “We will win.” Then he left.'
    (span,) = spans_of(text)
    assert text[span.start:span.end] == "We will win."
    assert text[span.outer_start] == "“" and text[span.outer_end - 1] == "”"


def test_multi_paragraph_parts_are_linked():
    text = '“First paragraph of the quote.\n\n“Second paragraph.\n\n“Third and last,” she said.'
    spans = spans_of(text)
    assert [span.continues for span in spans] == [False, True, True]
    assert all(span.closed for span in spans)
    assert [span.paragraph for span in spans] == [0, 1, 2]


def test_a_straight_mark_left_open_is_not_carried_on_by_a_curly_one():
    # a block of quoted reporting opened with a straight mark; the next paragraph's curly quote is
    # somebody's words inside it, not the same quote going on
    text = '"Mira thought the plan was absurd.\n\n“It never worked,” she said.'
    spans = spans_of(text)
    assert [(span.closed, span.continues) for span in spans] == [(False, False), (True, False)]


@pytest.mark.parametrize("text, quotes", [
    # British style: each sentence of a quote opens again, only the last one closes
    ('Thanou said: "I can see how it seemed. "We made a lot of mistakes." The trial is next.',
     ["I can see how it seemed.", "We made a lot of mistakes."]),
    ('He said: “What matters is reform. “It is no longer appropriate.” He left.',
     ["What matters is reform.", "It is no longer appropriate."]),
    ('He called it "absurd" and "a waste." Then he left.', ["absurd", "a waste."]),  # two closed quotes
])
def test_a_quote_opened_again_after_a_sentence_end_ends_there(text, quotes):
    spans = spans_of(text)
    assert [text[span.start:span.end] for span in spans] == quotes
    assert all(span.closed for span in spans)


@pytest.mark.parametrize("text, quotes", [
    # a straight double mark typed for the apostrophe of a possessive is no quotation mark
    ('Buyers are resisting Qatar"s prices and 1985"s result was poor.', []),
    ('"With the summit coming up, it"s terribly important," he said.', ['With the summit coming up, it"s terribly important,']),
    # and so is one typed for a contraction's
    ('"We don"t believe there is a problem," Ongpin said.', ['We don"t believe there is a problem,']),
    ('"I"m sure it"ll pass and we"ve won," she said.', ['I"m sure it"ll pass and we"ve won,']),
    # but a quote closed before a word that starts with "s" still closes
    ('He called it "absurd"so often.', ["absurd"]),
])
def test_a_double_mark_typed_for_an_apostrophe_is_no_mark(text, quotes):
    assert [text[span.start:span.end] for span in spans_of(text)] == quotes


def test_unclosed_quote_stops_at_its_paragraph():
    text = 'He said "this is never closed.\n\nThe next paragraph has "its own" quote.'
    spans = spans_of(text)
    assert [text[span.start:span.end] for span in spans] == ["this is never closed.", "its own"]
    assert [span.closed for span in spans] == [False, True]


def test_unclosed_quote_not_continued_when_next_paragraph_has_no_opening_mark():
    text = '"An open quote\n\nPlain text follows.'
    (span,) = spans_of(text)
    assert not span.closed and not span.continues


def test_nested_quote_stays_inside_outer_content():
    text = '"She told me, \'We are done,\' and left," he said.'
    (span,) = spans_of(text)
    assert text[span.start:span.end] == "She told me, 'We are done,' and left,"


def test_many_stray_marks_do_not_swallow_other_paragraphs():
    text = '" " " stray " marks\n\n"A real quote," she said.'
    spans = spans_of(text)
    assert spans[-1].paragraph == 1
    assert text[spans[-1].start:spans[-1].end] == "A real quote,"
