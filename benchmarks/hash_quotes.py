"""A fingerprint of every field of every quote `quotes.extract` finds in a JSONL corpus.

    python benchmarks/hash_quotes.py ../shared/corpus/news.jsonl ../shared/bench/polnear-dev.jsonl

A change meant to keep the output as it is (a redesign, a speed-up) must leave these hashes the
same: run the script on the commit before and after and compare. Each article's quotes are hashed in
order, field by field in the order `Quote` declares them, so a moved offset, a renamed rule or a
speaker spelled differently all change the hash. Prints one line per file: hash, articles, quotes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import fields
from pathlib import Path

import quotes
from quotes import Quote

_FIELDS = tuple(field.name for field in fields(Quote))


def hash_corpus(path: Path) -> tuple[str, int, int]:
    """The sha256 of every quote's fields over the file's articles, and the article and quote counts."""
    digest = hashlib.sha256()
    articles = found = 0
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            text = json.loads(line).get("text")
            if not isinstance(text, str):
                continue
            articles += 1
            digest.update(b"\x1earticle")
            for quote in quotes.extract(text):
                found += 1
                digest.update(repr(tuple(getattr(quote, name) for name in _FIELDS)).encode("utf-8", "surrogatepass"))
    return digest.hexdigest(), articles, found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpora", nargs="+", type=Path, help="JSONL files with a 'text' field")
    args = parser.parse_args(argv)
    for path in args.corpora:
        digest, articles, found = hash_corpus(path)
        print(f"{digest}  {articles} articles  {found} quotes  {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
