"""Import files and folders (one transaction per file); the result is the ``ImportReport``.

Each file is read in a worker process (``read_in_worker``), so a hostile file can exhaust only that
worker's memory budget, never the window's. ``import_on_cluster`` hands the reading to a Dask cluster's workers
(``workbench.batch``) and saves here, file after file, with the progress in files and pages a second.
"""
from __future__ import annotations

from workbench.import_command import import_paths as import_from
from workbench.ingest.isolated import read_in_worker


def import_paths(paths: list[str]):
    return lambda store, ctx: import_from(store, paths, progress=ctx.progress, cancelled=ctx.cancelled,
                                          reader=read_in_worker)


def import_on_cluster(paths: list[str], address: str):
    def work(store, ctx):
        from workbench.batch import cluster
        from workbench.batch.run import batch_import
        from workbench.errors import UsageError

        try:
            client = cluster.remote_client(address)
        except (OSError, TimeoutError, ValueError) as err:
            raise UsageError(detail=f"无法连接到集群的调度器 {address}：{err}") from err
        try:
            return batch_import(store, paths, client, resume=True, cancelled=ctx.cancelled,
                                progress=lambda done, total, pages, rate: ctx.progress(
                                    done, total, f"{pages} 页，每秒 {rate:.2f} 页"))
        finally:
            cluster.close(client)
    return work
