"""Speaker accuracy by where a speaker's given name is listed: the hand list, the world list, or none.

    python benchmarks/names.py [--per-group 150] [--seed 7]

A tool that measures who gets a voice must not be worse for people whose names our lexicons do not
hold (issue 13). The dev bench cannot say: its speakers are mostly US politicians with English
names. So this script invents articles: each of a dozen news constructions (a role set off by
commas, an honorific, a later surname alone, a pronoun pointing back past another person, a
quote-only paragraph after a narrative one, "according to", "told reporters" ...) is filled with a
speaker's given name drawn from one of three groups, a surname from many regions
(benchmarks/data/surnames.txt) and a second person of the same gender from the hand list, who must
not take the quote. Then it counts the quotes and reported speech whose canonical speaker is right.

Groups, all with a decisive gender in nomquamgender's data (quotes/lexicons/name_genders.txt):
- hand list: in quotes/lexicons/given_name_genders.txt ("Mary", "Mark");
- world list: in world_given_names.txt but not the hand list ("Ngozi", "Chukwuemeka");
- no list: in neither, and no word of TextBlob's lexicon ("Oluwaseun" if rare enough): only the
  context can tell these are people.
The invented texts test constructions, not the variety of real news; they are no substitute for a
held-out set, and no rule is tuned to them (the templates live here, not in tests).
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

import quotes
from quotes.lexicons import load_lexicon, load_mapping
from quotes.wordclass import is_noun, is_verb, world_given_names

_SURNAMES = Path(__file__).with_name("data") / "surnames.txt"

# Each template: the text, then the speakers of its quotes and reported speech in text order
# ("S" the speaker under test, "O" the other person). {N} full name, {S} surname, {O} the other
# person's full name, {p}/{P} she or he, {h}/{H} her or his, {t} Ms. or Mr.
TEMPLATES: tuple[tuple[str, str], ...] = (
    ("{N} opened the food bank in 2019. {H} neighbour {O} helps on Fridays.\n\n{S} said demand had doubled "
     "since the spring.\n\n\"We see new families every week,\" {p} said.", "SS"),
    ("\"The river is cleaner than it was,\" said {N}, a volunteer with the group.", "S"),
    ("{N}, a volunteer, said the river was cleaner than it had been for years.", "S"),
    ("{N} leads the council. {O} chairs the budget panel.\n\n{t} {S} said the plan would fail. \"We were "
     "not consulted,\" {p} said.", "SS"),
    ("\"The hydrant has been broken for a year,\" said {O}, the fire chief.\n\nMayor {N} said {p} was not "
     "satisfied.\n\n\"We have asked for a new one twice,\" {p} said.", "OSS"),
    ("{O} left the company in May.\n\n{N} still worries about the repairs at the plant.\n\n\"We are two weeks "
     "behind.\"", "S"),
    ("{N} runs the depot. {O}, {h} deputy, was away on Monday.\n\n\"The trucks are late again,\" {S} said. "
     "\"We need more drivers,\" {p} added.", "SS"),
    ("{N} told reporters on Tuesday that the plant would close in the summer.", "S"),
    ("According to {N}, the plant will close in the summer.", "S"),
    ("The union met on Friday. {N}, who has worked at the plant for 20 years, said the workers felt "
     "betrayed.", "S"),
    ("{O} spoke first at the meeting.\n\nThen {N} stood up. \"This town deserves better,\" {S} said, "
     "\"and we will not stop asking.\"", "SS"),
    ("\"Nobody asked us,\" {N} said of the decision, which {p} called rushed.", "S"),
    ("{O} was away on Monday. {N} opened the meeting.\n\n\"We start the repairs today,\" {p} said.", "S"),
    ("{O} and {N} met the builders on Monday.\n\n\"It went well,\" {S} said afterwards.", "S"),
    ("{O} wrote the report. {N} read it twice before the vote.\n\n{P} said the figures were wrong.", "S"),
    ("At the hearing, {O} listened. {N} spoke for an hour.\n\n\"The money is gone,\" {p} told the panel.", "S"),
)


def _decisive_names(share_below: float = 0.05) -> dict[str, str]:
    """Given name -> female or male, for names that nearly always name one (nomquamgender's shares)."""
    genders = {}
    for name, share in load_mapping("name_genders").items():
        value = float(share)
        if value <= share_below or value >= 1 - share_below:
            genders[name] = "female" if value >= 0.5 else "male"
    return genders


def name_groups(rng: random.Random, per_group: int) -> dict[str, list[tuple[str, str]]]:
    """Up to `per_group` (given name, gender) pairs for each group, drawn with `rng`."""
    decisive = _decisive_names()
    hand = {name: gender for name, gender in load_mapping("given_name_genders").items() if gender in ("female", "male")}
    listed = load_lexicon("given_names") | set(hand)
    world = world_given_names()
    groups = {
        "hand list": sorted(hand.items()),
        "world list": sorted((name, gender) for name, gender in decisive.items() if name in world and name not in listed),
        "no list": sorted((name, gender) for name, gender in decisive.items()
                          if name not in world and name not in listed and name.isalpha() and len(name) >= 4
                          and not is_noun(name) and not is_verb(name)),
    }
    return {group: rng.sample(names, min(per_group, len(names))) for group, names in groups.items()}


def fill(template: str, given: str, gender: str, surname: str, other: str) -> str:
    female = gender == "female"
    return template.format(N=f"{given.title()} {surname}", S=surname, O=other, p="she" if female else "he",
                           P="She" if female else "He", h="her" if female else "his", H="Her" if female else "His",
                           t="Ms." if female else "Mr.")


def score(given: str, gender: str, surname: str, other: str) -> tuple[int, int]:
    """(right, expected) canonical speakers over every template for one speaker."""
    right = expected = 0
    for template, speakers in TEMPLATES:
        found = [quote.speaker for quote in quotes.extract(fill(template, given, gender, surname, other))
                 if quote.kind != "scare"]
        wanted = [f"{given.title()} {surname}" if who == "S" else other for who in speakers]
        expected += len(wanted)
        right += sum(1 for index, name in enumerate(wanted) if index < len(found) and found[index] == name)
    return right, expected


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--per-group", type=int, default=150, help="speakers drawn per group (default 150)")
    parser.add_argument("--seed", type=int, default=7, help="random seed of the draw (default 7)")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    surnames = [line.strip() for line in _SURNAMES.read_text(encoding="utf-8").splitlines()
                if line.strip() and not line.startswith("#")]
    hand = sorted(load_mapping("given_name_genders").items())
    others = {gender: [name.title() for name, value in hand if value == gender] for gender in ("female", "male")}
    totals: dict[str, Counter] = {}
    for group, names in name_groups(rng, args.per_group).items():
        counts = totals.setdefault(group, Counter())
        for given, gender in names:
            other = f"{rng.choice(others[gender])} {rng.choice(surnames)}"
            right, expected = score(given, gender, rng.choice(surnames), other)
            counts["right"] += right
            counts["expected"] += expected
            counts["speakers"] += 1
    print(f"{'group':12} {'speakers':>8} {'quotes':>7} {'right':>6} {'accuracy':>8}")
    for group, counts in totals.items():
        print(f"{group:12} {counts['speakers']:>8} {counts['expected']:>7} {counts['right']:>6} "
              f"{counts['right'] / max(counts['expected'], 1):>8.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
