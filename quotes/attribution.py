"""Who said each quote: link every direct and mixed quote to the speaker mention next to it.

The rules follow the sieve of Muzny et al. (2017, "A Two-stage Sieve Approach for Quote
Attribution"): high-precision patterns first, each a small named function whose docstring shows the
sentence it handles; the first that fires decides, and its name is recorded in `Quote.rule`. Only the
words around a quote are tokenised. The mention is the expression in the text ("she" in "she added",
"Hugh Hill" in "Hugh Hill, a doctor at the clinic, said"); resolving it to a canonical speaker is the
job of `quotes.speakers`. When no rule fires the quote stays unattributed: never a wild guess.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache

from .lexicons import load_lexicon, load_lexicons, load_mapping
from .marks import QUOTE_CHARACTERS
from .model import Paragraph, Quote, Sentence
from .tokens import Token, tokenize
from .wordclass import is_inflected_verb, is_noun, is_verb

__all__ = ["attribute_quotes", "RULES"]

_WINDOW = 300  # characters read either side of a quote, and at the start of its sentence
_NEAR = 40  # tokens either side of a quote that sentence-wide rules read
_TRAILING_WORDS = 24  # tokens between a quote and the verb after it: "Hugh Hill, a doctor at the clinic, said"
_LEADING_WORDS = 20  # tokens between a speech verb and the quote it introduces: "Noem told reporters on Tuesday:"
# A transcript turn's label at the start of a quote: "WALLACE: ", "SEN. KAINE: ".
_TRANSCRIPT_LABEL = re.compile(r"([A-Z][A-Z'’.-]+(?:[ \t][A-Z][A-Z'’.-]+){0,2}):[ \t]")
_SIGNATURE_CHARS = 80  # a paragraph holding only "- Name, Role." after a quote
_STATEMENT_WORDS = 6  # "issued a brief statement on Monday:"
_FINAL_WORDS = 8  # tokens after a sentence-final speech verb: "..., officials said in a statement on Tuesday."
_APPOSITION_WORDS = 40
_NAME_WORDS = 10
_PHRASE_WORDS = 7
_OPENING_WORDS = 24  # an opening phrase before the subject: "Worried by the flooding downstream,"
_PARENTHETICAL_WORDS = 4  # words after "he said" before the comma closing it: ", he told friends Friday,"
_OWN_CLAUSE_OPENERS = frozenset({"which", "who", "whom", "when", "as", "while"})  # "..., which he called "...""
_OBJECT_WORDS = 4  # words of a verb's object before an infinitive: "used [his keynote speech] to offer"
_AGO_WORDS = 5  # "less than two weeks ago"
_DATELINE_WORDS = 5  # "SAN JUAN, P.R. —"
_MIXED_MODIFIERS = 2  # words before the speaker phrase after a mixed quote: "...," retired general Lloyd Newton said
_MODIFIER_WORDS = 4  # lower-case words before a name: "former police officer Dana Cole", "tax lawyer Joe"
_CLAUSE_END = frozenset({".", ";", "!", "?", "…"})
_DASHES = frozenset({"—", "–", "-", "--", "―", "−"})
_QUOTE = '"'  # text of the placeholder token standing for a quote inside a sentence
_TITLE = "title"  # ... and for a scare quote or a title, which reads as a noun
_BOUNDARIES = frozenset({",", ";", ":", "(", "—", "–", "-", "--", _QUOTE})  # where a verb's reach ends
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "it", "he's", "she's", "they're", "it's", "he'd", "she'd",
                               "they'd", "he'll", "she'll", "they'll"})
_PASSIVE = frozenset({"was", "were", "been", "being", "is", "are", "be", "get", "got"})


@dataclass(frozen=True, slots=True)
class _Found:
    mention_start: int
    mention_end: int
    verb: str | None
    rule: str


@dataclass(frozen=True, slots=True)
class _Earlier:
    """An attribution already made in the article, that a later quote may carry on."""

    found: _Found
    sentence: int


@dataclass(frozen=True, slots=True)
class _Context:
    """What a rule may look at: the quote and the tokens of its sentence around it."""

    text: str
    quote: Quote
    sentence: list[Token]  # the whole sentence, each quote a single placeholder token
    index: int  # this quote's placeholder in `sentence`
    verbs: list[int]  # the positions of the sentence's speech verbs, in order
    before: list[Token]  # from the sentence start (or the previous quote) to the opening mark
    after: list[Token]  # from the closing mark to the sentence end (or the next quote)
    paragraph: Paragraph
    sentence_start: int
    quote_only_paragraph: bool  # the paragraph holds nothing but quotes (and punctuation)
    last_here: _Earlier | None  # the last attribution before this quote in its paragraph
    last_before: _Earlier | None  # the last attribution of the previous paragraph
    paragraphs: Sequence[Paragraph]


def attribute_quotes(text: str, paragraphs: Sequence[Paragraph], quotes: Sequence[Quote],
                     sentences: Mapping[int, Sequence[Sentence]]) -> list[Quote]:
    """Return the quotes with `mention`, `mention_start`, `mention_end`, `verb` and `rule` filled.

    Scare quotes are left alone. Parts of one utterance (same `group`) share the attribution of the
    part whose rule is strongest, so "A," he said, "B." gives both parts to "he".
    """
    by_sentence: dict[tuple[int, int], list[Quote]] = {}
    for quote in quotes:
        by_sentence.setdefault((quote.paragraph, quote.sentence), []).append(quote)
    quote_only = _quote_only_paragraphs(text, paragraphs, quotes)
    inside = [(quote.start, quote.end) for quote in quotes if quote.is_speech]  # sorted: quotes come in order
    found: list[_Found | None] = []
    last_attributed: dict[int, _Earlier] = {}
    tokens_of: dict[tuple[int, int], tuple[list[Token], dict[int, int], list[int]]] = {}
    for quote in quotes:
        if not quote.is_speech:
            found.append(None)
            continue
        key = (quote.paragraph, quote.sentence)
        sentence = sentences[quote.paragraph][quote.sentence]
        if key not in tokens_of:
            tokens, placeholders = _sentence_tokens(text, sentence, by_sentence[key])
            heads = _verb_heads()
            tokens_of[key] = tokens, placeholders, [index for index, token in enumerate(tokens)
                                                    if token.lower in heads and _is_speech_verb(tokens, index)]
        tokens, placeholders, verbs = tokens_of[key]
        index = placeholders[quote.outer_start]
        context = _Context(text, quote, tokens, index, verbs, _before(tokens, index), _after(tokens, index),
                           paragraphs[quote.paragraph], sentence.start, quote.paragraph in quote_only,
                           last_attributed.get(quote.paragraph), last_attributed.get(quote.paragraph - 1), paragraphs)
        # A mention is never inside a quote: someone's words do not name their own speaker.
        result = next((result for rule in RULES if (result := rule(context)) is not None and (
            result.rule == "transcript_label" or not _overlaps_any(inside, result.mention_start, result.mention_end))),
            None)
        found.append(result)
        if result is not None:
            last_attributed[quote.paragraph] = _Earlier(result, quote.sentence)
    for position in range(len(quotes) - 2, -1, -1):  # backwards, so "A", "B" and "C," X said all reach A
        quote, following = quotes[position], quotes[position + 1]
        if found[position] is None and quote.is_speech and found[position + 1] is not None \
                and (quote.paragraph, quote.sentence) == (following.paragraph, following.sentence) \
                and text[quote.outer_end:following.outer_start].strip(" ,").lower() in ("and", "or"):
            found[position] = replace(found[position + 1], rule="coordinated_quote")  # Guns are "A" and "B," X said
    return [_apply(text, quote, result) for quote, result in zip(quotes, _share_within_groups(quotes, found))]


# --- the rules, strongest first ---------------------------------------------------------------


def transcript_label(context: _Context) -> _Found | None:
    """"PENCE: Well, look, ..." -- a transcript set in quotation marks, each turn opened by its
    speaker's name in capitals. The only mention that may sit inside the quote it attributes."""
    match = _TRANSCRIPT_LABEL.match(context.text, context.quote.start, context.quote.end)
    if match is None or match.group(1).lower() in load_lexicon("not_speaker_labels"):
        return None
    return _Found(match.start(1), match.end(1), None, "transcript_label")


def verb_then_speaker_after_quote(context: _Context) -> _Found | None:
    """"We will win," said Noem.  /  "...," added the senator from Texas."""
    tokens = _skip_punctuation(context.after)
    if not tokens or not (_is_speech_verb(tokens, 0) or tokens[0].lower in load_lexicon("trailing_verbs")) or (
            context.quote.kind == "mixed" and (not _ends_open(context) or _governed_before(context))):
        return None
    if tokens[0].lower.endswith("ing"):
        return None  # "...," promising the club will return: a participle, its object no speaker
    span = _phrase_after(tokens, 2 if _is_phrasal_verb(tokens, 0) else 1)
    return None if span is None else _found(tokens, span, _verb(tokens, 0), "verb_then_speaker_after_quote")


