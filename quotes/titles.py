"""Words that qualify a title rather than act: "White House [press] secretary Jane Doe", "[talk]
radio host Dale Pruitt", "policy [planning] director". A speech verb or a participle in such a place
is no verb ("press", "planning"), and the phrase grammar and the cue readers both ask. Also what a
role takes after it: "a spokesman [for the campaign]", "director of [commercial planning]".
"""

from __future__ import annotations

from collections.abc import Sequence

from .lexicons import load_lexicon, load_lexicons, load_mapping, lookup
from .tokens import CLAUSE_END, Token
from .wordclass import (agent_endings, can_be_verb, is_abbreviated_title, is_agent_of_verb, is_describer, is_given_name, is_inflected_verb, is_noun, is_plural,
                        is_present_participle, is_title, is_verb)

__all__ = ["department_of_place", "before_a_body", "before_a_title", "body_name_after", "continues_phrase", "capitalized_run", "coordinated_roles", "firm_listed_after", "in_capacity", "is_noun_modifier", "modifiers_of_title", "modifies_a_title", "name_of_joiner", "placed_group_end", "name_after_joined_roles", "name_after_role_words", "organization_of", "role_before_person", "role_in_chain", "role_noun", "surname_particle",
           "with_role_before", "with_role_object"]

_TITLE_MODIFIERS = 2  # lower-case words between a body's name and its title: "Justice Department [senior trial] counsel"
_ROLE_PHRASE_WORDS = 7  # words of a role phrase read back before "and": "The former first lady"
_BODY_MODIFIERS = 3  # words qualifying a body before its name: "the [state-run oil] company Ecopetrol"
_CAPACITY_WORDS = 6  # words of a capacity after "as": "said Hambros Bank Ltd as [co-lead manager]", "as [trustee for the notes]"
_JOINED_ROLE_WORDS = 3  # words of a second role joined by "and": "chief executive officer"
_ROLE_RUN_WORDS = 4  # lower-case words of a role between two names: "shadow local government secretary"
_TRADE_STEM = 3  # letters at least of each part of a trade's noun: "[bee][keeper]", "[glaci]ologist"
_OBJECT_WORDS = 10  # words of a role's object: "a spokesman for [the Ohio Department of Job and Family Services]"


def is_noun_modifier(tokens: list[Token], index: int) -> bool:
    """"planning" in "policy planning director", "managing" in "managing editor": a word in -ing
    before a noun or a title, no participle; and "a smiling Okafor": an adjective between a
    determiner and a name."""
    return index + 1 < len(tokens) and tokens[index + 1].is_word and (
        is_noun(tokens[index].lower) or is_title(tokens[index + 1].lower) or (
            index > 0 and tokens[index - 1].lower in load_lexicon("articles") and tokens[index + 1].is_capitalized))


def before_a_title(tokens: list[Token], index: int) -> bool:
    """"talk" in "talk radio host Dale Pruitt": a word qualifying the title a few words on."""
    return any(is_title(token.lower) and not token.is_capitalized for token in tokens[index + 1:index + 3])


def before_a_body(tokens: list[Token], index: int) -> bool:
    """"salvage" in "the Dutch salvage firm Smit": a word in its base form qualifying the noun for a body
    a word or two on (not "agreed" in "the minister agreed the company ...", nor a verb before plural "firms")."""
    if is_inflected_verb(tokens[index].lower):
        return False
    for token in tokens[index + 1:index + 3]:
        if not token.is_word or token.is_capitalized:
            return False
        if token.lower in load_lexicon("organization_words"):
            return not is_plural(token.lower)
    return False


def modifiers_of_title(tokens: list[Token], title: int, floor: int) -> int:
    """How many lower-case words qualify the title at `title` between it and a capitalised name before
    them: 2 in "Justice Department [senior trial] counsel Caroline Wolverton", 1 in "Trump [senior]
    adviser Stephen Miller"; 0 when no name comes before them ("fired [senior] counsel Jane Roe")."""
    count = 0
    while count < _TITLE_MODIFIERS and title - count - 2 >= floor:
        word = tokens[title - count - 1]
        if not word.text.isalpha() or word.is_capitalized or word.lower in load_lexicons(
                "articles", "determiners", "conjunctions", "phrase_prepositions", "name_connectors", "attribution_skip") \
                or (is_verb(word.lower) and not is_noun(word.lower)) or is_inflected_verb(word.lower) or (
                    is_present_participle(word.lower) and word.lower not in load_lexicon("subordinate_titles")):
            break  # (not "Lawyers [representing] singer Michael Jackson", but "Elks [acting] coach Ann Roe")
        count += 1
        before = tokens[title - count - 1]
        if before.is_word and before.is_capitalized:
            return count
    return 0


