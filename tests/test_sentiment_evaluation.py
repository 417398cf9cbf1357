"""`sentiment evaluate`: exact metrics on files with known answers, both formats, the CLI."""

from __future__ import annotations

import csv
import json

import numpy as np
import pytest

from analysis.cli import main
from analysis.errors import CorpusError
from analysis.schema import SENTIMENT_LABELS
from analysis.sentiment import model_card
from analysis.sentiment.base import SentimentScorer
from analysis.sentiment.evaluation import evaluate_scorer
from analysis.validation import detect_dataset_format


class EchoScorer(SentimentScorer):
    """Predicts the label written after 'pred:' in the text, so the expected metrics are known."""

    name = "echo"

    def predict_proba(self, texts):
        out = np.zeros((len(texts), len(SENTIMENT_LABELS)))
        for i, text in enumerate(texts):
            out[i, SENTIMENT_LABELS.index(text.split("pred:")[1].split()[0])] = 1.0
        return out


def _write_rusentiment(path, rows):
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["label", "text"])
        writer.writerows(rows)


def test_rusentiment_metrics_are_exact(tmp_path):
    gold = ["positive", "positive", "negative", "neutral", "neutral", "skip", "speech", "neutral"]
    pred = ["positive", "negative", "negative", "neutral", "positive", "neutral", "speech", "neutral"]
    path = tmp_path / "tiny.csv"
    _write_rusentiment(path, [(g, f"строка {i}\npred:{p} ещё, \"кавычки\"") for i, (g, p) in enumerate(zip(gold, pred))])
    result = evaluate_scorer(path, EchoScorer())
    assert result["format"] == "rusentiment" and result["n"] == 8
    assert result["accuracy"] == pytest.approx(5 / 8)
    assert {k: v["f1"] for k, v in result["per_label"].items()} == pytest.approx(
        {"positive": 0.5, "negative": 2 / 3, "neutral": 2 / 3, "skip": 0.0, "speech": 1.0})
    assert result["macro"]["f1"] == pytest.approx((0.5 + 2 / 3 + 2 / 3 + 0 + 1) / 5)
    assert result["weighted"]["f1"] == pytest.approx((2 * 0.5 + 2 / 3 + 3 * 2 / 3 + 0 + 1) / 8)
    assert result["confusion_matrix"] == {
        "labels": list(SENTIMENT_LABELS),
        "matrix": [[1, 1, 0, 0, 0], [0, 1, 0, 0, 0], [1, 0, 2, 0, 0], [0, 0, 1, 0, 0], [0, 0, 0, 0, 1]],
    }


def _write_rusentne(path, rows):
    lines = ["sentence\tentity\tentity_tag\tentity_pos_start_rel\tentity_pos_end_rel\tlabel"]
    lines += [f"{s}\tE\tPERSON\t0\t1\t{label}" for s, label in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_rusentne_mapping_and_metrics_are_exact(tmp_path):
    path = tmp_path / "ne.csv"  # tab-separated despite .csv, as RuSentNE ships it
    _write_rusentne(path, [("«Да» pred:positive A", 1), ("«Да» pred:positive A", 0), ("pred:negative B", -1),
                           ("pred:skip C", 0), ("pred:speech D", 1), ("pred:neutral E", -1)])
    assert detect_dataset_format(path) == "rusentne"
    result = evaluate_scorer(path, EchoScorer())
    assert result["n"] == 6 and result["sentences"] == 5
    assert result["accuracy"] == pytest.approx(0.5)
    assert result["confusion_matrix"] == {"labels": ["-1", "0", "1"], "matrix": [[1, 1, 0], [0, 1, 1], [0, 1, 1]]}
    assert {k: v["f1"] for k, v in result["per_label"].items()} == pytest.approx({"-1": 2 / 3, "0": 0.4, "1": 0.5})
    assert result["macro"]["f1"] == pytest.approx((2 / 3 + 0.4 + 0.5) / 3)
    assert "skip/speech -> 0" in result["mapping"] and "entity" in result["mapping"]


def test_bad_files_are_rejected(tmp_path):
    odd = tmp_path / "odd.csv"
    odd.write_text("a,b\n1,2\n")
    with pytest.raises(CorpusError, match="--format"):
        detect_dataset_format(odd)
    bad_labels = tmp_path / "bad.csv"
    _write_rusentiment(bad_labels, [("happy", "текст")])
    with pytest.raises(CorpusError, match="happy"):
        evaluate_scorer(bad_labels, EchoScorer())
    unlabelled = tmp_path / "ne.csv"
    _write_rusentne(unlabelled, [("Текст", "")])
    with pytest.raises(CorpusError, match="-1/0/1"):
        evaluate_scorer(unlabelled, EchoScorer(), format="rusentne")


def test_cli_prints_json_for_the_packaged_model(tmp_path, capsys):
    path = tmp_path / "tiny.csv"
    _write_rusentiment(path, [("positive", "Спасибо большое, это прекрасно!"), ("negative", "Ужасно, позор."),
                              ("neutral", "Заседание в 10 часов."), ("speech", "С днём рождения!")])
    assert main(["sentiment", "evaluate", "--data", str(path)]) == 0
    result = json.loads(capsys.readouterr().out)
    matrix = np.asarray(result["confusion_matrix"]["matrix"])
    assert result["n"] == matrix.sum() == 4 and result["model"] == "rostrum-rusentiment"
    assert result["accuracy"] == pytest.approx(np.trace(matrix) / 4)
    assert main(["sentiment", "evaluate", "--data", str(tmp_path / "absent.csv")]) == 1


@pytest.mark.shared
def test_card_figures_reproduce_on_the_official_test_split(shared_corpora, capsys):
    test_file = shared_corpora / "rusentiment" / "rusentiment_test.csv"
    assert main(["sentiment", "evaluate", "--data", str(test_file)]) == 0
    result = json.loads(capsys.readouterr().out)
    recorded = model_card()["metrics"]["rusentiment_test"]
    assert result["n"] == 2967
    for key in ("accuracy", "macro", "weighted", "per_label", "confusion_matrix"):
        assert result[key] == recorded[key]
    assert result["weighted"]["f1"] >= 0.71  # dostoevsky's published figure
