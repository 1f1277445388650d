"""Regenerate HSP Desk's Qt translations: extract, fill, compile, check.

    python resources/translations/update.py            # extract + compile + check
    python resources/translations/update.py extract    # pyside6-lupdate: new strings into the .ts
    python resources/translations/update.py apply FILE.json...   # fill unfinished messages
    python resources/translations/update.py compile    # pyside6-lrelease: .ts -> .qm
    python resources/translations/update.py check      # unfinished or broken translations
    python resources/translations/update.py todo > todo.json    # what to translate, for apply

``extract`` scans every .py file under hsp_desk/ui (new pages are picked up without any
list to update) for ``self.tr()``, ``QCoreApplication.translate()`` and
``QT_TRANSLATE_NOOP()``, and merges what it finds into ``hsp_desk_<lang>.ts``: translations
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


def extract(langs: list[str] = TARGETS) -> None:
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
