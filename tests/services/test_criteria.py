"""The criteria catalogue: what ships, how it is ordered, and how a damaged file is refused."""

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from services.criteria import (
    ANSWERS,
    METRICS,
    Catalogue,
    CatalogueError,
    Criterion,
    Text,
    load_catalogue,
)
from services.resources import resource_path
from ui.messages import describe_error

SHIPPED = resource_path("criteria.json")
EVERY_STAGE = frozenset({"prospect", "active", "lost", "former"})
KNOWN = frozenset({"active", "lost", "former"})

# id -> (stages, metric): the contract the scoring and the wizard rely on.
EXPECTED = {
    "pays_on_time": (KNOWN, "payment_delay"),
    "few_returns": (KNOWN, "return_rate"),
    "buys_enough": (KNOWN, "volume"),
    "values_our_work": (KNOWN, None),
    "reasonable_to_deal_with": (KNOWN, None),
    "good_for_business": (KNOWN, "revenue_share"),
    "matches_ideal_profile": ({"prospect"}, None),
    "expected_volume_enough": ({"prospect"}, None),
    "likely_to_pay_on_time": ({"prospect"}, None),
    "is_satisfied": ({"active"}, None),
    "relationship_growing": ({"active"}, "trend"),
    "recent_purchase": ({"active"}, "recency"),
    "why_left": ({"lost"}, None),
    "cause_fixed": ({"lost"}, None),
    "was_good_client": ({"lost"}, "payment_delay"),
    "demands_beyond_terms": (EVERY_STAGE, None),
    "accepts_terms_when_explained": (EVERY_STAGE, None),
}
FIT = [
    "pays_on_time",
    "few_returns",
    "buys_enough",
    "values_our_work",
    "reasonable_to_deal_with",
    "good_for_business",
]
ABUSE = ["demands_beyond_terms", "accepts_terms_when_explained"]


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


def ids(criteria: tuple[Criterion, ...]) -> list[str]:
    return [c.id for c in criteria]


def test_the_shipped_catalogue_has_exactly_the_agreed_criteria(catalogue):
    assert ids(catalogue.criteria) == list(EXPECTED)
    for criterion in catalogue.criteria:
        stages, metric = EXPECTED[criterion.id]
        assert (criterion.stages, criterion.metric) == (stages, metric), criterion.id


def test_the_shipped_catalogue_has_the_agreed_groups_weights_and_good_answers(catalogue):
    assert [g.id for g in catalogue.groups] == ["fit", "prospect", "active", "lost", "abuse"]
    weights = {c.id: c.weight for c in catalogue.criteria}
    assert weights["pays_on_time"] == 3 and weights["cause_fixed"] == 3
    assert weights["recent_purchase"] == 1 and weights["why_left"] == 0
    assert catalogue.criterion("demands_beyond_terms").good_answer == "no"
    others = [c for c in catalogue.criteria if c.kind == "scale" and c.id != "demands_beyond_terms"]
    assert {c.good_answer for c in others} == {"yes"}
    assert catalogue.version == "2026.1"


def test_why_they_left_is_a_choice_that_is_never_scored(catalogue):
    why_left = catalogue.criterion("why_left")
    assert why_left.kind == "choice" and not why_left.is_scored
    assert [c.id for c in why_left.choices] == [
        "price",
        "our_failure",
        "our_process",
        "they_closed",
        "competitor",
        "unknown",
    ]
    assert catalogue.criterion("pays_on_time").is_scored


def test_every_text_is_written_in_both_languages(catalogue):
    texts: list[Text] = [t for g in catalogue.groups for t in (g.title, g.intro)]
    for criterion in catalogue.criteria:
        texts += [criterion.question, criterion.help]
        texts += [choice.label for choice in criterion.choices]
    for text in texts:
        assert text.es.strip() and text.en.strip()
        assert text.es != text.en, text.en  # a missing translation often shows as a copy


