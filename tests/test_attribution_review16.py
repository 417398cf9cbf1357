"""Review of attribution rounds 15-16 (issue #18): the reviewer's probes that rounds 15-16 broke, each with the rule
narrowed back. The texts are the team's own; the people in them are invented, the countries real."""

from __future__ import annotations

from attribution_check import gold_speakers


def test_a_possessed_body_needs_the_pronoun_to_open_the_subject():
    critics = "Governor Ana Ruiz faces a recall vote. Critics of her administration say she has mishandled the budget.\n"
    assert gold_speakers(critics, "en") == [None, None]  # (was: "administration of Ana Ruiz")
    guests = "Singer Lena Varga turned 40 on Saturday. Guests at her party said the evening ended at dawn.\n"
    assert gold_speakers(guests, "en") == [None, None]
    office = "Senator Tom Reyes was taken to hospital. His office said he was recovering from surgery.\n"
    assert gold_speakers(office, "en") == [None, "office of Tom Reyes"]  # (kept)


def test_a_relaying_title_again_is_the_named_holder_of_that_title_before():
    body = ("Mayor Lin Chen's spokesman, Tom Reed, said on Monday the mayor would not resign. "
            "Her spokesman added that an audit was under way.\n")
    assert gold_speakers(body, "en") == ["Tom Reed", "Tom Reed"]  # (was: "[spokesman]")
    ru = ("Официальный представитель президента Иван Сомов заявил, что встреча состоится. "
          "Представитель президента также отметил, что повестка согласована.\n")
    assert gold_speakers(ru, "ru") == ["Иван Сомов", "Иван Сомов"]
    unnamed = "Senator Ann Dale was taken to hospital on Monday. Her spokesman said she was in good spirits.\n"
    assert gold_speakers(unnamed, "en") == [None, "[spokesman]"]  # (kept: no named spokesman before)


def test_a_states_title_in_the_lede_is_never_someone_named_next_with_another_title():
    analyst = ("Poland's foreign minister said on Monday that Warsaw would veto the plan. "
               "\"This is unacceptable,\" said Marek Nowak, an analyst at the Warsaw Institute.\n")
    assert gold_speakers(analyst, "en")[0] == "[Poland's foreign minister]"  # (was: Marek Nowak)
    other = ("Brazil's foreign minister said on Tuesday the summit would go ahead. "
             "Argentine President Javier Milei said he would not attend.\n")
    assert gold_speakers(other, "en")[0] == "[Brazil's foreign minister]"  # (was: Javier Milei)


def test_a_headline_act_is_no_credit_and_a_lede_speaker_of_another_title_is_not_the_headlines():
    act = ("Prime minister calls snap election\n\n"
           "Prime Minister Jan Kowal on Monday called an early election for June. The vote will be held a year early.\n")
    assert gold_speakers(act, "en")[0] is None  # (was: Jan Kowal; calling an election is an act)
    ru = ("Президент Сербии объявил чрезвычайное положение\n\n"
          "Президент Сербии Александр Вучич ввел режим ЧС в трех регионах из-за наводнений.\n")
    assert gold_speakers(ru, "ru")[0] is None
    chief = ("Ceasefire holding, army chief says\n\n"
             "The ceasefire in the east held overnight, Defence Minister Ana Ruiz said on Monday.\n")
    assert gold_speakers(chief, "en")[0] is None  # (was: the Defence Minister)
    unnamed = ("Oil prices rise, minister says\n\n"
               "Oil prices will rise, the Saudi energy minister said on Monday. "
               "Analyst Ivan Petrov of Sberbank said supply was tight.\n")
    assert gold_speakers(unnamed, "en")[0] is None  # (was: the analyst)


def test_an_english_headline_label_credits_only_quoted_words():
    topic = "New prime minister: five things to know\n\nJan Kowal was sworn in on Monday. He said his priority was the economy.\n"
    assert gold_speakers(topic, "en")[0] is None  # (was: Jan Kowal, direct)


def test_a_vote_a_ruling_or_an_act_needs_its_object_to_close_the_clause():
    leader = ("Senate Majority Leader John Thune confirmed the nomination vote would take place on Thursday. "
              "Council spokesman Jan Berg confirmed the budget would be cut by 5%.\n")
    assert gold_speakers(leader, "en") == ["John Thune", "Jan Berg"]  # (was: a vote, narration)
    chair = "Председатель комитета Госдумы по обороне Иван Петров выразил доверие министру обороны.\n"
    assert gold_speakers(chair, "ru") == ["Иван Петров"]  # the committee's chairman, not the Duma, heads the subject
    assert gold_speakers("The Senate confirmed the nomination on Tuesday.\n", "en") == [None]
    stance = ("The Kremlin dismissed the charges as Russophobic hysteria. "
              "The ministry denied the request had ever been received. The judge dismissed the lawsuit on Friday.\n")
    assert gold_speakers(stance, "en") == ["Kremlin", "ministry", None]  # (was: narration, narration)
    mourning = "President Ana Ruiz declared the nation was in mourning after the crash.\n"
    assert gold_speakers(mourning, "en") == ["Ana Ruiz"]  # (was: a day of mourning declared)


