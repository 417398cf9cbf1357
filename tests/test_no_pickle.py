"""Nothing the suite loads from disk may execute code: no pickle and its relatives.

Models are safetensors / fastText / JSON, tables Parquet. The scan below reads every
module of the package with ``ast`` and rejects the calls and imports that deserialise
code. (Dask's wire protocol pickles partitions between the processes of one cluster;
that is inter-process transport inside the user's own cluster, never a file read back,
and it lives in dask, not in ``analysis/``.)
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "analysis"

# Modules whose only purpose is (de)serialising Python objects, code included.
FORBIDDEN_MODULES = {"pickle", "_pickle", "cPickle", "dill", "cloudpickle", "joblib", "shelve", "marshal", "jsonpickle"}
# Calls that load code-executing formats (or write them for a later load).
FORBIDDEN_CALLS = {"read_pickle", "to_pickle", "unsafe_load", "full_load", "unsafe_load_all", "full_load_all"}
SAFE_YAML_LOADERS = {"SafeLoader", "CSafeLoader", "BaseLoader", "CBaseLoader"}


def _dotted(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_dotted(node.value)}.{node.attr}"
    return ""


def _keyword(call: ast.Call, name: str) -> ast.AST | None:
    return next((k.value for k in call.keywords if k.arg == name), None)


def violations(source: str, filename: str = "<string>") -> list[str]:
    """Every unsafe import or call in ``source``, as ``file:line: what``."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        where = f"{filename}:{getattr(node, 'lineno', '?')}"
        if isinstance(node, ast.Import):
            found += [f"{where}: import {a.name}" for a in node.names if a.name.split(".")[0] in FORBIDDEN_MODULES]
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in FORBIDDEN_MODULES:
            found.append(f"{where}: from {node.module} import ...")
        elif isinstance(node, ast.Call):
            name = _dotted(node.func)
            last = name.rsplit(".", 1)[-1]
            if last in FORBIDDEN_CALLS:
                found.append(f"{where}: {name}()")
            elif name in ("eval", "exec"):
                found.append(f"{where}: {name}()")
            elif name == "torch.load" or name.endswith(".torch.load"):
                found.append(f"{where}: torch.load()")
            elif last == "load" and name.split(".")[0] in ("np", "numpy"):
                allow = _keyword(node, "allow_pickle")
                if allow is not None and not (isinstance(allow, ast.Constant) and allow.value is False):
                    found.append(f"{where}: {name}(allow_pickle=...)")
            elif name in ("yaml.load", "yaml.load_all"):
                loader = _keyword(node, "Loader") or (node.args[1] if len(node.args) > 1 else None)
                if loader is None or _dotted(loader).rsplit(".", 1)[-1] not in SAFE_YAML_LOADERS:
                    found.append(f"{where}: {name}() without a safe Loader")
            elif last in ("save", "load"):
                serialization = _keyword(node, "serialization")
                if isinstance(serialization, ast.Constant) and serialization.value != "safetensors":
                    found.append(f"{where}: {name}(serialization={serialization.value!r})")
    return found


def test_the_scanner_catches_each_unsafe_pattern():
    bad = {
        "import pickle": 1,
        "import joblib.numpy_pickle": 1,
        "from cloudpickle import loads": 1,
        "import dill as d": 1,
        "pd.read_pickle('x.pkl')": 1,
        "df.to_pickle('x.pkl')": 1,
        "torch.load('m.pt')": 1,
        "np.load('a.npy', allow_pickle=True)": 1,
        "numpy.load(path, allow_pickle=flag)": 1,
        "yaml.load(text)": 1,
        "yaml.load(text, Loader=yaml.Loader)": 1,
        "yaml.unsafe_load(text)": 1,
        "yaml.full_load(text)": 1,
        "model.save(folder, serialization='pickle')": 1,
        "BERTopic.load(folder, serialization='pytorch')": 1,
        "eval(expression)": 1,
    }
    for snippet, count in bad.items():
        assert len(violations(snippet)) == count, snippet
    good = [
        "yaml.safe_load(text)",
        "yaml.load(text, Loader=yaml.SafeLoader)",
        "yaml.load(text, yaml.CSafeLoader)",
        "np.load('a.npy')",
        "np.load('a.npy', allow_pickle=False)",
        "pd.read_parquet('t.parquet')",
        "model.save(folder, serialization='safetensors')",
        "json.load(fh)",
        "from safetensors.numpy import load",
    ]
    for snippet in good:
        assert violations(snippet) == [], snippet


def test_package_loads_nothing_that_executes_code():
    files = sorted(PACKAGE.rglob("*.py"))
    assert len(files) > 10  # the scan really covers the package
    found = [v for f in files for v in violations(f.read_text(encoding="utf-8"), str(f.relative_to(PACKAGE.parent)))]
    assert found == [], "unsafe (de)serialisation in the package:\n" + "\n".join(found)


PICKLE_SUFFIXES = {".pkl", ".pickle", ".joblib", ".pt", ".pth", ".bin", ".npy", ".npz", ".ckpt"}


def looks_unsafe(path: Path) -> str | None:
    """Why ``path`` may hold a pickle (by name or by its first bytes), else None."""
    data = path.read_bytes()
    if path.suffix == ".safetensors":  # 8-byte header length, then a JSON header
        size = int.from_bytes(data[:8], "little")
        try:
            json.loads(data[8 : 8 + size])
        except ValueError:
            return "not a valid safetensors file"
        return None
    if path.suffix in PICKLE_SUFFIXES:
        return f"a {path.suffix} file"
    if data[:2] in (b"\x80\x02", b"\x80\x03") or data[:3] in (b"\x80\x04\x95", b"\x80\x05\x95"):
        return "starts like a pickle"
    if data[:4] == b"PK\x03\x04":
        return "a zip archive (torch checkpoints hide pickles in zips)"
    return None


def test_unsafe_file_check_sees_real_pickles(tmp_path):
    import pickle  # noqa: only to make a pickle to detect, never loaded

    bad = tmp_path / "model.data"
    bad.write_bytes(pickle.dumps({"weights": [1, 2]}, protocol=4))
    assert looks_unsafe(bad) == "starts like a pickle"
    from safetensors.numpy import save_file
    import numpy as np

    good = tmp_path / "m.safetensors"
    save_file({"w": np.zeros(3, dtype=np.float32)}, str(good))
    assert looks_unsafe(good) is None


def test_no_pickled_files_ship_in_the_package():
    files = [p for p in PACKAGE.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    suspects = {str(p): why for p in files if (why := looks_unsafe(p))}
    assert suspects == {}


def test_pipeline_saves_bertopic_without_pickle(pipeline_seed_run):
    root, _ = pipeline_seed_run
    folder = root / "out" / "topic_model"
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert any(p.suffix == ".safetensors" for p in files), files
    assert {str(p): why for p in files if (why := looks_unsafe(p))} == {}
