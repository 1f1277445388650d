"""The layering of DESIGN.md §1 and the packaging, checked on the source itself."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT / "hsp_desk"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    package = ".".join(path.relative_to(ROOT).with_suffix("").parts[:-1])
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                names.add(".".join(base + ([node.module] if node.module else [])))
            else:
                names.add(node.module or "")
    return names


def _layer_files(layer: str) -> list[Path]:
    return sorted((PKG / layer).rglob("*.py"))


def test_qt_only_in_ui() -> None:
    offenders = [
        str(p.relative_to(ROOT)) for p in PKG.rglob("*.py")
        if "ui" not in p.relative_to(PKG).parts[:1]
        and any(n.startswith("PySide6") for n in _imports(p))
    ]
    assert offenders == []


def test_domain_depends_on_nothing_of_ours_nor_a_database() -> None:
    for path in _layer_files("domain"):
        for name in _imports(path):
            assert not name.startswith(("hsp_desk.store", "hsp_desk.services", "hsp_desk.ui",
                                        "hsp_desk.reports", "sqlalchemy", "PySide6")), (path, name)


def test_nothing_but_cli_imports_ui() -> None:
    for path in PKG.rglob("*.py"):
        rel = path.relative_to(PKG).parts
        if rel[0] in {"ui", "commands"} or rel == ("cli.py",):
            continue
        assert not any(n.startswith("hsp_desk.ui") for n in _imports(path)), path


def test_store_and_reports_do_not_import_services_or_ui() -> None:
    for layer in ("store", "reports"):
        for path in _layer_files(layer):
            for name in _imports(path):
                assert not name.startswith(("hsp_desk.services", "hsp_desk.ui")), (path, name)


def test_ui_builds_no_sql() -> None:
    for path in _layer_files("ui"):
        text = path.read_text(encoding="utf-8")
        assert "session.execute" not in text and "select(" not in text, path
        assert not any(n.startswith("sqlalchemy") for n in _imports(path)), path


def test_every_package_is_listed_in_pyproject() -> None:
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in PKG.rglob("__init__.py")
    }
    assert found - listed == set(), "add these to [tool.setuptools] packages"


def test_every_module_has_a_docstring() -> None:
    missing = [
        str(p.relative_to(ROOT)) for p in PKG.rglob("*.py")
        if p.stat().st_size and ast.get_docstring(ast.parse(p.read_text(encoding="utf-8"))) is None
    ]
    assert missing == []
