"""Train the suite's Russian sentiment model: fastText on RuSentiment, in dostoevsky's format.

Same labels (``__label__positive`` …), same input (razdel tokens, lower-cased, joined by
spaces), so ``FastTextSocialNetworkModel`` can load the result. Training runs on one
thread with a fixed seed, so the same data gives a byte-identical file; a test
retrains and compares the sha256 with the committed model.

Settings are chosen on a validation split carved from the training files (a seeded,
label-stratified sample of the random posts, which are drawn like the official test
posts); the official test split is only ever used to report the final model.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import pandas as pd

from ..cache import atomic_path
from ..errors import CorpusError, ModelError
from .card import ROSTRUM_MODEL, model_path
from ..validation import read_rusentiment
from .russian import preprocess

RANDOM_POSTS = "rusentiment_random_posts.csv"
PRESELECTED_POSTS = "rusentiment_preselected_posts.csv"
TEST_POSTS = "rusentiment_test.csv"
DEFAULT_DATA = Path(__file__).resolve().parents[3] / "shared" / "corpora" / "rusentiment"


@dataclass(frozen=True)
class TrainConfig:
    """fastText settings (defaults: the ones chosen on the validation split, see the card)."""

    epoch: int = 10
    lr: float = 0.5
    word_ngrams: int = 2
    minn: int = 2
    maxn: int = 5
    dim: int = 10
    bucket: int = 500_000
    min_count: int = 1
    loss: str = "softmax"
    seed: int = 0
    # Product quantization (.ftz). cutoff > 0 would keep only that many rows and retrain;
    # at dim 10 all rows fit in a few MB, and pruning cost validation F1.
    cutoff: int = 0
    dsub: int = 2
    qnorm: bool = True
    validation_fraction: float = 0.15

    def fasttext_args(self) -> dict:
        return {"epoch": self.epoch, "lr": self.lr, "wordNgrams": self.word_ngrams, "minn": self.minn,
                "maxn": self.maxn, "dim": self.dim, "bucket": self.bucket, "minCount": self.min_count,
                "loss": self.loss, "seed": self.seed, "thread": 1, "verbose": 0}


def fasttext_lines(df: pd.DataFrame) -> list[str]:
    """One ``__label__L tokens…`` line per post, tokens as dostoevsky's model expects them."""
    return [f"__label__{label} {preprocess(text)}" for label, text in zip(df["label"], df["text"])]


