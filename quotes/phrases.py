"""The phrase grammar of attribution: where a speaker's phrase starts and ends around a speech verb.

Works on the tokens of one sentence, where each quote stands as one placeholder token (`QUOTE` for
speech, `TITLE` for a scare quote or a title, which reads as a noun). Every function takes token
positions and returns token positions: a span `(start, end)`, half-open, or a `Phrase` that also
names the speech verb's token. Nothing here knows the attribution rules: the sieve in
`quotes.attribution` asks these questions and decides which rule fired.

What part of speech a word is comes from lexicons (speech verbs, titles, determiners...) and from
the most-likely-tag lexicon in `quotes.wordclass`; no tagger runs.
"""

from __future__ import annotations

from typing import NamedTuple

from .lexicons import load_lexicon, load_lexicons, load_mapping
from .marks import QUOTE_CHARACTERS
from .appositions import apposition_start, aside_start, before_marked_aside, described_head, name_between_commas, name_then_aside, set_off_role
from .nounphrases import Span, noun_phrase_ending
from .quantities import approximates, is_number
from .titles import foreign_body_before
from .speechverbs import is_modifier_run, is_phrasal_verb, is_speech_verb
from .tokens import CLAUSE_END, DASHES, QUOTE, TITLE, Token, clause_floor, inline_quote, is_dash
from .forwardphrases import NAME_WORDS, PHRASE_WORDS, phrase_after
from .verbgroups import after_passive_auxiliary, opens_clause, skip_auxiliaries, speaks_as_reduced_relative
from .wordclass import is_adverb_in_ly, is_describer, is_inflected_verb, is_noun, is_plural, is_plural_noun, is_present_participle, is_title, is_verb

__all__ = ["Phrase", "QUOTE", "TITLE", "clause_subject", "final_attribution", "phrase_before", "phrase_before_stray_comma", "subject_of",
           "verb_subject"]

_BOUNDARIES = frozenset({",", ";", ":", "(", "—", "–", "-", "--", QUOTE})  # where a verb's reach ends
_OPENING_WORDS = 24  # an opening phrase before the subject: "Worried by the flooding downstream,"
_PARTICIPLE_REACH = 8  # tokens from a participle back to the speech verb it follows: "said at a rally on Tuesday, noting"
_AGENT_REACH = 12  # tokens from a passive speech verb to the "by" of its agent: "criticised as "a disaster" by unions"
_JOINED_REACH = 20  # tokens from "and said" back to the speech verb it joins: "proposed we \"...\" and said"
_RELATIVE_WORDS = 20  # tokens of a relative clause closed by a comma before a verb: "Ford which posted ..., said"
_DESCRIPTOR_WORDS = 3  # lower-case words describing a name before it: "of [the pressure group] Liberty"



class Phrase(NamedTuple):
    """A speaker's phrase, `tokens[start:end]`, and the token of the speech verb it is the subject
    of (None when the phrase was found without one)."""

    start: int
    end: int
    verb: int | None = None


def governed_before(tokens: list[Token], index: int, verbs: list[int]) -> bool:
    """A speech verb of the quote's clause governs a mixed quote when nothing separates them ("what
    Hedge called "the old model," the club charged ...", "Manafort, citing "the magic of Trump," said
    the candidate ..."): the words after the quote then belong to the writer's sentence. `index` is
    the quote's placeholder, `verbs` the positions of the sentence's speech verbs."""
    while index > 2 and tokens[index - 1].lower in ("and", "or") and QUOTE in (tokens[index - 2].text, tokens[index - 3].text):
        index -= 2 if tokens[index - 2].text == QUOTE else 3  # the first of a list: 'about "X," and "Y," and "Z"'
    floor = clause_floor(tokens, index)
    for verb in verbs:
        if not floor <= verb < index or (verb == floor and tokens[verb].lower.endswith("ing")):
            continue  # "Citing "obligations," the spokeswoman told ...": the speaker comes after
        if not any(token.text in _BOUNDARIES for token in tokens[verb + 1:index]):
            return True  # "... and said he would "protect our citizens," the crowd applauded"
    return False


