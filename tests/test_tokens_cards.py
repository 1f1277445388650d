"""The card sheets: real QR codes that decode and verify, shaped right-to-left text, fonts."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest
import zxingcpp
from pypdf import PdfReader
from reportlab.lib.units import mm

from hsp_desk.cli import main
from hsp_desk.domain import tokens as tk
from hsp_desk.reports import token_cards
from hsp_desk.services import tokens as ts
from hsp_desk.store.database import open_database
from hsp_desk.store.locations import resources_dir

from .factories import seed_world


def _decode_pages(pdf_path) -> list[list[str]]:  # type: ignore[no-untyped-def]
    pages = []
    doc = pdfium.PdfDocument(str(pdf_path))
    for page in doc:
        image = page.render(scale=200 / 72).to_pil().convert("L")
        found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
        pages.append([r.text for r in found])
    doc.close()
    return pages


def test_issue_prints_cards_whose_qr_codes_decode_and_verify(sqlite_url, tmp_path, capsys) -> None:
    db = open_database(sqlite_url)
    with db.session() as s:
        seed_world(s)
    out = tmp_path / "cards.pdf"
    assert main(["tokens", "issue", "--site", "MNE-ROZAJE", "--count", "13", "--out", str(out),
                 "--database-url", sqlite_url]) == 0
    assert "13 cards on 2 page(s)" in capsys.readouterr().out

    reader = PdfReader(str(out))
    assert len(reader.pages) == 2
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert (round(width / mm), round(height / mm)) == (210, 297)  # A4

    decoded = _decode_pages(out)
    assert [len(p) for p in decoded] == [10, 3]
    texts = [t for page in decoded for t in page]
    assert len(set(texts)) == 13
    with db.session() as s:
        for text in texts:
            token = ts.resolve(s, text)
            assert token.status == "issued"
            # the typed code printed on the page is the same card
            assert tk.typed_code(token.id) in reader.pages[0 if texts.index(text) < 10 else 1] \
                .extract_text()
    db.dispose()


def test_card_text_in_six_languages_and_rtl_shaping() -> None:
    assert set(token_cards.TEXTS) == {"en", "fr", "ar", "fa", "ps", "ur"}
    for lang in token_cards.RTL_LANGUAGES:
        text = token_cards.TEXTS[lang]
        shaped, width = token_cards.shape_rtl(text, 6.2)
        data = shaped.__shapeData__  # type: ignore[union-attr]
        # visual order: the first glyph drawn (leftmost) is the sentence's last character
        assert data[0].cluster == len(text) - 1, lang
        assert data[-1].cluster == 0, lang
        # joined forms: the glyphs drawn are not the logical letters one by one
        assert str(shaped) != text[::-1], lang
        assert width > 0


def test_long_rtl_lines_wrap_within_the_card() -> None:
    lines = token_cards.balanced_rtl(token_cards.TEXTS["ur"], 6.2, 60 * mm)
    assert len(lines) >= 2 and all(w <= 60 * mm for _, w in lines)
    # balanced: no line is a lone word left over
    assert min(w for _, w in lines) > 0.5 * max(w for _, w in lines)


def test_fonts_ship_with_their_licences() -> None:
    fonts = resources_dir() / "fonts"
    for file in token_cards._FONT_FILES.values():
        assert (fonts / file).is_file(), file
    assert "Open Font License" in (fonts / "NotoSansArabic-LICENSE.txt").read_text()
    assert (fonts / "DejaVu-LICENSE.txt").is_file()


def test_replacement_card_pdf(sqlite_url, tmp_path, capsys) -> None:
    db = open_database(sqlite_url)
    with db.session() as s:
        seed_world(s)
    out = tmp_path / "cards.pdf"
    assert main(["tokens", "issue", "--site", "MNE-ROZAJE", "--count", "1", "--out", str(out),
                 "--database-url", sqlite_url]) == 0
    (old,) = _decode_pages(out)[0]
    new_pdf = tmp_path / "new.pdf"
    assert main(["tokens", "replace", old, "--out", str(new_pdf), "--database-url", sqlite_url]) == 0
    (new,) = _decode_pages(new_pdf)[0]
    with db.session() as s:
        assert ts.resolve(s, new).household_id == ts.check_card(s, old).token.household_id
        with pytest.raises(tk.CardRejected):
            ts.resolve(s, old)
    db.dispose()
