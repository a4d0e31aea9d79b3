"""Dates of events: the dateline is the report's day, and a year the sentence mentions for
something else is no date of an event that has its day."""
from __future__ import annotations

import pytest

from test_relations import triples


@pytest.mark.parametrize("text, marks, expected", [
    ("本报太原3月9日讯 3月8日，省政府常务会议召开。", [("省政府常务会议", "Event")],
     {("省政府常务会议", "date", "--03-08")}),
    ("新华社南宁5月6日电 5月5日，中国—东盟博览会筹备会在南宁举行。", [("中国—东盟博览会筹备会", "Event")],
     {("中国—东盟博览会筹备会", "date", "--05-05")}),
    ("12月20日，全县经济工作会议召开，总结2025年经济工作。", [("全县经济工作会议", "Event")],
     {("全县经济工作会议", "date", "--12-20")}),
    ("2021年特大洪灾发生后，各地驰援。", [("2021年特大洪灾", "Event")], {("2021年特大洪灾", "date", "2021")}),
])
def test_dateline_and_other_years_are_no_event_date(text, marks, expected):
    assert triples(text, marks, ("date",)) == expected


@pytest.mark.parametrize("text, marks, expected", [
    ("2025长三角数字经济论坛在嘉兴开幕。王海涛、李娜和杭州数智科技有限公司总经理陈斌先后作主题演讲。",
     [("2025长三角数字经济论坛", "Event"), ("王海涛", "Person"), ("李娜", "Person"), ("陈斌", "Person"),
      ("杭州数智科技有限公司", "Organization")],
     {("2025长三角数字经济论坛", "participant", "王海涛"), ("2025长三角数字经济论坛", "participant", "李娜"),
      ("2025长三角数字经济论坛", "participant", "陈斌")}),
])
def test_keynote_speakers_take_part(text, marks, expected):
    assert triples(text, marks, ("participant",)) == expected


def test_a_bare_year_gives_way_to_the_full_date_of_the_same_event():
    text = "2025年临夏花儿会开幕\n\n8月2日，2025年临夏花儿会在松鸣岩景区开幕。"
    marks = [("2025年临夏花儿会", "Event")]
    assert triples(text, marks, ("date",)) == {("2025年临夏花儿会", "date", "2025-08-02")}


@pytest.mark.parametrize("text, marks, expected", [
    # Traditional 致詞 reads as 致词 in the analysis text
    ("开幕典礼由副市长陈建国主持，经济部工业局副局长王美玲、台湾区电机公会理事长李志明出席致词。",
     [("开幕典礼", "Event"), ("陈建国", "Person"), ("王美玲", "Person"), ("李志明", "Person"),
      ("经济部工业局", "Organization"), ("台湾区电机公会", "Organization")],
     {("开幕典礼", "participant", "王美玲"), ("开幕典礼", "participant", "李志明")}),
])
def test_attending_and_addressing_the_event(text, marks, expected):
    assert triples(text, marks, ("participant",)) == expected


@pytest.mark.parametrize("text, marks, expected", [
    # a company signing with a body at the expo the article reports: both take part
    ("2025成渝智能网联汽车博览会在重庆国际博览中心开幕。\n\n本地企业驰远汽车股份有限公司也在展会上与重庆市交通局签署合作备忘录。",
     [("2025成渝智能网联汽车博览会", "Event"), ("重庆国际博览中心", "Place"), ("驰远汽车股份有限公司", "Organization"),
      ("重庆市交通局", "Organization")],
     {("2025成渝智能网联汽车博览会", "participant", "驰远汽车股份有限公司"),
      ("2025成渝智能网联汽车博览会", "participant", "重庆市交通局")}),
    # a paragraph on what was signed: the signing parties and the owners of signed projects
    ("12月3日，临港新片区2025年重点项目集中签约仪式举行。\n\n本次签约的12个项目总投资180亿元。"
     "海川重工有限公司将投资30亿元建设装备基地；蓝港物流有限公司与东海码头有限公司签署战略合作协议。",
     [("临港新片区2025年重点项目集中签约仪式", "Event"), ("海川重工有限公司", "Organization"),
      ("蓝港物流有限公司", "Organization"), ("东海码头有限公司", "Organization")],
     {("临港新片区2025年重点项目集中签约仪式", "participant", "海川重工有限公司"),
      ("临港新片区2025年重点项目集中签约仪式", "participant", "蓝港物流有限公司"),
      ("临港新片区2025年重点项目集中签约仪式", "participant", "东海码头有限公司")}),
    # signing elsewhere, at no event of the article: no participant
    ("2025成渝智能网联汽车博览会在重庆国际博览中心开幕。\n\n去年，驰远汽车股份有限公司与重庆市交通局签署合作协议。",
     [("2025成渝智能网联汽车博览会", "Event"), ("重庆国际博览中心", "Place"), ("驰远汽车股份有限公司", "Organization"),
      ("重庆市交通局", "Organization")], set()),
])
def test_signing_parties_at_the_event_take_part(text, marks, expected):
    assert triples(text, marks, ("participant",)) == expected


