"""The cast of one article: the people, organisations and groups it names, built once, then frozen.

Every capitalised name outside quotes is indexed (`quotes.names` reads each chain), and the names of
one entity are linked: "US Homeland Security Secretary Kristi Noem", "Noem" and "Ms. Noem" are one
person. Then one pass over the article resolves its personal pronouns, in the spirit of
salience-based resolvers (Lappin & Leass 1994): each person named or referred to gains salience, more
as a sentence's subject or a quote's speaker, and loses it with distance; a pronoun goes to the most
salient person whose gender fits. Gender comes from evidence in the text only (Mr./Ms., gendered role
words, pronouns that can only point back to one person); a given name only breaks ties between
antecedents (`quotes.entities` links the names and keeps that evidence). `quotes.speakers` reads the
finished `Cast` to resolve each speaker mention.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from operator import itemgetter
from types import MappingProxyType
from typing import TypeVar

from .chains import find_chains
from .companies import Companies, after_amount, business_before, described_as_company, firm_of_agents, in_ticker, is_listed, listed_here, listed_names, owned_by_company, \
    speaks_of_its_own
from .entities import Known, Votes, acting_entity, gender_from_votes, likely_gender, link_names
from .lexicons import lexicon_alternation, load_lexicon, load_lexicons, load_mapping
from .model import Gender, Quote, overlaps_any
from .names import Named, gender_of_word, is_legal_form, lone_word, misspelling_of, name_prior, \
    not_name_starts, of_common_words, parse_name, placed_member, surnames_by_initial, title_words_before, without_opening_participle, without_possessive
from .reported import asks
from .reporters import ruled_out_by_content
from .tokens import after_dateline
from .wordclass import agent_endings, can_be_verb, is_describer, is_given_name, is_noun, is_plural, is_title_word, marks_a_person, speech_cue, world_given_names

__all__ = ["ANTECEDENT_REACH", "NEXT_WORD", "SENTENCE_BREAK", "Cast", "build_cast", "fits_title", "office_holder", "owner_in_clause"]

_PARENTHESISED_ACRONYM = re.compile(r"\(([A-Z][A-Z.&]{1,9})\)")  # "(IMF)", after the name it stands for
_ACRONYM_REACH = 120
# he, him, his, himself, she, her, hers, herself. Written to start with its letter in both cases, and
# case-blind only after it, so the engine skips to h and s (twice as fast as re.IGNORECASE throughout).
_PERSONAL_PRONOUN = re.compile(r"[hHsS](?<!\w[hHsS])(?:(?<=[hH])(?i:e|im|is|imself|er|ers|erself)|(?<=[sS])(?i:he))\b")
_SENTENCE_START = re.compile(r"(?:^|[.!?…:\n][\"'”’)]*)\s*$")
_OWNED_ROLE_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*['’]s|\b(?i:his|her|their))(?:[ \t]+[a-z][\w-]*)?[ \t]+([a-z][\w-]*)(,?)[ \t]+$")  # "Sandhu's son, "
_TOPIC_OPENING = re.compile(r"(?:^|[.!?…:\n][\"'”’)]*)\s*(?:As[ \t]+for|For)[ \t]+$")  # "For ", "As for " opening a sentence
_TEAM_ROLE_BEFORE = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,2}[ \t]+([a-z]+)[ \t]+$")  # "Celtics guard "
_QUALIFIER_GAP = re.compile(r"(?:[’']s)?(?:[ \t]+[a-z][a-z-]*){1,3}[ \t]+")  # " communication director "
_VERB_REACH = 24  # characters either side of a name read for a speech verb
_LAST_WORD = re.compile(r"([a-z]+)\W+(?:[\w.’'-]+[’']s\s+)?$")
_FIRST_WORD = re.compile(r"[\s,]+([a-z]+)")
_HELD_BEFORE = re.compile(r"\b([A-Za-z]+)-?[ \t]*$")  # the word right before a title: "former ", "ex-"
_HELD_REACH = 12
_AGE = re.compile(r"\d+-year-old")  # "the 23-year-old": a person, by age
_CLOSING_COMMA = re.compile(r"[^,.;:!?\n]{0,60},")  # what closes an apposition: " at Rutgers University,"
NEXT_WORD = re.compile(r"[ \t]+([a-z]+)\b")  # the lower-case word right after a name
_VOTE_REACH = 200  # a pronoun this close after exactly one person is evidence of that person's gender
ANTECEDENT_REACH = 2500  # how far back a pronoun or a description looks for its person
_DECAY = 400.0  # characters over which a person's salience falls by one
_SUBJECT = 1.0  # salience for being named at the start of a sentence
_SPEAKER = 0.5  # salience for being the speaker of a quote
_PRONOUN_SUBJECT = 1.0  # salience kept by a person a sentence-initial pronoun points to
_UNSURE_NAME = -0.5  # a capitalised name with no sign of being a person ("Claire Moreau") may still be one
_UNKNOWN_GENDER = -0.6
_NEW_SUBJECT_MARGIN = 0.1  # how far a person named as a sentence's subject outranks everyone before
_SALIENCE_CAP = 1.5  # what repeated pronouns can build up: a newly named subject still wins
# A sentence's opening phrase up to the comma before its subject: "On Tuesday's show, " / "In her
# 2003 book, Living History, " (the phrase starts after a sentence end or a line break).
_OPENING_PHRASE = re.compile(r"(?:^|[.!?…][\"'”’)]*\s+|\n\s*)([A-Z][a-z]+)(?![\w'’-])[^.!?\n\"“”]*,[ ]$")  # (not "Under-pressure")
_OPENING_REACH = 120
_ROLE_OWNED = re.compile(r"(?:[ \t]+[a-z][\w-]*){1,3}, [A-Z]")  # "(Hallam's) new captain, J"
# A role of a few words opening the sentence, then its comma: "The captain, " / "Hallam's new captain, ".
_OPENING_ROLE = re.compile(r"(?:^|[.!?…][\"'”’)]*\s+|\n\s*)[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,3}?[ \t]+([A-Za-z][\w-]*), $")
_CLAUSE_BUT = re.compile(r"[,;]?[ \t]but[ \t]+$")  # a clause "but" opens inside a sentence: its subject follows
_ARTICLE_BEFORE = re.compile(r"(?i:\b(?:the|a|an))[ \t]+$")  # a given name after an article names no one
_AGE_AFTER = re.compile(r",[ \t]+\d{1,3},")  # "Amara[, 38,]": an age set off after a name
_DAY_AFTER = re.compile(r"\.?[ \t]+\d")  # "Jan[ 26]", "Jan[. 26]"
_WHO_AFTER = re.compile(r",[ \t]+who\b")  # "DiCaprio, who lost out": a person, as "which" would be a thing
_CAPITALISED_RUN = re.compile(r"[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*)*")
# A clause saying that a person named in full for the first time spoke: "with Hillary Clinton — who's
# called for ... — lambasting", "Loretta E. Lynch, who told Congress" (group 1: its verb)
_SPOKE_AFTER = re.compile(r"[ \t]*(?:,|—|–|--)[ \t]*who(?:['’]s|[ \t]+(?:has|have|had))?(?:[ \t]+[a-z]+ly)?[ \t]+([a-z]+)")
# Where a subject opens its clause: a sentence's start, or after an opening phrase's comma ("During the
# primaries, the Times gave")
# A sentence opening with a body its owner names: "Donald Trump's campaign is" (groups: the owner,
# their surname, the body's noun, the verb)
SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"“‘]?[A-Z])|\n")  # roughly: a stop before a capital
_NAMED_OFTEN = 0.5  # salience an epithet gives per doubling of how often a person was named
_UNREAD = object()  # a gender not looked up yet
_Item = TypeVar("_Item")


@dataclass(frozen=True, slots=True)
class Cast:
    """The people and organisations an article names, in text order, and what the text says of them.

    Built once by `build_cast`; nothing changes it afterwards (the mappings are read-only views).
    """

    named: tuple[Named, ...]
    starts: tuple[int, ...]  # where each name starts, for bisecting
    full_names: Mapping[str, tuple[tuple[str, ...], ...]]  # by entity, in the order first written
    titles: Mapping[str, tuple[str, ...]]  # by entity: the fullest title the article gives
    votes: Mapping[str, Mapping[str, int]]  # by entity: the gender evidence
    pronouns: Mapping[int, str]  # pronoun (or description) offset -> the entity it points to
    acronyms: Mapping[str, str]  # "IMF" -> "International Monetary Fund"
    # Lone words written as a company's ("microsoft": "Microsoft's shares"), found when first asked for:
    # only a lone name that speaks needs them.
    companies: Callable[[], frozenset[str]] = frozenset

    def expand(self, name: str | None) -> str | None:
        """An organisation's acronym as the full name the article spelled out for it."""
        return self.acronyms.get(name, name) if name else name

    def gender(self, entity: str) -> Gender | None:
        """The gender the text's evidence gives a person, if any (what the reports say)."""
        return gender_from_votes(self.votes, entity)

    def company_begun_by(self, name: tuple[str, ...], key: str, before: int, *, legal_form: bool = False) -> Named | None:
        """The organisation named before `before` whose name begins with `name`, which names no person:
        "Microsoft", "Echo Bay" after "Microsoft Corp", "Echo Bay Mines Ltd", "Philips" after "NV Philips
        Gloeilampenfabrieken"; else a club's name ending in it ("United": "Manchester United"), or a firm's
        named after a person, after the given name ("Lilly": "Eli Lilly and Co"). Not
        "Trump" after the Trump Organization, when the article also names Donald Trump. With `legal_form`, only a name
        ending in a company's legal form: a person's name ("Merrill Lynch" is "Merrill Lynch and Co",
        "Muhammad Ali" no "Muhammad Ali Center")."""
        size, ordinals = len(name), load_lexicon("ordinals")
        whole = next((each for each in self.named if each.kind == "organization" and len(each.name) > max(1, size) and (
                      each.name[:size] == name or ((each.name[0].lower() in ordinals or is_legal_form(each.name[0]))
                                                   and each.name[1:size + 1] == name))  # ("First Interstate", "NV Philips")
                      and each.start < before and (
                          not legal_form or is_legal_form(each.name[-1]))), None) or next((  # "United": the club "Manchester United"
            each for each in self.named if size == 1 and len(each.name) > 1 and each.start < before and each.kind == "organization" and (
                (each.name[-1] == name[0] and name[0].lower() in load_lexicon("club_suffixes"))
                or (len(each.name) > 2 and each.name[1] == name[0] and is_given_name(each.name[0])))), None)  # ("Lilly": "Eli Lilly and Co")
        person = whole is not None and any(len(each.name) > 1 and each.key == key and each.kind in ("person", "unknown")
                                           and each.name != name for each in self.named)
        return None if person else whole

    def known_before(self, before: int) -> Known:
        """What was known of the names before `before` (for a mention parsed on its own)."""
        known = Known()
        for named in self.named[:bisect_left(self.starts, before)]:
            if named.kind in ("person", "unknown"):
                known.add(named, named.entity)
        return known


