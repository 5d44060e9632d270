"""benchmarks/names.py: the invented-article measure of accuracy by where a given name is listed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_names_benchmark_scores_each_group_of_given_names():
    result = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "names.py"), "--per-group", "3"],
                            capture_output=True, text=True, check=True, cwd=ROOT)
    rows = [line.split() for line in result.stdout.splitlines()[1:]]
    assert [" ".join(row[:2]) for row in rows] == ["hand list", "world list", "no list"]
    for row in rows:
        speakers, expected, right, accuracy = int(row[2]), int(row[3]), int(row[4]), float(row[5])
        assert speakers == 3 and expected > 0 and 0 <= right <= expected
        assert accuracy == round(right / expected, 3)
