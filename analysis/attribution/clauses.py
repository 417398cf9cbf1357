"""The speaker of one sentence outside quotation marks, and the cue that names them.

The sieves, in order: "по словам X" / "according to X" / «по его словам» (an early frame, read by
``sources``; a late one, "…, according to NBC", only when no verb decides); a speech verb with its
subject before it (a name, title, pronoun or institution), an inverted subject after it («— заявил
X», "…, said the ministry"), the subject of a participle or coordinated verb ("X arrived and
said"), a verb far from its subject ("X fired the minister, and on Tuesday announced"); a trailing
English ", X said."; last, a passive speech verb's agent (``sources``), a clause ending in a colon
that introduces a block quotation ("X posted a message:") and a statement's issuer (``issuers``).
Each returns (speaker, mode, attribution, stance, cue) for ``resolution``.
"""

from __future__ import annotations

import re

from ..countries import country_in
from ..text import has_cyrillic
from .caseless import Caseless
from .cases import oblique_only
from .institutions import a_state, capital_only, institution_after, institution_before
from .issuers import body_statement, statement_issuer
from .quotes import relayed_subject
from .mentions import _first_named, _first_person_named, _subject_closing, first_of_pair, mention_after, mention_before
from .sources import POSSESSIVE_GENDER, according_frame, located_stance, passive_agent
from .speech import negation_start, not_speech
from .tails import subject_before_clause, told_outlet_first
from .words import _capitalised, _words
from .name_forms import name_gender, verb_gender
from .registry import Mention, Registry, pronoun_mention
from .vocabulary import (ACCORDING, BACKGROUND_CLAUSE, COLON_NOUN, CREDIT_RELAY, EN_POSSESSIVES, EN_TRAILING, GROUP_COUNT,
                         INSTITUTIONS, ISSUE_VERBS, MESSAGE_NOUNS, NEWS_AGENCIES, POINTS_BACK, POSSESSED_BODIES, RELATIVE,
                         REPORTER_CREDIT, STANCE, STATE_BODIES, STATE_POSSESSIVES, parses)

# «В Москве эти претензии (отвергают)»: a city and the verb's object before the verb (not «В Киеве заявили»)
_IN_A_PLACE = re.compile(r"\s*[Вв]о?\s+([А-ЯЁ][\w-]+)\s+[а-яё]")
SIDE = re.compile(r"^(?:С|Со) (\w+) стороны\b")
_WORDS = re.compile(r"[^\W\d_]+")


def classify_sentence(sentence: str, verb: re.Pattern | Caseless, cyrillic: bool, registry: Registry):
    """(speaker or None, mode, attribution, stance, cue) for a sentence outside quotes. The speech verbs are found
    once for every sieve; in English a sentence without one skips the sieves that need one (the passive agent)."""
    credit = REPORTER_CREDIT.search(sentence) if cyrillic else None
    relay = CREDIT_RELAY.search(sentence, credit.start()) if credit else None
    # «…, передает корреспондент ТАСС слова адвоката X / со ссылкой на пресс-службу»: the holder relayed speaks
    found = according_frame(sentence, cyrillic, registry, relay, oblique=True) if relay else None
    if found:
        return found
    sentence = sentence[:credit.start()] if credit else sentence  # the outlet's own reporter is the narrator
    if credit and not _WORDS.search(POINTS_BACK["ru"].sub("", sentence + " ", count=1)):
        return None, "narration", None, False, "credit"  # «Об этом передает корреспондент ТАСС.»: a source line,
        # nobody's words continued
    verbs = tuple(verb.finditer(sentence))
    according = ACCORDING.search(sentence)
    late = according is not None and according.start() > len(sentence) // 3  # "X called it …, according to NBC"
    relayed = _relayed_clause(sentence, according, verb, cyrillic, registry) if according and not late else None
    if relayed:
        return relayed
    found = None if late else according_frame(sentence, cyrillic, registry, according)
    if found:
        return found
    found = _by_verb(sentence, verb, cyrillic, registry, verbs)
    if found[0] is None and late:
        return according_frame(sentence, cyrillic, registry, according) or found
    if found[0] is None and not found[3]:
        return (passive_agent(sentence, cyrillic, registry) if verbs or cyrillic else None) or _colon_lead_in(sentence, registry) \
            or statement_issuer(sentence, cyrillic, registry) or (located_stance(sentence, registry) if cyrillic else None) \
            or found
    return found


