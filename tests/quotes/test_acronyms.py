"""Acronyms: initials of organisation names, and the evidence an article gives that they are one."""

from __future__ import annotations

import pytest

from quotes.acronyms import acronym_key, initials, spelled_acronyms


@pytest.mark.parametrize("name, expected", [
    ("Securities and Exchange Commission", ("SEC",)),
    ("Standard and Poor's Corp", ("SPC", "SP")),  # with and without the company form
    ("Federal Deposit Insurance Corp", ("FDIC", "FDI")),
    ("Brunswick Corp", ()),  # one word and a company form: no initials anyone writes
    ("NCNB Corp", ()),  # a word that is an acronym itself
    ("International Business Machines Corp", ("IBMC", "IBM")),
    ("the senator", ()),
])
def test_initials(name, expected):
    assert initials(name) == expected


@pytest.mark.parametrize("name, expected", [("S.E.C.", "SEC"), ("S and P", "SP"), ("S&P", "SP"), ("BBC", "BBC"),
                                            ("Reagan", ""), ("G7", ""), ("A", "")])
def test_acronym_key(name, expected):
    assert acronym_key(name) == expected


def test_an_article_links_an_acronym_only_when_it_writes_it():
    names = {"Securities and Exchange Commission", "Bank of British Columbia", "Standard and Poor's Corp"}
    text = "The Securities and Exchange Commission said ... the S.E.C. added. S and P cut it. The BBCs of this world."
    assert spelled_acronyms(text, names) == {("SEC", "Securities and Exchange Commission"),
                                             ("SP", "Standard and Poor's Corp")}
    assert spelled_acronyms("The SECURITY council", {"Securities and Exchange Commission"}) == set()
