"""analysis/reports.py: the five reports, formula safety, atomic writing, and the seed run."""

from __future__ import annotations

import csv
import json
import os

import pandas
import pytest
from textblob import TextBlob

import analysis
import quotes
from analysis.reports import AtomicCsv, neutralise
from quotes.cli import main
from tests.conftest import SEED


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


@pytest.mark.parametrize("dangerous", ["=1+1", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\tx", "\r=y", "=HYPERLINK(x)"])
def test_formula_starts_are_neutralised(dangerous):
    assert neutralise(dangerous) == "'" + dangerous


@pytest.mark.parametrize("safe", ["-3", "+1.5", "-0.25e3", "plain text", "", 42, -0.5, None])
def test_numbers_and_plain_text_stay(safe):
    assert neutralise(safe) == safe


def test_a_quote_beginning_with_equals_is_neutralised_in_quotes_csv(tmp_path):
    frame = quotes.extract_frame('"=HYPERLINK(\\"http://evil\\") is a trap," she said.')
    analysis.write_reports(frame, tmp_path)
    (row,) = read_csv(tmp_path / "quotes.csv")
    assert row["text"].startswith("'=HYPERLINK")
    assert float(row["start"]) >= 0  # numbers stay numbers


def test_write_reports_writes_six_reports_with_headers_and_the_front_page(tmp_path, frame):
    paths = analysis.write_reports(frame, tmp_path, group_by=["outlet"])
    assert sorted(path.name for path in paths.values()) == sorted(
        ["quotes.csv", "frequency.csv", "tone.csv", "verbs.csv", "articles.csv", "speaker_names.csv", "index.html"])
    frequency = read_csv(tmp_path / "frequency.csv")
    assert list(frequency[0])[:3] == ["outlet", "speaker", "quotes"]
    articles = read_csv(tmp_path / "articles.csv")
    assert [row["article_id"] for row in articles] == ["a1", "a2"]
    assert not [name for name in os.listdir(tmp_path) if name.endswith(".tmp")]


def test_write_reports_lists_articles_without_quotes(tmp_path, frame):
    import pandas

    analysis.write_reports(frame, tmp_path, articles=pandas.DataFrame({"article_id": ["a0", "a1", "a2"],
                                                                       "date": ["d0", "d1", "d2"]}))
    rows = {row["article_id"]: row for row in read_csv(tmp_path / "articles.csv")}
    assert set(rows) == {"a0", "a1", "a2"} and rows["a0"]["quotes"] == "0" and rows["a0"]["date"] == "d0"


def test_an_interrupted_write_leaves_the_old_report(tmp_path):
    path = tmp_path / "quotes.csv"
    path.write_text("old report\n", encoding="utf-8")
    with pytest.raises(KeyboardInterrupt):
        with AtomicCsv(path, ["a"]) as report:
            report.write({"a": 1})
            raise KeyboardInterrupt
    assert path.read_text(encoding="utf-8") == "old report\n"
    assert os.listdir(tmp_path) == ["quotes.csv"]


def test_a_failing_run_leaves_all_old_reports(tmp_path, monkeypatch):
    assert main(["run", str(SEED), "--out", str(tmp_path), "--quiet"]) == 0
    before = {path.name: path.read_bytes() for path in tmp_path.iterdir()}

    def explode(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("analysis.reports.ReportWriter.commit", explode)
    with pytest.raises(RuntimeError):
        main(["run", str(SEED), "--out", str(tmp_path), "--quiet"])
    assert {path.name: path.read_bytes() for path in tmp_path.iterdir()} == before


def test_seed_run_reports(tmp_path, capsys):
    assert main(["run", str(SEED), "--out", str(tmp_path)]) == 0
    frequency = read_csv(tmp_path / "frequency.csv")
    assert frequency[0]["speaker"] == "Kristi Noem" and frequency[0]["quotes"] == "4"
    # two fragments of one sentence ('thanked ... for "bringing ..." and described the prison as "one of ..."'): one utterance
    assert (frequency[0]["direct"], frequency[0]["mixed"], frequency[0]["indirect"]) == ("2", "1", "1")
    embassy = next(row for row in frequency if row["speaker"] == "US Embassy in El Salvador")
    assert (embassy["quotes"], embassy["indirect"], embassy["mixed"]) == ("1", "1", "0")  # one utterance, fragment inside
    tone = {row["speaker"]: row for row in read_csv(tmp_path / "tone.csv")}
    assert tone["Kristi Noem"]["quotes"] == "3"  # her own words only: reported speech is the writer's wording
    assert "human rights advocates" not in tone and tone["US Embassy in El Salvador"]["quotes"] == "1"
    for row in read_csv(tmp_path / "quotes.csv"):
        if row["kind"] == "indirect":  # reported speech: the writer's wording, scored only when asked
            assert row["polarity"] == row["subjectivity"] == row["tone"] == ""
            continue
        polarity, subjectivity = TextBlob(row["text"]).sentiment
        assert float(row["polarity"]) == polarity and float(row["subjectivity"]) == subjectivity
    out = capsys.readouterr().out
    assert "Kristi Noem" in out and "top verbs" in out
    # advocates, family members, Salvadoran authorities and the legal team that asked the court to rule:
    # 4 of 11 attributed utterances unnamed
    assert "attributed to unnamed sources                   36.4%" in out
    (article,) = read_csv(tmp_path / "articles.csv")
    assert article["unnamed_share"] == "0.3636"


def _articles():
    from quotes.model import Article

    texts = {"a": '"We will win," Noem said. "The plan works," she added.', "b": '"No," said Ann Lee.',
             "c": 'Officials met. "It is late," a spokesman said.'}
    return [Article(key, f"{key}.txt", text, (("outlet", "X" if key != "b" else "Y"),)) for key, text in texts.items()]


def test_one_road_a_stream_and_a_frame_give_the_same_tallies(tmp_path):
    from quotes.pipeline import extract_articles

    streamed = analysis.write_reports(extract_articles(_articles()), tmp_path / "stream", group_by=["outlet"])
    frame = quotes.extract_frame(pandas.DataFrame({"id": [a.article_id for a in _articles()],
                                                   "text": [a.text for a in _articles()],
                                                   "outlet": [dict(a.metadata)["outlet"] for a in _articles()]}))
    framed = analysis.write_reports(frame, tmp_path / "frame", group_by=["outlet"])
    for name in ("frequency.csv", "tone.csv", "verbs.csv"):
        assert read_csv(streamed[name]) == read_csv(framed[name]), name
    assert "Kristi" not in streamed.summary and "Noem" in streamed.summary and streamed.failures == ()
    assert set(streamed) == {*analysis.reports.REPORTS, "index.html"}


def test_a_group_by_column_no_article_has_writes_no_report(tmp_path):
    from quotes.pipeline import extract_articles

    with pytest.raises(quotes.errors.ColumnError, match="no such column 'date' to group by; the columns are 'outlet'"):
        analysis.write_reports(extract_articles(_articles()), tmp_path, group_by=["date"])
    assert not list(tmp_path.iterdir())


def test_name_based_gender_is_opt_in_and_kept_apart(tmp_path, capsys):
    from quotes.cli import main

    article = tmp_path / "a.txt"
    article.write_text('Ngozi Okafor opened the food bank. "We see new families," Okafor said.\n\n'
                       'Chukwuemeka Obi said demand had doubled.\n\n"We need more," said Okafor.', encoding="utf-8")
    assert main(["run", str(article), "--out", str(tmp_path / "plain"), "--quiet"]) == 0
    assert "name_gender" not in read_csv(tmp_path / "plain" / "frequency.csv")[0]
    assert main(["run", str(article), "--out", str(tmp_path / "named"), "--name-gender"]) == 0
    rows = {row["speaker"]: row for row in read_csv(tmp_path / "named" / "frequency.csv")}
    okafor, obi = rows["Ngozi Okafor"], rows["Chukwuemeka Obi"]
    assert (okafor["name_gender"], okafor["gender"]) == ("female", "unknown")  # the name's, not the text's
    assert float(okafor["name_female_probability"]) >= 0.9
    assert obi["name_gender"] == "male" and float(obi["name_female_probability"]) <= 0.1
    quotes_rows = read_csv(tmp_path / "named" / "quotes.csv")
    assert {row["name_gender"] for row in quotes_rows if row["speaker"] == "Ngozi Okafor"} == {"female"}
    assert "people's quotes by given name (name table)" in capsys.readouterr().out


CORPUS_NAMES = {
    "a": 'Ronald Reagan spoke on Monday. "We will act," Reagan said.',
    "b": '"Taxes will fall," Reagan said.',
    "c": 'The Securities and Exchange Commission (SEC) said the rule would stand.',
    "d": 'The SEC said it would appeal.',
    "e": '"No," Bill Clinton said. "Yes," Hillary Clinton said.',
    "f": '"Maybe," Clinton said.',
    "g": "Standard and Poor's Corp said the rating would stay. S and P cut it in 1986.",
    "h": 'S and P said the outlook was stable.',
    "h2": "Standard and Poor's Corp said it was watching. S and P said more in May.",
    "i": 'The Bank of British Columbia said profits rose.',  # no article links it to the broadcaster
    "j": 'The BBC said the programme would return.',
    "k": 'Dennis Charles said the team was ready.',
    "l": '"We are ready," Charles said.',  # a given name alone: not a surname to merge
    "m": 'Texaco Inc said oil prices would rise. Texaco Inc said it would appeal.',
    "n": 'Texaco said it was ready.',
    # one body in British and in American spelling, both linked to its acronym: one speaker, under the more quoted
    "o": 'The Organisation for Economic Cooperation and Development (OECD) said growth would slow. The OECD said it was worried.',
    "p": 'The Organization for Economic Cooperation and Development (OECD) said trade would grow.',
    "q": 'The OECD said inflation would fall.',
    # one firm written in two ways of capitals: one speaker, under the more quoted
    "r": 'GenCorp Inc said it would sell the unit. GenCorp Inc said talks went on.',
    "s": 'Gencorp Inc said the sale was near.',
}


@pytest.mark.parametrize("road", ["frame", "stream"])
def test_a_surname_and_an_acronym_are_one_speaker_across_the_corpus(tmp_path, road):
    if road == "frame":
        frame = quotes.extract_frame(pandas.DataFrame({"id": list(CORPUS_NAMES), "text": list(CORPUS_NAMES.values())}))
        reports = analysis.write_reports(frame, tmp_path)
    else:
        source = tmp_path / "corpus.jsonl"
        source.write_text("".join(json.dumps({"id": key, "text": text}) + "\n" for key, text in CORPUS_NAMES.items()),
                          encoding="utf-8")
        assert main(["run", str(source), "--out", str(tmp_path / "out"), "--quiet", "--no-index"]) == 0
        reports = {name: tmp_path / "out" / name for name in ("frequency.csv", "tone.csv", "speaker_names.csv", "quotes.csv")}
    frequency = {row["speaker"]: row for row in read_csv(reports["frequency.csv"])}
    assert frequency["Ronald Reagan"]["quotes"] == "2" and frequency["Ronald Reagan"]["articles"] == "2"
    assert frequency["Securities and Exchange Commission"]["quotes"] == "2"
    assert frequency["Standard and Poor's Corp"]["quotes"] == "3"  # two letters: two articles link them
    assert "Reagan" not in frequency and "SEC" not in frequency and "S and P" not in frequency
    assert "Clinton" in frequency  # two full names end in Clinton: merged into neither
    assert {"BBC", "Bank of British Columbia", "Charles", "Dennis Charles"} <= set(frequency)
    assert {row["speaker"]: row["quotes"] for row in read_csv(reports["tone.csv"])}["Ronald Reagan"] == "2"
    assert read_csv(reports["speaker_names.csv"]) == [
        {"speaker": "Gencorp Inc", "corpus_speaker": "GenCorp Inc", "reason": "spelling"},
        {"speaker": "OECD", "corpus_speaker": "Organisation for Economic Cooperation and Development", "reason": "acronym"},
        {"speaker": "Organization for Economic Cooperation and Development",
         "corpus_speaker": "Organisation for Economic Cooperation and Development", "reason": "spelling"},
        {"speaker": "Reagan", "corpus_speaker": "Ronald Reagan", "reason": "surname"},
        {"speaker": "S and P", "corpus_speaker": "Standard and Poor's Corp", "reason": "acronym"},
        {"speaker": "SEC", "corpus_speaker": "Securities and Exchange Commission", "reason": "acronym"},
        {"speaker": "Texaco", "corpus_speaker": "Texaco Inc", "reason": "company form"}]
    assert frequency["Texaco Inc"]["quotes"] == "3"
    assert frequency["Organisation for Economic Cooperation and Development"]["quotes"] == "4"
    assert {row["speaker"] for row in read_csv(reports["quotes.csv"])} >= {"Reagan", "SEC"}  # articles' own names
