"""Agreement, adjudication queue and the final gold file of the news-attribution set.

    python data/gold/news/build_gold.py agree    # agreement.csv + the adjudication queue
    python data/gold/news/build_gold.py merge    # gold.jsonl from agreed + adjudicated codes
    python data/gold/news/build_gold.py agree data/gold/news/holdout   # the same for another set

Inputs (in this folder): ``sentences.jsonl`` (the draw), ``coding/pass_{a,b}_{en,ru}.tsv``
(two blind passes: id, speaker, mode, principal) and, for ``merge``, ``adjudication.tsv``
(id, speaker, mode, principal, reason; one line for every sentence on which the passes name
another person or another mode). Two codings name the same person when their keys agree:
the surname (last word, lower case, ё→е) of a person, the whole lower-cased name of an
``ORG:`` or a ``[role]``; spelling beyond that (a first name given or not) is not a disagreement.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import pandas as pd

from analysis.validation import krippendorff_alpha

HERE = Path(__file__).resolve().parent
MODES = ("direct", "reported", "continued", "narration")
FIELDS = ("speaker", "mode", "principal")


def person_key(name: str | None) -> str:
    """What must agree for two codings to name the same speaker ("" for the narrator)."""
    if not name:
        return ""
    name = name.strip().lower().replace("ё", "е")
    if name.startswith(("org:", "[")):
        return " ".join(name.split())
    return name.split()[-1]


def read_pass(path: Path, coder: str) -> pd.DataFrame:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = [dict(zip(("id", *FIELDS), (f.strip() for f in fields)))
                for fields in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
                if fields and fields[0].strip() and fields[0] != "id"]
    table = pd.DataFrame(rows).reindex(columns=["id", *FIELDS]).fillna("")
    bad = table[~table["mode"].isin(MODES) | ((table["mode"] == "narration") != (table["speaker"] == ""))]
    if len(bad):
        raise SystemExit(f"{path}: {len(bad)} inconsistent codes, e.g. {bad.iloc[0].tolist()}")
    if table["id"].duplicated().any():
        raise SystemExit(f"{path}: ids coded twice, e.g. {table.loc[table['id'].duplicated(), 'id'].iloc[0]}")
    return table.assign(coder=coder, key=table["speaker"].map(person_key))


def load() -> tuple[pd.DataFrame, pd.DataFrame]:
    sentences = pd.read_json(HERE / "sentences.jsonl", lines=True, dtype=False)
    codings = pd.concat([read_pass(HERE / "coding" / f"pass_{coder}_{language}.tsv", coder)
                         for coder in ("a", "b") for language in sorted(sentences["language"].unique())],
                        ignore_index=True)  # a set of one language (holdout3: English) has one file per coder
    for coder in ("a", "b"):
        missing = set(sentences["id"]) - set(codings.loc[codings["coder"] == coder, "id"])
        if missing:
            raise SystemExit(f"pass {coder} lacks {len(missing)} sentences, e.g. {sorted(missing)[:3]}")
    return sentences, codings[codings["id"].isin(set(sentences["id"]))]


def agreement_table(sentences: pd.DataFrame, codings: pd.DataFrame) -> pd.DataFrame:
    codings = codings.assign(official=codings["key"] != "")
    parts = []
    for language in ("all", *sorted(sentences["language"].unique())):
        ids = set(sentences["id"] if language == "all" else sentences.loc[sentences["language"] == language, "id"])
        subset = codings[codings["id"].isin(ids)].assign(key=lambda t: t["id"].str.rsplit(":", n=1).str[0] + "|" + t["key"])
        for variable, column in (("speaker", "key"), ("official_vs_narrator", "official"), ("mode", "mode")):
            alpha = krippendorff_alpha(subset, column).iloc[:1]
            parts.append(alpha.assign(variable=variable, language=language))
    return pd.concat(parts, ignore_index=True)[["language", "variable", "alpha", "units", "coders"]]


def disagreements(codings: pd.DataFrame) -> pd.DataFrame:
    wide = codings.pivot(index="id", columns="coder", values=["speaker", "key", "mode", "principal"])
    differ = (wide[("key", "a")] != wide[("key", "b")]) | (wide[("mode", "a")] != wide[("mode", "b")])
    return wide[differ]


def agree() -> None:
    sentences, codings = load()
    table = agreement_table(sentences, codings)
    table.to_csv(HERE / "agreement.csv", index=False, float_format="%.3f")
    queue = disagreements(codings)
    folder = HERE / "coding" / "queue"
    folder.mkdir(exist_ok=True)
    by_id = sentences.set_index("id")
    for language in sorted(sentences["language"].unique()):
        with (folder / f"{language}.txt").open("w", encoding="utf-8") as fh:
            for sid, row in queue.iterrows():
                if by_id.at[sid, "language"] == language:
                    fh.write(f"[{sid}]\nsentence: {by_id.at[sid, 'text']}\n"
                             f"coder A: {row[('speaker', 'a')] or '(narrator)'} | {row[('mode', 'a')]} | {row[('principal', 'a')]}\n"
                             f"coder B: {row[('speaker', 'b')] or '(narrator)'} | {row[('mode', 'b')]} | {row[('principal', 'b')]}\n\n")
    print(table.to_string(index=False))
    print(f"{len(queue)} sentences to adjudicate")


def merge() -> None:
    sentences, codings = load()
    queue = disagreements(codings)
    with (HERE / "adjudication.tsv").open(encoding="utf-8", newline="") as fh:
        decided = {fields[0]: dict(zip(FIELDS, (f.strip() for f in fields[1:4])))
                   for fields in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
                   if fields and fields[0] != "id"}
    for sid, codes in decided.items():
        if codes["mode"] not in MODES or (codes["mode"] == "narration") != (codes["speaker"] == ""):
            raise SystemExit(f"adjudication.tsv: inconsistent codes for {sid}: {codes}")
    undecided = sorted(set(queue.index) - set(decided))
    if undecided:
        raise SystemExit(f"{len(undecided)} disagreements lack an adjudication, e.g. {undecided[:5]}")
    first = codings[codings["coder"] == "a"].set_index("id")
    with (HERE / "gold.jsonl").open("w", encoding="utf-8") as fh:
        # a missing url is read as NaN, which is not JSON: write null
        for record in sentences.astype(object).where(sentences.notna(), None).to_dict("records"):
            codes = decided.get(record["id"]) or first.loc[record["id"], list(FIELDS)].to_dict()
            record.update({k: (v or None) for k, v in codes.items()}, adjudicated=record["id"] in decided)
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"gold.jsonl: {len(sentences)} sentences, {len(decided)} adjudicated")


if __name__ == "__main__":
    if len(sys.argv) > 2:  # another set coded by the same rules, laid out the same way (e.g. holdout/)
        HERE = Path(sys.argv[2]).resolve()
    {"agree": agree, "merge": merge}[sys.argv[1]]()
