"""From speaker mention to canonical speaker: pronouns, aliases, titles, type and gender.

The second stage of the sieve. Every mention of one entity becomes one speaker: "US Homeland
Security Secretary Kristi Noem", "Noem", "Ms. Noem" and "she" are all `Kristi Noem` (the fullest
name the article gives, without its title). Pronouns are resolved in one pass over the article, in
the spirit of salience-based resolvers (Lappin & Leass 1994): each person named or referred to gains
salience, more as a sentence's subject or a quote's speaker, and loses it with distance; a pronoun
goes to the most salient person whose gender fits. Gender comes from evidence in the text only
(Mr./Ms., gendered role words, pronouns that can only point back to one person). Descriptions ("the
senator") go to the person the text gave that title; organisations and groups keep their own name
("US Embassy in El Salvador", "officials"). A mention nothing resolves keeps no canonical speaker.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from operator import itemgetter
from typing import NamedTuple, TypeVar

from .lexicons import load_lexicon, load_lexicons, load_mapping
from .model import Gender, Quote, SpeakerType
from .tokens import IN_WORD_MARKS, Token, tokenize

__all__ = ["resolve_speakers"]

# A run of capitalised words, with initials, abbreviated titles and the small words inside names:
# "US Homeland Security Secretary Kristi Noem", "Sen. Ted Cruz", "Charles de Gaulle", "Donald J. Trump".
_CHAIN = re.compile(
    rf"[A-Z](?<![\w.’'][A-Z])[\w’'&.{IN_WORD_MARKS}-]*"
    rf"(?:[ \t]+(?:[A-Z][\w’'&.{IN_WORD_MARKS}-]*|(?:of|for)[ \t]+the(?=[ \t]+[A-Z])"
    r"|(?:de|van|von|bin|al|da|del|la|le|du|der|den|of|in|on|for)(?=[ \t]+[A-Z])))*"
)
_WORD = re.compile(r"\S+")
# An acronym in parentheses, and the capitalised name right before it that it stands for.
_PARENTHESISED_ACRONYM = re.compile(r"\(([A-Z][A-Z.&]{1,9})\)")
_ACRONYM_NAME = re.compile(r"(?:[A-Z][\w&’'-]*[ \t]+(?:(?:of|for|and|on|the|to|in)[ \t]+)*){1,8}$")
_ACRONYM_REACH = 120
# The words just before a name, on its line, to find the title the article gives it.
_PLAIN_WORD = re.compile(r"[\w.’'-]+")
_TITLE_REACH = 60
_TITLE_WORDS = 4
# he, him, his, himself, she, her, hers, herself. Written to start with its letter in both cases, and
# case-blind only after it, so the engine skips to h and s (twice as fast as re.IGNORECASE throughout).
_PERSONAL_PRONOUN = re.compile(r"[hHsS](?<!\w[hHsS])(?:(?<=[hH])(?i:e|im|is|imself|er|ers|erself)|(?<=[sS])(?i:he))\b")
_SENTENCE_START = re.compile(r"(?:^|[.!?…:\n][\"'”’)]*)\s*$")
_HONORIFIC_WEIGHT = 5
_QUALIFIER_GAP = re.compile(r"(?:[’']s)?(?:[ \t]+[a-z][a-z-]*){1,3}[ \t]+")  # " communication director "
_VERB_REACH = 24  # characters either side of a name read for a speech verb
_LAST_WORD = re.compile(r"([a-z]+)\W+(?:[\w.’'-]+[’']s\s+)?$")
_FIRST_WORD = re.compile(r"[\s,]+([a-z]+)")
_NAME_PRIOR = 3  # votes a gendered given name is worth when choosing an antecedent
_VOTE_REACH = 200  # a pronoun this close after exactly one person is evidence of that person's gender
_ANTECEDENT_REACH = 2500  # how far back a pronoun or a description looks for its person
_DECAY = 400.0  # characters over which a person's salience falls by one
_SUBJECT = 1.0  # salience for being named at the start of a sentence
_SPEAKER = 0.5  # salience for being the speaker of a quote
_PRONOUN_SUBJECT = 1.0  # salience kept by a person a sentence-initial pronoun points to
_UNSURE_NAME = -0.5  # a capitalised name with no sign of being a person ("Claire Moreau") may still be one
_UNKNOWN_GENDER = -0.6
_SALIENCE_CAP = 1.5  # what repeated pronouns can build up: a newly named subject still wins
_TITLE_CASE_SHARE = 0.85
# A name set off by commas right after a description: ", Lawrence B. Cummings," / ", state Del. Ann Ray ("
_APPOSED_NAME = re.compile(
    r",[ \t]+(?:[a-z]+[ \t]+){0,2}([A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,4}?)[ \t]*(?:[,.](?=\s|$)|\()")
_MISSPELLING_LENGTH = 5  # shorter surnames are too close to other words to read a typo into them
# A sentence's opening phrase up to the comma before its subject: "On Tuesday's show, " / "In her
# 2003 book, Living History, " (the phrase starts after a sentence end or a line break).
_OPENING_PHRASE = re.compile(r"(?:^|[.!?…][\"'”’)]*\s+|\n\s*)([A-Z][a-z]+)\b[^.!?\n\"“”]*,[ ]$")
_OPENING_REACH = 120
_CAPITALISED_RUN = re.compile(r"[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*)*")
# "<author> wrote a memoir", "<author> released a 40-page report": what makes a name a document's author
_AUTHORED = re.compile(r"[ \t]+(?:wrote|sent|released|issued|published|filed|penned|authored)[ \t]+"
                       r"(?:a|an|the|his|her|their|its)[ \t]+(?:[\w-]+[ \t]+){0,3}?([a-z]+)\b")
_PAIR_REACH = 600  # how far back "they" looks for two people named together
# What joins two people named together: " and ", ", Republican of Iowa, and "
_PAIR_GAP = re.compile(r"(?:,[^,.;!?\n]{1,50})?,?[ \t]+and[ \t]+")
_NAME_WORDS = 5
_ORGANIZATION_WORDS = 9
_NAMED_OFTEN = 0.5  # salience an epithet gives per doubling of how often a person was named
_UNREAD = object()  # a gender not looked up yet
_Item = TypeVar("_Item")


class _Named(NamedTuple):
    """One capitalised name in the text, split into title and name. A named tuple: as immutable as a
    frozen dataclass and cheaper to build, which counts for the names of a whole corpus."""

    start: int
    end: int
    name: tuple[str, ...]
    title: tuple[str, ...]
    gender: Gender | None  # from an honorific or gendered title in this mention
    kind: SpeakerType  # person, organization, group, or unknown (no evidence yet)
    key: str  # the surname, lower case ("noem" for "US ... Secretary Kristi Noem")
    entity: str = ""  # which person (or organisation) this is, once the cast has linked the names


@dataclass
class _Cast:
    """The people and organisations an article names, in text order, and what the text says of them."""

    named: list[_Named] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    full_names: dict[str, list[tuple[str, ...]]] = field(default_factory=lambda: defaultdict(list))  # by entity
    titles: dict[str, tuple[str, ...]] = field(default_factory=dict)  # by entity
    votes: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))  # by entity
    pronouns: dict[int, str] = field(default_factory=dict)  # pronoun offset -> entity it points to
    acronyms: dict[str, str] = field(default_factory=dict)  # "IMF" -> "International Monetary Fund"

    def expand(self, name: str | None) -> str | None:
        """An organisation's acronym as the full name the article spelled out for it."""
        return self.acronyms.get(name, name) if name else name


