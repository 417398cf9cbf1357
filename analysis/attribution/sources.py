"""Sources named without a speech verb before them: an "according to X" / «по словам X» / «по его словам»
frame (``according_frame``; a document in the frame, "according to official data", is no source), and the agent of a
passive speech verb ("The call was seconded by Chancellor X", ``passive_agent``), and a Russian body opening its
sentence before an impersonal plural («В Смольном инициативу поддерживают», ``located_stance``). ``clauses`` runs
them in its order of sieves.
"""

from __future__ import annotations

import re

from .institutions import body_word, institution_before, latin_outlet, told_agency_off
from .issuers import body_statement
from .mentions import mention_after, mention_before
from .name_forms import verb_gender
from .registry import Mention, Registry, pronoun_mention
from .tails import told_outlet_first
from .titles import singular_lemma
from .vocabulary import (ACCORDING_BODIES, DESCRIBING_TITLES, DOCUMENTS, ESTIMATES, IN_A_BODY, ISSUE_VERBS, LEGISLATURES,
                         LOCATED_KEPT, LOCATED_STANCE, MESSAGE_NOUNS, OBJECT_PRONOUNS, PASSIVE_AGENT, POSSESSIVES, RELATIVE_PRONOUNS,
                         RU_VERB, STAFF_FRAMES, STAFF_MEDIA, VOTE_STEMS, first_pos, parses)
from .words import _person_parse, leading_name

_WORDS = re.compile(r"[^\W\d_]+")
_APPOSITIVE_NAME = re.compile(r",\s*(?:[A-ZА-ЯЁ][\w'’.-]+\s){1,3}[A-ZА-ЯЁ][\w'’-]+,")
POSSESSIVE_GENDER = {"его": "he", "his": "he", "её": "she", "ее": "she", "her": "she", "их": "they", "their": "they",
                     **OBJECT_PRONOUNS}  # "according to him": the object pronoun points back the same way
_RELATIVE = re.compile(rf"\s(?:{RELATIVE_PRONOUNS})\s")
_FRAME_END = re.compile(r"[,;:—–]|\s(?:со ссылкой|citing)\s")


