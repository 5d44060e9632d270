"""Derive quotes/lexicons/textblob_sentiment.txt, TextBlob's sentiment lexicon as the scoring reads it.

    python tools/derive_sentiment_scores.py

TextBlob's analyser reads its lexicon (textblob/en/en-sentiment.xml, 2,900 words with a polarity,
subjectivity and intensity per sense) from XML on the first quote of every process: 50 ms, a sixth
of a one-article run. `analysis.patternscore` needs only each word's scores averaged over its senses
and whether it has an adverb sense (a modifier of the next word), so the toolkit ships those, with
the SHA-256 of the XML they come from: a TextBlob whose lexicon differs is read as before, and a
test checks the shipped table against the installed TextBlob.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from analysis.sentiment import analyser_scores
from quotes.deferred import submodule

TARGET = Path(__file__).resolve().parents[1] / "quotes" / "lexicons" / "textblob_sentiment.txt"
SOURCE_KEY = "@source_sha256"  # the entry holding the SHA-256 of the XML the table was derived from
HEADER = """\
# TextBlob's sentiment lexicon (textblob/en/en-sentiment.xml, from Pattern; MIT licence) as the
# tone scoring reads it: `word = polarity subjectivity intensity modifier`, the scores averaged over
# the word's senses as TextBlob averages them, modifier 1 when the word has an adverb sense. Used
# only while the installed TextBlob's lexicon file has the SHA-256 below; derived by
# tools/derive_sentiment_scores.py, checked against the installed TextBlob by a test.
"""


def sentiment_table(analyser) -> dict[str, tuple[tuple[float, float, float], bool]]:
    """Each word's averaged scores and whether it can modify the next word, from TextBlob's analyser
    (the scoring's own reading of it: `analysis.sentiment.analyser_scores`)."""
    scores, modifiers = analyser_scores(analyser)
    return {word: (values, word in modifiers) for word, values in scores.items()}


def textblob_analyser():
    return getattr(submodule("textblob.en", ("textblob",)), "sentiment")


def source_digest(analyser) -> str:
    return hashlib.sha256(Path(analyser._path).read_bytes()).hexdigest()


def main() -> None:
    analyser = textblob_analyser()
    table = sentiment_table(analyser)
    lines = [f"{SOURCE_KEY} = {source_digest(analyser)}"]
    for word in sorted(table):
        (polarity, subjectivity, intensity), modifier = table[word]
        lines.append(f"{word} = {polarity!r} {subjectivity!r} {intensity!r} {int(modifier)}")
    TARGET.write_text(HEADER + "\n".join(lines) + "\n", "utf-8")
    print(f"{TARGET.name}: {len(table):,} words")


if __name__ == "__main__":
    main()
