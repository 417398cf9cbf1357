"""Training ``rostrum-frames`` on the hand-coded official-speech corpus, deterministically.

``python -m analysis train-frames`` runs :func:`train_frame_classifier`:

1. **Select by grouped cross-validation over train + dev (+ extra gold files).** The train and
   dev sentences, and every sentence of the extra gold files (``--extra-gold``; by default, for
   the official corpus, the held-out sets already scored and turned into development data,
   :data:`DEFAULT_EXTRA_GOLD`), are pooled and cut into :data:`FOLDS` folds by document (``GroupKFold``: no document on both
   sides). For every regularisation ``C`` in :data:`GRID_C`, one logistic regression per frame
   is fitted on four folds and predicts the fifth; the pooled out-of-fold probabilities are
   scored, for every threshold in :data:`GRID_THRESHOLD`, as the codebook, the classifier and
   their union, per language. Each language gets the threshold that maximises its micro-F1; the
   ``C`` with the best mean of the two wins, and so does the combination. Until codebook 2026.4
   this was done on the dev split alone, whose 280 Russian sentences chose a threshold (0.35)
   that the out-of-fold figures put below the codebook alone. The test split of the main file is
   never read for training, and an extra file that shares a document with it is refused.
   The extra files' sentences are then judged out of fold *and* out of selection: each by the
   fit that did not see its document, at the C and thresholds that the other four folds chose
   (:func:`_nested_out_of_fold`). Those figures (codebook, classifier, union; per language,
   frame and file) and the verdict of :data:`DEFAULT_RULE` go into the card: they are the
   evidence for or against ``combined`` as a language's default.
2. **Refit and save.** The chosen setting is refitted on the whole pool and saved to
   ``analysis/frames/models/rostrum-frames.safetensors``; its card (``rostrum-frames.json``)
   records the data, the selection table, the dev figures of a train-only fit at the chosen
   setting, the coders' alpha and the file's sha256.
3. **Test once** (``--report-test``, run once at the end of a round): per-language figures of
   each detector on the test split go into the card.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from sklearn.metrics import f1_score
from sklearn.model_selection import GroupKFold
from sklearn.preprocessing import MultiLabelBinarizer

from ..errors import CorpusError
from ..model_file import fit_logistic
from ..validation import frame_metrics, gold_sentences, read_gold
from .codebook import Codebook, load_codebook
from .learned import COMBINATIONS, MODEL_NAME, FrameClassifier, card_path, frame_features, model_path
from .matcher import detect_frames

REPO = Path(__file__).resolve().parents[2]
DEFAULT_GOLD = REPO / "data" / "gold" / "official" / "official.jsonl"
# Blind double-coded sets drawn after the main corpus, scored once each and since read as development data.
DEFAULT_EXTRA_GOLD = tuple(DEFAULT_GOLD.parent / name / "official.jsonl"
                           for name in ("holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6",
                                         "holdout7", "holdout8", "holdout9"))
# When the learned part may become a language's default: out-of-fold micro-F1 on the extra sets.
MIN_GAIN = 0.01
DEFAULT_RULE = (f"combined beats the codebook in a language when its out-of-fold micro-F1 on the extra sets is at least "
                f"{MIN_GAIN} higher and its precision falls by no more than its recall rises")
GRID_C = (1.0, 2.0, 4.0, 8.0, 16.0)
# Up to 0.95 since round 11: with 0.70 as the top, the out-of-fold choice sat on the edge of the grid.
GRID_THRESHOLD = tuple(np.round(np.arange(0.25, 0.96, 0.05), 2).tolist())
FOLDS = 5


def read_frame_gold(path: str | Path, codebook: Codebook) -> pd.DataFrame:
    """The adjudicated corpus with its ``split`` column checked (train, dev, test by document)."""
    gold = read_gold(path, codebook.frame_keys)
    if "split" not in gold.columns or not {"train", "dev"} <= set(gold["split"]):
        raise CorpusError(f"{path} needs a 'split' key with train and dev sentences (split by document); "
                          "use data/gold/official/official.jsonl or split yours with analysis.validation.split_by_document")
    if "document_id" not in gold.columns or gold["document_id"].isna().any():
        raise CorpusError(f"{path} needs a 'document_id' on every sentence: the cross-validation folds are cut by document")
    return gold


def read_extra_gold(paths: list[Path], gold: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """Every sentence of the extra gold files, as training data (``split`` ``"extra"``, ``set`` the file).

    An extra file must carry a ``document_id`` on every sentence (the folds are cut by document),
    share no sentence id with another file, and share no document with the main file's test split:
    training on it would put test documents in the model.
    """
    test_documents = set(gold.loc[gold["split"] == "test", "document_id"].astype(str))
    seen_ids = set(gold["id"].astype(str))
    parts = []
    for path in paths:
        extra = read_gold(path, codebook.frame_keys)
        if "document_id" not in extra.columns or extra["document_id"].isna().any():
            raise CorpusError(f"{path} needs a 'document_id' on every sentence: the cross-validation folds are cut by document")
        leaked = sorted(test_documents & set(extra["document_id"].astype(str)))
        if leaked:
            raise CorpusError(f"{path} shares documents with the test split of the main gold file ({leaked[:3]}); "
                              "drop them from the extra file: the test split must stay unseen")
        repeated = sorted(seen_ids & set(extra["id"].astype(str)))
        if repeated:
            raise CorpusError(f"{path} reuses sentence ids of another gold file ({repeated[:3]}); give its sentences unique ids")
        seen_ids |= set(extra["id"].astype(str))
        parts.append(extra.assign(split="extra", set=_shown(Path(path))))
    return pd.concat(parts, ignore_index=True) if parts else gold.iloc[:0].assign(set=pd.Series(dtype=str))


def codebook_sets(gold: pd.DataFrame, codebook: Codebook) -> list[set[str]]:
    """The frames the codebook finds in each gold sentence."""
    hits = detect_frames(gold_sentences(gold, statements="document"), codebook)  # as evaluate reads them
    found: dict[str, set[str]] = {}
    for sentence_id, frame in zip(hits["sentence_id"].astype(str), hits["frame"]):
        found.setdefault(sentence_id, set()).add(frame)
    return [found.get(str(i), set()) for i in gold["id"]]


def by_language(gold: pd.DataFrame, predicted: list[set[str]], frames: tuple[str, ...]) -> dict[str, Any]:
    """Frame metrics per language (the figures the card and the issue targets are stated in)."""
    out = {}
    for language in sorted(set(gold["language"])):
        rows = np.flatnonzero((gold["language"] == language).to_numpy())
        out[language] = frame_metrics([set(gold["frames"].iloc[i]) for i in rows], [predicted[i] for i in rows], frames)
    return out


def _fit(features: np.ndarray, labels: np.ndarray, C: float) -> tuple[np.ndarray, np.ndarray]:
    """One L2 logistic regression per frame, solved to the optimum (``fit_logistic``); returns coef and intercept."""
    coefs, intercepts = [], []
    for column in range(labels.shape[1]):
        model = fit_logistic(features, labels[:, column], C=C)
        coefs.append(model.coef_[0])
        intercepts.append(model.intercept_[0])
    return np.array(coefs), np.array(intercepts)


def _sets(mask: np.ndarray, frames: tuple[str, ...]) -> list[set[str]]:
    return [{frames[j] for j in np.flatnonzero(row)} for row in mask]


def _predictions(how: str, book: list[set[str]], learned: list[set[str]]) -> list[set[str]]:
    return {"codebook": book, "classifier": learned, "union": [a | b for a, b in zip(book, learned)]}[how]


def train_frame_classifier(gold_path: str | Path = DEFAULT_GOLD, *, extra_gold: list[str | Path] | None = None,
                           cache_dir: str | Path | None = None, report_test: bool = False) -> dict[str, Any]:
    """Select by grouped cross-validation over train + dev + the extra files, refit on all of them,
    save the model and its card. ``extra_gold`` None means :data:`DEFAULT_EXTRA_GOLD` for the
    default corpus and none for any other; ``[]`` trains on the main file alone."""
    codebook = load_codebook()
    frames = codebook.frame_keys
    gold = read_frame_gold(gold_path, codebook)
    if extra_gold is None:
        extra_gold = list(DEFAULT_EXTRA_GOLD) if Path(gold_path).resolve() == DEFAULT_GOLD else []
    extra = read_extra_gold([Path(p) for p in extra_gold], gold, codebook)
    main_pool = gold[gold["split"].isin(["train", "dev"])].assign(set=_shown(Path(gold_path)))
    pool = pd.concat([main_pool, extra], ignore_index=True)
    labels = np.array([[f in coded for f in frames] for coded in pool["frames"]], dtype=int)
    is_train = (pool["split"] == "train").to_numpy()
    empty = [f for f, n in zip(frames, labels[is_train].sum(axis=0)) if n == 0]
    if empty:
        raise CorpusError(f"the train split codes no sentence with {empty}; a classifier cannot learn those frames")
    features = frame_features(pool["text"].tolist(), cache_dir=cache_dir)
    book = codebook_sets(pool, codebook)
    selection, out_of_fold, folds = _cv_selection(pool, features, labels, book, frames)
    best = _choose(selection)
    is_dev = (pool["split"] == "dev").to_numpy()
    dev = pool[is_dev].reset_index(drop=True)
    selected = FrameClassifier(frames, *_fit(features[is_train], labels[is_train], best["C"]), best["thresholds"])
    model = FrameClassifier(frames, *_fit(features, labels, best["C"]), best["thresholds"])
    sha256 = model.save(model_path())
    card = _card(gold_path, pool, selected, best, selection, dev, [book[i] for i in np.flatnonzero(is_dev)],
                 features[is_dev], sha256)
    card["extra_gold"] = [_shown(Path(p)) for p in extra_gold]
    card["train_command"] = _command(gold_path, extra_gold)
    card["out_of_fold_extra"] = _extra_figures(pool, book, *_nested_out_of_fold(pool, folds, out_of_fold, book, frames),
                                               frames) if (pool["split"] == "extra").any() else {}
    if report_test:
        card["test"] = _test_figures(gold[gold["split"] == "test"].reset_index(drop=True), codebook, model, cache_dir)
    _write_card(card)
    return card


def _command(gold_path: str | Path, extra_gold: list) -> str:
    """The command that rebuilds these bytes (the defaults spelled out only where they were not used)."""
    command = "python -m analysis train-frames"
    default_gold = Path(gold_path).resolve() == DEFAULT_GOLD
    if not default_gold:
        command += f" --gold {_shown(Path(gold_path))}"
    elif [Path(p).resolve() for p in extra_gold] == list(DEFAULT_EXTRA_GOLD):
        return command
    if extra_gold:
        return command + "".join(f" --extra-gold {_shown(Path(p))}" for p in extra_gold)
    return command + (" --no-extra-gold" if default_gold else "")


def _extra_figures(pool: pd.DataFrame, book: list[set[str]], learned: list[set[str]], chosen: list[dict],
                   frames: tuple[str, ...]) -> dict[str, Any]:
    """Codebook, classifier and union on the extra files' sentences, out of fold and out of selection
    (:func:`_nested_out_of_fold`), pooled per language and per file, with the verdict of
    :data:`DEFAULT_RULE` per language."""
    rows = np.flatnonzero((pool["split"] == "extra").to_numpy())
    part = pool.iloc[rows].reset_index(drop=True)
    figures = _compact(_dev_figures(part, [book[i] for i in rows], [learned[i] for i in rows], frames))
    by_set = {}
    for name in sorted(set(part["set"])):
        inside = np.flatnonzero((part["set"] == name).to_numpy())
        sub = _dev_figures(part.iloc[inside].reset_index(drop=True), [book[rows[i]] for i in inside],
                           [learned[rows[i]] for i in inside], frames)
        by_set[name] = {how: {language: {k: round(v["micro"][k], 4) for k in ("precision", "recall", "f1")}
                              for language, v in languages.items()} for how, languages in sub.items()}
    return {"note": "each extra sentence judged by the cross-validation fit that did not see its document, at the C and "
                    "thresholds the other four folds chose; 'union' is the pipeline's 'combined'",
            "settings_per_fold": chosen, "figures": figures, "by_set": by_set,
            "rule": DEFAULT_RULE, "verdict": _verdict(figures)}


def _verdict(figures: dict[str, Any]) -> dict[str, Any]:
    """Per language, whether the union passes :data:`DEFAULT_RULE` against the codebook alone."""
    out = {}
    for language, book in figures["codebook"].items():
        b, u = book["micro"], figures["union"][language]["micro"]
        gain, rise, fall = u["f1"] - b["f1"], u["recall"] - b["recall"], b["precision"] - u["precision"]
        out[language] = {"f1_gain": round(gain, 4), "recall_rise": round(rise, 4), "precision_fall": round(fall, 4),
                         "combined_wins": bool(gain >= MIN_GAIN and fall <= rise)}
    return out


def _cv_selection(pool: pd.DataFrame, features: np.ndarray, labels: np.ndarray, book: list[set[str]],
                  frames: tuple[str, ...]) -> tuple[pd.DataFrame, dict[float, np.ndarray], list]:
    """Micro-F1 per (C, threshold, combination, language) of out-of-fold predictions, folds cut by
    document; also the out-of-fold probabilities per C and the folds, for :func:`_nested_out_of_fold`.

    Every sentence is predicted once, by a fit that saw none of its document, so the table scores
    the whole pool without a sentence judging itself.
    """
    groups = pool["document_id"].astype(str).to_numpy()
    thin = [f for f, column in zip(frames, labels.T) if len(set(groups[column == 1])) < FOLDS]
    if thin:
        raise CorpusError(f"train + dev code {thin} in fewer than {FOLDS} documents: too few to cross-validate")
    folds = list(GroupKFold(n_splits=FOLDS).split(features, labels, groups))
    out_of_fold = {}
    for C in GRID_C:
        probs = out_of_fold[C] = np.zeros(labels.shape)
        for fit_rows, held_rows in folds:
            probs[held_rows] = FrameClassifier(frames, *_fit(features[fit_rows], labels[fit_rows], C),
                                               {"*": 0.5}).predict_proba(features[held_rows])
    return _score_table(pool, np.arange(len(pool)), out_of_fold, book, frames), out_of_fold, folds


def _score_table(pool: pd.DataFrame, rows: np.ndarray, out_of_fold: dict[float, np.ndarray], book: list[set[str]],
                 frames: tuple[str, ...]) -> pd.DataFrame:
    """The selection table over the pool's ``rows``: micro-F1 straight from indicator matrices
    (``f1_score``, the figure :func:`by_language` reports), as six tables of 450 cells each are scored."""
    binarizer = MultiLabelBinarizer(classes=list(frames))
    part = pool.iloc[rows]
    gold = binarizer.fit_transform(part["frames"]).astype(bool)
    codebook = binarizer.transform([book[i] for i in rows]).astype(bool)
    languages = {language: (part["language"] == language).to_numpy() for language in sorted(set(part["language"]))}
    table = []
    for C, probs in out_of_fold.items():
        for threshold in GRID_THRESHOLD:
            learned = probs[rows] >= threshold
            for how, predicted in (("codebook", codebook), ("classifier", learned), ("union", codebook | learned)):
                table += [{"C": C, "threshold": threshold, "combination": how, "language": language,
                           "cv_f1": round(float(f1_score(gold[mask], predicted[mask], average="micro", zero_division=0)), 4)}
                          for language, mask in languages.items()]
    return pd.DataFrame(table)


def _nested_out_of_fold(pool: pd.DataFrame, folds: list, out_of_fold: dict[float, np.ndarray],
                        book: list[set[str]], frames: tuple[str, ...]) -> tuple[list[set[str]], list[dict[str, Any]]]:
    """The classifier's frames of every pool sentence with C and the thresholds chosen, by the rule of
    :func:`_choose`, on the other four folds' out-of-fold predictions: neither the weights nor the
    setting that judge a sentence saw its label (the pool-wide choice saw every label once)."""
    learned: list[set[str]] = [set() for _ in range(len(pool))]
    chosen = []
    for fit_rows, held_rows in folds:
        best = _choose(_score_table(pool, fit_rows, out_of_fold, book, frames))
        held = pool.iloc[held_rows]
        cut = np.array([best["thresholds"].get(language, best["thresholds"]["*"]) for language in held["language"]])
        for row, frames_found in zip(held_rows, _sets(out_of_fold[best["C"]][held_rows] >= cut.reshape(-1, 1), frames)):
            learned[row] = frames_found
        chosen.append({"C": best["C"], "thresholds": best["thresholds"], "combination": best["combination"]})
    return learned, chosen


def _choose(selection: pd.DataFrame) -> dict[str, Any]:
    """Per (C, combination), each language's best threshold (ties: the lower one); then the best
    mean over languages, ties to the union, then to the smaller C. The thresholds of the best learned combination
    are kept even when the codebook alone wins (the card then says "codebook")."""
    best_rows = (selection.sort_values(["cv_f1", "threshold"], ascending=[False, True], kind="stable")
                 .groupby(["C", "combination", "language"], sort=True).head(1))
    means = best_rows.groupby(["C", "combination"], sort=True)["cv_f1"].mean().rename("cv_f1_mean").reset_index()
    learned = (means[means["combination"] != "codebook"]  # ties: the union, which keeps the codebook's evidence
               .assign(later=lambda m: (m["combination"] != "union").astype(int))
               .sort_values(["cv_f1_mean", "later", "C"], ascending=[False, True, True], kind="stable").iloc[0])
    codebook = float(means.loc[means["combination"] == "codebook", "cv_f1_mean"].max())
    rows = best_rows[(best_rows["C"] == learned["C"]) & (best_rows["combination"] == learned["combination"])]
    thresholds = {row.language: float(row.threshold) for row in rows.itertuples()}
    thresholds["*"] = round(float(np.mean(list(thresholds.values()))), 4)
    return {"C": float(learned["C"]), "thresholds": thresholds, "cv_f1_mean": float(learned["cv_f1_mean"]),
            "combination": str(learned["combination"]) if learned["cv_f1_mean"] > codebook else "codebook",
            "codebook_alone": codebook, "means": means.sort_values("cv_f1_mean", ascending=False)}


def _dev_figures(dev: pd.DataFrame, book: list[set[str]], learned: list[set[str]], frames) -> dict[str, Any]:
    return {how: by_language(dev, _predictions(how, book, learned), frames) for how in COMBINATIONS}


def _card(gold_path, pool, selected: FrameClassifier, best, selection, dev, book_dev, x_dev, sha256) -> dict[str, Any]:
    """The card; ``selected`` is a train-only fit (main file) at the chosen setting, scored on dev for the card."""
    model = selected
    learned_dev = _learned_sets(model, x_dev, dev)
    return {
        "model": MODEL_NAME,
        "method": "one logistic regression per frame (L2, lbfgs) on multilingual-e5-small sentence embeddings "
                  "(query prefix, dateline cut); one probability threshold per language for all frames",
        "config": {"C": best["C"], "thresholds": model.thresholds, "backend": model.backend},
        "combination": best["combination"],
        "gold": _shown(Path(gold_path)),
        "fitted_on": "train + dev of the main file and every sentence of the extra files, after C, threshold and "
                     "combination were chosen by grouped cross-validation over all of them",
        "training_rows": {f"{name}/{language}": int(n) for (name, language), n
                          in pool.groupby(["set", "language"], sort=True).size().items()},
        "selection": {"metric": f"micro-F1 per language of out-of-fold predictions ({FOLDS} folds over the pool, "
                                "grouped by document) at its best threshold, mean of en and ru",
                      "grid_C": list(GRID_C), "grid_threshold": list(GRID_THRESHOLD),
                      "by_setting": best["means"].round(4).to_dict("records"), "codebook_alone": best["codebook_alone"]},
        "dev": _compact(_dev_figures(dev, book_dev, learned_dev, model.frames)),
        "dev_note": "figures of a train-only fit at the selected setting (the selection and the shipped model also saw dev)",
        "agreement": _agreement(Path(gold_path).with_name("agreement.csv")),
        "sha256": sha256,
        "file": _shown(model_path()),
        "test": None,
    }


def _test_figures(test: pd.DataFrame, codebook: Codebook, model: FrameClassifier, cache_dir) -> dict[str, Any]:
    """Per-language, per-detector figures on the held-out test split (read once, at the end)."""
    book = codebook_sets(test, codebook)
    learned = _learned_sets(model, frame_features(test["text"].tolist(), cache_dir=cache_dir), test)
    return _compact(_dev_figures(test, book, learned, model.frames))


def _learned_sets(model: FrameClassifier, features: np.ndarray, gold: pd.DataFrame) -> list[set[str]]:
    """The classifier's frames per sentence, at the threshold of each sentence's language."""
    cut = np.array([model.threshold_for(language) for language in gold["language"]]).reshape(-1, 1)
    return _sets(model.predict_proba(features) >= cut, model.frames)


def _compact(figures: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Micro P/R/F1 and per-frame P/R/F1/support, rounded: what a card reader needs."""
    out: dict[str, Any] = {}
    for how, languages in figures.items():
        out[how] = {}
        for language, report in languages.items():
            out[how][language] = {
                "micro": {k: round(report["micro"][k], 4) for k in ("precision", "recall", "f1")},
                "per_frame": {frame: {**{k: round(v[k], 4) for k in ("precision", "recall", "f1")}, "support": v["support"]}
                              for frame, v in report["per_label"].items()},
            }
    return out


def _shown(path: Path) -> str:
    """A path as the card shows it: relative to the repository when inside it."""
    path = path.resolve()
    return str(path.relative_to(REPO)) if path.is_relative_to(REPO) else str(path)


def _agreement(path: Path) -> dict[str, float]:
    """Krippendorff's alpha per frame and language from the corpus's agreement table."""
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8") as fh:
        return {f"{row['label']}/{row['language']}": float(row["alpha"]) for row in csv.DictReader(fh)
                if row["variable"] == "frame"}


def _write_card(card: dict[str, Any]) -> None:
    import json

    from ..cache import atomic_write_bytes

    atomic_write_bytes(card_path(), (json.dumps(card, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
