"""`evaluate`: score extraction and attribution against gold annotations.

The gold format is the one of the bench (one JSON object per line, quotes with content offsets and
speaker mentions; see README "Evaluating"). Users run it on their own annotated news to see how far
to trust the reports. Matching is one-to-one: each gold quote pairs with at most one predicted quote.
"""

from __future__ import annotations

import json
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import GoldFormatError, InputNotFoundError
from .model import Quote
from .pipeline import extract

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

    Raises:
        GoldFormatError: a gold record lacks a field or has offsets that do not fit its text.
    """
    tallies: dict[tuple[str, str], _Tally] = {}
    counts = {"mention": [0, 0], "canonical": [0, 0], "end to end": [0, 0]}
    cases: dict[str, list[ErrorCase]] = {"missed": [], "spurious": [], "wrong speaker": []}
    articles = 0
    for record in _gold_records(gold):
        articles += 1
        text = record["text"]
        gold_quotes = record["quotes"]
        predicted = [quote for quote in extract(text) if quote.is_speech]
        for match_name, minimum in (("exact", 1.0), (f">={overlap:g} overlap", overlap)):
            pairs = _match(text, gold_quotes, predicted, minimum=minimum)
            _tally(tallies, match_name, gold_quotes, predicted, pairs)
            if minimum == overlap:
                _score_speakers(record, gold_quotes, predicted, pairs, counts, cases, errors)
                _collect_errors(record, gold_quotes, predicted, pairs, cases, errors)
    rows = []
    for (kind, match_name), tally in tallies.items():
        precision = tally.matched_predicted / tally.predicted if tally.predicted else 0.0
        recall = tally.matched_gold / tally.gold if tally.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        rows.append({"kind": kind, "match": match_name, "gold": tally.gold, "predicted": tally.predicted,
                     "matched": tally.matched_gold, "precision": precision, "recall": recall, "f1": f1})
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
    if not isinstance(record.get("quotes"), list):
        raise GoldFormatError(f"{where}: expected a 'quotes' list (it may be empty)")
    length = len(record["text"])
    for index, quote in enumerate(record["quotes"]):
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


def _tally(tallies: dict[tuple[str, str], _Tally], match_name: str, gold: list[Mapping[str, Any]],
           predicted: list[Quote], pairs: dict[int, int]) -> None:
    matched_predicted = set(pairs.values())
    for kind in ("direct", "mixed", "all"):
        tally = tallies.setdefault((kind, match_name), _Tally())
        for index, quote in enumerate(gold):
            if kind in ("all", _gold_kind(quote)):
                tally.gold += 1
                tally.matched_gold += index in pairs
        for index, quote in enumerate(predicted):
            if kind in ("all", quote.kind):
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
