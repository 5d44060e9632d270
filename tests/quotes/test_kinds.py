"""quotes/kinds.py: direct, mixed and scare quotes; parts of one utterance."""

from __future__ import annotations

import pytest

import quotes
from tests.conftest import load_cases


@pytest.mark.parametrize("case", load_cases("kinds.jsonl"), ids=lambda case: case["id"])
def test_kinds_golden(case):
    assert [quote.kind for quote in quotes.extract(case["text"])] == case["kinds"]


def test_interrupted_quote_parts_share_a_group():
    first, second = quotes.extract('"I\'m here," he said, "to stay."')
    assert first.group == second.group == first.quote_id
    assert second.quote_id == 1


def test_a_quote_after_a_quoted_fragment_and_an_attribution_is_a_new_utterance():
    fragment, quote = [found for found in quotes.extract(
        'Intro.\n\nAfter Okafor said students do better at "smaller schools," Renwick said: "I disagree."')
        if found.kind != "indirect"]
    assert (fragment.kind, quote.kind) == ("mixed", "direct")
    assert fragment.group != quote.group and (quote.speaker, fragment.speaker) == ("Renwick", "Okafor")


@pytest.mark.parametrize("text, kind", [
    # a whole quote after "wrote," closed by its comma, then the writer's "and" and the speaker's next act
    ('Intro.\n\nCanova wrote to his followers, "It is time to end her career for good," and shared a link.', "direct"),
    ('Intro.\n\nClinton said: "I have acknowledged that using two accounts was a mistake," but in fact she used one.', "direct"),
    # a whole sentence after "said:" that opens with a number, followed by the writer's next sentence
    ('Intro.\n\nThe director said: "2005 offers the chance for an historic breakthrough." The report said more.', "direct"),
    # ... not a quote's contrast that the sentence carries on, nor one of two quotes joined by "and"
    ('Intro.\n\nHe said: "The problems require joint action from creditors," and not prepared recipes.', "mixed"),
    ('Intro.\n\nThe crowd chanted back, "Send them all home now," and "Build the wall."', "mixed"),
    # ... nor a title in a list
    ('Intro.\n\nThe actor, who stars in the thriller, "Bloodline," and the PBS drama, returns.', "scare"),
])
def test_a_whole_quote_before_the_speakers_next_act_is_direct(text, kind):
    assert [quote.kind for quote in quotes.extract(text) if quote.kind != "indirect"][0] == kind


def test_two_quotes_of_two_sentences_are_two_groups():
    first, second = quotes.extract('"I\'m here." He paused. "I will stay."')
    assert first.group != second.group


def test_multi_paragraph_quote_is_one_group():
    found = quotes.extract('"First part.\n\n"Second part.\n\n"Last part," he said.\n\n"A new quote," he added.')
    assert [quote.group for quote in found] == [0, 0, 0, 3]


@pytest.mark.parametrize("text, kinds", [
    # "so-called" marks a label in the writer's voice, even beside a speech verb
    ('The council\'s so-called "housing czar," Darlene Ward, dismissed the concern.', ["scare"]),
    ('Credits in so-called "mixed credits," the OECD said, are banned.', ["scare"]),
    # a naming verb can also introduce speech
    ('The mayor called the plan "a disaster for every family in this city."', ["mixed"]),
    # ... but a naming participle opening its sentence names something: no one speaks
    ('Originally dubbed "Jerry\'s Guide to the World Wide Web" the firm adopted the moniker Yahoo.', ["scare"]),
    ('Dubbed "the Iron Lady" by the Soviet press, she never wavered.', ["scare"]),
    # ... and so does one right after the noun of a thing, not after one who may speak, nor after an object
    ('Both oppose a pension formula called the "chained index" that cuts payments.', ["scare"]),
    ('The band played a new song titled "Winter Roads" on Friday.', ["scare"]),
    ('It was a move the senator called "reckless and costly" on Friday.', ["mixed"]),
    ('He later called her "third-rate" and walked out.', ["mixed"]),
    # a work's kind before a title in title case: a title, even beside a verb that may report speech
    ('The crowd sang as the rock classic "Good Times Roll," by the band Vesper, blared from the speakers.', ["scare"]),
    # a work's noun, "called", then title case: a title, though "called" may report speech
    ('She has been writing a book called "Women Who Work" and touring.', ["scare"]),
    # "known as" and "referred to as" with who names it between: a name, not speech
    ('Oh, known to fans as "the queen of prestige TV," said she was drawn to the script.', ["scare"]),
    ('The drug, referred to by doctors as "the last resort," was approved.', ["scare"]),
    # ... but not the object the subject names: its own words
    ('He once referred to Lords members as "brigands and muggers" on television.', ["mixed"]),
])
def test_a_label_marked_so_called_is_a_scare_quote(text, kinds):
    assert [quote.kind for quote in quotes.extract(text) if quote.kind != "indirect"] == kinds


