"""Quotation marks: tell them apart from apostrophes, and pair them into quote spans.

Each mark is judged from its two neighbours, the way CommonMark judges emphasis delimiters: a mark
with text on its right and space or opening punctuation on its left can open; one with text on its
left and space or closing punctuation on its right can close. Curly marks and guillemets add their
own direction, straight marks (`"`, `'`, and the `''` of some wire services) take it from context.
Marks are paired per paragraph with a stack, so one stray mark can never swallow more than the rest
of its paragraph. A paragraph whose quote is still open at its end and whose successor opens again is
the news convention for a quote over several paragraphs: the two parts are linked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal, NamedTuple

from .lexicons import load_lexicon
from .model import Paragraph, QuoteSpan

__all__ = ["find_quote_spans", "QUOTE_CHARACTERS"]

Family = Literal["double", "single"]

# Every character that can be (part of) a quotation mark. `''` and ``` `` ``` count as one double mark.
QUOTE_CHARACTERS = "\"'`“”„‟«»‘’‚‛‹›"

# A quotation mark candidate: "“ ”, the wire services' '' and ``, guillemets, and a single quote that
# is not between two word characters (the ' of don't can never be a mark, so it is never looked at).
# Every alternative opens with one literal character, which lets the engine skip through plain text
# to the next mark character (a class or a lookahead in front makes it try every character: 2.4
# times the time on news). The order of the alternatives is the order of the choices: '' before ',
# `` before `.
_MARK = re.compile(r"'(?:'|(?<!\w')|(?!\w))|`(?:`)?|\"|“|”|„|‟|«|»|‹|›|‘|‚|‛|’(?:(?<!\w’)|(?!\w))")

# Text after an opening single quote that makes it an elision instead: 'tis, '90s, rock 'n' roll.
_ELIDED_WORD = re.compile(r"[^\W_]+")
_DECADE = re.compile(r"\d\d(?:s\b|\b)")

# A straight double mark typed for an apostrophe: a possessive's "s" or a contraction's ending after it,
# then no more word ('Qatar"s prices', 'We don"t believe', 'I"m').
_MISTYPED_APOSTROPHE = re.compile(r"(?:s|t|m|d|ll|re|ve)(?!\w)")

# After a closing single quote: a space and a word, as in "the players' union" (a weak close).
_WORD_FOLLOWS = re.compile(r"[^\S\n]+[^\W_]")

# A sentence's end and the space after it, right before a mark that opens again: "... ears. "Your'
_SENTENCE_END_BEFORE = re.compile(r"[.!?][ \t]+$")

# HTML or XML tags: quotation marks inside them are attribute syntax, not quotes. <a href="x">
_TAG = re.compile(r"<[A-Za-z/!?][^<>]*>")

_FAMILY = {
    '"': "double", "''": "double", "``": "double", "“": "double", "”": "double", "„": "double",
    "‟": "double", "«": "double", "»": "double",
    "'": "single", "’": "single", "‘": "single", "‚": "single", "‛": "single", "‹": "single",
    "›": "single", "`": "single",
}
_OPENS_BY_DEFAULT = frozenset({"“", "„", "‟", "«", "‘", "‚", "‛", "‹", "``", "`"})
_CLOSES_BY_DEFAULT = frozenset({"”", "»", "’", "›"})
_MAY_BE_APOSTROPHE = frozenset({"'", "’", "‘"})
_STRAIGHT = frozenset({"\"", "'"})  # typewriter marks, as against typographic ones

# Characters after which a mark may still open ("(“", "—“", ": “") and before which it may still close.
_OPENING_CONTEXT = frozenset("([{<—–-/:;" + QUOTE_CHARACTERS)
_CLOSING_CONTEXT = frozenset(".,;:!?)]}>…—–-/*" + QUOTE_CHARACTERS)


class _Mark(NamedTuple):
    """A mark candidate and what it may do. A named tuple, as immutable as a frozen dataclass and
    cheaper to build: news has one for every few hundred characters."""

    start: int
    end: int
    family: Family
    can_open: bool
    can_close: bool
    weak_close: bool  # a single close that may be a plural possessive: "the players' union"


class _Pair(NamedTuple):
    opening: _Mark
    closing: _Mark | None  # None: still open at the end of the paragraph


def find_quote_spans(text: str, paragraphs: Sequence[Paragraph]) -> list[QuoteSpan]:
    """Return the outermost quote spans of `text`, in order, with exact content offsets.

    Nested quotes stay inside the content of the quote that holds them and are not returned on their
    own. An unclosed quote ends at its paragraph's end with `closed=False`, unless the next paragraph
    opens again (a quote over several paragraphs): then the part is closed and the next part has
    `continues=True`.
    """
    tags = _tag_spans(text) if "<" in text else []
    marks = _classify_marks(text, paragraphs, tags)
    spans: list[QuoteSpan] = []
    carried = False
    previous_number = -2
    for number in sorted(marks):
        paragraph = paragraphs[number]
        if number != previous_number + 1:
            carried = False
        previous_number = number
        pairs = _pair(text, paragraph, marks[number])
        following = marks.get(number + 1, [])
        for position, pair in enumerate(pairs):
            goes_on = False
            if pair.closing is None:
                goes_on = bool(following) and following[0].family == pair.opening.family and \
                    following[0].can_open and _is_blank(text, paragraphs[number + 1].start, following[0].start) and \
                    _same_style(text, pair.opening.start, following[0].start)
            span = _span(text, paragraph, pair, continues=carried and position == 0 and
                         _is_blank(text, paragraph.start, pair.opening.start), goes_on=goes_on)
            if span is not None:
                spans.append(span)
            carried = goes_on
        if not pairs:
            carried = False
    return spans


def _pair(text: str, paragraph: Paragraph, marks: list[_Mark]) -> list[_Pair]:
    """Pair the marks of one paragraph; return its outermost pairs, the last one maybe left open."""
    next_single_is_close = _next_single_is_close(marks)
    stack: list[_Mark] = []
    pairs: list[_Pair] = []
    for position, mark in enumerate(marks):
        if mark.can_open and not mark.can_close and stack and stack[-1].family == mark.family == "double" \
                and _SENTENCE_END_BEFORE.search(text, max(stack[-1].end, mark.start - 4), mark.start):
            # '"We are trying to fool your ears. "Your brain uses ..."': a new sentence opened again
            # while the quote is open is the British way of quoting sentence after sentence; the
            # first part ends where the next opens
            pairs.append(_Pair(stack.pop(), _Mark(mark.start, mark.start, mark.family, False, True, False)))
        if mark.can_close:
            depth = _open_depth(stack, mark.family)
            if depth is not None and not (mark.weak_close and next_single_is_close[position]):
                pairs.append(_Pair(stack[depth], mark))
                del stack[depth:]  # marks opened inside and never closed were apostrophes or strays
                continue
        if mark.can_open:
            stack.append(mark)
    outermost = _outermost(pairs)
    left_open = next((mark for mark in stack if _may_stay_open(text, paragraph, mark)), None)
    if left_open is None:
        return outermost
    inside = [pair for pair in outermost if pair.opening.start > left_open.start]
    if any(pair.opening.family == left_open.family for pair in inside):
        # "A "B" C: an opening mark that never closes but holds complete quotes of its own family was
        # a stray; the complete quotes are the real ones.
        return outermost
    return [pair for pair in outermost if pair.opening.start < left_open.start] + [_Pair(left_open, None)]


def _classify_marks(text: str, paragraphs: Sequence[Paragraph],
                    tags: list[tuple[int, int]]) -> dict[int, list[_Mark]]:
    """Return the quotation-mark candidates of each paragraph that has any, with what each may do.

    One scan over the whole text: paragraphs without a mark cost nothing.
    """
    found: dict[int, list[_Mark]] = {}
    elisions = load_lexicon("elisions")
    tag_index = 0
    number = 0
    for match in _MARK.finditer(text):
        start, end = match.span()
        while number < len(paragraphs) and paragraphs[number].end <= start:
            number += 1
        if number == len(paragraphs):
            break
        paragraph = paragraphs[number]
        if start < paragraph.start:
            continue
        if tags:
            while tag_index < len(tags) and tags[tag_index][1] <= start:
                tag_index += 1
            if tag_index < len(tags) and tags[tag_index][0] <= start:
                continue
        mark = match.group()
        before = text[start - 1] if start > paragraph.start else " "
        after = text[end] if end < paragraph.end else " "
        space_before, space_after = before.isspace(), after.isspace()
        opens = not space_after and (space_before or before in _OPENING_CONTEXT or after not in _CLOSING_CONTEXT)
        closes = not space_before and (space_after or after in _CLOSING_CONTEXT or before not in _OPENING_CONTEXT)
        family: Family = _FAMILY[mark]  # type: ignore[assignment]
        if mark in _OPENS_BY_DEFAULT:
            can_open, can_close = opens or not closes, closes and not opens
        elif mark in _CLOSES_BY_DEFAULT:
            can_open, can_close = opens and not closes, closes or not opens
        elif space_before and space_after and family == "double":
            can_open = can_close = True  # a lone " between spaces: sloppy spacing, the stack decides
        else:
            can_open, can_close = opens, closes
        if can_open and mark in _MAY_BE_APOSTROPHE and _starts_elision(text, end, elisions):
            can_open = False
        elif mark == '"' and before.isalnum() and _MISTYPED_APOSTROPHE.match(text, end):
            can_open = can_close = False  # 'resisting Qatar"s prices', 'We don"t': a mistyped apostrophe
        if can_open or can_close:
            weak = family == "single" and can_close and before.isalpha() and bool(_WORD_FOLLOWS.match(text, end))
            found.setdefault(number, []).append(_Mark(start, end, family, can_open, can_close, weak))
    return found


def _starts_elision(text: str, position: int, elisions: frozenset[str]) -> bool:
    """True when the word after an opening ' is an elision ('tis, 'em, '90s) rather than a quote."""
    if _DECADE.match(text, position):
        return True
    word = _ELIDED_WORD.match(text, position)
    return word is not None and word.group().lower() in elisions


def _next_single_is_close(marks: list[_Mark]) -> list[bool]:
    """For each mark: is the next decisive single mark after it a close? Lets a weak close wait.

    In 'The players' union won,' he said the first close is weak and a stronger one follows, so the
    first one is an apostrophe; in 'absurd' and 'silly' the next single mark opens, so it is a close.
    """
    result = [False] * len(marks)
    upcoming = False
    for position in range(len(marks) - 1, -1, -1):
        result[position] = upcoming
        mark = marks[position]
        if mark.family == "single" and not mark.weak_close:
            upcoming = mark.can_close
    return result


def _same_style(text: str, first: int, second: int) -> bool:
    """Do two marks look alike, both straight or both typographic? A quote carried on into the next
    paragraph opens it again as it opened: a paragraph opened by a straight mark and followed by one
    opened by a curly mark is a block of quoted text, not one speaker's words going on."""
    return (text[first] in _STRAIGHT) == (text[second] in _STRAIGHT)


