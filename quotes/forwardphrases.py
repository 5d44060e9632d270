"""The noun phrase that starts at a token, read forwards: "said [the senator from Texas]", "told
[BBC Radio 4]", "said [Kristi Noem, the secretary]", "[A few minutes later] they said".

The inverted attributions and addressees after a verb need it, and so does the phrase grammar of
`quotes.phrases`, which reads a speaker's phrase backwards from the verb. Spans are token
positions, half-open. Where a name starts and ends, how far a role or a determiner's phrase
reaches, and whether a capitalised word opens a name are answered here once.
"""

from __future__ import annotations

from .lexicons import load_lexicon, load_lexicons, load_mapping
from .marks import QUOTE_CHARACTERS
from .appositions import name_after_comma
from .quantities import approximated_at, approximates
from .titles import (before_a_body, capitalized_run, department_of_place, foreign_body_end, firm_listed_after, before_a_title, body_name_after, placed_group_end, continues_phrase, modifies_a_title, role_before_person,
                     name_after_joined_roles, name_after_role_words, name_of_joiner, surname_particle, with_role_object)
from .speechverbs import noun_after_modifier
from .tokens import CLAUSE_END, QUOTE, Token
from .wordclass import is_describer, is_inflected_verb, is_noun, is_plural, is_title, is_verb

__all__ = ["NAME_WORDS", "PHRASE_WORDS", "is_name_start", "phrase_after"]

NAME_WORDS = 10  # words a name may hold, read either way
PHRASE_WORDS = 7  # words of a determiner's phrase: "some of his closest aides"
_MODIFIER_WORDS = 4  # lower-case words before a name: "former police officer Dana Cole", "tax lawyer Joe"
_QUALIFIER_WORDS = 3  # capitalised words qualifying a role before a person's name: "[Lib Dem] home affairs spokesman"
_ROLE_WORDS = 3  # lower-case words of a role between a company's name and a person's: "chief executive officer"


def phrase_after(tokens: list[Token], start: int, *, pronoun_or_name_only: bool = False) -> tuple[int, int] | None:
    """Token range of the noun phrase starting at `tokens[start]`: said [the senator from Texas]."""
    if start >= len(tokens):
        return None
    token = tokens[start]
    if token.lower in load_lexicon("subject_pronouns"):
        return start, start + 1
    if not token.is_word:
        return None
    if token.lower in load_lexicon("determiners") or token.is_possessive or (token.lower in load_lexicon("articles")):
        if pronoun_or_name_only and not token.is_capitalized:
            return None
        return _determiner_phrase(tokens, start)
    if not pronoun_or_name_only and approximates(tokens, start, len(tokens)):
        counted = _determiner_phrase(tokens, start + approximated_at(tokens, start))
        return None if counted is None else (start, counted[1])  # "[about 200 protesters] congregated"
    if token.lower in load_mapping("pronouns") or token.lower in load_lexicon("days") or (
            not token.is_capitalized and token.lower in load_lexicon("attribution_skip")):
        return None  # "said Wednesday, ...": a day is not a speaker (but "said Will Barrow" has one)
    if not token.is_capitalized and token.lower in load_lexicon("surname_prefixes") and start + 1 < len(tokens) \
            and tokens[start + 1].is_capitalized and tokens[start + 1].is_word and not tokens[start + 1].is_possessive:
        return start, _name_end(tokens, start + 1)  # "said [de Hora]": a surname that opens with its particle (not "by
        # [von Okafor's] reference": an owner)
    name_start = start
    if not token.is_capitalized and not is_title(token.lower):
        name_start = _modifiers_end(tokens, start, start)  # "former police officer Dana Cole", "tax lawyer Joe Brandt"
        if not _opens_name(tokens, name_start) or pronoun_or_name_only:
            return None
    elif _capital_of_sentence(tokens, start) and _opens_name(tokens, after := _modifiers_end(tokens, start + 1, start)):
        name_start = after  # "Double try scorer Martyn Williams": a modifier capitalised as the sentence opens
    if tokens[name_start].lower in load_lexicon("clause_openers") and not is_name_start(tokens, name_start):
        return None
    described = _described_people(tokens, start)
    if described is not None:
        return start, described  # "Small groups of protesters": capitalised as the sentence opens, no name
    end = max(_name_end(tokens, name_start), foreign_body_end(tokens, name_start, len(tokens)) or 0)  # ("said [Confédération des
    # syndicats nationaux]": a body's name in French)
    if tokens[end - 1].is_possessive and end < len(tokens) and tokens[end].is_word and not tokens[end].is_capitalized \
            and (owner := _owner_after_noun(tokens, start, end)) is not None:
        return start, owner  # "told [reporters] West Germany's rate is ...": the owner opens the next phrase
    body_name = body_name_after(tokens, name_start, end)  # "said US firm Intel"
    end = end if body_name is None else _name_end(tokens, body_name)
    if pronoun_or_name_only and not tokens[start].is_capitalized:
        return None
    if end < len(tokens) and not tokens[end].is_capitalized and tokens[end].is_word and tokens[end].lower in load_lexicon("group_words"):
        end += 1  # "Sanders [protesters] interrupted her": the name qualifies a group
    elif not pronoun_or_name_only:
        end = placed_group_end(tokens, name_start, end)  # "European [firms] have objected", "American [soybean producers] say"
    return start, with_role_object(tokens, _institution_kind_after(tokens, end))


