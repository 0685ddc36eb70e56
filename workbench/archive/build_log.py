"""The build log a package carries (``data/构建记录.json``): who built it, when, from which store state, with
which software, and what the pre-flight check listed before it was built.

In: the store, the settings, when the build started and the pre-flight problems. Out: the JSON text.
"""
from __future__ import annotations

import getpass
import json
from dataclasses import asdict
from datetime import datetime, timezone

from workbench import __version__
from workbench.archive.catalogue import ArchiveSettings
from workbench.archive.preflight import Problem
from workbench.store import Store


def now() -> str:
    return datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds")


def build_log(store: Store, settings: ArchiveSettings, started: str, preflight: list[Problem]) -> str:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no name for this account (a container, a service)
        user = ""
    return json.dumps({
        "software": f"Bulletin Workbench {__version__}", "store": str(store.path), "store_sha256": store.state_digest(),
        "user": user, "started": started, "finished": now(), "settings": asdict(settings),
        "preflight": [problem.to_json() for problem in preflight],
        "decided": "归档前检查所列问题保留，仍然归档" if preflight else "归档前检查没有问题",
    }, ensure_ascii=False, indent=1)
