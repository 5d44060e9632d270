"""Descriptions that name someone the story named: "the veteran coach", "the director", "the
New York businessman".

A definite description of a person is the salient person when it is an epithet (modifiers of its
own: "the 70-year-old", "the veteran coach"), or the person the story gave its role as a title
("Charity director Barbara Stocking" ... "the director added"); a bare role nobody was given
("the announcer"), or one held for someone else ("the campaign manager"), is someone unnamed.
Read by `quotes.speakers` against the article's cast.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from functools import cache, lru_cache

from .cast import ANTECEDENT_REACH, SENTENCE_BREAK, Cast, fits_title
from .lexicons import lexicon_alternation, load_lexicon, load_lexicons, load_mapping
from .model import Quote
from .entities import acting_entity
from .names import Named, without_possessive
from .tokens import Token
from .wordclass import is_bare_epithet, is_inflected_verb, is_noun, is_title_word

__all__ = ["epithet_holder", "resolved_at"]

_SENTENCE_REACH = 300  # characters read either side of a name for the sentence that names it


def resolved_at(cast: Cast, start: int) -> Named | None:
    """The latest naming of the person the salience pass resolved the pronoun or epithet at `start` to."""
    entity = cast.pronouns.get(start)
    return _latest_named(cast, entity, start) if entity is not None else None


def _latest_named(cast: Cast, entity: str, before: int) -> Named | None:
    index = bisect_left(cast.starts, before) - 1
    while index >= 0:
        if cast.named[index].entity == entity and cast.named[index].kind in ("person", "unknown"):
            return cast.named[index]
        index -= 1
    return None


def epithet_holder(text: str, tokens: Sequence[Token], head: Token, cast: Cast, start: int,
                   earlier: Sequence[Quote] = ()) -> Named | None:
    """The person an epithet names: how a story names someone it already spoke of ("the New York
    businessman", "the 70-year-old", "the veteran coach"), the most salient person then. A bare role
    is whoever the story gave it as a title ("the director", `_titled_holder`), else someone unnamed
    ("the announcer"); a role held for someone ("the campaign manager") or a possessive's ("the ad's
    narrator") is someone else; "Obama's former campaign strategist" the salient person, if not him.
    `earlier`: the quotes before, whose speaker mentions say who spoke."""
    owner = without_possessive(tokens[0].text).lower() if tokens[0].is_possessive and tokens[0].is_capitalized else None
    modifiers = [token for token in tokens[1:] if token.start < head.start]
    epithet = owner is not None or head.text[0].isdigit() or _seat_named(tokens, head) or any(
        token.is_capitalized or token.text[0].isdigit() for token in modifiers) or (
        bool(modifiers) and tokens[-1] is head and head.lower.rstrip(".") not in load_lexicon("other_person_roles") and all(
            token.is_word and not token.is_possessive and token.lower not in load_lexicons("ordinals", "subordinate_titles")
            for token in modifiers))
    if not epithet and len(tokens) == 2 and tokens[0].lower == "the" and not head.is_capitalized and is_bare_epithet(head.lower):
        return _titled_holder(text, cast, modifiers, head, start) or _salient_for_bare(text, cast, head, start)
    named = resolved_at(cast, start) if epithet and (tokens[0].lower == "the" or owner) else None
    if named is None and tokens[0].lower == "the" and owner is None:
        return _titled_holder(text, cast, modifiers, head, start) or _untitled_office_holder(cast, modifiers, head, start, tokens[-1].end)
    if named is None or named.key == owner:
        return None
    role = head.lower.rstrip(".")
    title = {word.lower() for word in named.title or cast.titles.get(named.entity, ())}
    subordinate = load_lexicon("subordinate_titles")
    if role in title and title & subordinate != {token.lower for token in modifiers} & subordinate:
        return None  # "The Foreign Secretary" is not the salient shadow foreign secretary, "the prime minister"
        # not the deputy prime minister: another office
    if modifiers and not any(token.is_capitalized or token.lower.split("-")[0] in load_lexicon("past_office_words")
                             for token in modifiers) and _holds_another_office(role, title):
        return None  # "the prime minister" is not the salient "Home Secretary Charles Clarke" nor "London mayor Ken
        # Livingstone" ("the Kansas senator", "the former cabinet secretary" may be: a place's, an office held before)
    if owner is None and not any(token.text[0].isdigit() for token in modifiers) and role in load_lexicon("other_person_roles"):
        # "the BPI spokesman", "the K Mart official": the person the story named with that role or
        # that organisation, the salient one first; else someone unnamed
        words = [token.text for token in modifiers if token.is_capitalized]
        people = sorted(_people_within_reach(cast, start), key=lambda each: each.entity != named.entity)  # (stable)
        fitting = (each for each in people if _holds_role(each, role, cast) or (words and _names_with(text, each, words, start, earlier)))
        return next(fitting, None)
    return named


def _salient_for_bare(text: str, cast: Cast, head: Token, start: int) -> Named | None:
    """"the defender", "the comedian" alone (`is_bare_epithet`; not "The Bishop", an office) is the
    story's word for the salient person, when no one was named more often so far and the story gave
    them no other title; not after an indefinite or owned one: "one executive at another major
    airline ... the executive", "the mill's bankruptcy trustee ... the trustee" is that someone, unnamed,
    nor after the plural ("administrators David Rubin & Partners ... The administrator")."""
    named = resolved_at(cast, start)
    if named is not None and named.kind == "person" and acting_entity(text, head.lower, start, cast.named, cast.starts, ANTECEDENT_REACH) == named.entity:
        return named  # "Kwame Mensah owns the store ... the owner said": the one the text says does it, however often named
    if named is None or named.kind != "person" or not _named_most(cast, named, start):
        return None
    title = [word.lower().rstrip(".") for word in (*named.title, *cast.titles.get(named.entity or named.key, ()))]
    if any(is_title_word(word) for word in title) and (head.lower not in title or not load_lexicon("subordinate_titles").isdisjoint(title)):
        return None  # "Arsenal striker Thierry Henry", "Deputy director Jane Roe": not "the defender", "the director"
    return named if _introducing(head.lower).search(text, 0, start) is None else None


@lru_cache(maxsize=256)  # one pattern per noun met bare; few per corpus
def _introducing(noun: str) -> re.Pattern[str]:
    """An indefinite or possessive phrase whose head is `noun`, or its plural: "a UAL executive", "its
    anonymous owner", "the mill's bankruptcy trustee", "administrators David Rubin & Partners"."""
    openers = f"{lexicon_alternation('indefinite_determiners')}|{lexicon_alternation('possessive_pronouns')}|\\w+['’]s"
    return re.compile(rf"\b(?:(?:{openers})(?:[ \t]+[\w-]+){{0,3}}?[ \t]+{re.escape(noun)}|{re.escape(noun)}e?s)\b", re.IGNORECASE)


def _holds_another_office(role: str, title: set[str]) -> bool:
    """Whether a person titled with these words holds an office other than the one `role` names: an
    office with words of its own ("the prime minister", "the trade minister") names its holder, and
    a story that gave the salient person another role ("Tory chairman", "Health Secretary") means
    someone else (not "the French prime minister" for "Prime Minister Jacques Chirac")."""
    offices = load_mapping("title_abbreviations")
    office = offices.get(role)
    return office is not None and office not in {offices.get(word) for word in title} and any(
        is_title_word(word) for word in title)


def _untitled_office_holder(cast: Cast, modifiers: Sequence[Token], head: Token, start: int, phrase_end: int) -> Named | None:
    """"Gordon Brown has delivered a speech ... The chancellor said": an office the story gives no one
    as a title is held by the salient person then, if no one was named more often so far ("Jonathan
    Baume, of the union, spoke ... But the chancellor said" is not Baume), when the story gives them no
    title either (a reader is expected to know who holds it); never a role, nor an office someone else
    holds."""
    role = load_mapping("title_abbreviations").get(head.lower.rstrip("."))
    if role is None or modifiers or head.lower in load_lexicon("other_person_roles") or head.end < phrase_end:
        return None  # (not "the governor [of West Flanders province]": an office named by its seat is someone's own)
    named = resolved_at(cast, start)
    if named is None or named.kind != "person" or named.title or cast.titles.get(named.entity or named.key) \
            or not _named_most(cast, named, start):
        return None
    subordinate = load_lexicon("subordinate_titles")
    titles = [(*each.title, *cast.titles.get(each.entity or each.key, ())) for each in cast.named]
    held = any(any(load_mapping("title_abbreviations").get(word.lower().rstrip(".")) == role for word in title)
               and not {word.lower() for word in title} & subordinate for title in titles)
    return None if held else named  # (a "shadow chancellor" or a "deputy prime minister" holds another office)


def _named_most(cast: Cast, named: Named, before: int) -> bool:
    """Whether no person is named more often than `named` before `before`."""
    counts: dict[str, int] = {}
    for each in cast.named[:bisect_left(cast.starts, before)]:
        if each.kind == "person":
            counts[each.entity or each.key] = counts.get(each.entity or each.key, 0) + 1
    return counts.get(named.entity or named.key, 0) >= max(counts.values(), default=0)


def _seat_named(tokens: Sequence[Token], head: Token) -> bool:
    """"the MP for Ealing North", "the senator from Vermont": an elected seat named by its place holds
    one person, so the description is an epithet."""
    after = [token for token in tokens if token.start > head.start]
    return head.lower.rstrip(".") in load_lexicon("seat_titles") and len(after) >= 2 and after[0].lower in ("for", "from") \
        and after[1].is_capitalized


def _titled_holder(text: str, cast: Cast, modifiers: Sequence[Token], head: Token, start: int) -> Named | None:
    """"the director", "the company's chief executive": the latest person within reach whom the
    story titled with that role, before the name or in an apposition after it ("Peter Lynch, the
    director of the charity,"), when the title fits (`fits_title`). A role owned by a name ("Oxfam's
    director") is not looked up here."""
    role = head.lower.rstrip(".")
    if any(token.is_capitalized or not token.is_word for token in modifiers):
        return None
    for each in _people_within_reach(cast, start):
        words = [word.lower().rstrip(".") for word in (*each.title, *cast.titles.get(each.entity or each.key, ()))]
        if fits_title([*words, *_apposed_role_words(text, each.end)], role, [token.lower for token in modifiers]):
            return each
    return None


@cache
def _apposed_role() -> re.Pattern[str]:
    """A role set off after a name, its words in group 1: ", the director of the charity," -> "director",
    ", the company's new chief executive," -> "new chief executive"."""
    openers = f"(?:{lexicon_alternation('articles')}|{lexicon_alternation('possessive_pronouns')}|[a-z][\\w-]*['’]s)"
    return re.compile(rf",[ \t]+{openers}(?:[ \t]+[a-z][\w'’-]*['’]s)?((?:[ \t]+[a-z][\w-]*){{1,4}}?)(?=[ \t]*,|[ \t]+{lexicon_alternation('role_prepositions')}[ \t])")


def _apposed_role_words(text: str, end: int) -> list[str]:
    """The words of a role set off right after a name that ends at `end`, if its last word is a noun
    and no verb ("Smith, the minister said, would resign" gives no minister)."""
    apposed = _apposed_role().match(text, end)
    words = apposed.group(1).lower().split() if apposed else []
    return words if words and is_noun(words[-1]) and not is_inflected_verb(words[-1]) else []


def _holds_role(named: Named, role: str, cast: Cast) -> bool:
    """Whether the story gave this person the role word as (part of) a title: "Drexel spokesman Jo Li"."""
    return any(word.lower().rstrip(".") == role for word in (*named.title, *cast.titles.get(named.entity or named.key, ())))


def _names_with(text: str, named: Named, words: Sequence[str], epithet: int, earlier: Sequence[Quote]) -> bool:
    """Whether a sentence before the epithet names this person as a speaker with all these words
    ("K Mart Corp will sell ..., chairman Bernard M. Fauber predicted" for "The K Mart official"; not
    "Johnny Vaughan and Denise Van Outen's show will not return, the BBC has said" for "The BBC
    spokeswoman": the hosts of the show the BBC spoke of)."""
    opening, closing = _sentence_around(text, named.start, named.end)
    return not opening <= epithet < closing and any(
        quote.mention_start is not None and quote.mention_start <= named.start < (quote.mention_end or 0) for quote in earlier) \
        and all(word in text[opening:closing] for word in words)


def _people_within_reach(cast: Cast, before: int) -> Iterator[Named]:
    """The people named before `before`, within reach, latest first."""
    index = bisect_left(cast.starts, before) - 1
    while index >= 0 and before - cast.named[index].end <= ANTECEDENT_REACH:
        if cast.named[index].kind == "person":
            yield cast.named[index]
        index -= 1


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence (roughly: between stops before capitals, or line breaks) that holds
    text[start:end] opens and closes."""
    opening = max((match.end() for match in SENTENCE_BREAK.finditer(text, max(0, start - _SENTENCE_REACH), start)),
                  default=max(0, start - _SENTENCE_REACH))
    closing = SENTENCE_BREAK.search(text, end, end + _SENTENCE_REACH)
    return opening, closing.start() if closing else min(len(text), end + _SENTENCE_REACH)
