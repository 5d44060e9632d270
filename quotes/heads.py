"""Head words of speaker phrases: which word a description is about, and the phrase that names it.

"a spokesman for the campaign" is about a spokesman, "groups of protesters" about protesters, "chief
of staff Reince Priebus" about a person; the head decides whether a description is a person, a body,
a group or a document (`quotes.speakers`), and whether an "and" in it joins one name's words or two
speakers. Pure functions over a mention's tokens.
"""

from __future__ import annotations

from collections.abc import Sequence

from .lexicons import load_lexicon, load_lexicons
from .model import keeps_case
from .cast import Cast
from .chains import office_domains_end
from .names import gender_of_word, is_legal_form, parse_name, person_after_body, without_possessive
from .titles import department_of_place, foreign_body_end, name_after_joined_roles, organization_of
from .quantities import counts, is_number, is_percent
from .tokens import Token
from .wordclass import agent_stem, is_describer, is_given_name, is_inflected_verb, is_noun, is_plural, is_plural_noun, is_title, is_verb

__all__ = ["descriptive_lead", "head_phrase", "head_word", "is_document", "named_before", "names_an_institution", "one_name_with_and", "with_role_body", "organization_headed", "people_word", "singular_head",
           "split_on_and", "place_owner", "titled_office"]


def head_word(tokens: Sequence[Token]) -> Token | None:
    """The head word of a phrase: the last word before a preposition ("spokesman" in "a spokesman for
    the campaign"), or the word after "of" when the first part only counts ("groups of protesters")."""
    words = [token for token in tokens if token.is_word]
    if not words:
        return None
    foreign = next((index for index in range(min(2, len(words))) if foreign_body_end(words, index, len(words)) == len(words)), None)
    if foreign is not None:
        return words[foreign]  # "the [Confédération] des syndicats nationaux": a body's name in French, headed by its first word
    if len(words) > 1 and words[-1].lower.endswith("ed") and not words[-1].is_capitalized and is_noun(words[-2].lower) \
            and not is_noun(words[-1].lower):
        words = words[:-1]  # "a statement [issued]", "a source [involved]": a participle after its noun
    close = next((index for index, token in enumerate(words[1:], start=1) if token.lower in load_lexicon("postnominal_words")
                  and (index == 1 or not words[index - 1].is_capitalized) and (is_plural(words[index - 1].lower) or (
                      words[index - 1].lower in load_lexicon("other_person_roles")))), None)
    if close is not None:
        return words[close - 1]  # "two people [familiar] (with the matter)", "sources [close] to X", "analysts [here]",
        # "a source [close] to the management side"
    run = len(words)
    while run > 0 and words[run - 1].is_capitalized:
        run -= 1
    preceding = words[run - 1].lower if run else ""
    named_after_body = not is_noun(words[-1].lower) and (
        (preceding in load_lexicon("organization_words") and any(is_given_name(word.text) for word in words[run:-1]))  # "the union
        or person_after_body([word.text for word in words[run:]]))  # Unison [Dave] Prentis", "director of the Banco do
    # Brasil's Foreign Trade Department (Cacex) [Roberto] Fendt": a person's name after a body's
    if 0 < run <= len(words) - 2 and ((preceding not in load_lexicons(
            "name_connectors", "articles", "phrase_prepositions", "organization_words") and (is_noun(preceding) or not any(
                word.lower in load_lexicon("head_prepositions") for word in words[:run]))) or named_after_body):
        # (but "a spokesman for the Department of ...", "a spokesman for the salvage firm Smit International";
        # "hedge fund Atticus Capital" names no person; nor "a spokesman for the state-owned Taiwan Sugar Corp")
        return words[-1]  # "chief of staff Reince Priebus", "secretary of state John Kerry": a name after its role
    for index, token in enumerate(words):
        previous = words[index - 1] if index > 0 else None
        if previous is not None and (not previous.is_capitalized or index == 1) and not token.is_capitalized and (
                token.lower in load_lexicon("relative_pronouns") or (token.lower.endswith("ing") and is_verb(token.lower[:-3])
                                                                     and not is_noun(token.lower))) and (
                previous.lower in load_lexicons("organization_words", "group_words") or is_title(previous.lower) or is_plural_noun(previous.lower)):
            return previous  # "the union [representing] flight attendants", "[Lawyers] representing Michael Jackson"
        if token.lower in load_lexicon("head_prepositions") and index > 0:
            before = words[index - 1]
            if token.lower == "in" and is_number(before) and index + 2 < len(words) and is_number(words[index + 1]):
                continue  # "Nine in 10 [voters] in the poll": a share, whose head comes after it
            if token.lower == "of" and (counts(before) or is_percent(words, index - 1)) \
                    and index + 1 < len(words):  # "groups of protesters", "40% of homes", "40 pct of voters"
                return head_word(words[index + 1:])
            if before.is_capitalized and any(word.is_capitalized for word in words[index + 1:]) and not (index == 1 and (
                    before.lower in load_lexicon("group_words") or is_plural_noun(before.lower))) and not (
                    before.text.isupper() and is_title(before.lower)):  # ("Lawyers for X"; "the Tory [MP] for Sleaford")
                return words[-1] if words[-1].is_capitalized or is_title(words[-1].lower) or words[-2].is_possessive else before
                # "Department of Homeland Security"; "a Council for Economic Planning and Development [spokesman]",
                # "the Bank of Mexico's [report]"
            return _noun_before_participle(words, index - 1)
    return words[-1]


