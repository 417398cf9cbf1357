"""News copy (attribution round 23): kinds of error that recur on the wire sets (wire10 and the sets before it), each
as a short invented article (people invented, countries and bodies real) that round 22's code gets wrong, with the
ordinary copy each rule must leave alone."""

from __future__ import annotations

from attribution_check import gold_speakers


def test_a_subject_before_a_clause_set_off_by_commas_speaks():
    body = ("Congo and Rwanda signed a ceasefire on Monday. The U.S. State Department, which has pushed for a broader "
            "agreement, said it welcomed the commitment.\n")
    assert gold_speakers(body, "en")[1] == "U.S. State Department"
    perfect = ("The United States, which has a defence treaty with the Philippines, has previously said the pact "
               "would apply.\n")
    assert gold_speakers(perfect, "en") == ["United States"]
    appositive = ("Maria Ruffo, a lawyer with the Association for Migrants (Asam), who represents several of the men, "
                  "said her clients had been held for nine days.\n")
    assert gold_speakers(appositive, "en") == ["Maria Ruffo"]
    russian = ("Рустам, строитель из Худжанда, который третий год работает в Подмосковье, рассказал «Известиям», что "
               "слышал об изменениях от земляков.\n")
    assert gold_speakers(russian, "ru") == ["Рустам"]


def test_a_clause_set_off_by_commas_gives_no_speaker_to_a_document_a_place_or_a_vague_group():
    for text in ("The report, which was published on Monday, said unemployment rose.\n",
                 "Protesters, who gathered outside parliament, said they would return.\n",
                 "The village, which lies near the border, reported no damage.\n",
                 "The deal, which the Kremlin welcomed, said nothing about gas.\n",
                 "The storm, which hit the coast on Monday, prompted warnings.\n"):
        assert gold_speakers(text, "en") == [None], text
    for text in ("Дом, который построили в 1950 году, признали аварийным.\n",
                 "Протестующие, которые собрались у парламента, заявили, что вернутся.\n",
                 "Доклад, опубликованный в понедельник, сообщает о росте безработицы.\n"):
        assert gold_speakers(text, "ru") == [None], text
