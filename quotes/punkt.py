"""NLTK's Punkt sentence tokenizer, as the quote-aware splitter (`sentences`) uses it: built once per
process from the shipped abbreviation list, never trained or downloaded, and made cheap per call.

A module of its own because it subclasses NLTK's classes, loaded on first use: the splitter around
it is compiled (see setup.py), and a compiled module cannot hold a class built on a class that is
imported only when a function runs.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from .deferred import submodule
from .lexicons import load_lexicon

__all__ = ["news_punkt"]


# The commonest candidate break: a word of two or more letters that is no abbreviation, a full stop,
# then a space and the next word, or a closing mark ("it."" / "year. The" / "Trump. He"). Punkt, with
# no trained orthographic context, always breaks there: only initials, numbers and abbreviations
# need its second pass.
_PLAIN_STOP = re.compile(r"([A-Za-z]{2,})\.(?:\s+\S+|[?!)\";}\]*:@'({\[])")
_DECISIONS_KEPT = 1 << 14


@cache
def news_punkt() -> Any:
    """Punkt with the shipped abbreviation list; built once per process, never trained or downloaded.

    Punkt is imported here, on the first sentence split, not when the package is: `quotes --help`
    and `quotes evaluate --help` need none of it. Only Punkt's module is loaded, not the whole of
    NLTK that its package `__init__` imports (see `deferred`).
    """
    punkt = submodule("nltk.tokenize.punkt", ("nltk", "nltk.tokenize"))
    PunktParameters = punkt.PunktParameters

    class NewsPunkt(punkt.PunktSentenceTokenizer):  # type: ignore[misc,name-defined]
        """Punkt with its per-candidate decision made cheap; the sentences are exactly Punkt's.

        Punkt builds token objects for the words around every full stop to decide whether a
        sentence ends there. With fixed parameters the decision depends on that short context
        string only, so the plain case is answered directly and the rest are remembered (news
        repeats "U.S. officials").
        """

        def __init__(self, parameters: Any) -> None:
            super().__init__(parameters, token_cls=_plain_token(punkt.PunktToken))
            self._abbreviations = frozenset(parameters.abbrev_types)
            self._decide = lru_cache(maxsize=_DECISIONS_KEPT)(super().text_contains_sentbreak)
            self._lang_vars = _plain_patterns(self._lang_vars)

        def text_contains_sentbreak(self, text: str) -> bool:
            plain = _PLAIN_STOP.fullmatch(text)
            if plain is not None and plain.group(1).lower() not in self._abbreviations:
                return True
            return self._decide(text)

    parameters = PunktParameters()
    parameters.abbrev_types = set(load_lexicon("abbreviations"))
    return NewsPunkt(parameters)


def _plain_patterns(language: Any) -> Any:
    """Punkt's language variables with its two per-paragraph patterns compiled by `re`.

    Recent NLTK runs every pattern through a time-limited wrapper around the `regex` engine, a guard
    against patterns supplied by callers. These two are NLTK's own fixed patterns, linear on any
    text; compiled by `re` they find the same matches at a third of the cost (Punkt is a tenth of a
    run). The same pattern strings and flags are used, so an NLTK that changes them changes ours.
    """
    period_context = re.compile(language.period_context_re().pattern, re.UNICODE | re.VERBOSE)
    realignment = re.compile(language.re_boundary_realignment.pattern, re.MULTILINE)
    words = re.compile(language._word_tokenizer_re().pattern, re.UNICODE | re.VERBOSE)

    class PlainPatterns(type(language)):  # type: ignore[misc]
        re_boundary_realignment = realignment

        def period_context_re(self) -> re.Pattern[str]:
            return period_context

        def _word_tokenizer_re(self) -> re.Pattern[str]:
            return words

    return PlainPatterns()  # (its characters are class attributes: the subclass keeps them)


def _plain_token(token: Any) -> Any:
    """Punkt's token class with its four word-shape patterns compiled by `re`, as above: Punkt's
    second pass (initials, numbers, abbreviations) builds tokens and matches them against these."""

    class PlainToken(token):  # type: ignore[misc,valid-type]
        _RE_ELLIPSIS = re.compile(token._RE_ELLIPSIS.pattern)
        _RE_NUMERIC = re.compile(token._RE_NUMERIC.pattern)
        _RE_INITIAL = re.compile(token._RE_INITIAL.pattern, re.UNICODE)
        _RE_ALPHA = re.compile(token._RE_ALPHA.pattern, re.UNICODE)

    return PlainToken
