"""How many: numbers, counting words and the words that only qualify them ("nearly three in five",
"more than 40 percent"). A share of the people asked speaks as a subject ("Two in three said"):
`quotes.phrases` finds it before a verb, `quotes.reported` and `quotes.speakers` read it here too.
"""

from __future__ import annotations

from collections.abc import Sequence

from .lexicons import load_lexicon, load_mapping
from .tokens import Token

__all__ = ["approximated_at", "approximates", "approximator_before", "counts", "is_number", "is_percent", "is_share"]


def is_number(token: Token) -> bool:
    """Digits or a number word (lexicon number_words): "42", "four"."""
    return token.text[0].isdigit() or token.lower in load_lexicon("number_words")


def counts(token: Token) -> bool:
    """A number or a word that counts (lexicon quantity_words): "three", "42", "half", "most"."""
    return token.lower in load_lexicon("quantity_words") or token.text[0].isdigit()


def approximator_before(tokens: Sequence[Token], index: int, floor: int = 0) -> int:
    """How many words right before `index` only qualify a number ("[nearly] three", "[more than]
    six in 10", "[as many as] 3,000"; lexicon approximators): 0 to 3."""
    approximators = load_lexicon("approximators")
    for width in (3, 2):  # "[as many as] 3,000", "[more than] six"
        if index - width >= floor and " ".join(token.lower for token in tokens[index - width:index]) in approximators:
            return width
    return 1 if index - 1 >= floor and tokens[index - 1].lower in approximators else 0


def approximated_at(tokens: Sequence[Token], index: int) -> int:
    """How many words at `index` only qualify the number after them ("[nearly] three in five", "[more
    than] 40 percent"; see `approximator_before`): 0 to 3."""
    for width in (3, 2, 1):
        following = index + width
        if following < len(tokens) and counts(tokens[following]) \
                and approximator_before(tokens, following, index) == width:
            return width
    return 0


def approximates(tokens: Sequence[Token], start: int, limit: int) -> bool:
    """"[About] 200 protesters", "[nearly] three in five": a word that qualifies a number, not a preposition."""
    width = approximated_at(tokens, start)
    return width > 0 and start + width < limit and is_number(tokens[start + width])


def is_share(tokens: Sequence[Token], words: Sequence[Token]) -> bool:
    """"42%", "26 percent", "46 pct", "Nine in 10", "half of them": a share of the people asked, an unnamed group
    (not a person named Nine); in "42% of voters" the head, voters, speaks."""
    words = words[approximated_at(words, 0):]  # "[More than] six in 10"
    if 1 <= len(words) <= 2 and words[-1].lower in load_lexicon("share_words") and (
            len(words) == 1 or words[0].lower in load_lexicon("articles")):
        return True  # "[Nearly] half said", "Most said", "A majority said"
    of = next((index for index, word in enumerate(words) if word.lower == "of"), None)
    if of is not None:
        return 0 < of == len(words) - 2 and words[-1].lower in load_mapping("pronouns") and counts(words[of - 1])
    return tokens[-1].text == "%" or is_percent(words, len(words) - 1) or (
        len(words) == 3 and words[1].lower == "in" and is_number(words[0]) and is_number(words[2]))


def is_percent(tokens: Sequence[Token], index: int) -> bool:
    """The word at `index` makes the number before it a share: "26 [percent]", "22 [pct]", "46 per
    [cent]" (lexicon percent_words)."""
    word = tokens[index].lower
    return word in load_lexicon("percent_words") or (word == "cent" and index > 0 and tokens[index - 1].lower == "per")
