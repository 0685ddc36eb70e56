<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs/about.py" line="25" />
        <source>About Bulletin Workbench</source>
        <translation>关于公报工作台</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="35" />
        <source>The third-party list (THIRD_PARTY.md) is missing from this install.</source>
        <translation>本安装缺少第三方组件清单（THIRD_PARTY.md）。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="42" />
        <source>Bulletin Workbench</source>
        <translation>公报工作台</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="45" />
        <source>Released under the GNU Affero General Public License, version 3 or later (AGPL-3.0-or-later); the licence text is in {0}.</source>
        <translation>依据 GNU Affero 通用公共许可证第 3 版或更新版本（AGPL-3.0-or-later）发布；许可证全文见 {0}。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="47" />
        <source>Store: {0}</source>
        <translation>数据库：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="48" />
        <source>Log: {0}</source>
        <translation>日志：{0}</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <location filename="../../ui/dialogs/archive_dialog.py" line="43" />
        <source>Before archiving</source>
        <translation>归档前检查</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/archive_dialog.py" line="43" />
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/archive_dialog.py" line="43" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/archive_dialog.py" line="44" />
        <source>Detail</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/archive_dialog.py" line="49" />
        <location filename="../../ui/dialogs/archive_dialog.py" line="149" />
        <source>Annual Archive</source>
        <translation>年度归档</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/archive_dialog.py" line="56" />
        <source>(the most frequent issuer of the year)</source>
        <translation>（默认：当年最常见的发文机关）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/archive_dialog.py" line="61" />
        <source>Transfer layout (电子档案/年度/…, 文件目录.xml, 说明文件.txt)</source>
        <translation>按移交结构（电子档案/年度/…、文件目录.xml、说明文件.txt）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/archive_dialog.py" line="64" />
        <source>Include the whole store</source>
        <translation>包含整个数据库</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/archive_dialog.py" line="66" />
        <source>Without it, the package's database holds only this year's sources, their documents, corrections and tags.</source>
        <translation>不勾选时，归档包中的数据库只含本年度的来源及其公文、人工更正和标签。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/archive_dialog.py" line="69" />
        <source>The whole store adds every other year's documents, the proofreading findings, the revision log (who changed what) and the paths the files were imported from on this computer. Hand it over only where all of that may go.</source>
        <translation>整个数据库还会带上其他年份的公文、校对记录、修订记录（谁改了什么）以及原文件在本机的路径。只在这些内容都可以移交时才勾选。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/archive_dialog.py" line="79" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/archive_dialog.py" line="90" />
        <source>Build Package</source>
        <translation>编制归档包</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/archive_dialog.py" line="95" />
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/archive_dialog.py" line="96" />
        <source>Fonds code (全宗号)</source>
        <translation>全宗号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/archive_dialog.py" line="97" />
        <source>Fonds name (全宗名称)</source>
        <translation>全宗名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/archive_dialog.py" line="98" />
        <source>Retention (保管期限)</source>
        <translation>保管期限</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/archive_dialog.py" line="99" />
        <source>Organisation code (机构代码)</source>
        <translation>机构代码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/archive_dialog.py" line="100" />
        <source>Package folder</source>
        <translation>归档包文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/archive_dialog.py" line="115" />
        <source>Where to put the package</source>
        <translation>归档包放在哪里</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/archive_dialog.py" line="137" />
        <source>Double-click to open the document</source>
        <translation>双击打开该公文</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/archive_dialog.py" line="139" />
        <source>Nothing to look at: the year is ready.</source>
        <translation>没有问题，本年度可以归档。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/archive_dialog.py" line="150" />
        <source>The check lists {0} problems (documents left out, misfiled or held twice, open errors). Build the package anyway?</source>
        <translation>检查发现 {0} 个问题（漏归、错归或重复的公文，未处理的校对错误）。仍要生成归档包吗？</translation>
    </message>
</context>
<context>
    <name>Contents</name>
    <message>
        <location filename="../../ui/panes/library.py" line="246" />
        <source>The contents list {0} documents; no document was found for {1}:</source>
        <translation>目录列出{0}篇，其中{1}篇未找到对应公文：</translation>
    </message>
