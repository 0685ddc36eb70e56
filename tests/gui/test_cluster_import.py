"""A folder import handed to a Dask cluster from the window: the files read by its workers, saved here, the
library showing them; the scheduler's address remembered for next time."""
from __future__ import annotations

import pytest

from tests.gui.conftest import settle
from tests.test_batch import _issues


@pytest.fixture
def scheduler():
    from workbench.batch.cluster import local_cluster

    cluster = local_cluster(1)
    yield cluster.scheduler_address
    cluster.close()


def test_a_folder_imported_on_a_cluster_shows_in_the_library(qtbot, window, tmp_path, scheduler):
    _issues(tmp_path / "back", 3)
    operation = window.importing.import_on_cluster([str(tmp_path / "back")], scheduler)
    assert operation is not None
    settle(qtbot, window)
    assert sorted(row.path.rsplit("/", 1)[-1] for row in window.store.source_rows() if row.kind == "text") == \
        ["issue-001.txt", "issue-002.txt", "issue-003.txt"] and "3" in window.status.message.text()
    assert window.settings.get("cluster/address") == scheduler
    assert "在集群上导入文件夹(C)…" in {action.text().replace("&", "") for action in
                                   window.menuBar().actions()[0].menu().actions()}