@dataclass(frozen=True, slots=True)
class _Speaker:
    name: str | None
    kind: SpeakerType
    title: str | None = None
    gender: Gender | None = None


def resolve_speakers(text: str, quotes: Sequence[Quote], *, headline_end: int = 0) -> list[Quote]:
    """Return the quotes with `speaker`, `speaker_type`, `speaker_title` and `speaker_gender` filled.

    Quotes without a mention are returned unchanged. `headline_end` is where a headline ends, if the
    article opens with one: written in title case, its capitalised runs are not names ("Obama Sees
    Personal Insult"), so the cast is then read from the body.
    """
    if not any(quote.mention_start is not None for quote in quotes):
        return list(quotes)
    cast = _cast(text, quotes, headline_end if _is_title_case(text, 0, headline_end) else 0)
    resolved: list[Quote] = []
    for quote in quotes:
        if quote.mention_start is None or quote.mention_end is None:
            resolved.append(quote)
            continue
        speaker = _resolve(text, quote.mention_start, quote.mention_end, cast, resolved)
        resolved.append(quote.resolved(speaker.name, speaker.kind, speaker.title, speaker.gender or "unknown"))
    return resolved


# --- who the article names ------------------------------------------------------------------------


def _chains(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """Capitalised runs, cut where a sentence ends inside one: "Monday. Clinton" is two."""
    chains = [(match.start(), match.group()) for match in _CHAIN.finditer(text, start, end)]
    if not any(". " in chain for _, chain in chains):
        return chains
    abbreviations = _vocabulary().abbreviations
    pieces: list[tuple[int, str]] = []
    for offset, chain in chains:
        piece = 0
        if ". " in chain:
            for word in _WORD.finditer(chain):
                if word.group().endswith(".") and not _is_initial(word.group()) \
                        and word.group()[:-1].lower() not in abbreviations and word.end() < len(chain):
                    pieces.append((offset + piece, chain[piece:word.end()]))
                    piece = word.end() + 1
        pieces.append((offset + piece, chain[piece:]))
    return pieces


def _is_title_case(text: str, start: int, end: int) -> bool:
    """Nearly every word but the minor ones capitalised: "Obama Sees Personal Insult if Black Voters Stay Home"."""
    minor = load_lexicon("minor_words")
    words = [word for word in _WORD.findall(text, start, end) if word.lower() not in minor and word[0].isalpha()]
    return len(words) >= 4 and sum(word[0].isupper() for word in words) >= _TITLE_CASE_SHARE * len(words)


def _cast(text: str, quotes: Sequence[Quote], body_start: int = 0) -> _Cast:
    """Index every capitalised name outside quotes, link the names of one person (Kristi Noem, Noem,
    Ms. Noem), then resolve every personal pronoun outside quotes."""
    cast = _Cast()
    interiors = [(quote.start, quote.end) for quote in quotes]
    # Names after the last speaker mention cannot be antecedents, so the scan stops there.
    reach = max(quote.mention_end or 0 for quote in quotes)
    skip = _not_name_starts()
    found: list[_Named] = []
    lone: list[tuple[int, str]] = []  # single capitalised words, kept only if they turn out to be names
    for chain_start, chain in _outside(interiors, _chains(text, min(body_start, reach), reach), itemgetter(0)):
        if chain.lower() in skip:
            continue
        if " " not in chain and "\t" not in chain:
            lone.append((chain_start, chain))
            continue
        named = _parse_name(chain)
        if named is not None:
            title = named.title
            if not title and named.kind in ("person", "unknown") and named.start == 0:
                title = _title_words_before(text, chain_start)  # "presidential nominee Donald Trump"
            speaks = named.kind == "unknown" and _beside_speech_verb(text, chain_start + named.start,
                                                                     chain_start + named.end)
            found.append(_Named(chain_start + named.start, chain_start + named.end, named.name, title,
                                named.gender, "person" if (title or speaks) and named.kind == "unknown" else named.kind,
                                named.key))
    surnames = {named.key for named in found if named.kind in ("person", "unknown")}
    organizations = load_lexicon("organization_words")
    given = load_lexicon("given_names")
    by_initial: dict[str, list[str]] = defaultdict(list)  # surnames long enough to misspell, by first letter
    for surname in surnames:
        if len(surname) >= _MISSPELLING_LENGTH - 1:
            by_initial[surname[0]].append(surname)
    for start, word in lone:  # "Noem" after "Kristi Noem"; "Reuters", "IMF", "Claire"; not "Orlando" nor "Nonetheless"
        lower, acronym = _lone_word(word)
        known = lower in surnames or lower in organizations or lower in given
        misspelt = None if known else _misspelling_of(lower, by_initial)
        if known or acronym or misspelt:
            named = _parse_name(word)
            if named is not None:
                found.append(_Named(start + named.start, start + named.end, named.name, named.title,
                                    named.gender, named.kind, misspelt or named.key))
    found.sort(key=lambda named: named.start)
    people = {named.key for named in found if named.kind == "person"}
    known = _Known()
    for named in found:
        kind = "person" if named.kind == "unknown" and named.key in people else named.kind  # "Noem" after "Kristi Noem"
        if kind == "unknown" and len(named.name) == 1:
            continue  # a lone capitalised word nobody is known by: "Nonetheless", "Orlando"
        if kind != named.kind:
            named = _Named(named.start, named.end, named.name, named.title, named.gender, kind, named.key)
        named = _Named(named.start, named.end, named.name, named.title, named.gender, kind, named.key,
                       _entity_of(named, known, cast))
        cast.named.append(named)
        cast.starts.append(named.start)
        if named.kind in ("person", "unknown"):
            if named.name not in cast.full_names[named.entity]:
                cast.full_names[named.entity].append(named.name)
            if len(named.title) > len(cast.titles.get(named.entity, ())):
                cast.titles[named.entity] = named.title  # the fullest: "US Homeland Security Secretary"
            if named.gender in ("female", "male"):
                cast.votes[named.entity][named.gender] += _HONORIFIC_WEIGHT
    speakers = [(quote.mention_start, quote.mention_end) for quote in quotes if quote.mention_start is not None]
    descriptions = [(quote.mention_start, _gender_of_word(_last_word(quote.mention)))
                    for quote in quotes if quote.mention and _is_definite_person(quote.mention)]
    _resolve_pronouns(text[:reach], cast, interiors, sorted(speakers), descriptions)  # type: ignore[arg-type]
    for parenthesis in _PARENTHESISED_ACRONYM.finditer(text, 0, reach):  # "the International Monetary Fund (IMF)"
        match = _ACRONYM_NAME.search(text, max(0, parenthesis.start() - _ACRONYM_REACH), parenthesis.start())
        if match is None:
            continue
        words, acronym = match.group().split(), parenthesis.group(1).replace(".", "")
        while words and words[0].lower() in load_lexicon("articles"):
            words = words[1:]
        initials = [word[0] for word in words if word[0].isupper()]
        if words and initials and initials[0] == acronym[0] and len(acronym) <= len(initials) + 1:
            cast.acronyms.setdefault(acronym, " ".join(words))
    for named in cast.named:  # "the IMF" after "the International Monetary Fund", with no "(IMF)" written
        if named.kind == "organization" and len(named.name) > 2:
            initials = "".join(word[0] for word in named.name if word[0].isupper())
            if len(initials) > 2:
                cast.acronyms.setdefault(initials, " ".join(named.name))
    return cast


@dataclass
class _Known:
    """The people named so far, by surname and by given name, and how often each was named: what a
    lone "Moreau" or "Claire" is read against."""

    by_surname: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))  # latest last
    by_given: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    mentions: Counter = field(default_factory=Counter)

    def add(self, named: _Named, entity: str) -> None:
        self.mentions[entity] += 1
        if len(named.name) > 1:
            _move_last(self.by_surname[named.key], entity)
            _move_last(self.by_given[named.name[0].lower().replace("’", "'")], entity)


