"""The error family of the toolkit: one base class, so callers can catch everything we raise at once.

Messages say what went wrong, where (file, line, offset) and what to do about it. Only the CLI prints
them; the library raises and never exits.
"""

from __future__ import annotations

__all__ = [
    "QuotesError",
    "InputFormatError",
    "InputDecodeError",
    "InputNotFoundError",
    "InputTooLargeError",
    "LexiconError",
    "GoldFormatError",
    "ColumnError",
    "OptionError",
    "ReportWriteError",
    "ExtractionLimitError",
]


class QuotesError(Exception):
    """Base class of every error this toolkit raises on purpose."""


class InputFormatError(QuotesError):
    """An input cannot be read as articles: unknown format, missing text column, malformed row."""


class InputDecodeError(QuotesError):
    """An input's bytes cannot be turned into text at all (a binary file, say)."""


class InputNotFoundError(QuotesError):
    """A path the user named does not exist or cannot be opened."""


class InputTooLargeError(QuotesError):
    """An article is larger than the configured limit; the message names the limit and how to raise it."""


class LexiconError(QuotesError):
    """A lexicon file is missing or malformed: a packaging error, or a user's custom lexicon folder."""


class GoldFormatError(QuotesError):
    """A gold annotation file for `quotes evaluate` does not follow the documented format."""


class ColumnError(QuotesError):
    """A column the call names (to group by, say) is not in the data; the message lists the columns."""


class ExtractionLimitError(QuotesError):
    """An article holds far more structure than prose can (a quote or a line break every few
    characters): it is not extracted, and the message gives the count and the limit. The limit is
    counted in work, never in time, so the same text gives the same answer on every machine."""


class ReportWriteError(QuotesError):
    """The reports cannot be written: the output folder is a file or read-only, or the disk is full.
    Nothing half-written is left behind, and reports of an earlier run stay as they were."""


class OptionError(QuotesError):
    """An argument has a value outside those documented (`tone(frame, by="outlet")`)."""
