"""quotes/attribution.py and quotes/speakers.py: who said each quote, and who that is.

Golden cases (tests/golden/attribution.jsonl) cover each rule the sieve has: speech verbs on either
side, colons, dashes, interrupted quotes, "according to", statements, appositions, mixed quotes and
their governing verb, continued paragraphs; then pronouns, aliases, titles, descriptions,
organisations and groups. Fields a case leaves out are not checked.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

import quotes
from quotes.attribution import PASSES, RULES
from quotes.wordclass import speech_cue
from tests.conftest import load_cases

FIELDS = {"mention": "mention", "speaker": "speaker", "rule": "rule", "verb": "verb", "type": "speaker_type",
          "title": "speaker_title", "gender": "speaker_gender"}


@pytest.mark.parametrize("case", load_cases("attribution.jsonl"), ids=lambda case: case["id"])
def test_attribution_golden(case):
    found = [quote for quote in quotes.extract(case["text"]) if quote.is_own_words]
    assert len(found) == len(case["quotes"])
    for quote, expected in zip(found, case["quotes"]):
        actual = {name: getattr(quote, field) for name, field in FIELDS.items() if name in expected}
        assert actual == expected
        if quote.mention is not None:
            assert case["text"][quote.mention_start:quote.mention_end] == quote.mention


def test_seed_article_speakers(seed_text):
    speech = [quote for quote in quotes.extract(seed_text) if quote.is_own_words]
    assert [(quote.speaker, quote.speaker_type) for quote in speech] == [
        ("US Embassy in El Salvador", "organization")] + [("Kristi Noem", "person")] * 4
    noem = speech[1]
    assert (noem.speaker_title, noem.speaker_gender, noem.verb) == ("US Homeland Security Secretary", "female", "said")
    assert [quote.mention for quote in speech[1:]] == ["Noem", "she", "She", "She"]


def test_surname_shared_by_two_people_goes_to_the_one_named_most():
    text = ("Daniel Moreau won the race on Tuesday. Neighbours said Daniel Moreau was 43. His wife, Claire "
            'Moreau, filmed it.\n\n"He was a good man," Moreau\'s brother said. Reporters say Moreau ran well.\n\n'
            '"I had no plan," Moreau told reporters.')
    last = quotes.extract(text)[-1]
    assert last.speaker == "Daniel Moreau"


def test_first_person_inside_a_quote_is_never_the_speaker():
    found = quotes.extract('"I told them I would win," Noem said.')
    assert found[0].speaker == "Noem" and found[0].mention_start > found[0].end


def test_unattributed_quote_keeps_every_speaker_field_empty():
    quote = quotes.extract('The weather was fine.\n\n"It was a good day."')[0]
    assert (quote.speaker, quote.mention_start, quote.mention_end, quote.verb, quote.rule) == (None,) * 5


def readme_rule_names(section: str = "## Attribution") -> list[str]:
    """The rule column of the README's first rule table under `section`, in order."""
    lines = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8").splitlines()
    start = lines.index("| rule | example |", lines.index(section)) + 2
    rows = itertools.takewhile(lambda line: line.startswith("|"), lines[start:])
    return [row.split("|")[1].strip().strip("`") for row in rows]


def test_readme_rule_table_lists_the_sieve_and_its_passes_in_order():
    names = [rule.name for rule in RULES]
    assert len(set(names)) == len(names)
    names += [step.name for step in PASSES if step.name not in names]
    assert readme_rule_names() == names


def docstring_example(function) -> str:
    """A rule's docstring opens with the sentences it handles, separated by " / ", before its first
    blank line; " ¶ " in them is a paragraph break."""
    opening = " ".join(function.__doc__.split("\n\n")[0].split())
    return opening.split(" / ")[0].replace(" ¶ ", "\n\n")


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.name)
def test_each_rule_attributes_the_example_in_its_docstring(rule):
    example = docstring_example(rule.find)
    fired = [quote for quote in quotes.extract(example) if quote.rule == rule.name]
    assert fired, f"{rule.name} does not attribute its own example: {example!r}"
    assert all(quote.kind in rule.kinds and quote.mention for quote in fired)



def test_a_transcript_label_needs_a_turn_after_it():
    assert quotes.extract("„TH: N")[0].speaker is None  # the fuzzer's case: no word, no turn
    assert quotes.extract('"WU: We will win the vote."')[0].speaker == "Wu"


def test_a_quote_only_paragraph_after_a_sentence_about_someones_relative():
    text = ("Priya Venkataraman has lived on the ninth floor for six years. Her daughter, who is four, has asthma.\n\n"
            '"Every morning I wipe the walls and every evening the black spots are back."')
    found = quotes.extract(text)
    assert [(quote.mention, quote.rule) for quote in found] == [("Priya Venkataraman", "continues_previous_paragraph")]
    # the sentence before is about someone only through a possessive: without one, no guess
    assert quotes.extract(text.replace("Her daughter", "The building"))[0].mention is None