def test_help_texts_stay_short(catalogue):
    for criterion in catalogue.criteria:
        for language in ("es", "en"):
            sentences = criterion.help(language).count(". ") + 1
            assert sentences <= 2, (criterion.id, language)


def test_text_speaks_spanish_or_falls_back_to_english():
    text = Text(es="Hola", en="Hello")
    assert (text("es"), text("en"), text("fr")) == ("Hola", "Hello", "Hello")


def test_each_stage_gets_its_criteria_in_group_order_then_file_order(catalogue):
    assert ids(catalogue.for_stage("active")) == [
        *FIT,
        "is_satisfied",
        "relationship_growing",
        "recent_purchase",
        *ABUSE,
    ]
    assert ids(catalogue.for_stage("prospect")) == [
        "matches_ideal_profile",
        "expected_volume_enough",
        "likely_to_pay_on_time",
        *ABUSE,
    ]
    assert ids(catalogue.for_stage("lost")) == [
        *FIT,
        "why_left",
        "cause_fixed",
        "was_good_client",
        *ABUSE,
    ]
    assert ids(catalogue.for_stage("former")) == [*FIT, *ABUSE]


def test_only_groups_with_questions_for_the_stage_are_shown(catalogue):
    assert [g.id for g in catalogue.groups_for_stage("former")] == ["fit", "abuse"]
    assert [g.id for g in catalogue.groups_for_stage("lost")] == ["fit", "lost", "abuse"]


def test_group_order_comes_from_the_order_field_not_the_file(tmp_path):
    data = shipped_data()
    data["groups"].reverse()
    data["criteria"].reverse()
    catalogue = load_catalogue(write(tmp_path, data))
    assert [g.id for g in catalogue.groups] == ["fit", "prospect", "active", "lost", "abuse"]
    assert ids(catalogue.for_stage("former")) == [*reversed(FIT), *reversed(ABUSE)]


def test_asking_for_an_unknown_criterion_is_a_key_error(catalogue):
    with pytest.raises(KeyError):
        catalogue.criterion("likes_cats")


def test_the_shipped_catalogue_is_read_once(catalogue):
    assert load_catalogue() is catalogue


def test_the_answer_and_metric_vocabularies_are_the_agreed_ones():
    assert ANSWERS == ("yes", "partly", "no", "unknown")
    assert set(METRICS) == {m for _, m in EXPECTED.values() if m}


# --- damaged files ------------------------------------------------------------------------


def shipped_data() -> dict:
    return json.loads(SHIPPED.read_text(encoding="utf-8"))


def write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "criteria.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def crit(data: dict, criterion_id: str) -> dict:
    return next(c for c in data["criteria"] if c["id"] == criterion_id)


def group(data: dict, group_id: str) -> dict:
    return next(g for g in data["groups"] if g["id"] == group_id)


def drop_stage(data: dict, stage: str) -> None:
    data["criteria"] = [c for c in data["criteria"] if c["stages"] != [stage]]
    for criterion in data["criteria"]:
        criterion["stages"] = [s for s in criterion["stages"] if s != stage]


