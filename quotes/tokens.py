"""Word tokens with offsets, for the few stretches of text that attribution reads.

Attribution looks at the words around a quote, not at whole articles, so tokenising is cheap and
local: a regular expression over a slice, with abbreviations (Mr., Sen., U.S.) kept whole so that
their period does not look like the end of a phrase. Tokens keep their offsets into the original
text, so a speaker mention is a span of the article and never a string to search for again.
`sentence_tokens` reads a sentence with each of its quotes as one placeholder token, once per
article for both readers (attribution, then reported speech), and without the dateline that may
open it ("WASHINGTON (Reuters) - "): page furniture holds no speaker.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .lexicons import load_lexicon, load_lexicons, load_mapping
from .model import Quote, Sentence

__all__ = ["CLAUSE_END", "DASHES", "clause_floor", "IN_WORD_MARKS", "NICKNAME", "QUOTE", "READ_WINDOW", "TITLE", "SharedTokens", "Token", "after_dateline", "inline_quote", "is_dash", "sentence_tokens", "since_last_quote", "until_next_quote",
           "tokenize"]

CLAUSE_END = frozenset({".", ";", "!", "?", "…"})  # tokens that end a clause: no phrase reads across one
DASHES = frozenset({"—", "–", "-", "--", "―", "−"})
_FLOOR_TOKENS = 80  # how far back a clause's start is looked for: no rule reads farther
_DATELINE_WORDS = 7  # "SAN JUAN, P.R., March 1 —"
QUOTE = '"'  # text of the placeholder token standing for a quote inside a sentence
TITLE = "title"  # ... and for a scare quote or a title, which reads as a noun
READ_WINDOW = 300  # characters read either side of a quote, and at the start of its sentence

# Characters that may sit inside a word without ending it: the combining accents of decomposed text
# (José as Jose + U+0301), and Latin-1 symbols that are mis-decoded letters (TrÃ©vidic for Trévidic);
# not the no-break space, nor « and ».
IN_WORD_MARKS = "\u0300-\u036f\u0080-\u009f\u00a1-\u00aa\u00ac-\u00ba\u00bc-\u00bf"

# A dateline opening a line: the place (in capitals, or in title case before a date), its region,
# the date, the agency, then a dash: "PORTLAND, Ore., Feb 26 - ", "WASHINGTON (Reuters) - ",
# "Toronto, March 2 - ", "March 3 (Reuters) - "; or a header in capitals ("ECONOMIC SPOTLIGHT - ").
# Page furniture: its words name no speaker ("PEKING, March 2 - The paper said" is not Peking's).
_CAPITALS = r"[A-Z][A-Z.'’&-]*(?:[ \t]+[A-Z][A-Z.'’&-]*)*"
_TITLED = r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}"
_DAY = r"[A-Za-z]{3,9}\.?[ \t]+\d{1,2}"
_DATE = rf",[ \t]+{_DAY}"
_AGENCY = r"[ \t]*\([A-Z][^()\n]{0,30}\)"
_WIRE = r"[ \t]*\((?:[A-Z]{2,6}|Reuters)\)"  # "Washington (AFP) – ": a wire's name in capitals, not "(D-Ill.)"
_DATELINE = re.compile(
    rf"^[ \t]*(?:{_CAPITALS}(?:,[ \t]+{_TITLED})?(?:{_DATE})?(?:{_AGENCY})?"
    rf"|{_TITLED}(?:,[ \t]+{_TITLED})?{_DATE}(?:{_AGENCY})?|{_TITLED}{_WIRE}|{_DAY}{_AGENCY})[ \t]*(?:--?|[–—])[ \t]", re.MULTILINE)


# A nickname in quotation marks between a name's parts: '"Cia"' in 'Marcia "Cia" Price', "'Head'",
# '“The Rock”'. The sentence's tokens (here) and the cast's name chains (`quotes.names`) both read
# across it. The match opens at the mark, the word and space before it checked after: the engine
# skips from mark to mark, where a pattern opening with the space stopped at every space (a tenth as
# many tries in news).
NICKNAME = re.compile(r"[\"“'‘](?<=[\w.][ \t].)[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*)?[\"”'’](?=[ \t][A-Z])")

# One token: a short parenthetical, initials (U.S.), a name with an ampersand, a word with inner apostrophes or hyphens (O'Malley, al-Assad, Noem's),
# a number that may carry a hyphenated tail (45-year-old), or one punctuation character.
_TOKEN = re.compile(
    # No token starts with a space: said first, the engine skips a space at once instead of trying
    # every alternative there (a third of the matching time; the same tokens).
    r"(?=\S)(?:"
    # First, the commonest token: plain letters before a space, a comma or a sentence's final stop,
    # where no alternative below could match anything longer. It spares most words the backtracking
    # of the web-address alternative (a third of a corpus run's tokenising time); same tokens. ASCII
    # letters only: a class of Unicode categories costs a lookup per character (a fifth of the
    # matching time); a word with other letters fails here and the word alternative takes it whole.
    r"[A-Za-z]+(?=[ \t\n\r,;:!?)\"”]|\.[ \t\n\r])"
    # An HTML tag, or a ticker in brackets ("<GM>", "<BLDS ST>"): skipped, so "said <b>Ed</b>" reads as
    # "said Ed". A name with a word in title case in brackets ("<Airbus Industrie>", "<TMOC Resources
    # Ltd>", "<Z-Seven Fund Inc>": a wire's unlisted company) is no tag.
    r"|<(?![A-Z][a-z])(?![A-Z][^<>\s]*\s[^<>]*?\b[A-Z][a-z])[A-Za-z/!?][^<>]*>"
    r"|\([^()\s]{1,12}\)"  # a short parenthetical read as one token: (R-S.C.), (D-Nev.), (AROS)
    r"|\([DRI]-[A-Z][\w.]*(?:[ \t][A-Z][\w.]*){1,2}\)"  # a party and a district of two or three words: (D-Newport News)
    r"|\w[\w-]*(?:\.[\w-]+)*\.(?i:com|org|net|gov|edu|io|co|us|uk)\b"  # a web address: fivethirtyeight.com, Halo.Bungie.Org
    r"|(?:[^\W\d_]\.){2,}"
    r"|[^\W\d_]+&[^\W\d_]+"  # P&G, AT&T
    r"|[A-Z]/[A-Z][A-Za-z-]*(?![\w/])"  # S/P (a wire's Standard and Poor's), A/S (a Danish company's form), M/A-Com
    r"|[A-Z][A-Za-z]*\d+[A-Za-z\d]*(?![\w.,]*\d)"  # a name with digits: G7, PS2, A380 (not "B2,500", a number)
    rf"|[^\W\d_]+(?:[{IN_WORD_MARKS}]+[^\W\d_]*)*"  # a word, marks inside it kept
    r"(?:['’-][^\W\d_]+)*(?:['’](?![^\W\d_]))?"  # (Kilroy-Silk's, O'Neill-Smith)
    r"|\d+(?:[.,:/]\d+)*(?:-[^\W\d_]+)*(?:['’]s(?![\w'’]))?"  # (a possessive after it: "BBC Radio 4's")
    r"|['‘’]\d\d(?:s(?![\w'’]))?(?![\w'’])"  # a year or a decade cut short: "in '08", "the ’80s", "in ‘08"
    r"|--+"  # a dash typed as two hyphens
    r"|[^\w\s])"
)


class Token:
    """A token of the original text; `text == source[start:end]`. Read-only by convention.

    A plain class with slots: compiled (setup.py), reading a field is a load from the object, where a
    named tuple's field went through a generic attribute lookup, millions of times in a corpus run.
    """

    __slots__ = ("start", "end", "text", "lower")

    def __init__(self, start: int, end: int, text: str, lower: str) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.lower = lower  # lower case, with ’ as ': compared against the lexicons

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Token) and self.start == other.start and self.end == other.end \
            and self.text == other.text and self.lower == other.lower

    def __hash__(self) -> int:
        return hash((self.start, self.end, self.text, self.lower))

    def __repr__(self) -> str:
        return f"Token({self.start}, {self.end}, {self.text!r}, {self.lower!r})"

    @property
    def is_word(self) -> bool:
        text = self.text
        return text[0].isalnum() or (len(text) > 2 and text[1].isdigit() and text[0] in "'‘’")  # ("'08", "’80s")

    @property
    def is_capitalized(self) -> bool:
        """A capital first letter, or a name's particle before one: "al-Masri", "el-Sisi"."""
        text = self.text
        return text[0].isupper() or ("-" in text and _particle_then_name(text))

    @property
    def is_parenthetical(self) -> bool:
        """A short parenthetical read as one token: "(R-S.C.)", "(GMAC)"."""
        return self.text.startswith("(") and self.text.endswith(")")

    @property
    def is_possessive(self) -> bool:
        """Noem's, Jones' (a possessive is a determiner of the noun after it, not a speaker); not "he's",
        "she's": a person's pronoun and its verb ("He's claiming that ...")."""
        return len(self.text) > 2 and ((self.lower.endswith("'s") and load_mapping("pronouns").get(self.lower[:-2]) not in (
            "male", "female")) or (self.lower.endswith("'") and self.text[-2] == "s"))


