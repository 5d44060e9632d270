"""Queries of the cast a mention is read against: the latest person with a surname, the name at a
position, the nearest organisation (of a head word, or a publication) or company within an
antecedent's reach. `quotes.speakers` asks them; they only read the cast.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache, lru_cache
from collections.abc import Iterator, Sequence

from .cast import ANTECEDENT_REACH, NEXT_WORD, SENTENCE_BREAK, Cast
from .lexicons import lexicon_alternation, load_lexicon, load_lexicons
from .model import Quote
from .names import Named, clean_name, is_legal_form
from .wordclass import is_inflected_verb

__all__ = ["body_introduced_before", "cast_name_at", "latest_with_surname", "names_with_word", "named_within_reach", "nearest_company", "sentence_start_before", "nearest_organization_with", "organization_acting",
           "organization_named_with", "organization_spoken_last"]

# A relative clause set off by commas after a name, then the lower-case word after it: "First Interstate
# Bancorp[, which last month withdrew its proposal, filed]".
_AFTER_RELATIVE = re.compile(r",[ \t]+(?:which|who)\b[^,.;:!?\n]{1,120},[ \t]+([a-z]+)\b")
_CLAUSE_OPENING = re.compile(r"(?:^|[.!?…][\"'”’)]*\s+|\n\s*|,[ \t]+|[ \t][—–-][ \t]+)(?:[Tt]he[ \t]+)?$")
_CLAUSE_OPENING_REACH = 8
_SENTENCE_STOP = re.compile(r"[.!?…][\"'”’)]*\s|\n")  # what a sentence starts after
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)*")
_ROLE_THEN_NAME = re.compile(r"(?:[ \t]+[a-z][\w-]*){1,3}[ \t]+(?=[A-Z])")  # " political editor ", before a name
_TOLD_REACH = 24  # characters read back from a name for the words that make it an addressee
_OWNED_BODY = re.compile(r"(?:^|(?<=[.!?…])[\"'”’)]*\s+|(?<=\n))((?:[A-Z][\w.-]*[ \t]+)*([A-Z][\w-]*))['’]s[ \t]+([a-z]+)[ \t]+([a-z]+)")


def latest_with_surname(cast: Cast, key: str, kinds: tuple[str, ...], before: int | None = None) -> Named | None:
    """The last name of the cast (before `before`, if given) with this surname and one of these kinds."""
    named = cast.named if before is None else cast.named[:bisect_left(cast.starts, before)]
    return next((known for known in reversed(named) if known.key == key and known.kind in kinds), None)


def names_with_word(cast: Cast, word: str) -> bool:
    """Whether the cast names someone by `word` (lower case): a person of that surname ("Sanders said"
    is Bernie Sanders's) or a body whose name opens with it ("Flowers said" is Flowers Industries Inc)."""
    return latest_with_surname(cast, word, ("person", "unknown")) is not None or any(
        known.kind == "organization" and len(known.name) > 1 and known.name[0].lower() == word for known in cast.named)


@cache
def _told() -> re.Pattern[str]:
    """Right before an addressee or a recipient: "told [Reuters]", "told the [BBC]", "made available to [Reuters]"."""
    return re.compile(rf"\b(?:told|(?:{lexicon_alternation('recipient_participles')})[ \t]+to)[ \t]+(?:the[ \t]+)?$")


def cast_name_at(cast: Cast, position: int) -> Named | None:
    """The name of the cast that covers `position`, if any."""
    index = bisect_left(cast.starts, position + 1) - 1
    if index >= 0 and cast.named[index].start <= position < cast.named[index].end:
        return cast.named[index]
    return None


def nearest_organization_with(cast: Cast, head: str | None, start: int, *, media: bool = False, text: str = "") -> str | None:
    """"the commission" -> "Commission on Presidential Debates", named earlier in the article (with
    `head` None, the nearest organisation of any name; with `media`, the nearest publication). Given
    the `text`, not one a speaker told something to ("a spokesman told Reuters. ... It reported")."""
    publications = load_lexicon("media_words")
    for named in named_within_reach(cast, start):
        if head is not None and len(named.name) == 1 and named.name[0].rstrip(".").lower() == head:
            continue  # another "the Bank": its full name was given before it
        if text and _told().search(text, max(0, named.start - _TOLD_REACH), named.start):
            continue
        if named.kind == "organization" and (head is None or any(word.rstrip(".").lower() == head
                                                                 for word in named.name)) and (
                not media or named.name[-1].rstrip(".").lower().removesuffix("'s") in publications):
            return clean_name(list(named.name))
    return None


def body_introduced_before(text: str, head: str, before: int) -> re.Match[str] | None:
    """The unnamed body a clause opened with, for a later "the group said" (lexicon collective_bodies):
    "WASHINGTON, March 3 - An investor group led by ... said": the phrase in group 1, its head and
    lower-case modifiers in group 2 ("investor group"); the latest within reach."""
    if head not in load_lexicon("collective_bodies"):
        return None
    found = None
    for match in _opening_indefinite(head).finditer(text, max(0, before - ANTECEDENT_REACH), before):
        found = match
    return found


@lru_cache(maxsize=16)  # one per collective noun
def _opening_indefinite(head: str) -> re.Pattern[str]:
    """An indefinite phrase with this head opening a clause: after a stop, a line break or a dateline's dash."""
    return re.compile(rf"(?:^|(?<=[.!?])[\"'”’)]*[ \t]+|(?<=\n)|[ \t]-[ \t])((?:An?|One)[ \t]+((?:[a-z][\w-]*[ \t]+){{0,2}}{re.escape(head)}))\b")


def nearest_company(cast: Cast, start: int, text: str = "") -> str | None:
    """"The company said": the nearest body that is a company, by its legal form ("Starrex Mining Corp
    Ltd") or by what the article says only of companies ("Microsoft's shares"), before a nearer body
    of another kind ("the Toronto Stock Exchange", "the BBC"). Closing a sentence (", the company
    said"), the first company the sentence names: "Acme Corp will buy Beta Inc, the company said"."""
    companies = [named for named in named_within_reach(cast, start) if (
        named.kind == "organization" and len(named.name) > 1 and is_legal_form(named.name[-1])) or (
        len(named.name) == 1 and named.key in cast.companies())]
    if not companies:
        return None
    chosen = companies[0]
    opening = sentence_start_before(text, start, ANTECEDENT_REACH) if text.endswith(", ", 0, start) else None
    if opening is not None:
        chosen = next((named for named in reversed(companies) if named.start >= opening), chosen)
    whole = fuller_company(cast, chosen.name, chosen.key, chosen.start)
    return clean_name(list((whole or chosen).name))  # ("Texaco", after "Texaco Inc": in full)


def sentence_start_before(text: str, position: int, reach: int) -> int | None:
    """Where the sentence holding `position` starts (after a stop and its space, or a line break),
    searched back `reach` characters; the text's start counts when the search reaches it."""
    low = max(0, position - reach)
    last = None
    for last in _SENTENCE_STOP.finditer(text, low, position):
        pass
    return last.end() if last is not None else 0 if low == 0 else None


def named_within_reach(cast: Cast, start: int) -> Iterator[Named]:
    """The names of the cast before `start`, within an antecedent's reach, latest first."""
    index = bisect_left(cast.starts, start) - 1
    while index >= 0 and start - cast.named[index].end <= ANTECEDENT_REACH:
        yield cast.named[index]
        index -= 1


def author_named_by(text: str, cast: Cast, before: int, head: str) -> Named | None:
    """The person or body a document with this head word was said to be by, latest first: "a report by
    [Forrester Research]", "a study from [the Brookings Institution]", for a later "the report said"."""
    found = None
    pattern = re.compile(rf"\b{re.escape(head)}(?:,[ \t]+[A-Z][^,.;:]{{0,60}}?)?[ \t]+(?:by|from)[ \t]+(analysts[ \t]+)?(?:the[ \t]+)?")
    for match in pattern.finditer(text, max(0, before - ANTECEDENT_REACH), before):  # (and "a new book, Brown's Britain by")
        named = cast_name_at(cast, match.end()) or _name_in_run(text, cast, match.end())
        named = _person_of_role(text, cast, named) if named is not None and named.kind == "organization" else named
        if named is not None and named.kind != "group" and not text.startswith(" and ", named.end):
            firm = match.group(1) is not None  # ("a report from analysts Gartner")
            found = Named(named.start, named.end, named.name, named.title, None, "organization", named.key, named.entity) \
                if firm or named.kind == "unknown" else named  # (not "the U.S. Securities [and Exchange Commission]": cut short)
    return found


def _name_in_run(text: str, cast: Cast, start: int) -> Named | None:
    """The first name of the cast inside the run of capitalised words at `start`: "[Sunday] Telegraph"
    (a day is no part of a name the cast keeps)."""
    run = _CAPITALISED_RUN.match(text, start)
    index = bisect_left(cast.starts, start)
    return cast.named[index] if run is not None and index < len(cast.named) and cast.named[index].start < run.end() else None


def _person_of_role(text: str, cast: Cast, body: Named) -> Named:
    """The person named right after a body and a role in lower case, "[Sunday Telegraph] journalist
    [Robert Peston]": the person, not the body they work for; else the body."""
    role = _ROLE_THEN_NAME.match(text, body.end)
    person = cast_name_at(cast, role.end()) if role is not None else None
    return person if role is not None and person is not None and person.kind == "person" and person.start == role.end() else body


def fuller_company(cast: Cast, name: tuple[str, ...], key: str, before: int, *, legal_form: bool = False) -> Named | None:
    """`Cast.company_begun_by`, the company's own fuller name only, not two companies a chain joined
    ("Texaco [Inc and Pennzoil Co]")."""
    whole = cast.company_begun_by(name, key, before, legal_form=legal_form)
    joined = whole is not None and any(is_legal_form(word) and following in ("and", "&") for word, following in zip(whole.name, whole.name[1:]))
    return None if joined else whole


def organization_acting(text: str, cast: Cast, after: int, before: int) -> str | None:
    """The latest organisation named between `after` and `before` as the subject of a verb opening its
    clause: "PolitiFact said ... During the primaries, the Times gave Clinton an endorsement ...
    Meanwhile, it attacked Trump" is the Times, "Donald Trump's campaign is defending ... It's
    denouncing" the Trump campaign; not a name inside what was said ("Du Pont said the court ruled that
    Phillips Petroleum Co had infringed ... It also said" is still Du Pont)."""
    owned = None  # "Donald Trump's campaign is": (where, the owner's surname and the body)
    for match in _OWNED_BODY.finditer(text, after, before):
        if match.group(3) in load_lexicon("organization_words") and match.group(3) not in load_lexicons("owner_voices", "document_words") \
                and match.group(2).lower() not in load_lexicons("days", "months") and is_inflected_verb(match.group(4)) \
                and SENTENCE_BREAK.search(text, match.end(), before + 1):  # (not "Mr Spitzer's office", "Thursday's report")
            owned = (match.start(1), f"{match.group(2)} {match.group(3)}")
    floor = owned[0] if owned else after  # (an organisation named before the owned body acted earlier)
    index = bisect_left(cast.starts, before) - 1
    while index >= 0 and cast.named[index].start > floor:
        named = cast.named[index]
        index -= 1
        following = NEXT_WORD.match(text, named.end) or _AFTER_RELATIVE.match(text, named.end)  # ("X, which ..., filed")
        if named.kind == "organization" and following is not None and is_inflected_verb(following.group(1)) \
                and _CLAUSE_OPENING.search(text, max(0, named.start - _CLAUSE_OPENING_REACH), named.start) \
                and SENTENCE_BREAK.search(text, named.end, before + 1):  # (not "X is the manager, it said")
            whole = fuller_company(cast, named.name, named.key, named.start)
            return cast.expand(clean_name(list((whole or named).name)))  # (not "ruled that Phillips Petroleum Co had")
    return owned[1] if owned else None


def organization_spoken_last(earlier: Sequence[Quote], start: int, *, companies: bool = False, latest: bool = False) -> str | None:
    """The organisation named by name that spoke last, within reach: what "the company said" (with
    `companies`, no public body) or "the agency said" mean, not a body its words named ("Moody's said it
    downgraded Navistar ... The agency said"), or "it" when it meant one ("..., it said. / The company
    also said"). With `latest`, only if no one else spoke since."""
    for quote in reversed(earlier):
        if quote.mention_end is not None and start - quote.mention_end > ANTECEDENT_REACH:
            break  # (a quote nobody speaks, a scare quote or a title, is skipped)
        words = (quote.mention or "").split()
        if len(words) > 1 and words[0].lower() == "the" and words[1][:1].isupper() and words[-1][:1].isupper() \
                and not _media_words_in(words):
            words = words[1:]  # "the Joint Agricultural Weather Facility said": named by name (not "the UK firm", nor
            # "the Press Association said": a publication reports, it is no company nor agency a later "it" means)
        if quote.speaker and (quote.speaker_type == "organization" or (quote.speaker_type == "unknown" and quote.speaker_named)) \
                and words and (words[0][:1].isupper() or (words == ["it"] and quote.speaker_named)) \
                and words[0].lower() not in load_lexicons("articles", "determiners") and not (companies and (any(
                    word.lower() in load_lexicon("public_body_words") for word in quote.speaker.split()) or _publication(quote.speaker))):
            return quote.speaker
        if latest and quote.mention_end is not None:
            return None  # (someone else spoke since: "Officials at Homeland Security Investigations said ... the agency")
    return None


def _publication(name: str) -> bool:
    """"Agence France Presse", "the Sunday Times": a publication reports; "the company" means no such
    name (but "Washington Post Co", "News Corp Ltd of Australia", companies by their legal form, may be)."""
    words = name.split()
    return _media_words_in(words) and not any(map(is_legal_form, words))


def _media_words_in(words: Sequence[str]) -> bool:
    """Whether a name holds a word of a publication's (lexicon media_words: "Times", "Post", "Presse")."""
    return any(word.lower() in load_lexicon("media_words") for word in words)


def organization_named_with(earlier: Sequence[Quote], head: str, start: int) -> str | None:
    """"the Warburg Pincus group said ... the group said": the organisation that spoke by a name ending
    in the head word, within reach, before any other body named since (the one it filed with); or
    unnamed ("An investor group said ... the group said", "Tehran radio said ... the radio said"); not
    a company's description ("the UK firm announced ... The firm said" is the company named before)."""
    for quote in reversed(earlier):
        if quote.mention_end is None or start - quote.mention_end > ANTECEDENT_REACH:
            break
        words, mentioned = (quote.speaker or "").lower().split(), (quote.mention or "").lower().split()
        if quote.speaker_named and quote.speaker_type == "organization" and (
                (len(words) > 1 and words[-1] == head) or (mentioned[-1:] == [head] and head in load_lexicon(
                    "institution_kinds") and " ".join(words) in " ".join(mentioned))):  # ("the Xinhua news agency")
            return quote.speaker
        if quote.speaker and quote.speaker_type in ("group", "organization") and (any(
                word == head and following in ("of", "led") for word, following in zip(mentioned[:3], mentioned[1:4])) or (
                not quote.speaker_named and len(words) > 1 and words[-1] == head and head not in load_lexicon("company_nouns")
                and not {"and", "by"} & set(words))):  # (not "the UK firm", which describes a company named before)
            return quote.speaker  # "A group of investment firms led by ... said", "A shareholder group said" for a later "the group"
    return None
