"""Tone and frequency analysis of attributed quotes, the reports, and pages and charts to look at.

    >>> import quotes, analysis
    >>> frame = quotes.extract_frame(['"We will win," Noem said.'])
    >>> analysis.frequency(frame)[["speaker", "quotes"]].values.tolist()
    [['Noem', 1]]

`tone(frame, by=...)` and `frequency(frame, by=...)` return DataFrames; `write_reports(frame,
out_dir)` writes quotes.csv, frequency.csv, tone.csv, verbs.csv, articles.csv and index.html.
`show(text_or_frame)` is a page a notebook displays inline; `plot_speakers`, `plot_tone`,
`plot_verbs` and `plot_over` return matplotlib figures.
"""

from .charts import plot_over, plot_speakers, plot_tone, plot_verbs
from .counts import frequency
from .pages import show
from .reports import neutralise, write_reports
from .sentiment import tone

__all__ = ["tone", "frequency", "write_reports", "neutralise", "show", "plot_speakers", "plot_tone", "plot_verbs",
           "plot_over"]
