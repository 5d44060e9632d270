"""Is this word a speech verb used as a verb here? "said", "went on", "pointed out" in "Noem said",
not "the claims", "his comments", "in talks" nor a capitalised word of a name. The attribution
rules, the reported-speech rules and the phrase grammar all ask this before reading a speaker.
"""

from __future__ import annotations

from .lexicons import load_lexicon, load_lexicons, load_mapping
from .titles import is_noun_modifier, modifies_a_title
from .tokens import CLAUSE_END, QUOTE, Token
from .wordclass import is_inflected_verb, is_noun, is_plural, is_verb, speech_cue, speech_cue_heads

__all__ = ["after_determiner", "after_preposition", "is_modifier_run", "is_phrasal_verb", "is_speech_verb", "lacks_its_object", "opens_no_content",
           "noun_after_modifier", "parenthetical_attribution", "verb_text"]

_ATTRIBUTION_WORDS = 6  # words of a subject and its speech verb: "provincial treasurer Dick Johnston [said]"
_PARENTHETICAL_WORDS = 4  # words after "he said" before the comma closing it: ", he told friends Friday,"


def is_speech_verb(tokens: list[Token], index: int, *, after_subject: bool = False) -> bool:
    """A speech verb used as a verb: not "the claims", "his comments", nor part of a name.

    With `after_subject`, the words before are known to be a subject ("...," the document states),
    so a form that is usually a noun counts as a verb too.
    """
    token = tokens[index]
    if token.lower not in speech_cue_heads() or (not speech_cue(token.lower) and not is_phrasal_verb(tokens, index)):
        return False
    if token.is_capitalized and index > 0 and tokens[index - 1].text not in CLAUSE_END | {QUOTE}:
        return False
    if lacks_its_object(tokens, index):
        return False
    if index + 2 < len(tokens) and tokens[index + 1].lower == "such" and tokens[index + 2].lower == "as":
        return False  # "Sadly [comments] such as his will ...": a noun its examples follow, no verb
    if index + 1 < len(tokens) and tokens[index + 1].lower == "to" and token.lower in load_lexicon("aspect_verbs"):
        return False  # "the stake [continues] to be for sale": an aspect of the verb after it (but "he continued:")
    if token.lower in load_lexicon("clause_only_verbs") and not (
            index + 1 < len(tokens) and tokens[index + 1].lower in ("that", ",", ":", QUOTE)):
        return False  # "will [allow] for billions more": no speech (but "allowed that ...")
    if index > 0:
        previous = tokens[index - 1]
        if previous.lower in load_lexicon("articles") or (previous.is_possessive and not _verb_after_name_in_s(tokens, index)):
            return False
        if index > 1 and tokens[index - 2].lower in load_lexicon("articles") and token.lower in load_lexicon("noun_uses") \
                and previous.is_word and not previous.is_capitalized and previous.lower.endswith("ed"):
            return False  # "The proposed [question] is": a noun after its article and participle
        if _counted_modifier(tokens, index):
            return False  # "the 400 [invited] guests": a participle between a number and its noun
        if token.lower.endswith("s") and previous.lower.endswith("ed") and is_inflected_verb(previous.lower) and index > 1 and (
                tokens[index - 2].lower in load_lexicon("subject_pronouns") or tokens[index - 2].is_capitalized):
            return False  # "she thanked [volunteers]": the object of a finite verb (but "the document obtained says")
        if previous.lower in load_lexicon("passive_auxiliaries") and token.lower in load_lexicon("addressee_verbs"):
            return False  # "the staff were told": they were spoken to
        if (after_preposition(tokens, index) or previous.text == "of") and not token.lower.endswith("ing"):
            return False  # "in [talks]", "after [comments]": a noun after its preposition (not "by [saying]"); "a cap of
            # [say] £20": "say" as "for instance"
    if token.lower in load_lexicon("noun_uses") and not after_subject:
        # "would not comment" and "Trump claims" are verbs; "an executive order" and "a press call" not
        if index == 0:
            return False
        previous = tokens[index - 1]
        return (previous.lower in load_lexicon("attribution_skip") or previous.lower in load_lexicon("subject_pronouns")
                or previous.lower in load_lexicon("verb_subject_words")
                or (previous.is_capitalized and previous.is_word and (previous.lower not in load_lexicon("determiners") or (
                    previous.lower in load_lexicon("pronoun_determiners"))))  # (not "[Other] terms were"; but "Another notes")
                or _noun_then_clause(tokens, index) or _participle_then_clause(tokens, index)
                or (not token.lower.endswith("s") and is_plural(previous.lower) and is_noun(previous.lower[:-1])))  # "marchers chant"
    return True


