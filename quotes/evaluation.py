"""`evaluate`: score extraction and attribution against gold annotations.

Two gold formats, those of the bench (one JSON object per line; see README "Evaluating"): articles
with a `quotes` list (quotation-mark quotes, content offsets and speaker mentions), scored by exact
and overlapping spans; and articles with a `reported` list (speech of every kind, reported speech
included), scored by utterance content at two overlaps. Users run it on their own annotated news
to see how far to trust the reports. Matching is one-to-one: each gold record pairs with at most
one prediction, best overlap first.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import GoldFormatError, InputNotFoundError
from .model import Quote
from .pipeline import extract

_REPORTED_OVERLAPS = (0.5, 0.8)  # content overlap thresholds of the reported-speech bench
_TOKEN_OVERLAP = 0.3  # word-token overlap of the held-out all-kinds measure (the Gender Gap Tracker's)
_WORD = re.compile(r"\w+")
_UTTERANCE_KINDS = ("direct", "mixed", "indirect", "all")

__all__ = ["evaluate", "Evaluation", "ErrorCase"]

_QUOTE_TRIM = " \t\r\n\"'`“”„‟«»‘’‚‛‹›"
_CONTEXT = 70


@dataclass(frozen=True, slots=True)
class ErrorCase:
    """One mistake, for study: a gold quote missed, a quote that is not in the gold, or a wrong speaker."""

    article_id: str
    problem: str  # "missed", "spurious" or "wrong speaker"
    quote: str
    context: str
    expected: str | None = None
    predicted: str | None = None


@dataclass(frozen=True)
class Evaluation:
    """Scores of one evaluation run.

    `quotes` rows are (kind, match) with gold, predicted, matched counts and precision, recall, f1;
    `speakers` maps a measure name to (correct, total, share). Shares are 0..1.
    """

    quotes: list[dict[str, Any]]
    speakers: dict[str, tuple[int, int, float]]
    errors: list[ErrorCase] = field(default_factory=list)
    articles: int = 0

    def quote_table(self) -> list[list[Any]]:
        """Rows for a printed table: kind, match, gold, predicted, matched, P, R, F1."""
        return [[row["kind"], row["match"], row["gold"], row["predicted"], row["matched"],
                 round(row["precision"], 4), round(row["recall"], 4), round(row["f1"], 4)] for row in self.quotes]

    def speaker_table(self) -> list[list[Any]]:
        """Rows for a printed table: measure, correct, total, share."""
        return [[name, correct, total, round(share, 4)] for name, (correct, total, share) in self.speakers.items()]


@dataclass
class _Tally:
    gold: int = 0
    predicted: int = 0
    matched_gold: int = 0
    matched_predicted: int = 0


def evaluate(gold: str | Path | Iterable[Mapping[str, Any]], *, overlap: float = 0.8, errors: int = 0) -> Evaluation:
    """Score `quotes.extract` against gold articles.

    Args:
        gold: a JSONL file of gold articles, or the parsed articles themselves.
        overlap: the character overlap (intersection over union, 0..1) that counts as a loose match.
        errors: how many examples of each kind of mistake to keep in `Evaluation.errors`.

    Quote precision counts `direct` and `mixed` predictions (scare quotes are declared not speech);
    recall counts gold quotes matched by such a prediction. Speaker measures use the loose matches:
    `mention` is right when the predicted mention overlaps a gold mention, `canonical` when the
    canonical speaker names the same entity as the gold's (same name ignoring case, or same last word).

    Gold articles with a `reported` list instead are scored as utterances (`evaluate_reported`).

    Raises:
        GoldFormatError: a gold record lacks a field or has offsets that do not fit its text.
    """
    records = _gold_records(gold)
    first = next(records, None)
    if first is not None and "reported" in first:
        return evaluate_reported(_chain(first, records), errors=errors)
    return _evaluate_quotes(_chain(first, records) if first is not None else iter(()), overlap=overlap, errors=errors)


def _chain(first: Mapping[str, Any], rest: Iterator[Mapping[str, Any]]) -> Iterator[Mapping[str, Any]]:
    yield first
    yield from rest


def _evaluate_quotes(records: Iterator[Mapping[str, Any]], *, overlap: float, errors: int) -> Evaluation:
    tallies: dict[tuple[str, str], _Tally] = {}
    counts = {"mention": [0, 0], "canonical": [0, 0], "end to end": [0, 0]}
    cases: dict[str, list[ErrorCase]] = {"missed": [], "spurious": [], "wrong speaker": []}
    articles = 0
    for record in records:
        if "quotes" not in record:
            raise GoldFormatError("every gold article needs a 'quotes' list, as the first one has")
        articles += 1
        text = record["text"]
        gold_quotes = record["quotes"]
        predicted = [quote for quote in extract(text) if quote.is_own_words]
        for match_name, minimum in (("exact", 1.0), (f">={overlap:g} overlap", overlap)):
            pairs = _match(text, gold_quotes, predicted, minimum=minimum)
            _tally(tallies, match_name, [_gold_kind(quote) for quote in gold_quotes],
                   [quote.kind for quote in predicted], pairs)
            if minimum == overlap:
                _score_speakers(record, gold_quotes, predicted, pairs, counts, cases, errors)
                _collect_errors(record, gold_quotes, predicted, pairs, cases, errors)
    rows = [_score_row(kind, match_name, tally) for (kind, match_name), tally in tallies.items()]
    rows.sort(key=lambda row: (row["match"] != "exact", ("direct", "mixed", "all").index(row["kind"])))
    speakers = {name: (correct, total, correct / total if total else 0.0) for name, (correct, total) in counts.items()}
    kept = [case for problem in cases.values() for case in problem[:errors]]
    return Evaluation(quotes=rows, speakers=speakers, errors=kept, articles=articles)


def _gold_records(gold: str | Path | Iterable[Mapping[str, Any]]) -> Iterator[Mapping[str, Any]]:
    """Yield validated gold articles from a JSONL path or an iterable of dicts."""
    if isinstance(gold, (str, Path)):
        path = Path(gold)
        if not path.is_file():
            raise InputNotFoundError(f"gold file {str(path)!r} does not exist")
        with path.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, start=1):
                if line.strip():
                    try:
                        record = json.loads(line)
                    except json.JSONDecodeError as error:
                        raise GoldFormatError(f"{path}:{number}: not valid JSON ({error.msg})") from None
                    yield _validated(record, f"{path}:{number}")
    else:
        for number, record in enumerate(gold, start=1):
            yield _validated(record, f"gold record {number}")


def _validated(record: Any, where: str) -> Mapping[str, Any]:
    if not isinstance(record, Mapping) or not isinstance(record.get("text"), str):
        raise GoldFormatError(f"{where}: expected an object with a 'text' string and a 'quotes' list")
    key = "reported" if "reported" in record else "quotes"
    if not isinstance(record.get(key), list):
        raise GoldFormatError(f"{where}: expected a 'quotes' list, or a 'reported' list (either may be empty)")
    length = len(record["text"])
    for index, quote in enumerate(record[key]):
        start, end = (quote.get("start"), quote.get("end")) if isinstance(quote, Mapping) else (None, None)
        if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start <= end <= length:
            raise GoldFormatError(f"{where}: quote {index} needs integer 'start' <= 'end' within the text")
    return record


def _span(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets trimmed of whitespace and quotation marks, so conventions at the edges do not matter."""
    while start < end and text[start] in _QUOTE_TRIM:
        start += 1
    while end > start and text[end - 1] in _QUOTE_TRIM:
        end -= 1
    return start, end


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return 0.0
    return inter / (max(a[1], b[1]) - min(a[0], b[0]))


