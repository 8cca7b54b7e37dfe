"""The verdict rules, table by table (design section 4)."""

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from models import Verdict
from services.business_profile import ProfileData
from services.criteria import load_catalogue
from services.scoring import (
    LedgerVerdicts,
    ledger_answers,
    next_review,
    recommend,
    red_flags,
    score,
    suggest,
)
from tests.services.steady_client import steady_client

PROFILE = ProfileData(name="Test")  # the first-run defaults: term 30, limit 160, returns 10 %
CATALOGUE = load_catalogue()


GOOD = {
    "pays_on_time": "yes",
    "few_returns": "yes",
    "buys_enough": "yes",
    "values_our_work": "yes",
    "reasonable_to_deal_with": "yes",
    "good_for_business": "yes",
    "is_satisfied": "yes",
    "relationship_growing": "partly",
    "recent_purchase": "yes",
    "demands_beyond_terms": "no",
    "accepts_terms_when_explained": "yes",
}


def verdict(stage="active", strategic=False, answers=None, m=None, profile=PROFILE):
    return recommend(
        stage=stage,
        strategic=strategic,
        criteria=CATALOGUE.for_stage(stage),
        answers=GOOD if answers is None else answers,
        metrics=steady_client() if m is None else m,
        profile=profile,
    )


def codes(recommendation) -> set[str]:
    return {r.code for r in recommendation.reasons}


# -- verdicts -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("case", "stage", "strategic", "answers", "m", "expected"),
    [
        ("good active client", "active", False, GOOD, steady_client(), Verdict.RETAIN),
        (
            "pays at 172 days",
            "active",
            False,
            GOOD,
            steady_client(avg_days_to_pay=172.0),
            Verdict.LET_GO,
        ),
        (
            "returns a third",
            "active",
            False,
            GOOD,
            steady_client(return_rate_units=0.33, return_rate_value=0.33, returns_12m=12),
            Verdict.LET_GO,
        ),
        (
            "owner says buys too little",
            "active",
            False,
            {**GOOD, "buys_enough": "no"},
            steady_client(),
            Verdict.LET_GO,
        ),
        (
            "two noes on judgement",
            "active",
            False,
            {**GOOD, "values_our_work": "no", "reasonable_to_deal_with": "no"},
            steady_client(),
            Verdict.LET_GO,
        ),
        (
            "valuable but abusive",
            "active",
            False,
            {**GOOD, "demands_beyond_terms": "yes", "accepts_terms_when_explained": "no"},
            steady_client(),
            Verdict.SET_BOUNDARIES,
        ),
        (
            "abusive and not valuable",
            "active",
            False,
            {
                **GOOD,
                "pays_on_time": "partly",
                "few_returns": "partly",
                "buys_enough": "partly",
                "demands_beyond_terms": "yes",
                "accepts_terms_when_explained": "no",
            },
            steady_client(avg_days_to_pay=100.0),
            Verdict.LET_GO,
        ),
        (
            "strategic late payer",
            "active",
            True,
            GOOD,
            steady_client(avg_days_to_pay=200.0),
            Verdict.SET_BOUNDARIES,
        ),
        (
            "strategic with two noes",
            "active",
            True,
            {**GOOD, "values_our_work": "no", "good_for_business": "no"},
            steady_client(),
            Verdict.WATCH,
        ),
        (
            "mostly don't know",
            "active",
            False,
            {k: "unknown" for k in GOOD},
            steady_client(),
            Verdict.WATCH,
        ),
        (
            "new client, thin ledger",
            "active",
            False,
            GOOD,
            steady_client(enough_data=False, invoices_considered=1),
            Verdict.WATCH,
        ),
        (
            "borderline score",
            "active",
            False,
            {
                **GOOD,
                "values_our_work": "partly",
                "is_satisfied": "no",
                "recent_purchase": "no",
                "relationship_growing": "no",
                "good_for_business": "partly",
                "reasonable_to_deal_with": "partly",
            },
            steady_client(),
            Verdict.WATCH,
        ),
        (
            "prospect matching the profile",
            "prospect",
            False,
            {
                "matches_ideal_profile": "yes",
                "expected_volume_enough": "yes",
                "likely_to_pay_on_time": "partly",
                "demands_beyond_terms": "no",
                "accepts_terms_when_explained": "unknown",
            },
            None,
            Verdict.ACQUIRE,
        ),
        (
            "prospect not matching",
            "prospect",
            False,
            {"matches_ideal_profile": "no"},
            None,
            Verdict.WATCH,
        ),
        (
            "lost good client, cause fixed",
            "lost",
            False,
            {"was_good_client": "yes", "cause_fixed": "yes", "why_left": "our_failure"},
            steady_client(days_since_last_purchase=400),
            Verdict.RECOVER,
        ),
        (
            "lost good client, cause not fixed",
            "lost",
            False,
            {"was_good_client": "yes", "cause_fixed": "no", "why_left": "price"},
            steady_client(),
            Verdict.WATCH,
        ),
        (
            "lost bad client",
            "lost",
            False,
            {"was_good_client": "no", "cause_fixed": "yes"},
            steady_client(),
            Verdict.WATCH,
        ),
    ],
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_verdict_table(case, stage, strategic, answers, m, expected):
    assert verdict(stage, strategic, answers, m).verdict == expected, case


