"""The wording families editors fear, each on a composed notice: what is found, what is suggested, and what is
left alone (the same words used rightly)."""
from __future__ import annotations

import pytest

from tests.test_parse_structure import parse_lines
from workbench.proof.privacy import valid_id
from workbench.proof.rules import proofread

HEAD = ("清河市人民政府关于做好春季农业生产的通知", "清府发〔2025〕6号", "各区人民政府：")
TAIL = ("清河市人民政府", "2025年3月1日")


def _found(*body: str, category: str):
    return [(f.text, f.suggestion) for f in proofread(parse_lines(*HEAD, *body, *TAIL)) if f.category == category]


@pytest.mark.parametrize("line, expected", [
    ("请各区于XX月底前报送，联系人：某某。", [("XX", None), ("某某", None)]),
    ("报送材料【待补充】，时间（此处填写）。", [("【待补充】", None), ("（此处填写）", None)]),
])
def test_placeholders_left_in(line, expected):
    assert _found(line, category="placeholder") == expected


def test_placeholder_leaves_words_and_sizes_alone():
    assert _found("采购XXL号服装和MAX型设备，某些地区先行。", category="placeholder") == []


def test_an_id_number_with_a_valid_check_digit_and_a_mobile_beside_a_name():
    number = "11010519491231002X"
    assert valid_id(number) and not valid_id("110105194912310021")
    found = _found(f"张某（身份证号：{number}）、李某（手机：13912345678）负责。", category="privacy")
    assert [text for text, _ in found] == [number, "13912345678"]


def test_a_contact_lines_number_is_left_alone():
    assert _found("联系人：王某，联系电话：13912345678。", category="privacy") == []


def test_wrong_kinds_of_provincial_divisions_and_an_odd_county_suffix():
    found = _found("学习广西省、重庆省经验。", "责任单位：东山区、西山区。", "配合单位：东山区、北山区。",
                   "东山县要同步推进。", "四川省市场主体增多。", category="division")
    assert ("广西省", "广西壮族自治区") in found and ("重庆省", "重庆市") in found
    assert ("东山县", "东山区") in found and not any(text.startswith("四川") for text, _ in found)


def test_a_known_place_written_inside_a_sentence_with_another_suffix():
    found = _found("支持昆山市先行先试，指导昆山市开展改革。", "推动昆山区建设产业园，回顾昆山县历史。", category="division")
    assert found == [("昆山区", "昆山市")]  # 昆山县 was a real county: the dictionary knows it, so it is left alone


def test_de_by_the_words_around_it():
    found = _found("要大力的发展特色产业，取的良好成效，营造良好地营商环境。", "建立有序的市场秩序。", category="de")
    assert found == [("的", "地"), ("的", "得"), ("地", "的")]


def test_de_by_parts_of_speech_beyond_the_lists():
    found = _found("建设整洁优美地村容村貌，让群众获的实惠，我们觉的应当加快。",
                   "采取的措施要落实到各地的农田，保护土地，认真地学习政策。", category="de")
    assert found == [("地", "的"), ("的", "得"), ("的", "得")]


def test_commonly_misspelt_words_and_idioms():
    found = _found("营造公平竟争的环境，做到与时具进、因地治宜，防止通货膨涨。", "坚持公平竞争，因地制宜推进。",
                   category="wording")
    assert found == [("竟争", "竞争"), ("与时具进", "与时俱进"), ("因地治宜", "因地制宜"), ("通货膨涨", "通货膨胀")]


def test_redundant_estimates():
    found = _found("全年增速超过20%以上，大约9件左右。", category="redundancy")
    assert found == [("超过20%以上", "超过20%"), ("大约9件左右", "大约9件")]


def test_a_sentence_written_twice_in_a_row():
    found = _found("各区要压实责任。各区要压实责任。确保按期完成。", category="sentence")
    assert found == [("各区要压实责任。", "")]


def test_full_width_digits_in_a_half_width_text():
    found = _found("2023年投资20.15亿元，2024年完成投资30.27亿元，2025年完成４０亿元，ＰＭ2.5浓度下降12.5%。",
                   category="width")
    assert found == [("４０", "40"), ("ＰＭ", "PM")]


def test_traditional_characters_mixed_in_and_a_traditional_text_left_alone():
    assert _found("推动數據要素市场化配置。", category="traditional") == [("數據", "数据")]
    assert _found("為進一步做好農業生產工作，現將有關事項通知如下。", category="traditional") == []


def test_a_name_written_another_way_than_elsewhere_in_the_issue():
    found = _found("责任领导：颜晓平、丁某某。", "责任领导：颜晓平、张  杰。", "责任领导：颜晓萍、王大明。",
                   "责任领导：王大明、李秋。", "责任领导：李敏、李敏。", category="name")
    assert found == [("颜晓萍", "颜晓平")]  # two-character names (李秋, 李敏) are left alone


