"""Clauses in a sentence's tokens: where a reported content may begin, and whether a clause starts.

Reported speech needs a few facts the phrase grammar (`quotes.phrases`) does not give: does a clause
with its own subject start here ("said [the plan] would fail", not "said [nothing]"), does a time
phrase, an addressee or "that" come first ("told [reporters] [on Tuesday] that"), and does a clause
of the writer's follow a comma (", citing the polls"). Each is a small test on the tokens of one
sentence, each quote standing as one placeholder token (`quotes.tokens.sentence_tokens`).
"""

from __future__ import annotations

from functools import cache

from .lexicons import load_lexicon, load_lexicons, load_mapping
from .forwardphrases import phrase_after
from .phrases import CLAUSE_END, DASHES, QUOTE, TITLE
from .quantities import approximated_at
from .tokens import Token, inline_quote, is_dash
from .verbslots import verb_by_position
from .wordclass import (can_be_verb, is_describer, is_inflected_verb, is_noun, is_plural, is_plural_noun,
                        is_present_participle, is_title, is_verb)

__all__ = ["currency_before_number", "past_focus_adverb", "main_clause_after", "past_time_phrase", "past_connectives", "skip_punctuation", "is_clause", "is_finite_verb",
           "opening_then_clause", "opening_phrase_comma", "has_finite", "verbless_aside", "verb_after", "is_placeholder",
           "is_dash", "introduces_clause", "new_clause_between", "has_own_subject", "in_subordinate_clause", "governing_candidates",
           "in_opening_phrase", "opening_participle", "object_of_a_thing", "relative_aside_end", "reduced_clause",
           "clause_around_aside", "resumes_with_verb", "free_relative_end", "only_circumstance", "time_amount", "trailing_time", "opens_content",
           "subordinate_then_clause"]

_VERB_SCAN = 30  # tokens of a content searched for its verb
_ADDRESSEE_WORDS = 4  # words an addressee may take after its verb: "told the Financial Times."
_SHORTEST_PAST = 3  # "bed", "red" end in -ed too: a past is longer ("axed"; "need", "shed" the lexicon knows)
_GERUND_WORDS = 8  # tokens of a gerund subject before its verb: "Defending that terrain [is]"
_CURRENCY_SIGNS = frozenset("£$€¥")  # a sign a number follows: "£2bn", "$1.89"
_OPENING_REACH = 25  # tokens from a quote to the comma that closes the opening phrase holding it
_NAME_APPOSITION = 6  # tokens of a name set off by commas inside a clause: ", Gonzalo P. Curiel,"
_ASIDE_WORDS = 6  # tokens of a verbless aside a subordinator opens: ", although less acute,"
OPENING_WORDS = 20  # tokens of an opening phrase before its comma ("According to ...", "However,")


def past_time_phrase(tokens: list[Token], start: int, end: int) -> int:
    """The token after a time phrase right after a cue: "said [Friday afternoon]", "said [on Friday]",
    "told CNN [last week]", "has said [for weeks]" (the content follows it without "that")."""
    times = load_lexicons("days", "time_nouns", "months")
    here = int(start < end and tokens[start].lower == "here")  # "told a meeting [here] the plan ...": where it was said
    start = index = start + here
    if index + 2 < end and tokens[index].lower in load_lexicon("time_after_words") and tokens[index + 1].lower in load_lexicon("time_determiners"):
        index += 1  # "told growers [earlier this year] they must halt ..."
    if index < end and tokens[index].lower in load_lexicons("date_prepositions", "time_determiners"):
        index += 1
    elif index + 1 < end and tokens[index].lower in load_lexicon("span_prepositions") and _time_word(tokens[index + 1].lower, times):
        index += 1  # "for weeks", not "over 2.2 mln dlrs"
    stop = index
    dated = index > start and tokens[start].lower in load_lexicon("date_prepositions")  # "on [5]", not "that [20] people"
    while stop < min(end, index + 3) and (_is_time(tokens[stop], times) or (tokens[stop].text[0].isdigit() and (
            dated or stop + 1 < end and _time_word(tokens[stop + 1].lower, times)
            or (stop > 0 and tokens[stop - 1].lower in load_lexicon("months"))))):  # ("said March [5] that")
        stop += 1
    if stop == start + 1 and stop < end and tokens[start].lower in load_lexicon("months") and tokens[stop].is_word \
            and not tokens[stop].is_capitalized and _qualified_by_month(tokens[stop].lower):
        return start  # "said [February sales] fell": a bare month before a noun qualifies it (a day would be
        # "said Monday", a month "said in February")
    if stop > index + 1 and stop + 1 < end and tokens[stop].text == "," and tokens[stop - 2].lower in load_lexicon("months") \
            and tokens[stop - 1].text.isdigit() and len(tokens[stop + 1].text) == 4 and tokens[stop + 1].text.isdigit():
        stop += 2  # "on February 1[, 1987]": the year is the date's
    return stop if stop > index else start


def _qualified_by_month(word: str) -> bool:
    """A lower-case word that a month can qualify: a noun, no pronoun, determiner or "that"."""
    return is_noun(word) and word not in load_lexicons("subject_pronouns", "articles", "determiners", "possessive_pronouns")


def _is_time(token: Token, times: frozenset[str]) -> bool:
    """A word of time as written: a month only capitalised ("say this [may] allow" is the modal)."""
    return _time_word(token.lower, times) and (token.is_capitalized or token.lower not in load_lexicon("months"))


def _time_word(word: str, times: frozenset[str]) -> bool:
    """A word of time, singular or plural: "week", "weeks", "Friday"."""
    return word in times or (word.endswith("s") and word[:-1] in times)


def participle_after_comma(tokens: list[Token], cue: int) -> bool:
    """", adding that ...", ", insisting ...": a participle that carries on after its clause."""
    return cue > 0 and tokens[cue].lower.endswith("ing") and tokens[cue - 1].text == ","