def _particle_then_name(word: str) -> bool:
    particle, _, name = word.partition("-")
    return name[:1].isupper() and particle in load_lexicon("chain_particles")


def _is_nickname(text: str, quote: Quote, tokens: list[Token]) -> bool:
    """A nickname in quotation marks between a given name and a surname ('Marcia "Cia" Price'): part of
    the name, not a title or a quote of its own."""
    if quote.is_speech or not tokens or not tokens[-1].is_capitalized or not tokens[-1].is_word \
            or tokens[-1].end != quote.outer_start - 1:
        return False
    found = NICKNAME.match(text, quote.outer_start)
    return found is not None and found.end() == quote.outer_end


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """The tokens of `text[start:end]`, offsets into `text`."""
    abbreviations = load_lexicons("abbreviations", "units")
    end = min(end, len(text))
    tokens: list[Token] = []
    append = tokens.append
    taken = start  # where the last token ended
    for match in _TOKEN.finditer(text, start, end):
        token_start, token_end = match.span()
        if token_start < taken:
            continue  # the period was taken by the abbreviation before it
        word = match.group()
        first = word[0]
        if first == "<" or first == ">":
            if len(word) > 1 or (text[token_end:token_end + 1].isupper() if first == "<"
                                 else text[token_start - 1:token_start].isalnum()):
                continue  # a tag, or a bracket around a name: "<Airbus Industrie> said" reads as "Airbus Industrie said"
        if (token_end < end and text[token_end] == "." and first.isalpha()
                and word.lower().rpartition("-")[2] in abbreviations):
            token_end += 1  # Mr. / Sen. / Jr.
            word = text[token_start:token_end]
        elif token_end + 2 < end and text[token_end] == "!" and first.isupper() and text[token_end + 1] == " " \
                and text[token_end + 2].islower():
            token_end += 1  # "the Kerrang! poll", "pop duo Wham! to": a name's own mark, no clause's end
            word = text[token_start:token_end]
        lower = word.lower()
        append(Token(token_start, token_end, word, lower.replace("’", "'") if "’" in lower else lower))
        taken = token_end
    return tokens


