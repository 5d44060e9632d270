"""Names: a capitalised chain of words -> title, name and kind of entity.

"US Homeland Security Secretary Kristi Noem" is the title "US Homeland Security Secretary" and the
name "Kristi Noem", a person; "Sen. Ted Cruz" a person with an honorific; "U.S. Court of Appeals
for the Sixth Circuit" an organisation; "Ohio in January" a place and a date, no one. One chain at a
time, with no knowledge of the article: linking the names of one person is `quotes.cast`'s job.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from .lexicons import lexicon_alternation, load_lexicon, load_lexicons, load_mapping, lookup
from .model import Gender, SpeakerType
from .titles import department_of_place, role_in_chain, role_noun
from .wordclass import (agent_endings, can_be_verb, fold_accents, is_abbreviated_title, is_describer, is_given_name, is_inflected_verb, is_noun, is_plural,
                        is_title, is_verb, world_given_names)

__all__ = ["placed_member", "person_after_body", "Named", "ends_as_firm", "generic_title_before_woman", "is_initial", "name_prior", "of_common_words", "parse_name", "without_opening_participle"]

_WORD = re.compile(r"\S+")
# The words just before a name, on its line, to find the title the article gives it.
_PLAIN_WORD = re.compile(r"[\w.’'-]+")
_TITLE_REACH = 60
_TITLE_WORDS = 5
_OFFICE_WORDS = 3  # capitalised words of an office after "of": "Secretary of [State]", "Minister of [Home Affairs]"
_TITLE_CASE_SHARE = 0.85
_MISSPELLING_LENGTH = 5  # shorter surnames are too close to other words to read a typo into them
_NAME_WORDS = 5
# Parsed names remembered: an article's own names and a corpus's frequent ones. 8,192 keep 90% of the
# hits that 65,536 did on the 21 MB corpus, and 26 MB less at the peak (a name costs ~400 bytes).
_NAMES_KEPT = 1 << 13
_ORGANIZATION_WORDS = 9
_CAPITALS_THEN_WORD = re.compile(r"[A-Z]{2,}[a-z]{2}")
_QUESTION_END = re.compile(r"[^.!?\n]{0,300}\?")  # a sentence that ends in a question mark
_INNER_CAPITAL = re.compile(r"([A-Z][a-z]+)[A-Z][a-z]")
_BASED = re.compile(r"[A-Z][\w.'’ -]*-based$")  # "Paris-based", "New York-based": where a body is based, no part of its name
_LOWER_COMPOUND = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)+$")  # "Man-of-the-match", "Film-maker": words joined, lower case after
_PRIOR_SHARE = 0.95  # share of women (or of men) among people of a given name that makes it a prior


class Named:
    """One capitalised name in the text, split into title and name. Read-only by convention (parsed
    names are shared through a cache): `with_entity` makes a new one. A plain class with slots, like
    `quotes.tokens.Token`: compiled, its fields are loads, not a named tuple's attribute lookups."""

    __slots__ = ("start", "end", "name", "title", "gender", "kind", "key", "entity")

    def __init__(self, start: int, end: int, name: tuple[str, ...], title: tuple[str, ...], gender: Gender | None,
                 kind: SpeakerType, key: str, entity: str = "") -> None:
        self.start = start
        self.end = end
        self.name = name
        self.title = title
        self.gender = gender  # from an honorific or gendered title in this mention
        self.kind = kind  # person, organization, group, or unknown (no evidence yet)
        self.key = key  # the surname, lower case ("noem" for "US ... Secretary Kristi Noem")
        self.entity = entity  # which person (or organisation) this is, once the cast has linked the names

    def with_entity(self, entity: str) -> Named:
        return Named(self.start, self.end, self.name, self.title, self.gender, self.kind, self.key, entity)

    def _fields(self) -> tuple[object, ...]:
        return (self.start, self.end, self.name, self.title, self.gender, self.kind, self.key, self.entity)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Named) and self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return "Named" + repr(self._fields())


def is_headline_case(text: str, start: int, end: int) -> bool:
    """Nearly every word but the minor ones capitalised: "Obama Sees Personal Insult if Black Voters Stay Home"."""
    minor = load_lexicon("minor_words")
    words = [word for word in _WORD.findall(text, start, end) if word.lower() not in minor and word[0].isalpha()]
    return len(words) >= 4 and sum(word[0].isupper() for word in words) >= _TITLE_CASE_SHARE * len(words)


@lru_cache(maxsize=_NAMES_KEPT)
def parse_name(chain: str) -> Named | None:
    """`_parse_chain` of a whole string, remembered: articles and corpora repeat their names."""
    return _parse_chain(chain, 0, len(chain))


