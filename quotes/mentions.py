"""Does a mention name someone? The test the attribution rules put to a subject they would give the
floor to when no speech verb says who speaks: a pronoun, a name of two capitalised words, a surname
the text wrote in full before; not "The weather", "More clarity", "Premiership clubs".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import takewhile

from .lexicons import load_lexicon, load_lexicons, load_mapping
from .tokens import Token, after_dateline
from .wordclass import agent_endings, can_be_verb, is_describer, is_inflected_verb, is_known_noun, is_noun, is_plural, is_title_word

__all__ = ["body_after_document", "author_of_finding", "author_preposition", "group_subject_before", "names_no_one", "names_someone", "role_subject_before",
           "source_named_after", "speaking_part", "surely_names_someone", "through_document"]

_SENTENCE_REACH = 400  # characters back to the start of the sentence before a pronoun
_OPENING_COORDINATOR = re.compile(r"(?<=[.!?][\x22'”’)\s])\s*([A-Z][a-z]+)[ \t]+$")  # "... tariffs. [But] he"
_COORDINATOR_REACH = 8
_SENTENCE_BEFORE = re.compile(r"(?:^|[.!?][\x22'”’)]*\s+|\n\s*)([A-Z][^.!?\n]*[.!?][\x22'”’)]*\s+)$")  # the sentence before a position
_QUOTE_OPENING = re.compile(r"(?:[.!?][\x22'”’)]*\s+|\n\s*)([\x22“][^\x22“”\n]*[,!?][\x22”]\s+)$")  # '"...," [he] said': the quote opening the sentence


_OPENING = 24  # characters of an opening phrase ("On Monday, ") before a subject
_ROLE_REACH = 60  # characters after the owner or article read for the role and its verb
_ROLE_OWNER = re.compile(r"(?:(?:[A-Z][\w.-]*[ \t]+){0,3}[A-Z][\w.-]*['’]s|[Tt]he|[Aa]n?|[Oo]ne)[ \t]+")  # "Tony Blair's", "The", "one [dealer]"


def group_subject_before(text: str, position: int) -> tuple[int, str] | None:
    """"Experts studying the seas have forecast more storms. [They] predicted ...": the plural noun of
    people opening the sentence before a sentence-initial "they" (where it starts, and the group in
    lower case, "many" or "some" or a conjunction before it left out: "But fans ... [They]"); None
    when that sentence opens otherwise."""
    match = _SENTENCE_BEFORE.search(text, max(0, position - _SENTENCE_REACH), position)
    opening = after_dateline(text, match.start(1)) if match is not None else 0  # ("NEW DELHI, March 1 - Opposition ...")
    words = text[opening:match.end(1)].split(maxsplit=3) if match is not None else []
    if len(words) > 1 and words[0].lower() in load_lexicon("conjunctions"):
        words = words[1:]  # ("But fans around the world have pitched in")
    if len(words) > 1 and words[0].lower() in load_lexicon("quantity_words"):
        words = words[1:]
    if len(words) > 2 and _people(words[1].rstrip(",").lower()) and not _people(words[0].lower()) and (
            is_noun(words[0].lower()) or is_describer(words[0].lower())):
        words = words[1:]  # ("Opposition politicians, businessmen and newspapers criticised": the people, described)
    word = words[0].rstrip(",").lower() if words else ""
    return (text.index(words[0], opening), word) if _people(word) and match is not None else None


def _people(word: str) -> bool:
    """A plural noun for people: "experts", "politicians", "fans"."""
    return word.endswith("s") and is_plural(word) and is_noun(word) and (
        is_known_noun(word[:-1]) or word[:-1].endswith(agent_endings()) or word[:-1] in load_lexicon("people_nouns"))


def role_subject_before(text: str, position: int, gender: str) -> tuple[int, int] | None:
    """"Tony Blair's official spokesman declined to say whether ... [He] said:": the unnamed role
    (lexicon other_person_roles) opening the sentence before a sentence-initial "he" or "she" (or one
    after a coordinator opening it: "The official refused ... But [he] said"; or one right after a quote
    that opens its sentence: '"...," [he] said'), after its owner's name
    or an article, past an opening phrase up to a comma; the span of that phrase, or None. The role's
    gender (lexicon gendered_words) must not be the other one."""
    joined = _OPENING_COORDINATOR.search(text, max(0, position - _COORDINATOR_REACH), position)
    if joined is not None and joined.group(1).lower() in load_lexicon("coordinators"):
        position = joined.start(1)
    match = _SENTENCE_BEFORE.search(text, max(0, position - _SENTENCE_REACH), position)
    quoted = _QUOTE_OPENING.search(text, max(0, position - _SENTENCE_REACH), position) if match is None else None
    if quoted is not None:  # ('... one dealer advised caution. "Everybody's bearish," [he] said'): before the quote
        match = _SENTENCE_BEFORE.search(text, max(0, quoted.start(1) - _SENTENCE_REACH), quoted.start(1))
    if match is None:
        return None
    comma = text.find(", ", match.start(1), match.start(1) + _OPENING)
    phrase = text[match.start(1):comma].split() if comma > 0 else []
    opening = bool(phrase) and phrase[0].lower() in load_lexicon("clause_openers") and not any(
        word[:1].isupper() and word.lower() not in load_lexicons("days", "months") for word in phrase[1:])
    for start in (match.start(1), comma + 2) if opening else (match.start(1),):  # ("On Monday, ", not "Myron Ebell, ")
        owner = _ROLE_OWNER.match(text, start)
        words = [word.rstrip(",") for word in text[owner.end():owner.end() + _ROLE_REACH].split()[:4]] if owner is not None else []
        indefinite = owner is not None and owner.group().strip().lower() in load_lexicon("indefinite_determiners")
        role = next((index for index, word in enumerate(words[:3]) if word in load_lexicon("other_person_roles") or (
            indefinite and is_title_word(word) and not is_plural(word))), None)  # ("One emergency nurse, who": anyone newly met)
        while role is not None and role + 2 < len(words) and words[role + 1] in load_lexicon("other_person_roles"):
            role += 1  # ("official spokesman")
        article = owner is not None and owner.group().strip().lower() in load_lexicon("articles")
        if role is not None and role + 1 < len(words) and words[role + 1][:1].islower() and all(
                word[:1].islower() or article for word in words[:role]):  # ("The [Foreign Ministry] official": its body)
            if load_mapping("gendered_words").get(words[role], gender) != gender:
                return None
            return start, text.index(words[role], owner.end()) + len(words[role])  # type: ignore[union-attr]
    return None


def names_someone(mention: str) -> bool:
    """A pronoun, or a name of two capitalised words or more ("Richard Ferris"; not "The weather")."""
    words = mention.split()
    if len(words) == 1 and words[0][:1].isupper() and words[0][1:].islower() and not is_noun(words[0].lower()) \
            and not can_be_verb(words[0].lower()):
        return True  # "Solberg": a surname, no common word ("Police", "Meanwhile")
    return (len(words) == 1 and words[0].lower() in load_lexicon("subject_pronouns")) or (
        len(words) > 1 and words[0].lower() not in load_lexicons("articles", "determiners")
        and all(word[0].isupper() for word in words))


def names_another(text: str, mention: tuple[int, int], other: tuple[int, int]) -> bool:
    """"James Crandell" and "James Carroll": two names (no pronoun, no role) that cannot be one person's,
    neither holding the other's last word ("Kleckner" is "Dean Kleckner")."""
    words, others = text[mention[0]:mention[1]].split(), text[other[0]:other[1]].split()
    return names_someone(" ".join(words)) and names_someone(" ".join(others)) and words[-1] not in others \
        and others[-1] not in words and not {words[-1].lower(), others[-1].lower()} & load_lexicon("subject_pronouns")