def _relayed_clause(sentence: str, according: re.Match, verb, cyrillic: bool, registry: Registry):
    """«Как передаёт ТАСС, министр X заявил, что …»: an outlet's frame before a clause with its own speaker
    and speech verb relays that speaker's words (the clause is most of the sentence)."""
    opener = according.group().lower()
    comma = sentence.find(",", according.end())
    source = sentence[according.end():comma]
    if not opener.startswith("как ") or comma < 0 or not re.fullmatch(r"[^,]{2,60}", source) \
            or told_outlet_first(source) != source:  # «Как рассказал “Ъ” дипломат, …»: a source who told an outlet
        return None
    found = _by_verb(sentence[comma + 1:].lstrip(), verb, cyrillic, registry)
    return found if found[0] is not None else None




def _colon_lead_in(sentence: str, registry: Registry):
    """"Lopez later posted a message on social media:", «Позже Петров оставил запись:»: a clause that
    introduces a block quotation without a speech verb is the person who opens it; the person a possessive
    names when the words are theirs («Агентство приводит его рассказ:», "CNN aired her remarks:"); and a label
    line of a title and a name («Хозяин плантации Джино Дескальси:») that person."""
    if not sentence.rstrip().endswith(":"):
        return None
    noun = COLON_NOUN.search(sentence)
    whose = _POSSESSIVE_BEFORE.search(sentence[:noun.start()]) if noun else None
    label = mention_before(sentence.rstrip()[:-1]) if not noun and _LABEL.fullmatch(sentence.strip()) else None
    if whose:
        speaker = registry.resolve(pronoun_mention(POSSESSIVE_GENDER[whose.group(1).lower()]))
    elif label and label.name and not label.pronoun and (label.title or len(label.name.split()) >= 2 and
                                                         _words(sentence)[0].group()[1:].islower()):
        speaker = registry.resolve(label)
    else:
        speaker = _sentence_subject(sentence[:noun.start()], registry) if noun else None
    return (speaker, "reported", None, False, f"colon; {registry.cue}") if speaker is not None else None


_POSSESSIVE_BEFORE = re.compile(r"\b(его|её|ее|их|his|her|their)\s+$", re.IGNORECASE)
_LABEL = re.compile(r"[^\W\d][\w'’.-]*(?:\s+[\w'’.-]+){1,7}\s*:")  # up to eight words, no verb (the verb sieve read it)


