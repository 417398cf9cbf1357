"""Transcript turns of guests (issue #18). kremlin.ru writes an interpreted turn as "Name (как переведено) :",
with the full name, one-letter words and, for some guests, a title and the name twice; a guest who speaks
Russian gets a plain full-name label inside a whitespace-normalised line. Found on news holdout4 (read once,
then used as development data); the texts here are the team's own, people and states invented."""

from __future__ import annotations

from attribution_check import gold_speakers


def test_an_interpreted_turn_is_the_guests_not_the_previous_speakers():
    body = ("Состоялась встреча Владимира Путина с Президентом Республики Веланд.\n"
            "В.Путин: Уважаемый господин Президент! Рады видеть Вас в Москве. Добро пожаловать! "
            "Жоао Перейра Сантуш (как переведено) : Спасибо за приглашение. Мы ценим наше партнёрство. "
            "В.Путин: Благодарю Вас.\n")
    assert gold_speakers(body, "ru") == [None, "Владимир Путин", "Владимир Путин", "Владимир Путин",
                                         "Жоао Перейра Сантуш", "Жоао Перейра Сантуш", "Владимир Путин"]


def test_interpreted_labels_with_initials_one_letter_words_or_a_title():
    body = ("В.Путин: Добро пожаловать, господин Министр. Ли Ю (как переведено) : Благодарю, господин Президент. "
            "В.Путин: Прошу Вас. Н.Альварес (как переведено): Наши страны друзья. "
            "В.Путин: Очень рады Вас видеть. Халид Бен Саад Аль Мансур Аль Мансур Халид Бен Саад Эмир Государства "
            "Заран (как переведено) : Большое спасибо.\n")
    speakers = gold_speakers(body, "ru")
    assert speakers[1] == "Ли Ю" and speakers[3].endswith("Альварес")
    assert speakers[-1] == "Халид Бен Саад Аль Мансур"  # the title and the second spelling come off


def test_a_full_name_label_starts_a_turn_only_inside_a_transcript():
    body = ("Владимир Путин встретился с главой общины Самуилом Гордоном.\n"
            "В.Путин: Рад Вас видеть. Как здоровье родителей? Самуил Гордон: Спасибо, всё хорошо. "
            "Мама передаёт Вам привет. В.Путин: Передайте и мой.\n")
    assert gold_speakers(body, "ru")[1:] == ["Владимир Путин", "Владимир Путин", "Самуил Гордон", "Самуил Гордон",
                                             "Владимир Путин"]
    # the same shape in news copy with no turn is not cut into a transcript
    news = "Министр Иван Орлов прибыл в Казань. Иван Орлов: новый мост откроют в мае.\n"
    assert "Иван Орлов" not in gold_speakers(news, "ru")[:1]
