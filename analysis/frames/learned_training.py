"""Training ``rostrum-frames`` (v3: a lemma + e5 model per language) on the hand-coded official-speech sets, deterministically.

``python -m analysis train-frames`` runs :func:`train_frame_classifier`:

1. **Select per language by grouped cross-validation over train + dev (+ extra gold files).** The
   train and dev sentences of the main file and the extra gold files (``--extra-gold``; by default,
   for the official corpus, :data:`DEFAULT_EXTRA_GOLD`: the held-out sets already scored and turned
   into development data, whole, and the dev halves of ``wikinews_ru`` and ``unsc``, whose test
   halves are never read) are pooled; **each language's sentences form its own pool**, cut into
   :data:`FOLDS` folds by document (``GroupKFold``). For every setting (``C`` in :data:`GRID_C` ×
   vocabulary rule in :data:`VOCABULARIES`: with or without the small :data:`FUNCTION_WORDS` stop
   list, a term in at least one or two documents), the language's vocabulary and idf are fitted on
   four folds, one logistic regression per frame (liblinear, class weights balanced) on [TF-IDF of
   lemma/stem unigrams | e5 vector] is fitted there and predicts the fifth; the pooled out-of-fold
   probabilities are scored, for every threshold in :data:`GRID_THRESHOLD`, as the codebook, the
   classifier and their union. The language gets the setting and threshold that maximise its
   micro-F1. The test split of the main file is never used, and an extra file that shares a
   document with it is refused.
   The extra files' sentences are then judged out of fold *and* out of selection: each by its
   language's fit that did not see its document, at the setting and threshold that the other four
   folds chose (:func:`_nested_out_of_fold`). Those figures (codebook, classifier, union; per
   language, frame and file; and split into the AI-written team sets and the real-text sets) and
   the in-sample comparison go into the card. The verdict of :data:`DEFAULT_RULE`, what the ``auto``
   detector follows per language (:func:`analysis.frames.detector_choice.auto_detectors`), compares the union
   with the *blind* codebook instead: on the sets with a recorded first reading, the codebook as it
   stood then (:mod:`analysis.frames.blind_codebook`; :func:`_blind_figures`).
   A secondary figure, leave-one-set-out (:func:`_leave_one_set_out`): each team set judged by a
   model of its language selected (the same grouped CV) and fitted without it.
2. **Refit and save.** Each language's chosen setting is refitted on that language's whole pool,
   and the models are saved in one file, ``analysis/frames/models/rostrum-frames.safetensors``
   (weights, vocabulary, idf per language); its card (``rostrum-frames.json``) records the data, the
   selection tables, the dev figures of train-only fits, the coders' alpha and the file's sha256.
3. **Test once** (``--report-test``, run once at the end of a round): per-language figures of
   each detector on the test split go into the card.

The grids, the fits, the grouped cross-validation and the choice they feed live in
:mod:`analysis.frames.learned_selection`; this module reads the data, runs them and writes the model and card.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ..errors import CorpusError
from ..validation import gold_sentences, read_gold
from .blind_codebook import BLIND_DIR, blind_hits, blind_sets
from .codebook import Codebook, load_codebook
from .learned import MODEL_NAME, LanguageFrameClassifier, card_path, frame_features, frame_terms, model_path
from .learned_selection import (DEFAULT_RULE, FOLDS, GRID_C, GRID_THRESHOLD, MIN_DF, VOCABULARIES, _choose, _compact,
                                _cross_validate, _dev_figures, _leave_one_set_out, _nested_out_of_fold, _score_table,
                                _sets, _union_vs_codebook, _verdict, fit_frame_classifier, function_words)
from .matcher import detect_frames

REPO = Path(__file__).resolve().parents[2]
DEFAULT_GOLD = REPO / "data" / "gold" / "official" / "official.jsonl"
SPLIT_MARK = ":"  # PATH:SPLIT names one split of an extra gold file ("…/wikinews_ru/official.jsonl:dev")
# Blind double-coded sets drawn after the main corpus, scored once each and since read as development data:
# whole, except wikinews_ru and unsc, whose test halves stay held out (only their dev halves are ever read).
DEFAULT_EXTRA_GOLD = (*(str(DEFAULT_GOLD.parent / name / "official.jsonl")
                        for name in ("holdout", *(f"holdout{n}" for n in range(2, 16)),
                                     "team_ru", *(f"team_ru{n}" for n in range(2, 14)))),
                      *(str(DEFAULT_GOLD.parent / name / "official.jsonl") + SPLIT_MARK + "dev"
                        for name in ("wikinews_ru", "unsc")))
# Sets written by the team with AI help (folders team_*): the card splits the out-of-fold figures into these and real text.
TEAM_PREFIX = "team_"
# The model that scores a sentence of a language without its own model (its terms are stems, as English's).
FALLBACK_LANGUAGE = "en"


def read_frame_gold(path: str | Path, codebook: Codebook) -> pd.DataFrame:
    """The adjudicated corpus with its ``split`` column checked (train, dev, test by document)."""
    gold = read_gold(path, codebook.frame_keys)
    if "split" not in gold.columns or not {"train", "dev"} <= set(gold["split"]):
        raise CorpusError(f"{path} needs a 'split' key with train and dev sentences (split by document); "
                          "use data/gold/official/official.jsonl or split yours with analysis.validation.split_by_document")
    if "document_id" not in gold.columns or gold["document_id"].isna().any():
        raise CorpusError(f"{path} needs a 'document_id' on every sentence: the cross-validation folds are cut by document")
    return gold


def extra_spec(spec: str | Path) -> tuple[Path, str | None]:
    """``PATH`` (every sentence of the file) or ``PATH:SPLIT`` (only that split's sentences) as (path, split)."""
    text = str(spec)
    head, mark, split = text.rpartition(SPLIT_MARK)
    if mark and split in ("train", "dev") and head:
        return Path(head), split
    return Path(text), None


def set_name(spec: str | Path) -> str:
    """An extra gold entry as the set's short name: its folder, ``:SPLIT`` kept (``holdout4``, ``unsc:dev``)."""
    path, split = extra_spec(spec)
    return path.parent.name + (SPLIT_MARK + split if split else "")


def is_team_set(name: str) -> bool:
    """Whether a set (as the card names it) is one of the team-written sets (a ``team_*`` folder)."""
    return any(part.startswith(TEAM_PREFIX) for part in Path(name.split(SPLIT_MARK)[0]).parts)


def read_extra_gold(paths: list[str | Path], gold: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """The sentences of the extra gold files, as training data (``split`` ``"extra"``, ``set`` the file as
    the card shows it): every sentence of ``PATH``, or only the ``SPLIT`` ones of ``PATH:SPLIT`` (the
    other split's lines are dropped as they are read, never kept).

    An extra file must carry a ``document_id`` on every sentence (the folds are cut by document),
    share no sentence id with another file, and share no document with the main file's test split:
    training on it would put test documents in the model.
    """
    test_documents = set(gold.loc[gold["split"] == "test", "document_id"].astype(str))
    seen_ids = set(gold["id"].astype(str))
    parts = []
    for spec in paths:
        path, split = extra_spec(spec)
        extra = read_gold(path, codebook.frame_keys, splits=None if split is None else (split,))
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
        parts.append(extra.assign(split="extra", set=_shown_spec(spec)))
    return pd.concat(parts, ignore_index=True) if parts else gold.iloc[:0].assign(set=pd.Series(dtype=str))


def codebook_sets(gold: pd.DataFrame, codebook: Codebook) -> list[set[str]]:
    """The frames the codebook finds in each gold sentence."""
    hits = detect_frames(gold_sentences(gold, statements="document"), codebook)  # as evaluate reads them
    found: dict[str, set[str]] = {}
    for sentence_id, frame in zip(hits["sentence_id"].astype(str), hits["frame"]):
        found.setdefault(sentence_id, set()).add(frame)
    return [found.get(str(i), set()) for i in gold["id"]]


def train_frame_classifier(gold_path: str | Path = DEFAULT_GOLD, *, extra_gold: list[str | Path] | None = None,
                           cache_dir: str | Path | None = None, report_test: bool = False,
                           jobs: int = 1, blind_dir: Path = BLIND_DIR) -> dict[str, Any]:
    """Per language: select by grouped cross-validation over that language's train + dev + extra
    sentences, refit on all of them; save the per-language models in one file and the card.
    ``extra_gold`` None means :data:`DEFAULT_EXTRA_GOLD` for the default corpus and none for any
    other; ``[]`` trains on the main file alone; an entry ``PATH:dev`` reads only that file's dev
    split. ``jobs`` processes fit the cross-validations' folds (the same bytes with any number).
    ``blind_dir`` holds each extra set's blind codebook hits (:mod:`analysis.frames.blind_codebook`),
    which the verdict compares the union with."""
    codebook = load_codebook()
    frames = codebook.frame_keys
    gold = read_frame_gold(gold_path, codebook)
    if extra_gold is None:
        extra_gold = list(DEFAULT_EXTRA_GOLD) if Path(gold_path).resolve() == DEFAULT_GOLD else []
    extra = read_extra_gold(list(extra_gold), gold, codebook)
    main_pool = gold[gold["split"].isin(["train", "dev"])].assign(set=_shown(Path(gold_path)))
    pool = pd.concat([main_pool, extra], ignore_index=True)
    labels = np.array([[f in coded for f in frames] for coded in pool["frames"]], dtype=int)
    is_train = (pool["split"] == "train").to_numpy()
    empty = [f for f, n in zip(frames, labels[is_train].sum(axis=0)) if n == 0]
    if empty:
        raise CorpusError(f"the train split codes no sentence with {empty}; a classifier cannot learn those frames")
    documents = pool["document_id"].astype(str).to_numpy()
    thin = [f for f, column in zip(frames, labels.T) if len(set(documents[column == 1])) < FOLDS]
    if thin:
        raise CorpusError(f"train + dev code {thin} in fewer than {FOLDS} documents: too few to cross-validate")
    features = frame_features(pool["text"].tolist(), cache_dir=cache_dir)
    terms = frame_terms(pool["text"].tolist(), pool["language"].tolist())
    book = codebook_sets(pool, codebook)
    languages = sorted(set(pool["language"]))
    parts = _parts(pool, languages)
    validated = _cross_validate(parts, terms, features, labels, documents, jobs)
    learned: list[set[str]] = [set() for _ in range(len(pool))]
    models, selected, best, chosen = {}, {}, {}, {}
    for language in languages:
        rows = parts[("cv", language)]
        folds, out_of_fold = validated[("cv", language)]
        best[language] = _choose(_score_table(pool, rows, out_of_fold, book, frames))
        nested, chosen[language] = _nested_out_of_fold(pool, folds, out_of_fold, book, frames)
        for row in rows:
            learned[row] = nested[row]
        threshold = {"*": best[language]["thresholds"][language]}
        train_rows = rows[is_train[rows]]
        selected[language] = fit_frame_classifier([terms[i] for i in train_rows], features[train_rows],
                                                  documents[train_rows], labels[train_rows], frames,
                                                  best[language]["setting"], threshold)
        models[language] = fit_frame_classifier([terms[i] for i in rows], features[rows], documents[rows], labels[rows],
                                                frames, best[language]["setting"], threshold)
    fallback = FALLBACK_LANGUAGE if FALLBACK_LANGUAGE in models else languages[0]
    model = LanguageFrameClassifier(frames, models, fallback)
    sha256 = model.save(model_path())
    is_dev = (pool["split"] == "dev").to_numpy()
    dev_rows = np.flatnonzero(is_dev)
    dev = pool[is_dev].reset_index(drop=True)
    card = _card(gold_path, pool, model, LanguageFrameClassifier(frames, selected, fallback), best, dev,
                 [book[i] for i in dev_rows], features[dev_rows], [terms[i] for i in dev_rows], sha256)
    card["codebook_version"] = codebook.version  # the verdict belongs to it: auto refuses the verdict for another
    card["extra_gold"] = [_shown_spec(p) for p in extra_gold]
    card["train_command"] = _command(gold_path, extra_gold)
    if (pool["split"] == "extra").any():
        card["out_of_fold_extra"] = _extra_figures(pool, book, learned, chosen, frames)
        card["out_of_fold_extra"]["by_kind"] = _kind_figures(pool, book, learned, frames)
    else:
        card["out_of_fold_extra"] = {}
    card["blind_comparison"] = _blind_figures(pool, learned, frames, blind_dir)
    card["leave_one_set_out"] = _leave_one_set_out(pool, parts, validated, terms, features, labels, documents, book, frames)
    if report_test:
        card["test"] = _test_figures(gold[gold["split"] == "test"].reset_index(drop=True), codebook, model, cache_dir)
    _write_card(card)
    return card


def _parts(pool: pd.DataFrame, languages: list[str]) -> dict[tuple, np.ndarray]:
    """The pools that are cross-validated, as rows of ``pool``: each language's sentences (``("cv", language)``:
    selection, nested out of fold, the shipped fit), and for leave-one-set-out each team set's language
    without that set (``("loso", set, language)``: the selection that judges the left-out set)."""
    parts = {("cv", language): np.flatnonzero((pool["language"] == language).to_numpy()) for language in languages}
    for name in sorted(n for n in set(pool["set"]) if is_team_set(n)):
        inside = (pool["set"] == name).to_numpy()
        for language in sorted(set(pool.loc[inside, "language"])):
            rest = np.flatnonzero(((pool["language"] == language).to_numpy()) & ~inside)
            if len(set(pool["document_id"].iloc[rest].astype(str))) >= FOLDS:
                parts[("loso", name, language)] = rest
    return parts


def _command(gold_path: str | Path, extra_gold: list) -> str:
    """The command that rebuilds these bytes (the defaults spelled out only where they were not used)."""
    command = "python -m analysis train-frames"
    default_gold = Path(gold_path).resolve() == DEFAULT_GOLD
    if not default_gold:
        command += f" --gold {_shown(Path(gold_path))}"
    elif [_resolved_spec(p) for p in extra_gold] == [_resolved_spec(p) for p in DEFAULT_EXTRA_GOLD]:
        return command
    if extra_gold:
        return command + " --extra-gold" + "".join(f" {_shown_spec(p)}" for p in extra_gold)
    return command + (" --no-extra-gold" if default_gold else "")


def _extra_figures(pool: pd.DataFrame, book: list[set[str]], learned: list[set[str]], chosen: dict[str, list[dict]],
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
    return {"note": "each extra sentence judged by its language's cross-validation fit that did not see its document, "
                    "at the setting and threshold the other four folds of its language chose; 'union' is the "
                    "pipeline's 'combined'; the codebook is today's, tuned on these sets (in sample): the verdict is "
                    "blind_comparison's",
            "settings_per_fold": chosen, "figures": figures, "by_set": by_set,
            "in_sample_codebook_comparison": _union_vs_codebook(figures)}


def _blind_figures(pool: pd.DataFrame, learned: list[set[str]], frames: tuple[str, ...], blind_dir: Path) -> dict[str, Any]:
    """The verdict's figures: on the extra sentences whose set has a recorded first reading, the blind codebook
    (the codebook as it stood at that reading), the classifier's nested out-of-fold frames and their union,
    per language pooled, on the real-text sets pooled and per set, with :data:`DEFAULT_RULE`'s verdict."""
    sets = blind_sets(blind_dir)
    names = [_blind_name(spec) if split == "extra" else None for spec, split in zip(pool["set"], pool["split"])]
    rows = np.array([i for i, name in enumerate(names) if name in sets], dtype=int)
    hits = blind_hits(blind_dir) if len(rows) else {}
    missing = [(names[i], pool["id"].iloc[i]) for i in rows if (names[i], str(pool["id"].iloc[i])) not in hits]
    if missing:
        raise CorpusError(f"{blind_dir}/hits.jsonl lacks {len(missing)} sentences of its sets (e.g. {missing[:2]}); "
                          f"rebuild it with `python {_shown(blind_dir / 'build.py')}`")
    blind = {i: set(hits[(names[i], str(pool["id"].iloc[i]))]) for i in rows}

    def figures(part_rows: np.ndarray) -> dict[str, Any]:
        part = pool.iloc[part_rows].reset_index(drop=True)
        return _compact(_dev_figures(part, [blind[i] for i in part_rows], [learned[i] for i in part_rows], frames))

    real_rows = np.array([i for i in rows if not is_team_set(names[i])], dtype=int)
    pooled = figures(rows) if len(rows) else {"codebook": {}, "union": {}}
    real = figures(real_rows) if len(real_rows) else {"codebook": {}, "union": {}}
    by_set = {}
    for name in (n for n in sets if n in set(names)):
        inside = np.array([i for i in rows if names[i] == name], dtype=int)
        sub = figures(inside)
        by_set[name] = {"commit": sets[name]["commit"], "codebook_version": sets[name]["codebook_version"],
                        **{how: {language: v["micro"] for language, v in sub[how].items()} for how in ("codebook", "union")}}
    verdict = _verdict(pooled, real)
    for language in sorted(set(pool["language"]) - set(verdict)):
        verdict[language] = {"combined_wins": False, "note": "no extra sentence with a recorded first reading"}
    return {"note": "each extra sentence of a set with a recorded first reading (data/gold/official/blind_codebook) "
                    "judged by the codebook as it stood at that reading (its commit's own detection: the blind "
                    "codebook) and by the classifier's nested out-of-fold frames; 'union' is 'combined' with the "
                    "blind codebook",
            "rule": DEFAULT_RULE, "figures": pooled,
            "real_text": {"sets": sorted({names[i] for i in real_rows}), "figures": real},
            "by_set": by_set, "verdict": dict(sorted(verdict.items()))}


def _blind_name(spec: str) -> str | None:
    """The set's short name when the spec is one of this repository's official gold sets, else None (a user's own
    folder named like one of them is not that set)."""
    path, _ = extra_spec(spec)
    return set_name(spec) if (REPO / path).resolve().parent.parent == DEFAULT_GOLD.parent else None


def _kind_figures(pool: pd.DataFrame, book: list[set[str]], learned: list[set[str]],
                  frames: tuple[str, ...]) -> dict[str, Any]:
    """The nested out-of-fold figures of the whole pool split into the team-written sets (``team_*``) and
    the real-text sets (the main file's train + dev, the holdouts, the dev halves of wikinews_ru and unsc),
    per language, with the union's change against the codebook."""
    out: dict[str, Any] = {"note": "nested out of fold over the whole pool (main file train + dev and every extra "
                                   "set), split by kind of text; team = the AI-written team_* sets"}
    kinds = np.array(["team" if is_team_set(name) else "real" for name in pool["set"]])
    for kind in ("team", "real"):
        rows = np.flatnonzero(kinds == kind)
        if not len(rows):
            continue
        part = pool.iloc[rows].reset_index(drop=True)
        figures = _compact(_dev_figures(part, [book[i] for i in rows], [learned[i] for i in rows], frames))
        out[kind] = {"sets": sorted(set(part["set"])), "sentences": {k: int(v) for k, v in
                                                                     part["language"].value_counts().sort_index().items()},
                     "figures": figures, "union_vs_codebook": _union_vs_codebook(figures)}
    return out


def _card(gold_path, pool, model: LanguageFrameClassifier, selected: LanguageFrameClassifier, best: dict[str, dict],
          dev, book_dev, x_dev, terms_dev, sha256) -> dict[str, Any]:
    """The card; ``selected`` holds train-only fits (main file) at each language's chosen setting, scored on dev."""
    learned_dev = _learned_sets(selected, x_dev, terms_dev, dev)
    return {
        "model": MODEL_NAME,
        "version": 3,
        "method": "per language, one logistic regression per frame (L2, liblinear, class weights balanced) on [TF-IDF "
                  "of the language's word unigrams (Russian pymorphy3 lemmas, English Snowball stems; sublinear tf, l2 "
                  "rows; the language's own vocabulary and idf, fitted on its training sentences) | "
                  "multilingual-e5-small sentence embedding (query prefix)], dateline cut; trained on the language's "
                  "sentences only, with its own C, vocabulary rule and one probability threshold for all frames",
        "config": {"backend": model.backend, "fallback": model.fallback, "thresholds": model.thresholds,
                   "languages": {language: {**best[language]["setting"], "threshold": model.threshold_for(language),
                                            "vocabulary_size": len(sub.terms), "vectorizer": sub.vectorizer}
                                 for language, sub in sorted(model.models.items())}},
        "vocabulary_size": {language: len(sub.terms) for language, sub in sorted(model.models.items())},
        "combination": {language: best[language]["combination"] for language in sorted(best)},
        "gold": _shown(Path(gold_path)),
        "fitted_on": "per language: train + dev of the main file and every sentence read of the extra files in that "
                     "language, after the setting, threshold and combination were chosen by grouped cross-validation "
                     "over them",
        "training_rows": {f"{name}/{language}": int(n) for (name, language), n
                          in pool.groupby(["set", "language"], sort=True).size().items()},
        "selection": {"metric": f"per language, micro-F1 of out-of-fold predictions ({FOLDS} folds over the language's "
                                "pool, grouped by document) at its best threshold",
                      "grid_C": list(GRID_C), "grid_vocabulary": [dict(v) for v in VOCABULARIES], "min_df": MIN_DF,
                      "function_words": sorted(function_words()),
                      "grid_threshold": list(GRID_THRESHOLD),
                      "by_language": {language: {"by_setting": b["means"].round(4).to_dict("records"),
                                                 "codebook_alone": b["codebook_alone"]}
                                      for language, b in sorted(best.items())}},
        "dev": _compact(_dev_figures(dev, book_dev, learned_dev, model.frames)),
        "dev_note": "figures of train-only fits at each language's selected setting (the selection and the shipped "
                    "model also saw dev)",
        "agreement": _agreement(Path(gold_path).with_name("agreement.csv")),
        "sha256": sha256,
        "file": _shown(model_path()),
        "test": None,
    }


def _test_figures(test: pd.DataFrame, codebook: Codebook, model: LanguageFrameClassifier, cache_dir) -> dict[str, Any]:
    """Per-language, per-detector figures on the held-out test split (read once, at the end)."""
    book = codebook_sets(test, codebook)
    texts = test["text"].tolist()
    learned = _learned_sets(model, frame_features(texts, cache_dir=cache_dir),
                            frame_terms(texts, test["language"].tolist()), test)
    return _compact(_dev_figures(test, book, learned, model.frames))


def _learned_sets(model: LanguageFrameClassifier, features: np.ndarray, terms: list[list[str]],
                  gold: pd.DataFrame) -> list[set[str]]:
    """The classifier's frames per sentence, each by its language's model at that model's threshold."""
    languages = gold["language"].tolist()
    cut = np.array([model.threshold_for(language) for language in languages]).reshape(-1, 1)
    return _sets(model.predict_proba(features, terms, languages) >= cut, model.frames)


def _shown_spec(spec: str | Path) -> str:
    """An extra gold entry as the card shows it: the path relative to the repository, ``:SPLIT`` kept."""
    path, split = extra_spec(spec)
    return _shown(path) + (SPLIT_MARK + split if split else "")


def _resolved_spec(spec: str | Path) -> tuple[Path, str | None]:
    path, split = extra_spec(spec)
    return path.resolve(), split


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
