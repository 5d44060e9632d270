"""Where a reported content starts and ends, and whose words are only a subject.

`quotes.reported` finds a cue and its speaker; this module draws the content's edges around them:
past an addressee, a time phrase and "that" to where the content begins; to the sentence end, a
semicolon, a direct quote, another attribution or a clause of the writer's where it ends.
"""

from __future__ import annotations

from .addressees import addressee, after_recipient, infinitive_after
from .clauses import (currency_before_number, has_finite, past_focus_adverb, is_clause, is_finite_verb, is_placeholder, opening_phrase_comma, opening_then_clause, opens_content, participle_after_comma,
                      past_time_phrase, relative_aside_end, trailing_time, verbless_aside)
from .contentcommas import (APPOSITION_WORDS, apposition_goes_on, clause_joined, in_parentheses, main_clause_next, opens_dependent_clause,
                            own_clause_before, relative_clause_ends, set_off, subject_clause, that_awaits_verb, trailing_apposition,
                            verb_after_subject_aside)
from .cuegaps import clause_after_phrase, clause_after_setting, opens_with_phrase, that_after
from .lexicons import load_lexicon, load_lexicons, load_mapping
from .nextacts import bare_past_verb, next_act
from .phrases import DASHES, Phrase, Span, phrase_before, phrase_before_stray_comma
from .quantities import approximated_at
from .records import ReadSentence
from .speechverbs import is_speech_verb, lacks_its_object, opens_no_content
from .tokens import CLAUSE_END, Token, is_dash
from .verbgroups import after_passive_auxiliary, date_before
from .wordclass import can_be_verb, is_describer, is_inflected_verb, is_noun, is_plural, is_present_participle, is_title_word, is_verb, participle_stems
from .writerclauses import writer_clause_follows

__all__ = ["name_list_goes_on", "stray_comma_subject", "content_start", "content_end", "relative_content", "trim",
           "plain_subject", "attribution_follows", "that_is_subject", "gerund_object", "SUBJECT_WORDS",
           "clause_goes_on",
           "ends_in_verb", "question_end"]

SUBJECT_WORDS = 14  # tokens of a sentence-final attribution's subject: ", the senator from Texas said"
_NAME_WORDS = 5  # capitalised words of a name before its apposition: "[Brian Deese], the adviser, said"
_BARE_ROLE_WORDS = 3  # words of a role with no article, as headlines write it: "..., [former White House adviser] says"
_CIRCUMSTANCE_WORDS = 7  # tokens of a phrase before a next speech verb: "but in a later interview said"
_SUBJECT_SCAN = 8  # tokens of a content's subject before its finite verb: "[world economic conditions were]"
_ASIDE_WORDS = 12  # tokens of an aside right after a cue, between dashes ("said — on Twitter, as it happens — that")
# or commas ("insisted, most recently in a Labor Day interview with ABC News, that")


def stray_comma_subject(tokens: list[Token], floor: int, cue: int, end: int) -> Span | None:
    """A name that opens the sentence and a comma it should not have before its cue: "Sen. Jack Reed
    (D-R.I.), said after a lunch that ..."; not "The idea, says BT, is" (the speaker after the cue),
    nor "Szilard Nemeth, recalled in place of Job, was denied" (a participle set off, its verb after)."""
    last = tokens[cue - 2] if cue >= 2 else None
    if floor != 0 or last is None or not (last.is_capitalized or last.is_parenthetical) or cue + 1 >= end \
            or tokens[cue + 1].is_capitalized or any(tokens[index].text == "," and is_finite_verb(tokens[index + 1])
                                                      for index in range(cue + 1, end - 1)):
        return None
    return phrase_before_stray_comma(tokens, cue, quote_comma=True)  # (no quote here: the comma is the cue's own)


def name_list_goes_on(tokens: list[Token], comma: int, end: int) -> bool:
    """A comma inside a list of names: "mentioned the network's Jake Tapper[,] Dana Bash and Wolf
    Blitzer" (names, commas, then "and" and the last name, up to the end or a punctuation mark)."""
    if comma == 0 or tokens[comma].text != "," or not tokens[comma - 1].is_capitalized:
        return False
    index, joined = comma + 1, False
    while index < end and (tokens[index].is_capitalized or tokens[index].text == "," or (
            tokens[index].lower == "and" and not joined)):
        joined = joined or tokens[index].lower == "and"
        index += 1
    return joined and tokens[index - 1].is_capitalized and (index == end or not tokens[index].is_word)


def plain_subject(tokens: list[Token], floor: int, cue: int) -> Phrase | None:
    """The words from the clause start to the cue, when they can only be its subject: "Experts on
    North Korea and nuclear nonproliferation said" (no verb among them, no punctuation)."""
    if floor + 1 < cue and tokens[floor + 1].text == "," and tokens[floor].lower in load_lexicons(
            "clause_openers", "adverbials", "connectives"):
        floor += 2  # "Rather, sources close to her campaign say"
    if floor < cue and tokens[floor].lower in load_lexicons("subordinators", "conjunctions"):
        floor += 1  # "while another says", "when officials say"
    end = cue
    if end - 2 > floor and tokens[end - 1].lower == "to" and is_verb(tokens[end - 2].lower) and not is_inflected_verb(tokens[end - 2].lower):
        end -= 2  # "as some [try to] suggest": a base verb the cue completes is no part of its subject
    while end > floor and tokens[end - 1].lower in load_lexicon("attribution_skip"):
        end -= 1  # "The figures also said": the adverb is no part of the subject
    if end - 1 > floor and (dated := date_before(tokens, end - 1, floor)) is not None:
        end = dated + 1  # "The white paper on agriculture [for the year ended March 31] said"
    end = next((index for index in range(floor + 1, end) if trailing_time(tokens, index, end)
                and past_time_phrase(tokens, index, end) == end), end)  # "Reagan [last Friday] announced"
    if not tokens[cue].lower.endswith("ing") and any(token.lower in load_lexicon("copulas") for token in tokens[end:cue]):
        return None  # a passive: "Exports are also predicted to decline" (by whom, it does not say here)
    words = tokens[floor:end]
    skipped = approximated_at(tokens, floor) if words else 0
    head = words[skipped] if words and skipped < len(words) else None  # "[nearly] half", "[more than] 40%"
    if head is None or participle_phrase(words) or len(words) > SUBJECT_WORDS or not any(word.is_capitalized or word.lower in load_lexicons(
            "articles", "determiners", "quantity_words") or (is_plural(word.lower) and is_noun(word.lower)) for word in (words[0], head)) and not (
            len(words) <= _BARE_ROLE_WORDS and is_title_word(words[-1].lower)) or (
            len(words) == 1 and words[0].lower in load_lexicon("determiners")):  # ("sources close to her say")
        return None  # (not "This also confirmed the figures")
    finite = load_lexicons("auxiliaries", "copulas", "modals", "subordinators")
    if any((not token.is_word and not in_quantity(words, index)) or token.lower in finite or is_inflected_verb(token.lower)
           for index, token in enumerate(words)):
        return None
    return Phrase(floor, end, cue)


