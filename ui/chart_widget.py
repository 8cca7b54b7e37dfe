"""A small chart painted with QPainter: bars, a Pareto curve or one stacked band.

No Qt Charts (deprecated) and no Qt Quick: a plain widget that draws under the offscreen
platform, follows the application palette (light or dark), uses the Okabe-Ito colours (told
apart by colour-blind readers), shows a tooltip on hover, and works from the keyboard: Tab to
the chart, arrows move between its items, Enter (or a click) activates one.

The chart only draws what it is given: labels and values arrive already worded and formatted
in the user's language (ui/dashboard.py), each with what it stands for (``key``), which
``activated`` hands back.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

# Okabe & Ito (2008), "Color Universal Design": distinct for the common colour blindnesses.
OKABE_ITO = (
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#56B4E9",  # sky blue
    "#D55E00",  # vermillion
    "#F0E442",  # yellow
    "#999999",  # grey (Okabe-Ito's black, softened to read on dark themes too)
)
MARGIN = 8


class ChartKind(Enum):
    BARS = "bars"
    PARETO = "pareto"
    STACKED = "stacked"


@dataclass(frozen=True)
class ChartItem:
    """One bar, point or band segment."""

    label: str  # under the bar, or in the band's legend
    value: float  # its size: a count, an amount, a share; for a Pareto point: the y (0-1)
    text: str  # the value as shown, formatted for the locale
    tooltip: str
    key: object = None  # handed back by ``activated``
    colour: int = 0  # index into OKABE_ITO
    x: float = 0.0  # a Pareto point's x (0-1)


class ChartWidget(QWidget):
    activated = Signal(object)  # the item's key

    def __init__(self, kind: ChartKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.items: tuple[ChartItem, ...] = ()
        self.curve: tuple[tuple[float, float], ...] = ()  # a Pareto's whole line
        self.note = ""  # a line drawn in the plot (the Pareto's "top 20 %")
        self.current = -1  # the item the keyboard is on
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        return QSize(320, 56 if self.kind == ChartKind.STACKED else 150)

    def minimumSizeHint(self) -> QSize:
        return QSize(160, 44 if self.kind == ChartKind.STACKED else 100)

    def set_items(self, items, curve=(), note: str = "") -> None:
        self.items = tuple(items)
        self.curve = tuple(curve)
        self.note = note
        self.current = min(self.current, len(self.items) - 1)
        self.setAccessibleDescription("; ".join(f"{i.label}: {i.text}" for i in self.items))
        self.update()

    # -- geometry ---------------------------------------------------------------------------

    def _plot(self) -> QRectF:
        """The area bars and curves are drawn in, leaving room for labels."""
        line = QFontMetrics(self.font()).height()
        area = QRectF(self.rect()).adjusted(MARGIN, MARGIN + line, -MARGIN, -MARGIN)
        if self.kind == ChartKind.STACKED:
            return area.adjusted(0, -line, 0, -line - 4)  # the legend goes below
        if self.kind == ChartKind.PARETO:  # room for the axis labels on every side
            return area.adjusted(14, 0, -14, -line - 4)
        return area.adjusted(0, 0, 0, -2 * line - 4)  # labels go below, in up to two lines

    def item_rects(self) -> list[QRectF]:
        """Where each item is: what a click or a tooltip hits."""
        plot = self._plot()
        if not self.items:
            return []
        if self.kind == ChartKind.PARETO:
            size = 12
            return [
                QRectF(
                    plot.left() + item.x * plot.width() - size / 2,
                    plot.bottom() - item.value * plot.height() - size / 2,
                    size,
                    size,
                )
                for item in self.items
            ]
        if self.kind == ChartKind.STACKED:
            total = sum(max(0.0, i.value) for i in self.items) or 1.0
            rects, left = [], plot.left()
            for item in self.items:
                width = plot.width() * max(0.0, item.value) / total
                rects.append(QRectF(left, plot.top(), width, plot.height()))
                left += width
            return rects
        top = max((i.value for i in self.items), default=0.0) or 1.0
        slot = plot.width() / len(self.items)
        bar = slot * 0.7
        return [
            QRectF(
                plot.left() + n * slot + (slot - bar) / 2,
                plot.bottom() - plot.height() * max(0.0, item.value) / top,
                bar,
                plot.height() * max(0.0, item.value) / top,
            )
            for n, item in enumerate(self.items)
        ]

    def item_at(self, point: QPointF) -> int:
        for index, rect in enumerate(self.item_rects()):
            hit = QRectF(rect)
            if self.kind == ChartKind.BARS:  # the whole column counts, even above a short bar
                plot = self._plot()
                hit = QRectF(rect.left(), plot.top(), rect.width(), plot.height() + 20)
            if hit.adjusted(-3, -3, 3, 3).contains(point):
                return index
        return -1

    # -- painting ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        if self.kind == ChartKind.PARETO:
            self._paint_pareto(painter, text, muted)
        elif self.kind == ChartKind.STACKED:
            self._paint_stacked(painter, text)
        else:
            self._paint_bars(painter, text, muted)
        if self.hasFocus() and 0 <= self.current < len(self.items):
            rect = self.item_rects()[self.current].adjusted(-3, -3, 3, 3)
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)
        painter.end()

    def _colour(self, item: ChartItem) -> QColor:
        return QColor(OKABE_ITO[item.colour % len(OKABE_ITO)])

    def _paint_bars(self, painter: QPainter, text: QColor, muted: QColor) -> None:
        plot = self._plot()
        metrics = QFontMetrics(self.font())
        painter.setPen(QPen(muted, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        for item, rect in zip(self.items, self.item_rects(), strict=True):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._colour(item))
            painter.drawRect(rect)
            painter.setPen(text)
            slot = QRectF(
                rect.left() - 20,
                rect.top() - metrics.height() - 1,
                rect.width() + 40,
                metrics.height(),
            )
            painter.drawText(
                slot, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, item.text
            )
            slot_width = plot.width() / len(self.items)
            label_box = QRectF(
                rect.center().x() - slot_width / 2 + 1,
                plot.bottom() + 3,
                slot_width - 2,
                2 * metrics.height(),
            )
            flags = Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap
            if (
                metrics.boundingRect(label_box.toRect(), flags, item.label).height()
                > label_box.height()
            ):
                label = metrics.elidedText(
                    item.label, Qt.TextElideMode.ElideRight, int(label_box.width())
                )
            else:
                label = item.label
            painter.drawText(label_box, flags, label)

    def _paint_pareto(self, painter: QPainter, text: QColor, muted: QColor) -> None:
        plot = self._plot()
        metrics = QFontMetrics(self.font())

        def at(x: float, y: float) -> QPointF:
            return QPointF(plot.left() + x * plot.width(), plot.bottom() - y * plot.height())

        painter.setPen(QPen(muted, 1))
        painter.drawRect(plot)
        painter.setPen(QPen(muted, 1, Qt.PenStyle.DotLine))
        painter.drawLine(at(0, 0), at(1, 1))  # what an even book would look like
        painter.drawLine(at(0.2, 0), at(0.2, 1))
        if len(self.curve) > 1:
            path = QPainterPath(at(*self.curve[0]))
            for x, y in self.curve[1:]:
                path.lineTo(at(x, y))
            painter.setPen(QPen(QColor(OKABE_ITO[0]), 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        painter.setPen(Qt.PenStyle.NoPen)
        for item, rect in zip(self.items, self.item_rects(), strict=True):
            painter.setBrush(self._colour(item))
            painter.drawEllipse(rect.adjusted(2, 2, -2, -2))
        painter.setPen(text)
        for x in (0.0, 0.2, 0.5, 1.0):
            label = f"{round(x * 100)} %"
            box = QRectF(at(x, 0).x() - 30, plot.bottom() + 3, 60, metrics.height())
            painter.drawText(box, Qt.AlignmentFlag.AlignHCenter, label)
        if self.note:
            note = QRectF(
                plot.left() + plot.width() * 0.22,
                plot.bottom() - 2 * metrics.height() - 4,
                plot.width() * 0.76,
                metrics.height() * 2,
            )
            painter.drawText(
                note, Qt.AlignmentFlag.AlignRight | Qt.TextFlag.TextWordWrap, self.note
            )

    def _paint_stacked(self, painter: QPainter, text: QColor) -> None:
        plot = self._plot()
        metrics = QFontMetrics(self.font())
        painter.setPen(Qt.PenStyle.NoPen)
        for item, rect in zip(self.items, self.item_rects(), strict=True):
            painter.setBrush(self._colour(item))
            painter.drawRect(rect)
        # The legend: a swatch and the label of each segment, in one line below.
        left = plot.left()
        top = plot.bottom() + 4
        swatch = metrics.height() * 0.7
        for item in self.items:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._colour(item))
            painter.drawRect(QRectF(left, top + (metrics.height() - swatch) / 2, swatch, swatch))
            painter.setPen(text)
            label = f"{item.label} {item.text}"
            painter.drawText(QPointF(left + swatch + 4, top + metrics.ascent()), label)
            left += swatch + 4 + metrics.horizontalAdvance(label) + 12

    # -- interaction ------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.item_at(QPointF(event.pos()))
            if index >= 0:
                QToolTip.showText(event.globalPos(), self.items[index].tooltip, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hovering = self.item_at(event.position()) >= 0
        cursor = Qt.CursorShape.PointingHandCursor if hovering else Qt.CursorShape.ArrowCursor
        self.setCursor(cursor)
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.item_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and index >= 0:
            self.current = index
            self.update()
            self.activated.emit(self.items[index].key)
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        steps: dict[int, int] = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Down: 1,
        }
        if key in steps and self.items:
            self.current = max(0, min(len(self.items) - 1, self.current + steps[key]))
            self._show_current_tip()
            self.update()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.current >= 0:
            self.activated.emit(self.items[self.current].key)
            return
        super().keyPressEvent(event)

    def _show_current_tip(self) -> None:
        if 0 <= self.current < len(self.items):
            item = self.items[self.current]
            rect = self.item_rects()[self.current]
            self.setAccessibleName(f"{item.label}: {item.text}")
            QToolTip.showText(self.mapToGlobal(rect.center().toPoint()), item.tooltip, self)

    def focusInEvent(self, event: QFocusEvent) -> None:
        if self.current < 0 and self.items:
            self.current = 0
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)