def test_a_letter_spaced_two_character_name_against_its_many_usual_writings():
    usual = [f"{n}．完成第{n}项任务。" "\n责任领导：赵  刚、孙  强" "\n责任单位：市发展改革委" for n in range(1, 7)]
    found = _found(*"\n".join(usual).split("\n"), "7．完成第7项任务。", "责任领导：赵  刚、孙  墙",
                   "责任单位：市财政局", "联系人：李  丹。", "联系人：李  单。", "联系人：李  杰。", category="name")
    # 李丹 and 李单 once each, the same sound: a note to check each (no majority); 李杰 sounds like neither
    assert found == [("孙  墙", "孙强"), ("李  丹", None), ("李  单", None)]


def test_a_personnel_notices_entries_are_names_and_a_title_names_the_first():
    found = [(f.text, f.severity.value) for f in proofread(parse_lines(
        "清河市人民政府关于吴军等按期转正的通知", "清府函〔2025〕9号", "各区人民政府：", "以下人员试用期满，同意按期转正：",
        "吴君为清河市公共资源交易中心主任；", "高丰为清河市投资促进中心主任。", "要防范高风险领域。", *TAIL))
        if f.category == "name"]
    assert found == [("吴君", "info")]  # 高丰 is not 高风 inside 高风险


def test_a_citation_whose_number_belongs_to_another_title():
    known = {"清府发〔2024〕3号": "清河市人民政府关于加强河道管理的通知"}
    result = parse_lines(*HEAD, "根据《清河市人民政府关于做好防汛工作的通知》（清府发〔2024〕3号）精神，"
                                "按照《关于加强河道管理的通知》（清府发〔2024〕3号）要求。", *TAIL)
    found = [(f.text, f.suggestion) for f in proofread(result, known_titles=known) if f.category == "citation"]
    assert found == [("清河市人民政府关于做好防汛工作的通知", "清河市人民政府关于加强河道管理的通知")]


def test_a_year_in_chinese_numerals_written_with_a_circle_or_a_letter_for_zero():
    found = _found("本办法自二○二五年三月一日起施行，二O二四年、二零二三年的规定同时废止。", category="number")
    assert found == [("二○二五", "二〇二五"), ("二O二四", "二〇二四"), ("二零二三", "二〇二三")]


def test_a_year_written_rightly_and_digits_are_left_alone():
    assert _found("本办法自二〇二五年起施行，2025年、一九九八年的规定废止。", category="number") == []


def test_variant_word_forms_get_the_recommended_form_unless_a_longer_word_holds_them():
    found = _found("专家名单按姓氏笔划为序，人材培养要精采，遵守清规戒律，增加成份。", category="variant")
    assert found == [("笔划", "笔画"), ("人材", "人才"), ("精采", "精彩"), ("成份", "成分")]


def test_a_character_typed_for_one_of_the_same_sound_when_the_issue_writes_the_word_right_elsewhere():
    found = [(f.text, f.suggestion, f.severity.value) for f in proofread(parse_lines(
        *HEAD, "各区要加强统筹，做好统筹安排。", "推动政府统畴采购社会数据。", "各区要按照年度计划推进。",
        "根据年渡工作部署，持续推进。", *TAIL)) if f.category == "typo"]
    assert found == [("统畴", "统筹", "warning"), ("年渡", "年度", "info")]


def test_a_character_of_the_same_usual_reading_the_confusion_table_lacks_and_no_rare_reading():
    """识 is read shí like 实 (pypinyin; the vendored table files it under shì); 打 read dá is too rare to pair with 达,
    and a surname heading a pair is a name (龚平), not 公平 typed wrong."""
    found = _found("各区要落实主体责任，落实属地管理。", "相关工作要落识到位，下打任务。", "下达通知，下达计划。",
                   "坚持公平公正，公平竞争。", "龚平同志参加会议。", category="typo")
    assert found == [("落识", "落实")]


def test_no_typo_where_the_right_word_is_not_written_elsewhere_or_the_pair_is_a_name_or_a_parallel_phrase():
    assert _found("推动政府统畴采购社会数据。", category="typo") == []  # 统筹 nowhere else: no guess
    parallel = ("充实一线力量，一线人员要到位。", "形成一县一业、一村一品的格局。")
    assert _found(*parallel, category="typo") == []  # 一线 is written elsewhere, but 一县一业 is parallel
    named = ("各单元要落实责任，单元负责人签字。", "任免：李单原任市能源局局长。")
    assert _found(*named, category="typo") == []  # 单元 is written elsewhere, but 李单 heads a list entry


def test_bixu_before_a_verb_is_must_and_as_needed_is_left_alone():
    found = _found("执行方案必需事先报批，各单位必需按时报送，变更必需事前报告。", "保障群众生活必需的物资和必需品供应。",
                   category="wording")
    assert found == [("必需", "必须")] * 3  # before a verb, an adverb, a time word
