"""Build ``hits.jsonl``: the frames each extra set's blind codebook finds in its sentences.

For every commit in ``sets.csv`` (the commit whose code and codebook first scored a set, from the
sets' READMEs), check that commit out as a temporary detached worktree under /tmp, run THAT commit's
own ``detect_frames`` with its own ``load_codebook()`` (its matcher, its codebook) on the set's
sentences, and write one row per sentence: ``{"set", "id", "frames"}``. The sentences are read here by
today's code as training reads them (``DEFAULT_EXTRA_GOLD``; a ``:dev`` set reads only its dev split,
the test half is never read), with the sentences of one document as one statement, as
``codebook_sets`` passes them. ``detect_frames(sentences, codebook)`` has had the same signature at
every commit listed, so one snippet serves all.

A provenance script, not run in CI: ``/work/main/.venv/bin/python data/gold/official/blind_codebook/build.py``
from the repository root (about a minute a commit on two cores).
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[3]
sys.path.insert(0, str(REPO))

from analysis.frames import load_codebook  # noqa: E402
from analysis.frames.blind_codebook import HITS_FILE, blind_sets  # noqa: E402
from analysis.frames.learned_training import DEFAULT_EXTRA_GOLD, extra_spec, set_name  # noqa: E402
from analysis.validation import gold_sentences, read_gold  # noqa: E402

# Runs inside the old commit's worktree: its package, its codebook, its matcher.
SNIPPET = """
import json, sys
import pandas as pd
import analysis
from analysis.frames import detect_frames, load_codebook
book = load_codebook()
hits = detect_frames(pd.DataFrame(json.load(sys.stdin)), book)
print(json.dumps({"package": analysis.__file__, "version": str(book.version),
                  "hits": sorted(set(zip(hits["sentence_id"].astype(str), hits["frame"].astype(str))))}))
"""


def blind_frames(commit: str, sentences, version: str) -> dict[str, set[str]]:
    """Frames per sentence id found by ``commit``'s own code and codebook (checked to be ``version``)."""
    tree = Path(f"/tmp/blind_wt_{commit}")
    subprocess.run(["git", "-C", str(REPO), "worktree", "add", "--detach", "--force", str(tree), commit],
                   check=True, capture_output=True)
    try:
        done = subprocess.run([sys.executable, "-c", SNIPPET], cwd=tree, env={**os.environ, "PYTHONPATH": str(tree)},
                              input=sentences.to_json(orient="records", force_ascii=False), text=True,
                              capture_output=True, check=True)
    finally:
        subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", str(tree)], check=True)
    out = json.loads(done.stdout.strip().splitlines()[-1])
    if not out["package"].startswith(str(tree)) or out["version"] != version:
        raise SystemExit(f"{commit}: read {out['package']} codebook {out['version']}, expected {tree} and {version}")
    found: dict[str, set[str]] = {}
    for sentence_id, frame in out["hits"]:
        found.setdefault(sentence_id, set()).add(frame)
    return found


def main() -> None:
    frames = load_codebook().frame_keys
    sets = blind_sets()
    specs = {set_name(spec): spec for spec in DEFAULT_EXTRA_GOLD}
    unknown = sorted(set(sets) - set(specs))
    if unknown:
        raise SystemExit(f"sets.csv names sets that are not in DEFAULT_EXTRA_GOLD: {unknown}")
    gold = {}
    for name in sets:
        path, split = extra_spec(specs[name])
        gold[name] = read_gold(path, frames, splits=None if split is None else (split,))
    rows = []
    for commit in dict.fromkeys(row["commit"] for row in sets.values()):
        names = [name for name, row in sets.items() if row["commit"] == commit]
        sentences = gold_sentences(pd.concat([gold[n] for n in names]), statements="document")
        found = blind_frames(commit, sentences, sets[names[0]]["codebook_version"])
        strange = set().union(*found.values()) - set(frames) if found else set()
        if strange:
            raise SystemExit(f"{commit} found frames today's codebook lacks: {sorted(strange)}")
        for name in names:
            rows += [{"set": name, "id": str(i), "frames": sorted(found.get(str(i), ()))} for i in gold[name]["id"]]
        print(f"{commit} ({sets[names[0]]['codebook_version']}): {', '.join(names)}", file=sys.stderr)
    order = {name: k for k, name in enumerate(sets)}
    rows.sort(key=lambda row: order[row["set"]])  # stable: each set's sentences in file order
    HITS_FILE.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")


if __name__ == "__main__":
    main()
