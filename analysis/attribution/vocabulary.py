"""The words attribution recognises: speech verbs, titles, pronouns, stop words, quote marks.

The speech verbs, "according to" frames, titles, pronouns and non-person words are data in
``cues.yaml`` (ru + en), so a new verb or title is a one-line change that every sieve sees at
once; this module compiles them. Russian verbs are stems with their endings added here, Russian
titles lemmas with every case form pymorphy3 gives, so "министра", "постпреда" and "генсеку"
all count as titles.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from ..text import fold_yo, morph
from .caseless import Caseless

CUES_FILE = Path(__file__).with_name("cues.yaml")


@lru_cache(maxsize=1)
def cues() -> dict:
    """The parsed ``cues.yaml`` (keys ``ru`` and ``en``)."""
    return yaml.safe_load(CUES_FILE.read_text(encoding="utf-8"))


@lru_cache(maxsize=200_000)
def parses(word: str) -> tuple:
    """pymorphy3's parses of one word form, cached: names and titles repeat across a corpus."""
    return tuple(morph().parse(word))


@lru_cache(maxsize=200_000)
def first_pos(word: str) -> str | None:
    """The part of speech of pymorphy3's likeliest parse (a tag property lookup, cached per word form)."""
    return parses(word)[0].tag.POS


@lru_cache(maxsize=200_000)
def known_word(word: str) -> bool:
    return morph().word_is_known(word)


def _alternation(words) -> str:
    """A regex alternation of literal words as a prefix tree, so a failing position fails at its
    first letters instead of trying every word; a longer word wins ("pointed out" over "pointed")."""
    trie: dict = {}
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return pattern(trie)


_MANNER_PAST, _MANNER_PRESENT = (_alternation(cues()["ru"][key])
                                  for key in ("quote_manner_past", "quote_manner_present"))
_MANNER_ENDINGS = {kind: _alternation(endings) for kind, endings in cues()["ru"]["quote_manner_endings"].items()}
_MANNER_REFLEXIVE = _MANNER_ENDINGS["reflexive"]
QUOTE_MANNER_RU = Caseless(rf"\b(?:(?:{_MANNER_PAST})(?:{_MANNER_ENDINGS['past']})(?:{_MANNER_REFLEXIVE})?"
                           rf"|(?:{_MANNER_PRESENT})(?:{_MANNER_ENDINGS['present']})(?:{_MANNER_REFLEXIVE})?)\b")
BARE_STEMS = frozenset(s for s in cues()["ru"]["past_stems"] if s[-1] not in "аеёиоуыэюя")  # «отверг»


def _ru_verb_pattern(ru: dict) -> Caseless:
    """A stem ending in a consonant («отверг», «опроверг») is its masculine past as it stands (no -л)."""
    past = _alternation(ru["past_stems"] + ru["negated_only"])
    reflexive = _alternation(ru["reflexive_past_stems"])  # «ограничился»; not «ограничил»
    bare = _alternation(BARE_STEMS)
    present = _alternation(ru["present_stems"] + ru["negated_only"])
    endings = _alternation(ru["present_endings"])
    stance = _alternation(s for s in ru["stance_stems"] if s.endswith("н"))
    return Caseless(rf"\b(?:(?:{past})л(?:а|и|о)?(?:ся|сь)?|(?:{reflexive})л(?:а|и|о)?(?:ся|сь)|(?:{bare})"
                    rf"|(?:{present})(?:{endings})(?:ся)?|(?:{stance})(?:а|ы)?)\b")


def _inflections(lemmas) -> set[str]:
    """Every form of each Russian title lemma (one-word titles), lower case, ё folded too."""
    forms = set()
    for lemma in lemmas:
        forms.add(lemma)
        if " " in lemma:
            continue
        parse = next((p for p in morph().parse(lemma) if p.normal_form == lemma and p.tag.POS == "NOUN"), None)
        if parse is not None:
            forms.update(f.word for f in parse.lexeme)
    return forms | {fold_yo(f) for f in forms}


