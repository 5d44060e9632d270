"""quotes/sentences.py: paragraphs and quote-aware sentences."""

from __future__ import annotations

import quotes

from hypothesis import given, settings
from hypothesis import strategies as st
from nltk.tokenize.punkt import PunktSentenceTokenizer

from quotes.marks import find_quote_spans
from quotes.punkt import news_punkt
from quotes.sentences import split_paragraphs, split_sentences


def sentences_of(text: str):
    paragraphs = split_paragraphs(text)
    spans = find_quote_spans(text, paragraphs)
    return [text[sentence.start:sentence.end] for paragraph in paragraphs
            for sentence in split_sentences(text, paragraph, [s for s in spans if s.paragraph == paragraph.index])]


def test_blank_lines_separate_paragraphs_and_single_newlines_do_not():
    text = "First line\nwraps here.\n\n  Second paragraph.  \n\n\n\nThird."
    paragraphs = split_paragraphs(text)
    assert [text[p.start:p.end] for p in paragraphs] == ["First line\nwraps here.", "Second paragraph.", "Third."]
    assert [p.index for p in paragraphs] == [0, 1, 2]


def test_without_blank_lines_each_line_is_a_paragraph():
    text = "One.\r\nTwo.\rThree."
    assert [text[p.start:p.end] for p in split_paragraphs(text)] == ["One.", "Two.", "Three."]


def test_html_block_tags_end_paragraphs():
    text = "<p>One.</p><p>Two.</p>"
    assert [text[p.start:p.end] for p in split_paragraphs(text)] == ["One.", "Two."]


def test_abbreviations_do_not_end_sentences():
    text = "Sen. Smith met Mr. Jones in Washington, D.C. on Jan. 5. Then John F. Kennedy Jr. spoke."
    assert sentences_of(text) == ["Sen. Smith met Mr. Jones in Washington, D.C. on Jan. 5.",
                                  "Then John F. Kennedy Jr. spoke."]
    # a company's initials, however many: Punkt ends a sentence after "C.O.M.B."
    assert sentences_of("PLYMOUTH, Minn. - C.O.M.B. Co said its board approved it.") == [
        "PLYMOUTH, Minn. - C.O.M.B. Co said its board approved it."]


def test_an_abbreviation_that_can_end_a_sentence_does_before_a_word_that_opens_one():
    text = ("Attacks in the U.S. He says Americans need facts. They came from the U.K. The rest stayed. "
            "Mr. He Yafei spoke for the U.S. State Department. Apple Inc. It said so.")
    assert sentences_of(text) == ["Attacks in the U.S.", "He says Americans need facts.", "They came from the U.K.",
                                  "The rest stayed.", "Mr. He Yafei spoke for the U.S. State Department.", "Apple Inc.",
                                  "It said so."]
    assert sentences_of('"We left the U.S. He stayed," she said.') == ['"We left the U.S. He stayed," she said.']
    # never inside a wire's company name in angle brackets, whatever its periods
    assert sentences_of("<Mr. Jax Fashions Inc> said it sold shares. <Sunyou (H.K.) Ltd> has a loan, it said.") == [
        "<Mr. Jax Fashions Inc> said it sold shares.", "<Sunyou (H.K.) Ltd> has a loan, it said."]
    # an acronym ends a sentence too where its letters spell an abbreviation ("Ft." for Fort)
    assert sentences_of("Sources tell the FT. But Rover told the BBC. He lives in Ft. Worth now.") == [
        "Sources tell the FT.", "But Rover told the BBC.", "He lives in Ft. Worth now."]


def test_a_unit_of_measure_ends_a_sentence_only_before_a_new_one():
    text = "The plant ships 40,000 lbs. of steel a week. The fish weighed 12 lbs. He said it was a record."
    assert sentences_of(text) == ["The plant ships 40,000 lbs. of steel a week.", "The fish weighed 12 lbs.",
                                  "He said it was a record."]


