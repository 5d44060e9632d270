"""What a comma inside a reported content means: whether the content goes on past it or ends there.

A content's words often hold commas of their own: a phrase set off inside its subject ("the proceeds,
representing an asset, will be reinvested"), a name's apposition that goes on ("connect Chagoury, a
billionaire who ..., with someone"), a list, an opening dependent clause. Others end it: the writer's
gloss after its verb ("..., the presumed Putin favorite"), a clause with a subject of its own (", and
the union also stepped in"). `quotes.contents` asks these tests as it scans a content for its end.
"""

from __future__ import annotations

from .clauses import OPENING_WORDS, has_finite, is_clause, is_finite_verb, opens_content, past_focus_adverb, past_time_phrase, verb_after
from .lexicons import load_lexicon, load_lexicons
from .phrases import CLAUSE_END, DASHES
from .tokens import Token
from .wordclass import is_inflected_verb

__all__ = ["APPOSITION_WORDS", "apposition_goes_on", "clause_joined", "closing_comma", "in_parentheses", "main_clause_next",
           "opens_dependent_clause", "own_clause_before", "relative_clause_ends", "set_off", "subject_clause", "that_awaits_verb",
           "trailing_apposition", "verb_after_subject_aside"]

_SET_OFF_WORDS = 22  # tokens of a participle's phrase set off inside a content's subject
APPOSITION_WORDS = 24  # tokens of a name's apposition set off inside a content ("Chagoury, a billionaire who ...,")
_THAT_OPENING = 3  # tokens between a "that" and the comma of an opening phrase inside its clause: "that [lately],"


def in_parentheses(tokens: list[Token], start: int, index: int) -> bool:
    """"25bn rupees ($250m[;] £135m)": a semicolon inside parentheses opened since `start` ends no clause."""
    opened = next((position for position in range(index - 1, start - 1, -1) if tokens[position].text in ("(", ")")), None)
    return opened is not None and tokens[opened].text == "("


def main_clause_next(tokens: list[Token], index: int, end: int) -> bool:
    """After a cue in an opening subordinate clause ("When Obama said ..."), the main clause begins
    after the comma at `index`, or after an aside between dashes opening there ("While Iowa hands
    say there is a benefit[ — known here as X —] they say ...")."""
    if tokens[index].text in DASHES:
        index = next((position for position in range(index + 1, end) if tokens[position].text == tokens[index].text), end)
    elif tokens[index].text != ",":
        return False
    return index + 1 < end and tokens[index + 1].is_word and tokens[index + 1].lower not in load_lexicons(
        "relative_pronouns", "subordinators", "coordinators") and is_clause(tokens, index + 1, end)


def set_off(tokens: list[Token], comma: int, end: int) -> bool:
    """"said the proceeds[, representing a non-operating asset,] will be reinvested": a participle's
    phrase set off by commas inside the content's subject, its verb right after the closing comma."""
    closing = closing_comma(tokens, comma + 1, min(end, comma + _SET_OFF_WORDS))
    return closing is not None and closing + 1 < end and is_finite_verb(tokens[closing + 1])


def apposition_goes_on(tokens: list[Token], comma: int, end: int) -> bool:
    """"connect Gilbert Chagoury[, a billionaire who was a top donor,] with someone at the State
    Department": a name's apposition set off inside the content, which goes on with a preposition."""
    closing = closing_comma(tokens, comma + 1, min(end, comma + APPOSITION_WORDS))
    return closing is not None and closing + 1 < end and tokens[comma - 1].is_capitalized \
        and tokens[comma + 1].lower in load_lexicon("articles") and tokens[closing + 1].lower in load_lexicon("head_prepositions")


def closing_comma(tokens: list[Token], start: int, stop: int) -> int | None:
    """The first punctuation of tokens[start:stop] when it is a comma: the comma that closes a phrase
    set off after another ("the proceeds, representing an asset[,]"), or a source's ("according to a
    person close to the process[,]"); None when a word runs on to `stop` or other punctuation comes first."""
    closing = next((index for index in range(start, stop) if not tokens[index].is_word), None)
    return closing if closing is not None and tokens[closing].text == "," else None


def clause_joined(tokens: list[Token], comma: int, end: int) -> bool:
    """", and the union also stepped in", ", but Clinton is promising ...": a coordinator, then a clause
    with a subject of its own."""
    return comma + 2 < end and tokens[comma + 1].lower in ("and", "but") and subject_clause(tokens, comma + 2, end)


def own_clause_before(tokens: list[Token], start: int, comma: int) -> bool:
    """The content up to `comma` is a clause, and its last part no item of a list ("expects Obama, Abe[,
    and] Park to ...", "loyalty to the administration[, and] the support ... were factors")."""
    previous = next((index for index in range(comma - 1, start - 1, -1) if tokens[index].text == ","), None)
    return is_clause(tokens, start, comma) and (previous is None or has_finite(tokens, previous + 1, comma))


def subject_clause(tokens: list[Token], start: int, end: int) -> bool:
    """A clause that opens with a subject (`opens_content`): not ", and savings from ... that he says"."""
    return start < end and opens_content(tokens[start]) and is_clause(tokens, start, end)