</context>
<context>
    <name>DocumentForm</name>
    <message>
        <location filename="../../ui/panes/document_form.py" line="49" />
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../ui/panes/document_form.py" line="49" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/panes/document_form.py" line="49" />
        <source>Issuer</source>
        <translation>发文机关</translation>
    </message>
    <message>
        <location filename="../../ui/panes/document_form.py" line="50" />
        <source>Document type</source>
        <translation>文种</translation>
    </message>
    <message>
        <location filename="../../ui/panes/document_form.py" line="50" />
        <source>Recipients</source>
        <translation>主送机关</translation>
    </message>
    <message>
        <location filename="../../ui/panes/document_form.py" line="51" />
        <source>Signatory</source>
        <translation>署名</translation>
    </message>
    <message>
        <location filename="../../ui/panes/document_form.py" line="51" />
        <source>Date signed</source>
        <translation>成文日期</translation>
    </message>
    <message>
        <location filename="../../ui/panes/document_form.py" line="68" />
        <source>Proofreading status</source>
        <translation>校对状态</translation>
    </message>
    <message>
        <location filename="../../ui/panes/document_form.py" line="74" />
        <source>Topic class</source>
        <translation>主题分类</translation>
    </message>
    <message>
        <location filename="../../ui/panes/document_form.py" line="82" />
        <source>Tags, separated by 、</source>
        <translation>标签，用“、”分隔</translation>
    </message>
    <message>
        <location filename="../../ui/panes/document_form.py" line="88" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/panes/document_form.py" line="90" />
        <source>Secrecy (密级)</source>
        <translation>密级</translation>
    </message>
    <message>
        <location filename="../../ui/panes/document_form.py" line="91" />
        <source>Retention (保管期限)</source>
        <translation>保管期限</translation>
    </message>
    <message>
        <location filename="../../ui/panes/document_form.py" line="94" />
        <source>(as the archive package says)</source>
        <translation>（按归档包设定）</translation>
    </message>
    <message>
        <location filename="../../ui/panes/document_form.py" line="116" />
        <source>Corrected by hand</source>
        <translation>已人工校正</translation>
    </message>
    <message>
        <location filename="../../ui/panes/document_form.py" line="152" />
        <source>Suggested: {0} ({1}) — Ctrl+Shift+A</source>
        <translation>建议：{0}（{1}）— Ctrl+Shift+A 采纳</translation>
    </message>
    <message>
        <location filename="../../ui/panes/document_form.py" line="94" />
        <location filename="../../ui/panes/document_form.py" line="157" />
        <source>(none)</source>
        <translation>（未分类）</translation>
    </message>
    <message>
        <location filename="../../ui/panes/document_form.py" line="159" />
        <source>learned</source>
        <translation>按以往分类</translation>
    </message>
    <message>
        <location filename="../../ui/panes/document_form.py" line="159" />
        <source>suggested</source>
        <translation>建议</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <location filename="../../ui/controllers/editing.py" line="53" />
        <source>Bulletin Workbench</source>
        <translation>公报工作台</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/editing.py" line="63" />
        <source>topic class</source>
        <translation>主题分类</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/editing.py" line="63" />
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/editing.py" line="63" />
        <source>secrecy</source>
        <translation>密级</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/editing.py" line="64" />
        <source>proofreading status</source>
        <translation>校对状态</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/editing.py" line="64" />
        <source>retention</source>
        <translation>保管期限</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/editing.py" line="67" />
        <source>Edit {0}</source>
        <translation>修改{0}</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/editing.py" line="75" />
        <source>Proof</source>
        <translation>校对</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/editing.py" line="76" />
        <source>This document still has {0} open errors. Mark it proofread anyway?</source>
        <translation>本篇还有 {0} 处未处理的错误。仍标为“已校对”吗？</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/editing.py" line="86" />
        <source>Mark element</source>
        <translation>修改要素类型</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/editing.py" line="95" />
        <source>Split document</source>
        <translation>拆分公文</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/editing.py" line="102" />
        <source>Join documents</source>
        <translation>合并公文</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/editing.py" line="119" />
        <source>Re-extract table</source>
        <translation>重新提取表格</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="32" />
        <location filename="../../ui/dialogs/export_dialog.py" line="60" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="38" />
        <source>This document: {0}</source>
        <translation>当前公文：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="39" />
        <source>Its issue: {0}</source>
        <translation>所在的一期：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="40" />
        <source>The {0} documents selected in the library</source>
        <translation>文库中所选的 {0} 篇公文</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="41" />
        <source>Everything in the store (JSON)</source>
        <translation>库中全部内容（JSON）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="61" />
        <source>Format</source>
        <translation>格式</translation>
    </message>
