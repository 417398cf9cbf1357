"""Selection for ``rostrum-frames``: the grids, the per-language fits and the grouped cross-validation.

Split out of :mod:`analysis.frames.learned_training` (which reads the gold data, runs this and writes
the model and its card) to keep both modules readable. Here: the grids a language's setting is chosen from
(:data:`GRID_C`, :data:`VOCABULARIES`, :data:`GRID_THRESHOLD`), the vocabulary, design matrix and
logistic regressions (:func:`fit_frame_classifier`), the :data:`FOLDS`-fold cross-validation grouped by
document (:func:`_cross_validate`), the choice (:func:`_choose`), its nested out-of-fold check
(:func:`_nested_out_of_fold`) and leave-one-set-out (:func:`_leave_one_set_out`), and the
:data:`DEFAULT_RULE` verdict (the union against the blind codebook, :mod:`analysis.frames.blind_codebook`).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from sklearn.metrics import f1_score
from sklearn.model_selection import GroupKFold
from sklearn.preprocessing import MultiLabelBinarizer

from ..text import lemma_terms
from ..validation import frame_metrics
from .learned import COMBINATIONS, FrameClassifier, round_idf, tfidf_matrix

# When the learned part may become a language's default: the union judged against the blind codebook on the extra
# sentences whose set has a recorded first reading (the lead's rule, issue #17, fixed before its figures were computed).
MIN_GAIN = 0.01
DEFAULT_RULE = (f"combined is the default in a language when, on that language's extra sentences whose set has a "
                f"recorded first reading (each judged by the codebook as it stood at its set's first reading, the blind "
                f"codebook, and by the classifier's nested out-of-fold frames), (a) the union's pooled micro-F1 is at "
                f"least {MIN_GAIN} above the blind codebook's, (b) its precision falls by no more than its recall rises, "
                f"and (c) on the real-text sets among them (all but the team-written team_* sets) the union's pooled "
                f"micro-F1 is not below the blind codebook's; a language with no such sentences keeps the codebook")
GRID_C = (1.0, 2.0, 4.0, 8.0, 16.0)  # the lemma experiment chose 8, its grid's top, most often: 16 extends it
MIN_DF = 2  # a term in at least two training sentences (sklearn's min_df)
# Function words (as the lemmas/stems the vocabulary holds); the selection decides whether they are dropped.
FUNCTION_WORDS_RU = ("и в во на с со по за к ко о об от до для из у при через над под без а но или либо что чтобы как "
                     "так также тоже же ли бы это этот тот такой весь свой который мы наш вы ваш я мой он она оно они "
                     "их его ее быть есть уже еще только лишь именно даже")
FUNCTION_WORDS_EN = ("the a an of and or but to in on at by for from with as that this these those which who whom it "
                     "its is are was were be been being has have had will would shall should can could may might we "
                     "our us they their them he his she her i you your also so such there than then")
# Vocabulary rules the selection chooses among: stop list or not; a term in >= 1 or >= 2 documents (one-document artefacts).
VOCABULARIES = tuple({"stop": stop, "min_documents": documents} for stop in (False, True) for documents in (1, 2))
# 0.30 … 0.95 (up to 0.95 since round 11: with 0.70 as the top, the choice sat on the edge of the grid).
GRID_THRESHOLD = tuple(np.round(np.arange(0.30, 0.96, 0.05), 2).tolist())
FOLDS = 5


def by_language(gold: pd.DataFrame, predicted: list[set[str]], frames: tuple[str, ...]) -> dict[str, Any]:
    """Frame metrics per language (the figures the card and the issue targets are stated in)."""
    out = {}
    for language in sorted(set(gold["language"])):
        rows = np.flatnonzero((gold["language"] == language).to_numpy())
        out[language] = frame_metrics([set(gold["frames"].iloc[i]) for i in rows], [predicted[i] for i in rows], frames)
    return out


def function_words() -> frozenset[str]:
    """:data:`FUNCTION_WORDS_RU` and :data:`FUNCTION_WORDS_EN` as the terms the vocabulary counts."""
    words = {t for w in FUNCTION_WORDS_RU.split() for t in lemma_terms(w, "ru")}
    return frozenset(words | {t for w in FUNCTION_WORDS_EN.split() for t in lemma_terms(w, "en")})


def fit_vocabulary(terms: list[list[str]], documents: np.ndarray, *, stop: bool = False,
                   min_documents: int = 1) -> tuple[tuple[str, ...], np.ndarray]:
    """The sorted vocabulary and its smoothed idf (``ln((1 + n) / (1 + df)) + 1``, as scikit-learn's,
    rounded as the model file stores it) from the training sentences' ``terms``: a term needs
    :data:`MIN_DF` sentences and ``min_documents`` documents, and with ``stop`` is not a function word."""
    df: dict[str, int] = {}
    in_documents: dict[str, set] = {}
    for words, document in zip(terms, documents):
        for word in set(words):
            df[word] = df.get(word, 0) + 1
            in_documents.setdefault(word, set()).add(document)
    dropped = function_words() if stop else frozenset()
    vocabulary = tuple(sorted(w for w, n in df.items()
                              if n >= MIN_DF and len(in_documents[w]) >= min_documents and w not in dropped))
    counts = np.array([df[w] for w in vocabulary], dtype=np.float64)
    return vocabulary, round_idf(np.log((1.0 + len(terms)) / (1.0 + counts)) + 1.0)


def design_matrix(terms: list[list[str]], features: np.ndarray, vocabulary: tuple[str, ...], idf: np.ndarray):
    """[TF-IDF of the terms | embeddings] as one sparse matrix (what training fits; scoring adds the two
    blocks' logits, :meth:`FrameClassifier.predict_proba`, from the same :func:`tfidf_matrix`)."""
    import scipy.sparse as sp

    lexical = tfidf_matrix(terms, {w: i for i, w in enumerate(vocabulary)}, idf)
    return sp.hstack([lexical, sp.csr_matrix(features)], format="csr")


def _fit(matrix, labels: np.ndarray, C: float) -> tuple[np.ndarray, np.ndarray]:
    """One L2 logistic regression per frame (liblinear, dual, class weights balanced, fixed seed: the same
    data give the same weights); returns coef (frames × columns) and intercept."""
    from sklearn.linear_model import LogisticRegression

    coefs, intercepts = [], []
    for column in range(labels.shape[1]):
        if labels[:, column].min() == labels[:, column].max():  # one class only (a language's fold without the frame)
            coefs.append(np.zeros(matrix.shape[1]))
            intercepts.append(30.0 if labels[0, column] else -30.0)
            continue
        model = LogisticRegression(C=C, class_weight="balanced", solver="liblinear", dual=True, random_state=0,
                                   max_iter=10000).fit(matrix, labels[:, column])
        coefs.append(model.coef_[0])
        intercepts.append(model.intercept_[0])
    return np.array(coefs), np.array(intercepts)


def fit_frame_classifier(terms: list[list[str]], features: np.ndarray, documents: np.ndarray, labels: np.ndarray,
                         frames: tuple[str, ...], setting: dict[str, Any], thresholds: dict[str, float]) -> FrameClassifier:
    """A :class:`FrameClassifier` fitted at ``setting`` (``C``, ``stop``, ``min_documents``): vocabulary and
    idf from these sentences, then the weights."""
    vocabulary, idf = fit_vocabulary(terms, documents, stop=setting["stop"], min_documents=setting["min_documents"])
    coef, intercept = _fit(design_matrix(terms, features, vocabulary, idf), labels, setting["C"])
    size = len(vocabulary)
    return FrameClassifier(frames, coef[:, size:], intercept, thresholds, "e5", vocabulary, idf, coef[:, :size],
                           {"min_df": MIN_DF, "min_documents": setting["min_documents"], "stop": setting["stop"],
                            "sublinear_tf": True, "norm": "l2", "class_weight": "balanced", "C": setting["C"]})


def _sets(mask: np.ndarray, frames: tuple[str, ...]) -> list[set[str]]:
    return [{frames[j] for j in np.flatnonzero(row)} for row in mask]


def _predictions(how: str, book: list[set[str]], learned: list[set[str]]) -> list[set[str]]:
    return {"codebook": book, "classifier": learned, "union": [a | b for a, b in zip(book, learned)]}[how]


def _cross_validate(parts: dict[tuple, np.ndarray], terms: list[list[str]], features: np.ndarray, labels: np.ndarray,
                    documents: np.ndarray, jobs: int = 1) -> dict[tuple, tuple[list, dict[tuple, np.ndarray]]]:
    """Per part: its :data:`FOLDS` folds (``GroupKFold`` by document, as rows of the pool) and the out-of-fold
    probabilities of every setting (arrays over the whole pool, filled on the part's rows).

    Every sentence of a part is predicted once, by a fit (vocabulary, idf and weights) on the part's other
    folds, which saw none of its document. The folds of all parts run as one batch of tasks, in ``jobs``
    worker processes; each cell is written by exactly one task, so the order cannot matter.
    """
    folds = {name: [(rows[fit], rows[held]) for fit, held in GroupKFold(n_splits=FOLDS).split(rows, groups=documents[rows])]
             for name, rows in parts.items()}
    tasks = [(name, fold, rule) for name in parts for fold in range(FOLDS) for rule in VOCABULARIES]

    def arguments(name, fold, rule):
        fit_rows, held_rows = folds[name][fold]
        return ([terms[i] for i in fit_rows], features[fit_rows], labels[fit_rows], documents[fit_rows],
                [terms[i] for i in held_rows], features[held_rows], rule)

    if jobs > 1:  # worker processes of this one run (arguments pass through their pipes; nothing is read from disk)
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=jobs) as executor:
            results = list(executor.map(_fold_probabilities, *zip(*[arguments(*task) for task in tasks])))
    else:
        results = [_fold_probabilities(*arguments(*task)) for task in tasks]
    out = {name: (folds[name], {_key(setting): np.zeros(labels.shape) for setting in _settings()}) for name in parts}
    for (name, fold, rule), by_c in zip(tasks, results):
        for C, probs in by_c.items():
            out[name][1][_key({"C": C, **rule})][folds[name][fold][1]] = probs
    return out


