"""Headlines that credit their words to a title: "Poland Open to Talks If Troops Leave, Minister Says", "UN aid official
says convoys blocked", «Норвегия предложила восстановить авиасообщение - посол», a title as its label («Посол России в
Сербии: …») or its subject («Глава МИД Норвегии назвал условие …»). Wire and agency copy names the person
only in the body, so the headline is theirs: the first person the article names with that title, else the named
speaker of the lede. Runs after every paragraph is read and the lede's titles are named (``resolution``)."""

from __future__ import annotations

import re

from ..countries import country_in
from .institutions import body_name
from .layout import Paragraph
from .mentions import mention_before
from .registry import Mention, Registry
from .speech import not_speech
from .titles import equivalent_role, title_key
from .vocabulary import OFFICIAL_GROUPS, RU_VERB, TITLE_WORDS, UNNAMED_TITLES, _alternation, cues

_CREDITS = cues()["headline_credits"]
_EN_VERB = _alternation(_CREDITS["en"])
_EN_CLOSING = re.compile(rf",\s+(?P<role>[^,]{{2,60}}?)\s+(?:{_EN_VERB})\b[^,]*$", re.IGNORECASE)
_EN_OPENING = re.compile(rf"^(?P<role>[^,:]{{2,60}}?)\s+(?P<verb>{_EN_VERB})\b", re.IGNORECASE)
_EN_INVERTED = re.compile(rf",\s+(?:{_EN_VERB})\s+(?P<role>[^,]{{2,60}})$", re.IGNORECASE)  # "…, says Minister"
_EN_DASH = re.compile(r"\s[–—-]\s*(?P<role>[^–—-]{2,60})$")  # "… – Minister"
_LABEL = re.compile(r"^(?P<role>[^:«»\"“”]{2,60}?)\s*:\s+\S")  # «Посол России в Сербии: …», "Poland minister: '…'"
# «Это прямое нарушение»: губернатор Калининградской области — о новых проверках»: a quote, then the title that said it
# and what about, a dash between or not (round 19: wire4 ru-05, wire3 ru-19): a label like «Посол России: …», after it
_RU_QUOTE_ABOUT = re.compile(rf"^«[^«»]{{2,160}}»\s*:\s*(?P<role>[^:«»—–-]{{2,60}}?)\s+(?:[—–-]\s+)?"
                             rf"(?:{_alternation(_CREDITS['ru_about'])})\s")
_QUOTED = re.compile(r"[\"“”«»'‘’]")  # (an English label credits only quoted words)
_RU_CLOSING = re.compile(rf"\s(?:{_alternation(_CREDITS['ru_dashes'])})\s*(?P<role>[^-–—]{{2,60}})$")


def credit_headlines(paragraphs: list[Paragraph], registry: Registry, cyrillic: bool) -> None:
    """Give each heading above the first paragraph that credits its words to a title ("…, minister says") the
    person of that title: the first named person holding it, else the lede's named speaker (a title the article
    never names, "a source", stays the narrator's)."""
    lede = next((i for i, p in enumerate(paragraphs) if not p.heading), None)
    if not lede:
        return
    for paragraph in paragraphs[:lede]:
        for piece in paragraph.pieces:
            if piece.speaker is not None or piece.mode != "narration":
                continue
            text = paragraph.text[piece.start:piece.end].strip()
            labelled = _LABEL.match(text) or (_RU_QUOTE_ABOUT.match(text) if cyrillic else None)
            if labelled and not cyrillic and not _QUOTED.search(text[labelled.end() - 1:]):
                labelled = None  # "New prime minister: five things to know": no words quoted after the label
            mention = _credited_title(text, cyrillic, labelled)
            speaker = _holder(mention, paragraphs[lede], registry) if mention \
                else _credited_body(text, cyrillic, registry) if labelled or not _credited_source(text, cyrillic) \
                else _lede_source(paragraphs[lede], registry, _credited_source(text, cyrillic))
            if speaker is not None:
                piece.speaker, piece.mode = speaker, "direct" if labelled else "reported"
                piece.cue = "headline credit; title"


