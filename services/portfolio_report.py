"""The printable portfolio report: the dashboard's figures and charts as a PDF.

Drawn with reportlab (platypus for the text, reportlab.graphics drawings for the charts) in
the letters' embedded Noto Serif, in Spanish or English (the words are here, not in Qt's
translators: the command line and the GUI write the same report). Every name that comes from
the user (the business, the clients) is escaped before it reaches paragraph markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from babel.numbers import format_currency, format_decimal
from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from models import Language
from services.errors import ClientelaError
from services.letter_pdf import ACCENT, INK, MUTED, plain
from services.letter_phrases import phrases
from services.letter_scripts import SERIF, register_serif
from services.portfolio import (
    NOT_EVALUATED,
    Portfolio,
    VerdictClients,
    portfolio,
    verdict_clients,
)
from services.progress import Sessions

# The dashboard's Okabe-Ito colours (ui/chart_widget.py), for the same meaning on paper.
OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999")
VERDICT_COLOURS = {
    "retain": 2,
    "set_boundaries": 1,
    "recover": 4,
    "let_go": 5,
    "acquire": 0,
    "watch": 3,
    NOT_EVALUATED: 7,
}
BAND_COLOURS = (2, 6, 1, 5, 3)
CLIENTS_PER_VERDICT = 15
WIDTH = A4[0] - 36 * mm

# Per language: sentences and headings (str), and names per verdict, stage, band and letter
# kind (dict[str, str]) under "verdict", "stage", "band" and "letter".
WORDS: dict[str, dict[str, Any]] = {
    "en": {
        "title": "Portfolio report",
        "summary": "{clients} clients · revenue in the last 12 months {revenue} · outstanding {outstanding}, of which overdue {overdue}",  # noqa: E501 - one sentence per line reads best
        "verdicts": "Clients per verdict",
        "stages": "Clients per stage",
        "scores": "Score distribution",
        "pareto": "Revenue concentration (last 12 months)",
        "pareto_note": "The top 20 % of the clients with revenue ({top} of {clients}) make {share} of it. ABC classes: {classes}.",  # noqa: E501 - one sentence per line reads best
        "receivables": "Receivables by days overdue",
        "letters": "Letters in the last 30 days",
        "stake": "Revenue at stake per verdict",
        "due": "Due for review: {count}",
        "flags": "New red flags since the last evaluation: {count}",
        "flags_help": "Invoices that passed {days} days unpaid, or were paid that late, since the client's last evaluation.",  # noqa: E501 - one sentence per line reads best
        "per_verdict": "Clients per verdict",
        "more": "… and {count} more.",
        "none": "None.",
        "never": "never evaluated",
        "col_verdict": "Verdict",
        "col_clients": "Clients",
        "col_revenue": "Revenue",
        "col_rev_share": "% revenue",
        "col_overdue": "Overdue",
        "col_overdue_share": "% overdue",
        "col_client": "Client",
        "col_stage": "Stage",
        "col_score": "Score",
        "col_review": "Review",
        "col_invoices": "Invoices",
        "col_open": "Open",
        "col_band": "Days overdue",
        "page": "Page {page}",
        "verdict": {
            "retain": "Retain",
            "set_boundaries": "Set boundaries",
            "recover": "Recover",
            "let_go": "Let go",
            "acquire": "Acquire",
            "watch": "Watch",
            NOT_EVALUATED: "Not evaluated",
        },
        "stage": {
            "prospect": "Prospect",
            "active": "Active",
            "lost": "Lost",
            "former": "Former (let go)",
        },
        "band": {
            "not_due": "Not due",
            "1_30": "1–30 days",
            "31_60": "31–60 days",
            "61_159": "61–159 days",
            "160_plus": "160+ days",
        },
        "letter": {
            "loyalty": "Loyalty",
            "boundaries": "Boundaries",
            "win_back": "Win back",
            "termination": "Termination",
            "welcome": "Welcome",
            "payment_reminder": "Payment reminder",
        },
    },
    "es": {
        "title": "Informe de la cartera",
        "summary": "{clients} clientes · facturación de los últimos 12 meses {revenue} · pendiente de cobro {outstanding}, vencido {overdue}",  # noqa: E501 - one sentence per line reads best
        "verdicts": "Clientes por veredicto",
        "stages": "Clientes por etapa",
        "scores": "Distribución de puntuaciones",
        "pareto": "Concentración de la facturación (últimos 12 meses)",
        "pareto_note": "El 20 % de los clientes con facturación ({top} de {clients}) hace el {share} de ella. Clases ABC: {classes}.",  # noqa: E501 - one sentence per line reads best
        "receivables": "Cobros pendientes por días de retraso",
        "letters": "Cartas de los últimos 30 días",
        "stake": "Facturación en juego por veredicto",
        "due": "Revisión pendiente: {count}",
        "flags": "Nuevas señales de alarma desde la última evaluación: {count}",
        "flags_help": "Facturas que han pasado {days} días sin cobrar, o se cobraron tan tarde, desde la última evaluación del cliente.",  # noqa: E501 - one sentence per line reads best
        "per_verdict": "Clientes por veredicto",
        "more": "… y {count} más.",
        "none": "Ninguno.",
        "never": "sin evaluar",
        "col_verdict": "Veredicto",
        "col_clients": "Clientes",
        "col_revenue": "Facturación",
        "col_rev_share": "% fact.",
        "col_overdue": "Vencido",
        "col_overdue_share": "% vencido",
        "col_client": "Cliente",
        "col_stage": "Etapa",
        "col_score": "Punt.",
        "col_review": "Revisión",
        "col_invoices": "Facturas",
        "col_open": "Pendiente",
        "col_band": "Días de retraso",
        "page": "Página {page}",
        "verdict": {
            "retain": "Fidelizar",
            "set_boundaries": "Poner límites",
            "recover": "Recuperar",
            "let_go": "Dejar ir",
            "acquire": "Captar",
            "watch": "Vigilar",
            NOT_EVALUATED: "Sin evaluar",
        },
        "stage": {
            "prospect": "Potencial",
            "active": "Activo",
            "lost": "Perdido",
            "former": "Antiguo (dejado ir)",
        },
        "band": {
            "not_due": "No vencido",
            "1_30": "1–30 días",
            "31_60": "31–60 días",
            "61_159": "61–159 días",
            "160_plus": "160+ días",
        },
        "letter": {
            "loyalty": "Fidelización",
            "boundaries": "Límites",
            "win_back": "Recuperación",
            "termination": "Despedida",
            "welcome": "Bienvenida",
            "payment_reminder": "Recordatorio de pago",
        },
    },
}
LOCALES = {"en": "en_GB", "es": "es_ES"}


@dataclass(frozen=True)
class _Format:
    language: str
    currency: str

    @property
    def locale(self) -> str:
        return LOCALES[self.language]

    def money(self, amount: Decimal) -> str:
        # Whole units, the symbol where the language puts it: "€1,250" / "1.250 €".
        pattern = "#,##0\u00a0¤" if self.language == Language.SPANISH else "¤#,##0"
        return format_currency(
            amount, self.currency, locale=self.locale, format=pattern, currency_digits=False
        )

    def count(self, value: int) -> str:
        return format_decimal(value, locale=self.locale, group_separator=True)

    def share(self, value: float) -> str:
        return f"{format_decimal(round(value * 100), locale=self.locale)} %"

    def date(self, day: date) -> str:
        return phrases(self.language).date(day)


def _styles() -> dict[str, ParagraphStyle]:
    register_serif()
    body = ParagraphStyle("body", fontName=SERIF, fontSize=9.5, leading=13, textColor=INK)
    return {
        "body": body,
        "business": ParagraphStyle(
            "business",
            parent=body,
            fontName=f"{SERIF}-Bold",
            fontSize=16,
            leading=20,
            textColor=ACCENT,
        ),
        "title": ParagraphStyle("title", parent=body, fontSize=12, leading=16, textColor=MUTED),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=f"{SERIF}-Bold",
            fontSize=11,
            leading=14,
            spaceBefore=8,
            spaceAfter=3,
            textColor=ACCENT,
        ),
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5),
    }


# -- charts ------------------------------------------------------------------------------------


def bar_drawing(
    bars: Sequence[tuple[str, float, str, int]], width: float, height: float
) -> Drawing:
    """Vertical bars: (label, value, value as text, colour index)."""
    drawing = Drawing(width, height)
    bottom, top_room = 14, 12
    plot_height = height - bottom - top_room
    highest = max((value for _l, value, _t, _c in bars), default=0) or 1
    slot = width / max(1, len(bars))
    drawing.add(
        Line(0, bottom, width, bottom, strokeColor=colors.HexColor("#999999"), strokeWidth=0.5)
    )
    for index, (label, value, text, colour) in enumerate(bars):
        bar_height = plot_height * max(0.0, value) / highest
        left = index * slot + slot * 0.15
        bar = Rect(left, bottom, slot * 0.7, bar_height)
        # Set after construction: types-reportlab types Rect's **kw without Unpack.
        bar.fillColor, bar.strokeColor = colors.HexColor(OKABE_ITO[colour % 8]), None
        drawing.add(bar)
        middle = index * slot + slot / 2
        drawing.add(
            String(
                middle,
                bottom + bar_height + 2,
                text,
                fontName=SERIF,
                fontSize=7,
                textAnchor="middle",
                fillColor=INK,
            )
        )
        drawing.add(
            String(
                middle,
                3,
                _fit(label, slot),
                fontName=SERIF,
                fontSize=6.5,
                textAnchor="middle",
                fillColor=MUTED,
            )
        )
    return drawing


def _fit(label: str, width: float) -> str:
    most = max(3, int(width / 3.4))
    return label if len(label) <= most else label[: most - 1] + "…"


def pareto_drawing(points: Sequence[tuple[float, float]], width: float, height: float) -> Drawing:
    drawing = Drawing(width, height)
    left, bottom = 24, 12
    plot_w, plot_h = width - left - 6, height - bottom - 6
    grey = colors.HexColor("#999999")

    def at(x: float, y: float) -> tuple[float, float]:
        return left + x * plot_w, bottom + y * plot_h

    frame = Rect(left, bottom, plot_w, plot_h)
    frame.fillColor, frame.strokeColor, frame.strokeWidth = None, grey, 0.5
    drawing.add(frame)
    drawing.add(
        Line(*at(0, 0), *at(1, 1), strokeColor=grey, strokeWidth=0.5, strokeDashArray=[2, 2])
    )
    drawing.add(
        Line(*at(0.2, 0), *at(0.2, 1), strokeColor=grey, strokeWidth=0.5, strokeDashArray=[2, 2])
    )
    flat = [coordinate for x, y in points for coordinate in at(x, y)]
    drawing.add(PolyLine(flat, strokeColor=colors.HexColor(OKABE_ITO[0]), strokeWidth=1.8))
    top20 = min(points, key=lambda p: abs(p[0] - 0.2))
    drawing.add(Circle(*at(*top20), 2.5, fillColor=colors.HexColor(OKABE_ITO[5]), strokeColor=None))
    for x in (0.0, 0.2, 0.5, 1.0):
        drawing.add(
            String(
                at(x, 0)[0],
                2,
                f"{round(x * 100)} %",
                fontName=SERIF,
                fontSize=6.5,
                textAnchor="middle",
                fillColor=MUTED,
            )
        )
    for y in (0.0, 0.5, 1.0):
        drawing.add(
            String(
                left - 3,
                at(0, y)[1] - 2,
                f"{round(y * 100)} %",
                fontName=SERIF,
                fontSize=6.5,
                textAnchor="end",
                fillColor=MUTED,
            )
        )
    return drawing


# -- the document ------------------------------------------------------------------------------


def _table(rows: list[list[str]], widths: Sequence[float], s, right_from: int = 1) -> Table:
    cells = [[Paragraph(plain(str(cell)), s["cell"]) for cell in row] for row in rows]
    table = Table(cells, colWidths=list(widths), repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f3f5f8")]),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    for row in cells:
        for paragraph in row[right_from:]:
            paragraph.style = ParagraphStyle("right", parent=s["cell"], alignment=2)
    return table


def _story(p: Portfolio, lists: VerdictClients, language: str) -> list:
    w = WORDS[language]
    f = _Format(language, p.currency)
    s = _styles()
    half = WIDTH / 2 - 4 * mm

    def section(title: str, content) -> KeepTogether:
        return KeepTogether([Paragraph(plain(title), s["h2"]), content])

    def pair(left: KeepTogether, right: KeepTogether) -> Table:
        # A table cell takes a list, not KeepTogether; it has no public way to its flowables.
        cells = [[left._content, right._content]]  # type: ignore[attr-defined]
        table = Table(cells, colWidths=[WIDTH / 2, WIDTH / 2])
        table.setStyle(
            TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
        )
        return table

    story = [
        Paragraph(plain(p.business_name or "Clientela"), s["business"]),
        Paragraph(plain(f"{w['title']} · {f.date(p.today)}"), s["title"]),
        Spacer(1, 3 * mm),
        Paragraph(
            plain(
                w["summary"].format(
                    clients=f.count(p.clients),
                    revenue=f.money(p.pareto.revenue),
                    outstanding=f.money(p.outstanding),
                    overdue=f.money(p.overdue),
                )
            ),
            s["body"],
        ),
    ]
    verdict_bars = [
        (w["verdict"][c.key], c.clients, f.count(c.clients), VERDICT_COLOURS[c.key])
        for c in p.by_verdict
    ]
    stage_bars = [
        (w["stage"][c.key], c.clients, f.count(c.clients), n) for n, c in enumerate(p.by_stage)
    ]
    score_bars = [(c.key, c.clients, f.count(c.clients), 0) for c in p.scores]
    band_bars = [
        (w["band"][c.key], float(c.amount), f.money(c.amount), BAND_COLOURS[n])
        for n, c in enumerate(p.receivables)
    ]
    letter_bars = [
        (w["letter"].get(c.key, c.key), c.clients, f.count(c.clients), n)
        for n, c in enumerate(p.letters)
    ]
    pareto = p.pareto
    classes = ", ".join(
        f"{c.key} {f.count(c.clients)} ({f.money(c.amount)})" for c in pareto.classes
    )
    pareto_note = w["pareto_note"].format(
        top=f.count(pareto.top20_clients),
        clients=f.count(pareto.clients),
        share=f.share(pareto.top20_share),
        classes=classes,
    )
    story += [
        pair(
            section(w["verdicts"], bar_drawing(verdict_bars, half, 42 * mm)),
            section(w["stages"], bar_drawing(stage_bars, half, 42 * mm)),
        ),
        pair(
            section(w["pareto"], pareto_drawing(pareto.points, half, 45 * mm)),
            section(w["receivables"], bar_drawing(band_bars, half, 45 * mm)),
        ),
        Paragraph(plain(pareto_note), s["small"]),
        pair(
            section(w["scores"], bar_drawing(score_bars, half, 35 * mm)),
            section(w["letters"], bar_drawing(letter_bars, half, 35 * mm)),
        ),
    ]
    stake_rows = [
        [
            w["col_verdict"],
            w["col_clients"],
            w["col_revenue"],
            w["col_rev_share"],
            w["col_overdue"],
            w["col_overdue_share"],
        ]
    ]
    stake_rows += [
        [
            w["verdict"][r.verdict],
            f.count(r.clients),
            f.money(r.revenue),
            f.share(r.revenue_share),
            f.money(r.overdue),
            f.share(r.overdue_share),
        ]
        for r in p.at_stake
        if r.clients
    ]
    story.append(section(w["stake"], _table(stake_rows, [WIDTH * 0.3] + [WIDTH * 0.14] * 5, s)))
    band_rows = [[w["col_band"], w["col_clients"], w["col_open"]]] + [
        [w["band"][c.key], f.count(c.clients), f.money(c.amount)] for c in p.receivables
    ]
    story.append(
        section(w["receivables"], _table(band_rows, [WIDTH * 0.5, WIDTH * 0.25, WIDTH * 0.25], s))
    )

    due_rows = [[w["col_client"], w["col_verdict"], w["col_review"]]] + [
        [
            line.name,
            w["verdict"][line.verdict or NOT_EVALUATED],
            f.date(line.on) if line.on else w["never"],
        ]
        for line in p.due_list
    ]
    story.append(
        section(
            w["due"].format(count=f.count(p.due_for_review)),
            _table(due_rows, [WIDTH * 0.5, WIDTH * 0.2, WIDTH * 0.3], s, 3),
        )
    )
    flag_rows = [[w["col_client"], w["col_verdict"], w["col_invoices"], w["col_open"]]] + [
        [
            line.name,
            w["verdict"][line.verdict or NOT_EVALUATED],
            f.count(line.invoices),
            f.money(line.amount),
        ]
        for line in p.new_flags_list
    ]
    story.append(
        section(
            w["flags"].format(count=f.count(p.new_flags)),
            _table(flag_rows, [WIDTH * 0.45, WIDTH * 0.2, WIDTH * 0.15, WIDTH * 0.2], s, 2)
            if p.new_flags_list
            else Paragraph(plain(w["none"]), s["body"]),
        )
    )
    story.append(Paragraph(plain(w["flags_help"].format(days=p.hard_limit_days)), s["small"]))

    story += [CondPageBreak(60 * mm), Paragraph(plain(w["per_verdict"]), s["business"])]
    for verdict, (lines, total) in lists.items():
        if not total:
            continue
        rows = [
            [
                w["col_client"],
                w["col_stage"],
                w["col_score"],
                w["col_revenue"],
                w["col_overdue"],
                w["col_review"],
            ]
        ]
        rows += [
            [
                line.name,
                w["stage"].get(line.stage, line.stage),
                "" if line.score is None else f"{line.score:.0f}",
                f.money(line.revenue),
                f.money(line.overdue),
                f.date(line.next_review_on) if line.next_review_on else "",
            ]
            for line in lines
        ]
        widths = [
            WIDTH * 0.32,
            WIDTH * 0.13,
            WIDTH * 0.08,
            WIDTH * 0.15,
            WIDTH * 0.14,
            WIDTH * 0.18,
        ]
        title = f"{w['verdict'][verdict]} · {f.count(total)}"
        story.append(section(title, _table(rows, widths, s, 2)))
        if total > len(lines):
            story.append(
                Paragraph(plain(w["more"].format(count=f.count(total - len(lines)))), s["small"])
            )
    return story


def render_report(p: Portfolio, lists: VerdictClients, path: Path, language: str) -> int:
    """Write the report to ``path``; returns its page count."""
    w = WORDS[language]
    pages: list[int] = []

    def footer(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(SERIF, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, w["page"].format(page=doc.page))
        canvas.restoreState()
        pages.append(doc.page)

    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=15 * mm,
        bottomMargin=16 * mm,
        title=f"{w['title']} – {p.business_name or 'Clientela'}",
        lang=language,
    )
    doc.build(_story(p, lists, language), onFirstPage=footer, onLaterPages=footer)
    return len(pages)


def write_report(
    sessions: Sessions,
    today: date,
    path: Path,
    *,
    language: str = Language.SPANISH.value,
    figures: Portfolio | None = None,
) -> int:
    """Compute the figures and write the report.
    ``figures``: the dashboard's, still current, so the book is not counted twice."""
    if figures is None or figures.today != today:
        figures = portfolio(sessions, today)
    lists = verdict_clients(sessions, today, figures, CLIENTS_PER_VERDICT)
    language = language if language in WORDS else Language.SPANISH.value
    try:
        return render_report(figures, lists, path, language)
    except OSError as exc:
        raise ClientelaError("cannot_write_file", path=str(path), reason=exc.strerror) from exc