def build_cast(text: str, quotes: Sequence[Quote], body_start: int = 0) -> Cast:
    """Index every capitalised name outside quotes, link the names of one person (Kristi Noem, Noem,
    Ms. Noem), then resolve every personal pronoun outside quotes.

    `body_start` is where the names are read from (after a headline in title case).
    """
    # Names after the last speaker mention cannot be antecedents, so the scan stops there.
    reach = max(quote.mention_end or 0 for quote in quotes)
    interiors = sorted([(quote.start, quote.end) for quote in quotes
                        if (quote.is_own_words or quote.kind == "scare") and quote.closed]
                       + _page_furniture(text, reach))
    # (reported speech is the writer's words: its names and pronouns are read like the narration's; so
    # is an unclosed quote, which may be a stray mark before narration or a block of quoted reporting)
    named, full_names, titles, votes = link_names(text, _index_names(text, interiors, min(body_start, reach), reach))
    surnames = {each.key for each in named if len(each.name) > 1 and each.kind in ("person", "unknown")}
    companies = Companies(text, frozenset(surnames))  # (not "Pesch takeover bid" after "LeRoy Pesch")
    starts = [each.start for each in named]
    # (the "he" of reported speech adds no salience: a run of "he noted", "he told" would outweigh a
    # person named since, as the speaker of the reported speech named by name adds to it)
    speakers = sorted((quote.mention_start, quote.mention_end) for quote in quotes if quote.mention_start is not None
                      and not (quote.kind == "indirect" and (quote.mention or "").lower() in load_mapping("pronouns"))
                      and not asks(quote))  # (who asks "was asked by X whether": the one asked answers)
    definite, holders = _descriptions(text, quotes, named, starts, titles)
    descriptions = [(start, gender_of_word(_last_word(mention))) for start, mention in definite]
    reporters = ruled_out_by_content(text, quotes, named, starts)
    pronouns, votes = _resolve_pronouns(text[:reach], named, starts, votes, interiors,
                                        speakers, descriptions, holders, reporters)  # type: ignore[arg-type]
    return Cast(tuple(named), tuple(starts), MappingProxyType({entity: tuple(names) for entity, names in full_names.items()}),
                MappingProxyType(titles), MappingProxyType(votes), MappingProxyType(pronouns),
                MappingProxyType(_acronyms(text, reach, named)), companies)