_RU, _EN = cues()["ru"], cues()["en"]
RU_VERB = _ru_verb_pattern(_RU)
EN_VERB = re.compile(rf"\b(?:(?:has|have|had)\s+)?(?:{_alternation(_EN['verbs'])})\b")
NEGATED_ONLY = tuple(_RU["negated_only"] + _EN["negated_only"])  # speech only when negated ("did not rule out")
OBJECT_ONLY = {stem: frozenset(words) for stem, words in _RU["object_only"].items()}  # «ограничился словами»
OBJECT_ONLY_CLAUSE = {kind: frozenset(words) for kind, words in _RU["object_only_clause"].items()}  # «тем, что …»
ESTIMATES = {"frame": _RU["estimates_frame"], "tied": frozenset(_RU["estimates_tied_heads"])}  # «по оценкам аналитиков»
ACCORDING_BODIES = {kind: frozenset(heads) for kind, heads in _RU["according_bodies"].items()}  # «по данным властей»
LOCATED_STANCE = tuple(_RU["located_stance_stems"])  # «В Смольном инициативу поддерживают» (sources.located_stance)
LOCATED_KEPT = frozenset(_RU["located_stance_kept"])  # «В МВД поддерживают связь»: kept up, no stance
DOCUMENT_SAYINGS = _RU["document_sayings"]  # «говорится в докладе …»: a document's words, nobody's
NEGATED_CLAUSE_ONLY = {stem: tuple(words) for stem, words in _RU["negated_clause_only"].items()}  # «не скрывает, что»
OBJECT_ACTS = {stem: frozenset(words) for stem, words in _RU["object_acts"].items()}  # «озвучил роль»
RULING_SUBJECTS = frozenset(_EN["ruling_subjects"])  # "The court did not rule out": a ruling
# '"…," Smith said.' after a quote, and a sentence ending ", Smith said."
EN_AFTER_QUOTE = re.compile(r"\s*,?\s*([^.!?\"“”«»]{1,80}?)\s+(?:" + EN_VERB.pattern + r")[^.!?\"“”«»]{0,200}[.!?]")
EN_TRAILING = re.compile(r",\s*([^,]{2,80}?)\s+(?:" + EN_VERB.pattern + r")\s*\.?\s*$")  # matched at the last comma
# a speech verb in the passive with its agent: "was seconded by X", «было заявлено главой МИД X»
PASSIVE_AGENT = {
    "ru": Caseless(rf"\b(?:{_alternation(_RU['passive'])})\s+(?=[^\W\d_])"),
    "en": re.compile(rf"\b(?:was|were|been|is|are)\s+(?:\w+ly\s+)?(?:{_alternation(_EN['verbs'])})\s+by\s+"),
}
STANCE = re.compile(rf"\b(?:{_alternation(_RU['stance_stems'])}|{_alternation(_EN['stance'])})", re.IGNORECASE)
ACCORDING = Caseless(rf"\b(?:{_alternation(_RU['according'] + _RU['according_staff'] + _EN['according'])})\b\s*")
STAFF_FRAMES = frozenset(_RU["according_staff"])  # «как уточнили»: a frame only before «в»/«на» and a body (sources.py)
STAFF_MEDIA = tuple(_RU["staff_media"])  # «в интервью», «в эфире», «в СМИ»: no body after a staff frame (sources.py)
# an issued statement (``cues.yaml``: issued_statements), as regex alternations: the issuing verbs, the statement
# nouns, the message nouns that count where the sentence says the message speaks, «В заявлении» (Russian: stems)
_ISSUED_STATEMENTS = cues()["issued_statements"]
ISSUE_VERBS = {"en": _alternation(_ISSUED_STATEMENTS["en"]["verbs"]), "ru": _alternation(_ISSUED_STATEMENTS["ru"]["verb_stems"])}
STATEMENT_NOUNS = {"en": _alternation(_ISSUED_STATEMENTS["en"]["statements"]),
                   "ru": _alternation(_ISSUED_STATEMENTS["ru"]["statement_stems"])}
