"""News copy (attribution round 18): many outlets' styles (the wire3 set's agency, paper and broadcaster copy). The
texts are the team's own; the people in them are invented, the countries real."""

from __future__ import annotations

from attribution_check import gold_speakers


def test_a_quote_closed_by_a_describing_noun_is_the_person_just_named():
    expert = ("Как рассказал «Вестнику» научный сотрудник института Олег Сомов, переговоры затянутся. "
              "«Стороны пока не готовы к уступкам», — считает эксперт.\n")
    assert gold_speakers(expert, "ru") == ["Олег Сомов", "Олег Сомов"]
    deputy = ("Заместитель председателя комитета Госдумы Анна Речкина назвала закон своевременным. "
              "«Мы ждали его давно», — отметила парламентарий.\n")
    assert gold_speakers(deputy, "ru") == ["Анна Речкина", "Анна Речкина"]
    other = ("Посол Чехии Петр Новак встретился с губернатором.\n\n"
             "Советник губернатора Иван Лосев сказал, что визит был полезным. "
             "«Мы нашли общий язык», — отметил дипломат.\n")
    assert gold_speakers(other, "ru")[-1] == "Иван Лосев"  # not the ambassador met earlier


def test_a_describing_noun_after_narration_is_not_the_person_named_there():
    body = ("Посол Чехии Петр Новак встретился с губернатором.\n\n"
            "Губернатор Иван Лосев провёл переговоры в Праге. «Мы нашли общий язык», — отметил дипломат.\n")
    assert gold_speakers(body, "ru")[-1] != "Иван Лосев"  # a meeting is no speech: the diplomat is not the governor


def test_a_withheld_answer_after_a_report_is_narration():
    body = ("Министр Олег Сомов сообщил, что делегация приедет в мае. "
            "Сколько человек в нее войдет, в министерстве не уточнили.\n")
    assert gold_speakers(body, "ru") == ["Олег Сомов", None]
    declined = ("Министр Олег Сомов сообщил, что делегация приедет в мае. "
                "Прогнозировать итоги переговоров он не стал.\n")
    assert gold_speakers(declined, "ru") == ["Олег Сомов", None]


def test_a_summary_going_on_after_a_report_still_continues():
    body = ("Министр Олег Сомов сообщил, что делегация приедет в мае. "
            "Переговоры будут касаться поставок зерна.\n")
    assert gold_speakers(body, "ru") == ["Олег Сомов", "Олег Сомов"]


def test_an_unnamed_source_placed_by_a_preposition_is_no_place():
    body = ("The talks resumed in Geneva on Monday.\n\n"
            "An aide at the UN mission in Nairobi, speaking on condition of anonymity, said both sides had agreed. "
            "\"Nobody wants another failure,\" the aide added.\n")
    assert gold_speakers(body, "en") == [None, "[an aide at the UN mission in Nairobi]",
                                         "[an aide at the UN mission in Nairobi]"]
    trailing = "The vote will be delayed, a diplomat from a Baltic member state told reporters.\n"
    assert gold_speakers(trailing, "en") == ["[a diplomat from a Baltic member state]"]


def test_according_to_an_official_who_briefed_is_the_official_not_the_body():
    body = "Ministers agreed on a new fund, according to an EU official who briefed reporters in Brussels.\n"
    assert gold_speakers(body, "en") == ["[an EU official]"]
    document = "Ministers agreed on a new fund, according to a draft that was seen by reporters.\n"
    assert gold_speakers(document, "en") == [None]


def test_a_russian_unnamed_source_described_head_first_is_a_speaker():
    body = ("Переговоры продлятся до пятницы.\n\n"
            "Один из членов делегации, попросивший не называть его имени, рассказал, что позиции сблизились.\n")
    assert gold_speakers(body, "ru") == [None, "[один из членов делегации]"]
    former = "Бывший сотрудник посольства, работавший в Праге, рассказал «Вестнику», что решение ожидаемо.\n"
    assert gold_speakers(former, "ru") == ["[бывший сотрудник посольства]"]


def test_a_russian_subject_that_is_no_person_stays_narration():
    body = "Итоги переговоров, опубликованные в пятницу, показали, что позиции сблизились.\n"
    assert gold_speakers(body, "ru") == [None]


