"""quotes/tokens.py: word tokens with offsets into the original text."""

from __future__ import annotations

import pytest

import quotes

from quotes.tokens import after_dateline, tokenize


def words(text: str) -> list[str]:
    return [token.text for token in tokenize(text, 0, len(text))]


def test_tokens_index_the_original_text():
    text = "  Sen. Ann Lee (D-Nev.) said: \u201cNo.\u201d"
    for token in tokenize(text, 0, len(text)):
        assert text[token.start:token.end] == token.text


def test_abbreviations_and_initials_keep_their_period():
    assert words("Mr. Lee of the U.S. Senate left.") == ["Mr.", "Lee", "of", "the", "U.S.", "Senate", "left", "."]


def test_a_web_address_is_one_word_not_a_sentence_end():
    assert words("who founded fivethirtyeight.com tweeted") == ["who", "founded", "fivethirtyeight.com", "tweeted"]
    assert words("an e-mail from state.gov, Breitbart.com said") == [
        "an", "e-mail", "from", "state.gov", ",", "Breitbart.com", "said"]
    assert words("He left. Commerce went on.") == ["He", "left", ".", "Commerce", "went", "on", "."]
    assert words("editor of fansite Halo.Bungie.Org, said") == ["editor", "of", "fansite", "Halo.Bungie.Org", ",", "said"]


def test_a_short_parenthetical_and_a_possessive_are_single_tokens():
    tokens = tokenize("Rep. Trey Gowdy (R-S.C.) and Noem's aide", 0, 100)
    assert [token.text for token in tokens] == ["Rep.", "Trey", "Gowdy", "(R-S.C.)", "and", "Noem's", "aide"]
    assert tokens[5].is_possessive and not tokens[6].is_possessive


def test_a_party_tag_with_a_district_of_several_words_is_one_token():
    text = "Del. Marcia Price (D-Newport News) and Sen. Tim Kaine (D-Va.) spoke"
    assert [token.text for token in tokenize(text, 0, len(text))] == [
        "Del.", "Marcia", "Price", "(D-Newport News)", "and", "Sen.", "Tim", "Kaine", "(D-Va.)", "spoke"]


def test_a_hyphenated_name_keeps_its_possessive_and_inner_apostrophes():
    text = "Chesebrough-Pond's Inc and al-Rifa'i's aide met O'Neill-Smith"
    assert [token.text for token in tokenize(text, 0, len(text))] == [
        "Chesebrough-Pond's", "Inc", "and", "al-Rifa'i's", "aide", "met", "O'Neill-Smith"]


def test_a_company_whose_name_ends_in_a_possessive_speaks_whole():
    found = quotes.extract("Chesebrough-Pond's Inc, recently acquired by Unilever, said it is selling Bass.")
    assert [(quote.text, quote.speaker) for quote in found] == [("it is selling Bass", "Chesebrough-Pond's Inc")]


def test_accents_of_decomposed_text_and_misdecoded_letters_stay_in_the_word():
    assert words("Jose\u0301 Marti\u0301 spoke") == ["Jose\u0301", "Marti\u0301", "spoke"]
    assert words("Marc Tr\u00c3\u00a9vidic put it") == ["Marc", "Tr\u00c3\u00a9vidic", "put", "it"]
    # a no-break space still separates words, and French quotation marks stand alone
    assert words("the\u00a0Dutch \u00abBonjour\u00bb") == ["the", "Dutch", "\u00ab", "Bonjour", "\u00bb"]


def test_words_at_a_sentence_end_or_before_a_mark_read_as_the_full_rules_read_them():
    # plain words take a shortcut in the tokenizer; these are the places where it must not apply
    assert words("said J. Smith. Jones' dogs, AT&T's") == [
        "said", "J.", "Smith", ".", "Jones'", "dogs", ",", "AT&T", "'", "s"]
    assert words("Mr. Lee. Sen. Ray, cnn.com. Done") == ["Mr.", "Lee", ".", "Sen.", "Ray", ",", "cnn.com", ".", "Done"]
    assert words("Trump\u0085s word\u2019s end") == ["Trump\u0085s", "word\u2019s", "end"]


