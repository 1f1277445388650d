"""Sheets of anonymous cards to cut: ten business cards (85 x 55 mm) per A4 page.

Each card has the QR code of its payload, the typed code for when the scanner fails, and
one sentence in English, French, Arabic, Farsi, Pashto and Urdu (DESIGN.md §3). Cut marks
stand outside the grid, so no line is printed on a card.

Arabic-script lines are shaped with HarfBuzz (uharfbuzz, through reportlab's
``shapeStr``): letters take their joined forms, Pashto and Urdu letters included, and the
glyphs come out in visual, right-to-left order. Presentation-form tricks
(arabic-reshaper + bidi) cannot join Pashto's ښ or Urdu's ے, which have no presentation
forms. Fonts: DejaVu Sans and Noto Sans Arabic from ``resources/fonts`` (licences beside
them). The QR matrix comes from ``qrcode`` (alphanumeric mode: the payload is uppercase
letters, digits, "." and "-") and is drawn as vector squares.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr, TTFont, shapeStr
from reportlab.pdfgen.canvas import Canvas

from ..domain.languages import normalise
from ..store.locations import resources_dir
from .i18n import draw as draw_text
from .i18n import has_arabic
from .i18n import language as report_language
from .i18n import t as tr
from .i18n import width as width_of

CARD_W, CARD_H = 85 * mm, 55 * mm
COLS, ROWS = 2, 5
PER_PAGE = COLS * ROWS
PAD = 3 * mm
QR_SIZE = 25 * mm
QR_BORDER = 2  # modules of white around the code, inside QR_SIZE; the card adds the rest

LATIN, LATIN_BOLD, MONO, ARABIC = "HspCard-Sans", "HspCard-Sans-Bold", "HspCard-Mono", "HspCard-Arabic"
_FONT_FILES = {
    LATIN: "DejaVuSans.ttf",
    LATIN_BOLD: "DejaVuSans-Bold.ttf",
    MONO: "DejaVuSansMono-Bold.ttf",
    ARABIC: "NotoSansArabic-Regular.ttf",
}

#: The card's sentence; Arabic-script lines use "and" where English has "/": the font
#: has no slash and "the Red Cross and Red Crescent" is how the Movement is named there.
TEXTS: dict[str, str] = {
    "en": "This card is anonymous. Keep it to receive help from the Red Cross / Red Crescent.",
    "fr": "Cette carte est anonyme. Gardez-la pour recevoir l'aide de la Croix-Rouge / "
          "du Croissant-Rouge.",
    "ar": "هذه البطاقة مجهولة الهوية. احتفظ بها لتلقي المساعدة من الصليب الأحمر والهلال الأحمر.",
    "fa": "این کارت بی‌نام است. آن را نگه دارید تا از صلیب سرخ و هلال احمر کمک دریافت کنید.",
    "ps": "دا کارت بې نومه دی. دا وساتئ ترڅو د سره صلیب او سره میاشت مرسته ترلاسه کړئ.",
    "ur": "یہ کارڈ گمنام ہے۔ ریڈ کراس اور ریڈ کریسنٹ سے مدد حاصل کرنے کے لیے اسے سنبھال کر رکھیں۔",
}
RTL_LANGUAGES = ("ar", "fa", "ps", "ur")
#: The sentence in the languages of the HSPs' own staff: printed first, above English and
#: French, when HSP Desk is set to one of them (the six above stay on every card).
LOCAL_TEXTS: dict[str, str] = {
    "sr_Latn": "Ova kartica je anonimna. Sačuvajte je da biste dobijali pomoć od Crvenog krsta / "
               "Crvenog polumeseca.",
    "el": "Αυτή η κάρτα είναι ανώνυμη. Κρατήστε την για να λαμβάνετε βοήθεια από τον Ερυθρό Σταυρό / "
          "την Ερυθρά Ημισέληνο.",
    "bg": "Тази карта е анонимна. Пазете я, за да получавате помощ от Червения кръст / "
          "Червения полумесец.",
}


def card_languages(primary: str) -> tuple[list[str], list[str]]:
    """(left-to-right, right-to-left) languages of a card, the chosen language ``primary``
    first in its block: English and French stay beside the QR code, a local language
    (Serbian, Greek, Bulgarian) goes above them; Arabic first among the Arabic-script ones."""
    ltr = ["en", "fr"]
    if primary in LOCAL_TEXTS:
        ltr = [primary, *ltr]
    elif primary in ltr:
        ltr.sort(key=lambda lang: lang != primary)
    rtl = sorted(RTL_LANGUAGES, key=lambda lang: lang != primary)
    return ltr, rtl


def _text(lang: str) -> str:
    return TEXTS.get(lang) or LOCAL_TEXTS[lang]


@dataclass(frozen=True)
class Card:
    payload: str
    typed_code: str


def register_fonts() -> None:
    fonts = resources_dir() / "fonts"
    for name, file in _FONT_FILES.items():
        try:
            pdfmetrics.getFont(name)
        except KeyError:
            pdfmetrics.registerFont(TTFont(name, str(fonts / file)))


def shape_rtl(text: str, size: float, font: str = ARABIC) -> tuple[ShapedStr | str, float]:
    """``text`` (logical order) shaped into joined glyphs in visual order, and its width.

    Raises RuntimeError if HarfBuzz is missing: printing unjoined, left-to-right Arabic on
    cards handed to people would be worse than printing nothing.
    """
    register_fonts()
    if not pdfmetrics.getFont(font).shapable:
        raise RuntimeError("uharfbuzz is not installed: Arabic-script text cannot be shaped.")
    shaped = shapeStr(text, font, size)
    data = getattr(shaped, "__shapeData__", None)
    if data is None:  # HarfBuzz changed nothing (plain text)
        return shaped, pdfmetrics.stringWidth(text, font, size)
    return shaped, sum(d.x_advance for d in data) * size / 1000


def wrap_rtl(text: str, size: float, width: float) -> list[tuple[ShapedStr | str, float]]:
    """Break a right-to-left sentence into lines no wider than ``width``, then shape each."""
    words = text.split()
    lines: list[tuple[ShapedStr | str, float]] = []
    start = 0
    while start < len(words):
        end = start + 1
        best = shape_rtl(words[start], size)
        while end < len(words):
            candidate = shape_rtl(" ".join(words[start:end + 1]), size)
            if candidate[1] > width:
                break
            best, end = candidate, end + 1
        lines.append(best)
        start = end
    return lines


def balanced_rtl(text: str, size: float, width: float) -> list[tuple[ShapedStr | str, float]]:
    """Like :func:`wrap_rtl`, with lines of similar length rather than one word left over."""
    lines = wrap_rtl(text, size, width)
    if len(lines) < 2:
        return lines
    total = sum(w for _, w in lines)
    narrower = total / len(lines)
    while narrower < width:
        trial = wrap_rtl(text, size, narrower)
        if len(trial) == len(lines):
            return trial
        narrower += 1 * mm
    return lines


def _qr(c: Canvas, x: float, y: float, size: float, data: str) -> None:
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=QR_BORDER)
    code.add_data(data)
    code.make(fit=True)
    matrix = code.get_matrix()
    n = len(matrix)
    cell = size / n
    c.setFillColorRGB(0, 0, 0)
    path = c.beginPath()
    for r, row in enumerate(matrix):
        col = 0
        while col < n:  # one rectangle per run of dark modules: a smaller, faster PDF
            if row[col]:
                run = col
                while run < n and row[run]:
                    run += 1
                path.rect(x + col * cell, y + size - (r + 1) * cell, (run - col) * cell, cell)
                col = run
            else:
                col += 1
    c.drawPath(path, stroke=0, fill=1)


def _card(c: Canvas, x: float, y: float, card: Card, primary: str = "en") -> None:
    top = y + CARD_H - PAD
    _qr(c, x + PAD - 1 * mm, top - QR_SIZE, QR_SIZE, card.payload)

    # Right of the QR code: the chosen language first (English, French; a local language
    # above them), then the typed code. Three languages take a smaller size to fit.
    left = x + PAD + QR_SIZE + 1.5 * mm
    width = x + CARD_W - PAD - left
    ltr, rtl = card_languages(primary)
    room = QR_SIZE - 2.2 * mm - 6 - 9  # from the first baseline down to above the typed code
    for size in (6.2, 5.8, 5.4, 5.0, 4.6):
        blocks = [simpleSplit(_text(lang), LATIN, size, width) for lang in ltr]
        if sum(len(b) for b in blocks) * size * 1.19 + 2.5 * (len(blocks) - 1) <= room:
            break
    c.setFillColorRGB(0, 0, 0)
    ty = top - 6
    for block in blocks:
        c.setFont(LATIN, size)
        for line in block:
            c.drawString(left, ty, line)
            ty -= size * 1.19
        ty -= 2.5
    c.setFont(MONO, 9)
    c.drawString(left, top - QR_SIZE + 2.2 * mm, card.typed_code)
    c.setFont(LATIN, 5)
    c.setFillColorRGB(0.35, 0.35, 0.35)
    caption = tr("Code for typing if the scan fails")
    if has_arabic(caption):
        draw_text(c, left, top - QR_SIZE - 0.3 * mm, caption, LATIN, 5)
    else:
        c.drawString(left, top - QR_SIZE - 0.3 * mm, caption)

    # Below: Arabic, Farsi, Pashto, Urdu, right-aligned.
    c.setStrokeColorRGB(0.7, 0.7, 0.7)
    c.setLineWidth(0.3)
    rule_y = top - QR_SIZE - 2.2 * mm
    c.line(x + PAD, rule_y, x + CARD_W - PAD, rule_y)
    c.setFillColorRGB(0, 0, 0)
    right = x + CARD_W - PAD
    size, leading = 6.2, 8.2
    ly = rule_y - leading
    for lang in rtl:
        for shaped, w in balanced_rtl(TEXTS[lang], size, CARD_W - 2 * PAD):
            t = c.beginText(right - w, ly)
            t.setFont(ARABIC, size)
            t.textOut(shaped)
            c.drawText(t)
            ly -= leading


def _cut_marks(c: Canvas, x0: float, y0: float) -> None:
    """Short lines outside the grid along every cut: nothing is printed on a card."""
    gap, length = 1.5 * mm, 5 * mm
    c.setStrokeColorRGB(0, 0, 0)
    c.setLineWidth(0.25)
    x1, y1 = x0 + COLS * CARD_W, y0 + ROWS * CARD_H
    for i in range(COLS + 1):
        x = x0 + i * CARD_W
        c.line(x, y0 - gap, x, y0 - gap - length)
        c.line(x, y1 + gap, x, y1 + gap + length)
    for j in range(ROWS + 1):
        y = y0 + j * CARD_H
        c.line(x0 - gap, y, x0 - gap - length, y)
        c.line(x1 + gap, y, x1 + gap + length, y)


def render_cards(cards: Sequence[Card], out: str | Path | IO[bytes], *, note: str = "",
                 language: str | None = None) -> int:
    """Write the card sheets to ``out`` (path or binary file). Returns the page count.

    ``language`` (default: the reports' language, i.e. the ``language`` setting) comes
    first on the card and is the language of the caption and page footer.
    """
    register_fonts()
    primary = normalise(language) if language else report_language()
    page_w, page_h = A4
    x0 = (page_w - COLS * CARD_W) / 2
    y0 = (page_h - ROWS * CARD_H) / 2
    c = Canvas(out if not isinstance(out, Path) else str(out), pagesize=A4)
    c.setTitle("HSP Desk cards")
    c.setAuthor("HSP Desk")
    c.setCreator("HSP Desk")
    pages = max(1, -(-len(cards) // PER_PAGE))
    for p in range(pages):
        batch = cards[p * PER_PAGE:(p + 1) * PER_PAGE]
        for i, card in enumerate(batch):
            col, row = i % COLS, i // COLS
            _card(c, x0 + col * CARD_W, y0 + (ROWS - 1 - row) * CARD_H, card, primary)
        _cut_marks(c, x0, y0)
        c.setFont(LATIN, 6)
        c.setFillColorRGB(0.35, 0.35, 0.35)
        footer = " ".join(tr("HSP Desk cards {0} - page {1} of {2} - cut along the marks (85 x 55 mm)")
                          .format(tr(note), p + 1, pages).split())
        if has_arabic(footer):
            draw_text(c, page_w / 2 + width_of(footer, LATIN, 6) / 2, 4 * mm, footer, LATIN, 6,
                      align="right")
        else:
            c.drawCentredString(page_w / 2, 4 * mm, footer)
        c.showPage()
    c.save()
    return pages
