"""Codebook 2026.23 (round 23): Russian wording families for trust, developing countries, cooperation, human rights
and multilateralism.

Every sentence was written for this test in the register of Russian MFA, UN-mission and Kremlin statements (none is
taken from a corpus or a gold set). Each test pairs a paraphrase that codes the frame only since 2026.23 with a sense
of the same words that must not, so every test fails on the codebook before this round.
"""

from __future__ import annotations

from frame_check import frames_of


def test_what_we_were_told_against_what_happened_is_trust_but_our_own_saying_is_not():
    assert "trust" in frames_of("Помощь, как нам объясняли, предназначалась голодающим, но ушла в богатые страны.", "ru")
    assert "trust" in frames_of("Нас долго уверяли, что расширения альянса не будет.", "ru")
    assert "trust" not in frames_of("Как мы говорим, качество жизни — главная задача.", "ru")


def test_promises_kept_and_agreements_never_carried_out_but_not_a_plan_never_started():
    assert "trust" in frames_of("Как и обещали, мы направили партию удобрений в Малави.", "ru")
    assert "trust" in frames_of("Вторая часть пакетных договорённостей так и не была выполнена.", "ru")
    assert "trust" in frames_of("Когда договорённости будут выполнены партнёрами, вернёмся к диалогу.", "ru")
    assert "trust" not in frames_of("Ремонт дороги так и не начался.", "ru")


def test_words_against_deeds_transparency_measures_and_trusting_but_not_a_word_count():
    assert "trust" in frames_of("Западные коллеги на словах поддерживают диалог, а на практике его блокируют.", "ru")
    assert "trust" in frames_of("Наши меры транспарентности в военной сфере были проигнорированы.", "ru")
    assert "trust" in frames_of("Почему государства должны довериться таким гарантиям?", "ru")
    assert "trust" not in frames_of("Текст доклада сократили на тысячу слов.", "ru")


def test_the_world_food_programme_is_developing_countries_but_a_regional_food_plan_is_not():
    found = frames_of("Россия увеличила взнос во Всемирную продовольственную программу.", "ru")
    assert "developing_countries" in found
    assert "developing_countries" not in frames_of("Областная продовольственная программа продлена на год.", "ru")


def test_supplies_given_free_to_states_but_not_free_work_at_home():
    assert "developing_countries" in frames_of("Мы безвозмездно передадим зерно нуждающимся странам.", "ru")
    assert "developing_countries" in frames_of("Удобрения поставлены партнёрам на безвозмездной основе.", "ru")
    assert "developing_countries" not in frames_of("Подрядчики на безвозмездной основе отремонтировали школу.", "ru")


def test_training_other_countries_national_cadres_but_not_a_college_training_staff():
    assert "developing_countries" in frames_of("Наша страна помогала молодым государствам готовить кадры.", "ru")
    assert "developing_countries" in frames_of("Продолжим подготовку высококвалифицированных национальных кадров Лаоса в российских вузах.", "ru")
    assert "developing_countries" in frames_of("Содействуем подготовке национальных специалистов-сапёров.", "ru")
    assert "developing_countries" not in frames_of("Колледж готовит кадры для металлургии.", "ru")


def test_mutually_acceptable_solutions_and_helping_others_build_but_not_building_at_home():
    assert "cooperation" in frames_of("Уверен, наши страны найдут взаимоприемлемый компромисс.", "ru")
    assert "cooperation" in frames_of("Советские специалисты помогали строить электростанции в Египте.", "ru")
    assert "cooperation" not in frames_of("Рабочие строят новый мост через реку.", "ru")


def test_language_rights_and_non_citizens_but_not_a_language_course():
    assert "human_rights" in frames_of("Обучение на языках меньшинств фактически запрещено.", "ru")
    assert "human_rights" in frames_of("Сотни тысяч неграждан лишены права голоса.", "ru")
    assert "human_rights" in frames_of("Жителей лишают права пользоваться родным языком.", "ru")
    assert "human_rights" in frames_of("Новый закон вытесняет русский язык из школ.", "ru")
    assert "human_rights" not in frames_of("Школьники изучают родной язык и литературу.", "ru")


def test_the_press_kept_out_but_not_correspondents_reporting():
    assert "human_rights" in frames_of("Наших корреспондентов не пускают на брифинги.", "ru")
    assert "human_rights" in frames_of("Неугодные издания блокируются без суда.", "ru")
    assert "human_rights" not in frames_of("Корреспонденты сообщают о новых наводнениях.", "ru")


def test_un_missions_by_acronym_and_brics_as_the_association_but_not_a_country_unified():
    assert "multilateralism" in frames_of("МООНЮС продолжает патрулирование.", "ru")
    statement = ("Саммит БРИКС прошёл в Казани. К нашему объединению хотят присоединиться ещё двадцать стран.")
    found = frames_of(statement, "ru")
    assert "multilateralism" in found
    assert "multilateralism" not in frames_of("Объединение страны заняло десятилетия.", "ru")