def _descriptions(text: str, quotes: Sequence[Quote], named: Sequence[Named], starts: Sequence[int],
                  titles: Mapping[str, tuple[str, ...]]) -> tuple[list[tuple[int, str]], dict[int, str]]:
    """The speaker mentions that describe a person ("the senator", and "the owner" where the text
    shows someone owning: a role no list holds), and whom each names where a title or an act says so."""
    definite: list[tuple[int, str]] = []
    holders: dict[int, str] = {}
    for quote in quotes:
        mention, start = quote.mention, quote.mention_start
        if not mention or start is None:
            continue
        person, role = _is_definite_person(mention), _last_word(mention).lower()
        acting = None if person or not (mention.lower().startswith("the ") and role.endswith(agent_endings())) \
            else acting_entity(text, role, start, named, starts, ANTECEDENT_REACH)
        if person or acting is not None:
            definite.append((start, mention))
            holder = _titled_entity(mention, start, named, starts, titles) or acting or (
                acting_entity(text, role, start, named, starts, ANTECEDENT_REACH) if person else None)
            if holder is not None:
                holders[start] = holder
    return definite, holders


def _page_furniture(text: str, reach: int) -> list[tuple[int, int]]:
    """Caption and link lines ("Photo: ...", "READ MORE: ...") and photo credits ("(Lisa Moreau/The
    Gazette)"): their names are not the story's people, and no pronoun of the story points to them."""
    lines, credits = _furniture()
    found = [match.span() for match in lines.finditer(text, 0, reach)]
    if "(" not in text:
        return found
    # Two scans, each opening with what the engine can skip to, cost half of one scan of both: a
    # credit inside a caption line is part of the line
    spans: list[tuple[int, int]] = []
    for span in sorted(found + [match.span() for match in credits.finditer(text, 0, reach)]):
        if not spans or span[0] >= spans[-1][1]:
            spans.append(span)
    return spans


@cache
def _furniture() -> tuple[re.Pattern[str], re.Pattern[str]]:
    labels = "(?i:" + lexicon_alternation("caption_labels") + "|" + lexicon_alternation("link_labels") + ")"
    return (re.compile(rf"^[ \t]*{labels}[ \t]*[:|][^\n]*", re.MULTILINE),
            re.compile(rf"\((?:{labels}:?[ \t]*)?[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)+[ \t]*/[ \t]*[^()\n]{{1,40}}\)"))


def _index_names(text: str, interiors: list[tuple[int, int]], start: int, reach: int) -> list[Named]:
    """Every name outside quotes in text order, parsed; a lone capitalised word only when the article
    also uses it as a name ("Noem" after "Kristi Noem"; "Reuters", "IMF", "Claire"; not "Orlando"
    nor "Nonetheless"), or misspells a surname it named ("Wines" after "Leslie Wimes")."""
    skip, listed = not_name_starts(), listed_names(text)  # (names before a stock ticker: a company's)
    found: list[Named] = []
    lone: list[tuple[int, str]] = []  # single capitalised words, kept only if they turn out to be names
    for chain_start, chain in _off_datelines(text, _outside(interiors, find_chains(text, start, reach), itemgetter(0))):
        if chain.lower() in skip or in_ticker(text, chain_start) or after_amount(text, chain_start):
            continue  # (a ticker, "Baker International Corp <BKO>", "(NYSE: ACW)", is no mention of anyone;
            # "<Dart Group Inc>", a wire's unlisted company, is; nor a currency: "16.8 billion [U.S. Dlrs]")
        chain_start, chain = without_opening_participle(text, chain_start, chain)
        owned = owned_by_company(text, chain_start)  # "Shares in [X]"
        if " " not in chain and "\t" not in chain:
            lone.append((chain_start, chain))
            continue
        named = parse_name(chain)
        if named is not None:
            title = named.title
            if not title and named.kind in ("person", "unknown") and named.start == 0:
                title = title_words_before(text, chain_start)  # "presidential nominee Donald Trump"
            kind = "organization" if ((owned or listed_here(named, listed, found)) and named.kind == "unknown") or (not title and named.gender is None and (
                business_before(text, chain_start, chain, named) or described_as_company(text, chain_start + named.end))) or (named.kind in ("unknown", "person") and firm_of_agents(title, named.name)) else named.kind
            if kind == "unknown" and (title or _set_off_by_role(text, chain_start + named.start, chain_start + named.end) or (
                    _beside_speech_verb(text, chain_start + named.start, chain_start + named.end)
                    and not of_common_words(named.name) and not placed_member(named.name))):
                kind = "organization" if not title and (_opens_with_place_code(named.name) or speaks_of_its_own(
                    text, chain_start + named.end)) else "person"  # a name that speaks is a person's, but no person's
                # name opens with a country's code ("UK Coal said"), nor does one report about "its" own things
            found.append(Named(chain_start + named.start, chain_start + named.end, named.name, title,
                                   named.gender, kind, named.key))
    surnames = {named.key for named in found if named.kind in ("person", "unknown")}
    given_here, voiced, people_given = _given_names_here(found)
    organizations = load_lexicon("organization_words")
    given = load_lexicon("given_names")
    by_initial = surnames_by_initial(surnames)
    for start, word in lone:
        lower, acronym = lone_word(word)
        article = lower in given and _ARTICLE_BEFORE.search(text, max(0, start - 5), start) is not None
        if article and lower not in organizations:
            continue  # "when [the Bill] is debated", after "the Gambling Bill": no person's name
        company = lower not in surnames and (is_listed((lower,), listed) or described_as_company(text, start + len(word)) or (
            lower not in given and speaks_of_its_own(text, start + len(word))))  # ("Nintendo said its ...")
        known = company or lower in surnames or ((lower in given or lower in given_here) and not article) or lower in load_lexicon("acronym_words") or (
            lower in organizations and not _opens_a_noun_phrase(text, start, word))  # (not "the [Oscar] ceremony")
        titled = not acronym and not company and _titled_alone(text, start, word)
        described = not known and not acronym and _described_alone(text, start, word, lower, titled, people_given)
        misspelt = None if known or described else misspelling_of(lower, by_initial)
        if known or acronym or misspelt or described:
            named = parse_name(word) or (_surname_alone(word, lower) if lower in surnames and not acronym else None)
            if named is not None:
                speaks = (bool(misspelt) or lower in voiced) and lower not in load_lexicon("first_person") \
                    and _beside_speech_verb(text, start + named.start, start + named.end)  # "McLenney said"
                found.append(Named(start + named.start, start + named.end, named.name, named.title, named.gender,
                                       "organization" if company else "person" if (described or speaks or titled or lower in given_here)
                                       and named.kind == "unknown" else named.kind,
                                       misspelt or named.key))
    found.sort(key=lambda named: named.start)
    return found


