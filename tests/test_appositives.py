"""Person attributes in cases the appositive chain used to get wrong: the body of a deputy's
office, residents, Taiwan brackets, defined short forms before a title, lists of honours."""
from __future__ import annotations

import pytest

from test_relations import PERSON_ATTRS, triples


@pytest.mark.parametrize("text, marks, expected", [
    # 县长 has no body; 副县长 after 县委副书记、县长 does not borrow the 县委
    ("临泽县委副书记、县长马建国致辞，副县长赵丽主持开幕式。", [("临泽县委", "Organization"), ("马建国", "Person"),
                                            ("赵丽", "Person")],
     {("马建国", "position", "临泽县委副书记"), ("马建国", "memberOf", "临泽县委"), ("马建国", "position", "县长"),
      ("赵丽", "position", "副县长")}),
    ("省委副书记、省长陈志刚出席会议，副省长吴敏列席会议。", [("陈志刚", "Person"), ("吴敏", "Person")],
     {("陈志刚", "position", "省委副书记"), ("陈志刚", "memberOf", "省委"), ("陈志刚", "position", "省长"),
      ("吴敏", "position", "副省长")}),
    # the deputy of a body named with its own office still joins it
    ("市人大常委会主任刘洪主持会议，副主任孙晓出席。", [("市人大常委会", "Organization"), ("刘洪", "Person"),
                                              ("孙晓", "Person")],
     {("刘洪", "position", "市人大常委会主任"), ("刘洪", "memberOf", "市人大常委会"),
      ("孙晓", "position", "副主任"), ("孙晓", "memberOf", "市人大常委会")}),
])
def test_deputy_takes_the_body_of_the_matching_office(text, marks, expected):
    assert triples(text, marks, PERSON_ATTRS) == expected


@pytest.mark.parametrize("text, marks, expected", [
    ("65岁的居民李秀英说，食堂的饭菜很可口。", [("李秀英", "Person")], set()),
    ("村民王大勇告诉记者，今年收成不错。", [("王大勇", "Person")], set()),
    ("市民张丽华在地铁站接受了采访。", [("张丽华", "Person")], set()),
    ("社区居民赵德明带头清理楼道杂物。", [("赵德明", "Person")], set()),
    ("〔记者林雅琪／高雄报导〕高雄市政府昨日宣布。", [("林雅琪", "Person")],
     {("林雅琪", "position", "记者")}),
])
def test_residents_are_no_office_and_brackets_end_a_chain(text, marks, expected):
    assert triples(text, marks, PERSON_ATTRS) == expected


@pytest.mark.parametrize("text, marks, expected", [
    ("苏州云帆智能科技股份有限公司（以下简称“云帆智能”）发布年报。“我们将继续投入研发。”云帆智能董事长周立新说。",
     [("苏州云帆智能科技股份有限公司", "Organization"), ("周立新", "Person")],
     {("周立新", "position", "董事长"), ("周立新", "memberOf", "云帆智能")}),
])
def test_defined_short_form_before_a_title(text, marks, expected):
    assert triples(text, marks, PERSON_ATTRS) == expected


@pytest.mark.parametrize("text, marks, expected", [
    ("陈慧芳先后获得江苏省劳动模范、全国五一劳动奖章等荣誉。", [("陈慧芳", "Person")],
     {("陈慧芳", "honour", "江苏省劳动模范"), ("陈慧芳", "honour", "全国五一劳动奖章")}),
    ("刘建军荣获全国技术能手称号。", [("刘建军", "Person")], {("刘建军", "honour", "全国技术能手")}),
])
def test_each_honour_of_a_conferred_list(text, marks, expected):
    assert triples(text, marks, ("honour",)) == expected


@pytest.mark.parametrize("text, marks, expected", [
    # the council a seat belongs to is the one the article names
    ("新竹市议会第3届第2次定期会昨日开议，议长陈国华主持。市议员林美惠质询指出，公车路线太少。",
     [("新竹市议会", "Organization"), ("陈国华", "Person"), ("林美惠", "Person")],
     {("陈国华", "position", "议长"), ("陈国华", "memberOf", "新竹市议会"),
      ("林美惠", "position", "市议员"), ("林美惠", "memberOf", "新竹市议会")}),
    # the council named only at the head of its session's name
    ("新竹市议会第3届第2次定期会昨日进行总质询，议长陈国华主持。",
     [("新竹市议会第3届第2次定期会", "Event"), ("陈国华", "Person")],
     {("陈国华", "position", "议长"), ("陈国华", "memberOf", "新竹市议会")}),
    # no council named: the seat alone
    ("市议员林美惠质询指出，公车路线太少。", [("林美惠", "Person")], {("林美惠", "position", "市议员")}),
])
def test_council_seat_joins_the_council_the_article_names(text, marks, expected):
    assert triples(text, marks, PERSON_ATTRS) == expected
