"""Sentence-level attribution on wire copy the team wrote (datelines, agency ledes, "Mr.",
straight quotes, «…», — заявил): each failure kind of issue #18 has a test of its kind.

The articles are invented (the agencies "Northwind News" and «Северный ветер» do not exist);
they use the styles the Wikinews development data lacks.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.attribution.identity import assign_speaker_ids, same_person, transliterate
from analysis.attribution.vocabulary import EN_VERB, RU_VERB, TITLE_WORDS
from analysis.corpus.news import article_sentences, split_article

EN_WIRE = """GENEVA, March 4 (Northwind News) - The United Nations human rights chief on Tuesday deplored the killing of civilians and urged all parties to return to talks.

Volker Lindqvist, the U.N. High Commissioner for Human Rights, commended the mediators. "The violence must stop now," he told the council. "There is no military solution."

The commissioner reiterated that humanitarian access had to be guaranteed.

Mr. Lindqvist had stated last week that his office would send a fact-finding mission.

Delegates from 40 countries attended the session, which ended late in the evening.

Russia's permanent representative to the UN, Yevgeny Marchenko, thanked the chair and warned that sanctions would only deepen the crisis.

"We have always said that dialogue is the only way," the ambassador said. "We will not accept ultimatums. We never have."

The Global Peace Initiative demonstrates that cooperation is possible, organisers said.

Marchenko also noted that Moscow was ready to host a new round.
"""

RU_WIRE = """МОСКВА, 3 ноября. /Агентство «Северный ветер»/. Россия готова к продолжению переговоров без предварительных условий. Об этом заявил глава МИД РФ Сергей Лавров на пресс-конференции в Москве.

«Мы никогда не отказывались от диалога. Решение за нашими партнёрами», — сказал министр.

Он также отмечал, что Москва ждёт конкретных предложений.

Дипломат пояснил, что речь идёт прежде всего о ракетах средней дальности.

Официальный представитель МИД Мария Захарова уточнила, что ответ будет направлен по дипломатическим каналам. По её словам, консультации могут начаться уже в декабре.

Заседание продлилось около трёх часов.

Генеральный секретарь ООН Антониу Гутерреш призвал стороны проявить сдержанность. Генсек добавил, что ООН готова предоставить площадку.

Ранее Гутерреш указал, что без диалога кризис будет только углубляться.

