"""The commas around a speaker's phrase: a description set off after a name ("Hugh Hill, a doctor at
the clinic, said"), and a name set off after a description ("Another critic, Laurence H. Tribe, said";
"his former partner, Lawrence B. Cummings"). Which side of the commas names the speaker is decided
here; `quotes.phrases` asks while it reads back from a speech verb. A relative "who" set off by no
comma ("likely voters who said") names a group only (`restrictive_group`).
"""

from __future__ import annotations

from collections.abc import Sequence

from .lexicons import load_lexicon, load_lexicons
from .tokens import CLAUSE_END, QUOTE, Token
from .wordclass import is_abbreviated_title, is_describer, is_given_name, is_inflected_verb, is_known_noun, is_noun, is_title

__all__ = ["apposition_start", "aside_start", "before_marked_aside", "described_head", "description_comma", "is_bare_body_role", "listed_names_start", "name_after_comma", "name_before_bare_role", "name_between_commas", "set_off_role", "name_then_aside", "opens_absolute", "restrictive_group"]

_APPOSITION_WORDS = 40  # tokens an apposition may hold: "now 81 and retired in Cambridge, Mass."
_NAME_WORDS = 10
_OF_WORDS = 5  # words of an "of" phrase after a role: "the employee of [nearly four years]"
_ASIDE_WORDS = 10  # tokens of a phrase of place or time set off before a verb: ", on television or at events,"

Span = tuple[int, int]


def name_after_comma(tokens: list[Token], end: int) -> Span | None:
    """The name right after a description and its comma: "his former partner, Lawrence B. Cummings"."""
    if end + 1 >= len(tokens) or tokens[end].text != ",":
        return None
    stop = end + 1
    connectors = load_lexicon("name_connectors")
    while stop < len(tokens) and stop - end <= _NAME_WORDS and tokens[stop].is_word and (
            tokens[stop].is_capitalized or (tokens[stop].lower in connectors and stop > end + 1)):
        stop += 1
    if stop - (end + 1) < 2 or (stop < len(tokens) and tokens[stop].text not in (",", ".", ";", QUOTE)):
        return None  # a name has two words or more, and ends the phrase
    return end + 1, stop


def name_between_commas(tokens: list[Token], comma: int, floor: int) -> Span | None:
    """The name in "a description, A Name, said", when a lower-case description or a role in title case
    comes before it."""
    opening = comma - 1
    while opening > floor and comma - opening <= _NAME_WORDS and tokens[opening].text != ",":
        opening -= 1
    if opening <= floor or tokens[opening].text != "," or opening + 1 >= comma:
        return None
    last = comma
    while last - 1 > opening + 1 and tokens[last - 1].is_parenthetical:
        last -= 1  # "Marcia Price (D-Newport News)": the party tag ends the name's phrase
    first = opening + 1 + (tokens[opening + 1].lower == "the" and any(  # ", the Alphabet Workers Union," (not ", the senator,")
        token.is_capitalized and token.lower in load_lexicon("organization_words") for token in tokens[opening + 2:last]))
    while first < last - 1 and tokens[first].is_word and not tokens[first].is_capitalized \
            and _role_modifier(tokens[first].lower) and (is_title(tokens[first + 1].lower) or is_abbreviated_title(tokens[first + 1].text)):
        first += 1  # "his niece, state Del. Marcia Price,": the role's modifiers in lower case, then a title
    segment = tokens[first:last]
    connectors = load_lexicon("name_connectors")
    if not segment[0].is_capitalized or not all(
            token.is_word and (token.is_capitalized or token.lower in connectors) for token in segment):
        return None
    before = tokens[opening - 1]
    if before.is_capitalized and _role_ends_at(tokens, opening - 1, floor) and not any(
            is_title(token.lower) or token.lower in load_lexicon("organization_words") for token in segment) and (
            last - first > 1 or is_given_name(segment[0].lower)):  # (not "MP for Henley-on-Thames, [Oxfordshire],")
        return first, last  # "The Minister of Families, Rochelle Squires, said": the role, then the name
    if before.is_capitalized and _role_opens_clause(tokens, floor, opening) and last - first > 1:
        return first, last  # "Head of genetics at the National Institute, Professor Robin Lovell-Badge, said"
    if before.is_capitalized and segment[1:2] and segment[1].is_capitalized and not any(is_title(token.lower) for token in segment[1:]) \
            and _object_of_description(tokens, opening - 1, floor):  # (not "on behalf of Robert Zoellick, US Trade Representative,")
        return first, last  # "One pastor supporting Mr. Cruz, Darran Whiting, said": the pastor, named
    if last - first > 1 and tokens[floor].lower in load_lexicons("subordinators", "event_subordinators", "phrase_prepositions") \
            and not any(token.text == "," for token in tokens[floor:opening]):
        return first, last  # "When NYMEX announced its rule change in December, NYMEX President Rosemary McFadden, said":
        # an opening phrase, then the subject and a stray comma
    if before.is_capitalized or not before.is_word or _describes_opening_name(tokens, opening, floor):
        return None  # "Hugh Hill, Harvard Professor, said" keeps Hugh Hill (the apposition rule)
    if before.lower in load_lexicon("organization_words") and _names_a_body(segment) and _role_of_body(tokens, opening, floor):
        return None  # "an official of the farm union, CBT, said": the name is the body's, the official speaks
    return first, last


