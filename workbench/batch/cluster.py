"""The cluster side, from this same program: a local cluster for one machine, a scheduler, a worker.

``local_client(workers)`` → a ``Client`` on a ``local_cluster`` of ``workers`` processes of one thread each (one
core each, as OCR wants); ``remote_client(address)`` → a ``Client`` of a running scheduler. Either registers a
worker plugin: every worker loads the OCR models once when it starts (``warm``) and caps its memory at the
budget a desk reading has (``limits.memory_mb``).
``run_scheduler(port)`` and ``run_worker(address)`` run until stopped (Ctrl+C), what ``workbench scheduler`` and
``workbench worker`` do, so an office starts its PCs' workers with one command of the program it installed.
"""
from __future__ import annotations

import asyncio

from workbench import limits, memory

SCHEDULER_PORT = 8786


def _worker_environment() -> None:
    """Workers start without the small malloc trim threshold Dask's Nanny sets by default: with it glibc gives
    every large buffer back to the system at once, and a page's recognition took twice as long (2.2 s against 1.1 s
    a page measured on one worker). Set before a Nanny starts; it also keeps the variable out of this process's
    environment, which the desk's OCR workers started later would inherit."""
    import dask

    dask.config.set({"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None})


def local_cluster(workers: int):
    """A ``LocalCluster`` of ``workers`` processes of one thread each, started as this program starts workers."""
    from distributed import LocalCluster

    _worker_environment()
    return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                        silence_logs=40)


def local_client(workers: int, warm: bool = True):
    from distributed import Client

    return _prepared(Client(local_cluster(workers)), warm)


def remote_client(address: str, warm: bool = True):
    from distributed import Client

    return _prepared(Client(address, timeout="30s"), warm)


def _prepared(client, warm: bool):
    from distributed import WorkerPlugin

    budget = limits.current().memory_mb

    class Prepared(WorkerPlugin):
        """Each worker, when it starts: the OCR models loaded once (``warm``), then its data capped at the memory
        budget of reading at a desk beyond what it then holds (a file past it is one line, not the worker's end)."""

        name = "workbench-prepared"

        def setup(self, worker) -> None:
            if warm:
                from workbench.ingest.ocr import warm_up

                warm_up()
            memory.cap(budget)

    client.register_plugin(Prepared())
    return client


def close(client) -> None:
    """The client, and the local cluster it started (a remote one keeps running)."""
    cluster = getattr(client, "cluster", None)
    client.close()
    if cluster is not None:
        cluster.close()


def run_scheduler(port: int = SCHEDULER_PORT) -> None:
    from distributed import Scheduler

    async def serve() -> None:
        async with Scheduler(port=port, dashboard_address=None) as scheduler:
            print(f"调度器已启动：{scheduler.address}（在各台电脑上运行 workbench worker --scheduler {scheduler.address}）",
                  flush=True)
            await scheduler.finished()

    asyncio.run(serve())


def run_worker(address: str) -> None:
    from distributed import Nanny

    _worker_environment()

    async def serve() -> None:
        async with Nanny(address, nthreads=1) as nanny:
            print(f"工作进程已连接到 {address}", flush=True)
            await nanny.finished()

    asyncio.run(serve())
