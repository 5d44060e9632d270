"""Paragraphs and quote-aware sentences, with offsets into the original text.

Sentences come from NLTK's Punkt, given a news abbreviation list that ships with the package (no
download). Punkt knows nothing about quotes, so its boundaries are corrected: never inside a quote,
never before a lower-case continuation ("Stop!" she said), and a quote-only sentence keeps the short
attribution that follows it ("Leave now!" Noem said.). Sentences are only needed around quotes, so
the pipeline asks for them paragraph by paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from .clauses import is_clause
from .lexicons import load_lexicon, load_lexicons
from .marks import QUOTE_CHARACTERS
from .model import Paragraph, Quote, QuoteSpan, Sentence
from .punkt import news_punkt
from .tokens import NICKNAME, Token, tokenize
from .wordclass import speech_cue

__all__ = ["quote_only_paragraphs", "split_paragraphs", "split_sentences"]

# A line break of any convention; the character set first lets the engine skip ahead fast.
_NEWLINE = r"[\r\n\u2028\u2029](?<!\r(?=\n))"
# A blank line (or a paragraph separator character, or an HTML block tag): "end of para.\n\nNext".
_BLANK_LINE = re.compile(rf"{_NEWLINE}[^\S\n\u2028\u2029]*{_NEWLINE}|\u2029")
# A run of blank lines or a paragraph separator (group `blank`), else a single newline before a
# capital or an opening quote, which breaks a paragraph when a finished sentence ends before it
# ("...represents.”\nDevine didn't concede"). One scan finds both; it opens with one character set
# (not an alternation), which lets the regex engine skip ahead to line breaks.
_PARAGRAPH_BREAK = re.compile(
    rf"{_NEWLINE}(?:(?P<blank>(?:[^\S\n\u2028\u2029]*{_NEWLINE})+|(?<=\u2029))|(?=[^\S\r\n]*[A-Z\"“‘'«]))")
_LINE_BREAK = re.compile(rf"{_NEWLINE}|\u2029")
_SENTENCE_END_BEFORE = re.compile(r"(?:[.!?:]|[.!?,][\"”’'])[^\S\r\n]*$")
# A line that is one quotation and nothing else, a subhead in wire copy: '“DIVISIVE, STUPID AND WRONG”'.
_QUOTE_LINE_BEFORE = re.compile(r"(?:^|[\r\n\u2028])[^\S\r\n]*[\"“][^\"“”\r\n\u2028]+[\"”][^\S\r\n]*$")
_QUOTE_LINE_CHARS = 120  # a subhead is short
# Block-level HTML tags that end a paragraph in scraped text: <p>, </p>, <br/>, <div class="x">.
_BLOCK_TAG = re.compile(r"<\s*/?\s*(?:p|br|div|li|h[1-6]|blockquote|tr|section|article)\b[^<>]*>", re.IGNORECASE)
# A paragraph's text without the spaces around it.
_CONTENT = re.compile(r"\S(?:.*\S)?", re.DOTALL)
# The word after a closing mark, on the same line.
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_][\w'’-]*)")
# Where Punkt could possibly end a sentence: a stop, then space, then something that may start one.
_POSSIBLE_BREAK = re.compile(r"[.!?…][\"'”’»)\]]*\s+\S")
# A sentence that ends in initials did not end: "Rep. G.K. | Butterfield said" is one sentence.
_INITIALS_END = re.compile(r"(?<![\w.])(?:[A-Z]\.){1,6}$")  # "G.K.", a company's "C.O.M.B."
_INITIALS_REACH = 14  # its longest match and a final line break: only the sentence's tail is searched
# The abbreviation right before a quote opens: "R-S.C. |"I get that.""
_ABBREVIATION_BEFORE = re.compile(r"([\w.-]*\w)\.\s+$")
_PLACE_THEN_STATE = re.compile(r"[A-Z][\w.'’-]*,[ \t]+[A-Z][\w.]*\.\s+$")  # "in Burnaby, B.C. ", "Washington, D.C. "
_PLACE_REACH = 60  # characters before a quote searched for a place and its state: each quote's search stays bounded
_CLOSING_MARKS = frozenset("\"”’'»")
_SIGNATURE_START = re.compile(r"(?:—|–|―|--?)[^\S\n]*[A-Z]")
# A signature after a quote: "― Christina Lastra." / "-- Commissioner Lee"
_SIGNATURE = re.compile(r"(?:—|–|―|--?)\s*[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4}\s*[.]?\s*$")
_VERB_WITHIN = 4  # the speech verb of a trailing attribution comes within this many words
_ATTRIBUTION_CHARS = 200
_BRACKET_CHARS = 60  # the rest of a bracketed name after a break inside it: "<SO.M.A. [Europe Transmissions>]"
_CLAUSE_VERB_WITHIN = 7  # a clause reported after the verb has its own verb within this many tokens


def split_paragraphs(text: str) -> tuple[Paragraph, ...]:
    """Return the paragraphs of `text`, trimmed of surrounding whitespace, empty ones skipped.

    Text with blank lines between paragraphs (the usual case) keeps single newlines inside a paragraph,
    since those are line wraps a quote may run across, unless the line ends a sentence and the next
    one starts like a new paragraph; text without any blank line is taken to put one paragraph on each
    line. Block-level HTML tags (<p>, <br>) also end a paragraph.
    """
    if _BLANK_LINE.search(text):
        breaks = [match.span() for match in _PARAGRAPH_BREAK.finditer(text) if match.group("blank") is not None
                  or _SENTENCE_END_BEFORE.search(text, max(0, match.start() - 8), match.start())
                  or _QUOTE_LINE_BEFORE.search(text, max(0, match.start() - _QUOTE_LINE_CHARS), match.start())]
    else:
        breaks = [match.span() for match in _LINE_BREAK.finditer(text)]
    if "<" in text:
        breaks = sorted(breaks + [match.span() for match in _BLOCK_TAG.finditer(text)])
    paragraphs: list[Paragraph] = []
    position = 0
    for break_start, break_end in [*breaks, (len(text), len(text))]:
        if break_start < position:  # an HTML tag inside a newline run already passed
            position = max(position, break_end)
            continue
        content = _CONTENT.search(text, position, break_start)
        if content is not None:
            paragraphs.append(Paragraph(content.start(), content.end(), len(paragraphs)))
        position = break_end
    return tuple(paragraphs)


def split_sentences(text: str, paragraph: Paragraph, spans: Sequence[QuoteSpan] = ()) -> tuple[Sentence, ...]:
    """Return the quote-aware sentences of one paragraph.

    Args:
        spans: the quote spans of this paragraph; no sentence boundary falls inside one of them.
    """
    body = text[paragraph.start:paragraph.end]
    if _POSSIBLE_BREAK.search(body) is None:
        return (Sentence(paragraph.start, paragraph.end, paragraph.index, 0),)  # one sentence: no Punkt needed
    bounds = [(paragraph.start + start, paragraph.start + end) for start, end in news_punkt().span_tokenize(body)]
    ordered = sorted(spans, key=lambda span: span.outer_start)
    bounds = _opening_marks_forward(text, bounds, {span.outer_start for span in ordered})
    quote_only_ends = {span.outer_start: span.outer_end for span in ordered}
    merged: list[tuple[int, int]] = []
    pending = 0  # spans are visited once, in step with the boundaries: linear in the paragraph
    for start, end in bounds:
        while pending < len(ordered) and ordered[pending].outer_end <= start:
            pending += 1
        inside_quote = pending < len(ordered) and ordered[pending].outer_start < start
        if merged and (inside_quote or text[start].islower() or _ends_in_initials(text, *merged[-1]) or _inside_brackets(text, merged[-1], start)
                       or (text[merged[-1][1] - 1] in _CLOSING_MARKS and _SIGNATURE_START.match(text, start))
                       or _quote_then_attribution(text, merged[-1], start, quote_only_ends)):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    if not merged:
        merged = [(paragraph.start, paragraph.end)]
    if ordered:
        merged = _split_after_closing_abbreviation(text, merged, ordered)
    merged = _split_before_starter(text, merged, ordered)
    merged = _split_after_closed_quote(text, merged, ordered)
    return tuple(Sentence(start, end, paragraph.index, index) for index, (start, end) in enumerate(merged))


def _inside_brackets(text: str, before: tuple[int, int], start: int) -> bool:
    """A break inside a wire's company name in angle brackets: "subsidiary <SO.M.A. | Europe
    Transmissions>" is one name, whatever its periods."""
    opening = text.rfind("<", *before)
    if opening < 0 or text.rfind(">", opening, before[1]) >= 0:
        return False
    closing = text.find(">", start, start + _BRACKET_CHARS)
    return closing >= 0 and text.find("<", start, closing) < 0 and "\n" not in text[opening:closing]


