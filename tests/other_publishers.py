"""Files as other publishers lay them out, composed here (names, numbers and wording invented).

Each builder returns ``(text, gold)``: the text of a file as an office would receive it, and the
documents it holds as the gold of ``tests/bench/real.py`` and the unit tests read them
(文号, 标题 without its issuer, 发文机关, 成文日期 ISO, 主送; None where the file prints none).
``PATTERNS`` lists them all by name.
"""
from __future__ import annotations

from collections.abc import Callable

Gold = list[dict]

ALL_PROVINCES = "各市（州）、县（市、区）人民政府，省政府各部门、各直属机构"
BODY = ("为进一步做好相关工作，经研究，现就有关事项通知如下。",
        "一、提高认识，加强领导。各地各部门要把此项工作摆上重要位置，明确责任分工，确保各项任务落到实处。",
        "二、突出重点，统筹推进。要结合本地实际，细化工作措施，加强督促检查，及时研究解决工作中遇到的问题。")


def _doc(issuer, number, title, date, recipients) -> dict:
    return {"issuer": issuer, "doc_number": number, "title": title, "sign_date": date, "recipients": recipients}


def gazette_issue() -> tuple[str, Gold]:
    """An issue of a State-Council-style 公报: 目录, then each document with its title first, its 文号
    in parentheses or on its own line under it, or no 文号 and a line saying when it was adopted."""
    lines = [
        "中华人民共和国国务院公报", "2021年第9号（总号：1734）", "目　录",
        "国务院关于进一步加强水土保持工作的通知……………………………………（3）",
        "国务院批转水利部关于改进农田灌溉管理报告的通知…………………………（6）",
        "国务院关于建立农业技术推广体系的决定…………………………………………（8）",
        "国务院办公厅关于同意设立东湖试验区的函……………………………………（10）",
        "CONTENTS",
        "Circular of the State Council on Further Strengthening Soil Conservation (3)",
        "Decision of the State Council on Agricultural Extension (8)",
        "国务院关于进一步加强水土保持工作的通知",
        "（国发〔2021〕11号）",
        "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
        *BODY,
        "国务院",
        "2021年5月6日",
        "（此件公开发布）",
        "国务院批转水利部关于改进",
        "农田灌溉管理报告的通知",
        "国发〔2021〕12号",
        "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
        "国务院同意水利部《关于改进农田灌溉管理的报告》，现转发给你们，请认真贯彻执行。",
        "国务院",
        "2021年5月9日",
        "关于改进农田灌溉管理的报告",
        "国务院：",
        "近年来，各地农田灌溉管理取得一定进展，但仍存在设施老化、用水粗放等问题。现提出以下意见。",
        "以上报告如无不妥，请批转各地执行。",
        "水利部",
        "2021年4月20日",
        "国务院关于建立农业技术推广体系的决定",
        "（一九五六年三月八日国务院全体会议第二十五次会议通过）",
        "为了把农业技术及时推广到农村，国务院决定在全国建立农业技术推广体系。",
        "一、各县应当设立农业技术推广站。",
        "二、推广站的经费列入地方预算。",
        "国务院办公厅关于同意设立东湖试验区的函",
        "湖北省人民政府：",
        "你省关于设立东湖试验区的请示收悉。经国务院同意，现函复如下：同意设立东湖试验区。",
        "国务院办公厅",
        "2021年6月2日",
    ]
    gold = [
        _doc(["国务院"], "国发〔2021〕11号", "关于进一步加强水土保持工作的通知", "2021-05-06",
             "各省、自治区、直辖市人民政府，国务院各部委、各直属机构"),
        _doc(["国务院"], "国发〔2021〕12号", "批转水利部关于改进农田灌溉管理报告的通知", "2021-05-09",
             "各省、自治区、直辖市人民政府，国务院各部委、各直属机构"),
        _doc(["国务院"], None, "关于建立农业技术推广体系的决定", "1956-03-08", None),
        _doc(["国务院办公厅"], None, "关于同意设立东湖试验区的函", "2021-06-02", "湖北省人民政府"),
    ]
    return "\n".join(lines), gold


def law_database_export() -> tuple[str, Gold]:
    """A 北大法宝-style export: title, citation code, metadata rows, the document with its 文号 in
    parentheses under a repeated title, and the link it came from."""
    lines = [
        "江南省人民政府关于加强耕地保护工作的通知",
        "【法宝引证码】CLI.12.5551234",
        "发布部门：江南省人民政府",
        "发文字号：江南府发〔2020〕12号",
        "发布日期：2020.03.05",
        "实施日期：2020.03.05",
        "时效性：现行有效",
        "效力级别：地方规范性文件",
        "法规类别：土地管理综合规定",
        "江南省人民政府关于加强耕地保护工作的通知",
        "（江南府发〔2020〕12号）",
        ALL_PROVINCES + "：",
        *BODY,
        "江南省人民政府",
        "2020年3月5日",
        "原文链接：http://www.example.gov.cn/zwgk/2020/0305.html",
    ]
    return "\n".join(lines), [_doc(["江南省人民政府"], "江南府发〔2020〕12号", "关于加强耕地保护工作的通知",
                                   "2020-03-05", ALL_PROVINCES)]