def _counted_modifier(tokens: list[Token], index: int) -> bool:
    """"to the 400 [invited] guests", "her two proposed bills": after a determiner and a number, a form
    in -ed before a lower-case noun modifies that noun (but "The two agreed that", "The five said the")."""
    if index < 2 or index + 1 >= len(tokens) or not tokens[index].lower.endswith("ed"):
        return False
    number, following = tokens[index - 1], tokens[index + 1]
    return (number.text[0].isdigit() or number.lower in load_lexicon("number_words")) and tokens[index - 2].lower in load_lexicons(
        "articles", "determiners", "possessive_pronouns") and following.is_word and not following.is_capitalized and is_noun(following.lower)


def lacks_its_object(tokens: list[Token], index: int) -> bool:
    """"compared [with] last year", "was likened [to] Coe": a verb that speaks only with its object
    first ("compared Trump to a coach"), right before a preposition (`lexicons/object_first_verbs.txt`)."""
    return tokens[index].lower in load_lexicon("object_first_verbs") and index + 1 < len(tokens) \
        and tokens[index + 1].lower in load_lexicon("phrase_prepositions")


def _participle_then_clause(tokens: list[Token], index: int) -> bool:
    """"..., [warning] that the exit will ...", ", [warning] they would ...": a form in -ing after a comma and
    before "that" or a subject pronoun is a participle of the clause before, not a noun."""
    following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
    return tokens[index].lower.endswith("ing") and tokens[index - 1].text == "," and (
        following == "that" or following in load_lexicon("subject_pronouns"))


def _noun_then_clause(tokens: list[Token], index: int) -> bool:
    """"the suit [claims] that ...", "the memo [states] that ...", "The candidate [claims] his net worth
    is ...": a form in -s between a singular noun and "that" or a pronoun opening a clause is the
    noun's verb (not "the [claims] that he made": an article before it is no subject)."""
    previous, following = tokens[index - 1], tokens[index + 1] if index + 1 < len(tokens) else None
    return following is not None and (following.lower == "that" or following.lower in load_lexicons(
        "subject_pronouns", "possessive_pronouns")) and tokens[index].lower.endswith("s") and previous.is_word \
        and not previous.lower.endswith("s") and is_noun(previous.lower)


def after_preposition(tokens: list[Token], index: int) -> bool:
    """The word at `index` follows a preposition: "in [talks]", "in response to [claims]" (after "to"
    only a form in -s, which no infinitive takes: "to [say]" is a verb); not "has since [said]",
    where the preposition is an adverb after an auxiliary."""
    previous = tokens[index - 1] if index > 0 else None
    word = tokens[index].lower
    return previous is not None and previous.is_word and (previous.lower != "to" or (word.endswith("s") and not word.endswith("ss"))) \
        and previous.lower in load_lexicon("phrase_prepositions") \
        and not (index > 1 and tokens[index - 2].lower in load_lexicon("auxiliaries"))


def _verb_after_name_in_s(tokens: list[Token], index: int) -> bool:
    """A verb form after a capitalised name in 's ("Moody's said", "Trump's said": a company's name, or
    "has"), not a noun after its owner ("Clinton's remark", "It's") nor an adjective before its noun
    ("Trump's [repeated] accusations")."""
    previous, token = tokens[index - 1], tokens[index]
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return previous.is_possessive and previous.is_capitalized and previous.lower[:-2] not in load_mapping("pronouns") \
        and token.lower not in load_lexicon("noun_uses") and not is_noun(token.lower) and not (
            following is not None and following.is_word and not following.is_capitalized and is_noun(following.lower))