def _opening_marks_forward(text: str, bounds: list[tuple[int, int]], openings: set[int]) -> list[tuple[int, int]]:
    """'Henry said. “ You know ...”': Punkt ends the sentence after a quote's opening mark when a space
    follows the mark; the mark opens the next sentence instead."""
    moved = list(bounds)
    for index in range(len(moved) - 1):
        (start, end), (following, last) = moved[index], moved[index + 1]
        mark = end - 1
        if mark > start and mark in openings and not text[end:following].strip():
            cut = mark
            while cut > start and text[cut - 1].isspace():
                cut -= 1
            moved[index], moved[index + 1] = (start, cut), (mark, last)
    return moved


def _split_after_closing_abbreviation(text: str, sentences: list[tuple[int, int]],
                                      spans: Sequence[QuoteSpan]) -> list[tuple[int, int]]:
    """Break where an attribution ends in an abbreviation and a new quote opens:
    '"A," said Sen. Lindsey Graham, R-S.C. "B."' is two sentences, though Punkt cannot tell.

    Only abbreviations that can end a sentence count (places, companies, Jr.), never titles
    ("Sen. "Bob" Smith"), and only after a quote of the same sentence has closed, or after a place
    and its state before a quote that opens with a capital ("spoke in Burnaby, B.C. "Canadians know
    ..."", not 'the U.S. "Star Wars" program').
    """
    result: list[tuple[int, int]] = []
    final = load_lexicon("final_abbreviations")
    pending = 0  # spans and sentences are both in order: each span is visited once
    for start, end in sentences:
        while pending < len(spans) and spans[pending].outer_start < start:
            pending += 1
        closed_before = None
        while pending < len(spans) and spans[pending].outer_start < end:
            span = spans[pending]
            after = closed_before if closed_before is not None else max(start, span.outer_start - _PLACE_REACH)
            if span.outer_start > after and (closed_before is not None or (  # ("Singh spoke in Washington, D.C. "Canadians ...")
                    _PLACE_THEN_STATE.search(text, after, span.outer_start) and text[span.start:span.start + 1].isupper())):
                word = _ABBREVIATION_BEFORE.search(text, after, span.outer_start)
                if word is not None and word.group(1).lower().rsplit("-", 1)[-1] in final:
                    result.append((start, word.end(1) + 1))
                    start = span.outer_start
            closed_before = span.outer_end
            pending += 1
        result.append((start, end))
    return result


