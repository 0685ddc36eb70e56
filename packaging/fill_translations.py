"""Fill the zh_CN translation of strings that have none yet, from the table below; print what is left.

Run between the two steps of ``update_translations.sh`` (lupdate, then lrelease).
"""
from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ZH_CN = {
    "Citations": "引文", "Import Folder on a &Cluster…": "在集群上导入文件夹(&C)…",
    "Folder of back issues to import": "选择要导入的历年公报文件夹", "Import on a Cluster": "在集群上导入",
    "The cluster's scheduler (started with: workbench scheduler):": "集群调度器地址（用 workbench scheduler 启动）：",
    "Importing on the cluster": "正在集群上导入", "Check an Archive Package (四性检测)…": "归档包四性检测…",
    "Archive package to check": "选择要检测的归档包", "{0} is not an archive package (it has no bag-info.txt)": "{0} 不是归档包（没有 bag-info.txt）",
    "Save the 四性检测 report": "保存四性检测报告", "Web page (*.html);;Excel (*.xlsx);;JSON (*.json)": "网页 (*.html);;Excel (*.xlsx);;JSON (*.json)",
    "passed": "通过", "{0} failed": "{0} 项不通过", "四性检测 of {0}: {1}; report in {2}": "{0} 四性检测：{1}；报告：{2}",
    "Checking {0}": "正在检测 {0}", "Transfer layout (电子档案/年度/…, 文件目录.xml, 说明文件.txt)": "按移交结构（电子档案/年度/…、文件目录.xml、说明文件.txt）", "Secrecy (密级)": "密级",
    "(as the archive package says)": "（按归档包设定）", "secrecy": "密级", "retention": "保管期限", "四性检测 passed": "四性检测通过",
    "四性检测: {0} failed (see 四性检测报告.html)": "四性检测 {0} 项不通过（见四性检测报告.html）", "Variant word forms": "异形词", "Possible wrong characters": "疑似错别字",
    "Never Flag This Word Again": "不再提示此词",
    "Never flag “{0}” ({1}) again, in any document of this store?": "在本库所有公文中不再提示“{0}”（{1}）吗？",
    "OK": "确定",
    " · held twice": " · 重复收录",
    "Accept Suggestion": "采纳建议", "Correct Text…": "手工更正文字…", "Ignore Finding…": "忽略此问题…",
    "Take the Suggested Topic": "采用建议的主题分类",
    "Choose a document first: its class is suggested from its text.": "请先选择一篇公文：主题分类按其内容建议。",
    "{0} (alike: {1})": "{0}（同类 {1} 处）", " ({0} alike)": "（同类 {0} 处）",
    "Names written two ways": "人名不一致",
    "From page": "起始页",
    "Before archiving": "归档前检查", "Detail": "说明", "Double-click to open the document": "双击打开该公文",
    "Nothing to look at: the year is ready.": "没有问题，本年度可以归档。", "Checking the year": "归档前检查",
    "The check lists {0} problems (documents left out, misfiled or held twice, open errors). Build the package anyway?":
        "检查发现 {0} 个问题（漏归、错归或重复的公文，未处理的校对错误）。仍要生成归档包吗？",
    "This table was edited by hand (cell texts, merges, rows or columns). Reading it again from the page replaces those edits (Ctrl+Z brings them back). Re-extract anyway?":
        "本表有人工修改（单元格文字、合并、行或列）。从页面重新提取会替换这些修改（可按 Ctrl+Z 恢复）。仍要重新提取吗？",
    "Placeholders left in": "占位内容", "Personal data": "个人信息", "Administrative divisions": "行政区划",
    "的/地/得": "的地得", "Redundant wording": "语义重复", "Repeated sentences": "句子重复",
    "Full-width digits and letters": "全角数字字母", "Traditional characters": "繁体字",
    "the signed content is unchanged": "签名所保护的内容未被改动", "the signed content has changed": "签名所保护的内容已被改动",
    "no digest recorded to check": "未记录可核验的摘要", "Seal or signature by {0}: {1}": "电子印章或签名（{0}）：{1}",
    "The store was changed by another program; shown again.": "数据库已被其他程序修改，已重新载入。",
    "Include the whole store": "包含整个数据库",
    "Without it, the package's database holds only this year's sources, their documents, corrections and tags.":
        "不勾选时，归档包中的数据库只含本年度的来源及其公文、人工更正和标签。",
    "The whole store adds every other year's documents, the proofreading findings, the revision log (who changed what) and the paths the files were imported from on this computer. Hand it over only where all of that may go.":
        "整个数据库还会带上其他年份的公文、校对记录、修订记录（谁改了什么）以及原文件在本机的路径。只在这些内容都可以移交时才勾选。",
    "Contents: {0} not found": "目录缺{0}篇",
    "The contents list {0} documents; no document was found for {1}:": "目录列出{0}篇，其中{1}篇未找到对应公文：",
    "Outside any document ({0} lines, {1} tables)": "未归入公文的内容（{0}行，{1}个表格）", "Metadata": "元数据",
    "Document number": "文号", "Title": "标题", "Issuer": "发文机关", "Document type": "文种",
    "Recipients": "主送机关", "Signatory": "署名", "Date signed": "成文日期", "Corrected by hand": "已人工校正",
    "{0} No. {1}": "{0}年第{1}期", "Filter: year, issue, issuer, type, tag, title…": "筛选：年份、期号、发文机关、文种、标签、标题…",
    "Bulletin Workbench": "公报工作台", "Structure": "结构", "Page Text": "页面文字", "Recent Files": "最近的文件", "&Edit": "编辑(&E)",
    "&Undo": "撤销(&U)", "&Redo": "重做(&R)", "Edit &Table…": "编辑表格(&T)…",
    "Mark as Heading Level {0}": "标为{0}级标题", "Mark as Paragraph": "标为正文段落", "Find in Library": "在文库中查找",
    "Edit {0}": "修改{0}", "Mark element": "修改要素类型", "Paragraph": "正文", "Heading": "层次标题",
    "Issuer mark": "版头", "Date": "日期", "Attachment note": "附件说明", "Attachment": "附件",
    "Enclosed title": "所印发文件标题", "Publication note": "公开属性", "Copied to": "抄送", "Printed by": "印发",
    "Web page (HTML)": "网页（HTML）", "Plain text (TXT)": "纯文本（TXT）", "Plain text with marks (Markdown)": "带标记的文本（Markdown）",
    "Everything as data (JSON)": "全部内容数据（JSON）",
    "Appointment": "任免", "Chapter": "章", "Section": "节", "Article": "条",
    "Issue {0} (No. {1}, total {2})": "{0}年第{1}期（总第{2}期）", "(untitled document)": "（无标题文件）",
    "Table {0}: {1} × {2}": "表格{0}：{1}行×{2}列", "Merge Cells": "合并单元格", "Split Cell": "拆分单元格",
    "Insert Row": "插入行", "Insert row": "插入行", "Delete Row": "删除行", "Delete row": "删除行",
    "Insert Column": "插入列", "Insert column": "插入列", "Delete Column": "删除列", "Delete column": "删除列",
    "Join With Next Table": "与下一表格合并", "Split Table Here": "从此行拆分表格", "Copy as TSV": "复制为制表符文本",
    "Export CSV…": "导出 CSV…", "Export XLSX…": "导出 XLSX…", "Add Row Separator": "添加行分隔线",
    "Add Column Separator": "添加列分隔线", "Remove Separator": "删除分隔线", "Re-extract": "重新提取",
    "Table {0} — {1}": "表格{0} — {1}", "Part {0}: page {1}": "第{0}部分：第{1}页",
    "Read from alignment: please check.": "依据文字对齐推断，请核对。",
    "Read from flattened text: please check every cell.": "从打散的文字中还原，请逐格核对。",
    "{0} rows × {1} columns": "{0}行×{1}列", "Edit cell {0},{1}": "修改单元格（{0}，{1}）",
    "Merge cells": "合并单元格", "Split cell": "拆分单元格", "Join tables": "合并表格", "Split table": "拆分表格",
    "A table needs at least two row and two column separators.": "表格至少需要两条行分隔线和两条列分隔线。",
    "Re-extract table": "重新提取表格", "Table copied as tab-separated text.": "表格已复制为制表符分隔的文字。",
    "Export Table": "导出表格", "Table exported to {0}": "表格已导出到 {0}",
    "Status": "校对状态", "Not proofread": "未校对", "Proofreading": "校对中", "Proofread": "已校对",
    "proofreading status": "校对状态", "Proofreading status": "校对状态", "Open &Store…": "打开数据库(&S)…", "Open Store": "打开数据库",
    "Workbench store (*.db)": "工作台数据库 (*.db)",
    "Split Document Here": "从此处拆分公文", "Join With Previous Document": "与上一篇公文合并",
    "Split document": "拆分公文", "Join documents": "合并公文",
    "Keyboard Shortcuts": "键盘快捷键", "Find a shortcut…": "查找快捷键…", "Keys": "按键", "Does": "作用", "table editor": "表格编辑器",
    "Next Document": "下一篇公文", "Previous Document": "上一篇公文", "Next Pane": "下一个窗格",
    "OCR is unsure of “{0}” ({1:.0%})": "识别不确定的字：“{0}”（置信度 {1:.0%}）",
    "{0} characters OCR was unsure of on this page": "本页有 {0} 个识别不确定的字（红色标出）",
    "This Qt build (PySide6 {0} on Python {1}) is known to crash after a while of work. "
    "Please reinstall the workbench with its set-up script (it chooses a safe version), "
    "or run: pip install \"PySide6-Essentials<6.12\"":
        "当前的 Qt 组件（Python {1} 上的 PySide6 {0}）已知会在工作一段时间后崩溃，已做的修改可能丢失。"
        "请用安装脚本重新安装工作台（它会选择安全的版本），或运行：pip install \"PySide6-Essentials<6.12\"",
    "Name": "名称",
    "Kind": "类型",
    "Pages": "页数",
    "Text": "文本",
    "Image": "图像",
    "&Import Files…": "导入文件(&I)…",
    "Import &Folder…": "导入文件夹(&D)…",
    "&Export JSON…": "导出 JSON(&E)…",
    "&Quit": "退出(&Q)",
    "&File": "文件(&F)",
    "Previous Page": "上一页",
    "Next Page": "下一页",
    "Zoom In": "放大",
    "Zoom Out": "缩小",
    "Fit Width": "适合宽度",
    "&View": "视图(&V)",
    "&Help": "帮助(&H)",
    "Main": "主工具栏",
    "Page ": "页码 ",
    "Cancel": "取消",
    "{0} sources, {1} documents": "{0} 个来源文件，{1} 篇公文",
    "Cancelling…": "正在取消…",
    "Importing {0}": "正在导入 {0}",
    "Imported {0} new, {1} updated, {2} failed": "导入完成：新增 {0}，更新 {1}，失败 {2}",
    "Import cancelled.": "导入已取消。",
    "Import": "导入",
    "Import Files": "导入文件",
    "Import Folder": "导入文件夹",
    "Export JSON": "导出 JSON",

    "Unexpected error: {0}": "意外错误：{0}",
    "{0} ({1} documents)": "{0}年（{1} 篇）",
    "Year unknown ({0} documents)": "年份不详（{0} 篇）",
    "{0} documents match": "{0} 篇公文符合",
    "{0} documents": "共 {0} 篇公文",
    "+{0} more": "另有 {0} 项",
    "{0}: {1}": "{0}：{1}",
    "Reading the library": "正在读取文库",
    "Opening {0}": "正在打开 {0}",
    "Importing": "正在导入",
    "Exporting": "正在导出",
    "Unexpected error: {0}\nDetails are in the log: {1}": "意外错误：{0}\n详细信息见日志：{1}",
    "Type": "类型",
    # proofreading
    "Proof": "校对", "&Proofread": "校对(&P)", "Run Proofreading": "校对", "Proofread This Source": "校对本期",
    "Next Finding": "下一个问题", "Previous Finding": "上一个问题", "Export Proof Sheet…": "导出校对单…",
    "Export Proof Sheet": "导出校对单", "All categories": "全部类别", "Open": "未处理", "All statuses": "全部状态",
    "Fixed": "已更正", "Ignored": "已忽略", "Problem": "问题", "Original": "原文", "Suggestion": "建议", "Where": "位置",
    "(no document)": "（不属于任何公文）", "p. {0}": "第{0}页", "line {0}": "第{0}行", "Open: {0}": "未处理：{0}",
    "No findings. Press Proofread (F7) to check this source.": "没有校对问题。按“校对”（F7）检查本期。",
    "No open findings.": "没有未处理的校对问题。",
    "The text has changed since the rules ran; checking again.": "校对后文字已有改动，正在重新校对。",
    "Accept suggestion: {0} → {1}": "采纳建议：{0} → {1}", "Correct text": "修改文字", "Ignore finding": "忽略此问题",
    "Reason:": "理由：", "As in the original": "原文如此", "Mark finding fixed": "标为已更正",
    "Proof sheet — {0}": "校对单 — {0}", "Proof sheet: {0} findings to {1}": "校对单：{0} 条，已存为 {1}",
    "This document still has {0} open errors. Mark it proofread anyway?": "本篇还有 {0} 处未处理的错误。仍标为“已校对”吗？",
    "{0} · {1} open": "{0} · {1} 处待查",
    "Document number form": "文号格式", "Punctuation": "标点", "Unpaired marks": "标点配对",
    "Repeated characters": "重复字词", "Dates": "日期", "Heading numbers": "标题序号", "Table of contents": "目录",
    "Document elements": "公文要素", "Numbers": "数字", "Wording": "用词", "OCR doubts": "识别存疑",
    "Errors": "错误", "Warnings": "警告", "Notes": "提示",
    # tagging
    "Topic class": "主题分类", "Tags, separated by 、": "标签，用“、”分隔", "Tags": "标签", "(none)": "（未分类）",
    "learned": "按以往分类", "suggested": "建议", "topic class": "主题分类", "tags": "标签",
    "Suggesting topics": "正在建议主题分类", "Tag Documents": "给公文加标签", "(leave as it is)": "（保持不变）",
    "{0} documents selected": "已选 {0} 篇公文", "Add tags": "添加标签", "Tag {0} documents": "给 {0} 篇公文加标签",
    "Tag Selected Documents…": "给所选公文加标签…", "Class or tag": "主题分类或标签", "Documents": "公文数",
    "Topic classes": "主题分类", "Not classified": "未分类", "Suggested: {0} ({1}) — Ctrl+Shift+A": "建议：{0}（{1}）— Ctrl+Shift+A 采纳",
    # search
    "Library": "文库", "Search": "检索", "Search Everything…": "全文检索…", "Searching": "正在检索",
    "Search titles, text, document numbers, issuers, tags… (Ctrl+K)": "检索标题、正文、文号、发文机关、标签…（Ctrl+K）",
    "As written": "按原文（字词相连、次序一致）", "Any of the parts": "任一段出现即可", "Words in any order": "分词检索，不论次序",
    "Match": "匹配", "Year": "年度", "Issue No.": "期号", "Tag": "标签", "(any)": "（全部）",
    "{0} documents found": "找到 {0} 篇", "{0} documents found, the first {1} listed": "找到 {0} 篇，列出前 {1} 篇",
    "This document is no longer in the store.": "这篇公文已不在库中。", "Filters": "筛选", "Filters ({0})": "筛选（{0}）",
    # export and the annual archive
    "&Export…": "导出(&E)…", "Annual &Archive…": "年度归档(&A)…", "Export": "导出", "Format": "格式",
    "This document: {0}": "当前公文：{0}", "Its issue: {0}": "所在的一期：{0}",
    "The {0} documents selected in the library": "文库中所选的 {0} 篇公文", "Everything in the store (JSON)": "库中全部内容（JSON）",
    "Word (GB/T 9704 layout)": "Word（按 GB/T 9704 版式）", "Tables as Excel (XLSX)": "表格（Excel XLSX）",
    "Tables as CSV": "表格（CSV）", "Show Folder": "打开所在文件夹", "Exported {0} to {1}": "已导出 {0} 项到 {1}",
    "No document in the store has a date signed.": "库中没有带成文日期的公文。",
    "Archive package of {0}: {1} documents, {2} pages in {3}": "{0} 年度归档包：{1} 件，{2} 页，位于 {3}",
    "Building the {0} archive": "正在编制 {0} 年度归档包", "Annual Archive": "年度归档",
    "(the most frequent issuer of the year)": "（默认：当年最常见的发文机关）", "Choose…": "选择…",
    "Build Package": "编制归档包", "Fonds code (全宗号)": "全宗号", "Fonds name (全宗名称)": "全宗名称",
    "Retention (保管期限)": "保管期限", "Organisation code (机构代码)": "机构代码", "Package folder": "归档包文件夹",
    "Where to put the package": "归档包放在哪里", "{0}: no document was found in it": "{0}：未识别到公文",
    "About Bulletin Workbench": "关于公报工作台",
    "The third-party list (THIRD_PARTY.md) is missing from this install.": "本安装缺少第三方组件清单（THIRD_PARTY.md）。",
    "Released under the GNU Affero General Public License, version 3 or later (AGPL-3.0-or-later); the licence text is in {0}.":
        "依据 GNU Affero 通用公共许可证第 3 版或更新版本（AGPL-3.0-or-later）发布；许可证全文见 {0}。",
    "Store: {0}": "数据库：{0}", "Log: {0}": "日志：{0}", "Unexpected error": "意外错误",
    "The workbench met an error it did not expect: {0}\n\nYour saved work is safe: every change is written to the store when it is made. The details are in the log:\n{1}":
        "公报工作台遇到意外错误：{0}\n\n已保存的工作不受影响：每处改动在做出时即已写入数据库。详细信息已写入日志：\n{1}",
}


def fill(path: Path) -> list[str]:
    """Fill ``path`` in place; return the sources still untranslated."""
    tree = ET.parse(path)
    left = []
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation.get("type") == "obsolete":
            continue
        if translation.get("type") == "unfinished" or not (translation.text or "").strip():
            source = message.find("source").text
            if source in ZH_CN:
                translation.text = ZH_CN[source]
                translation.attrib.pop("type", None)
            else:
                left.append(source)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return left


if __name__ == "__main__":
    missing = fill(Path(sys.argv[1]))
    print("\n".join(missing) or "every string translated")
