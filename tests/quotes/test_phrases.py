"""quotes/phrases.py: the phrase grammar answers in token spans, with no rule names in it."""

from __future__ import annotations

import pytest

from quotes.phrases import Phrase, clause_subject, phrase_after, phrase_before, verb_subject
from quotes.tokens import tokenize


def _words(text: str, span) -> str:
    tokens = tokenize(text, 0, len(text))
    return text[tokens[span[0]].start:tokens[span[1] - 1].end]


def _index(text: str, word: str) -> int:
    return [token.text for token in tokenize(text, 0, len(text))].index(word)


@pytest.mark.parametrize("text, verb, expected", [
    ("Hugh Hill, a doctor at the clinic, said", "said", "Hugh Hill"),
    ("Rep. Trey Gowdy (R-S.C.) said", "said", "Rep. Trey Gowdy"),
    # a party tag or a short name between a name and its place, or the next name
    ("Senator Bill Bradley (Democrat) of New Jersey said", "said", "Senator Bill Bradley (Democrat) of New Jersey"),
    ("Sens. Alan Cranston (D-Cal.) and Daniel Evans said", "said", "Sens. Alan Cranston (D-Cal.) and Daniel Evans"),
    ("a spokeswoman for the Department of Homeland Security said", "said", "a spokeswoman for the Department of Homeland Security"),
    ("Another critic, Laurence H. Tribe, said", "said", "Laurence H. Tribe"),
    # a name after a description of the opening name glosses the description's noun
    ("Gio Vian, the editor of the Vatican's newspaper, L'Osservatore Romano, said", "said", "Gio Vian"),
    # a role and its domain opening the clause describe the name set off after them
    ("Head of genetics at the National Institute of Medical Research, Professor Robin Okafor, said", "said",
     "Professor Robin Okafor"),
    # and so does one inside a relative clause about the opening name
    ("Cross, whose investor group includes his wife, Mary, said", "said", "Cross"),
    ("Ironically, the country's new president, Rodrigo Duterte, said", "said", "Rodrigo Duterte"),
    ("In Washington, the group's leader, John Smith, said", "said", "John Smith"),
    # a name set off after a description ending in its object's name names the description's person
    ("One pastor supporting Mr. Cruz, Darran Whiting of Liberty Baptist Church, said", "said",
     "Darran Whiting of Liberty Baptist Church"),
    ("A friend of the Clintons, Harold Ickes, said", "said", "Harold Ickes"),
    ("Taiwan's ambassador in Montevideo, Henry Wang, told", "told", "Henry Wang"),
    ("A spokesman for Chrysler, Ford, said", "said", "A spokesman for Chrysler"),  # one word: no one's full name
    # a word in -s after a determiner is a plural noun, whatever the tagger says ("suspects", "supports")
    ("The lawyer for the suspects said", "said", "The lawyer for the suspects"),
    # a passive participle's "being" inside the phrase: a reduced relative clause about its noun
    ("The legal team for two suspects being held without trial told", "told",
     "The legal team for two suspects being held without trial"),
    ("Henkel KGaA of Dusseldorf, West Germany, said", "said", "Henkel KGaA of Dusseldorf"),  # a name, no description
    ("The Office of Finance, Federal Home Loan Banks, said", "said", "The Office of Finance"),  # a body's name
    ("A statement issued on behalf of Robert Zoellick, US Trade Representative, said", "said",
     "Robert Zoellick"),  # a role set off after the name, not the statement's person
    ("A spokesman at the strike headquarters in Sao Paulo, Lucio Cesar Pires, told", "told", "Lucio Cesar Pires"),
    ("A spokesman for DLF Builders, Dr Vancheshwar, told", "told", "Dr Vancheshwar"),  # a title opening the name
    # a role in title case, then the name: the name ("Hugh Hill, Harvard Professor," keeps the name first)
    ("Manitoba's Minister of Families, Rochelle Squires, said", "said", "Rochelle Squires"),
    ("The Deputy Mayor, Markus Chambers, said", "said", "Markus Chambers"),
    ("The head of the unit, Acting Detective Chief Superintendent, Mick Deats, said", "said", "Mick Deats"),
    ("Former Minister of State, Ann Holt, said", "said", "Ann Holt"),
    ("Hugh Hill, Harvard Professor, said", "said", "Hugh Hill"),
    ("President Obama, Joe Biden, said", "said", "President Obama"),
    ("The Chief of the Eel River Bar First Nation, Sacha LaBillois, said", "said", "Sacha LaBillois"),
    ("Its C.E.O., Jean-François Arseneault, said", "said", "Jean-François Arseneault"),
    ("Trump at the time said", "said", "Trump"),
    # a noun that is also a speech verb is a noun inside a noun phrase: "rules committee", "State Department"
    ("the head of the RNC’s powerful rules committee has accused", "accused", "the head of the RNC’s powerful rules committee"),
    ("a State Department official said", "said", "a State Department official"),
    ("a city official who asked not to be named said", "said", "a city official"),
    # a relative clause whose verb takes a phrase ("who ruled against the law"): the noun before "who" speaks
    ("The judges who ruled against the law said", "said", "The judges"),
    ("A senior barrister who has resigned in protest over the laws says", "says", "A senior barrister"),
    ("A spokesman for the firm who spoke on condition of anonymity said", "said", "A spokesman for the firm"),
    ("Ms. Ortiz of the Audubon Society said", "said", "Ms. Ortiz of the Audubon Society"),
    # ... and with a lower-case description of the body before its name
    ("Brett Lock of gay group OutRage said", "said", "Brett Lock of gay group OutRage"),
    ("Analyst Paul Spedding of brokers Kleinwort Grieveson noted", "noted", "Analyst Paul Spedding of brokers Kleinwort Grieveson"),
    # a relative clause no comma opens but one closes describes the phrase before it, which speaks
    ("Meanwhile, Ford which posted its ninth consecutive drop in sales, said", "said", "Ford"),
    ("Both union and non-union meatpackers who returned to work, agreed", "agreed", "Both union and non-union meatpackers"),
    # ... not a role's domain, nor a role
    ("Secretary of State for the economy Guillermo Dehesa said", "said", "Guillermo Dehesa"),
    # what a noun is for or about does not speak: the noun before "for" does ("a dealer for a German bank")
    ("The plan for the region said", "said", "The plan for the region"),
    ("One dealer for a German bank said", "said", "One dealer for a German bank"),
    # a document's author speaks through it; a finding stays one (reported speech drops it)
    ("A statement by the Audubon Society said", "said", "the Audubon Society"),
    ("A survey by Hostway said", "said", "A survey"),
    # the name set off after a description keeps its role's lower-case modifier, not its party tag
    ("Scott's niece, state Sen. Marcia Price (D-Newport News), shouted", "shouted", "Sen. Marcia Price"),
    ("Scott's niece, state Del. Marcia Price (D-Newport News), shouted", "shouted", "Del. Marcia Price"),
    ("Many tax experts, including Mr. Goldberg, have said", "said", "Many tax experts"),
    # a role before its organisation starts after the clause's conjunction
    ("A judge ordered it, but attorneys for the department said", "said", "attorneys for the department"),
    ("Commissioner Ray Astin and Chairman of the Exchange Ronald Li said", "said",
     "Commissioner Ray Astin and Chairman of the Exchange Ronald Li"),
    # lower-case words between a body's name and the title are the title's (not a year, nor a verb)
    ("Justice Department senior trial counsel Caroline Wolverton wrote", "wrote", "Justice Department senior trial counsel Caroline Wolverton"),
    ("Oxfam senior policy adviser Max Lawson said", "said", "Oxfam senior policy adviser Max Lawson"),
    ("Quangos 2005 author Dan Lewis said", "said", "author Dan Lewis"),
])
def test_phrase_before_a_verb(text, verb, expected):
    tokens = tokenize(text, 0, len(text))
    assert _words(text, phrase_before(tokens, _index(text, verb), floor=0)) == expected