def _split_after_closed_quote(text: str, sentences: list[tuple[int, int]], spans: Sequence[QuoteSpan]) -> list[tuple[int, int]]:
    """Break after a quote that ends its sentence when a new sentence follows: '... since Prisoner
    Cell Block H." Labour had broken ...'. Punkt reads a closing initial or abbreviation ("H.",
    "U.S.") as no end; a quote's attribution after it ('"... U.S." Smith added.') stays joined."""
    result: list[tuple[int, int]] = []
    pending = 0
    for start, end in sentences:
        while pending < len(spans) and spans[pending].outer_end <= start:
            pending += 1
        while pending < len(spans) and spans[pending].outer_end < end:
            span = spans[pending]
            pending += 1
            following = _NEXT_WORD.match(text, span.outer_end, end)
            if span.outer_start > start and span.closed and text[span.start:span.end].rstrip()[-1:] in ".!?" \
                    and following is not None and following.group(1)[0].isupper() \
                    and not _is_trailing_attribution(text, following.start(1)):
                result.append((start, span.outer_end))
                start = following.start(1)
        result.append((start, end))
    return result


def _ends_in_initials(text: str, start: int, end: int) -> bool:
    return _INITIALS_END.search(text, max(start, end - _INITIALS_REACH), end) is not None