def _set_off_by_role(text: str, start: int, end: int) -> bool:
    """"The island's trustee, Lise Ouellette, isn't satisfied", "Mina Castell, a volunteer, said": a
    name set off by commas beside a role is a person's, whatever our lexicons hold of its given name."""
    if _role_set_off_after(text, end):
        return True
    role = _OPENING_ROLE.search(text, max(0, start - _OPENING_REACH), start)
    return role is not None and text.startswith(",", end) and is_title_word(role.group(1).lower()) \
        and not is_plural(role.group(1).lower())  # (not "The study by US researchers, Pew Internet,")


def _given_names_here(found: Sequence[Named]) -> tuple[set[str], set[str], set[str]]:
    """Of the full names found whose given name has a clear gender: the given names of the people
    ("Brianna" after "Brianna Tuplin"; not "Thai" after "Thai Farmers"), and the surnames of any
    ("said Whitebird" after "Jasmine Whitebird", a given name that is a word too; not "Zaire" after
    "Western Zaire"), which a lone word beside a speech verb makes a person; and the given names of
    every person named in full, of whatever gender ("Amara said" after "Amara Okeke"), that opens no
    organisation's name too."""
    gendered = [named for named in found if named.kind in ("person", "unknown") and len(named.name) > 1 and name_prior(named.name[0].lower())]
    bodies = {named.name[0].lower() for named in found if named.kind == "organization"}  # ("Merrill" of "Merrill Lynch Capital Partners")
    return ({named.name[0].lower() for named in gendered if named.kind == "person"},
            {named.key for named in gendered if named.key not in load_lexicon("places")},
            {named.name[0].lower() for named in found if named.kind == "person" and len(named.name) > 1} - bodies)


def _described_alone(text: str, start: int, word: str, lower: str, titled: bool, people_given: set[str]) -> bool:
    """A lone word in no list that the text shows to be a person's name: a role set off after it or
    before it, a "who", an age ("Amara, 38, had been"), or the given name of someone named in full
    beside a speech verb ("Amara said", after "Amara Okeke")."""
    end = start + len(word)
    return _role_set_off_after(text, end) or titled or _who_after(text, start, word) or _set_off_after_role(text, start, word) \
        or _AGE_AFTER.match(text, end) is not None or (lower in people_given and _beside_speech_verb(text, start, end))


def _surname_alone(word: str, key: str) -> Named:
    """"Houston said" after "Premier Tim Houston", "May" after "Theresa May": a person's surname that is
    also a place's or a month's name, alone, names the person the article named in full (`key`: the
    surname as `lone_word` spells it)."""
    bare = without_possessive(word).rstrip(".")
    return Named(0, len(bare), (bare,), (), None, "unknown", key)


def _who_after(text: str, start: int, word: str) -> bool:
    """"Funaro, who told reporters", "Hassel says Juninho, who has just bought a home": a lone word a
    relative "who" follows is a person's name; not the object of a preposition ("the owners of Rover,
    who"), a noun after an article ("the Filipinos, who") or an apposition ("McClure, R-Idaho, who"),
    which "who" may look past."""
    if _WHO_AFTER.match(text, start + len(word)) is None:
        return False
    before = text[max(0, start - _VERB_REACH):start].rstrip()
    previous = _LAST_WORD.search(text, max(0, start - _VERB_REACH), start)
    return not before.endswith(",") and not (previous is not None and previous.group(1) in load_lexicons("head_prepositions", "articles"))


def _role_set_off_after(text: str, end: int) -> bool:
    """"Solberg[, the team's owner,] still worries": a lone word a role describes between commas is a
    name, whatever our lexicons hold (a person's surname, most often)."""
    role = _appositive_role().match(text, end)
    return role is not None and is_title_word(role.group(1))


def _set_off_after_role(text: str, start: int, word: str) -> bool:
    """"Sandhu's son, Manjit, said", "her husband, Manjit,": a lone word set off by commas after an
    owner's role names that person, whatever our lexicons hold; so does one right after a kin's or a
    gendered role ("Haidari's brother Jawed said")."""
    role = _OWNED_ROLE_BEFORE.search(text, max(0, start - _VERB_REACH * 2), start)
    if role is None or not is_title_word(role.group(1)):
        return False
    return text.startswith(",", start + len(word)) if role.group(2) else gender_of_word(role.group(1)) is not None


def _titled_alone(text: str, start: int, word: str) -> bool:
    """"Arsenal's Brazilian midfielder Edu": a lone word a role word comes right before names a person,
    as "Donald Trump" after "nominee" does; not one that qualifies the noun after it ("the official
    Antara news agency"), nor a people's adjective after one that is no role ("a major Canadian")."""
    title, following = title_words_before(text, start), NEXT_WORD.match(text, start + len(word))
    return bool(title) and not is_describer(title[-1].lower()) and not (following and is_noun(following.group(1))) \
        and word.lower() not in load_lexicons("demonyms", "nationality_adjectives", "places", "organization_words")


