"""Earlier speakers: whom the quotes before a mention went to, when the mention repeats or continues
one of them.

"A trade official said ... the official said" is that unnamed official, "one supporter ... another"
one more of them, '"...," Obi said. "...," he added.' Obi however salient someone else is, "In a
statement, the party said ... the statement said" the party, "Henley Group Inc said ... The company
said" Henley. `quotes.speakers` asks these before it reads a mention against the cast, and gets a
`Speaker` back, the type every resolution there returns.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from .cast import ANTECEDENT_REACH, Cast, fits_title
from .castlookups import organization_spoken_last, sentence_start_before
from .heads import head_phrase, is_document, singular_head
from .lexicons import load_lexicon, load_lexicons, load_mapping
from .model import Gender, Quote, SpeakerType
from .reported import asks
from .tokens import Token
from .wordclass import agent_endings, is_title

__all__ = ["SENTENCE_START", "Speaker", "company_speaking_before", "described_before", "introduced_before", "speaker_just_before", "stated_before"]

_PARAGRAPH_BREAK = re.compile(r"\n\s*")  # a paragraph break, however many blank lines
_DOCUMENT_REACH = 60  # characters before an attribution searched for its document, or back to its sentence's start within
_SENTENCE_REACH = 90  # these: "[In a victim impact statement read in court, Haidari's widow, ]Fereshteh, said"
_DOCUMENT_MODIFIERS = 3  # lower-case words before a document's noun: "in a [victim impact] statement" (not "in a Bank of Italy
# statement", which names its own author)
SENTENCE_START = re.compile(r"(?:^|[.!?…\n][\"'”’)]*)\s*$")  # right after a stop or a line break: a sentence opens


@dataclass(frozen=True, slots=True, init=False)
class Speaker:
    """Who a mention names: the canonical name (None when nothing resolves it), its kind, title and
    gender from the text."""

    name: str | None
    kind: SpeakerType
    title: str | None = None
    gender: Gender | None = None

    def __init__(self, name: str | None, kind: SpeakerType, title: str | None = None, gender: Gender | None = None) -> None:
        # (spelled out: see quotes.model, the constructor dataclasses writes runs interpreted)
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "title", title)
        object.__setattr__(self, "gender", gender)


def introduced_before(tokens: Sequence[Token], head: Token, earlier: Sequence[Quote], start: int, cast: Cast) -> Speaker | None:
    """"A trade official said ... the trade official said", "A U.S. Embassy official said ... The
    official said": a definite description that repeats the head phrase of an indefinite one an
    earlier quote went to, or its bare head, is that same unnamed speaker; unless a person titled
    with its role was named since ("An Alberta judge ... Justice Colleen Ouellette wrote ... the judge")."""
    if tokens[0].lower != "the" or head.lower in load_lexicon("document_words"):
        return None  # (a document's owner is found by its own rules)
    phrase = head_phrase(tokens, head)
    bare = len(tokens) == 2 and tokens[1] is head and head.lower not in load_lexicons("organization_words", "group_words")
    for quote in reversed(earlier):
        if quote.mention_end is None or start - quote.mention_end > ANTECEDENT_REACH:
            continue
        first = (quote.mention or "").split()[0].lower() if quote.mention else ""
        if (quote.speaker == phrase or (bare and quote.speaker_type == "person" and (quote.speaker or "").endswith(" " + phrase))) \
                and first != "the" and first in load_lexicon("articles"):
            if _titled_since(cast, head.lower, quote.mention_end, start):
                return None
            return Speaker(quote.speaker, quote.speaker_type or "person", quote.speaker_title, None)
    return None


def _titled_since(cast: Cast, role: str, after: int, before: int) -> bool:
    """Whether a person whose title fits `role` was named between two positions."""
    return any(named.kind == "person" and fits_title([word.lower().rstrip(".") for word in named.title], role, ())
               for named in cast.named[bisect_left(cast.starts, after):bisect_left(cast.starts, before)])


def company_speaking_before(tokens: Sequence[Token], head: Token, earlier: Sequence[Quote], start: int) -> Speaker | None:
    """"Henley Group Inc said ... The company said": "the company" (lexicon company_nouns) is the
    organisation that spoke last, within reach, not any organisation named since ("its Fisher
    Scientific Group Inc unit", "the Tenant Board"); so is "the body" of any kind (body_descriptions)."""
    general = head.lower in load_lexicon("body_descriptions")  # "Wako Research Institute said ... The private research body said"
    if tokens[0].lower != "the" or not (general or head.lower in load_lexicon("company_nouns")):
        return None
    name = organization_spoken_last(earlier, start, companies=not general)
    return Speaker(name, "organization") if name else None


def described_before(earlier: Sequence[Quote], before: int, *, plural: bool = False) -> Speaker | None:
    """The speaker of the nearest earlier quote attributed to a description ("one supporter", "a
    trader"), within reach: whom "another" or "one" adds one more of. With `plural`, an unnamed group
    only, whose part "some", "others" or "many" are ("Most dealers said ..., but some said": dealers)."""
    for quote in reversed(earlier):
        if quote.mention_end is None or before - quote.mention_end > ANTECEDENT_REACH:
            continue
        first = (quote.mention or "").split()[0].lower() if quote.mention else ""
        group = quote.speaker_type == "group" and quote.speaker_named is False and " and " not in (quote.speaker or " and ")
        if plural and group and _of_people(quote.speaker or ""):
            return Speaker(quote.speaker, "group")
        if not plural and quote.speaker and (first in load_lexicons("articles", "determiners", "quantity_words") or group) \
                and quote.speaker_type in ("person", "group"):  # ("delegates said ... one said": a delegate)
            return Speaker(singular_head(quote.speaker) if group else quote.speaker, "person", quote.speaker_title, None)
    return None


def _of_people(group: str) -> bool:
    """"dealers", "deputies", "diplomats": a group whose head names people (lexicon group_words, a title,
    an agent's ending), which "some" can be part of; not "forecasts", "blogs", "60%"."""
    head = group.rsplit(None, 1)[-1].lower()
    single = singular_head(head).lower()
    return head in load_lexicon("group_words") or is_title(single) or single.endswith(agent_endings())


def speaker_just_before(text: str, pronoun: Token, gender: str, cast: Cast, earlier: Sequence[Quote]) -> Speaker | None:
    """'"...," Obi said. "...," he added.': a pronoun in the same paragraph as the last attribution,
    with no person named between them, is that attribution's speaker (when the gender fits), however
    salient someone named before it is."""
    last = next((quote for quote in reversed(earlier) if quote.mention_end is not None and not asks(quote)
                 and not (quote.mention or "").endswith(("'s", "’s"))  # (nor "at Mr Mallon's claim that")
                 and quote.speaker_type not in ("organization", "group")), None)  # ("The administration has proposed": no "he")
    if last is None or last.mention_end is None or not last.speaker or last.speaker_gender not in (gender, "unknown") \
            or not (last.speaker_type == "person" or (last.speaker_type == "unknown" and last.speaker_named)):
        return None  # (a lone name of unknown kind that "he" continues is a person's: "Subroto said")
    breaks = len(_PARAGRAPH_BREAK.findall(text, last.mention_end, pronoun.start))
    if not last.speaker_named:
        # "One resident said she sleeps there. ¶ "...," she said.": a new unnamed person is no name the
        # salience pass could choose, so a pronoun right after their words (the next paragraph's too) is theirs
        words = (last.mention or " ").lower().split()
        if breaks > 1 or not (words[0] in load_lexicon("indefinite_determiners") or (  # or "the Ofcom spokesman",
                (words[0] == "the" or any(word.endswith(("'s", "’s")) for word in words[:-1]))  # "Smith Barney's spokeswoman"
                and words[-1] in load_lexicon("other_person_roles")) or (
                len(words) == 1 and load_mapping("pronouns").get(words[0]) == gender)) or (  # (whom "he" continued)
                breaks and (load_mapping("reported_cues").get((last.verb or "").lower(), "").endswith("question")
                           or words[-1] in load_lexicon("asker_nouns"))):
            return None  # (after "a voter asked" or "one questioner claimed", the next paragraph's "he" is the one asked)
    elif breaks or not mention_is_a_name(last.mention or ""):
        return None
    between = cast.named[bisect_left(cast.starts, last.mention_end):bisect_left(cast.starts, pronoun.start)]
    if any(named.kind == "person" and not (text.startswith(("'s", "’s"), named.end) and not SENTENCE_START.search(
            text, max(0, named.start - 4), named.start)) and not (last.kind == "indirect" and last.start <= named.start < last.end)
           for named in between):  # (nor a name inside what the last speaker said: "a spokeswoman said Lord Woolf ...")
        return None  # (but "And he hit back at Mr Mallon's claim": a possessive names whose, not who acts)
    return Speaker(last.speaker, "person", last.speaker_title, gender)  # type: ignore[arg-type]


def mention_is_a_name(mention: str) -> bool:
    """A mention that is a name ("Obi", "Sen. Ann Lowry"), not a pronoun or a description."""
    first = mention.split()[0] if mention.split() else ""
    return first[:1].isupper() and first.lower() not in load_mapping("pronouns") and first.lower() not in load_lexicons(
        "articles", "determiners")


def _document_search_start(text: str, lead: int) -> int:
    """Where the search for an attribution's document starts: `_DOCUMENT_REACH` before it, or its
    sentence's start if that is further back but within `_SENTENCE_REACH` (not a sentence before)."""
    reach = max(0, lead - _DOCUMENT_REACH)
    sentence = sentence_start_before(text, lead, _SENTENCE_REACH)
    return reach if sentence is None else min(reach, sentence)


def stated_before(text: str, earlier: Sequence[Quote], before: int, head: str) -> Speaker | None:
    """Who spoke last in a document of that name: "In a statement, the party said ..." then "the statement
    said" is the party's (not the Guardian's, named before); "X said in a letter" for "the letter", "In a
    victim impact statement read in court, Haidari's widow said" for "the statement"; "the board has
    confirmed ..., with a statement issued on Sunday reading:" for that statement."""
    for quote in reversed(earlier):
        if quote.mention_start is None or quote.mention_end is None or before - quote.mention_end > ANTECEDENT_REACH:
            break
        lead = min(quote.start, quote.mention_start)
        if quote.speaker and quote.speaker_type and not is_document(quote.speaker.split()[-1].lower()) and (
                re.search(rf"\b(?:in|issued|released) an? (?-i:[a-z][\w-]* ){{0,{_DOCUMENT_MODIFIERS}}}{head}\b", text[_document_search_start(text, lead):quote.mention_end + 40], re.I)
                or re.search(rf", with an? {head}\b", text[lead:max(quote.end, quote.mention_end) + 40])):
            return Speaker(quote.speaker, quote.speaker_type, quote.speaker_title)
    return None
