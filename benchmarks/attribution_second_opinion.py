"""Experiment (issue #18): a learned second opinion on the attribution rules' narrator-vs-official decision.

Run: .venv/bin/python benchmarks/attribution_second_opinion.py [--ceiling] [--json PATH]   (about 5 minutes
on one core; ``--ceiling`` adds about 6)

Not a feature: the experiment failed the rule fixed before it was run (2 Dec 2026), so nothing of it is in the
package. It is kept so the figures in README ("Learned second opinion (tried)") can be rebuilt.

Data: development gold only: ``data/gold/news/wire``, ``wire2`` … ``wire11``, ``holdout`` … ``holdout5`` (all rows)
and the ``dev`` rows of ``data/gold/news/gold.jsonl`` (its test rows are dropped line by line, never kept). The rules
run once over every gold article (``analysis.corpus.news._read``); each gold row is aligned to the suite sentence
that covers its midpoint, as ``analysis.corpus.attribution_eval.predict`` does, and scored with its ``_correct``.

Model: per sentence, 124 features (:func:`sentence_features`): the rules' mode, cue parts, confidence, whether they
gave a speaker (a body or a person); quote marks, the share of the sentence inside quotes, a quote mark or dash
opening it; a speech verb (cues.yaml's ``RU_VERB``/``EN_VERB``) and where it sits, «по словам»/according, stance,
first person, narration, paraphrase, background, continuation, withholding and points-back words; a pronoun or a
title word or two capitalised words at the start; digits, length, "?" or ":" at the end, a dateline; position in
the article and paragraph, heading; the same rule features of the previous and next sentence and their quote
features, and whether the two neighbours share a speaker. One logistic regression per language (class_weight
balanced, target: the gold gives the sentence a speaker), C from ``GRID_C`` by 5-fold cross-validation grouped by
article inside the training sets (log loss). Two decisions, one threshold each per language (``GRID_T``), chosen
on the training sets' out-of-fold probabilities as the one that gains most sentences (none when nothing is
gained): a sentence the rules leave to the narrator, with P(speech) >= t_up, takes the speaker of the previous
sentence in its paragraph, else the next one in its paragraph, else the previous, else the next sentence (no flip
when none has a speaker); a sentence the rules give a speaker, with P(narration) >= t_down, becomes narration.

Judged leave one set out: each set's sentences are decided by a model trained and tuned on the other sets only.
The rule (fixed before): ship on by default only if (a) pooled speaker accuracy rises by at least 0.01 in each
language, (b) pooled narrator accuracy does not fall in either, (c) no set loses more than 0.02 speaker accuracy.

``--ceiling`` prints what no threshold choice could beat: out-of-fold (leave one set out, C = 1, no nested choice)
gains at a grid of thresholds, read with hindsight, for the balanced and the unweighted regression and a gradient
boosted tree model, and how often a neighbour's speaker is the gold speaker of a sentence left to the narrator.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import log_loss
from sklearn.model_selection import GroupKFold

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from analysis.attribution.continuation import THIRD_PERSON  # noqa: E402
from analysis.attribution.quotes import find_quotes  # noqa: E402
from analysis.attribution.vocabulary import (ACCORDING, BACKGROUND, CONTINUATION, EN_VERB, FIRST_PERSON,  # noqa: E402
                                             NARRATION, PARAPHRASE, POINTS_BACK, QUOTE_PAIRS, RU_VERB, STANCE,
                                             TITLE_WORDS, WITHHOLDING)
from analysis.corpus.attribution_eval import _article, _correct, _label  # noqa: E402
from analysis.corpus.news import _read  # noqa: E402

GOLD = REPO / "data" / "gold" / "news"
SETS = ("wire", *(f"wire{i}" for i in range(2, 12)), "holdout", *(f"holdout{i}" for i in range(2, 6)), "dev")
GRID_C = (0.03, 0.1, 0.3, 1.0, 3.0)
GRID_T = tuple(float(t) for t in np.round(np.arange(0.5, 0.96, 0.05), 2))
MODES = ("narration", "direct", "reported", "continued")
CUE_PARTS = ("none", "unresolved", "verb", "quote", "according", "turn", "dash turn", "continued", "points-back",
             "headline", "headline credit", "name", "surname", "title", "pronoun", "institution", "generic", "document")
_MARKS = set(QUOTE_PAIRS) | set(QUOTE_PAIRS.values())
_WORD = re.compile(r"[^\W\d_]+")
_DATELINE = re.compile(r"^[A-ZА-ЯЁ][A-ZА-ЯЁ .,'()-]{2,40}(?:\([^)]*\))?\s*[-—–]|^[A-ZА-ЯЁ][\w .,]{2,40}\(\w+\)\s*[-—–]")
_DASH_OPEN = re.compile(r"^\s*[—–-]\s")


def gold_rows(name: str) -> pd.DataFrame:
    """A development set's gold rows; of ``gold.jsonl`` (``name == "dev"``) only the dev split, test rows dropped unread."""
    path = GOLD / "gold.jsonl" if name == "dev" else GOLD / name / "gold.jsonl"
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if name == "dev" and row.get("split") != "dev":
            continue
        speaker = row.get("speaker")
        rows.append({"doc_id": row["doc_id"], "path": row["path"], "language": row["language"], "start": row["start"],
                     "end": row["end"], "speaker": speaker if isinstance(speaker, str) and speaker.strip() else None})
    return pd.DataFrame(rows)


