"""Invariants of quotes.extract on random text full of quotation marks and apostrophes."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

import quotes
from quotes.marks import find_quote_spans
from quotes.sentences import split_paragraphs, split_sentences
from tests.conftest import lines_run

MARKS = list("\"'`“”„‟«»‘’‚‛‹›") + ["''", "``"]
PIECES = MARKS + ["he said", "said Noem", " ", " ", "\n", "\n\n", ",", ".", ":", "—", "(", ")", "<p>", "it's", "Jones'",
                  "'90s", "I", "we", "Hello", "world", "The", "President", "said", "she", "Mr.", "U.S.",
                  "According to police", "according to", "As", "noted", "that", "and"]

texts = st.lists(st.sampled_from(PIECES), max_size=120).map("".join)


def check_invariants(text: str) -> None:
    found = quotes.extract(text)
    groups = {quote.quote_id: quote.group for quote in found}
    previous_end, previous_group = -1, None
    for quote in found:
        assert 0 <= quote.outer_start <= quote.start < quote.end <= quote.outer_end <= len(text)
        assert text[quote.start:quote.end] == quote.text
        # quotes of different groups never overlap; inside reported speech, a mixed or scare quote of its group
        assert quote.outer_start >= previous_end or (quote.kind in ("mixed", "scare") and quote.group == previous_group
                                                     and quote.outer_end <= previous_end)
        if quote.outer_end > previous_end:
            previous_end, previous_group = quote.outer_end, quote.group
        assert quote.kind in quotes.KINDS
        assert 0 <= quote.group <= quote.quote_id and groups[quote.group] == quote.group
        if quote.kind == "indirect":
            assert quote.outer_start == quote.start and quote.outer_end == quote.end
            assert quote.mention is not None or quote.rule == "reported_question"  # (an unnamed asker)
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
@example('\nAccording to police,"\n"it\'s')  # a title's closing mark ended the text after an opening phrase's comma
@example("\nhe said As")  # a subordinator as a content's last word: no clause after it to read
def test_random_paragraph_structures(text):
    check_invariants(text)


def test_cost_grows_linearly_with_the_text():
    """8x the text must cost under 12x the work (a quadratic step costs 50x), counted in lines run,
    not in time, which a busy machine changes."""
    unit = ('"Quote one," he said. It\'s the \'90s " stray “ mark ‘ and ’ more. '
            "Jones' dog said \"no\" — ''wire'' style. ") * 5
    for text in (unit, unit.replace("\n", " ")):
        small, large = lines_run(quotes.extract, text * 2), lines_run(quotes.extract, text * 16)
        assert large < 12 * small, (small, large)
    one_paragraph = ("He said, " + '"' * 3 + "'" * 5 + " said Noem. ") * 30
    assert lines_run(quotes.extract, one_paragraph * 8) < 10 * lines_run(quotes.extract, one_paragraph)


def test_sentence_splitting_grows_linearly_with_quotes_and_sentences():
    """One paragraph of many sentences and closed quotes: no pass over every quote per sentence."""
    speech = '"We will win," said Noem, who added: "It is late." Officials said it\'s the \'90s. '

    def split(text: str) -> None:
        paragraph = split_paragraphs(text)[0]
        split_sentences(text, paragraph, find_quote_spans(text, [paragraph]))

    small, large = lines_run(split, speech * 40), lines_run(split, speech * 320)
    assert large < 10 * small, (small, large)