"""Errors a user may see. Each one says what happened and what to do about it.

Services raise these with English text written for a volunteer at a Humanitarian Service
Point, not for a developer. The text is a template with ``{named}`` placeholders and the
values beside it::

    raise NotFound("No site with code {code}.", "Check the code in Admin -> Sites.", code=code)

so that the GUI can show it in the user's language: ``resources/translations/update.py``
collects every literal template of a raise into the Qt translation files, and
``ui/errors.describe`` translates the template, then fills in the values. The command
line shows ``str(error)``, the English text.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any


class Text:
    """A piece of an error's text translated on its own: a template and its values.

    For texts made of parts (each rule that refused a hand-out, say): a value may be a
    Text, or a :class:`Joined` of several.
    """

    __slots__ = ("template", "values")

    def __init__(self, template: str, /, **values: Any) -> None:
        self.template = template
        self.values = values

    def __str__(self) -> str:
        return render(self.template, self.values)

    def __repr__(self) -> str:
        return f"Text({self.template!r}, **{self.values!r})"


class Joined:
    """Texts (or plain values) shown one after the other with ``sep`` between them: the
    bad rows of a workbook, one per line. The separator is not translated."""

    __slots__ = ("parts", "sep")

    def __init__(self, sep: str, parts: list[Any]) -> None:
        self.sep = sep
        self.parts = parts

    def __str__(self) -> str:
        return self.sep.join(str(p) for p in self.parts)

    def __repr__(self) -> str:
        return f"Joined({self.sep!r}, {self.parts!r})"


def _same(text: str) -> str:
    return text


def render(template: str, values: Mapping[str, Any],
           translate: Callable[[str], str] = _same) -> str:
    """``template`` passed through ``translate`` with its values filled in, the Texts among
    them translated too. Without values the template is used as it is."""
    text = translate(template)
    if not values:
        return text
    return text.format(**{k: _value(v, translate) for k, v in values.items()})


def _value(value: Any, translate: Callable[[str], str]) -> Any:
    if isinstance(value, Text):
        return render(value.template, value.values, translate)
    if isinstance(value, Joined):
        return value.sep.join(str(_value(v, translate)) for v in value.parts)
    return value


class HspError(Exception):
    """Base of every error meant for the person at the keyboard.

    ``what`` says what happened, ``todo`` says what to do next, both in English with the
    values filled in; ``what_template``, ``todo_template`` and ``values`` are what they
    were made of. Without values a text is used as it is (it may hold braces).
    """

    def __init__(self, what: str, todo: str = "", /, **values: Any) -> None:
        self.what_template = what
        self.todo_template = todo
        self.values = values
        self.what = render(what, values)
        self.todo = render(todo, values)
        super().__init__(f"{self.what} {self.todo}".strip())

    def what_text(self) -> Text:
        """What happened, as a Text: for a longer text that lists several errors."""
        return Text(self.what_template, **self.values)


class NotFound(HspError):
    """A site, item, lot, document or movement that was named does not exist."""


class InvalidInput(HspError):
    """Input that breaks a rule before anything is written (bad quantity, missing reason...)."""


class InsufficientStock(HspError):
    """Issuing more than is on hand. Nothing was written."""

    def __init__(self, item: str, site: str, requested: int, on_hand: int, unit: str = "") -> None:
        self.item = item
        self.site = site
        self.requested = requested
        self.on_hand = on_hand
        u = f" {unit}" if unit else ""
        super().__init__(
            "Not enough {item} at {site}: {requested}{unit} asked for, {on_hand}{unit} on hand.",
            "Nothing was recorded. Lower the quantity, or record the delivery that is missing first.",
            item=item, site=site, requested=requested, on_hand=on_hand, unit=u,
        )


class AlreadyReversed(HspError):
    """A movement may be reversed only once."""


class ConcurrentChange(HspError):
    """Another laptop changed the same stock at the same moment; the caller may retry."""


class DatabaseProblem(HspError):
    """The database cannot be opened, is on an unsafe location or fails its checks."""