def test_never_breaks_inside_a_quote():
    text = 'He said, "I came. I saw. I conquered." Then he left.'
    assert sentences_of(text) == ['He said, "I came. I saw. I conquered."', "Then he left."]


def test_quote_keeps_its_attribution():
    assert sentences_of('"Leave now!" Noem said. She left.') == ['"Leave now!" Noem said.', "She left."]
    assert sentences_of('"Stop!" she shouted.') == ['"Stop!" she shouted.']


def test_a_verb_that_introduces_more_is_no_trailing_attribution():
    assert sentences_of('"It works." He added, "It is cheap."') == ['"It works."', 'He added, "It is cheap."']
    assert sentences_of('"It works." Lee added that it was cheap.') == ['"It works."', "Lee added that it was cheap."]
    assert sentences_of('"It works." Lee added.') == ['"It works." Lee added.']
    # a clause reported after the verb is a statement of its own, whose speaker the next quote carries
    assert sentences_of('"It works." Ama Boateng says the goal is access. "Why wait?"') == [
        '"It works."', "Ama Boateng says the goal is access.", '"Why wait?"']
    # but an addressee or a time clause after the verb still belongs to the quote before
    assert sentences_of('"It works." Lee told reporters during the call. "Why wait?"') == [
        '"It works." Lee told reporters during the call.', '"Why wait?"']
    assert sentences_of('"It works." Lee told Britain\'s ITV in an interview aired on Monday.') == [
        '"It works." Lee told Britain\'s ITV in an interview aired on Monday.']
    assert sentences_of('"Too forced?" He tweeted when Clinton ended a debate.') == [
        '"Too forced?" He tweeted when Clinton ended a debate.']


def test_a_nickname_in_the_trailing_attribution_keeps_it():
    text = '"A big year!" His niece, state Del. Marcia "Cia" Price, shouted to the crowd. "We are watching."'
    assert sentences_of(text) == ['"A big year!" His niece, state Del. Marcia "Cia" Price, shouted to the crowd.',
                                  '"We are watching."']


def test_attribution_ending_in_an_abbreviation_ends_before_the_next_quote():
    text = '"We lost," said Ann Lee, 40, of Tampa, Fla. "It hurts." Then she left.'
    assert sentences_of(text) == ['"We lost," said Ann Lee, 40, of Tampa, Fla.', '"It hurts."', "Then she left."]
    # a title never ends a sentence (no quote has closed before this one, and no place comes before it)
    assert len(sentences_of('"Fine," said Sen. "Big Jim" Smith.')) == 1


def test_a_quote_ending_in_an_initial_ends_its_sentence_before_a_new_clause():
    text = 'Fox said: "It was the worst acting since Cell Block H." Labour had broken promises, he said.'
    assert sentences_of(text) == ['Fox said: "It was the worst acting since Cell Block H."', "Labour had broken promises, he said."]
    # the quote's own attribution stays with it, and so does a speaker with an auxiliary
    assert len(sentences_of('"We will win in the U.S." Smith added.')) == 1
    assert len(sentences_of('"We will win in the U.S." Smith has said.')) == 1


def test_sentence_offsets_index_the_original_text():
    text = "Intro.\n\nSome text. \"A quote,\" she said.  More."
    paragraphs = split_paragraphs(text)
    spans = find_quote_spans(text, paragraphs)
    for sentence in split_sentences(text, paragraphs[1], spans):
        assert text[sentence.start:sentence.end].strip() == text[sentence.start:sentence.end]
        assert paragraphs[1].start <= sentence.start < sentence.end <= paragraphs[1].end


def test_windows_line_ends_make_the_same_paragraphs():
    text = "First line\r\nwraps here.\r\n\r\nSecond.\r\n\r\n\r\nThird."
    assert [text[p.start:p.end] for p in split_paragraphs(text)] == ["First line\r\nwraps here.", "Second.", "Third."]