def according_frame(sentence: str, cyrillic: bool, registry: Registry, according: re.Match | None,
                    oblique: bool = False):
    """The speaker of an "according to X" frame (``according``: the frame's match in ``sentence``; ``oblique``: the
    frame governs an oblique case whatever its words, as a reporter's credit relaying X does)."""
    if not according:
        return None
    frame = according.group().lower().split()
    possessive = next((w for w in frame if w in POSSESSIVES or w in POSSESSIVE_GENDER), None)
    if possessive:
        mention, clause = pronoun_mention(POSSESSIVE_GENDER[possessive]), ""
    else:
        clause = _FRAME_END.split(sentence[according.end():])[0]
        clause = told_outlet_first(told_agency_off(clause)) if cyrillic else _RELATIVE.split(clause)[0]  # «как
        # рассказала «Росбалту» представитель турфирмы»: the outlet told is off; «как сообщили РИА Новости в
        # посольстве»; "according to a Nato official who briefed reporters": the official, not the clause after
        body = None if cyrillic else body_statement(clause.rstrip(" .;"), registry)  # "according to a Kremlin readout"
        if body is not None:
            return _reported(body, sentence, according, clause, registry, strip=" ,.")
        issuer = _ISSUED_BY.match(clause)  # "according to a statement from the Foreign Ministry": its issuer speaks
        clause = clause[issuer.start(1):] if issuer else clause
        named = _APPOSITIVE_NAME.match(sentence, according.end() + len(clause))
        if named:  # "according to the El Paso mayor, Dee Margo, …": the title, then the name
            clause = sentence[according.end():named.end()]
        body_at = _where_a_body_speaks(frame, clause) if cyrillic else 0  # («в комментарии ТАСС в «Роскосмосе»»)
        if not clause.strip() or is_document(clause) or cyrillic and " ".join(frame) == ESTIMATES["frame"] \
                and _vague_head(clause) or body_at is None:
            return None  # "according to data from the Archive", «по данным опроса», "according to official data"
        source = clause[body_at:]
        outlet = latin_outlet(source) if cyrillic else None  # «как сообщает Daily Mail»
        framed = _framed_body(frame, source) if cyrillic else None  # «по данным кубинских властей»
        if framed is not None and (speaker := registry.resolve(framed)) is not None:
            return _reported(speaker, sentence, according, clause, registry)
        plural = cyrillic and frame[-1].endswith("ли")  # «как сообщили в посольстве»: its staff speak
        lead = leading_name(source)  # "according to the ministry he died …": the source, not the clause it runs into
        for mention in (outlet, mention_before(source.strip()), mention_after(source.strip()),
                        institution_before(source.strip() + " ", verb_plural=plural), lead and institution_before(lead + " ")):
            if mention and cyrillic and frame[0] == "как" and frame[-1].endswith("ло") and mention.name \
                    and not mention.institution and not _person_parse(mention.name.split()[0]):
                mention = Mention(name=mention.name, institution=True)  # «Как сообщало ИА Регнум», «как писало
                # БелТА»: a neuter verb, no person; «Как заявило доверенное лицо кандидата Иван Крутов»: a person
            if mention:
                # «по словам», «со слов», «передаёт слова» govern the genitive: the name is oblique
                mention.oblique = cyrillic and (oblique or frame[0] in ("по", "со") or frame[-1] == "слова") \
                    and not mention.institution
                mention.gender = mention.gender or (verb_gender(frame[-1]) if cyrillic and frame[0] == "как" else None)
                # «как рассказал адвокат … Путу Ардана»: the verb's agreement, not a guess from the name
                speaker = registry.resolve(mention)
                if speaker is not None:
                    registry.issuer = speaker if issuer else registry.issuer  # "The statement also said" is theirs
                    return _reported(speaker, sentence, according, clause, registry)
        described = _WORDS.findall(source)
        lemma = singular_lemma(described[0].lower()) if len(described) == 1 and cyrillic else None  # not «экспертов»
        speaker = registry.resolve(Mention(role=lemma)) if lemma in DESCRIBING_TITLES else None  # «по мнению эксперта»:
        # the named expert who just spoke
        return _reported(speaker, sentence, according, clause, registry) if speaker is not None else None
    speaker = registry.resolve(mention)
    return _reported(speaker, sentence, according, clause, registry) if speaker is not None else None


def _framed_body(frame: list[str], source: str) -> Mention | None:
    """«по данным кубинских властей», «по данным Бюро национальной статистики»: a «по …» frame whose genitive
    complement is headed, after adjectives only, by a word of ``ACCORDING_BODIES`` (read as a body nowhere else):
    «власти» as unnamed officials, the others as the body; None for any other complement."""
    words = [w.strip("«»\"“”()") for w in source.split()]
    if frame[0] != "по" or not 0 < len(words) <= 6:
        return None
    for i, word in enumerate(words[:4]):
        head = next((p for p in parses(word.lower()) if p.tag.POS == "NOUN" and p.tag.case == "gent"), None)
        if head is None and first_pos(word.lower()) == "ADJF":
            continue  # «кубинских», «Северо-Западного таможенного»
        kind = next((k for k, heads in ACCORDING_BODIES.items() if head is not None and head.normal_form in heads), None)
        if kind is None:
            return None
        name = " ".join([_nominative(w, head) for w in words[:i + 1]] + words[i + 1:])  # «кубинские власти»
        return Mention(role=name[0].lower() + name[1:], plural=True) if kind == "officials" \
            else Mention(name=name, institution=True)
    return None


def _nominative_agreeing(head) -> set[str]:
    """The grammemes a word takes to stand in the nominative beside ``head``: its number, and its gender in the
    singular (shared by the framed and the located body's names)."""
    return {"nomn", head.tag.number} | ({head.tag.gender} if head.tag.number == "sing" and head.tag.gender else set())


