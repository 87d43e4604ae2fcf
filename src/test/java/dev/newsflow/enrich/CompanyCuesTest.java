package dev.newsflow.enrich;

import static dev.newsflow.enrich.EnricherTest.enrich;
import static dev.newsflow.enrich.EnricherTest.names;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.model.CleanArticle;
import dev.newsflow.model.ContentType;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Entity;
import dev.newsflow.model.EntityType;
import dev.newsflow.model.PublishedAtSource;
import dev.newsflow.model.Stock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Companies the article itself declares (a stock code, a spokesman, a chairman, a list of firms), on sentences
 * written for this project with names neither the recogniser nor the knowledge base knows.
 */
class CompanyCuesTest {

    @BeforeAll
    static void load() {
        EnricherTest.load();
    }

    /** One paragraph whose markup linked these stocks, enriched. */
    private static EnrichedArticle withStocks(String title, String text, Stock... stocks) {
        return new Enricher(10).enrich(new CleanArticle(null, "测试", List.of(), title, null, null, Instant.EPOCH,
            PublishedAtSource.INGEST, null, "zh", ContentType.ARTICLE, text, List.of(text), List.of(), List.of(stocks),
            List.of(), List.of()), Instant.EPOCH);
    }

    @Test
    void aNameWithAStockCodeIsACompanyWhereverTheArticleWritesIt() {
        EnrichedArticle a = enrich("回购", "刀具龙头华锐精工（688059.SH）今日公告拟回购股份。",
            "华锐精工表示，回购资金来自自有资金；注销股份规模仅低于格力电器（000651.SZ）。");
        assertThat(a.entities()).filteredOn(e -> e.name().equals("华锐精工")).singleElement()
            .satisfies(e -> {
                assertThat(e.type()).isEqualTo(EntityType.ORGANIZATION);
                assertThat(e.kind()).isEqualTo("company");
                assertThat(e.count()).isEqualTo(2);
            });
        assertThat(a.entities()).flatExtracting(Entity::mentions).extracting(m -> m.text()).contains("格力电器")
            .noneMatch(n -> n.startsWith("刀具") || n.contains("低于"));
        assertThat(names(a, EntityType.PERSON)).isEmpty();
    }

    @Test
    void aSpokesmanOrAChairmanAfterANameMakesItAFirmButNotACommonWordOrADepartment() {
        EnrichedArticle a = enrich("访谈", "鼎泰创投有关负责人表示，将继续关注医疗赛道。", "澜起微电董事长张华指出，产能依然紧张。",
            "公司有关负责人称，经营一切正常。", "远景证券研究部副总监李强认为，市场将震荡。");
        assertThat(names(a, EntityType.ORGANIZATION)).contains("鼎泰创投", "澜起微电")
            .doesNotContain("公司").noneMatch(n -> n.endsWith("研究部") || n.endsWith("副"));
        assertThat(a.entities()).filteredOn(e -> e.name().equals("张华")).singleElement()
            .satisfies(e -> assertThat(e.title()).isEqualTo("董事长"));
    }

    @Test
    void namesListedWithFirmsAreFirmsEvenWhereTheyNameAPlace() {
        EnrichedArticle a = enrich("融资", "美景置业、龙湖、金辉等民营房企在银行间市场发行了中期票据。",
            "共同发起人包括鼎信资管、华岳资管和宏图资管；参与认购方包括鸿运投资。");
        assertThat(names(a, EntityType.ORGANIZATION)).contains("美景置业", "龙湖", "金辉", "鼎信资管", "华岳资管",
            "宏图资管");
        assertThat(names(a, EntityType.PLACE)).doesNotContain("龙湖区");
    }

