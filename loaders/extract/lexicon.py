"""Word lists of the rule-based extractor: the language of zone news, not of any one article.

Each list says what it is for. Places come from ``ontology/data/regions.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import yaml

# --- zones -----------------------------------------------------------------
# Suffix -> zone kind. Longest first when compiled into a regex.
ZONE_SUFFIXES: dict[str, str] = {
    "国家高新技术产业开发区": "high_tech",
    "高新技术产业开发区": "high_tech",
    # a province's high-tech zone (湖口高新技术产业园区, 宁波江北高新技术产业园区): government-run by its
    # designation, a zone with or without its 管委会 named (not a 高新技术产业园, any park of high-tech firms)
    "高新技术产业园区": "high_tech",
    "国家级高新区": "high_tech",
    "国家高新区": "high_tech",
    "高新区": "high_tech",
    "国家级经济技术开发区": "econ_dev",
    "国家级经开区": "econ_dev",
    "经济技术开发区": "econ_dev",
    "经济开发区": "econ_dev",
    "经开区": "econ_dev",
    "开发区": "econ_dev",
    "新片区": "new_area",
    "新区": "new_area",
    # a free-trade area (大连自贸片区); not a bonded zone (综合保税区), a customs area often inside another zone
    "自贸片区": "other",
    # a national zone for Taiwanese investment with its own 管委会 (泉州台商投资区, 漳州台商投资区)
    "台商投资区": "other",
    # a city's airport or port economic area, run like a development zone (天津空港经济区, 长沙临空经济示范区);
    # not any economic region (成渝经济区)
    "空港经济区": "other",
    "临空经济区": "other",
    "临空经济示范区": "other",
    "临港经济区": "other",
}
# Parks count as zones only when the article names their 管委会/党工委 (administration).
PARK_SUFFIXES: dict[str, str] = {
    "科技产业园": "industrial_park",
    "高新技术产业园": "industrial_park",
    "产业园区": "industrial_park",
    "产业园": "industrial_park",
    "工业园区": "industrial_park",
    "工业园": "industrial_park",
    "科技园": "industrial_park",
    "科技城": "industrial_park",
    "科教城": "industrial_park",
    "科学城": "industrial_park",
    "能源化工基地": "industrial_park",
    "化工基地": "industrial_park",
    "化工园区": "industrial_park",
    "生态园": "industrial_park",
    "产业集聚区": "industrial_park",  # 温州瓯江口产业集聚区: a cluster area with its own 管委会
    # an old national bonded zone run like a development zone (张家港保税区管委会); not a 综合保税区, a customs
    # area inside another zone (zones.find_zones skips it)
    "保税区": "other",
    "工业集中发展区": "industrial_park",  # 新都工业集中发展区: Sichuan's name for an industrial zone
    "工业区": "industrial_park",  # 康桥工业区 (管委会), not any industrial district
    "物流园区": "industrial_park",  # 鄂尔多斯空港物流园区 (建设管理局), not any logistics park
    # a national border zone run like a development zone (满洲里边境经济合作区管理委员会)
    "边境经济合作区": "other",
    # parks one region builds inside another (飞地, 共建园区), with their own administration:
    # 广清经济特别合作区, 苏盐合作园区, 惠榆新兴产业合作园, 沪苏大丰产业联动集聚区
    "特别合作区": "other",
    "合作园区": "industrial_park",
    "产业合作园": "industrial_park",
    "产业合作园区": "industrial_park",  # 徐淮产业合作园区 (not 徐淮产业合作园 and a 区 left over)
    "联动集聚区": "industrial_park",
    "新城": "industrial_park",  # 衢州智造新城 (管委会), not any new town
    # a zone run by two countries (中韩(长春)国际合作示范区), with its own administration
    "国际合作示范区": "other",
    # national demonstration zones with their own administration (珲春海洋经济发展示范区管委会,
    # 昌吉国家农业高新技术产业示范区) and cross-border zones (中国老挝磨憨—磨丁经济合作区)
    "海洋经济发展示范区": "other",
    "农业高新技术产业示范区": "other",
    "经济合作区": "other",
    # 山西转型综合改革示范区 (管委会): a reform zone run like a development zone
    "综合改革示范区": "other",
    "综改示范区": "other",
    # 郑州航空港经济综合实验区 (管委会): a national experimental zone run like a development zone
    "经济综合实验区": "other",
}
ZONE_ADMIN_WORDS = ("管委会", "党工委", "管理委员会", "管理局", "执行委员会")  # 崖州湾科技城管理局
# Generic canonical suffix per kind: 常州国家高新区 and 常州高新区 share "常州高新区".
KIND_CANONICAL_SUFFIX = {"high_tech": "高新区", "econ_dev": "经开区", "new_area": "新区"}
# Short form of a high-tech zone: 武高新, 渭南高新 (not 高新技术, 高新区).
HIGH_TECH_SHORT = "高新"

# Characters that end a name to the left: function words, numerals, verbs that
# introduce a place ("位于", "在"). A zone or company name never contains them.
STOP_CHARS = set("的在于是与和及由对将把从向为该本全各我其了个等、这那此今明去年月日号被让给就都也又还并且或及至到以已正")

# Words that cut a name on the left (the name starts after the last of them).
# A project halted or dropped ('拟终止高性能电子铜箔生产基地项目', '叫停…'): no part of a company's or
# a project's name
HALT_WORDS = ("终止", "叫停", "暂停", "取消", "放弃")
LEFT_CUT_WORDS = (
    "其中", "位于", "来到", "走进", "前往", "离开", "赶往", "包括", "比如", "例如", "如", "惠及", "引进", "引入",
    "签约", "落户", "落地", "支持", "推动", "推进", "加快", "加速", "促进", "促成", "确保", "力争", "争取",
    "提速建设", "提速", "策划储备", "策划", "储备", "谋划", "对接", "服务", "围绕", "聚焦", "依托",
    "联合", "携手", "与", "和", "及", "以及", "由", "在", "对", "向", "把", "将", "从", "是", "的", "了", "为",
    "据", "记者", "日前", "近日", "目前", "此外", "同时", "今年", "去年", "明年", "特别是", "尤其是", "暨",
    "开展", "举办", "召开", "应用于", "用于", "于", "给", "被", "让", "同", "跟", "随", "等", "有", "新增",
    "一批", "首家", "一家", "该", "这个", "这家", "多家", "各", "全", "当", "只", "代表", "企业", "主动",
    "以", "选址", "收到", "获得", "宣布", "意味着", "表明", "显示", "使得", "带动", "吸引", "成为", "认购", "公布", "称", "表示", "透露", "加入", "入股", "参股", "控股了",
    # descriptions before a name (世界知名涂料品牌立邦集团, 创业板上市公司惠州亿纬…, 合资公司三安意法…)
    "品牌", "知名", "上市公司", "合资公司", "抓好", "进入", "打造成", "打造为", "龙头",  # (笔电代工龙头仁宝电脑)
    # a notice's parties ('由竞得人常州银河世纪微电子股份有限公司竞得', '受让方…')
    "竞得人", "受让人", "受让方", "中标人", "成交人", "招标人",
    # a notice's verbs ('行政审批局发布X有限公司…项目环评公示', '租用X开发区的厂房')
    "发布", "公示", "受理", "批复", "租用", "租赁",
    "影响", "事项",  # '本次重整事项不影响公司…的正常经营'
    "同属", "均属", "属于", "隶属于", "隶属",  # '两家企业同属广东东莞南卓集团'
    # a trade described before the name ('老牌百货零售商新世界')
    "零售商", "经销商", "开发商", "运营商", "服务商", "制造商", "生产商",
    "而",  # '…，而深圳新宙邦科技股份有限公司长期为…'
    "届时",  # '项目预计年内投产，届时公司产能…'
    "运营主体", "实施主体", "建设主体", "投资主体",  # '项目运营主体杰瑞绿色资源再生(郑州)有限公司'
    "营运实体", "经营实体", "业主",  # '其主要营运实体中山康方生物医药有限公司', '项目业主安徽…股份有限公司'
    # a forecast or a notice about the company (我们预计公司…营收, 确认公司成为其供应商)
    "预计", "预测", "确认", "认为", "看好",
    # time and discourse words before 公司 (近年来公司…, 下一步公司将…, 请他谈谈公司…)
    "近年来", "多年来", "以来", "下一步", "此前", "此后", "随后", "今后", "谈谈", "介绍",
    "近几年", "近两年", "近些年", "这几年", "这些年", "先后到", "相继到", "先后", "相继",
    # prepositions of a plan or a source (按照公司规划…, 根据公司公告…)
    "按照", "根据", "依照", "依据",
    # a speaker's own words in an interview (我们新氢动力…, 咱们园区的…)
    "我们", "咱们", "他们",
    *HALT_WORDS,
)
# Verbs and clause words that a company name never contains: the name starts after them
# (2017年12月成立山东东岳…有限公司, 现名国鸿氢能…, 电池技术通过许可方式来自宁德时代…, 还配套宝马).
CLAUSE_VERBS = (
    "成立", "设立", "注册", "组建", "创立", "创办", "来自", "现名", "原名", "前称", "更名为", "改名为", "更名",
    "名为", "旗下", "通过", "透过", "收购", "并购", "注资", "出资", "担任", "配套", "供货", "聚集", "集聚", "汇聚",
    "拥有", "覆盖", "入驻", "进驻", "牵手", "助力", "参与", "中标", "承建", "招引", "继续", "包含", "涵盖",
    "吸纳", "培育", "孵化", "签下", "拿下", "入选", "荣获", "授权", "许可", "委托", "交付", "采购", "订购",
    "再添", "新添", "喜添", "迎来", "喜迎", "再迎", "全资子公司", "控股子公司", "子公司", "母公司", "孙公司",
    "购入", "买入", "购买",  # '以40亿美元购入智利化工矿业公司…股权'
    "拜访", "走访", "参观", "看望", "到访", "考察",  # a delegation's visits ('先后拜访乐士制衣、…')
    # an investor's or an analyst's words about the company (请问公司…, 维持公司“买入”评级, 请关注公司公告)
    "请问", "关注", "维持", "下调", "上调", "追问", "关心", "询问", "提问", "说明",
    "搭载", "采用", "配备",  # '…智能手机搭载紫光展锐科技有限公司的4G芯片'
    "附属公司",  # 全资附属公司 (a Hong Kong or Taiwan filing's word for a subsidiary)
    "已", "还", "也",  # not 都 (成都), 均 (均胜), 即 (即发): names contain them
    # where, what a text says, what a company received (新厂区紧邻公司…, 报告提到…, 取证之后公司…)
    "紧邻", "毗邻", "邻近", "靠近", "提到", "提及", "接获", "之后", "重点发展",
    "大厂",  # a trade before the name (触控大厂宸鸿科技)
    # a regulator's approval of a filing (《关于同意西安凯立…有限公司首次公开发行股票注册的批复》)
    "关于", "同意", "批准", "核准",
)
# Time expressions that open a clause before a name (2017年12月, 3月18日, 年初).
TIME_EXPRESSION = r"(?:\d{2,4}年)?\d{1,2}月(?:\d{1,2}[日号])?|\d{2,4}年(?:初|底|末|中)?|\d{1,2}[日号]|年初|年底|年末|月底|月初|[前后上下一二三四]+季度|上半年|下半年"
# '供应' starts a clause unless it is the 供应链 of a name (…供应链管理有限公司).
CLAUSE_VERB_PATTERNS = (r"供应(?!链)", r"提供(?!商)")

# --- enterprises -----------------------------------------------------------
LEGAL_SUFFIXES = ("集团股份有限公司", "股份有限公司", "有限责任公司", "有限公司", "集团有限公司", "株式会社")
# Trailing words stripped to reach a company's core name (正力新能电池技术 -> 正力新能).
CORE_STRIP_SUFFIXES = ("集团", "公司", "股份", "控股", "科技", "技术", "实业", "有限")
# Endings that mark a token as a company's trade name (宏微科技, 常诚车业, 全通物流).
COMPANY_ENDINGS = (
    "科技", "集团", "股份", "高科", "新能", "能源", "汽车", "车业", "电子", "药业", "制药", "物流", "实业",
    "控股", "新材料", "材料", "中药", "动力", "传动", "智能", "电池", "电气", "光电", "微电子", "半导体",
    "生物", "医药", "太阳能", "机械", "重工", "装备", "化工", "钢铁", "通信", "软件", "网络", "信息",
    "石化", "石油", "电力", "电网", "建材", "化学", "锂能", "锂业", "钴业", "储能", "氢能", "光能",
)
# A name ending like this is not an enterprise: government, media, schools, zones.
NOT_ENTERPRISE_ENDINGS = (
    "局", "委", "办", "委员会", "政府", "管委会", "党工委", "部", "厅", "处", "署", "法院", "检察院",
    "日报", "晚报", "报社", "报业集团", "电视台", "广播电台", "传媒", "新闻", "网", "杂志社", "出版社",
    "大学", "学院", "中学", "小学", "学校", "幼儿园", "医院", "协会", "商会", "联盟", "学会",
    "街道", "镇", "乡", "村", "社区", "区", "市", "县", "省", "生态圈",
)
MEDIA_WORDS = ("报", "传媒", "新闻", "广电", "电视", "出版", "网站")
# Generic "X公司" that name no firm.
GENERIC_COMPANY_STEMS = {
    "整个", "我们", "他们", "全", "贵", "本家", "该家", "两家", "几家", "多家", "空壳", "壳",
    "基金", "上市", "子", "母", "分", "总", "该", "这家", "一家", "相关", "新", "其", "各", "本", "国有", "科技",
    "投资", "城投", "平台", "建设", "外资", "民营", "合资", "独资", "咨询", "物业", "运营", "项目", "贸易",
    "附属", "资附属",  # 全资附属公司 (全 ends a name on the left)
    "控股", "股份", "实业", "集团",  # a legal word alone (万向控股有限公司 cut at 向: 控股有限公司)
}
# Head nouns after an enumeration that make its items enterprises.
ENTERPRISE_HEADS = ("企业", "公司", "主机厂", "整车厂", "车企", "厂商", "厂家", "客户", "供应商", "品牌", "龙头")
AUTOMAKER_HEADS = ("主机厂", "整车厂", "车企")
COUNTRY_PREFIXES = (
    "法国", "德国", "美国", "日本", "韩国", "英国", "意大利", "瑞士", "瑞典", "荷兰", "比利时", "丹麦", "芬兰",
    "挪威", "西班牙", "奥地利", "加拿大", "澳大利亚", "新加坡", "以色列", "印度", "俄罗斯", "香港", "台湾",
)

# --- projects --------------------------------------------------------------
# Nouns that make "X" a concrete project (X产业园, X基地, X二期).
PROJECT_HEADS = (
    "产业园", "工业园", "科技园", "基地", "工厂", "新工厂", "生产线", "产线", "中心", "车间", "厂房", "厂区",
    "电站", "工程", "一期", "二期", "三期", "四期", "扩建", "改造", "扩产", "试验场", "孵化器", "大市场",
    "市场", "园", "厂", "港", "城", "站", "馆", "楼", "街", "路", "桥",
)
# Words that, alone, make a project name generic (重点项目, 新项目, 入库项目).
GENERIC_PROJECT_WORDS = (
    "重大", "重点", "优质", "产业", "新建", "续建", "在建", "招引", "签约", "外资", "内资", "服务业", "制造业",
    "科技", "人才", "城市", "提升", "平台", "基础设施", "民生", "入库", "在库", "市级", "省级", "区级", "国家级",
    "省", "市", "区", "县", "级", "新", "该", "本", "此", "各类", "一批", "等", "高质量", "好", "大", "实体", "有关", "各个", "多个", "几个", "数个", "这些", "此类",
    "更多", "更大", "一系列", "若干", "上游", "中游", "下游",
    "攻坚", "招商", "引资", "投资", "亿元", "百亿", "十亿", "工业", "农业", "安置", "民营", "社会", "公益",
    "储备", "策划", "谋划", "开工", "竣工", "投产", "上下游", "产业链", "链", "重大产业", "相关", "配套",
    "示范", "标杆", "试点", "首个", "全国", "全省", "全市", "全区", "年度", "计划", "专项", "基金", "债", "优势", "特色", "亿级", "百亿级",
    "千亿级", "后续",
)
PHASES = ("一期", "二期", "三期", "四期", "五期")
# Words that only describe the kind of a listed project (农业项目, 平台项目).
OTHER_CHAIN_WORDS = ("物流", "粮", "农业", "油茶", "食品", "预制菜", "饲料", "养殖", "种植", "快递", "冷链", "仓储")
# ... and of a project only: a refinery project (炼化一体化) is petrochemicals, no chain of ours (its
# company gets 'other' from its name below, beside the materials it may make for one of ours)
OTHER_PROJECT_WORDS = (*OTHER_CHAIN_WORDS, "炼化", "炼油", "石化")
# Words that name a company for a trade outside our chains (湛江钢铁, 紫金矿业, 国家电网, 乐士制衣): the
# company is in that trade ('other') whatever else the article shows it doing (a steelworks' hydrogen plant)
OUTSIDE_TRADE_NAME_WORDS = ("钢铁", "钢集团", "有色", "矿业", "冶金", "电网", "纸业", "浆纸", "服饰", "制衣",
                            "服装", "纺织", "家居", "文旅", "公交", "可乐", "饮料", "米业", "油脂", "建材", "水泥",
                            "铝业", "木业")
# ... unless, for a chemicals or oil company, the article shows it making materials of ours (阿科玛's PVDF,
# 卡博特's carbon black): it is then in that chain, not in bulk chemicals
CHEMICALS_NAME_WORDS = ("化工", "炼化", "石油", "电化")
# Hydrogen made by a plant the project builds too: a solar-to-hydrogen project is also a solar one
# (纳日松光伏制氢产业示范项目); a wind-only one (风电制氢) is in no chain of ours beyond hydrogen.
ALSO_CHAINS = {"光伏制氢": "photovoltaic", "风光制氢": "photovoltaic", "风光氢": "photovoltaic"}

# --- stages ----------------------------------------------------------------
# Stage cues beyond the ontology's keywords, as they appear in reports.
STAGE_CUES: dict[str, tuple[str, ...]] = {
    "planned": ("策划", "储备", "谋划"),
    "negotiating": ("在谈", "洽谈"),
    "signed": ("签约", "落户", "落地", "签署", "签订", "订立", "拿地", "摘牌", "取得土地", "土地使用权"),
    "started": ("开工", "破土动工", "奠基", "动工", "建设启动", "启动建设", "开建", "动土", "破土",
                "开复工",  # 集中开复工: new projects start, others resume; 开工 is the named one's
                "启动施工", "开始施工"),  # the first works, not works under way
    "under_construction": ("在建", "施工", "封顶", "调试", "续建", "建设现场", "建设工地", "工地", "正在建设",
                           "建设中", "提速建设", "加紧建设", "主体完工", "复工", "安装到位", "竣工验收阶段",
                           "进入竣工验收", "建设正酣", "加快建设中", "建设进展顺利", "施工进展顺利", "建设稳步推进",
                           "进行设备安装", "设备安装阶段", "设备进场", "设备安装",
                           "建设有序推进",
                           # trial runs are commissioning, like 调试 (SCHEMA): not yet production
                           "试生产", "试产", "试运行"),
    "completed": ("竣工", "建成", "完工"),
    "in_production": ("投产", "量产", "达产", "投入生产", "投运", "投入运营", "投入运行", "满产", "投片", "通线", "产能爬坡", "投入使用",
                      # the first product off the line (首辆整车正式下线)
                      "整车下线", "首车下线", "正式下线", "成功下线", "顺利下线", "首台下线", "首片下线", "量产下线",
                      "产品下线", "晶圆下线", "下线仪式",
                      # products handed to buyers (开始向消费者交付); 交付使用 of a building is not this
                      "开始交付", "开始向消费者交付", "首批交付",
                      # a plant at work (生产设备和环保设施运行正常, 已正常生产)
                      "运行正常", "正常生产",
                      # products shipped off the line (第一条生产线已经稳定出货)
                      "稳定出货", "批量出货", "开始出货", "正式出货", "首批出货"),
}
# Site words: where a project is being built, or merely where an event took place.
SITE_CUES = ("工地", "建设现场", "建设工地")
# A cue preceded by one of these (in its clause) is a plan or target, not the stage now.
TARGET_MARKERS = (
    "预计", "计划", "将", "争取", "力争", "确保", "推动", "推进", "加快", "加速", "有望", "拟", "力求", "目标",
    "准备", "即将", "尽快", "早", "希望", "预期", "可望", "后续", "未来", "下一步", "明年", "年底前",
    "打造", "为了", "全力", "努力", "待", "届时", "本月", "下月", "年内", "原定",
)
# '确保/力争 … 竣工投产' this year: the project is being built now (gold NOTES).
FINISH_TARGET = ("竣工投产", "建成投产", "竣工")
FINISH_TARGET_MARKERS = ("确保", "力争", "争取")

# Company-name endings that tell the industry when the ontology's keywords do not.
ENDING_CHAINS: dict[str, str] = {
    "太阳能": "photovoltaic", "光伏": "photovoltaic", "光能": "photovoltaic", "新材料": "new_materials", "材料": "new_materials",
    "药业": "biomedicine", "制药": "biomedicine", "医药": "biomedicine", "中药": "biomedicine", "生物": "biomedicine",
    "半导体": "semiconductor", "微电子": "semiconductor", "芯片": "semiconductor", "集成电路": "semiconductor",
    "氢能": "hydrogen", "汽车": "nev", "车业": "nev", "新能源车": "nev", "乘用车": "nev", "整车": "nev",
    "改装车": "nev", "车灯": "nev", "动力电池": "nev", "锂电": "nev", "电池": "nev", "软件": "digital", "信息": "digital",
    "人工智能": "digital", "机器人": "equipment", "装备": "equipment", "机械": "equipment", "重工": "equipment",
}
# Common words that open project names but never name their owner (公共充电桩, 现代农业产业园).
# 氢 anywhere in a trade name (豫氢装备, 上海氢枫) says hydrogen before any ending does.
# ... and in a company's or project's name only, not in a zone's list of industries (where 设备 follows
# the chain it serves: 半导体设备): 太原仙良永磁专用设备有限公司
_NAME_ONLY_CHAINS = {"设备": "equipment"}
_ENDING_CHAINS_LONGEST_FIRST = [("氢", "hydrogen")] + sorted({**ENDING_CHAINS, **_NAME_ONLY_CHAINS}.items(),
                                                            key=lambda kv: -len(kv[0]))


def ending_chains(name: str) -> list[str]:
    """Chains told by industry words in a name (…太阳能, …药业), longest word first."""
    out: list[str] = []
    for word, chain in _ENDING_CHAINS_LONGEST_FIRST:
        if word in name and chain not in out:
            out.append(chain)
    return out


NOT_OWNER_STEMS = ("传统", "精细", "基础", "特种", "公共", "城市", "智能", "现代", "绿色", "新型", "高端", "先进", "数字", "智慧", "综合", "国际",
                   "全球", "区域", "产业", "科技", "创新", "研发", "生产", "制造", "物流", "商业", "文化",
                   # who invests, not a name (中韩合资智能显示…项目)
                   "中韩", "中日", "中美", "中德", "中欧", "中外", "合资", "独资")
NOT_OWNER_WORDS = ("大学", "学院", "中学", "小学", "学校", "医院", "政府", "管委会", "局", "委员会", "协会")

# --- relations -------------------------------------------------------------
SUPPLY_CUES = ("广泛应用于", "应用于", "供货给", "供应给", "配套供应", "配套", "供货", "为其供货", "进入了", "进入")
SUPPLY_CUE_STRICT = ("广泛应用于", "应用于", "供货给", "供应给", "供货于", "批量供应", "配套于", "已配套", "配套供应", "进入")
PROSPECT_WORDS = ("对接", "洽谈", "接洽", "拓展", "争取", "开拓", "潜在")
FOCUS_CUES = ("重点发展", "重点围绕", "重点在", "重点打造", "聚焦", "围绕", "主攻", "大力发展", "集中发展", "做强",
              "主导产业", "重点产业", "特别是针对", "针对", "发展", "布局")
ALLIANCE_WORDS = ("联盟",)
PARTNER_CUES = ("共建", "合作共建", "联合打造", "携手打造", "合作建设")


@dataclass(frozen=True, slots=True)
class Regions:
    provinces: frozenset[str]
    city_province: dict[str, str]  # prefecture-level city -> province
    county_city: dict[str, str]  # county-level city or district -> prefecture
    # every name of the three, for is_place: one look-up (it is called for most candidate names)
    places: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "places", frozenset(self.county_city) | frozenset(self.city_province) | self.provinces)

    def locate(self, place: str) -> tuple[str | None, str | None]:
        """(city, province) of a place name, or (None, province) for a province."""
        if place in self.county_city:
            city = self.county_city[place]
            return city, self.city_province.get(city)
        if place in self.city_province:
            return place, self.city_province[place]
        if place in self.provinces:
            return None, place
        return None, None

    def is_place(self, word: str) -> bool:
        return word in self.places


# County-level cities and districts that name zones (常熟高新区, 武进国家高新区), with
# their prefecture; the ontology's regions.yaml lists provinces and prefectures only.
# Administrative divisions only: zone names (东湖, 两江, 临港) belong to the reference data.
COUNTY_CITY: dict[str, str] = {
    "常熟": "苏州", "昆山": "苏州", "张家港": "苏州", "太仓": "苏州", "吴江": "苏州", "吴中": "苏州", "相城": "苏州", "江阴": "无锡", "宜兴": "无锡",
    "武进": "常州", "新北": "常州", "金坛": "常州", "溧阳": "常州", "江宁": "南京", "浦口": "南京", "海门": "南通", "如皋": "南通", "仪征": "扬州",
    "丹阳": "镇江", "靖江": "泰州", "萧山": "杭州", "余杭": "杭州", "滨江": "杭州", "慈溪": "宁波", "余姚": "宁波", "义乌": "金华", "永康": "金华",
    "瑞安": "温州", "乐清": "温州", "诸暨": "绍兴", "柯桥": "绍兴", "平湖": "嘉兴", "晋江": "泉州", "石狮": "泉州", "福清": "福州", "顺德": "佛山",
    "南海": "佛山", "番禺": "广州", "黄埔": "广州", "南沙": "广州", "龙岗": "深圳", "宝安": "深圳", "浦东": "上海", "嘉定": "上海", "闵行": "上海",
    "长垣": "新乡", "即墨": "青岛", "黄岛": "青岛", "寿光": "潍坊", "龙口": "烟台", "昌平": "北京", "海淀": "北京", "璧山": "重庆", "荣昌": "重庆",
    "鄞州": "宁波", "宁乡": "长沙", "浏阳": "长沙", "醴陵": "株洲", "仙桃": "仙桃", "随县": "随州",
}


@lru_cache(maxsize=1)
def regions() -> Regions:
    """Provinces and prefectures from the ontology's regions.yaml, plus ``COUNTY_CITY``."""
    text = resources.files("chainkg.ontology").joinpath("data/regions.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text) or {}
    provinces: set[str] = set()
    city_province: dict[str, str] = {}
    raw = data.get("provinces") or []
    if isinstance(raw, dict):  # {province: [cities]}
        raw = [{"name": k, "cities": {c: None for c in v}} for k, v in raw.items()]
    for prov in raw:
        name = str(prov.get("name"))
        provinces.add(name)
        for city in (prov.get("cities") or {}):
            city_province.setdefault(str(city), name)
    counties = {k: v for k, v in COUNTY_CITY.items() if k not in city_province}
    return Regions(frozenset(provinces), city_province, counties)


@lru_cache(maxsize=1)
def _divisions() -> dict[str, tuple[str | None, str]]:
    """Every prefecture- and county-level division of China, by full name and short form
    (长丰县, 长丰, 伊金霍洛旗) -> (prefecture, province), from jionlp's administrative-division
    dictionary (offline). A name two divisions share (鼓楼区) is left out: it places nothing."""
    import contextlib
    import io

    with contextlib.redirect_stdout(io.StringIO()):  # jionlp and jiojio print a banner on import
        import jionlp  # noqa: PLC0415 - heavy; only for a zone the regions table cannot place

        tree = jionlp.china_location_loader(detail=True)

    def forms(node: dict) -> list[str]:
        alias = node.get("_alias") or []
        return [node["_full_name"], *([alias] if isinstance(alias, str) else alias)]

    seen: dict[str, set[tuple[str | None, str]]] = {}
    for prov in tree.values():
        province = forms(prov)[-1]
        for city_name, city in prov.items():
            if city_name.startswith("_"):
                continue
            cname = forms(city)[-1]
            direct = cname == province  # 天津: the municipality is the city
            for f in forms(city):
                seen.setdefault(f, set()).add((cname, province))
            for county_name, county in city.items():
                if county_name.startswith("_"):
                    continue
                for f in forms(county):
                    seen.setdefault(f, set()).add((cname if not direct else province, province))
    return {name: next(iter(places)) for name, places in seen.items() if len(places) == 1 and len(name) >= 2}


def locate_division(text: str, at_end: bool = False) -> tuple[str | None, str | None]:
    """(city, province) of the longest division named in ``text`` (长丰双凤 -> 合肥, 安徽), or (None, None);
    ``at_end``: only a division that ends the text (伊金霍洛旗 before 蒙苏经济开发区)."""
    table = _divisions()
    if at_end:
        word = next((text[-n:] for n in range(min(6, len(text)), 1, -1) if text[-n:] in table), None)
        return table[word] if word else (None, None)
    best = ""
    for i in range(len(text)):
        for size in range(min(6, len(text) - i), 1, -1):
            word = text[i:i + size]
            if word in table and len(word) > len(best):
                best = word
                break
    return table[best] if best else (None, None)



def is_division_short_name(word: str) -> bool:
    """``word`` names a county, district or city of China, alone or with its 市/县/区/旗 (大安 of 大安市)."""
    table = _divisions()
    return word in table or any(word + suffix in table for suffix in "市县区旗")


def is_place_name(word: str) -> bool:
    """A province, prefecture or county, by its name or short name (山东, 全椒, 贵阳)."""
    return regions().is_place(word) or is_division_short_name(word)
