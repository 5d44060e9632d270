"""TextBlob's pattern sentiment scoring, rewritten to run at compiled speed over TextBlob's own lexicon.

`TextBlob(text).sentiment` tokenises the text (a dozen regex substitutions, a Python loop per token),
then walks the tokens with a small state machine: negations ("not good"), modifiers ("very good"),
exclamation marks, the sarcasm mark "(!)" and emoticons. That is most of the tone step's time. This
module performs the same steps in the same order, with the regexes compiled once and the per-token work
in plain loops, so that mypyc can compile it (see setup.py). The scores are equal to TextBlob's to the
last bit: tests/analysis/test_patternscore.py compares them on generated and real texts, and the
lexicon itself (words, averaged senses, the adverbs derived from adjectives) is TextBlob's, loaded
by TextBlob's own code (`analysis.sentiment`).

TextBlob (MIT licence) takes its analyser from the Pattern library (BSD licence); the steps below
follow their published behaviour, including the quirks a faithful score needs (the contraction
splits that the quotation-mark spacing undoes, and sentences ending only at their markers).
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["PatternLexicon", "pattern_score", "pattern_tokens"]

# TextBlob's tokenizer, step by step (its data, the abbreviations and emoticons, come with the lexicon).
_SPACED_MARKS = "“”‘’'\""  # spaced apart after the contractions are split off, in this order
_END_OF_SENTENCE = "END-OF-SENTENCE"
_SENTENCE_ENDS = frozenset(("...", ".", "!", "?", _END_OF_SENTENCE))
_AFTER_SENTENCE_END = frozenset(("'", '"', "”", "’", "...", ".", "!", "?", ")", _END_OF_SENTENCE))
_LETTER_STOP = re.compile(r"^[A-Za-z]\.$")  # "T. De Smedt"
_LETTERS_STOPS = re.compile(r"^([A-Za-z]\.)+$")  # "U.S."
_CAPITAL_CONSONANTS_STOP = re.compile("^[A-Z][" + "|".join("bcdfghjklmnpqrstvwxz") + "]+.$")  # "Mr."
_TOKEN = re.compile(r"(\S+)\s")
_PARAGRAPH_BREAK = re.compile(r"\n{2,}")
_SPACES = re.compile(r"\s+")
_SARCASM = re.compile(r"\( ?\! ?\)")


class PatternLexicon(NamedTuple):
    """What the scoring reads of TextBlob: each word's (polarity, subjectivity, intensity) averaged
    over its senses, the words that can modify the next one (those with an adverb sense), the negation
    words, and its tokenizer's data (built by `analysis.sentiment` from TextBlob's module)."""

    scores: dict[str, tuple[float, float, float]]
    modifiers: frozenset[str]
    negations: frozenset[str]
    contractions: tuple[tuple[str, str], ...]  # "n't" -> " n't", in the order applied
    contraction_words: frozenset[str]  # tokens never split further ("n't")
    punctuation: str  # split from the ends of tokens; the period has its own rules
    edge_marks: frozenset[str]  # its characters but the period: split from either end of a token
    trailing_marks: frozenset[str]  # and with the period: what may end a token to split
    abbreviations: frozenset[str]  # tokens that keep their final period
    emoticons: tuple[tuple[float, frozenset[str]], ...]  # polarity and faces (lower case), in the order tried
    spaced_emoticon: re.Pattern[str]  # an emoticon the tokenizer spaced apart (": )"), to join again


class _Assessment:
    """One scored word with what precedes it: "very good", "not good", "good!"."""

    __slots__ = ("polarity", "subjectivity", "intensity", "negated")

    def __init__(self, polarity: float, subjectivity: float, intensity: float) -> None:
        self.polarity = polarity
        self.subjectivity = subjectivity
        self.intensity = intensity
        self.negated = False


def pattern_score(text: str, lexicon: PatternLexicon) -> tuple[float, float]:
    """(polarity, subjectivity) of `text`, equal to TextBlob's pattern analyser's."""
    assessments = _assessments([word.lower() for word in " ".join(pattern_tokens(text, lexicon)).split()], lexicon)
    polarity = 0.0
    subjectivity = 0.0
    for assessment in assessments:  # summed in order, as TextBlob does (not `sum`, which compensates on 3.12+)
        polarity += assessment.polarity * -0.5 if assessment.negated else assessment.polarity
        subjectivity += assessment.subjectivity
    count = float(len(assessments) or 1)
    return polarity / count, subjectivity / count


def pattern_tokens(text: str, lexicon: PatternLexicon) -> list[str]:
    """TextBlob's tokenised sentences of `text`, each a string of space-separated tokens."""
    for contraction, split in lexicon.contractions:
        if contraction in text:
            text = text.replace(contraction, split)
    for mark in _SPACED_MARKS:
        if mark in text:
            text = text.replace(mark, f" {mark} ")
    if "\n" in text:
        text = _PARAGRAPH_BREAK.sub(f" {_END_OF_SENTENCE} ", text.replace("\r\n", "\n"))
    text = _SPACES.sub(" ", text)
    tokens: list[str] = []
    for token in _TOKEN.findall(text + " "):
        if token[0] in lexicon.edge_marks or token[-1] in lexicon.trailing_marks:
            _split_token(token, tokens, lexicon)
        else:
            tokens.append(token)  # a plain word, the most common token: nothing to split
    sentences: list[str] = []
    for sentence in _sentences(tokens):
        joined = " ".join(sentence)
        if "!" in joined:
            joined = _SARCASM.sub("(!)", joined)
        sentences.append(lexicon.spaced_emoticon.sub(_joined_emoticon, joined))
    return sentences