def markdown_copy() -> tuple[str, Gold]:
    """A web copy saved as Markdown with YAML front matter: the 文号 only in the front matter."""
    lines = [
        "---",
        "title: 北川市人民政府办公室关于做好春季森林防火工作的通知",
        "文号: 北川府办发〔2022〕8号",
        "source: http://www.example.gov.cn/art/2022/3/1/art_1.html",
        "date: 2022-03-01",
        "---",
        "",
        "# 北川市人民政府办公室关于做好春季森林防火工作的通知",
        "",
        "各区县人民政府，市政府各部门：",
        "",
        *BODY,
        "",
        "北川市人民政府办公室",
        "",
        "2022年3月1日",
    ]
    return "\n".join(lines), [_doc(["北川市人民政府办公室"], "北川府办发〔2022〕8号", "关于做好春季森林防火工作的通知",
                                   "2022-03-01", "各区县人民政府，市政府各部门")]


def portal_page_copy() -> tuple[str, Gold]:
    """A government portal's article page copied as text: its metadata table, then the document."""
    lines = [
        "索 引 号：11510000/2023-00456", "主题分类：城乡建设、环境保护",
        "发文机关：西岭省人民政府办公厅", "成文日期：2023年07月14日",
        "标　　题：西岭省人民政府办公厅关于推进城市更新行动的实施意见",
        "发文字号：西府办发〔2023〕21号", "发布日期：2023年07月18日",
        "西岭省人民政府办公厅关于推进城市更新行动的实施意见",
        "西府办发〔2023〕21号",
        ALL_PROVINCES + "：",
        *BODY,
        "西岭省人民政府办公厅",
        "2023年7月14日",
        "（此件公开发布）",
        "【我要纠错】　【打印本页】　【关闭窗口】",
    ]
    return "\n".join(lines), [_doc(["西岭省人民政府办公厅"], "西府办发〔2023〕21号", "关于推进城市更新行动的实施意见",
                                   "2023-07-14", ALL_PROVINCES)]


def annual_report() -> tuple[str, Gold]:
    """A 政府信息公开工作年度报告: issuer and title on two lines, no 文号, numbered items and tables."""
    lines = [
        "青山区人民政府",
        "2023年政府信息公开工作年度报告",
        "本报告根据《中华人民共和国政府信息公开条例》要求编制。全文包括总体情况、主动公开政府信息情况等内容。",
        "一、总体情况",
        "2023年，青山区认真贯彻落实政府信息公开各项要求，持续提升公开质量。",
        "1.主动公开。全年主动公开政府信息1234条。",
        "2.依申请公开。全年受理申请56件，均按期办结。",
        "二、主动公开政府信息情况",
        "信息内容\t本年制发件数\t本年废止件数\t现行有效件数",
        "规章\t0\t0\t0",
        "行政规范性文件\t12\t3\t45",
        "三、存在的主要问题及改进情况",
        "一是公开内容还不够全面；二是解读形式还不够丰富。",
        "青山区人民政府",
        "2024年1月20日",
    ]
    return "\n".join(lines), [_doc(["青山区人民政府"], None, "2023年政府信息公开工作年度报告", "2024-01-20", None)]


def joint_issuers() -> tuple[str, Gold]:
    """Two organs issuing one document, a 主送 of one short organ, signed by both."""
    lines = [
        "江南省人民政府、江南省军区关于加强民兵训练基地建设的批复",
        "江南府函〔2019〕45号",
        "省军区：",
        "你部关于加强民兵训练基地建设的请示收悉。现批复如下：同意所请，所需经费按现行渠道解决。",
        "江南省人民政府　江南省军区",
        "2019年8月30日",
    ]
    return "\n".join(lines), [_doc(["江南省人民政府", "江南省军区"], "江南府函〔2019〕45号",
                                   "关于加强民兵训练基地建设的批复", "2019-08-30", "省军区")]