def _credited_title(text: str, cyrillic: bool, labelled: re.Match | None):
    """The title a headline credits ("minister" in "…, Minister Says", «Посол России в Сербии: …»), as a mention,
    or None."""
    patterns = (_RU_CLOSING,) if cyrillic else (_EN_CLOSING, _EN_INVERTED, _EN_DASH, _EN_OPENING)
    roles = [m.group("role") for m in ([labelled] if labelled else (p.search(text) for p in patterns)) if m]
    verb = RU_VERB.search(text) if cyrillic and not labelled else None
    opening = _EN_OPENING.search(text) if not cyrillic and not labelled else None
    if opening and not_speech("", opening.group("verb"), text[opening.end():], False):
        roles = [m.group("role") for m in [_EN_CLOSING.search(text)] if m]  # "Prime minister calls snap election"
    if verb and not not_speech(text[:verb.start()], verb.group(), text[verb.end():], True):
        roles.append(text[:verb.start()])  # «Глава МИД Норвегии назвал условие сделки»: the title speaks
    for role in (r.strip() for r in roles):
        words = [w.strip(".,") for w in role.lower().split()]
        titles = [w for w in words if w in TITLE_WORDS]
        if len(words) > (7 if labelled else 5) or not titles or words[-1] in UNNAMED_TITLES:
            continue
        mention = mention_before(role.lower() if not cyrillic else role)  # Title Case: "Foreign Minister" is no name
        if mention is not None and not mention.name and not mention.plural:
            mention.title = mention.title or titles[0]  # «Посол России в Сербии»: a role with its place
            return mention
    return None


def _credited_body(text: str, cyrillic: bool, registry: Registry) -> int | None:
    """«Россия вручила послу Японии ноту протеста — МИД»: a body the headline credits after a dash, when the article
    names it (a body's word, ``INSTITUTIONS``, in the credit; never one the article does not know)."""
    closing = _RU_CLOSING.search(text) if cyrillic else _EN_DASH.search(text)
    credit = closing.group("role").strip() if closing else ""
    if not credit or len(credit.split()) > 3 or not body_name(credit):  # «— видео МИД»: a media credit
        return None
    known = registry.known(Mention(name=credit, institution=True))
    return known if known is not None and registry.speakers[known].kind == "institution" else None


def _credited_source(text: str, cyrillic: bool) -> str | None:
    """The title key of an unnamed source or group of officials a headline credits alone ("…, sources say", "…,
    diplomats say", «… — источник»), else None."""
    closing = (_RU_CLOSING.search(text),) if cyrillic else (_EN_CLOSING.search(text), _EN_DASH.search(text))
    words = next((m.group("role").lower().split() for m in closing if m), [])
    return _source_key(words[0]) if len(words) == 1 else None


def _lede_source(lede: Paragraph, registry: Registry, key: str) -> int | None:
    """The unnamed source (or group of sources or officials) the lede quotes under that title ("three sources familiar
    with the talks", «источник, знакомый …», "four diplomats", "a senior State Department official"), whom a
    source-credited headline is; never a named person the lede quotes."""
    for piece in lede.pieces:
        speaker = registry.speakers[piece.speaker] if piece.speaker is not None else None
        if speaker is not None and speaker.kind == "person" and not speaker.name \
                and key in {_source_key(w.strip(",.")) for w in (speaker.role or "").lower().split()}:
            return piece.speaker
    return None


_UNNAMED_KEYS = frozenset(title_key(t) for t in UNNAMED_TITLES)


def _source_key(word: str) -> str | None:
    """The title key of an unnamed-by-design title (``UNNAMED_TITLES``), singular or plural ("sources",
    «источники»), or the singular of an English group of officials (``OFFICIAL_GROUPS``: "diplomats", "official"),
    else None."""
    key = title_key(word)
    key = key if key in _UNNAMED_KEYS or not word.endswith("s") else title_key(word[:-1])
    singular = word.removesuffix("s")
    return key if key in _UNNAMED_KEYS else singular if f"{singular}s" in OFFICIAL_GROUPS["en"] else None


def _holder(mention, lede: Paragraph, registry: Registry) -> int | None:
    """The first named person holding the mention's title, else the lede's first named person speaking who holds no
    other title, or one of the same country ("Ceasefire holding, army chief says" is never the lede's Defence Minister)."""
    equivalent = equivalent_role(mention.role, mention.title)  # «глава МИД»: the foreign minister
    key = title_key(equivalent[1] if equivalent else mention.title)
    country = country_in(mention.role)  # «Глава МИД Норвегии назвал …»: the lede's «Министр иностранных дел Норвегии»
    for index, speaker in enumerate(registry.speakers):
        if speaker.kind == "person" and speaker.name and not speaker.group and key in speaker.titles:
            return index
    for piece in lede.pieces:
        speaker = registry.speakers[piece.speaker] if piece.speaker is not None else None
        if speaker is not None and speaker.kind == "person" and speaker.name and not speaker.group and (not speaker.titles
                                                                                           or country is not None and country_in(speaker.role) == country):
            return piece.speaker
    return None