def test_sentence_tokens_are_shared_between_readers_of_the_same_sentence():
    # attribution and reported speech read the same sentence once: the second gets the same tokens,
    # and a sentence whose quote reads differently (speech or a title) is read again
    from quotes.model import Sentence
    from quotes.pipeline import extract
    from quotes.tokens import QUOTE, TITLE, sentence_tokens

    text = 'Noem said the "reform" would work, and added: "We will win."'
    quotes = extract(text)
    sentence = Sentence(0, len(text), 0, 0)
    inside = [quote for quote in quotes if quote.kind != "indirect"]
    shared: dict = {}
    first = sentence_tokens(text, sentence, inside, shared)
    assert sentence_tokens(text, sentence, inside, shared) is first
    assert first == sentence_tokens(text, sentence, inside)
    assert [token.text for token in first[0] if token.text in (QUOTE, TITLE)] == [QUOTE, QUOTE]
    assert sentence_tokens(text, sentence, inside[:1], shared) is not first  # other quotes: read anew
    assert len(shared) == 2


def test_brackets_around_a_wire_company_name_are_skipped_tags_and_tickers_too():
    text = "<Airbus Industrie> said <b>Ed</b> and Dow <DOW> agreed that x < y here"
    assert [token.text for token in tokenize(text, 0, len(text))] == [
        "Airbus", "Industrie", "said", "Ed", "and", "Dow", "agreed", "that", "x", "<", "y", "here"]
    # a name whose first word is no word in title case is still a name once one of its words is
    # ("<Z-Seven Fund Inc>", "<TMOC Resources Ltd>"); a ticker of capitals alone is none ("<BLDS ST>")
    text = "<Z-Seven Fund Inc> and <TMOC Resources Ltd> said <BLDS ST> rose"
    assert [token.text for token in tokenize(text, 0, len(text))] == [
        "Z-Seven", "Fund", "Inc", "and", "TMOC", "Resources", "Ltd", "said", "rose"]


@pytest.mark.parametrize("line", ["PORTLAND, Ore., Feb 26 - ", "WASHINGTON (Reuters) - ", "NEW YORK — ",
                                  "Toronto, March 2 - ", "March 3 (Reuters) - ", "ESCHBORN, West Germany, March 2 -- "])
def test_a_dateline_opening_a_line_is_found(line):
    text = f"Headline\n\n{line}Acme said so."
    assert after_dateline(text, text.index(line)) == text.index("Acme")


@pytest.mark.parametrize("text", ["Toronto - the city - said so.", "The minister - a veteran - said so.",
                                  "He left. NEW YORK - said so."])
def test_prose_with_dashes_is_no_dateline(text):
    assert all(after_dateline(text, start) == start for start in range(len(text)))


def test_a_name_with_digits_is_one_word_but_a_number_stays_apart():
    # "G7 ministers", "U2 frontman Bono", "the PS2": a capital, then digits, is a name's word
    assert words("G7 ministers met U2 frontman Bono near the A380.") == [
        "G7", "ministers", "met", "U2", "frontman", "Bono", "near", "the", "A380", "."]
    assert words("B2,500 units") == ["B", "2,500", "units"]  # (a letter before a number with a comma: no name)


def test_a_number_with_a_possessive_is_one_token():
    def texts(text: str) -> list[str]:
        return [token.text for token in tokenize(text, 0, len(text))]

    assert texts("Okafor told BBC Radio 4's Today programme.") == [
        "Okafor", "told", "BBC", "Radio", "4's", "Today", "programme", "."]
    assert texts("'4's'") == ["'", "4", "'", "s'"]  # (a quote mark after it: no possessive)


def test_an_exclamation_mark_inside_a_name_is_part_of_it():
    # "the Kerrang! poll", "pop duo Wham! to": a capitalised word's mark, a lower-case word after it
    assert words("the Kerrang! poll was a triumph") == ["the", "Kerrang!", "poll", "was", "a", "triumph"]
    assert words("We won! The end") == ["We", "won", "!", "The", "end"]  # (a clause's end, a capital after it)


def test_a_year_or_decade_cut_short_is_one_word():
    text = "He said in '08 that the '80s and ’90s were over; 'Tis so."
    found = [token.text for token in tokenize(text, 0, len(text)) if token.is_word]
    assert found[:9] == ["He", "said", "in", "'08", "that", "the", "'80s", "and", "’90s"]
    assert "'" not in found and "Tis" in found  # an elision's apostrophe stays a mark of its own