def after_dateline(text: str, position: int) -> int:
    """Where a sentence starting at `position` starts once a dateline opening it is left out."""
    match = _DATELINE.match(text, position)
    return position if match is None else match.end()


# A sentence's tokens and placeholders, by the sentence and its quotes: see `sentence_tokens`.
SharedTokens = dict[tuple, tuple[list[Token], dict[int, int]]]


def sentence_tokens(text: str, sentence: Sentence, inside: Sequence[Quote],
                    shared: SharedTokens | None = None) -> tuple[list[Token], dict[int, int]]:
    """Tokens of a sentence outside its quotes, each quote standing as one placeholder token.

    Returns the tokens and, for each quote's `outer_start`, the index of its placeholder. Long
    stretches between quotes are read only near their ends: a clue far from any quote and from the
    sentence start cannot decide an attribution, and reading it would cost time for nothing.
    Attribution and reported speech read the same sentences: given the same `shared` dict (one per
    article), the second reader gets the first one's tokens (read-only) instead of tokenising again.
    """
    if shared is not None:
        key = (sentence.start, sentence.end, *((quote.outer_start, quote.outer_end, quote.is_speech) for quote in inside))
        found = shared.get(key)
        if found is None:
            found = shared[key] = sentence_tokens(text, sentence, inside)
        return found
    tokens: list[Token] = []
    placeholders: dict[int, int] = {}
    position = after_dateline(text, sentence.start)  # "PEKING, March 2 - ": no word of the sentence
    for quote in [*inside, None]:
        gap_end = sentence.end if quote is None else quote.outer_start
        if gap_end - position > 2 * READ_WINDOW:
            tokens += tokenize(text, position, position + READ_WINDOW)
            tokens.append(Token(position + READ_WINDOW, gap_end - READ_WINDOW, "…", "…"))
            tokens += tokenize(text, gap_end - READ_WINDOW, gap_end)
        elif gap_end > position:
            tokens += tokenize(text, position, gap_end)
        if quote is not None and _is_nickname(text, quote, tokens):
            position = max(position, quote.outer_end)  # 'Marcia "Cia" Price': the name reads on across it
            continue
        if quote is not None:
            placeholders[quote.outer_start] = len(tokens)
            # A title or a scare quote reads as a noun inside the writer's words ("author of "America's
            # Unwritten Constitution," put it"); only speech stands apart as a quote.
            mark = QUOTE if quote.is_speech else TITLE
            tokens.append(Token(quote.outer_start, quote.outer_end, mark, mark))
            if quote.text.endswith(","):
                # the comma American style puts inside the marks still punctuates the writer's sentence
                tokens.append(Token(quote.end - 1, quote.end, ",", ","))
            position = max(position, quote.outer_end)
    return tokens, placeholders


