"""Draw a held-out set of UN Security Council sentences: a genre the codebook was never tuned on.

Why: every earlier official set comes from the General Debate or kremlin.ru. Security Council statements are the
same speakers (heads of delegation) in a harder register: crisis debates, accusations, replies. A set from them says
whether the codebook's figures travel beyond the debate they were tuned on.

The rule (``random.Random(SEED)``, helpers from ``../draw_official.py``): UNSCon (``../shared/corpora/unscon``,
``conflict_annotations_sentences.csv``: 86 speeches of six meetings, 2014 on Ukraine and 2016 on women, peace and
security). Per meeting 5 speeches, then up to 10 sentences of 6-70 words from each, spread over its thirds. The
corpus stores sentences tokenised ("warnings  about the crisis ."); spaces before punctuation and before the clitics
's and n't are removed and runs of spaces closed, nothing else ("pro - Russian" stays as the corpus has it). Every
row keeps the sentence before it. Speeches go whole to ``dev`` or ``test``, half each
(``draw_official.assign_splits`` with ``SEED``): the set was scored once whole on codebook 2026.13; a later
round may read dev's errors, and test is read once after it.

Drawn 1 Dec 2026, before codebook round 16 changed anything. Needs ``country_converter`` (for the continents).
Usage: python data/gold/official/unsc/draw.py ../shared/corpora > data/gold/official/unsc/sentences.jsonl
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import draw_official as base  # noqa: E402

from analysis.countries import P5, add_country_groups, country_in  # noqa: E402

SEED = 20261220
SPEECHES_PER_MEETING = 5


def detokenise(text: str) -> str:
    """Undo the corpus's tokenisation: no space before closing punctuation or after an opening bracket."""
    text = re.sub(r"\s+([.,;:!?)\]%])", r"\1", " ".join(text.split()))
    return re.sub(r"([(\[])\s+", r"\1", text).replace(" 's", "'s").replace(" n't", "n't")


def main(root: Path) -> None:
    table = pd.read_csv(root / "unscon" / "conflict_annotations_sentences.csv")
    table["start"] = table["sentence_char_offsets"].str.split("-").str[0].astype(int)
    # file names title-case every word ("Republic_Of_Korea"); the country patterns expect "of"
    names = {name: country_in(name.replace("_", " ").replace(" Of ", " of ")) for name in table["country"].unique()}
    missing = sorted(name for name, code in names.items() if code is None)
    if missing:
        raise SystemExit(f"no ISO3 code for speaker countries {missing}")
    table["iso3"] = table["country"].map(names)
    groups = add_country_groups(table[["iso3"]].drop_duplicates().rename(columns={"iso3": "country"}))
    group_of = dict(zip(groups["country"], groups["development_group"]))
    continent = base.continent_of()
    rng = random.Random(SEED)
    rows = []
    for meeting, speeches in table.groupby("basename", sort=True):
        names_here = sorted(speeches["filename"].unique())
        for speech in sorted(rng.sample(names_here, min(SPEECHES_PER_MEETING, len(names_here)))):
            part = speeches[speeches["filename"] == speech].sort_values("start")
            sentences = [detokenise(t) for t in part["sentence_text"]]
            country = part["iso3"].iloc[0]
            rows += [{**s, "document_id": speech, "source": "unscon", "language": "en",
                      "year": int(meeting.split("_")[1]), "country": country,
                      "group": "P5" if country in P5 else group_of.get(country),
                      "region": continent.get(country, "Other"), "doc_kind": "security_council",
                      "stratum": f"en unsc {meeting.split('_')[1]}"}
                     for s in base.spread(sentences, 10, rng, 6, 70)]
    base.assign_splits(rows, {"dev": 0.5, "test": 0.5}, SEED, stratify=None)
    base.emit(rows, set(), lambda r, n: f"unsc-{n:04d}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