def is_phrasal_verb(tokens: list[Token], index: int) -> bool:
    """"went on", "shot back", "pointed out": a verb and its particle."""
    if index + 1 >= len(tokens) or speech_cue(tokens[index].lower, tokens[index + 1].lower) != 2:
        return False
    # "she went on, "..."" and "went on to say" speak; "the Senate goes on recess" does not
    following = tokens[index + 2] if index + 2 < len(tokens) else None
    return tokens[index + 1].lower != "on" or following is None or not following.is_word or following.lower in load_lexicon(
        "went_on_objects")


def verb_text(tokens: list[Token], index: int) -> str:
    """The speech verb as written, with its particle for a two-word verb."""
    if is_phrasal_verb(tokens, index):
        return f"{tokens[index].text} {tokens[index + 1].text}"
    return tokens[index].text


def after_determiner(tokens: list[Token], index: int) -> bool:
    """"a nod", "his smile": the word is a noun here, not a verb."""
    return index > 0 and (tokens[index - 1].lower in load_lexicon("articles") or tokens[index - 1].is_possessive)


def noun_after_modifier(tokens: list[Token], index: int) -> bool:
    """"a new [report]", "the latest [statement]": a word of speech used as a noun, after an adjective;
    ", said a World Bank [report]." after a name, where the phrase ends: no verb ends a clause so."""
    previous = tokens[index - 1]
    if tokens[index].lower not in load_lexicon("noun_uses") or not previous.is_word:
        return False
    if previous.is_capitalized:  # (a document, whose owner speaks: not "a Bank of Portugal forecast")
        return tokens[index].lower in load_lexicon("document_words") and index + 1 < len(tokens) and (
            tokens[index + 1].text in CLAUSE_END or tokens[index + 1].text == ",")
    return not is_noun(previous.lower) and not is_verb(previous.lower) and previous.lower not in load_lexicon("articles")


def parenthetical_attribution(tokens: list[Token]) -> bool:
    """", he told friends, in which ...": a pronoun and its speech verb set off by commas after a quote
    attribute it, even when a verb before the quote could govern it ("thought of them as "talks,"")."""
    if len(tokens) < 3 or tokens[0].lower not in load_lexicon("subject_pronouns") or not is_speech_verb(tokens, 1):
        return False
    return any(token.text == "," or token.text in CLAUSE_END for token in tokens[2:2 + _PARENTHETICAL_WORDS])


def opens_no_content(tokens: list[Token], start: int, end: int) -> bool:
    """After a phrase set off by a comma ("said on Saturday, ..."), words that are no content: a joiner
    ("but gave no details", "when prices dropped, was"), a quote (its own utterance), or a speech verb
    or a relative within a few words ("[it said].", "[adding], "..."", "[Yeutter said] it is", "[the
    text of which] was"): the sentence's own clause or attribution, or a description."""
    return tokens[start].text == QUOTE or tokens[start].lower in load_lexicons("coordinators", "subordinators", "event_subordinators") or any(
        is_speech_verb(tokens, index) or load_mapping("pronouns").get(tokens[index].lower) == "relative"
        for index in range(start, min(end, start + _ATTRIBUTION_WORDS)))


def is_modifier_run(tokens: list[Token], start: int, end: int) -> bool:
    """True when tokens[start:end] can all qualify the speaker phrase after them ("the Florida senator
    and Republican presidential candidate"): words and commas, no pronoun, verb or clause opener."""
    for index in range(start, end):
        token = tokens[index]
        if token.text in (",", "$", "#", "&"):
            continue  # "Fight for $15 organizing director Kendall Fells"
        if not token.is_word or token.lower in load_lexicon("subject_pronouns") or (
                is_speech_verb(tokens, index) and not modifies_a_title(tokens, index)) \
                or load_mapping("pronouns").get(token.lower) == "relative" or (
                    token.lower.endswith("ing") and not is_noun_modifier(tokens, index)):
            return False
        if token.lower in load_lexicon("conjunctions") and (token.lower != "and" or index == start):
            return False
    return True