def _parse_chain(text: str, start: int, end: int) -> Named | None:
    """Split a capitalised chain into title and name, and say what kind of entity it names.

    Returns None for what names nobody: a place, a date, a headline in title case or in capitals. A
    name with no evidence of being a person (no title, honorific or given name) is `unknown`.
    """
    words_ = _vocabulary()
    group = _group_named_for_a_cause(text, start, end)
    if group is not None:
        return group
    words, offsets, end = _chain_words(text, start, end, words_)
    if _names_nothing(words):
        return None
    if not is_initial(words[-1]):
        words[-1] = without_possessive(words[-1])
    name_start, gender = _after_titles(words, words_)
    name_start += _before_given_name(words[name_start:], words_)
    name = words[name_start:]
    if 0 < name_start < len(words) and words[-1].rstrip(".").lower() in words_.organizations and not any(
            word.rstrip(".").lower() in words_.honorifics or word in load_lexicon("affiliation_prepositions")
            for word in words):
        name_start, name, gender = 0, words, None  # "General Motors Corp", "National Westminster Bank": no title
    elif (body := _body_after_title(words, offsets, name_start, end)) is not None:
        return body
    role = False
    role_title: tuple[str, ...] = ()  # a title of somewhere: "Archbishop of Canterbury" (the role is the name)
    if name and 0 < name_start and (name[0] in load_lexicon("name_connectors") or name[0] == "to"):  # (and "Ambassador to Israel")
        if is_plural(words[name_start - 1].lower()):
            return Named(offsets[0], end, tuple(words), (), None, "group", _surname(words))  # "Doctors in Athens": people
        name_start, role, role_title = _role_of_somewhere(words, name_start)
        name = words[name_start:]
    title = role_title or _title_before(words[:name_start], words_)
    if not name or (" ".join(name).lower() in words_.places and not _after_surname_honorific(words, name_start)) or (
            " ".join(words).lower() in words_.places) or (
            len(name) == 2 and name[1].lower() in load_lexicon("demonyms") and name[0].lower() in load_lexicon("compass_words")):
        return None  # (a place, or a people's adjective: "West German", "South African"; not "Anglo American")
    dated = next((index for index, word in enumerate(name[:-1], start=1) if word in load_lexicon("date_prepositions")
                  and name[index].rstrip(".,").lower() in words_.dates), None)
    if dated:
        name = name[:dated - 1]  # "Trump on Tuesday", "Ohio in January"
        if not name:
            return None
    name = _without_office_place(name, words_)
    first = fold_accents(name[0].lower())  # ("José", "Andrés": the lexicons write names in plain letters)
    evidence = bool(title) or role or gender is not None or (not placed_member(name) and (first in words_.given_names or (
        len(name) > 1 and first in world_given_names()))) or (2 <= _before_suffixes(name) < len(name) and not any(map(is_legal_form, name)))
    # ("Ngozi Okafor": a given name of anywhere, not "Georgia Republican"; "Guy Mansfield QC": a name's suffix)
    cut = next((index for index, word in enumerate(name) if word in load_lexicon("affiliation_prepositions")), None)
    if cut and (evidence or _employed(name, cut, words_)) and not role and not (cut == 1 and not title and gender is None and name[-1].lower() in words_.organizations):
        evidence = True
        name = name[:cut]  # "Ms. Ortiz of the Audubon Society", "Lena Park for the Tribune" (not "Fraser of Allander Institute")
    if _reads_as_headline(name, words_):
        return None  # a headline in title case: "What Towns Can Do When Up Against Floods"
    if len(name) > _NAME_WORDS and not (len(name) <= _ORGANIZATION_WORDS and any(
            word.rstrip(".").lower() in words_.organizations for word in name)):
        return None  # too long for a name, unless an organisation's: "U.S. Court of Appeals for the Sixth Circuit"
    end = min(end, offsets[name_start + len(name) - 1] + len(name[-1]))  # "Trump on Tuesday" is Trump
    kind = _kind(name, evidence, words_, titled=bool(title or role or gender))
    return Named(offsets[0], end, tuple(name), title, gender, kind, _surname(name))


def _body_after_title(words: list[str], offsets: list[int], name_start: int, end: int) -> Named | None:
    """A body's name that a title word opens ("General Electric": `_titled_company`), or that follows a
    title word and a noun for a body ("[official] daily Fraternite Matin": the title word was the noun's
    adjective)."""
    if _titled_company(words, name_start):
        return Named(offsets[0], end, tuple(words), (), None, "organization", _surname(words))
    if 0 < name_start < len(words) - 1 and words[name_start] in load_lexicon("institution_kinds"):
        name = words[name_start + 1:]
        return Named(offsets[name_start + 1], end, tuple(name), (), None, "organization", _surname(name))
    return None


def _titled_company(words: Sequence[str], name_start: int) -> bool:
    """A title word that opens a body's name: "General Electric", "General Partners", "General Agreement
    on Tariffs and Trade" (not "General Powell", "General Grant Jones", "General Secretary Matt Carter")."""
    if words[0].lower() not in load_lexicon("company_titles") or len(words) < 2:
        return False
    second = words[1].lower()
    if len(words) == 2:
        return (name_start == 1 and (is_noun(second) or is_describer(second) or is_plural(second))) or second in load_lexicon("firm_plurals")
    return name_start == 1 and is_noun(second) and not any(map(is_given_name, words[1:]))


def _reads_as_headline(name: Sequence[str], words_: _Words) -> bool:
    """Words no name holds after its first ("Can", "When", "Against"): a headline in title case; not a
    company's name before its legal form ("American Telephone and Telegraph Co")."""
    if is_legal_form(name[-1]) and all(word[:1].isupper() or word in ("and", "&", "of") for word in name):
        return False
    surname_after_given = fold_accents(name[0].lower()) in words_.given_names  # "Theresa May": a month can be a surname
    return any(word.lower() in words_.not_name_words and word not in ("on", "for") and word.lower() not in words_.organizations
               and not (word == "the" and name[index] in ("of", "for")) and not (word == "to" and is_title(name[index].lower()))
               and not (surname_after_given and index == len(name) - 2)
               and not (word.lower() in load_lexicon("ordinals") and index + 2 < len(name) and name[index + 2].lower() in words_.organizations)
               for index, word in enumerate(name[1:]))  # ("Peguis First Nation": an ordinal inside a body's name)


def _employed(name: Sequence[str], cut: int, words_: _Words) -> bool:
    """"Ward McCarthy of Merrill Lynch Capital Markets Inc.": two words or more that are no English word
    and name no body, then a company by its legal form (or a body with its article), are a person and
    their employer (not "Bank of America Corp", "Range Rover of North America Inc"); so is one such word
    before a body that opens with no place: "McCarthy of Merrill Lynch", "Walsh at First Marathon" (of
    two words at least after "at": not "Yamaha at Iwata"; not "Volkswagen of America", "Audi of
    America Inc", "Philips of the Netherlands")."""
    body = [word for word in name[2:] if word != "the"]  # ("Philips of the Netherlands")
    if cut == 1 and (name[1] == "of" or (name[1] == "at" and len(body) > 1)) and body and body[0].lower() not in words_.places:
        word = name[0].lower()
        return name[0][:1].isupper() and not (is_noun(word) or can_be_verb(word) or is_describer(word)
                                                or word in words_.places or word in words_.not_name_words or word in words_.organizations)
    if not 2 <= cut < len(name) - 1 or any(word.rstrip(".").lower() in words_.organizations or is_plural(word.lower())
                                           or is_legal_form(word) or not word[:1].isupper() for word in name[:cut]):
        return False
    if name[cut + 1] == "the" and name[-1].lower() in words_.organizations:
        return True  # "Tendai Hart of the Countryside Alliance": a body with its article after a name
    surname = name[cut - 1].lower()
    foreign = all(not (is_noun(word.lower()) or can_be_verb(word.lower()) or is_describer(word.lower())
                       or word.lower() in words_.places or word.lower() in words_.not_name_words)
                  for word in name[:cut])  # "Junya Tanase of JPMorgan Chase": no word of the name is an English one
    return (is_legal_form(name[-1]) or foreign) and not is_noun(surname) and not can_be_verb(surname)