def verb_subject(tokens: list[Token], verb: int, floor: int) -> Phrase | None:
    """The subject of a speech verb; for a participle ("..., saying", "a statement calling") the
    clause's; for a passive ("as reported by Western Journalism") the agent after "by"."""
    if verb + 2 < len(tokens) and tokens[verb + 1].lower == "by" and tokens[verb].lower.endswith("ed") \
            and not tokens[verb + 2].lower.endswith("ing"):  # (not "interjected by [hitting] Trump": a means)
        if (span := phrase_after(tokens, verb + 2)) is not None:
            return Phrase(*span, verb)
    if tokens[verb].lower.endswith("ed") and after_passive_auxiliary(tokens, verb) and tokens[verb].lower not in load_lexicon("quoting_verbs"):
        # "France have been [criticised] for the absence of "French flair"", "was [accused] of "...": the subject
        # was spoken of, it did not speak ("was quoted as saying", where it does, is read before: `quotes.clauses`)
        agent = next((index for index in range(verb + 2, min(len(tokens) - 1, verb + _AGENT_REACH)) if tokens[index].lower == "by"), None)
        span = phrase_after(tokens, agent + 1) if agent is not None else None
        return Phrase(*span, verb) if span is not None else None  # "criticised as "a disaster" by unions": the unions
    previous = tokens[verb - 1]
    if tokens[verb].lower.endswith("ing") and previous.lower == "and":
        # "with Trump tweeting that ... and asking, "...": the subject of the participle it joins
        for earlier in range(verb - 2, floor - 1, -1):
            if tokens[earlier].lower.endswith("ing") and is_speech_verb(tokens, earlier):
                found = verb_subject(tokens, earlier, floor)
                return None if found is None else found._replace(verb=verb)
    if tokens[verb].lower.endswith("ing") and previous.text == ",":
        # "Ryan and Trump will meet, Spicer said, adding, "...": the subject of the verb before; also
        # past its circumstances: '"...," he said at a rally on Tuesday, insisting that ...'
        finite, circumstance = skip_auxiliaries(tokens, verb - 2, floor), False
        if not (finite >= floor and is_speech_verb(tokens, finite)):
            back = next((index for index in range(verb - 3, max(floor, verb - _PARTICIPLE_REACH) - 1, -1)
                         if not tokens[index].is_word or is_speech_verb(tokens, index)), floor - 1)
            circumstance = back >= floor and tokens[back].is_word and (tokens[back + 1].lower in load_lexicons(
                "phrase_prepositions", "date_prepositions", "days", "time_determiners") or _short_object(tokens, back + 1, verb - 1))
            named = _before_name(tokens, back, floor) if back >= floor and tokens[back].text == "," else back
            inverted = named > floor and tokens[named - 1].text == "," and is_speech_verb(tokens, named)  # ", said Smith, adding",
            # ", said Ann Lee, a professor at X, adding" (not "The LSE rejected the offer in December, saying")
            finite = back if circumstance else named if inverted else floor - 1
        if finite >= floor and is_speech_verb(tokens, finite) and not tokens[finite].lower.endswith("ing"):
            found = subject_of(tokens, finite, floor=floor, inverted_ok=True)
            if found is not None:
                return found if not circumstance else found._replace(verb=verb)
    if tokens[verb].lower.endswith("ing") and verb > floor and (
            tokens[verb - 1].lower in load_lexicon("copulas") or tokens[verb - 1].lower == "been") and verb + 1 < len(tokens) \
            and tokens[verb + 1].text in (":", QUOTE, "that"):
        return subject_of(tokens, verb, floor=floor)  # "Mr Blair is saying: "..."", "she has been arguing that": its subject
    if tokens[verb].lower.endswith("ing"):
        last = skip_auxiliaries(tokens, verb - 1, floor)
        carried = last >= floor and tokens[last].lower in load_lexicon("aspect_verbs")
        last = skip_auxiliaries(tokens, last - 1, floor) if carried else last
        while carried and last > floor and tokens[last].is_parenthetical:
            last -= 1  # "Sen. Ron Johnson (R-Wis.) kept asking"
        span = noun_phrase_ending(tokens, last, floor) if last >= floor else None
        if carried and span is not None and span[0] - 1 >= floor and tokens[span[0] - 1].lower in load_lexicons(
                "subordinators", "event_subordinators"):
            carried = False  # ("as the meeting [began] vowing to ...": the verb of a clause of time, then the participle)
        if span is not None and (carried or (span[0] - 1 >= floor and tokens[span[0] - 1].lower == "with") or (
                last == verb - 1 and speaks_as_reduced_relative(tokens, span))):
            return Phrase(*span, verb)  # "with Trump reportedly yelling", "its lawyer kept hammering", "voters saying"
    if tokens[verb].lower.endswith("ing") and (not (previous.is_capitalized and previous.is_word and previous.lower not in load_lexicon(
            "adverbials")) or _object_before(tokens, verb, floor)):
        return clause_subject(tokens, floor, verb, verb, names_only=False)  # (and "Hockney quit [UKIP] saying": its object)
    return subject_of(tokens, verb, floor=floor)


def _before_name(tokens: list[Token], comma: int, floor: int) -> int:
    """The word before the capitalised name that ends right before `comma` (the word at `comma - 1`
    when no name does): where an inverted cue stands when a role follows its speaker's name."""
    start = comma - 1
    while start > floor and tokens[start].is_word and tokens[start].is_capitalized:
        start -= 1
    return start


def _object_before(tokens: list[Token], verb: int, floor: int) -> bool:
    """"Hockney left [UKIP] saying": the name before a participle is a finite verb's object (not one
    heard or quoted saying it, who speaks)."""
    named = noun_phrase_ending(tokens, verb - 1, floor) if verb > floor else None
    return named is not None and named[0] > floor and is_inflected_verb(tokens[named[0] - 1].lower) \
        and tokens[named[0] - 1].lower not in load_lexicons("copulas", "speech_verbs", "perception_passives", "quoting_verbs")


def _short_object(tokens: list[Token], start: int, end: int) -> bool:
    """"as Mrs. Clinton echoed [the criticism], saying": a determiner's short phrase, the object of the speech verb
    before a participle, which then shares that verb's subject (not the sentence's: "It was a potent punch")."""
    return 1 < end - start <= 3 and tokens[start].lower in load_lexicons("determiners", "possessive_pronouns") and all(
        token.is_word for token in tokens[start:end]) and not tokens[end - 1].is_capitalized


def reported_speaker(tokens: list[Token], floor: int, last: int) -> Phrase | None:
    """The subject of the first speech verb of a sentence: "Bolton distanced himself by saying ...";
    of a final attribution, if the sentence ends in one ("The image portrayed him as a hypnotist, he argued.")."""
    if (final := final_attribution(tokens, floor, last)) is not None:
        return final
    for index in range(floor, last):
        if is_speech_verb(tokens, index) and not (index > floor and (tokens[index - 1].lower in load_lexicon("negations") or (
                tokens[index].lower in load_lexicon("naming_verbs") and _thing_named(tokens[index - 1])))):
            found = verb_subject(tokens, index, floor) or _inverted_aside(tokens, index, floor, last)
            if found is not None:  # (not "He didn't suggest retaliation.")
                return found
    return None


def _thing_named(previous: Token) -> bool:
    """"this new thing [called] the internet": a naming participle after a noun for no person names the
    thing; it reports no speech (but "the senator called it a disgrace")."""
    word = previous.lower
    return previous.is_word and not previous.is_capitalized and is_noun(word) and not is_title(word) \
        and word not in load_lexicons("people_nouns", "subject_pronouns")


def _inverted_aside(tokens: list[Token], verb: int, floor: int, last: int) -> Phrase | None:
    """"Then, [says Mr Kotamaraja], the blogging world found out.": an attribution set off by commas,
    its verb first, names the sentence's speaker after the verb."""
    if verb == floor or tokens[verb - 1].text != ",":
        return None
    span = phrase_after(tokens, verb + 1)
    return Phrase(*span, verb) if span is not None and (span[1] == last or (
        span[1] < last and tokens[span[1]].text == ",")) else None


def final_attribution(tokens: list[Token], floor: int, last: int) -> Phrase | None:
    """"The image portrayed him as a hypnotist, he argued.": the pronoun or name of an attribution ending tokens[floor:last]."""
    final = last - floor > 3 and tokens[last - 3].text == "," and is_speech_verb(tokens, last - 1) and (
        tokens[last - 2].lower in load_lexicon("subject_pronouns") or tokens[last - 2].is_capitalized)
    return Phrase(last - 2, last - 1, last - 1) if final else None


