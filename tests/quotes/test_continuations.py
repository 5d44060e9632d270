"""quotes/continuations.py: a quote that carries on the utterance before it joins its group."""

from __future__ import annotations

from dataclasses import replace

import analysis
import quotes
from quotes.continuations import join_continued_quotes, join_fragments


def _groups(text: str) -> list[tuple[str, int, int]]:
    return [(quote.text, quote.quote_id, quote.group) for quote in quotes.extract(text, kinds=("direct", "mixed"))]


def test_sentence_after_sentence_is_one_utterance():
    text = 'Noem spoke first. "We will win," she said. "The polls are wrong. Watch us."\n\nThe crowd left.'
    (first, first_id, first_group), (second, _second_id, second_group) = _groups(text)
    assert (first, second) == ("We will win,", "The polls are wrong. Watch us.")
    assert first_group == first_id and second_group == first_id


def test_a_run_of_three_joins_the_first():
    text = 'Lopez was blunt. "It failed," he said. "It cost too much." "Nobody used it."'
    found = _groups(text)
    assert len(found) == 3
    assert {group for _text, _id, group in found} == {found[0][1]}


def test_a_quote_with_its_own_attribution_stays_apart():
    text = '"We will win," she said. "The polls are wrong," she added.'
    found = _groups(text)
    assert [group for _text, _id, group in found] == [quote_id for _text, quote_id, _group in found]


def test_a_quote_only_paragraph_after_its_speakers_quote_joins_it():
    across = '"We will win," she said.\n\n"The polls are wrong."\n\n"Watch us."'
    found = _groups(across)
    assert [group for _text, _id, group in found] == [found[0][1]] * 3
    later = '"We will win," she said.\n\nThe crowd cheered. "The polls are wrong," he said.'
    found = _groups(later)
    assert found[1][2] == found[1][1]  # not the paragraph's first sentence, and a speaker of its own


def test_a_fragment_before_stays_apart():
    after_mixed = 'Noem called the plan "a disaster." "We will fix it."'
    found = quotes.extract(after_mixed, kinds=("direct", "mixed"))
    assert [quote.kind for quote in found] == ["mixed", "direct"]
    assert found[1].group == found[1].quote_id


def test_join_needs_the_next_paragraphs_first_sentence():
    first, second = quotes.extract('"We will win," she said.\n\n"The polls are wrong."', kinds=("direct",))
    assert second.rule == "continues_previous_paragraph"
    assert join_continued_quotes([first, replace(second, group=second.quote_id)])[1].group == first.group
    assert join_continued_quotes([first, replace(second, group=second.quote_id, sentence=1)])[1].group == second.quote_id
    assert join_continued_quotes([first, replace(second, group=second.quote_id, paragraph=second.paragraph + 1)])[1].group \
        == second.quote_id


def test_join_needs_the_next_sentence_and_the_same_mention():
    first, second = quotes.extract('"We will win," she said. "The polls are wrong."', kinds=("direct",))
    assert join_continued_quotes([first, second])[1].group == first.group
    assert join_continued_quotes([first, replace(second, group=second.quote_id, sentence=second.sentence + 1)])[1].group == second.quote_id
    assert join_continued_quotes([first, replace(second, group=second.quote_id, mention_start=0)])[1].group == second.quote_id
    assert join_continued_quotes([first, replace(second, group=second.quote_id, rule="speaker_then_verb_after_quote")])[1].group \
        == second.quote_id


def test_frequency_counts_the_statement_once():
    frame = quotes.extract_frame('Noem spoke first. "We will win," said Kristi Noem. "The polls are wrong."')
    table = analysis.frequency(frame).set_index("speaker")
    assert table.loc["Kristi Noem", "quotes"] == 1
    assert table.loc["Kristi Noem", "direct"] == 1


def test_a_scare_quote_in_the_attribution_does_not_break_the_statement():
    text = ('"I think he will do great things," she said, showing off the "Make America Great Again" hat his campaign '
            'had given her. "I have been a supporter since the beginning."')
    found = quotes.extract(text, kinds=("direct", "mixed", "scare"))
    assert [quote.kind for quote in found] == ["direct", "scare", "direct"]
    assert found[2].group == found[0].group and found[1].group == found[1].quote_id


def test_fragments_of_one_sentence_by_one_speaker_are_one_utterance():
    text = 'Intro.\n\nHe rails against its "cheating" and pledges to stand firm against its "financial blackmail."'
    first, second = quotes.extract(text, kinds=("mixed",))
    assert first.mention == second.mention == "He" and second.group == first.group
    other = 'Intro.\n\nShe called it "a disaster." He called it "a triumph."'
    first, second = quotes.extract(other, kinds=("mixed",))
    assert second.group == second.quote_id  # another sentence, another speaker


def test_a_fragment_inside_reported_speech_stays_with_it():
    text = 'Intro.\n\nHe said the plan was "a disaster" and called the vote "a sham."'
    indirect, inside, after = quotes.extract(text)
    assert (indirect.kind, inside.kind, after.kind) == ("indirect", "mixed", "mixed")
    assert inside.group == indirect.group  # the fragment the content holds is one utterance with it
    assert after.group == after.quote_id  # the next act's fragment is not part of that reported speech


def test_join_fragments_needs_the_same_sentence_and_mention():
    first, second = quotes.extract('Intro.\n\nHe rails against its "cheating" and its "blackmail."', kinds=("mixed",))
    alone = replace(second, group=second.quote_id)
    assert join_fragments([first, alone])[1].group == first.group
    assert join_fragments([first, replace(alone, sentence=alone.sentence + 1)])[1].group == alone.quote_id
    assert join_fragments([first, replace(alone, mention_start=0)])[1].group == alone.quote_id


def test_a_part_with_its_own_attribution_keeps_its_mention():
    # one utterance over two paragraphs, each with its own "Obama said": each part names its own
    text = ('Intro.\n\nObama said: "There is no magic to the phrase. It is not a strategy.\n\n'
            '"Calling a threat by a different name does not make it go away," Obama said. "Not once."')
    parts = [quote for quote in quotes.extract(text, kinds=("direct", "mixed")) if quote.text.startswith(("There", "Calling"))]
    assert len({quote.group for quote in parts}) == 1
    assert [text[quote.mention_start:quote.mention_start + 5] for quote in parts] == ["Obama", "Obama"]
    assert parts[0].mention_start < text.index("There") < text.index("Calling") < parts[1].mention_start


def test_a_lost_closing_mark_leaves_the_next_speaker_apart():
    # The wire dropped the mark closing "...know.", so the marks run on into the next paragraph; that
    # paragraph names a speaker of its own, and the open part stays with its own paragraph's speaker.
    text = ('"They are worried," said James Crandell, an analyst. "Whether they will go on, I do not know.\n\n'
            '"It is getting confusing," said James Carroll, another analyst.')
    found = quotes.extract(text, kinds=("direct",))
    assert [(quote.text[:12], quote.speaker) for quote in found] == [
        ("They are wor", "James Crandell"), ("Whether they", "James Crandell"), ("It is gettin", "James Carroll")]
    assert [quote.group for quote in found] == [found[0].quote_id, found[0].quote_id, found[2].quote_id]
    told = '"They are worried," said James Crandell. "Whether they will go on, I do not know.\n\n"It is late," he said.'
    assert {quote.speaker for quote in quotes.extract(told, kinds=("direct",))} == {"James Crandell"}
