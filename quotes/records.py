"""Reported-speech records and how they join the other quotes.

A rule of `quotes.reported` reads one sentence's tokens (`ReadSentence`) and returns a `Record`: its
content fragments, speaker phrase and cue, in token positions, made by `make_record` only when the
content states something. `merge_records` turns the records into
`indirect` quotes with character offsets, numbered among the quotes found before, a record's parts
and the quoted fragments its content holds in one group (one utterance).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

from .clauses import has_finite, is_clause, is_placeholder, participle_after_comma
from .kinds import is_term
from .lexicons import load_lexicon, load_lexicons, load_mapping
from .model import Quote, Sentence
from .tokens import QUOTE, Token
from .verbslots import verb_by_position

__all__ = ["MIN_WORDS", "ReadSentence", "Record", "content_words", "make_record", "merge_records", "outer_wins", "records_overlap"]

Span = tuple[int, int]

MIN_WORDS = 3  # a content shorter than this is no statement ("said so", "told them no")
_FINAL_WORDS = 9  # words after a sentence-final cue: ", she said in a speech at the show on Monday."


class Record(NamedTuple):
    """One reported utterance: its content fragments (token ranges), the speaker phrase (empty when
    the speaker goes unnamed: "Asked whether ...") and the cue."""

    fragments: tuple[Span, ...]
    speaker: Span
    cue: Span
    rule: str


@dataclass(frozen=True, slots=True, init=False)
class ReadSentence:
    """The tokens of one sentence (each quote one placeholder) and what the rules need to know."""

    tokens: list[Token]
    end: int  # where the sentence's final stops begin: a content ends there at the latest
    blocked: frozenset[int]  # placeholders of direct quotes: reported content never holds one
    inside: Mapping[int, Quote]  # placeholders of mixed and scare quotes, which a content may hold (and then groups with)
    quoted_speakers: frozenset[int]  # where the speaker mentions of the sentence's direct quotes start
    cues: Mapping[int, tuple[str, int]]  # token index -> (class, words) of each cue, read once; class `put`:
    # a question put to the subject ("was asked whether"), which only `reported_question` reads

    def __init__(self, tokens: list[Token], end: int, blocked: frozenset[int], inside: Mapping[int, Quote],
                 quoted_speakers: frozenset[int], cues: Mapping[int, tuple[str, int]]) -> None:
        # (spelled out: see quotes.model, the constructor dataclasses writes runs interpreted)
        object.__setattr__(self, "tokens", tokens)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "blocked", blocked)
        object.__setattr__(self, "inside", inside)
        object.__setattr__(self, "quoted_speakers", quoted_speakers)
        object.__setattr__(self, "cues", cues)


def content_words(tokens: list[Token], fragments: Sequence[Span]) -> int:
    """The words of a content, a quote held inside it counting as one."""
    return sum(1 for start, end in fragments for token in tokens[start:end] if token.is_word or is_placeholder(token))


def make_record(sentence: ReadSentence, fragments: list[Span], speaker: Span, cue: Span, rule: str, *,
                least: int = MIN_WORDS) -> Record | None:
    """The record, when its content says something (`least` words) and holds no direct quote."""
    if not fragments:
        return None
    tokens = sentence.tokens
    words = content_words(tokens, fragments)
    short = words < least and not (words == least - 1 and len(fragments) == 1 and _subject_and_verb(tokens, *fragments[0]))
    if short or any(index in sentence.blocked for start, end in fragments for index in range(start, end)) \
            or _cut_before_its_object(tokens, fragments[-1][1]):
        return None
    if any(start <= index < end for start, end in fragments for index in range(*speaker)):
        return None
    first, end = speaker
    while first < end and (tokens[first].lower in load_lexicons("conjunctions", "subordinators") or (
            tokens[first].lower in load_lexicon("question_words") and tokens[first].lower not in load_lexicon("relative_pronouns")) or (
            tokens[first].lower in load_lexicon("phrase_prepositions") and first + 1 < end
            and tokens[first + 1].lower in load_lexicons("articles", "determiners"))):
        first += 1  # "[In] a brief statement announcing ...", "[When] asked if ...", "[how] experts say": no word of the speaker's
        # (but "Outside experts say": an adjective)
    if first == end and speaker[0] < speaker[1]:
        return None
    return Record(tuple(fragments), (first, end), cue, rule)


def _cut_before_its_object(tokens: list[Token], end: int) -> bool:
    """"suggesting a few questions, [including], "...": a content ending in a preposition-like
    participle right before a comma or a quote was cut before its object; it states nothing
    (but "about 300 lawsuits are [pending].")."""
    return 1 < end < len(tokens) and tokens[end].text in (",", ":", QUOTE) and tokens[end - 2].text == "," \
        and tokens[end - 1].lower in load_lexicon("prepositional_participles")  # (not "a loyal [following],")


def _subject_and_verb(tokens: list[Token], start: int, end: int) -> bool:
    """"he lied", "talks failed", 'he "has shown his commitment"': a subject and its finite verb (or the
    quoted words that hold it), the shortest clause (not "the play")."""
    words = [index for index in range(start, end) if tokens[index].is_word or is_placeholder(tokens[index])]
    return len(words) == 2 and tokens[words[0]].lower not in load_lexicons("articles", "determiners") \
        and (is_placeholder(tokens[words[1]]) or has_finite(tokens, words[1], words[1] + 1) or verb_by_position(tokens, words[1])) \
        and is_clause(tokens, start, end)  # ("said plans [change].")


def records_overlap(record: Record, other: Record) -> bool:
    """Two records overlap when a content or cue of one meets anything of the other (they may share
    a speaker: "Merrill says ... and said ...")."""
    def meet(spans: Sequence[Span], others: Sequence[Span]) -> bool:
        return any(start < other_end and other_start < end for start, end in spans for other_start, other_end in others)

    own, others = [*record.fragments, record.cue], [*other.fragments, other.cue]
    return meet(own, [*others, other.speaker]) or meet([record.speaker], others)


def outer_wins(tokens: list[Token], record: Record, records: list[Record]) -> list[Record]:
    """The records with `record` added, unless it overlaps one: "Three firms sued IBM, saying its prices
    undercut the market, a court spokesman said" is the spokesman's, whose content holds the firms'
    participle (which a pronoun after it would otherwise never reach)."""
    clashing = [other for other in records if records_overlap(record, other)]
    if not clashing:
        return [*records, record]
    holds = all(record.fragments[0][0] <= other.speaker[0] and other.fragments[-1][1] <= record.fragments[-1][1]
                for other in clashing)
    whole = record.rule == "reported_before_cue" and _closes_whole_sentence(tokens, record)
    if holds and all(whole or participle_after_comma(tokens, other.cue[0]) if record.rule == "reported_before_cue" else
                     record.rule == "reported_question" and _in_relative_aside(tokens, other.speaker[0]) for other in clashing):
        return [other for other in records if other not in clashing] + [record]
    return records


def _closes_whole_sentence(tokens: list[Token], record: Record) -> bool:
    """"Clinton had told police ..., the source added.": a final attribution set off by a comma whose content
    opens the sentence passes the whole sentence on; not past a quote ('..., "I strongly support him," Pence
    said.', the quote's attribution) nor for a passive or a clause's verb after it (", a claim denied by")."""
    tail = [token for token in tokens[max(record.cue[1], record.speaker[1]):] if token.is_word]
    if tail and tail[0].lower in ("who", "whom") and record.speaker[0] > record.cue[0]:
        tail = []  # ", said a European ambassador [who has travelled the country asking ...]": the speaker's
    opens = min(record.speaker[0], record.cue[0]) if record.speaker[1] > record.speaker[0] else record.cue[0]
    return record.fragments[0][0] == 0 and len(tail) <= _FINAL_WORDS and not (tail and tail[0].lower == "by") \
        and opens > 1 and tokens[opens - 1].text == "," and not any(
            is_placeholder(token) and token.text == QUOTE for token in (tokens[opens - 2], *tokens[record.cue[1]:]))


