"""quotes/model.py: the pipeline's values."""

from __future__ import annotations

from dataclasses import fields, replace

from quotes.model import Quote


def _quote() -> Quote:
    values = {field.name: f"value-{index}" for index, field in enumerate(fields(Quote))}
    return Quote(**values)  # distinct values everywhere, so a field copied from the wrong place shows


def test_attributed_changes_only_the_attribution_fields():
    quote = _quote()
    assert quote.attributed("she", 10, 13, "said", "a_rule") == replace(
        quote, mention="she", mention_start=10, mention_end=13, verb="said", rule="a_rule")


def test_resolved_changes_only_the_speaker_fields():
    quote = _quote()
    assert quote.resolved("Ada Park", "person", "Mayor", "female") == replace(
        quote, speaker="Ada Park", speaker_type="person", speaker_title="Mayor", speaker_gender="female")