def _names_nothing(words: Sequence[str]) -> bool:
    """No words left, a headline in capitals ("OERLIKON UNIT REJECTS CHARGES"), or the acronym of a
    thing, not of a body ("PCs", "GDP", "HDTV": lexicon common_acronyms)."""
    return not words or (len(words) > 1 and all(word.isupper() for word in words)) or (
        len(words) == 1 and sum(character.isupper() for character in words[0]) > 1
        and words[0].lower().removesuffix("s") in load_lexicon("common_acronyms"))


def _after_titles(words: list[str], words_: _Words) -> tuple[int, Gender | None]:
    """Where the name starts after its titles and honorifics ("Del. Marcia Price"), and the gender they
    give. A title word of an organisation after a person's name is none of the person's: "Alex Potter at
    Lehman [Brothers]" (but "Secretary of State John Kerry", "Bank of England Governor Mervyn King")."""
    name_start = 0
    gender: Gender | None = None
    core = _before_suffixes(words)
    affiliations = load_lexicon("affiliation_prepositions")
    for index, word in enumerate(words[:core]):
        if word in affiliations and index > name_start + 1 and is_given_name(words[name_start]):
            break
        bare = word.rstrip(".").lower()
        if index > name_start and words[index - 1] == "of":
            continue  # "Department of [Justice]", "Commissioner of [Police] Ian Blair": an office's domain, no title
        if (bare in words_.honorifics or is_title(bare) or is_abbreviated_title(word) or role_in_chain(words, index, core, words_.organizations)) \
                and not _title_as_surname(words[:core], index, words_, name_start) \
                and not (index > name_start and bare in load_lexicon("firm_plurals")) and not _members_before_body(words, index, words_):
            name_start = index + 1  # (a plural after a name is the firm's: "Salomon Brothers International")
            gender = _title_gender(bare, words[index + 1:core]) or gender
    return name_start, gender


def _members_before_body(words: list[str], index: int, words_: _Words) -> bool:
    """"[Writers] Guild of America", "Screen [Actors] Guild", "Transport [Workers] Union": a
    title in the plural before a body's word names the body's members, no one person's title (but
    "Judges Simon Cowell", "U.S. Officials" stay titles of the names or the people after them)."""
    bare = words[index].rstrip(".").lower()
    following = words[index + 1].lower() if index + 1 < len(words) else ""
    return bare not in words_.honorifics and bare.endswith("s") and is_plural(bare) \
        and following in load_lexicons("body_nouns", "organization_words")


def _title_gender(title: str, after: list[str]) -> Gender | None:
    """The gender a title gives the name after it: none from a generic one before a given name that
    names women ("Chairman Martha Hesse", "Spokesman Teresa Tomaszewska")."""
    return None if after and generic_title_before_woman((title,), after[0]) else gender_of_word(title)


def generic_title_before_woman(titles: Sequence[str], given: str) -> bool:
    """A "-man" title whose "-woman" form exists ("chairman", "spokesman"), before a given name that
    names women: long written for women too, so no evidence of a man, and the name's prior no
    evidence of a woman either ("Chairman Beryl Sprinkel" is a man)."""
    return name_prior(given.lower()) == "female" and any(
        (word := title.lower()).endswith("man") and gender_of_word(word) == "male" and gender_of_word(f"{word[:-3]}woman") == "female"
        for title in titles)


def _title_as_surname(words: list[str], index: int, words_: _Words, name_start: int = 0) -> bool:
    """A title's word that ends a chain after given names only (after any titles before them) is a
    surname: "Patty Judge", "Carole King", "chief executive Magnus King", "Hun Sen" (not "Sen. Warren",
    "Ms. Judge", "Defense Secretary")."""
    return 0 < index == len(words) - 1 and not words[index].endswith(".") and words[index].lower() not in words_.honorifics and (
        (name_start < index and all(is_given_name(word) for word in words[name_start:index])) or _after_surname_honorific(words, index))


def _after_surname_honorific(words: Sequence[str], index: int) -> bool:
    """"Mr King", "Ms Houston": a lone word after "Mr", "Mrs", "Ms" is a surname, whatever else it can be."""
    return index == 1 and words[0].rstrip(".").lower() in load_lexicon("surname_honorifics")


def _before_given_name(name: list[str], words_: _Words) -> int:
    """Words before the first listed given name that are no given names themselves: "[Exchequer] Nigel
    Lawson" starts at Nigel; "Giovanni Maria Vian" at Giovanni, a given name of anywhere."""
    if len(name) > 2 and name[0].lower() in load_lexicons("demonyms", "nationality_adjectives", "party_members") and (
            fold_accents(name[1].lower()) in words_.given_names or fold_accents(name[1].lower()) in world_given_names()):
        return 1  # "[American] Serena Williams", "[Australian] Lynton Crosby": where the person is from; "[Tory] Liam
        # Fox": the party (though "Tory" is a given name too)
    if len(name) > 2 and (_agent_noun(name[0]) or name[0].lower() in load_lexicon("team_positions")) and name[0].lower() not in words_.organizations \
            and is_given_name(name[1]) and not is_noun(name[1].lower()) and not is_noun(name[-1].lower()):
        return 1  # "[Investor] Sumner Redstone", "[Broker] Francesco Dinepi", "[Forward] Tamsin Achterberg": who they are
    person = _person_after_body(name, words_)
    if person is not None:
        return person  # "European [Community] Tran Van Thinh"
    first_given = next((index for index, word in enumerate(name[:-1]) if fold_accents(word.lower()) in words_.given_names), 0)
    if _body_after_affiliation(name, first_given, words_):
        return 0  # "Wapistan Kakegamic of [Sandy] Lake First Nation": a given name inside the body's name after "of"
    if all(is_given_name(word) for word in name[:first_given]):
        return 0
    return first_given