def modifies_a_title(tokens: list[Token], index: int) -> bool:
    """"White House press secretary Jane Doe": "press" is part of a title, not a verb (but "told" in
    "she told moderator John Dickerson" can only be a verb)."""
    if not is_noun(tokens[index].lower):
        return False
    following = index + 1
    titles = load_lexicon("titles")
    while following < len(tokens) and tokens[following].lower.rstrip(".") in titles \
            and not tokens[following].is_capitalized:  # singular: "told reporters Friday" is a verb
        following += 1
    if following == index + 1 and following + 1 < len(tokens) and tokens[following].text.endswith(".") \
            and (is_title(tokens[following].lower) or is_abbreviated_title(tokens[following].text)):
        following += 1  # "state Sen. Marcia Price", "state Del. ...": an abbreviated title in capitals, then the name
    return following > index + 1 and following < len(tokens) and tokens[following].is_capitalized \
        and tokens[following].lower not in load_lexicon("days")


def role_before_person(tokens: list[Token], index: int) -> bool:
    """A lower-case noun that no verb shares, between a name and a given name and surname: "Ireland
    [hooker] Shane Byrne", "Newcastle [boss] Graeme Souness"."""
    role = tokens[index]
    return index + 2 < len(tokens) and role.is_word and not role.is_capitalized and not is_verb(role.lower) \
        and role.lower not in load_lexicons("conjunctions", "name_connectors") \
        and not is_inflected_verb(role.lower) and (is_noun(role.lower) or not can_be_verb(role.lower)) \
        and tokens[index + 1].is_capitalized and is_given_name(tokens[index + 1].lower) \
        and tokens[index + 2].is_capitalized and tokens[index + 2].is_word


def with_role_before(tokens: list[Token], start: int, floor: int) -> int:
    """Extend "the Department of Homeland Security" to "a spokeswoman for the Department of ...", and
    "chip firm Intel" to "a spokesman for chip firm Intel": the body's description is no speaker."""
    described = _described_body_start(tokens, start, floor)
    if described != start and (extended := with_role_before(tokens, described, floor)) != described:
        return extended
    if start - 1 > floor and tokens[start - 1].lower in load_lexicon("past_office_words") and (
            extended := with_role_before(tokens, start - 1, floor)) != start - 1:
        return extended  # "an aide to [former] President Bill Clinton"
    if start - 2 < floor or tokens[start - 1].lower not in load_lexicon("role_prepositions"):
        return start
    role = tokens[start - 2]
    if not is_title(role.lower) and role.lower not in load_mapping("gendered_words"):  # (and "a woman from Georgia")
        return start
    index = start - 2
    while index - 1 >= floor and index > start - 6:
        previous = tokens[index - 1]
        if previous.lower in load_lexicon("determiners") or previous.is_possessive:
            return index - 1
        joins_names = previous.lower == "and" and index - 2 >= floor and tokens[index - 2].is_capitalized
        if not previous.is_word or previous.lower in load_lexicon("attribution_skip") or previous.lower in load_mapping("pronouns") \
                or (previous.lower in load_lexicon("conjunctions") and not joins_names):
            break  # (not "[but] attorneys for the department said"; "Ray Astin and Chairman of the Exchange Ronald Li" goes on)
        index -= 1
    return index


def _described_body_start(tokens: list[Token], start: int, floor: int) -> int:
    """Where "the state-run oil company" starts before the name "Ecopetrol" at `start`: a lower-case
    word for a body, the words qualifying it and their determiner; `start` when no such word is there."""
    if start - 1 < floor or tokens[start - 1].is_capitalized or tokens[start - 1].lower not in load_lexicon(
            "organization_words"):
        return start
    index = start - 1
    while index - 1 >= floor and index > start - 2 - _BODY_MODIFIERS:
        previous = tokens[index - 1]
        if previous.lower in load_lexicon("determiners"):
            return index - 1
        if not previous.is_word or previous.lower in load_lexicons(
                "role_prepositions", "attribution_skip", "conjunctions", "articles") or previous.lower in load_mapping(
                "pronouns") or is_title(previous.lower) or is_inflected_verb(previous.lower):
            break
        index -= 1
    return index


