"""Russian sentiment through dostoevsky's own model class, with a model that ships here.

dostoevsky's published weights can no longer be downloaded, so the suite trains a
fastText model in the same format (same labels, same razdel + lower-case input) and
loads it through a subclass of ``FastTextSocialNetworkModel`` that only changes where
the file is read from: nothing is ever written into site-packages.

Scoring many sentences, dostoevsky's ``predict`` spends most of its time in razdel and
in one fastText call per sentence. ``preprocess`` gives byte-identical input faster
(razdel's rules over plain tuples), and ``DostoevskyScorer`` sends the whole batch to
fastText's C++ ``predict`` in one call.
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

import numpy as np
from dostoevsky.models import FastTextSocialNetworkModel
from dostoevsky.tokenization import RegexTokenizer
from razdel.segmenters.punct import DASHES, ENDINGS
from razdel.segmenters.tokenize import ATOM, SMILE

from ..errors import ModelError
from ..schema import SENTIMENT_LABELS
from .base import SentimentScorer
from .card import ROSTRUM_MODEL, TRAIN_COMMAND, model_card, model_path

ORIGINAL_MODEL = "dostoevsky-original"
RUSSIAN_MODELS = (ROSTRUM_MODEL, ORIGINAL_MODEL)
_FASTTEXT_MAGIC = (793712314).to_bytes(4, "little")  # first 4 bytes of every fastText model file

# razdel's tokenizer, restated over plain tuples. razdel splits a text into atoms
# (runs of Cyrillic, Latin, digits; single punctuation or other characters) and joins
# neighbouring atoms not separated by space when one of its rules says so; its
# Record/generator machinery costs most of dostoevsky's scoring time. The rules
# below are razdel 0.5.0's (dash, underscore, float, fraction, punct, other, yahoo),
# in its order. Tests compare it with razdel on the RuSentiment test texts, and the
# benchmark compares top labels on all RuSentiment texts.
_WORDISH = ("OTHER", "RU", "LAT")


def _rule_2112(delimiters: str, joins):
    """razdel's "2112" rules: a delimiter atom between two atoms that ``joins`` accepts."""

    def rule(left_2, left_1, right_1, right_2):
        if left_1[0] in delimiters:
            left, right = left_2, right_1
        elif right_1[0] in delimiters:
            left, right = left_1, right_2
        else:
            return None
        if left is None or right is None:
            return None
        return True if joins(left[1], right[1]) else None

    return rule


_RULES_2112 = (
    _rule_2112(DASHES, lambda a, b: a != "PUNCT" and b != "PUNCT"),
    _rule_2112("_", lambda a, b: a != "PUNCT" and b != "PUNCT"),
    _rule_2112(".,", lambda a, b: a == "INT" and b == "INT"),
    _rule_2112("/\\", lambda a, b: a == "INT" and b == "INT"),
)


def _joins(buffer: str, left_2, left_1, right_1, right_2) -> bool:
    for rule in _RULES_2112:
        verdict = rule(left_2, left_1, right_1, right_2)
        if verdict is not None:
            return verdict
    left, left_type = left_1[0], left_1[1]
    right, right_type = right_1[0], right_1[1]
    if left_type == "PUNCT" and right_type == "PUNCT":
        return bool(SMILE.match(buffer + right) or (left in ENDINGS and right in ENDINGS) or left + right in ("--", "**"))
    if (left_type == "OTHER" and right_type in _WORDISH) or (left_type in _WORDISH and right_type == "OTHER"):
        return True
    return left.lower() == "yahoo" and right == "!"


def tokenize(text: str) -> list[str]:
    """razdel's tokens of ``text`` (same output as ``razdel.tokenize``, several times faster)."""
    atoms = [(m.group(), m.lastgroup, *m.span()) for m in ATOM.finditer(text)]
    if not atoms:
        return []
    tokens, buffer, last = [], atoms[0][0], len(atoms) - 1
    for i in range(1, last + 1):
        left_1, right_1 = atoms[i - 1], atoms[i]
        if left_1[3] == right_1[2] and _joins(buffer, atoms[i - 2] if i > 1 else None, left_1, right_1,
                                                atoms[i + 1] if i < last else None):
            buffer += right_1[0]
        else:
            tokens.append(buffer)
            buffer = right_1[0]
    tokens.append(buffer)
    return tokens


def preprocess(text: str) -> str:
    """The exact input line ``FastTextSocialNetworkModel`` builds for ``text``, faster.

    Equal to ``" ".join(t for t, _ in RegexTokenizer().split(text))``. Lower-casing the
    joined line equals lower-casing each token: a space stops Unicode's context rules.
    """
    return " ".join(tokenize(text)).lower()


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