def _names_a_body(name: Sequence[Token]) -> bool:
    """"LZB", "Cacex", "Deutsche Bank": one word, or a name with an organisation's
    word (not "Bustanil Arifin", which may be a person's: a name of two words or more is taken as one)."""
    return len(name) == 1 or any(
        token.lower in load_lexicon("organization_words") for token in name)


def _role_of_body(tokens: list[Token], comma: int, floor: int) -> bool:
    """"[a spokesman for the regional central bank], LZB,": the words before `comma` are a role and a
    preposition of the body they end with."""
    start = next((index for index in range(comma - 1, floor - 1, -1) if not tokens[index].is_word), floor - 1) + 1
    return any(is_title(tokens[index].lower) and tokens[index + 1].lower in load_lexicon("role_prepositions")
               for index in range(start, comma - 2))


def _role_opens_clause(tokens: list[Token], floor: int, comma: int) -> bool:
    """"[Head of developmental genetics at the National Institute], Professor X, said": the clause opens
    with a role and a preposition of its domain, up to the comma before the name, which it describes."""
    return floor + 2 < comma and tokens[floor].is_capitalized and is_title(tokens[floor].lower) \
        and tokens[floor + 1].lower in load_lexicon("role_prepositions") and all(token.is_word for token in tokens[floor:comma])


def description_comma(tokens: list[Token], name: Span, floor: int) -> int | None:
    """"The plan would fail[,] a spokesman, John Smith, said": the comma that opens the description
    before a name set off by commas (`name_between_commas`'s), where the words before it end."""
    if name[1] >= len(tokens) or tokens[name[1]].text != "," or name_between_commas(tokens, name[1], floor) != name:
        return None
    opening = next((index for index in range(name[0] - 2, max(floor, name[0] - 2 - _NAME_WORDS) - 1, -1)
                    if not tokens[index].is_word), None)
    return opening if opening is not None and opening > floor and tokens[opening].text == "," else None


def is_bare_body_role(tokens: Sequence[Token]) -> bool:
    """"economist at Global Insight", "manager of the company Ecopetrol": a role of a body with no article,
    which right after a name and its comma is that name's apposition (its closing comma may be left out)."""
    return bool(tokens) and tokens[0].lower not in load_lexicons("articles", "determiners") and any(
        token.lower in load_lexicon("role_prepositions") for token in tokens[1:])


