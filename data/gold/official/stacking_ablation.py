"""Does a learned combination beat the codebook's union with rostrum-frames? An ablation, out of fold.

Issue #17 asks for the classifier "as a fallback or combined with the codebook (union / stacking);
keep whichever the dev split says is best". ``python -m analysis train-frames`` chooses among the
codebook, the classifier and their union. This script adds the two ways of letting the classifier
also *remove* codebook hits, on the same pool and the same folds (five, grouped by document):

* ``veto``: a codebook hit stays only where the classifier's probability reaches a low threshold,
  and the classifier adds a frame where it reaches a high one (the union's);
* ``stacked``: one logistic regression per frame over the e5 embedding *and* the codebook's hit
  for that frame, thresholded per language.

Every threshold is chosen per language on the other four folds' out-of-fold predictions (nested,
as the card's ``out_of_fold_extra``), and the figures are micro P / R / F1 on the extra sets
(the scored held-out sets), per language, beside the codebook alone.

    python data/gold/official/stacking_ablation.py > data/gold/official/stacking_ablation.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.metrics import precision_recall_fscore_support
from sklearn.model_selection import GroupKFold

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from analysis.frames import learned_training as lt  # noqa: E402
from analysis.frames.learned_selection import FOLDS  # noqa: E402
from analysis.frames.codebook import load_codebook  # noqa: E402
from analysis.frames.learned import frame_features, model_card  # noqa: E402
from analysis.model_file import fit_logistic  # noqa: E402

HIGH = tuple(np.round(np.arange(0.25, 0.96, 0.05), 2).tolist())  # train-frames' threshold grid
LOW = (0.0, 0.02, 0.05, 0.1, 0.15, 0.2)
STACKED = tuple(np.round(np.arange(0.1, 0.91, 0.05), 2).tolist())


def out_of_fold(features_for, labels: np.ndarray, folds, C: float) -> np.ndarray:
    """Each sentence's probability per frame from the fit that did not see its document."""
    probs = np.zeros(labels.shape)
    for fit_rows, held_rows in folds:
        for frame in range(labels.shape[1]):
            x = features_for(frame)
            probs[held_rows, frame] = fit_logistic(x[fit_rows], labels[fit_rows, frame], C=C).predict_proba(x[held_rows])[:, 1]
    return probs


def micro(gold: np.ndarray, predicted: np.ndarray) -> dict[str, float]:
    p, r, f, _ = precision_recall_fscore_support(gold, predicted, average="micro", zero_division=0)
    return {"precision": round(float(p), 4), "recall": round(float(r), 4), "f1": round(float(f), 4)}


def nested(predict, settings, labels, languages, folds) -> np.ndarray:
    """Predictions where each held fold uses, per language, the setting best on the other folds."""
    out = np.zeros(labels.shape, dtype=bool)
    for fit_rows, held_rows in folds:
        for language in sorted(set(languages)):
            fit = fit_rows[languages[fit_rows] == language]
            held = held_rows[languages[held_rows] == language]
            best = max(settings, key=lambda s: micro(labels[fit], predict(fit, s))["f1"])
            out[held] = predict(held, best)
    return out


def main() -> None:
    codebook = load_codebook()
    frames = codebook.frame_keys
    gold = lt.read_frame_gold(lt.DEFAULT_GOLD, codebook)
    extra = lt.read_extra_gold(list(lt.DEFAULT_EXTRA_GOLD), gold, codebook)
    pool = pd.concat([gold[gold["split"].isin(["train", "dev"])], extra], ignore_index=True)
    labels = np.array([[f in coded for f in frames] for coded in pool["frames"]], dtype=int)
    book = np.array([[f in found for f in frames] for found in lt.codebook_sets(pool, codebook)], dtype=bool)
    x = frame_features(pool["text"].tolist())
    folds = list(GroupKFold(n_splits=FOLDS).split(x, labels, pool["document_id"].astype(str)))
    languages = pool["language"].to_numpy()
    C = model_card()["config"]["C"]  # the shipped model's, chosen by train-frames' own cross-validation
    emb = out_of_fold(lambda frame: x, labels, folds, C)
    stacked = out_of_fold(lambda frame: np.hstack([x, book[:, [frame]]]), labels, folds, C)
    predictions = {
        "codebook": book,
        "union": nested(lambda rows, t: book[rows] | (emb[rows] >= t), HIGH, labels, languages, folds),
        "veto": nested(lambda rows, s: (book[rows] & (emb[rows] >= s[0])) | (emb[rows] >= s[1]),
                       [(low, high) for low in LOW for high in HIGH], labels, languages, folds),
        "stacked": nested(lambda rows, t: stacked[rows] >= t, STACKED, labels, languages, folds),
    }
    is_extra = (pool["split"] == "extra").to_numpy()
    result = {"pool": {f"{s}/{lang}": int(n) for (s, lang), n in
                       pool.assign(set=pool["set"].fillna("official.jsonl train+dev")).groupby(["set", "language"]).size().items()},
              "C": C, "note": "micro P/R/F1 on the extra sets, out of fold and out of selection",
              "figures": {how: {language: micro(labels[is_extra & (languages == language)],
                                                 predicted[is_extra & (languages == language)])
                                for language in sorted(set(languages))} for how, predicted in predictions.items()}}
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
