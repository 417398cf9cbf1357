"""News copy (review of attribution round 22, issue #18): the probe kinds round 22 broke, each as a short invented
article (people invented, countries and bodies real) that the code after round 23 gets wrong, with the copy each
fix must leave alone."""

from __future__ import annotations

from attribution_check import gold_speakers


def test_estimates_closed_by_a_plural_common_noun_stay_narration_whatever_comes_before_it():
    for vague in ("По оценкам опрошенных агентством экономистов, ставка останется прежней.\n",
                  "По оценкам опрошенных РБК экономистов, инфляция по итогам года составит 7%.\n",
                  "Инфляция, по оценкам независимых аналитиков, замедлится.\n"):
        assert gold_speakers(vague, "ru") == [None]
    body = "По оценкам Всемирного банка, экономика Египта вырастет на 3% в этом году.\n"
    assert gold_speakers(body, "ru") != [None]  # a body's estimates stay its own
    named = "По оценкам директора института Ивана Мухина, реформа обойдется в 200 млрд рублей.\n"
    assert gold_speakers(named, "ru") == ["Иван Мухин"]


def test_a_bodys_statement_about_a_report_stays_the_bodys():
    for statement, body in (("Об этом говорится в заявлении МИД России по докладу ООН.\n", "МИД России"),
                            ("Об этом говорится в заявлении Минздрава по исследованию вакцины.\n", "Минздрав"),
                            ("Об этом говорится в заявлении Госдепартамента США о докладе Amnesty International.\n",
                             "Госдепартамент США")):
        assert gold_speakers(statement, "ru")[0] not in (None, "[]"), statement
        assert body.split()[0][:5] in gold_speakers(statement, "ru")[0]
    report = "Об этом говорится в опубликованном в среду докладе ООН.\n"
    assert gold_speakers(report, "ru") == [None]  # the report's own words stay narration


def test_a_describing_noun_is_the_last_person_who_spoke_not_someone_named_since():
    expert = ("Политолог Андрей Волков считает, что выборы пройдут спокойно. Кандидат от оппозиции Сергей Рыбаков "
              "тем временем провел митинг в Самаре.\n\n«Явка будет ниже, чем пять лет назад», — пояснил эксперт.\n")
    assert gold_speakers(expert, "ru")[2] == "Андрей Волков"
    woman = ("Учительница Светлана Гордеева рассказала, что школа осталась без отопления. Директор школы Нина Абрамова "
             "отправила письмо в управление образования.\n\n«Дети сидят на уроках в куртках», — сказала женщина.\n")
    assert gold_speakers(woman, "ru")[2] == "Светлана Гордеева"
    frame = ("Врач-инфекционист Марина Соболева рассказала, что заболеваемость гриппом растет. Министр здравоохранения "
             "региона Алексей Кудрин в среду посетил больницу. По мнению специалиста, пик придется на конец января.\n")
    assert gold_speakers(frame, "ru")[2] == "Марина Соболева"
    alone = "Пенсионерка Галина Орлова потеряла дом. «Вода поднялась за час», — рассказала женщина.\n"
    assert gold_speakers(alone, "ru")[1].endswith("Галина Орлова")  # nobody spoke: the person named as a subject


def test_a_describing_noun_respects_the_verbs_gender_a_profession_a_post_an_object_and_a_death():
    gender = ("Пациентка Ольга Белова рассказала, что ждала операцию полгода.\n\n"
              "«Очередь на такие операции расписана до весны», — пояснил специалист.\n")
    assert gold_speakers(gender, "ru")[1] == "[специалист]"
    defendant = ("Обвиняемый Артем Носов заявил в суде, что не признает вину. "
                 "«Доказательств в деле нет», — добавил юрист.\n")
    assert gold_speakers(defendant, "ru")[1] == "[юрист]"
    arrested = ("Бизнесмен Аркадий Зотов в четверг был арестован по делу о мошенничестве.\n\n"
                "— Арест не имеет никаких правовых оснований, — сказал юрист.\n")
    assert gold_speakers(arrested, "ru")[1] == "[юрист]"
    director = ("Пожар в торговом центре потушен, сообщил директор центра Ильдар Гарипов. "
                "«Мы с женой как раз выбирали телевизор», — рассказал мужчина.\n")
    assert gold_speakers(director, "ru")[1] == "[мужчина]"
    detained = "Полиция Франции задержала в аэропорту Мари Лефевр.\n\n— Мы обжалуем задержание, — заявила юрист.\n"
    assert gold_speakers(detained, "ru")[1] == "[юрист]"
    dead = "Водитель легковушки Игорь Тихонов погиб на месте.\n\n«Он даже не успел затормозить», — рассказал мужчина.\n"
    assert gold_speakers(dead, "ru")[1] == "[мужчина]"
    lawyer = ("Как рассказал агентству адвокат задержанной Путу Ардана, ей грозит депортация. Защита будет "
              "ходатайствовать о выезде, уточнил юрист.\n")
    assert gold_speakers(lawyer, "ru") == ["Путу Ардана", "Путу Ардана"]  # the verb's gender, not the name's


def test_a_speech_subject_followed_by_where_they_work_is_the_person():
    body = ("В разговоре с «МК» африканист Игорь Шелестов из Института Африки РАН напомнил, что прежние перемирия "
            "рушились.\n")
    assert gold_speakers(body, "ru") == ["Игорь Шелестов"]
