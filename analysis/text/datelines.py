"""News datelines: "МОСКВА, 23 сен – РИА Новости." and "UNITED NATIONS, Sept 23 (Reuters) -".

A wire story opens with the place it was filed from, the date and often the agency. The
place is where the reporter stood, not what the sentence says: "ООН, 23 сен" is not talk
about the United Nations, so the frame matcher skips whatever lies inside a leading dateline.
"""

from __future__ import annotations

import re

_MONTH = (r"(?:янв|фев|мар|апр|ма[йя]|июн|июл|авг|сен|окт|ноя|дек)[а-я]*\.?"
          r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?")
_DATE = rf"(?:\d{{1,2}}\s+(?:{_MONTH})(?:\s+\d{{4}}(?:\s*г(?:ода|\.)?)?)?|(?:{_MONTH})\s+\d{{1,2}}(?:,?\s+\d{{4}})?)"
_PLACE = r"[^\W\d_][\w’'.\- ]{0,40}?(?:\s*\([^()\n]{1,30}\))?"  # "НЬЮ-ЙОРК (ООН)", "UNITED NATIONS"
_AGENCY = (r"(?:\s*\([^()\n]{1,30}\)\s*[-–—]?"  # "(Reuters) -"
           r"|\s*[-–—]\s*\w+(?:\s\w+)?\.(?=\s|$)"  # "– РИА Новости."
           r"|\s*\.?\s*/[^/\n]{1,25}/\.?"  # ". /ТАСС/."
           r"|\s*[-–—.:])?")
_DATELINE = re.compile(rf"^\s*{_PLACE},\s*{_DATE}{_AGENCY}", re.IGNORECASE)
_AGENCY_ONLY = re.compile(r"^\s*[A-ZА-ЯЁ][A-ZА-ЯЁ’'.\- ]{1,40}\s*\([^()\n]{1,30}\)\s*[-–—]")  # "GENEVA (Reuters) -"


def dateline_end(text: str) -> int:
    """Character offset where a leading dateline ends (0 when the text has none)."""
    match = _DATELINE.match(text) or _AGENCY_ONLY.match(text)
    return match.end() if match else 0