def _nominative(word: str, head) -> str:
    """One genitive word of a framed body in the nominative, agreeing with its head's number and gender, the capitals
    of its hyphenated parts kept («Северо-Западного» → «Северо-Западное»)."""
    agree = _nominative_agreeing(head)
    found = next((p.inflect(agree) or p.inflect({"nomn", head.tag.number}) for p in parses(word.lower())
                  if p.tag.case == "gent"), None)
    if found is None:
        return word
    parts, original = found.word.split("-"), word.split("-")
    return "-".join(p[:1].upper() + p[1:] if o[:1].isupper() else p for p, o in zip(parts, original)) \
        if len(parts) == len(original) else found.word


def _vague_head(clause: str) -> bool:
    """«опрошенных агентством экономистов», «независимых аналитиков»: a source closed by a plural common noun of people
    in the genitive, a vague group whatever its modifiers («лиц», «представителей» are a body's people)."""
    words = _WORDS.findall(clause)
    if not words or not words[-1].islower():
        return False
    noun = next((p for p in parses(words[-1])[:2] if p.tag.POS == "NOUN"), None)
    plural = noun.inflect({"plur", "nomn"}) if noun is not None and {"anim", "plur", "gent"} <= noun.tag.grammemes \
        and not {"Name", "Surn", "Patr"} & noun.tag.grammemes else None
    return plural is not None and plural.word not in ESTIMATES["tied"]


def _reported(speaker, sentence: str, according: re.Match, clause: str, registry: Registry, strip: str = " ,"):
    """An "according to" frame's result: the speaker, reported, the frame and its source clause as the cue's words,
    and the cue with how the registry resolved the source (read after ``resolve``)."""
    return speaker, "reported", sentence[according.start():according.end() + len(clause)].strip(strip), False, \
        f"according; {registry.cue}"


# "a statement from the ministry", "a communiqué issued by X", "a statement released by X's office"
_ISSUED_BY = re.compile(rf"\s*(?:a|an|the|its)\s+(?:[\w-]+\s+)?(?:{MESSAGE_NOUNS})\s+"
                        rf"(?:from|by|(?:{ISSUE_VERBS['en']})\s+by)\s+(\S.*)", re.IGNORECASE)
_DOCUMENT_HEAD = re.compile(r"\s(?:of|from|by|in|on|for|released|published|compiled|issued)\s")


def _where_a_body_speaks(frame: list[str], clause: str) -> int | None:
    """Where the body begins in a Russian frame's complement (0: at once), or None where it names no body's staff: a
    place in a document («(Как отметили) в докладе ООН»), a staff frame («как уточнили», ``STAFF_FRAMES``) without
    «в»/«на» before its body («Как уточнили Интерфаксу источники …»: someone unnamed told an outlet), or one with a
    medium there («в СМИ», «в эфире телеканала», «в интервью изданию собеседники на рынке», ``STAFF_MEDIA``) and no
    body after a further «в»/«на» («в комментарии ТАСС в «Роскосмосе»»: the body there). Round 27 and its review."""
    located = _LOCATED.match(clause)  # («Как уточнили «Фонтанке» в министерстве»: the outlet told, then the body)
    staff = " ".join(frame) in STAFF_FRAMES
    words = _WORDS.findall(clause[located.end():].lower()) if located else []
    if staff and words and words[0].startswith(STAFF_MEDIA):
        return next((place.start() for place in _FURTHER_PLACE.finditer(clause, located.end())
                     if body_word(place.group(1)) or place.group(1)[:1].isupper()), None)
    return None if words and singular_lemma(words[0]) in DOCUMENTS or staff and not located else 0


