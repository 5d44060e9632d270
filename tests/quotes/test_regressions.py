"""Inputs that once broke an invariant (found by the fuzzer or by users), kept as data."""

from __future__ import annotations

import pytest

from tests.conftest import load_cases
from tests.quotes.test_properties import check_invariants


@pytest.mark.parametrize("case", load_cases("regressions.jsonl"), ids=lambda case: case["id"])
def test_regression(case):
    check_invariants(case["text"])
