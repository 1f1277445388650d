"""Translations: every UI string is marked and translated, placeholders survive, Arabic
mirrors the layout, reports follow the language, and ``--self-test`` passes from source.

The frozen build's self-test is run by ``installer/build_and_selftest.sh`` in CI.
"""

from __future__ import annotations

import ast
import io
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from hsp_desk.domain.languages import LANGUAGES, normalise

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "hsp_desk" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
TARGETS = [lang for lang in LANGUAGES if lang != "en"]

# --------------------------------------------------------------------------- (a) marking

#: Methods whose arguments a person reads.
TEXT_METHODS = {
    "setText", "setWindowTitle", "setPlaceholderText", "setToolTip", "setStatusTip",
    "setWhatsThis", "setTitle", "setSubTitle", "setLabelText", "setInformativeText",
    "setDetailedText", "setHeaderLabels", "setHorizontalHeaderLabels", "setVerticalHeaderLabels",
    "showMessage", "addTab", "insertTab", "setTabText", "setTabToolTip", "setSuffix", "setPrefix",
    "setSpecialValueText", "setButtonText", "addRow", "insertRow", "addAction", "addMenu",
    "addButton", "setAccessibleName", "setAccessibleDescription", "information", "warning",
    "critical", "question", "about", "getSaveFileName", "getOpenFileName", "getExistingDirectory",
    "getText", "getInt", "getItem", "setNameFilter", "setNameFilters", "setFinishButtonText",
    "addItem", "insertItem", "addItems", "show_info", "show_error", "set_heading", "heading",
    "message", "emit_message",
}
#: Widgets whose constructor's text a person reads.
TEXT_WIDGETS = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QToolButton", "QAction",
    "QMenu", "QListWidgetItem", "QTableWidgetItem", "QTreeWidgetItem", "QCommandLinkButton",
    "QWizardPage", "QDialog", "QMessageBox",
}
#: Literal text that is not language: key names, format-only strings, technical values.
ALLOWED = {"Ctrl+", "PDF", "Excel (XLSX)", "HSP Desk"}  # key names, file formats, the brand
#: Files that type demo values into forms (the screenshot tour): data, not interface text.
SKIPPED_FILES = {"screenshots.py"}
_WORD = re.compile(r"[^\W\d_]{2,}")