_LOCATED = re.compile(rf"\s*(?:[«\"“][^»\"”]{{1,40}}[»\"”]\s+)?(?:{'|'.join(sorted(IN_A_BODY))}|на)\s+", re.IGNORECASE)
# a further «в»/«на» after a medium and the word it opens: a body («в ЦБ», «в «Роскосмосе»», «в министерстве»), not
# a setting («на рынке»)
_FURTHER_PLACE = re.compile(rf"\s(?:{'|'.join(sorted(IN_A_BODY))}|на)\s+[«\"“]?([^\W\d_][\w-]*)", re.IGNORECASE)


def is_document(clause: str) -> bool:
    """An "according to" complement that is a document: its first word, or the head noun of its first phrase
    after lower-case modifiers ("official data", "CME data", "a new report by X"), not someone's ("the mayor's statement")."""
    words = _WORDS.findall(clause.lower())
    if words[:1] and words[0] in DOCUMENTS:
        return True
    phrase = _DOCUMENT_HEAD.split(f" {clause.strip()} ")[0]
    head = _WORDS.findall(phrase.lower())
    return bool(head) and head[-1] in DOCUMENTS and len(head) <= 4 and not re.search(r"['’]s\b", phrase)


def passive_agent(sentence: str, cyrillic: bool, registry: Registry):
    """"The call was seconded by Chancellor X", «Об этом было заявлено главой МИД X»: a speech verb in
    the passive gives the sentence to its agent (in Russian the agent is in the instrumental, and an
    impersonal «было заявлено о том, что …» names nobody)."""
    passive = PASSIVE_AGENT["ru" if cyrillic else "en"].search(sentence)
    if not passive:
        return None
    agent = re.split(r"[,;:()]|\s(?:и|and|в|во|на|in|at|on|during)\s", sentence[passive.end():])[0].strip(" .")
    if cyrillic and not any(p.tag.case == "ablt" for p in parses(agent.split()[0].lower())[:3]) if agent else True:
        return None
    if any(w.startswith(VOTE_STEMS) for w in passive.group().lower().split()) \
            and LEGISLATURES & {w.lower() for w in agent.split()}:
        return None  # "The bill was dismissed by the senate": a vote
    mention = mention_before(agent) or mention_after(agent) or institution_before(agent + " ")
    if mention is None:
        return None
    mention.oblique = cyrillic and not mention.institution
    speaker = registry.resolve(mention)
    return (speaker, "reported", passive.group().strip(), False, f"verb; {registry.cue}") if speaker is not None else None


_OPENS_IN_A_BODY = re.compile(r"^\s*[Вв]о?\s+([^,;:—–«»\"]+?)\s+(?:не\s+)?([а-яё]+(?:ют|ят|ут|ются|ли|лись))\b")


def located_stance(sentence: str, registry: Registry):
    """«В Смольном инициативу поддерживают», «В МИД России к инициативе отнеслись сдержанно», «В региональном
    правительстве связывают это с …»: a Russian sentence that opens with «в»/«во» and a body (capitalised words, or
    adjectives and a body's word), then at most an object of four words, then an impersonal plural speech verb or a
    stance of ``LOCATED_STANCE`` (negated only these: «не разделяют»; «не прокомментировали» is no comment): the
    body's words. Not a place («В Минске обвинения отвергают»: the sets coded before the convention of 2 Dec 2026 on
    capitals split on it), nor with a person or a group as the subject («В Сибири жители поддерживают …», «…
    поддерживают 70% опрошенных»)."""
    found = _OPENS_IN_A_BODY.match(sentence)
    verb = found.group(2) if found else ""
    negated = found is not None and sentence[:found.start(2)].rstrip().endswith(" не")
    if not found or not (verb.startswith(LOCATED_STANCE) or RU_VERB.fullmatch(verb) and not negated):
        return None  # («В МВД ситуацию не прокомментировали»: no comment)
    words = found.group(1).split()
    if "Geox" in parses(words[0].lower())[0].tag:
        return None  # a capital or a country
    end = 0
    for i, word in enumerate(words):
        if word[:1].isupper() or body_word(word):
            end = i + 1
        elif first_pos(word.lower()) != "ADJF" or end:
            break  # an adjective only before the body's word («в региональном правительстве»)
    rest = words[end:]
    if not end or len(rest) > 4 or any(
            p.tag.POS == "NOUN" and {"anim", "nomn"} <= p.tag.grammemes for w in rest for p in parses(w.lower())[:2]):
        return None
    after = re.split(r"[,;:.!?—–(]", sentence[found.end():])[0].split()[:3]
    if any(w[:1].isdigit() or any(p.tag.POS == "NOUN" and {"anim", "nomn"} <= p.tag.grammemes for p in parses(w.lower())[:2])
           for w in after):
        return None  # «В Москве проект поддерживают 70% опрошенных»: the subject comes after the verb
    if _not_a_stance(verb, rest, sentence[found.end():]):
        return None
    mention = institution_before(f"В {' '.join(words[:end])} ", verb_plural=True)
    if mention is not None and mention.name:
        mention.name = _located_nominative(mention.name)  # «В Государственной думе» → «Государственная дума»
    speaker = registry.resolve(mention) if mention is not None else None
    return (speaker, "reported", sentence[:found.end()].strip(), False, f"verb; {registry.cue}") \
        if speaker is not None else None