    @Test
    void listsOfPlacesTradesOrProductsAreNoFirms() {
        EnrichedArticle a = enrich("观察", "北京、上海、深圳等地的银行下调了房贷利率。", "北京、上海的外资银行等机构。",
            "扩产、优先高毛利产品成为封测企业的应对之策。", "兴全合润、兴全合宜两只基金产品位列十大股东。",
            "选择消费、金融、地产等行业的多家公司进行调研。");
        assertThat(names(a, EntityType.ORGANIZATION)).noneMatch(n -> n.contains("扩产") || n.contains("产品")
            || n.startsWith("兴全合") || n.equals("消费") || n.equals("地产"));
        assertThat(names(a, EntityType.PLACE)).contains("北京市", "上海市", "深圳市");
    }

    @Test
    void theFirstAndLastNamesOfAListKeepTheRecognisersBoundaries() {
        EnrichedArticle a = enrich("罚息", "但记者咨询建设银行、招商银行和交通银行紧随其后，均表示暂无调整。",
            "主要客户有清华大学、中科院等院校及北医三院、宣武医院等医疗机构。");
        assertThat(names(a, EntityType.ORGANIZATION)).noneMatch(n -> n.contains("记者") || n.contains("紧随")
            || n.contains("院校"));
    }

    @Test
    void aNameTheSiteLinkedToAStockIsAListedCompanyWithItsCodeButALinkedCommonPhraseIsNot() {
        String text = "果链个股中，蓝海通讯最新价较高点下跌超五成。线上线下融合仍是零售企业的方向。"
            + "星河微电（688001.SH）则逆势上涨。比亚迪与隆基股份获机构买入评级，沪深300指数收涨。五一期间张家界游客众多。";
        CleanArticle clean = new CleanArticle(null, "测试", List.of(), "个股", null, null, Instant.EPOCH,
            PublishedAtSource.INGEST, null, "zh", ContentType.ARTICLE, text, List.of(text), List.of(),
            List.of(new Stock("蓝海通讯", "300999", "SZ"), new Stock("线上线下", "300959", "SZ"),
                new Stock("则逆势上涨星河微电", "688001", "SH"), new Stock("比亚迪", "002594", "SZ"),
                new Stock("隆基股份", "601012", "SH"), new Stock("沪深300指数", "000300", "SH"),
                new Stock("张家界", "000430", "SZ")),
            List.of(), List.of());
        EnrichedArticle a = new Enricher(10).enrich(clean, Instant.EPOCH);
        assertThat(a.entities()).filteredOn(e -> e.name().equals("蓝海通讯")).singleElement()
            .satisfies(e -> assertThat(e.code()).isEqualTo("300999.SZ"));
        assertThat(a.entities()).filteredOn(e -> e.name().equals("星河微电")).singleElement()
            .satisfies(e -> assertThat(e.code()).isEqualTo("688001.SH"));
        assertThat(names(a, EntityType.ORGANIZATION)).doesNotContain("线上线下", "沪深300指数", "隆基股份", "张家界");
        assertThat(names(a, EntityType.PLACE)).contains("张家界市");
        // known companies keep their canonical entity and gain the code, also under the name their listing adds
        assertThat(a.entities()).filteredOn(e -> e.id().equals("org:byd")).singleElement()
            .satisfies(e -> assertThat(e.code()).isEqualTo("002594.SZ"));
        assertThat(a.entities()).filteredOn(e -> e.id().equals("org:longi")).singleElement()
            .satisfies(e -> assertThat(e.code()).isEqualTo("601012.SH"));
    }

