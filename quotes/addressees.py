"""Who a cue addresses: where the addressee after "told", "assured", "warned" ends.

"told [reporters] the plan would fail", "told [BBC Radio 4's Today programme] he hoped", "warned [the
move] would cut profits" (no addressee: the content's subject); and after "to", whether a verb or
whom it was said to follows ("vowed [to fight]", "complained [to CBS] that"). Reported speech reads
the content from where the addressee ends (`quotes.contents`, `quotes.reported`).
"""

from __future__ import annotations

from collections.abc import Collection

from .clauses import is_clause, is_finite_verb, is_placeholder
from .cuegaps import that_after
from .lexicons import load_lexicon, load_lexicons, load_mapping
from .forwardphrases import phrase_after
from .tokens import Token
from .wordclass import can_be_verb, is_describer, is_noun, is_plural, is_plural_noun, is_verb

__all__ = ["addressee", "after_recipient", "infinitive_after"]

_OF_PHRASE_WORDS = 10  # words from "of" to the verb: "of TV coverage of the Premiership [may]"


def _one_name(tokens: list[Token], span: tuple[int, int]) -> bool:
    """"Argentina", "the Bank": one word, after an article or not, which cannot hold two names."""
    return span[1] - span[0] == 1 or (span[1] - span[0] == 2 and tokens[span[0]].lower in load_lexicon("articles"))


def addressee(tokens: list[Token], start: int) -> int | None:
    """The token after the addressee of "told [reporters]", "assured [the committee]", "asked [him]"."""
    if start >= len(tokens):
        return None
    if tokens[start].lower in load_mapping("pronouns") and tokens[start].lower not in load_lexicon("subject_pronouns") \
            and not _owns_next(tokens, start):
        return start + 1  # "told him", "assured them" (but "told [his advisers]", "told [her staff]")
    if tokens[start].lower in load_lexicon("subject_pronouns") and start + 1 < len(tokens) \
            and tokens[start + 1].lower in load_lexicons("modals", "auxiliaries"):
        return start  # "warned [they could] sell": the content's subject, no addressee
    span = phrase_after(tokens, start)
    if span is None and tokens[start].is_word and not tokens[start].is_capitalized \
            and tokens[start].lower not in load_lexicons("phrase_prepositions", "negations") and not is_verb(tokens[start].lower):
        end = start + 1
        while end < min(len(tokens), start + 3) and tokens[end].is_word and not tokens[end].is_capitalized and is_plural(tokens[end].lower) \
                and is_noun(tokens[end].lower) and not can_be_verb(tokens[end].lower):
            end += 1  # "told [wheat growers]", "told [farm groups]": a noun qualifying the people told
        span = (start, end)  # "told reporters", "told lawmakers" (not "asked not to be named")
    if span is None and start + 1 < len(tokens) and tokens[start].lower.endswith("ed") and not tokens[start].is_capitalized \
            and is_plural(tokens[start + 1].lower) and not can_be_verb(tokens[start + 1].lower):
        span = (start, start + 2)  # "told [shocked investors] that", "told [assembled reporters]": a participle describes them
    if span is None:
        return None
    if span[1] < len(tokens) and tokens[span[1]].lower in load_lexicons("modals", "auxiliaries") \
            and (_one_name(tokens, span) or not any(token.is_capitalized for token in tokens[span[0]:span[1]])):
        return start  # "warned [the move] would cut profits", "warned [the Bank] may miss": the content's subject (not
        # "told the BBC [Mr Howard] had", "told Reuters [Taiwan] would", where two names meet)
    if span[1] + 2 < len(tokens) and tokens[span[1]].lower == "of" and tokens[span[0]].lower in load_lexicon("articles") \
            and _of_phrase_then_verb(tokens, span[1], ("of",)):
        return start  # "warned [the current level of TV coverage of the Premiership] may be reaching ...": the subject
    if span == (start, start + 1) and span[1] + 2 < len(tokens) and tokens[span[1]].lower in load_lexicon("head_prepositions") \
            and not is_plural(tokens[start].lower) \
            and _of_phrase_then_verb(tokens, span[1], load_lexicon("head_prepositions"), modifiers=True):
        return start  # "warned [demand for Opec's crude in the first quarter] would outstrip supply": a thing, no one told
    if span[1] + 1 < len(tokens) and tokens[span[1]].lower in load_lexicon("owner_prepositions") and tokens[span[1] - 1].is_capitalized \
            and tokens[span[1] + 1].is_capitalized:
        owner = phrase_after(tokens, span[1] + 1)  # "told [The Star-Ledger of Newark] last week she would"
        span = span if owner is None else (span[0], owner[1])
    if span[1] < len(tokens) and tokens[span[1] - 1].is_capitalized and len(tokens[span[1]].text) == 1 and tokens[span[1]].text.isdigit():
        span = (span[0], next((index for index in range(span[1] + 1, len(tokens))  # "told Radio [4]", "told Channel [4 News]":
                               if not (tokens[index].is_word and tokens[index].is_capitalized)), len(tokens)))  # a station's number
        # (news style spells out a count under ten: not "told Reuters 300 workers would go")
    if span[1] < len(tokens) and tokens[span[1] - 1].is_capitalized and tokens[span[1]].lower in load_lexicon("media_words"):
        span = (span[0], span[1] + 1)  # "told BBC Radio 4's Today [programme] he hoped": the programme's name ends there
    if span[1] + 1 < len(tokens) and tokens[span[1] - 1].is_capitalized and tokens[span[1] + 1].lower in ("to", "that") \
            and is_plural(tokens[span[1]].lower) and not can_be_verb(tokens[span[1]].lower):
        span = (span[0], span[1] + 1)  # "urged [Russian hackers] to", "told [GOP donors] that": the name qualifies a group
    if span[1] < len(tokens) and is_finite_verb(tokens[span[1]]):
        subject = _subject_inside(tokens, span)
        if subject is not None:
            return subject
    return span[1] if span[1] >= len(tokens) or is_clause(tokens, span[1], len(tokens)) else _after_setting(tokens, span)