def speaker_then_verb_after_quote(context: _Context) -> _Found | None:
    """"We will win," Noem said.  /  "...," Hugh Hill, a doctor at the clinic, said.  /  "...," as Cruz said"""
    tokens = _skip_punctuation(context.after)
    if not tokens or (context.quote.kind == "mixed" and (not _ends_open(context) or (
            _governed_before(context) and not _parenthetical_attribution(tokens)))):
        return None
    if tokens[0].lower == "as" and len(tokens) > 2:
        tokens = tokens[1:]
    for index in range(1, min(len(tokens), _TRAILING_WORDS + 1)):
        if tokens[index].text in _CLAUSE_END:
            return None
        if tokens[index - 1].lower in load_lexicon("subordinators") or tokens[index - 1].lower == "to":
            continue  # "...," Blunt, when asked about it, said / "...," to describe: not an attribution's verb
        if (_is_speech_verb(tokens, index, after_subject=True) or (tokens[index].lower in load_lexicon(
                "trailing_verbs") and not _after_determiner(tokens, index))) \
                and not tokens[index].lower.endswith("ing") and not _modifies_a_title(tokens, index) \
                and not (index + 1 < len(tokens) and _is_speech_verb(tokens, index + 1)
                         and not tokens[index + 1].lower.endswith("ing")):  # "the IMF report stated"
            before_verb = _skip_auxiliaries(tokens, index - 1, 0)
            if before_verb >= 0 and tokens[before_verb].lower in ("and", "but"):
                return None  # "...," not on his religion, and said: the verb shares the subject before the quote
            span = _phrase_before(tokens, index, floor=0) or _bare_subject(tokens, index)
            if span is not None and tokens[span[0]].lower in ("which", "that") and span[0] == 0:
                return None  # "the "Charleston loophole," which allows ...": the quoted term, no speaker
            if span is not None and span[0] > 0 and (not _is_modifier_run(tokens, 0, span[0]) or (
                    tokens[span[0] - 1].text == "," and tokens[span[0]].lower in load_lexicon("articles"))):
                # "...," Lena Park, the pollster who founded the survey, tweeted: a name, then a
                # long apposition before the verb (its closing comma sometimes left out)
                named = _phrase_after(tokens, 0, pronoun_or_name_only=True)
                if named is not None and named[1] < index and tokens[named[1]].text == ",":
                    span = named
            if span is None or not _is_modifier_run(tokens, 0, span[0]) or (
                    context.quote.kind == "mixed" and span[0] > _MIXED_MODIFIERS):
                return None  # the words before the verb must all be the speaker's phrase
            return _found(tokens, span, _verb(tokens, index), "speaker_then_verb_after_quote")
    return None


def _parenthetical_attribution(tokens: list[Token]) -> bool:
    """", he told friends, in which ...": a pronoun and its speech verb set off by commas after a quote
    attribute it, even when a verb before the quote could govern it ("thought of them as "talks,"")."""
    if len(tokens) < 3 or tokens[0].lower not in _SUBJECT_PRONOUNS or not _is_speech_verb(tokens, 1):
        return False
    return any(token.text == "," or token.text in _CLAUSE_END for token in tokens[2:2 + _PARENTHETICAL_WORDS])


def dash_signature(context: _Context) -> _Found | None:
    """"We will win." — Commissioner Lee. Also the fact-check layout: a quote-only paragraph, then a
    short paragraph holding only its signature, "- Bernie Sanders."."""
    tokens = context.after
    if not tokens and context.quote_only_paragraph and context.paragraph.index + 1 < len(context.paragraphs):
        following = context.paragraphs[context.paragraph.index + 1]
        if following.end - following.start <= _SIGNATURE_CHARS:
            tokens = tokenize(context.text, following.start, following.end)
    if len(tokens) < 2 or tokens[0].text not in _DASHES:
        return None
    span = _phrase_after(tokens, 1)
    if span is None or not tokens[span[0]].is_capitalized or (
            span[1] < len(tokens) and tokens[span[1]].text not in _CLAUSE_END | {",", "("}):
        return None
    return _found(tokens, span, None, "dash_signature")


def name_colon(context: _Context) -> _Found | None:
    """Rep. Ann Lowry (R-Ohio): "I have not seen that figure anywhere." (a transcript)  /
    A DIGEST ITEM'S HEADLINE - Ann Lowry: "..." (a roundup names its source after a dash)"""
    tokens = context.before
    if len(tokens) < 2 or tokens[-1].text != ":" or tokens[0].text == _QUOTE:
        return None
    end = len(tokens) - 1
    if tokens[end - 1].text.startswith("(") and tokens[end - 1].text.endswith(")"):
        end -= 1  # "(R-S.C.)", read as one token
    elif tokens[end - 1].text == ")":
        while end > 0 and tokens[end - 1].text != "(":
            end -= 1
        end -= 1
    start = next((index + 1 for index in range(end - 1, -1, -1) if tokens[index].text in _DASHES), 0)
    # "HEADLINE OF THE ITEM - Michael P. McDonald: "...": a digest names its source after a dash
    span = _phrase_after(tokens, start)
    if span is None or span[1] != end or not tokens[start].is_capitalized:
        return None
    return _found(tokens, span, None, "name_colon")


def speaker_verb_before_quote(context: _Context) -> _Found | None:
    """Noem said: "We will win."  /  Said Edna Marsh, who grew up with him, "We were proud.\""""
    if context.quote.kind != "direct":
        return None
    tokens = context.before
    for index in range(len(tokens) - 1, max(-1, len(tokens) - _LEADING_WORDS - 2), -1):
        if tokens[index].text in _CLAUSE_END or tokens[index].text == _QUOTE:
            return None
        if _is_speech_verb(tokens, index):
            if tokens[index].lower.endswith("ing") and index > 0 and tokens[index - 1].text == "," \
                    and _carries_on(context, context.index - (len(tokens) - index)):
                return _reuse(context.last_here, "speaker_verb_before_quote")  # "...," said X, adding, "..."
            floor = _clause_floor(context.sentence, context.index)
            if tokens[index].lower.endswith("ing"):
                found = _verb_subject(context.sentence, context.index - (len(tokens) - index), floor)
                return None if found is None else replace(found, rule="speaker_verb_before_quote")
            return _subject_of(tokens, index, "speaker_verb_before_quote", inverted_ok=True)
    return None


def statement_before_quote(context: _Context) -> _Found | None:
    """Trump issued a statement, "Last night, our nation was attacked."  /  released the following statement:"""
    tokens = context.before
    if context.quote.kind != "direct" or len(tokens) < 2 or tokens[-1].text not in (",", ":"):
        return None
    nouns = load_lexicon("speech_nouns")
    if not any(token.lower in nouns and token.lower != "according" for token in tokens[-_STATEMENT_WORDS:-1]):
        return None
    found = _clause_subject(context.sentence, _clause_floor(context.sentence, context.index), context.index - 1,
                            None, "statement_before_quote", names_only=False)
    return found


def colon_after_subject(context: _Context) -> _Found | None:
    """One early supporter, Rep. Lee Zeldin, gave the technique a whirl: "You can easily argue..."."""
    tokens = context.before
    if context.quote.kind != "direct" or not tokens or tokens[-1].text != ":":
        return None
    tokens = context.sentence
    floor = _clause_floor(tokens, context.index)
    found = _clause_subject(tokens, floor, context.index - 1, None, "colon_after_subject", names_only=False)
    if found is not None and _names_no_one(tokens, found):
        # "The timing doesn't surprise Republican pollster Daron Shaw: "..."": with a subject that
        # names no one, the person named right before the colon speaks
        named = _noun_phrase_ending(tokens, context.index - 2, floor)
        last_two = tokens[named[1] - 2:named[1]] if named is not None and named[1] - named[0] > 1 else []
        if last_two and named[0] > floor and last_two[0].lower not in load_lexicons("articles", "determiners") \
                and all(token.is_capitalized and token.is_word for token in last_two):
            return _found(tokens, named, None, "colon_after_subject")
    return found


def _names_no_one(tokens: list[Token], found: _Found) -> bool:
    """"The timing", "his willingness": a determiner's phrase whose head is no role, organisation,
    group or document."""
    phrase = [token for token in tokens if found.mention_start <= token.start < found.mention_end]
    return len(phrase) > 1 and (phrase[0].lower in load_lexicon("determiners") or phrase[0].is_possessive) \
        and not phrase[-1].is_capitalized and not _is_known_noun(phrase[-1])


def passive_agent(context: _Context) -> _Found | None:
    """It has been called "a quiet retreat" by Helen Marsh.  /  "extreme careless," as described
    by FBI Director James Comey."""
    tokens = _skip_punctuation(context.after)
    if tokens and tokens[0].lower == "as":
        tokens = tokens[1:]
    if len(tokens) >= 2 and tokens[0].lower.endswith("ed") and _is_speech_verb(tokens, 0) and tokens[1].lower == "by":
        span = _phrase_after(tokens, 2)
        return None if span is None else _found(tokens, span, _verb(tokens, 0), "passive_agent")
    before = context.before
    if len(tokens) >= 2 and tokens[0].lower == "by" and any(
            _is_speech_verb(before, index) and before[index].lower.endswith("ed")
            for index in range(max(0, len(before) - 3), len(before))):
        span = _phrase_after(tokens, 1)
        return None if span is None else _found(tokens, span, None, "passive_agent")
    return None


def coordinated_quote(context: _Context) -> _Found | None:
    """Jack noted that "many are undecided" and that, "We're confident." (the same speaker again)"""
    earlier = context.last_here
    if earlier is None or earlier.sentence != context.quote.sentence or not context.before:
        return None
    words = [token.lower for token in context.before if token.is_word]
    if words and words[0] in ("and", "or", "but") and all(word in ("and", "or", "but", "that", "then", "also")
                                                          for word in words):
        return _reuse(earlier, "coordinated_quote")
    return None


def according_to(context: _Context) -> _Found | None:
    """The prison holds 238 detainees, according to the US Embassy.  /  in the words of an aide"""
    tokens = context.sentence
    low, high = max(0, context.index - _NEAR), min(len(tokens), context.index + _NEAR)
    lower = [token.lower for token in tokens[low:high]]
    present = set(lower)
    for phrase in load_lexicon("source_phrases"):
        words = phrase.split()
        if words[0] not in present:
            continue
        for offset in range(len(lower)):
            index = low + offset
            if lower[offset:offset + len(words)] == words:
                span = _phrase_after(tokens, index + len(words))
                if span is not None and span[1] + 1 < len(tokens) and tokens[span[1]].lower == "by":
                    span = _phrase_after(tokens, span[1] + 1) or span  # "according to calculations by X"
                if span is not None:
                    return _found(tokens, span, None, "according_to")
    return None


