"""The words that belong to a verb before it: auxiliaries, adverbs, times and "went on to".

"Trump has also said", "Sanders on Tuesday said", "The State Department less than two weeks ago
said", "used his keynote speech to offer": the subject of the verb is found before these words,
which the phrase grammar (`quotes.phrases`) and the attribution rules step over first; and the
subordinator that opens a clause of its own ("a fine after the man had posted"), which is no such word.
"""

from __future__ import annotations

from .lexicons import load_lexicon, load_lexicons, load_mapping
from .tokens import Token
from .wordclass import can_be_verb, is_adverb_in_ly, is_inflected_verb, is_known_noun, is_noun, is_plural, is_present_participle, is_verb, participle_stems

__all__ = ["after_passive_auxiliary", "date_before", "is_perceived_speech", "opens_clause", "skip_auxiliaries", "speaks_as_reduced_relative"]

_OBJECT_WORDS = 4  # words of a verb's object before an infinitive: "used [his keynote speech] to offer"
_AGO_WORDS = 5  # "less than two weeks ago"


def date_before(tokens: list[Token], index: int, floor: int) -> int | None:
    """Where to read on back before a date ending at `tokens[index]`: "on [March 31]" (past its
    preposition), "ended [March 31]" (at its participle); None when no date ends there."""
    if not (tokens[index].text[:1].isdigit() and index - 2 >= floor and tokens[index - 1].lower in load_lexicon("months")):
        return None
    before = tokens[index - 2].lower
    if before in load_lexicon("date_prepositions"):
        return index - 3
    if not ((before.endswith("ed") and is_inflected_verb(before)) or is_present_participle(before)):
        return None
    period = index - 3  # "for [the (fiscal) year] ended March 31": a period a preposition gives, no more a speaker than its date
    if period - 2 >= floor and tokens[period].lower.removesuffix("s") in load_lexicon("time_nouns"):
        article = next((at for at in (period - 1, period - 2) if at >= floor and tokens[at].lower in load_lexicon("articles")), None)
        if article is not None and article - 1 >= floor and tokens[article - 1].lower in load_lexicons("phrase_prepositions", "date_prepositions"):
            return article - 2
    return index - 2


def skip_auxiliaries(tokens: list[Token], index: int, floor: int) -> int:
    """Step back over auxiliaries, adverbs and "went on to" before a verb; returns the new index."""
    skip = load_lexicon("attribution_skip")
    while index >= floor:
        token = tokens[index]
        if token.is_capitalized and token.lower in skip and token.lower not in load_lexicon("auxiliaries") and (
                (index > floor and tokens[index - 1].is_word) or is_inflected_verb(tokens[index + 1].lower)):
            break  # "which Will claims", "May said": capitalised, a name (Will, May), not the modal
        if token.lower in skip or token.lower in load_lexicon("days") \
                or (not token.is_capitalized and token.is_word and is_adverb_in_ly(token.lower)) \
                or token.lower.endswith("n't"):
            index -= 1
            if token.lower in load_lexicon("days") and index - 1 >= floor and tokens[index].lower in load_lexicon("articles") \
                    and tokens[index - 1].lower in load_lexicons("date_prepositions", "phrase_prepositions"):
                index -= 2  # "Sanders during a Sunday [rally] thanked"
            elif token.lower in load_lexicon("days") and index >= floor and tokens[index].lower == "on":
                index -= 1  # "Sanders on Tuesday said"
        elif (dated := date_before(tokens, index, floor)) is not None:
            index = dated  # "The report released [on March 31] said", "the year ended [March 31] said": when, not who
        elif token.lower in load_lexicons("time_nouns", "months") and index - 1 >= floor and tokens[index - 1].lower in load_lexicon(
                "time_determiners"):
            index -= 2  # "teachers this week signed", "but last July said"
        elif token.lower == "ago":  # "The State Department less than two weeks ago said"
            start = index - 1
            while start >= floor and index - start <= _AGO_WORDS and (tokens[start].text[0].isdigit() or (
                    tokens[start].is_word and not tokens[start].is_capitalized)):
                start -= 1
            if start == index - 1 or start < floor:
                break
            index = start
        elif index - 1 >= floor and is_perceived_speech(tokens, index + 1):
            index -= 1  # "Smith was [heard] telling aides", "a reporter can be [heard] asking"
        elif token.lower == "to" and index - 1 >= floor and tokens[index - 1].is_word:
            index -= 1  # "interjected to say", "went on to say", "declined to say"
            if tokens[index].lower in load_mapping("pronouns") and index - 1 >= floor \
                    and tokens[index - 1].lower in load_lexicon("causative_verbs"):
                return index  # "a win that led [her] to declare": the one led speaks
            if tokens[index].is_capitalized and any(token.lower in load_lexicon("causative_verbs")
                                                    for token in tokens[max(floor, index - _OBJECT_WORDS):index]):
                return index  # "That prompted [Marco Rubio] to call"
            if tokens[index].lower in load_lexicon("particles") and index - 1 >= floor:
                index -= 1
            elif is_noun(tokens[index].lower) and not is_verb(tokens[index].lower):
                if any(token.lower in load_lexicon("causative_verbs") for token in tokens[max(floor, index - 3):index]):
                    return index  # "leading [some commentators] to argue": the ones led speak
                index = _verb_before_object(tokens, index, floor)  # "used his keynote speech to offer"
            index -= 1
        else:
            break
    return index


