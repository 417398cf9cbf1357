"""One identity per person: name matching, Cyrillic ↔ Latin candidates, corpus-wide speaker ids.

``same_person(a, b)`` is the one test, used by the corpus-wide merge and by the evaluator: two
names are one person when their surnames agree once both are written in Latin letters and
reduced to a spelling skeleton ("Гутерреш", "Гутерриш" and "Guterres" all become close to
"guteres"), and their first names or initials do not disagree ("В. Путин" = "Владимир Путин",
"Антониу Гутерреш" = "António Guterres"; "Anna Keller" ≠ "Maria Keller").

``assign_speaker_ids(statements)`` gives every named speaker a ``speaker_id``: within an article
the registry has already merged full name and bare surname; across articles two speakers merge
when their names are the same person and either both give a first name or their roles share a
title. The alias table (``aliases.yaml``, or one the user passes) overrides the automatic merge:
every name listed under a canonical name gets that name's id, whatever the rules would say.
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path

import pandas as pd
import yaml

from ..errors import AnalysisError
from .vocabulary import TITLE_WORDS, cues, parses

ALIASES_FILE = Path(__file__).with_name("aliases.yaml")
SURNAME_SIMILARITY = 0.8

_CYRILLIC_TO_LATIN = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u",
     "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))
# Spelling differences that transliteration and national orthographies introduce.
_SKELETON = ((r"shch", "s"), (r"sch", "s"), (r"sh", "s"), (r"zh", "z"), (r"kh", "h"), (r"ch", "c"), (r"ts", "c"),
             (r"ck", "k"), (r"ph", "f"), (r"w", "v"), (r"[yj]", "i"), (r"x", "ks"), (r"q", "k"), (r"(.)\1+", r"\1"))


def transliterate(text: str) -> str:
    """Latin letters for a name: Cyrillic by a GOST-like table, diacritics dropped ("António" → "Antonio")."""
    out = "".join(_CYRILLIC_TO_LATIN.get(c, c) if c.islower() else
                  _CYRILLIC_TO_LATIN.get(c.lower(), c).capitalize() for c in text)
    return "".join(c for c in unicodedata.normalize("NFKD", out) if not unicodedata.combining(c))


def skeleton(word: str) -> str:
    """A spelling skeleton of one name word, for comparing transliterations."""
    key = transliterate(word.lower()).lower()
    key = re.sub(r"[^a-z]", "", key)
    for pattern, replacement in _SKELETON:
        key = re.sub(pattern, replacement, key)
    return key


def _tokens(name: str) -> list[str]:
    """Name words, surname last: "Петров И." and "И. Петров" both give ["И", "Петров"]."""
    tokens = [t for t in re.split(r"[\s.,]+", str(name)) if t]
    while len(tokens) > 1 and len(tokens[-1]) == 1 and len(tokens[0]) > 1:
        tokens = tokens[1:] + tokens[:1]
    return tokens


def _russian_base(word: str) -> str:
    """A Russian surname in the nominative (masculine), so "Лаврова" (genitive) meets "Лавров"."""
    if not re.search("[а-яё]", word.lower()):
        return word
    for parse in parses(word)[:3]:
        if "Surn" in parse.tag:
            return parse.normal_form
    return word


def surnames_agree(a: str, b: str) -> bool:
    ka, kb = skeleton(_russian_base(a)), skeleton(_russian_base(b))
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    return min(len(ka), len(kb)) >= 4 and SequenceMatcher(None, ka, kb).ratio() >= SURNAME_SIMILARITY


def _first_names_agree(a: list[str], b: list[str]) -> bool:
    """Initials compatible: missing on either side agrees; otherwise a given name of one has the
    initial of a given name of the other ("Minority Whip Dick Durbin" and "Dick Durbin")."""
    if not a or not b:
        return True
    return bool({skeleton(t)[:1] for t in a} & {skeleton(t)[:1] for t in b})


def same_person(a: str | None, b: str | None) -> bool:
    """Whether two names as written refer to the same person (see the module docstring)."""
    if not a or not b or not isinstance(a, str) or not isinstance(b, str):
        return False
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb or not surnames_agree(ta[-1], tb[-1]):
        if len(ta) == 1 or len(tb) == 1:  # "Li" for "Li Wei": a lone word may be the family name first
            lone, full = (ta, tb) if len(ta) == 1 else (tb, ta)
            return any(surnames_agree(lone[0], t) for t in full[:-1]) if len(full) > 1 else False
        return False
    return _first_names_agree(ta[:-1], tb[:-1])


INSTITUTION_PREFIX = "ORG: "
_GENERIC_WORDS = {"the", "of", "for", "and", "in", "on", "at", "a", "an", "по", "и", "в", "на", "при", "с", "for"}


def _content_lemmas(text: str) -> set[str]:
    words = re.findall(r"[^\W\d_][\w'’-]*", text.lower())
    out = set()
    for word in words:
        if word in _GENERIC_WORDS:
            continue
        options = parses(word) if re.search("[а-яё]", word) else ()
        out.add(options[0].normal_form if options else re.sub(r"(?:'s|’s|s)$", "", word))
    return out


def same_speaker(a: str | None, b: str | None) -> bool:
    """Two speaker labels as the attribution gold writes them: a person's name, ``[role]`` for an
    unnamed person, ``ORG: name`` for an institution, or None for the narrator. Names match by
    ``same_person``; roles and institutions when they share a content word («МИД России» and
    "ORG: МИД"; "[a State Department spokesperson]" and "[spokesperson]")."""
    if not a or not b or not isinstance(a, str) or not isinstance(b, str):
        return not (isinstance(a, str) and a) and not (isinstance(b, str) and b)
    kinds = [INSTITUTION_PREFIX if x.startswith(INSTITUTION_PREFIX) else "[" if x.startswith("[") else "" for x in (a, b)]
    if kinds[0] != kinds[1]:
        return False
    if not kinds[0]:
        return same_person(a, b)
    strip = (lambda x: x[len(INSTITUTION_PREFIX):]) if kinds[0] == INSTITUTION_PREFIX else (lambda x: x.strip("[]"))
    a, b = strip(a), strip(b)
    return bool(_content_lemmas(a) & _content_lemmas(b)) or _acronym_of(a, b) or _acronym_of(b, a)


def _acronym_of(short: str, long_: str) -> bool:
    """"NHC" and "National Hurricane Center", "AU" and "African Union", «МИД» and «Министерство иностранных дел»."""
    letters = "".join(w[0] for w in re.findall(r"[^\W\d_][\w'’-]*", long_) if w[0].isupper() or len(w) > 3).upper()
    token = short.strip()
    return token.isupper() and 2 <= len(token) <= 6 and token in letters


@lru_cache(maxsize=8)
def _alias_table(path: str) -> dict[str, str]:
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise AnalysisError(f"speaker alias table {path}: {exc}") from exc
    if not isinstance(data, dict) or not all(isinstance(v, list) for v in data.values()):
        raise AnalysisError(f"speaker alias table {path}: expected 'Canonical Name: [alias, alias, ...]' entries")
    table = {}
    for canonical, aliases in data.items():
        for alias in [canonical, *aliases]:
            table[str(alias).strip().lower()] = str(canonical)
    return table


def load_aliases(path: str | Path | None = None) -> dict[str, str]:
    """alias (lower case) → canonical name, from the shipped table and then ``path`` (which wins)."""
    table = dict(_alias_table(str(ALIASES_FILE)))
    if path is not None:
        table.update(_alias_table(str(path)))
    return table


def _titles(role) -> set[str]:
    from .titles import title_key

    if not isinstance(role, str):
        return set()
    return {title_key(w) for w in role.lower().split() if w in TITLE_WORDS}


def speaker_id(name: str) -> str:
    """A readable id from a canonical name: "António Guterres" → "guterres-a"."""
    tokens = _tokens(name)
    surname = re.sub(r"[^a-z0-9-]", "", transliterate(tokens[-1]).lower())
    return f"{surname}-{transliterate(tokens[0])[:1].lower()}" if len(tokens) > 1 else surname


def assign_speaker_ids(statements: pd.DataFrame, aliases: str | Path | None = None) -> pd.Series:
    """``speaker_id`` for each row of ``statements`` (null where ``speaker`` is null); see the module docstring."""
    table = load_aliases(aliases)
    people: list[dict] = []  # {"name", "titles", "docs"}
    ids: dict[tuple[str, str], int] = {}
    rows = statements[["doc_id", "speaker", "role"]].astype(object).where(statements[["doc_id", "speaker", "role"]].notna(), None)
    kinds = statements["speaker_kind"].tolist() if "speaker_kind" in statements.columns else [None] * len(rows)
    institutions = {}
    for (doc, name, role), kind in zip(rows.itertuples(index=False), kinds):
        if name and kind == "institution":  # institutions: one id per name as written, never merged with people
            institutions[(doc, name)] = "org-" + re.sub(r"[^a-z0-9]+", "-", transliterate(name).lower()).strip("-")
            continue
        if not name or (doc, name) in ids:
            continue
        canonical = table.get(name.strip().lower())
        match = None
        for number, person in enumerate(people):
            if canonical is not None:
                if person["canonical"] == canonical:
                    match = number
                    break
                continue
            if person["canonical"] is not None and person["canonical"].lower() != name.lower():
                continue
            if not same_person(name, person["name"]):
                continue
            both_first = len(_tokens(name)) > 1 and len(_tokens(person["name"])) > 1
            if both_first or doc in person["docs"] or _titles(role) & person["titles"]:
                match = number
                break
        if match is None:
            people.append({"name": canonical or name, "canonical": canonical, "titles": set(), "docs": set()})
            match = len(people) - 1
        person = people[match]
        if canonical is None and len(_tokens(name)) > len(_tokens(person["name"])):
            person["name"] = name
        person["titles"] |= _titles(role)
        person["docs"].add(doc)
        ids[(doc, name)] = match
    labels = _unique_labels([speaker_id(p["name"]) for p in people])
    return pd.Series([institutions.get((d, n)) or (labels[ids[(d, n)]] if n else None)
                      for d, n in zip(rows["doc_id"], rows["speaker"])],
                     index=statements.index, dtype="string", name="speaker_id")


def _unique_labels(labels: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for label in labels:
        seen[label] = seen.get(label, 0) + 1
        out.append(label if seen[label] == 1 else f"{label}-{seen[label]}")
    return out


def organisation_in(role: str | None) -> str | None:
    """The organisation a role names ("UN Secretary-General" → "UN", «генсек НАТО» → "NATO"), else None."""
    if not isinstance(role, str):
        return None
    for code, names in cues()["organisations"].items():
        for name in names:
            flags = re.IGNORECASE if name[:1].islower() else 0
            if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", role, flags):
                return code
    return None
