"""kremlin.ru documents as official speech: the President's own words, kind of document, counterpart.

The ``kremlin_ru`` corpus mixes the President's addresses with transcripts (turns written
``В.Путин:``, ``С.Доренко:``), interviews and the press office's readouts. For tone and
framing of *official speech* only his words count, so :func:`president_statements` keeps
a document whole when the corpus marks it as his (``speaker`` set) and otherwise keeps only
his turns; documents without any are left out and counted, never silently dropped.
:func:`document_kind` and :func:`counterpart_country` read the title, and the rule each
uses is the table below, so an analyst can check why a document landed where it did.
"""

from __future__ import annotations

import re

import pandas as pd

from ..attribution.layout import segments  # one reading of transcript turns for this module and news attribution
from ..attribution.vocabulary import NAMED_TURN, TURN

PRESIDENT = "Владимир Путин"
PRESIDENT_TURN = "В.Путин"

# First match wins; the words are lower-case stems looked for in the lower-cased title.
KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("interview", ("интервью", "ответы на вопросы", "ответ на вопрос", "пресс-конференц", "прямая линия",
                   "интернет-конференц", "беседа с журналист", "беседа с руководителями")),
    ("greeting", ("поздравлен", "поздрав", "приветств")),
    ("address", ("обращени", "послани", "выступлени", "вступительное слово", "заявлени", "видеообращени")),
    ("talks", ("переговор", "встреча с президент", "встреча с премьер", "встреча с председателем кнр",
               "встреча с министром иностранных", "беседа с президент", "телефонный разговор", "визит",
               "саммит", "спецпосланник")),
    ("meeting", ("совещани", "заседани", "cовещани", "коллеги", "встреча", "беседа")),
)

# Counterpart country from the title: (pattern, ISO3). Adjectives and case forms are stems.
COUNTERPARTS: tuple[tuple[str, str], ...] = (
    (r"США|американск|Трамп|Уиткофф", "USA"), (r"КНР|Кита[йяе]|китайск|Си Цзиньпин", "CHN"),
    (r"Белорусс|Беларус|белорусск|Лукашенко", "BLR"), (r"Казахстан", "KAZ"), (r"Узбекистан", "UZB"),
    (r"Таджикистан|Рахмон", "TJK"), (r"Мьянм", "MMR"), (r"Венесуэл", "VEN"), (r"Катар", "QAT"),
    (r"ОАЭ|Аль Нахайян", "ARE"), (r"Сербии|Сербия|Вучич", "SRB"), (r"Армени|Пашинян", "ARM"),
    (r"Иран", "IRN"), (r"Турци|Эрдоган", "TUR"), (r"Индии|Моди", "IND"), (r"Израил", "ISR"),
    (r"Кубы|Куба", "CUB"), (r"Монголи", "MNG"), (r"Конго", "COG"), (r"Гвине|бисайск", "GNB"),
    (r"Оман", "OMN"), (r"Саудовск", "SAU"), (r"Сири[ийя]|сирийск", "SYR"), (r"ЮАР", "ZAF"),
    (r"Франци|французск", "FRA"), (r"ФРГ|германск|немецк", "DEU"), (r"британск", "GBR"),
    (r"канадск", "CAN"), (r"Кореи|корейск", "PRK"), (r"Азербайджан|Алиев", "AZE"),
)
_COUNTERPARTS = tuple((re.compile(pattern), iso3) for pattern, iso3 in COUNTERPARTS)


def document_kind(title: str) -> str:
    """address, greeting, talks, interview, meeting or other, by the first rule of ``KINDS`` that matches."""
    lowered = str(title).lower()
    return next((kind for kind, stems in KINDS if any(stem in lowered for stem in stems)), "other")


def counterpart_country(title: str) -> str | None:
    """ISO3 of the foreign country a title names (talks, calls, interviews to its media), else None."""
    found = [iso3 for pattern, iso3 in _COUNTERPARTS if pattern.search(str(title))]
    return found[0] if found else None


def president_paragraphs(text: str, whole: bool, turn_rule: re.Pattern = TURN, inline_turns: bool = True) -> list[str]:
    """The paragraphs spoken by the President: all of them when ``whole``, else his transcript turns.

    kremlin.ru's texts are whitespace-normalised, so a turn (a journalist's «Вопрос:», a guest's
    "Ван И (как переведено) :") often starts inside a line: ``inline_turns`` cuts lines there, as
    news attribution does. ``turn_rule`` is what starts a turn; a seeded draw made with an older
    rule passes that rule (and ``inline_turns=False``) so that it still draws the same sentences."""
    lines = [p.strip() for p in str(text).split("\n") if p.strip()]
    if whole:
        return lines
    kept, speaker = [], None
    for paragraph in [p for _, p in segments(str(text))] if inline_turns else lines:
        turn = turn_rule.match(paragraph) or (NAMED_TURN.match(paragraph) if inline_turns else None)
        if turn:
            speaker = turn.group(1).replace(" ", "")
            speaker = PRESIDENT_TURN if speaker == PRESIDENT.replace(" ", "") else speaker
            paragraph = paragraph[turn.end():]
        if speaker == PRESIDENT_TURN and paragraph:
            kept.append(paragraph)
    return kept


def president_statements(statements: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(the President's words, one statement per document; the documents left out and why).

    Adds ``doc_kind`` and ``counterpart`` (ISO3 or null). A document marked with the
    President as ``speaker`` is kept whole; any other keeps only its ``В.Путин:`` turns.
    """
    kept, left_out = [], []
    for row in statements.to_dict("records"):
        whole = str(row.get("speaker") or "") == PRESIDENT
        paragraphs = president_paragraphs(row["text"], whole)
        if not paragraphs:
            left_out.append({"statement_id": row["statement_id"], "title": row.get("title"),
                             "reason": "no words of the President (readout, announcement or others' turns)"})
            continue
        kept.append({**row, "text": "\n".join(paragraphs), "speaker": PRESIDENT,
                     "doc_kind": document_kind(row.get("title", "")),
                     "counterpart": counterpart_country(row.get("title", ""))})
    out = pd.DataFrame(kept, columns=[*statements.columns, "doc_kind", "counterpart"])
    out = out.astype({c: statements[c].dtype for c in statements.columns}).astype(
        {"doc_kind": "string", "counterpart": "string"})
    return out.reset_index(drop=True), pd.DataFrame(left_out, columns=["statement_id", "title", "reason"])