def _verb_before_object(tokens: list[Token], noun: int, floor: int) -> int:
    """The verb whose object ends with `tokens[noun]` ("used [his keynote speech]", "took the
    opportunity"), or `noun` itself when no determiner and verb are found within a few words."""
    determiners = load_lexicon("determiners")
    for index in range(noun - 1, max(floor - 1, noun - _OBJECT_WORDS - 1), -1):
        token = tokens[index]
        if not token.is_word or token.is_capitalized:
            return noun
        if is_inflected_verb(token.lower) and not is_noun(token.lower):
            return index  # "Other leaders used [particularly blunt language] to denounce"
        if token.lower in determiners or token.is_possessive:
            verb = index - 1
            if verb >= floor and tokens[verb].is_word and not tokens[verb].is_capitalized and (
                    is_verb(tokens[verb].lower) or (tokens[verb].lower.endswith("ing") and any(
                        can_be_verb(stem) for stem in participle_stems(tokens[verb].lower[:-3])))):
                return verb  # ("is [using] the issue to suggest")
            return noun
    return noun


def is_perceived_speech(tokens: list[Token], verb: int) -> bool:
    """"was heard saying", "can be seen telling": a participle after a passive verb of perception is its
    clause's verb, whose subject spoke (lexicon perception_passives)."""
    return 2 <= verb < len(tokens) and tokens[verb].lower.endswith("ing") and tokens[verb - 1].lower in load_lexicon(
        "perception_passives") and tokens[verb - 2].lower in load_lexicon("passive_auxiliaries")


def opens_clause(tokens: list[Token], preposition: int, end: int) -> bool:
    """"three days [after] Trump told", "a prosecutor [after] the AP said", "another turn [after] the club
    confirmed": a subordinator before a name, a body or a role, or after a word for a time, opens a clause whose
    subject it is, not a phrase of the noun before (but "Trump [after] the debate said")."""
    following = tokens[preposition + 1:preposition + 3]
    return tokens[preposition].lower in load_lexicon("subordinators") and (
        following[0].is_capitalized or tokens[preposition - 1].lower.removesuffix("s") in load_lexicon("time_nouns") or (
            following[0].lower in load_lexicon("articles") and len(following) > 1 and following[1].is_capitalized)
        or is_known_noun(tokens[end - 1].lower) or tokens[end - 1].lower in load_mapping("gendered_words")
        or (end < len(tokens) and tokens[end].lower in load_lexicon("past_auxiliaries"))
        or (is_plural(tokens[end - 1].lower) and following[0].is_word and not (
            following[0].text[0].isdigit() or following[0].lower in load_lexicon("determiners"))))
    # (or a role, a group, a document, bare plural people: "after [the governor] suggested", "after [state regulators] notified it";
    # a man or a woman, or a phrase before "had": "a fine after [the man] had posted")


def speaks_as_reduced_relative(tokens: list[Token], span: tuple[int, int]) -> bool:
    """"GOP primary voters [saying] they want ...": a plural of people right before a participle is
    who says it (not "attacked Clinton [saying]"; nor "a memo to employees [saying]", a phrase's object)."""
    word = tokens[span[1] - 1].lower
    return is_plural(word) and is_known_noun(word[:-1]) and word[:-1] not in load_lexicons("document_words", "pronoun_determiners") \
        and not is_inflected_verb(tokens[span[0]].lower) and all(token.lower == "of" or token.lower not in load_lexicon(
            "phrase_prepositions") for token in tokens[span[0]:span[1]])  # (nor "were both [insisting]")


def after_passive_auxiliary(tokens: list[Token], index: int) -> bool:
    """"was [asked]", "was widely [reported]", "was first [reported]", "were also [alleged]": a passive, the
    thing said its subject."""
    previous = tokens[index - 1] if index > 0 else None
    passive = load_lexicon("passive_auxiliaries")
    if previous is not None and (previous.lower.endswith("ly") or previous.lower in load_lexicon("ordinals") or (
            previous.lower in load_lexicon("attribution_skip") and previous.lower not in passive)):
        previous = tokens[index - 2] if index > 1 else None
    return previous is not None and previous.lower in passive