MESSAGE_NOUNS = _alternation(_ISSUED_STATEMENTS["en"]["statements"] + _ISSUED_STATEMENTS["en"]["messages"])
IN_STATEMENT = _alternation(_ISSUED_STATEMENTS["ru"]["in_statement"])
IN_STATEMENT_MODIFIERS = _alternation(_ISSUED_STATEMENTS["ru"]["in_statement_modifiers"])  # «в своём заявлении»
STATEMENT_VERBS = _alternation(_ISSUED_STATEMENTS["en"]["statement_verbs"])
REPORTER_CREDIT = re.compile(rf"(?:^|,\s*|\s)(?:{_alternation(_RU['reporter_credit_verbs'])})\s+(?:собственный\s+|специальный\s+)?"
                             rf"(?:{_alternation(_RU['own_reporters'])})\b[^,;:—–]*$", re.IGNORECASE)  # «…, передает корреспондент ТАСС.»
CREDIT_RELAY = re.compile(rf"(?<!\w)(?:{_alternation(_RU['reporter_credit_relays'])})(?!\w)", re.IGNORECASE)  # «слова»
GROUP_COUNT = re.compile(rf"(?<!\w)(?:\d+|{_alternation(_RU['group_counts'])})(?!\w)", re.IGNORECASE)  # «два», «несколько»
# the addressee after the opener: an outlet in quotation marks or a news agency, or one of the nouns before it
_ADDRESSEE_RU = (rf"(?:(?:{_alternation(_RU['points_back_addressees'])})\s+)?"
                 rf"(?:[«\"“„][^«»\"“”„]{{1,40}}[»\"”“]\s*|(?:{_alternation(cues()['news_agencies'])})\b(?:\s+Новости)?\s+)?")
POINTS_BACK = {
    "ru": re.compile(rf"^(?:{_alternation(_RU['points_back'])})\s+(?:же\s+|также\s+|ранее\s+|в\s+\w+\s+)?"
                     rf"{_ADDRESSEE_RU}", re.IGNORECASE),
    "en": re.compile(rf"^(?:{_alternation(_EN['points_back'])})\s+", re.IGNORECASE),
}

# Titles name a function; honorifics do not (they are dropped from roles).
HONORIFICS = {"г-н", "г-жа", "господин", "госпожа", "mr", "mrs", "ms", "dr", "sir", "madam", "h.e", "his", "her",
              "excellency", "мистер", "миссис"}
FEMALE_HONORIFICS = {"г-жа", "госпожа", "mrs", "ms", "madam", "миссис"}
MALE_HONORIFICS = {"г-н", "господин", "mr", "sir", "мистер"}
_EN_TITLES = {w for t in _EN["titles"] for w in [t.split()[-1]]}
_EN_TITLES |= {w + "s" for w in _EN["plural_titles"]}  # "officials said", "mediators say"
TITLE_WORDS = frozenset(_inflections(t for t in _RU["titles"] if " " not in t) | _EN_TITLES)
INDEPENDENT_TITLES = frozenset(cues()["independent_titles"])
ANAPHORIC_TITLES = frozenset(cues()["anaphoric_titles"])
LINK_LABELS = frozenset(cues()["link_labels"])  # layout.link_line
POINTING_COMPLEMENTS = tuple(cues()["pointing_complements"])  # titles.role_modifiers
NAME_PARTICLES = frozenset(cues()["name_particles"])
PLACE_NOUNS = frozenset(cues()["place_nouns"])  # mentions._role_then_name
PARTICLE_NAME = re.compile(rf"(?:{_alternation(cues()['hyphen_particles'])})-[A-ZА-ЯЁ]")  # "al-Assad", «ан-Нуайми»
ESE_NAMES = {"endings": tuple(cues()["ese_names"]["endings"]),  # "Therese", not "East Timorese" (words.py)
             "nationalities": frozenset(cues()["ese_names"]["nationalities"])}