def is_clause(tokens: list[Token], start: int, end: int) -> bool:
    """Does a clause with its own subject start at `start` ("[the plan] would fail", "[he] lied")?
    Not an object or a participle ("said [nothing]", "deny [them] permits", "suggested [looking]"):
    the first word can be a subject, and a finite verb of its own follows (not after one comma alone:
    "said [his piece], he is ready" is an opening phrase and the next clause)."""
    first = tokens[start]
    opening = _opening_verdict(tokens, start, end)
    if opening is not None:
        return opening
    finite = load_lexicons("auxiliaries", "copulas", "modals")
    dependent = load_lexicons("relative_pronouns", "subordinators")
    modifier_slots = _modifier_slots()
    commas, skipping, relative_verb, items, listed = 0, False, -1, False, False  # skipping: a dependent clause's verb is not the content's
    for position in range(start + (first.lower not in finite), min(end, start + _VERB_SCAN)):
        token, previous = tokens[position], tokens[position - 1]
        if token.text in CLAUSE_END or token.text == ":":
            return False
        if is_placeholder(token) and token.text == QUOTE and not skipping and (commas != 1 or previous.text == ","):
            return True  # `says voter fraud "would be one hell of a way to lose"`
        commas += token.text == "," and not _date_comma(tokens, position)
        items = commas == 1 and (token.text == "," or (items and not is_inflected_verb(token.lower)))  # no verb since the comma
        was_listed, listed = listed, items and (listed or (token.lower in ("and", "or") and previous.text != ","))
        # "[A, B and C] were", "[X, Y and Z] had been": a list's comma (read before the verb that ends the list)
        if token.lower in dependent and position > start and not (
                position + 1 < end and tokens[position + 1].text == "," and token.lower in load_lexicon("subordinators")) \
                and not _preposition_of_noun(tokens, position, end) and not verbless_aside(tokens, position, end):
            skipping = True  # "the examples [that] critics [point] to ... failed" (not "who had not met [before],": an adverb)
        elif skipping and previous.lower in dependent and can_be_verb(token.lower):
            skipping = False  # "the business which [rents] cassettes continues": the dependent clause's verb
            relative_verb = position if position - 2 >= start and tokens[position - 2].lower in load_lexicon("head_prepositions") else -1
        elif position - 1 == relative_verb and previous.lower in finite and (token.lower in finite or is_inflected_verb(token.lower)):
            relative_verb = position  # "the text of which was [released]": still the dependent clause's verb
        elif previous.text == "," and commas % 2 and is_verb(token.lower) and token.lower not in finite \
                and not token.lower.endswith("s"):
            continue  # ", [run] by the department,": a participle, not the content's verb
        elif token.lower not in finite and previous.lower in modifier_slots:
            continue  # "his [lead] over", "into [advanced] age": after an article or a preposition, a modifier or a noun
        elif token.lower in load_lexicon("naming_cues") and is_noun(previous.lower) and position + 1 < end and (
                tokens[position + 1].is_capitalized or is_placeholder(tokens[position + 1])):
            continue  # "a book [titled] Women Who Work": a participle that names the noun before it
        elif token.lower in finite or token.lower.endswith("n't") or is_inflected_verb(token.lower) or _unknown_past(
                token, previous) or _describer_past(tokens, position) or (
                is_verb(token.lower) and not is_noun(token.lower) and previous.lower != "to") or verb_by_position(tokens, position) \
                or _verb_after_aside(tokens, start, position, commas) or _verb_before_infinitive(tokens, position):
            if not skipping and (commas != 1 or previous.text == "," or listed or was_listed):
                return True  # "parents still [want]", "the decision, which ..., [illustrates]"
            skipping = False  # (not "said [his piece], he [is] ready": an opening phrase, then a clause)
    return False


def _opening_verdict(tokens: list[Token], start: int, end: int) -> bool | None:
    """What the first word alone decides for `is_clause`: a sure subject, a word no subject can be (a
    verb, an object pronoun), a gerund subject; None when the verb after it has to decide."""
    first = tokens[start]
    if _sure_subject(tokens, start, end):
        return True
    if currency_before_number(tokens, start, end):  # "said [£2bn savings] had been made": the sign is the number's
        change = start + 3 < end and tokens[start + 2].lower == "to" and tokens[start + 3].text[:1] in _CURRENCY_SIGNS
        return not change and is_clause(tokens, start + 1, end)  # (not "adding [$1.89 to $48.62] at the close": a price's move)
    if not first.is_word or (first.lower in load_lexicon("content_blockers") and not first.is_capitalized
                             and not _blocker_as_subject(tokens, start, end)) or (
            first.lower in load_mapping("pronouns") and first.lower not in load_lexicon("possessive_pronouns")):
        return False
    if is_present_participle(first.lower) and _gerund_subject(tokens, start, end):
        return True  # "[Defending] that terrain is hard, he said" (a determiner "that" is no relative pronoun)
    if not first.is_capitalized and is_verb(first.lower) and not is_noun(first.lower) \
            and first.lower not in load_lexicons("subject_pronouns", "articles", "determiners") and not _describes_noun(tokens, start, end) \
            and not (start + 1 < end and tokens[start + 1].lower in load_lexicons("modals", "copulas", "auxiliaries")) \
            and not (_noun_before_auxiliary(tokens, start + 1, end) and not is_inflected_verb(first.lower)) \
            and not (first.lower.endswith("s") and start + 1 < end and tokens[start + 1].lower == "of"):
        return False  # (but "said [spreads would] widen", "says [calls are] not marketing", "said [call money was]
        # soft", "said [offers of] help had been received": a noun, or one before a noun, the subject of its verb)
    return None


def verbless_aside(tokens: list[Token], subordinator: int, end: int) -> bool:
    """", [although] less acute, ": a concession set off by commas with no verb of its own, an aside
    inside the subject, whose clause's verb still follows ("fears of a trade war, although less acute,
    remain a concern")."""
    if tokens[subordinator - 1].text != "," or tokens[subordinator].lower not in load_lexicon("concessive_joiners"):
        return False  # (not ", which, dealers said,", ", if any,")
    close = next((index for index in range(subordinator + 1, min(end, subordinator + _ASIDE_WORDS))
                  if not tokens[index].is_word), None)
    return close is not None and tokens[close].text == "," and not any(
        is_inflected_verb(token.lower) or is_noun(token.lower) or token.lower in load_lexicons("auxiliaries", "copulas", "modals")
        for token in tokens[subordinator + 1:close])  # (not ", while [long term debt], which ...,": a clause's subject)


