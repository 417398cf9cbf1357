"""News copy (issue #18, round 15): error kinds the development news sets showed again across outlets and house
styles: statements that speak for their issuer, acts that speech verbs name (votes, rulings, refusals, declared
mourning, background clauses), bodies and unnamed officials (authorities, "his office", spokespeople for a principal,
an agency told), and verbs of wire and agency copy. The texts are the team's own; the people and bodies in them are
invented."""

from __future__ import annotations

from analysis.corpus.news import article_sentences
from attribution_check import gold_speakers, speakers


def test_the_statement_said_after_a_speaker_who_spoke_in_a_statement_is_that_speaker():
    body = ("Prime Minister Jan Novak, in a statement released by his office, said the talks would resume. "
            "He met the king on Monday. "
            "The statement also said the two sides would meet in Geneva.\n")
    assert speakers(body, "en") == ["Jan Novak", None, "Jan Novak"]
    ministry = ("The Interior Ministry said in a statement that two officers were hurt. "
                "Police Chief Ann Dale visited the scene. "
                "The statement said the attackers had fled.\n")
    assert speakers(ministry, "en") == ["Interior Ministry", None, "Interior Ministry"]


def test_the_statement_said_inside_a_sentence_is_its_issuer():
    body = ("Norland's Defence Ministry said in a statement that the drills would end on Friday. "
            "Troops would also leave the border area, which, the statement said, had been calm for a week.\n")
    assert speakers(body, "en") == ["Norland's Defence Ministry", "Norland's Defence Ministry"]


def test_a_statement_released_by_a_body_makes_the_body_its_issuer():
    body = ("According to a statement released by the Defence Ministry, the drills will last a week. "
            "Analysts expect more drills. "
            "The statement also said troops would return on Friday.\n")
    assert speakers(body, "en") == ["Defence Ministry", None, "Defence Ministry"]


def test_a_statement_with_an_aside_and_another_verb_speaks_for_the_body_its_modifier_names():
    body = ("The Interior Ministry announced on Monday that the border would close. "
            "The ministry statement, which was posted on its website, called for calm.\n")
    assert speakers(body, "en") == ["Interior Ministry", "Interior Ministry"]
    nobody = "The border closed on Monday. The statement, posted on a website, called for calm.\n"
    assert speakers(nobody, "en") == [None, None]  # no issuer known: nobody's


def test_an_outlet_that_reports_in_the_present_tense_speaks():
    body = ("The Norland Herald reports that the minister will resign on Friday. "
            "Local media reports said the crossing was shut.\n")
    assert speakers(body, "en") == ["Norland Herald", None]  # (a plural noun "reports" is no verb)


def test_s_ego_slov_frames_the_person_it_points_at():
    body = "Таксист Олег Ревин скрылся с места аварии. У метро Ревин, с его слов, позвонил знакомой.\n"
    assert speakers(body, "ru")[1].endswith("Олег Ревин")


def test_a_ruling_or_a_refusal_is_no_speech_but_dismissing_claims_is():
    body = ("A federal judge dismissed the lawsuit against the port authority. "
            "The ministry has repeatedly denied funding for the new terminal. "
            "The embassy denied entry to two reporters. "
            "The minister dismissed the claims as baseless. "
            "The ministry denied reports that the request had been refused.\n")
    assert gold_speakers(body, "en") == [None, None, None, "[minister]", "ministry"]


def test_a_legislature_confirming_or_dismissing_what_it_votes_on_votes():
    body = ("The lower house approved the bill, but it was dismissed by the senate. "
            "The Senate confirmed the nomination on Friday. "
            "The Kremlin confirmed the nomination on Friday.\n")
    assert speakers(body, "en") == [None, None, "Kremlin"]
    russian = ("Парламент Норландии в среду, 12 мая, выразил доверие новому кабинету. "
               "Министр финансов Иван Ларин выразил надежду на скорое решение.\n")
    assert speakers(russian, "ru") == [None, "Иван Ларин"]


def test_a_day_of_mourning_declared_is_an_act_and_announced_is_speech():
    body = ("Mayor Ola Lind has declared tomorrow a day of mourning. "
            "The regional government announced three days of mourning.\n")
    assert speakers(body, "en") == [None, "regional government"]
    assert speakers("Власти Норландии объявили трёхдневный траур в связи с гибелью политика.\n", "ru") == [None]


def test_a_representative_of_a_person_speaks_for_them_and_is_not_them():
    body = ("Министр транспорта Олег Ларин прибыл в Минск. "
            "Представитель министра сообщил, что визит продлится два дня.\n")
    assert gold_speakers(body, "ru") == [None, "[представитель министра]"]
    group = ("Певица Анна Ветрова выступила в Ашхабаде. "
             "Представители певицы утверждают, что просьба поступила в последний момент. "
             "Представители оппозиции заявили, что концерт был ошибкой.\n")
    assert gold_speakers(group, "ru") == [None, "[представители певицы]", None]  # (the opposition: a vague group)


