"""Where profiles live: `--data-dir`, else HEALTH_PLANNER_HOME, else the platform's user data
folder. A carer can point either at a USB stick and carry their profiles between PCs."""

import os
from pathlib import Path

ENV_HOME = "HEALTH_PLANNER_HOME"


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    if os.environ.get(ENV_HOME):
        return Path(os.environ[ENV_HOME]).expanduser()
    # platformdirs loads only when it is needed: ~5 ms of a cold start (issue #6).
    from platformdirs import user_data_dir

    return Path(user_data_dir("health-planner", appauthor=False))