def participle_phrase(words: list[Token]) -> bool:
    """"According to Jupiter Research 40% of homes", "Speaking at a rally": an opening phrase, no subject."""
    return len(words) > 1 and words[0].lower.endswith("ing") and words[1].lower in load_lexicon("phrase_prepositions")


def in_quantity(words: list[Token], index: int) -> bool:
    """"20 %" and "CNN/ORC" are words of a subject: "Some 20 % of people in a recent CNN/ORC poll said"."""
    text = words[index].text
    return 0 < index < len(words) and words[index - 1].is_word and (
        text == "%" or (text == "/" and index + 1 < len(words) and words[index + 1].is_word))


def content_start(sentence: ReadSentence, start: int, kind: str) -> int | None:
    """Where the content after a cue begins, or None when no content follows it ("said so", "told
    reporters.", `said: "...`): past an addressee, a time or place phrase, and "that". A `clausal`
    cue's content is a that-clause (after an aside too: "added [that,] in Wisconsin, ...") or a clause
    ("maintained [the allocations were] too high"), never an object ("maintains [a commanding lead]",
    "jobs added [to payrolls]", "should add [back] the week": an infinitive takes an object)."""
    found, tokens = _content_start(sentence, start, "plain" if kind == "clausal" else kind), sentence.tokens
    if found is not None and tokens[found].lower == "to" and not infinitive_after(tokens, found + 1, sentence.end):
        return after_recipient(tokens, found + 1, sentence.end)  # ("responding [to criticism]": to whom or what, no content)
    if found is None or kind != "clausal" or (tokens[start].lower != "to" and "that" in (tokens[found - 1].lower, tokens[start].lower)):
        return found
    object_taker = tokens[start].lower == "to" or (start >= 2 and (tokens[start - 2].lower == "to" or tokens[start - 2].lower in load_lexicon("modals")))
    return None if object_taker or not is_clause(tokens, found, sentence.end) or not _finite_before_phrase(tokens, found, sentence.end) else found


def _content_start(sentence: ReadSentence, start: int, kind: str) -> int | None:
    tokens, questions = sentence.tokens, load_lexicon("question_words")
    if (start := _content_opening(tokens, start, sentence.end) or -1) < 0:  # (a cue ends at token 1 or later)
        return None
    if kind == "plain" and tokens[start].text == "," and start + 2 < sentence.end and start + 2 not in sentence.blocked:
        aside = _aside_then_that(sentence, start + 1)
        if aside is not None:
            start = aside  # "saying, [apparently for the first time,] that ...": the writer's aside, then "that"
        elif tokens[start + 1].lower in load_lexicon("connectives") and tokens[start + 2].text == ",":
            start += 3  # "says, [however,] he ...": the writer's link, then the content
        elif _opens_phrase(tokens[start + 1]) and opening_then_clause(tokens, start + 1, sentence.end):
            return start + 1  # "says, [in his professional life,] he is ...": the content opens with a phrase
        if start >= sentence.end:
            return None
    start = _after_dash_aside(sentence, start) if kind == "plain" else start  # "said [— on Twitter, as it happens —] that"
    if tokens[start - 1].lower in load_lexicon("gerund_cues") and gerund_object(tokens, start):
        return start  # "proposed [barring all foreign Muslims from entering]": the act proposed
    if kind not in ("plain", "marked") and tokens[start].lower not in questions and tokens[start].lower not in ("that", "to"):
        past = addressee(tokens, start)
        if past is None and kind == "addressed" and that_after(tokens, start, sentence.end) is None:
            return None  # (but "warned [on X] that ...": a place or time phrase, then the content)
        if past is not None and past + 1 < sentence.end and tokens[past].lower == "to":
            recipient = tokens[past + 1].is_capitalized or tokens[past + 1].lower in load_lexicons(
                "articles", "determiners", "possessive_pronouns", "pronoun_determiners")
            return None if recipient else start  # "urged [Republicans to join the ranks]", "asked [the network
            # to donate]"; not "offered advice to Hillary Clinton", "pledged his support to the campaign"
        start = past or start
    start = _past_time(sentence, start)
    that = that_after(tokens, start, sentence.end, anywhere=kind == "addressed")
    if that is not None:
        if that == start and that_is_subject(tokens, that, sentence.end):
            return that  # "said that was wrong": "that" is the subject
        clause = trim((that + 1, sentence.end), tokens)
        return None if clause is None or clause[0] in sentence.blocked else clause[0]  # a that-clause is a clause
    if kind == "question" and start + 1 < sentence.end and tokens[start].lower == "to" and is_verb(tokens[start + 1].lower):
        return start  # "Judicial Watch asked [to depose Clinton]": a request, what was asked for
    if kind == "question" or (start < sentence.end and tokens[start].lower in questions and kind != "commitment"):
        return _question_start(tokens, start, sentence.end)  # (not "offer compensation [if] flights are cancelled")
    if kind == "marked":
        return None  # "added a title", "charged him": an object; no content without "that"
    if kind == "commitment":
        return _commitment_start(tokens, start, sentence.end)
    phrase = start < sentence.end and opens_with_phrase(tokens, start, sentence.end)
    that = that_after(tokens, start, sentence.end, anywhere=True) if phrase else None
    if that is not None:  # "said during the debate that he ...": the that-clause
        return None if that + 1 >= sentence.end or that + 1 in sentence.blocked else that + 1
    if phrase and not clause_after_phrase(tokens, start, sentence.end):
        return None  # "said in a telephone call from Paris."
    start = (clause_after_setting(tokens, start, sentence.end) or start) if phrase or (start < sentence.end and tokens[start].lower in load_lexicon(
        "phrase_prepositions")) else start  # "said [in a statement] it", "said [in a statement,] the plan ..."
    if start >= sentence.end or start in sentence.blocked or _manner_pair(tokens, start, sentence.end) or not is_clause(tokens, start, sentence.end) and not (
            kind == "plain" and opening_comma(sentence, start) is not None):
        return None  # (an opening phrase, then the clause: "says [despite all that,] Obama was not influenced")
    if kind != "question" and _opens_a_topic(tokens, start, sentence.end) and opening_comma(sentence, start) is None:
        return None  # "joked [about] ...", "commented [on] ...": a topic, not what was said (an object cue's object)
    return start


