"""The Markdown model card of ``rostrum-speech``, rendered from its JSON card.

The JSON (written by ``python -m analysis sentiment train-official``) is the record; this
module only lays it out for people: data and splits, who coded and how well they agreed,
what was chosen on dev, the test figures per language with confusion matrices, and the
failure modes found when reading the dev errors.
"""

from __future__ import annotations

from .speech import SPEECH_LABELS, SPEECH_MODEL, TRAIN_COMMAND

LICENCES = {
    "gold": "the official-speech corpus in data/gold/official (UNGDC sentences: public data, cite Baturo, "
            "Dasandi & Mikhaylov 2017 and Jankin, Baturo & Dasandi; kremlin.ru: CC BY 4.0; RuSentNE: MIT)",
    "unscon": "UNSCon (CC BY-SA 4.0)",
    "rusentne": "RuSentNE-2023 (MIT)",
    "rusentiment": "RuSentiment (CC BY-NC-SA 4.0: a model trained on it is for non-commercial use only)",
}

# Read off the dev split's errors (never the test split's) when the model was chosen.
FAILURE_MODES: tuple[str, ...] = (
    "Harm vocabulary without evaluation reads as negative: a renunciation of weapons, a definition of apartheid "
    "quoted from a resolution, a ban motivated by damage to ecosystems, a death reported as a fact. This is the "
    "largest error (on dev, 36 of 326 neutral sentences were called negative).",
    "Pledges and warm procedural sentences read as positive where the coders saw a programmatic commitment "
    "(67 of 326 neutral dev sentences called positive): the neutral/positive boundary of rule 2 is the hardest.",
    "Achievements told in the vocabulary of harm (illegal crops eradicated; soldiers 'рискуя жизнью' defending "
    "their land) are called negative though the speaker approves.",
    "Hope and anticipation formulas ('looks forward to working with') are often called neutral; the rules code "
    "them positive.",
    "Criticism without evaluative words is missed: a threat conveyed by missile flight times, 'dialogue on the "
    "Arctic was curtailed', sarcasm ('penalised for our success').",
)


def _pct(x: float) -> str:
    return f"{x:.2f}"


def _confusion(report: dict) -> list[str]:
    labels = report["confusion_matrix"]["labels"]
    lines = ["| gold \\ predicted | " + " | ".join(labels) + " |", "|---|" + "---|" * len(labels)]
    for label, row in zip(labels, report["confusion_matrix"]["matrix"]):
        lines.append(f"| {label} | " + " | ".join(str(v) for v in row) + " |")
    return lines


def _figures(title: str, reports: dict) -> list[str]:
    lines = [f"### {title}", "", "| language | n | macro-F1 | accuracy | " +
             " | ".join(f"F1 {label}" for label in SPEECH_LABELS) + " | calibration error |",
             "|---|---|---|---|" + "---|" * len(SPEECH_LABELS) + "---|"]
    for language, r in reports.items():
        per = " | ".join(_pct(r["per_label"][label]["f1"]) for label in SPEECH_LABELS)
        lines.append(f"| {language} | {r['n']} | **{_pct(r['macro']['f1'])}** | {_pct(r['accuracy'])} | {per} | "
                     f"{_pct(r['calibration_error'])} |")
    for language, r in reports.items():
        lines += ["", f"Confusion matrix, {language} (rows: gold, columns: predicted):", "", *_confusion(r)]
    return lines + [""]


def render_speech_markdown(card: dict) -> str:
    """The human-readable card (Markdown) for the JSON ``card``."""
    config = card["config"]
    gold = card["gold"]
    lines = [
        f"# Model card: {SPEECH_MODEL} (tone of official speech, Russian and English)", "",
        f"**What it does.** Labels a sentence of official speech positive, negative or neutral and gives "
        f"calibrated probabilities; the signed score is P(positive) − P(negative). Method: {card['method']}.", "",
        "**Intended use.** Speeches, statements, remarks and interviews of officials (UN General Debate, "
        "ministries, heads of state), and news sentences reporting them. Not tested on social media, "
        "parliamentary debate or languages other than Russian and English.", "",
        "## Data and splits", "",
        f"Gold corpus `{gold['path']}` (sha256 `{gold['sha256'][:16]}…`). Whole documents go to one split.", "",
        "| split | documents | English sentences | Russian sentences |", "|---|---|---|---|",
    ]
    for split in ("train", "dev", "test"):
        counts = gold["sentences"].get(split, {})
        lines.append(f"| {split} | {gold['documents'].get(split, 0)} | {counts.get('en', 0)} | {counts.get('ru', 0)} |")
    lines += ["", f"Training rows: {card['training_rows']}.", ""]
    if card.get("agreement"):
        agreement = card["agreement"]
        lines += [f"**Coding.** {agreement['coders']} Krippendorff's alpha for tone: "
                  f"{_pct(agreement['tone_alpha']['all'])} overall, {_pct(agreement['tone_alpha']['en'])} English, "
                  f"{_pct(agreement['tone_alpha']['ru'])} Russian; disagreements adjudicated and logged "
                  "(`data/gold/official/adjudication.tsv`). Two sessions of one model share its habits, so this "
                  "alpha likely overstates what two human coders would reach, and the test figures measure "
                  "agreement with this AI coding, not with human experts.", ""]
    lines += ["Data licences: " + "; ".join(LICENCES[name] for name in ("gold", *config["extra"])) + ".", "",
              "## How it was chosen (dev split only)", "",
              f"Chosen: C = {config['C']}, extra corpora = {list(config['extra']) or 'none'} "
              f"(weight {config['extra_weight']}), previous sentence as context = {config['context']}; "
              f"temperature {card['temperature']} fitted on dev.", "",
              "| C | extra corpora | context | dev macro-F1 en | dev macro-F1 ru | mean |", "|---|---|---|---|---|---|"]
    for row in card["selection"]:
        c = row["config"]
        lines.append(f"| {c['C']} | {', '.join(c['extra']) or '—'} | {c['context']} | {_pct(row['dev'].get('en', 0))} | "
                     f"{_pct(row['dev'].get('ru', 0))} | {_pct(row['dev_mean_macro_f1'])} |")
    if card.get("off_domain_ablation"):
        lines += ["", "Off-domain corpora were measured on dev with the USE encoder (cheaper to embed) and lowered "
                  "dev macro-F1 in every setting, so the final grid leaves them out:", "",
                  "| C | extra corpora | context | dev macro-F1 en | dev macro-F1 ru | mean |", "|---|---|---|---|---|---|"]
        for row in card["off_domain_ablation"]:
            c = row["config"]
            lines.append(f"| {c['C']} | {', '.join(c['extra']) or '—'} | {c['context']} | {_pct(row['dev'].get('en', 0))} | "
                         f"{_pct(row['dev'].get('ru', 0))} | {_pct(row['dev_mean_macro_f1'])} |")
    lines += ["", "## Figures", ""]
    lines += _figures("Test split (looked at once, after the choice was made)", card["test"])
    lines += _figures("Dev split (used for the choice and the temperature: optimistic)", card["dev"])
    if FAILURE_MODES:
        lines += ["## Failure modes (read off the dev errors)", "", *[f"- {m}" for m in FAILURE_MODES], ""]
    lines += ["## Reproduce", "", f"`{TRAIN_COMMAND}` (deterministic; model file sha256 `{card['sha256']}`).", ""]
    return "\n".join(lines)
