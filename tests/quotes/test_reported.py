"""quotes/reported.py: reported speech ("Noem said the plan would fail") as quotes of kind indirect."""

from __future__ import annotations

import pytest

import quotes
from quotes.cli import main
from quotes.reported import REPORTED_RULES
from tests.quotes.test_attribution import docstring_example, readme_rule_names


def reported(text: str) -> list[tuple[str, str | None, str | None]]:
    """(content, mention, verb) of each indirect quote of `text`."""
    return [(quote.text, quote.mention, quote.verb) for quote in quotes.extract(text) if quote.kind == "indirect"]


def contents(text: str) -> list[str]:
    """The content of each indirect quote of `text`."""
    return [content for content, _, _ in reported(text)]


def test_readme_table_lists_the_reported_rules_in_order():
    assert readme_rule_names("## Reported speech") == [rule.__name__ for rule in REPORTED_RULES]


@pytest.mark.parametrize("rule", REPORTED_RULES, ids=lambda rule: rule.__name__)
def test_each_rule_finds_the_example_in_its_docstring(rule):
    example = docstring_example(rule).strip('"')
    fired = [quote for quote in quotes.extract(example) if quote.rule == rule.__name__]
    assert fired, f"{rule.__name__} does not find its own example: {example!r}"
    assert all(quote.kind == "indirect" and (quote.mention or rule.__name__ == "reported_question") for quote in fired)


def test_the_seed_article_reports_who_said_what(seed_text):
    found = [quote for quote in quotes.extract(seed_text) if quote.kind == "indirect"]
    speakers = {quote.speaker: quote for quote in found}
    noem = speakers["Kristi Noem"]
    assert (noem.verb, noem.mention) == ("affirmed", "She")
    assert noem.text.startswith("during her visit, she would discuss")
    administration = [(quote.verb, quote.text) for quote in found if quote.speaker == "Trump administration"]
    assert [verb for verb, _ in administration] == ["alleges", "acknowledged"]  # "US President Donald Trump's administration" too
    assert administration[1][1] == "some of those deported have not committed crimes"
    assert speakers["human rights advocates"].verb == "assert"
    assert speakers["family members"].text == "their relatives are not gang members"
    assert speakers["Salvadoran authorities"].text == "they would be held at the CECOT prison for a year"
    embassy = speakers["US Embassy in El Salvador"]
    (fragment,) = [quote for quote in quotes.extract(seed_text) if quote.group == embassy.group and quote.kind == "mixed"]
    assert embassy.start < fragment.outer_start and fragment.outer_end <= embassy.end  # the fragment stays inside
    assert not any("travel to Colombia" in quote.text for quote in found)  # the writer's narration is no quote
    assert all(seed_text[quote.start:quote.end] == quote.text for quote in found)


def test_added_reports_with_that_or_after_the_content():
    assert reported("She added that the plan would fail.") == [("the plan would fail", "She", "added")]
    assert reported("The plan would fail, she added.") == [("The plan would fail", "she", "added")]


def test_content_leaves_out_the_cue_that_and_the_attribution():
    assert reported("Noem said that the deportations would continue.") == [
        ("the deportations would continue", "Noem", "said")]
    assert reported("The plan would cost 3,000 jobs, the minister said on Tuesday.") == [
        ("The plan would cost 3,000 jobs", "the minister", "said")]
    assert reported("He told reporters the plan had failed.") == [("the plan had failed", "He", "told")]
    assert reported("According to police, the driver fled.") == [("the driver fled", "police", "According to")]


@pytest.mark.parametrize("text, expected", [
    # "According to" a name with no comma after it: the name is the source, the clause after it the content
    ("According to Microsoft the messages were sent via addresses owned by ministries, schools and hospitals.",
     [("the messages were sent via addresses owned by ministries, schools and hospitals", "Microsoft", "According to")]),
    ("According to Ofcom there were almost four million broadband users in April 2004.",
     [("there were almost four million broadband users in April 2004", "Ofcom", "According to")]),
    # ... but not a source's phrase that goes on, nor an attribution of its own after it
    ("According to State Department cables released by WikiLeaks, Mr. Manafort pressed diplomats.",
     [("Mr. Manafort pressed diplomats", "State Department cables released by WikiLeaks", "According to")]),
    ('According to Mr Peston the prime minister said: "Help me to get through the year."', []),
])
def test_according_to_a_source_without_its_comma(text, expected):
    assert reported(text) == expected


def test_a_content_interrupted_by_its_attribution_is_one_utterance():
    found = [quote for quote in quotes.extract("The plan, she said, would fail.") if quote.kind == "indirect"]
    assert [quote.text for quote in found] == ["The plan", "would fail"]
    assert found[0].group == found[1].group and found[0].mention == "she"


@pytest.mark.parametrize("text, content", [
    ("He said in a statement Saturday he congratulated Clinton.", "he congratulated Clinton"),
    ("The director said on a visit to Sydney there was a desire to make it.", "there was a desire to make it"),
    ("Eurofer said in a statement consultants working for it identified scope for closures.",
     "consultants working for it identified scope for closures"),
    ("He said at least 300 people died.", "at least 300 people died"),  # the phrase is what was said
    ("CNN reported at least six planes filled the skies.", "at least six planes filled the skies"),
    ("He said in Pennsylvania she is up nine points.", "in Pennsylvania she is up nine points"),
    # the occasion or the time set off by a comma, and a date with its year
    ("Citicorp said in a statement, the issue will be re-evaluated.", "the issue will be re-evaluated"),
    ("Smith said at a news conference in Boston, the plan would be dropped.", "the plan would be dropped"),
    ("The Times reported on Saturday, he has emerged as an adviser.", "he has emerged as an adviser"),
    ("The department said on February 1, 1987, the average value per acre stood at 548 dlrs.",
     "the average value per acre stood at 548 dlrs"),
    # the occasion's noun phrase goes on past "of", a name's noun, an owner and "here"
    ("He said at a meeting of EC states' representatives here yesterday, Britain undertook to act.",
     "Britain undertook to act"),
    ("She said at a meeting of the OPEC ministers, prices would hold.", "prices would hold"),
    # ... but "there" that opens a clause is the content's, and a title's holder is named after it
    ("The minister said after the contact group meeting there had been no agreement on quotas.",
     "there had been no agreement on quotas"),
    ("He was responding to a statement by Turkish Foreign Ministry spokesman Yalim Eralp that Ankara would take "
     "action beyond its waters.", "Ankara would take action beyond its waters"),
])
def test_the_occasion_between_the_cue_and_its_content_is_left_out(text, content):
    assert contents(text) == [content]


@pytest.mark.parametrize("text", [
    # but what follows such a comma may be no content: the sentence's own clause, an attribution, a joiner
    "Under the settlement announced today, federal prosecutors agreed to defer all charges.",
    "The deal was in the civil semiconductor sector, the companies said in a joint statement, but gave no details.",
    "Speaking to reporters prior to testifying at a hearing, Yeutter said he was optimistic.",
    "The figure announced last week, but will cover many of the biggest deals.",
    "The semolina is for shipment during June 1987, it said.",
])
def test_a_comma_after_an_occasion_sets_off_no_content_of_the_cue_before_it(text):
    assert all(not content.startswith(("federal", "but", "Yeutter", "it said")) for content in contents(text))


def test_a_relative_after_the_attribution_describes_its_occasion_and_resumes_no_content():
    text = "Jewellery consumption is set to rise by 70,000 ounces, Clark predicted in his speech, the text of which was released today."
    assert contents(text) == ["Jewellery consumption is set to rise by 70,000 ounces"]


@pytest.mark.parametrize("text", [
    "A poem written by Hendrix two weeks later went for 10,000 pounds.",
    "The total cost of fraud reported by consumers was $546m.",
    "He went on to write and executive produce seven seasons of the series.",  # a second verb, no content
    "Fans want a greater say in how the club is run.",  # a base form after "a" and its adjective: a noun
    # a form in -ed right after a preposition qualifies a noun, it is no verb of speech
    "Police launched a manhunt for alleged coup plotter Fethullah Gulen on Monday.",
    "The package of proposed farm policy changes would save money.",
    # a word of speech after a compound adjective is a noun: "comments", not "X comments"
    "Reportedly, he made ISIS-sympathetic comments to co-workers and had been under investigation by the FBI.",
    # a participle after a thing's noun, a time, then the clause's own verb: the thing was announced, no one speaks
    "A $160 billion megamerger announced Monday would turn Pfizer into an Irish drug company.",
    "Under the decision announced today by Transportation Secretary Elizabeth Dole, automakers will be required to act.",
    # and a participle with its agent after a comma describes the noun before it, no second part of a content
    "In an interview on Monday night, Trump responded to a question about a recent claim, first introduced by BuzzFeed.",
])
def test_a_participle_with_its_agent_reports_nothing(text):
    assert contents(text) == []


@pytest.mark.parametrize("text", [
    "Marsh posted a $676m loss for the last three months of 2004.",  # figures recorded, nobody's words
    "The company reported first quarter net income of 2,193,000 dlrs, or 13 cts per share.",
    "Live cattle futures posted a robust rally today.",
    "Texaco is fighting a Texas law requiring it to post a bond of more than 10 billion dlrs.",  # a deposit
    "Poindexter resigned from his White House post in November.",  # the noun, no verb
])
def test_a_cue_whose_object_is_a_figure_or_a_deposit_reports_nothing(text):
    assert contents(text) == []


def test_what_a_person_posts_is_a_message_a_document_or_a_picture():
    assert contents("On her Facebook page, Palin posted a photo of herself and her son.") == ["a photo of herself and her son"]
    assert contents("He posted on Twitter that the plan had failed.") == ["the plan had failed"]


def test_a_participle_after_a_things_noun_then_a_preposition_describes_the_noun():
    # "sanctions announced last week against ...": the sanctions were announced, the sentence is Yeutter's
    text = "The United States and Japan are not in a trade war, despite U.S. sanctions announced last week against Japanese goods, Yeutter said."
    assert reported(text) == [(text[:text.index(", Yeutter")], "Yeutter", "said")]
    # (but people who agreed, and a question put by a reporter, speak)
    assert contents("The two carmakers agreed last June to start producing a truck.") == ["to start producing a truck"]
    assert contents('"No," he said when asked by a reporter whether he favored such a tax.') == ["whether he favored such a tax"]
    assert contents("Lawson also warned yesterday of the negative effects that a trade war could have.") == ["a trade war could have"]


def test_a_time_phrase_that_ends_an_opening_phrase_leaves_no_speaker_behind():
    text = ("In high-level talks last week, the U.S. Criticised Japan's overall fiscal policy as deflationary and "
            "argued that its fiscal position is not as dire as it says.")
    assert [mention for _, mention, _ in reported(text)] == []


@pytest.mark.parametrize("text, mention", [
    # a firm's name whose words are listed by commas before "and" is one name (not a list of firms)
    ("But John Weinberg of Goldman, Sachs and Co said banks would be too powerful.", "John Weinberg of Goldman, Sachs and Co"),
    ("A margin will be required, the Coffee, Sugar and Cocoa Exchange said.", "the Coffee, Sugar and Cocoa Exchange"),
    ("In New York, Smith and Co said the offer was fair.", "Smith and Co"),
    ("Salomon Inc, PaineWebber Group Inc and Shearson Lehman Brothers Inc said the offer was fair.",
     "PaineWebber Group Inc and Shearson Lehman Brothers Inc"),
    ("The Council of Mortgage Lenders, British Bankers Association and Building Societies Association said the rules "
     "would change.", "British Bankers Association and Building Societies Association"),
])
def test_a_firms_name_listed_by_commas_is_one_speaker(text, mention):
    assert [found[1] for found in reported(text)] == [mention]


@pytest.mark.parametrize("text, speaker", [
    # read forwards too, after the verb and after a role's preposition; the sentence's full stop after
    # a legal form is no part of the name
    ("Ford Motor Credit Co is raising 150 mln dlrs through an offering of notes, said sole manager Bear, Stearns and Co.",
     ("Bear Stearns and Co", "organization")),
    ('"The market is weak," said Drew Schaefer of Kidder, Peabody and Co.', ("Drew Schaefer", "person")),
    ('"The market is weak," said Thomas McKiernan, McKiernan and Co chairman.', ("Thomas McKiernan", "person")),
    ("The offer is fair, said Hilton Corp.", ("Hilton Corp", "organization")),
    ("The offer is fair, said Harris Associates L.P.", ("Harris Associates L.P.", "organization")),
])
def test_a_firms_name_listed_by_commas_after_the_verb(text, speaker):
    assert [(quote.speaker, quote.speaker_type) for quote in quotes.extract(text)][:1] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # "a number of", "a group of": the people counted speak, the count is no speaker
    ("A number of large MCI shareholders expressed unhappiness, saying that the offer undervalued the company.",
     ("large MCI shareholders", "group")),
    ("A group of limited partners has filed suit, alleging that the partnership deceived them.", ("limited partners", "group")),
])
def test_the_people_a_group_counts_speak_through_a_participle(text, speaker):
    assert [(quote.speaker, quote.speaker_type) for quote in quotes.extract(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # the name after a role of a body is the body's when it is one word or holds an organisation's word
    ("The weather is no problem yet, a spokeswoman for France's largest farm union, FNSEA, said.", ("spokeswoman", "person")),
    ("Oil output will hold, an official of the state oil company, Pemex, said.", ("official", "person")),
    ("In Frankfurt Wilhelm Christians, joint chief executive of West Germany's largest bank, Deutsche Bank, said "
     "that the U.S. was still committed.", ("Wilhelm Christians", "person")),
    # a person's name, of two words or more, is the role's holder
    ("Sugar cane output was expected to rise significantly but domestic sugar consumption has soared because of rising "
     "demand by the food processing industry, the head of the food logistics agency, Bustanil Arifin, has said.",
     ("Bustanil Arifin", "person")),
    # with no role before it, the body itself speaks
    ("The strike will go ahead, the country's largest public sector union, Unison, said.", ("Unison", "unknown")),
])
def test_a_bodys_name_after_its_role_leaves_the_role_speaking(text, speaker):
    assert [(quote.speaker, quote.speaker_type) for quote in quotes.extract(text)] == [speaker]  # ("unknown": a name
    # alone is typed by its words, and "Unison" holds no organisation's word)


def test_a_cue_word_after_a_month_is_a_noun():
    # "the March report" names a report, not a month that reports: the content runs on through it
    text = ("Analysts noted that the herd grew after a revision and without the revision, the March report might have "
            "been close to expectations.")
    assert contents(text) == ["the herd grew after a revision and without the revision, the March report might have "
                              "been close to expectations"]


@pytest.mark.parametrize("text, content", [
    # "may" in lower case is the modal, not the month: "this" is the content's subject, no time phrase
    ("Some economists say this may allow an upward revision of growth.", "this may allow an upward revision of growth"),
    ("The minister said this May that growth would slow.", "growth would slow"),
])
def test_a_month_is_a_time_only_capitalised(text, content):
    assert contents(text) == [content]


@pytest.mark.parametrize("text, content", [
    # one name right before a modal is the content's subject, not whom the speaker warned
    ("He warned the Bank may run the risk of missing the boat.", "the Bank may run the risk of missing the boat"),
    ("Sourrouille warned Argentina may break off negotiations.", "Argentina may break off negotiations"),
    # two names meeting: the first is the addressee
    ("He told Reuters Taiwan would cut tariffs.", "Taiwan would cut tariffs"),
])
def test_one_name_before_a_modal_is_the_contents_subject(text, content):
    assert contents(text) == [content]


@pytest.mark.parametrize("text, expected", [
    # "plans", "hopes", "seeks" before "to" and a verb are the clause's verb, though mostly nouns
    ("A Taiwan mission plans to buy cotton next month, a spokesman for the association told Reuters.",
     ["A Taiwan mission plans to buy cotton next month"]),
    # a plural that is no such verb stays a noun: no clause for a finding's object to become
    ("The underlying trend indicates the level of intervention on currency markets to curb sterling's strength.", []),
])
def test_a_verb_mostly_a_noun_before_an_infinitive_makes_a_clause(text, expected):
    assert contents(text) == expected


def test_a_verb_joined_inside_a_clause_within_a_relative_one_is_not_the_speakers():
    # "told" belongs to "law enforcement" inside the relative clause, not to the spokeswoman
    text = ("Spokeswoman Ada Okafor said the candidate went to the venue for interviews, which she was doing when campus "
            "security located her and told her to leave.")
    assert [found[1] for found in reported(text)] == ["Spokeswoman Ada Okafor"]


def test_a_that_content_opened_by_a_phrase_and_closed_by_a_colon_before_a_quote():
    # after "that" the opening phrase is the content's, even in the writer's subordinate clause; a
    # capitalised quote after a colon is a sentence of its own, a lower-case one goes on with the content
    text = ("The owner drew ire after he told the Wall Street Journal that despite the excitement, he did not think "
            'the casino would last long: "Once the cold winds blow, it won\'t make it," Roffman predicted.')
    assert contents(text) == ["despite the excitement, he did not think the casino would last long"]
    text = 'He said there are two types of chancellor: "those who fail and those who get out in time."'
    assert contents(text) == ['there are two types of chancellor: "those who fail and those who get out in time."']


def test_a_participles_aside_between_dashes_is_no_apposition_of_the_subject():
    # the subject is read whole past "- issued on Thursday -": figures, a finding, report no speech
    assert contents("Halifax's monthly figures on house sales - issued on Thursday - suggest prices rose 0.8%.") == []
    text = "The director of the agency - appointed last year - said the plan failed."
    assert [mention for _, mention, _ in reported(text)] == ["The director of the agency"]


def test_coordinated_cues_share_their_content():
    assert contents("He said and repeated that the plan would fail.") == ["the plan would fail"]


def test_a_past_like_its_base_before_a_bare_noun_is_the_contents_verb():
    # "cast" is both a noun and a past; after a plural subject and before its object it is the verb
    assert reported("The party says 34,570 citizens living in 38 countries cast votes by mail.") == [
        ("34,570 citizens living in 38 countries cast votes by mail", "The party", "says")]


@pytest.mark.parametrize("text", [
    "The two men pleaded guilty to charges that they infringed copyright.",
    "Police were called in response to claims that a man had been assaulted.",
])
def test_a_cue_word_in_s_after_to_is_a_noun(text):
    # no infinitive takes a form in -s: the charges and claims are somebody else's, not the subject's
    assert reported(text) == []


def test_a_cue_word_that_heads_the_subject_before_its_verb_is_a_noun():
    # "Bank notes in circulation fell": no bank noted anything; but "Smith notes in his report that ..."
    assert contents("Bank notes in circulation fell 309.1 mln francs to 24.49 billion, and other deposits rose.") == []
    assert [mention for _, mention, _ in reported("Management notes in its report it thought the plan had failed.")] == ["Management"]


def test_a_cue_word_after_a_name_opened_by_a_is_a_noun():
    assert reported("A National Audit Office report on the 20 biggest projects says costs have risen.") == [
        ("costs have risen", "A National Audit Office report", "says")]


@pytest.mark.parametrize("text, mention", [
    ("The battle has taken another turn after the club confirmed it had received a fresh approach.", "the club"),
    # a role, a group or a document after the subordinator is its clause's subject too
    ("The bill faced dismal prospects after the governor suggested he would not support it.", "the governor"),
    ("Lucy tracked down Mr Renwick after her birth mother told her he was known as a joker.", "her birth mother"),
    ("Trump after the debate said he won.", "Trump"),  # a phrase of time: the subject is before it
    # a man or a woman, or any phrase before an auxiliary, after the subordinator
    ("A judge sentenced him to a 300-euro fine after the man posted that refugees should leave.", "the man"),
    ("A judge sentenced him to a 300-euro fine after the poster had written that refugees should leave.", "the poster"),
    # a bare plural of people ("state regulators"), not the plural of a phrase of time ("the debates")
    ("The agency acted after state regulators notified it that the bank was failing.", "state regulators"),
    ("Trump after the debates said he won.", "Trump"),
    ("Meanwhile companies contacted by the BBC insist that they were not aware of it.", "companies"),
    # the one a causative verb makes speak ("used his speech to offer": the user speaks)
    ("Rates stayed on hold, leading some commentators to argue that rates may have peaked.", "some commentators"),
    # the one using a means to speak, after a participle too ("is using the issue to suggest"), past a belief's subject
    ("And they believe Tony Blair is using the issue to suggest the Tories are soft.", "Tony Blair"),
    ("The decision prompted critics to argue that the plan would fail.", "critics"),
    ("Loose guidelines allow companies to tell regulators that the units are separate.", "companies"),
    ("A leading expert on the Cuban economy said the tax plan smacks of desperation.", "A leading expert on the Cuban economy"),
    # a party designation after the name of an aspect verb's subject ("kept asking")
    ("The hearing dragged on, and Sen. Mina Castell (R-Wis.) kept asking her why the plan had failed.", "Sen. Mina Castell"),
    # neither the sentence's opening adverb nor a time phrase after the subject is part of it
    ("Previously the Fed said consumer credit rose 105 mln dlrs.", "the Fed"),
    ("Reagan last Friday announced that he would raise tariffs.", "Reagan"),
    ("Beverly Hills police said the plan would fail.", "Beverly Hills police"),
    # nor is a date that opens the clause without a comma
    ("On September 27 they published the results by announcing that Trump was right.", "they"),
    # an honorific inside a capitalised run starts the name after an opening phrase with no comma
    ("In a panel discussion at a Linux summit in California Mr Torvalds said software patents were a problem.", "Mr Torvalds"),
])
def test_the_subject_after_a_subordinator_or_a_connective(text, mention):
    assert [found[1] for found in reported(text)] == [mention]


@pytest.mark.parametrize("text", ["Okafor however said the plan would fail.", "The mayor meanwhile said the plan would fail.",
                                  "Okafor instead said the plan would fail."])
def test_a_linking_adverb_between_the_speaker_and_the_verb_is_no_part_of_the_speaker(text):
    assert [found[1] for found in reported(text)] == [text.split(" said")[0].rsplit(" ", 1)[0]]


def test_a_word_of_speech_after_an_adjective_heads_the_source():
    assert reported("Members will bolster growth in 2005, according to a new report.") == [
        ("Members will bolster growth in 2005", "a new report", "according to")]


def test_a_content_ending_in_a_percentage_keeps_its_sign():
    assert reported("The firm warned earnings would be cut by as much as 7.6%.") == [
        ("earnings would be cut by as much as 7.6%", "The firm", "warned")]


@pytest.mark.parametrize("text", ["That, they say, will be easier when he is isolated.", "That, she said, was the problem."])
def test_a_demonstrative_before_the_attribution_is_the_contents_subject(text):
    found = [quote for quote in quotes.extract(text) if quote.kind == "indirect"]
    assert [quote.text for quote in found][:1] == ["That"] and len({quote.group for quote in found}) == 1


@pytest.mark.parametrize("text", [
    "The job of firms such as HP now, she said in a speech at the show, was to ensure the worlds converged.",
    "The job of firms such as HP now, she said in a speech at the Consumer Electronics Show (CES), was to ensure "
    "the worlds converged.",
])
def test_an_attribution_with_its_setting_inside_a_clause_splits_the_content(text):
    found = [quote for quote in quotes.extract(text) if quote.kind == "indirect"]
    assert [quote.text for quote in found] == ["The job of firms such as HP now", "was to ensure the worlds converged"]


def test_a_quoted_fragment_inside_stays_a_mixed_quote_of_the_same_group():
    indirect, mixed = quotes.extract('He said the plan was "a disaster" for everyone.')
    assert (indirect.kind, mixed.kind) == ("indirect", "mixed")
    assert indirect.text == 'the plan was "a disaster" for everyone' and mixed.text == "a disaster"
    assert mixed.group == indirect.group == indirect.quote_id


@pytest.mark.parametrize("text, speaker", [
    # a believer inside the content holds no words: the fragment is the content's speaker's
    ('Okafor said he did not feel the situation was as "dramatic" as Mr Renwick believed.', "Okafor"),
    ('In office, Okafor said, a majority of voters have come to believe "that the plan is real."', "Okafor"),
])
def test_a_fragment_a_believer_inside_the_content_holds_is_the_speakers(text, speaker):
    assert [quote.mention for quote in quotes.extract(text) if quote.kind == "mixed"] == [speaker]


@pytest.mark.parametrize("text", [
    "Noem thinks the plan will fail.",  # a belief
    "Voters want the plan to fail.",  # a wish
    "Polls show the plan is unpopular.",  # a finding
    "The study found the plan would fail.",
    "Mr. Manafort did not respond to requests for an interview.",  # denied, and no clause: nothing said
    "Obama hasn't mentioned the court in his speech.",
    "Officials would not say whether the plan would fail.",  # refused
    "The report said nothing.",  # no content
    '"The plan will fail," Noem said in a video that was posted online.',  # the cue of a direct quote
    "By some standards one could say immigrants integrate poorly.",  # imagined speech
    "The Italians travel to Edinburgh hoping to claim their first away win.",  # hoped for, not said
    "The group is expected to report that it raised more in the second half.",
    "It is safe to say he is referring to the border.",  # no one speaks
    "Turkey's refusal to acknowledge the killings angered them.",  # a noun's owner
    "The singer can add a new title to his resume.",  # "add" with an object, no "that"
    "The race now moves to Western states this week that Sanders hopes to win.",  # a noun
    "The increase has allowed the firm to write off bad loans and pave the way for a listing.",  # bookkeeping
    "U.S. banks wrote down portions of their loans to Latin America last year.",
])
def test_what_is_not_reported_speech(text):
    assert reported(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Intro.\n\nOfficials did not say whether the plan would fail.", [("whether the plan would fail", "Officials", "say")]),
    ("Intro.\n\nTwo others have not said who they would vote for.", [("who they would vote for", "Two others", "said")]),
    ("Intro.\n\nThe FBI did not recommend that she face criminal charges.",
     [("she face criminal charges", "The FBI", "recommend")]),
])
def test_what_a_denied_cue_did_not_say_is_reported(text, expected):
    # PolNeAR's annotators attribute a denial's clause to its source (60 train records): the source
    # was asked, and the news says what it left unsaid
    assert reported(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Intro.\n\nThe Washington Post reported that he lied.", [("he lied", "The Washington Post", "reported")]),
    ("Intro.\n\nOfficials said talks failed.", [("talks failed", "Officials", "said")]),
    ('Intro.\n\nTrump said he "made a lot of money."', [('he "made a lot of money."', "Trump", "said")]),
])
def test_a_clause_of_two_words_is_a_content(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an act proposed, admitted or reported, named by a gerund with its object, is what was said
    ("Intro.\n\nHe proposed dropping carried interest.", [("dropping carried interest", "He", "proposed")]),
    ("Intro.\n\nThe PAC reported spending $1 million on ads.", [("spending $1 million on ads", "The PAC", "reported")]),
    ("Intro.\n\nShe acknowledged urging her staff to leave.", [("urging her staff to leave", "She", "acknowledged")]),
    # not a word that only looks like one, nor a gerund after a verb that takes none
    ("Intro.\n\nHe suggested during the talks.", []),
    ("Intro.\n\nHe proposed nothing new.", []),
])
def test_a_gerund_after_a_cue_that_takes_one_is_the_content(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "and" + a speech verb in the past with no subject is the speaker's next utterance ...
    ("Intro.\n\nShe said Mr. Trump was ignorant and criticized him for his remarks.",
     [("Mr. Trump was ignorant", "She", "said")]),
    ("Intro.\n\nLawson said he was content with sterling and welcomed the cut in rates.",
     [("he was content with sterling", "Lawson", "said")]),
    # ... not a participle before its noun, nor a verb of going on
    ("Intro.\n\nS&P said it affirmed the ratings of Chrysler and related entities.",
     [("it affirmed the ratings of Chrysler and related entities", "S&P", "said")]),
    ("Intro.\n\nIran said its troops repulsed the attacks and continued their advance.",
     [("its troops repulsed the attacks and continued their advance", "Iran", "said")]),
    # ... after a month, the name that follows is a new subject, not a second name joined to it
    ("Intro.\n\nHalifax said prices rose by 0.8% in January and Nationwide reported a rise of 0.4%.",
     [("prices rose by 0.8% in January", "Halifax", "said"), ("a rise of 0.4%", "Nationwide", "reported")]),
    # ... and a new subject with any speech verb in the past after "and" or "but" (not after "although")
    ("Intro.\n\nRepublicans said the department mishandled the case and Democrats accused the party of playing politics.",
     [("the department mishandled the case", "Republicans", "said")]),
    ("Intro.\n\nProsecutors argued that although Lazar confessed, he showed no remorse.",
     [("although Lazar confessed, he showed no remorse", "Prosecutors", "argued")]),
    # ... nor after a comma a passive speech verb: its subject is spoken of, nobody speaks
    ("Intro.\n\nSources said sites at Sassan, Rostam and Rakhsh had been attacked by aircraft.",
     [("sites at Sassan, Rostam and Rakhsh had been attacked by aircraft", "Sources", "said")]),
])
def test_a_speech_verb_after_and_ends_the_content(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text, content", [
    # a speech verb in the cue's own form after "and" is the speaker's next act: in -s, in -ing, after
    # the cue's auxiliary
    ("Intro.\n\nOkafor says he respects Renwick and calls him a careful mayor.", "he respects Renwick"),
    ("Intro.\n\nOkafor spoke on Monday, stating there was a benefit to the vote and chiding the council for delays.",
     "there was a benefit to the vote"),
    ("Intro.\n\nOkafor has said she wants a safe zone for civilians and has expressed support for the plan.",
     "she wants a safe zone for civilians"),
    # a verb of the content's own subject goes on ("induce"; "inducing" is no speech verb)
    ("Intro.\n\nOkafor said the plan would promote exports and induce a recession.",
     "the plan would promote exports and induce a recession"),
    ("Intro.\n\nOkafor spoke on Monday, saying the plan would mean promoting exports and inducing a recession.",
     "the plan would mean promoting exports and inducing a recession"),
])
def test_a_speech_verb_in_the_cues_own_form_ends_the_content(text, content):
    assert contents(text)[0] == content