def collect() -> tuple[pd.DataFrame, pd.DataFrame, np.ndarray]:
    """(suite sentences with the rules' output, gold rows with the index of their suite sentence, features)."""
    sentences, gold, features = [], [], []
    for name in SETS:
        for (doc_id, path), rows in gold_rows(name).groupby(["doc_id", "path"], sort=False):
            body, meta = _article(str(path), str(doc_id), [REPO, REPO.parent / "shared" / "corpora"])
            language = rows["language"].iloc[0]
            _, attributed, paragraphs, people = _read(body, {**meta, "doc_id": doc_id, "language": language})
            base = len(sentences)
            labels = []
            for s in attributed:
                p = people[s.speaker] if s.speaker is not None else None
                labels.append(_label(p["speaker"], p["role"], p["speaker_kind"]) if p else None)
                sentences.append({"set": name, "article": f"{name}|{doc_id}", "language": language,
                                  "paragraph": s.paragraph, "label": labels[-1]})
            features.append(sentence_features([s.text for s in attributed], [s.paragraph for s in attributed],
                                              [paragraphs[s.paragraph].heading for s in attributed],
                                              [s.speaker for s in attributed], [s.mode for s in attributed],
                                              [s.cue for s in attributed], [s.confidence for s in attributed],
                                              [str(label).startswith("ORG:") for label in labels], language == "ru"))
            for row in rows.itertuples():
                mid = (int(row.start) + int(row.end)) // 2
                hit = next((j for j, s in enumerate(attributed) if s.start <= mid < s.end), None)
                if hit is None:
                    hit = min(range(len(attributed)), key=lambda j: abs(attributed[j].start - mid))
                gold.append({"set": name, "language": language, "sentence": base + hit, "speaker": row.speaker})
    return pd.DataFrame(sentences), pd.DataFrame(gold), np.vstack(features)


def _text_features(text: str, cyrillic: bool) -> list[float]:
    quotes = find_quotes(text)
    inside = sum(b - a for _, a, b, _ in quotes)
    words = _WORD.findall(text)
    first = words[0].lower() if words else ""
    verb = (RU_VERB if cyrillic else EN_VERB).search(text)
    stripped = text.strip()
    return [
        min(sum(c in _MARKS for c in text), 6) / 6, inside / max(len(text), 1), float(bool(quotes)),
        float(stripped[:1] in _MARKS), float(stripped[-1:] in _MARKS or stripped[-2:-1] in _MARKS),
        float(bool(_DASH_OPEN.match(text))), float(bool(verb)), verb.start() / max(len(text), 1) if verb else 1.0,
        float(bool(ACCORDING.search(text))), float(bool(STANCE.search(text))), float(bool(FIRST_PERSON.search(text))),
        float(bool(NARRATION.search(text))), float(bool(PARAPHRASE.search(text))), float(bool(BACKGROUND.match(text))),
        float(bool(CONTINUATION.match(text))), float(bool(WITHHOLDING.search(text))),
        float(bool(POINTS_BACK["ru" if cyrillic else "en"].match(text))),
        float(first in THIRD_PERSON), float(first in TITLE_WORDS),
        float(len(words) > 1 and words[0][:1].isupper() and words[1][:1].isupper()),
        float(bool(re.search(r"\d", text))), math.log1p(len(words)) / 4, float(stripped.endswith("?")),
        float(stripped.endswith(":")), float(bool(_DATELINE.match(text))),
    ]


