import numpy as np
import pandas as pd

from analysis.cache import ContentCache, content_key


def test_content_key_separates_parts():
    assert content_key("ab", "c") != content_key("a", "bc")
    assert content_key("x") == content_key("x")


def test_roundtrip_and_corruption_is_detected(tmp_path):
    cache = ContentCache(tmp_path, "t")
    arr = np.arange(12, dtype=np.float32).reshape(3, 4)
    cache.put_array("k1", arr)
    np.testing.assert_array_equal(cache.get_array("k1"), arr)
    data_path, _ = cache._paths("k1", ".safetensors")
    raw = bytearray(data_path.read_bytes())
    raw[-1] ^= 0xFF
    data_path.write_bytes(bytes(raw))
    assert cache.get_array("k1") is None  # corrupted: recomputed, never trusted
    assert not data_path.exists()


def test_entry_without_checksum_is_treated_as_partial(tmp_path):
    cache = ContentCache(tmp_path, "t")
    df = pd.DataFrame({"a": [1, 2], "b": ["x", "y"]})
    cache.put_table("k2", df)
    pd.testing.assert_frame_equal(cache.get_table("k2"), df)
    _, sum_path = cache._paths("k2", ".parquet")
    sum_path.unlink()
    assert cache.get_table("k2") is None
    assert cache.get_table("missing") is None
