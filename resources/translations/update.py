"""Regenerate HSP Desk's Qt translations: extract, fill, compile, check.

    python resources/translations/update.py            # extract + compile + check
    python resources/translations/update.py extract    # pyside6-lupdate: new strings into the .ts
    python resources/translations/update.py apply FILE.json...   # fill unfinished messages
    python resources/translations/update.py compile    # pyside6-lrelease: .ts -> .qm
    python resources/translations/update.py check      # unfinished or broken translations
    python resources/translations/update.py todo > todo.json    # what to translate, for apply

``extract`` first writes ``hsp_desk/ui/error_texts.py``: the literal texts of every error
raised outside the GUI (``raise NotFound("No site {code}.", "...", code=code)``: the
classes derived from ``HspError``), for the context "errors". Then it scans every .py
file under hsp_desk/ui (new pages are picked up without any list to update) for
``self.tr()``, ``QCoreApplication.translate()`` and ``QT_TRANSLATE_NOOP()``, and merges
what it finds into ``hsp_desk_<lang>.ts``: translations
already made stay, strings no longer in the code are dropped, new ones are "unfinished".
Translate those in Qt Linguist (``pyside6-linguist hsp_desk_fr.ts``), or write them in a
JSON file and ``apply`` it::

    {"Save the report": {"fr": "Enregistrer le rapport", "ar": "..."},
     "CountPage|Reason": {"fr": "Motif"}}

A key is the English source text (every context), or ``Context|source`` for one context.
Placeholders such as ``{n}`` and ``{site}`` and the ``&`` of a keyboard shortcut must
appear in the translation too; ``check`` (and tests/test_translations.py) refuse any
.ts file with an unfinished message or a placeholder that does not match.
"""

from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
UI = ROOT / "hsp_desk" / "ui"
sys.path.insert(0, str(ROOT))

from hsp_desk.domain.languages import LANGUAGES, SOURCE_LANGUAGE  # noqa: E402

TARGETS = [lang for lang in LANGUAGES if lang != SOURCE_LANGUAGE]
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def ts_file(lang: str) -> Path:
    return HERE / f"hsp_desk_{lang}.ts"


def _tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease (PySide6-Essentials ships both)."""
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    import PySide6

    binary = Path(PySide6.__file__).parent / (name + (".exe" if sys.platform == "win32" else ""))
    if binary.exists():
        return str(binary)
    raise SystemExit(f"pyside6-{name} not found: pip install PySide6-Essentials")


def sources() -> list[str]:
    return [str(p.relative_to(ROOT)) for p in sorted(UI.rglob("*.py"))]


ERROR_TEXTS = UI / "error_texts.py"
#: Error classes whose first argument is not text: the texts come after it.
TEXT_AFTER = {"CardRejected": 1}


def _error_modules() -> list[Path]:
    """The code that raises errors for the GUI to show: everything but the GUI itself and
    the command line (which prints them in English)."""
    skip = (UI, ROOT / "hsp_desk" / "commands")
    return [p for p in sorted((ROOT / "hsp_desk").rglob("*.py"))
            if not any(s in p.parents for s in skip)]


def _callee(node: ast.Call) -> str:
    func = node.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def error_classes(trees: list[ast.Module]) -> set[str]:
    """Names of HspError and of every class derived from it, however far down, and Text."""
    bases: dict[str, set[str]] = {}
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = {b.id if isinstance(b, ast.Name) else getattr(b, "attr", "")
                                    for b in node.bases}
    found = {"HspError", "Text"}  # Text: a part of an error's text (domain.errors)
    while True:
        more = {name for name, of in bases.items() if name not in found and of & found}
        if not more:
            return found
        found |= more


def _is_super_init(node: ast.Call) -> bool:
    func = node.func
    return (isinstance(func, ast.Attribute) and func.attr == "__init__"
            and isinstance(func.value, ast.Call) and _callee(func.value) == "super")


def error_calls(path: Path, classes: set[str]) -> list[tuple[int, list[ast.expr]]]:
    """(line, text arguments) of each error built in ``path``: the what and the todo,
    also where an error class writes its own text (``super().__init__(...)``; a plain
    name there is the caller's text passed on, not a text of its own)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and (name := _callee(node)) in classes:
            start = TEXT_AFTER.get(name, 0)
            out.append((node.lineno, node.args[start:start + 2]))
        elif isinstance(node, ast.ClassDef) and node.name in classes - {"HspError", "Text"}:
            for call in ast.walk(node):
                if isinstance(call, ast.Call) and _is_super_init(call):
                    out.append((call.lineno, [a for a in call.args[:2] if not isinstance(a, ast.Name)]))
    return out


def _constants(tree: ast.Module) -> dict[str, str]:
    """Module-level ``NAME = "text"``: texts that several errors share."""
    return {t.id: node.value.value for node in tree.body if isinstance(node, ast.Assign)
            for t in node.targets if isinstance(t, ast.Name)
            and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)}


