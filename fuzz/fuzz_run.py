"""Coverage-guided fuzzing of the whole `quotes run` with atheris (not part of the test suite).

    pip install atheris
    python fuzz/fuzz_run.py -max_total_time=1800 -max_len=4096 -rss_limit_mb=4096

Each input becomes a small corpus in a fresh folder: a text file, a JSONL file and a CSV file whose
bytes, keys and values come from the fuzzer (broken encodings, lone surrogates, odd keys named like
report columns, formulas), and `quotes run` reads the folder in-process. Checked every time: the run
returns 0 or 1 (2 only for a table the run refuses before it starts), never raises, writes the six
reports, lists every file of the folder in articles.csv (a JSONL or CSV file by its rows), and leaves
no temporary file behind. A crash is saved by libFuzzer as crash-<hash>. The charts of index.html
are not drawn (a placeholder each): drawing is matplotlib's, and tested in tests/analysis.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["quotes", "analysis"]):
    import analysis.reports
    from quotes.cli import main


class _NoDrawing:
    """Charts drawn by matplotlib in a process of their own cost half a second a run: the fuzzer
    checks everything else of index.html (the overview, the page) with a placeholder per chart."""

    def render(self, specs):
        return ["<svg></svg>" for _ in specs]

    def close(self):
        pass


analysis.reports.ChartProcess = _NoDrawing

_PIECES = ['"', "'", "“", "”", "«", "»", " ", "\n", "\n\n", ",", ".", ":", "said", "Noem", "she", "Mr.", "=",
           "\ud800", "\udcff", "\u200b", "\xa0", "\ufeff", "status", "source", "speaker", "text", "id", "<p>"]
_REPORTS = ("quotes.csv", "frequency.csv", "tone.csv", "verbs.csv", "articles.csv", "speaker_names.csv", "index.html")


def _text(provider: atheris.FuzzedDataProvider, limit: int) -> str:
    if provider.ConsumeBool():
        return provider.ConsumeUnicode(limit)
    return "".join(_PIECES[provider.ConsumeIntInRange(0, len(_PIECES) - 1)]
                   for _ in range(provider.ConsumeIntInRange(0, limit // 4)))


def test_one_input(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    with tempfile.TemporaryDirectory() as folder:
        inputs, out = Path(folder) / "in", Path(folder) / "out"
        inputs.mkdir()
        (inputs / "a.txt").write_bytes(provider.ConsumeBytes(provider.ConsumeIntInRange(0, 600)))
        records = [{_text(provider, 12) or "k": _text(provider, 200), "text": _text(provider, 300)}
                   for _ in range(provider.ConsumeIntInRange(0, 3))]
        lines = [json.dumps(record) for record in records] + [_text(provider, 40)]
        (inputs / "b.jsonl").write_text("\n".join(lines), encoding="utf-8", errors="surrogatepass")
        table = io.StringIO()
        writer = csv.writer(table)
        writer.writerow(["id", "text", _text(provider, 10) or "x"])
        writer.writerows([[_text(provider, 8), _text(provider, 200), _text(provider, 20)]
                          for _ in range(provider.ConsumeIntInRange(0, 3))])
        (inputs / "c.csv").write_bytes(table.getvalue().encode("utf-8", errors="surrogatepass"))  # bytes that are not UTF-8
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            code = main(["run", str(inputs), "--out", str(out), "--jobs", "1", "--quiet"])
        assert code in (0, 1, 2), code
        assert not [path for path in out.iterdir() if path.name.endswith(".tmp")] if out.exists() else True
        if code == 2:
            return
        assert all((out / name).is_file() for name in _REPORTS)
        with open(out / "articles.csv", encoding="utf-8", newline="") as stream:
            sources = [row["source"] for row in csv.DictReader(stream)]
        for name in ("a.txt", "b.jsonl", "c.csv"):
            assert any(Path(source.split(":")[0]).name == name for source in sources), (name, sources)


def main_() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main_()
