"""Training is deterministic, and the committed model reproduces from RuSentiment."""

from __future__ import annotations

import csv
import hashlib
import random

import pytest

from analysis.errors import CorpusError
from analysis.sentiment import model_card
from analysis.sentiment.card import model_path
from analysis.sentiment.russian import RostrumSocialNetworkModel, load_fasttext_file
from analysis.sentiment.training import (
    PRESELECTED_POSTS,
    RANDOM_POSTS,
    TrainConfig,
    fasttext_lines,
    load_training_data,
    train_model,
)

SMALL = TrainConfig(epoch=3, lr=0.1, dim=8, bucket=5_000, cutoff=0, validation_fraction=0.2)
WORDS = {
    "positive": ["отлично", "спасибо", "прекрасно", "люблю", "рад"],
    "negative": ["ужасно", "плохо", "позор", "грустно", "злой"],
    "neutral": ["завтра", "встреча", "дом", "стол", "город"],
    "skip": ["ааа", "ыыы", "ололо", "хм", "эээ"],
    "speech": ["поздравляю", "с днём рождения", "с праздником", "привет всем", "с новым годом"],
}


def _tiny_rusentiment(folder, seed=0):
    rng = random.Random(seed)
    fillers = ["".join(rng.choice("абвгдежзиклмнопрстуфхцчшыэюя") for _ in range(6)) for _ in range(300)]
    folder.mkdir()
    for name, n in ((RANDOM_POSTS, 800), (PRESELECTED_POSTS, 200)):
        with (folder / name).open("w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(["label", "text"])
            for i in range(n):
                label = rng.choice(list(WORDS))
                words = [rng.choice(fillers) for _ in range(rng.randint(6, 10))]
                writer.writerow([label, f"{rng.choice(WORDS[label])}, {' '.join(words)}!\n{i}"])
    return folder


def test_training_is_byte_identical_and_loads_in_dostoevsky(tmp_path):
    data = _tiny_rusentiment(tmp_path / "data")
    first = train_model(data, tmp_path / "a.ftz", SMALL)
    second = train_model(data, tmp_path / "b.ftz", SMALL)
    assert first["sha256"] == second["sha256"]
    assert (tmp_path / "a.ftz").read_bytes() == (tmp_path / "b.ftz").read_bytes()
    assert first["sha256"] == hashlib.sha256((tmp_path / "a.ftz").read_bytes()).hexdigest()
    other = train_model(_tiny_rusentiment(tmp_path / "other", seed=1), tmp_path / "c.ftz", SMALL)
    assert other["sha256"] != first["sha256"]  # the bytes do depend on the data
    model = load_fasttext_file(tmp_path / "a.ftz", sha256=first["sha256"], fix="-")
    assert sorted(model.get_labels()) == sorted(f"__label__{k}" for k in WORDS)


def test_training_lines_use_dostoevsky_labels_and_input():
    import pandas as pd

    lines = fasttext_lines(pd.DataFrame({"label": ["speech"], "text": ["С Днём\nрождения!!!"]}))
    assert lines == ["__label__speech с днём рождения !!!"]


def test_missing_training_data_is_a_corpus_error(tmp_path):
    with pytest.raises(CorpusError, match="--data"):
        load_training_data(tmp_path)


@pytest.mark.slow
@pytest.mark.shared
def test_committed_model_reproduces_from_rusentiment(shared_corpora, tmp_path):
    result = train_model(shared_corpora / "rusentiment", tmp_path / "model.ftz")
    card = model_card()
    assert result["sha256"] == card["sha256"] == hashlib.sha256(model_path().read_bytes()).hexdigest()
    assert result["size_bytes"] == card["size_bytes"] < 10_000_000
    RostrumSocialNetworkModel(model_file=tmp_path / "model.ftz")  # passes the card's sha256 check