</context>
<context>
    <name>Exporting</name>
    <message>
        <location filename="../../ui/controllers/exporting.py" line="30" />
        <source>Show Folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/exporting.py" line="53" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/exporting.py" line="72" />
        <source>Exported {0} to {1}</source>
        <translation>已导出 {0} 项到 {1}</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/exporting.py" line="72" />
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/exporting.py" line="89" />
        <source>No document in the store has a date signed.</source>
        <translation>库中没有带成文日期的公文。</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/exporting.py" line="93" />
        <source>Checking the year</source>
        <translation>归档前检查</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/exporting.py" line="112" />
        <source>四性检测 passed</source>
        <translation>四性检测通过</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/exporting.py" line="112" />
        <source>四性检测: {0} failed (see 四性检测报告.html)</source>
        <translation>四性检测 {0} 项不通过（见四性检测报告.html）</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/exporting.py" line="113" />
        <source>Archive package of {0}: {1} documents, {2} pages in {3}</source>
        <translation>{0} 年度归档包：{1} 件，{2} 页，位于 {3}</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/exporting.py" line="116" />
        <source>Building the {0} archive</source>
        <translation>正在编制 {0} 年度归档包</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/exporting.py" line="122" />
        <source>Archive package to check</source>
        <translation>选择要检测的归档包</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/exporting.py" line="126" />
        <source>{0} is not an archive package (it has no bag-info.txt)</source>
        <translation>{0} 不是归档包（没有 bag-info.txt）</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/exporting.py" line="129" />
        <source>Save the 四性检测 report</source>
        <translation>保存四性检测报告</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/exporting.py" line="130" />
        <source>Web page (*.html);;Excel (*.xlsx);;JSON (*.json)</source>
        <translation>网页 (*.html);;Excel (*.xlsx);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/exporting.py" line="136" />
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/exporting.py" line="136" />
        <source>{0} failed</source>
        <translation>{0} 项不通过</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/exporting.py" line="137" />
        <source>四性检测 of {0}: {1}; report in {2}</source>
        <translation>{0} 四性检测：{1}；报告：{2}</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/exporting.py" line="140" />
        <source>Checking {0}</source>
        <translation>正在检测 {0}</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../ui/dialogs/file_dialogs.py" line="27" />
        <source>Import Files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/file_dialogs.py" line="32" />
        <source>Import Folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/file_dialogs.py" line="39" />
        <source>Open Store</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/file_dialogs.py" line="40" />
        <source>Workbench store (*.db)</source>
        <translation>工作台数据库 (*.db)</translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message>
        <location filename="../../ui/controllers/importing.py" line="29" />
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/importing.py" line="37" />
        <source>Folder of back issues to import</source>
        <translation>选择要导入的历年公报文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/importing.py" line="43" />
        <source>Import on a Cluster</source>
        <translation>在集群上导入</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/importing.py" line="44" />
        <source>The cluster's scheduler (started with: workbench scheduler):</source>
        <translation>集群调度器地址（用 workbench scheduler 启动）：</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/importing.py" line="50" />
        <source>Importing on the cluster</source>
        <translation>正在集群上导入</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/importing.py" line="58" />
        <source>Imported {0} new, {1} updated, {2} failed</source>
        <translation>导入完成：新增 {0}，更新 {1}，失败 {2}</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/importing.py" line="63" />
        <source>Import cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/importing.py" line="64" />
        <source>{0}: no document was found in it</source>
        <translation>{0}：未识别到公文</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/importing.py" line="71" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="12" />
        <source>Not proofread</source>
        <translation>未校对</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="13" />
        <source>Proofreading</source>
        <translation>校对中</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="14" />
        <source>Proofread</source>
        <translation>已校对</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25" />
        <source>Paragraph</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26" />
        <source>Heading</source>
        <translation>层次标题</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28" />
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29" />
        <source>Issuer</source>
        <translation>发文机关</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30" />
        <source>Issuer mark</source>
        <translation>版头</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31" />
        <source>Recipients</source>
        <translation>主送机关</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32" />
        <source>Signatory</source>
        <translation>署名</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34" />
        <source>Attachment note</source>
        <translation>附件说明</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35" />
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36" />
        <source>Enclosed title</source>
        <translation>所印发文件标题</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37" />
        <source>Publication note</source>
        <translation>公开属性</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38" />
        <source>Copied to</source>
        <translation>抄送</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39" />
        <source>Printed by</source>
        <translation>印发</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40" />
        <source>Appointment</source>
        <translation>任免</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41" />
        <source>Chapter</source>
        <translation>章</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42" />
        <source>Section</source>
        <translation>节</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43" />
        <source>Article</source>
        <translation>条</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44" />
        <source>Metadata</source>
        <translation>元数据</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50" />
        <source>Word (GB/T 9704 layout)</source>
        <translation>Word（按 GB/T 9704 版式）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51" />
        <source>Web page (HTML)</source>
        <translation>网页（HTML）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52" />
        <source>Plain text with marks (Markdown)</source>
        <translation>带标记的文本（Markdown）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53" />
        <source>Plain text (TXT)</source>
        <translation>纯文本（TXT）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54" />
        <source>Tables as Excel (XLSX)</source>
        <translation>表格（Excel XLSX）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55" />
        <source>Tables as CSV</source>
        <translation>表格（CSV）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56" />
        <source>Everything as data (JSON)</source>
        <translation>全部内容数据（JSON）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62" />
        <source>Document number form</source>
        <translation>文号格式</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63" />
        <source>Punctuation</source>
        <translation>标点</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64" />
        <source>Unpaired marks</source>
        <translation>标点配对</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="65" />
        <source>Repeated characters</source>
        <translation>重复字词</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66" />
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67" />
        <source>Heading numbers</source>
        <translation>标题序号</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68" />
        <source>Table of contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69" />
        <source>Document elements</source>
        <translation>公文要素</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70" />
        <source>Numbers</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71" />
        <source>Wording</source>
        <translation>用词</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72" />
        <source>OCR doubts</source>
        <translation>识别存疑</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73" />
        <source>Placeholders left in</source>
        <translation>占位内容</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="74" />
        <source>Personal data</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="75" />
        <source>Administrative divisions</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76" />
        <source>的/地/得</source>
        <translation>的地得</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="77" />
        <source>Redundant wording</source>
        <translation>语义重复</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78" />
        <source>Repeated sentences</source>
        <translation>句子重复</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79" />
        <source>Full-width digits and letters</source>
        <translation>全角数字字母</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="80" />
        <source>Traditional characters</source>
        <translation>繁体字</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="81" />
        <source>Names written two ways</source>
        <translation>人名不一致</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="82" />
        <source>Citations</source>
        <translation>引文</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83" />
        <source>Variant word forms</source>
        <translation>异形词</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84" />
        <source>Possible wrong characters</source>
        <translation>疑似错别字</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="90" />
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="91" />
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="92" />
        <source>Notes</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="97" />
        <source>Open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="98" />
        <source>Fixed</source>
        <translation>已更正</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="99" />
        <source>Ignored</source>
        <translation>已忽略</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../ui/panes/library.py" line="56" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/panes/library.py" line="56" />
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <location filename="../../ui/panes/library.py" line="56" />
        <source>Status</source>
        <translation>校对状态</translation>
    </message>
    <message>
        <location filename="../../ui/panes/library.py" line="56" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/panes/library.py" line="56" />
        <source>From page</source>
        <translation>起始页</translation>
    </message>
    <message>
        <location filename="../../ui/panes/library.py" line="128" />
        <location filename="../../ui/panes/library.py" line="225" />
        <source>{0} No. {1}</source>
        <translation>{0}年第{1}期</translation>
    </message>
    <message>
        <location filename="../../ui/panes/library.py" line="219" />
        <source>{0} ({1} documents)</source>
        <translation>{0}年（{1} 篇）</translation>
    </message>
    <message>
        <location filename="../../ui/panes/library.py" line="220" />
        <source>Year unknown ({0} documents)</source>
        <translation>年份不详（{0} 篇）</translation>
    </message>
    <message>
        <location filename="../../ui/panes/library.py" line="227" />
        <source>Contents: {0} not found</source>
        <translation>目录缺{0}篇</translation>
    </message>
    <message>
        <location filename="../../ui/panes/library.py" line="231" />
        <source>(untitled document)</source>
        <translation>（无标题公文）</translation>
    </message>
    <message>
        <location filename="../../ui/panes/library.py" line="238" />
        <source>{0} · {1} open</source>
        <translation>{0} · {1} 处待查</translation>
    </message>
    <message>
        <location filename="../../ui/panes/library.py" line="239" />
        <source> · held twice</source>
        <translation> · 重复收录</translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <location filename="../../ui/panes/library.py" line="265" />
        <source>Filter: year, issue, issuer, type, tag, title…</source>
        <translation>筛选：年份、期号、发文机关、文种、标签、标题…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/library.py" line="328" />
        <source>{0} documents match</source>
        <translation>{0} 篇公文符合</translation>
    </message>
    <message>
        <location filename="../../ui/panes/library.py" line="329" />
        <source>{0} documents</source>
        <translation>共 {0} 篇公文</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="54" />
        <location filename="../../ui/main_window.py" line="61" />
        <source>Bulletin Workbench</source>
        <translation>公报工作台</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105" />
        <source>Structure</source>
        <translation>结构</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106" />
        <source>Page Text</source>
        <translation>页面文字</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141" />
        <source>Reading the library</source>
        <translation>正在读取文库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108" />
        <source>Proof</source>
        <translation>校对</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113" />
        <source>Library</source>
        <translation>文库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114" />
        <source>Search</source>
        <translation>检索</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../ui/operations.py" line="81" />
        <source>Unexpected error: {0}