def _of_phrase_then_verb(tokens: list[Token], of: int, joiners: Collection[str], *, modifiers: bool = False) -> bool:
    """Nouns, names and articles joined by these prepositions ("of") from `of`, then a modal or an
    auxiliary: the phrase before the first opens a clause, as the head of a subject. With `modifiers`,
    owners and adjectives after an article too ("for Opec's crude in the first quarter"); not after
    an addressee ("told the House of Commons assets of the huge oil company would")."""
    for index in range(of, min(len(tokens), of + _OF_PHRASE_WORDS)):
        token = tokens[index]
        if token.lower in load_lexicons("modals", "auxiliaries"):
            return index > of + 1
        article = token.lower in load_lexicon("articles") and tokens[index - 1].lower in joiners  # (not "businessmen [the] government")
        if not token.is_word or not (token.lower in joiners or token.is_capitalized or article or (
                is_noun(token.lower) and not is_verb(token.lower)) or (modifiers and (token.is_possessive or (
                tokens[index - 1].lower in load_lexicon("articles") and is_describer(token.lower))))):  # ("in the [first] quarter")
            return False
    return False


def _subject_inside(tokens: list[Token], span: tuple[int, int]) -> int | None:
    """Where the content's subject starts inside the phrase read as the addressee, when a finite verb
    follows it: the phrase ran on past the addressee into the subject. None when it did not."""
    first_name = next((index for index in range(span[0] + 1, span[1]) if tokens[index].is_capitalized), None)
    if first_name is not None and _plain_noun_before_name(tokens, first_name):
        return first_name  # "told [a press conference] Prime Minister Nakasone is unlikely": the addressee ends before the name
    medium = max((index for index in range(span[0], span[1] - 1) if tokens[index].lower in load_lexicon("media_words")
                  and tokens[index].is_capitalized and tokens[index + 1].is_capitalized
                  and tokens[index + 1].lower not in load_lexicon("media_words")), default=None)  # (not "the BBC [News] website")
    if medium is not None:
        return medium + 1  # "told Reuters [Brazil was]", "told the BBC [Mr Howard had]": a publication's name ends there
    article = next((index for index in range(span[0] + 1, span[1]) if tokens[index].lower in load_lexicon("articles")
                    and tokens[index - 1].is_capitalized and tokens[index - 1].is_word), None)
    if article is not None:
        return article  # "told [MPs] the UK was", "told [Reuters] the Ministry of Trade is": a name, then the content's subject
    last_name = max((index for index in range(span[0], span[1]) if tokens[index].is_capitalized), default=None)
    if last_name is not None and last_name + 1 < span[1] and tokens[span[1]].lower not in load_lexicon("subject_pronouns") \
            and is_noun(tokens[last_name + 1].lower):
        return last_name + 1  # "told the BBC [residents were] frightened": the addressee ends with its name
    return None


