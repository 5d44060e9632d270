"""Quote frames built by hand, so every aggregate is checked against numbers we can count."""

from __future__ import annotations

import pandas
import pytest

from quotes.frames import QUOTE_COLUMNS


def quote_row(article_id, quote_id, text, *, group=None, speaker=None, kind="direct", speaker_type="person",
              verb="said", title=None, gender="unknown", **metadata):
    row = {column: None for column in QUOTE_COLUMNS}
    row.update(article_id=article_id, quote_id=quote_id, group=quote_id if group is None else group, start=0,
               end=len(text), text=text, kind=kind, closed=True, paragraph=0, speaker=speaker,
               speaker_type=speaker_type if speaker else None, speaker_title=title,
               speaker_gender=gender if speaker else None, verb=verb if speaker else None)
    row.update(metadata)
    return row


@pytest.fixture
def frame():
    """Two articles: Ann three utterances (one in two parts), Bob one, an unattributed one, a scare quote."""
    rows = [
        quote_row("a1", 0, "This is wonderful news", speaker="Ann Lee", title="Mayor", gender="female", outlet="X"),
        quote_row("a1", 1, "and a terrible day,", group=1, speaker="Ann Lee", gender="female", outlet="X"),
        quote_row("a1", 2, "for everyone", group=1, speaker="Ann Lee", gender="female", outlet="X"),
        quote_row("a1", 3, "a scare term", kind="scare", outlet="X"),
        quote_row("a1", 4, "We have no comment", speaker="Acme Corp", speaker_type="organization", verb="wrote",
                  outlet="X"),
        quote_row("a2", 0, "It is fine", speaker="Ann Lee", gender="female", verb="claimed", outlet="Y"),
        quote_row("a2", 1, "Nobody knows who said this", outlet="Y"),
    ]
    return pandas.DataFrame(rows)
