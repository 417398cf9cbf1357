"""News copy (issue #18, round 14): error kinds the development news sets showed, most of them bodies as
speakers. The texts are the team's own; the people and bodies in them are invented."""

from __future__ import annotations

from analysis.corpus.news import article_sentences
from attribution_check import speakers


def test_a_past_tense_without_l_is_speech_and_rejecting_a_bill_is_a_vote():
    body = ("Министр транспорта Олег Ларин отверг обвинения в сговоре с подрядчиком. "
            "Его заместитель Анна Ларина опровергла слухи об отставке. "
            "Накануне городской совет отверг законопроект о платных парковках.\n")
    assert speakers(body, "ru") == ["Олег Ларин", "Анна Ларина", None]
    english = "The Senate rejected the bill on Tuesday. The ministry rejected the claims as baseless.\n"
    assert speakers(english, "en") == [None, "ministry"]


def test_a_body_after_but_opens_its_own_clause():
    body = ("Eastland's Interior Ministry reported two explosions at the refinery on Sunday. "
            "Early reports blamed a gas leak, but the Interior Ministry said the blasts were caused by drones.\n")
    assert speakers(body, "en") == ["Eastland's Interior Ministry", "Eastland's Interior Ministry"]


def test_a_speech_verb_after_has_not_or_had_not_is_no_speech():
    body = ("The lower house approved the treaty on Friday, but the Senate had not confirmed it by Sunday. "
            "The ministry hasn't commented on the vote.\n")
    assert speakers(body, "en") == [None, None]


def test_a_body_opening_the_sentence_speaks_a_coordinated_verb():
    body = ("The Norland Embassy in Vienna received the request on Monday. "
            "The embassy declined the request and said the diplomat had left the country on the advice of his ministry.\n")
    assert speakers(body, "en") == [None, "embassy"]


def test_verbs_of_defending_crediting_apologising_and_justifying_are_speech():
    body = ("Governor Hal Brennan defended his veto on Monday. "
            "Nora Vance credited local volunteers with saving the harbour. "
            "The Northwind Power Company apologized for the outage. "
            "Portugal justified the claim by its long coastline.\n")
    assert speakers(body, "en") == ["Hal Brennan", "Nora Vance", "Northwind Power Company", "Portugal"]


def test_an_according_to_source_running_into_its_clause_without_a_comma_is_the_source():
    english = ("Flooding closed the coastal road on Friday. Rescuers according to the civil defence ministry "
               "evacuated some 300 people overnight.\n")
    assert speakers(english, "en") == [None, "civil defence ministry"]
    bridge = "The old bridge collapsed and according to the Office of Public Works it will take a year to rebuild.\n"
    assert speakers(bridge, "en")[0].startswith("Office")  # (the body, not "it")
    russian = ("Компания продала завод в прошлом году. По мнению прокуратуры итоговая цена сделки была занижена. "
               "Как сообщила газета The Morning Star, ссылаясь на свои источники, сделку готовили два года.\n")
    assert speakers(russian, "ru") == [None, "прокуратура", "Morning Star"]


def test_po_soobshcheniyam_and_kak_soobshchili_iz_frame_a_source():
    body = ("В Самаре задержан директор завода. По сообщениям агентства «Волга-Пресс», его подозревают в хищении. "
            "Как сообщили из областной прокуратуры, ущерб превышает 40 млн рублей.\n")
    found = speakers(body, "ru")
    assert found[:2] == [None, "агентство «Волга-Пресс»"] and "прокуратуры" in found[2]


def test_an_elision_mark_inside_a_quotation_is_the_speakers():
    body = ('The mayor, Rosa Lind, wrote on Facebook: "Our city has lost a friend. We will rebuild the school. '
            '[...] The families will not be left alone."\n')
    assert speakers(body, "en") == ["Rosa Lind"] * 4


def test_a_latin_name_after_a_russian_outlet_noun_is_the_outlet():
    body = ("Певица дала концерт в Ашхабаде. По данным журнала Star Daily, она получила за выступление миллион долларов. "
            "Издание The Eastern Lens утверждает, что концерт организовала нефтяная компания.\n")
    table = article_sentences(body, {"doc_id": "m", "language": "ru"})
    assert list(table["speaker"][1:]) == ["Star Daily", "The Eastern Lens"]
    assert list(table["speaker_kind"][1:]) == ["institution", "institution"]


def test_a_body_after_a_time_adverbial_without_a_comma_is_the_subject():
    body = ("The Foreign Ministry of Eastland summoned the ambassador. "
            "On Monday the ministry said the talks had failed.\n")
    assert speakers(body, "en") == [None, "ministry"]