def _noun_before_participle(words: Sequence[Token], index: int) -> Token:
    """"a registration [document] filed with the SEC": a past participle after its noun qualifies it."""
    word = words[index]
    if index > 0 and word.lower.endswith("ed") and not word.is_capitalized and is_inflected_verb(word.lower) and not is_noun(word.lower) \
            and is_noun(words[index - 1].lower) and not words[index - 1].is_capitalized:
        return words[index - 1]
    return word


def descriptive_lead(tokens: Sequence[Token]) -> int:
    """How many lower-case words open a mention before its capitalised name, titles excepted ("tax
    [lawyer] Joe Brandt" keeps its title), and an article only before another such word ("the
    Bundesbank" keeps its article); or the whole description of a body before its name ("[the Dutch
    salvage firm] Smit International")."""
    articles = load_lexicon("articles")
    lead = 0
    while lead < len(tokens) - 1 and tokens[lead].is_word and not tokens[lead].is_capitalized \
            and not (is_title(tokens[lead].lower) and not (lead == 0 and is_plural(tokens[0].lower) and tokens[1].is_capitalized)) \
            and not (tokens[lead].lower in articles and tokens[lead + 1].is_capitalized):  # ("[analysts] Gartner": no one's title)
        lead += 1
    if 0 < lead < len(tokens) and tokens[lead].is_capitalized and tokens[lead].is_word \
            and tokens[lead].lower not in load_lexicons("days", "months"):  # not "a report Tuesday"
        return lead
    return _body_description(tokens)  # (and "[US firm] Intel", "[Japanese car maker] Toyota")


def _body_description(tokens: Sequence[Token]) -> int:
    """The length of "the Dutch salvage firm" before "Smit International": words with no title or
    preposition among them, then a lower-case noun for a body right before the name; else 0."""
    for index, token in enumerate(tokens[1:-1], start=1):
        if not token.is_capitalized and is_title(token.lower) and tokens[index + 1].is_capitalized and all(
                word.is_capitalized for word in tokens[index + 1:]) and tokens[-1].lower.rstrip(".") in load_lexicons(
                    "organization_words", "company_forms") and not any(word.is_capitalized and word.lower not in load_lexicons(
                        "places", "nationality_adjectives") for word in tokens[1:index]):  # (not "The EC's executive Commission")
            return index + 1  # "UK [broadcaster] Virgin Radio": a role before a body's name describes the body
        if not token.is_word or (is_title(token.lower) and not _title_as_adjective(tokens, index)) \
                or token.lower in load_lexicons("phrase_prepositions", "role_prepositions"):
            return 0
        if not token.is_capitalized and token.lower in load_lexicons("organization_words", "business_words") \
                and tokens[index + 1].is_capitalized and tokens[index + 1].is_word \
                and tokens[index + 1].lower not in load_lexicon("organization_words"):  # (not "the Federal reserve Board")
            return index + 1
    return 0