def test_a_headline_credited_after_its_verb_or_a_dash_is_the_titled_person():
    inverted = ("Fishing quotas will not be cut this year, says Minister\n\n"
                "The Minister for Fisheries, Ciarán Dolan, said on Monday that quotas would stay as they are.\n")
    assert gold_speakers(inverted, "en")[0] == "Ciarán Dolan"
    dash = ("Ghana, Togo agree to reopen border posts – Minister\n\n"
            "The Minister of the Interior, Kwesi Adjei, said this on Tuesday in Accra.\n")
    assert gold_speakers(dash, "en")[0] == "Kwesi Adjei"


def test_a_headline_ending_in_a_dash_and_no_title_stays_narration():
    body = ("Ghana, Togo agree to reopen border posts – report\n\n"
            "The Minister of the Interior, Kwesi Adjei, said this on Tuesday in Accra.\n")
    assert gold_speakers(body, "en")[0] is None


def test_according_to_him_is_the_person_just_quoted():
    body = ("The Minister of Trade, Kwesi Adjei, said the border would reopen on Friday. "
            "According to him, customs officers have been retrained.\n")
    assert gold_speakers(body, "en") == ["Kwesi Adjei", "Kwesi Adjei"]
    plural = ("The Minister of Trade, Kwesi Adjei, met traders in Accra. "
              "According to them, customs officers have been retrained.\n")
    assert gold_speakers(plural, "en")[1] != "Kwesi Adjei"  # "them" is never the one man named


def test_a_quote_closed_by_a_name_and_a_long_tail_is_that_persons():
    body = ("\"The door is open,\" Amara Kone told reporters in Abidjan after meeting the Ghanaian Foreign Minister "
            "Kwame Mensah-Boateng at the presidential palace.\n")
    assert gold_speakers(body, "en") == ["Amara Kone"]
    scare = ("The so-called \"door policy\" was dropped after officials in Abidjan met the Ghanaian Foreign Minister "
             "Kwame Mensah-Boateng at the presidential palace.\n")
    assert gold_speakers(scare, "en") == [None]


def test_a_full_name_after_an_office_joined_by_and_is_the_speaker():
    body = "Minister of Trade and Industry Palesa Mokoena-Dube insisted the tariffs were temporary.\n"
    assert gold_speakers(body, "en") == ["Palesa Mokoena-Dube"]
    pair = "Tom Hale and Mary Ann Smith insisted the tariffs were temporary.\n"
    assert gold_speakers(pair, "en") != ["Ann Smith"]  # two people, no office: never half a name


def test_a_described_subject_with_a_titled_name_in_its_appositive_is_that_person():
    body = "The nominee, career diplomat Helen Marsh, acknowledged the staffing gaps.\n"
    assert gold_speakers(body, "en") == ["Helen Marsh"]
    client = ("Omar Haddad, a Toronto lawyer representing Marsh, told reporters the ruling was fair. "
              "\"We are relieved.\"\n")
    assert gold_speakers(client, "en")[0] == "Omar Haddad"  # the client in the appositive is no speaker


def test_a_quote_closed_by_the_manner_of_saying_it_is_the_speakers():
    body = ("Министр Петр Новак приехал в Минск.\n\n"
            "«Мы ждали этого визита давно», — шутит Новак. «Чаще, чем дома», — рассмеялся министр.\n")
    assert gold_speakers(body, "ru") == [None, "Петр Новак", "Петр Новак"]
    admits = "Давление, не скрывает министр Петр Новак, серьезное.\n"
    assert gold_speakers(admits, "ru") == ["Петр Новак"]


def test_smiling_or_joking_in_narration_is_no_speech():
    body = "Посол Петр Новак улыбнулся и пожал руку министру. Министр Анна Речкина долго шутила с детьми.\n"
    assert gold_speakers(body, "ru") == [None, None]


def test_money_pledged_is_an_act_and_a_pledge_in_words_is_speech():
    money = "The World Bank has already pledged billions of dollars for the new port.\n"
    assert gold_speakers(money, "en") == [None]
    words = "Finance Minister Ana Lopez pledged to keep the port open to all shippers.\n"
    assert gold_speakers(words, "en") == ["Ana Lopez"]