def _move_last(entities: list[str], entity: str) -> None:
    if entity in entities:
        entities.remove(entity)
    entities.append(entity)


def _opens_sentence(text: str, position: int, title: tuple[str, ...]) -> bool:
    """True when a name (with the title written before it) opens its sentence:
    "Labour economist Ruth Adeyemi, who studies pensions, said ..."."""
    if title:
        written = " ".join(title) + " "
        if text.endswith(written, max(0, position - len(written)), position):
            position -= len(written)
    if _SENTENCE_START.search(text, max(0, position - 4), position):
        return True
    # "In her 2003 book, Living History, Clinton noted ...": the subject after an opening phrase
    if not text.endswith(", ", max(0, position - 2), position):
        return False
    opening = _OPENING_PHRASE.search(text, max(0, position - _OPENING_REACH), position)
    if opening is None or opening.group(1).lower() not in load_lexicon("clause_openers"):
        return False
    name = _CAPITALISED_RUN.match(text, position)
    return name is None or not text.startswith(",", name.end())  # not "Living History," an apposition


def _qualifies(text: str, end: int, following: int) -> bool:
    """True when only role words stand between two names: "Okafor [communication director] Brandt"."""
    gap = _QUALIFIER_GAP.fullmatch(text, end, following)
    return gap is not None and _is_title_word(gap.group().split()[-1].lower())


def _beside_speech_verb(text: str, start: int, end: int) -> bool:
    """"noted NBC's Dan Ruiz", "Claire Moreau said": a name that speaks is a person's."""
    verbs = load_lexicon("speech_verbs")
    before = _LAST_WORD.search(text, max(0, start - _VERB_REACH), start)
    after = _FIRST_WORD.match(text, end, min(len(text), end + _VERB_REACH))
    return bool((before and before.group(1).lower() in verbs) or (after and after.group(1).lower() in verbs))


def _entity_of(named: _Named, known: _Known, cast: _Cast) -> str:
    """Which person a name is: a full name is its own entity ("donald trump"; "Donald J. Trump" too).
    A surname alone is the person of that surname named most often so far whose gender fits, the
    latest on a tie: in "Daniel Moreau ... Daniel Moreau ... Claire Moreau ... Moreau", Moreau is still the man the
    story is about, while "Mrs. Clinton" after "Bill Clinton" is his wife. A given name alone
    ("Hillary") is the person of that given name, if there is one."""
    if named.kind not in ("person", "unknown"):
        return " ".join(named.name).lower()
    if len(named.name) > 1:
        suffixes = load_lexicon("name_suffixes")
        surname_index = len(named.name) - 1
        while surname_index > 0 and named.name[surname_index].rstrip(".").lower() in suffixes:
            surname_index -= 1
        entity = f"{named.name[0].lower()} {named.name[surname_index].lower()}".replace("’", "'")
        ending = [word.lower() for word in named.name]
        for earlier in reversed(known.by_surname.get(named.key, [])):  # "Suu Kyi" after "Aung San Suu Kyi"
            if earlier != entity and any(len(full) > len(ending) and [word.lower() for word in full[-len(ending):]]
                                         == ending for full in cast.full_names.get(earlier, ())):
                entity = earlier
                break
        known.add(named, entity)
        return entity
    candidates = known.by_surname.get(named.key) or known.by_given.get(named.key) or []
    fitting = [(known.mentions[entity], index, entity) for index, entity in enumerate(candidates)
               if named.gender is None or _likely_gender(cast, entity) in (None, named.gender)]
    entity = max(fitting)[2] if fitting else named.key
    known.add(named, entity)
    return entity


