"""Ruled tables: grid, merged cells, cell text, and one table across a page break."""
import pymupdf
import pytest

from tests.builders import FONT
from workbench.parse.tables import grid_table, page_tables
from workbench.pipeline import parse_file, read_laid_out

HEADER = ["序号", "任务", "牵头单位", "完成时限"]
XS = [80, 130, 300, 420, 515]


def draw_table(page, top, rows, merged_first_column=()):
    """Draw ``rows`` as a ruled table from ``top``; rows in ``merged_first_column`` share their first cell."""
    page.insert_font(fontname="cjk", fontbuffer=FONT.buffer)
    height = 30
    bottom = top + height * len(rows)
    for x in XS:
        page.draw_line((x, top), (x, bottom), width=0.6)
    for index in range(len(rows) + 1):
        y = top + index * height
        if index in merged_first_column:  # no rule across the first column: the cell above continues
            page.draw_line((XS[1], y), (XS[-1], y), width=0.6)
        else:
            page.draw_line((XS[0], y), (XS[-1], y), width=0.6)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if text:
                page.insert_text((XS[c] + 4, top + r * height + 19), text, fontname="cjk", fontsize=10)
    return bottom


def body(page, y, text):
    page.insert_font(fontname="cjk", fontbuffer=FONT.buffer)
    page.insert_text((80, y), text, fontname="cjk", fontsize=12)


def write_split_table(path, header=HEADER, continued_header=None):
    """A notice whose table runs from page 1 onto page 2, each part opening with its header row
    (``continued_header``: the second part's first row, if it differs)."""
    continued_header = header if continued_header is None else continued_header
    doc = pymupdf.open()
    first = doc.new_page(width=595, height=842)
    body(first, 90, "清河市人民政府")
    body(first, 110, "关于印发重点任务分工方案的通知")
    body(first, 130, "清府发〔2025〕5号")
    body(first, 150, "各区人民政府：")
    body(first, 170, "现将重点任务分工方案印发给你们。")
    body(first, 190, "清河市人民政府")
    body(first, 210, "2025年3月1日")
    rows = [header] + [[str(i), f"任务{i}", "市住建局", "2025年12月"] for i in range(1, 20)]
    rows[2][0] = ""  # row 2 continues row 1's first cell
    draw_table(first, 240, rows, merged_first_column={2})
    second = doc.new_page(width=595, height=842)
    draw_table(second, 80, [continued_header] + [[str(i), f"任务{i}", "市水务局", "2026年6月"] for i in range(20, 25)])
    body(second, 300, "抄送：市委办公室。")
    doc.save(path)
    return path


def test_grid_and_merged_cells_from_the_rules(tmp_path):
    path = write_split_table(tmp_path / "plan.pdf")
    (table,) = page_tables(read_laid_out(path).pages[0])
    assert (table.n_rows, table.n_cols) == (20, 4)
    cells = {(cell.row, cell.col): cell for cell in table.cells}
    assert [cells[(0, c)].text for c in range(4)] == HEADER
    assert cells[(1, 0)].text == "1" and cells[(1, 0)].rowspan == 2 and (2, 0) not in cells
    assert cells[(2, 1)].text == "任务2" and cells[(19, 3)].text == "2025年12月"
    assert cells[(1, 1)].bbox == (130.0, 270.0, 300.0, 300.0) and cells[(1, 1)].page == 1


def test_table_split_across_pages_becomes_one_with_its_parts(tmp_path):
    result = parse_file(write_split_table(tmp_path / "plan.pdf"))
    (doc,) = result.documents
    (table,) = doc.tables
    assert (table.n_rows, table.n_cols) == (25, 4)
    assert [(part.page, part.rows[0], part.rows[-1], part.repeated_header_rows) for part in table.parts] == [
        (1, 0, 19, 0), (2, 20, 24, 1)]
    last = {(cell.row, cell.col): cell for cell in table.cells if cell.row == 24}
    assert last[(24, 1)].text == "任务24" and last[(24, 1)].page == 2
    assert table.parts[1].col_separators == [float(x) for x in XS]


@pytest.mark.parametrize("header, continued", [
    (["", "", "", ""], None),  # an empty header row printed on each part
    (HEADER, ["", "", "", ""]),  # the continuation opens with an empty row
    (HEADER, ["", "", "牵头单位", ""]),  # … or with a row that only repeats a header's word
], ids=["empty header on each part", "empty first row", "a header word alone"])
def test_a_continued_part_whose_first_row_adds_nothing_adds_no_row(tmp_path, header, continued):
    result = parse_file(write_split_table(tmp_path / "plan.pdf", header, continued))
    (table,) = result.documents[0].tables
    assert (table.n_rows, table.n_cols) == (25, 4)
    assert table.parts[1].repeated_header_rows == 1
    rows = {(cell.row, cell.col): cell.text for cell in table.cells}
    assert rows[(20, 0)] == "20" and rows[(24, 1)] == "任务24"