def _match(text: str, gold: list[Mapping[str, Any]], predicted: list[Quote], *, minimum: float) -> dict[int, int]:
    """Pair gold quotes with predicted ones, best overlap first; returns gold index -> predicted index."""
    gold_spans = [_span(text, quote["start"], quote["end"]) for quote in gold]
    predicted_spans = [_span(text, quote.start, quote.end) for quote in predicted]
    order = sorted(range(len(predicted_spans)), key=lambda index: predicted_spans[index][0])
    starts = [predicted_spans[index][0] for index in order]
    candidates = []
    for gold_index, span in enumerate(gold_spans):
        # predictions are disjoint, so only those starting before this gold span ends can overlap it
        for position in range(max(bisect_left(starts, span[0]) - 1, 0), bisect_left(starts, span[1])):
            predicted_index = order[position]
            score = _overlap(span, predicted_spans[predicted_index])
            if score >= minimum - 1e-9:
                candidates.append((score, gold_index, predicted_index))
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for _score, gold_index, predicted_index in sorted(candidates, reverse=True):
        if gold_index not in pairs and predicted_index not in used:
            pairs[gold_index] = predicted_index
            used.add(predicted_index)
    return pairs


def _tally(tallies: dict[tuple[str, str], _Tally], match_name: str, gold_kinds: list[str | None],
           predicted_kinds: list[str], pairs: dict[int, int], kinds: Sequence[str] = ("direct", "mixed", "all")) -> None:
    """Add one article's counts, per kind and "all": gold by gold kind, predictions by predicted kind."""
    matched_predicted = set(pairs.values())
    for kind in kinds:
        tally = tallies.setdefault((kind, match_name), _Tally())
        for index, gold_kind in enumerate(gold_kinds):
            if kind in ("all", gold_kind):
                tally.gold += 1
                tally.matched_gold += index in pairs
        for index, predicted_kind in enumerate(predicted_kinds):
            if kind in ("all", predicted_kind):
                tally.predicted += 1
                tally.matched_predicted += index in matched_predicted


