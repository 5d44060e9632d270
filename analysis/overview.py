"""The report's front page, index.html: what a run found, at a glance, from the run's own tallies.

Headline figures, the most quoted speakers coloured by tone, how each top speaker's tone spreads,
the speech verbs, the gender shares the text gives evidence for, and, for a `group_by` column
(outlets, dates), the top speakers of each value side by side. The speakers table lists the 500
most quoted (frequency.csv has them all), each linking to some of their quotes, read back from
quotes.csv so that no quote text is held in memory during the run.
"""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from .charts import ChartSpec, render_svgs, tone_color
from .counts import UTTERANCE_KINDS, FrequencyTally
from .pages import index_page
from .sentiment import ToneTally

__all__ = ["overview_page"]

_TOP_CHART = 15
_TOP_TONE = 10
_TOP_VERBS = 12
_TOP_GROUPS = 6
_TOP_IN_GROUP = 8
_TABLE_ROWS = 500
_LISTED_SPEAKERS = 100
_QUOTES_EACH = 6
_QUOTE_CHARACTERS = 300


def overview_page(*, frequency: FrequencyTally, tone: ToneTally, counts: Mapping[str, int],
                  group_by: Sequence[str], quotes_csv: Path, pages: Mapping[str, str] | None = None,
                  title: str = "Who is quoted",
                  render: Callable[[Sequence[ChartSpec]], list[str]] = render_svgs,
                  corpus_names: Mapping[str, str] | None = None) -> str:
    """index.html for a run: `counts` are the run's totals (articles, utterances, attributed...),
    `quotes_csv` the quotes report written, `pages` the article views by article id, if written.
    `render` turns the chart specifications into SVG (a run passes its chart process's);
    `corpus_names` maps an article's speaker name to the corpus's, where they were merged ("Reagan")."""
    tones = dict(tone.rows())  # once: each row computes a median
    speakers = _speakers(frequency, tones)
    charts: list[tuple[str, ChartSpec]] = [("Top speakers", _bars(
        [row["speaker"] for row in speakers[:_TOP_CHART]], [row["quotes"] for row in speakers[:_TOP_CHART]],
        title=f"Top {min(_TOP_CHART, len(speakers))} speakers", xlabel="quotes (utterances)", legend=True,
        colors=[tone_color(row["mean_polarity"]) for row in speakers[:_TOP_CHART]]))]
    top = [row["speaker"] for row in speakers[:_TOP_TONE]]
    if top:
        charts.append(("Tone per speaker", ("box", {"labels": top, "samples": _polarities(tone, tones, top),
                                                    "title": "Tone of each top speaker's quotes"})))
    verbs = Counter()
    for row in frequency.verb_rows():
        verbs[row["verb"]] += row["quotes"]
    if verbs:
        common = verbs.most_common(_TOP_VERBS)
        charts.append(("Speech verbs", _bars([verb for verb, _ in common], [count for _, count in common],
                                             title="Speech verbs", xlabel="quotes")))
    genders = Counter()
    for row in speakers:
        if row["speaker_type"] == "person":
            genders[row["gender"] or "unknown"] += row["quotes"]
    if genders:
        total = sum(genders.values())
        names = [name for name in ("female", "male", "unknown") if name in genders]
        charts.append(("Gender", _bars(names, [genders[name] / total for name in names],
                                       title="Quotes of people, by gender the text gives evidence for",
                                       xlabel="share of people's quotes")))
    charts += _group_charts(frequency, tones, group_by)
    share = counts["attributed"] / counts["utterances"] if counts["utterances"] else 0.0
    figures = [("articles", f"{counts['articles']:,}"), ("quotes (utterances)", f"{counts['utterances']:,}"),
               ("attributed", f"{share:.1%}"), ("speakers", f"{len(speakers):,}"),
               ("unnamed sources", f"{counts['unnamed'] / counts['attributed']:.1%}" if counts["attributed"] else "-"),
               ("quotes: direct / mixed / indirect", " / ".join(f"{counts[f'{kind} utterances']:,}" for kind in UTTERANCE_KINDS)),
               ("parts: direct / mixed / indirect / scare",
                f"{counts['direct']:,} / {counts['mixed']:,} / {counts['indirect']:,} / {counts['scare']:,}")]
    listed = {row["speaker"] for row in speakers[:_LISTED_SPEAKERS]}
    note = ('<p>Gender is what the text says (Mr., Ms., gendered titles, pronouns), never guessed from a name. '
            'Tone: TextBlob polarity, -1 negative to 1 positive, of the speakers\' own words (reported speech is the '
            'writer\'s wording). The full tables are the CSV files beside this page.</p>')
    drawn = list(zip([caption for caption, _ in charts], render([spec for _, spec in charts])))
    return index_page(title=title, figures=figures, charts=drawn, speakers=speakers[:_TABLE_ROWS],
                      quotes_by_speaker=_quotes_of(quotes_csv, listed, pages or {}, corpus_names or {}), note=note)