def _resolve_pronouns(text: str, cast: _Cast, interiors: list[tuple[int, int]],
                      speakers: list[tuple[int, int]], descriptions: Sequence[tuple[int, Gender | None]] = ()) -> None:
    """One pass over names and pronouns in text order, keeping each person's salience (see module doc).

    Each resolved pronoun is also evidence of its person's gender, for the pronouns after it.
    """
    meaning = load_mapping("pronouns")
    pronouns = [(match.start(), meaning[match.group().lower()])
                for match in _outside(interiors, _PERSONAL_PRONOUN.finditer(text), re.Match.start)]
    people = [named for named in cast.named if named.kind in ("person", "unknown")]
    for named in people:  # gender evidence: a pronoun right after exactly one person
        index = bisect_left(pronouns, (named.end,))
        if index < len(pronouns) and pronouns[index][0] - named.end <= _VOTE_REACH:
            following = bisect_left(cast.starts, named.end)
            rival = following < len(cast.named) and cast.named[following].start < pronouns[index][0] and \
                cast.named[following].kind in ("person", "unknown") and cast.named[following].entity != named.entity
            if not rival:
                cast.votes[named.entity][pronouns[index][1]] += 1
    salience: dict[str, tuple[float, int]] = {}  # entity -> (weight, position)
    genders: dict[str, Gender | None | object] = {}  # entity -> its likely gender, until a vote changes it
    seen: Counter = Counter()  # entity -> times named so far
    # A definite description of a person ("the senator" with no senator named) is resolved like a
    # pronoun, to the most salient person; its gender is that of its role word, if it has one.
    events = sorted([(named.start, 0, named) for named in people] + [(start, 1, gender) for start, gender in pronouns]
                    + [(start, 2, gender) for start, gender in descriptions], key=lambda event: (event[0], event[1]))
    # "Okafor communication director Julia Brandt said": the sentence's subject is Brandt, whom
    # the first name only qualifies.
    qualifiers = {named.start: following.start for named, following in zip(people, people[1:])
                  if _SENTENCE_START.search(text, max(0, named.start - 4), named.start)
                  and _qualifies(text, named.end, following.start)}
    qualified = set(qualifiers.values())
    for position, is_pronoun, item in events:
        subject = position in qualified or (
            position not in qualifiers and _opens_sentence(text, position, item.title if is_pronoun == 0 else ()))
        if is_pronoun == 2:
            best = _most_salient(cast, salience, position, item, seen)
            if best is not None:
                cast.pronouns[position] = best
            continue
        if not is_pronoun:
            named = item  # type: ignore[assignment]
            weight = (_SUBJECT if subject else 0.0) + (_SPEAKER if _overlaps(speakers, named.start, named.end)
                                                       else 0.0) + (_UNSURE_NAME if named.kind == "unknown" else 0.0)
            seen[named.entity] += 1
            previous = salience.get(named.entity)
            salience[named.entity] = (max(weight, _decayed(previous, position) if previous else weight), named.end)
            continue
        gender = item
        best, best_score, compatible = None, float("-inf"), 0
        for entity, (weight, last) in salience.items():
            if position - last > _ANTECEDENT_REACH:
                continue
            known = genders.get(entity, _UNREAD)
            if known is _UNREAD:
                known = genders[entity] = _likely_gender(cast, entity)
            if known not in (None, gender):
                continue
            compatible += 1
            score = weight - (position - last) / _DECAY + (0.0 if known == gender else _UNKNOWN_GENDER)
            if score > best_score:
                best, best_score = entity, score
        if best is not None:
            cast.pronouns[position] = best
            if compatible == 1:  # only an unambiguous pronoun is evidence of its person's gender
                cast.votes[best][gender] += 1
                genders.pop(best, None)
            speaking = _overlaps(speakers, position, position + 3)
            salience[best] = (min(_decayed(salience[best], position) + (_PRONOUN_SUBJECT if subject else 0.0)
                                  + (_SPEAKER if speaking else 0.0), _SALIENCE_CAP), position)


def _most_salient(cast: _Cast, salience: dict[str, tuple[float, int]], position: int,
                  gender: Gender | None, seen: Counter) -> str | None:
    """The person an epithet most likely names: salient now, and the story's most named person
    ("the Vermont senator" is Sanders, named six times, more than Clinton, named just after)."""
    best, best_score = None, float("-inf")
    for entity, (weight, last) in salience.items():
        known = _likely_gender(cast, entity)
        if position - last > _ANTECEDENT_REACH or (gender is not None and known not in (None, gender)):
            continue
        score = weight - (position - last) / _DECAY + _NAMED_OFTEN * math.log1p(seen[entity])
        if score > best_score:
            best, best_score = entity, score
    return best


def _is_definite_person(mention: str) -> bool:
    """"the senator", "The Republican nominee": a definite description whose head is a person's role."""
    words = mention.split()
    head = _last_word(mention)
    owner = words[0][:1].isupper() and words[0].endswith(("'s", "’s"))  # "Obama's former strategist"
    return len(words) >= 2 and (words[0].lower() == "the" or owner) and (
        _is_title_word(head) or _gender_of_word(head) is not None)


def _last_word(mention: str) -> str:
    """The head word of a description: its last, or the last before "of": "the mother of three" -> mother."""
    words = mention.split()
    if "of" in words[1:-1]:
        words = words[:words.index("of", 1)]
    return words[-1].lower().strip(".,") if words else ""


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    index = bisect_left(spans, (end,)) - 1
    return index >= 0 and spans[index][1] > start


def _decayed(entry: tuple[float, int], position: int) -> float:
    return entry[0] - (position - entry[1]) / _DECAY


@lru_cache(maxsize=1 << 16)
def _parse_name(chain: str) -> _Named | None:
    """`_parse_chain` of a whole string, remembered: articles and corpora repeat their names."""
    return _parse_chain(chain, 0, len(chain))