def joined_speaker(tokens: list[Token], floor: int, last: int) -> Phrase | None:
    """'"...," Ebeling said, [and her husband cut in].': a clause joined last to a sentence, whose speech
    verb ends it (or its particle or object), brings in a new speaker for the quote that follows."""
    verb = next((index for index in (last - 1, last - 2) if index > floor and is_speech_verb(tokens, index)), floor)
    joint = next((index for index in range(verb - 2, max(floor, verb - PHRASE_WORDS) - 1, -1) if tokens[index].text == ","), None)
    if joint is None or tokens[joint + 1].lower not in ("and", "but"):
        return None
    found = subject_of(tokens, verb, floor=joint + 2)
    return found if found is not None and found.start == joint + 2 else None


def subject_of(tokens: list[Token], verb_index: int, *, floor: int = 0, inverted_ok: bool = False) -> Phrase | None:
    """The speaker phrase before a speech verb, or after it when the order is inverted (Said Noem: ...)."""
    span = phrase_before(tokens, verb_index, floor=floor)
    if span is None and inverted_ok and (verb_index == 0 or not tokens[verb_index - 1].is_word):
        # "Said Noem: ...", not "it" in "As Amar, a professor, put it: ...", nor "the freeze" in "and recalled the freeze:"
        span = phrase_after(tokens, verb_index + (2 if is_phrasal_verb(tokens, verb_index) else 1))
    return None if span is None else Phrase(*span, verb_index)


def clause_subject(tokens: list[Token], floor: int, limit: int, verb: int | None = None, *,
                   names_only: bool = True) -> Phrase | None:
    """The subject that opens a clause: a pronoun or a name (after an opening phrase ending in a comma).
    `verb` is the token of the speech verb it is the subject of, if one is known."""
    start = floor
    for _ in range(3):  # "On Thursday, after remaining neutral, Warren appeared ...", "In Portsmouth, N.H., on ..."
        opening = next((index for index in range(start, min(limit, start + _OPENING_WORDS))
                        if tokens[index].text == ","), None)
        first = tokens[start]
        opens = _opens_with_phrase(tokens, start, limit, opening, floor)
        if opening is not None and opening + 1 < limit and first.lower not in load_lexicon("subject_pronouns") and opens and (
                tokens[opening + 1].lower in load_lexicon("subject_pronouns") or tokens[opening + 1].is_capitalized
                or tokens[opening + 1].text[0].isdigit()  # "in St. Clairsville, Ohio, [62-year-old] Brenda Johnson"
                or tokens[opening + 1].lower in load_lexicon("clause_openers")
                or tokens[opening + 1].lower in load_lexicon("determiners")
                or first.lower in load_lexicon("clause_openers") or first.lower.endswith("ing")):
            start = opening + 1  # "On Tuesday, Gov. Jerry Brown ...", "Minutes later, she sent ..."
            while start < limit - 1 and tokens[start].text in QUOTE_CHARACTERS:
                start += 1  # 'On "Face the Nation[,]" Sen. Bernie Sanders ...': the mark closing a title
        else:
            break
    if start == floor and not approximates(tokens, start, limit):
        while start < limit and tokens[start].lower not in load_lexicon("subject_pronouns") and (
                tokens[start].lower in load_lexicon("clause_openers")
                or tokens[start].lower in load_lexicon("conjunctions")
                or tokens[start].lower.endswith("ly")) and start - floor < 3:
            if tokens[start].lower in load_lexicon("date_prepositions") and start + 1 < limit and tokens[start + 1].lower in load_lexicons(
                    "months", "days"):
                start += 2  # "On September 27 they published": a date, then the subject
                while start < limit and tokens[start].text[0].isdigit():
                    start += 1
                break
            if tokens[start].lower in load_lexicon("phrase_prepositions") and tokens[start].lower != "by" and start + 1 < limit and (
                    tokens[start + 1].lower in load_lexicons("articles", "quantity_words") or tokens[start + 1].text[0].isdigit()):
                return None  # "At one point about 1,700 lawsuits ...": a preposition's object is no subject (an
                # agent's is: "by The Wall Street Journal's Jennifer Smith")
            start += 1  # "And then Trump went on the attack", "Then he cut into Bush"
        if floor < start < limit and tokens[start - 1].lower in ("this", "that") and is_inflected_verb(tokens[start].lower) \
                and not is_noun(tokens[start].lower):
            return None  # "That angered Smith, by suggesting ...": the demonstrative was the subject, of no one
        if start < limit and (tokens[start].lower in load_lexicon("clause_openers")
                              or tokens[start].lower.endswith("ly")) and tokens[start].lower not in load_lexicon("subject_pronouns"):
            return None
    elif start + 1 < limit and tokens[start].lower in load_lexicon("focus_adverbs"):
        start += 1  # "Alongside BLM calls for action, [even] a top GOP strategist said"
    if start >= limit:
        return None
    span = phrase_after(tokens, start, pronoun_or_name_only=names_only)
    if span is not None and span[1] + 1 < limit and (tokens[span[1]].lower in load_lexicon("time_after_words") or tokens[span[1]].lower
                                                     == "ago") and tokens[span[1] - 1].lower.rstrip("s") in load_lexicon("time_nouns"):
        span = phrase_after(tokens, span[1] + 1, pronoun_or_name_only=names_only)  # "[A few minutes later] they said"
    if span is None or span[1] > limit:
        return None
    author = _author_after(tokens, span[1], limit)
    if author is not None:
        span = author  # "a fundraising email sent out by Sanders warned": the author speaks
    words = [token for token in tokens[span[0]:span[1]] if token.is_word]
    if len(words) > 1 and all(token.text.isupper() for token in words):
        return None  # a heading in capitals: "COUNCIL VOTES TO DELAY PLAN"
    return Phrase(*span, verb)


