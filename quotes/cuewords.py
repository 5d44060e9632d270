"""Which words of a sentence cue reported speech, and of what class.

A cue is a verb of communication used as one (the classes of `lexicons/reported_cues.txt`: beliefs,
wishes and findings are not speech), or "according to". The same words are nouns ("his claim"),
modifiers ("the proposed bills"), passives ("was reported") or a writer's idiom ("needless to
say"): this module tells them apart, and finds where in a text cue words stand at all, so that
`quotes.reported` splits and reads only the sentences that hold one.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import cache

from .clauses import opens_content, past_time_phrase
from .cuegaps import that_after
from .lexicons import load_lexicon, load_lexicons, load_mapping, word_trie
from .phrases import CLAUSE_END
from .speechverbs import after_preposition, is_speech_verb
from .titles import modifies_a_title
from .tokens import Token
from .verbgroups import after_passive_auxiliary
from .wordclass import is_adverb_in_ly, is_describer, is_inflected_verb, is_known_noun, is_noun, is_verb
from .writerclauses import in_writer_idiom

__all__ = ["cue_positions", "holds_cue", "cue_heads", "cue_class"]

_HEADLINE_SHARE = 0.7  # capitalised words in a sentence set in title case
_GERUND_REACH = 12  # words after a cue in -ing after a preposition searched for its clause's auxiliary
_ADDRESSEE_WORDS = 4  # words after such a cue that may hold "that" or the clause's subject pronoun
_SUBJECT_NOUN_WORDS = 8  # tokens after a cue word scanned for the verb whose subject it heads: "notes [in circulation fell]"


def cue_positions(text: str) -> list[int]:
    """Where the words that may cue reported speech start, in order: one scan of the text, so that
    only the paragraphs and sentences holding one are split and read."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is longer ("İ"): offsets would shift
        return [match.start() for match in _cue_pattern(re.IGNORECASE).finditer(" " + text)]
    return [match.start() for match in _cue_pattern().finditer(" " + lowered)]  # (a third faster than IGNORECASE)


def holds_cue(cues: Sequence[int], start: int, end: int) -> bool:
    """True when a cue word starts in `[start, end)` (`cues` from `cue_positions`)."""
    index = bisect_left(cues, start)
    return index < len(cues) and cues[index] < end


@cache
def cue_heads() -> frozenset[str]:
    """The lower-case words that can begin a reported-speech cue."""
    cues = load_mapping("reported_cues")
    return frozenset({form.split()[0] for form, kind in cues.items() if kind.startswith("speech")} | {"according"})


@cache
def _cue_pattern(flags: int = 0) -> re.Pattern[str]:
    """Any word that can begin a reported-speech cue, in lower case, as a trie ("sa(?:id|y(?:ing|s)?)"):
    a regex alternation of hundreds of words tries each at every position, a trie one path. The match
    opens with the character before the word (the text is scanned with a space before it, so a match
    starts where its word does in the text): the engine skips to such characters, where a pattern
    opening with a word boundary is tried at every position."""
    return re.compile(r"\W(?=[a-zA-Z])" + word_trie(sorted(cue_heads())) + r"\b", flags)


def cue_class(tokens: list[Token], index: int) -> tuple[str, int] | None:
    """(class, words) of the reported-speech cue at `index`, used as a verb; None if there is none."""
    token = tokens[index]
    cues = load_mapping("reported_cues")
    if token.lower == "according" and index + 1 < len(tokens) and tokens[index + 1].lower == "to":
        return "according", 2
    if index + 1 < len(tokens) and f"{token.lower} {tokens[index + 1].lower}" in cues:
        kind, width = cues[f"{token.lower} {tokens[index + 1].lower}"], 2
    elif token.lower in cues:
        kind, width = cues[token.lower], 1
    else:
        return None
    speech, _, kind = kind.partition(" ")
    asked = kind == "question" and after_passive_auxiliary(tokens, index) \
        and not tokens[index].lower.endswith("ing")  # "was asked", "was first asked", not "are asking"
    if speech != "speech" or not (is_speech_verb(tokens, index) or _headline_verb(tokens, index) or asked) \
            or (_is_noun_here(tokens, index) and not asked) or in_writer_idiom(tokens, index) or _qualifies_noun(tokens, index) \
            or _after_preposition(tokens, index) or _reduced_relative(tokens, index):
        return None  # (but "was asked whether": a question put to someone, `reported_question`'s)
    return "put" if asked else (kind or "plain"), width