@pytest.mark.parametrize("text, expected", [
    # ", and" + a past verb with no subject of its own is the speaker's next act, after a content
    # that is not itself in the past ...
    ("Intro.\n\nAides said they would miss the deadline, and requested another month.",
     [("they would miss the deadline", "Aides", "said")]),
    ("Intro.\n\nPaul said the plan would fail, but downplayed the issue.", [("the plan would fail", "Paul", "said")]),
    # ... with no comma too, after a content in the present ...
    ("Intro.\n\nShe said she admires his determination and highlighted their goals.",
     [("she admires his determination", "She", "said")]),
    ("Intro.\n\nPaul said he understands the concerns but downplayed any impact.",
     [("he understands the concerns", "Paul", "said")]),
    # ... a past of its own form too ("took"), but not after a modal, where it is a bare form ("set")
    ("Intro.\n\nBerger said he is friendly with them but took issue with his reluctance.",
     [("he is friendly with them", "Berger", "said")]),
    ("Intro.\n\nBerger said it would make users more vulnerable and set a bad precedent.",
     [("it would make users more vulnerable and set a bad precedent", "Berger", "said")]),
    # ... but not after an irregular past ("upheld"), nor inside a pair of words ("cut and dried")
    ("Intro.\n\nPaul said the rules will bar judges who upheld the act and ignored the law.",
     [("the rules will bar judges who upheld the act and ignored the law", "Paul", "said")]),
    ("Intro.\n\nPaul said the case is not so cut and dried.", [("the case is not so cut and dried", "Paul", "said")]),
    # ... but it goes on a past content, and a participle before a noun is no verb
    ("Intro.\n\nThe firm said it cut jobs, and closed two plants.", [("it cut jobs, and closed two plants", "The firm", "said")]),
    ("Intro.\n\nThe firm said growth may improve, but increased competition may slow it.",
     [("growth may improve, but increased competition may slow it", "The firm", "said")]),
])
def test_a_coordinated_past_verb_after_the_content_is_the_speakers(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text, expected", [
    # ", and" + a clause with a subject of its own after a content that is a clause: the writer's ...
    ("Intro.\n\nShe said she intends to fill half her cabinet with women, and Ms. Brainard is among the few.",
     [("she intends to fill half her cabinet with women", "She", "said")]),
    ("Intro.\n\nRyan said he has no plans to hold a vote, and a similar compromise stalled in the Senate.",
     [("he has no plans to hold a vote", "Ryan", "said")]),
    # ... not the last item of a list, nor a second subject joined to the first
    ("Intro.\n\nRhodes said he expects Obama, Abe, and Park will meet soon.",
     [("he expects Obama, Abe, and Park will meet soon", "Rhodes", "said")]),
    ('Intro.\n\nRhodes said he expects Obama, Abe, and Park to "show their unity."',
     [('he expects Obama, Abe, and Park to "show their unity."', "Rhodes", "said")]),
    ("Intro.\n\nCohen said the loyalty of the party, and the support of its leaders, were factors.",
     [("the loyalty of the party, and the support of its leaders, were factors", "Cohen", "said")]),
])
def test_a_clause_of_its_own_after_comma_and_ends_the_content(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a verb whose past is its base form, which the tag lexicon knows only as a noun, is the verb
    ("Intro.\n\nObama said economic changes cost many people their jobs.",
     [("economic changes cost many people their jobs", "Obama", "said")]),
    # an adverb of place opens no clause: "who charges [somewhere] between ..." is no new attribution
    ("Intro.\n\nThe agency says that Walker, who charges somewhere between $20,000 and $30,000 for fees, has lost money.",
     [("Walker, who charges somewhere between $20,000 and $30,000 for fees, has lost money", "The agency", "says")]),
    # a role with no article, as headlines and ledes write it, speaks after the comma
    ("Intro.\n\nThe plan will fail, former adviser says.", [("The plan will fail", "former adviser", "says")]),
    ("Intro.\n\nThe talks collapsed, senior official said.", [("The talks collapsed", "senior official", "said")]),
])
def test_words_the_tag_lexicon_misreads(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text, expected", [
    # after a content with no verb of its own, "and" and a verb is the speaker's next act ...
    ("Intro.\n\nThe network barely mentioned Okafor's remarks and went right back to its panel.",
     [("Okafor's remarks", "The network", "mentioned")]),
    ("Intro.\n\nThe council denied his party the victory and jailed him.",
     [("his party the victory", "The council", "denied")]),
    # ... not a word of the content's subject before its verb, nor one of a pair of like words
    ("Intro.\n\nOkafor said permission to dig up roads and lay cables was impossible to get.",
     [("permission to dig up roads and lay cables was impossible to get", "Okafor", "said")]),
    ("Intro.\n\nOkafor said the company designs and manufactures display systems.",
     [("the company designs and manufactures display systems", "Okafor", "said")]),
])
def test_a_verb_after_a_content_without_one_is_the_speakers(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text, speakers", [
    ("Intro.\n\nIn a brief statement announcing the end of the deal, Acme said the decision opened up other options.",
     ["brief statement", "Acme"]),
    ("Intro.\n\nAs announced February 26, the shareholders meeting will be reconvened on March 5.", []),
    ("Intro.\n\nAlthough reports of cattle weights are hard to obtain, sources acknowledge that lighter cattle are placed.",
     ["sources"]),
    # a date after "until" is no clause's subject: the verb before "and said" has the speaker
    ("Intro.\n\nHughes adjourned the meeting until March 11 and said it hoped to resume talks.", ["Hughes"]),
    # "last July" says when, and the subject of the verb before "but" speaks
    ("Intro.\n\nThe government intended to float the concern, but last July said a private sale was better.",
     ["government"]),
])
def test_a_preposition_or_a_subordinator_is_no_speaker(text, speakers):
    assert [quote.speaker for quote in quotes.extract(text) if quote.kind == "indirect"] == speakers


@pytest.mark.parametrize("text, expected", [
    # a time phrase that closes the object says when, not what; one inside it, or a year after a
    # figure, stays
    ("Intro.\n\nPerry announced his endorsement of Cruz on Sunday.", ["his endorsement of Cruz"]),
    ("Intro.\n\nThe firm announced the deal on Monday at a meeting in Paris.", ["the deal"]),
    ("Intro.\n\nThe police reported no arrests late Monday.", ["no arrests late Monday"]),
    ("Intro.\n\nThe ministry announced a 32.4 mln stg grant in 1985.", ["a 32.4 mln stg grant in 1985"]),
])
def test_a_time_phrase_after_an_object_is_left_out(text, expected):
    assert contents(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a sentence's linking word and the time the cue was spoken are the writer's, not the content's
    ("Intro.\n\nIt even used speech. However, according to researchers, it will take many years.",
     ["it will take many years"]),
    ("Intro.\n\nHowever, exports rose sharply, the ministry said.", ["exports rose sharply"]),
    ("Intro.\n\nHe said afterwards that the Prime Minister had offered some movement.",
     ["the Prime Minister had offered some movement"]),
    # a date after the cue is when it was said, its day of the month too
    ("Intro.\n\nHe said March 5 that sales rose.", ["sales rose"]),
    ("Intro.\n\nHe told Reuters March 5 the plan was dead.", ["the plan was dead"]),
])
def test_a_connective_or_a_time_word_before_the_content_is_left_out(text, expected):
    assert contents(text) == expected


def test_a_bare_month_before_a_noun_qualifies_the_content():
    # "said February sales fell": a month with no preposition, before a noun, is the content's
    assert contents("Intro.\n\nFord Motor Co said February car sales fell six pct.") == ["February car sales fell six pct"]
    assert contents("Intro.\n\nThe company said Monday that sales rose.") == ["sales rose"]


def test_a_condition_set_off_after_that_opens_the_content():
    assert contents("Intro.\n\nThe company said that, subject to adjustments, it expects to post a small profit.") == [
        "subject to adjustments, it expects to post a small profit"]


@pytest.mark.parametrize("text", ["Intro.\n\nShe told them no.", "Intro.\n\nShe wrote the play."])
def test_two_words_that_are_no_clause_are_no_content(text):
    assert reported(text) == []


@pytest.mark.parametrize("text, expected", [
    # a phrase of where or how it was said is no content; the clause before the cue is
    ("Intro.\n\nGrowth will slow, the bank said in its latest quarterly review.", [("Growth will slow", "the bank", "said")]),
    ("Intro.\n\nThe mayor said in a telephone call from Paris.", []),
    # a that-clause after the phrase is, and so is a clause after an opening phrase, or a number
    ("Intro.\n\nTrump said during the debate that he favors waterboarding.", [("he favors waterboarding", "Trump", "said")]),
    ("Intro.\n\nThe firm said after the merger it will have 15 mln shares.",
     [("after the merger it will have 15 mln shares", "The firm", "said")]),
    ("Intro.\n\nThe minister said at least 300 people died.", [("at least 300 people died", "The minister", "said")]),
])
def test_a_phrase_after_the_cue_is_content_only_before_a_clause(text, expected):
    assert reported(text) == expected


def test_a_cue_that_modifies_a_noun_reports_nothing():
    assert reported("Net profit rose.\n\nNOTE: company corrects reporting period to 4th qtr.") == []
    assert reported("Intro.\n\nThe unit is an entity for financial reporting purposes.") == []
    # an auxiliary's participle still reports its object
    assert contents("Intro.\n\nThe government is reiterating a 2.5% target for 2005.") == ["a 2.5% target for 2005"]
    # so does a participle after its owner's possessive: "Japan's proposed measures" are no speech of Japan's
    assert reported("Intro.\n\nThe statement listed some details of Japan's proposed economic measures.") == []
    assert contents("Intro.\n\nJapan proposed economic measures.") == ["economic measures"]


def test_a_role_for_a_former_office_holder_is_the_role():
    assert reported("Intro.\n\nAn aide to former President Bill Clinton said the plan failed.") == [
        ("the plan failed", "An aide to former President Bill Clinton", "said")]
    assert reported("Intro.\n\nSupporters of former Governor Ann Roe said the plan failed.") == [
        ("the plan failed", "Supporters of former Governor Ann Roe", "said")]


def test_a_part_that_stops_at_be_goes_on_after_the_attribution():
    found = quotes.extract("Intro.\n\nUltimately, there will be, says Mr Donofrio, no value in being computer illiterate.")
    assert [quote.text for quote in found] == ["Ultimately, there will be", "no value in being computer illiterate"]
    assert found[0].group == found[1].group
    # a clause that ends in "each" is whole: the speaker's description follows
    assert contents("Intro.\n\nThe notes convert to shares at 27 dlrs each, said Labatt, Canada's biggest brewery.") == [
        "The notes convert to shares at 27 dlrs each"]


def test_who_set_off_after_a_place_means_the_people_before_it():
    found = quotes.extract("Intro.\n\nA group of shop stewards from the Swan Hunter shipyard, who said they were facing "
                           "redundancy, could barely suppress their anger.\n\nWorkers at the plant, who said they were "
                           "facing redundancy, were angry.")
    assert [(quote.speaker, quote.speaker_type) for quote in found] == [("shop stewards", "group"), ("workers", "group")]


def test_to_whom_or_what_is_no_content():
    # "to" before a noun phrase says to whom or to what, not what: "responding to criticism"
    assert contents("Intro.\n\nAnd responding to criticism from pundit Alan Hansen, he insisted talks are ongoing, "
                    "but added the door is open.") == ["talks are ongoing", "the door is open"]
    # the content after whom it was said to
    assert contents("Intro.\n\nSanders complained to CBS News' Charlie Rose that linking him was unfair.") == [
        "linking him was unfair"]
    assert contents("Intro.\n\nSam Jacobs explained to CBS why Merkel was selected.") == ["why Merkel was selected"]
    assert contents("Intro.\n\nHe replied to a questioner who said the plan had failed.") == ["the plan had failed"]
    # an infinitive is content, in a headline's title case too
    assert contents("Intro.\n\nThe mayor vowed to quickly fix the roads.") == ["to quickly fix the roads"]
    assert contents("Intro.\n\nRailing Against Trump, Sanders Vows To Eliminate Tax Breaks.") == ["To Eliminate Tax Breaks"]


def test_a_quoted_fragment_inside_does_not_end_a_gerunds_clause():
    found = quotes.extract('Intro.\n\nObama responded to a mother by saying his refusal to use the words '
                           '"Islamic terrorism" was a "manufactured" issue.')
    assert [quote.text for quote in found if quote.kind == "indirect"] == [
        'his refusal to use the words "Islamic terrorism" was a "manufactured" issue']


def test_a_demonstrative_subject_speaks_for_no_one():
    # "That" is the subject of "irritates" and of the participle; not "irritates Clinton supporters"
    found = quotes.extract("Intro.\n\nThat irritates Clinton supporters on two levels: by suggesting that the voters got it wrong.")
    assert [quote.speaker for quote in found if quote.kind == "indirect"] == []
    assert reported("Intro.\n\nThat day Smith said the plan failed.") == [("the plan failed", "Smith", "said")]


def test_a_final_attribution_holds_the_participle_before_it():
    text = ("Three Dutch leasing firms are charging the Dutch unit of IBM with unfair trading, saying its prices undercut "
            "the market, a court spokesman said.\n\nHe said the three firms had asked for a hearing.")
    assert [(speaker, verb) for _, speaker, verb in reported(text)] == [("a court spokesman", "said"), ("He", "said")]
    assert [quote.speaker for quote in quotes.extract(text)] == ["court spokesman", "court spokesman"]


def test_a_final_attribution_holds_a_whole_sentence_of_reported_speech():
    # the report of a report: the source's, whose content holds the report it passes on
    text = ("Intro.\n\nThe mayor had told police officials that she did not want the escort, but the police overruled "
            "that request, the source added.")
    assert reported(text) == [("The mayor had told police officials that she did not want the escort, but the police "
                               "overruled that request", "the source", "added")]
    # ... and so does one whose speaker, after the verb, a relative clause describes
    text = ("Intro.\n\nJapanese officials say they are implementing the report as fast as they can, said a European "
            "ambassador who has travelled the country asking about this issue.")
    assert reported(text) == [("Japanese officials say they are implementing the report as fast as they can",
                               "a European ambassador", "said")]
    # ... but not past a quote its attribution is the quote's, nor a passive
    text = 'Intro.\n\nKamau said it takes time but added, "I strongly support him," Kamau said.'
    assert ("it takes time", "Kamau", "said") in reported(text)
    text = "Intro.\n\nCity experts say there is a black hole in the finances, a claim denied by the chancellor."
    assert reported(text) == [("there is a black hole in the finances", "City experts", "say")]


@pytest.mark.parametrize("text, expected", [
    # "continue to" carries the verb after it: no speech verb, so the content goes on past it ...
    ("Intro.\n\nPinola said while its coastal banks are sound, First Okafor continues to sustain serious losses.",
     [("while its coastal banks are sound, First Okafor continues to sustain serious losses", "Pinola", "said")]),
    # a cue in a clause opened by "even as" reports only up to the main clause's comma
    ("Intro.\n\nEven as Mr. Okafor has said that he opposes troops abroad, his administration continues to send them.",
     [("he opposes troops abroad", "Mr. Okafor", "said")]),
    # ... and the fragment before the final attribution is the spokesman's
    ('Intro.\n\nThe stake continues to be for sale "at the right price," spokesman David Okafor said in response to an inquiry.',
     [('The stake continues to be for sale "at the right price,"', "spokesman David Okafor", "said")]),
])
def test_continue_to_is_no_speech(text, expected):
    assert reported(text) == expected
    assert all(quote.mention not in ("The stake", "his administration") for quote in quotes.extract(text))


def test_an_and_joined_cue_shares_the_speaker():
    assert reported("Merrill says Machado promised to help and said she would stand up to the attacks.") == [
        ("Machado promised to help", "Merrill", "says"), ("she would stand up to the attacks", "Merrill", "said")]


def test_a_newly_named_speaker_of_reported_speech_is_the_next_he():
    text = ('"It has been broken for months," Fire Chief Dale Hume said.\n\nMayor Thomas Renwick said he was '
            'not satisfied.\n\n"It has been broken for a year," he said.')
    assert quotes.extract(text)[-1].speaker == "Thomas Renwick"


def test_a_team_and_a_role_before_a_name_leave_the_name_speaking_for_both_verbs():
    text = "Ireland hooker Shane Byrne echoed the comments but admitted the game had been hard."
    assert [(quote.mention, quote.speaker) for quote in quotes.extract(text)] == [
        ("Ireland hooker Shane Byrne", "Shane Byrne")]


def test_and_before_its_verb_joins_two_subjects_of_the_content():
    # a content with no verb yet goes on past "and": "the opposition parties agreed" is no new attribution
    assert contents("He said officials of the ruling party and the opposition parties agreed at a meeting.") == [
        "officials of the ruling party and the opposition parties agreed at a meeting"]
    # after a verb, or with "but", a new attribution still ends it
    assert contents("Islamic State claimed responsibility for the attack but U.S. officials have said they "
                    "do not believe he was helped.") == [
        "responsibility for the attack", "they do not believe he was helped"]
    assert contents("Wimpey reported a rise in profits and said reservations were better than expected.") == [
        "a rise in profits", "reservations were better than expected"]


def test_a_final_attribution_holds_no_object_of_a_thing():
    # "part of an alliance agreed in 2000": the participle of an object, no one speaking
    assert reported("Intro.\n\nThe deadline marks the point at which Fiat may sell its car unit to GM, part of an "
                    "alliance agreed in 2000.") == []
    assert contents("Intro.\n\nThe two sides will meet again, but neither is optimistic, spokesmen for both sides said.") == [
        "The two sides will meet again, but neither is optimistic"]


@pytest.mark.parametrize("text, mention, content", [
    # a role with an "of" phrase, then a long apposition with a relative clause
    ("The employee of nearly four years, a registered Republican who spoke on the condition of anonymity for fear "
     "of losing her job, said she became pregnant last year.", "The employee of nearly four years",
     "she became pregnant last year"),
    # "friends of Mr. Clinton's": a double genitive heads the phrase, no owner of a noun
    ("Friends of Mr. Clinton's who have seen him on the trail say that his energy has matured.",
     "Friends of Mr. Clinton's", "his energy has matured"),
    # a phrase of place set off between the speaker's relative clause and the verb
    ("Some voters who have heard his speeches over the decades, on television or at small events, said he had "
     "less magnetism.", "Some voters", "he had less magnetism"),
    # a description, then the name set off by commas: neither is part of the content before them
    ("Facebook created the tool to help in times of crisis, a spokeswoman, Anna Richardson White, said on Saturday.",
     "Anna Richardson White", "Facebook created the tool to help in times of crisis"),
    # an aside between dashes after the verb, then "that"
    ("His campaign chairman Paul Manafort said — on Twitter, as it happens — that Trump raised $4 million.",
     "His campaign chairman Paul Manafort", "Trump raised $4 million"),
    # two nouns joined by "and" take a plural verb the tag lexicon knows as a noun
    ("Geoff Garin said his focus groups and other research show that her positions against big banks and drug "
     "companies, in support of a surtax on multimillionaires, and backing a crackdown on lenders and insurers "
     "resonate with voters.", "Geoff Garin", None),
])
def test_long_speaker_phrases_and_asides_are_read_through(text, mention, content):
    found = reported("Intro.\n\n" + text)
    assert len(found) == 1 and found[0][1] == mention
    assert content is None or found[0][0] == content


def test_a_phrase_set_off_before_the_verb_leaves_no_thing_speaking():
    text = "Intro.\n\nA key priority, in both high and low-prevalence settings, said the WEF is to establish a policy."
    assert all(mention != "A key priority" for _, mention, _ in reported(text))


@pytest.mark.parametrize("text, content", [
    ("The union will sit out the election, Phil Smith told POLITICO earlier this week.", "The union will sit out the election"),
    ("This is not about me, President Obama told his advisers as he labored over the speech.", "This is not about me"),
])
def test_a_final_attribution_may_end_in_when_it_was_said(text, content):
    assert contents("Intro.\n\n" + text) == [content]


def test_as_much_after_a_final_cue_is_its_object():
    assert reported("Intro.\n\nThe head of the studio and his big, big boss indicated as much in an email, released "
                    "as part of the leak.") == []


def test_according_to_inside_a_clause_reads_its_source_to_the_comma():
    found = reported("Intro.\n\nOne of the decisions they have made, according to a person close to the process, is to "
                     "turn any attacks into a counterattack.")
    assert [(mention, verb) for _, mention, verb in found] == [("a person close to the process", "according to")] * 2
    assert [content for content, _, _ in found] == ["One of the decisions they have made",
                                                     "is to turn any attacks into a counterattack"]
    # a verb before the source still wants its object after it; a clause joined by "and" is the writer's
    assert contents("Intro.\n\nG4S receives, according to one report, large security contracts from DHS.") == [
        "G4S receives", "large security contracts from DHS"]
    assert contents("Intro.\n\nThe driver fled, according to police, and was caught later.") == ["The driver fled"]


def test_a_subordinator_that_opens_no_clause_is_no_clause_start():
    # "raising rates [once] again ... but noted": the subject of "noted" is the Fed, not "December"
    assert reported("Intro.\n\nThe Fed did not rule out raising rates once again in December but noted that any "
                    "increases would be measured.") == [("any increases would be measured", "The Fed", "noted")]


def test_the_writers_let_us_say_reports_nothing():
    assert reported("Intro.\n\nLet us say then that if the Mac Mini is no revolution, it is a mini revolution.") == []


def test_kinds_choose_what_is_extracted():
    text = 'Noem said the plan would work. "We will win," she added.'
    assert [quote.kind for quote in quotes.extract(text)] == ["indirect", "direct"]
    assert [quote.kind for quote in quotes.extract(text, kinds=("direct", "mixed", "scare"))] == ["direct"]
    assert [quote.kind for quote in quotes.extract(text, kinds="indirect")] == ["indirect"]
    with pytest.raises(quotes.OptionError, match="unknown quote kind 'reported'"):
        quotes.extract(text, kinds=("reported",))
    frame = quotes.extract_frame([text], kinds=("indirect",))
    assert list(frame["kind"]) == ["indirect"]


