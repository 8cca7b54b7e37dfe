"""Letters on the business's letterhead, as PDF, with reportlab's platypus.

Everything that reaches paragraph markup is plain text normalised to NFC and escaped here, in
one place: a client called ``<b>Ana</b> & "Hijos"`` or ``<img src="/etc/passwd"/>`` prints
literally and nothing is fetched. The only image drawn is the logo the owner chose in the
business profile.

Many letters can go into one PDF (a campaign ready to print): each letter starts on a new page
and numbers its own pages ("Page 1 of 2") only when it runs over one page. The totals are not
known while a page is drawn, so each page shows a PDF form that is filled in once its letter
ends. Letters are turned into flowables only as the document needs them, so memory does not
grow with the number of letters beyond the PDF's own page data.
"""

from __future__ import annotations

import os
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO, SupportsIndex

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFStream
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    Image,
    KeepTogether,
    ListFlowable,
    ListItem,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from services.letter_scripts import SERIF, markup, register_serif, unprintable
from services.postal_address import address_lines

INK = colors.HexColor("#1f2a37")
ACCENT = colors.HexColor("#1f4e79")
MUTED = colors.HexColor("#5b6470")

LEFT_MARGIN, RIGHT_MARGIN = 25 * mm, 20 * mm
TOP_MARGIN, BOTTOM_MARGIN = 18 * mm, 22 * mm
LOGO_HEIGHT = 16 * mm
# How many letters are turned into flowables ahead of the one being laid out.
LOOKAHEAD_LETTERS = 2


@dataclass(frozen=True)
class Sender:
    name: str
    address: str = ""
    city: str = ""
    country: str = ""
    postal_code: str = ""
    tax_id_line: str = ""  # already worded in the letter's language ("NIF: B12345678")
    email: str = ""
    phone: str = ""
    logo_path: str = ""


