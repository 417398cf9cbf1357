"""Frames: a bilingual, versioned codebook, lemma matching with offsets, KWIC, tables, validation.

    book = load_codebook()                      # or load_codebook("my_codebook.yaml")
    hits = detect_frames(sentences, book)       # long table, one row per hit (FRAME_HIT_COLUMNS)
    kwic(hits, sentences)                       # every hit in its context, for auditing
    learned = detect_frames_classifier(sentences)   # rostrum-frames: whole-sentence hits with a score
    combine_hits(hits, learned, "union")        # codebook first, the classifier adds missed frames
    detect_frames_chosen(sentences, hits, "auto")   # per language what the rostrum-frames card's verdict says
    frame_shares(hits, sentences, statements, "country", frames=book.frame_keys)  # only this codebook's frames
"""

from .codebook import Codebook, Entry, Frame, load_codebook
from .kwic import kwic
from .detector_choice import auto_detectors, detect_frames_chosen
from .learned import combine_hits, detect_frames_classifier
from .matcher import detect_frames
from .tables import (
    cooccurrence,
    frame_long,
    frame_matrix,
    frame_sentiment,
    frame_shares,
    statement_frames,
)

__all__ = [
    "Codebook",
    "Entry",
    "Frame",
    "cooccurrence",
    "detect_frames",
    "frame_long",
    "frame_matrix",
    "frame_sentiment",
    "frame_shares",
    "kwic",
    "load_codebook",
    "statement_frames",
]
