"""Web pages: a saved news page -> the article's own text, with its title, byline and date.

A page holds far more than its article: scripts and styles (whose strings look like quotes),
navigation, teasers for other stories, comments, entities such as `&ldquo;` and `&#8220;`.
trafilatura, a well-kept extractor built for news pages, keeps the main text; its paragraphs are
separated here by blank lines, the convention `quotes.sentences` reads. The offsets of the quotes
found then index this extracted text, which is the article the quotes are in (and what an article
view shows), not the page's HTML source.
"""

from __future__ import annotations

from functools import cache
from typing import Any

__all__ = ["page_article"]


def page_article(html: str) -> tuple[str, tuple[tuple[str, Any], ...]]:
    """The article text of a page (empty when the page holds none) and its metadata, as (name, value)
    pairs among `title`, `byline` and `date` (those the page gives)."""
    import trafilatura

    text = trafilatura.extract(html, output_format="txt", include_comments=False, include_tables=True,
                               include_links=False, include_images=False, deduplicate=False, config=_config()) or ""
    paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
    found = trafilatura.extract_metadata(html, extensive=False)  # a date the page states, never one guessed from "© 2025"
    metadata = () if found is None else tuple(
        (name, value) for name, value in (("title", found.title), ("byline", found.author), ("date", found.date))
        if value)
    return "\n\n".join(paragraphs), metadata


@cache
def _config() -> Any:
    """trafilatura's settings for news of every length: keep a short article's paragraphs (the
    defaults fall back to one run-on line under a few hundred characters) and never set an alarm
    (its timeout uses a signal, and the run has its own work guard)."""
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "1")
    config.set("DEFAULT", "MIN_OUTPUT_SIZE", "1")
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    return config
