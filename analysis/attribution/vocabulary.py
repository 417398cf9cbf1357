"""The words attribution recognises: speech verbs, titles, pronouns, stop words, quote marks.

Kept apart from the code that uses them so a new verb or title is a one-line change that
every sieve sees at once. Russian entries carry the inflections that occur in news text
(before a name, after "по словам"); English entries are the forms reporters write.
"""

from __future__ import annotations

import re

RU_VERB = re.compile(
    r"\b(?:(?:заяви|сказа|отмети|подчеркну|вырази|сообщи|добави|указа|замети|поясни|призва|"
    r"предложи|призна|напомни|констатирова|объяви|завери|поблагодари|оцени|осуди|приветствова|"
    r"обеща|предупреди|акцентирова|охарактеризова|подтверди|рассказа|уточни|высказа|настаива|"
    r"выступи|заключи)л(?:а|и|о)?|(?:заявля|отмеча|подч[её]ркива|счита|полага|говори|сообща|"
    r"указыва|призыва|добавля)(?:ет|ют)|(?:уверен|убежд[её]н)(?:а|ы)?)\b",
    re.IGNORECASE,
)
EN_VERB = re.compile(
    r"\b(?:said|says|stressed|stresses|noted|added|adds|told|tells|stated|emphasi[sz]ed|"
    r"emphasi[sz]es|underlined|underscored|highlighted|urged|urges|called|warned|warns|argued|"
    r"argues|explained|declared|announced|expressed|thanked|welcomed|affirmed|reaffirmed|"
    r"insisted|pointed out|acknowledged|believes|remarked|commented|observed|proposed|"
    r"suggested|praised|recalled|asserted|concluded|reiterated|is convinced|was convinced)\b"
)
STANCE = re.compile(r"\b(?:уверен|убежд[её]н|счита|полага|believes?|is convinced|is confident)", re.IGNORECASE)
ACCORDING = re.compile(r"(?:\b[Пп]о (?:словам|мнению|оценке)\s+|\b[Aa]ccording to\s+)")

# Titles name a function; honorifics do not (they are dropped from roles).
HONORIFICS = {"г-н", "г-жа", "господин", "госпожа", "mr", "mrs", "ms", "dr", "sir", "madam", "h.e", "his", "her", "excellency"}
TITLE_WORDS = {
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
PRONOUNS = {"он", "она", "они", "he", "she", "they"}
PREPOSITIONS = {"of", "for", "from", "at", "in", "on", "to", "with", "в", "во", "на", "по", "о", "об", "с", "со",
                 "из", "от", "для", "при", "к", "за"}
# Appositives that say nothing about the role: relative and participle clauses.
TRANSPARENT = {"who", "which", "that", "whose", "speaking", "addressing", "writing", "answering", "as",
                "который", "которая", "которые", "чей", "чья", "выступая", "отвечая", "говоря", "комментируя"}
# Capitalised words that open sentences but never start a name.
EN_STOP = {
    "however", "but", "and", "meanwhile", "also", "then", "later", "the", "in", "on", "at", "speaking",
    "addressing", "during", "after", "before", "while", "when", "as", "this", "that", "today",
    "yesterday", "finally", "first", "second", "moreover", "furthermore", "a", "an", "for", "with",
}
CONTINUATION = re.compile(
    r"^(?:Прежде всего|Во-первых|Во-вторых|В-третьих|В-четв[её]ртых|Далее|Наконец|Кроме того|"
    r"Помимо этого|Вместе с тем|Также|Он также|Она также|First(?:ly)?|Second(?:ly)?|Third(?:ly)?|"
    r"Finally|Furthermore|Moreover|In addition|Also|Lastly|Next)\b"
)
ADVERBS = {"также", "ещё", "еще", "вновь", "снова", "особо", "твёрдо", "твердо", "уже", "неоднократно",
            "публично", "прямо", "then", "also", "further", "again", "later", "repeatedly", "firmly", "has",
            "had", "have", "was", "is", "twice", "once", "publicly", "earlier"}

ABBREVIATION_DOT = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|St|Sen|Gen|Prof|[A-Z])\.")
WORD = re.compile(r"[^\W\d_][\w'’-]*")
QUOTE_PAIRS = {"«": "»", "“": "”", "„": "“", '"': '"'}
DASHES = "—–-"