def _bars(labels: list[str], values: list[float], **options: Any) -> ChartSpec:
    return "bar", {"labels": labels, "values": values, **options}


def _speakers(frequency: FrequencyTally, tones: Mapping[Any, dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per speaker over every group, most quoted first, with the mean tone of their quotes."""
    merged: dict[str, dict[str, Any]] = {}
    polarity: defaultdict[str, list[float]] = defaultdict(lambda: [0.0, 0])
    for key, stats in tones.items():
        polarity[key[-1]][0] += stats["mean_polarity"] * stats["quotes"]
        polarity[key[-1]][1] += stats["quotes"]
    for row in frequency.speaker_rows():
        mine = merged.setdefault(row["speaker"], {"speaker": row["speaker"], "quotes": 0, "words": 0,
                                                  "speaker_type": row["speaker_type"], "gender": row["gender"]})
        mine["quotes"] += row["quotes"]
        mine["words"] += row["words"]
    for name, row in merged.items():
        total, count = polarity.get(name, (0.0, 0))
        row["mean_polarity"] = round(total / count, 4) if count else None
    return sorted(merged.values(), key=lambda row: (-row["quotes"], -row["words"], row["speaker"]))


def _polarities(tone: ToneTally, tones: Mapping[Any, Any], speakers: list[str]) -> list[list[float]]:
    """Each speaker's polarities over every group (a tone key ends with the speaker), in one pass."""
    samples: dict[str, list[float]] = {name: [] for name in speakers}
    for key in tones:
        if key[-1] in samples:
            samples[key[-1]] += tone.polarities(key)
    return [samples[name] for name in speakers]


def _group_charts(frequency: FrequencyTally, tones: Mapping[Any, dict[str, Any]],
                  group_by: Sequence[str]) -> list[tuple[str, ChartSpec]]:
    """For each of the most quoted values of the grouping columns, a chart of its top speakers."""
    if not group_by:
        return []
    by_group: defaultdict[tuple[Any, ...], list[dict[str, Any]]] = defaultdict(list)
    for row in frequency.speaker_rows():
        by_group[row["_groups"]].append(row)
    busiest = sorted(by_group, key=lambda groups: -sum(row["quotes"] for row in by_group[groups]))[:_TOP_GROUPS]
    charts = []
    for groups in busiest:
        rows = by_group[groups][:_TOP_IN_GROUP]
        name = ", ".join(f"{column} {value if value is not None else '(none)'}" for column, value in zip(group_by, groups))
        charts.append((name, _bars([row["speaker"] for row in rows], [row["quotes"] for row in rows], title=name,
                                   xlabel="quotes",
                                   colors=[tone_color(tones.get((*groups, row["speaker"]), {}).get("mean_polarity"))
                                           for row in rows])))
    return charts


def _quotes_of(quotes_csv: Path, speakers: set[str], pages: Mapping[str, str],
               names: Mapping[str, str]) -> dict[str, list[dict[str, Any]]]:
    """Up to a few quotes of each of `speakers`, in corpus order, read back from quotes.csv (where an
    article's speaker name stays its own: `names` gives the corpus's)."""
    found: defaultdict[str, list[dict[str, Any]]] = defaultdict(list)
    if not speakers:
        return {}
    with open(quotes_csv, encoding="utf-8", newline="") as stream:
        for row in csv.DictReader(stream):
            speaker = row.get("speaker")
            speaker = names.get(speaker, speaker) if speaker else speaker
            if speaker in speakers and row.get("kind") != "scare" and len(found[speaker]) < _QUOTES_EACH:
                text = row["text"] if len(row["text"]) <= _QUOTE_CHARACTERS else row["text"][:_QUOTE_CHARACTERS] + "…"
                found[speaker].append({"text": text, "article_id": row["article_id"],
                                       "page": pages.get(row["article_id"])})
    return dict(found)