def test_a_state_of_two_words_speaks_and_a_negation_before_an_aside_still_negates():
    english = ("North Korea claimed on Thursday that it had no cases of the virus. "
               "The United States had not, as of Sunday, announced any plans to withdraw.\n")
    assert speakers(english, "en") == ["North Korea", None]
    russian = "Южная Корея опровергает сообщения о болезни северокорейского лидера.\n"
    assert speakers(russian, "ru") == ["Южная Корея"]


def test_cited_is_speech():
    body = "The Northern Herald cited a security source that the attacker had acted alone.\n"
    assert speakers(body, "en") == ["Northern Herald"]


def test_the_staff_of_a_body_named_in_guillemets_speak():
    body = ("Сотрудник компании задержан в Москве. В «Уралмаше» подтвердили задержание. "
            "В «Ростехнадзоре» заявили, что проверка продолжится.\n")
    assert speakers(body, "ru") == [None, "Уралмаш", "Ростехнадзор"]


def test_a_neuter_frame_names_a_body():
    body = ("Эпидемия гриппа продолжается. Как сообщило в среду министерство здравоохранения, в больницах области "
            "находятся 412 человек.\n")
    assert speakers(body, "ru") == [None, "министерство здравоохранения"]


def test_an_according_to_source_closed_by_a_comma_keeps_its_whole_name():
    russian = ("По данным министерства обороны, ночью были сбиты 20 беспилотников. "
               "По сообщению министерства иностранных дел, посол вызван для объяснений. "
               "По данным Федеральной службы государственной статистики, инфляция замедлилась. "
               "Как сообщила пресс-служба министерства здравоохранения, пострадавших госпитализировали. "
               "Как сообщило министерство обороны, учения продлятся неделю.\n")
    assert speakers(russian, "ru") == ["министерство обороны", "министерство иностранных дел",
                                       "Федеральной службы государственной статистики",
                                       "пресс-служба министерства здравоохранения", "министерство обороны"]
    english = "According to the ministry of foreign affairs, the ambassador was summoned.\n"
    assert speakers(english, "en") == ["ministry of foreign affairs"]


def test_documents_and_estimates_opening_an_according_to_clause_are_nobody():
    body = ("According to court documents Tesla paid the former employee $3 million. "
            "According to preliminary estimates Russia's economy grew 3.6% last year.\n")
    assert speakers(body, "en") == [None, None]


def test_only_a_legislature_votes_a_bill_down_and_rejecting_one_as_something_is_speech():
    body = ("The Kremlin rejected the resolution as biased and politically motivated. "
            "The ministry rejected the bill as unconstitutional. "
            "The European Parliament rejected the amendment by 320 votes to 290.\n")
    assert speakers(body, "en") == ["Kremlin", "ministry", None]
    assert speakers("The court rejected the motion, saying it lacked merit.\n", "en") == ["court"]
    russian = "Госдума отвергла законопроект в первом чтении. МИД Эстландии отверг резолюцию как ангажированную.\n"
    assert speakers(russian, "ru") == [None, "МИД Эстландии"]


def test_a_thing_rejecting_something_is_no_speech():
    body = ("Анализ ДНК опроверг версию следствия. Рынок отверг оптимистичный прогноз правительства. "
            "Песков отверг обвинения в обстреле.\n")
    assert speakers(body, "ru") == [None, None, "Песков"]


def test_defending_a_title_crediting_accounts_and_citing_a_driver_are_no_speech():
    body = ("Rafael Nadal defended his title at Roland Garros on Sunday. "
            "Boxer Oleksandr Usyk defended his WBC belt in Riyadh. "
            "The Democrat defended his seat in the midterm elections by a wide margin. "
            "The bank credited the accounts of its customers on Monday after a glitch. "
            "Police cited the driver for speeding and released him.\n")
    assert speakers(body, "en") == [None] * 5
    assert speakers("Police cited a lack of evidence for dropping the case.\n", "en") == ["Police"]


def test_a_time_word_after_an_article_or_a_sentence_initial_while_opens_no_subject():
    body = ("The day the ministry said it would close the plant, workers went on strike. "
            "The plant closed the same month the ministry announced new safety rules. "
            "While the ministry said the reactor was safe, inspectors found leaks in April.\n")
    assert speakers(body, "en") == [None, None, None]


def test_a_section_break_between_two_sentences_of_one_speaker_is_nobodys():
    body = "The ministry said the talks had stalled.\n\n* * *\n\nThe ministry said a new round would start in May.\n"
    assert speakers(body, "en") == ["ministry", None, "ministry"]


def test_a_negation_before_yet_or_so_far_still_negates():
    body = "The ministry has not yet commented on the report. The agency hasn't so far confirmed the strike.\n"
    assert speakers(body, "en") == [None, None]