def _title_as_adjective(tokens: Sequence[Token], index: int) -> bool:
    """"the [official] news agency Tass", "the [official] newspaper El Peruano": a title's word before
    another lower-case word describes the body's noun."""
    following = tokens[index + 1]
    return following.is_word and not following.is_capitalized


def head_phrase(tokens: Sequence[Token], head: Token) -> str:
    """A description reduced to its head phrase, lower case but for initials and nations ("one Democratic
    source on the panel" -> "democratic source"; "U.S. officials", "Salvadoran authorities")."""
    words = [token for token in tokens if token.is_word and token.end <= head.end]
    start = 0
    for index, token in enumerate(words):
        if token.lower in load_lexicon("head_prepositions") and token.end <= head.start and not _inside_name(words, index):
            start = index + 1  # (not inside a name: "a Council for Economic Planning and Development spokesman")
    words = words[start:]
    skip = load_lexicons("determiners", "articles")
    while words and (words[0].lower in skip or words[0].is_possessive or words[0].text[0].isdigit()):
        words = words[1:]
    return " ".join(token.text if keeps_case(token.text) else token.text.lower() for token in words) or head.text.lower()


def with_role_body(tokens: Sequence[Token], head: Token, phrase: str) -> str:
    """"a spokeswoman for Royal Mail" -> "royal mail spokeswoman", "an official of Boeing Co" -> "boeing
    co official": an unnamed person's description keeps the body named after the role, as "a Royal
    Mail spokeswoman" would (the case of `head_phrase`), so reports tell one body's spokesman from another's."""
    at = tokens.index(head) + 1
    if head.is_capitalized or at + 1 >= len(tokens) or tokens[at].lower not in load_lexicon("role_object_prepositions"):
        return phrase  # (an office in capitals names itself: "the Governor of the Bank of England")
    start = at + 1 + (tokens[at + 1].lower == "the" and at + 2 < len(tokens))
    while start + 1 < len(tokens) and not tokens[start].is_capitalized and is_describer(tokens[start].lower):
        start += 1  # "a spokesman for the [state-owned] Taiwan Sugar Corp": the body is the name
    end = start
    while end < len(tokens) and tokens[end].is_word and (tokens[end].is_capitalized or (
            tokens[end].lower in load_lexicon("name_connectors") and end + 1 < len(tokens) and tokens[end + 1].is_capitalized)):
        end += 1
    if end == start or (end < len(tokens) and tokens[end].is_word) or all(
            token.lower in load_lexicons("nationality_adjectives", "demonyms", "places") for token in tokens[start:end]):
        return phrase  # (a name, and no more: not "a spokesman for the Ohio Department of Job and Family Services' unit"; nor "the Dutch")
    words = [token.text if keeps_case(token.text) else token.text.lower() for token in tokens[start:end]]
    return " ".join([*words[:-1], without_possessive(words[-1]), phrase])


def _inside_name(words: Sequence[Token], index: int) -> bool:
    """A preposition between a name's words: "Council [for] Economic Planning", "Top [of] the Pops" (not
    "One [of] Wall Street's players", whose first word only opens the sentence)."""
    after = index + 2 if index + 2 < len(words) and words[index + 1].lower in load_lexicon("articles") else index + 1
    return 0 < index and after < len(words) and words[index - 1].is_capitalized and words[after].is_capitalized \
        and words[index - 1].lower not in load_lexicons("determiners", "articles", "quantity_words", "number_words")


