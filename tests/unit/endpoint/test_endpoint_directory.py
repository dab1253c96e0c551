"""Directory and consultations over real HTTP: Open Referral UK paging, filters, caching."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from importlib import resources
from typing import Any

from sync.protocol import ServicePage, SurveyList

SEED = json.loads(resources.files("endpoint.seed").joinpath("services.json").read_text("utf-8"))
SERVICES: list[dict[str, Any]] = SEED["services"]


def _modified(service: dict[str, Any]) -> datetime:
    return datetime.fromisoformat(service["last_modified"].replace("Z", "+00:00"))


def test_seed_is_a_realistic_london_directory():
    assert len(SERVICES) >= 40
    boroughs = {s["borough"] for s in SERVICES}
    assert len(boroughs) >= 5
    codes = {t["code"] for s in SERVICES for t in s["taxonomy_terms"]}
    assert {"walking", "food", "carers", "debt", "peer-mh", "lunch"} <= codes
    for service in SERVICES:
        address = service["service_at_locations"][0]["location"]["addresses"][0]
        location = service["service_at_locations"][0]["location"]
        assert address["postal_code"] and address["city"] == "London"
        assert 51.2 < location["latitude"] < 51.8 and -0.6 < location["longitude"] < 0.4
        assert service["organization"]["id"] and service["organization"]["name"]
    assert len({s["id"] for s in SERVICES}) == len(SERVICES)


def test_directory_pages_in_the_open_referral_shape(endpoint):
    seen: list[str] = []
    for number in (1, 2, 3):
        response = endpoint.get("/v1/directory/services", params={"page": number, "per_page": 20})
        assert response.status_code == 200, response.text
        page = response.json()
        ServicePage.model_validate(page)
        assert page["total_items"] == len(SERVICES)
        assert page["total_pages"] == 3
        assert page["page_number"] == number
        assert page["first_page"] is (number == 1)
        assert page["last_page"] is (number == 3)
        assert page["size"] == len(page["contents"]) == (20 if number < 3 else len(SERVICES) - 40)
        assert page["empty"] is False
        seen += [service["id"] for service in page["contents"]]
    assert sorted(seen) == sorted(s["id"] for s in SERVICES)  # no gaps, no repeats

    beyond = endpoint.get("/v1/directory/services", params={"page": 4, "per_page": 20}).json()
    assert beyond["empty"] is True and beyond["contents"] == [] and beyond["last_page"] is True

    first = endpoint.get("/v1/directory/services").json()["contents"][0]
    assert set(first) >= {
        "id",
        "name",
        "description",
        "url",
        "email",
        "status",
        "organization",
        "service_at_locations",
        "taxonomy_terms",
        "borough",
        "last_modified",
    }


def test_directory_modified_after_returns_only_newer_services(endpoint):
    cutoff = sorted(_modified(s) for s in SERVICES)[40]
    expected = {s["id"] for s in SERVICES if _modified(s) > cutoff}
    page = endpoint.get(
        "/v1/directory/services",
        params={"modified_after": cutoff.isoformat(), "per_page": 200},
    ).json()
    assert {s["id"] for s in page["contents"]} == expected
    assert page["total_items"] == len(expected) == len(SERVICES) - 41

    naive = endpoint.get(
        "/v1/directory/services",
        params={"modified_after": cutoff.replace(tzinfo=None).isoformat(), "per_page": 200},
    ).json()
    assert naive["total_items"] == len(expected)  # no zone means UTC

    later = datetime(2030, 1, 1, tzinfo=UTC).isoformat()
    assert (
        endpoint.get("/v1/directory/services", params={"modified_after": later}).json()[
            "total_items"
        ]
        == 0
    )

    bad = endpoint.get("/v1/directory/services", params={"modified_after": "last tuesday"})
    assert bad.status_code == 422
    assert bad.json()["error"]["code"] == "invalid_request"


def test_directory_filters_by_borough_and_words(endpoint):
    hackney = [s for s in SERVICES if s["borough"] == "Hackney"]
    page = endpoint.get(
        "/v1/directory/services", params={"borough": "hackney", "per_page": 200}
    ).json()
    assert page["total_items"] == len(hackney)
    assert {s["borough"] for s in page["contents"]} == {"Hackney"}

    tower = endpoint.get("/v1/directory/services", params={"borough": "Tower Hamlets"}).json()
    assert tower["total_items"] == sum(s["borough"] == "Tower Hamlets" for s in SERVICES)

    food = endpoint.get("/v1/directory/services", params={"q": "Food Bank"}).json()
    assert food["total_items"] >= 5
    assert all("food bank" in json.dumps(s).lower() for s in food["contents"])

    both = endpoint.get(
        "/v1/directory/services", params={"q": "lunch", "borough": "Southwark"}
    ).json()
    assert both["total_items"] >= 1
    assert {s["borough"] for s in both["contents"]} == {"Southwark"}

    wildcard = endpoint.get("/v1/directory/services", params={"q": "%"}).json()
    assert wildcard["total_items"] == 0  # LIKE wildcards are taken literally

    unknown = endpoint.get("/v1/directory/services", params={"borough": "Narnia"})
    assert unknown.status_code == 422
    assert unknown.json()["error"]["code"] == "unknown_borough"

    too_big = endpoint.get("/v1/directory/services", params={"per_page": 1000})
    assert too_big.status_code == 422


def test_directory_supports_etag_and_if_modified_since(endpoint):
    first = endpoint.get("/v1/directory/services", params={"per_page": 10})
    assert first.status_code == 200
    etag = first.headers["ETag"]
    last_modified = first.headers["Last-Modified"]
    newest = max(_modified(s) for s in SERVICES).replace(microsecond=0)
    assert last_modified == newest.strftime("%a, %d %b %Y %H:%M:%S GMT")

    again = endpoint.get(
        "/v1/directory/services", params={"per_page": 10}, headers={"If-None-Match": etag}
    )
    assert again.status_code == 304
    assert again.headers["ETag"] == etag
    assert again.content == b""

    since = endpoint.get(
        "/v1/directory/services",
        params={"per_page": 10},
        headers={"If-Modified-Since": last_modified},
    )
    assert since.status_code == 304

    older = endpoint.get(
        "/v1/directory/services",
        params={"per_page": 10},
        headers={"If-Modified-Since": "Mon, 01 Jan 2024 00:00:00 GMT"},
    )
    assert older.status_code == 200

    # A different page is a different representation with its own validator.
    other = endpoint.get(
        "/v1/directory/services",
        params={"per_page": 10, "page": 2},
        headers={"If-None-Match": etag},
    )
    assert other.status_code == 200 and other.headers["ETag"] != etag

    stale = endpoint.get(
        "/v1/directory/services", params={"per_page": 10}, headers={"If-None-Match": '"nope"'}
    )
    assert stale.status_code == 200


def test_open_consultations_are_listed_with_their_questions(endpoint):
    response = endpoint.get("/v1/surveys")
    assert response.status_code == 200
    surveys = SurveyList.model_validate(response.json()).surveys
    assert len(surveys) == 2
    for survey in surveys:
        assert survey.closes_on >= date(2026, 12, 1)
        assert len(survey.questions) >= 3
        assert all(len(question.options) >= 3 for question in survey.questions)
    assert any(question.allow_text for s in surveys for question in s.questions)

    etag = response.headers["ETag"]
    assert endpoint.get("/v1/surveys", headers={"If-None-Match": etag}).status_code == 304
    assert (
        endpoint.get(
            "/v1/surveys", headers={"If-Modified-Since": response.headers["Last-Modified"]}
        ).status_code
        == 304
    )


def test_closed_consultations_are_not_listed(endpoint_factory):
    later = endpoint_factory(today=lambda: date(2027, 3, 1))
    surveys = later.get("/v1/surveys").json()["surveys"]
    assert [s["id"] for s in surveys] == ["lunch-clubs-lambeth-southwark-2026"]
    after = endpoint_factory(today=lambda: date(2027, 6, 1))
    assert after.get("/v1/surveys").json() == {"surveys": []}
