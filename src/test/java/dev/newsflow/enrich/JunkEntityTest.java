package dev.newsflow.enrich;

import static dev.newsflow.enrich.EnricherTest.enrich;
import static dev.newsflow.enrich.EnricherTest.names;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Entity;
import dev.newsflow.model.EntityType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Known classes of false positives, one test each, on sentences written for this project: what a careful reader
 * does not want to see as an entity, and what must still be found around it.
 */
class JunkEntityTest {

    @BeforeAll
    static void load() {
        EnricherTest.load();
    }

    @Test
    void aKindOfCompanyOrGovernmentIsNoOrganisation() {
        EnrichedArticle a = enrich("半年报", "多家上市公司和证券公司披露了半年报，一些优质公司表现亮眼。",
            "今年以来，九成公司业绩预增，地方政府也出台了扶持政策。");
        assertThat(names(a, EntityType.ORGANIZATION)).isEmpty();
    }

    @Test
    void aClauseBeforeAKnownNameIsNotPartOfTheOrganisation() {
        EnrichedArticle a = enrich("市场", "一位业内人士对财联社表示，市场情绪正在好转。", "该集团旗下子公司东方财富证券净利润同比增长。");
        assertThat(names(a, EntityType.ORGANIZATION)).contains("财联社", "东方财富证券股份有限公司")
            .noneMatch(n -> n.contains("人士") || n.startsWith("子公司"));
    }

    @Test
    void financialMediaAndFirmsAreKnownOrganisationsNotPeople() {
        EnrichedArticle a = enrich("数据", "据彭博报道，商汤的上市计划推迟。", "东财证券与东方财富证券是同一家券商。");
        assertThat(names(a, EntityType.PERSON)).doesNotContain("彭博", "商汤");
        assertThat(a.entities()).filteredOn(e -> e.id().equals("org:eastmoney-sec")).singleElement()
            .satisfies(e -> assertThat(e.mentions()).hasSize(2));
        assertThat(a.entities()).extracting(Entity::id).contains("org:bloomberg", "org:sensetime");
    }

    @Test
    void aLatinNameCutAtItsSpaceIsOnePersonAndAcronymsAreNone() {
        EnrichedArticle a = enrich("美债", "摩根大通策略师Jay Barry在报告中表示，收益率将继续上行。", "分析师认为REIT产品需求旺盛。");
        assertThat(names(a, EntityType.PERSON)).contains("Jay Barry").doesNotContain("Jay", "Barry", "REIT");
    }

    @Test
    void aShortLatinMarkerIsNoOrganisation() {
        EnrichedArticle a = enrich("年报", "记者从ST罗顿获悉，公司年报显示利润增长。");
        assertThat(names(a, EntityType.ORGANIZATION)).doesNotContain("ST");
    }

    @Test
    void aPlaceNeverEndsWithAKnownShopOrCarriesAPhrase() {
        EnrichedArticle a = enrich("抢购", "周末，大批顾客在普陀区麦德龙抢购年货。", "参观者在茂名的广药王老吉广东工厂合影。");
        assertThat(names(a, EntityType.PLACE)).noneMatch(n -> n.contains("麦德龙") || n.contains("的"));
        assertThat(names(a, EntityType.ORGANIZATION)).contains("麦德龙");
        assertThat(names(a, EntityType.PLACE)).contains("茂名市");
    }

    @Test
    void aPersonInsideAKnownOrganisationIsPartOfItsName() {
        EnrichedArticle a = enrich("后市", "诺德基金投资总监表示看好后市。");
        assertThat(names(a, EntityType.PERSON)).isEmpty();
        assertThat(a.entities()).extracting(Entity::id).contains("org:nuode");
    }

    @Test
    void aCentreIsAnOrganisationOnlyWhenANamedBodyRunsIt() {
        EnrichedArticle a = enrich("信用卡", "招商银行信用卡中心近日发布公告，调整部分卡片权益。",
            "在城市中心的营业网点，客户排起了长队。");
        assertThat(names(a, EntityType.ORGANIZATION)).contains("招商银行信用卡中心").doesNotContain("城市中心");
    }