@pytest.mark.parametrize("text, verb", [
    ("The people who Mr Forsyth labels the threat of the day say", "say"),  # "who" the object of its clause
    ("Users could get a screensaver that would request data from the sites mentioned", "mentioned"),  # a thing's "that"
])
def test_a_relative_clause_that_is_no_subjects_gives_no_speaker_before_it(text, verb):
    tokens = tokenize(text, 0, len(text))
    assert not (_words(text, phrase_before(tokens, _index(text, verb), floor=0)) or "").lower().startswith(("the people", "a screensaver"))


@pytest.mark.parametrize("text, start, expected", [
    ("said the senator from Texas.", 1, "the senator"),
    ("said his former partner, Lawrence Cummings.", 1, "Lawrence Cummings"),
    ("said former police officer Dana Cole.", 1, "former police officer Dana Cole"),
    ("said one of two witnesses.", 1, "one of two witnesses"),
    # a group counted with an indefinite article: the people after "of" belong to the phrase
    ("told a number of large MCI shareholders the offer was low.", 1, "a number of large MCI shareholders"),
    ("told a group of farm leaders the plan was ready.", 1, "a group of farm leaders"),
    # a role no title list holds, between a team or a film and a person's name
    ("said Ireland hooker Shane Byrne.", 1, "Ireland hooker Shane Byrne"),
    ("said Kilkenny boss Aoife Dunne.", 1, "Kilkenny boss Aoife Dunne"),
    ("said Ireland and Shane Byrne.", 1, "Ireland"),
    # an organisation's role set off from the name by a comma (the name then resolves it)
    ("said RNID technology director, Guido Gybels.", 1, "RNID technology director"),
    # "the" joins a role to a name after it, unless that name is the subject of the next verb
    ("according to analysts the Radicati Group up to 45% sits there.", 2, "analysts the Radicati Group"),
    ("told reporters the Saudis were the first.", 1, "reporters"),
])
def test_phrase_after_a_verb(text, start, expected):
    assert _words(text, phrase_after(tokenize(text, 0, len(text)), start)) == expected


