"""Mutated files through ``parse``: every one must end in a result or one clear refusal, never a traceback or a hang.

Usage: python tests/bench/fuzz.py [N] [--kinds pdf,docx,text] [--seed S] [--show]
Makes N mutated copies of each kind from the corpus (``$WORKBENCH_CORPUS`` or ../shared/corpus) and the
shared formats beside it: byte flips, truncations, repeated or dropped runs, PDF numbers set to −1 or 2³¹
(``/Count``, ``/Length``, ``/Size``), .docx and OFD members mutated inside the zip (XML bytes flipped, a member
cut, an unsupported compression method), text (and .doc, RTF, HTML) with bytes flipped, cut or repeated, text
in odd encodings with control characters. Each file is parsed in a worker process with a time limit
(30 s) and a memory cap (1024 MB), two at a time; prints per kind the counts of results, clean refusals
(one WorkbenchError line), tracebacks and hangs, and with ``--show`` the first line of each traceback.
"""
from __future__ import annotations

import multiprocessing
import os
import random
import re
import sys
import tempfile
import zipfile
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

SECONDS = 30
MEMORY_MB = 1024


def _flip(data: bytearray, rng: random.Random) -> None:
    for _ in range(rng.randint(1, 40)):
        data[rng.randrange(len(data))] = rng.randrange(256)


def _cut_or_repeat(data: bytearray, rng: random.Random) -> bytearray:
    start = rng.randrange(len(data))
    end = min(len(data), start + rng.randint(1, 4096))
    choice = rng.random()
    if choice < 0.3:
        return data[: rng.randrange(1, len(data))]
    if choice < 0.6:
        return data[:start] + data[end:]
    return data[:end] + data[start:end] * rng.randint(2, 50) + data[end:]


def _flipped(data: bytes, rng: random.Random) -> bytes:
    raw = bytearray(data)
    _flip(raw, rng)
    return bytes(raw)


def mutate_pdf(data: bytes, rng: random.Random) -> bytes:
    text = bytearray(data)
    if rng.random() < 0.5:
        keys = [m.start() for m in re.finditer(rb"/(Count|Length|Size|N|First|W|Index|Height|Width) ", data)]
        for at in rng.sample(keys, min(len(keys), rng.randint(1, 3))):
            end = data.index(b" ", at) + 1
            number_end = end
            while number_end < len(data) and data[number_end:number_end + 1].isdigit():
                number_end += 1
            text[end:number_end] = rng.choice([b"-1", b"2147483648", b"0", b"99999999999"])
            data = bytes(text)
        return bytes(text)
    if rng.random() < 0.5:
        _flip(text, rng)
        return bytes(text)
    return bytes(_cut_or_repeat(text, rng))


def mutate_docx(data: bytes, rng: random.Random, scratch: Path) -> bytes:
    source = scratch / "in.docx"
    source.write_bytes(data)
    target = scratch / "out.docx"
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        names = zin.namelist()
        victim = rng.choice(names)
        for info in zin.infolist():
            body = bytearray(zin.read(info))
            if info.filename == victim and body:
                choice = rng.random()
                if choice < 0.5:
                    _flip(body, rng)
                else:
                    body = _cut_or_repeat(body, rng)
            zout.writestr(info, bytes(body))
    out = bytearray(target.read_bytes())
    roll = rng.random()
    if roll < 0.15:  # a compression method no reader supports, in the local and central headers
        for match in re.finditer(rb"PK\x03\x04|PK\x01\x02", bytes(out)):
            offset = match.start() + (8 if out[match.start() + 2] == 3 else 10)
            out[offset:offset + 2] = rng.choice([b"\x0e\x00", b"\x5f\x00", b"\x0c\x00"])
    elif roll < 0.35:
        _flip(out, rng)
    return bytes(out)


def mutate_text(data: bytes, rng: random.Random) -> bytes:
    text = data.decode("utf-8", errors="replace")
    roll = rng.random()
    if roll < 0.3:
        chars = list(text)
        for _ in range(rng.randint(1, 50)):
            chars.insert(rng.randrange(len(chars)), chr(rng.choice([0, 1, 7, 8, 11, 12, 27, 127, 0xFEFF, 0x202E])))
        return "".join(chars).encode(rng.choice(["utf-8", "gb18030", "utf-16"]), errors="replace")
    raw = bytearray(data)
    if roll < 0.65:
        _flip(raw, rng)
        return bytes(raw)
    return bytes(_cut_or_repeat(raw, rng))