def _opens_with_phrase(tokens: list[Token], start: int, limit: int, opening: int | None, floor: int) -> bool:
    """Does an opening phrase (ended by the comma at `opening`, if any) start the clause at `start`?
    "On Tuesday,", "Minutes later,", "Salem, New Hampshire,"; not a subject: "The Florida senator sought
    ..., and", "about 200 protesters", "But Obama, making it clear ...,"."""
    first = tokens[start]
    opens = (first.lower in load_lexicon("clause_openers") or first.lower in load_lexicon("adverbials")
             or (opening is not None and (any(token.lower == "ago" for token in tokens[start:opening])
                                          or tokens[opening - 1].lower in load_lexicon("time_after_words")))
             or first.lower.endswith(("ing", "ed", "ly")) or first.text[0].isdigit()
             or (first.lower.rstrip(".") in load_lexicon("abbreviations") and not is_title(first.lower)
                 and first.lower.rstrip(".") not in load_mapping("honorifics"))
             or first.lower in load_lexicon("places") or (opening is not None and " ".join(
                 token.lower for token in tokens[start:opening]) in load_lexicon("places"))  # "Salem, [New Hampshire],"
             or not (first.is_capitalized or first.lower in load_lexicon("determiners")))
    if opens and opening is not None and first.lower in load_lexicon("determiners") and (any(
            is_verb(token.lower) for token in tokens[start + 1:opening] if not token.is_capitalized) or (
            opening + 1 < limit and tokens[opening + 1].lower in load_lexicon("relative_pronouns"))):
        opens = False  # "The Florida senator sought to calm them, and ...": a clause, not "The next day,"; nor
        # "The cleric Anwar al-Awlaki, who ...,": a relative clause describes a subject, never an opening phrase
    if opens and opening is not None and start == floor and first.lower in load_lexicons("articles", "determiners") and not any(
            token.text[:1].isdigit() or token.lower.rstrip("s") in load_lexicons("time_nouns", "time_after_words", "time_modifiers")
            or token.lower in load_lexicons("days", "months") for token in tokens[start:opening]):
        opens = False  # "The Clinton campaign, in a Q&A, worded it:" names a subject; "The next day," names a time
    if opens and opening is not None and first.lower in load_lexicon("conjunctions") and first.lower not in load_lexicons(
            "subordinators", "event_subordinators", "concessive_joiners") and tokens[start + 1].lower in load_lexicon("subject_pronouns"):
        opens = False  # "Yet she didn't limit her attacks ..., also calling": a clause, no opening phrase
    if opens and opening is not None and first.lower in load_lexicon("focus_adverbs") and tokens[start + 1].lower not in load_lexicon(
            "clause_openers") and any(is_speech_verb(tokens, index) for index in range(start + 1, opening)):
        opens = False  # "even a top GOP strategist said ..., saying": a clause, no opening phrase ("Even before ...," is one)
    if opens and approximates(tokens, start, limit):
        opens = False  # "[about 200] protesters congregated ..., holding": a number, no opening "about"
    if opens and opening is not None and first.lower in load_lexicon("conjunctions") and name_then_aside(tokens, start + 1, opening):
        opens = False  # "But Obama, making it clear that ..., stood": the subject, then an aside
    return opens


def _author_after(tokens: list[Token], end: int, limit: int) -> Span | None:
    """The agent of a document phrase: "[a fundraising] email sent out by [Sanders]", "a statement
    released by [the campaign]", "a report by [the Audubon Society]"."""
    index = end
    if index < limit and tokens[index].lower in load_lexicon("speech_nouns") and not tokens[index].is_capitalized:
        index += 1  # the document noun the phrase stopped at: "email"
    if index < limit and tokens[index].lower == "by" and tokens[index - 1].lower in load_lexicons("document_words", "speech_nouns"):
        index -= 1  # "a statement [by] the Audubon Society": the agent right after the document
    elif index >= limit or not tokens[index].lower.endswith(("ed", "en", "ent")):
        return None  # no participle: "sent", "released", "written"
    if index == end and tokens[end - 1].lower not in load_lexicons("document_words", "speech_nouns"):
        return None  # the phrase is no document: "the crowd gathered by the stage"
    index += 1
    if index < limit and tokens[index].lower in ("out", "up"):
        index += 1
    if index + 1 >= limit or tokens[index].lower != "by":
        return None
    agent = phrase_after(tokens, index + 1)
    return agent if agent is not None and agent[1] <= limit else None


def phrase_before(tokens: list[Token], end: int, *, floor: int) -> Span | None:
    """Token range of the noun phrase that ends right before `tokens[end]` (a verb). Skips auxiliaries and
    adverbs (has also said), a verb before an infinitive (interjected to say), an apposition between
    commas (Hugh Hill, a doctor at the clinic, said), a party designation (Rep. Trey Gowdy (R-S.C.)
    said) and a relative pronoun's clause (Hill, who runs it, said); a name in parentheses opening the
    clause is the phrase ("(Warrington Inc) said")."""
    index = skip_auxiliaries(tokens, end - 1, floor)
    if index < floor:
        return None
    if index - 1 >= floor and tokens[index].lower.endswith("ed") and not tokens[index].is_capitalized \
            and is_inflected_verb(tokens[index].lower) and not is_noun(tokens[index].lower) and tokens[index - 1].is_word \
            and tokens[index - 1].lower not in load_lexicon("determiners"):
        index -= 1  # "The crowd gathered [by the stage] chanted": a participle after its noun (not "those surveyed")
    apposition = clause = False
    if tokens[index].lower in ("and", "but") or (  # "He praised them but said": the first verb's subject
            tokens[index].text == "," and index + 1 < end and tokens[index + 1].lower == "then"):  # "offered him a job, then says"
        return _subject_before_conjunction(tokens, index, floor)
    if tokens[index].text == ")" and tokens[floor].text == "(" and index > floor + 1:
        return floor + 1, index  # "MONTREAL, March 9 - [(Warrington Inc)] said": a wire's unlisted company, in parentheses
    if (tokens[index].text in DASHES or tokens[index].text == ")") and index - 1 > floor:  # "Kall -- co-editor of a
        before = before_marked_aside(tokens, index, floor)  # book -- said", "Kasich (who has 25) said"
        if before is None:
            return None
        opened = tokens[before + 2] if before + 2 < end else tokens[before]
        index, apposition = before, not (opened.lower.endswith("ed") and is_inflected_verb(opened.lower))
        # (a participle's aside is no apposition: "Halifax's figures on house sales - issued on Thursday - suggest")
    elif tokens[index].text == ",":
        named = name_between_commas(tokens, index, floor)
        if named is not None:
            return named  # "Another critic, Laurence H. Tribe, said": the name, not the description
        opening = apposition_start(tokens, index, floor)
        if opening is not None:  # (a relative clause is about the phrase's head: "A trader in Tokyo, who asked ..., said")
            index, apposition, clause = opening - 1, True, tokens[opening + 1].lower in load_lexicon("relative_pronouns")
        else:
            aside = aside_start(tokens, index, floor)  # ", on television or at small events,": read on before it
            if aside is None:
                return _before_closed_relative(tokens, index, floor)
            index = skip_auxiliaries(tokens, aside - 1, floor)  # ("he did, for the first time, say")
    while index >= floor and tokens[index].is_parenthetical:
        index -= 1
    if index < floor:
        return None
    single = _pronoun_subject(tokens, index, end, floor)
    if single is not None:
        return single
    span = _phrase_or_foreign_body(tokens, index, floor)
    if span is None and clause:
        span = described_head(tokens, index, floor)  # "The veteran [lock], who is 36, said"
    relative = None if apposition else _before_relative_clause(tokens, index, floor)
    if span is not None and relative is not None and _heads_subject_relative(tokens, relative, span):
        return _with_phrase_before(tokens, relative, floor, after_apposition=False)  # "judges who ruled against [the law] said"
    if span is None or (span[0] - 1 > floor and is_verb(tokens[span[0] - 1].text)):  # an object: "who have run the numbers"
        if span is None or relative is not None:
            return relative
    found = _with_phrase_before(tokens, span, floor, after_apposition=apposition and not clause)
    if found is not None and found[1] - found[0] > 2 and tokens[found[0]].is_capitalized and is_adverb_in_ly(
            tokens[found[0]].lower) and tokens[found[0] + 1].lower in load_lexicon("articles"):
        return found[0] + 1, found[1]  # "[Previously] the Fed said": the sentence's opening adverb (not "Kelly")
    return found


