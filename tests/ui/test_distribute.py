"""The distribution desk: a scan to a confirmed hand-over, a refusal and an override,
undo, anonymous hand-over, a card that is not ours."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from hsp_desk.services.context import Actor
from hsp_desk.services.distribution import set_rule
from hsp_desk.services.receiving import ReceiptLine, receive
from hsp_desk.services.stock import stock_on_hand
from hsp_desk.services.tokens import issue_cards

from .conftest import idle

COORD = Actor("sara", "dev-test", "coordinator")
VOLUNTEER = Actor("ali", "dev-test", "volunteer")


def _setup(sqlite_db, actor) -> list[str]:  # type: ignore[no-untyped-def]
    with sqlite_db.session() as s:
        receive(s, actor, "MNE-ROZAJE", [ReceiptLine("WATER-05", 100), ReceiptLine("HYG-KIT", 10)])
        set_rule(s, actor, "HYG-KIT", 1, 14)
        return [c.payload for c in issue_cards(s, actor, "MNE-ROZAJE", 2)]


def _on_hand(db) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with db.session() as s:
        return {r.item_code: r.qty for r in stock_on_hand(s, "MNE-ROZAJE")}


def _scan(qtbot, win, page, text: str) -> None:  # type: ignore[no-untyped-def]
    assert page.scan.hasFocus()
    qtbot.keyClicks(page.scan, text)
    qtbot.keyClick(page.scan, Qt.Key.Key_Return)
    idle(qtbot, win)


def test_scan_to_a_confirmed_distribution(qtbot, make_window, seeded, sqlite_db, actor) -> None:
    cards = _setup(sqlite_db, actor)
    win = make_window("MNE-ROZAJE", who=VOLUNTEER)
    page = win.current_page
    assert page.key == "distribute"
    idle(qtbot, win)
    assert set(page.tiles) == {"WATER-05", "HYG-KIT"}
    _scan(qtbot, win, page, cards[0])
    assert "household" in page.card_label.text()
    assert page.visits_list.item(0).text() == "First visit."
    assert any("1 of 1 left" in page.allowed_list.item(i).text() for i in range(page.allowed_list.count()))
    qtbot.mouseClick(page.tiles["WATER-05"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.tiles["WATER-05"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.tiles["HYG-KIT"], Qt.MouseButton.LeftButton)
    assert page.scan.hasFocus()  # tiles never take the focus from the scan field
    assert page.handover.lines == {"WATER-05": 2, "HYG-KIT": 1}
    qtbot.keyClick(page.scan, Qt.Key.Key_Return)  # Enter on the empty scan field confirms
    qtbot.waitUntil(lambda: "Given to" in page.result.text())
    idle(qtbot, win)
    assert _on_hand(sqlite_db) == {"WATER-05": 98, "HYG-KIT": 9}
    assert page.handover.lines == {}
    assert "HYG-KIT" in page.visits_list.item(0).text() or "Hygiene kit" in page.visits_list.item(0).text()
    # Undo last puts the stock back.
    qtbot.keyClick(page.scan, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "undone" in page.result.text() or win.ctx.tasks.last_error is not None)
    assert win.ctx.tasks.last_error is None, str(win.ctx.tasks.last_error)
    idle(qtbot, win)
    assert "undone" in page.result.text(), "the confirmation must stay after the card reloads"
    assert _on_hand(sqlite_db) == {"WATER-05": 100, "HYG-KIT": 10}


def test_a_refusal_and_a_coordinators_override(qtbot, make_window, seeded, sqlite_db, actor) -> None:
    cards = _setup(sqlite_db, actor)
    win = make_window("MNE-ROZAJE", who=COORD)
    page = win.current_page
    idle(qtbot, win)
    _scan(qtbot, win, page, cards[0])
    page.add_item("HYG-KIT")
    qtbot.keyClick(page.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Given to" in page.result.text())
    idle(qtbot, win)
    # A second kit within 14 days is refused, with the rule in words.
    page.add_item("HYG-KIT")
    qtbot.keyClick(page.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.refusal is not None and page.refusal.isVisible())
    dialog = page.refusal
    assert "at most 1 per 14 days" in dialog.findChild(type(page.result), "refusalText").text()
    assert not dialog.give.isEnabled()  # no override without a reason
    qtbot.keyClicks(dialog.reason, "kit lost in the river crossing")
    assert dialog.give.isEnabled()
    qtbot.mouseClick(dialog.give, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Given to" in page.result.text() and page.handover.lines == {})
    idle(qtbot, win)
    assert _on_hand(sqlite_db)["HYG-KIT"] == 8
    assert any("kit" in page.visits_list.item(i).text().lower() for i in range(page.visits_list.count()))


def test_a_volunteer_cannot_override(qtbot, make_window, seeded, sqlite_db, actor) -> None:
    cards = _setup(sqlite_db, actor)
    win = make_window("MNE-ROZAJE", who=VOLUNTEER)
    page = win.current_page
    idle(qtbot, win)
    _scan(qtbot, win, page, cards[1])
    page.add_item("HYG-KIT", 2)
    qtbot.keyClick(page.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.refusal is not None and page.refusal.isVisible())
    assert page.refusal.reason.isHidden()
    qtbot.mouseClick(page.refusal.findChild(type(page.confirm), "overrideCancel"), Qt.MouseButton.LeftButton)
    assert _on_hand(sqlite_db)["HYG-KIT"] == 10
    assert page.handover.lines == {"HYG-KIT": 2}  # kept, so the volunteer can lower it


def test_anonymous_distribution_with_a_head_count(qtbot, make_window, seeded, sqlite_db, actor) -> None:
    _setup(sqlite_db, actor)
    win = make_window("MNE-ROZAJE", who=VOLUNTEER)
    page = win.current_page
    idle(qtbot, win)
    qtbot.mouseClick(page.anonymous, Qt.MouseButton.LeftButton)
    assert page.head_count.isEnabled()
    page.head_count.selectAll()
    qtbot.keyClicks(page.head_count, "30")
    page.scan.setFocus()
    qtbot.keyClicks(page.scan, "WATER-05")  # a scanned item barcode or code adds the item
    qtbot.keyClick(page.scan, Qt.Key.Key_Return)
    page.add_item("WATER-05", 29)
    qtbot.keyClick(page.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "30 people" in page.result.text())
    idle(qtbot, win)
    assert _on_hand(sqlite_db)["WATER-05"] == 70


def test_a_card_that_is_not_ours_is_refused_in_words(qtbot, make_window, seeded, sqlite_db, actor) -> None:
    _setup(sqlite_db, actor)
    win = make_window("MNE-ROZAJE", who=VOLUNTEER)
    page = win.current_page
    idle(qtbot, win)
    _scan(qtbot, win, page, "HSP1.XXX.ABCDEFGHJKMNPQRS.0000000000")
    assert page.card is None
    assert page.card_label.text()
    assert "Something went wrong" not in page.card_label.text()
    assert page.findChild(QMessageBox) is None  # said on the desk, no dialog to dismiss
    page.add_item("WATER-05")
    qtbot.keyClick(page.scan, Qt.Key.Key_Return)
    assert "Scan the person's card first" in page.result.text()
    assert _on_hand(sqlite_db)["WATER-05"] == 100


def test_the_desk_says_a_wrong_card_and_a_refusal_in_the_chosen_language(
        qtbot, make_window, seeded, sqlite_db, actor) -> None:  # type: ignore[no-untyped-def]
    """Errors are raised in English by the services; a French desk shows them in French,
    with the values (the rule, the dates, the quantities) filled in."""
    from PySide6.QtWidgets import QApplication

    from hsp_desk.services.tokens import set_profile
    from hsp_desk.ui import i18n

    cards = _setup(sqlite_db, actor)
    with sqlite_db.session() as s:
        set_profile(s, COORD, cards[0], household_size=3, flags=["infant_in_household"])
    app = QApplication.instance()
    assert i18n.install(app, "fr") == "fr"
    try:
        win = make_window("MNE-ROZAJE", who=VOLUNTEER)
        page = win.current_page
        idle(qtbot, win)
        _scan(qtbot, win, page, "7K3Q-M9XA-22FB")  # a card code typed short
        assert page.card_label.text() == (
            "Un code de carte compte 17 caractères (16 plus un dernier caractère de contrôle) ; "
            "celui-ci en compte 12. Vérifiez le code sur la carte, p. ex. 7K3Q-M9XA-22FB-HC4D-Z, "
            "et tapez-le à nouveau. Rien n'a été enregistré.")
        page.scan.clear()
        _scan(qtbot, win, page, cards[0])
        # The card's status and its household's flags in words, not as stored.
        assert page.card_label.text().endswith(
            ": en service ; ménage de 3 ; nourrisson (moins de 2 ans) dans le ménage")
        page.add_item("HYG-KIT")
        qtbot.keyClick(page.scan, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: page.handover.lines == {})
        idle(qtbot, win)
        page.add_item("HYG-KIT")
        qtbot.keyClick(page.scan, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: page.refusal is not None and page.refusal.isVisible())
        text = page.refusal.findChild(type(page.result), "refusalText").text()
        assert text.startswith("Non remis. Hygiene kit (one person) : au plus 1 par 14 jours ; 1 reçu(s) "
                               "sur cette période, 1 demandé(s). Peut recevoir à nouveau à partir du "), text
        assert "Not given" not in text
        page.refusal.reject()
    finally:
        i18n.install(app, "en")
