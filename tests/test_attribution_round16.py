"""News copy (issue #18, round 16): wire and agency styles (the wire set's outlets): anonymous diplomats, ledes that
give a title before the name, "X says" headlines and stance verbs of wire copy. The texts are the team's own; the
people in them are invented, the countries real."""

from __future__ import annotations

from attribution_check import gold_speakers


def test_diplomats_who_speak_in_english_wire_copy_are_unnamed_officials():
    body = ("BRUSSELS (Reuters) - Talks on the package stalled on Wednesday. "
            "Two diplomats familiar with the talks said the main snag was the list of banks.\n\n"
            "The ministers took no decision, but diplomats said a new draft was being circulated.\n")
    assert gold_speakers(body, "en") == [None, "[diplomats familiar with the talks]", "[diplomats]"]
    vague = "Дипломаты заявили, что переговоры продолжатся.\n"
    assert gold_speakers(vague, "ru") == [None]  # a bare Russian group stays vague (round 6)


def test_a_states_minister_in_the_lede_is_the_person_named_next_and_a_principals_spokesman_is_not():
    body = ("WARSAW (AP) — Poland's foreign minister has rejected criticism of the vote, saying his country would not "
            "be lectured.\n\n"
            "Speaking in Warsaw, Adam Wolny said the vote had been fair.\n")
    assert gold_speakers(body, "en") == ["Adam Wolny", "Adam Wolny"]
    relay = ("Kowal's spokesman said the talks would resume on Monday.\n\n"
             "Speaking in Warsaw, Adam Wolny said the vote had been fair.\n")
    assert gold_speakers(relay, "en")[0] == "[Kowal's spokesman]"


def test_a_headline_that_ends_in_its_quote_is_a_heading_so_the_lede_after_it_names_the_title():
    body = ("Poland minister: 'We will not be lectured on elections'\n\n"
            "Poland's foreign minister has rejected criticism of the vote, saying his country would not be lectured.\n\n"
            "Speaking in Warsaw, Adam Wolny said the vote had been fair.\n\n"
            "\"We will not be lectured.\"\n")
    assert gold_speakers(body, "en")[1:3] == ["Adam Wolny", "Adam Wolny"]


def test_a_headline_that_credits_a_title_is_the_person_of_that_title_named_in_the_body():
    closing = ("Poland Open to Border Deal If Troops Leave, Minister Says\n\n"
               "(Bloomberg) -- Poland could accept a phased deal, the country's foreign minister said.\n\n"
               "\"We are ready to discuss a sequence,\" Foreign Minister Adam Wolny said in an interview.\n")
    assert gold_speakers(closing, "en")[0] == "Adam Wolny"
    opening = ("Envoy says Chile ready to work with UN on aid checks\n\n"
               "SANTIAGO — Chile is ready to work with the UN, envoy Pablo Serrat said on Tuesday.\n")
    assert gold_speakers(opening, "en") == ["Pablo Serrat", "Pablo Serrat"]
    russian = ("Норвегия предложила России восстановить авиасообщение - посол\n\n"
               "Норвегия готова обсуждать этот вопрос, заявил журналистам посол Норвегии в РФ Эрик Сандберг.\n")
    assert gold_speakers(russian, "ru") == ["Эрик Сандберг", "Эрик Сандберг"]
    sources = ("Talks stalled over bank list, sources say\n\n"
               "BRUSSELS — The talks stalled, Foreign Minister Adam Wolny said on Tuesday.\n")
    assert gold_speakers(sources, "en")[0] is None  # a source is unnamed by design


def test_stances_of_wire_copy_are_speech_and_the_same_verbs_with_other_objects_are_not():
    body = ("The talks resumed in Geneva on Monday. "
            "Chile's chief negotiator, Deputy Foreign Minister Ana Ruiz, struck a more cautious note.\n\n"
            "The observer mission said the vote was unfair. The head of the mission, Eva Lund, stood by its findings.\n\n"
            "Pedro Soto, the foreign minister of Peru, sees it differently.\n\n"
            "Diplomats insist the two are not linked.\n")
    assert gold_speakers(body, "en")[1:] == ["Ana Ruiz", "observer mission", "Eva Lund", "Pedro Soto", "[Diplomats]"]
    acts = "Eva Lund stood by her husband during the trial. Ana Ruiz struck a deal with the bank.\n"
    assert gold_speakers(acts, "en") == [None, None]


def test_an_interview_in_dash_turns_gives_questions_to_the_interviewer_and_answers_to_the_guest():
    body = ("«Мы не ждем быстрых решений»\n\n"
            "Переговоры Армении и Азербайджана возобновились в Вене. О том, чего ждать дальше, "
            "посол Армении в России Ашот Арутюнян рассказал нашему изданию.\n\n"
            "— Господин посол, стороны договорились о новых встречах. Это прорыв?\n\n"
            "— Прорывом я бы это не назвал. Но движение есть.\n\n"
            "— Как вы оцениваете позицию Москвы?\n\n"
            "— Мы благодарны за взвешенный подход.\n")
    assert gold_speakers(body, "ru") == (["Ашот Арутюнян", None, "Ашот Арутюнян"]
                                          + ["[представитель СМИ]"] * 2 + ["Ашот Арутюнян"] * 2
                                          + ["[представитель СМИ]", "Ашот Арутюнян"])
    listing = ("Посол Ашот Арутюнян рассказал о планах.\n\n"
               "— открытие визового центра;\n\n"
               "— новые рейсы в Ереван.\n")
    assert gold_speakers(listing, "ru")[1:] == [None, None]  # no questions: a list, not an interview


def test_a_headline_labelled_with_a_title_or_opened_by_a_title_that_speaks_is_the_person_of_that_title():
    labelled = ("Посол России в Сербии: Белграду нужно не опекунство, а партнерство\n\n"
                "Об этом в беседе с корреспондентом заявил посол России в Сербии Игорь Мальков.\n")
    assert gold_speakers(labelled, "ru")[0] == "Игорь Мальков"
    minister = ("Глава МИД Норвегии назвал условие для сделки по санкциям\n\n"
                "Министр иностранных дел Норвегии Виктор Хольм заявил, что страна готова к сделке.\n")
    assert gold_speakers(minister, "ru")[0] == "Виктор Хольм"
    english = ("Chile minister: 'We will not be lectured on elections'\n\n"
               "Chile's foreign minister has rejected criticism of the vote.\n\n"
               "Speaking in Santiago, Pablo Serrat said the vote had been fair.\n")
    assert gold_speakers(english, "en")[0] == "Pablo Serrat"


def test_where_a_russian_subject_spoke_comes_off_the_subject():
    body = ("Глава МИД Норвегии в интервью RT: наблюдатели приехали с готовыми выводами\n\n"
            "Министр иностранных дел Норвегии Виктор Хольм в интервью RT заявил, что доклад был готов заранее.\n\n"
            "Постпред Чили при ООН Пабло Серрат на заседании Совбеза в среду заявил, что блокпостов нет.\n\n"
            "Спецпредставитель генсекретаря ООН по Сирии Ханна Линд в распространенном после голосования заявлении "
            "призвала правительство открыть дороги. По ее словам, каждый день промедления опасен.\n")
    assert gold_speakers(body, "ru") == ["Виктор Хольм", "Виктор Хольм", "Пабло Серрат", "Ханна Линд", "Ханна Линд"]