def test_a_strategic_client_is_never_recommended_for_letting_go():
    bad_answers = {k: "no" for k in GOOD} | {"demands_beyond_terms": "yes"}
    for m in (steady_client(), steady_client(avg_days_to_pay=300.0, return_rate_units=0.5)):
        result = verdict(strategic=True, answers=bad_answers, m=m)
        assert result.verdict != Verdict.LET_GO
        assert "strategic_kept" in codes(result)


# -- red flags ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("days", "flagged"), [(159.4, False), (159.6, True), (160.0, True), (161.0, True)]
)
def test_paying_at_or_past_the_hard_limit_is_a_red_flag(days, flagged):
    flags = red_flags(steady_client(avg_days_to_pay=days), PROFILE)
    assert ("flag_late_payer" in {f.code for f in flags}) is flagged


def test_the_late_payer_flag_names_the_average_and_the_limit():
    (flag,) = red_flags(steady_client(avg_days_to_pay=172.0), PROFILE)
    assert (flag.code, flag.params, flag.criterion) == (
        "flag_late_payer",
        {"average": 172, "limit": 160},
        "pays_on_time",
    )


@pytest.mark.parametrize(
    ("rate", "flagged"), [(0.10, False), (0.101, False), (0.199, False), (0.20, True), (0.34, True)]
)
def test_returns_far_over_the_maximum_and_repeated_are_a_red_flag(rate, flagged):
    m = steady_client(return_rate_units=rate, return_rate_value=0.0, returns_12m=3)
    flags = red_flags(m, PROFILE)
    assert ("flag_returns" in {f.code for f in flags}) is flagged


def test_volume_below_the_owners_minimum_is_a_red_flag_only_when_it_persists():
    small = steady_client(units_12m=Decimal(8), revenue_12m=Decimal(480))
    assert red_flags(small, PROFILE) == ()  # no minimum set
    demanding = replace(PROFILE, min_revenue_per_year=Decimal(1000))
    assert red_flags(small, demanding) == ()  # the year before was above it: watched
    persisting = replace(small, revenue_prev_12m=Decimal(600))
    assert [f.code for f in red_flags(persisting, demanding)] == ["flag_low_volume"]


def test_no_average_red_flag_is_raised_on_too_little_data():
    thin = steady_client(enough_data=False, avg_days_to_pay=300.0, return_rate_units=0.9)
    assert red_flags(thin, PROFILE) == ()
    assert red_flags(None, PROFILE) == ()


def test_red_flags_are_listed_among_the_reasons_of_a_let_go():
    result = verdict(m=steady_client(avg_days_to_pay=172.0))
    assert result.reasons[0].code == "flag_late_payer"
    assert result.red_flags[0].params["average"] == 172


# -- score ----------------------------------------------------------------------------------


def test_all_yes_scores_100_and_all_no_scores_0_with_full_confidence():
    criteria = CATALOGUE.for_stage("active")
    good = {c.id: c.good_answer for c in criteria if c.is_scored}
    bad = {c.id: ("no" if c.good_answer == "yes" else "yes") for c in criteria if c.is_scored}
    assert score(criteria, good) == (Decimal(100), Decimal(1))
    assert score(criteria, bad) == (Decimal(0), Decimal(1))


def test_dont_know_lowers_confidence_not_the_score():
    criteria = CATALOGUE.for_stage("active")
    good = {c.id: c.good_answer for c in criteria if c.is_scored}
    half_known = dict(good, pays_on_time="unknown", few_returns="unknown")
    total, confidence = score(criteria, half_known)
    assert total == Decimal(100)
    assert confidence < Decimal(1)


def test_nothing_answered_gives_no_score_at_all():
    assert score(CATALOGUE.for_stage("active"), {}) == (None, Decimal(0))


def test_weights_count():
    criteria = CATALOGUE.for_stage("active")
    only = {"pays_on_time": "yes", "values_our_work": "no"}  # weights 3 and 2
    assert score(criteria, only)[0] == Decimal("60.0")


