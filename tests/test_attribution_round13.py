"""News copy (issue #18, round 13): error kinds the news holdout sets showed. The texts are the team's own;
the people in them are invented."""

from __future__ import annotations

from analysis.corpus.news import article_sentences
from attribution_check import gold_speakers, speakers


def test_a_lone_name_the_writer_gives_after_named_or_a_pseudonym_is_a_new_speaker():
    body = ("Hundreds of people marched through the city centre on Sunday. "
            'A retired teacher named Okonkwo said, "We have waited long enough." '
            '"Nobody in the council listens to us. We will be back next week," said a nurse using the pseudonym Dara.\n')
    assert speakers(body, "en") == [None, "Okonkwo", "Dara", "Dara"]


def test_a_full_name_after_a_titles_complement_with_the_is_the_speaker():
    body = ("The withdrawal drew criticism from both parties. "
            'Former Ambassador to the United Nations Carla Brenner wrote on Twitter, "Our allies are watching. '
            'Leaving them now is a grave mistake." '
            'Speaker of the House Tom Whitcombe said, "We will hold hearings."\n')
    assert speakers(body, "en") == [None, "Carla Brenner", "Carla Brenner", "Tom Whitcombe"]


def test_a_gendered_title_before_a_name_keeps_she_from_resolving_to_him():
    body = ("Lena Marsh addressed reporters in Geneva on Friday. "
            "The day before, Crown Prince Tariq Alnour accepted responsibility for the attack. "
            'She said, "An apology is not justice." '
            'Spokeswoman Ada Quill later met Minister Omar Reyes. She told reporters, "The talks went well."\n')
    assert speakers(body, "en") == [None, None, "Lena Marsh", None, "Ada Quill"]


def test_a_spokesperson_for_a_named_principal_is_the_unnamed_speaker_not_the_principal():
    english = ("A ceasefire collapsed overnight. A spokesman for President Ivan Petrov said the talks would resume. "
               '"We are shocked," said a spokeswoman for Secretary-General Ana Lima.\n')
    table = article_sentences(english, {"doc_id": "s", "language": "en"})
    assert table["speaker"].isna().all()
    assert list(table["principal"][1:]) == ["Ivan Petrov", "Secretary-General Ana Lima"]
    russian = "Перемирие было сорвано ночью. Представитель президента Ивана Смирнова заявил, что переговоры продолжатся.\n"
    assert gold_speakers(russian, "ru") == [None, "[представитель президента Ивана Смирнова]"]
    # the spokesperson's own name, in the nominative, is the speaker
    named = "Пресс-секретарь президента Дмитрий Сорокин заявил, что переговоры продолжатся.\n"
    assert gold_speakers(named, "ru") == ["Дмитрий Сорокин"]


def test_an_outlet_named_in_guillemets_after_an_inverted_verb_is_the_source():
    body = ("В Казани задержан бывший чиновник. Его обвиняют в получении взятки, сообщает «Вечерний курьер». "
            "Суд арестовал его на два месяца, пишет «Городские вести».\n")
    assert speakers(body, "ru") == [None, "Вечерний курьер", "Городские вести"]


def test_a_lawyer_for_a_named_client_is_the_unnamed_speaker_not_the_client():
    english = "The trial of Omar Haddad opened on Monday. A lawyer for Omar Haddad said his client was innocent.\n"
    assert gold_speakers(english, "en") == [None, "[a lawyer for Omar Haddad]"]
    russian = "В суде начался процесс над Петром Насиром. Адвокат Насира заявил, что его подзащитный невиновен.\n"
    assert gold_speakers(russian, "ru") == [None, "[адвокат Насира]"]
    named = "Адвокат Иван Смирнов заявил, что его подзащитный невиновен.\n"
    assert gold_speakers(named, "ru") == ["Иван Смирнов"]


def test_a_dash_quote_closed_by_a_verb_joined_with_and_is_the_last_speakers():
    body = ("Министр финансов Олег Дронов заявил, что бюджет будет исполнен. "
            "«Это обычное колебание доходов», — и добавил, что резервов хватит до конца года.\n")
    assert speakers(body, "ru") == ["Олег Дронов", "Олег Дронов"]


def test_a_title_named_later_is_that_person_only_when_the_office_is_the_same():
    body = ('A passenger plane skidded off the runway on Friday.\n\nThe regional health minister said, "The injured are '
            'in hospital." Prime Minister Rafael Ortiz said the inquiry would be thorough.\n')
    assert gold_speakers(body, "en") == [None, "[regional health minister]", "Rafael Ortiz"]
    same = ('Ukraine\'s defense minister said Sunday that new systems had arrived. "They are already protecting our '
            'cities," Defense Minister Petro Hnat said.\n')
    assert speakers(same, "en") == ["Petro Hnat", "Petro Hnat"]


def test_a_model_number_is_never_a_persons_name_for_a_pronoun_to_find():
    body = ("Local police interviewed Mara Quist on Monday about the collision. "
            "Witnesses said a grey Volvo XC90 had crossed into the oncoming lane. "
            "Police were able to determine the Volvo had come from the air base. "
            "She told police she had diplomatic immunity.\n")
    assert speakers(body, "en")[-1] == "Mara Quist"


def test_imperfective_past_claims_and_denials_are_speech():
    body = ("Компания отчиталась о прибыли. Глава «Северной нефти» Игорь Лаптев утверждал, что добыча выросла. "
            "Министр Анна Белова уверяла, что налоги не повысят. Пресс-служба компании опровергала эти сведения.\n")
    assert speakers(body, "ru")[:3] == [None, "Игорь Лаптев", "Анна Белова"]


def test_review_a_quoted_word_or_the_paper_told_is_never_the_source():
    """After review: only a quoted name in the nominative that nothing but «со ссылкой» follows is an outlet."""
    assert speakers("Суд рассмотрит жалобу в марте. Решение приняли единогласно, сообщили «Известиям» в пресс-службе "
                    "суда.\n", "ru")[1] != "Известиям"
    assert speakers("Суд рассмотрит жалобу в марте. Решение приняли единогласно, сообщили «РИА Новости» в пресс-службе "
                    "суда.\n", "ru")[1] != "РИА Новости"
    assert speakers("Посол выступил в Совбезе. Заявление назвали «провокацией».\n", "ru")[1] != "провокацией"
    assert speakers("Переговоры прошли в Минске. Стороны договорились о новой встрече, пишет «Коммерсантъ».\n",
                    "ru")[1] == "Коммерсантъ"


def test_review_a_spokesman_for_the_office_keeps_his_own_name_and_a_possessive_names_the_principal():
    body = ("The talks resumed in New York. Spokesman for the Secretary-General Oren Vasquez told reporters, "
            '"The parties are talking." Hal Brecken\'s spokesman said the talks would resume.\n')
    assert speakers(body, "en")[1:] == ["Oren Vasquez", None]


def test_review_a_chairman_can_be_she():
    body = 'Party Chairman Lin Meihua spoke in Taipei on Monday. She said, "We will not give up."\n'
    assert speakers(body, "en") == ["Lin Meihua", "Lin Meihua"]