def opening_comma(sentence: ReadSentence, start: int) -> int | None:
    """The comma after a phrase that opens a content before its clause, "said [under the plan,] holders
    will ...", "said [to improve margins,] it cut ..." (lexicon content_openers), "said [after it installs
    the system,] it will ..." (a clause of time); None for "declared
    Saturday [as] 'Cantona Day'", a phrase with a that-clause or a colon ("writes [in his book X that]
    ..."), an aside ("advised, [in no particular order,] X"), a phrase the writer's next attribution
    follows ("[in outline last September,] company officials said"), and one a participle, a
    coordinator or "where" follows (", and countries are ...")."""
    tokens = sentence.tokens
    if _after_focus(tokens, start) > start:
        return opening_comma(sentence, start + 1)  # "said [even if] GAF raises its offer ..., a higher bid would ..."
    clause_opener = tokens[start].lower in load_lexicon("event_subordinators") and start + 1 < sentence.end \
        and is_clause(tokens, start + 1, sentence.end)  # (not "he said As" at the end of a text)
    if (tokens[start].lower not in load_lexicon("content_openers") and not clause_opener) or _as_predicate(tokens, start, sentence.end) \
            or (tokens[start].lower == "to" and sentence.cues.get(start - 1, ("",))[0] != "plain") \
            or not opening_then_clause(tokens, start + _opening_participle(tokens, start), sentence.end):
        # ("[based] on talks with Intel Corp, it expects": no verb of its own)
        return None  # ("urged them [to] act, ...": what was urged)
    comma = next(index for index in range(start, sentence.end) if tokens[index].text == ",")
    following = tokens[comma + 1].lower
    if is_present_participle(following) or following in load_lexicons("coordinators", "content_openers") or following == "where" \
            or any(token.text == ":" or (token.lower == "that" and not has_finite(tokens, start, index))
                   for index, token in enumerate(tokens[start:comma - 1], start)) or tokens[start - 1].text == ",":
        return None  # ("[to ignore the order], saying ...": the writer's participle)
    return comma if has_finite(tokens, start, comma) or not reporting_clause_follows(sentence, comma + 1) else None


def _as_predicate(tokens: list[Token], start: int, end: int) -> bool:
    """"declared Saturday [as] 'Cantona Day'": "as" before a name or a quote says what a thing is called
    (not "said [as] Mr Mousa was in custody, ...": a name and its verb are a clause of time or reason)."""
    if tokens[start].lower != "as" or start + 1 >= end:
        return False
    return is_placeholder(tokens[start + 1]) or (tokens[start + 1].is_capitalized and not is_clause(tokens, start + 1, end))


def _finite_before_phrase(tokens: list[Token], start: int, end: int) -> bool:
    """A finite verb among the first words of a content, before any comma, "to", "than", coordinator,
    relative pronoun or subordinator: the content is a clause, its subject before the verb ("[the allocations
    were]"), not an object before an adverbial clause or a comparison ("added [12 points] as investors
    bought", "adds [more jobs] than expected")."""
    stops = load_lexicons("coordinators", "relative_pronouns", "subordinators", "event_subordinators")
    for index in range(start, min(end, start + _SUBJECT_SCAN)):
        token = tokens[index]
        if token.text in (",", ";") or token.lower in ("to", "than") or token.lower in stops:
            return False
        if is_finite_verb(token) or token.lower in load_lexicon("copulas") or (
                index > start and tokens[index - 1].lower in load_lexicon("subject_pronouns") and can_be_verb(token.lower)):
            return True  # (and "added [they expect] the Bank to", "added [he plans] to": a verb's form after a pronoun is finite)
    return False


def _past_time(sentence: ReadSentence, start: int) -> int:
    """The token after a time phrase right after a cue, and after the comma that sets it off when a clause
    follows ("reported [on Saturday,] he has emerged"; not "Under the settlement announced today, [federal
    prosecutors agreed]": a reduced relative, the sentence's own clause after it)."""
    tokens = sentence.tokens
    timed, start = start, past_time_phrase(tokens, start, sentence.end)
    if start > timed and start < sentence.end and tokens[start].lower != "should" and (tokens[start].lower in load_lexicons(
            "copulas", "auxiliaries", "modals") or (start == timed + 1 and tokens[timed].lower in load_lexicon("months")
                                                    and is_finite_verb(tokens[start]))):  # "said [April 10] is the date", "said
        return timed  # [February] fell within the tax season": the content's subject (not "said yesterday [should] Seoul
        # revalue ...": a condition)
    if start > timed and start + 1 < sentence.end and tokens[start].text == "," and start + 1 not in sentence.blocked \
            and tokens[0].lower not in load_lexicon("clause_openers") \
            and not opens_no_content(tokens, start + 1, sentence.end):
        if is_clause(tokens, start + 1, sentence.end):
            start += 1
        elif (comma := opening_phrase_comma(tokens, start + 1, sentence.end)) is not None:
            start = comma + 1  # "said [last summer, for example,] certificates were"
    if start + 1 < sentence.end and tokens[start].lower in load_lexicon("time_after_words") and tokens[start + 1].lower == "that":
        start += 1  # "said [afterwards] that ...": when it was said
    return start


def _manner_pair(tokens: list[Token], start: int, end: int) -> bool:
    """"slowly and deliberately", "quickly or calmly": two adverbs in -ly joined, no noun after them (not
    "elderly and disabled people", "elderly and lonely people": adjectives of the content's subject)."""
    if start + 3 >= end or tokens[start + 1].lower not in load_lexicon("coordinators"):
        return False
    first, second, following = tokens[start].lower, tokens[start + 2].lower, tokens[start + 3].lower
    return first.endswith("ly") and second.endswith("ly") and not any(is_noun(word) or is_plural(word) for word in (first, second, following))


