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