def _leave_one_set_out(pool: pd.DataFrame, parts: dict[tuple, np.ndarray], validated: dict, terms: list[list[str]],
                       features: np.ndarray, labels: np.ndarray, documents: np.ndarray, book: list[set[str]],
                       frames: tuple[str, ...]) -> dict[str, Any]:
    """Leave one team set out (the lemma experiment's design): per team set, the setting and threshold are
    chosen by grouped cross-validation on the other sentences of its language (:func:`_choose`), a model
    fitted on all of them at that choice judges the left-out set; codebook, classifier and union per set
    and pooled. A secondary figure: the codebook is in-sample on every set."""
    out: dict[str, Any] = {"note": "each team_* set judged by a model fitted, and selected by grouped 5-fold CV, on the "
                                   "other sentences of its language (the set never seen by selection or fit); "
                                   "codebook in-sample", "sets": {}}
    rows_out, learned_out = [], []
    for key in sorted(k for k in parts if k[0] == "loso"):
        _, name, language = key
        folds, out_of_fold = validated[key]
        fit_rows = parts[key]
        best = _choose(_score_table(pool, fit_rows, out_of_fold, book, frames))
        held = np.flatnonzero(((pool["set"] == name) & (pool["language"] == language)).to_numpy())
        model = fit_frame_classifier([terms[i] for i in fit_rows], features[fit_rows], documents[fit_rows],
                                     labels[fit_rows], frames, best["setting"], {"*": best["thresholds"][language]})
        found = _sets(model.predict_proba(features[held], [terms[i] for i in held]) >= model.threshold_for(None), frames)
        part = pool.iloc[held].reset_index(drop=True)
        figures = _dev_figures(part, [book[i] for i in held], found, frames)
        out["sets"][f"{name}/{language}"] = {
            "sentences": len(held), "setting": {**best["setting"], "threshold": best["thresholds"][language]},
            **{how: {k: round(v[language]["micro"][k], 4) for k in ("precision", "recall", "f1")}
               for how, v in figures.items()}}
        rows_out.extend(held.tolist())
        learned_out.extend(found)
    if rows_out:
        part = pool.iloc[rows_out].reset_index(drop=True)
        pooled = _compact(_dev_figures(part, [book[i] for i in rows_out], learned_out, frames))
        out["pooled"] = {"figures": pooled, "union_vs_codebook": _union_vs_codebook(pooled)}
    return out


