"""quotes/clauses.py: does a clause start here, and what comes between a cue and its content."""

from __future__ import annotations

import pytest

from quotes.addressees import addressee
from quotes.clauses import is_clause, opening_then_clause, past_time_phrase
from quotes.writerclauses import in_writer_idiom
from quotes.verbslots import verb_by_position
from quotes.cuegaps import that_after
from quotes.tokens import tokenize


def tokens(text: str):
    return tokenize(text, 0, len(text))


def test_a_clause_has_a_subject_and_a_verb_of_its_own():
    assert is_clause(tokens("the plan would fail"), 0, 4)
    assert not is_clause(tokens("nothing about it"), 0, 3)
    # "nothing" and "everything" open a clause when a finite verb follows at once or after one word
    assert is_clause(tokens("nothing new has been decided"), 0, 5) and is_clause(tokens("everything changed"), 0, 2)
    assert not is_clause(tokens("anything that could be read"), 0, 5)
    assert not is_clause(tokens("looking at the record"), 0, 4)
    # a naming participle after a noun is no verb of the noun's: "wrote [a book titled Open Roads]"
    assert not is_clause(tokens("a book titled Open Roads last year"), 0, 7)
    assert is_clause(tokens("a book titled Open Roads sold well"), 0, 7)
    # a list before the verb: the list's "and" holds when the verb is inflected too ("had been", not only "were")
    words = tokens("Smith's philosophy on self-interest, laissez-faire economics and competition had been a force for good")
    assert is_clause(words, 0, len(words))
    # a verb's form in -s before a copula or an auxiliary is a plural noun, the subject ("calls are")
    assert is_clause(tokens("calls are not marketing"), 0, 4) and not is_clause(tokens("calls for change"), 0, 3)
    # "it" is also an object: before "as" or "when" it is one ("claiming [it] as the ball bounced")
    assert is_clause(tokens("it was forming a company"), 0, 5)
    assert not is_clause(tokens("it as the ball bounced"), 0, 5) and not is_clause(tokens("it when he addresses the nation"), 0, 6)
    # a subordinator before a comma is an adverb ("who had not met [before],"); a relative pronoun is still one
    words = tokens("Alfonsin and Camdessus, who had not met before, mostly discussed the debt")
    assert is_clause(words, 0, len(words))
    words = tokens("its results which, on a restated basis, showed profits")
    assert not is_clause(words, 0, len(words))
    # an adjective in -ed of a verb, between a noun and an article, is the past verb ("paved roads" has none)
    words = tokens("the victory paved the way for a rise")
    assert is_clause(words, 0, len(words)) and not is_clause(tokens("the paved roads"), 0, 3)
    # a date's comma sets nothing off; a preposition after a noun opens no clause, unless a time's or a determiner follows
    words = tokens("its reserve balance as of December 31, 1986 was 694,000 dlrs")
    assert is_clause(words, 0, len(words))
    for text in ("AOL's underlying profit before exceptional items rose 8%", "unseasonable rains since January interrupted milling"):
        words = tokens(text)
        assert is_clause(words, 0, len(words)), text
    for text in ("a few months before heavy rains fell", "a speech before the holiday began", "a vote after Congress adjourned"):
        words = tokens(text)
        assert not is_clause(words, 0, len(words)), text
    # a quantity word and a noun before a verb group are a subject ("more action was needed")
    words = tokens("more action was needed")
    assert is_clause(words, 0, len(words)) and not is_clause(tokens("more action on trade"), 0, 4)
    # an opening participle phrase has no verb of its own; a past verb in lower case is one
    words = tokens("Given the rates, it would not be wise to borrow")
    assert opening_then_clause(words, 0, len(words))
    words = tokens("painted a bleak picture of the results, analysts said")
    assert not opening_then_clause(words, 0, len(words))
    # an opening phrase may hold a period's date ("the two months ended April 4")
    words = tokens("for the two months ended April 4, sales totaled 85 mln dlrs")
    assert opening_then_clause(words, 0, len(words))
    # after an aside's closing comma, a noun-or-verb before an object is the verb; not after a participle's object
    words = tokens("The indices, published for the first time today, feature a main world share index")
    assert is_clause(words, 0, len(words))
    words = tokens("Yeutter a letter urging a European Community, EC, plan to tighten rules")
    assert not is_clause(words, 0, len(words))


