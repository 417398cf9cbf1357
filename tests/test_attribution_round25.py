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
