"""What kind of quote each span is, and which spans are parts of one utterance.

A quoted passage is `direct` when it is a whole utterance (the sentence is the quote plus, at most,
its attribution), `mixed` when it is a fragment inside the writer's own sentence, and `scare` when it
is not speech at all: scare quotes, titles of works, nicknames and terms, and the quotes of a
headline, which only paraphrase the body. Parts of one utterance share a `group`: the parts of a quote
over several paragraphs, and the two halves of a quote interrupted by its attribution
("I'm here," he said, "to stay.").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from itertools import islice
from collections.abc import Mapping, Sequence

from .lexicons import load_lexicon, load_lexicons
from .model import Kind, Paragraph, Quote, QuoteSpan, Sentence
from .wordclass import has_speech_cue, is_known_noun, is_noun, is_plural, speech_cue

__all__ = ["unspoken_terms", "unvoiced_fragments", "classify_quotes", "is_headline", "is_link_line", "is_term"]

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d+(?:[.,]\d+)*")
# A possessive right before the opening mark: ABC's "This Week", CNN’s “New Day”.
_POSSESSIVE_END = re.compile(r"\w['’]s?\s*$")
_NAMING_GAP = 3  # words between a naming verb and its "as": "known [to his fans] as"
_APPOSED_CUE = re.compile(r"\b([a-z]+),[ \t]*[\w-]+[ \t]+$")  # "The plan, dubbed ": a naming cue set off after a common noun
# The words between the two parts of an interrupted quote: "I'm here," he said, "to stay."
_INTERRUPTION = re.compile(r"\s*[,;—–-]?\s*(?P<words>[^\"“”«».!?]{1,200}?)\s*[,:—–-]\s*")
# A closing mark after a comma and the words after it: ," Noem said / !” said the senator
_CLOSE_THEN_WORDS = re.compile(r"[,!?][\"”’']+(?P<words>(?:\s+[^\s\"”“]+){1,6})")
# A label and its colon at the start of a paragraph: "READ MORE:", "Watch:", "Editor's picks:".
_LINK_LABEL = re.compile(r"([A-Za-z][A-Za-z'’ ]{1,18}?)[ \t]*[:|]")  # "READ MORE:", "WATCH | " (a broadcaster's bar)
# Quoted words that end like a sentence: "We will win." / "Why not?"
_SENTENCE_END = re.compile(r"[.!?…]['’\"”)\]]*$")
_SENTENCE_INSIDE = re.compile(r"[a-z][.!?][ \t]+[A-Z]")  # "... export beef. We are ...": a sentence ends inside the quote

_WINDOW = 300  # characters of the sentence read either side of a quote
_SHORT_WORDS = 3  # a quote this short with no speech cue around it is a scare quote ("opt-out")
_HEADLINE_WORDS = 25
_PULL_QUOTE_WORDS = 8  # a subhead quoting the story is a few words: "'Just get out'"
_TITLE_WORDS = 10
_TERM_WORDS = 6
_UNSPOKEN_WORDS = 4  # a fragment this short that no rule attributes is a term (`unspoken_terms`)
_NEXT_ACT = re.compile(r"\W*\s*(?:and|but)\s+([a-z]+)")  # after a quote: ,\" and shared a link
_BESIDE_WORDS = 3  # "...," said the senator / "...," the senator said: the verb within 3 words
_ATTRIBUTION_WORDS = 7  # '"I'm not pleased," Jefferson Parish Sheriff Harry Lee said': a speaker's phrase and verb
_INTERRUPTION_WORDS = 10
_LONG_INTERRUPTION_WORDS = 30


def classify_quotes(text: str, paragraphs: Sequence[Paragraph], spans: Sequence[QuoteSpan],
                    sentences: Mapping[int, Sequence[Sentence]], *, headline: bool) -> list[Quote]:
    """Turn quote spans into `Quote`s with a kind, a sentence and a group.

    Args:
        sentences: the quote-aware sentences of every paragraph that holds a span, by paragraph index.
        headline: whether the first paragraph is a headline (`is_headline`), whose quotes are scare.
    """
    quotes: list[Quote] = []
    pooled: list[str] = []
    for quote_id, span in enumerate(spans):
        sentence = _sentence_of(span, sentences[span.paragraph])
        previous = quotes[-1] if quotes else None
        group, kind = quote_id, None
        if previous is not None and span.continues and previous.paragraph == span.paragraph - 1:
            group = previous.group
        elif previous is not None and _is_interrupted(text, previous, span):
            group, kind = previous.group, previous.kind
        if kind is None:
            paragraph = paragraphs[span.paragraph]
            kind = "scare" if (headline and span.paragraph == 0) or is_link_line(text, paragraph.start, paragraph.end) \
                or _pull_quote(text, paragraph, span, spans, pooled) else _kind(text, span, sentence)
            if kind == "scare" and previous is not None and previous.kind == "mixed" \
                    and _coordinated_label(text, previous, span, sentence):
                kind = "mixed"  # as a "human leech who will bleed the country" and a "spoiled brat": one speaker's words
        quotes.append(Quote(
            quote_id=quote_id, start=span.start, end=span.end, text=text[span.start:span.end],
            outer_start=span.outer_start, outer_end=span.outer_end, kind=kind, closed=span.closed,
            paragraph=span.paragraph, sentence=sentence.index, group=group,
        ))
    return quotes


def _kind(text: str, span: QuoteSpan, sentence: Sentence) -> Kind:
    """Decide direct, mixed or scare from the quote's words and the sentence around it."""
    # Only a window of the sentence is read: cues far from the quote do not decide its kind, and a
    # sentence made huge by stray marks must not make every quote in it cost its whole length.
    before = text[max(sentence.start, span.outer_start - _WINDOW):span.outer_start]
    after = text[span.outer_end:max(min(sentence.end, span.outer_end + _WINDOW), span.outer_end)]
    words_before, words_after = _WORD.findall(before), _WORD.findall(after)
    quoted = text[span.start:span.end]
    content = _WORD.findall(quoted, 0, _WINDOW) if len(quoted) > _WINDOW else _WORD.findall(quoted)
    if not words_before and not words_after:
        return "direct"  # the quote is the whole sentence
    if _marked_as_term(before, words_before) or _shown_by_noun_after(after, words_after) \
            or _names_a_thing(before, words_before, after, words_after, content, quoted):
        return "scare"  # "the term "Canadian content"", "The plan, dubbed "Made Here,"", the so-called "czar",
        # the "I'm loving it" catchphrase, the "Big Bang" reforms: words as words, a name, a label
    beside_verb = _has_speech_verb(words_before[-1:]) or (
        quoted[-1] in ",!?—–-…" and _has_trailing_verb(words_after[:_BESIDE_WORDS]))
    if (not beside_verb or _after_title_cue(before, words_before, content, quoted) or (
            _is_title_case(content, quoted) and _marks_a_title(before, words_before))) \
            and _names_a_title(text, span, before, words_before, words_after, content):
        # (a show beside a speech verb, 'on MSNBC's "Morning Joe," calling it ...', is a title all the same)
        return "scare"  # "author of "America's Unwritten Constitution," put it" is a title all the same
    has_cue = beside_verb or _has_speech_cue(words_before) or _has_speech_cue(words_after)
    closed = quoted.rstrip()[-1:] in (",", "!", "?")
    if not words_before and (beside_verb or len(content) > _SHORT_WORDS or _has_speech_cue(
            words_after[:_ATTRIBUTION_WORDS if closed else _BESIDE_WORDS]) or (closed and has_cue and (
                words_after[0][0].isupper() or words_after[0].lower() in load_lexicon("subject_pronouns")))):
        return "direct"  # "...," Noem said; '"Very good reporter," Trump, the ..., said' (not "'Lite' versions of
        # games would overcome ... persuading developers", '"Unless quickly reversed," such a trend ...')
    if not content[0][0].islower() and before.rstrip().endswith((":", ",")) and _has_speech_verb(words_before[-1:]) \
            and quoted[-1] in ",!?" and _has_trailing_verb(words_after[:_BESIDE_WORDS]) and _SENTENCE_INSIDE.search(quoted):
        return "direct"  # 'Commenting on policy, he explained, "Depending on ... beef. We are awaiting their decision,"
        # he added': sentences of their own, a cue on either side
    if (not words_after or _next_act_after(quoted, after, content)) and not content[0][0].islower() and (before.rstrip().endswith((":", ",")) or (
            _has_speech_verb(words_before[-1:]) and before[-1:].isspace() and quoted.rstrip()[-1:] in (".", "!", "?")
            and len(content) > _SHORT_WORDS and words_before[-2:-1] != ["to"] and not is_noun(words_before[-1].lower()))):
        # (not 'to counter "X's rhetoric."', nor "The ad claims", which may be a noun's plural)
        return "direct"  # Noem said: "..."; the wire's Noem said "We will win." (a whole sentence, no comma); Noem
        # wrote, "...," and shared a link
    if has_cue or _speaks_in_person(content):
        return "mixed"
    if len(content) <= _SHORT_WORDS or _is_title_case(content, quoted):
        return "scare"
    if len(content) <= _TERM_WORDS and quoted[0].islower():
        return "scare"  # a term or a set phrase nobody is said to have said: "the worst of the worst"
    return "mixed"


