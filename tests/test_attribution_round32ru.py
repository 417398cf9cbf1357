"""News copy (attribution round 32, Russian): speech left to the narrator, as short invented articles (people
invented, countries and bodies real) that round 31's code gets wrong, with the ordinary copy each rule must leave
alone."""

from __future__ import annotations

from attribution_check import gold_speakers


def test_a_source_whose_complement_runs_past_the_reach_is_the_subject():
    # «Источник <outlet> в одной из …» is seven words or more before its verb (wire13, wire14, wire15)
    for sentence, role in (("Источник RTVI в одной из европейских делегаций рассказал, что часть стран готова платить.",
                            "[источник RTVI в одной из европейских делегаций]"),
                           ("Источник «Ъ» в правительстве одной из стран союза говорит, что дело не только в бюрократии.",
                            "[источник «Ъ» в правительстве одной из стран союза]"),
                           ("Источник в одном из постпредств стран ЕС в Брюсселе сообщил, что решение отложено.",
                            "[источник в одном из постпредств стран ЕС в Брюсселе]")):
        body = f"Переговоры прошли в столице.\n\n{sentence}\n"
        assert gold_speakers(body, "ru")[1] == role, sentence


def test_an_opening_title_in_another_case_or_clause_is_left_alone():
    for sentence in ("Источнику в одной из европейских делегаций вчера сообщили, что решение отложено.",
                     "Корреспондент «Известий» на месте событий в понедельник увидел длинные очереди.",
                     "Министр обороны Сирии во время визита в Москву на прошлой неделе подписал соглашение.",
                     "Ранее посланник ЕС по санкциям вылетел в Астану на переговоры."):
        body = f"Переговоры прошли в столице.\n\n{sentence}\n"
        assert gold_speakers(body, "ru")[1] is None, sentence
    # a headline whose label holds a verb: «Посланник … едет в Астану:» is no speaker's label (wire14)
    body = ("Посланник ЕС по санкциям едет в Астану: что ответили в Брюсселе на вопросы о визите\n\n"
            "Специальный посланник Евросоюза по вопросам санкций Мартин Келлер прибудет в Астану в понедельник.\n\n"
            "«Мы рассчитываем на диалог», — сказал Келлер журналистам.\n")
    assert gold_speakers(body, "ru") == [None, None, "Мартин Келлер"]


def test_a_body_by_a_common_noun_in_a_po_dannym_frame_speaks():
    # «по данным» + authorities, a bureau or an administration in the genitive (wire2, wire10, wire11, wire13, wire14,
    # wire17): the authorities are unnamed officials, the others the body
    for sentence, speaker in (("По данным кубинских властей, ураган повредил более 20 тысяч домов.", "[кубинские власти]"),
                              ("По данным властей Узбекистана, на заработках находятся более миллиона граждан.",
                               "[власти Узбекистана]"),
                              ("По данным Бюро национальной статистики, основными партнерами остаются Россия и Кыргызстан.",
                               "Бюро национальной статистики"),
                              ("По данным Северо-Западного таможенного управления, товарооборот вырос на треть.",
                               "Северо-Западное таможенное управление")):
        body = f"Переговоры прошли в столице.\n\n{sentence}\n"
        assert gold_speakers(body, "ru")[1] == speaker, sentence


def test_authorities_bureaus_and_administrations_outside_the_frame_are_left_alone():
    for sentence in ("Протестующие потребовали отставки местных властей.",
                     "Решение властей раскритиковали правозащитники.",
                     "Со слов сотрудника бюро, документы были готовы заранее.",
                     "По данным опроса, большинство граждан поддерживают решение.",
                     "По данным на 1 января, в стране работают 300 бюро."):
        body = f"Переговоры прошли в столице.\n\n{sentence}\n"
        assert gold_speakers(body, "ru")[1] is None, sentence
    body = "Министр Иван Петров прибыл в столицу.\n\nУправление проектом, по его словам, требует внимания.\n"
    assert gold_speakers(body, "ru")[1] == "Иван Петров"


def test_a_body_opening_the_sentence_with_an_impersonal_plural_stance_speaks():
    # «В <body> <object> поддерживают / не разделяют / связывают / рассчитывают / отнеслись» (wire4, wire12, wire13,
    # wire14, wire18)
    for sentence, body_name in (("В Смольном инициативу поддерживают.", "Смольный"),
                                ("В МИД России к инициативе отнеслись сдержанно.", "МИД России"),
                                ("В региональном правительстве связывают это с подорожанием патентов.",
                                 "региональное правительство")):
        body = f"Губернатор выступил на форуме.\n\n{sentence}\n"
        assert gold_speakers(body, "ru")[1] == body_name, sentence


def test_a_place_a_subject_or_no_comment_after_the_opening_is_left_alone():
    for sentence in ("В Минске обвинения отвергают.",  # a capital: the earlier sets coded it as narration
                     "В Сибири жители поддерживают инициативу.",
                     "В Москве проект поддерживают 70% опрошенных.",
                     "В МВД России ситуацию не прокомментировали.",
                     "В 2016 году епархия обратилась к губернатору с просьбой.",
                     "В ходе визита стороны поддерживали контакт с посольством.",
                     "В Казани проходят переговоры."):
        body = f"Губернатор выступил на форуме.\n\n{sentence}\n"
        assert gold_speakers(body, "ru")[1] is None, sentence
    body = "Посол выступил на форуме.\n\nКак уточнили в министерстве, встреча прошла в МИД Японии.\n"
    assert gold_speakers(body, "ru")[1] == "министерство"
