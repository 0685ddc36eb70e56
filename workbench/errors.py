"""One family of errors a person can act on.

Every failure the core expects (bad input, a store it cannot open, …) is a
``WorkbenchError`` subclass with a message in the user's language (Simplified
Chinese) that names the file and the reason. The CLI prints it as one line and
exits with ``exit_code``; the UI shows it in a dialog. Never a traceback.
"""
from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """What a command's exit status means."""

    OK = 0
    FAILED = 1
    BAD_INPUT = 2
    STORE = 4
    OCR = 5
    CANCELLED = 130


class WorkbenchError(Exception):
    """Base of every expected failure. ``str(err)`` is the message to show."""

    exit_code = ExitCode.FAILED
    reason = "无法处理"

    def __init__(self, path: str | None = None, detail: str | None = None):
        self.path = path
        self.detail = detail
        super().__init__(self.message())

    def __reduce__(self):
        """Rebuilt from its path and detail when it crosses from a worker process."""
        return (type(self), (self.path, self.detail))

    def message(self) -> str:
        text = self.reason
        if self.detail:
            text = f"{text}（{self.detail}）"
        return f"{self.path}：{text}" if self.path else text


class InputError(WorkbenchError):
    """A file that cannot be read as a bulletin."""

    exit_code = ExitCode.BAD_INPUT


class UsageError(WorkbenchError):
    """A command given the wrong arguments."""

    exit_code = ExitCode.BAD_INPUT
    reason = "用法有误"


class FileMissing(InputError):
    reason = "文件不存在"


class EmptyFile(InputError):
    reason = "文件为空"


class BinaryFile(InputError):
    reason = "不是文本文件（内容为二进制数据）"


class UnknownEncoding(InputError):
    reason = "无法识别文本编码（支持 UTF-8、GB18030/GBK、UTF-16）"


class UnsupportedFormat(InputError):
    reason = "不支持的文件格式"


class CorruptFile(InputError):
    reason = "文件已损坏或不完整，无法打开"


class EncryptedFile(InputError):
    reason = "文件已加密，请先解除密码保护"


class TooLarge(InputError):
    reason = "文件过大"


class OcrFailed(WorkbenchError):
    reason = "文字识别（OCR）进程意外退出，请重试；若再次失败，可能是内存不足"
    exit_code = ExitCode.OCR


class Cancelled(WorkbenchError):
    reason = "已取消"
    exit_code = ExitCode.CANCELLED


class StoreError(WorkbenchError):
    """The SQLite store cannot be opened or written."""

    exit_code = ExitCode.STORE
    reason = "无法打开或写入数据库"
