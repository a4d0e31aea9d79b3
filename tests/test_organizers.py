"""organizer in forms beyond 由A主办的X: the host clause after the event's own clause, bodies
acting together (A会同B印发), and launching a programme (启动实施, 部署实施)."""
from __future__ import annotations

import pytest

from test_relations import triples


@pytest.mark.parametrize("text, marks, expected", [
    ("“2025中原农机博览会”10月9日在郑州国际会展中心开幕，由河南省农业农村厅主办，河南省农机流通协会承办。",
     [("2025中原农机博览会", "Event"), ("郑州国际会展中心", "Place"), ("河南省农业农村厅", "Organization"),
      ("河南省农机流通协会", "Organization")],
     {("2025中原农机博览会", "organizer", "河南省农业农村厅"), ("2025中原农机博览会", "organizer", "河南省农机流通协会")}),
    ("会议在市行政中心举行，由市长主持。", [("市行政中心", "Place")], set()),
])
def test_host_clause_after_the_event_clause(text, marks, expected):
    assert triples(text, marks, ("organizer",)) == expected


@pytest.mark.parametrize("text, marks, expected", [
    ("近日，河北省生态环境厅会同省财政厅印发《河北省大气污染防治专项资金管理办法》。",
     [("河北省生态环境厅", "Organization"), ("省财政厅", "Organization"),
      ("河北省大气污染防治专项资金管理办法", "Programme")],
     {("河北省大气污染防治专项资金管理办法", "organizer", "河北省生态环境厅"),
      ("河北省大气污染防治专项资金管理办法", "organizer", "省财政厅")}),
    ("同时，省商务厅启动实施县域商业体系建设行动。", [("省商务厅", "Organization"), ("县域商业体系建设行动", "Programme")],
     {("县域商业体系建设行动", "organizer", "省商务厅")}),
    ("今年是临猗县委、县政府部署实施苹果产业振兴计划的第三年。",
     [("临猗县委", "Organization"), ("县政府", "Organization"), ("苹果产业振兴计划", "Programme")],
     {("苹果产业振兴计划", "organizer", "临猗县委"), ("苹果产业振兴计划", "organizer", "县政府")}),
])
def test_bodies_acting_together_and_launching(text, marks, expected):
    assert triples(text, marks, ("organizer",)) == expected


@pytest.mark.parametrize("text, marks, expected", [
    ("（記者林雅琪／新北報導）新北市政府交通局今（3）日宣布，「新北暢行」計畫明年1月1日起上路，整合公車與捷運。",
     [("新北市政府交通局", "Organization"), ("新北暢行", "Programme")],
     {("新北暢行", "organizer", "新北市政府交通局")}),
    ("昨日，市人社局宣布启动“技能成才”行动。", [("市人社局", "Organization"), ("“技能成才”行动", "Programme")],
     {("“技能成才”行动", "organizer", "市人社局")}),
    # announcing something about a programme that does not start it
    ("市人社局宣布，“技能成才”行动已培训工人3000人次。", [("市人社局", "Organization"), ("“技能成才”行动", "Programme")],
     set()),
])
def test_announcing_a_programme_launch(text, marks, expected):
    assert triples(text, marks, ("organizer",)) == expected


@pytest.mark.parametrize("text, marks, expected", [
    ("5月8日，临夏县2025年春风行动专场招聘会在城关镇举行。招聘会由临夏县人力资源和社会保障局主办，县就业服务中心承办。",
     [("临夏县2025年春风行动专场招聘会", "Event"), ("城关镇", "Place"),
      ("临夏县人力资源和社会保障局", "Organization"), ("县就业服务中心", "Organization")],
     {("临夏县2025年春风行动专场招聘会", "organizer", "临夏县人力资源和社会保障局"),
      ("临夏县2025年春风行动专场招聘会", "organizer", "县就业服务中心")}),
])
def test_event_named_by_its_head_noun_is_the_articles_own(text, marks, expected):
    assert triples(text, marks, ("organizer",)) == expected


@pytest.mark.parametrize("text, marks, expected", [
    ("新竹市议会第3届第2次定期会昨日进行总质询。", [("新竹市议会第3届第2次定期会", "Event")],
     {("新竹市议会第3届第2次定期会", "organizer", "新竹市议会")}),
    ("市人大常委会第二十三次会议召开。", [("市人大常委会第二十三次会议", "Event")],
     {("市人大常委会第二十三次会议", "organizer", "市人大常委会")}),
])
def test_a_body_holds_its_own_session(text, marks, expected):
    assert triples(text, marks, ("organizer",)) == expected


@pytest.mark.parametrize("text, marks, expected", [
    # 举办的纪念《X》…活动: the hosts hold the commemoration, they do not issue X
    ("由市司法局、市普法办等单位共同举办的纪念《浙江省法律援助条例》施行五周年系列宣传活动今天启动。",
     [("市司法局", "Organization"), ("市普法办", "Organization"), ("浙江省法律援助条例", "Programme")], set()),
    ("由市总工会主办的第三届职工读书节今天开幕。",
     [("市总工会", "Organization"), ("第三届职工读书节", "Event")], {("第三届职工读书节", "organizer", "市总工会")}),
])
def test_what_an_event_commemorates_is_not_hosted(text, marks, expected):
    assert triples(text, marks, ("organizer",)) == expected


@pytest.mark.parametrize("text, marks, expected", [
    # the subject of 举办/召开 after a time and before a venue or adverb
    ("12月3日，区文化馆在文化广场举办第五届市民读书节。",
     [("区文化馆", "Organization"), ("文化广场", "Place"), ("第五届市民读书节", "Event")],
     {("第五届市民读书节", "organizer", "区文化馆")}),
    ("某省作家协会日前在京成功举办青年作家创作研讨会。",
     [("某省作家协会", "Organization"), ("青年作家创作研讨会", "Event")],
     {("青年作家创作研讨会", "organizer", "某省作家协会")}),
    # bodies acting together: A联合B举办
    ("市汽车行业协会联合市工业大学举办2025新能源汽车论坛。",
     [("市汽车行业协会", "Organization"), ("市工业大学", "Organization"), ("2025新能源汽车论坛", "Event")],
     {("2025新能源汽车论坛", "organizer", "市汽车行业协会"), ("2025新能源汽车论坛", "organizer", "市工业大学")}),
    # hosts stated in a clause of their own after the event's clause
    ("第三届数字经济峰会在市国际博览中心举行，省经济和信息化厅、市人民政府共同主办。",
     [("第三届数字经济峰会", "Event"), ("市国际博览中心", "Place"), ("省经济和信息化厅", "Organization"),
      ("市人民政府", "Organization")],
     {("第三届数字经济峰会", "organizer", "省经济和信息化厅"), ("第三届数字经济峰会", "organizer", "市人民政府")}),
    # 在P举行的X上讲话: a speaker at an event held somewhere, not its host
    ("某外长在维也纳举行的部长级会议上讲话。", [("某外长", "Person"), ("维也纳", "Place"), ("部长级会议", "Event")], set()),
    # 召开关于…纪念X的会议: X is what is commemorated, not what is held
    ("市出版局今天在京召开关于做好纪念第十届全国运动会筹备工作的会议。",
     [("市出版局", "Organization"), ("第十届全国运动会", "Event")], set()),
])
def test_the_subject_before_a_venue_holds_the_event(text, marks, expected):
    assert triples(text, marks, ("organizer",)) == expected