@dataclass(frozen=True)
class TableBlock:
    """A small table in a letter's body (a reminder's overdue invoices); plain text cells."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    footer: tuple[str, ...] = ()  # a total, in bold under a rule
    numeric: tuple[int, ...] = ()  # columns aligned right
    widths: tuple[str, ...] = ()  # of the text width, "25%" each; equal when not given


@dataclass(frozen=True)
class LetterContent:
    """A letter ready to lay out: every string is final, plain text."""

    language: str
    sender: Sender
    dateline: str
    recipient: tuple[str, ...]
    subject: str
    # Each item is a paragraph, a tuple of list items (the facts of a boundaries letter) or a
    # table (a reminder's invoices).
    body: tuple[str | tuple[str, ...] | TableBlock, ...]
    closing: str
    signer_name: str
    signer_role: str
    page_label: str  # "Page {page} of {pages}" in the letter's language
    client_name: str = ""


@dataclass
class RenderResult:
    page_counts: list[int] = field(default_factory=list)

    @property
    def pages(self) -> int:
        return sum(self.page_counts)


def plain(text: str, bold: bool = False) -> str:
    """User text made safe for paragraph markup: NFC, escaped, line breaks kept, and each run
    in a font that has its glyphs (services.letter_scripts)."""
    return markup(text, bold)


def _texts(letter: LetterContent) -> Iterator[str]:
    sender = letter.sender
    yield from (sender.name, sender.address, sender.city, sender.country, sender.tax_id_line)
    yield from (sender.email, sender.phone, letter.dateline, *letter.recipient, letter.subject)
    for block in letter.body:
        if isinstance(block, TableBlock):
            for row in (block.header, *block.rows, block.footer):
                yield from row
        elif isinstance(block, tuple):
            yield from block
        else:
            yield block
    yield from (letter.closing, letter.signer_name, letter.signer_role)


def unprintable_character(letter: LetterContent) -> str:
    """The first character in ``letter`` that no shipped font can draw (an emoji), or "":
    such a letter is refused rather than printed with a hole."""
    for text in _texts(letter):
        found = unprintable(text)
        if found:
            return found
    return ""


@cache
def _styles() -> dict[str, ParagraphStyle]:
    register_serif()
    body = ParagraphStyle(
        "body", fontName=SERIF, fontSize=10.5, leading=15, textColor=INK, spaceAfter=8
    )
    return {
        "body": body,
        "business": ParagraphStyle(
            "business", fontName=f"{SERIF}-Bold", fontSize=16, leading=19, textColor=ACCENT
        ),
        "details": ParagraphStyle(
            "details", fontName=SERIF, fontSize=8, leading=10.5, textColor=MUTED
        ),
        "dateline": ParagraphStyle("dateline", parent=body, alignment=TA_RIGHT, spaceAfter=0),
        "address": ParagraphStyle("address", parent=body, leading=14, spaceAfter=0),
        "subject": ParagraphStyle(
            "subject", parent=body, fontName=f"{SERIF}-Bold", spaceBefore=0, spaceAfter=10
        ),
        "fact": ParagraphStyle("fact", parent=body, spaceAfter=4),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9.5, leading=12, spaceAfter=0),
        "cell_bold": ParagraphStyle(
            "cell_bold", parent=body, fontName=f"{SERIF}-Bold", fontSize=9.5, leading=12
        ),
        "signer": ParagraphStyle("signer", parent=body, fontName=f"{SERIF}-Bold", spaceAfter=0),
        "role": ParagraphStyle("role", parent=body, textColor=MUTED, spaceAfter=0),
    }


def _logo(path: str) -> Image | None:
    # The owner's own logo: drawn if it can be read, left out (not an error) if it cannot,
    # so a moved file never stops a letter.
    if not path or not os.path.isfile(path):
        return None
    try:
        image = Image(path)
    except (OSError, ValueError):
        return None
    if not image.imageHeight:
        return None
    scale = LOGO_HEIGHT / image.imageHeight
    image.drawHeight, image.drawWidth = LOGO_HEIGHT, image.imageWidth * scale
    return image


def _letterhead(sender: Sender, width: float) -> list[Flowable]:
    s = _styles()
    # The address keeps its lines (street; postal code and city; country), as on an envelope.
    lines = [
        *address_lines(sender.address, sender.postal_code, sender.city, sender.country),
        "  ·  ".join(part for part in (sender.tax_id_line, sender.email, sender.phone) if part),
    ]
    text: list[Flowable] = [Paragraph(plain(sender.name, bold=True), s["business"])]
    text += [Paragraph(plain(" ".join(line.split())), s["details"]) for line in lines if line]
    logo = _logo(sender.logo_path)
    if logo is None:
        head: Flowable = KeepTogether(text)
    else:
        head = Table(
            [[logo, text]],
            colWidths=[logo.drawWidth + 5 * mm, width - logo.drawWidth - 5 * mm],
            style=TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            ),
        )
    rule = HRFlowable(width="100%", thickness=0.6, color=ACCENT, spaceBefore=4 * mm)
    return [head, rule]


class _LetterStart(Flowable):
    """Marks where a letter begins, so its pages can be counted and numbered."""

    def __init__(self, book: _PageBook, letter: LetterContent | None) -> None:
        super().__init__()
        self.book, self.letter = book, letter
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.book.letter_started(self.canv, self.letter)


class _PageBook:
    """Keeps track of which pages belong to which letter, and numbers them."""

    def __init__(self) -> None:
        self.result = RenderResult()
        self._start: int | None = None
        self._label = ""

    def letter_started(self, canvas: Canvas, letter: LetterContent | None) -> None:
        """Called on the first page of each letter, and with None once all are laid out."""
        page = canvas.getPageNumber()
        if self._start is not None:
            last = page if letter is None else page - 1
            self._number(canvas, self._start, last)
        if letter is not None:
            self._start, self._label = page, letter.page_label

    def _number(self, canvas: Canvas, first: int, last: int) -> None:
        count = last - first + 1
        self.result.page_counts.append(count)
        for page in range(first, last + 1):
            canvas.beginForm(_page_form(page))
            if count > 1:
                canvas.setFont(SERIF, 8)
                canvas.setFillColor(MUTED)
                label = self._label.format(page=page - first + 1, pages=count)
                canvas.drawCentredString(A4[0] / 2, BOTTOM_MARGIN / 2, label)
            canvas.endForm()


class _CompactCanvas(Canvas):
    """Compresses each page's drawing as soon as the page is done.

    reportlab keeps every page of a document until it writes the file; compressed at once, a
    page of a letter costs a few kilobytes, so a campaign of thousands of letters in one PDF
    needs little more memory than one of a hundred. The PDF is the same: reportlab would
    compress the page the same way when writing it.
    """

    def showPage(self) -> None:
        super().showPage()
        page = self._doc.Pages.pages[-1]  # type: ignore[attr-defined]  # reportlab's, unstubbed
        if page.stream and page.Contents is None:
            data = page.stream.encode("latin-1") if isinstance(page.stream, str) else page.stream
            filters = PDFDictionary({"Filter": PDFArray([PDFName("FlateDecode")])})
            page.Contents = PDFStream(filters, zlib.compress(data))
            page.stream = None


def _page_form(page: int) -> str:
    return f"pageno{page}"


def _on_page(canvas: Canvas, doc: BaseDocTemplate) -> None:
    canvas.doForm(_page_form(canvas.getPageNumber()))


def _table(block: TableBlock, s: dict[str, ParagraphStyle]) -> Flowable:
    def cells(row: tuple[str, ...], strong: bool) -> list[Paragraph]:
        base = s["cell_bold"] if strong else s["cell"]
        right = ParagraphStyle(f"{base.name}_right", parent=base, alignment=TA_RIGHT)
        return [
            Paragraph(plain(text, bold=strong), right if n in block.numeric else base)
            for n, text in enumerate(row)
        ]

    data = [cells(block.header, True)] + [cells(row, False) for row in block.rows]
    style: list[tuple[Any, ...]] = [
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        # The outer edges line up with the paragraphs around the table.
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
    ]
    if block.footer:
        data.append(cells(block.footer, True))
        style.append(("LINEABOVE", (0, -1), (-1, -1), 0.6, ACCENT))
    return Table(
        data,
        colWidths=list(block.widths) or None,
        repeatRows=1,
        hAlign="LEFT",
        style=TableStyle(style),
        spaceAfter=10,
    )


def _block(block: str | tuple[str, ...] | TableBlock, s: dict[str, ParagraphStyle]) -> Flowable:
    if isinstance(block, TableBlock):
        return _table(block, s)
    if isinstance(block, tuple):
        items = [ListItem(Paragraph(plain(item), s["fact"]), leftIndent=14) for item in block]
        # ListFlowable takes ListItems, which types-reportlab does not count as flowables.
        return ListFlowable(
            items,  # type: ignore[arg-type]
            bulletType="bullet",
            start="•",
            leftIndent=14,
            spaceAfter=6,
        )
    return Paragraph(plain(block), s["body"])


def _flowables(letter: LetterContent, book: _PageBook, width: float) -> list[Flowable]:
    s = _styles()
    story: list[Flowable] = [_LetterStart(book, letter), *_letterhead(letter.sender, width)]
    story += [Spacer(1, 9 * mm), Paragraph(plain(letter.dateline), s["dateline"])]
    story.append(Spacer(1, 4 * mm))
    story += [Paragraph(plain(line), s["address"]) for line in letter.recipient if line.strip()]
    story += [Spacer(1, 10 * mm), Paragraph(plain(letter.subject, bold=True), s["subject"])]
    *body, last = letter.body or ("",)
    for block in body:
        story.append(_block(block, s))
    # The last paragraph, the closing and the signature never part: no signature alone at
    # the top of a page.
    signature = [
        _block(last, s),
        Paragraph(plain(letter.closing), s["body"]),
        Spacer(1, 14 * mm),  # room to sign by hand
        Paragraph(plain(letter.signer_name, bold=True), s["signer"]),
    ]
    if letter.signer_role:
        signature.append(Paragraph(plain(letter.signer_role), s["role"]))
    signature.append(Paragraph(plain(letter.sender.name), s["role"]))
    story.append(KeepTogether(signature))
    return story


class _Feed(list[Flowable]):
    """The document's flowable list, refilled a few letters ahead as platypus consumes it."""

    def __init__(self, letters: Iterator[list[Flowable]], tail: Flowable) -> None:
        super().__init__()
        self._letters, self._queued = letters, 0
        self._tail: Flowable | None = tail
        self._refill()

    def _refill(self) -> None:
        while self._queued < LOOKAHEAD_LETTERS:
            story = next(self._letters, None)
            if story is None:
                if self._tail is not None and len(self):
                    self.append(self._tail)  # numbers the last letter's pages
                self._tail = None
                return
            if len(self) or self._queued:
                self.append(PageBreak())
            self.extend(story)
            self._queued += 1

    def __delitem__(self, key: SupportsIndex | slice) -> None:
        removed = self[key] if isinstance(key, slice) else [self[key]]
        super().__delitem__(key)
        self._queued -= sum(isinstance(f, _LetterStart) for f in removed)
        self._refill()


