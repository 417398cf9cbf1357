"""Agreement, adjudication queue and the final gold file of the official-speech corpus.

    python data/gold/official/build_gold.py agree        # AGREEMENT.md + adjudication queue
    python data/gold/official/build_gold.py merge        # official.jsonl from agreed + adjudicated codes
    python data/gold/official/build_gold.py agree data/gold/official/holdout   # the same for another set

Inputs (in this folder): ``sentences.jsonl`` (the draw), ``coding/pass_a.tsv`` and
``coding/pass_b.tsv`` (the two blind passes: id, tone, frames, optional note) and, for
``merge``, ``adjudication.tsv`` (id, final tone, final frames, reason; one line for every
sentence on which the passes differ in tone or in any frame).
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import pandas as pd

from analysis.validation import krippendorff_alpha

HERE = Path(__file__).resolve().parent
FRAMES = ("multilateralism", "cooperation", "trust", "developing_countries", "sovereignty",
          "human_rights", "security", "sustainable_development")
TONES = ("positive", "negative", "neutral")


def read_pass(path: Path, coder: str) -> pd.DataFrame:
    rows = []
    with path.open(encoding="utf-8", newline="") as fh:
        for n, fields in enumerate(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
            if not fields or not fields[0].strip():
                continue
            tone = fields[1].strip()
            frames = sorted({f.strip() for f in fields[2].split(",") if f.strip() and f.strip() != "none"})
            if tone not in TONES or set(frames) - set(FRAMES):
                raise SystemExit(f"{path}:{n}: bad code {fields[1:3]}")
            rows.append({"id": fields[0].strip(), "coder": coder, "sentiment": tone, "frames": frames})
    table = pd.DataFrame(rows)
    if table["id"].duplicated().any():
        raise SystemExit(f"{path}: ids coded twice: {table.loc[table['id'].duplicated(), 'id'].tolist()[:5]}")
    return table


def load() -> tuple[pd.DataFrame, pd.DataFrame]:
    sentences = pd.read_json(HERE / "sentences.jsonl", lines=True, dtype=False)
    codings = pd.concat([read_pass(HERE / "coding" / f"pass_{coder}.tsv", coder) for coder in ("a", "b")],
                        ignore_index=True)
    missing = set(sentences["id"]) - set(codings.loc[codings["coder"] == "a", "id"]) | \
        (set(sentences["id"]) - set(codings.loc[codings["coder"] == "b", "id"]))
    if missing:
        raise SystemExit(f"{len(missing)} sentences lack a code in one pass, e.g. {sorted(missing)[:5]}")
    return sentences, codings


def agreement_table(sentences: pd.DataFrame, codings: pd.DataFrame) -> pd.DataFrame:
    parts = []
    for language in ("all", "en", "ru"):
        ids = set(sentences["id"] if language == "all" else sentences.loc[sentences["language"] == language, "id"])
        if not ids:  # holdout5 is English only
            continue
        subset = codings[codings["id"].isin(ids)]
        tone = krippendorff_alpha(subset, "sentiment", labels=TONES).assign(variable="tone")
        frames = krippendorff_alpha(subset, "frames", labels=FRAMES).assign(variable="frame")
        parts.append(pd.concat([tone, frames]).assign(language=language))
    return pd.concat(parts, ignore_index=True)


def disagreements(codings: pd.DataFrame) -> pd.DataFrame:
    wide = codings.pivot(index="id", columns="coder", values=["sentiment", "frames"])
    differ = (wide[("sentiment", "a")] != wide[("sentiment", "b")]) | \
        (wide[("frames", "a")].map(tuple) != wide[("frames", "b")].map(tuple))
    return wide[differ]


def agree() -> None:
    sentences, codings = load()
    table = agreement_table(sentences, codings)
    table.to_csv(HERE / "agreement.csv", index=False, float_format="%.3f")
    queue = disagreements(codings)
    by_id = sentences.set_index("id")
    folder = HERE / "coding" / "queue"
    folder.mkdir(exist_ok=True)
    for language in ("en", "ru"):
        with (folder / f"{language}.txt").open("w", encoding="utf-8") as fh:
            for sid, row in queue.iterrows():
                if by_id.at[sid, "language"] != language:
                    continue
                context = " ".join(str(by_id.at[sid, "prev_text"]).split()[-30:]) or "(none)"
                fh.write(f"[{sid}]\ncontext: {context}\nsentence: {by_id.at[sid, 'text']}\n"
                         f"coder A: {row[('sentiment', 'a')]} | {','.join(row[('frames', 'a')]) or 'none'}\n"
                         f"coder B: {row[('sentiment', 'b')]} | {','.join(row[('frames', 'b')]) or 'none'}\n\n")
    print(table.to_string(index=False))
    print(f"{len(queue)} sentences to adjudicate")


def merge() -> None:
    sentences, codings = load()
    queue = disagreements(codings)
    decided = {}
    with (HERE / "adjudication.tsv").open(encoding="utf-8", newline="") as fh:
        for fields in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if fields and fields[0] != "id":
                frames = sorted({f.strip() for f in fields[2].split(",") if f.strip() and f.strip() != "none"})
                if fields[1] not in TONES or set(frames) - set(FRAMES):
                    raise SystemExit(f"adjudication.tsv: bad code for {fields[0]}: {fields[1:3]}")
                decided[fields[0]] = (fields[1], frames)
    undecided = sorted(set(queue.index) - set(decided))
    if undecided:
        raise SystemExit(f"{len(undecided)} disagreements lack an adjudication, e.g. {undecided[:5]}")
    first = codings[codings["coder"] == "a"].set_index("id")
    with (HERE / "official.jsonl").open("w", encoding="utf-8") as fh:
        # missing fields (a speech's url, a news sentence's year) are read as NaN, which is not JSON: write null
        for record in sentences.astype(object).where(sentences.notna(), None).to_dict("records"):
            tone, frames = decided.get(record["id"], (first.at[record["id"], "sentiment"], first.at[record["id"], "frames"]))
            record.update(sentiment=tone, frames=list(frames), adjudicated=record["id"] in decided)
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"official.jsonl: {len(sentences)} sentences, {len(decided)} adjudicated")


if __name__ == "__main__":
    if len(sys.argv) > 2:  # another set coded by the same rules, laid out the same way (e.g. holdout/)
        HERE = Path(sys.argv[2]).resolve()
    {"agree": agree, "merge": merge}[sys.argv[1]]()
