"""Coverage-guided fuzzing of quotes.extract with atheris (not part of the test suite).

    pip install atheris
    python fuzz/fuzz_extract.py -max_total_time=1800 -max_len=4096 fuzz/corpus

Every input is checked against the invariants the tests pin: extract never raises, quote and
mention offsets are valid, `text[start:end] == quote.text`, mentions lie outside their quote,
quotes come in order and quotes of different groups never overlap, and a second run gives the same
result. The work guard
(`ExtractionLimitError`) cannot trigger within -max_len=4096. A crash is saved
by libFuzzer as crash-<hash>; turn it into a case of tests/golden/regressions.jsonl.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["quotes"]):
    import quotes


def check(text: str) -> None:
    found = quotes.extract(text)
    groups = {quote.quote_id: quote.group for quote in found}
    previous_end, previous_group = -1, None
    for index, quote in enumerate(found):
        assert quote.quote_id == index
        assert 0 <= quote.outer_start <= quote.start < quote.end <= quote.outer_end <= len(text)
        assert text[quote.start:quote.end] == quote.text
        # quotes of different groups never overlap; reported speech holds its own fragments
        assert quote.outer_start >= previous_end or (quote.kind in ("mixed", "scare") and quote.group == previous_group
                                                     and quote.outer_end <= previous_end)
        if quote.outer_end > previous_end:
            previous_end, previous_group = quote.outer_end, quote.group
        assert 0 <= quote.group <= quote.quote_id and groups[quote.group] == quote.group
        if quote.mention_start is not None:
            assert quote.mention_end is not None and 0 <= quote.mention_start < quote.mention_end <= len(text)
            assert text[quote.mention_start:quote.mention_end] == quote.mention
            if quote.rule == "transcript_label":  # the one mention inside its quote: "PENCE: Well, look."
                assert quote.mention_start == quote.start and text.startswith(":", quote.mention_end)
            else:
                assert quote.mention_end <= quote.start or quote.mention_start >= quote.end
    assert quotes.extract(text) == found


def test_one_input(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    if provider.ConsumeBool():
        text = provider.ConsumeUnicodeNoSurrogates(len(data))
    else:  # text made of the pieces quote scanning cares about
        pieces = ['"', "'", "“", "”", "‘", "’", "''", "``", "«", "»", "„", " ", "\n", "\n\n", "\r\n", ",", ".",
                  ":", "—", "(", ")", "<p>", "<a href=\"x\">", "said", "Noem", "she", "he", "Mr.", "U.S.", "it's",
                  "Jones'", "'90s", "according to", "The", "officials", "We", "win", "told", "reporters"]
        text = "".join(pieces[provider.ConsumeIntInRange(0, len(pieces) - 1)]
                       for _ in range(provider.ConsumeIntInRange(0, 200)))
    check(text)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
