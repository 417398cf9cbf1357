"""Seed phrases and zero-shot topics for BERTopic, from settings or the frame codebook.

Guided topic modelling (``seed_topic_list``) pulls documents near a frame's seed
phrases towards one cluster; zero-shot topic modelling (``zeroshot_topic_list``)
assigns documents similar enough to a frame's description straight to that frame's
topic. Both come from the frames concern's codebook (``analysis.frames.load_codebook``)
unless the settings give them. One seed list per frame holds its phrases in all the
configured languages (the embeddings are cross-lingual, and a frame split by language
would become two topics); a zero-shot text is the frame's descriptions in those
languages, and the topic is named by the frame key.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import CodebookError
from .factory import TopicConfig


@dataclass(frozen=True)
class Guidance:
    """What BERTopic gets: seed phrase lists, zero-shot texts, and the zero-shot topics' names."""

    seed_topics: list[list[str]] | None = None
    zeroshot_topics: list[str] | None = None
    zeroshot_names: list[str] | None = None


def guidance(config: TopicConfig) -> Guidance:
    """Explicit lists from ``config`` first; the codebook fills in what ``guided``/``zeroshot`` ask for."""
    seeds = [list(s) for s in config.seed_topics] if config.seed_topics else None
    zeroshot = list(config.zeroshot_topics) if config.zeroshot_topics else None
    names = zeroshot
    if (config.guided and seeds is None) or (config.zeroshot and zeroshot is None):
        book = codebook_guidance(config.languages)
        if config.guided and seeds is None:
            seeds = book.seed_topics
        if config.zeroshot and zeroshot is None:
            zeroshot, names = book.zeroshot_topics, book.zeroshot_names
    return Guidance(seeds, zeroshot, names)


def codebook_guidance(languages: tuple[str, ...]) -> Guidance:
    """Per frame of the package codebook: its seed phrases and descriptions in ``languages``."""
    try:
        from ..frames import load_codebook
    except ImportError as exc:
        raise CodebookError(
            "guided or zero-shot topics need the frame codebook (analysis.frames), which is not "
            "available in this build; pass TopicConfig(seed_topics=..., zeroshot_topics=...) instead"
        ) from exc
    codebook = load_codebook()
    seeds, texts, names = [], [], []
    for frame in codebook.frames:
        phrases = [p for language in languages for p in frame.seeds.get(language, ())]
        described = [frame.description[language] for language in languages if language in frame.description]
        if phrases:
            seeds.append(phrases)
        if described:
            texts.append(" / ".join(described))
            names.append(frame.key)
    if not seeds and not texts:
        raise CodebookError(f"the codebook has no seeds or descriptions in {list(languages)}")
    return Guidance(seeds or None, texts or None, names or None)