def _opens_a_topic(tokens: list[Token], start: int, end: int) -> bool:
    """"about his daughter's job", "on the ground in Iowa": what the speech was about, not its content
    (but "about half of ...", "about 20 people": a number; "insisted on [building a wall]": an act)."""
    if start + 1 >= end or not (tokens[start].lower in load_lexicon("topic_prepositions") or tokens[start].lower == "on"):
        return False
    following = tokens[start + 1]
    return not (following.text[0].isdigit() or following.lower in load_lexicons("quantity_words", "number_words")
                or (following.lower.endswith("ing") and any(can_be_verb(stem) for stem in participle_stems(following.lower[:-3]))))


def _commitment_start(tokens: list[Token], start: int, end: int) -> int | None:
    """"vowed [to] ...", "vowed [not to] ...", "promised [they] would ...", "agreed [there] are ...": an infinitive,
    or a clause without "that" whose subject is a pronoun (not an object: "promised us a tax cut")."""
    if start + 1 < end and tokens[start].lower in load_lexicon("negations") and tokens[start + 1].lower == "to":
        return start
    if start < end and (tokens[start].lower in load_lexicon("subject_pronouns") or tokens[start].lower == "there") \
            and is_clause(tokens, start, end):
        return start
    if start + 1 >= end or tokens[start].lower != "to":
        return None
    following = tokens[start + 1]  # "to" before a noun phrase is a preposition: "agreed [to a] moratorium", "pledged
    # [to Clinton]", "admitted [to the] United States" (but "Vows To Ban": in a headline's title case a capital says nothing)
    return None if following.lower in load_lexicons("articles", "determiners", "possessive_pronouns", "pronoun_determiners") \
        or load_mapping("pronouns").get(following.lower) is not None or following.text[0].isdigit() \
        or (following.is_capitalized and not tokens[start].is_capitalized and not is_verb(following.lower)) else start


def _content_opening(tokens: list[Token], start: int, end: int) -> int | None:
    """Where a content may open after its cue, or None: "explain and defend [her decision]": the verbs
    share it (but "went on to write and executive produce": no content); "the last song written by
    Edwards", "fraud reported by consumers": a participle's agent (not "responded by accusing him")."""
    if start < end and tokens[start].lower in load_lexicon("coordinators"):
        verb = start + 2 < end and is_verb(tokens[start + 1].lower) and not is_noun(tokens[start + 1].lower)
        start = start + 2 if verb else end
    agent = start + 1 < end and tokens[start].lower == "by" and tokens[start - 1].lower.endswith(("ed", "en")) \
        and not any(token.lower.endswith("ing") for token in tokens[start + 1:min(end, start + 3)])  # ("by first saying")
    return None if start >= end or agent else start


def _opens_phrase(token: Token) -> bool:
    """A preposition that opens a phrase of time, place or manner, or an adverb in -ly: not "to", nor a
    subordinator ("is arguing, [since] emails suggest": the writer's reason)."""
    word = token.lower
    return (word in load_lexicon("phrase_prepositions") or (word.endswith("ly") and token.is_word and not is_noun(word))) \
        and word != "to" and word not in load_lexicons("subordinators", "event_subordinators")


def _after_dash_aside(sentence: ReadSentence, start: int) -> int:
    """Where "that" stands after an aside between dashes right after the cue, else `start`."""
    tokens = sentence.tokens
    if tokens[start].text not in DASHES or start + 2 >= sentence.end:
        return start
    closing = next((index for index in range(start + 2, min(sentence.end, start + _ASIDE_WORDS))
                    if tokens[index].text == tokens[start].text), None)
    return closing + 1 if closing is not None and closing + 1 < sentence.end and tokens[closing + 1].lower == "that" else start


def _aside_then_that(sentence: ReadSentence, start: int) -> int | None:
    """Where "that" stands after a short aside set off by commas right after the cue ("says, [however,]
    that", "saying, [apparently for the first time,] that", "insisted, [most recently in an interview
    with ABC,] that", "cautioned, [as did the campaign itself,] that"), or None: after a cue and an
    aside, ", that" can only open what was said."""
    tokens = sentence.tokens
    if not tokens[start].is_word:
        return None
    comma = next((index for index in range(start + 1, min(sentence.end, start + _ASIDE_WORDS)) if not tokens[index].is_word), None)
    return comma + 1 if comma is not None and tokens[comma].text == "," and comma + 1 < sentence.end \
        and tokens[comma + 1].lower == "that" else None


def relative_content(sentence: ReadSentence, cue: int, width: int) -> int | None:
    """"donations, which he said [were accompanied by favors]", "what many analysts said [was a sign]":
    in a relative clause the content is the verb phrase after the cue (its subject the relative
    pronoun), the speaker the cue's subject, a few words with no verb between the pronoun and the cue."""
    tokens, start = sentence.tokens, cue + width
    if start >= sentence.end or start in sentence.blocked:
        return None
    relative = next((index for index in range(cue - 2, max(-1, cue - 6), -1)
                     if tokens[index].lower in load_lexicon("relative_pronouns") or tokens[index].lower == "what"), None)
    if relative is None or any(not token.is_word or is_finite_verb(token) or token.lower in load_lexicons(
            "auxiliaries", "copulas", "modals", "relative_pronouns") for token in tokens[relative + 1:cue]):
        return None
    verb = tokens[start]
    return start if verb.lower in load_lexicons("auxiliaries", "copulas", "modals") or is_finite_verb(verb) else None


def gerund_object(tokens: list[Token], start: int) -> bool:
    """A gerund with its own object or phrase opens the content: "[dropping] carried interest", "proposed
    [barring] all foreign Muslims" (a verb's -ing form that is a preposition elsewhere); not "during",
    "nothing" or "according to", nor a gerund that ends the sentence."""
    word = tokens[start]
    return word.is_word and not word.is_capitalized and word.lower.endswith("ing") and start + 1 < len(tokens) \
        and tokens[start + 1].is_word and word.lower not in load_lexicon("content_blockers") and not (
            word.lower in load_lexicon("prepositional_participles") and tokens[start + 1].lower == "to") \
        and any(can_be_verb(verb) for verb in participle_stems(word.lower[:-3]))


