"""Charts of who is quoted, how often and in what tone, drawn by matplotlib.

Notebooks get figures (`plot_speakers(frame)`, `plot_tone`, `plot_verbs`, `plot_over`); the HTML
report gets the same charts as inline SVG, so the page needs no script, font or file from anywhere.
Figures are built without pyplot (no global figure state, nothing shown by surprise), and the SVG is
deterministic: no date in it, the same ids for the same chart.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .counts import frequency
from .sentiment import NEGATIVE_BELOW, POSITIVE_ABOVE, tone, utterance_tone, with_tone
from .utterances import check_group_by, utterances

if TYPE_CHECKING:
    import pandas
    from matplotlib.figure import Figure

__all__ = ["plot_speakers", "plot_tone", "plot_verbs", "plot_over", "bar_chart", "box_chart", "svg", "tone_color",
           "ChartSpec", "render_svgs", "ChartProcess"]

ChartSpec = tuple[str, dict[str, Any]]  # ("bar" | "box", the keyword arguments of bar_chart / box_chart)

_WIDTH = 7.0  # inches: a chart a notebook cell or half a report page holds
_BAR_HEIGHT = 0.32
_NEGATIVE, _NEUTRAL, _POSITIVE = "#c0392b", "#8c8c8c", "#2471a3"
_METADATA = re.compile(r"<metadata>.*?</metadata>\s*", re.DOTALL)


def tone_color(polarity: float | None) -> str:
    """The colour of a tone: red below the negative threshold, blue above the positive, grey between."""
    if polarity is None or NEGATIVE_BELOW <= polarity <= POSITIVE_ABOVE:
        return _NEUTRAL
    return _NEGATIVE if polarity < NEGATIVE_BELOW else _POSITIVE


def _figure(height: float, labels: Sequence[str] = (), *, legend: bool = False) -> Figure:
    """A figure with margins set from its size and its longest label: what a layout engine would
    find, at a fraction of its cost (a report draws several charts)."""
    from matplotlib.figure import Figure

    height = max(1.6, height)
    figure = Figure(figsize=(_WIDTH, height))
    longest = max((len(_short(label)) for label in labels), default=4)
    figure.subplots_adjust(left=min(0.5, 0.04 + 0.0105 * longest), right=0.8 if legend else 0.97,
                           bottom=0.6 / height, top=1 - 0.4 / height)
    return figure


def bar_chart(labels: Sequence[str], values: Sequence[float], *, title: str, xlabel: str,
              colors: Sequence[str] | None = None, legend: bool = False) -> Figure:
    """Horizontal bars, the first label on top; with `legend`, a key to the tone colours."""
    figure = _figure(0.9 + _BAR_HEIGHT * len(labels), labels, legend=legend)
    axes = figure.add_subplot()
    positions = list(range(len(labels)))[::-1]
    axes.barh(positions, values, color=list(colors) if colors else _NEUTRAL)
    axes.set_yticks(positions, labels=[_short(label) for label in labels])
    axes.set_xlabel(xlabel)
    axes.set_title(title, loc="left", fontsize=11)
    axes.spines[["top", "right"]].set_visible(False)
    if legend:
        from matplotlib.patches import Patch

        axes.legend(handles=[Patch(color=_NEGATIVE, label="negative"), Patch(color=_NEUTRAL, label="neutral"),
                             Patch(color=_POSITIVE, label="positive")], title="mean tone",
                    loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, title_fontsize=8, frameon=False)
    return figure


def box_chart(labels: Sequence[str], samples: Sequence[Sequence[float]], *, title: str) -> Figure:
    """The spread of each label's polarities (-1..1), a box per label, the first on top."""
    figure = _figure(0.9 + 0.4 * len(labels), labels)
    axes = figure.add_subplot()
    positions = list(range(len(labels)))[::-1]
    axes.boxplot([list(sample) or [0.0] for sample in samples], positions=positions, orientation="horizontal",
                 widths=0.6, showfliers=False)
    axes.axvline(0, color=_NEUTRAL, linewidth=0.8)
    axes.set_xlim(-1, 1)
    axes.set_yticks(positions, labels=[_short(label) for label in labels])
    axes.set_xlabel("polarity of each quote (-1 negative .. 1 positive)")
    axes.set_title(title, loc="left", fontsize=11)
    axes.spines[["top", "right"]].set_visible(False)
    return figure


def svg(figure: Figure) -> str:
    """The figure as an inline `<svg>` element: no XML prologue, no date; text stays text, drawn in the
    reader's own sans-serif font (nothing is fetched), which is smaller and faster than shapes."""
    import matplotlib

    buffer = io.StringIO()
    with matplotlib.rc_context({"svg.hashsalt": "quotes", "svg.fonttype": "none"}):
        figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    text = buffer.getvalue()
    return _METADATA.sub("", text[text.index("<svg"):])  # the RDF block names its schemas by address