def _introduced(text: str, named: Named) -> bool:
    """Whether a first naming brings a person in as the story's next voice: in full, with a role or a
    clause saying they spoke after the name."""
    return len(named.name) > 1 and (_role_follows(text, named.end) or _speaks_in_clause_after(text, named.end))


def _speaks_in_clause_after(text: str, end: int) -> bool:
    """"Loretta E. Lynch, who told Congress": a person introduced as a voice, as a role introduces one
    (not "Gonzalo Curiel, who was born": an aside about someone)."""
    clause = _SPOKE_AFTER.match(text, end)
    return clause is not None and speech_cue(clause.group(1)) > 0


def _role_follows(text: str, end: int) -> bool:
    """"Henry Oduya, president of the council": a person introduced in full with a role, the way news
    brings in its next voice (a role word heads the words up to a preposition or a comma). Unlike
    `_role_set_off_after`, the role needs no article and no closing comma."""
    role = _role_after().match(text, end)
    return role is not None and is_title_word(role.group(1).split()[-1])


@cache
def _role_after() -> re.Pattern[str]:
    """A few lower-case words after a name's comma, up to a preposition or punctuation (group 1)."""
    prepositions = "(?:" + lexicon_alternation("role_prepositions") + "|" + lexicon_alternation("phrase_prepositions") + ")"
    return re.compile(rf",[ \t]+([a-z][\w'’-]*(?:[ \t]+[a-z][\w'’-]*){{0,3}}?)(?=[ \t]+{prepositions}\b|[,.;])")


@cache
def _appositive_role() -> re.Pattern[str]:
    """A role set off after a name: ", the team's owner," / ", a volunteer coordinator," (group 1: its head)."""
    return re.compile(rf",[ \t]+(?:{lexicon_alternation('articles')}|[A-Z][\w'’-]*['’]s)(?:[ \t]+[a-z][\w'’-]*){{0,3}}?"
                      rf"[ \t]+([a-z][\w-]*),")


def _opens_a_noun_phrase(text: str, start: int, word: str) -> bool:
    """"Company spokesperson Lise Tremblay", "Ministry officials said": a common noun capitalised only
    because it opens a sentence, modifying the lower-case noun after it, names no organisation."""
    if not _SENTENCE_START.search(text, max(0, start - 4), start):
        return False
    following = NEXT_WORD.match(text, start + len(word))
    return following is not None and is_noun(following.group(1)) and is_noun(word.lower())


def _shaped_like_a_person(name: Sequence[str]) -> bool:
    """"Hermi Okafor" opening a sentence: a given name and a surname in no list, neither of them an
    English word or a place ("Trump Tower", "Scarborough Shoal" and "Right Wing Watch" are not). Such
    a subject is weighed as a person when a pronoun looks back, whatever our lexicons hold."""
    return len(name) == 2 and all(
        word[:1].isupper() and word[1:].islower() and word.isalpha() and not word.endswith("ing")  # not "Finding Neverland"
        and not is_noun(word.lower()) and not can_be_verb(word.lower()) and word.lower() not in load_lexicon("places")
        for word in name)



def _pronoun_candidates(text: str, named: Sequence[Named]) -> list[Named]:
    """The names a pronoun may point back to: persons (not an office apposed to one), and names of
    unknown kind that are not common words ("Main Street", "New Labour")."""
    return [each for index, each in enumerate(named) if (each.kind == "person" and not _apposed_office(
        text, each, named[index - 1] if index else None)) or (each.kind == "unknown" and not of_common_words(each.name))]


def _apposed_office(text: str, item: Named, previous: Named | None) -> bool:
    """"Steve Chang, [Professor of Food Science] at Rutgers, said": an office of common words set off
    by commas after a person's name is that person's, no one else for a pronoun to point back to."""
    return previous is not None and previous.kind == "person" and text[previous.end:item.start].strip() == "," \
        and _CLOSING_COMMA.match(text, item.end) is not None and of_common_words(item.name)


def _opens_with_place_code(name: Sequence[str]) -> bool:
    """"UK Coal", "US Steel", "American Express": a name whose first word is a place written in
    capitals or a people's adjective, and with no given name in it (not "U.S. Trade Represenative
    Clayton Yeutter", a title misspelt; nor "Finn Russell")."""
    given = load_lexicon("given_names")
    first = name[0].lower() if name else ""
    return len(name) > 1 and ((name[0].isupper() and first in load_lexicon("places")) or first in load_lexicon("demonyms")) \
        and not any(word.lower() in given or word.lower() in world_given_names() for word in name)


def _off_datelines(text: str, chains: Iterable[tuple[int, str]]) -> Iterator[tuple[int, str]]:
    """The chains that are not part of a dateline ("ESCHBORN, West Germany, March 2 - "): page
    furniture names no one. Only a chain opening a line can open one, so only those are tried. Nor
    is a month's short name before a day ("announced Jan 26"; "Jan" is a given name too)."""
    dateline_end = -1
    for chain_start, chain in chains:
        if chain_start < dateline_end or (f"{chain.lower().rstrip('.')}." in load_lexicon("months") and _DAY_AFTER.match(
                text, chain_start + len(chain)) is not None):
            continue
        if chain_start == 0 or text[chain_start - 1] == "\n":
            dateline_end = after_dateline(text, chain_start)
            if dateline_end > chain_start:
                continue
        yield chain_start, chain


@cache
def _acronym_name() -> re.Pattern[str]:
    """The capitalised name right before "(IMF)", with the small words inside it (lexicon
    acronym_name_words): "International Monetary Fund", "Commission on Presidential Debates"."""
    return re.compile(rf"(?:[A-Z][\w&’'-]*[ \t]+(?:{lexicon_alternation('acronym_name_words')}[ \t]+)*){{1,8}}$")


