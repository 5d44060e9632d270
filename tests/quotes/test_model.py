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


def test_every_record_pickles_and_copies_to_an_equal_record():
    """Worker processes send quotes back by pickle; the compiled build needs `__reduce__` for it."""
    import copy
    import pickle

    from quotes.model import Article, Paragraph, QuoteSpan, Sentence

    quote = Quote(3, 10, 20, "the plan", 9, 21, "direct", True, 1, 0, 3, "Kristi Noem", "she", 0, 3, "person",
                  "Secretary", "female", "said", "speaker_then_verb_after_quote")
    records = [quote, Paragraph(0, 5, 0), Sentence(0, 5, 0, 0), Article("a1", "seed.txt", "text", (("outlet", "X"),)),
               QuoteSpan(10, 20, 9, 21, 1, True, True)]
    for record in records:
        for again in (pickle.loads(pickle.dumps(record)), copy.copy(record), copy.deepcopy(record)):
            assert again == record and type(again) is type(record)
