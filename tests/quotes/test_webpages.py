"""quotes/webpages.py: a saved news page reads as its article, with the same quotes and speakers.

The pages in tests/pages are invented, each with what real pages hold around an article (see its
README), and each has its article's own text beside it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import quotes
from quotes.cli import main
from quotes.webpages import page_article

PAGES = Path(__file__).resolve().parents[1] / "pages"
NAMES = sorted(path.stem for path in PAGES.glob("*.html"))


@pytest.mark.parametrize("name", NAMES)
def test_a_page_gives_the_quotes_and_speakers_of_its_article_text(name):
    text, _ = page_article((PAGES / f"{name}.html").read_text(encoding="utf-8"))
    article = (PAGES / f"{name}.txt").read_text(encoding="utf-8")
    straight = str.maketrans("“”‘’", "\"\"''")  # a page's typography: reported speech holds its fragments' marks
    found = [(quote.text.translate(straight), quote.kind, quote.speaker) for quote in quotes.extract(text)]
    assert found == [(quote.text.translate(straight), quote.kind, quote.speaker) for quote in quotes.extract(article)]
    assert found and "<" not in text and "&" not in text.replace("&amp;", "")  # entities decoded, no markup left


def test_scripts_navigation_teasers_and_comments_are_not_the_article():
    text, metadata = page_article((PAGES / "harbour.html").read_text(encoding="utf-8"))
    for noise in ("Subscribe today", "Accept", "I never saw it coming", "full review", "The Tide", "harbourwatcher",
                  "Typical", "Local news that matters", "dataLayer", "Sport"):
        assert noise not in text, noise
    assert dict(metadata) == {"title": "Harbour repairs delayed again as storm damage mounts", "byline": "Lena Fischer",
                              "date": "2025-11-03"}
    assert text.count("\n\n") >= 4  # paragraphs kept, as blank-line breaks


def test_a_run_over_pages_reports_their_metadata_and_offsets_index_the_article(tmp_path):
    import csv

    assert main(["run", str(PAGES), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    with open(tmp_path / "out" / "articles.csv", encoding="utf-8", newline="") as stream:
        rows = {row["article_id"]: row for row in csv.DictReader(stream) if row["article_id"].endswith(".html")}
    assert rows["clinic.html"]["byline"] == "Sam Ortega" and rows["clinic.html"]["date"] == "2025-10-17"
    assert rows["council.html"]["date"] == ""  # no date stated on the page: none guessed from "© 2025"
    text, _ = page_article((PAGES / "clinic.html").read_text(encoding="utf-8"))
    with open(tmp_path / "out" / "quotes.csv", encoding="utf-8", newline="") as stream:
        for row in csv.DictReader(stream):
            if row["article_id"] == "clinic.html":
                assert text[int(row["start"]):int(row["end"])] == row["text"]


def test_a_page_of_menus_and_scripts_gives_no_quote(tmp_path):
    page = tmp_path / "menu.html"
    page.write_text("<html><body><nav><a href='/'>Home</a></nav><script>var a = \"not a quote\";</script></body></html>",
                    encoding="utf-8")
    assert main(["run", str(page), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    with open(tmp_path / "out" / "quotes.csv", encoding="utf-8") as stream:
        assert len(stream.read().splitlines()) == 1  # the header alone: script strings are no quotes
