"""The parts of the attribution sieve: what a rule sees, what it finds, and the records of rules and passes.

`quotes.attribution` runs the sieve; its rules, and the rules that carry a speaker over from the
sentence or paragraph before (`quotes.carried`), all read a `Context` and return a `Found`: a
mention's offsets and the speech verb as written. Kept apart so both sets of rules share them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from .model import Kind, Paragraph, Quote
from .phrases import Phrase, Span
from .sources import quoted_as
from .speechverbs import verb_text
from .tokens import READ_WINDOW, Token

__all__ = ["Attribution", "Context", "Earlier", "Found", "LEADING_WORDS", "NEAR", "Pass", "Rule", "SPEECH", "STATEMENT_WORDS",
           "WINDOW", "found_at"]

WINDOW = READ_WINDOW  # characters read either side of a quote, and at the start of its sentence
NEAR = 40  # tokens either side of a quote that sentence-wide rules read
LEADING_WORDS = 24  # tokens between a speech verb and the quote it introduces: "Noem told reporters on Tuesday:"
STATEMENT_WORDS = 6  # "issued a brief statement on Monday:"
SPEECH: frozenset[Kind] = frozenset({"direct", "mixed"})


class Found(NamedTuple):
    """A speaker mention a rule found: character offsets into the article, and the speech verb as
    written (with its particle: "went on"), if one was read."""

    mention_start: int
    mention_end: int
    verb: str | None


@dataclass(frozen=True, slots=True)
class Earlier:
    """An attribution already made in the article, that a later quote may carry on; `carried` when the
    part of an utterance it was read for had none of its own (only the very next sentence takes it)."""

    found: Found
    sentence: int
    carried: bool = False


@dataclass(frozen=True, slots=True)
class Context:
    """What a rule may look at: the quote and the tokens of its sentence around it."""

    text: str
    quote: Quote
    sentence: list[Token]  # the whole sentence, each quote a single placeholder token
    index: int  # this quote's placeholder in `sentence`
    verbs: list[int]  # the positions of the sentence's speech verbs, in order
    sentence_end: int  # where the sentence's final run of stops and quotes begins
    before: list[Token]  # from the sentence start (or the previous quote) to the opening mark
    after: list[Token]  # from the closing mark to the sentence end (or the next quote)
    paragraph: Paragraph
    sentence_start: int
    quote_only_paragraph: bool  # the paragraph holds nothing but quotes (and punctuation)
    last_here: Earlier | None  # the last attribution before this quote in its paragraph
    last_before: Earlier | None  # the last attribution of the previous paragraph
    paragraphs: Sequence[Paragraph]


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule of the sieve. `find` returns the mention next to one quote, or None. `kinds` are the quote kinds it serves.
    A `fallback` infers the speaker from the context rather than reading it next to the quote, so
    any other part of the same utterance outranks it. Only a rule with `mention_in_quote` may find
    its mention inside a quote (a transcript turn's label: each such turn is an utterance of its
    own). With `own_part`, a later part of an utterance keeps the speaker the rule read right before
    it when that is someone else ('"A," Cruz said as the heckler yelled: "B"').
    """

    name: str
    find: Callable[[Context], Found | None]
    kinds: frozenset[Kind] = SPEECH
    fallback: bool = False
    mention_in_quote: bool = False
    own_part: bool = False


@dataclass(frozen=True, slots=True)
class Attribution:
    """A found mention and the rule (or pass) that found it."""

    found: Found
    rule: Rule | Pass


@dataclass(frozen=True, slots=True)
class Pass:
    """A pass over the whole article after the sieve: `apply` returns, by quote position, the
    mentions it gives to quotes (copied from other quotes' attributions)."""

    name: str
    apply: Callable[[str, Sequence[Quote], Sequence[Attribution | None]], dict[int, Found]]


def found_at(tokens: list[Token], phrase: Span | Phrase, verb: int | None = None) -> Found:
    """The mention `tokens[start:end]` as offsets, with the speech verb at `verb` (else the phrase's own)."""
    if verb is None and isinstance(phrase, Phrase):
        verb = phrase.verb
    phrase = (quoted_as(tokens, verb) if verb is not None else None) or phrase  # "Reuters quoted [an official] as saying"
    return Found(tokens[phrase[0]].start, tokens[phrase[1] - 1].end, None if verb is None else verb_text(tokens, verb))
