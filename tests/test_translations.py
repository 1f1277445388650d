"""Translations: every UI string is marked and translated, placeholders survive, Arabic
mirrors the layout, reports follow the language, and ``--self-test`` passes from source.

The frozen build's self-test is run by ``installer/build_and_selftest.sh`` in CI.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from hsp_desk.domain.languages import LANGUAGES

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
ALLOWED = {"Ctrl+{n}", "Ctrl+{}", "PDF (*.pdf)", "Excel (*.xlsx)", "HSP Desk", "…"}
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


def _text_args(call: ast.Call) -> list[ast.AST]:
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
    args: list[ast.AST] = list(call.args)
    if name in ("addItem", "insertItem"):
        # addItem(text, data) / addItem(icon, text, data) / insertItem(i, text, data):
        # the data is a value, not text.
        first = 1 if name == "insertItem" else 0
        if len(args) > first and not _literal_text(args[first]) and len(args) > first + 1:
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
                if isinstance(arg, ast.List | ast.Tuple):
                    candidates = list(arg.elts)
                else:
                    candidates = [arg]
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
        "        self.edit.setPlaceholderText('{n} × {kit}'.format(n=1, kit=2))\n",
        encoding="utf-8")
    global ROOT
    saved, ROOT = ROOT, tmp_path
    try:
        found = unmarked_strings(tmp_path)
    finally:
        ROOT = saved
    assert [f.split(": ", 1)[1] for f in found] == [
        "'Quantity' (QLabel)", "'Stock at ' (setToolTip)", "'Greek' (addItem)", "' × ' (setPlaceholderText)"]