def _qualifies_noun(tokens: list[Token], index: int) -> bool:
    """"The last [confirmed] Iraqi attack", "the only [reported] case": a past participle after an
    article and a word that places its noun in a series qualifies that noun; no one speaks."""
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return index > 1 and tokens[index].lower.endswith("ed") and tokens[index - 1].lower in load_lexicons(
        "ordinals", "sequence_adjectives") and tokens[index - 2].lower == "the" and following is not None \
        and following.is_word and following.lower not in load_lexicons("articles", "determiners", "subordinators") \
        and following.lower != "to"  # (not "a third agreed", a share of people; nor "the last confirmed that")


def _after_preposition(tokens: list[Token], index: int) -> bool:
    """"Manhunt for [alleged] coup plotter", "of [proposed] changes": a form in -ed right after a
    preposition (not "to") is no finite verb; it qualifies the noun after it."""
    return index > 0 and tokens[index].lower.endswith("ed") and tokens[index - 1].lower in load_lexicons("phrase_prepositions", "head_prepositions", "topic_prepositions") \
        and tokens[index - 1].lower != "to" and not tokens[index - 1].is_capitalized and not (index > 1 and tokens[index - 2].lower in load_lexicons(
            "auxiliaries", "passive_auxiliaries"))  # (not "have [since] indicated": an adverb there)


def _reduced_relative(tokens: list[Token], index: int) -> bool:
    """"A megamerger [announced] Monday would turn Pfizer Irish": a participle in -ed right after a common
    noun, its time phrase after it, then the clause's own finite verb or a preposition ("sanctions
    [announced] last week against Japanese goods"), or its agent ("the loss [posted] by Farmers
    Export"): it describes the noun, no one speaks."""
    noun = tokens[index - 1] if index > 0 else None
    if noun is None or not tokens[index].lower.endswith("ed") or noun.is_capitalized or not noun.is_word or is_known_noun(
            noun.lower.removesuffix("s")) or noun.lower in load_lexicons("pronouns", "group_words") or is_verb(noun.lower):
        return False  # (not "officials said Monday would be a holiday": people say, a merger is announced)
    after = past_time_phrase(tokens, index + 1, len(tokens))
    word = tokens[after].lower if after < len(tokens) else ""
    if word == "by":
        return is_noun(noun.lower)  # (not "when [asked] by reporters")
    if after == index + 1 or not word:
        return False
    return word in load_lexicons("modals", "auxiliaries", "copulas") or (
        word in load_lexicon("head_prepositions") and word != "to" and is_noun(noun.lower))
    # (not "banks worldwide [agreed] last March to extend", "Lawson also [warned] yesterday of the effects")


def _headline_verb(tokens: list[Token], index: int) -> bool:
    """"Trump Says He Will Win": in a headline in title case a capitalised cue is a verb (not "One Tweet Sums Up")."""
    words = [token for token in tokens if token.is_word]
    return 0 < index < len(tokens) - 1 and tokens[index].is_capitalized and tokens[index - 1].is_capitalized \
        and tokens[index - 1].lower not in load_lexicons("articles", "number_words") and sum(
            word.is_capitalized for word in words) >= _HEADLINE_SHARE * len(words)


def _article_before(tokens: list[Token], index: int) -> bool:
    """An article right before `index`, or before a "most" or "more" there ("the [most] recently")."""
    if index > 1 and tokens[index - 1].lower in ("most", "more"):
        index -= 1
    return index > 0 and tokens[index - 1].lower in load_lexicon("articles")


