"""File names made from client names: safe on Windows, macOS and Linux, and never clashing."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Names Windows keeps for devices, with or without an extension ("CON.pdf" is still CON).
_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{p}{n}" for p in ("COM", "LPT") for n in range(10)}
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
# Room for " (12345)" and the extension inside the 255-byte limit of common file systems.
MAX_STEM_BYTES = 150


def safe_stem(text: str, fallback: str = "letter") -> str:
    """``text`` as the stem of a file name: no separators, no reserved or hidden names."""
    stem = unicodedata.normalize("NFC", text)
    stem = _UNSAFE.sub("_", stem)
    stem = " ".join(stem.split())
    stem = stem.strip(" .")  # Windows drops trailing dots and spaces; a leading dot hides
    encoded = stem.encode("utf-8")[:MAX_STEM_BYTES]
    stem = encoded.decode("utf-8", errors="ignore").rstrip(" .")
    if not stem:
        stem = fallback
    if stem.split(".")[0].upper() in _RESERVED:
        stem = f"_{stem}"
    return stem


class FileNamer:
    """Hands out distinct names in one folder, counting names that already exist there.

    Compared without regard to case, as Windows and macOS do.
    """

    def __init__(self, existing: Iterable[str] = (), extension: str = ".pdf") -> None:
        self._taken = {name.casefold() for name in existing}
        self._extension = extension

    def name_for(self, text: str) -> str:
        stem = safe_stem(text)
        name, number = f"{stem}{self._extension}", 1
        while name.casefold() in self._taken:
            number += 1
            name = f"{stem} ({number}){self._extension}"
        self._taken.add(name.casefold())
        return name
