"""quotes/model.py: the pipeline's values."""

from __future__ import annotations

import dataclasses
import inspect
from dataclasses import fields, replace

import pytest

from analysis.utterances import Utterance
import quotes
from quotes import earlierspeakers, model, records
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


# The records built by the thousand spell out their constructor (see quotes.model): it must take
# exactly the dataclass's fields, in order, with the same defaults, set each, and keep them frozen.
_SPELLED_OUT = [model.Paragraph, model.Sentence, model.QuoteSpan, model.Quote, earlierspeakers.Speaker, records.ReadSentence,
                Utterance]


@pytest.mark.parametrize("cls", _SPELLED_OUT, ids=lambda cls: cls.__name__)
def test_spelled_out_constructors_take_the_fields_in_order_and_stay_frozen(cls):
    parameters = list(inspect.signature(cls.__init__).parameters.values())[1:]
    assert [parameter.name for parameter in parameters] == [field.name for field in dataclasses.fields(cls)]
    for parameter, field in zip(parameters, dataclasses.fields(cls)):
        expected = inspect.Parameter.empty if field.default is dataclasses.MISSING else field.default
        assert parameter.default == expected, field.name
    values = [object() for _ in parameters]  # a distinct value per field: each must land in its own
    built = cls(*values)
    assert [getattr(built, field.name) for field in dataclasses.fields(cls)] == values
    assert dataclasses.replace(built) == built
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(built, parameters[0].name, None)


def test_named_keeps_its_fields_in_order_and_compares_by_value():
    from quotes.names import Named

    built = Named(3, 14, ("Kristi", "Noem"), ("Secretary",), "female", "person", "noem")
    assert (built.start, built.end, built.name, built.title, built.gender, built.kind, built.key, built.entity) == (
        3, 14, ("Kristi", "Noem"), ("Secretary",), "female", "person", "noem", "")
    assert built == Named(3, 14, ("Kristi", "Noem"), ("Secretary",), "female", "person", "noem")
    assert hash(built) == hash(Named(3, 14, ("Kristi", "Noem"), ("Secretary",), "female", "person", "noem"))
    linked = built.with_entity("e1")
    assert linked.entity == "e1" and built.entity == "" and linked != built and linked.with_entity("") == built


def test_unnamed_descriptions_keep_initials_and_nations_and_stay_unnamed():
    from quotes.model import is_named
    found = quotes.extract("Intro.\n\nU.S. officials said the plan failed. Salvadoran authorities said it would not.")
    assert [quote.speaker for quote in found] == ["U.S. officials", "Salvadoran authorities"]
    assert [is_named(quote.speaker) for quote in found] == [False, False]
    assert is_named("Trump administration") and is_named("SEC") and is_named("U.S. Army") and not is_named("EU diplomats")