def _phrase_or_foreign_body(tokens: list[Token], last: int, floor: int) -> Span | None:
    """The noun phrase ending at `last`, or the body's name in French ending there when it starts earlier:
    "[The Confédération des syndicats nationaux] said" (its words in lower case), but "[lead manager]
    Banque Nationale de Paris said" with its role."""
    span, foreign = noun_phrase_ending(tokens, last, floor), foreign_body_before(tokens, last, floor)
    return foreign if foreign is not None and (span is None or foreign[0] < span[0]) else span


def _pronoun_subject(tokens: list[Token], index: int, end: int, floor: int) -> Span | None:
    """A subject of one or a few words that no noun phrase reads: a pronoun, "many of whom", "who", or
    a surname that is also a common word right before the verb."""
    token = tokens[index]
    if token.lower in load_lexicons("subject_pronouns", "indefinite_pronouns") or (
            token.lower in load_mapping("pronouns") and index > floor and tokens[index - 1].lower in load_lexicon("causative_verbs")):
        return index, index + 1  # ("Then [someone] asked", "a win that led [her] to declare")
    if token.lower in load_lexicon("partitive_pronouns") and index - 2 >= floor and tokens[index - 1].lower == "of" \
            and tokens[index - 2].lower in load_lexicon("quantity_words"):
        return index - 2, index + 1  # "family members, [many of whom] say ...", "Until then, [most of them] said"
    if token.lower in ("who", "which"):
        return index, index + 1  # "Beck, who has described Trump as ...": speakers resolves "who"
    if token.is_capitalized and token.lower in load_lexicon("clause_openers") and index == end - 1 \
            and index > floor - 1 and (index == floor or tokens[index - 1].text in (",", QUOTE)
                                       or tokens[index - 1].lower in ("which", "whom")):
        return index, index + 1  # a surname that is also a common word: "...," From said. / "which Will claims"
    return None


def phrase_before_stray_comma(tokens: list[Token], verb: int, *, quote_comma: bool) -> Span | None:
    """A name phrase that opens `tokens` (the words after a quote that ends in its `quote_comma`) and
    runs to a comma right before `verb` that closes no apposition: '"...," Kirsten Pfeifer from the
    Consumer Electronics Association, told the BBC', '"...," shop owner Hayriye Evren, told AP' (not
    after '"... thing." Michael Howard, asked ...')."""
    if not quote_comma or verb < 2 or tokens[verb - 1].text != "," or any(token.text == "," for token in tokens[:verb - 1]):
        return None  # (not "Michael Howard, asked about it by reporters, said": an aside that closes)
    span = phrase_before(tokens, verb - 1, floor=0)
    return span if span is not None and (span[0] == 0 and tokens[0].is_capitalized or (
        span[0] <= 2 and tokens[span[1] - 1].is_capitalized and all(token.is_word and not token.is_capitalized for token in tokens[:span[0]])
    )) else None  # ("shop owner Hayriye Evren, told Associated Press": a role before the name)


def _subject_before_conjunction(tokens: list[Token], conjunction: int, floor: int) -> Span | None:
    """"He praised them but said", "when Cruz knocked ... and called": the subject of the clause
    whose first verb the conjunction joins to this one."""
    joined = _joined_subject(tokens, conjunction, floor)
    if joined is not None:
        return joined  # "Huckabee, the former governor, proposed we "..." and said": the first verb's subject
    subordinators = load_lexicon("subordinators")
    opener = next((position for position in range(conjunction - 1, floor - 1, -1) if (tokens[position].lower in subordinators
                   and _subject_next(tokens, position + 1)) or tokens[position].text in (",", ";")
                   or is_dash(tokens, position)
                   or (tokens[position].text == QUOTE and not inline_quote(tokens, position))), None)
    if opener is not None and tokens[opener].text in DASHES and opener > floor and not any(
            token.text in DASHES for token in tokens[floor:opener]):  # (not the dash that closes an aside)
        found = clause_subject(tokens, opener + 1, conjunction)
        if found is not None:  # "she drew Trump's ire - he called her "weak" and said"
            return found.start, found.end
    if opener is not None and tokens[opener].lower in subordinators:
        found = clause_subject(tokens, opener + 1, conjunction, names_only=False)
        if found is not None:
            return found.start, found.end
    if opener is not None and opener + 1 < conjunction and tokens[opener].text == "," \
            and tokens[opener + 1].lower in load_lexicon("relative_pronouns") \
            and any(token.lower in subordinators for token in tokens[opener + 2:conjunction]):
        return None  # "interviews, which she was doing when law enforcement located her and told her to leave": the
        # verbs of a clause inside a relative one, whose subject no name gives, are not the sentence's subject's
    found = clause_subject(tokens, floor, conjunction, names_only=False)
    return None if found is None else (found.start, found.end)