def _split_before_starter(text: str, sentences: list[tuple[int, int]], spans: Sequence[QuoteSpan]) -> list[tuple[int, int]]:
    """Break after an abbreviation that can end a sentence when a word that opens one follows:
    "attacks in the U.S. He says ..." (lexicons final_abbreviations, sentence_starters), or after an
    acronym ("the FT. But"). Punkt keeps an abbreviation's period inside the sentence, and "Mr. He
    Yafei" must stay whole; a break never falls inside a quote."""
    result: list[tuple[int, int]] = []
    final = load_lexicon("final_abbreviations")
    for start, end in sentences:
        for word_start, period, starter in _periods_before_starters(text, start, end):
            cut = period + 1
            word = text[word_start:period]
            if (word.lower() in final or _acronym(word)) and not any(span.outer_start < cut < span.outer_end for span in spans):
                result.append((start, cut))
                start = starter
        result.append((start, end))
    return result


def _acronym(word: str) -> bool:
    """"tell the [FT]. But Rover told ...": a word in capitals is an acronym, which ends a sentence as
    any name does, even where its letters spell an abbreviation ("Ft." for Fort)."""
    return len(word) > 1 and word.isalpha() and word.isupper()


def _periods_before_starters(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """(word start, period, starter start) of each word in `text[start:end]` that ends with a period
    followed by a word opening sentences, left to right, none inside the one before.

    The word is a run of letters, digits, underscores and periods opening with an ASCII letter: what
    the regex `(?<![\\w.])([A-Za-z][\\w.]*)\\.[ \\t]+(starter)\\b` finds. The period and the
    starter are found first (the engine skips to each period), then the word back from the period: a
    third of the time of the regex, which tried a match at every character.
    """
    found: list[tuple[int, int, int]] = []
    taken = start  # where the last match ended
    for match in _starter_after_period().finditer(text, start, end):
        period = match.start()
        word_start = period
        while word_start > start and (text[word_start - 1].isalnum() or text[word_start - 1] in "._"):
            word_start -= 1
        first = text[word_start:word_start + 1]
        if word_start == period or word_start < taken or not ("a" <= first <= "z" or "A" <= first <= "Z") or (
                word_start == start and start > 0 and (text[start - 1].isalnum() or text[start - 1] in "._")):
            continue
        found.append((word_start, period, match.start(1)))
        taken = match.end()
    return found


@cache
def _starter_after_period() -> re.Pattern[str]:
    """A period, then a capitalised word that opens sentences (lexicon sentence_starters)."""
    starters = "|".join(sorted((word.capitalize() for word in load_lexicon("sentence_starters")), key=len, reverse=True))
    return re.compile(rf"\.[ \t]+({starters})\b")


def _quote_then_attribution(text: str, previous: tuple[int, int], start: int, quote_ends: dict[int, int]) -> bool:
    """True for a quote-only sentence followed by its short attribution: "Leave now!" Noem said."""
    quote_end = quote_ends.get(previous[0])
    return quote_end is not None and quote_end >= previous[1] - 1 and _is_trailing_attribution(text, start)


def _is_trailing_attribution(text: str, start: int) -> bool:
    """True when the sentence at `start` opens with a quote's attribution: "Noem said.",
    "said the senator.", "Mr. Trump asked, repeating...", "Miller, a retired worker, said into the phone."

    The speech verb must come within the first few words, or right after an apposition that follows
    them; a participle ("Alpert's metaphor is telling") does not count, nor does a line break between.
    """
    if "\n" in text[max(0, start - 3):start]:
        return False
    line_end = text.find("\n", start)
    if _SIGNATURE.match(text, start, min(len(text) if line_end < 0 else line_end, start + _ATTRIBUTION_CHARS)):
        return True  # "...” ― Christina Lastra."
    window = text[start:start + _ATTRIBUTION_CHARS]
    tokens = tokenize(text, start, start + len(window))
    if "\"" in window or "“" in window:  # a nickname's marks are part of the name: 'Marcia "Cia" Price'
        nicknames = [(match.start() - 1, match.end()) for match in NICKNAME.finditer(text, start, start + len(window))]
        tokens = [token for token in tokens if not any(begin < token.start < end for begin, end in nicknames)]
    first_comma = None
    for index, token in enumerate(tokens):
        if token.text in (".", "!", "?", ";") or token.text in QUOTE_CHARACTERS:
            return False  # (but 'state Del. Marcia "Cia" Price (D-Newport News), shouted': a nickname is part of the name)
        if token.text == "," and first_comma is None:
            first_comma = index
        if first_comma is None and token.lower in load_lexicon("auxiliaries") and index + 1 < len(tokens) \
                and not speech_cue(tokens[index + 1].lower) and tokens[index + 1].lower not in load_lexicon("attribution_skip"):
            return False  # "Labour had broken promises ...": a clause of its own before any speech verb
        # "Trump went on.", "she smiled."
        is_verb = speech_cue(token.lower, tokens[index + 1].lower if index + 1 < len(tokens) else None, trailing=True) > 0
        if is_verb and not token.lower.endswith("ing") and not token.is_capitalized or (index == 0 and is_verb):
            if _introduces_more(tokens, index + 1):
                return False  # '"...." He added, "..."', '"...." Greene added that ...': a new statement
            after_apposition = first_comma is not None and first_comma <= _VERB_WITHIN and tokens[index - 1].text == ","
            return index <= _VERB_WITHIN or after_apposition
    return False


def _clause_after(tokens: list[Token], start: int) -> bool:
    """A clause right after a speech verb, opened by its subject: "says [the goal is] access", "said [he
    would] go" (not "told [reporters] during the call", "tweeted [when] Clinton ended")."""
    first = tokens[start]
    if tokens[start - 1].lower in load_lexicon("addressee_first_verbs") or not (
            first.is_capitalized or first.lower in load_lexicons("subject_pronouns", "articles", "possessive_pronouns")):
        return False
    return is_clause(tokens, start, min(len(tokens), start + _CLAUSE_VERB_WITHIN))


def _introduces_more(tokens: list[Token], start: int) -> bool:
    """True when the words after a speech verb open what it reports: "that ...", a clause ("Sundra
    says the goal is access"), or a new quote after a comma or colon ("He added, "..."). Such a
    sentence is a statement of its own, no attribution."""
    following = tokens[start:start + 2]
    if following and (following[0].lower == "that" or _clause_after(tokens, start)):
        return True
    return len(following) == 2 and following[0].text in (",", ":") and following[1].text in QUOTE_CHARACTERS


def quote_only_paragraphs(text: str, paragraphs: Sequence[Paragraph], quotes: Sequence[Quote]) -> set[int]:
    """Paragraphs holding nothing but quotes and punctuation: the news form of a continued quote."""
    position: dict[int, int] = {}
    spoiled: set[int] = set()
    for quote in quotes:
        paragraph = paragraphs[quote.paragraph]
        start = position.get(quote.paragraph, paragraph.start)
        if any(character.isalnum() for character in text[start:quote.outer_start]):
            spoiled.add(quote.paragraph)
        position[quote.paragraph] = quote.outer_end
    return {index for index, end in position.items()
            if index not in spoiled and not any(character.isalnum() for character in text[end:paragraphs[index].end])}