def _gerund(tokens: list[Token], index: int) -> bool:
    """"after [telling] his aides he planned", "by [saying] previous inquiries were inadequate": after a
    preposition, a form in -ing with a clause of its own is a verb of speech. A clause shows itself by
    "that" or a subject pronoun within the first words, or an auxiliary before any comma; not "after
    [claiming] away draws in Basel", "in [maintaining] the peg, thus triggering", "after [reporting]
    better than expected profits" (what was won, kept or published), nor "the art of [reporting]"."""
    if not tokens[index].lower.endswith("ing") or index + 1 >= len(tokens) or not tokens[index + 1].is_word \
            or tokens[index + 1].lower in load_lexicon("topic_prepositions"):
        return False
    if tokens[index + 1].lower in load_lexicon("phrase_prepositions"):
        return that_after(tokens, index + 1, len(tokens)) is not None  # "after saying [in a debate] that he"
    window = tokens[index + 1:index + 1 + _GERUND_REACH]
    if any(token.lower == "that" or (token.lower in load_lexicon("subject_pronouns") and position + 1 < len(window)
                                     and window[position + 1].lower.replace("'", "").isalpha())
           for position, token in enumerate(window[:_ADDRESSEE_WORDS])):
        return True  # (not "before [claiming] it 8-6": a set won)
    finite = load_lexicons("auxiliaries", "copulas", "modals")
    for token in window:
        if token.text in CLAUSE_END or token.text in (",", ";", ":"):
            return False  # (a quoted fragment inside reads on: 'by saying his refusal to use the words "..." was')
        if token.lower in finite:
            return True
    return False


def _subject_noun(tokens: list[Token], index: int) -> bool:
    """A phrase after the word at `index`, then a finite verb with no subject of its own: "notes [in
    circulation] fell" (not "notes in his report that ...", "notes in its filing it expects")."""
    if index + 1 >= len(tokens) or tokens[index + 1].lower not in load_lexicon("phrase_prepositions"):
        return False
    for token in tokens[index + 2:index + _SUBJECT_NOUN_WORDS]:
        if token.text in CLAUSE_END or token.text in (",", ";", ":") or token.lower in load_lexicons("subject_pronouns", "relative_pronouns"):
            return False
        if is_inflected_verb(token.lower) and not token.lower.endswith("s"):
            return True
    return False


def _counted_or_dated(tokens: list[Token], index: int) -> bool:
    """"her five proposed bills", "the March [report] might have been": after a determiner, a number
    or a month (a day) modifies the noun the cue word is; a month names no speaker (but "The five
    said the ...": a number standing alone is the subject)."""
    if index < 2 or tokens[index - 2].lower not in load_lexicons("possessive_pronouns", "articles"):
        return False
    previous = tokens[index - 1]
    if previous.lower in load_lexicons("months", "days"):
        return True
    return (previous.text[0].isdigit() or previous.lower in load_lexicon("number_words")) and not _content_follows(tokens, index)