Mutation = Callable[[dict], object]
DAMAGE: list[tuple[str, Mutation, str, str]] = [
    ("missing top key", lambda d: d.pop("version"), "top level", "missing key 'version'"),
    ("unknown top key", lambda d: d.update(extra=1), "top level", "unknown key 'extra'"),
    ("empty version", lambda d: d.update(version=" "), "top level", "'version' must be non-empty"),
    ("groups not a list", lambda d: d.update(groups={}), "top level", "'groups' must be a list"),
    (
        "group missing key",
        lambda d: group(d, "prospect").pop("intro"),
        "groups[1]",
        "missing key 'intro'",
    ),
    (
        "group order not a number",
        lambda d: group(d, "fit").update(order="1"),
        "groups[0]",
        "'order' must be a whole number",
    ),
    (
        "duplicate group id",
        lambda d: group(d, "active").update(id="prospect"),
        "groups[2] (prospect)",
        "duplicate id 'prospect'",
    ),
    (
        "duplicate group order",
        lambda d: group(d, "active").update(order=2),
        "groups[2]",
        "duplicate order 2",
    ),
    (
        "group title without spanish",
        lambda d: group(d, "lost")["title"].pop("es"),
        "groups[3]",
        "'title' lacks the 'es' text",
    ),
    (
        "criterion not an object",
        lambda d: d["criteria"].append("oops"),
        "criteria[17]",
        "must be an object",
    ),
    (
        "criterion missing key",
        lambda d: crit(d, "few_returns").pop("weight"),
        "criteria[1] (few_returns)",
        "missing key 'weight'",
    ),
    (
        "criterion unknown key",
        lambda d: crit(d, "pays_on_time").update(colour="red"),
        "criteria[0] (pays_on_time)",
        "unknown key 'colour'",
    ),
    (
        "weight as text",
        lambda d: crit(d, "buys_enough").update(weight="2"),
        "criteria[2] (buys_enough)",
        "'weight' must be a whole number from 0 to 5",
    ),
    (
        "weight as boolean",
        lambda d: crit(d, "buys_enough").update(weight=True),
        "criteria[2] (buys_enough)",
        "'weight' must be a whole number from 0 to 5",
    ),
    (
        "weight too high",
        lambda d: crit(d, "buys_enough").update(weight=6),
        "criteria[2] (buys_enough)",
        "'weight' must be a whole number from 0 to 5, not 6",
    ),
    (
        "weight negative",
        lambda d: crit(d, "buys_enough").update(weight=-1),
        "criteria[2] (buys_enough)",
        "'weight' must be a whole number from 0 to 5, not -1",
    ),
    (
        "duplicate criterion id",
        lambda d: crit(d, "few_returns").update(id="pays_on_time"),
        "criteria[1] (pays_on_time)",
        "duplicate id 'pays_on_time'",
    ),
    (
        "id not text",
        lambda d: crit(d, "few_returns").update(id=7),
        "criteria[1]",
        "'id' must be non-empty text",
    ),
    (
        "unknown group",
        lambda d: crit(d, "is_satisfied").update(group="happiness"),
        "criteria[9] (is_satisfied)",
        "unknown group 'happiness'",
    ),
    (
        "unknown stage",
        lambda d: crit(d, "is_satisfied").update(stages=["active", "someday"]),
        "criteria[9] (is_satisfied)",
        "unknown stage 'someday'",
    ),
    (
        "no stages",
        lambda d: crit(d, "is_satisfied").update(stages=[]),
        "criteria[9] (is_satisfied)",
        "at least one stage",
    ),
    (
        "stages not a list",
        lambda d: crit(d, "is_satisfied").update(stages="active"),
        "criteria[9] (is_satisfied)",
        "'stages' must be a list",
    ),
    (
        "unknown metric",
        lambda d: crit(d, "recent_purchase").update(metric="mood"),
        "criteria[11] (recent_purchase)",
        "unknown metric 'mood'",
    ),
    (
        "bad kind",
        lambda d: crit(d, "cause_fixed").update(kind="slider"),
        "criteria[13] (cause_fixed)",
        "'kind' must be one of scale, choice",
    ),
    (
        "bad good answer",
        lambda d: crit(d, "cause_fixed").update(good_answer="maybe"),
        "criteria[13] (cause_fixed)",
        "'good_answer' must be one of yes, no",
    ),
    (
        "scale without good answer",
        lambda d: crit(d, "cause_fixed").pop("good_answer"),
        "criteria[13] (cause_fixed)",
        "missing key 'good_answer'",
    ),
    (
        "scale with choices",
        lambda d: crit(d, "cause_fixed").update(choices=[]),
        "criteria[13] (cause_fixed)",
        "'choices' applies only to choice criteria",
    ),
    (
        "choice with good answer",
        lambda d: crit(d, "why_left").update(good_answer="yes"),
        "criteria[12] (why_left)",
        "'good_answer' applies only to scale criteria",
    ),
    (
        "choice without choices",
        lambda d: crit(d, "why_left").pop("choices"),
        "criteria[12] (why_left)",
        "missing key 'choices'",
    ),
    (
        "choice with empty choices",
        lambda d: crit(d, "why_left").update(choices=[]),
        "criteria[12] (why_left)",
        "at least one choice",
    ),
    (
        "duplicate choice",
        lambda d: crit(d, "why_left")["choices"].append(
            {"id": "price", "label": {"es": "a", "en": "b"}}
        ),
        "criteria[12] (why_left).choices[6] (price)",
        "duplicate id 'price'",
    ),
    (
        "choice label without english",
        lambda d: crit(d, "why_left")["choices"][2]["label"].pop("en"),
        "criteria[12] (why_left).choices[2]",
        "'label' lacks the 'en' text",
    ),
    (
        "question without spanish",
        lambda d: crit(d, "was_good_client")["question"].pop("es"),
        "criteria[14] (was_good_client)",
        "'question' lacks the 'es' text",
    ),
    (
        "empty english help",
        lambda d: crit(d, "was_good_client")["help"].update(en="  "),
        "criteria[14] (was_good_client)",
        "'help.en' must be non-empty text",
    ),
    (
        "help not an object",
        lambda d: crit(d, "was_good_client").update(help="Because."),
        "criteria[14] (was_good_client)",
        "'help' must be an object",
    ),
    (
        "help in an unknown language",
        lambda d: crit(d, "was_good_client")["help"].update(fr="Parce que."),
        "criteria[14] (was_good_client)",
        "unknown language 'fr'",
    ),
    (
        "a stage without criteria",
        lambda d: drop_stage(d, "prospect"),
        "top level",
        "no criterion for stage 'prospect'",
    ),
]


