"""Where the packaged sentiment model lives, and its model card.

The card (JSON) is the single record of how the model was made: data, licence,
settings, validation and test metrics, sha256. Code reads it (the loader checks the
sha256 before handing the file to fastText); people read the Markdown twin.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..cache import atomic_write_bytes
from ..errors import ModelError

MODELS_DIR = Path(__file__).resolve().parent / "models"
ROSTRUM_MODEL = "rostrum-rusentiment"
OFFICIAL_CARD_MODEL = "rostrum-official"  # lexicon-corrected scorer: analysis.sentiment.official
TRAIN_COMMAND = "python -m analysis sentiment train"


def model_path(name: str = ROSTRUM_MODEL) -> Path:
    """The packaged fastText file of a model shipped with the suite."""
    return MODELS_DIR / f"{name}.ftz"


def card_path(name: str = ROSTRUM_MODEL) -> Path:
    return MODELS_DIR / f"{name}.json"


def model_card(model: str = ROSTRUM_MODEL) -> dict:
    """The model card of a packaged model as a dict (data, licence, settings, metrics, sha256).

    Analysts cite these figures next to their results, so they are read from the same
    JSON file that the loader trusts, never restated in code.
    """
    if model == "rostrum-speech":
        from .speech import speech_card

        return speech_card()
    if model not in (ROSTRUM_MODEL, OFFICIAL_CARD_MODEL):
        raise ModelError(f"no model card for {model!r}: the suite ships cards for "
                         f"{[ROSTRUM_MODEL, OFFICIAL_CARD_MODEL]}")
    path = card_path(model)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ModelError(f"model card {path} is missing; rebuild it with `{TRAIN_COMMAND}`") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelError(f"model card {path} is not valid JSON ({exc}); rebuild it with `{TRAIN_COMMAND}`") from exc


def write_card(card: dict, markdown: str, name: str = ROSTRUM_MODEL, folder: Path | None = None) -> list[Path]:
    """Write ``name.json`` and ``MODEL_CARD.md`` beside the model file."""
    folder = Path(folder) if folder is not None else MODELS_DIR
    json_path, md_path = folder / f"{name}.json", folder / "MODEL_CARD.md"
    atomic_write_bytes(json_path, (json.dumps(card, indent=2, ensure_ascii=False) + "\n").encode())
    atomic_write_bytes(md_path, markdown.encode())
    for path in (json_path, md_path):
        path.chmod(0o644)  # atomic writes start private; cards are for everyone to read
    return [json_path, md_path]


def _metric_row(name: str, metrics: dict | None) -> str:
    if not metrics:
        return f"| {name} | – | – | – | – |"
    return (f"| {name} | {metrics['n']} | {metrics['accuracy']:.3f} | {metrics['macro']['f1']:.3f} "
            f"| {metrics['weighted']['f1']:.3f} |")


def render_markdown(card: dict) -> str:
    """The human-readable twin of the JSON card (same facts, nothing else); MODEL_CARD.md adds the
    official-speech section to it (``official_card.render_model_card``)."""
    metrics = card["metrics"]
    settings = ", ".join(f"{k}={v}" for k, v in card["settings"].items())
    lines = [
        f"# Model card: {card['name']}",
        "",
        f"Russian sentence sentiment: {card['format']}.",
        "",
        f"- **File**: `{card['file']}`, {card['size_bytes'] / 1e6:.1f} MB, sha256 `{card['sha256']}`",
        f"- **Licence**: {card['licence']}",
        f"- **Data**: RuSentiment training posts ({card['data']['train_rows']} rows: "
        + ", ".join(f"`{f['file']}`" for f in card["data"]["train"]) + "); validation: "
        f"{card['data']['validation']}; the official test split is used only for the figures below.",
        f"- **Input**: {card['preprocessing']}.",
        f"- **Labels**: " + "; ".join(f"`{k}`: {v}" for k, v in card["labels"].items()) + ".",
        f"- **Signed score**: {card['signed_score']}.",
        f"- **Settings**: {settings}.",
        f"- **Training time**: {card['training_seconds']} s (one thread).",
        "",
        "| data | n | accuracy | macro F1 | weighted F1 |",
        "|---|---|---|---|---|",
        _metric_row("validation (carved from training posts)", metrics["validation"]),
        _metric_row("RuSentiment official test", metrics["rusentiment_test"]),
        *(_metric_row(f"RuSentNE `{name}` (entity-level gold, see caveat)", m)
          for name, m in metrics["rusentne"].items()),
        "",
        "RuSentNE caveat: " + next((m["mapping"] for m in metrics["rusentne"].values() if m),
                                   "not measured (data absent)."),
        "",
    ]
    if card.get("search"):
        lines += ["## Settings search (validation split)", "", "| settings | weighted F1 | macro F1 |",
                  "|---|---|---|"]
        lines += [f"| {r['change'] or 'chosen settings'} | {r['weighted_f1']:.4f} | "
                  f"{'–' if r['macro_f1'] is None else format(r['macro_f1'], '.4f')} |" for r in card["search"]]
        lines += ["", card.get("search_note", ""), ""]
    lines += [
        "## Reproduce",
        "",
        f"`{card['reproduce']}`",
        "",
        "## English",
        "",
        card["english_scorer"],
        "",
    ]
    return "\n".join(lines)