def _parse_chain(text: str, start: int, end: int) -> _Named | None:
    """Split a capitalised chain into title and name, and say what kind of entity it names.

    Returns None for what names nobody: a place, a date, a headline in title case or in capitals. A
    name with no evidence of being a person (no title, honorific or given name) is `unknown`.
    """
    words_ = _vocabulary()
    words: list[str] = []
    offsets: list[int] = []
    for match in _WORD.finditer(text, start, end):
        word = match.group()
        words.append(word)
        offsets.append(match.start())
        if word[-1] == "." and not _is_initial(word) and word[:-1].lower() not in words_.abbreviations:
            words[-1] = word[:-1]
            end = match.start() + len(words[-1])
            break  # a sentence ends here: "Bernie Sanders. That"
    owner = max((index for index, word in enumerate(words[:-1]) if word.endswith(("'s", "’s"))), default=None)
    if owner is not None:  # "NBC’s Dan Ruiz", "Clinton's campaign manager Robby Mook": the owner is no part of the name
        words, offsets = words[owner + 1:], offsets[owner + 1:]
    while words and (words[0].lower() in words_.not_name_starts or words[0].rstrip(".").lower() in words_.verbs):
        words, offsets = words[1:], offsets[1:]
    if not words or (len(words) > 1 and all(word.isupper() for word in words)):
        return None  # nothing left, or a headline in capitals: "OERLIKON UNIT REJECTS CHARGES"
    if not _is_initial(words[-1]):
        words[-1] = _without_possessive(words[-1])
    name_start, gender = 0, None
    for index, word in enumerate(words):
        bare = word.rstrip(".").lower()
        if bare in words_.honorifics or _titles_someone(bare):
            name_start = index + 1
            gender = _gender_of_word(bare) or gender
    name = words[name_start:]
    first_given = next((index for index, word in enumerate(name[:-1]) if word.lower() in words_.given_names), 0)
    if first_given > 0 and name[0].lower() not in words_.given_names:
        name_start += first_given  # "Exchequer Nigel Lawson": the name starts at its given name
        name = name[first_given:]
    title = _title_before(words[:name_start], words_)
    if not name or " ".join(name).lower() in words_.places or " ".join(words).lower() in words_.places:
        return None
    dated = next((index for index, word in enumerate(name[:-1], start=1) if word in ("on", "in", "for")
                  and name[index].rstrip(".,").lower() in words_.dates), None)
    if dated:
        name = name[:dated - 1]  # "Trump on Tuesday", "Ohio in January"
        if not name:
            return None
    evidence = bool(title) or gender is not None or name[0].lower() in words_.given_names
    cut = next((index for index, word in enumerate(name) if word in ("of", "in", "for", "at", "from")), None)
    if cut and evidence:
        name = name[:cut]  # "Ms. Ortiz of the Audubon Society", "Lena Park for the Tribune"
    surname_after_given = name[0].lower() in words_.given_names  # "Theresa May": a month can be a surname
    if any(word.lower() in words_.not_name_words and word not in ("on", "for") and word.lower() not in words_.organizations
           and not (word == "the" and name[index] in ("of", "for"))
           and not (surname_after_given and index == len(name) - 2) for index, word in enumerate(name[1:])):
        return None  # a headline in title case: "What Towns Can Do When Up Against Floods"
    if len(name) > _NAME_WORDS and not (len(name) <= _ORGANIZATION_WORDS and any(
            word.rstrip(".").lower() in words_.organizations for word in name)):
        return None  # too long for a name, unless an organisation's: "U.S. Court of Appeals for the Sixth Circuit"
    kind: SpeakerType
    if any(word.rstrip(".").lower() in words_.organizations for word in name):
        kind = "organization"
    elif len(name) == 1 and name[0].lower() in words_.groups:
        kind = "group"
    elif evidence:
        kind = "person"
    elif name[-1].isupper() and len(name[-1]) > 1:
        kind = "organization"  # an acronym: IMF, NATO, CNN
    else:
        kind = "unknown"
    end = min(end, offsets[name_start + len(name) - 1] + len(name[-1]))  # "Trump on Tuesday" is Trump
    return _Named(offsets[0], end, tuple(name), title, gender, kind, _surname(name))


def _title_words_before(text: str, start: int) -> tuple[str, ...]:
    """Lower-case title words right before a name, with the words that qualify them:
    "Republican presidential nominee Donald Trump" -> ("Republican", "presidential", "nominee")."""
    segment = text[max(0, start - _TITLE_REACH):start]
    if not segment[-1:].isspace():
        return ()
    words = segment[segment.rfind("\n") + 1:].split()[-_TITLE_WORDS:]
    if not words or words[-1].lower() not in _vocabulary().titles:
        return ()
    kept = len(words)  # only the plain words after the last punctuation: not "Mexico," nor "(R)"
    while kept and _PLAIN_WORD.fullmatch(words[kept - 1]):
        kept -= 1
    words = words[kept:]
    other_words = load_lexicons("conjunctions", "speech_verbs")
    run: list[str] = []
    abbreviations = _vocabulary().abbreviations
    for word in reversed(words[-_TITLE_WORDS:]):
        if word.lower() in _not_name_starts() or word.lower() in other_words or word.lower().endswith(("'s", "’s")) or (
                word[-1] in ".!?" and word[:-1].lower() not in abbreviations):
            break  # not "vague." in "the plan was vague. Labour economist Ruth Adeyemi"
        run.insert(0, word)
    return tuple(run)


def _title_before(words: Sequence[str], words_: _Words) -> tuple[str, ...]:
    """The title right before a name: title words and the capitalised words that qualify them
    ("US Homeland Security Secretary", "Tory leader"), not whatever else precedes ("Ahead of")."""
    run: list[str] = []
    for word in reversed(words):
        bare = word.rstrip(".").lower()
        if bare in words_.honorifics:
            continue
        if _titles_someone(bare):
            run.insert(0, word)
        elif word[:1].isupper() and run:
            run.insert(0, word)
        else:
            break
    return tuple(run)


def _titles_someone(bare: str) -> bool:
    """A title word, plural or compound: "senator", "aides", "co-anchor"."""
    return _is_title_word(bare.rpartition("-")[2])


@dataclass(frozen=True, slots=True)
class _Words:
    """The lexicons name parsing consults, gathered once (it runs for every name in an article)."""

    abbreviations: frozenset[str]
    not_name_starts: frozenset[str]
    not_name_words: frozenset[str]
    verbs: frozenset[str]
    honorifics: frozenset[str]
    titles: frozenset[str]
    places: frozenset[str]
    given_names: frozenset[str]
    organizations: frozenset[str]
    groups: frozenset[str]
    dates: frozenset[str]


@cache
def _vocabulary() -> _Words:
    return _Words(load_lexicon("abbreviations"), _not_name_starts(), _not_name_words(), load_lexicon("speech_verbs"),
                  frozenset(load_mapping("honorifics")), load_lexicon("titles"), load_lexicon("places"),
                  load_lexicon("given_names"), load_lexicon("organization_words"), load_lexicon("group_words"),
                  load_lexicons("days", "months"))


@cache
def _not_name_starts() -> frozenset[str]:
    """Capitalised words that begin a sentence rather than a name: The, In, She, Monday, Said..."""
    return (load_lexicons("clause_openers", "articles", "determiners", "adverbials", "auxiliaries")
            | frozenset(load_mapping("pronouns")))


@cache
def _not_name_words() -> frozenset[str]:
    """Words that never sit inside a name; a title-case chain holding one is a headline."""
    return (load_lexicon("conjunctions") | _not_name_starts()) - load_lexicon("name_connectors")


# --- resolving one mention ------------------------------------------------------------------------