def _subject_of_verb(tokens: list[Token], start: int) -> bool:
    """Capitalised words from `start`, then a finite verb: "[the Saudis] were", "[the Kremlin] said"."""
    end = next((index for index in range(start, len(tokens)) if not (tokens[index].is_word and tokens[index].is_capitalized)), len(tokens))
    verb = tokens[end].lower if end < len(tokens) else ""
    return verb in load_lexicons("auxiliaries", "modals", "copulas") or (is_inflected_verb(verb) and not is_noun(verb))


def _institution_kind_after(tokens: list[Token], end: int) -> int:
    """"said AP [news agency]", "reported Xinhua [news agency]": a kind of institution right after a
    name, with a noun before it, is the name's (lexicon institution_kinds)."""
    for width in (1, 2):
        words = tokens[end:end + width]
        if len(words) == width and all(token.is_word and not token.is_capitalized for token in words) \
                and words[-1].lower in load_lexicon("institution_kinds") and all(is_noun(token.lower) for token in words):
            return end + width
    return end


def _modifiers_end(tokens: list[Token], position: int, start: int) -> int:
    """Past the lower-case modifiers of a title or a name from `position` ("[talk radio] host Dale
    Pruitt": "talk" qualifies the title), at most a few words from the phrase's `start`."""
    while position < len(tokens) and position - start < _MODIFIER_WORDS and (continues_phrase(
            tokens[position]) or before_a_title(tokens, position) or (
                tokens[position].lower == "of" and position > start)) and not tokens[position].is_capitalized \
            and not is_title(tokens[position].lower) and tokens[position].lower not in load_lexicon("articles"):
        position += 1
    return position


def _opens_name(tokens: list[Token], position: int) -> bool:
    """A name or a title begins at `position` (not a day: "last Monday")."""
    return position < len(tokens) and (tokens[position].is_capitalized or is_title(tokens[position].lower)) \
        and tokens[position].lower not in load_lexicon("days")


def _capital_of_sentence(tokens: list[Token], start: int) -> bool:
    """A common adjective capitalised only because it opens the sentence, lower-case words after it: "Double try"."""
    previous = start - 1 - (start > 1 and tokens[start - 1].text in QUOTE_CHARACTERS)  # ('... start." Double try')
    return (start == 0 or previous < 0 or tokens[previous].text in CLAUSE_END) and is_describer(tokens[start].lower) \
        and start + 1 < len(tokens) and tokens[start + 1].is_word and not tokens[start + 1].is_capitalized


