"""A memory budget for a process that reads untrusted input: past it, allocations fail instead of the machine.

``cap(megabytes)`` lets the calling process grow by at most ``megabytes`` beyond what it holds
now (Linux: ``RLIMIT_DATA``, which counts the heap and private writable mappings); an allocation
past the budget then fails inside the reader — Python's ``MemoryError``, MuPDF's or OpenCV's
"out of memory" — and ``exhausted(err)`` recognises those so the file is reported, not the process
killed by the system. Where the platform has no such limit, ``cap`` returns False and the input
limits (``workbench.limits``) are the only bound.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from workbench import limits
from workbench.errors import TooLarge, WorkbenchError

_STATUS = Path("/proc/self/status")
_capped: tuple[int, int] | None = None  # (resident bytes when capped, budget in bytes), once cap() took effect
_SIGNS = ("out of memory", "insufficient memory", "malloc", "bad_alloc", "failed to allocate", "cannot allocate")


def _status(field: str) -> int | None:
    """A size from /proc/self/status in bytes (``VmData``: heap and private writable mappings), or None."""
    try:
        for line in _STATUS.read_text().splitlines():
            if line.startswith(f"{field}:"):
                return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


def cap(megabytes: float) -> bool:
    """Let this process's data grow by no more than ``megabytes``; False where that cannot be enforced."""
    try:
        import resource
    except ImportError:  # Windows
        return False
    global _capped
    used, resident = _status("VmData"), _status("VmRSS")
    if used is None or resident is None or not hasattr(resource, "RLIMIT_DATA"):
        return False
    budget = int(megabytes * 1024 * 1024)
    _, hard = resource.getrlimit(resource.RLIMIT_DATA)
    wanted = used + budget if hard == resource.RLIM_INFINITY else min(used + budget, hard)
    resource.setrlimit(resource.RLIMIT_DATA, (wanted, hard))
    _capped = (resident, budget)
    return True


def _reached_cap() -> bool:
    """Whether this capped process's peak memory came close to its budget (a library may report a failed
    allocation as some other error: lxml says "unknown error"). The peak is VmHWM, this address space's
    own: ``ru_maxrss`` carries over a forked parent's across exec."""
    peak = _status("VmHWM")
    if _capped is None or peak is None:
        return False
    resident, budget = _capped
    return peak - resident >= 0.8 * budget


def exhausted(err: BaseException) -> bool:
    """Whether ``err`` is an allocation that failed (the budget reached), whichever library raised it."""
    if isinstance(err, MemoryError):
        return True
    text = str(err).lower()
    return any(sign in text for sign in _SIGNS)


def allocation_failed(err: BaseException) -> bool:
    """Whether ``err`` (not one of ours) came from the memory budget: an allocation that failed, or any
    error raised while the process's peak was near the cap (lxml says only 'unknown error')."""
    return exhausted(err) or (not isinstance(err, WorkbenchError) and _reached_cap())


def over_budget(path: str | None, megabytes: float) -> TooLarge:
    """The error to report when reading ``path`` needed more memory than the budget."""
    return TooLarge(path, f"所需内存超过上限 {megabytes:g} MB，已停止（可放宽：memory_mb）")


@contextmanager
def reported(path: str | Path) -> Iterator[None]:
    """Turn an allocation that failed while working on ``path`` into the one-line error that names it (an
    error of ours — a corrupt file, a cancel — stays itself unless what caused it was the allocation)."""
    try:
        yield
    except Exception as err:
        cause = err.__cause__
        if exhausted(err) or (cause is not None and exhausted(cause)) \
                or (not isinstance(err, WorkbenchError) and _reached_cap()):
            raise over_budget(str(path), limits.current().memory_mb) from err
        raise