def sentence_final_attribution(context: _Context) -> _Found | None:
    """Obama "felt a moral obligation" to act, Axelrod said on Tuesday.  /  ..., said Lee Epstein, who..."""
    tokens = context.sentence
    end = len(tokens)
    while end > context.index + 1 and tokens[end - 1].text in _CLAUSE_END | {_QUOTE}:
        end -= 1
    adverbials = load_lexicon("adverbials")
    settings = load_lexicons("speech_nouns", "document_words", "media_words", "phrase_prepositions")
    for index in range(end - 1, max(context.index, end - _NEAR), -1):
        if tokens[index].text in _CLAUSE_END:
            return None
        if tokens[index].text == _QUOTE or not _is_speech_verb(tokens, index) or tokens[index].lower.endswith("ing"):
            continue
        if tokens[index - 1].text == ",":  # "..., said Lee Epstein, who teaches law."
            span = _phrase_after(tokens, index + 1)
            if span is not None and (span[1] == end or tokens[span[1]].text == ","):
                return _found(tokens, span, _verb(tokens, index), "sentence_final_attribution")
            continue
        tail = tokens[index + (2 if _is_phrasal_verb(tokens, index) else 1):end]
        comma = next((position for position, word in enumerate(tail) if word.text == ","), None)
        if comma is not None and comma + 1 < len(tail) and tail[comma + 1].lower.endswith("ing"):
            tail = tail[:comma]  # "..., Hollande said Tuesday in Paris, noting that ..."
        if len(tail) > _FINAL_WORDS or not all(
                word.lower in adverbials or word.text[0].isdigit() or word.is_capitalized
                or (word.lower in settings and position > 0) for position, word in enumerate(tail)):
            continue  # "..., she said in a video message to the convention."
        floor = max([context.index + 1, *(position + 1 for position in range(context.index + 1, index)
                                          if tokens[position].text == _QUOTE)])
        span = _phrase_before(tokens, index, floor=floor)
        if span is not None and (tokens[span[0] - 1].text in (",", _QUOTE) or tokens[span[0] - 1].lower == "as"):
            return _found(tokens, span, _verb(tokens, index), "sentence_final_attribution")  # ", as X put it."
    return None


def claim_owner(context: _Context) -> _Found | None:
    """Politifact checked Donald Trump's claim that there were "thousands of shootings" in Chicago.
    / Contrary to his promise to be "neutral", ...: the owner of the claim said the quote."""
    if context.quote.kind != "mixed":
        return None
    tokens = context.sentence
    floor = _clause_floor(tokens, context.index)
    nouns = load_lexicon("claim_nouns")
    for index in range(context.index - 1, max(floor, context.index - _NEAR) - 1, -1):
        token = tokens[index]
        if token.text == _QUOTE or token.text in _CLAUSE_END or _is_speech_verb(tokens, index):
            return None  # a verb nearer the quote governs it
        if token.lower in nouns and index > floor:
            content = tokens[index + 1].lower in ("that", "to") and tokens[context.index - 1].lower not in (
                "is", "was", "are", "were")  # not "Rubio's claim that ... is "simply not true""
            if not content:
                return None  # "Cruz's description was "false"": somebody else judges the claim
            owner = tokens[index - 1]
            if owner.lower in ("his", "her", "their", "its"):
                return _found(tokens, (index - 1, index), None, "claim_owner")
            if owner.is_possessive and owner.is_capitalized:
                start = index - 1
                while start - 1 >= floor and tokens[start - 1].is_capitalized and tokens[start - 1].is_word:
                    start -= 1
                return _found(tokens, (start, index), None, "claim_owner")
            return None
    return None


def governing_verb(context: _Context) -> _Found | None:
    """The US Embassy said on X that Noem and Bukele spoke about "strengthening cooperation".

    The outermost speech verb of the clause governs, unless a new clause (", and Clinton said")
    starts between it and the quote: "a woman asked for a photo and Clinton said, "...""."""
    if context.quote.kind != "mixed":
        return None
    tokens = context.sentence
    floor = _clause_floor(tokens, context.index)
    near = context.verbs[bisect_left(context.verbs, max(floor, context.index - _NEAR)):
                         bisect_left(context.verbs, context.index)]
    verbs = [index for index in near if not _in_opening_phrase(tokens, index)
             and not _in_subordinate_clause(tokens, floor, index, context.index)]
    for position, verb in enumerate(verbs):
        if position + 1 < len(verbs) and (_new_clause_between(tokens, verb + 1, context.index)
                                          or not _introduces_clause(tokens, verb, verbs[position + 1])
                                          or _has_own_subject(tokens, verbs[position + 1])):
            continue
        participle = tokens[verb].lower.endswith("ing") and tokens[verb - 1].text == ","
        if participle and _carries_on(context, verb):
            return _reuse(context.last_here, "governing_verb")  # "...," said X, adding that "..."
        found = _verb_subject(tokens, verb, floor)
        if found is not None:
            return replace(found, rule="governing_verb")
        if participle and context.last_here is not None and context.last_here.sentence == context.quote.sentence:
            return _reuse(context.last_here, "governing_verb")  # the participle's subject is the last speaker
        if tokens[verb - 1].text == ",":  # "Because of the calendar, explained Ferris, "with this...""
            after = _phrase_after(tokens, verb + 1, pronoun_or_name_only=True)
            if after is not None and tokens[after[0]].is_capitalized and after[1] < len(tokens) \
                    and tokens[after[1]].text in (",", _QUOTE):
                return _found(tokens, after, _verb(tokens, verb), "governing_verb")
    opening = [index for index in near if _in_opening_phrase(tokens, index)]
    if opening and not verbs and context.quote.text.rstrip()[-1:] == "," and context.index + 1 < len(tokens):
        # "After saying her foot was "so swollen ...," she was rushed to hospital": the participle's
        # subject is the main clause's, right after the quote
        found = _clause_subject(tokens, context.index + 1, len(tokens), _verb(tokens, opening[-1]), "governing_verb")
        if found is not None:
            return found
    return None


def _carries_on(context: _Context, verb: int) -> bool:
    """"...," said X, adding that "...": a participle carries on the attribution made between the
    previous quote and it (not one made before that quote: "Carson shared a class called
    "Perception" on his page, writing "..."" is Carson's)."""
    earlier, tokens = context.last_here, context.sentence
    if earlier is None or earlier.sentence != context.quote.sentence:
        return False
    previous_quote = next((index for index in range(verb - 1, -1, -1) if tokens[index].text == _QUOTE), None)
    return previous_quote is not None and tokens[previous_quote].end <= earlier.found.mention_start < tokens[verb].start


def _has_own_subject(tokens: list[Token], verb: int) -> bool:
    """"legislation, which he called "a cartel"", "booed when he told them": a relative or
    subordinate clause with a pronoun subject of its own; its verb, not the outer one, governs.
    ("said that he thinks" is no such clause: the outer verb's complement.)"""
    return verb >= 2 and tokens[verb - 1].lower in _SUBJECT_PRONOUNS and tokens[verb - 2].lower in _OWN_CLAUSE_OPENERS


def _in_subordinate_clause(tokens: list[Token], floor: int, verb: int, quote: int) -> bool:
    """True when the verb sits in a subordinate clause or an opening phrase closed by a comma before
    the quote: "When Trump [suggested] that Cuba would sue, Rubio fired back: "...", "In a Facebook
    message [posted] Friday, Cruz said he had "areas of disagreement"."""
    if tokens[floor].lower in load_lexicon("phrase_prepositions") and tokens[floor].is_capitalized:
        comma = next((index for index in range(floor, quote) if tokens[index].text == ","), None)
        if comma is not None and verb < comma:
            return True
    subordinators = load_lexicon("subordinators")
    opener = next((index for index in range(verb - 1, floor - 1, -1)
                   if tokens[index].lower in subordinators or tokens[index].text in (",", _QUOTE)), None)
    if opener is None or tokens[opener].lower not in subordinators:
        return False
    return any(tokens[index].text == "," for index in range(verb + 1, quote))


def _introduces_clause(tokens: list[Token], verb: int, later: int) -> bool:
    """True when the speech verb at `verb` takes the clause holding `later` as its object:
    "said [that] Y spoke", "said Thursday that Y", "warned that officers he has spoken with"."""
    between = tokens[verb + 1:later]
    if any(token.text in (",", ";", _QUOTE) or token.text in _DASHES for token in between):
        return any(token.lower == "that" for token in between)
    return True


def _new_clause_between(tokens: list[Token], start: int, end: int) -> bool:
    """True when a clause with its own subject starts in tokens[start:end]: "..., and he vowed",
    "a photo and Clinton said" (but not "Noem and Bukele", two names joined)."""
    for index in range(start, end - 1):
        token = tokens[index]
        if token.lower in ("and", "but", "while", "whereas", "although", "though", ";") or token.text == ";":
            following = tokens[index + 1]
            joins_names = index > 0 and tokens[index - 1].is_capitalized and tokens[index - 1].is_word
            if not joins_names and (following.lower in _SUBJECT_PRONOUNS or (
                    following.is_capitalized and following.is_word
                    and following.lower not in load_lexicon("clause_openers"))):
                return True
            if token.lower == "but" and following.lower in load_lexicon("articles"):
                return True  # "Clinton proposed a debate, but the Sanders campaign rejected it as "..."
    return False


def _in_opening_phrase(tokens: list[Token], verb: int) -> bool:
    """A participle in an opening phrase ("In granting the request, the judge ...") speaks for nobody."""
    return tokens[verb].lower.endswith("ing") and verb > 0 and tokens[verb - 1].lower in load_lexicon(
        "clause_openers") and not tokens[verb - 1].is_word is False


