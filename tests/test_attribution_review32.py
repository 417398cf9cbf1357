"""Review of attribution round 32 (issue #18): the regressions a probe review found, as short invented articles
(people invented, countries, capitals and bodies real): a capital that only names a place or acts, "added to" an
audience, and a Russian located body whose verb keeps, calculates or classifies, or whose subject follows the verb."""

from __future__ import annotations

from attribution_check import gold_speakers


def _second(sentence: str, language: str = "en") -> str | None:
    opening = "Talks were held in Brussels." if language == "en" else "Губернатор выступил на форуме."
    return gold_speakers(f"{opening}\n\n{sentence}\n", language)[1]


def test_a_capital_that_acts_or_modifies_a_noun_is_no_government():
    for sentence in ("Athens has welcomed record numbers of tourists this year.",
                     "Budapest residents said the bridge had been closed for months.",
                     "Nairobi has said goodbye to its last trolleybus.",
                     "Doha welcomed the first cruise ship of the season on Monday.",
                     "Madrid announced a 2-1 win over Sevilla in a post on X."):
        assert _second(sentence) is None, sentence


def test_a_later_speaker_wins_over_a_capital():
    assert _second("Athens warned of heavy rain on Tuesday, the weather service said.") == "weather service"


def test_a_capital_with_a_clause_a_call_or_a_stance_still_speaks():
    for sentence, capital in (("Kigali denies the claims.", "Kigali"),
                              ("Kampala expressed hope that talks would resume.", "Kampala"),
                              ("Kinshasa accuses Kigali of backing the rebels.", "Kinshasa")):
        assert _second(sentence) == capital, sentence


def test_added_to_an_audience_or_to_that_with_a_clause_is_speech():
    body = "Amina Yusuf met the governor on Monday. Yusuf added to reporters that the talks would resume next week.\n"
    assert gold_speakers(body, "en") == [None, "Amina Yusuf"]
    body = "Peter Holm said the plan was flawed. Holm added to that a warning that costs would double.\n"
    assert gold_speakers(body, "en") == ["Peter Holm", "Peter Holm"]


def test_a_located_body_that_keeps_calculates_or_classifies_is_no_speaker():
    for sentence in ("В МВД поддерживают связь с семьей задержанного.",
                     "В МИД поддерживают контакты с посольством.",
                     "В Минфине рассчитывают налог по новой формуле с января.",
                     "В Минздраве отнесли препарат к списку жизненно важных.",
                     "В Государственной думе законопроект поддерживают все фракции."):
        assert _second(sentence, "ru") is None, sentence


def test_a_located_body_counting_on_something_speaks_in_the_nominative():
    for sentence, name in (("В полиции рассчитывают на помощь свидетелей.", "полиция"),
                           ("В Минфине рассчитывают, что доходы вырастут.", "Минфин"),
                           ("В Государственной думе инициативу поддерживают.", "Государственная дума"),
                           ("В Смольном инициативу поддерживают.", "Смольный")):
        assert _second(sentence, "ru") == name, sentence