#: Attributes that hold a template written elsewhere (an error's, collected where it is
#: raised): passed on, not built.
PASSED_ON = {"what_template", "todo_template"}


def _texts(arg: ast.expr, consts: dict[str, str]) -> list[str] | None:
    """The texts an argument can be: a literal, a module constant, or ``a if c else b``
    of those; None for anything else (an f-string, a concatenation, a call...)."""
    if isinstance(arg, ast.Attribute) and arg.attr in PASSED_ON:
        return []
    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
        return [arg.value]
    if isinstance(arg, ast.Name) and arg.id in consts:
        return [consts[arg.id]]
    if isinstance(arg, ast.IfExp):
        body, orelse = _texts(arg.body, consts), _texts(arg.orelse, consts)
        return None if body is None or orelse is None else body + orelse
    return None


def _scan_errors() -> tuple[set[str], list[str]]:
    """(every text given to an error class, where a text is built instead of written)."""
    paths = _error_modules()
    trees = {p: ast.parse(p.read_text(encoding="utf-8")) for p in paths}
    classes = error_classes(list(trees.values()))
    texts: set[str] = set()
    built: list[str] = []
    for path, tree in trees.items():
        consts = _constants(tree)
        for line, args in error_calls(path, classes):
            for arg in args:
                found = _texts(arg, consts)
                if found is None:
                    built.append(f"{path.relative_to(ROOT)}:{line}: {ast.unparse(arg)[:70]}")
                else:
                    texts.update(found)
    return texts, built


def error_templates() -> list[str]:
    """Every literal error text (or module constant) given to an error class, sorted."""
    return sorted(t for t in _scan_errors()[0] if t.strip())


def built_error_texts() -> list[str]:
    """Error texts built at run time (f-strings, concatenations): these cannot be
    translated. Write a template with ``{named}`` placeholders and pass the values."""
    return _scan_errors()[1]


def error_texts_source() -> str:
    lines = [
        "# ruff: noqa: E501 - one text per line, as written in the raise",
        '"""The texts of the errors raised outside the GUI, for pyside6-lupdate to extract',
        'into the translation files (context "errors"); ui/errors.describe translates them.',
        "",
        "Written by ``python resources/translations/update.py extract`` from the raise",
        'statements: do not edit."""',
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "TEXTS = (",
        *(f'    QT_TRANSLATE_NOOP("errors", {json.dumps(t, ensure_ascii=False)}),'
          for t in error_templates()),
        ")",
        "",
    ]
    return "\n".join(lines)


def extract(langs: list[str] = TARGETS) -> None:
    ERROR_TEXTS.write_text(error_texts_source(), encoding="utf-8")
    for lang in langs:
        subprocess.run(
            [_tool("lupdate"), *sources(), "-ts", str(ts_file(lang).relative_to(ROOT)),
             "-source-language", "en", "-target-language", lang, "-no-obsolete",
             "-locations", "none", "-silent"],
            cwd=ROOT, check=True,
        )