    @Test
    void aCityOrProvinceCommissionIsNotTheNationalOne() {
        EnrichedArticle a = enrich("房价", "去年11月，市发改委核定了经适房的预售价格。", "国家发改委当天表示将加强监管，省发改委随后跟进。");
        assertThat(a.entities()).filteredOn(e -> e.id().equals("org:ndrc")).singleElement()
            .satisfies(e -> assertThat(e.mentions()).extracting(m -> m.text()).containsExactly("国家发改委"));
        assertThat(names(a, EntityType.ORGANIZATION)).contains("市发改委", "省发改委");
    }

    @Test
    void anAnalystOrADoubledWordAfterAKnownFirmIsNoUnitOfIt() {
        EnrichedArticle a = enrich("研报", "国泰君安王明远团队认为，考虑到行业景气度回升，维持增持评级。",
            "中信证券李欣然团队认为，券商板块仍有空间。", "“消费复苏仍需时间。” 华夏基金基金经理陈晓表示。");
        assertThat(names(a, EntityType.ORGANIZATION)).containsExactlyInAnyOrder("国泰君安证券股份有限公司",
            "中信证券股份有限公司", "华夏基金管理有限公司");
    }

    @Test
    void aSpanStartingInsideAKnownNameIsAFragment() {
        EnrichedArticle a = enrich("观点", "“估值已经见底。” 易方达基金基金经理周海宁说。");
        assertThat(names(a, EntityType.ORGANIZATION)).containsExactly("易方达基金管理有限公司");
    }

    @Test
    void anOrganisationEndsBeforeTheTitleOfThePersonAfterIt() {
        EnrichedArticle a = enrich("数据解读", "中国人民银行研究局首席经济学家孙伟指出，货币政策将保持稳健。");
        // the unit, and the bank it belongs to (named inside it)
        assertThat(names(a, EntityType.ORGANIZATION)).containsExactly("中国人民银行研究局", "中国人民银行");
        EnrichedArticle glued = enrich("数据解读", "上月，受季节因素影响，猪肉价格有所上涨。国家统计局城市司首席统计师王强表示，核心通胀保持平稳。");
        assertThat(names(glued, EntityType.ORGANIZATION)).noneMatch(n -> n.endsWith("统计师") || n.endsWith("首席"));
        assertThat(a.entities()).filteredOn(e -> e.name().equals("孙伟")).singleElement()
            .satisfies(e -> assertThat(e.title()).endsWith("经济学家"));
    }

    @Test
    void aKindOfCompanyInARegionIsNoOrganisationButANationalNameIs() {
        EnrichedArticle a = enrich("资本市场", "为支持当地企业融资，交易所决定减免江苏省上市公司的上市年费。", "美国广播公司报道称，多家民营企业赴港上市。");
        assertThat(names(a, EntityType.ORGANIZATION)).contains("美国广播公司").noneMatch(n -> n.endsWith("上市公司"));
        assertThat(names(a, EntityType.PLACE)).contains("江苏省");
    }

    @Test
    void aPlaceDoesNotStartOneCharacterIntoAWord() {
        EnrichedArticle a = enrich("双碳", "多地出台碳达峰实施方案，力争如期实现碳达峰目标。", "考察队从莫斯科出发，沿河顺流而下。");
        assertThat(names(a, EntityType.PLACE)).contains("莫斯科").doesNotContain("达峰");
    }

    @Test
    void aCommonNounIsNoPerson() {
        EnrichedArticle a = enrich("基金", "市场震荡之下，权益基金的投资收益如何？今年以来，权益基金平均下跌百分之五。");
        assertThat(names(a, EntityType.PERSON)).isEmpty();
    }

    @Test
    void aPersonEndsWhereAKnownPlaceRunningPastItStarts() {
        EnrichedArticle a = enrich("报道", "记者王明成都报道，当地经济持续回暖。", "李长春同志出席会议。");
        assertThat(names(a, EntityType.PERSON)).contains("王明", "李长春").doesNotContain("王明成");
        assertThat(names(a, EntityType.PLACE)).contains("成都市");
    }

