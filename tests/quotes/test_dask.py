"""quotes/dask.py and the Dask engine, on a real distributed.LocalCluster with 2 worker processes."""

from __future__ import annotations

import csv
import json

import pandas
import pytest

import analysis
import quotes
from quotes.cli import main
from tests.conftest import SEED

dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")

ARTICLES = [
    {"id": "s1", "text": SEED.read_text(encoding="utf-8"), "outlet": "A"},
    {"id": "s2", "text": '"We will win," Noem said. "We are ready," she added.', "outlet": "B"},
    {"id": "s3", "text": "No quotes here at all.", "outlet": "A"},
    {"id": "s4", "text": 'The officials called it "a disaster." "It is late," said Mr. Smith.', "outlet": "B"},
]


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    client = distributed.Client(cluster)
    yield client
    client.close()
    cluster.close()


def test_extract_frame_on_the_cluster_equals_the_local_run(client):
    local = quotes.extract_frame(pandas.DataFrame(ARTICLES))
    articles = dd.from_pandas(pandas.DataFrame(ARTICLES), npartitions=2)
    found = quotes.dask.extract_frame(articles)
    assert list(found.columns) == list(local.columns)
    computed = found.compute().reset_index(drop=True)
    pandas.testing.assert_frame_equal(computed, local, check_dtype=False)
    assert found.npartitions == 2


def test_aggregates_of_a_dask_frame_equal_the_local_ones(client):
    frame = quotes.extract_frame(pandas.DataFrame(ARTICLES))
    distributed_frame = quotes.dask.extract_frame(dd.from_pandas(pandas.DataFrame(ARTICLES), npartitions=3))
    for by in ("speaker", "verb", "article"):
        pandas.testing.assert_frame_equal(analysis.frequency(distributed_frame, by=by), analysis.frequency(frame, by=by))
    pandas.testing.assert_frame_equal(analysis.tone(distributed_frame), analysis.tone(frame))
    pandas.testing.assert_frame_equal(analysis.frequency(distributed_frame, group_by=["outlet"]),
                                      analysis.frequency(frame, group_by=["outlet"]))
    scored = analysis.tone(distributed_frame, by="quote")
    assert "polarity" in scored.columns and len(scored.compute()) == len(frame)


def test_missing_text_column_is_a_clear_error():
    with pytest.raises(quotes.InputFormatError, match="no text column 'text'"):
        quotes.dask.extract_frame(dd.from_pandas(pandas.DataFrame({"body": ["x"]}), npartitions=1))


def test_quotes_run_on_a_scheduler_writes_the_same_reports(client, tmp_path):
    source = tmp_path / "news.jsonl"
    source.write_text("\n".join(json.dumps(article) for article in ARTICLES) + "\n", encoding="utf-8")
    assert main(["run", str(source), "--out", str(tmp_path / "local"), "--jobs", "1", "--quiet"]) == 0
    assert main(["run", str(source), "--out", str(tmp_path / "dask"), "--engine", "dask",
                 "--scheduler", client.scheduler.address, "--quiet"]) == 0
    for report in ("quotes.csv", "frequency.csv", "tone.csv", "verbs.csv", "articles.csv"):
        assert (tmp_path / "dask" / report).read_text(encoding="utf-8") == \
            (tmp_path / "local" / report).read_text(encoding="utf-8"), report
    with open(tmp_path / "dask" / "frequency.csv", encoding="utf-8") as stream:
        assert next(csv.DictReader(stream))["speaker"] == "Kristi Noem"


def test_scheduler_without_dask_engine_is_a_usage_error(capsys):
    assert main(["run", str(SEED), "--scheduler", "tcp://127.0.0.1:1"]) == 2
    assert "--engine dask" in capsys.readouterr().err