def _body_after_affiliation(name: Sequence[str], first_given: int, words_: _Words) -> bool:
    """Is the first listed given name inside a body's name after an affiliation's "of" ("Wapistan
    Kakegamic of Sandy Lake First Nation"), not a person's after an office's "of" ("Comptroller of the
    Currency Robert Bench")? Two words before "of", no title among them, a body's word after the given name."""
    affiliation = next((index for index, word in enumerate(name[:first_given]) if word in load_lexicon("affiliation_prepositions")), 0)
    return affiliation >= 2 and not any(is_title(word.lower().rstrip(".")) for word in name[:affiliation]) \
        and any(word.rstrip(".").lower() in words_.organizations for word in name[first_given + 1:])


def _person_after_body(name: Sequence[str], words_: _Words) -> int | None:
    """Where a person's name starts after a body's word in one capitalised run: "European [Community]
    Tran Van Thinh", a given name of anywhere first and only a person's words after it (not "Bankers
    [Trust] Australia Ltd", "Societe Anonyme de Telecommunications"); None when no such name."""
    body = next((index for index, word in enumerate(name[:-2]) if word.rstrip(".").lower() in words_.organizations
                 and is_given_name(name[index + 1]) and not is_noun(name[index + 1].lower())), None)
    if body is not None and all(word[:1].isupper() for word in name[:body]) and all(
            word[:1].isupper() and word.rstrip(".").lower() not in words_.organizations and word.lower() not in words_.places
            and not is_legal_form(word) for word in name[body + 1:]):
        return body + 1
    return None


def person_after_body(name: Sequence[str]) -> bool:
    """`_person_after_body` for callers without the vocabulary: a body's name then a person's."""
    return _person_after_body(name, _vocabulary()) is not None


def _agent_noun(word: str) -> bool:
    """A common noun for who does something ("Investor", "Journalist"; lexicon agent_endings), no given name."""
    lower = word.lower()
    return lower.isalpha() and is_noun(lower) and lower.endswith(agent_endings()) and not is_given_name(word)


def _role_of_somewhere(words: list[str], name_start: int) -> tuple[int, bool, tuple[str, ...]]:
    """Where the name starts when a title is followed by "of" (`words[name_start]`), whether the role
    is itself the name ("Archbishop of Canterbury"), and the title when a person's name follows the
    role's domain ("Minister of Mines and Energy Subroto" is Subroto, Minister of Mines and Energy)."""
    personal = _name_after_role(words[name_start:])
    if personal is None:
        return name_start - 1, True, ()
    return name_start + personal, False, tuple(words[:name_start + personal])


def _name_after_role(words: Sequence[str]) -> int | None:
    """Where the person's name starts after "of" and the domain of a role ("of Mines and Energy
    [Subroto]", "of Mines [Redzuan Sumun]"): the last run of words that are no English nouns, after
    at least one that is (not "of [Canterbury]", the place of the role itself)."""
    start, places = len(words), _vocabulary().places
    while start > 1 and words[start - 1][:1].isupper() and not is_noun(words[start - 1].lower()) \
            and words[start - 1] not in load_lexicon("name_connectors") and words[start - 1].lower() not in places:
        start -= 1  # (a place is the domain's too: "Ambassador to [Peking] Octavio Valerio")
    return start if 1 < start < len(words) and (is_noun(words[start - 1].lower()) or words[start - 1].lower() in places) else None


def _group_named_for_a_cause(text: str, start: int, end: int) -> Named | None:
    """"Reporters Without Borders", "Mothers Against Drunk Driving": a plural of people, then a capitalised
    preposition (lexicon name_prepositions), names an organisation, not "Reporters" of "Borders"."""
    if not _name_preposition().search(text, start, end):
        return None  # (most chains: a word test of the whole chain at once, before splitting it)
    matches = list(_WORD.finditer(text, start, end))
    words = [match.group() for match in matches]
    if len(words) < 3 or not is_plural(words[0].lower()) or not any(
            word[0].isupper() and word.lower() in load_lexicon("name_prepositions") for word in words[1:-1]):
        return None
    words[-1] = without_possessive(words[-1].rstrip("."))
    return Named(matches[0].start(), matches[-1].start() + len(words[-1]), tuple(words), (), None, "organization", _surname(words))


@cache
def _name_preposition() -> re.Pattern[str]:
    """A word of lexicon name_prepositions inside a chain, in any case: what `_group_named_for_a_cause` needs."""
    return re.compile(rf"\s{lexicon_alternation('name_prepositions')}(?=\s)", re.IGNORECASE)