def test_single_newline_after_a_finished_sentence_is_a_paragraph_break():
    text = "Intro.\n\n“We will win,” she said.\nDevine did not concede.\nIt went on\nfor a while.\n\nEnd."
    assert [text[p.start:p.end] for p in split_paragraphs(text)] == [
        "Intro.", "“We will win,” she said.", "Devine did not concede.", "It went on\nfor a while.", "End."]


def test_a_line_that_is_one_quotation_is_a_paragraph_of_its_own():
    # a wire-copy subhead: without its own paragraph the next sentence's attribution took the subhead
    text = ("Intro.\n\nShe went as far as anyone.\n“DIVISIVE AND WRONG”\nThe minister will work with whoever wins, "
            "the spokesman said.\n“We will win” was her slogan\nThe crowd cheered.")
    assert [text[p.start:p.end] for p in split_paragraphs(text)] == [
        "Intro.", "She went as far as anyone.", "“DIVISIVE AND WRONG”",
        "The minister will work with whoever wins, the spokesman said.",
        "“We will win” was her slogan\nThe crowd cheered."]
    found = [(quote.kind, quote.text, quote.mention) for quote in quotes.extract(text)]
    assert found[1] == ("indirect", "The minister will work with whoever wins", "the spokesman")
    assert found[0][:2] == ("direct", "DIVISIVE AND WRONG") and found[0][2] != "the spokesman"


def test_an_opening_mark_with_a_space_after_it_opens_the_next_sentence():
    # Punkt ends the first sentence after the "“" when a space follows it; the mark belongs to the quote
    text = "“It is bad,” Henry said. “ You know, so that is what we found.” Then he left."
    assert sentences_of(text) == ["“It is bad,” Henry said.", "“ You know, so that is what we found.”", "Then he left."]
    assert [(quote.kind, quote.speaker) for quote in quotes.extract(text)] == [("direct", "Henry")] * 2


_PIECES = ["said.", "Mr.", "U.S.", "J.", "5.", "Feb.", "sun.", "it.", "the", "The", "officials", "\"Yes.\"",
           "(Reuters.)", "no...", "well!", "why?", "e.g.", "co-op.", "Gov.", "A.", "1990s.", "-", "—", ":", "\n",
           "Trump.", "GOV.", "Inc.", "Ex-Gov.", "NATO.", "Jr.\"", "Obama.)", "“Yes.”", "‘no.’", "«fin.»", "then.”)",
           "end.»", "said.’"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=40))
def test_sentence_boundaries_are_exactly_punkts(pieces):
    # The shortcut for Punkt's break decision, and its patterns compiled by `re` rather than NLTK's
    # guarded engine, must never change a boundary Punkt would draw.
    text = " ".join(pieces)
    plain = PunktSentenceTokenizer(news_punkt()._params)
    assert list(news_punkt().span_tokenize(text)) == list(plain.span_tokenize(text))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab \t\r\n\u2028\u2029", max_size=30))
def test_paragraph_breaks_are_blank_line_runs_or_separators(text):
    # The fast form of the paragraph-break pattern must find exactly what the plain one does.
    from quotes.sentences import _NEWLINE, _PARAGRAPH_BREAK
    import re
    plain = re.compile(rf"{_NEWLINE}(?:[^\S\n\u2028\u2029]*{_NEWLINE})+|\u2029")
    assert [m.span() for m in _PARAGRAPH_BREAK.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_place_and_its_province_end_a_sentence_before_a_new_quote():
    # Punkt keeps "B.C." and "D.C." inside a sentence; before a quote that opens with a capital they end one
    assert sentences_of('"They voted against it," Singh said in Burnaby, B.C. "Canadians know who fought for this."') == [
        '"They voted against it," Singh said in Burnaby, B.C.', '"Canadians know who fought for this."']
    assert sentences_of('Singh spoke in Washington, D.C. "Canadians know who fought for this," he said.') == [
        'Singh spoke in Washington, D.C.', '"Canadians know who fought for this," he said.']


def test_an_abbreviation_before_a_title_ends_no_sentence():
    assert len(sentences_of('He praised the U.S. "Star Wars" program and left.')) == 1
