"""News copy (issue #18, round 13): error kinds the news holdout sets showed. The texts are the team's own;
the people in them are invented."""

from __future__ import annotations

from attribution_check import speakers


def test_a_lone_name_the_writer_gives_after_named_or_a_pseudonym_is_a_new_speaker():
    body = ("Hundreds of people marched through the city centre on Sunday. "
            'A retired teacher named Okonkwo said, "We have waited long enough." '
            '"Nobody in the council listens to us. We will be back next week," said a nurse using the pseudonym Dara.\n')
    assert speakers(body, "en") == [None, "Okonkwo", "Dara", "Dara"]


def test_a_full_name_after_a_titles_complement_with_the_is_the_speaker():
    body = ("The withdrawal drew criticism from both parties. "
            'Former Ambassador to the United Nations Carla Brenner wrote on Twitter, "Our allies are watching. '
            'Leaving them now is a grave mistake." '
            'Speaker of the House Tom Whitcombe said, "We will hold hearings."\n')
    assert speakers(body, "en") == [None, "Carla Brenner", "Carla Brenner", "Tom Whitcombe"]