def reply_without_about() -> tuple[str, Gold]:
    """An 答复 whose title has no 关于, to a person."""
    lines = [
        "北川市人民政府办公室对市政协五届二次会议",
        "第123号提案的答复",
        "北川府办函〔2022〕30号",
        "张某某委员：",
        "您提出的《关于加快老旧小区改造的提案》收悉。经研究，答复如下：",
        "我市高度重视老旧小区改造工作，将持续加大投入。感谢您对政府工作的关心与支持。",
        "北川市人民政府办公室",
        "二〇二二年七月十五日",
    ]
    return "\n".join(lines), [_doc(["北川市人民政府办公室"], "北川府办函〔2022〕30号",
                                   "对市政协五届二次会议第123号提案的答复", "2022-07-15", "张某某委员")]


def government_order() -> tuple[str, Gold]:
    """A 令 with its number, signed by the governor, then the regulation it promulgates."""
    lines = [
        "江南省人民政府令",
        "第218号",
        "《江南省城市供水管理办法》已经2021年9月1日省人民政府第88次常务会议通过，现予公布，自2021年11月1日起施行。",
        "省长　王某某",
        "2021年9月10日",
        "江南省城市供水管理办法",
        "第一章　总则",
        "第一条　为了加强城市供水管理，根据有关法律法规，结合本省实际，制定本办法。",
        "第二条　本省行政区域内城市供水的规划、建设和管理，适用本办法。",
    ]
    return "\n".join(lines), [_doc(["江南省人民政府"], "第218号", "江南省人民政府令", "2021-09-10", None)]


def letter_without_number() -> tuple[str, Gold]:
    """A 函 printed with no 文号, forwarded to the office by e-mail."""
    lines = [
        "西岭省发展和改革委员会关于征求产业规划意见的函",
        "省直有关部门：",
        "为做好产业规划编制工作，现将征求意见稿送上，请于10月15日前反馈意见。",
        "联系人：李某，电话：028-12345678",
        "西岭省发展和改革委员会",
        "2023年9月28日",
    ]
    return "\n".join(lines), [_doc(["西岭省发展和改革委员会"], None, "关于征求产业规划意见的函", "2023-09-28", "省直有关部门")]


def ocr_noise() -> tuple[str, Gold]:
    """A text layer from someone else's OCR: 人 read as 入 in the issuer, a dash for 一 in the year."""
    lines = [
        "东山县入民政府",
        "关于做好防汛抗旱工作的通知",
        "东府发〔2021〕7号",
        "各乡（镇）入民政府，县级各部门：",
        *BODY,
        "东山县入民政府",
        "二〇二—年五月十日",
    ]
    return "\n".join(lines), [_doc(["东山县人民政府"], "东府发〔2021〕7号", "关于做好防汛抗旱工作的通知",
                                   "2021-05-10", "各乡（镇）入民政府，县级各部门")]


def joint_red_header() -> tuple[str, Gold]:
    """A joint red-header file: two issuers' marks above the 文号, the title below, 版记 at the end."""
    lines = [
        "中共东川市委办公室", "东川市人民政府办公室", "文件",
        "东委办发〔2022〕15号",
        "中共东川市委办公室　东川市人民政府办公室",
        "关于印发《东川市乡村振兴考核办法》的通知",
        "各县（市、区）党委和人民政府，市级各部门：",
        "现将《东川市乡村振兴考核办法》印发给你们，请结合实际认真贯彻落实。",
        "中共东川市委办公室　　　东川市人民政府办公室",
        "2022年3月18日",
        "（此件公开发布）",
        "东川市乡村振兴考核办法",
        "第一条　为做好乡村振兴考核工作，制定本办法。",
        "中共东川市委办公室　　　　　2022年3月18日印发",
    ]
    return "\n".join(lines), [_doc(["中共东川市委办公室", "东川市人民政府办公室"], "东委办发〔2022〕15号",
                                   "关于印发《东川市乡村振兴考核办法》的通知", "2022-03-18",
                                   "各县（市、区）党委和人民政府，市级各部门")]


def law_database_unrepeated() -> tuple[str, Gold]:
    """A database export whose body starts with the 主送: the 文号 only among the metadata rows."""
    lines = [
        "南江市人民政府关于调整最低工资标准的通知",
        "【法宝引证码】CLI.12.999888",
        "发布部门：南江市人民政府", "发文字号：南府发〔2021〕33号", "发布日期：2021.06.30",
        "实施日期：2021.07.01", "时效性：现行有效", "效力级别：地方规范性文件",
        "各区县人民政府，市政府各部门：",
        "经市人民政府同意，现将调整最低工资标准有关事项通知如下。",
        "一、调整后的月最低工资标准为2100元。",
        "南江市人民政府",
        "2021年6月30日",
    ]
    return "\n".join(lines), [_doc(["南江市人民政府"], "南府发〔2021〕33号", "关于调整最低工资标准的通知",
                                   "2021-06-30", "各区县人民政府，市政府各部门")]


