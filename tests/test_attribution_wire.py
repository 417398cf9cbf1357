"""Sentence-level attribution on more wire-copy shapes (issue #18, third round): each test is one
error class of the genre, on sentences the team wrote (the people and agencies are invented)."""

from __future__ import annotations

import pandas as pd

from analysis.attribution.mentions import mention_before
from analysis.corpus.news import article_sentences


def speakers(body: str, language: str) -> list:
    table = article_sentences(body, {"doc_id": "w", "language": language})
    return [None if pd.isna(s) else s for s in table["speaker"]]


def test_a_title_with_an_of_complement_before_the_name():
    mention = mention_before("Secretary of Defense Laura Brenner")
    assert (mention.name, mention.role) == ("Laura Brenner", "Secretary of Defense")
    assert mention_before("the representative of Brazil").name is None  # still a title's complement
    body = ("OSLO (Northwind News) - Minister of Foreign Affairs Tomas Varga spoke to reporters.\n\n"
            '"Nothing will change," Varga told the press on Tuesday. "We disagree often. That is normal."\n')
    assert speakers(body, "en") == ["Tomas Varga"] * 4


def test_a_title_after_the_name_is_not_part_of_the_name():
    body = ("Clara Ossei, the Health Minister paid tribute to the nurses.\n\n"
            "The Health Minister said the hospitals would stay open.\n")
    assert speakers(body, "en") == ["Clara Ossei", "Clara Ossei"]
    assert mention_before("Martin Luther King").name == "Martin Luther King"  # no "the": a name


def test_according_to_a_title_then_the_name_in_apposition():
    body = "According to the Riverside mayor, Dana Holt, on Sunday, the bridge would reopen in May.\n"
    assert speakers(body, "en") == ["Dana Holt"]