def _described_people(tokens: list[Token], start: int) -> int | None:
    """The end of a phrase for people that an adjective opens at a sentence's start ("Small groups of
    protesters", "Angry residents"), or None: a role before a name ("Chief executive Jim Skinner"),
    or a head that names no one ("Full support")."""
    if not (start == 0 or tokens[start - 1].text in CLAUSE_END) or tokens[start].lower.endswith("ing") \
            or not is_describer(tokens[start].lower) or is_noun(tokens[start].lower):
        return None
    end = start + 1
    while end < len(tokens) and tokens[end].is_word and not tokens[end].is_capitalized and (
            is_noun(tokens[end].lower) or is_describer(tokens[end].lower) or (
                tokens[end].lower == "of" and end + 1 < len(tokens) and is_noun(tokens[end + 1].lower))):
        end += 1  # ("of protesters")
    head = tokens[end - 1].lower
    if end == start + 1 or (end < len(tokens) and tokens[end].is_capitalized) or not (
            is_title(head) or head in load_lexicons("group_words", "company_nouns", "organization_words")):
        return None
    return end


def _determiner_phrase(tokens: list[Token], start: int) -> tuple[int, int] | None:
    """The phrase a determiner or a possessive opens: "the senator from Texas", "his former partner,
    Lawrence Cummings" (the name after the comma), "one of two witnesses", "another" alone."""
    token = tokens[start]
    end = start + 1
    if end < len(tokens) and token.lower in load_lexicon("articles") and (foreign := foreign_body_end(tokens, end, len(tokens))):
        return start, foreign  # "according to [the Société de transport de Montréal]"
    if end + 1 < len(tokens) and tokens[end].lower == "of" and token.lower in load_lexicon("quantity_words"):
        rest = phrase_after(tokens, end + 1)  # "one of two witnesses", "some of his aides"
        return None if rest is None else (start, rest[1])
    if end + 2 < len(tokens) and token.lower in load_lexicon("indefinite_determiners") and tokens[end].lower in load_lexicon("quantity_words") \
            and tokens[end + 1].lower == "of":
        rest = _determiner_phrase(tokens, end + 1)  # "a number [of] large MCI shareholders": "of" opens the people
        return None if rest is None else (start, rest[1])
    if end < len(tokens) and tokens[end].is_word and tokens[end].lower in load_lexicon("speech_verbs"):
        end += 1  # "a report", "the statement": after a determiner it is a noun
    while end < len(tokens) and end - start < PHRASE_WORDS and (continues_phrase(tokens[end]) or (end == start + 1 and tokens[end].lower in load_lexicon(
            "ordinals") and end + 1 < len(tokens) and continues_phrase(tokens[end + 1])) or (  # "said the [first] official"
            tokens[end].lower == "and" and tokens[end - 1].is_capitalized and _organization_follows(tokens, end + 1))
            or noun_after_modifier(tokens, end) or surname_particle(tokens, end) or name_of_joiner(tokens, end)
            or (tokens[end].lower == "the" and name_of_joiner(tokens, end - 1))) \
            and not (end > start + 1 and not tokens[end].is_capitalized and is_verb(tokens[end].lower)
                     and not noun_after_modifier(tokens, end) and not before_a_body(tokens, end)):
        end += 1  # "Other leaders [used]" ends; "the retired neurosurgeon", "a new report", "the Securities [and] Exchange Commission" go on
    if end - start == PHRASE_WORDS and end < len(tokens) and tokens[end].is_capitalized and tokens[end].is_word and tokens[end - 1].is_capitalized \
            and all(token.is_capitalized or token.lower in load_lexicon("name_connectors") for token in tokens[start + 1:end]):
        end = _name_end(tokens, end - 1)  # (the words' limit reached inside a name: "the Canadian Venture Capital and Private Equity [Association]")
    while end > start + 2 and (name_of_joiner(tokens, end - 1) or (tokens[end - 1].lower == "the" and name_of_joiner(tokens, end - 2))):
        end -= 1  # (the words' limit reached inside a name: "The Governor of the Central Bank [of]")
    if end == start + 1:
        alone = end == len(tokens) or tokens[end].text in CLAUSE_END or tokens[end].text == ","
        return (start, end) if alone and token.lower in load_lexicon("pronoun_determiners") else None
    if tokens[end - 1].is_possessive:
        owner = _owner_after_noun(tokens, start, end)
        if owner is None or owner - 1 == start:
            return None
        end = owner  # "told [a news conference] West Germany's rate is ...": the owner opens the next phrase
    end = with_role_object(tokens, end)
    named = name_after_comma(tokens, end)
    return named if named is not None else (start, end)  # "said his former partner, Lawrence Cummings"