def _in_relative_aside(tokens: list[Token], start: int) -> bool:
    """"whether his plan[, which critics] say would cost billions, would risk ...": a speaker opening a
    relative clause set off by a comma, whose words are part of a question put around it."""
    return start > 1 and tokens[start - 2].text == "," and tokens[start - 1].lower in load_lexicon("relative_pronouns")


# A record's fragment in `merge_records`: (record number, fragment number, sentence, its reading,
# first token, token after the last).
_Part = tuple[int, int, Sentence, ReadSentence, int, int]


def merge_records(text: str, quotes: Sequence[Quote], found: list[tuple[Sentence, ReadSentence, Record]],
                  guesses: frozenset[str] = frozenset()) -> list[Quote]:
    """All quotes in text order, numbered again: each record one `indirect` quote per fragment, in
    one group, with the mixed and scare quotes its content holds. A fragment that no attribution
    rule reached, or only a rule of `guesses` (one that infers a speaker from the context: "McCain
    issued a statement after Trump told a town hall that waterboarding is "peanuts""), is the
    content's speaker's."""
    entries: list[tuple[int, int, Quote | _Part]] = [(held.start, 1, held) for held in quotes]
    joins: dict[int, tuple[int, int]] = {}  # a held quote's old group -> (record, fragment) it sits in
    first_start: dict[int, int] = {}  # each old group's first part, where the utterance starts
    for held in quotes:
        first_start.setdefault(held.group, held.outer_start)
    found = [(sentence, read, record) for sentence, read, record in found
             if _holds_whole_groups(read, record, first_start)]
    for number, (sentence, read, record) in enumerate(found):
        tokens = read.tokens
        for fragment, (start, end) in enumerate(record.fragments):
            entries.append((tokens[start].start, 0, (number, fragment, sentence, read, start, end)))
            for index in range(start, end):
                if index in read.inside:
                    joins[read.inside[index].group] = (number, 0)  # (with the parts it continues into)
    entries.sort(key=lambda entry: (entry[0], entry[1]))
    new_id: dict[tuple, int] = {}
    for position, (_, _, item) in enumerate(entries):
        new_id[("quote", item.quote_id) if isinstance(item, Quote) else ("record", item[0], item[1])] = position
    merged: list[Quote] = []
    for position, (_, _, item) in enumerate(entries):
        if isinstance(item, Quote):
            quote = item
            joined = joins.get(quote.group)
            group = new_id[("record", *joined)] if joined else new_id[("quote", quote.group)]
            holder = found[joined[0]] if joined else None
            if holder is not None and (quote.mention is None or quote.rule in guesses or holder[2].rule == "reported_question"
                                       or _believer_inside(quote, holder[1].tokens, holder[2])
                                       or _speaker_beyond(quote, holder[1].tokens, holder[2])) \
                    and (quote.is_speech or (quote.kind == "scare" and not is_term(text, quote))):
                quote = _spoken_by(text, quote, holder[1].tokens, holder[2])
            merged.append(_renumbered(quote, position, group))
            continue
        number, _, in_sentence, reader, first, last = item
        merged.append(_indirect(text, found[number][2], reader.tokens, in_sentence, (first, last), position,
                                new_id[("record", number, 0)]))
    return merged


