"""News copy (attribution round 27): a body's statement retold over several sentences without its name (wire,
wire2, wire3, wire10, wire11), as short invented articles (people invented, countries and bodies real) that round
26's code gets wrong, with the ordinary copy each rule must leave alone."""

from __future__ import annotations

from attribution_check import gold_speakers


def test_a_russian_staff_frame_after_a_body_is_that_body():
    body = ("МИД России выразил протест послу Японии.\n\n"
            "Как уточнили в министерстве, с японским дипломатом встретился директор департамента Олег Грачев.\n\n"
            "В посольстве России в Латвии назвали решение провокацией. Как подчеркнули в диппредставительстве, "
            "ответные меры не заставят себя ждать.\n")
    assert gold_speakers(body, "ru") == ["МИД России", "МИД России", "посольство России в Латвии",
                                         "посольство России в Латвии"]
    # the outlet told comes off before the body («Как уточнили «Фонтанке» в министерстве»)
    body = "МИД России выразил протест. Как уточнили «Фонтанке» в министерстве, нота вручена послу в понедельник.\n"
    assert gold_speakers(body, "ru") == ["МИД России", "МИД России"]
    # «Там лишь напомнили»: the body the sentence before named
    body = "В Банке Индонезии подтвердили факт консультаций. Там лишь напомнили, что регулятор уже торгует в рупиях.\n"
    assert gold_speakers(body, "ru") == ["Банк Индонезии", "Банк Индонезии"]


def test_an_english_closing_it_or_statement_after_a_body_is_that_body():
    body = ("The Foreign Ministry said in a statement it had summoned the ambassador. "
            "The talks will resume in May, it added.\n\n"
            "\"We regret the decision,\" the statement said.\n\n"
            "\"Both sides will keep the channels open,\" it said.\n")
    assert gold_speakers(body, "en") == ["Foreign Ministry"] * 4


def test_ordinary_copy_after_a_body_or_a_person_is_left_alone():
    # a person spoke last: "it" is a thing, not the body before her
    body = ("The Foreign Ministry said it had summoned the ambassador. Anna Keller, the minister, said the talks "
            "were useful. The venue is not yet known, it said.\n")
    assert gold_speakers(body, "en")[2] is None
    for sentence in ("The embassy was closed last year, and it remains shut.", "The agreement expired in March, it turned out.",
                     "Whether the talks resume, it did not say.", "The plan, which it said was final, was approved.",
                     "\"Enough,\" the banner read.", "The talks collapsed, the report said."):
        body = f"The Foreign Ministry said it had summoned the ambassador. {sentence}\n"
        assert gold_speakers(body, "en")[1] is None, sentence
    # a staff frame names vague groups, a document or someone unnamed who told an outlet: narration
    for sentence in ("Как отметили эксперты, цены вырастут.", "Как рассказали очевидцы, взрыв прогремел ночью.",
                     "Как сказали бы в старину, дело сделано.", "Как указали в решении суда, вина доказана.",
                     "Как подчеркнули в совместном заявлении стороны, диалог продолжится.",
                     "Как рассказали местные жители, воды нет третий день.", "Как пояснили аналитики, рынок перегрет.",
                     "Как рассказали в соцсетях, очереди огромные.",
                     "Как отметили в докладе ООН, голод в регионе за последний год заметно усилился.",
                     "Как уточнили Интерфаксу источники в культурной общественности, певица скончалась в больнице."):
        body = f"Президент Иван Петров провел совещание в Кремле. {sentence}\n"
        assert gold_speakers(body, "ru")[1] is None, sentence
