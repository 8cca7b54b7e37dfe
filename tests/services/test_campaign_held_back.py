"""A Retain campaign holds back the late payer, lists why, and includes them when asked."""

from datetime import date

from services.business_profile import ProfileData, save_profile
from services.campaigns import Segment, run_campaign, segment_ids
from services.letters import LetterOptions
from tests.ledger_cases import punctual_and_late
from tests.pdf import pdf_text
from tests.sender import SENDER

TODAY = date(2026, 11, 23)


def test_a_retain_campaign_holds_back_a_late_payer(db, tmp_path):
    save_profile(db.sessions, ProfileData(**SENDER, name="Aranda", city="Zaragoza"))
    punctual, late = punctual_and_late(db, TODAY)
    ids = segment_ids(db.sessions, Segment(verdict="retain"))
    assert sorted(ids) == sorted([punctual, late])

    result = run_campaign(
        db.sessions, ids, LetterOptions("loyalty", TODAY), combined=tmp_path / "thanks.pdf"
    )
    assert result.letters == 1
    (held,) = result.held_back
    assert held.client_id == late and held.client_name == "Tardía, S.A."
    assert [c.code for c in held.concerns] == ["late_payer", "overdue"]
    assert held.concerns[0].params["average"] > 60  # 91, and the open invoice at 100 days
    text = pdf_text(tmp_path / "thanks.pdf")
    assert "Puntual" in text and "Tardía" not in text

    again = run_campaign(
        db.sessions,
        ids,
        LetterOptions("loyalty", TODAY),
        combined=tmp_path / "knowingly.pdf",
        include_held_back=True,
    )
    assert again.letters == 2 and again.held_back == []
    assert "Tardía" in pdf_text(tmp_path / "knowingly.pdf")


def test_when_everyone_is_held_back_nothing_is_written(db, tmp_path):
    save_profile(db.sessions, ProfileData(**SENDER, name="Aranda", city="Zaragoza"))
    _punctual, late = punctual_and_late(db, TODAY)
    result = run_campaign(
        db.sessions, [late], LetterOptions("loyalty", TODAY), combined=tmp_path / "x.pdf"
    )
    assert result.letters == 0 and len(result.held_back) == 1
    assert not (tmp_path / "x.pdf").exists()


def test_the_loyalty_letter_claims_nothing_the_ledger_must_back(db, tmp_path):
    save_profile(db.sessions, ProfileData(**SENDER, name="Aranda", city="Zaragoza"))
    _punctual, late = punctual_and_late(db, TODAY)
    for language in ("es", "en"):
        path = tmp_path / f"{language}.pdf"
        run_campaign(
            db.sessions,
            [late],
            LetterOptions("loyalty", TODAY, language=language),
            combined=path,
            include_held_back=True,
        )
        text = " ".join(pdf_text(path).split()).lower()
        for claim in ("cumplen lo acordado", "keep to what", "paga", "pays", "puntual"):
            assert claim not in text, (language, claim)