def _after_setting(tokens: list[Token], span: tuple[int, int]) -> int:
    """"told [a news conference] net profit should ...", "told [a meeting of financial executives] the
    APT has ...": when no clause follows the phrase read, the addressee is an occasion (lexicon
    speech_settings) and what qualifies it with "of", and the content's subject comes right after."""
    for index in range(span[0], span[1]):
        if tokens[index].lower in load_lexicon("speech_settings"):
            after = index + 1
            if after + 1 < len(tokens) and tokens[after].lower == "of":
                owner = phrase_after(tokens, after + 1)
                after = owner[1] if owner is not None else after
            if after < len(tokens) and not is_placeholder(tokens[after]) and is_clause(tokens, after, len(tokens)):
                return after  # (not "told the program [''Inside Edition''] after ...": the program's name)
    return span[1]


def _plain_noun_before_name(tokens: list[Token], name: int) -> bool:
    """A common noun in lower case right before a capitalised word: "conference [Prime] Minister"."""
    before = tokens[name - 1]
    return before.is_word and not before.is_capitalized and is_noun(before.lower) and before.lower not in load_lexicons("articles", "determiners")


def _owns_next(tokens: list[Token], index: int) -> bool:
    """"his advisers", "her staff": a possessive pronoun before the noun it determines (not "told her
    that", "asked her to", "told her a crew would come")."""
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return tokens[index].lower in load_lexicon("possessive_pronouns") and following is not None and following.is_word \
        and following.lower not in ("that", "to") and following.lower not in load_lexicons(
            "question_words", "determiners", "subject_pronouns")  # (not "told her [a] crew would come")


def infinitive_after(tokens: list[Token], index: int, end: int) -> bool:
    """What follows "to" may be a verb ("to [fight]", "to ["turn] ...", "to [either] buy"), not a
    noun phrase's first word: "to [the] agency", "to [Mr] McConnell", "to [jurors]", "to [criticism]"
    (lexicon noun_endings), "to [weekend] remarks" (a time's noun) say to whom or what."""
    if index >= end:
        return False
    word, capitalised = tokens[index].lower, tokens[index].is_capitalized and not tokens[index - 1].is_capitalized  # (title case)
    return not (word in load_lexicons("articles", "determiners", "possessive_pronouns", "number_words", "time_nouns", "days") or capitalised
                or word[:1].isdigit() or (is_plural_noun(word) and not can_be_verb(word))
                or (word.endswith(tuple(load_lexicon("noun_endings"))) and not is_verb(word)))


def after_recipient(tokens: list[Token], start: int, end: int) -> int | None:
    """Where the content begins after "to" and whom it was said to: "complained [to CBS's Charlie
    Rose] that ...", "explained to CBS [why] ..."; None when none follows."""
    that = that_after(tokens, start, end, anywhere=True)
    if that is not None:
        return that + 1 if that + 1 < end else None
    recipient = phrase_after(tokens, start)  # a question right after whom it was put to (not "to a questioner [who] noted")
    question = recipient[1] if recipient is not None and recipient[1] < end - 1 else None
    return question if question is not None and tokens[question].lower in load_lexicon("question_words") and tokens[
        question].lower not in load_lexicon("relative_pronouns") else None
