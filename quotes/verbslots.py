"""Which word of a noun-or-verb spelling is the verb, read from its position.

English spells many verbs like nouns ("plans", "show", "costs", "work"); the tagger's lexicon gives
the likelier class of a word alone. Where a noun could not stand, after a subject and before what a
verb takes ("strategists [plan] to", "the software [costs] 5,000 dlrs"), the word is the verb. The
clause tests (`quotes.clauses`) ask this of each word they read.
"""

from __future__ import annotations

from .lexicons import load_lexicon, load_lexicons, load_mapping
from .quantities import approximated_at
from .tokens import Token
from .wordclass import can_be_verb, is_describer, is_inflected_verb, is_known_noun, is_noun, is_plural, is_plural_noun, is_present_participle

__all__ = ["verb_by_position"]


def verb_by_position(tokens: list[Token], position: int) -> bool:
    """A word that is a noun or a verb, read as a verb where a noun could not stand: after a plural
    noun and before an object ("the videos [show] that", "strategists [plan] to"), after an adverb
    ("the law unfairly [targets] them") or after adverbs that follow a plural subject ("voters almost
    always [end] up")."""
    token, previous = tokens[position], tokens[position - 1]
    if token.is_capitalized or not token.is_word:
        return False
    adverb = previous.lower in load_lexicon("attribution_skip") and previous.lower not in load_lexicons(
        "auxiliaries", "copulas", "modals")  # (after "would", a verb follows anyway; "would [offer] Moscow" is no verb of its own)
    if adverb and _after_subject_adverbs(tokens, position - 1):
        return can_be_verb(token.lower)  # "union voters almost always [end] up": an adverb after its subject
    if _bare_plural_then_end(tokens, position):
        return True  # "said prices [rise].", "said talks [continue],": a bare plural subject, then its verb, then nothing
    if not (previous.lower.endswith("ly") and previous.is_word and not previous.is_capitalized and not is_noun(previous.lower)):
        following = tokens[position + 1] if position + 1 < len(tokens) else None
        if following is not None and token.lower.endswith("s") and f"{token.lower[:-1]} {following.lower}" in load_lexicon(
                "phrasal_verbs") and previous.is_word and not previous.is_possessive and is_noun(previous.lower):
            return True  # "the region [accounts] for a quarter", "the sale [amounts] to expropriation"
        adjective = _adjective_object(tokens, position + 1)  # "the budget projects [ordinary income]"
        counted = following is not None and (approximated_at(tokens, position + 1) > 0 or following.lower in load_lexicon(
            "number_words"))  # "controls [about] 70 pct", "each K Mart costs [five] mln dlrs"
        if following is None or not (following.lower in ("to", "that") or counted or following.text[0].isdigit() or following.lower in load_lexicons(
                "articles", "determiners") or following.lower in load_mapping("pronouns") or (following.is_capitalized and following.is_word) or (
                token.lower in load_lexicon("unchanged_pasts") and following.is_word and is_noun(following.lower)) or (
                _agents_before(previous, token) and (following.lower in load_lexicons("phrase_prepositions", "head_prepositions")
                                                     or is_present_participle(following.lower))) or adjective):
            return False  # (a past like its base before a bare noun: "citizens [cast] votes")
        named = previous.is_capitalized and previous.is_word and not previous.is_possessive and token.lower.endswith("s") \
            and (following.lower in ("to", "that") or following.lower in load_lexicon("articles") or counted
                 or (following.is_capitalized and following.is_word and not token.is_possessive and not _plural_of_noun_only(token.lower)))
        # "China [plans] to", "Apple [claims] that", "Foo AG [plans] a bond", "Baker [respects] Volcker": a name, then its verb
        named = named or (token.lower.endswith("s") and not previous.is_capitalized and previous.is_word and not previous.is_possessive
                          and not previous.lower.endswith("s") and is_noun(previous.lower)
                          and (following.lower in load_lexicons("articles", "possessive_pronouns") or following.text[0].isdigit()
                               or (following.is_capitalized and following.is_word) or adjective or (
                              following.lower in ("to", "that") and _names_an_agent(previous.lower))))
        # "the job [marks] his return", "the software [costs] 5,000 dlrs", "the bid [values] TMOC", "His wife [plans] to leave": a
        # singular noun, then its verb (not "its tin
        # [exports] to", nor "the travel [plans] to Iowa": only a person or a body plans, claims or says)
        if not adverb and not named and (  # "the congressman also [plans] to"
                not (previous.lower.endswith("s") or _joined_subject(tokens, position - 1)) or token.lower.endswith("s")
                or previous.is_possessive or not (is_noun(previous.lower) or _acronym_plural(previous))):
            return False
    return can_be_verb(token.lower)  # (asked last: the positions above rule out most words at once)


