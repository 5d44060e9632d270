"""Who an "according to" phrase names: "according to [the US Embassy]", "according to [police]",
"according to [a person close to the process], is to ...", and who a medium quotes ("Reuters quoted
[an official] as saying"). Read by the attribution rules (a quote's source) and by reported speech (a
content's), once `quotes.contents` has drawn the clause's edges.
"""

from __future__ import annotations

from .clauses import has_finite
from .contentcommas import closing_comma
from .contents import SUBJECT_WORDS
from .forwardphrases import phrase_after
from .lexicons import load_lexicon
from .phrases import Span, phrase_before
from .tokens import Token, clause_floor

__all__ = ["named_source", "quoted_as", "source_to_comma", "source_words"]

_QUOTED_WORDS = 10  # words between "quoted" and its "as saying": "quoted an unnamed executive at Euronext as"


def named_source(tokens: list[Token], low: int, high: int) -> Span | None:
    """The source a phrase of lexicon source_phrases names in tokens[low:high]: "according to [the US
    Embassy]", "according to calculations by [X]" (the agent after "by")."""
    lower = [token.lower for token in tokens[low:high]]
    present = set(lower)
    for phrase in load_lexicon("source_phrases"):
        words = phrase.split()
        if words[0] not in present:
            continue
        for offset in range(len(lower)):
            if lower[offset:offset + len(words)] == words:
                start = low + offset + len(words)
                span = phrase_after(tokens, start) or source_words(tokens, start, len(tokens))
                if span is not None and span[1] + 1 < len(tokens) and tokens[span[1]].lower == "by":
                    span = phrase_after(tokens, span[1] + 1) or span  # "according to calculations by X"
                if span is not None:
                    return span
    return None


def source_words(tokens: list[Token], start: int, end: int) -> Span | None:
    """The words after "according to" up to the comma, when they are no name: "police", "exit polls";
    up to the sentence's end, a longer source ("according to reports Mr. Schoen filed as a lobbyist."). Not
    a question ("listed according to [whether they were committed by ...]"): a criterion, no source."""
    if start < end and tokens[start].lower in load_lexicon("question_words"):
        return None
    stop = start
    while stop < min(end, start + SUBJECT_WORDS) and tokens[stop].is_word:
        stop += 1
    return (start, stop) if stop > start and (stop == end or (tokens[stop].text == "," and stop - start <= SUBJECT_WORDS // 2)) \
        else None


def source_to_comma(tokens: list[Token], source: Span, end: int) -> Span:
    """The source after "according to", read on to the comma that closes it when no verb comes first:
    "according to [a person close to the secretive process], is to ..."."""
    closing = closing_comma(tokens, source[1], min(end, source[1] + SUBJECT_WORDS))
    return (source[0], closing) if closing is not None and not has_finite(tokens, source[1], closing) else source


def quoted_as(tokens: list[Token], verb: int) -> tuple[int, int] | None:
    """"Reuters quoted [a central bank official] as saying": the one a medium quotes, who is the speaker,
    from the quoting verb or from the "saying" after "as"; None when the verb is in no such phrase."""
    quoting: int | None
    as_: int | None
    if tokens[verb].lower in load_lexicon("quoting_verbs"):
        quoting = verb
        as_ = next((index for index in range(verb + 2, min(len(tokens) - 1, verb + _QUOTED_WORDS))
                    if tokens[index].lower == "as" or not tokens[index].is_word), None)
    elif verb >= 3 and tokens[verb - 1].lower == "as" and tokens[verb].lower.endswith("ing"):
        as_ = verb - 1
        quoting = next((index for index in range(as_ - 2, max(-1, as_ - _QUOTED_WORDS), -1)
                        if tokens[index].lower in load_lexicon("quoting_verbs") or not tokens[index].is_word), None)
    else:
        return None
    if as_ is None or quoting is None or tokens[as_].lower != "as" or tokens[quoting].lower not in load_lexicon(
            "quoting_verbs") or not tokens[as_ + 1].lower.endswith("ing") or tokens[quoting + 1].lower == "by":
        return None  # (not "Baka was quoted by PAP as saying": the subject speaks, the agent passes it on)
    if quoting > 0 and tokens[quoting - 1].lower in load_lexicon("passive_auxiliaries"):
        return phrase_before(tokens, quoting, floor=clause_floor(tokens, quoting))  # "after Baker was quoted on British
        # television as repeating ...": the subject speaks, the medium passes it on
    return quoting + 1, as_