def named_before(tokens: Sequence[Token], head: Token, skipped: frozenset[str]) -> list[Token]:
    """The capitalised words before a head that may name its owner: those after the last that cannot
    ("the San Francisco-based group"; with months `skipped`, "the January announcement"). "Cyprus-based",
    "US-led": a capitalised word with a participle for a tail describes (not "Anti-abortion")."""
    named: list[Token] = []
    for token in tokens:
        if token.end > head.start:
            break
        if token.is_capitalized and token.is_word:
            if token.lower in skipped or (token.is_possessive and without_possessive(token.lower) in load_lexicons("days", "months")) or ("-" in token.text and token.text.rpartition("-")[2][:1].islower()
                                          and token.text.endswith("ed")):
                named = []
            else:
                named.append(token)
    return named


def names_an_institution(tokens: Sequence[Token], head: str) -> bool:
    """"the daily", "The US regulator", "a Kuwaiti daily": a kind of institution after an article or an
    owner (not "the writer and broadcaster", a person's role too, nor "Neither regulator")."""
    return head in load_lexicon("institution_kinds") and not is_title(head) and (
        tokens[0].lower in load_lexicon("articles") or tokens[0].is_possessive)


def singular_head(phrase: str) -> str:
    """"two witnesses" -> "witness", "top aides" -> "top aide", "deputies" -> "deputy": the head of a plural
    phrase made singular."""
    words = phrase.split()
    if words and words[0][0].isdigit():
        words = words[1:] or words
    last = words[-1]
    if last.endswith("ies") and len(last) > 4:
        last = last[:-3] + "y"  # "deputies" -> "deputy"
    elif last.endswith(("sses", "shes", "ches", "xes")):
        last = last[:-2]
    elif last.endswith("s") and not last.endswith("ss"):
        last = last[:-1]
    return " ".join([*words[:-1], last])


def split_on_and(tokens: Sequence[Token]) -> list[list[Token]]:
    """"Doyle, Reyes and Lam" -> the words of each: the people of a speaker phrase that names several."""
    parts: list[list[Token]] = [[]]
    for index, token in enumerate(tokens):
        if token.lower in ("and", "&"):
            parts.append([])
        elif token.text != ",":
            parts[-1].append(token)
        elif parts[-1] and all(word.is_capitalized for word in parts[-1]) and index + 1 < len(tokens) \
                and tokens[index + 1].is_capitalized and tokens[index + 1].is_word:
            parts.append([])  # a comma between names lists them (not one before a description: "Doyle, a doctor, and Lam")
    return [part for part in parts if part]


def organization_headed(words: Sequence[Token]) -> bool:
    """`quotes.titles.organization_of` of a speaker phrase's words around its first "and" ("The Bank of
    Credit and Commerce"; not "the Bank of England and the Treasury")."""
    joined = next((index for index, word in enumerate(words) if word.lower == "and"), len(words) - 1)
    return 0 < joined < len(words) - 1 and organization_of(" ".join(word.text for word in words[:joined]), words[joined + 1].text)


def titled_office(tokens: Sequence[Token], words: Sequence[Token], head: Token) -> bool:
    """"The Treasury Secretary", "the Culture Secretary", "The King": an office in capitals after "the",
    one person's (not "the Department of Justice", "The Law Lords", "the Scottish Executive")."""
    return head is words[-1] and (tokens[0].lower == "the" or place_owner(tokens[0])) and not is_plural(head.lower) \
        and head.lower not in load_lexicons("body_titles", "media_words") and not any(word.lower == "of" for word in words)


def place_owner(token: Token) -> bool:
    """"Britain's", "Kuwait's": a country's possessive, which before an office in capitals stands where
    "the" does ("Kuwait's Oil Minister", "Britain's Foreign Secretary": one person)."""
    return token.is_possessive and token.text[:-2].lower() in load_lexicon("places")


def is_document(word: str) -> bool:
    """A document that speaks for an author (lexicons document_words, authorless_documents), lower case."""
    return word in load_lexicons("document_words", "authorless_documents")