_SUBJECT_QUANTIFIERS = frozenset({"все", "многие", "большинство", "обе", "оба", "почти", "абсолютное", "ряд"})


def _not_a_stance(verb: str, rest: list[str], after: str) -> bool:
    """(review of round 32) «В Минфине рассчитывают налог»: «рассчитыва…» is a stance only with «на», «, что» or an
    infinitive; «В МВД поддерживают связь с семьей»: kept up (``LOCATED_KEPT``), no support; «В Государственной думе
    законопроект поддерживают все фракции»: a nominative subject («все», «большинство», or a plural nominative noun
    after an object) after the verb."""
    following = [w.strip("«»\"“”").lower() for w in re.split(r"[;:.!?—–(]", after)[0].split()[:3]]
    if verb.startswith("рассчитыва"):
        if not ("на" in rest[:1] + following[:1] or re.match(r"\s*,\s*что\b", after)
                or following and first_pos(following[0]) == "INFN"):
            return True
    if verb.startswith("поддержива") and any(p.normal_form in LOCATED_KEPT for w in (rest + following)[:6]
                                               for p in parses(w.strip(",").lower())[:1]):
        return True
    if following and following[0].strip(",") in _SUBJECT_QUANTIFIERS:
        return True
    return bool(rest) and bool(following) and any(p.tag.POS == "NOUN" for p in parses(rest[-1].lower())[:1]) \
        and any(p.tag.POS == "NOUN" and {"nomn", "plur"} <= p.tag.grammemes for p in parses(following[0])[:1])


def _located_nominative(name: str) -> str:
    """A located body's name in the nominative: the head (a noun, or a substantivised adjective: «Смольном») and the
    adjectives before it, the genitive complement after it kept («региональном правительстве» → «региональное
    правительство», «Смольном» → «Смольный»); a name already nominative or in capitals is kept."""
    words = name.split()
    head_at = next((i for i, w in enumerate(words) if w.isupper() or any(
        p.tag.POS == "NOUN" and p.tag.case in ("loct", "loc2", "datv") for p in parses(w.lower())[:1])), None)
    if head_at is None:
        head_at = len(words) - 1 if len(words) == 1 else None
    if head_at is None or words[head_at].isupper():
        return name
    head = next((p for p in parses(words[head_at].lower()) if p.tag.case in ("loct", "loc2", "datv")), None)
    if head is None:
        return name
    agree = _nominative_agreeing(head)
    out = []
    for w in words[:head_at + 1]:
        parse = next((p for p in parses(w.lower()) if p.tag.case in ("loct", "loc2", "datv")), None)
        found = parse.inflect(agree if parse is not head else {"nomn"}) if parse is not None else None
        word = found.word if found is not None else w
        out.append(word[:1].upper() + word[1:] if w[:1].isupper() else word)
    return " ".join(out + words[head_at + 1:])
