package dev.newsflow.enrich.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeBaseTest {

    private static final KnowledgeBase KB = KnowledgeBase.loadDefault();

    /** "surface=id" for every match, in order, for short readable assertions. */
    private static List<String> ids(String text) {
        return KB.scan(text).stream().map(m -> m.surface(text) + "=" + m.entry().id()).toList();
    }

    @Test
    void loadDefaultIsCachedAndLargeEnough() {
        assertThat(KnowledgeBase.loadDefault()).isSameAs(KB);
        assertThat(KB.organizations()).hasSizeGreaterThanOrEqualTo(200);
        Map<Place.Level, Integer> counts = KB.placeCounts();
        assertThat(counts.get(Place.Level.PROVINCE)).isEqualTo(34);
        assertThat(counts.get(Place.Level.PREFECTURE)).isEqualTo(333);
        assertThat(counts.get(Place.Level.COUNTY)).isGreaterThanOrEqualTo(2800);
        assertThat(counts.get(Place.Level.COUNTRY)).isGreaterThanOrEqualTo(190);
        assertThat(counts.get(Place.Level.CITY)).isGreaterThanOrEqualTo(100);
        assertThat(KB.stopWordCount()).isGreaterThan(300);
    }

    @Test
    void pbocNamesAreOneOrganisation() {
        for (String name : List.of("中国人民银行", "人民银行", "央行", "PBoC", "PBOC")) {
            Optional<Organization> o = KB.organization(name);
            assertThat(o).as(name).isPresent();
            assertThat(o.get().id()).as(name).isEqualTo("org:pboc");
            assertThat(o.get().name()).isEqualTo("中国人民银行");
            assertThat(o.get().kind()).isEqualTo(Organization.Kind.GOVERNMENT);
        }
        String text = "中国人民银行近日发布公告。人民银行表示，央行将保持流动性合理充裕，PBoC said.";
        assertThat(KB.scan(text)).extracting(m -> m.entry().id())
                .containsExactly("org:pboc", "org:pboc", "org:pboc", "org:pboc");
    }

    @Test
    void kindsAndParentsOfCuratedOrganisations() {
        assertThat(KB.organization("上交所").orElseThrow().id()).isEqualTo("org:sse");
        assertThat(KB.organization("Shanghai Stock Exchange").orElseThrow().id()).isEqualTo("org:sse");
        assertThat(KB.organization("工行").orElseThrow().kind()).isEqualTo(Organization.Kind.COMPANY);
        assertThat(KB.organization("IMF").orElseThrow().kind()).isEqualTo(Organization.Kind.ORGANIZATION);
        assertThat(KB.organization("美联储").orElseThrow().id()).isEqualTo("org:fed");
        assertThat(KB.organization("银保监会").orElseThrow().id()).isEqualTo("org:cbirc");
        assertThat(KB.organization("中央汇金").orElseThrow().parent()).isEqualTo("org:cic");
        assertThat(KB.organization("不存在的机构")).isEmpty();
    }

    @Test
    void subUnitLinksToParentAndKeepsThePlace() {
        String text = "人民银行上海总部召开会议";
        List<KbMatch> m = KB.scan(text);
        assertThat(m).hasSize(1);
        Organization sub = (Organization) m.get(0).entry();
        assertThat(sub.parent()).isEqualTo("org:pboc");
        assertThat(m.get(0).surface(text)).isEqualTo("人民银行上海总部");

        String branch = "据工商银行北京分行消息，人民银行党委书记出席。";
        List<KbMatch> b = KB.scan(branch);
        assertThat(b).extracting(x -> x.surface(branch)).containsExactly("工商银行北京分行", "人民银行党委");
        Organization icbcBeijing = (Organization) b.get(0).entry();
        assertThat(icbcBeijing.parent()).isEqualTo("org:icbc");
        assertThat(icbcBeijing.id()).isEqualTo("org:icbc/北京分行");
        assertThat(icbcBeijing.name()).isEqualTo("中国工商银行北京分行");
        assertThat(b.get(0).parts()).extracting(x -> x.entry().id()).containsExactly("place:110000");
        assertThat(((Organization) b.get(1).entry()).parent()).isEqualTo("org:pboc");

        assertThat(KB.organization("人民银行铜川市中心支行").orElseThrow().parent()).isEqualTo("org:pboc");
        assertThat(KB.organization("证监会上海监管局").orElseThrow().parent()).isEqualTo("org:csrc");
    }

    @Test
    void placeNamedGovernmentBodiesKeepTheirPlace() {
        String text = "郑州市政府与上海银监局、美国政府";
        List<KbMatch> m = KB.scan(text);
        assertThat(m).extracting(x -> x.surface(text)).containsExactly("郑州市政府", "上海银监局", "美国政府");
        Organization zz = (Organization) m.get(0).entry();
        assertThat(zz.id()).isEqualTo("org:410100/人民政府");
        assertThat(zz.name()).isEqualTo("郑州市人民政府");
        assertThat(zz.kind()).isEqualTo(Organization.Kind.GOVERNMENT);
        assertThat(m.get(0).parts()).extracting(x -> x.entry().id()).containsExactly("place:410100");
        assertThat(((Organization) m.get(1).entry()).parent()).isEqualTo("org:cbrc");
        assertThat(m.get(2).entry().id()).isEqualTo("org:US/政府");
        assertThat(m.get(2).parts()).extracting(x -> x.entry().id()).containsExactly("place:US");
        // the two spellings of one body are one organisation
        assertThat(KB.organization("郑州市人民政府").orElseThrow().id()).isEqualTo(zz.id());
        // a place followed by an ordinary word stays a place
        assertThat(ids("北京市委托第三方")).containsExactly("北京市=place:110000");
    }

    @Test
    void legalFormExtendsTheSameOrganisation() {
        String text = "中国银行股份有限公司公告";
        List<KbMatch> m = KB.scan(text);
        assertThat(m).hasSize(1);
        assertThat(m.get(0).entry().id()).isEqualTo("org:boc");
        assertThat(m.get(0).surface(text)).isEqualTo("中国银行股份有限公司");
    }

    @Test
    void placesWithAndWithoutSuffix() {
        for (String name : List.of("铜川市", "铜川")) {
            Place p = KB.place(name).orElseThrow();
            assertThat(p.code()).as(name).isEqualTo("610200");
            assertThat(p.province()).as(name).isEqualTo("陕西省");
            assertThat(p.level()).isEqualTo(Place.Level.PREFECTURE);
            assertThat(p.id()).isEqualTo("place:610200");
        }
        Place shannan = KB.place("山南市").orElseThrow();
        assertThat(shannan.code()).isEqualTo("540500");
        assertThat(shannan.province()).isEqualTo("西藏自治区");
        assertThat(KB.place("山南").orElseThrow().code()).isEqualTo("540500");
        assertThat(KB.place("内蒙古").orElseThrow().code()).isEqualTo("150000");
        assertThat(KB.place("内蒙古自治区").orElseThrow().level()).isEqualTo(Place.Level.PROVINCE);
        assertThat(KB.place("吉林").orElseThrow().level()).isEqualTo(Place.Level.PROVINCE);
        assertThat(KB.place("吉林市").orElseThrow().code()).isEqualTo("220200");
        assertThat(KB.place("义乌").orElseThrow().province()).isEqualTo("浙江省");
        assertThat(KB.place("浦东新区").orElseThrow().code()).isEqualTo("310115");
        // prefecture-level cities without counties stay prefectures
        assertThat(KB.place("东莞").orElseThrow().level()).isEqualTo(Place.Level.PREFECTURE);
        assertThat(KB.place("中山市").orElseThrow().code()).isEqualTo("442000");
    }

    @Test
    void countriesAndForeignCities() {
        Place us = KB.place("美国").orElseThrow();
        assertThat(us.id()).isEqualTo("place:US");
        assertThat(us.code()).isEqualTo("US");
        assertThat(us.level()).isEqualTo(Place.Level.COUNTRY);
        assertThat(KB.place("United States").orElseThrow()).isEqualTo(us);
        Place ny = KB.place("纽约").orElseThrow();
        assertThat(ny.id()).isEqualTo("place:new-york");
        assertThat(ny.level()).isEqualTo(Place.Level.CITY);
        assertThat(KB.place("Frankfurt").orElseThrow().name()).isEqualTo("法兰克福");
    }

    @Test
    void worldAndChineseRegionsAreNamedBareWhileTheirCentralBanksStayOrganisations() {
        assertThat(ids("中东地区和东南亚的需求回升，欧洲央行称欧元区与华南出口改善"))
            .containsExactly("中东=place:middle-east", "东南亚=place:southeast-asia", "欧洲央行=org:ecb",
                "欧元区=place:eurozone", "华南=place:south-china");
        assertThat(KB.place("南美洲").orElseThrow().name()).isEqualTo("南美");
    }

    @Test
    void aPlaceRightAfterItsProvinceIsNoWordWithThatProvincesLastCharacter() {
        // 东南 is a word (a left guard), but in 广东南雄 the 东 belongs to 广东
        assertThat(ids("王某，广东南雄人")).containsExactly("广东=place:440000", "南雄=place:440282");
        assertThat(ids("今日本田")).containsExactly("本田=org:honda"); // without a place before, the guard holds
    }

    @Test
    void theCentralBanksOwnUnitsAndCompaniesLinkToIt() {
        for (String name : List.of("清算总中心", "中国金融电子化公司", "中国印钞造币总公司")) {
            assertThat(KB.organization(name).orElseThrow().parent()).as(name).isEqualTo("org:pboc");
        }
    }

    @Test
    void oneCharacterAbbreviationsOnlyInPlaceContexts() {
        assertThat(ids("他今天在京出席活动")).containsExactly("京=place:110000");
        assertThat(ids("京津冀协同发展")).containsExactly("京=place:110000", "津=place:120000",
                "冀=place:130000");
        assertThat(ids("京外企业赴沪上市")).containsExactly("京=place:110000", "沪=place:310000");
        assertThat(ids("沪深两市成交额")).containsExactly("沪=place:310000", "深=place:440300");
        assertThat(ids("京沪高铁")).containsExactly("京=place:110000", "沪=place:310000");
        // the Greater Bay Area is one region whose name keeps its three provinces resolvable
        List<KbMatch> bay = KB.scan("粤港澳大湾区");
        assertThat(bay).singleElement().satisfies(m -> {
            assertThat(m.entry().id()).isEqualTo("place:greater-bay-area");
            assertThat(m.parts()).extracting(p -> p.entry().id())
                .containsExactly("place:440000", "place:810000", "place:820000");
        });
        // ordinary words never become places
        for (String text : List.of("新能源汽车", "宁可少赚", "青年创业", "云计算平台", "政策出台", "台风过境",
                "港口吞吐量", "黑色金属", "新台阶")) {
            assertThat(KB.scan(text)).as(text).noneMatch(m -> m.entry() instanceof Place);
        }
        // 京东 is the company, not Beijing
        assertThat(ids("在京东购物")).containsExactly("京东=org:jd");
        assertThat(KB.place("京东")).isEmpty();
        assertThat(ids("京东方发布财报")).containsExactly("京东方=org:boe");
    }

    @Test
    void noJunkOrganisationFromPlaceFollowedByOrdinaryWords() {
        String text = "铜川市中心支行";
        List<KbMatch> m = KB.scan(text);
        assertThat(m).isNotEmpty();
        assertThat(m.get(0).surface(text)).isEqualTo("铜川市");
        assertThat(m.get(0).entry().id()).isEqualTo("place:610200");
        assertThat(m).noneMatch(x -> x.entry().name().startsWith("铜川市中心"));
        assertThat(m).filteredOn(x -> x.entry() instanceof Organization)
                .allMatch(x -> ((Organization) x.entry()).parent() != null);
        // with the bank in front it is a sub-unit of the PBoC that keeps 铜川市 as its place
        String full = "人民银行铜川市中心支行";
        List<KbMatch> f = KB.scan(full);
        assertThat(f).hasSize(1);
        assertThat(((Organization) f.get(0).entry()).parent()).isEqualTo("org:pboc");
        assertThat(f.get(0).parts()).extracting(x -> x.entry().id()).containsExactly("place:610200");
        // a city centre is no place-based organisation either
        assertThat(ids("西安市中心城区")).containsExactly("西安市=place:610100");
    }

    @Test
    void countyShortNamesNeedTheirPrefectureOrProvinceBefore() {
        // 资中, 乐平, 建平, 和政, 新和, 万年, 临平 are county short names hidden in ordinary words and person names
        for (String text : List.of("长期投资中的风险", "音乐平台诱导消费", "张建平认为", "土地和政策支持", "推动创新和改善",
                "数百万年前", "避险头寸面临平仓")) {
            assertThat(KB.scan(text)).as(text).noneMatch(m -> m.entry() instanceof Place);
        }
        assertThat(ids("四川资中的企业")).containsExactly("四川=place:510000", "资中=place:511025");
        assertThat(ids("资中县的企业")).containsExactly("资中县=place:511025");
        assertThat(ids("浦东新政")).containsExactly("浦东=place:310115");
    }

    @Test
    void placeNameDoesNotRunIntoAWord() {
        assertThat(ids("上海市场情绪")).containsExactly("上海=place:310000");
        assertThat(ids("北京市民出行")).containsExactly("北京=place:110000");
        assertThat(ids("借助海南区位优势")).containsExactly("海南=place:460000");
        assertThat(ids("海南省东方市的市场")).containsExactly("海南省=place:460000", "东方市=place:469007");
        String bureau = "东方市市场监管局";
        assertThat(KB.scan(bureau)).singleElement().satisfies(m -> {
            assertThat(m.entry().id()).isEqualTo("org:469007/市场监督管理局");
            assertThat(m.parts()).extracting(p -> p.entry().id()).containsExactly("place:469007");
        });
    }

    @Test
    void sharedCountyNamesFollowThePlaceBefore() {
        assertThat(ids("南京市鼓楼区")).containsExactly("南京市=place:320100", "鼓楼区=place:320106");
        assertThat(ids("福州市鼓楼区")).containsExactly("福州市=place:350100", "鼓楼区=place:350102");
    }

    @Test
    void asciiNamesNeedWordBoundaries() {
        assertThat(ids("The Fed raised rates")).containsExactly("Fed=org:fed");
        assertThat(ids("Federal funds")).isEmpty();
        assertThat(ids("BOE and the BoE")).containsExactly("BOE=org:boe", "BoE=org:bank-of-england");
        assertThat(ids("IMFX and SECURE")).isEmpty();
    }

    @Test
    void shortOrganisationAliasesInsideWordsAreNoMatch() {
        for (String text : List.of("个人行为", "全国网络", "集中投资", "中央行政机关", "加工行业", "外汇金融", "关联储备",
                "未成年人保护法", "完美团队", "加快手续")) {
            assertThat(KB.scan(text)).as(text).noneMatch(m -> m.entry() instanceof Organization);
        }
        assertThat(ids("人行表示，据国网消息，央行行长讲话，工行和中行")).containsExactly("人行=org:pboc",
                "国网=org:sgcc", "央行=org:pboc", "工行=org:icbc", "中行=org:boc");
    }

    @Test
    void nonEntitiesHideNamesInside() {
        assertThat(ids("各国央行纷纷加息")).isEmpty();
        assertThat(ids("日本央行维持利率")).containsExactly("日本央行=org:boj");
        // a foreign central bank or ministry is never China's
        assertThat(ids("巴西央行加息")).containsExactly("巴西央行=org:BR/央行");
        assertThat(ids("俄罗斯外交部表示")).containsExactly("俄罗斯外交部=org:RU/外交部");
    }

    @Test
    void stopWords() {
        for (String w : List.of("工作", "会议", "进行", "表示", "推进", "记者", "日前", "相关", "有关", "以及", "同时",
                "目前", "今年", "的", "the", "The", "AND")) {
            assertThat(KB.isStopWord(w)).as(w).isTrue();
        }
        for (String w : List.of("央行", "降准", "人民币", "利率", "bank")) {
            assertThat(KB.isStopWord(w)).as(w).isFalse();
        }
    }

    @Test
    void extraFilesMergeOrganisationsAliasesPlacesAndStopWords(@TempDir Path dir) throws IOException {
        Path orgs = dir.resolve("my-organizations.tsv");
        Files.writeString(orgs, String.join("\n",
                "# extra organisations",
                "org:acme\tcompany\t示例科技股份有限公司\t\t示例科技|Acme",
                "org:pboc\t\t\t\t中国央行总行",
                "org:acme-lab\tcompany\t示例科技研究院\torg:acme\t"), StandardCharsets.UTF_8);
        Path places = dir.resolve("extra.tsv");
        Files.writeString(places, "# kb-format: places\nplace:zz-town\tcity\t示例镇\t\t\tSample Town\n",
                StandardCharsets.UTF_8);
        Path stop = dir.resolve("stopwords-local.txt");
        Files.writeString(stop, "降准\n", StandardCharsets.UTF_8);

        KnowledgeBase kb = KnowledgeBase.load(List.of(orgs, places, stop));
        assertThat(kb.organization("示例科技").orElseThrow().id()).isEqualTo("org:acme");
        assertThat(kb.organization("Acme").orElseThrow().kind()).isEqualTo(Organization.Kind.COMPANY);
        assertThat(kb.organization("示例科技研究院").orElseThrow().parent()).isEqualTo("org:acme");
        assertThat(kb.organization("中国央行总行").orElseThrow().id()).isEqualTo("org:pboc");
        assertThat(kb.organization("央行").orElseThrow().id()).isEqualTo("org:pboc");
        assertThat(kb.place("示例镇").orElseThrow().id()).isEqualTo("place:zz-town");
        assertThat(kb.isStopWord("降准")).isTrue();
        assertThat(kb.scan("示例科技在京发布")).extracting(m -> m.entry().id())
                .containsExactly("org:acme", "place:110000");
        // the shared default is untouched
        assertThat(KB.organization("示例科技")).isEmpty();
        assertThat(KB.isStopWord("降准")).isFalse();
    }

    @Test
    void extraRuleFilesAddAbbreviationsSuffixesAndBodies(@TempDir Path dir) throws IOException {
        Path abbr = dir.resolve("local-abbreviations.tsv");
        Files.writeString(abbr, "before\t抵\ncombo\t京甬\t110000,330200\n", StandardCharsets.UTF_8);
        Path suffixes = dir.resolve("more-subunit-suffixes.txt");
        Files.writeString(suffixes, "数字货币研究所\n", StandardCharsets.UTF_8);
        Path bodies = dir.resolve("more-local-bodies.tsv");
        Files.writeString(bodies, "大数据局\t\t\tcn\n", StandardCharsets.UTF_8);
        KnowledgeBase kb = KnowledgeBase.load(List.of(abbr, suffixes, bodies));
        assertThat(kb.scan("京甬合作").stream().map(m -> m.entry().id()).toList())
                .containsExactly("place:110000", "place:330200");
        assertThat(kb.organization("人民银行数字货币研究所").orElseThrow().parent()).isEqualTo("org:pboc");
        assertThat(kb.organization("杭州市大数据局").orElseThrow().id()).isEqualTo("org:330100/大数据局");
        // the default knows none of them
        assertThat(KB.scan("京甬合作")).isEmpty();
        assertThat(KB.organization("杭州市大数据局")).isEmpty();
    }

    @Test
    void scanGivesTheSameResultOnManyThreads() throws Exception {
        String text = "人民银行上海总部、郑州市政府和京津冀的企业在京开会，南京市鼓楼区和央行行长出席。".repeat(20);
        List<KbMatch> expected = KB.scan(text);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<KbMatch>>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> KB.scan(text)));
            }
            for (java.util.concurrent.Future<List<KbMatch>> r : results) {
                assertThat(r.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expected).hasSizeGreaterThan(100);
    }

    @Test
    void malformedExtraFileNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad-organizations.tsv");
        Files.writeString(bad, "# header\norg:x\tbank\tX银行\t\t\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> KnowledgeBase.load(List.of(bad)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad-organizations.tsv:2");
        Path orphan = dir.resolve("orphan-organizations.tsv");
        Files.writeString(orphan, "org:y\tcompany\tY公司\torg:nope\t\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> KnowledgeBase.load(List.of(orphan))).hasMessageContaining("org:nope");
        Path twice = dir.resolve("twice-places.tsv");
        Files.writeString(twice, "place:x1\tcity\t甲城\t\t\t\nplace:x1\tcounty\t甲县\t\t\t\n",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> KnowledgeBase.load(List.of(twice))).hasMessageContaining("twice-places.tsv:2")
                .hasMessageContaining("duplicate id place:x1");
        Path unknown = dir.resolve("data.tsv");
        Files.writeString(unknown, "x\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> KnowledgeBase.load(List.of(unknown))).hasMessageContaining("kb-format");
    }

    @Test
    void everyIdIsUniqueAndEveryPlaceCodeWellFormed() {
        Map<String, Long> ids = KB.organizations().stream()
                .collect(Collectors.groupingBy(Organization::id, Collectors.counting()));
        assertThat(ids.values()).allMatch(c -> c == 1);
        assertThat(KB.places()).filteredOn(Place::isChineseDivision)
                .allMatch(p -> p.code().matches("\\d{6}") && p.id().equals("place:" + p.code())
                        && p.province() != null);
        assertThat(KB.places()).filteredOn(p -> p.level() == Place.Level.COUNTRY)
                .allMatch(p -> p.code().matches("[A-Z]{2}"));
    }

    @Test
    void scanIsSafeOnEdgeInput() {
        assertThat(KB.scan("")).isEmpty();
        assertThat(KB.scan("京")).isEmpty();
        assertThat(KB.scan("在京")).hasSize(1);
        assertThat(KB.scan("\uD83D\uDE00人民银行")).hasSize(1);
        assertThat(KB.organization("")).isEmpty();
        assertThat(KB.place(null)).isEmpty();
    }

    @Test
    void platformsAndMarketShortNamesMatchButAPostOnThePlatformIsNone() {
        assertThat(ids("网友在微博上爆料，腾讯新闻和豆瓣跟进；国药控股和友邦的波幅上升；上海交易所官网显示。"))
            .contains("微博=org:weibo", "腾讯新闻=org:tencent-news", "豆瓣=org:douban",
                "国药控股=org:sinopharm-holding", "友邦=org:aia", "上海交易所=org:sse")
            .doesNotContain("腾讯=org:tencent", "国药=org:sinopharm");
        assertThat(ids("他在一条微博和官方微博中说，朋友的微博里也有，孙健芳（微博）表示。")).isEmpty();
    }

    @Test
    void aBodyWrittenWithItsLevelOnlyBelongsToThePlaceBeforeItOrToTheArticlesPlace() {
        assertThat(ids("2020年山西省委省政府印发了方案，山西省委书记表示。"))
            .contains("山西省委=org:140000/委", "省政府=org:140000/人民政府");
        assertThat(ids("浙江省出台方案。杭州、宁波等城市报经省政府审核同意后调整，获省国资委同意。"))
            .contains("省政府=org:330000/人民政府", "省国资委=org:330000/国有资产监督管理委员会")
            .doesNotContain("国资委=org:sasac");
        assertThat(ids("江苏、浙江两地出台方案，省政府将审核。")).noneMatch(id -> id.startsWith("省政府"));
        assertThat(ids("浙江省表示，全省政府投资项目加快，由杭州市委托第三方评估，市委员会开会。"))
            .noneMatch(id -> id.contains("/委") || id.contains("人民政府"));
    }

    @Test
    void aMiningAreaIsNoCountyAndSoNoProvinceOfTheArticle() {
        assertThat(ids("青海省的木里煤田矿区内，按照省委省政府要求，矿区全面停产，矿区整治。"))
            .contains("省委=org:630000/委", "省政府=org:630000/人民政府").noneMatch(id -> id.startsWith("矿区="));
    }
}
