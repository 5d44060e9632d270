"""Who a pronoun that reports speech cannot mean: the people named in what it reports.

"He said Mr Castell had made him deputy leader" is not Castell's: a pronoun never means a name in
its own clause's object. "Tony Blair would be in the front line, he said" is not Blair's either:
the person a content opens with, reported before its pronoun speaker. `quotes.cast` weighs every
pronoun's antecedents with these left out, unless no one else is known to fit.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from .lexicons import load_lexicon, load_lexicons, load_mapping
from .model import Quote
from .names import Named

__all__ = ["ruled_out_by_content"]

_VERB_AFTER_APPOSITION = re.compile(r"(?:,[^,\n]{1,80},)?[ \t]+([a-z]+)\b")  # "Arnold[, from Kent,] described"
_CAPITALISED_WORD = re.compile(r"[A-Z][\w-]*(?:['’][A-Z][\w-]*)?")  # "Castell" (of "Castell's"), "O'Brien", "Kilroy-Silk"


def ruled_out_by_content(text: str, quotes: Sequence[Quote], named: Sequence[Named], starts: Sequence[int]) -> dict[int, frozenset[str]]:
    """Each pronoun speaker's position -> the entities what they report rules out as its antecedent."""
    ruled_out: dict[int, frozenset[str]] = {}
    for quote in quotes:
        if quote.kind == "indirect" and quote.mention_start is not None and (quote.mention or "").lower() in load_mapping("pronouns"):
            ruled_out[quote.mention_start] = ruled_out.get(quote.mention_start, frozenset()) | (
                _content_subject(text, quote, named, starts) if quote.end <= quote.mention_start else _named_in(text, quote, named))
    return ruled_out


def _content_subject(text: str, quote: Quote, named: Sequence[Named], starts: Sequence[int]) -> frozenset[str]:
    """The person a content reported before its pronoun speaker opens with: "[Tony Blair] would be in
    the front line, he said" is not Blair's (but "The [Redstone] contribution would ..., he said" may
    be; and "Arnold, from Kent, [described] ..., she said" is a reporting clause read as content)."""
    index = bisect_left(starts, quote.start)
    first = named[index] if index < len(named) and named[index].start < quote.end else None
    verb = None if first is None else _VERB_AFTER_APPOSITION.match(text, first.end, quote.end)
    return frozenset() if first is None or (verb is not None and verb.group(1) in load_lexicon("speech_verbs")) or (
        text[quote.start:first.start].strip().lower() not in load_lexicons("coordinators", "connectives") | {""}) \
        else frozenset([first.entity])


def _named_in(text: str, quote: Quote, named: Sequence[Named]) -> frozenset[str]:
    """The people named in what a pronoun's speaker reports after it. Read from the words, as the
    names after the last speaker mention are not indexed."""
    words = frozenset(_CAPITALISED_WORD.findall(text, quote.start, quote.end))
    return frozenset(each.entity for each in named if each.kind in ("person", "unknown") and each.name[-1] in words)
