"""News reports that quote officials → statements attributed to their speakers.

A report mixes four kinds of text, and each becomes its own statement (column ``mode``;
``attribution`` holds the attributing words, ``body_offset`` where the statement starts):

* ``direct``: quoted words (« », “ ”, „ “, " ", or a dash-introduced line) with an
  attribution next to them ("…», — подчеркнул министр X", 'X said: "…"'). The statement
  text is the quoted words only; the attribution phrase is kept in ``attribution``.
* ``reported``: a sentence whose subject is a person with a speech verb ("министр X
  подчеркнул, что…", "По словам X, …", "X said that…", "according to X"). The whole
  sentence is the statement: it is the journalist's paraphrase of the speaker.
* ``continued``: text without its own attribution that continues a speaker: the rest of a
  paragraph after a reported sentence, a paragraph that opens with an enumeration marker
  ("Прежде всего", "Далее", "Finally") after the speaker's paragraph, a stance sentence
  whose subject is not a person ("Вьетнам твёрдо убеждён…") right after the speaker, and
  an unattributed paragraph between two paragraphs of the same speaker.
* ``narration``: everything else (headings, the source line): speaker null, role
  "narrator", organization = the publisher from the front matter.

Speakers are resolved per article: a later mention by surname ("Брандолино", "Джона
Брандолино"), by title alone ("министр", "the ambassador") or by pronoun is the same
person. Names, roles and organizations come only from the text (an appositive such as
", директор Департамента … (УНП ООН)," gives role and organization); nothing is invented.
Consecutive pieces of one paragraph with the same speaker and mode form one statement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..segmentation import detect_language
from ..text import fold_yo, has_cyrillic, is_cyrillic_language, morph
from .collect import LANGUAGE_SAMPLE_CHARS, Collector

# ---------------------------------------------------------------- vocabulary
_RU_VERB = re.compile(
    r"\b(?:(?:заяви|сказа|отмети|подчеркну|вырази|сообщи|добави|указа|замети|поясни|призва|"
    r"предложи|призна|напомни|констатирова|объяви|завери|поблагодари|оцени|осуди|приветствова|"
    r"обеща|предупреди|акцентирова|охарактеризова|подтверди|рассказа|уточни|высказа|настаива|"
    r"выступи|заключи)л(?:а|и|о)?|(?:заявля|отмеча|подч[её]ркива|счита|полага|говори|сообща|"
    r"указыва|призыва|добавля)(?:ет|ют)|(?:уверен|убежд[её]н)(?:а|ы)?)\b",
    re.IGNORECASE,
)
_EN_VERB = re.compile(
    r"\b(?:said|says|stressed|stresses|noted|added|adds|told|tells|stated|emphasi[sz]ed|"
    r"emphasi[sz]es|underlined|underscored|highlighted|urged|urges|called|warned|warns|argued|"
    r"argues|explained|declared|announced|expressed|thanked|welcomed|affirmed|reaffirmed|"
    r"insisted|pointed out|acknowledged|believes|remarked|commented|observed|proposed|"
    r"suggested|praised|recalled|asserted|concluded|reiterated|is convinced|was convinced)\b"
)
_STANCE = re.compile(r"\b(?:уверен|убежд[её]н|счита|полага|believes?|is convinced|is confident)", re.IGNORECASE)
_ACCORDING = re.compile(r"(?:\b[Пп]о (?:словам|мнению|оценке)\s+|\b[Aa]ccording to\s+)")

# Titles name a function; honorifics do not (they are dropped from roles).
_HONORIFICS = {"г-н", "г-жа", "господин", "госпожа", "mr", "mrs", "ms", "dr", "sir", "madam", "h.e", "his", "her", "excellency"}
_TITLE_WORDS = {
    # Russian (with the inflections that occur before a name or after "по словам")
    "министр", "министра", "премьер-министр", "премьер-министра", "вице-премьер", "замминистра",
    "заместитель", "заместителя", "посол", "посла", "президент", "президента", "вице-президент",
    "генсек", "генсека", "секретарь", "секретаря", "председатель", "председателя", "директор",
    "директора", "глава", "главы", "спикер", "спикера", "представитель", "представителя",
    "постпред", "постпреда", "советник", "советника", "губернатор", "мэр", "сенатор", "депутат",
    "генерал", "генерала", "профессор", "канцлер", "король", "премьер", "комиссар", "руководитель",
    "руководителя", "начальник", "начальника",
    # English
    "minister", "ambassador", "president", "secretary-general", "secretary", "chair", "chairman",
    "chairwoman", "chairperson", "director", "director-general", "head", "spokesperson",
    "spokesman", "spokeswoman", "representative", "commissioner", "governor", "mayor", "senator",
    "general", "professor", "king", "queen", "chancellor", "envoy", "deputy", "chief", "premier",
    "official", "officer", "coordinator", "rapporteur",
}
_PRONOUNS = {"он", "она", "они", "he", "she", "they"}
_PREPOSITIONS = {"of", "for", "from", "at", "in", "on", "to", "with", "в", "во", "на", "по", "о", "об", "с", "со",
                 "из", "от", "для", "при", "к", "за"}
# Appositives that say nothing about the role: relative and participle clauses.
_TRANSPARENT = {"who", "which", "that", "whose", "speaking", "addressing", "writing", "answering", "as",
                "который", "которая", "которые", "чей", "чья", "выступая", "отвечая", "говоря", "комментируя"}
# Capitalised words that open sentences but never start a name.
_EN_STOP = {
    "however", "but", "and", "meanwhile", "also", "then", "later", "the", "in", "on", "at", "speaking",
    "addressing", "during", "after", "before", "while", "when", "as", "this", "that", "today",
    "yesterday", "finally", "first", "second", "moreover", "furthermore", "a", "an", "for", "with",
}
_CONTINUATION = re.compile(
    r"^(?:Прежде всего|Во-первых|Во-вторых|В-третьих|В-четв[её]ртых|Далее|Наконец|Кроме того|"
    r"Помимо этого|Вместе с тем|Также|Он также|Она также|First(?:ly)?|Second(?:ly)?|Third(?:ly)?|"
    r"Finally|Furthermore|Moreover|In addition|Also|Lastly|Next)\b"
)
_ADVERBS = {"также", "ещё", "еще", "вновь", "снова", "особо", "твёрдо", "твердо", "уже", "неоднократно",
            "публично", "прямо", "then", "also", "further", "again", "later", "repeatedly", "firmly", "has",
            "had", "have", "was", "is", "twice", "once", "publicly", "earlier"}

_ABBREVIATION_DOT = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|St|Sen|Gen|Prof|[A-Z])\.")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_QUOTE_PAIRS = {"«": "»", "“": "”", "„": "“", '"': '"'}
_DASHES = "—–-"


# ---------------------------------------------------------------- speakers
@dataclass
class Speaker:
    name: str | None
    role: str | None = None
    organization: str | None = None
    titles: set[str] = field(default_factory=set)


@dataclass
class Mention:
    name: str | None = None  # as written
    role: str | None = None
    organization: str | None = None
    title: str | None = None  # the title word, lower case
    pronoun: bool = False
    oblique: bool = False  # Russian genitive after "по словам": normalise before storing
    tentative: bool = False  # one capitalised word, no title: a person only if already known


def _stem_equal(a: str, b: str) -> bool:
    a, b = fold_yo(a.lower()), fold_yo(b.lower())
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 3 and long_.startswith(short) and len(long_) - len(short) <= 2


class Registry:
    """The speakers of one article, so later mentions resolve to the same person."""

    def __init__(self) -> None:
        self.speakers: list[Speaker] = []
        self.last: int | None = None

    def resolve(self, mention: Mention) -> int | None:
        index = self._find(mention)
        if index is None:
            if mention.tentative or not (mention.name or mention.role or mention.title):
                return None  # "Delegates said", "Вьетнам заявил": not a person we can name
            name, role = mention.name, mention.role or _title_role(mention.title)
            if mention.oblique:
                name = _nominative(name) if name else None
                role = _nominative_role(role) if role else None
            self.speakers.append(Speaker(name, role, mention.organization))
            index = len(self.speakers) - 1
        speaker = self.speakers[index]
        if mention.title:
            speaker.titles.add(_title_key(mention.title))
        if mention.name and not mention.oblique and speaker.name and \
                len(mention.name.split()) > len(speaker.name.split()):
            speaker.name = mention.name
        if mention.role and not mention.oblique and (not speaker.role or speaker.role.lower() in _TITLE_WORDS):
            speaker.role = mention.role  # the first role stated wins over later paraphrases
        if mention.organization and not speaker.organization:
            speaker.organization = mention.organization
        self.last = index
        return index

    def _find(self, mention: Mention) -> int | None:
        if mention.pronoun:
            return self.last
        if mention.name:
            tokens = mention.name.split()
            for index in range(len(self.speakers) - 1, -1, -1):
                known = (self.speakers[index].name or "").split()
                surname_agrees = _stem_equal(tokens[-1], known[-1]) if known else False
                if known and (surname_agrees or len(tokens) == 1) and all(
                    any(_stem_equal(t, k) for k in known) for t in tokens
                ):  # "Брандолино", "Джона Брандолино"; a lone "Li" for "Li Wei"
                    return index
            return None
        if mention.title:
            key = _title_key(mention.title)
            for index in range(len(self.speakers) - 1, -1, -1):
                if key in self.speakers[index].titles:
                    return index
        return None


def _title_key(title: str) -> str:
    word = title.lower().split()[-1]
    for suffix in ("а", "я", "ы"):
        if word.endswith(suffix) and word[:-1] in _TITLE_WORDS:
            return word[:-1]
    return {"посла": "посол", "главы": "глава"}.get(word, word)


def _title_role(title: str | None) -> str | None:
    return _title_key(title) if title else None


def _nominative(name: str) -> str:
    """"Джона Брандолино" → "Джон Брандолино", "Марии Захаровой" → "Мария Захарова".

    Only used for Russian mentions in the genitive ("по словам …"). Words pymorphy3 reads as
    a genitive first name, surname or patronymic are put in the nominative, in the gender of
    the first name; other words (most foreign surnames are indeclinable) stay as written.
    """
    parses = [[p for p in morph().parse(word) if "gent" in p.tag and {"Name", "Surn", "Patr"} & _grammemes(p)]
              for word in name.split()]
    genders = [p[0].tag.gender for p in parses if p and "Name" in p[0].tag]
    words = []
    for word, candidates in zip(name.split(), parses):
        if genders:
            candidates = [p for p in candidates if p.tag.gender == genders[0]] or candidates
        inflected = candidates[0].inflect({"nomn"}) if candidates else None
        words.append(inflected.word.capitalize() if inflected else word)
    return " ".join(words)


def _nominative_role(role: str) -> str:
    """"министра иностранных дел" → "министр иностранных дел": only the head noun changes."""
    head, _, rest = role.partition(" ")
    parse = next((p for p in morph().parse(head) if "gent" in p.tag and p.tag.POS == "NOUN"), None)
    inflected = parse.inflect({"nomn"}) if parse else None
    return f"{inflected.word} {rest}".strip() if inflected else role


def _grammemes(parse) -> set[str]:
    return set(str(parse.tag).replace(" ", ",").split(","))


def _not_name_word(word: str, cyrillic: bool) -> bool:
    lower = word.lower()
    if lower in _TITLE_WORDS or lower.rstrip(".") in _HONORIFICS or lower in _EN_STOP:
        return True
    if len(word) > 1 and word.isupper():
        return True  # an acronym (МИД, UNODC) belongs to a role, not a name
    if not cyrillic or not morph().word_is_known(lower):
        return False  # unknown words (most foreign names) may be names
    parse = morph().parse(word)[0]
    tag = parse.tag
    if {"Name", "Surn", "Patr"} & _grammemes(parse):
        return False
    return "Geox" in tag or "Orgn" in tag or (tag.POS in {"CONJ", "ADVB", "PREP", "PRCL", "GRND", "NPRO", "VERB", "INFN"} and parse.score > 0.5)


# ---------------------------------------------------------------- mention parsing
def _words(text: str) -> list[re.Match]:
    return list(_WORD.finditer(text))


def _capitalised(word: str) -> bool:
    return word[0].isupper()


def _joined_as_name(text: str, left: re.Match, right: re.Match) -> bool:
    gap = text[left.end():right.start()]
    return gap.strip() in ("", ".") and "\n" not in gap and (gap.strip() != "." or len(left.group()) <= 2)


def mention_before(text: str) -> Mention | None:
    """The speaker mentioned at the end of ``text`` (the words just before a speech verb)."""
    words = _words(text)
    while words and words[-1].group().lower() in _ADVERBS and not text[words[-1].end():].strip(" "):
        text = text[:words[-1].start()]
        words = words[:-1]
    stripped = text.rstrip()
    appositive = None
    if stripped.endswith(","):
        inner = stripped[:-1]
        cut = inner.rfind(",")
        if cut > 0:
            candidate = inner[cut + 1:].strip()
            head = _words(candidate)
            if head and head[0].group().lower() in _TRANSPARENT:
                stripped = inner[:cut].rstrip()  # "X, who chairs …, said", "X, выступая …, заявил"
                appositive = ""
            elif head and (not _capitalised(head[0].group()) or head[0].group().lower() in _TITLE_WORDS
                           or head[0].group().lower() in {"the", "a"}):
                appositive = candidate
                stripped = inner[:cut].rstrip()
            elif head and all(_capitalised(w.group()) for w in head) and len(head) <= 4:
                return _role_then_name(inner[:cut], candidate)  # "the climate chief, Wopke Hoekstra,"
        if appositive is None:
            return None
    if not stripped or not (stripped[-1].isalpha() or stripped[-1] in "'’"):
        return None
    words = _words(stripped)
    if not words:
        return None
    cyrillic = has_cyrillic(stripped)
    last = words[-1].group()
    if last.lower() in _PRONOUNS and not appositive:
        return Mention(pronoun=True)
    # the run of capitalised words at the end is the name candidate
    start = len(words) - 1
    while start > 0 and _capitalised(words[start - 1].group()) and _joined_as_name(stripped, words[start - 1], words[start]) \
            and words[start - 1].group().lower() not in _TITLE_WORDS and words[start - 1].group().lower().rstrip(".") not in _HONORIFICS:
        start -= 1
    name_words = words[start:] if _capitalised(last) else []
    while name_words and _not_name_word(name_words[0].group(), cyrillic):
        name_words = name_words[1:]
    before_name = words[words.index(name_words[0]) - 1].group().lower() if name_words and name_words[0] is not words[0] else ""
    if before_name in _PREPOSITIONS:
        name_words = []  # "the representative of Brazil": a title's complement, not a person
    role_end = name_words[0].start() if name_words else len(stripped)
    role_words = [w for w in words if w.end() <= role_end]
    title_index = role_start = None
    for i in range(len(role_words) - 1, max(-1, len(role_words) - 7), -1):
        word = role_words[i].group()
        if word.lower() in _TITLE_WORDS:
            title_index = role_start = i
        elif title_index is None:
            continue
        elif not cyrillic and _capitalised(word) and word.lower() not in _EN_STOP:
            role_start = i  # "Foreign Minister", "UNODC Director"
        else:
            break
    if not name_words and title_index is None:
        return None
    if not name_words and title_index is not None and any(
            w.group().lower() in _PREPOSITIONS for w in role_words[title_index + 1:]):
        # "the representative of Brazil": an unnamed official, not a title to resolve by
        role = _strip_honorific(stripped[role_words[role_start].start():].strip(" ,"))
        return Mention(role=role[0].lower() + role[1:] if cyrillic else role)
    title = role = None
    if title_index is not None:
        title = role_words[title_index].group().lower()
        role = stripped[role_words[role_start].start():role_end].strip(" ,")
        role = _strip_honorific(role) or None
        if role and cyrillic and role.split()[0].lower() in _TITLE_WORDS:
            role = role[0].lower() + role[1:]
    name = " ".join(w.group() for w in name_words) or None
    organization = None
    if appositive:
        role = _strip_honorific(appositive)
        organization = _organization_from(appositive)
    tentative = len(name_words) == 1 and title is None and not appositive and not (
        cyrillic and _is_surname(name_words[0].group()))
    return Mention(name=name, role=role, organization=organization, title=title, tentative=tentative)


def _is_surname(word: str) -> bool:
    return any({"Surn", "Name"} & _grammemes(p) for p in morph().parse(word)[:2]) or not morph().word_is_known(word.lower())


def _role_then_name(before: str, name: str) -> Mention | None:
    """"The European Union's climate chief, Wopke Hoekstra," → the role precedes the name."""
    clause = re.split(r"[.!?;:]\s|,\s", before)[-1].strip()
    words = _words(clause)
    if not words or words[-1].group().lower() not in _TITLE_WORDS:
        return None
    if words[0].group().lower() in {"the", "a", "an"}:
        clause = clause[words[0].end():].strip()
    return Mention(name=name, role=_strip_honorific(clause), title=words[-1].group().lower())


def mention_after(text: str) -> Mention | None:
    """The speaker named at the start of ``text`` (the words just after a speech verb)."""
    words = _words(text)
    if not words:
        return None
    first = words[0].group()
    if first.lower() in _PRONOUNS:
        return Mention(pronoun=True)
    masked = _ABBREVIATION_DOT.sub(lambda m: m.group()[:-1] + " ", text)  # "Ms. Lopez" is one clause
    end_of_clause = re.search(r"[.;!?]\s|[.;!?]?$", masked)
    clause = text[:end_of_clause.start()] if end_of_clause else text
    appositive_cut = clause.find(",")
    head = clause[:appositive_cut] if appositive_cut >= 0 else clause
    mention = mention_before(head.rstrip(" ."))
    if mention is None:
        return None
    if appositive_cut >= 0:
        appositive = clause[appositive_cut + 1:].strip(" ,.")
        if appositive:
            mention.role = _strip_honorific(appositive)
            mention.organization = mention.organization or _organization_from(appositive)
    return mention


def _strip_honorific(role: str) -> str:
    words = role.split()
    while words and words[0].lower().rstrip(".") in _HONORIFICS:
        words = words[1:]
    return " ".join(words)


def _organization_from(appositive: str) -> str | None:
    """An organization the appositive states: an acronym in parentheses, "(УНП ООН)", "(UNODC)"."""
    found = re.findall(r"\(([^()]{2,40})\)", appositive)
    return found[-1].strip() if found else None


# ---------------------------------------------------------------- paragraph analysis
@dataclass
class Piece:
    start: int
    end: int
    speaker: int | None
    mode: str
    attribution: str | None = None
    stance: bool = False  # a stance verb without a person subject


def _find_quotes(paragraph: str) -> list[tuple[int, int, int, int]]:
    """(open, inner_start, inner_end, close_end) of top-level quotes in ``paragraph``."""
    quotes, i = [], 0
    while i < len(paragraph):
        char = paragraph[i]
        closing = _QUOTE_PAIRS.get(char)
        if closing is None:
            i += 1
            continue
        depth, j = 1, i + 1
        while j < len(paragraph):
            if paragraph[j] == closing:
                depth -= 1
                if depth == 0:
                    break
            elif paragraph[j] == char and closing != char:
                depth += 1
            j += 1
        if j >= len(paragraph):
            i += 1
            continue
        quotes.append((i, i + 1, j, j + 1))
        i = j + 1
    return quotes


def _attributed_quote(paragraph: str, quote: tuple[int, int, int, int], verb: re.Pattern,
                      registry: Registry):
    """(piece, consumed_start, consumed_end) when the quote has an attribution, else None."""
    open_, inner_start, inner_end, close_end = quote
    after = paragraph[close_end:]
    match = re.match(rf"\s*[,.!?…]?\s*[{_DASHES}]?\s*", after)
    rest = after[match.end():]
    verb_match = verb.match(rest)
    punctuated = match.group().strip() or paragraph[inner_end - 1:inner_end] in ",.!?…"
    if verb_match and punctuated:
        mention = mention_after(rest[verb_match.end():].lstrip())
        if mention:
            tail = _ABBREVIATION_DOT.sub(lambda m: m.group()[:-1] + " ", rest[verb_match.end():])
            sentence_end = re.search(r"[.!?…](?=\s|$)|$", tail)
            consumed_end = close_end + match.end() + verb_match.end() + sentence_end.end()
            return _quote_piece(paragraph, inner_start, inner_end, open_, consumed_end,
                                close_end, mention, registry)
    # "X said, "…"" / "X отметил: «…»"
    before = paragraph[:open_].rstrip()
    if before.endswith((":", ",")):
        clause_start = max([before.rfind(p) + 2 for p in (". ", "! ", "? ") if p in before], default=0)
        clause = before[clause_start:-1]
        for verb_match in reversed(list(verb.finditer(clause))):
            if clause[verb_match.end():].strip():
                continue
            mention = mention_before(clause[:verb_match.start()])
            if mention:
                consumed_end = close_end + len(re.match(r"[.!?…]?", paragraph[close_end:]).group())
                return _quote_piece(paragraph, inner_start, inner_end, clause_start, consumed_end,
                                    open_, mention, registry)
    # a trailing English attribution: '"…," Smith said.'
    mention_match = re.match(r"\s*,?\s*(.{1,80}?)\s+(?:" + _EN_VERB.pattern + r")[^.!?\"“”«»]{0,60}[.!?]", after)
    if verb is not _RU_VERB and mention_match:
        mention = mention_before(mention_match.group(1))
        if mention:
            return _quote_piece(paragraph, inner_start, inner_end, open_, close_end + mention_match.end(),
                                close_end, mention, registry)
    return None


def _quote_piece(paragraph, inner_start, inner_end, consumed_start, consumed_end, attribution_at,
                 mention, registry):
    """A direct piece for the quote (None when the mention is nobody we can name); the
    attribution is the consumed text outside the quote."""
    speaker = registry.resolve(mention)
    if speaker is None:
        return None
    inner_text = paragraph[inner_start:inner_end]
    inner_start += len(inner_text) - len(inner_text.lstrip())
    inner_end -= len(inner_text) - len(inner_text.rstrip(" ,"))
    if attribution_at >= inner_end:
        attribution = paragraph[attribution_at:consumed_end]
    else:
        attribution = paragraph[consumed_start:attribution_at]
    piece = Piece(inner_start, inner_end, speaker, "direct", attribution.strip(" ,—–-:"))
    return piece, consumed_start, consumed_end


def _dash_quote(paragraph: str, verb: re.Pattern, registry: Registry):
    """A line opening with a dash: "— Мы готовы, — сказал министр."."""
    if not paragraph[:1] in _DASHES:
        return None
    for match in re.finditer(rf"([,.!?…])\s*[{_DASHES}]\s*", paragraph[1:]):
        rest = paragraph[1 + match.end():]
        verb_match = verb.match(rest)
        if verb_match:
            mention = mention_after(rest[verb_match.end():].lstrip())
            if mention:
                inner_end = 1 + match.start() + (0 if match.group(1) == "," else 1)
                return _quote_piece(paragraph, 1, inner_end, 0, len(paragraph), 1 + match.start(), mention, registry)
    return None


def _classify_sentence(sentence: str, verb: re.Pattern, cyrillic: bool, registry: Registry):
    """(speaker or None, mode, attribution, stance) for a sentence outside quotes."""
    according = _ACCORDING.search(sentence)
    if according:
        clause = sentence[according.end():].split(",")[0]
        mention = mention_before(clause.strip()) if clause.strip() else None
        if mention:
            mention.oblique = cyrillic
            speaker = registry.resolve(mention)
            if speaker is not None:
                return speaker, "reported", sentence[according.start():according.end() + len(clause)], False
    stance = False
    for verb_match in verb.finditer(sentence):
        mention = mention_before(sentence[:verb_match.start()]) or _mention_across_adverbial(sentence[:verb_match.start()])
        if mention:
            speaker = registry.resolve(mention)
            if speaker is not None:
                return speaker, "reported", None, False
        if _STANCE.match(verb_match.group()):
            stance = True
        tail = sentence[verb_match.end():]
        if sentence[:verb_match.start()].rstrip().endswith((",", "—", "–")) and re.fullmatch(r"\s*[^,]{2,80}?[.!?]?\s*", tail):
            mention = mention_after(tail.strip())
            if mention:
                speaker = registry.resolve(mention)
                if speaker is not None:
                    return speaker, "reported", None, False
    if not cyrillic:
        trailing = re.search(r",\s*([^,]{2,80}?)\s+(?:" + _EN_VERB.pattern + r")\s*\.?\s*$", sentence)
        if trailing:
            mention = mention_before(trailing.group(1))
            speaker = registry.resolve(mention) if mention else None
            if speaker is not None:
                return speaker, "reported", None, False
    return None, "narration", None, stance


def _mention_across_adverbial(text: str) -> Mention | None:
    """"Сергей Лавров в ходе пресс-конференции заявил": skip up to five lower-case words
    between a named subject and its verb (never across punctuation, never a lone word)."""
    words = _words(text)
    for skip in range(1, 6):
        if len(words) <= skip or _capitalised(words[-skip].group()):
            return None
        head = text[:words[-skip].start()]
        if re.search(r"[,;:.!?«»\"“”—–]", text[len(head.rstrip()):]):
            return None
        mention = mention_before(head)
        if mention and mention.name and not mention.tentative:
            return mention
    return None


def _whole_quote(sentence: str) -> tuple[int, int] | None:
    """Inner (start, end) when the sentence is one quotation and nothing else."""
    closing = _QUOTE_PAIRS.get(sentence[:1])
    end = len(sentence.rstrip(".!?…"))
    if closing and end > 2 and sentence[end - 1] == closing and closing not in sentence[1:end - 1]:
        return 1, end - 1
    return None


def _is_heading(paragraph: str) -> bool:
    line = paragraph.strip()
    return bool(line) and line[-1] not in ".!?…:;»\"”" and len(line) < 150 and "\n" not in line


@dataclass
class Paragraph:
    start: int
    text: str
    pieces: list[Piece]
    heading: bool


def attribute(body: str, language: str | None) -> tuple[list[Paragraph], Registry]:
    """Paragraphs of ``body`` with their attributed pieces (offsets relative to each paragraph)."""
    from ..segmentation import split_sentences

    cyrillic = is_cyrillic_language(language) if language else has_cyrillic(body)
    verb = _RU_VERB if cyrillic else _EN_VERB
    registry = Registry()
    paragraphs: list[Paragraph] = []
    position = 0
    for raw in body.split("\n"):
        start = position
        position += len(raw) + 1
        stripped = raw.strip()
        if not stripped:
            continue
        text = stripped
        offset = start + raw.index(stripped[0])
        heading = _is_heading(text)
        pieces: list[Piece] = []
        direct = []
        if not heading:
            dash = _dash_quote(text, verb, registry)
            if dash:
                direct.append(dash)
            else:
                for quote in _find_quotes(text):
                    found = _attributed_quote(text, quote, verb, registry)
                    if found:
                        direct.append(found)
        cursor = 0
        current: int | None = None
        for piece, consumed_start, consumed_end in direct + [(None, len(text), len(text))]:
            gap = text[cursor:consumed_start]
            for s, e in split_sentences(gap, "ru" if cyrillic else "en"):
                if heading:
                    pieces.append(Piece(cursor + s, cursor + e, None, "narration"))
                    continue
                speaker, mode, attribution, stance = _classify_sentence(gap[s:e], verb, cyrillic, registry)
                quoted = _whole_quote(gap[s:e])
                if speaker is None and quoted and pieces and pieces[-1].mode == "direct":
                    # a further quote, unattributed, right after a direct quote: same speaker
                    pieces.append(Piece(cursor + s + quoted[0], cursor + s + quoted[1], pieces[-1].speaker,
                                        "direct", "(continues the previous quote)"))
                    continue
                if speaker is None and current is not None:
                    speaker, mode = current, "continued"
                pieces.append(Piece(cursor + s, cursor + e, speaker, mode, attribution, stance))
                current = speaker if speaker is not None else current
            if piece is not None:
                pieces.append(piece)
                current = piece.speaker
            cursor = max(cursor, consumed_end)
        paragraphs.append(Paragraph(offset, text, pieces, heading))
    _continue_across_paragraphs(paragraphs)
    return paragraphs, registry


def _continue_across_paragraphs(paragraphs: list[Paragraph]) -> None:
    """Give unattributed paragraphs to the speaker they continue (see the module docstring)."""
    def last_speaker(index: int) -> int | None:
        if index < 0 or paragraphs[index].heading or not paragraphs[index].pieces:
            return None
        return paragraphs[index].pieces[-1].speaker

    def first_speaker(index: int) -> int | None:
        if index >= len(paragraphs) or paragraphs[index].heading or not paragraphs[index].pieces:
            return None
        return paragraphs[index].pieces[0].speaker

    for i, paragraph in enumerate(paragraphs):
        if paragraph.heading or not paragraph.pieces or paragraph.pieces[0].speaker is not None:
            continue
        previous = last_speaker(i - 1)
        if previous is None:
            continue
        opens_list = bool(_CONTINUATION.match(paragraph.text))
        stance = paragraph.pieces[0].stance
        unattributed = all(p.speaker is None for p in paragraph.pieces)
        sandwiched = unattributed and first_speaker(i + 1) == previous
        if opens_list or stance or sandwiched:
            for piece in paragraph.pieces:
                if piece.speaker is not None:
                    break
                piece.speaker, piece.mode = previous, "continued"


# ---------------------------------------------------------------- loading
def split_article(body: str, meta: dict) -> list[dict]:
    """Statement rows (schema columns + ``mode``, ``attribution``) for one article."""
    language = meta.get("language") or detect_language(body[:LANGUAGE_SAMPLE_CHARS])
    paragraphs, registry = attribute(body, language)
    doc_id = str(meta["doc_id"])
    meta = {**meta, "language": language}
    publisher = meta.get("publisher") or meta.get("organization")
    common = {k: v for k, v in meta.items()
              if k not in ("format", "speaker", "role", "organization", "publisher", "doc_id", "text")}
    rows: list[dict] = []
    for paragraph in paragraphs:
        for group in _merge(paragraph.pieces):
            first, last = group[0], group[-1]
            text = paragraph.text[first.start:last.end] if len(group) > 1 else paragraph.text[first.start:first.end]
            speaker = registry.speakers[first.speaker] if first.speaker is not None else None
            rows.append({
                **common,
                "statement_id": f"{doc_id}:{len(rows):03d}",
                "doc_id": doc_id,
                "text": text,
                "speaker": speaker.name if speaker else None,
                "role": (speaker.role if speaker else "narrator"),
                "organization": speaker.organization if speaker else publisher,
                "publisher": publisher,
                "mode": first.mode,
                "attribution": "; ".join(p.attribution for p in group if p.attribution) or None,
                "body_offset": paragraph.start + first.start,  # where the statement starts in the article body
            })
    return rows


def _merge(pieces: list[Piece]) -> list[list[Piece]]:
    """Consecutive pieces with the same speaker and mode (never merging direct quotes)."""
    groups: list[list[Piece]] = []
    for piece in pieces:
        if groups and piece.mode != "direct" and groups[-1][-1].mode == piece.mode \
                and groups[-1][-1].speaker == piece.speaker:
            groups[-1].append(piece)
        else:
            groups.append([piece])
    return groups


def load_article(body: str, meta: dict, collector: Collector) -> None:
    """Add the statements of one article; an article with no text is one ``empty`` unit."""
    rows = split_article(body, meta) if body.strip() else []
    if not rows:
        collector.reject(meta.get("source", meta["doc_id"]), "empty", "the article has no text")
        return
    for row in rows:
        collector.add(row)
