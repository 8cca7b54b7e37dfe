"""The ORM classes. No Qt and no business rules here: see services/ for those."""

from models.base import Base
from models.business_profile import BusinessProfile
from models.client import Client, ClientTag
from models.enums import FormOfAddress, Language, LetterKind, Stage, Verdict
from models.evaluation import Answer, Evaluation
from models.ledger import Payment, Return, Sale
from models.letter import Letter, LetterTemplate
from models.revenue_ranking import (
    KeptReceivable,
    LedgerVersion,
    RevenueRanking,
    RevenueRankingState,
)

__all__ = [
    "Answer",
    "Base",
    "BusinessProfile",
    "Client",
    "ClientTag",
    "Evaluation",
    "FormOfAddress",
    "KeptReceivable",
    "Language",
    "LedgerVersion",
    "Letter",
    "LetterKind",
    "LetterTemplate",
    "Payment",
    "Return",
    "RevenueRanking",
    "RevenueRankingState",
    "Sale",
    "Stage",
    "Verdict",
]
