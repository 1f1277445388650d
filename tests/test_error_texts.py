"""Errors in the user's language: every error the services raise is a literal English
template with its values, collected for translation, and shown translated in the GUI
(with the English text when a translation cannot be filled in)."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from hsp_desk.domain import entitlements as ent
from hsp_desk.domain.errors import HspError, InsufficientStock, NotFound, Text, render
from hsp_desk.domain.tokens import CardRejected, read_card

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "resources" / "translations"))
import update  # noqa: E402  (resources/translations/update.py)


def test_an_error_is_its_template_filled_in_english() -> None:
    exc = NotFound("No site with code {code!r}.", "Check it in {where}.", code="XYZ", where="Admin")
    assert (exc.what, exc.todo) == ("No site with code 'XYZ'.", "Check it in Admin.")
    assert str(exc) == "No site with code 'XYZ'. Check it in Admin."
    assert (exc.what_template, exc.values["code"]) == ("No site with code {code!r}.", "XYZ")
    # Without values a text is used as it is: braces in it are not placeholders.
    assert HspError("Bad line {x}", "").what == "Bad line {x}"


def test_parts_of_a_text_are_translated_and_joined() -> None:
    from hsp_desk.domain.errors import Joined

    parts = Joined(" ", [Text("{n} left.", n=2), Text("Come back on {day}.", day="2026-12-07")])
    exc = HspError("Not given. {why}", "{hint}", why=parts, hint=Text("Ask {who}.", who="Sara"))
    assert exc.what == "Not given. 2 left. Come back on 2026-12-07."
    upper = {"Not given. {why}": "NON. {why}", "{n} left.": "{n} RESTE.", "Ask {who}.": "DEMANDER {who}."}
    assert render(exc.what_template, exc.values, lambda t: upper.get(t, t)) == \
        "NON. 2 RESTE. Come back on 2026-12-07."
    assert render(exc.todo_template, exc.values, lambda t: upper.get(t, t)) == "DEMANDER Sara."


def test_an_entitlement_refusal_reads_as_before() -> None:
    rule = ent.Rule("HYG-KIT", 1, 14, item_id="i1", per_member=True, requires_flag="disability")
    refusal = ent.Refusal(rule, limit=3, used=3, asked=1, next_day=date(2026, 12, 20))
    assert refusal.message(3) == (
        "HYG-KIT: at most 1 per 14 days per household member (3 for 3), only for a household "
        "with: person with a disability; 3 received in this period, 1 asked for. May receive "
        "again from 2026-12-20.")
    assert ent.Rule("WATER-05", 6, 1, item_id="i2").describe() == "WATER-05: at most 6 per day"


def test_insufficient_stock_keeps_its_words_and_values() -> None:
    exc = InsufficientStock("WATER-05", "MNE-ROZAJE", 10, 4, "bottle")
    assert exc.what == "Not enough WATER-05 at MNE-ROZAJE: 10 bottle asked for, 4 bottle on hand."
    assert exc.values["requested"] == 10


def test_every_error_text_is_a_template_not_built_at_run_time() -> None:
    """An f-string or a concatenation given to an error cannot be translated: write a
    template with {named} placeholders and pass the values as keywords."""
    assert update.built_error_texts() == []


def test_the_checker_catches_a_built_error_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    module = tmp_path / "hsp_desk" / "services" / "bad.py"
    module.parent.mkdir(parents=True)
    module.write_text(
        "from ..domain.errors import HspError, NotFound\n"
        "class Gone(NotFound):\n    pass\n"
        "HINT = 'Try again.'\n"
        "def f(code):\n"
        "    raise Gone(f'No {code}.', HINT)\n"
        "def g(code, ok):\n"
        "    raise NotFound('No {code}.' if ok else 'None.', 'Nothing ' + HINT, code=code)\n"
        "class Short(Gone):\n"
        "    def __init__(self, what, n):\n"
        "        super().__init__(what, f'Only {n}.')\n"
        "class Late(HspError):\n"
        "    def __init__(self, day):\n"
        "        super().__init__('Late since {day}.', 'Ask.', day=day)\n")
    (tmp_path / "hsp_desk" / "domain").mkdir()
    (tmp_path / "hsp_desk" / "domain" / "errors.py").write_text(
        "class HspError(Exception):\n    pass\nclass NotFound(HspError):\n    pass\n")
    monkeypatch.setattr(update, "ROOT", tmp_path)
    monkeypatch.setattr(update, "UI", tmp_path / "hsp_desk" / "ui")
    built = update.built_error_texts()
    # A class's own text (super().__init__) counts; a name passed on there is the caller's.
    assert sorted(built) == ["hsp_desk/services/bad.py:11: f'Only {n}.'",
                             "hsp_desk/services/bad.py:6: f'No {code}.'",
                             "hsp_desk/services/bad.py:8: 'Nothing ' + HINT"]
    assert update.error_templates() == ["Ask.", "Late since {day}.", "No {code}.", "None.", "Try again."]


def test_the_error_texts_for_translation_are_current() -> None:
    """hsp_desk/ui/error_texts.py lists every error text of the code: run
    ``python resources/translations/update.py`` after changing an error's words."""
    assert update.ERROR_TEXTS.read_text(encoding="utf-8") == update.error_texts_source()
    assert len(update.error_templates()) > 300