ONE_OF = frozenset(cues()["one_of"])
ONE_OF_A_GROUP = cues()["one_of_a_group"]  # "One of them said" (mentions.py, registry.py)
_FUNCTION = cues()["function_words"]
IN_A_BODY = frozenset(_FUNCTION["in_a_body"])  # «В Кремле заявили»
INSIDE_A_NAME = frozenset(_FUNCTION["inside_a_name"])  # «Комитет по внешним связям»
NAME_JOINERS = frozenset(_FUNCTION["name_joiners"])  # «Министерство энергетики и природных ресурсов»
SETTING_PREPOSITIONS = frozenset(_FUNCTION["setting"])  # «в разговоре с корреспондентом»
PLACED_SOURCE_WORDS = {kind: _alternation(words) for kind, words in _FUNCTION["placed_source"].items()} | {
    "determiners": _alternation(cues()["name_words"]["indefinite"])}  # "a diplomat at AU headquarters"
RELATIVE_PRONOUNS = _alternation(_FUNCTION["relatives"])  # "an EU official who briefed"
CLAUSE_RELATIVES = frozenset(_FUNCTION["clause_relatives"])  # "X, which …, said" (tails.py)
OBJECT_PRONOUNS = _FUNCTION["object_pronouns"]  # "according to him"
PARTICLE_BLOCKERS = frozenset(cues()["particle_blockers"])  # "Rio de Janeiro", "Banco de Portugal"
DESCRIBING_TITLES = frozenset(_inflections(cues()["describing_titles"]))
DESCRIBING_MISFITS = {kind: tuple(words) for kind, words in cues()["describing_misfits"].items()}  # titles.describes
DESCRIBING_PROFESSIONS = {word: tuple(stems) for word, stems in cues()["describing_professions"].items()}
_DEAD = cues()["dead_words"]
DEAD = re.compile(rf"^(?:(?:{_alternation(_DEAD['stems'])})\w*|{_alternation(_DEAD['words'])})$",
                  re.IGNORECASE)  # «погибший», «погиб», «умер»: a person said to be dead (people.people_at)
# "the analyst replied", "countered", never "counterpart": a whole verb
REPLY_VERB = re.compile(rf"\b(?:{_alternation(cues()['reply_stems'])})(?:(?<=[a-z])(?:y|ied|ies|ying|ed|s|ing|als?)?"
                        r"|(?<=[а-яё])[а-яё]*)\b", re.IGNORECASE)
UNNAMED_TITLES = frozenset(cues()["unnamed_titles"])
NAMING_WORDS = frozenset(cues()["naming_words"])
OFFICE_QUALIFIERS = frozenset(cues()["office_qualifiers"])  # mentions.first_of_pair, tails._RANKS
RELAYING_LEMMAS = frozenset(cues()["relaying_titles"])
RELAYING_TITLES = frozenset(_inflections(RELAYING_LEMMAS))
GENDERED_TITLES = {word: gender for gender, words in cues()["gendered_titles"].items() for word in words}
_QUALIFIED = cues()["qualified_sources"]
QUALIFIED_SOURCE = re.compile(rf"(?:^|(?<=[,;]\s))((?:(?:{_alternation(_QUALIFIED['before'])})\s+){{0,2}})"
                              rf"(?:{_alternation(_QUALIFIED['heads'])})"
                              rf"(\s+(?:{_alternation(_QUALIFIED['after'])})\s[^,;:]*)?$",
                              re.IGNORECASE)  # "diplomatic sources", "people familiar with the matter"
VAGUE_PEOPLE = re.compile(rf"\bpeople(?!\s+(?:{_alternation(_QUALIFIED['people_after'])})\b)",
                          re.IGNORECASE)  # "people in the crowd", not "people familiar with"
OFFICIAL_GROUPS = {language: frozenset(words) for language, words in cues()["official_groups"].items()}
POSSESSED_BODIES = _alternation(cues()["possessed_bodies"])
STATE_POSSESSIVES = _alternation(cues()["state_possessed"]["pronouns"])  # "its government" (clauses.py)
STATE_BODIES = frozenset(cues()["state_possessed"]["bodies"])
# a background clause with its own subject ending a head ("…, before he (announced)", «…, где он (заявил)»; not «статью,
# где жёстко (ответил)», whose subject is the sentence's): ``cues.yaml`` background_clauses
BACKGROUND_CLAUSE = re.compile(rf"(?:,\s*|\s)(?:{_alternation(sum(cues()['background_clauses'].values(), []))})\s+"
                               r"(?=[^,;:()—–]*?(?:\b(?:he|she|they|it|он|она|оно|они)\b|\b[A-ZА-ЯЁ]))[^,;:()—–]{0,60}$")
