"""News copy (attribution round 22): kinds of error that recur on the Russian wire sets (tabloids, broadcasters,
regional copy), each as a short invented article (people invented, countries and bodies real) that round 21's code
gets wrong, with the ordinary copy each rule must leave alone."""

from __future__ import annotations

from attribution_check import gold_speakers


def test_a_quote_closed_by_a_describing_noun_is_the_person_named_last_as_a_subject():
    lawyer = ("Как пояснил его адвокат Иван Кротов, подзащитный намерен просить убежища.\n\n"
              "— Суд обязан будет это учесть, — уточнил юрист.\n")
    assert gold_speakers(lawyer, "ru") == ["Иван Кротов", "Иван Кротов"]
    expert = ("Руководитель аналитического центра Егор Шамшурин обращает внимание на новые ограничения.\n\n"
              "«Прямые ограничения почти исчерпаны», — пояснил эксперт.\n")
    assert gold_speakers(expert, "ru")[1] == "Егор Шамшурин"
    woman = ("Беженцы прибывают в лагерь. Одна из беженок, 34-летняя Фатима Алиева, добралась до лагеря пешком. "
             "«Мы шли три дня», — рассказала женщина.\n")
    assert gold_speakers(woman, "ru")[2] == "Фатима Алиева"


def test_a_describing_noun_stays_someone_new_after_an_object_an_office_or_the_other_gender():
    detained = "Полиция задержала Ивана Петрова в среду.\n\n— Мы обжалуем решение, — сказал юрист.\n"
    assert gold_speakers(detained, "ru")[1] == "[юрист]"
    detained_expert = "Власти задержали Анну Петрову. «Это провокация», — считает эксперт.\n"
    assert gold_speakers(detained_expert, "ru")[1] == "[эксперт]"
    office = "Президент Иван Петров подписал указ. «Это ошибка», — считает юрист.\n"
    assert gold_speakers(office, "ru")[1] == "[юрист]"
    minister = "Министр Мария Иванова рассказала о потерях. «Мы все потеряли», — сказала женщина.\n"
    assert gold_speakers(minister, "ru")[1] == "[женщина]"
    man = "Мария Иванова рассказала о потерях. «Мы все потеряли», — сказал мужчина.\n"
    assert gold_speakers(man, "ru")[1] == "[мужчина]"


def test_an_acronym_is_no_word_of_a_russian_persons_name():
    body = ("Страны АСЕАН становятся ключевым направлением, отмечает научный сотрудник ИМЭМО РАН Сергей Мальцев.\n\n"
            "— Малайзия долгое время была в тени соседей, — пояснил эксперт.\n")
    assert gold_speakers(body, "ru")[1] == "Сергей Мальцев"


def test_estimates_in_the_plural_are_the_bodys_words_and_vague_estimates_stay_narration():
    body = "Конфликт длится два года. По оценкам ООН, из-за него покинули дома более 12 миллионов человек.\n"
    assert gold_speakers(body, "ru")[1] == "ООН"
    for vague in ("По оценкам экспертов, рынок вырастет на 5%.\n",
                  "По предварительным оценкам, ущерб составил 2 млрд.\n",
                  "По оценкам, в стране проживает 5 млн человек.\n", "По оценкам аналитиков, инфляция замедлится.\n",
                  "По оценкам доклада, число беженцев выросло.\n"):
        assert gold_speakers(vague, "ru") == [None]


def test_a_reports_or_a_joint_statements_words_are_narration_and_a_bodys_statement_stays_its_own():
    report = "Как говорится в докладе генерального директора МАГАТЭ Ивана Петрова, запасы урана выросли.\n"
    assert gold_speakers(report, "ru") == [None]
    joint = "Об этом говорится в совместном заявлении сопредседателей комитета, опубликованном в пятницу.\n"
    assert gold_speakers(joint, "ru") == [None]
    assert gold_speakers("В докладе ООН говорится, что число беженцев выросло.\n", "ru") == [None]
    person = "Об этом говорится в заявлении министра обороны Ивана Петрова.\n"
    assert gold_speakers(person, "ru") != [None]  # a person's statement stays theirs
    office = "Об этом говорится в сообщении пресс-службы Кремля.\n"
    assert gold_speakers(office, "ru") == ["пресс-служба Кремля"]
    quoted = "МИД России опубликовал заявление. «Москва готова к диалогу», — говорится в документе.\n"
    assert gold_speakers(quoted, "ru") == ["МИД России", "МИД России"]