def _sure_subject(tokens: list[Token], start: int, end: int) -> bool:
    """A first word that is a clause's subject whatever follows: "said [she] plans to", `said "[the
    plan]" failed`, "said [that's] what", "[that will] be true, he said", "[That compares] with sales
    of ..., he said" (a demonstrative opening the sentence, before its verb)."""
    first = tokens[start]
    if is_placeholder(first) or (first.lower in load_lexicon("subject_pronouns") and not _object_it(tokens, start, end)) \
            or _contracted_clause(first.lower):
        return True
    return first.lower == "that" and start + 1 < end and (tokens[start + 1].lower in load_lexicons("auxiliaries", "copulas", "modals") or (
        first.is_capitalized and is_finite_verb(tokens[start + 1])))


def _verb_after_aside(tokens: list[Token], start: int, position: int, commas: int) -> bool:
    """"The indices, published today, [show] a rise": right after the comma that closes an aside, a word
    that can be a verb, before an object, is the clause's verb (a noun would need no comma before it),
    when the words before the aside are a subject (not "[Yeutter a letter urging] a European Community,
    EC, [plan] to": a participle's object, its noun set off)."""
    following = tokens[position + 1].lower if position + 1 < len(tokens) else ""
    if not (commas >= 2 and commas % 2 == 0 and tokens[position - 1].text == "," and not tokens[position].is_capitalized
            and (following in ("to", "that") or following in load_lexicons("articles", "possessive_pronouns"))):
        return False
    first_comma = next(index for index in range(start, position) if tokens[index].text == ",")
    return not any(is_present_participle(token.lower) for token in tokens[start:first_comma]) and can_be_verb(tokens[position].lower)


def _object_it(tokens: list[Token], start: int, end: int) -> bool:
    """"claiming [it] as the ball bounced": "it" before a subordinator is an object, no clause's subject."""
    return tokens[start].lower == "it" and start + 1 < end and tokens[start + 1].lower in load_lexicons("subordinators", "event_subordinators")


def _blocker_as_subject(tokens: list[Token], start: int, end: int) -> bool:
    """A word that blocks a content ("said [much]", "said [more]") opens its subject all the same
    before "of" or "than" ("said [much of] his talk was", "[more than] 20 people died"), as a number's
    qualifier ("[as many as] 3,000"), as a thing ("[nothing new] has"), and a quantity word before a
    plural noun or a verb group ("[more (Japanese)] banks] are", "[more would]", "[more action] was
    needed", "said [much will]")."""
    first = tokens[start].lower
    if start + 1 >= end:
        return False
    if tokens[start + 1].lower in ("of", "than") or _thing_subject(tokens, start, end) or approximated_at(tokens, start):
        return True
    if first in load_lexicon("quantity_words") and (_plural_noun_next(tokens, start + 1, end) or any(
            _auxiliary_next(tokens, verb) and not tokens[verb].is_capitalized and all(token.is_word for token in tokens[start + 1:verb])
            for verb in range(start + 1, min(end, start + 4)))):  # ("[more would]", "[more export licences] were", "[more
        # action] was"; not "said [more in May]": a month, no modal)
        return True
    return first in ("much", "little") and _auxiliary_next(tokens, start + 1)


def _auxiliary_next(tokens: list[Token], index: int) -> bool:
    """An auxiliary or a modal at `index`: what makes the word before it a subject ("[much] will")."""
    return tokens[index].lower in load_lexicons("auxiliaries", "modals")


def _plural_noun_next(tokens: list[Token], start: int, end: int) -> bool:
    """A plural noun at `start`, or after one adjective or name there: "more [cuts]", "more [Japanese banks]"."""
    if start + 1 < end and (tokens[start].is_capitalized or is_describer(tokens[start].lower)) and not is_noun(tokens[start].lower):
        start += 1
    return is_plural(tokens[start].lower) and is_noun(tokens[start].lower)


def _thing_subject(tokens: list[Token], start: int, end: int) -> bool:
    """"[Nothing new] has been decided", "said [something] was wrong": "nothing", "everything" as the
    subject of a finite verb right after it (or after one word), not "said nothing about it", "did he
    say anything [that] could be"."""
    following = tokens[start + 1:min(end, start + 3)]
    if not tokens[start].lower.endswith("thing") or not following or following[0].lower in load_lexicon("relative_pronouns"):
        return False
    return is_finite_verb(following[0]) or (len(following) == 2 and is_finite_verb(following[1]))


def _gerund_subject(tokens: list[Token], start: int, end: int) -> bool:
    """A gerund and its object as a clause's subject, "[Defending that terrain] is squarely within his
    wheelhouse": a copula, an auxiliary or a modal follows within a few words, before any comma or
    question word (not "Speaking to reporters, he is ...", nor "Saying what it is ...")."""
    finite = load_lexicons("auxiliaries", "copulas", "modals")
    for position in range(start + 1, min(end, start + _GERUND_WORDS)):
        word = tokens[position].lower
        if word in finite:
            return position > start + 1
        if not tokens[position].is_word or word in load_lexicon("question_words"):
            return False
    return False


def _noun_before_auxiliary(tokens: list[Token], index: int, end: int) -> bool:
    """A noun that is no verb at `index`, then an auxiliary, a copula or a modal: "call [money was]"."""
    return index + 1 < end and tokens[index].is_word and is_noun(tokens[index].lower) and not can_be_verb(tokens[index].lower) \
        and tokens[index + 1].lower in load_lexicons("modals", "copulas", "auxiliaries")


def _describes_noun(tokens: list[Token], start: int, end: int) -> bool:
    """"[industrialized] nations saved", "[expanded] trade would help", "[industrialised] Community members
    have": a past participle before a plural, a noun or a name it describes opens a subject, not a verb's object."""
    following = tokens[start + 1] if start + 1 < end else None
    if following is not None and start + 2 < end and is_describer(following.lower) and not is_noun(following.lower):
        following = tokens[start + 2]  # "[expected] federal regulations will": an adjective between
    return tokens[start].lower.endswith("ed") and following is not None and following.is_word and (following.is_capitalized and is_describer(tokens[start].lower) or (
        is_plural_noun(following.lower) or is_noun(following.lower) or following.lower.endswith("er")) and not is_verb(following.lower)) \
        and following.lower.removesuffix("s") not in load_lexicon("time_nouns")  # (not "said [repeated] times")


