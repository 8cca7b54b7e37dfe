"""A PDF shown inside the app (QtPdf): zoom, page by page, and printing through Qt."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.25, 4.0


class PdfPreview(QWidget):
    """A document view with a small toolbar: previous/next page, zoom out/in, fit width."""

    loaded = Signal(int)  # page count

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.document_path = ""
        self.view = QPdfView(self)
        self.view.setObjectName("pdf_view")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        self.previous_page = self._button(
            "‹", self.tr("Previous page"), QKeySequence.StandardKey.MoveToPreviousPage
        )
        self.next_page = self._button(
            "›", self.tr("Next page"), QKeySequence.StandardKey.MoveToNextPage
        )
        self.zoom_out = self._button("−", self.tr("Zoom out"), QKeySequence.StandardKey.ZoomOut)
        self.zoom_in = self._button("+", self.tr("Zoom in"), QKeySequence.StandardKey.ZoomIn)
        self.fit = self._button("↔", self.tr("Fit to width"), None)
        self.page_label = QLabel()
        self.page_label.setObjectName("page_label")

        self.previous_page.clicked.connect(lambda: self.go_to_page(self.current_page() - 1))
        self.next_page.clicked.connect(lambda: self.go_to_page(self.current_page() + 1))
        self.zoom_in.clicked.connect(lambda: self.set_zoom(self.zoom() * ZOOM_STEP))
        self.zoom_out.clicked.connect(lambda: self.set_zoom(self.zoom() / ZOOM_STEP))
        self.fit.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.view.pageNavigator().currentPageChanged.connect(self._update_label)
        self.document.pageCountChanged.connect(self._update_label)

        bar = QHBoxLayout()
        for widget in (self.previous_page, self.page_label, self.next_page):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.zoom_out, self.zoom_in, self.fit):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self._update_label()

    def _button(self, text: str, tip: str, keys: QKeySequence.StandardKey | None) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        if keys is not None:
            button.setShortcut(QKeySequence(keys))
        return button

    def load(self, path: str) -> bool:
        """Show the PDF at ``path``; False if Qt cannot read it."""
        self.document.close()
        self.document_path = path
        ok = self.document.load(path) == QPdfDocument.Error.None_
        self.go_to_page(0)
        self._update_label()
        self.loaded.emit(self.page_count())
        return ok

    def clear(self) -> None:
        self.document.close()
        self._update_label()

    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        if 0 <= page < self.page_count():
            self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())

    def zoom(self) -> float:
        return self.view.zoomFactor()

    def set_zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(MAX_ZOOM, max(MIN_ZOOM, factor)))

    def _update_label(self) -> None:
        count = self.page_count()
        page = min(self.current_page(), count - 1) + 1 if count else 0
        self.page_label.setText(
            self.tr("Page %1 of %2").replace("%1", str(page)).replace("%2", str(count))
        )
        self.previous_page.setEnabled(page > 1)
        self.next_page.setEnabled(page < count)


def open_in_viewer(path: str) -> str | None:
    """Hand the PDF at ``path`` to the system's viewer; what to tell the user if none starts."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(path)):
        return None
    return QCoreApplication.translate(
        "PdfPreview", "No PDF viewer could be started. The letter is in %1."
    ).replace("%1", path)


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Print every page of ``document`` (or the range chosen in the print dialog).

    Returns the number of pages sent. Pages are rasterised at the printer's resolution,
    which is what QtPdf offers; letters are text on white, so this prints crisply.
    """
    first, last = 1, document.pageCount()
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage():
        first, last = printer.fromPage(), min(printer.toPage() or last, last)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    sent = 0
    try:
        for page in range(first - 1, last):
            if sent:
                printer.newPage()
            target = painter.viewport()
            size = document.pagePointSize(page)
            dpi = printer.resolution()
            pixels = QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72))
            image = document.render(page, pixels)
            scaled = pixels.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(target.topLeft(), image.scaled(scaled))
            sent += 1
    finally:
        painter.end()
    return sent