Пресс-секретарь президента Дмитрий Песков сообщил, что Владимир Путин поддерживает идею встречи.
"""


def sentences(body: str, language: str) -> pd.DataFrame:
    return article_sentences(body, {"doc_id": "t", "language": language})


def who(table: pd.DataFrame, starts: str) -> tuple:
    row = table[table["text"].str.startswith(starts)]
    assert len(row) == 1, f"{starts!r} matched {len(row)} sentences"
    row = row.iloc[0]
    return (None if pd.isna(row["speaker"]) else row["speaker"], row["mode"], row["cue"])


@pytest.fixture(scope="module")
def en():
    return sentences(EN_WIRE, "en")


@pytest.fixture(scope="module")
def ru():
    return sentences(RU_WIRE, "ru")


@pytest.mark.parametrize("verb", ["commended", "deplored", "asked", "thanked", "welcomed", "emphasized", "urged",
                                  "reiterated", "noted", "warned", "had stated", "denounced", "alleged", "disputes"])
def test_english_speech_verbs_come_from_the_cue_file(verb):
    assert EN_VERB.search(f"The minister {verb} that").group() == verb
    (row,) = split_article(f"Ambassador Jane Doe {verb} that the talks were over.", {"doc_id": "v", "language": "en"})
    assert row["speaker"] == "Jane Doe" and row["mode"] == "reported"


@pytest.mark.parametrize("verb", ["отмечал", "указал", "призвал", "пояснил", "уточнил", "добавил", "заявила",
                                  "отвергает", "советует", "возражает"])
def test_russian_speech_verbs_come_from_the_cue_file(verb):
    assert RU_VERB.search(f"Министр {verb}, что").group() == verb
    (row,) = split_article(f"Министр Иван Петров {verb}, что переговоры закончены.", {"doc_id": "v", "language": "ru"})
    assert row["speaker"] == "Иван Петров" and row["mode"] == "reported"


def test_every_sentence_has_speaker_mode_cue_and_confidence(en):
    assert en["mode"].isin(["direct", "reported", "continued", "narration"]).all()
    assert en["cue"].notna().all() and en["confidence"].between(0, 1).all()
    assert (en["speaker"].isna() == (en["mode"] == "narration")).all()
    body_slices = [EN_WIRE[s:e] for s, e in zip(en["start"], en["end"])]
    assert body_slices == en["text"].tolist()  # offsets index the article body


def test_pronouns_resolve_to_the_last_compatible_person(en, ru):
    assert who(en, '"The violence must stop now," he told') == ("Volker Lindqvist", "direct", "quote; pronoun")
    assert who(ru, "Он также отмечал") == ("Сергей Лавров", "reported", "verb; pronoun")
    assert who(ru, "По её словам") == ("Мария Захарова", "reported", "according; pronoun")


def test_a_pronoun_of_the_wrong_gender_finds_no_one():
    rows = split_article("Министр Иван Петров заявил, что конвенция важна. Она подтверждает ценность диалога.",
                         {"doc_id": "g", "language": "ru"})
    assert rows[0]["speaker"] == "Иван Петров" and rows[1]["cue"] != "verb; pronoun"  # «она» is the convention


def test_titles_resolve_to_the_official_named_before(en, ru):
    assert who(en, "The commissioner reiterated")[:2] == ("Volker Lindqvist", "reported")
    assert who(en, '"We have always said')[:2] == ("Yevgeny Marchenko", "direct")  # "the ambassador"
    assert who(ru, "«Мы никогда")[:2] == ("Сергей Лавров", "direct")  # «министр»
    assert who(ru, "Дипломат пояснил")[:2] == ("Сергей Лавров", "reported")
    assert who(ru, "Генсек добавил") == ("Антониу Гутерреш", "reported", "verb; title")


def test_a_title_in_the_lede_is_the_person_named_next(en):
    assert who(en, "GENEVA, March 4")[0] == "Volker Lindqvist"


def test_surname_forms_and_names_introduced_in_narration():
    rows = split_article(
        "Steven Lubetkin, a professor of law, arrived in Oslo on Monday.\n"
        "Lubetkin said the treaty was flawed.\n", {"doc_id": "n", "language": "en"})
    assert [r["speaker"] for r in rows] == [None, "Steven Lubetkin"]
    rows = split_article("Keller said the deal was close.\nForeign Minister Anna Keller added that it would be signed.\n",
                         {"doc_id": "s", "language": "en"})
    assert {r["speaker"] for r in rows} == {"Anna Keller"}  # a surname before the full name: one person


def test_attribution_in_the_next_sentence(ru):
    assert who(ru, "Россия готова") == ("Сергей Лавров", "continued", "points-back; name")
    assert who(ru, "Об этом заявил")[:2] == ("Сергей Лавров", "reported")
    en = sentences("Talks will resume in May. This was stated by Foreign Minister Anna Keller.", "en")
    assert en["speaker"].tolist() == ["Anna Keller", "Anna Keller"]


def test_quotes_over_several_sentences_dashes_and_headlines(en, ru):
    assert who(en, "We never have.")[:2] == ("Yevgeny Marchenko", "direct")
    assert who(ru, "Решение за нашими партнёрами")[:2] == ("Сергей Лавров", "direct")
    dash = sentences("Министр Иван Петров прибыл в Минск.\n— Мы готовы к диалогу, — сказал Петров.\n", "ru")
    assert who(dash, "— Мы готовы")[:2] == ("Иван Петров", "direct")
    headline = sentences("Guterres: the world is off track\nUN Secretary-General António Guterres spoke in Paris.\n", "en")
    assert headline["speaker"].iloc[0] == "António Guterres" and headline["mode"].iloc[0] == "direct"


def test_a_spokesperson_stays_the_speaker_with_the_principal_in_a_column():
    rows = split_article("Президент России Владимир Путин провёл встречу.\n"
                         "Пресс-секретарь президента Дмитрий Песков сообщил, что Путин поддерживает идею.\n",
                         {"doc_id": "p", "language": "ru"})
    assert rows[1]["speaker"] == "Дмитрий Песков" and rows[1]["principal"] == "Владимир Путин"
    assert rows[1]["country"] == "RUS"  # the principal's, as the press secretary's role names no country
    (row,) = split_article("Stephane Okafor, spokesperson for the Secretary-General, said the UN was ready.",
                           {"doc_id": "q", "language": "en"})
    assert row["speaker"] == "Stephane Okafor" and row["principal"] == "Secretary-General"


def test_non_persons_are_not_speakers(en):
    assert who(en, "The Global Peace Initiative demonstrates") == (None, "narration", "unresolved")  # "organisers said"
    (row,) = split_article("The Hanoi Convention demonstrates that cooperation works.", {"doc_id": "x", "language": "en"})
    assert row["speaker"] is None and row["role"] == "narrator"
    for text, language in (("Белый дом заявил, что санкции продлят.", "ru"), ("In a statement, the ministry said it regretted the vote.", "en")):
        (row,) = split_article(text, {"doc_id": "x", "language": language})
        assert row["speaker_kind"] == "institution" and row["role"] is None  # an institution, not a person


@pytest.mark.parametrize("text,language,name", [
    ("Russia's Foreign Ministry said the talks had failed.", "en", "Russia's Foreign Ministry"),
    ("Reuters reported that the meeting was cancelled.", "en", "Reuters"),
    ("В МИД России заявили, что решение окончательное.", "ru", "МИД России"),
    ("Россия не будет участвовать в саммите, сообщает ТАСС.", "ru", "ТАСС"),
    ("По данным пресс-службы Кремля, встреча отложена.", "ru", "пресс-служба Кремля"),
    ("Вьетнам заявил о поддержке конвенции.", "ru", "Вьетнам"),  # a state that speaks (the gold's convention)
    ("Смерть военнослужащего подтвердила пресс-служба НАТО.", "ru", "пресс-служба НАТО"),
    ("Reuters, citing anonymous sources, reported that exports had stopped.", "en", "Reuters"),
])
def test_institutions_that_issue_statements(text, language, name):
    (row,) = split_article(text, {"doc_id": "i", "language": language})
    assert (row["speaker"], row["speaker_kind"], row["mode"]) == (name, "institution", "reported")


@pytest.mark.parametrize("text,language", [("Critics said the plan was flawed.", "en"),
                                           ("Эксперты заявили, что это ошибка.", "ru"),
                                           ("According to the UN report, 3 million people were displaced.", "en"),
                                           ("Officials of several countries said the plan was flawed.", "en"),
                                           ("Представители оппозиции заявили, что это ошибка.", "ru")])
def test_vague_groups_and_documents_stay_narration(text, language):
    (row,) = split_article(text, {"doc_id": "v", "language": language})
    assert row["speaker"] is None and row["mode"] == "narration"


def test_clause_fragments_are_not_roles():
    (row,) = split_article("Anna Keller, speaking at the summit on Tuesday, said the deal was close.",
                           {"doc_id": "c", "language": "en"})
    assert row["speaker"] == "Anna Keller" and row["role"] is None
    (row,) = split_article("Anna Keller, a day after the vote, said the deal was close.", {"doc_id": "c", "language": "en"})
    assert row["role"] is None


def test_country_and_organisation_from_the_role(en, ru):
    rows = split_article(EN_WIRE, {"doc_id": "e", "language": "en"})
    by_name = {r["speaker"]: r for r in rows if r["speaker"]}
    assert by_name["Yevgeny Marchenko"]["country"] == "RUS"
    rows = split_article("Глава МИД КНР Ван Лэй заявил, что Пекин готов к переговорам.\n"
                         "Генеральный секретарь ООН Антониу Гутерреш призвал к сдержанности.\n",
                         {"doc_id": "c", "language": "ru"})
    assert rows[0]["country"] == "CHN"
    assert rows[1]["country"] is None and rows[1]["organization"] == "UN"


def test_one_identity_per_person_within_and_across_articles(ru):
    assert ru.loc[ru["text"].str.startswith("Ранее Гутерреш"), "speaker"].item() == "Антониу Гутерреш"
    assert same_person("Гутерреш", "Guterres") and same_person("Гутерриш", "Антониу Гутерреш")
    assert same_person("В.Путин", "Владимир Путин") and not same_person("Anna Keller", "Maria Keller")
    assert transliterate("Гутерреш") == "Guterresh"
    table = pd.DataFrame({"doc_id": ["a", "b", "c", "d", "d"],
                          "speaker": ["Антониу Гутерреш", "António Guterres", "Guterres", "Anna Keller", "Maria Keller"],
                          "role": ["генсек ООН", "UN Secretary-General", None, "minister", "director"]})
    ids = assign_speaker_ids(table).tolist()
    assert ids[0] == ids[1] == ids[2] and ids[3] != ids[4]


def test_the_alias_table_overrides_the_automatic_merge(tmp_path):
    table = pd.DataFrame({"doc_id": ["a", "b"], "speaker": ["Bob Tanaka", "Robert Tanaka"], "role": [None, None]})
    ids = assign_speaker_ids(table).tolist()
    assert ids[0] != ids[1]
    (tmp_path / "aliases.yaml").write_text("Robert Tanaka: [Bob Tanaka]\n", encoding="utf-8")
    ids = assign_speaker_ids(table, aliases=tmp_path / "aliases.yaml").tolist()
    assert ids[0] == ids[1]


def test_a_broken_alias_table_is_a_clear_error(tmp_path):
    from analysis.errors import AnalysisError

    (tmp_path / "aliases.yaml").write_text("- just a list\n", encoding="utf-8")
    with pytest.raises(AnalysisError, match="Canonical Name"):
        assign_speaker_ids(pd.DataFrame({"doc_id": ["a"], "speaker": ["X Y"], "role": [None]}),
                           aliases=tmp_path / "aliases.yaml")


def test_titles_are_data_with_every_case_form():
    assert {"постпреда", "генсеку", "министром", "spokesperson"} <= TITLE_WORDS


def test_transcript_turns_with_initials_resolved_and_narration_kept():
    body = ("Владимир Путин провёл встречу с мэром Москвы Сергеем Собяниным.\n"
            "В.Путин: Добрый день, Сергей Семёнович!\n"
            "С.Собянин: Здравствуйте, Владимир Владимирович.\n"
            "Город развивается.\n"
            "Mr. Nebenzia (Russian Federation): We object.\n")
    got = sentences(body, "ru")
    assert got["speaker"].isna().iloc[0] and got["mode"].iloc[0] == "narration"
    assert got["speaker"].iloc[1:].tolist() == ["Владимир Путин", "Сергей Собянин", "Сергей Собянин", "Nebenzia"]
    assert got["cue"].iloc[1:].eq("turn").all() and got["mode"].iloc[3] == "continued"


def test_evaluator_aligns_by_offset_and_matches_people_by_name(tmp_path):
    import json

    from analysis.corpus.attribution_eval import evaluate

    body = "Министр Иван Петров заявил, что переговоры продолжатся.\nЗаседание закончилось вечером.\n"
    (tmp_path / "a.txt").write_text("---\nformat: news\nlanguage: ru\n---\n" + body, encoding="utf-8")
    first, second = body.index("Министр"), body.index("Заседание")
    rows = [
        {"doc_id": "a", "path": "a.txt", "language": "ru", "split": "dev", "start": first,
         "end": body.index("\n"), "speaker": "Петров И.", "mode": "reported"},  # another form of the name
        {"doc_id": "a", "path": "a.txt", "language": "ru", "split": "dev", "start": second,
         "end": len(body) - 1, "speaker": "Иван Петров", "mode": "reported"},  # wrong on purpose: narration
    ]
    (tmp_path / "gold.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    report, wrong = evaluate(tmp_path / "gold.jsonl", "dev", [tmp_path])
    assert report["ru"]["speaker_accuracy"] == 0.5 and report["ru"]["narrator_accuracy"] == 0.5
    assert report["ru"]["ids_per_person"] == 1.0 and len(wrong) == 1


def test_load_report_summarises_each_article_and_notes_one_without_officials(tmp_path):
    from analysis.corpus import load_corpus

    (tmp_path / "a.md").write_text("---\nformat: news\ndoc_id: a\nlanguage: ru\n---\n" + RU_WIRE, encoding="utf-8")
    (tmp_path / "b.md").write_text("---\nformat: news\ndoc_id: b\nlanguage: en\n---\nThe storm hit the coast on Monday.\n",
                                   encoding="utf-8")
    corpus = load_corpus(tmp_path)
    articles = {a["doc_id"]: a for a in corpus.report.articles}
    assert articles["a"]["speakers"]["Сергей Лавров"] >= 5 and articles["a"]["via_pronoun"] >= 2
    assert articles["a"]["via_title"] >= 3 and 0 < articles["a"]["narrator_share"] < 0.5
    assert articles["b"]["speakers"] == {} and articles["b"]["narrator_share"] == 1.0
    assert [n.source for n in corpus.report.notes if n.code == "no_official"] == [str(tmp_path / "b.md")]
    s = corpus.statements
    assert s.loc[s["speaker"] == "Антониу Гутерреш", "speaker_id"].nunique() == 1
    assert s["speaker_id"].isna().eq(s["speaker"].isna()).all()


@pytest.mark.parametrize("text,language,role", [("U.S. officials said the strike was justified.", "en", "U.S. officials"),
                                                ("Российские дипломаты заявили, что протест направлен.", "ru",
                                                 "российские дипломаты"),
                                                ("Representatives of the Defence Ministry said the strike was justified.", "en",
                                                 "Representatives of the Defence Ministry"),
                                                ("Официальные представители Генштаба заявили, что удар нанесён.", "ru",
                                                 "официальные представители Генштаба")])
def test_unnamed_officials_tied_to_a_government_are_unnamed_speakers(text, language, role):
    (row,) = split_article(text, {"doc_id": "u", "language": language})
    assert row["speaker"] is None and row["role"] == role and row["mode"] == "reported"


def test_readout_conventions_joint_statements_and_the_russian_side():
    got = sentences("Президент России Владимир Путин провёл переговоры с Президентом Франции Эммануэлем Макроном.\n"
                    "Владимир Путин и Эммануэль Макрон подчеркнули важность диалога.\n"
                    "С российской стороны выражена готовность к продолжению контактов.\n"
                    "Стороны обсудили ход реализации договорённостей.\n", "ru")
    assert [s if isinstance(s, str) else None for s in got["speaker"]][1:] == [None, "Владимир Путин", None]


def test_speech_after_an_action_belongs_to_the_subject_when_it_is_most_of_the_sentence():
    got = sentences("Президент Владимир Путин провёл совещание.\nПутин прибыл в Париж в понедельник и заявил журналистам, "
                    "что переговоры будут трудными, но необходимыми для обеих стран.\n", "ru")
    assert got["speaker"].iloc[1] == "Владимир Путин"


def test_an_unnamed_interviewer_turn():
    got = sentences("Вопрос: Как вы оцениваете переговоры?\nВ.Путин: Положительно.\n", "ru")
    assert got["speaker"].isna().iloc[0] and got["role"].iloc[0] == "представитель СМИ"
    assert got["speaker"].iloc[1] == "В. Путин" and got["mode"].tolist() == ["direct", "direct"]


def test_a_title_of_another_kind_is_a_new_unnamed_speaker():
    rows = split_article("Министр Иван Петров заявил, что решение принято.\nПрокурор заявил, что приговор законен.\n",
                         {"doc_id": "p", "language": "ru"})
    assert rows[1]["speaker"] is None and rows[1]["role"] == "прокурор" and rows[1]["mode"] == "reported"


def test_the_other_side_in_a_readout_is_that_countrys_leader():
    got = sentences("Владимир Путин провёл переговоры с Председателем КНР Си Цзиньпином.\n"
                    "С китайской стороны выражена поддержка диалогу.\n", "ru")
    assert got["speaker"].iloc[1] == "Си Цзиньпин"


@pytest.mark.parametrize("text, language", [
    ('Governor Ana Ribeiro wrote that she was "saddened by the loss of a colleague. A tireless public servant. '
     'The province will remember him".\nThe funeral is on Friday.', "en"),
    ("Губернатор Анна Рыбина написала, что «скорбит о потере коллеги. Это был неутомимый человек. "
     "Область его не забудет».\nПохороны пройдут в пятницу.", "ru"),
])
def test_sentences_inside_a_quotation_opened_earlier_keep_its_speaker(text, language):
    rows = split_article(text, {"doc_id": "q", "language": language})
    assert len(rows) >= 3 and rows[0]["speaker"].endswith(("Ribeiro", "Рыбина"))
    assert [r["speaker"] for r in rows[:-1]] == [rows[0]["speaker"]] * (len(rows) - 1)
    assert rows[1]["mode"] == "continued"
    assert rows[-1]["speaker"] is None  # after the quotation closes, the reporter again



def test_a_russian_passive_of_an_accusation_is_not_speech():
    (row,) = split_article("Генерал Иван Петров обвиняется в превышении полномочий.", {"doc_id": "v", "language": "ru"})
    assert row["speaker"] is None and row["mode"] == "narration"


def test_one_of_several_officials_named_in_apposition_is_the_speaker():
    rows = split_article("One of the country's deputy ministers, Anna Keller, said the deal was dead. "
                         "In Lagos, Ikoyi Island, residents said the water rose.", {"doc_id": "a", "language": "en"})
    assert rows[0]["speaker"] == "Anna Keller" and rows[0]["mode"] == "reported"
    assert rows[1]["speaker"] is None  # a place in apposition is nobody


def test_a_body_of_a_named_official_speaks_not_the_official():
    (row,) = split_article("Канцелярия премьер-министра Анны Кузьминой заявила, что визит отложен.", {"doc_id": "o", "language": "ru"})
    assert row["speaker"] != "Анна Кузьмина" and row["speaker_kind"] == "institution"
    (row,) = split_article("Премьер-министр Анна Кузьмина заявила, что визит отложен.", {"doc_id": "o", "language": "ru"})
    assert row["speaker"] == "Анна Кузьмина"


@pytest.mark.parametrize("text, language", [
    ('The agency said the storm would reach the coast by Monday. It brought "record" rainfall to two islands.', "en"),
    ("Министр Иван Петров сообщил, что шторм дойдёт до побережья. Он принёс «рекордные» ливни на два острова.", "ru"),
])
def test_a_scare_quote_does_not_make_narration_speech(text, language):
    rows = split_article(text, {"doc_id": "s", "language": language})
    assert rows[0]["speaker"] is not None and rows[1]["speaker"] is None
