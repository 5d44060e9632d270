"""The speaker's next act after a reported content: "urged Republicans to join[, and criticized] the
party", "says he respects her [and calls] her ...". A verb joined by "and" or "but" with no subject
of its own ends the content (`quotes.contents`), unless it is a participle before its noun ("and
[related] entities") or a verb of the content's own subject.
"""

from __future__ import annotations

from .clauses import is_clause
from .lexicons import load_lexicon, load_lexicons
from .phrases import CLAUSE_END
from .tokens import Token
from .wordclass import is_inflected_verb, is_noun, is_verb

__all__ = ["next_act", "joined_verb", "bare_past_verb"]


def next_act(tokens: list[Token], start: int, index: int, end: int, *, present: bool, finite: bool) -> bool:
    """", and requested another month", ", but downplayed the issue", "she admires his determination
    [and highlighted] ...": a past verb with no subject of its own, joined after a content in the `present`
    or future, is what the speaker did next (not "so cut [and dried]": a pair of verbs or participles).
    After a content with no `finite` verb of its own, any verb is (`joined_verb`); a clause whose verb
    the lexicon misses has one ("it [cut] jobs, and closed", "it [plans] to expand ... and is considering")."""
    if not present and finite:
        return False
    if tokens[index].text == ",":
        joined = index + 2 < end and tokens[index + 1].lower in ("and", "but") and (
            bare_past_verb(tokens, index + 2, end) or (present and _irregular_past(tokens, start, index + 2, end)))
    elif not present:
        joined = joined_verb(tokens, index, end)
    else:
        joined = tokens[index].lower in ("and", "but") and index + 1 < end and not is_verb(tokens[index - 1].lower) \
            and (bare_past_verb(tokens, index + 1, end) or _irregular_past(tokens, start, index + 1, end))
    return joined and (present or not is_clause(tokens, start, index))  # (the clause test last: it costs most)


def joined_verb(tokens: list[Token], index: int, end: int) -> bool:
    """"mentioned [Clinton's remarks] and went back", "denied his party [the victory] and jailed him":
    after a content with no verb of its own, "and" and a verb in the past or present is the speaker's
    next act (not "and [related] entities", "delegates and [alternates] participated": a participle
    before its noun, a noun before its verb)."""
    if tokens[index].lower not in ("and", "but") or index + 1 >= end or not tokens[index - 1].is_word:
        return False
    word, before = tokens[index + 1].lower, tokens[index - 1].lower
    if any(word.endswith(ending) and before.endswith(ending) for ending in ("s", "ed")):
        return False  # a pair of like words: "who downloads and opens", "statements and lies"
    following = tokens[index + 2].lower if index + 2 < end else ""
    return is_inflected_verb(word) and not is_noun(word) and not (word.endswith("ed") and is_noun(following)) and not (
        is_inflected_verb(following) and word not in load_lexicons("auxiliaries", "copulas")) \
        and not _verb_follows(tokens, index + 2, end)


def _verb_follows(tokens: list[Token], start: int, end: int) -> bool:
    """"permission to dig up roads and [lay] cables [was] impossible": a finite verb after the joined word,
    before any new subject, shows the joined word belongs to the subject."""
    finite, subjects = load_lexicons("auxiliaries", "copulas", "modals"), load_lexicons("subject_pronouns", "relative_pronouns")
    for token in tokens[start:end]:
        if token.text in CLAUSE_END or token.text == "," or token.lower in subjects:
            return False
        if token.lower in finite:
            return True
    return False


def bare_past_verb(tokens: list[Token], index: int, end: int) -> bool:
    """A verb in -ed that is no noun and comes before no noun: not a participle before its noun ("and
    [related] entities", ", but [increased] competition may ...")."""
    verb = tokens[index].lower
    return verb.endswith("ed") and is_inflected_verb(verb) and not is_noun(verb) and not (
        index + 1 < end and is_noun(tokens[index + 1].lower))


def _irregular_past(tokens: list[Token], start: int, index: int, end: int) -> bool:
    """"took", "made", "held": a past of its own form (no -ed, -s, -ing or -en), which no noun shares;
    after a content in the present it is the speaker's next act ("he is friendly with them [but took]
    issue with ..."), not after a modal, where it is a bare form ("would make ... [and set]"), nor before
    a verb of its own ("permission to dig up roads and [lay] cables was impossible")."""
    token, word = tokens[index], tokens[index].lower
    if any(other.lower in load_lexicon("modals") for other in tokens[start:index]):
        return False
    return token.is_word and not token.is_capitalized and is_inflected_verb(word) and not is_noun(word) \
        and not word.endswith(("ed", "s", "ing", "en", "n't")) and word not in load_lexicons("auxiliaries", "copulas", "modals") \
        and not _verb_follows(tokens, index + 1, end)