def test_each_sentence_of_a_british_style_quote_is_the_speakers():
    text = 'Intro.\n\nThanou said: "I can see how it seemed. "We made a lot of mistakes." The trial is next.'
    found = quotes.extract(text)
    assert [(quote.text, quote.kind, quote.speaker) for quote in found] == [
        ("I can see how it seemed.", "direct", "Thanou"), ("We made a lot of mistakes.", "direct", "Thanou")]


@pytest.mark.parametrize("text, speaker", [
    # a quote that opens its paragraph, narration after it, carries on the previous paragraph's speaker
    ('Intro.\n\nPeople could "legalise their property", Mr Saakashvili stressed.\n\n'
     '"No one will check the origin of this money." The amnesty excludes drug money.', "Saakashvili"),
    # an attribution after the last quote of the paragraph before speaks, not that quote's speaker
    ('Intro.\n\n"She is ill," Ms Okafor said. The director Peter Chelsom said he was disappointed.\n\n'
     '"It\'s a shame." The premiere went ahead.', "Peter Chelsom"),
])
def test_a_quote_opening_a_paragraph_carries_on_the_last_speaker_before_it(text, speaker):
    found = [quote for quote in quotes.extract(text) if quote.kind == "direct"]
    assert found[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Intro.\n\nWallace was upbeat. "Auditions for the show will open in Toronto." Auditions opened on Monday.', None),
    ('Intro.\n\n"We will win," he ended.', "he"),  # a verb that may end a quote ends the sentence
])
def test_a_trailing_verb_with_an_object_attributes_nothing(text, speaker):
    (found,) = [quote for quote in quotes.extract(text) if quote.kind == "direct"]
    assert found.mention == speaker


@pytest.mark.parametrize("text, speaker", [
    # a sentence after a quote that ends in a stop is its own when its verb goes on to report something
    ('Intro.\n\n"It is hard to keep making records." However 60% said they did not think the lawsuits would help.', None),
    ('Intro.\n\n"He never criticised me." Houllier also revealed he is now ready to return.', None),
    ('Intro.\n\n"We are a good team." The Lib Dems accuse Mr Blair of making a soft speech.', None),
    # but not when it only says where, when, how or to whom it was said
    ('Intro.\n\n"Perpetual motion!" Rep. Glenn Thompson said of the swirl of events.', "Rep. Glenn Thompson"),
    ('Intro.\n\n"Nooooo!" the crowd cried out, booing.', "the crowd"),
    ('Intro.\n\n"It is hard." Reed told Reuters.', "Reed"),
    ('Intro.\n\n"It is hard." Mr Smith said in a statement on Monday.', "Mr Smith"),
])
def test_a_sentence_after_a_closed_quote_reporting_more_is_its_own(text, speaker):
    found = [quote for quote in quotes.extract(text) if quote.kind == "direct"]
    assert found[0].mention == speaker


@pytest.mark.parametrize("text, speaker", [
    # after "told" the phrase is the one spoken to, never a speaker set after the verb ...
    ('Intro.\n\n"Everything is going digital," told the BBC.', None),
    # ... and the name before a comma that closes no apposition speaks
    ('Intro.\n\n"Everything is going digital," Kirsten Pfeifer from the Consumer Electronics Association, told the BBC '
     'News website.', "Kirsten Pfeifer from the Consumer Electronics Association"),
    # ... and so does a role in lower case before such a name
    ('Intro.\n\n"This will suddenly decrease," shop owner Hayriye Okafor, told Associated Press.', "owner Hayriye Okafor"),
    # ... and after a name, its role with the closing comma left out is no part of the mention
    ('Intro.\n\n"We propose a civic commons," Will Davies, senior research fellow at the IPPR told the BBC.', "Will Davies"),
    # ... past more than one preposition, the body's name with a company's word ("director of research for X Co.")
    ('Intro.\n\n"It is a different story," Vernon Okafor, director of commodity research for Staley Co. said.',
     "Vernon Okafor"),
    # (a relative clause after the comma is no role: "which holds 13 pct of Allegis")
    ('Intro.\n\n"We want a hearing," Coniston Partners, which holds about 13 pct of Allegis asked.', "Coniston Partners"),
    # (not after a quote that ends its sentence, where the name opens an aside of its own)
    ('Intro.\n\nMr Blair said sorry. "Just apologise and move on." Tory leader Michael Howard, asked about it by '
     'reporters, said it was important.', "Mr Blair"),
])
def test_the_one_told_is_no_speaker_and_a_stray_comma_keeps_the_name(text, speaker):
    found = [quote for quote in quotes.extract(text) if quote.kind == "direct"]
    assert found[0].mention == speaker


def test_said_and_a_subject_with_its_verb_is_no_inverted_attribution():
    # "said she was drawn" reports what she said: "she" is the content's subject, no speaker after the quote
    found = quotes.extract('Intro.\n\nAnn Okafor, a veteran of the "old guard," said she was drawn to the script.')
    assert [quote.rule for quote in found if quote.kind == "mixed"] != ["verb_then_speaker_after_quote"]
    # ... while a participle after the inverted speaker describes it
    found = quotes.extract('Intro.\n\n"It is hard," said one musician quoted by the report.')
    assert [(quote.mention, quote.rule) for quote in found] == [("one musician", "verb_then_speaker_after_quote")]