Details are in the log: {1}</source>
        <translation>意外错误：{0}
详细信息见日志：{1}</translation>
    </message>
</context>
<context>
    <name>OperationStatus</name>
    <message>
        <location filename="../../ui/status.py" line="26" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="51" />
        <source>+{0} more</source>
        <translation>另有 {0} 项</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="65" />
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <location filename="../../ui/status.py" line="72" />
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <location filename="../../ui/panes/page_view.py" line="124" />
        <source>OCR is unsure of “{0}” ({1:.0%})</source>
        <translation>识别不确定的字：“{0}”（置信度 {1:.0%}）</translation>
    </message>
</context>
<context>
    <name>ProofPane</name>
    <message>
        <location filename="../../ui/panes/proof_pane.py" line="54" />
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../ui/panes/proof_pane.py" line="59" />
        <source>Open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <location filename="../../ui/panes/proof_pane.py" line="60" />
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/panes/proof_pane.py" line="74" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/panes/proof_pane.py" line="50" />
        <source>Run Proofreading</source>
        <translation>校对</translation>
    </message>
    <message>
        <location filename="../../ui/panes/proof_pane.py" line="74" />
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../ui/panes/proof_pane.py" line="75" />
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../ui/panes/proof_pane.py" line="74" />
        <source>Original</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../ui/panes/proof_pane.py" line="74" />
        <source>Status</source>
        <translation>校对状态</translation>
    </message>
    <message>
        <location filename="../../ui/panes/proof_pane.py" line="89" />
        <source>Accept Suggestion</source>
        <translation>采纳建议</translation>
    </message>
    <message>
        <location filename="../../ui/panes/proof_pane.py" line="90" />
        <source>Correct Text…</source>
        <translation>手工更正文字…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/proof_pane.py" line="92" />
        <source>Ignore Finding…</source>
        <translation>忽略此问题…</translation>
    </message>
    <message>
        <location filename="../../ui/panes/proof_pane.py" line="93" />
        <source>Never Flag This Word Again</source>
        <translation>不再提示此词</translation>
    </message>
    <message>
        <location filename="../../ui/panes/proof_pane.py" line="131" />
        <source>(no document)</source>
        <translation>（不属于任何公文）</translation>
    </message>
    <message>
        <location filename="../../ui/panes/proof_pane.py" line="140" />
        <source>p. {0}</source>
        <translation>第{0}页</translation>
    </message>
    <message>
        <location filename="../../ui/panes/proof_pane.py" line="141" />
        <source>line {0}</source>
        <translation>第{0}行</translation>
    </message>
    <message>
        <location filename="../../ui/panes/proof_pane.py" line="149" />
        <source>{0} (alike: {1})</source>
        <translation>{0}（同类 {1} 处）</translation>
    </message>
    <message>
        <location filename="../../ui/panes/proof_pane.py" line="166" />
        <source>Open: {0}</source>
        <translation>未处理：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/panes/proof_pane.py" line="167" />
        <source>No findings. Press Proofread (F7) to check this source.</source>
        <translation>没有校对问题。按“校对”（F7）检查本期。</translation>
    </message>
