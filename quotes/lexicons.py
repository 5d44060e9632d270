"""Word lists the rules consult, read from `quotes/lexicons/*.txt` once per process.

The lists are data so that a linguist can extend them without touching code: one entry per line,
`#` starts a comment, blank lines are ignored, and each file's header says what belongs in it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import cache
from importlib.resources import files
from types import MappingProxyType

from .errors import LexiconError

__all__ = ["lexicon_alternation", "load_lexicon", "load_lexicons", "load_mapping", "lookup", "word_trie"]

_COMMENT = re.compile(r"#[^\n]*")


def _text(name: str) -> str:
    """`lexicons/<name>.txt` without its comments; a missing lexicon is a clear error."""
    source = files("quotes") / "lexicons" / f"{name}.txt"
    if not source.is_file():
        raise LexiconError(f"no lexicon named {name!r}: add quotes/lexicons/{name}.txt")
    return _COMMENT.sub("", source.read_text("utf-8"))


def _entries(name: str, *, lower: bool = False) -> list[str]:
    """The non-blank lines of a lexicon without their comments, stripped (lower-cased with `lower`).
    Done on the whole text at once, in C: the largest lexicons have 80,000 lines, read at start-up."""
    text = _text(name)
    return list(filter(None, map(str.strip, (text.lower() if lower else text).splitlines())))


@cache
def load_lexicon(name: str) -> frozenset[str]:
    """Entries of `lexicons/<name>.txt`, lower-cased: read once, editable without touching code."""
    return frozenset(_entries(name, lower=True))


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
    pairs: dict[str, str] = {}
    for line_number, entry in enumerate(_entries(name), start=1):
        key, sep, value = entry.partition("=")
        if not sep or not key.strip() or not value.strip():
            raise LexiconError(f"lexicons/{name}.txt entry {line_number}: expected 'key = value', got {entry!r}")
        pairs[key.strip().lower()] = value.strip()
    return MappingProxyType(pairs)


def lookup(name: str, key: str) -> str | None:
    """The value of `key` (lower case) in `lexicons/<name>.txt`, a big `key = value` table whose
    lines are sorted by key (its derivation sorts them; a test checks). Found by bisection over the
    table's lines, which are never parsed whole: the world's 82,000 given names cost a split into
    lines, not a dict and 82,000 parsed numbers, on the first lookup of a run."""
    lines = _sorted_lines(name)
    prefix = key + " = "
    index = bisect_left(lines, prefix)
    if index < len(lines) and lines[index].startswith(prefix):
        return lines[index][len(prefix):].strip()
    return None


@cache
def _sorted_lines(name: str) -> list[str]:
    return list(filter(None, _text(name).splitlines()))


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
