"""Word tokens with offsets, for the few stretches of text that attribution reads.

Attribution looks at the words around a quote, not at whole articles, so tokenising is cheap and
local: a regular expression over a slice, with abbreviations (Mr., Sen., U.S.) kept whole so that
their period does not look like the end of a phrase. Tokens keep their offsets into the original
text, so a speaker mention is a span of the article and never a string to search for again.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .lexicons import load_lexicon

__all__ = ["IN_WORD_MARKS", "Token", "tokenize"]

# Characters that may sit inside a word without ending it: the combining accents of decomposed text
# (José as Jose + U+0301), and Latin-1 symbols that are mis-decoded letters (TrÃ©vidic for Trévidic);
# not the no-break space, nor « and ».
IN_WORD_MARKS = "\u0300-\u036f\u0080-\u009f\u00a1-\u00aa\u00ac-\u00ba\u00bc-\u00bf"

# One token: a short parenthetical, initials (U.S.), a name with an ampersand, a word with inner apostrophes or hyphens (O'Malley, al-Assad, Noem's),
# a number that may carry a hyphenated tail (45-year-old), or one punctuation character.
_TOKEN = re.compile(
    # First, the commonest token: plain letters before a space, a comma or a sentence's final stop,
    # where no alternative below could match anything longer. It spares most words the backtracking
    # of the web-address alternative (a third of a corpus run's tokenising time); same tokens.
    r"[^\W\d_]+(?=[ \t\n\r,;:!?)\"”]|\.[ \t\n\r])"
    r"|<[A-Za-z/!?][^<>]*>"  # an HTML tag: skipped, so "said <b>Ed</b>" reads as "said Ed"
    r"|\([^()\s]{1,12}\)"  # a short parenthetical read as one token: (R-S.C.), (D-Nev.), (AROS)
    r"|\w[\w-]*(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|io|co|us|uk)\b"  # a web address: fivethirtyeight.com
    r"|(?:[^\W\d_]\.){2,}"
    r"|[^\W\d_]+&[^\W\d_]+"  # P&G, AT&T
    rf"|[^\W\d_]+(?:[{IN_WORD_MARKS}]+[^\W\d_]*)*"  # a word, marks inside it kept
    r"(?:['’][^\W\d_]+)*(?:-[^\W\d_]+)*(?:['’](?![^\W\d_]))?"
    r"|\d+(?:[.,:/]\d+)*(?:-[^\W\d_]+)*"
    r"|--+"  # a dash typed as two hyphens
    r"|[^\w\s]"
)


class Token(NamedTuple):
    """A token of the original text; `text == source[start:end]`.

    A named tuple rather than a frozen dataclass: just as immutable, and twice as cheap to build,
    which counts for the hundreds of thousands of tokens a corpus run makes.
    """

    start: int
    end: int
    text: str
    lower: str  # lower case, with ’ as ': compared against the lexicons

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_capitalized(self) -> bool:
        return self.text[0].isupper()

    @property
    def is_possessive(self) -> bool:
        """Noem's, Jones' (a possessive is a determiner of the noun after it, not a speaker)."""
        return len(self.text) > 2 and (self.lower.endswith("'s") or (self.lower.endswith("'") and self.text[-2] == "s"))


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """The tokens of `text[start:end]`, offsets into `text`."""
    abbreviations = load_lexicon("abbreviations")
    end = min(end, len(text))
    tokens: list[Token] = []
    append = tokens.append
    new = tuple.__new__  # a Token without the Python-level constructor: this loop is the hottest of a run
    taken = start  # where the last token ended
    for match in _TOKEN.finditer(text, start, end):
        token_start, token_end = match.span()
        if token_start < taken:
            continue  # the period was taken by the abbreviation before it
        word = match.group()
        if word[0] == "<" and len(word) > 1:
            continue
        if (token_end < end and text[token_end] == "." and word[0].isalpha()
                and word.lower().rpartition("-")[2] in abbreviations):
            token_end += 1  # Mr. / Sen. / Jr.
            word = text[token_start:token_end]
        append(new(Token, (token_start, token_end, word, word.lower().replace("’", "'"))))
        taken = token_end
    return tokens