</context>
<context>
    <name>Proofreading</name>
    <message>
        <location filename="../../ui/controllers/proofreading.py" line="59" />
        <source>Proofreading</source>
        <translation>校对中</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/proofreading.py" line="81" />
        <source>No open findings.</source>
        <translation>没有未处理的校对问题。</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/proofreading.py" line="106" />
        <source>The text has changed since the rules ran; checking again.</source>
        <translation>校对后文字已有改动，正在重新校对。</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/proofreading.py" line="114" />
        <source>Accept suggestion: {0} → {1}</source>
        <translation>采纳建议：{0} → {1}</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/proofreading.py" line="115" />
        <source> ({0} alike)</source>
        <translation>（同类 {0} 处）</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/proofreading.py" line="129" />
        <location filename="../../ui/controllers/proofreading.py" line="209" />
        <source>Correct text</source>
        <translation>修改文字</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/proofreading.py" line="138" />
        <location filename="../../ui/controllers/proofreading.py" line="142" />
        <location filename="../../ui/controllers/proofreading.py" line="220" />
        <source>Ignore finding</source>
        <translation>忽略此问题</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/proofreading.py" line="138" />
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/proofreading.py" line="139" />
        <source>As in the original</source>
        <translation>原文如此</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/proofreading.py" line="153" />
        <source>Proof</source>
        <translation>校对</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/proofreading.py" line="154" />
        <source>Never flag “{0}” ({1}) again, in any document of this store?</source>
        <translation>在本库所有公文中不再提示“{0}”（{1}）吗？</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/proofreading.py" line="170" />
        <source>Export Proof Sheet</source>
        <translation>导出校对单</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/proofreading.py" line="177" />
        <source>Proof sheet — {0}</source>
        <translation>校对单 — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/proofreading.py" line="182" />
        <source>Proof sheet: {0} findings to {1}</source>
        <translation>校对单：{0} 条，已存为 {1}</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/proofreading.py" line="183" />
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/proofreading.py" line="220" />
        <source>Mark finding fixed</source>
        <translation>标为已更正</translation>
    </message>