def test_a_sentence_ending_in_an_attribution_passes_on_its_speaker():
    text = ("Spokesman Fraser Kemp said the poster had been misunderstood. The image simply portrayed Mr Howard as "
            'a hypnotist, he argued. "Concern has been expressed and we take those views on board."')
    found = [quote for quote in quotes.extract(text) if quote.kind == "direct"]
    assert (found[0].mention, found[0].speaker) == ("he", "Fraser Kemp")


@pytest.mark.parametrize("sentence", [
    "Then, says Mr Okaforu, the blogging world found out.",
    "The blogging world found out, says Mr Okaforu.",
])
def test_an_attribution_with_its_verb_first_passes_on_its_speaker(sentence):
    # the quote after a sentence reporting "says Mr Okaforu" is his, not the earlier speaker's
    text = f'"Imagine if they had this," she says. Mr Okaforu wanted to help. {sentence} "All my friends linked my site."'
    found = [quote for quote in quotes.extract(text) if quote.kind == "direct"]
    assert found[-1].speaker == "Okaforu"


def test_a_quote_inside_the_subject_is_not_the_subjects():
    text = ("Oliver Letwin is bewildered by Labour's campaign. The Peter Hain \"mongrel\" attack, he says, is just "
            'the latest example of the party getting the tone wrong.\n\n"I do not understand what they are doing."')
    found = [(quote.text, quote.speaker) for quote in quotes.extract(text) if quote.kind != "indirect"]
    assert found == [("mongrel", "Oliver Letwin"), ("I do not understand what they are doing.", "Oliver Letwin")]


def test_a_noun_use_of_a_speech_verb_governs_no_quote():
    # "the EPA rule" is no verb: the final attribution after the quote names the speaker
    found = quotes.extract('Intro.\n\nThe reaction to the EPA biofuel rule "could be less about ethanol," said Jon Okafor, '
                           'a vice president of the group.')
    assert [(quote.kind, quote.speaker) for quote in found if quote.kind != "indirect"] == [("mixed", "Jon Okafor")]


def test_a_noun_use_after_a_clause_with_its_own_verb_is_no_attribution():
    # "exchange rate" is no verb, and "the decline had been aided" no speaker: the Bank said it
    found = quotes.extract('Intro.\n\nAlthough the fall in inflation was "largely statistical," the decline had been aided by '
                           "a recovery in the rand's exchange rate, the Bank said.")
    assert [(quote.kind, quote.mention) for quote in found if quote.kind != "indirect"] == [("mixed", "the Bank")]


def test_a_noun_use_after_an_article_and_a_participle_is_no_verb():
    # "The proposed question ... is:" is no "question" asked: the quote before it goes on with "he said"
    found = quotes.extract('"The government had to publish a commentary," he said. "Who are they trying to kid?" '
                           'The proposed question for the referendum is: "Should we approve the Treaty?"')
    assert [quote.mention for quote in found][:2] == ["he", "he"]


@pytest.mark.parametrize("text, speaker", [
    # a participle between a number and its noun modifies the noun: the guests were not invited to speak
    ('Intro.\n\nMr Brown introduced Dr Okafor to the 400 invited guests as "the world\'s greatest economist".', "Brown"),
    # but a number standing alone is a subject: "The two agreed that ..."
    ("Intro.\n\nThe two agreed that the plan would fail.", "two"),
])
def test_a_participle_after_a_number_before_its_noun_is_no_verb(text, speaker):
    assert [quote.speaker for quote in quotes.extract(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('Intro.\n\nSupporters cheered. "This is fantastic!" beamed Donald Okafor of Madison.', "Donald Okafor"),
    ('Intro.\n\nSpain is praised. "Xavi was worthy of Maradona," the paper beams.', "paper"),
    ('Intro.\n\nThe vote passed. "We won," gloated Mina Castell.', "Mina Castell"),
])
def test_verbs_of_manner_attribute_a_quote(text, speaker):
    assert [quote.speaker for quote in quotes.extract(text)] == [speaker]


@pytest.mark.parametrize("text, mention", [
    # a participle opening the sentence speaks for the main clause's subject, after any connective
    ('Intro.\n\nAcknowledging that Okafor "says a lot of stupid stuff," though, Renwick did suggest a way out.', "Renwick"),
    # a description can be that subject too
    ('Intro.\n\nIn declaring Okafor\'s plans "not Christian," the Latin American cleric again showed his knack.',
     "the Latin American cleric"),
])
def test_a_quote_in_an_opening_participle_phrase_is_the_main_subjects(text, mention):
    assert [quote.mention for quote in quotes.extract(text) if quote.kind == "mixed"] == [mention]


def test_a_passive_opening_participle_and_its_agent_do_not_govern_the_quote():
    # "Challenged by X on ...": X asked; the fragment is in what the main clause's subject said
    found = quotes.extract('Intro.\n\nChallenged by ABC\'s Mina Castell on her post-office speaking fees, Okafor said that her family '
                           '"came out of the White House dead broke."')
    assert [(quote.kind, quote.mention) for quote in found] == [("indirect", "Okafor"), ("mixed", "Okafor")]