def set_off_role(tokens: Sequence[Token]) -> bool:
    """A role that right after a name and its comma is that name's apposition, its closing comma left
    out: a bare role of a body ("economist at Global Insight"), or a title its owner's possessive
    qualifies ("Labour's election strategist", "the party's chief economist")."""
    if not tokens:
        return False
    head = next((index for index, token in enumerate(tokens) if index and token.lower in load_lexicon("role_prepositions")), len(tokens)) - 1
    return (not tokens[0].is_capitalized and is_bare_body_role(tokens)) or (
        head > 0 and is_title(tokens[head].lower) and any(token.lower.endswith(("'s", "’s")) for token in tokens[:head]))
    # (and "Petronas's Vice-President [for Upstream Sector]": the title heads the words before its preposition)


def name_before_bare_role(tokens: list[Token], role: Span, floor: int) -> int | None:
    """"Oil output will fall[,] Franciso Chona, manager of the company Ecopetrol said": a bare role of a
    body after a name and its comma, the closing comma left out; the comma before the name, where the
    words before it end (the name is the role's, as `quotes.speakers` reads it)."""
    if role[0] - 2 <= floor or tokens[role[0] - 1].text != "," or not set_off_role(tokens[role[0]:role[1]]):
        return None
    start = role[0] - 1
    while start - 1 > floor and role[0] - 1 - start < _NAME_WORDS // 2 and tokens[start - 1].is_word and tokens[start - 1].is_capitalized:
        start -= 1
    if start < role[0] - 1 and tokens[start].lower in load_lexicon("places") and start == role[0] - 2:
        return None  # ("in Paris, London, the firm's economist said": a place listed)
    return start - 1 if start < role[0] - 1 and start - 1 > floor and tokens[start - 1].text == "," else None


def listed_names_start(tokens: list[Token], start: int, end: int, floor: int) -> int:
    """"[Baker, Stoltenberg] and Poehl said": the names listed with commas before a pair joined by "and"
    are speakers too; where the list starts. Not a place or a time opening the clause ("In Bonn,
    Stoltenberg and Poehl said"), which a preposition opens or no list word follows."""
    joined = next((index for index in range(start, end) if tokens[index].lower == "and"), None)
    if joined is None or any(is_title(token.lower) and tokens[index + 1].is_capitalized
                             for index, token in enumerate(tokens[joined + 2:end - 1], start=joined + 2)):
        return start  # (not "Agriculture, Livestock and Fisheries Under-Secretary Miguel Braceras": one office)
    stops = load_lexicons("phrase_prepositions", "clause_openers", "connectives", "articles", "places", "days", "months")
    while start - 2 >= floor and tokens[start - 1].text == "," and tokens[start - 2].is_word and tokens[start - 2].is_capitalized:
        element = start - 2
        while element - 1 >= floor and start - 2 - element < 3 and tokens[element - 1].is_word and tokens[element - 1].is_capitalized \
                and tokens[element - 1].lower not in stops:
            element -= 1
        opening = tokens[element - 1] if element > floor else None
        if any(token.lower in stops for token in tokens[element:start - 1]) or (opening is not None and opening.text not in (",", QUOTE)):
            break
        start = element
    return start


def _describes_opening_name(tokens: list[Token], opening: int, floor: int) -> bool:
    """"Gio Vian, the editor of the Vatican's newspaper, L'Osservatore Romano, said": the description
    before the name is itself set off after the name that opens the clause, so the later name
    glosses the description's noun (the newspaper), and the opening name speaks."""
    earlier = next((index for index in range(opening - 1, max(floor, opening - _APPOSITION_WORDS), -1)
                    if tokens[index].text in (",", QUOTE) or tokens[index].text in CLAUSE_END), None)
    if earlier is None or tokens[earlier].text != "," or earlier - 1 < floor:
        return False
    first = tokens[earlier + 1]
    if not (first.lower in load_lexicons("articles", "possessive_pronouns", "relative_pronouns") or first.is_possessive):
        return False  # (the description opens like one: "the editor", "its chief", "Vatican's envoy"; or a relative
        # clause does: "Cross, whose group includes his wife, Mary, said")
    start = earlier - 1
    while start > floor and tokens[start - 1].is_capitalized and tokens[start - 1].is_word:
        start -= 1
    if start != floor or not tokens[earlier - 1].is_capitalized or tokens[start].lower in load_lexicons(
            "phrase_prepositions", "date_prepositions", "days", "months"):
        return False  # (not "In Washington, the group's leader, X,")
    word = tokens[start].lower
    return earlier - start > 1 or not (word.endswith("ly") or is_noun(word) or is_describer(word))  # (not "Ironically,")