def test_the_cli_chooses_kinds(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text('Noem said the plan would work. "We will win," she added.', encoding="utf-8")
    assert main(["run", str(article), "--out", str(tmp_path / "out"), "--kinds", "direct", "--quiet"]) == 0
    rows = (tmp_path / "out" / "quotes.csv").read_text(encoding="utf-8").splitlines()
    assert len(rows) == 2 and ",direct," in rows[1]
    assert main(["run", str(article), "--out", str(tmp_path / "out"), "--kinds", "direct,bogus"]) == 2
    assert "unknown kind 'bogus'" in capsys.readouterr().err


def test_the_cli_scores_paraphrase_only_when_asked(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text('Noem said the plan was a wonderful success. "We will win," Lee said.', encoding="utf-8")
    for option, speakers in (([], ["Lee"]), (["--tone-paraphrase"], ["Lee", "Noem"])):
        assert main(["run", str(article), "--out", str(tmp_path / "out"), "--quiet", *option]) == 0
        rows = (tmp_path / "out" / "tone.csv").read_text(encoding="utf-8").splitlines()[1:]
        assert sorted(row.split(",")[0] for row in rows) == speakers


def test_a_question_put_to_someone_is_not_theirs():
    found = [quote for quote in quotes.extract("When asked if he was bullied, Trump laughed.") if quote.kind == "indirect"]
    assert [(quote.text, quote.mention, quote.speaker, quote.verb) for quote in found] == [
        ("if he was bullied", None, None, "asked")]
    assert reported("A reporter asked Sanders how he was feeling.") == [("how he was feeling", "A reporter", "asked")]


def test_a_plural_opening_a_sentence_is_a_group_not_a_person():
    found = quotes.extract("Shippers said the port was shut. Other shippers agreed.\n\nDealers said the dollar fell.")
    assert [(quote.speaker, quote.speaker_type) for quote in found] == [("shippers", "group"), ("dealers", "group")]
    (sanders,) = quotes.extract("Sanders said the plan would work.")  # a name, though "sanders" is a noun too
    assert (sanders.speaker, sanders.speaker_type) == ("Sanders", "unknown")  # a name, of a person or a company
    # written only capitalised: the plural of a doer's noun, of a person's role, of a people
    found = quotes.extract("Growers say the crop is poor.\n\nColleagues said he was proud.\n\nFinns said the plan was fair.")
    assert [(quote.speaker, quote.speaker_type) for quote in found] == [
        ("growers", "group"), ("colleagues", "group"), ("finns", "group")]
    # not when a company's name opens with the word
    found = quotes.extract("Flowers Industries Inc said profits rose.\n\nFlowers said it would buy a bakery.")
    assert [(quote.speaker, quote.speaker_type) for quote in found] == [("Flowers Industries Inc", "organization")] * 2


def test_an_opening_phrase_before_a_content_that_ends_in_its_attribution():
    # "However," / "After two delays," open the reported clause; they are no object of the cue (and
    # "However," is the writer's link to the sentence before, no part of the content)
    assert reported("Intro.\n\nHowever, the bridge will reopen in the spring, the council said.") == [
        ("the bridge will reopen in the spring", "the council", "said")]
    assert reported("Intro.\n\nAfter two delays, the ferry has been running on time, one harbour official said.") == [
        ("After two delays, the ferry has been running on time", "one harbour official", "said")]


def test_a_day_or_a_dash_apposition_between_speaker_and_cue():
    assert reported("Intro.\n\nOkafor on Tuesday said the food bank would open a second site.") == [
        ("the food bank would open a second site", "Okafor", "said")]
    assert reported("Intro.\n\nRenwick -- the mayor since 2019, and a former engineer -- said the hydrant had "
                    "been fixed.") == [("the hydrant had been fixed", "Renwick", "said")]


def test_the_object_of_an_opening_phrase_is_not_described_by_the_apposition_after_the_name():
    # "supporters, Okafor, 70," is not "supporters" named Okafor: the opening phrase ends at its comma
    assert reported("Intro.\n\nAppearing before supporters, Okafor, 70, said it was too early to celebrate.") == [
        ("it was too early to celebrate", "Okafor", "said")]
    assert reported("Intro.\n\nSpeaking to reporters, Castell, the new chair, said the plant would close.") == [
        ("the plant would close", "Castell", "said")]
    assert reported("Intro.\n\nRunning mate Tim Kaine, 58, said the race was close.") == [
        ("the race was close", "Tim Kaine", "said")]


def test_a_participle_after_its_noun_has_no_speaker():
    # "one song written before ...": the song wrote nothing; "has written", "written by" still speak
    assert reported("Intro.\n\nAnd she highlighted a strange coincidence - that one poem written before the war had "
                    "turned out to have a great deal more meaning than intended.") == []
    assert reported("Intro.\n\nShe has also written that the plan would fail.") == [
        ("the plan would fail", "She", "written")]
    # an adverb after the auxiliary is no preposition: "have since indicated", and "From" is a surname
    assert contents("Intro.\n\nMany MPs have since indicated that the answer was pivotal.") == ["the answer was pivotal"]
    assert contents("Intro.\n\nFrom agreed that inequality was not the flashpoint.") == ["inequality was not the flashpoint"]
    assert contents("Intro.\n\nThe company announced Monday it would cut 500 jobs.") == ["it would cut 500 jobs"]
    assert contents("Intro.\n\nRivals threaten to jam the vote.") == ["to jam the vote"]


def test_one_mention_of_a_reported_clause_and_a_quote_names_one_speaker():
    found = [(quote.kind, quote.speaker) for quote in quotes.extract(
        'Intro.\n\nA ministry official said the accord was the main reason markets were calm.\n\nBut he said in an '
        'interview that the traders also understood, "All six countries agreed to keep rates stable."')]
    assert found == [("indirect", "ministry official"), ("indirect", "ministry official"),
                     ("direct", "ministry official")]


def test_an_opening_passive_as_cue_names_its_source_after_the_preposition():
    assert reported("Intro.\n\nAs reported by the Valley Herald, the mill will close in June.") == [
        ("the mill will close in June", "the Valley Herald", "reported")]
    found = [(quote.text, quote.speaker) for quote in quotes.extract(
        "Intro.\n\nAs stated in Okafor's commentary, there are many questions about the permit.")]
    assert found == [("there are many questions about the permit", "Okafor")]
    # a time, a crowd or a place after the preposition is no source
    for opening in ("As noted in the past", "As expected by many", "As said in Paris", "As reported in 2015"):
        assert reported(f"Intro.\n\n{opening}, the mill will close in June.") == []


def test_for_x_to_report_makes_no_speaker_of_the_noun_before_for():
    # "for the commission to report": the commission is the infinitive's subject, "the date" never speaks
    found = reported("Intro.\n\nThe Senate approved legislation to extend until March 31, 1988 the date for the "
                     "National Commission on Dairy Policy to report on the program.")
    assert not any((mention or "").lower().startswith("the date") for _, mention, _ in found)


@pytest.mark.parametrize("text, content", [
    # how it was said after a sentence-final cue: "without" and a participle, or "without further"
    ("Intro.\n\nThe listing was a logical next step, van Driel said without elaborating.", "The listing was a logical next step"),
    ("Intro.\n\nThe plan will be filed within 10 days, Texscan said without further details.",
     "The plan will be filed within 10 days"),
])
def test_a_final_cue_said_without_details_reports_the_clause_before(text, content):
    assert contents(text) == [content]


def test_a_wire_company_name_in_parentheses_opening_the_clause_speaks():
    text = "UNITS SOLD\n\nMONTREAL, March 9 - (Warrington Inc) said it sold its shoe divisions for undisclosed terms."
    assert reported(text) == [("it sold its shoe divisions for undisclosed terms", "Warrington Inc", "said")]
    # ... not an aside in parentheses after the name it describes
    assert reported("Intro.\n\nKasich (who has 25) said the plan would fail.") == [("the plan would fail", "Kasich", "said")]


def test_a_time_phrase_after_that_and_its_comma_stay_in_the_content():
    assert contents("Intro.\n\nDealers said that last week, a 260 mln dlr trade involving Treasuries was transacted.") == [
        "last week, a 260 mln dlr trade involving Treasuries was transacted"]
    # ... not "that day" inside the content: the writer's participle after its comma is no part of it
    assert contents("Intro.\n\nLawson said he told the panel what the rates were that day, after saying he was happy.") == [
        "he told the panel what the rates were that day", "he was happy"]


def test_a_by_phrase_of_time_and_its_comma_open_the_content():
    assert contents("Intro.\n\nHoliday said by the end of the year, there will be 220 hotels in 54 countries.") == [
        "by the end of the year, there will be 220 hotels in 54 countries"]


def test_a_month_before_a_finite_verb_is_the_contents_subject():
    # "said February fell": the month is what fell, not when it was said ("said Friday the plan failed")
    assert contents("Intro.\n\nThe service said February fell within the tax season.") == ["February fell within the tax season"]
    assert contents("Intro.\n\nThe service said Friday the plan failed.") == ["the plan failed"]
    assert contents("Intro.\n\nKohl said last week increased borrowing is acceptable.") == ["increased borrowing is acceptable"]


@pytest.mark.parametrize("text, content", [
    # "That" opening the sentence before a verb is the content's subject, kept in it (not "that" the complementizer)
    ("Intro.\n\nThat compares with sales of 8 mln dlrs last year, the partnership said.",
     "That compares with sales of 8 mln dlrs last year"),
    ("Intro.\n\nThat means a guaranteed future for the plant, analysts said.", "That means a guaranteed future for the plant"),
])
def test_a_demonstrative_that_opens_the_content_before_its_verb(text, content):
    assert contents(text) == [content]


def test_a_content_may_open_with_a_subordinator_right_after_its_cue():
    # "although" right after the cue opens the content (its clause may hold a speech word of its own)
    assert reported("Intro.\n\nThe auditors said although the figures showed reported fraud was falling, the EU had no "
                    "definition of fraud.") == [("although the figures showed reported fraud was falling, the EU had no "
                                                 "definition of fraud", "The auditors", "said")]
    # ... but after the cue's comma it is the writer's: "although he would not say" is no content of "told"
    assert reported("Intro.\n\nGrowth will slow, Mendis told reporters, although he would not say by how much.") == [
        ("Growth will slow", "Mendis", "told")]
    # ... and "and" before a speech word opens none: it joins the speaker's next act, never a content
    assert not any(content.startswith("and ") for content in contents(
        "Intro.\n\nReynolds told the shareholders friends and family members have been telling him not to pay."))


def test_as_x_said_opens_its_content_after_and_and_before_a_subordinate_clause():
    # mid-sentence after "and" or "but": the clause after the comma is what was noted, not the one before
    assert reported("Intro.\n\nStaff can still get in trouble, and as Okafor noted, people involved in the case "
                    "could still be fired.") == [("people involved in the case could still be fired", "Okafor", "noted")]
    assert reported("Intro.\n\nBut as the Valley Herald reported, the mill will close in June.") == [
        ("the mill will close in June", "the Valley Herald", "reported")]
    # a content that opens with a subordinate clause has its main clause after the comma
    assert reported("Intro.\n\nAs the Valley Herald reported, even if the mill closes, the town would keep its "
                    "school.") == [("even if the mill closes, the town would keep its school", "the Valley Herald",
                                    "reported")]
    # the writer's phrase of time or place after the comma comes before the content, not in it
    assert reported("Intro.\n\nAs the Valley Herald reported, even on Friday morning, the mill was refusing to "
                    "pay.") == [("the mill was refusing to pay", "the Valley Herald", "reported")]
    # "as X said" after a bare comma refers back: it opens no content of its own after it
    assert "reported_as_cue" not in [quote.rule for quote in quotes.extract(
        "Intro.\n\nHe was fired, as the Valley Herald reported, and the mill closed.")]


def test_a_cue_in_ing_after_a_preposition_reports_a_clause_not_an_object():
    assert reported("Intro.\n\nHe made gaffes after telling his aides he planned to adopt a calmer tone.") == [
        ("he planned to adopt a calmer tone", "He", "telling")]
    assert reported("Intro.\n\nThe judges opened an inquiry by saying previous investigations were inadequate.") == [
        ("previous investigations were inadequate", "The judges", "saying")]
    # what was won, kept or published is no speech: "claiming draws", "maintaining the peg", "reporting profits"
    for sentence in ("The Republic have an edge after claiming away draws in Basel and Paris.",
                     "Rates climbed as the government remained adamant in maintaining the peg, thus triggering a fall.",
                     "Okafor won the match before claiming it 8-6.",
                     "The art of reporting is old."):
        assert reported(f"Intro.\n\n{sentence}") == [], sentence
    assert reported("Intro.\n\nThe mill expects strong results after reporting better than expected profits in 2024, "
                    "chairman Ngozi Okafor said.") == [
        ("The mill expects strong results after reporting better than expected profits in 2024", "chairman Ngozi Okafor",
         "said")]


def test_a_semicolon_or_colon_after_a_final_attribution_ends_it():
    assert reported("Intro.\n\nThe mill received some permits, she said; her staff found them later.") == [
        ("The mill received some permits", "she", "said")]
    assert reported("Intro.\n\nA number of factors make a recount unlikely, officials said: the margin and the law.") == [
        ("A number of factors make a recount unlikely", "officials", "said")]
    # a colon that opens a quote (here or in the next paragraph) gives that quote, not the words before
    assert [quote.kind for quote in quotes.extract(
        'Intro.\n\nThe Times made these claims in May, and the Herald responded:\n\n"None of it is true."')] == ["direct"]
    assert reported('Intro.\n\nAsked why, Okafor said: "Because we can."') == []


def test_a_clause_with_its_own_subject_after_an_infinitive_content_is_the_writers():
    assert contents("Intro.\n\nThe company has vowed to lend the town $5 million, and the union also stepped in with money.") == [
        "to lend the town $5 million"]
    assert contents("Intro.\n\nThe insurers agreed to release cash so the mayor could start the work.") == [
        "to release cash"]
    assert contents("Intro.\n\nOkafor has vowed to reopen the mine, but Castell has promised to retrain the miners.") == [
        "to reopen the mine", "to retrain the miners"]
    # a list goes on: the last item is no clause of its own
    assert contents("Intro.\n\nShe has vowed to pay for it through premiums, new taxes, and savings that the plan "
                    "would bring.") == ["to pay for it through premiums, new taxes, and savings that the plan would bring"]


def test_when_after_a_time_is_part_of_the_content_unless_it_reports_speech():
    assert contents("Intro.\n\nOkafor said the mill was built in 1975, when the river still ran clean.") == [
        "the mill was built in 1975, when the river still ran clean"]
    assert contents("Intro.\n\nOkafor said the mill would be sold this year, when she first announced the plan.") == [
        "the mill would be sold this year", "the plan"]
    assert contents("Intro.\n\nOkafor said the mill was closed, when the river flooded.") == ["the mill was closed"]


def test_a_with_phrase_after_a_comma_goes_on_with_the_content():
    assert contents("Intro.\n\nThe chain said sales were up 19 percent, with same-store sales up five percent.") == [
        "sales were up 19 percent, with same-store sales up five percent"]


def test_the_speakers_next_act_ends_a_to_content_and_a_content_before_a_phrase_and_said():
    assert contents("Intro.\n\nOkafor has pledged to back the nominee, but sounded equivocal this week.") == [
        "to back the nominee"]
    assert contents("Intro.\n\nOkafor said she wants no new taxes but on Wednesday said other promises could wait.") == [
        "she wants no new taxes", "other promises could wait"]
    # a participle after its noun, or a cue word as an adjective, is no next utterance
    assert contents("Intro.\n\nThe bank said lenders were slow in lending and in the amounts called for by the plan.") == [
        "lenders were slow in lending and in the amounts called for by the plan"]


def test_an_indefinite_pronoun_after_an_opening_word_is_the_speaker():
    assert reported("Intro.\n\nThen someone asked how the mill could reopen so soon.") == [
        ("how the mill could reopen so soon", "someone", "asked")]


def test_and_plus_a_present_speech_verb_is_the_next_utterance():
    assert contents("Intro.\n\nOkafor says the mill will close and adds that the town will suffer.") == [
        "the mill will close", "the town will suffer"]
    assert contents("Intro.\n\nOkafor urges her staff to stay calm and repeatedly says the mill will reopen.") == [
        "her staff to stay calm", "the mill will reopen"]
    # a belief is no utterance (no record of its own), though, back in the cue's tense after a modal, the
    # speaker's; a participle before its noun is no verb of the speaker's
    assert contents("Intro.\n\nOkafor says the mill will close and believes the town will suffer.") == [
        "the mill will close"]
    assert contents("Intro.\n\nThe firm said sales fell due to weak demand and previously announced new delays.") == [
        "sales fell due to weak demand and previously announced new delays"]


def test_an_attribution_inside_a_relative_clause_reports_the_relative_clause_only():
    # the writer says where the park is; Tompkins says what the stadium is like
    assert contents("Intro.\n\nThe park is near the stadium, which, Tompkins said, is full of activities on game days.") == [
        "which", "is full of activities on game days"]
    assert contents("Intro.\n\nThe mill, which, Okafor said, employs 300 people, will close in June.") == [
        "which", "employs 300 people"]


def test_two_gerunds_joined_by_and_are_one_content():
    assert contents("Intro.\n\nOkafor suggested closing the mill and asking the council for money.") == [
        "closing the mill and asking the council for money"]


def test_a_cue_that_needs_that_is_no_new_attribution_without_it():
    # "add" reports speech before "that" or a clause; "it would add complexity" is no new speaker
    assert contents("Intro.\n\nAll agreed that the plan would raise taxes but that it would add complexity.") == [
        "the plan would raise taxes but that it would add complexity"]
    assert contents("Intro.\n\nAll agreed that the plan would raise taxes but that it would add so many layers "
                    "of complexity that it would be a boon for lawyers.") == [
        "the plan would raise taxes but that it would add so many layers of complexity that it would be a boon for lawyers"]
    assert contents("Intro.\n\nOkafor said the mill would close and she added that the town would suffer.") == [
        "the mill would close", "the town would suffer"]
    # but "she added the town could recover" is a clause of her own, not more of the first content
    assert contents("Intro.\n\nThe mill will close, Okafor said, although she added the town could recover.") == [
        "The mill will close", "the town could recover"]


def test_a_share_of_a_relative_pronoun_is_a_group_speaker():
    found = [(quote.text, quote.mention, quote.speaker_type) for quote in quotes.extract(
        "Intro.\n\nThe plan angered the families, many of whom say the mayor's promises are empty.")]
    assert found == [("the mayor's promises are empty", "many of whom", "group")]


def test_a_share_of_people_before_a_bare_say_is_its_subject():
    assert reported("Intro.\n\nSome say they hear echoes of a painful past.") == [
        ("they hear echoes of a painful past", "Some", "say")]
    assert reported("Intro.\n\nBut majorities in all five say they want the plant to stay.") == [
        ("they want the plant to stay", "majorities", "say")]
    assert reported("Intro.\n\nVoters want some say in the plan.") == []


def test_that_before_a_negated_auxiliary_is_the_contents_subject():
    assert contents("Intro.\n\nOne in five voters say that won't be true.") == ["that won't be true"]


def test_a_past_verb_the_word_lexicon_does_not_know_still_makes_a_clause():
    assert contents("Intro.\n\nCritics said the image featuring the star shape harked back to old stereotypes.") == [
        "the image featuring the star shape harked back to old stereotypes"]
    # a hyphenated or adverb-led -ed word is a modifier, not the content's verb
    assert contents("Intro.\n\nThe bank said bonds and, to a lesser extent, longer-dated issues.") == []


def test_an_including_aside_describes_the_noun_before_it():
    assert reported("Intro.\n\nMovie studios, including Lions Gate and Disney, have said the titles will be ready.") == [
        ("the titles will be ready", "Movie studios", "said")]
    # not the object of a preposition: "key figures in the scandal, including ..." are the speakers
    assert [mention for _, mention, _ in reported(
        "Intro.\n\nKey figures in the scandal, including two aides, have said the plan was legal.")] != ["the scandal"]


def test_a_question_put_after_a_phrase_of_time_or_place_is_found():
    found = [(quote.text, quote.mention, quote.rule) for quote in quotes.extract(
        "Intro.\n\nAsked during a January debate why she trailed so badly, Okafor said she would gain ground.")]
    assert found == [("why she trailed so badly", None, "reported_question"),
                     ("she would gain ground", "Okafor", "reported_after_cue")]
    assert contents("Intro.\n\nAsked at a briefing Monday in Lagos about the mill's future, Okafor smiled.") == [
        "the mill's future"]


def test_a_quote_after_two_verbs_of_one_speaker_takes_the_nearer_verb():
    found = [(quote.mention, quote.verb) for quote in quotes.extract(
        'Intro.\n\nCouncillor Mina Castell on Monday rejected the plan and called it "a waste of money."')
        if quote.kind == "mixed"]
    assert found == [("Councillor Mina Castell", "called")]


def test_reported_speech_inside_a_relative_clause():
    assert reported("Intro.\n\nHe returned the donations, which he said were tied to favours.") == [
        ("were tied to favours", "he", "said")]


def test_a_participle_after_a_direct_quote_reports_its_speakers_next_words():
    found = [(quote.kind, quote.text, quote.mention) for quote in quotes.extract(
        'Intro.\n\n"We are two weeks behind," Solberg said, adding that the repairs would be finished by May.')]
    assert found == [("direct", "We are two weeks behind,", "Solberg"),
                     ("indirect", "the repairs would be finished by May", "Solberg")]


def test_a_clause_of_a_direct_quotes_speaker_besides_the_quote_is_reported():
    # the speaker of the quote said one thing in paraphrase, then the quote; the quote's own cue
    # followed by the circumstances of the speech ("said in a video") reports nothing
    found = [(quote.kind, quote.text, quote.mention) for quote in quotes.extract(
        'Intro.\n\nAppearing before supporters, Okafor, 70, said it was too early to celebrate but added, '
        '"I think you all know the results."\n\n"We won," Okafor said in a video posted that day.')]
    assert found == [("indirect", "it was too early to celebrate", "Okafor"),
                     ("direct", "I think you all know the results.", "Okafor"),
                     ("direct", "We won,", "Okafor")]


def test_a_content_inside_an_opening_subordinate_clause_ends_with_it():
    # the main clause after the comma is the writer's, not what the minister said
    assert reported("Intro.\n\nWhen the minister said the bridge was safe, engineers closed it for repairs.") == [
        ("the bridge was safe", "the minister", "said")]


def test_a_cue_word_after_its_modifier_is_a_noun():
    # "his latest remarks will ...": the remarks are the subject, nobody remarks here
    assert reported("Intro.\n\nBut his latest remarks will do little to calm the markets.") == []


@pytest.mark.parametrize("text", [
    "The terms of the previously announced deal were not disclosed.",  # an adverb between article and cue
    "Figures confirmed a widely reported slowdown of the housing market.",
    "The first reports under this scheme will not be published before 2006.",
    "The hole is 460 feet east of the previously reported first hole.",
])
def test_a_cue_word_after_an_article_and_an_adverb_modifies_a_noun(text):
    assert reported(text) == []


def test_an_article_alone_is_never_a_speaker():
    found = quotes.extract("He denied this, insisting the party's policies on issues such as fees, the council tax "
                           'and free care for the elderly appealed "to all sides of the spectrum".')
    assert [quote.mention for quote in found if quote.kind == "mixed"] == ["He"]


def test_a_content_ends_where_a_quantity_starts_another_attribution():
    assert reported("Intro.\n\nMost voters said the economy was weak, and more than 4 in 10 said prices were "
                    "too high.")[0] == ("the economy was weak", "Most voters", "said")


def test_a_content_ends_where_a_name_and_its_description_start_another_attribution():
    assert reported("Intro.\n\nThe ministry contends that it is on track, and Brian Deese, the climate adviser, said "
                    "his staff were preparing plans.") == [
        ("it is on track", "The ministry", "contends"), ("his staff were preparing plans", "Brian Deese", "said")]


def test_a_quoted_fragment_inside_the_speakers_apposition():
    assert reported('Intro.\n\nHumphrey, who calls Trump a "sociopath," said he does not believe the effort will work.') == [
        ("he does not believe the effort will work", "Humphrey", "said")]


def test_a_link_or_a_phrase_set_off_after_the_cue_opens_the_content():
    assert contents("Intro.\n\nKaine now says, however, that he backs abortion rights.") == ["he backs abortion rights"]
    assert contents("Intro.\n\nRubio says, in his view, he is staying in the race.") == ["in his view, he is staying in the race"]
    assert not any(content.startswith("since") for content in contents(
        "Intro.\n\nNot that anyone on the business side of TV is arguing, since other emails read by Vox suggest that Oz "
        "places business above science, and that's something most leaders would disagree with."))  # the writer's reason


def test_that_so_and_overall_around_a_content_before_its_cue():
    assert reported("Intro.\n\nBut that is not good enough, said Howard Rubel.") == [
        ("that is not good enough", "Howard Rubel", "said")]  # "that" before an auxiliary: the subject
    assert contents("Intro.\n\nSo it makes sense, strategists said, for Democrats to act now.") == [
        "it makes sense", "for Democrats to act now"]  # "so" before a subject only links the sentence
    assert reported("Intro.\n\n58 percent of Latino voters overall said they would stay home.") == [
        ("they would stay home", "58 percent of Latino voters", "said")]


def test_a_phrase_with_its_relative_clause_and_a_speaker_with_his():
    assert contents("Intro.\n\nIn a year when arguments are resonating with voters, candidates have more room, said Steve "
                    "Grubbs.") == ["In a year when arguments are resonating with voters, candidates have more room"]
    assert reported("Intro.\n\nThe plan failed, said an official who asked not to be named.") == [
        ("The plan failed", "an official", "said")]
    # the words after ", said" are its speaker and a "who" clause: no content of their own
    assert reported("Intro.\n\nMr. Obama warned Mr. Xi, during their meeting in Washington, not to move on the shoal, "
                    "said an American official who was briefed on the details and spoke anonymously.") == [
        ("Mr. Obama warned Mr. Xi, during their meeting in Washington, not to move on the shoal", "an American official", "said")]
    assert contents("Intro.\n\nHe told the committee that reviewed the case that the plan failed.") == ["the plan failed"]


@pytest.mark.parametrize("text, expected", [
    # after a plural noun, a cue that is most often a noun ("claim", "report") is the plural's verb
    ("Intro.\n\nHis lawyers claim that their client was unfamiliar with the accounts.",
     [("their client was unfamiliar with the accounts", "His lawyers", "claim")]),
    ("Intro.\n\nAnti-spam firms report that legitimate e-mail has shrunk to a third of messages.",
     [("legitimate e-mail has shrunk to a third of messages", "Anti-spam firms", "report")]),
    ("Intro.\n\nThe lawyers' claims were dismissed by the court on Monday.", []),  # a noun after a possessive
])
def test_a_plural_then_a_cue_that_is_often_a_noun(text, expected):
    assert reported(text) == expected


def test_a_noun_then_a_verb_in_s_then_that_and_an_aside_before_that():
    assert reported("Intro.\n\nThe suit claims that Gowdy made statements.") == [("Gowdy made statements", "The suit", "claims")]
    # a pronoun opening a clause does as "that" does: "candidate claims" is a subject and its verb here
    assert reported("Intro.\n\nThe candidate claims his net worth is in excess of 10 billion dollars.") == [
        ("his net worth is in excess of 10 billion dollars", "The candidate", "claims")]
    assert reported("Intro.\n\nThe candidate claims were dismissed.") == []
    assert contents("Intro.\n\nHe talked about policy, saying, apparently for the first time, that he would send "
                    "troops.") == ["he would send troops"]
    # any aside between the cue's comma and ", that", however it opens and up to a dozen words
    assert reported("Intro.\n\nThe nominee insists, most recently in a Labor Day interview with ABC News, that he "
                    "wants to release his taxes.") == [("he wants to release his taxes", "The nominee", "insists")]
    assert contents("Intro.\n\nSeveral experts cautioned, as did the campaign itself, that the plan might well "
                    "evolve.") == ["the plan might well evolve"]
    assert reported("Intro.\n\nKasich offered the man a job, then says he will welcome advice.") == [
        ("he will welcome advice", "Kasich", "says")]  # ", then says": the first verb's subject speaks


def test_a_participle_after_an_inverted_speakers_role_is_theirs():
    found = reported('Intro.\n\n"It is a severe setback," said Anthony Sebok, a professor at Brooklyn Law School, '
                     'adding that the appeal was what the government wanted.')
    assert found == [("the appeal was what the government wanted", "Anthony Sebok", "adding")]
    found = reported("Intro.\n\nThe LSE rejected Deutsche Boerse's proposed £1.3bn offer in December, saying it undervalued the business.")
    assert [(content, mention) for content, mention, cue in found if cue == "saying"] == [("it undervalued the business", "The LSE")]


def test_a_participle_after_its_clause_speaks_for_the_clauses_subject():
    assert reported("Intro.\n\nRubio ducked, pointing to his record and saying that senators are overrated.") == [
        ("senators are overrated", "Rubio", "saying")]
    assert reported("Intro.\n\nThe mayor wants a new bridge, while also suggesting that the ferry should stay.") == [
        ("the ferry should stay", "The mayor", "suggesting")]
    # a participle that is usually a noun ("warning") is one after a comma and before its clause
    assert reported("Intro.\n\nThe EU embraced the idea, warning that the exit will sap its defences.") == [
        ("the exit will sap its defences", "The EU", "warning")]
    assert reported("Intro.\n\nThe troops struck without warning they would attack the town.") == []  # (a noun)


def test_a_participle_opening_the_sentence_speaks_for_the_main_clauses_subject():
    assert reported("Intro.\n\nWhile saying that he respects the council, he attacked its budget.") == [
        ("he respects the council", "he", "saying")]
    assert reported("Intro.\n\nIn granting the request, the judge said nothing.") == []


def test_a_relative_clause_with_a_noun_subject_or_what():
    assert reported("Intro.\n\nHe nodded, in what officials said was a compromise agreed at the last minute.") == [
        ("was a compromise agreed at the last minute", "officials", "said")]
    assert reported("Intro.\n\nClubs adapt to what she said is growing demand for pools.") == [
        ("is growing demand for pools", "she", "said")]
    assert reported("Intro.\n\nThe attacks, which the probe said were covered up, hurt the bank.") == [
        ("were covered up", "the probe", "said")]
    # a modal opens the relative clause's content as it could open any content: the clause still ends it
    assert reported("Intro.\n\nThe plan, which the Tax Foundation estimates would cost $170 billion, would risk a deficit.") == [
        ("would cost $170 billion", "the Tax Foundation", "estimates")]


def test_an_attribution_after_an_opening_phrase_interrupts_the_content():
    found = [(quote.text, quote.mention, quote.group) for quote in quotes.extract(
        "Intro.\n\nIn the end, Mr. Rosenthal said, union voters choose the Democrats.") if quote.kind == "indirect"]
    assert found == [("In the end", "Mr. Rosenthal", 0), ("union voters choose the Democrats", "Mr. Rosenthal", 0)]


def test_a_participle_after_a_quotes_attribution_and_its_circumstances():
    found = [(quote.kind, quote.text, quote.mention) for quote in quotes.extract(
        'Intro.\n\n"We will win," he said at the rally on Tuesday, insisting that the state had enough delegates.')]
    assert found == [("direct", "We will win,", "he"), ("indirect", "the state had enough delegates", "he")]


def test_a_recommendation_is_speech_and_a_conclusion_a_finding():
    assert reported("Intro.\n\nThe panel recommended that the bridge be closed at night.") == [
        ("the bridge be closed at night", "The panel", "recommended")]
    assert reported("Intro.\n\nThe engineers concluded that the bridge was safe.") == []


def test_adding_after_a_comma_needs_no_that():
    found = [(quote.kind, quote.text, quote.mention) for quote in quotes.extract(
        'Intro.\n\n"I will not," he said, adding he would never vote for the plan.')]
    assert found == [("direct", "I will not,", "he"), ("indirect", "he would never vote for the plan", "he")]
    assert reported("Intro.\n\nShe added a title to the page.") == []  # "added" with an object reports nothing


@pytest.mark.parametrize("text, content", [
    ("Ray told his advisers to find a way to cut emissions.", "his advisers to find a way to cut emissions"),
    ("Ray asked her staff to raise their hands.", "her staff to raise their hands"),
    ("Ray told her that the plan had failed.", "the plan had failed"),
    ("Ray asked her to leave the room.", "her to leave the room"),
])
def test_a_possessive_addressee_is_a_phrase_an_object_pronoun_a_word(text, content):
    assert contents(text) == [content]


@pytest.mark.parametrize("text, content", [
    ("Shaw said that's what he would expect from her.", "that's what he would expect from her"),
    ("Shaw said there's no plan for the border.", "there's no plan for the border"),
    ("Shaw said we're ready for the vote.", "we're ready for the vote"),
])
def test_a_contraction_opens_a_clause_with_its_subject(text, content):
    assert contents(text) == [content]


def test_a_unit_of_measure_ends_no_clause():
    found = reported("The plant ships 40,000 lbs. of steel a week, according to the company.")
    assert [content for content, *_ in found] == ["The plant ships 40,000 lbs. of steel a week"]


def test_an_opening_phrase_of_a_preposition_holds_no_subject():
    found = reported("At one point about 1,700 lawsuits had been filed alleging the drug caused defects, said a company "
                     "spokesman.")
    assert [(mention, verb) for _, mention, verb in found] == [("a company spokesman", "said")]


@pytest.mark.parametrize("text, mention", [
    ("Demand for beds has never been higher, says the director of Halifax's largest shelter.",
     "the director of Halifax's largest shelter"),
    ("A spokesman for the state's largest union said the deal was dead.", "A spokesman for the state's largest union"),
])
def test_a_role_takes_its_organisation_however_it_is_written(text, mention):
    assert [found[1] for found in reported(text)] == [mention]


def test_a_cue_that_takes_an_addressee_may_take_a_place_then_that():
    found = reported("Murkomen warned on X that criminal elements would not be allowed to exploit the protests.")
    assert found == [("criminal elements would not be allowed to exploit the protests", "Murkomen", "warned")]


@pytest.mark.parametrize("text, expected", [
    ("As the senator noted on Tuesday, the bill would cost billions.", [("the bill would cost billions", "the senator")]),
    ("As he said the plan would fail, the crowd booed.", [("the plan would fail", "he")]),  # the cue has its content
    ("As Trump spoke, the crowd booed.", []),  # no speech cue
])
def test_as_x_said_reports_the_main_clause(text, expected):
    assert [(content, mention) for content, mention, _ in reported(text)] == expected


@pytest.mark.parametrize("text, content", [
    ("Adelson said much of his discussion with Trump was about Israel.", ["much of his discussion with Trump was about Israel"]),
    ("He said nothing of the sort.", []),
])
def test_a_quantity_of_something_opens_a_clause(text, content):
    assert contents(text) == content


@pytest.mark.parametrize("text, content", [
    ("Rafiq told the BBC residents were frightened and angry.", "residents were frightened and angry"),
    ("Tony Blair has told Labour supporters he is back and still hungry.", "he is back and still hungry"),
    ("Rafiq told Fox News viewers that residents were angry.", "residents were angry"),
])
def test_an_addressee_named_by_its_name_ends_before_the_contents_subject(text, content):
    assert contents(text) == [content]


def test_a_participle_after_one_of_a_group_speaks_for_that_one():
    found = reported("The airline has not decided, one of the sources said, adding that cuts could come next month.")
    assert [mention for _, mention, _ in found] == ["one of the sources", "one of the sources"]


def test_an_opening_adverb_and_a_plural_subject_in_lower_case():
    found = reported("Rather, sources close to her campaign say she stands behind the president.")
    assert found == [("she stands behind the president", "sources close to her campaign", "say")]


@pytest.mark.parametrize("text, expected", [
    # a connective alone before an inverted attribution is no apposition of a name
    ("Intro.\n\nBut, said Nielsen, some things have stayed constant in that decade, namely the principles.",
     ["some things have stayed constant in that decade, namely the principles"]),
    # the role set off after the inverted speaker's name is theirs, not the content's
    ("Intro.\n\nBut, says Nick Donofrio, senior vice-president of technology at IBM, it was not the thing itself.",
     ["it was not the thing itself"]),
    ("Intro.\n\nBut, said Nielsen, the web has changed, the rules have not.", ["the web has changed, the rules have not"]),
])
def test_an_inverted_attribution_after_a_connective(text, expected):
    assert contents(text) == expected


def test_an_aside_after_the_time_phrase_of_a_cue_opens_no_content():
    assert contents("Intro.\n\nThe department said last summer, for example, certificates were exchanged for corn.") == [
        "certificates were exchanged for corn"]


@pytest.mark.parametrize("text", ["Intro.\n\nHe added he plans to sell the unit.", "Intro.\n\nIt added it plans to sell the unit."])
def test_a_verb_in_s_after_a_pronoun_makes_a_clause_a_clausal_cue_takes(text):
    assert contents(text) == [text.split(" added ")[1].rstrip(".")]


def test_a_verb_the_cue_completes_is_not_the_subject():
    found = reported("The rift may be real or, as some try to suggest, simply the product of gossip.")
    assert {mention for _, mention, _ in found} == {"some"}
    found = reported("But progressives wish the White House at least would have tried to explain why debt can be good.")
    assert found == []  # (a wish, and a finite verb between subject and cue)


@pytest.mark.parametrize("text, content", [
    ("Shaw said that is what he would expect.", "that is what he would expect"),
    ("Experts said that would be highly unlikely.", "that would be highly unlikely"),
    ("He said that voters wanted change.", "voters wanted change"),
])
def test_that_before_an_auxiliary_is_the_contents_subject(text, content):
    assert contents(text) == [content]


@pytest.mark.parametrize("text, mention, speaker", [
    ("On economic issues, 42% say they are liberal.", "42%", "42%"),
    ("Nine in 10 said they thought the economy favours the wealthy.", "Nine in 10", "nine in 10"),
    ("Some 20 percent of people in a recent CNN/ORC poll said they believe the rumour.",
     "Some 20 percent of people in a recent CNN/ORC poll", "people"),
    ("Only 42% of them said saving money was the main consideration.", "Only 42% of them", "only 42% of them"),
    # wire and British forms of percent: "pct", "per cent"
    ("In contrast, 46 pct said they were more impressed with Thatcher.", "46 pct", "46 pct"),
    ("Some 22 per cent said they would vote for her.", "Some 22 per cent", "some 22 per cent"),
    ("Nearly 40 pct of voters said they liked it.", "Nearly 40 pct of voters", "voters"),
    ("About 40 per cent of voters said they liked it.", "About 40 per cent of voters", "voters"),
    ("Fifty percent of voters said they liked it.", "Fifty percent of voters", "voters"),
    # a people by its demonym's plural
    ("Canadians said they liked it.", "Canadians", "canadians"),
])
def test_a_share_of_the_people_a_poll_asked_is_an_unnamed_group(text, mention, speaker):
    found = [quote for quote in quotes.extract(text) if quote.kind == "indirect"]
    assert [(quote.mention, quote.speaker, quote.speaker_type) for quote in found] == [(mention, speaker, "group")]


@pytest.mark.parametrize("text, mention", [
    ("Polls suggest that the mayor will win.", None),
    ("A survey by Hostway said many men prefer to shop online.", None),  # a finding, not speech
    ("A Mori poll this summer said policing was the one service people trusted.", None),
    ("Survey respondents said they trusted the council.", "Survey respondents"),
    ("Other indicators are also suggesting that the country is recovering.", None),
    # an amount is no speaker: "reported" after it qualifies it
    ("Sales totalled 226 billion dlrs, below the 228.7 billion dlrs reported in 1985, the Okafor Association said.",
     "the Okafor Association"),
    # a share of the people asked is
    ("In contrast, 46 pct said they were more impressed with Thatcher.", "46 pct"),
    # a past participle after "the last", "the only" qualifies its noun
    ("The last confirmed Iraqi attack on shipping was on March 8, when a tanker was hit.", None),
    ("The only reported case was in May.", None),
    ("Less than a third agreed that Britain would have to wait.", "a third"),
    ("Statistics Canada said consumer prices rose sharply in January.", "Statistics Canada"),
    ("The research team said the vaccine worked in most patients.", "The research team"),
    # a body's name before its finding does not make it speech; a role's domain after "of" is no finding
    ("Ministry of Agriculture figures for March indicate 1.85 mln tonnes of wheat remain unsold.", None),
    ("The director of research said the vaccine worked.", "The director of research"),
])
def test_a_finding_is_no_speaker_but_a_body_named_after_one_is(text, mention):
    assert [found[1] for found in reported(text)] == ([] if mention is None else [mention])


def test_other_than_to_say_speaks_for_the_clause_subject():
    assert reported("Intro.\n\nSpokesman Friedhelm Okafor had no comment on the report, other than to say that the "
                    "subject was not under discussion.") == [
        ("the subject was not under discussion", "Spokesman Friedhelm Okafor", "say")]


@pytest.mark.parametrize("text, mention", [
    ("Progressive groups that have endorsed him say superdelegates should follow the voters.", "Progressive groups"),
    ("Senior advisers who have run the numbers argue that the mayor will win easily.", "Senior advisers"),
    ("The state officials whose laws were struck down say the courts have changed.", "The state officials"),
    ("Kasich (who has 25 delegates) said it is possible for him to win the nomination.", "Kasich"),
])
def test_a_relative_clause_between_subject_and_cue_is_skipped(text, mention):
    assert [found[1] for found in reported(text)] == ([] if mention is None else [mention])


@pytest.mark.parametrize("text, expected", [
    ("A city official who asked not to be named said the plan would fail.", [("the plan would fail", "A city official")]),
    ("Ban vowed not to repeat that mistake in the years to come.", [("not to repeat that mistake in the years to come", "Ban")]),
])
def test_not_after_a_cue_is_no_addressee(text, expected):
    assert [(content, mention) for content, mention, _ in reported(text)] == expected


def test_a_passive_cue_has_no_speaker_before_it():
    found = reported("Exports of beef/veal are also predicted to decline to 480,000 tonnes in 1987, and then rally "
                     "to 490,000 in 1988, the board said in its forecasts.")
    assert [mention for _, mention, _ in found] == ["the board"]


@pytest.mark.parametrize("text, content", [
    ("More than 1,500 registered voters turned out to choose a candidate, Kander said.",
     "More than 1,500 registered voters turned out to choose a candidate"),
    ("The congressman also plans to vote for Sanders at the convention this summer, Welch said.",
     "The congressman also plans to vote for Sanders at the convention this summer"),
    ("As the mayor prepared to speak on Tuesday, a girl outside the hall was pepper-sprayed by a bystander, police said.",
     "As the mayor prepared to speak on Tuesday, a girl outside the hall was pepper-sprayed by a bystander"),
])
def test_a_sentence_final_attribution_reports_any_kind_of_clause(text, content):
    assert contents(text) == [content]


def test_a_question_put_before_a_direct_quote_is_not_the_answerers():
    text = ('Asked about speculation that the administration would offer Moscow a subsidy, Lyng said, '
            '"Some people think we are doing it."')
    assert reported(text) == [("speculation that the administration would offer Moscow a subsidy", None, "Asked")]


@pytest.mark.parametrize("text, content", [
    ("Officials said that, even if they thought it was wise, a recount of the vote could not be done.",
     ["even if they thought it was wise, a recount of the vote could not be done"]),
    ("Reporters asked him if he would endorse her, as the crowd looked on.", ["if he would endorse her"]),  # no "that"
])
def test_a_dependent_clause_after_that_comes_with_its_main_clause(text, content):
    assert contents(text) == content


@pytest.mark.parametrize("text, content", [
    ("The mayor tweeted her thanks to the volunteers.", ["her thanks to the volunteers"]),
    ("Sears admitted his guilt.", ["his guilt"]),
    ("The law requires that doctors have admitting privileges at local hospitals.", []),
])
def test_what_a_tweet_or_an_admission_names_is_its_content(text, content):
    assert contents(text) == content


@pytest.mark.parametrize("text, mention", [
    ("Outside court, the mother of one of the victims said the family wanted answers.", "the mother of one of the victims"),
    ("A spokesman for one of the major roasters said prices would fall further.", "A spokesman for one of the major roasters"),
    ("One of the sources said the deal was off.", "One of the sources"),
    ("An unnamed woman from Georgia said the chip stopped the printer working.", "An unnamed woman from Georgia"),
])
def test_a_role_or_relative_of_one_of_a_group_speaks(text, mention):
    assert [found[1] for found in reported(text)] == [mention]


@pytest.mark.parametrize("text, content", [
    # a verb form after "a", a possessive or a preposition modifies a noun: no clause, no content
    ("The senator maintained an energetic pace into advanced age.", []),
    ("Mrs. Okafor maintained a busy schedule through the winter.", []),
    # a present verb after a comma is the clause's own, not a participle ("based in ..." is)
    ("The Orillia unit, based in Barrie, Ontario, makes scales and printers, Jannock said.",
     ["The Orillia unit, based in Barrie, Ontario, makes scales and printers"]),
    # the word right after "which" is the relative clause's verb, even one read as a noun ("rents")
    ("The chain's video business which rents cassettes in grocery stores continues to run at a loss, the company added.",
     ["The chain's video business which rents cassettes in grocery stores continues to run at a loss"]),
])
def test_a_clause_needs_a_verb_of_its_own(text, content):
    assert contents(text) == content


@pytest.mark.parametrize("text, content", [
    ("The minister stressed bipartisan support for the treaty.", ["bipartisan support for the treaty"]),  # an adjective opens it
    ("The mayor tweeted her call that the council release the report.",  # "that" after a noun of speech goes on
     ["her call that the council release the report"]),
    ("The figure is less than the 3,000 cases mentioned last week, officials said.",  # a time is no object
     ["The figure is less than the 3,000 cases mentioned last week"]),
    ("The notes due 1991 were priced by the bank.", []),  # an adjective before no noun opens nothing
])
def test_an_object_noun_phrase_and_where_it_ends(text, content):
    assert contents(text) == content


@pytest.mark.parametrize("text, expected", [
    # an attribution that introduces a direct quote: what comes before opens the quote's sentence
    ('Quite suddenly, after the couple divorced, Mrs. Adeyemi said, "Marla called and said she could not do it."', []),
    ("The site found the posting, reported it to the police, and removed it on Thursday.", []),  # "it" is an object
    ("The mayor began by kneeling, all but begging a woman who claimed to be undecided to vote.", []),  # a relative clause
    ("A funding gap still stood in the way of the target, the WHO said.",  # an acronym, not "who"
     [("A funding gap still stood in the way of the target", "the WHO", "said")]),
    # a verb of failing before the comma is no negation of the cue after it
    ("The plan would fail, said Noem on Tuesday.", [("The plan would fail", "Noem", "said")]),
    ("The plan would not fail, said Ms. Tshabalala.", [("The plan would not fail", "Ms. Tshabalala", "said")]),
    ("The plan, it says, would cost $300.", [("The plan", "it", "says"), ("would cost $300", "it", "says")]),
    # a speaker described between commas before the cue; the one told is never the speaker
    ("Japanese banks have an unfair advantage, Paul Hofer, head of the Foreign Bankers Association, told Reuters.",
     [("Japanese banks have an unfair advantage", "Paul Hofer", "told")]),
    ("Repairs would cost $100 million, the official, who asked not to be named, told Reuters.",
     [("Repairs would cost $100 million", "the official", "told")]),
    ("Exports rose 3 pct in March, Ngozi Okafor, a ministry economist, said.",
     [("Exports rose 3 pct in March", "Ngozi Okafor", "said")]),
])
def test_a_sentence_final_attribution_and_what_it_is_not(text, expected):
    assert reported(text) == expected


def test_the_topic_of_a_question_put_to_someone_is_its_content():
    assert reported("Asked about her own vote in November, the senator would not say.") == [("her own vote in November", None, "Asked")]
    assert reported("He looked uneasy when asked about his daughter's work.") == [("his daughter's work", None, "asked")]


@pytest.mark.parametrize("text, content", [
    ("The manager told her a crew would come within two weeks.", ["a crew would come within two weeks"]),
    ("The manager told her staff the crew would come.", ["the crew would come"]),  # "her" owns "staff"
])
def test_her_before_an_article_is_the_addressee_alone(text, content):
    assert contents(text) == content


def test_a_fragment_inside_a_content_is_its_speakers():
    found = quotes.extract('Many of them said they were "angry" with the way the government is operating.')
    fragment = next(quote for quote in found if quote.kind == "mixed")
    content = next(quote for quote in found if quote.kind == "indirect")
    assert (fragment.mention, fragment.group) == ("Many of them", content.group)
    # and so is one that only a guess of attribution reached, the subject of the sentence around the content
    found = quotes.extract('Intro.\n\nRepublican Sen. John McCain says the loose talk skips over the facts.\n\nMcCain, the '
                           'nominee in 2008, issued a statement after Republican contender Donald Trump told a town hall in Salem, '
                           'New Hampshire on Monday that waterboarding is "peanuts," compared to what militants are doing.')
    assert [(quote.kind, quote.mention) for quote in found][1:] == [("indirect", "Donald Trump"), ("mixed", "Donald Trump")]


@pytest.mark.parametrize("text, expected", [
    ("He's claiming that voting fraud is a big problem in this country.",
     [("voting fraud is a big problem in this country", "He's", "claiming")]),  # "he's" is no possessive
    ("It's predicted that by 2006 two billion people will own a mobile phone.", []),  # no one speaks
])
def test_a_persons_pronoun_with_its_contracted_verb_is_a_subject(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a focus adverb before the opening subordinator: the whole sentence before "said X" is the content
    ("Even if the department closed, its work would go on, said DeSantis, who was elected in 2012.",
     [("Even if the department closed, its work would go on", "DeSantis", "said")]),
    # "that" then a dependent clause then the main clause: one content, not the dependent clause alone
    ("Ripert said that when she was young, a boss took her to lunch.",
     [("when she was young, a boss took her to lunch", "Ripert", "said")]),
    # ... unless the main clause reports speech of its own
    ("He admitted that while the server was never central, he argued the probe needed the emails.",
     [("while the server was never central", "He", "admitted"), ("the probe needed the emails", "he", "argued")]),
    # a focus adverb before a dependent clause right after the cue, and after "that"
    ("Analysts said even if Lysander raises its offer and fails, a rival bid would still pay it well.",
     [("even if Lysander raises its offer and fails, a rival bid would still pay it well", "Analysts", "said")]),
    ("The mayor said that only when the levee holds, the town can reopen.",
     [("only when the levee holds, the town can reopen", "The mayor", "said")]),
])
def test_an_opening_dependent_clause_belongs_to_the_content(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Two in three said they would vote, and nearly three in five said they were much less likely.",
     [("they would vote", "Two in three", "said"), ("they were much less likely", "nearly three in five", "said")]),
    ("More than six in 10 said they were tired.", [("they were tired", "More than six in 10", "said")]),
    ("Most said they were tired.", [("they were tired", "Most", "said")]),
    ("Roughly 40 percent of those polled said they were tired.",
     [("they were tired", "Roughly 40 percent of those polled", "said")]),
    ("Some 42% of the voters said they were tired.", [("they were tired", "Some 42% of the voters", "said")]),
])
def test_a_share_of_the_people_asked_is_a_subject(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text, speaker", [
    ("One in four said he should return.", "one in four"),
    ("Nine in 10 Democratic voters said they liked her.", "democratic voters"),
    ("Nearly half said they prefer someone with experience.", "nearly half"),
    ("A majority in 14 countries said they were hopeful.", "a majority"),  # "in 14 countries" is a place, no share
])
def test_a_share_speaks_as_an_unnamed_group(text, speaker):
    quote = next(quote for quote in quotes.extract(text) if quote.kind == "indirect")
    assert (quote.speaker, quote.speaker_type, quote.speaker_named) == (speaker, "group", False)


