<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Words of Qt's own dialogs that Qt's qtbase_zh_CN leaves untranslated (written for this project). -->
<TS version="2.1" language="zh_CN">
<context>
    <name>QFileSystemModel</name>
    <message><source>Folder</source><translation>文件夹</translation></message>
    <message><source>File Folder</source><translation>文件夹</translation></message>
    <message><source>Drive</source><translation>驱动器</translation></message>
    <message><source>%1 bytes</source><translation>%1 字节</translation></message>
    <message><source>%1 KB</source><translation>%1 KB</translation></message>
    <message><source>%1 MB</source><translation>%1 MB</translation></message>
    <message><source>%1 GB</source><translation>%1 GB</translation></message>
    <message><source>%1 TB</source><translation>%1 TB</translation></message>
    <message><source>%1 File</source><translation>%1 文件</translation></message>
    <message><source>Alias</source><translation>别名</translation></message>
    <message><source>Shortcut</source><translation>快捷方式</translation></message>
    <message><source>Unknown</source><translation>未知</translation></message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message><source>Folder</source><translation>文件夹</translation></message>
    <message><source>File Folder</source><translation>文件夹</translation></message>
    <message><source>Drive</source><translation>驱动器</translation></message>
    <message><source>File</source><translation>文件</translation></message>
    <message><source>%1 File</source><translation>%1 文件</translation></message>
    <message><source>Shortcut</source><translation>快捷方式</translation></message>
    <message><source>Alias</source><translation>别名</translation></message>
    <message><source>Unknown</source><translation>未知</translation></message>
</context>
<context>
    <name>QFileDialog</name>
    <message><source>Cancel</source><translation>取消</translation></message>
    <message><source>&amp;New Folder</source><translation>新建文件夹(&amp;N)</translation></message>
    <message><source>Remove</source><translation>移除</translation></message>
    <message><source>&amp;Look in:</source><translation>查找范围(&amp;L)：</translation></message>
    <message><source>Files of &amp;type:</source><translation>文件类型(&amp;T)：</translation></message>
    <message><source>&amp;File name:</source><translation>文件名(&amp;N)：</translation></message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message><source>Yes</source><translation>是</translation></message>
    <message><source>No</source><translation>否</translation></message>
    <message><source>Yes to All</source><translation>全部是</translation></message>
    <message><source>No to All</source><translation>全部否</translation></message>
    <message><source>&amp;Yes</source><translation>是(&amp;Y)</translation></message>
    <message><source>&amp;No</source><translation>否(&amp;N)</translation></message>
</context>
</TS>