def load_training_data(data_dir: str | Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(random posts, preselected posts) from a RuSentiment folder."""
    data_dir = Path(data_dir)
    missing = [name for name in (RANDOM_POSTS, PRESELECTED_POSTS) if not (data_dir / name).is_file()]
    if missing:
        raise CorpusError(f"{data_dir} lacks RuSentiment's training files {missing}; pass --data DIR "
                          f"(the folder of the RuSentiment release)")
    return read_rusentiment(data_dir / RANDOM_POSTS), read_rusentiment(data_dir / PRESELECTED_POSTS)


def split_validation(random_posts: pd.DataFrame, config: TrainConfig) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(training part, validation part) of the random posts: seeded and label-stratified."""
    from sklearn.model_selection import train_test_split

    train, validation = train_test_split(random_posts, test_size=config.validation_fraction,
                                         stratify=random_posts["label"], random_state=config.seed)
    return train, validation


# Runs in a fresh interpreter that imports nothing but fastText (see fit()).
_FIT_SCRIPT = """
import json, sys
import fasttext
job = json.loads(sys.argv[1])
model = fasttext.train_supervised(input=job["input"], **job["train"])
if job["quantize"] is not None:
    model.quantize(input=job["input"], **job["quantize"])
model.save_model(job["output"])
"""

# glibc fills every block malloc hands out with this byte XOR 0xff, i.e. with zeros (see fit()).
_ZERO_FILLED_MALLOC = {"MALLOC_PERTURB_": "255"}


def fit(lines: list[str], config: TrainConfig, out: Path, *, quantize: bool = True) -> None:
    """Train a fastText model on ``lines`` (single thread, seeded) and save it to ``out``.

    fastText 0.9.2 with one thread draws random values for only the first tenth of its input
    matrix (``DenseMatrix::uniformThread`` fills block 0 of 10); upstream leaves the rest at
    zero, but this wheel allocates the matrix with ``posix_memalign``, so the rest is whatever
    memory malloc hands back. That made the bytes, or a "NaN" abort, depend on the process's
    memory layout: valgrind traces the uninitialised reads to that matrix, and on 1 Dec 2026 one
    checkout aborted on most runs while another, with the same files, never did. Training in a
    fresh interpreter whose glibc zero-fills each allocation gives upstream's zeros, and the same
    bytes, in every layout.
    """
    job = {
        "train": config.fasttext_args(),
        "quantize": {"qnorm": config.qnorm, "retrain": config.cutoff > 0, "cutoff": config.cutoff,
                     "dsub": config.dsub, "thread": 1, "verbose": 0} if quantize else None,
        "output": str(out),
    }
    with tempfile.TemporaryDirectory(prefix="rostrum-sentiment-") as tmp:
        job["input"] = str(Path(tmp) / "train.txt")
        Path(job["input"]).write_text("\n".join(lines) + "\n", encoding="utf-8")
        run = subprocess.run([sys.executable, "-c", _FIT_SCRIPT, json.dumps(job)], capture_output=True, text=True,
                             env={**os.environ, **_ZERO_FILLED_MALLOC})
    if run.returncode != 0:
        raise ModelError(f"fastText training failed: {run.stderr.strip().splitlines()[-1:]}; "
                         f"if it says NaN, lower lr")


def save_model(lines: list[str], config: TrainConfig, out: Path) -> str:
    """Train into a temporary file beside ``out``, rename it into place, return its sha256."""
    with atomic_path(out) as tmp:
        fit(lines, config, tmp)
    return hashlib.sha256(out.read_bytes()).hexdigest()


def train_model(data_dir: str | Path = DEFAULT_DATA, out: str | Path | None = None,
                config: TrainConfig = TrainConfig()) -> dict:
    """Train on all RuSentiment training posts and write the .ftz model to ``out``.

    Returns the path, sha256, size and wall time. Deterministic: the same data and
    config give the same bytes.
    """
    out = Path(out) if out is not None else model_path(ROSTRUM_MODEL)
    start = time.perf_counter()
    random_posts, preselected = load_training_data(data_dir)
    sha256 = save_model(fasttext_lines(pd.concat([random_posts, preselected])), config, out)
    return {"path": str(out), "sha256": sha256, "size_bytes": out.stat().st_size,
            "seconds": round(time.perf_counter() - start, 1), "train_rows": len(random_posts) + len(preselected)}


def validate(data_dir: str | Path, config: TrainConfig, *, quantize: bool = True) -> dict:
    """Validation metrics of ``config``: trained without the validation posts, scored on them."""
    import fasttext

    from ..schema import SENTIMENT_LABELS
    from ..validation import sentiment_metrics
    from .russian import DostoevskyScorer

    random_posts, preselected = load_training_data(data_dir)
    train, validation = split_validation(random_posts, config)
    with tempfile.TemporaryDirectory(prefix="rostrum-sentiment-") as tmp:
        path = Path(tmp) / "validation.ftz"
        fit(fasttext_lines(pd.concat([train, preselected])), config, path, quantize=quantize)
        model = fasttext.load_model(str(path))
    predicted = DostoevskyScorer(model, "validation").score(validation["text"].tolist())["sentiment_label"]
    return sentiment_metrics(validation["label"].tolist(), predicted.tolist(), SENTIMENT_LABELS)


# The grid `sentiment train --search` walks: one setting varied at a time around the
# defaults (a full product would cost hours on a laptop for little gain).
SEARCH_GRID: tuple[dict, ...] = (
    {},
    {"epoch": 5}, {"epoch": 25, "lr": 0.1},
    {"lr": 0.25},
    {"word_ngrams": 1}, {"word_ngrams": 3},
    {"minn": 0, "maxn": 0}, {"minn": 3, "maxn": 6}, {"minn": 1, "maxn": 4},
    {"dim": 25}, {"dim": 50},
    {"loss": "ova"},
)


def search(data_dir: str | Path, base: TrainConfig = TrainConfig()) -> list[dict]:
    """Validation metrics for each variation in ``SEARCH_GRID`` (best weighted F1 first).

    Compared before quantization (which costs minutes per run); the chosen settings'
    quantized validation figures are on the card.
    """
    results = []
    for change in SEARCH_GRID:
        config = replace(base, **change)
        metrics = validate(data_dir, config, quantize=False)
        results.append({"change": change, "settings": asdict(config), "weighted_f1": metrics["weighted"]["f1"],
                        "macro_f1": metrics["macro"]["f1"], "accuracy": metrics["accuracy"]})
    return sorted(results, key=lambda r: -r["weighted_f1"])


LICENCE = (
    "CC BY-NC-SA 4.0 (inherited from RuSentiment, Rogers et al., COLING 2018): non-commercial use only, "
    "with attribution, and derivatives under the same licence. The suite's code is MIT; this model file is not."
)
LABEL_MEANINGS = {
    "positive": "positive sentiment or attitude, explicit or implicit",
    "negative": "negative sentiment or attitude, explicit or implicit",
    "neutral": "no sentiment expressed",
    "skip": "unclear, noisy or not the author's own text (RuSentiment's 'skip' class)",
    "speech": "formulaic speech act: greeting, thanks, congratulation (sentiment not necessarily meant)",
}
ENGLISH_SCORER = (
    "English sentences are scored with VADER (vaderSentiment 3.3.2, offline lexicon): sentiment = compound; "
    "positive = max(compound, 0), negative = max(-compound, 0), neutral = 1 - |compound|, skip = speech = 0.0 "
    "(defined, so rows sum to 1); label by VADER's rule (>= 0.05 positive, <= -0.05 negative, else neutral)."
)


def _file_record(path: Path) -> dict:
    data = path.read_bytes()
    return {"file": path.name, "sha256": hashlib.sha256(data).hexdigest()}


def build_card(result: dict, config: TrainConfig, data_dir: str | Path, *,
               search_results: list[dict] | None = None) -> dict:
    """The model card of a freshly trained model: data, licence, settings, metrics, sha256.

    Validation figures come from a second training without the validation posts; test
    and RuSentNE figures are measured on the final model, never used to choose settings.
    Without a new search, the search recorded in an existing card beside the model is kept.
    Long because the card is one literal dict, read top to bottom like the card itself.
    """
    import importlib.metadata

    import fasttext

    from .evaluation import evaluate_scorer
    from .russian import DostoevskyScorer

    data_dir = Path(data_dir)
    out = Path(result["path"])
    scorer = DostoevskyScorer(fasttext.load_model(str(out)), out.stem)
    test_file = data_dir / TEST_POSTS
    rusentne_dir = data_dir.parent / "rusentne"
    previous = out.with_suffix(".json")
    if search_results is None and previous.is_file():
        search_results = json.loads(previous.read_text(encoding="utf-8")).get("search")

    def _metrics(path: Path, fmt: str) -> dict | None:
        if not path.is_file():
            return None
        return {k: v for k, v in evaluate_scorer(path, scorer, format=fmt).items() if k not in ("file", "model")}

    return {
        "name": out.stem,
        "file": out.name,
        "sha256": result["sha256"],
        "size_bytes": result["size_bytes"],
        "format": "fastText supervised classifier, product-quantized (.ftz); loads with "
                  "dostoevsky.models.FastTextSocialNetworkModel (dostoevsky 0.6.0)",
        "labels": LABEL_MEANINGS,
        "signed_score": "sentiment = P(positive) - P(negative), in [-1, 1]",
        "preprocessing": "razdel tokens, lower-cased, joined by single spaces (dostoevsky's RegexTokenizer)",
        "licence": LICENCE,
        "data": {
            "train": [_file_record(data_dir / RANDOM_POSTS), _file_record(data_dir / PRESELECTED_POSTS)],
            "train_rows": result["train_rows"],
            "validation": f"{config.validation_fraction:.0%} of {RANDOM_POSTS}, label-stratified, "
                          f"seed {config.seed}; used only to choose settings",
            "test": _file_record(test_file) if test_file.is_file() else None,
        },
        "settings": asdict(config),
        "search": search_results,
        "metrics": {
            "validation": validate(data_dir, config),
            "rusentiment_test": _metrics(test_file, "rusentiment"),
            "rusentne": {name: _metrics(rusentne_dir / name, "rusentne")
                         for name in ("train_data.csv", "validation_data_labeled.csv")},
        },
        "training_seconds": result["seconds"],
        "reproduce": "python -m analysis sentiment train --data DIR  (DIR: the RuSentiment release; "
                     "single thread, fixed seed: the same sha256 on the same fastText build)",
        "versions": {pkg: importlib.metadata.version(pkg)
                     for pkg in ("fasttext-numpy2-wheel", "dostoevsky", "razdel", "vaderSentiment")},
        "english_scorer": ENGLISH_SCORER,
    }
