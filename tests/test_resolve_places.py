"""Resolution of forms that depend on where they stand: 县委/县农业农村局 after a county named
nearby on a page whose articles run together, zones that are no district, 新区, 臺/台, and short
forms an article defines (以下简称…)."""
from __future__ import annotations

import pytest

from kg.resolve import resolve
from test_resolve import names, page


@pytest.mark.parametrize("body, marks, expected", [
    # one article naming two counties: the 县委 after the second county is its committee
    ("灵丘县召开文旅大会。灵丘县游客增长。灵丘县接待游客100万人次。\n"
     "繁峙县委书记赵卫东深入繁峙县砂河镇调研。县委常委王丽参加调研。",
     [("灵丘县", "Place"), ("繁峙县委", "Organization"), ("繁峙县", "Place"), ("砂河镇", "Place"),
      ("县委", "Organization")],
     ("Organization", "繁峙县委")),
    # a county named once in a list does not take over the article's own county
    ("灵丘县召开文旅大会。灵丘县游客增长，灵丘县、繁峙县等地景区客流回升。县委要求抓好安全。",
     [("灵丘县", "Place"), ("繁峙县", "Place"), ("县委", "Organization")],
     ("Organization", "灵丘县委")),
])
def test_level_organ_takes_the_county_named_nearby(body, marks, expected):
    doc, ms = page("d", [(body, marks)])
    assert expected in names(resolve([doc], ms, [], []))


@pytest.mark.parametrize("articles, expected", [
    # a bonded zone is no district: 区委 there is the district's committee
    ([("浦东新区召开大会。浦东新区经济增长。", [("浦东新区", "Place")]),
      ("外高桥保税区举行签约仪式。外高桥保税区引进项目。区委常委李军出席。",
       [("外高桥保税区", "Place"), ("区委", "Organization")])],
     ("Organization", "浦东新区区委")),
])
def test_zone_is_no_district(articles, expected):
    doc, ms = page("d", articles)
    got = names(resolve([doc], ms, [], []))
    assert expected in got or ("Organization", "浦东新区委") in got
    assert ("Organization", "外高桥保税区委") not in got


@pytest.mark.parametrize("body, marks, expected", [
    ("浦东新区召开大会。位于新区的张江科学城发展迅速。", [("浦东新区", "Place"), ("新区", "Place")],
     {("Place", "浦东新区"): ["新区"]}),
    ("臺南市政府文化局舉辦展覽。台南市政府表示支持。",
     [("臺南市政府文化局", "Organization"), ("臺南市政府", "Organization"), ("台南市政府", "Organization")],
     {("Organization", "台南市政府"): ["臺南市政府"]}),
    ("杭州星辰微电子股份有限公司（以下简称“星辰微”）发布年报。星辰微表示将扩产。",
     [("杭州星辰微电子股份有限公司", "Organization"), ("星辰微", "Organization")],
     {("Organization", "杭州星辰微电子股份有限公司"): ["星辰微"]}),
    ("市发展改革委印发《杭州市数字经济促进办法》（以下简称《办法》）。《办法》自下月起施行。",
     [("市发展改革委", "Organization"), ("杭州市数字经济促进办法", "Programme"), ("办法", "Programme")],
     {("Programme", "杭州市数字经济促进办法"): ["办法"]}),
])
def test_new_district_variants_and_defined_short_forms(body, marks, expected):
    doc, ms = page("d", [(body, marks)])
    got = names(resolve([doc], ms, [], []))
    for key, aliases in expected.items():
        assert key in got and set(aliases) <= set(got[key])
