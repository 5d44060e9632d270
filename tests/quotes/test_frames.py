"""quotes/frames.py: extract_frame for notebooks."""

from __future__ import annotations

import pandas
import pytest

import quotes
from quotes.errors import InputFormatError
from quotes.frames import QUOTE_COLUMNS


def test_string_input():
    frame = quotes.extract_frame('"We will win," Noem said.')
    assert list(frame.columns) == list(QUOTE_COLUMNS)
    assert frame.loc[0, "text"] == "We will win," and frame.loc[0, "article_id"] == "0"


def test_list_input_numbers_articles():
    frame = quotes.extract_frame(['"A," she said.', "No quotes.", '"B," he said.'])
    assert list(frame["article_id"]) == ["0", "2"]


def test_dataframe_input_carries_metadata_and_is_not_modified():
    articles = pandas.DataFrame({"id": ["x", "y", "z"], "text": ['"A," she said.', None, "  "],
                                 "outlet": ["Daily", "Weekly", "Monthly"]})
    before = articles.copy()
    frame = quotes.extract_frame(articles)
    assert list(frame.columns) == [*QUOTE_COLUMNS, "outlet"]
    assert list(frame["article_id"]) == ["x"] and list(frame["outlet"]) == ["Daily"]
    pandas.testing.assert_frame_equal(articles, before)


def test_custom_columns_and_index_as_id():
    articles = pandas.DataFrame({"body": ['"A," she said.']}, index=["doc-1"])
    frame = quotes.extract_frame(articles, text_col="body", id_col="missing")
    assert list(frame["article_id"]) == ["doc-1"]


def test_missing_text_column():
    with pytest.raises(InputFormatError, match="no text column 'text'"):
        quotes.extract_frame(pandas.DataFrame({"body": ["x"]}))


def test_empty_result_has_the_columns():
    frame = quotes.extract_frame("Nothing here.")
    assert frame.empty and list(frame.columns) == list(QUOTE_COLUMNS)