def surely_names_someone(text: str, start: int, end: int) -> bool:
    """"he", "she", a name of two capitalised words or more, or a word the text wrote before as the last
    of such a name ("Holmes" after "Kelly Holmes"; not "More clarity", "Premiership clubs", "They")."""
    words = text[start:end].split()
    cut = next((index for index, word in enumerate(words) if word in load_lexicon("role_prepositions")), len(words))
    if cut >= 2 and words[0][:1].isupper():  # "Eli Wachtel [of Bear, Stearns and Co]": the name before its body
        words, end = words[:cut], start + len(" ".join(words[:cut]))
    if len(words) == 1 and words[0] in ("he", "she"):
        return True  # ("And [she] will not commit ...")
    if len(words) == 1 and words[0][:1].isupper() and words[0][1:].islower():
        return words[0].lower() in ("he", "she") or re.compile(rf"[A-Z][\w'’-]+ {re.escape(words[0])}\b").search(text, 0, start) is not None
    return names_someone(text[start:end]) and len(words) > 1


def names_no_one(tokens: list[Token], span: tuple[int, int]) -> bool:
    """"The timing", "his willingness", "the gap in pay": a determiner's phrase whose head (the word
    before any preposition: "a representative [for the brand]") is no role, organisation, group or
    document."""
    if span[1] - span[0] < 2 or not (tokens[span[0]].lower in load_lexicon("determiners") or tokens[span[0]].is_possessive):
        return False
    head = tokens[_head_end(tokens, span) - 1]
    return not head.is_capitalized and not is_known_noun(head.lower)