def _open_depth(stack: list[_Mark], family: Family) -> int | None:
    """Stack position of the innermost open mark of `family`, or None."""
    for depth in range(len(stack) - 1, -1, -1):
        if stack[depth].family == family:
            return depth
    return None


def _may_stay_open(text: str, paragraph: Paragraph, mark: _Mark) -> bool:
    """Can this mark open a quote that runs to the paragraph end? Single marks only at its start.

    A single mark left open mid-paragraph is far more often an apostrophe (the Jones' car) than a
    British quote missing its close, so only double marks, or a single mark that opens the paragraph,
    are kept as unclosed quotes.
    """
    return mark.family == "double" or _is_blank(text, paragraph.start, mark.start)


def _span(text: str, paragraph: Paragraph, pair: _Pair, *, continues: bool, goes_on: bool) -> QuoteSpan | None:
    """The span of a pair, content trimmed of whitespace, or None when nothing worth quoting is inside."""
    start = pair.opening.end
    end = paragraph.end if pair.closing is None else pair.closing.start
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if not any(character.isalnum() for character in text[start:end]):
        return None
    outer_end = paragraph.end if pair.closing is None else pair.closing.end
    return QuoteSpan(start, end, pair.opening.start, outer_end, paragraph.index,
                     closed=pair.closing is not None or goes_on, continues=continues)


def _outermost(pairs: list[_Pair]) -> list[_Pair]:
    """Drop pairs nested inside another (the stack already made them nested or disjoint)."""
    result: list[_Pair] = []
    for pair in sorted(pairs, key=lambda pair: pair.opening.start):
        if not result or pair.opening.start >= result[-1].closing.end:  # type: ignore[union-attr]
            result.append(pair)
    return result


def _is_blank(text: str, start: int, end: int) -> bool:
    return start >= end or text[start:end].isspace()


def _tag_spans(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in _TAG.finditer(text)]