def test_a_long_apposition_between_the_quote_and_its_speakers_verb_is_read_through():
    found = quotes.extract('Intro.\n\n"Very good reporter," Trump, the 2016 GOP presidential front-runner nationally and the '
                           'current polling leader in South Carolina by a wide margin after winning the New Hampshire '
                           'primaries, said when asked.')
    assert [(quote.kind, quote.speaker) for quote in found] == [("direct", "Trump")]


def test_a_speech_verbs_form_that_qualifies_a_title_governs_no_quote():
    # "press" in "White House press secretary Josh Earnest" is part of his title
    found = quotes.extract('Intro.\n\nWhite House press secretary Josh Earnest said the ruling was "quite direct."')
    assert [(quote.kind, quote.speaker) for quote in found] == [("indirect", "Josh Earnest"), ("mixed", "Josh Earnest")]


def test_an_acting_or_deputy_before_a_capitalised_title_is_part_of_the_speakers_phrase():
    found = quotes.extract('Intro.\n\n"These attacks are unprecedented," Pakistan\'s acting U.N. representative '
                           'Aneesuddin Ahmed said in a letter.')
    assert [(quote.speaker, quote.mention) for quote in found] == [
        ("Aneesuddin Ahmed", "Pakistan's acting U.N. representative Aneesuddin Ahmed")]


def test_an_abbreviated_title_after_a_role_modifier_is_no_verb():
    # "state" is a speech verb's form; before "Del." it qualifies the title
    found = quotes.extract('Intro.\n\n"A big year!" Scott\'s niece, state Del. Marcia "Cia" Price (D-Newport News), shouted '
                           'to the crowd.')
    assert [quote.speaker for quote in found if quote.kind == "direct"] == ["Marcia Price"]


@pytest.mark.parametrize("text, speaker", [
    ('Intro.\n\nSenate leader Mina Okafor (D-Ohio), in particular, has been steadily pounding Renwick as a “con artist” ― '
     'just as she did in 2012.', "Mina Okafor"),
    ('Intro.\n\nThe lawyer kept hammering the judge as "incompetent" on television.', "lawyer"),
])
def test_verbs_of_attack_attribute_the_label_they_quote(text, speaker):
    assert [quote.speaker for quote in quotes.extract(text) if quote.kind == "mixed"] == [speaker]


@pytest.mark.parametrize("text, mention", [
    # a participle carried by "kept", "continued": the subject before that verb, not the sentence's first
    ('Intro.\n\nThe city lost the case, and its lawyer kept hammering the judge as "incompetent" on television.', "its lawyer"),
    # but not the verb of a clause of time before the participle
    ('Intro.\n\nHe sent an email as the meeting began, vowing to "fight for every vote" in the primary.', "He"),
])
def test_a_participle_after_an_aspect_verb_has_that_verbs_subject(text, mention):
    assert [quote.mention for quote in quotes.extract(text) if quote.kind == "mixed"] == [mention]


def test_allow_is_speech_only_when_what_was_said_follows():
    text = ("Talks.\n\n\"We face challenges,\" explained Dr Brian Carpenter. IPv6, the standard that will replace IPv4, "
            "will allow for billions more addresses. \"The number of addresses with IPv4 is limited.\"")
    assert [quote.speaker for quote in quotes.extract(text)] == ["Brian Carpenter", "Brian Carpenter"]


@pytest.mark.parametrize("text, mention", [
    # a fragment inside a participle's phrase that opens the sentence is the main clause's subject's,
    # after the phrase's comma or right after the fragment ...
    ("Intro.\n\nBut while denouncing the ''perversion'' of tax avoidance to audiences, she hasn't outlined a plan.", "she"),
    ("Intro.\n\nConceding that there would be a trade agreement \"down the line\" he warned that it would take time.", "he"),
    ("Intro.\n\nAnd in explaining why those \"common-sense solutions\" had not passed, Clinton described a rigged system.",
     "Clinton"),
    # ... but not when the subject came before the phrase
    ("Intro.\n\nHouse Speaker Paul Ryan, R-Wis., despite admitting that he did have concerns about \"legal matters\" "
     "that could be worrisome, the victims need help.", "House Speaker Paul Ryan"),
])
def test_a_fragment_in_an_opening_participle_phrase(text, mention):
    fragment = next(quote for quote in quotes.extract(text) if quote.kind == "mixed")
    assert fragment.mention == mention


@pytest.mark.parametrize("text, verb", [
    ('Intro.\n\n"Let me help you out," the nominee riffed on the answer, drawing applause.', "riffed"),
    ('Intro.\n\nThe cleric Mina Castell is shown lecturing: "Take heed and learn."', "lecturing"),
])
def test_speech_verbs_of_every_register_and_form(text, verb):
    assert [quote.verb for quote in quotes.extract(text)] == [verb]


def test_a_relative_clause_after_a_described_subject_opens_no_phrase():
    # "The cleric X," before "who" is the subject, not an opening phrase like "The next day,"
    found = quotes.extract('Intro.\n\nThe cleric Mina Castell, who was killed in 2011, is shown lecturing: "Take heed."')
    assert [quote.mention for quote in found] == ["The cleric Mina Castell"]