def _next_act_after(quoted: str, after: str, content: list[str]) -> bool:
    """'Canova wrote, "It's time to end her career," [and shared a link]': a sentence's quote closed by its
    comma, then "and" or "but" and the writer's lower-case words: the sentence goes on with what the
    writer says next, not with the quote's clause (nor with another quote: ', "Send them home," and "Build
    the wall."'; nor a title's list: 'the thriller, "Bloodline," and the PBS drama'; nor the quote's
    contrast: '"... joint action from creditors," and not prepared recipes')."""
    joined = _NEXT_ACT.match(after) if quoted.rstrip()[-1:] == "," and len(content) > _SHORT_WORDS else None
    return joined is not None and joined.group(1) not in load_lexicon("negations")


def _after_title_cue(before: str, words_before: list[str], content: list[str], quoted: str) -> bool:
    """Title case right after a title cue ("author of", "the show", "his 2002 book,"): a title even
    before a verb."""
    end = before.rstrip()[-1:]
    named = len(words_before) > 1 and end != "," and words_before[-2].lower() in load_lexicon("title_nouns") \
        and words_before[-1].lower() in load_lexicons("naming_verbs", "naming_cues")  # "a book called "Women Who Work""
    return bool(words_before) and end != ":" and _is_title_case(content, quoted) and (named or (
        words_before[-1].lower() in load_lexicon("title_nouns") if end == ","
        else words_before[-1].lower() in load_lexicons("title_nouns", "title_prepositions")))


