"""Word lists the rules consult, read from `quotes/lexicons/*.txt` once per process.

The lists are data so that a linguist can extend them without touching code: one entry per line,
`#` starts a comment, blank lines are ignored, and each file's header says what belongs in it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache
from importlib.resources import files
from types import MappingProxyType

from .errors import LexiconError

__all__ = ["lexicon_alternation", "load_lexicon", "load_lexicons", "load_mapping", "read_mapping", "word_trie"]


def _entries(name: str) -> list[str]:
    source = files("quotes") / "lexicons" / f"{name}.txt"
    if not source.is_file():
        raise LexiconError(f"no lexicon named {name!r}: add quotes/lexicons/{name}.txt")
    lines = (line.partition("#")[0].strip() for line in source.read_text("utf-8").splitlines())
    return [line for line in lines if line]


@cache
def load_lexicon(name: str) -> frozenset[str]:
    """Entries of `lexicons/<name>.txt`, lower-cased: read once, editable without touching code."""
    return frozenset(entry.lower() for entry in _entries(name))


@cache
def load_lexicons(*names: str) -> frozenset[str]:
    """The union of several lexicons, built once (rules that test a word against all of them)."""
    return frozenset().union(*(load_lexicon(name) for name in names))


@cache
def lexicon_alternation(name: str) -> str:
    """The entries of a lexicon as a regular-expression group, `(?:one|two)`, longest first, for a
    pattern that has a word list inside it (built when the pattern is, never at import)."""
    return "(?:" + "|".join(re.escape(entry) for entry in sorted(load_lexicon(name), key=lambda entry: (-len(entry), entry))) + ")"


@cache
def load_mapping(name: str) -> MappingProxyType[str, str]:
    """`key = value` lines of `lexicons/<name>.txt`, keys lower-cased (e.g. pronoun -> gender), read-only."""
    return MappingProxyType(dict(read_mapping(name)))


def read_mapping(name: str) -> Iterator[tuple[str, str]]:
    """The `key = value` pairs of `lexicons/<name>.txt`, read each time and kept by no one: for a
    table too big to hold whole when only a part of it is used (see `quotes.names.name_prior`)."""
    for line_number, entry in enumerate(_entries(name), start=1):
        key, sep, value = entry.partition("=")
        if not sep or not key.strip() or not value.strip():
            raise LexiconError(f"lexicons/{name}.txt entry {line_number}: expected 'key = value', got {entry!r}")
        yield key.strip().lower(), value.strip()


def word_trie(words: Sequence[str]) -> str:
    """A regular expression matching exactly `words` (sorted, lower case), shared prefixes factored out."""
    if words == [""]:
        return ""
    branches: dict[str, list[str]] = {}
    for word in words:
        branches.setdefault(word[:1], []).append(word[1:])
    parts = [re.escape(first) + word_trie(rest) for first, rest in branches.items() if first]
    optional = "" in branches
    if len(parts) == 1 and not optional:
        return parts[0]
    return "(?:" + "|".join(parts) + ")" + ("?" if optional else "")