@pytest.mark.parametrize("text, mention", [
    ('Intro.\n\nThe summit met there because, in Forbes\' words, "they are the most entrepreneurial places."', "Forbes'"),
    ('Intro.\n\nThe plan was "a total disaster for everyone," in Okafor\'s own words.', "Okafor's"),
    ('Intro.\n\nIn other words, the plan was "a total disaster for everyone."', None),
])
def test_in_somebodys_words_names_the_speaker(text, mention):
    assert [quote.mention for quote in quotes.extract(text)] == [mention]


def test_a_participle_joined_to_another_speaks_for_the_clauses_subject():
    # "and chanting" carries on "holding", whose subject is the clause's; it opens no phrase
    found = quotes.extract('Intro.\n\nProtesters gathered in three clusters, holding signs and chanting "Dump the plan."')
    assert [quote.mention for quote in found] == ["Protesters"]


def test_the_sentences_after_a_continued_quote_carry_its_speaker_on():
    # the paragraph's first part continues the quote before (its speaker comes from its group, after
    # the sieve); the whole-sentence quotes after it are the same speaker's, as after any attributed quote
    text = ('Intro.\n\nThe referee declined to check. "I think the try was legal," said Robinson. "It is how we use it. '
            '"We are upset, but the referee has called it his way.\n\n"We did everything we could. I am proud. '
            '"I thought we dominated. Matt was great. "We have done everything but win." England have lost.')
    assert [quote.mention for quote in quotes.extract(text)][-3:] == ["Robinson"] * 3


@pytest.mark.parametrize("opening", ["She", "And she"])
def test_a_quote_after_a_sentence_about_her_is_hers_whatever_opens_it(opening):
    text = f'Intro.\n\n{opening} will not commit to an opinion yet. "I am just in the middle of it, day to day."'
    assert [quote.mention for quote in quotes.extract(text)] == [opening.split()[-1]]


@pytest.mark.parametrize("text, mention", [
    # any noun a "who" clause describes is a person's, role word or not ("dealer", "woman")
    ('Intro.\n\nOne dealer, who asked not to be named, said sales were "not what people had hoped for".', "One dealer"),
    ('Intro.\n\nThe woman, who runs the shop, said sales were "not what people had hoped for".', "The woman"),
    # a connective before the first comma opens the sentence: no apposition starts there
    ('Intro.\n\nHowever, one dealer, who asked not to be named, told Reuters sales were "not what people had hoped for".',
     "one dealer"),
])
def test_a_subject_with_a_relative_clause_set_off_by_commas(text, mention):
    assert [(quote.kind, quote.mention) for quote in quotes.extract(text)] == [("indirect", mention), ("mixed", mention)]


def test_the_agent_of_a_relative_clause_left_unclosed_is_no_speaker():
    # the comma closing ", which had been ordered by the FCC" is missing; the fragment is still Roberts'
    text = ('Intro.\n\nRoberts said the ATT long-distance rate reductions, which had been ordered by the Federal '
            'Communications Commission have had "A significantly negative impact on our profits."')
    assert [quote.mention for quote in quotes.extract(text) if quote.kind == "mixed"] == ["Roberts"]


def test_by_and_a_gerund_after_a_speech_verb_is_a_means_not_an_agent():
    found = quotes.extract('Intro.\n\nBush, however, interjected by hitting Trump for plans to "turn it into a parking lot" there.')
    assert [quote.mention for quote in found] == ["Bush"]


@pytest.mark.parametrize("text, words, mention", [
    # "and said" joins the nearest speech verb before it: its subject speaks, past an apposition
    ('Intro.\n\nIt rained, while Ngozi Okafor, the food bank director, proposed we "wake up" and said the council '
     "should resign.", "the council should resign", "Ngozi Okafor"),
    # ... and past a quoted object, after a dash that opens the clause
    ('Intro.\n\nThat drew her ire - he called her "weak" and said she had "zero support" in the county.',
     "zero support", "he"),
    # ... but not a verb in a "whether" clause, an infinitive, or a dashed aside
    ("Intro.\n\nOkafor put off deciding whether the council could question Renwick but said the group could return.",
     "the group could return", "Okafor"),
    ("Intro.\n\nHis aides say it is too early to discuss strategies but noted that Okafor won two races.",
     "Okafor won two races", "His aides"),
    ('Intro.\n\nThomas Renwick -- as the council noted this week -- even promoted the plan and has taunted the board for '
     '"dragging its feet."', "dragging its feet.", "Thomas Renwick"),
    # "But Okafor, making it clear ...,": the subject, then an aside (no opening phrase ends at the comma)
    ("Intro.\n\nBut Okafor, making it clear that safety came first, stood beside the mayor, Thomas Renwick, and "
     "described the plant as ''unsafe.''", "unsafe.", "Okafor"),
    # a quoted fragment inside its clause does not end it: "said" governs "to counter"
    ('Intro.\n\nOkafor said she planned to fight "Clean Rivers" violence and to counter "the mayor\'s rhetoric."',
     "the mayor's rhetoric.", "Okafor"),
    # "remarks" after an adjective is a noun: the participle after the comma governs
    ("Intro.\n\nOkafor visited the station’s “Morning Show” to discuss his recent remarks about the mayor, Mina Castell, "
     "saying “on her worst day” she would be “a better leader” than the rest.", "a better leader", "Okafor"),
    # a clause opened by "after" with its own subject: its verb governs
    ('Intro.\n\nRenwick described Castell as a "disgrace" after she attacked the council and blamed the delays on '
     '"bad luck" at the plant.', "bad luck", "she"),
])
def test_the_subject_of_the_clause_a_quote_belongs_to(text, words, mention):
    found = {quote.text.strip("“”\"'"): quote.mention for quote in quotes.extract(text)}
    assert found[words] == mention