</context>
<context>
    <name>QtCheck</name>
    <message>
        <location filename="../../ui/qt_check.py" line="52" />
        <source>Bulletin Workbench</source>
        <translation>公报工作台</translation>
    </message>
    <message>
        <location filename="../../ui/qt_check.py" line="53" />
        <source>This Qt build (PySide6 {0} on Python {1}) is known to crash after a while of work. Please reinstall the workbench with its set-up script (it chooses a safe version), or run: pip install "PySide6-Essentials&lt;6.12"</source>
        <translation>当前的 Qt 组件（Python {1} 上的 PySide6 {0}）已知会在工作一段时间后崩溃，已做的修改可能丢失。请用安装脚本重新安装工作台（它会选择安全的版本），或运行：pip install "PySide6-Essentials&lt;6.12"</translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="75" />
        <source>Search titles, text, document numbers, issuers, tags… (Ctrl+K)</source>
        <translation>检索标题、正文、文号、发文机关、标签…（Ctrl+K）</translation>
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="85" />
        <source>As written</source>
        <translation>按原文（字词相连、次序一致）</translation>
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="85" />
        <source>Any of the parts</source>
        <translation>任一段出现即可</translation>
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="86" />
        <source>Words in any order</source>
        <translation>分词检索，不论次序</translation>
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="93" />
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="93" />
        <source>Issue No.</source>
        <translation>期号</translation>
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="94" />
        <source>Document type</source>
        <translation>文种</translation>
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="95" />
        <source>Status</source>
        <translation>校对状态</translation>
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="93" />
        <source>Issuer</source>
        <translation>发文机关</translation>
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="94" />
        <source>Topic class</source>
        <translation>主题分类</translation>
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="94" />
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="101" />
        <source>(any)</source>
        <translation>（全部）</translation>
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="202" />
        <source>Filters ({0})</source>
        <translation>筛选（{0}）</translation>
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="202" />
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="222" />
        <source>{0} documents found, the first {1} listed</source>
        <translation>找到 {0} 篇，列出前 {1} 篇</translation>
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="224" />
        <source>{0} documents found</source>
        <translation>找到 {0} 篇</translation>
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="240" />
        <source>{0} No. {1}</source>
        <translation>{0}年第{1}期</translation>
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="241" />
        <source>(untitled document)</source>
        <translation>（无标题文件）</translation>
    </message>
</context>
<context>
    <name>Searching</name>
    <message>
        <location filename="../../ui/controllers/searching.py" line="46" />
        <source>Searching</source>
        <translation>正在检索</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/searching.py" line="60" />
        <source>This document is no longer in the store.</source>
        <translation>这篇公文已不在库中。</translation>
    </message>
</context>
<context>
    <name>ShortcutsPanel</name>
    <message>
        <location filename="../../ui/dialogs/shortcuts.py" line="32" />
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts.py" line="35" />
        <source>Find a shortcut…</source>
        <translation>查找快捷键…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts.py" line="37" />
        <source>table editor</source>
        <translation>表格编辑器</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts.py" line="39" />
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts.py" line="39" />
        <source>Does</source>
        <translation>作用</translation>
    </message>
</context>
<context>
    <name>Showing</name>
    <message>
        <location filename="../../ui/controllers/showing.py" line="39" />
        <source>Opening {0}</source>
        <translation>正在打开 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/showing.py" line="113" />
        <source>{0} characters OCR was unsure of on this page</source>
        <translation>本页有 {0} 个识别不确定的字（红色标出）</translation>
    </message>
</context>
<context>
    <name>SourcePane</name>
    <message>
        <location filename="../../ui/panes/source_pane.py" line="57" />
        <source>the signed content is unchanged</source>
        <translation>签名所保护的内容未被改动</translation>
    </message>
    <message>
        <location filename="../../ui/panes/source_pane.py" line="57" />
        <source>the signed content has changed</source>
        <translation>签名所保护的内容已被改动</translation>
    </message>
    <message>
        <location filename="../../ui/panes/source_pane.py" line="58" />
        <source>no digest recorded to check</source>
        <translation>未记录可核验的摘要</translation>
    </message>
    <message>
        <location filename="../../ui/panes/source_pane.py" line="59" />
        <source>Seal or signature by {0}: {1}</source>
        <translation>电子印章或签名（{0}）：{1}</translation>
    </message>
</context>
<context>
    <name>StoreWatch</name>
    <message>
        <location filename="../../ui/store_watch.py" line="54" />
        <source>The store was changed by another program; shown again.</source>
        <translation>数据库已被其他程序修改，已重新载入。</translation>
    </message>