def test_a_figure_given_needs_at_a_line_held_ends_at_as_and_reports_to_is_who_answers_to_whom():
    figures = ("Officials put the death toll at 12 on Sunday. "
               "The government put a cap on the number of student visas on Monday. "
               "The central bank put up the cost of borrowing by half a point.\n")
    assert gold_speakers(figures, "en") == ["[Officials]", None, None]  # (was: government, central bank)
    order = "Turkish Airlines placed an order for a number of Airbus jets on Tuesday.\n"
    assert gold_speakers(order, "en") == [None]
    assert gold_speakers("Police stood by as the court read out its decision on Monday.\n", "en") == [None]
    assert gold_speakers("The agency reports to the Interior Ministry.\n", "en") == [None]
    assert gold_speakers("Jan Kowal reports to the board every month.\n", "en") == [None]
    media = "Hassan Diallo attacked the media photographers outside the court on Monday.\n"
    assert gold_speakers(media, "en") == [None]
    assert gold_speakers("Hassan Diallo attacked the media over its coverage.\n", "en") == ["Hassan Diallo"]  # (kept)


def test_a_relaying_title_with_its_principal_is_a_holder_of_that_principal_only():
    body = ("Russia's representative, Dmitry Orlov, argued that the process had been rushed. "
            "The representative of Brazil said her country supported the draft.\n")
    assert gold_speakers(body, "en") == ["Dmitry Orlov", "[representative of Brazil]"]


def test_a_closing_statement_clause_takes_every_statement_verb_from_the_cues():
    warned = ("The Foreign Ministry issued a statement on the talks. "
              "The talks will resume in May, the statement warned.\n")
    assert gold_speakers(warned, "en") == ["Foreign Ministry", "Foreign Ministry"]  # (was: narration; said/noted only)


def test_excluding_a_person_and_voice_acting_are_acts_and_a_courts_did_not_rule_out_is_a_ruling():
    expelled = ("Совет федерации не исключил сенатора Ивана Петрова из состава комитета. "
                "Решение принято единогласно.\n")
    assert gold_speakers(expelled, "ru") == [None, None]  # (was: Совет федерации, continued)
    kept = "Партия «Новые люди» не исключила депутата Сидорова, несмотря на скандал.\n"
    assert gold_speakers(kept, "ru") == [None]
    taxes = "Министр финансов Иван Петров не исключил повышения налогов.\n"
    assert gold_speakers(taxes, "ru") == ["Иван Петров"]  # (kept: a position)
    voiced = "Актер Иван Петров озвучил главного героя в новом мультфильме. Премьера состоится в декабре.\n"
    assert gold_speakers(voiced, "ru") == [None, None]  # (was: Иван Петров, continued)
    princess = "Певица Анна Смирнова озвучила принцессу в российской версии фильма.\n"
    assert gold_speakers(princess, "ru") == [None]
    forecast = "Министр финансов Иван Петров озвучил прогноз дефицита бюджета на следующий год.\n"
    assert gold_speakers(forecast, "ru") == ["Иван Петров"]  # (kept)
    court = "The court did not rule out an appeal in its written judgement.\n"
    assert gold_speakers(court, "en") == [None]  # (was: court)
    kremlin = "The White House did not rule out further sanctions.\n"
    assert gold_speakers(kremlin, "en") == ["White House"]  # (kept)


def test_a_setting_before_the_subject_keeps_the_name_after_it():
    briefing = ("Сегодня в ходе брифинга Мария Захарова заявила, что Москва ответит на санкции. "
                "Ответ будет жестким.\n")
    assert gold_speakers(briefing, "ru") == ["Мария Захарова", "Мария Захарова"]  # (was: narration)
    lavrov = ("Лавров на пресс-конференции по итогам переговоров с главой МИД Египта Самехом Шукри заявил, "
              "что Россия поддерживает перемирие.\n")
    assert gold_speakers(lavrov, "ru") == ["Лавров"]  # (kept: the setting after the subject is dropped)


def test_dash_turns_that_name_their_own_speaker_are_no_interview_with_the_ledes_person():
    reportage = ("Губернатор Иван Петров заявил, что паводок отступает. "
                 "Корреспондент побывал в подтопленном поселке.\n\n"
                 "— Вода ушла?\n\n— Нет, в подвалах еще стоит.\n\n— Помощь приходит?\n\n"
                 "— Только от соседей, — рассказывает местная жительница.\n\n— А власти?\n\n— Никого не видели.\n")
    speakers = gold_speakers(reportage, "ru")
    assert "Иван Петров" not in speakers[2:]  # (was: the resident's answers went to the governor)
    interview = ("Посол Стефан Корвин рассказал «Известиям» о переговорах.\n\n"
                 "— Господин посол, чего ждать от встречи?\n\n"
                 "— Прорыва не будет.\n\n— А санкции?\n\n— Санкции останутся.\n")
    assert gold_speakers(interview, "ru")[2] == "Стефан Корвин"  # (kept)