def compile_qm(langs: list[str] = TARGETS) -> None:
    for lang in langs:
        ts = ts_file(lang)
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       check=True)


def messages(lang: str) -> list[tuple[str, str, ET.Element | None]]:
    """(context, source, <translation> element) of every message of a .ts file."""
    tree = ET.parse(ts_file(lang))
    out = []
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            out.append((name, msg.findtext("source") or "", msg.find("translation")))
    return out


def problems(lang: str) -> list[str]:
    """What is wrong with one .ts file: unfinished messages, placeholders or shortcuts
    that differ from the English."""
    found = []
    for ctx, source, tr in messages(lang):
        text = "" if tr is None else (tr.text or "")
        if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete") or not text.strip():
            found.append(f"{lang}: {ctx}: untranslated: {source!r}")
            continue
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            found.append(f"{lang}: {ctx}: placeholders differ: {source!r} -> {text!r}")
        if source.replace("&&", "").count("&") != text.replace("&&", "").count("&"):
            found.append(f"{lang}: {ctx}: the & shortcut differs: {source!r} -> {text!r}")
    return found


def apply(files: list[Path], langs: list[str] = TARGETS, *, force: bool = False) -> int:
    """Fill unfinished messages from JSON files; returns how many were filled."""
    table: dict[str, dict[str, str]] = {}
    for f in files:
        for key, per_lang in json.loads(Path(f).read_text(encoding="utf-8")).items():
            table.setdefault(key, {}).update(per_lang)
    filled = 0
    for lang in langs:
        path = ts_file(lang)
        tree = ET.parse(path)
        for ctx in tree.getroot().iter("context"):
            name = ctx.findtext("name") or ""
            for msg in ctx.iter("message"):
                source = msg.findtext("source") or ""
                tr = msg.find("translation")
                if tr is None:
                    tr = ET.SubElement(msg, "translation")
                done = tr.get("type") is None and (tr.text or "").strip()
                if done and not force:
                    continue
                entry = table.get(f"{name}|{source}") or table.get(source) or {}
                if lang in entry:
                    tr.text = entry[lang]
                    tr.attrib.pop("type", None)
                    filled += 1
        _write(tree, path, lang)
    return filled


def _write(tree: ET.ElementTree, path: Path, lang: str) -> None:
    root = tree.getroot()
    root.set("version", "2.1")
    root.set("language", lang)
    root.set("sourcelanguage", "en")
    ET.indent(tree, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def check(langs: list[str] = TARGETS) -> int:
    found = [p for lang in langs for p in problems(lang)]
    for p in found:
        print(p)
    total = len(messages(langs[0])) if langs else 0
    print(f"{total} strings; {len(langs)} languages; {len(found)} problem(s).")
    return 1 if found else 0


def todo(langs: list[str] = TARGETS) -> dict[str, dict[str, str]]:
    """The untranslated sources as a skeleton for ``apply``: {source: {lang: ""}}."""
    out: dict[str, dict[str, str]] = {}
    for lang in langs:
        for _ctx, source, tr in messages(lang):
            if tr is None or tr.get("type") == "unfinished" or not (tr.text or "").strip():
                out.setdefault(source, {})[lang] = ""
    return out


def main(argv: list[str]) -> int:
    step = argv[0] if argv else "all"
    if step == "extract":
        extract()
    elif step == "apply":
        force = "--force" in argv
        print(f"filled {apply([Path(a) for a in argv[1:] if a != '--force'], force=force)} message(s)")
        extract()  # lupdate rewrites the files in its own layout: no churn in the next diff
    elif step == "compile":
        compile_qm()
    elif step == "check":
        return check()
    elif step == "todo":
        print(json.dumps(todo(), ensure_ascii=False, indent=1))
    elif step == "all":
        extract()
        compile_qm()
        return check()
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