</context>
<context>
    <name>StructureModel</name>
    <message>
        <location filename="../../ui/panes/structure.py" line="39" />
        <source>Structure</source>
        <translation>结构</translation>
    </message>
    <message>
        <location filename="../../ui/panes/structure.py" line="51" />
        <source>Issue {0} (No. {1}, total {2})</source>
        <translation>{0}年第{1}期（总第{2}期）</translation>
    </message>
    <message>
        <location filename="../../ui/panes/structure.py" line="58" />
        <source>(untitled document)</source>
        <translation>（无标题文件）</translation>
    </message>
    <message>
        <location filename="../../ui/panes/structure.py" line="73" />
        <location filename="../../ui/panes/structure.py" line="94" />
        <source>Table {0}: {1} × {2}</source>
        <translation>表格{0}：{1}行×{2}列</translation>
    </message>
    <message>
        <location filename="../../ui/panes/structure.py" line="83" />
        <source>Outside any document ({0} lines, {1} tables)</source>
        <translation>未归入公文的内容（{0}行，{1}个表格）</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <location filename="../../ui/dialogs/table_editor.py" line="185" />
        <source>Merge Cells</source>
        <translation>合并单元格</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/table_editor.py" line="186" />
        <source>Split Cell</source>
        <translation>拆分单元格</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/table_editor.py" line="188" />
        <source>Insert Row</source>
        <translation>插入行</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/table_editor.py" line="188" />
        <source>Insert row</source>
        <translation>插入行</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/table_editor.py" line="189" />
        <source>Delete Row</source>
        <translation>删除行</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/table_editor.py" line="189" />
        <source>Delete row</source>
        <translation>删除行</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/table_editor.py" line="190" />
        <source>Insert Column</source>
        <translation>插入列</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/table_editor.py" line="190" />
        <source>Insert column</source>
        <translation>插入列</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/table_editor.py" line="191" />
        <source>Delete Column</source>
        <translation>删除列</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/table_editor.py" line="191" />
        <source>Delete column</source>
        <translation>删除列</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/table_editor.py" line="193" />
        <source>Join With Next Table</source>
        <translation>与下一表格合并</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/table_editor.py" line="194" />
        <source>Split Table Here</source>
        <translation>从此行拆分表格</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/table_editor.py" line="196" />
        <source>Copy as TSV</source>
        <translation>复制为制表符文本</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/table_editor.py" line="197" />
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/table_editor.py" line="198" />
        <source>Export XLSX…</source>
        <translation>导出 XLSX…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/table_editor.py" line="199" />
        <source>Add Row Separator</source>
        <translation>添加行分隔线</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/table_editor.py" line="200" />
        <source>Add Column Separator</source>
        <translation>添加列分隔线</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/table_editor.py" line="201" />
        <source>Remove Separator</source>
        <translation>删除分隔线</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/table_editor.py" line="202" />
        <location filename="../../ui/dialogs/table_editor.py" line="346" />
        <source>Re-extract</source>
        <translation>重新提取</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/table_editor.py" line="222" />
        <source>Table {0} — {1}</source>
        <translation>表格{0} — {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/table_editor.py" line="242" />
        <source>Part {0}: page {1}</source>
        <translation>第{0}部分：第{1}页</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/table_editor.py" line="251" />
        <source>Read from alignment: please check.</source>
        <translation>依据文字对齐推断，请核对。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/table_editor.py" line="252" />
        <source>Read from flattened text: please check every cell.</source>
        <translation>从打散的文字中还原，请逐格核对。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/table_editor.py" line="253" />
        <source>{0} rows × {1} columns</source>
        <translation>{0}行×{1}列</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/table_editor.py" line="293" />
        <source>Edit cell {0},{1}</source>
        <translation>修改单元格（{0}，{1}）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/table_editor.py" line="303" />
        <source>Merge cells</source>
        <translation>合并单元格</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/table_editor.py" line="308" />
        <source>Split cell</source>
        <translation>拆分单元格</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/table_editor.py" line="318" />
        <source>Join tables</source>
        <translation>合并表格</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/table_editor.py" line="326" />
        <source>Split table</source>
        <translation>拆分表格</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/table_editor.py" line="332" />
        <source>A table needs at least two row and two column separators.</source>
        <translation>表格至少需要两条行分隔线和两条列分隔线。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/table_editor.py" line="338" />
        <source>Re-extract table</source>
        <translation>重新提取表格</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/table_editor.py" line="347" />
        <source>This table was edited by hand (cell texts, merges, rows or columns). Reading it again from the page replaces those edits (Ctrl+Z brings them back). Re-extract anyway?</source>
        <translation>本表有人工修改（单元格文字、合并、行或列）。从页面重新提取会替换这些修改（可按 Ctrl+Z 恢复）。仍要重新提取吗？</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/table_editor.py" line="354" />
        <source>Table copied as tab-separated text.</source>
        <translation>表格已复制为制表符分隔的文字。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/table_editor.py" line="362" />
        <source>Export Table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/table_editor.py" line="371" />
        <source>Table exported to {0}</source>
        <translation>表格已导出到 {0}</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <location filename="../../ui/dialogs/tag_dialog.py" line="18" />
        <source>Tag Documents</source>
        <translation>给公文加标签</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_dialog.py" line="20" />
        <source>(leave as it is)</source>
        <translation>（保持不变）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_dialog.py" line="24" />
        <source>Tags, separated by 、</source>
        <translation>标签，用“、”分隔</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_dialog.py" line="31" />
        <source>{0} documents selected</source>
        <translation>已选 {0} 篇公文</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_dialog.py" line="32" />
        <source>Topic class</source>
        <translation>主题分类</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_dialog.py" line="33" />
        <source>Add tags</source>
        <translation>添加标签</translation>
    </message>
</context>
<context>
    <name>TagPane</name>
    <message>
        <location filename="../../ui/panes/tag_pane.py" line="26" />
        <source>Class or tag</source>
        <translation>主题分类或标签</translation>
    </message>
    <message>
        <location filename="../../ui/panes/tag_pane.py" line="26" />
        <source>Documents</source>
        <translation>公文数</translation>
    </message>
    <message>
        <location filename="../../ui/panes/tag_pane.py" line="39" />
        <source>Topic classes</source>
        <translation>主题分类</translation>
    </message>
    <message>
        <location filename="../../ui/panes/tag_pane.py" line="39" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/panes/tag_pane.py" line="45" />
        <source>Not classified</source>
        <translation>未分类</translation>
    </message>
</context>
<context>
    <name>Tagging</name>
    <message>
        <location filename="../../ui/controllers/tagging.py" line="56" />
        <source>Suggesting topics</source>
        <translation>正在建议主题分类</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/tagging.py" line="63" />
        <source>Choose a document first: its class is suggested from its text.</source>
        <translation>请先选择一篇公文：主题分类按其内容建议。</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/tagging.py" line="95" />
        <source>Tag {0} documents</source>
        <translation>给 {0} 篇公文加标签</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../ui/actions.py" line="35" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="35" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="35" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="35" />
        <source>&amp;Proofread</source>
        <translation>校对(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="36" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="39" />
        <source>&amp;Import Files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="40" />
        <source>Import &amp;Folder…</source>
        <translation>导入文件夹(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="41" />
        <source>Import Folder on a &amp;Cluster…</source>
        <translation>在集群上导入文件夹(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="44" />
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="45" />
        <source>Annual &amp;Archive…</source>
        <translation>年度归档(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="46" />
        <source>Check an Archive Package (四性检测)…</source>
        <translation>归档包四性检测…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="49" />
        <source>Open &amp;Store…</source>
        <translation>打开数据库(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="51" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="54" />
        <source>Edit &amp;Table…</source>
        <translation>编辑表格(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="56" />
        <source>Mark as Paragraph</source>
        <translation>标为正文段落</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="59" />
        <source>Split Document Here</source>
        <translation>从此处拆分公文</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="60" />
        <source>Join With Previous Document</source>
        <translation>与上一篇公文合并</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="62" />
        <source>Tag Selected Documents…</source>
        <translation>给所选公文加标签…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="63" />
        <source>Take the Suggested Topic</source>
        <translation>采用建议的主题分类</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="64" />
        <source>Find in Library</source>
        <translation>在文库中查找</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="65" />
        <source>Search Everything…</source>
        <translation>全文检索…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="66" />
        <source>Previous Page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="67" />
        <source>Next Page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="68" />
        <source>Previous Document</source>
        <translation>上一篇公文</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="70" />
        <source>Next Document</source>
        <translation>下一篇公文</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="72" />
        <source>Zoom In</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="73" />
        <source>Zoom Out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="75" />
        <source>Fit Width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="76" />
        <source>Next Pane</source>
        <translation>下一个窗格</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="77" />
        <source>Proofread This Source</source>
        <translation>校对本期</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="78" />
        <source>Next Finding</source>
        <translation>下一个问题</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="79" />
        <source>Previous Finding</source>
        <translation>上一个问题</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="83" />
        <source>Export Proof Sheet…</source>
        <translation>导出校对单…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="84" />
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="85" />
        <source>About Bulletin Workbench</source>
        <translation>关于公报工作台</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="115" />
        <source>Recent Files</source>
        <translation>最近的文件</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="118" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="120" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="127" />
        <source>Mark as Heading Level {0}</source>
        <translation>标为{0}级标题</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="138" />
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="145" />
        <source>Page </source>
        <translation>页码 </translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../ui/crash.py" line="42" />
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="43" />
        <source>The workbench met an error it did not expect: {0}

Your saved work is safe: every change is written to the store when it is made. The details are in the log:
{1}</source>
        <translation>公报工作台遇到意外错误：{0}

已保存的工作不受影响：每处改动在做出时即已写入数据库。详细信息已写入日志：
{1}</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../ui/dialogs/dialog_keys.py" line="14" />
        <source>OK</source>
        <translation>确定</translation>
    </message>
</context>
</TS>