def _by_verb(sentence: str, verb: re.Pattern | Caseless, cyrillic: bool, registry: Registry, verbs: tuple | None = None):
    """The speaker of a sentence by its speech verbs (``verbs``: their matches in ``sentence``, found here when None;
    see ``classify_sentence``).

    Long on purpose: the sieves for one verb (subject before it, an institution, an inverted
    subject after it, the subject of a participle or coordinated verb) are tried in this order
    and read best as one list; splitting them would pass the same six values around."""
    side = SIDE.match(sentence) if cyrillic else None
    if side:  # a readout: «С российской (китайской) стороны выражена …» is that country's leader's
        country = country_in(side.group(1))
        leader = next((i for i in registry.order[::-1] if registry.speakers[i].name and registry.speakers[i].kind == "person"
                       and country_in(registry.speakers[i].role) == country), None)
        if leader is None and country == "RUS":  # a kremlin.ru readout: the President, named first
            named = [i for i, p in enumerate(registry.speakers) if p.name and p.kind == "person"
                     and country_in(p.role) in (None, "RUS")]  # the host is named bare, the guest with an office
            leader = next((i for i in named if not registry.speakers[i].role), named[0] if named else None)
        if leader is not None and registry.speakers[leader].name:
            registry.resolve(Mention(name=registry.speakers[leader].name))
            return leader, "reported", None, False, "verb; title"
    back = _MADE_STATEMENT.match(sentence) if cyrillic else POINTS_BACK["en"].match(sentence)  # «Такое заявление сделал X»
    mention = mention_after(sentence[back.end():]) if back else None
    speaker = registry.resolve(mention) if mention else None
    if speaker is not None:  # "This was stated by X."
        return speaker, "reported", back.group().strip(), False, f"verb; {registry.cue}"
    stance = had_verb = False
    verbs = tuple(verb.finditer(sentence)) if verbs is None else verbs
    for verb_match in verbs:
        head = sentence[:verb_match.start()]
        if not_speech(head, verb_match.group(), sentence[verb_match.end():], cyrillic):
            continue
        background = BACKGROUND_CLAUSE.search(head)  # "…, before he announced he would stand down": the reporter's
        if background and background.start() > 0 and 2 * (len(sentence) - background.start()) < len(sentence):
            continue
        negated = negation_start(head, cyrillic)  # a verb that is speech only negated: "The Kremlin did not rule out"
        head = head if negated is None else head[:negated]
        body = None if cyrillic else body_statement(head, registry)  # "…, a White House statement said"
        if body is not None:
            return body, "reported", None, False, f"verb; {registry.cue}"
        body = None if cyrillic else _possessed_body(head, registry)  # "his office said", "…, her campaign said"
        if body is not None:
            return body, "reported", None, False, "verb; institution"
        issued = None if cyrillic else _STATEMENT_FROM.search(head)  # "…, a statement from the ministry said"
        if issued and not re.search(r"\band\b", issued.group(1)):  # a joint statement is narration
            found = institution_before(issued.group(1) + " ") or mention_before(issued.group(1) + " ")
            speaker = registry.resolve(found) if found else None
            if speaker is not None:
                return speaker, "reported", None, False, f"verb; {registry.cue}"
        subject = _subject_closing(sentence[verb_match.end():]) if cyrillic else None
        speaker = registry.resolve(subject) if subject else None
        if speaker is not None:  # «Соболезнования выразил президент Иван Петров.»: the object comes first
            return speaker, "reported", None, False, f"verb; {registry.cue}"
        relative = RELATIVE.search(head)  # "…by Berg, who called it overdue": the antecedent speaks
        head = head[:relative.start()] if relative else head
        head = head if cyrillic else relayed_subject(head)  # "RIA quoted X as (saying)": X
        mention = (None if cyrillic else first_of_pair(head)) or mention_before(head) or _across_adverbial(head)
        if cyrillic and mention and mention.name and oblique_only(mention.name) and (
                not mention.title or not any("nomn" in p.tag for p in parses(mention.title)[:4])):
            mention = None  # «администрация президента США Барака Обамы выразила»: the name is not the subject
        if cyrillic and mention and mention.name and not mention.plural and _plural(verb_match.group(), cyrillic):
            mention = None  # «Ким Ён Чхоль, который, как полагают, …»: one person is no plural verb's subject
        # someone else's words ("Delegates said", «эксперты заявили»), unless the subject is a pronoun
        # or the verb a Russian present tense, which documents and countries take too («она подтверждает»)
        had_verb = had_verb or not (mention and mention.pronoun) and (
            not cyrillic or _RU_PAST.search(verb_match.group().lower()) is not None)
        if mention:
            mention.gender = mention.gender or (verb_gender(verb_match.group()) if cyrillic else None)
            speaker = registry.resolve(mention)
            if speaker is None and mention.pronoun and mention.plural:  # "State prosecutors charged …, they said"
                speaker = _opening_body(head, registry)
            if speaker is not None:
                return speaker, "reported", None, False, f"verb; {registry.cue}"
        opening_it = _IT.fullmatch(head)
        if mention is None and (opening_it or not cyrillic and _CLOSING_IT.search(head)):
            # "The ministry said … . It added that …" («Там …», "…, it added."): the last speaker,
            body = registry.last  # when a body (after a person, "it" is a thing: a report, a plan)
            # the closing "it" and «Там лишь» only for the body of the sentence just before: a narration sentence
            # between introduces another "it" or «там» (a report, a law, a city; «там» also after a sentence only
            # continued for the body, «Больше всего заболевших в Прокопьевске»; review of round 27)
            if opening_it and not opening_it.group(1):  # "It added …", «Там заявили»: the last body, wherever it spoke
                near = True
            elif opening_it:  # «Там лишь …»: the body of the sentence just before, not one only continued for it
                near = body == registry.before and not registry.before_continued
            else:  # "…, it added.": the body of the sentence just before
                near = body == registry.before
            if body is not None and registry.speakers[body].kind == "institution" and near:
                registry.touch(body)
                return body, "reported", None, False, "verb; pronoun"
        # «Об этом корреспонденту ТАСС сообщил X», «Об этом «Известиям» рассказал источник»: the outlet was told; X speaks
        told = cyrillic and POINTS_BACK["ru"].match(head) and (_first_person_named(sentence[verb_match.end():])
                                                               or POINTS_BACK["ru"].fullmatch(head))
        # "The ministry issued a tweet saying": the message's issuer (``_subject_elsewhere``), not a body named "… a tweet"
        issued_message = not cyrillic and verb_match.group().endswith("ing") and _ISSUED.search(head)
        if (mention is None or not mention.pronoun) and not told and not issued_message:
            # (a state's stance, «Вьетнам твёрдо убеждён», continues the speaker before it; «Кремль считает» is the Kremlin's)
            plural = _plural(verb_match.group(), cyrillic)
            institution = institution_before(head, verb_plural=plural) or plural and _across_adverbial(head, True, plural) or None
            if institution and STANCE.match(verb_match.group()) and a_state(institution.name):
                institution = None
            if institution and not cyrillic and capital_only(institution.name) \
                    and not _capital_speaks(verb_match.group(), sentence[verb_match.end():]):
                institution = None  # "Athens has welcomed record numbers of tourists", "Nairobi has said goodbye"
            if institution and plural and cyrillic and (place := _IN_A_PLACE.match(head)) \
                    and "Geox" in parses(place.group(1).lower())[0].tag:
                institution = None  # «В Токио протест отвергли»: a city that rejects something, no body
            if institution and plural and cyrillic and POINTS_BACK["ru"].match(head) \
                    and institution.name.lower().split()[0] in NEWS_AGENCIES:
                institution = None  # «Об этом ТАСС сообщили в пресс-службе»: the agency was told; the staff after speak
            speaker = registry.resolve(institution) if institution else None
            if speaker is not None:  # "The Foreign Ministry said", «В МИД заявили», "Reuters reported"
                relayed = _relayed(sentence[verb_match.end():], verb, registry)
                if relayed is not None:
                    return relayed, "reported", None, False, f"verb; {registry.cue}"
                return speaker, "reported", None, False, f"verb; {'institution' if institution.institution else 'title'}"
        if STANCE.match(verb_match.group()):
            stance = True
        tail = sentence[verb_match.end():]
        if cyrillic and len(_WORDS.findall(tail)) <= 6:  # «… подтвердила пресс-служба НАТО.», «… сообщает ТАСС.»
            institution = institution_after(tail.strip(), _plural(verb_match.group(), cyrillic), cyrillic)
            if institution and _first_person_named(tail):
                institution = None  # «… заявил пресс-секретарь президента РФ Дмитрий Песков»: a person
            speaker = registry.resolve(institution) if institution else None
            if speaker is not None:
                return speaker, "reported", None, False, "verb; institution"
        back = POINTS_BACK["ru" if cyrillic else "en"].fullmatch(head)
        inverted = head.rstrip().endswith((",", "—", "–"))
        named_after = cyrillic and not back and re.match(r"\s*[а-яё]", tail) and _first_person_named(tail)
        if back or named_after or inverted and _INVERTED_TAIL.fullmatch(tail):
            mention = mention_after(tail.strip())
            if mention and mention.pronoun and len(_WORDS.findall(tail)) > 1:
                mention = None  # "…, said he was a gentleman": the pronoun opens the reported clause
            if mention:
                mention.gender = mention.gender or (verb_gender(verb_match.group()) if cyrillic else None)
                # «рассказали два федеральных чиновника»: an unnamed title counted after a plural verb is a group, no
                # one named (not «заявили министр и его заместитель», two people coordinated)
                mention.plural = mention.plural or not mention.name and _plural(verb_match.group(), cyrillic) \
                    and _counted(tail, mention)
            mention = mention or institution_after(tail.strip(), _plural(verb_match.group(), cyrillic), cyrillic)  # «…, сообщает ТАСС»
            speaker = registry.resolve(mention) if mention else None
            if speaker is not None:
                return speaker, "reported", None, False, f"verb; {registry.cue}"
        opening = subject_before_clause(head) if not verb_match.group().endswith("ing") else None
        found = (mention_before(opening) or institution_before(opening, _plural(verb_match.group(), cyrillic))) \
            if opening else None  # "The State Department, which has pushed for a deal, said"
        speaker = registry.resolve(found) if found else None
        if speaker is not None:
            return speaker, "reported", None, False, f"verb; {registry.cue}"
        speaker = _subject_elsewhere(head, tail, verb_match.group(), mention is None, cyrillic, registry)
        if speaker is not None:
            return speaker, "reported", None, False, f"verb; {registry.cue}"
    if not cyrillic and verbs:  # (the trailing verb is one of ``verbs``)
        comma = sentence.rfind(",")
        trailing = EN_TRAILING.match(sentence, comma) if comma >= 0 else None  # ", Smith said." after the last comma
        if trailing:  # (or ", the Daily Courier reported.")
            mention = mention_before(trailing.group(1)) or institution_before(trailing.group(1) + " ")
            speaker = registry.resolve(mention) if mention else None
            if speaker is not None:
                return speaker, "reported", None, False, f"verb; {registry.cue}"
    return None, "narration", None, stance, "unresolved" if had_verb and not stance else "none"