@pytest.mark.parametrize("text, mention", [
    # a number with its approximator opens the sentence's subject, not an opening phrase ("about")
    ('Intro.\n\nAbout 200 protesters gathered in three groups, holding signs and chanting "Close the plant."',
     "About 200 protesters"),
    # a linking adverb set off by commas stands between any subject and its verb
    ('Intro.\n\nProponents of the new bill, however, say it would keep the council as an "umpire."',
     "Proponents of the new bill"),
    # a day after a preposition and an article, between the subject and the verb
    ('Intro.\n\nOkafor during a Sunday thanked its members "for their support in my campaign."', "Okafor"),
    # "even" before a subject whose verb comes before the comma: a clause, not an opening phrase
    ("Intro.\n\nAlongside the calls for action, even a top party strategist said she must choose, saying, "
     "“At some point, she’s going to have to come out.”", "a top party strategist"),
])
def test_words_between_a_subject_and_its_verb(text, mention):
    assert {quote.mention for quote in quotes.extract(text)} == {mention}


def test_a_quote_after_a_sentence_opened_by_a_quoted_title_is_its_subjects():
    # the comma closing the opening phrase is inside the title's quotation marks; the subject follows them
    text = ('Intro.\n\nOn "Morning Edition," Sen. Mina Castell (Vt.), who lost the primary, named the delays as one '
            'reason to worry. "The younger people are sick and tired of it."')
    assert [(quote.kind, quote.speaker) for quote in quotes.extract(text)][-1] == ("direct", "Mina Castell")


@pytest.mark.parametrize("text, speaker, verb", [
    # a progressive before a colon: the subject before the auxiliary
    ('Intro.\n\nLabour made it the centrepiece.\n\nAnd on Thursday Mr Renwick is saying: "I want to talk about jobs."',
     "Renwick", "saying"),
    # "And continued:" with no subject: the speaker of the sentence before goes on
    ('Intro.\n\nMs Okafor insisted: "We have a good record." And continued: "We can be proud of it."', "Okafor", "continued"),
    # a speech verb typed twice
    ('Intro.\n\n"This will change the way oil is traded," said said Thomas Renwick, the firm\'s chairman.', "Thomas Renwick", "said"),
    # a paragraph that is one quote, after "he did, for the first time, say ...": his
    ('Intro.\n\nThomas Renwick would not be precise. But he did, for the first time, say there would be tax cuts.\n\n'
     '"At this election, people will have a clear choice."', "Thomas Renwick", "say"),
])
def test_the_last_quote_of_these_is_its_speakers(text, speaker, verb):
    last = [quote for quote in quotes.extract(text) if quote.kind == "direct"][-1]
    assert (last.speaker, last.verb) == (speaker, verb)


@pytest.mark.parametrize("text, speaker", [
    # "blamed" and "crediting" report what someone said (PolNeAR counts them as cues)
    ('Intro.\n\nThe ministry said growth would slow.\n\nIt blamed "continuing uncertainties such as oil prices" for the slowdown.',
     "ministry"),
    ('Intro.\n\nLeavitt sees better results, in part crediting "significant benefits from the acquisition."', "Leavitt"),
])
def test_blaming_and_crediting_are_speech(text, speaker):
    assert [quote.speaker for quote in quotes.extract(text) if quote.kind == "mixed"] == [speaker]


def test_blame_and_credit_as_nouns_are_no_speech():
    # "credit" and "credited" ("the man credited with developing ...") stay out of the speech verbs; "the
    # blame" is a noun after its article
    found = quotes.extract('Intro.\n\nConsumer credit "rose sharply" in May, and the blame "lies with the banks".')
    assert [quote.speaker for quote in found] == [None, None]


@pytest.mark.parametrize("text, mention", [
    # a name set off by commas inside a "when" clause does not close it: its own verb governs the quote
    ("Intro.\n\nThe row echoes a controversy in June when Okafor assailed a judge, Gonzalo P. Curiel, for his "
     "''Mexican heritage.''", "Okafor"),
    # the one a causative verb makes speak, a pronoun too
    ("Intro.\n\nOkafor won by a wide margin, a win that led her to declare that the nomination was ''in sight.''", "her"),
    # a title-case dateline with a wire's name is page furniture
    ("Washington (AFP) – Democrat Mina Castell has taken a swipe at her rival, saying that “bombastic comments” do harm.",
     "Democrat Mina Castell"),
])
def test_the_speaker_of_a_fragment(text, mention):
    assert [quote.mention for quote in quotes.extract(text) if quote.kind == "mixed"] == [mention]


