"""Quote attribution: who said each piece of a news article, with the words that say so.

Every attribution is a cue–source–content triple (PARC): the cue is a speech verb or "по
словам" / "according to", the source a mention resolved against the article's speaker
registry, the content a quote or a reported sentence. ``attribute`` splits an article body
into paragraphs of ``Piece``s, each with its speaker index, mode and attributing words;
``analysis.corpus.news`` turns those into statement rows.

Modules, in dependency order: ``vocabulary`` (verbs, titles, stop words), ``registry``
(mentions and the per-article speakers), ``mentions`` (parsing a speaker next to a verb),
``quotes`` (direct quotes), ``resolution`` (the ordered sieves over sentences and paragraphs).
"""

from __future__ import annotations

from .registry import Mention, Registry, Speaker
from .mentions import mention_after, mention_before
from .quotes import Piece
from .resolution import Paragraph, attribute

__all__ = ["Mention", "Paragraph", "Piece", "Registry", "Speaker", "attribute", "mention_after", "mention_before"]