def sentence_features(texts, paragraphs, headings, speakers, modes, cues, confidences, institution,
                      cyrillic: bool) -> np.ndarray:
    """One row per sentence of an article: the rules' output, text cues, position, and the neighbours' rule output."""
    n = len(texts)
    rule = np.asarray([[float(modes[i] == m) for m in MODES]
                       + [float(c in {p.split(" (")[0] for p in str(cues[i]).split("; ")}) for c in CUE_PARTS]
                       + [float(speakers[i] is not None), float(institution[i]), float(confidences[i])]
                       for i in range(n)], dtype=float)
    text = np.asarray([_text_features(t, cyrillic) for t in texts], dtype=float)
    position = []
    for i in range(n):
        own = [j for j in range(n) if paragraphs[j] == paragraphs[i]]
        prev_same = i > 0 and paragraphs[i - 1] == paragraphs[i]
        next_same = i + 1 < n and paragraphs[i + 1] == paragraphs[i]
        sandwich = 0 < i < n - 1 and speakers[i - 1] is not None and speakers[i - 1] == speakers[i + 1]
        position.append([i / max(n - 1, 1), float(i == 0), float(i <= 1), float(not prev_same), float(not next_same),
                         (i - own[0]) / max(len(own) - 1, 1), min(len(own), 8) / 8, float(headings[i]),
                         float(prev_same), float(next_same), float(sandwich), float(paragraphs[i] == paragraphs[0])])

    def shifted(block: np.ndarray, step: int) -> np.ndarray:
        pad = np.zeros((1, block.shape[1]))
        return np.vstack([pad, block[:-1]]) if step < 0 else np.vstack([block[1:], pad])

    return np.hstack([rule, text, np.asarray(position, dtype=float), shifted(rule, -1), shifted(rule, 1),
                      shifted(text[:, :6], -1), shifted(text[:, :6], 1)])