@pytest.mark.parametrize("text, kind", [
    # an aside between a subject and its naming verb is no label set off after a noun ("The plan, dubbed")
    ('Intro.\n\nHe uttered charges that Rush Limbaugh, for one, called "liberal Democrat lingo."', "mixed"),
    ('Intro.\n\nThe plan, dubbed "Made Here," failed.', "scare"),
    # "heralded X as": a verb of speech
    ('Intro.\n\nChancellor Angela Merkel heralded the deal as a "breakthrough."', "mixed"),
])
def test_an_aside_before_called_and_heralded_as(text, kind):
    assert [quote.kind for quote in quotes.extract(text)] == [kind]


@pytest.mark.parametrize("text, kind", [
    # a title-case name after an owner, a preposition of titles or "told" is a show, a speech verb beside it or not
    ('Intro.\n\nGiuliani trashed Comey on MSNBC’s “Morning Joe,” calling it reckless.', "scare"),
    ('Intro.\n\nThe senator told "Fox and Friends" after he was asked about it.', "scare"),
    ('Intro.\n\nHe spoke in an interview with "The View," remarking he did not care.', "scare"),
    # not words in sentence case after the same words
    ('Intro.\n\nShe agreed with "the basic premise" of the bill, she said.', "mixed"),
])
def test_a_show_named_beside_a_speech_verb_is_a_title(text, kind):
    assert [quote.kind for quote in quotes.extract(text) if quote.kind != "indirect"] == [kind]


@pytest.mark.parametrize("text, kinds", [
    # a cue nearby, but no one said it: a term of the writer's
    ('Intro.\n\nIts office in Japan was closed down by regulators after an "aggressive sales culture" led the bank to '
     'flout the rules.', ["scare"]),
    # someone said it: the speaker's words
    ('Intro.\n\nThe minister said the bank had an "aggressive sales culture" for years.', ["indirect", "mixed"]),
    # longer than a term, or a part of an utterance with a speaker: kept
    ('Intro.\n\nThe gap between the rich and the "people who have nothing at all" grew again, the report found.', ["mixed"]),
])
def test_a_short_fragment_no_one_is_said_to_have_said_is_a_term(text, kinds):
    assert [quote.kind for quote in quotes.extract(text)] == kinds


@pytest.mark.parametrize("text, kind, speaker", [
    # a body, a group or a thing as the only candidate, no cue between: the writer's term
    ('Intro.\n\nThe Senate defeated a move to block aid to the "contra" rebels, virtually assuring the aid will '
     'go through.', "scare", None),
    ('Intro.\n\nThe union has been staging a series of "warning strikes" to press its demands.', "scare", None),
    ('Intro.\n\nThe ministers are in Auckland to review world trade since the "Uruguay round" talks.', "scare", None),
    # a person's use of a word is more often their word
    ('Intro.\n\nTomas Okafor pointed to a "moderate" inflation rate of 12 pct.', "mixed", "Tomas Okafor"),
    # as is a body's when it speaks in person, or a speech word stands between
    ('Intro.\n\nThe council wants to build "our own roads" by 2030.', "mixed", "council"),
    ('Intro.\n\nThe council in its statement wants a "fair deal" for 2030.', "mixed", "council"),
])
def test_a_short_fragment_only_a_bodys_sentence_holds_is_a_term(text, kind, speaker):
    [quote] = [quote for quote in quotes.extract(text) if quote.kind != "indirect"]
    assert (quote.kind, quote.speaker) == (kind, speaker)