def test_a_figure_put_or_placed_by_a_source_is_theirs():
    body = ("The news agency Norpress has placed the death count in the hundreds. "
            "The regional governor, Ola Lind, put the death toll at 12. "
            "Police put up barriers around the square.\n")
    assert speakers(body, "en") == ["Norpress", "Ola Lind", None]


def test_a_body_is_never_a_person_named_later_whose_name_shares_its_first_letters():
    body = ("Police alleged the accused carried out two attacks.\n\n"
            "Professor Ann Dale, Chair in Global Islamic Politics at Norland University, said the attack was planned.\n")
    assert speakers(body, "en")[0] == "Police"


def test_authorities_are_unnamed_officials_and_an_authority_is_a_body():
    body = ("Authorities said the fire was started deliberately. "
            "According to local authorities, at least a dozen people died. "
            "The Port Authority said the bridge would reopen on Monday.\n")
    assert gold_speakers(body, "en") == ["[authorities]", "[local authorities]", "Port Authority"]
    table = article_sentences("Authorities said the fire was started deliberately.\n", {"doc_id": "w", "language": "en"})
    assert table["speaker_kind"].iloc[0] == "person" and table["cue"].iloc[0] == "verb; title"


def test_his_office_or_her_campaign_is_the_body_of_the_person_the_pronoun_points_at():
    body = ("Representative Tom Hale died on Thursday. At 2:45 a.m., his office said, he died at a hospice. "
            "Senator Ann Dale arrived on Friday. Her campaign said the rally would be cancelled.\n")
    assert speakers(body, "en") == [None, "office of Tom Hale", None, "campaign of Ann Dale"]
    assert speakers("The plant closed in May. His office said nothing.\n", "en") == [None, None]  # no one to point at


def test_her_spokesman_speaks_for_her_and_is_not_her():
    body = ("Senator Ann Dale was taken to hospital on Monday. "
            "Her spokesman said she was in good spirits.\n")
    assert gold_speakers(body, "en") == [None, "[spokesman]"]
    named = "Senator Ann Dale was taken to hospital. Her spokesman, Tom Hale, said she was in good spirits.\n"
    assert speakers(named, "en") == [None, "Tom Hale"]


def test_not_ruling_out_is_speech_and_ruling_out_or_expelling_is_not():
    body = ("The Kremlin did not rule out new talks. "
            "The ministry refused to rule out a second round. "
            "The court ruled out a retrial.\n")
    assert speakers(body, "en") == ["Kremlin", "ministry", None]
    assert speakers("В Кремле не исключили новых встреч.\n", "ru") == ["Кремль"]
    assert speakers("Партия исключила депутата Ларина из своих рядов.\n", "ru") == [None]


def test_ozvuchil_is_speech_and_outlets_at_large_are_a_vague_group():
    body = ("Переговоры продолжатся. Такую позицию озвучил глава МИД Норландии Олег Ларин.\n\n"
            "Российские издания сообщают, что встреча пройдёт в Минске. "
            "Издание «Северный вестник» сообщает, что встреча пройдёт в Казани.\n")
    found = speakers(body, "ru")
    assert found[:3] == ["Олег Ларин", "Олег Ларин", None] and "Северный вестник" in found[3]


def test_an_agency_told_before_a_plural_verb_is_not_the_source():
    body = "Учения завершены. Об этом ТАСС сообщили в пресс-службе министерства обороны.\n"
    assert speakers(body, "ru")[1] == "пресс-служба министерства обороны"


def test_speech_in_a_background_clause_that_is_the_lesser_part_is_the_reporters():
    body = ("Prime Minister Kyri Mitsos met the IMF mission on Tuesday and then President Ola Lind, where he denounced the "
            "deal again. The constitution was changed in 2018, allowing him to run again, before he announced he would "
            "stand down. The minister said the talks were over when he arrived in Geneva.\n")
    found = gold_speakers(body, "en")
    assert found[:2] == [None, None] and found[2] is not None  # (the main clause's speech stays speech)


def test_attacking_a_decision_and_reasserting_are_speech_and_a_named_group_is_a_body():
    body = ("Governor Ola Lind attacked the decision as a disgrace. Rebels attacked the convoy near the border. "
            "Prime Minister Kyri Mitsos reasserted the openness of the project.\n")
    assert speakers(body, "en") == ["Ola Lind", None, "Kyri Mitsos"]
    groups = "Norland Defence Group also acknowledged the deal. A group of protesters said the deal was a disgrace.\n"
    assert speakers(groups, "en") == ["Norland Defence Group", None]
