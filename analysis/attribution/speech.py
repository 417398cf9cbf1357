"""Whether a speech verb is speech where it stands: not in the passive ("was reported missing", "He was also
praised"), negated ("did not say", «не называет»), as a noun or adjective ("ten states", "the most pledged
delegates"), as an action's circumstance ("…, with officials saying …") or an official act ("declared a state of
emergency", «объявил режим ЧС», «признал … виновным») or a call ("spoke with Chancellor X", "spoke by phone"); "continued"
only with words after it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .vocabulary import (ARTICLES, BARE_STEMS, CLAUSE_AUXILIARIES, DECLARED_ACTS, DECLARED_AS_ACTS, DOCUMENT_SAYINGS,
                         EN_STOP, INSTITUTIONS, LEGISLATURES, _alternation,
                         NEGATED_CLAUSE_ONLY, NEGATED_ONLY, NEGATING_AUXILIARIES, NEGATION_ADVERBS, OBJECT_ACTS,
                         OBJECT_GATES, OBJECT_ONLY, OBJECT_ONLY_CLAUSE, RU_VERB,
                         POSSESSIVES, PREPOSITIONS, RULING_SUBJECTS, VOTED_ON, VOTE_STEMS, WORD, known_word, parses)

_NEGATED = re.compile(rf"\b(?:(?:{'|'.join(NEGATING_AUXILIARIES)})(?:\s+not|n[’']t)|won[’']t|declined to|refused to)"
                      rf"(?:\s+(?:{'|'.join(NEGATION_ADVERBS)}))?\s*$", re.IGNORECASE)  # "has not yet commented"
_AUXILIARY = "|".join(CLAUSE_AUXILIARIES)  # "will", "would", "has", …: a clause's verb follows
_CLAUSE_AFTER = re.compile(r"\s*,?\s*(?:что|как|чт\w+)\b|\s*[:—–]", re.IGNORECASE)  # «не скрывает, что …»
_PERFECT = re.compile(rf"^(?:{_AUXILIARY})\s+")  # the auxiliary EN_VERB takes along ("has pledged")
_INSERTED = re.compile(r"[,—–]\s*не\s*$")  # «Давление, не скрывает посол, серьёзное»: a parenthesis
_WITH_SUBJECT = re.compile(r"\bwith\s+(?:[\w.'’-]+\s+){1,4}$")
_NEGATED_RU = re.compile(r"\bне\s*$", re.IGNORECASE)
_RULING_RU = re.compile(r"призна\w*\s+(?:\S+\s+){0,6}?(?:не)?виновн|обрати\w*\s+за\s")  # a verdict; «обратился за убежищем»
_PASSIVE = re.compile(r"\b(?:was|were|is|are|be|been|being|get|got|gets)(?:\s+(?:\w+ly|also|then|later|since|already|never|"
                      r"not|once|first|even|still|long|widely|often))*\s*$", re.IGNORECASE)  # "He was also praised"
# a verb form after a determiner or number is a noun or an adjective ("ten states", "the most pledged delegates",
# "his stated aim"), and an -s form after a preposition a plural noun ("in swing states", "of the disputes")
_NOUN_OR_ADJECTIVE = re.compile(r"\b(?:the|a|an|these|those|its|their|our|such|several|many|most|few|\d+(?:[.,]\d+)*|two|three|"
                                r"four|five|six|seven|eight|nine|ten|dozens of|hundreds of)\s*$", re.IGNORECASE)
_PLURAL_NOUN = re.compile(r"\b(?:in|of|for|with|about|over|amid|against|into|on|[A-Z][a-z]+ern)\s*$")
# "continued" is speech only where words follow it: a quotation, or "by saying / noting …" ("Lam continued, "…"")
_GOES_ON = re.compile(r"\s*(?:[,:]\s*[\"“‘«]|by\s+\w+ing\b|,?\s+(?:in|on)\s+(?:a|the|his|her|its)\s+\w+\s*[,:]\s*[\"“‘«])")
# a call, like a meeting, is an act: "spoke with Chancellor Reimer", "spoke by phone" (not "spoke to reporters")
_CALL = re.compile(r"\s+(?:(?:by|on\s+the|over\s+the)\s+(?:tele)?phone\b|with\s+(?:[A-Z]|(?:his|her|their)\s+(?:[\w-]+\s+)?counterparts?\b))")
# «выступил» is speech with what was said («с заявлением», «с докладом», «против», «в защиту», «за»), not where
# («выступил на форуме», «На мероприятии выступил X»: an appearance)
_APPEARANCE_RU = re.compile(r"^выступ")
_DOCUMENT_VERB = re.compile(rf"^(?:{_alternation(DOCUMENT_SAYINGS['verbs'])})$", re.IGNORECASE)
_DOCUMENT = (rf"(?:{_alternation(DOCUMENT_SAYINGS['documents'])}|(?:{_alternation(DOCUMENT_SAYINGS['joint'])})\w*\s+"
             rf"(?:[\w-]+\s+)?(?:{_alternation(DOCUMENT_SAYINGS['statements'])}))")
# the document as the head of the «в …» phrase: the words before it stop at a preposition («в заявлении МИД по
# докладу ООН» is the ministry's statement about a report, review of round 22)
_BEFORE_HEAD = rf"(?:(?!(?:{_alternation(DOCUMENT_SAYINGS['stops'])})\s)[\w-]+\s+)"
_IN_DOCUMENT_AFTER = re.compile(rf"\s*в\s+{_BEFORE_HEAD}{{0,5}}?{_DOCUMENT}", re.IGNORECASE)  # «говорится в … докладе»
_IN_DOCUMENT_BEFORE = re.compile(rf"(?:^|\s)в\s+{_BEFORE_HEAD}{{0,2}}?{_DOCUMENT}\w*(?:\s+[^\s,.;:]+){{0,4}}\s*$",
                                 re.IGNORECASE)  # «В докладе ООН говорится»
_SAID_RU = re.compile(r"(?:(?:^|\s)(?:со?\s+(?:[\w-]+\s+){0,2}?(?:заявлени|реч|доклад|обращени|критик|призыв|предложени|"
                      r"инициатив|лекци|коммента|сообщени|ответ|словам|упрёк|упрек|осуждени|протест|резк)|против\b|"
                      r"в\s+защиту|в\s+поддержку|за\s)|:|\s—\s|,\s*(?:что|заявив|сказав|отметив|подчеркнув))",
                      re.IGNORECASE)  # guillemets alone say nothing: they name events too («на форуме «Движение первых»»)
_SPOKE = {"spoke", "speaks", "speak", "spoken", "speaking"}
_DETERMINER = re.compile(r"\b(?:a|an|the|this|that|its|his|her|their|any|no)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_ACT_EN = re.compile(r"\s+(?:(?:a|an|the)\s+)?(?:(?:national\s+|local\s+)?state\s+of\s+(?:emergency|disaster|war)|martial\s+law|"
                     r"war\b|independence|(?:a\s+)?curfew|bankruptcy|"
                     r"off\b|(?:an?\s+|snap\s+|early\s+)*(?:election|referendum|vote)s?\b|(?:a\s+)?(?:national\s+|public\s+health\s+)?emergency)",
                     re.IGNORECASE)
# "declared tomorrow a day of mourning", «объявили трёхдневный траур» (``DECLARED_ACTS``); not "declared that …"
_CLAUSE = re.compile(rf"\s*(?:(?!that\b|which\b|who\b)[\w'’-]+\s+){{1,4}}?(?:{_AUXILIARY})\b", re.IGNORECASE)
_DECLARED_ACT = {language: re.compile(rf"\s*(?:(?!that\b|что\b|(?:{_AUXILIARY})\b)[\w-]+\s+|an?\s+[\"“]){{0,5}}?(?:{acts})\b",
                                      re.IGNORECASE)  # (not "declared the nation was in mourning": a clause; a
                 # quote only after "a": 'declared a "day of mourning"')
                 for language, acts in DECLARED_ACTS.items()}
# what something is declared to be (``DECLARED_AS_ACTS``), after "a"/"an" at most three words into the object:
# "declared the drought an emergency", 'declared the outbreak a "public health emergency"', "declared a drought
# emergency"; not "declared its support for emergency workers", 'declared the "emergency" a hoax' (review of round 24)
_DECLARED_AS_ACT = re.compile(rf"\s*(?:(?!that\b|which\b|who\b|(?:{_AUXILIARY})\b)[\w-]+\s+){{0,3}}?an?\s+[\"“]?"
                              rf"(?:[\w-]+\s+){{0,2}}?(?:{DECLARED_AS_ACTS})\b", re.IGNORECASE)
_ACT_RU = re.compile(r"\s*(?:\w+\s+)?(?:чрезвычайн\w+\s+положени|режим\w*\s+(?:ЧС|чрезвычайн|КТО|контртеррор)|военн\w+\s+положени|"
                     r"войну|мобилизаци|в\s+розыск|комендантск|амнисти|досрочн\w+\s+выбор|референдум)", re.IGNORECASE)


def not_speech(head: str, verb: str, tail: str, cyrillic: bool) -> bool:
    """A speech verb that is no speech here: passive ("X was quickly reported missing", "he was told"), negated
    ("the ministry did not say", «издание не называет»), an action's circumstance ("…, with officials saying …"),
    "warning" as a noun ("issued a hurricane warning"), or an official act declared or called ("declared a state of
    emergency", "called a snap election", «объявил режим ЧС», «объявлен в розыск»; announcing mourning is speech) or
    a call made ("spoke with Chancellor Reimer", "spoke by phone"; "spoke to reporters" is speech) or an appearance
    («выступил на форуме»; «выступил с заявлением», «выступил против» are speech); a legislature's vote ("The Senate
    confirmed the nomination", «Парламент выразил доверие …»), a day of mourning declared, a ruling or a refusal
    gated by the object ("dismissed the lawsuit", "denied entry"); a report's or a joint statement's words
    («говорится в докладе …», «отмечается в совместном заявлении»)."""
    if cyrillic and _DOCUMENT_VERB.match(verb) and (_IN_DOCUMENT_AFTER.match(tail) or _IN_DOCUMENT_BEFORE.search(head)):
        return True  # «говорится в докладе генерального директора X», «в совместном заявлении»: a document's words
    last_verb = verb.lower().rsplit(None, 1)[-1]  # (also "has declared")
    declares = last_verb.startswith(("declar", "call", "объяв"))
    if verb.lower().startswith(VOTE_STEMS) and _voted_down(head, tail, cyrillic):
        return True
    if declares and _DECLARED_ACT["ru" if cyrillic else "en"].match(tail):
        return True
    if not cyrillic and last_verb.startswith("declar") and _DECLARED_AS_ACT.match(tail):
        return True  # "declared the drought an emergency"; "called for an emergency meeting" speaks
    if cyrillic and _object_act(verb.lower(), tail):
        return True  # «не исключил депутата», «озвучил главного героя»
    only = next((words for stem, words in OBJECT_ONLY.items() if verb.lower().startswith(stem)), None) \
        if cyrillic else None
    if only is not None and not _states(only, tail):
        return True  # «ограничился осмотром», «ограничился тем, что пожал руку»: no statement after it
    if verb.lower().rsplit(None, 1)[-1].startswith(NEGATED_ONLY) or verb.lower().endswith(NEGATED_ONLY):
        feelings = next((words for stem, words in NEGATED_CLAUSE_ONLY.items() if verb.lower().startswith(stem)), None)
        if cyrillic and feelings is not None and not _CLAUSE_AFTER.match(tail) and not _INSERTED.search(head) \
                and not any(w.lower().startswith(feelings) for w in WORD.findall(tail)[:2]):
            return True  # «не скрывал слёз», «не скрывал доходов»; «не скрывает, что …», «не скрывал раздражения» speak
        return (_NEGATED_RU if cyrillic else _NEGATED).search(head) is None \
            or not cyrillic and _ruling(head)  # "did not rule out", «не исключили»; not "The court did not rule out"
    if cyrillic:
        return _NEGATED_RU.search(head) is not None or verb.lower() in BARE_STEMS and _thing_subject(head) or declares and _ACT_RU.match(tail) is not None \
            or _RULING_RU.match(verb.lower() + tail) is not None \
            or _APPEARANCE_RU.match(verb.lower()) is not None and _SAID_RU.search(head[-60:] + " " + tail) is None
    gerund, lower = verb.endswith("ing"), verb.lower()
    if _gated_out(lower, tail):
        return True
    could = _could_end(head.rsplit(None, 1)[-1] if head and not head.isspace() else "")
    return bool(not gerund and _PASSIVE in could and _PASSIVE.search(head)
                or _NEGATED in could and _NEGATED.search(head) or _negated_across(head) or gerund and "with" in head and _WITH_SUBJECT.search(head)
                or lower == "warning" and _DETERMINER.search(head) or declares and _ACT_EN.match(tail)
                or _NOUN_OR_ADJECTIVE in could and _NOUN_OR_ADJECTIVE.search(head)
                or lower.endswith("s") and _PLURAL_NOUN in could and _PLURAL_NOUN.search(head)
                or lower.startswith("continue") and not _GOES_ON.match(tail) or lower in _SPOKE and _CALL.match(tail) is not None)


def _object_act(verb: str, tail: str) -> bool:
    """«Не исключил сенатора … из состава», «озвучил главного героя», «озвучила принцессу в … фильме»: a stem of
    ``OBJECT_ACTS`` whose object is a person (an animate noun, adjectives skipped) or with its act's words in the
    clause; «не исключил повышения налогов», «озвучил позицию России» are speech."""
    stem = next((stem for stem in OBJECT_ACTS if verb.rsplit(None, 1)[-1].startswith(stem)), None)
    if stem is None:
        return False
    words = [w.lower() for w in WORD.findall(re.split(r"[,;:.!?—«]", tail)[0])]
    if set(words) & OBJECT_ACTS[stem]:
        return True
    for word in words[:3]:
        best = parses(word)[:1]
        if best and best[0].tag.POS == "NOUN":
            return best[0].tag.animacy == "anim" and best[0].tag.case in ("accs", "gent")
    return False


def _ruling(head: str) -> bool:
    """"The court did not rule out …": a court's ruling (``RULING_SUBJECTS`` heading the subject) is narration."""
    subject = WORD.findall(_NEGATED.sub("", head))
    return bool(subject) and subject[-1].lower() in RULING_SUBJECTS


def negation_start(head: str, cyrillic: bool) -> int | None:
    """Where a negation ending ``head`` starts ("The Kremlin| did not (rule out)", «В Кремле |не (исключили)»), so the
    subject is read before it; None when the head ends in none."""
    found = (_NEGATED_RU if cyrillic else _NEGATED).search(head)
    return found.start() if found else None


def _states(only: frozenset, tail: str) -> bool:
    """Whether an object_only verb's first words are a statement («ограничился словами», «ограничился тем, что
    напомнил …»): a clause word (``OBJECT_ONLY_CLAUSE``) counts only when a speech verb follows in its clause."""
    first = [w.lower() for w in WORD.findall(tail)[:4]]
    found = set(first) & only
    if not found - OBJECT_ONLY_CLAUSE["words"]:
        return bool(found) and not set(first) & OBJECT_ONLY_CLAUSE["blocked_by"] \
            and RU_VERB.search(re.split(r"[;.!?]", tail)[0]) is not None
    return True


def _gated_out(verb: str, tail: str) -> bool:
    """"defended his title", "credited the accounts", "cited the driver for speeding": no speech by the first
    words of the object (``OBJECT_GATES``)."""
    verb = _PERFECT.sub("", verb)  # "has pledged $250 million" is gated as "pledged" is
    gate = next((gate for stem, gate in OBJECT_GATES.items() if verb.startswith(stem)), None)
    if gate is None:
        return False
    if _SAID_TOO.search(tail):  # "has pledged $250 million and said more would follow": speech after all
        return False
    found = [w.lower() for w in WORD.findall(re.split(r"[,;:.!?]", tail)[0])[:7]]
    found = found[:next((i for i, w in enumerate(found) if w in gate.get("ends", ())), None)]  # "stood by| as …"
    found = found[:next((i for i, w in enumerate(found) if w in _OBJECT_ENDS), None)]  # "pledged| that it will …"
    words = {w for i, w in enumerate(found) if w not in gate.get("heads", ()) or i + 1 == len(found)
             or found[i + 1] in PREPOSITIONS | ARTICLES | EN_STOP}  # "attacked the media| over …", not "the media photographers"
    return bool(words & gate.get("never", frozenset())) or "only" in gate and not words & gate["only"] \
        or bool(found[:1] and found[0] in gate.get("never_first", frozenset())) and not _addressed(gate, tail) \
        or "also" in gate and not words & gate["also"] \
        or bool(set(found[:3]) & gate.get("never_head", frozenset())) and not _REASON.search(tail) and not _CLAUSE.match(tail)


_ADDRESSED_THAT = re.compile(r"^\s*to\s+that\s+[^,;:.!?]*?(?:\bthat\b|[“\"«])")


def _addressed(gate: dict, tail: str) -> bool:
    """"added to reporters that …", "added to the committee", "Holm added to that a warning that …": the first word
    ``never_first`` names whom the words are for (``gate["audience"]``), or "to that" brings a clause or a quotation."""
    words = [w.lower() for w in WORD.findall(re.split(r"[,;:.!?]", tail)[0])[:4]]
    words = [w for w in words[1:] if w not in ARTICLES]
    return bool(words) and words[0] in {w.lower() for w in gate.get("audience", ())} or bool(_ADDRESSED_THAT.match(tail))


# the object ends at a clause or a second verb: "pledged that it will send 500 troops", "pledged $5 billion and said …"
_OBJECT_ENDS = {"that", "and"}
_SAID_TOO = re.compile(r"\band\s+(?:has\s+|have\s+)?(?:said|says|added|adds|told)\b", re.IGNORECASE)
_ASIDE = re.compile(r",[^,]{1,60},\s*$")


def _negated_across(head: str) -> bool:
    """"The ministry had not, as of Sunday, announced": a negation before an aside still negates the verb."""
    return head.rstrip().endswith(",") and _NEGATED.search(_ASIDE.sub(" ", head)) is not None


_OBJECT = re.compile(rf"\s*(?:(?:{'|'.join(sorted(ARTICLES | POSSESSIVES))})\s+)?(?:[\w-]+\s+)?([\w-]+)", re.IGNORECASE)
_REASON = re.compile(r"\b(?:as|calling|saying|как|назвав|заявив)\b", re.IGNORECASE)


def _voted_down(head: str, tail: str, cyrillic: bool) -> bool:
    """A legislature rejecting something voted on ("The Senate rejected the bill", «Дума отвергла законопроект») votes;
    anyone else rejecting it, or rejecting it "as …" or "calling it …", speaks."""
    found = _OBJECT.match(tail)
    if not found or _REASON.search(tail) or _CLAUSE.match(tail):
        return False  # "confirmed the nomination vote would take place": a clause after the object reports
    subject = [w.group() for w in WORD.finditer(head) if w.group().lower() not in ARTICLES]
    head_noun = next(([w] for w in subject if _nominative_noun(w)), []) if cyrillic \
        else subject[-1:] + subject[:1] * (len(subject) > 1 and subject[1].lower() == "of")
    return any(_lemma_in(w, VOTED_ON, cyrillic) for w in found.group().split()[-2:]) \
        and any(_lemma_in(w, LEGISLATURES, cyrillic) for w in head_noun)  # the legislature heads the subject


def _nominative_noun(word: str) -> bool:
    best = parses(word.lower())[0]
    return best.tag.POS == "NOUN" and best.tag.case == "nomn"


def _lemma_in(word: str, words: frozenset, cyrillic: bool) -> bool:
    return word.lower() in words or cyrillic and parses(word.lower())[0].normal_form in words


def _thing_subject(head: str) -> bool:
    """«Рынок отверг прогноз», «Анализ ДНК опроверг версию»: a bare masculine past («отверг») whose subject (its
    clause's first masculine noun in the nominative) is a thing, neither a person nor a body, is no speech."""
    for word in WORD.findall(re.split(r"[,;:—–«»]", head)[-1]):
        readings = parses(word.lower())[:4]
        if not any(p.tag.POS == "NOUN" and {"masc", "sing", "nomn"} <= p.tag.grammemes for p in readings):
            continue
        return known_word(word.lower()) and not word.isupper() and word.lower() not in INSTITUTIONS and not any(
            {"anim", "Geox", "Orgn", "Abbr"} & p.tag.grammemes or p.normal_form in INSTITUTIONS for p in readings)
    return False


# The English patterns above end a head (r"\s*$"), so a match ends with the head's last word; each can end only in
# the words below (or with the suffix: r"\w+ly", "[A-Z][a-z]+ern"; digits: r"\d+"), and a head ending otherwise is
# not searched (most heads). Kept in step with the patterns by tests/test_attribution_speech_gate.py.
_ENDINGS = {_PASSIVE: (frozenset("was were is are be been being get got gets also then later since already never not once "
                                 "first even still long widely often".split()), "ly"),
            _NEGATED: (frozenset({"not", "t", "to"} | {a.split()[-1] for a in NEGATION_ADVERBS}), None),  # "didn't", "not yet"
            _NOUN_OR_ADJECTIVE: (frozenset("the a an these those its their our such several many most few two three four "
                                           "five six seven eight nine ten of".split()), "digits"),
            _PLURAL_NOUN: (frozenset("in of for with about over amid against into on".split()), "ern")}
_FINAL_WORD = re.compile(r"\w*\Z")


@lru_cache(maxsize=4096)
def _could_end(token: str) -> frozenset:
    """The end-anchored patterns a head whose last token (after its last space) is ``token`` can match: those whose
    words or endings its last run of word characters is; all when that run is not ASCII (case-blind matching of
    other scripts has exceptions)."""
    word = _FINAL_WORD.search(token).group()
    if not word.isascii():
        return frozenset(_ENDINGS)
    word = word.lower()
    return frozenset(pattern for pattern, (words, ending) in _ENDINGS.items() if word in words or (
        word.isdigit() if ending == "digits" else ending is not None and word.endswith(ending)))