_POSSESSED = re.compile(rf"(?:^|[,;(—–])\s*({EN_POSSESSIVES}|{STATE_POSSESSIVES})\s+(?:[a-z][\w-]*\s+)?"
                        rf"({POSSESSED_BODIES})\s*$",
                        re.IGNORECASE)  # opening the subject; "its pro-Western government": one modifier between


def _possessed_body(head: str, registry: Registry) -> int | None:
    """"His office said", "…, her campaign said": the body (``POSSESSED_BODIES``) of the person the pronoun points
    at, as "office of X"; never the person, whose words the office relays (the rules' spokesperson convention)."""
    found = _POSSESSED.search(head)  # (the subject ends the head; not "Critics of her administration")
    if found and re.fullmatch(STATE_POSSESSIVES, found.group(1).lower()):  # "Its government rejected …": a country's
        return registry.resolve(Mention(name=found.group(2).lower(), institution=True)) \
            if found.group(2).lower() in STATE_BODIES else None  # body, the country unnamed; not "Its team said"
    person = registry.known(pronoun_mention(POSSESSIVE_GENDER[found.group(1).lower()])) if found else None
    if person is None or not registry.speakers[person].name or registry.speakers[person].kind != "person":
        return None
    return registry.resolve(Mention(name=f"{found.group(2).lower()} of {registry.speakers[person].name}", institution=True))


