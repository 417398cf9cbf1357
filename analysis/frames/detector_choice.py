"""Which frame detector runs for each language: the user's choice, or for ``auto`` the ``rostrum-frames`` card's verdict.

``codebook`` is the codebook alone; ``combined`` is the codebook plus the classifier's frames the codebook did
not find (:func:`analysis.frames.learned.combine_hits`); ``auto`` is, per language, what the card's verdict
says (``DEFAULT_RULE`` of :mod:`analysis.frames.learned_selection`: the union against the blind codebook),
the codebook for any other language. One home for the choice, so the pipeline's frames step, ``evaluate``
and a notebook give the same hits for the same choice (:func:`detect_frames_chosen`).
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping
from pathlib import Path

import numpy as np
import pandas as pd

from . import learned

# What a user picks: the codebook, the codebook plus the classifier, or per language what the card's verdict says.
DETECTOR_CHOICES = ("auto", "codebook", "combined")


class StaleVerdictWarning(UserWarning):
    """The card's verdict was measured with another codebook version than the one loaded."""


def auto_detectors(card: Mapping | None = None, codebook_version: str | None = None) -> dict[str, str]:
    """What ``auto`` runs per language: ``"combined"`` where the card's verdict says the union beat the
    blind codebook, ``"codebook"`` elsewhere; key ``"*"`` (any language the verdict does not name) is
    always ``"codebook"``.

    The verdict belongs to the codebook the model was trained with (the card's ``codebook_version``):
    when the loaded codebook (``codebook_version``; default the packaged one) is another version, ``auto``
    warns and runs the codebook for every language rather than apply a verdict measured on another codebook.
    """
    card = learned.model_card() if card is None else card
    verdict = (card.get("blind_comparison") or {}).get("verdict") or {}
    if not verdict:
        return {"*": "codebook"}
    if codebook_version is None:
        from .codebook import load_codebook

        codebook_version = load_codebook().version
    if card.get("codebook_version") != codebook_version:
        warnings.warn(f"{learned.MODEL_NAME}'s verdict was measured with codebook {card.get('codebook_version')}, "
                      f"not {codebook_version}: auto runs the codebook for every language; rebuild the verdict with "
                      f"`{learned.TRAIN_COMMAND}`, or choose the combined or codebook detector", StaleVerdictWarning,
                      stacklevel=2)
        return {"*": "codebook"}
    chosen = {language: "combined" if v.get("combined_wins") else "codebook" for language, v in sorted(verdict.items())}
    return {**chosen, "*": "codebook"}


def resolve_detectors(detector: str, card: Mapping | None = None, codebook_version: str | None = None) -> dict[str, str]:
    """Per language (key ``"*"``: any other), ``"codebook"`` or ``"combined"`` for a user's choice
    of :data:`DETECTOR_CHOICES`: ``auto`` reads the card (:func:`auto_detectors`)."""
    if detector not in DETECTOR_CHOICES:
        raise ValueError(f"detector must be one of {list(DETECTOR_CHOICES)}, got {detector!r}")
    return auto_detectors(card, codebook_version) if detector == "auto" else {"*": detector}


def classifier_sentences(sentences: pd.DataFrame, detectors: Mapping[str, str]) -> pd.DataFrame:
    """The sentences whose language ``detectors`` sends to ``"combined"``: the only ones the classifier reads."""
    if not len(sentences):
        return sentences
    texts = sentences["text"].fillna("").astype(str).tolist()
    given = sentences["language"].tolist() if "language" in sentences else None
    fallback = detectors.get("*", "codebook")
    wanted = [detectors.get(language or "*", fallback) == "combined"
              for language in learned.sentence_languages(texts, given)]
    return sentences[np.array(wanted, dtype=bool)]


def detect_frames_chosen(sentences: pd.DataFrame, codebook_hits: pd.DataFrame, detector: str = "auto", *,
                         detectors: Mapping[str, str] | None = None, codebook_version: str | None = None,
                         model: learned.FrameClassifier | learned.LanguageFrameClassifier | None = None,
                         cache_dir: str | Path | None = None) -> pd.DataFrame:
    """The hits a user's detector choice gives, from the codebook's hits on ``sentences``.

    ``detectors`` (default: :func:`resolve_detectors` of ``detector``, ``auto`` judged for
    ``codebook_version``) names per language ``"codebook"`` or ``"combined"``. The sentences of the
    ``combined`` languages get the union with the classifier (:func:`analysis.frames.learned.combine_hits`,
    classifier rows with their ``score``, codebook rows ``score`` NaN); only they are embedded. When no
    language goes to the classifier, ``codebook_hits`` come back unchanged (no ``score`` column): the
    codebook path stays the codebook path.
    """
    detectors = resolve_detectors(detector, codebook_version=codebook_version) if detectors is None else detectors
    chosen = classifier_sentences(sentences, detectors)
    if not len(chosen):
        return codebook_hits
    return learned.combine_hits(codebook_hits, learned.detect_frames_classifier(chosen, model, cache_dir=cache_dir),
                                "union")
