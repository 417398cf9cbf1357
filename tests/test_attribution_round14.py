"""News copy (issue #18, round 14): error kinds the development news sets showed, most of them bodies as
speakers. The texts are the team's own; the people and bodies in them are invented."""

from __future__ import annotations

from attribution_check import speakers


def test_a_past_tense_without_l_is_speech_and_rejecting_a_bill_is_a_vote():
    body = ("Министр транспорта Олег Ларин отверг обвинения в сговоре с подрядчиком. "
            "Его заместитель Анна Ларина опровергла слухи об отставке. "
            "Накануне городской совет отверг законопроект о платных парковках.\n")
    assert speakers(body, "ru") == ["Олег Ларин", "Анна Ларина", None]
    english = "The Senate rejected the bill on Tuesday. The ministry rejected the claims as baseless.\n"
    assert speakers(english, "en") == [None, "ministry"]
