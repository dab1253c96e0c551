"""The public API (`/v1/...`), one FastAPI router per area.

`endpoint.app.create_app` includes them in a fixed order (meta, contributors, consultations,
directory, results), which is the order of the paths in docs/openapi.json. The routers share
only `endpoint.deps` (the per-app context, the token check, conditional GET) and
`endpoint.errors`; none imports another or the app factory.
"""