def _unknown_past(token: Token, previous: Token) -> bool:
    """"the star shape [harked] back": a word in -ed that the word lexicon does not know, right after a
    noun, is a past verb (not "highly export-[orientated]", "longer-[dated]")."""
    word = token.lower
    return word.endswith("ed") and len(word) > _SHORTEST_PAST and token.is_word and not token.is_capitalized \
        and "-" not in word and is_noun(previous.lower) and not (
            is_noun(word) or is_verb(word) or is_describer(word) or can_be_verb(word))


def _preposition_of_noun(tokens: list[Token], position: int, end: int) -> bool:
    """"profit [before] exceptional items rose", "sales [since] January totaled": a subordinator that is
    also a preposition, between a noun and a bare noun phrase, opens no clause (not "months [before]
    his term ended", "the day [after] a man ...": a time's, or before a determiner, a clause)."""
    previous, following = tokens[position - 1], tokens[position + 1] if position + 1 < end else None
    return following is not None and following.is_word and tokens[position].lower in load_lexicon("phrase_prepositions") \
        and previous.is_word and not previous.is_capitalized and is_noun(previous.lower) \
        and previous.lower.removesuffix("s") not in load_lexicon("time_nouns") \
        and following.lower not in load_lexicons("articles", "determiners", "possessive_pronouns", "subject_pronouns") \
        and (not following.is_capitalized or following.lower in load_lexicon("months"))


def _date_comma(tokens: list[Token], comma: int) -> bool:
    """"as of December 31[,] 1986 was": the comma between a date's day and its year sets nothing off."""
    return 2 <= comma < len(tokens) - 1 and tokens[comma - 1].text.isdigit() and len(tokens[comma - 1].text) <= 2 \
        and tokens[comma - 2].lower in load_lexicon("months") and tokens[comma + 1].text.isdigit() and len(tokens[comma + 1].text) == 4


def _describer_past(tokens: list[Token], position: int) -> bool:
    """"the victory [paved] the way": a word in -ed the lexicon knows only as an adjective ("paved
    roads"), of a verb ("pave"), between a noun and an article or a possessive, is a past verb."""
    word, previous = tokens[position].lower, tokens[position - 1]
    following = tokens[position + 1].lower if position + 1 < len(tokens) else ""
    return word.endswith("ed") and not tokens[position].is_capitalized and is_describer(word) \
        and previous.is_word and is_noun(previous.lower) and following in load_lexicons("articles", "possessive_pronouns") \
        and any(is_verb(stem) for stem in (word[:-1], word[:-2], word[:-3]))


@cache
def _modifier_slots() -> frozenset[str]:
    """Words after which a verb form modifies a noun or is one: "a", a possessive, a preposition (not
    "to", which an infinitive follows)."""
    return (load_lexicons("possessive_pronouns", "phrase_prepositions", "head_prepositions") | {"a", "an"}) - {"to"}


def is_finite_verb(token: Token) -> bool:
    """"has", "called", "encouraged": an auxiliary or an inflected verb that is not a noun."""
    return token.lower in load_lexicons("auxiliaries", "modals") or (
        is_inflected_verb(token.lower) and not is_noun(token.lower) and not token.is_capitalized)


def opening_then_clause(tokens: list[Token], start: int, end: int) -> bool:
    """"[However,] growth slowed", "[After some challenges,] the work has met standards": an opening
    phrase without a verb of its own, its comma, then a clause (which `is_clause` cannot tell from
    "said [his piece], he is ready")."""
    return opening_phrase_comma(tokens, start, end) is not None


def opening_phrase_comma(tokens: list[Token], start: int, end: int) -> int | None:
    """The comma that closes the opening phrase `opening_then_clause` finds at `start`, or None."""
    comma = next((index for index in range(start, min(end, start + OPENING_WORDS)) if tokens[index].text == ","
                  and not _date_comma(tokens, index)), None)  # (not "[On March 12, 1985,]": a date's own comma)
    opener = past_focus_adverb(tokens, start, end)  # "[Even] if ..."
    first = tokens[start].lower  # a participle phrase: "[Given] the rates,", "[Faced] with ...,", "however, [given] ..."
    participle = (first.endswith("en") and is_inflected_verb(first)) or (tokens[start].is_capitalized and (
        (first.endswith("ed") and is_inflected_verb(first)) or is_present_participle(first)))  # (not "[painted] a picture, X said")
    subordinator = _subordinate_opener(tokens, start, end, events=True)
    found = comma is not None and comma > opener and (not _finite_of_its_own(tokens, start + participle, comma) or (  # or a dependent clause:
        subordinator is not None and is_clause(tokens, subordinator + 1, comma))
        or _phrase_with_relative(tokens, opener, comma)) \
        and comma + 1 < end and is_clause(tokens, comma + 1, end) and not _dependent_after(tokens, comma + 1, end)
    return comma if found else None
    # "[As Trump spoke,] the crowd booed" (not "[On Tuesday,] even as shares were tumbling": dependent again)


def _dependent_after(tokens: list[Token], start: int, end: int) -> bool:
    """The words at `start` open a dependent clause ("[even as] shares were tumbling", "[when] he left")
    whose main clause does not follow after a comma (as in "if income is high, [they] can pay")."""
    opener = _subordinate_opener(tokens, start, end, events=True)
    return opener is not None and not _clause_after_subordinate(tokens, opener, end)


def subordinate_then_clause(tokens: list[Token], start: int, end: int) -> bool:
    """"even if Sanders split the delegates, he would need 55 percent": a content opening with a
    subordinate clause has its own clause after the subordinate's comma."""
    opener = _subordinate_opener(tokens, start, end)
    return opener is not None and _clause_after_subordinate(tokens, opener, end)


def past_focus_adverb(tokens: list[Token], start: int, end: int) -> int:
    """Where the words at `start` begin past a focusing adverb ("[even] if", "[only] when"; lexicon
    focus_adverbs), else `start`."""
    return start + 1 if start + 1 < end and tokens[start].lower in load_lexicon("focus_adverbs") else start


