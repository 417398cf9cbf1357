"""The UN General Debate Corpus: the distribution layout, the real copy, and the download."""

from __future__ import annotations

import hashlib
import http.server
import io
import json
import tarfile
import threading
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import Workbook

from analysis.corpus import detect_format, load_corpus
from analysis.corpus.download import download_ungdc
from analysis.errors import DownloadError

SPEECH = "\ufeffMr. President, I congratulate you on your election. The United Nations must act.\n"


def make_distribution(root: Path) -> Path:
    """A tiny copy of the official layout, junk files included."""
    for session, year, codes in ((44, 1989, ("RUS", "YUG")), (78, 2023, ("USA", "BRA"))):
        folder = root / "TXT" / f"Session {session} - {year}"
        folder.mkdir(parents=True)
        for code in codes:
            (folder / f"{code}_{session}_{year}.txt").write_text(SPEECH.replace("act", f"act {code}"), encoding="utf-8")
            (folder / f"._{code}_{session}_{year}.txt").write_bytes(b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        ")
    (root / "TXT" / "Session 78 - 2023" / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (root / "TXT" / "Session 78 - 2023" / "notes.txt").write_text("my notes", encoding="utf-8")
    (root / "README.txt").write_text("readme", encoding="utf-8")
    book = Workbook()
    sheet = book.active
    sheet.append(["Year", "Session", "ISO Code", "Country", "Name of Person Speaking", "Post"])
    sheet.append([2023, 78, "USA", "United States of America", "Joseph R. Biden", "President"])
    sheet.append([2023, 78, "BRA", "Brazil", "Lula da Silva", None])
    sheet.append([1989, 44, "RUS", "USSR", "SHEVARDNADZE", "Foreign minister"])
    sheet.append([1989, 44, "YDYE", "Democratic Yemen", "Not in this copy", None])  # a sheet typo, fixed
    book.save(root / "Speakers_by_session.xlsx")
    return root


def test_small_distribution(tmp_path):
    root = make_distribution(tmp_path / "ungdc")
    assert detect_format(root) == "ungdc" and detect_format(root / "TXT") == "ungdc"
    corpus = load_corpus(root)
    report = corpus.report
    assert report.seen == 10 and report.accepted == 4
    assert report.by_reason() == {"not_a_speech_file": 6}
    s = corpus.statements.set_index("statement_id")
    assert sorted(s.index) == ["BRA_78_2023", "RUS_44_1989", "USA_78_2023", "YUG_44_1989"]
    usa = s.loc["USA_78_2023"]
    assert (usa.speaker, usa.role, usa.organization, usa.country, usa.year, usa.session) == (
        "Joseph R. Biden", "President", "United States of America", "USA", 2023, 78)
    assert pd.isna(usa.date) and usa.language == "en" and usa.text.startswith("Mr. President")
    assert pd.isna(s.loc["BRA_78_2023", "role"]) and pd.isna(s.loc["YUG_44_1989", "speaker"])
    assert report.notes_by_code() == {"bom_stripped": 4, "speaker_codes_fixed": 1, "speaker_unmatched": 1}


@pytest.fixture(scope="session")
def ungdc(shared_corpora):
    return load_corpus(shared_corpora / "ungdc")


@pytest.mark.shared
@pytest.mark.slow
def test_full_ungdc(ungdc, shared_corpora):
    s, report = ungdc.statements, ungdc.report
    on_disk = [p for p in (shared_corpora / "ungdc" / "TXT").rglob("*") if p.is_file()]
    assert report.seen == len(on_disk)
    speeches = [p for p in on_disk if p.name[:1] != "." and p.suffix == ".txt"]
    # every properly named speech loads (6,483 in the shared copy); the 6,676 is
    # not what the distribution holds, see the corpus engineer's report
    assert len(s) == report.accepted == len(speeches)
    assert report.by_reason() == {"not_a_speech_file": len(on_disk) - len(speeches)}
    forks = [r for r in report.rejected if Path(r.source).name.startswith("._")]
    assert len(forks) >= len(speeches)  # one resource fork per speech, plus ._.DS_Store etc.
    assert s["statement_id"].is_unique
    assert s["country"].notna().all() and s["year"].notna().all()
    assert s["year"].between(1989, 2023).all() and s["date"].isna().all()
    assert s["speaker"].notna().mean() > 0.995  # 6,470 of 6,483 in the shared copy
    eu = s.set_index("statement_id").loc["EU_66_2011"]
    assert eu.speaker == "Herman Van Rompuy"  # the sheet says "EC": a fixed typo
    assert (s["language"] == "en").mean() > 0.99
    row = s.set_index("statement_id").loc["USA_78_2023"]
    assert row.speaker == "Joseph R. Biden" and row.session == 78


# ------------------------------------------------------------------ download
def tgz(members: dict[str, bytes], symlink: str | None = None) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
        if symlink:
            info = tarfile.TarInfo(symlink)
            info.type = tarfile.SYMTYPE
            info.linkname = "/etc/passwd"
            tar.addfile(info)
    return buffer.getvalue()


class FakeDataverse:
    """A loopback HTTP server answering the two Dataverse API calls the download uses."""

    def __init__(self, archive: bytes, md5: str | None = None) -> None:
        self.archive = archive
        self.md5 = md5 or hashlib.md5(archive).hexdigest()
        self.requests: list[str] = []
        fake = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (http.server's name)
                fake.requests.append(self.path)
                if self.path.startswith("/api/datasets/:persistentId/versions/:latest/files?persistentId=doi:10.7910/DVN/0TJX8Y"):
                    body = json.dumps({"status": "OK", "data": [
                        {"label": "README.txt", "dataFile": {"id": 1, "filename": "README.txt", "md5": "0"}},
                        {"label": "UNGDC_1946-2023.tgz", "dataFile": {
                            "id": 42, "filename": "UNGDC_1946-2023.tgz", "filesize": len(fake.archive),
                            "checksum": {"type": "MD5", "value": fake.md5}}},
                    ]}).encode()
                elif self.path == "/api/access/datafile/42":
                    body = fake.archive
                else:
                    self.send_error(404)
                    return
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self):
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


def distribution_archive(tmp_path: Path) -> bytes:
    source = make_distribution(tmp_path / "src")
    return tgz({f"UNGDC_1946-2023/{p.relative_to(source).as_posix()}": p.read_bytes()
                for p in sorted(source.rglob("*")) if p.is_file()})


def test_download_verifies_extracts_and_loads(tmp_path):
    with FakeDataverse(distribution_archive(tmp_path)) as server:
        root = download_ungdc(tmp_path / "cache", base_url=server.url, progress=False)
        again = download_ungdc(tmp_path / "cache", base_url=server.url, progress=False)
    assert root == again and root.is_relative_to(tmp_path / "cache") and (root / "TXT").is_dir()
    assert server.requests.count("/api/access/datafile/42") == 1  # the verified copy is reused
    corpus = load_corpus(root)
    assert corpus.report.accepted == 4 and corpus.statements["speaker"].notna().sum() == 3


def test_download_checksum_mismatch_leaves_nothing(tmp_path):
    with FakeDataverse(distribution_archive(tmp_path), md5="0" * 32) as server:
        with pytest.raises(DownloadError, match="does not match"):
            download_ungdc(tmp_path / "cache", base_url=server.url, progress=False)
    assert list((tmp_path / "cache").iterdir()) == []


@pytest.mark.parametrize("members,symlink", [
    ({"../evil.txt": b"x"}, None),
    ({"/tmp/evil.txt": b"x"}, None),
    ({"UNGDC_1946-2023/TXT/a.txt": b"x"}, "UNGDC_1946-2023/TXT/link"),
])
def test_download_refuses_unsafe_archives(tmp_path, members, symlink):
    with FakeDataverse(tgz(members, symlink)) as server:
        with pytest.raises(DownloadError, match="outside|link"):
            download_ungdc(tmp_path / "cache", base_url=server.url, progress=False)
    assert not (tmp_path / "cache" / "UNGDC_1946-2023").exists()
    assert not (tmp_path / "evil.txt").exists()


def test_download_http_error_is_a_download_error(tmp_path):
    with FakeDataverse(b"") as server:
        with pytest.raises(DownloadError, match="HTTP 404"):
            download_ungdc(tmp_path / "cache", base_url=server.url + "/nothing", progress=False)


def test_download_command_prints_the_path_to_load(tmp_path, capsys):
    import argparse

    from analysis.corpus.cli import register_cli

    parser = argparse.ArgumentParser()
    register_cli(parser.add_subparsers())
    with FakeDataverse(distribution_archive(tmp_path)) as server:
        args = parser.parse_args(["corpus", "download-ungdc", "--dest", str(tmp_path / "c"),
                                  "--base-url", server.url, "--no-progress"])
        assert args.handler(args) == 0
    printed = Path(capsys.readouterr().out.strip())
    assert printed.is_relative_to(tmp_path / "c") and load_corpus(printed).report.accepted == 4
