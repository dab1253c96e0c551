"""Several worker processes: the app factory uvicorn calls in each one.

uvicorn starts N workers by importing the app anew in each process, so it needs an import
string, not an app object. `health-planner-endpoint --workers N` checks the settings and
migrates the database once in the parent, writes the settings into the environment variables
below, and hands uvicorn `endpoint.workers:app_from_environment` with `factory=True`. Every
worker builds the same app from them. Nothing is shared between workers but the database:
rate limits, published results and contributions all live there (docs/DEPLOY.md).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import timedelta
from typing import Any

from fastapi import FastAPI

__all__ = ["ENVIRONMENT", "app_from_environment", "environment_for"]

PREFIX = "HEALTH_PLANNER_ENDPOINT_"
ENVIRONMENT = {
    # create_app keyword -> environment variable
    "db_url": f"{PREFIX}DB",
    "seed": f"{PREFIX}SEED",
    "rate_limit_per_minute": f"{PREFIX}RATE_LIMIT",
    "registrations_per_minute": f"{PREFIX}REGISTRATIONS_PER_MINUTE",
    "public_reads_per_minute": f"{PREFIX}PUBLIC_READS_PER_MINUTE",
    "trusted_proxies": f"{PREFIX}TRUSTED_PROXIES",
    "allowed_hosts": f"{PREFIX}ALLOWED_HOSTS",
    "results_period": f"{PREFIX}RESULTS_EVERY",
    "text_key": f"{PREFIX}KEY",  # the key itself: __main__ reads it from here too
    "old_text_keys": f"{PREFIX}OLD_KEYS",
    "text_encryption": f"{PREFIX}TEXT_ENCRYPTION",
}
_INTEGERS = ("rate_limit_per_minute", "registrations_per_minute", "public_reads_per_minute")
_LISTS = ("trusted_proxies", "allowed_hosts", "old_text_keys")
_FLAGS = ("seed", "text_encryption")


def environment_for(settings: Mapping[str, Any]) -> dict[str, str]:
    """The environment variables that make `app_from_environment` build `create_app(**settings)`
    (`db_url` included; lists comma-separated, `results_period` in seconds)."""
    env: dict[str, str] = {}
    for name, value in settings.items():
        if name in _LISTS:
            env[ENVIRONMENT[name]] = ",".join(value)
        elif name == "results_period":
            env[ENVIRONMENT[name]] = str(int(value.total_seconds()))
        elif name in _FLAGS:
            env[ENVIRONMENT[name]] = "1" if value else "0"
        elif value is None:
            continue
        else:
            env[ENVIRONMENT[name]] = str(value)
    return env


def settings_from(environ: Mapping[str, str]) -> dict[str, Any]:
    """Inverse of `environment_for`: keyword arguments for create_app."""
    settings: dict[str, Any] = {}
    for name, variable in ENVIRONMENT.items():
        if variable not in environ:
            continue
        raw = environ[variable]
        if name in _LISTS:
            settings[name] = [part for part in raw.split(",") if part]
        elif name in _INTEGERS:
            settings[name] = int(raw)
        elif name == "results_period":
            settings[name] = timedelta(seconds=int(raw))
        elif name in _FLAGS:
            settings[name] = raw == "1"
        else:
            settings[name] = raw
    if "db_url" not in settings:
        raise RuntimeError(f"{ENVIRONMENT['db_url']} is not set")
    return settings


def app_from_environment() -> FastAPI:
    """uvicorn's factory (`endpoint.workers:app_from_environment`, factory=True)."""
    from endpoint.app import create_app

    settings = settings_from(os.environ)
    return create_app(settings.pop("db_url"), **settings)