def test_a_number_of_days_after_a_cue_is_a_time_not_its_object():
    assert reported("The foundation took money from firms, the Washington Post reported ten days ago.") == [
        ("The foundation took money from firms", "the Washington Post", "reported")]


@pytest.mark.parametrize("text, expected", [
    ("She says despite all that, Obama was not influenced by those factors.",
     [("despite all that, Obama was not influenced by those factors", "She", "says")]),
    ("Clausen said despite improvement in the past quarter, the bank must do better.",
     [("despite improvement in the past quarter, the bank must do better", "Clausen", "said")]),
    ("Davey said instead of a bonfire of quangos, there had been an explosion of them.",
     [("instead of a bonfire of quangos, there had been an explosion of them", "Davey", "said")]),
    # a noun's time phrase is no content: "comments" is no cue here
    ("In his first comments since the announcement, Blair told the BBC he had not decided.",
     [("he had not decided", "Blair", "told")]),
])
def test_a_content_may_open_with_a_phrase_before_its_clause(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Win or not, candidate says, campaign aims to transform country.",
     [("Win or not", "candidate", "says"), ("campaign aims to transform country", "candidate", "says")]),
    ("But expert says the candidates keep their distance.", [("the candidates keep their distance", "expert", "says")]),
    # not a role cut out of its phrase
    ("Scotland's first minister said it is okay to relax.", [("it is okay to relax", "Scotland's first minister", "said")]),
])
def test_a_role_alone_is_a_headlines_subject(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an aside between two dashes inside the content before "police said"
    ("The officer who shot Scott - Brentley Vinson, who was placed on leave - was not wearing a camera, police said.",
     [("The officer who shot Scott - Brentley Vinson, who was placed on leave - was not wearing a camera", "police",
       "said")]),
    # "allowed" after a comma grants, it starts no new attribution
    ("Mariano said that in 1998, Clinton allowed her staff to think it was a pulled muscle.",
     [("in 1998, Clinton allowed her staff to think it was a pulled muscle", "Mariano", "said")]),
    # ", citing ..." is the writer's participle (cite + ing); ", including ..." stays in the content
    ("Analysts said the factors have grown, citing the importance of trade.", [("the factors have grown", "Analysts", "said")]),
    ("He said the park is full of activities, including bounce houses.",
     [("the park is full of activities, including bounce houses", "He", "said")]),
])
def test_where_a_content_runs_on_and_where_it_stops(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("They both said the plan would fail.", [("the plan would fail", "They", "said")]),
    ("To varying degrees, all agreed that the proposal would raise taxes.", [("the proposal would raise taxes", "all", "agreed")]),
    ("Sherrod Brown and Robert Menendez all suggested that the claims could be grounds for a case.",
     [("the claims could be grounds for a case", "Sherrod Brown and Robert Menendez", "suggested")]),
])
def test_a_floating_quantifier_leaves_the_subject_before_it(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the writer's description of a name closing the content is no part of it
    ("Schultz said he did not support Mr. Trump, the presumed Putin favorite.",
     [("he did not support Mr. Trump", "Schultz", "said")]),
    ("Critics say the money could be better spent with NATO, the alliance that includes the United States.",
     [("the money could be better spent with NATO", "Critics", "say")]),
    # ... but a list goes on
    ("He said they differ on Israel, the Iran deal and trade.", [("they differ on Israel, the Iran deal and trade", "He", "said")]),
])
def test_a_closing_apposition_to_a_name_is_the_writers(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Saudis have said for years that they would back the release of the pages.",
     [("they would back the release of the pages", "The Saudis", "said")]),
    ("Okafor has argued from the start that the food bank needs a second site.",
     [("the food bank needs a second site", "Okafor", "argued")]),
    ("The council announced over the weekend that the hydrant had been fixed.",
     [("the hydrant had been fixed", "The council", "announced")]),
])
def test_a_phrase_of_time_between_a_cue_and_its_that(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("But, he said, it is a risky strategy at a time when prices are rising.",
     [("it is a risky strategy at a time when prices are rising", "he", "said")]),
    ("And, Okafor said, the food bank will open a second site.",
     [("the food bank will open a second site", "Okafor", "said")]),
])
def test_a_joining_word_alone_before_an_interrupting_attribution(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a subordinator and a participle before the attribution say when the speaker spoke ...
    ('When asked why the plan failed, Okafor said, "We ran out of time" in June.',
     [("why the plan failed", None, "asked")]),
    ('While touring the site, Okafor said, "We ran out of time" in June.', []),
    # ... unless the attribution interrupts a clause, whose circumstance they are
    ("After being told he would be charged, police said, the driver went to the station.",
     [("After being told he would be charged", "police", "said"), ("the driver went to the station", "police", "said")]),
])
def test_a_reduced_clause_before_an_attribution(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Analysts questioned whether a US court has any jurisdiction over the company.", []),
    ("The administration has signaled that it will change the law.", []),
    ("Okafor visited the shelter, pledging to open a second site.", []),
    ("Okafor visited the shelter and pledged to open a second site.", [("to open a second site", "Okafor", "pledged")]),
    ("Lawmakers sent a letter urging the board to reconsider.", []),
    ("Lawmakers urged the board to reconsider.", [("the board to reconsider", "Lawmakers", "urged")]),
])
def test_doubts_indications_and_commitment_participles_report_no_speech(text, expected):
    assert reported(text) == expected


def test_a_participle_after_an_interrupting_attribution_is_the_writers():
    text = "This is the record she will have to defend, Okafor said, urging voters to hold her to account."
    assert reported(text) == [("This is the record she will have to defend", "Okafor", "said")]
    text = "Though that change was smooth, he said, replacing the board would be much harder."
    assert contents(text) == ["Though that change was smooth", "replacing the board would be much harder"]


