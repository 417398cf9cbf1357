"""Country names and the groups the UN General Debate case study compares.

Data: ``analysis/data/countries.csv`` (iso3, name, m49_developed, g77_2023), written by
the team from these sources — check them before publishing:

* names: UN member-state short names; historical UNGDC codes kept (CSK Czechoslovakia,
  DDR German Democratic Republic, YUG Yugoslavia, YMD Democratic Yemen, SUN USSR) and the
  UNGDC's non-ISO ``EU``. UNGDC files the USSR's 1989–1991 speeches under ``RUS``.
* ``p5``: permanent members of the Security Council (CHN, FRA, GBR, RUS, USA; and SUN for
  sources that code the USSR separately).
* ``g77``: membership of the Group of 77 as of 2023, per the member list published at
  https://www.g77.org/doc/members.html; China, which acts with the group ("G77 and China"),
  is included. Historical states get null (not members in 2023, and not guessed).
* ``development_group``: the UN M49 "developed regions" rule: Europe, Northern America,
  Australia, New Zealand and Japan are "developed"; every other country "developing".
  (M49 places Israel, Cyprus, Türkiye and the Republic of Korea in Asia: "developing".)

Unknown codes get null in every column: a group is never guessed.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

import pandas as pd

DATA = Path(__file__).parent / "data" / "countries.csv"
ALIASES = Path(__file__).parent / "data" / "country_aliases.csv"
P5 = frozenset({"CHN", "FRA", "GBR", "RUS", "USA", "SUN"})


@lru_cache(maxsize=1)
def _table() -> dict[str, dict]:
    with DATA.open(encoding="utf-8", newline="") as fh:
        return {row["iso3"]: row for row in csv.DictReader(fh)}


def country_name(iso3: str | None) -> str | None:
    """English short name for an ISO 3166-1 alpha-3 code (or UNGDC code); None if unknown."""
    row = _table().get(str(iso3).upper()) if isinstance(iso3, str) else None
    return row["name"] if row else None


@lru_cache(maxsize=1)
def _name_patterns() -> dict[str, tuple[re.Pattern, list[str]]]:
    """Per first letter (lower-cased), one regex over the country names and aliases starting with it;
    an alias in lower case is a stem that may open any word form ("росси" → "России", "российского"),
    one with a capital matches as written, and one ending in "=" only as the whole word ("Мали=", not
    «Малина»). Split by letter because one alternation over all ~830 names costs ~1 ms per role searched
    (issue 18 profile); longest names are tried first."""
    names: dict[str, str] = {}
    for iso3, row in _table().items():
        if row["g77_2023"] != "" or iso3 in P5 or row["m49_developed"] != "":
            names[row["name"]] = iso3
    with ALIASES.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            names[row["alias"]] = row["iso3"]
    by_letter: dict[str, tuple[list[str], list[str]]] = {}
    for name in sorted(names, key=len, reverse=True):
        if name.endswith("="):  # "Мали=": this word exactly, not «Малина» (indeclinable names that open other words)
            part = rf"\b{re.escape(name[:-1])}(?!\w)"
        elif name[:1].islower():
            part = rf"(?i:\b{re.escape(name)}\w*)"
        elif len(name) > 3 and not name.isupper():
            part = rf"\b{re.escape(name)}\w*"  # "Russia's", "Germany", "Franci(и)"
        else:
            part = rf"\b{re.escape(name)}(?!\w)"  # acronyms: "РФ", "US", "U.S."
        parts, codes = by_letter.setdefault(name[0].lower(), ([], []))
        parts.append(part)
        codes.append(names[name])
    return {letter: (re.compile("|".join(f"({p})" for p in parts)), codes) for letter, (parts, codes) in by_letter.items()}


_WORD_START = re.compile(r"\b\w")


@lru_cache(maxsize=16384)
def _country_in(text: str) -> str | None:
    patterns = _name_patterns()
    for start in _WORD_START.finditer(text):  # the leftmost name wins, as in one alternation
        entry = patterns.get(start.group().lower())
        match = entry[0].match(text, start.start()) if entry else None
        if match:
            return entry[1][match.lastindex - 1]
    return None


def country_in(text: str | None) -> str | None:
    """ISO3 of the first country a role names: "Russia's permanent representative" → RUS,
    "глава МИД КНР" → CHN; None when it names none (never guessed). Cached: roles repeat."""
    if not isinstance(text, str) or not text:
        return None
    return _country_in(text)


@lru_cache(maxsize=4096)
def names_only_a_country(text: str | None) -> bool:
    """Whether ``text`` is one country's name and nothing more ("Canada", "South Korea", "the United States"; not
    "Canada issues travel", "Ukrainian military")."""
    text = re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE) if isinstance(text, str) else ""
    entry = _name_patterns().get(text[:1].lower())
    match = entry[0].match(text) if entry else None
    return match is not None and match.end() == len(text)


def country_names() -> tuple[str, ...]:
    """Every country's English short name, historical states included, in the data file's order."""
    return tuple(row["name"] for row in _table().values())


def known_codes() -> frozenset[str]:
    return frozenset(_table())


def add_country_groups(statements: pd.DataFrame) -> pd.DataFrame:
    """Return ``statements`` with ``country_name``, ``p5``, ``g77`` and ``development_group``.

    ``p5`` and ``g77`` are nullable booleans, ``development_group`` is "developed" /
    "developing"; all are null where ``country`` is null or not a known code.
    """
    table = _table()
    codes = statements["country"].astype("string").str.upper()
    rows = [table.get(c) if isinstance(c, str) else None for c in codes]
    out = statements.copy()
    out["country_name"] = pd.array([r["name"] if r else None for r in rows], dtype="string")
    out["p5"] = pd.array([(c in P5) if r else None for c, r in zip(codes, rows)], dtype="boolean")
    out["g77"] = pd.array(
        [(r["g77_2023"] == "1") if r and r["g77_2023"] else None for r in rows], dtype="boolean"
    )
    out["development_group"] = pd.array(
        [("developed" if r["m49_developed"] == "1" else "developing") if r else None for r in rows],
        dtype="string",
    )
    return out


def p5_or_development_group(statements: pd.DataFrame) -> pd.Series:
    """"P5" for a permanent member, else its ``development_group``: the three groups the
    General Debate case study compares (P5 / developed / developing); null where unknown.

    ``statements`` must carry the columns of :func:`add_country_groups`.
    """
    group = statements["development_group"].astype("string")
    return group.mask(statements["p5"].fillna(False).astype(bool), "P5").rename("p5_or_development")
