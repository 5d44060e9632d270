"""Derive quotes/lexicons/name_genders.txt and world_given_names.txt from nomquamgender (MIT licence).

    pip download nomquamgender --no-deps -d /tmp/nqg && unzip -o /tmp/nqg/*.whl -d /tmp/nqg
    python tools/derive_name_genders.py /tmp/nqg/nomquamgender/name_data.json

nomquamgender (Van Buskirk et al., 2023) holds about 720,000 given names from many countries, each
with the number of sources and of people counted and the share of them that were women. Loading its
22 MB JSON per process would cost seconds and a hundred megabytes; the toolkit ships this derived
table instead: names seen in at least two sources and for at least 20 people, written as letters
only, with the share of women to two decimals. It is read only when a run asks for the name-based
estimate (`quotes run --name-gender`).

world_given_names.txt is the list every run reads as evidence that a capitalised chain names a
person ("Ngozi Okafor"): the names seen for at least 200 people that are no English word in
TextBlob's tagger lexicon (not "Will", "Rose", "White", "British"; but "Luigi", which it tags as a noun), about 37,000 (270 KB), so that
start-up and memory stay small.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

MIN_SOURCES = 2
MIN_PEOPLE = 20
MIN_PEOPLE_EVIDENCE = 200
MIN_LETTERS = 3
LEXICONS = Path(__file__).resolve().parents[1] / "quotes" / "lexicons"
TARGET = LEXICONS / "name_genders.txt"
WORLD = LEXICONS / "world_given_names.txt"
WORLD_HEADER = """\
# Given names of many countries that are no English word, one per line, from nomquamgender 0.1.4
# (MIT licence, Copyright (c) 2022 Ian Van Buskirk; see name_genders.txt for the notice): names seen
# for at least {people} people in at least {sources} sources, of {letters} letters or more, not in
# TextBlob's tagger lexicon. Evidence that a capitalised chain names a person ("Ngozi Okafor",
# "Chukwuemeka Obi"), beside given_names.txt: a prior, never a gate. Derived by
# tools/derive_name_genders.py.
"""
HEADER = """\
# Given names and the share of people of that name who are women, from nomquamgender 0.1.4
# (https://github.com/ianvanbuskirk/nomquamgender; Copyright (c) 2022 Ian Van Buskirk; MIT licence:
# the copyright and permission notice below apply to this data). About 82,000 names of many
# countries, each seen in at least {sources} sources and for at least {people} people. Used for
# the opt-in name-based estimate of a speaker's gender (`quotes run --name-gender`), reported apart
# from the text's own evidence; and, for names at least 95% women's or men's, as a weak prior when a
# pronoun chooses between people (never a speaker's reported gender). Derived by
# tools/derive_name_genders.py.
#
# Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
# associated documentation files (the "Software"), to deal in the Software without restriction,
# including without limitation the rights to use, copy, modify, merge, publish, distribute,
# sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
# furnished to do so, subject to the following conditions: The above copyright notice and this
# permission notice shall be included in all copies or substantial portions of the Software.
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT
# NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
# NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
# DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT
# OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("name_data", help="nomquamgender's name_data.json")
    args = parser.parse_args()
    data = json.loads(Path(args.name_data).read_text(encoding="utf-8"))
    rows = sorted((name, record[2]) for name, record in data.items()
                  if name.isalpha() and record[0] >= MIN_SOURCES and record[1] >= MIN_PEOPLE)
    lines = [HEADER.format(sources=MIN_SOURCES, people=MIN_PEOPLE)]
    lines += [f"{name} = {share:.2f}\n" for name, share in rows]
    TARGET.write_text("".join(lines), encoding="utf-8")
    print(f"{len(rows):,} names -> {TARGET}")
    from importlib.resources import files  # TextBlob's tagger lexicon: the English words to leave out

    english = set()  # lower-case words, and capitalised adjectives and function words ("British" JJ, "Will" MD);
    # not capitalised nouns, which are mostly the lexicon's mistagged names ("Luigi" NNS, "Claudia" NN)
    for line in (files("textblob") / "en" / "en-lexicon.txt").read_text("utf-8").splitlines():
        word, _, tags = line.partition(" ")
        if word.islower() or not tags.startswith(("NN", "VB", "FW", "UH")):
            english.add(word.lower())
    world = sorted(name for name, record in data.items() if name.isalpha() and len(name) >= MIN_LETTERS
                   and record[0] >= MIN_SOURCES and record[1] >= MIN_PEOPLE_EVIDENCE and name not in english)
    WORLD.write_text(WORLD_HEADER.format(people=MIN_PEOPLE_EVIDENCE, sources=MIN_SOURCES, letters=MIN_LETTERS)
                     + "".join(f"{name}\n" for name in world), encoding="utf-8")
    print(f"{len(world):,} names -> {WORLD}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