@pytest.mark.parametrize("text, expected", [
    ("Having said that, there are economists who argue that taxes should be very low.",
     [("taxes should be very low", "who", "argue")]),
    ("That said, the plan failed.", []),
    ("It is worth noting that Apple paid a large tax bill last year.", []),
    ("Needless to say, the plan failed.", []),
    ("It is, as they say, about time.", []),  # generic "they" of a saying
    ("She said that, as mentioned above, the plan failed.", [("as mentioned above, the plan failed", "She", "said")]),
    ("She said the plan failed.", [("the plan failed", "She", "said")]),
])
def test_a_writers_idiom_reports_no_speech(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("He said he was building a clubhouse, as well as a new swimming pool.",
     ["he was building a clubhouse, as well as a new swimming pool"]),
    ("She said the plan would cut taxes, rather than raise them.", ["the plan would cut taxes, rather than raise them"]),
    ("She said the plan would cut taxes, as critics had feared.", ["the plan would cut taxes"]),
])
def test_a_phrase_joined_after_a_comma_goes_on(text, expected):
    assert contents(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("But heavy selling quickly pushed the dollar down, dealers said.", ["heavy selling quickly pushed the dollar down"]),
    ("Still, most voters view him favorably, according to a Gallup poll.", ["most voters view him favorably"]),
    ("Meanwhile, about 100 drivers remained out, the company said.", ["about 100 drivers remained out"]),
    ("So far this year, demand rose 0.1 pct, the agency said.", ["So far this year, demand rose 0.1 pct"]),
])
def test_a_connective_opening_the_sentence_is_the_writers(text, expected):
    assert contents(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Sanders was asked by host John Dickerson whether his aim was similar to the plan.",
     [("whether his aim was similar to the plan", "host John Dickerson", "asked")]),
    ('"Absolutely," he said when asked by a reporter if that remains his view.',
     [("if that remains his view", "a reporter", "asked")]),
    ("Trump was asked about the new tax plan by CNN.", [("the new tax plan", "CNN", "asked")]),
    ("Ronald Reagan was once asked how the Cold War would end.", [("how the Cold War would end", None, "asked")]),
    ("Lewandowski was asked to leave, and he refused.", []),  # a request put to him: not his words
    ("Muslim groups are asking Clinton to repudiate the general.",
     [("Clinton to repudiate the general", "Muslim groups", "asking")]),
    ("He said an inquiry will be held and owners will be asked to fit lights.",
     [("an inquiry will be held and owners will be asked to fit lights", "He", "said")]),
])
def test_a_question_put_to_someone_is_the_askers(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A Reuters report quoted bankers as saying Manila will pay 111 mln dlrs.",
     [("Manila will pay 111 mln dlrs", "bankers", "saying")]),
    ("The agency quoted Oil Minister Gholamreza Aqazadeh as saying that exports would rise.",
     [("exports would rise", "Oil Minister Gholamreza Aqazadeh", "saying")]),
    ("Baka was quoted by PAP as saying Poland would meet its obligations.",
     [("Poland would meet its obligations", "Baka", "saying")]),  # the agent passes the words on
])
def test_whom_a_medium_quotes_as_saying_speaks(text, expected):
    assert reported(text) == expected


def test_a_direct_quote_a_medium_quotes_is_the_quoted_persons():
    found = quotes.extract('"It is above all a question of sovereignty," Reuters quoted a central bank official as saying.')
    assert [(quote.mention, quote.speaker) for quote in found] == [("a central bank official", "central bank official")]


@pytest.mark.parametrize("text, expected", [
    ("Bernie Sanders offered some pointed advice to Hillary Clinton on Friday.", []),  # an object and its recipient
    ("Sessions pledged his support to the Trump campaign.", []),
    ("Sanders urged Republicans to join the ranks of believers.", [("Republicans to join the ranks of believers", "Sanders",
                                                                     "urged")]),
])
def test_an_object_given_to_someone_is_no_content(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Intro.\n\nOfficials say Okafor, the coordinator, held two licenses.",
     [("Okafor, the coordinator, held two licenses", "Officials", "say")]),
    ("Intro.\n\nOfficials say Okafor, the coordinator who ran the depot for ten years, held two licenses.",
     [("Okafor, the coordinator who ran the depot for ten years, held two licenses", "Officials", "say")]),
    # a participle set off after the subject is still no verb of the content
    ("Intro.\n\nShe said the plan, backed by the council, would fail.", [("the plan, backed by the council, would fail", "She", "said")]),
])
def test_an_apposition_before_the_contents_verb_describes_its_subject(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Intro.\n\nHe called for a prosecutor after Okafor said the meetings were with donors.",
     [("the meetings were with donors", "Okafor", "said")]),
    ("Intro.\n\nHe called for a prosecutor after the Daily Courier reported the meetings were with donors.",
     [("the meetings were with donors", "the Daily Courier", "reported")]),
    # a phrase of place after a role still belongs to the role
    ("Intro.\n\nA Democratic staffer in the room said the plan failed.",
     [("the plan failed", "A Democratic staffer in the room", "said")]),
])
def test_a_subordinator_before_a_name_opens_the_speakers_clause(text, expected):
    assert reported(text) == expected


def test_a_clause_with_a_pronoun_after_a_to_content_is_the_writers():
    assert contents("Intro.\n\nOkafor has pledged to visit every county and she has long used that fact against rivals.") == [
        "to visit every county"]
    # a name joined by "and" is part of the content's object
    assert contents("Intro.\n\nOkafor pledged to visit Lagos and Abuja before the vote.") == ["to visit Lagos and Abuja before the vote"]


def test_the_comma_inside_a_closing_mark_punctuates_the_writers_sentence():
    # the comma American style puts inside the marks ends the paraphrase before the next clause
    found = [(quote.kind, quote.text, quote.speaker) for quote in quotes.extract(
        'Intro.\n\nAfter Okafor said that students do better at "smaller schools," Renwick said: "I disagree."')]
    assert found[0] == ("indirect", 'students do better at "smaller schools,"', "Okafor")
    # a quoted predicate with a final attribution is one paraphrase holding the speaker's words
    found = [(quote.kind, quote.text, quote.group) for quote in quotes.extract(
        'Intro.\n\nThe answers to veteran suicides are "not meeting the demand," says Paul Okafor.')]
    assert [kind for kind, _, _ in found] == ["indirect", "mixed"] and found[0][2] == found[1][2]
    assert found[0][1] == 'The answers to veteran suicides are "not meeting the demand,"'
    # ", when it comes to" names a topic, no clause of the writer's
    assert contents('Intro.\n\nLynch said there remains a "significant difference," when it comes to hiring lawyers.') == [
        'there remains a "significant difference," when it comes to hiring lawyers']
    # a quote a colon opens is no paraphrase before a final attribution
    assert contents('Intro.\n\nKirsty Okafor, for the Lib Dems, added: "Changing the minister will serve no purpose," she said.') == []


def test_a_participle_opening_the_sentence_with_that_speaks_for_the_main_subject():
    assert reported("Intro.\n\nNoting that the merger would cost 190 million, Okafor said the board agreed.") == [
        ("the merger would cost 190 million", "Okafor", "Noting"), ("the board agreed", "Okafor", "said")]
    # without "that" the words after the participle are no content ("Speaking before the committee, ...")
    assert contents("Intro.\n\nSpeaking before the committee which must approve the budget, Okafor said it was fair.") == [
        "it was fair"]


def test_a_word_quoted_inside_a_paraphrase_is_the_speakers():
    found = [(quote.kind, quote.text, quote.speaker, quote.group) for quote in quotes.extract(
        "Intro.\n\nOkafor said his refusal was a “manufactured” issue.")]
    assert found[1][:3] == ("mixed", "manufactured", "Okafor") and found[0][3] == found[1][3]
    # a title inside the paraphrase is still the name of a work
    assert [quote.kind for quote in quotes.extract("Intro.\n\nOkafor said he loved the film “Jaws” as a child.")] == [
        "indirect", "scare"]


@pytest.mark.parametrize("text, speakers", [
    # an age or a role dated by "then" is a description set off after the name
    ("Intro.\n\nMr. Sperling, then 38, said he was advised to find a deputy.", ["Sperling"]),
    ("Intro.\n\nMs. Lee, then a senator, said the bill was dead.", ["Lee"]),
])
def test_a_dated_description_after_the_speaker(text, speakers):
    assert [quote.speaker for quote in quotes.extract(text) if quote.kind == "indirect"] == speakers


@pytest.mark.parametrize("text, speakers", [
    # a share of a pronoun's people speaks, after an opening phrase too
    ("Intro.\n\nUntil the shutdown, most of them said they had loved working there.", ["most of them"]),
    ("Intro.\n\nThe families, many of whom say they were ignored, met the mayor.", ["many of whom"]),
])
def test_a_share_of_a_pronoun_is_the_subject(text, speakers):
    assert [quote.mention for quote in quotes.extract(text) if quote.kind == "indirect"] == speakers


def test_a_passive_with_an_ordinal_before_its_verb_is_a_passive():
    # "was first reported": the thing reported is the subject, "by X" its agent, no content
    assert reported("The letter, which was first reported last week by The Post, was signed by 40 members.") == []
    # "was first asked if": a question put to someone
    found = [quote for quote in quotes.extract("Ryan, when he was first asked if he would support Trump, hesitated.")
             if quote.kind == "indirect"]
    assert [(quote.text, quote.rule) for quote in found] == [("if he would support Trump", "reported_question")]


@pytest.mark.parametrize("text, expected", [
    # an adverb between the auxiliary and the cue leaves it a passive: what was alleged is about the subject
    ("Intro.\n\nThey were also alleged to have avoided tests in Tel Aviv before the Games.", []),
    ("Intro.\n\nIt was also agreed that a programme to explain the rules was a priority.", []),
    ("Intro.\n\nThe government was also urged to review the ceiling on budget requests.", []),
    # ... but not after "has": the subject said it
    ("Intro.\n\nShe has also said the plan would fail.", ["the plan would fail"]),
])
def test_a_passive_with_an_adverb_before_its_verb_is_a_passive(text, expected):
    assert contents(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a preposition between an auxiliary and the cue is an adverb, not the cue's preposition
    ("Intro.\n\nThe mayor has since said the bridge would reopen in May.", ["the bridge would reopen in May"]),
    ("Intro.\n\nThe council had earlier announced that the bridge would close.", ["the bridge would close"]),
    # how long it has been said is no part of what is said; an amount after "over" is
    ("Intro.\n\nThe senator has said for weeks he is the only candidate who can win.", ["he is the only candidate who can win"]),
    ("Intro.\n\nThe agency said over 2.2 mln dlrs was collected in January.", ["over 2.2 mln dlrs was collected in January"]),
    # a subject pronoun before a modal opens the content: no addressee to skip
    ("Intro.\n\nThe Saudis have warned they could sell their assets.", ["they could sell their assets"]),
    ("Intro.\n\nSome experts warned it could make matters worse.", ["it could make matters worse"]),
    ("Intro.\n\nHe warned them the plan would fail.", ["the plan would fail"]),
])
def test_what_stands_between_the_cue_and_its_content(text, expected):
    assert contents(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a relative clause that closes the sentence after a name is the writer's gloss on the name, even
    # after a content with no verb of its own ...
    ("Intro.\n\nPatrick predicted a Cruz win in Texas, which votes on March 1.",
     [("a Cruz win in Texas", "Patrick", "predicted")]),
    # ... but after a plain noun it may be what was said
    ("Intro.\n\nPatrick predicted a loss for the party, which worries him.",
     [("a loss for the party, which worries him", "Patrick", "predicted")]),
])
def test_a_closing_relative_clause_after_a_name(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a commitment verb ends a sentence or interrupts it as "said" does ...
    ("Intro.\n\nThe plan would create 300 jobs, Okafor vowed.", [("The plan would create 300 jobs", "Okafor", "vowed")]),
    ("Intro.\n\nA second site, she promised, would open in June.",
     [("A second site", "she", "promised"), ("would open in June", "she", "promised")]),
    # ... but not as a noun, with an object of its own, or after "as" (the proposal itself)
    ("Intro.\n\nThe telexes reflect a poor crop, worry over export availability, and increasing Soviet demand, analysts said.",
     [("The telexes reflect a poor crop, worry over export availability, and increasing Soviet demand", "analysts", "said")]),
    ("Intro.\n\nMr. Manafort, a strategist who in recent weeks has taken over the organization, offered an olive branch.",
     []),
    ("Intro.\n\nOne can debate a tax on trades, as Sanders proposes.", []),
])
def test_a_commitment_verb_as_a_final_attribution(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text, expected", [
    # after "that", a phrase set off by a comma opens the content; its clause follows ...
    ("Intro.\n\nShe disclosed that after the vote, Okafor called her.",
     [("after the vote, Okafor called her", "She", "disclosed")]),
    ("Intro.\n\nHe told the paper that despite the excitement, the casino would not last.",
     [("despite the excitement, the casino would not last", "He", "told")]),
    # ... but a clause before the comma is the content's own, and a participle after it the writer's
    ("Intro.\n\nPike estimates that in 1986 costs fell 30 pct, giving firms an advantage as long as companies did not pass it on.",
     [("in 1986 costs fell 30 pct", "Pike", "estimates")]),
])
def test_a_phrase_set_off_after_that_opens_the_content(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an inverted attribution ("said X") may interrupt the content as "X said" does, a description of
    # the speaker set off by commas included ...
    ("Intro.\n\nThe contrast with Trump, said Doyle and others, would be clear.",
     [("The contrast with Trump", "Doyle and others", "said"), ("would be clear", "Doyle and others", "said")]),
    ("Intro.\n\nPart of the problem, say experts like Paul Bauman, a Canadian geophysicist, is the ground itself.",
     [("Part of the problem", "experts like Paul Bauman", "say"), ("is the ground itself", "experts like Paul Bauman", "say")]),
    # ... a subject with relative clauses before its own verb as well ...
    ("Intro.\n\nCurrently, says Dr Paniccia, equipment that amplifies the light that travels down cables is very expensive.",
     [("Currently", "Dr Paniccia", "says"), ("equipment that amplifies the light that travels down cables is very expensive",
                                             "Dr Paniccia", "says")]),
    # ... but not after a clause of its own, and not when the words before the cue are its subject and
    # the subject's role (a content that a participle interrupts is not found yet: a known miss)
    ("Intro.\n\nThe plan would fail, said Smith, a Republican, in a statement.", [("The plan would fail", "Smith", "said")]),
    ("Intro.\n\nLately, says Ann Lee, an expert who has published a study that is cited.", []),  # her role's clause
    ("Intro.\n\nNimit Nonthapanthawat, chief economist at the <Bangkok Bank Ltd>, said Thailand's strong export "
     "performance, its relatively high interest rates, foreign participation in its stock market, and growing foreign "
     "investment, especially from Japan, contributed to the projected sharp rise.", []),
    # a participle after an inverted attribution has its speaker
    ("Intro.\n\nThe plan would fail, said Smith, adding that it was costly.",
     [("The plan would fail", "Smith", "said"), ("it was costly", "Smith", "adding")]),
])
def test_an_inverted_attribution_inside_the_content(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a word standing for the whole of what was said is its content ...
    ("Intro.\n\nIn May, 46 percent of voters said yes, compared with 23 percent in April.",
     [("yes", "46 percent of voters", "said")]),
    ("Intro.\n\nThree-quarters said the same of Sanders.", [("the same of Sanders", "Three-quarters", "said")]),
    ("Intro.\n\nHis emotions had begun to overtake him by the time he said that.", [("that", "he", "said")]),
    ("Intro.\n\nHe said so.", [("so", "He", "said")]),
    # ... but not a complementizer, a word that opens a clause or a phrase, or a song's title
    ("Intro.\n\nHe said that, in his view, the plan would fail.", [("in his view, the plan would fail", "He", "said")]),
    ("Intro.\n\nHe said so many things.", []),
    ("Intro.\n\nThere were explosions in Canary Wharf, to the right of where I write this, and in the City.", []),
    ("Intro.\n\nTheir singles include What I Go To School For, Year 3000, Crashed The Wedding, You Said No, and Who's "
     "David?", []),
])
def test_a_word_that_stands_for_what_was_said(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text, expected", [
    # after a subordinator, the source's content is the clause after it only
    ("Intro.\n\nHe crossed the border 30 years ago after, according to him, the network censured his first report.",
     [("the network censured his first report", "him", "according to")]),
    # a description of the source is no content; "That's according to X" reports "That's"
    ("Intro.\n\nThat's according to members of The POLITICO Caucus, a collection of strategists.",
     [("That's", "members of The POLITICO Caucus", "according to")]),
    # a long source that ends the sentence; a question after "according to" is a criterion, no source
    ("Intro.\n\nSchoen arranged a dozen meetings with officials, according to reports Mr. Schoen filed as a registered lobbyist.",
     [("Schoen arranged a dozen meetings with officials", "reports Mr. Schoen filed as a registered lobbyist", "according to")]),
    ("Intro.\n\nThe figures were not definitive because prosecutions are not listed according to whether they were "
     "committed by a householder on an intruder.", []),
])
def test_what_according_to_reports(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the one asking is named by "by", up to the question ("a reporter", not "a reporter whether") ...
    ("Intro.\n\nWhen asked by a reporter whether this differed from Nazi Germany, Trump said nothing.",
     [("whether this differed from Nazi Germany", "a reporter", "asked")]),
    # ... and an adverb of manner may stand between the one asked and the question
    ("Intro.\n\nMaddow asked Clinton pointedly whether she would consider a woman.",
     [("whether she would consider a woman", "Maddow", "asked")]),
    ("Intro.\n\nLueders said only when property was protected would inventors invest.",
     [("only when property was protected would inventors invest", "Lueders", "said")]),
])
def test_who_asked_what(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "like" opens an aside naming examples of the noun before it, as "including" does
    ("Intro.\n\nEven the field's biggest hawks, like Rubio and Bush, say the bulk of ground troops should be Arab fighters.",
     [("the bulk of ground troops should be Arab fighters", "the field's biggest hawks", "say")]),
    # a determiner standing alone is the subject of a verb form ("another says"), not of a noun
    ("Intro.\n\nWhile one company says there are 2,400, another says there are about 1,800.",
     [("there are 2,400", "one company", "says"), ("there are about 1,800", "another", "says")]),
    ("Intro.\n\nAnother report said the plan failed.", [("the plan failed", "Another report", "said")]),
])
def test_examples_and_lone_determiners_before_the_cue(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a phrase set off by commas inside the content's subject, its verb right after, is the content's ...
    ("Intro.\n\nRussell said the proceeds, representing a non-operating asset, will be reinvested.",
     [("the proceeds, representing a non-operating asset, will be reinvested", "Russell", "said")]),
    ("Intro.\n\nHe said a mill in Matane, a depressed area with high unemployment, would be subsidized.",
     [("a mill in Matane, a depressed area with high unemployment, would be subsidized", "He", "said")]),
    # ... up to a long apposition of twenty words
    ("Intro.\n\nHunt said Black River Constructors, a joint venture with Martin Eby and a subsidiary of Hunt Corp, has "
     "received a contract.", [("Black River Constructors, a joint venture with Martin Eby and a subsidiary of Hunt Corp, has "
                               "received a contract", "Hunt", "said")]),
    # ... and a speech verb after the phrase, with a clause of its own, is the content's verb, no inversion
    ("Intro.\n\nZenith said the contract, replacing an earlier one, assures it will keep the jobs.",
     [("the contract, replacing an earlier one, assures it will keep the jobs", "Zenith", "said")]),
    # ... but after the content's verb, a participle is the writer's
    ("Intro.\n\nHe said it rose 5 pct, reflecting higher sales, and would rise again.", [("it rose 5 pct", "He", "said")]),
])
def test_a_phrase_set_off_inside_the_contents_subject(text, expected):
    assert reported(text) == expected
    # after the content's verb, a phrase set off before a verb opens the writer's clause
    text = "Intro.\n\nHighland Gold said it regretted any limit on privatisation while BP, a big investor, declined to comment."
    assert not any("declined" in content for content in contents(text))


@pytest.mark.parametrize("text, content", [
    ("Okafor told BBC Radio 4's Today programme he hoped mediation could help.", "he hoped mediation could help"),
    ("Okafor told Channel 4's Dispatches programme the plan would fail.", "the plan would fail"),
    ("Okafor told the Today programme the plan would fail.", "the plan would fail"),  # a name's "Today"
])
def test_a_programme_told_is_the_addressee_whole(text, content):
    assert contents(text) == [content]


def test_a_final_attribution_to_a_programme_by_its_name():
    found = quotes.extract('Income had "risen by 20% in real terms" since 1997, Mr Renwick told BBC Radio 4\'s Today programme.')
    assert [(quote.kind, quote.mention) for quote in found] == [("indirect", "Mr Renwick"), ("mixed", "Mr Renwick")]


@pytest.mark.parametrize("text, content", [
    ("The moderator asked Okafor about his ties to a supplement maker.", "about his ties to a supplement maker"),
    ("The moderator asked Okafor whether the plan would fail.", "whether the plan would fail"),
])
def test_a_question_put_to_someone_is_its_topic_or_its_clause(text, content):
    assert contents(text) == [content]


@pytest.mark.parametrize("text, speaker", [
    ("Sen. Dana Whitfield (D-Ore.), said after a lunch on Tuesday that she had not read the plan.", "Sen. Dana Whitfield"),
    ("Dana Whitfield, said after the vote that the plan would fail.", "Dana Whitfield"),
])
def test_a_stray_comma_between_an_opening_name_and_its_cue(text, speaker):
    assert [(quote.kind, quote.mention) for quote in quotes.extract(text)] == [("indirect", speaker)]


@pytest.mark.parametrize("text", [
    "The idea, says BT, is to shape a new model of work.",  # the speaker after the cue: content around it
    "Tom Reyes, recalled in place of Dana Whitfield, was twice denied a chance to score.",  # a participle set off
])
def test_no_stray_comma_subject_before_an_inverted_or_set_off_cue(text):
    assert all(quote.mention not in ("The idea", "Tom Reyes") for quote in quotes.extract(text))


def test_an_object_that_lists_names_is_the_whole_list():
    assert contents("Okafor specifically mentioned the council's Dana Whitfield, Tom Reyes and Mina Castell.") == [
        "the council's Dana Whitfield, Tom Reyes and Mina Castell"]
    assert contents("Okafor mentioned the council's Dana Whitfield, who had left.") == ["the council's Dana Whitfield"]


@pytest.mark.parametrize("text, content", [
    ("Okafor said the firm bought Wyrough Inc, a maker of rubber chemicals, for undisclosed terms.",
     "the firm bought Wyrough Inc, a maker of rubber chemicals, for undisclosed terms"),  # the content goes on
    ("Okafor said the firm bought Wyrough Inc, a maker of rubber chemicals.", "the firm bought Wyrough Inc"),  # a gloss
])
def test_a_names_apposition_inside_a_content(text, content):
    assert contents(text) == [content]


@pytest.mark.parametrize("text, content", [
    ("Okafor said a delay would be disastrous and she accused the council of opportunism.", "a delay would be disastrous"),
    ("Okafor said the cuts would come but she ruled out closing the library.", "the cuts would come"),
    ("Okafor said a delay would be disastrous and she feels the council will listen.",  # a belief goes on
     "a delay would be disastrous and she feels the council will listen"),
])
def test_and_a_pronoun_with_a_speech_verb_is_a_new_attribution(text, content):
    assert contents(text)[0] == content


@pytest.mark.parametrize("text, content", [
    ("Okafor said more cuts will come.", ["more cuts will come"]),  # "more" as a determiner
    ("Okafor said more about it.", []),  # "said more": no clause
])
def test_more_before_a_plural_noun_opens_a_content(text, content):
    assert contents(text) == content


def test_a_gerund_that_is_a_preposition_elsewhere_after_a_gerund_cue():
    assert contents("Okafor proposed barring all trucks from the bridge.") == ["barring all trucks from the bridge"]


def test_a_question_put_holds_a_relative_clause_set_off_inside_it():
    # the question goes on past ", which ... ," to its own verb; the relative clause's cue and a
    # fragment inside the question are the asker's, and the answer after it is not
    found = [(quote.kind, quote.text, quote.mention, quote.speaker) for quote in quotes.extract(
        "Intro.\n\nMayor Ngozi Okafor was asked by host Lena Park whether the new levy, which the Audit Office estimates "
        "would raise $2 billion, would risk \"hurting the poorest families most.\"\n\n"
        "\"I do not accept that,\" she said.")]
    assert found == [
        ("indirect", "whether the new levy, which the Audit Office estimates would raise $2 billion, would risk "
                     "\"hurting the poorest families most.\"", "host Lena Park", "Lena Park"),
        ("mixed", "hurting the poorest families most.", "host Lena Park", "Lena Park"),
        ("direct", "I do not accept that,", "she", "Ngozi Okafor")]
    assert quotes.extract("Intro.\n\nAsked if the levy was fair Okafor said it was.")[0].text != "if the levy was fair Okafor said it was"


def test_a_speech_verb_in_a_relative_clause_set_off_governs_no_quote_after_it():
    found = [(quote.mention, quote.verb) for quote in quotes.extract(
        'Intro.\n\nMina Castell, who said the plan would fail, called it "a waste of everybody\'s money" on Friday.')
        if quote.kind == "mixed"]
    assert found == [("Mina Castell", "called")]


def test_compared_right_before_its_preposition_is_no_speech():
    # "compared with" a figure ends no content as a next act, and "was compared to" speaks for no one
    assert contents("Intro.\n\nThe association said exports were 117,866 tonnes and compared with 84,250 tonnes "
                    "a year ago.") == ["exports were 117,866 tonnes and compared with 84,250 tonnes a year ago"]
    found = [(quote.kind, quote.mention) for quote in quotes.extract(
        'Intro.\n\n"I run because I love it," said Tom Reid, who was compared to Coe as a boy.')]
    assert found == [("direct", "Tom Reid")]


@pytest.mark.parametrize("document", ["a World Bank report", "the World Bank report"])
def test_a_named_document_after_a_final_cue_is_the_whole_speaker(document):
    # a verb-spelled document after a name, where the phrase ends, is a noun: the report speaks, for its owner
    found = [(quote.kind, quote.text, quote.mention, quote.speaker) for quote in quotes.extract(
        f"Intro.\n\nThe economy is performing well below its potential, said {document}.")]
    assert found == [("indirect", "The economy is performing well below its potential", document, "World Bank")]
    # a forecast or an estimate after a name is no document: the name's body speaks
    found = [quote.speaker for quote in quotes.extract(
        "Intro.\n\nGDP will grow four pct this year, according to a Bank of Portugal forecast.")]
    assert found == ["Bank of Portugal"]


def test_a_document_by_a_name_speaks_for_it():
    found = [(quote.kind, quote.mention) for quote in quotes.extract(
        "Intro.\n\nA statement by Symbian played down the threat, saying few people would fall victim to it.")]
    assert found == [("indirect", "Symbian")]


