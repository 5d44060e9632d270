"""The values that flow through the pipeline: small frozen dataclasses with character offsets.

Every offset indexes the original, untouched text, half-open like a Python slice, so
`text[value.start:value.end] == value.text` wherever a value carries its text: nobody has to search
for a passage again to find where it was.

The records made by the thousand (paragraphs, sentences, quote spans, quotes) spell out their
constructor: the one `dataclasses` writes runs as interpreted Python even in the compiled build,
where this one compiles to direct stores (building a quote: a twentieth of the time). Each field is
set with `object.__setattr__`, as a frozen dataclass's own constructor does.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, fields
from typing import Any, Literal

from .lexicons import load_lexicon, load_lexicons

__all__ = [
    "Article",
    "Status",
    "Kind",
    "KINDS",
    "SpeakerType",
    "Gender",
    "Paragraph",
    "Sentence",
    "QuoteSpan",
    "Quote",
    "is_named",
    "keeps_case",
    "overlaps_any",
]

Kind = Literal["direct", "mixed", "indirect", "scare"]
KINDS: tuple[Kind, ...] = ("direct", "mixed", "indirect", "scare")
SpeakerType = Literal["person", "organization", "group", "unknown"]
Gender = Literal["female", "male", "unknown"]
Status = Literal["ok", "empty", "error"]


@dataclass(frozen=True, slots=True, init=False)
class Paragraph:
    """A paragraph without its surrounding whitespace; `index` counts from 0 in the article."""

    start: int
    end: int
    index: int

    def __init__(self, start: int, end: int, index: int) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "index", index)

    def __reduce__(self) -> tuple[Any, ...]:
        return _reduced(self)


@dataclass(frozen=True, slots=True, init=False)
class Sentence:
    """A quote-aware sentence: never cut inside a quote, and a quote stays with its attribution.

    `index` counts from 0 within its paragraph (sentences are only split where quotes need them).
    """

    start: int
    end: int
    paragraph: int
    index: int

    def __init__(self, start: int, end: int, paragraph: int, index: int) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "paragraph", paragraph)
        object.__setattr__(self, "index", index)

    def __reduce__(self) -> tuple[Any, ...]:
        return _reduced(self)


@dataclass(frozen=True, slots=True, init=False)
class QuoteSpan:
    """A paired (or unclosed) quotation, before anyone has decided what kind of quote it is.

    `start`/`end` cover the content without marks and surrounding whitespace; `outer_start`/`outer_end`
    include the marks (for an unclosed quote, `outer_end` is the end of its paragraph).
    `continues` is True when the span opens a paragraph that carries on the unclosed quote of the
    previous paragraph: the news convention for quotes over several paragraphs.
    """

    start: int
    end: int
    outer_start: int
    outer_end: int
    paragraph: int
    closed: bool
    continues: bool = False

    def __init__(self, start: int, end: int, outer_start: int, outer_end: int, paragraph: int, closed: bool,
                 continues: bool = False) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "outer_start", outer_start)
        object.__setattr__(self, "outer_end", outer_end)
        object.__setattr__(self, "paragraph", paragraph)
        object.__setattr__(self, "closed", closed)
        object.__setattr__(self, "continues", continues)

    def __reduce__(self) -> tuple[Any, ...]:
        return _reduced(self)


@dataclass(frozen=True, slots=True, init=False)
class Quote:
    """One quoted passage (or one part of a quote interrupted by attribution or a paragraph break).

    `kind` is `direct` (a whole utterance), `mixed` (a quoted fragment inside the writer's own
    sentence), `indirect` (reported speech, no quotation marks: "Noem said [the plan would fail]")
    or `scare` (scare quotes, titles, nicknames, terms: not speech). Parts of one utterance share
    `group`, the `quote_id` of the first part, so reports can count the utterance once: the parts of
    an interrupted quote, and a mixed (or scare) quote with the reported speech around it. Quotes of
    different groups never overlap; an indirect quote has no marks (`outer_start == start`).
    `closed` is False when the closing mark is missing and no following paragraph continues the quote.
    `paragraph` counts from 0 in the article, `sentence` from 0 within the paragraph.

    The attribution fields stay None until attribution fills them: `speaker` is the canonical speaker
    ("Kristi Noem"), `mention` the expression next to the quote that names them ("she"), at
    `mention_start`/`mention_end`; `verb` is the speech verb as written and `rule` the rule that fired.
    """

    quote_id: int
    start: int
    end: int
    text: str
    outer_start: int
    outer_end: int
    kind: Kind
    closed: bool
    paragraph: int
    sentence: int
    group: int
    speaker: str | None = None
    mention: str | None = None
    mention_start: int | None = None
    mention_end: int | None = None
    speaker_type: SpeakerType | None = None
    speaker_title: str | None = None
    speaker_gender: Gender | None = None
    verb: str | None = None
    rule: str | None = None

    @property
    def is_speech(self) -> bool:
        """True for direct, mixed and indirect quotes: what someone said, as opposed to scare quotes and titles."""
        return self.kind != "scare"

    @property
    def speaker_named(self) -> bool | None:
        """Whether the speaker is named (`is_named`); None when there is no speaker."""
        return is_named(self.speaker)

    @property
    def is_own_words(self) -> bool:
        """True for direct and mixed quotes: the speaker's own words, in quotation marks."""
        return self.kind == "direct" or self.kind == "mixed"

    def attributed(self, mention: str, mention_start: int, mention_end: int, verb: str | None, rule: str) -> Quote:
        """This quote with its mention, verb and rule (what `dataclasses.replace` does, built directly:
        it runs for every quote of a corpus)."""
        return Quote(self.quote_id, self.start, self.end, self.text, self.outer_start, self.outer_end, self.kind,
                     self.closed, self.paragraph, self.sentence, self.group, self.speaker, mention, mention_start,
                     mention_end, self.speaker_type, self.speaker_title, self.speaker_gender, verb, rule)

    def with_kind(self, kind: Kind) -> Quote:
        """This quote with another kind."""
        return Quote(self.quote_id, self.start, self.end, self.text, self.outer_start, self.outer_end, kind,
                     self.closed, self.paragraph, self.sentence, self.group, self.speaker, self.mention, self.mention_start,
                     self.mention_end, self.speaker_type, self.speaker_title, self.speaker_gender, self.verb, self.rule)

    def resolved(self, speaker: str | None, speaker_type: SpeakerType, speaker_title: str | None,
                 speaker_gender: Gender) -> Quote:
        """This quote with its canonical speaker, type, title and gender."""
        return Quote(self.quote_id, self.start, self.end, self.text, self.outer_start, self.outer_end, self.kind,
                     self.closed, self.paragraph, self.sentence, self.group, speaker, self.mention, self.mention_start,
                     self.mention_end, speaker_type, speaker_title, speaker_gender, self.verb, self.rule)

    def __init__(self, quote_id: int, start: int, end: int, text: str, outer_start: int, outer_end: int, kind: Kind,
                 closed: bool, paragraph: int, sentence: int, group: int, speaker: str | None = None,
                 mention: str | None = None, mention_start: int | None = None, mention_end: int | None = None,
                 speaker_type: SpeakerType | None = None, speaker_title: str | None = None,
                 speaker_gender: Gender | None = None, verb: str | None = None, rule: str | None = None) -> None:
        object.__setattr__(self, "quote_id", quote_id)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "outer_start", outer_start)
        object.__setattr__(self, "outer_end", outer_end)
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "closed", closed)
        object.__setattr__(self, "paragraph", paragraph)
        object.__setattr__(self, "sentence", sentence)
        object.__setattr__(self, "group", group)
        object.__setattr__(self, "speaker", speaker)
        object.__setattr__(self, "mention", mention)
        object.__setattr__(self, "mention_start", mention_start)
        object.__setattr__(self, "mention_end", mention_end)
        object.__setattr__(self, "speaker_type", speaker_type)
        object.__setattr__(self, "speaker_title", speaker_title)
        object.__setattr__(self, "speaker_gender", speaker_gender)
        object.__setattr__(self, "verb", verb)
        object.__setattr__(self, "rule", rule)

    def __reduce__(self) -> tuple[Any, ...]:
        return _reduced(self)