def _literal_text(node: ast.AST) -> str | None:
    """The text of a string literal, an f-string's literal parts, or "..." .format(...)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr == "format"):
        return _literal_text(node.func.value)
    if isinstance(node, ast.BinOp):  # "a" + "b"
        left, right = _literal_text(node.left), _literal_text(node.right)
        return (left or "") + (right or "") if left or right else None
    if isinstance(node, ast.IfExp):
        return (_literal_text(node.body) or "") + (_literal_text(node.orelse) or "") or None
    return None


def _is_text(node: ast.AST) -> bool:
    """A literal, or a call of tr()/translate() (possibly .format()-ed): text, not an icon."""
    if _literal_text(node) is not None:
        return True
    while isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        node = node.func.value
    if isinstance(node, ast.Call):
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        return name in ("tr", "translate")
    return False


def _text_args(call: ast.Call) -> list[ast.AST]:
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
    args: list[ast.AST] = list(call.args)
    if name in ("addItem", "insertItem"):
        # addItem(text, data) / addItem(icon, text, data) / insertItem(i, text, data):
        # the data is a value, not text.
        first = 1 if name == "insertItem" else 0
        if len(args) > first + 1 and not _is_text(args[first]):
            first += 1  # an icon first
        args = args[first:first + 1]
    if name in ("addRow", "insertRow") and len(args) > 1:
        args = args[:-1]  # the label, not the field widget
    args += [k.value for k in call.keywords if k.arg in {"text", "title", "toolTip", "placeholderText"}]
    return args


def unmarked_strings(root: Path = UI) -> list[str]:
    """``file:line: "text"`` for every literal a person would read that is not wrapped in
    tr()/translate()/QT_TRANSLATE_NOOP."""
    found: list[str] = []
    for path in sorted(root.rglob("*.py")):
        if path.name in SKIPPED_FILES:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = (func.attr if isinstance(func, ast.Attribute)
                    else func.id if isinstance(func, ast.Name) else "")
            if name not in TEXT_METHODS and name not in TEXT_WIDGETS:
                continue
            for arg in _text_args(node):
                candidates = list(arg.elts) if isinstance(arg, ast.List | ast.Tuple) else [arg]
                for c in candidates:
                    text = _literal_text(c)
                    if text and _WORD.search(text) and text not in ALLOWED:
                        found.append(f"{path.relative_to(ROOT)}:{c.lineno}: {text!r} ({name})")
    return found


def test_every_ui_string_is_marked_for_translation() -> None:
    assert unmarked_strings() == [], "wrap these in self.tr() / QCoreApplication.translate()"


def test_the_scanner_catches_an_unmarked_string(tmp_path: Path) -> None:
    (tmp_path / "page.py").write_text(
        "class P:\n"
        "    def build(self):\n"
        "        QLabel('Quantity')\n"
        "        self.ok = QPushButton(self.tr('Save'))\n"
        "        self.box.setToolTip(f'Stock at {site}')\n"
        "        self.combo.addItem(self.tr('French'), 'fr')\n"
        "        self.combo.addItem('Greek', 'el')\n"
        "        self.status.showMessage(QCoreApplication.translate('X', 'Done'))\n"
        "        self.edit.setPlaceholderText('{n} kits'.format(n=1))\n",
        encoding="utf-8")
    global ROOT
    saved, ROOT = ROOT, tmp_path
    try:
        found = unmarked_strings(tmp_path)
    finally:
        ROOT = saved
    assert [f.split(": ", 1)[1] for f in found] == [
        "'Quantity' (QLabel)", "'Stock at ' (setToolTip)", "'Greek' (addItem)",
        "'{n} kits' (setPlaceholderText)"]


# --------------------------------------------------------------------------- extraction

_TR_CALLS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
#: Helpers that translate a text given as a variable: a literal passed to them is not
#: extracted by pyside6-lupdate, so it must not be passed one.
_WRAPPERS = {"_t", "_tr", "_"}


def _module_tables(tree: ast.Module) -> dict[str, ast.AST]:
    found: dict[str, ast.AST] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    found[target.id] = node.value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value:
            found[node.target.id] = node.value
    return found


def _unmarked_in_table(value: ast.AST) -> list[str]:
    """String values of a module-level list/dict that are not inside QT_TRANSLATE_NOOP."""
    marked: set[int] = set()
    keys: set[int] = set()
    for node in ast.walk(value):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("QT_TRANSLATE_NOOP", "QT_TR_NOOP"):
            marked |= {id(n) for n in ast.walk(node)}
        if isinstance(node, ast.Dict):
            keys |= {id(k) for k in node.keys if k is not None}
    return [n.value for n in ast.walk(value)
            if isinstance(n, ast.Constant) and isinstance(n.value, str) and _WORD.search(n.value)
            and id(n) not in marked and id(n) not in keys]


def extraction_problems(root: Path = UI) -> list[str]:
    """Translated text pyside6-lupdate cannot see: literals handed to a helper such as
    ``_t("...")``, and module-level tables translated later whose strings are not marked
    with QT_TRANSLATE_NOOP."""
    found: list[str] = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        tables = _module_tables(tree)
        where = path.relative_to(ROOT)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in _WRAPPERS and node.args and _literal_text(node.args[0]):
                found.append(f"{where}:{node.lineno}: {name}({node.args[0].value!r}) is not extracted; "
                             "use QCoreApplication.translate(context, text)")
            if isinstance(func, ast.Attribute) and name == "tr" and not (
                    isinstance(func.value, ast.Name) and func.value.id in ("self", "cls")):
                found.append(f"{where}:{node.lineno}: {ast.unparse(func)}() takes its context from the "
                             "variable name; use QCoreApplication.translate('ClassName', text)")
            if name in ("translate", "_t", "tr") and node.args:
                text_arg = node.args[-1] if name == "translate" else node.args[0]
                if isinstance(text_arg, ast.Constant):
                    continue
                for ref in ast.walk(text_arg):
                    if isinstance(ref, ast.Name) and ref.id in tables:
                        for text in _unmarked_in_table(tables[ref.id]):
                            found.append(f"{where}: {ref.id} holds {text!r} without QT_TRANSLATE_NOOP")
    return sorted(set(found))


def test_every_translated_string_can_be_extracted() -> None:
    assert extraction_problems() == []


def _ts_sources(path: Path) -> set[tuple[str, str]]:
    root = ET.parse(path).getroot()
    return {(ctx.findtext("name") or "", msg.findtext("source") or "")
            for ctx in root.iter("context") for msg in ctx.iter("message")}


def test_the_ts_files_hold_every_string_of_the_code(tmp_path: Path) -> None:
    """pyside6-lupdate run now finds nothing the committed .ts files lack: run
    ``python resources/translations/update.py`` after changing UI text."""
    sys.path.insert(0, str(TRANSLATIONS))
    import update  # resources/translations/update.py

    fresh = tmp_path / "fresh.ts"
    subprocess.run([update._tool("lupdate"), *update.sources(), "-ts", str(fresh), "-silent",
                    "-locations", "none"], cwd=ROOT, check=True)
    in_code = _ts_sources(fresh)
    assert len(in_code) > 300
    for lang in TARGETS:
        assert in_code - _ts_sources(TRANSLATIONS / f"hsp_desk_{lang}.ts") == set(), lang


# --------------------------------------------------------------------------- (b) complete

@pytest.mark.parametrize("lang", TARGETS)
def test_every_ui_string_is_translated_with_its_placeholders(lang: str) -> None:
    sys.path.insert(0, str(TRANSLATIONS))
    import update

    assert update.problems(lang) == []
    # The compiled .qm says what the .ts says (else: python resources/translations/update.py compile).
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / f"hsp_desk_{lang}.qm"))
    stale = [(ctx, source) for ctx, source, tr in update.messages(lang)
             if translator.translate(ctx, source) != (tr.text if tr is not None else "")]
    assert stale == [], "the .qm is older than its .ts: run resources/translations/update.py compile"


def test_the_checker_catches_a_broken_placeholder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sys.path.insert(0, str(TRANSLATIONS))
    import update

    (tmp_path / "hsp_desk_fr.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="fr"><context><name>P</name>'
        "<message><source>{n} cards on {pages} page(s)</source><translation>{n} cartes sur {page} page(s)"
        "</translation></message><message><source>&amp;Site:</source><translation>Site :</translation>"
        "</message><message><source>Save</source><translation type=\"unfinished\"></translation>"
        "</message></context></TS>", encoding="utf-8")
    monkeypatch.setattr(update, "HERE", tmp_path)
    found = update.problems("fr")
    assert len(found) == 3
    assert "placeholders differ" in found[0] and "shortcut" in found[1] and "untranslated" in found[2]


@pytest.mark.parametrize("lang", TARGETS)
def test_report_catalogue_is_complete_with_its_placeholders(lang: str) -> None:
    from hsp_desk.reports import i18n as report_i18n
    from hsp_desk.reports.i18n_catalogue import CATALOGUE, TARGET_ORDER

    assert report_i18n.missing(lang) == []
    col = 1 + TARGET_ORDER.index(lang)
    for row in CATALOGUE:
        assert sorted(re.findall(r"\{\w*\}", row[col])) == sorted(re.findall(r"\{\w*\}", row[0])), row
    assert len({row[0] for row in CATALOGUE}) == len(CATALOGUE), "an English text twice"


def test_report_translation_of_labels_patterns_and_data() -> None:
    from hsp_desk.reports import i18n as report_i18n

    with report_i18n.use_language("fr"):
        assert report_i18n.t("Stock report") == "Rapport de stock"
        assert report_i18n.t("Page {0} of {1}").format(2, 5) == "Page 2 sur 5"
        assert report_i18n.t("Total hygiene") == "Total hygiène"  # pattern, value looked up too
        assert report_i18n.t("Hygiene") == "Hygiène"  # capitalised form of an entry
        assert report_i18n.cell("Soap bar 100 g") == "Soap bar 100 g"  # data stays
    with report_i18n.use_language("sr-Latn-RS"):
        assert report_i18n.language() == "sr_Latn"
        assert report_i18n.t("Stock card") == "Kartica zaliha"
    assert report_i18n.t("Stock report") == "Stock report"


def test_language_codes_are_normalised() -> None:
    codes = ("fr_FR", "sr", "sr-Cyrl-RS", "el_GR.UTF-8", "ar_EG", "de_DE", "", "C")
    assert [normalise(c) for c in codes] == ["fr", "sr_Latn", "sr_Latn", "el", "ar", "en", "en", "en"]


# --------------------------------------------------------------------------- (c) Qt

def test_arabic_translator_mirrors_the_layout_and_translates_the_window(qtbot, sqlite_db) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from hsp_desk.services.context import Actor
    from hsp_desk.ui import i18n
    from hsp_desk.ui.main_window import MainWindow
    from tests.factories import seed_world

    with sqlite_db.session() as s:
        seed_world(s)
    app = QApplication.instance()
    try:
        assert i18n.install(app, "ar") == "ar"
        window = MainWindow(sqlite_db, Actor.system("test"), site_code="MNE-ROZAJE")
        qtbot.addWidget(window)
        assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert window.user_label.text().startswith("مسجّل الدخول: system")
        titles = [window.nav.item(i).text() for i in range(window.nav.count())]
        assert "المخزون" in titles and "Stock" not in titles
        window.ctx.tasks.wait()
        i18n.install(app, "fr")
        assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert QApplication.translate("MainWindow", "&Site:") == "&Site :"
    finally:
        i18n.install(app, "en")


def test_the_language_setting_is_read_at_start(sqlite_db, monkeypatch: pytest.MonkeyPatch) -> None:
    from hsp_desk.domain.errors import InvalidInput
    from hsp_desk.services import settings
    from hsp_desk.services.context import Actor
    from hsp_desk.ui import i18n

    monkeypatch.delenv("HSP_DESK_LANG", raising=False)
    actor = Actor.system("test")
    with sqlite_db.session() as s:
        assert settings.get_language(s) == "en" and settings.get_language(s, default="") == ""
        assert settings.set_language(s, actor, "Ελληνικά") == "el"
        assert settings.get_language(s) == "el"
        with pytest.raises(InvalidInput):
            settings.set_language(s, actor, "klingon")
        assert settings.get_language(s) == "el"
    assert i18n.current_language(None, "el") == "el"
    assert i18n.current_language("ar", "el") == "ar"
    monkeypatch.setenv("HSP_DESK_LANG", "bg")
    assert i18n.current_language(None, "el") == "bg"


# --------------------------------------------------------------------------- (d) reports

def _stock_report(db, lang: str, out: Path) -> Path:  # type: ignore[no-untyped-def]
    from datetime import date, timedelta

    from hsp_desk.services import receiving, settings
    from hsp_desk.services.context import Actor
    from hsp_desk.services.reporting import ReportRequest, produce_report

    actor = Actor.system("test")
    with db.session() as s:
        expiry = date.today() + timedelta(90)
        receiving.receive(s, actor, "MNE-ROZAJE", [
            receiving.ReceiptLine("HYG-SOAP", 40), receiving.ReceiptLine("BABY-CEREAL", 12, expiry=expiry)])
        settings.set_language(s, actor, lang)
        return produce_report(s, actor, ReportRequest("stock", out, sites=["MNE-ROZAJE"]))


def test_report_in_french_has_french_headings(sqlite_db, tmp_path: Path) -> None:
    import pdfplumber
    from openpyxl import load_workbook

    from tests.factories import seed_world

    with sqlite_db.session() as s:
        seed_world(s)
    pdf = _stock_report(sqlite_db, "fr", tmp_path / "stock.pdf")
    with pdfplumber.open(pdf) as doc:
        text = doc.pages[0].extract_text()
    for words in ("Rapport de stock", "Ouverture", "Clôture", "Total hygiène", "Page 1 sur 1", "Produit le"):
        assert words in text, words
    assert "Stock report" not in text and "Opening" not in text
    xlsx = _stock_report(sqlite_db, "fr", tmp_path / "stock.xlsx")
    book = load_workbook(xlsx, read_only=True)
    assert book.sheetnames[:2] == ["À propos", "Par site"]
    assert [c.value for c in next(book["Par site"].iter_rows(max_row=1))][:4] == [
        "Code du site", "Site", "Catégorie", "Code article"]
    book.close()


def test_report_in_arabic_is_shaped_and_right_to_left(sqlite_db, tmp_path: Path) -> None:
    import unicodedata
    import zipfile

    import pdfplumber
    from pypdf import PdfReader

    from tests.factories import seed_world

    with sqlite_db.session() as s:
        seed_world(s)
    pdf = _stock_report(sqlite_db, "ar", tmp_path / "stock.pdf")
    assert PdfReader(pdf).metadata.title == "تقرير المخزون"
    with pdfplumber.open(pdf) as doc:
        page = doc.pages[0]
        text = page.extract_text()
        fonts = {c["fontname"].split("+")[-1] for c in page.chars}
    assert "Stock report" not in text and "Opening" not in text
    # Shaped: the letters come out as joined presentation forms (HarfBuzz), in Noto Sans Arabic.
    assert any("\ufb50" <= ch <= "\ufeff" for ch in text)
    assert any(f.startswith("HspArabic") or "Arabic" in f for f in fonts), fonts
    plain = unicodedata.normalize("NFKC", text)
    assert "تقرير"[::-1] in plain  # the title, in visual order on the page
    # The title sits at the right of the page (right-to-left header).
    title = [c for c in page.chars if c["size"] > 13]
    assert title and min(c["x0"] for c in title) > page.width / 2
    xlsx = _stock_report(sqlite_db, "ar", tmp_path / "stock.xlsx")
    with zipfile.ZipFile(xlsx) as z:
        assert 'rightToLeft="1"' in z.read("xl/worksheets/sheet2.xml").decode()


def test_cards_put_the_chosen_language_first() -> None:
    from hsp_desk.reports.token_cards import card_languages

    assert card_languages("en") == (["en", "fr"], ["ar", "fa", "ps", "ur"])
    assert card_languages("fr") == (["fr", "en"], ["ar", "fa", "ps", "ur"])
    assert card_languages("ar") == (["en", "fr"], ["ar", "fa", "ps", "ur"])
    assert card_languages("el") == (["el", "en", "fr"], ["ar", "fa", "ps", "ur"])


def test_card_sheet_in_greek_prints_greek_first(tmp_path: Path) -> None:
    import pdfplumber

    from hsp_desk.reports import i18n as report_i18n
    from hsp_desk.reports.token_cards import Card, render_cards

    with report_i18n.use_language("el"):
        render_cards([Card("HSP1.ABCDEFGHJKLMNPQRSTUV.X1234567890", "ABCD-EFGH-JKLM-NPQR-S")],
                     tmp_path / "cards.pdf", note="replacement card")
    with pdfplumber.open(tmp_path / "cards.pdf") as doc:
        text = doc.pages[0].extract_text()
    assert text.index("Αυτή η κάρτα είναι ανώνυμη") < text.index("This card is anonymous")
    assert "Κωδικός για πληκτρολόγηση" in text and "κάρτα αντικατάστασης" in text


# --------------------------------------------------------------------------- (e) self-test

def test_self_test_passes_from_source(qtbot) -> None:
    from hsp_desk.commands.selftest import run_self_test

    out = io.StringIO()
    code = run_self_test(out)
    report = out.getvalue()
    assert code == 0, report
    for check in ("resources", "drivers", "database", "services", "PDF", "PDF (Arabic)", "XLSX", "cards",
                  "translations", "right-to-left", "icons", "main window"):
        assert f"ok    {check}:" in report, check


def test_self_test_names_what_is_missing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from hsp_desk.commands import selftest

    monkeypatch.setattr(selftest, "REQUIRED_RESOURCES", [*selftest.REQUIRED_RESOURCES, "fonts/missing.ttf"])
    out = io.StringIO()
    assert selftest.run_self_test(out, qt=False) == 1
    assert "FAIL  resources: FileNotFoundError: missing: fonts/missing.ttf" in out.getvalue()
    assert "SELF-TEST FAILED" in out.getvalue()