HEAD_OFFICES = frozenset(cues()["head_offices"])
TITLE_SYNONYMS = {**_RU["title_synonyms"], **_EN["title_synonyms"]}
ROLE_EQUIVALENTS = cues()["role_equivalents"]
SPOKESPERSON = frozenset(_RU["spokesperson"] + _EN["spokesperson"])
NON_PERSON_HEADS = frozenset(_RU["non_person_heads"] + _EN["non_person_heads"])
INSTITUTIONS = frozenset(cues()["institutions"]["ru"] + cues()["institutions"]["en"])
TERRITORY_HEADS = frozenset(cues()["institutions"]["ru_territories"])  # «департамента Антьокия»: a place
NAMED_HEADS = frozenset(cues()["named_heads"])
CAPITALS_EN = frozenset(cues()["capitals_en"])  # "Tallinn has warned": a government speaks (institutions.py)
DOCUMENTS = frozenset(cues()["documents"])
LABEL_HEADS = frozenset(cues()["label_heads"]) | DOCUMENTS  # «Доклад ООН: …» (institutions.body_name)
HEADING_PROPOSAL = re.compile(rf"\b(?:{_alternation(cues()['heading_proposals'])})\w*\s+"
                              r"(?:to\s+\w+|[а-яё]+(?:ть|ти|чь)(?:ся)?)\b",
                              re.IGNORECASE)  # «Минфин предложил повысить налог», "proposes to raise"
VOTE_STEMS = tuple(cues()["rejecting_stems"] + cues()["vote_stems"])
CLAUSE_AUXILIARIES = tuple(cues()["clause_auxiliaries"])
DECLARED_ACTS = {language: _alternation(words) for language, words in cues()["declared_acts"].items()}
DECLARED_AS_ACTS = _alternation(cues()["declared_as_acts"]["en"])  # "declared the drought an emergency"
VOTED_ON = frozenset(cues()["voted_on"])
LEGISLATURES = frozenset(cues()["legislatures"])
OBJECT_GATES = {stem: {kind: frozenset(words) for kind, words in gate.items()} for stem, gate in cues()["object_gates"].items()}
OPENING_CONJUNCTIONS = frozenset(cues()["subject_openers"]["conjunctions"])
TIME_OPENERS = frozenset(cues()["subject_openers"]["time_words"])
NEGATING_AUXILIARIES = tuple(cues()["negating_auxiliaries"])
NEGATION_ADVERBS = tuple(cues()["negation_adverbs"])
MEDIA_NOUNS = frozenset(cues()["media_nouns"])
NEWS_AGENCIES = frozenset(cues()["news_agencies"])
ARTICLES = frozenset(cues()["name_words"]["articles"])
DEFINITE_ARTICLES = frozenset(cues()["name_words"]["definite"])
POINTING_BACK = frozenset(cues()["name_words"]["pointing_back"])  # "the/that/same diplomat" (registry._points_back)
INDEFINITE_DETERMINERS = frozenset(cues()["name_words"]["indefinite"])  # "a senior official", «некий эксперт»
NAME_CONNECTORS = frozenset(cues()["name_words"]["connectors"]) | ARTICLES
COLON_NOUN = re.compile(rf"\b(?:{_alternation(cues()['colon_nouns']['ru'])})[а-яё]*|\b(?:{_alternation(cues()['colon_nouns']['en'])})\b",
                        re.IGNORECASE)
PARAPHRASE = re.compile(rf"\b(?:{_alternation(cues()['paraphrase_stems']['ru'])})", re.IGNORECASE)
BACKGROUND = re.compile(rf"^(?:{_alternation(cues()['background_openers']['ru'] + cues()['background_openers']['en'])})\b",
                        re.IGNORECASE)
