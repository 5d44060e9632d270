"""The part of a reported content after an attribution that interrupts it.

"The plan, she said, would fail", "The contrast, said Doyle, would be clear": the words after the
attribution's closing comma are the same utterance's second part, unless they are the speaker's own
next act ("..., he said, but declined to elaborate") or their description (", said Noem, a
Republican,"). `quotes.reported` asks, once it has found the attribution and the part before it.
"""

from __future__ import annotations

from .clauses import has_finite, is_clause, is_finite_verb
from .contentcommas import closing_comma
from .contents import content_end, trim
from .lexicons import load_lexicon, load_lexicons
from .phrases import Span
from .records import ReadSentence
from .tokens import Token
from .wordclass import is_inflected_verb

__all__ = ["content_after_aside", "content_after_speaker", "open_ended"]

_DESCRIPTION_WORDS = 8  # tokens of a speaker's description after an inverted attribution: ", a Canadian geophysicist,"


def content_after_aside(sentence: ReadSentence, first: Span | None, comma: int, end: int) -> Span | None:
    """The content's part after an attribution that interrupts it, from the attribution's closing comma:
    not ", he said, urging voters to ...", a participle of the writer's (but ", he said, replacing her
    would be ...": a clause)."""
    tokens = sentence.tokens
    if comma + 1 >= end or comma + 1 in sentence.cues or tokens[comma + 1].lower in load_lexicon("event_subordinators"):
        return None
    if first is not None and has_finite(tokens, *first) and _speaker_predicate(tokens, comma + 1, end):
        return None  # "Sales rose 5 pct, he said, [but gave no figures]": his own act, not the content's
    relative = first is not None and tokens[first[0]].lower in ("which", "who")  # (it ends before the main verb)
    second = trim((comma + 1, content_end(sentence, comma + 1, relative=relative)), tokens)
    return None if second is None or (tokens[second[0]].lower.endswith("ing") and not has_finite(tokens, *second)) else second


def open_ended(tokens: list[Token], first: Span | None) -> bool:
    """Whether the part before an attribution stops where no clause can end: at an article ("The answer
    is a, he said," never), or at "be" after a modal or an auxiliary ("Ultimately, there will be, says
    Mr Donofrio, no value in ..."). ("He said he would, Smith said" and "where he is" do end.)"""
    if first is None or first[1] - first[0] < 2:
        return False
    last, before = tokens[first[1] - 1].lower, tokens[first[1] - 2].lower
    return last in load_lexicon("articles") or (last in ("be", "been") and before in load_lexicons("modals", "auxiliaries"))


def _speaker_predicate(tokens: list[Token], start: int, end: int) -> bool:
    """"but declined to elaborate", "but gave no details", "but did not say": a coordinator and a verb
    in the narration's past with no subject of its own, after a whole clause and its attribution: a
    second predicate of the speaker's ("he said, but declined"), not the content going on (not "but
    was still below target", "and would rise again", "and has implemented a plan": a copula, a modal,
    the present; "and planned spending would double": a participle of the content's subject)."""
    if start + 1 >= end or tokens[start].lower not in load_lexicon("coordinators"):
        return False
    verb, finite = tokens[start + 1].lower, load_lexicons("auxiliaries", "modals")
    return (verb == "did" or verb not in finite) and is_inflected_verb(verb) and not verb.endswith("s") \
        and not any(token.lower in finite for token in tokens[start + 2:end])  # ("and planned spending would double")


def _finite_outside_relative(tokens: list[Token], start: int, end: int) -> bool:
    """A finite verb of the part's own, not only one of a relative clause describing its first noun
    phrase: "a geophysicist who has studied it" has none of its own, "the plan he backed would fail" one,
    and so has "equipment that amplifies the laser light is very expensive" (a copula or a modal after it)."""
    relatives = load_lexicon("relative_pronouns")
    relative = next((index for index in range(start + 1, end) if tokens[index].lower in relatives), end)
    if has_finite(tokens, start, relative):
        return True
    verbs = [index for index in range(relative + 1, end) if is_finite_verb(tokens[index])]  # "equipment that [amplifies] the
    main = next((index for index in verbs[1:] if tokens[index].lower in load_lexicons("copulas", "modals")), None)  # light [is]
    return main is not None and main - verbs[0] > 2 and tokens[main - 1].lower not in relatives \
        and not any(token.text == "," for token in tokens[verbs[0]:main])  # expensive"; not "an expert who has published a
    # study that [is] cited": the verb of a relative clause)


def content_after_speaker(sentence: ReadSentence, first: Span | None, comma: int, end: int) -> Span | None:
    """The content's part after an inverted attribution that interrupts it: "The contrast, [said Doyle],
    would be clear"; "Part of the problem, [say experts like Paul Bauman, a geophysicist,] is the ground".

    Only when the part before is no clause of its own (a subject, an opening phrase) and the parts
    read together as one: after "The plan would fail, said Noem, a Republican," the words are hers no
    more. A description of the speaker set off by commas is skipped (`quotes.reported` reads an
    `open_ended` part on without asking here)."""
    tokens = sentence.tokens
    if first is None or has_finite(tokens, *first) or comma + 1 >= end:
        return None
    described = closing_comma(tokens, comma + 1, min(end, comma + _DESCRIPTION_WORDS + 1))
    if described is not None and (not has_finite(tokens, comma + 1, described) or tokens[comma + 1].lower == "who"):
        comma = described  # ", a Canadian geophysicist,", ", who remains friendly with her,"
    second = content_after_aside(sentence, first, comma, end)
    if second is None or not _finite_outside_relative(tokens, *second):
        return None  # (not '"...," says Paleologos, [director of the center]', ", said Mark Kantrowitz, [an
        # expert who has published ...]": the speaker's role)
    joined = tokens[first[0]:first[1]] + tokens[second[0]:second[1]]
    return second if is_clause(joined, 0, len(joined)) or is_clause(tokens, *second) else None
