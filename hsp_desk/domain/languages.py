"""The languages HSP Desk speaks (user interface, reports, card texts) and their codes.

English is the source language; the others have complete translations in
``resources/translations`` (UI) and ``hsp_desk/reports/i18n.py`` (reports). Codes are Qt
locale names, so ``hsp_desk_<code>.qm`` is the file of a language; Serbian is written in
Latin script (``sr_Latn``), the script used at HSPs in Serbia and in Bosnia and Herzegovina.
"""

from __future__ import annotations

SOURCE_LANGUAGE = "en"

#: Code -> the language's own name, in the order the settings list them.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "fr": "Français",
    "sr_Latn": "Srpski (latinica)",
    "el": "Ελληνικά",
    "bg": "Български",
    "ar": "العربية",
}

#: Languages written right to left (Arabic, Farsi/Dari, Pashto, Urdu, Hebrew, Kurdish Sorani).
RTL_LANGUAGES = frozenset({"ar", "fa", "prs", "ps", "ur", "he", "ckb"})

_ALIASES = {"sr": "sr_Latn", "sr_latn": "sr_Latn", "sr_latn_rs": "sr_Latn", "sr_rs": "sr_Latn",
            "sr_me": "sr_Latn", "sr_ba": "sr_Latn"}


def normalise(code: str | None) -> str:
    """A language or locale name ("fr_FR", "sr-Latn", "ar_EG", "C") as one of
    :data:`LANGUAGES`; anything else (or nothing) is English."""
    text = (code or "").strip().replace("-", "_").split(".")[0]
    if not text:
        return SOURCE_LANGUAGE
    if text in LANGUAGES:
        return text
    lowered = text.lower()
    if lowered in _ALIASES:
        return _ALIASES[lowered]
    base = lowered.split("_")[0]
    if base == "sr":  # Serbian in Cyrillic script still gets the Latin translation
        return "sr_Latn"
    return base if base in LANGUAGES else SOURCE_LANGUAGE


def is_rtl(code: str) -> bool:
    return code.replace("-", "_").split("_")[0].lower() in RTL_LANGUAGES