_OPENING_RUN = re.compile(r"^(?:[^\W\d_][\w'’.-]*\s+){0,5}?[A-ZА-ЯЁ][\w'’-]+(?:\s+[A-ZА-ЯЁ][\w'’-]+)*")
# a verb after a conjunction or relative word and a few adverbials: its subject is the clause's ("а во вторник объявил")
_DISTANT = re.compile(r"(?:,\s*|\s)(?:а|но|где|затем|позже|after which|but|where|then|later)(?:\s+[а-яёa-z-]+){0,3}\s*$")


_STATEMENT_FROM = re.compile(rf"\b(?:a|the|its)\s+(?:\w+\s+)?(?:{MESSAGE_NOUNS})\s+(?:from|by|issued by)\s+"
                             r"([^,;:]{2,60}?)\s*$", re.IGNORECASE)  # the issuer of a statement speaks, unlike a report's
_IT = re.compile(r"\s*(?:It|Там)\s+(?:also\s+|further\s+|later\s+|же\s+|также\s+|тоже\s+|(лишь\s+))?(?:has\s+|had\s+)?")  # «Там заявили»
# "…, it added.", '"…," it said.': a closing clause whose subject is the body that spoke last (round 27)
_CLOSING_IT = re.compile(r"[,\"”’]\s*it\s+(?:also\s+|further\s+)?$")
# what follows an inverted verb ("…, said X.", "…, said Anna Keller, a spokeswoman for the Commission.",
# "…, reported officials, with dozens missing."): the speaker, then at most two appositives or adverbials and a
# closing participle ("…, said the harbour master, Ivan Petrov, adding that …")
_INVERTED_TAIL = re.compile(r"\s*[^,]{2,80}?(?:,[^,;:]{2,80}?){0,2}(?:,\s*(?:adding|saying|noting|citing)\s.*)?[.!?]?\s*",
                            re.DOTALL)