NARRATION = re.compile(rf"\b(?:{_alternation(cues()['narration_stems']['ru'] + cues()['narration_stems']['en'])})"
                       r"(?:и|а|о|ы|ли|ись|ась|ось|ся)?\b", re.IGNORECASE)  # verb endings, not «обсуждений»
_WITHHOLDING = _alternation(cues()["withholding_stems"])
_WITHHELD = cues()["withholding_objects"]  # «не ответил на вопрос»
_AUXILIARY = _alternation(cues()["withholding_auxiliaries"])  # «не стал уточнять»
_REFUSAL = cues()["withholding_refusal"]  # «от комментариев отказались»
WITHHOLDING = re.compile(rf"\bне\s+(?:(?:{_AUXILIARY})\s+)?(?:{_WITHHOLDING})\w*"
                         rf"|\b(?:{_WITHHOLDING})\w*\s+(?:[^\W\d_]+\s+){{0,3}}не\s+(?:{_AUXILIARY})\b"
                         rf"|\b{_REFUSAL['preposition']}\s+{_REFUSAL['object']}\w+\s+{_REFUSAL['verb']}"
                         rf"|\b{_REFUSAL['verb']}\w*\s+{_REFUSAL['preposition']}\s+{_REFUSAL['object']}"
                         rf"|\bне\s+(?:(?:{_AUXILIARY})\s+)?(?:{_alternation(_WITHHELD['stems'])})\w*\s+"
                         rf"(?:[^\W\d_]+\s+){{0,2}}(?:{_alternation(_WITHHELD['objects'])})"
                         rf"|\b(?:{_alternation(_WITHHELD['objects'])})\w*\s+(?:\S+\s+){{0,3}}не\s+"
                         rf"(?:{_alternation(_WITHHELD['stems'])})", re.IGNORECASE)  # «на запрос … не ответили»
GENERIC_INSTITUTIONS = frozenset({"издание", "агентство", "ведомство", "министерство", "газета", "телеканал", "ministry",
                                  "agency", "department", "the paper", "the newspaper", "the agency", "the ministry"})
VAGUE_GROUPS = frozenset({"эксперты", "аналитики", "критики", "сми", "некоторые", "многие", "источники", "наблюдатели",
                          "experts", "analysts", "critics", "some", "many", "observers", "sources", "media", "others"})
PRONOUN_FEATURES = {**_RU["pronouns"], **_EN["pronouns"]}
PRONOUNS = frozenset(PRONOUN_FEATURES)
POSSESSIVES = frozenset(_RU["possessive_pronouns"] + _EN["possessive_pronouns"])
EN_POSSESSIVE_WORDS = frozenset(_EN["possessive_pronouns"])  # his, her, their: "their lawyer" (name_words.py)
EN_POSSESSIVES = _alternation(_EN["possessive_pronouns"])  # "their campaign said" (clauses.py)

PREPOSITIONS = {"of", "for", "from", "at", "in", "on", "to", "with", "в", "во", "на", "по", "о", "об", "с", "со",
                 "из", "от", "для", "при", "к", "за"}
# Appositives that say nothing about the role: relative and participle clauses.
TRANSPARENT = {"who", "which", "that", "whose", "speaking", "addressing", "writing", "answering", "as",
                "который", "которая", "которые", "чей", "чья", "выступая", "отвечая", "говоря", "комментируя",
                "when", "while", "after", "before", "during", "in", "at", "on", "referring", "commenting",
                "responding", "according"}
# Capitalised words that open sentences but never start a name.
EN_STOP = {
    "however", "but", "and", "meanwhile", "also", "then", "later", "the", "in", "on", "at", "speaking",
    "addressing", "during", "after", "before", "while", "when", "as", "this", "that", "today",
    "yesterday", "finally", "first", "second", "moreover", "furthermore", "a", "an", "for", "with",
    "it", "its", "we", "our", "i", "they", "there", "these", "those", "his", "her", "their", "some",
    "many", "both", "all", "other", "others", "he", "she", "if", "so", "since", "although", "though",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "last", "earlier",
    "one", "two", "three", "four", "several", "without", "despite", "among", "under", "following", "amid",
    "according", "from", "by", "about", "over", "after", "since", "until", "once", "now", "yet", "still",
    "no", "none", "neither", "nor",
}
# (not "US", the country: case-sensitive inside)
FIRST_PERSON = re.compile(r"\b(?-i:(?!US\b))(?:we|us|our|ours|I|my|me|мы|нас|нам|нами|наш\w*|я|мне|меня|мной|мой|моя|моё|мои)\b",
                          re.IGNORECASE)
