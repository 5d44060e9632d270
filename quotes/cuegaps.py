"""What stands between a cue and its content: "that" ("said on Tuesday [that]"), a phrase of where,
when or how it was said ("said [in a statement Saturday] he ...", lexicon speech_settings), and
whether a clause follows such a phrase ("said [after the talks] there was ..."). `quotes.contents`
reads them to find where a reported content begins.
"""

from __future__ import annotations

from .clauses import OPENING_WORDS, has_finite, is_clause, is_finite_verb, opening_then_clause
from .lexicons import load_lexicon, load_lexicons
from .speechverbs import opens_no_content
from .tokens import Token
from .wordclass import is_inflected_verb, is_noun, is_plural, is_title, is_verb

__all__ = ["that_after", "opens_with_phrase", "clause_after_phrase", "clause_after_setting"]

_THAT_WITHIN = 10  # tokens between a cue and its "that": "said in a statement on Tuesday that"
_THAT_AFTER_ADDRESSEE = 16  # ... and after an addressee: "told Reuters on his return from a donors' conference in New York that"


def that_after(tokens: list[Token], start: int, end: int, *, anywhere: bool = False) -> int | None:
    """The "that" opening a content within a few words of its cue, past only a time or place phrase
    ("said [in a statement on Tuesday] that"), or past any words after an addressee (`anywhere`:
    "told [a meeting of island leaders] that"). None when something else comes between."""
    for index in range(start, min(end, start + (_THAT_AFTER_ADDRESSEE if anywhere else _THAT_WITHIN))):
        token = tokens[index]
        if token.lower == "that" and not (anywhere and _relative_that(tokens, index, end)):
            return index
        if token.lower in load_lexicon("claim_nouns") and index + 1 < end and tokens[index + 1].lower == "by":
            return None  # "responding to remarks [by] James Baker that ...": the that-clause is the agent's claim
        if index == start and not anywhere and not (token.lower in load_lexicons("phrase_prepositions", "span_prepositions",
                                                                                  "days", "time_determiners", "attribution_skip")
                                   or token.lower.endswith("ly")):
            return None
        if token.text == "," and index + 1 < end and (tokens[index + 1].is_capitalized or tokens[index + 1].lower == "that" or (
                anywhere and _apposition_next(tokens, index + 1, end))):
            continue  # "says at a campaign stop in Toledo, Ohio, that", "told the committee[, which is a forum of unions,] that"
        if not token.is_word or (token.lower in load_lexicon("question_words") and not (anywhere and _apposition_next(tokens, index, end))) or (not anywhere and (
                is_inflected_verb(token.lower) or (token.lower.endswith("ing") and not is_noun(token.lower))
                or (token.lower == "to" and index + 1 < end and is_verb(tokens[index + 1].lower)))):
            return None  # "responded by using the example of Chicago to prove that"
    return None


def _apposition_next(tokens: list[Token], start: int, end: int) -> bool:
    """After an addressee's comma, what describes it: "[a forum of unions]", "[which is a forum of unions]"
    (not "the report, [which said] that ...": a relative clause that reports speech of its own)."""
    return tokens[start - 1].text == "," and (tokens[start].lower in load_lexicon("articles") or (
        tokens[start].lower in load_lexicon("relative_pronouns") and start + 1 < end and tokens[start + 1].lower in load_lexicon("copulas")))


def _relative_that(tokens: list[Token], that: int, end: int) -> bool:
    """"told Yahoo News in a story [that] posted this week that he ...", "a proposal [that] would forbid":
    "that" between a noun and its verb in the past, or its auxiliary, opens a relative clause of the
    noun, not the content."""
    following = tokens[that + 1] if that + 1 < end else None
    if tokens[that - 1].is_capitalized and following is not None and following.lower.endswith("ed"):
        return False  # "told Reuters [that] planned job cuts would be higher": a name takes "who", no relative "that"
    return following is not None and (is_noun(tokens[that - 1].lower) or is_plural(tokens[that - 1].lower)) and (
        (following.lower.endswith("ed") and is_finite_verb(following))
        or following.lower in load_lexicons("auxiliaries", "modals", "copulas"))


def opens_with_phrase(tokens: list[Token], start: int, end: int) -> bool:
    """"said [in a monthly report ...]": a phrase of where, when or how it was said opens what follows the
    cue (not "to", "by saying ...", "on whether ...", "despite that, ...")."""
    return tokens[start].lower in load_lexicon("phrase_prepositions") and tokens[start].lower not in ("to", "by") \
        and not opening_then_clause(tokens, start, end) and not (
            start + 1 < end and tokens[start + 1].lower in load_lexicon("question_words"))


