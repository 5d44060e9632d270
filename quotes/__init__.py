"""Find the quotes in news text, direct and reported, and say who said them.

    >>> import quotes
    >>> [q.text for q in quotes.extract('"We will win," she said.')]
    ['We will win,']
    >>> [(q.kind, q.text, q.speaker) for q in quotes.extract('Noem said the plan would work.')]
    [('indirect', 'the plan would work', 'Noem')]
"""

from .errors import (
    ColumnError,
    ExtractionLimitError,
    GoldFormatError,
    InputDecodeError,
    InputFormatError,
    InputNotFoundError,
    InputTooLargeError,
    LexiconError,
    OptionError,
    QuotesError,
    ReportWriteError,
)
from . import dask  # quotes.dask.extract_frame; Dask itself is imported only when used
from .evaluation import Evaluation, evaluate
from .frames import extract_frame
from .model import KINDS, Quote
from .pipeline import extract

__version__ = "0.1.0"

__all__ = [
    "extract",
    "extract_frame",
    "evaluate",
    "Evaluation",
    "Quote",
    "KINDS",
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
    "__version__",
]