def _object_of_description(tokens: list[Token], last: int, floor: int) -> bool:
    """Whether the name ending at `last` is the object of a description that opens the clause, after
    its preposition or participle: "[One pastor supporting] Mr. Cruz", "[A friend of the] Clintons",
    "[The lawyer representing] Exxon", "[Taiwan's ambassador in] Montevideo"; so a name set off after it
    names the description's person."""
    start = last
    while start > floor and tokens[start - 1].is_word and (tokens[start - 1].is_capitalized or tokens[start - 1].lower == "the"):
        start -= 1
    link = start - 1
    if link - 2 < floor or not (tokens[link].lower in load_lexicon("head_prepositions") or tokens[link].lower.endswith("ing")):
        return False
    description = tokens[floor:link]
    return (description[0].lower in load_lexicon("determiners") or description[0].is_possessive) and all(
        token.is_word and not token.is_capitalized for token in description[1:])


def _role_modifier(word: str) -> bool:
    """A lower-case word that can qualify a title ("state", "former", "deputy"), not a preposition or a
    participle ("[including] Mr. Goldberg")."""
    return not word.endswith("ing") and word not in load_lexicon("phrase_prepositions") and (
        is_noun(word) or is_describer(word) or is_title(word))


def _role_ends_at(tokens: list[Token], last: int, floor: int) -> bool:
    """True when the capitalised run ending at `last` is a role, not a name: it opens with a title after
    any owner or article, and holds only titles or a domain after "of" ("[Manitoba's] Minister of
    Families", "The Deputy Mayor"; not "President Obama")."""
    connectors = load_lexicon("name_connectors")
    first = last
    while first - 1 >= floor and tokens[first - 1].is_word and (tokens[first - 1].is_capitalized or (
            tokens[first - 1].lower in connectors and first - 2 >= floor and tokens[first - 2].is_capitalized) or (
            tokens[first - 1].lower == "the" and first - 2 >= floor and tokens[first - 2].lower in connectors)):
        first -= 1  # ("Chief of [the] Eel River First Nation")
    span = tokens[first:last + 1]
    owner = max((index for index, token in enumerate(span) if token.is_possessive), default=-1)
    words = [token.lower for token in span[owner + 1:] if token.lower not in load_lexicon("articles")]
    while len(words) > 1 and words[0] in load_lexicons("subordinate_titles", "past_office_words"):
        words = words[1:]  # "Acting Detective Chief Superintendent", "Former Minister"
    rest = next((index for index, word in enumerate(words) if not is_title(word)), len(words))
    return rest > 0 and (rest == len(words) or words[rest] in connectors)  # (not "President Obama": a name)