def _gold_kind(quote: Mapping[str, Any]) -> str:
    meta = quote.get("meta") or {}
    return meta.get("kind") or quote.get("kind") or "direct"


def _score_speakers(record: Mapping[str, Any], gold: list[Mapping[str, Any]], predicted: list[Quote],
                    pairs: dict[int, int], counts: dict[str, list[int]], cases: dict[str, list[ErrorCase]],
                    keep: int) -> None:
    text = record["text"]
    for gold_index, quote in enumerate(gold):
        mentions = [tuple(span) for span in quote.get("speaker_mentions") or []]
        canonical = quote.get("speaker_canonical")
        if mentions:
            counts["end to end"][1] += 1
        if gold_index not in pairs:
            continue
        found = predicted[pairs[gold_index]]
        if mentions:
            right = found.mention_start is not None and any(
                _overlap((found.mention_start, found.mention_end), span) > 0 for span in mentions)  # type: ignore[arg-type]
            counts["mention"][0] += right
            counts["mention"][1] += 1
            counts["end to end"][0] += right
            if not right and len(cases["wrong speaker"]) < keep:
                cases["wrong speaker"].append(ErrorCase(
                    str(record.get("id", "")), "wrong speaker", found.text[:200], _context(text, found.start, found.end),
                    expected=quote.get("speaker"), predicted=found.mention))
        if canonical:
            counts["canonical"][0] += _same_speaker(found.speaker, canonical)
            counts["canonical"][1] += 1


def _same_speaker(predicted: str | None, gold: str) -> bool:
    """Lenient name comparison: the same name ignoring case, or the same last word ("Obama" = "Barack Obama")."""
    if not predicted:
        return False
    a, b = _name_words(predicted), _name_words(gold)
    return a == b or (bool(a) and bool(b) and a[-1] == b[-1])


def _name_words(name: str) -> list[str]:
    """Lower-case words without punctuation at their edges: "Biden Jr." -> ["biden", "jr"]."""
    words = (word.strip(".,;:'’\"()") for word in name.casefold().split())
    return [word for word in words if word]


def _collect_errors(record: Mapping[str, Any], gold: list[Mapping[str, Any]], predicted: list[Quote],
                    pairs: dict[int, int], cases: dict[str, list[ErrorCase]], keep: int) -> None:
    if keep <= 0:
        return
    text, article_id = record["text"], str(record.get("id", ""))
    for index, quote in enumerate(gold):
        if index not in pairs and len(cases["missed"]) < keep:
            cases["missed"].append(ErrorCase(article_id, "missed", text[quote["start"]:quote["end"]][:200],
                                             _context(text, quote["start"], quote["end"]), expected=quote.get("speaker")))
    matched = set(pairs.values())
    for index, quote in enumerate(predicted):
        if index not in matched and len(cases["spurious"]) < keep:
            cases["spurious"].append(ErrorCase(article_id, "spurious", quote.text[:200],
                                               _context(text, quote.start, quote.end), predicted=quote.mention))


