"""Errors raised by the normalize/ parsers.

Every public ``parse_*`` function in normalize/ raises only a subclass of :class:`NormalizeError`
(itself a ``ValueError``) and nothing else; every ``iter_*`` finder never raises. The message
quotes the input and says what form was expected, so a caller can put it in a warning as is.
"""

from __future__ import annotations


class NormalizeError(ValueError):
    """A string could not be read as the value asked for."""

    code = "normalize"

    def __init__(self, text: object, reason: str):
        self.text = text if isinstance(text, str) else repr(text)
        self.reason = reason
        shown = self.text if len(self.text) <= 80 else self.text[:77] + "..."
        super().__init__(f"{shown!r}: {reason}")


class NumberFormatError(NormalizeError):
    """Not a number, percentage, fraction or amount in a form Vietnamese reports use."""

    code = "number_format"


class DateFormatError(NormalizeError):
    """Not a date, or an impossible one (31/02/2026, month 13)."""

    code = "date_format"


class PeriodFormatError(NormalizeError):
    """Not a period (range or named period), or one whose year cannot be known."""

    code = "period_format"