def apposition_start(tokens: list[Token], comma: int, floor: int) -> int | None:
    """Index of the comma opening an apposition that ends at `comma`, or None if it is not one.

    An apposition describes the name before it: "a doctor at the clinic", "53", "R-Texas", "now 81 and
    retired in Cambridge, Mass.", "who runs the clinic". A clause ("he held his fire") is not one.
    The farthest comma that follows a name wins, since an apposition may hold commas of its own.
    """
    best: int | None = None
    for index in range(comma - 1, max(floor - 1, comma - _APPOSITION_WORDS - 1), -1):
        token = tokens[index]
        if token.text in CLAUSE_END or (token.text == QUOTE and not _embedded(tokens, index, floor)):
            break
        if token.text != "," or index <= floor or index + 1 >= comma:
            continue
        first = tokens[index + 1]
        if first.lower in load_lexicon("subject_pronouns") or (first.lower in load_lexicon("conjunctions")
                                                and first.lower not in load_lexicon("subordinators")
                                                and not _dated_description(tokens, index + 1)):
            continue  # "Hill, and then he said" is a clause; "Hill, when asked about it, said" interjects one
        if best is not None and (best - index > 2 and all(
                token.is_capitalized and token.is_word for token in tokens[index + 1:best]) or _lone_name_described(tokens, index, best)):
            break  # "Worried by the flooding, Senator Ann Lowry, the committee chair, said"
        name = tokens[index - 1]
        if _opening_phrase_ends(tokens, floor, index):
            continue  # "Of Carson, Levine, who backs Rubio, said": the opening phrase's object is no speaker
        if name.is_capitalized or name.lower in load_lexicon("subject_pronouns") or name.text.startswith("(") or is_known_noun(
                name.lower) or (first.lower in load_lexicon("example_openers") and _bare_noun_phrase(tokens, index, floor)) \
                or _known_head_before_of(tokens, index, floor) or (first.lower in ("who", "which") and is_noun(name.lower)) or (
                first.lower == "who" and described_head(tokens, index - 1, floor) is not None):
            best = index  # "Hugh Hill, a doctor, said" / "The lawmaker, who represents Albay, said" / "Veterans at the
            # rallies, including Mr. Jebens, said" / "One dealer, who asked not to be named, said": any noun "who" follows
            # (and any word after an article "who" follows, whatever the tagger says: "The [lock], who is 36, said")
    return best


def described_head(tokens: list[Token], head: int, floor: int) -> Span | None:
    """A word a relative clause describes, after an article and up to two lower-case words: a noun,
    whatever the tagger says of it alone ("The veteran [lock], who is 36, said")."""
    for article in range(head - 1, max(floor, head - 3) - 1, -1):
        if tokens[article].lower in load_lexicon("articles"):
            return article, head + 1
        if not tokens[article].is_word or tokens[article].is_capitalized:
            return None
    return None


def _lone_name_described(tokens: list[Token], comma: int, described: int) -> bool:
    """"In a filing with the Commission, [Sosnoff], a New York investor, said": one capitalised word
    between two commas, a description opening with an article after it, is the name it describes (not
    a suffix or a place: "Smith, Jr., a lawyer", "in Cambridge, Mass., the")."""
    if described - comma != 2 or described + 1 >= len(tokens):
        return False
    word = tokens[comma + 1]
    return word.is_word and word.is_capitalized and word.text[-1] != "." and word.lower not in load_lexicons(
        "name_suffixes", "company_forms", "places", "days", "months") and tokens[described + 1].lower in load_lexicons("articles", "possessive_pronouns")


def before_marked_aside(tokens: list[Token], index: int, floor: int) -> int | None:
    """The token before an aside in dashes or parentheses that ends at `index` (the name it describes:
    "Dickey, the chief executive of Ora -- ... -- told"), or None."""
    opener = "(" if tokens[index].text == ")" else tokens[index].text
    opening = next((position for position in range(index - 1, max(floor, index - _APPOSITION_WORDS), -1)
                    if tokens[position].text == opener or tokens[position].text in CLAUSE_END), None)
    if opening is None or tokens[opening].text in CLAUSE_END or opening - 1 < floor:
        return None
    described = apposition_start(tokens, opening, floor)
    if described is not None and tokens[described + 1].lower not in load_lexicon("articles"):
        described = None  # (not "Reached on Tuesday, Joyce -- ... -- told": a description, after its name)
    return (opening if described is None else described) - 1