def plot_speakers(frame: pandas.DataFrame, *, top: int = 10) -> Figure:
    """The most quoted speakers of a quotes frame, bars coloured by their mean tone."""
    speakers = frequency(frame).head(top)
    tones = tone(frame).set_index("speaker")["mean_polarity"].to_dict() if len(speakers) else {}
    return bar_chart(list(speakers["speaker"]), list(speakers["quotes"]), title=f"Top {len(speakers)} speakers",
                     xlabel="quotes (utterances)", colors=[tone_color(tones.get(name)) for name in speakers["speaker"]],
                     legend=True)


def plot_tone(frame: pandas.DataFrame, *, top: int = 10) -> Figure:
    """How the tone of each top speaker's quotes is spread."""
    names = list(frequency(frame).head(top)["speaker"])
    samples: dict[str, list[float]] = {name: [] for name in names}
    for utterance in utterances(with_tone(frame)):
        scored = utterance_tone(utterance) if utterance.speaker in samples else None
        if scored is not None:  # (reported speech is the writer's wording: no tone of the speaker's)
            samples[utterance.speaker].append(scored[0])  # type: ignore[index]
    return box_chart(names, [samples[name] for name in names], title="Tone of each top speaker's own words")


def plot_verbs(frame: pandas.DataFrame, *, top: int = 10) -> Figure:
    """The speech verbs that introduce the quotes, most used first."""
    verbs = frequency(frame, by="verb").head(top)
    return bar_chart(list(verbs["verb"]), list(verbs["quotes"]), title="Speech verbs", xlabel="quotes")


def plot_over(frame: pandas.DataFrame, column: str, *, top: int = 5) -> Figure:
    """Quotes of the top speakers for each value of a column (an outlet, a date), as lines."""
    check_group_by(frame.columns, [column])
    counts = frequency(frame, group_by=[column])
    names = list(frequency(frame).head(top)["speaker"])
    values = sorted(counts[column].dropna().unique(), key=str)
    figure = _figure(3.2)
    figure.subplots_adjust(left=0.1)
    axes = figure.add_subplot()
    for name in names:
        mine = counts[counts["speaker"] == name].set_index(column)["quotes"].to_dict()
        axes.plot([str(value) for value in values], [mine.get(value, 0) for value in values], marker="o", label=name)
    axes.set_ylabel("quotes")
    axes.set_title(f"Top speakers by {column}", loc="left", fontsize=11)
    axes.spines[["top", "right"]].set_visible(False)
    if names:
        axes.legend(fontsize=8, frameon=False)
    return figure


def _short(label: str, limit: int = 34) -> str:
    return label if len(label) <= limit else label[:limit - 1] + "…"


def render_svgs(specs: Sequence[ChartSpec]) -> list[str]:
    """Each chart specification drawn as inline SVG, in this process."""
    draw = {"bar": bar_chart, "box": box_chart}
    return [svg(draw[kind](**options)) for kind, options in specs]


class ChartProcess:
    """Draws a run's charts in a process of its own, started when the run starts.

    matplotlib and numpy take a third of a second and some 40 MB to load. In their own process the
    loading overlaps the run's extraction (on another core) and its memory never adds to the run's;
    the run hands over the chart specifications when its tallies are done. Should that process fail,
    the charts are drawn here instead: the page is the same either way.
    """

    def __init__(self) -> None:
        import subprocess
        import sys

        try:
            self._child: Any = subprocess.Popen([sys.executable, "-m", "analysis.charts"], stdin=subprocess.PIPE,
                                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        except OSError:
            self._child = None

    def render(self, specs: Sequence[ChartSpec]) -> list[str]:
        import json

        if self._child is not None:
            try:
                output, _ = self._child.communicate(json.dumps(specs).encode("utf-8"), timeout=_CHART_SECONDS)
                drawn = json.loads(output)
                if self._child.returncode == 0 and len(drawn) == len(specs):
                    return drawn
            except Exception:  # noqa: BLE001 - whatever went wrong there, the charts are drawn here
                self.close()
        return render_svgs(specs)

    def close(self) -> None:
        """End the process (a run that stops early does not wait for it)."""
        if self._child is not None:
            if self._child.poll() is None:
                self._child.kill()
                self._child.wait()
            for pipe in (self._child.stdin, self._child.stdout):
                if pipe is not None and not pipe.closed:
                    pipe.close()


_CHART_SECONDS = 120


def _serve() -> None:
    """The chart process: load matplotlib at once, then draw the specifications read from stdin."""
    import json
    import sys

    from matplotlib.figure import Figure  # noqa: F401 - loaded now, while the run extracts

    json.dump(render_svgs(json.loads(sys.stdin.buffer.read() or b"[]")), sys.stdout)


if __name__ == "__main__":
    _serve()