def _names_a_title(text: str, span: QuoteSpan, before: str, words_before: list[str], words_after: list[str],
                   content: list[str]) -> bool:
    """True for names and titles: the show "Meet the Press", ABC's "This Week", "Fight for 15" movement."""
    quoted = text[span.start:span.end]
    if before.rstrip().endswith(",") and _after_title_cue(before, words_before, content, quoted):
        return True  # "his 2002 book, "Make Your Kid a Millionaire,"": set off after its noun, even with "your"
    if _speaks_in_person(content) or (_SENTENCE_END.search(quoted) and len(content) > _SHORT_WORDS + 2
                                      and not _is_title_case(content, quoted)):
        return False  # speech, even after "the sign read"
    cue = words_before[-1].lower() if words_before and not before.rstrip()[-1:] in ",:" else None
    if cue is not None and (cue in load_lexicon("naming_cues") or _named_as(words_before)):
        return True
    titled = _is_title_case(content, quoted)
    if titled and _is_nickname(text, span, before, words_before, words_after, content):
        return True
    if titled and (_marks_a_title(before, words_before) or (len(content) > 2 and any(
            word.lower() in load_lexicon("title_heads") for word in content[1:]))):
        return True  # (and "the "Sugar Program Improvements Act of 1987"": a title's head inside it)
    head = words_after[0].lower() if words_after and text[span.outer_end:span.outer_end + 1].isspace() else None
    return head is not None and head in load_lexicon("title_heads") and (titled or len(content) <= _SHORT_WORDS)


def _marks_a_title(before: str, words_before: list[str]) -> bool:
    """An owner ("ABC's "This Week""), a title's noun or preposition ("the show", "on") or "told" right
    before a quote: a capitalised quote there is a name or a title ("told "Fox and Friends"")."""
    cue = words_before[-1].lower() if words_before and not before.rstrip()[-1:] in ",:" else None
    if cue in load_lexicon("articles") and len(words_before) > 1:
        cue = words_before[-2].lower()  # "the report on [the] "State of Agricultural Commodity Markets 2004""
    return bool(_POSSESSIVE_END.search(before)) or (
        cue is not None and cue in load_lexicons("title_nouns", "title_prepositions", "addressee_verbs"))


