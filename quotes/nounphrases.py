"""Noun phrases read back from their last word: where the phrase that ends at a token starts.

"the 34-year-old mother of three", "US Homeland Security Secretary Kristi Noem", "[Baker,
Stoltenberg] and Poehl", "the lawyer for [the suspects]": a name (with its title and the names
listed before it), or a determiner's phrase with its modifiers; no phrase ends at an article or a
verb ("His comments [come]"), and a bare singular noun is none ("time said"). `quotes.phrases`
reads a speech verb's subject with it, `quotes.attribution` a speaker's name.
"""

from __future__ import annotations

from .lexicons import load_lexicon, load_lexicons, load_mapping
from .appositions import listed_names_start, opens_absolute
from .quantities import approximator_before, counts, is_number, is_percent
from .speechverbs import is_speech_verb
from .titles import coordinated_roles, modifiers_of_title, name_after_joined_roles, organization_of, with_role_before
from .forwardphrases import NAME_WORDS, PHRASE_WORDS, is_name_start
from .wordclass import is_inflected_verb, is_known_noun, is_noun, is_plural, is_title, is_verb
from .tokens import Token

__all__ = ["Span", "noun_phrase_ending"]

Span = tuple[int, int]


def noun_phrase_ending(tokens: list[Token], last: int, floor: int) -> Span | None:
    """The noun phrase whose last token is `tokens[last]`: a name, or a determiner's phrase."""
    token = tokens[last]
    if token.text == "%" and last - 1 >= floor and tokens[last - 1].text[0].isdigit():
        return last - 1, last + 1  # "42 % say"
    if not _may_end_phrase(tokens, last, floor):
        return None
    determiners = load_lexicon("determiners")
    connectors = load_lexicon("name_connectors")
    start = last
    if (token.is_capitalized and not _lone_demonym(tokens, last, floor)) or token.text[0].isdigit():
        start = listed_names_start(tokens, _name_start(tokens, last, floor), last + 1, floor)  # ("[Baker, Stoltenberg] and Poehl";
        # not "the 55-year-old [Frenchman]", a people's noun read like a common one)
    else:
        while start - 1 >= floor and last - start < PHRASE_WORDS:
            previous = tokens[start - 1]
            if previous.lower == "of" and start - 2 >= floor and is_title(tokens[start - 2].lower):
                start -= 1  # "the secretary of state", "the head of communications"
                continue
            if _inside_body_name(tokens, start, floor):
                start -= 1
                continue
            if previous.lower in determiners or previous.is_possessive or previous.text[0].isdigit():
                start -= 1
                if previous.is_possessive:
                    continue
                if previous.text[0].isdigit() and start - 1 >= floor and tokens[start - 1].lower in determiners:
                    start -= 1  # "the 34-year-old mother of three"
                break
            if previous.lower == "and" and (named := _name_around_and(tokens, start, floor)) is not None:
                start = named  # "A Department for Education [and] Skills source said": the "and" of a body's name
                break
            if previous.lower == "and":
                head = tokens[last].lower
                if is_title(head) or is_plural(head) or head in load_lexicon("organization_words"):
                    start = coordinated_roles(tokens, start, floor)  # "[The comic and] actor said"
                break
            if previous.lower in load_lexicon("time_nouns") and start - 2 >= floor and tokens[start - 2].lower in load_lexicons(
                    "time_determiners", "days"):
                break  # "[Last month] Dutch traders said", "[Friday night] exporters said": when, not who
            ordinal = previous.lower in load_lexicon("ordinals")  # "the former [first] lady": an adjective, no adverb
            if previous.is_word and (ordinal or _adverb_of_participle(tokens, start, floor) or _passive_in_phrase(tokens, start)
                                     or previous.lower not in load_lexicon("attribution_skip")) \
                    and previous.lower not in connectors and not (previous.lower in load_lexicon("speech_verbs")
                                                                  and is_speech_verb(tokens, start - 1)) \
                    and previous.lower not in load_mapping("pronouns") and previous.lower not in load_lexicon("connectives") \
                    and not (previous.lower in load_lexicon("causative_verbs") and not previous.lower.endswith("ing")) \
                    and previous.lower not in load_lexicons("conjunctions", "question_words") and not opens_absolute(tokens, start - 1):
                start -= 1
            else:
                break
        approximated = approximator_before(tokens, start, floor) if is_number(tokens[start]) else 0
        if approximated and start - approximated - 1 >= floor and tokens[start - approximated - 1].lower == "of":
            start -= approximated  # "the employee of [nearly] four years" (the phrase after "of" read on back)
        if tokens[start].lower not in determiners and not tokens[start].is_possessive \
                and not is_plural(tokens[last].lower) and not tokens[start].text[0].isdigit() and not (
                    tokens[start].is_capitalized and is_known_noun(tokens[last].lower)) and not _headline_role(tokens, start, last, floor):
            return None  # a bare singular noun ("reporters said" is fine, "time said", "Trump took" are not)
    return _with_share_before(tokens, with_role_before(tokens, start, floor), floor), last + 1




