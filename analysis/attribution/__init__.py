"""Quote attribution: who said each sentence of a news article, with the words that say so.

Every attribution is a cue–source–content triple (PARC): the cue is a speech verb, a quote,
"по словам" / "according to", a transcript turn or a headline "X: …"; the source a mention
resolved against the article's registry of people and institutions (by name, surname, title,
pronoun); the content a quote or a reported sentence. ``attribute_sentences`` gives every
sentence its speaker, mode, cue and confidence; ``analysis.corpus.news`` turns the pieces into
statement rows and ``identity.assign_speaker_ids`` gives one id per person across a corpus.

Modules, in dependency order: ``vocabulary`` (the cues in ``cues.yaml``), ``titles`` (titles as keys), ``registry``
(mentions, the per-article people and institutions), ``words`` (which words can be a name), ``name_words`` (which
words of a mention are its name and title), ``tails`` (the words before a verb trimmed to the subject), ``mentions``
(parsing a source next to a verb), ``people`` (people named in narration), ``institutions`` (institutions as
sources), ``quotes`` (direct quotes), ``layout`` (paragraphs, transcript turns, headlines), ``speech`` (whether a
speech verb is speech where it stands), ``issuers`` (a statement and its issuer), ``sources`` ("according to X"
frames and passive agents), ``clauses`` (the speaker of one sentence outside quotes), ``continuation`` (whether an
unattributed sentence or paragraph goes on with a speaker's words), ``unnamed_speakers`` (a lede's title or a bare
office named elsewhere), ``headlines`` (a headline credited to a title: "…, minister says", «… - посол»),
``interviews`` (an interview in dash turns), ``resolution`` (the ordered sieves, paragraph by paragraph),
``sentences`` (sentence-level attribution), ``identity`` (one id per person, aliases, transliteration), ``speakers``
(country, organisation and principal from a role).
"""

from __future__ import annotations

from .identity import assign_speaker_ids, same_person, same_speaker
from .mentions import mention_after, mention_before
from .quotes import Piece
from .registry import Mention, Registry, Speaker
from .resolution import Paragraph, attribute
from .sentences import SentenceAttribution, attribute_sentences

__all__ = ["Mention", "Paragraph", "Piece", "Registry", "SentenceAttribution", "Speaker", "assign_speaker_ids",
           "attribute", "attribute_sentences", "mention_after", "mention_before", "same_person", "same_speaker"]