_MADE_STATEMENT = re.compile(r"(?:Такое|Это|Подобное|Данное|Соответствующее)\s+заявление\s+(?:\w+\s+)?сделал[аи]?\s+")
_RU_PAST = re.compile(r"л[аио]?$")
_ISSUED = re.compile(rf"\s(?:{ISSUE_VERBS['en']})\s+(?:a|an|the|its|his|her|their)?\s*(?:[\w-]+\s+)?(?:{MESSAGE_NOUNS})\s*$")
_AND_LAST = re.compile(r"\s(?:and|и)\s*$")
_PUNCTUATION = re.compile(r"[,;:.!?«»\"“”—–]")  # (between a skipped word and the verb)


def _subject_elsewhere(head: str, tail: str, verb: str, no_subject: bool, cyrillic: bool, registry: Registry) -> int | None:
    """The speaker of a verb whose subject is not just before it: the person opening the sentence
    for a participle or coordinated verb ("President Trump congratulated Pelosi, saying …", «Путин
    прибыл в Минск и заявил …»: when the speech is most of the sentence) or a later verb of the
    same subject («Борисов уволил министра, а во вторник объявил …», «…, где жёстко ответил»);
    the issuer of a statement ("the Defence Ministry released a statement saying …")."""
    participle = not cyrillic and verb.endswith("ing") and head.rstrip().endswith(",")
    coordinated = _AND_LAST.search(head) is not None
    distant = no_subject and _DISTANT.search(head)
    if (participle or coordinated) and len(tail) > len(head) or distant:
        speaker = _sentence_subject(head, registry, verb_gender(verb) if cyrillic else None)
        if speaker is not None:
            return speaker
    if distant or (participle or coordinated) and len(tail) > len(head):
        return _opening_body(head, registry)  # "The agency did not mention casualties, but said …", "The embassy … and said"
    issued = _ISSUED.search(head) if not cyrillic and verb.endswith("ing") else None
    if issued:
        subject = head[:issued.start()].split(",")[-1]
        mention = mention_before(subject) or institution_before(subject + " ")
        return registry.resolve(mention) if mention else None
    return None


# what a capital's government says: a clause ("warned that", "warned China it will"), a quotation, a call ("called on",
# "urged … to"), or a stance of ``_CAPITAL_STANCES`` ("Kigali denies arming", "Kinshasa accuses Kigali of");
# a later ", the weather service said" names the speaker instead (review of round 32)
_CAPITAL_CLAUSE = re.compile(r"^\s*(?:[\w'’-]+\s+){0,3}?(?:that\b|(?:it|they|he|she|we|this)\s+(?:will|would|was|is|"
                             r"had|has|have|could|must|should|may|might|did|does)\b)|^\s*[,:]?\s*[“\"«‘]|^\s*(?:on|for)\s"
                             r"|^\s*(?:[\w'’-]+\s+){1,4}?to\s+[a-z]+")
_CAPITAL_STANCES = ("den", "reject", "dismiss", "accus", "condemn", "critici", "blam", "protest", "insist", "promis",
                    "vow", "refut", "warn")
_CAPITAL_EXPRESSED = re.compile(r"^\s*(?:its\s+|deep\s+|grave\s+|serious\s+)?(?:hope|concern|regret|dismay|"
                                r"support|solidarity|frustration|readiness|condolences|disappointment)\b")
_LATER_SAID = re.compile(r",\s+(?:[\w'’.-]+\s+){0,6}?(?:said|says|told|reported|added)\b")


def _capital_speaks(verb: str, tail: str) -> bool:
    """Whether a capital that is no country ("Tallinn") speaks for its government with ``verb`` and the words after
    it: a clause, a quotation, a call or a stance, not an act ("Athens has welcomed record numbers of tourists",
    "Nairobi has said goodbye", "Madrid announced a 2-1 win"), and no later ", X said" in the sentence."""
    last = verb.split()[-1].lower()
    if _LATER_SAID.search(tail):
        return False
    if last.startswith("call") or last.startswith("urg"):
        return bool(_CAPITAL_CLAUSE.match(tail))
    if last.startswith("express"):
        return bool(_CAPITAL_EXPRESSED.match(tail))
    if last.startswith(_CAPITAL_STANCES):
        return True
    clause = _CAPITAL_CLAUSE.match(tail)
    return bool(clause) and not clause.group().rstrip().endswith(("on", "for")) and " to " not in clause.group()


