"""The README is the user's door: every command, option and report column must be in it."""

from __future__ import annotations

import re

import pytest

from analysis.counts import SPEAKER_COLUMNS, VERB_COLUMNS
from analysis.reports import ARTICLE_COLUMNS, REPORTS
from analysis.sentiment import SPEAKER_TONE_COLUMNS, TONE_COLUMNS
from quotes.cli import build_parser
from quotes.frames import QUOTE_COLUMNS
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def subcommands():
    parser = build_parser()
    action = next(action for action in parser._actions if action.__class__.__name__ == "_SubParsersAction")
    return action.choices


@pytest.mark.parametrize("name", sorted(subcommands()))
def test_every_subcommand_is_documented_and_has_an_example(name):
    assert f"quotes {name}" in README
    parser = subcommands()[name]
    assert "example" in (parser.epilog or "")
    for action in parser._actions:
        for option in action.option_strings:
            if option.startswith("--") and option != "--help":
                assert option in README, f"{option} of quotes {name} is not in the README"


@pytest.mark.parametrize("column", sorted(set(QUOTE_COLUMNS + TONE_COLUMNS + SPEAKER_COLUMNS + VERB_COLUMNS
                                              + SPEAKER_TONE_COLUMNS + ARTICLE_COLUMNS)))
def test_every_report_column_is_documented(column):
    assert f"`{column}`" in README


@pytest.mark.parametrize("report", REPORTS)
def test_every_report_is_documented(report):
    assert f"**{report}**" in README


def test_the_two_setup_commands_are_in_the_readme_and_ci():
    assert "pip install . && quotes run" in README
    test_command = re.search(r"pip install '\.\[test\]' && pytest -q", README)
    assert test_command is not None
    assert test_command.group() in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
