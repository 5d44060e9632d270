"""quotes/cli.py: commands run in-process; exit codes, stderr and files."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys

import pandas

from quotes.cli import main
from tests.conftest import ROOT, SEED


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


def test_run_writes_quotes_csv_for_the_seed(tmp_path, capsys):
    assert main(["run", str(SEED), "--out", str(tmp_path), "--jobs", "1"]) == 0
    rows = read_csv(tmp_path / "quotes.csv")
    kinds = [row["kind"] for row in rows]
    assert (kinds.count("direct"), kinds.count("mixed"), kinds.count("scare")) == (2, 3, 1)
    assert kinds.count("indirect") >= 6  # what Noem affirmed, the administration alleges, ... (test_reported.py)
    assert rows[0]["article_id"] == "noem-el-salvador.txt"
    text = SEED.read_text(encoding="utf-8")
    for row in rows:
        assert text[int(row["start"]):int(row["end"])] == row["text"]
    assert "Reports in" in capsys.readouterr().out


def test_run_wakes_the_garbage_collector_seldom_and_restores_it(tmp_path, monkeypatch):
    import gc

    import analysis
    from quotes.cli import _COLLECTION_THRESHOLDS

    seen = []
    original = analysis.write_reports

    def recording(*args, **kwargs):
        seen.append((gc.get_threshold(), gc.get_freeze_count() > 0))
        return original(*args, **kwargs)

    monkeypatch.setattr(analysis, "write_reports", recording)
    before = gc.get_threshold(), gc.get_freeze_count()
    assert main(["run", str(SEED), "--out", str(tmp_path), "--jobs", "1", "--quiet"]) == 0
    assert seen == [(_COLLECTION_THRESHOLDS, True)]
    assert (gc.get_threshold(), gc.get_freeze_count()) == before  # an in-process caller gets its collector back


def test_run_defaults_to_seeds_and_reports(tmp_path, monkeypatch, capsys):
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    assert main(["run", "--quiet"]) == 0
    assert (tmp_path / "reports" / "quotes.csv").is_file()
    assert capsys.readouterr().out == ""


def test_run_carries_jsonl_metadata(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "a", "text": '"We won," she said.', "outlet": "Daily"}) + "\n", encoding="utf-8")
    assert main(["run", str(source), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    (row,) = read_csv(tmp_path / "out" / "quotes.csv")
    assert row["article_id"] == "a" and row["outlet"] == "Daily"


def test_missing_input_is_a_usage_error(tmp_path, capsys):
    assert main(["run", str(tmp_path / "missing"), "--out", str(tmp_path)]) == 2
    error = capsys.readouterr().err
    assert error.startswith("quotes: ") and "no such file" in error and "Traceback" not in error


def test_missing_text_column_is_a_usage_error(tmp_path, capsys):
    pandas.DataFrame({"body": ["x"]}).to_csv(tmp_path / "a.csv", index=False)
    assert main(["run", str(tmp_path / "a.csv"), "--out", str(tmp_path / "out")]) == 2
    assert "its columns are 'body'" in capsys.readouterr().err


def test_failed_articles_give_exit_code_1(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text('"Fine," he said.', encoding="utf-8")
    (tmp_path / "in" / "bad.txt").write_bytes(b"\x00\x01\x02" * 100)
    assert main(["run", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--quiet"]) == 1
    articles = {row["article_id"]: row for row in read_csv(tmp_path / "out" / "articles.csv")}
    assert articles["bad.txt"]["status"] == "error" and articles["good.txt"]["status"] == "ok"
    assert "bad.txt" in capsys.readouterr().err


def test_bad_option_is_a_usage_error(capsys):
    assert main(["run", "--jobs", "0"]) == 2
    assert main([]) == 2


def test_help_lists_exit_codes_and_examples(capsys):
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "exit codes" in out and "quotes run" in out
    for command in ("run", "evaluate"):
        main([command, "--help"])
        assert "example" in capsys.readouterr().out


def test_python_dash_m_works(tmp_path):
    done = subprocess.run([sys.executable, "-m", "quotes", "run", str(SEED), "--out", str(tmp_path), "--quiet"],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "quotes.csv").is_file()


def test_evaluate_prints_tables(tmp_path, capsys):
    text = '"We will win," Noem said. Critics called it "absurd."'
    gold = {"id": "g1", "text": text, "quotes": [
        {"start": 1, "end": 13, "text": "We will win,", "speaker": "Noem", "speaker_mentions": [[15, 19]],
         "meta": {"kind": "direct"}}]}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold) + "\n", encoding="utf-8")
    assert main(["evaluate", str(path), "--errors", "5"]) == 0
    out = capsys.readouterr().out
    assert "precision" in out and "speaker measure" in out and "[spurious]" in out


def test_a_missing_dependency_is_one_line_not_a_traceback(tmp_path, monkeypatch, capsys):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "g1", "text": "Hi.", "quotes": []}) + "\n", encoding="utf-8")
    monkeypatch.setitem(sys.modules, "tabulate", None)  # "import tabulate" now fails as if not installed
    assert main(["evaluate", str(gold)]) == 2
    err = capsys.readouterr().err
    assert "'tabulate' is missing" in err and "pip install" in err and "Traceback" not in err


def test_jobs_give_identical_reports_in_input_order(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    text = SEED.read_text(encoding="utf-8")
    for number in range(150):  # more than one chunk per worker
        (folder / f"a{number:03d}.txt").write_text(text if number % 3 else '"Short," he said.', encoding="utf-8")
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        assert main(["run", str(folder), "--out", str(out), "--jobs", jobs, "--quiet"]) == 0
        outputs.append({path.name: path.read_bytes() for path in out.iterdir()})
    assert outputs[0] == outputs[1]
    ids = [row["article_id"] for row in read_csv(tmp_path / "out2" / "articles.csv")]
    assert ids == sorted(ids)


class Terminal:
    """stderr as a terminal: what makes the run draw its progress bar."""

    def __init__(self, stream):
        self.stream = stream

    def isatty(self):
        return True

    def __getattr__(self, name):
        return getattr(self.stream, name)


def test_progress_bar_only_on_a_terminal(tmp_path, monkeypatch, capsys):
    assert main(["run", str(SEED), "--out", str(tmp_path / "a"), "--jobs", "1"]) == 0
    err = capsys.readouterr().err
    assert "articles/s" not in err and " articles" not in err
    monkeypatch.setattr(sys, "stderr", Terminal(sys.stderr))
    assert main(["run", str(SEED), "--out", str(tmp_path / "b"), "--jobs", "1"]) == 0
    assert "articles" in capsys.readouterr().err
    assert main(["run", str(SEED), "--out", str(tmp_path / "c"), "--jobs", "1", "--quiet"]) == 0
    assert capsys.readouterr().err == ""


def test_group_by_unknown_column_is_a_usage_error(tmp_path, capsys):
    assert main(["run", str(SEED), "--out", str(tmp_path), "--group-by", "outlet"]) == 2
    assert "no such column" in capsys.readouterr().err


def test_group_by_metadata_column(tmp_path):
    source = tmp_path / "in.csv"
    pandas.DataFrame({"id": ["a", "b"], "text": ['"Yes," Noem said.', '"No," Noem said.'],
                      "outlet": ["X", "Y"]}).to_csv(source, index=False)
    assert main(["run", str(source), "--out", str(tmp_path / "out"), "--group-by", "outlet", "--quiet"]) == 0
    rows = read_csv(tmp_path / "out" / "frequency.csv")
    assert [(row["outlet"], row["speaker"], row["quotes"]) for row in rows] == [("X", "Noem", "1"), ("Y", "Noem", "1")]


def test_out_inside_an_input_folder_is_refused(tmp_path, capsys):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text('"Yes," said Ann.', encoding="utf-8")
    for out in (folder, folder / "reports"):
        assert main(["run", str(folder), "--out", str(out), "--quiet"]) == 2
        assert "inside the input folder" in capsys.readouterr().err
    assert sorted(path.name for path in folder.iterdir()) == ["a.txt"]


def test_an_id_column_named_but_missing_is_an_error_listing_the_columns(tmp_path, capsys):
    source = tmp_path / "in.csv"
    source.write_text('key,text\n1,"""Yes,"" said Ann."\n', encoding="utf-8")
    assert main(["run", str(source), "--out", str(tmp_path / "a"), "--id-col", "id", "--quiet"]) == 2
    assert "no id column 'id'; its columns are 'key', 'text'" in capsys.readouterr().err
    assert main(["run", str(source), "--out", str(tmp_path / "b"), "--quiet"]) == 0  # without it: line ids
    assert read_csv(tmp_path / "b" / "articles.csv")[0]["article_id"] == "in.csv:2"