def _changes(figures: dict[str, Any], language: str) -> tuple[float, float, float]:
    """The union's micro-F1 gain, recall rise and precision fall against the codebook of ``figures``, unrounded."""
    b, u = figures["codebook"][language]["micro"], figures["union"][language]["micro"]
    return u["f1"] - b["f1"], u["recall"] - b["recall"], b["precision"] - u["precision"]


def _union_vs_codebook(figures: dict[str, Any]) -> dict[str, Any]:
    """Per language, the union's micro-F1 gain, recall rise and precision fall against the codebook of ``figures``
    (the figures the card shows beside a comparison; the verdict is :func:`_verdict`)."""
    return {language: dict(zip(("f1_gain", "recall_rise", "precision_fall"),
                               (round(x, 4) for x in _changes(figures, language))))
            for language in figures["codebook"]}


def _verdict(blind: dict[str, Any], real: dict[str, Any]) -> dict[str, Any]:
    """Per language, whether the union passes :data:`DEFAULT_RULE`: ``blind`` holds the codebook (the blind
    codebook) and union figures on the language's sentences with a recorded first reading, ``real`` the same
    on the real-text sets among them (a language without real-text sentences has nothing to fall below)."""
    out = _union_vs_codebook(blind)
    for language, row in out.items():
        gain, rise, fall = _changes(blind, language)
        real_change = _changes(real, language)[0] if language in real.get("codebook", {}) else None
        row["real_text_f1_change"] = None if real_change is None else round(real_change, 4)
        row["combined_wins"] = bool(gain >= MIN_GAIN and fall <= rise and (real_change is None or real_change >= 0))
    return out


