"""Invariants of quotes.extract on random text full of quotation marks and apostrophes."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st

import quotes
from quotes.marks import find_quote_spans
from quotes.sentences import split_paragraphs, split_sentences

MARKS = list("\"'`“”„‟«»‘’‚‛‹›") + ["''", "``"]
PIECES = MARKS + ["he said", "said Noem", " ", " ", "\n", "\n\n", ",", ".", ":", "—", "(", ")", "<p>", "it's", "Jones'",
                  "'90s", "I", "we", "Hello", "world", "The", "President", "said", "she", "Mr.", "U.S."]

texts = st.lists(st.sampled_from(PIECES), max_size=120).map("".join)


def check_invariants(text: str) -> None:
    found = quotes.extract(text)
    previous_end = -1
    for quote in found:
        assert 0 <= quote.outer_start <= quote.start < quote.end <= quote.outer_end <= len(text)
        assert text[quote.start:quote.end] == quote.text
        assert quote.outer_start >= previous_end  # quotes never overlap (nested ones stay inside)
        previous_end = quote.outer_end
        assert quote.kind in ("direct", "mixed", "scare")
        assert 0 <= quote.group <= quote.quote_id
        if quote.mention_start is not None:
            assert 0 <= quote.mention_start < quote.mention_end <= len(text)
            assert text[quote.mention_start:quote.mention_end] == quote.mention
            if quote.rule == "transcript_label":  # the documented exception: "PENCE: Well, look."
                assert quote.mention_start == quote.start and text.startswith(":", quote.mention_end)
            else:
                assert quote.mention_end <= quote.start or quote.mention_start >= quote.end  # outside its quote
    assert [quote.quote_id for quote in found] == list(range(len(found)))
    assert quotes.extract(text) == found  # deterministic


@settings(max_examples=300, deadline=None)
@given(texts)
def test_mark_soup_never_breaks_invariants(text):
    check_invariants(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_unicode_never_breaks_invariants(text):
    check_invariants(text)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(MARKS), st.text(alphabet="abc .,'\n", max_size=20)), max_size=40))
def test_marks_between_random_words(parts):
    check_invariants("".join(mark + words for mark, words in parts))


paragraph_structures = st.lists(
    st.tuples(st.sampled_from(["\n", "\n\n", "\r\n", "\r\n\r\n", "\n \n", "<p>", "\u2029", " "]),
              st.lists(st.sampled_from(PIECES), max_size=25).map("".join)),
    max_size=30).map(lambda parts: "".join(separator + body for separator, body in parts))


@settings(max_examples=200, deadline=None)
@given(paragraph_structures)
def test_random_paragraph_structures(text):
    check_invariants(text)


def _cost(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        quotes.extract(text)
        best = min(best, time.perf_counter() - started)
    return best


def test_cost_grows_linearly_with_the_text():
    """8x the text must cost well under 20x the time (a ratio in one run, not a timing)."""
    unit = ('"Quote one," he said. It\'s the \'90s " stray “ mark ‘ and ’ more. '
            "Jones' dog said \"no\" — ''wire'' style. ") * 40
    for text in (unit, unit.replace("\n", " ")):
        small, large = _cost(text * 2), _cost(text * 16)
        assert large < 20 * small, (small, large)
    one_paragraph = ("He said, " + '"' * 3 + "'" * 5 + " said Noem. ") * 200
    assert _cost(one_paragraph * 8) < 20 * _cost(one_paragraph)


def _split_cost(text: str) -> float:
    paragraph = split_paragraphs(text)[0]
    spans = find_quote_spans(text, [paragraph])
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        split_sentences(text, paragraph, spans)
        best = min(best, time.perf_counter() - started)
    return best


def test_sentence_splitting_grows_linearly_with_quotes_and_sentences():
    """One paragraph of many sentences and closed quotes: no pass over every quote per sentence."""
    speech = '"We will win," said Noem, who added: "It is late." Officials said it\'s the \'90s. '
    small, large = _split_cost(speech * 300), _split_cost(speech * 2400)
    assert large < 20 * small, (small, large)
