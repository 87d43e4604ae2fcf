package dev.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsflow.model.CleanArticle;
import dev.newsflow.model.ContentType;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Entity;
import dev.newsflow.model.EntityType;
import dev.newsflow.model.Keyword;
import dev.newsflow.model.Mention;
import dev.newsflow.model.PublishedAtSource;
import dev.newsflow.pipeline.Pipelines;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EnricherTest {
    private static Enricher enricher;

    @BeforeAll
    static void load() {
        enricher = new Enricher(10);
    }

    static EnrichedArticle enrich(String title, String... paragraphs) {
        String text = String.join("\n", paragraphs);
        CleanArticle clean = new CleanArticle(null, "测试", List.of(), title, null, null, Instant.EPOCH,
            PublishedAtSource.INGEST, null, "zh", ContentType.ARTICLE, text, Arrays.asList(paragraphs), List.of(),
            List.of(), List.of(), List.of());
        return enricher.enrich(clean, Instant.EPOCH);
    }

    /** The canonical names of the entities of one type, in order of first mention. */
    static List<String> names(EnrichedArticle a, EntityType type) {
        return a.entities().stream().filter(e -> e.type() == type).map(Entity::name).toList();
    }

    static Optional<Entity> entity(EnrichedArticle a, String name) {
        return a.entities().stream().filter(e -> e.name().equals(name)).findFirst();
    }

    @Test
    void threeNamesOfTheCentralBankAreOneOrganisationWithEveryFormAndItsKind() {
        EnrichedArticle a = enrich("央行开展逆回购操作", "中国人民银行今日开展逆回购操作。人民银行表示，将保持流动性合理充裕。",
            "市场人士认为，央行此举释放了积极信号。");

        List<Entity> pboc = a.entities().stream().filter(e -> e.id().equals("org:pboc")).toList();
        assertThat(pboc).hasSize(1);
        Entity bank = pboc.get(0);
        assertThat(bank.name()).isEqualTo("中国人民银行");
        assertThat(bank.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(bank.kind()).isEqualTo("government");
        assertThat(bank.mentions()).extracting(Mention::text).containsExactlyInAnyOrder("央行", "中国人民银行", "人民银行");
        assertThat(bank.count()).isEqualTo(4);
        Mention inTitle = bank.mentions().stream().filter(m -> m.text().equals("央行")).findFirst().orElseThrow();
        assertThat(inTitle.field()).isEqualTo(Mention.TITLE);
        assertThat(a.title().substring(inTitle.start(), inTitle.end())).isEqualTo("央行");
        for (Mention m : bank.mentions()) {
            if (m.field() == null) {
                assertThat(a.text().substring(m.start(), m.end())).isEqualTo(m.text());
            }
        }
    }

    @Test
    void officialsCarryTheirTitlesAsWrittenAndTheirOrganisation() {
        EnrichedArticle a = enrich("座谈会召开", "会议传达了人民银行行长王小明、党委书记李大华的批示。",
            "人民银行党委委员、副行长张建国出席会议并讲话。");

        Entity wang = entity(a, "王小明").orElseThrow();
        assertThat(wang.type()).isEqualTo(EntityType.PERSON);
        assertThat(wang.title()).isEqualTo("行长");
        assertThat(wang.org()).isEqualTo("org:pboc");
        Entity li = entity(a, "李大华").orElseThrow();
        assertThat(li.title()).isEqualTo("党委书记");
        assertThat(li.org()).isEqualTo("org:pboc");
        Entity zhang = entity(a, "张建国").orElseThrow();
        assertThat(zhang.title()).isEqualTo("党委委员、副行长");
        assertThat(zhang.org()).isEqualTo("org:pboc");
    }

    @Test
    void placesCarryCodesAndProvinceAndAreNeverSwallowedByOrganisations() {
        EnrichedArticle a = enrich("县域金融座谈会", "铜川市中心支行、山南市中心支行有关负责同志以视频方式参加会议。",
            "京外各直属单位负责同志在京参加会议。");

        Entity tongchuan = entity(a, "铜川市").orElseThrow();
        assertThat(tongchuan.type()).isEqualTo(EntityType.PLACE);
        assertThat(tongchuan.code()).isEqualTo("610200");
        assertThat(tongchuan.province()).isEqualTo("陕西省");
        assertThat(entity(a, "山南市").orElseThrow().code()).isEqualTo("540500");
        assertThat(entity(a, "北京市").orElseThrow().mentions()).extracting(Mention::text).containsExactly("京");
        assertThat(a.entities()).extracting(Entity::name)
            .noneMatch(n -> n.equals("铜川市中心") || n.equals("城市中心") || n.equals("山南市中心"));
    }

    @Test
    void keywordsComeWithoutStopWordsAndUseCanonicalNames() {
        EnrichedArticle a = enrich("央行推进数字人民币试点", "央行表示，将继续推进数字人民币试点工作，会议要求进行总结。",
            "数字人民币试点范围进一步扩大，人民银行将加强数字人民币的风险管理。");
        List<String> terms = a.keywords().stream().map(Keyword::term).toList();
        assertThat(terms).isNotEmpty().hasSizeLessThanOrEqualTo(10)
            .doesNotContain("工作", "会议", "进行", "表示", "推进", "央行", "人民银行");
        assertThat(terms).contains("中国人民银行");
        assertThat(a.keywords()).isSortedAccordingTo((x, y) -> Double.compare(y.weight(), x.weight()));
    }

    @Test
    void englishPostsGetEnglishKeywordsWithoutStopWords() {
        CleanArticle clean = new CleanArticle(null, "finviz", List.of(), "Fed holds rates", null, null, Instant.EPOCH,
            PublishedAtSource.INGEST, null, "en", ContentType.ARTICLE,
            "The Federal Reserve held interest rates steady. Inflation is cooling and the labor market is strong.",
            List.of("x"), List.of(), List.of(), List.of(), List.of());
        List<String> terms = enricher.enrich(clean, Instant.EPOCH).keywords().stream().map(Keyword::term).toList();
        assertThat(terms).isNotEmpty().noneMatch(t -> List.of("the", "and", "is", "The").contains(t));
        assertThat(terms).anyMatch(t -> t.equalsIgnoreCase("inflation") || t.equalsIgnoreCase("rates"));
    }

    @Test
    void englishPeopleAreNamesThatSpeakOrCarryATitleAndEnglishKeywordsStayEnglish() {
        CleanArticle clean = new CleanArticle(null, "finviz", List.of(), "Rates on hold", null, null, Instant.EPOCH,
            PublishedAtSource.INGEST, null, "en", ContentType.ARTICLE,
            "The market expects the Federal Reserve to wait. Jerome Powell said the labor market is strong. "
                + "Governor Andrew Bailey told reporters in London that the Bank of England sees inflation easing.",
            List.of("x"), List.of(), List.of(), List.of(), List.of());
        EnrichedArticle a = enricher.enrich(clean, Instant.EPOCH);
        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name)
            .containsExactlyInAnyOrder("Jerome Powell", "Andrew Bailey");
        assertThat(a.keywords()).extracting(Keyword::term).allMatch(t -> t.chars().allMatch(c -> c < 128));
        // a name ranks as one keyword, not as its loose words
        assertThat(a.keywords()).extracting(Keyword::term).contains("Andrew Bailey", "Federal Reserve")
            .doesNotContain("Jerome", "Powell", "Andrew", "Bailey", "Federal", "Reserve");
    }

    @Test
    void theSeedPostGivesItsPeopleWithTitlesOneCentralBankAndItsPlaces() throws IOException {
        Path seed = Path.of(System.getProperty("newsflow.shared", "../shared"),
            "corpus/raw/source/_posts/金融/新浪财经/新浪财经－国內/央行部署推进定点帮扶乡村振兴工作.md");
        assumeTrue(Files.exists(seed), "seed post not found at " + seed + ": skipping");
        EnrichedArticle a = Pipelines.shared().process(Files.readAllBytes(seed), Instant.EPOCH);
        Map<String, Entity> byName = a.entities().stream().collect(Collectors.toMap(Entity::name, e -> e));

        for (String person : List.of("习近平", "易纲", "郭树清", "刘国强")) {
            assertThat(byName.get(person)).as(person).isNotNull();
            assertThat(byName.get(person).type()).isEqualTo(EntityType.PERSON);
        }
        assertThat(byName.get("易纲").title()).isEqualTo("行长");
        assertThat(byName.get("郭树清").title()).isEqualTo("党委书记");
        assertThat(byName.get("刘国强").title()).contains("副行长");
        assertThat(byName.get("刘国强").org()).isEqualTo("org:pboc");
        Entity pboc = byName.get("中国人民银行");
        assertThat(pboc.id()).isEqualTo("org:pboc");
        assertThat(pboc.mentions()).extracting(Mention::text).contains("中国人民银行", "人民银行", "央行");
        assertThat(byName.get("中华人民共和国国务院").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(byName.get("铜川市").code()).isEqualTo("610200");
        assertThat(byName.get("山南市").code()).isEqualTo("540500");
        assertThat(byName.get("上海市").type()).isEqualTo(EntityType.PLACE);
        assertThat(byName.get("北京市").mentions()).extracting(Mention::text).contains("京");
        assertThat(byName.keySet()).doesNotContain("厚植党", "带系统", "铜川市中心", "城市中心", "研究部署人民银行");
        assertThat(a.entities()).filteredOn(e -> e.name().startsWith("人民银行") && e.name().length() > 4)
            .allSatisfy(e -> assertThat(e.parent()).isEqualTo("org:pboc"));
    }

    @Test
    void listedCompaniesWrittenByTheirShortNameAreCompanies() {
        EnrichedArticle a = enrich("持仓", "冯柳坚持持有宏发股份、国茂股份等，公司股份变动不大。");
        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.ORGANIZATION)
            .extracting(Entity::name, Entity::kind)
            .contains(org.assertj.core.groups.Tuple.tuple("宏发股份", "company"),
                org.assertj.core.groups.Tuple.tuple("国茂股份", "company"))
            .noneMatch(t -> "公司股份".equals(t.toList().get(0)));
        EnrichedArticle trades = enrich("", "春秋航空、吉祥航空、长电科技的股价表现分化，多家银行下调了评级。");
        assertThat(trades.entities()).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
            .contains("吉祥航空", "长电科技").doesNotContain("多家银行");
        EnrichedArticle brands = enrich("", "冯柳持有宏发股份，南极电商、中航重机也在列。", "土耳其资产遭抛售，马斯克资产缩水。",
            "广东电子信息产业规模居全国首位。");
        assertThat(brands.entities()).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
            .contains("南极电商", "中航重机").doesNotContain("土耳其资产", "马斯克资产", "广东电子");
        assertThat(brands.entities()).extracting(Entity::name).doesNotContain("南极", "中航");
    }

    @Test
    void oneCharacterCountriesArePlacesOnlyWhereTheWordAroundThemIsMadeOfPlaces() {
        EnrichedArticle a = enrich("外交部：中美对话及时有益", "外交部发言人华春莹表示，中美双方进行了坦率沟通。",
            "西方国家施压普京，中西部地区经济平稳。");
        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.PLACE)
            .extracting(Entity::id).contains("place:CN", "place:US").doesNotContain("place:110000");
        assertThat(a.entities()).filteredOn(e -> e.id().equals("place:CN")).singleElement()
            .satisfies(e -> assertThat(e.mentions()).extracting(Mention::text).containsOnly("中"));
    }

    @Test
    void anUnknownCompanyWrittenTwoWaysIsOneEntity() {
        EnrichedArticle a = enrich("罚单", "市场监管总局对上海锲特电子有限公司作出行政处罚，上海锲特被罚款。",
            "山东墨龙公司公告称，山东墨龙收到立案告知书。");
        assertThat(a.entities()).filteredOn(e -> e.name().equals("上海锲特电子有限公司")).singleElement()
            .satisfies(e -> assertThat(e.mentions()).extracting(Mention::text).contains("上海锲特电子有限公司", "上海锲特"));
        assertThat(a.entities()).filteredOn(e -> e.name().equals("山东墨龙")).singleElement()
            .satisfies(e -> assertThat(e.mentions()).extracting(Mention::text).contains("山东墨龙公司", "山东墨龙"));
        assertThat(a.entities()).extracting(Entity::name).doesNotContain("上海锲特", "山东墨龙公司");
    }

    @Test
    void aShortNameTheArticleDefinesIsThatCompanyAndABracketedSeatIsPartOfTheName() {
        EnrichedArticle a = enrich("投资", "小米长江产业基金投资了湖南法恩莱特新能源科技有限公司（下称：法恩莱特）、"
            + "爱科微半导体（上海）有限公司（下称：爱科微）。", "法恩莱特是一家电解液企业，爱科微是一家芯片设计公司。");
        assertThat(a.entities()).filteredOn(e -> e.name().equals("湖南法恩莱特新能源科技有限公司")).singleElement()
            .satisfies(e -> assertThat(e.mentions()).extracting(Mention::text).contains("法恩莱特"));
        assertThat(a.entities()).filteredOn(e -> e.name().equals("爱科微半导体（上海）有限公司")).singleElement()
            .satisfies(e -> assertThat(e.mentions()).extracting(Mention::text).contains("爱科微"));
        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.PERSON).isEmpty();
        assertThat(a.entities()).extracting(Entity::name).doesNotContain("（上海）有限公司", "法恩莱特", "爱科微");
    }

    @Test
    void aFilingsSelfReferenceIsNoShortNameAndABracketedSeatReachesBackOnlyOverTheName() {
        EnrichedArticle filing = enrich("公告", "贵州茅台酒股份有限公司（以下简称“公司”）董事会决议公告。",
            "公司控股子公司和上市公司的分公司均不受影响，本公司将按期披露。");
        assertThat(filing.entities()).flatExtracting(Entity::mentions).extracting(Mention::text)
            .doesNotContain("公司", "本公司");
        EnrichedArticle deals = enrich("投资", "小米长江产业基金投资了爱科微半导体（上海）有限公司。",
            "公司与华源智信半导体（深圳）有限公司签署协议。");
        assertThat(deals.entities()).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
            .contains("爱科微半导体（上海）有限公司", "华源智信半导体（深圳）有限公司")
            .noneMatch(n -> n.startsWith("公司与") || n.contains("投资了") || n.startsWith("（"));
    }

    @Test
    void theCentralBankAtWorkIsThePbocAndTwoNamesThatDifferByACharacterCanBeTwoPeople() {
        EnrichedArticle ecb = enrich("早盘", "隔夜欧洲央行宣布降息，欧洲央行行长表示将继续观察。", "今日央行开展1000亿元7天期逆回购操作。");
        assertThat(ecb.entities()).extracting(Entity::id).contains("org:ecb", "org:pboc");
        EnrichedArticle fed = enrich("加息", "美国央行加息后，央行表示国内货币政策以我为主。");
        assertThat(fed.entities()).extracting(Entity::id).contains("org:pboc");
        EnrichedArticle analysts = enrich("观点", "王明表示市场将企稳。王明认为消费会回暖。", "王明远分析师则认为风险仍在。");
        assertThat(analysts.entities()).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name)
            .contains("王明", "王明远");
    }

    @Test
    void anUnknownCompanysNamesJoinAcrossTwoSteps() {
        EnrichedArticle a = enrich("立案", "山东墨龙石油机械股份有限公司收到立案告知书。", "山东墨龙公司称，山东墨龙将配合调查。",
            "今日本田汽车股价大涨。");
        assertThat(a.entities()).filteredOn(e -> e.name().startsWith("山东墨龙")).singleElement()
            .satisfies(e -> assertThat(e.mentions()).extracting(Mention::text).contains("山东墨龙公司", "山东墨龙"));
        assertThat(a.entities()).extracting(Entity::name).doesNotContain("日本");
    }

    @Test
    void aUnitNamesItsParentTooAndAFormerTitleKeepsItsOrganisation() {
        EnrichedArticle a = enrich("通报", "建设银行浙江省分行原党委书记、行长崔滨洲接受审查。", "中国工程院院士衣宝廉表示，氢能大有可为。");
        assertThat(a.entities()).extracting(Entity::id).contains("org:ccb/浙江省分行", "org:ccb", "place:330000");
        assertThat(entity(a, "崔滨洲")).get().satisfies(p -> {
            assertThat(p.title()).isEqualTo("原党委书记、行长");
            assertThat(p.org()).isEqualTo("org:ccb/浙江省分行");
        });
        assertThat(entity(a, "衣宝廉")).get().satisfies(p -> assertThat(p.title()).isEqualTo("院士"));
    }

    @Test
    void aCompanyTheRecogniserStartsInsideAPlaceNameStartsWithThePlace() {
        // the segmenter reads 上|海星泰…, and the recogniser starts the company after 上
        EnrichedArticle a = enrich("投资", "公司拟出资1000万元人民币，投资设立上海星泰股权投资管理有限公司，持有其100%股权。");
        assertThat(names(a, EntityType.ORGANIZATION)).contains("上海星泰股权投资管理有限公司")
            .doesNotContain("海星泰股权投资管理有限公司");
    }

    @Test
    void aKnownBodyWrittenWithItsOwnCountryOrProvinceIsTheBodyAndAnotherPlaceMakesAnotherBody() {
        EnrichedArticle a = enrich("航运", "中国交通运输部约谈了三家航运公司，交通运输部表示将加强监管。",
            "广东广州市中级人民法院公布一起案件，广州市中级人民法院称被告已认罪。",
            "法国兴业银行的分析师认为港股将反弹。澳大利亚民政部部长发表讲话。");
        assertThat(a.entities()).filteredOn(e -> e.name().endsWith("交通运输部")).singleElement()
            .satisfies(e -> assertThat(e.mentions()).extracting(Mention::text)
                .containsExactlyInAnyOrder("中国交通运输部", "交通运输部"));
        assertThat(a.entities()).filteredOn(e -> e.name().endsWith("中级人民法院")).singleElement()
            .satisfies(e -> assertThat(e.mentions()).extracting(Mention::text)
                .containsExactlyInAnyOrder("广东广州市中级人民法院", "广州市中级人民法院"));
        assertThat(a.entities()).extracting(Entity::id).doesNotContain("org:cib").contains("place:440000");
        assertThat(names(a, EntityType.ORGANIZATION)).noneMatch(n -> n.equals("民政部") || n.contains("中华人民共和国民政部"));
    }

    @Test
    void peopleACourtReportAnonymisesArePeopleButACertainFirmIsNone() {
        EnrichedArticle a = enrich("判决", "一男子段某某在网上售卖假药，其同伙朱某称，刘某与郑某均已到案。",
            "某公司表示，此事与王某公司无关，涉案的行李某日被查获。");
        assertThat(names(a, EntityType.PERSON)).contains("段某某", "朱某", "刘某", "郑某")
            .noneMatch(n -> n.startsWith("王某") || n.startsWith("李某") || n.startsWith("某"));
    }

    @Test
    void aPlaceTheRecogniserReadsAsTwoKnownPlacesIsThoseTwoPlaces() {
        EnrichedArticle a = enrich("支持", "贵州省安顺市将提供支持，网传河南沁阳市一男子到场。");
        assertThat(names(a, EntityType.PLACE)).contains("贵州省", "安顺市", "河南省", "沁阳市")
            .doesNotContain("贵州省安顺市", "河南沁阳市");
    }

    @Test
    void titlesAfterANameAndBeforeAQuotedNameArePeoplesTitles() {
        EnrichedArticle a = enrich("会见", "他回忆称：“尼克松总统在接见我们时说，这是一次重要的访问。”",
            "全国人大代表刘飞香称，行业将加快发展。", "无锡银行南通如皋港支行负责人“史建平”变更为“严峰”。");
        assertThat(entity(a, "尼克松")).get().satisfies(p -> assertThat(p.title()).isEqualTo("总统"));
        assertThat(entity(a, "刘飞香")).get().satisfies(p -> assertThat(p.title()).isEqualTo("全国人大代表"));
        assertThat(entity(a, "史建平")).get().satisfies(p -> assertThat(p.title()).isEqualTo("负责人"));
    }

    @Test
    void aTitleSaidOfANameWithIsOrAsAndTheTitlesOfMarketStrategistsArePeoplesTitles() {
        EnrichedArticle a = enrich("", "远山啤酒的董事长是王志远，男，56岁。", "注册资本1000万，法定代表人为丁明。",
            "晨星资产全球货币策略主管Tom Baker表示，美元仍将走强。", "某券商首席策略师李华认为，市场将震荡。");
        assertThat(entity(a, "王志远")).get().satisfies(p -> assertThat(p.title()).isEqualTo("董事长"));
        assertThat(entity(a, "丁明")).get().satisfies(p -> assertThat(p.title()).isEqualTo("法定代表人"));
        assertThat(entity(a, "Tom Baker")).get().satisfies(p -> assertThat(p.title()).endsWith("主管"));
        assertThat(entity(a, "李华")).get().satisfies(p -> assertThat(p.title()).isEqualTo("首席策略师"));
    }

    @Test
    void aKnownGroupAndALineOfBusinessIsASubsidiaryButNotWhatTheGroupDoes() {
        EnrichedArticle a = enrich("转让", "世茂集团将旗下世茂置业转让，小米汽车发布新车。",
            "瑞幸咖啡控股股东变更，世茂服务客户的能力提升。");
        assertThat(a.entities()).filteredOn(e -> e.name().equals("世茂置业")).singleElement()
            .satisfies(e -> assertThat(e.parent()).isEqualTo("org:shimao"));
        assertThat(a.entities()).extracting(Entity::id).contains("org:世茂置业");
        assertThat(names(a, EntityType.ORGANIZATION)).noneMatch(n -> n.endsWith("控股") || n.equals("世茂服务"));
    }

    @Test
    void aCountysBodyBeforeAFormerPartyGroupAndALegalNameAfterAPrepositionAreFound() {
        EnrichedArticle a = enrich("通报", "安顺市普定县住房和城乡建设局原党组书记、局长华逢元向管理服务对象索要财物。",
            "收到公安局出具的《关于对青海盐湖能源有限公司涉嫌非法采矿罪的告知函》。");
        assertThat(a.entities()).extracting(Entity::id).contains("org:520422/住房和城乡建设局", "place:520400");
        assertThat(names(a, EntityType.ORGANIZATION)).contains("青海盐湖能源有限公司")
            .noneMatch(n -> n.endsWith("原党组") || n.startsWith("对"));
        assertThat(names(a, EntityType.PLACE)).doesNotContain("安顺市普定县");
        EnrichedArticle b = enrich("", "凯丰投资董事长兼首席投资官吴星表示，人民币汇率在2019年达到相对低点。");
        assertThat(names(b, EntityType.ORGANIZATION)).contains("凯丰投资");
        assertThat(names(b, EntityType.PERSON)).doesNotContain("凯丰");
    }

    @Test
    void anAppointmentGivesThePostAndItsOrganisationAfterTheName() {
        EnrichedArticle a = enrich("", "刘化龙任中国保利集团有限公司党委书记、董事长，免去其原职务；"
            + "曹江林任中国建材集团有限公司党委副书记。");
        assertThat(entity(a, "刘化龙")).get().satisfies(p -> {
            assertThat(p.title()).isEqualTo("党委书记、董事长");
            assertThat(p.org()).isEqualTo("org:poly-group");
        });
        assertThat(entity(a, "曹江林")).get().satisfies(p -> assertThat(p.title()).isEqualTo("党委副书记"));
    }

    @Test
    void mediaThatOnlyCreditTheStoryAreNoEntitiesButTheirReportersArePeople() {
        EnrichedArticle credited = enrich("降准", "财联社7月11日讯（编辑 卞纯）人民银行决定下调存款准备金率。",
            "新华社北京7月11日电 国务院常务会议部署相关工作。", "来源：中国新闻网", "每日经济新闻综合自界面新闻、澎湃新闻");
        assertThat(credited.entities()).extracting(Entity::id).contains("org:pboc", "org:state-council")
            .doesNotContain("org:cls", "org:xinhua", "org:cns", "org:jiemian", "org:thepaper")
            .noneMatch(id -> id.contains("每日经济新闻"));
        assertThat(names(credited, EntityType.PERSON)).contains("卞纯");
        EnrichedArticle asked = enrich("降准", "每经记者 王砚丹 每经编辑 程鹏", "某大型基金公司负责人向财联社记者表示，降准符合预期。",
            "每经AI快讯，有投资者提问。");
        assertThat(asked.entities()).extracting(Entity::id).doesNotContain("org:cls", "org:nbd");
        assertThat(asked.entities()).extracting(Entity::org).doesNotContain("org:cls", "org:nbd"); // no dangling ids
        EnrichedArticle acting = enrich("降准", "财联社7月11日讯（编辑 卞纯）据新华社报道，人民银行决定下调存款准备金率。");
        assertThat(acting.entities()).extracting(Entity::id).contains("org:xinhua").doesNotContain("org:cls");
    }

    @Test
    void aKnownFirmWrittenWithMoreOfItsNameIsThatFirmAndGenericFirmsAfterAPlaceOrACountAreNone() {
        EnrichedArticle a = enrich("", "“北交所的开市准备工作已经完成，完全具备了开市后交易条件。”博时基金称，为了备战北交所，该公司主要做了准备。",
            "景顺长城基金也已覆盖，景顺长城基金管理费下调。", "穆迪投资者副总裁李秀军认为，从南方电网公司获悉。",
            "也有基金公司透露，北交所首批上市公司质地较好，北交所上市公司同样会基于估值，10余家证券公司参加。",
            "小米私募与壹捌壹零，则均由小米科技有限责任公司100%控股。");
        Map<String, List<String>> forms = a.entities().stream().collect(Collectors.toMap(Entity::id,
            e -> e.mentions().stream().map(Mention::text).toList()));
        assertThat(forms).containsKeys("org:bosera", "org:bse");
        assertThat(forms.get("org:jingshun")).containsExactly("景顺长城基金");
        assertThat(forms.get("org:moodys")).containsExactly("穆迪投资者");
        assertThat(forms.get("org:csg")).containsExactly("南方电网公司");
        assertThat(names(a, EntityType.PERSON)).contains("李秀军").doesNotContain("金称");
        assertThat(names(a, EntityType.ORGANIZATION)).contains("小米科技有限责任公司")
            .noneMatch(n -> n.contains("上市公司") || n.contains("基金公司")
            || n.contains("余家") || n.equals("博时基"));
    }

    @Test
    void aLocalBodyIsItsPlacesOneBodyHoweverItIsWrittenAndSoIsAnUnknownHospitalWithItsProvince() {
        EnrichedArticle a = enrich("通报", "内蒙古自治区赤峰市医疗保障局调查发现问题，赤峰市医保局随后约谈。",
            "福建省医保局检查了福建省福州市第二医院，福州市第二医院已整改；吉林省辽源市祥瑞老年康复医院被通报，"
                + "辽源祥瑞老年康复医院被暂停医保服务。");
        Map<String, List<String>> forms = a.entities().stream().collect(Collectors.toMap(Entity::id,
            e -> e.mentions().stream().map(Mention::text).toList()));
        assertThat(forms.get("org:150400/医疗保障局")).containsExactlyInAnyOrder("内蒙古自治区赤峰市医疗保障局", "赤峰市医保局");
        assertThat(forms).containsKey("org:350000/医疗保障局").doesNotContainKey("org:nhsa");
        assertThat(forms.get("org:福建省福州市第二医院")).containsExactlyInAnyOrder("福建省福州市第二医院", "福州市第二医院");
        assertThat(forms.get("org:吉林省辽源市祥瑞老年康复医院")).contains("辽源祥瑞老年康复医院");
    }

    @Test
    void aKnownGroupAndANounItsDictionaryOnceReadAsAVerbIsItsListedSubsidiary() {
        EnrichedArticle a = enrich("", "今年以来宣布回购的科创板公司中，除海尔生物（688139.SH）等少数公司外，大多数公司股价跌破发行价。");
        assertThat(a.entities()).filteredOn(e -> e.name().equals("海尔生物")).singleElement()
            .satisfies(e -> assertThat(e.parent()).isEqualTo("org:haier"));
    }

    @Test
    void anAppointmentListingSeveralNamesGivesEachThePostAndSoDoesARelief() {
        EnrichedArticle a = enrich("", "聘任高云虎、吴安迪（女）、郑昌泓为华侨城集团有限公司外部董事；许刚、余海龙不再担任华侨城集团有限公司外部董事职务。",
            "提名王文军为中国诚通控股集团有限公司副总经理人选。免去宋广菊（女）的中国保利集团有限公司党委常委职务。");
        for (String name : List.of("吴安迪", "许刚", "余海龙")) {
            assertThat(entity(a, name)).get().satisfies(p -> {
                assertThat(p.title()).isEqualTo("外部董事");
                assertThat(p.org()).isEqualTo("org:octgroup");
            });
        }
        assertThat(entity(a, "王文军")).get().satisfies(p -> assertThat(p.title()).isEqualTo("副总经理"));
        assertThat(entity(a, "宋广菊")).get().satisfies(p -> {
            assertThat(p.title()).isEqualTo("党委常委");
            assertThat(p.org()).isEqualTo("org:poly-group");
        });
    }

    @Test
    void everyNameAnAppointmentListsIsAPersonAndTheFirmStartsAfterTheVerb() {
        EnrichedArticle a = enrich("", "聘任高云虎、吴安迪（女）、郑昌泓、唐志宏、傅卓洋为华侨城集团有限公司外部董事；"
            + "提名王兴权、黄倬为有研科技集团有限公司副总经理人选。魏如山任中国建材集团有限公司党委常委，"
            + "樊澄不再担任中国航空器材集团有限公司外部董事职务。张家口市为河北省重要城市。");
        assertThat(names(a, EntityType.PERSON)).contains("高云虎", "傅卓洋", "黄倬", "魏如山", "樊澄")
            .doesNotContain("张家口");
        assertThat(names(a, EntityType.ORGANIZATION)).noneMatch(n -> n.contains("为"));
    }

    @Test
    void aLegalNameStartsAtItsSeatAndAfterTheRelationButNotBeforeAPersonATitleAVerbOrAStop() {
        EnrichedArticle a = enrich("", "涉事商家包括佛山市纷岚家具有限公司、佛山市顺德区金粤松家具有限公司、苏州市亦暇鞋业有限公司、"
            + "上海市浦东新区城建（集团）有限公司。公司全资子公司福建漳屿新能源投资有限公司拟出资。",
            "刘大龙、任小鹏任中国铁路工程集团有限公司党委常委。受让方为湖南跃星能源科技有限公司。",
            "公司执行事务合伙人江苏瑞恒投资基金管理有限公司持有股份。原告上海华联物流有限公司诉至法院。",
            "公司间接全资子公司福建华屿能源有限公司中标，公司控股股东福建华兴集团有限公司增持。",
            "停牌公告称“浙江星岚新材料集团股份有限公司”，公司证券自即日起停牌。");
        assertThat(names(a, EntityType.ORGANIZATION)).contains("佛山市纷岚家具有限公司", "佛山市顺德区金粤松家具有限公司",
            "苏州市亦暇鞋业有限公司", "上海市浦东新区城建（集团）有限公司", "福建漳屿新能源投资有限公司",
            "中国铁路工程集团有限公司", "湖南跃星能源科技有限公司", "江苏瑞恒投资基金管理有限公司",
            "浙江星岚新材料集团股份有限公司", "上海华联物流有限公司", "福建华屿能源有限公司", "福建华兴集团有限公司");
        assertThat(names(a, EntityType.ORGANIZATION)).noneMatch(n -> n.startsWith("全资") || n.contains("任")
            || n.contains("方为") || n.contains("合伙人") || n.contains("。") || n.contains("“") || n.startsWith("公司"));
        assertThat(names(a, EntityType.PERSON)).contains("刘大龙", "任小鹏");
    }

    @Test
    void aFourCharacterPersonEndingWithATradeOrBeforeAnOfficersTitleIsAFirmAndNoNameCrossesAParagraph() {
        EnrichedArticle a = enrich("", "戴德梁行大中华区副总裁、北区董事经理王盛认为试点工作重要。",
            "福昕软件、齐翔腾达、兔宝宝、华正新材、维宏股份、分众传媒、华菱钢铁的预期盈利空间超过100%。",
            "会上，埃尔多安总统表示欢迎。", "北京谦和之源房地产经纪有限公司", "北京联创房地产经纪有限公司");
        assertThat(names(a, EntityType.ORGANIZATION)).contains("戴德梁行", "华正新材", "北京谦和之源房地产经纪有限公司",
            "北京联创房地产经纪有限公司").noneMatch(n -> n.contains("\n"));
        assertThat(names(a, EntityType.PERSON)).contains("王盛", "埃尔多安")
            .doesNotContain("戴德梁行", "华正新材");
    }

    @Test
    void aBanksSectorAndAFunctionCharacterGluedToAGenericFirmAreNoOrganisations() {
        EnrichedArticle a = enrich("", "据介绍，今年以来，江苏银行业坚决贯彻落实有关部署，宁波银行业绩增长。",
            "带动了业绩增长，但食品上市公司还没有突出的案例。");
        assertThat(names(a, EntityType.ORGANIZATION)).contains("宁波银行")
            .doesNotContain("江苏银行").noneMatch(n -> n.startsWith("但"));
    }

    @Test
    void aListedNameThatOpensWithANumeralIsAFirmButACountIsNone() {
        EnrichedArticle a = enrich("", "例如，三禾食品去年年归母净利润增长249%，三大食品企业和两家银行都在。");
        assertThat(names(a, EntityType.ORGANIZATION)).contains("三禾食品").noneMatch(n -> n.startsWith("三大")
            || n.startsWith("两家"));
    }

    @Test
    void fundsAreProductsNotOrganisationsButTheirManagersAndBanksOfTheSameBrandAreFirms() {
        EnrichedArticle a = enrich("", "二季度新进了易方达价值精选、广发核心精选、汇添富消费行业等基金，还重点配置了工银瑞信美丽城镇主题等权益基金。",
            "收益同样超10%的华夏聚丰稳健目标基金大幅加仓。",
            "平安银行、华夏银行和广发证券发布公告，易方达基金经理张坤表示，华夏基金公司称，国泰君安、工银瑞信均表示。");
        assertThat(names(a, EntityType.ORGANIZATION)).noneMatch(n -> n.contains("精选") || n.contains("主题")
            || n.contains("消费") || n.contains("聚丰")).contains("平安银行", "华夏银行", "广发证券股份有限公司", "国泰君安证券股份有限公司");
        assertThat(a.entities()).extracting(Entity::id).contains("org:efund", "org:icbc-cs");
        assertThat(names(a, EntityType.PERSON)).doesNotContain("聚丰");
    }

    @Test
    void aLawOrAccountingFirmIsItsSeatBrandAndKind() {
        EnrichedArticle a = enrich("", "该公司IPO的保荐律所为北京市天元律师事务所，而该律所因被证监会立案调查。",
            "他是一名律师事务所合伙人，也曾在会计师事务所工作。");
        assertThat(names(a, EntityType.ORGANIZATION)).contains("北京市天元律师事务所")
            .doesNotContain("律师事务所", "会计师事务所");
    }

    @Test
    void aStockUnderRiskWarningIsOneEntityWithAndWithoutItsStarOrTheFeedsUnderscore() {
        EnrichedArticle a = enrich("深交所诘问_ST天岳_是否存在规避退市情形",
            "*ST天岳公告，公司股票被实施退市风险警示。ST天岳此前披露，公司营业收入低于1亿元。");
        assertThat(a.entities()).filteredOn(e -> e.name().endsWith("ST天岳")).singleElement()
            .satisfies(e -> assertThat(e.mentions()).extracting(Mention::text).contains("*ST天岳", "ST天岳"))
            .satisfies(e -> assertThat(e.name()).isEqualTo("*ST天岳"));
    }

    @Test
    void namesListedAfterOneTitleShareItAndAControllerIsATitle() {
        EnrichedArticle a = enrich("", "基金经理张文君、高莺在二季报中表示，该基金表现较好。公司不能与公司实际控制人张秀根取得联系。");
        assertThat(entity(a, "张文君").orElseThrow().title()).isEqualTo("基金经理");
        assertThat(entity(a, "高莺").orElseThrow().title()).isEqualTo("基金经理");
        assertThat(entity(a, "张秀根").orElseThrow().title()).isEqualTo("实际控制人");
    }

    @Test
    void aForeignNameWithADotRunsOnOverItsLastTransliteratedCharacters() {
        EnrichedArticle a = enrich("", "酩悦·轩尼诗-路易·威登集团的伯纳德•阿尔诺仍排在第3位，比尔•盖茨排名第4。");
        assertThat(names(a, EntityType.PERSON)).contains("伯纳德•阿尔诺", "比尔•盖茨").doesNotContain("伯纳德•阿尔");
    }

    @Test
    void whoMakesAVaccineOrHasASharePriceIsAFirm() {
        EnrichedArticle a = enrich("", "日前批准辉瑞新冠疫苗加强针，而莫德纳新冠疫苗加强针或许会晚些。在接种完莫德纳或辉瑞疫苗第二针8个月后。",
            "张文宏认为疫苗有效。");
        assertThat(names(a, EntityType.PERSON)).containsExactly("张文宏");
        assertThat(a.entities()).filteredOn(e -> e.name().equals("莫德纳")).singleElement()
            .satisfies(e -> assertThat(e.type()).isEqualTo(EntityType.ORGANIZATION));
    }
}
