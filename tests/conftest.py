"""Shared test helpers: golden cases are data in tests/golden/<module>.jsonl."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
SEED = ROOT / "seeds" / "noem-el-salvador.txt"


def load_cases(name: str) -> list[dict]:
    """The cases of tests/golden/<name>, one JSON object a line."""
    with (GOLDEN / name).open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def load_tool(name: str) -> ModuleType:
    """tools/<name>.py, the script that derived a shipped lexicon, loaded to check it still holds."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def lines_run(function, *args) -> int:
    """How many lines of the package run for `function(*args)`: a measure of work that, unlike
    time, does not depend on the machine or on what else it is doing."""
    import sys

    package = str(ROOT / "quotes")
    count = 0
    function(*args)  # once untraced: lexicons, Punkt and caches load on first use, not per text

    def tracer(frame, event, _arg):
        nonlocal count
        if frame.f_code.co_filename.startswith(package):
            count += 1
            return tracer
        return None

    sys.settrace(tracer)
    try:
        function(*args)
    finally:
        sys.settrace(None)
    return count