def test_a_past_participle_before_its_noun_opens_a_subject():
    # "He said [industrialized nations saved ...]": the participle describes the subject's noun.
    for text in ("industrialized nations saved billions", "improved results helped the bank", "proved reserves fell",
                 "industrialised Community members have tried"):
        words = tokens(text)
        assert is_clause(words, 0, len(words)), text
    assert not is_clause(tokens("repeated times that he won"), 0, 5)  # a time phrase, no subject
    assert not is_clause(tokens("denied the charges"), 0, 3)  # a verb and its object
    assert not is_clause(tokens("hoped GATT would act"), 0, 4)  # a verb before a name: no adjective


def test_a_noun_that_is_also_a_verb_reads_as_the_verb_where_no_noun_could_stand():
    # "show", "plan" and "targets" are most likely nouns; after a plural noun and before an object,
    # or after an adverb, they are the verb of the clause
    videos = tokens("the videos show Scott calmly leaving his car")
    assert verb_by_position(videos, 2) and is_clause(videos, 0, len(videos))
    plans = tokens("campaign strategists plan to secure enough delegates")
    assert verb_by_position(plans, 2) and is_clause(plans, 0, len(plans))
    law = tokens("the law unfairly targets tenants")
    assert verb_by_position(law, 3)
    assert not verb_by_position(tokens("the city plan to build"), 2)  # a singular noun before it: "the city plan"
    assert not is_clause(tokens("the videos show"), 0, 3)  # nothing after: a noun phrase ("the video shows")
    china = tokens("China plans to make the shoal a fortress")
    assert verb_by_position(china, 1) and is_clause(china, 0, len(china))  # a name, then its verb in -s
    assert not verb_by_position(tokens("the Obama plans were"), 2)  # no "to" or "that" after: a noun
    voters = tokens("union voters almost always end up voting Democratic")
    assert verb_by_position(voters, 4) and is_clause(voters, 0, len(voters))  # adverbs after a plural subject
    assert not verb_by_position(tokens("in the first round up"), 3)  # after an article: "the first [round]" is a noun
    job = tokens("the Trump job marks his return to politics")
    assert verb_by_position(job, 3) and is_clause(job, 0, len(job))  # a singular noun, its verb in -s, an object
    assert not verb_by_position(tokens("limit its tin exports to 1,736 tonnes"), 3)  # "to" after: a compound noun
    computer = tokens("the computer costs 1,895 dlrs")
    assert verb_by_position(computer, 2) and is_clause(computer, 0, len(computer))  # a number is an object too
    bid = tokens("the bid values TMOC at 248.5 mln dlrs")
    assert verb_by_position(bid, 2)  # ... and a name
    roastings = tokens("cumulative roastings now total 3,845,000 bags")
    assert verb_by_position(roastings, 3)
    joined = tokens("his focus groups and other research show that the plan works")
    assert verb_by_position(joined, 6)  # two nouns joined by "and" are a plural subject
    kmart = tokens("each K Mart costs five mln dlrs")
    assert verb_by_position(kmart, 3) and is_clause(kmart, 0, len(kmart))  # a number in words is an object too
    firms = tokens("22 firms bid for them")
    assert verb_by_position(firms, 2)  # "for" after people or bodies, like "at"
    budget = tokens("the new budget projects ordinary income of 149 billion bolivars")
    assert verb_by_position(budget, 3) and is_clause(budget, 0, len(budget))  # an adjective and its noun: an object
    banks = tokens("the banks face hard times")
    assert verb_by_position(banks, 2)
    employees = tokens("some 150 employees work at the plant")
    assert verb_by_position(employees, 3) and is_clause(employees, 0, len(employees))  # people, then a verb before "at"
    assert not verb_by_position(tokens("the arms control in Europe"), 2)  # arms do not act: a compound noun
    mps = tokens("a clear majority of MPs support it")
    assert verb_by_position(mps, 5) and is_clause(mps, 0, len(mps))  # people in an acronym's plural, then an object pronoun
    voters = tokens("voters support replacing the Lords")
    assert verb_by_position(voters, 1) and is_clause(voters, 0, len(voters))  # people, then a verb before a gerund
    replacing = tokens("a clear majority of MPs support replacing the Lords")
    assert verb_by_position(replacing, 5)  # ... people in an acronym's plural too
    assert not verb_by_position(tokens("the arms control talking"), 2)  # (arms do not act)
    results = tokens("results in the first months show it heading up")
    assert verb_by_position(results, 5)  # a plural subject, then "it": an object
    licences = tokens("more export licences were refused")
    assert is_clause(licences, 0, len(licences))  # a quantity word, then up to two words before an auxiliary: a subject
    axed = tokens("producers axed him")
    assert is_clause(axed, 0, len(axed))  # a word in -ed the lexicon does not know, after a noun: a past, four letters too
    baker = tokens("Baker respects Volcker")
    assert verb_by_position(baker, 1) and is_clause(baker, 0, len(baker))  # a name, its verb in -s, a name
    assert not verb_by_position(tokens("the Terra Nova field's Graven block"), 3)  # a possessive is no verb
    assert not verb_by_position(tokens("Nomura analysts Peter Smith"), 1)  # a plural of a noun that is no verb


