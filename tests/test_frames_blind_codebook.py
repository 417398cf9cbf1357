"""The blind codebook (data/gold/official/blind_codebook) and the verdict that compares the union with it."""

from __future__ import annotations

import csv
import json
import re

import pandas as pd

from analysis.frames import load_codebook
from analysis.frames.blind_codebook import blind_hits, blind_sets
from analysis.frames.learned_selection import MIN_GAIN, _compact, _dev_figures, _union_vs_codebook
from analysis.frames.learned_training import DEFAULT_EXTRA_GOLD, _blind_figures, extra_spec, set_name
from analysis.validation import read_gold


def test_the_hits_cover_exactly_the_extra_sentences_of_the_recorded_sets():
    """Catches drift: a set that gains, loses or renames a sentence after hits.jsonl was built (rebuild with build.py)."""
    sets = blind_sets()
    specs = {set_name(spec): spec for spec in DEFAULT_EXTRA_GOLD}
    assert set(sets) == set(specs)  # every extra set has a recorded first reading (none left out)
    hits = blind_hits()
    frames = set(load_codebook().frame_keys)
    for name, row in sets.items():
        assert re.fullmatch(r"[0-9a-f]{7,40}", row["commit"]) and re.fullmatch(r"2026\.\d+", row["codebook_version"])
        path, split = extra_spec(specs[name])
        ids = read_gold(path, sorted(frames), splits=None if split is None else (split,))["id"].astype(str)
        assert sorted(ids) == sorted(i for s, i in hits if s == name), name
    assert set().union(*hits.values()) <= frames


def write_blind(folder, rows: dict[str, list[tuple[str, list[str]]]]) -> None:
    with (folder / "sets.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["set", "commit", "codebook_version", "readme_sentence", "note"])
        writer.writerows([name, "abc1234", "2026.1", "Scored once", ""] for name in rows)
    (folder / "hits.jsonl").write_text("".join(json.dumps({"set": name, "id": i, "frames": f}) + "\n"
                                               for name, found in rows.items() for i, f in found), encoding="utf-8")


def blind_case(fake_trust_on_real: int):
    """Russian extra sentences of a team set (trust coded) and a real-text set (security coded). Today's codebook
    (tuned on both) finds every coded frame; the blind one missed half the team set's trust; the classifier finds
    every coded frame, plus trust on ``fake_trust_on_real`` real-text sentences the coders did not code."""
    team = [(f"t{n}", ["trust"]) for n in range(10)]
    real = [(f"r{n}", ["security"]) for n in range(10)]
    pool = pd.DataFrame([{"id": i, "language": "ru", "frames": f, "split": "extra",
                          "set": f"data/gold/official/{name}/official.jsonl"}
                         for name, rows in (("team_x", team), ("holdout_x", real)) for i, f in rows])
    blind = {"team_x": [(i, f if n < 5 else []) for n, (i, f) in enumerate(team)], "holdout_x": real}
    learned = [set(f) | ({"trust"} if i.startswith("r") and int(i[1:]) < fake_trust_on_real else set())
               for i, f in zip(pool["id"], pool["frames"])]
    return pool, blind, learned


def test_the_verdict_follows_the_blind_codebook_where_the_in_sample_one_disagrees(tmp_path):
    frames = ("trust", "security")
    pool, blind, learned = blind_case(fake_trust_on_real=0)
    write_blind(tmp_path, blind)
    in_sample = _compact(_dev_figures(pool, [set(f) for f in pool["frames"]], learned, frames))
    assert _union_vs_codebook(in_sample)["ru"]["f1_gain"] < MIN_GAIN  # the old rule: the codebook
    card = _blind_figures(pool, learned, frames, tmp_path)
    verdict = card["verdict"]["ru"]
    assert verdict["combined_wins"] and verdict["f1_gain"] >= MIN_GAIN and verdict["real_text_f1_change"] == 0.0
    assert card["figures"]["codebook"]["ru"]["micro"]["recall"] == 0.75 and card["real_text"]["sets"] == ["holdout_x"]
    assert card["by_set"]["team_x"]["codebook"]["ru"]["recall"] == 0.5 and card["by_set"]["team_x"]["commit"] == "abc1234"
    # (c): the same pooled gain, bought on team text, while the real-text set loses: the codebook stays
    pool, blind, learned = blind_case(fake_trust_on_real=4)
    verdict = _blind_figures(pool, learned, frames, tmp_path)["verdict"]["ru"]
    assert verdict["f1_gain"] >= MIN_GAIN and verdict["precision_fall"] <= verdict["recall_rise"]
    assert verdict["real_text_f1_change"] < 0 and not verdict["combined_wins"]


def test_a_set_outside_the_repository_s_gold_is_not_a_recorded_set_even_with_the_same_folder_name(tmp_path):
    pool, blind, learned = blind_case(fake_trust_on_real=0)
    write_blind(tmp_path, blind)
    pool["set"] = [str(tmp_path / s.split("/")[-2] / "official.jsonl") for s in pool["set"]]
    card = _blind_figures(pool, learned, ("trust", "security"), tmp_path)
    assert card["by_set"] == {} and card["verdict"] == {"ru": {"combined_wins": False, "note": "no extra sentence with "
                                                                                                "a recorded first reading"}}
