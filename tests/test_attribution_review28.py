"""Review of attribution round 28: the two new readings of a named subject reached too far. The Russian cut of when and
where a subject spoke («… в среду в Аддис-Абебе») took an indeclinable foreign first name (Франсуа, Кэтрин, Джо) for a
nominative in any case: the name of a visit, a call or a meeting, or a genitive after a title, became the speaker, and
the phrase it dropped could hold the real one. The English "X and Y" office pair dropped any left name with a title word
in it, so a surname that is a title word ("Senator Tom King", "Governor Alan Pope") gave the sentence to the second
person. Short invented articles (people invented, countries and bodies real)."""

from __future__ import annotations

from attribution_check import gold_speakers


def test_a_phrase_after_the_name_that_holds_its_own_subject_stays():
    # the visit's or the meeting's name is no subject: the title and name after it speak
    for sentence, name in (("Во время визита Франсуа Леруа в Москву министр иностранных дел России Игорь Сомов заявил, "
                            "что отношения улучшаются.", "Игорь Сомов"),
                           ("После переговоров Франсуа Леруа в Берлине канцлер Германии Ханс Вебер заявил, что позиции "
                            "совпадают.", "Ханс Вебер"),
                           ("После встречи с Кэтрин Уолш в Брюсселе глава МИД Ирана Али Резаи заявил, что переговоры "
                            "продолжатся.", "Али Резаи")):
        body = f"Накануне состоялся телефонный разговор лидеров.\n\n{sentence}\n"
        assert gold_speakers(body, "ru")[1] == name, sentence
    # a title alone in the phrase, the person named in the sentence before
    body = ("Премьер-министр Канады Марк Левеск вернулся из Вашингтона.\n\nРазговор с Кэтрин Уолш в среду в Белом доме "
            "премьер назвал продуктивным.\n")
    assert gold_speakers(body, "ru")[1] == "Марк Левеск"


def test_an_indeclinable_first_name_before_an_oblique_surname_is_no_subject():
    body = ("Сенатор Джо Ландерс отказался от интервью.\n\nПресс-секретарь Джо Ландерса в Вашингтоне заявил, что "
            "сенатор не будет комментировать расследование.\n")
    assert gold_speakers(body, "ru")[1].startswith("[пресс-секретарь Джо Ландерса")


def test_a_name_after_words_that_no_title_opens_is_no_subject():
    # «После звонка Кэтрин Уолш …»: the call's name; the located body speaks, as before round 28
    body = ("Накануне состоялся телефонный разговор лидеров.\n\nПосле звонка Кэтрин Уолш в среду в Кремле заявили, что "
            "разговор был конструктивным.\n")
    assert gold_speakers(body, "ru")[1] == "Кремль"
    # the round's own subjects, each after a nominative title or opening the sentence, still come off (wire8, wire14)
    for sentence, name in (("Министр финансов Эфиопии Мулугета Вондимагегн в среду в Аддис-Абебе назвал договоренность "
                            "«важным шагом».", "Мулугета Вондимагегн"),
                           ("Андрей Лапшин во время недавнего визита в Тирасполь указал, что Москва выступает за "
                            "диалог.", "Андрей Лапшин")):
        body = f"Переговоры прошли в столице.\n\n{sentence}\n"
        assert gold_speakers(body, "ru")[1] == name, sentence


def test_a_surname_that_is_a_title_word_still_names_the_first_of_a_pair():
    for sentence, name in (("Senator Tom King and Representative Ann Ross said the bill would lower drug prices.",
                            "Tom King"),
                           ("Governor Alan Pope and Lieutenant Governor Rita Diaz said the budget protected schools.",
                            "Alan Pope"),
                           ("Foreign Minister Grant Bishop and his Japanese counterpart Kenji Mori said the "
                            "partnership was strong.", "Grant Bishop")):
        body = f"Talks were held in Amman.\n\n{sentence}\n"
        assert gold_speakers(body, "en")[1] == name, sentence
    # a left "name" of title words and office qualifiers alone is still one office before the name (round 28)
    for sentence, name in (("Former President and Nobel laureate Maria Okafor said the vote was fair.", "Maria Okafor"),
                           ("Deputy Prime Minister and Minister of Foreign Affairs Amal Haddad said access was vital.",
                            "Amal Haddad")):
        body = f"Talks were held in Amman.\n\n{sentence}\n"
        assert gold_speakers(body, "en")[1] == name, sentence