def _placed(tokens: list[Token], start: int, end: int) -> bool:
    """All of `tokens[start:end]` say where from: a place, a people's noun or a nation's adjective."""
    return all(token.lower in load_lexicons("demonyms", "places", "nationality_adjectives") for token in tokens[start:end])


def placed_group_end(tokens: list[Token], name_start: int, end: int) -> int:
    """"European [firms]", "U.S. [companies]", "American [soybean producers]": a plural noun after a
    people's adjective or a place (a word qualifying it between) is a group the words say where from
    (a description, so not where only a name or a pronoun will do). Where the group ends, else `end`."""
    if not _placed(tokens, name_start, end):
        return end
    if _plural_noun_at(tokens, end):
        return end + 1
    if _plural_noun_at(tokens, end + 1) and tokens[end].is_word and not tokens[end].is_capitalized and not is_inflected_verb(tokens[end].lower):
        return end + 2
    return end


def _plural_noun_at(tokens: list[Token], index: int) -> bool:
    token = tokens[index] if index < len(tokens) else None
    return token is not None and token.is_word and not token.is_capitalized and is_plural(token.lower) and is_noun(token.lower)


def body_name_after(tokens: list[Token], start: int, end: int) -> int | None:
    """"US [firm] Intel", "Japanese [car maker] Toyota", "Spanish [teenager] Nadal": after a place or a
    people's adjective, a lower-case noun for a body or a person (and up to two words qualifying it)
    describes the name that follows; where that name starts, or None."""
    if not _placed(tokens, start, end):
        return None
    index = end
    while index < len(tokens) and index - end <= _BODY_MODIFIERS and tokens[index].is_word and not tokens[index].is_capitalized \
            and not is_inflected_verb(tokens[index].lower):
        index += 1
    body = tokens[index - 1].lower if index > end else ""
    named = index < len(tokens) and tokens[index].is_word and tokens[index].is_capitalized
    described = body in load_lexicons("organization_words", "business_words", "people_nouns") or is_title(body) or (
        is_noun(body) and body.endswith(agent_endings()))  # (and "Spanish [teenager] Nadal")
    return index if named and described and not is_plural(body) else None


def in_capacity(tokens: list[Token], start: int, end: int) -> bool:
    """"..., said Hambros Bank Ltd [as lead manager].": the capacity a speaker spoke in, after its name
    at the end of a sentence (no object of the verb, so the clause before is what was said)."""
    words = tokens[start + 1:end]
    return tokens[start].lower == "as" and 0 < len(words) <= _CAPACITY_WORDS \
        and all(word.is_word and not word.is_capitalized for word in words) \
        and any(is_title(word.lower) or word.lower.removesuffix("s").endswith("er") for word in words)
    # ("as [arranger]", "as one of the [dealers]", "as [trustee] for the notes"; not "reported as advertising revenue")


def coordinated_roles(tokens: list[Token], start: int, floor: int) -> int:
    """"[The former first lady and] U.S. senator said", "[The feminist writer and] broadcaster": two
    roles joined under one determiner describe one speaker (or one group: "The bankers and lawyers");
    else `start`, the words after "and" alone ("the bill next week and [congressional sources]")."""
    skip = load_lexicons("attribution_skip", "phrase_prepositions", "owner_prepositions", "time_nouns", "conjunctions", "days")
    for index in range(start - 2, max(floor - 1, start - 2 - _ROLE_PHRASE_WORDS), -1):
        token = tokens[index]
        if token.lower in load_lexicon("determiners") or token.is_possessive:
            opens = index == floor or not tokens[index - 1].is_word or tokens[index - 1].lower in load_lexicons(
                "subordinators", "clause_joiners")  # (not "fell against [the euro and] analysts said": an object)
            return index if index < start - 2 and opens else start
        if not token.is_word or (token.lower in skip and token.lower not in load_lexicon("ordinals")) \
                or token.lower in load_mapping("pronouns") or is_inflected_verb(token.lower):
            return start
    bare = start - 2 >= floor and start - 2 - floor < _ROLE_PHRASE_WORDS and is_plural(tokens[start - 2].lower)
    return floor if bare else start  # "[Union leaders and] trade campaigners have been warning": two bare plurals open the clause


