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
