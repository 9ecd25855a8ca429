"""Showing untrusted strings (file names, document text) on a terminal safely.

A file name may hold a newline or a terminal escape sequence; printed raw, it could forge an
error line or recolour the terminal. :func:`printable` escapes every control or format
character the way Python writes it in a string literal, so what is shown is what is there.
"""

from __future__ import annotations

import unicodedata

__all__ = ["printable"]

#: Unicode general categories that are never shown as themselves: controls (C0, C1, DEL),
#: format characters (bidirectional overrides, zero-width joiners), line and paragraph
#: separators, surrogates and unassigned code points.
_UNSAFE = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"})
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t", "\\": "\\\\"}


def _escape(ch: str) -> str:
    if ch in _NAMED:
        return _NAMED[ch]
    code = ord(ch)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def printable(text: str) -> str:
    """``text`` with control and invisible format characters escaped.

    Text without them, which is nearly all text, is returned unchanged (a Windows path keeps
    its backslashes); once anything is escaped, backslashes are doubled too, so the result
    reads unambiguously.
    """
    if text.isprintable():
        return text
    return "".join(
        _escape(ch) if ch == "\\" or unicodedata.category(ch) in _UNSAFE else ch for ch in text
    )