def _holds_whole_groups(read: ReadSentence, record: Record, first_start: Mapping[int, int]) -> bool:
    """False when the content holds a part of an utterance that began before it (an unclosed quote
    continued from the paragraph before): the record cannot be that utterance's first part, and
    quotes of different groups must not overlap, so the record is dropped."""
    opening = read.tokens[record.fragments[0][0]].start
    return all(first_start[read.inside[index].group] >= opening
               for start, end in record.fragments for index in range(start, end) if index in read.inside)


def _believer_inside(quote: Quote, tokens: list[Token], record: Record) -> bool:
    """"Obama said, a majority of Americans have come to believe "that climate change is real"": a
    fragment given to a believer named inside the content, by a verb of no speech (a belief, a
    finding), is in the words of the content's speaker."""
    if quote.mention_start is None or not record.speaker[1] or not quote.verb:
        return False
    start, end = tokens[record.fragments[0][0]].start, tokens[record.fragments[-1][1] - 1].end
    cue_class = load_mapping("reported_cues").get(quote.verb.split()[-1].lower(), "speech")
    return start <= quote.mention_start < end and not cue_class.startswith("speech")


def _speaker_beyond(quote: Quote, tokens: list[Token], record: Record) -> bool:
    """"The concerns expressed by many Jewish leaders go beyond Trump's pledge to be "neutral"": a
    fragment whose own attribution reached past the owner of a claim noun, outside the content, to
    another phrase is in the words of that owner, the nearer one. (Not after a verb's content: there
    the fragment's own rules read more than the record's, measured on PolNeAR.)"""
    if quote.mention_start is None or quote.mention_end is None or record.rule != "reported_claim" \
            or not record.speaker[1] - record.speaker[0]:
        return False
    start, end = tokens[record.fragments[0][0]].start, tokens[record.fragments[-1][1] - 1].end
    speaker_start, speaker_end = tokens[record.speaker[0]].start, tokens[record.speaker[1] - 1].end
    return not start <= quote.mention_start < end and (quote.mention_end <= speaker_start or quote.mention_start >= speaker_end)


