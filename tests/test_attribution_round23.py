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


def test_a_headline_credited_to_a_group_of_officials_is_the_ledes_unnamed_group_or_official():
    diplomats = ("Board faces push to rebuke Iran over inspector access, diplomats say\n\n"
                 "VIENNA, June 2 (Reuters) - Britain and France are preparing a resolution that would rebuke Iran, "
                 "four diplomats said on Monday.\n")
    assert gold_speakers(diplomats, "en") == ["[diplomats]", "[diplomats]"]
    official = ("US and Brazil agree to restart border talks, officials say\n\n"
                "Washington (CNN) — The United States and Brazil have agreed to resume negotiations, a senior State "
                "Department official told CNN on Tuesday.\n")
    assert gold_speakers(official, "en")[0] == "[a senior State Department official]"


def test_mediators_speak_as_a_group_of_officials():
    body = ("Sudan's warring sides agree to truce talks, mediators say\n\n"
            "(CNN) — Sudan's army and the RSF have agreed to send delegations to talks, mediators said Friday, "
            "raising hopes of a pause.\n\nSaudi and US mediators say the army has committed to a pause.\n")
    assert gold_speakers(body, "en") == ["[mediators]", "[mediators]", "[US mediators]"]


def test_a_group_credit_stays_the_narrators_without_an_unnamed_speaker_and_mediators_act_without_speaking():
    named = ("Voters head to the polls in Gambia, officials say\n\n"
             "BANJUL - Voters queued from dawn on Saturday, Interior Minister Ousman Jallow said.\n")
    assert gold_speakers(named, "en")[0] is None  # never the named minister of the lede
    for text in ("Mediators from the region met on Monday.\n", "The mediators arrived in Jeddah.\n",
                 "Critics said the mediators had failed.\n", "Two mediators flew to Doha on Sunday.\n",
                 "The talks, hosted by mediators, ended without a deal.\n"):
        assert gold_speakers(text, "en") == [None], text