    @Test
    void bylinesNameReportersButThePapersAndSourcesTheyCreditAreNoEntitiesOfTheStory() {
        EnrichedArticle a = enrich("纪念", "【远方时报记者 林望舒 韩素溪】纪念活动24日在北京举行。",
            "【文/晨星观察网 杜若衡】3月15日，经济数据出炉。", "来源：南岭都市报综合新华社",
            "来源：澜起微电公告", "图片来源：每经记者 张建 摄");
        assertThat(names(a, EntityType.PERSON)).contains("林望舒", "韩素溪", "杜若衡");
        assertThat(names(a, EntityType.ORGANIZATION)).containsExactly("澜起微电"); // a company's own filing: it acts
        EnrichedArticle acting = enrich("纪念", "【远方时报记者 林望舒】据环球时报报道，兆易创新将扩产。",
            "来源：兆易创新公告");
        assertThat(acting.entities()).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::id)
            .containsExactlyInAnyOrder("org:huanqiu", "org:gigadevice");
    }

    @Test
    void creditLinesAndTheReportersAfterADatelineArePeopleButTheirRolesAreNot() {
        EnrichedArticle a = enrich("遗嘱", "作   者 | 苏映雪", "设   计 | 顾南乔", "文|晨星观察网 林望舒 韩素溪 杜若衡",
            "南岭网宁州6月22日电 （唐远山 见习记者 关晴）宁州海关22日消息，一批矿砂被退运。",
            "他说，作者 | 这一行不是署名，因为后面还有话。");
        assertThat(names(a, EntityType.PERSON)).contains("苏映雪", "顾南乔", "林望舒", "韩素溪", "杜若衡", "唐远山", "关晴")
            .noneMatch(n -> n.contains("记者") || n.contains("晨星"));
        assertThat(names(a, EntityType.ORGANIZATION)).doesNotContain("晨星观察网");
    }

    @Test
    void peoplePlacesDescriptorsTitlesIndicesAndUnnamedSourcesAreNoFirms() {
        EnrichedArticle a = enrich("观察", "马云、马化腾等企业家出席了会议。", "吸引了来自美国、新加坡等海外机构的投资者。",
            "江苏、浙江、广东等外贸大省企业订单回升。", "权重股宁德时代（300750.SZ）下跌，龙头股份（600630.SH）公告。",
            "公司时任董事长王建国被给予警告，小米集团创始人兼CEO雷军表示。", "创业板指（399006）涨1%，科创50（000688）跌。",
            "涉事企业相关负责人表示，公司董秘办相关人士称。", "本次增持的资金来源：自有资金或自筹资金。",
            "【环球时报驻德国特约记者 青木】德国经济放缓。");
        assertThat(names(a, EntityType.PERSON)).contains("马化腾", "王建国", "雷军", "青木");
        assertThat(names(a, EntityType.PLACE)).contains("美国", "新加坡", "江苏省", "浙江省", "广东省", "德国");
        assertThat(names(a, EntityType.ORGANIZATION)).contains("宁德时代新能源科技股份有限公司", "龙头股份", "小米集团")
            .doesNotContain("环球时报").noneMatch(n -> n.equals("马化腾") || n.startsWith("权重股") || n.contains("时任")
            || n.contains("创始人") || n.equals("创业板指") || n.equals("科创50") || n.startsWith("涉事")
            || n.endsWith("董秘办") || n.contains("资金") || n.contains("驻"));
    }

    @Test
    void aLatinNameAfterTheKindOfFirmItIsOrWithAFirmsEndingIsACompany() {
        EnrichedArticle a = enrich("并购", "以色列一家互联网公司ironSource宣布，已与私募股权公司Thoma Bravo达成合并协议。",
            "此前该基金还收购了数据集成公司Talend SA，启明创投和IDG资本共同领投了这轮融资。",
            "公司CEO表示，ETF基金和PE投资都在增长；推广公司ACYW135群疫苗，公司FY22-24收入将增长。");
        assertThat(names(a, EntityType.ORGANIZATION)).contains("ironSource", "Thoma Bravo", "Talend SA", "IDG资本")
            .doesNotContain("私募股权公司", "数据集成公司", "Bravo", "IDG")
            .noneMatch(n -> n.contains("CEO") || n.contains("ETF") || n.startsWith("PE") || n.contains("ACYW")
                || n.contains("FY22"));
    }

    @Test
    void firmsEndingInATradeMakeAListOfFirmsAndAVerbOfVisitingOpensTheList() {
        EnrichedArticle a = enrich("脑机接口", "国内主要还有念远智能、奕川科技、臻华智能、云睿智能、脑果等。",
            "基金经理邓晓川亲自调研青禾电气、金盛机电和华洋集团。", "广州地产专家韩世同表示，楼市将平稳。");
        assertThat(names(a, EntityType.ORGANIZATION)).contains("念远智能", "奕川科技", "臻华智能", "云睿智能", "脑果",
            "青禾电气").noneMatch(n -> n.startsWith("调研") || n.equals("广州地产"));
    }

    @Test
    void aNameTheRecogniserTookForAPersonIsACompanyWhenATradeFollowsIt() {
        EnrichedArticle a = enrich("预告", "其中4家公司预计净利润翻番，奥泰生物预计一季度业绩增长上限达691%，其结局也许是英科医疗的翻版。",
            "中欧基金管理的中欧医疗健康混合A增持了该股。");
        assertThat(names(a, EntityType.ORGANIZATION)).contains("奥泰生物", "英科医疗").doesNotContain("中欧医疗");
        assertThat(names(a, EntityType.PERSON)).noneMatch(n -> n.equals("奥泰") || n.equals("英科"));
    }

    @Test
    void aFirmsShortFormWrittenAloneIsThatFirmButAFounderStaysAPerson() {
        EnrichedArticle a = enrich("扩张", "正邦科技这几年曾疯狂扩张。如今正邦收到了激进扩张的恶果。",
            "当盖蒂信托得到盖蒂的巨额私人财产后，开始投资。");
        assertThat(a.entities()).filteredOn(e -> e.name().contains("正邦")).singleElement()
            .satisfies(e -> assertThat(e.mentions()).extracting(m -> m.text()).contains("正邦科技", "正邦"));
        assertThat(names(a, EntityType.PERSON)).contains("盖蒂");
        EnrichedArticle b = enrich("九安医疗", "九安医疗股价大涨，九安的市值翻倍。");
        assertThat(b.entities()).filteredOn(e -> e.name().contains("九安")).singleElement()
            .satisfies(e -> assertThat(e.mentions()).extracting(m -> m.text()).contains("九安医疗", "九安"));
    }

    @Test
    void aNameMayStartWithANumberButACountIsNoName() {
        EnrichedArticle a = enrich("业绩", "一季度业绩方面，中科创达、百邦科技、三维工程等个股净利增长超过3倍。",
            "九成公司、多家银行、某公司等企业表示将加大投入。");
        assertThat(names(a, EntityType.ORGANIZATION)).contains("百邦科技", "三维工程")
            .noneMatch(n -> n.equals("九成公司") || n.equals("多家银行") || n.equals("某公司"));
    }

    @Test
    void aStockByItsClassOfSharesAndAShortNameWithoutItsSeatAreTheFirm() {
        EnrichedArticle a = withStocks("订单", "京东方Ａ发布公告，京东方拿下三星折叠屏订单。",
            new Stock("京东方Ａ", "000725", "SZ"));
        assertThat(a.entities()).filteredOn(e -> e.name().contains("京东方")).singleElement()
            .satisfies(e -> assertThat(e.mentions()).extracting(m -> m.text()).contains("京东方Ａ", "京东方"));
        EnrichedArticle b = enrich("留置", "6月6日，三圣股份（002742.SZ）公告，公司实控人被留置。",
            "重庆三圣实业股份有限公司成立于2002年，截至上周五收盘，三圣股份报收5.13元。");
        assertThat(b.entities()).filteredOn(e -> e.name().contains("三圣")).singleElement()
            .satisfies(e -> assertThat(e.mentions()).extracting(m -> m.text()).contains("三圣股份"));
    }

    @Test
    void aListedSubsidiaryOfAKnownGroupIsOneEntityHoweverItIsFound() {
        EnrichedArticle a = withStocks("涨停",
            "南网能源（003035.SZ）连续涨停，南网能源称经营正常。南网能源是南方电网旗下的节能服务公司。",
            new Stock("南网能源", "003035", "SZ"));
        assertThat(a.entities()).filteredOn(e -> e.name().equals("南网能源")).singleElement()
            .satisfies(e -> {
                assertThat(e.code()).isEqualTo("003035.SZ");
                assertThat(e.parent()).isEqualTo("org:csg");
            });
    }

    @Test
    void aListAKindOfFirmIntroducesOrAMarketMoveEndsListsFirmsEvenInCommonWords() {
        EnrichedArticle a = enrich("", "建议关注：1）金融机具企业：广电运通、新大陆、新国都、古鳌科技；2）加密算法企业：数字认证、格尔软件、信安世纪；"
            + "3）应用场景企业：正元智慧、新开普。", "个股方面，截止收盘，先进数通、四方精创、御银股份、恒宝股份、楚天龙涨停。",
            "在服务业扩大开放综合试点方面，国务院批复同意。");
        assertThat(names(a, EntityType.ORGANIZATION)).contains("广电运通", "新大陆", "古鳌科技", "数字认证", "信安世纪",
            "正元智慧", "新开普", "先进数通", "楚天龙", "中华人民共和国国务院").noneMatch(n -> n.contains("涨停"));
        assertThat(names(a, EntityType.PERSON)).doesNotContain("楚天龙");
    }

    @Test
    void aFundManagersBrandBeforeItsLineOfBusinessAndAPersonOrTitleIsTheFirm() {
        EnrichedArticle a = enrich("", "石锋资产董事长兼投资部总经理郭锋、青骊投资合伙人兼总经理苏雪晶出席。",
            "兴证资管公募投资部副总经理匡伟发言，张勇投资王明的公司。");
        assertThat(names(a, EntityType.ORGANIZATION)).contains("石锋资产", "青骊投资")
            .noneMatch(n -> n.equals("合伙人") || n.startsWith("公募") || n.startsWith("张勇"));
        assertThat(names(a, EntityType.PERSON)).contains("郭锋", "苏雪晶", "匡伟", "王明");
    }

    @Test
    void stocksAMarketMoveEndsOrATradesLeadersOpenAreFirmsButPricesAndKindsOfFirmAreNot() {
        EnrichedArticle a = enrich("", "其中，南网能源、西昌电力、新天绿能、节能风电均为连续涨停。",
            "收盘涨幅达493.67%，大地电气、志晟信息、晶赛科技涨幅均超200%。",
            "建议布局：1）优质水电龙头长江电力、华能水电、黔源电力、川投能源、国投电力具备极度稀缺属性。",
            "光伏龙头企业晶澳光能、通威股份、晶科科技均有布局。",
            "猪肉、蔬菜涨幅居前，WTI原油价格、布油价格大涨，行业龙头企业、中小企业均受益。");
        assertThat(names(a, EntityType.ORGANIZATION)).contains("西昌电力", "新天绿能", "节能风电", "志晟信息", "晶赛科技",
            "华能水电", "黔源电力")
            .noneMatch(n -> n.endsWith("均") || n.contains("猪肉") || n.contains("价格") || n.contains("企业") || n.equals("新天"))
            .contains("晶澳光能");
    }

    @Test
    void whatAListOfFirmsCoversIsFirmsButNotShareholdersTradesOrCounts() {
        EnrichedArticle a = enrich("", "十大流通股东名单，涵盖锦鸡股份、广大特材、奥特维、汉宇集团、美瑞新材、德马科技、神宇股份、江航装备、"
            + "钧达股份、得邦照明、东岳硅材、电工合金、丝路视觉等。",
            "明星股东包括艺人李晨、冯绍峰、杨颖、郑恺。", "参展企业涵盖设计、制造、封装测试、设备、材料等环节。",
            "合计有309家机构调研了该公司，包括67家基金公司、54家证券公司、39家私募、18家保险公司等。");
        assertThat(names(a, EntityType.ORGANIZATION)).contains("广大特材", "美瑞新材", "江航装备", "东岳硅材", "电工合金", "丝路视觉")
            .noneMatch(n -> n.equals("冯绍峰") || n.equals("郑恺") || n.equals("封装测试") || n.contains("家"));
        assertThat(names(a, EntityType.PERSON)).contains("冯绍峰", "郑恺");
    }

    @Test
    void whoFilesTheAnnouncementThatOpensADigestsParagraphIsAListedCompany() {
        EnrichedArticle a = enrich("盘后公告集锦", "【派克新材：前三季度净利同比预增65%】", "派克新材公告，预计前三季度净利润3.51亿元。",
            "【永茂泰：与爱尔思签订合作协议】", "永茂泰公告，与凤阳爱尔思轻合金精密成型有限公司签订《合作协议》。",
            "ST曙光公告，公司不能与实际控制人张秀根取得联系。", "公司同日公告，本次交易尚需审批。",
            "而对于本次的停牌公告，市场反应平淡。");
        assertThat(names(a, EntityType.ORGANIZATION)).contains("派克新材", "永茂泰", "ST曙光")
            .noneMatch(n -> n.startsWith("公司") || n.contains("停牌"));
        assertThat(names(a, EntityType.PERSON)).contains("张秀根").doesNotContain("永茂泰");
    }

    @Test
    void aBrandAndItsTradeThatMovesOnTheMarketIsAListedCompanyButAnIndexOrAPlacesTradeIsNone() {
        EnrichedArticle a = enrich("", "机器人概念股远达智能大幅低开，两分钟不到便触及跌停。",
            "港股方面，恒生科技涨超3%，广东电力大涨。");
        assertThat(names(a, EntityType.ORGANIZATION)).contains("远达智能")
            .noneMatch(n -> n.contains("概念") || n.equals("恒生科技") || n.equals("广东电力"));
    }

    @Test
    void whatMovesByAPercentageInAMarketReportIsAListedCompanyButNotAPriceACurrencyOrATime() {
        EnrichedArticle a = enrich("", "其中，华岳先进累计涨近44%，宏达新材跌超5%，中京华子、必达微、长光华宇等多只个股涨幅超20%。",
            "比特币跌超10%，油价涨超3%，日元跌超1%，营收上涨20%，近一个月涨超8%。");
        assertThat(names(a, EntityType.ORGANIZATION)).contains("华岳先进", "宏达新材", "必达微", "长光华宇")
            .noneMatch(n -> n.contains("比特") || n.contains("油价") || n.contains("日元") || n.contains("营收")
                || n.contains("个月"));
        assertThat(names(a, EntityType.PERSON)).noneMatch(n -> n.contains("涨"));
    }

    @Test
    void aListThatEndsWithSoManyStocksHittingTheLimitListsFirmsEvenWhereTheRecogniserSawPeople() {
        EnrichedArticle a = enrich("", "二胎概念板块延续强势表现。贝因乐、安奈美、威达股份、金发拉达、高乐股份等多股涨停。");
        assertThat(names(a, EntityType.ORGANIZATION)).contains("贝因乐", "安奈美", "金发拉达", "高乐股份");
        assertThat(names(a, EntityType.PERSON)).isEmpty();
    }

    @Test
    void aListEndedByACountOfStocksAndAMoveListsFirms() {
        EnrichedArticle a = enrich("", "截至收盘，斯莱达、中环股份和周大华5股涨停。", "板块内，恒远股份、龙天信、华信和平和周大明5股涨停。");
        // the list's last two names are joined by the 和 that stands alone, not the one inside 华信和平
        assertThat(names(a, EntityType.ORGANIZATION)).contains("斯莱达", "周大华", "华信和平", "周大明")
            .noneMatch(n -> n.startsWith("平和"));
        assertThat(names(a, EntityType.PERSON)).isEmpty();
    }

    @Test
    void aListOfFirmsTakesInANameWithoutACommonSurnameButLeavesPeopleWithOne() {
        EnrichedArticle a = enrich("", "券商推荐锐达科技、朗峰电子、京南星和士林微。", "重点推荐中星信息、长亮科技、宇信科技、科蓝软件、京北星。",
            "石磊科技、爱特丽莎、紫辰科技、长宁科技的预告净利润增幅靠前。", "十大股东包括高毅资产、张立新、易远基金。");
        // 科蓝软件 counts as the third firm of five because the segmenter knows it as an organisation
        assertThat(names(a, EntityType.ORGANIZATION)).contains("京南星", "爱特丽莎", "长宁科技", "中星信息", "京北星");
        assertThat(names(a, EntityType.PERSON)).containsExactly("张立新");
        EnrichedArticle people = enrich("", "前十大股东包括高毅资产、章建平、易方达基金。", "公司股东张伟、李娜等近日发布公告，拟减持股份。",
            "富卫中国、宏利中国、永明中国等外资险企加快布局。");
        assertThat(names(people, EntityType.PERSON)).contains("章建平", "张伟", "李娜"); // surnames keep people people
        assertThat(names(people, EntityType.ORGANIZATION)).contains("富卫中国", "宏利中国", "永明中国");
    }

    @Test
    void namesThatFileAnnouncementsAreFirmsAndAListLosesTheWordsThatDescribeItsFirstFirm() {
        EnrichedArticle a = enrich("", "此外，华锋稀土、京南星、瑞康诺等近期公告拟被减持。",
            "公司股东泰和投资、泰安投资的普通合伙人均为同一家公司。");
        assertThat(names(a, EntityType.ORGANIZATION)).contains("京南星", "瑞康诺", "泰和投资", "泰安投资")
            .noneMatch(n -> n.startsWith("公司") || n.startsWith("股东"));
        assertThat(names(a, EntityType.PERSON)).isEmpty();
    }

    @Test
    void englishNamesInChineseTextArePeopleAfterATitleAndFirmsByTheirLastWord() {
        EnrichedArticle a = enrich("", "对冲基金经理Tom Baker管理的基金Redwood Capital爆仓。监管调查并不意味着Tom Baker将受罚。",
            "摩根大通资产管理全球策略师Anna Lee表示，债券仍有吸引力。", "公司今年将有120家Family Space门店投入运营。");
        assertThat(a.entities()).filteredOn(e -> e.name().equals("Tom Baker")).singleElement()
            .satisfies(e -> assertThat(e.count()).isEqualTo(2));
        assertThat(names(a, EntityType.PERSON)).contains("Anna Lee").doesNotContain("Family Space");
        assertThat(names(a, EntityType.ORGANIZATION)).contains("Redwood Capital", "摩根大通资产管理");
        EnrichedArticle generic = enrich("", "业内称之为Venture Capital模式。", "南亚塑胶宣布减产，东南亚市场需求回升。");
        assertThat(names(generic, EntityType.ORGANIZATION)).doesNotContain("Venture Capital");
        assertThat(names(generic, EntityType.PLACE)).contains("东南亚").doesNotContain("南亚"); // a region opening a firm
    }

    @Test
    void aRegisteredNameWithItsSeatInBracketsIsOneFirmEvenWhereTheRecogniserSawAPerson() {
        EnrichedArticle a = enrich("", "这家火锅店的运营方为火凤祥（宁波）品牌管理有限公司。");
        assertThat(names(a, EntityType.ORGANIZATION)).containsExactly("火凤祥（宁波）品牌管理有限公司");
        assertThat(names(a, EntityType.PERSON)).isEmpty();
    }
}