def _relayed(tail: str, verb: re.Pattern | Caseless, registry: Registry) -> int | None:
    """The person whose words an institution's report relays, when the report goes on to their own
    speech verb ("Reuters reported on Monday a German government source … said …", «РБК сообщает,
    что министр Петров заявил …»): their words are most of the sentence, so they are its speaker. A
    bare title («президент Казахстана») counts only for someone the article already has: it may be
    the person named before whose office the article never stated."""
    inner = next(verb.finditer(tail), None)
    mention = mention_before(tail[:inner.start()]) if inner else None
    if mention is None or mention.institution or mention.plural or mention.tentative or mention.pronoun:
        return None
    someone_new = mention.name or (mention.role or "").lower().startswith(("a ", "an ", "one "))
    return registry.resolve(mention) if someone_new or registry.known(mention) is not None else None


def _opening_body(head: str, registry: Registry) -> int | None:
    """The body or group of officials that opens the sentence ("The agency …", "State prosecutors …")."""
    words = _words(head)[:5]
    for n in range(1, len(words) + 1):
        opening = head[:words[n - 1].end()]
        found = institution_before(opening + " ") or mention_before(opening)
        if found and (found.institution or found.plural):
            return registry.resolve(found)
    return None


def _sentence_subject(head: str, registry: Registry, gender: str | None = None) -> int | None:
    """The person who opens the sentence ("Путин прибыл … и заявил"), if the registry knows or can name them:
    the opening words, else the first person named in the first 60 characters in the nominative
    («В понедельник 18 февраля Борисов …»), of the verb's gender."""
    run = _OPENING_RUN.match(head)
    mention = mention_before(run.group()) if run and run.end() <= 60 else None
    if mention and mention.pronoun and not mention.plural and " " not in run.group().strip():
        mention.gender = mention.gender or gender  # "He arrived … and said", «Он и огласил»: the pronoun opening it
        return registry.resolve(mention)
    if not (mention and not mention.pronoun and (mention.name or mention.title)):
        mention = _first_named(head[:60])
        if mention and has_cyrillic(head) and (not all(any("nomn" in p.tag for p in parses(w)) for w in mention.name.split())
                                                 or gender and name_gender(mention.name) not in (None, gender)):
            return None  # «уволив министра Дянкова»: an object, not the subject
    return registry.resolve(mention) if mention and not mention.pronoun and (mention.name or mention.title) else None


def _counted(tail: str, mention: Mention) -> bool:
    """Whether a number or quantifier (``group_counts``) stands before the mention's role in ``tail`` («два
    федеральных чиновника», «несколько источников»)."""
    lowered = tail.lower()
    at = next((lowered.find(w) for w in (mention.role, mention.title) if w and w.lower() in lowered), -1)
    return at > 0 and GROUP_COUNT.search(tail[:at]) is not None


def _plural(verb: str, cyrillic: bool) -> bool:
    """«заявили», «сообщают»: the subject may be "в МИД" (an institution's unnamed staff)."""
    return cyrillic and verb.lower().endswith(("ли", "ют", "ят", "ат", "ут"))


def _across_adverbial(text: str, institution: bool = False, verb_plural: bool = False) -> Mention | None:
    """"Сергей Лавров в ходе пресс-конференции заявил", «В МИД РФ в ответ на это отметили»: skip up to
    five lower-case words between a named subject (or an institution) and its verb (never across
    punctuation, never a lone word)."""
    words = _words(text)
    for skip in range(1, 6):
        if len(words) <= skip or _capitalised(words[-skip].group()) or words[-skip].group().lower() in INSTITUTIONS:
            return None  # "the Houthi movement claimed": the skipped word is the subject's head
        head = text[:words[-skip].start()]
        if _PUNCTUATION.search(text, len(head.rstrip())):
            return None
        if institution:
            found = institution_before(head, verb_plural=verb_plural)
            if found:
                return found
            continue
        mention = mention_before(head)
        if mention and mention.name and not mention.tentative:
            return mention
    return None