def _joined_subject(tokens: list[Token], conjunction: int, floor: int) -> Span | None:
    """The subject of the speech verb that "and said" joins: the nearest before the conjunction, in the
    same stretch of its clause and outside a dashed aside, whose subject opens a clause. None where a
    comma or a clause opener comes first ("cheered when Trump spotted a sign and asked", "deciding
    whether X could question Clinton but said"), or the subject opens a short clause of time ("talked
    over them as they answered questions and assured")."""
    stops = load_lexicons("subordinators", "own_clause_openers", "question_words", "relative_pronouns")
    position = conjunction - 1
    while position >= max(floor, conjunction - _JOINED_REACH):
        token = tokens[position]
        if token.text in (",", ";", ":", "(", ")") or token.text in CLAUSE_END or token.lower in stops or token.lower == "that":
            return None
        if is_dash(tokens, position):
            position = next((index for index in range(position - 1, floor - 1, -1) if tokens[index].text == token.text), floor)
        elif is_speech_verb(tokens, position) and not token.lower.endswith("ing") and tokens[position - 1].lower != "to":
            # (not an infinitive: "say it's too early to discuss strategies but noted")
            span = phrase_before(tokens, position, floor=floor)
            before = tokens[span[0] - 1] if span is not None and span[0] > floor else None
            if span is not None and (before is None or (before.lower not in ("as", "whether") and (
                    not before.is_word or before.lower in stops or before.lower in load_lexicons("conjunctions", "clause_openers")))):
                return span  # (not "called the nine-year [recommended] term": a subject after a verb is its object)
        position -= 1
    return None


def _subject_next(tokens: list[Token], index: int) -> bool:
    """A subject may open a clause here: not "raising rates [once] again" (no subordinator then), nor
    "adjourned the meeting until [March 11] and said" (a date, the subordinator's object)."""
    if index + 1 < len(tokens) and tokens[index].lower in load_lexicons("months", "days") and (
            tokens[index + 1].text[0].isdigit() or not tokens[index + 1].is_word):
        return False
    return index < len(tokens) and (tokens[index].is_capitalized or tokens[index].lower in load_lexicons(
        "subject_pronouns", "articles", "determiners", "possessive_pronouns"))


def _firm_listed_before(tokens: list[Token], span: Span, floor: int) -> Span:
    """"[Kidder,] Peabody and Co", "[the Coffee,] Sugar and Cocoa Exchange", "[Merrill Lynch, Pierce,]
    Fenner and Smith Inc": a body's name of capitalised words joined by "and" that ends in its legal
    form or an organisation's word goes on back over the names listed before it by commas (not a
    place or a day: "In New York, Smith and Co said")."""
    words = tokens[span[0]:span[1]]
    bodies = load_lexicons("company_forms", "organization_words")
    joined = next((index for index, token in enumerate(words[1:-1], start=1) if token.lower == "and"), None)
    if len(words) < 3 or joined is None or words[-1].lower.replace(".", "") not in bodies or not all(
            token.is_capitalized or token.lower == "and" for token in words) or words[joined - 1].lower.replace(".", "") in bodies:
        return span  # (nor a list of bodies: "PaineWebber Group Inc and Shearson Lehman Brothers Holdings Inc")
    start, other = span[0], load_lexicons("places", "days", "months", "phrase_prepositions", "company_forms", "organization_words")
    while start - 2 >= floor and tokens[start - 1].text == "," and tokens[start - 2].is_word and tokens[start - 2].is_capitalized:
        first = start - 3 if start - 3 >= floor and tokens[start - 3].is_word and tokens[start - 3].is_capitalized else start - 2
        if " ".join(token.lower for token in tokens[first:start - 1]) in other or any(
                token.lower.replace(".", "") in other for token in tokens[first:start - 1]):
            break
        start = first
    if start < span[0] and start - 1 >= floor and tokens[start - 1].lower in load_lexicon("articles"):
        start -= 1  # ("[the] Coffee, Sugar and Cocoa Exchange")
    return start, span[1]


def _places_listed_before(tokens: list[Token], span: Span, floor: int) -> Span:
    """A phrase of places joined by "and" ("Illinois and Alaska") with the places listed before it by
    commas ("California, "): one list, which a preposition may open; no speaker of its own."""
    if not any(token.lower == "and" for token in tokens[span[0] + 1:span[1] - 1]):
        return span  # (most phrases: no pair to read, on the path of every speaker phrase)
    places = load_lexicon("places")
    parts = " ".join(token.lower for token in tokens[span[0]:span[1]]).split(" and ")
    if len(parts) != 2 or not all(part in places for part in parts):
        return span
    start = span[0]
    while start - 2 >= floor and tokens[start - 1].text == ",":
        place = next((begin for begin in (start - 3, start - 2) if begin >= floor and " ".join(
            token.lower for token in tokens[begin:start - 1]) in places), None)
        if place is None:
            break
        start = place
    if start < span[0] and start - 2 >= floor and tokens[start - 1].lower in load_lexicons("owner_prepositions", "phrase_prepositions") \
            and (is_noun(tokens[start - 2].lower) or is_plural_noun(tokens[start - 2].lower)):
        owner = noun_phrase_ending(tokens, start - 2, floor)  # "[Law officers] from California, Illinois and Alaska"
        return (owner[0], span[1]) if owner is not None else (start, span[1])
    return start, span[1]


