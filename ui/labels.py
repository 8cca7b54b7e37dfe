"""Names of domain values (stages, verdicts, languages) in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models import FormOfAddress, Language, LetterKind, Stage, Verdict


def stage_label(stage: str) -> str:
    labels: dict[str, str] = {
        Stage.PROSPECT: QCoreApplication.translate("Labels", "Prospect"),
        Stage.ACTIVE: QCoreApplication.translate("Labels", "Active"),
        Stage.LOST: QCoreApplication.translate("Labels", "Lost"),
        Stage.FORMER: QCoreApplication.translate("Labels", "Former (let go)"),
    }
    return labels.get(stage, stage)


def form_of_address_label(form: str) -> str:
    """How the editor names a form of address; the letter words it in its own language."""
    labels: dict[str, str] = {
        FormOfAddress.NONE: QCoreApplication.translate("Labels", "None (a neutral greeting)"),
        FormOfAddress.MR: QCoreApplication.translate("Labels", "Mr (Sr.)"),
        FormOfAddress.MS: QCoreApplication.translate("Labels", "Ms (Sra.)"),
        FormOfAddress.DR_M: QCoreApplication.translate("Labels", "Dr, a man (Dr.)"),
        FormOfAddress.DR_F: QCoreApplication.translate("Labels", "Dr, a woman (Dra.)"),
    }
    return labels.get(form, form)


def verdict_label(verdict: str | None) -> str:
    if not verdict:
        return ""
    labels: dict[str, str] = {
        Verdict.RETAIN: QCoreApplication.translate("Labels", "Retain"),
        Verdict.SET_BOUNDARIES: QCoreApplication.translate("Labels", "Set boundaries"),
        Verdict.RECOVER: QCoreApplication.translate("Labels", "Recover"),
        Verdict.LET_GO: QCoreApplication.translate("Labels", "Let go"),
        Verdict.ACQUIRE: QCoreApplication.translate("Labels", "Acquire"),
        Verdict.WATCH: QCoreApplication.translate("Labels", "Watch"),
    }
    return labels.get(verdict, verdict)


def language_label(language: str) -> str:
    labels: dict[str, str] = {
        Language.SPANISH: QCoreApplication.translate("Labels", "Spanish"),
        Language.ENGLISH: QCoreApplication.translate("Labels", "English"),
    }
    return labels.get(language, language)


def answer_label(value: str) -> str:
    labels: dict[str, str] = {
        "yes": QCoreApplication.translate("Labels", "Yes"),
        "partly": QCoreApplication.translate("Labels", "Partly"),
        "no": QCoreApplication.translate("Labels", "No"),
        "unknown": QCoreApplication.translate("Labels", "Don't know"),
    }
    return labels.get(value, value)


def letter_kind_label(kind: str) -> str:
    labels: dict[str, str] = {
        LetterKind.LOYALTY: QCoreApplication.translate("Labels", "Thank you and loyalty"),
        LetterKind.BOUNDARIES: QCoreApplication.translate("Labels", "Terms and boundaries"),
        LetterKind.WIN_BACK: QCoreApplication.translate("Labels", "Win back"),
        LetterKind.TERMINATION: QCoreApplication.translate("Labels", "Polite termination"),
        LetterKind.WELCOME: QCoreApplication.translate("Labels", "Welcome"),
        LetterKind.PAYMENT_REMINDER: QCoreApplication.translate("Labels", "Payment reminder"),
    }
    return labels.get(kind, kind)
