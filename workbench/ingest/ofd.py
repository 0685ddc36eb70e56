"""OFD (GB/T 33190-2016, the national fixed-layout format): text with positions, rules, seals, a page rendition.

In: a path and its SHA-256. Out: a ``Source`` of kind ``ofd``: per page its text lines with boxes in PDF
points (origin top-left; OFD's millimetres × 72/25.4), read from every ``TextObject``'s ``TextCode`` (its
``X``/``Y`` within the object's ``Boundary``, glyph advances ``DeltaX``/``DeltaY`` with their ``g n d``
repeats) on the page and on the template pages it uses; runs on one baseline that touch are one line;
thin ``PathObject``s are the page's rules (ruled tables are read from them as in a PDF). A page with no
text but images over most of it is marked for OCR. ``signatures(path)`` lists the seals and signatures
(who, where, whether the signed files still match their recorded digests). ``rendition(path)`` is a PDF
of the pages (text in the CJK font, images, paths; transparent paths left out) for the window, the
thumbnails, OCR and the archive. A zip of XML read with lxml; nothing in it is run, and a part it
points at that is not in it is refused with one line. Sizes within the limits of a Word file's members.
"""
from __future__ import annotations

import hashlib
import posixpath
import re
import zipfile
import zlib
from dataclasses import dataclass, field

from lxml import etree

from workbench import limits
from workbench.errors import CorruptFile, TooLarge
from workbench.ingest.readers import ZIP_ERRORS
from workbench.limits import megabytes
from workbench.model import Line, Page, Source
from workbench.vocabulary import SourceKind

MM = 72 / 25.4  # points per millimetre
RULE_MM = 1.2  # a path thinner than this across is a rule
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)
MAX_GLYPHS = 200_000  # on one page


@dataclass
class _Run:
    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    baseline: float
    size: float


@dataclass
class OfdPage:
    """One page as the reader found it: its size (mm), runs of text, rules, images and paths to draw."""

    width: float
    height: float
    runs: list[_Run] = field(default_factory=list)
    rules: list[tuple[float, float, float, float]] = field(default_factory=list)
    images: list[tuple[tuple[float, float, float, float], str]] = field(default_factory=list)  # (box mm, member)
    paths: list[tuple[tuple[float, float, float, float], float, bool]] = field(default_factory=list)


class _Package:
    """The zip, its members read within the limits, its XML parsed safely."""

    def __init__(self, path: str):
        self.path = path
        try:
            self.zip = zipfile.ZipFile(path)
        except ZIP_ERRORS as err:
            raise CorruptFile(path, "不是有效的 OFD 文件（不是 zip 包）") from err
        current = limits.current()
        total = sum(info.file_size for info in self.zip.infolist())
        if total > current.docx_total_mb * 1024**2:
            raise TooLarge(path, f"OFD 解压后 {megabytes(total)}（可放宽：docx_total_mb）")
        self.names = set(self.zip.namelist())
        self._folded = {name.lower(): name for name in self.names}  # some producers write Doc_0 and DOC_0 alike

    def has(self, name: str) -> bool:
        return name.lstrip("/").lower() in self._folded

    def read(self, name: str) -> bytes:
        name = self._folded.get(name.lstrip("/").lower(), name.lstrip("/"))
        if name not in self.names:
            raise CorruptFile(self.path, f"OFD 中缺少文件：{name}")
        if self.zip.getinfo(name).file_size > limits.current().docx_member_mb * 1024**2:
            raise TooLarge(self.path, f"{name} 过大（可放宽：docx_member_mb）")
        try:
            return self.zip.read(name)
        except (*ZIP_ERRORS, zlib.error) as err:
            raise CorruptFile(self.path, f"{name} 无法解压（{type(err).__name__}）") from err

    def xml(self, name: str) -> etree._Element:
        try:
            return etree.fromstring(self.read(name), _PARSER)
        except etree.XMLSyntaxError as err:
            raise CorruptFile(self.path, f"{name} 不是有效的 XML") from err