def _acronyms(text: str, reach: int, named: Sequence[Named]) -> dict[str, str]:
    """Acronyms and the organisations they stand for: "the International Monetary Fund (IMF)", and
    "the IMF" after "the International Monetary Fund" with no "(IMF)" written."""
    acronyms: dict[str, str] = {}
    for parenthesis in _PARENTHESISED_ACRONYM.finditer(text, 0, reach):
        match = _acronym_name().search(text, max(0, parenthesis.start() - _ACRONYM_REACH), parenthesis.start())
        if match is None:
            continue
        words, acronym = match.group().split(), parenthesis.group(1).replace(".", "")
        while words and words[0].lower() in load_lexicon("articles"):
            words = words[1:]
        words = [*words[:-1], without_possessive(words[-1])] if words else words  # "Deutsche Boerse's (DB) shares"
        initials = [word[0] for word in words if word[0].isupper()]
        if words and initials and initials[0] == acronym[0] and len(acronym) <= len(initials) + 1:
            acronyms.setdefault(acronym, " ".join(words))
    for each in named:
        if each.kind == "organization" and len(each.name) > 2:
            letters = "".join(word[0] for word in each.name if word[0].isupper())
            if len(letters) > 2:
                acronyms.setdefault(letters, " ".join(each.name))
    return acronyms


def _resolve_pronouns(text: str, named: Sequence[Named], starts: Sequence[int], votes: Votes, interiors: list[tuple[int, int]],
                      speakers: list[tuple[int, int]], descriptions: Sequence[tuple[int, Gender | None]],
                      holders: Mapping[int, str], reporters: Mapping[int, frozenset[str]]) -> tuple[dict[int, str], Votes]:
    """One pass over names and pronouns in text order, keeping each person's salience (see module doc).

    Returns the entity each pronoun (and each definite description of a person) points to, and the
    gender evidence with the pronouns' votes added: each resolved pronoun is also evidence of its
    person's gender, for the pronouns after it.
    """
    meaning = load_mapping("pronouns")
    pronouns = [(match.start(), meaning[match.group().lower()])
                for match in _outside(interiors, _PERSONAL_PRONOUN.finditer(text), re.Match.start)]
    people = _pronoun_candidates(text, named)
    votes = _with_pronoun_votes(votes, pronouns, people, named, starts)
    resolved: dict[int, str] = {}
    salience: dict[str, tuple[float, int]] = {}  # entity -> (weight, position)
    genders: dict[str, Gender | None | object] = {}  # entity -> its likely gender, until a vote changes it
    seen: Counter = Counter()  # entity -> times named so far
    # A definite description of a person ("the senator" with no senator named) is resolved like a
    # pronoun, to the most salient person; its gender is that of its role word, if it has one.
    events = _events(people, pronouns, descriptions)
    # "Okafor communication director Julia Brandt said", "Outside court, Haidari's brother Jawed said"
    # (an owner after an opening phrase): the sentence's subject is Brandt, whom the first name only qualifies.
    qualifiers = {each.start: following.start for each, following in zip(people, people[1:])
                  if _qualifies(text, each.end, following.start) and (_SENTENCE_START.search(text, max(0, each.start - 4), each.start) or (
                      text.startswith(("'s", "’s"), each.end) and _opens_sentence(text, each.start, each.title)))}
    qualified = set(qualifiers.values())
    last_named = -1  # where the last person was named
    for position, event, item, gender in events:
        subject = position in qualified or (
            position not in qualifiers and _opens_sentence(text, position, item.title if item is not None else ()))
        if event == 2:
            best = _described(holders.get(position), votes, salience, position, gender, seen, subject)
            if best is not None:
                resolved[position] = best
        elif item is not None:
            speaking = overlaps_any(speakers, item.start, item.end)
            weight = (_SUBJECT if subject else 0.0) + (_SPEAKER if speaking else 0.0) + (_UNSURE_NAME if item.kind == "unknown" and not (
                subject and _shaped_like_a_person(item.name)) else 0.0)
            leads = speaking and speakers[bisect_left(speakers, (item.end,)) - 1][0] > last_named  # the mention's first person
            last_named = item.start if item.kind == "person" else last_named
            introduced = not seen[item.entity] and _introduced(text, item)  # even as an object
            if (subject or leads or introduced) and item.kind == "person" and (item.title or likely_gender(votes, item.entity)):
                # a person newly named as a sentence's subject or its speaker ("Lawson would ..., Funaro said") is its centre,
                weight = max([weight, *(_decayed(entry, position) + _NEW_SUBJECT_MARGIN for entity, entry in salience.items()
                                        if entity != item.entity)])  # not outweighed by a run of "he said" before it
            seen[item.entity] += 1
            previous = salience.get(item.entity)
            salience[item.entity] = (max(weight, _decayed(previous, position) if previous else weight), item.end)
        elif gender is not None:  # a pronoun
            best, compatible = _antecedent(votes, salience, genders, position, gender, reporters.get(position))
            if best is not None:
                resolved[position] = best
                if compatible == 1:  # only an unambiguous pronoun is evidence of its person's gender
                    votes[best][gender] += 1
                    genders.pop(best, None)
                speaking = overlaps_any(speakers, position, position + 3)
                salience[best] = (min(_decayed(salience[best], position) + (_PRONOUN_SUBJECT if subject else 0.0)
                                      + (_SPEAKER if speaking else 0.0), _SALIENCE_CAP), position)
    return resolved, votes


def office_holder(cast: Cast, modifiers: Sequence[str], role: str, before: int) -> Named | None:
    """The person last titled with the office a description names by its `role` and the words before
    it: "the shadow chancellor" is the Shadow Chancellor, never the Chancellor; "the prime minister" is
    no "Aid Minister" (both have modifiers, and they share none); "the minister" is any minister."""
    abbreviations, subordinate = load_mapping("title_abbreviations"), load_lexicon("subordinate_titles")
    office = {word for word in modifiers if word in subordinate}
    described = {word for word in modifiers if word not in subordinate
                 and word not in load_lexicons("articles", "determiners", "possessive_pronouns")}
    index = bisect_left(cast.starts, before) - 1
    while index >= 0 and before - cast.named[index].end <= ANTECEDENT_REACH:
        candidate = cast.named[index]
        index -= 1
        title = candidate.title or cast.titles.get(candidate.entity, ())
        words = {word.lower() for word in title[:-1]}
        if candidate.kind == "person" and title and abbreviations.get(title[-1].rstrip(".").lower()) == role \
                and words & subordinate == office and (described & words or not described or not words - subordinate):
            return candidate
    return None