@dataclass(frozen=True, slots=True)
class Article:
    """One article as read, or the record of why it could not be.

    `metadata` holds the input's other columns (outlet, date, url...) in their order, as pairs so the
    value stays immutable and can travel to worker processes.
    """

    article_id: str
    source: str
    text: str | None
    metadata: tuple[tuple[str, Any], ...] = ()
    status: Status = "ok"
    reason: str | None = None
    encoding: str | None = None

    def __reduce__(self) -> tuple[Any, ...]:
        return _reduced(self)


def is_named(speaker: str | None) -> bool | None:
    """True for a speaker the text names ("Kristi Noem", "US Embassy in El Salvador", "Fed"), False
    for an unnamed one ("spokesman", "officials", "a source" -> "source", "analysts", "U.S.
    officials", "Salvadoran authorities"), None for no speaker. Canonical speakers of descriptions are
    lower case by design but for initials and a nation's word; names never are: the share of unnamed
    sourcing is a measure of its own in sourcing studies."""
    if not speaker:
        return None
    *described, head = speaker.split()
    return any(character.isupper() for character in head) or any(
        word[:1].isupper() and not keeps_case(word) for word in described)  # ("Trump administration": a name, then its head)


def keeps_case(word: str) -> bool:
    """"U.S.", "EU", "Salvadoran", "Tokyo", "Democrats": initials, a nation's word, a place and a party's members keep
    their case in the canonical speaker of a description, whose other words are lower case."""
    lower = word.lower()
    return sum(character.isupper() for character in word) > 1 or (word[:1].isupper() and (lower.partition("-")[0] in load_lexicons(
        "demonyms", "nationality_adjectives", "places") or _member_singular(lower) in load_lexicon("party_members")))  # (and
    # "London-based"; "Democrats", "Tories": a party's members, named as "the Democrats" are)


def _member_singular(lower: str) -> str:
    """"tories" -> "tory", "democrats" -> "democrat"."""
    return lower[:-3] + "y" if lower.endswith("ies") else lower.removesuffix("s")


def overlaps_any(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """True when `[start, end)` overlaps one of `spans`: half-open, sorted by start, not overlapping
    each other (quotes, speaker mentions). One bisection, for checks made once per name or mention."""
    index = bisect_left(spans, (end,)) - 1
    return index >= 0 and spans[index][1] > start


def _reduced(instance: Any) -> tuple[Any, ...]:
    """How to pickle or copy a record: its class and its fields, in order. The package is compiled
    with mypyc where it can be, and a compiled frozen dataclass cannot be rebuilt the default way
    (field by field after creation); built through its constructor, it pickles in both builds,
    which `--jobs` needs to send quotes between processes."""
    return type(instance), tuple(getattr(instance, field.name) for field in fields(instance))
