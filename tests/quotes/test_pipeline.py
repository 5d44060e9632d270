"""quotes/pipeline.py: extract on the seed article and basic contracts."""

from __future__ import annotations

import pytest

import quotes
from quotes.model import Article
from quotes.pipeline import extract_articles


def test_seed_article_six_quotes_exact_offsets_and_kinds(seed_text):
    found = quotes.extract(seed_text, kinds=("direct", "mixed", "scare"))
    assert [(quote.text, quote.kind) for quote in found] == [
        ("strengthening bilateral cooperation in matters of security and migration", "mixed"),
        ("President Trump and I have a clear message to criminal illegal aliens: LEAVE NOW,", "direct"),
        ("If you do not leave, we will hunt you down, arrest you, and you could end up in this El Salvadorian "
         "prison,", "direct"),
        ("bringing our terrorists here and incarcerating them", "mixed"),
        ("one of the tools in our toolbox.", "mixed"),
        ("the worst of the worst.", "scare"),
    ]
    for quote in found:
        assert seed_text[quote.start:quote.end] == quote.text
        assert quote.closed
        assert seed_text[quote.outer_start] == '"' and seed_text[quote.outer_end - 1] == '"'


def test_no_quotes_gives_empty_list():
    assert quotes.extract("") == []
    assert quotes.extract("Nothing quoted here, it's plain.") == []


def test_rejects_non_text():
    with pytest.raises(TypeError, match="str"):
        quotes.extract(b"bytes")  # type: ignore[arg-type]


def test_quote_is_frozen():
    (quote,) = quotes.extract('"Hi," she said.')
    with pytest.raises(AttributeError):
        quote.text = "changed"  # type: ignore[misc]


@pytest.mark.parametrize("jobs", [1, 2])
def test_extract_articles_keeps_order_and_passes_unreadable_articles_through(jobs):
    articles = [Article(str(n), "test", f'"Quote {n}," she said.') for n in range(150)]
    articles.insert(3, Article("bad", "test", None, status="error", reason="binary file"))
    results = list(extract_articles(articles, jobs=jobs))
    assert [result.article.article_id for result in results] == [article.article_id for article in articles]
    assert results[3].quotes == () and results[3].article.status == "error"
    assert results[0].quotes[0].text == "Quote 0,"
