"""Rules that carry a speaker over: a quote with no attribution beside it takes the speaker of the
sentence or the paragraph before it.

"Ferris continued: ¶ "The budget ..."", "Richard Ferris is upbeat about the bridge. ¶ "Not only can it
open in May ..."", "Noem spoke to reporters. "We will win."": news introduces a speaker, then quotes
without a verb. These are the sieve's last rules (`quotes.attribution.RULES`), fallbacks that any
attribution read next to a part of the same utterance outranks.
"""

from __future__ import annotations

import re

from .lexicons import load_lexicon, load_lexicons
from .marks import QUOTE_CHARACTERS
from .model import Quote
from .clauses import in_opening_phrase
from .sources import named_source
from .phrases import CLAUSE_END, Phrase, Span, clause_floor, clause_subject, final_attribution, joined_speaker, reported_speaker, subject_of
from .speechverbs import is_speech_verb
from .verbgroups import after_passive_auxiliary
from .tokens import Token, tokenize
from .mentions import names_someone, surely_names_someone
from .wordclass import is_inflected_verb, is_noun, is_plural
from .sieve import LEADING_WORDS, NEAR, STATEMENT_WORDS, WINDOW, Context, Found, found_at

__all__ = ["colon_in_previous_paragraph", "continues_previous_paragraph", "previous_sentence"]

_NOUN_AFTER = re.compile(r"[ \t]([a-z]+)\b")  # the lower-case word right after a quote


def colon_in_previous_paragraph(context: Context) -> Found | None:
    """Ferris continued: ¶ "The budget issue is really a local issue."

    A quote-only paragraph after a paragraph that ends by introducing it (¶ marks the break)."""
    if not context.quote_only_paragraph or context.paragraph.index == 0:
        return None
    previous = context.paragraphs[context.paragraph.index - 1]
    if context.text[previous.end - 1] != ":":
        return None
    tokens = tokenize(context.text, max(previous.start, previous.end - WINDOW), previous.end)
    for index in range(len(tokens) - 1, max(-1, len(tokens) - LEADING_WORDS - 2), -1):
        if tokens[index].text in CLAUSE_END:
            break
        if is_speech_verb(tokens, index):
            found = subject_of(tokens, index, floor=clause_floor(tokens, index), inverted_ok=True)
            if found is not None:
                return found_at(tokens, found)
    nouns = load_lexicon("speech_nouns")  # "The governor released the following statement:"
    if len(tokens) > 1 and any(token.lower in nouns and token.lower != "according"
                               for token in tokens[-STATEMENT_WORDS:-1]):
        floor = clause_floor(tokens, len(tokens) - 1)
        found = clause_subject(tokens, floor, len(tokens) - 1, names_only=False)
        return None if found is None else found_at(tokens, found)
    return None


def continues_previous_paragraph(context: Context) -> Found | None:
    """Richard Ferris is upbeat about the bridge. ¶ "Not only can it open in May, it can open early."

    A paragraph that is only a quote, or opens with a whole-sentence one, carries on the speaker of the
    paragraph just before it: the one the paragraph before reports, or its subject when that names
    someone (¶ marks the break)."""
    if context.paragraph.index == 0:
        return None
    opens = not context.text[context.paragraph.start:context.quote.outer_start].strip() \
        and context.quote.text.rstrip("\"'’”» ")[-1:] in (".", "!", "?")  # a whole sentence, first in its paragraph
    if not (context.quote_only_paragraph or opens):  # ('..., Mr Saakashvili stressed. ¶ "No one will check it." The ...')
        return None
    # Carter said the US would stay.\n\n"That's because this region matters."
    previous = context.paragraphs[context.paragraph.index - 1]
    tokens, floor, last = _sentence_before(context.text, previous.start, previous.end)
    earlier = context.last_before
    if earlier is not None and (floor >= len(tokens) or earlier.found.mention_start >= tokens[floor].start):
        later = _attribution_after_last_quote(tokens, floor, last)
        if later is not None and tokens[later.start].start > earlier.found.mention_start:
            return found_at(tokens, later)  # ('..., calling Trump "an orange buffoon," Susan said. ¶ "But he's ours"')
        return earlier.found  # the last sentence's own quote
    for index in range(floor, min(last, floor + NEAR)):
        if _reports_here(tokens, index):  # "The director said he was sorry.": a later attribution than the last quote's
            found = subject_of(tokens, index, floor=floor)
            if found is not None:
                return found_at(tokens, found)
            break
    if earlier is not None:
        return earlier.found
    source = _according_to_source(context.text, tokens, floor, last)
    if source is not None:
        return found_at(tokens, source)  # "According to Hotene, the biggest challenge is sleep. ¶ "You're running ...""
    if not context.quote_only_paragraph and previous.index == 0:
        return None  # (the text's first line, often its headline, is no narrative the quote's sentences follow)
    # "Ferris is upbeat about the bridge.\n\n"Not only can it open in May ..."": a quote-only
    # paragraph after a sentence about a person or a pronoun gives them the floor; after "Her
    # daughter, who is four, has asthma.", the person the sentence before it is about
    for _ in range(2):
        found = clause_subject(tokens, floor, last) if floor < last else None
        if found is not None and names_someone(context.text[tokens[found.start].start:tokens[found.end - 1].end]):
            return found_at(tokens, found)
        if floor < 2 or floor >= len(tokens) or tokens[floor].lower not in load_lexicon("possessive_pronouns"):
            return _opening_speaker(context.text, previous.start, previous.end) if context.quote_only_paragraph else None
        last = floor - 1 if tokens[floor - 1].text in CLAUSE_END else floor
        floor = clause_floor(tokens, last)
    return None


