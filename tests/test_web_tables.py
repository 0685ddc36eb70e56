"""Tables copied from web pages: rows that lost their row-spanned cells, sub-tables under captions."""
from tests.test_parse_structure import parse_lines

HEAD = ("清河市人民政府办公室关于开展医院考核的通知", "清府办发〔2024〕2号", "各区人民政府：", "现将考核指标印发给你们。",
        "清河市人民政府办公室", "2024年1月5日", "附件", "考核指标")


def test_short_rows_put_their_cells_under_the_columns_they_belong_to():
    rows = ["一级指标\t二级指标\t三级指标\t性质\t说明",
            "一、质量\t（一）安全\t1.手术并发症发生率\t定量\t计算方法：并发症例数除以手术例数。",
            "2.感染率\t定量\t计算方法：感染人次数除以手术人次数。",
            "（二）用药\t3.处方点评比例\t定量\t计算方法：点评处方数除以处方总数。",
            "4.基本药物使用率\t定性\t引导医院优先使用基本药物。",
            "二、效率\t（三）资源\t5.床位使用率\t定量\t计算方法：实际占用床日数除以开放床日数。"]
    (doc,) = parse_lines(*HEAD, *rows).documents
    (table,) = doc.tables
    grid = table.grid()
    assert [row[2][:2] for row in grid[1:]] == ["1.", "2.", "3.", "4.", "5."]
    assert [row[3] for row in grid[1:]] == ["定量", "定量", "定量", "定性", "定量"]
    spans = {(cell.row, cell.col): cell.rowspan for cell in table.cells if cell.rowspan > 1}
    assert spans == {(1, 0): 4, (1, 1): 2, (3, 1): 2}  # 一、质量 over four rows; each 二级指标 over its own


def test_a_caption_between_tables_with_the_same_header_splits_them():
    block = ["编号\tX坐标\tY坐标", "1\t100.5\t200.5", "2\t101.5\t201.5"]
    (doc,) = parse_lines(*HEAD, "A区界址点坐标", *block, "B区界址点坐标", *block).documents
    assert [table.n_rows for table in doc.tables] == [3, 3]
    assert all(table.grid()[0] == ["编号", "X坐标", "Y坐标"] for table in doc.tables)