def _parse_one(path: str) -> tuple[str, str]:
    """In the worker: ('result'|'refused'|'traceback'|'hang', detail)."""
    import signal
    import traceback

    from workbench import memory
    from workbench.errors import WorkbenchError
    from workbench.pipeline import parse_file

    def timeout(_signum, _frame):
        raise TimeoutError

    signal.signal(signal.SIGALRM, timeout)
    signal.alarm(SECONDS)
    try:
        with memory.reported(path):
            parse_file(path).to_json()
        return "result", ""
    except WorkbenchError as err:
        return "refused", str(err).splitlines()[0]
    except TimeoutError:
        return "hang", path
    except BaseException as err:  # what the bench counts
        frame = traceback.extract_tb(err.__traceback__)[-1]
        return "traceback", f"{type(err).__name__}: {str(err)[:80]} ({Path(frame.filename).name}:{frame.lineno})"
    finally:
        signal.alarm(0)


def _init_worker() -> None:
    from workbench import memory

    memory.cap(MEMORY_MB)


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    count = int(args[0]) if args else 100
    options = dict(a[2:].split("=", 1) for a in sys.argv[1:] if a.startswith("--") and "=" in a)
    kinds = options.get("kinds", "pdf,docx,text,doc,ofd,rtf,html").split(",")
    rng = random.Random(int(options.get("seed", "1")))
    corpus = Path(os.environ.get("WORKBENCH_CORPUS", ROOT.parent / "shared" / "corpus"))
    seeds = {
        "pdf": [p for p in sorted(corpus.glob("*.pdf")) if ".scan." not in p.name and ".defects." not in p.name],
        "docx": sorted(corpus.glob("*.docx")),
        "text": sorted(corpus.glob("0*_????????????????.txt")) + sorted(corpus.glob("*.gb18030.txt"))[:1],
        "doc": sorted((corpus.parent / "formats" / "office").glob("*.doc")),
        "ofd": sorted((corpus.parent / "formats" / "ofd").glob("*.ofd")),
        "rtf": sorted((corpus.parent / "formats" / "office").glob("*.rtf")),
        "html": sorted((corpus.parent / "formats" / "office").glob("*.html")),
    }
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        files: dict[str, list[str]] = {}
        for kind in kinds:
            files[kind] = []
            for number in range(count):
                seed = rng.choice(seeds[kind])
                data = seed.read_bytes()
                if kind == "pdf":
                    mutated = mutate_pdf(data, rng)
                elif kind in ("docx", "ofd"):
                    mutated = mutate_docx(data, rng, scratch)
                elif kind == "text":
                    mutated = mutate_text(data, rng)
                else:
                    mutated = bytes(_cut_or_repeat(bytearray(data), rng)) if rng.random() < 0.4 else _flipped(data, rng)
                suffix = seed.suffix
                path = scratch / f"{kind}-{number:05d}{suffix}"
                path.write_bytes(mutated)
                files[kind].append(str(path))
        context = multiprocessing.get_context("spawn")
        print(f"{'kind':6} {'files':>6} {'results':>8} {'refused':>8} {'traceback':>10} {'hang':>5}")
        for kind, paths in files.items():  # workers of an executor may start the OCR pool an image page needs
            pool = ProcessPoolExecutor(2, mp_context=context, initializer=_init_worker)
            outcomes = list(pool.map(_parse_one, paths, chunksize=4))
            for process in list(getattr(pool, "_processes", {}).values()):
                process.terminate()  # a worker that started an OCR pool would keep it waiting at exit
            pool.shutdown(wait=False, cancel_futures=True)
            counts = Counter(outcome for outcome, _ in outcomes)
            print(f"{kind:6} {len(paths):6d} {counts['result']:8d} {counts['refused']:8d} {counts['traceback']:10d} "
                  f"{counts['hang']:5d}")
            if "--show" in sys.argv:
                for detail, times in Counter(d for o, d in outcomes if o in ("traceback", "hang")).most_common(12):
                    print(f"      {times:4d} × {detail}")


if __name__ == "__main__":
    main()
