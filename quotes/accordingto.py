"""Reported speech a source phrase opens or closes: "According to police, the driver fled", "The
driver fled, according to police", "The driver, according to police, fled". The source is the phrase
after "according to" (`quotes.sources` reads how far it runs); the content is the clause the phrase
opens, closes or interrupts. One rule of `quotes.reported`, the strongest.
"""

from __future__ import annotations

from .appositions import name_after_comma
from .clauses import OPENING_WORDS, has_finite, is_clause, opens_content, past_connectives, trailing_time
from .contents import clause_goes_on, content_end, ends_in_verb, trim
from .forwardphrases import phrase_after
from .lexicons import load_lexicon, load_lexicons, load_mapping
from .mentions import author_preposition
from .phrases import Span
from .records import MIN_WORDS, ReadSentence, Record, make_record
from .sources import source_to_comma, source_words
from .titles import is_title
from .tokens import Token, clause_floor
from .wordclass import can_be_verb

__all__ = ["reported_according_to"]

_TITLED_WORK_WORDS = 16  # tokens of a document's title and author set off after it: ", Brown's Britain by ... Robert Peston,"
_SOURCE_DESCRIPTION_WORDS = 8  # tokens of a named source's description set off after it: ", Italy's business newspaper,"


def reported_according_to(sentence: ReadSentence, cue: int) -> Record | None:
    """"According to police, the driver fled."  /  "The driver fled, according to police."

    The source is the phrase after "according to"; the content is the clause after the comma that
    closes it when the sentence opens with it, else the clause before it, and the words after its
    closing comma too when it sits inside the clause ("The driver, according to police, fled")."""
    tokens = sentence.tokens
    if tokens[cue].lower != "according" or cue + 1 >= len(tokens) or tokens[cue + 1].lower != "to":
        return None
    floor = clause_floor(tokens, cue)
    speaker: Span | None
    if cue == floor:  # "According to early results of the exit poll by Edison Research, Clinton led"
        comma = next((index for index in range(cue + 2, min(sentence.end, cue + OPENING_WORDS))
                      if tokens[index].text == ","), None)
        named = phrase_after(tokens, cue + 2)
        if named is not None and named[1] < sentence.end and (opens_content(tokens[named[1]]) or tokens[named[1]].lower == "there") and (
                comma is None or has_finite(tokens, named[1], comma)) and is_clause(tokens, named[1], sentence.end) \
                and not any(named[1] <= index for index in sentence.cues):  # (not "According to Mr Peston the PM said:")
            comma = named[1]  # "According to Microsoft the messages were sent via ...": no comma after the source
        if comma is None or comma == cue + 2:
            return None
        speaker = (cue + 2, comma)
        role_name = _name_after_role(tokens, comma, sentence.end)  # "According to the association's president, [Erin Ariss],"
        closing = role_name[1] if role_name else _past_source_apposition(tokens, comma, sentence.end)  # "According to Il Sole 24
        speaker = role_name or _titled_work_author(tokens, comma, closing) or speaker  # Ore, [Italy's business newspaper,]"
        comma = closing
        start = comma + (tokens[comma].text == ",")
        content = trim((start, content_end(sentence, start, relative=False)), tokens)
        fragments = [content] if content else []
    else:
        speaker = phrase_after(tokens, cue + 2) or source_words(tokens, cue + 2, sentence.end)
        if speaker is None:
            return None  # (read on to its comma: "according to a person [close to the process],")
        speaker = source_to_comma(tokens, speaker, sentence.end)
        before = cue - 1 if tokens[cue - 1].text == "," else cue  # ("He left after, according to him, X fired him": only X's)
        if before > floor and tokens[before - 1].lower == "that" and any(floor <= index < before for index in sentence.cues):
            return None  # "The AP reported that, according to an analysis, ...": inside the content of the cue before
        after_subordinator = tokens[before - 1].lower in load_lexicons("subordinators", "event_subordinators")
        fragments = [span for span in [trim((past_connectives(tokens, floor, cue), cue), tokens)] if span and not after_subordinator]
        if tokens[before - 1].lower in load_lexicon("coordinators"):
            fragments = _after_coordinated_source(sentence, fragments, speaker[1])
        elif speaker[1] < sentence.end and tokens[speaker[1]].text == "," and (not fragments or clause_goes_on(tokens, fragments[0], speaker[1])):
            object_follows = bool(fragments) and ends_in_verb(tokens, fragments[0])  # "G4S receives, ..., $234"
            fragments += [span for span in [trim((speaker[1] + 1, content_end(sentence, speaker[1] + 1, relative=False)), tokens)]
                          if span and (object_follows or has_finite(tokens, *span))]  # "The driver, according to police, fled"
            # (not "That's according to members of the Caucus, [a collection of strategists]": the source's description)
    least = 1 if len(fragments) == 1 and tokens[fragments[0][0]].lower.removesuffix("'s") in load_mapping("pro_form_contents") else MIN_WORDS
    speaker = next(((speaker[0], index) for index in range(speaker[0] + 2, speaker[1])
                    if trailing_time(tokens, index, speaker[1])), _with_author(tokens, speaker, sentence.end))  # "figures
    # released by the ministry [on Wednesday]"
    return make_record(sentence, fragments, speaker, (cue, cue + 2), "reported_according_to", least=least)  # ("[That's] according to")


