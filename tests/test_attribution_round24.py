"""News copy (attribution round 24): kinds of error that recur on the wire sets (wire11, wire10 and wire4), each as a
short invented article (people invented, countries and bodies real) that round 23's code gets wrong, with the
ordinary copy each rule must leave alone."""

from __future__ import annotations

from attribution_check import gold_speakers, speakers

from analysis.corpus.news import article_sentences


def test_a_body_with_a_long_name_speaks():
    russian = ("Министерство энергетики и природных ресурсов Турции сообщило, что поставки газа вырастут. "
               "Ведомство пообещало опубликовать условия договора.\n")
    assert speakers(russian, "ru") == ["Министерство энергетики и природных ресурсов Турции"] * 2
    inverted = "Сделка подписана на пять лет, сообщило министерство труда и социальной защиты Казахстана.\n"
    assert speakers(inverted, "ru") == ["министерство труда и социальной защиты Казахстана"]
    english = ("Ukraine returned 84 prisoners of war on Monday, the Coordination Headquarters for the Treatment of "
               "Prisoners of War said.\n")
    assert speakers(english, "en")[0].startswith("Coordination Headquarters for the Treatment")
    according = "Pledges exceeded $1.8 billion, according to the French Ministry for Europe and Foreign Affairs.\n"
    assert speakers(according, "en")[0].startswith("French Ministry for Europe and Foreign Affairs")


def test_a_long_body_name_leaves_its_titled_people_and_documents_alone():
    assert gold_speakers("Глава министерства энергетики и природных ресурсов Турции Алпарслан Байрактар заявил, что "
                         "поставки вырастут.\n", "ru") == ["Алпарслан Байрактар"]
    assert gold_speakers("Министр энергетики и природных ресурсов Турции заявил, что поставки вырастут.\n",
                         "ru") == ["[министр энергетики]"]
    assert gold_speakers("Доклад министерства экономики и финансов показал, что инфляция растет.\n", "ru") == [None]
    assert gold_speakers("Minister of Trade and Industry John Mensah said the tariffs would stay.\n",
                         "en") == ["John Mensah"]
    assert gold_speakers("A report by the Ministry of Health and Social Affairs said infections rose.\n",
                         "en") == [None]


def test_a_department_and_a_diplomatic_mission_are_bodies():
    assert speakers("В департаменте объясняют решение нехваткой денег.\n", "ru") == ["департамент"]
    assert speakers("Переговоры ведутся на уровне центральных банков, уточнили в диппредставительстве.\n",
                    "ru") == ["диппредставительство"]
    assert gold_speakers("Директор департамента Иван Петров заявил, что сроки сдвинутся.\n", "ru") == ["Иван Петров"]


def test_declaring_something_an_emergency_is_an_act_even_with_its_object_between():
    body = ('The United States Department of Health and Human Services declared the outbreak a "public health '
            'emergency" on January 31.\n')
    assert gold_speakers(body, "en") == [None]
    assert gold_speakers('The Department of Health declared the outbreak a "public health emergency".\n',
                         "en") == [None]
    assert gold_speakers('The mayor declared the "emergency" a hoax invented by rivals.\n', "en") == ["[mayor]"]
    assert gold_speakers("The president declared that the emergency was over.\n", "en") == ["[president]"]


def test_an_outlet_after_a_neuter_verb_of_an_earlier_report_is_a_body():
    for body, outlet in (("Как сообщало БелТА, Литва закрыла пункты пропуска.\n", "БелТА"),
                         ("Как сообщало ИА Регнум, в Сейме отклонили предложение.\n", "Регнум")):
        table = article_sentences(body, {"doc_id": "w", "language": "ru"})
        assert (table["speaker"].tolist(), table["speaker_kind"].tolist()) == ([outlet], ["institution"])
    assert gold_speakers("Как сообщал Иван Петров, Литва закрыла пункты пропуска.\n", "ru") == ["Иван Петров"]
    assert gold_speakers("Как сообщала Мария Белова, Литва закрыла пункты пропуска.\n", "ru") == ["Мария Белова"]