def _with_phrase_before(tokens: list[Token], span: Span, floor: int, *, after_apposition: bool) -> Span | None:
    """A noun phrase after a preposition, read back to the phrase that speaks: "a Democratic staffer
    in the room wondered", "Trump at the time said", "Ms. Ortiz of the Audubon Society said". Only
    the last holds after an apposition ("Lena Park of the Tribune, a pollster, said"). A document's
    author speaks through it: "A statement by [the Audubon Society] said"."""
    honorific = next((index for index in range(span[0] + 1, span[1] - 1) if tokens[index].lower.rstrip(".") in load_lexicon(
        "surname_honorifics") and tokens[index].is_capitalized and tokens[index - 1].is_capitalized), None)
    if honorific is not None:
        return honorific, span[1]  # "In a panel discussion at a summit in California [Mr Torvalds] said": the name starts there
    span = _firm_listed_before(tokens, _places_listed_before(tokens, _with_direction(tokens, span, floor), floor), floor)  # "Law officers from [California,
    # Illinois and Alaska] said", "[Kidder, Peabody and Co] said"
    if not after_apposition and span[0] - 3 > floor and tokens[span[0] - 1].lower == "and":
        first = noun_phrase_ending(tokens, span[0] - 2, floor)  # "A group led by [a Swedish firm] and a Norwegian investor said"
        if first is not None and first[0] - 2 > floor and tokens[first[0] - 1].lower == "by" and tokens[first[0] - 2].lower.endswith("ed"):
            joined = _with_phrase_before(tokens, (first[0], span[1]), floor, after_apposition=False)
            if joined is not None and joined[0] < first[0]:
                return joined  # the agents of a participle are one phrase, the phrase before it speaks
    document = tokens[span[0] - 2].lower if span[0] - 1 > floor and tokens[span[0] - 1].lower == "by" else ""
    if document and span[0] - 3 >= floor and is_inflected_verb(document):
        document = tokens[span[0] - 3].lower  # "A message [sent] by Google's security team said"
    if document in load_lexicon("document_words") and document not in load_lexicon(
            "finding_subjects") and tokens[span[1] - 1].is_capitalized:  # (a finding stays one: "a survey by Hostway")
        return span
    role = None if after_apposition else _role_set_off_after_name(tokens, span, floor)
    if role is not None:
        return role  # "Vernon McMinimy, [director of research for Staley Co.] said": the role whose name comes before
    if not after_apposition and span[0] - 1 > floor and tokens[span[0] - 1].lower in load_lexicon("phrase_prepositions") \
            and not opens_clause(tokens, span[0] - 1, span[1]):
        if is_title(tokens[span[0] - 2].lower):
            if not tokens[span[0] - 2].is_capitalized or span[0] - 2 == floor:  # ("[Officials] in the capital said")
                owner = noun_phrase_ending(tokens, span[0] - 2, floor)  # "a Democratic staffer in the room"
                if owner is not None:
                    return owner[0], span[1]
        else:  # "Trump at the time said": the phrase before "at the time" speaks
            found = phrase_before(tokens, span[0] - 1, floor=floor)  # "Trump at the time said", "on Tuesday called"
            if found is None and span[0] - 2 > floor and tokens[span[0] - 2].lower.endswith("ing"):
                found = phrase_before(tokens, span[0] - 2, floor=floor)  # "Students walking across the campus shouted"
            return found and _after_participle(tokens, found, floor)  # ("[the Office] for the Deputy Prime Minister")
    if (not after_apposition or (span[0] - 1 > floor and is_present_participle(tokens[span[0] - 1].lower))) \
            and (after := _after_participle(tokens, span, floor)) != span:  # (past an apposition too: "The union
        return after  # representing [contract workers], the Alphabet Workers Union, said"; not "members like X, a spokesman,")
    if not after_apposition and span[0] - 2 >= floor and tokens[span[0] - 1].lower in load_lexicon("topic_prepositions") - {"of"} \
            and not tokens[span[0] - 2].is_capitalized and is_noun(tokens[span[0] - 2].lower) and not is_title(tokens[span[0] - 2].lower) \
            and not any(token.lower == "to" for token in tokens[span[1]:span[1] + 2]):  # ("for [X] to report": an infinitive's subject)
        owner = noun_phrase_ending(tokens, span[0] - 2, floor)  # "The plan for [the region] said", "The outlook for [1987]": the
        if owner is not None:  # thing the phrase is about does not speak
            return owner[0], span[1]
    lead = _descriptor_start(tokens, span[0], floor) if tokens[span[0]].is_capitalized else span[0]  # ("of [gay group] OutRage")
    if lead - 2 >= floor and tokens[lead - 1].lower in load_lexicon("owner_prepositions") \
            and (tokens[lead].is_capitalized or tokens[lead].lower in load_lexicon("articles") or is_number(tokens[lead])
                 or lead < span[0]) and tokens[lead - 2].is_capitalized and tokens[lead - 2].is_word:  # (and "Deputies from [three] provinces")
        owner = noun_phrase_ending(tokens, lead - 2, floor)  # "Ms. Ortiz of the Audubon Society said"
        if owner is not None and lead < span[0] and (tokens[lead - 1].lower == "for" or is_title(tokens[owner[1] - 1].lower)):
            owner = None  # (a role's domain, "Secretary of State for [the economy] Guillermo de la Dehesa"; a role,
            # "Chris Tinker, U.K. Analyst at [brokers] Phillips and Drew")
        if owner is not None:
            return (owner[0], span[1]) if after_apposition else _after_participle(tokens, (owner[0], span[1]), floor)
    return span


def _with_direction(tokens: list[Token], span: Span, floor: int) -> Span:
    """"Officials in [northern] Iraq said": the direction before a place after a preposition is the
    place's, so the phrase before the preposition is read on (not "Iraq" alone)."""
    before = span[0] - 1
    if before - 1 > floor and tokens[span[0]].is_capitalized and not tokens[before].is_capitalized \
            and tokens[before].lower in load_lexicon("compass_words") and tokens[before - 1].lower in load_lexicon("phrase_prepositions"):
        return before, span[1]
    return span


def _role_set_off_after_name(tokens: list[Token], span: Span, floor: int) -> Span | None:
    """"Vernon McMinimy, [director of research for Staley Co.] said": a bare role of a body after a
    name and its comma, the closing comma left out, runs back to that comma (the name is the role's, as
    `quotes.speakers` reads it), past more than one preposition."""
    if span[0] - 1 <= floor or tokens[span[0] - 1].lower not in load_lexicon("role_prepositions"):
        return None
    comma = next((index for index in range(span[0] - 2, max(floor, span[0] - PHRASE_WORDS) - 1, -1)
                  if not tokens[index].is_word or tokens[index].is_capitalized), None)
    if comma is None or comma - 1 < floor or tokens[comma].text != "," or not tokens[comma - 1].is_capitalized:
        return None
    first = next(index for index in range(comma + 1, span[0]) if tokens[index].lower in load_lexicon("role_prepositions"))
    titled = any(is_title(token.lower) for token in tokens[comma + 1:first])  # (not "Coniston, [which holds 13 pct of] Allegis")
    return (comma + 1, span[1]) if titled and set_off_role(tokens[comma + 1:span[1]]) else None


def _before_closed_relative(tokens: list[Token], comma: int, floor: int) -> Span | None:
    """"Meanwhile, Ford which posted its ninth consecutive drop in sales, said": a relative clause that
    no comma opened but one closes describes the noun phrase before its pronoun, which opens the
    clause (after an opening phrase's comma, if any) and speaks."""
    for position in range(comma - 1, max(floor, comma - _RELATIVE_WORDS), -1):
        token = tokens[position]
        if token.text in CLAUSE_END or token.text in (",", QUOTE, "("):
            return None
        if token.lower in load_lexicon("relative_pronouns") and position - 1 >= floor:
            span = noun_phrase_ending(tokens, position - 1, floor)
            if span is None:
                return None
            head = noun_phrase_ending(tokens, span[0] - 2, floor) if span[0] - 2 >= floor and tokens[span[0] - 1].lower == "of" else None
            span = span if head is None else (head[0], span[1])  # ("[A group of] investment firms which had ...,")
            after_comma = span[0] > 0 and tokens[span[0] - 1].text == ","  # ("Meanwhile, Ford which"; not an apposition:
            opens = _after_opening_phrase(tokens, span[0] - 1) if after_comma else span[0] == floor  # "A spokesman for the
            # utility, a cooperative that generates ..., said")
            return span if opens and any(is_inflected_verb(tokens[index].lower) for index in range(position + 1, comma)) else None
    return None