def test_qualified_unnamed_sources_are_a_group_of_speakers():
    body = ("Diplomatic sources said the ministers would meet in Cairo. "
            "The meeting will focus on aid deliveries, the sources added.\n")
    assert gold_speakers(body, "en") == ["[diplomatic sources]", "[the sources]"]
    familiar = "The bloc will add 40 ships to its list, according to people familiar with the plan.\n"
    assert gold_speakers(familiar, "en") == ["[people familiar with the plan]"]
    placed = "Sources at the Interior Ministry in Lima said the border would stay closed.\n"
    assert gold_speakers(placed, "en") == ["[sources at the Interior Ministry in Lima]"]


def test_bare_or_vague_sources_stay_narration():
    body = "Sources said the border would stay closed. Many people said the border would stay closed.\n"
    assert gold_speakers(body, "en") == [None, None]


def test_a_countrys_or_a_ministers_own_body_speaks_as_that_body():
    its = "Valdoria expelled two envoys on Monday. Its government rejected the charges as fabricated.\n"
    assert gold_speakers(its, "en") == [None, "government"]
    her = ("Foreign Minister Ana Lopez met the envoy in Lima. "
           "Her ministry said in a statement that the talks would go on.\n")
    assert gold_speakers(her, "en") == [None, "ministry of Ana Lopez"]
    owners = "The plant reopened on Monday. Its owners said output would rise.\n"
    assert gold_speakers(owners, "en") == [None, None]  # owners are no body of a state


def test_limiting_oneself_to_a_statement_is_speech_and_to_an_act_is_not():
    words = "Посол Чехии Петр Новак в беседе с «Вестником» ограничился общей формулировкой.\n"
    assert gold_speakers(words, "ru") == ["Петр Новак"]
    act = "Министр Петр Новак ограничился коротким осмотром завода.\n"
    assert gold_speakers(act, "ru") == [None]


def test_a_headline_in_which_a_body_speaks_is_the_bodys():
    body = ("МИД Чехии призвал граждан воздержаться от поездок в регион\n\n"
            "Министерство иностранных дел Чехии опубликовало рекомендацию в понедельник.\n")
    assert gold_speakers(body, "ru")[0] == "МИД Чехии"


def test_a_headline_in_which_a_state_acts_stays_narration():
    body = ("Латвия объявила персоной нон грата сотрудника посольства\n\n"
            "МИД Латвии сообщил о решении в понедельник.\n")
    assert gold_speakers(body, "ru")[0] is None


def test_a_headline_labelled_with_a_body_is_the_bodys_words():
    body = ("МИД Чехии: Прага готова принять переговоры\n\n"
            "Министерство иностранных дел Чехии сообщило об этом в понедельник.\n")
    assert gold_speakers(body, "ru")[0] == "МИД Чехии"
    place = ("Прага: переговоры начнутся в понедельник\n\n"
             "Министерство иностранных дел Чехии сообщило об этом в понедельник.\n")
    assert gold_speakers(place, "ru")[0] is None  # a dateline-like place is no body


def test_a_headline_credited_to_a_body_after_a_dash_is_that_body():
    body = ("Чехия вызвала посла Польши из-за учений у границы — МИД\n\n"
            "МИД Чехии заявил, что учения угрожают безопасности страны.\n")
    assert gold_speakers(body, "ru")[0] == "МИД Чехии"
    unknown = ("Чехия вызвала посла Польши из-за учений у границы — МИД\n\n"
               "Посол Польши Ян Ковальский прибыл в Прагу в понедельник.\n")
    assert gold_speakers(unknown, "ru")[0] is None  # a body the article never names is no one to credit


def test_a_document_adopted_after_a_report_is_narration():
    body = ("По словам министра Ивана Лосева, переговоры будут долгими. "
            "Итоговая декларация принята без участия польской делегации.\n")
    assert gold_speakers(body, "ru") == ["Иван Лосев", None]


def test_adverbs_between_a_body_and_its_verb_are_no_part_of_its_name():
    body = "The Arctic Council has already warned that the ice shelf is thinning.\n"
    assert gold_speakers(body, "en") == ["Arctic Council"]
    russian = "Правозащитные организации резко осудили приговор.\n"
    assert gold_speakers(russian, "ru") == ["Правозащитные организации"]


def test_a_city_where_something_was_rejected_is_no_body():
    body = "В Варшаве эти обвинения отвергают.\n"
    assert gold_speakers(body, "ru") == [None]
    kremlin = "В Кремле эти обвинения отвергают.\n"
    assert gold_speakers(kremlin, "ru") == ["Кремль"]  # a body named by its seat's name speaks