def name_after_joined_roles(tokens: list[Token], conjunction: int) -> int | None:
    """"president [and] chief executive Bill Owens", "chairman [and] chief executive officer Bill Ford":
    two roles in lower case joined before a name are one person's (not "Smith and chairman Bob Jones").
    The position of the name, or None."""
    if not 0 < conjunction < len(tokens) - 2 or tokens[conjunction].lower != "and":
        return None
    before = tokens[conjunction - 1]
    opens = conjunction == 1 or tokens[conjunction - 2].text in CLAUSE_END  # ("Chairman and chief executive ...")
    if not before.is_word or (before.is_capitalized and not opens) or not is_title(before.lower) or is_plural(before.lower):
        return None
    role = conjunction + 1
    while role < len(tokens) and role - conjunction <= _JOINED_ROLE_WORDS and tokens[role].is_word \
            and (not tokens[role].is_capitalized or before.is_capitalized) and (is_title(tokens[role].lower) or is_noun(tokens[role].lower)) \
            and not is_plural(tokens[role].lower):
        role += 1  # ("chief executive officer", "board member"; in title case after a title in title case: "Chairman
        # and Chief Executive Officer Anthony O'Reilly")
    named = role < len(tokens) and any(is_title(token.lower) for token in tokens[conjunction + 1:role]) \
        and tokens[role].is_word and tokens[role].is_capitalized
    return role if named else None


def organization_of(previous: str, following: str) -> bool:
    """"Organisation for Economic Cooperation [and] Development", "Bank of Credit [and] Commerce", "Committee
    on Ways [and] Means": an organisation's head word and its preposition before "and", and a capitalised
    common word after it, make one name (not "Bank of England [and] Barclays"). The cast's name chains,
    the speaker phrase (`quotes.heads.organization_headed`) and the phrase grammar all read it so."""
    words, first = previous.split(), following.split()[0]
    return first[:1].isupper() and (is_noun(first.lower()) or is_describer(first.lower())) and any(
        word[:1].isupper() and word.lower() in load_lexicon("organization_words") and after in load_lexicon("head_prepositions")
        for word, after in zip(words, words[1:]))


def name_after_role_words(tokens: list[Token], index: int) -> int | None:
    """"Tory [shadow local government secretary] Caroline Spelman": lower-case words of a role, the
    last a title, between a name and the person it titles; the position of that person's name, or None."""
    stops = load_lexicons("articles", "determiners", "conjunctions", "phrase_prepositions", "name_connectors", "attribution_skip")
    position = index
    while position < len(tokens) and position - index < _ROLE_RUN_WORDS and tokens[position].text.isalpha() \
            and not tokens[position].is_capitalized and tokens[position].lower not in stops \
            and tokens[position].lower not in load_mapping("pronouns") and not is_inflected_verb(tokens[position].lower):
        position += 1
    if position == index or position + 1 >= len(tokens):
        return None
    title, name = tokens[position - 1].lower, tokens[position]
    return position if is_title(title) and not is_plural(title) and name.is_word and name.is_capitalized \
        and name.lower not in load_lexicon("days") and (is_given_name(name.lower) or tokens[position + 1].is_capitalized) else None


def continues_phrase(token: Token) -> bool:
    """Can this token sit inside a noun phrase after its determiner ("the [Florida senator]")? Not a
    question's first word ("asked by a reporter [whether]")."""
    return (token.is_word and (token.is_capitalized or token.lower not in load_lexicon("speech_verbs"))
            and token.lower not in load_lexicon("name_connectors")
            and token.lower not in load_lexicon("attribution_skip")
            and token.lower not in load_mapping("pronouns") and token.lower not in load_lexicon("question_words")
            and (token.lower not in load_lexicon("clause_openers") or token.lower in load_lexicon("ordinals")
                 or token.is_capitalized))  # (a name's word: "the [Today] programme")


def surname_particle(tokens: list[Token], index: int) -> bool:
    """"Salomon's [di] Clemente", "the general's [de] Gaulle": a surname's particle before its capital."""
    return tokens[index].lower in load_lexicon("surname_prefixes") and index + 1 < len(tokens) and tokens[index + 1].is_capitalized


def name_of_joiner(tokens: list[Token], index: int) -> bool:
    """"the Bank [of] England", "the Department [of the] Interior", "the Center [for] American Progress":
    the small word inside a body's name, between capitalised words."""
    if index < 1 or not tokens[index - 1].is_capitalized or tokens[index].lower not in ("of", "for"):
        return False
    after = index + 1 + (index + 1 < len(tokens) and tokens[index + 1].lower == "the")
    return after < len(tokens) and tokens[after].is_capitalized and tokens[after].is_word