# -- suggestions ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("days", "expected"), [(30.0, "yes"), (60.0, "yes"), (61.0, "partly"), (160.0, "no")]
)
def test_payment_suggestion_follows_term_tolerance_and_limit(days, expected):
    suggestion = suggest(
        CATALOGUE.criterion("pays_on_time"), steady_client(avg_days_to_pay=days), PROFILE
    )
    assert suggestion.value == expected
    assert suggestion.evidence.params["limit"] == 160


def test_with_too_little_data_the_ledger_suggests_nothing_but_says_so():
    suggestion = suggest(
        CATALOGUE.criterion("pays_on_time"), steady_client(enough_data=False), PROFILE
    )
    assert suggestion.value is None
    assert suggestion.evidence.code == "too_little_data"


def test_owner_judgement_questions_get_no_suggestion():
    assert suggest(CATALOGUE.criterion("values_our_work"), steady_client(), PROFILE) is None


def test_watch_is_reviewed_sooner_than_the_usual_interval():
    today = date(2026, 11, 23)
    assert next_review(Verdict.RETAIN, today, 180) == date(2027, 5, 22)
    assert next_review(Verdict.WATCH, today, 180) == date(2027, 1, 22)
    assert next_review(Verdict.WATCH, today, 30) == date(2026, 12, 23)


def test_returns_of_services_sold_without_units_are_judged_by_value():
    services_only = steady_client(return_rate_units=None, return_rate_value=0.25, returns_12m=3)
    suggestion = suggest(CATALOGUE.criterion("few_returns"), services_only, PROFILE)
    assert (suggestion.value, suggestion.evidence.params["rate"]) == ("no", 25.0)


# -- the whole-book paths give what the one-client paths give --------------------------------

LEDGERS = [
    steady_client(),
    steady_client(enough_data=False),
    steady_client(enough_data=False, units_12m=Decimal(1), revenue_12m=Decimal(10)),
    steady_client(avg_days_to_pay=None, worst_days_to_pay=None, late_share=None),
    steady_client(avg_days_to_pay=95.0),
    steady_client(avg_days_to_pay=159.5),
    steady_client(avg_days_to_pay=172.0),
    steady_client(return_rate_units=None, return_rate_value=None),
    steady_client(return_rate_units=None, return_rate_value=0.04),
    steady_client(return_rate_units=0.08),
    steady_client(return_rate_units=0.10004),  # answered "partly" like 0.08, but a red flag
    steady_client(return_rate_value=0.3),
    steady_client(units_12m=Decimal(0), revenue_12m=Decimal(0), abc_class=None, revenue_share=None),
    steady_client(units_12m=Decimal(3), revenue_12m=Decimal(900)),
    steady_client(trend=None),
    steady_client(trend=-0.5),
    steady_client(trend=0.25),
    steady_client(days_since_last_purchase=None),
    steady_client(days_since_last_purchase=120),
    steady_client(days_since_last_purchase=400),
    steady_client(abc_class="B", revenue_share=0.05),
    steady_client(abc_class="C", revenue_share=0.001),
    None,
]
PROFILES = [
    PROFILE,  # no minimums: volume is for the owner to judge
    replace(PROFILE, min_units_per_year=Decimal(50), min_revenue_per_year=Decimal(5000)),
]


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("m", LEDGERS)
def test_ledger_answers_are_the_values_of_the_suggestions(m, profile):
    criteria = CATALOGUE.for_stage("active") + CATALOGUE.for_stage("former")
    expected = {}
    for criterion in criteria:
        suggestion = suggest(criterion, m, profile)
        if suggestion is not None and suggestion.value is not None:
            expected[criterion.id] = suggestion.value
    assert ledger_answers(criteria, m, profile) == expected


@pytest.mark.parametrize("profile", PROFILES)
def test_ledger_verdicts_match_recommend_for_every_stage_and_ledger(profile):
    by_stage = {
        stage: CATALOGUE.for_stage(stage) for stage in ("prospect", "active", "lost", "former")
    }
    verdicts = LedgerVerdicts(by_stage, profile)
    seen = set()
    for _ in range(2):  # the second round comes from the memo
        for stage, criteria in by_stage.items():
            for strategic in (False, True):
                for m in LEDGERS:
                    full = recommend(
                        stage=stage,
                        strategic=strategic,
                        criteria=criteria,
                        answers=ledger_answers(criteria, m, profile),
                        metrics=m,
                        profile=profile,
                    )
                    assert verdicts(stage, strategic, m) == (full.verdict, full.red_flags)
                    seen.add(full.verdict)
    assert len(seen) >= 3  # the grid reaches several verdicts, not one
