"""analysis.validation: gold files, label maps, metrics, alpha and splits give known answers."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from analysis.errors import SchemaError
from analysis.validation import (
    THREE_WAY,
    frame_metrics,
    krippendorff_alpha,
    map_labels,
    read_gold,
    sentiment_metrics,
    split_by_document,
)

FRAMES = ("cooperation", "security", "trust")
GOOD = {"id": "a", "text": "We call for cooperation.", "language": "en", "frames": ["cooperation"], "sentiment": "positive"}


def write_gold(tmp_path, records, name="gold.jsonl"):
    path = tmp_path / name
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records) + "\n",
                    encoding="utf-8")
    return path


# --- gold files ---------------------------------------------------------------------------------


def test_gold_keeps_extra_keys_as_columns(tmp_path):
    second = {"id": 7, "text": "Угроза.", "language": "ru", "frames": ["security", "security"],
              "document_id": "d1", "split": "dev", "prev_text": "До этого."}
    gold = read_gold(write_gold(tmp_path, [GOOD, second]), FRAMES)
    assert list(gold.columns) == ["id", "text", "language", "frames", "sentiment", "document_id", "split", "prev_text"]
    assert gold["id"].tolist() == ["a", "7"] and gold.loc[1, "frames"] == ("security",)
    assert pd.isna(gold.loc[1, "sentiment"]) and pd.isna(gold.loc[0, "document_id"])


@pytest.mark.parametrize(
    "bad, message",
    [
        ("{not json", r"line 2: not valid JSON"),
        ("[1, 2]", r"line 2: expected a JSON object"),
        ({"id": "a", "text": "x", "language": "en", "frames": []}, r"line 2: id 'a' already used on line 1"),
        ({"id": "z", "text": "  ", "language": "en", "frames": []}, r"line 2: 'text' must be a non-empty string"),
        ({"id": "z", "text": "x", "language": "fr", "frames": []}, r"line 2: 'language' must be one of \['ru', 'en'\]"),
        ({"id": "z", "text": "x", "language": "en", "frames": "trust"}, r"line 2: 'frames' must be a list"),
        ({"id": "z", "text": "x", "language": "en", "frames": ["peace"]}, r"line 2: unknown frame\(s\) \['peace'\]"),
        ({"id": "z", "text": "x", "language": "en", "frames": [], "sentiment": "joy"}, r"line 2: 'sentiment' must be one of"),
        ({"text": "x", "language": "en", "frames": []}, r"line 2: 'id' must be"),
    ],
)
def test_malformed_gold_lines_name_their_line(tmp_path, bad, message):
    with pytest.raises(SchemaError, match=message):
        read_gold(write_gold(tmp_path, [GOOD, bad]), FRAMES)


def test_blank_lines_are_skipped_but_an_empty_file_is_an_error(tmp_path):
    assert len(read_gold(write_gold(tmp_path, [GOOD, "", {**GOOD, "id": "b"}]))) == 2
    with pytest.raises(SchemaError, match="no gold records"):
        read_gold(write_gold(tmp_path, [""], "empty.jsonl"))


def test_label_maps_translate_and_refuse_unknown_labels():
    assert map_labels(["skip", "positive", "speech"], THREE_WAY) == ["neutral", "positive", "neutral"]
    with pytest.raises(SchemaError, match="joy"):
        map_labels(["joy"], THREE_WAY)


# --- metrics --------------------------------------------------------------------------------------


def test_single_label_metrics_are_exact():
    result = sentiment_metrics(["positive", "positive", "negative", "neutral"], ["positive", "negative", "negative", "neutral"])
    assert result["n"] == 4 and result["accuracy"] == 0.75
    assert result["per_label"]["positive"] == pytest.approx(
        {"precision": 1.0, "recall": 0.5, "f1": 2 / 3, "support": 2, "predicted": 1, "true_positives": 1})
    assert result["per_label"]["negative"]["precision"] == 0.5
    assert result["macro"] == pytest.approx({"precision": 5 / 6, "recall": 5 / 6, "f1": 7 / 9, "supported": 3})
    assert result["weighted"]["f1"] == pytest.approx((2 * 2 / 3 + 2 / 3 + 1) / 4)
    assert result["micro"] == pytest.approx({"precision": 0.75, "recall": 0.75, "f1": 0.75, "support": 4})
    assert result["confusion_matrix"] == {"labels": ["positive", "negative", "neutral"],
                                          "matrix": [[1, 1, 0], [0, 1, 0], [0, 0, 1]]}


def test_single_and_multi_label_reports_share_their_keys():
    single = sentiment_metrics([1, -1], [1, 1], labels=[-1, 0, 1])
    multi = frame_metrics([{"trust"}, set()], [{"trust"}, {"security"}], FRAMES)
    assert set(single) - {"confusion_matrix"} == set(multi)
    assert single["labels"] == ["-1", "0", "1"] and set(single["per_label"]) == {"-1", "0", "1"}
    assert single["macro"]["supported"] == 2  # label 0 has no gold support and no place in the macro average


def test_multi_label_metrics_are_exact():
    gold = [{"cooperation"}, {"security", "trust"}, set(), set()]
    predicted = [{"cooperation"}, {"security"}, set(), {"trust"}]
    result = frame_metrics(gold, predicted, FRAMES)
    assert result["accuracy"] == 0.5
    assert result["per_label"]["trust"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 1, "predicted": 1,
                                            "true_positives": 0}
    assert result["micro"] == pytest.approx({"precision": 2 / 3, "recall": 2 / 3, "f1": 2 / 3, "support": 3})
    assert result["macro"] == pytest.approx({"precision": 2 / 3, "recall": 2 / 3, "f1": 2 / 3, "supported": 3})


def test_metrics_refuse_what_scikit_learn_would_drop_silently():
    with pytest.raises(SchemaError, match="peace"):
        frame_metrics([{"peace"}], [set()], FRAMES)
    with pytest.raises(SchemaError, match="skip"):
        sentiment_metrics(["neutral"], ["skip"])
    with pytest.raises(SchemaError, match="pair them item by item"):
        sentiment_metrics(["neutral"], [])


# --- agreement ------------------------------------------------------------------------------------


def test_alpha_matches_hand_computation():
    # Two coders, four units, binary: o(1,0) + o(0,1) = 2, n1 = 3, n0 = 5, n = 8, so
    # alpha = 1 - (n - 1) * 2 / (2 * n0 * n1) = 1 - 14 / 30.
    codings = pd.DataFrame({"coder": ["A"] * 4 + ["B"] * 4, "id": ["u1", "u2", "u3", "u4"] * 2,
                            "frames": [["trust"], ["trust"], [], [], ["trust"], [], [], ["security"]]})
    table = krippendorff_alpha(codings, "frames", labels=["trust", "security"]).set_index("label")
    assert table.loc["trust", "alpha"] == pytest.approx(8 / 15)
    # security: A never, B once: o(0,1) + o(1,0) = 2, n1 = 1, n0 = 7 → 1 - 14 / 14 = 0
    assert table.loc["security", "alpha"] == pytest.approx(0.0)
    assert table.loc["trust", "units"] == 4 and table.loc["trust", "codings"] == 3


def test_alpha_of_a_single_label_variable_with_missing_codings():
    # krippendorff's documented example (three coders, values 1-4, gaps), nominal alpha 0.691358.
    data = [[np.nan, np.nan, np.nan, np.nan, np.nan, 3, 4, 1, 2, 1, 1, 3, 3, np.nan, 3],
            [1, np.nan, 2, 1, 3, 3, 4, 3, np.nan, np.nan, np.nan, np.nan, np.nan, np.nan, np.nan],
            [np.nan, np.nan, 2, 1, 3, 4, 4, np.nan, 2, 1, 1, 3, 3, np.nan, 4]]
    rows = [{"coder": c, "id": u, "value": ["a", "b", "c", "d"][int(v) - 1]}
            for c, values in enumerate(data) for u, v in enumerate(values) if not np.isnan(v)]
    table = krippendorff_alpha(pd.DataFrame(rows), "value").set_index("label")
    assert table.loc["(all)", "alpha"] == pytest.approx(0.691358, abs=1e-6)
    assert set(table.index) == {"(all)", "a", "b", "c", "d"}
    assert np.isnan(krippendorff_alpha(pd.DataFrame(rows).assign(value="a"), "value").loc[0, "alpha"])


def test_alpha_refuses_a_coder_coding_a_unit_twice():
    codings = pd.DataFrame({"coder": ["A", "A"], "id": ["u1", "u1"], "sentiment": ["positive", "negative"]})
    with pytest.raises(SchemaError, match="more than once"):
        krippendorff_alpha(codings, "sentiment")


def test_alpha_refuses_an_empty_codings_table():
    empty = pd.DataFrame({"coder": [], "id": [], "sentiment": []})
    with pytest.raises(SchemaError, match="no codings"):
        krippendorff_alpha(empty, "sentiment")


# --- splits ---------------------------------------------------------------------------------------


def test_document_splits_keep_documents_whole_and_are_stable():
    sentences = pd.DataFrame({"document_id": [f"d{i:02d}" for i in range(23) for _ in range(3)],
                              "language": [("ru" if i < 13 else "en") for i in range(23) for _ in range(3)]})
    splits = split_by_document(sentences, stratify="language", seed=1)
    assert splits["document_id"].tolist() == sorted(set(sentences["document_id"]))
    counts = splits.groupby(["language", "split"]).size().to_dict()
    assert counts == {("ru", "train"): 11, ("ru", "dev"): 1, ("ru", "test"): 1,
                      ("en", "train"): 8, ("en", "dev"): 1, ("en", "test"): 1}
    shuffled = split_by_document(sentences.sample(frac=1, random_state=3), stratify="language", seed=1)
    pd.testing.assert_frame_equal(splits, shuffled)
    assert not splits.equals(split_by_document(sentences, stratify="language", seed=2))
    more = pd.concat([sentences, pd.DataFrame({"document_id": ["x1", "x2"], "language": ["fr", "fr"]})])
    kept = split_by_document(more, stratify="language", seed=1)
    pd.testing.assert_frame_equal(kept[kept["language"] != "fr"].reset_index(drop=True), splits)


def test_document_splits_refuse_mixed_strata_and_bad_fractions():
    table = pd.DataFrame({"document_id": ["d1", "d1"], "language": ["ru", "en"]})
    with pytest.raises(SchemaError, match="more than one"):
        split_by_document(table, stratify="language")
    with pytest.raises(SchemaError, match="sum to 1"):
        split_by_document(table, fractions={"train": 0.5, "test": 0.2})