@pytest.mark.parametrize("text", ["said Wednesday that", "said that", "the time"])
def test_no_phrase_where_no_one_is_named(text):
    tokens = tokenize(text, 0, len(text))
    assert phrase_after(tokens, 1) is None


def test_clause_subject_skips_an_opening_phrase_and_keeps_the_verb_it_was_given():
    text = "On Tuesday, Gov. Jerry Brown signed the bill"
    tokens = tokenize(text, 0, len(text))
    found = clause_subject(tokens, 0, len(tokens), 5)
    assert isinstance(found, Phrase) and found.verb == 5 and _words(text, found) == "Gov. Jerry Brown"


def test_a_place_of_several_words_after_a_city_is_part_of_the_opening_phrase():
    text = "Speaking at a town hall in Salem, New Hampshire, Trump went after Bush"
    tokens = tokenize(text, 0, len(text))
    assert _words(text, clause_subject(tokens, 0, len(tokens))) == "Trump"


def test_an_age_after_an_opening_phrase_opens_the_subject():
    text = "At a campaign event in St. Clairsville, Ohio, 62-year-old Brenda Johnson railed against it"
    tokens = tokenize(text, 0, len(text))
    assert _words(text, clause_subject(tokens, 0, len(tokens), names_only=False)) == "62-year-old Brenda Johnson"


@pytest.mark.parametrize("text, name", [
    ("Jacobs Engineering group Inc said", "Jacobs Engineering group Inc"),  # a wire's lower-case company word
    ("J.C. Penney co Inc said", "J.C. Penney co Inc"),
    ("Food chain Ahold NV said", "Ahold NV"),  # not a description two words before the company form
])
def test_a_lower_case_company_word_right_before_its_form_is_part_of_the_name(text, name):
    tokens = tokenize(text, 0, len(text))
    assert _words(text, phrase_before(tokens, len(tokens) - 1, floor=0)) == name