class Experiment:
    """The per-sentence arrays every fold reads: labels, the neighbour an up flip takes, each flip's gain."""

    def __init__(self, sentences: pd.DataFrame, gold: pd.DataFrame, features: np.ndarray):
        self.x, self.gold = features, gold
        self.label = sentences["label"].to_numpy(object)
        self.has = np.array([isinstance(v, str) for v in self.label])
        self.article, self.sets = sentences["article"].to_numpy(), sentences["set"].to_numpy()
        self.language, paragraph = sentences["language"].to_numpy(), sentences["paragraph"].to_numpy()
        n = len(sentences)
        self.neighbour = np.full(n, -1)
        for i in np.flatnonzero(~self.has):
            prev = i > 0 and self.article[i - 1] == self.article[i]
            nxt = i + 1 < n and self.article[i + 1] == self.article[i]
            for j, ok in ((i - 1, prev and paragraph[i - 1] == paragraph[i]), (i + 1, nxt and paragraph[i + 1] == paragraph[i]),
                          (i - 1, prev), (i + 1, nxt)):
                if ok and self.has[j]:
                    self.neighbour[i] = j
                    break
        first = gold.drop_duplicates("sentence")
        self.y = np.full(n, -1)
        self.y[first["sentence"].to_numpy()] = [int(isinstance(s, str)) for s in first["speaker"]]
        at, speaker = gold["sentence"].to_numpy(), gold["speaker"].to_numpy(object)
        self.at = at
        self.ok = {"before": np.array([_correct(g, self.label[s]) for g, s in zip(speaker, at)]),
                   "up": np.array([_correct(g, self.label[self.neighbour[s]]) if self.neighbour[s] >= 0
                                   else _correct(g, self.label[s]) for g, s in zip(speaker, at)]),
                   "down": np.array([_correct(g, None) for g in speaker])}
        said = np.array([isinstance(g, str) for g in speaker])
        self.narrator = {"before": said == self.has[at], "up": said == (self.has[at] | (self.neighbour[at] >= 0)),
                         "down": ~said}
        self.gain = {}
        for kind in ("up", "down"):
            self.gain[kind] = np.zeros(n)
            np.add.at(self.gain[kind], at, self.ok[kind].astype(int) - self.ok["before"])

    def candidates(self, idx: np.ndarray, kind: str) -> np.ndarray:
        return (~self.has[idx]) & (self.neighbour[idx] >= 0) if kind == "up" else self.has[idx]

    def choose(self, idx: np.ndarray) -> dict:
        """C by grouped (article) 5-fold log loss on ``idx``; each direction's threshold by its out-of-fold gain."""
        labelled = idx[self.y[idx] >= 0]
        folds = list(GroupKFold(n_splits=5).split(labelled, groups=self.article[labelled]))
        best = None
        for c in GRID_C:
            oof = np.zeros(len(labelled))
            for train, test in folds:
                oof[test] = _fit(self.x[labelled[train]], self.y[labelled[train]], c).predict_proba(self.x[labelled[test]])[:, 1]
            loss = log_loss(self.y[labelled], oof)
            if best is None or loss < best[0] - 1e-12:
                best = (loss, c, oof)
        _, c, oof = best
        chosen = {"C": c}
        for kind, p in (("up", oof), ("down", 1 - oof)):
            mask, gain = self.candidates(labelled, kind), self.gain[kind][labelled]
            gains = {t: gain[mask & (p >= t)].sum() for t in GRID_T}
            t = max(GRID_T, key=lambda t: (gains[t], t))
            chosen[f"t_{kind}"], chosen[f"oof_gain_{kind}"] = (t if gains[t] > 0 else None), int(gains[t])
        return chosen

    def leave_one_set_out(self) -> tuple[np.ndarray, dict]:
        """Each set and language decided by a model trained and tuned on the other sets: (decision per sentence, settings)."""
        decision, settings = np.zeros(len(self.label), dtype=int), {}
        for held in sorted(set(self.sets)):
            for language in ("en", "ru"):
                test = np.flatnonzero((self.sets == held) & (self.language == language))
                if not len(test):
                    continue
                train = np.flatnonzero((self.sets != held) & (self.language == language))
                chosen = self.choose(train)
                labelled = train[self.y[train] >= 0]
                p = _fit(self.x[labelled], self.y[labelled], chosen["C"]).predict_proba(self.x[test])[:, 1]
                if chosen["t_up"] is not None:
                    decision[test[self.candidates(test, "up") & (p >= chosen["t_up"])]] = 1
                if chosen["t_down"] is not None:
                    decision[test[self.candidates(test, "down") & (1 - p >= chosen["t_down"])]] = -1
                settings[f"{held}/{language}"] = chosen
        return decision, settings

    def figures(self, decision: np.ndarray) -> tuple[pd.DataFrame, pd.DataFrame]:
        """Per set and language, and pooled per language: speaker and narrator accuracy before and after."""
        d = decision[self.at]
        pick = lambda table: np.where(d == 1, table["up"], np.where(d == -1, table["down"], table["before"]))  # noqa: E731
        rows = pd.DataFrame({"set": self.gold["set"], "language": self.gold["language"], "speaker_before": self.ok["before"],
                             "speaker_after": pick(self.ok), "narrator_before": self.narrator["before"],
                             "narrator_after": pick(self.narrator), "to_speaker": d == 1, "to_narrator": d == -1})
        agg = {"sentences": ("speaker_before", "size"), **{c: (c, "mean") for c in rows.columns[2:6]},
               "to_speaker": ("to_speaker", "sum"), "to_narrator": ("to_narrator", "sum")}
        per_set, pooled = rows.groupby(["set", "language"]).agg(**agg), rows.groupby("language").agg(**agg)
        for table in (per_set, pooled):
            table["speaker_delta"] = table["speaker_after"] - table["speaker_before"]
            table["narrator_delta"] = table["narrator_after"] - table["narrator_before"]
        return per_set, pooled