def test_plain_text_on_stdin_is_one_article(tmp_path):
    done = subprocess.run([sys.executable, "-m", "quotes", "run", "-", "--out", str(tmp_path), "--quiet"], cwd=ROOT,
                          capture_output=True, input='"Plain words," said Ann.\nAnother line.\n', text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    (row,) = read_csv(tmp_path / "articles.csv")
    assert (row["article_id"], row["status"], row["top_speaker"]) == ("stdin", "ok", "Ann")


def test_the_progress_bar_knows_its_total(tmp_path, monkeypatch, capsys):
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps({"id": str(n), "text": '"Yes," said Ann.'}) + "\n" for n in range(7)),
                      encoding="utf-8")

    monkeypatch.setattr(sys, "stderr", Terminal(sys.stderr))
    assert main(["run", str(source), "--out", str(tmp_path / "out"), "--jobs", "1"]) == 0
    assert "7/7" in capsys.readouterr().err


def test_no_index_writes_the_same_csvs_and_no_page(tmp_path, capsys):
    assert main(["run", str(SEED), "--out", str(tmp_path / "with"), "--quiet"]) == 0
    assert main(["run", str(SEED), "--out", str(tmp_path / "without"), "--no-index"]) == 0
    listed = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("Reports in"))
    assert "quotes.csv" in listed and "index.html" not in listed  # the summary names only what was written
    written = sorted(path.name for path in (tmp_path / "without").iterdir())
    assert "index.html" not in written and (tmp_path / "with" / "index.html").exists()
    for name in written:
        assert (tmp_path / "without" / name).read_bytes() == (tmp_path / "with" / name).read_bytes(), name
    assert len(written) == 6
    # the article views are linked from the page: asking for them without it is a usage error
    assert main(["run", str(SEED), "--out", str(tmp_path / "views"), "--no-index", "--html-articles"]) == 2
    assert "index.html" in capsys.readouterr().err
