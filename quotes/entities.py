"""Which person a name is: the names of one entity linked, and the gender the text gives each; and
which person a description names by what the text says they do ("the veteran coach": who coached).

"US Homeland Security Secretary Kristi Noem", "Noem" and "Ms. Noem" are one person; "Mrs. Clinton"
after "Bill Clinton" is his wife; "Mr Blair" is no "Sir Ian Blair", whom British style calls "Sir
Ian". Gender comes from evidence in the text (honorifics, gendered titles, and the pronouns
`quotes.cast` resolves); a given name's prior only breaks ties. `quotes.cast` links the names it
indexes here, then resolves pronouns against them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from functools import lru_cache

from .lexicons import load_lexicon
from .model import Gender
from .names import Named, generic_title_before_woman, name_prior
from .wordclass import is_given_name, is_noun

__all__ = ["Known", "Votes", "acting_entity", "entity_of", "likely_gender", "gender_from_votes", "link_names"]

_HONORIFIC_WEIGHT = 5
_NAME_PRIOR = 3  # votes a gendered given name is worth when choosing an antecedent
_NO_PRIOR = "no prior"  # evidence that the given name's prior does not hold: a generic title before it
Votes = dict[str, Counter]  # entity -> how many pieces of evidence say "female", "male"


def link_names(text: str, found: list[Named]) -> tuple[list[Named], dict[str, list[tuple[str, ...]]], dict[str, tuple[str, ...]], Votes]:
    """The names with the entity each names, and by entity: the full names written, the fullest
    title, and the gender honorifics and gendered titles give."""
    people = {named.key for named in found if named.kind == "person"}
    known = Known()
    linked: list[Named] = []
    full_names: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    titles: dict[str, tuple[str, ...]] = {}
    votes: Votes = defaultdict(Counter)
    for named in found:
        kind = "person" if named.kind == "unknown" and named.key in people else named.kind  # "Noem" after "Kristi Noem"
        if kind == "unknown" and len(named.name) == 1:
            continue  # a lone capitalised word nobody is known by: "Nonetheless", "Orlando"
        if kind != named.kind:
            named = Named(named.start, named.end, named.name, named.title, named.gender, kind, named.key)
        honorific = text[named.start:named.end].split(" ", 1)[0].rstrip(".").lower()
        named = Named(named.start, named.end, named.name, named.title, named.gender, kind, named.key, entity_of(
            named, known, full_names, votes, surname_only=honorific in load_lexicon("surname_honorifics")))
        if honorific in load_lexicon("peerage_honorifics") and len(named.name) > 1:
            known.peers.add(named.entity)  # "Sir Ian Blair": never a later "Mr Blair"
        linked.append(named)
        if named.kind in ("person", "unknown"):
            if named.name not in full_names[named.entity]:
                full_names[named.entity].append(named.name)
            if len(named.title) > len(titles.get(named.entity, ())):
                titles[named.entity] = named.title  # the fullest: "US Homeland Security Secretary"
            if named.gender in ("female", "male"):
                votes[named.entity][named.gender] += _HONORIFIC_WEIGHT
            elif generic_title_before_woman(named.title, named.entity.partition(" ")[0]):
                votes[named.entity][_NO_PRIOR] = 1  # ("Chairman Beryl Sprinkel ... he")
    return linked, full_names, titles, votes


class Known:
    """The people named so far, by surname and by given name, and how often each was named: what a
    lone "Moreau" or "Claire" is read against. (A plain class: a dataclass's default factories ran
    as interpreted code for each of the thousands built in a corpus run.)"""

    def __init__(self) -> None:
        self.by_surname: dict[str, list[str]] = defaultdict(list)  # latest last
        self.by_given: dict[str, list[str]] = defaultdict(list)
        self.mentions: Counter = Counter()
        self.peers: set[str] = set()  # those named as knights or peers ("Sir Ian Blair", "Lord Falconer")
        self.titled: dict[str, set[str]] = defaultdict(set)  # the words of titles each was named with

    def add(self, named: Named, entity: str) -> None:
        self.mentions[entity] += 1
        if named.title:
            self.titled[entity].update(map(_title_word, named.title))
        if len(named.name) > 1:
            _move_last(self.by_surname[named.key], entity)
            _move_last(self.by_given[named.name[0].lower().replace("’", "'")], entity)
        if len(named.name) > 2 and named.kind == "person" and _first_surname(named.name):
            _move_last(self.by_surname[named.name[-2].lower()], entity)  # "Rodriguez" of "Mario Rodriguez Montero"


def _first_surname(name: tuple[str, ...]) -> bool:
    """Whether the word before the last of a name of three or more is a first surname ("Mario [Rodriguez]
    Montero", "Hillary [Rodham] Clinton"): after a given name, capitalised, no initial, no given name of the
    hand list ("Mary [Ann] Smith"; the world table holds "Rodriguez" too), and before a last word that is a
    surname, no noun, firm or acronym ("Walt Disney World", "Anthony Bird Associates", "Manuel Azpur UA")."""
    word, last = name[-2], name[-1]
    return word[:1].isupper() and word[1:].islower() and len(word) > 2 and word.isalpha() \
        and word.lower() not in load_lexicon("given_names") and is_given_name(name[0]) and last[1:].islower() \
        and not is_noun(last.lower()) and last.lower() not in load_lexicon("firm_plurals")


def _title_word(word: str) -> str:
    """A title's word in lower case without its "ex-" or "former-" ("ex-King" -> "king")."""
    return word.lower().rsplit("-", 1)[-1].rstrip(".")


def _move_last(entities: list[str], entity: str) -> None:
    if entity in entities:
        entities.remove(entity)
    entities.append(entity)


def entity_of(named: Named, known: Known, full_names: Mapping[str, Sequence[tuple[str, ...]]],
              votes: Mapping[str, Mapping[str, int]], *, surname_only: bool = False) -> str:
    """Which person a name is: a full name is its own entity ("donald trump"; "Donald J. Trump" too).
    A surname alone is the person of that surname named most often so far whose gender fits, the
    latest on a tie: in "Daniel Moreau ... Daniel Moreau ... Claire Moreau ... Moreau", Moreau is still the man the
    story is about, while "Mrs. Clinton" after "Bill Clinton" is his wife. A given name alone
    ("Hillary") is the person of that given name, if there is one; not after an honorific of surnames
    (`surname_only`: "Mr", "Ms") when the word is a given name, which it then is not; nor then a
    knight or a peer ("Mr Blair" is no "Sir Ian Blair": lexicon peerage_honorifics)."""
    if named.kind not in ("person", "unknown"):
        return " ".join(named.name).lower()
    if len(named.name) > 1:
        suffixes = load_lexicon("name_suffixes")
        surname_index = len(named.name) - 1
        while surname_index > 0 and named.name[surname_index].rstrip(".").lower() in suffixes:
            surname_index -= 1
        entity = f"{named.name[0].lower()} {named.name[surname_index].lower()}".replace("’", "'")
        if any(word.rstrip(".").lower() in load_lexicon("elder_suffixes") for word in named.name[surname_index + 1:]):
            entity += " sr"  # "Vladimir Guerrero Sr." is not his son, "Vladimir Guerrero Jr." (nor "Vladimir Guerrero")
        ending = [word.lower() for word in named.name]
        for earlier in reversed(known.by_surname.get(named.key, [])):  # "Suu Kyi" after "Aung San Suu Kyi"
            if earlier != entity and any(len(full) > len(ending) and [word.lower() for word in full[-len(ending):]]
                                         == ending for full in full_names.get(earlier, ())):
                entity = earlier
                break
        known.add(named, entity)
        return entity
    given = [] if surname_only and name_prior(named.key) is not None else known.by_given.get(named.key) or []
    regnal = {_title_word(word) for word in named.title} & load_lexicon("regnal_titles")
    if regnal:  # "ex-King Michael", "Prince Charles": a monarch's given name is no one else's ("Michael Ancram")
        given = [entity for entity in given if regnal & known.titled.get(entity, set())]  # ("Prince Saud" is Prince Saud al-Faisal)
    candidates = known.by_surname.get(named.key) or given  # ("Mr Howard" is no Howard Flight; "Mr Wang" is Wang Jianzhou)
    candidates = [entity for entity in candidates if entity not in known.peers] if surname_only else candidates  # ("Mr Blair")
    fitting = [(known.mentions[entity], index, entity) for index, entity in enumerate(candidates)
               if named.gender is None or likely_gender(votes, entity) in (None, named.gender)]
    entity = max(fitting)[2] if fitting else named.key
    known.add(named, entity)
    return entity


def likely_gender(votes: Mapping[str, Mapping[str, int]], entity: str) -> Gender | None:
    """The gender the text gives a person, else the one their given name suggests: for choosing
    between antecedents only, never reported (see `quotes.names.name_prior`)."""
    return gender_from_votes(votes, entity, prior=name_prior(entity.partition(" ")[0]))


def gender_from_votes(votes: Mapping[str, Mapping[str, int]], key: str, prior: str | None = None) -> Gender | None:
    """The gender most of the evidence for a person says, with `prior` worth `_NAME_PRIOR` votes."""
    counts = votes.get(key, {})
    prior = None if counts.get(_NO_PRIOR) else prior
    female = counts.get("female", 0) + (_NAME_PRIOR if prior == "female" else 0)
    male = counts.get("male", 0) + (_NAME_PRIOR if prior == "male" else 0)
    return "female" if female > male else "male" if male > female else None


def acting_entity(text: str, role: str, position: int, named: Sequence[Named], starts: Sequence[int], reach: int) -> str | None:
    """"Peter Hallam coached the Hawks ... said the veteran coach", "Mensah owns the shop ... the owner
    said": the person last named before `position`, within `reach`, whom the text says does what the
    description's role word (lower case) names: its verb, right after the name."""
    acting = _acting_pattern(role)
    index = bisect_left(starts, position) - 1
    while index >= 0 and position - named[index].end <= reach:
        each = named[index]
        index -= 1
        if each.kind == "person" and acting.match(text, each.end) is not None:
            return each.entity or each.key
    return None


@lru_cache(maxsize=256)  # one pattern per role word met in a description; few per corpus
def _acting_pattern(role: str) -> re.Pattern[str]:
    """The role's verb, inflected, right after a name (an adverb may stand between): "[ coached]" for
    "coach", "[ owns]" for "owner" (less its "-r" or "-er"); not "[ co-chairman]", a title after a name."""
    stems = {stem for stem in (role, role[:-1], role[:-2]) if len(stem) > 2} if role.endswith(("er", "or")) else {role}
    return re.compile(rf"[ \t]+(?:[a-z]+ly[ \t]+)?(?:{'|'.join(map(re.escape, sorted(stems)))})(?:s|es|ed|d|ing)\b")