def _known_head_before_of(tokens: list[Token], comma: int, floor: int) -> bool:
    """The phrase before `comma` is a role's or a body's with an "of" phrase: "The employee [of nearly
    four years], a registered Republican, said"."""
    of = next((index for index in range(comma - 1, max(floor, comma - _OF_WORDS) - 1, -1)
               if tokens[index].lower == "of" or not tokens[index].is_word), None)
    return of is not None and of - 1 >= floor and tokens[of].lower == "of" and is_known_noun(tokens[of - 1].lower)


def _embedded(tokens: list[Token], quote: int, floor: int) -> bool:
    """A quote placeholder right after a word ("who calls Trump a [“sociopath,”]"): a fragment inside the
    writer's words, which an apposition may hold; not a quote after a comma or a colon, or opening the clause."""
    return quote > floor and tokens[quote - 1].is_word


def _opening_phrase_ends(tokens: list[Token], floor: int, comma: int) -> bool:
    """Does the phrase before `comma` open the sentence ("[Of Carson], Levine, who backs Rubio, said",
    "[Appearing before supporters], Okafor, 70, said")? Its object is no speaker; "Running mate Tim
    Kaine, 58," is a subject."""
    if comma - floor == 1 and tokens[floor].lower in load_lexicons("connectives", "clause_openers"):
        return True  # "[However], one dealer, who asked not to be named, said"
    if comma - floor < 2 or any(token.text == "," for token in tokens[floor:comma]):
        return False
    first, second = tokens[floor], tokens[floor + 1]
    prepositions = load_lexicons("phrase_prepositions", "topic_prepositions")
    opens_with_preposition = first.is_capitalized and (first.lower in prepositions or first.lower in load_lexicon("prepositional_participles"))
    if opens_with_preposition and _preposition_object_ends(tokens, floor, comma):
        return True  # "[In a filing with the Securities and Exchange Commission], the group, which ..., said"
    if comma - floor > 3 and all(token.is_capitalized and token.is_word for token in tokens[comma - 2:comma]):
        return False  # a name after an opening phrase left without its comma: "Speaking after the vote Bob Neill,"
    if opens_with_preposition:  # (not "[At the time] Woolf, the judge, said")
        return comma - floor == 2 or not any(token.is_capitalized for token in tokens[floor + 1:comma]) or (
            tokens[comma - 2].is_possessive and not tokens[comma - 1].is_capitalized)  # "[Following Mr Straw's announcement],"
    return first.is_capitalized and first.lower.endswith("ing") and (
        second.lower in prepositions or second.lower in load_lexicons("articles", "determiners"))


def _preposition_object_ends(tokens: list[Token], floor: int, comma: int) -> bool:
    """"[In a filing with the SEC], the group, which ..., said": the name before the comma is the
    object of a preposition inside the opening phrase, not a subject after it left without its comma."""
    start = comma
    while start - 1 > floor and ((tokens[start - 1].is_capitalized and tokens[start - 1].is_word) or (
            tokens[start - 1].lower in load_lexicon("name_connectors") and tokens[start - 2].is_capitalized)):
        start -= 1  # ("the Securities and Exchange Commission")
    if start - 1 > floor and tokens[start - 1].lower in load_lexicons("articles", "determiners"):
        start -= 1
    return start < comma and start - 1 > floor and tokens[start - 1].lower in load_lexicons("phrase_prepositions", "topic_prepositions")


def _bare_noun_phrase(tokens: list[Token], comma: int, floor: int) -> bool:
    """"[Movie studios], including ...": a noun right before the comma, in a phrase without a
    preposition (not "key figures in [the scandal], including ...", whose head is further back) and
    not a time ("this week")."""
    name = tokens[comma - 1].lower
    if not is_noun(name) or name in load_lexicon("time_nouns"):
        return False
    prepositions = load_lexicons("phrase_prepositions", "topic_prepositions", "head_prepositions")
    return not any(token.lower in prepositions or token.lower == "of" for token in tokens[max(floor, comma - 4):comma - 1])