def _subordinate_opener(tokens: list[Token], start: int, end: int, *, events: bool = False) -> int | None:
    """Where the subordinator that opens `tokens[start:end]` stands, past a focus adverb ("[even if]
    ...", "[if] ..."; with `events`, "[as]", "[while]" too), or where a phrase of one ends ("now [that]",
    `lexicons/subordinator_phrases.txt`), or None when none opens them."""
    phrase = next((start + width - 1 for width in (2, 3) if start + width < end and " ".join(
        token.lower for token in tokens[start:start + width]) in load_lexicon("subordinator_phrases")), None)
    if phrase is not None:
        return phrase  # "[now that]", "[as long as]": the phrase's last word
    opener = past_focus_adverb(tokens, start, end)
    words = load_lexicons("subordinators", "event_subordinators") if events else load_lexicon("subordinators")
    return opener if tokens[opener].lower in words else None


def _clause_after_subordinate(tokens: list[Token], opener: int, end: int) -> bool:
    """"if income is high[,] they can pay": a comma closes the subordinate clause `opener` opens, and a
    main clause follows it."""
    comma = next((index for index in range(opener + 2, end - 1) if tokens[index].text == ","), None)
    return comma is not None and is_clause(tokens, comma + 1, end)


def _finite_of_its_own(tokens: list[Token], start: int, end: int) -> bool:
    """`has_finite`, but a participle right after an article or a word of time qualifies its noun: "[In a
    related action,] Moreno downgraded ..." opens with a phrase, no clause."""
    return any(has_finite(tokens, index, index + 1) and not (
        index > start and tokens[index].lower.endswith("ed") and (tokens[index - 1].lower in load_lexicon("articles")
                                                                  or tokens[index - 1].lower.removesuffix("s") in load_lexicon("time_nouns")))
        for index in range(start, end))  # (and "[For the two months ended April 4,] sales totaled": a period's date)


def _phrase_with_relative(tokens: list[Token], start: int, comma: int) -> bool:
    """"[In a year when arguments are resonating,]", "[At a time that ...,]": a preposition's phrase whose
    noun a relative clause describes; the clause's verb is not the sentence's."""
    if tokens[start].lower not in load_lexicon("phrase_prepositions"):
        return False
    relative = next((index for index in range(start + 2, comma) if tokens[index].lower in load_lexicons(
        "relative_pronouns", "event_subordinators")), None)
    return relative is not None and not has_finite(tokens, start, relative) and is_clause(tokens, relative + 1, comma)


def has_finite(tokens: list[Token], start: int, end: int) -> bool:
    """Some word of tokens[start:end] is a finite verb, an auxiliary or a modal."""
    finite = load_lexicons("auxiliaries", "copulas", "modals")
    return any(token.lower in finite or is_inflected_verb(token.lower) or _verb_before_infinitive(tokens, index)
               for index, token in enumerate(tokens[start:end], start))


def _verb_before_infinitive(tokens: list[Token], index: int) -> bool:
    """"The mission [plans] to buy cotton": a verb in -s that is most often a noun (lexicon
    infinitive_verbs) is a verb before "to" and a verb, after a noun (not "the plans to cut", "the
    government's plans to cut")."""
    return 0 < index and index + 2 < len(tokens) and tokens[index].lower in load_lexicon("infinitive_verbs") \
        and tokens[index + 1].lower == "to" and is_verb(tokens[index + 2].lower) and tokens[index - 1].is_word \
        and not tokens[index - 1].is_possessive and is_noun(tokens[index - 1].lower) \
        and tokens[index - 1].lower not in load_lexicons("articles", "determiners", "possessive_pronouns")


def _contracted_clause(word: str) -> bool:
    """"that's", "there's", "we're": a subject with its verb contracted onto it."""
    subject, apostrophe, verb = word.partition("'")
    return bool(apostrophe) and verb in load_lexicon("contracted_verbs") and subject in load_lexicon("contracted_subjects")


def verb_after(tokens: list[Token], comma: int) -> bool:
    """"Smith, who said the plan would fail, [left]": the main clause takes up again after the comma."""
    after = comma + 1
    if after + 1 < len(tokens) and tokens[after].lower.endswith("ly") and not is_noun(tokens[after].lower):
        after += 1  # ", [ultimately] did not show up"
    following = tokens[after] if after < len(tokens) else None
    return following is not None and (following.lower in load_lexicons("auxiliaries", "modals") or (
        is_verb(following.lower) and not is_noun(following.lower)))


def past_connectives(tokens: list[Token], start: int, end: int) -> int:
    """Past the words that open a sentence only to link it to the one before ("But", "And",
    "Still,", "Meanwhile,"): the writer's, no part of the content reported after them. A connective
    without a comma stays unless it is a coordinator: "So far this year", "Later that day" are phrases."""
    connectives, coordinators = load_lexicon("connectives"), load_lexicon("coordinators")
    while start + 1 < end and tokens[start].lower in connectives:
        if tokens[start + 1].text == ",":
            start += 2
        elif tokens[start].lower in coordinators or (tokens[start].lower == "so" and tokens[start + 1].lower in load_lexicons(
                "subject_pronouns", "articles")):
            start += 1  # ("[So] it makes sense, strategists said": "so" before a subject links, as "and" does)
        else:
            break
    return start


def skip_punctuation(tokens: list[Token]) -> list[Token]:
    """The tokens after the punctuation that opens them (a comma, a dash, a closing quotation mark)."""
    index = 0
    while index < len(tokens) and (tokens[index].text in (",", "—", "–", "-", ")", "]", "'", "’", "\"", "”")):
        index += 1
    return tokens[index:]


def currency_before_number(tokens: list[Token], index: int, end: int) -> bool:
    """A currency sign right before a number ("£2bn", "$1.89"): one amount with it, a word of the phrase."""
    return index + 1 < end and tokens[index].text in _CURRENCY_SIGNS and tokens[index + 1].text[0].isdigit() \
        and tokens[index].end == tokens[index + 1].start


def is_placeholder(token: Token) -> bool:
    """The token standing for a whole quote in its sentence (not a stray quotation mark, one character)."""
    return (token.text == QUOTE or token.text == TITLE) and token.end - token.start > 1