SETTING_KEYS = ("C", "stop", "min_documents")


def _settings() -> list[dict[str, Any]]:
    return [{"C": C, **vocabulary} for vocabulary in VOCABULARIES for C in GRID_C]


def _key(setting: dict[str, Any]) -> tuple:
    return tuple(setting[k] for k in SETTING_KEYS)


def _fold_probabilities(fit_terms: list[list[str]], fit_features: np.ndarray, fit_labels: np.ndarray,
                        fit_documents: np.ndarray, held_terms: list[list[str]], held_features: np.ndarray,
                        rule: dict[str, Any]) -> dict[float, np.ndarray]:
    """The held-out rows' probabilities per C of a fit on the fit rows (vocabulary and idf from those rows too)."""
    vocabulary, idf = fit_vocabulary(fit_terms, fit_documents, **rule)
    fit_matrix = design_matrix(fit_terms, fit_features, vocabulary, idf)
    held_matrix = design_matrix(held_terms, held_features, vocabulary, idf)
    out = {}
    for C in GRID_C:
        coef, intercept = _fit(fit_matrix, fit_labels, C)
        out[C] = 1.0 / (1.0 + np.exp(-(np.asarray(held_matrix @ coef.T) + intercept)))
    return out


def _score_table(pool: pd.DataFrame, rows: np.ndarray, out_of_fold: dict[tuple, np.ndarray], book: list[set[str]],
                 frames: tuple[str, ...]) -> pd.DataFrame:
    """The selection table over the pool's ``rows``: micro-F1 straight from indicator matrices
    (``f1_score``, the figure :func:`by_language` reports)."""
    binarizer = MultiLabelBinarizer(classes=list(frames))
    part = pool.iloc[rows]
    gold = binarizer.fit_transform(part["frames"]).astype(bool)
    codebook = binarizer.transform([book[i] for i in rows]).astype(bool)
    languages = {language: (part["language"] == language).to_numpy() for language in sorted(set(part["language"]))}
    table = []
    for key, probs in out_of_fold.items():
        setting = dict(zip(SETTING_KEYS, key))
        for threshold in GRID_THRESHOLD:
            learned = probs[rows] >= threshold
            for how, predicted in (("codebook", codebook), ("classifier", learned), ("union", codebook | learned)):
                table += [{**setting, "threshold": threshold, "combination": how, "language": language,
                           "cv_f1": round(float(f1_score(gold[mask], predicted[mask], average="micro", zero_division=0)), 4)}
                          for language, mask in languages.items()]
    return pd.DataFrame(table)


