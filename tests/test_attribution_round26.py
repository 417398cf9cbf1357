"""News copy (attribution round 26): interview and press-conference turns inside news articles (wire7, wire11,
wire13), each kind as a short invented article (people invented, countries and bodies real) that round 25's code gets
wrong, with the ordinary copy each rule must leave alone."""

from __future__ import annotations

from attribution_check import gold_speakers

_OUTLET_INTERVIEW = (
    "Что означает решение для региона, «НГ» спросила у политолога, доцента МГУ Ильи Соколова.\n\n"
    "«НГ»: — Можно ли говорить о кризисе?\n\n"
    "— Я бы не спешил с выводами. Союз переживал и не такое.\n\n"
    "«НГ»: — А что дальше?\n\n"
    "— Дальше будут переговоры.\n")


def test_the_guest_a_lead_introduces_answers_the_dash_turns_and_an_outlet_label_asks():
    assert gold_speakers(_OUTLET_INTERVIEW, "ru") == [
        None, "[представитель СМИ]", "Илья Соколов", "Илья Соколов", "[представитель СМИ]", "Илья Соколов"]
    # the guest the lead introduces, not an official who spoke before the turns
    body = ("О том, что ждет страну, «МК» поговорил с научным сотрудником ИМЭМО Павлом Гущиным.\n\n"
            "Накануне глава ЦИК Анна Воронова заявила, что к голосованию все готово.\n\n"
            "— Почему коалиции так быстро распадаются?\n\n"
            "— Партнеры не доверяют друг другу.\n\n"
            "— Изменится ли курс?\n\n"
            "— Принципиально — нет.\n")
    assert gold_speakers(body, "ru") == [None, "Анна Воронова", "[представитель СМИ]", "Павел Гущин",
                                         "[представитель СМИ]", "Павел Гущин"]


def test_a_credited_interviewer_asks_the_questions():
    body = ("О сотрудничестве двух стран в интервью РИА Новости рассказал посол России в Чили Олег Рябов. "
            "Беседовала Ирина Лосева.\n\n"
            "— Олег Петрович, как вы оцениваете отношения?\n\n"
            "— Отношения стабильные.\n\n"
            "— Есть ли перспективы в торговле?\n\n"
            "— Перспективы есть.\n")
    assert gold_speakers(body, "ru") == ["Олег Рябов", None, "Ирина Лосева", "Олег Рябов", "Ирина Лосева",
                                         "Олег Рябов"]


def test_an_exchange_under_capitalised_labels_goes_to_the_named_guest_and_the_asking_outlet():
    body = ("Lucía Ferrer, Chile's deputy interior minister, says shelters are full.\n\n"
            "NPR: Who is arriving now?\n\n"
            "FERRER: Mostly families. Many sold everything.\n\n"
            "NPR: Who pays for the return?\n\n"
            "FERRER: In part, we do.\n")
    assert gold_speakers(body, "en") == ["Lucía Ferrer", "NPR", "Lucía Ferrer", "Lucía Ferrer", "NPR",
                                         "Lucía Ferrer"]


def test_ordinary_copy_with_dashes_colons_and_capitals_is_left_alone():
    # a quoted exchange whose turns carry their own attribution is a reportage, not an interview
    body = ("Корреспондент «МК» поговорил с жителем села Иваном Гусевым.\n\n"
            "— Вода пришла ночью? — спросил корреспондент.\n\n"
            "— Ночью, — ответил Гусев.\n\n"
            "— А помощь? — уточнил журналист.\n\n"
            "— Никакой, — сказал он.\n")
    assert gold_speakers(body, "ru")[2:4] == ["Иван Гусев", "[журналист]"]
    # a talk between two people before a quoted exchange is no interview lead
    body = ("Губернатор Олег Дронов поговорил с президентом Владимиром Путиным по телефону. Беседовали около часа.\n\n"
            "— Как дела в регионе?\n\n— Стабильно.\n\n— Урожай?\n\n— Хороший.\n")
    assert set(gold_speakers(body, "ru")) == {None}
    # bullet points with dashes after a lead are no turns
    body = ("Министр финансов Антон Силин поговорил с журналистами о бюджете.\n\n"
            "— расходы на оборону;\n\n"
            "— расходы на медицину;\n\n"
            "— дотации регионам.\n")
    assert gold_speakers(body, "ru")[1:] == [None, None, None]
    # datelines, credits, updates and Axios headings under capitals or colons stay narration
    for body in ("MOSCOW: Russia and Kazakhstan signed a deal on Friday.\n\nSOURCE: AL JAZEERA\n",
                 "UPDATE: The vote was delayed.\n\nUPDATE: The vote is now set for Monday.\n\n"
                 "UPDATE: Will it hold?\n\nUPDATE: Nobody knows?\n",
                 "Why it matters: The deal covers grain.\n\nZoom in: Who pays?\n\nDriving the news: Talks end today.\n"):
        assert set(gold_speakers(body, "en")) == {None}
    # two capitalised labels, the answering one the surname of no one named: its answers stay unattributed
    body = "CNN: What happened?\n\nWITNESS: A blast.\n\nCNN: Where?\n\nWITNESS: At the port.\n"
    assert gold_speakers(body, "en")[1::2] == [None, None]