def introduces_clause(tokens: list[Token], verb: int, later: int) -> bool:
    """True when the speech verb at `verb` takes the clause holding `later` as its object:
    "said [that] Y spoke", "said Thursday that Y", "warned that officers he has spoken with"."""
    breaks = any(token.text in (",", ";") or token.text in DASHES or (token.text == QUOTE and not inline_quote(tokens, index))
                 for index, token in enumerate(tokens[verb + 1:later], verb + 1))
    return not breaks or any(token.lower == "that" for token in tokens[verb + 1:later])


def reports_more(tokens: list[Token], verb: int) -> bool:
    """True when the speech verb at `verb` goes on to something it reports, a clause or an object
    ("Houllier also revealed he is ready", "The Lib Dems accuse Mr Blair of ..."), not only where,
    when or to whom it was said ("he said.", "Noem said in a statement.", "Reed told Reuters.")."""
    rest = tokens[verb + 1:]
    if rest and rest[0].lower in load_lexicon("particles"):
        rest = rest[1:]  # "the crowd cried out, booing"
    if not rest or rest[0].text in CLAUSE_END or rest[0].text in (",", QUOTE) or rest[0].text in DASHES:
        return False
    if rest[0].lower in load_lexicons("phrase_prepositions", "span_prepositions", "topic_prepositions", "time_after_words",
                                     "days", "event_subordinators") or (
            rest[0].lower in load_lexicon("time_determiners") and len(rest) > 1 and rest[1].lower in load_lexicon("time_nouns")):
        return False  # "said on Tuesday", "said later", "said Monday", "said last week", "said as he left"
    addressee = tokens[verb].lower in load_lexicon("addressee_verbs")
    return not (addressee and any(token.text in CLAUSE_END or token.text == "," for token in rest[:_ADDRESSEE_WORDS + 1]))


def new_clause_between(tokens: list[Token], start: int, end: int) -> bool:
    """True when a clause with its own subject starts in tokens[start:end]: "..., and he vowed",
    "a photo and Clinton said" (but not "Noem and Bukele", two names joined)."""
    for index in range(start, end - 1):
        token = tokens[index]
        if token.lower in load_lexicon("clause_joiners") or token.text == ";":
            following = tokens[index + 1]
            joins_names = index > 0 and tokens[index - 1].is_capitalized and tokens[index - 1].is_word
            if not joins_names and (following.lower in load_lexicon("subject_pronouns") or (
                    following.is_capitalized and following.is_word
                    and following.lower not in load_lexicon("clause_openers"))):
                return True
            if token.lower == "but" and following.lower in load_lexicon("articles"):
                return True  # "Clinton proposed a debate, but the Sanders campaign rejected it as "..."
    return False


def has_own_subject(tokens: list[Token], verb: int) -> bool:
    """"legislation, which he called "a cartel"", "booed when he told them": a relative or
    subordinate clause with a pronoun subject of its own; its verb, not the outer one, governs.
    ("said that he thinks" is no such clause: the outer verb's complement.)"""
    if verb >= 2 and tokens[verb - 1].lower in load_lexicon("subject_pronouns") and tokens[verb - 2].lower in load_lexicon("own_clause_openers"):
        return True
    start = next((index for index in range(verb - 1, max(0, verb - 5) - 1, -1) if not tokens[index].is_capitalized
                  and tokens[index].lower not in load_lexicon("title_abbreviations")), None)
    openers = load_lexicon("own_clause_openers") if not tokens[verb].lower.endswith("ing") else load_lexicons(
        "own_clause_openers", "depiction_words")  # ("footage of [Trump] saying")
    return start is not None and start < verb - 1 and tokens[start].lower in openers \
        and phrase_after(tokens, start + 1, pronoun_or_name_only=True) == (start + 1, verb)  # "when [Mr. Trump] assailed"


def in_subordinate_clause(tokens: list[Token], floor: int, verb: int, quote: int) -> bool:
    """True when the verb sits in a subordinate clause or an opening phrase closed by a comma before
    the quote: "When Trump [suggested] that Cuba would sue, Rubio fired back: "...", "In a Facebook
    message [posted] Friday, Cruz said he had "areas of disagreement"."""
    if tokens[floor].lower in load_lexicon("phrase_prepositions") and tokens[floor].is_capitalized:
        comma = next((index for index in range(floor, quote) if tokens[index].text == ","), None)
        if comma is not None and verb < comma:
            return True
    subordinators = load_lexicon("subordinators")
    opener = next((index for index in range(verb - 1, floor - 1, -1)
                   if tokens[index].lower in subordinators or tokens[index].text in (",", QUOTE)), None)
    if opener is None or tokens[opener].lower not in subordinators:
        return False
    commas = [index for index in range(verb + 1, quote) if tokens[index].text == ","]
    return bool(commas) and not (len(commas) == 2 and 1 < commas[1] - commas[0] <= _NAME_APPOSITION and all(
        token.is_capitalized for token in tokens[commas[0] + 1:commas[1]]))  # ("when Trump assailed a judge, [Gonzalo
    # P. Curiel], for his "Mexican heritage"": a name set off inside the clause, which goes on)


def _dashed_aside(tokens: list[Token], floor: int, verb: int, quote: int) -> int | None:
    """The dash that opens an aside holding the verb and closed before the quote, or None: "Raw T -
    [signed] to his label - will "complete the hat-trick"", "small hands - as Rubio has [said] - and he
    can "guarantee" ..."; a verb there governs no quote after the aside."""
    before = next((index for index in range(verb - 1, floor - 1, -1)
                   if is_dash(tokens, index) or tokens[index].text in CLAUSE_END or tokens[index].text == QUOTE), None)
    after = next((index for index in range(verb + 1, quote) if is_dash(tokens, index) or tokens[index].text == QUOTE), None)
    return before if before is not None and after is not None and is_dash(tokens, before) and is_dash(tokens, after) else None