def render(
    letters: Iterable[LetterContent],
    target: str | Path | BinaryIO,
    *,
    title: str = "",
    author: str = "",
    subject: str = "",
    language: str = "",
    on_letter: Callable[[int], None] | None = None,
) -> RenderResult:
    """Lay out ``letters`` one after another into one PDF at ``target``.

    ``on_letter(n)`` is called as the n-th letter is taken up; it may raise to stop (Cancel),
    in which case nothing is written to ``target``'s path by this function.
    """
    book = _PageBook()
    width = A4[0] - LEFT_MARGIN - RIGHT_MARGIN

    def stories() -> Iterator[list[Flowable]]:
        for index, letter in enumerate(letters):
            if on_letter is not None:
                on_letter(index)
            yield _flowables(letter, book, width)

    feed = _Feed(stories(), _LetterStart(book, None))
    if not feed:
        raise ValueError("no letters to render")
    doc = BaseDocTemplate(
        str(target) if isinstance(target, Path) else target,
        pagesize=A4,
        leftMargin=LEFT_MARGIN,
        rightMargin=RIGHT_MARGIN,
        topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        title=title,
        author=author,
        subject=subject,
        creator="Clientela",
        lang=language or None,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="letter")
    doc.addPageTemplates([PageTemplate("letter", [frame], onPageEnd=_on_page)])
    doc.build(feed, canvasmaker=_CompactCanvas)
    return book.result