    @Test
    void aFragmentOfAWordTheRecogniserHesitatedOverIsNoEntity() {
        // 方大炭|素 is one word to the segmenter; the recogniser, unsure, took its first three characters for a person
        EnrichedArticle a = enrich("资金流向", "主力资金净流入居前的还有五粮液、北方稀土、方大炭素等。",
            "高毅资产首席投资官邓晓峰亲自调研了多家公司。");
        assertThat(names(a, EntityType.PERSON)).doesNotContain("方大炭").contains("邓晓峰");
    }

    @Test
    void anIssuersCodeOfADocumentNumberAndAFinancialFigureAreNoEntities() {
        EnrichedArticle a = enrich("通知", "上海证券交易所发布通知（上证发〔2021〕4号），各市场参与人遵照执行。",
            "奥锐特半年报EPS超出一致预期，ESG评级也有提升。", "经济学家张明（2019）认为，利率仍将下行。");
        assertThat(a.entities()).extracting(Entity::name).doesNotContain("上证发", "EPS", "ESG")
            .contains("上海证券交易所");
        assertThat(names(a, EntityType.PERSON)).contains("张明"); // a citation's year is no document number
    }

    @Test
    void aVerbOrPrepositionAroundANameIsNoPartOfIt() {
        EnrichedArticle a = enrich("减持", "25、顶点软件：监事欧永拟减持不超19万股。",
            "中美高层战略对话期间，代表团赴安克雷奇举行会谈。");
        assertThat(names(a, EntityType.PERSON)).contains("欧永").noneMatch(n -> n.endsWith("拟") || n.startsWith("赴"));
    }