def _events(people: Sequence[Named], pronouns: Sequence[tuple[int, str]],
            descriptions: Sequence[tuple[int, Gender | None]]) -> list[tuple[int, int, Named | None, str | None]]:
    """Names, pronouns and descriptions in text order: (position, 0 for a name / 1 for a pronoun / 2 for a
    description, the person named, the gender of the pronoun or description)."""
    return sorted([(each.start, 0, each, None) for each in people] + [(start, 1, None, gender) for start, gender in pronouns]
                  + [(start, 2, None, gender) for start, gender in descriptions], key=lambda event: (event[0], event[1]))


def _with_pronoun_votes(votes: Votes, pronouns: Sequence[tuple[int, str]], people: Sequence[Named],
                        named: Sequence[Named], starts: Sequence[int]) -> Votes:
    """The gender evidence with a vote for each person a pronoun follows closely with no other
    person between ("Claire Moreau ... she"; an organisation between is no rival: "Maureen Levy told
    CBC News ... Jaspreet Sidhu said he"): a new mapping, the one given stays as it was."""
    votes = defaultdict(Counter, {entity: Counter(counts) for entity, counts in votes.items()})
    for each in people:
        index = bisect_left(pronouns, (each.end,))
        if index < len(pronouns) and pronouns[index][0] - each.end <= _VOTE_REACH:
            between = named[bisect_left(starts, each.end):bisect_left(starts, pronouns[index][0])]
            if not any(other.kind in ("person", "unknown") and other.entity != each.entity for other in between):
                votes[each.entity][pronouns[index][1]] += 1
    return votes


def _antecedent(votes: Votes, salience: dict[str, tuple[float, int]], genders: dict[str, Gender | None | object],
                position: int, gender: str, named_in_content: frozenset[str] | None = None) -> tuple[str | None, int]:
    """The most salient person within reach whose gender fits a pronoun, and how many fit at all; not
    the subject of the content the pronoun's speaker reported before it, unless no one else is known to
    fit. `genders` remembers each person's likely gender until a vote changes it."""
    best, best_score, compatible = None, float("-inf"), 0
    guessed: list[tuple[bool, float, str]] = []  # those only a name's prior rules out: (a vote for `gender`, score, who)
    for entity, (weight, last) in salience.items():
        if position - last > ANTECEDENT_REACH or (named_in_content and entity in named_in_content):
            continue
        known = genders.get(entity, _UNREAD)
        if known is _UNREAD:
            known = genders[entity] = likely_gender(votes, entity)
        score = weight - (position - last) / _DECAY + (0.0 if known == gender else _UNKNOWN_GENDER)
        if known not in (None, gender):
            said: Counter = votes.get(entity) or Counter()
            if not said[str(known)] and (" " in entity or entity not in load_lexicon("given_names")):
                guessed.append((bool(said[gender]), score, entity))  # (no pronoun said so; not "Nancy")
            continue
        compatible += 1
        if score > best_score:
            best, best_score = entity, score
    if best is None and guessed:  # "Clinton ... She", "Lindsey Graham ... He": the text outweighs a name's prior
        supported, _, entity = max(guessed)  # where a pronoun already said so; not the one person left
        if supported:  # ("Anne Mills, an analyst, said ... "They will sell," he said": someone else)
            return entity, 1
    if named_in_content and (best is None or genders.get(best) != gender):
        return _antecedent(votes, salience, genders, position, gender)  # no one else known to fit: the content's subject
    return best, compatible


def _opens_sentence(text: str, position: int, title: tuple[str, ...]) -> bool:
    """True when a name (with the title written before it) opens its sentence:
    "Labour economist Ruth Adeyemi, who studies pensions, said ..."."""
    if title:
        written = " ".join(title) + " "
        if text.endswith(written, max(0, position - len(written)), position):
            position -= len(written)
        held = _HELD_BEFORE.search(text, max(0, position - _HELD_REACH), position)
        if held is not None and held.group(1).lower() in load_lexicon("past_office_words"):
            position = held.start(1)  # "But [former] Commander Bob Stewart said": the office's word opens the sentence too
    elif (role := _TEAM_ROLE_BEFORE.search(text, max(0, position - _OPENING_REACH), position)) is not None \
            and role.group(1) in load_lexicon("team_positions"):
        position = role.start()  # "[Celtics guard] Jrue Holiday shrugged": the team and the role open the sentence
    if _SENTENCE_START.search(text, max(0, position - 4), position) or _opened_by_coordinator().search(
            text, max(0, position - 8), position) or (title and _CLAUSE_BUT.search(text, max(0, position - 6), position)):
        # ("But Chief Secretary Paul Boateng attacked", "... this year but captain Fabien Pelous sees hope": a role
        # names a person there; a bare name after "but" may be a club's, "but Villa were not interested")
        name = _CAPITALISED_RUN.match(text, position)  # but "[Hallam]'s captain, Jaap van der Berg, agreed": the
        return name is None or not name.group().endswith(("'s", "’s")) or _ROLE_OWNED.match(text, name.end()) is None
        # (the owner of the subject's role)
    if _TOPIC_OPENING.search(text, max(0, position - 12), position):
        name = _CAPITALISED_RUN.match(text, position)  # "For Nwankwo, the promises ring hollow": the topic a
        return name is not None and text.startswith(",", name.end())  # sentence opens with is its centre, as a subject is
    # "In her 2003 book, Living History, Clinton noted ...": the subject after an opening phrase
    if not text.endswith(", ", max(0, position - 2), position):
        return False
    role = _OPENING_ROLE.search(text, max(0, position - _OPENING_REACH), position)
    if role is not None and is_title_word(role.group(1).lower()):
        return True  # "The captain, Jaap van der Berg, agreed": the role is the subject, the name its apposition
    opening = _OPENING_PHRASE.search(text, max(0, position - _OPENING_REACH), position)
    if opening is None or not (opening.group(1).lower() in load_lexicon("clause_openers") or opening.group().rstrip(
            ", ").rsplit(None, 1)[-1].lower() in load_lexicon("time_after_words")):  # ("Two weeks later, Okafor drew")
        return False
    name = _CAPITALISED_RUN.match(text, position)
    return name is None or not text.startswith(",", name.end())  # not "Living History," an apposition


@cache
def _opened_by_coordinator() -> re.Pattern[str]:
    """A sentence opening with "But", "And" (lexicon coordinators), right before the position searched."""
    return re.compile(rf"(?:^|[.!?…:\n][\"'”’)]*)\s*(?i:{lexicon_alternation('coordinators')})[ \t]+$")