@pytest.mark.parametrize("text, marks, expected", [
    ("开幕式上，副县长王磊主持。市文化和旅游局、市民族宗教事务委员会有关负责同志，当地群众和游客约3万人参加。",
     [("开幕式", "Event"), ("王磊", "Person"), ("市文化和旅游局", "Organization"),
      ("市民族宗教事务委员会", "Organization")],
     {("开幕式", "participant", "市文化和旅游局"), ("开幕式", "participant", "市民族宗教事务委员会")}),
])
def test_bodies_whose_officials_attend_take_part(text, marks, expected):
    assert triples(text, marks, ("participant",)) == expected


@pytest.mark.parametrize("text, marks, expected", [
    ("新竹市议会第3届第2次定期会昨日进行总质询，议长陈国华主持。市长高志远答询时表示，轻轨明年动工。"
     "市议员林美惠质询指出，公车路线太少。",
     [("新竹市议会第3届第2次定期会", "Event"), ("陈国华", "Person"), ("高志远", "Person"), ("林美惠", "Person")],
     {("新竹市议会第3届第2次定期会", "participant", "高志远"), ("新竹市议会第3届第2次定期会", "participant", "林美惠")}),
])
def test_who_answers_or_questions_at_a_council_session_takes_part(text, marks, expected):
    assert triples(text, marks, ("participant",)) == expected


@pytest.mark.parametrize("text, marks, expected", [
    ("“2025长江数字文化博览会”11月8日至10日在位于江汉区的武汉国际博览中心举行。",
     [("2025长江数字文化博览会", "Event"), ("江汉区", "Place"), ("武汉国际博览中心", "Place")],
     {("2025长江数字文化博览会", "locatedIn", "武汉国际博览中心")}),
])
def test_venue_after_a_quoted_event_name_and_its_dates(text, marks, expected):
    assert expected <= triples(text, marks, ("locatedIn",))  # (the venue's own 位于 link is read too)


@pytest.mark.parametrize("text, marks, expected", [
    # 出席了会议 is the article's own meeting, not the games the speech goes on to
    ("全市体育工作会议召开\n\n市体育局局长张建华出席了会议，他要求各区认真备战第十五届全国运动会。",
     [("全市体育工作会议", "Event"), ("张建华", "Person"), ("市体育局", "Organization"), ("第十五届全国运动会", "Event")],
     {("全市体育工作会议", "participant", "张建华")}),
    # an event named in the next clause is not where the speaker spoke
    ("第二十届校运动会闭幕式举行\n\n副校长李明在闭幕式上发言，为筹备第五届校园读书节提出三点建议。",
     [("第二十届校运动会闭幕式", "Event"), ("李明", "Person"), ("第五届校园读书节", "Event")],
     {("第二十届校运动会闭幕式", "participant", "李明")}),
    ("副校长李明出席第五届校园读书节开幕式并致辞。",
     [("李明", "Person"), ("第五届校园读书节开幕式", "Event")], {("第五届校园读书节开幕式", "participant", "李明")}),
])
def test_attending_is_not_tied_to_an_event_of_another_clause(text, marks, expected):
    assert triples(text, marks, ("participant",)) == expected