def _question_start(tokens: list[Token], start: int, end: int) -> int | None:
    """"asked whether ...": the question is the content; "asked Clinton [pointedly] whether": an
    adverb says how it was asked; "asked Carson [about his relationship with Mannatech]": the topic."""
    questions = load_lexicon("question_words")
    if start + 1 < end and tokens[start].lower == "about" and tokens[start + 1].is_word:
        return start
    if start + 1 < end and tokens[start].lower.endswith("ly") and tokens[start + 1].lower in questions:
        start += 1
    return start if start < end and tokens[start].lower in questions else None


def content_end(sentence: ReadSentence, start: int, *, relative: bool, subordinate: bool = False, cue: int | None = None) -> int:
    """Where a content after its cue ends: the sentence end, a semicolon, a direct quote, or the start
    of another attribution (", but he said", ", she added") or of the speaker's next act in the `cue`'s
    own form ("says ... and calls"); after "who said", the relative clause's comma; after "When Obama
    said", the comma before the main clause (", U.S. forces bombed ..."). Nothing after `start`
    ("According to police," closing a text) ends it at `start`: no content."""
    if start >= sentence.end:
        return start
    end = _scan_content_end(sentence, start, relative=relative, subordinate=subordinate)
    if cue is not None:
        end = next((index for index in range(start + 1, end) if _cue_form_again(sentence.tokens, cue, index, end)), end)
    return end


def question_end(tokens: list[Token], start: int, end: int) -> int:
    """Where a question put to someone ends: at its first comma ("Asked whether the plan would fail[,]
    Noem shook her head"), or past a relative clause set off inside it when the question's own verb
    follows ("whether his plan[, which critics say would cost billions,] would risk ...")."""
    comma = next((index for index in range(start, end) if tokens[index].text == ","), end)
    closing = relative_aside_end(tokens, comma, min(end, comma + APPOSITION_WORDS))
    return comma if closing is None else next((index for index in range(closing + 1, end) if tokens[index].text == ","), end)


def _cue_form_again(tokens: list[Token], cue: int, index: int, end: int) -> bool:
    """"says he respects Clinton [and calls] her ...", "has said ... [and has expressed] support",
    "stating there was a benefit [and chiding] the media": "and" or "but", then a verb in the cue's own
    form with no subject of its own, a speech verb, is what the speaker did next, not more of what was said."""
    if tokens[index].lower not in ("and", "but"):
        return False
    verb = index + 1
    while verb < end and (tokens[verb].lower in load_lexicons("connectives", "focus_adverbs") or (
            tokens[verb].lower.endswith("ly") and not is_noun(tokens[verb].lower))):
        verb += 1  # "and [also] calls", "but [repeatedly] says"
    if verb + 1 >= end:
        return False
    word, said = tokens[verb].lower, tokens[cue].lower
    if cue > 0 and tokens[cue - 1].lower in load_lexicon("auxiliaries") and word == tokens[cue - 1].lower:
        return _speaks(tokens, verb + 1)  # "has said ... and has expressed", "will argue ... and will call"
    if not _speaks(tokens, verb):
        return _back_in_cue_tense(tokens, cue, index, verb)  # (else a verb of the content's own subject, "he will promote
        # exports [and induce] a recession"; a belief, no utterance: "says the mill will close [and believes] the town will suffer")
    if said.endswith("ing"):
        return word.endswith("ing") and not tokens[cue + 1].lower.endswith("ing")  # (not "suggesting looking ... and asking")
    return said.endswith("s") and word.endswith("s") and is_inflected_verb(said) and is_inflected_verb(word)


def _back_in_cue_tense(tokens: list[Token], cue: int, joined: int, verb: int) -> bool:
    """"Turkey denies that the crime was a genocide [and goes] to great lengths ...", "insists the GOP
    must be a party of ideas, [and has] championed ...": after a content in the past or with a modal,
    a verb back in the cue's present -s form is the speaker's (the content's subject would keep its tense)."""
    said, word = tokens[cue].lower, tokens[verb].lower
    if not (said.endswith("s") and is_inflected_verb(said) and word.endswith("s") and not is_noun(word) and (
            is_inflected_verb(word) or word in load_lexicon("auxiliaries"))):
        return False
    past, present = load_lexicons("past_auxiliaries", "modals"), load_lexicons("auxiliaries", "copulas")
    content = tokens[cue + 1:joined]
    return any(token.lower in past or (token.lower.endswith("ed") and is_inflected_verb(token.lower)) for token in content) \
        and not any(token.lower not in past and token.lower.endswith("s") and (token.lower in present or (
            is_inflected_verb(token.lower) and not is_noun(token.lower))) for token in content)


def _speaks(tokens: list[Token], index: int) -> bool:
    """A speech verb used as one, of no class of the reported cues that reports no utterance (a belief,
    a doubt, a wish: "believes", "questioning"); commitments in -ing ("promising") are acts of speech."""
    kind = load_mapping("reported_cues").get(tokens[index].lower)
    return is_speech_verb(tokens, index) and (kind is None or kind.startswith(("speech", "participle")))