@pytest.mark.parametrize("text, expected", [
    # in a line set in title case a capitalised cue after a capitalised word is a verb ...
    ("Intro.\n\nMayor Says Bridge Will Reopen In May\n\nText.", [("Bridge Will Reopen In May", "Mayor", "Says")]),
    ("Intro.\n\nSome Say The Bridge Will Never Reopen\n\nText.", [("The Bridge Will Never Reopen", "Some", "Say")]),
    # ... but not after an article or a number, where it is a noun
    ("Intro.\n\nOne Tweet Sums Up The Double Standard Voters Face\n\nText.", []),
])
def test_a_capitalised_cue_in_a_title_case_line(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a singular noun for a person or a body, then a verb in -s before "to": the content's own verb
    ("Intro.\n\nThe firm plans to grow sales, the chief executive said.",
     [("The firm plans to grow sales", "the chief executive", "said")]),
    # a gerund and its object as the subject ("that" a determiner there, no relative pronoun)
    ("Intro.\n\nDefending that terrain is hard, said Smith.", [("Defending that terrain is hard", "Smith", "said")]),
    # the share of a group that speaks, after the verb
    ("Intro.\n\nThe plan is hard, said a handful of Democrats who back him.",
     [("The plan is hard", "a handful of Democrats", "said")]),
    # an attribution between a subject and its verb in -s
    ("Intro.\n\nHis wife, he says, plans to leave the party.",
     [("His wife", "he", "says"), ("plans to leave the party", "he", "says")]),
])
def test_subjects_that_look_like_no_clause_still_open_one(text, expected):
    assert reported(text) == expected


def test_a_noun_before_plans_is_no_subject_unless_it_names_an_agent():
    assert reported("Intro.\n\nThe travel plans to Iowa were dropped, he said.") == [
        ("The travel plans to Iowa were dropped", "he", "said")]
    assert contents("Intro.\n\nHe said the travel plans to Iowa.") == []


@pytest.mark.parametrize("text, expected", [
    # after a content in the past or with a modal, a verb back in the cue's present -s form is the speaker's next act
    ("Intro.\n\nYukos says the sale was illegal and is pursuing damages in a US court.", ["the sale was illegal"]),
    ("Intro.\n\nRyan insists the GOP must be a party of ideas, and has championed an agenda.", ["the GOP must be a party of ideas"]),
    # a content in the present keeps its joined verb: its own subject's
    ("Intro.\n\nYukos says the sale is illegal and harms investors.", ["the sale is illegal and harms investors"]),
])
def test_a_verb_back_in_the_cues_tense_is_the_speakers_next_act(text, expected):
    assert contents(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a cue joined inside a relative clause: the content ends where the main clause takes up again, past an adverb
    ("Intro.\n\nSanders, who endorsed Canova and said he would campaign with him, ultimately did not show up.",
     ["he would campaign with him"]),
    # ... but not at the comma that closes an aside of its own content
    ("Intro.\n\nDelegates, who say the two men, and Mr. Cruz in particular, must do more, met on Friday.",
     ["the two men, and Mr. Cruz in particular, must do more"]),
    # a relative clause closed before the cue leaves the cue the main clause's
    ("Intro.\n\nElliott Abrams, who briefed reporters, said the administration will not link aid for the rebels, known "
     "as contras, with the economic package.",
     ["the administration will not link aid for the rebels, known as contras, with the economic package"]),
])
def test_a_content_inside_a_relative_clause_ends_with_it(text, expected):
    assert contents(text) == expected


def test_a_comma_right_after_that_opens_a_phrase_inside_its_clause():
    # "that," or "that lately," then a phrase set off: the clause "that" opens is still to come
    assert contents("Intro.\n\nHis friends say it is only fitting that, having overcome so many obstacles, she now faces him.") == [
        "it is only fitting that, having overcome so many obstacles, she now faces him"]
    # so does a relative pronoun right before its comma
    assert contents("Intro.\n\nThe envoys said Ruiz may table a paper which, while not a compromise, would narrow the options.") == [
        "Ruiz may table a paper which, while not a compromise, would narrow the options"]


def test_according_to_inside_a_cues_that_clause_leaves_the_content_to_the_cue():
    assert reported("Intro.\n\nThe IMF said that, according to data from the Liberians, the economy grew by 2%.") == [
        ("according to data from the Liberians, the economy grew by 2%", "The IMF", "said")]


def test_a_question_opened_by_whom_is_reported():
    found = [(quote.text, quote.rule) for quote in quotes.extract("Intro.\n\nWhen asked whom she supported, Ms. Sherry smiled.")]
    assert found == [("whom she supported", "reported_question")]


def test_a_name_after_a_final_cue_and_its_subject_is_the_addressee():
    assert reported("Intro.\n\nThe records are already stored in a secure center, Kennedy wrote Linick.") == [
        ("The records are already stored in a secure center", "Kennedy", "wrote")]


def test_a_prepositional_object_then_another_verb_is_no_setting_before_a_content():
    # "agreed with X and seemed to think ...": "with X" is the cue's object, the clause another verb's
    assert contents("Intro.\n\nAnderson largely agreed with McLenny and seemed to think the outreach was phony.") == []


def test_a_content_cut_before_the_object_of_including_states_nothing():
    found = quotes.extract('Intro.\n\n"They do not agree," Sanders said, suggesting a few questions, including, "Do you?"')
    assert [quote.kind for quote in found] == ["direct", "direct"]


def test_an_interrupting_attribution_may_end_in_a_phrase_opened_by_earlier():
    assert contents('Intro.\n\nThese employees, Stumpf explained earlier in the hearing, were well paid.') == [
        "These employees", "were well paid"]


@pytest.mark.parametrize("text, expected", [
    # a content inside a free relative ends where the sentence's own verb takes over
    ("Intro.\n\nThe gap between what Trump says his tax plan would do, and what it would actually do, began a year ago.",
     [("his tax plan would do", "Trump", "says")]),
    ("Intro.\n\nThe gap between how experts say it would shape tax law has endured.",
     [("it would shape tax law", "experts", "say")]),
    # not when the free relative's gap is the content's subject: the predicate runs on
    ("Intro.\n\nWhat she says is growing demand for pools, spas and water parks.",
     [("is growing demand for pools, spas and water parks", "she", "says")]),
])
def test_a_content_inside_a_free_relative_ends_with_it(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text, mention", [
    # a plural of people right before a participle says what follows it
    ("Intro.\n\nThe proportion of GOP primary voters saying they want a ban is high.", "GOP primary voters"),
    ("Intro.\n\nThe rivals have traded barbs, both candidates acknowledging that they could meet in November.",
     "both candidates"),
    # not the object of a phrase: the memo's author says it
    ("Intro.\n\nJeff Weiner sent his memo to employees saying the company would grow.", "Jeff Weiner"),
])
def test_people_right_before_a_participle_say_what_follows(text, mention):
    assert [quote.mention for quote in quotes.extract(text) if quote.kind == "indirect"] == [mention]


def test_a_participle_after_a_preposition_of_several_words_speaks_for_the_main_clause():
    assert reported("Intro.\n\nIn addition to stating that unborn babies have no rights, Clinton has vowed to repeal the ban.") == [
        ("unborn babies have no rights", "Clinton", "stating"), ("to repeal the ban", "Clinton", "vowed")]


@pytest.mark.parametrize("text, expected", [
    # a group named by a capitalised word is the addressee of "urged ... to"
    ("Intro.\n\nTrump publicly urged Russian hackers to go looking for the emails.",
     [("Russian hackers to go looking for the emails", "Trump", "urged")]),
    # a gerund after a preposition speaks when "that" follows its setting, or a pronoun before a contraction
    ("Intro.\n\nHe is facing skepticism after saying in a recent debate that he views himself as impartial.",
     [("he views himself as impartial", "He", "saying")]),
    ("Intro.\n\nRyan surprised Trump by declaring he couldn't yet support his candidacy.",
     [("he couldn't yet support his candidacy", "Ryan", "declaring")]),
    # a cue in an opening "As" clause: its content ends where the main clause begins
    ("Intro.\n\nAs President Obama announces that he is ready for the fight, he is set to release new orders.",
     [("he is ready for the fight", "President Obama", "announces")]),
])
def test_cues_after_a_group_addressee_a_preposition_or_an_opening_as(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a promise without "that": a clause with a pronoun subject (not an object: "promised us a tax cut")
    ("Intro.\n\nThe candidates promised they would stand by Israel.", ["they would stand by Israel"]),
    # an agreement is a commitment: its infinitive, or a clause opening with "there"
    ("Intro.\n\nGrand Central agreed to republish the book as a paperback.", ["to republish the book as a paperback"]),
    ("Intro.\n\nThree scholars agreed there are qualified candidates.", ["there are qualified candidates"]),
    ("Intro.\n\nHe promised us a tax cut.", []),
    # a cue in an opening subordinate clause: the content ends before the main clause, after a dash aside too
    ("Intro.\n\nWhile Iowa hands say there is a benefit — known here as the full Grassley — they say it would cost more.",
     ["there is a benefit", "it would cost more"]),
    ("Intro.\n\nIn a year in which a majority of Americans say they do not trust her, even some allies questioned it.",
     ["they do not trust her"]),
])
def test_contents_of_promises_and_of_cues_in_subordinate_clauses(text, expected):
    assert contents(text) == expected


def test_the_role_after_an_inverted_attribution_is_no_content():
    text = ('Intro.\n\nBut with other voters split, "Trump\'s loyal 22% goes a long way here," says David Paleologos, '
            'director of the Suffolk University Political Research Center in Boston.')
    assert not any("director" in content for content in contents(text))
    assert contents("Intro.\n\nThe contrast, said Doyle, would be clear.") == ["The contrast", "would be clear"]
    # a description whose only verb is in its relative clause is the speaker's, not the content's
    assert contents("Intro.\n\nMany factors impact the cost of college, said Mark Kantrowitz, a debt expert who has "
                    "published books.") == ["Many factors impact the cost of college"]
    # nor after "according to X,": a clause ending in a form of "be" takes no object after the source
    assert contents("Intro.\n\nHer rating is worse than his has been, according to Bill McInturff, a pollster who ran the "
                    "poll.") == ["Her rating is worse than his has been"]


@pytest.mark.parametrize("text, expected", [
    # an opening phrase and a dependent clause before "X wrote" are no content: X's clause is the main one
    ("Intro.\n\nOn Tuesday, even as shares of Valeant were tumbling, Mr. Ackman wrote to investors.", []),
    # but a dependent clause whose main clause follows is one
    ("Intro.\n\nAs a rule, if a student's income is high, they can pay the loans back, he said.",
     ["As a rule, if a student's income is high, they can pay the loans back"]),
])
def test_an_opening_phrase_then_a_dependent_clause_before_the_attribution(text, expected):
    assert contents(text) == expected


@pytest.mark.parametrize("text, mention", [
    # a short phrase without a verb set off between the subject and its cue
    ("Intro.\n\nJust over a quarter, 26 percent, say they will vote for someone else.", "a quarter"),
    ("Intro.\n\nNumerous veterans at the rallies, including Mr. Jebens, said they had no problem with it.",
     "Numerous veterans at the rallies"),
    ("Intro.\n\nOther agencies, such as the Asian Development Bank, have said that it is too early to comment.",
     "Other agencies"),
    # a word a "who" clause describes after an article is a noun, whatever the tagger says of it alone
    ("Intro.\n\nThe veteran lock, who is 36 at the end of February, told BBC Wales that it is time for him to go.",
     "The veteran lock"),
    ("Intro.\n\nThe 31-year-old, who won silver in Sydney in 2000, said during the Games that an injury had stopped him.",
     "The 31-year-old"),
    # after auxiliaries too; and after an opening participle phrase the words set off are the subject
    ("Intro.\n\nSeveral banks, citing the suspension, have already said they might take such a step.",
     "Several banks"),
    # a name in the possessive form ("Albertson's") with its apposition before the cue is the subject, no owner
    ("Intro.\n\nAlbertson's, a grocery chain, said the plan will fail.", "Albertson's"),
    # ... and a past participle's phrase describes the subject ("hit hard by losses"), though "hit" is finite too
    ("Intro.\n\nThe concern, hit hard by losses, has said it expects a profit.", "The concern"),
    ("Intro.\n\nLooking further ahead, the MDA's chairman Mike Short, has predicted that more people will go online.",
     "the MDA's chairman Mike Short"),
])
def test_the_subject_before_a_set_off_phrase_speaks(text, mention):
    assert [quote.mention for quote in quotes.extract(text) if quote.kind == "indirect"] == [mention]


@pytest.mark.parametrize("text, expected", [
    # a concession without a verb set off inside the content's subject: its verb still follows
    ("Intro.\n\nDealers also said fears of a trade war with Japan, although less acute, remain a nagging concern.",
     ["fears of a trade war with Japan, although less acute, remain a nagging concern"]),
    ("Intro.\n\nThe forecast of a maize crop, while again premature, was not out of line, an AGPM official said.",
     ["The forecast of a maize crop, while again premature, was not out of line"]),
    # not a clause of the writer's with a subject of its own, nor an aside that is no concession
    ("Intro.\n\nAnalysts estimate the cash flow at one billion dlrs, while long term debt, which resulted from "
     "restructuring, hovers about 5.9 billion dlrs.", ["the cash flow at one billion dlrs"]),
    ("Intro.\n\nTaft did not indicate the size of the gain, if any, it would post on the sale.", []),
])
def test_a_verbless_concession_inside_the_subject(text, expected):
    assert [quote.text for quote in quotes.extract(text) if quote.kind == "indirect"] == expected


@pytest.mark.parametrize("text, expected", [
    # places listed with commas before a pair joined by "and" are one list: the people before it speak ...
    ("Intro.\n\nLaw officers from California, Illinois and Alaska said they relied on the system.",
     ("Law officers from California, Illinois and Alaska", "law officers")),
    # ... or all the places together, two-word names too
    ("Intro.\n\nTexas, New Mexico, Oklahoma and Kansas said they had more damage.",
     ("Texas, New Mexico, Oklahoma and Kansas", "Texas, New Mexico, Oklahoma and Kansas")),
    # and people in places joined by "and" are those people, not a pair of names
    ("Intro.\n\nOfficials in Mexico and Ecuador said production would rise.", ("Officials in Mexico and Ecuador", "officials")),
])
def test_a_list_of_places_is_one_phrase(text, expected):
    assert [(quote.mention, quote.speaker) for quote in quotes.extract(text)] == [expected]
    # (a surname in -s is no plural noun: two people with their employers stay two)
    text = "Intro.\n\nPeter Collins of Acme and Ann Jones of Bolt spoke.\n\nCollins of Acme and Jones of Bolt said the deal would close."
    assert [quote.speaker for quote in quotes.extract(text)] == ["Peter Collins and Ann Jones"]


@pytest.mark.parametrize("text, expected", [
    # a pronoun a "who" clause describes speaks: people unnamed, a group
    ("Intro.\n\nThose who believed the Fed will intervene said it would add reserves.",
     [("it would add reserves", "Those", None, "group")]),
    ("Intro.\n\nSome of those who have been banned protested their innocence and said they were being punished.",
     [("they were being punished", "those", None, "group")]),
])
def test_those_who_speak_are_an_unnamed_group(text, expected):
    assert [(quote.text, quote.mention, quote.speaker, quote.speaker_type) for quote in quotes.extract(text)] == expected


def test_a_which_clause_after_a_word_the_tagger_reads_as_no_noun_sets_off_no_speaker():
    # "The former, which provide ...": not a person's description; no speaker "former"
    text = "Intro.\n\nThe former, which provide the ADB with money, generally emphasized the need for quality projects."
    assert [quote.mention for quote in quotes.extract(text)] == []


def test_a_relative_clause_describing_an_inverted_speaker_is_skipped():
    text = "Intro.\n\nAnd Trump, said Sunshine, who remains friendly with her former boss, doesn't forgive or forget."
    assert contents(text) == ["Trump", "doesn't forgive or forget"]


@pytest.mark.parametrize("text, expected", [
    # what was proposed is what was said, as the annotators mark it
    ("Intro.\n\nClinton has proposed a modest tax on high-frequency trading.", ["a modest tax on high-frequency trading"]),
    # not who it was proposed for, nor a participle before its noun after a number
    ("Intro.\n\nThe rate is far lower than the top rate he has proposed for individuals.", []),
    ("Intro.\n\nNeither were her five proposed bills.", []),
    ("Intro.\n\nThe five said the plan would fail.", ["the plan would fail"]),
])
def test_the_object_of_a_proposal(text, expected):
    assert contents(text) == expected


def test_a_wire_headline_in_capitals_reports_nothing_its_story_does():
    text = ("IRAN SAYS END OF MAJOR OFFENSIVE IN GULF WAR\n\nTEHRAN, March 3 - Iran said its major offensive in "
            "the Gulf war had ended.\n\nI SAID NO.")
    assert reported(text) == [("its major offensive in the Gulf war had ended", "Iran", "said")]


@pytest.mark.parametrize("text, expected", [
    # "to" before a noun phrase is a preposition: what was agreed to, pledged to, is no content
    ("Intro.\n\nThe union finally agreed to a 10-month moratorium.", []),
    ("Intro.\n\nThe delegates pledged to Okafor may reconsider.", []),
    ("Intro.\n\nThe party vowed to properly carry the mantle.", ["to properly carry the mantle"]),
    ("Intro.\n\nThe company has offered to cover the cost of schooling.", ["to cover the cost of schooling"]),
    # a topic after "about" or "on" is what the speech was about, not what was said
    ("Intro.\n\nRamos reminded viewers about his daughter's job in order to show there was no conflict.", []),
    ("Intro.\n\nThe analyst was commenting on how the maneuvering could hurt the country.", []),
    # but "about" before a number is the content's, and an act after "about" or "on" is what was said
    ("Intro.\n\nThe budget office said about half of the adjustment reflected lower revenue.",
     ["about half of the adjustment reflected lower revenue"]),
    ("Intro.\n\nShe joked about moving to New Zealand if Trump is elected.", ["about moving to New Zealand if Trump is elected"]),
    # a question's topic is what was asked
    ("Intro.\n\nShe asked about how the plan would work.", ["how the plan would work"]),
])
def test_a_preposition_after_the_cue_opens_no_content_but_an_infinitive(text, expected):
    assert contents(text) == expected


@pytest.mark.parametrize("text", [
    "Intro.\n\nFarmers' leader Mina Castell said on French radio the milk sector needs restructuring.",
    "Intro.\n\nMina Castell told BBC One's Breakfast with Frost programme the milk sector needs restructuring.",
])
def test_the_occasion_named_by_several_words_is_left_out(text):
    assert contents(text) == ["the milk sector needs restructuring"]


def test_a_condition_after_a_commitments_object_is_no_content():
    assert contents("Intro.\n\nHowever, airlines do not have to offer compensation if flights are cancelled.") == []
    assert contents("Intro.\n\nMina Castell said if the plan fails, she will resign.") == ["if the plan fails, she will resign"]


def test_the_person_a_content_opens_with_is_not_its_pronoun_speaker():
    text = ("Election campaign.\n\nOpposition leader Graham Pell spoke in Leeds on Monday.\n\nPrime Minister Tony "
            "Marsh has failed to tackle these problems, he claimed.\n\nAnd Tony Marsh would be in the front line of "
            "the campaign, he said.")
    assert [quote.speaker for quote in quotes.extract(text) if quote.kind == "indirect"] == ["Graham Pell", "Graham Pell"]


def test_a_name_further_in_the_content_may_be_its_pronoun_speakers():
    text = ("Bank deal.\n\nNimal Perera told Reuters the bank would grow. A Swiss group, which Perera declined to "
            "identify, has agreed to guarantee the credits, he said.")
    assert [quote.speaker for quote in quotes.extract(text) if quote.kind == "indirect"] == ["Nimal Perera", "Nimal Perera"]


@pytest.mark.parametrize("text, expected", [
    # a cue word right after the sentence's opening preposition is a noun or a modifier: no one speaks
    ("Intro.\n\nDespite repeated central bank intervention, the dollar plunged to a new low.", []),
    ("Intro.\n\nDespite pledges last year that prices would change, officials said no change would come.",
     ["no change would come"]),
    ("Intro.\n\nUnder proposed rules, sweeteners would be taxed.", []),
    ("Intro.\n\nThe following proposed securities offerings were filed recently with the SEC:", []),
    # but after a subordinator, or "As ... by", it is a participle with its own clause
    ("Intro.\n\nWhen asked if the talks would go on, Mina Castell smiled.", ["if the talks would go on"]),
    ("Intro.\n\nAs reported by the Gazette, the council met in private.", ["the council met in private"]),
])
def test_a_cue_word_after_an_opening_preposition(text, expected):
    assert contents(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "that" further after an addressee or an occasion still opens the content
    ("Intro.\n\nMina Castell told Reuters on her return from a World Bank sponsored donors' conference in New York "
     "that the aid would buy spare parts.", ["the aid would buy spare parts"]),
    # but a "that" after a noun and before an auxiliary opens a relative clause of the noun
    ("Intro.\n\nShe told reporters she hoped the council could deal with another health proposal that would "
     "forbid the feeding of hormones.",
     ["she hoped the council could deal with another health proposal that would forbid the feeding of hormones"]),
])
def test_the_that_of_a_content_far_after_its_addressee(text, expected):
    assert contents(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a party's word after a verb or a preposition, before a cue word in -s, makes a noun phrase
    ("Intro.\n\nThe Liberal Democrats backed Tory demands that the plans be put on hold.", []),
    ("Intro.\n\nMr Blair derided Tory claims they could cut spending, saying the party had got its sums wrong.",
     ["the party had got its sums wrong"]),
    # but the party speaks when it opens the clause
    ("Intro.\n\nLabour claims the Tories would cut spending.", ["the Tories would cut spending"]),
])
def test_a_party_word_before_a_cue_noun(text, expected):
    assert contents(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name set off before a bare role of a body whose closing comma is left out is the speaker, no content
    ("Intro.\n\nRebel raids endanger the oil bonanza, Franciso Chona, manager of the state oil company Ecopetrol said.",
     [("Rebel raids endanger the oil bonanza", "Franciso Chona")]),
    # but a role with its article is the writer's own apposition, and the name before it is the content's
    ("Intro.\n\nThe plan will fail, Ann Okafor, a manager at the firm, said.", [("The plan will fail", "Ann Okafor")]),
    # so is a title its owner's possessive qualifies, the closing comma left out
    ("Intro.\n\nHis enthusiasm remains undimmed, Alan Okafor, Labour's election strategist told Radio 4.",
     [("His enthusiasm remains undimmed", "Alan Okafor")]),
    # a new name opening the sentence before such a role speaks too, and so it does before "X and Y of"
    ("Intro.\n\nArkadi Okafor, president of Deak International said the purchase will expand its trading.",
     [("the purchase will expand its trading", "Arkadi Okafor")]),
    ("Intro.\n\nArkadi Okafor, president and chief executive officer of Deak International said the purchase will "
     "expand its trading.", [("the purchase will expand its trading", "Arkadi Okafor")]),
    # a role's domain after "of" is no finding: "director of research" speaks
    ("Intro.\n\nHoward Okafor, director of research for Staley Corp said the crop was large.",
     [("the crop was large", "Howard Okafor")]),
    # but not a place listed before such a role
    ("Intro.\n\nPrices will rise in Paris, London, the firm's chief economist said.",
     [("Prices will rise in Paris, London", "chief economist")]),
])
def test_a_name_before_a_bare_role_of_a_body_ends_the_content(text, expected):
    assert [(quote.text, quote.speaker) for quote in quotes.extract(text) if quote.kind == "indirect"] == expected


@pytest.mark.parametrize("text, speaker", [
    # the body that released the figures or wrote the report speaks through them, without the day it did
    ("Intro.\n\nTrade rose, according to figures released by the Finance Ministry on Wednesday.", "Finance Ministry"),
    ("Intro.\n\nTrade rose, according to a report by the Audubon Society.", "Audubon Society"),
    ("Intro.\n\nTrade rose, according to provisional data from the Federal Statistics Office.", "Federal Statistics Office"),
    ("Intro.\n\nTrade rose, according to a report by UK think-tank Demos.", "Demos"),
    # but a place they come from is no source
    ("Intro.\n\nOnly a quarter were insured, according to estimates from India.", "estimates"),
])
def test_figures_or_a_report_by_a_body_are_that_bodys(text, speaker):
    assert [quote.speaker for quote in quotes.extract(text) if quote.kind == "indirect"] == [speaker]


def test_they_after_figures_a_body_issued_are_not_that_body():
    text = ("Intro.\n\nThe crop may be large, according to sugar analysts.\n\nExports rose, according to figures "
            "received by the International Sugar Organization.\n\nJanuary gives a good indication, they said.")
    assert [quote.speaker for quote in quotes.extract(text) if quote.kind == "indirect"] == [
        "sugar analysts", "International Sugar Organization", "sugar analysts"]


@pytest.mark.parametrize("text, speaker", [
    # a participle right after the object of a finite verb speaks for the clause's subject
    ("Intro.\n\nMr Okafor also left UKIP saying the party had lost its way.", "Okafor"),
    ("Intro.\n\nAnn Okafor joined Labour saying the party had changed.", "Ann Okafor"),
    # but one heard or quoted saying it speaks
    ("Intro.\n\nReporters heard Ann Okafor saying the party had changed.", "Ann Okafor"),
])
def test_a_participle_after_an_object_speaks_for_the_clauses_subject(text, speaker):
    assert [quote.speaker for quote in quotes.extract(text) if quote.kind == "indirect"] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # one quoted in the passive speaks, whatever medium passed it on
    ("Intro.\n\nThe dollar fell after Baker was quoted on British television at the weekend as repeating that "
     "Washington had no target.", "Baker"),
    # a time phrase opening the clause is not the subject's
    ("Intro.\n\nLast month Dutch traders said the sugar on offer was Belgian.", "Dutch traders"),
    ("Intro.\n\nFriday night exporters said the sugar on offer was Belgian.", "exporters"),
    # and a place keeps its capital in a group's description
    ("Intro.\n\nThe dollar was weak, London traders said.", "London traders"),
])
def test_the_speaker_without_the_medium_or_the_time(text, speaker):
    assert [quote.speaker for quote in quotes.extract(text) if quote.kind == "indirect"] == [speaker]


@pytest.mark.parametrize("text, expected", [
    # a capacity after a sentence-final speaker is no object: the clause before is what was said
    ("LONDON, March 27 - Okafor Credit Ltd is issuing a 75 mln dlr eurobond due 1990, said Roe Brothers "
     "International Ltd as lead manager.",
     [("Okafor Credit Ltd is issuing a 75 mln dlr eurobond due 1990", "Roe Brothers International Ltd")]),
    ("LONDON, March 27 - Okafor Credit Ltd is issuing a bond due 1990, said Roe Bank as co-lead manager.",
     [("Okafor Credit Ltd is issuing a bond due 1990", "Roe Bank")]),
    # but not any phrase after "as": one that ends in no role may be the verb's own
    ("LONDON, March 27 - The bond is due 1990, said Roe Brothers as expected.", []),
])
def test_a_capacity_after_a_final_speaker_keeps_the_clause_before(text, expected):
    assert [(quote.text, quote.speaker) for quote in quotes.extract(text) if quote.kind == "indirect"] == expected


@pytest.mark.parametrize("text, expected", [
    # a cue in -ed after an adverb and an article qualifies the noun after it: nobody said anything
    ("Intro.\n\nThe switch-off was planned, with 2012 the most recently proposed date.", []),
    ("Intro.\n\nThe widely reported claim that he resigned was false.", []),
    # but a noun in -ly is a subject ("his family agreed")
    ("Intro.\n\nMembers of his family agreed to sell their shares.", ["to sell their shares"]),
])
def test_a_participle_after_an_adverb_and_an_article_is_no_cue(text, expected):
    assert [quote.text for quote in quotes.extract(text) if quote.kind == "indirect"] == expected