def gazette_word_issue() -> tuple[str, Gold]:
    """Documents of a 公报 as a Word file: a title split after 关于, a 决定 with no 主送, a forwarding
    notice by several departments whose enclosed 意见 has its own signers and 主送."""
    lines = [
        "国务院关于", "印发全国国土规划纲要的通知", "国发〔2017〕3号",
        "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
        "现将《全国国土规划纲要》印发给你们，请认真贯彻执行。",
        "国务院", "2017年1月3日",
        "全国国土规划纲要", "一、规划背景", "国土是生存之本。",
        "国务院关于表彰全国劳动模范的决定", "国发〔2017〕4号",
        "全国劳动模范是工人阶级的杰出代表。为表彰先进，国务院决定授予张某某等同志全国劳动模范称号。",
        "国务院", "2017年1月5日",
        "国务院办公厅转发教育部等部门", "关于做好高校毕业生就业工作意见的通知", "国办发〔2017〕9号",
        "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
        "教育部、人力资源社会保障部《关于做好高校毕业生就业工作的意见》已经国务院同意，现转发给你们，请认真贯彻执行。",
        "国务院办公厅", "2017年1月9日",
        "关于做好高校毕业生就业工作的意见", "教育部　人力资源社会保障部",
        "各省、自治区、直辖市人民政府：", "做好就业工作十分重要。",
    ]
    state = "各省、自治区、直辖市人民政府，国务院各部委、各直属机构"
    return "\n".join(lines), [
        _doc(["国务院"], "国发〔2017〕3号", "关于印发全国国土规划纲要的通知", "2017-01-03", state),
        _doc(["国务院"], "国发〔2017〕4号", "关于表彰全国劳动模范的决定", "2017-01-05", None),
        _doc(["国务院办公厅"], "国办发〔2017〕9号", "转发教育部等部门关于做好高校毕业生就业工作意见的通知",
             "2017-01-09", state),
    ]


def old_issue() -> tuple[str, Gold]:
    """An old issue: no 文号 anywhere, each act with the day it was adopted or published under its title."""
    lines = [
        "中华人民共和国国务院公报", "1957年第12号",
        "国务院关于劳动教养问题的决定",
        "（1957年8月1日全国人民代表大会常务委员会第七十八次会议批准　1957年8月3日国务院公布）",
        "为了把有劳动力的人改造成为自食其力的新人，特作如下决定。",
        "一、对于下列几种人应当加以收容实行劳动教养。",
        "国务院关于国家行政机关工作人员的奖惩暂行规定",
        "（一九五七年十月二十三日国务院全体会议第五十七次会议通过）",
        "第一条　国家行政机关工作人员必须遵守国家法律和纪律。",
        "第二条　奖励分为六种。",
        "国务院关于加强农业生产合作社", "财务管理工作的指示",
        "各省、自治区、直辖市人民委员会：",
        "为了巩固合作社，必须加强财务管理。",
        "一九五七年十一月二日",
    ]
    return "\n".join(lines), [
        _doc(["国务院"], None, "关于劳动教养问题的决定", "1957-08-01", None),
        _doc(["国务院"], None, "关于国家行政机关工作人员的奖惩暂行规定", "1957-10-23", None),
        _doc(["国务院"], None, "关于加强农业生产合作社财务管理工作的指示", "1957-11-02", "各省、自治区、直辖市人民委员会"),
    ]


def work_report() -> tuple[str, Gold]:
    """A government work report as a 公报 prints it: no issuer in its title, a dash subtitle with the day
    it was delivered, the speaker under it."""
    lines = [
        "西岭省人民政府公报", "2024年第3号",
        "政府工作报告",
        "——2024年1月22日在西岭省第十四届人民代表大会第二次会议上",
        "西岭省人民政府省长　赵某某",
        "各位代表：",
        "现在，我代表省人民政府，向大会报告工作，请予审议。",
        "一、2023年工作回顾",
        "过去一年，全省经济持续回升向好。",
    ]
    return "\n".join(lines), [_doc(["西岭省人民政府"], None, "政府工作报告", "2024-01-22", None)]


PATTERNS: dict[str, Callable[[], tuple[str, Gold]]] = {
    "gazette issue (title first, no 文号)": gazette_issue,
    "law database export": law_database_export,
    "markdown with front matter": markdown_copy,
    "portal page copy": portal_page_copy,
    "annual report": annual_report,
    "joint issuers": joint_issuers,
    "答复 without 关于": reply_without_about,
    "令": government_order,
    "函 without 文号": letter_without_number,
    "OCR noise": ocr_noise,
    "joint red header": joint_red_header,
    "law database, body starts with 主送": law_database_unrepeated,
    "gazette as a Word file": gazette_word_issue,
    "old issue (no 文号, adoption lines)": old_issue,
    "work report (dash subtitle)": work_report,
}
