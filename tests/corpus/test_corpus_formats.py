"""The shared issue 002 as .doc, .rtf and .html (``shared/formats/office`` beside the corpus) parses exactly as
its text; the OFD samples read, render and list their seals."""
import pytest

from tests.corpus.gold import load_gold, score
from workbench.ingest import read_source
from workbench.ingest.ofd import signatures
from workbench.ingest.pages import open_pages
from workbench.pipeline import parse_file

STEM = "002_4d4b2807dcec1cae"


@pytest.mark.parametrize("suffix", [".doc", ".rtf", ".html"])
def test_the_issue_in_another_container_parses_as_its_text(corpus, suffix):
    path = corpus.parent / "formats" / "office" / f"{STEM}{suffix}"
    if not path.exists():
        pytest.skip("shared/formats is not beside the corpus")
    result, text = parse_file(path), parse_file(corpus / f"{STEM}.txt")
    figures = score(result.to_json()["documents"], load_gold(corpus, STEM))
    assert figures["f1"] == 1.0 and figures["fields"] >= 0.98
    assert [e.text for d in result.documents for e in d.elements] == [e.text for d in text.documents for e in d.elements]


def test_the_ofd_samples_read_render_and_list_their_seals(corpus):
    folder = corpus.parent / "formats" / "ofd"
    if not folder.exists():
        pytest.skip("shared/formats is not beside the corpus")
    for path in sorted(folder.glob("*.ofd")):
        source = read_source(path)
        with open_pages(path) as pages:
            assert len(pages) == len(source.pages)
            if source.pages[0].lines:
                assert source.pages[0].lines[0].text[:2] in pages[0].get_text()
    assert sum(len(signatures(str(path))) for path in folder.glob("*.ofd")) >= 4
