"""Shared test helpers: golden cases are data in tests/golden/<module>.jsonl."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
SEED = ROOT / "seeds" / "noem-el-salvador.txt"


def load_cases(name: str) -> list[dict]:
    """The cases of tests/golden/<name>, one JSON object a line."""
    with (GOLDEN / name).open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")