@pytest.mark.parametrize(
    ("mutate", "entry", "problem"),
    [pytest.param(m, e, p, id=name) for name, m, e, p in DAMAGE],
)
def test_a_damaged_catalogue_is_refused_naming_file_entry_and_problem(
    tmp_path, mutate, entry, problem
):
    data = shipped_data()
    mutate(data)
    path = write(tmp_path, data)
    with pytest.raises(CatalogueError) as caught:
        load_catalogue(path)
    assert caught.value.code == "bad_catalogue"
    assert caught.value.params["file"] == str(path)
    assert caught.value.params["entry"] == entry
    assert problem in caught.value.params["problem"]


def test_a_json_syntax_error_is_reported_with_its_line_and_column(tmp_path):
    path = tmp_path / "criteria.json"
    path.write_text('{\n  "version": "1",\n  "groups": [,]\n}', encoding="utf-8")
    with pytest.raises(CatalogueError) as caught:
        load_catalogue(path)
    assert caught.value.params["entry"] == "line 3, column 14"
    assert caught.value.params["problem"].startswith("invalid JSON")


def test_a_top_level_that_is_not_an_object_is_refused(tmp_path):
    with pytest.raises(CatalogueError) as caught:
        load_catalogue(write(tmp_path, []))
    assert caught.value.params["problem"] == "must be an object"


def test_a_missing_file_is_refused(tmp_path):
    with pytest.raises(CatalogueError) as caught:
        load_catalogue(tmp_path / "nowhere.json")
    assert caught.value.params["file"] == str(tmp_path / "nowhere.json")
    assert "cannot be read" in caught.value.params["problem"]


def test_a_file_that_is_not_utf8_is_refused(tmp_path):
    path = tmp_path / "criteria.json"
    path.write_bytes(b'{"version": "\xff"}')
    with pytest.raises(CatalogueError) as caught:
        load_catalogue(path)
    assert caught.value.params["problem"] == "not UTF-8 text"


def test_the_user_reads_which_file_and_entry_are_damaged():
    error = CatalogueError(
        "/x/criteria.json", "criteria[3] (values_our_work)", "missing key 'help'"
    )
    assert describe_error(error) == (
        "The criteria file /x/criteria.json is damaged at criteria[3] (values_our_work): "
        "missing key 'help'. Reinstall Clientela or restore the file."
    )