def test_a_verb_spelled_word_before_a_noun_and_its_auxiliary_opens_a_subject():
    call = tokens("call money was soft")
    assert is_clause(call, 0, len(call))  # "call money": a noun compound, the subject of "was"
    assert not is_clause(tokens("said prospects would remain bleak"), 0, 5)  # an inflected verb opens no subject
    offers = tokens("offers of help had been received")
    assert is_clause(offers, 0, len(offers))  # a word in -s before "of" is a plural noun, the subject


def test_an_opening_phrase_without_a_verb_then_a_clause():
    assert opening_then_clause(tokens("However, the bridge will reopen"), 0, 6)
    assert opening_then_clause(tokens("After two delays, the ferry runs on time"), 0, 9)
    assert not opening_then_clause(tokens("He left, and the ferry runs"), 0, 7)  # "left": a verb of its own
    # a dependent clause opened by a subordinator of two or three words, then the main clause
    now = tokens("Now that they were equal to their parents, many finance companies faced a crisis")
    assert opening_then_clause(now, 0, len(now))
    assert not opening_then_clause(tokens("Now they were equal, the firms faced a crisis"), 0, 9)  # "now" alone: a clause


def test_what_comes_between_a_cue_and_its_content():
    said = tokens("said on Friday that the plan failed")
    assert past_time_phrase(said, 1, len(said)) == 3  # "on Friday"
    assert that_after(said, 1, len(said)) == 3
    assert that_after(tokens("said the plan that failed"), 1, 5) is None  # "the plan" comes first
    # after an addressee, "that" before a past opens the content after a name, a relative clause after a noun
    assert that_after(tokens("told Reuters that planned cuts would be higher"), 1, 7, anywhere=True) == 2
    assert that_after(tokens("told a meeting that opened on Monday that cuts would come"), 1, 10, anywhere=True) == 7
    assert past_time_phrase(tokens("said that 20 people died"), 1, 5) == 1  # a number after "that" counts, no time
    assert past_time_phrase(tokens("said on 5 March that"), 1, 5) == 4


def test_an_addressee_named_with_its_place_or_owner():
    told = tokens("told The Star-Ledger of Newark last week she would vote")
    assert addressee(told, 1) == 5  # past "The Star-Ledger of Newark", to the time phrase
    assert addressee(tokens("told Reuters of the plan to sell"), 1) == 2  # "of" and no name after it: the topic
    assert addressee(tokens("warned the move would cut profits"), 1) == 1  # a modal after it: the content's subject
    assert addressee(tokens("told the BBC lessons were learned"), 1) == 3  # ... but after a name, the addressee's end
    # a name right after the addressee's: after a publication's name, or before an article, the content's subject
    assert addressee(tokens("told Reuters Brazil was not planning it"), 1) == 2
    assert addressee(tokens("told the BBC News website Ford did not deserve it"), 1) == 5  # (the website's name goes on)
    assert addressee(tokens("told MPs the UK was losing its veto"), 1) == 2
    assert addressee(tokens("told Reuters the Ministry of Trade is expected to act"), 1) == 2


@pytest.mark.parametrize("text, word, idiom", [
    ("That said, the plan is sound.", "said", True),
    ("But that said, the plan is sound.", "said", True),
    ("She posted it under a headline that said, \"Vote now.\"", "said", False),  # a relative clause, no idiom
    ("Trump said, and I quote, \"We win.\"", "quote", True),
])
def test_an_idiom_ending_in_a_comma_opens_its_clause(text, word, idiom):
    tokens = tokenize(text, 0, len(text))
    assert in_writer_idiom(tokens, next(index for index, token in enumerate(tokens) if token.lower == word)) is idiom