def with_role_object(tokens: list[Token], end: int) -> int:
    """Extend "a spokesman" to "a spokesman for the campaign" when a role noun takes its organisation."""
    if end + 1 >= len(tokens) or tokens[end].lower not in load_lexicon("role_object_prepositions"):
        return end
    if not is_title(tokens[end - 1].lower):
        return end
    index = end + 1
    determined = index < len(tokens) and (tokens[index].lower in load_lexicon("determiners") or tokens[index].is_possessive)
    index += determined
    extended = index
    while extended < len(tokens) and extended - end < _OBJECT_WORDS and tokens[extended].is_word and (
            tokens[extended].is_capitalized or extended == index
            or (determined and continues_phrase(tokens[extended]) and not is_verb(tokens[extended].lower))
            or (tokens[extended].lower in load_lexicon("name_connectors") and extended + 1 < len(tokens)
                and tokens[extended + 1].is_capitalized)):
        extended += 1  # ("the director of Halifax's largest shelter": a determiner opens a noun phrase)
    if extended == index + 1 and not determined:
        extended = _bare_noun_phrase_end(tokens, extended, end + _OBJECT_WORDS)
    if extended > index and extended < len(tokens) and tokens[extended].text == ",":
        extended = firm_listed_after(tokens, extended) or extended  # "an analyst at Kidder[, Peabody and Co]"
    return extended if extended > index else end


def firm_listed_after(tokens: list[Token], comma: int) -> int | None:
    """Where a firm's name that a comma inside it goes on ends: "Goldman[, Sachs and Co]", "Merrill
    Lynch[, Pierce, Fenner and Smith Inc]": single names listed by commas, then "and" and a name that
    ends in a legal form or an organisation's word; None otherwise (a list of bodies or people)."""
    bodies, index = load_lexicons("company_forms", "organization_words"), comma
    while index < len(tokens) and tokens[index].text == ",":
        run = capitalized_run(tokens, index + 1)
        if not 1 <= len(run) <= 2 or any(token.lower.replace(".", "") in bodies for token in run):
            return None
        index += 1 + len(run)
    if index + 1 >= len(tokens) or tokens[index].lower != "and":
        return None
    last = capitalized_run(tokens, index + 1)
    end = index + 1 + len(last)
    if not last or last[-1].lower.replace(".", "") not in bodies or (end < len(tokens) and is_title(tokens[end].lower)):
        return None  # (nor a firm before a role: "Thomas McKiernan, McKiernan and Co chairman")
    return end


def capitalized_run(tokens: list[Token], start: int) -> list[Token]:
    """The capitalised words from `start` on."""
    end = start
    while end < len(tokens) and tokens[end].is_word and tokens[end].is_capitalized:
        end += 1
    return tokens[start:end]


def _bare_noun_phrase_end(tokens: list[Token], index: int, limit: int) -> int:
    """"director of commercial [planning], Robert Boyle": lower-case words after the first of a role's
    object without a determiner, taken only when a comma or the sentence's end follows them (else
    only the first word is: "head of research [at] ...")."""
    end = index
    while end < min(limit, len(tokens)) and not tokens[end].is_capitalized and continues_phrase(tokens[end]):
        end += 1
    closed = end == len(tokens) or tokens[end].text == "," or tokens[end].text in CLAUSE_END
    return end if closed else index


def department_of_place(words: Sequence[str]) -> bool:
    """"Fisheries and Oceans Canada", "Environment and Climate Change Canada", "Employment and Social
    Development Canada": capitalised common nouns (and their adjectives) joined by "and", then a place: the fields of a department named after its place, one organisation
    (not "West Germany and Japan", "Brazil and China")."""
    places = load_lexicon("places")
    return len(words) > 3 and "and" in words and words[-1].lower() in places and all(
        word == "and" or (word[:1].isupper() and (is_noun(word.lower()) or is_describer(word.lower())) and word.lower() not in places)
        for word in words[:-1]) and is_noun(words[-2].lower())  # ("Employment and [Social] Development Canada")


_FOREIGN_NAME_WORDS = 9  # tokens of a body's name in French after its head: "de la construction du Québec"
_ELIDED = ("l'", "d'", "l’", "d’")