def _local(element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def _child(element, name: str):
    return next((child for child in element if _local(child) == name), None)


def _numbers(text: str | None) -> list[float]:
    try:
        return [float(value) for value in (text or "").split()]
    except ValueError:
        return []


def _box(text: str | None) -> tuple[float, float, float, float] | None:
    values = _numbers(text)
    return (values[0], values[1], values[2], values[3]) if len(values) == 4 else None


def _deltas(text: str | None, count: int) -> list[float]:
    """Glyph advances of a ``DeltaX``/``DeltaY`` (``g n d`` repeats ``d`` n times), as many as ``count``."""
    parts = (text or "").split()
    found: list[float] = []
    index = 0
    try:
        while index < len(parts) and len(found) < count:
            if parts[index] == "g":
                found += [float(parts[index + 2])] * int(parts[index + 1])
                index += 3
            else:
                found.append(float(parts[index]))
                index += 1
    except (ValueError, IndexError):
        pass
    return (found + [found[-1] if found else 0.0] * count)[:count]


def _join(base: str, name: str) -> str:
    """A part named relative to the part at ``base`` (or absolute from the package's root)."""
    return name.lstrip("/") if name.startswith("/") else posixpath.normpath(posixpath.join(posixpath.dirname(base), name))


def read_pages(path: str) -> tuple[list[OfdPage], _Package]:
    """The pages of the first document of an OFD package."""
    package = _Package(path)
    root = package.xml("OFD.xml")
    doc_root = next((e.text.strip() for e in root.iter() if _local(e) == "DocRoot" and e.text), None)
    if not doc_root:
        raise CorruptFile(path, "OFD.xml 中没有 DocRoot")
    document = package.xml(doc_root)
    common = _child(document, "CommonData")
    default = _box(next((e.text for e in document.iter() if _local(e) == "PhysicalBox"), None)) or (0, 0, 210, 297)
    templates = {e.get("ID"): _join(doc_root, e.get("BaseLoc", "")) for e in (common if common is not None else [])
                 if _local(e) == "TemplatePage"}
    media = _media(package, doc_root, document)
    pages = []
    for entry in (e for e in document.iter() if _local(e) == "Page" and e.get("BaseLoc")):
        name = _join(doc_root, entry.get("BaseLoc"))
        content = package.xml(name)
        area = _box(next((e.text for e in content.iter() if _local(e) == "PhysicalBox"), None)) or default
        page = OfdPage(width=area[2], height=area[3])
        for template in (e for e in content if _local(e) == "Template"):
            if template.get("TemplateID") in templates:
                _objects(package.xml(templates[template.get("TemplateID")]), page, media, path)
        _objects(content, page, media, path)
        pages.append(page)
    if not pages:
        raise CorruptFile(path, "OFD 中没有页面")
    return pages, package


def _media(package: _Package, doc_root: str, document) -> dict[str, str]:
    """{resource id: member} of the images the document's resources list."""
    found: dict[str, str] = {}
    for res_name in (e.text.strip() for e in document.iter() if _local(e) in ("PublicRes", "DocumentRes") and e.text):
        res_path = _join(doc_root, res_name)
        if not package.has(res_path):
            continue
        res = package.xml(res_path)
        folder = posixpath.join(posixpath.dirname(res_path), res.get("BaseLoc") or "")
        for medium in (e for e in res.iter() if _local(e) == "MultiMedia"):
            file = _child(medium, "MediaFile")
            if file is not None and file.text:
                name = file.text.strip()
                found[medium.get("ID", "")] = name.lstrip("/") if name.startswith("/") \
                    else posixpath.normpath(posixpath.join(folder, name))
    return found


def _objects(container, page: OfdPage, media: dict[str, str], path: str, dx: float = 0.0, dy: float = 0.0) -> None:
    glyphs = sum(len(run.text) for run in page.runs)
    for element in container.iter():
        kind = _local(element)
        box = _box(element.get("Boundary"))
        if box is None:
            continue
        x, y = box[0] + dx, box[1] + dy
        if kind == "TextObject":
            size = float(element.get("Size") or 3.5)
            for code in (child for child in element if _local(child) == "TextCode"):
                text = code.text or ""
                glyphs += len(text)
                if glyphs > MAX_GLYPHS:
                    raise TooLarge(path, f"一页的字形超过 {MAX_GLYPHS:,} 个")
                if text.strip():
                    page.runs.append(_run(code, text, x, y, size))
        elif kind == "PathObject" and element.get("Visible") != "false":
            if min(box[2], box[3]) <= RULE_MM and max(box[2], box[3]) > 2:
                page.rules.append((x, y, x + box[2], y + box[3]))
            alpha = element.get("Alpha")
            transparent = alpha is not None and alpha.strip() in ("0", "0.0")
            page.paths.append(((x, y, x + box[2], y + box[3]), float(element.get("LineWidth") or 0.25), transparent))
        elif kind == "ImageObject" and element.get("ResourceID") in media:
            page.images.append(((x, y, x + box[2], y + box[3]), media[element.get("ResourceID")]))


def _run(code, text: str, x: float, y: float, size: float) -> _Run:
    start_x, start_y = x + float(code.get("X") or 0), y + float(code.get("Y") or 0)
    advances = _deltas(code.get("DeltaX"), len(text) - 1)
    drops = _deltas(code.get("DeltaY"), len(text) - 1) if code.get("DeltaY") else [0.0] * (len(text) - 1)
    xs, ys = [start_x], [start_y]
    for advance, drop in zip(advances, drops):
        xs.append(xs[-1] + advance)
        ys.append(ys[-1] + drop)
    return _Run(text, min(xs), min(ys) - size, max(xs) + size, max(ys) + 0.2 * size, start_y, size)


def read_ofd(path: str, sha256: str) -> Source:
    ofd_pages, _package = read_pages(path)
    pages = []
    for number, ofd_page in enumerate(ofd_pages, start=1):
        page = Page(number=number, width=ofd_page.width * MM, height=ofd_page.height * MM)
        page.lines = [Line(text=text, bbox=_points(box), font_size=size * MM) for text, box, size in _lines(ofd_page.runs)]
        page.rules = [_points(rule) for rule in ofd_page.rules]
        covered = sum((b[2] - b[0]) * (b[3] - b[1]) for b, _ in ofd_page.images)
        page.needs_ocr = not page.lines and covered >= 0.05 * ofd_page.width * ofd_page.height  # a scan, or a picture
        pages.append(page)
    return Source(path=path, sha256=sha256, kind=SourceKind.OFD, pages=pages)


def _points(box: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    """A box in millimetres, in PDF points."""
    return (box[0] * MM, box[1] * MM, box[2] * MM, box[3] * MM)


def _lines(runs: list[_Run]) -> list[tuple[str, tuple[float, float, float, float], float]]:
    """Runs on one baseline that touch (gap under two characters) joined into lines, top to bottom."""
    lines: list[list[_Run]] = []
    for run in sorted(runs, key=lambda r: (round(r.baseline, 1), r.x0)):
        last = lines[-1][-1] if lines else None
        if last is not None and abs(run.baseline - last.baseline) <= 0.3 * run.size \
                and 0 <= run.x0 - last.x1 <= 2 * run.size:
            lines[-1].append(run)
        else:
            lines.append([run])
    found = []
    for line in lines:
        text = "".join(run.text for run in line)
        box = (min(r.x0 for r in line), min(r.y0 for r in line), max(r.x1 for r in line), max(r.y1 for r in line))
        found.append((text, box, max(r.size for r in line)))
    return found


@dataclass
class Seal:
    """A seal or signature of an OFD: where it stands, who signed, whether the signed parts still match."""

    page: int | None
    box: tuple[float, float, float, float] | None  # points
    signer: str
    kind: str  # Seal or Sign
    intact: bool | None  # every signed part's digest as recorded (None: not recorded)


def signatures(path: str) -> list[Seal]:
    """The seals and signatures the OFD lists (empty when it lists none)."""
    package = _Package(path)
    root = package.xml("OFD.xml")
    doc_root = next((e.text.strip() for e in root.iter() if _local(e) == "DocRoot" and e.text), "")
    document = package.xml(doc_root)
    listing = next((e.text.strip() for e in document.iter() if _local(e) == "Signatures" and e.text), None)
    if listing is None:
        root_list = next((e.text.strip() for e in root.iter() if _local(e) == "Signatures" and e.text), None)
        listing = root_list
    if not listing:
        return []
    listing_path = _join(doc_root, listing) if package.has(_join(doc_root, listing)) else listing.lstrip("/")
    found = []
    for entry in (e for e in package.xml(listing_path).iter() if _local(e) == "Signature" and e.get("BaseLoc")):
        name = _join(listing_path, entry.get("BaseLoc"))
        if not package.has(name):
            continue
        signature = package.xml(name)
        stamp = next((e for e in signature.iter() if _local(e) == "StampAnnot"), None)
        box = _box(stamp.get("Boundary")) if stamp is not None else None
        page_ref = stamp.get("PageRef") if stamp is not None else None
        provider = next((e for e in signature.iter() if _local(e) == "Provider"), None)
        signer = (provider.get("ProviderName") or provider.get("Company") or "") if provider is not None else ""
        corners = (box[0], box[1], box[0] + box[2], box[1] + box[3]) if box else None
        found.append(Seal(page=_page_number(document, page_ref), box=_points(corners) if corners else None,
                          signer=signer, kind=entry.get("Type") or "Seal", intact=_intact(package, signature)))
    return found


def _page_number(document, page_id: str | None) -> int | None:
    ids = [e.get("ID") for e in document.iter() if _local(e) == "Page" and e.get("BaseLoc")]
    return ids.index(page_id) + 1 if page_id in ids else None


def _intact(package: _Package, signature) -> bool | None:
    """Whether every part listed under ``References`` still has the digest recorded for it (SHA-256 or
    SM3 are recorded; only SHA-256 and SHA-1 can be checked here: others count as not recorded)."""
    references = next((e for e in signature.iter() if _local(e) == "References"), None)
    if references is None:
        return None
    method = (references.get("CheckMethod") or "").lower()
    name = "sha256" if "256" in method else "sha1" if "sha1" in method.replace("-", "") else None
    if name is None:
        return None
    import base64

    for reference in (e for e in references if _local(e) == "Reference"):
        value = _child(reference, "CheckValue")
        member = (reference.get("FileRef") or "").lstrip("/")
        if value is None or not package.has(member):
            return False
        if base64.b64encode(hashlib.new(name, package.read(member)).digest()).decode() != (value.text or "").strip():
            return False
    return True


def rendition(path: str) -> bytes:
    """A PDF of the OFD's pages: text at its places in the CJK font PyMuPDF carries, images, thin paths as lines
    (transparent ones left out, so a page covered by an invisible path still shows its text)."""
    from workbench.mupdf import pymupdf

    ofd_pages, package = read_pages(path)
    with pymupdf.open() as pdf:
        for ofd_page in ofd_pages:
            page = pdf.new_page(width=ofd_page.width * MM, height=ofd_page.height * MM)
            for box, member in ofd_page.images:
                try:
                    page.insert_image(pymupdf.Rect(*(v * MM for v in box)), stream=package.read(member))
                except (RuntimeError, ValueError, CorruptFile):
                    continue  # an image that cannot be drawn is left out of the picture, not the text
            for box, width, transparent in ofd_page.paths:
                if transparent or min(box[2] - box[0], box[3] - box[1]) > RULE_MM:
                    continue
                x0, y0, x1, y1 = (v * MM for v in box)
                start, end = ((x0, (y0 + y1) / 2), (x1, (y0 + y1) / 2)) if x1 - x0 >= y1 - y0 \
                    else (((x0 + x1) / 2, y0), ((x0 + x1) / 2, y1))
                page.draw_line(start, end, width=max(0.3, width * MM))
            for run in ofd_page.runs:
                page.insert_text((run.x0 * MM, run.baseline * MM), run.text, fontsize=run.size * MM, fontname="china-s")
        return pdf.tobytes(garbage=3, deflate=True)


_ZIP_MAGIC = re.compile(rb"^PK\x03\x04")


def is_ofd(path: str, head: bytes) -> bool:
    """A zip whose members include ``OFD.xml`` at its root."""
    if not _ZIP_MAGIC.match(head):
        return False
    try:
        with zipfile.ZipFile(path) as archive:
            return "OFD.xml" in archive.namelist()
    except ZIP_ERRORS:
        return False
