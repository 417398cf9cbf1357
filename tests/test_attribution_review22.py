"""News copy (review of attribution round 22, issue #18): the probe kinds round 22 broke, each as a short invented
article (people invented, countries and bodies real) that the code after round 23 gets wrong, with the copy each
fix must leave alone."""

from __future__ import annotations

from attribution_check import gold_speakers


def test_estimates_closed_by_a_plural_common_noun_stay_narration_whatever_comes_before_it():
    for vague in ("По оценкам опрошенных агентством экономистов, ставка останется прежней.\n",
                  "По оценкам опрошенных РБК экономистов, инфляция по итогам года составит 7%.\n",
                  "Инфляция, по оценкам независимых аналитиков, замедлится.\n"):
        assert gold_speakers(vague, "ru") == [None]
    body = "По оценкам Всемирного банка, экономика Египта вырастет на 3% в этом году.\n"
    assert gold_speakers(body, "ru") != [None]  # a body's estimates stay its own
    named = "По оценкам директора института Ивана Мухина, реформа обойдется в 200 млрд рублей.\n"
    assert gold_speakers(named, "ru") == ["Иван Мухин"]


def test_a_bodys_statement_about_a_report_stays_the_bodys():
    for statement, body in (("Об этом говорится в заявлении МИД России по докладу ООН.\n", "МИД России"),
                            ("Об этом говорится в заявлении Минздрава по исследованию вакцины.\n", "Минздрав"),
                            ("Об этом говорится в заявлении Госдепартамента США о докладе Amnesty International.\n",
                             "Госдепартамент США")):
        assert gold_speakers(statement, "ru")[0] not in (None, "[]"), statement
        assert body.split()[0][:5] in gold_speakers(statement, "ru")[0]
    report = "Об этом говорится в опубликованном в среду докладе ООН.\n"
    assert gold_speakers(report, "ru") == [None]  # the report's own words stay narration