def _nested_out_of_fold(pool: pd.DataFrame, folds: list, out_of_fold: dict[tuple, np.ndarray],
                        book: list[set[str]], frames: tuple[str, ...]) -> tuple[list[set[str]], list[dict[str, Any]]]:
    """The classifier's frames of every pool sentence with the setting and thresholds chosen, by the rule of
    :func:`_choose`, on the other four folds' out-of-fold predictions: neither the weights nor the
    setting that judge a sentence saw its label (the pool-wide choice saw every label once)."""
    learned: list[set[str]] = [set() for _ in range(len(pool))]
    chosen = []
    for fit_rows, held_rows in folds:
        best = _choose(_score_table(pool, fit_rows, out_of_fold, book, frames))
        held = pool.iloc[held_rows]
        cut = np.array([best["thresholds"].get(language, best["thresholds"]["*"]) for language in held["language"]])
        probs = out_of_fold[_key(best["setting"])][held_rows]
        for row, frames_found in zip(held_rows, _sets(probs >= cut.reshape(-1, 1), frames)):
            learned[row] = frames_found
        chosen.append({**best["setting"], "thresholds": best["thresholds"], "combination": best["combination"]})
    return learned, chosen


def _choose(selection: pd.DataFrame) -> dict[str, Any]:
    """Per (setting, combination), each language's best threshold (ties: the lower one); then the best
    mean over languages, ties to the union, then to the smaller C, then to the plainer vocabulary (no stop
    list, one document). The thresholds of the best learned combination are kept even when the codebook
    alone wins (the card then says "codebook")."""
    keys = list(SETTING_KEYS)
    best_rows = (selection.sort_values(["cv_f1", "threshold"], ascending=[False, True], kind="stable")
                 .groupby([*keys, "combination", "language"], sort=True).head(1))
    means = best_rows.groupby([*keys, "combination"], sort=True)["cv_f1"].mean().rename("cv_f1_mean").reset_index()
    learned = (means[means["combination"] != "codebook"]  # ties: the union, which keeps the codebook's evidence
               .assign(later=lambda m: (m["combination"] != "union").astype(int))
               .sort_values(["cv_f1_mean", "later", *keys], ascending=[False, True, True, True, True], kind="stable")
               .iloc[0])
    codebook = float(means.loc[means["combination"] == "codebook", "cv_f1_mean"].max())
    same = np.logical_and.reduce([best_rows[k] == learned[k] for k in keys]) & (best_rows["combination"] == learned["combination"])
    thresholds = {row.language: float(row.threshold) for row in best_rows[same].itertuples()}
    thresholds["*"] = round(float(np.mean(list(thresholds.values()))), 4)
    setting = {"C": float(learned["C"]), "stop": bool(learned["stop"]), "min_documents": int(learned["min_documents"])}
    return {"setting": setting, "C": setting["C"], "thresholds": thresholds, "cv_f1_mean": float(learned["cv_f1_mean"]),
            "combination": str(learned["combination"]) if learned["cv_f1_mean"] > codebook else "codebook",
            "codebook_alone": codebook, "means": means.sort_values("cv_f1_mean", ascending=False, kind="stable")}


def _dev_figures(dev: pd.DataFrame, book: list[set[str]], learned: list[set[str]], frames) -> dict[str, Any]:
    return {how: by_language(dev, _predictions(how, book, learned), frames) for how in COMBINATIONS}


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