def people_word(word: str) -> bool:
    """A noun that can name the people a "who" refers to: a role, a gendered word, a plural noun, an agent
    ("viewer", "artist"); not "week" nor "support"."""
    return is_title(word) or gender_of_word(word) is not None or (is_plural(word) and is_noun(word)) or len(
        agent_stem(word)) > 2  # (not "plant", "giant")


def one_name_with_and(tokens: Sequence[Token], words: Sequence[Token], cast: Cast) -> bool:
    """A speaker phrase holding "and" that names one body or one person, not several."""
    return _title_then_name_after_and(words) or _office_of_two_domains(words) or any(  # ("president and chief executive Bill Owens")
        token.lower == "and" and name_after_joined_roles(list(tokens), index) is not None for index, token in enumerate(tokens)) \
        or _and_in_role_object(tokens) or organization_headed(words) or cast.company_begun_by(
        tuple(word.text for word in words), words[-1].lower, tokens[0].start) is not None or any(  # "James Capel and [Co] analyst
        word.lower in ("and", "&") and (is_legal_form(following.text) or following.lower in load_lexicon("firm_plurals"))
        for word, following in zip(words, words[1:])) or _firm_after_of(words) or department_of_place([word.text for word in words])
    # ("James Capel and [Co] analyst Tom Murtha", "Jane Roe of Smith and [Associates]", "Fisheries and Oceans Canada")


def _firm_after_of(words: Sequence[Token]) -> bool:
    """"Emmanuel Gaillard of Shearman and Sterling": an "and" after a name's "of" and its object, with
    one more capitalised word after it and no given name, joins a firm's name, which is the place the
    person works, not a second speaker."""
    joined = len(words) - 2
    return joined > 2 and words[joined].lower == "and" and words[-1].is_capitalized and not is_given_name(words[-1].lower) \
        and any(word.lower == "of" and words[index - 1].is_capitalized and words[index + 1].is_capitalized and not is_title(words[index - 1].lower)
                and words[index - 1].lower not in load_lexicons("organization_words", "body_nouns")  # (not "The Bank of England and Barclays")
                for index, word in enumerate(words[1:joined - 1], start=1))


def _and_in_role_object(tokens: Sequence[Token]) -> bool:
    """"The MP for Sittingbourne and Sheppey", "Lawyers for Mr Fawcett and Mr McDonald": an "and" after a
    role's preposition joins its object's words, not two speakers (not after "of", which a title's
    domain takes before the holder's name: "Minister of Mines and Energy Subroto" is read as a name)."""
    joined = next(index for index, token in enumerate(tokens) if token.lower == "and")
    return any(token.lower in load_lexicon("role_prepositions") and token.lower != "of" and index > 0
               and is_title(tokens[index - 1].lower) for index, token in enumerate(tokens[:joined]))


def _title_then_name_after_and(words: Sequence[Token]) -> bool:
    """"House Ways and Means Committee Chairman Kevin Brady": after the last "and", a title and then
    only capitalised words, the name of the one person the whole chain titles."""
    last_and = max(index for index, word in enumerate(words) if word.lower == "and")
    titles = [index for index in range(last_and + 1, len(words) - 1) if is_title(words[index].lower.rstrip("."))]
    first = parse_name(" ".join(word.text for word in words[:last_and]))
    return bool(titles) and titles[0] > last_and + 1 and all(word.is_capitalized for word in words[titles[-1] + 1:]) \
        and (first is None or first.kind != "person")  # not "Donald Trump and House Speaker Paul Ryan"


def _office_of_two_domains(words: Sequence[Token]) -> bool:
    """"Minister of Energy and Mines Subroto", "The Minister of Agriculture and Fisheries": one office
    (`quotes.chains.office_domains_end`), then at most its holder's name, no second title ("Secretary of
    State George Shultz and Treasury Secretary James Baker" are two people)."""
    words = words[1:] if len(words) > 1 and words[0].is_possessive else words  # ("[Japan's] Minister of ...")
    end = office_domains_end([word.text for word in words])
    return end is not None and not any(is_title(word.lower) for word in words[end:])