def _inside_body_name(tokens: list[Token], start: int, floor: int) -> bool:
    """The word before `start` belongs to a body's name before a role: its short name ("a Ministry of
    International Trade and Industry [(MITI)] official") or a particle between two capitalised words
    ("a senior Petroleos [de] Venezuela official"; lexicon name_particles)."""
    previous = tokens[start - 1]
    return start - 2 >= floor and (previous.is_parenthetical or (
        previous.lower in load_lexicon("name_particles") and tokens[start].is_capitalized and tokens[start - 2].is_capitalized))


def _may_end_phrase(tokens: list[Token], last: int, floor: int) -> bool:
    """Whether a noun phrase may end at `tokens[last]`: not an article, which opens one ("the previously
    announced deal"), nor a verb ("His comments [come]", "The Tory leader [was]"); a participle may
    ("those [questioned]", "A letter [sent] to him"), and a word in -s right after a determiner is a
    plural noun ("the lawyer for [the suspects] said")."""
    token = tokens[last]
    return token.is_word and token.lower not in load_lexicon("clause_openers") and token.lower not in load_mapping("pronouns") \
        and token.lower not in load_lexicon("articles") and not (
            not token.is_capitalized and is_verb(token.lower) and not is_noun(token.lower)
            and not (is_inflected_verb(token.lower) and not token.lower.endswith("s"))
            and not (token.lower.endswith("s") and last - 1 >= floor and tokens[last - 1].lower in load_lexicon("determiners")))


def _passive_in_phrase(tokens: list[Token], participle: int) -> bool:
    """"two suspects [being] held without trial": a passive participle's auxiliary in -ing inside the
    phrase, a reduced relative clause about the noun before it (no auxiliary of the speech verb)."""
    previous = tokens[participle - 1].lower
    return previous.endswith("ing") and previous in load_lexicon("passive_auxiliaries") and is_inflected_verb(tokens[participle].lower)


def _adverb_of_participle(tokens: list[Token], participle: int, floor: int) -> bool:
    """"the [privately] held company": an adverb in -ly between a determiner and a participle qualifies
    the participle inside the phrase (it is no adverb of the speech verb, as in "Trump [reportedly] said")."""
    return tokens[participle - 1].lower.endswith("ly") and is_inflected_verb(tokens[participle].lower) \
        and participle - 2 >= floor and tokens[participle - 2].lower in load_lexicon("determiners")


def _lone_demonym(tokens: list[Token], last: int, floor: int) -> bool:
    """"the 55-year-old [Frenchman]", "the [Swiss]": a people's noun after a modifier, read like a common
    noun (not the end of a name: "Mike German", "Anglo American")."""
    return tokens[last].lower in load_lexicon("demonyms") and last > floor and tokens[last - 1].is_word and not (
        tokens[last - 1].is_capitalized or tokens[last - 1].lower in load_lexicon("name_connectors"))  # (a clause's
    # first word is a name: "American, the world's biggest airline, said")


def _name_around_and(tokens: list[Token], after: int, floor: int) -> int | None:
    """Where an organisation's name that holds the "and" before `tokens[after]` starts
    (`quotes.titles.organization_of`: "Department for Education [and] Skills"), or None."""
    if after - 2 < floor or not tokens[after].is_capitalized or not tokens[after - 2].is_capitalized:
        return None
    start = _name_start(tokens, after - 2, floor)
    words = [token.text for token in tokens[start:after - 1] if token.lower not in load_lexicon("articles")]
    return start if words and organization_of(" ".join(words), tokens[after].text) else None