def foreign_body_end(tokens: list[Token], head: int, limit: int) -> int | None:
    """Where a body's name written in French ends, its head word at `head`: "[Fédération autonome de
    l'enseignement]", "[Confédération des syndicats nationaux]", "[Société de transport de Montréal]".
    After a connector come at most two lower-case words or one capitalised word; the name ends at its
    last word that is no connector. None when no connector follows the head (an English name)."""
    if not tokens[head].is_capitalized or tokens[head].lower not in load_lexicon("organization_words"):
        return None
    connectors, english = load_lexicon("romance_connectors"), load_lexicons(
        "articles", "determiners", "auxiliaries", "copulas", "modals", "relative_pronouns", "subject_pronouns",
        "coordinators", "speech_verbs", "phrase_prepositions")
    end, index, lower_run, joined, closed = head + 1, head + 1, 0, False, False
    while index < min(limit, len(tokens), head + _FOREIGN_NAME_WORDS) and tokens[index].is_word:
        token = tokens[index]
        if token.lower in connectors and not token.is_capitalized:
            joined, lower_run, closed = True, 0, False
        elif token.lower.startswith(_ELIDED) and not token.is_capitalized:
            joined, lower_run, closed, end = True, 1, False, index + 1  # "de [l'enseignement]"
        elif token.is_capitalized and not closed and (joined or index == head + 1):
            closed, end = True, index + 1  # "de [Montréal]": only a connector goes on after it
        elif not token.is_capitalized and not closed and lower_run < 2 and token.lower not in english:
            lower_run, end = lower_run + 1, index + 1  # "autonome", "syndicats nationaux"
        else:
            break
        index += 1
    return end if joined and end > head + 2 else None


def foreign_body_before(tokens: list[Token], last: int, floor: int) -> tuple[int, int] | None:
    """The body's name in French (`foreign_body_end`) that ends with `tokens[last]`, with its article:
    "[The Fédération des travailleurs du Québec] said"."""
    if not any(token.lower in load_lexicon("romance_connectors") or token.lower.startswith(_ELIDED)
               for token in tokens[max(floor, last - _FOREIGN_NAME_WORDS):last + 1]):
        return None
    for head in range(last - 2, max(floor, last - _FOREIGN_NAME_WORDS) - 1, -1):
        if foreign_body_end(tokens, head, last + 1) == last + 1:
            return (head - 1 if head > floor and tokens[head - 1].lower in load_lexicon("articles") else head), last + 1
    return None


def role_in_chain(words: list[str], index: int, core: int, organizations: frozenset[str]) -> bool:
    """"Channel Four [controller] Roly Keating": a lower-case noun for who does something between a
    body's name and a person's (of whatever body after it) is the person's role, whether or not the
    given name is a listed one; so is such a noun opening a sentence, when no one bears it as a name
    ("[Printmaker] Ningiukulu Teevee", "[Harvester] Nadine Tucker"; not "Hunter Biden", "Carver Mead")."""
    word, name = words[index], words[index + 1:core]
    name = name[:next((at for at, part in enumerate(name) if part in load_lexicon("affiliation_prepositions")), len(name))]
    opening = index == 0 and word[1:].islower() and lookup("name_genders", word.lower()) is None and not is_given_name(word)
    if not ((0 < index and word.islower()) or opening) or not 2 <= len(name) <= 3 or not all(
            part[:1].isupper() and part.rstrip(".").lower() not in organizations for part in name):
        return False
    if not (role_noun(word.lower()) or (opening and word.lower().endswith(agent_endings()) and is_given_name(name[0]))):
        return False  # (a word with an agent's ending no lexicon holds, before a given name: "[Harvester] Nadine Tucker")
    first, last = name[0].lower(), name[-1].lower()  # a person's name: a given name, or words no English noun ends
    if opening and is_plural(last):
        return False  # ("Distributor Sony Pictures": a firm's name ends in a plural noun)
    return is_given_name(name[0]) or not (is_noun(first) or is_describer(first) or can_be_verb(first) or is_noun(last) or is_plural(last))


def role_noun(word: str) -> bool:
    """A lower-case noun for who does something: a verb's agent ("controller", "producer"; not
    "weather"), a noun of a trade in -ist or -ian ("journalist", "librarian"), a trade's ending
    ("paleoecologist", lexicon trade_endings) or a noun before an agent ("printmaker", "beekeeper")."""
    return is_agent_of_verb(word) or (len(word) > 5 and word.endswith(("ist", "ian")) and is_noun(word)) or (
        word.endswith(tuple(load_lexicon("trade_endings"))) and len(word) > _TRADE_STEM) or any(
        is_noun(word[:cut]) and is_agent_of_verb(word[cut:]) for cut in range(_TRADE_STEM, len(word) - _TRADE_STEM))