def _resolve(text: str, start: int, end: int, cast: _Cast, earlier: Sequence[Quote]) -> _Speaker:
    tokens = tokenize(text, start, end)
    words = [token for token in tokens if token.is_word]
    if not words:
        return _Speaker(None, "unknown")
    if len(words) == 1 and _bare_pronoun(words[0]) in load_mapping("pronouns"):
        return _resolve_pronoun(text, words[0], cast, earlier)
    if text.startswith(":", end) and all(token.text.isupper() for token in words):
        return _resolve_label(words, cast)
    if any(token.lower == "and" for token in tokens) and tokens[0].is_capitalized:
        parts = _split_on_and(tokens)
        if len(parts) > 1:
            names = [_resolve_name(part, cast).name for part in parts]
            return _Speaker(" and ".join(name for name in names if name) or None, "group")
    head = _head(tokens)
    if head is not None and (not head.is_capitalized or (head is tokens[0] and head.lower in load_lexicon("group_words"))):
        # "the senator", and "Officials at Homeland Security Investigations", capitalised only as the
        # sentence's first word
        apposed = _apposed_name(text, end, cast) if not _is_plural(head) else None
        return apposed or _resolve_description(text, tokens, head, cast, start)
    return _resolve_name(tokens, cast)


def _apposed_name(text: str, end: int, cast: _Cast) -> _Speaker | None:
    """The person a description names right after it: "his business partner, Lawrence B. Cummings,"."""
    match = _APPOSED_NAME.match(text, end)
    if match is None or (text.startswith(".", match.end(1))
                         and match.group(1).split()[-1].lower() in _vocabulary().abbreviations):
        return None  # "state Del. Marcia Price": an abbreviated title, not a name
    speaker = _resolve_name(tokenize(text, match.start(1), match.end(1)), cast)
    return speaker if speaker.kind == "person" else None


def _resolve_label(words: Sequence[Token], cast: _Cast) -> _Speaker:
    """A transcript label in capitals ("PENCE:", "SEN. KAINE:") is a person: the one of that surname
    the article named, or the label itself written as a name."""
    named = _latest_with_surname(cast, words[-1].text.rstrip(".").lower(), ("person", "unknown"))
    if named is not None:
        return _person(named, cast)
    title_case = [word.text.title() for word in words]
    parsed = _parse_name(" ".join(title_case))
    if parsed is None:
        return _Speaker(" ".join(title_case), "person")
    return _Speaker(" ".join(parsed.name), "person", " ".join(parsed.title) or None, parsed.gender)


def _resolve_name(tokens: Sequence[Token], cast: _Cast) -> _Speaker:
    """A capitalised mention: "Noem" -> Kristi Noem; "The US Embassy in El Salvador" stays itself."""
    words = [token.text for token in tokens if token.is_word]
    joined = " ".join(words)
    named = _parse_name(joined) if joined else None
    if named is None and len(words) == 1:  # "May said": a surname that is also a month or a modal
        earlier = _latest_with_surname(cast, words[0].lower(), ("person",), before=tokens[0].start)
        if earlier is not None:
            return _person(earlier, cast)
    if named is None:
        return _Speaker(_clean_name(words), "unknown")
    if named.kind in ("organization", "group"):
        return _Speaker(cast.expand(_clean_name(list(named.name if named.kind == "group" else words))), named.kind)
    known = _cast_name_at(cast, tokens[-1].start)
    if known is not None and (known.key == named.key or known.name == named.name) and known.entity:
        named = named._replace(entity=known.entity)
    else:
        named = named._replace(entity=_entity_of(named, _known_before(cast, tokens[0].start), cast))
    return _person(named, cast)


def _latest_with_surname(cast: _Cast, key: str, kinds: tuple[str, ...], before: int | None = None) -> _Named | None:
    """The last name of the cast (before `before`, if given) with this surname and one of these kinds."""
    named = cast.named if before is None else cast.named[:bisect_left(cast.starts, before)]
    return next((known for known in reversed(named) if known.key == key and known.kind in kinds), None)


def _cast_name_at(cast: _Cast, position: int) -> _Named | None:
    """The name of the cast that covers `position`, if any."""
    index = bisect_left(cast.starts, position + 1) - 1
    if index >= 0 and cast.named[index].start <= position < cast.named[index].end:
        return cast.named[index]
    return None


def _person(named: _Named, cast: _Cast) -> _Speaker:
    entity = named.entity or named.key
    candidates = cast.full_names.get(entity) or [named.name]
    full = max(candidates, key=lambda name: (len(name), -candidates.index(name)))
    title = " ".join(max(named.title, cast.titles.get(entity, ()), key=len)) or None
    return _Speaker(" ".join(full), "person", title, named.gender or _gender_from_votes(cast, entity))


def _known_before(cast: _Cast, before: int) -> _Known:
    """What was known of the names before `before` (for a mention parsed on its own)."""
    known = _Known()
    for named in cast.named[:bisect_left(cast.starts, before)]:
        if named.kind in ("person", "unknown"):
            known.add(named, named.entity)
    return known


def _resolve_pronoun(text: str, pronoun: Token, cast: _Cast, earlier: Sequence[Quote]) -> _Speaker:
    """he/she -> the person the salience pass chose; it/they -> the nearest organisation or group
    speaker; who/which -> the name just before it."""
    meaning = load_mapping("pronouns")[_bare_pronoun(pronoun)]
    if meaning == "relative":
        return _resolve_relative(text, pronoun, cast)
    if meaning in ("male", "female"):
        entity = cast.pronouns.get(pronoun.start)
        named = _latest_named(cast, entity, pronoun.start) if entity is not None else None
        if named is None:
            return _Speaker(None, "person", gender=meaning)  # type: ignore[arg-type]
        speaker = _person(named, cast)
        return _Speaker(speaker.name, speaker.kind, speaker.title, meaning)  # type: ignore[arg-type]
    pair = _named_pair_before(text, cast, pronoun.start) if meaning == "plural" else None
    for quote in reversed(earlier):
        if quote.speaker and quote.speaker_type in ("organization", "group") and \
                pronoun.start - (quote.mention_end or 0) <= _ANTECEDENT_REACH:
            if pair is not None and pair[0] > (quote.mention_end or 0):
                break  # two people named since: "Senators Grassley and Leahy ... they wrote"
            return _Speaker(quote.speaker, quote.speaker_type)
    if pair is not None:
        return _Speaker(pair[1], "group")
    organization = _nearest_organization_with(cast, None, pronoun.start)
    if organization is not None:
        return _Speaker(organization, "organization")
    return _Speaker(None, "group" if meaning == "plural" else "organization")


