"""Is a capitalised word or name a company's? The evidence an article gives around it.

"Microsoft's shares", "Yukos shareholders" (what only a company has, lexicon company_parts),
"brokerage Merrill Lynch" (a noun for a business before it), "Shares in Cairn Energy": such a name
is an organisation whoever it sounds like; "16.8 billion U.S. Dlrs" is an amount, no one's name.
Read by `quotes.cast` while it indexes an article's names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from .lexicons import lexicon_alternation, load_lexicon, load_lexicons, load_mapping, word_trie
from .names import Named, is_legal_form, not_name_starts
from .tokens import Token
from .wordclass import agent_endings, can_be_verb, is_describer, is_given_name, is_noun, is_plural_noun, is_title_word, world_given_names

__all__ = ["Companies", "after_amount", "business_before", "companies_in", "described_as_company", "firm_of_agents", "in_ticker", "is_listed",
           "listed_here", "listed_names", "named_unit", "owned_by_company", "speaks_of_its_own"]

_COMPANY_BEFORE = re.compile(r"\b([A-Z][a-z][\w&-]*|[A-Z]{2,}[a-z][\w&-]*)(?:['’]s?)?[ \t]*$")  # "Microsoft's"
_COMPANY_REACH = 40  # characters read back from a company's part for its name
# "analyst at [Intel]": the word before "at" is read back from each match (a scan that opens with
# the role's word tries it at every word of a text, four times the cost)
_AT_NAME = re.compile(r"[ \t]at[ \t]+([A-Z][a-z][\w&-]*|[A-Z]{2,}[a-z][\w&-]*)\b(?![ \t]+[A-Z]|['’])")
_OWNER_WORD = re.compile(r"(?<![^ \t\n])([A-Z][\w&.'’-]*|of|&)[ \t]*$")  # a word of a listed company's name, read backwards
_INITIALS = re.compile(r"(?:[A-Z]\.)+$")  # "M.A.", "E.F."
_OWNER_WORDS = 6  # words read back from a ticker for its company's name
_TICKER_REACH = 12  # characters from a ticker's opening to its code
_ITS_AFTER = re.compile(r"[ \t]+(?:also[ \t]+|ha[sd][ \t]+)?([a-z]+)[ \t]+(?:that[ \t]+)?its\b")  # ' (has) said (that) its'


def owned_by_company(text: str, chain_start: int) -> bool:
    """A company's part and "in" or "of" right before a name: "Shares in [Cairn Energy]"."""
    return text.endswith(("in ", "of "), 0, chain_start) and _owned_by().search(
        text, max(0, chain_start - _COMPANY_REACH), chain_start) is not None


def listed_names(text: str) -> frozenset[tuple[str, ...]]:
    """Names written before a stock ticker, lower case, less an owner's 's and the legal form:
    "Citicorp <CCI>", "BANGOR HYDRO <BANG>", "Acme Corp (NYSE: ACM)", "Acme (ACM.N)". Only a listed
    company has a ticker: its name, and the shorter names the article calls it by, are no person's."""
    if "<" not in text and "(" not in text:
        return frozenset()
    found = set()
    openers = not_name_starts()
    for ticker in _ticker().finditer(text):
        words: list[str] = []
        end = ticker.start()
        while len(words) < _OWNER_WORDS and (word := _OWNER_WORD.search(text, max(0, end - 40), end)) is not None and (
                not word.group(1).endswith(".") or _INITIALS.match(word.group(1)) or is_legal_form(word.group(1))):
            words.insert(0, word.group(1))  # (no further back than a sentence's end: "cut. Citicorp <CCI>")
            end = word.start()
        while words and (not words[0][:1].isupper() or words[0].lower() in openers):
            words.pop(0)  # ("Bank of Boston", not "Then Acme": a name opens with a capital, not a sentence's word)
        if words and words[-1].endswith(("'s", "’s")):
            words[-1] = words[-1][:-2]  # "Citicorp's <CCI> Citibank": the owner's name
        while words and is_legal_form(words[-1]):
            words.pop()
        if words:
            found.add(_words_of(words))
    return frozenset(found)


def is_listed(name: Sequence[str], listed: frozenset[tuple[str, ...]]) -> bool:
    """Whether a name is a listed company's, in full or shortened: "Bangor Hydro" and "Bangor" for
    "Bangor Hydro <BANG>"; "Baker International Corp" for "Baker International <BKO>"."""
    words = _words_of(name)
    while len(words) > 1 and is_legal_form(words[-1]):
        words = words[:-1]
    return any(owner[:len(words)] == words or words[:len(owner)] == owner or (len(words) > 1 and owner[-len(words):] == words)
               for owner in listed)  # ("Zentara Holt" for "Shares of Zentara Holt (ZHT.N)")


def _words_of(name: Sequence[str]) -> tuple[str, ...]:
    """A name's words, lower case, hyphened words apart: "Hydro-Electric" is "Hydro" for "Bangor Hydro"."""
    return tuple(part for word in name for part in word.lower().split("-") if part)