def _chain_words(text: str, start: int, end: int, words_: _Words) -> tuple[list[str], list[int], int]:
    """The words of a chain and their offsets, without what comes before the name: an owner ("NBC's
    Dan Ruiz"), a word that opens sentences ("The", "Said"), where it is based ("Paris-based"); cut where a sentence ends inside it
    ("Bernie Sanders. That"). Also returns the chain's end after that cut."""
    words: list[str] = []
    offsets: list[int] = []
    nickname = False  # inside a nickname: 'Marcia "Cia" Price' is Marcia Price, 'Dwayne "The Rock" Johnson' Dwayne Johnson
    for match in _WORD.finditer(text, start, end):
        word = match.group()
        if nickname or word[0] in "\"“'‘":
            nickname = word[-1] not in "\"”'’"
            continue
        if word[0] == "(" and word[-1] == ")" and words and (is_initial(words[-1]) or is_given_name(words[-1])):
            continue  # "James E. (Jim) Nugent": a nickname in parentheses (not "Bache Securities (Japan) Ltd")
        words.append(word)
        offsets.append(match.start())
        if word[-1] == "." and not is_initial(word) and word[:-1].lower() not in words_.abbreviations:
            words[-1] = word[:-1]
            end = match.start() + len(words[-1])
            break  # a sentence ends here: "Bernie Sanders. That"
    plural_owner = words[0][:1].isupper() and words[-1].lower() not in words_.organizations and "of" not in words
    # (not "Seafarers' International Union", "Federation of Bankers' Associations of Japan")
    owner = max((index for index, word in enumerate(words[:-1]) if word.endswith(("'s", "’s")) or (
        plural_owner and word.endswith(("s'", "s’")))), default=None)
    affiliation = next((index for index, word in enumerate(words[2:owner], 2) if word in load_lexicon("affiliation_prepositions")), None)
    if affiliation is not None and is_given_name(words[0]):
        owner = None  # "David Graham from the FDA's Office": the owner is in his affiliation, after the name
    if owner is not None and not (owner == len(words) - 2 and is_legal_form(words[-1])):
        # "NBC’s Dan Ruiz", "Elders' O'Neill", "Clinton's campaign manager Robby Mook": the owner is no part of the name (but
        # "Heck's Inc", "McDonald's Corp": before a company's legal form the possessive is part of it)
        words, offsets = words[owner + 1:], offsets[owner + 1:]
    while words and (words[0].lower() in words_.not_name_starts or words[0].rstrip(".").lower() in words_.verbs
                     or (len(words) > 1 and (_BASED.match(words[0]) or _common_compound(words[0])))):  # ("[Paris-based]
        # OECD": where it is based; "[Man-of-the-match] Duff", "[French-controlled] Schlumberger": common words joined)
        if words[0].lower() in load_lexicon("ordinals") and words[-1].rstrip(".").lower() in words_.organizations:
            break  # "First Union Corp", "Second National Bank": the ordinal opens the name
        if len(words) > 2 and words[1] == "of" and is_noun(words[0].lower()) and words[0].lower() not in load_lexicon("quantity_words"):
            break  # "News of the World": the head of a name of its own
        words, offsets = words[1:], offsets[1:]
    return words, offsets, end


def without_opening_participle(text: str, start: int, chain: str) -> tuple[int, str]:
    """A chain that opens its sentence with a participle, or a question with its auxiliary, without
    it: "[Bringing] Cadillac production to Sweden ..." names Cadillac, "[Will] Tory tax cuts lift
    spirits?" no Will Tory (not mid-sentence: "historian Manning Marable", "as Will Smith said"); a
    company's part before its name: "[Shares in] Cairn Energy" names Cairn Energy."""
    first, _, rest = chain.partition(" ")
    before = text[max(0, start - 3):start].rstrip(" \t\"“‘'(")
    if not rest or (before and before[-1] not in ".!?\n"):
        return start, chain
    if (first.endswith("ing") and is_describer(first.lower())) or (
            first.lower() in load_lexicons("modals", "auxiliaries") and _QUESTION_END.match(text, start) is not None):
        return start + len(first) + 1, rest
    preposition, _, owner = rest.partition(" ")
    if first.lower() in load_lexicon("company_parts") and preposition in ("in", "of") and owner:
        return start + len(first) + len(preposition) + 2, owner  # "[Shares in] Cairn Energy": the company
    return start, chain


def placed_member(name: Sequence[str]) -> bool:
    """"Georgia Republican", "Virginia Democrat", "Texas Democrat": a party's member from a place, which a
    story's epithet names ("the Georgia Republican said"); no person's given name, whatever the place's."""
    return len(name) > 1 and name[-1].lower() in load_lexicon("party_members") and " ".join(name[:-1]).lower() in _vocabulary().places


def _without_office_place(name: list[str], words_: _Words) -> list[str]:
    """"[Ambassador to] China Octavio Valerio": a place (no given name itself) before a given name is the
    office's, then the person (not "Detroit Edison Co": a company's name)."""
    if len(name) > 2 and name[0].lower() in words_.places and not is_given_name(name[0]) and is_given_name(name[1]) \
            and not any(word.rstrip(".").lower() in words_.organizations or is_legal_form(word) for word in name):
        return name[1:]
    return name


def _ends_in_acronym(name: Sequence[str]) -> bool:
    """"London UKIP", "Jordan BP": a last word in capitals after words that are not is a body's
    acronym, never a surname, whatever given name the first word may also be."""
    return len(name) > 1 and len(name[-1]) > 1 and name[-1].isalpha() and name[-1].isupper() \
        and name[-1].lower() not in load_lexicon("name_suffixes") \
        and all(word[:1].isupper() and not word.isupper() for word in name[:-1])  # (not "Philippe Sands QC", "Mark IV")


def _public_bodies(word: str) -> bool:
    """"Departments", "Ministries", "Agencies": the plural of a public body's word opening a name ("the
    Departments of Interior and Commerce"); not a surname after a given name ("Walter Courts")."""
    bodies = load_lexicon("public_body_words")
    return word.endswith("s") and (word[:-1] in bodies or (word.endswith("ies") and f"{word[:-3]}y" in bodies))


def _arm_in_place(name: Sequence[str], evidence: bool) -> bool:
    """"Lycos Europe", "Toyota Canada", "BP Australia": a firm's name, then a country or a region it
    works in; not a place itself ("British Columbia", "North Yemen", "New England"), nor a person
    ("David Ireland": a given name)."""
    first = name[0].lower().split("-")[0]  # ("South-East Asia")
    return len(name) == 2 and not evidence and name[-1].lower() in load_lexicon("places") and " ".join(name).lower() not in load_lexicon(
        "places") and first not in load_lexicons("compass_words", "nationality_adjectives", "demonyms", "places") \
        and not is_describer(first) and not is_given_name(name[0])