def _spoken_by(text: str, quote: Quote, tokens: list[Token], record: Record) -> Quote:
    """A quoted fragment no attribution rule reached, inside a content ("About four in 10 said they
    were "angry""): the same utterance, so the content's speaker said it."""
    mention, start, end = _mention(text, tokens, record)
    if mention is None or start is None or end is None:
        return quote
    if quote.kind == "scare":  # 'said his refusal was a "manufactured" issue': a word of the speaker's, no term
        quote = replace(quote, kind="mixed")
    rule = record.rule if record.rule == "reported_question" else "same_utterance"  # (a question's words give its
    # asker no salience: the answer after it is not theirs)
    return quote.attributed(mention, start, end, _cue(text, tokens, record), rule)


def _renumbered(quote: Quote, quote_id: int, group: int) -> Quote:
    return Quote(quote_id, quote.start, quote.end, quote.text, quote.outer_start, quote.outer_end, quote.kind,
                 quote.closed, quote.paragraph, quote.sentence, group, quote.speaker, quote.mention,
                 quote.mention_start, quote.mention_end, quote.speaker_type, quote.speaker_title,
                 quote.speaker_gender, quote.verb, quote.rule)


def _indirect(text: str, record: Record, tokens: list[Token], sentence: Sentence, span: Span, quote_id: int,
              group: int) -> Quote:
    start, end = _whole_brackets(text, tokens[span[0]].start, tokens[span[1] - 1].end)
    mention, mention_start, mention_end = _mention(text, tokens, record)
    return Quote(quote_id, start, end, text[start:end], start, end, "indirect", True, sentence.paragraph,
                 sentence.index, group, None, mention, mention_start, mention_end, verb=_cue(text, tokens, record),
                 rule=record.rule)


def _whole_brackets(text: str, start: int, end: int) -> tuple[int, int]:
    """A wire's bracketed company name at a content's edge keeps both brackets ("[<]BAC Inc> said",
    "the buyer is <BAC Inc[>]"): the tokens leave them out, the text should not cut a pair."""
    closing, opening = text.find(">", start, end), text.find("<", start, end)
    if start > 0 and text[start - 1] == "<" and closing >= 0 and (opening < 0 or closing < opening):
        start -= 1
    if text[end:end + 1] == ">" and text.rfind("<", start, end) > text.rfind(">", start, end):
        end += 1
    return start, end


def _mention(text: str, tokens: list[Token], record: Record) -> tuple[str | None, int | None, int | None]:
    """The record's speaker mention and its offsets; none for an unnamed asker ("Asked whether ...")."""
    if record.speaker[0] == record.speaker[1]:
        return None, None, None
    start, end = tokens[record.speaker[0]].start, tokens[record.speaker[1] - 1].end
    return text[start:end], start, end


def _cue(text: str, tokens: list[Token], record: Record) -> str:
    return text[tokens[record.cue[0]].start:tokens[record.cue[1] - 1].end]
