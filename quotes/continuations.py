"""Quotes that are one utterance join one group.

News writes one statement as several quotes: `"We will win," she said. "The polls are wrong."`, or
the same with the second quote in a paragraph of its own. The second quote has no attribution of
its own; it carries on the sentence or the paragraph before it, from the same speaker. Annotators of
attribution (PolNeAR among them) mark the whole run as one statement, and a researcher counting
"how often was she quoted" counts it once. After attribution, `join_continued_quotes` puts such a
quote in the group of the direct quote before it, so reports count one utterance. A quote with a
speaker of its own, or after a quoted fragment of the writer's sentence (`mixed`), stays apart.

Fragments work the same way: `He rails against its "cheating" and "financial blackmail."` quotes
one statement of his in two fragments of one sentence; the annotators mark one record, the hull of
the sentence's content. After reported speech has taken the fragments its contents hold,
`join_fragments` puts a fragment attributed to the same mention as the fragment before it, in the
same sentence, into that fragment's group.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from .carried import continues_previous_paragraph, previous_sentence
from .model import Quote

__all__ = ["join_continued_quotes", "join_fragments", "NEXT_SENTENCE_RULE", "NEXT_PARAGRAPH_RULE"]

# The attribution rules that give a quote the speaker of the quote before it: in the next sentence of
# the same paragraph, or opening the next paragraph (a paragraph that is only a quote).
NEXT_SENTENCE_RULE = previous_sentence.__name__
NEXT_PARAGRAPH_RULE = continues_previous_paragraph.__name__


def join_continued_quotes(quotes: Sequence[Quote]) -> list[Quote]:
    """Quotes in text order, each whole-sentence direct quote that carries on the direct utterance
    just before it (the next sentence, or the start of the next paragraph; the same speaker mention)
    regrouped with it."""
    return _joined(quotes, _carries_on)


def join_fragments(quotes: Sequence[Quote]) -> list[Quote]:
    """Quotes in text order, each fragment (`mixed`) of a sentence regrouped with the fragment before
    it in the same sentence when both name the same speaker mention; fragments that reported speech
    holds are already one utterance with it and stay there."""
    return _joined(quotes, _same_sentence_fragments)


def _joined(quotes: Sequence[Quote], joins: Callable[[Quote, Quote], bool]) -> list[Quote]:
    joined: list[Quote] = []
    groups: dict[int, tuple[int, int | None]] = {}  # an old group -> the group it joined, and the speaker mention
    previous: Quote | None = None  # the last speech quote: a scare quote between ("showing off the "MAGA" hat") is no speech
    reported: set[int] = set()  # groups of reported speech
    for quote in quotes:
        group, mention = groups.get(quote.group, (quote.group, quote.mention_start))
        if quote.mention_start not in (mention, None):  # a later part another speaker's: the rest of its group, its own
            group = quote.quote_id
            groups[quote.group] = group, quote.mention_start
        if quote.kind == "indirect":
            reported.add(quote.group)
        elif previous is not None and quote.group == quote.quote_id and previous.group not in reported and joins(previous, quote):
            group = previous.group
            groups[quote.group] = group, quote.mention_start
        joined.append(quote if group == quote.group else replace(quote, group=group))
        previous = joined[-1] if quote.is_speech else previous
    return joined


def _carries_on(previous: Quote, quote: Quote) -> bool:
    """`quote` opens an utterance that only carries on `previous`'s: both direct, side by side, the
    later attributed by the sentence or paragraph before it to the very same mention."""
    if quote.kind != "direct" or previous.kind != "direct" or quote.mention_start is None \
            or quote.mention_start != previous.mention_start:
        return False
    if quote.rule == NEXT_SENTENCE_RULE:
        return quote.paragraph == previous.paragraph and quote.sentence == previous.sentence + 1
    return quote.rule == NEXT_PARAGRAPH_RULE and quote.paragraph == previous.paragraph + 1 and quote.sentence == 0


def _same_sentence_fragments(previous: Quote, quote: Quote) -> bool:
    """Both fragments (`mixed`) of one sentence, attributed to the very same mention."""
    return quote.kind == "mixed" and previous.kind == "mixed" and quote.mention_start is not None \
        and quote.mention_start == previous.mention_start and (quote.paragraph, quote.sentence) == (
            previous.paragraph, previous.sentence)