def test_a_semicolon_inside_parentheses_ends_no_clause():
    # "($8bn; £6bn)": the currencies' semicolon is inside the figure, not between two clauses
    text = ("Intro.\n\nTurkey would contribute almost 6bn euros ($8bn; £6bn) to its budget by 2014, according to a "
            "study by the State Planning Organisation.")
    assert [quote.text for quote in quotes.extract(text) if quote.kind == "indirect"] == [
        "Turkey would contribute almost 6bn euros ($8bn; £6bn) to its budget by 2014"]


@pytest.mark.parametrize("text, expected", [
    # "but declined", "but gave no": the speaker's own act after the attribution, not the content going on
    ("Intro.\n\nGrowth was 2.4 pct, he added, but gave no figures.", ["Growth was 2.4 pct"]),
    ("Intro.\n\nThe talks failed, the senior bank official said, but declined to be more specific.", ["The talks failed"]),
    ("Intro.\n\nThe loss was large, he said, but did not elaborate.", ["The loss was large"]),
    # but a modal, the present or a participle of the content's subject go on with the content
    ("Intro.\n\nProfits rose, he said, and would rise again.", ["Profits rose", "and would rise again"]),
    ("Intro.\n\nAid is a priority, the BBC's Jonathan Beale reports, and planned spending would double.",
     ["Aid is a priority", "and planned spending would double"]),
])
def test_a_coordinated_act_of_the_speaker_is_no_content(text, expected):
    assert [quote.text for quote in quotes.extract(text) if quote.kind == "indirect"] == expected


@pytest.mark.parametrize("text, expected", [
    # a station's number is part of its name: "told Radio 4" is an addressee, not the content's first word
    ("Intro.\n\nMr Okafor told Radio 4 the plan would fail.", ["the plan would fail"]),
    ("Intro.\n\nMr Okafor told Channel 4 News the party was split.", ["the party was split"]),
    ("Intro.\n\nThe plan would fail, Mr Okafor told BBC Radio 4.", ["The plan would fail"]),
    # but news style spells out a count under ten: a figure after a name opens the content
    ("Intro.\n\nMr Okafor told Reuters 300 workers would go.", ["300 workers would go"]),
])
def test_a_stations_number_ends_the_addressee(text, expected):
    assert [quote.text for quote in quotes.extract(text) if quote.kind == "indirect"] == expected


@pytest.mark.parametrize("text, expected", [
    # ", but speaking in ...": a participle's phrase after "but" opens the writer's next clause
    ("Intro.\n\nLast year she insisted that a comeback was unlikely, but speaking in Bangkok Okafor admitted defeat.",
     ["a comeback was unlikely"]),
    # but not a participle before its noun, which may be the content's next clause
    ("Intro.\n\nHe said prices rose, but falling demand hurt sales.", ["prices rose, but falling demand hurt sales"]),
])
def test_a_participle_phrase_after_but_ends_the_content(text, expected):
    assert [quote.text for quote in quotes.extract(text) if quote.kind == "indirect"] == expected


@pytest.mark.parametrize("text, expected", [
    # two adverbs in -ly after the cue are the manner of its verb: nothing reported
    ("Intro.\n\nHe often responded slowly and deliberately but never seemed at a loss for words.", []),
    # but adjectives in -ly before a noun open the content's subject
    ("Intro.\n\nMinisters say elderly and lonely people should decide.", ["elderly and lonely people should decide"]),
])
def test_a_manner_of_the_cue_is_no_content(text, expected):
    assert [quote.text for quote in quotes.extract(text) if quote.kind == "indirect"] == expected


@pytest.mark.parametrize("text, expected", [
    # "..., but according to X, CLAUSE": the source opens the clause after it; the one before is the writer's
    ("Intro.\n\nThe minister went along to listen, but according to those present, it was embarrassing.",
     [("it was embarrassing", "those present")]),
    # a verb phrase sharing the subject before it is said of the whole clause
    ("Intro.\n\nThe findings follow a string of reports, and, according to our correspondent, contain few surprises.",
     [("The findings follow a string of reports", "correspondent"), ("contain few surprises", "correspondent")]),
    # but without a coordinator the source still reports the clause before it
    ("Intro.\n\nThe driver fled, according to police.", [("The driver fled", "police")]),
])
def test_a_source_after_a_coordinator_reports_the_clause_after_it(text, expected):
    assert [(quote.text, quote.speaker) for quote in quotes.extract(text) if quote.kind == "indirect"] == expected


@pytest.mark.parametrize("text, expected", [
    # a hyphen inside a name after a dateline is no dateline dash: the content keeps "U.S. M-1"
    ("U.S. M-1 MONEY SUPPLY RISES\n\nNEW YORK, March 26 - U.S. M-1 money supply rose 1.2 billion dlrs, the Federal Reserve said.",
     ["U.S. M-1 money supply rose 1.2 billion dlrs"]),
    ("U.S.-CANADA TIES SEEN WORSE\n\nWASHINGTON, June 18 - U.S.-Canadian ties could worsen, officials said.",
     ["U.S.-Canadian ties could worsen"]),
])
def test_a_hyphen_after_a_dateline_is_no_dash(text, expected):
    assert [quote.text for quote in quotes.extract(text) if quote.kind == "indirect"] == expected


@pytest.mark.parametrize("text, expected", [
    # a cue's form before "such as" is a noun its examples follow: nothing reported
    ("Intro.\n\nSadly comments such as his will make people believe that they are governed by tyrants.", []),
    # but "said such a plan" is a verb and its content
    ("Intro.\n\nHe said such a plan would fail.", ["such a plan would fail"]),
])
def test_a_cue_before_such_as_is_a_noun(text, expected):
    assert [quote.text for quote in quotes.extract(text) if quote.kind == "indirect"] == expected


@pytest.mark.parametrize("text, expected", [
    # a participle after an article qualifies its noun: "In a related action," is an opening phrase, no clause
    ("Intro.\n\nIn a related action, Okafor downgraded his opinion of the stock, the spokeswoman said.",
     ["In a related action, Okafor downgraded his opinion of the stock"]),
    ("Intro.\n\nDespite an expected loss, the firm remains well capitalized, analysts said.",
     ["Despite an expected loss, the firm remains well capitalized"]),
])
def test_an_opening_phrase_with_a_participle_then_the_clause(text, expected):
    assert [quote.text for quote in quotes.extract(text) if quote.kind == "indirect"] == expected


@pytest.mark.parametrize("text, expected", [
    # a dash, a phrase of time or place and a new speaker: the content ended at the dash
    ('Intro.\n\nThe Kiwi said he was dragged back after grounding a try - on his death-bed years later he '
     'exclaimed: "I did score that try."', ["he was dragged back after grounding a try"]),
    # but a relative clause between dashes with a speech verb stays inside the content
    ("Intro.\n\nOkafor said capital flows -- which he estimated can approach 200 billion dlrs a day -- would "
     "overwhelm governments.", ["capital flows -- which he estimated can approach 200 billion dlrs a day -- would overwhelm governments"]),
])
def test_a_dash_then_a_new_attribution_ends_the_content(text, expected):
    assert [quote.text for quote in quotes.extract(text) if quote.kind == "indirect"] == expected


@pytest.mark.parametrize("text, expected", [
    # a semicolon inside parentheses ends no content ("25bn rupees ($250m; £135m)")
    ("Intro.\n\nThe association estimates that the banks have 25bn rupees ($250m; £135m) of loans outstanding.",
     ["the banks have 25bn rupees ($250m; £135m) of loans outstanding"]),
    # a finding through "which" is no speech ("research which suggests that")
    ("Intro.\n\nThis is backed by recent research which suggests that broadband use has exploded.", []),
    # a description set off after a named source is not the content's
    ("Intro.\n\nAccording to Il Sole 24 Ore, Italy's business newspaper, the government will fail.", ["the government will fail"]),
    # and so is a document's title set off after it, not a name then its age
    ("Intro.\n\nAccording to a new book, Brown's Britain, Mr Blair went back on a pledge.", ["Mr Blair went back on a pledge"]),
    ("Intro.\n\nAccording to the police report, King, 42, was in Miami.", ["King, 42, was in Miami"]),
])
def test_content_edges_around_parentheses_findings_and_sources(text, expected):
    assert [quote.text for quote in quotes.extract(text) if quote.kind == "indirect"] == expected


@pytest.mark.parametrize("text, expected", [
    # a name set off after a role the source phrase gives is the source, not the content's subject
    ("Intro.\n\nAccording to the association's president, Erin Ariss, more than 1,000 nurses left.",
     [("more than 1,000 nurses left", "Erin Ariss", "Erin Ariss")]),
    # after a document the name opens the content, and is not the document's author
    ("Intro.\n\nAccording to an FBI report on its probe, Cheryl Mills, a top aide, sent an email.",
     [("Cheryl Mills, a top aide, sent an email", "an FBI report on its probe", "FBI")]),
    # a person "of" a firm whose name holds "and" is one person
    ("Intro.\n\nAccording to its lawyer, Emmanuel Gaillard of Shearman and Sterling, the claim is sound.",
     [("the claim is sound", "Emmanuel Gaillard of Shearman and Sterling", "Emmanuel Gaillard")]),
    ("Intro.\n\nAnalyst Carol Bell of Phillips and Drew said the market would fall.",
     [("the market would fall", "Analyst Carol Bell of Phillips and Drew", "Carol Bell")]),
    # a body's name longer than a phrase's words is read to its end
    ("Intro.\n\nInvestment fell 40 per cent, according to the Canadian Venture Capital and Private Equity Association.",
     [("Investment fell 40 per cent", "the Canadian Venture Capital and Private Equity Association",
       "Canadian Venture Capital and Private Equity Association")]),
])
def test_a_name_after_a_role_speaks(text, expected):
    assert [(quote.text, quote.mention, quote.speaker) for quote in quotes.extract(text) if quote.kind == "indirect"] == expected


@pytest.mark.parametrize("text, expected", [
    # a verb of the manner of speaking reports what follows "that"
    ("Intro.\n\nThe mayor fumed that the council had betrayed the city.", ["the council had betrayed the city"]),
    ("Intro.\n\nMany foreign firms had protested that the SEC was imposing an unfair burden.",
     ["the SEC was imposing an unfair burden"]),
    # not its object, nor a noun of the same spelling
    ("Intro.\n\nWorkers protested the decision on Monday.", []),
    ("Intro.\n\nThe committee, over Republican protests, approved the budget.", []),
    ("Intro.\n\nA fire set off toxic fumes which suffocated miners underground.", []),
])
def test_a_manner_of_speaking_reports_a_that_clause(text, expected):
    assert [quote.text for quote in quotes.extract(text) if quote.kind == "indirect"] == expected


@pytest.mark.parametrize("text, expected", [
    # a date after the subject says when, not who: the phrase before it speaks
    ("Intro.\n\nThe white paper on agriculture for the year ended March 31 said farm trade rules will help Japan.",
     [("farm trade rules will help Japan", "The white paper on agriculture")]),
    ("Intro.\n\nThe report released on March 31 said exports would rise.", [("exports would rise", "The report")]),
    ("Intro.\n\nThe ministry report for the fiscal year ending June 30 said imports would fall.",
     [("imports would fall", "The ministry report")]),
    ("Intro.\n\nThe agency in its latest report for the four weeks ending May 22 said demand was up.",
     [("demand was up", "The agency")]),
    ("Intro.\n\nSanders on March 31 said he would run.", [("he would run", "Sanders")]),
])
def test_a_date_after_the_subject_is_no_speaker(text, expected):
    assert [(quote.text, quote.mention) for quote in quotes.extract(text) if quote.kind == "indirect"] == expected


@pytest.mark.parametrize("text, expected", [
    # a capitalised word of a name is no verb of the content: the apposition after it describes the subject
    ("Intro.\n\nHarcourt said Acme Holds, a New York investment firm, would buy the shares.",
     ["Acme Holds, a New York investment firm, would buy the shares"]),
    # but after a verb of the content, an apposition is the writer's gloss
    ("Intro.\n\nHarcourt said it bought Acme Holds, a New York investment firm, last year.", ["it bought Acme Holds"]),
])
def test_a_names_word_is_no_verb_of_the_content(text, expected):
    assert [quote.text for quote in quotes.extract(text) if quote.kind == "indirect"] == expected


@pytest.mark.parametrize("text, expected", [
    # a publication by its kind: "The daily said" reports, as "The newspaper said" does ("daily" is no adverb here)
    ("Intro.\n\nThe daily said price increases had been taking place too quickly.",
     [("price increases had been taking place too quickly", "daily", "organization")]),
    ("Intro.\n\nThe US regulator said foreign firms may get extra time.",
     [("foreign firms may get extra time", "US regulator", "organization")]),
    # not a person's role that names a kind of institution too, nor a phrase without its article
    ("Intro.\n\nThe feminist writer and broadcaster said she would wait.",
     [("she would wait", "feminist writer and broadcaster", "person")]),
    ("Intro.\n\nNeither regulator said what it would do.", [("what it would do", "neither regulator", "person")]),
    # an adverb in -ly before a participle still qualifies a noun: no one speaks
    ("Intro.\n\nThe widely reported claim was false.", []),
])
def test_an_institution_by_its_kind_speaks_as_a_body(text, expected):
    assert [(quote.text, quote.speaker, quote.speaker_type) for quote in quotes.extract(text) if quote.kind == "indirect"] == expected


@pytest.mark.parametrize("text, expected", [
    # "maintain" reports a clause, with or without "that"
    ("Intro.\n\nBritain maintained the allocations were much too high.", ["the allocations were much too high"]),
    ("Intro.\n\nThe campaign has long maintained that they were not marked classified.", ["they were not marked classified"]),
    ("Intro.\n\nWestern officials maintain the industrial world needs to expand.", ["the industrial world needs to expand"]),
    # never its object: a lead, control or a position is kept, not said
    ("Intro.\n\nClinton maintains a commanding lead over Sanders among black voters.", []),
    ("Intro.\n\nAllied-Lyons maintains control of the board and has total responsibility for its management.", []),
    ("Intro.\n\nThe firms maintain a list of products that can be exported.", []),
    # so does "add": a company's "added it ..." is what it said; shares and indexes add points
    ("Intro.\n\nThe company added it has asked the bank to suspend trading.", ["it has asked the bank to suspend trading"]),
    ('Intro.\n\n"We won," one official said, adding the result augured well for talks.', ["the result augured well for talks"]),
    ("Intro.\n\nThe index added 12 points as investors bought shares.", []),
    ("Intro.\n\nThe economy adds more jobs than expected.", []),
    ('Intro.\n\nThey should add back the "Golden Week" eliminated by the legislature.', []),
    ("Intro.\n\nHe added to the list that he made.", []),
    # a content after "that" and an aside is still the content
    ("Intro.\n\nFranklin added that, in Wisconsin, the coalition consists of new voters.",
     ["in Wisconsin, the coalition consists of new voters"]),
])
def test_a_clausal_cue_reports_a_clause_not_its_object(text, expected):
    assert [quote.text for quote in quotes.extract(text) if quote.kind == "indirect"] == expected


@pytest.mark.parametrize("text, expected", [
    # a past participle after a document's noun qualifies it: the document is the head, no person
    ("Intro.\n\nAccording to a registration document filed with the Securities and Exchange Commission, Nasdaq plans a sale.",
     [("registration document", "organization")]),
    ("Intro.\n\nAccording to figures released at the end of 2004, sales rose.", [("figures", "group")]),
    # a person's role keeps its head
    ("Intro.\n\nAccording to a source involved in the talks, output fell.", [("source", "person")]),
])
def test_a_participle_after_a_documents_noun_is_not_its_head(text, expected):
    assert [(quote.speaker, quote.speaker_type) for quote in quotes.extract(text) if quote.kind == "indirect"] == expected


@pytest.mark.parametrize("text, expected", [
    # the name closing an opening phrase is a preposition's object: the subject comes after it, past its relative clause
    ("Intro.\n\nIn a filing with the Securities and Exchange Commission, the group, which includes Sun Equities Corp,"
     " said it sold shares.", [("it sold shares", "the group")]),
    ("Intro.\n\nIn remarks before the National Press Club, Rostenkowski, D-Ill., predicted trade legislation would pass.",
     [("trade legislation would pass", "Rostenkowski")]),
    ("Intro.\n\nIn a filing with the SEC, the concern, which comprises Paragon Associates, said it bought the stake.",
     [("it bought the stake", "the concern")]),
    # not a name after an opening phrase left without its comma
    ("Intro.\n\nAt the time Woolf, the judge, said it was fine.", [("it was fine", "Woolf")]),
    ("Intro.\n\nIn a separate interview Karl-Heinz Briam, the board member responsible for labour relations, said VW"
     " did not plan to hire.", [("VW did not plan to hire", "Karl-Heinz Briam")]),
])
def test_an_opening_phrases_object_is_no_subject(text, expected):
    assert [(quote.text, quote.mention) for quote in quotes.extract(text) if quote.kind == "indirect"] == expected


def test_the_group_is_the_group_of_firms_that_spoke():
    # "the group" is the group named "A group of ... led by" that spoke, not the agency it filed with
    text = ("Robeson stake.\n\nA group of investment firms led by Fundamental Management Corp said it raised its stake.\n\n"
            "In a filing with the Securities and Exchange Commission, the group said it bought 32,800 shares.")
    assert [quote.speaker for quote in quotes.extract(text) if quote.kind == "indirect"] == ["investment firms"] * 2


@pytest.mark.parametrize("text, expected", [
    # a describer between the role's preposition and a body's name: the role is the head, the body named with it
    ("Intro.\n\nThe target was set at 600,000 tonnes, a spokesman for the state-owned Taiwan Sugar Corp told Reuters.\n\n"
     "He said consumption was rising.", [("Taiwan sugar corp spokesman", "person")] * 2),
    # nor is a name after a describer the head when a preposition comes before it
    ("Intro.\n\nThe talks failed, an aide to former President Bill Clinton told Reuters.", [("aide", "person")]),
    # a role right before a name is still that name's
    ("Intro.\n\nWhite House chief of staff Reince Priebus said the talks failed.", [("Reince Priebus", "person")]),
])
def test_a_describer_before_a_name_makes_it_no_head(text, expected):
    assert [(quote.speaker, quote.speaker_type) for quote in quotes.extract(text) if quote.kind == "indirect"] == expected


def test_people_from_a_place_speak_and_one_of_them_is_singular():
    # "from" and a number's phrase after a plural: the people before it speak; "One" is one of them
    text = "Intro.\n\nDeputies from three provinces said Zhao was weak. One said the state had cut spending."
    assert [(quote.mention, quote.speaker, quote.speaker_type) for quote in quotes.extract(text) if quote.kind == "indirect"] == [
        ("Deputies from three provinces", "deputies", "group"), ("One", "deputy", "person")]


@pytest.mark.parametrize("text, expected", [
    # a kind of institution after a name is the name's: the phrase after an inverted verb takes it in
    ("Intro.\n\nThere was a funereal air at the headquarters, reported AP news agency.", ["AP news agency"]),
    ("Intro.\n\nPrices rose, said Interfax agency.", ["Interfax agency"]),
    # not a noun that is no such kind
    ("Intro.\n\nPrices rose, said Smith on Tuesday.", ["Smith"]),
])
def test_a_kind_of_institution_after_a_name_is_the_names(text, expected):
    assert [quote.mention for quote in quotes.extract(text) if quote.kind == "indirect"] == expected


@pytest.mark.parametrize("text, expected", [
    # "lead" before a role is no verb: the role and the name after it speak
    ("Intro.\n\nZURICH, March 5 - Draukraftwerke AG is launching a 100 mln Swiss franc bond priced at 100-1/4 pct, "
     "lead manager Swiss Bank Corp said.",
     [("Draukraftwerke AG is launching a 100 mln Swiss franc bond priced at 100-1/4 pct", "Swiss Bank Corp", "organization")]),
    ("Intro.\n\nThe bank is issuing a bond, lead manager Union Bank of Switzerland said.",
     [("The bank is issuing a bond", "Union Bank of Switzerland", "organization")]),
    ("Intro.\n\nCPL Real Estate Trust Investment said it sold the unit.",  # (an acronym opening a name is no role)
     [("it sold the unit", "CPL Real Estate Trust Investment", "organization")]),
    ("Intro.\n\nThe team will win, head coach Bill Smith said.", [("The team will win", "Bill Smith", "person")]),
    # a date or a day right before its verb is the content's subject, not when it was said
    ("Intro.\n\nStone said April 10 is the redemption date for the debentures.",
     [("April 10 is the redemption date for the debentures", "Stone", "unknown")]),
    ("Intro.\n\nJackson said Saturday had been a massive demonstration.",
     [("Saturday had been a massive demonstration", "Jackson", "unknown")]),
    ("Intro.\n\nStone said Tuesday the plan would fail.", [("the plan would fail", "Stone", "unknown")]),
    # a role in -men, a short name in brackets after the speaker, "nothing" as a subject
    ("Intro.\n\nThe drop was the main reason for the fall in sales, company spokesmen said.",
     [("The drop was the main reason for the fall in sales", "company spokesmen", "group")]),
    ("Intro.\n\nGrowth will be 4.7 pct in 1988, said economic information company Data Resources Europe Inc (DRI).",
     [("Growth will be 4.7 pct in 1988", "Data Resources Europe Inc", "organization")]),
    ("Intro.\n\nNothing new has been decided, the official said.", [("Nothing new has been decided", "official", "person")]),
    ("Intro.\n\nHe said nothing about it.", []),
    # a wire's company name in brackets keeps both of them in the content
    ("Intro.\n\nThe thrift said the buyer is <BAC Inc>, a corporation.", [("the buyer is <BAC Inc>", "thrift", "unknown")]),
    ("Intro.\n\n<ORS Corp> said <Dominion Securities Inc> has been appointed.",
     [("<Dominion Securities Inc> has been appointed", "ORS Corp", "organization")]),
    ("Intro.\n\nThe minister said yesterday should Seoul revalue the won Korea would suffer.",
     [("should Seoul revalue the won Korea would suffer", "minister", "person")]),
])
def test_a_role_word_or_a_date_that_looks_like_something_else(text, expected):
    assert [(quote.text, quote.speaker, quote.speaker_type) for quote in quotes.extract(text) if quote.kind == "indirect"] == expected


@pytest.mark.parametrize("text, expected", [
    # an addressee ends before the content's subject, a name in capitals as much as "the plan"
    ("Intro.\n\nExport director Carlos Santana told reporters the Saudis were the first suppliers of oil.",
     ["the Saudis were the first suppliers of oil"]),
    ("Intro.\n\nMiyazawa told a press conference Prime Minister Yasuhiro Nakasone is unlikely to go.",
     ["Prime Minister Yasuhiro Nakasone is unlikely to go"]),
    # a role and the name after it are one addressee, the content after them
    ("Intro.\n\nHe told columnist George Will the plan was dead.", ["the plan was dead"]),
    # a noun phrase with its "of" phrases, then a modal, is the content's subject, no addressee ...
    ("Intro.\n\nMr Dein warned the current level of TV coverage of the Premiership may be reaching saturation level.",
     ["the current level of TV coverage of the Premiership may be reaching saturation level"]),
    # ... but an addressee with an "of" phrase ends where the next phrase's article opens
    ("Intro.\n\nSalim told a conference of Saudi businessmen the government had taken a bold step.",
     ["the government had taken a bold step"]),
    # a bare noun for a thing, its phrases with any preposition, owner or adjective, then a modal: the subject
    ("Intro.\n\nThe agency warned demand for Opec's crude in the first quarter would outstrip supply.",
     ["demand for Opec's crude in the first quarter would outstrip supply"]),
    ("Intro.\n\nSome analysts warned part of the gain may be retraced next week.", ["part of the gain may be retraced next week"]),
    # ... not people told, nor after an addressee's article
    ("Intro.\n\nHe told analysts in New York demand would rise.", ["demand would rise"]),
    # a participle describing the people told is part of the addressee
    ("Intro.\n\nIn January, Shell told shocked investors that its reserves were 20% smaller.", ["its reserves were 20% smaller"]),
])
def test_an_addressee_ends_before_the_contents_subject(text, expected):
    assert [quote.text for quote in quotes.extract(text) if quote.kind == "indirect"] == expected


def test_an_addressee_with_an_article_is_no_contents_subject():
    # owners and adjectives join a bare noun's phrases, never an addressee's: "the House of Commons" was told
    found = quotes.extract("Intro.\n\nMulroney told the House of Commons assets of the huge oil company would be examined.")
    assert not any(quote.text.startswith("the House") for quote in found)
    found = quotes.extract("Intro.\n\nHe told investors in the fund profits would rise.")  # people told, plural
    assert not any(quote.text.startswith("investors") for quote in found)


@pytest.mark.parametrize("text, expected", [
    # a wire's opening phrase before the clause is part of the content
    ("Intro.\n\nSharon Steel said as a result of the bankruptcy filing, its exchange offer has been terminated.",
     ["as a result of the bankruptcy filing, its exchange offer has been terminated"]),
    ("Intro.\n\nIt said pending resolution of the matter, it has ceased making a market.",
     ["pending resolution of the matter, it has ceased making a market"]),
    ("Intro.\n\nThe company said following the merger, it will cut jobs.", ["following the merger, it will cut jobs"]),
    ("Intro.\n\nWainoco said without redemption of the rights, the company would not have enough shares.",
     ["without redemption of the rights, the company would not have enough shares"]),
    # but "as" before a name or a quote says what a thing is called
    ("Intro.\n\nFans had declared Saturday as 'Cantona Day' and had planned to wear masks, that were popular.", []),
    # ... and not before a name and its verb: a clause of time or reason opens the content
    ("Intro.\n\nThey said as Mr Mousa was in custody when he died, his case came within the UK's jurisdiction.",
     ["as Mr Mousa was in custody when he died, his case came within the UK's jurisdiction"]),
    # "there" and "more" with an adjective open a clause after a phrase and a cue
    ("Intro.\n\nDe Clercq said after the talks there was a growing impatience with Japan.",
     ["after the talks there was a growing impatience with Japan"]),
    ("Intro.\n\nBankers said more Japanese banks are on the way.", ["more Japanese banks are on the way"]),
    # a meeting it was said at is the occasion, no part of the content
    ("Intro.\n\nThe company said at the meeting a planned new share issue would not be launched.",
     ["a planned new share issue would not be launched"]),
    # an inverted speaker that is a body or a group of people reads on to whom it holds
    ("Intro.\n\nNetworks are here to stay, says a panel of industry experts.", ["Networks are here to stay"]),
    ("Intro.\n\nNetworks are here to stay, said a group of experts.", ["Networks are here to stay"]),
])
def test_a_wires_opening_phrase_and_subject_words(text, expected):
    assert [quote.text for quote in quotes.extract(text) if quote.kind == "indirect"] == expected