def _reports_here(tokens: list[Token], index: int) -> bool:
    """A speech verb whose subject speaks: not in an opening phrase ("After saying ..."), not a passive
    ("The pact will be discussed next year, Lyng said": the pact says nothing)."""
    return is_speech_verb(tokens, index) and not in_opening_phrase(tokens, index) and not after_passive_auxiliary(tokens, index)


def _opening_speaker(text: str, start: int, end: int) -> Found | None:
    """"Analyst Theodore Semegran said he raised his estimates. The company earned 6.35 dlrs. ¶ "Good
    domestic demand ..."": the one whose speech opens the paragraph before, when its last sentence
    names no one, goes on."""
    tokens = tokenize(text, start, min(end, start + WINDOW))
    for index in range(min(len(tokens), NEAR)):
        if tokens[index].text in CLAUSE_END:
            return None
        if _reports_here(tokens, index):
            found = subject_of(tokens, index, floor=0)
            return found_at(tokens, found) if found is not None else None
    return None


def _according_to_source(text: str, tokens: list[Token], floor: int, last: int) -> Span | None:
    """Who "according to" names in the sentence before: the source of what it reports, when a person."""
    span = named_source(tokens, floor, last)
    return span if span is not None and span[1] <= last and names_someone(text[tokens[span[0]].start:tokens[span[1] - 1].end]) else None


def _attribution_after_last_quote(tokens: list[Token], floor: int, last: int) -> Phrase | None:
    """The subject of a speech verb right after the last closing mark of a sentence ('"...," [Susan] said'),
    if one follows it."""
    mark = next((index for index in range(last - 1, floor, -1) if tokens[index].text in QUOTE_CHARACTERS), None)
    if mark is None or tokens[mark - 1].end != tokens[mark].start:
        return None  # (no closing mark: an opening one, 'He said: "I have to say ...' going on)
    verb = next((index for index in range(mark + 1, min(last, mark + LEADING_WORDS)) if is_speech_verb(tokens, index)), None)
    found = subject_of(tokens, verb, floor=mark + 1) if verb is not None else None
    return found if found is not None and found.start == mark + 1 else None


def _qualifies_noun_after(text: str, quote: Quote) -> bool:
    """'by "pro-choice" organisations': a word or two quoted before the noun they qualify, the writer's term."""
    word = following.group(1) if (following := _NOUN_AFTER.match(text, quote.outer_end)) else ""
    return len(quote.text.split()) <= 2 and bool(word) and (is_noun(word) or (is_plural(word) and not is_inflected_verb(word)))


