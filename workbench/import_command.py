"""Import what a person names: files, folders, and archive packages the workbench made.

In: a store and paths. Out: the ``ImportReport``. A folder that is an archive package brings back the
sources of its store snapshot (``archive.restore``); everything else is read and parsed by
``pipeline.import_files``, one transaction per file. The CLI's ``import`` and the window's import both
come here, so the pipeline itself knows nothing of packages.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from workbench.archive.bag import is_package
from workbench.errors import WorkbenchError
from workbench.pipeline import ImportReport, Progress, Reader, import_files, read_source
from workbench.store import Store


def import_paths(store: Store, paths: Iterable[str | Path], progress: Progress | None = None,
                 cancelled=None, reader: Reader = read_source) -> ImportReport:
    """Restore each archive package among ``paths``, then import the other files and folders."""
    paths = list(paths)
    packages = [path for path in paths if Path(path).is_dir() and is_package(Path(path))]
    restored = ImportReport()
    for package in packages:
        from workbench.archive.restore import restore  # the store's copying, loaded only for a package

        try:
            added, held = restore(store, Path(package))
        except WorkbenchError as err:
            restored.failed.append((str(package), str(err)))
            continue
        restored.source_ids += added
        restored.imported += [f"{package}（{len(added)} 个来源）"] if added else []
        restored.unchanged += held
    report = import_files(store, [path for path in paths if path not in packages], progress, cancelled, reader)
    report.source_ids[:0] = restored.source_ids
    report.imported[:0] = restored.imported
    report.unchanged[:0] = restored.unchanged
    report.failed[:0] = restored.failed
    return report