def clause_after_phrase(tokens: list[Token], start: int, end: int) -> bool:
    """Whether a clause begins after the phrase at `start`: "said [in the statement] they welcomed ...",
    "said [after the merger] the company will ...", "said [after the talks] there was", "said [at least]
    300 (or six) people died"."""
    openers = load_lexicons("subject_pronouns", "articles", "determiners", "possessive_pronouns", "number_words")
    return any((tokens[index].lower in openers or tokens[index].lower == "there" or tokens[index].is_capitalized or tokens[index].text[0].isdigit()
                or _bare_plural_subject(tokens, index, end)) and is_clause(tokens, index, end) and not _joined_verb_between(tokens, start + 1, index)
               for index in range(start + 2, min(end, start + OPENING_WORDS)))


def _bare_plural_subject(tokens: list[Token], index: int, end: int) -> bool:
    """"said in the merger [shareholders would] get": a plural noun with no determiner, right before a
    modal or an auxiliary, is a clause's subject."""
    return index + 1 < end and is_plural(tokens[index].lower) and tokens[index + 1].lower in load_lexicons("modals", "auxiliaries")


def _joined_verb_between(tokens: list[Token], start: int, end: int) -> bool:
    """"agreed [with X and seemed to think] the outreach was phony": a verb joined by "and" or "but"
    before the clause makes the phrase the cue's object and the clause another verb's."""
    return any(tokens[index].lower in ("and", "but") and is_inflected_verb(tokens[index + 1].lower)
               for index in range(start, end - 1))


def clause_after_setting(tokens: list[Token], start: int, end: int) -> int | None:
    """Where the clause starts after a phrase of the occasion it was said on: "said [in a statement
    Saturday] he ...", "said [at a news conference] the plan ..." (lexicon speech_settings); not
    after "said [at least] 300 people died", whose phrase is the content's."""
    openers = load_lexicons("subject_pronouns", "articles", "determiners", "possessive_pronouns")
    within = load_lexicons("phrase_prepositions", "articles", "determiners", "possessive_pronouns")  # what a noun follows
    times = load_lexicons("days", "months")
    settings, coordinators = load_lexicon("speech_settings"), load_lexicon("coordinators")
    setting, ended = None, False  # (ended: a word of no phrase came after the setting)
    for index in range(start + 1, min(end, start + OPENING_WORDS)):
        token, before = tokens[index], tokens[index - 1]
        if token.text == "," and setting is not None and not ended and index + 1 < end and not (before.is_capitalized and tokens[
                index + 1].is_capitalized) and is_clause(tokens, index + 1, end) and not opens_no_content(tokens, index + 1, end):
            return None if has_finite(tokens, start, index) else index + 1  # "said [in a statement,] the plan ..."
        if not token.is_word or token.lower == "that" or token.lower in coordinators:
            return None
        if token.lower in settings and before.lower != "to" and (before.lower in within or any(
                tokens[word].lower in within for word in range(start, index))):
            setting = index  # a noun: "in [a] statement", "on radio", "on French radio" (not "failed to call")
        if setting is None or index == setting or before.lower in within or before.lower in ("to", "of") \
                or token.lower in times or (token.is_capitalized and before.is_capitalized) or _noun_goes_on(tokens, index, end):
            ended = ended or (setting is None and token.lower in openers and is_noun(before.lower))  # ("report [the]")
            continue  # ("on a visit to [Sydney]", "in a statement [Saturday]", "of the EC [states here]": still the phrase)
        if not ended and (token.lower in openers or token.lower == "there" or token.is_capitalized or token.text[0].isdigit()
                          or (index == setting + 1 and token.lower not in within and token.lower != "to")) \
                and is_clause(tokens, index, end):  # ("in a statement [consultants] found")
            return None if has_finite(tokens, start, index) else index  # (no clause of time: "after X failed to ...")
        ended = ended or (token.lower not in load_lexicon("phrase_prepositions") and token.lower != "of")  # (but "at a news conference
        # [in] Boston,", "at a meeting [of] EC states,")
    return None


def _noun_goes_on(tokens: list[Token], index: int, end: int) -> bool:
    """"a meeting of the EC [states]", "EC states' [representatives here]", "of Wessanen's [1986] report": a
    common noun after a name (not a title before its holder's name: "by Foreign Ministry [spokesman]
    Yalim Eralp that"), a word after an owner, or a word that follows its noun (lexicon
    postnominal_words; not a clause's subject: "at a meeting [there] was"), is still the setting's phrase."""
    token, before = tokens[index], tokens[index - 1]
    word = token.lower.removesuffix("'s").removesuffix("'") if token.is_possessive else token.lower
    if word in load_lexicon("postnominal_words"):
        return not is_clause(tokens, index, end)
    named = is_title(word) and index + 1 < end and tokens[index + 1].is_capitalized
    return before.is_possessive or (is_noun(word) and not named and before.is_capitalized and before.is_word)