def that_awaits_verb(tokens: list[Token], start: int, comma: int) -> bool:
    """"he was tickled that lately[,] when he gives speeches, he is asked": the content's last "that"
    opens a clause whose verb has not come yet, so what follows the comma is still inside it (so does a
    relative pronoun right before the comma)."""
    if comma > start and tokens[comma - 1].lower in load_lexicon("relative_pronouns"):
        return True  # "a paper [which], while not a compromise, would narrow ...": the relative clause's verb is to come
    that = next((index for index in range(comma - 1, start - 2, -1) if tokens[index].lower == "that"), None)
    return that is not None and comma - that <= _THAT_OPENING and not has_finite(tokens, that + 1, comma) \
        and (comma == that + 1 or tokens[that + 1].lower.endswith("ly") or tokens[that + 1].lower in load_lexicon("connectives")
             or (that == start - 1 and past_time_phrase(tokens, that + 1, comma) == comma))  # ("said that [last week], a trade was")


def relative_clause_ends(tokens: list[Token], start: int, comma: int) -> bool:
    """"Smith, who said the plan would fail[,] left": a comma and the main clause's verb end a content
    inside a relative clause; not a comma that closes an aside the content opened with one of its own
    ("said the site[,] GunBroker.com[,] was not ready", "the two men[, and] Mr. Cruz in particular[,]
    must"): an odd number of commas before it in the content, the last not a list's ("crime, terrorism
    and immigration[,] is expected")."""
    if tokens[comma].text != "," or not verb_after(tokens, comma):
        return False
    commas = [index for index in range(start, comma) if tokens[index].text == ","]
    return len(commas) % 2 == 0 or any(token.lower in ("and", "or") for token in tokens[commas[-1] + 2:comma])


def trailing_apposition(tokens: list[Token], comma: int, end: int) -> bool:
    """A noun phrase set off after a name that closes the sentence ("Mr. Trump, the presumed Putin
    favorite", "NATO, the existing military alliance that includes ..."): the writer's description of
    the name, no part of what was said. No finite verb may come before a relative pronoun."""
    if comma < 1 or comma + 2 >= end or not tokens[comma - 1].is_capitalized or not tokens[comma - 1].is_word \
            or tokens[comma + 1].lower not in load_lexicon("articles") or apposition_goes_on(tokens, comma, end):
        return False  # (nor "connect Gilbert Chagoury[, a billionaire who ...,] with someone": the content goes on)
    finite = load_lexicons("auxiliaries", "copulas", "modals")
    for index in range(comma + 2, end):
        token = tokens[index]
        if token.lower in load_lexicon("relative_pronouns") or token.text in CLAUSE_END:
            return True
        if not token.is_word or token.lower in load_lexicon("coordinators") or token.lower in finite or (
                index > comma + 2 and is_inflected_verb(token.lower)):
            return False  # (a list, "Israel, the Iranian deal and ...", or a clause; "the [presumed] favorite" is one)
    return True


def opens_dependent_clause(tokens: list[Token], start: int) -> bool:
    """"said that, [even] if they thought it was appropriate, a recount ...", "said that when she was
    young, a boss ...": a content that opens with a dependent clause after "that", whose comma comes
    before the main clause (not "asked [if he would], he looked away": without "that" the dependent
    clause may be all the content)."""
    after_that = start >= 1 and tokens[start - 1].lower == "that"
    set_off = start >= 2 and tokens[start - 1].text == "," and tokens[start - 2].lower == "that"
    if not after_that and not set_off:
        return False
    start = past_focus_adverb(tokens, start, len(tokens))
    if set_off or (tokens[start].lower in load_lexicons("subordinators", "phrase_prepositions") and tokens[start].lower != "to"):
        # "said that, [subject to adjustments], it expects ...", "disclosed that [after the rape], Clinton
        # called her": a phrase set off, then the clause
        comma = next((index for index in range(start + 1, min(len(tokens), start + OPENING_WORDS)) if tokens[index].text == ","), None)
        if comma is not None and comma + 1 < len(tokens) and is_clause(tokens, comma + 1, len(tokens)) and (
                set_off or not has_finite(tokens, start, comma)):
            return True  # (not "that [in 1986 prices fell 30 pct], giving ...": the clause came first)
    return not set_off and start + 1 < len(tokens) and tokens[start].lower in load_lexicon("subordinators") \
        and is_clause(tokens, start + 1, len(tokens))


def verb_after_subject_aside(tokens: list[Token], start: int, comma: int) -> bool:
    """"said the contract[, replacing an earlier one that was to expire,] assures it will keep jobs": the
    `comma` closes a phrase set off after the content's subject (no verb before the phrase), and the
    speech verb after it, with a pronoun's clause of its own, is the content's verb, no new attribution
    (as ", said he" would be)."""
    opening = next((index for index in range(start, comma) if tokens[index].text == ","), None)
    verb = comma + 1
    return opening is not None and opening > start and not has_finite(tokens, start, opening) and verb + 2 < len(tokens) \
        and tokens[verb + 1].lower in load_lexicon("subject_pronouns") and is_finite_verb(tokens[verb + 2])