def _verb_subject(tokens: list[Token], verb: int, floor: int) -> _Found | None:
    """The subject of a speech verb; for a participle ("..., saying", "a statement calling") the
    clause's; for a passive ("as reported by Western Journalism") the agent after "by"."""
    if verb + 1 < len(tokens) and tokens[verb + 1].lower == "by" and tokens[verb].lower.endswith("ed"):
        span = _phrase_after(tokens, verb + 2)
        if span is not None:
            return _found(tokens, span, _verb(tokens, verb), "governing_verb")
    previous = tokens[verb - 1]
    if tokens[verb].lower.endswith("ing") and previous.lower == "and":
        # "with Trump tweeting that ... and asking, "...": the subject of the participle it joins
        for earlier in range(verb - 2, floor - 1, -1):
            if tokens[earlier].lower.endswith("ing") and _is_speech_verb(tokens, earlier):
                found = _verb_subject(tokens, earlier, floor)
                return None if found is None else replace(found, verb=_verb(tokens, verb))
    if tokens[verb].lower.endswith("ing") and previous.text == ",":
        # "Ryan and Trump will meet, Spicer said, adding, "...": the subject of the verb before
        finite = _skip_auxiliaries(tokens, verb - 2, floor)
        if finite >= floor and _is_speech_verb(tokens, finite) and not tokens[finite].lower.endswith("ing"):
            found = _subject_of(tokens, finite, "governing_verb", floor=floor, inverted_ok=True)
            if found is not None:
                return found
    if tokens[verb].lower.endswith("ing"):
        last = _skip_auxiliaries(tokens, verb - 1, floor)
        span = _noun_phrase_ending(tokens, last, floor) if last >= floor else None
        if span is not None and span[0] - 1 >= floor and tokens[span[0] - 1].lower == "with":
            return _found(tokens, span, _verb(tokens, verb), "governing_verb")  # "with Trump reportedly yelling"
    if tokens[verb].lower.endswith("ing") and not (previous.is_capitalized and previous.is_word
                                                   and previous.lower not in load_lexicon("adverbials")):
        return _clause_subject(tokens, floor, verb, _verb(tokens, verb), "governing_verb", names_only=False)
    return _subject_of(tokens, verb, "governing_verb", floor=floor)


def sentence_subject(context: _Context) -> _Found | None:
    """She thanked El Salvador for "bringing our terrorists here" and described it as "a tool".

    With no speech verb to go by, only a subject that surely names someone counts: he, she, they, a
    name of two words or more, or a single word the article also capitalises mid-sentence (a name,
    not an adjective that happens to start the sentence).
    """
    if context.quote.kind != "mixed":
        return None
    floor = _clause_floor(context.sentence, context.index)
    found = _clause_subject(context.sentence, floor, context.index, None, "sentence_subject")
    if found is None:  # "After saying her foot was "so swollen ...," she was "whisked off ...""
        quoted = max((position for position in range(floor, context.index)
                      if context.sentence[position].text == _QUOTE), default=None)
        if quoted is not None and quoted + 1 < context.index:
            found = _clause_subject(context.sentence, quoted + 1, context.index, None, "sentence_subject")
    if found is None:
        return None
    words = context.text[found.mention_start:found.mention_end].split()
    if words[0].lower() in ("it", "its", "it's"):
        return None  # "It has not helped that ...": an expletive, not a speaker
    if len(words) == 1 and words[0].lower() not in _SUBJECT_PRONOUNS and not re.search(
            rf"[a-z,;:] {re.escape(words[0])}\b", context.text):
        return None
    return found


def colon_in_previous_paragraph(context: _Context) -> _Found | None:
    """Ferris continued:\\n\\n"The budget issue is really a local issue...\""""
    if not context.quote_only_paragraph or context.paragraph.index == 0:
        return None
    previous = context.paragraphs[context.paragraph.index - 1]
    if context.text[previous.end - 1] != ":":
        return None
    tokens = tokenize(context.text, max(previous.start, previous.end - _WINDOW), previous.end)
    for index in range(len(tokens) - 1, max(-1, len(tokens) - _LEADING_WORDS - 2), -1):
        if tokens[index].text in _CLAUSE_END:
            break
        if _is_speech_verb(tokens, index):
            found = _subject_of(tokens, index, "colon_in_previous_paragraph", floor=_clause_floor(tokens, index),
                                inverted_ok=True)
            if found is not None:
                return found
    nouns = load_lexicon("speech_nouns")  # "The governor released the following statement:"
    if len(tokens) > 1 and any(token.lower in nouns and token.lower != "according"
                               for token in tokens[-_STATEMENT_WORDS:-1]):
        floor = _clause_floor(tokens, len(tokens) - 1)
        return _clause_subject(tokens, floor, len(tokens) - 1, None, "colon_in_previous_paragraph", names_only=False)
    return None


def continues_previous_paragraph(context: _Context) -> _Found | None:
    """A paragraph that is only a quote carries on the speaker of the paragraph just before it."""
    if not context.quote_only_paragraph or context.paragraph.index == 0:
        return None
    if context.last_before is not None:
        return _reuse(context.last_before, "continues_previous_paragraph")
    # Carter said the US would stay.\n\n"That's because this region matters."
    previous = context.paragraphs[context.paragraph.index - 1]
    tokens = tokenize(context.text, max(previous.start, previous.end - _WINDOW), previous.end)
    last = len(tokens) - 1 if tokens and tokens[-1].text in _CLAUSE_END else len(tokens)
    floor = _clause_floor(tokens, last)
    for index in range(floor, min(last, floor + _NEAR)):
        if _is_speech_verb(tokens, index):
            return _subject_of(tokens, index, "continues_previous_paragraph", floor=floor)
    # "Ferris is upbeat about the bridge.\n\n"Not only can it open in May ..."": a quote-only
    # paragraph after a sentence about a person or a pronoun gives them the floor
    found = _clause_subject(tokens, floor, last, None, "continues_previous_paragraph") if floor < last else None
    if found is not None and _names_someone(context.text[found.mention_start:found.mention_end]):
        return found
    return None


def previous_sentence(context: _Context) -> _Found | None:
    """Noem spoke to reporters. "We will win." (a whole-sentence quote after its speaker's sentence)"""
    if context.quote.kind == "mixed" and context.last_here is not None \
            and context.last_here.sentence == context.quote.sentence - 1 and not context.verbs:
        # "..., he said. Good information still drives out bad, but only when "the truth is sexier
        # than the lie."": a sentence without a speech verb carries on the one before it
        return _reuse(context.last_here, "previous_sentence")
    if context.quote.kind != "direct" or context.sentence_start == context.paragraph.start or (
            context.index != 0 and not _opened_by_participle(context)):
        return None
    if context.last_here is not None and context.last_here.sentence == context.quote.sentence - 1:
        return _reuse(context.last_here, "previous_sentence")
    tokens = tokenize(context.text, max(context.paragraph.start, context.sentence_start - _WINDOW),
                      context.sentence_start)
    last = len(tokens) - 1 if tokens and tokens[-1].text in _CLAUSE_END else len(tokens)
    floor = _clause_floor(tokens, last)
    while floor < last and tokens[floor].text in QUOTE_CHARACTERS:
        floor += 1  # the closing mark of the quote that ended the sentence before
    if context.last_here is None:
        return _reported_speaker(tokens, floor, last)
    if any(token.text in QUOTE_CHARACTERS for token in tokens[floor:last]):
        return _reuse(context.last_here, "previous_sentence")
    # '"...." Greene added that the Fed wants out. "They don't like to talk about it."': the speaker of
    # the sentence between, if it reports speech; else the last one
    return _reported_speaker(tokens, floor, last) or _reuse(context.last_here, "previous_sentence")


def _reported_speaker(tokens: list[Token], floor: int, last: int) -> _Found | None:
    """The subject of the first speech verb of a sentence: "Bolton distanced himself by saying ..."."""
    for index in range(floor, last):
        if _is_speech_verb(tokens, index) and not (index > floor and tokens[index - 1].lower in load_lexicon("negations")):
            found = _verb_subject(tokens, index, floor)  # (not "He didn't suggest retaliation.")
            if found is not None:
                return replace(found, rule="previous_sentence")
    return None


def _opened_by_participle(context: _Context) -> bool:
    """"Adding, "..."": a sentence opened by a bare participle carries on the sentence before it."""
    sentence = context.sentence
    return 0 < context.index <= 2 and sentence[0].lower.endswith("ing") and _is_speech_verb(sentence, 0) and all(
        token.text == "," or token.lower == "that" for token in sentence[1:context.index])


def _names_someone(mention: str) -> bool:
    """A pronoun, or a name of two capitalised words or more ("Richard Ferris"; not "The weather")."""
    words = mention.split()
    return (len(words) == 1 and words[0].lower() in _SUBJECT_PRONOUNS) or (
        len(words) > 1 and words[0].lower() not in load_lexicons("articles", "determiners")
        and all(word[0].isupper() for word in words))


RULES: tuple[Callable[[_Context], _Found | None], ...] = (
    transcript_label,
    verb_then_speaker_after_quote,
    speaker_then_verb_after_quote,
    dash_signature,
    name_colon,
    speaker_verb_before_quote,
    statement_before_quote,
    passive_agent,
    colon_after_subject,
    coordinated_quote,
    according_to,
    sentence_final_attribution,
    governing_verb,
    claim_owner,
    sentence_subject,
    colon_in_previous_paragraph,
    continues_previous_paragraph,
    previous_sentence,
)
# Rules that infer the speaker from the context rather than read it next to the quote.
_FALLBACK_RULES = frozenset({"sentence_subject", "continues_previous_paragraph", "previous_sentence"})


# --- sentences and quotes -----------------------------------------------------------------------