def _scan_content_end(sentence: ReadSentence, start: int, *, relative: bool, subordinate: bool) -> int:
    tokens = sentence.tokens
    last_comma = next((index for index in range(sentence.end - 1, start - 1, -1) if tokens[index].text == ","), -1)
    finite = load_lexicons("auxiliaries", "copulas", "modals")
    past = load_lexicon("past_auxiliaries")
    finite_seen = past_seen = False  # a finite verb (read once, not at every comma), one in the past, in the content so far
    infinitive = tokens[start].lower == "to"  # ("vowed [to] ..."): a content with no subject or tense of its own
    present_seen = infinitive  # a verb in the present or future (or an infinitive) in the content so far
    dependent = _main_clause_later(sentence, start, subordinate)  # "[even if they thought so], a recount could not be done"
    gerund = tokens[start].lower.endswith("ing")
    for index in range(start, sentence.end):
        token = tokens[index]
        if dependent and token.text == ",":
            dependent = False
            if not reporting_clause_follows(sentence, index + 1):
                continue  # the comma that closes the opening dependent clause: the main clause follows
            # (unless the main clause reports speech of its own: "admitted that while X, he argued Y")
        if index in sentence.blocked or (token.text == ";" and not in_parentheses(tokens, start, index)) or (
                relative and relative_clause_ends(tokens, start, index)) or (
                token.text == ":" and _sentence_quoted_after(sentence, index + 1)):
            return index  # (and '... would last long[:] "Once the cold winds blow ...," Roffman predicted': the quote's own)
        if token.text == "," and index == last_comma and (finite_seen or tokens[index - 1].is_capitalized) and index + 1 < len(tokens) \
                and tokens[index + 1].lower in load_lexicon("relative_pronouns") and tokens[index + 1].lower != "that":
            return index  # "he expects her to recover from pneumonia, which forced her to leave": the writer's aside
        if next_act(tokens, start, index, sentence.end, present=present_seen and not past_seen, finite=finite_seen):
            return index  # "urged Republicans to join the ranks[, and criticized] the party": the speaker's next act
        if token.text == "," and clause_joined(tokens, index, sentence.end) and (infinitive or (
                finite_seen and own_clause_before(tokens, start, index))):
            return index  # "agreed to lend him $5 million[, and the union] also stepped in", "she intends to fill half
            # her cabinet with women[, and Ms. Brainard] is among ...": a clause with a subject of its own, the writer's
        if infinitive and ((token.lower in ("and", "but") and index + 1 < sentence.end and tokens[index + 1].lower in load_lexicon(
                "subject_pronouns") and is_clause(tokens, index + 1, sentence.end)) or (
                token.lower == "so" and index > start and subject_clause(tokens, index + 1, sentence.end))):
            return index  # "pledged to visit every county [and he] has used": a "to" content has no subject (a pronoun's)
        past_seen = past_seen or token.lower in past or (is_inflected_verb(token.lower) and (
            token.lower.endswith("ed") or (index > start and not token.lower.endswith("s"))))  # ("upheld"; not "[given] his ...")
        present_seen = present_seen or (token.lower == "to" and index + 1 < sentence.end and is_verb(tokens[index + 1].lower)) or (
            token.lower in finite and token.lower not in past) or (
            index > start and token.lower.endswith("s") and is_inflected_verb(token.lower) and not is_noun(token.lower))
        finite_seen = finite_seen or token.lower.removesuffix("n't") in finite or (is_inflected_verb(token.lower) and (
            index == start or not token.is_capitalized))  # (not a name's word: "Mutual [Shares] Corp")
        if (token.text == "," and attribution_follows(sentence, index + 1, after_comma=True)
                and not verb_after_subject_aside(tokens, start, index)) or (
                is_dash(tokens, index) and _speaker_after_phrase(tokens, index + 1, sentence.end)):
            return index  # (" - on his death-bed three years later he exclaimed": the writer's next attribution)
        if token.lower in load_lexicon("clause_joiners") and _joiner_ends(sentence, start, index, opened=finite_seen or infinitive, gerund=gerund):
            return index  # "... and said she would", "rose in January [and Nationwide reported]"
        if token.text == "," and writer_clause_follows(tokens, index + 1) and not apposition_goes_on(tokens, index, sentence.end) \
                and (finite_seen or not set_off(tokens, index, sentence.end)) and not that_awaits_verb(tokens, start, index) \
                and (finite_seen or not verbless_aside(tokens, index + 1, sentence.end)):  # (not "fears[, although less acute,] remain")
            return index  # ", although ...", ", citing ...", ", but he refuses ..." (not "the proceeds[, representing ...,] will")
        if token.text == "," and finite_seen and trailing_apposition(tokens, index, sentence.end):
            return index  # "he did not support Mr. Trump[, the presumed Putin favorite]": the writer's gloss (not
            # "say [Mateen, the gunman who ..., held]": before its verb, the apposition describes the subject)
        if subordinate and main_clause_next(tokens, index, sentence.end):
            return index
    return sentence.end


def _sentence_quoted_after(sentence: ReadSentence, index: int) -> bool:
    """A quote at `index` that opens with a capital, a sentence of its own after a colon ('...: "Once
    the cold winds blow ...," Roffman predicted'); not a fragment that goes on with the content ('two
    types of chancellor: "those who fail ..."')."""
    quote = sentence.inside.get(index) if index < sentence.end and is_placeholder(sentence.tokens[index]) else None
    return quote is not None and quote.text.lstrip("\"'“‘ ")[:1].isupper()


def _joiner_ends(sentence: ReadSentence, start: int, index: int, *, opened: bool, gerund: bool) -> bool:
    """A clause joiner at `index` ("and", "but", "although") ends the content when an attribution or a
    speech word follows it: "... [and said] she would", "rose in January [and Nationwide reported]". Not
    "Noem and Bukele spoke", "suggested looking at X and asking Y", nor "said [officials and] the opposition
    agreed" (its subject goes on: nothing `opened` yet, no finite verb or infinitive, no `gerund` content), nor "said
    [although] the figures showed reported fraud was falling, ...": a subordinator right after the cue."""
    tokens = sentence.tokens
    token, following = tokens[index], tokens[index + 1] if index + 1 < len(tokens) else None
    if following is None or (index == start and tokens[index - 1].text != "," and token.lower not in load_lexicon("coordinators")):
        return False
    if (tokens[index - 1].is_capitalized and tokens[index - 1].lower not in load_lexicons("months", "days") and following.is_capitalized) \
            or (gerund and following.lower.endswith("ing")) or (token.lower == "and" and not (opened or gerund) and opens_content(following)
                                                                 and following.lower not in load_lexicon("subject_pronouns")):
        return False
    return (attribution_follows(sentence, index + 1, after_comma=False) or _speaks_next(tokens, index + 1)) \
        and not _past_after_present_cue(sentence, start, index + 1)


def _past_after_present_cue(sentence: ReadSentence, start: int, verb: int) -> bool:
    """"McConnell says he spoke to Trump [and asked] him to condemn violence": a verb in the past,
    joined after a cue in the present and a content in the past, is the content's subject's, not the
    speaker's next act (as it is after "says he respects Trump [and praised] ...")."""
    tokens = sentence.tokens
    cue = start - 2 if start > 1 and tokens[start - 1].lower == "that" else start - 1
    word = tokens[cue].lower if cue >= 0 else ""
    if not (cue in sentence.cues and word.endswith("s") and is_inflected_verb(word) and tokens[verb].lower.endswith("ed")) or not (
            tokens[start].lower in load_lexicon("subject_pronouns") or tokens[start].is_capitalized):
        return False  # (the content's subject must be one who can speak: not "says [the plan] failed and added")
    own = next((token.lower for token in tokens[start + 1:verb] if is_inflected_verb(token.lower) and not is_noun(token.lower)), "")
    return bool(own) and not own.endswith("s") and own not in load_lexicons("modals", "auxiliaries", "copulas")


