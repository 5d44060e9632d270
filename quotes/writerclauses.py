"""The writer's own words around a speech verb: what a clause after a comma that the writer adds
looks like, and idioms where a speech verb is the writer's, not a speaker's.

"..., he said, adding the plan would fail" reports on; "..., though polls show ..." or ", the
first time in a year" is the writer's own clause or gloss after the content; "needless to say",
"so to speak", "having said that" are idioms (lexicon writer_idioms) with no one speaking.
`quotes.contents` ends a content before the writer's clause; `quotes.attribution` and
`quotes.cuewords` pass the idioms by.
"""

from __future__ import annotations

from functools import cache

from .clauses import is_finite_verb
from .lexicons import load_lexicon, load_lexicons
from .speechverbs import is_speech_verb
from .tokens import Token
from .wordclass import is_verb, participle_stems

__all__ = ["in_writer_idiom", "writer_clause_follows"]

_WHEN_WORDS = 8  # tokens of a "when" clause read for a speech verb of its own: ", when it first announced"


def writer_clause_follows(tokens: list[Token], start: int) -> bool:
    """After a comma, "although ...", "and when pressed ...": the writer's clause, not the content's."""
    if start >= len(tokens):
        return False
    following = tokens[start]
    if " ".join(token.lower for token in tokens[start:start + 3]) in load_lexicon("phrase_coordinators") \
            or " ".join(token.lower for token in tokens[start:start + 2]) in load_lexicon("phrase_coordinators"):
        return False  # ", as well as a new pool": the phrase goes on
    if following.lower.endswith("ing") and _participle_stem_is_verb(following.lower[:-3]) and following.lower not in load_lexicons(
            "subject_pronouns", "prepositional_participles"):
        return True  # ", citing the polls": a participle of the writer's
    if following.lower == "but" and start + 1 < len(tokens) and (
            tokens[start + 1].lower in load_lexicons("subject_pronouns", "articles") or tokens[start + 1].is_capitalized):
        return True  # ", but he refuses to discuss it": a new clause with its own subject
    if following.lower == "but" and start + 2 < len(tokens) and tokens[start + 1].lower.endswith("ing") \
            and _participle_stem_is_verb(tokens[start + 1].lower[:-3]) and tokens[start + 2].lower in load_lexicon("phrase_prepositions"):
        return True  # ", but speaking in Thailand Hingis admitted": a participle's phrase opens the writer's clause
        # (not ", but falling demand hurt": a participle before its noun)
    if following.lower in load_lexicon("aside_openers") and not (start + 1 < len(tokens) and is_finite_verb(tokens[start + 1])):
        return True  # ", a requirement that ...", ", down sharply from ..." (not ", one is ...")
    if following.lower == "when" and start >= 2 and _names_a_time(tokens[start - 2]) and not any(
            is_speech_verb(tokens, index) for index in range(start + 1, min(len(tokens), start + _WHEN_WORDS))):
        return False  # "born after 1975[, when] the war ended": a relative clause of the time, still the content's
        # (not "this year, when it first announced ...": speech of its own)
    if following.lower in load_lexicon("concessive_joiners") and following.lower not in load_lexicon("event_subordinators") and not any(
            is_speech_verb(tokens, index) or tokens[index].lower in load_lexicon("refusal_verbs")
            for index in range(start + 1, min(len(tokens), start + _WHEN_WORDS))):
        return False  # "she identifies as an independent[, although] she is registered as a Democrat": the content's own
        # concession (not ", though he did not say who apologised", ", although it declined to ...": the writer's,
        # about the speaker's words)
    if following.lower in load_lexicon("coordinators"):
        start += 1
    return start < len(tokens) and (tokens[start].lower in load_lexicons("concessive_joiners", "event_subordinators") or (
        tokens[start - 1].lower in load_lexicon("coordinators") and tokens[start].lower in load_lexicon("subordinators")))


def _names_a_time(token: Token) -> bool:
    """"1975", "the 1990s", "on Friday", "in the spring", "in March": a word that names a time."""
    return token.text[:1].isdigit() or token.lower in load_lexicons("time_nouns", "days", "months")


def _participle_stem_is_verb(stem: str) -> bool:
    """"adding" -> add, "citing" -> cite, "running" -> run: the verb of an -ing form."""
    return any(is_verb(verb) for verb in participle_stems(stem))


def in_writer_idiom(tokens: list[Token], index: int) -> bool:
    """The word at `index` is part of a set phrase of the writer's ("Having said that,", "worth
    noting", "needless to say"): no speech is reported there (`lexicons/writer_idioms.txt`). A phrase
    ending in a comma opens its clause ("That said, ..."; not "a headline that said, "..."")."""
    for offset, phrase in _writer_idioms().get(tokens[index].lower, ()):
        start = index - offset
        if start >= 0 and start + len(phrase) <= len(tokens) \
                and all(tokens[start + position].lower == word for position, word in enumerate(phrase)) \
                and not (phrase[-1] == "," and start > 0 and tokens[start - 1].is_word
                         and tokens[start - 1].lower not in load_lexicon("coordinators")):
            return True
    return False


@cache
def _writer_idioms() -> dict[str, tuple[tuple[int, tuple[str, ...]], ...]]:
    """word -> (its position, the phrase) for every word of every writer's idiom."""
    found: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    for entry in load_lexicon("writer_idioms"):
        phrase = tuple(entry.split())
        for position, word in enumerate(phrase):
            found.setdefault(word, []).append((position, phrase))
    return {word: tuple(entries) for word, entries in found.items()}
