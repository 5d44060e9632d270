"""Speech named by a noun: "Trump's claim that Chicago had thousands of shootings", "his promise to
build a wall", "her repeated insistence that the plan would work".

A claim noun (lexicon claim_nouns) owned by a person or a body names what they said; the clause
after it ("that ...", or "to ..." after a pledge) is the content, the owner the speaker. Attribution
asks for the owner of a quoted claim ('his promise to be "neutral"'); reported speech, for the
content of an unquoted one. A claim with no owner ("the claim that ...") names no speaker, and a
claim that opens its sentence is its subject ("Rubio's claim that ... is false"), whose content ends
at a verb no rule can find: neither is read.
"""

from __future__ import annotations

from .clauses import has_finite, is_clause, is_dash, verb_after
from .lexicons import load_lexicon, load_lexicons
from .phrases import clause_floor
from .records import MIN_WORDS, ReadSentence, Record, content_words, records_overlap
from .tokens import CLAUSE_END, Token
from .wordclass import is_describer, is_noun, is_verb
from .writerclauses import writer_clause_follows

__all__ = ["claim_agent", "claim_owner_span", "claim_records", "past_circumstance", "reported_claim", "words_owner"]

Span = tuple[int, int]
_AGENT_WORDS = 6  # words of a claim's agent after "by": "the suggestion by a potential president that"

def claim_owner_span(tokens: list[Token], noun: int, floor: int) -> Span | None:
    """The owner of the claim noun at `noun`: a possessive pronoun ("his claim") or a name with its
    possessive ("Donald Trump's claim"), with at most one describing word between ("his repeated
    claim", "Trump's false claim")."""
    index = noun - 1
    if index > floor and not tokens[index].is_possessive and tokens[index].lower not in load_lexicon("possessive_pronouns") \
            and tokens[index].is_word and not tokens[index].is_capitalized and (
                is_describer(tokens[index].lower) or tokens[index].lower.endswith(("ed", "ly"))):
        index -= 1  # "his [repeated] claim"
    if index < floor:
        return None
    owner = tokens[index]
    if owner.lower in load_lexicon("possessive_pronouns"):
        return index, index + 1
    if owner.is_possessive and owner.is_capitalized:
        start = index
        while start - 1 >= floor and tokens[start - 1].is_capitalized and tokens[start - 1].is_word:
            start -= 1
        return start, index + 1
    return None


def claim_agent(tokens: list[Token], after: int) -> Span | None:
    """The agent after a claim noun, before its content: "the suggestion [by a potential president] that
    someone "ought to look into" the judge" (words only, a few of them, then "that" or "to")."""
    if after >= len(tokens) or tokens[after].lower != "by":
        return None
    end = _words_to(tokens, after + 1, ("that", "to"))
    return (after + 1, end) if end is not None and end > after + 1 and tokens[end].lower in ("that", "to") else None


def _words_to(tokens: list[Token], start: int, stops: tuple[str, ...]) -> int | None:
    """The first of a claim's few words after `start` that is no word or one of `stops`, if any."""
    return next((index for index in range(start, min(len(tokens), start + _AGENT_WORDS + 1))
                 if not tokens[index].is_word or tokens[index].lower in stops), None)


def past_circumstance(tokens: list[Token], after: int) -> int:
    """Where a claim's "that" stands past a phrase of circumstance after its noun: "Obama's suggestion [at
    a similarly timed debate] that she was "likable enough"" (words only, a few of them); else `after`."""
    if after >= len(tokens) or tokens[after].lower == "by" or tokens[after].lower not in load_lexicon("phrase_prepositions"):
        return after
    end = _words_to(tokens, after + 1, ("that", "and", "or"))
    return end if end is not None and tokens[end].lower == "that" else after  # (not "his pledge after support and suspicion that")


def words_owner(tokens: list[Token], quote: int) -> Span | None:
    """The owner in "in Forbes' words", "in his own words" right before or after the quote at `quote`:
    whose words the quote is (not "in other words", which has no owner)."""
    before = quote - 2 if tokens[quote - 1].text == "," else quote - 1
    if before > 1 and tokens[before].lower == "words":
        owner = claim_owner_span(tokens, before, 0)
        return owner if owner is not None and owner[0] > 0 and tokens[owner[0] - 1].lower == "in" else None
    after = quote + 2 if quote + 1 < len(tokens) and tokens[quote + 1].text == "," else quote + 1
    end = next((index for index in range(after + 1, min(len(tokens), after + 5)) if tokens[index].lower == "words"), None)
    owner = None if end is None or tokens[after].lower != "in" else claim_owner_span(tokens, end, after + 1)
    return owner if owner is not None and owner[0] == after + 1 else None


def claim_records(sentence: ReadSentence, found: list[Record]) -> list[Record]:
    """The claims of a sentence outside the records `found` by its speech verbs, and overlapping none."""
    tokens = sentence.tokens
    nouns = load_lexicon("claim_nouns")
    records: list[Record] = []
    for noun in range(1, sentence.end - 2):
        if tokens[noun].lower not in nouns or any(start <= noun < end for other in found for start, end in other.fragments):
            continue
        record = reported_claim(sentence, noun, clause_floor(tokens, noun))
        if record is not None and not any(records_overlap(record, other) for other in (*found, *records)):
            records.append(record)
    return records


def reported_claim(sentence: ReadSentence, noun: int, floor: int) -> Record | None:
    """"He repeated his claim that the election was rigged."  /  "despite her promise to stay neutral"  /
    "responding to remarks by James Baker that the U.S. would take another look"

    The content runs from after "that" (or the "to" of a pledge) to the end of the clause: the
    sentence end, a semicolon, a dash, a direct quote, or a comma before the writer's own clause.
    `noun` is a word of claim_nouns, as `claim_records` finds them."""
    tokens = sentence.tokens
    if noun + 2 >= sentence.end:
        return None
    agent = claim_agent(tokens, noun + 1)  # "remarks [by James Baker] that"
    at = agent[1] if agent is not None else past_circumstance(tokens, noun + 1)  # "his suggestion [at the debate] that"
    opener = tokens[at].lower
    pledge = at == noun + 1 and opener == "to" and is_verb(tokens[noun + 2].lower) and not is_noun(tokens[noun + 2].lower)
    if opener != "that" and not pledge:
        return None  # (not "his remarks to reporters")
    owner = agent if agent is not None and opener == "that" else claim_owner_span(tokens, noun, floor)
    if owner is None or owner[0] == floor:
        return None  # no owner, or the claim is its sentence's subject
    start = at + 1 if opener == "that" else noun + 1
    end = _clause_end(sentence, start)
    if content_words(tokens, [(start, end)]) < MIN_WORDS or (opener == "that" and not has_finite(tokens, start, end)):
        return None  # ("his claim that night": "that" was no conjunction)
    return Record(((start, end),), owner, (noun, noun + 1), "reported_claim")


def _clause_end(sentence: ReadSentence, start: int) -> int:
    tokens = sentence.tokens
    for index in range(start, sentence.end):
        token = tokens[index]
        if index in sentence.blocked or token.text == ";" or token.text in CLAUSE_END or is_dash(tokens, index):
            return index
        if token.text == "," and (writer_clause_follows(tokens, index + 1) or verb_after(tokens, index)
                                  or is_clause(tokens, index + 1, sentence.end)  # "Despite her promise to X, [she] ..."
                                  or (index + 1 < len(tokens) and tokens[index + 1].lower in load_lexicons(
                                      "relative_pronouns", "coordinators"))):
            return index
    return sentence.end
