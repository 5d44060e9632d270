"""The cells of a CSV report row, safe to open in a spreadsheet.

Text that begins with `=`, `+`, `-`, `@`, a tab or a carriage return (behind spaces or quotation
marks a spreadsheet skips) is prefixed with `'`, the usual guard against formula injection; numbers,
and text that is just a number, stay as they are. A missing value or NaN is an empty cell.

A module of its own so that it can be compiled (setup.py): it runs for every cell of a corpus's
reports, a few million of them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

__all__ = ["neutralise", "row_cells", "cell"]

# What a spreadsheet may read as a formula: = + - @ (or their full-width forms), a tab or a carriage
# return, also behind spaces, no-break or zero-width spaces and quotation marks it skips.
_FORMULA = re.compile("[\\s\u200b-\u200f\u2060\ufeff\"'\u2018\u2019\u201c\u201d]*[=+\\-@\uff1d\uff0b\uff0d\uff20\t\r]")
# First characters worth a closer look (besides white space): the formula starts and what may hide them.
_FORMULA_CHARACTERS = frozenset("=+-@\uff1d\uff0b\uff0d\uff20\u200b\u200c\u200d\u200e\u200f\u2060\ufeff"
                                "\"'\u2018\u2019\u201c\u201d")
# Text that is only a number ("-3", "+1.5e3") is not a formula and is left alone.
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def neutralise(value: Any) -> Any:
    """Return `value` made safe for a spreadsheet cell: "=1+1" becomes "'=1+1"."""
    if isinstance(value, str) and _FORMULA.match(value) and not _NUMBER.fullmatch(value.strip()):
        return "'" + value
    return value


def row_cells(row: Mapping[str, Any], columns: Sequence[str]) -> list[Any]:
    """The cells of `row` in the order of `columns`: a column the row lacks is an empty cell (the csv
    module writes None as one). Only text whose first character may open a formula is looked at."""
    cells: list[Any] = []
    for column in columns:
        value = row.get(column)
        kind = type(value)
        if kind is str:
            if value and (value[0] in _FORMULA_CHARACTERS or value[0].isspace()):
                value = neutralise(value)
        elif kind is float:
            if value != value:  # NaN: an empty cell
                value = ""
        elif kind is not int and kind is not bool and value is not None:
            value = cell(value)
        cells.append(value)
    return cells


def cell(value: Any) -> Any:
    """A value of any other type as a cell: pandas' missing value and NaN empty, the rest neutralised."""
    if value is None or type(value).__name__ == "NAType":
        return ""
    if isinstance(value, float) and value != value:
        return ""
    return neutralise(value)
