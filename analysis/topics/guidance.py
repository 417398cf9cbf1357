"""Seed phrases and zero-shot topics for BERTopic, from settings or the frame codebook.

Guided topic modelling (``seed_topic_list``) pulls documents near a frame's seed
phrases towards one cluster; zero-shot topic modelling (``zeroshot_topic_list``)
assigns documents similar enough to a frame's description straight to that frame's
topic. Both come from the frames concern's codebook unless the settings give them.
"""

from __future__ import annotations

from ..errors import CodebookError
from .factory import TopicConfig


def guidance_lists(config: TopicConfig) -> tuple[list[list[str]] | None, list[str] | None]:
    """``(seed_topic_list, zeroshot_topic_list)`` for BERTopic; ``None`` where not asked for."""
    seeds = [list(s) for s in config.seed_topics] if config.seed_topics else None
    zeroshot = list(config.zeroshot_topics) if config.zeroshot_topics else None
    if (config.guided and seeds is None) or (config.zeroshot and zeroshot is None):
        from_codebook = codebook_guidance(config.languages)
        seeds = seeds if seeds is not None else from_codebook[0]
        zeroshot = zeroshot if zeroshot is not None else from_codebook[1]
    return (seeds if config.guided or config.seed_topics else None,
            zeroshot if config.zeroshot or config.zeroshot_topics else None)


def codebook_guidance(languages: tuple[str, ...]) -> tuple[list[list[str]], list[str]]:
    """Per frame: its seed phrases in ``languages``, and one description text."""
    try:
        from ..frames import load_codebook
    except ImportError as exc:
        raise CodebookError(
            "guided or zero-shot topics need the frame codebook (analysis.frames), which is not "
            "available in this build; pass TopicConfig(seed_topics=..., zeroshot_topics=...) instead"
        ) from exc
    codebook = load_codebook()
    raise CodebookError(f"cannot read seed phrases from {type(codebook).__name__} yet")
