"""benchmarks/: the invented-article measure of accuracy by given name (names.py), and bench.py's
textacy comparison when the named Python is missing."""

from __future__ import annotations

import argparse
import importlib.util
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


def test_the_speed_benchmark_skips_textacy_when_its_python_is_missing(capsys, tmp_path):
    spec = importlib.util.spec_from_file_location("bench", ROOT / "benchmarks" / "bench.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    missing = tmp_path / "no-such-python"
    bench._compare_with_textacy(tmp_path / "corpus.jsonl", argparse.Namespace(textacy_python=str(missing)))
    assert f"textacy comparison skipped: {missing} cannot run" in capsys.readouterr().out