def _is_nickname(text: str, span: QuoteSpan, before: str, words_before: list[str], words_after: list[str],
                 content: list[str]) -> bool:
    """A word or two quoted inside a name: Rep. Robert C. "Bobby" Scott, Marcia "Cia" Price."""
    return len(content) <= 2 and bool(words_before) and bool(words_after) and before[-1:] == " " \
        and words_before[-1][0].isupper() and words_after[0][0].isupper() and text[span.outer_end:span.outer_end + 1] == " " \
        and not text[span.start:span.end].rstrip().endswith((",", ".", "!", "?"))


def _speaks_in_person(content: list[str]) -> bool:
    """True when the quoted words say I, we or you: somebody's speech, not a term."""
    first_person = load_lexicon("first_person")
    return any(word.lower().replace("’", "'") in first_person for word in content)


def _has_speech_verb(words: list[str]) -> bool:
    return has_speech_cue([word.lower() for word in words], two_word=False)


def _has_trailing_verb(words: list[str]) -> bool:
    """A verb that reports the quote just before it: said, smiled, "went on"."""
    return has_speech_cue([word.lower().strip(".,;:!?") for word in words], trailing=True)


def _has_speech_cue(words: list[str]) -> bool:
    lower = [word.lower() for word in words]
    return has_speech_cue(lower, two_word=False) or not load_lexicon("speech_nouns").isdisjoint(lower)


def unspoken_terms(quotes: Sequence[Quote]) -> list[Quote]:
    """The quotes, a short fragment that no rule gives a speaker made a scare quote: "an "aggressive
    sales culture" led the bank to ...", "links called "trackers"". A cue nearby made it look like
    someone's words (`_kind`); when attribution finds no one who said them, the writer is using a
    term. A fragment with other parts of an utterance, or a longer one, stays what it was."""
    sizes = Counter(quote.group for quote in quotes)
    return [quote.with_kind("scare") if quote.kind == "mixed" and quote.mention_start is None and quote.closed
            and sizes[quote.group] == 1 and len(_WORD.findall(quote.text)) <= _UNSPOKEN_WORDS else quote for quote in quotes]


def unvoiced_fragments(text: str, quotes: Sequence[Quote]) -> list[Quote]:
    """The quotes, a short fragment given to the subject of its sentence for want of any cue (the
    fallback rule `sentence_subject`) made a scare quote when that subject is no person: "The Senate
    defeated a move to block aid to the "contra" rebels", "The union has been staging "warning
    strikes"". A person's use of a word is more often their word ("Okafor pointed to a "moderate"
    inflation rate"), and I, we or a speech word between the two keep it speech."""
    sizes = Counter(quote.group for quote in quotes)
    return [_unvoiced(quote) if quote.rule == "sentence_subject" and quote.speaker_type != "person" and sizes[quote.group] == 1
            and quote.mention_end is not None and _short_term(quote.text)
            and not _has_speech_cue(_WORD.findall(text, quote.mention_end, quote.outer_start)) else quote for quote in quotes]


def _short_term(quoted: str) -> bool:
    content = _WORD.findall(quoted)
    return len(content) <= _UNSPOKEN_WORDS and not _speaks_in_person(content)


def _unvoiced(quote: Quote) -> Quote:
    return Quote(quote.quote_id, quote.start, quote.end, quote.text, quote.outer_start, quote.outer_end, "scare",
                 quote.closed, quote.paragraph, quote.sentence, quote.group)


def is_term(text: str, quote: Quote) -> bool:
    """A scare quote that is a term however it is used: marked as words ("the term "X"", "so-called
    "X"", "dubbed "X"") or in title case, a work's name or a slogan. Any other scare quote inside
    someone's paraphrase is a word of theirs (see `quotes.records`)."""
    before = text[max(0, quote.outer_start - _WINDOW):quote.outer_start]
    after = text[quote.outer_end:quote.outer_end + _WINDOW]
    return _marked_as_term(before, _WORD.findall(before)) or _shown_by_noun_after(after, _WORD.findall(after)) \
        or _is_title_case(_WORD.findall(quote.text, 0, _WINDOW), quote.text)


def _shown_by_noun_after(after: str, words_after: list[str]) -> bool:
    """The "I'm loving it" catchphrase, the "Stronger Together" slogan: a noun that shows words as words
    (lexicon mention_nouns) right after the quote."""
    return bool(words_after) and after[:1] == " " and words_after[0].lower() in load_lexicon("mention_nouns")