def relative_aside_end(tokens: list[Token], comma: int, stop: int) -> int | None:
    """The comma closing a relative clause that the comma at `comma` opens, when its sentence goes on
    with a verb after it: "whether his plan[, which critics say would cost billions,] would risk";
    None for another comma, a clause that runs past `stop` or reaches a quote first."""
    if comma + 1 >= stop or not _opens_relative(tokens, comma):
        return None
    closing = next((index for index in range(comma + 2, stop) if tokens[index].text in (",", QUOTE)), None)
    return closing if closing is not None and tokens[closing].text == "," and verb_after(tokens, closing) else None


def _opens_relative(tokens: list[Token], comma: int) -> bool:
    """The comma at `comma` opens a relative clause set off from its noun: ", which", ", who" (not ", that")."""
    return tokens[comma + 1].lower in load_lexicon("relative_pronouns") and tokens[comma + 1].lower != "that"


def _relative_aside(tokens: list[Token], floor: int, verb: int, quote: int) -> bool:
    """"whether his plan[, which critics say would cost billions,] would risk "..."": a verb in such a
    relative clause governs no quote after it."""
    opener = next((index for index in range(verb - 1, floor - 1, -1)
                   if tokens[index].text in (",", QUOTE) or tokens[index].text in CLAUSE_END), None)
    if opener is None or tokens[opener].text != ",":
        return False
    return relative_aside_end(tokens, opener, quote) is not None or _unclosed_passive_aside(tokens, opener, verb, quote)


def _unclosed_passive_aside(tokens: list[Token], comma: int, verb: int, quote: int) -> bool:
    """"the rate cuts[, which had been ordered by the FCC] have had "...": a relative clause whose
    closing comma was left out ends after its passive's agent, where the main verb takes up again."""
    if not _opens_relative(tokens, comma) or verb + 2 >= quote or tokens[verb + 1].lower != "by":
        return False
    agent = phrase_after(tokens, verb + 2)
    return agent is not None and agent[1] < quote and verb_after(tokens, agent[1] - 1)


def governing_candidates(tokens: list[Token], floor: int, verbs: list[int], quote: int) -> list[int]:
    """The speech verbs (of `verbs`) that may govern the quote at `quote`: none in a subordinate clause
    or a dashed aside closed before it (but "an ad, which — as Chait noted — promises to "...": with
    no other verb, the aside's "as" attributes what follows)."""
    verbs = [index for index in verbs if not in_subordinate_clause(tokens, floor, index, quote)
             and not _relative_aside(tokens, floor, index, quote)]
    asides = {index: dash for index in verbs if (dash := _dashed_aside(tokens, floor, index, quote)) is not None}
    if any(index not in asides for index in verbs) or any(tokens[dash + 1].lower != "as" for dash in asides.values()):
        return [index for index in verbs if index not in asides]
    return verbs


def opening_participle(tokens: list[Token], verb: int) -> bool:
    """"[Acknowledging] that Trump "says ...," Allen did suggest": a participle that opens the sentence
    speaks for the main clause's subject (as one in an opening phrase does, `in_opening_phrase`). So
    does a passive one before a preposition or a question ("[Challenged] by Sawyer on her fees, Clinton
    said", "[Asked] whether ..."); "Said Trump" and "Added the senator" put their subject after."""
    if not tokens[verb].is_capitalized or not (verb == 0 or tokens[verb - 1].text in CLAUSE_END):
        return False
    following = tokens[verb + 1].lower if verb + 1 < len(tokens) else ""
    return tokens[verb].lower.endswith("ing") or following in load_lexicons(
        "phrase_prepositions", "topic_prepositions", "question_words")


def main_clause_after(tokens: list[Token], index: int, verb: int, floor: int) -> int | None:
    """Where the main clause starts after an opening phrase (its participle at `verb`) that holds
    `tokens[index]` (a quote): after the phrase's closing comma ("While denouncing the "perversion" of
    tax avoidance, [she] has"), or right after the quote when a subject follows it at once ("Conceding a
    deal "down the line" [he] warned"). None when the phrase opens no sentence ("Ryan, despite
    admitting that ..., the victims ...": the sentence's subject came first)."""
    opener = verb if opening_participle(tokens, verb) else verb - 1
    if not all(token.lower in load_lexicons("connectives", "coordinators") for token in tokens[floor:opener]):
        return None
    if index + 1 < len(tokens) and (tokens[index + 1].text == "," or tokens[index + 1].lower in load_lexicon("subject_pronouns")):
        return index + 1 + (tokens[index + 1].text == ",")
    for position in range(index + 1, min(len(tokens), index + _OPENING_REACH)):
        if tokens[position].text in CLAUSE_END or tokens[position].text == QUOTE:
            return None
        if tokens[position].text == ",":
            return position + 1
    return None


def in_opening_phrase(tokens: list[Token], verb: int) -> bool:
    """A participle in an opening phrase ("In granting the request, the judge ...") speaks for nobody;
    one joined to another ("holding signs [and chanting]") is none, unless the sentence opens there
    ("[And responding] to calls ..., Johnson told"); nor one an adverb leads after its clause ("she didn't
    limit her attacks, [also calling] on attendees to ...")."""
    opener = tokens[verb - 1].lower if verb > 0 else ""
    if verb > 1 and tokens[verb - 2].text == "," and opener not in load_lexicons(
            "phrase_prepositions", "topic_prepositions", "subordinators", "event_subordinators", "coordinators"):
        return False
    return tokens[verb].lower.endswith("ing") and verb > 0 and opener in load_lexicon(
        "clause_openers") and not tokens[verb - 1].is_word is False and (
            opener not in load_lexicon("coordinators") or verb == 1 or tokens[verb - 2].text in CLAUSE_END)


def object_of_a_thing(tokens: list[Token], index: int) -> bool:
    """A preposition after a noun that names no person or group: ", part [of] an alliance agreed in
    2000" is no speaker's phrase, ", spokesmen [for] both sides said" is."""
    owner = tokens[index - 1].lower if index > 0 else ""
    return tokens[index].lower in load_lexicons("owner_prepositions", "phrase_prepositions") and not (
        is_title(owner) or is_plural(owner) or owner.endswith("men"))