def _after_opening_phrase(tokens: list[Token], comma: int) -> bool:
    """Whether the words before `comma`, back to the clause's start, are an opening phrase ("Meanwhile,",
    "In 1986,"), not a noun phrase the words after the comma would describe."""
    start = next((index + 1 for index in range(comma - 1, -1, -1) if tokens[index].text in CLAUSE_END or tokens[index].text == ","), 0)
    first = tokens[start].lower
    return first in load_lexicons("clause_openers", "phrase_prepositions") or first.endswith("ly")


def _descriptor_start(tokens: list[Token], name: int, floor: int) -> int:
    """Where a lower-case description of a name opens right before it, with its article: "of [the
    pressure group] Liberty", "of [gay group] OutRage!"; the name itself when none does. Its last word
    is a noun, the others nouns or adjectives."""
    start = name
    while start - 1 > floor and name - start < _DESCRIPTOR_WORDS and tokens[start - 1].is_word and not tokens[start - 1].is_capitalized \
            and (is_noun(tokens[start - 1].lower) or (start < name and is_describer(tokens[start - 1].lower))) \
            and not is_verb(tokens[start - 1].lower) and tokens[start - 1].lower not in load_lexicon("owner_prepositions"):
        start -= 1
    if start < name and tokens[start - 1].lower in load_lexicon("articles"):
        start -= 1
    return start if start < name and is_noun(tokens[name - 1].lower) else name


def _after_participle(tokens: list[Token], span: Span, floor: int) -> Span:
    """"Lawyers representing [Michael Jackson] said", "A shareholder group including [attorney Ann Roe]
    said", "a man carrying [a flag]": the phrase before the participle speaks (else `span` does)."""
    participle = span[0] - 1 - (span[0] - 2 > floor and tokens[span[0] - 1].lower in load_lexicon("articles"))  # ("scrutinising [the] Office")
    if participle - 1 >= floor and (is_present_participle(tokens[participle].lower) and (is_plural(
            tokens[participle - 1].lower) and is_noun(tokens[participle - 1].lower[:-1]) or _noun_after_article(tokens, participle - 1, floor)) or (
                tokens[participle].lower in load_lexicon("example_openers") and not tokens[participle - 1].is_capitalized and (
                    is_noun(tokens[participle - 1].lower) or is_plural(tokens[participle - 1].lower)))):
        return phrase_before(tokens, participle, floor=floor) or span
    return span


def _noun_after_article(tokens: list[Token], noun: int, floor: int) -> bool:
    """"[a man] carrying a flag", "[the committee] scrutinising the Office": a singular common noun after
    an article, that a participle after it describes."""
    return noun - 1 >= floor and tokens[noun - 1].lower in load_lexicon("articles") and not tokens[noun].is_capitalized \
        and is_noun(tokens[noun].lower)


def _before_relative_clause(tokens: list[Token], index: int, floor: int) -> Span | None:
    """"an official who asked not to be named said", "groups that have endorsed him say": the phrase before."""
    for position in range(index, max(floor, index - NAME_WORDS) - 1, -1):
        token = tokens[position]
        if token.text in CLAUSE_END or token.text in (",", QUOTE) or token.lower in load_lexicon("subject_pronouns"):
            return None
        if token.lower == "who" and position - 1 >= floor:
            return noun_phrase_ending(tokens, position - 1, floor) or _people_pronoun(tokens, position - 1, floor)
        if token.lower in ("that", "whose") and floor < position < index and _opens_relative_clause(tokens, position):
            span = noun_phrase_ending(tokens, position - 1, floor)
            return span if span is not None and not is_inflected_verb(tokens[span[1] - 1].lower) else None
    return None


def _people_pronoun(tokens: list[Token], pronoun: int, floor: int) -> Span | None:
    """"[those] who have been banned", "some of [those] who ...": a pronoun a "who" clause describes
    (lexicons pronoun_determiners, partitive_pronouns): the people it stands for, unnamed."""
    return (pronoun, pronoun + 1) if pronoun >= floor and tokens[pronoun].lower in load_lexicons(
        "pronoun_determiners", "partitive_pronouns") else None


def _heads_subject_relative(tokens: list[Token], relative: Span, span: Span) -> bool:
    """`relative`, the phrase before a relative clause, heads a subject relative clause that holds `span`
    after a preposition ("The judges who ruled against [the law] said"): it speaks, read on back like
    any phrase ("a spokesman for the firm who ...")."""
    return relative[1] <= span[0] and _subject_relative(tokens, relative[1]) and not is_verb(tokens[span[0] - 1].text)


def _subject_relative(tokens: list[Token], pronoun: int) -> bool:
    """"who" as its clause's subject ("judges [who ruled]"), not its object ("the people [who Mr Forsyth
    labels]"), nor "that", which more often belongs to a thing ("a screensaver [that would] request")."""
    following = tokens[pronoun + 1] if pronoun + 1 < len(tokens) else None
    return tokens[pronoun].lower == "who" and following is not None and not following.is_capitalized \
        and following.lower not in load_lexicon("subject_pronouns")


def _opens_relative_clause(tokens: list[Token], pronoun: int) -> bool:
    """The pronoun is its clause's subject: "groups that [have]", "officials whose [laws]" (not "calls that some said")."""
    following = tokens[pronoun + 1].lower
    if tokens[pronoun].lower == "whose":
        return is_noun(following) or is_plural(following)
    return following in load_lexicons("auxiliaries", "copulas", "modals") or is_inflected_verb(following)


def bare_subject(tokens: list[Token], verb: int) -> Span | None:
    """The words right after a quote up to its verb, when they only describe the speaker:
    "...," the bespectacled, 71-year-old diplomat said."""
    end = skip_auxiliaries(tokens, verb - 1, 0) + 1
    if end <= 0 or not tokens[end - 1].is_word or not is_modifier_run(tokens, 0, end) or any(
            not token.is_capitalized and token.lower in load_lexicons("auxiliaries", "copulas", "modals") for token in tokens[:end]):
        return None  # (not "...," the decline [had] been aided by a recovery in the exchange [rate]: a clause)
    return 0, end