def _owner_after_noun(tokens: list[Token], start: int, end: int) -> int | None:
    """Where the capitalised owner that ends a phrase at `end` (a possessive) begins, when a lower-case
    noun that can end a phrase stands before it ("told [reporters] West Germany's rate", "[a news
    conference] West Germany's"): the owner opens the next phrase. None otherwise."""
    owner = end - 1
    while owner - 1 > start and tokens[owner - 1].is_capitalized:
        owner -= 1
    return owner if tokens[owner].is_capitalized and _noun_ends_phrase(tokens[owner - 1]) else None


def _noun_ends_phrase(token: Token) -> bool:
    """A lower-case noun that can end a phrase before an owner's name ("reporters", "a news conference"),
    not a preposition the name is the object of ("Alex McLeish of Novo's punishment") nor a title the
    name holds ("analyst Anthony Bird Associates' review")."""
    return token.is_word and not token.is_capitalized and is_noun(token.lower) and (is_plural(token.lower) or not is_title(
        token.lower)) and token.lower not in load_lexicons("phrase_prepositions", "topic_prepositions", "owner_prepositions", "head_prepositions")


def _name_end(tokens: list[Token], name_start: int) -> int:
    """Where a name that starts at `name_start` ends: capitalised words, a title inside it
    ("Democratic [presidential nominee] Hillary Clinton"), the small words of names ("de", "of")."""
    end = counted = name_start + 1
    connectors = load_lexicon("name_connectors")
    while end < len(tokens) and end - counted < NAME_WORDS:
        following = tokens[end]
        if following.is_word and (following.is_capitalized or is_title(following.lower) or (  # ("BBC Radio [4's] Today")
                following.text[0].isdigit() and following.is_possessive)) and (
                following.lower not in load_lexicon("speech_verbs") or (  # "Ohio State University"
                    following.is_capitalized and end + 1 < len(tokens) and tokens[end + 1].is_capitalized
                    and tokens[end + 1].is_word)):
            end += 1
        elif following.is_word and end + 2 < len(tokens) and is_title(tokens[end + 1].lower) \
                and not tokens[end + 1].is_capitalized and (tokens[end + 2].is_capitalized or tokens[end + 2].text == ",") and (
                    modifies_a_title(tokens, end) or (
                    following.lower not in load_lexicon("speech_verbs") and not is_verb(following.lower))):
            end = counted = end + 2  # "Democratic [presidential nominee] Hillary Clinton", "Clinton’s [campaign
            # manager] Robby Mook", "Clean Rivers Alliance [volunteer coordinator] Mina Castell": the name after the role
        elif following.lower == "and" and (joined := name_after_joined_roles(tokens, end)) is not None:
            end = counted = joined + 1  # "said president [and chief executive] Bill Owens": one person's two roles
        elif following.is_parenthetical and end + 2 < len(tokens) and (role_before_person(tokens, end + 1) or (
                is_title(tokens[end + 1].lower) and tokens[end + 2].is_capitalized)):
            end += 1  # "said Bache Securities [(Japan)] analyst Darrell Whitten": the firm's country, then the role
        elif end - name_start <= _QUALIFIER_WORDS and (named := name_after_role_words(tokens, end)) is not None:
            end = counted = named  # "said Tory [shadow local government secretary] Caroline Spelman"
        elif role_before_person(tokens, end):
            end = counted = end + 2  # "Ireland [hooker] Shane Byrne": a role no title list holds, before a person's name
        elif following.lower in connectors and following.lower not in ("and", "&") and end + 1 < len(tokens) \
                and tokens[end + 1].is_capitalized and tokens[end + 1].is_word \
                and tokens[end + 1].lower not in load_lexicon("days") and not (following.lower == "the" and not any(
                    token.is_capitalized for token in tokens[name_start:end]) and _subject_of_verb(tokens, end + 1)):
            end += 1  # (not "Ann Lowry on Wednesday", nor "told [reporters] the Saudis were": a role and the subject
            # of the next clause; but "according to analysts the Radicati Group")
        elif following.lower in load_lexicon("chain_particles") and end + 2 < len(tokens) and tokens[end + 1].lower in \
                load_lexicon("chain_particles") and tokens[end + 2].is_capitalized and tokens[end + 2].is_word:
            end += 2  # "Pieter [van der] Berg"
        elif following.lower in ("and", "&") and (_organization_follows(tokens, end + 1) or (
                end - name_start == 1 and _one_word_then_role(tokens, end + 1))):
            end += 1  # "Securities [and] Exchange Commission Chairman Mary Jo White", "Marks [and] Spencer chief
            # executive Stuart Rose"
        elif following.text == "," and (listed := firm_listed_after(tokens, end)) is not None:
            end = counted = listed  # "Kidder[, Peabody and Co]": a firm's name whose names commas list
        else:
            break
    return end


