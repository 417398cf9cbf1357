"""Fetch the UN General Debate Corpus from its official Dataverse record.

Only runs when a user asks (``python -m analysis corpus download-ungdc``): the file list
comes from the Dataverse native API, the archive is streamed with a progress bar into a
temporary file, its MD5 is checked against the record, and only then renamed into the
cache. Extraction refuses anything but plain files and folders inside the target (no
links, devices, absolute or ``..`` paths) and happens in a temporary folder renamed into
place, so an interrupted run never leaves a half corpus that looks complete.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tarfile
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from ..cache import atomic_path, default_cache_dir
from ..errors import DownloadError

DATASET_DOI = "doi:10.7910/DVN/0TJX8Y"
DEFAULT_BASE_URL = "https://dataverse.harvard.edu"
ARCHIVE_NAME = "UNGDC_1946-2023.tgz"
SPEAKERS_NAME = "Speakers_by_session.xlsx"
CHUNK = 1 << 20


def download_ungdc(dest: str | Path | None = None, *, base_url: str = DEFAULT_BASE_URL,
                   doi: str = DATASET_DOI, archive_name: str = ARCHIVE_NAME,
                   progress: bool = True, timeout: float = 60) -> Path:
    """Download, verify and extract the UNGDC; return the folder to pass to load_corpus."""
    from .ungdc import txt_root

    dest = Path(dest) if dest else default_cache_dir() / "ungdc"
    dest.mkdir(parents=True, exist_ok=True)
    files = _list_files(base_url, doi, timeout)
    archive_entry = _find(files, archive_name, doi)
    archive = _fetch(base_url, archive_entry, dest, progress, timeout)
    target = dest / archive_name.split(".")[0]
    if not target.is_dir():
        _extract(archive, target)
    root = txt_root(target) or next((p.parent for p in target.rglob("TXT") if txt_root(p.parent)), None)
    if root is None:
        raise DownloadError(f"{archive} has no TXT/Session NN - YYYY folders; the record may have changed")
    try:
        speakers = _find(files, SPEAKERS_NAME, doi)
    except DownloadError:
        speakers = None  # the archive may carry it
    if speakers and not (root / SPEAKERS_NAME).is_file():
        shutil.copyfile(_fetch(base_url, speakers, dest, progress, timeout), root / SPEAKERS_NAME)
    return root


def _get(url: str, timeout: float):
    try:
        return urllib.request.urlopen(urllib.request.Request(url, headers={"User-Agent": "rostrum"}),
                                      timeout=timeout)
    except urllib.error.HTTPError as exc:
        raise DownloadError(f"{url} answered HTTP {exc.code}; check --base-url or try later") from exc
    except (urllib.error.URLError, OSError) as exc:
        raise DownloadError(f"cannot reach {url}: {exc}; check the network or --base-url") from exc


def _list_files(base_url: str, doi: str, timeout: float) -> list[dict]:
    url = (f"{base_url.rstrip('/')}/api/datasets/:persistentId/versions/:latest/files?"
           f"persistentId={urllib.parse.quote(doi, safe=':/')}")
    with _get(url, timeout) as response:
        try:
            payload = json.load(response)
        except ValueError as exc:
            raise DownloadError(f"{url} did not return JSON") from exc
    if payload.get("status") != "OK" or not isinstance(payload.get("data"), list):
        raise DownloadError(f"{url}: unexpected answer {str(payload)[:200]}")
    return payload["data"]


def _find(files: list[dict], name: str, doi: str) -> dict:
    for entry in files:
        data_file = entry.get("dataFile") or {}
        if name in (data_file.get("filename"), entry.get("label")):
            return data_file
    raise DownloadError(f"{name} is not in the file list of {doi}")


def _expected_md5(data_file: dict) -> str:
    checksum = data_file.get("checksum") or {}
    if str(checksum.get("type", "")).upper() == "MD5" and checksum.get("value"):
        return str(checksum["value"]).lower()
    if data_file.get("md5"):
        return str(data_file["md5"]).lower()
    raise DownloadError(f"the record gives no MD5 for {data_file.get('filename')}; refusing an unverified file")


def _fetch(base_url: str, data_file: dict, dest: Path, progress: bool, timeout: float) -> Path:
    """Download one data file into ``dest`` (skipped when a verified copy is there)."""
    from tqdm import tqdm

    name = Path(str(data_file["filename"])).name
    expected = _expected_md5(data_file)
    path = dest / name
    if path.is_file() and _md5(path) == expected:
        return path
    url = f"{base_url.rstrip('/')}/api/access/datafile/{int(data_file['id'])}"
    digest = hashlib.md5()
    with atomic_path(path, suffix=".part") as tmp:
        with tmp.open("wb") as out, _get(url, timeout) as response:
            total = int(response.headers.get("Content-Length") or data_file.get("filesize") or 0) or None
            with tqdm(total=total, unit="B", unit_scale=True, desc=name, disable=not progress) as bar:
                while chunk := response.read(CHUNK):
                    out.write(chunk)
                    digest.update(chunk)
                    bar.update(len(chunk))
        if digest.hexdigest() != expected:
            raise DownloadError(f"{name}: MD5 {digest.hexdigest()} does not match the record's {expected}; "
                                f"the download was corrupted or the record changed: run the command again")
    return path


def _md5(path: Path) -> str:
    digest = hashlib.md5()
    with path.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _extract(archive: Path, target: Path) -> None:
    """Extract plain files and folders only, all inside ``target``; anything else aborts."""
    staging = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}."))
    try:
        with tarfile.open(archive, "r:*") as tar:
            members = tar.getmembers()
            base = staging.resolve()
            for member in members:
                if not (member.isfile() or member.isdir()):
                    raise DownloadError(f"{archive.name}: member {member.name!r} is a link or device; refusing to extract")
                where = (base / member.name).resolve()
                if member.name.startswith("/") or (where != base and base not in where.parents):
                    raise DownloadError(f"{archive.name}: member {member.name!r} would land outside {target}")
            tar.extractall(staging, members=members, filter="data")
        os.replace(staging, target)
    except tarfile.TarError as exc:
        raise DownloadError(f"{archive.name} is not a readable tar archive: {exc}") from exc
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
