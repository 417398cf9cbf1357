"""Sentence-level attribution, tenth round (issue #18): outlet styles the Wikinews gold lacks — wire copy, agency
ledes, ministry briefings and press releases. No fresh set was left, so each class was found on articles the team
wrote in those styles; each test is one class, on sentences the team wrote (people, bodies and places invented)."""

from __future__ import annotations

from attribution_check import gold_speakers


def test_a_briefing_answer_turn_is_the_briefer_the_heading_names():
    # a ministry's Q/A transcript: «Вопрос:» is the press, «Ответ:» the spokesperson named only in the heading
    body = ("Брифинг официального представителя МИД России Марии Зорькиной, Москва, 12 марта\n\n"
            "Вопрос: Планирует ли министр визит в Турцию?\n\n"
            "Ответ: Такие планы пока не обсуждаются.\n\n"
            "Вопрос: Как в министерстве оценивают новые санкции?\n\n"
            "Ответ: Мы считаем их незаконными. Ответ последует.\n")
    assert gold_speakers(body, "ru") == [None, "[представитель СМИ]", "Мария Зорькина", "[представитель СМИ]",
                                         "Мария Зорькина", "Мария Зорькина"]
    body = ("Question: Will the minister travel to Brussels?\n\n"
            "Answer: We have nothing to announce.\n")
    assert gold_speakers(body, "en") == ["[journalist]", "[spokesperson]"]  # nobody named: an unnamed briefer


def test_a_named_line_inside_a_transcript_is_a_new_turn():
    # "Question: …" does not go on through the next line that names the spokesperson
    body = ("Daily press briefing by Foreign Ministry Spokesperson Liu Wenhai on March 4\n\n"
            "Question: Will the foreign minister travel to Brussels next week?\n\n"
            "Liu Wenhai: We have nothing to announce at this stage.\n\n"
            "Question: What about the new sanctions?\n\n"
            "Liu Wenhai: Our position has not changed.\n")
    assert gold_speakers(body, "en") == [None, "[journalist]", "Liu Wenhai", "[journalist]", "Liu Wenhai"]


def test_a_statement_named_by_its_issuer_is_the_issuers():
    # wire copy names the body before the noun: "a White House statement", "according to a Kremlin readout"
    body = ("The fighting in the north has stopped, a Norland Foreign Ministry statement said on Tuesday.\n\n"
            "The ceasefire talks will resume on Friday, according to a Kremlin readout.\n\n"
            "The two sides agreed to exchange prisoners, the readout said.\n")
    assert gold_speakers(body, "en") == ["Norland Foreign Ministry", "Kremlin", "Kremlin"]


def test_a_call_is_an_act_not_speech():
    # "spoke with X" / "spoke by phone", like a meeting, is narration; the readout it cites is the speaker
    body = ("President Ana Berg spoke with Chancellor Klaus Reimer on Monday, according to a White House readout.\n\n"
            "Berg spoke by phone with the Norland premier on Tuesday.\n\n"
            "Berg also spoke with her Veldan counterpart.\n\n"
            "Berg spoke to reporters after the call, saying the talks had gone well.\n")
    assert gold_speakers(body, "en") == ["White House", None, None, "Ana Berg"]