def _kind(name: Sequence[str], evidence: bool, words_: _Words, *, titled: bool = False) -> SpeakerType:
    """Organisation (a word such as "Committee", or an acronym), group, person (with evidence: a title,
    an honorific, a given name), or unknown."""
    if any(word.rstrip(".").lower() in words_.organizations for word in name) or _public_bodies(name[0].lower()) or (
            len(name) == 1 and name[0].lower() in load_lexicons("party_names", "acronym_words")) or (
            len(name) > 1 and (is_legal_form(name[-1]) or name[-1] == "International" or (name[0].isupper() and is_legal_form(name[0]))
                               or name[-1].lower() in load_lexicon("club_suffixes") or name[0].lower() in load_lexicon("foreign_articles")
                               or _arm_in_place(name, evidence))):
        return "organization"  # ("Labour said": a party named by one word, "Opec said" an acronym written as one; "Harris Associates L.P.", "AB Volvo": a legal form;
        # "Visa International", "Deak International": a firm's last word, never a person's; "Manchester United": a club's;
        # "Der Spiegel": a foreign article; "Lycos Europe": a firm's arm in a place)
    if (name[-1].lower() in words_.groups or (name[-1].endswith("s") and name[-1][:-1].lower() in load_lexicon("demonyms"))) \
            and (len(name) == 1 or not evidence) or (name[-1].endswith("s") and " ".join(name)[:-1].lower() in load_lexicon("demonyms")):
        return "group"  # "Democrats", and "Lib Dems", "Senate Republicans"; "Canadians", "Europeans", "Nova Scotians": a people
    if len(name) == 1 and len(name[0]) > 2 and name[0][-1] == "s" and name[0][:-1].isupper():
        return "group"  # the plural of an acronym: "MPs", "MEPs", "CEOs"
    if len(name) > 2 and ends_as_firm(name):
        return "organization"  # "Merrill Lynch Capital Markets": a common noun and a plural one end no person's name
    if evidence:  # ("London UKIP", "Mac OS": a given name before an acronym, no title, names no person)
        return "unknown" if not titled and _ends_in_acronym(name) else "person"
    if name[-1].isupper() and len(name[-1]) > 1:
        return "organization"  # an acronym: IMF, NATO, CNN
    if len(name) == 1 and _CAPITALS_THEN_WORD.match(name[0]):
        return "organization"  # "USAir", "BTCellnet": an acronym run into a word names no person
    last = name[-1].lower()
    if len(name) > 1 and last.endswith("s") and not last.endswith("ss") and is_noun(last):
        return "organization"  # "Crosscut Strategies", "Apollo Partners": a plural noun ends no person's name
    camel = _INNER_CAPITAL.match(name[0]) if len(name) == 1 else None
    if camel and camel.group(1).lower() not in load_lexicon("surname_prefixes"):
        return "organization"  # "TransLink", "PepsiCo", "WestJet" (not "McDonald", "DeSantis")
    if len(name) > 1 and all(word[:1].isupper() and f"{word.lower()}s" not in words_.groups for word in name) and any(
            word.lower() in words_.places for word in name) and any(
            word.lower() not in words_.places and is_noun(word.lower()) for word in name):
        return "organization"  # a place and a common noun: "Statistics Canada", "Vancouver Sun", "Texas Instruments"
        # (not "Growth in China", "Illinois Democrat": a member of a group)
    if department_of_place(name):
        return "organization"  # "Fisheries and Oceans Canada"
    if len(name) > 1 and last in load_lexicon("body_nouns") and name[-2].lower() in load_lexicons("demonyms", "nationality_adjectives"):
        return "organization"  # "Musqueam Indian Band": a people's body (not "Aaron Band", a surname)
    return "unknown"


def ends_as_firm(name: Sequence[str]) -> bool:
    """"[Capital Markets]", "[Asset Management] Services": a plural common noun after another common
    noun ends a firm's name, even after a given name ("Merrill", a person's name for the firm); a
    surname that is a plural noun ("Joe Banks") has a name before it."""
    last, before = name[-1].lower(), name[-2]
    return last.endswith("s") and not last.endswith("ss") and is_noun(last) and is_noun(before.lower()) \
        and not is_given_name(before) and before[:1].isupper()


def title_words_before(text: str, start: int) -> tuple[str, ...]:
    """Lower-case title words right before a name, with the words that qualify them:
    "Republican presidential nominee Donald Trump" -> ("Republican", "presidential", "nominee")."""
    segment = text[max(0, start - _TITLE_REACH):start]
    if not segment[-1:].isspace():
        return ()
    words = segment[segment.rfind("\n") + 1:].split()[-_TITLE_WORDS:]
    ranked = len(words) > 1 and words[-2] in ("number", "No.") and (
        words[-1].isdigit() or words[-1] in load_lexicon("number_words"))  # "British [number one] Tim Henman": a rank
    if ranked:
        return _rank(words)
    if not words or words[-1].lower() not in _vocabulary().titles:
        return ()
    kept = len(words)  # only the plain words after the last punctuation: not "Mexico," nor "(R)"
    while kept and _PLAIN_WORD.fullmatch(words[kept - 1]):
        kept -= 1
    words = words[kept:]
    other_words = load_lexicons("conjunctions", "speech_verbs")
    run: list[str] = []
    abbreviations = _vocabulary().abbreviations
    verbs = load_lexicons("auxiliaries", "modals", "copulas")
    for word in reversed(words[-_TITLE_WORDS:]):
        lower = word.lower()
        if lower in not_name_starts() or lower in other_words or lower.endswith(("'s", "’s")) or not any(map(str.isalnum, word)) or (
                word[-1] in ".!?" and word[:-1].lower() not in abbreviations):
            break  # not "vague." in "the plan was vague. Labour economist Ruth Adeyemi"
        if run and word.islower() and (lower in verbs or is_verb(lower) or is_inflected_verb(lower)) and not (
                is_title(lower) or is_describer(lower)):  # (but "lead singer", "acting head coach")
            if lower in verbs and run[0].islower():
                run.pop(0)  # "Cafod will [host] Chancellor Gordon Brown": after a modal, a verb
            break  # not "depict" in "posters depict Tory leader Michael Howard"
        run.insert(0, word)
    return tuple(run)


