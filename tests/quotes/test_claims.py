"""quotes/claims.py: speech named by a noun, and its owner."""

from __future__ import annotations

import pytest

import quotes
from quotes.addressees import infinitive_after
from quotes.claims import claim_owner_span
from quotes.tokens import tokenize


def claims(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(quote.text, quote.mention, quote.speaker) for quote in quotes.extract(text)
            if quote.kind == "indirect" and quote.rule == "reported_claim"]


@pytest.mark.parametrize("text, expected", [
    ("Intro.\n\nCritics mocked Trump's repeated claim that Mexico will pay for the wall.",
     [("Mexico will pay for the wall", "Trump's", "Trump")]),
    ("Intro.\n\nDespite her promise to stay neutral, the mayor endorsed him.",  # the comma before the main clause
     [("to stay neutral", "her", None)]),
    # past a phrase of circumstance, not past a conjunction to another noun's "that"
    ("Intro.\n\nCritics mocked Trump's claim in November that Mexico will pay for the wall.",
     [("Mexico will pay for the wall", "Trump's", "Trump")]),
    # the agent after "by" owns the claim, even inside another cue's phrase ("responding to ...")
    ("Intro.\n\nLawson rejected claims by opposition MPs that the government would be forced to call an election.",
     [("the government would be forced to call an election", "opposition MPs", "MPs")]),
    ("Intro.\n\nBalladur, responding to weekend remarks by Treasury Secretary Ada Obi that the U.S. would review the accords, "
     "said the accords were firm.", [("the U.S. would review the accords", "Treasury Secretary Ada Obi", "Ada Obi")]),
])
def test_a_claim_nouns_content_speaks_for_its_owner(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize("text", [
    "Intro.\n\nRubio's claim that he opposed the war is false.",  # the claim is the subject: its end is unknown
    "Intro.\n\nThe claim that he opposed the war spread fast.",  # no owner
    "Intro.\n\nHe made his remarks to reporters on Tuesday.",  # "to" + a noun: an addressee
    "Intro.\n\nCritics recalled his claim that night.",  # "that" with no clause after it
    "Intro.\n\nHe broke his pledge after support from allies and suspicion that rivals plotted against him.",
])
def test_what_is_no_claim_content(text):
    assert claims(text) == []


@pytest.mark.parametrize("text, owner", [
    ("Critics mocked Donald Trump's false claim", "Donald Trump's"),
    ("Critics mocked his claim", "his"),
    ("Critics mocked the claim", None),
])
def test_the_owner_of_a_claim_may_have_one_describing_word_between(text, owner):
    tokens = tokenize(text, 0, len(text))
    span = claim_owner_span(tokens, len(tokens) - 1, 0)
    assert (None if span is None else text[tokens[span[0]].start:tokens[span[1] - 1].end]) == owner


def test_a_fragment_in_a_claims_content_is_its_owners_not_a_speaker_beyond():
    text = "The concerns expressed by many Jewish leaders go beyond Trump's pledge to be \"neutral\" in talks."
    found = [(quote.kind, quote.text, quote.speaker) for quote in quotes.extract(text)]
    # the passive agent of "expressed" is further off than the pledge's owner
    assert found == [("indirect", 'to be "neutral" in talks', "Trump"), ("mixed", "neutral", "Trump")]


def test_a_time_noun_after_to_is_no_infinitive():
    tokens = tokenize("responding to weekend remarks by Baker", 0, 38)
    assert not infinitive_after(tokens, 2, len(tokens))
    tokens = tokenize("responding to fight the plan", 0, 28)
    assert infinitive_after(tokens, 2, len(tokens))