def _context(text: str, start: int, end: int) -> str:
    """The quote with some text either side, the quote itself in [[ ]], on one line."""
    left = text[max(0, start - _CONTEXT):start]
    right = text[end:end + _CONTEXT // 2]
    middle = text[start:end] if end - start <= 2 * _CONTEXT else text[start:start + _CONTEXT] + " ... " + text[end - _CONTEXT:end]
    return " ".join(f"{left}[[{middle}]]{right}".split())


# --- the reported-speech bench: utterances of every kind --------------------------------------------


@dataclass(frozen=True, slots=True)
class _Utterance:
    """A predicted utterance: the hull of its group's parts, its kind and speaker mention."""

    start: int
    end: int
    kind: str  # indirect when any part is reported speech, else mixed when any part is, else direct
    mention: tuple[int, int] | None
    mention_text: str | None


def evaluate_reported(gold: str | Path | Iterable[Mapping[str, Any]], *, errors: int = 0) -> Evaluation:
    """Score utterances of every kind against gold with a `reported` list (the reported-speech bench).

    A predicted utterance is a group of quotes (an indirect quote with the mixed quotes inside it,
    the parts of an interrupted quote), its span the hull of its parts. Content matches at overlap
    0.5 and 0.8: characters shared by the two spans over the length of the longer, after trimming
    spaces and quotation marks; and, all kinds together, at a word-token overlap of 0.3 (tokens
    shared by the two texts over the tokens of the longer one). Precision is by predicted kind,
    recall by gold kind. `mention` measures count matched records (at 0.5) whose predicted mention
    overlaps a gold one.
    """
    tallies: dict[tuple[str, str], _Tally] = {}
    counts: dict[str, list[int]] = {f"mention, {kind}": [0, 0] for kind in _UTTERANCE_KINDS}
    cases: dict[str, list[ErrorCase]] = {"missed": [], "spurious": [], "wrong speaker": []}
    articles = 0
    for record in _gold_records(gold):
        if "reported" not in record:
            raise GoldFormatError("every gold article needs a 'reported' list, as the first one has")
        articles += 1
        text, gold_records = record["text"], record["reported"]
        predicted = _utterances(extract(text))
        gold_spans = [_span(text, item["start"], item["end"]) for item in gold_records]
        predicted_spans = [_span(text, item.start, item.end) for item in predicted]
        for minimum in _REPORTED_OVERLAPS:
            pairs = _match_longer(gold_spans, predicted_spans, minimum)
            _tally(tallies, f">={minimum:g} overlap", [item.get("kind") for item in gold_records],
                   [item.kind for item in predicted], pairs, _UTTERANCE_KINDS)
            if minimum == _REPORTED_OVERLAPS[0]:
                _score_reported_speakers(record, predicted, pairs, counts, cases, errors)
                _collect_reported_errors(record, predicted, pairs, cases, errors)
        words = [Counter(_WORD.findall(text[start:end].lower())) for start, end in (*gold_spans, *predicted_spans)]
        pairs = _match_longer(words[:len(gold_spans)], words[len(gold_spans):], _TOKEN_OVERLAP, score=_shared_words)
        _tally(tallies, f">={_TOKEN_OVERLAP:g} token overlap", [None] * len(gold_spans), [""] * len(predicted), pairs,
               ("all",))
    rows = [_score_row(kind, match_name, tally) for (kind, match_name), tally in tallies.items()]
    rows.sort(key=lambda row: (row["match"], _UTTERANCE_KINDS.index(row["kind"])))
    speakers = {name: (right, total, right / total if total else 0.0) for name, (right, total) in counts.items()}
    kept = [case for problem in cases.values() for case in problem[:errors]]
    return Evaluation(quotes=rows, speakers=speakers, errors=kept, articles=articles)


def _score_row(kind: str, match_name: str, tally: _Tally) -> dict[str, Any]:
    precision = tally.matched_predicted / tally.predicted if tally.predicted else 0.0
    recall = tally.matched_gold / tally.gold if tally.gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"kind": kind, "match": match_name, "gold": tally.gold, "predicted": tally.predicted,
            "matched": tally.matched_gold, "precision": precision, "recall": recall, "f1": f1}