@pytest.mark.parametrize("text, phrase", [
    ("Sanders protesters interrupted her", "Sanders protesters"),  # a name qualifying a group of people
    ("Los Angeles police said", "Los Angeles police"),
    ("Taft shares rose", "Taft"),  # shares are no people
])
def test_a_name_before_a_group_word_qualifies_the_group(text, phrase):
    tokens = tokenize(text, 0, len(text))
    assert _words(text, phrase_after(tokens, 0)) == phrase


def test_a_participle_after_said_takes_the_subject_of_said():
    text = "Ryan and Trump will meet, Spicer said, adding"
    tokens = tokenize(text, 0, len(text))
    found = verb_subject(tokens, _index(text, "adding"), 0)
    assert _words(text, found) == "Spicer" and tokens[found.verb].text == "said"


@pytest.mark.parametrize("text, speaker", [
    ("It was a potent punch, as Mrs. Clinton echoed the criticism, saying", "Mrs. Clinton"),
    ("The incident came at a rally, when Sanders protesters interrupted her speech, shouting", "Sanders protesters"),
    ("The board met on Monday, when Ms. Quispe rejected the Acme plan, saying", "Ms. Quispe"),
])
def test_a_participle_after_a_speech_verb_and_its_short_object_takes_that_verbs_subject(text, speaker):
    tokens = tokenize(text, 0, len(text))
    found = verb_subject(tokens, len(tokens) - 1, 0)
    assert _words(text, found) == speaker and tokens[found.verb].text == text.split()[-1]


def test_a_verb_ends_no_noun_phrase():
    # "His comments come in a documentary called ...": "come" is the sentence's verb, no head noun
    from quotes.phrases import noun_phrase_ending
    text = "His comments come in a documentary"
    assert noun_phrase_ending(tokenize(text, 0, len(text)), _index(text, "come"), 0) is None
    text = "The Tory leader was"
    assert noun_phrase_ending(tokenize(text, 0, len(text)), _index(text, "was"), 0) is None
    # a participle may end one: "those questioned", "A letter sent to him"
    text = "Almost half of those questioned"
    assert _words(text, noun_phrase_ending(tokenize(text, 0, len(text)), _index(text, "questioned"), 0)) == text


def test_a_clause_subject_comes_after_an_opening_time_phrase_without_its_comma():
    text = "A few minutes later they reversed themselves and said"
    tokens = tokenize(text, 0, len(text))
    assert _words(text, clause_subject(tokens, 0, len(tokens) - 1, names_only=False)) == "they"


def test_a_verb_not_in_s_after_a_determiner_ends_no_phrase():
    # only a word in -s is read as a plural noun after a determiner: "the close may reveal" names no one
    text = "The disclosure a half hour before the close may reveal"
    tokens = tokenize(text, 0, len(text))
    assert phrase_before(tokens, len(tokens) - 1, floor=5) is None


def test_a_role_before_a_described_body_is_no_owner():
    # "Chris Tinker, U.K. Analyst at [brokers] Phillips and Drew said": the role is no person the body's phrase belongs to
    text = "Chris Tinker, U.K. Analyst at brokers Phillips and Drew said"
    tokens = tokenize(text, 0, len(text))
    assert "Analyst" not in _words(text, phrase_before(tokens, len(tokens) - 1, floor=0))


def test_an_appositions_relative_clause_names_no_speaker():
    # "A spokesman for the utility, [a cooperative that generates ...,] said": the apposition does not speak
    text = "A spokesman for the utility, a cooperative that generates electricity, said"
    tokens = tokenize(text, 0, len(text))
    assert phrase_before(tokens, len(tokens) - 1, floor=0) is None or "cooperative" not in _words(
        text, phrase_before(tokens, len(tokens) - 1, floor=0))