def _names_a_thing(before: str, words_before: list[str], after: str, words_after: list[str], content: list[str], quoted: str) -> bool:
    """A name in title case, no sentence of its own, that qualifies the noun after it ("the "Big Bang"
    reforms", "manual transmission "Sentra" cars") or a short one right after an article ("drove a
    "Sentra" to work"): a product, a plan, an event, nobody's words."""
    if not _is_title_case(content, quoted) or quoted.rstrip()[-1:] in ",.;:!?" or not words_before \
            or _has_speech_verb(words_before[-1:]):
        return False  # (but 'Trump cited "Obama-Clinton" policies': the words of whom the verb says spoke)
    following = words_after[0] if words_after and after[:1] == " " else ""
    return (following.islower() and (is_noun(following) or is_plural(following)) and not has_speech_cue([following], two_word=False)) or (
        before[-1:] == " " and words_before[-1].lower() in load_lexicon("articles") and len(content) <= _SHORT_WORDS)


def _apposed_after_noun(before: str) -> bool:
    """"The plan, dubbed ": a naming cue set off after a common noun (not "Limbaugh, for one, called ":
    an aside between a subject and its verb)."""
    match = _APPOSED_CUE.search(before)
    return match is not None and (is_noun(match.group(1)) or is_plural(match.group(1)))


def _marked_as_term(before: str, words_before: list[str]) -> bool:
    shown = words_before[-1].lower() if words_before and before[-1:] == " " else None
    return shown is not None and (shown in load_lexicons("mention_nouns", "scare_markers") or (
        shown in load_lexicon("naming_cues") and (_apposed_after_noun(before) or all(
            word.lower().endswith("ly") for word in words_before[:-1]))  # (or opening its sentence: "Originally dubbed "X"")
    ) or _named_thing(words_before) or _named_as(words_before))


def _named_as(words_before: list[str]) -> bool:
    """"known as (the) "X"", "referred to as "X"", "Latin for "X"": words that give a name or a gloss
    (lexicons naming_phrases, gloss_nouns)."""
    tail = [word.lower() for word in words_before[-4:]]
    if tail and tail[-1] in load_lexicon("articles"):
        tail.pop()
    joined = " " + " ".join(tail)
    return any(joined.endswith(" " + phrase) for phrase in load_lexicon("naming_phrases")) or _named_as_by(words_before) or (
        len(tail) > 1 and tail[-1] == "for" and tail[-2] in load_lexicon("gloss_nouns")) or (
        len(tail) > 1 and tail[-1] in load_lexicon("passive_naming_cues") and tail[-2] in load_lexicon("passive_auxiliaries"))
    # ("what has been dubbed "X"": a name given by no one the sentence says)


def _named_as_by(words_before: list[str]) -> bool:
    """"known [to fans] as "X"", "referred to [by critics] as "X"": a naming phrase ending in "as" with
    up to three words of who names it between its verb and "as" (not "referred to [Lords members] as
    "brigands"": its object, named by the subject, who speaks)."""
    tail = [word.lower() for word in words_before[-_NAMING_GAP - 3:]]
    if not tail or tail[-1] != "as":
        return False
    verbs = [phrase.removesuffix(" as") for phrase in load_lexicon("naming_phrases") if phrase.endswith(" as")]
    return any(tail[-1 - gap] in ("to", "by") and any((" " + " ".join(tail[:-1 - gap])).endswith(" " + verb) for verb in verbs)
               for gap in range(1, min(_NAMING_GAP, len(tail) - 2) + 1))


def _named_thing(words_before: list[str]) -> bool:
    """"an inflation formula called (the) "chained CPI"": a naming cue right after the noun of a thing
    names it (not after one that may speak: "the senator called "reckless"", "officials called")."""
    tail = words_before[-3:]
    if tail and tail[-1].lower() == "the":
        tail = tail[:-1]  # (not "called [her] "third-rate"": an object, then the speaker's word)
    if len(tail) < 2 or tail[-1].lower() not in load_lexicon("naming_cues"):
        return False
    noun = tail[-2]
    return noun.islower() and is_noun(noun) and not is_known_noun(noun) and not is_plural(noun)


def _is_title_case(content: list[str], quoted: str) -> bool:
    """True when every significant word is capitalised and the words do not end like a sentence."""
    if not content or len(content) > _TITLE_WORDS or re.search(r"[!?]['’\"”)\]]*$", quoted):
        return False
    minor = load_lexicon("minor_words")
    significant = [word for word in content if word.lower() not in minor]
    return bool(significant) and all(word[0].isupper() or word[0].isdigit() for word in significant)


