"""Tone and frequency analysis of attributed quotes, and the CSV reports.

    >>> import quotes, analysis
    >>> frame = quotes.extract_frame(['"We will win," Noem said.'])
    >>> analysis.frequency(frame)[["speaker", "quotes"]].values.tolist()
    [['Noem', 1]]

`tone(frame, by=...)` and `frequency(frame, by=...)` return DataFrames; `write_reports(frame,
out_dir)` writes quotes.csv, frequency.csv, tone.csv, verbs.csv and articles.csv.
"""

from .counts import frequency
from .reports import neutralise, write_reports
from .sentiment import tone

__all__ = ["tone", "frequency", "write_reports", "neutralise"]