CONTINUATION = re.compile(
    r"^(?:Прежде всего|Во-первых|Во-вторых|В-третьих|В-четв[её]ртых|Далее|Наконец|Кроме того|"
    r"Помимо этого|Вместе с тем|Также|Он также|Она также|First(?:ly)?|Second(?:ly)?|Third(?:ly)?|"
    r"Finally|Furthermore|Moreover|In addition|Also|Lastly|Next)\b"
)
COMPLEMENT_WORDS = {language: frozenset(words) for language, words in cues()["complement_words"].items()}  # name_words
ADVERBS = frozenset(cues()["adverbs"])  # «также», "again", "has": between a name and its verb (name_words, tails)
SUBJECT_ADVERBS = ADVERBS | set(cues()["subject_adverbs"])  # between a subject and its verb only (tails._trim_tail)

# "…by Berg, who called it overdue", "drafted by Berg who said": the relative pronoun's antecedent is the subject
RELATIVE = re.compile(r"(?:,\s*|\s)(?:who|который|которая|которые)\s+(?:also\s+|также\s+|then\s+|затем\s+)?$",
                      re.IGNORECASE)
# "Ms." and initials, Latin or Cyrillic («С. В. Лавров»): a dot that ends no clause
ABBREVIATION_DOT = re.compile(r"\b(?:(?:Mr|Mrs|Ms|Dr|St|Sen|Gen|Prof|Rep|Gov|Amb|Lt|Col|[A-Z])\.|[А-ЯЁ]\.(?=\s?[А-ЯЁ]))")
WORD = re.compile(r"[^\W\d_][\w'’-]*")
QUOTE_PAIRS = {"«": "»", "“": "”", "„": "“", '"': '"'}
DASHES = "—–-"
# kremlin.ru marks an interpreted turn after the name: "Ван И (как переведено) :", "Н.Мадуро (как переведено):".
TRANSLATED = r"\s?\((?:как\s)?переведено[^()]{0,40}\)"
# A name before that note: initials or not, up to fifteen capitalised words, one-letter ones too ("Ван И", "Х.Бен Тарек Аль Саид").
TRANSLATED_NAME = r"(?:[А-ЯЁ]\.\s?){0,2}[А-ЯЁ][\w\-]*(?:\s[А-ЯЁ][\w\-]*){0,14}(?=" + TRANSLATED + r"\s*:)"
# A transcript turn: "В.Путин:", "С.Доренко:", "Mr. Nebenzia (Russian Federation):", "Председатель:", and the
# interpreted turns above (the note is not part of the name).
TURN = re.compile(r"^((?:[А-ЯЁA-Z]\.\s?){1,2}[А-ЯЁA-Z][\w\-]+(?:\s[А-ЯЁA-Z][\w\-]+)?|" + TRANSLATED_NAME + "|"
                  r"(?:Mr|Mrs|Ms|Dr)\.\s[A-Z][\w\-]+(?:\s[A-Z][\w\-]+)?(?:\s\([^()]{2,60}\))?|"
                  r"(?:Председатель|The President|The Chair|President|Chair|Вопрос|Реплика|Question|Q|Ответ|Answer|A))(?:" + TRANSLATED + r")?\s*:\s*")
# In a line that holds turns, a full name of two to four words may label one too ("Берл Лазар: …").
NAMED_NAME = r"[А-ЯЁ][а-яё\-]+(?:\s[А-ЯЁ][а-яё\-]+){1,3}"
NAMED_TURN = re.compile(r"^(" + NAMED_NAME + r"):\s")
TURN_ROLES = cues()["turn_roles"]
EAST_ASIAN_SURNAMES = frozenset(cues()["east_asian_surnames"])
ANSWER_TURNS = cues()["answer_turns"]
