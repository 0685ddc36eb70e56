<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../ui/library.py" line="23"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="23"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="23"/>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="27"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="27"/>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="43"/>
        <source>(untitled document)</source>
        <translation>（无标题公文）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="36"/>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>Bulletin Workbench</source>
        <translation>公报工作台</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="71"/>
        <source>&amp;Import Files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="72"/>
        <source>Import &amp;Folder…</source>
        <translation>导入文件夹(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="73"/>
        <source>&amp;Export JSON…</source>
        <translation>导出 JSON(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="74"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="75"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="81"/>
        <source>Previous Page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="82"/>
        <source>Next Page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="83"/>
        <source>Zoom In</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="84"/>
        <source>Zoom Out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="85"/>
        <source>Fit Width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91"/>
        <location filename="../../ui/main_window.py" line="250"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100"/>
        <source>Page </source>
        <translation>页码 </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>{0} sources, {1} documents</source>
        <translation>{0} 个来源文件，{1} 篇公文</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="191"/>
        <source>Importing {0}</source>
        <translation>正在导入 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>Imported {0} new, {1} updated, {2} failed</source>
        <translation>导入完成：新增 {0}，更新 {1}，失败 {2}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211"/>
        <source>Import cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="214"/>
        <source>{0}: pages {1} are scanned images and need OCR</source>
        <translation>{0}：第 {1} 页为扫描图像，需要文字识别（OCR）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="217"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220"/>
        <source>Import Files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>Import Folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="230"/>
        <source>Export JSON</source>
        <translation>导出 JSON</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="245"/>
        <source>Exported {0} documents to {1}</source>
        <translation>已导出 {0} 篇公文到 {1}</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../ui/operations.py" line="60"/>
        <source>Unexpected error: {0}</source>
        <translation>意外错误：{0}</translation>
    </message>
</context>
</TS>