def _fit(x: np.ndarray, y: np.ndarray, c: float, weighted: bool = True) -> LogisticRegression:
    return LogisticRegression(C=c, class_weight="balanced" if weighted else None, max_iter=2000).fit(x, y)


def verdict(per_set: pd.DataFrame, pooled: pd.DataFrame) -> dict:
    return {"a_speaker_gain_each_language": bool((pooled["speaker_delta"] >= 0.01).all()),
            "b_narrator_not_lower": bool((pooled["narrator_delta"] >= 0).all()),
            "c_no_set_loses_over_0.02": bool((per_set["speaker_delta"] >= -0.02).all())}


def ceiling(e: Experiment) -> None:
    """Hindsight gains (out of fold by set, C = 1, every threshold shown) and the neighbour's hit rate."""
    from sklearn.ensemble import HistGradientBoostingClassifier
    makers = {"logistic, balanced": lambda: _fit_maker(True), "logistic": lambda: _fit_maker(False),
              "gradient boosted trees": lambda: HistGradientBoostingClassifier(max_iter=200, learning_rate=0.05,
                                                                               random_state=0)}
    for name, make in makers.items():
        p = np.full(len(e.label), np.nan)
        for held in sorted(set(e.sets)):
            for language in ("en", "ru"):
                train = (e.y >= 0) & (e.sets != held) & (e.language == language)
                test = (e.sets == held) & (e.language == language)
                if test.any():
                    p[test] = make().fit(e.x[train], e.y[train]).predict_proba(e.x[test])[:, 1]
        for language in ("en", "ru"):
            here = np.flatnonzero(e.language == language)
            line = []
            for kind, prob in (("to speaker", p[here]), ("to narrator", 1 - p[here])):
                mask = e.candidates(here, "up" if kind == "to speaker" else "down")
                gain = e.gain["up" if kind == "to speaker" else "down"][here]
                line.append(kind + " " + ", ".join(f"{t}: {int(gain[mask & (prob >= t)].sum()):+d} of "
                                                   f"{int((mask & (prob >= t)).sum())}" for t in (0.5, 0.6, 0.7, 0.8, 0.9)))
            print(f"ceiling {name}, {language}: " + "; ".join(line))
    said = np.array([isinstance(s, str) for s in e.gold["speaker"]])
    left = said & ~e.has[e.at]
    for language in ("en", "ru"):
        here = left & (e.gold["language"] == language).to_numpy()
        with_neighbour = here & (e.neighbour[e.at] >= 0)
        print(f"{language}: {int(here.sum())} gold speech sentences left to the narrator; {int(with_neighbour.sum())} have a "
              f"neighbour with a speaker; that neighbour is the gold speaker for {int((with_neighbour & e.ok['up']).sum())}; "
              f"{int((e.has[e.at] & ~said & (e.gold['language'] == language).to_numpy()).sum())} narration sentences "
              f"given a speaker; {int(np.ceil(0.01 * (e.gold['language'] == language).sum()))} sentences make 0.01")


def _fit_maker(weighted: bool):
    return LogisticRegression(C=1.0, class_weight="balanced" if weighted else None, max_iter=2000)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ceiling", action="store_true", help="also print the hindsight ceiling (about 6 more minutes)")
    parser.add_argument("--json", type=Path, help="write the figures and the verdict here")
    args = parser.parse_args()
    warnings.filterwarnings("ignore", category=UserWarning)
    e = Experiment(*collect())
    decision, settings = e.leave_one_set_out()
    per_set, pooled = e.figures(decision)
    pd.set_option("display.width", 200)
    print(per_set.round(4).to_string(), "\n")
    print(pooled.round(4).to_string(), "\n")
    result = verdict(per_set, pooled)
    print("rule:", result, "-> ship" if all(result.values()) else "-> do not ship")
    for key, value in settings.items():
        print(key, value)
    if args.ceiling:
        ceiling(e)
    if args.json:
        args.json.write_text(json.dumps({"per_set": per_set.round(4).reset_index().to_dict("records"),
                                         "pooled": pooled.round(4).reset_index().to_dict("records"),
                                         "verdict": result, "settings": settings}, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
