"""Reports in the chosen language, without Qt: a plain catalogue per language, and
right-to-left text (Arabic) drawn shaped on the PDF canvas.

The report modules write their labels in English, as before; ``pdf_base`` and
``xlsx_base`` pass every title, column header, heading, paragraph, signature line and
label cell through :func:`t`, which looks it up in ``i18n_catalogue.CATALOGUE`` for the
language set with :func:`use_language` (``services.reporting`` sets the ``language``
setting around each report). Text with no entry (item and site names, numbers) is left
as it is. An entry may hold ``{placeholders}``: "Total hygiene" is found through
"Total {0}", and the value in the placeholder is itself looked up ("hygiene").

Arabic: reportlab draws glyphs left to right and does not join letters, so a line that
holds Arabic is cut into runs of Arabic and non-Arabic text, each Arabic run is shaped
by HarfBuzz (through reportlab's ``shapeStr``, as the token cards do) in Noto Sans
Arabic, and the runs are laid out right to left (:func:`runs`, :func:`draw`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, shapeStr
from reportlab.platypus import Flowable

from ..domain.languages import LANGUAGES, SOURCE_LANGUAGE, is_rtl, normalise
from ..store.locations import resources_dir
from .i18n_catalogue import CATALOGUE, TARGET_ORDER

_language: ContextVar[str | None] = ContextVar("report_language", default=None)
_default = [SOURCE_LANGUAGE]


def language() -> str:
    """The language reports are written in now: the one of the enclosing
    :func:`use_language`, else the process default (:func:`set_default_language`)."""
    return _language.get() or _default[0]


def set_default_language(code: str | None) -> str:
    """The language of reports written outside any :func:`use_language` block (the
    GUI's language, or the ``language`` setting for the command line)."""
    _default[0] = normalise(code)
    return _default[0]


def rtl() -> bool:
    return is_rtl(language())


@contextmanager
def use_language(code: str | None) -> Iterator[str]:
    """Write the reports produced inside the block in ``code`` (any locale name)."""
    lang = normalise(code)
    token = _language.set(lang)
    try:
        yield lang
    finally:
        _language.reset(token)


# --------------------------------------------------------------------------- catalogue

@cache
def _table(lang: str) -> dict[str, str]:
    if lang == SOURCE_LANGUAGE or lang not in TARGET_ORDER:
        return {}
    i = TARGET_ORDER.index(lang)
    return {row[0]: row[1 + i] for row in CATALOGUE}


_FIELD = re.compile(r"\{(\w*)\}")


@cache
def _patterns(lang: str) -> list[tuple[re.Pattern[str], str]]:
    """Entries with placeholders as regular expressions, the longest literal text first."""
    found = []
    for source, target in _table(lang).items():
        if "{" not in source:
            continue
        parts = _FIELD.split(source)
        regex = "".join(re.escape(p) if n % 2 == 0 else f"(?P<g{n // 2}>.+?)"
                        for n, p in enumerate(parts))
        literal = sum(len(p) for p in parts[::2])
        found.append((literal, re.compile(f"^{regex}$", re.DOTALL), target, parts[1::2]))
    found.sort(key=lambda f: -f[0])
    return [(rx, _FIELD.sub(lambda m, names=names: "{" + str(names.index(m.group(1))) + "}"
             if m.group(1) in names else m.group(0), target))
            for _, rx, target, names in found]


def lookup(text: str, lang: str | None = None) -> str | None:
    """The exact translation of ``text`` (or of its lower-case form), else None."""
    table = _table(lang or language())
    if not table or not text:
        return None
    found = table.get(text)
    if found is not None:
        return found
    lowered = table.get(text.lower())
    if lowered is not None and text[:1].isupper():
        return lowered[:1].upper() + lowered[1:]
    return lowered


def t(text: str, lang: str | None = None) -> str:
    """``text`` in the report language: exact entry, else an entry with placeholders whose
    values are translated in turn, else ``text`` unchanged."""
    lang = lang or language()
    if lang == SOURCE_LANGUAGE or not text:
        return text
    found = lookup(text, lang)
    if found is not None:
        return found
    for rx, target in _patterns(lang):
        m = rx.match(text)
        if m:
            values = [t(v, lang) for v in m.groups()]
            return target.format(*values)
    return text


def cell(text: str) -> str:
    """A table cell: only exact entries (movement kinds, reasons, "yes"), so that data
    such as item names is never rewritten by a pattern."""
    if language() == SOURCE_LANGUAGE:
        return text
    found = lookup(text)
    return text if found is None else found


def missing(lang: str) -> list[str]:
    """Entries with no translation in ``lang`` (for the tests)."""
    return [row[0] for row in CATALOGUE if not row[1 + TARGET_ORDER.index(lang)].strip()]


# --------------------------------------------------------------------------- right to left

ARABIC_FONT, ARABIC_FONT_BOLD = "HspArabic", "HspArabic-Bold"
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
# A run of Arabic script: Arabic letters with the spaces and punctuation between them.
_ARABIC_RUN = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]"
                         r"(?:[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff\s،؛؟.\-]*"
                         r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff])?")