def in_ticker(text: str, start: int) -> bool:
    """Whether a capitalised word at `start` is part of a stock ticker ("<CCI>", "(NYSE: ACW)", "(ZHT.N)"): no name.
    A ticker's word comes right after its bracket or an exchange's colon: any other word is looked up no further."""
    if text[start - 1:start] not in "<(" and not text.endswith(": ", 0, start):
        return False
    opening = max(text.rfind("(", max(0, start - _TICKER_REACH), start + 1), text.rfind("<", max(0, start - _TICKER_REACH), start + 1))
    ticker = _ticker().match(text, opening) if opening >= 0 else None
    return ticker is not None and ticker.end() > start


def listed_here(named: Named, listed: frozenset[tuple[str, ...]], earlier: Sequence[Named]) -> bool:
    """`is_listed`, but not the surname of a person named before ("President Frederick Wang said ...
    Earlier Wang said", at Wang Laboratories <WAN>)."""
    return is_listed(named.name, listed) and not (len(named.name) == 1 and any(
        each.key == named.key and len(each.name) > 1 and each.kind != "organization" for each in earlier))


@cache
def _company_described() -> re.Pattern[str]:
    """A description set off after a name, headed by a noun for a business or a company's part."""
    heads = "(?:" + lexicon_alternation("company_kinds") + "|" + lexicon_alternation("company_units") + "|" \
        + lexicon_alternation("company_descriptions") + ")"
    return re.compile(rf",[ \t]+(?:a|an|the)[ \t]+(?:(?!of\b)[\w'’-]+[ \t]+){{0,4}}?{heads}(?=[ \t]+(?:of|in|based|that|which|whose)\b|[,.;])")


@cache
def _ticker() -> re.Pattern[str]:
    """A stock ticker after a name: the wire's "<CCI>", "(NYSE: ACM)", a quote code "(ACM.N)"."""
    return re.compile(rf"<[A-Z][A-Z.]{{0,7}}>|\((?i:{lexicon_alternation('stock_exchanges')})[ \t]*:[ \t]*[A-Z][A-Z.]{{0,7}}\)"
                      r"|\([A-Z]{1,6}\.[A-Z]{1,2}\)")  # (opening with its bracket, the scan skips to brackets)


def named_unit(words: Sequence[Token]) -> tuple[int, int] | None:
    """"Chrysler Corp's [Chrysler Motors] unit", "USX Corp's [USS] division": the name of a company's
    part, between its owner's name in 's and the word for the part (lexicon company_units), as
    character offsets (with the word, when it is capitalised: "GM's Pontiac Division"); that part
    speaks, an organisation. None for any other phrase."""
    if len(words) < 3 or words[-1].lower not in load_lexicon("company_units"):
        return None
    owner = next((index for index, word in enumerate(words[:-2]) if word.is_possessive), None)
    named = words[owner + 1:-1] if owner is not None and all(word.is_capitalized or word.lower in ("and", "&", "of") for word in words[:owner]) else ()
    if not named or not named[0].is_capitalized or not all(word.is_capitalized or word.lower in ("and", "&", "of") for word in named):
        return None
    return named[0].start, (words[-1] if words[-1].is_capitalized else named[-1]).end  # ("Pontiac [Division]": its name)


def business_before(text: str, chain_start: int, chain: str, named: Named) -> bool:
    """"brokerage [Merrill Lynch] said", "law firm [Baker McKenzie]", "Retailer [John Lewis]", "the daily
    [Fraternite Matin]": a name right after a noun for a business or another body (lexicons
    company_kinds, institution_kinds) is the body's, whoever it sounds like."""
    kinds = load_lexicons("company_kinds", "institution_kinds")
    first = chain.split(maxsplit=1)[0]
    if first != named.name[0]:  # the chain's first word, which the name left out
        return first.lower() in kinds
    before = text[max(0, chain_start - _COMPANY_REACH):chain_start]
    return before[-1:] == " " and (before.split() or [""])[-1] in kinds


def described_as_company(text: str, end: int) -> bool:
    """"F.W. Dodge[, a division of McGraw-Hill Inc,]", "Allianz[, a leading German insurer,]": a name a
    noun for a business or a company's part describes, set off after it, is the business's, whoever
    it sounds like (not "Willard, the head of the working group": the role heads that description); and
    one a noun for a body follows ("Le Figaro [newspaper]", "the Xinhua [news agency]")."""
    if text.startswith(",", end):
        return _company_described().match(text, end) is not None
    last = text[max(0, end - _COMPANY_REACH):end].rsplit(None, 1)[-1:] or [""]
    return _kind_after().match(text, end) is not None and not last[0].endswith("-based") \
        and last[0].lower() not in load_lexicons("nationality_adjectives", "demonyms", "places")  # (not "a Chinese newspaper")


@cache
def _kind_after() -> re.Pattern[str]:
    return re.compile(rf"[ \t]+(?:(?:{lexicon_alternation('media_words')})[ \t]+)?(?:{lexicon_alternation('institution_kinds')})\b")


