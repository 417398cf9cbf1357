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