    @Test
    void aReportersCreditGivesTheTitleAcrossASpace() {
        EnrichedArticle a = enrich("券商", "财联社（上海，记者 刘超凤）讯，华融证券控股权转让有了最新进展。",
            "中证网讯（记者欧阳剑环）多家银行宣布加大信贷支持。");
        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.PERSON)
            .extracting(Entity::name, Entity::title)
            .contains(org.assertj.core.groups.Tuple.tuple("刘超凤", "记者"), org.assertj.core.groups.Tuple.tuple("欧阳剑环", "记者"));
    }

    @Test
    void aVerbAfterAKnownBodyIsNoUnitOfItAndAKindOfFirmIsNoName() {
        EnrichedArticle a = enrich("处罚", "作为国务院国资委监管的中央企业，该集团表示将配合调查。",
            "各地财政部门已对85家会计师事务所作出行政处罚，集团副总裁兼亚太区总裁王明出席。");
        assertThat(names(a, EntityType.ORGANIZATION)).contains("国务院国有资产监督管理委员会")
            .noneMatch(n -> n.endsWith("监管") || n.endsWith("事务所"));
        assertThat(names(a, EntityType.PERSON)).contains("王明").noneMatch(n -> n.startsWith("兼"));
    }

    @Test
    void kindsOfBodiesCountsAndPhrasesAroundADotAreNoEntities() {
        EnrichedArticle a = enrich("监管", "据悉，中国金融监管机构和监管机构人士均表示关注，各地财政厅已对多家机构作出处罚。",
            "其中，八大服务业增速较快；黑龙江省商务厅表示将继续推进。", "该品牌将开设家空间·福特体验店。",
            "王明辞去公司董事、董事会战略委员会委员及审计委员会委员职务。");
        assertThat(names(a, EntityType.ORGANIZATION)).contains("黑龙江省商务厅")
            .noneMatch(n -> n.endsWith("监管机构") || n.equals("财政厅") || n.equals("八大") || n.endsWith("委员会"));
        assertThat(names(a, EntityType.PERSON)).noneMatch(n -> n.contains("·"));
    }

    @Test
    void kindsOfInstitutionAndSectorsWrittenLikeNamesAreNoEntities() {
        EnrichedArticle a = enrich("房企", "去化难、库存增加下房企投资意愿不足，信托和投行业务继续收缩。",
            "光伏、商超板块走强，险资加仓明显。");
        assertThat(a.entities()).extracting(Entity::name)
            .doesNotContain("房企", "信托", "投行", "光伏", "商超", "险资");
    }

    @Test
    void aBareCentralBankIsTheForeignOneTheArticleCallsSo() {
        EnrichedArticle turkey = enrich("土耳其央行再换帅", "埃尔多安第三次突然撤换央行行长，里拉应声下跌。",
            "市场人士预计土耳其央行将更快降息。");
        assertThat(turkey.entities()).extracting(Entity::id).contains("org:cbrt").doesNotContain("org:pboc");
        EnrichedArticle fed = enrich("美联储加息", "美联储宣布加息50个基点。对此，央行表示国内货币政策以我为主。");
        assertThat(fed.entities()).extracting(Entity::id).contains("org:fed", "org:pboc");
    }

    @Test
    void aPersonIsWrittenTheSameWayThroughoutTheArticle() {
        EnrichedArticle a = enrich("持仓", "冯柳在去年年底减持了多只股票。", "冯柳表示看好军工行业。",
            "在接下来的三季度和四季度，冯柳便开始了对中航机电的减持。");
        assertThat(names(a, EntityType.PERSON)).containsExactly("冯柳");
    }

    @Test
    void aKnownNameReadAcrossAWordBoundaryIsNoEntity() {
        EnrichedArticle a = enrich("通胀", "美国面临高通胀压力，消费者信心下滑。", "昨日本土新增病例继续下降。");
        assertThat(a.entities()).extracting(Entity::name).doesNotContain("高通公司", "日本");
    }

    @Test
    void aCompanysSharesAreNoPlace() {
        EnrichedArticle a = enrich("大跌", "公司及原董事长被立案调查，今日山东墨龙A股和港股股价双双大跌。");
        assertThat(names(a, EntityType.PLACE)).noneMatch(n -> n.endsWith("股"));
    }

    @Test
    void aKindOfSiteOrOfPeopleIsNoEntityButANamedSiteIs() {
        EnrichedArticle a = enrich("基地", "推进沙漠地区大型风电、光伏基地建设，北欧市场需求旺盛。",
            "上海地铁站内客流回升；四川902基地旧址对外开放。", "多家公司董监高拟减持，市场监管局约谈了高管。");
        assertThat(names(a, EntityType.PLACE)).contains("四川902基地").noneMatch(n -> n.endsWith("光伏基地")
            || n.endsWith("市场") || n.endsWith("地铁站"));
        assertThat(a.entities()).extracting(Entity::name).doesNotContain("董监高", "高管", "市场监管局");
    }

    @Test
    void aSpanInsideANonEntityWordAndAConferenceAreNoOrganisations() {
        EnrichedArticle a = enrich("资金", "这些净流入主要来自机构，其中包括各国央行、主权财富基金、养老金等。",
            "2021全球数字贸易大会在杭州开幕。");
        assertThat(a.entities()).extracting(Entity::id).doesNotContain("org:pboc");
        assertThat(names(a, EntityType.ORGANIZATION)).noneMatch(n -> n.endsWith("大会"));
    }

    @Test
    void aForeignNameReadAsACountryAndAChineseCityIsNeitherAndMarketVerbsAreNoNames() {
        EnrichedArticle a = enrich("融资", "公司总部位于美国马里兰州Rockville，日本东京也设有办公室。",
            "加息力度远超市场预期，股价盘中涨超5%。");
        assertThat(a.entities()).extracting(Entity::name).doesNotContain("马里", "兰州市", "远超", "涨超");
        assertThat(names(a, EntityType.PLACE)).contains("日本");
    }

    @Test
    void theFormerOfATitleIsNoPartOfTheOrganisationBeforeIt() {
        EnrichedArticle a = enrich("审查", "甘肃省监狱管理局原政委梁仪坚接受审查调查。", "多家创投机构参与了本轮融资。");
        assertThat(names(a, EntityType.ORGANIZATION)).contains("甘肃省监狱管理局").noneMatch(n -> n.endsWith("原"))
            .doesNotContain("创投");
    }

    @Test
    void aRegionIsOnePlaceAndWhatIsPlannedThereIsNone() {
        EnrichedArticle a = enrich("规划", "将加快建设粤港澳大湾区国际科技创新中心，打造京津冀枢纽节点。", "长三角一体化继续推进。",
            "展会在洛杉矶会展中心举行。");
        assertThat(names(a, EntityType.PLACE)).contains("粤港澳大湾区", "广东省", "香港特别行政区", "北京市", "长江三角洲",
            "洛杉矶会展中心").noneMatch(n -> n.endsWith("创新中心") || n.endsWith("节点"));
    }

    @Test
    void aForeignNameCutInTwoIsOnePersonButTwoChineseNamesSideBySideStayTwo() {
        EnrichedArticle a = enrich("加息", "俄罗斯央行行长纳比乌琳娜宣布加息。", "本报记者胡杰林丽报道。");
        assertThat(names(a, EntityType.PERSON)).contains("纳比乌琳娜", "胡杰", "林丽")
            .doesNotContain("纳比", "乌琳娜", "胡杰林丽");
    }

    @Test
    void anAdministrationNamedByItsLeaderIsThePersonButAProvincialGovernmentIsABody() {
        EnrichedArticle a = enrich("关系", "特朗普政府伤害了双边关系。", "广东省政府发布了通知。");
        assertThat(names(a, EntityType.PERSON)).contains("特朗普");
        assertThat(names(a, EntityType.ORGANIZATION)).noneMatch(n -> n.startsWith("特朗普"))
            .anyMatch(n -> n.startsWith("广东省"));
    }

    @Test
    void slogansSectorsAndMedicalFieldsAreNoEntities() {
        EnrichedArticle a = enrich("进展", "保交楼专项借款已经下达。", "这家公司从色选机“跨界”搞牙科CT机。",
            "新技术有望催化云计算和物联网等领域。");
        assertThat(a.entities()).extracting(Entity::name).doesNotContain("保交楼", "牙科", "物联网");
    }

    @Test
    void studentsOfAProvinceAreNoUniversityAndAnOceanKeepsItsName() {
        EnrichedArticle a = enrich("就业", "湖南大学生就业率提升。", "飞越北大西洋的航班增加。");
        assertThat(a.entities()).extracting(Entity::name).doesNotContain("湖南大学", "北京大学");
        assertThat(names(a, EntityType.PLACE)).contains("北大西洋");
    }

    @Test
    void termsOfMarketsGenericBodiesStreetsAndTwoBodiesSideBySideAreNoEntities() {
        EnrichedArticle a = enrich("上市", "公司拟通过SPAC方式在纳斯达克上市。", "经市纪委监委指定管辖，由公安局立案侦查。",
            "巴西央行将Selic利率上调。", "项目位于黄浦路与南京东路交汇处。", "根据中共中央国务院关于全面推进乡村振兴的意见。",
            "据58同城高级副总裁&安居客COO叶兵介绍。", "公司计划下周在上海路演，上海街头一片平静。", "长三角海关加强合作。");
        assertThat(a.entities()).extracting(Entity::name).doesNotContain("SPAC", "公安局", "Selic", "黄浦区", "南京市",
            "中共中央国务院").contains("中国共产党中央委员会", "中华人民共和国国务院");
        assertThat(a.entities()).extracting(Entity::name).noneMatch(n -> n.startsWith("&") || n.endsWith("路")
            || n.endsWith("街") || n.contains("海关")).contains("上海市", "长江三角洲");
    }

    @Test
    void aKnownShortNameUsedAsAVerbOrAdjectiveIsThatWord() {
        EnrichedArticle words = enrich("创业", "这份工作会让人联想很辛苦，他说这个数字不吉利。");
        assertThat(names(words, EntityType.ORGANIZATION)).isEmpty();
        EnrichedArticle names = enrich("财报", "联想集团发布财报，吉利汽车销量增长。日前，国办印发通知。");
        assertThat(names.entities()).extracting(Entity::id).contains("org:gos");
        assertThat(names(names, EntityType.ORGANIZATION)).anyMatch(n -> n.contains("联想"))
            .anyMatch(n -> n.contains("吉利"));
    }

    @Test
    void goalsCountsDiseasesAndDisasterAreasAreNoNamesTheirPlacesStay() {
        EnrichedArticle a = enrich("规划", "助力上海国际金融中心和科技创新中心建设。广州一酒店被查，四川地震灾区重建。",
            "非洲猪瘟疫情反复，注册制改革坚持“三原则”，加强民生保障。湖南一星律师事务所律师出庭。");
        assertThat(a.entities()).extracting(Entity::name).noneMatch(n -> n.contains("中心") || n.contains("酒店")
            || n.contains("灾区") || n.equals("非洲") || n.startsWith("三原") || n.contains("民生"));
        assertThat(names(a, EntityType.PLACE)).contains("上海市", "广州市", "四川省");
        assertThat(names(a, EntityType.ORGANIZATION)).anyMatch(n -> n.contains("一星律师事务所"));
    }

    @Test
    void reviewedEdgesOfThisSessionsRules() {
        EnrichedArticle a = enrich("", "宁波银行业绩快报显示净利增长，中国银行业整体稳健。证监会已于4月27日立案调查，"
            + "在审批过程中办理手续。该公司曾向某机构借款，于某日披露。全国光伏发电（含分布式）新增装机。"
            + "深交所决定将乐视网摘牌。杭州委外资金规模扩大。");
        assertThat(a.entities()).extracting(Entity::id).contains("org:nbcb")
            .doesNotContain("org:boc", "org:hitachi", "org:330100/委");
        assertThat(a.entities()).extracting(Entity::name).noneMatch(n -> n.equals("向某") || n.equals("于某")
            || n.contains("分布式") || n.startsWith("将乐") || n.equals("中共中央办公厅"));
    }

    @Test
    void reviewedEdgesOfThisSessionsRulesForPeopleTitlesAndShortForms() {
        EnrichedArticle a = enrich("", "广东省政协委员张三表示支持。长江证券研报指出，长江经济带发展向好。"
            + "拜登能源计划引发争议，拜登表示将推进。公司IR表示业绩稳定。");
        assertThat(EnricherTest.entity(a, "张三")).get().satisfies(p -> {
            assertThat(p.title()).isEqualTo("委员");
            assertThat(p.org()).isEqualTo("org:440000/政协");
        });
        assertThat(names(a, EntityType.PERSON)).contains("拜登");
        assertThat(names(a, EntityType.ORGANIZATION)).noneMatch(n -> n.equals("长江") || n.startsWith("拜登")
            || n.equals("IR"));
    }

    @Test
    void aForeignPlaceReadAsACountryAndAChineseCityStaysAndAForeignFirmKeepsItsLink() {
        EnrichedArticle a = enrich("", "美国马里兰州的官员表示。美国苹果公司发布新品。");
        assertThat(names(a, EntityType.PLACE)).anyMatch(n -> n.contains("马里兰")).doesNotContain("兰州市");
        assertThat(a.entities()).extracting(Entity::id).contains("org:apple");
    }

    @Test
    void aNameRunOnIntoTheNextPhraseOrAnUnnamedFirmOrAMarketTermIsNoEntity() {
        EnrichedArticle a = enrich("会见", "美国全国商会主席博迈伦及商会企业代表、美中贸易全国委员会主席兰博文及董事会成员出席。",
            "华南某大型基金公司人士表示，受访基金公司普遍看好，其分公司也在扩张。",
            "该基金夏普比率较高，债基和沪港通资金流入，布伦特原油上涨，奥密克戎毒株扩散。",
            "伯克希尔-哈撒韦以约898亿美元的利润位居第三，OPEC+会议在努尔苏丹举行。");
        assertThat(names(a, EntityType.PERSON)).contains("博迈伦", "兰博文")
            .noneMatch(n -> n.contains("及") || n.startsWith("奥密克") || n.equals("债基") || n.equals("沪港通"));
        assertThat(names(a, EntityType.ORGANIZATION)).noneMatch(n -> n.contains("某") || n.contains("基金公司")
            || n.contains("分公司") || n.contains("及") || n.equals("夏普") || n.contains("布伦特"));
        assertThat(a.entities()).extracting(Entity::id).contains("org:berkshire", "place:astana");
    }

    @Test
    void aPersonsFirmDescribedOrAClauseOpeningWithAVerbIsNoOrganisation() {
        EnrichedArticle a = enrich("追债", "日前，郑恺旗下公司被强制执行3300万的事情引起热议。", "郑恺公司被光线传媒追债，郑恺表示将妥善处理。",
            "买方财团已从公司前管理层陆正耀、钱治亚关联公司收购股份。", "该方案得到支持集团发展的多家银行认可。",
            "光大保德信基金海外投资部总监詹佳也认为，市场将回暖。");
        assertThat(names(a, EntityType.ORGANIZATION)).contains("北京光线传媒股份有限公司")
            .noneMatch(n -> n.startsWith("郑恺") || n.startsWith("钱治亚") || n.startsWith("支持"))
            .anyMatch(n -> n.startsWith("光大保德信基金"));
        assertThat(names(a, EntityType.PERSON)).contains("郑恺");
    }

    @Test
    void aCreditsBarAndAVerbAfterANameAreNoPartOfIt() {
        EnrichedArticle a = enrich("", "增速不算太快。", "编辑|卢祥勇 杜恒峰 王嘉琦", "校对|孙志成",
            "丨央行行长易纲谈发展绿色经济，高瓴资本深入布局“碳中和”", "特聘专家张翔则表示，行业将加快整合。");
        assertThat(names(a, EntityType.PERSON)).contains("卢祥勇", "孙志成", "易纲", "张翔")
            .noneMatch(n -> n.startsWith("|") || n.endsWith("谈") || n.endsWith("则"));
    }

    @Test
    void namesWithAConjunctionsCharacterBodiesThatReportAndListsOfPeoplePlacesOrIndicesStayWhatTheyAre() {
        EnrichedArticle a = enrich("", "国家统计局4月16日消息，一季度GDP同比增长。", "北京协和医院与日本大和证券签约。",
            "外交部记者会上，发言人回答提问；招商银行App上线新功能。", "前十大股东名单包括香港中央结算有限公司、张坤、葛卫东。",
            "广州、深圳、杭州房价涨幅居前，深成指、创业板指均涨超1%。", "派克新材发布公告，前三季度净利预增。",
            "张三为华为公司董事长任正非颁奖。", "康佳的控股股东华侨城集团表示支持。");
        assertThat(a.entities()).extracting(Entity::id).contains("org:nbs", "org:mofa", "org:cmb", "org:huawei");
        assertThat(names(a, EntityType.ORGANIZATION)).contains("北京协和医院", "派克新材")
            .noneMatch(n -> n.equals("北京协") || n.equals("张坤") || n.equals("广州") || n.contains("房价")
                || n.equals("深成指") || n.equals("创业板指") || n.contains("发布"));
        assertThat(names(a, EntityType.PLACE)).contains("广州市", "深圳市");
        assertThat(names(a, EntityType.PERSON)).doesNotContain("康佳");
        assertThat(a.entities()).filteredOn(e -> e.name().equals("张三")).allSatisfy(p -> assertThat(p.title()).isNull());
    }

    @Test
    void anAppointmentListingThousandsOfNamesIsReadWithoutExhaustingTheStack() {
        StringBuilder names = new StringBuilder("提名");
        for (int i = 0; i < 2000; i++) {
            names.append(i == 0 ? "" : "、").append("王").append((char) ('一' + i % 500)).append((char) ('丁' + i % 300));
        }
        EnrichedArticle a = enrich("", names + "为中国诚通控股集团有限公司副总经理人选。");
        assertThat(a.entities()).extracting(Entity::id).contains("org:chengtong");
    }

    @Test
    void aClauseAboutTheFilerAndAFilingsKindAreNoPartOfAName() {
        EnrichedArticle a = enrich("", "根据相关规定，深交所对公司股票交易实施退市风险警示。",
            "本次转让完成后，公司持有海岳丝路83.5%股权，海岳丝路仍为公司控股子公司。", "贵铁股份发布异动公告，公司并不涉及传闻。");
        assertThat(names(a, EntityType.ORGANIZATION)).noneMatch(n -> n.endsWith("公司") && !n.contains("有限")
            || n.contains("发布"));
        assertThat(a.entities()).extracting(Entity::id).contains("org:szse");
    }

    @Test
    void aNameGluedToTheMarketsVerbIsTheNameAlone() {
        EnrichedArticle a = enrich("", "卡特彼勒跌超3%，高盛跌超2%。龙头科技股大多收涨，特斯拉涨近1.9%。");
        assertThat(names(a, EntityType.PERSON)).isEmpty();
        assertThat(a.entities()).extracting(Entity::id).contains("org:gs", "org:tesla");
    }

    @Test
    void aClockIsNoPlace() {
        EnrichedArticle a = enrich("", "北京时间6月10日晚，美国公布CPI数据。");
        assertThat(names(a, EntityType.PLACE)).contains("美国").doesNotContain("北京市");
    }

    @Test
    void aLogisticsSiteIsNoPlaceOfItsOwn() {
        EnrichedArticle a = enrich("", "快递滞留在转运中心、末端网点，圆通成都集运中心也受影响。");
        assertThat(names(a, EntityType.PLACE)).noneMatch(n -> n.endsWith("中心"));
    }

    @Test
    void anIndexNamedAfterAFirmIsNoMentionOfTheFirm() {
        EnrichedArticle a = enrich("", "标普500的11大板块周四有6个收涨，标普500指数涨0.5%。");
        assertThat(a.entities()).isEmpty();
    }

    @Test
    void aPrepositionOrConjunctionGluedToANameIsCutOff() {
        EnrichedArticle a = enrich("", "习近平主席同拜登总统通话时，双方同意保持沟通。拜登总统表示赞同。",
            "都市股份跌停，而远泰发展、渝丰开发、美好置业涨停。");
        assertThat(names(a, EntityType.PERSON)).contains("拜登").noneMatch(n -> n.startsWith("同"));
        EnrichedArticle surname = enrich("", "三一重工董事长向文波表示，市场回暖。文波说，订单充足。");
        assertThat(names(surname, EntityType.PERSON)).contains("向文波"); // 向 is his surname, one word with the name
        assertThat(names(a, EntityType.ORGANIZATION)).contains("远泰发展").noneMatch(n -> n.startsWith("而"));
    }

    @Test
    void aBodyEndsBeforeTheTitlesListedAfterItAndBeforeItsOfficialSide() {
        EnrichedArticle a = enrich("", "中央纪委国家监委对湖北省委原常委、武汉市委原书记李明远进行审查。",
            "股市下跌之际，美联储官方表示将继续加息。");
        assertThat(names(a, EntityType.ORGANIZATION)).contains("湖北省委", "美国联邦储备委员会")
            .noneMatch(n -> n.contains("常委") || n.endsWith("官方"));
    }

    @Test
    void aClauseWithAVerbBetweenTwoKindsOfFirmIsNoOrganisation() {
        EnrichedArticle a = enrich("", "业内人士表示，硬科技公司设立产业基金进行投资已是趋势。",
            "相关线索已移交市纪委监委派驻市卫健委纪检监察组。");
        assertThat(names(a, EntityType.ORGANIZATION)).noneMatch(n -> n.contains("设立"))
            .anyMatch(n -> n.endsWith("派驻市卫健委纪检监察组"));
    }

    @Test
    void aClauseEndingInWillIsNoAssociation() {
        EnrichedArticle a = enrich("", "天然气输送将会受到影响。", "家长都能学会这些方法。", "中国金融学会和温州市商会表示支持。",
            "中国人工智能学会理事长出席会议。", "中国红十字会总会向灾区调拨物资。");
        assertThat(names(a, EntityType.ORGANIZATION)).contains("中国金融学会", "中国人工智能学会", "中国红十字会总会")
            .noneMatch(n -> n.endsWith("将会") || n.endsWith("都能学会"));
    }

    @Test
    void aSchoolOrAHotelNamedAfterItsPlaceIsAnOrganisationNotAPlace() {
        EnrichedArticle a = enrich("", "杭州文澜幼儿园的老师表示，孩子们很开心。", "北京环球影城开园首日人气火爆。");
        assertThat(names(a, EntityType.ORGANIZATION)).contains("杭州文澜幼儿园", "北京环球影城");
        assertThat(names(a, EntityType.PLACE)).noneMatch(n -> n.endsWith("幼儿园") || n.contains("影城"));
    }
}
