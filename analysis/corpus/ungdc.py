"""The UN General Debate Corpus in its official distribution layout.

``TXT/Session NN - YYYY/ISO3_NN_YYYY.txt`` plus ``Speakers_by_session.xlsx`` (Baturo,
Dasandi & Mikhaylov 2017; Jankin, Baturo & Dasandi). Country, session and year come from
the file name; speaker, post and country name from the spreadsheet. Dates are not in the
distribution, so ``date`` stays NaT (never invented).

Every regular file under ``TXT/``, at any depth, is a unit in the load report. A speech is
accepted when its name is ``ISO3_NN_YYYY.txt`` and the nearest ``Session NN - YYYY`` folder
above it (however deep: a copy may add a level) has the same session and year. macOS
AppleDouble files (``._*``), ``.DS_Store``, R history files, names of another form, speeches
outside any session folder or in another session's folder are rejected as
``not_a_speech_file`` without being read; folders that cannot be listed and files that cannot
be read are ``unreadable``. Files beside ``TXT/`` (README.txt, the spreadsheet) are the
distribution's metadata, not units.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from python_calamine import CalamineError

from .collect import Collector, walk_files

SESSION_DIR = re.compile(r"^Session (\d+) - (\d{4})$")
SPEECH_FILE = re.compile(r"^([A-Z]{2,3})_(\d+)_(\d{4})\.txt$")
SPEAKERS_FILE = "Speakers_by_session.xlsx"
# Codes mistyped in the spreadsheet; each row's Country column confirms the intended code
# (e.g. PKR "Democratic People's Republic of Korea" is PRK, POR "Portugal" is PRT).
SPREADSHEET_CODE_FIXES = {"PKR": "PRK", "POR": "PRT", "EC": "EU", "YDYE": "YMD", "ZFA": "ZAF"}


def txt_root(path: Path) -> Path | None:
    """The folder holding the ``Session NN - YYYY`` folders, or None if ``path`` is not UNGDC.

    ``path/TXT`` (or ``path`` itself) qualifies when a session folder is directly inside it,
    or, for ``TXT``, anywhere below it. A folder that cannot be listed does not qualify.
    """
    for candidate, deep in ((path / "TXT", True), (path, False)):
        try:
            if candidate.is_dir() and _has_session_folder(candidate, deep):
                return candidate
        except OSError:
            continue
    return None


def _has_session_folder(folder: Path, deep: bool) -> bool:
    if any(SESSION_DIR.match(e.name) and e.is_dir() for e in os.scandir(folder)):
        return True
    return deep and any(SESSION_DIR.match(d) for _, dirs, _ in os.walk(folder) for d in dirs)


def _cell_text(value: object) -> str | None:
    """A sheet cell as stripped text; blank is None, a whole number has no ``.0``."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip() if value is not None else ""
    return text or None


def read_speakers(path: Path) -> dict[tuple[str, int], dict]:
    """(ISO3, year) → speaker, post, country name, from Speakers_by_session.xlsx.

    Read with python-calamine (Rust): the whole 11,000-row sheet in a fraction of a second,
    where openpyxl took seconds on every load of the corpus. Blank cells stay None; the
    first row for a (country, year) pair wins; the sheet's known code typos
    (SPREADSHEET_CODE_FIXES) are corrected.
    """
    from python_calamine import CalamineWorkbook

    rows = iter(CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python())
    header = [_cell_text(h) or "" for h in next(rows)]
    col = {name: header.index(name) for name in ("Year", "ISO Code", "Country", "Name of Person Speaking", "Post")}
    table: dict[tuple[str, int], dict] = {}
    for row in rows:
        iso, year = _cell_text(row[col["ISO Code"]]), _cell_text(row[col["Year"]])
        if iso is None or year is None:
            continue
        table.setdefault((SPREADSHEET_CODE_FIXES.get(iso, iso), int(year)), {
            "speaker": _cell_text(row[col["Name of Person Speaking"]]),
            "role": _cell_text(row[col["Post"]]),
            "organization": _cell_text(row[col["Country"]]),
        })
    return table


def load_ungdc(path: Path, collector: Collector) -> None:
    """Add every speech under ``path`` (the distribution root or its TXT folder)."""
    root = txt_root(path)
    if root is None:
        from ..errors import CorpusError

        raise CorpusError(f"{path} has no 'TXT/Session NN - YYYY' folders; is it the UNGDC distribution?")
    speakers_path = next((p for p in (root / SPEAKERS_FILE, root.parent / SPEAKERS_FILE) if p.is_file()), None)
    speakers = {}
    if speakers_path is None:
        collector.note(path, "speakers_missing", f"{SPEAKERS_FILE} not found: speaker, role stay null")
    else:
        try:
            speakers = read_speakers(speakers_path)
        except (OSError, CalamineError, KeyError, ValueError, StopIteration) as exc:
            collector.note(speakers_path, "speakers_missing", f"{SPEAKERS_FILE} cannot be read as the speakers "
                                                              f"sheet ({type(exc).__name__}: {exc}): speaker, role stay null")
        else:
            collector.note(speakers_path, "speaker_codes_fixed",
                           f"spreadsheet codes read as: {SPREADSHEET_CODE_FIXES} (typos; the Country column agrees)")
    unmatched = 0
    for file in walk_files(root, collector):
        source = str(file)
        if file.name.startswith("._"):
            collector.reject(source, "not_a_speech_file", "macOS AppleDouble resource fork (._*)")
            continue
        match = SPEECH_FILE.match(file.name)
        session_folder = next((SESSION_DIR.match(p.name) for p in file.relative_to(root).parents
                               if SESSION_DIR.match(p.name)), None)
        if not match:
            collector.reject(source, "not_a_speech_file", "name is not ISO3_SESSION_YEAR.txt")
            continue
        if not session_folder:
            collector.reject(source, "not_a_speech_file", "not inside a 'Session NN - YYYY' folder")
            continue
        iso, session, year = match.group(1), int(match.group(2)), int(match.group(3))
        if (session, year) != (int(session_folder.group(1)), int(session_folder.group(2))):
            collector.reject(source, "not_a_speech_file",
                             f"session {session} ({year}) in the name, but the file is in the folder "
                             f"{session_folder.group(0)!r}; move it to its own session's folder")
            continue
        text = collector.read_file(file, source)
        if text is None:
            continue
        meta = speakers.get((iso, year))
        if meta is None:
            unmatched += 1
            meta = {"speaker": None, "role": None, "organization": None}
        collector.add({
            "statement_id": f"{iso}_{session}_{year}", "doc_id": f"{iso}_{session}_{year}",
            "text": text, **meta, "country": iso, "year": year, "session": session,
            "source": source, "title": f"General Debate, session {session} ({year}): {iso}",
        })
    if unmatched:
        collector.note(path, "speaker_unmatched",
                       f"{unmatched} speeches have no row in {SPEAKERS_FILE}: speaker/role null")
