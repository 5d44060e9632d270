"""From speaker mention to canonical speaker: pronouns, descriptions, aliases, type and gender.

The second stage of the sieve. Every mention of one entity becomes one speaker: "US Homeland
Security Secretary Kristi Noem", "Noem", "Ms. Noem" and "she" are all `Kristi Noem` (the fullest
name the article gives, without its title). The article's cast (`quotes.cast`) is built once from
its names and pronouns; each mention is then read against it: a pronoun goes to the person the
salience pass chose, a description ("the senator") to the person the text gave that title, an
organisation or a group keeps its own name ("US Embassy in El Salvador", "officials"). A mention
nothing resolves keeps no canonical speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import cache

from .cast import ANTECEDENT_REACH, Cast, build_cast, office_holder, owner_in_clause
from .earlierspeakers import SENTENCE_START, Speaker, company_speaking_before, described_before, introduced_before, speaker_just_before, \
    stated_before
from .entities import entity_of
from .lexicons import lexicon_alternation, load_lexicon, load_lexicons, load_mapping
from .model import Gender, Quote, SpeakerType
from .appositions import is_bare_body_role, restrictive_group, set_off_role
from .castlookups import author_named_by, body_introduced_before, cast_name_at, fuller_company, latest_with_surname, nearest_company, nearest_organization_with, \
    names_with_word, organization_acting, organization_named_with, organization_spoken_last
from .epithets import epithet_holder, resolved_at
from .heads import (descriptive_lead, head_phrase, head_word, is_document, named_before, names_an_institution, one_name_with_and,
                    people_word, singular_head, place_owner, split_on_and, titled_office, with_role_body)
from .mentions import author_of_finding, body_after_document, group_subject_before, role_subject_before, source_named_after, through_document
from .companies import named_unit
from .names import Named, clean_name, ends_as_firm, gender_of_word, is_headline_case, is_legal_form, name_prior, of_common_words, parse_name, \
    without_possessive
from .phrases import noun_phrase_ending
from .quantities import is_share
from .tokens import DASHES, Token, tokenize
from .wordclass import agent_endings, is_agent_of_verb, is_given_name, is_inflected_verb, is_known_noun, is_noun, is_plural, is_plural_noun, is_title, marks_a_person

__all__ = ["resolve_speakers"]

# A name set off by commas right after a description: ", Lawrence B. Cummings," / ", state Del. Ann Ray ("
_APPOSED_NAME = re.compile(
    r",[ \t]+(?:[a-z]+[ \t]+){0,2}([A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,4}?)[ \t]*(?:[,.](?=\s|$)|\()")
_PAIR_REACH = 600  # how far back "they" looks for two people named together
# What joins two people named together: " and ", ", Republican of Iowa, and "
_PAIR_GAP = re.compile(r"(?:,[^,.;!?\n]{1,50})?,?[ \t]+and[ \t]+")
_TITLE_AND = re.compile(r",[ \t]+([a-z]+)[ \t]+and[ \t]+$")  # ", president and " before a role
_NEXT_WORDS = re.compile(r"\s+([a-z]+)\b(?:\s+([a-z]+)\b)?")  # the lower-case words right after a mention
_SET_OFF = DASHES | {","}  # what sets a relative clause off from the phrase it describes


def resolve_speakers(text: str, quotes: Sequence[Quote], *, headline_end: int = 0) -> list[Quote]:
    """Return the quotes with `speaker`, `speaker_type`, `speaker_title` and `speaker_gender` filled.

    Quotes without a mention are returned unchanged. `headline_end` is where a headline ends, if the
    article opens with one: written in title case, its capitalised runs are not names ("Obama Sees
    Personal Insult"), so the cast is then read from the body."""
    if not any(quote.mention_start is not None for quote in quotes):
        return list(quotes)
    cast = build_cast(text, quotes, headline_end if is_headline_case(text, 0, headline_end) else 0)
    resolved: list[Quote] = []
    by_mention: dict[tuple[int, int], Speaker] = {}  # one mention of two quotes ('he said that X, "..."') is one speaker
    for quote in quotes:
        if quote.mention_start is None or quote.mention_end is None:
            resolved.append(quote)
            continue
        mention = (quote.mention_start, quote.mention_end)
        speaker = by_mention.get(mention) or _resolve(text, *mention, cast, resolved)
        by_mention[mention] = speaker
        resolved.append(quote.resolved(speaker.name, speaker.kind, speaker.title, speaker.gender or "unknown"))
    return _one_kind_each(resolved)


def _one_kind_each(quotes: list[Quote]) -> list[Quote]:
    """A speaker of unknown kind ("Subroto said", "Yukos said") whom a later "he said" or "the company
    said" continued is a person, or an organisation, in all their quotes: one speaker, one kind."""
    kinds: dict[str, tuple[SpeakerType, Gender]] = {
        quote.speaker: (quote.speaker_type, quote.speaker_gender or "unknown") for quote in quotes
        if quote.speaker and quote.speaker_type in ("person", "organization")}
    if not any(quote.speaker_type == "unknown" and quote.speaker in kinds for quote in quotes):
        return quotes
    return [quote.resolved(quote.speaker, kinds[quote.speaker][0], quote.speaker_title, kinds[quote.speaker][1])
            if quote.speaker_type == "unknown" and quote.speaker in kinds else quote for quote in quotes]


def _resolve(text: str, start: int, end: int, cast: Cast, earlier: Sequence[Quote]) -> Speaker:
    tokens = tokenize(text, start, end)
    words = [token for token in tokens if token.is_word]
    if not words:
        return Speaker(None, "unknown")
    if len(words) > 1 and not words[-1].is_capitalized and (words[-1].is_possessive or words[-1].lower.endswith(("self", "selves"))):
        # "[The Florida senator's] answer was "..."", "[Clinton] herself": the owner without the possessive, the name without its intensifier
        cut = words[-1].start + len(without_possessive(words[-1].text)) if words[-1].is_possessive else words[-2].end
        return _resolve(text, start, cut, cast, earlier)
    if not words[0].is_capitalized and (author := author_of_finding(words)) is not None:  # "figures released by the Bureau"
        return _resolve(text, author.start, end, cast, earlier)
    nobody = _names_nobody(words[0], cast, earlier) if len(words) == 1 else None
    if nobody is not None:
        return nobody
    if len(words) == 1 and _bare_pronoun(words[0]) in load_mapping("pronouns"):
        return _resolve_pronoun(text, words[0], cast, earlier)
    if text.startswith(":", end) and all(token.text.isupper() for token in words):
        return _resolve_label(words, cast)
    if len(words) > 1 and words[-1].text.isdigit() and all(word.is_capitalized for word in words[:-1]) \
            and words[0].lower not in load_lexicon("months"):  # "Radio 1", "BBC Radio 4", "Channel 5"; "Andre 3000"
        return Speaker(" ".join(word.text for word in words), "person" if name_prior(words[0].lower) else "organization")
    company = _company_in_s(text, end, words, cast)
    if company is not None:
        return company
    if any(token.lower == "and" for token in tokens) and all(
            word.lower == "and" or (len(word.text) <= 2 and word.text.isupper()) for word in words):
        return Speaker(" ".join(word.text for word in words), "organization")  # "S and P", "AT and T"
    if any(token.lower == "and" for token in tokens) and tokens[0].is_capitalized and not (
            tokens[0].lower in load_lexicon("articles") and is_title(words[-1].lower) and not is_plural(words[-1].lower)) \
            and words[-1].lower.rstrip(".") not in load_lexicon("organization_words") \
            and not one_name_with_and(tokens, words, cast) and not _people_of_places(words):  # "Securities and Exchange
        # Commission", "Ways and Means ... Chairman X", "The MP for Sittingbourne and Sheppey", "Bell and Howell" (after "Bell and Howell Co")
        parts = split_on_and(tokens)
        if len(parts) > 1 and all(is_plural(part[-1].lower) and (not part[-1].is_capitalized or (
                part[-1] is tokens[0] and part[-1].lower in load_lexicon("group_words"))) for part in parts):
            return Speaker(" and ".join(head_phrase(part, part[-1]) for part in parts), "group")  # "Union leaders and
            # trade campaigners": two groups of people, described as the words say, not named
        if len(parts) > 1:
            names = [_resolve_name(part, cast).name for part in parts]
            found = [name for name in names if name]
            listed = len(found) > 2 and any(token.text == "," for token in tokens)  # "Baker, Stoltenberg and Poehl"
            return Speaker(" and ".join([", ".join(found[:-1]), found[-1]] if listed else found) or None, "group")
    if is_share(tokens, words):
        return Speaker(text[start:end].lower(), "group")
    if 1 < len(words) <= 4 and words[0].lower == "the" and words[-1].lower in load_lexicons("demonyms", "party_members"):
        named = resolved_at(cast, start)  # "the Spaniard", "the Maryland Democrat", "the West Virginia Democrat"
        if named is not None or words[-1].lower in load_lexicon("demonyms"):  # (a party member no one named before
            return _person(named, cast) if named is not None else Speaker(words[-1].lower, "person")  # reads on as one)
    if (office := _office_of_body(text, tokens, words, cast, start, earlier)) is not None:
        return office  # "the Governor of the Bank of England"
    head = head_word(tokens)
    if head is not None and (not head.is_capitalized or ((head.text.isupper() or titled_office(tokens, words, head)) and is_title(
            head.lower) and (tokens[0].lower in load_lexicons("articles", "determiners") or place_owner(tokens[0]))) or (head is tokens[0] and (
            head.lower in load_lexicon("group_words") or (SENTENCE_START.search(text, max(0, start - 4), start)
                                                           and _common_plural(text, head, cast))))):
        # "the senator", "The Treasury Secretary", "Officials at Homeland Security Investigations" (first word capitalised)
        apposed = None if is_plural(head.lower) else _apposed_name(text, end, cast, document=is_document(head.lower)) or _name_set_off_before(text, tokens, cast)
        return apposed or introduced_before(tokens, head, earlier, start, cast) or _resolve_description(
            text, tokens, head, cast, start, earlier)
    return _name_set_off_before(text, tokens, cast) or _resolve_name(tokens, cast)  # (", Petronas's Vice-President said")


def _company_in_s(text: str, end: int, words: Sequence[Token], cast: Cast) -> Speaker | None:
    """A subject in 's is a company's name ("Moody's said", "Standard and Poor's reported"), its full
    name if the story gave one ("Heck's Inc"); not a person's with "has" ("Stumpf's said"), nor an
    owner ("Trump's repeated claim"). A company's part named after it in 's speaks as itself
    ("Chrysler Corp's [Chrysler Motors] unit said")."""
    if (unit := named_unit(words)) is not None:
        return Speaker(cast.expand(" ".join(text[unit[0]:unit[1]].split())), "organization")
    following = _NEXT_WORDS.match(text, end)
    if following is not None and (following.group(1) in load_lexicon("attribution_skip") or following.group(1).endswith("ly")):
        following = _NEXT_WORDS.match(text, following.end(1))  # "Moody's [also] said"
    if not (words[-1].is_possessive and all(word.is_capitalized or word.lower == "and" for word in words)
            and following is not None and is_inflected_verb(following.group(1)) and not is_noun(following.group(1))
            and not is_noun(following.group(2) or "")):
        return None
    written = tuple(word.text for word in words)
    whole = next((full for each in cast.named if each.kind == "organization" and (full := _full_name(text, each, written))), None)
    if whole is None and latest_with_surname(cast, without_possessive(words[-1].text).lower(), ("person",),
                                              before=words[0].start) is not None:
        return None
    return Speaker(cast.expand(" ".join(whole if whole is not None else written)), "organization")


def _placed_role(words: Sequence[str]) -> Speaker | None:
    """"U.S. Officials said", "one U.S. Official told Reuters" (a wire's capitals): a group, or an unnamed
    person, from a place, written as a name."""
    if len(words) < 2 or not _placed(words[:-1]):
        return None
    kind: SpeakerType | None = "group" if words[-1].lower() in load_lexicon("group_words") else (
        "person" if words[-1].lower() in load_lexicon("other_person_roles") else None)
    kept = [word for word in words[:-1] if word.lower() not in load_lexicons("articles", "determiners", "quantity_words")]
    return Speaker(" ".join([*kept, words[-1].lower()]), kind) if kind is not None else None


def _placed(words: Sequence[str]) -> bool:
    """"U.S.", "Some U.S.", "Japanese": words that say where a group is from, and name no body of their own
    (not "National Union of", "United Auto")."""
    places = load_lexicons("places", "demonyms")
    return any(word.lower() in places or ("." in word and word.isupper()) for word in words) and not any(
        word.lower() in load_lexicons("name_connectors", "organization_words") for word in words)


def _people_of_places(words: Sequence[Token]) -> bool:
    """"Officials in Mexico and Peru", "Officers of Korth and PaineWebber": people of a kind (a plural
    noun capitalised as the sentence opens) and the places or bodies they are of; no pair of names."""
    return len(words) > 2 and is_plural_noun(words[0].lower) and words[1].lower in load_lexicons("phrase_prepositions", "owner_prepositions")


def _full_name(text: str, named: Named, written: tuple[str, ...]) -> tuple[str, ...] | None:
    """The company `written` ("Heck's", "Moody's") in full, if `named` is it: a longer name opening with
    those words ("Heck's Inc"), or one read after them as its owner ("[Moody's] Investors Service Inc")."""
    if len(named.name) > len(written) and tuple(named.name[:len(written)]) == written:
        return named.name
    before = text[max(0, named.start - sum(len(word) + 1 for word in written)):named.start].split()
    return (*written, *named.name) if tuple(before) == written else None



def _common_plural(text: str, word: Token, cast: Cast) -> bool:
    """"Shippers said", "Growers say": a plural common noun, capitalised only as the sentence's first
    word, is a group, not a person named Shippers: when the article also writes it in lower case
    ("..., shippers said") or it is the plural of a role ("Organisers say", "Campaigners said", a
    doer "Growers say"), a people or a document ("Reports say"), and the article names no one so ("Sanders said" stays Bernie Sanders's)."""
    singular = singular_head(word.lower) if is_plural(word.lower) and word.lower.endswith("s") else (
        word.lower[:-3] + "man" if word.lower.endswith("men") else None)  # ("Businessmen", "Fishermen"; "Deputies")
    return singular is not None and (is_title(singular) or word.lower in load_lexicon("document_words") or (
        singular.endswith("ist") and is_noun(word.lower)) or is_agent_of_verb(singular) or singular in load_lexicons(
        "other_person_roles", "demonyms") or (  # "Ecologists are warning", "Growers say", "Colleagues", "Europeans"
        (is_noun(word.lower) or is_noun(singular)) and re.search(rf"\b{re.escape(word.lower)}\b", text) is not None)) \
        and not names_with_word(cast, word.lower)


def _names_nobody(word: Token, cast: Cast, earlier: Sequence[Quote]) -> Speaker | None:
    """The speaker a one-word mention that names no one stands for, or None when the word may name
    someone. "I" or "we" outside a quote is the writer, whom the text does not name; "another" or
    "one" is one more of the kind of speaker described just before ("one supporter wrote ...
    tweeted another": a supporter), else an unnamed person; "some" or "others" part of the unnamed
    group that spoke before ("Most dealers said ..., but some said"), else an unnamed group; a
    month or a day alone ("March 1 - The ministry said" after a dateline) is nobody, unless a
    person of that surname was named ("Theresa May ... May said"); "Someone", "Anybody" an unnamed person."""
    lower = word.lower
    if lower in load_lexicon("first_person"):
        return Speaker(None, "person")
    if lower in ("those", "these"):
        return Speaker(None, "group")  # "Those who believed the Fed will intervene said", "some of those who ...": people unnamed
    if lower in load_lexicon("pronoun_determiners"):
        plural = is_plural(lower) or lower in ("some", "both")
        described = described_before(earlier, word.start, plural=plural)
        return described or Speaker(None, "group" if plural else "person")
    if lower in load_lexicons("months", "days") and latest_with_surname(cast, lower, ("person",), before=word.start) is None:
        return Speaker(None, "unknown")
    if lower in load_lexicon("indefinite_pronouns"):
        return Speaker(lower, "person")  # "Anybody who says ...", "Someone said": unnamed, though capitalised
    return None


def _apposed_name(text: str, end: int, cast: Cast, *, document: bool = False) -> Speaker | None:
    """The person a description names right after it: "his business partner, Lawrence B. Cummings,"; for a
    document only its signer ("signed by X,"), not the subject after it ("According to a report, X, an aide, sent")."""
    match = _APPOSED_NAME.match(text, end)
    if match is None or (text.startswith(".", match.end(1))
                         and match.group(1).split()[-1].lower() in load_lexicon("abbreviations")):
        return None  # "state Del. Marcia Price": an abbreviated title, not a name
    if document and not text[match.start():match.start(1)].rstrip().endswith(" by"):
        return None
    speaker = _resolve_name(tokenize(text, match.start(1), match.end(1)), cast)
    return speaker if speaker.kind == "person" else None


def _resolve_label(words: Sequence[Token], cast: Cast) -> Speaker:
    """A transcript label in capitals ("PENCE:", "SEN. KAINE:") is a person: the one of that surname
    the article named, or the label itself written as a name."""
    named = latest_with_surname(cast, words[-1].text.rstrip(".").lower(), ("person", "unknown"))
    if named is not None:
        return _person(named, cast)
    title_case = [word.text.title() for word in words]
    parsed = parse_name(" ".join(title_case))
    if parsed is None:
        return Speaker(" ".join(title_case), "person")
    return Speaker(" ".join(parsed.name), "person", " ".join(parsed.title) or None, parsed.gender)


def _name_set_off_before(text: str, tokens: Sequence[Token], cast: Cast) -> Speaker | None:
    """"Howard Archer, economist at Global Insight said", "Alan Milburn, Labour's election strategist
    told": a role right after a person's name and a comma is that person's apposition whose closing
    comma the writer left out."""
    start = tokens[0].start
    joined = _TITLE_AND.search(text, max(0, start - 30), start)  # ", [president and] chief executive officer of"
    start = joined.start(1) if joined is not None and is_title(joined.group(1)) else start
    if text[max(0, start - 2):start] != ", " or not set_off_role(tokens):
        return None
    named = cast_name_at(cast, start - 3)  # (the name's last character, before ", ")
    return _person(named, cast) if named is not None and named.end == start - 2 and (named.kind == "person" or (
        named.kind == "unknown" and is_bare_body_role(tokens))) else None  # (a new name before "president of X")


def _resolve_name(tokens: Sequence[Token], cast: Cast) -> Speaker:
    """A capitalised mention: "Noem" -> Kristi Noem; "The US Embassy in El Salvador" stays itself."""
    lead = descriptive_lead(tokens)
    if lead:  # "a smiling Okafor", "agency Cafod": the words before the name describe it
        speaker = _resolve_name(tokens[lead:], cast)
        named = parse_name(" ".join(token.text for token in tokens[lead:] if token.is_word))
        organization = (tokens[lead - 1].lower in load_lexicons("organization_words", "business_words") and named is not None and named.kind in (
            "unknown", "organization")) or (lead == 1 and is_plural_noun(tokens[0].lower) and len(tokens) > 1 and not is_given_name(
                tokens[1].text))  # "charity Oxfam" (but "party Chairman Reince Priebus" is a person); "analysts Gartner": a firm
        if organization and speaker.name:
            return Speaker(speaker.name, "organization")
        described = speaker.kind == "unknown" and tokens[0].lower in load_lexicon("indefinite_determiners")
        return Speaker(speaker.name, "person", speaker.title, speaker.gender) if described else speaker  # "a smiling Okafor"
    company = _role_before_company(tokens)
    if company is not None:
        return company
    words = [token.text for token in tokens if token.is_word]
    if words and all(word.isupper() for word in words):  # a headline in capitals: "LAWSON SAYS ..."
        person = latest_with_surname(cast, without_possessive(words[-1]).rstrip(".").lower(), ("person",))
        if person is not None:
            return _person(person, cast)
    joined = " ".join(words)
    named = parse_name(joined) if joined else None
    affiliated = named is not None and len(words) > 2 and words[1] in load_lexicon("affiliation_prepositions") \
        and named.kind != "organization" and not named.title
    if (named is None and len(words) == 1) or affiliated:  # "May said": a surname that is also a month or a modal;
        # "said Eisenberg of Bear Stearns", after "Steven Eisenberg of Bear Stearns": a surname and its employer
        earlier = latest_with_surname(cast, words[0].lower(), ("person",), before=tokens[0].start)
        if earlier is not None:
            return _person(earlier, cast)
    placed = _placed_role(words) if named is None else None
    if placed is not None:
        return placed
    if named is None:  # a place that speaks ("Washington said", "the White House said") is its government
        place = " ".join(word for word in words if word.lower() not in load_lexicon("articles")).lower()
        return Speaker(clean_name(words), "organization" if place in load_lexicon("places") else "unknown")
    if named.kind in ("organization", "group"):
        return _body_named(tokens, words, named, cast)
    if named.kind == "unknown" and not named.title and (len(words) == 2 or (tokens[0].lower == "the" and all(
            word[:1].isupper() for word in words[1:]) and not _member_word(words[-1]))) \
            and tokens[0].lower in load_lexicon("articles"):  # "the Bundesbank", "the People's Daily": no person is
        return Speaker(cast.expand(clean_name(words[1:])), "organization")  # "the X" (but "the Wisconsin Republican" is)
    known = cast_name_at(cast, tokens[-1].start)
    if known is not None and known.kind == "organization" and named.kind in ("unknown", "person") \
            and (known.start, known.end) == (tokens[0].start, tokens[-1].end):
        whole = cast.company_begun_by(known.name, known.key, tokens[0].start)  # the cast knew more: "UK Coal said"
        return Speaker(cast.expand(clean_name(list((whole or known).name))), "organization")  # (in full: "Dome" Petroleum Ltd)
    if named.kind in ("unknown", "person") and not named.title and named.gender is None:
        whole = fuller_company(cast, named.name, named.key, tokens[0].start, legal_form=named.kind == "person")
        if whole is not None:  # "Echo Bay said", after "Echo Bay Mines Ltd"; "Merrill Lynch", after "Merrill Lynch and Co"
            return Speaker(cast.expand(clean_name(list(whole.name))), "organization")
        if named.kind == "unknown" and len(named.name) == 1 and named.key in cast.companies():
            return Speaker(named.name[0], "organization")  # "Microsoft said", after "Microsoft's shares"
    if known is not None and (known.key == named.key or known.name == named.name) and known.entity:
        named = named.with_entity(known.entity)
    else:
        named = named.with_entity(entity_of(named, cast.known_before(tokens[0].start), cast.full_names, cast.votes,
                                            surname_only=tokens[0].lower.rstrip(".") in load_lexicon("surname_honorifics")))
    return _unknown_or_person(named, _person(named, cast), cast)


def _body_named(tokens: Sequence[Token], words: list[str], named: Named, cast: Cast) -> Speaker:
    """An organisation or a group by its name, the fuller name the article gave it first if any."""
    if len(words) == 2 and tokens[0].lower in load_lexicon("articles") and words[1].lower() in load_lexicon(
            "organization_words"):  # "The Bank said": the Bank of England named before, if it was
        body = nearest_organization_with(cast, words[1].lower(), tokens[0].start)
        if body is not None:
            return Speaker(cast.expand(body), "organization")
    whole = cast.company_begun_by(named.name, named.key, tokens[0].start, legal_form="and" not in named.name) \
        if "and" in named.name or not is_legal_form(named.name[-1]) else None
    if whole is not None and ("and" in named.name or named.name[-1] == "International" or all(
            is_legal_form(word) or word in ("and", "&") for word in whole.name[len(named.name):])):  # (not "IBM" for "IBM World Trade Corp")
        # "Fertility and Genetics" after "Fertility and Genetics Research Inc", "CPC International" Inc, "General Motors" Corp
        return Speaker(cast.expand(clean_name(list(whole.name))), "organization")
    if named.title and words[:len(named.title)] == list(named.title) and len(named.name) > 1 and not any(
            word.isupper() or word.lower() in load_lexicon("affiliation_prepositions") for word in named.title):
        words = words[len(named.title):]  # "[lead manager] Union Bank of Switzerland said": a role, no part of the name
        # (not "CPL", an acronym, nor "Spokesman for Armco Inc and ...": the role of a person)
    size = len(named.name)
    if tuple(words[-size:]) == named.name and all(word.islower() for word in words[:-size]):
        words = words[-size:]  # "[official daily] Fraternite Matin": the words before the body's name describe it
    return Speaker(cast.expand(clean_name(list(named.name if named.kind == "group" else words))), named.kind)


def _office_of_body(text: str, tokens: Sequence[Token], words: Sequence[Token], cast: Cast, start: int,
                    earlier: Sequence[Quote]) -> Speaker | None:
    """"the Governor of the Bank of England", "the Chairman of the Federal Reserve": an office of a body
    is a person, its holder when the article named one, not the body its name ends with."""
    if len(words) < 4 or not (words[0].lower == "the" or place_owner(words[0])) or not words[1].is_capitalized \
            or words[2].lower != "of" or not is_title(words[1].lower) or is_plural(words[1].lower):
        return None
    office = " ".join(word.text for word in words[1:])
    named = parse_name(office)
    if named is not None and named.kind == "person":
        return None  # ("the Archbishop of Canterbury", "Indonesia's Minister of Energy and Mines Subroto")
    holder = _resolve_description(text, tokens, words[1], cast, start, earlier)
    return holder if holder.name and holder.name != words[1].lower else Speaker(office, "person")


def _unknown_or_person(named: Named, speaker: Speaker, cast: Cast) -> Speaker:
    """A name of unknown kind stays unknown, not a person, when no one wrote it as a person's: "Yukos
    said" (a lone word may be a company's), "Age Concern said", "Downing Street said" (English words,
    a body's or a place's; but "the Wisconsin Republican" is a member of a party), "the Ivorian Chamber of
    Commerce" (a name joined by "of" or "for" that opens with no given name)."""
    if named.kind == "unknown" and (speaker.name == named.name[0] or (of_common_words(named.name) and not _member_word(
            named.name[-1])) or (set(named.name) & {"of", "for"} and not is_given_name(named.name[0]))) and not speaker.title \
            and speaker.gender is None and not any(each.entity == named.entity and each.kind == "person" for each in cast.named):
        return Speaker(speaker.name, "unknown")
    return speaker


def _member_word(word: str) -> bool:
    """"Republican", "Democrat", "Spaniard": one of a group of people (lexicons group_words, demonyms)."""
    lower = word.lower()
    return f"{lower}s" in load_lexicon("group_words") or lower in load_lexicon("demonyms")


def _role_before_company(tokens: Sequence[Token]) -> Speaker | None:
    """"said sole manager First Boston Corp.", "lead underwriter Salomon Brothers Inc": a role in lower
    case before a name with a legal form is the company's, which speaks (not a person of that role);
    so is a plural role before one word ("market analysts Nielsen")."""
    first = next((index for index, token in enumerate(tokens) if token.is_capitalized and token.is_word), None)
    written = [token.text for token in tokens[first:] if token.is_word] if first else []
    if first and not tokens[0].is_capitalized and len(written) == 1 and is_plural(tokens[first - 1].lower) \
            and is_title(singular_head(tokens[first - 1].lower)):
        return Speaker(written[0], "organization")  # "market analysts Nielsen": a plural role is no one person's, a firm's
    if not first or tokens[0].is_capitalized or not (is_legal_form(tokens[-1].text) or (len(written) > 2 and ends_as_firm(written))):
        return None  # (and "lead manager Merrill Lynch Capital Markets": a firm's last words)
    named = parse_name(" ".join(written))
    return Speaker(clean_name(written), "organization") if named is not None and named.kind == "organization" \
        and list(named.name) == written else None  # (not "analyst Carole Berger of Cyrus J. Lawrence Inc")


def _person(named: Named, cast: Cast) -> Speaker:
    entity = named.entity or named.key
    candidates = cast.full_names.get(entity) or [named.name]
    full = max(candidates, key=lambda name: (len(name), -candidates.index(name)))
    known = cast.titles.get(entity, ())
    title = " ".join(named.title if len(named.title) >= len(known) else known) or None  # the longer title
    return Speaker(" ".join(full), "person", title, named.gender or cast.gender(entity))


def _resolve_pronoun(text: str, pronoun: Token, cast: Cast, earlier: Sequence[Quote]) -> Speaker:
    """he/she -> the person the salience pass chose; it/they -> the nearest organisation or group
    speaker; who/which -> the name just before it."""
    meaning = load_mapping("pronouns")[_bare_pronoun(pronoun)]
    if meaning == "relative":
        return _resolve_relative(text, pronoun, cast, earlier)
    if meaning in ("male", "female"):
        role = role_subject_before(text, pronoun.start, meaning)
        if role is not None and not any((quote.mention_start or -1) >= role[0] for quote in earlier) and (  # "Blair's
                described := _resolve(text, role[0], role[1], cast, earlier)).kind == "person":  # spokesman declined. He"
            return Speaker(described.name, "person", described.title, meaning)  # type: ignore[arg-type]
        continued = speaker_just_before(text, pronoun, meaning, cast, earlier)
        if continued is not None:
            return continued
        named = (owner_in_clause(text, pronoun.start, meaning, cast) if pronoun.lower in load_lexicon("possessive_pronouns")
                 else None) or resolved_at(cast, pronoun.start)  # "and Trump stood by [his] comment": Trump
        if named is None:
            latest = _last_speaker_in_reach(pronoun, earlier)
            return Speaker(_person_meant(latest, meaning), "person", gender=meaning)  # type: ignore[arg-type]
        speaker = _person(named, cast)
        return Speaker(speaker.name, speaker.kind, speaker.title, meaning)  # type: ignore[arg-type]
    pair = _named_pair_before(text, cast, pronoun.start) if meaning == "plural" else None
    group = group_subject_before(text, pronoun.start) if meaning == "plural" else None  # "Experts ... forecast storms. They"
    office: Quote | None = None  # "The prime minister's office said ... It added": the office, which spoke for its
    for quote in reversed(earlier):  # owner, unless an organisation spoke in its paragraph ("Marsh said ... Mr Spitzer's office")
        if group is not None and group[0] > (quote.mention_end or 0):
            return Speaker(group[1], "group")
        if office is None and meaning != "plural" and quote.speaker and quote.speaker_type == "person" and _owners_voice(quote.mention or "") \
                and pronoun.start - (quote.mention_end or 0) <= ANTECEDENT_REACH:
            office = quote
        if office is not None and quote.paragraph < office.paragraph:
            break
        if quote.speaker and (quote.speaker_type == "organization" or (quote.speaker_type == "group" and (
                meaning == "plural" or quote.speaker_named))) and \
                pronoun.start - (quote.mention_end or 0) <= ANTECEDENT_REACH and not (
                    meaning == "plural" and (is_document(quote.speaker.rsplit(None, 1)[-1].lower()) or through_document(quote.mention or ""))):
            # (a document is "it": "according to the agreement, ... they said" are the parties; nor are they
            # the body that issued the figures: "according to figures received by the ISO")
            if pair is not None and pair[0] > (quote.mention_end or 0):
                break  # two people named since: "Senators Grassley and Leahy ... they wrote"
            acting = organization_acting(text, cast, quote.mention_end or 0, pronoun.start) if meaning != "plural" else None
            return Speaker(acting, "organization") if acting else Speaker(quote.speaker, quote.speaker_type)
    if office is not None:
        return Speaker(office.speaker, "person", office.speaker_title, office.speaker_gender)
    named_group = pair or group
    if named_group is not None:
        return Speaker(named_group[1], "group")
    organization = (organization_acting(text, cast, max(0, pronoun.start - ANTECEDENT_REACH), pronoun.start)
                    if meaning != "plural" else None) or nearest_organization_with(cast, None, pronoun.start, text=text)
    if organization is not None:
        return Speaker(organization, "organization")
    latest = None if meaning == "plural" else _last_speaker_in_reach(pronoun, earlier)
    if latest is not None and latest.speaker_type == "unknown":  # "Winn-Dixie said ... It said": the pronoun types it
        return Speaker(latest.speaker, "organization")
    return Speaker(None, "group" if meaning == "plural" else "organization")


def _owners_voice(mention: str) -> bool:
    """"The prime minister's office", "his office": a body its owner's possessive names, which speaks for
    that person (lexicon owner_voices); not "the spokesman at Jardine's London office"."""
    words = mention.lower().split()
    return len(words) > 1 and words[-1] in load_lexicon("owner_voices") and (
        words[-2].endswith(("'s", "’s", "s'", "s’")) or words[-2] in load_lexicon("possessive_pronouns"))


def _last_speaker_in_reach(pronoun: Token, earlier: Sequence[Quote]) -> Quote | None:
    """The latest quote before a pronoun that has a speaker, if within reach: whom a pronoun the cast
    left open means, when that speaker fits it (a person is never "it", a company never "he")."""
    latest = next((quote for quote in reversed(earlier) if quote.speaker), None)
    return latest if latest is not None and pronoun.start - (latest.mention_end or 0) <= ANTECEDENT_REACH else None


def _person_meant(latest: Quote | None, gender: str) -> str | None:
    """Whom a "he" or "she" the cast left open means in `latest`'s speaker: a name no evidence typed,
    written as a name ("Azpurua said ... He said"; not a lower-case "energy"), or the person who spoke
    last if the gender fits (what the text said, and a full name's given-name prior: "..., a cabinet
    official said. / ... / He said"; not "Anne Mills said ... he said")."""
    if latest is None or not latest.speaker:
        return None
    if latest.speaker_type == "unknown":
        return latest.speaker if latest.speaker[:1].isupper() else None
    if latest.speaker_type != "person" or latest.speaker_gender not in (None, "unknown", gender):
        return None
    named = latest.speaker_named and " " in latest.speaker
    return latest.speaker if not named or name_prior(latest.speaker.split()[0].lower()) in (None, gender) else None


def _author_before(text: str, cast: Cast, before: int, head: str) -> Speaker | None:
    """The person or organisation the text says wrote or sent a document, latest first: "Mariano
    wrote a memoir", "the committee released a report" (for a later "the book said"); one who spoke
    "in a statement" wrote the statement, and no other document (`head`, lower case)."""
    found = None
    for match in reversed(list(_authored().finditer(text, max(0, before - ANTECEDENT_REACH), before))):
        document = (match.group(1) or match.group(2)[:-2]).lower()  # ("posted": a post)
        named = cast_name_at(cast, match.start() - 1) if is_document(document) and (" in " not in match.group() or document == head) else None
        if named is not None and named.end == match.start() and named.kind in ("person", "organization"):
            found = named
            break
    found = found or author_named_by(text, cast, before, head)  # ("a report by Forrester Research", then "the report said")
    return None if found is None else Speaker(cast.expand(" ".join(found.name)), "organization") if found.kind == "organization" \
        else _person(found, cast)


@cache
def _authored() -> re.Pattern[str]:
    """"<author> wrote a memoir", "<author> released a 40-page report", "the director, <author>, said in
    a statement", "<author> posted": what makes a name a document's author (lexicons authoring_verbs,
    document_determiners, document_verbs); group 1 is the document's head word, else group 2 its verb."""
    return re.compile(rf",?[ \t]+(?:{lexicon_alternation('authoring_verbs')}[ \t]+{lexicon_alternation('document_determiners')}"
                      rf"[ \t]+(?:[\w-]+[ \t]+){{0,3}}?([a-z]+)\b|({lexicon_alternation('document_verbs')})\b)")


def _named_pair_before(text: str, cast: Cast, before: int) -> tuple[int, str] | None:
    """The latest two people named together ("Charles Grassley and Patrick Leahy") before a plural
    pronoun, within a paragraph's reach: where they ended, and both full names joined by "and"."""
    people = [named for named in cast.named[:bisect_left(cast.starts, before)] if named.kind == "person"]
    for position in range(len(people) - 1, 0, -1):
        second, first = people[position], people[position - 1]
        if before - second.end > _PAIR_REACH:
            break
        if second.entity != first.entity and _PAIR_GAP.fullmatch(text, first.end, _title_start(text, second)):
            return second.end, f"{_person(first, cast).name} and {_person(second, cast).name}"
    return None


def _title_start(text: str, named: Named) -> int:
    """Where a name's title opens before it ("[Labour peer] Lord Haskins"), else where the name does."""
    lead = " ".join(named.title)
    return named.start - len(lead) - 1 if lead and text.startswith(lead + " ", named.start - len(lead) - 1) else named.start


def _bare_pronoun(token: Token) -> str:
    """The pronoun without a contraction: "He's" -> "he"."""
    return token.lower.partition("'")[0]


def _resolve_relative(text: str, pronoun: Token, cast: Cast, earlier: Sequence[Quote]) -> Speaker:
    """"Beck, who has described Trump as ...": who is Beck; "a resident, who asked": the resident; "The
    Tower Commission report, which says", "GMAC (GMAC), which has said", "The IAAF - which said"."""
    before = tokenize(text, max(0, pronoun.start - 120), pronoun.start)
    set_off = bool(before) and before[-1].text in _SET_OFF  # "a resident, who": the relative adds to a whole phrase
    while before and (before[-1].text in _SET_OFF or before[-1].is_parenthetical or (
            len(before) > 1 and before[-1].text.isdigit() and before[-2].text == ",")):
        before.pop()  # (and an age: "Staunton, 49, who told")
    chain: list[Token] = []
    for token in reversed(before):
        if token.is_word and (token.is_capitalized or token.lower in load_lexicon("name_connectors")):
            chain.insert(0, token)
        else:
            break
    while chain and not chain[0].is_capitalized:
        chain.pop(0)
    agent = len(before) - len(chain)
    if chain and pronoun.lower == "who" and agent >= 3 and before[agent - 1].lower == "by" and is_inflected_verb(before[agent - 2].lower) \
            and people_word(before[agent - 3].lower):
        before, chain = before[:agent - 2], []  # "a floor broker contacted by Reuters, who also said": the broker (not "was
        # denied by Jack Straw, who", "a view shared by Rooney, who": no person before the participle)
    nobody = _names_nobody(chain[0], cast, earlier) if len(chain) == 1 else None  # "Anybody who says"
    if chain:
        return nobody or _resolve_name(chain, cast)
    described = noun_phrase_ending(before, len(before) - 1, 0) if before and pronoun.lower in ("who", "which") else None
    while set_off and pronoun.lower == "who" and described is not None and not people_word(before[described[1] - 1].lower):
        # "Workers [at the plant], who", "stewards [from the shipyard], who": "who" means people, before their place
        inside = [index for index in range(described[0] - 1, described[1] - 1) if index > 0 and before[index].lower in load_lexicon(
            "affiliation_prepositions")]
        if not inside:
            break
        before, described = before[:inside[-1]], (described[0], inside[-1]) if inside[-1] > described[0] else noun_phrase_ending(
            before, inside[-1] - 1, 0)
    one = described is not None and not is_plural(before[-1].lower) and (is_title(before[-1].lower) or gender_of_word(before[-1].lower))
    if described is not None and not set_off and not one:  # restrictive: "a wary response from [dealers] who said"
        people = (is_plural(before[-1].lower) and is_title(before[-1].lower)) or (pronoun.lower == "who" and people_word(
            before[-1].lower) and not any(is_inflected_verb(token.lower) or token.lower.endswith("ing")
                                          for token in before[described[0]:described[1] - 1]))  # "by [defence lawyers] who
        # have been arguing", "a [viewer] who says", "[skeptics] who said" (not "It means including people who")
        last = before[-1].lower
        body = pronoun.lower == "which" and (is_known_noun(last) or is_known_noun(last.removesuffix("s")))  # "a Preussag
        # statement which said", "the oil companies which have said": a document or a body speaks through "which"
        described = restrictive_group(before, described) or (described if people or body else None)  # (but "a union leader who said")
    head = before[-1].lower if described is not None else ""
    if described is None or not (is_title(head) or gender_of_word(head) or is_known_noun(head) or is_known_noun(
            head.removesuffix("s")) or (pronoun.lower == "who" and people_word(head))):  # ("a ruling which said",
        # "trade unions, who say": a body's, a document's)
        return Speaker(None, "unknown")  # (not "30, who")
    # "One resident, who asked not to be named, said": who is the resident; "clashes with [trade unions], who"
    cuts = load_lexicons("phrase_prepositions", "head_prepositions") if not set_off else load_lexicon("phrase_prepositions")
    start = max([described[0], *(index + 1 for index in range(*described) if before[index].lower in cuts)])  # ("support from [charities] who")
    apposed = _name_before_description(before, described[0])
    named = None if apposed is None else _resolve(text, before[apposed[0]].start, before[apposed[1] - 1].end, cast, earlier)
    if named is not None and named.name and named.kind in ("person", "organization"):
        return named  # "Dome Petroleum Ltd, the Canadian oil company which has said": the company named
    return _resolve(text, before[start].start, before[described[1] - 1].end, cast, earlier)


def _name_before_description(tokens: Sequence[Token], described: int) -> tuple[int, int] | None:
    """The capitalised name right before the comma that sets off a description opening with an
    article ("[Ngozi Okafor], the former minister who said"), or None."""
    comma = described - 1
    if comma < 1 or tokens[comma].text != "," or tokens[described].lower not in load_lexicon("articles") \
            or not (tokens[comma - 1].is_word and tokens[comma - 1].is_capitalized):
        return None
    start = comma - 1
    while start - 1 >= 0 and tokens[start - 1].is_word and (tokens[start - 1].is_capitalized or tokens[start - 1].lower in load_lexicon("name_connectors")):
        start -= 1
    while not tokens[start].is_capitalized:
        start += 1
    return start, comma


def _resolve_description(text: str, tokens: Sequence[Token], head: Token, cast: Cast, start: int,
                         earlier: Sequence[Quote]) -> Speaker:
    """"the senator" -> the person titled senator before it; "officials" stays "officials"."""
    phrase = head_phrase(tokens, head)
    lower = head.lower.rstrip(".")
    if is_document(lower) or (lower in load_lexicon("finding_subjects") and tokens.index(head) > 0 and tokens[tokens.index(head) - 1].is_possessive):
        return _resolve_document(text, tokens, head, cast, start, phrase, earlier)  # (and "Banxico's figures")
    at = tokens.index(head)
    if at > 0 and tokens[at - 1].lower == "those" and (lower.endswith("ed") or not is_noun(lower)):
        return Speaker(f"those {lower}", "group")  # "most of those questioned", "those present", "those close to him": people
    if lower in load_lexicons("organization_words", "company_nouns", "body_nouns", "company_units") or names_an_institution(tokens, lower):
        capitalized = [token.text for token in named_before(tokens, head, load_lexicons("articles", "determiners"))]
        return _resolve_body(text, tokens, head, capitalized, cast, start, phrase, earlier)
    if is_plural(head.lower) or lower.endswith("men"):  # ("businessmen", "fishermen")
        if tokens[0].lower == "one" and len(tokens) > 1 and tokens[1].lower == "of":
            return Speaker(singular_head(phrase), "person")  # "one of two witnesses": a witness
        return Speaker(phrase, "group")
    role = load_mapping("title_abbreviations").get(lower)
    holder = None if role is None or tokens[0].lower in ("a", "an") else office_holder(  # (not "a potential president")
        cast, [token.lower for token in tokens if token.is_word and token.start < head.start], role, start)
    if holder is not None:  # "the president" -> the person the article titled President, latest first
        return _person(holder, cast)
    if is_noun(lower) and not is_title(lower) and gender_of_word(lower) is None and not is_plural(lower) \
            and not lower.endswith(agent_endings()) and lower not in load_lexicon("other_person_roles"):
        owner = _named_owner(tokens, head, cast)
        if owner is not None and owner.name and (owner.kind == "person" or (owner.kind == "unknown" and lower in load_lexicons(
                "speech_nouns", "media_documents"))):  # "Oz's dubious medical advice earned him ... for saying",
            return owner  # "Morquendi's message read", "Marca's headline says": what is someone's speaks for them
        if lower not in load_lexicons("people_nouns", "demonyms", "party_members", "indefinite_pronouns") and not any(
                marks_a_person(token.lower) for token in tokens if token.start < head.start):  # ("the veteran lock")
            return Speaker(phrase, "unknown")  # "the unit said", "the data show": a thing or a body, no person
    # A singular description that is neither an organisation nor a document speaks for a person: the
    # salient one for an epithet, else someone unnamed ("the senator", "a dealer", "one analyst").
    holder = epithet_holder(text, tokens, head, cast, start, earlier)
    return _person(holder, cast) if holder is not None else Speaker(with_role_body(tokens, head, phrase), "person", gender=gender_of_word(lower))


def _resolve_document(text: str, tokens: Sequence[Token], head: Token, cast: Cast, start: int, phrase: str, earlier: Sequence[Quote]) -> Speaker:
    """"her statement read", "a Times article says", "the report said": a document speaks for its owner
    or author when the text gives one, else for the body that issued it, else it is the source itself."""
    lower = head.lower.rstrip(".")
    named = [token for token in named_before(tokens, head, load_lexicons("articles", "determiners", "months")) if not (token is tokens[0] and is_noun(
        token.lower) and SENTENCE_START.search(text, max(0, start - 4), start) and not names_with_word(cast, token.lower))]  # (not "[Market] reports")
    owner = _pronoun_owner(tokens[0], cast) if len(tokens) > 1 else None
    if owner is not None:  # "her statement read": the person "her" points to speaks
        return owner
    owner = _body_owner(text, tokens, head, cast, earlier) or _named_owner(tokens, head, cast)
    if owner is not None:  # "Ivana Trump's brief said": its author speaks
        return owner
    if body := body_after_document(tokens, head):  # "a statement from the ministry": the ministry speaks
        return _resolve_description(text, body, body[-1], cast, start, earlier)
    if named and tokens[tokens.index(head) - 1] is named[-1] and named[-1].lower not in load_lexicon("party_members"):
        eponym = _resolve_name(named, cast)  # "the Kok report", after "Wim Kok": the person it is named after (a
        if eponym.kind == "person" and eponym.name and " " in eponym.name and (eponym.gender is not None or eponym.title):
            return eponym  # person in full, with a gender or a title: not "The Gartner report", "the Democrat report")
    if named:  # "a Times article", "a Homeland Security memo": the organisation named
        last = [token for token in tokens if token.end <= head.start and token.is_word][-1]
        if last.lower in load_lexicon("organization_words") and last.start > named[0].start \
                and all(token.lower in load_lexicon("demonyms") for token in named):
            return Speaker(text[named[0].start:last.end], "organization")  # "a Malaysian government bulletin"
        return Speaker(cast.expand(" ".join(token.text for token in named)), "organization")
    if (tokens[0].lower in ("a", "an") and not any(token.lower in load_lexicon("organization_words") for token in tokens[1:-1])) or (
            is_plural(lower) and tokens[0].lower not in load_lexicons("articles", "possessive_pronouns")) \
            or tokens[0].lower in load_lexicon("pronoun_determiners"):  # (and "some reports", "one report")
        return Speaker(phrase, "organization")  # "reports say", "a new report": no one's (but "a ministry statement")
    author = stated_before(text, earlier, start, lower) or _author_before(text, cast, start, lower)
    if author is not None:  # "Mariano wrote a memoir ..." then "the book said": its author speaks
        return author  # (else "the report said": its author speaks; an article's or a story's a publication)
    if lower in load_lexicon("authorless_documents"):
        return Speaker(phrase, "organization")  # "the suit said": not the company it names
    spoke = organization_spoken_last(earlier, start) if tokens[0].lower == "the" and lower in load_lexicon("issued_documents") else None
    if spoke is not None:  # "MEES said ... The newsletter also said": MEES's
        return Speaker(spoke, "organization")
    nearest = (nearest_organization_with(cast, None, start, media=True)
               if lower in load_lexicon("media_documents") else None) or nearest_organization_with(cast, None, start, text=text)
    return Speaker(nearest or phrase, "organization")  # (not "a telex made available to [Reuters]": who received it)


def _body_owner(text: str, tokens: Sequence[Token], head: Token, cast: Cast, earlier: Sequence[Quote]) -> Speaker | None:
    """"The Bank's report said" after "the Bank of Israel", "the band council's statement": a body's noun
    owning a document speaks as "the Bank", "the band council" would."""
    owner = tokens.index(head) - 1
    if owner < 1 or tokens[0].lower != "the" or not tokens[owner].is_possessive \
            or without_possessive(tokens[owner].lower) not in load_lexicons("organization_words", "company_nouns", "body_nouns"):
        return None
    return _resolve(text, tokens[0].start, tokens[owner].start + len(without_possessive(tokens[owner].text)), cast, earlier)


def _named_owner(tokens: Sequence[Token], head: Token, cast: Cast) -> Speaker | None:
    """The name that owns the head of a phrase ("Ivana Trump's brief", "Oz's advice", "a release from Metrolinx")."""
    owners = [token for token in tokens if token.is_possessive and token.is_capitalized and token.end <= head.start and without_possessive(token.lower) not in load_lexicons("days", "months")]
    if not owners:
        return _resolve_name(source, cast) if (source := source_named_after(tokens, head)) else None
    first = next(index for index, token in enumerate(tokens) if token.is_capitalized and token.is_word)
    return _resolve_name(list(tokens[first:tokens.index(owners[-1]) + 1]), cast)


def _resolve_body(text: str, tokens: Sequence[Token], head: Token, capitalized: list[str], cast: Cast, start: int,
                  phrase: str, earlier: Sequence[Quote]) -> Speaker:
    """"his office said", "the Clinton campaign said", "the company said": an organisation's word, which
    speaks for its owner when an office's, else for the body named before or named with it."""
    lower = head.lower.rstrip(".")
    owners = [without_possessive(word) for word in capitalized]
    if lower in load_lexicon("company_nouns") and capitalized and capitalized[-1] != owners[-1] \
            and " ".join(owners).lower() in load_lexicon("places"):  # ("The US company" is the one that spoke)
        return Speaker(phrase, "organization")  # "Britain's biggest retailer": a company not named here
    spoke = company_speaking_before(tokens, head, earlier, start)
    if spoke is not None:
        return spoke  # "The Houston-based company said": the company that spoke last
    owner = _pronoun_owner(tokens[0], cast) if len(tokens) > 1 else None
    if owner is not None and owner.name:  # "his office said": him; "her campaign said": the Clinton campaign
        return owner if lower in load_lexicon("owner_voices") else Speaker(
            f"{owner.name.split()[-1]} {head.text}", "organization")
    if capitalized and lower in load_lexicon("owner_voices") and tokens[-2].is_possessive:
        person = _resolve_name([token for token in tokens if token.is_capitalized and token.end <= head.start], cast)
        if person.kind == "person":
            return person  # "Health Minister Sylvia Jones's office said": she speaks, as "her office" would
    if not capitalized and lower in load_lexicon("owner_voices") and len(tokens) > 2 and tokens[-2].is_possessive and tokens[0].lower == "the":
        holder = _titled_owner(tokens, cast, start)  # "the mayor's office said": the mayor the article named speaks, else
        return holder or Speaker(text[tokens[1].start:head.end], "organization")  # the office itself ("mayor's office")
    if owners and lower in load_lexicon("institution_kinds") and capitalized == owners and not any(
            word.lower() in load_lexicons("nationality_adjectives", "demonyms", "places") for word in owners) \
            and owners[-1].lower() not in load_lexicon("organization_words"):  # (not "the Energy Department agency")
        return Speaker(cast.expand(" ".join(owners)), "organization")  # "the Xinhua news agency" is Xinhua
    if owners:  # "the Clinton campaign", "Clinton's campaign"
        named = parse_name(" ".join(owners))
        if named is not None and named.kind == "person":
            owners = [named.name[-1]]  # "US President Donald Trump's administration": the Trump administration
        return Speaker(" ".join([*owners, head.text]), "organization")
    if tokens[0].lower in load_lexicon("indefinite_determiners"):
        return Speaker(phrase, "organization")  # "An investor group told the SEC": one not named before
    body = nearest_organization_with(cast, lower, start) or organization_named_with(earlier, lower, start) or (
        _introduced_body(text, lower, start, earlier) if tokens[0].lower == "the" else None) or (
        nearest_company(cast, start, text) if lower in load_lexicon("company_nouns") else None) or (
        ((organization_spoken_last(earlier, start, latest=True) if lower not in load_lexicon("media_documents") else None)
         or nearest_organization_with(cast, None, start)) if lower in load_lexicon("business_words") else None)
    return Speaker(body or phrase, "organization")  # "the company said": named before; "the agency said": the one that spoke


def _titled_owner(tokens: Sequence[Token], cast: Cast, start: int) -> Speaker | None:
    """The person last titled with the office whose possessive owns the phrase's head: "the mayor's
    office" -> Mayor Thomas Renwick; None when the article named no one so."""
    role = load_mapping("title_abbreviations").get(without_possessive(tokens[-2].text).lower())
    if role is None:
        return None
    holder = office_holder(cast, [token.lower for token in tokens[:-2] if token.is_word], role, start)
    return _person(holder, cast) if holder is not None else None


def _introduced_body(text: str, head: str, start: int, earlier: Sequence[Quote]) -> str | None:
    """"WASHINGTON - An investor group led by X said ... In a filing with the SEC, the group said": the
    group that opening introduced, as its quote named it, else as its words did; not the nearest
    organisation (here the one it filed with)."""
    introduced = body_introduced_before(text, head, start)
    if introduced is None:
        return None
    spoke = next((quote for quote in earlier if quote.mention_start == introduced.start(1)), None)
    return spoke.speaker if spoke is not None and spoke.speaker and spoke.speaker_type in ("organization", "group") else introduced.group(2)


def _pronoun_owner(token: Token, cast: Cast) -> Speaker | None:
    """The person a possessive "his" or "her" points to, as the salience pass resolved it."""
    if token.lower not in load_lexicon("possessive_pronouns") or load_mapping("pronouns").get(token.lower) not in ("male", "female"):
        return None
    named = resolved_at(cast, token.start)
    return _person(named, cast) if named is not None else None