def _dated_description(tokens: list[Token], start: int) -> bool:
    """"then 38", "then a senator": a word of time before an age or a role, a description set off
    after a name ("Mr. Sperling, then 38, said"), not the start of a clause."""
    return tokens[start].lower in load_lexicon("role_time_words") and start + 1 < len(tokens) and (
        tokens[start + 1].text[0].isdigit() or tokens[start + 1].lower in load_lexicons("articles", "possessive_pronouns"))


def aside_start(tokens: list[Token], comma: int, floor: int) -> int | None:
    """Index of the comma opening a phrase of place or time set off right before a verb, or None:
    "voters who have heard him, [on television or at small events], said" (the speaker is before it);
    also a linking adverb alone: "Proponents of the bill, [however], say"."""
    opening = next((index for index in range(comma - 1, max(floor, comma - _ASIDE_WORDS) - 1, -1)
                    if not tokens[index].is_word), None)
    if opening is None or opening <= floor or tokens[opening].text != "," or opening + 1 >= comma \
            or not tokens[opening - 1].is_word:
        return None
    word = tokens[opening + 1].lower
    linking = opening + 2 == comma and (word in load_lexicons("connectives", "attribution_skip") or word.endswith("ly"))
    if not linking and word not in load_lexicons("phrase_prepositions", "date_prepositions"):
        return None
    before = tokens[opening - 1]  # a speaker's phrase ends there, or a relative clause about one does
    speaker = before.is_capitalized or is_known_noun(before.lower) or any(
        token.lower in ("who", "whom") for token in tokens[max(floor, opening - _NAME_WORDS):opening])
    auxiliary = before.lower in load_lexicon("auxiliaries")  # "he did, for the first time, say"
    return opening if speaker or linking or auxiliary else None  # (not "A key priority, in both settings, said the WEF is ...")


def restrictive_group(tokens: Sequence[Token], phrase: tuple[int, int]) -> tuple[int, int] | None:
    """"likely voters who said", "from security experts who": a restrictive "who" names a group, the
    words after the phrase's last preposition, when their head is a group word after modifiers alone
    (not "some who", "means including people who")."""
    start, end = phrase
    minor, articles = load_lexicon("minor_words"), load_lexicon("articles")
    start = max([start, *(index + 1 for index in range(start, end - 1)
                          if tokens[index].lower in minor and tokens[index].lower not in articles)])
    *modifiers, head = tokens[start:end]
    grouped = head.lower in load_lexicon("group_words") and head.lower not in load_lexicons(
        "determiners", "quantity_words", "floating_quantifiers")
    return (start, end) if grouped and not any(
        is_inflected_verb(word.lower) or word.lower.endswith("ing") for word in modifiers) else None


def opens_absolute(tokens: list[Token], preposition: int) -> bool:
    """"a full takeover, [with] analysts saying", "denied [by] UKIP spokesman, who said": a preposition
    after a comma, or an agent's "by" after a verb, opens the phrase of a speaker, no part of the one
    before it ("a source familiar [with] ...", "those affected [by] ..." are)."""
    before = tokens[preposition - 1] if preposition > 0 else None
    return tokens[preposition].lower in load_lexicon("phrase_prepositions") and before is not None and (before.text == "," or (
        tokens[preposition].lower == "by" and is_inflected_verb(before.lower) and preposition > 1
        and tokens[preposition - 2].lower not in load_lexicon("determiners")))


def name_then_aside(tokens: list[Token], start: int, comma: int) -> bool:
    """A name from `start` to the `comma`, and a lower-case word after it that opens no clause of its
    own: "[Obama], making it clear", "[Warren], who ..." (not "[Monday], he said", "[In Iowa], ...")."""
    words = tokens[start:comma]
    if not words or comma + 1 >= len(tokens) or not all(token.is_capitalized and token.is_word for token in words):
        return False
    following = tokens[comma + 1]
    return not any(token.lower in load_lexicons("days", "months", "places") for token in words) \
        and following.is_word and not following.is_capitalized and following.lower not in load_lexicon("subject_pronouns")