@pytest.mark.parametrize("text, kinds", [
    # "terms" and "related to" are nouns and a relation here, not speech: the words in marks are words
    ('Intro.\n\nIts list discounts terms such as swear words, or those that cause problems, such as "affect" and '
     '"effect".', ["scare", "scare"]),
    ('Intro.\n\nOther terms in the top 10 were related to disasters, such as "hurricane".', ["scare"]),
    # but a name or a pronoun that terms something speaks
    ('Intro.\n\nSmith terms it "a disaster".', ["mixed"]),
])
def test_terms_as_a_noun_and_related_to_are_no_speech(text, kinds):
    assert [quote.kind for quote in quotes.extract(text)] == kinds


def test_a_publications_name_after_its_noun_is_a_title_even_before_said():
    text = ('Intro.\n\nGail Okafor, author of the EF Hutton publication "Global Crop News," said the Soviets may '
            'import more grain.')
    assert [quote.kind for quote in quotes.extract(text)] == ["scare", "indirect"]


@pytest.mark.parametrize("text, kind", [
    # a name in title case that qualifies the noun after it, or a short one after an article: a product, a plan
    ('Intro.\n\nThe "Big Bang" reforms will start in October, the minister said.', "scare"),
    ('Intro.\n\nNissan will supply engines for manual transmission "Sentra" cars, a spokeswoman said.', "scare"),
    ('Intro.\n\nHe drove a "Sentra" to work, the spokeswoman said.', "scare"),
    # but not right after a verb of speech, nor a lower-case fragment or a sentence of its own
    ('Intro.\n\nTrump cited "Obama-Clinton" policies, which he said had harmed the economy.', "mixed"),
    ('Intro.\n\nThe minister said the "disastrous" reforms would start in October.', "mixed"),
])
def test_a_name_that_qualifies_a_noun_is_no_speech(text, kind):
    assert [quote.kind for quote in quotes.extract(text) if quote.kind != "indirect"] == [kind]


@pytest.mark.parametrize("text, kind", [
    # a title in title case after "on the", or holding a title's head word ("Act", "Plan"), names a thing
    ('Intro.\n\nMarkets are distorted, the FAO report on the "State of Agricultural Commodity Markets 2004" said.', "scare"),
    ('Intro.\n\nIn a letter accompanying the "Sugar Program Improvements Act of 1987", Peter Myers said the rate was high.',
     "scare"),
    # but a fragment of speech in lower case stays the speaker's words
    ('Intro.\n\nIn a letter accompanying the bill, Peter Myers said the rate was "a disgrace to the farm act".', "mixed"),
])
def test_a_title_of_a_report_or_a_law_is_no_speech(text, kind):
    assert [quote.kind for quote in quotes.extract(text) if quote.kind != "indirect"] == [kind]


@pytest.mark.parametrize("text, kind", [
    # a short quote opening its sentence is a whole quote only with its attribution near: a cue far on is no sign
    ("Intro.\n\n'Lite' versions of existing games would overcome one of the biggest hurdles - persuading developers "
     "to write for schools.", "scare"),
    ('Intro.\n\n"Major problems" are expected over the next 10 years as the workforce continues to age, it said.', "mixed"),
    # but a short quote closed by its comma, then a long speaker's phrase and the verb, is whole
    ('Intro.\n\n"I\'m not pleased," Jefferson Parish Sheriff Harry Lee said. He left.', "direct"),
])
def test_a_short_quote_opening_a_sentence(text, kind):
    assert [quote.kind for quote in quotes.extract(text) if quote.kind != "indirect"] == [kind]


def test_a_subhead_echoing_a_quote_is_layout_not_speech():
    text = ("Wildfire forces evacuation\n\nParks Canada said the fire had grown.\n\n'Just get out'\n\n"
            "Mayor Richard Ireland said residents had little warning.\n\n"
            '"People were told to grab what they could and just get out," Ireland said.')
    found = {quote.text: quote.kind for quote in quotes.extract(text)}
    assert found["Just get out"] == "scare"
    assert found["People were told to grab what they could and just get out,"] == "direct"


def test_a_quote_only_line_that_echoes_nothing_still_speaks():
    text = ("Wildfire forces evacuation\n\nMayor Richard Ireland said residents had little warning.\n\n"
            "'Just get out'\n\nThe fire grew overnight.")
    assert [quote.kind for quote in quotes.extract(text) if quote.text == "Just get out"] != ["scare"]
