"""Dropping page chrome and spam: each rule on pages and lines written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chainkg.loaders import clean as clean_module
from chainkg.loaders.clean import CONTENT, classify, clean, unify_newlines
from chainkg.loaders.normalize import normalize
from chainkg.loaders.offsets import MappedText
from chainkg.loaders.read import article_from_text

# Body paragraphs of our own (public facts: Sungrow's hydrogen business in
# Hefei High-tech Zone), used by the pages below.
P1 = "阳光电源在合肥高新区布局氢能业务,其电解水制氢装备项目已经投产,产品主要应用于可再生能源制氢场景。"
P2 = "合肥高新区相关负责人介绍,园区将围绕氢能产业链,重点引进燃料电池、储氢装备等上下游企业。"
P3 = "据了解,该项目建设过程中,企业先后取得建设工程规划许可证和施工许可证,并完成环评备案手续。"

SPAM = (
    "杭州网站建设公司哪家好宁波seo优化价格温州网页设计多少钱绍兴百度推广报价嘉兴网站排名优化公司"
    "湖州模板网站建设推荐金华关键词排名哪家好衢州网站优化按天计费舟山SEO外包公司台州建站多少钱"
)
HEADLINES = (
    "某地出现罕见天象引发网友围观一男子骑车环游全国归来两只熊猫宝宝迎来周岁生日老字号糕点店排起长队"
    "小区楼下发现一窝小猫外卖小哥雨中送餐获点赞网红景区回应门票涨价传闻多地迎来今冬首场降雪"
    "大学生毕业设计走红网络菜市场大妈自学英语走红八旬老人坚持晨跑三十年高铁站上演暖心一幕"
    "山区孩子收到远方来信球迷通宵排队购票古镇夜市人气火爆女子捡到钱包苦等失主两小时"
    "博物馆新展吸引大批游客小伙用旧木料打造迷你房屋渔民出海捕获罕见大鱼社区食堂开张"
)


def cleaned(text: str):
    return clean(normalize(unify_newlines(MappedText.identity(text))))


def kinds(text: str) -> dict[str, str]:
    return {line.text: line.kind for line in cleaned(text).lines if line.text}


@pytest.mark.parametrize(
    "line, kind",
    [
        ("首页 > 新闻中心 > 经济 > 正文", "breadcrumb"),
        ("当前位置:首页>>园区动态", "breadcrumb"),
        ("您的位置: 网站首页 / 新闻", "breadcrumb"),
        ("分享到: 微信 微博 QQ空间", "share"),
        ("分享", "share"),
        ("【字号 大 中 小】 打印 关闭", "share"),
        ("来源: 合肥日报", "meta"),
        ("责任编辑: 王五", "meta"),
        ("作者 李四", "meta"),
        ("原标题:合肥高新区氢能产业加速集聚", "meta"),
        ("图片来源:某高新区管委会", "meta"),
        ("2024-03-01 10:20:30", "date"),
        ("2024年3月1日 星期五", "date"),
        ("07/25", "date"),
        ("2021年07月25日 10:20 来源:新华网 作者:张三", "meta"),
        ("2024-01-30 09:12 | 保定日报", "meta"),
        ("2024年3月5日上午 某某项目在高新区开工建设总投资十亿元", CONTENT),
        ("张三 李四 文 王五 摄", "byline"),
        ("(记者 赵六 摄)", "byline"),
        ("钱七 孙八", "byline"),
        ("某某区委宣传部 出品", "byline"),
        ("Copyright © 2024 某某网 All Rights Reserved", "copyright"),
        ("某某网 版权所有 未经授权禁止复制", "copyright"),
        ("互联网新闻信息服务许可证:12345678901", "copyright"),
        ("皖ICP备12345678号-1", "copyright"),
        ("皖公网安备 34010402000000号", "copyright"),
        ("违法和不良信息举报电话:12345", "copyright"),
        ("阅读原文", "platform"),
        ("返回搜狐,查看更多", "platform"),
        ("相关阅读", "related"),
        ("相关新闻:", "related"),
        # the heading and its links on one line
        ("相关新闻:常州高新区召开企业座谈会 | 武进区新能源项目集中开工", "related"),
        ("推荐阅读", "related"),
        # a heading opened by a symbol or an emoji
        ("★ 延伸阅读", "related"),
        ("👉 相关新闻:常州高新区召开企业座谈会", "related"),
        ("上一篇:园区召开安全生产会议", "related"),
        (SPAM, "spam"),
        (HEADLINES, "spam"),
        ("网站优化 seo排名 虚拟主机 TXT地图", "spam"),
        ("热门搜索：临港新片区厂房出租 苏州工业园区公司注册 二手注塑机回收 晶圆回收报价", "spam"),
        ("【标签】：氢能 燃料电池 加氢站", "spam"),
        ("热门园区：漳州古雷港经济开发区 莆田高新区 平潭综合实验区", "spam"),
        ("标签化管理让园区服务更精准。", CONTENT),
        ("热门搜索背后，是企业对园区政策的关注。", CONTENT),
        ("tip:", "noise"),
        ("https://www.example.org/news/2024/0301.html", "noise"),
        ("(完)", "byline"),
        ("索引号: 11340100-2024-00012", "meta"),
        ("【字体:大 中 小】 打印本页 关闭窗口", "platform"),
        ("扫一扫在手机打开当前页", "platform"),
        ("他说,现在看来项目进展顺利。", CONTENT),
        ("企业已取得安全生产许可证2023年度复审,并取得排污许可证。", CONTENT),
        ("网络文化经营许可证编号:粤网文[2019]1234-567号", "copyright"),
        ("荣获勋章的企业家代表发言。", CONTENT),
        (P1, CONTENT),
        (P3, CONTENT),
        ("合肥高新区:氢能产业链加速成形", CONTENT),
        ("上下齐心 全力以赴推进项目建设", CONTENT),
        ("时间紧、任务重,企业加班加点推进设备调试。", CONTENT),
        ("记者在现场看到,主厂房已经封顶。", CONTENT),
    ],
)
def test_line_rules(line: str, kind: str) -> None:
    assert classify(line) == kind


PAGE = "\n".join(
    [
        "某某新闻网",
        "首页 > 新闻中心 > 园区",
        "合肥高新区:氢能产业链加速成形",
        "2024",
        "03/01",
        "09:15",
        "来源",
        "",
        "合肥晚报",
        "分享",
        "",
        P1,
        "",
        P2,
        P3,
        "张三 李四 文 王五 摄",
        "相关阅读:",
        "合肥高新区举办人才招聘会",
        "园区企业参加国际展会",
        P2,  # a related-article teaser repeating a paragraph is dropped too
        "Copyright © 2024 某某新闻网 版权所有",
        "皖ICP备12345678号",
        SPAM + HEADLINES,
        P2,
        P3,  # the page repeats its tail after the spam
    ]
)


def test_page_keeps_only_the_article() -> None:
    result = cleaned(PAGE)
    assert result.mapped.text == "\n".join(["合肥高新区:氢能产业链加速成形", P1, P2, P3])
    assert (result.title, result.outlet, result.date) == ("合肥高新区:氢能产业链加速成形", "合肥晚报", "2024-03-01")


def test_offsets_point_at_the_same_characters() -> None:
    result = cleaned(PAGE)
    for ch, o in zip(result.mapped.text, result.mapped.offsets, strict=True):
        assert PAGE[o] == ch


def test_body_sentences_about_permits_and_filings_are_kept() -> None:
    assert kinds(P3)[P3] == CONTENT


def test_repeated_short_lines_keep_their_first_occurrence() -> None:
    text = "\n".join(["园区动态", "高新区新闻", P1, "高新区新闻", P2, "高新区新闻"])
    assert cleaned(text).mapped.text == "\n".join(["园区动态", "高新区新闻", P1, P2])


def test_broken_paragraphs_are_rejoined() -> None:
    long = P1 + P2
    cut = len(P1) + 10  # mid-sentence, after a line long enough to be prose
    text = f"{long[:cut]}\n\n{long[cut:]}\n短句,\n接着写完。\n标题行\n正文。"
    assert cleaned(text).mapped.text == f"{long}\n短句,接着写完。\n标题行\n正文。"


def test_an_english_headline_is_not_joined_to_the_chinese_text_after_it() -> None:
    headline = "ASE to sell four mainland packaging plants to Wise Road Capital for about US$1.46 billion"
    assert cleaned(f"{headline}\n{P1}").mapped.text == f"{headline}\n{P1}"


def test_a_forms_fields_are_kept_however_often_they_repeat_and_wherever_they_end() -> None:
    items = []
    for k, name in enumerate(("电机控制器生产项目", "封装基板材料项目", "双极板生产项目"), 1):
        items += [f"{'一二三'[k - 1]}、项目名称:{name}", "投资需求:5000万元", "合作方式:合作", "项目进度:储备"]
    text = "\n".join([P1, *items])
    assert cleaned(text).mapped.text == text


def test_a_navigation_bar_above_the_headline_is_no_footer() -> None:
    # the bar holds 联系我们, like a footer; the article under it stays
    text = "\n".join(["某某资讯网 首页|投资指南|招商项目库|联系我们", "泉州台商投资区发布招商项目", P1, "合作方式:合资"])
    assert cleaned(text).mapped.text.endswith(f"{P1}\n合作方式:合资")


def test_traditional_chrome_is_recognised_after_conversion() -> None:
    text = "來源:經濟日報\n陽光電源在合肥高新區佈局氫能業務,電解水製氫裝備項目已經投產。\n相關閱讀\n另一則新聞\n版權所有 未經授權禁止轉載"
    article = article_from_text(text)
    assert article.text == "阳光电源在合肥高新区布局氢能业务,电解水制氢装备项目已经投产。"
    assert article.outlet == "经济日报"


def test_english_page_is_not_treated_as_noise() -> None:
    text = "Hefei high-tech zone\nSungrow opened a hydrogen plant.\nShare"
    assert "Sungrow opened a hydrogen plant." in article_from_text(text).text


def test_crlf_and_unicode_separators() -> None:
    text = f"{P1}\r\n{P2}\u2028{P3}\r"
    result = cleaned(text)
    assert result.mapped.text == f"{P1}\n{P2}\n{P3}"
    for ch, o in zip(result.mapped.text, result.mapped.offsets, strict=True):
        assert ch == "\n" or text[o] == ch


def test_inline_photo_credits_are_cut_from_paragraphs() -> None:
    text = f"图为电解槽生产线。(记者 张三 摄)\n{P1}"
    result = cleaned(text)
    assert result.mapped.text == f"图为电解槽生产线。\n{P1}"
    for ch, o in zip(result.mapped.text, result.mapped.offsets, strict=True):
        assert text[o] == ch


def test_data_tables_stay_navigation_rows_go() -> None:
    rows = [
        "| 序号 | 项目名称 | 总投资 | 进度 |",
        "| 1 | 电解水制氢装备项目 | 15亿元 | 在建 |",
        "| 2 | 燃料电池电堆项目 | 8亿元 | 签约 |",
    ]
    text = "\n".join(["| 网站首页 \\| 机构概况 \\| 政务公开 |", "重点项目清单如下:", *rows, "| 索引号: 1134-2024-01 | 发布机构: 某管委会 |"])
    assert cleaned(text).mapped.text == "\n".join(["重点项目清单如下:", *rows])


def test_layout_table_rows_repeating_paragraphs_go() -> None:
    text = "\n".join([P1, P2, f"| 合肥高新区新闻 {P1} {P2} 【打印本页】 |"])
    assert cleaned(text).mapped.text == f"{P1}\n{P2}"


def test_traditional_news_site_page() -> None:
    text = "\n".join(
        [
            "新竹科學園區再添新廠",
            "2024/05/08 14:30",
            "記者王小明／新竹報導",
            "分享至",
            "Facebook",
            "Line",
            "一家晶圓代工廠今天在新竹科學園區舉行新廠動土典禮，新廠總投資金額約新臺幣3000億元，預計2026年量產。",
            "該公司表示，新廠將導入先進製程，帶動上下游供應鏈投資。",
            "延伸閱讀",
            "科學園區營業額創新高",
            "半導體設備廠擴大投資",
        ]
    )
    article = article_from_text(text)
    assert article.text == (
        "新竹科学园区再添新厂\n"
        "一家晶圆代工厂今天在新竹科学园区举行新厂动土典礼,新厂总投资金额约新台币3000亿元,预计2026年量产。\n"
        "该公司表示,新厂将导入先进制程,带动上下游供应链投资。"
    )
    assert (article.title, article.date) == ("新竹科学园区再添新厂", "2024-05-08")


def test_wechat_style_article() -> None:
    text = "\n".join(
        [
            "点击上方蓝字 关注我们",
            "氢能装备项目落户合肥高新区",
            "来源 | 合肥发布",
            "编辑 | 小明",
            P1,
            P2,
            "END",
            "往期推荐",
            "园区举办创新创业大赛",
            "分享、点赞、在看,点个在看你最好看",
            "长按二维码关注我们",
        ]
    )
    article = article_from_text(text)
    assert article.text == "\n".join(["氢能装备项目落户合肥高新区", P1, P2])
    assert article.outlet == "合肥发布"


def test_long_table_rows_are_not_joined() -> None:
    rows = [
        "| 1 | 合肥高新区电解水制氢装备及燃料电池系统研发生产基地建设项目 | 15亿元 | 在建 |",
        "| 2 | 合肥高新区燃料电池电堆及膜电极规模化生产线扩建项目(二期) | 8亿元 | 签约 |",
    ]
    assert cleaned("\n".join(rows)).mapped.text == "\n".join(rows)


def test_headline_links_closing_the_page_go() -> None:
    links = ["某地出现罕见天象", "男子骑车环游全国归来", "熊猫宝宝迎来周岁生日", "老字号糕点店排起长队", "外卖小哥雨中送餐获点赞"]
    assert cleaned("\n".join([P1, P2, *links])).mapped.text == f"{P1}\n{P2}"
    # Fewer short lines at the end (names, captions) stay.
    assert cleaned("\n".join([P1, P2, *links[:3]])).mapped.text == "\n".join([P1, P2, *links[:3]])


def test_short_lines_under_the_footer_go() -> None:
    text = "\n".join([P1, "Copyright © 2024 某某网 版权所有", "关于我们的网站", "园区新闻一则标题"])
    assert cleaned(text).mapped.text == P1


@pytest.mark.parametrize(
    "first, dropped",
    [("某某新闻网", True), ("新浪网", True), ("某某日报", True), ("园区建成工业物联网", False), ("建设智能电网", False)],
)
def test_site_name_line_above_the_headline(first: str, dropped: bool) -> None:
    result = cleaned(f"{first}\n合肥高新区:氢能项目开工\n{P1}")
    assert result.mapped.text.startswith(first) is not dropped
    assert result.title == ("合肥高新区:氢能项目开工" if dropped else first)


# classify() tests a word or first character before each regex; the test must hold for
# every line the regex matches, or a rule would silently stop firing.
_LINE_PIECES = ["首页", "主页", "Home", "位置", ":", ">", "»", "2024", "-", "05", "年", "月", "日", "星期一", "10:20",
                "摄", "供图", "报道", ")", "(", "来源", "作者", "记者", "[", "【", "编辑", "19", "20", "上一篇",
                "下一条", "http://", "www.", "HTTP", "x.cn", "|", " ", "张三", "合肥高新区", "。", "的"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_LINE_PIECES), min_size=1, max_size=12).map("".join))
def test_cheap_line_tests_hold_whenever_their_regex_matches(line: str) -> None:
    line = line.strip()
    if not line:
        return
    assert clean_module._is_row(line) == bool(clean_module._TABLE_ROW.match(line))
    if clean_module._BREADCRUMB.match(line):
        assert clean_module._may_be_crumb(line)
    if clean_module._WHERE_LABEL.match(line):
        assert "位置" in line
    if clean_module._CRUMB_CHAIN.match(line):
        assert clean_module._CRUMB_SEPARATOR.search(line)
    if clean_module._DATE_ONLY.match(line):
        assert line[0].isdecimal() or line[0] in "星周"
    if clean_module._TRAILING_CREDIT.match(line):
        assert line.endswith(clean_module._CREDIT_ENDS)
    if clean_module._LABEL_LINE.match(line):
        assert clean_module._may_be_label(line)
    if clean_module._DATED_BYLINE.match(line):
        assert line.startswith(("19", "20"))
    if clean_module._PREV_NEXT.match(line):
        assert line.startswith(("上一", "下一"))
    if clean_module._URL_ONLY.match(line):
        assert line[:4].lower() in ("http", "www.")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.one_of(st.characters(), st.characters(min_codepoint=0x3300, max_codepoint=0xA100)), max_size=60))
def test_cjk_count_counts_what_the_cjk_class_matches(text: str) -> None:
    assert clean_module._cjk_count(text) == len(clean_module._CJK.findall(text))
    assert clean_module._cjk_count(text + "\ud800中") == len(clean_module._CJK.findall(text)) + 1  # a lone surrogate


def test_a_hard_wrapped_text_is_rejoined_at_its_wrapping_width() -> None:
    # a PDF converted to text breaks its lines at one width (here 30 characters), mid-sentence and
    # mid-number; a short line ending a paragraph, and a heading, stay as they are
    para = ("位于我区的柔性显示屏生产线项目主体结构已于本月全面封顶，项目随后进入机电安装和洁净室建设阶段，"
            "项目公司为本地一家显示科技有限公司，总投资440亿元，主要生产柔性显示屏及模组产品，"
            "建成后将壮大我区的新型显示产业规模。")
    wrapped = "\n".join(para[i:i + 30] for i in range(0, len(para), 30))
    text = f"工作简报\n【重点项目】\n{wrapped}\n【产业动态】\n园区新型显示产业链条较为完整。"
    expected = f"工作简报\n【重点项目】\n{para}\n【产业动态】\n园区新型显示产业链条较为完整。"
    assert cleaned(text).mapped.text == expected.replace("，", ",")  # (full-width commas normalised)


def test_a_message_boards_fields_give_the_date_and_leave_the_text() -> None:
    page = ("【已回复】新厂什么时候招工？\n留言对象：某市经济技术开发区管委会\n留言人：网友老王 留言时间：2025-03-06 21:14\n"
            "【留言内容】\n请问开发区的新材料项目是不是停工了？\n【回复时间】2025-03-19 10:26\n【回复内容】\n"
            "网友您好！经核实，该项目已于2月7日正式开工，目前正在进行厂房基础施工。\n")
    article = article_from_text(page)
    assert article.date == "2025-03-06"
    assert "留言时间" not in article.text and "回复时间" not in article.text
    assert "正式开工" in article.text


def test_a_link_farms_heading_alone_and_the_terms_under_it_are_spam() -> None:
    page = ("某地一批厂房挂牌出租，单价环比回落。园区人士表示，近期咨询量有所回升。\n\n==== 热门搜索 ====\n"
            "合肥高新区厂房出租 | 芜湖经开区招商政策 | 滁州经开区土地价格\n\n友情链接：厂房网 | 园区招商网\n")
    got = kinds(page)
    assert got["==== 热门搜索 ===="] == "spam"
    assert got["合肥高新区厂房出租 | 芜湖经开区招商政策 | 滁州经开区土地价格"] == "spam"
    assert got["某地一批厂房挂牌出租,单价环比回落。园区人士表示,近期咨询量有所回升。"] == CONTENT


def test_a_related_parks_heading_and_its_list_are_related_links() -> None:
    page = ("园区人士表示，近期咨询量有所回升，标准厂房出租率保持在九成以上。\n\n相关园区推荐：\n"
            "菏泽高新技术产业开发区 | 滨州高新技术产业开发区 | 日照经济技术开发区\n")
    got = kinds(page)
    assert got["菏泽高新技术产业开发区 | 滨州高新技术产业开发区 | 日照经济技术开发区"] != CONTENT


def test_a_technical_supporter_in_a_sentence_is_no_footer() -> None:
    line = "中钜公司是菲太电子的主要原材料供应商和技术支持商,两家企业同属一家集团。"
    assert classify(line) == CONTENT
