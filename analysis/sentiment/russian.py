"""Russian sentiment through dostoevsky's own model class, with a model that ships here.

dostoevsky's published weights can no longer be downloaded, so the suite trains a
fastText model in the same format (same labels, same razdel + lower-case input) and
loads it through a subclass of ``FastTextSocialNetworkModel`` that only changes where
the file is read from: nothing is ever written into site-packages.

Scoring many sentences, dostoevsky's ``predict`` spends most of its time in razdel and
in one fastText call per sentence. ``preprocess`` gives byte-identical input faster
(razdel runs once per distinct whitespace-separated chunk), and ``DostoevskyScorer``
sends the whole batch to fastText's C++ ``predict`` in one call.
"""

from __future__ import annotations

import functools
import hashlib
import re
from pathlib import Path

import numpy as np
from dostoevsky.models import FastTextSocialNetworkModel
from dostoevsky.tokenization import RegexTokenizer
from razdel import tokenize as razdel_tokenize
from razdel.segmenters.punct import DASHES
from razdel.segmenters.tokenize import PUNCTS

from ..errors import ModelError
from ..schema import SENTIMENT_LABELS
from .base import SentimentScorer
from .card import ROSTRUM_MODEL, TRAIN_COMMAND, model_card, model_path

ORIGINAL_MODEL = "dostoevsky-original"
RUSSIAN_MODELS = (ROSTRUM_MODEL, ORIGINAL_MODEL)
_FASTTEXT_MAGIC = (793712314).to_bytes(4, "little")  # first 4 bytes of every fastText model file

# razdel never joins atoms across whitespace, but four of its rules (dash, underscore,
# float, fraction) look one atom beyond the split, which can lie in the neighbouring
# chunk. These patterns find every place where that look-ahead could change the
# result; such texts go through razdel whole, all others chunk by chunk.
_P = re.escape(PUNCTS)
_JOINERS = re.escape(DASHES + "_")
_NUMERIC = re.escape(".,/\\")
_MAYBE_CROSS_CHUNK = re.compile(rf"[{_JOINERS}]|\d")  # cheap pre-check: most texts have neither
_CROSS_CHUNK = re.compile(
    rf"[^\s{_P}]\s+[{_JOINERS}][^\s{_P}]|[^\s{_P}][{_JOINERS}]\s+[^\s{_P}]"
    rf"|\d\s+[{_NUMERIC}]\d|\d[{_NUMERIC}]\s+\d"
)


def _razdel_line(text: str) -> str:
    """dostoevsky's RegexTokenizer output joined the way its model's input is built."""
    return " ".join(token.text.lower() for token in razdel_tokenize(text))


# A chunk that is one word (a Cyrillic, Latin or digit run, or such runs joined by
# dashes or underscores, which razdel always keeps together) wrapped in punctuation:
# razdel never joins the word to its punctuation (except "yahoo!"), so only the
# punctuation runs need razdel, and there are few distinct ones.
_ATOM = r"(?:[а-яё]+|[a-z]+|\d+)"
_WRAPPED_ATOM = re.compile(rf"([{_P}]*)({_ATOM}(?:[{_JOINERS}]{_ATOM})*)([{_P}]*)", re.I)


@functools.lru_cache(maxsize=1 << 18)
def _chunk_line(chunk: str) -> str:
    match = _WRAPPED_ATOM.fullmatch(chunk)
    if match is None or match[2].lower() == "yahoo":
        return _razdel_line(chunk)
    lead, atom, trail = match.groups()
    return " ".join(part for part in (_chunk_line(lead) if lead else "", atom.lower(),
                                      _chunk_line(trail) if trail else "") if part)


def preprocess(text: str) -> str:
    """The exact input line ``FastTextSocialNetworkModel`` builds for ``text``, faster.

    Equal to ``" ".join(t for t, _ in RegexTokenizer().split(text))``; tests check it
    on every RuSentiment text.
    """
    if _MAYBE_CROSS_CHUNK.search(text) and _CROSS_CHUNK.search(text):
        return _razdel_line(text)
    return " ".join([_chunk_line(chunk) for chunk in text.split()])


def _fix_hint(name: str) -> str:
    if name == ORIGINAL_MODEL:
        return (
            "dostoevsky's original weights are fetched with `python -m dostoevsky download "
            "fasttext-social-network-model`, whose host no longer answers; copy "
            "fasttext-social-network-model.bin from a machine that has it to that path, "
            f"or use the suite's own model (model={ROSTRUM_MODEL!r})"
        )
    return f"rebuild it with `{TRAIN_COMMAND}` (reads ../shared/corpora/rusentiment, or --data DIR)"


