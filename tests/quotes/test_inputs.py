"""quotes/inputs.py: every input format, ids, metadata, decoding and bad files."""

from __future__ import annotations

import codecs
import json

import pandas
import pytest

from quotes.errors import InputFormatError, InputNotFoundError
from quotes.errors import InputDecodeError
from quotes.inputs import decode_text, plan_inputs, read_articles


def read(paths, **options):
    return list(read_articles(plan_inputs(paths, **options), **options))


def test_folder_is_read_recursively_with_relative_ids(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text('"One," she said.', encoding="utf-8")
    (tmp_path / "b" / "c.md").write_text("Two.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("ignored", encoding="utf-8")
    articles = read([tmp_path])
    assert [article.article_id for article in articles] == ["a.txt", "b/c.md"]
    assert all(article.status == "ok" for article in articles)


def test_file_id_is_its_name(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Text.", encoding="utf-8")
    (article,) = read([path])
    assert article.article_id == "story.txt" and article.source == str(path) and article.text == "Text."


def test_jsonl_rows_carry_id_and_metadata(tmp_path):
    path = tmp_path / "news.jsonl"
    rows = [{"id": "x1", "text": "A.", "outlet": "Daily", "date": "2024-01-01"}, {"text": "B.", "outlet": "Weekly"}]
    path.write_text("\n".join(json.dumps(row) for row in rows), encoding="utf-8")
    first, second = read([path])
    assert first.article_id == "x1" and dict(first.metadata) == {"outlet": "Daily", "date": "2024-01-01"}
    assert second.article_id == "news.jsonl:2" and dict(second.metadata) == {"outlet": "Weekly"}


def test_jsonl_bad_lines_are_reported_not_dropped(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text('{"id": 1, "text": "A."}\nnot json\n[1, 2]\n{"id": 4, "text": ""}\n{"id": 5}\n', encoding="utf-8")
    statuses = [(article.article_id, article.status) for article in read([path])]
    assert statuses == [("1", "ok"), ("news.jsonl:2", "error"), ("news.jsonl:3", "error"), ("4", "empty"),
                        ("5", "error")]


def test_csv_and_tsv_with_custom_columns(tmp_path):
    frame = pandas.DataFrame({"key": ["k1", "k2"], "body": ['"Hi," she said.', "Plain."], "outlet": ["A", "B"]})
    frame.to_csv(tmp_path / "a.csv", index=False)
    frame.to_csv(tmp_path / "b.tsv", index=False, sep="\t")
    articles = read([tmp_path / "a.csv", tmp_path / "b.tsv"], text_col="body", id_col="key")
    assert [article.article_id for article in articles] == ["k1", "k2", "k1", "k2"]
    assert dict(articles[0].metadata) == {"outlet": "A"}


def test_parquet(tmp_path):
    pandas.DataFrame({"id": [7], "text": ["Words."], "outlet": ["P"]}).to_parquet(tmp_path / "a.parquet")
    (article,) = read([tmp_path / "a.parquet"])
    assert article.article_id == "7" and article.text == "Words." and dict(article.metadata) == {"outlet": "P"}


def test_missing_text_column_names_the_columns_that_exist(tmp_path):
    pandas.DataFrame({"id": [1], "body": ["x"]}).to_csv(tmp_path / "a.csv", index=False)
    with pytest.raises(InputFormatError, match=r"no text column 'text'; its columns are 'id', 'body'"):
        plan_inputs([tmp_path / "a.csv"])


def test_missing_path_is_an_error(tmp_path):
    with pytest.raises(InputNotFoundError, match="no such file"):
        plan_inputs([tmp_path / "nope.txt"])


def test_stdin_jsonl(tmp_path):
    import io

    stream = io.BytesIO(b'{"id": "s", "text": "From stdin."}\n')
    (article,) = list(read_articles(plan_inputs(["-"]), stdin=stream))
    assert article.article_id == "s" and article.text == "From stdin."


@pytest.mark.parametrize("data, text, encoding", [
    ("Café “quoted”".encode("utf-8"), "Café “quoted”", "utf-8"),
    (codecs.BOM_UTF8 + "Café".encode("utf-8"), "Café", "utf-8-sig"),
    ("Café “x”".encode("utf-16"), "Café “x”", "utf-16"),
    ("Café “x”".encode("cp1252"), "Café “x”", "cp1252"),
])
def test_decoding(data, text, encoding):
    assert decode_text(data) == (text, encoding)


@pytest.mark.parametrize("data, reason", [
    (bytes(range(256)) * 20, "binary file"),
    (b"\x00" * 400 + b"text", "NUL bytes"),
    (codecs.BOM_UTF16_LE + b"\x00\xd8", "UTF-16 byte-order mark"),
])
def test_binary_data_raises_input_decode_error(data, reason):
    with pytest.raises(InputDecodeError, match=reason):
        decode_text(data)


def test_binary_and_empty_files_are_listed_with_reasons(tmp_path):
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("  \n\n ", encoding="utf-8")
    (tmp_path / "good.txt").write_text("Fine.", encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    found = {article.article_id: (article.status, article.reason) for article in read([tmp_path])}
    assert found["binary.txt"][0] == "error" and "binary" in found["binary.txt"][1]
    assert found["empty.txt"][0] == "empty" and found["blank.txt"][0] == "empty"
    assert found["good.txt"] == ("ok", None)
    assert found["notes.pdf"][0] == "error" and "not a supported input type" in found["notes.pdf"][1]


def test_too_large_article_is_refused_with_the_limit(tmp_path):
    (tmp_path / "big.txt").write_text("word " * 1000, encoding="utf-8")
    (article,) = list(read_articles(plan_inputs([tmp_path / "big.txt"]), max_chars=100))
    assert article.status == "error" and "limit of 100 characters" in article.reason and "--max-chars" in article.reason