def _split_token(token: str, tokens: list[str], lexicon: PatternLexicon) -> None:
    """Append `token` with the punctuation at its ends split off (a final period kept on abbreviations).
    The marks are single characters: a set test is what TextBlob's `startswith` with their tuple does."""
    contractions = lexicon.contraction_words
    edge_marks = lexicon.edge_marks
    if token in contractions:
        tokens.append(token)
        return
    while token and token[0] in edge_marks:
        tokens.append(token[0])
        token = token[1:]
        if token in contractions:
            break
    tail: list[str] = []
    while token and token[-1] in lexicon.trailing_marks and token not in contractions:
        if token[-1] in edge_marks:
            tail.append(token[-1])
            token = token[:-1]
        if token.endswith("..."):
            tail.append("...")
            token = token[:-3].rstrip(".")
        if token.endswith("."):
            if token in lexicon.abbreviations or _LETTER_STOP.match(token) is not None \
                    or _LETTERS_STOPS.match(token) is not None or _CAPITAL_CONSONANTS_STOP.match(token) is not None:
                break
            tail.append(token[-1])
            token = token[:-1]
    if token:
        tokens.append(token)
    tokens.extend(reversed(tail))


def _sentences(tokens: list[str]) -> list[list[str]]:
    """Tokens grouped into sentences: a sentence ends at a stop, with the closing marks after it."""
    sentences: list[list[str]] = [[]]
    first = 0
    index = 0
    while index < len(tokens):
        if tokens[index] in _SENTENCE_ENDS:
            while index < len(tokens) and tokens[index] in _AFTER_SENTENCE_END:
                if (tokens[index] == "'" or tokens[index] == '"') and sentences[-1].count(tokens[index]) % 2 == 0:
                    break  # (the sentence being built is still empty here: a straight mark always stops it)
                index += 1
            sentences[-1].extend(token for token in tokens[first:index] if token != _END_OF_SENTENCE)
            sentences.append([])
            first = index
        index += 1
    sentences[-1].extend(tokens[first:index])
    return [sentence for sentence in sentences if sentence]


def _joined_emoticon(match: re.Match[str]) -> str:
    return match.group(1).replace(" ", "") + match.group(2)


def _assessments(words: list[str], lexicon: PatternLexicon) -> list[_Assessment]:
    """The scored words, each with the modifier or negation before it applied."""
    scores = lexicon.scores
    negations = lexicon.negations
    found: list[_Assessment] = []
    modifier: str | None = None  # the known word before, when it can modify ("really good")
    negation: str | None = None  # the negation before ("not good", "not a good")
    for word in words:
        score = scores.get(word)
        if score is not None:
            polarity, subjectivity, intensity = score
            if modifier is None:
                found.append(_Assessment(polarity, subjectivity, intensity))
            else:
                last = found[-1]
                last.polarity = max(-1.0, min(polarity * last.intensity, 1.0))
                last.subjectivity = max(-1.0, min(subjectivity * last.intensity, 1.0))
                last.intensity = intensity
            if negation is not None:
                found[-1].intensity = 1.0 / found[-1].intensity
                found[-1].negated = True
            modifier = word if word in lexicon.modifiers else None
            negation = word if word in negations else None
            continue
        if word in negations:
            negation = word
        elif negation and len(word.strip("'")) > 1:
            negation = None
        if negation is not None and modifier is not None and modifier.endswith("ly"):
            found[-1].negated = True  # "really not good"
            negation = None
        elif modifier and len(word) > 2:
            modifier = None
        if word == "!" and found:
            found[-1].polarity = max(-1.0, min(found[-1].polarity * 1.25, 1.0))
        if word == "(!)":
            found.append(_Assessment(0.0, 1.0, 1.0))  # a sarcasm mark
        if not word.isalpha() and len(word) <= 5 and word not in lexicon.punctuation:  # (a substring test, as TextBlob's)
            for polarity, faces in lexicon.emoticons:
                if word in faces:
                    found.append(_Assessment(polarity, 1.0, 1.0))
                    break
    return found
