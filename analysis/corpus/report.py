"""The load report: every input unit is accounted for.

A *unit* is one candidate statement: a speech file, a table row, or one statement cut
from a news article (a file that fails before it can be cut counts as one unit).
``seen`` is counted independently of the outcome, so the invariant
``accepted + len(rejected) == seen`` is a real check that :meth:`LoadReport.check`
enforces at the end of every load. Notes record what was *changed* on the way in
(a BOM stripped, cp1251 decoded, HTML removed) so that nothing happens silently.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field

# Why a unit was rejected. Short snake_case codes; the detail says the specifics.
REASONS: dict[str, str] = {
    "empty": "no text (zero bytes, whitespace only, or nothing left after cleaning)",
    "undecodable": "bytes are neither UTF-8 (with or without BOM), UTF-16 with BOM, nor plausible cp1251",
    "binary": "binary data (NUL or control bytes) under a text file name",
    "not_a_speech_file": "a system / resource-fork / hidden file in a corpus folder (macOS ._*, .DS_Store)",
    "duplicate": "the same text (ignoring leading and trailing whitespace) as an earlier statement (kept once)",
    "duplicate_id": "a statement_id already used by a statement with different text",
    "malformed_line": "a JSONL line that is not a JSON object, or a CSV row with the wrong number of fields",
    "too_large": "longer than max_statement_chars",
    "path_escape": "a manifest path that points outside the corpus folder",
    "missing_file": "a manifest entry whose file does not exist",
    "unsupported_format": "a file whose format no loader reads",
    "no_text_column": "a table without a 'text' column",
    "malformed_quoting": "a CSV row whose quotes are unbalanced: its text would run into the rows after it",
    "control_bytes": "a line of a table with a NUL or control byte in it (the other lines load)",
    "invalid_value": "a text that is not a string (number, boolean, list, mapping, bytes), or such an id",
    "unreadable": "a file or folder that cannot be read (permissions, I/O error), or a corrupt Parquet file",
}


@dataclass(frozen=True)
class Rejection:
    """One rejected unit: where it came from, why (a code from REASONS), the details."""

    source: str
    reason: str
    detail: str
    line: int | None = None


@dataclass(frozen=True)
class Note:
    """Something done to an accepted unit that a reader of the data should know about."""

    source: str
    code: str
    detail: str


@dataclass
class LoadReport:
    """Counts and reasons for one load; ``accepted + len(rejected) == seen`` always."""

    seen: int = 0
    accepted: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    # one summary per news article: speakers found, narrator share, sentences attributed
    # through a pronoun or a title, low-confidence sentences (see analysis.corpus.news)
    articles: list[dict] = field(default_factory=list)

    def reject(self, source: str, reason: str, detail: str, line: int | None = None) -> None:
        if reason not in REASONS:
            raise ValueError(f"unknown rejection reason {reason!r}")
        self.rejected.append(Rejection(str(source), reason, detail, line))

    def note(self, source: str, code: str, detail: str) -> None:
        self.notes.append(Note(str(source), code, detail))

    def by_reason(self) -> dict[str, int]:
        return dict(sorted(Counter(r.reason for r in self.rejected).items()))

    def notes_by_code(self) -> dict[str, int]:
        return dict(sorted(Counter(n.code for n in self.notes).items()))

    def check(self) -> None:
        """Raise AssertionError if a unit was lost: a bug in a loader, never the user's."""
        if self.accepted + len(self.rejected) != self.seen:
            raise AssertionError(
                f"load report out of balance: seen {self.seen} != accepted {self.accepted}"
                f" + rejected {len(self.rejected)}"
            )

    def to_dict(self) -> dict:
        """JSON-able summary plus every rejection and note."""
        return {
            "seen": self.seen,
            "accepted": self.accepted,
            "rejected": len(self.rejected),
            "rejected_by_reason": self.by_reason(),
            "notes_by_code": self.notes_by_code(),
            "rejections": [asdict(r) for r in self.rejected],
            "notes": [asdict(n) for n in self.notes],
            "articles": list(self.articles),
        }
