"""Russian press-office copy (issue #18, round 12): what news holdout5 (kremlin.ru items and transcripts,
read once, then used as development data) found wrong. The texts are the team's own; people and states
other than the host are invented."""

from __future__ import annotations

import pandas as pd

from analysis.corpus.news import article_sentences
from attribution_check import gold_speakers


def _speakers(body: str, meta: dict) -> list:
    table = article_sentences(body, {"doc_id": "k", "language": "ru", **meta})
    return [None if pd.isna(s) else s for s in table["speaker"]]


def test_a_transcripts_press_office_lead_is_narration_even_when_the_document_names_its_speaker():
    body = ("Владимир Путин провёл совещание с членами Правительства.\n"
            "В совещании приняли участие Председатель Правительства Олег Дронов и Министр финансов Анна Белова. "
            "В.Путин: Добрый день, уважаемые коллеги! Начнём с бюджета.\n")
    assert _speakers(body, {"speaker": "Владимир Путин"}) == [None, None, "Владимир Путин", "Владимир Путин"]
    # a text with no turn is still the document speaker's throughout (an address, a written statement)
    statement = "Сегодня завершена важная работа. Мы благодарим всех, кто в ней участвовал.\n"
    assert _speakers(statement, {"speaker": "Владимир Путин"}) == ["Владимир Путин", "Владимир Путин"]


def test_sharing_assessments_and_setting_out_approaches_are_speech():
    body = ("Состоялся телефонный разговор Владимира Путина с Президентом Республики Казахстан Ерланом Сапаровым. "
            "Владимир Путин поделился оценками хода переговоров. "
            "Ерлан Сапаров изложил позицию своей страны по этому вопросу.\n")
    assert gold_speakers(body, "ru")[1:] == ["Владимир Путин", "Ерлан Сапаров"]


def test_appearing_at_an_event_named_in_guillemets_is_narration_and_a_speech_is_not():
    for event in ("Министр Иван Орлов выступил на открытии форума «Молодые инженеры».\n",
                  "Министр Иван Орлов выступил на форуме «Сильные идеи для нового времени».\n"):
        assert gold_speakers(event, "ru") == [None]
    said = "Министр Иван Орлов выступил с речью: «Мы построим в этом году сорок новых школ».\n"
    assert gold_speakers(said, "ru") == ["Иван Орлов"]


def test_two_presidents_together_are_no_one_speaker():
    body = ("Состоялись переговоры Президента России с Президентом Республики Казахстан. "
            "Кроме того, президенты России и Казахстана выступили с заявлениями для прессы.\n")
    assert gold_speakers(body, "ru") == [None, None]
    # one country's officials acting together stay a speaker, and one named person with an office for two states is one
    one = "Представители МИД Казахстана заявили, что переговоры будут продолжены.\n"
    assert gold_speakers(one, "ru")[0] is not None
    envoy = "Посол России в Казахстане и Киргизии Иван Орлов заявил, что переговоры будут продолжены.\n"
    assert gold_speakers(envoy, "ru") == ["Иван Орлов"]


def test_the_host_named_bare_among_foreign_guests_holds_the_hosts_office():
    body = ("Владимир Путин провёл телефонный разговор с Президентом Республики Казахстан Ерланом Сапаровым.\n"
            "Президент России поздравил Ерлана Сапарова с национальным праздником.\n")
    assert gold_speakers(body, "ru")[1] == "Владимир Путин"
    # with a second person named bare, the office is not guessed
    two = ("Владимир Путин и Олег Дронов встретились с Президентом Республики Казахстан Ерланом Сапаровым.\n"
           "Президент России поздравил Ерлана Сапарова с национальным праздником.\n")
    assert gold_speakers(two, "ru")[1] == "[президент России]"