def _main_clause_later(sentence: ReadSentence, start: int, subordinate: bool) -> bool:
    """The content opens with a dependent clause ("that [even if they thought so], a recount ...") or a
    phrase ("said [under the plan], holders will ...", "said [if the board agrees], a rule ...") whose
    comma the content's main clause follows (not "[as nominees are Jane Kelly], a judge ...": a clause of
    its own; not in a dependent clause of the writer's: "As Freddy joked [with his friend], his brother ...")."""
    tokens = sentence.tokens
    opening = None if subordinate and tokens[start - 1].lower != "that" else opening_comma(sentence, start)
    # (after "that" the phrase is the content's: "after he told the Journal that [despite the excitement], he ...")
    first = _after_focus(tokens, start)
    return opens_dependent_clause(tokens, start) or (opening is not None and (
        tokens[first].lower in load_lexicon("subordinators") or not has_finite(tokens, first + _opening_participle(tokens, first), opening)))


def _after_focus(tokens: list[Token], start: int) -> int:
    """Where an opening phrase starts past a focusing adverb: "[even] if", "[only] when" (else `start`)."""
    first = past_focus_adverb(tokens, start, len(tokens))
    return first if first > start and tokens[first].lower in load_lexicons("content_openers", "event_subordinators") else start


def _opening_participle(tokens: list[Token], start: int) -> int:
    """1 when a phrase opening a content starts with a participle ("[based] on X,", "[assuming] approval,"),
    which is no finite verb of the phrase; else 0."""
    return int(is_inflected_verb(tokens[start].lower) or is_present_participle(tokens[start].lower))


def _speaker_after_phrase(tokens: list[Token], start: int, end: int) -> bool:
    """"on his death-bed three years later [he exclaimed]": a prepositional phrase with no verb, then a
    pronoun and a speech verb in the past (not "- a move [he said] could ...", "- whom [he says] he
    fathered": a relative clause inside the content)."""
    if start >= end or tokens[start].lower not in load_lexicons("phrase_prepositions", "date_prepositions"):
        return False
    for index in range(start, min(end - 1, start + SUBJECT_WORDS)):
        if not tokens[index].is_word or has_finite(tokens, index, index + 1):
            return False
        if tokens[index].lower in load_lexicon("subject_pronouns") and _speaks(tokens, index + 1) and is_inflected_verb(tokens[index + 1].lower):
            return index > start
    return False


def _paired_state(tokens: list[Token], verb: int) -> bool:
    """"the team was frustrated but [encouraged].": a participle that ends the sentence after a joiner
    and a state a copula gives is a second state of the content's subject, not the speaker's next act."""
    state = verb - 2
    return (verb + 1 == len(tokens) or tokens[verb + 1].text in CLAUSE_END) and state > 0 and (
        tokens[state].lower.endswith("ed") or is_describer(tokens[state].lower)) and any(
        token.lower in load_lexicon("copulas") for token in tokens[max(0, state - 2):state])


def _speaks_next(tokens: list[Token], index: int) -> bool:
    """"... and [highlighted] their shared commitment", "and [questioned] why", "but [in a later interview
    said]": a speech verb in the past right after "and" (a phrase of time or place between), with no
    subject of its own, is the speaker's next utterance."""
    speech = load_lexicon("speech_verbs")
    if tokens[index].lower in load_lexicons("phrase_prepositions", "date_prepositions") and tokens[index].lower != "to":
        verb = next((position for position in range(index + 1, min(len(tokens) - 1, index + _CIRCUMSTANCE_WORDS))
                     if not tokens[position].is_word or tokens[position].lower in speech), None)
        return verb is not None and tokens[verb].lower in speech and is_inflected_verb(tokens[verb].lower) \
            and not tokens[verb].lower.endswith("s") and opens_content(tokens[verb + 1])
        # (a past verb after the phrase, then its content: "in an interview [said he]"; not "in the amounts
        # [called for]", "a [related dividend]")
    verb = index
    while verb + 1 < len(tokens) and tokens[verb].lower.endswith("ly") and not is_noun(tokens[verb].lower):
        verb += 1  # "and [repeatedly] says"
    word = tokens[verb].lower
    if word not in speech or word in load_lexicon("resumption_verbs") or lacks_its_object(tokens, verb) \
            or _paired_state(tokens, verb):
        return False  # (not "and [compared] with 84,250 tonnes")
    content_next = verb + 1 < len(tokens) and (tokens[verb + 1].text in (",", ":") or is_placeholder(tokens[verb + 1])
                                               or opens_content(tokens[verb + 1]))
    if word.endswith("s") and is_inflected_verb(word) and load_mapping("reported_cues").get(word, "").startswith("speech"):
        return content_next  # "and [says], "Don't you do it"", "and [adds] that ...": in the present, its content next
    return bare_past_verb(tokens, verb, len(tokens)) and (verb == index or content_next)  # (not "and previously
    # [announced] new product delays": a participle before its noun)