def _install(lang: str):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from hsp_desk.ui import i18n

    app = QApplication.instance() or QApplication([])
    assert i18n.install(app, lang) == lang
    return app


def test_the_gui_shows_a_wrong_card_in_the_chosen_language(qapp) -> None:  # type: ignore[no-untyped-def]
    from hsp_desk.ui import i18n
    from hsp_desk.ui.errors import describe, translate

    with pytest.raises(CardRejected) as caught:
        read_card("HSP1.ABC")
    english = describe(caught.value)
    try:
        for lang in ("fr", "ar"):
            _install(lang)
            what, todo = describe(caught.value)
            assert what == translate("errors", caught.value.what_template)
            assert (what, todo) != english and what.strip() and todo.strip()
        exc = InsufficientStock("WATER-05", "MNE-ROZAJE", 10, 4)
        what, _todo = describe(exc)
        assert "WATER-05" in what and "MNE-ROZAJE" in what and "10" in what and "4" in what
        assert what != exc.what
    finally:
        i18n.install(qapp, "en")
    assert describe(caught.value) == english


def test_a_translation_that_cannot_be_filled_in_shows_the_english(  # type: ignore[no-untyped-def]
        qapp, monkeypatch: pytest.MonkeyPatch) -> None:
    from hsp_desk.ui import errors

    monkeypatch.setattr(errors, "translated", lambda text: text.replace("{code!r}", "{kode}"))
    exc = NotFound("No site with code {code!r}.", "Check it.", code="XYZ")
    assert errors.describe(exc) == ("No site with code 'XYZ'.", "Check it.")


def test_a_refused_permission_says_what_and_who_in_words() -> None:
    from hsp_desk.domain.roles import ACTIONS, ROLE_TEXTS, Permission, Role
    from hsp_desk.services.context import Actor
    from hsp_desk.services.permissions import NotAllowed, require

    assert set(ACTIONS) == set(Permission) and set(ROLE_TEXTS) == set(Role)
    with pytest.raises(NotAllowed) as caught:
        require(Actor("vera", "dev", "volunteer"), Permission.SETTINGS)
    assert caught.value.what == "vera may not change settings or rules: that needs a branch manager or above."


def test_words_among_the_values_are_translated_too(qapp) -> None:  # type: ignore[no-untyped-def]
    """A movement kind, a status, an adjustment reason or a household flag inside an
    error is said in the user's language, not left in English in a translated sentence."""
    from hsp_desk.domain.enums import MovementKind
    from hsp_desk.domain.errors import InvalidInput
    from hsp_desk.domain.ledger import MovementDraft
    from hsp_desk.ui import i18n
    from hsp_desk.ui.errors import describe

    with pytest.raises(InvalidInput) as wrong_sign:
        MovementDraft(MovementKind.RECEIPT, "s", "i", -3).check()
    with pytest.raises(InvalidInput) as wrong_reason:
        MovementDraft(MovementKind.ADJUSTMENT, "s", "i", 3, reason="damaged").check()
    rule = ent.Rule("Infant formula", 2, 7, item_id="i", requires_flag="infant_in_household")
    refused = HspError("Not given. {why}", "", why=ent.Refusal(
        rule, limit=2, used=0, asked=1, next_day=None, missing_flag="infant_in_household").message_text())
    assert "receipt" in wrong_sign.value.what and "damaged" in wrong_reason.value.what
    try:
        _install("fr")
        assert describe(wrong_sign.value)[0] == \
            "Un mouvement de type « réception » ne peut qu'ajouter au stock."
        assert "abîmé" in describe(wrong_reason.value)[0]
        assert "nourrisson (moins de 2 ans) dans le ménage" in describe(refused)[0]
    finally:
        i18n.install(qapp, "en")


def test_joined_parts_keep_their_separator() -> None:
    from hsp_desk.domain.errors import Joined

    rows = Joined("\n", [Text("Row {n}: empty", n=2), "Row 3: typed by hand", Text("Row {n}: bad", n=4)])
    exc = HspError("Wrong rows:\n{rows}", "", rows=rows)
    assert exc.what == "Wrong rows:\nRow 2: empty\nRow 3: typed by hand\nRow 4: bad"
    upper = {"Row {n}: empty": "LIGNE {n} : VIDE"}
    assert render(exc.what_template, exc.values, lambda t: upper.get(t, t)) == \
        "Wrong rows:\nLIGNE 2 : VIDE\nRow 3: typed by hand\nRow 4: bad"


def test_a_bad_workbook_row_is_listed_in_the_chosen_language(qapp) -> None:  # type: ignore[no-untyped-def]
    """The Admin page lists each bad row of an imported workbook with localized_text."""
    from hsp_desk.services.excel_import import RowProblem
    from hsp_desk.ui import i18n
    from hsp_desk.ui.domain_texts import localized_text

    problem = RowProblem("Receipts", 3, Text("the date is empty"))
    assert str(problem) == "Sheet 'Receipts', row 3: the date is empty"
    try:
        _install("fr")
        assert localized_text(problem.text()) == "Feuille 'Receipts', ligne 3 : la colonne 'date' est vide"
    finally:
        i18n.install(qapp, "en")
    assert localized_text(problem.text()) == str(problem)