def speaking_part(tokens: list[Token], span: tuple[int, int]) -> tuple[int, int] | None:
    """The part of a subject that can have said something: all of it, unless it names no one ("The
    gap": None) while an owner does ("[His] advice", "[The Florida senator's] answer"; not "Frustrations
    at [Carson's] inability": the owner must come before the head's preposition)."""
    if not names_no_one(tokens, span) or tokens[span[0]].is_possessive:
        return span
    owner = next((index for index in range(span[0] + 1, _head_end(tokens, span)) if tokens[index].is_possessive), None)
    if owner is None:
        return (span[0], span[0] + 1) if tokens[span[0]].lower in load_lexicon("possessive_pronouns") else None
    return span[0], owner + 1


def _head_end(tokens: list[Token], span: tuple[int, int]) -> int:
    """Where a phrase's head ends: before its first preposition ("a spokesman [for the campaign]"), else
    at the phrase's end."""
    return next((index for index in range(span[0] + 2, span[1]) if tokens[index].lower in load_lexicon("head_prepositions")),
                span[1])


_DESCRIBED_SOURCE = 4  # words between a document and its source's name: "from technology analysts Gartner"


def source_named_after(tokens: Sequence[Token], head: Token) -> list[Token]:
    """The name after a document's head that issued it: "a release [from Metrolinx]", "a statement
    [by the Audubon Society]", "research from technology analysts [Gartner]" (the name's words, without
    "the" or the nouns describing it); none when no capitalised name follows, or a place's, where the
    document comes from."""
    found = author_preposition(tokens, tokens.index(head) + 1)
    if found is None:
        return []
    index = preposition = found
    index += index + 1 < len(tokens) and tokens[index + 1].lower == "the"
    while index + 2 < len(tokens) and not tokens[index + 1].is_capitalized and is_noun(tokens[index + 1].lower) \
            and index + 1 - preposition < _DESCRIBED_SOURCE:
        index += 1  # "research from [technology analysts] Gartner", "a report by [research firm] IDC"
    index += index + 1 < len(tokens) and tokens[index + 1].lower == "the"  # ("message analysts the Radicati Group")
    name = list(takewhile(lambda token: token.is_capitalized and token.is_word, tokens[index + 1:]))
    return [] if " ".join(token.lower for token in name) in load_lexicon("places") else name  # (not "reports from China")


def body_after_document(tokens: Sequence[Token], head: Token) -> list[Token]:
    """The body a document's head comes from when no name says which: "a statement [from the
    ministry]", "a report [by the company]" (read as "the ministry said" would be); else none."""
    found = author_preposition(tokens, tokens.index(head) + 1)
    if found is None or found + 1 >= len(tokens):
        return []
    body = found + 1 + (tokens[found + 1].lower == "the" and found + 2 < len(tokens))
    return list(tokens[found + 1:body + 1]) if tokens[body].is_word and not tokens[body].is_capitalized and tokens[body].lower in \
        load_lexicons("organization_words", "company_nouns", "body_nouns") else []


def author_preposition(tokens: Sequence[Token], index: int) -> int | None:
    """Where the "by" or "from" that names a document's author is, right at `index` after the document's
    head or after a participle there: "a report [by]", "figures released [by]"; None if neither."""
    index += index + 1 < len(tokens) and is_inflected_verb(tokens[index].lower) and tokens[index + 1].lower in ("by", "from")
    return index if index < len(tokens) and tokens[index].lower in ("by", "from") else None


def author_of_finding(words: Sequence[Token]) -> Token | None:
    """The first word of the name that issued the figures or the document a source phrase is made of:
    "figures [released] by [the State Statistics Bureau]", "a study by [Sparks Commodities Inc.]",
    "forecasts from [the Ministry of Commerce]": the body speaks through them. None when no such name
    follows, or a place's ("estimates from India": where they come from), or people do the reporting
    ("bankers surveyed by the Kansas City Fed")."""
    preposition = next((index for index, word in enumerate(words) if word.lower in ("by", "from")), None)
    if preposition is None or preposition < 1 or preposition + 1 >= len(words):
        return None
    head = preposition - 1 - (preposition >= 2 and is_inflected_verb(words[preposition - 1].lower))
    if words[head].lower not in load_lexicons("document_words", "finding_subjects") or any(
            word.is_capitalized for word in words[:head + 1]):
        return None
    first = preposition + 1 + (words[preposition + 1].lower == "the" and preposition + 2 < len(words))
    if first + 1 < len(words) and not words[first].is_capitalized and is_plural(words[first].lower):
        first += 1  # "a report by [analysts] Forrester Research": the firm of the people it names
    name = list(takewhile(lambda word: word.is_capitalized, words[first:]))
    if not name or " ".join(word.lower for word in name) in load_lexicon("places"):
        return None
    return words[preposition + 1]


def through_document(mention: str) -> bool:
    """The source is a document or figures its speaker issued: "figures released by the Bureau"."""
    source, by, _ = mention.lower().replace(" from ", " by ").partition(" by ")
    return bool(by) and any(word in load_lexicons("document_words", "finding_subjects") for word in source.split())
