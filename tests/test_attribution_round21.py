"""News copy (attribution round 21): kinds of error that recur on the Russian and English wire sets, each as a short
invented article (people invented, countries and bodies real) that round 20's code gets wrong, with the ordinary copy
each rule must leave alone."""

from __future__ import annotations

from attribution_check import gold_speakers


def test_the_agencys_interlocutor_keeps_the_unnamed_sources_own_description():
    body = ("Россия и Эфиопия согласовали параметры реструктуризации долга. Источник, знакомый с ходом переговоров, "
            "сообщил агентству, что разногласия сохраняются. «Компромисс пока не найден», — пояснил собеседник "
            "агентства.\n")
    assert gold_speakers(body, "ru")[1:] == ["[источник]", "[источник]"]
    second = ("Источник в правительстве сообщил, что решение принято. Собеседник «Ведомостей» в Минфине уточнил, "
              "что сроки не определены.\n")
    assert gold_speakers(second, "ru")[0] == "[источник в правительстве]"


def test_a_title_whose_complement_points_back_at_the_body_finds_its_holder():
    spokeswoman = ("Официальный представитель МИД России Елена Сурина заявила, что Москва рассчитывает на диалог. "
                   "«Министры обсудят ключевые вопросы», — сказала официальный представитель ведомства.\n")
    assert gold_speakers(spokeswoman, "ru") == ["Елена Сурина", "Елена Сурина"]
    envoy = ("Такое мнение высказал посол России в Японии Геннадий Ларин. «Возобновление переговоров невозможно», — "
             "пояснил глава дипмиссии.\n")
    assert gold_speakers(envoy, "ru") == ["Геннадий Ларин", "Геннадий Ларин"]
    other_office = ("Министр обороны Иван Петров заявил, что учения пройдут осенью. «Учения будут масштабными», — "
                    "сказал представитель ведомства.\n")
    assert gold_speakers(other_office, "ru")[1] == "[представитель ведомства]"  # a minister is no spokesman
    head = ("Представитель МИД Казахстана Айдар Смаилов заявил, что консультации продолжатся. Глава ведомства ранее "
            "назвал переговоры сложными.\n")
    assert gold_speakers(head, "ru")[1] == "[глава ведомства]"


def test_a_line_linking_to_another_article_is_narration_and_leaves_no_speaker():
    body = ("Москва рассчитывает на диалог, заявил министр Иван Петров.\n\n"
            "Читайте также: В МИД России оценили перспективы реформы Совбеза ООН\n")
    assert gold_speakers(body, "ru") == ["Иван Петров", None]
    english = "Read also: Ukraine says EU must act faster, minister says\n\nThe summit opened on Monday.\n"
    assert gold_speakers(english, "en") == [None, None]
    topic = "По теме выступления министр Иван Петров заявил, что реформа нужна.\n"  # no label: a sentence
    assert gold_speakers(topic, "ru") == ["Иван Петров"]


def test_a_long_russian_office_before_a_name_keeps_the_name_the_verbs_subject():
    minister = ("Министр труда, миграции и занятости населения Таджикистана Фаррух Давлатзода в комментарии "
                "«Известиям» подтвердил, что переговоры идут.\n")
    assert gold_speakers(minister, "ru") == ["Фаррух Давлатзода"]
    director = ("Директор женевской правозащитной организации «Право на развитие» Амината Сиссе в комментарии агентству "
                "отметила, что исключения не работают. «Банки отказываются проводить платежи», — добавила она.\n")
    assert gold_speakers(director, "ru") == ["Амината Сиссе", "Амината Сиссе"]
    envoy = ("Министр иностранных дел Казахстана Айдар Смаилов заявил, что проект важен. Специальный представитель "
             "президента РК по Афганистану Нурбек Касымов в свою очередь сообщил, что работа завершается.\n")
    assert gold_speakers(envoy, "ru")[1] == "Нурбек Касымов"  # no name at the verb: the title is read near it only


def test_a_headline_credited_to_a_source_is_the_unnamed_source_of_the_lede():
    russian = ("Москва и Баку договорились о консультациях по Каспию — источник\n\n"
               "Россия и Азербайджан проведут консультации, сообщил источник, знакомый с ходом подготовки встречи.\n")
    assert gold_speakers(russian, "ru")[0] == "[источник]"
    english = ("Mexico seeks steel quota deal with US, sources say\n\n"
               "MEXICO CITY (Reuters) - Mexico has proposed capping its steel exports, three sources familiar with the "
               "talks said.\n")
    assert gold_speakers(english, "en")[0] == "[three sources familiar with the talks]"
    named = ("Москва и Баку договорились о консультациях — источник\n\n"
             "Россия и Азербайджан проведут консультации, заявил министр Иван Петров.\n")
    assert gold_speakers(named, "ru")[0] is None  # never the named person the lede quotes
    open_source = ("Open source software gains ground, analysts say\n\n"
                   "Open source software is spreading, a source at the company said.\n")
    assert gold_speakers(open_source, "en")[0] is None