def _author_before(text: str, cast: _Cast, before: int) -> _Speaker | None:
    """The person or organisation the text says wrote or sent a document, latest first: "Mariano
    wrote a memoir", "the committee released a report" (for a later "the book said")."""
    for match in reversed(list(_AUTHORED.finditer(text, max(0, before - _ANTECEDENT_REACH), before))):
        if match.group(1).lower() not in load_lexicon("document_words"):
            continue
        index = bisect_left(cast.starts, match.start()) - 1
        if index >= 0 and cast.named[index].end == match.start() and cast.named[index].kind in ("person", "organization"):
            named = cast.named[index]
            if named.kind == "organization":
                return _Speaker(cast.expand(" ".join(named.name)), "organization")
            return _person(named, cast)
    return None


def _named_pair_before(text: str, cast: _Cast, before: int) -> tuple[int, str] | None:
    """The latest two people named together ("Charles Grassley and Patrick Leahy") before a plural
    pronoun, within a paragraph's reach: where they ended, and both full names joined by "and"."""
    people = [named for named in cast.named[:bisect_left(cast.starts, before)] if named.kind == "person"]
    for position in range(len(people) - 1, 0, -1):
        second, first = people[position], people[position - 1]
        if before - second.end > _PAIR_REACH:
            break
        if second.entity != first.entity and _PAIR_GAP.fullmatch(text, first.end, second.start):
            return second.end, f"{_person(first, cast).name} and {_person(second, cast).name}"
    return None


def _latest_named(cast: _Cast, entity: str, before: int) -> _Named | None:
    index = bisect_left(cast.starts, before) - 1
    while index >= 0:
        if cast.named[index].entity == entity and cast.named[index].kind in ("person", "unknown"):
            return cast.named[index]
        index -= 1
    return None


def _bare_pronoun(token: Token) -> str:
    """The pronoun without a contraction: "He's" -> "he"."""
    return token.lower.partition("'")[0]


def _resolve_relative(text: str, pronoun: Token, cast: _Cast) -> _Speaker:
    """"Beck, who has described Trump as ...": who is Beck."""
    before = tokenize(text, max(0, pronoun.start - 120), pronoun.start)
    while before and before[-1].text in (",", "—"):
        before.pop()
    chain: list[Token] = []
    for token in reversed(before):
        if token.is_word and (token.is_capitalized or token.lower in load_lexicon("name_connectors")):
            chain.insert(0, token)
        else:
            break
    while chain and not chain[0].is_capitalized:
        chain.pop(0)
    if not chain:
        return _Speaker(None, "unknown")
    return _resolve_name(chain, cast)


def _resolve_description(text: str, tokens: Sequence[Token], head: Token, cast: _Cast, start: int) -> _Speaker:
    """"the senator" -> the person titled senator before it; "officials" stays "officials"."""
    phrase = _head_phrase(tokens, head)
    lower = head.lower.rstrip(".")
    capitalized = [token.text for token in tokens if token.is_capitalized and token.is_word
                   and token.lower not in load_lexicon("articles") and token.end <= head.start]
    if lower in load_lexicon("document_words"):
        owners = [token for token in tokens if token.is_possessive and token.is_capitalized and token.end <= head.start]
        if owners:  # "Ivana Trump's brief said": its author speaks
            first = next(index for index, token in enumerate(tokens) if token.is_capitalized and token.is_word)
            last = tokens.index(owners[-1])
            return _resolve_name(list(tokens[first:last + 1]), cast)
        if capitalized:  # "a Times article", "a Homeland Security memo": the organisation named
            return _Speaker(cast.expand(" ".join(capitalized)), "organization")
        author = _author_before(text, cast, start)
        if author is not None:  # "Mariano wrote a memoir ..." then "the book said": its author speaks
            return author
        # "the report said": its author speaks; an article's or a story's author is a publication
        named = (_nearest_organization_with(cast, None, start, media=True)
                 if lower in load_lexicon("media_documents") else None) or _nearest_organization_with(cast, None, start)
        return _Speaker(named or phrase, "organization")
    if lower in load_lexicon("organization_words"):
        if capitalized:  # "the Clinton campaign", "Clinton's campaign"
            return _Speaker(" ".join([*map(_without_possessive, capitalized), head.text]), "organization")
        named = _nearest_organization_with(cast, lower, start) or _nearest_organization_with(cast, None, start)
        return _Speaker(named or phrase, "organization")  # "the company said": the company named before
    if _is_plural(head):
        if tokens[0].lower == "one" and len(tokens) > 1 and tokens[1].lower == "of":
            return _Speaker(_singular(phrase), "person")  # "one of two witnesses": a witness
        return _Speaker(phrase, "group")
    abbreviations = load_mapping("title_abbreviations")
    role = abbreviations.get(lower)
    if role is not None:  # "the president" -> the person the article titled President, latest first
        index = bisect_left(cast.starts, start) - 1
        while index >= 0 and start - cast.named[index].end <= _ANTECEDENT_REACH:
            named = cast.named[index]
            index -= 1
            title = named.title or cast.titles.get(named.entity, ())
            if named.kind == "person" and title and abbreviations.get(title[-1].rstrip(".").lower()) == role and not any(
                    word.lower() in load_lexicon("subordinate_titles") for word in title):
                return _person(named, cast)
    # An epithet ("the New York businessman", "the 70-year-old") is how a story names someone it
    # already spoke of: the most salient person then. A bare role ("the announcer") is someone else.
    # "Obama's former campaign strategist" is someone other than Obama: the salient person, if not him.
    owner = _without_possessive(tokens[0].text).lower() if tokens[0].is_possessive and tokens[0].is_capitalized else None
    epithet = owner is not None or any(token.is_capitalized or token.text[0].isdigit()
                                       for token in tokens[1:] if token.start < head.start)
    entity = cast.pronouns.get(start) if epithet and (tokens[0].lower == "the" or owner) else None
    if entity is not None:
        named = _latest_named(cast, entity, start)
        if named is not None and named.key != owner:
            return _person(named, cast)
    # A singular description that is neither an organisation nor a document speaks for a person:
    # "the senator", "a dealer", "one analyst".
    return _Speaker(phrase, "person", gender=_gender_of_word(lower))


# --- small helpers --------------------------------------------------------------------------------