def _rank(words: Sequence[str]) -> tuple[str, ...]:
    """"British number one", "world number 2": a rank ending `words`, with the place it ranks in."""
    run = list(words[-2:])
    for word in reversed(words[:-2]):
        if not word.isalpha() or word.lower() in not_name_starts() or not (word[:1].isupper() or word == "world"):
            break
        run.insert(0, word)
    return tuple(run)


def _title_before(words: Sequence[str], words_: _Words) -> tuple[str, ...]:
    """The title right before a name: title words and the capitalised words that qualify them
    ("US Homeland Security Secretary", "Tory leader"), not whatever else precedes ("Ahead of")."""
    run: list[str] = []
    last = len(words)
    while last > 0 and words[last - 1].rstrip(".").lower() in words_.honorifics:
        last -= 1  # ("Archbishop of Canterbury [Dr] Rowan Williams")
    office = last  # "Secretary [of State]", "Chancellor [of the Exchequer]": the office a title word names
    while office > 0 and (words[office - 1][:1].isupper() or words[office - 1] == "the") and office > last - _OFFICE_WORDS:
        office -= 1
    if 1 < office < last and words[office - 1] == "of" and is_title(words[office - 2].rstrip(".").lower()):
        run, words = list(words[office - 2:last]), words[:office - 2]
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        bare = word.rstrip(".").lower()
        if bare in words_.honorifics:
            continue
        if is_title(bare) or (not run and index == len(words) - 1 and word.islower() and role_noun(word)) or (word[:1].isupper() and run) or (
                bare in ("and", "of", "&") and run and run[0][:1].isupper() and index > 0 and words[index - 1][:1].isupper()):
            run.insert(0, word)  # ("House Ways [and] Means chairman", "National Bureau [of] Statistics chief")
        else:
            break
    return tuple(run)


@dataclass(frozen=True, slots=True)
class _Words:
    """The lexicons name parsing consults, gathered once (it runs for every name in an article)."""

    abbreviations: frozenset[str]
    not_name_starts: frozenset[str]
    not_name_words: frozenset[str]
    verbs: frozenset[str]  # verbs of saying that may open a sentence before a name: "Said Noem: ..."
    honorifics: frozenset[str]
    titles: frozenset[str]
    places: frozenset[str]
    given_names: frozenset[str]
    organizations: frozenset[str]
    groups: frozenset[str]
    dates: frozenset[str]


@cache
def _vocabulary() -> _Words:
    cues = load_mapping("reported_cues")  # a chain opens with a verb of saying inverted ("Said Noem: ...") or
    # a participle ("Praising Celtic and Rangers, she said"), not with a verb that only trails a quote, which
    # may be a given name ("Sung Won Sohn", "Sang Lee", "Read said")
    verbs = frozenset(verb for verb in load_lexicon("speech_verbs") if cues.get(verb, "").startswith("speech") or verb.endswith("ing"))
    return _Words(load_lexicon("abbreviations"), not_name_starts(), _not_name_words(), verbs,
                  frozenset(load_mapping("honorifics")), load_lexicon("titles"), load_lexicon("places"),
                  load_lexicon("given_names"), load_lexicon("organization_words"), load_lexicon("group_words"),
                  load_lexicons("days", "months"))


@cache
def not_name_starts() -> frozenset[str]:
    """Capitalised words that begin a sentence rather than a name: The, In, She, Monday, Said..."""
    return (load_lexicons("clause_openers", "articles", "determiners", "adverbials", "auxiliaries")
            | frozenset(load_mapping("pronouns")))


@cache
def _not_name_words() -> frozenset[str]:
    """Words that never sit inside a name; a title-case chain holding one is a headline."""
    return (load_lexicon("conjunctions") | not_name_starts()) - load_lexicon("name_connectors")


def _before_suffixes(words: Sequence[str]) -> int:
    """How many words come before what may follow a name: "Martin Luther King [Jr.]", "Paul Boateng [MP]"."""
    core = len(words)
    while core > 1 and words[core - 1].rstrip(".").lower() in load_lexicon("name_suffixes") and words[core - 2][:1].isupper():
        core -= 1
    return core


def _surname(name: Sequence[str]) -> str:
    """The surname, lower case, skipping suffixes: ("Joseph", "R.", "Biden", "Jr.") -> "biden"."""
    return name[_before_suffixes(name) - 1].lower().replace("’", "'")


def surnames_by_initial(surnames: Iterable[str]) -> dict[str, list[str]]:
    """The surnames long enough to be misspelt, by first letter: what `misspelling_of` reads."""
    by_initial: dict[str, list[str]] = defaultdict(list)
    for surname in surnames:
        if len(surname) >= _MISSPELLING_LENGTH - 1:
            by_initial[surname[0]].append(surname)
    return by_initial


def misspelling_of(word: str, by_initial: dict[str, list[str]]) -> str | None:
    """The surname a lone capitalised word misspells by one letter ("Wines" after "Leslie Wimes",
    "McLenney" after "Tyresha McClenney"): news copy has typos, and an unknown word is no one else.
    `by_initial` holds the article's surnames by first letter (a typo rarely hits the first)."""
    if len(word) < _MISSPELLING_LENGTH or word[0] not in by_initial:
        return None
    close = [surname for surname in by_initial[word[0]] if _one_edit_apart(word, surname)]
    return close[0] if len(close) == 1 else None


def _one_edit_apart(first: str, second: str) -> bool:
    """True when one letter added, dropped, changed or two swapped turns one word into the other."""
    if first == second or abs(len(first) - len(second)) > 1:
        return False
    prefix = 0
    while prefix < min(len(first), len(second)) and first[prefix] == second[prefix]:
        prefix += 1
    if len(first) == len(second):
        return first[prefix + 1:] == second[prefix + 1:] or (
            first[prefix + 2:] == second[prefix + 2:] and first[prefix:prefix + 2] == second[prefix:prefix + 2][::-1])
    shorter, longer = (first, second) if len(first) < len(second) else (second, first)
    return shorter[prefix:] == longer[prefix + 1:]