def has_arabic(text: str) -> bool:
    return bool(_ARABIC.search(text))


@cache
def _register_arabic() -> bool:
    folder = resources_dir() / "fonts"
    try:
        for name, file in ((ARABIC_FONT, "NotoSansArabic-Regular.ttf"),
                           (ARABIC_FONT_BOLD, "NotoSansArabic-Bold.ttf")):
            if name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    except Exception:  # no Arabic font: the text still prints, unjoined, in the Latin font
        return False
    return pdfmetrics.getFont(ARABIC_FONT).shapable


Run = tuple[Any, str, float]  # (text or shaped text, font, width in points)


def runs(text: str, font: str, size: float, *, bold: bool = False) -> list[Run]:
    """``text`` as runs in visual order, left to right on the page. Without Arabic: one
    run. With Arabic: the paragraph reads right to left, so the logical first run is
    placed rightmost; Arabic runs are shaped, other runs (numbers, codes, Latin names)
    keep their own left-to-right order."""
    if not has_arabic(text) or not _register_arabic():
        return [(text, font, pdfmetrics.stringWidth(text, font, size))]
    arabic_font = ARABIC_FONT_BOLD if bold else ARABIC_FONT
    pieces: list[tuple[str, bool]] = []
    pos = 0
    for m in _ARABIC_RUN.finditer(text):
        if m.start() > pos:
            pieces.append((text[pos:m.start()], False))
        pieces.append((m.group(0), True))
        pos = m.end()
    if pos < len(text):
        pieces.append((text[pos:], False))
    out: list[Run] = []
    for piece, arabic in reversed(pieces):
        if arabic:
            shaped = shapeStr(piece, arabic_font, size)
            data = getattr(shaped, "__shapeData__", None)
            width = (sum(d.x_advance for d in data) * size / 1000 if data is not None
                     else pdfmetrics.stringWidth(piece, arabic_font, size))
            out.append((shaped, arabic_font, width))
        else:
            # Spaces and punctuation at the edges of a left-to-right run belong to the
            # right-to-left paragraph around it: they are laid out right to left (so
            # "الموقع: MNE" prints as "MNE :الموقع"); brackets with nothing else mirror.
            m = _EDGES.match(piece)
            lead, core, trail = m.group(1), m.group(2), m.group(3)
            if not re.search(r"\w", core):
                lead, core, trail = lead + core + trail, "", ""
            visual = _rtl_neutral(trail) + core + _rtl_neutral(lead)
            out.append((visual, font, pdfmetrics.stringWidth(visual, font, size)))
    return out


_MIRROR = str.maketrans("()[]<>«»", ")(][><»«")
_EDGES = re.compile(r"^([\s:;,.،؛·–\-]*)(.*?)([\s:;,.،؛·–\-]*)$", re.DOTALL)


def _rtl_neutral(text: str) -> str:
    return text[::-1].translate(_MIRROR)


def width(text: str, font: str, size: float, *, bold: bool = False) -> float:
    return sum(w for _, _, w in runs(text, font, size, bold=bold))


def draw(canvas: Any, x: float, y: float, text: str, font: str, size: float, *,
         align: str = "left", bold: bool = False) -> float:
    """Draw ``text`` with its left edge (``align="left"``) or right edge at ``x``.
    Returns its width."""
    parts = runs(text, font, size, bold=bold)
    total = sum(w for _, _, w in parts)
    left = x if align == "left" else x - total
    for content, f, w in parts:
        tx = canvas.beginText(left, y)
        tx.setFont(f, size)
        tx.textOut(content)
        canvas.drawText(tx)
        left += w
    return total


class RtlParagraph(Flowable):
    """A paragraph holding Arabic: broken into lines at spaces, each line drawn shaped and
    right-aligned (the start of a right-to-left paragraph)."""

    def __init__(self, text: str, font: str, size: float, leading: float, *,
                 space_after: float = 0, bold: bool = False) -> None:
        super().__init__()
        self.text, self.font, self.size, self.leading = text, font, size, leading
        self.space_after, self.bold = space_after, bold
        self._lines: list[str] = []

    def _break(self, avail: float) -> list[str]:
        lines: list[str] = []
        current = ""
        for word in self.text.split():
            candidate = f"{current} {word}" if current else word
            if current and width(candidate, self.font, self.size, bold=self.bold) > avail:
                lines.append(current)
                current = word
            else:
                current = candidate
        return [*lines, current] if current else lines or [""]

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._lines = self._break(avail_width)
        self.width = avail_width
        self.height = len(self._lines) * self.leading
        return self.width, self.height

    def getSpaceAfter(self) -> float:  # noqa: N802 - reportlab's name
        return self.space_after

    def draw(self) -> None:
        for n, line in enumerate(self._lines):
            y = self.height - (n + 1) * self.leading + (self.leading - self.size) * 0.5 + self.size * 0.2
            draw(self.canv, self.width, y, line, self.font, self.size, align="right", bold=self.bold)


__all__ = ["LANGUAGES", "RtlParagraph", "cell", "draw", "has_arabic", "language", "rtl", "runs",
           "set_default_language", "t", "use_language"]
