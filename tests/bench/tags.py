"""Topic suggestions against the classes a careful clerk would choose (tests/bench/topic_labels.json).

Usage: python tests/bench/tags.py [CORPUS]
For every document of each seed (parsed from ``STEM.txt``, matched to the gold by 文号) it
prints whether the labelled class is the first suggestion and among the first three, how many
keywords the document got, and the time per document; then the totals, and the same figures
when the suggestions also learn from every other document's label (leave one out).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from workbench.model import Document, normalise_doc_number  # noqa: E402
from workbench.pipeline import parse_file  # noqa: E402
from workbench.tags.learn import TopicModel  # noqa: E402
from workbench.tags.suggest import suggest  # noqa: E402

LABELS = Path(__file__).with_name("topic_labels.json")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="?", type=Path,
                        default=Path(os.environ.get("WORKBENCH_CORPUS", ROOT.parent / "shared" / "corpus")))
    corpus = parser.parse_args().corpus
    labels = json.loads(LABELS.read_text(encoding="utf-8"))
    first = top3 = total = enough_keywords = 0
    seconds = 0.0
    labelled: list[tuple[Document, str]] = []
    print(f"{'document':<40} {'labelled':<16} {'1st':>4} {'top3':>5} {'kw':>3}  suggested")
    for stem, by_order in labels.items():
        if stem.startswith("_"):
            continue
        gold = json.loads((corpus / "gold" / f"{stem}.docs.json").read_text(encoding="utf-8"))["documents"]
        wanted = {normalise_doc_number(doc["doc_number"]): by_order[str(doc["order"])] for doc in gold}
        for doc in parse_file(corpus / f"{stem}.txt").documents:
            label = wanted.get(normalise_doc_number(doc.doc_number or ""))
            if label is None:
                continue
            labelled.append((doc, label))
            began = time.perf_counter()
            suggestion = suggest(doc)
            seconds += time.perf_counter() - began
            names = [topic.name for topic in suggestion.topics]
            total += 1
            first += names[:1] == [label]
            top3 += label in names[:3]
            enough_keywords += len(suggestion.keywords) >= 3
            print(f"{(doc.title or '')[:20]:<40} {label[:8]:<16} {'✓' if names[:1] == [label] else '·':>4} "
                  f"{'✓' if label in names[:3] else '·':>5} {len(suggestion.keywords):>3}  {'、'.join(n[:6] for n in names[:3])}")
    print(f"\n{total} documents: first suggestion right {first / total:.0%}, among the first three {top3 / total:.0%}, "
          f"≥ 3 keywords {enough_keywords / total:.0%}; {seconds / total * 1000:.0f} ms a document")
    learned_first = learned_top3 = 0
    for index, (doc, label) in enumerate(labelled):
        model = TopicModel.fit(example for other, example in enumerate(labelled) if other != index)
        names = [topic.name for topic in suggest(doc, model=model).topics]
        learned_first += names[:1] == [label]
        learned_top3 += label in names[:3]
    print(f"learning from the other {total - 1} labels: first right {learned_first / total:.0%}, "
          f"among the first three {learned_top3 / total:.0%}")


if __name__ == "__main__":
    main()