def _qualifies(text: str, end: int, following: int) -> bool:
    """True when only role words stand between two names: "Okafor [communication director] Brandt"."""
    gap = _QUALIFIER_GAP.fullmatch(text, end, following)
    words = gap.group().lower().split() if gap is not None else []
    return bool(words) and is_title_word(words[-1]) and not any(
        word in load_lexicons("modals", "auxiliaries", "copulas") for word in words)  # (not "Navratilova [will partner] Dechy")


def _beside_speech_verb(text: str, start: int, end: int) -> bool:
    """"noted NBC's Dan Ruiz", "Claire Moreau said": a name that speaks is a person's (not the object of a
    preposition before the verb: "Arnold, from [Dartford in Kent], described", "Dan Ruiz of [NBC] said")."""
    verbs = load_lexicon("speech_verbs")
    before = _LAST_WORD.search(text, max(0, start - _VERB_REACH), start)
    after = _FIRST_WORD.match(text, end, min(len(text), end + _VERB_REACH))
    return bool((before and before.group(1).lower() in verbs) or (after and after.group(1).lower() in verbs and not (
        before and before.group(1).lower() in load_lexicons("head_prepositions", "phrase_prepositions"))))


def _most_salient(votes: Votes, salience: dict[str, tuple[float, int]], position: int,
                  gender: str | None, seen: Counter) -> str | None:
    """The person an epithet most likely names: salient now, and the story's most named person
    ("the Vermont senator" is Sanders, named six times, more than Clinton, named just after)."""
    best, best_score = None, float("-inf")
    for entity, (weight, last) in salience.items():
        known = likely_gender(votes, entity)
        if position - last > ANTECEDENT_REACH or (gender is not None and known not in (None, gender)):
            continue
        score = weight - (position - last) / _DECAY + _NAMED_OFTEN * math.log1p(seen[entity])
        if score > best_score:
            best, best_score = entity, score
    return best


def _described(holder: str | None, votes: Votes, salience: dict[str, tuple[float, int]], position: int,
               gender: str | None, seen: Counter, subject: bool) -> str | None:
    """The person a speaking description names: the one the story gave its role as a title ("the Tory
    leader"), who then stays the centre as a pronoun's speaker would; else the most salient."""
    if holder is None or holder not in salience:
        return holder or _most_salient(votes, salience, position, gender, seen)
    salience[holder] = (min(_decayed(salience[holder], position) + (_PRONOUN_SUBJECT if subject else 0.0) + _SPEAKER,
                            _SALIENCE_CAP), position)
    return holder


def _titled_entity(mention: str, position: int, named: Sequence[Named], starts: Sequence[int],
                   titles: Mapping[str, tuple[str, ...]]) -> str | None:
    """The person last named before `position`, within reach, whose title fits a description ("the
    Tory leader" after "Tory leader Michael Howard"; see `fits_title`)."""
    role = _last_word(mention)
    modifiers = [word.lower().rstrip(".,") for word in mention.split()[1:]]
    index = bisect_left(starts, position) - 1
    while index >= 0 and position - named[index].end <= ANTECEDENT_REACH:
        each = named[index]
        index -= 1
        title = [word.lower().rstrip(".") for word in (*each.title, *titles.get(each.entity or each.key, ()))]
        if each.kind == "person" and fits_title(title, role, modifiers):
            return each.entity or each.key
    return None


def fits_title(title: Iterable[str], role: str, modifiers: Iterable[str]) -> bool:
    """Whether a person's title (its words, lower case) is the one a description names by its role word
    and the words before it: the role in the title, the same subordinate words ("the deputy director"
    is no director's), and a word in common when both have more ("the foreign secretary" is no home
    secretary; "the prime minister's spokesman" is not "foreign affairs spokesman X")."""
    subordinate = load_lexicon("subordinate_titles")
    words = set(title)
    same = {role, *load_mapping("role_equivalents").get(role, "").split()}  # ("the judge": "Justice Ouellette")
    described = {without_possessive(word) for word in modifiers} - same
    others = words - subordinate - same
    return bool(words & same) and words & subordinate == described & subordinate \
        and (not described - subordinate or not others or bool(described & others))


def _is_definite_person(mention: str) -> bool:
    """"the senator", "The Republican nominee", "the veteran lock": a definite description whose head is
    a person's role, or with a modifier only a person takes."""
    words = mention.split()
    head = _last_word(mention)
    owner = words[0][:1].isupper() and words[0].endswith(("'s", "’s"))  # "Obama's former strategist"
    return len(words) >= 2 and (words[0].lower() == "the" or owner) and (
        is_title_word(head) or gender_of_word(head) is not None or any(_AGE.fullmatch(word) for word in words[1:])
        or head in load_lexicons("demonyms", "party_members") or (head in load_lexicon("epithet_nouns") and any(
            word[:1].isupper() for word in words[1:-1]))  # "the Spaniard", "The 28-year-old world number one", "The American legend"
        or (words[0].lower() == "the" and any(marks_a_person(word.lower()) for word in words[1:-1])))  # "the veteran lock"


def _last_word(mention: str) -> str:
    """The head word of a description: its last, or the last before its object: "the mother of three",
    "the MP for Ealing North"."""
    words = mention.split()
    cut = next((index for index, word in enumerate(words[1:-1], 1) if word in load_lexicon("role_prepositions")), None)
    if cut is not None:
        words = words[:cut]
    return words[-1].lower().strip(".,") if words else ""


def _decayed(entry: tuple[float, int], position: int) -> float:
    return entry[0] - (position - entry[1]) / _DECAY


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


def owner_in_clause(text: str, position: int, gender: str, cast: Cast) -> Named | None:
    """The owner of the possessive at `position` when its own sentence names one person before it and
    the gender fits: "As the debate progressed and Trump stood by [his] comment" is Trump's, however
    salient the rival quoted just before."""
    window = max(0, position - ANTECEDENT_REACH)
    start = max((match.end() for match in SENTENCE_BREAK.finditer(text, window, position)), default=window)
    people = [named for named in cast.named if start <= named.start < position and named.kind == "person"]
    if len({named.entity or named.key for named in people}) != 1 or (
            people[-1].gender or cast.gender(people[-1].entity or people[-1].key)) not in (gender, None):
        return None
    return people[-1]