def _coordinated_label(text: str, previous: Quote, span: QuoteSpan, sentence: Sentence) -> bool:
    """True when a short quote is joined by "and" or "or" to the speech quoted just before it in its
    sentence ("as a "human leech ..." and a "spoiled brat""), and is no term or title of its own."""
    if previous.outer_end < sentence.start or previous.paragraph != span.paragraph:
        return False
    words = _WORD.findall(text, previous.outer_end, span.outer_start)
    if not words or words[0].lower() not in load_lexicon("coordinators") or not all(
            word.lower() in load_lexicons("coordinators", "articles") for word in words) \
            or "," in text[previous.outer_end:span.outer_start].strip(" ,"):
        return False
    quoted = text[span.start:span.end]
    before = text[max(0, span.outer_start - _WINDOW):span.outer_start]
    return not _is_title_case(_WORD.findall(quoted), quoted) and not _marked_as_term(before, _WORD.findall(before))


def _is_interrupted(text: str, previous: Quote, span: QuoteSpan) -> bool:
    """True when `span` continues `previous` after its attribution: "I'm here," he said, "to stay."."""
    if previous.paragraph != span.paragraph or previous.kind in ("scare", "mixed") or previous.text[-1:] not in ",—–-…":
        return False
    between = _INTERRUPTION.fullmatch(text, previous.outer_end, span.outer_start)
    if between is None:
        return False
    words = _WORD.findall(between.group("words"))
    if 0 < len(words) <= _INTERRUPTION_WORDS and _has_speech_verb(words):
        return True
    # "The danger," said Tomas Herrera, an engineer who runs the water laboratory, "is that ...": a
    # verb first, then the speaker and a long apposition
    return 0 < len(words) <= _LONG_INTERRUPTION_WORDS and bool(speech_cue(words[0].lower()))


def _pull_quote(text: str, paragraph: Paragraph, span: QuoteSpan, spans: Sequence[QuoteSpan], pooled: list[str]) -> bool:
    """A subhead that echoes words quoted in the story ("'Just get out'" above the paragraph where the
    mayor says them): a line of its own, short, no sentence's stop, its words inside another quote.
    Layout, not a second utterance. `pooled` holds every quote's words once the first line asks."""
    quoted = text[span.start:span.end].strip()
    if text[paragraph.start:paragraph.end].strip() != text[span.outer_start:span.outer_end].strip() or not quoted \
            or quoted[-1] in ".!?,…" or not 1 < len(_WORD.findall(quoted)) <= _PULL_QUOTE_WORDS:
        return False
    if not pooled:
        pooled.append("\n".join(" ".join(text[other.start:other.end].lower().split()) for other in spans))
    return len(re.findall(rf"\b{re.escape(' '.join(quoted.lower().split()))}\b", pooled[0])) > 1  # (once is the line itself)


def is_link_line(text: str, start: int, end: int) -> bool:
    """True for a line (paragraph) of page furniture linking elsewhere: "READ MORE: "We were told
    nothing" - families on ward closures", "WATCH | ...". Its quotes tease another story; nobody says
    them here."""
    label = _LINK_LABEL.match(text, start, min(end, start + 24))
    return label is not None and label.group(1).lower().replace("’", "'") in load_lexicon("link_labels")


def is_headline(text: str, paragraphs: Sequence[Paragraph]) -> bool:
    """True when the first paragraph is a headline: short, and followed by the article body.

    Headlines quote loosely ("Sanders Told A Female Reporter Not To 'Moan'"); the body carries the real
    quote with its speaker, so headline quotes are not counted as speech. A short lede that is itself
    an attributed quote ("We will win," Noem said.) is not a headline.
    """
    if len(paragraphs) < 2:
        return False
    first = paragraphs[0]
    if sum(1 for _ in islice(_WORD.finditer(text, first.start, first.end), _HEADLINE_WORDS + 1)) > _HEADLINE_WORDS:
        return False
    for close in _CLOSE_THEN_WORDS.finditer(text, first.start, first.end):
        if _has_speech_verb(_WORD.findall(close.group("words"))):
            return False
    return True


def _sentence_of(span: QuoteSpan, sentences: Sequence[Sentence]) -> Sentence:
    """The sentence holding the span's opening mark (sentences never cut inside a quote)."""
    position = bisect_right(sentences, span.outer_start, key=lambda sentence: sentence.start)
    return sentences[max(position - 1, 0)]
