"""Reported speech: "Noem said the deportations would continue" is a quote too.

Who gets a voice in the news is also who is paraphrased. This stage finds the content a speech cue
reports, outside quotation marks, and makes it a quote of kind `indirect` with exact offsets, its
speaker mention and its cue. A cue (found by `quotes.cuewords`) is a verb of communication (the classes of
`lexicons/reported_cues.txt`: beliefs, wishes and findings are not speech), or "according to".

Each rule below is a small function whose docstring opens with a sentence it handles. The content
is the reported clause only: no cue, no "that", no attribution. A content interrupted by its
attribution ("The plan, she said, would fail") is one utterance of two parts, and a quoted fragment
inside reported speech (`He said the plan was "a disaster"`) stays a `mixed` quote in the same
group (so does a scare quote or a title: `said the "reform" failed`): quotes of different groups
never overlap. The speaker mention is read with the same phrase grammar as direct quotes'
(`quotes.phrases`), and `quotes.speakers` resolves it like theirs.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from .addressees import addressee
from .attribution import RULES
from .appositions import apposition_start, description_comma, name_before_bare_role
from .accordingto import reported_according_to
from .claims import claim_records
from .clauses import (clause_around_aside, has_finite, in_opening_phrase, is_clause,
                      is_dash, is_finite_verb, free_relative_end, reduced_clause, resumes_with_verb, opening_participle, opening_phrase_comma, opening_then_clause, participle_after_comma,
                      object_of_a_thing, past_connectives, past_time_phrase, only_circumstance, subordinate_then_clause, time_amount, trailing_time)
from .cuewords import cue_class, cue_heads, holds_cue
from .contents import (SUBJECT_WORDS, content_end, question_end, content_start, names_a_date_only, plain_subject,
                       name_list_goes_on, opening_comma, relative_content, stray_comma_subject, trim)
from .kinds import is_link_line
from .lexicons import load_lexicon, load_lexicons, load_mapping
from .nextacts import joined_verb
from .model import Quote, Sentence
from .forwardphrases import phrase_after
from .phrases import CLAUSE_END, QUOTE, Phrase, Span, clause_floor, clause_subject, phrase_before, verb_subject
from .proforms import pro_form_end
from .records import ReadSentence, Record, make_record, merge_records, outer_wins
from .resumptions import content_after_aside, content_after_speaker, open_ended
from .sources import quoted_as
from .titles import in_capacity
from .tokens import SharedTokens, Token, sentence_tokens
from .verbgroups import after_passive_auxiliary, skip_auxiliaries
from .wordclass import is_describer, is_inflected_verb, is_noun, is_present_participle, is_title, is_verb

__all__ = ["add_reported", "asks", "REPORTED_RULES"]

_GUESSES = frozenset(rule.name for rule in RULES if rule.fallback)  # attribution rules that infer a speaker
_FINAL_WORDS = 9  # tokens after a sentence-final cue: ", she said in a speech at the Consumer Electronics Show (CES),"
_CIRCUMSTANCE_WORDS = 6  # words of a phrase between "asked" and its question: "during a January debate"
_OWN_CLAUSE_WORDS = 4  # words of a clause a direct quote's speaker says besides it: "said [Curiel was from Mexico]"
_PREPOSITION_WORDS = 3  # words of a preposition before a participle that opens a sentence: "in addition to"
_OBJECT_WORDS = 8  # tokens of a noun phrase up to its head: "[a 13.82 billion dlr current account deficit]"
_ASIDE_WORDS = 6  # tokens of a phrase set off between a subject and its cue: ", including Mr. Jebens,"
_CAPITALS_LETTERS = 10  # letters a paragraph in capitals holds to be a headline, not "I SAID NO"
_ROLE_WORDS = 5  # lower-case words of a role before a sentence-final speaker: ", [director of public credit] X said"


def add_reported(text: str, quotes: Sequence[Quote], sentences: Mapping[int, Sequence[Sentence]],
                 cues: Sequence[int], *, shared: SharedTokens | None = None) -> list[Quote]:
    """Return `quotes` with the reported speech of every sentence in `sentences` that holds one of the
    `cues` added, in text order, numbered again (`quote_id`, `group`); a mixed or scare quote inside
    reported content joins its group. `shared`: the tokens attribution read (see `sentence_tokens`)."""
    by_sentence: dict[tuple[int, int], list[Quote]] = {}
    for quote in quotes:
        by_sentence.setdefault((quote.paragraph, quote.sentence), []).append(quote)
    found: list[tuple[Sentence, ReadSentence, Record]] = []
    for paragraph in sorted(sentences):
        if sentences[paragraph] and is_link_line(text, sentences[paragraph][0].start, sentences[paragraph][-1].end):
            continue  # "READ MORE: Mayor says transit deal is off": another story's headline, said nowhere here
        if sentences[paragraph] and _in_capitals(text, sentences[paragraph][0].start, sentences[paragraph][-1].end):
            continue  # "IRAN SAYS END OF MAJOR OFFENSIVE": a wire's headline in capitals, which the story reports
        for sentence in sentences[paragraph]:
            if not holds_cue(cues, sentence.start, sentence.end):
                continue
            inside = by_sentence.get((paragraph, sentence.index), [])
            if any(quote.outer_start <= sentence.start and quote.outer_end >= sentence.end for quote in inside):
                continue  # a sentence that is one quote reports nothing of its own
            read = _read_sentence(text, sentence, inside, shared)
            found += [(sentence, read, record) for record in find_reported(read)]
    if not found:
        return list(quotes)
    return merge_records(text, quotes, found, _GUESSES)


def _in_capitals(text: str, start: int, end: int) -> bool:
    """A paragraph written in capitals, as wires write headlines ("FHLBB CHANGES SHORT-TERM DISCOUNT
    NOTE RATES"): its words are no speaker's, and its capitals would count as speakers of their own."""
    line = text[start:end]
    return line.upper() == line and sum(character.isalpha() for character in line) >= _CAPITALS_LETTERS


def find_reported(sentence: ReadSentence) -> list[Record]:
    """The reported utterances of one sentence, by the rules in `REPORTED_RULES` order; a cue inside
    content already found is part of that content (`said she recalled ...`), not a record of its own."""
    tokens = sentence.tokens
    cues = list(sentence.cues)
    records: list[Record] = []
    for rule in REPORTED_RULES:
        for cue in cues:
            if any(start <= cue < end for record in records for start, end in (*record.fragments, record.cue)):
                continue
            joined = _joined_to(tokens, cue, records)
            record = reported_after_cue(sentence, cue, joined) if joined is not None else rule(sentence, cue)
            if record is not None:
                records = outer_wins(tokens, record, records)
    records += claim_records(sentence, records)  # "repeated his claim that ...": speech named by a noun
    return sorted(records, key=lambda record: record.fragments[0])


def _joined_to(tokens: list[Token], cue: int, records: list[Record]) -> Span | None:
    """"Merrill says Machado promised to help and said she would stay": a cue joined by "and" to the
    end of an earlier content shares that content's speaker, not a subject the content holds."""
    if cue == 0 or tokens[cue - 1].lower != "and":
        return None
    return next((other.speaker for other in records if other.fragments[-1][1] == cue - 1), None)


# --- the rules, strongest first -------------------------------------------------------------------


def reported_after_cue(sentence: ReadSentence, cue: int, joined: Span | None = None) -> Record | None:
    """"Noem said the deportations would continue."  /  "He told reporters that the plan failed."

    The content runs from after the cue (its addressee, a time or place phrase and "that" skipped)
    to the end of the sentence, or to where another attribution begins (", but he said ...").
    A participle ("..., saying the plan failed") speaks for the subject of its clause, and a cue
    `joined` by "and" to an earlier content for that content's speaker."""
    tokens = sentence.tokens
    kind, width = sentence.cues.get(cue) or ("", 1)
    negation = _negation(tokens, cue)
    if kind in ("according", "put") or negation == "blocked" or (
            kind == "question" and reported_question(sentence, cue) is not None):
        return None  # ("When asked if he was bullied", "he was asked to leave": put to him, not his)
    if kind in ("marked", "clausal") and participle_after_comma(tokens, cue):
        kind = "plain"  # '"...," he said, adding he would never vote for her': a participle needs no "that"
    start = content_start(sentence, cue + width, kind)
    relative_start = relative_content(sentence, cue, width) if start is None or start == cue + width else None  # "which X estimates [would cost]"
    in_relative = start is None or start == relative_start
    if in_relative:
        start = relative_start
    if start is None or (negation == "denied" and not _denied_clause(tokens, start, sentence.end)):
        return None  # ("did not respond [to requests for comment]", "hasn't indicated [any interest]")
    if _opens_sentence_phrase(tokens, cue) or (opening_participle(tokens, cue) and tokens[start - 1].lower == "that"):
        # "While saying that he respects her, he attacked", "Noting that ..., Allen suggested": the main
        comma = next((index for index in range(start, sentence.end) if tokens[index].text == ","), None)
        found = clause_subject(tokens, comma + 1, sentence.end, names_only=False) if comma is not None else None
        if comma is None or found is None or found.start != comma + 1:  # clause's subject speaks, right after the phrase
            return None
        span = trim((start, comma), tokens)
        return None if span is None else make_record(sentence, [span], (found.start, found.end), (cue, cue + width),
                                                 "reported_after_cue")
    if kind == "plain" and cue > 0 and tokens[cue - 1].text == "," and start == cue + width \
            and _inverted_attribution(tokens, start, sentence.end):
        return None  # ", said an American official who was briefed ...": who said what comes before
    speaker = _cue_speaker(sentence, cue, joined, quoted_too=True)
    if speaker is None or _clause_resumes(sentence, speaker, start, cue + width):
        return None
    relative = in_relative or tokens[speaker[0]].lower in load_lexicon("relative_pronouns") or (
        speaker[0] > 0 and tokens[speaker[0] - 1].lower in ("which", "who")) or (  # "Sanders[, who] endorsed", "[which] diplomats say"
        speaker[1] + 1 < cue and tokens[speaker[1]].text == "," and tokens[speaker[1] + 1].lower in ("who", "which")
        and not any(token.text == "," for token in tokens[speaker[1] + 2:cue]))  # X and said" (not ", who spoke, said")
    free = tokens[speaker[0] - 1 if tokens[speaker[0]].lower not in ("what", "how") else speaker[0]].lower in ("what", "how")
    end = content_end(sentence, start, relative=relative,
                       subordinate=_in_subordinate(tokens, speaker[0]), cue=cue + width - 1)
    span = trim((start, free_relative_end(tokens, start, end) if free and speaker[0] > 0 else end), tokens)
    if span is None or (_quoted_speaker(sentence, speaker, cue) and not _own_clause(sentence, span)) or names_a_date_only(span, tokens) \
            or (span[1] <= (opening_comma(sentence, start) or -1) and not has_finite(tokens, span[0] + 1, span[1])):
        return None  # (the cue of a direct quote: '"...," Noem said [in a video posted that day]'; an opening phrase alone; a date)
    return make_record(sentence, [span], speaker, (cue, cue + width), "reported_after_cue")


def _in_subordinate(tokens: list[Token], subject: int) -> bool:
    """A cue's clause that opens with a subordinator ("When Obama said", "As Obama announces", at the
    sentence's start) or a relative after a preposition ("a year in which most Americans say ..."):
    its content ends where the clause it depends on goes on (", even some allies questioned")."""
    if subject > 1 and tokens[subject - 1].lower in load_lexicon("articles"):
        subject -= 1  # ("in which [a] majority of Americans say")
    previous = tokens[subject - 1].lower if subject > 0 else ""
    opening = subject == 1 or (subject == 2 and tokens[0].lower in load_lexicon("focus_adverbs"))  # ("[Even] as Obama said")
    return previous in load_lexicon("subordinators") or (opening and previous in load_lexicon("event_subordinators")) or (
        subject > 1 and previous in load_lexicon("relative_pronouns") and previous != "that"
        and tokens[subject - 2].lower in load_lexicon("phrase_prepositions"))


def _clause_resumes(sentence: ReadSentence, speaker: Span, start: int, after: int) -> bool:
    """"The job of firms, she said [in a speech at the show], was to ensure ...", "If she wins, she said
    [in a tweet], women will ...": an attribution set off inside a clause, its circumstance, then the
    clause's own verb or subject after the comma: the content is around the attribution
    (`reported_before_cue`), not after it."""
    tokens, end = sentence.tokens, sentence.end
    if speaker[0] == 0 or tokens[speaker[0] - 1].text != ",":
        return False
    opening = opening_comma(sentence, after) if tokens[0].lower in load_lexicons("subordinators", "event_subordinators") else None
    if opening is not None and not has_finite(tokens, after, opening):
        return True  # (a dependent clause before the speaker: not "Separately, it said [in ...,] X ...", "..., X said
        # [if it passed,] Y would": a clause of the content's)
    if tokens[start].lower == "to" or tokens[start].lower not in load_lexicons("phrase_prepositions", "time_after_words"):  # ("[earlier] in ...")
        return False  # (not "he vowed [to] ban Muslims ..., declined to ...": an infinitive, then the next act)
    comma = next((index for index in range(start, end) if not tokens[index].is_word and not tokens[index].text.startswith("(")), end)
    return comma + 1 < end and tokens[comma].text == "," and is_finite_verb(tokens[comma + 1])


def _quoted_speaker(sentence: ReadSentence, speaker: Span | Phrase, cue: int) -> bool:
    """Is `speaker` the speaker of one of the sentence's direct quotes, whose next words a participle
    does not report ('"...," he said, [adding] that the plan failed')?"""
    return sentence.tokens[speaker[0]].start in sentence.quoted_speakers and not participle_after_comma(sentence.tokens, cue)


def _own_clause(sentence: ReadSentence, span: Span) -> bool:
    """"Suu Kyi said [it was too early] but added, "...": a clause of its own, before and without the
    direct quote, is what the quote's speaker said besides the quote."""
    tokens = sentence.tokens
    first = tokens[span[0]].lower
    if first in load_lexicons("phrase_prepositions", "topic_prepositions", "event_subordinators", "subordinators",
                              "conjunctions", "auxiliaries", "modals") or first.endswith(("ly", "ing")) or any(
            index in sentence.blocked for index in range(*span)):
        return False  # ("said [happily] on MSNBC", "said [introducing] Clinton as ...", "[once] the Senate goes")
    words = tokens[span[0]:span[1]]
    return sum(token.is_word for token in words) >= _OWN_CLAUSE_WORDS and is_clause(tokens, *span) and any(
        is_finite_verb(token) or token.lower in load_lexicon("copulas") for token in words[1:])  # (not "[the freeze on pay rates]")


def _opens_sentence_phrase(tokens: list[Token], cue: int) -> bool:
    """"[While saying] X, he left", "[In addition to] stating X, she vowed": a participle in the phrase
    that opens its clause; not one that
    follows its clause ("He ducked, pointing to his record and [saying] that ...", "..., [while
    acknowledging] that ..."), which speaks for the clause's subject."""
    floor = clause_floor(tokens, cue)
    return (in_opening_phrase(tokens, cue) and cue - 1 <= floor) or (  # "[In addition to] stating ..., Clinton has vowed"
        tokens[cue].lower.endswith("ing") and 1 < cue - floor <= _PREPOSITION_WORDS and tokens[cue - 1].lower == "to"
        and tokens[floor].lower in load_lexicon("phrase_prepositions") and all(token.is_word for token in tokens[floor:cue]))


def reported_object(sentence: ReadSentence, cue: int) -> Record | None:
    """"Graham has acknowledged the reality of climate change."  /  "He complained about his mic."

    What a cue of `lexicons/object_cues.txt` names as its object, when no clause follows: the noun
    phrase up to a comma, a dash or the circumstances of the speech ("during a visit")."""
    tokens = sentence.tokens
    kind, width = sentence.cues.get(cue) or ("", 1)
    start = cue + width
    pro_form = pro_form_end(tokens, start, sentence.end) if kind == "plain" and not tokens[cue].is_capitalized else None
    # ("said [so]", "said [the same]"; not "You Said No", a song's title)
    if (tokens[cue].lower not in load_lexicon("object_cues") and pro_form is None) or _negated(tokens, cue) or in_opening_phrase(tokens, cue) \
            or _modifies_noun(tokens, cue):
        return None
    if start < sentence.end and tokens[start].lower in load_lexicon("topic_prepositions") and tokens[start].lower != "for":
        start += 1  # "complained [about] his mic", "commented [on] the death" (not "proposed [for] individuals")
    if start >= sentence.end or not (pro_form is not None or _opens_noun_phrase(tokens, start, sentence.end)) \
            or not _object_said(tokens, cue, start, sentence.end):
        return None
    speaker = _cue_speaker(sentence, cue, None)
    if pro_form is not None and pro_form > start:  # (a word standing for what was said: no phrase to read)
        return None if speaker is None else make_record(sentence, [(start, pro_form)], speaker, (cue, cue + width), "reported_object", least=1)
    end = next((index for index in range(start, sentence.end) if index in sentence.blocked or (tokens[index].text in (
        ",", ";", ":") and not name_list_goes_on(tokens, index, sentence.end)) or is_dash(tokens, index) or (tokens[index].lower in load_lexicons(
            "event_subordinators", "relative_pronouns") and not _claim_then_content(tokens, index))
        or (index > start and trailing_time(tokens, index, sentence.end)) or joined_verb(tokens, index, sentence.end)),
        sentence.end)
    span = trim((start, end), tokens)
    if speaker is None or span is None or names_a_date_only(span, tokens):
        return None  # (not "the initiative announced [Jan 26]")
    return make_record(sentence, [span], speaker, (cue, cue + width), "reported_object", least=1)


def _attribution_end(tokens: list[Token], after: int, end: int) -> int:
    """Where a sentence-final attribution ends: "..., he said; his agents found them": a semicolon or
    a colon that a word follows ends it, as a full stop would (not 'Asked why, Trump said: "..."',
    nor "..., and Breitbart News responded:" before a quoted paragraph: the quote is what they said)."""
    return next((index for index in range(after, min(end, after + _FINAL_WORDS + 1))
                 if tokens[index].text in (";", ":") and index + 1 < end and tokens[index + 1].is_word), end)


def _claim_then_content(tokens: list[Token], index: int) -> bool:
    """"tweeted his call [that] the front-runner share ...", "repeated her claim [that] ...": after a
    noun for something said, "that" opens what was said, part of the object."""
    return tokens[index].lower == "that" and tokens[index - 1].lower in load_lexicon("claim_nouns")


def _object_said(tokens: list[Token], cue: int, start: int, end: int) -> bool:
    """Whether the noun phrase at `start` can be what was said: not a figure ("reported [a 37 pct
    increase] in profits", "posted [record losses] and ...": lexicon result_nouns); after a cue of
    lexicons/message_cues only a message, a document or a picture ("posted [a photo] of herself", not
    "posted [a bond]"). The head is the last word before a preposition, a clause, a comma or the end."""
    stops = load_lexicons("phrase_prepositions", "topic_prepositions", "coordinators", "relative_pronouns", "subordinators")
    after = next((index for index in range(start + 1, min(end, start + _OBJECT_WORDS) + 1)
                  if index == end or not tokens[index].is_word or tokens[index].lower in stops), None)
    word = tokens[after - 1].lower if after is not None else ""
    if word in load_lexicon("result_nouns"):
        return False
    return tokens[cue].lower not in load_lexicon("message_cues") or word in load_lexicons("speech_nouns", "document_words", "picture_nouns")


def _opens_noun_phrase(tokens: list[Token], start: int, end: int) -> bool:
    """"[the] reality", "[her] support", "[Bill] Clinton's comments", "[47] percent", "[accountability]",
    an adjective before a noun ("[bipartisan] support"; not "[due] 1991", "[last] week")."""
    token = tokens[start]
    if not token.is_word or token.lower in load_lexicons("phrase_prepositions", "days", "time_nouns", "subject_pronouns") \
            or token.lower == "nothing":
        return False  # (nor "proposed [nothing] new": nothing was)
    if time_amount(tokens, start, end):
        return False  # "(the cases) mentioned [last week]", "reported [ten days] ago": a time, no object
    if is_describer(token.lower) and not is_verb(token.lower) and not is_noun(token.lower) and not token.is_capitalized:
        return start + 1 < end and is_noun(tokens[start + 1].lower) and tokens[start + 1].lower not in load_lexicon("time_nouns")
    return token.lower in load_lexicons("articles", "determiners", "possessive_pronouns", "quantity_words") \
        or token.is_capitalized or token.text[0].isdigit() or token.is_possessive or (
            is_noun(token.lower) and not is_verb(token.lower))


def _cue_speaker(sentence: ReadSentence, cue: int, joined: Span | None, *, quoted_too: bool = False) -> Span | None:
    """The speaker phrase of a cue: the subject of its clause (of a participle's clause), the earlier
    speaker a cue `joined` by "and" shares; None for a finding ("polls suggest") or, unless
    `quoted_too`, a direct quote's speaker."""
    tokens = sentence.tokens
    floor = clause_floor(tokens, cue)
    speaker: Span | Phrase | None
    if joined is not None:
        return joined
    quoted = quoted_as(tokens, cue)
    if quoted is not None:
        return quoted  # "a Reuters report quoted [bankers] as saying ...": the bankers speak
    if tokens[cue].lower.endswith("en") and tokens[cue].lower + "s" not in load_mapping("reported_cues") and not (
            _after_auxiliary(tokens, cue, floor) or (cue + 1 < len(tokens) and tokens[cue + 1].lower == "by")):
        return None  # "one song [written] before they split had turned out": a participle after its noun
    if tokens[cue].lower.endswith("ing") and cue > floor and tokens[cue - 1].lower in load_lexicons("auxiliaries", "copulas"):
        speaker = phrase_before(tokens, cue, floor=floor)  # "The White House is saying that ...": finite
    elif cue - 2 > floor and tokens[cue - 1].lower == "to" and tokens[cue - 2].lower == "than":
        speaker = clause_subject(tokens, floor, cue, cue, names_only=False)  # "Ost had no comment, other [than to] say"
    else:
        floating = cue - 1 > floor and tokens[cue - 1].lower in load_lexicon("floating_quantifiers")
        # "X, Y and Z all suggested": the subject is before the quantifier (else it is the subject: "all agreed")
        speaker = (verb_subject(tokens, cue - 1, floor) or (cue - 1, cue)) if floating else verb_subject(tokens, cue, floor)
        if speaker is None or _finding(tokens, speaker):
            speaker = plain_subject(tokens, floor, cue) or speaker or stray_comma_subject(tokens, floor, cue, sentence.end)
        aside = skip_auxiliaries(tokens, cue - 1, floor)  # ("banks[, citing X,] have already said")
        if speaker is None and aside > floor and tokens[aside].text == ",":
            speaker = _subject_before_aside(tokens, floor, aside)  # "veterans[, including Mr. Jebens,] said"
        if speaker is None and cue > floor and tokens[cue - 1].lower == "to":
            speaker = clause_subject(tokens, floor, cue, cue, names_only=False)  # "voters were likely to say"
    if speaker is None or _finding(tokens, speaker) or (not quoted_too and _quoted_speaker(sentence, speaker, cue)):
        return None
    if cue > 0 and tokens[cue - 1].lower == "to" and tokens[speaker[0]].lower.removesuffix("'s") == "it":
        return None  # "it's safe to say", "leverage to insist": no one speaks
    if tokens[speaker[1] - 1].is_possessive and not (tokens[speaker[1]].text == "," and tokens[cue - 1].text == ",") and (not all(
            token.lower in load_lexicon("attribution_skip") or token.lower.endswith("ly") for token in tokens[speaker[1]:cue]) or (
            speaker[1] < cue and tokens[cue].lower.endswith("ed") and cue + 1 < len(tokens) and is_noun(tokens[cue + 1].lower))) and not (
            speaker[1] >= 3 and tokens[speaker[1] - 3].lower == "of"):  # (an index from the end would read another word)
        return None  # "Turkey's refusal to acknowledge", "GM's previously [announced] move": a noun's owner, not a
        # subject (but "Moody's [also] said", "Albertson's[, a grocery chain,] said", "Friends of Mr. Clinton's who ... say")
    return speaker[0], speaker[1]


def _subject_before_aside(tokens: list[Token], floor: int, comma: int) -> Span | Phrase | None:
    """The subject before a short phrase without a verb set off by commas right before the cue: "26
    percent", "including Mr. Jebens", "hurt by losses" ("Just over a quarter[, 26 percent,] say"); None elsewhere."""
    opening = next((index for index in range(comma - 1, max(floor, comma - _ASIDE_WORDS) - 1, -1) if tokens[index].text == ","), None)
    if opening is None or opening <= floor or opening + 1 == comma:
        return None
    participle = is_inflected_verb(tokens[opening + 1].lower) and not tokens[opening + 1].lower.endswith("s")
    if has_finite(tokens, opening + 1 + participle, comma):
        return None  # (but "The company[, hurt by losses,] has said": a past participle describes the subject)
    if is_present_participle(tokens[floor].lower):  # "Looking further ahead, [the MDA's chairman Mike Short], has
        return phrase_before(tokens, comma, floor=opening + 1)  # predicted": an opening phrase, then a stray comma
    return verb_subject(tokens, opening, floor) or plain_subject(tokens, floor, opening)


def _after_auxiliary(tokens: list[Token], verb: int, floor: int) -> bool:
    """"has [also] written", "she'd written": an auxiliary before the verb, adverbs between."""
    for index in range(verb - 1, max(floor, verb - 4) - 1, -1):
        word = tokens[index].lower
        if word in load_lexicons("auxiliaries", "copulas") or word.endswith(("'ve", "’ve", "'d", "’d", "'s", "’s")):
            return True
        if not (word.endswith("ly") or word in load_lexicon("attribution_skip")):
            return False
    return False


def _describes_before(tokens: list[Token], start: int) -> bool:
    """", [first] introduced by BuzzFeed", ", [the text of which] was released": a past participle and its
    agent, or a relative after "of", describe the noun before the comma; no second part of a content
    resumes there."""
    if any(tokens[index].lower == "of" and tokens[index + 1].lower in load_lexicon("relative_pronouns") and tokens[index + 1].lower != "that"
           for index in range(start + 1, min(len(tokens) - 1, start + 3))):  # (not "trades [of that] size")
        return True
    start += start + 1 < len(tokens) and (tokens[start].lower.endswith("ly") or tokens[start].lower in load_lexicon("ordinals"))
    return start + 1 < len(tokens) and tokens[start].lower.endswith("ed") and is_inflected_verb(tokens[start].lower) \
        and tokens[start + 1].lower == "by"


def _cued_quote_inside(sentence: ReadSentence, first: Span) -> bool:
    """'Williams added: "...," she said', 'He warned, "Certainly if they play ...," Trump told the
    show': the words before a final attribution hold a quote its colon opens, or a cue, its comma and
    its quote; the attribution names the quote's speaker again and reports no paraphrase."""
    tokens = sentence.tokens
    return any((tokens[index].text == QUOTE and tokens[index - 1].text == ":") or (
        index in sentence.cues and tokens[index + 1].text == "," and index + 2 in sentence.inside) for index in range(*first))


def _opening_words(tokens: list[Token], start: int, end: int) -> bool:
    """'[Last week], Lawson said, "what is really needed is ..."': the words before "X said," and the
    quote that ends the sentence are a time phrase, a participle's phrase ("[Noting the package
    announced by X]") or a clause of the event ("[After she accused him]"), which nobody said; not
    "[The plan], she said, "would fail"", one utterance, nor "[In cases of abortion]" or "[If the
    talks fail]", which may be the quoted clause's own."""
    first = tokens[start].lower
    if is_present_participle(first):  # (not a gerund subject with its verb: "Rising costs [are] hitting ...")
        return not any(token.lower in load_lexicons("auxiliaries", "copulas", "modals") for token in tokens[start:end])
    return first in load_lexicon("event_subordinators") or (not is_clause(tokens, start, end) and past_time_phrase(tokens, start, end) == end)


def reported_before_cue(sentence: ReadSentence, cue: int) -> Record | None:
    """"The plan would fail, Noem said."  /  "The plan, she said, would fail."

    A sentence-final attribution after a comma ("X said", "said X", a time or place phrase after
    it) reports the clause before it; when the attribution interrupts the clause, the words after
    its closing comma are the same utterance's second part."""
    tokens = sentence.tokens
    kind, width = sentence.cues.get(cue) or ("", 1)
    if not kind or kind == "according" or kind in ("question", "put") or _negated(tokens, cue) or tokens[cue].lower.endswith("ing") \
            or (kind == "commitment" and not _final_commitment(tokens, cue, cue + width, sentence.end)):
        return None
    floor = clause_floor(tokens, cue)
    speaker = None
    if cue > floor and tokens[cue - 1].text == "," and kind != "addressed":  # (never ", told Reuters": its addressee)
        (speaker, after), comma = _inverted_speaker(tokens, cue + width, sentence.end), cue - 1  # ", said Noem"
    if speaker is None:  # "..., Noem said"; "..., Paul Hofer, head of the association, told Reuters"
        speaker = phrase_before(tokens, cue, floor=max(floor, cue - SUBJECT_WORDS))
        if speaker is None or tokens[speaker[0] - 1].text != ",":
            found = next((index for index in range(cue - 1, max(floor, cue - SUBJECT_WORDS), -1)
                          if tokens[index].text == ","), None)
            plain = plain_subject(tokens, found + 1, cue) if found is not None else None
            speaker = (plain[0], plain[1]) if plain is not None else speaker  # ", one longtime friend said"
        comma = (description_comma(tokens, speaker, floor) or name_before_bare_role(tokens, speaker, floor)
                 or speaker[0] - 1) if speaker is not None else -1
        comma = _before_role(tokens, speaker, comma, floor) if speaker is not None else comma
        after = _past_named_addressee(tokens, cue + width, sentence.end)
    if kind == "addressed":
        after = addressee(tokens, after) or after  # ", Graham told The Hill."
    end = _attribution_end(tokens, after, sentence.end)
    if speaker is None or comma <= floor or tokens[comma].text != "," or _finding(tokens, speaker) \
            or not (only_circumstance(tokens, after, end) or in_capacity(tokens, after, end)) or _not_a_final_speaker(tokens, speaker, cue):
        return None
    first = trim((_opening_before_aside(tokens, floor, comma), comma), tokens)
    if first is not None and _cued_quote_inside(sentence, first):
        return None  # 'Williams added: "...," she said': a quote its own cue opens, no paraphrase before the cue
    if first is None and not all(token.lower in load_lexicons("connectives", "coordinators") or not token.is_word
                                 for token in tokens[floor:comma]):
        return None
    rest = next((index for index in range(after, min(end, after + _FINAL_WORDS + 1))
                 if (tokens[index].text in (",", QUOTE) and not _in_place_name(tokens, index)) or is_dash(tokens, index)), end)
    fragments = [] if first is None else [first]
    if rest < end and (tokens[rest].text != "," or rest + 1 in sentence.blocked):
        return None  # into a quote or a dash: (', Crawford said, "Marla ...': the quote's sentence opens before)
    second = _content_resumed(sentence, first, (cue, rest, end), floor)
    fragments += [] if second is None or _describes_before(tokens, second[0]) else [second]
    if first is not None and reduced_clause(tokens, *first) and (
            len(fragments) == 1 or tokens[fragments[1][0]].text == QUOTE):
        return None  # 'When asked why ..., Tyler said, "..."': the speaker's circumstance (but "After being
        # informed, police said, [Lewandowski] went ...": the reported clause's)
    if first is not None and rest == after and rest + 1 in sentence.inside and _opening_words(tokens, *first):
        first, fragments = None, fragments[1:]
    if first is None:  # "But, he said, it is a risky strategy": the clause after the attribution, alone
        alone = len(fragments) == 1 and (is_clause(tokens, *fragments[0]) or has_finite(tokens, *fragments[0]))
        return make_record(sentence, fragments, speaker, (cue, cue + width), "reported_before_cue") if alone else None
    if not clause_around_aside(tokens, *first) and not opening_then_clause(tokens, *first) and not (len(fragments) > 1 and (
            has_finite(tokens, *fragments[1]) or is_clause(tokens, fragments[1][0] - 1, fragments[1][1])
            or (not has_finite(tokens, *first) and (is_clause(tokens, *fragments[1]) or resumes_with_verb(tokens, fragments[1][0]))))):
        return None  # "But to prevent problems, he said, local officials should be vigilant": one clause
    return make_record(sentence, fragments, speaker, (cue, cue + width), "reported_before_cue")


def _before_role(tokens: list[Token], speaker: Span, comma: int, floor: int) -> int:
    """The token before the lower-case words of a final speaker's role: ", [former] officials said", ",
    [spokesmen for] both sides said", ", [lead] manager X said", ", [director of public credit] X said"
    (not past an article beyond three words: ", head of [a] parliamentary Y said" is a name's role, the
    name before its comma)."""
    while comma > floor and speaker[0] - comma <= _ROLE_WORDS and tokens[comma].is_word \
            and not tokens[comma].is_capitalized and (not is_verb(tokens[comma].lower) or is_title(tokens[comma + 1].lower)) \
            and not object_of_a_thing(tokens, comma) and (speaker[0] - comma <= 3 or not any(
                token.lower in load_lexicon("articles") for token in tokens[comma:speaker[0]])):
        comma -= 1
    return comma


def _in_place_name(tokens: list[Token], comma: int) -> bool:
    """"said from its [Nashville, Tenn.,] headquarters": the commas around a state written short after
    its city are the place's, not the attribution's end."""
    def state(index: int) -> bool:
        return 0 <= index < len(tokens) and tokens[index].is_capitalized and tokens[index].text.endswith(".")
    before, after = tokens[comma - 1] if comma > 0 else None, comma + 1
    return before is not None and ((before.is_capitalized and state(after)) or (
        state(comma - 1) and comma >= 3 and tokens[comma - 2].text == "," and tokens[comma - 3].is_capitalized))


def _past_named_addressee(tokens: list[Token], after: int, end: int) -> int:
    """"..., Kennedy wrote [Linick].": after a final cue and its subject, a capitalised name that ends
    the sentence is whom it was written to; the attribution goes on past it."""
    named = phrase_after(tokens, after, pronoun_or_name_only=True) if after < end else None
    return named[1] if named is not None and named[1] == end and tokens[named[0]].is_capitalized else after


def _content_resumed(sentence: ReadSentence, first: Span | None, where: tuple[int, int, int], floor: int) -> Span | None:
    """The content's part after the attribution's closing comma, after "X said," as after "said X," (but
    not after "Nimit Nonthapanthawat, chief economist at the bank, said": the subject and its role).
    `where`: the cue, the closing comma and where the attribution's sentence ends."""
    cue, comma, end = where
    if sentence.tokens[cue - 1].text != "," or first is None or open_ended(sentence.tokens, first):
        return content_after_aside(sentence, first, comma, end)  # (an apposition never stops at "be"; nor is "But, said
        # Nielsen," one: a connective alone before the cue)
    if apposition_start(sentence.tokens, cue - 1, floor) is not None:
        return None
    return content_after_speaker(sentence, first, comma, end)


def _inverted_attribution(tokens: list[Token], start: int, end: int) -> bool:
    """Whether the words after a cue are its speaker and nothing more, or a "who" clause that describes
    them with no comma in it: the end of a sentence-final attribution, no content (", said an official
    who was briefed on the talks"; not "said many of the examples that critics cite failed")."""
    speaker, _ = _inverted_speaker(tokens, start, end)
    return speaker is not None and (speaker[1] >= end or tokens[speaker[1]].lower == "who") \
        and not any(token.text == "," for token in tokens[speaker[1]:end])


def _inverted_speaker(tokens: list[Token], start: int, end: int) -> tuple[Span | None, int]:
    """The speaker phrase after a sentence-final cue (", said Noem", ", said Doyle and others") and
    where it ends; a relative clause after it is its description (", said an American official [who was briefed on the talks]")."""
    speaker = phrase_after(tokens, start)
    if speaker is None:
        return None, start
    if speaker[1] + 1 < end and tokens[speaker[1]].lower == "of" and tokens[speaker[1] - 1].lower in load_lexicons(
            "share_words", "quantity_words", "body_nouns"):
        whole = phrase_after(tokens, speaker[1] + 1)  # "said a handful [of Democrats]", "says a panel [of experts]"
        speaker = speaker if whole is None else (speaker[0], whole[1])
    if speaker[1] + 1 < end and tokens[speaker[1]].lower in ("and", "like"):  # "said Doyle [and others]", "experts [like X]"
        more = (speaker[1] + 1, speaker[1] + 2) if tokens[speaker[1] + 1].lower in load_lexicon("pronoun_determiners") \
            else phrase_after(tokens, speaker[1] + 1)  # ("and others", "and many": a determiner alone)
        speaker = speaker if more is None else (speaker[0], more[1])
    if speaker[1] < end and tokens[speaker[1]].is_parenthetical:
        return speaker, speaker[1] + 1  # ", said Data Resources Europe Inc [(DRI)].": its short name, no more words
    if speaker[1] + 1 < end and tokens[speaker[1]].lower == "of" and tokens[speaker[1] - 1].is_capitalized:
        body = phrase_after(tokens, speaker[1] + 1)  # ", said Stuart Hensel [of the Economist Intelligence Unit]": where he works
        return speaker, body[1] if body is not None else speaker[1]
    role_end = _role_after_name(tokens, speaker, end)
    if role_end is not None:
        return speaker, role_end  # "But, says Nick Donofrio[, senior vice-president at IBM,] it was not ...": the name's role
    relative = speaker[1] < end and (tokens[speaker[1]].lower in ("who", "whose") or (  # ", says the boss of the body [that
        tokens[speaker[1]].lower in ("that", "which") and speaker[1] + 1 < end and is_inflected_verb(tokens[speaker[1] + 1].lower)))  # cleared them]"
    return speaker, end if relative else speaker[1]


def _role_after_name(tokens: list[Token], speaker: Span, end: int) -> int | None:
    """The comma closing a role set off after an inverted speaker's name (", says Nick Donofrio[, senior
    vice-president of technology at IBM,] it was ..."): words with no verb of their own; None elsewhere."""
    comma = speaker[1]
    if comma + 2 >= end or tokens[comma].text != ",":
        return None
    close = next((index for index in range(comma + 2, min(end, comma + _FINAL_WORDS + 2)) if tokens[index].text == ","), None)
    return close if close is not None and close + 1 < end and not has_finite(tokens, comma + 1, close) \
        else None  # (not "said Nielsen, [the web has changed], the rules have not": a clause of the content's)


def _final_commitment(tokens: list[Token], cue: int, after: int, end: int) -> bool:
    """"A Clinton presidency would bring jobs, she [promised].": a commitment verb in the past or third
    person with nothing after it attributes the clause before it (not "..., [offered] an olive branch",
    "..., as Sanders [proposes]": the proposal, nor "increasing Soviet [demand], analysts said": a noun)."""
    return is_inflected_verb(tokens[cue].lower) and (after >= end or tokens[after].text == ",") \
        and not any(token.lower == "as" for token in tokens[max(0, cue - 4):cue])


def _opening_before_aside(tokens: list[Token], floor: int, comma: int) -> int:
    """Where the content before an interrupting attribution starts: after the writer's connectives, or
    at a relative pronoun right before it ("the stadium, [which], Tompkins said, is full on game
    days": the relative clause is his, the main clause the writer's)."""
    opening = past_connectives(tokens, floor, comma)
    return comma - 1 if comma - 1 > opening and tokens[comma - 1].lower in ("which", "who") else opening


def _not_a_final_speaker(tokens: list[Token], speaker: Span, cue: int) -> bool:
    """", reported [it] to the police": "it" after a verb is its object, never an inverted subject;
    ", begging a woman [who] claimed to be ...": a cue inside a relative clause ends no sentence."""
    words = tokens[speaker[0]:speaker[1]]
    return (speaker[0] > cue and len(words) == 1 and words[0].lower == "it") or (
        words[-1].lower in load_lexicon("relative_pronouns") and not words[-1].text.isupper())  # (not "the WHO")


def reported_question(sentence: ReadSentence, cue: int) -> Record | None:
    """"Asked whether the plan would fail, Noem shook her head."  /  "When asked about the plan, he laughed."

    A question put to someone, who is not its speaker: the content is the question, up to its comma;
    its speaker is whoever asked it, when "by" names them ("was asked by a reporter whether"), else
    unnamed (the record has no speaker mention)."""
    tokens = sentence.tokens
    kind, width = sentence.cues.get(cue) or ("", 1)
    passive = cue == clause_floor(tokens, cue) or tokens[cue - 1].lower in load_lexicon("subordinators") \
        or after_passive_auxiliary(tokens, cue)
    if kind not in ("question", "put") or not passive or tokens[cue].lower.endswith("ing"):
        return None
    start = past_time_phrase(tokens, cue + width, sentence.end)
    asker = phrase_after(tokens, start + 1) if start + 1 < sentence.end and tokens[start].lower == "by" else None
    start = asker[1] if asker is not None else start  # "was asked [by host John Dickerson] whether": who asked
    start = _past_circumstances(tokens, start, sentence.end)  # "Asked [during a January debate] why ..."
    if start + 1 < sentence.end and tokens[start].lower == "about" and (
            start == cue + width or tokens[start - 1].is_word):
        start += 1  # "Asked about [her own vote], she ...": the topic of the question is its content
    elif start >= sentence.end or tokens[start].lower not in load_lexicon("question_words"):
        return None
    end = question_end(tokens, start, sentence.end)
    by = next((index for index in range(start + 1, end - 1) if tokens[index].lower == "by"), None)
    if asker is None and by is not None and (after := phrase_after(tokens, by + 1)) is not None and after[1] == end:
        asker, end = after, by  # "was asked about it [by CNN]"
    span = trim((start, end), tokens)
    return None if span is None else make_record(sentence, [span], asker or (cue, cue), (cue, cue + width), "reported_question")


def _past_circumstances(tokens: list[Token], start: int, end: int) -> int:
    """Past adverbs and the phrases of time and place between "asked" and its question: "Asked
    [specifically] what", "Asked [on Fox News] who", "Asked [at a briefing Monday in Washington] about"."""
    questions = load_lexicon("question_words")
    prepositions = load_lexicon("phrase_prepositions")
    while start < end and (tokens[start].lower.endswith("ly") or tokens[start].lower in prepositions) \
            and tokens[start].lower not in questions:
        preposition = tokens[start].lower in prepositions
        start += 1
        phrase_end = start
        while preposition and phrase_end < min(end, start + _CIRCUMSTANCE_WORDS) and tokens[phrase_end].is_word \
                and tokens[phrase_end].lower not in questions and tokens[phrase_end].lower != "about" \
                and tokens[phrase_end].lower not in prepositions and not is_finite_verb(tokens[phrase_end]):
            phrase_end += 1
        start = phrase_end
    return start


def asks(quote: Quote) -> bool:
    """A question put to someone: the quote's mention is who asked it ("was asked by X whether"), whose
    salience and pronouns the answer after it must not take."""
    return quote.rule == reported_question.__name__


def reported_as_cue(sentence: ReadSentence, cue: int) -> Record | None:
    """"As Breitbart News reported, the White House was refusing to call it terrorism."

    An opening "As X said," (a time or place phrase may follow the cue) or "As reported by X," / "As
    stated in X's letter," reports the main clause after its comma, also after "and" in mid-sentence
    ("..., and as Comey noted, people involved could"); not "As he said the plan would
    fail, the crowd booed", whose cue has its own content."""
    tokens = sentence.tokens
    if not any(token.lower == "as" for token in tokens[max(0, cue - SUBJECT_WORDS):cue]):
        return None  # (read first: most cues have no "as" before them)
    floor = _as_opening(tokens, cue, clause_floor(tokens, cue))
    kind, width = sentence.cues.get(cue) or ("", 1)
    if floor is None or kind == "according":
        return None
    comma = next((index for index in range(cue + width, min(sentence.end, cue + width + _FINAL_WORDS))
                  if tokens[index].text == ","), None)
    if comma is None:
        return None
    if cue == floor + 1:  # "As reported by Western Journalism,", "As stated in Davis' commentary,": the agent
        source = cue + width
        if source + 1 >= comma or not _names_a_source(tokens, source, comma):
            return None
        speaker: Span = (source + 1, comma)
    else:
        found = verb_subject(tokens, cue, floor + 1) if only_circumstance(tokens, cue + width, comma) else None
        if found is None or found.start != floor + 1:
            return None
        speaker = (found.start, found.end)
    start = _past_opening_phrase(tokens, comma + 1, sentence.end)
    span = trim((start, content_end(sentence, start, relative=False)), tokens)
    if span is None or not (is_clause(tokens, span[0], sentence.end) or subordinate_then_clause(tokens, *span)):
        return None
    return make_record(sentence, [span], speaker, (cue, cue + width), "reported_as_cue")


def _past_opening_phrase(tokens: list[Token], start: int, end: int) -> int:
    """"As Breitbart News reported, [even on Friday morning,] the White House was refusing": the
    writer's phrase of time or place after the attribution's comma comes before the content."""
    if start >= end or is_clause(tokens, start, end) or subordinate_then_clause(tokens, start, end):
        return start
    comma = opening_phrase_comma(tokens, start, end)
    return start if comma is None else comma + 1


def _as_opening(tokens: list[Token], cue: int, floor: int) -> int | None:
    """Where the "As" of "As X said," is: the clause's first word, or the word after "and" or "but" in
    mid-sentence; None without one (", as the Times reported, and" reports what came before)."""
    for index in range(cue - 1, max(floor, cue - SUBJECT_WORDS) - 1, -1):
        if tokens[index].lower == "as":
            if index == floor or tokens[index - 1].lower in load_lexicon("coordinators"):
                return index
            return None
    return None


def _names_a_source(tokens: list[Token], preposition: int, end: int) -> bool:
    """After "As reported": an agent by name ("by [the] Times") or a document of someone's ("in Davis'
    commentary", "in her letter", "on its website"); not "in the past", "by many", "in Paris"."""
    word = tokens[preposition].lower
    first = preposition + 1 + (preposition + 2 < end and tokens[preposition + 1].lower in load_lexicon("articles"))
    if word == "by":
        return tokens[first].is_capitalized or tokens[first].is_possessive
    return word in load_lexicon("source_prepositions") and (
        tokens[preposition + 1].lower in load_lexicon("possessive_pronouns") or any(
            token.is_possessive for token in tokens[preposition + 1:end]) or tokens[end - 1].lower in load_lexicon("document_words"))


REPORTED_RULES: tuple[Callable[[ReadSentence, int], Record | None], ...] = (reported_according_to, reported_as_cue,
                                                                         reported_after_cue, reported_before_cue,
                                                                         reported_object, reported_question)


# --- what the rules share -------------------------------------------------------------------------


def _modifies_noun(tokens: list[Token], cue: int) -> bool:
    """"corrects [reporting] period", "for financial [reporting] purposes": a cue in -ing right after a
    finite verb (not an auxiliary: "is [reiterating] a target" reports) or a describer, or one in -ed
    right after a possessive, modifies the noun after it, and names no object said."""
    previous = tokens[cue - 1] if cue > 0 else None
    if previous is not None and previous.is_possessive and tokens[cue].lower.endswith("ed"):
        return True  # "Japan's [proposed] economic measures": a participle before its noun
    return tokens[cue].lower.endswith("ing") and previous is not None and previous.is_word and not previous.is_capitalized and (
        is_inflected_verb(previous.lower) or is_describer(previous.lower)) and previous.lower not in load_lexicons(
        "auxiliaries", "copulas", "passive_auxiliaries")


def _negated(tokens: list[Token], cue: int) -> bool:
    """A cue refused, imagined or denied (see `_negation`): the rules that read an object or a
    clause before it report nothing then."""
    return _negation(tokens, cue) is not None


def _negation(tokens: list[Token], cue: int) -> str | None:
    """"blocked" for a cue refused, imagined or wished ("declined to comment", "one could say"), which
    reports nothing; "denied" for a denied one ("did not respond to requests", "has not said who they
    would vote for"), whose clause is what was not said and is reported as such (see `_denied_clause`);
    None for a cue said. Read in the cue's own verb group: not "would fail, said"."""
    words = tokens[max(0, cue - 2):cue]
    words = words[next((index + 1 for index in range(len(words) - 1, -1, -1) if not words[index].is_word), 0):]
    wished = cue >= 2 and tokens[cue - 1].lower == "to" and load_mapping("reported_cues").get(tokens[cue - 2].lower) == "wish"
    if wished or any(word.lower in load_lexicons("refusal_verbs", "hypothetical_modals") for word in words):
        return "blocked"
    if any(word.lower in load_lexicon("negations") or word.lower.endswith("n't") for word in words):
        return "denied"
    return None


def _denied_clause(tokens: list[Token], start: int, end: int) -> bool:
    """What a denied cue did not say is a clause ("did not say [whether] it can", "did not recommend
    that [she] face charges"); its object or a phrase ("did not mention [Trump]") reports nothing."""
    return tokens[start - 1].lower == "that" or tokens[start].lower in load_lexicon("question_words") or (
        tokens[start].lower not in load_lexicons("phrase_prepositions", "topic_prepositions") and is_clause(tokens, start, end))


def _finding(tokens: list[Token], speaker: Span | Phrase) -> bool:
    """"Polls suggest", "the data show", "a survey by Hostway said", "a Mori poll this summer said": a
    finding, not a speaker; nor is an amount ("228.7 billion dlrs", lexicon measures). A finding word
    must head the phrase before its first preposition (or a title's "of": "director of research"): in
    "voters in a Times poll said" the people asked speak, and "Survey respondents", "the research
    team", "Statistics Canada", "the Geological Survey" and "Research and Technology Minister" name
    speakers."""
    phrase = tokens[speaker[0]:speaker[1]]
    if len(phrase) > 1 and phrase[-1].lower in load_lexicon("measures") and all(
            token.text[:1].isdigit() or token.lower in load_lexicons("magnitudes", "articles", "approximators", "number_words")
            for token in phrase[:-1]):
        return True  # an amount: "the 228.7 billion dlrs reported in 1985" (not "Those expecting four mln barrels")
    if len(phrase) == 1 and phrase[0].lower in ("which", "that") and speaker[0] > 0:
        before = speaker[0] - 1 - (tokens[speaker[0] - 1].text == ",")  # "recent research [which] suggests": its noun
        phrase = tokens[before:before + 1] if before >= 0 else phrase
    cut = next((index for index, token in enumerate(phrase[1:], start=1) if token.lower in load_lexicon("phrase_prepositions")
                or (token.lower == "of" and is_title(phrase[index - 1].lower))), len(phrase))  # ("director [of] research")
    return any(_heads_a_finding(phrase[:cut], index) for index in range(cut))


def _heads_a_finding(phrase: list[Token], index: int) -> bool:
    token = phrase[index]
    if token.lower not in load_lexicon("finding_subjects") or (token.is_capitalized and index > 0):
        return False  # (a capital inside a name: "Bureau of Statistics"; "Polls show" opens a sentence)
    following = phrase[index + 1] if index + 1 < len(phrase) else None
    return following is None or not (following.is_capitalized or is_noun(following.lower) or is_title(following.lower) or (
        token.is_capitalized and following.lower in load_lexicon("name_connectors")))  # ("study group", "Research and ...")


def _read_sentence(text: str, sentence: Sentence, inside: Sequence[Quote],
                   shared: SharedTokens | None) -> ReadSentence:
    tokens, placeholders = sentence_tokens(text, sentence, inside, shared)
    by_start = {quote.outer_start: quote for quote in inside}
    blocked = frozenset(index for start, index in placeholders.items() if by_start[start].kind == "direct")
    held = {index: by_start[start] for start, index in placeholders.items() if by_start[start].kind != "direct"}
    end = len(tokens)
    while end > 0 and tokens[end - 1].text in CLAUSE_END:
        end -= 1
    speakers = frozenset(quote.mention_start for quote in inside if quote.kind == "direct" and quote.mention_start is not None)
    heads = cue_heads()
    cues = {index: found for index, token in enumerate(tokens)
            if token.lower in heads and (found := cue_class(tokens, index)) is not None}
    return ReadSentence(tokens, end, blocked, held, speakers, cues)
