"""Tone and frequency analysis of attributed quotes, and the CSV reports.

    >>> import quotes, analysis
    >>> frame = quotes.extract_frame(['"We will win," Noem said.'])
    >>> analysis.write_reports(frame, "reports")  # doctest: +SKIP
"""

from .reports import neutralise

__all__ = ["neutralise"]
