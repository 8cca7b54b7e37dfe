"""Campaigns over the demo book: the right letters, pages and records; Cancel takes it all back."""

from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from models import Letter
from services.business_profile import ProfileData, save_profile
from services.campaigns import Segment, run_campaign, segment_ids
from services.clients import ClientInput, save_client
from services.errors import ClientelaError
from services.file_names import FileNamer, safe_stem
from services.letters import LetterOptions
from services.progress import Cancelled
from tests.demo_book import evaluated_demo_book
from tests.pdf import pdf_page_texts
from tests.sender import SENDER

TODAY = date(2026, 11, 23)


@pytest.fixture
def book(db):
    return evaluated_demo_book(db, TODAY)


def _letters(db) -> int:
    with db.sessions() as session:
        return session.scalar(select(func.count()).select_from(Letter))


def test_a_retain_campaign_writes_one_loyalty_letter_per_retained_client(db, book, tmp_path):
    retained = sorted(name for name, verdict in book.items() if verdict == "retain")
    ids = segment_ids(db.sessions, Segment(verdict="retain"))
    assert len(ids) == len(retained) == 2  # Hospital San Rafael pays late: boundaries
    result = run_campaign(
        db.sessions,
        ids,
        LetterOptions("loyalty", TODAY),
        folder=tmp_path / "letters",
        combined=tmp_path / "all.pdf",
        campaign="Navidad",
        include_held_back=True,  # what the ledger says against some is tested on its own
    )
    assert result.letters == 2 and result.skipped == []
    assert sorted(p.name for p in result.files) == sorted(f"{name}.pdf" for name in retained)
    pages = pdf_page_texts(tmp_path / "all.pdf")
    assert len(pages) == result.pages == len(PdfReader(tmp_path / "all.pdf").pages)
    for name in retained:  # each letter starts on its own page, in the list's order
        assert sum(name in page for page in pages) >= 1
    assert "Gracias por confiar en Suministros Aranda" in pages[0]
    with db.sessions() as session:
        rows = session.scalars(select(Letter)).all()
    assert len(rows) == 2 and {r.campaign for r in rows} == {"Navidad"}
    assert {r.file_path for r in rows} == {str(p) for p in result.files}


def test_a_combined_only_campaign_records_each_letter_against_the_combined_file(db, book, tmp_path):
    ids = segment_ids(db.sessions, Segment(verdict="let_go"))
    result = run_campaign(
        db.sessions, ids, LetterOptions("termination", TODAY), combined=tmp_path / "bye.pdf"
    )
    # Ibáñez is class A: boundaries first. Reformas Ordóñez was already let go (stage
    # Former): no second goodbye unless asked.
    assert len(ids) == 3 and result.letters == 2
    assert [h.client_name for h in result.held_back] == ["Reformas Ordóñez"]
    with db.sessions() as session:
        rows = session.scalars(select(Letter)).all()
    assert {r.file_path for r in rows} == {str(tmp_path / "bye.pdf")}
    assert sum(r.page_count for r in rows) == len(PdfReader(tmp_path / "bye.pdf").pages)
    # Each client reads the letter in their own language: the London bakery is not let go,
    # so every letter here is Spanish.
    assert all(
        "Fin de nuestra relación comercial" in page
        for page in pdf_page_texts(tmp_path / "bye.pdf")[:1]
    )


def test_segments_by_stage_tag_and_selection(db, book):
    everyone = segment_ids(db.sessions, Segment())
    assert len(everyone) == 12
    lost = segment_ids(db.sessions, Segment(stage="lost"))
    assert lost and set(lost) < set(everyone)
    client = save_client(db.sessions, ClientInput(name="Tagged", tags=("navidad",)))
    assert segment_ids(db.sessions, Segment(tag="navidad")) == [client.id]
    chosen = (everyone[0], everyone[3])
    assert segment_ids(db.sessions, Segment(client_ids=chosen)) == list(chosen)


def test_cancel_leaves_no_file_and_no_record(db, book, tmp_path):
    ids = segment_ids(db.sessions, Segment())
    folder = tmp_path / "letters"
    calls = []

    def progress(done: int, total: int) -> bool:
        calls.append(done)
        return done < 8  # the user presses Cancel part way through the combined pass

    with pytest.raises(Cancelled):
        run_campaign(
            db.sessions,
            ids,
            LetterOptions("loyalty", TODAY),
            folder=folder,
            combined=tmp_path / "all.pdf",
            progress=progress,
        )
    assert max(calls) == 8
    assert list(folder.iterdir()) == []  # neither finished letters nor temporary files
    assert list(tmp_path.glob("*.pdf*")) == []
    assert _letters(db) == 0


def test_clients_without_an_address_are_skipped_and_said_why(db, tmp_path):
    save_profile(db.sessions, ProfileData(**SENDER, name="Suministros Aranda"))
    posted = save_client(db.sessions, ClientInput(name="Con dirección", city="Teruel")).id
    nowhere = save_client(db.sessions, ClientInput(name="Sin dirección")).id
    result = run_campaign(
        db.sessions,
        [posted, nowhere],
        LetterOptions("welcome", TODAY),
        folder=tmp_path,
        combined=tmp_path / "all.pdf",
    )
    assert result.letters == 1
    assert [(s.client_name, s.reason) for s in result.skipped] == [("Sin dirección", "no_address")]
    with pytest.raises(ClientelaError) as raised:
        run_campaign(
            db.sessions, [nowhere], LetterOptions("welcome", TODAY), combined=tmp_path / "x.pdf"
        )
    assert raised.value.code == "nothing_to_write"
    assert not (tmp_path / "x.pdf").exists()


def test_same_names_get_distinct_files_and_existing_files_are_not_overwritten(db, tmp_path):
    save_profile(db.sessions, ProfileData(**SENDER, name="Suministros Aranda"))
    ids = [
        save_client(db.sessions, ClientInput(name="Bar Pepe", city=city)).id
        for city in ("Soria", "Huesca")
    ]
    (tmp_path / "Bar Pepe.pdf").write_bytes(b"an older letter the owner keeps")
    result = run_campaign(db.sessions, ids, LetterOptions("welcome", TODAY), folder=tmp_path)
    assert sorted(p.name for p in result.files) == ["Bar Pepe (2).pdf", "Bar Pepe (3).pdf"]
    assert (tmp_path / "Bar Pepe.pdf").read_bytes() == b"an older letter the owner keeps"


@pytest.mark.parametrize(
    ("name", "stem"),
    [
        ("../../etc/passwd", "_.._etc_passwd"),
        ('a<b>c:d"e|f?g*h\\i', "a_b_c_d_e_f_g_h_i"),
        ("CON", "_CON"),
        ("lpt1.txt", "_lpt1.txt"),
        ("  trailing dots...  ", "trailing dots"),
        ("...", "letter"),
        ("Zoë\u0308", "Zoë\u0308"),
        ("tab\tand\nnewline", "tab_and_newline"),
    ],
)
def test_file_names_from_hostile_client_names(name, stem):
    assert safe_stem(name) == stem


def test_long_names_are_cut_on_a_character_boundary_and_collisions_ignore_case():
    stem = safe_stem("ñ" * 200)
    assert len(stem.encode()) <= 150 and set(stem) == {"ñ"}
    namer = FileNamer(["CAFÉ.pdf"])
    assert namer.name_for("café") == "café (2).pdf"
    assert namer.name_for("Café") == "Café (3).pdf"