def _sentence_tokens(text: str, sentence: Sentence, inside: Sequence[Quote]) -> tuple[list[Token], dict[int, int]]:
    """Tokens of a sentence outside its quotes, each quote standing as one placeholder token.

    Returns the tokens and, for each quote's `outer_start`, the index of its placeholder. Long
    stretches between quotes are read only near their ends: a clue far from any quote and from the
    sentence start cannot decide an attribution, and reading it would cost time for nothing.
    """
    tokens: list[Token] = []
    placeholders: dict[int, int] = {}
    position = sentence.start
    for quote in [*inside, None]:
        gap_end = sentence.end if quote is None else quote.outer_start
        if gap_end - position > 2 * _WINDOW:
            tokens += tokenize(text, position, position + _WINDOW)
            tokens.append(Token(position + _WINDOW, gap_end - _WINDOW, "…", "…"))
            tokens += tokenize(text, gap_end - _WINDOW, gap_end)
        elif gap_end > position:
            tokens += tokenize(text, position, gap_end)
        if quote is not None:
            placeholders[quote.outer_start] = len(tokens)
            # A title or a scare quote reads as a noun inside the writer's words ("author of "America's
            # Unwritten Constitution," put it"); only speech stands apart as a quote.
            mark = _QUOTE if quote.is_speech else _TITLE
            tokens.append(Token(quote.outer_start, quote.outer_end, mark, mark))
            if mark == _TITLE and quote.text.endswith(","):
                # the comma American style puts inside the marks still punctuates the writer's sentence
                tokens.append(Token(quote.end - 1, quote.end, ",", ","))
            position = max(position, quote.outer_end)
    return tokens, placeholders


def _before(tokens: list[Token], index: int) -> list[Token]:
    start = index
    while start > 0 and tokens[start - 1].text != _QUOTE:
        start -= 1
    return tokens[start:index]


def _after(tokens: list[Token], index: int) -> list[Token]:
    end = index + 1
    while end < len(tokens) and tokens[end].text != _QUOTE:
        end += 1
    return tokens[index + 1:end]


def _quote_only_paragraphs(text: str, paragraphs: Sequence[Paragraph], quotes: Sequence[Quote]) -> set[int]:
    """Paragraphs holding nothing but quotes and punctuation: the news form of a continued quote."""
    position: dict[int, int] = {}
    spoiled: set[int] = set()
    for quote in quotes:
        paragraph = paragraphs[quote.paragraph]
        start = position.get(quote.paragraph, paragraph.start)
        if any(character.isalnum() for character in text[start:quote.outer_start]):
            spoiled.add(quote.paragraph)
        position[quote.paragraph] = quote.outer_end
    return {index for index, end in position.items()
            if index not in spoiled and not any(character.isalnum() for character in text[end:paragraphs[index].end])}


def _ends_open(context: _Context) -> bool:
    """A quote followed by its attribution ends with , ! ? . or a dash, or a comma follows it."""
    last = context.quote.text.rstrip("\"'’”»)] ")[-1:]
    if last in (",", "!", "?", "—", "–", "-", "…", ".", ":"):
        return True
    return bool(context.after) and context.after[0].text in (",", "—", "–")


def _apply(text: str, quote: Quote, found: _Found | None) -> Quote:
    if found is None:
        return quote
    return quote.attributed(text[found.mention_start:found.mention_end], found.mention_start, found.mention_end,
                            found.verb, found.rule)