def _head(tokens: Sequence[Token]) -> Token | None:
    """The head word of a phrase: the last word before a preposition ("spokesman" in "a spokesman for
    the campaign"), or the word after "of" when the first part only counts ("groups of protesters")."""
    words = [token for token in tokens if token.is_word]
    if not words:
        return None
    run = len(words)
    while run > 0 and words[run - 1].is_capitalized:
        run -= 1
    if 0 < run <= len(words) - 2 and words[run - 1].lower not in load_lexicons(
            "name_connectors", "articles", "phrase_prepositions"):  # (but "a spokesman for the Department of ...")
        return words[-1]  # "chief of staff Reince Priebus", "secretary of state John Kerry": a name after its role
    for index, token in enumerate(words):
        if token.lower in ("of", "for", "at", "with", "from", "in", "on") and index > 0:
            before = words[index - 1]
            if token.lower == "of" and before.lower in load_lexicon("quantity_words") and index + 1 < len(words):
                return _head(words[index + 1:])
            if before.is_capitalized and any(word.is_capitalized for word in words[index + 1:]) and not (
                    index == 1 and before.lower in load_lexicon("group_words")):  # but "Officials at the FBI"
                return words[-1] if words[-1].is_capitalized else before  # "Department of Homeland Security"
            return before
    return words[-1]


def _head_phrase(tokens: Sequence[Token], head: Token) -> str:
    """A description reduced to its head phrase, lower case: "one Democratic source on the panel" ->
    "democratic source"."""
    words = [token for token in tokens if token.is_word and token.end <= head.end]
    start = 0
    for index, token in enumerate(words):
        if token.lower in ("of", "for", "at", "with", "from", "in", "on") and token.end <= head.start:
            start = index + 1
    words = words[start:]
    skip = load_lexicons("determiners", "articles")
    while words and (words[0].lower in skip or words[0].is_possessive or words[0].text[0].isdigit()):
        words = words[1:]
    return " ".join(token.text.lower() for token in words) or head.text.lower()


def _nearest_organization_with(cast: _Cast, head: str | None, start: int, *, media: bool = False) -> str | None:
    """"the commission" -> "Commission on Presidential Debates", named earlier in the article (with
    `head` None, the nearest organisation of any name; with `media`, the nearest publication)."""
    index = bisect_left(cast.starts, start) - 1
    publications = load_lexicon("media_words")
    while index >= 0 and start - cast.named[index].end <= _ANTECEDENT_REACH:
        named = cast.named[index]
        index -= 1
        if named.kind == "organization" and (head is None or any(word.rstrip(".").lower() == head
                                                                 for word in named.name)) and (
                not media or named.name[-1].rstrip(".").lower().removesuffix("'s") in publications):
            return _clean_name(list(named.name))
    return None


def _singular(phrase: str) -> str:
    """"two witnesses" -> "witness", "top aides" -> "top aide": the head of a plural phrase made singular."""
    words = phrase.split()
    if words and words[0][0].isdigit():
        words = words[1:] or words
    last = words[-1]
    if last.endswith(("sses", "shes", "ches", "xes")):
        last = last[:-2]
    elif last.endswith("s") and not last.endswith("ss"):
        last = last[:-1]
    return " ".join([*words[:-1], last])


def _split_on_and(tokens: Sequence[Token]) -> list[list[Token]]:
    parts: list[list[Token]] = [[]]
    for token in tokens:
        if token.lower in ("and", "&"):
            parts.append([])
        elif token.text != ",":
            parts[-1].append(token)
    return [part for part in parts if part]


def _clean_name(words: Sequence[str]) -> str | None:
    """A name without a leading article or a possessive: "The Daily Beast's" -> "Daily Beast"."""
    words = list(words)
    while words and words[0].lower() in load_lexicon("articles"):
        words = words[1:]
    if not words:
        return None
    words[-1] = _without_possessive(words[-1])
    return " ".join(words)


def _surname(name: Sequence[str]) -> str:
    """The surname, lower case, skipping suffixes: ("Joseph", "R.", "Biden", "Jr.") -> "biden"."""
    suffixes = load_lexicon("name_suffixes")
    for word in reversed(name):
        if word.rstrip(".").lower() not in suffixes:
            return word.lower().replace("’", "'")
    return name[-1].lower()


def _misspelling_of(word: str, by_initial: dict[str, list[str]]) -> str | None:
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
def _lone_word(word: str) -> tuple[str, bool]:
    """A lone capitalised word as the lexicons spell it ("Noem’s" -> "noem"), and whether it is an
    acronym ("IMF"); remembered, since every article opens sentences with the same words."""
    bare = _without_possessive(word).rstrip(".")
    return bare.lower().replace("’", "'"), bare.isupper() and len(bare) > 1


def _without_possessive(word: str) -> str:
    if word[-1:] not in ("s", "'", "’"):
        return word  # the usual case, answered without trying each ending
    for ending in ("'s", "’s", "'", "’"):
        if word.endswith(ending) and len(word) > len(ending) + 1:
            return word[: -len(ending)]
    return word


def _is_initial(word: str) -> bool:
    """"J." or "G.K.": initials, whose period does not end a sentence."""
    return len(word) >= 2 and len(word) % 2 == 0 and all(
        word[index].isupper() and word[index + 1] == "." for index in range(0, len(word), 2))


def _is_title_word(word: str) -> bool:
    return word in load_lexicon("titles") or (word.endswith("s") and word[:-1] in load_lexicon("titles"))


def _gender_of_word(word: str) -> Gender | None:
    gender = load_mapping("honorifics").get(word) or load_mapping("gendered_words").get(word)
    return gender if gender in ("female", "male") else None  # type: ignore[return-value]


def _likely_gender(cast: _Cast, entity: str) -> Gender | None:
    """The gender the text gives a person, else the one their given name suggests: for choosing
    between antecedents only, never reported (see lexicons/given_name_genders.txt)."""
    return _gender_from_votes(cast, entity, prior=load_mapping("given_name_genders").get(entity.partition(" ")[0]))


def _gender_from_votes(cast: _Cast, key: str, prior: str | None = None) -> Gender | None:
    """The gender most of the evidence for a person says, with `prior` worth `_NAME_PRIOR` votes."""
    votes = cast.votes.get(key, {})
    female = votes.get("female", 0) + (_NAME_PRIOR if prior == "female" else 0)
    male = votes.get("male", 0) + (_NAME_PRIOR if prior == "male" else 0)
    return "female" if female > male else "male" if male > female else None


def _is_plural(token: Token) -> bool:
    lower = token.lower
    return lower in load_lexicon("group_words") or (lower.endswith("s") and not lower.endswith("ss") and len(lower) > 3)


def _outside(spans: list[tuple[int, int]], items: Iterable[_Item], position: Callable[[_Item], int]) -> Iterator[_Item]:
    """The items whose position falls outside every span; items and spans both in text order, so one
    sweep passes each span once."""
    index = 0
    for item in items:
        at = position(item)
        while index < len(spans) and spans[index][1] <= at:
            index += 1
        if index == len(spans) or spans[index][0] > at:
            yield item
