"""The `/oruk` API over real HTTP, checked against the Open Referral UK 3.0 profile itself.

Every answer of every route is validated twice: against the profile's compiled JSON schemas
(jsonschema, formats checked) and, with its request, against the profile's OpenAPI description
(openapi-core). Both come from tests/data/oruk, vendored from the profile's repository.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

import pytest
import requests
from openapi_core.contrib.requests import RequestsOpenAPIRequest, RequestsOpenAPIResponse
from openapi_core.exceptions import OpenAPIError
from oruk_standard import openapi, problems

from endpoint import oruk
from sync.protocol.oruk import from_oruk

SEED: list[dict[str, Any]] = json.loads(
    resources.files("endpoint.seed").joinpath("services.json").read_text("utf-8"))["services"]


class Reader:
    """A client of one running endpoint that validates everything it reads."""

    def __init__(self, endpoint: Any) -> None:
        self.endpoint = endpoint
        self.api = openapi(endpoint.url("/oruk"))
        self.failures: list[str] = []

    def get(self, path: str, kind: str | None = None, **params: Any) -> Any:
        response = self.endpoint.get("/oruk" + path, params=params)
        assert response.status_code == 200, (path, response.text)
        self._check_openapi(response)
        body = response.json()
        self._check_no_nulls(path, body)
        if kind is not None:
            for item in body.get("contents", [body]):
                self.failures += [f"{path} {kind}: {p}" for p in problems(kind, item)]
        return body

    def _check_openapi(self, response: requests.Response) -> None:
        request = RequestsOpenAPIRequest(response.request)
        try:
            self.api.validate_request(request)
            self.api.validate_response(request, RequestsOpenAPIResponse(response))
        except OpenAPIError as error:  # one subclass per kind of problem
            self.failures.append(f"{response.request.path_url}: {error!r}")

    def _check_no_nulls(self, path: str, body: Any, where: str = "") -> None:
        if body is None:
            self.failures.append(f"{path}: null at {where or '(top)'}")
        elif isinstance(body, dict):
            for key, value in body.items():
                self._check_no_nulls(path, value, f"{where}/{key}")
        elif isinstance(body, list):
            for index, value in enumerate(body):
                self._check_no_nulls(path, value, f"{where}/{index}")

    def pages(self, path: str, kind: str, **params: Any) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        page = 1
        while True:
            body = self.get(path, kind, page=page, per_page=20, **params)
            assert body["page_number"] == page and body["size"] == len(body["contents"])
            found += body["contents"]
            if body["last_page"]:
                assert body["total_items"] == len(found)
                assert body["total_pages"] == page or (found == [] and body["total_pages"] == 0)
                return found
            page += 1


def test_every_route_and_every_service_meets_the_uk_profile(endpoint):
    reader = Reader(endpoint)
    about = reader.get("/")
    assert about["version"] == "3.0" and about["openapi_url"].endswith("/schema/openapi.json")

    listed = reader.pages("/services", "service_list")
    assert sorted(s["id"] for s in listed) == sorted(s["id"] for s in SEED)
    for item in listed:
        full = reader.get(f"/services/{item['id']}", "service")
        assert full["organization"]["id"] == full["organization_id"]
        seed = next(s for s in SEED if s["id"] == item["id"])
        assert [a["name"] for a in full["service_areas"]] == [seed["borough"]]
        assert sorted(a["taxonomy_term"]["id"] for a in full["attributes"]) == sorted(
            t["id"] for t in seed["taxonomy_terms"])

    places = reader.pages("/service_at_locations", "service_at_location_list")
    assert len(places) == sum(len(s["service_at_locations"]) for s in SEED)
    for place in places:
        one = reader.get(f"/service_at_locations/{place['id']}", "service_at_location")
        assert one["service"]["id"] == place["service_id"]

    taxonomies = reader.pages("/taxonomies", "taxonomy")
    terms = reader.pages("/taxonomy_terms", "taxonomy_term")
    assert len(terms) == len({t["id"] for s in SEED for t in s["taxonomy_terms"]})
    for taxonomy in taxonomies:
        reader.get(f"/taxonomies/{taxonomy['id']}", "taxonomy")
    for term in terms:
        assert reader.get(f"/taxonomy_terms/{term['id']}", "taxonomy_term") == term
    assert reader.failures == []


def _ids(services: list[dict[str, Any]]) -> list[str]:
    return sorted(s["id"] for s in services)


def test_the_profiles_query_parameters_select_what_they_say(endpoint):
    reader = Reader(endpoint)
    walking = next(t for s in SEED for t in s["taxonomy_terms"] if t["code"] == "walking")
    with_term = [s for s in SEED if any(t["id"] == walking["id"] for t in s["taxonomy_terms"])]
    assert _ids(reader.pages("/services", "service_list", taxonomy_term_id=walking["id"])) \
        == _ids(with_term)
    vocabulary = oruk.taxonomy_id(walking["vocabulary"])
    assert len(reader.pages("/services", "service_list", taxonomy_id=vocabulary)) == len(SEED)

    on_wednesday = [s for s in SEED if any("WE" in x["byday"].split(",") for x in s["schedules"])]
    assert _ids(reader.pages("/services", "service_list", day="WE")) == _ids(on_wednesday)
    assert _ids(reader.pages("/services", "service_list", day="wednesday")) == _ids(on_wednesday)
    mornings = [s for s in SEED if any(x["closes_at"] <= "12:00:00" for x in s["schedules"])]
    assert _ids(reader.pages("/services", "service_list", end_time="12:00:00")) == _ids(mornings)
    late = [s for s in SEED if any(x["opens_at"] >= "17:00:00" for x in s["schedules"])]
    assert _ids(reader.pages("/services", "service_list", start_time="17:00:00")) == _ids(late)

    word = "volunteer"
    with_word = [s for s in SEED if word in json.dumps(
        [s["name"], s["description"], s["organization"]["name"],
         [t["name"] for t in s["taxonomy_terms"]]]).lower()]
    assert with_word and len(with_word) != len(SEED), "a word some services use, not all"
    assert _ids(reader.pages("/services", "service_list", search=word)) == _ids(with_word)

    first = SEED[0]["service_at_locations"][0]["location"]
    postcode = first["addresses"][0]["postal_code"]
    same_place = [s for s in SEED for p in s["service_at_locations"]
                  if (p["location"]["latitude"], p["location"]["longitude"])
                  == (first["latitude"], first["longitude"])]
    near = reader.pages("/service_at_locations", "service_at_location_list",
                        postcode=postcode, proximity="1")
    assert sorted(p["service_id"] for p in near) == _ids(same_place)
    district = postcode.split()[0]
    in_district = [s for s in SEED for p in s["service_at_locations"]
                   if p["location"]["addresses"][0]["postal_code"].split()[0] == district]
    assert sorted(p["service_id"] for p in reader.pages(
        "/service_at_locations", "service_at_location_list", postcode=postcode)) \
        == _ids(in_district)
    assert reader.failures == []


def test_ages_filter_services_that_state_them(endpoint):
    young = {**SEED[0], "id": "0b7d5a52-8d0e-4c4e-9f4f-111111111111", "name": "Youth club",
             "minimum_age": 11, "maximum_age": 18}
    endpoint.store.upsert_services([young])
    reader = Reader(endpoint)
    assert young["id"] not in _ids(reader.pages("/services", "service_list", minimum_age=16))
    assert young["id"] in _ids(reader.pages("/services", "service_list", minimum_age=10))
    assert young["id"] not in _ids(reader.pages("/services", "service_list", maximum_age=17))
    full = reader.get(f"/services/{young['id']}", "service")
    assert (full["minimum_age"], full["maximum_age"]) == (11, 18)
    assert reader.failures == []


@pytest.mark.parametrize(("params", "says"), [
    ({"day": "Funday"}, "day must be a day such as MO or Monday."),
    ({"start_time": "noon"}, "start_time must be a time such as 09:30 or 09:30:00."),
    ({"proximity": "500"}, "proximity needs a postcode to measure from."),
    ({"postcode": "ZZ9 9ZZ", "proximity": "500"},
     "postcode is not one this directory can place on a map."),
    ({"postcode": "E8 3QW", "proximity": "far"},
     "proximity must be a distance in metres, such as 1500."),
])
def test_a_bad_parameter_is_named_in_one_sentence(endpoint, params, says):
    response = endpoint.get("/oruk/service_at_locations", params=params)
    assert response.status_code == 422
    assert response.json()["error"]["message"] == says


def test_an_unknown_id_is_a_404_not_an_empty_service(endpoint):
    for path in ("/oruk/services/nope", "/oruk/service_at_locations/nope",
                 "/oruk/taxonomies/nope", "/oruk/taxonomy_terms/nope"):
        response = endpoint.get(path)
        assert response.status_code == 404, path
        assert response.json()["error"]["message"].startswith("There is no ")


def test_a_reader_that_has_the_page_downloads_nothing_again(endpoint):
    first = endpoint.get("/oruk/services", params={"page": 1})
    again = endpoint.get("/oruk/services", params={"page": 1},
                         headers={"If-None-Match": first.headers["ETag"]})
    assert (again.status_code, again.content) == (304, b"")
    one = SEED[0]
    endpoint.store.upsert_services([{**one, "description": "Now on Thursdays too."}])
    changed = endpoint.get("/oruk/services", params={"page": 1},
                           headers={"If-None-Match": first.headers["ETag"]})
    assert changed.status_code == 200 and changed.headers["ETag"] != first.headers["ETag"]


def test_the_standard_read_back_is_the_service_we_stored():
    for doc in SEED:
        again = from_oruk(oruk.full_service(doc))
        assert oruk.full_service(again) == oruk.full_service(doc)


def test_the_consoles_export_edits_and_imports_meet_the_uk_profile(endpoint):
    from tests.unit.endpoint.test_console import _operator, _orgs

    org = _orgs(endpoint)[0]
    editor = _operator(endpoint, "eve", "editor", (org,))
    exported = editor.get("/console/directory/export.json").json()["services"]
    assert len(exported) == len(SEED)
    assert [p for service in exported for p in problems("service", service)] == []

    mine = next(s for s in exported if s["organization"]["id"] == org)
    page = editor.get(f"/console/directory/{mine['id']}/edit")
    assert page.status_code == 200
    edited = editor.post(f"/console/directory/{mine['id']}/edit", data={
        "name": "Tuesday walk", "description": "", "url": "", "email": "", "status": "active",
        "borough": "Hackney", "organisation": org})
    assert edited.status_code == 303
    served = Reader(endpoint).get(f"/services/{mine['id']}", "service")
    assert served["name"] == "Tuesday walk" and "description" not in served

    # A borough's ORUK tool writes no `borough` (the export has none): the service area says
    # where, and it is the one exported before the edit.
    assert "borough" not in mine
    theirs = dict(mine)
    area = mine["service_areas"][0]["name"]
    theirs["name"] = "Tuesday walk (imported)"
    done = editor.post("/console/directory/import",
                       files={"file": ("d.json", json.dumps({"services": [theirs]}).encode())})
    assert done.status_code == 303
    stored = endpoint.store.service_document(mine["id"])
    assert (stored["name"], stored["borough"]) == ("Tuesday walk (imported)", area)
    assert Reader(endpoint).get(f"/services/{mine['id']}", "service")["service_areas"][0][
        "name"] == area
