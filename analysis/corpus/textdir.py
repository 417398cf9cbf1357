"""Folders of ``.txt`` / ``.md`` files, one statement per file, with optional metadata.

Metadata comes from YAML front matter (``---`` … ``---`` at the top of a file) and from an
optional ``corpus.yaml`` manifest in the folder::

    defaults: {language: ru, organization: MFA}
    files:
      - {path: speeches/a.txt, speaker: "…", date: 2024-05-01}

Manifest paths are resolved inside the folder; one that escapes it (``../x``, an absolute
path, a symlink out) is rejected as ``path_escape`` and never read. Front matter wins over
the manifest, the manifest over ``defaults``. A file whose front matter says
``format: news`` is split into attributed statements by :mod:`analysis.corpus.news`.
Hidden files (``.DS_Store``, ``._x.txt``) are ``not_a_speech_file``; other suffixes are
``unsupported_format``; both are counted, never skipped silently.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from ..errors import CorpusError, PathEscapeError
from .collect import Collector, metadata_text, walk_files

TEXT_SUFFIXES = (".txt", ".md")
MANIFEST = "corpus.yaml"


class MetadataLoader(yaml.SafeLoader):
    """Safe YAML with YAML 1.2 scalars: dates stay strings and only true/false are booleans.

    An unquoted impossible date (``date: 2024-02-30``) would make the safe loader raise and
    lose the whole front matter; kept as a string, it is read (or noted ``date_unparsed``)
    per statement like any other date. ``country: NO`` stays "NO", not False.
    """


MetadataLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers
            if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
MetadataLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


def read_metadata(text: str):
    """Parse YAML metadata (front matter, ``corpus.yaml``) with :class:`MetadataLoader`."""
    loader = MetadataLoader(text)  # what yaml.load does, with a SafeLoader subclass
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


def split_front_matter(text: str) -> tuple[dict, str, str | None]:
    """(metadata, body, problem): YAML front matter parsed safely; problem says why it was ignored."""
    if not text.startswith("---"):
        return {}, text, None
    lines = text.split("\n")
    if lines[0].strip() != "---":
        return {}, text, None
    for end in range(1, len(lines)):
        if lines[end].strip() in ("---", "..."):
            try:
                meta = read_metadata("\n".join(lines[1:end])) or {}
            except (yaml.YAMLError, ValueError) as exc:
                return {}, text, f"front matter is not valid YAML: {str(exc).splitlines()[0]}"
            if not isinstance(meta, dict):
                return {}, text, "front matter is not a YAML mapping"
            return meta, "\n".join(lines[end + 1:]), None
    return {}, text, "front matter opened with '---' but never closed"


def resolve_inside(root: Path, relative: str) -> Path:
    """``root / relative`` with symlinks resolved; PathEscapeError if it leaves ``root``."""
    base = root.resolve()
    target = (base / relative).resolve()
    if target != base and base not in target.parents:
        raise PathEscapeError(f"manifest path {relative!r} resolves to {target}, outside {base}")
    return target


def load_textdir(path: Path, collector: Collector, *, news: bool = False) -> None:
    """Add every text file under ``path`` (a folder or a single file).

    ``news=True`` (``format="news"``) treats every file as a news article, front matter or not.
    """
    defaults_extra = {"format": "news"} if news else {}
    if path.is_file():
        _load_file(path, path.parent, defaults_extra, collector)
        return
    manifest, defaults = _read_manifest(path, collector)
    defaults = {**defaults_extra, **defaults}
    listed: set[Path] = set()  # manifest entries, resolved and as written: not loaded twice
    for entry in manifest:
        relative = str(entry.get("path", ""))
        source = str(path / relative)
        listed.add(path / relative)
        try:
            target = resolve_inside(path, relative)
        except PathEscapeError as exc:
            collector.reject(source, "path_escape", str(exc))
            continue
        if not target.is_file():
            collector.reject(source, "missing_file", f"{MANIFEST} lists {relative!r}, which does not exist")
            continue
        listed.add(target)
        meta = {**defaults, **{k: v for k, v in entry.items() if k != "path"}}
        _load_file(target, path, meta, collector)
    for file in walk_files(path, collector):
        if file in listed or file.resolve() in listed or (file.parent == path and file.name == MANIFEST):
            continue
        try:
            resolve_inside(path, str(file.relative_to(path)))
        except PathEscapeError as exc:  # a symlink pointing out of the folder
            collector.reject(file, "path_escape", str(exc))
            continue
        if file.name.startswith("."):
            collector.reject(file, "not_a_speech_file", "hidden or system file (.DS_Store, ._* resource fork)")
        elif file.suffix.lower() not in TEXT_SUFFIXES:
            collector.reject(file, "unsupported_format",
                             f"{file.suffix or 'no suffix'} in a text folder; load tables by their own path")
        else:
            _load_file(file, path, dict(defaults), collector)


def _read_manifest(root: Path, collector: Collector) -> tuple[list[dict], dict]:
    manifest_path = root / MANIFEST
    if not manifest_path.is_file():
        return [], {}
    try:
        data = read_metadata(manifest_path.read_text(encoding="utf-8")) or {}
    except (yaml.YAMLError, UnicodeDecodeError, ValueError) as exc:
        raise CorpusError(f"{manifest_path} is not valid YAML ({exc}); fix or remove it") from exc
    except OSError as exc:
        raise CorpusError(f"{manifest_path} cannot be read ({exc.strerror}); check its permissions") from exc
    if not isinstance(data, dict):
        raise CorpusError(f"{manifest_path} is not a YAML mapping; give it 'defaults' and 'files'")
    files = data.get("files") or []
    defaults = data.get("defaults") or {}
    if not isinstance(files, list) or not isinstance(defaults, dict):
        raise CorpusError(f"{manifest_path}: 'files' must be a list and 'defaults' a mapping")
    return [f if isinstance(f, dict) else {"path": f} for f in files], defaults


def declared_format(path: Path) -> str | None:
    """The ``format`` named in a file's front matter, read from its first 8 KB only."""
    with path.open("rb") as fh:
        head = fh.read(8192).decode("utf-8", errors="replace").lstrip("\ufeff")
    if not head.startswith("---"):
        return None
    meta, _, _ = split_front_matter(head if "\n---" in head[3:] else head + "\n---")
    value = meta.get("format")
    return str(value).lower() if value else None