def _overlaps_any(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    index = bisect_left(spans, (end,)) - 1
    return index >= 0 and spans[index][1] > start


def _share_within_groups(quotes: Sequence[Quote], found: list[_Found | None]) -> list[_Found | None]:
    """Give every part of an utterance one attribution: that of its first part a direct rule
    attributes, else of its first attributed part. ("A," he said, "B." / Obama said: "A...¶"B...")"""
    # In a transcript every labelled turn starts an utterance of its own, whatever the marks say.
    turns: dict[int, int] = defaultdict(int)
    keys: list[tuple[int, int]] = []
    for quote, result in zip(quotes, found):
        if result is not None and result.rule == "transcript_label":
            turns[quote.group] += 1
        keys.append((quote.group, turns[quote.group]))
    best: dict[tuple[int, int], _Found] = {}
    for key, result in zip(keys, found):
        current = best.get(key)
        if result is not None and (current is None or (current.rule in _FALLBACK_RULES
                                                       and result.rule not in _FALLBACK_RULES)):
            best[key] = result
    shared: list[_Found | None] = []
    for quote, key, result in zip(quotes, keys, found):
        group_best = best.get(key) if quote.is_speech else None
        if group_best is not None and result != group_best and not (
                result is not None and result.rule == "speaker_verb_before_quote"
                and result.mention_start != group_best.mention_start):  # ""A," Cruz said as the heckler yelled: "B""
            result = _Found(group_best.mention_start, group_best.mention_end, group_best.verb, "same_utterance")
        shared.append(result)
    return shared


def _reuse(earlier: _Earlier, rule: str) -> _Found:
    return _Found(earlier.found.mention_start, earlier.found.mention_end, earlier.found.verb, rule)


def _found(tokens: list[Token], span: tuple[int, int], verb: str | None, rule: str) -> _Found:
    return _Found(tokens[span[0]].start, tokens[span[1] - 1].end, verb, rule)


# --- noun phrases around speech verbs -------------------------------------------------------------


def _skip_punctuation(tokens: list[Token]) -> list[Token]:
    index = 0
    while index < len(tokens) and (tokens[index].text in (",", "—", "–", "-", ")", "]", "'", "’", "\"", "”")):
        index += 1
    return tokens[index:]


def _is_speech_verb(tokens: list[Token], index: int, *, after_subject: bool = False) -> bool:
    """A speech verb used as a verb: not "the claims", "his comments", nor part of a name.

    With `after_subject`, the words before are known to be a subject ("...," the document states),
    so a form that is usually a noun counts as a verb too.
    """
    token = tokens[index]
    if token.lower not in load_lexicon("speech_verbs") and not _is_phrasal_verb(tokens, index):
        return False
    if token.is_capitalized and index > 0 and tokens[index - 1].text not in _CLAUSE_END | {_QUOTE}:
        return False
    if index > 0:
        previous = tokens[index - 1]
        if previous.lower in load_lexicon("articles") or previous.is_possessive:
            return False
        if previous.lower in _PASSIVE and token.lower in ("told", "asked", "informed", "instructed", "advised"):
            return False  # "the staff were told": they were spoken to
    if token.lower in load_lexicon("noun_uses") and not after_subject:
        # "would not comment" and "Trump claims" are verbs; "an executive order" and "a press call" not
        if index == 0:
            return False
        previous = tokens[index - 1]
        return (previous.lower in load_lexicon("attribution_skip") or previous.lower in _SUBJECT_PRONOUNS
                or previous.lower in ("to", "who", "which", "they", "we", "i", "you")
                or (previous.is_capitalized and previous.is_word))
    return True


@cache
def _verb_heads() -> frozenset[str]:
    """Every word that can begin a speech verb: a cheap first test before `_is_speech_verb`."""
    return load_lexicon("speech_verbs") | frozenset(phrase.split()[0] for phrase in load_lexicon("speech_phrases"))


def _governed_before(context: _Context) -> bool:
    """A speech verb of the quote's clause governs a mixed quote when nothing separates them ("what
    Hedge called "the old model," the club charged ...", "Manafort, citing "the magic of Trump," said
    the candidate ..."): the words after the quote then belong to the writer's sentence."""
    tokens, index = context.sentence, context.index
    floor = _clause_floor(tokens, index)
    for verb in context.verbs:
        if not floor <= verb < index or (verb == floor and tokens[verb].lower.endswith("ing")):
            continue  # "Citing "obligations," the spokeswoman told ...": the speaker comes after
        if not any(token.text in _BOUNDARIES for token in tokens[verb + 1:index]):
            return True  # "... and said he would "protect our citizens," the crowd applauded"
    return False


def _after_determiner(tokens: list[Token], index: int) -> bool:
    """"a nod", "his smile": the word is a noun here, not a verb."""
    return index > 0 and (tokens[index - 1].lower in load_lexicon("articles") or tokens[index - 1].is_possessive)


def _is_phrasal_verb(tokens: list[Token], index: int) -> bool:
    """"went on", "shot back", "pointed out": a verb and its particle."""
    if index + 1 >= len(tokens) or f"{tokens[index].lower} {tokens[index + 1].lower}" not in load_lexicon(
            "speech_phrases"):
        return False
    # "she went on, "..."" and "went on to say" speak; "the Senate goes on recess" does not
    following = tokens[index + 2] if index + 2 < len(tokens) else None
    return tokens[index + 1].lower != "on" or following is None or not following.is_word or following.lower in (
        "to", "that", "about")


def _verb(tokens: list[Token], index: int) -> str:
    """The speech verb as written, with its particle for a two-word verb."""
    if _is_phrasal_verb(tokens, index):
        return f"{tokens[index].text} {tokens[index + 1].text}"
    return tokens[index].text


def _subject_of(tokens: list[Token], verb_index: int, rule: str, *, floor: int = 0,
                inverted_ok: bool = False) -> _Found | None:
    """The speaker phrase before a speech verb, or after it when the order is inverted (Said Noem: ...)."""
    span = _phrase_before(tokens, verb_index, floor=floor)
    if span is None and inverted_ok and (verb_index == 0 or not tokens[verb_index - 1].is_word):
        # "Said Noem: ...", not "it" in "As Amar, a professor, put it: ...", nor "the freeze" in "and recalled the freeze:"
        span = _phrase_after(tokens, verb_index + (2 if _is_phrasal_verb(tokens, verb_index) else 1))
    return None if span is None else _found(tokens, span, _verb(tokens, verb_index), rule)


def _clause_subject(tokens: list[Token], floor: int, limit: int, verb: str | None, rule: str, *,
                    names_only: bool = True) -> _Found | None:
    """The subject that opens a clause: a pronoun or a name (after an opening phrase ending in a comma)."""
    start = floor
    for _ in range(3):  # "On Thursday, after remaining neutral, Warren appeared ...", "In Portsmouth, N.H., on ..."
        opening = next((index for index in range(start, min(limit, start + _OPENING_WORDS))
                        if tokens[index].text == ","), None)
        first = tokens[start]
        opens = (first.lower in load_lexicon("clause_openers") or first.lower in load_lexicon("adverbials")
                 or (opening is not None and any(token.lower == "ago" for token in tokens[start:opening]))
                 or first.lower.endswith(("ing", "ed", "ly")) or first.text[0].isdigit()
                 or (first.lower.rstrip(".") in load_lexicon("abbreviations") and not _is_title(first)
                     and first.lower.rstrip(".") not in load_mapping("honorifics"))
                 or first.lower in load_lexicon("places")
                 or not (first.is_capitalized or first.lower in load_lexicon("determiners")))
        if opens and opening is not None and first.lower in load_lexicon("determiners") and any(
                is_verb(token.lower) for token in tokens[start + 1:opening] if not token.is_capitalized):
            opens = False  # "The Florida senator sought to calm them, and ...": a clause, not "The next day,"
        if opening is not None and opening + 1 < limit and first.lower not in _SUBJECT_PRONOUNS and opens and (
                tokens[opening + 1].lower in _SUBJECT_PRONOUNS or tokens[opening + 1].is_capitalized
                or tokens[opening + 1].lower in load_lexicon("clause_openers")
                or tokens[opening + 1].lower in load_lexicon("determiners")
                or first.lower in load_lexicon("clause_openers") or first.lower.endswith("ing")):
            start = opening + 1  # "On Tuesday, Gov. Jerry Brown ...", "Minutes later, she sent ..."
        else:
            break
    if start == floor:
        while start < limit and tokens[start].lower not in _SUBJECT_PRONOUNS and (
                tokens[start].lower in load_lexicon("clause_openers")
                or tokens[start].lower in load_lexicon("conjunctions")
                or tokens[start].lower.endswith("ly")) and start - floor < 3:
            start += 1  # "And then Trump went on the attack", "Then he cut into Bush"
        if start < limit and (tokens[start].lower in load_lexicon("clause_openers")
                              or tokens[start].lower.endswith("ly")) and tokens[start].lower not in _SUBJECT_PRONOUNS:
            return None
    if start >= limit:
        return None
    span = _phrase_after(tokens, start, pronoun_or_name_only=names_only)
    if span is None or span[1] > limit:
        return None
    author = _author_after(tokens, span[1], limit)
    if author is not None:
        span = author  # "a fundraising email sent out by Sanders warned": the author speaks
    words = [token for token in tokens[span[0]:span[1]] if token.is_word]
    if len(words) > 1 and all(token.text.isupper() for token in words):
        return None  # a heading in capitals: "COUNCIL VOTES TO DELAY PLAN"
    return _found(tokens, span, verb, rule)


def _author_after(tokens: list[Token], end: int, limit: int) -> tuple[int, int] | None:
    """The agent of a document phrase: "[a fundraising] email sent out by [Sanders]", "a statement
    released by [the campaign]"."""
    index = end
    if index < limit and tokens[index].lower in load_lexicon("speech_nouns") and not tokens[index].is_capitalized:
        index += 1  # the document noun the phrase stopped at: "email"
    if index >= limit or not tokens[index].lower.endswith(("ed", "en", "ent")):
        return None  # no participle: "sent", "released", "written"
    if index == end and tokens[end - 1].lower not in load_lexicons("document_words", "speech_nouns"):
        return None  # the phrase is no document: "the crowd gathered by the stage"
    index += 1
    if index < limit and tokens[index].lower in ("out", "up"):
        index += 1
    if index + 1 >= limit or tokens[index].lower != "by":
        return None
    agent = _phrase_after(tokens, index + 1)
    return agent if agent is not None and agent[1] <= limit else None


def _phrase_before(tokens: list[Token], end: int, *, floor: int) -> tuple[int, int] | None:
    """Token range of the noun phrase that ends right before `tokens[end]` (a verb).

    Skips auxiliaries and adverbs (has also said), a verb before an infinitive (interjected to say),
    an apposition between commas (Hugh Hill, a doctor at the clinic, said), a party designation
    (Rep. Trey Gowdy (R-S.C.) said) and a relative pronoun's clause (Hill, who runs it, said).
    """
    index = _skip_auxiliaries(tokens, end - 1, floor)
    if index < floor:
        return None
    if index - 1 >= floor and tokens[index].lower.endswith("ed") and not tokens[index].is_capitalized \
            and is_inflected_verb(tokens[index].lower) and not is_noun(tokens[index].lower) and tokens[index - 1].is_word \
            and tokens[index - 1].lower not in load_lexicon("determiners"):
        index -= 1  # "The crowd gathered [by the stage] chanted": a participle after its noun (not "those surveyed")
    apposition = False
    if tokens[index].lower in ("and", "but"):  # "He praised them but said": the first verb's subject
        subordinators = load_lexicon("subordinators")
        opener = next((position for position in range(index - 1, floor - 1, -1) if tokens[position].lower
                       in subordinators or tokens[position].text in (",", ";", _QUOTE)), None)
        if opener is not None and tokens[opener].lower in subordinators:
            found = _clause_subject(tokens, opener + 1, index, None, "", names_only=False)  # "when Cruz knocked ... and called"
            if found is not None:
                return _span_of(tokens, found)
        found = _clause_subject(tokens, floor, index, None, "", names_only=False)
        return None if found is None else _span_of(tokens, found)
    if tokens[index].text == ",":
        named = _name_between_commas(tokens, index, floor)
        if named is not None:
            return named  # "Another critic, Laurence H. Tribe, said": the name, not the description
        opening = _apposition_start(tokens, index, floor)
        if opening is None:
            return None
        index, apposition = opening - 1, True
    while index >= floor and tokens[index].text.startswith("(") and tokens[index].text.endswith(")"):
        index -= 1
    if index < floor:
        return None
    token = tokens[index]
    if token.lower in _SUBJECT_PRONOUNS:
        return index, index + 1
    if token.lower in ("who", "which"):
        return index, index + 1  # "Beck, who has described Trump as ...": speakers resolves "who"
    if token.is_capitalized and token.lower in load_lexicon("clause_openers") and index == end - 1 \
            and index > floor - 1 and (index == floor or tokens[index - 1].text in (",", _QUOTE)
                                       or tokens[index - 1].lower in ("which", "whom")):
        return index, index + 1  # a surname that is also a common word: "...," From said. / "which Will claims"
    span = _noun_phrase_ending(tokens, index, floor)
    if span is not None and not apposition and span[0] - 1 > floor and tokens[span[0] - 1].lower in load_lexicon(
            "phrase_prepositions") and _is_title(tokens[span[0] - 2]) and not tokens[span[0] - 2].is_capitalized:
        owner = _noun_phrase_ending(tokens, span[0] - 2, floor)  # "a Democratic staffer in the room wondered"
        if owner is not None:
            return owner[0], span[1]
    if span is not None and not apposition and span[0] - 1 > floor and tokens[span[0] - 1].lower in load_lexicon("phrase_prepositions") \
            and not _is_title(tokens[span[0] - 2]) and not (
                tokens[span[0] - 1].lower in load_lexicon("subordinators") and (
                    tokens[span[0]].is_capitalized or tokens[span[0] - 2].lower.removesuffix("s") in load_lexicon("time_nouns"))):
        # "Trump at the time said": the phrase before "at the time" speaks. Not in "three days after
        # Trump told": there "after" opens a clause and the name is its subject
        found = _phrase_before(tokens, span[0] - 1, floor=floor)  # "Trump at the time said", "on Tuesday called"
        if found is None and span[0] - 2 > floor and tokens[span[0] - 2].lower.endswith("ing"):
            found = _phrase_before(tokens, span[0] - 2, floor=floor)  # "Students walking across the campus shouted"
        return found
    if span is None and not apposition:
        return _before_relative_clause(tokens, index, floor)
    if span is not None and span[0] - 2 >= floor and tokens[span[0] - 1].lower in ("of", "at", "for", "from") \
            and (tokens[span[0]].is_capitalized or tokens[span[0]].lower in load_lexicon("articles")) \
            and tokens[span[0] - 2].is_capitalized and tokens[span[0] - 2].is_word:
        owner = _noun_phrase_ending(tokens, span[0] - 2, floor)  # "Ms. Ortiz of the Audubon Society said"
        if owner is not None:
            return owner[0], span[1]
    return span


def _before_relative_clause(tokens: list[Token], index: int, floor: int) -> tuple[int, int] | None:
    """"a city official who asked not to be named said": the phrase before "who"."""
    for position in range(index, max(floor, index - _NAME_WORDS) - 1, -1):
        token = tokens[position]
        if token.text in _CLAUSE_END or token.text in (",", _QUOTE) or token.lower in _SUBJECT_PRONOUNS:
            return None
        if token.lower == "who" and position - 1 >= floor:
            return _noun_phrase_ending(tokens, position - 1, floor)
    return None


def _name_after_comma(tokens: list[Token], end: int) -> tuple[int, int] | None:
    """The name right after a description and its comma: "his former partner, Lawrence B. Cummings"."""
    if end + 1 >= len(tokens) or tokens[end].text != ",":
        return None
    stop = end + 1
    connectors = load_lexicon("name_connectors")
    while stop < len(tokens) and stop - end <= _NAME_WORDS and tokens[stop].is_word and (
            tokens[stop].is_capitalized or (tokens[stop].lower in connectors and stop > end + 1)):
        stop += 1
    if stop - (end + 1) < 2 or (stop < len(tokens) and tokens[stop].text not in (",", ".", ";", _QUOTE)):
        return None  # a name has two words or more, and ends the phrase
    return end + 1, stop


def _name_between_commas(tokens: list[Token], comma: int, floor: int) -> tuple[int, int] | None:
    """The name in "a description, A Name, said", when a lower-case description comes before it."""
    opening = comma - 1
    while opening > floor and comma - opening <= _NAME_WORDS and tokens[opening].text != ",":
        opening -= 1
    if opening <= floor or tokens[opening].text != "," or opening + 1 >= comma:
        return None
    segment = tokens[opening + 1:comma]
    connectors = load_lexicon("name_connectors")
    if not segment[0].is_capitalized or not all(
            token.is_word and (token.is_capitalized or token.lower in connectors) for token in segment):
        return None
    before = tokens[opening - 1]
    if before.is_capitalized or not before.is_word:
        return None  # "Hugh Hill, Harvard Professor, said" keeps Hugh Hill (the apposition rule)
    return opening + 1, comma


def _span_of(tokens: list[Token], found: _Found) -> tuple[int, int] | None:
    """Token range of a found mention (the tokens it starts and ends on)."""
    start = bisect_left(tokens, found.mention_start, key=lambda token: token.start)
    end = bisect_left(tokens, found.mention_end, key=lambda token: token.end)
    if start >= len(tokens) or end >= len(tokens) or tokens[start].start != found.mention_start \
            or tokens[end].end != found.mention_end:
        return None
    return start, end + 1


def _bare_subject(tokens: list[Token], verb: int) -> tuple[int, int] | None:
    """The words right after a quote up to its verb, when they only describe the speaker:
    "...," the bespectacled, 71-year-old diplomat said."""
    end = _skip_auxiliaries(tokens, verb - 1, 0) + 1
    if end <= 0 or not tokens[end - 1].is_word or not _is_modifier_run(tokens, 0, end):
        return None
    return 0, end


def _skip_auxiliaries(tokens: list[Token], index: int, floor: int) -> int:
    """Step back over auxiliaries, adverbs and "went on to" before a verb; returns the new index."""
    skip = load_lexicon("attribution_skip")
    while index >= floor:
        token = tokens[index]
        if token.is_capitalized and token.lower in skip and token.lower not in load_lexicon("auxiliaries") and (
                (index > floor and tokens[index - 1].is_word) or is_inflected_verb(tokens[index + 1].lower)):
            break  # "which Will claims", "May said": capitalised, a name (Will, May), not the modal
        if token.lower in skip or token.lower in load_lexicon("days") \
                or (token.lower.endswith("ly") and not token.is_capitalized and token.is_word
                    and not is_noun(token.lower)) \
                or token.lower.endswith("n't"):
            index -= 1
        elif token.lower in load_lexicon("time_nouns") and index - 1 >= floor and tokens[index - 1].lower in (
                "this", "last", "next", "that"):
            index -= 2  # "teachers this week signed"
        elif token.lower == "ago":  # "The State Department less than two weeks ago said"
            start = index - 1
            while start >= floor and index - start <= _AGO_WORDS and (tokens[start].text[0].isdigit() or (
                    tokens[start].is_word and not tokens[start].is_capitalized)):
                start -= 1
            if start == index - 1 or start < floor:
                break
            index = start
        elif token.lower == "to" and index - 1 >= floor and tokens[index - 1].is_word:
            index -= 1  # "interjected to say", "went on to say", "declined to say"
            if tokens[index].lower in ("on", "out", "back", "up") and index - 1 >= floor:
                index -= 1
            elif is_noun(tokens[index].lower) and not is_verb(tokens[index].lower):
                index = _verb_before_object(tokens, index, floor)  # "used his keynote speech to offer"
            index -= 1
        else:
            break
    return index


def _verb_before_object(tokens: list[Token], noun: int, floor: int) -> int:
    """The verb whose object ends with `tokens[noun]` ("used [his keynote speech]", "took the
    opportunity"), or `noun` itself when no determiner and verb are found within a few words."""
    determiners = load_lexicon("determiners")
    for index in range(noun - 1, max(floor - 1, noun - _OBJECT_WORDS - 1), -1):
        token = tokens[index]
        if not token.is_word or token.is_capitalized:
            return noun
        if is_inflected_verb(token.lower) and not is_noun(token.lower):
            return index  # "Other leaders used [particularly blunt language] to denounce"
        if token.lower in determiners or token.is_possessive:
            verb = index - 1
            if verb >= floor and tokens[verb].is_word and not tokens[verb].is_capitalized and is_verb(tokens[verb].lower):
                return verb
            return noun
    return noun


def _apposition_start(tokens: list[Token], comma: int, floor: int) -> int | None:
    """Index of the comma opening an apposition that ends at `comma`, or None if it is not one.

    An apposition describes the name before it: "a doctor at the clinic", "53", "R-Texas", "now 81 and
    retired in Cambridge, Mass.", "who runs the clinic". A clause ("he held his fire") is not one.
    The farthest comma that follows a name wins, since an apposition may hold commas of its own.
    """
    best = None
    for index in range(comma - 1, max(floor - 1, comma - _APPOSITION_WORDS - 1), -1):
        token = tokens[index]
        if token.text in _CLAUSE_END or token.text == _QUOTE:
            break
        if token.text != "," or index <= floor or index + 1 >= comma:
            continue
        first = tokens[index + 1]
        if first.lower in _SUBJECT_PRONOUNS or (first.lower in load_lexicon("conjunctions")
                                                and first.lower not in load_lexicon("subordinators")):
            continue  # "Hill, and then he said" is a clause; "Hill, when asked about it, said" interjects one
        if best is not None and best - index > 2 and all(
                token.is_capitalized and token.is_word for token in tokens[index + 1:best]):
            break  # "Worried by the flooding, Senator Ann Lowry, the committee chair, said"
        name = tokens[index - 1]
        opener = tokens[index - 2] if index - 2 == floor else None
        if opener is not None and opener.is_capitalized and (
                opener.lower in load_lexicon("phrase_prepositions") or opener.lower in ("of", "for", "about")):
            continue  # "Of Carson, Levine, who backs Rubio, said": the opening phrase's object is no speaker
        if name.is_capitalized or name.lower in _SUBJECT_PRONOUNS or name.text.startswith("(") or _is_known_noun(name):
            best = index  # "Hugh Hill, a doctor, said" / "The lawmaker, who represents Albay, said"
    return best


def _noun_phrase_ending(tokens: list[Token], last: int, floor: int) -> tuple[int, int] | None:
    """The noun phrase whose last token is `tokens[last]`: a name, or a determiner's phrase."""
    token = tokens[last]
    if not token.is_word or token.lower in load_lexicon("clause_openers") or token.lower in load_mapping("pronouns"):
        return None
    articles = load_lexicon("articles")
    determiners = load_lexicon("determiners")
    connectors = load_lexicon("name_connectors")
    titles = load_lexicon("titles")
    start = last
    if token.is_capitalized or token.text[0].isdigit():
        while start - 1 >= floor and last - start < _NAME_WORDS:
            previous = tokens[start - 1]
            if previous.is_word and previous.is_capitalized:
                if previous.lower in load_lexicon("clause_openers") and not _is_name_start(tokens, start - 1):
                    break
                start -= 1
            elif previous.lower in connectors and start - 2 >= floor and tokens[start - 2].is_capitalized \
                    and tokens[start - 2].is_word:
                start -= 1
            elif previous.lower in articles:
                start -= 1
                break
            elif previous.is_word and _is_title(previous):
                start -= 1
            else:
                break
    else:
        while start - 1 >= floor and last - start < _PHRASE_WORDS:
            previous = tokens[start - 1]
            if previous.lower == "of" and start - 2 >= floor and _is_title(tokens[start - 2]):
                start -= 1  # "the secretary of state", "the head of communications"
                continue
            if previous.lower in determiners or previous.is_possessive or previous.text[0].isdigit():
                start -= 1
                if previous.is_possessive:
                    continue
                if previous.text[0].isdigit() and start - 1 >= floor and tokens[start - 1].lower in determiners:
                    start -= 1  # "the 34-year-old mother of three"
                break
            if previous.is_word and previous.lower not in load_lexicon("attribution_skip") \
                    and previous.lower not in connectors and previous.lower not in load_lexicon("speech_verbs") \
                    and previous.lower not in load_mapping("pronouns") \
                    and previous.lower not in load_lexicon("conjunctions"):  # not "While environmentalists"
                start -= 1
            else:
                break
        if tokens[start].lower not in determiners and not tokens[start].is_possessive \
                and not _is_plural(tokens[last]) and not tokens[start].text[0].isdigit() and not (
                    tokens[start].is_capitalized and _is_known_noun(tokens[last])):
            return None  # a bare singular noun ("reporters said" is fine, "time said", "Trump took" are not)
    start = _with_role_before(tokens, start, floor)
    return start, last + 1


def _with_role_before(tokens: list[Token], start: int, floor: int) -> int:
    """Extend "the Department of Homeland Security" to "a spokeswoman for the Department of ..."."""
    if start - 2 < floor or tokens[start - 1].lower not in ("for", "of", "at", "with", "from"):
        return start
    role = tokens[start - 2]
    if not _is_title(role):
        return start
    index = start - 2
    while index - 1 >= floor and index > start - 6:
        previous = tokens[index - 1]
        if previous.lower in load_lexicon("determiners") or previous.is_possessive:
            return index - 1
        if not previous.is_word or previous.lower in load_lexicon("attribution_skip"):
            break
        index -= 1
    return index


def _phrase_after(tokens: list[Token], start: int, *, pronoun_or_name_only: bool = False) -> tuple[int, int] | None:
    """Token range of the noun phrase starting at `tokens[start]`: said [the senator from Texas]."""
    if start >= len(tokens):
        return None
    token = tokens[start]
    if token.lower in _SUBJECT_PRONOUNS:
        return start, start + 1
    if not token.is_word:
        return None
    determiners = load_lexicon("determiners")
    if token.lower in determiners or token.is_possessive or (token.lower in load_lexicon("articles")):
        if pronoun_or_name_only and not token.is_capitalized:
            return None
        end = start + 1
        if end + 1 < len(tokens) and tokens[end].lower == "of" and token.lower in load_lexicon("quantity_words"):
            rest = _phrase_after(tokens, end + 1)  # "one of two witnesses", "some of his aides"
            return None if rest is None else (start, rest[1])
        if end < len(tokens) and tokens[end].is_word and tokens[end].lower in load_lexicon("speech_verbs"):
            end += 1  # "a report", "the statement": after a determiner it is a noun
        while end < len(tokens) and end - start < _PHRASE_WORDS and _continues_phrase(tokens[end]) and not (
                end > start + 1 and not tokens[end].is_capitalized and is_verb(tokens[end].lower)):
            end += 1  # "Other leaders [used]": a verb after the noun ends it; "the retired neurosurgeon" goes on
        if end == start + 1:
            alone = end == len(tokens) or tokens[end].text in _CLAUSE_END or tokens[end].text == ","
            return (start, end) if alone and token.lower in load_lexicon("pronoun_determiners") else None
        if tokens[end - 1].is_possessive:
            return None
        end = _with_of_phrase(tokens, end)
        named = _name_after_comma(tokens, end)
        return named if named is not None else (start, end)  # "said his former partner, Lawrence Cummings"
    if token.lower in load_mapping("pronouns") or token.lower in load_lexicon("days") or (
            not token.is_capitalized and token.lower in load_lexicon("attribution_skip")):
        return None  # "said Wednesday, ...": a day is not a speaker (but "said Will Barrow" has one)
    name_start = start
    if not token.is_capitalized and not _is_title(token):
        # "former police officer Dana Cole", "tax lawyer Joe Brandt": modifiers before a name
        while name_start < len(tokens) and name_start - start < _MODIFIER_WORDS and (_continues_phrase(
                tokens[name_start]) or _before_a_title(tokens, name_start) or (
                    tokens[name_start].lower == "of" and name_start > start)) and not tokens[name_start].is_capitalized \
                and not _is_title(tokens[name_start]) and tokens[name_start].lower not in load_lexicon("articles"):
            name_start += 1  # ("talk radio host Dale Pruitt": "talk" qualifies the title)
        if name_start >= len(tokens) or not (tokens[name_start].is_capitalized or _is_title(tokens[name_start])) \
                or tokens[name_start].lower in load_lexicon("days"):
            return None
        if pronoun_or_name_only:
            return None
    if tokens[name_start].lower in load_lexicon("clause_openers") and not _is_name_start(tokens, name_start):
        return None
    end = name_start + 1
    connectors = load_lexicon("name_connectors")
    while end < len(tokens) and end - name_start < _NAME_WORDS:
        following = tokens[end]
        if following.is_word and (following.is_capitalized or _is_title(following)) and (
                following.lower not in load_lexicon("speech_verbs") or (  # "Ohio State University"
                    following.is_capitalized and end + 1 < len(tokens) and tokens[end + 1].is_capitalized
                    and tokens[end + 1].is_word)):
            end += 1
        elif following.is_word and end + 2 < len(tokens) and _is_title(tokens[end + 1]) \
                and not tokens[end + 1].is_capitalized and tokens[end + 2].is_capitalized \
                and following.lower not in load_lexicon("speech_verbs") and not is_verb(following.lower):
            end += 2  # "Democratic [presidential nominee] Hillary Clinton", "Clinton’s [campaign manager] Robby Mook"
        elif following.lower in connectors and following.lower not in ("and", "&") and end + 1 < len(tokens) \
                and tokens[end + 1].is_capitalized and tokens[end + 1].is_word \
                and tokens[end + 1].lower not in load_lexicon("days"):  # not "Ann Lowry on Wednesday"
            end += 1
        else:
            break
    if pronoun_or_name_only and not tokens[start].is_capitalized:
        return None
    return start, _with_of_phrase(tokens, end)


def _continues_phrase(token: Token) -> bool:
    """Can this token sit inside a noun phrase after its determiner ("the [Florida senator]")?"""
    return (token.is_word and (token.is_capitalized or token.lower not in load_lexicon("speech_verbs"))
            and token.lower not in load_lexicon("name_connectors")
            and token.lower not in load_lexicon("attribution_skip")
            and token.lower not in load_mapping("pronouns")
            and (token.lower not in load_lexicon("clause_openers") or token.lower in load_lexicon("ordinals")))


def _with_of_phrase(tokens: list[Token], end: int) -> int:
    """Extend "a spokesman" to "a spokesman for the campaign" when a role noun takes its organisation."""
    if end + 1 >= len(tokens) or tokens[end].lower not in ("for", "of", "at", "with"):
        return end
    if not _is_title(tokens[end - 1]):
        return end
    index = end + 1
    if index < len(tokens) and (tokens[index].lower in load_lexicon("determiners") or tokens[index].is_possessive):
        index += 1
    extended = index
    while extended < len(tokens) and extended - end < _NAME_WORDS and tokens[extended].is_word and (
            tokens[extended].is_capitalized or extended == index
            or (tokens[extended].lower in load_lexicon("name_connectors") and extended + 1 < len(tokens)
                and tokens[extended + 1].is_capitalized)):
        extended += 1
    return extended if extended > index else end


def _is_modifier_run(tokens: list[Token], start: int, end: int) -> bool:
    """True when tokens[start:end] can all qualify the speaker phrase after them ("the Florida senator
    and Republican presidential candidate"): words and commas, no pronoun, verb or clause opener."""
    for index in range(start, end):
        token = tokens[index]
        if token.text in (",", "$", "#", "&"):
            continue  # "Fight for $15 organizing director Kendall Fells"
        if not token.is_word or token.lower in _SUBJECT_PRONOUNS or (
                _is_speech_verb(tokens, index) and not _modifies_a_title(tokens, index)) \
                or load_mapping("pronouns").get(token.lower) == "relative" or (
                    token.lower.endswith("ing") and not _is_noun_modifier(tokens, index)):
            return False
        if token.lower in load_lexicon("conjunctions") and (token.lower != "and" or index == start):
            return False
    return True


def _is_noun_modifier(tokens: list[Token], index: int) -> bool:
    """"planning" in "policy planning director", "managing" in "managing editor": a word in -ing
    before a noun or a title, no participle."""
    return index + 1 < len(tokens) and tokens[index + 1].is_word and (
        is_noun(tokens[index].lower) or _is_title(tokens[index + 1]))


def _before_a_title(tokens: list[Token], index: int) -> bool:
    """"talk" in "talk radio host Dale Pruitt": a word qualifying the title a few words on."""
    return any(_is_title(token) and not token.is_capitalized for token in tokens[index + 1:index + 3])


def _modifies_a_title(tokens: list[Token], index: int) -> bool:
    """"White House press secretary Jane Doe": "press" is part of a title, not a verb (but "told" in
    "she told moderator John Dickerson" can only be a verb)."""
    if not is_noun(tokens[index].lower):
        return False
    following = index + 1
    titles = load_lexicon("titles")
    while following < len(tokens) and tokens[following].lower.rstrip(".") in titles \
            and not tokens[following].is_capitalized:  # singular: "told reporters Friday" is a verb
        following += 1
    return following > index + 1 and following < len(tokens) and tokens[following].is_capitalized \
        and tokens[following].lower not in load_lexicon("days")


def _is_known_noun(token: Token) -> bool:
    """A lower-case word known to head a speaker's phrase: a role, an organisation, a document."""
    lower = token.lower.rstrip(".")
    return _is_title(token) or lower in load_lexicon("organization_words") or lower in load_lexicon(
        "document_words") or lower in load_lexicon("group_words")


def _is_title(token: Token) -> bool:
    """"senator", "Sen.", "aides", and compounds of a title: "co-anchor", "vice-chair"."""
    titles = load_lexicon("titles")
    lower = token.lower.rstrip(".").rpartition("-")[2]
    return lower in titles or (lower.endswith("s") and lower[:-1] in titles)


def _is_name_start(tokens: list[Token], index: int) -> bool:
    """A clause opener that is capitalised mid-sentence is part of a name ("Then" is not, "Will" is)."""
    return index > 0 and tokens[index - 1].text not in _CLAUSE_END | {_QUOTE, ",", ":", "—", "–"}


def _is_plural(token: Token) -> bool:
    lower = token.lower
    return lower in load_lexicon("group_words") or (lower.endswith("s") and not lower.endswith("ss") and len(lower) > 3)


def _clause_floor(tokens: list[Token], index: int) -> int:
    """Index after the last clause end before `index`: a subject is never found across a sentence end.

    Looks back at most a few dozen tokens: no rule reads farther, and a sentence made of thousands of
    quotes must not cost its length for each of them.
    """
    lowest = max(0, index - 2 * _NEAR)
    for position in range(index - 1, lowest - 1, -1):
        if tokens[position].text in _CLAUSE_END:
            return _after_dateline(tokens, position + 1, index)
    return _after_dateline(tokens, lowest, index)


def _after_dateline(tokens: list[Token], start: int, limit: int) -> int:
    """Skip a dateline opening the clause: "WASHINGTON — Sen. Chuck Grassley said" starts at "Sen."."""
    for position in range(start, min(limit, start + _DATELINE_WORDS)):
        token = tokens[position]
        if token.text in _DASHES:
            return position + 1 if position > start else start
        if not (token.text == "," or (token.is_word and token.text.isupper()) or token.text.endswith(".")):
            return start
    return start