def _bare_plural_then_end(tokens: list[Token], position: int) -> bool:
    """A word in its base form that can be a verb, between a plural noun that opens a clause (after
    "that" or a verb: "said [prices]") and the clause's end: the plural's verb, not a noun after it."""
    following = tokens[position + 1] if position + 1 < len(tokens) else None
    previous, token = tokens[position - 1], tokens[position]
    return position >= 2 and following is not None and following.text in (".", ",", ";") and not token.lower.endswith("s") \
        and previous.lower.endswith("s") and is_plural(previous.lower) and is_noun(previous.lower) and not previous.is_capitalized \
        and (tokens[position - 2].lower == "that" or (is_inflected_verb(tokens[position - 2].lower) and not is_noun(
            tokens[position - 2].lower))) and can_be_verb(token.lower)


def _acronym_plural(token: Token) -> bool:
    """"MPs", "GPs", "MEPs": people named by an acronym in the plural, a subject before its base verb
    ("a clear majority of MPs [support] it"), which no lexicon lists as a noun."""
    return len(token.text) > 2 and token.text.endswith("s") and token.text[:-1].isupper() and token.text[:-1].isalpha()


def _plural_of_noun_only(word: str) -> bool:
    """A plural whose singular the tagger knows only as a noun ("analysts", "officials"): no verb in -s."""
    return is_noun(word[:-1]) and not can_be_verb(word[:-1])


def _adjective_object(tokens: list[Token], start: int) -> bool:
    """An adjective, then its noun, at `start`: an object ("the programme breaches [editorial guidelines]"),
    where a noun before it would need an article."""
    if start + 1 >= len(tokens) or not tokens[start].is_word or tokens[start].is_capitalized:
        return False
    word, noun = tokens[start].lower, tokens[start + 1].lower
    return is_describer(word) and tokens[start + 1].is_word and is_noun(noun)


def _agents_before(previous: Token, token: Token) -> bool:
    """People or bodies in the plural, then a base form: "some 150 employees [work] at the plant",
    "officials [meet] in Geneva" (a preposition after it, where a noun would need an article or a
    verb before it; not "the arms [control] in Europe": arms do not act); "MPs" too."""
    return previous.is_word and not previous.is_possessive and not token.lower.endswith("s") and (_acronym_plural(previous) or (
        not previous.is_capitalized and is_plural_noun(previous.lower) and _names_an_agent(previous.lower[:-1])))


def _names_an_agent(word: str) -> bool:
    """A noun for a person or a body, who can act ("wife", "spokesman", "company", "panel")."""
    return is_known_noun(word) or word in load_mapping("gendered_words")


def _joined_subject(tokens: list[Token], noun: int) -> bool:
    """The noun ends a subject of two joined by "and": "his focus groups and other [research] show"."""
    return any(tokens[index].lower == "and" and tokens[index - 1].is_word and is_noun(tokens[index - 1].lower.removesuffix("s"))
               for index in range(max(1, noun - 3), noun))


def _after_subject_adverbs(tokens: list[Token], adverb: int) -> bool:
    """The adverbs ending at `adverb` follow a plural noun, their subject ("voters [almost always]", "the
    rules [still]"), not an article or a preposition ("the [first] round", "the [then] leader")."""
    start = adverb
    while start > 0 and tokens[start - 1].is_word and (tokens[start - 1].lower in load_lexicons("attribution_skip", "approximators")
                                                      or tokens[start - 1].lower.endswith("ly")):
        start -= 1
    before = tokens[start - 1] if start > 0 else None
    return before is not None and before.is_word and not before.is_capitalized and before.lower.endswith("s") \
        and not before.is_possessive and is_noun(before.lower)