def test_moved_separators_re_extract_the_table_alone(tmp_path):
    page = read_laid_out(write_split_table(tmp_path / "plan.pdf")).pages[1]
    region = page_tables(page)[0].bbox
    lines = [line for line in page.lines if line.role == "table"]
    # a person removes the column separator between 任务 and 牵头单位: the two columns become one
    table = grid_table(page, region, [], lines, ys=[80, 110, 140, 170, 200, 230, 260], xs=[80, 130, 420, 515])
    assert table.n_cols == 3
    assert [cell.text for cell in table.cells if cell.row == 1] == ["20", "任务20市水务局", "2026年6月"]


def test_tab_separated_rows_in_text_become_a_table(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text("\n".join([
        "清河市人民政府办公室", "关于印发重点任务分工的通知", "清府办发〔2025〕5号", "各区人民政府：", "现印发给你们。",
        "清河市人民政府办公室", "2025年3月1日", "附件",
        "序号\t任务\t牵头单位\t完成时限",
        "一、基础设施",
        "1\t改造管网\t市住建局\t2025年12月",
        "\t\t市水务局\t2026年6月",
        "",
        "序号\t任务\t牵头单位\t完成时限",
        "2\t整治线缆\t市工信局\t2026年6月",
        "抄送：市委办公室。",
    ]), encoding="utf-8")
    (doc,) = parse_file(path).documents
    (table,) = doc.tables
    assert (table.n_rows, table.n_cols) == (5, 4)
    cells = {(c.row, c.col): c for c in table.cells}
    assert cells[(1, 0)].text == "一、基础设施" and cells[(1, 0)].colspan == 4
    assert cells[(2, 0)].rowspan == 2 and cells[(2, 1)].rowspan == 2 and cells[(3, 2)].text == "市水务局"
    assert cells[(4, 1)].text == "整治线缆" and cells[(4, 1)].line_no == 15
    assert doc.elements[-1].kind == "cc" and all("\t" not in e.text for e in doc.elements)


def test_unruled_table_found_from_alignment(tmp_path):
    from tests.builders import Placed, write_pdf

    columns = [80, 130, 300, 420]
    placed = [Placed(80, 100, "附件：重点任务分工表", 12)]
    rows = [HEADER, ["1", "改造供排水管网", "市住建局", "2025年12月"], ["2", "整治架空线缆", "市工信局", "2026年6月"],
            ["3", "增设养老托育设施", "市民政局", "2026年12月"]]
    y = 140
    for row in rows:
        placed += [Placed(x, y, text, 10) for x, text in zip(columns, row)]
        y += 20
        if row[0] == "2":
            placed.append(Placed(130, y, "（含通信线缆）", 10))  # the task cell wraps onto a second line
            y += 20
    placed.append(Placed(80, y + 30, "以上任务请于每月5日前报送进展情况。", 12))
    page = read_laid_out(write_pdf(tmp_path / "unruled.pdf", [placed], width=595, height=842)).pages[0]
    from workbench.parse.aligned_tables import aligned_tables

    ((lines, table),) = aligned_tables(page)
    assert (table.n_rows, table.n_cols, table.ruled) == (4, 4, False)
    assert table.grid()[2] == ["2", "整治架空线缆（含通信线缆）", "市工信局", "2026年6月"]
    assert len(lines) == 17 and table.parts[0].col_separators[1:-1] == [126.0, 296.0, 416.0]


def test_prose_with_wide_spacing_is_not_a_table(tmp_path):
    from tests.builders import Placed, write_pdf

    placed = [Placed(80, 100 + 20 * i, f"第{i}行正文，说明有关事项。", 12) for i in range(8)]
    placed += [Placed(80, 300, "签发人", 12), Placed(300, 300, "王明", 12)]
    page = read_laid_out(write_pdf(tmp_path / "prose.pdf", [placed], width=595, height=842)).pages[0]
    from workbench.parse.aligned_tables import aligned_tables

    assert aligned_tables(page) == []


def test_one_cell_a_line_in_text_becomes_a_table(tmp_path):
    path = tmp_path / "cells.txt"
    path.write_text("\n".join([
        "清河市人民政府办公室", "关于印发重点任务分工的通知", "清府办发〔2025〕5号", "各区人民政府：", "现印发给你们。",
        "清河市人民政府办公室", "2025年3月1日", "附件",
        "序号", "任务", "牵头单位", "1", "改造管网", "市住建局", "2", "整治线缆", "市工信局",
        "请各单位按时报送。",
    ]), encoding="utf-8")
    (doc,) = parse_file(path).documents
    (table,) = doc.tables
    assert table.grid() == [["序号", "任务", "牵头单位"], ["1", "改造管网", "市住建局"], ["2", "整治线缆", "市工信局"]]
    assert (table.ruled, table.confidence) == (False, "medium")
    assert doc.elements[-1].text == "请各单位按时报送。"


def test_table_flattened_column_by_column_is_read_with_low_confidence(tmp_path):
    path = tmp_path / "fragments.txt"
    path.write_text("\n".join([
        "清河市人民政府办公室", "关于印发重点任务分工的通知", "清府办发〔2025〕6号", "各区人民政府：", "现印发给你们。",
        "清河市人民政府办公室", "2025年3月1日", "附件", "",
        "序号", "", "1", "", "2", "", "3", "",
        "改革任务", "", "改造老旧", "供水管网", "", "整治架空线缆", "", "建设口袋公园", "",
        "责任单位", "", "市住建局", "", "市工信局", "", "市园林局", "",
        "请各单位按时报送。",
    ]), encoding="utf-8")
    (doc,) = parse_file(path).documents
    (table,) = doc.tables
    assert table.grid() == [["序号", "改革任务", "责任单位"], ["1", "改造老旧供水管网", "市住建局"],
                            ["2", "整治架空线缆", "市工信局"], ["3", "建设口袋公园", "市园林局"]]
    assert (table.ruled, table.confidence) == (False, "low")


def test_one_line_header_and_section_rows_among_the_numbers(tmp_path):
    from workbench.parse.fragment_tables import find_column_runs, fragment_table

    texts = ["序号 任务 牵头单位", "7", "8", "二、推动协同", "9", "任务甲", "任务乙", "任务丙", "市住建局", "市工信局", "市园林局"]
    numbers = [1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21]
    (run,) = find_column_runs(texts, numbers)
    table = fragment_table(texts, numbers, run, page=None)
    assert table.grid() == [["序号", "任务", "牵头单位"], ["7", "任务甲", "市住建局"], ["8", "任务乙", "市工信局"],
                            ["二、推动协同", "", ""], ["9", "任务丙", "市园林局"]]


def test_text_in_reading_order_keeps_a_ruled_tables_cells_together(tmp_path):
    """``workbench text``: a table whose cells wrap onto two lines prints a row a line, each cell whole, where the
    table stands between the paragraphs (not its lines interleaved cell by cell)."""
    from workbench.parse.tables import place_ruled_tables
    from workbench.reading.render import render_text

    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    body(page, 90, "现将重点任务分工印发给你们。")
    draw_table(page, 110, [HEADER, ["1", "", "市住建局", "2025年12月"]])
    page.insert_text((XS[1] + 4, 110 + 30 + 13), "完善城市", fontname="cjk", fontsize=10)
    page.insert_text((XS[1] + 4, 110 + 30 + 26), "更新机制", fontname="cjk", fontsize=10)
    body(page, 200, "请认真贯彻执行。")
    doc.save(tmp_path / "plan.pdf")
    text = render_text(place_ruled_tables(read_laid_out(tmp_path / "plan.pdf")))
    assert text.splitlines() == ["现将重点任务分工印发给你们。", "\t".join(HEADER), "1\t完善城市更新机制\t市住建局\t2025年12月",
                                 "请认真贯彻执行。"]


def test_a_recognised_cells_quotes_alternate_and_a_text_layers_stay_as_printed():
    from workbench.model import Line
    from workbench.parse.pairs import alternating_quotes
    from workbench.parse.tables import cell_text

    assert alternating_quotes("优化“学校食堂管理系统“覆盖全市") == "优化“学校食堂管理系统”覆盖全市"
    assert alternating_quotes("”五餐”和“陪餐”") == "“五餐”和“陪餐”"
    assert alternating_quotes("推广“清河快贷”园区E贷”等") == "推广“清河快贷”园区E贷”等"  # odd: one was lost
    assert alternating_quotes("称‘甲’为“乙”") == "称‘甲’为“乙”"
    lines = [Line("建好县级“学校食堂智能化", bbox=(10, 10, 90, 20)), Line("管理平台“，接入食堂。", bbox=(10, 22, 90, 32))]
    assert cell_text(lines, recognised=True) == "建好县级“学校食堂智能化管理平台”，接入食堂。"
    assert cell_text(lines) == "建好县级“学校食堂智能化管理平台“，接入食堂。"  # a text layer's marks are exact


def test_a_recognised_cells_brackets_are_closed_in_kind_across_its_lines():
    from workbench.model import Line
    from workbench.parse.tables import cell_text

    # a 文号 wrapped inside a cell: the year's halves on two lines, read in two kinds
    lines = [Line("依据《实施方案》(某办函(2", bbox=(10, 10, 90, 20)), Line("021〕7号)要求", bbox=(10, 22, 90, 32))]
    assert cell_text(lines, recognised=True) == "依据《实施方案》(某办函〔2021〕7号)要求"
    assert cell_text(lines) == "依据《实施方案》(某办函(2021〕7号)要求"  # a text layer's marks are exact
    title = [Line("学习《关于《规", bbox=(10, 10, 90, 20)), Line("定〉的说明》", bbox=(10, 22, 90, 32))]
    assert cell_text(title, recognised=True) == "学习《关于〈规定〉的说明》"