def firm_of_agents(title: Sequence[str], name: Sequence[str]) -> bool:
    """"analysts Forrester Research", "brokers Smith New Court": a plural of people who work at a firm,
    its agent ending (lexicon agent_endings) after a stem, no office's domain ("Minister of Mines"),
    before a name of two words or more that opens with no given name, is the firm's."""
    last = title[-1].lower() if title and not any(word.lower() in load_lexicon("role_prepositions") for word in title) else ""
    return len(name) > 1 and is_plural_noun(last) and last[:-1].endswith(agent_endings()) \
        and not is_given_name(name[0])


def speaks_of_its_own(text: str, end: int) -> bool:
    """"Yangtze Electric Power said its profits ...": a name whose speech verb reports about "its" own
    things speaks as a body, not as a person (whose own things are "his" or "hers")."""
    said = _ITS_AFTER.match(text, end)
    return said is not None and said.group(1) in load_lexicon("speech_verbs")


class Companies:
    """`companies_in` an article, less its people's surnames, found on the first call and kept (a
    plain class: wrapping a closure in `functools.cache` for every article cost more than the calls)."""

    def __init__(self, text: str, surnames: frozenset[str]) -> None:
        self.text, self.surnames = text, surnames
        self.found: frozenset[str] | None = None

    def __call__(self) -> frozenset[str]:
        if self.found is None:
            self.found = companies_in(self.text) - self.surnames
        return self.found


def companies_in(text: str) -> frozenset[str]:
    """Lone words the article writes with what only a company has ("Microsoft's shares", "Yukos
    shareholders"; lexicon company_parts), after a noun for a business ("energy firm Soekor";
    lexicon company_kinds) or after a role held there ("technology strategist at Intel"), lower case: no English word ("Apple", "Shell", "Strong sales",
    "European shares") nor a given name ("Merrill"), which could be something else."""
    words = set()
    for part in _company_part().finditer(text):  # the rare part words first, then the word before each
        owner = _COMPANY_BEFORE.search(text, max(0, part.start() - _COMPANY_REACH), part.start())
        if owner is not None:
            words.add(owner.group(1).lower())
    words.update(kind.group(1).lower() for kind in _kind_before().finditer(text))
    words.update(at.group(1).lower() for at in _AT_NAME.finditer(text) if is_title_word(_word_before(text, at.start())))  # "strategist at [Intel]"
    given = load_lexicon("given_names")
    return frozenset(word for word in words if not is_noun(word) and not can_be_verb(word) and not is_describer(word)
                     and word not in given and word not in load_lexicons("places", "months", "days", "articles", "determiners")
                     and word not in world_given_names() and word not in load_mapping("pronouns"))


def _word_before(text: str, end: int) -> str:
    """The word of lower-case letters that ends, spaces aside, at `end` ("" when another word or a
    character of one comes first): "strategist" in "strategist at Intel"."""
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    start = end
    while start > 0 and "a" <= text[start - 1] <= "z":
        start -= 1
    return "" if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_") else text[start:end]


def after_amount(text: str, chain_start: int) -> bool:
    """Whether a number and a word of magnitude end right before a chain. The word before is looked up
    first: the pattern, searched back over a window for every chain, cost a twentieth of a run."""
    window = text[max(0, chain_start - _COMPANY_REACH):chain_start]
    head = window.rstrip(" \t")
    if len(head) == len(window):
        return False
    word = head[max(head.rfind(" "), head.rfind("\t")) + 1:]
    return word in load_lexicon("magnitudes") and _amount().search(window) is not None


@cache
def _amount() -> re.Pattern[str]:
    """A number and a word of magnitude right before a chain: "16.8 billion [U.S. Dlrs]"."""
    return re.compile(rf"\d[ \t]+(?:{lexicon_alternation('magnitudes')})[ \t]+$")


@cache
def _owned_by() -> re.Pattern[str]:
    """A company's part and "in" or "of" right before a name: "Shares in [Cairn Energy]", "shareholders of [X]"."""
    return re.compile(rf"(?i:\b(?:{lexicon_alternation('company_parts')}))[ \t]+(?:in|of)[ \t]+$")


@cache
def _kind_before() -> re.Pattern[str]:
    """A lone capitalised word right after a noun for a business or another body: "energy firm [Soekor]
    said", "news agency [Tass]"."""
    kinds = sorted(load_lexicons("company_kinds", "institution_kinds"))  # (as a trie: the words tried as one)
    return re.compile(rf"\b{word_trie(kinds)}[ \t]+([A-Z][a-z][\w&-]*|[A-Z]{{2,}}[a-z][\w&-]*)\b(?![ \t]+[A-Z]|['’])")


@cache
def _company_part() -> re.Pattern[str]:
    return re.compile(rf"[ \t]{word_trie(sorted(load_lexicon('company_parts')))}\b")  # (a trie: the words tried as one)
