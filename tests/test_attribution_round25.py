"""News copy (attribution round 25): kinds of error that recur on the wire sets (wire5, wire10, wire11 and wire12), each
as a short invented article (people invented, countries and bodies real) that round 24's code gets wrong, with the
ordinary copy each rule must leave alone."""

from __future__ import annotations

from attribution_check import gold_speakers, speakers


def test_a_channel_a_question_or_anonymity_between_a_russian_subject_and_its_verb():
    assert speakers("Посольство России в Чили в своем Telegram-канале назвало решение «недружественным шагом».\n",
                    "ru") == ["Посольство России"]
    assert gold_speakers("Депутат Госдумы Олег Ситников в своем блоге написал, что пошлины ударят по экспортерам.\n",
                         "ru") == ["Олег Ситников"]
    assert gold_speakers("Представитель МИД Латвии Инга Озола на вопрос Delfi ответила, что граница останется "
                         "закрытой.\n", "ru") == ["Инга Озола"]
    assert gold_speakers("Пресс-секретарь компании Ирина Белова в ответ на запрос РБК сообщила, что сделка закрыта.\n",
                         "ru") == ["Ирина Белова"]
    assert gold_speakers("Источник в правительстве на условиях анонимности сообщил, что решение отложено.\n",
                         "ru") == ["[источник]"]
    # the setting comes off only between a subject and its verb: no one else becomes the subject
    assert gold_speakers("Журналисты в блоге министра заметили, что пост удален.\n", "ru") == [None]
    assert gold_speakers("Пользователи в аккаунте посольства спросили, когда откроется визовый центр.\n", "ru") == [None]
    assert gold_speakers("Депутаты на запрос избирателей не ответили.\n", "ru") == [None]
    assert gold_speakers("Ответ на запрос депутатов подготовил Минфин.\n", "ru") == [None]


def test_a_name_set_off_by_commas_with_a_capitalised_office_or_after_a_role_speaks():
    for body, name in (
            ("Tendai Moyo, Zimbabwe's Refugee Relief and Resettlement Commissioner, said the camps were full.\n",
             "Tendai Moyo"),
            ("Briefing the Council, Ines Marlow, Special Representative of the Secretary-General for Haiti, said the "
             "vote was a signal.\n", "Ines Marlow"),
            ("The head of the observation mission, Dutch MEP Anouk Vermeer Bakker, said the count was clean.\n",
             "Anouk Vermeer Bakker"),
            ("The party's spokesperson on trade, Pieter van Rooyen, accused the government of drift.\n",
             "Pieter van Rooyen"),
            ("Her Spanish counterpart, Lucia Romero, argued that ports alone would not fix it.\n", "Lucia Romero")):
        assert gold_speakers(body, "en") == [name]
    # a capitalised appositive with no title, and a body before a description, stay as they were
    assert gold_speakers("Barclays, Britain's Biggest Bank by Assets, said profits fell.\n", "en") == [None]
    assert gold_speakers("The Foreign Office, Britain's diplomatic service, said it knew of the case.\n",
                         "en") == ["Foreign Office"]
    assert gold_speakers("The ministry, headed by Foreign Minister Darius Kalnas until Monday, said the talks would "
                         "resume.\n", "en") == ["ministry"]


def test_a_country_s_representative_is_no_envoy_whose_office_names_the_country_later():
    body = ("Ines Marlow, Special Representative of the Secretary-General for Haiti, said the vote was a signal.\n\n"
            "In the debate, the representative of Haiti said his Government was committed to the transition.\n")
    assert gold_speakers(body, "en") == ["Ines Marlow", "[representative of Haiti]"]
    body = ("Tom Hale, the representative of Haiti, said the vote was a signal.\n\n"
            "Later, the representative of Haiti said his Government was committed to the transition.\n")
    assert gold_speakers(body, "en") == ["Tom Hale", "Tom Hale"]
    body = ("Официальный представитель президента России Иван Петров заявил, что встреча состоится.\n\n"
            "Позже представитель президента добавил, что дата пока не определена.\n")
    assert gold_speakers(body, "ru") == ["Иван Петров", "Иван Петров"]


def test_an_officer_or_an_official_after_a_quote_is_the_person_just_introduced():
    body = ("Командир роты капитан Денис Орлов рассказал, что главной сложностью была связь.\n\n"
            "«На учениях мы отработали единые таблицы сигналов», — сказал офицер.\n")
    assert gold_speakers(body, "ru") == ["Денис Орлов"] * 2
    body = ("Глава регионального министерства Ольга Смирнова подтвердила, что переговоры идут.\n\n"
            "«Документы могут подписать уже осенью», — рассказала чиновница.\n")
    assert gold_speakers(body, "ru") == ["Ольга Смирнова"] * 2
    # an officer after a minister's words, or after narration about a detainee, is someone new
    assert gold_speakers("Министр Иван Петров заявил, что учения завершены.\n\n«Все задачи выполнены», — сказал "
                         "офицер.\n", "ru") == ["Иван Петров", "[офицер]"]
    assert gold_speakers("Полиция задержала Ивана Петрова.\n\n«Он сопротивлялся», — рассказал офицер.\n",
                         "ru") == [None, "[офицер]"]
    assert gold_speakers("Журналистка Анна Белова спросила министра о сроках.\n\n«Мы не торопимся», — ответил "
                         "чиновник.\n", "ru") == ["Анна Белова", "[чиновник]"]


def test_a_body_named_with_on_or_to_before_its_complement_speaks():
    assert speakers("The UN Working Group on Enforced Disappearances said the men were held without charge.\n",
                    "en") == ["UN Working Group on Enforced Disappearances"]
    assert speakers("In a statement, the French Mission to the United Nations said the vote was premature.\n",
                    "en") == ["French Mission to the United Nations"]
    # a title's complement stays the person's, and a document sent to a body is no body
    assert gold_speakers("Germany's ambassador to the United Nations said the vote was close.\n",
                         "en") == ["[Germany's ambassador to the United Nations]"]
    assert gold_speakers("The ministry's note to the Security Council said the strikes were legal.\n", "en") == [None]