def test_a_named_person_declining_in_words_is_their_speech():
    body = ("Foreign Minister Ana Lopez spoke in Lima on Monday. "
            "Asked whether the talks would resume, Lopez declined to confirm.\n")
    assert gold_speakers(body, "en") == ["Ana Lopez", "Ana Lopez"]
    silent = "The embassy did not respond to a request for comment.\n"
    assert gold_speakers(silent, "en") == [None]


def test_a_singular_pronoun_never_points_at_a_group():
    body = ("Diplomatic sources said the talks had stalled. "
            "Reporters asked Ana Lopez about it, but he declined to comment.\n")
    assert gold_speakers(body, "en")[1] != "[the sources]"
    assert gold_speakers(body, "en")[1] != "[diplomatic sources]"


def test_a_title_and_the_outlet_it_told_is_that_title():
    body = ("Посол Петр Новак рассказал о визите.\n\n"
            "О газе собеседник «Вестника» говорил осторожнее.\n")
    assert gold_speakers(body, "ru") == ["Петр Новак", "Петр Новак"]


def test_a_single_interlocutor_is_never_the_sources_quoted_as_a_group():
    body = ("По данным источников «Вестника», встреча пройдет в мае.\n\n"
            "«Ищем формулировки», — пояснил «Вестнику» собеседник, знакомый с ходом контактов.\n")
    assert gold_speakers(body, "ru")[1] != "[источники «Вестника»]"


def test_a_first_name_ending_in_ese_is_no_nationality():
    body = "\"We will keep going,\" commission spokeswoman Anneliese Brandt said on Monday.\n"
    assert gold_speakers(body, "en") == ["Anneliese Brandt"]
    nationality = "\"We will keep going,\" a Congolese official said on Monday.\n"
    assert gold_speakers(nationality, "en") != ["Congolese"]


def test_a_name_after_a_long_office_with_of_and_for_is_a_person():
    body = ("The talks were held between Assistant Secretary of State for Western Hemisphere Affairs Paul Reyes "
            "and the Chilean ambassador.\n\n"
            "\"We are not there yet,\" Reyes told reporters outside the State Department.\n")
    assert gold_speakers(body, "en") == [None, "Paul Reyes"]
    untitled = ("The talks were held at the Institute for Western Hemisphere Affairs Paul Reyes Hall.\n")
    assert gold_speakers(untitled, "en") == [None]  # no office before the run: no person in it


def test_the_reporter_a_speaker_talked_with_is_not_the_speaker():
    body = ("Жительница Праги Ева, которая приходит на площадь каждый вечер, в разговоре с корреспондентом «Вестника» "
            "сказала, что не ждет перемен.\n")
    assert gold_speakers(body, "ru") != ["[корреспондентом «Вестника»]"]


def test_according_to_the_expert_is_the_named_expert_who_just_spoke():
    body = ("Политолог Олег Сомов считает, что переговоры затянутся.\n\n"
            "По мнению эксперта, стороны не готовы к уступкам.\n")
    assert gold_speakers(body, "ru") == ["Олег Сомов", "Олег Сомов"]
    unnamed = ("Министерство сообщило о начале переговоров.\n\n"
               "По мнению эксперта, стороны не готовы к уступкам.\n")
    assert gold_speakers(unnamed, "ru")[1] != "Министерство"  # a body is no expert


def test_a_mediator_is_a_title_before_a_name():
    body = "Главный посредник АС Грейс Нканса-Тамбо уже назвала встречу успешной.\n"
    assert gold_speakers(body, "ru") == ["Грейс Нканса-Тамбо"]
    body_only = "Посредники из АС уже назвали встречу успешной.\n"
    assert gold_speakers(body_only, "ru") == [None]  # mediators at large: a vague group


def test_a_name_particle_keeps_the_name_whole():
    body = "Об этом «Вестнику» рассказал посол Малайзии в Чехии Ахмад Рашид бин Юсуф.\n"
    assert gold_speakers(body, "ru") == ["Ахмад Рашид бин Юсуф"]
    english = "\"We are ready,\" said Ambassador Omar bin Zayed.\n"
    assert gold_speakers(english, "en") == ["Omar bin Zayed"]
    lower = "Переговоры прошли в Дар-эс-Саламе, сообщил посол Петр Новак.\n"
    assert gold_speakers(lower, "ru") == ["Петр Новак"]