def _past_source_apposition(tokens: list[Token], comma: int, end: int) -> int:
    """The comma that closes a description of a named source set off after it ("According to Il Sole 24
    Ore, [Italy's business newspaper,] the government will ..."): an article or a possessive, no verb,
    another comma, then a clause; else `comma` itself."""
    titled = tokens[comma - 1].lower in load_lexicon("document_words") and tokens[comma + 1].is_capitalized  # "a new book, [Brown's
    if tokens[comma].text != "," or comma + 2 >= end or not titled and (not tokens[comma - 1].is_capitalized or not (  # Britain by X,]"
            tokens[comma + 1].lower in load_lexicon("articles") or tokens[comma + 1].is_possessive)):
        return comma
    reach = _TITLED_WORK_WORDS if titled else _SOURCE_DESCRIPTION_WORDS
    closing = next((index for index in range(comma + 2, min(end, comma + reach)) if not tokens[index].is_word), None)
    if closing is None or tokens[closing].text != "," or has_finite(tokens, comma + 1, closing) or not is_clause(tokens, closing + 1, end) \
            or tokens[closing + 1].text[0].isdigit():  # (not "According to the police report, King, [42,] was": the subject's age)
        return comma
    return closing


def _name_after_role(tokens: list[Token], comma: int, end: int) -> Span | None:
    """The name set off after a source's role in lower case, a clause after its closing comma:
    "According to the association's president, [Erin Ariss], more than 1,000 nurses left": the named
    person speaks (not a name and an age: "the driver, Ann Roe, 42, ...")."""
    if tokens[comma].text != "," or comma + 2 >= end or tokens[comma - 1].is_capitalized or not is_title(tokens[comma - 1].lower):
        return None
    named = name_after_comma(tokens, comma)
    if named is None or tokens[named[1]].text != "," or not is_clause(tokens, named[1] + 1, end) or tokens[named[1] + 1].text[0].isdigit():
        return None
    return named


def _titled_work_author(tokens: list[Token], comma: int, closing: int) -> Span | None:
    """The author a document's title set off after it names: "According to a new book, Brown's Britain
    by [Sunday Telegraph journalist Robert Peston],": the author speaks through it."""
    by = next((index for index in range(comma + 1, closing) if tokens[index].lower == "by"), None)
    if by is None or by + 1 >= closing or not tokens[by + 1].is_capitalized or not tokens[closing - 1].is_capitalized:
        return None
    return (by + 1, closing) if all(token.is_word for token in tokens[by + 1:closing]) else None


def _after_coordinated_source(sentence: ReadSentence, before: list[Span], comma: int) -> list[Span]:
    """"..., but according to those present, [it was embarrassing]": after a coordinator the source opens
    the next clause, which alone is what it says; a verb phrase that shares the subject before ("has
    reshuffled its diplomats and, according to officials, adopted a new strategy") is said of the
    whole clause, both parts. Nothing when no comma closes the source."""
    tokens = sentence.tokens
    if comma >= sentence.end or tokens[comma].text != ",":
        return []
    after = trim((comma + 1, content_end(sentence, comma + 1, relative=False)), tokens)
    if after is None:
        return []
    if is_clause(tokens, *after):
        return [after]
    return [*before, after] if can_be_verb(tokens[after[0]].lower) or has_finite(tokens, *after) else []


def _with_author(tokens: list[Token], source: Span, end: int) -> Span:
    """"according to a report [by the Audubon Society]", "figures [published by Eurostat]": the author of a
    document or of figures after it is part of the source, which speaks through them."""
    if tokens[source[1] - 1].lower not in load_lexicons("document_words", "finding_subjects") or source[1] + 1 >= end:
        return source
    preposition = author_preposition(tokens, source[1])
    author = phrase_after(tokens, preposition + 1) if preposition is not None and preposition + 1 < end else None
    return (source[0], author[1]) if author is not None and (tokens[author[1] - 1].is_capitalized or (
        tokens[author[1] - 1].lower in load_lexicon("organization_words"))) else source  # ("a statement from the ministry")