def test_a_face_beaming_from_billboards_says_nothing():
    # "beam" reports speech only right after a quote ('"...," she beamed'); elsewhere it shines
    text = ('Intro.\n\n"It is a critique of the elitists," said Freddy Ortega, who stars in the show. But the Trump face '
            'beaming from billboards has not hurt interest. "It has had a marvelous result."\n\n"We won," she beamed.')
    assert [quote.mention for quote in quotes.extract(text)] == ["Freddy Ortega", "Freddy Ortega", "she"]


def test_an_attribution_between_two_fragments_speaks_for_the_first():
    # '"A big truck" plowed through ..., he said, and "everyone started running."': "he said" is final for the first
    text = ('Intro.\n\n"A big truck" plowed through security barriers that had been set up for the day\'s festivities, '
            'he said, and "everyone started running."')
    assert [(quote.kind, quote.mention) for quote in quotes.extract(text) if quote.kind != "indirect"] == [("mixed", "he")] * 2


def test_a_fragment_after_a_sentence_ending_in_he_said_is_his():
    text = ('Intro.\n\nThis makes it hard to dislodge myths, he said. Good information can still drive out bad, but only '
            'when "the truth is sexier than the lie."')
    assert [(quote.kind, quote.mention) for quote in quotes.extract(text)][-1] == ("mixed", "he")


@pytest.mark.parametrize("text, expected", [
    # a naming participle after a noun names it and says nothing: the quote is the sentence's speaker's
    ("Intro.\n\nBilzerian said he and a Tampa, Fla., investment firm he controls called Bicoastal Financial Corp "
     "\"may acquire additional shares.\"", ("Bilzerian", "said")),
    # but a role's "called" is speech
    ("Intro.\n\nThe senator called Trump \"a liar\" on Monday.", ("senator", "called")),
])
def test_a_naming_participle_governs_no_quote(text, expected):
    assert [(quote.speaker, quote.verb) for quote in quotes.extract(text) if quote.kind == "mixed"] == [expected]


@pytest.mark.parametrize("text, expected", [
    # a speech verb in the passive: its subject was spoken of, not a speaker; its agent after "by" speaks
    ("Intro.\n\nFrance have been criticised for the absence of traditional \"French flair\" this year.", [("scare", None, None)]),
    ("Intro.\n\nThe plan was criticised as \"a disaster\" by the unions.", [("mixed", "unions", None)]),
    # but "was quoted as saying": the subject speaks, and "quoted" is the verb
    ("Intro.\n\nThe EU's Humanitarian Aid Commissioner, Louis Michel, was quoted as saying the aid was needed \"in those "
     "vital hours\" after the disaster.", [("indirect", "Louis Michel", "saying"), ("mixed", "Louis Michel", "quoted")]),
])
def test_the_subject_of_a_passive_speech_verb_is_no_speaker(text, expected):
    assert [(quote.kind, quote.speaker, quote.verb) for quote in quotes.extract(text)] == expected


def test_a_quote_right_before_an_attributed_one_is_that_speakers():
    text = ('Intro.\n\nFilm makers have to be careful now. "When we did the first version, everybody was sun-tanned." '
            '"In the new version, all these lines showed up," explains Mr Okafor.')
    assert [quote.speaker for quote in quotes.extract(text)] == ["Okafor", "Okafor"]
    # not a question before its answer: an exchange
    text = 'Intro.\n\nThe show opened. "Are you ready?" "Yes," Ann Okafor said.'
    assert [quote.speaker for quote in quotes.extract(text)] == [None, "Ann Okafor"]


def test_a_dashed_label_line_names_the_quotes_after_it_not_before():
    text = ('Intro.\n\n- Bolton boss Sam Okafor "I am bitterly disappointed with all of it. "In the first half we had '
            'them under pressure. "In the end we cracked." \n - Newcastle boss Graeme Lind "We deserved the win. '
            '"They are a difficult side."')
    assert [quote.speaker for quote in quotes.extract(text)] == ["Sam Okafor"] * 3 + ["Graeme Lind"] * 2


def test_an_attribution_ending_in_a_colon_introduces_the_quote_after_it():
    # '"...." Mr Houston was quoted in the Herald saying: "..."': the sentence between two quotes speaks
    # for the one its colon opens, not for the one that ended a sentence before it
    text = ('Intro.\n\nHe told BBC News: "He appears to have said these things. "It is simply a distraction." '
            'Mr Houston was quoted in the Herald newspaper saying: "I feel UKIP have over-reacted."')
    assert [(quote.mention, quote.verb) for quote in quotes.extract(text)] == [
        ("He", "told"), ("He", "told"), ("Mr Houston", "saying")]
    # a final attribution with no colon still speaks for the quote before it
    text = 'Intro.\n\n"It is simply a distraction." Mr Houston said in the Herald.'
    assert [quote.mention for quote in quotes.extract(text)] == ["Mr Houston"]