def previous_sentence(context: Context) -> Found | None:
    """Noem spoke to reporters. "We will win."

    A whole-sentence quote after its speaker's sentence."""
    if context.quote.kind == "mixed" and not context.verbs and context.sentence_start > context.paragraph.start \
            and not _qualifies_noun_after(context.text, context.quote):
        # "..., he said. Good information still drives out bad, but only when "the truth is sexier
        # than the lie."": a sentence without a speech verb carries on the one before it, its quote's
        # speaker or its final attribution's
        if context.last_here is not None and context.last_here.sentence == context.quote.sentence - 1:
            return context.last_here.found
        before = tokenize(context.text, max(context.paragraph.start, context.sentence_start - WINDOW), context.sentence_start)
        final = final_attribution(before, 0, len(before) - 1) if before and before[-1].text == "." else None
        if final is not None and before[final.start].lower in load_lexicon("subject_pronouns"):
            return found_at(before, final)
    if context.quote.kind != "direct" or context.sentence_start == context.paragraph.start or (
            context.index != 0 and not _opened_by_participle(context) and not _opened_by_connective(context)):
        return None
    earlier = context.last_here
    tokens, floor, last = _sentence_before(context.text, context.paragraph.start, context.sentence_start)
    while floor < last and tokens[floor].text in QUOTE_CHARACTERS:
        floor += 1  # the closing mark of the quote that ended the sentence before
    if earlier is not None and earlier.sentence == context.quote.sentence - 1:  # (unless a clause joined after
        joined = joined_speaker(tokens, floor, last)  # its attribution brings in the next: ", and her husband cut in.")
        return earlier.found if joined is None else found_at(tokens, joined)
    earlier = None if earlier is None or earlier.carried else earlier
    if earlier is not None and any(token.text in QUOTE_CHARACTERS for token in tokens[floor:last]):
        return earlier.found
    # '"...." Greene added that the Fed wants out. "They don't like to talk about it."': the speaker of
    # the sentence between, if it reports speech; else the last one
    source = named_source(tokens, floor, last)  # ("The problem, according to Mr Lane, is Mr Blair. "I have a new slogan."")
    reported = reported_speaker(tokens, floor, last) or (source if source is not None and tokens[source[0]].is_capitalized else None)
    if reported is not None:
        return found_at(tokens, reported)
    whole = context.quote.text.rstrip("\"'’”» ")[-1:] in (".", "!", "?")  # (not '"Carnival is strong," Mr Champion ...')
    subject = clause_subject(tokens, floor, last) if floor < last and whole else None  # "Ingrid Solberg still worries.
    # "We are behind."": the person the sentence before is about, when it surely names one; after an earlier speaker,
    # only one introduced there in full, set off ("His friend, Saxon Spence, leader of ..., lays the blame on Iraq.")
    if subject is not None and not surely_names_someone(context.text, tokens[_name_part(tokens, subject)].start, tokens[subject.end - 1].end):
        subject = None
    if earlier is not None and not (subject is not None and subject.end - subject.start > 1 and (subject.start > floor and tokens[
            subject.start - 1].text == "," or _first_named(context.text, tokens[subject.end - 1]))):  # ("Double try scorer
        return earlier.found  # Martyn Williams was keen not to talk about it. "We..."": a person named here first)
    if subject is None and earlier is None and whole and floor < last:
        return _reported_two_sentences_back(context, tokens[floor].start)
    return None if subject is None else found_at(tokens, subject)


def _reported_two_sentences_back(context: Context, start: int) -> Found | None:
    """'Mr Dein said he feared there were too many games. Since 1992, clubs have seen their income soar.
    "Television has been the driving force."': a sentence of narrative between a paraphrase and a
    quote of the same paragraph, naming no one for sure, leaves the quote to the paraphrase's speaker."""
    tokens, floor, last = _sentence_before(context.text, context.paragraph.start, start)
    if floor == 0 and tokens and tokens[0].start > context.paragraph.start:
        return None  # the sentence is longer than the window: its speaker is out of reach
    reported = reported_speaker(tokens, floor, last) if floor < last else None
    if reported is None or reported.verb is None or reported.verb + 1 >= len(tokens):
        return None
    speaker, following = context.text[tokens[reported.start].start:tokens[reported.end - 1].end], tokens[reported.verb + 1].lower
    if not names_someone(speaker) or (following != "that" and following in load_lexicons("articles", "determiners", "possessive_pronouns")):
        return None  # a person's paraphrase, not "That trend is predicted to continue", "Sir Edward called the leader back"
    return found_at(tokens, reported)


def _sentence_before(text: str, floor: int, end: int) -> tuple[list[Token], int, int]:
    """The tokens of the text up to `end` (a window of it, not before `floor`), where the last sentence
    among them starts and where it ends, its final stop left out."""
    tokens = tokenize(text, max(floor, end - WINDOW), end)
    last = len(tokens) - 1 if tokens and tokens[-1].text in CLAUSE_END else len(tokens)
    return tokens, clause_floor(tokens, last), last


def _name_part(tokens: list[Token], subject: Phrase) -> int:
    """Where the name ends a subject that a role opens: "Double try scorer [Martyn Williams]"."""
    start = subject.end
    while start > subject.start and tokens[start - 1].is_capitalized and tokens[start - 1].is_word:
        start -= 1
    return start if subject.end - start >= 2 else subject.start


def _first_named(text: str, last: Token) -> bool:
    """The capitalised word ending a subject, a surname the text never wrote before it."""
    return last.is_capitalized and last.is_word and not last.is_possessive and text.find(last.text, 0, last.start) < 0


def _opened_by_participle(context: Context) -> bool:
    """"Adding, "..."": a sentence opened by a bare participle carries on the sentence before it."""
    sentence = context.sentence
    return 0 < context.index <= 2 and sentence[0].lower.endswith("ing") and is_speech_verb(sentence, 0) and all(
        token.text == "," or token.lower == "that" for token in sentence[1:context.index])


def _opened_by_connective(context: Context) -> bool:
    """"Then, "I try to explain it."": a sentence opened by a word or two that only link it to the one
    before carries on that sentence's speaker."""
    before = context.sentence[:context.index]
    words = [token for token in before if token.text != ","]
    return 0 < len(words) <= 2 and all(token.lower in load_lexicon("connectives") for token in words)
