"""The Open Referral UK 3.0 profile, as the tests check our answers against it.

The profile's files are vendored unchanged in tests/data/oruk (see SOURCE.md there). They
refer to each other by their raw.githubusercontent.com addresses; here those addresses resolve
to the vendored copies, so validation runs offline and always against the same commit.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

ROOT = Path(__file__).parent / "data" / "oruk"
REMOTE = "https://raw.githubusercontent.com/openreferral/uk-profile/main/"
SCHEMAS = {
    "service": "schema/compiled/service.json",
    "service_list": "schema/compiled/service_list.json",
    "service_at_location": "schema/compiled/service_at_location.json",
    "service_at_location_list": "schema/compiled/service_at_location_list.json",
    "taxonomy": "schema/taxonomy.json",
    "taxonomy_term": "schema/taxonomy_term.json",
}


def load(relative: str) -> Any:
    return json.loads((ROOT / relative).read_text(encoding="utf-8"))


@cache
def _registry() -> Registry[Any]:
    resources = []
    for path in sorted((ROOT / "schema").rglob("*.json")):
        relative = path.relative_to(ROOT).as_posix()
        resource = Resource(contents=load(relative), specification=DRAFT202012)
        resources.append((REMOTE + relative, resource))
    return Registry().with_resources(resources)


def problems(kind: str, document: Any) -> list[str]:
    """Every way `document` breaks the profile's `kind` schema, formats included."""
    schema = {"$ref": REMOTE + SCHEMAS[kind]}
    validator = jsonschema.Draft202012Validator(
        schema, registry=_registry(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    return [f"{'/'.join(map(str, error.absolute_path)) or '(top)'}: {error.message}"
            for error in validator.iter_errors(document)]


def openapi(base_url: str) -> Any:
    """The profile's OpenAPI description, served from `base_url`, for openapi-core.

    Three changes, all to the copy in memory: a `servers` entry naming where it is served (the
    profile has none); `/service_at_locations/{id}` answering the compiled
    `service_at_location` schema, where the profile's description points at `service.json`
    (its own example, examples/service_at_location_full.json, is a service-at-location, which
    the service schema refuses for lacking a name and a status); and `start_time`/`end_time`
    typed `{"type": "string", "format": "time"}` where the profile writes `{"type": "time"}`,
    a type OpenAPI 3.0 does not have (the meaning is unchanged).
    """
    from jsonschema_path import SchemaPath
    from openapi_core import Config, OpenAPI

    spec = copy.deepcopy(load("schema/openapi.json"))
    spec["servers"] = [{"url": base_url}]
    one = spec["paths"]["/service_at_locations/{id}"]["get"]["responses"]["200"]
    schema = one["content"]["application/json"]["schema"]
    assert schema == {"$ref": REMOTE + SCHEMAS["service"]}, "the profile fixed its own spec"
    schema["$ref"] = REMOTE + SCHEMAS["service_at_location"]
    # The published document mixes OpenAPI 3.1 keys into a 3.0 description
    # (`jsonSchemaDialect`, `contact: null`), which the spec validator refuses; we check
    # answers and parameters against it, not the document itself.
    for name in ("start_time", "end_time"):
        parameter = spec["components"]["parameters"][name]
        assert parameter["schema"] == {"type": "time"}, "the profile fixed its own spec"
        parameter["schema"] = {"type": "string", "format": "time"}

    def vendored(uri: str) -> Mapping[str, Any]:
        assert uri.startswith(REMOTE), f"the profile refers to {uri}, which is not vendored"
        return load(uri[len(REMOTE):])  # type: ignore[no-any-return]

    path = SchemaPath.from_dict(spec, handlers={"https": vendored, "http": vendored})
    return OpenAPI(path, config=Config(spec_validator_cls=None))