def _organization_follows(tokens: list[Token], start: int) -> bool:
    """True when the capitalised run from `start` holds an organisation's word ("Exchange Commission") or
    a firm's plural ("[Weil and] Associates", "Smith and Sons"), or ends a department's name in a place's."""
    run = capitalized_run(tokens, start)
    return any(token.lower.rstrip(".") in load_lexicons("organization_words", "firm_plurals") for token in run) or (
        start > 1 and department_of_place([tokens[start - 2].text, "and", *(token.text for token in run)]))


def _one_word_then_role(tokens: list[Token], start: int) -> bool:
    """"Marks and [Spencer chief executive] Stuart Rose", "Richard and [Judy executive producer] Amanda
    Ross": one capitalised word ending a two-word name of a company or a show, then the role in lower
    case of the person named after it (not "John Smith and Treasury secretary Jane Doe": two people)."""
    role = start + 1
    if role >= len(tokens) or len(capitalized_run(tokens, start)) != 1:
        return False
    while role < len(tokens) and role - start <= _ROLE_WORDS and tokens[role].is_word and not tokens[role].is_capitalized \
            and (is_title(tokens[role].lower) or is_noun(tokens[role].lower) or continues_phrase(tokens[role])):
        role += 1  # ("executive producer": a title word, then a noun no title list holds)
    return any(is_title(token.lower) for token in tokens[start + 1:role]) and role < len(tokens) \
        and tokens[role].is_capitalized and tokens[role].is_word


def is_name_start(tokens: list[Token], index: int) -> bool:
    """A clause opener that is capitalised mid-sentence is part of a name ("Then" is not, "Will" is), and
    so is an ordinal that opens an organisation's name ("First Union Corp said")."""
    if index > 0 and tokens[index - 1].text not in CLAUSE_END | {QUOTE, ",", ":", "—", "–"}:
        return True
    run = capitalized_run(tokens, index + 1)
    return tokens[index].lower in load_lexicon("ordinals") and bool(run) and run[-1].lower.rstrip(".") in load_lexicon(
        "organization_words")
