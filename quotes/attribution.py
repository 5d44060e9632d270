"""Who said each quote: link every direct and mixed quote to the speaker mention next to it.

The rules follow the sieve of Muzny et al. (2017, "A Two-stage Sieve Approach for Quote
Attribution"): high-precision patterns first, each a small named function whose docstring opens
with a sentence it handles. `RULES` is their order, one record each; the first that fires decides,
and the loop records its name in `Quote.rule`. `PASSES` then run over the whole article: quotes
joined by "and", and the parts of one utterance. Only the words around a quote are tokenised; where
a speaker's phrase starts and ends is the grammar in `quotes.phrases`. The mention is the expression
in the text ("she" in "she added", "Hugh Hill" in "Hugh Hill, a doctor at the clinic, said");
resolving it to a canonical speaker is the job of `quotes.speakers`. When no rule fires the quote
stays unattributed: never a wild guess. The last rules, which carry a speaker over from the sentence
or paragraph before, are in `quotes.carried`; what every rule reads and returns, in `quotes.sieve`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Mapping, Sequence

from .lexicons import load_lexicon, load_lexicons
from .model import Kind, Paragraph, Quote, Sentence, overlaps_any
from .claims import claim_agent, claim_owner_span, past_circumstance, words_owner
from .sources import named_source
from .clauses import (governing_candidates, has_finite, has_own_subject, in_opening_phrase, introduces_clause, is_finite_verb, main_clause_after,
                      new_clause_between, opening_participle, reports_more, skip_punctuation, time_amount)
from .forwardphrases import phrase_after
from .phrases import (CLAUSE_END, DASHES, QUOTE, Phrase, bare_subject, clause_floor, clause_subject, governed_before, noun_phrase_ending,
                      phrase_before, phrase_before_stray_comma, subject_of, verb_subject)
from .sentences import quote_only_paragraphs
from .speechverbs import after_determiner, is_modifier_run, is_phrasal_verb, is_speech_verb, parenthetical_attribution
from .titles import modifies_a_title
from .tokens import SharedTokens, Token, sentence_tokens, since_last_quote, tokenize, until_next_quote
from .marks import QUOTE_CHARACTERS
from .verbgroups import is_perceived_speech, skip_auxiliaries
from .mentions import author_preposition, names_another, names_no_one, speaking_part
from .wordclass import is_inflected_verb, is_noun, is_title, speech_cue_heads
from .sieve import LEADING_WORDS, NEAR, STATEMENT_WORDS, Attribution, Context, Earlier, Found, Pass, Rule, found_at
from .carried import colon_in_previous_paragraph, continues_previous_paragraph, previous_sentence
from .writerclauses import in_writer_idiom

__all__ = ["attribute_quotes", "PASSES", "RULES", "Pass", "Rule"]

_TRAILING_WORDS = 32  # tokens between a quote and the verb after it: "Hugh Hill, a doctor at the clinic, said"
_TRANSCRIPT_LABEL = re.compile(r"([A-Z][A-Z'’.-]+(?:[ \t][A-Z][A-Z'’.-]+){0,2}):[ \t]")  # a turn's label: "SEN. KAINE: "
_A_WORD = re.compile(r"[^\W\d_]{2}")  # two letters in a row: a word, not an initial
_SIGNATURE_CHARS = 80  # a paragraph holding only "- Name, Role." after a quote
_LABEL_GAP = 4  # spaces between a dashed name and the quote it labels: "- Graeme Souness \"We deserved ..."
_FINAL_WORDS = 8  # tokens after a sentence-final speech verb: "..., officials said in a statement on Tuesday."
_MIXED_MODIFIERS = 2  # words before the speaker phrase after a mixed quote: "...," retired general Lloyd Newton said
_DIRECT: frozenset[Kind] = frozenset({"direct"})
_MIXED: frozenset[Kind] = frozenset({"mixed"})


def attribute_quotes(text: str, paragraphs: Sequence[Paragraph], quotes: Sequence[Quote],
                     sentences: Mapping[int, Sequence[Sentence]], *,
                     shared: SharedTokens | None = None) -> list[Quote]:
    """Return the quotes with `mention`, `mention_start`, `mention_end`, `verb` and `rule` filled.

    Scare quotes are left alone. Parts of one utterance (same `group`) share the attribution of the
    part whose rule is strongest, so "A," he said, "B." gives both parts to "he". `shared` keeps
    the sentences' tokens for a later reader (see `sentence_tokens`).
    """
    by_sentence: dict[tuple[int, int], list[Quote]] = {}
    for quote in quotes:
        by_sentence.setdefault((quote.paragraph, quote.sentence), []).append(quote)
    quote_only = quote_only_paragraphs(text, paragraphs, quotes)
    inside = [(quote.start, quote.end) for quote in quotes if quote.is_speech]  # sorted: quotes come in order
    found: list[Attribution | None] = []
    last_attributed: dict[int, Earlier] = {}
    group_found: dict[int, Found] = {}  # each utterance's first attribution
    tokens_of: dict[tuple[int, int], tuple[list[Token], dict[int, int], list[int], int]] = {}
    for quote in quotes:
        if not quote.is_speech:
            found.append(None)
            continue
        key = (quote.paragraph, quote.sentence)
        sentence = sentences[quote.paragraph][quote.sentence]
        if key not in tokens_of:
            tokens, placeholders = sentence_tokens(text, sentence, by_sentence[key], shared)
            heads = speech_cue_heads()
            end = len(tokens)
            while end > 0 and (tokens[end - 1].text in CLAUSE_END or tokens[end - 1].text == QUOTE):
                end -= 1
            verbs = [index for index, token in enumerate(tokens) if token.lower in heads and is_speech_verb(tokens, index)
                     and not in_writer_idiom(tokens, index) and not modifies_a_title(tokens, index)]
            tokens_of[key] = tokens, placeholders, verbs, end  # (not "and I quote,", nor "White House [press] secretary")
        tokens, placeholders, verbs, end = tokens_of[key]
        index = placeholders[quote.outer_start]
        context = Context(text, quote, tokens, index, verbs, end, since_last_quote(tokens, index), until_next_quote(tokens, index),
                           paragraphs[quote.paragraph], sentence.start, quote.paragraph in quote_only,
                           last_attributed.get(quote.paragraph), last_attributed.get(quote.paragraph - 1), paragraphs)
        result = _sieve(context, inside)
        found.append(result)
        if result is not None:
            last_attributed[quote.paragraph] = Earlier(result.found, quote.sentence)
            group_found.setdefault(quote.group, result.found)
        elif quote.group in group_found:  # a later part of an utterance with a speaker: the next sentence carries it on
            last_attributed[quote.paragraph] = Earlier(group_found[quote.group], quote.sentence, carried=True)
    for step in PASSES:
        for position, mention in step.apply(text, quotes, found).items():
            found[position] = Attribution(mention, step)
    return [_apply(text, quote, result) for quote, result in zip(quotes, found)]


def _sieve(context: Context, inside: list[tuple[int, int]]) -> Attribution | None:
    """The first rule that serves the quote's kind and finds a mention. A mention is never inside a
    quote (someone's words do not name their own speaker), but for the rules that say it may be."""
    for rule in RULES:
        if context.quote.kind in rule.kinds:
            found = rule.find(context)
            if found is not None and (rule.mention_in_quote
                                      or not overlaps_any(inside, found.mention_start, found.mention_end)):
                return Attribution(found, rule)
    return None


# --- the rules, strongest first ---------------------------------------------------------------


def transcript_label(context: Context) -> Found | None:
    """"PENCE: Well, look, we will win."

    A transcript set in quotation marks, each turn opened by its speaker's name in capitals. The only
    mention that may sit inside the quote it attributes. A turn says something: a label followed by
    no word ("TH: N") is no turn."""
    match = _TRANSCRIPT_LABEL.match(context.text, context.quote.start, context.quote.end)
    if match is None or match.group(1).lower() in load_lexicon("not_speaker_labels") \
            or not _A_WORD.search(context.text, match.end(), context.quote.end):
        return None
    return Found(match.start(1), match.end(1), None)


def verb_then_speaker_after_quote(context: Context) -> Found | None:
    """"We will win," said Noem.  /  "...," added the senator from Texas."""
    tokens = skip_punctuation(context.after)
    if not tokens or not (is_speech_verb(tokens, 0) or tokens[0].lower in load_lexicon("trailing_verbs")) or (
            context.quote.kind == "mixed" and (not _ends_open(context) or governed_before(context.sentence, context.index, context.verbs))):
        return None
    if tokens[0].lower.endswith("ing") or tokens[0].lower in load_lexicon("addressee_first_verbs"):
        return None  # "...," promising the club will return: a participle, its object no speaker; "told X": X is spoken to
    after = 2 if is_phrasal_verb(tokens, 0) else 1
    after += 1 if after < len(tokens) and tokens[after].lower == tokens[0].lower else 0  # '"...," said said X': typed twice
    span = phrase_after(tokens, after)
    following = tokens[span[1]] if span is not None and span[1] < len(tokens) else None
    if span is None or (following is not None and (following.lower in load_lexicons("copulas", "auxiliaries", "modals") or (
            following.lower.endswith("s") and is_finite_verb(following)))):
        return None  # ('Oh, known as "the queen of TV," said [she] was drawn': the subject of what was said, no speaker;
        # but '"...," said one musician [quoted] by the report': a participle describes the speaker)
    return found_at(tokens, _with_document_author(tokens, span), 0)


def _with_document_author(tokens: list[Token], span: tuple[int, int]) -> tuple[int, int]:
    """"read [a statement] from the Department of Foreign Affairs", "said a memo from Laurence Tisch":
    the document's author, named after "from" or "by", speaks through it; the mention takes it in."""
    end = span[1]
    if tokens[end - 1].lower not in load_lexicon("document_words") or author_preposition(tokens, end) != end:
        return span
    author = phrase_after(tokens, end + 1)
    return span if author is None else (span[0], author[1])


def speaker_then_verb_after_quote(context: Context) -> Found | None:
    """"We will win," Noem said.  /  "...," Hugh Hill, a doctor at the clinic, said.  /  "...," as Cruz said"""
    tokens = skip_punctuation(context.after)
    if not tokens or (context.quote.kind == "mixed" and (not _ends_open(context) or (
            governed_before(context.sentence, context.index, context.verbs) and not parenthetical_attribution(tokens))
            or (context.before and context.before[-1].text in DASHES and context.after[0].text in DASHES))):
        return None  # (and not an aside between dashes: 'lamented her gaffes - "does she ...?" - Democrats said')
    if tokens[0].lower == "as" and len(tokens) > 2:
        tokens = tokens[1:]
    for index in range(1, min(len(tokens), _TRAILING_WORDS + 1)):
        if tokens[index].text in CLAUSE_END:
            return None
        if tokens[index - 1].lower in load_lexicon("subordinators") or tokens[index - 1].lower == "to":
            continue  # "...," Blunt, when asked about it, said / "...," to describe: not an attribution's verb
        if (is_speech_verb(tokens, index, after_subject=True) or (tokens[index].lower in load_lexicon(
                "trailing_verbs") and not after_determiner(tokens, index) and (index + 1 == len(tokens) or tokens[
                    index + 1].text in CLAUSE_END or tokens[index + 1].text == ","))) \
                and (not tokens[index].lower.endswith("ing") or is_perceived_speech(tokens, index)) and not modifies_a_title(tokens, index) \
                and not (index + 1 < len(tokens) and is_speech_verb(tokens, index + 1)
                         and not tokens[index + 1].lower.endswith("ing")):  # "the IMF report stated"
            before_verb = skip_auxiliaries(tokens, index - 1, 0)
            if before_verb >= 0 and tokens[before_verb].lower in ("and", "but"):
                return None  # "...," not on his religion, and said: the verb shares the subject before the quote
            span = phrase_before(tokens, index, floor=0) or bare_subject(tokens, index) or phrase_before_stray_comma(
                tokens, index, quote_comma=context.quote.text.endswith(","))
            if span is not None and tokens[span[0]].lower in ("which", "that") and span[0] == 0:
                return None  # "the "Charleston loophole," which allows ...": the quoted term, no speaker
            if span is not None and (any(token.text == "," for token in tokens[span[0]:span[1]]) or span[0] > 0 and (
                    not is_modifier_run(tokens, 0, span[0]) or (tokens[span[0] - 1].text == "," and (
                        tokens[span[0]].lower in load_lexicon("articles") or is_title(tokens[span[0]].lower))))):
                # "...," Lena Park, the pollster who founded the survey, tweeted: a name, then a
                # long apposition before the verb (its closing comma sometimes left out)
                named = phrase_after(tokens, 0, pronoun_or_name_only=True)
                if named is not None and named[1] < index and tokens[named[1]].text == ",":
                    span = named
            if span is None or not is_modifier_run(tokens, 0, span[0]) or (
                    context.quote.kind == "mixed" and span[0] > _MIXED_MODIFIERS) or (
                    span[1] - span[0] == 1 and is_inflected_verb(tokens[span[0]].lower) and not is_noun(tokens[span[0]].lower)):
                return None  # the words before the verb must all be the speaker's phrase (a verb is none: "...," came shouts)
            if context.quote.text.rstrip()[-1:] in (".", "!") and (reports_more(tokens, index) or _introduces_next_quote(tokens, index)):
                return None  # '"...." Houllier also revealed he is ready', '"...." Mr Houston was quoted in the Herald
                # saying: "..."': a sentence of its own, about what comes after it
            return found_at(tokens, span, index)
    return None


def _introduces_next_quote(tokens: list[Token], verb: int) -> bool:
    """An attribution whose clause ends in a colon introduces the quote after it (`tokens` end at the
    next quote)."""
    return tokens[-1].text == ":" and len(tokens) - verb <= _TRAILING_WORDS and not any(
        token.text in CLAUSE_END for token in tokens[verb + 1:])


def dash_signature(context: Context) -> Found | None:
    """"We will win." — Commissioner Lee.

    Also the fact-check layout: a quote-only paragraph, then a short paragraph holding only its
    signature, "- Bernie Sanders."."""
    tokens = context.after
    if not tokens and context.quote_only_paragraph and context.paragraph.index + 1 < len(context.paragraphs):
        following = context.paragraphs[context.paragraph.index + 1]
        if following.end - following.start <= _SIGNATURE_CHARS:
            tokens = tokenize(context.text, following.start, following.end)
    if len(tokens) < 2 or tokens[0].text not in DASHES:
        return None
    span = phrase_after(tokens, 1)
    if span is None or not tokens[span[0]].is_capitalized or (
            span[1] < len(tokens) and tokens[span[1]].text not in CLAUSE_END | {",", "("}):
        return None
    after_name = context.text[tokens[span[1] - 1].end:tokens[span[1] - 1].end + _LABEL_GAP].lstrip(" \t")
    if after_name and after_name[0] in QUOTE_CHARACTERS:
        return None  # '... cracked." / - Newcastle boss Graeme Souness "We deserved ...': the next quotes' label
    return found_at(tokens, span)


def name_colon(context: Context) -> Found | None:
    """Rep. Ann Lowry (R-Ohio): "I have not seen that figure anywhere."  /  A DIGEST ITEM'S HEADLINE -
    Ann Lowry: "..."

    A transcript's turn; a roundup names its source after a dash, and a line of reactions opening with
    a dash may leave out the colon ("- Bolton boss Sam Allardyce "I am bitterly disappointed ..."")."""
    tokens = context.before
    if len(tokens) > 2 and tokens[0].text in DASHES and tokens[-1].text != ":" and tokens[1].is_capitalized \
            and not context.text[context.text.rfind("\n", 0, tokens[0].start) + 1:tokens[0].start].strip():
        label = phrase_after(tokens, 1)
        return found_at(tokens, label) if label is not None and label[1] == len(tokens) else None
    if len(tokens) < 2 or tokens[-1].text != ":" or tokens[0].text == QUOTE:
        return None
    end = len(tokens) - 1
    if tokens[end - 1].is_parenthetical:
        end -= 1  # "(R-S.C.)", read as one token
    elif tokens[end - 1].text == ")":
        while end > 0 and tokens[end - 1].text != "(":
            end -= 1
        end -= 1
    start = next((index + 1 for index in range(end - 1, -1, -1) if tokens[index].text in DASHES), 0)
    # "HEADLINE OF THE ITEM - Michael P. McDonald: "...": a digest names its source after a dash
    span = phrase_after(tokens, start)
    if span is None or span[1] != end or not tokens[start].is_capitalized:
        return None
    return found_at(tokens, span)


def speaker_verb_before_quote(context: Context) -> Found | None:
    """Noem said: "We will win."  /  Said Edna Marsh, who grew up with him, "We were proud.\""""
    tokens = context.before
    for index in range(len(tokens) - 1, max(-1, len(tokens) - LEADING_WORDS - 2), -1):
        if tokens[index].text in CLAUSE_END or tokens[index].text == QUOTE:
            return None
        if is_speech_verb(tokens, index) and not in_writer_idiom(tokens, index):
            carried = _carried_on(context, context.index - (len(tokens) - index)) if (
                tokens[index].lower.endswith("ing") and index > 0 and tokens[index - 1].text == ",") else None
            if carried is not None:
                return carried  # "...," said X, adding, "..."
            floor = max(clause_floor(context.sentence, context.index), _after_quoted_sentence(context))
            if tokens[index].lower.endswith("ing"):
                found = verb_subject(context.sentence, context.index - (len(tokens) - index), floor)
                return None if found is None else found_at(context.sentence, found)
            found = subject_of(tokens, index, inverted_ok=True)
            if found is None and index == len(tokens) - 1 and (whole := verb_subject(context.sentence, context.index - 1, floor) or clause_subject(
                    context.sentence, floor, context.index - 1)):
                return found_at(context.sentence, whole, context.index - 1)  # 'X, head of Y, in testimony said "..."'
            if found is None and index > 0 and tokens[index - 1].lower in ("and", "but"):
                # 'He described it as a "passing incident" and added, "...": the subject before the
                # earlier quote, which the words since that quote do not reach
                found = subject_of(context.sentence, context.index - (len(tokens) - index), floor=floor, inverted_ok=True)
                earlier = context.last_here
                if found is None and index == 1 and earlier is not None and earlier.sentence == context.quote.sentence - 1:
                    # 'Ms Jowell insisted: "...." And continued: "..."': the last speaker goes on
                    return earlier.found._replace(verb=tokens[index].text)
                return None if found is None else found_at(context.sentence, found)
            return None if found is None else found_at(tokens, found)
    return None


def _after_quoted_sentence(context: Context) -> int:
    """Where the words before a quote start when a quote that ends a sentence comes right before them
    ('"It is a distraction." [Mr Houston was quoted in the Herald saying]: "..."'): no subject reads
    across a sentence's end, inside marks or not. 0 otherwise."""
    start = context.index - len(context.before)
    if start == 0 or context.sentence[start - 1].text != QUOTE:
        return 0
    mark = context.sentence[start - 1]
    return start if context.text[mark.start:mark.end].rstrip(QUOTE_CHARACTERS + " ")[-1:] in (".", "!", "?") else 0


def statement_before_quote(context: Context) -> Found | None:
    """Trump issued a statement, "Last night, our nation was attacked."  /  released the following statement:"""
    tokens = context.before
    if len(tokens) < 2 or tokens[-1].text not in (",", ":"):
        return None
    nouns = load_lexicon("speech_nouns")
    if not any(token.lower in nouns and token.lower != "according" for token in tokens[-STATEMENT_WORDS:-1]):
        return None
    found = clause_subject(context.sentence, clause_floor(context.sentence, context.index), context.index - 1,
                           names_only=False)
    return None if found is None else found_at(context.sentence, found)


def colon_after_subject(context: Context) -> Found | None:
    """One early supporter, Rep. Lee Zeldin, gave the technique a whirl: "You can easily argue..."."""
    tokens = context.before
    if not tokens or tokens[-1].text != ":":
        return None
    tokens = context.sentence
    floor = clause_floor(tokens, context.index)
    found = clause_subject(tokens, floor, context.index - 1, names_only=False)
    if found is not None and names_no_one(tokens, found[:2]):
        # "The timing doesn't surprise Republican pollster Daron Shaw: "..."": with a subject naming no one, the one before the colon speaks
        named = noun_phrase_ending(tokens, context.index - 2, floor)
        last_two = tokens[named[1] - 2:named[1]] if named is not None and named[1] - named[0] > 1 else []
        if named is not None and last_two and named[0] > floor and last_two[0].lower not in load_lexicons("articles", "determiners") \
                and all(token.is_capitalized and token.is_word for token in last_two):
            return found_at(tokens, named)
    if found is not None and found[1] < context.index - 1:
        named = noun_phrase_ending(tokens, context.index - 2, floor)
        if named is not None and named[1] == context.index - 1 and 0 < named[0] - found[1] <= 2 and all(
                token.is_word and token.is_capitalized for token in tokens[named[0]:named[1]]) and all(
                token.is_word and not token.is_capitalized and is_noun(token.lower) and not is_inflected_verb(token.lower)
                for token in tokens[found[1]:named[0]]):
            return found_at(tokens, named)  # "BBC Two controller Roly Keating: "..."": the body's role holder speaks
    return None if found is None else found_at(tokens, found)


def passive_agent(context: Context) -> Found | None:
    """It has been called "a quiet retreat" by Helen Marsh.  /  "extreme careless," as described
    by FBI Director James Comey."""
    tokens = skip_punctuation(context.after)
    if tokens and tokens[0].lower == "as":
        tokens = tokens[1:]
    if len(tokens) >= 2 and tokens[0].lower.endswith("ed") and is_speech_verb(tokens, 0) and tokens[1].lower == "by":
        span = phrase_after(tokens, 2)
        return None if span is None else found_at(tokens, span, 0)
    before = context.before
    if len(tokens) >= 2 and tokens[0].lower == "by" and any(
            is_speech_verb(before, index) and before[index].lower.endswith("ed")
            for index in range(max(0, len(before) - 3), len(before))):
        span = phrase_after(tokens, 1)
        return None if span is None else found_at(tokens, span)
    return None


def coordinated_quote(context: Context) -> Found | None:
    """Jack noted that "many are undecided" and that, "We're confident."

    A quote joined to the one before by "and" or "or" has the same speaker again."""
    earlier = context.last_here
    if earlier is None or earlier.sentence != context.quote.sentence or not context.before:
        return None
    words = [token.lower for token in context.before if token.is_word]
    if words and words[0] in load_lexicon("coordinators") and all(word in load_lexicon("quote_joiners")
                                                                  for word in words):
        return earlier.found
    return None


def according_to(context: Context) -> Found | None:
    """The prison holds "the worst of the worst," according to the US Embassy.  /  in Forbes' words"""
    tokens = context.sentence
    span = named_source(tokens, max(0, context.index - NEAR), min(len(tokens), context.index + NEAR))
    if span is not None:
        return found_at(tokens, span)
    owner = words_owner(tokens, context.index)  # "in Forbes' words", "in his own words"
    return None if owner is None else found_at(tokens, owner)


def sentence_final_attribution(context: Context) -> Found | None:
    """Obama "felt a moral obligation" to act, Axelrod said on Tuesday.  /  ..., said Lee Epstein, who..."""
    tokens = context.sentence
    end = max(context.sentence_end, context.index + 1)
    adverbials = load_lexicon("adverbials")
    settings = load_lexicons("speech_nouns", "document_words", "media_words", "phrase_prepositions")
    for index in range(end - 1, max(context.index, end - NEAR), -1):
        if tokens[index].text in CLAUSE_END:
            return None
        if tokens[index].text == QUOTE or not is_speech_verb(tokens, index) or tokens[index].lower.endswith("ing") \
                or (tokens[index - 1].lower == "to" and tokens[index + 1].text == QUOTE):  # (an infinitive that
            # introduces a later quote: 'to fight "..." violence and to counter "..."')
            continue
        if tokens[index - 1].text == "," and tokens[index].lower not in load_lexicon("addressee_first_verbs"):  # (not ", told X")
            span = phrase_after(tokens, index + 1)
            if span is not None and (span[1] == end or tokens[span[1]].text == ",") and not time_amount(tokens, *span):
                return found_at(tokens, span, index)  # (", concluded [this year]": when, not who)
            continue
        after = index + (2 if is_phrasal_verb(tokens, index) else 1)
        tail = tokens[after:min(end, after + _FINAL_WORDS + 2)]  # past that many words it cannot pass
        comma = next((position for position, word in enumerate(tail) if word.text == ","), None)
        if comma is not None and comma + 1 < len(tail) and (tail[comma + 1].lower.endswith("ing") or (
                tail[comma + 1].lower in ("and", "but") and after + comma + 2 < len(tokens) and tokens[after + comma + 2].text == QUOTE)):
            tail = tail[:comma]  # "..., Hollande said Tuesday in Paris, noting that ...", '..., he said, and "..."'
        if len(tail) > _FINAL_WORDS or not all(
                word.lower in adverbials or word.text[0].isdigit() or word.is_capitalized
                or (word.lower in settings and position > 0) for position, word in enumerate(tail)):
            continue  # "..., she said in a video message to the convention."
        floor = next((position + 1 for position in range(index - 1, context.index, -1) if tokens[position].text == QUOTE),
                     context.index + 1)  # after the last quote before the verb
        span = phrase_before(tokens, index, floor=floor)
        if span is not None and (tokens[span[0] - 1].text in (",", QUOTE) or tokens[span[0] - 1].lower == "as"):
            return found_at(tokens, span, index)  # ", as X put it."
    return None


def claim_owner(context: Context) -> Found | None:
    """Politifact checked Donald Trump's claim that Chicago had "thousands of shootings last year."
    /  Contrary to his promise to be "neutral", ...

    The owner of the claim said the quote."""
    tokens = context.sentence
    floor = clause_floor(tokens, context.index)
    nouns = load_lexicon("claim_nouns")
    for index in range(context.index - 1, max(floor, context.index - NEAR) - 1, -1):
        token = tokens[index]
        if token.text == QUOTE or token.text in CLAUSE_END or is_speech_verb(tokens, index):
            return None  # a verb nearer the quote governs it
        if token.lower in nouns and index > floor:
            after = index + 2 if tokens[index + 1].lower in load_lexicon("days") else index + 1  # "his comment Monday that"
            agent = claim_agent(tokens, after)  # "the suggestion [by a potential president] that"
            after = past_circumstance(tokens, after) if agent is None else agent[1]
            content = tokens[after].lower in ("that", "to") and (tokens[context.index - 1].lower not in load_lexicon(
                "copulas") or not has_finite(tokens, after + 1, context.index - 1))  # not "Rubio's claim that ... is
            # "simply not true"", but "Obama's suggestion that she was "likable enough""
            if not content:
                return None  # "Cruz's description was "false"": somebody else judges the claim
            owner = agent or claim_owner_span(tokens, index, floor)
            return None if owner is None else found_at(tokens, owner)
    return None


def governing_verb(context: Context) -> Found | None:
    """The US Embassy said on X that Noem and Bukele spoke about "strengthening cooperation".

    The outermost speech verb of the clause governs, unless a new clause (", and Clinton said")
    starts between it and the quote: "a woman asked for a photo and Clinton said, "...""."""
    tokens = context.sentence
    floor = clause_floor(tokens, context.index)
    near = context.verbs[bisect_left(context.verbs, max(floor, context.index - NEAR)):
                         bisect_left(context.verbs, context.index)]
    near = [index for index in near if not _names_the_noun_before(tokens, index)]
    opening = [index for index in near if in_opening_phrase(tokens, index) or opening_participle(tokens, index)]
    verbs = governing_candidates(tokens, floor, [index for index in near if index not in opening], context.index)
    for position, verb in enumerate(verbs):
        if position + 1 < len(verbs) and (new_clause_between(tokens, verb + 1, context.index)
                                          or not introduces_clause(tokens, verb, verbs[position + 1])
                                          or has_own_subject(tokens, verbs[position + 1])):
            continue
        participle = tokens[verb].lower.endswith("ing") and tokens[verb - 1].text == ","
        carried = _carried_on(context, verb) if participle else None
        if carried is not None:
            return carried  # "...," said X, adding that "..."
        found = verb_subject(tokens, verb, floor)
        if found is not None:
            if verbs[-1] != verb and tokens[verbs[-1] - 1].lower in ("and", "but"):
                found = found._replace(verb=verbs[-1])  # "dismissed the report and said it was "...""
            return found_at(tokens, found)
        if participle and context.last_here is not None and context.last_here.sentence == context.quote.sentence:
            return context.last_here.found  # the participle's subject is the last speaker
        if tokens[verb - 1].text == ",":  # "Because of the calendar, explained Ferris, "with this...""
            after = phrase_after(tokens, verb + 1, pronoun_or_name_only=True)
            if after is not None and tokens[after[0]].is_capitalized and after[1] < len(tokens) \
                    and tokens[after[1]].text in (",", QUOTE):
                return found_at(tokens, after, verb)
    if opening and not verbs and context.index + 1 < len(tokens):  # "After saying her foot was "so swollen ...," she was
        # rushed to hospital", "While denouncing the "perversion" of ..., she has": the participle's subject is the main clause's
        start = context.index + 1 if context.quote.text.rstrip()[-1:] == "," else main_clause_after(tokens, context.index, opening[-1], floor)
        found = None if start is None else clause_subject(tokens, start, len(tokens), opening[-1], names_only=False)
        if found is not None:
            return found_at(tokens, found)
    return None


def _names_the_noun_before(tokens: list[Token], verb: int) -> bool:
    """"an investment firm he controls [called] Bicoastal Financial Corp": a naming participle after a
    noun that is no role, before the name it gives, says nothing (but "the senator called Trump ...")."""
    previous = tokens[verb - 1] if verb > 0 else None
    return previous is not None and tokens[verb].lower in load_lexicon("naming_cues") and verb + 1 < len(tokens) \
        and tokens[verb + 1].is_capitalized and not previous.is_capitalized and is_noun(previous.lower) and not is_title(previous.lower)


def _carried_on(context: Context, verb: int) -> Found | None:
    """"...," said X, adding that "...": a participle carries on the attribution made between the
    previous quote and it, which this returns (not one made before that quote: "Carson shared a class
    called "Perception" on his page, writing "..."" is Carson's)."""
    earlier, tokens = context.last_here, context.sentence
    if earlier is None or earlier.sentence != context.quote.sentence:
        return None
    previous_quote = next((index for index in range(verb - 1, -1, -1) if tokens[index].text == QUOTE), None)
    carries = previous_quote is not None and tokens[previous_quote].end <= earlier.found.mention_start < tokens[verb].start
    return earlier.found if carries else None


def sentence_subject(context: Context) -> Found | None:
    """She smiled at the idea of "bringing our terrorists here to a safe prison."

    With no speech verb to go by, only a subject that surely names someone counts: he, she, they, a
    name of two words or more, or a single word the article also capitalises mid-sentence (a name,
    not an adjective that happens to start the sentence).
    """
    floor = clause_floor(context.sentence, context.index)
    found = clause_subject(context.sentence, floor, context.index)
    if found is None:  # "After saying her foot was "so swollen ...," she was "whisked off ...""
        quoted = max((position for position in range(floor, context.index)
                      if context.sentence[position].text == QUOTE), default=None)
        if quoted is not None and quoted + 1 < context.index:
            found = clause_subject(context.sentence, quoted + 1, context.index)
    if found is None or found.end >= context.index:
        return None  # (nor 'The Peter Hain "mongrel" attack, he says': a quote inside the subject)
    speaking = speaking_part(context.sentence, found[:2])
    if speaking is None:
        return None  # "The gap", "The idea": no one
    mention = found_at(context.sentence, Phrase(*speaking, found.verb))
    words = context.text[mention.mention_start:mention.mention_end].split()
    if words[0].lower() in ("it", "its", "it's"):
        return None  # "It has not helped that ...": an expletive, not a speaker
    if len(words) == 1 and words[0].lower() not in load_lexicons("subject_pronouns", "possessive_pronouns") and not re.search(
            rf"[a-z,;:] {re.escape(words[0])}\b", context.text):
        return None
    return mention


def _ends_open(context: Context) -> bool:
    """A quote followed by its attribution ends with , ! ? . or a dash, or a comma follows it."""
    last = context.quote.text.rstrip("\"'’”»)] ")[-1:]
    if last in (",", "!", "?", "—", "–", "-", "…", ".", ":"):
        return True
    return bool(context.after) and context.after[0].text in (",", "—", "–")


def _apply(text: str, quote: Quote, result: Attribution | None) -> Quote:
    if result is None:
        return quote
    found = result.found
    return quote.attributed(text[found.mention_start:found.mention_end], found.mention_start, found.mention_end,
                            found.verb, result.rule.name)


# --- after the sieve ------------------------------------------------------------------------------


def _coordinate(text: str, quotes: Sequence[Quote], found: Sequence[Attribution | None]) -> dict[int, Found]:
    """Guns are "A" and "B," X said: a quote joined to the next by "and" or "or" shares its speaker.
    Read backwards, so "A", "B" and "C," X said all reach A."""
    given: dict[int, Found] = {}
    for position in range(len(quotes) - 2, -1, -1):
        quote, following = quotes[position], quotes[position + 1]
        next_found = found[position + 1]
        later = given.get(position + 1) or (next_found.found if next_found is not None else None)
        if found[position] is None and quote.is_speech and later is not None \
                and (quote.paragraph, quote.sentence) == (following.paragraph, following.sentence) \
                and text[quote.outer_end:following.outer_start].strip(" ,").lower() in ("and", "or"):
            given[position] = later
    return given


def _before_attributed_quote(text: str, quotes: Sequence[Quote], found: Sequence[Attribution | None]) -> dict[int, Found]:
    """'... careful. "We were sun-tanned." "The lines showed up," explains Mr Dean.': a whole quote that
    no rule attributed, right before the next one of its paragraph, which its attribution follows, is
    that speaker's (not a question: '"Are you ready?" "Yes," she said' is an exchange). Read backwards."""
    given: dict[int, Found] = {}
    for position in range(len(quotes) - 2, -1, -1):
        quote, following, result, next_found = quotes[position], quotes[position + 1], found[position], found[position + 1]
        later = given.get(position + 1) or (next_found.found if next_found is not None and not _flagged(next_found).fallback else None)
        if result is None and later is not None and quote.kind == following.kind == "direct" and quote.paragraph == following.paragraph \
                and not text[quote.outer_end:following.outer_start].strip() and not quote.text.rstrip().endswith("?"):
            given[position] = later
    return given


def _share_within_groups(text: str, quotes: Sequence[Quote], found: Sequence[Attribution | None]) -> dict[int, Found]:
    """Give every part of an utterance one attribution: that of its first part a direct rule
    attributes, else of its first attributed part. ("A," he said, "B." / Obama said: "A...¶"B...")"""
    # In a transcript every labelled turn starts an utterance of its own, whatever the marks say.
    turns: dict[int, int] = defaultdict(int)
    keys: list[tuple[int, int]] = []
    for quote, result in zip(quotes, found):
        if result is not None and _flagged(result).mention_in_quote:
            turns[quote.group] += 1
        keys.append((quote.group, turns[quote.group]))
    best: dict[tuple[int, int], tuple[Attribution, int]] = {}
    for key, quote, result in zip(keys, quotes, found):
        current = best.get(key)
        if result is not None and (current is None or (_flagged(current[0]).fallback and not _flagged(result).fallback)):
            best[key] = result, quote.paragraph
    shared: dict[int, Found] = {}
    for position, (quote, key, result) in enumerate(zip(quotes, keys, found)):
        group_best, paragraph = best.get(key, (None, 0)) if quote.is_speech else (None, 0)
        if group_best is not None and result != group_best and not (
                result is not None and _keeps_own(text, quote, result, group_best, paragraph)):
            shared[position] = group_best.found
    return shared


def _keeps_own(text: str, quote: Quote, result: Attribution, group_best: Attribution, paragraph: int) -> bool:
    """A part keeps a speaker of its own against its group's: one a direct rule read next to it, or
    one its own paragraph named before it when a later paragraph (`paragraph`) names another person
    ('"A," said X. "B...¶"C," said Y.': the mark closing B was lost, B is still X's)."""
    mention, best = result.found, group_best.found
    if mention.mention_start == best.mention_start:
        return False
    if not _flagged(result).fallback:
        return True
    return paragraph > quote.paragraph and mention.mention_end <= quote.outer_start \
        and "\n" not in text[mention.mention_end:quote.outer_start] and names_another(text, mention[:2], best[:2])


def _flagged(result: Attribution) -> Rule:
    """The sieve rule behind an attribution, for its flags; a pass's copy counts as a plain rule."""
    return result.rule if isinstance(result.rule, Rule) else _PLAIN


RULES: tuple[Rule, ...] = (
    Rule("transcript_label", transcript_label, mention_in_quote=True),
    Rule("verb_then_speaker_after_quote", verb_then_speaker_after_quote),
    Rule("speaker_then_verb_after_quote", speaker_then_verb_after_quote),
    Rule("dash_signature", dash_signature),
    Rule("name_colon", name_colon),
    Rule("speaker_verb_before_quote", speaker_verb_before_quote, _DIRECT, own_part=True),
    Rule("statement_before_quote", statement_before_quote, _DIRECT),
    Rule("passive_agent", passive_agent),
    Rule("colon_after_subject", colon_after_subject, _DIRECT),
    Rule("coordinated_quote", coordinated_quote),
    Rule("according_to", according_to),
    Rule("sentence_final_attribution", sentence_final_attribution),
    Rule("governing_verb", governing_verb, _MIXED),
    Rule("claim_owner", claim_owner, _MIXED),
    Rule("sentence_subject", sentence_subject, _MIXED, fallback=True),
    Rule("colon_in_previous_paragraph", colon_in_previous_paragraph),
    Rule("continues_previous_paragraph", continues_previous_paragraph, fallback=True),
    Rule("previous_sentence", previous_sentence, fallback=True),
)
PASSES: tuple[Pass, ...] = (
    Pass("coordinated_quote", _coordinate),
    Pass("before_attributed_quote", _before_attributed_quote),
    Pass("same_utterance", _share_within_groups),
)
_PLAIN = Rule("", transcript_label)  # the flags of an attribution a pass copied: none set
