"""The suite's small trained models: fitted reproducibly, stored as safetensors weights plus one JSON header.

The header sits under one metadata key because safetensors writes several keys in a
per-process random order, and a retrain in a fresh process must give the same bytes (the
model cards pin each file's sha256, which the loader checks before reading).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np

from .cache import atomic_path
from .errors import ModelError

HEADER_KEY = "rostrum"


def fit_logistic(x: np.ndarray, y: np.ndarray, *, C: float, class_weight: str | None = None,
                 sample_weight: np.ndarray | None = None):
    """An L2 logistic regression (lbfgs) solved to its optimum, so its weights do not depend on the solver's path.

    At scikit-learn's default tolerance (1e-4) lbfgs stops up to 0.03 short of the optimum, at a
    point that moved with the scipy release (another machine retrained other bytes); at 1e-8 every
    path ends at the same unique optimum, and a fit that stops short of it raises instead.
    """
    import warnings

    from sklearn.exceptions import ConvergenceWarning
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=C, class_weight=class_weight, tol=1e-8, max_iter=20000)
    with warnings.catch_warnings():
        warnings.simplefilter("error", ConvergenceWarning)
        return model.fit(x, y, sample_weight=sample_weight)


def save_model_file(path: Path, tensors: dict[str, np.ndarray], header: dict) -> str:
    """Write ``tensors`` and ``header`` atomically (world-readable); return the file's sha256."""
    from safetensors.numpy import save_file

    with atomic_path(path) as tmp:
        save_file(tensors, str(tmp), metadata={HEADER_KEY: json.dumps(header, sort_keys=True)})
    path.chmod(0o644)
    return hashlib.sha256(path.read_bytes()).hexdigest()


def load_model_file(path: Path, sha256: str | None, *, what: str, rebuild: str) -> tuple[dict[str, np.ndarray], dict]:
    """(tensors, header) of a saved model; ModelError naming ``rebuild`` when the file is
    missing or its sha256 differs from ``sha256`` (the card's)."""
    from safetensors import safe_open
    from safetensors.numpy import load_file

    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ModelError(f"the {what} {path} is missing; rebuild it with `{rebuild}`") from None
    if sha256 and hashlib.sha256(data).hexdigest() != sha256:
        raise ModelError(f"{path} does not match the sha256 in its model card; rebuild it with `{rebuild}`")
    with safe_open(str(path), framework="numpy") as fh:
        header = json.loads((fh.metadata() or {}).get(HEADER_KEY, "{}"))
    return load_file(str(path)), header
