"""Search on the corpus seeds: every person named in a 任免 notice and every 文号 is found, in its document."""
import re

from tests.corpus.gold import load_gold, number_key
from tests.corpus.truth import STEMS
from workbench.pipeline import parse_file
from workbench.store import Store

_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")


def _stored(corpus, tmp_path) -> Store:
    store = Store(tmp_path / "s.db")
    for stem in STEMS:
        store.save(parse_file(corpus / f"{stem}.txt"))
    return store


def test_every_appointed_person_and_every_doc_number_is_found(corpus, tmp_path):
    with _stored(corpus, tmp_path) as store:
        named: dict[str, set] = {}
        for source in store.source_rows():
            for key, doc in store.keyed_documents(source.id):
                for element in doc.elements:
                    for name in re.split("[、，]", (element.attrs or {}).get("name") or "") if element.kind == "appointment" else ():
                        if _NAME.match(name):
                            named.setdefault(name, set()).add((source.id, key))
        assert len(named) >= 40
        missed = [name for name, where in named.items()
                  if not where <= {(hit.source_id, hit.key) for hit in store.search(name, limit=1000).hits}]
        assert missed == []
        numbers = [doc["doc_number"] for stem in STEMS for doc in load_gold(corpus, stem) if doc.get("doc_number")]
        assert len(numbers) >= 25
        unfound = [number for number in numbers
                   if number_key(number) not in {number_key(hit.doc_number) for hit in store.search(number).hits}]
        assert unfound == []
