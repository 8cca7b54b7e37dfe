"""Reading back the PDFs we write, as a reader (or a printer) would see them."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def pdf_page_texts(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def pdf_language(path: Path) -> str | None:
    lang = PdfReader(path).trailer["/Root"].get("/Lang")
    return str(lang) if lang is not None else None