@lru_cache(maxsize=1 << 14)
def lone_word(word: str) -> tuple[str, bool]:
    """A lone capitalised word as the lexicons spell it ("Noem’s" -> "noem"), and whether it is an
    acronym ("IMF"); remembered, since every article opens sentences with the same words."""
    bare = without_possessive(word).rstrip(".")
    return bare.lower().replace("’", "'"), bare.isupper() and len(bare) > 1


def _proper(words: Sequence[str]) -> bool:
    """A name with a word of its own, no common noun or adjective: "Volvo AB", "Rafidain Bank" (not
    "Foreign Ministry", "Central Bank", "Minister for Industry and Trade")."""
    return any(not (word.lower() in load_lexicon("minor_words") or is_noun(word.lower()) or is_describer(word.lower())) for word in words)


def _common_compound(word: str) -> bool:
    """"Man-of-the-match", "Film-maker", "Tunisian-born": a capitalised compound of English words that
    describes the name after it (not "Pei-yuan", a given name; "Co-operative", "E-tron", a body's)."""
    parts = word.lower().split("-")
    return _LOWER_COMPOUND.match(word) is not None and len(parts[0]) > 2 and all(
        part in load_lexicon("minor_words") or is_noun(part) or is_describer(part) or is_verb(part) or part in load_lexicon(
            "demonyms") or part in load_lexicon("nationality_adjectives") for part in parts)


def without_possessive(word: str) -> str:
    if word[-1:] not in ("s", "'", "’"):
        return word  # the usual case, answered without trying each ending
    for ending in ("'s", "’s", "'", "’"):
        if word.endswith(ending) and len(word) > len(ending) + 1:
            return word[: -len(ending)]
    return word


def is_initial(word: str) -> bool:
    """"J." or "G.K.": initials, whose period does not end a sentence."""
    return len(word) >= 2 and len(word) % 2 == 0 and all(
        word[index].isupper() and word[index + 1] == "." for index in range(0, len(word), 2))


@lru_cache(maxsize=_NAMES_KEPT)
def name_prior(given: str) -> Gender | None:
    """The gender a given name suggests (lower case): the hand list of names that nearly always name
    a woman or a man in the news, else the world table (`lexicons/name_genders.txt`, from
    nomquamgender) when at least `_PRIOR_SHARE` of people of that name are women, or men. A prior for
    choosing between antecedents ("Naoki Yokoyama ... he"), never a speaker's reported gender."""
    given = fold_accents(given)
    hand = load_mapping("given_name_genders").get(given)
    if hand is not None:
        return hand  # type: ignore[return-value]
    found = lookup("name_genders", given)
    share = float(found) if found is not None else 0.5
    return "female" if share >= _PRIOR_SHARE else "male" if share <= 1 - _PRIOR_SHARE else None


def is_legal_form(word: str) -> bool:
    """A company's legal form, its periods dropped: "Inc", "Co.", "L.P." (lexicons/company_forms)."""
    return word.replace(".", "").lower() in load_lexicon("company_forms")


def gender_of_word(word: str) -> Gender | None:
    gender = load_mapping("honorifics").get(word) or load_mapping("gendered_words").get(word)
    return gender if gender in ("female", "male") else None  # type: ignore[return-value]


def clean_name(words: Sequence[str]) -> str | None:
    """A name without a leading article (or a quantity word before one: "[Both the] Council of Mortgage
    Lenders and ..."), where it is based, or a possessive: "The Daily Beast's" -> "Daily Beast", "the
    Paris-based OECD" -> "OECD"."""
    words = list(words)
    if len(words) > 2 and words[0].lower() in load_lexicon("floating_quantifiers") and words[1].lower() in load_lexicon("articles"):
        words = words[1:]
    while words and words[0].lower() in load_lexicon("articles"):
        words = words[1:]
    based = next((index for index, word in enumerate(words[:_TITLE_WORDS]) if word.endswith("-based")), None)
    if based is not None and based + 1 < len(words) and all(word[:1].isupper() for word in words[:based + 1]):
        words = words[based + 1:]  # "Paris-based", "New York-based": where it is based, in one word or more
    owner = max((index for index, word in enumerate(words[:-1], 1) if word.endswith(("'s", "’s")) and (is_legal_form(without_possessive(
        word)) or " ".join([*words[:index - 1], without_possessive(word)]).lower() in _vocabulary().places and _proper(words[index:]))), default=0)
    words = words[owner:]  # "[Texas Air Corp's] Continental Airlines", "[Japan's] Toyota Motor Corp": the owner is no part of it (but
    # "China's Foreign Ministry": a body of common words is the place's)
    if not words:
        return None
    words[-1] = without_possessive(words[-1])
    if words[-1].count(".") == 1 and words[-1].endswith(".") and is_legal_form(words[-1]):
        words[-1] = words[-1][:-1]  # "Bear Stearns and Co[.]": the sentence's full stop (not "L.P.")
    return " ".join(words)


def of_common_words(name: Sequence[str]) -> bool:
    """"Age Concern", "Downing Street", "Shared Health": a name of English words and places alone, none a
    given name nor an initial ("G Money"), is a body's or a place's; speaking does not make it a
    person's, as it does "Ngozi Okafor"."""
    given, particles = load_lexicon("given_names"), load_lexicons("chain_particles", "articles")
    words = [word for word in name if not (word.islower() and word in particles)]  # "Dealers [in] Tokyo"
    return len(words) > 1 and all(
        word.isalpha() and len(word) > 1 and (is_noun(lower := word.lower()) or is_describer(lower) or is_inflected_verb(lower) or lower in load_lexicon("places"))
        and lower not in given and lower not in world_given_names() for word in words)
