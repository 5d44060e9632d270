"""Lexicons are data files; the big name table is looked up by bisection, so it must stay sorted."""

from importlib.resources import files

import pytest

from analysis.namegender import name_gender
from quotes.errors import LexiconError
from quotes.lexicons import load_lexicon, load_mapping, lookup
from quotes.names import name_prior


def _entry_lines(name: str) -> list[str]:
    text = (files("quotes") / "lexicons" / f"{name}.txt").read_text("utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]


def test_the_name_table_is_sorted_lower_case_key_equals_value():
    lines = _entry_lines("name_genders")
    assert len(lines) > 80_000
    assert lines == sorted(lines), "name_genders.txt must stay sorted: lookup() bisects it"
    keys = [line.partition(" = ")[0] for line in lines]
    assert all(" = " in line and key == key.strip().lower() for line, key in zip(lines, keys))
    assert len(set(keys)) == len(keys)


def test_lookup_finds_every_entry_and_nothing_else():
    lines = _entry_lines("name_genders")
    for line in (lines[0], lines[len(lines) // 2], lines[-1], *lines[1000:1050]):
        key, _, value = line.partition(" = ")
        assert lookup("name_genders", key) == value
    first = lines[0].partition(" = ")[0]
    assert lookup("name_genders", first[:-1] or "!") is None  # a prefix of a name is no name
    assert lookup("name_genders", "zzzzzz") is None
    assert lookup("name_genders", "") is None


def test_priors_and_estimates_read_the_table():
    """Names of many regions (not in the hand list) get their table share as before."""
    assert name_prior("chukwuemeka") == "male"
    assert name_prior("nkechi") == "female" and name_prior("ngozi") is None  # 0.94: short of the prior's 0.95
    assert name_prior("zzzzzz") is None
    label, share = name_gender("Ngozi Okafor")
    assert label == "female" and share == float(lookup("name_genders", "ngozi"))


def test_a_missing_lexicon_is_a_clear_error():
    with pytest.raises(LexiconError, match="no lexicon named"):
        lookup("no_such_table", "x")
    with pytest.raises(LexiconError, match="no lexicon named"):
        load_mapping("no_such_table")


def test_every_past_form_of_a_speech_verb_comes_with_its_participle_in_ing():
    # "is shown lecturing:", "hollering": a lemma listed in one form and not the other loses quotes
    verbs = load_lexicon("speech_verbs")
    no_participle = {"ruled", "rated", "pled"}  # ("the ruling", "a rating": nouns that would be read as cues)

    def participles(past: str) -> set[str]:
        stem = past[:-2]
        return {stem + "ing", stem[:-1] + "ing", past[:-1] + "ing", past[:-3] + "ying"}

    missing = [past for past in verbs if past.endswith("ed") and past not in no_participle and not participles(past) & verbs]
    assert missing == []