def reduced_clause(tokens: list[Token], start: int, end: int) -> bool:
    """"When asked why Cruz attacked, [Tyler said]", "While campaigning in Iowa, ...": a subordinator
    and a participle with no subject of their own, and no comma before the attribution, open the
    speaker's sentence; they say when it was said, not what."""
    return end - start > 2 and tokens[start].lower in load_lexicon("subordinators") and (
        tokens[start + 1].lower.endswith("ing") or (tokens[start + 1].lower.endswith("ed") and is_inflected_verb(
            tokens[start + 1].lower))) and not any(token.text == "," for token in tokens[start:end])


def clause_around_aside(tokens: list[Token], start: int, end: int) -> bool:
    """`is_clause`, reading across an aside set off by a pair of dashes: "The officer who shot Scott -
    Brentley Vinson, who was placed on leave - was not wearing a camera"."""
    if is_clause(tokens, start, end):
        return True
    dashes = [index for index in range(start, end) if is_dash(tokens, index)]
    if len(dashes) != 2 or dashes[0] == start:
        return False
    joined = tokens[start:dashes[0]] + tokens[dashes[1] + 1:end]
    return is_clause(joined, 0, len(joined))


def resumes_with_verb(tokens: list[Token], index: int) -> bool:
    """"His wife, he says, [plans] to leave the party": after an aside, a verb in -s that takes an
    infinitive, a "that" or an object goes on the subject before the aside (a noun would need one)."""
    word = tokens[index].lower
    following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
    return word.endswith("s") and not tokens[index].is_capitalized and can_be_verb(word) and (
        following in ("to", "that") or following in load_lexicons("articles", "possessive_pronouns"))


def free_relative_end(tokens: list[Token], start: int, end: int) -> int:
    """Where a content inside a free relative ends: "the gap between what Trump says [his tax plan would
    do], and what ...", "how experts say [it would shape tax law] has endured": at a comma, or before a
    second verb group that follows the first past a word of its own (the main clause's verb)."""
    finite = load_lexicons("auxiliaries", "copulas", "modals")
    if start >= end or tokens[start].lower in finite or is_inflected_verb(tokens[start].lower):
        return end  # "what she says [is growing demand for ...]": the gap is the subject; the predicate runs on
    seen = False
    for index in range(start, end):
        token = tokens[index]
        following = tokens[index + 1: index + 3]
        if token.lower in ("and", "or") and following and following[0].lower in load_lexicon("question_words"):
            return index  # "[and] how experts say ...": the next free relative
        if token.text == "," and following and (following[0].lower in finite or is_inflected_verb(following[0].lower) or (
                len(following) > 1 and following[0].lower in ("and", "or") and following[1].lower in load_lexicon("question_words"))):
            return index  # ", and what it would actually do", ", began ..."
        verb = token.lower in finite or is_inflected_verb(token.lower)
        previous = tokens[index - 1]
        if verb and seen and previous.is_word and not (
                previous.lower in finite or is_inflected_verb(previous.lower) or is_verb(previous.lower) or previous.lower.endswith("ly")
                or previous.lower in load_lexicons("conjunctions", "question_words", "relative_pronouns")):
            return index  # (not "will be [announced]", "read only what [was]")
        seen = seen or verb
    return end


def only_circumstance(tokens: list[Token], start: int, end: int) -> bool:
    """After a sentence-final cue, only a time or place phrase may come ("said in a statement on
    Tuesday", "said Friday"), or a comma: not an object ("mentioned climate change")."""
    if start >= end or tokens[start].text == "," or tokens[start].text in DASHES or tokens[start].text == QUOTE:
        return True
    if tokens[start].lower == "to" and start + 1 < end and is_verb(tokens[start + 1].lower):
        return False  # "claimed [to be] undecided": an infinitive, no circumstance
    if tokens[start].lower in load_lexicon("event_subordinators") and start + 1 < end and opens_content(tokens[start + 1]):
        return True  # "told his advisers [as he] labored over it": when it was said (not "[as much]")
    if tokens[start].lower == "that" and not time_amount(tokens, start, end):
        return False  # "announces [that he] is ready": its content (but "said [that day]")
    if tokens[start].lower == "without" and start + 1 < end and (is_present_participle(tokens[start + 1].lower) or tokens[start + 1].lower == "further"):
        return True  # "van Driel said [without elaborating]", "said [without further] details": how it was said
    return tokens[start].lower in load_lexicons("phrase_prepositions", "days", "time_nouns", "time_determiners", "time_modifiers") \
        or tokens[start].lower.endswith("ly") or time_amount(tokens, start, end) or tokens[start].lower in ("from", "here")
    # ("told POLITICO [earlier] this week", "said [from] his office in Nashville", "told a meeting [here]")


def time_amount(tokens: list[Token], start: int, end: int) -> bool:
    """"[last week]", "[ten days] ago", "[two years] earlier": a time phrase, not an object."""
    following = tokens[start + 1].lower if start + 1 < end else ""
    return (tokens[start].lower in load_lexicons("time_determiners", "quantity_words") or tokens[start].text[0].isdigit()) and (
        following in load_lexicons("days", "time_nouns") or following.removesuffix("s") in load_lexicon("time_nouns"))


def trailing_time(tokens: list[Token], index: int, end: int) -> bool:
    """"announced his candidacy [in June 2015]", "voiced her backing [on Monday] at a forum": a time
    phrase that ends the object (or comes before another phrase) says when it was said, not what."""
    if tokens[index].lower not in load_lexicons("date_prepositions", "time_determiners", "days") or (
            tokens[index - 1].lower in load_lexicon("time_modifiers")):
        return False  # (the phrase starts earlier: "[late] Monday", "[earlier] today")
    after = past_time_phrase(tokens, index, end)
    if after <= index or all(token.text[0].isdigit() for token in tokens[index + 1:after]):
        return False  # (a year alone qualifies a figure: "a profit of 32 mln stg in 1985")
    return after >= end or tokens[after].text in CLAUSE_END or tokens[after].text in (",", ";", ":") or (
        tokens[after].lower in load_lexicon("phrase_prepositions") and tokens[after].lower != "to")  # (not "plans
    # Tuesday to expand programs")


def opens_content(token: Token) -> bool:
    """A subject pronoun, a determiner ("that" among them) or a capitalised word: a clause with a
    subject of its own may start here, not a plain noun of a list (", and savings from ...")."""
    return token.is_capitalized or token.lower in load_lexicons("subject_pronouns", "articles", "determiners")