@pytest.mark.parametrize("text, expected", [
    # a phrase of purpose, terms or circumstance opens the content, the clause after its comma goes on
    ("Intro.\n\nThe company said under the plan, shareholders of record will receive a right to buy shares.",
     ["under the plan, shareholders of record will receive a right to buy shares"]),
    ("Intro.\n\nThe company said to improve its working capital position, it plans to reduce expenses.",
     ["to improve its working capital position, it plans to reduce expenses"]),
    ("Intro.\n\nJohn Ni said under the proposal, Taiwanese firms would be encouraged to invest.",
     ["under the proposal, Taiwanese firms would be encouraged to invest"]),
    # not a phrase that opens the writer's next attribution, nor one a participle or "and" follows
    ("Intro.\n\nElaborating on plans disclosed in outline last September, company officials said capacity would be cut.",
     ["capacity would be cut"]),
    ("Intro.\n\nAnd this when costs are already estimated in the tens of billions, and countries are trimming forecasts.", []),
    ('Intro.\n\nBaxter said in a telephone interview, adding, "we do not expect any changes."', ["in a telephone interview"]),
    ("Intro.\n\nThe bank said under the plan, a move which analysts expected, it would cut jobs.",
     ["under the plan, a move which analysts expected, it would cut jobs"]),
    ("Intro.\n\nHe vowed to ignore the order, saying the judge was wrong.", ["to ignore the order", "the judge was wrong"]),
    ("Intro.\n\nUnless the authorities agree to make changes, Smith believes England will suffer.", ["to make changes"]),
    # a name's verb in -s before an article, a relative clause after a preposition inside the subject
    ("Intro.\n\nFoo AG plans a bond with warrants, lead manager Swiss Bank Corp said.", ["Foo AG plans a bond with warrants"]),
    ("Intro.\n\nPrices will rise, Chris Clark said in his speech, the text of which was released today.", ["Prices will rise"]),
    ("Intro.\n\nHe said the firm in which he invested would fail.", ["the firm in which he invested would fail"]),
    # (but a relative clause's verb after its pronoun alone may be the verb of a clause that goes on)
    ("Intro.\n\nThe SEC action deals with a waiver of a condition which was made without an extension, Dixons said.",
     ["The SEC action deals with a waiver of a condition which was made without an extension"]),
    ("Intro.\n\nThey said sunflower, maize and sorghum estimates had been reduced despite warm weather, which has allowed harvesting.",
     ["sunflower, maize and sorghum estimates had been reduced despite warm weather"]),
])
def test_an_opening_phrase_and_the_clause_after_it(text, expected):
    assert [quote.text for quote in quotes.extract(text) if quote.kind == "indirect"] == expected


@pytest.mark.parametrize("text, expected", [
    # the clause after an opening phrase goes on past the phrase's comma, a dependent clause's too
    ("Intro.\n\nSeparately, the company said under the plan, holders will receive a right.",
     ["under the plan, holders will receive a right"]),
    ("Intro.\n\nGerald Beyer said if the board accepts the petition, a rule change will be submitted.",
     ["if the board accepts the petition, a rule change will be submitted"]),
    ("Intro.\n\nNevertheless, Cuban said that in a race between Trump and Cruz, he would support the former.",
     ["in a race between Trump and Cruz, he would support the former"]),
    # an email, a tweet, a book: the occasion, no part of the content
    ("Intro.\n\nBruce Ash said in his email, the incident is an illustration of why the party should adopt rules.",
     ["the incident is an illustration of why the party should adopt rules"]),
    ("Intro.\n\nIf she becomes president, Clinton said in a tweet, women will not be punished.",
     ["If she becomes president", "women will not be punished"]),
    # no content: a phrase with a that-clause or a colon in it, an aside, a phrase alone
    ("Intro.\n\nEisenhower writes in his book Going Home to Glory that the East Coast, internationalist wing pleaded.", []),
    ("Intro.\n\nScholars modeled what would happen if they were to reply in kind: By 2019, the trade war would cost jobs.", []),
    ("Intro.\n\nManafort and his firms have advised, in no particular order, a business group tied to Marcos.", []),
    ("Intro.\n\nIt was never just about him, his aides argued in interviews this week; rather, it was his ability.",
     ["It was never just about him"]),
    ("Intro.\n\nScholars at the Peterson Institute modeled what would happen if America were to slap tariffs on Mexico and"
     " China and they were to reply in kind: By 2019, the trade war would cost hundreds of billions of dollars in lost output.", []),
    ("Intro.\n\nOver a 40-year career as a lobbyist, Manafort and his firms have advised, in no particular order, a business"
     " group tied to Ferdinand Marcos, the dictator of the Philippines; Viktor Yanukovych, the ousted Ukrainian president.", []),
    ("Intro.\n\nClinton did not revisit her Wall Street remarks in an address to central Iowa Democrats on Sunday, where she"
     " was accompanied by former president Bill Clinton.", []),
    # in a dependent clause, the main clause after the comma is the writer's
    ("Intro.\n\nAs Freddy, a fun-loving airline pilot with a gift for imitating W.C. Fields, joked with his best friend at"
     " the table, his younger brother grew impatient.", []),
    ('Intro.\n\nLast month, when I asked Bernie Sanders if he would ever endorse Hillary Clinton, he looked straight into my'
     ' iPhone camera, furrowed his brow and said, "I\'m gonna endorse YOU!"', ["if he would ever endorse Hillary Clinton"]),
    # a phrase with a verb of its own is a clause: its comma ends the content as before
    ("Intro.\n\nThree names prominently mentioned as potential nominees are Jane Kelly, a judge on the United States Court"
     " of Appeals in Cedar Rapids, Iowa, and two judges in Washington.", ["as potential nominees are Jane Kelly"]),
    ('Intro.\n\nMalaysia said as many as 1,000 fishermen will be affected and that damage to the industry will be'
     ' "significant", Agence France Presse reported.',
     ['as many as 1,000 fishermen will be affected and that damage to the industry will be "significant"']),
    ("Intro.\n\nWhen he spoke, De Croo said if the bill passed, the community would retaliate.",
     ["if the bill passed, the community would retaliate"]),
])
def test_an_opening_phrase_its_occasion_and_its_edges(text, expected):
    assert [quote.text for quote in quotes.extract(text) if quote.kind == "indirect"] == expected


@pytest.mark.parametrize("text, expected", [
    # a longer lower-case role before a sentence-final name, with no article in it
    ("Intro.\n\nColombia is arranging two co-financings, director of public credit Mauricio Cabrera said.",
     [("Colombia is arranging two co-financings", "Mauricio Cabrera")]),
    ("Intro.\n\nTalks on the loan have made progress, Roland Dumas, head of a parliamentary Foreign Affairs Committee said.",
     []),
    # the capacity a body spoke in, any role noun in it
    ("Intro.\n\nBelgium is launching a paper program, First Chicago Ltd said as arranger.",
     [("Belgium is launching a paper program", "First Chicago Ltd")]),
    ("Intro.\n\nNigeria will issue notes, Law Debenture Trust Corp Plc said as trustee for the notes.",
     [("Nigeria will issue notes", "Law Debenture Trust Corp Plc")]),
    # (not a phrase with no role in it)
    ("Intro.\n\nIt intends to adjust the way it accounts for a deal with a stake in AOL Europe, which it had reported as"
     " advertising revenue.", []),
])
def test_a_longer_role_and_a_capacity_after_a_final_speaker(text, expected):
    assert [(quote.text, quote.speaker) for quote in quotes.extract(text) if quote.kind == "indirect"] == expected


@pytest.mark.parametrize("text, expected", [
    # "here" between a speaker and its cue, where a named speaker works after an inverted cue
    ("Intro.\n\nIt sought to defer interest payments until June, foreign bankers here said.",
     [("It sought to defer interest payments until June", "foreign bankers")]),
    ("Intro.\n\nThe list could damage faith in Ukraine, said Stuart Hensel of the Economist Intelligence Unit.",
     [("The list could damage faith in Ukraine", "Stuart Hensel")]),
    # a content inside a relative clause ends where the main clause's verb comes after its comma
    ("Intro.\n\nBurma, which diplomats say now has debts of up to 3.4 billion dlrs, has applied to the United Nations.",
     [("now has debts of up to 3.4 billion dlrs", "diplomats")]),
])
def test_a_speaker_here_of_a_body_or_in_a_relative_clause(text, expected):
    assert [(quote.text, quote.speaker) for quote in quotes.extract(text) if quote.kind == "indirect"] == expected


@pytest.mark.parametrize("text, expected", [
    # a number's qualifier of three words opens the content's subject
    ("Intro.\n\nTymoshenko said as many as 3,000 firms may have their privatisations reviewed.",
     ["as many as 3,000 firms may have their privatisations reviewed"]),
    ("Intro.\n\nLichtblau said as much as 30 pct of U.S. oil imports could come from OPEC nations.",
     ["as much as 30 pct of U.S. oil imports could come from OPEC nations"]),
    # (but "as much" with no number after it is no subject)
    ("Intro.\n\nLichtblau said as much in a speech to oil producers.", []),
])
def test_a_numbers_qualifier_opens_a_content(text, expected):
    assert [quote.text for quote in quotes.extract(text) if quote.kind == "indirect"] == expected


@pytest.mark.parametrize("text, expected", [
    # a subject listed with a comma and "and" before its verb
    ("Intro.\n\nSosnoff said the bid, withdrawal rights and the proration period will expire June 19.",
     ["the bid, withdrawal rights and the proration period will expire June 19"]),
    ("Intro.\n\nBetter relations at terminals, uniform transport systems and stock control were vital, it said.",
     ["Better relations at terminals, uniform transport systems and stock control were vital"]),
    # (not an object, a participle after its comma, then a list: "helped by ... and")
    ("Intro.\n\nBOPA, announcing the ban last night, quoted Agriculture Minister Daniel Kwelagobe as saying only sterilised"
     " and canned animal products would be allowed into the country.",
     ["the ban", "only sterilised and canned animal products would be allowed into the country"]),
    ("Intro.\n\nThe White House announced its budget on Monday, and many commentators believe the deficit will remain.",
     ["its budget"]),
])
def test_a_subject_listed_before_its_verb(text, expected):
    assert [quote.text for quote in quotes.extract(text) if quote.kind == "indirect"] == expected


@pytest.mark.parametrize("text, expected", [
    # a clause of time before the content's main clause, an assumption
    ("Intro.\n\nThe company said after it installs the new fuel system, it will retest the automobile.",
     ["after it installs the new fuel system, it will retest the automobile"]),
    ("Intro.\n\nThe minister said while he thinks the vote will pass, the party is split.",
     ["while he thinks the vote will pass, the party is split"]),
    ("Intro.\n\nIt said assuming Commission approval, it plans to pay the dividend in April.",
     ["assuming Commission approval, it plans to pay the dividend in April"]),
    # (a time phrase with no clause is the occasion, not the content's)
    ("Intro.\n\nThe minister said before the vote, the party would meet.", []),
])
def test_a_clause_of_time_or_an_assumption_opens_a_content(text, expected):
    assert [quote.text for quote in quotes.extract(text) if quote.kind == "indirect"] == expected


@pytest.mark.parametrize("text, expected", [
    # where the speaker spoke from, a city and its state written short, after a final cue
    ("Intro.\n\nThe new division will be formed effective May 1, Lowe said from his office.",
     ["The new division will be formed effective May 1"]),
    ("Intro.\n\nThe division will be formed, Lowe said from Northern Telecom Inc's Nashville, Tenn., headquarters.",
     ["The division will be formed"]),
])
def test_where_a_final_speaker_spoke_from(text, expected):
    assert [quote.text for quote in quotes.extract(text) if quote.kind == "indirect"] == expected


@pytest.mark.parametrize("text, expected", [
    # "here" says where it was said, after a cue, its addressee or a final speaker
    ("Intro.\n\nEvans told a meeting here the plan is good.", ["the plan is good"]),
    ("Intro.\n\nThe tax strategy is best tackled with a targeted approach, Gareth Evans told a meeting here.",
     ["The tax strategy is best tackled with a targeted approach"]),
    # a participle before a role noun the lexicon does not know opens the subject
    ("Intro.\n\nKim Collins says suspended sprinter Dwain Chambers should be allowed to compete.",
     ["suspended sprinter Dwain Chambers should be allowed to compete"]),
])
def test_here_and_a_participle_before_a_role(text, expected):
    assert [quote.text for quote in quotes.extract(text) if quote.kind == "indirect"] == expected


@pytest.mark.parametrize("text, expected", [
    # an occasion read as the addressee ends before the content's subject, with what "of" adds to it
    ("Intro.\n\nHe told a news conference net profit for the year should increase.",
     ["net profit for the year should increase"]),
    ("Intro.\n\nSyCip told a meeting of financial executives the APT has not yet received a list.",
     ["the APT has not yet received a list"]),
    ("Intro.\n\n''He deserved it,'' McGraw told the television program ''Inside Edition'' after the confrontation,"
     " which was captured on video.", []),
])
def test_an_occasion_read_as_the_addressee(text, expected):
    assert [quote.text for quote in quotes.extract(text) if quote.kind == "indirect"] == expected


@pytest.mark.parametrize("text, expected", [
    # a relative clause describing an inverted speaker, a description set off after an addressee
    ("Intro.\n\nThe careers are over, says the boss of the organisation that cleared them.", [("The careers are over", "boss")]),
    ("Intro.\n\nLawson told the committee, which is a forum of unions, that the pound would be kept near its level.",
     [("the pound would be kept near its level", "Lawson")]),
    ("Intro.\n\nLawson told the committee, a forum of unions, that the pound would be kept near its level.",
     [("the pound would be kept near its level", "Lawson")]),
    # (not a relative clause that reports speech of its own: the report's, not the officials')
    ("Intro.\n\nOfficials were not available to comment on the report, which said that because Poehl is a member of"
     " the party, Kohl had not taken the decision lightly.",
     [("because Poehl is a member of the party, Kohl had not taken the decision lightly", "report")]),
])
def test_a_description_after_an_inverted_speaker_or_an_addressee(text, expected):
    assert [(quote.text, quote.speaker) for quote in quotes.extract(text) if quote.kind == "indirect"] == expected


@pytest.mark.parametrize("text, expected", [
    # an adverb before a participle inside the subject, an adverb after a company's name in 's
    ("Intro.\n\nThe privately held company said up to 16 of its workstations can attach to a PC.",
     [("up to 16 of its workstations can attach to a PC", "privately held company")]),
    ("Intro.\n\nMoody's also said a renegotiated bank agreement includes accelerated amortization requirements.",
     [("a renegotiated bank agreement includes accelerated amortization requirements", "Moody's")]),
    # (not an owner whose noun a participle describes, nor one whose noun comes before the cue)
    ("Intro.\n\nCommenting on GM's previously announced move to replace the bonus system, Stempel said the old system did not work.",
     [("the old system did not work", "Stempel")]),
    ("Intro.\n\nMisusing someone's identity to claim new credit cards comprised 16.5% of the total.", []),
])
def test_an_adverb_inside_a_subject_or_after_a_name_in_s(text, expected):
    assert [(quote.text, quote.speaker) for quote in quotes.extract(text) if quote.kind == "indirect"] == expected


def test_a_base_verb_after_a_pronoun_makes_a_clause_after_a_clausal_cue():
    text = "Intro.\n\nThey added they expect the Bank to allocate between 4.0 and 4.5 billion guilders."
    assert [quote.text for quote in quotes.extract(text) if quote.kind == "indirect"] == [
        "they expect the Bank to allocate between 4.0 and 4.5 billion guilders"]


@pytest.mark.parametrize("text, expected", [
    # a verb in -s with its own particle after a singular noun (lexicon phrasal_verbs)
    ("Intro.\n\nYukos has said the sale amounts to expropriation.", ["the sale amounts to expropriation"]),
    ("Intro.\n\nThe ministry said the region accounts for about 22,000 hectares of the crop.",
     ["the region accounts for about 22,000 hectares of the crop"]),
    # (not a plural noun before "to" that the lexicon leaves out: "plans to Iowa")
    ("Intro.\n\nHe described the travel plans to Iowa.", []),
])
def test_a_verb_with_its_particle_after_a_singular_noun(text, expected):
    assert [quote.text for quote in quotes.extract(text) if quote.kind == "indirect"] == expected


@pytest.mark.parametrize("text, expected", [
    # a word that blocks a content right after a cue ("said for", "said so") opens a sentence's clause
    ("Intro.\n\nFor the coming months they expect export prospects to dim, it added.",
     ["For the coming months they expect export prospects to dim"]),
    ("Intro.\n\nSo far there have been no attacks involving data, said Mr Seagrave.",
     ["So far there have been no attacks involving data"]),
])
def test_a_blocker_word_that_opens_a_sentence(text, expected):
    assert [quote.text for quote in quotes.extract(text) if quote.kind == "indirect"] == expected


@pytest.mark.parametrize("text, expected", [
    # a plural noun or "much" before a modal, a name's verb before a number, a bare plural after a phrase
    ("Intro.\n\nDealers said spreads would widen if the Bundesbank did intervene.",
     ["spreads would widen if the Bundesbank did intervene"]),
    ("Intro.\n\nQuinton said much will depend on the resolution of trade disputes.",
     ["much will depend on the resolution of trade disputes"]),
    ("Intro.\n\nKosslick says more would be coming had the awards not been brought forward.",
     ["more would be coming had the awards not been brought forward"]),
    ("Intro.\n\nIndustry analysts said NEC controls about 70 pct of the market.", ["NEC controls about 70 pct of the market"]),
    ("Intro.\n\nHutton said in the merger shareholders would get 46 mln dlrs of debentures.",
     ["in the merger shareholders would get 46 mln dlrs of debentures"]),
    # (not "said little" or "said as much": no clause)
    ("Intro.\n\nHe said little at the meeting.", []),
])
def test_a_subject_the_word_classes_misread(text, expected):
    assert [quote.text for quote in quotes.extract(text) if quote.kind == "indirect"] == expected


@pytest.mark.parametrize("text, expected", [
    # "based on", "due to", "for the month": phrases that open a content before its clause
    ("Intro.\n\nXicor Inc said based on recent talks with Intel Corp, it expects the program to be ending shortly.",
     ["based on recent talks with Intel Corp, it expects the program to be ending shortly"]),
    ("Intro.\n\nThe company said due to continuing manufacturing difficulties, it expects to report a net loss.",
     ["due to continuing manufacturing difficulties, it expects to report a net loss"]),
    ("Intro.\n\nIt said for the full month, car sales were off 20.5 pct.", ["for the full month, car sales were off 20.5 pct"]),
    ("Intro.\n\nHe said expected federal regulations on vapor pressure will further tighten capacity.",
     ["expected federal regulations on vapor pressure will further tighten capacity"]),
    ("Intro.\n\nIt also said that based on current trends, its largest division should report vastly improved second-quarter"
     " traffic compared to last year, which resulted in a load factor of 45.7 pct.",
     ["based on current trends, its largest division should report vastly improved second-quarter traffic compared to last year"]),
    # a belief after the phrase is still the content's clause, no attribution of the writer's
    ("Intro.\n\nThe company said based on current market conditions, it believes the stock is undervalued.",
     ["based on current market conditions, it believes the stock is undervalued"]),
    # (not such a phrase alone, nor one another opening phrase follows: "argued for X, rather than ...")
    ('Intro.\n\nThe Liberal Democrats argued for flexibility in deciding access rules, rather than having "rigid targets".', []),
])
def test_a_participle_or_a_topic_word_opens_a_phrase_before_the_clause(text, expected):
    assert [quote.text for quote in quotes.extract(text) if quote.kind == "indirect"] == expected


@pytest.mark.parametrize("text, expected", [
    # a currency sign opens the content with its number
    ("Intro.\n\nUnions oppose the plans but Mr Brown said £2bn savings had already been made.",
     ["£2bn savings had already been made"]),
    ("Intro.\n\nScott on Monday announced $5 million more was being sent to Miami.", ["$5 million more was being sent to Miami"]),
    # ... not a price's move after "adding", nor "say" as "for instance" after "of"
    ("Intro.\n\nBrent crude also rose, adding $1.89 to $48.62 at the close.", []),
    ("Intro.\n\nHow about a monthly cap of say £20 on calls that you would have to contact your provider to lift?", []),
])
def test_a_currency_sign_is_its_numbers(text, expected):
    assert [quote.text for quote in quotes.extract(text) if quote.kind == "indirect"] == expected


@pytest.mark.parametrize("text", [
    'Intro.\n\nSpeaking to the Heritage Foundation, Heller said, "a broadly based index may be worth exploring."',
    'Intro.\n\nLast week, Lawson said, "what is really needed in Japan is an increase in imports."',
    'Intro.\n\nAfter the vote, Okafor said, "we will keep the food bank open."',
])
def test_an_opening_phrase_before_a_cue_and_its_quote_was_not_said(text):
    # a participle's phrase, a time phrase or a clause of the event, then "X said," and a quote that
    # ends the sentence: the quote is what was said, the words before the cue the writer's
    assert contents(text) == []
    assert [(quote.kind, quote.mention) for quote in quotes.extract(text)] == [("mixed", text.split(", ")[1].split()[0])]


def test_a_subject_or_a_condition_before_a_cue_and_its_quote_is_the_same_utterance():
    assert contents('Intro.\n\nThe plan, she said, "would fail badly."') == ["The plan", '"would fail badly."']
    assert contents('Intro.\n\nIf the talks fail, Lawson said, "the yen will rise."') == ["If the talks fail", '"the yen will rise."']


def test_a_quote_between_its_cue_and_a_second_attribution_has_no_paraphrase_around_it():
    text = 'Intro.\n\nHe warned, "Certainly if they play that card, it will be fair game," Dorsey told the show.'
    assert contents(text) == []
    assert [quote.kind for quote in quotes.extract(text)] == ["mixed"]


def test_a_past_verb_joined_after_a_present_cue_and_a_past_content_is_the_contents():
    # the tense says whose act it is: the content's subject's ("spoke ... and asked"), not the speaker's
    assert contents("Intro.\n\nMcConnell says he spoke to Trump and asked him to condemn violence.") == [
        "he spoke to Trump and asked him to condemn violence"]
    # after a content in the present, or a subject that cannot speak, it is the speaker's next act
    assert contents("Intro.\n\nMcConnell says he respects Trump and praised his campaign.") == ["he respects Trump"]
    assert contents("Intro.\n\nShe says the plan failed and added that it would be scrapped.")[0] == "the plan failed"


@pytest.mark.parametrize("text, expected", [
    # a concession with no speech of its own is the content's ...
    ("Intro.\n\nShe said she identifies as an independent, although she is registered as a Democrat.",
     ["she identifies as an independent, although she is registered as a Democrat"]),
    ("Intro.\n\nThe company said sales of film were lower than expected, though they have returned to normal.",
     ["sales of film were lower than expected, though they have returned to normal"]),
    # ... one about the speaker's words, or a refusal, is the writer's
    ("Intro.\n\nHe said he received an apology, though he did not say who made it.", ["he received an apology", "who made it"]),
    ("Intro.\n\nThe company said profits would rise, although it declined to give figures.", ["profits would rise"]),
])
def test_a_concession_after_the_content_is_the_contents_unless_it_reports_speech(text, expected):
    assert contents(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "that" before a verb in the past and its object is the content's subject
    ("Intro.\n\nCritics said that ignored the evidence.", ["that ignored the evidence"]),
    ("Intro.\n\nHe said that worried the investors.", ["that worried the investors"]),
    # before a participle and its noun, or a subject, it introduces the content
    ("Intro.\n\nHe said that increased demand pushed prices up.", ["increased demand pushed prices up"]),
    ("Intro.\n\nHe said that he worried.", ["he worried"]),
])
def test_that_before_a_past_verb_and_its_object_is_the_subject(text, expected):
    assert contents(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a year cut short is a time phrase like any other: the that-clause after it is the content
    ("Intro.\n\nRep. Hank Johnson said in '08 that white voters backed Obama.", ["white voters backed Obama"]),
    ("Intro.\n\nRubio said in the ’80s that the plan failed.", ["the plan failed"]),
    ("Intro.\n\nRubio said in ‘08 that the plan failed.", ["the plan failed"]),
    # a parenthetical ending a content is the content's
    ("Intro.\n\nAnalysts said the pace of reform was slower than under Figueiredo (1979-85).",
     ["the pace of reform was slower than under Figueiredo (1979-85)"]),
])
def test_short_years_and_closing_parentheticals_in_contents(text, expected):
    assert [quote.text for quote in quotes.extract(text) if quote.kind == "indirect"] == expected


@pytest.mark.parametrize("text, expected", [
    ("Intro.\n\nNoranda said earlier this week it planned a public share offer.", ["it planned a public share offer"]),
    ("Intro.\n\nHuckaby told U.S. growers earlier this year they must halt production increases.",
     ["they must halt production increases"]),
])
def test_a_time_phrase_opening_with_earlier_is_no_part_of_the_content(text, expected):
    assert [quote.text for quote in quotes.extract(text) if quote.kind == "indirect"] == expected


@pytest.mark.parametrize("text, expected", [
    # the people told, a noun qualifying them
    ("Intro.\n\nHuckaby told sugarbeet growers last week they must halt production.", ["they must halt production"]),
    # an owner's name after the people told opens the content
    ("Intro.\n\nWagner told a news conference West Germany's rate is expected to fall.", ["West Germany's rate is expected to fall"]),
    ("Intro.\n\nWagner told reporters West Germany's rate is expected to fall.", ["West Germany's rate is expected to fall"]),
    # not after a title the name holds, nor a preposition's object
    ("Intro.\n\nDeng told visiting U.S. Secretary of State George Shultz China's troubles were over.", ["troubles were over"]),
])
def test_the_people_told_end_before_the_content(text, expected):
    assert [quote.text for quote in quotes.extract(text) if quote.kind == "indirect"] == expected


@pytest.mark.parametrize("text, mention", [
    ("Intro.\n\nOfficials in northern Iraq said the attack killed 12 people.", "Officials in northern Iraq"),
    ("Intro.\n\nNurses in northern Manitoba say the staffing crisis is getting worse.", "Nurses in northern Manitoba"),
    # a person placed so is still the person
    ("Intro.\n\nTrump in northern Iraq said the attack killed 12 people.", "Trump"),
])
def test_people_placed_in_a_region_of_a_place_speak_not_the_place(text, mention):
    assert [quote.mention for quote in quotes.extract(text)] == [mention]


@pytest.mark.parametrize("text, content", [
    # a second state after a copula's first is the content's, though the word can be a speech verb
    ("Intro.\n\nHuberdeau said the team was frustrated but encouraged.", "the team was frustrated but encouraged"),
    # the speaker's next act still ends the content
    ("Intro.\n\nHe said the plan would fail and apologized.", "the plan would fail"),
])
def test_a_paired_state_ends_no_content(text, content):
    assert [quote.text for quote in quotes.extract(text)] == [content]


@pytest.mark.parametrize("sentence", ["The purchases complete the initiative for China announced Jan 26.",
                                      "The purchase completes the initiative for Poultry to Iraq announced December 22, 1986.",
                                      "The USDA is to release its 1987 planting intentions report March 31."])
def test_a_date_alone_after_a_cue_is_no_content(sentence):
    assert quotes.extract(f"Intro.\n\n{sentence}") == []


def test_a_month_s_short_name_before_a_day_names_no_one():
    # "Jan" is a given name too: before "26" it is January, no woman the "she" after it could be
    found = quotes.extract("Intro.\n\nThe initiative was announced Jan 26.\n\nShe announced in May that she would run.")
    assert [(quote.text, quote.speaker) for quote in found] == [("she would run", None)]


@pytest.mark.parametrize("content", ["talks continue", "plans change", "workers continue"])
def test_a_bare_plural_and_its_verb_in_base_form_are_a_content(content):
    # "said plans change.": "change" is a noun too, but between a bare plural opening the clause and its
    # end it can only be the plural's verb
    found = quotes.extract(f"Intro.\n\nThe minister said {content}.")
    assert [(quote.text, quote.speaker) for quote in found] == [(content, "minister")]