def _utterances(quotes: list[Quote]) -> list[_Utterance]:
    """The speech utterances of extracted quotes: one per group, scare quotes left out."""
    groups: dict[int, list[Quote]] = {}
    for quote in quotes:
        if quote.is_speech:
            groups.setdefault(quote.group, []).append(quote)
    found = []
    for parts in groups.values():
        kinds = {part.kind for part in parts}
        kind = "indirect" if "indirect" in kinds else "mixed" if "mixed" in kinds else "direct"
        speaking = next((part for part in parts if part.kind == kind and part.mention_start is not None),
                        next((part for part in parts if part.mention_start is not None), None))
        mention = None if speaking is None else (speaking.mention_start, speaking.mention_end)
        found.append(_Utterance(min(part.start for part in parts), max(part.end for part in parts), kind,
                                mention, None if speaking is None else speaking.mention))  # type: ignore[arg-type]
    return found


def _longer_overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Characters shared by two spans over the length of the longer one."""
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared / max(a[1] - a[0], b[1] - b[0]) if shared > 0 else 0.0


def _shared_words(a: Counter, b: Counter) -> float:
    """Word tokens the two texts share over the tokens of the longer one."""
    longer = max(sum(a.values()), sum(b.values()))
    return sum((a & b).values()) / longer if longer else 0.0


def _match_longer(gold: list[Any], predicted: list[Any], minimum: float, *,
                  score: Callable[[Any, Any], float] = _longer_overlap) -> dict[int, int]:
    """One-to-one pairs (gold index -> predicted index) at `score` >= minimum (by default
    `_longer_overlap` of spans), best first."""
    candidates = [(overlap, gold_index, predicted_index)
                  for gold_index, span in enumerate(gold) for predicted_index, other in enumerate(predicted)
                  if (overlap := score(span, other)) >= minimum - 1e-9]
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for _overlap, gold_index, predicted_index in sorted(candidates, key=lambda item: (-item[0], item[1], item[2])):
        if gold_index not in pairs and predicted_index not in used:
            pairs[gold_index] = predicted_index
            used.add(predicted_index)
    return pairs


def _score_reported_speakers(record: Mapping[str, Any], predicted: list[_Utterance], pairs: dict[int, int],
                             counts: dict[str, list[int]], cases: dict[str, list[ErrorCase]], keep: int) -> None:
    text = record["text"]
    for gold_index, predicted_index in pairs.items():
        item = record["reported"][gold_index]
        mentions = [tuple(span) for span in item.get("speaker_mentions") or []]
        if not mentions:
            continue
        found = predicted[predicted_index]
        right = found.mention is not None and any(_overlap(found.mention, span) > 0 for span in mentions)  # type: ignore[arg-type]
        for kind in ("all", item.get("kind")):
            if f"mention, {kind}" in counts:
                counts[f"mention, {kind}"][0] += right
                counts[f"mention, {kind}"][1] += 1
        if not right and len(cases["wrong speaker"]) < keep:
            cases["wrong speaker"].append(ErrorCase(str(record.get("id", "")), "wrong speaker",
                                                    text[found.start:found.end][:200],
                                                    _context(text, found.start, found.end),
                                                    expected=item.get("speaker"), predicted=found.mention_text))


def _collect_reported_errors(record: Mapping[str, Any], predicted: list[_Utterance], pairs: dict[int, int],
                             cases: dict[str, list[ErrorCase]], keep: int) -> None:
    if keep <= 0:
        return
    text, article_id = record["text"], str(record.get("id", ""))
    for index, item in enumerate(record["reported"]):
        if index not in pairs and len(cases["missed"]) < keep:
            cases["missed"].append(ErrorCase(article_id, f"missed {item.get('kind')}", item.get("text", "")[:200],
                                             _context(text, item["start"], item["end"]), expected=item.get("speaker")))
    matched = set(pairs.values())
    for index, item in enumerate(predicted):
        if index not in matched and len(cases["spurious"]) < keep:
            cases["spurious"].append(ErrorCase(article_id, f"spurious {item.kind}", text[item.start:item.end][:200],
                                               _context(text, item.start, item.end), predicted=item.mention_text))
