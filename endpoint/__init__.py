"""Reference participation endpoint for Health Planner.

A small FastAPI service that the desktop app's sync client talks to: the community-services
directory, open consultations, pseudonymous contributions and published aggregates. The wire
format is `sync.protocol`; `endpoint.app.create_app` builds the app and
`health-planner-endpoint` (``endpoint.__main__``) runs it.
"""

__all__ = ["create_app"]


def __getattr__(name: str) -> object:
    # Lazy, so `import endpoint` stays cheap and `python -m endpoint --help` is instant.
    if name == "create_app":
        from endpoint.app import create_app

        return create_app
    raise AttributeError(name)