def _name_start(tokens: list[Token], last: int, floor: int) -> int:
    """Where the capitalised name ending at `tokens[last]` starts: its capitalised words, the
    connectors and particles inside it ("Bank of England", "Pieter van der Berg"), a title or an article before it."""
    token = tokens[last]
    articles = load_lexicon("articles")
    connectors = load_lexicon("name_connectors")
    start = last
    while start - 1 >= floor and last - start < NAME_WORDS:
        previous = tokens[start - 1]
        if previous.is_word and previous.is_capitalized:
            if (previous.lower in load_lexicon("clause_openers") and not is_name_start(tokens, start - 1)) or (
                    previous.lower in load_lexicons("days", "months") and start - 2 >= floor
                    and tokens[start - 2].lower in load_lexicon("date_prepositions")):
                break  # (nor "on [Wednesday] Lord Woolf said": when he said it)
            start -= 1
        elif (previous.lower in connectors or (previous.text[0] == "(" and token.lower.rstrip(".") in load_lexicon(
                "organization_words"))) and start - 2 >= floor and tokens[start - 2].is_capitalized \
                and tokens[start - 2].is_word:
            start -= 1  # "Bank of England", and "Industrial Equity (Pacific) Ltd"
        elif previous.lower in ("of", "and") and start - 3 >= floor and tokens[start - 2].is_parenthetical \
                and tokens[start - 3].is_capitalized and tokens[start - 3].is_word:
            start -= 3  # "Senator Bill Bradley (Democrat) of New Jersey", "Sens. Alan Cranston (D-Cal.) and Daniel Evans":
            # a party tag or a short name after a name (not "the Bank fuer Gemeinwirtschaft (BfG) [in] Frankfurt": where it is)
        elif previous.is_parenthetical and start - 2 >= floor and tokens[start - 2].is_capitalized and tokens[start - 2].is_word \
                and tokens[start].is_capitalized:
            start -= 1  # "James E. (Jim) Nugent", "Bache Securities (Japan) Ltd analyst": a nickname, a body's place
        elif start == last and start - 2 >= floor and previous.lower in load_lexicons("company_forms", "business_words") \
                and token.lower.rstrip(".") in load_lexicon("company_forms") and tokens[start - 2].is_capitalized:
            start -= 1  # "Jacobs Engineering [group] Inc", "J.C. Penney [co] Inc": a wire's lower-case company word
        elif previous.lower in load_lexicon("chain_particles") and start - 3 >= floor and tokens[start - 2].lower in \
                load_lexicon("chain_particles") and tokens[start - 3].is_capitalized and tokens[start - 3].is_word:
            start -= 2  # "Pieter [van der] Berg said"
        elif previous.lower in articles:
            start -= 1
            break
        elif previous.is_word and (is_title(previous.lower) or (
                previous.lower in load_lexicon("subordinate_titles") and tokens[start].is_capitalized)):
            start -= 1  # (and "Pakistan's [acting] U.N. representative Aneesuddin Ahmed")
        elif previous.lower == "and" and start - 2 >= floor and name_after_joined_roles(tokens, start - 1) is not None:
            start -= 2  # "Nortel president [and] chief executive Bill Owens said": one person's two roles
        elif start < last and not tokens[start].is_capitalized and is_title(tokens[start].lower) \
                and modifiers_of_title(tokens, start, floor):
            start -= modifiers_of_title(tokens, start, floor)  # "Justice Department [senior trial] counsel Ann Roe"
        else:
            break
    return start


def _headline_role(tokens: list[Token], start: int, last: int, floor: int) -> bool:
    """A role alone, opening its clause, is a headline's subject: "Win or not, candidate says, ...",
    "But expert says ..." (never a role cut out of a longer phrase: "Scotland's first [minister]")."""
    return start == last and not tokens[last].is_capitalized and is_title(tokens[last].lower) and (
        start == floor or tokens[start - 1].text in (",", ";", ":") or (
            start - 1 == floor and tokens[start - 1].lower in load_lexicon("clause_joiners")))


def _with_share_before(tokens: list[Token], start: int, floor: int) -> int:
    """Extend a phrase back over the share of it that speaks: "[one of] the sources", "[Roughly 40
    percent of] those polled", "[One in] four", "[nearly] three in five"."""
    if start - 2 >= floor and tokens[start - 1].lower == "of":
        share = start - 2
        if (tokens[share].text == "%" or is_percent(tokens, share)) and share - 1 >= floor \
                and is_number(tokens[share - 1]):
            share -= 1  # "[42% of] the voters", "[40 pct of] voters"
        elif is_percent(tokens, share) and share - 2 >= floor and tokens[share - 1].lower == "per" and is_number(tokens[share - 2]):
            share -= 2  # "[40 per cent of] voters"
        if counts(tokens[share]) or is_number(tokens[share]):
            start = with_role_before(tokens, share, floor)  # (and "the mother of [one of] the victims")
    if start - 2 >= floor and tokens[start - 1].lower == "in" and is_number(tokens[start - 2]) and is_number(tokens[start]):
        start -= 2  # "[One in] four said", "[two in] three voters"
    width = approximator_before(tokens, start, floor) if counts(tokens[start]) else 0
    if width and (start - width == floor or not tokens[start - width - 1].is_word or tokens[start - width - 1].lower in
                  load_lexicons("conjunctions", "subordinators", "clause_joiners")):
        start -= width  # "[nearly] three in five said", "because [around] one quarter said" (not "has had [almost] 900,000")
    return start