def test_a_sentence_of_narrative_between_a_paraphrase_and_a_quote_keeps_its_speaker():
    text = ('Intro.\n\nMr Dein said that he feared there might now be too many games being shown. Since 1992, Premiership '
            'clubs have seen their income from television soar. "Television has been the driving force."')
    assert [(quote.kind, quote.mention) for quote in quotes.extract(text)] == [("indirect", "Mr Dein"), ("direct", "Mr Dein")]
    # not the subject of a verb that says nothing, nor a thing's
    for text in ('Intro.\n\nSir Edward called the Liberal leader back to Downing Street. The minutes show how the chance '
                 'quickly evaporated. "The PM said he was bound to tell Mr Thorpe."',
                 'Intro.\n\nThat trend is predicted to continue, with shipments expected to grow. The fastest-growing '
                 'technologies included TVs. "This year we will really begin to see that come to life."'):
        assert [quote.mention for quote in quotes.extract(text) if quote.kind == "direct"] == [None]


def test_a_quote_only_paragraph_goes_on_with_the_final_attribution_before_it():
    # the fragment before "Susan said" is her friends' word, but the sentence, and the floor, are hers
    text = ('Intro.\n\nHer liberal friends have mocked the campaign, calling Trump "an orange buffoon," Susan said as '
            'she turned around.\n\n"But he is our orange buffoon, and we love him!"')
    assert [(quote.kind, quote.mention) for quote in quotes.extract(text) if quote.kind != "indirect"][-1] == ("direct", "Susan")
    # an opening mark left open is no final attribution: 'He said: "I have to say ...' carries on "He"
    text = ('Intro.\n\nParry spoke. He said: "I have to say it is something I have been against, but it is an eye-opener.\n\n'
            '"I would say in the past deals have been done far too cheaply. "But the Arsenal deal is the sort of deal that causes '
            'you to draw breath and say \'wow - that\'s interesting.\' "My personal point of view is that it is palatable."')
    assert [quote.mention for quote in quotes.extract(text) if quote.kind == "direct"] == ["He", "He", "He"]


def test_speech_verbs_that_double_or_keep_their_last_letter():
    # the lexicon once held "concured", "agreing", "beging": the real forms were no speech verbs
    text = 'Intro.\n\nOne oil industry analyst concurred, "There is no reason to expect a weak market."'
    assert [(quote.mention, quote.verb) for quote in quotes.extract(text)] == [("One oil industry analyst", "concurred")]
    forms = ["concurring", "agreeing", "disagreeing", "begging", "guaranteeing"]
    assert all(speech_cue(form) for form in forms) and not any(speech_cue(form) for form in ["concured", "agreing", "braged"])


def test_a_naming_participle_after_a_thing_reports_no_speech():
    # "a new thing called the internet" names it; the sentence is about "He", who takes the quote
    text = ('Intro.\n\nAdam Curry hosted a show. He spent most of his hours tinkering with this new thing called the internet. '
            '"At a certain point in 1995, I was driving in."')
    assert [quote.speaker for quote in quotes.extract(text) if quote.kind == "direct"] == ["Adam Curry"]


_HOTENE = "Veteran musher Ngaio Hotene has been coaching her since the fall.\n\n"
_SEMEGRAN = "Analyst Theodore Semegran of Shearson said he raised his estimates for the company. "


@pytest.mark.parametrize("before, speaker", [
    (_HOTENE + "According to Hotene, the biggest challenge for rookies is sleep.", "Ngaio Hotene"),
    # a document is no person: the quote after it is nobody's it can name
    (_HOTENE + "According to the report, the biggest challenge for rookies is sleep.", None),
    # the speaker opening the paragraph before goes on when its last sentence names no one
    (_SEMEGRAN + "The company earned 6.35 dlrs a share in 1986.", "Theodore Semegran"),
    # a person the last sentence is about gets the floor, as before
    (_SEMEGRAN + "Rival analyst Jane Okafor disagreed.", "Jane Okafor"),
    # a passive's subject says nothing, and no one else speaks there
    ("The future of the grains agreement will be discussed next year, Lyng said.", "Lyng"),
    ("The plan was announced on Monday.", None),
])
def test_a_quote_only_paragraph_goes_on_with_whom_the_paragraph_before_gives(before, speaker):
    text = f'Intro.\n\n{before}\n\n"We have had three years in a row in which the Soviets failed. That is when mistakes happen."'
    assert quotes.extract(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Intro.\n\nAnthony Dub runs the desk.\n\n"Investors receive interest only payments for 18 months," Dub detailed.', "Anthony Dub"),
    # elsewhere "detailed" qualifies a noun: the report speaks
    ('Intro.\n\n"It is a good plan," the detailed report said.', "detailed report"),
])
def test_detailed_after_a_quote_reports_it(text, speaker):
    assert quotes.extract(text)[0].speaker == speaker


@pytest.mark.parametrize("text, mention", [
    ('Intro.\n\n"Both parties would announce it jointly," said the first official.', "the first official"),
    # an ordinal after the speaker is an adverb, not part of the phrase
    ('Intro.\n\n"Both parties would announce it jointly," the official first said.', "the official"),
])
def test_an_ordinal_after_the_article_is_part_of_the_speaker(text, mention):
    assert quotes.extract(text)[0].mention == mention
