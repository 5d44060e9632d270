"""Dirty corpora: broken encodings, binary and empty files, huge articles, HTML, odd line ends.

A run survives all of it, reports every input in articles.csv with its status, and exits 1 when
some articles could not be read.
"""

from __future__ import annotations

import codecs
import csv
import json

import pytest

import quotes
from quotes.cli import main

GOOD = '"We will win," Noem said on Tuesday.'


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


@pytest.fixture
def dirty_folder(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "good.md").write_text('# Title\n\n"It is late," she said.', encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 500)
    (folder / "noise.txt").write_bytes(bytes(range(128, 256)) * 40)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text(" \n\t\n", encoding="utf-8")
    (folder / "cp1252.txt").write_bytes("“We won,” said José.".encode("cp1252"))
    (folder / "utf16.txt").write_bytes("“We won,” said Anne.".encode("utf-16"))
    (folder / "bom.txt").write_bytes(codecs.BOM_UTF8 + "“We won,” said Bea.".encode("utf-8"))
    (folder / "crlf.txt").write_bytes('Intro.\r\n\r\n"Line one,\r\nline two," said Cy.\r\n'.encode("utf-8"))
    (folder / "nul.txt").write_bytes('"Almost\x00 clean," said Di.'.encode("utf-8"))
    (folder / "page.html").write_text('<p class="lead">Intro.</p><p>"Real words," said <b>Ed</b>.</p>'
                                      '<a href="x" title="not a quote">link</a>', encoding="utf-8")
    (folder / "huge.txt").write_text(("word " * 3000) + GOOD, encoding="utf-8")
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4 binary")
    (folder / "rows.jsonl").write_text(
        json.dumps({"id": "r1", "text": GOOD}) + "\n{broken json\n" + json.dumps({"id": "r3", "text": ""}) + "\n",
        encoding="utf-8")
    (folder / "rows.csv").write_text('id,text\nc1,"""Yes,"" he said."\nc2,"a","b","c"\n', encoding="utf-8")
    return folder


EXPECTED = {
    "good.txt": "ok", "good.md": "ok", "binary.txt": "error", "noise.txt": "error", "empty.txt": "empty",
    "blank.txt": "empty", "cp1252.txt": "ok", "utf16.txt": "ok", "bom.txt": "ok", "crlf.txt": "ok", "nul.txt": "ok",
    "page.html": "ok", "huge.txt": "error", "notes.pdf": "error", "r1": "ok", "rows.jsonl:2": "error",
    "r3": "empty", "c1": "ok", "rows.csv:3": "error",
}


def test_every_file_is_listed_with_its_status_and_good_ones_are_reported(dirty_folder, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["run", str(dirty_folder), "--out", str(out), "--max-chars", "10000", "--quiet"]) == 1
    articles = {row["article_id"]: row for row in read_csv(out / "articles.csv")}
    assert {article_id: row["status"] for article_id, row in articles.items()} == EXPECTED
    assert articles["cp1252.txt"]["encoding"] == "cp1252" and articles["utf16.txt"]["encoding"] == "utf-16"
    assert articles["bom.txt"]["encoding"] == "utf-8-sig"
    assert "binary" in articles["binary.txt"]["reason"] and "--max-chars" in articles["huge.txt"]["reason"]
    assert "not a supported input type" in articles["notes.pdf"]["reason"]
    rows = read_csv(out / "quotes.csv")
    speakers = {row["article_id"]: row["speaker"] for row in rows}
    assert speakers["good.txt"] == "Noem" and speakers["cp1252.txt"] == "José" and speakers["utf16.txt"] == "Anne"
    assert speakers["page.html"] == "Ed" and speakers["crlf.txt"] == "Cy" and speakers["r1"] == "Noem"
    assert not [row for row in rows if "not a quote" in row["text"]]  # attribute values are not quotes
    error = capsys.readouterr().err
    assert "binary.txt" in error and "Traceback" not in error


def test_offsets_index_the_text_as_decoded(dirty_folder):
    for name in ("crlf.txt", "nul.txt", "utf16.txt", "bom.txt"):
        data = (dirty_folder / name).read_bytes()
        text, _ = quotes.inputs.decode_text(data)
        for quote in quotes.extract(text):
            assert text[quote.start:quote.end] == quote.text
            if quote.mention_start is not None:
                assert text[quote.mention_start:quote.mention_end] == quote.mention


@pytest.mark.parametrize("text, expected", [
    ('"Hello,"\u00a0she said.', "Hello,"),
    ('He said,\u200b"zero width" here.', "zero width"),
    ('\ufeff"With a stray BOM," he said.', "With a stray BOM,"),
    ('"A\x00B," he said.', "A\x00B,"),
])
def test_odd_characters_keep_offsets(text, expected):
    (quote,) = quotes.extract(text)
    assert quote.text == expected and text[quote.start:quote.end] == expected


def test_reports_never_overwrite_an_input(tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    source = out / "quotes.csv"
    source.write_text('id,text\n1,"""Hi,"" she said."\n', encoding="utf-8")
    assert main(["run", str(source), "--out", str(out)]) == 2
    assert "would be overwritten" in capsys.readouterr().err
    assert source.read_text(encoding="utf-8").startswith("id,text")


def test_output_folder_is_created(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "deep" / "er" / "out"
    assert main(["run", str(tmp_path / "a.txt"), "--out", str(out), "--quiet"]) == 0
    assert (out / "quotes.csv").is_file()


def test_unreadable_named_file_is_reported_not_raised(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "gone.txt").symlink_to(folder / "missing-target.txt")
    (folder / "ok.txt").write_text(GOOD, encoding="utf-8")
    assert main(["run", str(folder), "--out", str(tmp_path / "out"), "--quiet"]) == 1
    rows = {row["article_id"]: row for row in read_csv(tmp_path / "out" / "articles.csv")}
    assert rows["gone.txt"]["status"] == "error" and "cannot read" in rows["gone.txt"]["reason"]
    assert "Traceback" not in capsys.readouterr().err