def _is_noun_here(tokens: list[Token], index: int) -> bool:
    """"the report", "his claim", "pointed to reports that", "press secretary Jane Doe", "were
    charged fees", "a New York Times report": the cue word is a noun, or a passive, here."""
    if modifies_a_title(tokens, index):
        return True
    if index == 0:
        return False
    previous = tokens[index - 1]
    if is_adverb_in_ly(previous.lower) and tokens[index].lower.endswith("ed") and _article_before(tokens, index - 1):
        return True  # "the widely reported claim", "the most recently proposed date": a participle before its noun
    if index > 1 and previous.lower == "following" and tokens[index - 2].lower == "the":
        return True  # "The following [proposed] securities offerings were filed": a modifier after "the following"
    if index > 1 and previous.is_capitalized and previous.lower in load_lexicons("party_members", "party_names") \
            and tokens[index].lower.endswith("s") and is_noun(tokens[index].lower) and not tokens[index - 2].is_capitalized \
            and (is_inflected_verb(tokens[index - 2].lower) or tokens[index - 2].lower in load_lexicon("head_prepositions")):
        return True  # "backed [Tory] demands that", "rejected Labour claims": a party's, a noun (but "Labour claims ...")
    if index == 1 and previous.is_capitalized and previous.lower in load_lexicon("clause_openers") \
            and previous.lower not in load_lexicons("subordinators", "event_subordinators", "coordinators") \
            and not tokens[index].lower.endswith("ing") and not (tokens[index].lower.endswith("ed") and index + 1 < len(tokens) and (
                tokens[index + 1].lower == "that" or tokens[index + 1].lower in load_lexicon("subject_pronouns"))):
        return True  # "Despite [pledges] that ...", "Under [proposed] rules": a sentence's opening word is no subject (but
        # "When [asked] if ...", "As [reported] by ...", "Despite [insisting] he ...": a participle's clause)
    if _counted_or_dated(tokens, index):
        return True  # "her five proposed bills", "the March report"
    if previous.lower in load_lexicons("quantity_words", "floating_quantifiers") and (
            (is_inflected_verb(tokens[index].lower) and not is_noun(tokens[index].lower)) or _content_follows(tokens, index)):
        return False  # "Two in three said", "most said", "Some say [they] ...": a quantity is the subject of a verb
        # form (not "have some say in")
    if previous.lower in load_lexicon("pronoun_determiners") and is_inflected_verb(tokens[index].lower) and not is_noun(tokens[index].lower):
        return False  # "[another] says": a determiner standing alone as the subject (not "another report")
    if previous.lower in load_lexicons("articles", "determiners") or (after_preposition(tokens, index) and not _gerund(tokens, index)) \
            or (previous.is_possessive and not (is_inflected_verb(tokens[index].lower) and is_speech_verb(tokens, index))):
        return True  # (but "Moody's said": a name in 's before a verb form)
    if index > 1 and (tokens[index - 2].lower in load_lexicons("possessive_pronouns", "articles") or tokens[index - 2].is_possessive) \
            and previous.is_word and not previous.is_capitalized and previous.lower not in load_lexicon("attribution_skip") \
            and not previous.lower.endswith("ly") and not is_verb(previous.lower) and not is_noun(previous.lower) \
            and (is_noun(tokens[index].lower) or tokens[index].lower in load_lexicon("noun_uses")
                 or (tokens[index - 2].lower in ("a", "an") and not is_inflected_verb(tokens[index].lower)
                     and not tokens[index].lower.endswith("ing"))):  # (not "a communiqué stressing")
        return True  # "his latest remarks", "police's earlier claim", "a greater say": a noun after its modifier
    if index > 1 and tokens[index - 2].lower in load_lexicons("articles", "possessive_pronouns") and (
            is_adverb_in_ly(previous.lower) or previous.lower in load_lexicon("attribution_skip")):
        return True  # "a previously announced deal", "the widely reported slowdown", "the first reports"
    if "-" in previous.text and previous.is_word and is_noun(tokens[index].lower) and is_describer(previous.lower.rsplit("-", 1)[1]):
        return True  # "made ISIS-sympathetic [comments] to co-workers", "anti-American [remarks]": a compound adjective's noun
    if index == 1 and tokens[index].lower.endswith("s") and is_noun(previous.lower) and _subject_noun(tokens, index):
        return True  # "Bank [notes] in circulation fell": the head of the sentence's subject, before the verb
    if tokens[index].lower.endswith("ing"):
        return False  # "is saying": progressive, not passive
    if after_passive_auxiliary(tokens, index):
        return True  # "was reported", "was widely reported", "was first reported [by X]"
    if is_noun(tokens[index].lower) and previous.is_capitalized:
        opening = index - 1
        while opening > 0 and tokens[opening - 1].is_capitalized and tokens[opening - 1].is_word \
                and tokens[opening - 1].lower not in ("a", "an"):  # ("[A] National Audit Office report on ... says")
            opening -= 1
        return opening > 0 and tokens[opening - 1].lower in ("a", "an")
    return False


def _content_follows(tokens: list[Token], index: int) -> bool:
    """A content right after the word (`opens_content`), or a number: "Some say [they] ...", "say [40] percent"."""
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return following is not None and following.is_word and (opens_content(following) or following.text[0].isdigit())
