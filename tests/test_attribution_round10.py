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


def test_an_honorific_before_a_lone_surname_is_a_person():
    # UN meetings coverage names delegates only as "Mr. X (Country)"; a pronoun then finds the last of them
    body = ("Mr. Okafor (Nigeria) said his delegation supported the draft.\n\n"
            "Ms. Lindgren (Sweden) said the text did not go far enough.\n\n"
            "She added that the vote should be delayed.\n\n"
            '"We will not retreat," Mr. Hale said.\n')
    assert gold_speakers(body, "en") == ["Okafor", "Lindgren", "Lindgren", "Hale"]


def test_a_quotation_resumed_after_its_attribution_with_a_dash_goes_on():
    # agency copy: «…», — заявил X. — «…».
    body = ("«Никаких переговоров не будет», — заявил Интерфаксу глава комитета по обороне Андрей Карцев. — "
            "«Позиция неизменна».\n\n"
            "«Мы ожидаем, что стороны выполнят договорённости», — подчеркнула официальный представитель министерства "
            "Мария Зорькина на брифинге в четверг. — «Иного пути нет».\n")
    assert gold_speakers(body, "ru") == ["Андрей Карцев", "Андрей Карцев", "Мария Зорькина", "Мария Зорькина"]


def test_appearing_at_an_event_is_no_speech_but_speaking_out_is():
    body = ("Вице-премьер Австрии Ян Берг выступил на форуме в Санкт-Петербурге.\n\n"
            "Постпред России при ООН Василий Небенко назвал резолюцию политизированной. Он выступил на заседании "
            "Совета Безопасности в четверг.\n\n"
            "Министр Алексей Чекунов выступил с заявлением по итогам встречи.\n\n"
            "Министр Алексей Чекунов выступил против санкций.\n\n"
            "Министр Алексей Чекунов выступил на заседании, заявив, что санкции незаконны.\n")
    assert gold_speakers(body, "ru") == [None, "Василий Небенко", None, "Алексей Чекунов", "Алексей Чекунов",
                                         "Алексей Чекунов"]


def test_a_name_with_initials_is_a_person_and_the_same_as_the_full_name():
    # ministry press releases write «С.В.Лавров»: the initials are no prepositions («с», «в»), and the patronymic's
    # initial does not stop «С.В.Лавров» from being «Сергей Лавров»
    body = ("По словам С.В.Лаврентьева, Москва готова к диалогу.\n\n"
            "«Мы готовы», — подчеркнул С. В. Лаврентьев.\n")
    assert gold_speakers(body, "ru") == ["С В Лаврентьев"] * 2
    body = ("Министр иностранных дел России Сергей Лаврентьев прибыл в Вену.\n\n"
            "С.В.Лаврентьев подчеркнул, что Москва готова к диалогу.\n\n"
            "В Москве прошёл саммит.\n")
    assert gold_speakers(body, "ru") == [None, "Сергей Лаврентьев", None]


def test_there_after_a_body_that_spoke_is_its_staff():
    # «В Кремле заявили … . Там также подчеркнули …»: the body again; «Там» after a place is no one
    body = ("В Кремле заявили, что не комментируют сообщения СМИ.\n\n"
            "Там также подчеркнули, что позиция Москвы неизменна.\n")
    assert gold_speakers(body, "ru") == ["Кремль", "Кремль"]
    assert gold_speakers("Делегация прибыла в Вену. Там заявили, что готовы.\n", "ru") == [None, None]


def test_a_list_of_further_speakers_is_the_reporters():
    # UN meetings coverage closes with who else spoke: no one's words
    body = ("The representative of France said the resolution was a first step.\n\n"
            "Also speaking were the representatives of Japan, Brazil and Malta.\n")
    assert gold_speakers(body, "en") == ["[representative of France]", None]


def test_an_east_asian_surname_that_reads_as_a_russian_word_is_a_name():
    # agency copy quotes China's ministers as «Ван И», «Ван Ли»: not "van" and "and"
    body = ("Глава МИД КНР Ван И провёл переговоры.\n\n"
            "Ван И подчеркнул, что Пекин готов к диалогу.\n\n"
            "«Мы за мир», — сказал Ван И.\n\n"
            "По словам Ван И, Китай поддерживает мирные усилия.\n")
    assert gold_speakers(body, "ru") == [None] + ["Ван И"] * 3
    body = ("Министр торговли КНР Ван Ли прибыл в Москву.\n\n"
            "По словам Ван Ли, товарооборот вырос.\n\n"
            "И Ван Ли, и его коллеги провели переговоры.\n")
    assert gold_speakers(body, "ru") == [None, "Ван Ли", None]


def test_words_an_agency_relays_are_the_person_or_body_quoted():
    # "X was quoted by TASS as saying", "Interfax quoted the ministry as saying": X, never the agency
    body = ("Deputy Foreign Minister Oleg Tamm arrived in Geneva on Monday.\n\n"
            '"We will respond," Tamm was quoted as saying by Interfax.\n\n'
            "Tamm was quoted by the TASS news agency as saying the talks were useful.\n\n"
            "State news agency RIA quoted the defence ministry as saying the drills were over.\n")
    assert gold_speakers(body, "en") == [None, "Oleg Tamm", "Oleg Tamm", "defence ministry"]


def test_local_officials_titles_are_titles_not_part_of_the_name():
    # wire copy quotes harbour masters, superintendents and sheriffs: the name is the person's, the title the role
    body = ('"The port is closed. Ships are turning back," said Harbour Master Ola Lind.\n\n'
            "Police Superintendent Mark Doyle said two men were arrested.\n\n"
            "County Sheriff Ana Ruiz told reporters the road was closed.\n")
    assert gold_speakers(body, "en") == ["Ola Lind", "Ola Lind", "Mark Doyle", "Ana Ruiz"]
