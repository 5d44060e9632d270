"""The run around extraction under hostile use: file systems, output, signals, pathological texts.

Each test is a reproduction from issue 15 that failed before its fix. Tests run as root, which
reads any file, so what root bypasses (an unreadable folder, a read-only place) is simulated.
"""

from __future__ import annotations

import csv
import errno
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import quotes
from quotes.cli import main
from quotes.errors import ExtractionLimitError
from tests.conftest import ROOT, SEED, lines_run

GOOD = '"We will win," Noem said on Tuesday.'


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


def leftovers(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if path.name.endswith(".tmp"))


# --- one article's text never stops a run ---------------------------------------------------------


def test_a_lone_surrogate_in_jsonl_is_replaced_and_noted(tmp_path, capsys):
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "s", "text": "\\"A \\ud800,\\" said Bob.", "outlet": "X\\udc00"}\n'
                      '{"id": "ok", "text": "\\"Fine,\\" said Ann."}\n', encoding="utf-8")
    assert main(["run", str(source), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    articles = {row["article_id"]: row for row in read_csv(tmp_path / "out" / "articles.csv")}
    assert articles["s"]["status"] == "ok" and "2 lone surrogates replaced" in articles["s"]["encoding"]
    assert articles["s"]["outlet"] == "X\ufffd"
    speakers = [row["speaker"] for row in read_csv(tmp_path / "out" / "quotes.csv")]
    assert speakers == ["Bob", "Ann"]
    assert "Traceback" not in capsys.readouterr().err


def test_a_file_name_that_is_not_utf8_is_read_and_shown(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / os.fsdecode(b"a\xff.txt")).write_text(GOOD, encoding="utf-8")
    (folder / os.fsdecode(b"t\xff.jsonl")).write_text(json.dumps({"text": GOOD}) + "\n", encoding="utf-8")
    assert main(["run", str(folder), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    rows = read_csv(tmp_path / "out" / "articles.csv")
    assert [(row["article_id"], row["status"], row["quotes"]) for row in rows] == [
        ("a\ufffd.txt", "ok", "1"), ("t\ufffd.jsonl:1", "ok", "1")]
    assert rows[1]["source"].endswith("t\ufffd.jsonl:1")


# --- work: linear, and a guard counted in work ------------------------------------------------------


def test_one_sentence_of_many_quotes_costs_in_proportion_to_its_length():
    small = lines_run(quotes.extract, '"Yes" said Bob ' * 150)
    large = lines_run(quotes.extract, '"Yes" said Bob ' * 600)
    assert large < 4.6 * small  # 4x the text; the quadratic scan made it 9.6x


def test_a_text_of_nothing_but_marks_and_line_breaks_is_refused_before_it_is_split():
    with pytest.raises(ExtractionLimitError, match=r"line breaks and quotation marks in .* more than one in 4"):
        quotes.extract('"A\n' * 20_000)
    with pytest.raises(ExtractionLimitError, match=r"quotes in .* characters, more than one in 25"):
        quotes.extract('"Yes" said Bob ' * 6_000)
    assert len(quotes.extract('"Yes" said Bob ' * 300)) == 300  # short texts are never refused


def test_a_refused_article_is_a_reported_error_and_the_run_goes_on(tmp_path, capsys):
    source = tmp_path / "in.jsonl"
    lines = [{"id": "marks", "text": '"A\n' * 20_000}, {"id": "ok", "text": GOOD}]
    source.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    assert main(["run", str(source), "--out", str(tmp_path / "out"), "--quiet"]) == 1
    articles = {row["article_id"]: row for row in read_csv(tmp_path / "out" / "articles.csv")}
    assert articles["marks"]["status"] == "error" and "not prose, not extracted" in articles["marks"]["reason"]
    assert articles["ok"]["status"] == "ok" and articles["ok"]["quotes"] == "1"
    assert "Traceback" not in capsys.readouterr().err


# --- file systems ----------------------------------------------------------------------------------


@pytest.fixture
def hostile_folder(tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "sub" / "self").symlink_to(folder / "sub")  # a folder linking to itself
    (folder / "a.txt").symlink_to(folder / "b.txt")  # two links pointing at each other
    (folder / "b.txt").symlink_to(folder / "a.txt")
    os.mkfifo(folder / "x.txt")  # reading it would wait forever for a writer
    (folder / "zero.txt").symlink_to("/dev/zero")  # reading it would never end
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "far.txt").write_text(GOOD, encoding="utf-8")
    (folder / "linked").symlink_to(tmp_path / "elsewhere")
    (folder / ".hidden.txt").write_text(GOOD, encoding="utf-8")
    return folder


def test_a_hostile_folder_lists_every_path_with_its_reason(hostile_folder, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["run", str(hostile_folder), "--out", str(out), "--quiet", "--jobs", "1"]) == 1
    rows = {row["article_id"]: (row["status"], row["reason"]) for row in read_csv(out / "articles.csv")}
    assert rows["good.txt"] == ("ok", "")
    assert "pipe" in rows["x.txt"][1] and "device" in rows["zero.txt"][1]
    assert "symbolic link to a folder" in rows["linked"][1] and "symbolic link to a folder" in rows["sub/self"][1]
    assert "cannot read" in rows["a.txt"][1] and "cannot read" in rows["b.txt"][1]
    assert ".hidden.txt" not in rows and len(rows) == 7
    assert "Traceback" not in capsys.readouterr().err and leftovers(out) == []


def test_a_folder_that_cannot_be_listed_is_reported(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    (folder / "locked").mkdir(parents=True)
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    real_walk = os.walk

    def walk(top, onerror=None, **options):  # what a folder without read permission does (root reads all)
        for root, folders, files in real_walk(top, onerror=onerror, **options):
            if Path(root).name == "locked":
                onerror(PermissionError(errno.EACCES, "Permission denied", root))
                continue
            yield root, folders, files

    monkeypatch.setattr("quotes.inputs.os.walk", walk)
    assert main(["run", str(folder), "--out", str(tmp_path / "out"), "--quiet"]) == 1
    rows = {row["article_id"]: row for row in read_csv(tmp_path / "out" / "articles.csv")}
    assert rows["locked"]["status"] == "error" and "Permission denied" in rows["locked"]["reason"]


def test_a_read_is_bounded_by_max_chars_before_it_ends(tmp_path):
    source = tmp_path / "zero.txt"
    source.symlink_to("/dev/zero")  # named on the command line: read, but never past the limit
    assert main(["run", str(source), "--out", str(tmp_path / "out"), "--quiet", "--max-chars", "1000"]) == 1
    (row,) = read_csv(tmp_path / "out" / "articles.csv")
    assert row["status"] == "error" and "too large" in row["reason"]


# --- output ----------------------------------------------------------------------------------------


def test_out_naming_a_file_is_one_line_and_exit_2(tmp_path, capsys):
    target = tmp_path / "afile"
    target.write_text("mine", encoding="utf-8")
    assert main(["run", str(SEED), "--out", str(target), "--quiet"]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "is a file, not a folder" in error and "Traceback" not in error
    assert target.read_text(encoding="utf-8") == "mine"


def test_a_read_only_place_is_one_line_and_exit_2(tmp_path, capsys, monkeypatch):
    def refuse(*_args, **_kwargs):  # root writes anywhere: the refusal a user would meet
        raise PermissionError(errno.EACCES, "Permission denied", str(tmp_path / "out"))

    monkeypatch.setattr("analysis.reports.tempfile.mkstemp", refuse)
    assert main(["run", str(SEED), "--out", str(tmp_path / "out"), "--quiet"]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "Permission denied" in error and "Traceback" not in error


def test_a_full_disk_leaves_no_temporary_file_and_the_previous_reports(tmp_path, capsys, monkeypatch):
    out = tmp_path / "out"
    assert main(["run", str(SEED), "--out", str(out), "--quiet"]) == 0
    before = {path.name: path.read_bytes() for path in out.iterdir()}
    real_fsync, calls = os.fsync, []

    def full(descriptor):
        calls.append(descriptor)
        if len(calls) == 3:  # the third report meets a full disk
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(descriptor)

    monkeypatch.setattr("analysis.reports.os.fsync", full)
    (tmp_path / "more.txt").write_text('"Other words," said Lee.', encoding="utf-8")
    assert main(["run", str(tmp_path / "more.txt"), "--out", str(out), "--quiet"]) == 2
    error = capsys.readouterr().err
    assert "the disk is full" in error and error.count("\n") == 1
    assert leftovers(out) == [] and {path.name: path.read_bytes() for path in out.iterdir()} == before


def test_report_files_can_be_read_by_colleagues(tmp_path):
    assert main(["run", str(SEED), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    mask = os.umask(0)
    os.umask(mask)
    assert (tmp_path / "out" / "quotes.csv").stat().st_mode & 0o777 == 0o666 & ~mask


# --- signals and pipes (a real process) ------------------------------------------------------------


def _alive_with(marker: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if marker.encode() in (entry / "cmdline").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def test_sigterm_ends_the_run_and_its_workers_and_leaves_nothing_behind(tmp_path):
    out = tmp_path / "sigterm-out"
    line = json.dumps({"text": SEED.read_text(encoding="utf-8")}) + "\n"
    child = subprocess.Popen([sys.executable, "-m", "quotes", "run", "-", "--out", str(out), "--jobs", "2", "--quiet"],
                             cwd=ROOT, stdin=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    child.stdin.write(line * 300)  # enough for the workers to start; then the run waits for more
    child.stdin.flush()
    deadline = time.monotonic() + 60
    while not (out.exists() and leftovers(out) and len(_alive_with(str(out))) >= 3) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert leftovers(out) and len(_alive_with(str(out))) >= 3, "the run and its workers never started"
    child.send_signal(signal.SIGTERM)
    _, error = child.communicate(timeout=60)
    assert child.returncode == 143 and "terminated" in error and "Traceback" not in error
    assert leftovers(out) == [] and not list(out.glob("*.csv"))
    deadline = time.monotonic() + 10
    while _alive_with(str(out)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _alive_with(str(out)) == []


def test_a_closed_output_pipe_is_no_traceback(tmp_path):
    reader, writer = os.pipe()
    os.close(reader)  # like `quotes run | head -1` once head has gone
    try:
        done = subprocess.run([sys.executable, "-m", "quotes", "run", str(SEED), "--out", str(tmp_path / "out")],
                              cwd=ROOT, stdout=writer, stderr=subprocess.PIPE, text=True, timeout=120)
    finally:
        os.close(writer)
    assert done.returncode == 141 and "Traceback" not in done.stderr
    assert (tmp_path / "out" / "quotes.csv").exists()


# --- reports that could be made to lie -------------------------------------------------------------


def _jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    return path


def test_computed_columns_win_and_the_input_field_is_kept_as_input_name(tmp_path):
    source = _jsonl(tmp_path / "in.jsonl", [
        {"id": "a", "text": 5, "status": "ok", "reason": "none", "source": "me", "quotes": 99, "speaker": "Zed"},
        {"id": "b", "text": GOOD, "status": "fine", "article_id": "x", "speaker": "Zed"}])
    assert main(["run", str(source), "--out", str(tmp_path / "out"), "--quiet"]) == 1
    articles = {row["article_id"]: row for row in read_csv(tmp_path / "out" / "articles.csv")}
    assert articles["a"]["status"] == "error" and articles["a"]["input_status"] == "ok"
    assert articles["a"]["reason"].startswith("'text' is a int") and articles["a"]["input_reason"] == "none"
    assert articles["a"]["source"].endswith("in.jsonl:1") and articles["a"]["input_source"] == "me"
    assert articles["a"]["quotes"] == "0" and articles["a"]["input_quotes"] == "99"
    assert articles["b"]["input_article_id"] == "x" and articles["b"]["status"] == "ok"
    (quote,) = read_csv(tmp_path / "out" / "quotes.csv")
    assert quote["speaker"] == "Noem" and quote["input_speaker"] == "Zed" and quote["article_id"] == "b"


def test_formula_starts_are_neutralised_in_headers_and_behind_spaces(tmp_path):
    source = _jsonl(tmp_path / "in.jsonl", [
        {"id": "a", "text": GOOD, '=HYPERLINK("http://x","y")': 1, "a": " =1", "b": '"=2', "c": "\u200b=3",
         "d": "\u00a0=4", "e": "\uff1d5", "f": "-7"}])
    assert main(["run", str(source), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    with open(tmp_path / "out" / "articles.csv", encoding="utf-8", newline="") as stream:
        header, row = list(csv.reader(stream))
    cells = dict(zip(header, row))
    assert "'=HYPERLINK(\"http://x\",\"y\")" in header
    assert [cells[key] for key in "abcde"] == ["' =1", "'\"=2", "'\u200b=3", "'\u00a0=4", "'\uff1d5"]
    assert cells["f"] == "-7"


def test_two_articles_sharing_an_id_stay_two(tmp_path):
    import pandas

    import analysis

    frame = pandas.concat([quotes.extract_frame(pandas.DataFrame({"id": ["a"], "text": ['"Yes," said Ann.']})),
                           quotes.extract_frame(pandas.DataFrame({"id": ["a"], "text": ['"No," said Bob.']}))],
                          ignore_index=True)
    analysis.write_reports(frame, tmp_path / "frame")
    assert {row["speaker"] for row in read_csv(tmp_path / "frame" / "frequency.csv")} == {"Ann", "Bob"}
    articles = read_csv(tmp_path / "frame" / "articles.csv")
    assert [row["article_id"] for row in articles] == ["a", "a#2"] and "duplicate id 'a'" in articles[1]["reason"]
    source = _jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": '"Yes," said Ann.'}, {"id": "a", "text": '"No," said Bob.'}])
    assert main(["run", str(source), "--out", str(tmp_path / "run"), "--quiet"]) == 0
    assert [row["article_id"] for row in read_csv(tmp_path / "run" / "quotes.csv")] == ["a", "a#2"]


def test_jsonl_keys_of_any_line_are_columns_and_stdin_keeps_its_metadata(tmp_path, monkeypatch):
    source = _jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": GOOD}, {"id": "b", "text": GOOD, "outlet": "Y"}])
    assert main(["run", str(source), "--out", str(tmp_path / "out"), "--quiet", "--group-by", "outlet"]) == 0
    assert [row["outlet"] for row in read_csv(tmp_path / "out" / "articles.csv")] == ["", "Y"]
    assert [row["outlet"] for row in read_csv(tmp_path / "out" / "quotes.csv")] == ["", "Y"]
    stdin = subprocess.run([sys.executable, "-m", "quotes", "run", "-", "--out", str(tmp_path / "stdin"), "--quiet"],
                           cwd=ROOT, input=source.read_bytes(), capture_output=True, timeout=120)
    assert stdin.returncode == 0, stdin.stderr
    assert [row["outlet"] for row in read_csv(tmp_path / "stdin" / "articles.csv")] == ["", "Y"]


def test_a_malformed_first_jsonl_line_is_one_error_row_like_any_other(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text('{not json\n' + json.dumps({"id": "b", "text": GOOD}) + "\n", encoding="utf-8")
    assert main(["run", str(source), "--out", str(tmp_path / "out"), "--quiet"]) == 1
    rows = read_csv(tmp_path / "out" / "articles.csv")
    assert [(row["status"], row["quotes"]) for row in rows] == [("error", "0"), ("ok", "1")]
    assert "not valid JSON" in rows[0]["reason"]


@pytest.mark.parametrize("data", [b'"We will win," Noem said.', {"a": '"We will win," Noem said.'}])
def test_extract_frame_refuses_what_is_not_text(data):
    with pytest.raises(quotes.InputFormatError, match="extract_frame"):
        quotes.extract_frame(data)


def test_a_frame_lists_the_articles_it_could_not_read(tmp_path):
    import pandas

    import analysis

    frame = quotes.extract_frame(pandas.DataFrame({"id": ["a", "b", "c"], "text": [GOOD, 5, None]}))
    assert frame.attrs["articles"] == (("a", "ok", None), ("b", "error", "the text is a int, not a string"),
                                       ("c", "empty", "no text"))
    analysis.write_reports(frame, tmp_path)
    rows = {row["article_id"]: (row["status"], row["reason"]) for row in read_csv(tmp_path / "articles.csv")}
    assert rows == {"a": ("ok", ""), "b": ("error", "the text is a int, not a string"), "c": ("empty", "no text")}


def test_csv_rows_are_numbered_by_their_file_line_like_jsonl(tmp_path):
    source = tmp_path / "in.csv"
    source.write_text('text,outlet\n"""Yes,"" said Ann.",X\n"a","b","c"\n"""No,"" said Bob.\nReally.",Y\n'
                      '"""Fine,"" said Cy.",Z\n', encoding="utf-8")
    assert main(["run", str(source), "--out", str(tmp_path / "out"), "--quiet"]) == 1
    rows = read_csv(tmp_path / "out" / "articles.csv")
    assert [(row["article_id"], row["status"]) for row in rows] == [
        ("in.csv:2", "ok"), ("in.csv:3", "error"), ("in.csv:4", "ok"), ("in.csv:6", "ok")]
    assert "expected 2 fields in line 3, saw 3" in rows[1]["reason"]


def test_a_csv_whose_encoding_changes_after_its_first_megabyte_is_read_row_by_row(tmp_path):
    source = tmp_path / "in.csv"
    filler = "".join(f'{n},"“Plain words number {n},” said Ann Lee on Monday."\n' for n in range(20_000))
    assert len(filler.encode("utf-8")) > 1 << 20
    source.write_bytes("id,text\n".encode("utf-8") + filler.encode("utf-8")
                      + 'late,"“We won,” said José."\n'.encode("cp1252") + b'bad,"\x81 said Al."\n')
    assert main(["run", str(source), "--out", str(tmp_path / "out"), "--quiet"]) == 1
    articles = {row["article_id"]: row for row in read_csv(tmp_path / "out" / "articles.csv")}
    assert articles["late"]["encoding"] == "cp1252" and articles["0"]["encoding"] == "utf-8"
    assert [row["speaker"] for row in read_csv(tmp_path / "out" / "quotes.csv") if row["article_id"] == "late"] == ["José"]
    bad = next(row for row in articles.values() if row["status"] == "error")
    assert "neither UTF-8 nor cp1252" in bad["reason"]


def test_every_hostile_file_at_once_ends_in_a_full_report(hostile_folder, tmp_path, capsys):
    folder = hostile_folder
    (folder / "sur.jsonl").write_text('{not json\n{"id": "s", "text": "\\"A \\ud800,\\" said Bob."}\n', encoding="utf-8")
    (folder / os.fsdecode(b"name\xff.txt")).write_text(GOOD, encoding="utf-8")
    (folder / "marks.txt").write_text('"A\n' * 20_000, encoding="utf-8")
    (folder / "said.txt").write_text('"Yes" said Bob ' * 6_000, encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01" * 500)
    (folder / "mixed.csv").write_bytes('id,text,status\nc1,"“Fine,” said Ann.",x\n'.encode("utf-8")
                                      + 'c2,"“We won,” said José.",y\n'.encode("cp1252"))
    out = tmp_path / "out"
    started = time.monotonic()
    assert main(["run", str(folder), "--out", str(out), "--quiet", "--jobs", "2"]) == 1
    assert time.monotonic() - started < 120  # bounded: nothing waits on a pipe or reads a device forever
    rows = {row["article_id"]: row for row in read_csv(out / "articles.csv")}
    named = {"good.txt", "x.txt", "zero.txt", "linked", "sub/self", "a.txt", "b.txt", "sur.jsonl:1", "s",
             "name\ufffd.txt", "marks.txt", "said.txt", "binary.txt", "c1", "c2"}
    assert set(rows) == named
    assert {name for name, row in rows.items() if row["status"] == "ok"} == {"good.txt", "s", "name\ufffd.txt", "c1", "c2"}
    assert all(row["reason"] for row in rows.values() if row["status"] != "ok")
    speakers = sorted(row["speaker"] for row in read_csv(out / "quotes.csv"))
    assert speakers == ["Ann", "Bob", "José", "Noem", "Noem"]
    assert rows["c1"]["input_status"] == "x" and rows["c2"]["encoding"] == "cp1252"
    assert "Traceback" not in capsys.readouterr().err and leftovers(out) == []


@pytest.mark.parametrize("content, ids", [
    ("".join(json.dumps({"id": f"r{n}", "text": GOOD, "outlet": "X"}) + "\n" for n in range(3)), ["r0", "r1", "r2"]),
    (GOOD, ["fifo"]),
])
def test_a_pipe_named_on_the_command_line_is_read_as_it_comes(tmp_path, content, ids):
    import threading

    fifo = tmp_path / "fifo"  # like <(zcat corpus.jsonl.gz): no suffix, readable once
    os.mkfifo(fifo)
    writer = threading.Thread(target=lambda: fifo.write_text(content, encoding="utf-8"))
    writer.start()
    try:
        assert main(["run", str(fifo), "--out", str(tmp_path / "out"), "--quiet", "--jobs", "1"]) == 0
    finally:
        writer.join(timeout=10)
    assert [row["article_id"] for row in read_csv(tmp_path / "out" / "articles.csv")] == ids
    assert all(row["speaker"] == "Noem" for row in read_csv(tmp_path / "out" / "quotes.csv"))