def clause_floor(tokens: list[Token], index: int) -> int:
    """Index after the last clause end before `index`: a subject is never found across a sentence end.

    Looks back at most a few dozen tokens: no rule reads farther, and a sentence made of thousands of
    quotes must not cost its length for each of them.
    """
    lowest = max(0, index - _FLOOR_TOKENS)
    closed = False  # a ")" seen: a ";" inside the parentheses before it ends no clause ("($8bn; £6bn)")
    for position in range(index - 1, lowest - 1, -1):
        text = tokens[position].text
        if text in CLAUSE_END and not (closed and text == ";"):
            return _after_dateline(tokens, position + 1, index)
        closed = (closed or text == ")") and text != "("
    return _after_dateline(tokens, lowest, index)


def _after_dateline(tokens: list[Token], start: int, limit: int) -> int:
    """Skip a dateline opening the clause: "WASHINGTON — Sen. Chuck Grassley said" starts at "Sen.",
    and the wire services' "KUWAIT, March 1 - Kuwait's Oil Minister said" at "Kuwait's"."""
    months = load_lexicon("months")
    for position in range(start, min(limit, start + _DATELINE_WORDS)):
        token = tokens[position]
        if token.text in DASHES and (position == start or tokens[position - 1].end < token.start):
            return position + 1 if position > start else start  # (not "U.S. M[-]1 money supply": a hyphen inside a name)
        if not (token.text == "," or (token.is_word and token.text.isupper()) or token.text.endswith(".")
                or token.lower in months or token.text.isdigit()):
            return start
    return start


def inline_quote(tokens: list[Token], index: int) -> bool:
    """A quote read as words of its clause, a lower-case word after it: 'to fight "Black Lives Matter"
    violence' (not '"...," he said', nor '"..." and 14 percent said': a new clause;
    nor 'labelled a "big misjudgement" by the Conservatives who said': an agent)."""
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return following is not None and following.is_word and not following.is_capitalized \
        and following.lower not in load_lexicons("subject_pronouns", "conjunctions", "phrase_prepositions")


def since_last_quote(tokens: list[Token], index: int) -> list[Token]:
    """The tokens of a sentence between the quote placeholder before `index` (or the start) and it."""
    start = index
    while start > 0 and tokens[start - 1].text != QUOTE:
        start -= 1
    return tokens[start:index]


def until_next_quote(tokens: list[Token], index: int) -> list[Token]:
    """The tokens of a sentence after `index`, up to the next quote placeholder (or the end)."""
    end = index + 1
    while end < len(tokens) and tokens[end].text != QUOTE:
        end += 1
    return tokens[index + 1:end]


def is_dash(tokens: list[Token], index: int) -> bool:
    """A dash between words ("Scott -- a friend"), not a hyphen inside a name or a number ("EB-5")."""
    token = tokens[index]
    return token.text in DASHES and (token.text != "-" or (index > 0 and tokens[index - 1].end < token.start))