def reporting_clause_follows(sentence: ReadSentence, start: int) -> bool:
    """A new attribution whose verb is a plain speech cue in the past or present ("he argued", "she
    says"), not a belief or a conditional ("he feels", "he would advise"): only such a clause ends a
    content after its opening dependent clause."""
    cue = next((index for index in range(start, min(len(sentence.tokens), start + SUBJECT_WORDS // 2))
                if index in sentence.cues), None)
    return cue is not None and sentence.cues[cue][0] in ("plain", "marked", "clausal") \
        and is_inflected_verb(sentence.tokens[cue].lower) and attribution_follows(sentence, start, after_comma=True)


def attribution_follows(sentence: ReadSentence, start: int, *, after_comma: bool) -> bool:
    """True when a new attribution begins at `start`: "[but] he said", "Noem added", "said Noem";
    `after_comma`, any speech verb of a new subject counts too (", and Democrats accused ...")."""
    tokens = sentence.tokens
    if start < len(tokens) and tokens[start].lower in load_lexicons("clause_joiners", "relative_pronouns"):
        start += 1  # ", but he said", ", which he said were"
    start += approximated_at(tokens, start)  # ", and nearly three in five said", "and only 40 percent said"
    if (after_comma and _apposed_subject_speaks(sentence, start)) or (
            start + 1 < len(tokens) and tokens[start].lower in load_lexicon("subject_pronouns") and _speaks(tokens, start + 1)
            and is_inflected_verb(tokens[start + 1].lower)):
        return True  # (and "and she accused Trump of ...": a pronoun and any speech verb, "that" or none)
    for index in range(start, min(len(tokens), start + SUBJECT_WORDS // 2)):
        if (index in sentence.cues and sentence.cues[index][0] != "put" and not _marked_without_that(sentence, index)) or (
                (after_comma or (tokens[start].is_capitalized and tokens[index].lower.endswith("ed") and start > 0
                                 and tokens[start - 1].lower in load_lexicon("coordinators"))) and index > start
                and is_speech_verb(tokens, index) and is_inflected_verb(tokens[index].lower)
                and tokens[index].lower not in load_lexicon("permission_verbs")) and not after_passive_auxiliary(tokens, index):
            # (and "... and [Democrats accused]"; not ", E12c and E15b [were offered]": a passive, its subject spoken of)
            subjects = (phrase_before(tokens, index, floor=start), plain_subject(tokens, start, index) if after_comma else None)
            return index == start or any(subject is not None and subject[0] == start for subject in subjects)
            # (the plain subject: ", and more than 4 in 10 said")
        if not tokens[index].is_word:
            return False
    return False


def _apposed_subject_speaks(sentence: ReadSentence, start: int) -> bool:
    """", and Brian Deese, the White House climate change adviser, said he ...": a name, its description
    set off by commas, then a speech cue whose subject is the name: a new attribution."""
    tokens = sentence.tokens
    comma = next((index for index in range(start, min(sentence.end, start + _NAME_WORDS)) if not tokens[index].is_capitalized), None)
    if comma is None or comma == start or tokens[comma].text != ",":
        return False
    closing = next((index for index in range(comma + 2, min(sentence.end, comma + SUBJECT_WORDS)) if not tokens[index].is_word), None)
    cue = closing + 1 if closing is not None and tokens[closing].text == "," else None
    if cue is None or cue not in sentence.cues or sentence.cues[cue][0] == "put" or not is_inflected_verb(tokens[cue].lower):
        return False
    subject = phrase_before(tokens, cue, floor=start)
    return subject is not None and subject[0] == start


def _marked_without_that(sentence: ReadSentence, cue: int) -> bool:
    """A cue that reports speech only before "that", a quote or a clause ("added that ...", "added it
    ...") used otherwise: "but that it would [add] complexity" names no new speaker."""
    kind, width = sentence.cues[cue]
    after, tokens = cue + width, sentence.tokens
    if kind not in ("marked", "clausal") or after >= sentence.end or participle_after_comma(tokens, cue):
        return False  # (", they add.", ", charging the airline broke ...": a participle needs no "that")
    return not (tokens[after].lower == "that" or tokens[after].text in (",", ":") or is_placeholder(tokens[after])
                or is_clause(tokens, after, sentence.end))  # (but "he added [such a move could] ...": a clause)


def names_a_date_only(span: Span, tokens: list[Token]) -> bool:
    """"announced [Jan 26]", "will release its report [March 31]": a content of date words alone (a
    month, a day, a number, "last year") is when something was said or done, never what."""
    words = [token.lower.rstrip(".") for token in tokens[span[0]:span[1]] if token.is_word]
    dates, times = load_lexicons("months", "days"), load_lexicons("date_prepositions", "time_determiners", "time_modifiers", "time_nouns")
    dated = [word in dates or f"{word}." in dates for word in words]  # ("jan." is listed with its stop)
    return any(dated) and all(is_date or word.isdigit() or word in times for word, is_date in zip(words, dated))


def trim(span: Span, tokens: list[Token]) -> Span | None:
    """The span without leading or trailing punctuation, dashes and joining words; None if empty."""
    start, end = span
    loose = load_lexicons("clause_joiners", "coordinators")
    while start < end and (not (tokens[start].is_word or is_placeholder(tokens[start]) or currency_before_number(tokens, start, end))
                           or (tokens[start].lower == "that" and not that_is_subject(tokens, start, end))):
        start += 1
    while end > start and (not (tokens[end - 1].is_word or is_placeholder(tokens[end - 1]) or tokens[end - 1].text == "%"
                                or tokens[end - 1].is_parenthetical)  # ("[beef offal 4,476 (4,672)]")
                           or tokens[end - 1].lower in loose):  # ("rose [7.6%]": the sign is the number's)
        end -= 1
    return (start, end) if end > start else None


def that_is_subject(tokens: list[Token], that: int, end: int) -> bool:
    """"said [that] was wrong", "said [that] would fail": "that" before an auxiliary is the content's
    subject, not the word that introduces it."""
    following = tokens[that + 1] if that + 1 < end else None
    if following is None:  # "[That], they say, will be easier": alone, opening a sentence, the demonstrative
        return tokens[that].text[0].isupper()
    after = tokens[that + 2].lower if that + 2 < end else ""
    return (following.lower in load_lexicons("auxiliaries", "copulas", "modals")
            or following.lower.endswith(("n't", "n’t")) or (tokens[that].is_capitalized and is_finite_verb(following))
            or (following.lower.endswith("ed") and is_inflected_verb(following.lower) and not is_noun(following.lower)
                and after in load_lexicons("articles", "determiners", "possessive_pronouns")))  # "said [that] ignored the evidence"
    # ("say [that] won't be true"; "[That compares] with sales of ..., he said": opening the sentence, before any verb)
    # (not "said that [given] the polls, ...", "said that [he's] staying": only an auxiliary is sure)


def clause_goes_on(tokens: list[Token], first: Span, comma: int) -> bool:
    """The words before an interrupting attribution are no whole clause ("The driver, according to
    police, fled"), or end in a verb whose object follows ("G4S receives, according to one report,
    $234 million"; not "The driver fled, according to police, and was caught", nor "[That's] according
    to members of the Caucus, a collection of strategists": a contraction takes no object)."""
    return not is_clause(tokens, *first) or (ends_in_verb(tokens, first) and comma + 1 < len(tokens)
                                             and tokens[comma + 1].lower not in load_lexicon("coordinators"))


def ends_in_verb(tokens: list[Token], span: Span) -> bool:
    """The span's last word is a verb whose object may follow ("G4S [receives]"), not a contraction
    ("[That's]") nor a form of "be" ("than Obama's ever has [been]")."""
    last = tokens[span[1] - 1].lower
    return is_inflected_verb(last) and "'" not in last and last not in load_lexicons("copulas", "passive_auxiliaries")