def load_fasttext_file(path: Path, *, sha256: str | None, fix: str):
    """Load a fastText model after checking that the file is whole.

    fastText's C++ loader can crash or allocate wildly on a truncated file, so the
    bytes are checked first: the sha256 from the model card when there is one, and
    fastText's magic number always. Every failure names the file and the fix.
    """
    import fasttext

    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ModelError(f"sentiment model file {path} is missing; {fix}") from None
    except OSError as exc:
        raise ModelError(f"sentiment model file {path} cannot be read ({exc}); {fix}") from exc
    if sha256 is not None and hashlib.sha256(data).hexdigest() != sha256:
        raise ModelError(
            f"sentiment model file {path} is corrupt or not the released model "
            f"(its sha256 differs from the model card's {sha256[:12]}…); {fix}"
        )
    if data[:4] != _FASTTEXT_MAGIC:
        raise ModelError(f"sentiment model file {path} is not a fastText model; {fix}")
    try:
        model = fasttext.load_model(str(path))
    except (ValueError, RuntimeError, MemoryError) as exc:
        raise ModelError(f"sentiment model file {path} cannot be loaded ({exc}); {fix}") from exc
    labels = {label.removeprefix("__label__") for label in model.get_labels()}
    if labels != set(SENTIMENT_LABELS):
        raise ModelError(f"sentiment model file {path} has labels {sorted(labels)}, not dostoevsky's; {fix}")
    return model


class RostrumSocialNetworkModel(FastTextSocialNetworkModel):
    """dostoevsky's model class reading the suite's packaged RuSentiment model.

    A drop-in for ``FastTextSocialNetworkModel``: ``predict`` and the tokenizer are
    dostoevsky's own. The file must match the sha256 on the model card.
    """

    MODEL_PATH: str = str(model_path(ROSTRUM_MODEL))

    def __init__(self, tokenizer=None, lemmatize: bool = False, *, model_file: str | Path | None = None):
        if model_file is not None:
            self.MODEL_PATH = str(model_file)
        super().__init__(tokenizer=tokenizer or RegexTokenizer(), lemmatize=lemmatize)

    def get_compiled_model(self):
        try:
            expected = model_card(ROSTRUM_MODEL)["sha256"]
        except (ModelError, KeyError) as exc:
            raise ModelError(f"cannot verify {self.MODEL_PATH}: {exc}") from exc
        return load_fasttext_file(Path(self.MODEL_PATH), sha256=expected, fix=_fix_hint(ROSTRUM_MODEL))


class OriginalSocialNetworkModel(FastTextSocialNetworkModel):
    """dostoevsky's published model, read from dostoevsky's own data folder when present."""

    def __init__(self, tokenizer=None, lemmatize: bool = False):
        super().__init__(tokenizer=tokenizer or RegexTokenizer(), lemmatize=lemmatize)

    def get_compiled_model(self):
        return load_fasttext_file(Path(self.MODEL_PATH), sha256=None, fix=_fix_hint(ORIGINAL_MODEL))


@functools.lru_cache(maxsize=None)
def load_russian_model(name: str = ROSTRUM_MODEL) -> FastTextSocialNetworkModel:
    """The dostoevsky model called ``name``, loaded once per process."""
    if name == ROSTRUM_MODEL:
        return RostrumSocialNetworkModel()
    if name == ORIGINAL_MODEL:
        return OriginalSocialNetworkModel()
    raise ModelError(f"unknown Russian sentiment model {name!r}; choose one of {list(RUSSIAN_MODELS)}")


class DostoevskyScorer(SentimentScorer):
    """Scores Russian sentences with the fastText model inside a dostoevsky model.

    Top labels and probabilities equal those of dostoevsky's
    ``model.predict(sentences, k=-1)``; pass ``dostoevsky_model.model``.
    """

    def __init__(self, fasttext_model, name: str) -> None:
        self.fasttext_model = fasttext_model
        self.name = name
        self._column = {f"__label__{label}": i for i, label in enumerate(SENTIMENT_LABELS)}

    def predict_proba(self, texts: list[str]) -> np.ndarray:
        lines = [preprocess(text) for text in texts]
        all_labels, all_probs = self.fasttext_model.predict(lines, k=len(SENTIMENT_LABELS))
        out = np.zeros((len(lines), len(SENTIMENT_LABELS)))
        columns = np.array([[self._column[label] for label in labels] for labels in all_labels], dtype=int)
        np.put_along_axis(out, columns, np.asarray(all_probs, dtype=float), axis=1)
        return out