def _load_file(file: Path, root: Path, meta: dict, collector: Collector) -> None:
    try:
        news = str(meta.get("format", "")).lower() == "news" or declared_format(file) == "news"
    except OSError as exc:
        collector.reject(file, "unreadable", f"cannot read the file ({exc.strerror}); check its permissions")
        return
    # an article holds many statements: its statements are size-checked one by one
    text = collector.read_file(file, one_statement=not news)
    if text is None:
        return
    front, body, problem = split_front_matter(text.lstrip("\ufeff"))
    if problem:
        collector.note(file, "front_matter_ignored", problem)
    meta = {**meta, **front}
    relative = file.relative_to(root) if file.is_relative_to(root) else Path(file.name)
    try:
        doc_id = metadata_text(meta.pop("doc_id", None)) or relative.with_suffix("").as_posix()
    except ValueError as exc:
        collector.reject(file, "invalid_value", f"doc_id is {exc}; use a string or a number")
        return
    if str(meta.get("format", "")).lower() == "news":
        from .news import load_article

        load_article(body, {**meta, "doc_id": doc_id, "source": meta.get("source") or str(file)}, collector)
        return
    meta.pop("format", None)
    statement_id = meta.pop("statement_id", None) or doc_id
    source = meta.pop("source", None) or str(file)
    collector.add({**meta, "statement_id": statement_id, "doc_id": doc_id, "text": body, "source": source},
                  origin=file)
